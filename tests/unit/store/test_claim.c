#include <unistd.h>

#include "internal.h"
#include "test.h"

static char got[256];
static int grab(const rcp_claim *c, void *ctx)
{
	(void)ctx;
	snprintf(got, sizeof got, "%s|%s|%s|%s|%lld|%d|%s", c->status, c->relation,
	         c->category ? c->category : "-", c->evidence, (long long)c->amount, c->year,
	         c->reviewer ? c->reviewer : "-");
	return 0;
}

int main(void)
{
	char path[] = "/tmp/rcp-test-claim-XXXXXX";
	rcp_db *db = test_db_new(path);
	rcp_error err;
	rcp_error_clear(&err);
	/* through the registry import, audited as verify expects of every row */
	static const char reg[] =
		"{\"id\":\"microsoft\",\"kind\":\"company\",\"name\":\"Microsoft\"}\n"
		"{\"id\":\"israel-mod\",\"kind\":\"public_body\",\"name\":\"Israel Ministry of Defense\"}\n";
	CHECK_INT(rcp_registry_import_text(db, reg, strlen(reg), "test", NULL, &err), RCP_OK);
	const char *doc = "IMOD awarded Microsoft contracts worth $1.7 million in 2021.";
	rcp_add_result r;
	CHECK_INT(rcp_source_add(db, (const uint8_t *)doc, strlen(doc), NULL, 0, &r, &err), RCP_OK);

	rcp_claim c = {.company = "microsoft", .relation = "contract", .counterparty = "israel-mod",
	               .category = "military", .has_amount = 1, .amount = 170000000, .currency = "USD",
	               .year = 2021, .source = r.id, .start = 0, .end = (int64_t)strlen(doc),
	               .confidence = 0.8};
	int64_t id = 0;
	CHECK_INT(rcp_claim_add(db, &c, &id, &err), RCP_OK);
	CHECK_INT(id, 1);
	CHECK_INT(rcp_claim_get(db, id, grab, NULL, &err), RCP_OK);
	CHECK_STR(got, "candidate|contract|military|IMOD awarded Microsoft contracts worth $1.7 million in 2021.|170000000|2021|-");

	/* no claim without a receipt */
	rcp_claim bad = c;
	bad.evidence = "IMOD awarded Google";
	CHECK_INT(rcp_claim_add(db, &bad, NULL, &err), RCP_EINVAL);
	bad = c;
	bad.end = 9999;
	CHECK_INT(rcp_claim_add(db, &bad, NULL, &err), RCP_EINVAL);
	bad = c;
	bad.source = 42;
	CHECK_INT(rcp_claim_add(db, &bad, NULL, &err), RCP_ENOTFOUND);
	bad = c;
	bad.company = "nobody";
	CHECK_INT(rcp_claim_add(db, &bad, NULL, &err), RCP_ENOTFOUND);
	bad = c;
	bad.relation = "sells";
	CHECK_INT(rcp_claim_add(db, &bad, NULL, &err), RCP_EINVAL);
	bad = c;
	bad.currency = "dollars";
	CHECK_INT(rcp_claim_add(db, &bad, NULL, &err), RCP_EINVAL);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM claim"), 1);

	/* review transitions are audited; a no-op is not */
	rcp_db_set_actor(db, "editor1");
	CHECK_INT(rcp_claim_review(db, id, "accepted", &err), RCP_OK);
	CHECK_INT(rcp_claim_review(db, id, "accepted", &err), RCP_OK);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM audit WHERE action = 'claim.accept'"), 1);
	rcp_claim_get(db, id, grab, NULL, &err);
	CHECK(strstr(got, "accepted|") == got);
	CHECK(strstr(got, "|editor1") != NULL);
	CHECK_INT(rcp_claim_review(db, id, "maybe", &err), RCP_EINVAL);
	CHECK_INT(rcp_claim_review(db, 99, "accepted", &err), RCP_ENOTFOUND);

	/* an edit keeps the receipt: the new span's bytes become the evidence */
	rcp_claim_edit e = {.relation = "supplies", .set_span = 1, .start = 0, .end = 22};
	CHECK_INT(rcp_claim_edit_apply(db, id, &e, &err), RCP_OK);
	rcp_claim_get(db, id, grab, NULL, &err);
	CHECK(strstr(got, "|supplies|military|IMOD awarded Microsoft|") != NULL);
	rcp_claim_edit e2 = {.set_span = 1, .start = 5, .end = 500};
	CHECK_INT(rcp_claim_edit_apply(db, id, &e2, &err), RCP_EINVAL);
	rcp_claim_edit e3 = {.clear_category = 1, .set_amount = 2};
	CHECK_INT(rcp_claim_edit_apply(db, id, &e3, &err), RCP_OK);
	rcp_claim_get(db, id, grab, NULL, &err);
	CHECK(strstr(got, "|-|IMOD awarded Microsoft|0|") != NULL);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM audit WHERE action = 'claim.edit'"
	                     " AND json_extract(payload, '$.before.relation') = 'contract'"), 1);

	int64_t counts[3];
	CHECK_INT(rcp_claim_counts(db, "microsoft", counts, &err), RCP_OK);
	CHECK_INT(counts[1], 1);
	rcp_verify_report vr;
	CHECK_INT(rcp_verify(db, &vr, NULL, NULL, &err), RCP_OK);
	CHECK_INT(vr.spans, 2); /* the claim and the mention of "Microsoft" */
	CHECK_INT(rcp_currency_decimals("JPY"), 0);
	CHECK_INT(rcp_currency_decimals("USD"), 2);
	rcp_db_close(db);
	unlink(path);
	TEST_END();
}
