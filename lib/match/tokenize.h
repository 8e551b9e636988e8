/*
 * tokenize.h — the tokenizer's inner step, inlined into the scanner's loop
 * (matcher.c) and into rcp__match_next() (tokenize.c), so both take words the same
 * way. Most words come from 64-byte blocks classified once and walked by
 * bitmask (mt__fill64(), mt__word64(); mt__step_filtered() for the scanner,
 * which skips the words its filter turns away without writing a token);
 * the rest from the general path, whose ASCII part folds and hashes eight
 * bytes at a time until a byte of 0x80 or more hands the rest of the word
 * to rcp__match_word_slow(), which continues the same hash code point by code
 * point through utf8proc.
 */
#ifndef RCP_MATCH_TOKENIZE_H
#define RCP_MATCH_TOKENIZE_H

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "match_internal.h"

#if defined(__GNUC__)
#define MT_INLINE static inline __attribute__((always_inline))
#else
#define MT_INLINE static inline
#endif

#define MT_HASH_SEED 0x243F6A8885A308D3ull

/* The folded byte of an ASCII letter or digit; 0 for every other byte
 * (separators, and bytes of 0x80 and more). */
extern const unsigned char rcp__match_ascii_fold[256];
/* 1 for what can end a sentence among separators: . ! ? a line break, and
 * bytes of 0x80 or more (… 。 or a letter: the general path decides). */
extern const unsigned char rcp__match_ends_sentence[256];

/* A word's hash: its folded bytes in little-endian blocks of eight, zero
 * padded, at least two blocks, each mixed in by a bijection (xor, odd
 * multiply, xor-shift), then the length: words of up to eight bytes never
 * collide, and words of up to fifteen ASCII bytes hash without a branch on
 * their length. */
MT_INLINE uint64_t mt__hash_block(uint64_t h, uint64_t block)
{
	h = (h ^ block) * 0x9E3779B97F4A7C15ull;
	return h ^ (h >> 32);
}

/* Out of line, for the rarer cases (tokenize.c). */
size_t rcp__match_skip_separators(const mt_tokenizer *t, size_t i, int *punct, int *newlines);
size_t rcp__match_word_slow(const mt_tokenizer *t, size_t i, mt_tok *tok, int first, uint64_t *h,
                     uint64_t *acc, unsigned *sh, size_t *flen, char *folded, size_t cap);
void rcp__match_sentence_break(mt_tokenizer *t, const mt_tok *tok, int punct, int newlines);
/* The block's next word when it has letters that are not ASCII, taken
 * without the general path (tokenize.c): 1, or 0 (the general path must
 * take it). st, en, exc: the block's state before mt__word64(). */
int rcp__match_word_block(mt_tokenizer *t, mt_tok *tok, uint64_t st, uint64_t en, uint64_t exc);
/* Is the word s[start..end) an initial or a common abbreviation? */
int rcp__match_is_abbreviation(const mt_tokenizer *t, size_t start, size_t end);

/* Eight bytes classified and folded: the folded bytes of the word part
 * (the rest zero), its length (0-8), and *high: the word runs into a byte
 * of 0x80 or more, which only the slow path can judge. */
MT_INLINE uint64_t mt__block(uint64_t x, unsigned *len, int *high)
{
	const uint64_t L = 0x0101010101010101ull, H = 0x8080808080808080ull;
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
	*high = lim < 8 && end >= lim;
	end = end < lim ? end : lim;
	*len = end;
	uint64_t f = x | (upper >> 2); /* 'A'..'Z' + 0x20 */
	return end == 8 ? f : f & ((1ull << (8 * end)) - 1);
}

/* One word at i (a word's first byte): its span, folded hash, flags and
 * sentence; folded (may be NULL) gets up to cap-1 folded bytes. */
MT_INLINE size_t mt__word_at(mt_tokenizer *t, size_t i, int punct, int newlines, mt_tok *tok,
                             char *folded, size_t cap)
{
	const unsigned char *s = (const unsigned char *)t->s;
	size_t n = t->n;
	uint64_t h = MT_HASH_SEED, acc = 0;
	unsigned sh = 0;
	size_t flen = 0;
	tok->start = (uint32_t)i;
	tok->cap = s[i] >= 'A' && s[i] <= 'Z';
	tok->digit = s[i] >= '0' && s[i] <= '9';
	int first = 1, done = 0;
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	/* Eight bytes at a time while they are ASCII: classify and fold them
	 * with word arithmetic (most words end inside their first block). The
	 * blocks are the ones rcp__match_word_slow()'s byte loop would build,
	 * little-endian being the order it shifts bytes in. */
	while (i + 8 <= n) {
		uint64_t x;
		memcpy(&x, s + i, 8);
		unsigned end;
		int high;
		uint64_t f = mt__block(x, &end, &high);
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
			h = mt__hash_block(h, f);
			continue;
		}
		acc = f;
		sh = 8 * end;
		/* stopped by a separator (not a high byte): the word is whole */
		done = !high;
		break;
	}
#endif
	if (!done)
		i = rcp__match_word_slow(t, i, tok, first, &h, &acc, &sh, &flen, folded, cap);
	tok->end = (uint32_t)i;
	if (sh)
		h = mt__hash_block(h, acc);
	for (size_t nb = (flen + 7) / 8; nb < 2; nb++)
		h = mt__hash_block(h, 0);
	tok->hash = h ^ flen;
	tok->flen = (uint8_t)(flen > 255 ? 255 : flen);
	tok->id = 0;
	if (folded && cap)
		folded[flen < cap ? flen : cap - 1] = '\0';
	if (punct | newlines)
		rcp__match_sentence_break(t, tok, punct, newlines);
	tok->sentence = t->sentence;
	t->prev_start = tok->start;
	t->prev_end = i;
	t->pos = i;
	t->starts = 0; /* the scanner's block, if any, is behind */
	return i;
}

#if defined(__SSE2__)
/* Sixteen bytes classified: which are ASCII letters or digits. */
typedef struct mt__class16 {
	__m128i x;
	unsigned word;
} mt__class16;

MT_INLINE void mt__classify16(const unsigned char *p, mt__class16 *c)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
	/* ranges by signed compares after a shift: c - lo + 128 < 128 + width;
	 * with 0x20 set, capitals are small letters and digits stay digits */
#define IN_RANGE(v, lo, width) \
	_mm_cmplt_epi8(_mm_add_epi8((v), _mm_set1_epi8((char)(128 - (lo)))), \
	               _mm_set1_epi8((char)(-128 + (width))))
	__m128i lower = _mm_or_si128(x, _mm_set1_epi8(0x20));
	__m128i word = _mm_or_si128(IN_RANGE(lower, 'a', 26), IN_RANGE(x, '0', 10));
#undef IN_RANGE
	c->x = lower;
	c->word = (unsigned)_mm_movemask_epi8(word);
}

/* Separators s[a..a+len) that cannot end a sentence: one or two bytes,
 * none of them . ! ? a line break or a byte of 0x80 or more. len >= 1,
 * and s[a + len - 1] must be readable. */
MT_INLINE int mt__clean_separators(const unsigned char *s, size_t a, unsigned len)
{
	/* no short cut: both bytes are within the sixteen read, and a branch
	 * here is one the processor mispredicts */
	return (len <= 2) & !(rcp__match_ends_sentence[s[a]] | rcp__match_ends_sentence[s[a + len - 1]]);
}

/* The word at i (a word start: c->word & 1) if it is ASCII and shorter
 * than 16 bytes, after separators with a full stop if punct; and the
 * separators after it, if the next word starts within the same sixteen
 * bytes and they are clean: the next step then starts at that word.
 * Returns 0 when the general path must take the word. */
MT_INLINE int mt__word16(mt_tokenizer *t, size_t i, const mt__class16 *c, int punct,
                         mt_tok *tok)
{
	const unsigned char *s = (const unsigned char *)t->s;
	unsigned w = c->word;
	unsigned e = (unsigned)__builtin_ctz(~w | 0x10000u); /* the word is bytes 0..e-1 */
	if (e == 16 || s[i + e] >= 0x80)
		return 0; /* a long word, or one that may go on past ASCII */
	__m128i idx = _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
	__m128i f = _mm_and_si128(c->x, _mm_cmplt_epi8(idx, _mm_set1_epi8((char)e)));
	uint64_t f1 = (uint64_t)_mm_cvtsi128_si64(f);
	uint64_t f2 = (uint64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(f, f));
	tok->start = (uint32_t)i;
	tok->end = (uint32_t)(i + e);
	tok->cap = s[i] >= 'A' && s[i] <= 'Z';
	tok->digit = s[i] >= '0' && s[i] <= '9';
	tok->hash = mt__hash_block(mt__hash_block(MT_HASH_SEED, f1), f2) ^ e;
	tok->flen = (uint8_t)e;
	tok->id = 0;
	if (punct)
		rcp__match_sentence_break(t, tok, punct, 0);
	tok->sentence = t->sentence;
	t->prev_start = i;
	t->prev_end = i + e;
	unsigned rest = w & ~((1u << e) - 1);
	size_t next = i + e;
	if (rest) {
		unsigned nx = (unsigned)__builtin_ctz(rest);
		/* by arithmetic: which way it goes is anybody's guess */
		size_t skip = (size_t)(nx - e) & (0 - (size_t)mt__clean_separators(s, i + e, nx - e));
		next += skip;
	}
	t->pos = next;
	return 1;
}
#endif

#if defined(__SSE2__) && defined(__GNUC__) && defined(__BYTE_ORDER__) && \
	__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define MT_BLOCK64 1
/* 0xFF sixteen times, then 0: eight bytes from 16 - len keep a word's
 * first len bytes, from 24 - len its bytes after the eighth. */
extern const unsigned char rcp__match_keep_bytes[32];
/* Per byte: 1 an ASCII capital, 2 an ASCII digit. */
extern const unsigned char rcp__match_first_class[256];

/* Sixteen bytes' masks: ASCII letters and digits; bytes of 0x80 or more;
 * . ! ? and line breaks. */
MT_INLINE void mt__classify_masks16(const unsigned char *p, unsigned *word, unsigned *high,
                                    unsigned *stop)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
#define IN_RANGE(v, lo, width) \
	_mm_cmplt_epi8(_mm_add_epi8((v), _mm_set1_epi8((char)(128 - (lo)))), \
	               _mm_set1_epi8((char)(-128 + (width))))
	__m128i lower = _mm_or_si128(x, _mm_set1_epi8(0x20));
	__m128i w = _mm_or_si128(IN_RANGE(lower, 'a', 26), IN_RANGE(x, '0', 10));
#undef IN_RANGE
	__m128i sp = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('.')),
	                                       _mm_cmpeq_epi8(x, _mm_set1_epi8('!'))),
	                          _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('?')),
	                                       _mm_cmpeq_epi8(x, _mm_set1_epi8('\n'))));
	*word = (unsigned)_mm_movemask_epi8(w);
	*high = (unsigned)_mm_movemask_epi8(x);
	*stop = (unsigned)_mm_movemask_epi8(sp);
}

/* The block at t->pos (the end of the last word taken, a word boundary):
 * 64 bytes classified once, or, near the end of the text, the last 64
 * shifted down to start at t->pos. Runs of word bytes and bytes of 0x80
 * or more are the candidate words; those that end inside the block are
 * its words (the one running to its end is left for the next block).
 * exc marks what sends a word to the general path: . ! ? and line breaks
 * (in the separators before a word), bytes of 0x80 or more (in it), and
 * the first bytes of runs of sixteen or more. Leaves starts 0 when there
 * is no block (a text shorter than 64 bytes, or its end). */
MT_INLINE void mt__fill64(mt_tokenizer *t)
{
	size_t b = t->pos, n = t->n;
	const unsigned char *p;
	unsigned shift = 0;
	if (b + 64 <= n) {
		p = (const unsigned char *)t->s + b;
	} else {
		if (n < 64 || b >= n)
			return;
		p = (const unsigned char *)t->s + n - 64;
		shift = (unsigned)(b - (n - 64)); /* 1..63 */
	}
	unsigned w0, w1, w2, w3, h0, h1, h2, h3, s0, s1, s2, s3;
	mt__classify_masks16(p, &w0, &h0, &s0);
	mt__classify_masks16(p + 16, &w1, &h1, &s1);
	mt__classify_masks16(p + 32, &w2, &h2, &s2);
	mt__classify_masks16(p + 48, &w3, &h3, &s3);
#define JOIN(a0, a1, a2, a3) \
	(((uint64_t)(a0) | (uint64_t)(a1) << 16 | (uint64_t)(a2) << 32 | (uint64_t)(a3) << 48) >> shift)
	uint64_t high = JOIN(h0, h1, h2, h3);
	uint64_t w = JOIN(w0, w1, w2, w3) | high;
	uint64_t stop = JOIN(s0, s1, s2, s3);
#undef JOIN
	uint64_t run16 = w & (w >> 1);
	run16 &= run16 >> 2;
	run16 &= run16 >> 4;
	run16 &= run16 >> 8;
	uint64_t starts = w & ~(w << 1);
	if (w >> 63)
		starts &= ~(1ull << (63 - __builtin_clzll(starts)));
	t->base = b;
	t->starts = starts;
	t->ends = ~w & (w << 1);
	t->exc = stop | high | run16;
	t->near_end = b + 80 > n;
}

/* The block's next word, if it is ASCII, shorter than sixteen bytes, and
 * the separators before it cannot end a sentence or are ". " (the full
 * stop handed to the sentence rule). Otherwise 0, the block emptied: the
 * general path takes the word from t->pos. */
MT_INLINE int mt__word64(mt_tokenizer *t, mt_tok *tok)
{
	const unsigned char *s = (const unsigned char *)t->s;
	uint64_t st = t->starts, en = t->ends;
	unsigned p = (unsigned)__builtin_ctzll(st), e = (unsigned)__builtin_ctzll(en);
	/* what is between the last word taken and this one's end */
	uint64_t exc = t->exc & ((en ^ (en - 1)) >> 1);
	size_t i = t->base + p;
	unsigned len = e - p;
	int punct = 0;
	if (exc) {
		/* ". ": one full stop, then a space */
		punct = p >= 2 && exc == 1ull << (p - 2) && s[i - 2] == '.' && s[i - 1] == ' ';
		if (!punct) {
			t->starts = 0;
			return 0;
		}
		t->exc ^= exc;
	}
	t->starts = st & (st - 1);
	t->ends = en & (en - 1);
	uint64_t x1, x2, k1, k2;
	if (t->near_end && i + 16 > t->n) {
		unsigned char tail[16] = {0};
		memcpy(tail, s + i, len);
		memcpy(&x1, tail, 8);
		memcpy(&x2, tail + 8, 8);
	} else {
		memcpy(&x1, s + i, 8);
		memcpy(&x2, s + i + 8, 8);
	}
	memcpy(&k1, rcp__match_keep_bytes + 16 - len, 8);
	memcpy(&k2, rcp__match_keep_bytes + 24 - len, 8);
	/* letters and digits fold by setting 0x20 */
	uint64_t f1 = (x1 | 0x2020202020202020ull) & k1, f2 = (x2 | 0x2020202020202020ull) & k2;
	unsigned c = rcp__match_first_class[s[i]];
	tok->start = (uint32_t)i;
	tok->end = (uint32_t)(i + len);
	tok->cap = (uint8_t)(c & 1);
	tok->digit = (uint8_t)(c >> 1);
	tok->hash = mt__hash_block(mt__hash_block(MT_HASH_SEED, f1), f2) ^ len;
	tok->flen = (uint8_t)len;
	tok->id = 0;
	if (punct)
		rcp__match_sentence_break(t, tok, 1, 0);
	tok->sentence = t->sentence;
	t->prev_start = i;
	t->prev_end = t->pos = i + len;
	return 1;
}
#endif

/* The next word the general way (mt__step() when the block cannot take
 * it): 1, or 0 at the end. */
MT_INLINE int mt__step_general(mt_tokenizer *t, mt_tok *tok)
{
	const unsigned char *s = (const unsigned char *)t->s;
	size_t n = t->n, i = t->pos;
	int punct = 0, newlines = 0;
#if defined(__SSE2__)
	/* most words: sixteen bytes to read, separators (if any) that cannot
	 * end a sentence, an ASCII word shorter than sixteen bytes */
	if (i + 16 <= n) {
		mt__class16 c;
		mt__classify16(s + i, &c);
		if (!(c.word & 1) && c.word) {
			unsigned st = (unsigned)__builtin_ctz(c.word);
			/* clean separators, or ". " (a full stop: the word may
			 * start a sentence) */
			int stop = st == 2 && s[i] == '.' && s[i + 1] == ' ';
			if (mt__clean_separators(s, i, st) | stop) {
				punct = stop;
				i += st;
				if (i + 16 <= n)
					mt__classify16(s + i, &c);
				else
					c.word = 0;
			}
		}
		if ((c.word & 1) && mt__word16(t, i, &c, punct, tok))
			return 1;
	}
#endif
	/* one space before an ASCII letter or digit: most words */
	if (i + 1 < n && s[i] == ' ' && rcp__match_ascii_fold[s[i + 1]])
		i++;
	else if (i >= n || !rcp__match_ascii_fold[s[i]]) {
		i = rcp__match_skip_separators(t, i, &punct, &newlines);
		if (i >= n) {
			t->pos = n;
			return 0;
		}
	}
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	/* An ASCII word of up to fifteen bytes (nearly all of them) with two
	 * blocks and no branch on its length; the rest take mt__word_at(). */
	if (i + 16 <= n) {
		uint64_t x1, x2;
		memcpy(&x1, s + i, 8);
		memcpy(&x2, s + i + 8, 8);
		unsigned e1, e2;
		int h1, h2;
		uint64_t f1 = mt__block(x1, &e1, &h1), f2 = mt__block(x2, &e2, &h2);
		int full = e1 == 8;
		unsigned len = full ? 8 + e2 : e1;
		int slow = full ? (h2 | (e2 == 8)) : h1;
		if (!slow) {
			f2 = full ? f2 : 0;
			tok->start = (uint32_t)i;
			tok->end = (uint32_t)(i + len);
			tok->cap = s[i] >= 'A' && s[i] <= 'Z';
			tok->digit = s[i] >= '0' && s[i] <= '9';
			tok->hash = mt__hash_block(mt__hash_block(MT_HASH_SEED, f1), f2) ^ len;
			tok->flen = (uint8_t)len;
			tok->id = 0;
			if (punct | newlines)
				rcp__match_sentence_break(t, tok, punct, newlines);
			tok->sentence = t->sentence;
			t->prev_start = i;
			t->prev_end = t->pos = i + len;
			return 1;
		}
	}
#endif
	mt__word_at(t, i, punct, newlines, tok, NULL, 0);
	return 1;
}

/* The next word without its folded bytes: 1, or 0 at the end. */
MT_INLINE int mt__step(mt_tokenizer *t, mt_tok *tok)
{
#if defined(MT_BLOCK64)
	/* most words: taken from a block of 64 classified bytes */
	if (!t->starts)
		mt__fill64(t);
	if (t->starts) {
		uint64_t st = t->starts, en = t->ends, exc = t->exc;
		if (mt__word64(t, tok) || rcp__match_word_block(t, tok, st, en, exc))
			return 1;
		if (!mt__step_general(t, tok))
			return 0;
		/* The block's word went the general way (a word with a letter
		 * that is not ASCII, or after a line break): when that way found
		 * the same word, the block goes on after it, not classified again
		 * from there (in Cyrillic, Greek or CJK text that was after every
		 * third word). When it found another (a mark of 0x80 or more,
		 * such as a dash, read as a separator) the block is dropped. */
		unsigned p = (unsigned)__builtin_ctzll(st), e = (unsigned)__builtin_ctzll(en);
		if (en && tok->start == t->base + p && tok->end == t->base + e) {
			t->starts = st & (st - 1);
			t->ends = en & (en - 1);
			t->exc = exc & ~((1ull << e) - 1);
		}
		return 1;
	}
#endif
	return mt__step_general(t, tok);
}

/* A word the scanner put aside: it starts aliases of two words and more
 * only, so it is worth a walk only when the pair filter has it and the
 * word after it. */
typedef struct mt__aside {
	mt_tok tok;
	int set;
} mt__aside;

/* Hands the word put aside to the scanner: tok gets it, and t goes back
 * to just after it, where a walk from it starts (the next step reads the
 * word after it again). */
MT_INLINE int mt__take_aside(mt_tokenizer *t, mt_tok *tok, const mt__aside *a)
{
	*tok = a->tok;
	t->sentence = tok->sentence;
	t->prev_start = tok->start;
	t->prev_end = t->pos = tok->end;
	t->starts = 0;
	return 1;
}

/* The next word the scanner must look at: 1, or 0 at the end. Of the
 * words mt__step() gives, those mt_filter_has() turns away are left out,
 * and so is a word that starts only aliases of two words or more
 * (mt_filter_alone() says no) when the word after it, in its sentence, does
 * not make a pair that mt_pair_has() has: its walk would end there. Most
 * words are left out, and in a block they are read by bitmask with the
 * block's state in registers and no token written. A word the block path
 * cannot take alone (separators that may end a sentence, a word that is
 * not ASCII or is long, the end of the text) goes through mt__step(); a
 * word put aside is then judged with the word mt__step() gives, which
 * only a block word can be. */
MT_INLINE int mt__step_filtered(mt_tokenizer *t, mt_tok *tok, const rcp_matcher *m)
{
#if defined(MT_BLOCK64)
	const unsigned char *s = (const unsigned char *)t->s;
	/* in registers: the stores to *t and *tok might otherwise alias *m */
	const uint64_t *filter = m->filter, *pairs = m->pairs;
	const unsigned fshift = m->filter_shift, pshift = m->pair_shift;
	mt__aside a;
	a.set = 0;
	for (;;) {
		if (!t->starts)
			mt__fill64(t);
		if (t->starts) {
			uint64_t st = t->starts, en = t->ends, exc = t->exc, near = 0;
			const size_t base = t->base;
			if (t->near_end) { /* words with fewer than 16 bytes to read: mt__word64() */
				size_t k = t->n - base < 16 ? 0 : t->n - base - 15;
				near = k < 64 ? ~0ull << k : 0;
			}
			size_t start = t->prev_start, end = t->prev_end;
			int found = 0;
			uint64_t h = 0;
			while (st) {
				unsigned p = (unsigned)__builtin_ctzll(st), e = (unsigned)__builtin_ctzll(en);
				size_t i = base + p;
				uint64_t x = (exc | near) & ((en ^ (en - 1)) >> 1);
				if (x) {
					/* ". " before the word: the sentence rule here, as
					 * rcp__match_sentence_break() has it; anything else is for
					 * mt__word64() */
					if (!(p >= 2 && x == 1ull << (p - 2) && s[i - 2] == '.' && s[i - 1] == ' '))
						break;
					exc ^= x;
					if (rcp__match_first_class[s[i]] &&
					    (end + 2 != i || !rcp__match_is_abbreviation(t, start, end))) {
						t->sentence++;
						a.set = 0; /* a pair is in one sentence */
					}
				}
				unsigned len = e - p;
				uint64_t x1, x2, k1, k2;
				memcpy(&x1, s + i, 8);
				memcpy(&x2, s + i + 8, 8);
				memcpy(&k1, rcp__match_keep_bytes + 16 - len, 8);
				memcpy(&k2, rcp__match_keep_bytes + 24 - len, 8);
				uint64_t f1 = (x1 | 0x2020202020202020ull) & k1;
				uint64_t f2 = (x2 | 0x2020202020202020ull) & k2;
				h = mt__hash_block(mt__hash_block(MT_HASH_SEED, f1), f2) ^ len;
				st &= st - 1;
				en &= en - 1;
				start = i;
				end = i + len;
				if (a.set) { /* the word after one put aside */
					uint64_t pb;
					uint32_t pw = mt_pair_bits(a.tok.hash, h, pshift, &pb);
					a.set = 0;
					if ((pairs[pw] & pb) == pb) {
						found = 2;
						break;
					}
				}
				uint64_t bits, w = mt_filter_probe(filter, fshift, h, &bits);
				if ((w & bits) == bits) { /* mt_filter_has() */
					if (mt_filter_alone(h, w)) {
						found = 1;
						break;
					}
					unsigned c = rcp__match_first_class[s[start]];
					a.tok.start = (uint32_t)start;
					a.tok.end = (uint32_t)end;
					a.tok.cap = (uint8_t)(c & 1);
					a.tok.digit = (uint8_t)(c >> 1);
					a.tok.hash = h;
					a.tok.flen = (uint8_t)len;
					a.tok.id = 0;
					a.tok.sentence = t->sentence;
					a.set = 1;
				}
			}
			if (st != t->starts) { /* words taken */
				t->starts = st;
				t->ends = en;
				t->exc = exc;
				t->prev_start = start;
				t->prev_end = t->pos = end;
			}
			if (found == 2)
				return mt__take_aside(t, tok, &a);
			if (found) {
				unsigned c = rcp__match_first_class[s[start]];
				tok->start = (uint32_t)start;
				tok->end = (uint32_t)end;
				tok->cap = (uint8_t)(c & 1);
				tok->digit = (uint8_t)(c >> 1);
				tok->hash = h;
				tok->flen = (uint8_t)(end - start);
				tok->id = 0;
				tok->sentence = t->sentence;
				return 1;
			}
			if (!st)
				continue; /* the next block */
		}
		if (!mt__step(t, tok))
			return 0;
		if (a.set) {
			a.set = 0;
			if (tok->sentence == a.tok.sentence && mt_pair_has(m, a.tok.hash, tok->hash))
				return mt__take_aside(t, tok, &a);
		}
		uint64_t bits, w = mt_filter_probe(filter, fshift, tok->hash, &bits);
		if ((w & bits) == bits) {
			if (mt_filter_alone(tok->hash, w))
				return 1;
			a.tok = *tok;
			a.set = 1;
		}
	}
#else
	/* the same words, one at a time: a word that starts only longer
	 * aliases waits for the next */
	mt_tok aside = {0};
	int set = 0;
	for (;;) {
		if (!mt__step(t, tok))
			return 0;
		if (set) {
			set = 0;
			if (tok->sentence == aside.sentence && mt_pair_has(m, aside.hash, tok->hash)) {
				t->sentence = aside.sentence;
				t->prev_start = aside.start;
				t->prev_end = t->pos = aside.end;
				*tok = aside;
				return 1;
			}
		}
		uint64_t bits, w = mt_filter_probe(m->filter, m->filter_shift, tok->hash, &bits);
		if ((w & bits) != bits)
			continue;
		if (mt_filter_alone(tok->hash, w))
			return 1;
		aside = *tok;
		set = 1;
	}
#endif
}

#endif
