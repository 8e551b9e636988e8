/*
 * fuzz_query.c — libFuzzer target for the search query parser: any bytes
 * as a query. A query the parser accepts must be an FTS5 expression that
 * FTS5 accepts too (nothing a user types may reach FTS5's own syntax), so
 * each accepted query is run against a small in-memory index with the
 * receipts tokenizer, and an SQLite error there is a crash. The query
 * as the search writes it (rcp__search_parse: words as an OR of their
 * forms) must match the same rows, unless it holds a prefix: a prefix
 * is also written as its stems, each a prefix (tokenizer.c, expand_word),
 * which finds more than FTS5's own prefix of the folded spelling. A
 * refused query must carry a reason
 * and a byte offset inside the query.
 */
#include "fuzz.h"

static sqlite3 *db;
static sqlite3_stmt *match, *range, *tf;
static rcp_search_ctx *ctx;

static void setup(void)
{
	rcp_error err;
	if (sqlite3_open(":memory:", &db) != SQLITE_OK || rcp__search_register(db, &ctx, &err) != RCP_OK)
		abort();
	static const char sql[] =
		"CREATE VIRTUAL TABLE idx USING fts5(title, text, content='', tokenize='receipts');"
		"INSERT INTO idx(rowid, title, text) VALUES"
		" (1, rcp_index_lang('en', 'Elbit border towers'), 'Elbit Systems built the towers.'),"
		" (2, rcp_index_lang('fr', 'Défense'), 'Le ministère de la Défense a contracté.'),"
		" (3, rcp_index_lang('de', 'Verträge'), 'Die Verträge wurden unterzeichnet, 1,000 Euro.');";
	if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
		abort();
	if (sqlite3_prepare_v2(db,
	                       "SELECT rowid, bm25(idx, 3.0, 1.0) FROM idx WHERE idx MATCH ?1"
	                       " ORDER BY rowid DESC LIMIT 10",
	                       -1, &match, NULL) != SQLITE_OK)
		abort();
	/* the statements of the exact top k (topk.c), as rcp_search has them */
	if (sqlite3_prepare_v2(db,
	                       "SELECT rowid, rcp_rank(idx, 1, 3, 3.0, 1.0, ?12) FROM idx"
	                       " WHERE idx MATCH ?1 AND rowid BETWEEN ?10 AND ?11",
	                       -1, &range, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db,
	                       "SELECT rowid, rcp_tf(idx, 3.0, 1.0) FROM idx"
	                       " WHERE idx MATCH ?1 AND rowid BETWEEN ?2 AND ?3 ORDER BY rowid",
	                       -1, &tf, NULL) != SQLITE_OK)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!db)
		setup();
	char *q = malloc(size + 1);
	if (!q)
		abort();
	memcpy(q, data, size);
	q[size] = '\0';
	size_t qlen = strlen(q); /* a NUL ends the query, as it would in argv */

	rcp_query pq;
	rcp_error err;
	memset(&err, 0, sizeof err);
	rcp_status st = rcp__query_parse(q, &pq, &err);
	if (st != RCP_OK) {
		FUZZ_CHECK(st == RCP_EPARSE || st == RCP_EINVAL);
		FUZZ_CHECK(err.what[0] != '\0');
		FUZZ_CHECK(err.offset >= -1 && err.offset <= (int64_t)qlen);
		free(q);
		return 0;
	}
	FUZZ_CHECK(pq.fts && pq.fts[0]);
	FUZZ_CHECK(pq.nterms > 0);
	sqlite3_bind_text(match, 1, pq.fts, -1, SQLITE_TRANSIENT);
	rcp_rank_hit *hits = NULL;
	size_t n = 0;
	st = rcp__search_rank(db, match, 0, &hits, &n, &err);
	if (st != RCP_OK) {
		fprintf(stderr, "fuzz: query '%s' became '%s', which FTS5 refused: %s\n", q, pq.fts,
		        sqlite3_errmsg(db));
		abort();
	}
	FUZZ_CHECK(n <= 3);
	/* the same rows (scores may differ: an OR makes more phrases) */
	rcp_query ex;
	FUZZ_CHECK(rcp__search_parse(ctx, q, &ex, &err) == RCP_OK);
	sqlite3_bind_text(match, 1, ex.fts, -1, SQLITE_TRANSIENT);
	rcp_rank_hit *hits2 = NULL;
	size_t n2 = 0;
	if (rcp__search_rank(db, match, 0, &hits2, &n2, &err) != RCP_OK) {
		fprintf(stderr, "fuzz: query '%s' became '%s', which FTS5 refused: %s\n", q, ex.fts,
		        sqlite3_errmsg(db));
		abort();
	}
	int has_prefix = strchr(q, '*') != NULL;
	FUZZ_CHECK(has_prefix || n2 == n);
	for (size_t i = 0; i < n2 && !has_prefix; i++) {
		int found = 0;
		for (size_t j = 0; j < n; j++)
			found |= hits2[i].id == hits[j].id;
		FUZZ_CHECK(found);
	}
	free(hits2);
	/* ranked as the search ranks it (a phrase or a word of several
	 * tokens is read by its own text, topk.c): the exact BM25 top k */
	sqlite3_bind_text(match, 1, ex.fts, -1, SQLITE_TRANSIENT);
	FUZZ_CHECK(rcp__search_rank(db, match, 2, &hits2, &n2, &err) == RCP_OK);
	rcp_rank_hit *top = NULL;
	size_t ntop = 0;
	rcp_topk_stats ts;
	sqlite3_bind_text(range, 1, ex.fts, -1, SQLITE_TRANSIENT);
	if (rcp__search_topk(db, rcp__search_bounds(ctx), &ex, range, 1, tf, 3, 2, &top, &ntop, &ts,
	                     &err) != RCP_OK) {
		fprintf(stderr, "fuzz: query '%s' ('%s'): top k failed: %s\n", q, ex.fts, err.what);
		abort();
	}
	FUZZ_CHECK(ntop == (n2 < 2 ? n2 : 2));
	for (size_t i = 0; i < ntop; i++)
		FUZZ_CHECK(top[i].id == hits2[i].id && top[i].score == hits2[i].score);
	free(top);
	free(hits2);
	rcp__query_release(&ex);
	free(hits);
	rcp__query_release(&pq);
	free(q);
	return 0;
}
