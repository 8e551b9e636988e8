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
static unsigned char ascii_fold[128];
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
	t->prev_len = 0;
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
	if (n > 6)
		return 0; /* longer than any: the common case, once per sentence */
	for (size_t i = 0; i < sizeof abbr / sizeof abbr[0]; i++)
		if (abbr[i].n == n && !memcmp(abbr[i].w, w, n))
			return 1;
	return 0;
}

int mt_next(mt_tokenizer *t, mt_tok *tok, char *folded, size_t cap)
{
	const unsigned char *s = (const unsigned char *)t->s;
	size_t n = t->n, i = t->pos;
	int punct = 0, newlines = 0, brk = 0;
	/* skip separators, noting what could end a sentence */
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
	if (i >= n) {
		t->pos = n;
		return 0;
	}
	/* the word: its folded bytes are hashed eight at a time (a multiply
	 * per block, not per byte: this loop is most of a scan's time) */
	uint64_t h = HASH_SEED, acc = 0;
	unsigned sh = 0;
	size_t flen = 0;
	tok->start = (uint32_t)i;
	tok->cap = 0;
	tok->digit = 0;
	if (s[i] < 0x80) {
		tok->cap = s[i] >= 'A' && s[i] <= 'Z';
		tok->digit = s[i] >= '0' && s[i] <= '9';
	}
	int first = 1;
	char fb[RCP_FOLD_CP_MAX];
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	/* Eight bytes at a time while they are ASCII: classify and fold them
	 * with word arithmetic (most words end inside their first block). The
	 * blocks are the ones the byte loop below would build, little-endian
	 * being the order it shifts bytes in. */
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
		if (folded && flen + 8 < cap)
			memcpy(folded + flen, &f, 8);
		else if (folded)
			for (unsigned j = 0; j < end && flen + j + 1 < cap; j++)
				folded[flen + j] = (char)(f >> (8 * j));
		flen += end;
		i += end;
		if (end == 8) {
			h = hash_block(h, f);
			continue;
		}
		acc = f;
		sh = 8 * end;
		break;
	}
#endif
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
	h = hash_block(h, acc) ^ flen;
	tok->end = (uint32_t)i;
	tok->hash = h;
	tok->flen = (uint8_t)(flen > 255 ? 255 : flen);
	tok->id = 0;
	if (folded && cap)
		folded[flen < cap ? flen : cap - 1] = '\0';
	/* a sentence ends before this word? */
	if (!brk && newlines >= 2)
		brk = 1;
	if (!brk && (punct || newlines) && (tok->cap || tok->digit) &&
	    (newlines || !abbreviation(t->prev, t->prev_len)))
		brk = 1;
	if (brk && tok->start > 0)
		t->sentence++;
	tok->sentence = t->sentence;
	/* remember this word for the abbreviation test */
	if (folded && flen < cap && flen < sizeof t->prev) {
		/* a fixed-size copy is a few moves; a variable one, a call */
		if (cap >= sizeof t->prev)
			memcpy(t->prev, folded, sizeof t->prev);
		else
			memcpy(t->prev, folded, flen);
		t->prev_len = flen;
	} else if (!folded || flen >= cap) {
		size_t wl = tok->end - tok->start;
		if (wl < sizeof t->prev) {
			/* ASCII words only: enough for abbreviations */
			size_t j;
			for (j = 0; j < wl && s[tok->start + j] < 0x80; j++)
				t->prev[j] = (char)ascii_fold[s[tok->start + j]];
			t->prev_len = j == wl ? wl : 0;
		} else {
			t->prev_len = 0;
		}
	} else {
		t->prev_len = 0;
	}
	t->pos = i;
	return 1;
}

uint32_t mt_lookup(const rcp_matcher *m, uint64_t hash, uint32_t *flags)
{
	if (!m->vocab_cap)
		return 0;
	uint64_t mixed = mt_hash_mix(hash);
	uint32_t bit = (uint32_t)(mixed >> 40) & (m->bloom_bits - 1);
	if (!(m->bloom[bit >> 6] & (1ull << (bit & 63))))
		return 0;
	uint32_t mask = m->vocab_cap - 1;
	uint32_t i = (uint32_t)mixed & mask;
	for (;;) {
		const mt_vocab *v = &m->vocab[i];
		if (!v->id)
			return 0;
		if (v->hash == hash) {
			if (flags)
				*flags = v->flags;
			return v->id;
		}
		i = (i + 1) & mask;
	}
}
