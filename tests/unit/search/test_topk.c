/* rcp__search_topk: on random small corpora and random queries, the top k
 * is the brute-force BM25 top k (every match scored with FTS5's bm25(),
 * ties to the higher rowid), in the same order, whether a query is scored
 * in one pass, a block at a time or from the rows kept with the bounds,
 * inside a read transaction or not, with a statement that filters rows
 * (not plain), and after the index grows, by this connection or another. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "test.h"

static uint64_t rng = 0x9E3779B97F4A7C15ull;

static uint64_t next(void)
{
	uint64_t z = (rng += 0x9E3779B97F4A7C15ull);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

/* a word of a small vocabulary, the first ones far more frequent */
static const char *word(void)
{
	static const char *const v[] = {
		"border", "tower",  "contract", "ministry", "drone",  "tender",   "export",
		"licence", "radar", "missile",  "vessel",   "harbor", "customs", "fund",
		"bank",    "audit", "payment",  "shell",    "office", "agent",   "broker",
		"cargo",   "fleet", "permit",   "quota",    "levy",   "tariff",  "venture",
		"towers",  "payments", "contracts", "borders", "audits", "funds", "permits",
	};
	size_t n = sizeof v / sizeof *v;
	size_t r = (size_t)(next() % n);
	return v[(r * r) / n]; /* skewed towards the start */
}

static int64_t ndocs;

static sqlite3 *open_corpus(const char *path, rcp_search_ctx **ctx)
{
	sqlite3 *db;
	rcp_error err;
	CHECK(sqlite3_open(path, &db) == SQLITE_OK);
	CHECK_INT(rcp__search_register(db, ctx, &err), RCP_OK);
	return db;
}

static void add_docs(sqlite3 *db, int n)
{
	sqlite3_stmt *ins;
	CHECK(sqlite3_prepare_v2(db, "INSERT INTO t(rowid, title, text) VALUES (?1, ?2, ?3)", -1,
	                         &ins, NULL) == SQLITE_OK);
	sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
	for (int i = 0; i < n; i++) {
		char title[256] = "", text[2048] = "";
		int nt = 1 + (int)(next() % 4), nx = 2 + (int)(next() % 40);
		for (int w = 0; w < nt; w++) {
			strcat(title, word());
			strcat(title, " ");
		}
		for (int w = 0; w < nx; w++) {
			strcat(text, word());
			strcat(text, w % 7 == 6 ? ". " : " ");
		}
		/* rowids with gaps, as sources deleted nowhere but numbered apart */
		ndocs += 1 + (int64_t)(next() % 3 == 0);
		sqlite3_bind_int64(ins, 1, ndocs);
		sqlite3_bind_text(ins, 2, title, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ins, 3, text, -1, SQLITE_TRANSIENT);
		CHECK(sqlite3_step(ins) == SQLITE_DONE);
		sqlite3_reset(ins);
	}
	sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
	sqlite3_finalize(ins);
}

/* a random query: words ANDed, now and then an OR, a NOT, a prefix, a
 * quoted phrase or a word no document holds (the stems of the others in
 * most languages are in none either: topk.c asks FTS5 only for those
 * some row holds) */
static void query(char *q, size_t cap)
{
	int n = 1 + (int)(next() % 3);
	q[0] = '\0';
	for (int i = 0; i < n; i++) {
		char w[64];
		unsigned r = (unsigned)(next() % 20);
		if (r == 0)
			snprintf(w, sizeof w, "%.4s*", word());
		else if (r == 1)
			snprintf(w, sizeof w, "\"%s %s\"", word(), word());
		else if (r == 5)
			snprintf(w, sizeof w, "\"%s %s %s\"", word(), word(), word());
		else if (r == 6) { /* a word twice: "the the" */
			const char *x = word();
			snprintf(w, sizeof w, "\"%s %s\"", x, x);
		}
		else if (r == 2 && i > 0)
			snprintf(w, sizeof w, "OR %s", word());
		else if (r == 3 && i > 0)
			snprintf(w, sizeof w, "-%s", word());
		else if (r == 4) /* in no document: no match, or none from it */
			snprintf(w, sizeof w, "%s", i > 0 && next() % 2 ? "OR zeppelin" : "zeppelin");
		else
			snprintf(w, sizeof w, "%s", word());
		if (i)
			strncat(q, " ", cap - strlen(q) - 1);
		strncat(q, w, cap - strlen(q) - 1);
	}
}

typedef struct counts {
	int64_t blocks, sweeps, kept, probed;
	int64_t phrased; /* queries with a quoted phrase ranked by blocks or kept rows */
} counts;

static int check_query(sqlite3 *db, rcp_search_ctx *ctx, sqlite3_stmt *range, int plain,
                       sqlite3_stmt *tf, sqlite3_stmt *exact, const char *q, size_t k,
                       counts *n)
{
	rcp_query pq;
	rcp_error err;
	if (rcp__search_parse(ctx, q, &pq, &err) != RCP_OK)
		return 1; /* "-x" alone and the like: nothing to compare */
	rcp_rank_hit *got = NULL, *want = NULL;
	size_t ngot = 0, nwant = 0;
	rcp_topk_stats ts;
	sqlite3_bind_text(range, 1, pq.fts, -1, SQLITE_TRANSIENT);
	CHECK_INT(rcp__search_topk(db, rcp__search_bounds(ctx), &pq, range, plain, tf, ndocs, k,
	                           &got, &ngot, &ts, &err),
	          RCP_OK);
	sqlite3_bind_text(exact, 1, pq.fts, -1, SQLITE_TRANSIENT);
	CHECK_INT(rcp__search_rank(db, exact, k, &want, &nwant, &err), RCP_OK);
	if (nwant > k)
		nwant = k;
	int same = ngot == nwant;
	for (size_t i = 0; same && i < ngot; i++)
		same = got[i].id == want[i].id && got[i].score == want[i].score;
	if (!same) {
		fprintf(stderr, "query '%s' (%s), k %zu: top k differs\n", q, pq.fts, k);
		for (size_t i = 0; i < ngot || i < nwant; i++)
			fprintf(stderr, "  %lld %.17g | %lld %.17g\n",
			        i < ngot ? (long long)got[i].id : -1LL, i < ngot ? got[i].score : 0,
			        i < nwant ? (long long)want[i].id : -1LL, i < nwant ? want[i].score : 0);
	}
	n->blocks += ts.blocks > 0;
	n->sweeps += ts.sweeps > 0;
	n->kept += ts.kept == 1;
	n->probed += ts.kept == 2;
	n->phrased += strchr(q, '"') && (ts.blocks > 0 || ts.kept);
	free(got);
	free(want);
	rcp__query_release(&pq);
	return same;
}

int main(void)
{
	counts n = {0, 0, 0, 0, 0};
	for (int corpus = 0; corpus < 16; corpus++) {
		/* a file, so that a second connection can add to it */
		char path[] = "/tmp/rcp-test-topk-XXXXXX";
		int fd = mkstemp(path);
		CHECK(fd >= 0);
		close(fd);
		rcp_search_ctx *ctx, *ctx2;
		sqlite3 *db = open_corpus(path, &ctx), *other = open_corpus(path, &ctx2);
		sqlite3_exec(db, "PRAGMA journal_mode=WAL", NULL, NULL, NULL);
		CHECK(sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5(title, text, tokenize='receipts')",
		                   NULL, NULL, NULL) == SQLITE_OK);
		/* small blocks and no one-pass shortcut but for the smallest
		 * queries, so that block-max is what is tested */
		rcp__bounds_tune(rcp__search_bounds(ctx), 2 + corpus % 4, corpus % 3 ? 4 : 0);
		/* and, for some, a budget so small that words are dropped (the
		 * longest unused first) and summarized again */
		if (corpus % 4 == 1)
			rcp__bounds_budget(rcp__search_bounds(ctx), 40);
		/* the rows of a word kept up to a count that the frequent words
		 * pass, so that ANDs mix words kept and not (or none kept) */
		/* the rest of the properties, by corpus: queries in a read
		 * transaction (what rcp_rank ranked by is kept for the
		 * snapshot), a statement that filters rows, and growth by
		 * another connection */
		int in_txn = corpus % 2, filtered = corpus % 5 == 2, by_other = corpus % 3 == 1;
		ndocs = 0;
		add_docs(db, 100 + (int)(next() % 600));
		/* a word's rows kept up to a share of the documents that the
		 * frequent words pass (the rarest is in about a third), so that
		 * ANDs mix words kept and not; or all kept, or none */
		static const int pct[] = {100, 35, 0, 50, 70, 40};
		rcp__bounds_keep(rcp__search_bounds(ctx), (size_t)(ndocs * pct[corpus % 6] / 100),
		                 corpus % 4 == 3 ? 1000 : 1);
		sqlite3_stmt *range, *tf, *exact;
		CHECK(sqlite3_prepare_v2(db,
		                         filtered
		                             ? "SELECT rowid, rcp_rank(t, 1, 1, 3.0, 1.0, ?12) FROM t"
		                               " WHERE t MATCH ?1 AND rowid BETWEEN ?10 AND ?11"
		                               " AND rowid % 3 != 1"
		                             : "SELECT rowid, rcp_rank(t, 1, 1, 3.0, 1.0, ?12) FROM t"
		                               " WHERE t MATCH ?1 AND rowid BETWEEN ?10 AND ?11",
		                         -1, &range, NULL) == SQLITE_OK);
		CHECK(sqlite3_prepare_v2(db,
		                         "SELECT rowid, rcp_tf(t, 3.0, 1.0) FROM t"
		                         " WHERE t MATCH ?1 AND rowid BETWEEN ?2 AND ?3 ORDER BY rowid",
		                         -1, &tf, NULL) == SQLITE_OK);
		CHECK(sqlite3_prepare_v2(db,
		                         filtered ? "SELECT rowid, bm25(t, 3.0, 1.0) FROM t WHERE t MATCH ?1"
		                                    " AND rowid % 3 != 1"
		                                  : "SELECT rowid, bm25(t, 3.0, 1.0) FROM t WHERE t MATCH ?1",
		                         -1, &exact, NULL) == SQLITE_OK);
		for (int round = 0; round < 3; round++) {
			if (in_txn) /* a read transaction, begun by a read */
				CHECK(sqlite3_exec(db, "BEGIN; SELECT count(*) FROM t_data", NULL, NULL,
				                   NULL) == SQLITE_OK);
			for (int i = 0; i < 60; i++) {
				char q[512];
				query(q, sizeof q);
				size_t k = 1 + (size_t)(next() % 15);
				/* the query languages change what a phrase's text
				 * matches ("towers" is "tower" in English only): what
				 * is kept of a phrase is kept for its languages */
				if (corpus % 2 == 0) {
					unsigned en = rcp__search_lang_bit("en"), fr = rcp__search_lang_bit("fr");
					unsigned langs[] = {en, fr, en | fr};
					rcp__search_set_query_lang(ctx, NULL, langs[next() % 3]);
				}
				CHECK(check_query(db, ctx, range, !filtered, tf, exact, q, k, &n));
			}
			sqlite3_reset(range);
			sqlite3_reset(exact);
			if (in_txn)
				CHECK(sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK);
			/* the index grows: the bounds kept are extended, not wrong,
			 * and what rcp_rank ranks by is read again */
			add_docs(by_other ? other : db, 50 + (int)(next() % 200));
		}
		sqlite3_finalize(range);
		sqlite3_finalize(tf);
		sqlite3_finalize(exact);
		CHECK(sqlite3_close(other) == SQLITE_OK);
		CHECK(sqlite3_close(db) == SQLITE_OK);
		unlink(path);
		char side[sizeof path + 8];
		snprintf(side, sizeof side, "%s-wal", path);
		unlink(side);
		snprintf(side, sizeof side, "%s-shm", path);
		unlink(side);
	}
	CHECK(n.blocks > 100); /* block-max ran, not only the one pass */
	CHECK(n.sweeps > 10);  /* and the pass that skips what cannot rank */
	CHECK(n.kept > 100);   /* and the rows kept */
	CHECK(n.probed > 20);  /* and those with the other words read on them */
	CHECK(n.phrased > 20); /* and quoted phrases, by their own rows */
	TEST_END();
}
