/*
 * topk.c — the k best matches of a query by BM25, exactly, without a
 * score for every match.
 *
 * A frequent word matches a large share of the index, and ranking its
 * matches by scoring each costs a pass over its whole doclist. Lucene and
 * Xapian skip instead the documents that cannot enter the top k, from an
 * upper bound on each term's score (WAND, block-max WAND, MaxScore).
 * FTS5 keeps no such bound, so this file keeps one, per connection, for
 * each query word it looks up (the OR of forms rcp__search_parse writes):
 * each form's document frequency and, per block of 2^BLOCK_SHIFT
 * consecutive rowids, the rows of the block no other beats on both counts
 * (more of the form, and shorter), plus the rows holding two forms. They
 * are read once through the word's doclist (rcp_tf()) and extended when
 * the index grows (sources are only ever added, so rowids past the last
 * one summarized are all that is new); past MAX_BLOCKS, held by all the
 * process's connections together, the words used longest ago are dropped.
 *
 * BM25's term score idf * f (k1 + 1) / (f + k1 (1 - b + b len / avgdl))
 * grows with f and shrinks with len, so the best of those rows bounds the
 * score of every row of one form in the block, whatever avgdl is; a row
 * of several forms is bounded by their sum. A block's bound is the sum of
 * its words' bounds; a block where a word of an AND query has none of its
 * forms holds no match. Blocks are read best bound first, each with the
 * query's own statement limited to its rowids (and to the blocks after it
 * that would be read next anyway), until the k-th best score found is
 * above the best bound left. A statement costs a seek per phrase and index
 * segment, so when the blocks that can still rank would cost more than one
 * pass over the matches (or those read have cost that, or the first few
 * statements found fewer than k matches), that pass is made instead, and
 * rcp_rank() skips unscored the rows of blocks read or unable to rank
 * (rcp_rank_df.skip). Either way no row that can enter the top k is left
 * unscored, so the result is the exact top k (ties go to the higher rowid,
 * as rcp__search_rank sorts), not an approximation. Bounds are computed
 * with the row count and average length rcp_rank() reports back, and
 * recomputed if the first guess (the last query's) was not them; they are
 * raised by a relative 1e-9 against rounding.
 *
 * A word of at most POSTINGS rows keeps the rows themselves too (rowid,
 * length, frequency of each form: what rcp_tf() gave), 6 bytes a row and
 * one a form, counted in the budget by their size (a row that does not
 * fit, a rowid past 32 bits, a length past 16 or a frequency past 8,
 * keeps none of the word's). A short query's time is
 * mostly its statements, not its matches (FTS5 seeks each phrase in each
 * segment: see bench/README.md), so an AND of words that all keep their rows is
 * ranked from them with no statement: their rows intersected and scored
 * by rcp_rank()'s expression, term for term, with the row count and
 * average length rcp_rank() last ranked by in this snapshot (kept with
 * the data version, trusted only inside a read transaction; otherwise
 * one statement on one row gives them, and its score must be the kept
 * rows' to the bit, or the query is ranked as below). Only for a plain
 * statement: a filter (language, dates) would drop rows the kept ones
 * hold. An AND where some words keep their rows and others do not can
 * match only those rows in blocks where the others have one: none means
 * no match, with no statement; otherwise the statements read only
 * between the first and last of them, and blocks without one count as
 * read.
 *
 * A quoted phrase, or a word FTS5 splits into several tokens, is known
 * as a word of one form would be: rcp_tf() reads the rows its text
 * matches (xInst counts the phrase's instances in a row, as bm25() does),
 * which give its document frequency, bounds and kept rows. Its key holds
 * the query tokenizer's languages (rcp__bounds_langs), which decide what
 * the text matches. A query with few matches (by the frequencies, at
 * most SMALL), or with a prefix, is scored in one pass over every match,
 * still exactly: rcp_rank() then counts the frequency of the phrases it
 * is not given.
 */
#include <math.h>
#include <stdio.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define BLOCK_SHIFT 8    /* a block: 256 rowids (rcp__bounds_tune) */
#define SMALL 2048       /* matches (by the frequencies) scored in one pass */
/* blocks kept (about 20 bytes each) by the bounds of all the process's
 * connections together: about 160 MiB, the summaries of the frequent
 * words of a few thousand queries on a 1M index (bench/search: its three
 * sets of a thousand overran 4M blocks), so that they are read once, not
 * again every few queries. The budget is the process's, not a
 * connection's: the web server keeps up to 64 idle connections, each with
 * its own bounds, and 64 budgets of this size would be 10 GiB. A
 * connection that finds the total past it drops its words used longest
 * ago until the total is an eighth under it (bounds_shrink; slower,
 * still exact). */
#define MAX_BLOCKS (1u << 23)
#define K1 1.2
#define B 0.75
#define SLACK 1e-9
/* a statement a block against a pass over the matches, for a query of
 * two phrases (a word of two forms): on the bench's 1M index (not
 * optimized) 30 gave the lowest p99 of 10, 30, 100 and 1000. A statement
 * seeks each phrase in each segment, so it costs in proportion: a query
 * of three such words, 90 */
#define STMT_ROWS 30
/* statements read, best bound first, before a pass over all the matches
 * is considered (rcp__search_topk) */
#define FILL_STMTS 4
/* rows of a word kept with its bounds, each with its length and
 * frequencies: an AND of words that all have them is ranked from them
 * (post_rank), an AND with one of them read only where its rows are
 * (post_candidates, post_probe) */
#define POSTINGS 8192

/* A row of a block, or a bound on several: its weighted frequency of the
 * token, rounded up (65535: that or more), and its length in tokens (at
 * most 65535). */
typedef struct post_point {
	uint16_t f, len;
} post_point;

/* A block's rows that no other row of it beats on both counts (more of
 * the token, and shorter): the score of every row of the block is at
 * most the best of theirs, for any avgdl. Past MAX_POINTS they are
 * replaced by one point, the greatest f and the shortest length. */
#define MAX_POINTS 6
typedef struct post_block {
	uint32_t block;
	uint32_t first; /* its points: pt[first] up to the next block's first */
} post_block;

/* The postings of one form of a word, by block. */
typedef struct form_blocks {
	int64_t df;
	post_block *b;
	size_t nb, cap;
	post_point *pt;
	size_t npt, ptcap;
} form_blocks;

/* What is known of a query word: its forms (the tokens of the OR
 * rcp__search_parse writes), each form's postings, and the rows that hold
 * two forms or more, whose bound is the sum of theirs rather than the
 * greatest (a row of one form has its score bounded by that form's
 * points; "billion" and "billions" in one row add up). */
typedef struct word_stats {
	char *key; /* the forms, each ended by '\n' */
	int nforms;
	int64_t upto; /* rowids up to here are summarized */
	int64_t rows; /* rows holding a form */
	form_blocks *fb;
	uint32_t *mblock; /* rows of several forms: block, length, f of each form */
	uint16_t *mlen, *mf;
	size_t nm, mcap;
	/* the rows themselves while there are at most POSTINGS: rowid,
	 * length and the frequency of each form (nforms a row), ascending,
	 * 6 + nforms bytes a row */
	uint32_t *prow;
	uint16_t *plen;
	uint8_t *pf;
	size_t np, pcap;
	int nopost; /* more rows than that, or one that does not fit */
	uint64_t used;           /* rcp_bounds.clock when a query last used it */
	struct word_stats *next; /* in the hash chain */
} word_stats;

/* blocks held by every connection's bounds (MAX_BLOCKS) */
static size_t held_all;

struct rcp_bounds {
	word_stats **slot;
	size_t nslot, n;
	size_t blocks;          /* held, all tokens */
	sqlite3_int64 changes;  /* sqlite3_total_changes64 when last used */
	int64_t rows;           /* what rcp_rank() last ranked by: the first guess */
	double avgdl;
	int shift;              /* a block is 1 << shift rowids */
	uint64_t clock;         /* queries ranked: the words' age (bounds_shrink) */
	size_t max;             /* blocks this connection may hold (MAX_BLOCKS) */
	int64_t small;          /* matches scored in one pass */
	size_t keep;            /* a word's rows kept while at most this many */
	/* an AND's candidates are probed (post_probe) while their seeks are
	 * at most this many times the AND's statement's: a statement costs
	 * more than its seeks (it walks the frequent words between the
	 * candidates); 3 gave the lowest by-frequency p50 at 1M of 1 and 3 */
	size_t probes;
	/* the query tokenizer's languages (rcp__bounds_langs): a phrase's
	 * key holds them, as they decide the rows its text matches */
	char langs[48];
	/* what rcp_rank() ranked by (rows > 0: known) in the snapshot of data
	 * version `version` (this connection's writes clear it, with the
	 * bounds) */
	struct {
		int64_t rows;
		double avgdl;
		int version;
	} totals;
};

rcp_bounds *rcp__bounds_new(void)
{
	rcp_bounds *b = rcp__xcalloc(1, sizeof *b);
	b->nslot = 256;
	b->slot = rcp__xcalloc(b->nslot, sizeof *b->slot);
	b->changes = -1;
	b->shift = BLOCK_SHIFT;
	b->small = SMALL;
	b->max = MAX_BLOCKS;
	b->keep = POSTINGS;
	b->probes = 3;
	return b;
}

static void word_free(word_stats *w)
{
	for (int i = 0; i < w->nforms; i++) {
		free(w->fb[i].b);
		free(w->fb[i].pt);
	}
	free(w->fb);
	free(w->mblock);
	free(w->mlen);
	free(w->mf);
	free(w->prow);
	free(w->plen);
	free(w->pf);
	free(w->key);
	free(w);
}

/* what w holds, in blocks (about 20 bytes each; a row kept, 6 + nforms) */
static size_t word_blocks(const word_stats *w)
{
	size_t n = w->nm + (w->np * (6 + (size_t)w->nforms) + 19) / 20;
	for (int i = 0; i < w->nforms; i++)
		n += w->fb[i].nb;
	return n;
}

/* Note that b holds n more blocks (or fewer, n negative). */
static void held_add(rcp_bounds *b, ptrdiff_t n)
{
	b->blocks = (size_t)((ptrdiff_t)b->blocks + n);
	__atomic_add_fetch(&held_all, (size_t)n, __ATOMIC_RELAXED);
}

static size_t held_total(void)
{
	return __atomic_load_n(&held_all, __ATOMIC_RELAXED);
}

static void bounds_clear(rcp_bounds *b)
{
	for (size_t i = 0; i < b->nslot; i++) {
		word_stats *s = b->slot[i], *next;
		for (; s; s = next) {
			next = s->next;
			word_free(s);
		}
		b->slot[i] = NULL;
	}
	b->n = 0;
	held_add(b, -(ptrdiff_t)b->blocks);
	b->totals.rows = 0;
}

static int by_use(const void *a, const void *b)
{
	uint64_t x = (*(word_stats *const *)a)->used, y = (*(word_stats *const *)b)->used;
	return x < y ? -1 : x > y;
}

/* Drop the words used longest ago until the process holds an eighth
 * less than MAX_BLOCKS and b an eighth less than its own budget: a cache
 * that keeps what the last queries used (the words of a user's session,
 * the bench's current set). Dropping half of b at once, as before, made
 * the words of the last queries but one be read again: with the rows of
 * small words kept too, the bench's third set went past the budget in
 * its first round and read 1.35M postings twice (bench/README.md). */
static void bounds_shrink(rcp_bounds *b)
{
	size_t total = held_total(), excess = 0, n = 0;
	if (total > MAX_BLOCKS - MAX_BLOCKS / 8)
		excess = total - (MAX_BLOCKS - MAX_BLOCKS / 8);
	if (b->blocks > b->max - b->max / 8 && b->blocks - (b->max - b->max / 8) > excess)
		excess = b->blocks - (b->max - b->max / 8);
	size_t keep = b->blocks > excess ? b->blocks - excess : 0;
	word_stats **all = rcp__xmalloc((b->n + 1) * sizeof *all);
	for (size_t i = 0; i < b->nslot; i++)
		for (word_stats *s = b->slot[i]; s; s = s->next)
			all[n++] = s;
	qsort(all, n, sizeof *all, by_use);
	size_t drop = 0;
	for (size_t blocks = b->blocks; drop < n && blocks > keep; drop++)
		blocks -= word_blocks(all[drop]);
	/* unlink them: a dropped word's used is at most the last one's */
	uint64_t last = drop ? all[drop - 1]->used : 0;
	for (size_t i = 0; drop && i < b->nslot; i++) {
		word_stats **pp = &b->slot[i];
		while (*pp) {
			word_stats *s = *pp;
			if (s->used <= last && drop) {
				*pp = s->next;
				held_add(b, -(ptrdiff_t)word_blocks(s));
				word_free(s);
				b->n--;
				drop--;
			} else {
				pp = &s->next;
			}
		}
	}
	free(all);
}

void rcp__bounds_free(rcp_bounds *b)
{
	if (!b)
		return;
	bounds_clear(b);
	free(b->slot);
	free(b);
}

void rcp__bounds_tune(rcp_bounds *b, int shift, int64_t small)
{
	bounds_clear(b);
	b->shift = shift < 0 ? 0 : shift > 20 ? 20 : shift;
	b->small = small;
}

void rcp__bounds_budget(rcp_bounds *b, size_t max)
{
	b->max = max;
}

void rcp__bounds_keep(rcp_bounds *b, size_t rows, size_t probes)
{
	bounds_clear(b);
	b->keep = rows;
	b->probes = probes;
}

void rcp__bounds_langs(rcp_bounds *b, const char *lang, unsigned mask)
{
	snprintf(b->langs, sizeof b->langs, "%s/%x", lang ? lang : "", mask);
}

static size_t hash_token(const char *s)
{
	size_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static void grow(rcp_bounds *b)
{
	size_t n = b->nslot * 2;
	word_stats **slot = rcp__xcalloc(n, sizeof *slot);
	for (size_t i = 0; i < b->nslot; i++) {
		word_stats *s = b->slot[i], *next;
		for (; s; s = next) {
			next = s->next;
			size_t h = hash_token(s->key) & (n - 1);
			s->next = slot[h];
			slot[h] = s;
		}
	}
	free(b->slot);
	b->slot = slot;
	b->nslot = n;
}

/* The stats of the word whose forms are key (each ended by '\n'). */
static word_stats *stats_find(rcp_bounds *b, const char *key, int nforms)
{
	size_t h = hash_token(key) & (b->nslot - 1);
	for (word_stats *s = b->slot[h]; s; s = s->next)
		if (!strcmp(s->key, key))
			return s;
	if (b->n >= b->nslot)
		grow(b);
	h = hash_token(key) & (b->nslot - 1);
	word_stats *s = rcp__xcalloc(1, sizeof *s);
	s->key = rcp__xstrdup(key);
	s->nforms = nforms;
	s->fb = rcp__xcalloc((size_t)nforms, sizeof *s->fb);
	s->next = b->slot[h];
	b->slot[h] = s;
	b->n++;
	return s;
}

/* Put text quoted for FTS5 ("" for a quote) into m; verbatim: marked to
 * pass the tokenizer as it is (a form), else tokenized (a phrase). */
static void put_quoted(rcp_buf *m, const char *text, size_t n, int verbatim)
{
	rcp__buf_putc(m, '"');
	if (verbatim)
		rcp__buf_putc(m, RCP_TOK_VERBATIM);
	for (size_t i = 0; i < n; i++) {
		if (text[i] == '"')
			rcp__buf_putc(m, '"');
		rcp__buf_putc(m, text[i]);
	}
	rcp__buf_putc(m, '"');
}

/* A phrase's key: PHRASE_KEY, the tokenizer's languages, PHRASE_KEY, its
 * text, '\n' (a word's key is its forms, each ended by '\n'; a form
 * never begins with a control byte). */
#define PHRASE_KEY '\2'

/* The forms of key as an FTS5 OR, each marked to pass the tokenizer as
 * it is; a phrase's text as FTS5 tokenizes it. */
static char *match_forms(const char *key)
{
	rcp_buf m;
	rcp__buf_init(&m, 0);
	rcp__buf_putc(&m, '(');
	if (*key == PHRASE_KEY) {
		const char *text = strchr(key + 1, PHRASE_KEY) + 1;
		put_quoted(&m, text, strcspn(text, "\n"), 0);
		key = ""; /* no forms */
	}
	for (const char *p = key; *p; p++) {
		if (p != key)
			rcp__buf_append(&m, " OR ", 4);
		rcp__buf_putc(&m, '"');
		rcp__buf_putc(&m, RCP_TOK_VERBATIM);
		for (; *p != '\n'; p++) {
			if (*p == '"')
				rcp__buf_putc(&m, '"');
			rcp__buf_putc(&m, *p);
		}
		rcp__buf_putc(&m, '"');
	}
	rcp__buf_putc(&m, ')');
	size_t len;
	return rcp__buf_detach(&m, &len);
}

/* The query q, an AND of words, written with only the forms that some
 * row holds (df[i] > 0), as FTS5 numbers its phrases: into *kept the
 * document frequency of each phrase kept. A made-up or foreign word's
 * stems in the index's other languages are mostly in no row ("vudo" OR
 * "vud"), and FTS5 looks every phrase up in every segment of the index
 * for each statement; a phrase no row holds adds exactly 0 to a row's
 * BM25, so the scores are the same doubles. NULL when every form is
 * held: q as it is. */
static char *held_forms(const rcp_query *q, const int64_t *df, int64_t *kept, int *nkept)
{
	size_t np = q->nphrases, held = 0;
	for (size_t i = 0; i < np; i++)
		held += df[i] > 0;
	if (held == np)
		return NULL;
	rcp_buf m;
	rcp__buf_init(&m, 0);
	int n = 0;
	for (size_t i = 0; i < np;) {
		int w = q->phrases[i].term, nf = 0;
		size_t j = i;
		for (; j < np && q->phrases[j].term == w; j++)
			nf += df[j] > 0;
		if (i)
			rcp__buf_append(&m, " AND ", 5);
		if (nf > 1)
			rcp__buf_putc(&m, '(');
		for (int f = 0; i < j; i++) {
			if (df[i] <= 0)
				continue;
			if (f++)
				rcp__buf_append(&m, " OR ", 4);
			const rcp_query_phrase *ph = &q->phrases[i];
			const char *t = ph->token ? ph->token : ph->text;
			put_quoted(&m, t, strlen(t), ph->token != NULL);
			kept[n++] = df[i];
		}
		if (nf > 1)
			rcp__buf_putc(&m, ')');
	}
	*nkept = n;
	size_t len;
	return rcp__buf_detach(&m, &len);
}

/* Add a row (f, len) in block blk, the last so far, to s. */
static void add_point(form_blocks *s, uint32_t blk, uint16_t f, uint16_t len)
{
	if (!s->nb || s->b[s->nb - 1].block != blk) {
		if (s->nb == s->cap) {
			s->cap = s->cap ? s->cap * 2 : 16;
			s->b = rcp__xrealloc(s->b, s->cap * sizeof *s->b);
		}
		s->b[s->nb++] = (post_block){blk, (uint32_t)s->npt};
	}
	s->df++;
	size_t first = s->b[s->nb - 1].first, k = first;
	for (size_t i = first; i < s->npt; i++) {
		post_point p = s->pt[i];
		if (p.f >= f && p.len <= len)
			return; /* beaten: the block's bound stays */
		if (!(f >= p.f && len <= p.len))
			s->pt[k++] = p; /* not beaten by the new row: kept */
	}
	s->npt = k;
	if (s->npt - first == MAX_POINTS) {
		/* one point for them all */
		post_point all = {f, len};
		for (size_t i = first; i < s->npt; i++) {
			if (s->pt[i].f > all.f)
				all.f = s->pt[i].f;
			if (s->pt[i].len < all.len)
				all.len = s->pt[i].len;
		}
		s->pt[first] = all;
		s->npt = first + 1;
		return;
	}
	if (s->npt == s->ptcap) {
		s->ptcap = s->ptcap ? s->ptcap * 2 : 16;
		s->pt = rcp__xrealloc(s->pt, s->ptcap * sizeof *s->pt);
	}
	s->pt[s->npt++] = (post_point){f, len};
}

static void add_multi(word_stats *w, uint32_t blk, uint16_t len, const uint16_t *f)
{
	if (w->nm == w->mcap) {
		w->mcap = w->mcap ? w->mcap * 2 : 16;
		w->mblock = rcp__xrealloc(w->mblock, w->mcap * sizeof *w->mblock);
		w->mlen = rcp__xrealloc(w->mlen, w->mcap * sizeof *w->mlen);
		w->mf = rcp__xrealloc(w->mf, w->mcap * (size_t)w->nforms * sizeof *w->mf);
	}
	w->mblock[w->nm] = blk;
	w->mlen[w->nm] = len;
	memcpy(w->mf + w->nm * (size_t)w->nforms, f, (size_t)w->nforms * sizeof *f);
	w->nm++;
}

static void post_drop(word_stats *w)
{
	free(w->prow);
	free(w->plen);
	free(w->pf);
	w->prow = NULL;
	w->plen = NULL;
	w->pf = NULL;
	w->np = w->pcap = 0;
}

/* Keep row id (length len, frequencies f) of w while w has at most keep
 * rows, each of which fits: a rowid of 32 bits, a length of 16 and
 * frequencies of 8 (65535 is "that or more", not exact). */
static void post_add(word_stats *w, size_t keep, int64_t id, uint32_t len, const uint16_t *f)
{
	int exact = w->np < keep && id >= 0 && id <= UINT32_MAX && len <= UINT16_MAX;
	for (int i = 0; exact && i < w->nforms; i++)
		exact = f[i] <= UINT8_MAX;
	if (!exact) {
		post_drop(w);
		w->nopost = 1;
		return;
	}
	if (w->np == w->pcap) {
		w->pcap = w->pcap ? w->pcap * 2 : 16;
		w->prow = rcp__xrealloc(w->prow, w->pcap * sizeof *w->prow);
		w->plen = rcp__xrealloc(w->plen, w->pcap * sizeof *w->plen);
		w->pf = rcp__xrealloc(w->pf, w->pcap * (size_t)w->nforms * sizeof *w->pf);
	}
	w->prow[w->np] = (uint32_t)id;
	w->plen[w->np] = (uint16_t)len;
	for (int i = 0; i < w->nforms; i++)
		w->pf[w->np * (size_t)w->nforms + (size_t)i] = (uint8_t)f[i];
	w->np++;
}

/* Shrink w's arrays to what they hold: they grow by doubling while a
 * doclist is read, so that about a quarter of what the words of a large
 * index hold would be room never used (arrays side by side share a
 * capacity). */
static void word_trim(word_stats *w)
{
	size_t nf = (size_t)w->nforms;
	for (int i = 0; i < w->nforms; i++) {
		form_blocks *fb = &w->fb[i];
		if (fb->nb && fb->cap > fb->nb) {
			fb->b = rcp__xrealloc(fb->b, fb->nb * sizeof *fb->b);
			fb->cap = fb->nb;
		}
		if (fb->npt && fb->ptcap > fb->npt) {
			fb->pt = rcp__xrealloc(fb->pt, fb->npt * sizeof *fb->pt);
			fb->ptcap = fb->npt;
		}
	}
	if (w->nm && w->mcap > w->nm) {
		w->mblock = rcp__xrealloc(w->mblock, w->nm * sizeof *w->mblock);
		w->mlen = rcp__xrealloc(w->mlen, w->nm * sizeof *w->mlen);
		w->mf = rcp__xrealloc(w->mf, w->nm * nf * sizeof *w->mf);
		w->mcap = w->nm;
	}
	if (w->np && w->pcap > w->np) {
		w->prow = rcp__xrealloc(w->prow, w->np * sizeof *w->prow);
		w->plen = rcp__xrealloc(w->plen, w->np * sizeof *w->plen);
		w->pf = rcp__xrealloc(w->pf, w->np * nf * sizeof *w->pf);
		w->pcap = w->np;
	}
}

/* Summarize the postings of w's forms in rowids (w->upto, hi]: rcp_tf()
 * gives each row's length and the weighted frequency of each form. */
static rcp_status stats_extend(rcp_bounds *bd, sqlite3 *db, sqlite3_stmt *tf, word_stats *w,
                               int64_t hi, rcp_topk_stats *ts, rcp_error *err)
{
	size_t before = word_blocks(w);
	uint16_t *f = rcp__xcalloc((size_t)w->nforms, sizeof *f);
	sqlite3_bind_text(tf, 1, match_forms(w->key), -1, free);
	sqlite3_bind_int64(tf, 2, w->upto + 1);
	sqlite3_bind_int64(tf, 3, hi);
	int r;
	while ((r = sqlite3_step(tf)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(tf, 0);
		const unsigned char *v = sqlite3_column_blob(tf, 1);
		int nv = sqlite3_column_bytes(tf, 1);
		if (nv != 4 + 2 * w->nforms) {
			r = SQLITE_CORRUPT;
			break;
		}
		uint32_t len = (uint32_t)v[0] | (uint32_t)v[1] << 8 | (uint32_t)v[2] << 16 |
		               (uint32_t)v[3] << 24;
		uint16_t l = (uint16_t)(len > 65535 ? 65535 : len);
		uint32_t blk = (uint32_t)(id >> bd->shift);
		int forms = 0;
		for (int i = 0; i < w->nforms; i++) {
			f[i] = (uint16_t)(v[4 + 2 * i] | v[5 + 2 * i] << 8);
			if (f[i]) {
				add_point(&w->fb[i], blk, f[i], l);
				forms++;
			}
		}
		if (forms > 1)
			add_multi(w, blk, l, f);
		if (!w->nopost)
			post_add(w, bd->keep, id, len, f);
		w->rows++;
		if (ts)
			ts->built++;
	}
	free(f);
	sqlite3_reset(tf);
	sqlite3_clear_bindings(tf);
	size_t after = word_blocks(w);
	held_add(bd, (ptrdiff_t)(after - before));
	if (r != SQLITE_DONE) {
		/* what was read is incomplete: start the word over next time */
		held_add(bd, -(ptrdiff_t)after);
		for (int i = 0; i < w->nforms; i++) {
			w->fb[i].nb = w->fb[i].npt = 0;
			w->fb[i].df = 0;
		}
		w->nm = 0;
		post_drop(w);
		w->nopost = 0;
		w->rows = 0;
		w->upto = 0;
		return rcp__error_db(err, db, "cannot search");
	}
	word_trim(w);
	w->upto = hi;
	return RCP_OK;
}

/* ---- the best k so far: a heap, worst on top ---- */

typedef struct topk_heap {
	rcp_rank_hit *h;
	size_t n, k;
} topk_heap;

/* 1 when a ranks before b: a higher score, or the same and a higher id */
static int better(const rcp_rank_hit *a, const rcp_rank_hit *b)
{
	return a->score > b->score || (a->score == b->score && a->id > b->id);
}

static void heap_down(topk_heap *t, size_t i)
{
	for (;;) {
		size_t l = 2 * i + 1, r = l + 1, w = i;
		if (l < t->n && better(&t->h[w], &t->h[l]))
			w = l;
		if (r < t->n && better(&t->h[w], &t->h[r]))
			w = r;
		if (w == i)
			return;
		rcp_rank_hit x = t->h[i];
		t->h[i] = t->h[w];
		t->h[w] = x;
		i = w;
	}
}

static void heap_add(topk_heap *t, rcp_rank_hit c)
{
	if (t->n == t->k) {
		if (!better(&c, &t->h[0]))
			return;
		t->h[0] = c;
		heap_down(t, 0);
		return;
	}
	size_t i = t->n++;
	t->h[i] = c;
	while (i > 0 && better(&t->h[(i - 1) / 2], &t->h[i])) {
		rcp_rank_hit x = t->h[i];
		t->h[i] = t->h[(i - 1) / 2];
		t->h[(i - 1) / 2] = x;
		i = (i - 1) / 2;
	}
}

static int hit_order(const void *a, const void *b)
{
	const rcp_rank_hit *x = a, *y = b;
	return better(x, y) ? -1 : better(y, x) ? 1 : 0;
}

/* Score the matches in rowids [lo, hi] into t. */
static rcp_status eval_range(sqlite3 *db, sqlite3_stmt *range, int64_t lo, int64_t hi,
                             topk_heap *t, rcp_topk_stats *ts, rcp_error *err)
{
	sqlite3_bind_int64(range, 10, lo);
	sqlite3_bind_int64(range, 11, hi);
	int r;
	while ((r = sqlite3_step(range)) == SQLITE_ROW) {
		if (sqlite3_column_type(range, 1) == SQLITE_NULL)
			continue; /* skipped (sweep) */
		rcp_rank_hit c = {sqlite3_column_int64(range, 0), -sqlite3_column_double(range, 1)};
		heap_add(t, c);
		if (ts)
			ts->scored++;
	}
	sqlite3_reset(range);
	if (r != SQLITE_DONE)
		return rcp__error_db(err, db, "cannot search");
	return RCP_OK;
}

/* ---- blocks, best bound first: a heap, best on top ---- */

typedef struct cand {
	double bound;
	uint32_t block;
} cand;

static void cand_down(cand *c, size_t n, size_t i)
{
	for (;;) {
		size_t l = 2 * i + 1, r = l + 1, w = i;
		if (l < n && c[l].bound > c[w].bound)
			w = l;
		if (r < n && c[r].bound > c[w].bound)
			w = r;
		if (w == i)
			return;
		cand x = c[i];
		c[i] = c[w];
		c[w] = x;
		i = w;
	}
}

/* The bound of form fb (of IDF idf) over its block j: the best score of
 * its points, by rcp_rank's expression term for term. */
static double form_bound(const form_blocks *fb, size_t j, double idf, double avgdl)
{
	size_t end = j + 1 < fb->nb ? fb->b[j + 1].first : fb->npt;
	double s = 0;
	for (size_t e = fb->b[j].first; e < end; e++) {
		double v;
		if (fb->pt[e].f == 65535) {
			v = idf * (K1 + 1.0);
		} else {
			double f = fb->pt[e].f;
			v = idf * ((f * (K1 + 1.0)) /
			           (f + K1 * (1 - B + B * (double)fb->pt[e].len / avgdl)));
		}
		if (v > s)
			s = v;
	}
	return s;
}

/* The blocks that may hold a match of q, not yet read, with their bounds
 * under rows and avgdl, as a heap in c; returns their number. ws[t] are
 * the stats of term t, whose forms are the phrases from first[t]; wb is
 * scratch. */
static size_t block_bounds(const rcp_query *q, word_stats **ws, const size_t *first,
                           const int64_t *df, int64_t rows, double avgdl, size_t nblk,
                           const uint8_t *done, double *bound, double *wb, uint16_t *present,
                           cand *c)
{
	memset(bound, 0, nblk * sizeof *bound);
	memset(present, 0, nblk * sizeof *present);
	size_t need = 0;
	double idf[2 * RCP_TOK_NSTEM + 2];
	for (size_t t = 0; t < q->nterms; t++) {
		const word_stats *w = ws[t];
		need++;
		memset(wb, 0, nblk * sizeof *wb);
		for (int i = 0; i < w->nforms; i++)
			idf[i] = rcp__bm25_idf(rows, (double)df[first[t] + (size_t)i]);
		/* a row of one form: that form's bound; the word's is the
		 * greatest of its forms' */
		for (int i = 0; i < w->nforms; i++) {
			const form_blocks *fb = &w->fb[i];
			for (size_t j = 0; j < fb->nb; j++) {
				uint32_t blk = fb->b[j].block;
				double v = form_bound(fb, j, idf[i], avgdl);
				if (v > wb[blk])
					wb[blk] = v;
				/* in an AND, present counts the terms 0..t all found
				 * in the block: one missed keeps it below need */
				if (!q->all_and)
					present[blk] = 1;
				else if (present[blk] + 1u == need)
					present[blk] = (uint16_t)need;
			}
		}
		/* a row of several forms: their sum */
		for (size_t m = 0; m < w->nm; m++) {
			const uint16_t *f = w->mf + m * (size_t)w->nforms;
			double v = 0;
			for (int i = 0; i < w->nforms; i++) {
				if (!f[i])
					continue;
				if (f[i] == 65535) {
					v += idf[i] * (K1 + 1.0);
					continue;
				}
				double fi = f[i];
				v += idf[i] * ((fi * (K1 + 1.0)) /
				               (fi + K1 * (1 - B + B * (double)w->mlen[m] / avgdl)));
			}
			if (v > wb[w->mblock[m]])
				wb[w->mblock[m]] = v;
		}
		for (size_t i = 0; i < nblk; i++)
			bound[i] += wb[i];
	}
	size_t n = 0;
	for (size_t i = 0; i < nblk; i++) {
		if (done[i] || !present[i])
			continue;
		if (q->all_and && present[i] != need)
			continue;
		c[n].bound = bound[i] * (1 + SLACK) + 1e-12;
		c[n].block = (uint32_t)i;
		n++;
	}
	for (size_t i = n / 2; i-- > 0;)
		cand_down(c, n, i);
	return n;
}

/* ---- the rows kept: an AND of words ranked without FTS5 ---- */

/* 1 when a form of w has a row in block blk. */
static int word_in_block(const word_stats *w, uint32_t blk)
{
	for (int i = 0; i < w->nforms; i++) {
		const form_blocks *fb = &w->fb[i];
		size_t lo = 0, hi = fb->nb;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (fb->b[mid].block < blk)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < fb->nb && fb->b[lo].block == blk)
			return 1;
	}
	return 0;
}

/* The first of w's kept rows from j on whose rowid is id or more. */
static size_t post_seek(const word_stats *w, size_t j, int64_t id)
{
	size_t hi = w->np;
	while (j < hi) {
		size_t mid = j + (hi - j) / 2;
		if ((int64_t)w->prow[mid] < id)
			j = mid + 1;
		else
			hi = mid;
	}
	return j;
}

/* The rows that may match an AND of words: those every word with its
 * rows kept holds, in a block where each other word has a row. */
typedef struct post_cands {
	int64_t *row;
	size_t *pos; /* nterms a row: where it is in each kept word's rows */
	size_t n;
} post_cands;

/* The candidates of the AND of the words ws[0..nt) into pc, ascending;
 * 0 when no word has its rows kept (nothing finer than blocks known). */
static int post_candidates(word_stats **ws, size_t nt, int shift, post_cands *pc)
{
	size_t drv = nt; /* the kept word of fewest rows drives */
	for (size_t t = 0; t < nt; t++)
		if (!ws[t]->nopost && (drv == nt || ws[t]->np < ws[drv]->np))
			drv = t;
	if (drv == nt)
		return 0;
	const word_stats *d = ws[drv];
	size_t *at = rcp__xcalloc(nt, sizeof *at);
	pc->row = rcp__xmalloc((d->np + 1) * sizeof *pc->row);
	pc->pos = rcp__xmalloc((d->np + 1) * nt * sizeof *pc->pos);
	pc->n = 0;
	for (size_t j = 0; j < d->np; j++) {
		int64_t id = (int64_t)d->prow[j];
		size_t t = 0;
		for (; t < nt; t++) {
			const word_stats *w = ws[t];
			if (w->nopost)
				continue;
			at[t] = post_seek(w, at[t], id);
			if (at[t] == w->np || (int64_t)w->prow[at[t]] != id)
				break;
		}
		for (size_t u = 0; t == nt && u < nt; u++)
			if (ws[u]->nopost && !word_in_block(ws[u], (uint32_t)(id >> shift)))
				t = u; /* a word missing from the block: no match */
		if (t < nt)
			continue;
		pc->row[pc->n] = id;
		memcpy(pc->pos + pc->n * nt, at, nt * sizeof *at);
		pc->n++;
	}
	free(at);
	return 1;
}

/* The score of a row by rcp_rank's expression, term for term: freq[p]
 * the weighted frequency of phrase p in it, len its length. */
static double post_score(const double *idf, const double *freq, size_t np, uint32_t len,
                         double avgdl)
{
	/* a phrase not in the row adds exactly 0 */
	double score = 0;
	for (size_t p = 0; p < np; p++)
		if (freq[p] != 0)
			score += idf[p] * ((freq[p] * (K1 + 1.0)) /
			                   (freq[p] + K1 * (1 - B + B * (double)len / avgdl)));
	return score;
}

/* The data version of the snapshot db reads (SQLITE_FCNTL_DATA_VERSION:
 * another connection's commit changes it) into *v; 0 when no read
 * transaction is open, so that the next statement may see another. */
static int snapshot(sqlite3 *db, int *v)
{
	if (sqlite3_txn_state(db, "main") < SQLITE_TXN_READ)
		return 0;
	return sqlite3_file_control(db, "main", SQLITE_FCNTL_DATA_VERSION, v) == SQLITE_OK;
}

/* Rank the candidates of an AND of words that all have their rows kept
 * into t, by rcp_rank's expression term for term. What rcp_rank ranks by
 * (the row count and average length of this snapshot) is bd->totals when
 * known for it; otherwise it comes from one statement on the first
 * candidate, whose score the kept rows must then give to the bit: returns
 * 0 when they do not (t untouched: rank as before), 1 when ranked or on
 * an error (*rc). */
static int post_rank(sqlite3 *db, rcp_bounds *bd, sqlite3_stmt *range, const rcp_query *q,
                     word_stats **ws, const size_t *first, const int64_t *df,
                     const rcp_rank_df *rd, const post_cands *pc, topk_heap *t,
                     rcp_topk_stats *ts, rcp_status *rc, rcp_error *err)
{
	rcp_rank_hit h1 = {0, 0};
	topk_heap one = {&h1, 0, 1};
	int64_t rows = bd->totals.rows;
	double avgdl = bd->totals.avgdl;
	int v;
	if (rows <= 0 || !snapshot(db, &v) || v != bd->totals.version) {
		if ((*rc = eval_range(db, range, pc->row[0], pc->row[0], &one, NULL, err)) != RCP_OK)
			return 1;
		if (one.n != 1 || rd->rows <= 0)
			return 0;
		rows = rd->rows;
		avgdl = rd->avgdl;
	}
	size_t np = q->nphrases, nt = q->nterms;
	double *idf = rcp__xmalloc((np + 1) * sizeof *idf);
	double *freq = rcp__xmalloc((np + 1) * sizeof *freq);
	for (size_t p = 0; p < np; p++)
		idf[p] = rcp__bm25_idf(rows, (double)df[p]);
	int same = 1;
	for (size_t c = 0; same && c < pc->n; c++) {
		memset(freq, 0, np * sizeof *freq);
		uint32_t len = 0;
		for (size_t w = 0; w < nt; w++) {
			size_t j = pc->pos[c * nt + w];
			const word_stats *s = ws[w];
			len = s->plen[j];
			for (int i = 0; i < s->nforms; i++)
				freq[first[w] + (size_t)i] = s->pf[j * (size_t)s->nforms + (size_t)i];
		}
		double score = post_score(idf, freq, np, len, avgdl);
		if (c == 0 && one.n && score != h1.score)
			same = 0;
		else
			heap_add(t, (rcp_rank_hit){pc->row[c], score});
	}
	free(idf);
	free(freq);
	if (same && ts) {
		ts->scored += (int64_t)pc->n;
		ts->kept = 1;
	}
	return same;
}

/* Rank the few candidates of an AND some of whose words do not keep their
 * rows: such a word's frequencies in a candidate are read with tf on that
 * row alone (a seek per form of the word and segment, where the AND's
 * statement seeks every form of every word), the rest come from the kept
 * rows; needs what rcp_rank ranks by, known for this snapshot. Returns 0
 * when it cannot (t untouched: rank as before), 1 when ranked or on an
 * error (*rc). */
static int post_probe(sqlite3 *db, rcp_bounds *bd, sqlite3_stmt *tf, const rcp_query *q,
                      word_stats **ws, const size_t *first, const int64_t *df,
                      const post_cands *pc, topk_heap *t, rcp_topk_stats *ts, rcp_status *rc,
                      rcp_error *err)
{
	int v;
	if (bd->totals.rows <= 0 || !snapshot(db, &v) || v != bd->totals.version)
		return 0;
	size_t np = q->nphrases, nt = q->nterms, kw = nt, nhit = 0;
	for (size_t w = 0; w < nt; w++)
		if (!ws[w]->nopost)
			kw = w; /* a kept word: the row's length */
	double *idf = rcp__xmalloc((np + 1) * sizeof *idf);
	double *freq = rcp__xmalloc((np + 1) * sizeof *freq);
	rcp_rank_hit *hit = rcp__xmalloc((pc->n + 1) * sizeof *hit);
	for (size_t p = 0; p < np; p++)
		idf[p] = rcp__bm25_idf(bd->totals.rows, (double)df[p]);
	int ok = 1;
	for (size_t c = 0; ok && c < pc->n; c++) {
		memset(freq, 0, np * sizeof *freq);
		uint32_t len = ws[kw]->plen[pc->pos[c * nt + kw]];
		int match = 1;
		for (size_t w = 0; ok && match && w < nt; w++) {
			const word_stats *s = ws[w];
			size_t nf = (size_t)s->nforms;
			if (!s->nopost) {
				size_t j = pc->pos[c * nt + w];
				for (size_t i = 0; i < nf; i++)
					freq[first[w] + i] = s->pf[j * nf + i];
				continue;
			}
			sqlite3_bind_text(tf, 1, match_forms(s->key), -1, free);
			sqlite3_bind_int64(tf, 2, pc->row[c]);
			sqlite3_bind_int64(tf, 3, pc->row[c]);
			int r = sqlite3_step(tf);
			if (r == SQLITE_ROW) {
				const unsigned char *b = sqlite3_column_blob(tf, 1);
				ok = sqlite3_column_bytes(tf, 1) == (int)(4 + 2 * nf);
				for (size_t i = 0; ok && i < nf; i++) {
					uint16_t f = (uint16_t)(b[4 + 2 * i] | b[5 + 2 * i] << 8);
					ok = f != 65535; /* not exact: rank as before */
					freq[first[w] + i] = f;
				}
				r = sqlite3_step(tf);
			} else {
				match = 0; /* the word is not in the row */
			}
			sqlite3_reset(tf);
			sqlite3_clear_bindings(tf);
			if (r != SQLITE_DONE) {
				*rc = rcp__error_db(err, db, "cannot search");
				ok = 0;
			}
		}
		if (ok && match)
			hit[nhit++] = (rcp_rank_hit){pc->row[c],
			                             post_score(idf, freq, np, len, bd->totals.avgdl)};
	}
	if (ok) {
		for (size_t i = 0; i < nhit; i++)
			heap_add(t, hit[i]);
		if (ts) {
			ts->scored += (int64_t)nhit;
			ts->kept = 2;
		}
	}
	free(idf);
	free(freq);
	free(hit);
	return ok || *rc != RCP_OK;
}

/* The sweep: one pass over every match, rows that cannot rank skipped
 * unscored. */
typedef struct sweep {
	const uint8_t *done;
	const double *bound;
	size_t nblk;
	int shift;
	const topk_heap *t;
	const rcp_rank_df *rd;
	int64_t rows; /* and avgdl: what the bounds were computed with */
	double avgdl;
} sweep;

static int sweep_skip(void *ctx, int64_t rowid)
{
	const sweep *w = ctx;
	size_t b = (size_t)(rowid >> w->shift);
	if (rowid < 0 || b >= w->nblk)
		return 0;
	if (w->done[b])
		return 1; /* scored already */
	if (w->rd->rows != w->rows || w->rd->avgdl != w->avgdl)
		return 0; /* bounds under other figures: skip nothing more */
	return w->t->n == w->t->k && w->bound[b] * (1 + SLACK) + 1e-12 < w->t->h[0].score;
}

/* The candidates of c[0..nc) not read yet whose bound reaches score. */
static size_t reaching(const cand *c, size_t nc, const uint8_t *done, double score)
{
	size_t r = 0;
	for (size_t i = 0; i < nc; i++)
		r += c[i].bound >= score && !done[c[i].block];
	return r;
}

/* The last block of the run read with block b: the blocks after it, up
 * to MAX_RUN in all, not read yet, whose bound reaches at: one statement
 * for blocks that would be read one after the other anyway (a word's best
 * rows come in runs: the sources of one batch, one publisher). */
#define MAX_RUN 16
static uint32_t run_end(uint32_t b, size_t nblk, const uint8_t *done, const double *bound,
                        double at)
{
	uint32_t e = b;
	while (e + 1 < nblk && e - b + 1 < MAX_RUN && !done[e + 1] &&
	       bound[e + 1] * (1 + SLACK) + 1e-12 >= at && bound[e + 1] > 0)
		e++;
	return e;
}

rcp_status rcp__search_topk(sqlite3 *db, rcp_bounds *bd, const rcp_query *q, sqlite3_stmt *range,
                            int plain, sqlite3_stmt *tf, int64_t hi, size_t k,
                            rcp_rank_hit **out, size_t *n, rcp_topk_stats *ts, rcp_error *err)
{
	size_t np = q->nphrases;
	int64_t *df = rcp__xcalloc(np + 1, sizeof *df);
	int64_t *kept = NULL; /* df of the phrases asked for (held_forms) */
	word_stats **ws = rcp__xcalloc(q->nterms + 1, sizeof *ws);
	size_t *first = rcp__xcalloc(q->nterms + 1, sizeof *first);
	double *wb = NULL;
	rcp_rank_df rd = {(int)np, df, 0, 0, NULL, NULL};
	topk_heap t = {rcp__xcalloc(k + 1, sizeof *t.h), 0, k};
	double *bound = NULL;
	uint16_t *present = NULL;
	uint8_t *done = NULL;
	cand *c = NULL;
	post_cands pc = {NULL, NULL, 0};
	int64_t match_lo = INT64_MIN, match_hi = INT64_MAX; /* where the matches are */
	rcp_status rc = RCP_OK;
	if (ts)
		memset(ts, 0, sizeof *ts);

	/* the bounds hold for what this connection last saw; its own writes
	 * may yet be rolled back, so they drop what is kept */
	bd->clock++;
	sqlite3_int64 changes = sqlite3_total_changes64(db);
	if (changes != bd->changes) {
		bounds_clear(bd);
		bd->changes = changes;
	} else if (held_total() > MAX_BLOCKS || bd->blocks > bd->max) {
		bounds_shrink(bd);
	}
	/* each word's forms, one after the other in the phrases; an
	 * excluded phrase that no match holds adds nothing to a match's
	 * score, so it needs no frequency; one that a match can hold ("a OR
	 * (b -c)") has no bounds: then every match is scored */
	int known = np > 0 && hi > 0 && q->nterms > 0;
	for (size_t i = 0; i < np; i++) {
		int excl = q->phrases[i].term < 0;
		df[i] = excl && q->excl_absent ? 0 : -1; /* -1: rcp_rank counts it */
		/* a phrase FTS5 tokenizes (quoted, a word of several tokens)
		 * is known as one form would be: its own rows, read with tf */
		const rcp_query_phrase *ph = &q->phrases[i];
		known &= excl ? q->excl_absent
		              : ph->token != NULL || (ph->text && !strchr(ph->text, '\n'));
	}
	int64_t est = INT64_MAX; /* the matches there can be, by the frequencies */
	for (size_t w = 0; known && w < q->nterms; w++) {
		size_t i = 0, nf = 0;
		while (i < np && q->phrases[i].term != (int)w)
			i++;
		first[w] = i;
		rcp_buf key;
		rcp__buf_init(&key, 0);
		int phrase = 0;
		for (; i < np && q->phrases[i].term == (int)w; i++, nf++) {
			const rcp_query_phrase *ph = &q->phrases[i];
			if (!ph->token) {
				rcp__buf_putc(&key, PHRASE_KEY);
				rcp__buf_append(&key, bd->langs, strlen(bd->langs));
				rcp__buf_putc(&key, PHRASE_KEY);
				phrase = 1;
			}
			const char *txt = ph->token ? ph->token : ph->text;
			rcp__buf_append(&key, txt, strlen(txt));
			rcp__buf_putc(&key, '\n');
		}
		if (nf == 0 || nf > 2 * RCP_TOK_NSTEM + 2 || (phrase && nf > 1)) {
			rcp__buf_release(&key);
			known = 0;
			break;
		}
		ws[w] = stats_find(bd, key.data, (int)nf);
		ws[w]->used = bd->clock;
		rcp__buf_release(&key);
		if (ws[w]->upto < hi && (rc = stats_extend(bd, db, tf, ws[w], hi, ts, err)) != RCP_OK)
			goto out;
		for (size_t j = 0; j < nf; j++)
			df[first[w] + j] = ws[w]->fb[j].df;
		if (q->all_and)
			est = w == 0 || ws[w]->rows < est ? ws[w]->rows : est;
		else
			est = w == 0 ? ws[w]->rows : est + ws[w]->rows;
	}
	if (!known)
		for (size_t i = 0; i < np; i++)
			df[i] = q->phrases[i].term < 0 && q->excl_absent ? 0 : -1;
	sqlite3_bind_pointer(range, 12, &rd, "rcp_rank_df", NULL);
	if (k == 0)
		goto out;
	/* est bounds the matches: none means none, and asking FTS5 would
	 * still cost a seek per phrase and segment */
	if (known && est == 0)
		goto out;
	if (known && q->all_and) {
		/* every word is held (est > 0): ask FTS5 for its held forms only */
		kept = rcp__xcalloc(np + 1, sizeof *kept);
		char *m = held_forms(q, df, kept, &rd.nphrase);
		if (m) {
			sqlite3_bind_text(range, 1, m, -1, free);
			rd.df = kept;
		}
	}
	/* an AND with a word whose rows are kept: its matches are among
	 * those rows; when every word's are, it is ranked from them */
	if (known && q->all_and && post_candidates(ws, q->nterms, bd->shift, &pc)) {
		if (pc.n == 0)
			goto out; /* no row holds every word */
		size_t kept_all = 1;
		for (size_t w = 0; w < q->nterms; w++)
			kept_all &= !ws[w]->nopost;
		if (plain && kept_all &&
		    (post_rank(db, bd, range, q, ws, first, df, &rd, &pc, &t, ts, &rc, err) ||
		     rc != RCP_OK))
			goto out;
		/* the others' forms read on each candidate: fewer seeks than
		 * the AND's statement */
		size_t probe = 0;
		for (size_t w = 0; w < q->nterms; w++)
			probe += ws[w]->nopost ? (size_t)ws[w]->nforms : 0;
		if (plain && !kept_all && pc.n * probe <= (size_t)rd.nphrase * bd->probes &&
		    post_probe(db, bd, tf, q, ws, first, df, &pc, &t, ts, &rc, err))
			goto out;
		match_lo = pc.row[0];
		match_hi = pc.row[pc.n - 1];
		if ((int64_t)pc.n < est)
			est = (int64_t)pc.n;
	}
	size_t nblk = known ? (size_t)(hi >> bd->shift) + 1 : 0;
	if (!known || est <= bd->small || nblk <= 2) {
		rc = eval_range(db, range, match_lo, match_hi, &t, ts, err);
		goto out;
	}

	bound = rcp__xmalloc(nblk * sizeof *bound);
	wb = rcp__xmalloc(nblk * sizeof *wb);
	present = rcp__xmalloc(nblk * sizeof *present);
	done = rcp__xcalloc(nblk, 1);
	if (pc.row) {
		/* a block without a candidate holds no match: as if read */
		memset(done, 1, nblk);
		for (size_t i = 0; i < pc.n; i++)
			if ((uint64_t)(pc.row[i] >> bd->shift) < nblk)
				done[pc.row[i] >> bd->shift] = 0;
	}
	c = rcp__xmalloc(nblk * sizeof *c);
	int64_t rows = bd->rows > 0 ? bd->rows : hi;
	double avgdl = bd->avgdl > 0 ? bd->avgdl : 1.0;
	int64_t stmt_rows = STMT_ROWS * (int64_t)(np > 2 ? np : 2) / 2;
	size_t nc = block_bounds(q, ws, first, df, rows, avgdl, nblk, done, bound, wb, present, c);
	for (size_t stmts = 0; nc > 0; stmts++) {
		cand top = c[0];
		if (t.n == k && top.bound < t.h[0].score)
			break; /* nothing left can enter the top k */
		if (done[top.block]) {
			/* read with a run before it */
			c[0] = c[--nc];
			cand_down(c, nc, 0);
			stmts--;
			continue;
		}
		/* a statement a block costs a seek per term and segment: when
		 * the blocks that can still rank would cost more than one pass
		 * over the matches (those of an AND of words found apart,
		 * mostly), or the blocks read so far have cost that much, make
		 * that pass, skipping what cannot rank. The first FILL_STMTS
		 * statements are read whatever: the k-th best score after one
		 * block is far below the final one, and every block bounded
		 * above it "can rank" (thousands, for a frequent word whose
		 * final top k is in ten); after them, fewer than k matches
		 * found (an AND of words found apart) makes the pass too. */
		if (stmts > 0 &&
		    ((int64_t)stmts * stmt_rows >= est ||
		     (stmts >= FILL_STMTS &&
		      (t.n < k || (int64_t)reaching(c, nc, done, t.h[0].score) * stmt_rows > est)))) {
			sweep w = {done, bound, nblk, bd->shift, &t, &rd, rows, avgdl};
			rd.skip = sweep_skip;
			rd.skip_ctx = &w;
			rc = eval_range(db, range, match_lo, match_hi, &t, ts, err);
			rd.skip = NULL;
			if (ts)
				ts->sweeps++;
			break;
		}
		c[0] = c[--nc];
		cand_down(c, nc, 0);
		/* with the blocks after it that would be read next anyway: those
		 * bounded above the k-th best, or above the next candidate while
		 * there are fewer than k */
		double at = t.n == k ? t.h[0].score : nc ? c[0].bound : HUGE_VAL;
		uint32_t last = run_end(top.block, nblk, done, bound, at);
		int64_t lo = (int64_t)top.block << bd->shift;
		int64_t end = ((int64_t)last + 1) << bd->shift;
		if ((rc = eval_range(db, range, lo, end - 1, &t, ts, err)) != RCP_OK)
			goto out;
		for (uint32_t b = top.block; b <= last; b++)
			done[b] = 1;
		if (ts)
			ts->blocks += last - top.block + 1;
		if (rd.rows > 0 && (rd.rows != rows || rd.avgdl != avgdl)) {
			/* the guess was not what rcp_rank ranks by: bound again */
			rows = bd->rows = rd.rows;
			avgdl = bd->avgdl = rd.avgdl;
			nc = block_bounds(q, ws, first, df, rows, avgdl, nblk, done, bound, wb, present, c);
		}
	}
out:
	sqlite3_bind_null(range, 12); /* rd is on this stack */
	/* what rcp_rank ranked by holds for this snapshot (bounds_clear
	 * forgets it with this connection's writes) */
	int v;
	if (rc == RCP_OK && rd.rows > 0 && snapshot(db, &v)) {
		bd->totals.rows = rd.rows;
		bd->totals.avgdl = rd.avgdl;
		bd->totals.version = v;
	}
	if (rc == RCP_OK) {
		qsort(t.h, t.n, sizeof *t.h, hit_order);
		*out = t.h;
		*n = t.n;
	} else {
		free(t.h);
	}
	free(df);
	free(kept);
	free(ws);
	free(first);
	free(wb);
	free(bound);
	free(present);
	free(done);
	free(c);
	free(pc.row);
	free(pc.pos);
	return rc;
}
