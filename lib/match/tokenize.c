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
#include <string.h>

#include "match_internal.h"

#define HASH_SEED 0x243F6A8885A308D3ull

/* A word's hash: its folded bytes in little-endian blocks of eight, each
 * mixed in by a bijection (xor, odd multiply, xor-shift), then the length:
 * words of up to eight bytes never collide. */
static inline uint64_t hash_block(uint64_t h, uint64_t block)
{
	h = (h ^ block) * 0x9E3779B97F4A7C15ull;
	return h ^ (h >> 32);
}

uint64_t mt_hash_mix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdull;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ull;
	h ^= h >> 33;
	return h;
}

/* ASCII classes: 0 separator, else the folded byte */
static unsigned char ascii_fold[256]; /* bytes of 0x80 and more: 0 */
static int ascii_ready;

static void ascii_init(void)
{
	for (int c = 0; c < 128; c++) {
		if (c >= 'a' && c <= 'z')
			ascii_fold[c] = (unsigned char)c;
		else if (c >= 'A' && c <= 'Z')
			ascii_fold[c] = (unsigned char)(c + 32);
		else if (c >= '0' && c <= '9')
			ascii_fold[c] = (unsigned char)c;
		else
			ascii_fold[c] = 0;
	}
	ascii_ready = 1;
}

void mt_tokenizer_init(mt_tokenizer *t, const char *s, size_t n)
{
	if (!ascii_ready)
		ascii_init();
	t->s = s;
	t->n = n;
	t->pos = 0;
	t->sentence = 0;
	t->prev_start = t->prev_end = 0;
}

static int abbreviation(const char *w, size_t n)
{
#define A(s) {s, sizeof s - 1}
	static const struct {
		const char *w;
		size_t n;
	} abbr[] = {
		A("inc"), A("corp"), A("ltd"), A("co"), A("dept"), A("st"), A("mr"), A("mrs"),
		A("ms"), A("dr"), A("mme"), A("mm"), A("no"), A("vs"), A("etc"), A("jr"), A("sr"),
		A("gen"), A("col"), A("lt"), A("sgt"), A("gov"), A("sen"), A("rep"), A("approx"),
		A("fig"), A("av"), A("sa"), A("cf"), A("ca"), A("art"), A("nr"), A("bzw"), A("dh"),
		A("zb"), A("sra"),
	};
#undef A
	if (n == 1)
		return 1; /* an initial: U.S., J. */
	if (n > 6 || n == 0)
		return 0; /* longer than any: the common case, once per sentence */
	for (size_t i = 0; i < sizeof abbr / sizeof abbr[0]; i++)
		if (abbr[i].n == n && !memcmp(abbr[i].w, w, n))
			return 1;
	return 0;
}

/* Is the word before the current one an abbreviation? It is folded here,
 * when a full stop asks, not for every word: only its first seven folded
 * bytes matter (no abbreviation is longer than six). */
static int prev_is_abbreviation(const mt_tokenizer *t)
{
	char f[8 + RCP_FOLD_CP_MAX], fb[RCP_FOLD_CP_MAX];
	size_t flen = 0, i = t->prev_start;
	while (i < t->prev_end && flen <= 6) {
		unsigned c = (unsigned char)t->s[i];
		if (c < 0x80) {
			f[flen++] = (char)ascii_fold[c];
			i++;
			continue;
		}
		int32_t cp;
		i += rcp__utf8_next(t->s, t->n, i, &cp);
		size_t m = rcp__fold_cp(cp, fb);
		memcpy(f + flen, fb, m < 8 ? m : 8);
		flen += m;
	}
	return abbreviation(f, flen);
}

/* The separators before a word: skips them, noting what could end a
 * sentence; returns the word's first byte or n. Inlined in both callers. */
static inline size_t skip_separators(const mt_tokenizer *t, size_t i, int *punct_out,
                                     int *newlines_out)
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
			if (ascii_fold[c])
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

/* The rest of a word from i, where a byte of 0x80 or more (or the end of
 * the text within eight bytes) stopped the ASCII path: code point by code
 * point, through utf8proc for the non-ASCII ones. Continues the hash state
 * (h, acc, sh) and the folded length. */
static size_t word_slow(const mt_tokenizer *t, size_t i, mt_tok *tok, int first, uint64_t *hp,
                        uint64_t *accp, unsigned *shp, size_t *flenp, char *folded, size_t cap)
{
	const unsigned char *s = (const unsigned char *)t->s;
	size_t n = t->n, flen = *flenp;
	uint64_t h = *hp, acc = *accp;
	unsigned sh = *shp;
	char fb[RCP_FOLD_CP_MAX];
	while (i < n) {
		unsigned c = s[i];
		if (c < 0x80) {
			unsigned char f = ascii_fold[c];
			if (!f)
				break;
			first = 0;
			acc |= (uint64_t)f << sh;
			sh += 8;
			if (sh == 64) {
				h = hash_block(h, acc);
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
		size_t k = rcp__utf8_next(t->s, n, i, &cp);
		if (!rcp__is_word_cp(cp))
			break;
		if (first) {
			tok->cap = (uint8_t)rcp__is_upper_cp(cp);
			first = 0;
		}
		size_t m = rcp__fold_cp(cp, fb);
		for (size_t j = 0; j < m; j++) {
			acc |= (uint64_t)(unsigned char)fb[j] << sh;
			sh += 8;
			if (sh == 64) {
				h = hash_block(h, acc);
				acc = 0;
				sh = 0;
			}
			if (folded && flen + 1 < cap)
				folded[flen] = fb[j];
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

/* One word at i (a word's first byte): its span, folded hash, flags and
 * sentence. The ASCII path folds and hashes eight bytes at a time; the
 * first byte of 0x80 or more hands the rest of the word to word_slow(),
 * which continues the same hash, so both paths give the same tokens. */
static inline size_t word_at(mt_tokenizer *t, size_t i, int punct, int newlines, mt_tok *tok,
                             char *folded, size_t cap)
{
	const unsigned char *s = (const unsigned char *)t->s;
	size_t n = t->n;
	uint64_t h = HASH_SEED, acc = 0;
	unsigned sh = 0;
	size_t flen = 0;
	tok->start = (uint32_t)i;
	tok->cap = s[i] >= 'A' && s[i] <= 'Z';
	tok->digit = s[i] >= '0' && s[i] <= '9';
	int first = 1, done = 0;
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	/* Eight bytes at a time while they are ASCII: classify and fold them
	 * with word arithmetic (most words end inside their first block). The
	 * blocks are the ones the byte loop of word_slow() would build,
	 * little-endian being the order it shifts bytes in. */
	while (i + 8 <= n) {
		uint64_t x;
		memcpy(&x, s + i, 8);
		const uint64_t L = 0x0101010101010101ull, H = 0x8080808080808080ull;
		/* a carry out of a non-ASCII byte spoils only the bytes after it */
		uint64_t na = x & H;
		unsigned lim = na ? (unsigned)__builtin_ctzll(na) / 8 : 8;
#define GE(lo) (x + L * (0x80 - (lo)))
#define GT(hi) (x + L * (0x7F - (hi)))
		uint64_t upper = GE('A') & ~GT('Z') & H;
		uint64_t word = (GE('0') & ~GT('9')) | upper | (GE('a') & ~GT('z'));
#undef GE
#undef GT
		uint64_t stop = ~word & H;
		unsigned end = stop ? (unsigned)__builtin_ctzll(stop) / 8 : 8;
		if (end > lim)
			end = lim;
		uint64_t f = x | (upper >> 2); /* 'A'..'Z' + 0x20 */
		if (end < 8)
			f = end ? f & (~0ull >> (64 - 8 * end)) : 0;
		if (end)
			first = 0;
		if (folded) {
			if (flen + 8 < cap)
				memcpy(folded + flen, &f, 8);
			else
				for (unsigned j = 0; j < end && flen + j + 1 < cap; j++)
					folded[flen + j] = (char)(f >> (8 * j));
		}
		flen += end;
		i += end;
		if (end == 8) {
			h = hash_block(h, f);
			continue;
		}
		acc = f;
		sh = 8 * end;
		/* stopped by a separator (not a high byte): the word is whole */
		done = end < lim;
		break;
	}
#endif
	if (!done)
		i = word_slow(t, i, tok, first, &h, &acc, &sh, &flen, folded, cap);
	h = hash_block(h, acc) ^ flen;
	tok->end = (uint32_t)i;
	tok->hash = h;
	tok->flen = (uint8_t)(flen > 255 ? 255 : flen);
	tok->id = 0;
	if (folded && cap)
		folded[flen < cap ? flen : cap - 1] = '\0';
	/* a sentence ends before this word? */
	if (newlines >= 2 ||
	    ((punct || newlines) && (tok->cap || tok->digit) &&
	     (newlines || !prev_is_abbreviation(t)))) {
		if (tok->start > 0)
			t->sentence++;
	}
	tok->sentence = t->sentence;
	t->prev_start = tok->start;
	t->prev_end = i;
	t->pos = i;
	return i;
}

int mt_next(mt_tokenizer *t, mt_tok *tok, char *folded, size_t cap)
{
	int punct, newlines;
	size_t i = skip_separators(t, t->pos, &punct, &newlines);
	if (i >= t->n) {
		t->pos = t->n;
		return 0;
	}
	word_at(t, i, punct, newlines, tok, folded, cap);
	return 1;
}

size_t mt_next_many(mt_tokenizer *t, mt_tok *toks, size_t max)
{
	size_t k = 0, n = t->n, i = t->pos;
	while (k < max) {
		int punct = 0, newlines = 0;
		/* one space before an ASCII letter or digit: most words */
		if (i + 1 < n && t->s[i] == ' ' && ascii_fold[(unsigned char)t->s[i + 1]])
			i++;
		else if (i >= n || !ascii_fold[(unsigned char)t->s[i]]) {
			i = skip_separators(t, i, &punct, &newlines);
			if (i >= n) {
				t->pos = n;
				break;
			}
		}
		i = word_at(t, i, punct, newlines, &toks[k++], NULL, 0);
	}
	return k;
}
