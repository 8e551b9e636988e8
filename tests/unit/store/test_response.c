/* lib/store/response.c: responses keep their receipt like claims do. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "test.h"

static char got[512];
static int grab(const rcp_response *r, void *ctx)
{
	(*(int *)ctx)++;
	snprintf(got, sizeof got, "%s|%lld|%lld-%lld|%s", r->company, (long long)r->claim,
	         (long long)r->start, (long long)r->end, r->evidence);
	return 0;
}

int main(void)
{
	char path[] = "/tmp/rcp-test-response-XXXXXX";
	rcp_db *db = test_db_new(path);
	rcp_error err;
	rcp_error_clear(&err);
	/* through the registry import, audited as verify expects of every row */
	static const char reg[] =
		"{\"id\":\"microsoft\",\"kind\":\"company\",\"name\":\"Microsoft\"}\n"
		"{\"id\":\"google\",\"kind\":\"company\",\"name\":\"Google\"}\n"
		"{\"id\":\"israel-mod\",\"kind\":\"public_body\",\"name\":\"Israel Ministry of Defense\"}\n";
	CHECK_INT(rcp_registry_import_text(db, reg, strlen(reg), "test", NULL, &err), RCP_OK);
	const char *doc = "Microsoft denied it. Microsoft said the Défense ministry lost access. Google said nothing.";
	rcp_add_result r;
	CHECK_INT(rcp_source_add(db, (const uint8_t *)doc, strlen(doc), NULL, 0, &r, &err), RCP_OK);
	rcp_claim c = {.company = "google", .relation = "supplies", .source = r.id, .start = 0, .end = 9};
	int64_t gclaim = 0;
	CHECK_INT(rcp_claim_add(db, &c, &gclaim, &err), RCP_OK);

	/* quotes: byte offsets after a multi-byte character; absent; twice */
	int64_t s = 0, e = 0;
	CHECK_INT(rcp_source_find_quote(db, r.id, "ministry lost access", &s, &e, &err), RCP_OK);
	CHECK_INT(s, (int64_t)(strstr(doc, "ministry lost") - doc));
	CHECK_INT(e - s, 20);
	CHECK_INT(rcp_source_find_quote(db, r.id, "apologised", &s, &e, &err), RCP_ENOTFOUND);
	CHECK_INT(rcp_source_find_quote(db, r.id, "Microsoft", &s, &e, &err), RCP_EINVAL);
	CHECK_INT(rcp_source_find_quote(db, r.id, "", &s, &e, &err), RCP_EINVAL);
	CHECK_INT(rcp_source_find_quote(db, 99, "x", &s, &e, &err), RCP_ENOTFOUND);

	/* add: the evidence comes from the source */
	CHECK_INT(rcp_source_find_quote(db, r.id, "Microsoft said the Défense ministry lost access.", &s, &e, &err),
	          RCP_OK);
	rcp_response resp = {.company = "microsoft", .source = r.id, .start = s, .end = e};
	int64_t id = 0;
	CHECK_INT(rcp_response_add(db, &resp, &id, &err), RCP_OK);
	CHECK_INT(id, 1);
	int n = 0;
	CHECK_INT(rcp_response_each(db, "microsoft", grab, &n, &err), RCP_OK);
	CHECK_INT(n, 1);
	char want[512];
	snprintf(want, sizeof want, "microsoft|0|%lld-%lld|Microsoft said the Défense ministry lost access.",
	         (long long)s, (long long)e);
	CHECK_STR(got, want);

	/* refusals change nothing */
	rcp_response bad = resp;
	bad.claim = gclaim; /* a claim about Google */
	CHECK_INT(rcp_response_add(db, &bad, NULL, &err), RCP_EINVAL);
	bad = resp;
	bad.company = "nobody";
	CHECK_INT(rcp_response_add(db, &bad, NULL, &err), RCP_ENOTFOUND);
	bad = resp;
	bad.end = 100000;
	CHECK_INT(rcp_response_add(db, &bad, NULL, &err), RCP_EINVAL);
	bad = resp;
	bad.start = (int64_t)(strstr(doc, "\xC3\xA9") - doc) + 1; /* inside "é" */
	CHECK_INT(rcp_response_add(db, &bad, NULL, &err), RCP_EINVAL);
	bad = resp;
	bad.end = (int64_t)(strstr(doc, "\xC3\xA9") - doc) + 1;
	CHECK_INT(rcp_response_add(db, &bad, NULL, &err), RCP_EINVAL);
	bad = resp;
	bad.source = 42;
	CHECK_INT(rcp_response_add(db, &bad, NULL, &err), RCP_ENOTFOUND);
	n = 0;
	CHECK_INT(rcp_response_each(db, NULL, grab, &n, &err), RCP_OK);
	CHECK_INT(n, 1);

	/* a response to the company's own claim */
	rcp_response g = {.company = "google", .claim = gclaim, .source = r.id, .start = 70,
	                  .end = (int64_t)strlen(doc)};
	CHECK_INT(rcp_response_add(db, &g, NULL, &err), RCP_OK);
	n = 0;
	CHECK_INT(rcp_response_each(db, "google", grab, &n, &err), RCP_OK);
	CHECK_INT(n, 1);

	rcp_verify_report v;
	CHECK_INT(rcp_verify(db, &v, NULL, NULL, &err), RCP_OK);
	CHECK_INT(v.spans_bad, 0);
	CHECK(v.spans >= 3);
	rcp_db_close(db);
	unlink(path);
	TEST_END();
}
