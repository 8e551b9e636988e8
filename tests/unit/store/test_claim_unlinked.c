/* Claims whose company is the source's words, not a registry entity
 * (migration 13): stored with the words checked against the source,
 * listed and filtered, never accepted until linked; linked to an entity
 * or added as a new company, every step audited and verify still sound. */
#include <unistd.h>

#include "internal.h"
#include "test.h"

static char got[512];
static int grab(const rcp_claim *c, void *ctx)
{
	(void)ctx;
	snprintf(got, sizeof got, "%s|%s|%s", c->company ? c->company : "(null)",
	         c->company_name ? c->company_name : "(null)", c->status);
	return 0;
}

static int count_cb(const rcp_claim *c, void *ctx)
{
	(void)c;
	(*(int *)ctx)++;
	return 0;
}

int main(void)
{
	char path[] = "/tmp/rcp-test-unlinked-XXXXXX";
	close(mkstemp(path));
	unlink(path);
	rcp_error err;
	rcp_db *db = rcp_db_open(path, 0, &err);
	static const char reg[] =
		"{\"id\":\"microsoft\",\"kind\":\"company\",\"name\":\"Microsoft\"}\n"
		"{\"id\":\"israel-mod\",\"kind\":\"public_body\",\"name\":\"Israel Ministry of Defense\"}\n"
		"{\"id\":\"hexa-corp\",\"kind\":\"company\",\"name\":\"Hexagon Corporation\"}\n";
	CHECK_INT(rcp_registry_import_text(db, reg, strlen(reg), "test", NULL, &err), RCP_OK);
	const char *doc = "Krauss Defence Systems GmbH supplied vehicles to IMOD in 2021. "
	                  "Vigilant Towers AG supplied towers to IMOD in 2020. Hexa Corp sold radars.";
	rcp_add_result r;
	CHECK_INT(rcp_source_add(db, (const uint8_t *)doc, strlen(doc), NULL, 0, &r, &err), RCP_OK);

	/* stored with the source's words */
	rcp_claim c = {.company_name = "Krauss Defence Systems GmbH", .relation = "supplies",
	               .counterparty = "israel-mod", .year = 2021, .source = r.id, .start = 0,
	               .end = 62, .confidence = 0.7};
	int64_t k = 0;
	CHECK_INT(rcp_claim_add(db, &c, &k, &err), RCP_OK);
	CHECK_INT(rcp_claim_get(db, k, grab, NULL, &err), RCP_OK);
	CHECK_STR(got, "(null)|Krauss Defence Systems GmbH|candidate");
	json_t *j = rcp__claim_json_by_id(db, k);
	CHECK(json_is_null(json_object_get(j, "company")));
	CHECK_STR(json_string_value(json_object_get(j, "company_text")), "Krauss Defence Systems GmbH");
	json_decref(j);

	/* words that are not the source's, none at all, or accepted: refused */
	rcp_claim bad = c;
	bad.company_name = "Krauss Defence Systems Inc";
	CHECK_INT(rcp_claim_add(db, &bad, NULL, &err), RCP_ENOTFOUND);
	bad.company_name = NULL;
	CHECK_INT(rcp_claim_add(db, &bad, NULL, &err), RCP_EINVAL);
	bad.company_name = "";
	CHECK_INT(rcp_claim_add(db, &bad, NULL, &err), RCP_EINVAL);
	bad = c;
	bad.status = "accepted";
	CHECK_INT(rcp_claim_add(db, &bad, NULL, &err), RCP_EINVAL);
	CHECK(strstr(err.what, "not linked") != NULL);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM claim"), 1);

	/* a second unlinked claim, and a linked one */
	rcp_claim v = {.company_name = "Vigilant Towers AG", .relation = "supplies",
	               .counterparty = "israel-mod", .source = r.id, .start = 63, .end = 114};
	int64_t vid = 0;
	CHECK_INT(rcp_claim_add(db, &v, &vid, &err), RCP_OK);
	rcp_claim m = {.company = "microsoft", .relation = "supplies", .source = r.id, .start = 0,
	               .end = 10};
	int64_t mid = 0;
	CHECK_INT(rcp_claim_add(db, &m, &mid, &err), RCP_OK);

	/* listed and filtered */
	int n = 0;
	rcp_claim_filter f = {.unlinked = 1};
	CHECK_INT(rcp_claim_each(db, &f, count_cb, &n, &err), RCP_OK);
	CHECK_INT(n, 2);
	int64_t total = 0;
	CHECK_INT(rcp_claim_count(db, &f, &total, &err), RCP_OK);
	CHECK_INT(total, 2);
	n = 0;
	CHECK_INT(rcp_claim_each(db, NULL, count_cb, &n, &err), RCP_OK);
	CHECK_INT(n, 3);
	rcp_claim_filter by_company = {.company = "microsoft"};
	CHECK_INT(rcp_claim_count(db, &by_company, &total, &err), RCP_OK);
	CHECK_INT(total, 1);

	/* never accepted until linked; rejecting and reopening are fine */
	rcp_db_set_actor(db, "editor1");
	CHECK_INT(rcp_claim_review(db, k, "accepted", &err), RCP_EINVAL);
	CHECK(strstr(err.what, "not linked") != NULL);
	CHECK_INT(rcp_claim_review(db, k, "rejected", &err), RCP_OK);
	CHECK_INT(rcp_claim_review(db, k, "candidate", &err), RCP_OK);
	/* and the schema says so too, whoever writes */
	CHECK(sqlite3_exec(db->sql, "UPDATE claim SET status = 'accepted' WHERE company IS NULL",
	                   NULL, NULL, NULL) != SQLITE_OK);
	CHECK(sqlite3_exec(db->sql, "UPDATE claim SET company_text = NULL WHERE company IS NULL",
	                   NULL, NULL, NULL) != SQLITE_OK);
	CHECK(sqlite3_exec(db->sql, "UPDATE claim SET company_text = 'x' WHERE company IS NOT NULL",
	                   NULL, NULL, NULL) != SQLITE_OK);

	/* linking: to an entity that exists, the words give way */
	rcp_claim_edit e = {.company = "nobody"};
	CHECK_INT(rcp_claim_edit_apply(db, k, &e, &err), RCP_ENOTFOUND);
	rcp_claim_edit same = {.company = "israel-mod"};
	CHECK_INT(rcp_claim_edit_apply(db, k, &same, &err), RCP_EINVAL); /* its counterparty */
	rcp_claim_edit link = {.company = "microsoft"};
	CHECK_INT(rcp_claim_edit_apply(db, k, &link, &err), RCP_OK);
	rcp_claim_get(db, k, grab, NULL, &err);
	CHECK_STR(got, "microsoft|Microsoft|candidate");
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM claim WHERE id = 1 AND company_text IS NULL"), 1);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM audit WHERE action = 'claim.edit'"
	                     " AND json_extract(payload, '$.before.company_text') ="
	                     " 'Krauss Defence Systems GmbH'"
	                     " AND json_extract(payload, '$.after.company') = 'microsoft'"), 1);
	CHECK_INT(rcp_claim_review(db, k, "accepted", &err), RCP_OK);

	/* adding: a company named by the words, then linked */
	char eid[129] = "";
	CHECK_INT(rcp_claim_add_company(db, vid, eid, &err), RCP_OK);
	CHECK_STR(eid, "vigilant-towers-ag");
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM entity WHERE id = 'vigilant-towers-ag'"
	                     " AND kind = 'company' AND name = 'Vigilant Towers AG'"), 1);
	rcp_claim_get(db, vid, grab, NULL, &err);
	CHECK_STR(got, "vigilant-towers-ag|Vigilant Towers AG|candidate");
	CHECK_INT(rcp_claim_add_company(db, vid, eid, &err), RCP_EINVAL); /* already linked */
	CHECK_INT(rcp_claim_add_company(db, mid, eid, &err), RCP_EINVAL);
	CHECK_INT(rcp_claim_add_company(db, 999, eid, &err), RCP_ENOTFOUND);
	/* the same words again name that entity now: linked, not added twice */
	int64_t v2 = 0;
	CHECK_INT(rcp_claim_add(db, &v, &v2, &err), RCP_OK);
	CHECK_INT(rcp_claim_add_company(db, v2, eid, &err), RCP_EINVAL);
	CHECK_STR(err.what, "already in the registry");
	rcp_claim_edit to_v = {.company = "vigilant-towers-ag"};
	CHECK_INT(rcp_claim_edit_apply(db, v2, &to_v, &err), RCP_OK);
	/* words whose slug is another entity's id: a free id of their own */
	rcp_claim h = {.company_name = "Hexa Corp", .relation = "supplies", .source = r.id,
	               .start = 115, .end = (int64_t)strlen(doc)};
	int64_t hid = 0;
	CHECK_INT(rcp_claim_add(db, &h, &hid, &err), RCP_OK);
	CHECK_INT(rcp_claim_add_company(db, hid, eid, &err), RCP_OK);
	CHECK_STR(eid, "hexa-corp-2");
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM claim WHERE company IS NULL"), 0);

	/* the fund triggers pass over claims without a company, and note the
	 * ones a link changes */
	CHECK(sqlite3_exec(db->sql, "INSERT INTO fund(series, name, created_at)"
	                            " VALUES ('S000000001', 'A fund', '2026-01-01')",
	                   NULL, NULL, NULL) == SQLITE_OK);
	int64_t u = 0;
	CHECK_INT(rcp_claim_add(db, &c, &u, &err), RCP_OK);
	CHECK_INT(rcp_claim_review(db, u, "rejected", &err), RCP_OK);
	rcp_claim_edit relink = {.company = "vigilant-towers-ag"};
	CHECK_INT(rcp_claim_edit_apply(db, k, &relink, &err), RCP_OK); /* accepted: moved */

	rcp_verify_report vr;
	CHECK_INT(rcp_verify(db, &vr, NULL, NULL, &err), RCP_OK);
	CHECK_INT(vr.records_bad, 0);
	rcp_db_close(db);
	unlink(path);
	TEST_END();
}
