/*
 * bench.c — indexing throughput and query latency of receipts' search
 * against SQLite's stock FTS5 tokenizer, on the same generated corpus.
 *
 *   bench_search VOCAB DIR [--docs N] [--queries N] [--check N] [--reuse 1]
 *                [--tokenize 1] [--hashsize BYTES] [--automerge N] ... (see main)
 *
 * Builds two contentless FTS5 indexes in DIR (one thread, WAL,
 * synchronous=NORMAL, 20,000 documents a transaction):
 *   receipts   tokenize='receipts' (folding + Snowball in the document's
 *              language), fed through rcp_index_lang() as rcp_source_add does
 *   unicode61  tokenize='unicode61 remove_diacritics 2'
 * both with FTS5 hashsize RCP_FTS_HASHSIZE (receipts' own), the receipts
 * one noting document lengths in search_doclen as receipts add does;
 * then runs the same queries against both, warm: receipts through the
 * library's query parser (rcp__search_parse) and exact top-k ranking
 * (rcp__search_topk), stock FTS5 with ORDER BY rank LIMIT 10.
 * --check N (default 200) compares receipts' top 10 with the exact BM25
 * top 10 (every match scored with bm25()) on the first N queries of each
 * set (overlap@10).
 * One line per figure.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <malloc.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "gen.h"
#include "internal.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double cpu(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int64_t ndocs_all; /* rowids of the index run 1..ndocs_all */
static rcp_search_ctx *search_ctx; /* of the connection opened last */
static rcp_search_ctx *mine_ctx;   /* of the receipts index */
/* --mmap BYTES: PRAGMA mmap_size for both indexes; receipts' own unless
 * told otherwise (0: no map, pages copied into the page cache) */
static long long mmap_size = RCP_MMAP_SIZE;
static int optimize;        /* --optimize 1: merge each index into one segment, timed */
static int with_stock = 1; /* --stock 0: receipts only */
static int all_langs; /* --all-langs 1: stem queries in every language, the folded word too */
static int reuse;         /* --reuse: query the indexes DIR holds, don't build */
static int tokenize;      /* --tokenize 1: time the two tokenizers alone, then stop */
/* FTS5 'hashsize' for both indexes: receipts' own (migration 5) unless
 * --hashsize says otherwise; 0: SQLite's default (1 MiB) */
static long hashsize = RCP_FTS_HASHSIZE;
static int automerge; /* FTS5 'automerge' for both indexes; 0: SQLite's default (4) */
/* --batch N: documents a transaction (FTS5 writes a segment a commit);
 * receipts add commits a source at a time */
static int batch_docs = 20000;
/* --merge M, after the last batch, inside the indexing clock: 0 none,
 * 1 FTS5 'optimize', 2 rcp__search_merge (what receipts add runs after a
 * batch of sources) */
static int merge_mode;
static int64_t merge_ratio = 2; /* --merge-ratio R: pages merged per page written */
static int adds; /* --adds N: then N more documents, a transaction each, timed */
static int kinds_mask = 31; /* --kinds MASK: the query sets run (bit 0: by frequency, ...) */
static int64_t small_matches; /* --small N: matches scored in one pass (topk.c's SMALL) */
static int block_shift = -1;  /* --shift N: blocks of 2^N rowids (topk.c's BLOCK_SHIFT) */
static long long keep_rows = -1; /* --keep N: a word's rows kept while at most N (topk.c) */

static void die(sqlite3 *db, const char *what)
{
	fprintf(stderr, "bench: %s: %s\n", what, db ? sqlite3_errmsg(db) : "?");
	exit(1);
}

static sqlite3 *open_db(const char *path)
{
	char wal[1100], shm[1100];
	snprintf(wal, sizeof wal, "%s-wal", path);
	snprintf(shm, sizeof shm, "%s-shm", path);
	if (!reuse) {
		unlink(path);
		unlink(wal);
		unlink(shm);
	}
	sqlite3 *db;
	/* as rcp_db_open opens (lib/store/db.c): a connection used by one
	 * thread at a time, no mutex of its own */
	if (sqlite3_open_v2(path, &db,
	                    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
	                        SQLITE_OPEN_NOMUTEX,
	                    NULL) != SQLITE_OK)
		die(db, "open");
	rcp_error err;
	if (rcp__search_register(db, &search_ctx, &err) != RCP_OK)
		die(db, "register");
	sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
	                 "PRAGMA cache_size=-262144;", NULL, NULL, NULL);
	char q[64];
	snprintf(q, sizeof q, "PRAGMA mmap_size=%lld", mmap_size);
	sqlite3_exec(db, q, NULL, NULL, NULL);
	return db;
}

/* FTS5 segments of idx: a query reads each of its words in every one */
static int segments(sqlite3 *db)
{
	sqlite3_stmt *st;
	int n = -1;
	if (sqlite3_prepare_v2(db, "SELECT count(DISTINCT segid) FROM idx_idx", -1, &st, NULL) ==
	    SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return n;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static double file_mb(const char *path)
{
	struct stat sb;
	char wal[1100];
	double total = 0;
	if (stat(path, &sb) == 0)
		total += (double)sb.st_size;
	snprintf(wal, sizeof wal, "%s-wal", path);
	if (stat(wal, &sb) == 0)
		total += (double)sb.st_size;
	return total / 1e6;
}

static double build(const gen *g, sqlite3 *db, int mine, uint64_t ndocs, double *bytes_out,
                    double *cpu_out)
{
	const char *create = mine
		? "CREATE VIRTUAL TABLE idx USING fts5(title, text, content='', tokenize='receipts')"
		: "CREATE VIRTUAL TABLE idx USING fts5(title, text, content='',"
		  " tokenize='unicode61 remove_diacritics 2')";
	if (sqlite3_exec(db, create, NULL, NULL, NULL) != SQLITE_OK)
		die(db, "create");
	if (hashsize) {
		char q[128];
		snprintf(q, sizeof q, "INSERT INTO idx(idx, rank) VALUES ('hashsize', %ld)", hashsize);
		if (sqlite3_exec(db, q, NULL, NULL, NULL) != SQLITE_OK)
			die(db, "hashsize");
	}
	if (automerge) {
		char q[128];
		snprintf(q, sizeof q, "INSERT INTO idx(idx, rank) VALUES ('automerge', %d)", automerge);
		if (sqlite3_exec(db, q, NULL, NULL, NULL) != SQLITE_OK)
			die(db, "automerge");
	}
	/* receipts notes each document's length for ranking, as
	 * rcp__search_index does (lib/search/doclen.c) */
	sqlite3_stmt *note = NULL;
	if (mine && (sqlite3_exec(db, RCP_DOCLEN_CREATE, NULL, NULL, NULL) != SQLITE_OK ||
	             sqlite3_prepare_v2(db, RCP_DOCLEN_NOTE("idx"), -1, &note, NULL) != SQLITE_OK))
		die(db, "doclen");
	sqlite3_stmt *st;
	const char *ins = mine
		? "INSERT INTO idx(rowid, title, text) VALUES (?1, rcp_index_lang(?4, ?2), ?3)"
		: "INSERT INTO idx(rowid, title, text) VALUES (?1, ?2, ?3)";
	if (sqlite3_prepare_v2(db, ins, -1, &st, NULL) != SQLITE_OK)
		die(db, "prepare");
	/* documents are generated a batch at a time, outside the clocks: the
	 * figures are the index's work, not the generator's */
	const uint64_t batch = (uint64_t)batch_docs;
	char *titles = malloc((size_t)batch * 512), *texts = malloc((size_t)batch * 4096);
	size_t *lens = malloc(batch * sizeof *lens);
	const char **langs = malloc(batch * sizeof *langs);
	double bytes = 0, secs = 0, cpus = 0, t0 = now();
	int64_t pages0 = rcp__search_pages(db);
	for (uint64_t b = 0; b < ndocs; b += batch) {
		uint64_t nb = ndocs - b < batch ? ndocs - b : batch;
		for (uint64_t j = 0; j < nb; j++) {
			gen_doc(g, b + j, titles + j * 512, texts + j * 4096, &lens[j], &langs[j]);
			bytes += (double)(strlen(titles + j * 512) + lens[j]);
		}
		double w0 = now(), c0 = cpu();
		sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
		for (uint64_t j = 0; j < nb; j++) {
			sqlite3_bind_int64(st, 1, (sqlite3_int64)(b + j) + 1);
			sqlite3_bind_text(st, 2, titles + j * 512, -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 3, texts + j * 4096, (int)lens[j], SQLITE_STATIC);
			if (mine)
				sqlite3_bind_text(st, 4, langs[j], -1, SQLITE_STATIC);
			if (sqlite3_step(st) != SQLITE_DONE)
				die(db, "insert");
			sqlite3_reset(st);
		}
		if (note) {
			/* the batch's lengths, in one statement */
			sqlite3_bind_int64(note, 1, (sqlite3_int64)b + 1);
			sqlite3_bind_int64(note, 2, (sqlite3_int64)(b + nb));
			if (sqlite3_step(note) != SQLITE_DONE)
				die(db, "doclen");
			sqlite3_reset(note);
		}
		sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
		secs += now() - w0;
		cpus += cpu() - c0;
		if ((b + nb) % 200000 < nb)
			fprintf(stderr, "  %s: %llu docs, %.1f MB/s, %.0f s\n", mine ? "receipts" : "unicode61",
			        (unsigned long long)(b + nb), bytes / 1e6 / secs, now() - t0);
	}
	free(titles);
	free(texts);
	free(lens);
	free(langs);
	double w0 = now(), c0 = cpu();
	if (merge_mode == 1 &&
	    sqlite3_exec(db, "INSERT INTO idx(idx) VALUES ('optimize')", NULL, NULL, NULL) != SQLITE_OK)
		die(db, "optimize");
	if (merge_mode == 2) {
		rcp_error err;
		if (rcp__search_merge(db, "idx", (rcp__search_pages(db) - pages0) * merge_ratio, &err) !=
		    RCP_OK)
			die(db, "merge");
	}
	sqlite3_wal_checkpoint_v2(db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
	secs += now() - w0;
	*cpu_out = cpus + cpu() - c0;
	sqlite3_finalize(st);
	sqlite3_finalize(note);
	*bytes_out = bytes;
	return secs;
}

static int count_token(void *ctx, int flags, const char *tok, int n, int start, int end)
{
	(void)flags;
	(void)tok;
	(void)n;
	(void)start;
	(void)end;
	++*(int64_t *)ctx;
	return SQLITE_OK;
}

/* The tokenizer alone: every document's title and text through FTS5's
 * xTokenize of "receipts" (in the document's language) or of unicode61,
 * tokens counted and dropped. Returns CPU seconds; the corpus is
 * generated outside the clock. */
static double tokenize_only(const gen *g, sqlite3 *db, int mine, uint64_t ndocs,
                            int64_t *ntok, double *bytes)
{
	fts5_api *api = NULL;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL) != SQLITE_OK)
		die(db, "fts5");
	sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
	sqlite3_step(st);
	sqlite3_finalize(st);
	void *ud;
	fts5_tokenizer tk;
	Fts5Tokenizer *tok;
	const char *args[] = {"remove_diacritics", "2"};
	if (!api || api->xFindTokenizer(api, mine ? "receipts" : "unicode61", &ud, &tk) != SQLITE_OK ||
	    tk.xCreate(ud, mine ? NULL : args, mine ? 0 : 2, &tok) != SQLITE_OK)
		die(db, "tokenizer");
	enum { BATCH = 256 }; /* documents a batch: their text stays in the CPU caches */
	char *titles = malloc((size_t)BATCH * 512), *texts = malloc((size_t)BATCH * 4096);
	size_t *lens = malloc(BATCH * sizeof *lens);
	const char **langs = malloc(BATCH * sizeof *langs);
	double cpus = 0;
	*ntok = 0;
	for (uint64_t b = 0; b < ndocs; b += BATCH) {
		uint64_t nb = ndocs - b < BATCH ? ndocs - b : BATCH;
		for (uint64_t j = 0; j < nb; j++) {
			gen_doc(g, b + j, titles + j * 512, texts + j * 4096, &lens[j], &langs[j]);
			*bytes += (double)(strlen(titles + j * 512) + lens[j]);
		}
		double c0 = cpu();
		for (uint64_t j = 0; j < nb; j++) {
			if (mine)
				rcp__search_set_query_lang(search_ctx, langs[j], 0);
			const char *t = titles + j * 512;
			tk.xTokenize(tok, ntok, FTS5_TOKENIZE_DOCUMENT, t, (int)strlen(t), count_token);
			tk.xTokenize(tok, ntok, FTS5_TOKENIZE_DOCUMENT, texts + j * 4096, (int)lens[j],
			             count_token);
		}
		cpus += cpu() - c0;
	}
	if (mine)
		rcp__search_set_query_lang(search_ctx, NULL, 0);
	tk.xDelete(tok);
	free(titles);
	free(texts);
	free(lens);
	free(langs);
	return cpus;
}

/* The FTS5 expression for stock FTS5: the words quoted, all required; a
 * quoted phrase and OR as they are. */
static void stock_expr(const char *q, char *out)
{
	size_t k = 0;
	const char *p = q;
	while (*p) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		if (k)
			out[k++] = ' ';
		if (*p == '"') {
			const char *e = strchr(p + 1, '"');
			size_t n = e ? (size_t)(e - p) + 1 : strlen(p);
			memcpy(out + k, p, n);
			k += n;
			p += n;
			continue;
		}
		if (!strncmp(p, "OR ", 3)) {
			memcpy(out + k, "OR", 2);
			k += 2;
			p += 2;
			continue;
		}
		out[k++] = '"';
		while (*p && *p != ' ')
			out[k++] = *p++;
		out[k++] = '"';
	}
	out[k] = '\0';
}

typedef struct qstats {
	double p50, p99, mean;
	double cpu_p50, cpu_p99; /* the same in CPU time: less of the machine's load */
	double cold_p50, cold_p99; /* the first round: bounds summarized on first use */
	double cold_cpu_p50, cold_cpu_p99;
	int64_t blocks;           /* queries ranked a block at a time (topk.c) */
	int64_t built[2];         /* postings summarized, first and last round */
} qstats;

/* receipts' ranking statements on idx, as rcp_search prepares them */
static void topk_stmts(sqlite3 *db, sqlite3_stmt **range, sqlite3_stmt **tf)
{
	if (sqlite3_prepare_v3(db,
	                       "SELECT rowid, rcp_rank(idx, 1, ?9, 3.0, 1.0, ?12) FROM idx"
	                       " WHERE idx MATCH ?1 AND rowid BETWEEN ?10 AND ?11",
	                       -1, SQLITE_PREPARE_PERSISTENT, range, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v3(db,
	                       "SELECT rowid, rcp_tf(idx, 3.0, 1.0) FROM idx"
	                       " WHERE idx MATCH ?1 AND rowid BETWEEN ?2 AND ?3 ORDER BY rowid",
	                       -1, SQLITE_PREPARE_PERSISTENT, tf, NULL) != SQLITE_OK)
		die(db, "prepare query");
	sqlite3_bind_int64(*range, 9, (sqlite3_int64)ndocs_all);
}

/* receipts' top k of query q (owned by the caller), as rcp_search ranks */
static rcp_rank_hit *topk(sqlite3 *db, sqlite3_stmt *range, sqlite3_stmt *tf, const char *q,
                          size_t k, size_t *n, rcp_topk_stats *ts)
{
	rcp_query pq;
	rcp_error err;
	if (rcp__search_parse(mine_ctx, q, &pq, &err) != RCP_OK) {
		*n = 0;
		return NULL;
	}
	rcp_rank_hit *hits;
	/* in one read transaction, as rcp_search ranks (it reads the
	 * sources' range first) */
	sqlite3_exec(db, "BEGIN; SELECT 1 FROM search_doclen LIMIT 1", NULL, NULL, NULL);
	sqlite3_bind_text(range, 1, pq.fts, -1, SQLITE_TRANSIENT);
	if (rcp__search_topk(db, rcp__search_bounds(mine_ctx), &pq, range, 1, tf, ndocs_all, k, &hits,
	                     n, ts, &err) != RCP_OK)
		die(db, "rank");
	sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
	rcp__query_release(&pq);
	return hits;
}

static void percentiles(double *lat, int nq, double *p50, double *p99)
{
	qsort(lat, (size_t)nq, sizeof *lat, cmp_double);
	*p50 = lat[nq / 2];
	*p99 = lat[(nq * 99) / 100];
}

/* The n slowest queries of the last round by CPU time (clat), with how
 * they were ranked and the rows each of their words matches alone (its
 * postings, forms together), to tell what makes the p99. */
static void slowest(const gen *g, sqlite3 *db, int kind, int nq, const double *clat,
                    const rcp_topk_stats *ts, int n)
{
	int *ord = malloc((size_t)nq * sizeof *ord);
	for (int i = 0; i < nq; i++)
		ord[i] = i;
	for (int i = 0; i < nq && i < n; i++) /* a partial selection sort: n is small */
		for (int j = i + 1; j < nq; j++)
			if (clat[ord[j]] > clat[ord[i]]) {
				int x = ord[i];
				ord[i] = ord[j];
				ord[j] = x;
			}
	sqlite3_stmt *count;
	if (sqlite3_prepare_v2(db, "SELECT count(*) FROM idx WHERE idx MATCH ?1", -1, &count,
	                       NULL) != SQLITE_OK)
		die(db, "prepare count");
	for (int r = 0; r < nq && r < n; r++) {
		int i = ord[r];
		char q[256];
		gen_query_kind(g, (uint64_t)i, kind, q);
		const rcp_topk_stats *t = &ts[i];
		printf("slowest %s #%d: %.2f ms CPU '%s': scored %lld, blocks %lld, sweeps %lld, kept %lld;"
		       " postings:", gen_query_kinds[kind], r + 1, clat[i], q, (long long)t->scored,
		       (long long)t->blocks, (long long)t->sweeps, (long long)t->kept);
		/* each word or quoted phrase alone */
		for (const char *p = q; *p;) {
			while (*p == ' ')
				p++;
			if (!*p)
				break;
			const char *e = *p == '"' ? strchr(p + 1, '"') : strchr(p, ' ');
			e = e ? e + (*p == '"') : p + strlen(p);
			char w[256];
			snprintf(w, sizeof w, "%.*s", (int)(e - p), p);
			p = e;
			if (!strcmp(w, "OR"))
				continue;
			rcp_query pq;
			rcp_error err;
			long long c = -1;
			if (rcp__search_parse(mine_ctx, w, &pq, &err) == RCP_OK) {
				sqlite3_bind_text(count, 1, pq.fts, -1, SQLITE_TRANSIENT);
				if (sqlite3_step(count) == SQLITE_ROW)
					c = sqlite3_column_int64(count, 0);
				sqlite3_reset(count);
				rcp__query_release(&pq);
			}
			printf(" %s %lld", w, c);
		}
		printf("\n");
	}
	fflush(stdout);
	sqlite3_finalize(count);
	free(ord);
}

static qstats run_queries(const gen *g, sqlite3 *db, int mine, int kind, int nq, int rounds)
{
	sqlite3_stmt *st = NULL, *tf = NULL;
	if (mine)
		topk_stmts(db, &st, &tf);
	else if (sqlite3_prepare_v3(db,
	                            "SELECT rowid, rank FROM idx WHERE idx MATCH ?1"
	                            " ORDER BY rank LIMIT 10",
	                            -1, SQLITE_PREPARE_PERSISTENT, &st, NULL) != SQLITE_OK)
		die(db, "prepare query");
	double *lat = calloc((size_t)nq, sizeof *lat);
	double *clat = calloc((size_t)nq, sizeof *clat);
	rcp_topk_stats *last = calloc((size_t)nq, sizeof *last);
	qstats s = {0};
	if (mine) /* stem query terms in the corpus's languages, as rcp_search does */
		rcp__search_set_query_lang(mine_ctx, NULL,
		                           all_langs ? 0
		                                     : rcp__search_lang_bit("en") |
		                                           rcp__search_lang_bit("fr") |
		                                           rcp__search_lang_bit("es") |
		                                           rcp__search_lang_bit("de"));
	for (int round = 0; round < rounds; round++) {
		s.blocks = 0;
		s.built[round > 0] = 0;
		for (int i = 0; i < nq; i++) {
			char q[256], expr[512];
			gen_query_kind(g, (uint64_t)i, kind, q);
			double t0 = now(), c0 = cpu();
			if (mine) {
				size_t n;
				rcp_topk_stats ts;
				rcp_rank_hit *h = topk(db, st, tf, q, 10, &n, &ts);
				if (getenv("BENCH_DUMP") && round == rounds - 1) /* answers, to compare builds */
					for (size_t j = 0; j < n; j++)
						fprintf(stderr, "dump %d %d %lld %.17g\n", kind, i,
						        (long long)h[j].id, h[j].score);
				free(h);
				s.blocks += ts.blocks > 0;
				s.built[round > 0] += ts.built;
				if (getenv("BENCH_TRACE") && round == rounds - 1)
					fprintf(stderr, "trace %d %.4f %lld %lld %lld %lld %lld '%s'\n", kind,
					        (cpu() - c0) * 1000, (long long)ts.scored, (long long)ts.blocks,
					        (long long)ts.sweeps, (long long)ts.kept, (long long)ts.built, q);
				if (round == rounds - 1)
					last[i] = ts;
				if (getenv("BENCH_DEBUG") && round == rounds - 1 && (cpu() - c0) * 1000 > 2)
					fprintf(stderr, "slow %.1f ms CPU (%.1f wall): '%s' scored %lld blocks %lld"
					        " sweeps %lld built %lld\n", (cpu() - c0) * 1000, (now() - t0) * 1000,
					        q, (long long)ts.scored, (long long)ts.blocks, (long long)ts.sweeps,
					        (long long)ts.built);
			} else {
				stock_expr(q, expr);
				sqlite3_bind_text(st, 1, expr, -1, SQLITE_TRANSIENT);
				while (sqlite3_step(st) == SQLITE_ROW)
					;
				sqlite3_reset(st);
			}
			lat[i] = (now() - t0) * 1000;
			clat[i] = (cpu() - c0) * 1000;
		}
		if (round == 0 && rounds > 1) {
			percentiles(lat, nq, &s.cold_p50, &s.cold_p99);
			percentiles(clat, nq, &s.cold_cpu_p50, &s.cold_cpu_p99);
		}
	}
	if (mine && getenv("BENCH_SLOWEST"))
		slowest(g, db, kind, nq, clat, last, atoi(getenv("BENCH_SLOWEST")));
	free(last);
	double sum = 0;
	for (int i = 0; i < nq; i++)
		sum += lat[i];
	percentiles(lat, nq, &s.p50, &s.p99);
	s.mean = sum / nq;
	percentiles(clat, nq, &s.cpu_p50, &s.cpu_p99);
	free(lat);
	free(clat);
	sqlite3_finalize(st);
	sqlite3_finalize(tf);
	return s;
}

/* Overlap of receipts' top 10 with the exact BM25 top 10 on the first nq
 * queries of a set: every match scored with FTS5's bm25(), the ten best
 * taken as receipts orders ties (the higher rowid first). *same gets the
 * queries whose ten were the same in the same order. */
static double check_quality(const gen *g, sqlite3 *db, int kind, int nq, int *same_order,
                            int *with_matches)
{
	sqlite3_stmt *range, *tf, *exact;
	topk_stmts(db, &range, &tf);
	if (sqlite3_prepare_v2(db, "SELECT rowid, bm25(idx, 3.0, 1.0) FROM idx WHERE idx MATCH ?1",
	                       -1, &exact, NULL) != SQLITE_OK)
		die(db, "prepare check");
	double total = 0;
	int counted = 0;
	*same_order = 0;
	for (int i = 0; i < nq; i++) {
		char q[256];
		gen_query_kind(g, (uint64_t)i, kind, q);
		size_t n, ne;
		rcp_topk_stats ts;
		rcp_rank_hit *hits = topk(db, range, tf, q, 10, &n, &ts), *ex;
		rcp_query pq;
		rcp_error err;
		if (!hits || rcp__search_parse(mine_ctx, q, &pq, &err) != RCP_OK) {
			free(hits);
			continue;
		}
		sqlite3_bind_text(exact, 1, pq.fts, -1, SQLITE_TRANSIENT);
		if (rcp__search_rank(db, exact, 10, &ex, &ne, &err) != RCP_OK)
			die(db, "check");
		if (ne > 10)
			ne = 10;
		if (ne) {
			int same = 0, order = n == ne;
			for (size_t a = 0; a < n && a < 10; a++) {
				for (size_t b = 0; b < ne; b++)
					same += hits[a].id == ex[b].id;
				order &= hits[a].id == ex[a].id;
			}
			total += (double)same / (double)ne;
			counted++;
			*same_order += order;
			if (!order && getenv("BENCH_DEBUG")) {
				fprintf(stderr, "order differs: '%s' n %zu ne %zu\n", q, n, ne);
				for (size_t a = 0; a < 10; a++)
					fprintf(stderr, "  %lld %.17g | %lld %.17g\n", a < n ? (long long)hits[a].id : -1LL, a < n ? hits[a].score : 0, a < ne ? (long long)ex[a].id : -1LL, a < ne ? ex[a].score : 0);
			}
		}
		free(hits);
		free(ex);
		rcp__query_release(&pq);
	}
	sqlite3_finalize(range);
	sqlite3_finalize(tf);
	sqlite3_finalize(exact);
	*with_matches = counted;
	return counted ? total / counted : 1.0;
}

/* receipts add after a bulk add: n more documents, one transaction each
 * as receipts add commits a source, each followed by rcp__search_merge
 * when --merge 2 (receipts add runs it once after its last source, so a
 * single-file add pays it every time). Prints the CPU time an add took. */
static void add_latency(const gen *g, sqlite3 *db, uint64_t from, int n)
{
	sqlite3_stmt *st, *note;
	if (sqlite3_prepare_v2(db, "INSERT INTO idx(rowid, title, text)"
	                       " VALUES (?1, rcp_index_lang(?4, ?2), ?3)", -1, &st, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, RCP_DOCLEN_NOTE("idx"), -1, &note, NULL) != SQLITE_OK)
		die(db, "prepare add");
	char *title = malloc(512), *text = malloc(4096);
	double *lat = calloc((size_t)n, sizeof *lat), total = 0;
	for (int i = 0; i < n; i++) {
		size_t len;
		const char *lang;
		uint64_t id = from + (uint64_t)i;
		gen_doc(g, id - 1, title, text, &len, &lang);
		double c0 = cpu();
		int64_t pages0 = rcp__search_pages(db);
		sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
		sqlite3_bind_int64(st, 1, (sqlite3_int64)id);
		sqlite3_bind_text(st, 2, title, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, text, (int)len, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, lang, -1, SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_DONE)
			die(db, "add");
		sqlite3_reset(st);
		sqlite3_bind_int64(note, 1, (sqlite3_int64)id);
		sqlite3_bind_int64(note, 2, (sqlite3_int64)id);
		if (sqlite3_step(note) != SQLITE_DONE)
			die(db, "add doclen");
		sqlite3_reset(note);
		sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
		rcp_error err;
		if (merge_mode == 2 &&
		    rcp__search_merge(db, "idx", (rcp__search_pages(db) - pages0) * merge_ratio, &err) !=
		        RCP_OK)
			die(db, "merge");
		lat[i] = (cpu() - c0) * 1000;
		total += lat[i];
	}
	double mx = 0;
	for (int i = 0; i < n; i++)
		mx = lat[i] > mx ? lat[i] : mx;
	double p50, p99;
	percentiles(lat, n, &p50, &p99);
	printf("add one document, %d times (merge %d): CPU time p50 %.2f ms, p99 %.2f ms, max %.1f ms,"
	       " mean %.2f ms; %d segments after\n", n, merge_mode, p50, p99, mx, total / n,
	       segments(db));
	fflush(stdout);
	free(title);
	free(text);
	free(lat);
	sqlite3_finalize(st);
	sqlite3_finalize(note);
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: bench_search VOCAB DIR [--docs N] [--queries N]"
		                " [--check N] [--rounds N] [--hashsize BYTES] [--reuse 1]"
		                " [--all-langs 1] [--stock 0]"
		                " [--mmap BYTES] [--optimize 1] [--tokenize 1] [--kinds MASK] [--small N]"
		                " [--keep N] [--shift N]\n");
		return 2;
	}
	uint64_t ndocs = 100000;
	int nq = 1000, check = 200, rounds = 2;
	for (int i = 3; i + 1 < argc; i += 2) {
		if (!strcmp(argv[i], "--docs"))
			ndocs = strtoull(argv[i + 1], NULL, 10);
		else if (!strcmp(argv[i], "--queries"))
			nq = atoi(argv[i + 1]);
		else if (!strcmp(argv[i], "--check"))
			check = atoi(argv[i + 1]);
		else if (!strcmp(argv[i], "--rounds"))
			rounds = atoi(argv[i + 1]);
		else if (!strcmp(argv[i], "--hashsize"))
			hashsize = atol(argv[i + 1]);
		else if (!strcmp(argv[i], "--mmap"))
			mmap_size = atoll(argv[i + 1]);
		else if (!strcmp(argv[i], "--optimize"))
			optimize = atoi(argv[i + 1]);
		else if (!strcmp(argv[i], "--stock"))
			with_stock = atoi(argv[i + 1]);
		else if (!strcmp(argv[i], "--all-langs"))
			all_langs = atoi(argv[i + 1]);
		else if (!strcmp(argv[i], "--automerge"))
			automerge = atoi(argv[i + 1]);
		else if (!strcmp(argv[i], "--tokenize"))
			tokenize = atoi(argv[i + 1]);
		else if (!strcmp(argv[i], "--reuse"))
			reuse = atoi(argv[i + 1]);
		else if (!strcmp(argv[i], "--merge-ratio"))
			merge_ratio = atoll(argv[i + 1]);
		else if (!strcmp(argv[i], "--adds"))
			adds = atoi(argv[i + 1]);
		else if (!strcmp(argv[i], "--batch"))
			batch_docs = atoi(argv[i + 1]) > 0 ? atoi(argv[i + 1]) : 20000;
		else if (!strcmp(argv[i], "--merge"))
			merge_mode = atoi(argv[i + 1]);
		else if (!strcmp(argv[i], "--small"))
			small_matches = atoll(argv[i + 1]);
		else if (!strcmp(argv[i], "--shift"))
			block_shift = atoi(argv[i + 1]);
		else if (!strcmp(argv[i], "--keep"))
			keep_rows = atoll(argv[i + 1]);
		else if (!strcmp(argv[i], "--kinds"))
			kinds_mask = atoi(argv[i + 1]);
	}
	ndocs_all = (int64_t)ndocs;
	gen g;
	if (gen_init(&g, argv[1], 42) < 0) {
		fprintf(stderr, "bench: cannot read %s\n", argv[1]);
		return 1;
	}
	char path_mine[1024], path_stock[1024];
	snprintf(path_mine, sizeof path_mine, "%s/receipts-fts.db", argv[2]);
	snprintf(path_stock, sizeof path_stock, "%s/unicode61-fts.db", argv[2]);

	double bytes = 0, c_mine = 1, c_stock = 1;
	if (tokenize) {
		/* an in-memory connection: only its tokenizers are used */
		sqlite3 *db = open_db(":memory:");
		for (int k = 0; k < 2; k++) {
			int64_t ntok;
			bytes = 0;
			double c = tokenize_only(&g, db, !k, ndocs, &ntok, &bytes);
			printf("tokenize only %s: %.1f MB/s of CPU time, %lld tokens\n",
			       k ? "unicode61 remove_diacritics 2" : "receipts (fold+stem)", bytes / 1e6 / c,
			       (long long)ntok);
			fflush(stdout);
		}
		sqlite3_close(db);
		gen_free(&g);
		return 0;
	}

	sqlite3 *mine = open_db(path_mine);
	mine_ctx = search_ctx;
	if (small_matches > 0 || block_shift >= 0)
		rcp__bounds_tune(rcp__search_bounds(mine_ctx), block_shift >= 0 ? block_shift : 8,
		                 small_matches > 0 ? small_matches : 2048);
	if (keep_rows >= 0)
		rcp__bounds_keep(rcp__search_bounds(mine_ctx), (size_t)keep_rows, 3);
	double t_mine = reuse ? 1 : build(&g, mine, 1, ndocs, &bytes, &c_mine);
	if (reuse) {
		printf("corpus: %llu documents, indexes reused from %s (receipts: %d segments)\n",
		       (unsigned long long)ndocs, argv[2], segments(mine));
	} else {
		printf("corpus: %llu documents, %.1f MB (%.2f GiB), languages en 60%% fr 20%%"
		       " es 12%% de 8%%\n",
		       (unsigned long long)ndocs, bytes / 1e6, bytes / (1 << 30));
		printf("index receipts (fold+stem): %.1f MB/s wall (%.1f s), %.1f MB/s of CPU time,"
		       " index file %.0f MB, %d segments\n",
		       bytes / 1e6 / t_mine, t_mine, bytes / 1e6 / c_mine, file_mb(path_mine),
		       segments(mine));
	}
	fflush(stdout);
	sqlite3 *stock = open_db(path_stock);
	if (!reuse && with_stock) {
		double t_stock = build(&g, stock, 0, ndocs, &bytes, &c_stock);
		printf("index unicode61 remove_diacritics 2: %.1f MB/s wall (%.1f s), %.1f MB/s of"
		       " CPU time, index file %.0f MB\n",
		       bytes / 1e6 / t_stock, t_stock, bytes / 1e6 / c_stock, file_mb(path_stock));
		fflush(stdout);
	}
	if (optimize) {
		for (int k = 0; k < 1 + with_stock; k++) {
			sqlite3 *db = k ? stock : mine;
			double t0 = now(), c0 = cpu();
			if (sqlite3_exec(db, "INSERT INTO idx(idx) VALUES ('optimize')", NULL, NULL,
			                 NULL) != SQLITE_OK)
				die(db, "optimize");
			sqlite3_wal_checkpoint_v2(db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
			printf("optimize %s: %.1f s wall, %.1f s of CPU time, index file %.0f MB\n",
			       k ? "unicode61" : "receipts", now() - t0, cpu() - c0,
			       file_mb(k ? path_stock : path_mine));
			fflush(stdout);
		}
	}
	const char *const *kinds = gen_query_kinds;
	for (int kind = 0; kind < GEN_QUERY_KINDS; kind++) {
		if (!(kinds_mask & 1 << kind))
			continue;
		qstats qm = run_queries(&g, mine, 1, kind, nq, rounds);
		char ov[160] = "";
		if (check > 0) {
			int order, matched;
			double o = check_quality(&g, mine, kind, check, &order, &matched);
			snprintf(ov, sizeof ov, "; overlap with exact BM25 top 10 %.1f%% over the first %d"
			         " queries (%d of the %d with matches in the same order)", o * 100, check,
			         order, matched);
		}
		printf("query receipts (top 10, exact), %s: p50 %.3f ms, p99 %.3f ms, mean %.3f ms%s;"
		       " %lld of %d queries ranked by blocks; CPU time p50 %.3f ms, p99 %.3f ms;"
		       " first round p50 %.3f ms, p99 %.3f ms, CPU time p50 %.3f ms, p99 %.3f ms;"
		       " postings summarized %lld in the first round, %lld in the last\n",
		       kinds[kind], qm.p50, qm.p99, qm.mean, ov, (long long)qm.blocks, nq, qm.cpu_p50,
		       qm.cpu_p99, qm.cold_p50, qm.cold_p99, qm.cold_cpu_p50, qm.cold_cpu_p99,
		       (long long)qm.built[0], (long long)qm.built[1]);
		fflush(stdout);
		if (with_stock) {
			qstats qs = run_queries(&g, stock, 0, kind, nq, rounds);
			printf("query unicode61 (ORDER BY rank LIMIT 10), %s: p50 %.3f ms, p99 %.3f ms,"
			       " mean %.3f ms; CPU time p50 %.3f ms, p99 %.3f ms\n",
			       kinds[kind], qs.p50, qs.p99, qs.mean, qs.cpu_p50, qs.cpu_p99);
			fflush(stdout);
		}
	}
	if (adds > 0)
		add_latency(&g, mine, ndocs + 1, adds);
	/* the index is mapped: resident pages of it count in the peak, the
	 * heap (the bounds and rows topk.c keeps, SQLite's caches) apart */
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	struct mallinfo2 mi = mallinfo2();
	printf("memory: peak RSS %.0f MB, heap in use %.0f MB at the end\n", ru.ru_maxrss / 1024.0,
	       (double)mi.uordblks / 1e6);
	char q[256];
	gen_query(&g, 0, q);
	printf("sample queries: '%s'", q);
	for (int i = 1; i < 4; i++) {
		gen_query(&g, (uint64_t)i, q);
		printf(", '%s'", q);
	}
	printf("\n");
	sqlite3_close(mine);
	sqlite3_close(stock);
	gen_free(&g);
	return 0;
}
