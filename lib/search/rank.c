/*
 * rank.c — rcp_rank(), the BM25 ranking function of the search index,
 * and rcp_tf(), what bounds it (topk.c).
 *
 *   rcp_rank(source_fts, lo, hi, w0, w1, ...[, df])
 *
 * Okapi BM25 (k1 = 1.2, b = 0.75) with per-column weights w0, w1, ...,
 * negated as FTS5's bm25() is (lower is better), computed as bm25()
 * computes it, operation for operation, so that the two give the same
 * doubles. lo and hi are kept for the callers written when the document
 * frequency of a frequent phrase was estimated; they are ignored.
 *
 * The document frequency behind each phrase's IDF is what bm25() costs:
 * it counts every row each phrase matches, once per query. The optional
 * last argument df, a pointer bound as "rcp_rank_df" (rcp_rank_df), gives
 * them instead: topk.c knows the frequency of each token it keeps bounds
 * for, and evaluates a query a block of rowids at a time, so a count per
 * statement would cost a pass over each doclist per block. A phrase whose
 * df is negative is counted. rcp_rank writes the row count and average
 * length it used back into df, which the bounds must use too, and gives
 * NULL for a row df's skip function says cannot rank.
 *
 *   rcp_tf(source_fts, w0, w1, ...)
 *
 * The row's length in tokens and weighted frequency of each phrase (a
 * blob, see tf_fn): what topk.c bounds the scores of a block of rowids by.
 *
 * Document lengths come from search_doclen (doclen.c) where it notes
 * them, a blob read per 1,024 sources, kept per connection until the
 * database changes; from FTS5's xColumnSize otherwise (a seek per row).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define K1 1.2
#define B 0.75
#define MAX_COLS 8

typedef struct rank_data {
	int nphrase;
	double avgdl;
	double *idf;  /* per phrase */
	double *freq; /* per phrase, scratch for the current row */
	int ncol;     /* columns weighted, and their weights: read on the */
	double w[MAX_COLS]; /* first row, as bm25() reads them */
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

static int count_cb(const Fts5ExtensionApi *api, Fts5Context *fts, void *ctx)
{
	(void)api;
	(void)fts;
	++*(int64_t *)ctx;
	return SQLITE_OK;
}

double rcp__bm25_idf(int64_t rows, double df)
{
	/* as FTS5's bm25() */
	double idf = log(((double)rows - df + 0.5) / (df + 0.5));
	return idf <= 0.0 ? 1e-6 : idf;
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

static int rank_data_new(const Fts5ExtensionApi *api, Fts5Context *fts, rcp_rank_df *given,
                         rank_data **out)
{
	sqlite3_int64 rows = 0, tokens = 0;
	int rc = api->xRowCount(fts, &rows);
	if (rc == SQLITE_OK)
		rc = api->xColumnTotalSize(fts, -1, &tokens);
	if (rc != SQLITE_OK)
		return rc;
	rank_data *d = rcp__xcalloc(1, sizeof *d);
	d->nphrase = api->xPhraseCount(fts);
	doclen_check(api->xUserData(fts));
	d->avgdl = (double)tokens / (double)rows; /* as bm25() */
	if (given && given->nphrase != d->nphrase)
		given = NULL; /* not this query's */
	d->idf = rcp__xcalloc((size_t)d->nphrase + 1, sizeof *d->idf);
	d->freq = rcp__xcalloc((size_t)d->nphrase + 1, sizeof *d->freq);
	for (int i = 0; i < d->nphrase; i++) {
		int64_t df = 0;
		if (given && given->df[i] >= 0) {
			df = given->df[i];
		} else if ((rc = api->xQueryPhrase(fts, i, &df, count_cb)) != SQLITE_OK) {
			rank_data_free(d);
			return rc;
		}
		d->idf[i] = rcp__bm25_idf(rows, (double)df);
	}
	if (given) {
		given->rows = rows;
		given->avgdl = d->avgdl;
	}
	*out = d;
	return SQLITE_OK;
}

/* The length in tokens of the current row, as BM25 counts it. */
static int row_length(const Fts5ExtensionApi *api, Fts5Context *fts, rank_data *d, int *len)
{
	unsigned code = doclen_get(api->xUserData(fts), &d->lens, api->xRowid(fts));
	if (code && code < 65535) {
		*len = (int)code - 1;
		return SQLITE_OK;
	}
	return api->xColumnSize(fts, -1, len);
}

/* The weighted frequency of each phrase in the current row, into d->freq;
 * weights from val[first..nval). */
static int row_freq(const Fts5ExtensionApi *api, Fts5Context *fts, rank_data *d, int first,
                    int nval, sqlite3_value **val)
{
	if (!d->ncol) {
		d->ncol = api->xColumnCount(fts);
		for (int c = 0; c < MAX_COLS; c++)
			d->w[c] = c + first < nval ? sqlite3_value_double(val[c + first]) : 1.0;
	}
	int ncol = d->ncol;
	const double *w = d->w;
	memset(d->freq, 0, (size_t)d->nphrase * sizeof *d->freq);
	int ninst = 0, rc;
	if ((rc = api->xInstCount(fts, &ninst)) != SQLITE_OK)
		return rc;
	for (int i = 0; i < ninst; i++) {
		int ph, col, off;
		if ((rc = api->xInst(fts, i, &ph, &col, &off)) != SQLITE_OK)
			return rc;
		if (ph >= 0 && ph < d->nphrase)
			d->freq[ph] += col >= 0 && col < ncol && col < MAX_COLS ? w[col] : 1.0;
	}
	return SQLITE_OK;
}

static void rank_fn(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx,
                    int nval, sqlite3_value **val)
{
	rcp_rank_df *given = nval > 0 ? sqlite3_value_pointer(val[nval - 1], "rcp_rank_df") : NULL;
	if (given)
		nval--; /* not a weight */
	rank_data *d = api->xGetAuxdata(fts, 0);
	int rc = SQLITE_OK;
	if (!d) {
		if ((rc = rank_data_new(api, fts, given, &d)) == SQLITE_OK)
			rc = api->xSetAuxdata(fts, d, rank_data_free);
		if (rc != SQLITE_OK) {
			sqlite3_result_error_code(ctx, rc);
			return;
		}
	}
	if (given && given->skip && given->skip(given->skip_ctx, api->xRowid(fts))) {
		sqlite3_result_null(ctx);
		return;
	}
	int len = 0;
	if ((rc = row_freq(api, fts, d, 2, nval, val)) != SQLITE_OK ||
	    (rc = row_length(api, fts, d, &len)) != SQLITE_OK) {
		sqlite3_result_error_code(ctx, rc);
		return;
	}
	/* bm25()'s expression, term for term */
	double score = 0;
	for (int i = 0; i < d->nphrase; i++)
		score += d->idf[i] * ((d->freq[i] * (K1 + 1.0)) /
		                      (d->freq[i] + K1 * (1 - B + B * (double)len / d->avgdl)));
	sqlite3_result_double(ctx, -1.0 * score);
}

static void tf_fn(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nval,
                  sqlite3_value **val)
{
	rank_data *d = api->xGetAuxdata(fts, 0);
	int rc;
	if (!d) {
		d = rcp__xcalloc(1, sizeof *d);
		d->nphrase = api->xPhraseCount(fts);
		d->idf = rcp__xcalloc((size_t)d->nphrase + 1, sizeof *d->idf);
		d->freq = rcp__xcalloc((size_t)d->nphrase + 1, sizeof *d->freq);
		doclen_check(api->xUserData(fts));
		if ((rc = api->xSetAuxdata(fts, d, rank_data_free)) != SQLITE_OK) {
			sqlite3_result_error_code(ctx, rc);
			return;
		}
	}
	int len = 0;
	if ((rc = row_freq(api, fts, d, 0, nval, val)) != SQLITE_OK ||
	    (rc = row_length(api, fts, d, &len)) != SQLITE_OK) {
		sqlite3_result_error_code(ctx, rc);
		return;
	}
	/* little-endian: the length (32 bits), then each phrase's weighted
	 * frequency (16 bits, 65535: that or more, or not whole) */
	size_t n = 4 + 2 * (size_t)d->nphrase;
	unsigned char *b = sqlite3_malloc64(n);
	if (!b) {
		sqlite3_result_error_nomem(ctx);
		return;
	}
	uint32_t l = len < 0 ? 0 : (uint32_t)len;
	for (int i = 0; i < 4; i++)
		b[i] = (unsigned char)(l >> (8 * i));
	for (int i = 0; i < d->nphrase; i++) {
		/* 65535 also for a frequency that is not a whole number
		 * (weights that are not): a bound, never taken as exact */
		double f = ceil(d->freq[i]);
		unsigned v = f > 65535 || f != d->freq[i] ? 65535 : (unsigned)f;
		b[4 + 2 * i] = (unsigned char)(v & 0xFF);
		b[5 + 2 * i] = (unsigned char)(v >> 8);
	}
	sqlite3_result_blob(ctx, b, (int)n, sqlite3_free);
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
	/* c is rcp_rank's to free; rcp_tf shares it */
	if (api->xCreateFunction(api, "rcp_tf", c, tf_fn, NULL) != SQLITE_OK)
		return rcp__error_db(err, db, "cannot register the search ranking");
	return rcp__search_register_doclen(db, err);
}
