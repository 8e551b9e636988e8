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

/* A random query over a few words, with phrases, prefixes, OR, NOT and
 * parentheses, into q (cap bytes). */
static void random_query(unsigned *seed, char *q, size_t cap, int depth)
{
	static const char *const words[] = {"elbit", "Elbit", "towers", "\"border towers\"", "ice*",
	                                    "palantir"};
	size_t n = strlen(q);
	int kids = 1 + (int)((*seed >> 8) % 3);
	for (int i = 0; i < kids && n + 64 < cap; i++) {
		*seed = *seed * 1103515245u + 12345u;
		unsigned r = (*seed >> 16) % 8;
		const char *op = i == 0 ? "" : r < 3 ? " OR " : r < 4 ? " -" : " ";
		n += (size_t)snprintf(q + n, cap - n, "%s", op);
		if (depth < 3 && r == 7) {
			n += (size_t)snprintf(q + n, cap - n, "(");
			random_query(seed, q, cap, depth + 1);
			n = strlen(q);
			n += (size_t)snprintf(q + n, cap - n, ")");
		} else {
			n += (size_t)snprintf(q + n, cap - n, "%s", words[(*seed >> 4) % 6]);
		}
	}
}

/* Property: a query ORed or ANDed with itself is written as itself, its
 * terms and phrases once: each repeat was read again by FTS5 ("Thales OR
 * Thales OR ..." 80 times over a source holding it a million times ran
 * over a minute). */
static void repeats(void)
{
	unsigned seed = 99;
	int checked = 0;
	for (int iter = 0; iter < 2000; iter++) {
		char q[512] = "", twice[1100];
		random_query(&seed, q, sizeof q, 0);
		rcp_query once, both;
		rcp_error err;
		if (rcp__query_parse_words(q, two_forms, NULL, &once, &err) != RCP_OK)
			continue;
		for (int op = 0; op < 2; op++) {
			snprintf(twice, sizeof twice, "(%s)%s(%s)", q, op ? " OR " : " ", q);
			/* the written query of "(Q)" is that of Q, in one level more */
			char single[600];
			snprintf(single, sizeof single, "(%s)", q);
			rcp_query one;
			CHECK_INT(rcp__query_parse_words(single, two_forms, NULL, &one, &err), RCP_OK);
			CHECK_INT(rcp__query_parse_words(twice, two_forms, NULL, &both, &err), RCP_OK);
			const char *w = both.fts, *o = one.fts;
			/* an OR or AND of one child writes it in parentheses */
			size_t on = strlen(o);
			int same = !strcmp(w, o) ||
			           (strlen(w) == on + 2 && w[0] == '(' && !strncmp(w + 1, o, on));
			if (!same)
				fprintf(stderr, "'%s': '%s' vs '%s'\n", twice, w, o);
			CHECK(same);
			CHECK_INT(both.nterms, one.nterms);
			CHECK_INT(both.nphrases, one.nphrases);
			rcp__query_release(&both);
			rcp__query_release(&one);
			checked++;
		}
		rcp__query_release(&once);
	}
	CHECK(checked > 1000);
}

int main(void)
{
	repeats();
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
