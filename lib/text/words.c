/*
 * words.c — where the words of a text are: the one word splitter.
 *
 * The search tokenizer (lib/search/tokenizer.c) indexes these words and
 * the language guesser (lang.c) counts them; both call here, so a word is
 * the same thing to both.
 */
#include <stddef.h>
#include <stdint.h>

#include "internal.h"

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
