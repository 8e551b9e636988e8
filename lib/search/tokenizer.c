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
 * FTS5 reads a term with synonyms slowly, though: on the bench's 1M
 * index an OR of the same tokens matches the same rows about a third
 * faster. So rcp__search_parse writes a query word that makes one token
 * as an OR of its forms instead, each a quoted string marked with
 * VERBATIM that the tokenizer passes through as it is: "contracts" ->
 * ("\1contract" OR "\1contracts"). Phrases and words of several tokens
 * ("l'armée") keep the synonyms.
 *
 * The document language reaches the tokenizer through the SQL function
 * rcp_index_lang(lang, value), which sets it on the connection's
 * tokenizer context and returns value: INSERT INTO source_fts(...)
 * VALUES (?, ?, rcp_index_lang(?, ?)) is evaluated before FTS5 tokenizes.
 */
#include <string.h>
#include <sys/mman.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <libstemmer.h>
#include <utf8proc.h>

#include "internal.h"

/* Languages a query term is stemmed in. Documents in any other language
 * are indexed folded but unstemmed, which the folded query token matches. */
static const char *const stem_langs[] = {"en", "fr", "es", "de", "ar", "it", "pt", "nl", NULL};
#define NSTEM RCP_TOK_NSTEM

#define MAX_WORD RCP_TOK_MAX_WORD
#define CACHE_SLOTS (1 << 13) /* per language; direct-mapped */
#define CACHE_KEY 24
#define TOKEN_BITS 16         /* up to 64k slots of 32 bytes per language */
#define TOKEN_BITS_FIRST 12   /* 4k slots at first */
#define TOKEN_KEY 16          /* bytes of a word as written, zero-padded */
#define TOKEN_VAL 15          /* bytes of its token */

typedef struct stem_slot {
	uint8_t klen, vlen;
	char key[CACHE_KEY];
	char val[CACHE_KEY];
} stem_slot;

/* The token indexed for a word as written: 32 bytes, two to a cache
 * line, so that the slots of the frequent words stay in the CPU's
 * caches. A word holds no NUL byte, so its bytes zero-padded to 16 are
 * the whole key, compared as two 64-bit numbers. */
typedef struct token_slot {
	uint64_t k0, k1;
	uint8_t vlen; /* 0: empty */
	char val[TOKEN_VAL];
} token_slot;

struct rcp_tokenizer {
	struct sb_stemmer *stem[NSTEM];
	int tried[NSTEM];
	stem_slot *cache[NSTEM];
	/* the token indexed for a word as written, per language (the last
	 * for words in no stemmed language): folding and stemming skipped
	 * for every word seen before */
	token_slot *tokens[NSTEM + 1];
	int bits[NSTEM + 1];       /* each holds 1 << bits slots (0: none yet) */
	uint32_t misses[NSTEM + 1]; /* since it was allocated */
	int token_bits; /* the most bits a cache grows to; 0: no cache */
	rcp_buf fold;  /* the word folded */
	rcp_buf cased; /* the word case-folded, accents kept (non-ASCII words) */
	rcp_buf stemmed; /* a stem of the cased word, folded */
	int ascii;     /* the last word was ASCII */
	unsigned qmask; /* languages query terms are stemmed in; 0: all */
};

#define HUGE_PAGE ((size_t)2 << 20)

/* A zeroed table of 1 << bits slots, NULL when there is no memory for a
 * big one. From 2 MiB on it is mapped on its own, aligned to 2 MiB and
 * marked for huge pages where the system gives them, before any page is
 * touched: a lookup then costs no walk of the page tables. Smaller ones
 * come from malloc, aligned to cache lines. */
static token_slot *token_table_new(int bits)
{
	size_t bytes = sizeof(token_slot) << bits;
	if (bytes >= HUGE_PAGE) {
		char *p = mmap(NULL, bytes + HUGE_PAGE, PROT_READ | PROT_WRITE,
		               MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (p != MAP_FAILED) {
			size_t head = (HUGE_PAGE - (uintptr_t)p % HUGE_PAGE) % HUGE_PAGE;
			if (head)
				munmap(p, head);
			munmap(p + head + bytes, HUGE_PAGE - head);
#ifdef MADV_HUGEPAGE
			(void)madvise(p + head, bytes, MADV_HUGEPAGE);
#endif
			return (token_slot *)(void *)(p + head);
		}
		return NULL;
	}
	void *p = NULL;
	if (posix_memalign(&p, 64, bytes) != 0)
		p = rcp__xmalloc(bytes); /* aligned to 16 at least: still correct */
	memset(p, 0, bytes);
	return p;
}

static void token_table_free(token_slot *p, int bits)
{
	if (!p)
		return;
	size_t bytes = sizeof(token_slot) << bits;
	if (bytes >= HUGE_PAGE)
		munmap(p, bytes);
	else
		free(p);
}

rcp_tokenizer *rcp__tokenizer_new(void)
{
	rcp_tokenizer *t = rcp__xcalloc(1, sizeof *t);
	t->token_bits = TOKEN_BITS;
	rcp__buf_init(&t->fold, 0);
	rcp__buf_init(&t->cased, 0);
	rcp__buf_init(&t->stemmed, 0);
	return t;
}

void rcp__tokenizer_cache_bits(rcp_tokenizer *t, int bits)
{
	for (int i = 0; i <= NSTEM; i++) {
		token_table_free(t->tokens[i], t->bits[i]);
		t->tokens[i] = NULL;
		t->bits[i] = 0;
	}
	t->token_bits = bits < 1 ? 0 : bits > 24 ? 24 : bits;
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
		token_table_free(t->tokens[i], t->bits[i]);
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

/* The cache key of s[start..end), a word of at most TOKEN_KEY bytes:
 * its bytes zero-padded, as two little-endian 64-bit numbers. */
static void token_key(const char *s, size_t n, size_t start, size_t end, uint64_t *k0,
                      uint64_t *k1)
{
	size_t len = end - start;
	unsigned char b[TOKEN_KEY] = {0};
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (n - start >= TOKEN_KEY) {
		/* one unaligned load each, the bytes past the word masked off */
		uint64_t a, c;
		memcpy(&a, s + start, 8);
		memcpy(&c, s + start + 8, 8);
		if (len < 8) {
			*k0 = a & ((UINT64_C(1) << (8 * len)) - 1);
			*k1 = 0;
		} else {
			*k0 = a;
			*k1 = len == 16 ? c : c & ((UINT64_C(1) << (8 * (len - 8))) - 1);
		}
		return;
	}
#endif
	(void)n;
	for (size_t i = 0; i < len; i++)
		b[i] = (unsigned char)s[start + i];
	uint64_t a = 0, c = 0;
	for (int i = 7; i >= 0; i--) {
		a = a << 8 | b[i];
		c = c << 8 | b[8 + i];
	}
	*k0 = a;
	*k1 = c;
}

/* Make the cache of language ti ready: allocated, or grown when it has
 * missed four times as often as it has slots. A cache starts at 128 KiB,
 * which the few words a search result shows never outgrow, and grows
 * fourfold at a time to 2 MiB while a bulk load fills it. A grown cache
 * starts empty: it is a cache. */
static void token_cache_ready(rcp_tokenizer *t, int ti)
{
	int bits = t->bits[ti];
	if (bits && (bits >= t->token_bits || t->misses[ti] >> 2 < (uint32_t)1 << bits))
		return;
	bits = bits ? bits + 2 : TOKEN_BITS_FIRST;
	if (bits > t->token_bits)
		bits = t->token_bits;
	token_slot *p = token_table_new(bits);
	if (!p) {
		t->token_bits = t->bits[ti]; /* no memory: stay as large as it is */
		return;
	}
	token_table_free(t->tokens[ti], t->bits[ti]);
	t->tokens[ti] = p;
	t->bits[ti] = bits;
	t->misses[ti] = 0;
}

/* The first of the two ways of the cache line for key k0, k1. */
static token_slot *token_slot_of(const rcp_tokenizer *t, int ti, uint64_t k0, uint64_t k1)
{
	uint64_t h = k0 * UINT64_C(0x9E3779B97F4A7C15) ^ k1 * UINT64_C(0xC2B2AE3D27D4EB4F);
	return &t->tokens[ti][(h >> (64 - t->bits[ti])) & ~(uint64_t)1];
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

/* rcp__next_word for the common case: a word of ASCII letters and digits
 * that starts with a letter (so no "1,000" joining applies) and ends
 * within sixteen bytes at an ASCII byte, found with one SSE2 compare of
 * sixteen bytes. Anything else goes to rcp__next_word, from the word's
 * first byte; both give the same words (tests/unit/search). */
static inline int next_word_fast(const char *s, size_t n, size_t *pos, size_t *start,
                                 size_t *end)
{
	size_t i = *pos;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x80 || (unsigned)((c | 32) - 'a') < 26u || (unsigned)(c - '0') < 10u)
			break;
		i++;
	}
#if defined(__SSE2__)
	if (n - i >= 16 && (unsigned)(((unsigned char)s[i] | 32) - 'a') < 26u) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		/* letters: (v | 0x20) - 'a' below 26, digits: v - '0' below 10,
		 * as signed compares after a shift by -128 */
		__m128i lo = _mm_or_si128(v, _mm_set1_epi8(0x20));
		__m128i al = _mm_cmplt_epi8(_mm_add_epi8(lo, _mm_set1_epi8((char)(128 - 'a'))),
		                            _mm_set1_epi8((char)(-128 + 26)));
		__m128i dg = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(128 - '0'))),
		                            _mm_set1_epi8((char)(-128 + 10)));
		unsigned other = ~(unsigned)_mm_movemask_epi8(_mm_or_si128(al, dg)) & 0xFFFFu;
		if (other) {
			unsigned k = (unsigned)__builtin_ctz(other);
			if ((unsigned char)s[i + k] < 0x80) {
				*start = i;
				*end = *pos = i + k;
				return 1;
			}
		}
	}
#endif
	*pos = i;
	return rcp__next_word(s, n, pos, start, end);
}

/* The tokens of the word s[start..end) in mode (li: its language's stem
 * index, or -1), through fn; in RCP_TOK_STEM a token that fits is kept
 * in slot, a line of the token cache, for k0, k1. */
static int word_tokens(rcp_tokenizer *t, const char *s, size_t start, size_t end, int li,
                       int mode, token_slot *slot, uint64_t k0, uint64_t k1, rcp_token_fn fn,
                       void *ctx)
{
	size_t fn_len;
	const char *f = fold_word(t, s + start, end - start, &fn_len);
	if (fn_len == 0)
		return 0;
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
		return 0;
	}
	if (mode == RCP_TOK_FOLD)
		return fn(ctx, f, fn_len, start, end, 0);
	size_t sn;
	const char *st = t->ascii || li < 0 ? stem(t, li, f, fn_len, &sn)
	                                    : stem_cased(t, li, s + start, end - start, &sn);
	if (sn == 0) {
		/* Snowball took the whole word (Arabic drops a lone tatweel):
		 * index the folded word, never an empty term, which would
		 * match every other such word */
		st = f;
		sn = fn_len;
	}
	if (slot && sn <= TOKEN_VAL) {
		/* the line's other way gets the older word */
		slot[1] = slot[0];
		slot->k0 = k0;
		slot->k1 = k1;
		slot->vlen = (uint8_t)sn;
		memcpy(slot->val, st, sn);
	}
	return fn(ctx, st, sn, start, end, 0);
}

/* RCP_TOK_STEM: words are found a batch at a time and their cache lines
 * prefetched, so that the lookups of a batch wait on memory together
 * rather than one after another. */
static int tokenize_stem(rcp_tokenizer *t, const char *s, size_t n, int li, rcp_token_fn fn,
                         void *ctx)
{
	enum { BATCH = 16 };
	struct {
		size_t start, end;
		uint64_t k0, k1;
		token_slot *slot;
	} w[BATCH];
	int ti = li >= 0 ? li : NSTEM;
	size_t pos = 0;
	for (;;) {
		int nw = 0;
		if (t->token_bits)
			token_cache_ready(t, ti); /* between batches: w holds no slot */
		while (nw < BATCH && next_word_fast(s, n, &pos, &w[nw].start, &w[nw].end)) {
			w[nw].slot = NULL;
			if (w[nw].end - w[nw].start <= TOKEN_KEY && t->token_bits) {
				token_key(s, n, w[nw].start, w[nw].end, &w[nw].k0, &w[nw].k1);
				w[nw].slot = token_slot_of(t, ti, w[nw].k0, w[nw].k1);
				__builtin_prefetch(w[nw].slot);
			}
			nw++;
		}
		for (int i = 0; i < nw; i++) {
			token_slot *slot = w[i].slot;
			uint64_t k0 = w[i].k0, k1 = w[i].k1;
			int rc;
			if (slot && slot[0].vlen && slot[0].k0 == k0 && slot[0].k1 == k1) {
				rc = fn(ctx, slot->val, slot->vlen, w[i].start, w[i].end, 0);
			} else if (slot && slot[1].vlen && slot[1].k0 == k0 && slot[1].k1 == k1) {
				/* the way used last comes first */
				token_slot tmp = slot[0];
				slot[0] = slot[1];
				slot[1] = tmp;
				rc = fn(ctx, slot->val, slot->vlen, w[i].start, w[i].end, 0);
			} else {
				t->misses[ti] += slot != NULL;
				rc = word_tokens(t, s, w[i].start, w[i].end, li, RCP_TOK_STEM, slot, k0, k1,
				                 fn, ctx);
			}
			if (rc != 0)
				return rc;
		}
		if (nw < BATCH)
			return 0;
	}
}

int rcp__tokenize(rcp_tokenizer *t, const char *s, size_t n, const char *lang, int mode,
                  rcp_token_fn fn, void *ctx)
{
	int li = lang_index(lang);
	if (mode == RCP_TOK_STEM)
		return tokenize_stem(t, s, n, li, fn, ctx);
	size_t pos = 0, start, end;
	while (rcp__next_word(s, n, &pos, &start, &end)) {
		int rc = word_tokens(t, s, start, end, li, mode, NULL, 0, 0, fn, ctx);
		if (rc != 0)
			return rc;
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
	rcp_tokenizer *query; /* expands query words (rcp__search_parse) */
	rcp_bounds *bounds;   /* what the top k is worked out from (topk.c) */
};

#define VERBATIM RCP_TOK_VERBATIM
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
	if ((flags & FTS5_TOKENIZE_QUERY) && text[0] == VERBATIM)
		return n > 1 ? xToken(ctx, 0, text + 1, n - 1, 0, n) : SQLITE_OK;
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

static void ctx_free(void *p)
{
	index_ctx *ix = p;
	if (ix) {
		rcp__tokenizer_free(ix->query);
		rcp__bounds_free(ix->bounds);
	}
	free(ix);
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
	if (api->xCreateTokenizer(api, "receipts", ix, &tok, ctx_free) != SQLITE_OK) {
		free(ix);
		return rcp__error_db(err, db, "cannot register the search tokenizer");
	}
	/* ix lives until the connection closes (ctx_free, the xDestroy above) */
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
	if (c->bounds)
		rcp__bounds_langs(c->bounds, c->lang, mask);
}

rcp_tokenizer *rcp__search_query_tokenizer(rcp_search_ctx *c, const char **lang)
{
	if (!c->query)
		c->query = rcp__tokenizer_new();
	rcp__tokenizer_set_langs(c->query, c->qmask);
	*lang = c->lang[0] ? c->lang : NULL;
	return c->query;
}

rcp_bounds *rcp__search_bounds(rcp_search_ctx *c)
{
	if (!c->bounds) {
		c->bounds = rcp__bounds_new();
		rcp__bounds_langs(c->bounds, c->lang, c->qmask);
	}
	return c->bounds;
}
