/*
 * tokenize.c — words for the matcher: maximal runs of letters, marks and
 * digits, folded as lib/text/fold.c folds (case, diacritics, compatibility
 * forms) and hashed on the fly, with their byte spans in the original text
 * and a sentence number. ASCII goes through a table; other code points
 * through utf8proc.
 *
 * Sentence breaks: after . ! or ? when the next word starts with a capital
 * or a digit and the word before is not an initial or a common
 * abbreviation ("U.S. Army", "Inc. said"); at a line break when the next
 * line starts with a capital or a digit (paragraphs, headings, list
 * items); at a blank line.
 */
#include "tokenize.h"

uint64_t rcp__match_hash_mix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdull;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ull;
	h ^= h >> 33;
	return h;
}

const unsigned char rcp__match_ascii_fold[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 0, 0, 0, 0, 0, 0,
	0, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
	112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 0, 0, 0, 0, 0,
	0, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
	112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

const unsigned char rcp__match_ends_sentence[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

#if defined(MT_BLOCK64)
const unsigned char rcp__match_keep_bytes[32] = {
	0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
};

const unsigned char rcp__match_first_class[256] = {
	['0'] = 2, ['1'] = 2, ['2'] = 2, ['3'] = 2, ['4'] = 2,
	['5'] = 2, ['6'] = 2, ['7'] = 2, ['8'] = 2, ['9'] = 2,
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1,
	['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1,
	['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1,
	['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
};
#endif

void rcp__match_tokenizer_init(mt_tokenizer *t, const char *s, size_t n)
{
	t->s = s;
	t->n = n;
	t->pos = 0;
	t->sentence = 0;
	t->prev_start = t->prev_end = 0;
	t->base = 0;
	t->starts = t->ends = t->exc = 0;
	t->near_end = 0;
}

/* Common abbreviations, folded: inc corp ltd co dept st mr mrs ms dr mme
 * mm no vs etc jr sr gen col lt sgt gov sen rep approx fig av sa cf ca art
 * nr bzw dh zb sra. Each sits at the slot its bytes (little-endian, zero
 * padded to eight) hash to: ABBR_MUL was searched for so that no two
 * share a slot, and a lookup is one multiply and one compare. */
#define ABBR_MUL 0xF954900855DA9393ull

static const char abbr_slots[64][8] = {
	[2] = "sa", [3] = "dr", [5] = "co", [7] = "cf", [9] = "ms", [10] = "mm", [12] = "zb",
	[15] = "sra", [16] = "sen", [18] = "sgt", [19] = "inc", [20] = "st", [23] = "gov",
	[24] = "etc", [25] = "art", [26] = "rep", [28] = "av", [29] = "ca", [32] = "lt",
	[33] = "mrs", [35] = "dept", [36] = "gen", [42] = "sr", [44] = "bzw", [47] = "dh",
	[49] = "ltd", [50] = "nr", [51] = "no", [52] = "mr", [54] = "col", [55] = "corp",
	[56] = "approx", [57] = "jr", [58] = "vs", [62] = "fig", [63] = "mme",
};

static int abbreviation_packed(uint64_t x, size_t n)
{
	if (n == 1)
		return 1; /* an initial: U.S., J. */
	if (n > 6 || n == 0)
		return 0; /* longer than any: the common case, once per sentence */
	uint64_t a;
	memcpy(&a, abbr_slots[(x * ABBR_MUL) >> 58], 8);
	return a == x;
}

static int abbreviation(const char *w, size_t n)
{
	if (n > 6 || n == 0 || memchr(w, '\0', n))
		return 0;
	char x[8] = {0};
	memcpy(x, w, n);
	uint64_t xv;
	memcpy(&xv, x, 8);
	return abbreviation_packed(xv, n);
}

static inline int same3(int32_t cp);
static inline int32_t utf8_three(const unsigned char *s, size_t n);

/* rcp__fold2_table() without its pthread_once on every word: the table is
 * made once, and every thread that sees the pointer sees it whole. */
static const rcp_fold2 *fold2_ptr;

static inline const rcp_fold2 *fold2_table(void)
{
	const rcp_fold2 *t = __atomic_load_n(&fold2_ptr, __ATOMIC_ACQUIRE);
	if (!t) {
		t = rcp__fold2_table();
		__atomic_store_n(&fold2_ptr, t, __ATOMIC_RELEASE);
	}
	return t;
}

/* Is the word before the current one an abbreviation? It is folded here,
 * when a full stop asks, not for every word: only its first seven folded
 * bytes matter (no abbreviation is longer than six). */
int rcp__match_is_abbreviation(const mt_tokenizer *t, size_t start, size_t end)
{
	char f[8 + RCP_FOLD_CP_MAX], fb[RCP_FOLD_CP_MAX];
	size_t flen = 0, i = start, len = end - start;
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	/* an ASCII word: its bytes are letters and digits, folded by setting
	 * 0x20; seven of them are already too long (and match no slot). No
	 * branch on the word's length: it is a different one every time. */
	if (len && i + 8 <= t->n) {
		uint64_t x;
		memcpy(&x, t->s + i, 8);
		uint64_t high = x & 0x8080808080808080ull;
		size_t ascii = high ? (size_t)__builtin_ctzll(high) / 8 : 8;
		size_t l = len < 7 ? len : 7;
		if (ascii >= l) {
			x = (x | 0x2020202020202020ull) & (~0ull >> (64 - 8 * l));
			uint64_t a;
			memcpy(&a, abbr_slots[(x * ABBR_MUL) >> 58], 8);
			return (len == 1) | (a == x);
		}
	}
#endif
	while (i < end && flen <= 6) {
		unsigned c = (unsigned char)t->s[i];
		if (c < 0x80) {
			f[flen++] = (char)rcp__match_ascii_fold[c];
			i++;
			continue;
		}
		const unsigned char *u = (const unsigned char *)t->s + i;
		int32_t cp;
		/* two-byte letters and CJK from the tables, as the words are */
		if (c >= 0xC2 && c <= 0xDF && i + 1 < t->n && (u[1] & 0xC0) == 0x80) {
			const rcp_fold2 *e = &fold2_table()[(c & 0x1F) << 6 | (u[1] & 0x3F)];
			if (e->len != RCP_FOLD2_LONG) {
				memcpy(f + flen, e->bytes, e->len);
				flen += e->len;
				i += 2;
				continue;
			}
		} else if (c >= 0xE0 && c <= 0xEF && (cp = utf8_three(u, t->n - i)) >= 0 && same3(cp)) {
			memcpy(f + flen, u, 3);
			flen += 3;
			i += 3;
			continue;
		}
		i += rcp__utf8_next(t->s, t->n, i, &cp);
		size_t m = rcp__fold_cp(cp, fb);
		memcpy(f + flen, fb, m < 8 ? m : 8);
		flen += m;
	}
	return abbreviation(f, flen);
}

/* The separators before a word: skips them, noting what could end a
 * sentence; returns the word's first byte or n. */
size_t rcp__match_skip_separators(const mt_tokenizer *t, size_t i, int *punct_out, int *newlines_out)
{
	const unsigned char *s = (const unsigned char *)t->s;
	size_t n = t->n;
	int punct = 0, newlines = 0;
	while (i < n) {
		unsigned c = s[i];
		if (c == ' ') { /* the usual separator: nothing to note */
			i++;
			continue;
		}
		if (c < 0x80) {
			if (rcp__match_ascii_fold[c])
				break;
			if (c == '!' || c == '?')
				punct = 1;
			else if (c == '.' && !(i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9'))
				punct = 1; /* "19.1" and "1.2.3" are numbers, not ends */
			else if (c == '\n') {
				/* a paragraph or a heading ends at a line break, unless the
				 * next line goes on in lower case (wrapped text) */
				newlines++;
			} else if (c != ' ' && c != '\t' && c != '\r' && c != '"' && c != '\'' &&
			           c != ')' && c != ']')
				punct = 0;
			i++;
			continue;
		}
		int32_t cp;
		/* a two-byte letter (Greek, Cyrillic) or a CJK ideograph starts
		 * most words that are not ASCII: judged from the tables
		 * rcp__match_word_slow() reads, not through utf8proc. Neither kind
		 * is … or 。 */
		if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
			if (fold2_table()[(c & 0x1F) << 6 | (s[i + 1] & 0x3F)].flags & RCP_FOLD2_WORD)
				break;
			i += 2;
			continue;
		}
		if (c >= 0xE0 && c <= 0xEF && (cp = utf8_three(s + i, n - i)) >= 0 && same3(cp))
			break;
		size_t k = rcp__utf8_next(t->s, n, i, &cp);
		if (rcp__is_word_cp(cp))
			break;
		if (cp == 0x2026 || cp == 0x3002) /* … 。 */
			punct = 1;
		i += k;
	}
	*punct_out = punct;
	*newlines_out = newlines;
	return i;
}

/* Three-byte code points (U+0800 to U+FFFF) that are word characters, not
 * capitals, and fold to themselves: CJK ideographs, kana, Thai, most
 * scripts without case. A bit each, judged 64 at a time by the folding
 * functions the first time a code point of the 64 is met (any thread may
 * judge a page; they all get the same bits), so a scan of Chinese or
 * Japanese text does not go through utf8proc for every character and a
 * scan that meets none judges none. */
static uint64_t same3_bits[1024];
static uint8_t same3_done[1024];

static inline int same3(int32_t cp)
{
	unsigned page = (unsigned)cp >> 6;
	if (!__atomic_load_n(&same3_done[page], __ATOMIC_ACQUIRE)) {
		uint64_t bits = 0;
		for (int32_t k = 0; k < 64; k++) {
			int32_t c = (int32_t)(page << 6) | k;
			char fb[RCP_FOLD_CP_MAX], u[4];
			if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))
				continue;
			size_t n = rcp__utf8_put(c, u);
			if (rcp__is_word_cp(c) && !rcp__is_upper_cp(c) && rcp__fold_cp(c, fb) == n &&
			    !memcmp(fb, u, n))
				bits |= 1ull << k;
		}
		__atomic_store_n(&same3_bits[page], bits, __ATOMIC_RELAXED);
		__atomic_store_n(&same3_done[page], 1, __ATOMIC_RELEASE);
	}
	return (int)(__atomic_load_n(&same3_bits[page], __ATOMIC_RELAXED) >> (cp & 63) & 1);
}

/* The code point of the valid three-byte sequence at s (n bytes there),
 * or -1. */
static inline int32_t utf8_three(const unsigned char *s, size_t n)
{
	if (n < 3 || (s[0] & 0xF0) != 0xE0 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
		return -1;
	int32_t cp = (int32_t)(s[0] & 0x0F) << 12 | (int32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
	return cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF) ? -1 : cp;
}

/* The rest of a word from i, where a byte of 0x80 or more (or the end of
 * the text within eight bytes) stopped the ASCII path: code point by code
 * point, through utf8proc for the non-ASCII ones. Continues the hash state
 * (h, acc, sh) and the folded length. */
size_t rcp__match_word_slow(const mt_tokenizer *t, size_t i, mt_tok *tok, int first, uint64_t *hp,
                     uint64_t *accp, unsigned *shp, size_t *flenp, char *folded, size_t cap)
{
	const unsigned char *s = (const unsigned char *)t->s;
	size_t n = t->n, flen = *flenp;
	uint64_t h = *hp, acc = *accp;
	unsigned sh = *shp;
	char fb[RCP_FOLD_CP_MAX];
	const rcp_fold2 *fold2 = fold2_table();
	while (i < n) {
		unsigned c = s[i];
		if (c < 0x80) {
			unsigned char f = rcp__match_ascii_fold[c];
			if (!f)
				break;
			first = 0;
			acc |= (uint64_t)f << sh;
			sh += 8;
			if (sh == 64) {
				h = mt__hash_block(h, acc);
				acc = 0;
				sh = 0;
			}
			if (folded && flen + 1 < cap)
				folded[flen] = (char)f;
			flen++;
			i++;
			continue;
		}
		int32_t cp;
		size_t k, m;
		const char *fold;
		const rcp_fold2 *e;
		/* two bytes (é, ö, ł, Greek, Cyrillic, Hebrew): from the table,
		 * not through utf8proc (most of a non-ASCII word's time) */
		if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (s[i + 1] & 0xC0) == 0x80 &&
		    (e = &fold2[(c & 0x1F) << 6 | (s[i + 1] & 0x3F)])->len != RCP_FOLD2_LONG) {
			if (!(e->flags & RCP_FOLD2_WORD))
				break;
			if (first) {
				tok->cap = (uint8_t)((e->flags & RCP_FOLD2_UPPER) != 0);
				first = 0;
			}
			k = 2;
			m = e->len;
			fold = e->bytes;
		} else if (c >= 0xE0 && c <= 0xEF && (cp = utf8_three(s + i, n - i)) >= 0 && same3(cp)) {
			/* three bytes that fold to themselves (CJK, kana) */
			if (first) {
				tok->cap = 0;
				first = 0;
			}
			k = m = 3;
			fold = (const char *)s + i;
		} else {
			k = rcp__utf8_next(t->s, n, i, &cp);
			if (!rcp__is_word_cp(cp))
				break;
			if (first) {
				tok->cap = (uint8_t)rcp__is_upper_cp(cp);
				first = 0;
			}
			m = rcp__fold_cp(cp, fb);
			fold = fb;
		}
		for (size_t j = 0; j < m; j++) {
			acc |= (uint64_t)(unsigned char)fold[j] << sh;
			sh += 8;
			if (sh == 64) {
				h = mt__hash_block(h, acc);
				acc = 0;
				sh = 0;
			}
			if (folded && flen + 1 < cap)
				folded[flen] = fold[j];
			flen++;
		}
		i += k;
	}
	*hp = h;
	*accp = acc;
	*shp = sh;
	*flenp = flen;
	return i;
}

/* The block's next word (mt__step(), after mt__word64() turned it down,
 * with the block as it was: st, en, exc) when it has letters that are not
 * ASCII: two-byte letters that fold by the table (Greek, Cyrillic, Latin
 * with diacritics) and three-byte ones that fold to themselves (CJK,
 * kana), ASCII letters and digits among them. They are folded into a
 * buffer and hashed as rcp__match_word_slow() hashes them, so Cyrillic,
 * Greek or Chinese text goes on by block instead of taking the general
 * path for a word and classifying a new block after it. Anything else (a
 * mark of 0x80 or more, a letter that folds long, bytes that are not
 * UTF-8, separators that may end a sentence other than ". ") returns 0:
 * the general path takes the word. */
int rcp__match_word_block(mt_tokenizer *t, mt_tok *tok, uint64_t st, uint64_t en, uint64_t exc)
{
	const unsigned char *s = (const unsigned char *)t->s;
	unsigned p = (unsigned)__builtin_ctzll(st), e = (unsigned)__builtin_ctzll(en);
	size_t i = t->base + p, end = t->base + e;
	/* marks in the separators before the word (in the word itself are its
	 * high bytes and the start of a long run, which are judged below) */
	uint64_t before = exc & ((1ull << p) - 1);
	int punct = 0;
	if (before) {
		if (!(p >= 2 && before == 1ull << (p - 2) && s[i - 2] == '.' && s[i - 1] == ' '))
			return 0;
		punct = 1;
	}
	const rcp_fold2 *fold2 = fold2_table();
	unsigned char f[64 * 3 + 8]; /* a letter folds to at most three times its bytes */
	size_t fl = 0;
	uint8_t cap = 0;
	for (size_t k = i; k < end;) {
		unsigned c = s[k];
		if (c < 0x80) { /* a letter or a digit: the block's runs hold no other */
			f[fl++] = rcp__match_ascii_fold[c];
			k++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF && k + 1 < end && (s[k + 1] & 0xC0) == 0x80) {
			const rcp_fold2 *x = &fold2[(c & 0x1F) << 6 | (s[k + 1] & 0x3F)];
			if (x->len == RCP_FOLD2_LONG || !(x->flags & RCP_FOLD2_WORD))
				return 0;
			if (k == i)
				cap = (x->flags & RCP_FOLD2_UPPER) != 0;
			memcpy(f + fl, x->bytes, sizeof x->bytes);
			fl += x->len;
			k += 2;
			continue;
		}
		int32_t cp;
		if (c >= 0xE0 && c <= 0xEF && (cp = utf8_three(s + k, end - k)) >= 0 && same3(cp)) {
			memcpy(f + fl, s + k, 3);
			fl += 3;
			k += 3;
			continue;
		}
		return 0;
	}
	if (!fl)
		return 0; /* only combining marks that fold away: the general path */
	memset(f + fl, 0, 8);
	uint64_t h = MT_HASH_SEED, x;
	size_t k = 0;
	for (; k + 8 <= fl; k += 8) {
		memcpy(&x, f + k, 8);
		h = mt__hash_block(h, x);
	}
	if (k < fl) {
		memcpy(&x, f + k, 8); /* zero padded */
		h = mt__hash_block(h, x);
	}
	for (size_t nb = (fl + 7) / 8; nb < 2; nb++)
		h = mt__hash_block(h, 0);
	tok->start = (uint32_t)i;
	tok->end = (uint32_t)end;
	tok->cap = s[i] < 0x80 ? (uint8_t)(s[i] >= 'A' && s[i] <= 'Z') : cap;
	tok->digit = s[i] >= '0' && s[i] <= '9';
	tok->hash = h ^ fl;
	tok->flen = (uint8_t)(fl > 255 ? 255 : fl);
	tok->id = 0;
	if (punct)
		rcp__match_sentence_break(t, tok, 1, 0);
	tok->sentence = t->sentence;
	t->prev_start = i;
	t->prev_end = t->pos = end;
	t->starts = st & (st - 1);
	t->ends = en & (en - 1);
	t->exc = exc & ~((1ull << e) - 1);
	return 1;
}

/* A sentence ends before this word (the separators before it held a full
 * stop or a line break)? */
void rcp__match_sentence_break(mt_tokenizer *t, const mt_tok *tok, int punct, int newlines)
{
	/* an abbreviation's period follows it at once: after "67,7%." or
	 * "Plan B?" the sentence ends, one character before or not */
	if (newlines >= 2 ||
	    ((tok->cap || tok->digit) &&
	     (newlines || t->prev_end >= t->n || t->s[t->prev_end] != '.' ||
	      !rcp__match_is_abbreviation(t, t->prev_start, t->prev_end)))) {
		if (tok->start > 0)
			t->sentence++;
	}
}

int rcp__match_next(mt_tokenizer *t, mt_tok *tok, char *folded, size_t cap)
{
	if (!folded)
		return mt__step(t, tok); /* the scanner's path */
	t->starts = 0; /* the scanner's block, if any, is behind */
	int punct, newlines;
	size_t i = rcp__match_skip_separators(t, t->pos, &punct, &newlines);
	if (i >= t->n) {
		t->pos = t->n;
		return 0;
	}
	mt__word_at(t, i, punct, newlines, tok, folded, cap);
	return 1;
}
