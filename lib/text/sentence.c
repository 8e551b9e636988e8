/*
 * sentence.c — where sentences end, for en, fr, es, de (and, without
 * abbreviations, any language).
 *
 * A sentence ends at '.', '!', '?', '…' (and '؟', '。') followed by closing
 * quotes or brackets, then white space, then something that can start a
 * sentence: an upper-case or uncased letter (Arabic, Hebrew), a digit, an
 * opening quote or bracket, '¿' or '¡'. A blank line always ends one.
 * A period does not end a sentence after an abbreviation of the
 * document's language (lib/text/abbrev/<lang>.txt, embedded at build
 * time), after a single capital letter (an initial: "J. Smith"), or when
 * the next word starts in lower case.
 */
#include <string.h>

#include <utf8proc.h>

#include "internal.h"

static int is_space_at(const char *s, size_t n, size_t i, size_t *k)
{
	unsigned char c = (unsigned char)s[i];
	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
		*k = 1;
		return 1;
	}
	if (c >= 0x80) {
		int32_t cp;
		*k = rcp__utf8_next(s, n, i, &cp);
		return cp == 0xA0 || cp == 0x202F || cp == 0x2009 || cp == 0x3000 ||
		       (cp >= 0x2000 && cp <= 0x200A);
	}
	return 0;
}

/* Closing punctuation that may follow a terminator: quotes, brackets. */
static int is_closer(int32_t cp)
{
	return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D ||
	       cp == 0x2019 || cp == 0xBB || cp == 0x203A || cp == 0x300D;
}

static int can_start(int32_t cp)
{
	if (cp >= '0' && cp <= '9')
		return 1;
	if (cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == 0x201C || cp == 0x2018 ||
	    cp == 0xAB || cp == 0xBF || cp == 0xA1 || cp == 0x2014 || cp == '-' || cp == 0x2013)
		return 1;
	utf8proc_category_t c = utf8proc_category(cp);
	if (c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT || c == UTF8PROC_CATEGORY_LO)
		return 1;
	return 0;
}

static int is_letter_byte(unsigned char c)
{
	return (unsigned)((c | 32) - 'a') < 26u || c >= 0x80;
}

/* 1 when text[0..end) (end just past a '.') ends with an abbreviation. */
static int ends_with_abbrev(const char *text, size_t end, const char *const *list)
{
	for (; *list; list++) {
		size_t m = strlen(*list);
		if (m > end || memcmp(text + end - m, *list, m) != 0) {
			/* one more try lower-cased, for "Inc." at a sentence start ("INC.") */
			if (m > end)
				continue;
			size_t i;
			for (i = 0; i < m; i++) {
				char a = text[end - m + i], b = (*list)[i];
				if (a >= 'A' && a <= 'Z')
					a = (char)(a + 32);
				if (b >= 'A' && b <= 'Z')
					b = (char)(b + 32);
				if (a != b)
					break;
			}
			if (i < m)
				continue;
		}
		if (end == m || !is_letter_byte((unsigned char)text[end - m - 1]))
			return 1;
	}
	return 0;
}

/* Is the '.' at text[i] the end of an abbreviation or an initial? */
static int period_is_abbrev(const char *text, size_t i, const char *const *list)
{
	/* an initial ("J. Smith") or one letter of an abbreviation written with
	 * spaces ("z. B.", "d. h."): one letter after a space or at the start */
	if (i >= 1 && (unsigned)((text[i - 1] | 32) - 'a') < 26u &&
	    (i == 1 || !is_letter_byte((unsigned char)text[i - 2])))
		return 1;
	return ends_with_abbrev(text, i + 1, list);
}

void rcp__sentences(const char *text, size_t len, const char *lang,
                    int (*fn)(size_t start, size_t end, void *ctx), void *ctx)
{
	const char *const *list = rcp__abbrev_list(lang);
	size_t start = 0, i = 0, k;
	while (start < len && is_space_at(text, len, start, &k))
		start += k;
	i = start;
	while (i < len) {
		unsigned char c = (unsigned char)text[i];
		int32_t cp = c;
		size_t clen = 1;
		if (c >= 0x80)
			clen = rcp__utf8_next(text, len, i, &cp);
		/* a blank line ends a sentence whatever came before */
		if (c == '\n') {
			size_t j = i + 1;
			while (j < len && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r'))
				j++;
			if (j < len && text[j] == '\n') {
				size_t e = i;
				while (e > start && is_space_at(text, len, e - 1, &k) && k == 1)
					e--;
				if (e > start && fn(start, e, ctx))
					return;
				start = j;
				while (start < len && is_space_at(text, len, start, &k))
					start += k;
				i = start;
				continue;
			}
		}
		int term = cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == 0x061F ||
		           cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F;
		if (!term) {
			i += clen;
			continue;
		}
		size_t j = i + clen;
		/* more terminators ("?!", "...") and closers */
		while (j < len) {
			int32_t d;
			size_t dl = rcp__utf8_next(text, len, j, &d);
			if (d == '.' || d == '!' || d == '?' || d == 0x2026 || is_closer(d))
				j += dl;
			else
				break;
		}
		size_t end = j;
		/* white space, then what comes next; French puts a space before
		 * the closing guillemet: "refusons. »" */
		size_t sp = j;
		while (sp < len && is_space_at(text, len, sp, &k))
			sp += k;
		if (sp > j && sp < len) {
			int32_t d;
			size_t dl = rcp__utf8_next(text, len, sp, &d);
			if (d == 0xBB || d == 0x201D) {
				end = j = sp + dl;
				sp = j;
				while (sp < len && is_space_at(text, len, sp, &k))
					sp += k;
			}
		}
		if (sp == j && j < len) { /* "3.5", "e.g.x", "U.S.": no space, no end */
			i = j;
			continue;
		}
		int boundary;
		if (sp >= len) {
			boundary = 1;
		} else {
			int32_t nx;
			rcp__utf8_next(text, len, sp, &nx);
			boundary = can_start(nx);
			if (boundary && cp == '.' && end == i + 1 && period_is_abbrev(text, i, list))
				boundary = 0;
		}
		if (boundary) {
			if (fn(start, end, ctx))
				return;
			start = sp;
		}
		i = sp > j ? sp : j;
	}
	size_t e = len;
	while (e > start && is_space_at(text, len, e - 1, &k) && k == 1)
		e--;
	if (e > start)
		fn(start, e, ctx);
}

void rcp_text_sentences(const char *text, size_t len, const char *lang,
                        int (*fn)(size_t start, size_t end, void *ctx), void *ctx)
{
	rcp__sentences(text, len, lang, fn, ctx);
}
