/*
 * rank.c — rcp_rank(), the BM25 ranking function of the search index.
 *
 *   rcp_rank(source_fts, lo, hi, w0, w1, ...)
 *
 * Okapi BM25 (k1 = 1.2, b = 0.75) with per-column weights w0, w1, ...,
 * negated as FTS5's bm25() is (lower is better). It differs from FTS5's
 * bm25() in one place: the document frequency behind each phrase's IDF.
 * bm25() counts every row a phrase matches, once per query, so a query
 * holding a frequent word costs a pass over that word's whole doclist
 * however few rows are then scored. rcp_rank() counts at most
 * DF_EXACT matches of a phrase; past that it estimates the frequency from
 * how far into the rowid range [lo, hi] those matches reached, counted
 * from the first match (rowids are source ids, in order of arrival). A frequent word's IDF is
 * small and flat, so the estimate moves scores little, and the count
 * stays exact where it matters: for the rare words that make a query.
 * lo and hi may be NULL: the range is then taken as 1..rows.
 *
 * Document lengths come from search_doclen (doclen.c) where it notes
 * them, a blob read per 1,024 sources, kept per connection until the
 * database changes; from FTS5's xColumnSize otherwise (a seek per row).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define DF_EXACT 512 /* matches of a phrase counted before estimating */
#define K1 1.2
#define B 0.75
#define MAX_COLS 8

typedef struct rank_data {
	int nphrase;
	double avgdl;
	double *idf;  /* per phrase */
	double *freq; /* per phrase, scratch for the current row */
	sqlite3_stmt *lens; /* reads a search_doclen blob (doclen_get) */
} rank_data;

/* Per connection: the search_doclen blobs read so far, decoded. */
typedef struct doclen_cache {
	sqlite3 *db;
	int absent;       /* no search_doclen: every length from xColumnSize */
	int version;      /* SQLITE_FCNTL_DATA_VERSION when the blobs were read */
	sqlite3_int64 changes; /* and sqlite3_total_changes64() */
	uint16_t **chunk; /* by chunk number; NULL: not read yet */
	size_t nchunk;
} doclen_cache;

static const uint16_t no_lengths[RCP_DOCLEN_DOCS]; /* a chunk not in the table */

static void doclen_clear(doclen_cache *c)
{
	for (size_t i = 0; i < c->nchunk; i++)
		if (c->chunk[i] != no_lengths)
			free(c->chunk[i]);
	free(c->chunk);
	c->chunk = NULL;
	c->nchunk = 0;
}

static void doclen_free(void *p)
{
	doclen_cache *c = p;
	if (!c)
		return;
	doclen_clear(c);
	free(c);
}

/* Drop what was read if the database changed since (a commit by any
 * connection, or a change by this one). */
static void doclen_check(doclen_cache *c)
{
	int v = 0;
	sqlite3_file_control(c->db, "main", SQLITE_FCNTL_DATA_VERSION, &v);
	sqlite3_int64 n = sqlite3_total_changes64(c->db);
	if (v != c->version || n != c->changes) {
		doclen_clear(c);
		c->absent = 0; /* the table may have been made since */
		c->version = v;
		c->changes = n;
	}
}

/* The noted length code of row id: tokens + 1, or 0 when not noted. *st
 * is the query's statement that reads a blob, prepared on first use and
 * finalized with the query's rank_data (a statement kept past the query
 * would keep the connection from closing). */
static unsigned doclen_get(doclen_cache *c, sqlite3_stmt **st, int64_t id)
{
	if (c->absent || id < 0)
		return 0;
	size_t k = (size_t)(id >> RCP_DOCLEN_SHIFT);
	if (k >= c->nchunk) {
		size_t n = c->nchunk ? c->nchunk : 64;
		while (n <= k)
			n *= 2;
		uint16_t **p = realloc(c->chunk, n * sizeof *p);
		if (!p)
			return 0;
		memset(p + c->nchunk, 0, (n - c->nchunk) * sizeof *p);
		c->chunk = p;
		c->nchunk = n;
	}
	if (!c->chunk[k]) {
		if (!*st && sqlite3_prepare_v2(c->db, "SELECT lens FROM search_doclen WHERE chunk = ?1",
		                               -1, st, NULL) != SQLITE_OK) {
			c->absent = 1; /* an index without the table (tests, older files) */
			return 0;
		}
		sqlite3_bind_int64(*st, 1, (sqlite3_int64)k);
		uint16_t *lens = (uint16_t *)no_lengths;
		if (sqlite3_step(*st) == SQLITE_ROW &&
		    sqlite3_column_bytes(*st, 0) == RCP_DOCLEN_BYTES) {
			const unsigned char *b = sqlite3_column_blob(*st, 0);
			lens = malloc(RCP_DOCLEN_BYTES);
			if (lens)
				for (int i = 0; i < RCP_DOCLEN_DOCS; i++)
					lens[i] = (uint16_t)(b[2 * i] | b[2 * i + 1] << 8);
			else
				lens = (uint16_t *)no_lengths;
		}
		sqlite3_reset(*st);
		c->chunk[k] = lens;
	}
	return c->chunk[k][id & (RCP_DOCLEN_DOCS - 1)];
}

typedef struct df_count {
	int64_t n, first, last;
} df_count;

static int count_cb(const Fts5ExtensionApi *api, Fts5Context *fts, void *ctx)
{
	df_count *c = ctx;
	if (c->n++ == 0)
		c->first = api->xRowid(fts);
	if (c->n < DF_EXACT)
		return SQLITE_OK;
	c->last = api->xRowid(fts);
	return SQLITE_DONE;
}

static void rank_data_free(void *p)
{
	rank_data *d = p;
	if (!d)
		return;
	free(d->idf);
	free(d->freq);
	sqlite3_finalize(d->lens);
	free(d);
}

/* The estimated number of rows phrase i matches, of rows in [lo, hi]. */
static int phrase_df(const Fts5ExtensionApi *api, Fts5Context *fts, int i, int64_t rows,
                     int64_t lo, int64_t hi, double *df)
{
	df_count c = {0, 0, 0};
	int rc = api->xQueryPhrase(fts, i, &c, count_cb);
	if (rc != SQLITE_OK)
		return rc;
	if (c.n < DF_EXACT || hi <= lo) {
		*df = (double)c.n;
		return SQLITE_OK;
	}
	/* DF_EXACT matches between rowids c.first and c.last: scale to the
	 * rows from the first match on (a word that came into the news late
	 * is as frequent in the rows since as its first matches say) */
	if (c.first > lo)
		lo = c.first;
	double covered = (double)(c.last - lo + 1) / (double)(hi - lo + 1);
	if (covered <= 0 || covered > 1)
		covered = 1;
	double est = (double)c.n / covered;
	*df = est > (double)rows ? (double)rows : est;
	return SQLITE_OK;
}

static int rank_data_new(const Fts5ExtensionApi *api, Fts5Context *fts, int64_t lo, int64_t hi,
                         rank_data **out)
{
	sqlite3_int64 rows = 0, tokens = 0;
	int rc = api->xRowCount(fts, &rows);
	if (rc == SQLITE_OK)
		rc = api->xColumnTotalSize(fts, -1, &tokens);
	if (rc != SQLITE_OK)
		return rc;
	if (lo <= 0 && hi <= 0) {
		lo = 1;
		hi = rows;
	}
	rank_data *d = rcp__xcalloc(1, sizeof *d);
	d->nphrase = api->xPhraseCount(fts);
	doclen_check(api->xUserData(fts));
	d->avgdl = rows > 0 ? (double)tokens / (double)rows : 1.0;
	if (d->avgdl <= 0)
		d->avgdl = 1.0;
	d->idf = rcp__xcalloc((size_t)d->nphrase + 1, sizeof *d->idf);
	d->freq = rcp__xcalloc((size_t)d->nphrase + 1, sizeof *d->freq);
	for (int i = 0; i < d->nphrase; i++) {
		double df;
		if ((rc = phrase_df(api, fts, i, rows, lo, hi, &df)) != SQLITE_OK) {
			rank_data_free(d);
			return rc;
		}
		double idf = log(((double)rows - df + 0.5) / (df + 0.5));
		d->idf[i] = idf > 1e-6 ? idf : 1e-6;
	}
	*out = d;
	return SQLITE_OK;
}

static void rank_fn(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx,
                    int nval, sqlite3_value **val)
{
	rank_data *d = api->xGetAuxdata(fts, 0);
	int rc = SQLITE_OK;
	if (!d) {
		int64_t lo = nval > 0 ? sqlite3_value_int64(val[0]) : 0;
		int64_t hi = nval > 1 ? sqlite3_value_int64(val[1]) : 0;
		if ((rc = rank_data_new(api, fts, lo, hi, &d)) == SQLITE_OK)
			rc = api->xSetAuxdata(fts, d, rank_data_free);
		if (rc != SQLITE_OK) {
			sqlite3_result_error_code(ctx, rc);
			return;
		}
	}
	double w[MAX_COLS];
	int ncol = api->xColumnCount(fts);
	for (int c = 0; c < MAX_COLS; c++)
		w[c] = c + 2 < nval ? sqlite3_value_double(val[c + 2]) : 1.0;
	memset(d->freq, 0, (size_t)d->nphrase * sizeof *d->freq);
	int ninst = 0;
	if ((rc = api->xInstCount(fts, &ninst)) != SQLITE_OK) {
		sqlite3_result_error_code(ctx, rc);
		return;
	}
	for (int i = 0; i < ninst; i++) {
		int ph, col, off;
		if ((rc = api->xInst(fts, i, &ph, &col, &off)) != SQLITE_OK) {
			sqlite3_result_error_code(ctx, rc);
			return;
		}
		if (ph >= 0 && ph < d->nphrase)
			d->freq[ph] += col >= 0 && col < ncol && col < MAX_COLS ? w[col] : 1.0;
	}
	int len = 0;
	unsigned code = doclen_get(api->xUserData(fts), &d->lens, api->xRowid(fts));
	if (code && code < 65535)
		len = (int)code - 1;
	else if ((rc = api->xColumnSize(fts, -1, &len)) != SQLITE_OK) {
		sqlite3_result_error_code(ctx, rc);
		return;
	}
	double norm = K1 * (1 - B + B * (double)len / d->avgdl), score = 0;
	for (int i = 0; i < d->nphrase; i++)
		if (d->freq[i] > 0)
			score += d->idf[i] * d->freq[i] * (K1 + 1) / (d->freq[i] + norm);
	sqlite3_result_double(ctx, -score);
}

rcp_status rcp__search_register_rank(fts5_api *api, sqlite3 *db, rcp_error *err)
{
	doclen_cache *c = rcp__xcalloc(1, sizeof *c);
	c->db = db;
	c->version = -1;
	/* c lives until the connection closes (doclen_free) */
	if (api->xCreateFunction(api, "rcp_rank", c, rank_fn, doclen_free) != SQLITE_OK) {
		free(c); /* FTS5 keeps nothing of a function it could not add */
		return rcp__error_db(err, db, "cannot register the search ranking");
	}
	return rcp__search_register_doclen(db, err);
}
