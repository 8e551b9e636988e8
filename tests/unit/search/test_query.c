/* The query language: golden table of queries and the FTS5 expressions
 * (or errors with their byte positions) they become. */
#include "internal.h"
#include "test.h"

/* A word as search writes it when the index holds two forms of it. */
static int two_forms(void *ctx, const char *word, size_t n, int prefix, rcp_buf *out)
{
	(void)ctx;
	rcp__buf_putc(out, '(');
	for (int i = 0; i < 2; i++) {
		if (i)
			rcp__buf_append(out, " OR ", 4);
		rcp__buf_putc(out, '"');
		rcp__buf_append(out, word, n);
		rcp__buf_append(out, i ? "s\"" : "\"", i ? 2 : 1);
		if (prefix)
			rcp__buf_append(out, " *", 2);
	}
	rcp__buf_putc(out, ')');
	return 1;
}

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

	/* property: FTS5 takes every query the parser accepts, however deep
	 * (its parser has a fixed stack; a NOT nests the written query one
	 * level deeper than the typed one: found by fuzz_query) */
	sqlite3 *db;
	CHECK_INT(sqlite3_open(":memory:", &db), SQLITE_OK);
	CHECK_INT(sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5(x);"
	                           "INSERT INTO t VALUES ('a b c');", NULL, NULL, NULL),
	          SQLITE_OK);
	sqlite3_stmt *st;
	CHECK_INT(sqlite3_prepare_v2(db, "SELECT count(*) FROM t WHERE t MATCH ?", -1, &st, NULL),
	          SQLITE_OK);
	static const char *const opens[] = {"(a ", "(a -b ", "(a OR ", "(\"a b\" -(c OR d) ",
	                                    "(a OR (b -c) ", "a (", NULL};
	int accepted = 0, refused = 0;
	for (int o = 0; opens[o]; o++)
		for (int d = 1; d <= 70; d++) {
			char q[2048] = ""; /* 70 x 18 bytes of the longest shape, then 70 parentheses */
			for (int i = 0; i < d; i++)
				strcat(q, opens[o]);
			strcat(q, "z");
			for (int i = 0; i < d; i++)
				strcat(q, ")");
			if (rcp__query_parse(q, &pq, &err) != RCP_OK) {
				refused++;
				CHECK(err.why[0] != '\0');
				continue;
			}
			accepted++;
			/* and search, which writes each word as the OR of its
			 * forms, takes it too, and FTS5 takes what search writes
			 * (found by fuzz_query: the forms' level went over) */
			rcp_query wq;
			CHECK_INT(rcp__query_parse_words(q, two_forms, NULL, &wq, &err), RCP_OK);
			if (wq.fts) {
				sqlite3_bind_text(st, 1, wq.fts, -1, SQLITE_TRANSIENT);
				CHECK_INT(sqlite3_step(st), SQLITE_ROW);
				sqlite3_reset(st);
				rcp__query_release(&wq);
			}
			sqlite3_bind_text(st, 1, pq.fts, -1, SQLITE_TRANSIENT);
			int rc = sqlite3_step(st);
			if (rc != SQLITE_ROW)
				fprintf(stderr, "FTS5 refused '%s' (from '%s'): %s\n", pq.fts, q,
				        sqlite3_errmsg(db));
			CHECK_INT(rc, SQLITE_ROW);
			sqlite3_reset(st);
			rcp__query_release(&pq);
		}
	CHECK(accepted >= 6 * 10); /* ordinary nesting still passes */
	CHECK(refused > 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	TEST_END();
}
