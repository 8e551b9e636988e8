/* What investors did about a company (lib/profile/investors.c): the
 * accepted invested/divested/restricted claims whose counterparty it is. */
#include <unistd.h>

#include "internal.h"
#include "test.h"

static char seen[512];
static int action_cb(const rcp_investor_action *a, void *ctx)
{
	(void)ctx;
	size_t n = strlen(seen);
	snprintf(seen + n, sizeof seen - n, "%s %s %d;", a->investor, a->action, a->year);
	return 0;
}

static int64_t add_claim(rcp_db *db, const char *company, const char *relation,
                         const char *counterparty, int64_t source, const char *doc,
                         const char *quote, int year, const char *status)
{
	const char *at = strstr(doc, quote);
	CHECK(at != NULL);
	rcp_claim c = {.company = company, .relation = relation, .counterparty = counterparty,
	               .year = year, .source = source, .start = at - doc,
	               .end = at - doc + (int64_t)strlen(quote), .confidence = 0.8,
	               .status = status};
	int64_t id = 0;
	rcp_error err;
	CHECK_INT(rcp_claim_add(db, &c, &id, &err), RCP_OK);
	return id;
}

int main(void)
{
	char path[] = "/tmp/rcp-test-investors-XXXXXX";
	rcp_db *db = test_db_new(path);
	rcp_error err;
	rcp_error_clear(&err);
	test_exec(db, "INSERT INTO entity(id, kind, name, parent, first_seen, last_changed)"
	              " VALUES ('elbit-systems','company','Elbit Systems',NULL,'t','t'),"
	              " ('klp','other_org','KLP',NULL,'t','t'),"
	              " ('axa','company','AXA',NULL,'t','t'),"
	              " ('blackrock','company','BlackRock',NULL,'t','t'),"
	              " ('idf','military_unit','Israel Defense Forces',NULL,'t','t');"
	              "INSERT INTO entity_category VALUES ('elbit-systems','military')");
	const char *doc = "AXA divested from Elbit Systems in 2019. "
	                  "KLP excluded Elbit Systems from its portfolio in 2021. "
	                  "BlackRock holds shares in Elbit Systems. "
	                  "Elbit Systems supplies drones to the Israel Defense Forces.";
	rcp_add_result r;
	rcp_source_meta meta = {.title = "Who holds Elbit", .no_claims = 1};
	CHECK_INT(rcp_source_add(db, (const uint8_t *)doc, strlen(doc), &meta, 0, &r, &err), RCP_OK);
	int64_t axa = add_claim(db, "axa", "divested", "elbit-systems", r.id, doc,
	                        "AXA divested from Elbit Systems in 2019.", 2019, "accepted");
	add_claim(db, "klp", "restricted", "elbit-systems", r.id, doc,
	          "KLP excluded Elbit Systems from its portfolio in 2021.", 2021, "accepted");
	int64_t br = add_claim(db, "blackrock", "invested", "elbit-systems", r.id, doc,
	                       "BlackRock holds shares in Elbit Systems.", 0, "candidate");
	/* the company's own supply is not an investor's action */
	add_claim(db, "elbit-systems", "supplies", "idf", r.id, doc,
	          "Elbit Systems supplies drones to the Israel Defense Forces.", 0, "accepted");

	/* accepted only, by year; a restriction of a held company is its exclusion */
	CHECK_INT(rcp_investor_actions(db, "elbit-systems", action_cb, NULL, &err), RCP_OK);
	CHECK_STR(seen, "axa divested 2019;klp excluded 2021;");
	seen[0] = '\0';
	/* the investor's own page does not list what it did as done to it */
	CHECK_INT(rcp_investor_actions(db, "axa", action_cb, NULL, &err), RCP_OK);
	CHECK_STR(seen, "");

	json_t *p = rcp_profile_json(db, "elbit-systems", RCP_PROFILE_CANDIDATES, &err);
	CHECK(p != NULL);
	json_t *ia = json_object_get(p, "investor_actions");
	CHECK_INT(json_array_size(ia), 2); /* candidates never, even for editors */
	json_t *a = json_array_get(ia, 0);
	CHECK_INT(json_integer_value(json_object_get(a, "claim")), axa);
	CHECK_STR(json_string_value(json_object_get(a, "investor")), "axa");
	CHECK_STR(json_string_value(json_object_get(a, "investor_name")), "AXA");
	CHECK_STR(json_string_value(json_object_get(a, "action")), "divested");
	CHECK_INT(json_integer_value(json_object_get(a, "year")), 2019);
	CHECK(json_is_null(json_object_get(a, "amount")));
	CHECK_STR(json_string_value(json_object_get(a, "quote")),
	          "AXA divested from Elbit Systems in 2019.");
	CHECK_STR(json_string_value(json_object_get(a, "source_sha256")), r.sha256);
	CHECK_STR(json_string_value(json_object_get(a, "source_title")), "Who holds Elbit");
	CHECK_STR(json_string_value(json_object_get(json_array_get(ia, 1), "action")), "excluded");
	json_decref(p);

	/* accepting the holding shows it, last (no year) */
	CHECK_INT(rcp_claim_review(db, br, "accepted", &err), RCP_OK);
	CHECK_INT(rcp_investor_actions(db, "elbit-systems", action_cb, NULL, &err), RCP_OK);
	CHECK_STR(seen, "axa divested 2019;klp excluded 2021;blackrock invested 0;");
	/* and rejecting one takes it away */
	CHECK_INT(rcp_claim_review(db, axa, "rejected", &err), RCP_OK);
	p = rcp_profile_json(db, "elbit-systems", 0, &err);
	CHECK_INT(json_array_size(json_object_get(p, "investor_actions")), 2);
	json_decref(p);
	/* a company nobody acted on has an empty list */
	p = rcp_profile_json(db, "blackrock", 0, &err);
	CHECK_INT(json_array_size(json_object_get(p, "investor_actions")), 0);
	json_decref(p);

	rcp_db_close(db);
	unlink(path);
	TEST_END();
}
