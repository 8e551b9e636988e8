/* A company profile as JSON (lib/profile/profile.c). */
#include <unistd.h>

#include "internal.h"
#include "test.h"

static int marks_n;
static char marks_s[256];
static int mark_cb(const rcp_mark *m, void *ctx)
{
	(void)ctx;
	size_t n = strlen(marks_s);
	snprintf(marks_s + n, sizeof marks_s - n, "%s:%lld-%lld;", m->kind, (long long)m->start,
	         (long long)m->end);
	marks_n++;
	return 0;
}

static char rows[512];
static int row_cb(const rcp_company_row *r, void *ctx)
{
	(void)ctx;
	size_t n = strlen(rows);
	snprintf(rows + n, sizeof rows - n, "%s[%s]%lld/%lld;", r->id, r->categories,
	         (long long)r->accepted, (long long)r->candidates);
	return 0;
}

int main(void)
{
	char path[] = "/tmp/rcp-test-profile-XXXXXX";
	rcp_db *db = test_db_new(path);
	rcp_error err;
	rcp_error_clear(&err);
	sqlite3_exec(db->sql,
	             "INSERT INTO entity(id, kind, name, parent, first_seen, last_changed) VALUES"
	             " ('microsoft','company','Microsoft',NULL,'t','t'),"
	             " ('github','company','GitHub','microsoft','t','t'),"
	             " ('israel-mod','public_body','Israel Ministry of Defense',NULL,'t','t');"
	             "INSERT INTO entity_category VALUES ('microsoft','military'),"
	             " ('microsoft','surveillance')",
	             NULL, NULL, NULL);
	const char *doc = "IMOD awarded Microsoft contracts worth $1.7 million in 2021. "
	                  "Azure hosted Unit 8200 data from 2022.";
	rcp_add_result r;
	rcp_source_meta meta = {.no_claims = 1}; /* the claims here are made by hand */
	CHECK_INT(rcp_source_add(db, (const uint8_t *)doc, strlen(doc), &meta, 0, &r, &err), RCP_OK);
	rcp_claim c = {.company = "microsoft", .relation = "contract", .counterparty = "israel-mod",
	               .category = "military", .has_amount = 1, .amount = 170000000, .currency = "USD",
	               .year = 2021, .source = r.id, .start = 0, .end = 60, .confidence = 0.8,
	               .status = "accepted"};
	CHECK_INT(rcp_claim_add(db, &c, NULL, &err), RCP_OK);
	rcp_claim c2 = {.company = "microsoft", .relation = "supplies", .category = "surveillance",
	                .year = 2022, .source = r.id, .start = 61, .end = (int64_t)strlen(doc),
	                .confidence = 0.5};
	int64_t id2;
	CHECK_INT(rcp_claim_add(db, &c2, &id2, &err), RCP_OK);
	/* the mention of Microsoft at 13-22 was stored by rcp_source_add itself */
	sqlite3_exec(db->sql, "INSERT INTO response(company, claim, source, start, end, evidence,"
	                      " created_at) VALUES ('microsoft', 1, 1, 0, 4, 'IMOD', 't')",
	             NULL, NULL, NULL);

	json_t *p = rcp_profile_json(db, "microsoft", 0, &err);
	CHECK(p != NULL);
	char *s = json_dumps(json_object_get(p, "timeline"), JSON_COMPACT);
	CHECK_STR(s, "[{\"year\":2021,\"claims\":1,\"amounts\":[{\"currency\":\"USD\",\"amount\":1700000}]}]");
	free(s);
	json_t *claims = json_object_get(p, "claims");
	CHECK_INT(json_object_size(claims), 1);
	json_t *mil = json_object_get(claims, "military");
	CHECK_INT(json_array_size(mil), 1);
	CHECK_STR(json_string_value(json_object_get(json_array_get(mil, 0), "evidence")),
	          "IMOD awarded Microsoft contracts worth $1.7 million in 2021.");
	CHECK_INT(json_integer_value(json_object_get(json_array_get(mil, 0), "amount")), 1700000);
	CHECK_STR(json_string_value(json_object_get(json_array_get(mil, 0), "counterparty_name")),
	          "Israel Ministry of Defense");
	CHECK_INT(json_integer_value(json_object_get(json_object_get(p, "counts"), "candidate")), 1);
	CHECK(json_is_null(json_object_get(p, "parent")));
	s = json_dumps(json_object_get(p, "subsidiaries"), JSON_COMPACT);
	CHECK_STR(s, "[{\"id\":\"github\",\"name\":\"GitHub\"}]");
	free(s);
	CHECK_INT(json_array_size(json_object_get(p, "responses")), 1);
	CHECK_STR(json_string_value(json_object_get(json_object_get(p, "entity"), "name")), "Microsoft");
	json_decref(p);

	/* editors' view adds candidates; the timeline stays accepted-only */
	p = rcp_profile_json(db, "microsoft", RCP_PROFILE_CANDIDATES, &err);
	CHECK_INT(json_object_size(json_object_get(p, "claims")), 2);
	CHECK_INT(json_array_size(json_object_get(p, "timeline")), 1);
	json_decref(p);

	/* accepting shows the claim on the profile */
	CHECK_INT(rcp_claim_review(db, id2, "accepted", &err), RCP_OK);
	p = rcp_profile_json(db, "microsoft", 0, &err);
	CHECK_INT(json_array_size(json_object_get(json_object_get(p, "claims"), "surveillance")), 1);
	CHECK_INT(json_array_size(json_object_get(p, "timeline")), 2);
	json_decref(p);

	p = rcp_profile_json(db, "github", 0, &err);
	CHECK_STR(json_string_value(json_object_get(json_object_get(p, "parent"), "id")), "microsoft");
	json_decref(p);
	CHECK(rcp_profile_json(db, "nope", 0, &err) == NULL);
	CHECK_INT(err.code, RCP_ENOTFOUND);

	CHECK_INT(rcp_source_marks(db, r.id, 0, mark_cb, NULL, &err), RCP_OK);
	CHECK_STR(marks_s, "claim:0-60;mention:13-22;claim:61-99;");

	CHECK_INT(rcp_company_each(db, NULL, 0, row_cb, NULL, &err), RCP_OK);
	CHECK_STR(rows, "github[]0/0;microsoft[military,surveillance]2/0;");
	rows[0] = '\0';
	CHECK_INT(rcp_company_each(db, "surveillance", 1, row_cb, NULL, &err), RCP_OK);
	CHECK_STR(rows, "microsoft[military,surveillance]2/0;");
	rcp_db_close(db);
	unlink(path);
	TEST_END();
}
