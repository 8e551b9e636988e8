#include <unistd.h>

#include "internal.h"
#include "test.h"

static char last_problem[512];
static void on_problem(const char *p, void *ctx)
{
	(void)ctx;
	snprintf(last_problem, sizeof last_problem, "%s", p);
}

static rcp_db *fresh(char *path)
{
	rcp_db *db = test_db_new(path);
	rcp_error err;
	rcp_error_clear(&err);
	rcp_add_result r;
	const char *docs[] = {"Elbit Systems supplied drones.", "G4S ran prisons.", "Axon sold tasers."};
	for (int i = 0; i < 3; i++)
		rcp_source_add(db, (const uint8_t *)docs[i], strlen(docs[i]), NULL, 0, &r, &err);
	return db;
}

int main(void)
{
	rcp_error err;
	rcp_verify_report vr;

	/* a sound store verifies */
	char p1[] = "/tmp/rcp-test-audit-XXXXXX";
	rcp_db *db = fresh(p1);
	CHECK_INT(rcp_verify(db, &vr, NULL, NULL, &err), RCP_OK);
	CHECK_INT(vr.audit_entries, 3);

	/* the log refuses edits through SQL */
	CHECK(sqlite3_exec(db->sql, "UPDATE audit SET actor = 'x'", NULL, NULL, NULL) != SQLITE_OK);
	CHECK(sqlite3_exec(db->sql, "DELETE FROM audit", NULL, NULL, NULL) != SQLITE_OK);

	/* a stored span that matches, then one that does not */
	static const char reg[] = "{\"id\":\"elbit-systems\",\"kind\":\"company\",\"name\":\"Elbit Systems\"}\n";
	CHECK_INT(rcp_registry_import_text(db, reg, strlen(reg), "test", NULL, &err), RCP_OK);
	test_exec(db, "INSERT INTO mention(source, entity, start, end, text) VALUES (1, 'elbit-systems', 0, 13, 'Elbit Systems')");
	CHECK_INT(rcp_verify(db, &vr, NULL, NULL, &err), RCP_OK);
	CHECK_INT(vr.spans, 2); /* the import's re-scan found the same mention */
	test_exec(db, "INSERT INTO mention(source, entity, start, end, text) VALUES (1, 'elbit-systems', 1, 14, 'Elbit Systems')");
	test_exec(db, "INSERT INTO mention(source, entity, start, end, text) VALUES (1, 'elbit-systems', 20, 9999, 'drones.')");
	CHECK_INT(rcp_verify(db, &vr, on_problem, NULL, &err), RCP_ECORRUPT);
	CHECK_INT(vr.spans_bad, 2);
	test_exec(db, "DELETE FROM mention WHERE id > 1");

	/* altered text: caught through its hash */
	test_exec(db, "UPDATE source SET text = 'Elbit Systems supplied flowers.' WHERE id = 1");
	CHECK_INT(rcp_verify(db, &vr, on_problem, NULL, &err), RCP_ECORRUPT);
	CHECK_INT(vr.sources_bad, 1);
	CHECK(strstr(last_problem, "text was altered") != NULL);
	rcp_db_close(db);
	unlink(p1);

	/* altered text and its hash together: caught through the audit record */
	char p2[] = "/tmp/rcp-test-audit-XXXXXX";
	db = fresh(p2);
	char th[65];
	rcp_sha256_hex("forged", 6, th);
	char q[256];
	snprintf(q, sizeof q, "UPDATE source SET text = 'forged', text_sha256 = '%s' WHERE id = 2", th);
	test_exec(db, q);
	CHECK_INT(rcp_verify(db, &vr, on_problem, NULL, &err), RCP_ECORRUPT);
	CHECK(strstr(last_problem, "audit log") != NULL);
	rcp_db_close(db);
	unlink(p2);

	/* an altered audit entry: the first break is named */
	char p3[] = "/tmp/rcp-test-audit-XXXXXX";
	db = fresh(p3);
	test_exec(db, "DROP TRIGGER audit_no_update");
	test_exec(db, "UPDATE audit SET actor = 'mallory' WHERE seq = 2");
	CHECK_INT(rcp_verify(db, &vr, on_problem, NULL, &err), RCP_ECORRUPT);
	CHECK_INT(vr.audit_first_bad, 2);
	CHECK(strstr(last_problem, "entry 2") != NULL);
	rcp_db_close(db);
	unlink(p3);

	/* a removed entry */
	char p4[] = "/tmp/rcp-test-audit-XXXXXX";
	db = fresh(p4);
	test_exec(db, "DROP TRIGGER audit_no_delete");
	test_exec(db, "DELETE FROM audit WHERE seq = 2");
	CHECK_INT(rcp_verify(db, &vr, on_problem, NULL, &err), RCP_ECORRUPT);
	CHECK_INT(vr.audit_first_bad, 3);
	rcp_db_close(db);
	unlink(p4);
	TEST_END();
}
