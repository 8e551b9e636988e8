#include <unistd.h>

#include "internal.h"
#include "test.h"

static char dir[512];

static const char *file(const char *name)
{
	static char p[600];
	snprintf(p, sizeof p, "%s/%s", dir, name);
	return p;
}

/* The WAL hook runs after a commit has released the write lock: the
 * other connection takes it there, once. */
static sqlite3 *busy_other;
static int take_lock(void *ctx, sqlite3 *db, const char *name, int pages)
{
	(void)ctx;
	(void)db;
	(void)name;
	(void)pages;
	if (busy_other) {
		sqlite3_exec(busy_other, "BEGIN IMMEDIATE", NULL, NULL, NULL);
		busy_other = NULL;
	}
	return SQLITE_OK;
}

int main(void)
{
	snprintf(dir, sizeof dir, "%s/registry/import", test_data_dir());
	char path[] = "/tmp/rcp-test-import-XXXXXX";
	rcp_db *db = test_db_new(path);
	rcp_error err;
	rcp_error_clear(&err);
	rcp_import_report rep;

	CHECK_INT(rcp_registry_import(db, file("good.jsonl"), &rep, &err), RCP_OK);
	CHECK_INT(rep.lines, 3);
	CHECK_INT(rep.created, 3);
	CHECK_INT(rep.unknown_fields, 1);
	CHECK_STR(rep.unknown_field, "future_field");
	CHECK_INT(rep.unknown_line, 3);
	/* one entry in the chain, closing a change set of three creations */
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM audit_change WHERE action = 'entity.create'"), 3);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM audit WHERE action = 'registry.import'"
	                     " AND json_extract(payload, '$.changes') = 3"
	                     " AND length(json_extract(payload, '$.digest')) = 64"), 1);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM audit WHERE action LIKE 'entity.%'"), 0);

	json_t *e = rcp_entity_json(db, "child-co", &err);
	CHECK(e != NULL);
	CHECK_STR(json_string_value(json_object_get(e, "parent")), "parent-co");
	CHECK_STR(json_string_value(json_object_get(e, "summary")), "A subsidiary.");
	json_t *aliases = json_object_get(e, "aliases");
	CHECK_INT(json_array_size(aliases), 2);
	CHECK_STR(json_string_value(json_object_get(json_array_get(aliases, 1), "text")), "Enfant");
	CHECK(json_is_true(json_object_get(json_array_get(aliases, 1), "ambiguous")));
	json_decref(e);
	e = rcp_entity_json(db, "parent-co", &err);
	CHECK_STR(json_string_value(json_object_get(e, "country")), "US");
	CHECK_INT(json_array_size(json_object_get(e, "identifiers")), 2);
	json_decref(e);
	CHECK(rcp_entity_json(db, "nobody", &err) == NULL);
	CHECK_INT(err.code, RCP_ENOTFOUND);

	/* the same file again: nothing changes, nothing is audited */
	CHECK_INT(rcp_registry_import(db, file("good.jsonl"), &rep, &err), RCP_OK);
	CHECK_INT(rep.unchanged, 3);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM audit"), 1);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM audit_change"), 3);

	/* bad files: the line and field are named, nothing is imported */
	static const struct {
		const char *file;
		int line;
		const char *needle;
	} bad[] = {
		{"bad-isin.jsonl", 2, "field 'isin'"},
		{"bad-json.jsonl", 2, "not valid JSON"},
		{"dup-id.jsonl", 2, "already given on line 1"},
		{"bad-parent.jsonl", 1, "field 'parent'"},
		{"cycle.jsonl", 1, "cycle"},
		{"bad-id.jsonl", 1, "field 'id'"},
		{"bad-category.jsonl", 1, "field 'categories'"},
		{"bad-kind.jsonl", 1, "field 'kind'"},
		{"bad-alias.jsonl", 1, "field 'aliases'"},
		{"bad-name.jsonl", 1, "field 'name'"},
		{"bad-nul.jsonl", 2, "a NUL byte at column 1"},
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		rcp_status st = rcp_registry_import(db, file(bad[i].file), &rep, &err);
		CHECK_INT(st, RCP_EPARSE);
		CHECK_INT(err.offset, bad[i].line);
		char line[1024];
		rcp_error_format(&err, line, sizeof line);
		if (!strstr(line, bad[i].needle)) {
			t_fail++;
			fprintf(stderr, "%s: '%s' lacks '%s'\n", bad[i].file, line, bad[i].needle);
		} else {
			t_pass++;
		}
		CHECK_INT(test_scalar(db, "SELECT count(*) FROM entity"), 3);
		CHECK_INT(test_scalar(db, "SELECT count(*) FROM audit"), 1);
		CHECK_INT(test_scalar(db, "SELECT count(*) FROM audit_change"), 3);
	}
	CHECK_INT(rcp_registry_import(db, file("missing.jsonl"), &rep, &err), RCP_EIO);

	/* an update records before and after */
	char upd[] = "/tmp/rcp-test-import-upd-XXXXXX";
	int fd = mkstemp(upd);
	const char *line = "{\"id\": \"idf\", \"name\": \"Israel Defense Forces\", \"kind\": \"military_unit\","
	                   " \"aliases\": [\"Tsahal\", \"Israeli military\"], \"country\": \"IL\"}\n";
	CHECK(write(fd, line, strlen(line)) == (ssize_t)strlen(line));
	close(fd);
	CHECK_INT(rcp_registry_import(db, upd, &rep, &err), RCP_OK);
	CHECK_INT(rep.updated, 1);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM audit_change WHERE action = 'entity.update'"
	                     " AND json_extract(payload, '$.before.aliases[0].text') = 'IDF'"), 1);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM alias WHERE entity = 'idf'"), 2);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM entity_category WHERE entity = 'idf'"), 0);
	unlink(upd);

	int n = 0;
	CHECK_INT(rcp_entity_count(db), 3);
	(void)n;
	rcp_verify_report vr;
	CHECK_INT(rcp_verify(db, &vr, NULL, NULL, &err), RCP_OK);

	/* Another writer takes the database between the import's commit and
	 * its re-scan: the import succeeded and says so, the re-scan is left
	 * pending (verify reports it) and finished later. */
	const char *doc = "Mekorot Water Company pumps water. So does Mekorot.";
	rcp_add_result ar;
	CHECK_INT(rcp_source_add(db, (const uint8_t *)doc, strlen(doc), NULL, 0, &ar, &err), RCP_OK);
	rcp_db *other = rcp_db_open(path, 0, &err);
	CHECK(other != NULL);
	sqlite3_busy_timeout(db->sql, 0);
	busy_other = other->sql;
	sqlite3_wal_hook(db->sql, take_lock, NULL);
	static const char mek[] = "{\"id\": \"mekorot\", \"name\": \"Mekorot\", \"kind\": \"company\"}\n";
	CHECK_INT(rcp_registry_import_text(db, mek, strlen(mek), "mek", &rep, &err), RCP_OK);
	sqlite3_wal_hook(db->sql, NULL, NULL);
	CHECK_INT(rep.created, 1);
	CHECK_INT(rep.rescan_pending, 1);
	CHECK(strstr(rep.rescan_error, "locked") != NULL);
	sqlite3_exec(other->sql, "ROLLBACK", NULL, NULL, NULL);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM entity WHERE id = 'mekorot'"), 1);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM mention WHERE entity = 'mekorot'"), 0);
	CHECK_INT(rcp_verify(db, &vr, NULL, NULL, &err), RCP_ECORRUPT);
	CHECK_INT(vr.pending_rescans, 1);
	int64_t done = 0;
	CHECK_INT(rcp_db_finish_pending(db, &done, &err), RCP_OK);
	CHECK_INT(done, 1);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM mention WHERE entity = 'mekorot'"), 2);
	CHECK_INT(rcp_verify(db, &vr, NULL, NULL, &err), RCP_OK);
	rcp_db_close(other);
	rcp_db_close(db);
	unlink(path);
	TEST_END();
}
