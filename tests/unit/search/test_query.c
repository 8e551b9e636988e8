/* The query language: golden table of queries and the FTS5 expressions
 * (or errors with their byte positions) they become. */
#include "internal.h"
#include "test.h"

int main(void)
{
	FILE *f = test_open_table("search/queries.tsv");
	char line[1024], *fl[2];
	int rows = 0, k;
	while ((k = test_next_row(f, line, sizeof line, fl, 2)) > 0) {
		const char *q = k == 2 ? fl[0] : "";
		const char *want = k == 2 ? fl[1] : fl[0];
		if (k == 1 && !strncmp(fl[0], "error@", 6))
			q = ""; /* an empty query: the row starts with the tab */
		rcp_query pq;
		rcp_error err;
		rcp_error_clear(&err);
		char got[600];
		if (rcp__query_parse(q, &pq, &err) == RCP_OK) {
			snprintf(got, sizeof got, "%s", pq.fts);
			rcp__query_release(&pq);
		} else {
			/* "... at byte N" is in why; the table keeps the message apart */
			char msg[512];
			snprintf(msg, sizeof msg, "%s", err.why);
			char *at = strstr(msg, " at byte ");
			if (at)
				*at = '\0';
			snprintf(got, sizeof got, "error@%lld: %s", (long long)(err.offset < 0 ? 0 : err.offset), msg);
		}
		if (!strcmp(got, want))
			t_pass++;
		else {
			t_fail++;
			fprintf(stderr, "query '%s': want '%s' got '%s'\n", q, want, got);
		}
		rows++;
	}
	fclose(f);
	CHECK(rows >= 30);

	/* positive terms are kept for marking passages; excluded ones are not */
	rcp_query pq;
	rcp_error err;
	CHECK_INT(rcp__query_parse("elbit \"border towers\" -mexico contr*", &pq, &err), RCP_OK);
	CHECK_INT(pq.nterms, 3);
	CHECK_STR(pq.terms[0].text, "elbit");
	CHECK_STR(pq.terms[1].text, "border towers");
	CHECK(pq.terms[1].phrase);
	CHECK(pq.terms[2].prefix);
	rcp__query_release(&pq);

	/* the error names the query and the byte */
	CHECK_INT(rcp__query_parse("elbit \"border", &pq, &err), RCP_EPARSE);
	char line2[1200];
	rcp_error_format(&err, line2, sizeof line2);
	CHECK_STR(line2, "malformed query 'elbit \"border': unclosed quote at byte 6");

	/* hostile sizes: nesting and length are bounded */
	char deep[300];
	memset(deep, '(', 200);
	strcpy(deep + 200, "x");
	CHECK_INT(rcp__query_parse(deep, &pq, &err), RCP_EPARSE);
	char *big = malloc(5000);
	memset(big, 'a', 4999);
	big[4999] = '\0';
	CHECK_INT(rcp__query_parse(big, &pq, &err), RCP_EINVAL);
	free(big);
	CHECK_INT(rcp__query_parse("\xff\xfe", &pq, &err), RCP_EPARSE);
	TEST_END();
}
