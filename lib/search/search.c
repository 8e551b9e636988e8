/*
 * search.c — indexing a source, ranking matches, and the passage shown.
 *
 * The index is an FTS5 table over source(title, text) (external content,
 * migration 2) with the "receipts" tokenizer. Ranking is BM25 through
 * rcp_rank() (rank.c), the title weighted three times the text.
 *
 * Stock FTS5 ranks by computing bm25() for every row that matches and
 * sorting them all, so one frequent word costs a score per matching
 * document (and bm25() counts every match of each phrase once per query
 * for its IDF). Here the top k is found exactly without that
 * (rcp__search_topk, topk.c): blocks of rowids whose bound on the score
 * cannot reach the k-th best found are skipped, never approximated. The
 * search runs in one read transaction, so that the bounds and the index
 * read are the same rows.
 * Query terms are stemmed in the languages search_lang says the index
 * holds (see rcp__tokenizer_set_langs), and a word's forms are written as
 * an OR (rcp__search_parse).
 *
 * The passage shown is found by re-tokenizing the text as the index did
 * and marking words whose form is one the query produces: the window
 * with the most distinct query words wins and is widened to its sentence.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "internal.h"

#define SCAN_MAX ((size_t)4 << 20) /* bytes of a text scanned for a passage */
#define MAX_HITS 20000
#define PASSAGE_MAX 360

/* ------------------------------------------------------------------ */
/* Indexing                                                            */
/* ------------------------------------------------------------------ */

static void put_u64(uint8_t *p, uint64_t v)
{
	for (int i = 0; i < 8; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

rcp_status rcp__search_index(rcp_db *db, int64_t id, const char *title, const rcp_text *t,
                             const char *lang, rcp_error *err)
{
	static const char ins[] =
		"INSERT INTO source_fts(rowid, title, text) VALUES (?1, rcp_index_lang(?4, ?2), ?3)";
	static const char page[] = "INSERT INTO source_page(source, page, start) VALUES (?1, ?2, ?3)";
	static const char map[] = "UPDATE source SET text_map = ?2 WHERE id = ?1";
	static const char count[] =
		"INSERT INTO search_lang(lang, docs) VALUES (coalesce(?1, ''), 1)"
		" ON CONFLICT(lang) DO UPDATE SET docs = docs + 1";
	static const char len[] = RCP_DOCLEN_NOTE("source_fts");
	sqlite3_stmt *st;
	rcp_status rc;
	if ((rc = rcp__db_stmt(db, ins, &st, err)) != RCP_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	rcp__bind_text(st, 2, title);
	sqlite3_bind_text64(st, 3, t->text, t->len, SQLITE_STATIC, SQLITE_UTF8);
	rcp__bind_text(st, 4, lang);
	int r = sqlite3_step(st);
	sqlite3_reset(st);
	if (r != SQLITE_DONE)
		return rcp__error_db(err, db->sql, "cannot index source");
	if ((rc = rcp__db_stmt(db, count, &st, err)) != RCP_OK)
		return rc;
	rcp__bind_text(st, 1, lang);
	r = sqlite3_step(st);
	sqlite3_reset(st);
	if (r != SQLITE_DONE)
		return rcp__error_db(err, db->sql, "cannot index source");
	if ((rc = rcp__db_stmt(db, len, &st, err)) != RCP_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, id);
	r = sqlite3_step(st);
	sqlite3_reset(st);
	if (r != SQLITE_DONE)
		return rcp__error_db(err, db->sql, "cannot index source");
	for (size_t i = 0; i < t->npages; i++) {
		if ((rc = rcp__db_stmt(db, page, &st, err)) != RCP_OK)
			return rc;
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_int64(st, 2, (sqlite3_int64)i + 1);
		sqlite3_bind_int64(st, 3, (sqlite3_int64)t->pages[i]);
		r = sqlite3_step(st);
		sqlite3_reset(st);
		if (r != SQLITE_DONE)
			return rcp__error_db(err, db->sql, "cannot store pages");
	}
	if (t->nruns) {
		size_t n = t->nruns * 16;
		uint8_t *blob = rcp__xmalloc(n);
		for (size_t i = 0; i < t->nruns; i++) {
			put_u64(blob + 16 * i, t->runs[i].text);
			put_u64(blob + 16 * i + 8, t->runs[i].orig);
		}
		if ((rc = rcp__db_stmt(db, map, &st, err)) != RCP_OK) {
			free(blob);
			return rc;
		}
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_blob64(st, 2, blob, n, SQLITE_TRANSIENT);
		r = sqlite3_step(st);
		sqlite3_reset(st);
		free(blob);
		if (r != SQLITE_DONE)
			return rcp__error_db(err, db->sql, "cannot store the offset map");
	}
	return RCP_OK;
}

/* ------------------------------------------------------------------ */
/* Marking query words in a text                                       */
/* ------------------------------------------------------------------ */

typedef struct form {
	char *s;
	size_t n;
	int term;
	int prefix; /* 1: begins the folded word; 2: begins the word's stem */
	int weak;   /* a function word ("de", "the"): marked only beside others */
} form;

typedef struct marker {
	rcp_tokenizer *tok;
	form *forms;
	size_t nforms, cap;
	int cur_term, word;
	size_t last_start;
	int have_prefix;
	/* hits while scanning */
	struct hit {
		size_t start, end;
		int term;
		int weak;
	} *hits;
	size_t nhits, hits_cap;
	const char *text;
} marker;

/* The function words of en, fr, es and de that a query often holds
 * ("Ministerio de Defensa", "the Ministry of Defence"), folded. Searching
 * matches them like any word; marked on their own all over a text they
 * hide the words that matter, so a snippet marks one only beside a mark
 * of another word. */
static int is_weak(const char *w, size_t n)
{
	static const char *const weak[] = {
		"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with",
		"au", "aux", "d", "de", "des", "du", "et", "l", "la", "le", "les", "un", "une",
		"al", "del", "el", "en", "las", "lo", "los", "y", "das", "dem", "den", "der", "des",
		"die", "ein", "eine", "im", "und", "von", "zu", "zum", "zur", NULL,
	};
	if (n > 4)
		return 0;
	for (size_t i = 0; weak[i]; i++)
		if (strlen(weak[i]) == n && !memcmp(weak[i], w, n))
			return 1;
	return 0;
}

static int add_form(void *c, const char *tok, size_t n, size_t start, size_t end, int colocated)
{
	(void)end;
	marker *m = c;
	if (m->nforms == m->cap) {
		m->cap = m->cap ? m->cap * 2 : 16;
		m->forms = rcp__xrealloc(m->forms, m->cap * sizeof *m->forms);
	}
	/* each word of a phrase counts apart, so a passage holding the whole
	 * phrase beats one repeating its last word */
	if (!colocated && m->nforms && m->forms[m->nforms - 1].term / 8 == m->cur_term &&
	    m->last_start != start)
		m->word++;
	m->last_start = start;
	form *f = &m->forms[m->nforms++];
	f->s = rcp__xstrndup(tok, n);
	f->n = n;
	f->term = m->cur_term * 8 + (m->word < 7 ? m->word : 7);
	f->prefix = 0;
	f->weak = is_weak(tok, n);
	return 0;
}

static void marker_init(marker *m, const rcp_query *q, const char *qlang, rcp_tokenizer *tok,
                        unsigned langs)
{
	memset(m, 0, sizeof *m);
	m->tok = tok; /* the connection's: its stemmers and caches outlive the query */
	rcp__tokenizer_set_langs(tok, langs);
	for (size_t i = 0; i < q->nterms; i++) {
		m->cur_term = (int)i;
		m->word = 0;
		m->last_start = (size_t)-1;
		size_t before = m->nforms;
		const rcp_query_term *t = &q->terms[i];
		if (t->prefix) {
			/* as the query matches it (tokenizer.c, expand_word): the
			 * folded spelling begins the word, or its stems begin the
			 * word's stem */
			rcp__tokenize(m->tok, t->text, strlen(t->text), qlang, RCP_TOK_FOLD, add_form,
			              m);
			size_t folded = m->nforms;
			if (folded - before == 1) /* one word: its stems at its place */
				rcp__tokenize(m->tok, t->text, strlen(t->text), qlang, RCP_TOK_QUERY_ALL,
				              add_form, m);
			m->have_prefix = 1;
			for (size_t k = before; k < m->nforms; k++)
				m->forms[k].prefix = k < folded ? 1 : 2;
		} else {
			rcp__tokenize(m->tok, t->text, strlen(t->text), qlang, RCP_TOK_QUERY_ALL,
			              add_form, m);
		}
	}
}

static void marker_release(marker *m)
{
	for (size_t i = 0; i < m->nforms; i++)
		free(m->forms[i].s);
	free(m->forms);
	free(m->hits);
	rcp__tokenizer_set_langs(m->tok, 0);
}

static int mark_word(void *c, const char *tok, size_t n, size_t start, size_t end, int colocated)
{
	(void)colocated;
	marker *m = c;
	int term = -1, weak = 0;
	char *folded = NULL;
	size_t fn = 0;
	for (size_t i = 0; i < m->nforms && term < 0; i++) {
		form *f = &m->forms[i];
		if (!f->prefix) {
			if (f->n == n && !memcmp(f->s, tok, n)) {
				term = f->term;
				weak = f->weak;
			}
			continue;
		}
		if (f->prefix == 2) {
			if (n >= f->n && !memcmp(tok, f->s, f->n))
				term = f->term;
			continue;
		}
		if (!folded)
			folded = rcp__fold_dup(m->text + start, end - start, &fn);
		if (fn >= f->n && !memcmp(folded, f->s, f->n))
			term = f->term;
	}
	free(folded);
	if (term < 0)
		return 0;
	if (m->nhits == m->hits_cap) {
		if (m->nhits >= MAX_HITS)
			return 1;
		m->hits_cap = m->hits_cap ? m->hits_cap * 2 : 64;
		m->hits = rcp__xrealloc(m->hits, m->hits_cap * sizeof *m->hits);
	}
	m->hits[m->nhits].start = start;
	m->hits[m->nhits].end = end;
	m->hits[m->nhits].term = term;
	m->hits[m->nhits].weak = weak;
	m->nhits++;
	return 0;
}

/* 1 when hit q follows hit p in the text as the query orders them: next
 * to it (a space or two between, no line break) and the next word of a
 * phrase or the next term. */
static int follows(const struct hit *p, const struct hit *q, const char *text)
{
	if (q->start < p->end || q->start - p->end > 2 ||
	    memchr(text + p->end, '\n', q->start - p->end))
		return 0;
	return q->term == p->term + 1 || (q->term / 8 == p->term / 8 + 1 && q->term % 8 == 0);
}

/* Keep a function word's marks only where they stand as in the query,
 * next to the marks of other words ("Ministerio de Defensa", not every
 * "de" of the text, nor the "de" of "contrato de armas" for a query
 * "Ministerio de Defensa armas"), unless the query has nothing but
 * function words. Hits are in text order. */
static void drop_lone_weak(marker *m, const char *text)
{
	int strong = 0;
	for (size_t i = 0; i < m->nhits && !strong; i++)
		strong = !m->hits[i].weak;
	if (!strong)
		return;
	size_t k = 0;
	for (size_t i = 0; i < m->nhits; i++) {
		struct hit *h = &m->hits[i];
		if (h->weak) {
			/* a run of function words leans on the word it reaches */
			int near = 0;
			for (size_t j = i; j > 0 && !near; j--) {
				if (!follows(&m->hits[j - 1], &m->hits[j], text))
					break;
				near = !m->hits[j - 1].weak;
			}
			for (size_t j = i; j + 1 < m->nhits && !near; j++) {
				if (!follows(&m->hits[j], &m->hits[j + 1], text))
					break;
				near = !m->hits[j + 1].weak;
			}
			if (!near)
				continue;
		}
		m->hits[k++] = *h;
	}
	m->nhits = k;
}

typedef struct sent_find {
	size_t at, start, end;
	int found;
} sent_find;

static int find_sentence(size_t start, size_t end, void *ctx)
{
	sent_find *sf = ctx;
	if (sf->at >= start && sf->at < end) {
		sf->start = start;
		sf->end = end;
		sf->found = 1;
		return 1;
	}
	return start > sf->at;
}

static int is_cont(unsigned char c)
{
	return (c & 0xC0) == 0x80;
}

/* Move p back to a word start (a byte after a space) but not before lo. */
static size_t back_to_space(const char *s, size_t p, size_t lo)
{
	size_t q = p;
	while (q > lo && s[q - 1] != ' ' && s[q - 1] != '\n')
		q--;
	if (q == lo)
		while (p > lo && is_cont((unsigned char)s[p]))
			p--;
	return q > lo ? q : p;
}

static size_t fwd_to_space(const char *s, size_t len, size_t p, size_t hi)
{
	size_t q = p;
	while (q < hi && q < len && s[q] != ' ' && s[q] != '\n')
		q++;
	if (q >= hi)
		while (p < len && is_cont((unsigned char)s[p]))
			p++;
	return q < hi ? q : p;
}

/* 1 when s[0..n) is a metadata line: a key of up to 24 letters and
 * spaces, a colon, a space ("Source: ...", "Publicado: ...", "URL: ..."). */
static int is_meta_line(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && i <= 24 && s[i] != ':') {
		unsigned char c = (unsigned char)s[i];
		if (!(c >= 0x80 || c == ' ' || c == '-' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')))
			return 0;
		i++;
	}
	return i > 0 && i <= 24 && i + 1 < n && s[i] == ':' && s[i + 1] == ' ';
}

/* Where a text's body starts: past its head, the title line ('#' or the
 * first line when metadata lines follow it), metadata lines and blank
 * lines, within the first 2 KiB. 0 when there is no head, or nothing
 * after it. */
static size_t head_end(const char *text, size_t len)
{
	size_t i = 0, body = 0, lines = 0;
	int meta = 0;
	while (i < len && i < 2048 && lines < 16) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t e = nl ? (size_t)(nl - text) : len;
		const char *s = text + i;
		size_t n = e - i;
		while (n && (*s == ' ' || *s == '\t' || *s == '\r'))
			s++, n--;
		if (n == 0 || *s == '#' || is_meta_line(s, n)) {
			meta |= n > 0 && *s != '#';
		} else if (lines > 0) {
			break; /* the first line of the body */
		}
		lines++;
		i = nl ? e + 1 : len;
		body = i;
	}
	/* a first line alone is the text's first sentence, not a title */
	if (!meta && lines <= 1 && !(len && text[0] == '#'))
		return 0;
	return body < len ? body : 0;
}

/* Choose the passage: [*ps, *pe), and the hits inside it. */
static void passage(marker *m, const char *text, size_t len, const char *lang, size_t *ps,
                    size_t *pe, size_t *h0, size_t *h1)
{
	*h0 = *h1 = 0;
	if (m->nhits == 0) { /* the first sentence of the body */
		size_t b = head_end(text, len);
		size_t blen = len - b < 4096 ? len - b : 4096;
		sent_find sf = {0, 0, 0, 0};
		rcp__sentences(text + b, blen, lang, find_sentence, &sf);
		*ps = b + (sf.found ? sf.start : 0);
		*pe = b + (sf.found ? sf.end : (blen < 200 ? blen : 200));
		if (*pe - *ps > PASSAGE_MAX)
			*pe = fwd_to_space(text, len, *ps + 200, *ps + PASSAGE_MAX);
		return;
	}
	/* A document's head (its title and metadata lines) repeats what the
	 * result shows anyway: a window there is taken only when the body has
	 * no hit at all. */
	size_t head = head_end(text, len);
	/* best window of 200 bytes: distinct terms first, then hits */
	size_t best = 0, best_end = 1;
	long best_score = -1;
	uint64_t seen;
	for (size_t i = 0, j = 0; i < m->nhits; i++) {
		if (j < i)
			j = i;
		while (j < m->nhits && m->hits[j].end <= m->hits[i].start + 200)
			j++;
		if (j == i)
			j = i + 1;
		seen = 0;
		for (size_t k = i; k < j; k++)
			seen |= (uint64_t)1 << (m->hits[k].term & 63);
		long score = (long)__builtin_popcountll(seen) * 1000 + (long)(j - i) -
		             (m->hits[i].start < head ? 1000000 : 0);
		if (score > best_score) {
			best_score = score;
			best = i;
			best_end = j;
		}
	}
	size_t ws = m->hits[best].start, we = m->hits[best_end - 1].end;
	/* widen to the sentence around the first hit */
	size_t lo = ws > 600 ? ws - 600 : 0;
	size_t hi = we + 600 < len ? we + 600 : len;
	sent_find sf = {ws - lo, 0, 0, 0};
	rcp__sentences(text + lo, hi - lo, lang, find_sentence, &sf);
	size_t s = sf.found ? lo + sf.start : ws, e = we;
	sent_find sf2 = {we - 1 - lo, 0, 0, 0};
	rcp__sentences(text + lo, hi - lo, lang, find_sentence, &sf2);
	if (sf2.found)
		e = lo + sf2.end;
	if (e < we)
		e = we;
	if (e - s > PASSAGE_MAX) {
		if (ws - s > 80)
			s = back_to_space(text, ws - 60 > s ? ws - 60 : s, s);
		if (e - s > PASSAGE_MAX)
			e = fwd_to_space(text, len, we + 100 < e ? we + 100 : e, e);
		if (e < we)
			e = we;
	}
	*ps = s;
	*pe = e;
	size_t a = 0;
	while (a < m->nhits && m->hits[a].start < s)
		a++;
	size_t b = a;
	while (b < m->nhits && m->hits[b].end <= e)
		b++;
	*h0 = a;
	*h1 = b;
}

/* ------------------------------------------------------------------ */
/* Ranking                                                             */
/* ------------------------------------------------------------------ */

typedef rcp_rank_hit cand;

static int cand_cmp(const void *a, const void *b)
{
	const cand *x = a, *y = b;
	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return x->id < y->id ? 1 : x->id > y->id ? -1 : 0;
}

static void cand_swap(cand *a, cand *b)
{
	cand t = *a;
	*a = *b;
	*b = t;
}

/* Put the k best of c[0..n) first, in no order (quickselect). */
static void select_best(cand *c, size_t n, size_t k)
{
	size_t lo = 0, hi = n; /* the k-th best is in c[lo..hi) */
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		/* median of three as the pivot, moved to c[hi - 1] */
		if (cand_cmp(&c[mid], &c[lo]) < 0)
			cand_swap(&c[mid], &c[lo]);
		if (cand_cmp(&c[hi - 1], &c[lo]) < 0)
			cand_swap(&c[hi - 1], &c[lo]);
		if (cand_cmp(&c[mid], &c[hi - 1]) < 0)
			cand_swap(&c[mid], &c[hi - 1]);
		size_t store = lo;
		for (size_t i = lo; i < hi - 1; i++)
			if (cand_cmp(&c[i], &c[hi - 1]) < 0)
				cand_swap(&c[i], &c[store++]);
		cand_swap(&c[store], &c[hi - 1]);
		/* c[lo..store) are better than c[store], c[store + 1..hi) worse */
		if (store + 1 == k || store == k)
			return;
		if (store > k)
			hi = store;
		else
			lo = store + 1;
	}
}

rcp_status rcp__search_rank(sqlite3 *db, sqlite3_stmt *st, size_t best, rcp_rank_hit **out,
                            size_t *n, rcp_error *err)
{
	cand *c = NULL;
	size_t nc = 0, ccap = 0;
	int r;
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		if (nc == ccap) {
			ccap = ccap ? ccap * 2 : 64;
			c = rcp__xrealloc(c, ccap * sizeof *c);
		}
		c[nc].id = sqlite3_column_int64(st, 0);
		c[nc].score = -sqlite3_column_double(st, 1); /* bm25(): lower is better */
		nc++;
	}
	sqlite3_reset(st);
	if (r != SQLITE_DONE) {
		free(c);
		return rcp__error_db(err, db, "cannot search");
	}
	if (best && best < nc)
		select_best(c, nc, best);
	else
		best = nc;
	if (best)
		qsort(c, best, sizeof *c, cand_cmp);
	*out = c;
	*n = nc;
	return RCP_OK;
}

/* The languages the index holds and the range of its rowids. */
static rcp_status index_stats(rcp_db *db, unsigned *langs, int64_t *lo, int64_t *hi,
                              rcp_error *err)
{
	static const char q_langs[] = "SELECT lang FROM search_lang WHERE docs > 0";
	static const char q_range[] = "SELECT min(id), max(id) FROM source";
	sqlite3_stmt *st;
	rcp_status rc;
	if ((rc = rcp__db_stmt(db, q_langs, &st, err)) != RCP_OK)
		return rc;
	unsigned mask = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *l = rcp__col_text(st, 0);
		mask |= rcp__search_lang_bit(l[0] ? l : NULL);
	}
	sqlite3_reset(st);
	if ((rc = rcp__db_stmt(db, q_range, &st, err)) != RCP_OK)
		return rc;
	if (sqlite3_step(st) == SQLITE_ROW) {
		*lo = sqlite3_column_int64(st, 0);
		*hi = sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	*langs = mask;
	return RCP_OK;
}

static int has_filter(const rcp_search_opts *o)
{
	return o->lang || o->after || o->before || o->kind || o->entity;
}

rcp_status rcp_search_optimize(rcp_db *db, int64_t *ms, rcp_error *err)
{
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	rcp_status rc = rcp__db_begin(db, err);
	if (rc != RCP_OK)
		return rc;
	if (sqlite3_exec(db->sql, "INSERT INTO source_fts(source_fts) VALUES ('optimize')", NULL,
	                 NULL, NULL) != SQLITE_OK) {
		rcp__error_db(err, db->sql, "cannot optimize the search index");
		rcp__db_rollback(db);
		return RCP_EDB;
	}
	if ((rc = rcp__db_commit(db, err)) != RCP_OK)
		return rc;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (ms)
		*ms = (int64_t)(t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
	return RCP_OK;
}

/* Pages an FTS5 'merge' statement writes at most: the steps of
 * rcp__search_merge. */
#define MERGE_STEP 1000
/* Fewer pages than this to merge: nothing merged. Small budgets start
 * merges they do not finish, and an unfinished merge is one segment more
 * (300 single-document adds, each merging twice what it wrote, left 25
 * segments where FTS5's automerge alone left 17) */
#define MERGE_MIN 1000

rcp_status rcp__search_merge(sqlite3 *db, const char *table, int64_t pages, rcp_error *err)
{
	/* FTS5 writes a segment per commit and merges them a level at a
	 * time when `automerge` (4) share one, so a bulk add leaves
	 * segments on several levels (9 at 1M documents in bench/search, 17
	 * at 20k committed one by one), and a query looks each of its words
	 * up in every one: most of a short query's time. With `usermerge` 2,
	 * 'merge' merges any two on a level, so steps until one changes
	 * nothing leave at most one a level. The steps stop earlier at
	 * `pages`: a merge may reach the index's largest segment and rewrite
	 * it whole, which a batch pays only in proportion to what it wrote
	 * (an unfinished merge goes on with the next batch's, or with
	 * FTS5's own automerge). */
	if (pages < MERGE_MIN)
		return RCP_OK;
	char q[160];
	snprintf(q, sizeof q, "INSERT INTO %s(%s, rank) VALUES ('usermerge', 2)", table, table);
	if (sqlite3_exec(db, q, NULL, NULL, NULL) != SQLITE_OK)
		return rcp__error_db(err, db, "cannot merge the search index");
	while (pages > 0) {
		int step = pages < MERGE_STEP ? (int)pages : MERGE_STEP;
		snprintf(q, sizeof q, "INSERT INTO %s(%s, rank) VALUES ('merge', %d)", table, table,
		         step);
		sqlite3_int64 before = sqlite3_total_changes64(db);
		if (sqlite3_exec(db, q, NULL, NULL, NULL) != SQLITE_OK)
			return rcp__error_db(err, db, "cannot merge the search index");
		/* the 'merge' row itself counts one change: nothing merged */
		if (sqlite3_total_changes64(db) - before <= 1)
			break;
		pages -= step;
	}
	return RCP_OK;
}

int64_t rcp__search_pages(sqlite3 *db)
{
	sqlite3_stmt *st;
	int64_t n = 0;
	if (sqlite3_prepare_v2(db, "SELECT page_count - freelist_count FROM pragma_page_count,"
	                       " pragma_freelist_count", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

int64_t rcp_search_mark(rcp_db *db)
{
	return rcp__search_pages(db->sql);
}

rcp_status rcp_search_merge(rcp_db *db, int64_t mark, rcp_error *err)
{
	/* each 'merge' statement commits on its own: readers see the index
	 * as it was or as one step left it, both whole */
	return rcp__search_merge(db->sql, "source_fts", 2 * (rcp__search_pages(db->sql) - mark), err);
}

rcp_status rcp_search_explain(const char *query, char **out, rcp_error *err)
{
	rcp_query q;
	rcp_status rc = rcp__query_parse(query, &q, err);
	if (rc != RCP_OK)
		return rc;
	*out = q.fts;
	q.fts = NULL;
	rcp__query_release(&q);
	return RCP_OK;
}

static void tokenizer_free(void *t)
{
	rcp__tokenizer_free(t);
}

rcp_status rcp_search(rcp_db *db, const rcp_search_opts *o,
                      int (*fn)(const rcp_search_result *r, void *ctx), void *ctx,
                      rcp_search_stats *stats, rcp_error *err)
{
	/* [filtered]: the query over a range of rowids (rcp__search_topk) */
#define Q_RANGE(where) \
	"SELECT source_fts.rowid, rcp_rank(source_fts, ?8, ?9, 3.0, 1.0, ?12)" \
	" FROM source_fts" where
	static const char *const q_rank[2] = {
		Q_RANGE(" WHERE source_fts MATCH ?1 AND rowid BETWEEN ?10 AND ?11"),
		Q_RANGE(" JOIN source s ON s.id = source_fts.rowid"
		        " WHERE source_fts MATCH ?1 AND source_fts.rowid BETWEEN ?10 AND ?11"
		        " AND (?3 IS NULL OR s.lang = ?3)"
		        " AND (?4 IS NULL OR s.published >= ?4)"
		        " AND (?5 IS NULL OR s.published < ?5)"
		        " AND (?6 IS NULL OR s.kind = ?6)"
		        " AND (?7 IS NULL OR s.id IN (SELECT source FROM mention WHERE entity = ?7))"),
	};
#undef Q_RANGE
	/* a token's postings, for the bounds (weights as above) */
	static const char q_tf[] =
		"SELECT rowid, rcp_tf(source_fts, 3.0, 1.0) FROM source_fts"
		" WHERE source_fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3 ORDER BY rowid";
	static const char q_row[] =
		"SELECT id, sha256, title, url, published, publisher, kind, lang, text"
		" FROM source WHERE id = ?1";
	static const char q_page[] =
		"SELECT max(page) FROM source_page WHERE source = ?1 AND start <= ?2";

	if (!o->query)
		return rcp__error_set(err, RCP_EINVAL, "malformed query", NULL, "empty query");
	if (o->after && !rcp_date_valid(o->after))
		return rcp__error_set(err, RCP_EINVAL, "invalid date", o->after,
		                      "use YYYY, YYYY-MM or YYYY-MM-DD");
	if (o->before && !rcp_date_valid(o->before))
		return rcp__error_set(err, RCP_EINVAL, "invalid date", o->before,
		                      "use YYYY, YYYY-MM or YYYY-MM-DD");
	if (o->limit < 0 || o->offset < 0)
		return rcp__error_set(err, RCP_EINVAL, "invalid limit", NULL, "must not be negative");
	int64_t limit = o->limit ? o->limit : 10;

	/* one snapshot for the bounds, the ranking and the results */
	int txn = sqlite3_get_autocommit(db->sql) &&
	          sqlite3_exec(db->sql, "BEGIN", NULL, NULL, NULL) == SQLITE_OK;
	unsigned langs = 0;
	int64_t lo = 0, hi = 0;
	rcp_query q;
	memset(&q, 0, sizeof q);
	rcp_status rc = index_stats(db, &langs, &lo, &hi, err);
	if (rc != RCP_OK)
		goto done;
	/* query words are expanded in the languages the index holds */
	rcp__search_set_query_lang(db->search, o->lang, langs);
	if ((rc = rcp__search_parse(db->search, o->query, &q, err)) != RCP_OK)
		goto done;

	cand *c = NULL;
	size_t nc = 0;
	sqlite3_stmt *st;
	marker m;
	int marker_ready = 0;
	sqlite3_stmt *tf;
	if ((rc = rcp__db_stmt(db, q_rank[has_filter(o)], &st, err)) != RCP_OK ||
	    (rc = rcp__db_stmt(db, q_tf, &tf, err)) != RCP_OK)
		goto out;
	sqlite3_bind_text(st, 1, q.fts, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 8, lo);
	sqlite3_bind_int64(st, 9, hi);
	if (has_filter(o)) {
		rcp__bind_text(st, 3, o->lang);
		rcp__bind_text(st, 4, o->after);
		rcp__bind_text(st, 5, o->before);
		rcp__bind_text(st, 6, o->kind);
		rcp__bind_text(st, 7, o->entity);
	}
	rcp_topk_stats ts;
	rc = rcp__search_topk(db->sql, rcp__search_bounds(db->search), &q, st, !has_filter(o), tf, hi,
	                      (size_t)(o->offset + limit), &c, &nc, &ts, err);
	sqlite3_clear_bindings(st);
	if (rc != RCP_OK)
		goto out;
	if (stats) {
		/* every match scored, or shown unable to enter the results */
		stats->matches = ts.scored;
		stats->exhaustive = 1;
	}

	rcp_tokenizer *tok = rcp__db_slot(db, RCP__SLOT_SEARCH_TOK);
	if (!tok) {
		tok = rcp__tokenizer_new();
		rcp__db_slot_put(db, RCP__SLOT_SEARCH_TOK, tok, tokenizer_free);
	}
	marker_init(&m, &q, o->lang, tok, langs);
	marker_ready = 1;
	for (size_t i = (size_t)o->offset; i < nc && i < (size_t)(o->offset + limit); i++) {
		if ((rc = rcp__db_stmt(db, q_row, &st, err)) != RCP_OK)
			goto out;
		sqlite3_bind_int64(st, 1, c[i].id);
		if (sqlite3_step(st) != SQLITE_ROW) {
			sqlite3_reset(st);
			continue; /* an index row without its source: skip it */
		}
		rcp_search_result res;
		memset(&res, 0, sizeof res);
		res.id = sqlite3_column_int64(st, 0);
		snprintf(res.sha256, sizeof res.sha256, "%s", rcp__col_text(st, 1));
		res.title = rcp__col_text(st, 2);
		res.url = rcp__col_text(st, 3);
		res.published = rcp__col_text(st, 4);
		res.publisher = rcp__col_text(st, 5);
		res.kind = rcp__col_text(st, 6);
		res.lang = rcp__col_text(st, 7);
		res.score = c[i].score;
		const char *text = (const char *)sqlite3_column_text(st, 8);
		size_t tlen = (size_t)sqlite3_column_bytes(st, 8);
		if (!text)
			text = "", tlen = 0;
		size_t scan = tlen < SCAN_MAX ? tlen : SCAN_MAX;
		m.nhits = 0;
		m.text = text;
		rcp__tokenize(m.tok, text, scan, res.lang, RCP_TOK_STEM, mark_word, &m);
		drop_lone_weak(&m, text);
		size_t ps, pe, h0, h1;
		passage(&m, text, scan, res.lang, &ps, &pe, &h0, &h1);
		rcp_search_span *spans = rcp__xcalloc(h1 - h0 + 1, sizeof *spans);
		for (size_t k = h0; k < h1; k++) {
			spans[k - h0].start = (int64_t)m.hits[k].start;
			spans[k - h0].end = (int64_t)m.hits[k].end;
		}
		res.snippet_start = (int64_t)ps;
		res.snippet_end = (int64_t)pe;
		res.snippet = text + ps;
		res.hits = spans;
		res.nhits = h1 - h0;
		sqlite3_stmt *pst;
		if (rcp__db_stmt(db, q_page, &pst, NULL) == RCP_OK) {
			sqlite3_bind_int64(pst, 1, res.id);
			sqlite3_bind_int64(pst, 2, (sqlite3_int64)ps);
			if (sqlite3_step(pst) == SQLITE_ROW)
				res.page = sqlite3_column_int(pst, 0);
			sqlite3_reset(pst);
		}
		int stop = fn(&res, ctx);
		free(spans);
		sqlite3_reset(st);
		if (stop)
			break;
	}
out:
	if (marker_ready)
		marker_release(&m);
	free(c);
done:
	rcp__query_release(&q);
	if (txn)
		sqlite3_exec(db->sql, "COMMIT", NULL, NULL, NULL);
	return rc;
}
