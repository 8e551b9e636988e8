/*
 * tokenizer.c — words for the full-text index, and the FTS5 tokenizer
 * "receipts" built on them.
 *
 * A word is a run of letters, marks and digits (rcp__is_word_cp); digits
 * joined by '.' or ',' stay one number ("1,000", "8.5"); apostrophes and
 * hyphens split ("l'armée" -> l, armee). Han, kana and Thai characters are
 * one token each, since those scripts do not put spaces between words.
 * Each word is folded as fold.c folds (NFKD, case folding, marks removed)
 * and then stemmed with Snowball in the document's language.
 *
 * Documents are stemmed in their own language only. A query term cannot
 * know which language it will meet, so at query time each term is
 * emitted as a set of colocated tokens (FTS5's synonym mechanism): the
 * folded word and its stem in every language we stem. "contracts" then
 * finds "contracted" in English, and "défense" finds "defensa" only if
 * Spanish stems it so; prefixes ("contr*") are never stemmed.
 *
 * The document language reaches the tokenizer through the SQL function
 * rcp_index_lang(lang, value), which sets it on the connection's
 * tokenizer context and returns value: INSERT INTO source_fts(...)
 * VALUES (?, ?, rcp_index_lang(?, ?)) is evaluated before FTS5 tokenizes.
 */
#include <string.h>

#include <libstemmer.h>
#include <utf8proc.h>

#include "internal.h"

/* Languages a query term is stemmed in. Documents in any other language
 * are indexed folded but unstemmed, which the folded query token matches. */
static const char *const stem_langs[] = {"en", "fr", "es", "de", "ar", "it", "pt", "nl", NULL};
#define NSTEM 8

#define MAX_WORD 64          /* bytes of a folded word kept; longer is cut */
#define CACHE_SLOTS (1 << 13) /* per language; direct-mapped */
#define TOKEN_SLOTS (1 << 14) /* per language; direct-mapped */
#define CACHE_KEY 24

typedef struct stem_slot {
	uint8_t klen, vlen;
	char key[CACHE_KEY];
	char val[CACHE_KEY];
} stem_slot;

struct rcp_tokenizer {
	struct sb_stemmer *stem[NSTEM];
	int tried[NSTEM];
	stem_slot *cache[NSTEM];
	/* the token indexed for a word as written, per language (the last
	 * for words in no stemmed language): folding and stemming skipped
	 * for every word seen before */
	stem_slot *tokens[NSTEM + 1];
	rcp_buf fold;  /* the word folded */
	rcp_buf cased; /* the word case-folded, accents kept (non-ASCII words) */
	rcp_buf stemmed; /* a stem of the cased word, folded */
	int ascii;     /* the last word was ASCII */
	unsigned qmask; /* languages query terms are stemmed in; 0: all */
};

rcp_tokenizer *rcp__tokenizer_new(void)
{
	rcp_tokenizer *t = rcp__xcalloc(1, sizeof *t);
	rcp__buf_init(&t->fold, 0);
	rcp__buf_init(&t->cased, 0);
	rcp__buf_init(&t->stemmed, 0);
	return t;
}

void rcp__tokenizer_free(rcp_tokenizer *t)
{
	if (!t)
		return;
	for (int i = 0; i < NSTEM; i++) {
		if (t->stem[i])
			sb_stemmer_delete(t->stem[i]);
		free(t->cache[i]);
	}
	for (int i = 0; i <= NSTEM; i++)
		free(t->tokens[i]);
	rcp__buf_release(&t->fold);
	rcp__buf_release(&t->cased);
	rcp__buf_release(&t->stemmed);
	free(t);
}

/* Index of a language we stem, -1 if none. */
static int lang_index(const char *lang)
{
	if (!lang)
		return -1;
	for (int i = 0; stem_langs[i]; i++)
		if (!strcmp(lang, stem_langs[i]))
			return i;
	return -1;
}

int rcp__stem_supported(const char *lang)
{
	return lang_index(lang) >= 0;
}

unsigned rcp__search_lang_bit(const char *lang)
{
	int li = lang_index(lang);
	return li >= 0 ? 1u << li : RCP_LANG_UNSTEMMED;
}

void rcp__tokenizer_set_langs(rcp_tokenizer *t, unsigned mask)
{
	t->qmask = mask;
}

static uint32_t hash_bytes(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (uint8_t)s[i]) * 16777619u;
	return h;
}

/* Stem w[0..n) in language li; returns a pointer valid until the next call
 * and its length. Numbers and one-letter words are left alone. */
static const char *stem(rcp_tokenizer *t, int li, const char *w, size_t n, size_t *out_n)
{
	*out_n = n;
	if (li < 0 || n < 3 || (w[0] >= '0' && w[0] <= '9'))
		return w;
	if (!t->tried[li]) {
		t->tried[li] = 1;
		t->stem[li] = sb_stemmer_new(stem_langs[li], "UTF_8");
		if (t->stem[li])
			t->cache[li] = rcp__xcalloc(CACHE_SLOTS, sizeof(stem_slot));
	}
	if (!t->stem[li])
		return w;
	stem_slot *slot = NULL;
	if (n < CACHE_KEY) {
		slot = &t->cache[li][hash_bytes(w, n) & (CACHE_SLOTS - 1)];
		if (slot->klen == n && !memcmp(slot->key, w, n)) {
			*out_n = slot->vlen;
			return slot->val;
		}
	}
	const sb_symbol *s = sb_stemmer_stem(t->stem[li], (const sb_symbol *)w, (int)n);
	if (!s)
		return w; /* out of memory inside libstemmer: index the word unstemmed */
	size_t sn = (size_t)sb_stemmer_length(t->stem[li]);
	if (slot && sn < CACHE_KEY) {
		slot->klen = (uint8_t)n;
		memcpy(slot->key, w, n);
		slot->vlen = (uint8_t)sn;
		memcpy(slot->val, s, sn);
	}
	*out_n = sn;
	return (const char *)s;
}

/* Scripts written without spaces: each character is a token. */
static int is_solo_cp(int32_t cp)
{
	return (cp >= 0x3040 && cp <= 0x30FF) ||   /* hiragana, katakana */
	       (cp >= 0x3400 && cp <= 0x4DBF) ||   /* CJK ext A */
	       (cp >= 0x4E00 && cp <= 0x9FFF) ||   /* CJK unified */
	       (cp >= 0xF900 && cp <= 0xFAFF) ||   /* CJK compatibility */
	       (cp >= 0x0E00 && cp <= 0x0E7F) ||   /* Thai */
	       (cp >= 0x20000 && cp <= 0x2FFFF);
}

static int is_digit(int32_t cp)
{
	return cp >= '0' && cp <= '9';
}

/* The code point at s[i] (not ASCII): its length in *k and whether it is
 * part of a word (0), a word of its own (2) or not (-1). Latin letters
 * with accents, the common case after ASCII, skip utf8proc's tables. */
static int class_at(const char *s, size_t n, size_t i, size_t *k)
{
	unsigned char c = (unsigned char)s[i];
	if ((c == 0xC3 || c == 0xC4 || c == 0xC5) && i + 1 < n &&
	    ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
		int32_t cp = ((c & 0x1F) << 6) | ((unsigned char)s[i + 1] & 0x3F);
		*k = 2;
		/* U+00C0..U+017F are letters but for the signs × and ÷ */
		return cp >= 0xC0 && cp != 0xD7 && cp != 0xF7 ? 0 : -1;
	}
	int32_t cp;
	*k = rcp__utf8_next(s, n, i, &cp);
	if (!rcp__is_word_cp(cp))
		return -1;
	return is_solo_cp(cp) ? 2 : 0;
}

/* Find the next word in s[*pos..n). Returns 0 at the end; else sets
 * [*start, *end) and advances *pos past the word. */
int rcp__next_word(const char *s, size_t n, size_t *pos, size_t *start, size_t *end)
{
	size_t i = *pos, k;
	int cls = -1;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			if ((unsigned)((c | 32) - 'a') < 26u || (unsigned)(c - '0') < 10u) {
				k = 1;
				cls = 0;
				break;
			}
			i++;
			continue;
		}
		if ((cls = class_at(s, n, i, &k)) >= 0)
			break;
		i += k;
	}
	if (i >= n) {
		*pos = n;
		return 0;
	}
	*start = i;
	if (cls == 2) {
		*end = *pos = i + k;
		return 1;
	}
	int digits = (unsigned)((unsigned char)s[i] - '0') < 10u;
	i += k;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			if ((unsigned)((c | 32) - 'a') < 26u) {
				digits = 0;
				i++;
				continue;
			}
			if ((unsigned)(c - '0') < 10u) {
				i++;
				continue;
			}
			/* 1,000 and 8.5: a separator between digits joins them */
			if ((c == '.' || c == ',') && digits && i + 1 < n &&
			    (unsigned)((unsigned char)s[i + 1] - '0') < 10u && is_digit((unsigned char)s[i - 1])) {
				i++;
				continue;
			}
			break;
		}
		if (class_at(s, n, i, &k) != 0)
			break;
		digits = 0;
		i += k;
	}
	*end = *pos = i;
	return 1;
}

/* Fold one word into t->fold; returns its bytes (valid until the next call). */
static const char *fold_word(rcp_tokenizer *t, const char *w, size_t n, size_t *out_n)
{
	t->fold.len = 0;
	int ascii = 1;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)w[i] >= 0x80) {
			ascii = 0;
			break;
		}
	t->ascii = ascii;
	if (ascii) {
		size_t m = n < MAX_WORD ? n : MAX_WORD;
		(void)rcp__buf_append(&t->fold, w, m);
		for (size_t i = 0; i < m; i++) {
			char c = t->fold.data[i];
			if (c >= 'A' && c <= 'Z')
				t->fold.data[i] = (char)(c + 32);
		}
	} else {
		rcp__fold(w, n, &t->fold, NULL);
		if (t->fold.len > MAX_WORD) {
			/* cut at a code point boundary */
			size_t m = MAX_WORD;
			while (m > 0 && ((unsigned char)t->fold.data[m] & 0xC0) == 0x80)
				m--;
			t->fold.len = m;
			t->fold.data[m] = '\0';
		}
	}
	*out_n = t->fold.len;
	return t->fold.data;
}

/* Cut b to at most MAX_WORD bytes on a code point boundary. */
static void cut_word(rcp_buf *b)
{
	if (b->len <= MAX_WORD)
		return;
	size_t m = MAX_WORD;
	while (m > 0 && ((unsigned char)b->data[m] & 0xC0) == 0x80)
		m--;
	b->len = m;
	b->data[m] = '\0';
}

/* Stem of a non-ASCII word w in language li, computed on its case-folded
 * form with accents kept (Snowball's suffixes carry accents: -ación,
 * -ité, -ät), then folded. Returns bytes valid until the next call. */
static const char *stem_cased(rcp_tokenizer *t, int li, const char *w, size_t n, size_t *out_n)
{
	utf8proc_uint8_t *c = NULL;
	utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)w, (utf8proc_ssize_t)n, &c,
	                                  UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
	                                          UTF8PROC_CASEFOLD);
	t->cased.len = 0;
	if (m < 0)
		(void)rcp__buf_append(&t->cased, w, n);
	else
		(void)rcp__buf_append(&t->cased, c, (size_t)m);
	free(c);
	cut_word(&t->cased);
	size_t sn;
	const char *st = stem(t, li, t->cased.data, t->cased.len, &sn);
	t->stemmed.len = 0;
	rcp__fold(st, sn, &t->stemmed, NULL);
	cut_word(&t->stemmed);
	*out_n = t->stemmed.len;
	return t->stemmed.data;
}

int rcp__tokenize(rcp_tokenizer *t, const char *s, size_t n, const char *lang, int mode,
                  rcp_token_fn fn, void *ctx)
{
	size_t pos = 0, start, end;
	int li = lang_index(lang);
	int ti = li >= 0 ? li : NSTEM;
	while (rcp__next_word(s, n, &pos, &start, &end)) {
		stem_slot *slot = NULL;
		if (mode == RCP_TOK_STEM && end - start < CACHE_KEY) {
			if (!t->tokens[ti])
				t->tokens[ti] = rcp__xcalloc(TOKEN_SLOTS, sizeof(stem_slot));
			slot = &t->tokens[ti][hash_bytes(s + start, end - start) & (TOKEN_SLOTS - 1)];
			if (slot->klen == end - start && slot->vlen &&
			    !memcmp(slot->key, s + start, end - start)) {
				int rc = fn(ctx, slot->val, slot->vlen, start, end, 0);
				if (rc != 0)
					return rc;
				continue;
			}
		}
		size_t fn_len;
		const char *f = fold_word(t, s + start, end - start, &fn_len);
		if (fn_len == 0)
			continue;
		int rc;
		if (mode == RCP_TOK_QUERY_ALL) {
			/* the folded word, then each distinct stem, colocated; the
			 * folded word only when some document is indexed unstemmed
			 * (or a stem equals it) */
			char seen[2 * NSTEM + 1][MAX_WORD + 1];
			size_t seen_n[2 * NSTEM + 1];
			int ns = 0;
			unsigned mask = t->qmask;
			if (li >= 0 || !mask || (mask & RCP_LANG_UNSTEMMED)) {
				memcpy(seen[0], f, fn_len);
				seen_n[ns++] = fn_len;
				if ((rc = fn(ctx, f, fn_len, start, end, 0)) != 0)
					return rc;
			}
			for (int i = 0; i < NSTEM; i++) {
				if (li >= 0 && i != li)
					continue; /* a query language was given: stem in it only */
				if (li < 0 && mask && !(mask & (1u << i)))
					continue; /* no document is in this language */
				/* the stem documents get, and for a word typed with
				 * accents also the stem of its unaccented spelling */
				for (int pass = 0; pass < 2; pass++) {
					size_t sn;
					const char *st;
					if (pass == 0 && !t->ascii)
						st = stem_cased(t, i, s + start, end - start, &sn);
					else if (pass == 1 || t->ascii)
						st = stem(t, i, f, fn_len, &sn);
					else
						continue;
					if (sn > MAX_WORD)
						sn = MAX_WORD;
					int dup = 0;
					for (int j = 0; j < ns; j++)
						if (seen_n[j] == sn && !memcmp(seen[j], st, sn))
							dup = 1;
					if (!dup && sn > 0 && ns < 2 * NSTEM + 1) {
						memcpy(seen[ns], st, sn);
						seen_n[ns++] = sn;
						if ((rc = fn(ctx, st, sn, start, end, ns > 1)) != 0)
							return rc;
					}
					if (t->ascii)
						break;
				}
			}
			if (ns == 0 && (rc = fn(ctx, f, fn_len, start, end, 0)) != 0)
				return rc;
		} else if (mode == RCP_TOK_FOLD) {
			if ((rc = fn(ctx, f, fn_len, start, end, 0)) != 0)
				return rc;
		} else {
			size_t sn;
			const char *st = t->ascii || li < 0
				? stem(t, li, f, fn_len, &sn)
				: stem_cased(t, li, s + start, end - start, &sn);
			if (sn == 0) {
				/* Snowball took the whole word (Arabic drops a lone
				 * tatweel): index the folded word, never an empty term,
				 * which would match every other such word */
				st = f;
				sn = fn_len;
			}
			if (slot && sn < CACHE_KEY) {
				slot->klen = (uint8_t)(end - start);
				memcpy(slot->key, s + start, end - start);
				slot->vlen = (uint8_t)sn;
				memcpy(slot->val, st, sn);
			}
			if ((rc = fn(ctx, st, sn, start, end, 0)) != 0)
				return rc;
		}
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* The FTS5 tokenizer                                                  */
/* ------------------------------------------------------------------ */

/* One per connection: the language of the document being indexed, and
 * the languages queries are stemmed in. */
struct rcp_search_ctx {
	char lang[8];
	unsigned qmask;
};
typedef struct rcp_search_ctx index_ctx;

typedef struct fts_tok {
	rcp_tokenizer *t;
	index_ctx *ix;
} fts_tok;

static int fts_create(void *pctx, const char **argv, int argc, Fts5Tokenizer **out)
{
	(void)argv;
	(void)argc;
	fts_tok *ft = rcp__xcalloc(1, sizeof *ft);
	ft->t = rcp__tokenizer_new();
	ft->ix = pctx;
	*out = (Fts5Tokenizer *)ft;
	return SQLITE_OK;
}

static void fts_delete(Fts5Tokenizer *p)
{
	fts_tok *ft = (fts_tok *)p;
	if (!ft)
		return;
	rcp__tokenizer_free(ft->t);
	free(ft);
}

typedef struct fts_emit {
	void *ctx;
	int (*xToken)(void *, int, const char *, int, int, int);
} fts_emit;

static int emit(void *c, const char *tok, size_t n, size_t start, size_t end, int colocated)
{
	fts_emit *e = c;
	return e->xToken(e->ctx, colocated ? FTS5_TOKEN_COLOCATED : 0, tok, (int)n, (int)start,
	                 (int)end);
}

static int fts_tokenize(Fts5Tokenizer *p, void *ctx, int flags, const char *text, int n,
                        int (*xToken)(void *, int, const char *, int, int, int))
{
	fts_tok *ft = (fts_tok *)p;
	fts_emit e = {ctx, xToken};
	if (n <= 0)
		return SQLITE_OK;
	int mode;
	const char *lang = ft->ix->lang[0] ? ft->ix->lang : NULL;
	if (flags & FTS5_TOKENIZE_PREFIX)
		mode = RCP_TOK_FOLD;
	else if (flags & FTS5_TOKENIZE_QUERY) {
		mode = RCP_TOK_QUERY_ALL;
		rcp__tokenizer_set_langs(ft->t, ft->ix->qmask);
	}
	else
		mode = RCP_TOK_STEM;
	int rc = rcp__tokenize(ft->t, text, (size_t)n, lang, mode, emit, &e);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static void index_lang_fn(sqlite3_context *c, int argc, sqlite3_value **argv)
{
	index_ctx *ix = sqlite3_user_data(c);
	const unsigned char *l = argc > 0 ? sqlite3_value_text(argv[0]) : NULL;
	snprintf(ix->lang, sizeof ix->lang, "%s", l ? (const char *)l : "");
	sqlite3_result_value(c, argv[1]);
}

static fts5_api *get_fts5(sqlite3 *db)
{
	fts5_api *api = NULL;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL) != SQLITE_OK)
		return NULL;
	sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
	sqlite3_step(st);
	sqlite3_finalize(st);
	return api;
}

rcp_status rcp__search_register(sqlite3 *db, rcp_search_ctx **ctx, rcp_error *err)
{
	fts5_api *api = get_fts5(db);
	if (!api)
		return rcp__error_set(err, RCP_EDB, "cannot open database", NULL,
		                      "this SQLite has no FTS5");
	index_ctx *ix = rcp__xcalloc(1, sizeof *ix);
	fts5_tokenizer tok = {fts_create, fts_delete, fts_tokenize};
	if (api->xCreateTokenizer(api, "receipts", ix, &tok, free) != SQLITE_OK) {
		free(ix);
		return rcp__error_db(err, db, "cannot register the search tokenizer");
	}
	/* ix lives until the connection closes (xDestroy above frees it) */
	if (sqlite3_create_function(db, "rcp_index_lang", 2, SQLITE_UTF8, ix, index_lang_fn,
	                            NULL, NULL) != SQLITE_OK)
		return rcp__error_db(err, db, "cannot register the search functions");
	if (ctx)
		*ctx = ix;
	return rcp__search_register_rank(api, db, err);
}

void rcp__search_set_query_lang(rcp_search_ctx *c, const char *lang, unsigned mask)
{
	if (!c)
		return;
	snprintf(c->lang, sizeof c->lang, "%s", lang ? lang : "");
	c->qmask = mask;
}
