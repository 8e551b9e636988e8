/*
 * persons.c — a private person's name by what the text does with it,
 * where its shape alone cannot tell: "the giant Gareth Lloyd" and "the
 * giant Lockheed Martin" are both two plain capitalised words after a
 * company's noun, and no list of given names is ever complete. A person
 * is named again by the surname alone ("Lloyd said", "Mr Lloyd"), and in
 * English is "who" and "he" or "she" after the name; a company is named
 * again by its first word ("Lockheed") or in full, and is "it".
 * Principle 2: organizations, never private persons.
 */
#include <string.h>

#include "stages.h"

/* Is w a plain capitalised word: a capital, then letters in small case
 * only (not "KNDS", "SkyLock", "G4S": a company's shapes)? */
static int plain_word(const char *text, const xword *w)
{
	if (!w->t.cap || w->t.digit || w->t.end - w->t.start < 2)
		return 0;
	for (size_t k = w->t.start + 1; k < w->t.end; k++) {
		unsigned char c = (unsigned char)text[k];
		if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '&' || c == '.')
			return 0;
	}
	return 1;
}

/* Is the surname w[b] said alone elsewhere in the text: capitalised, not
 * right after the name's word before it ("Gareth Lloyd ... Lloyd said")? */
static int surname_alone(const xword *w, size_t n, size_t a, size_t b)
{
	for (size_t k = 0; k < n; k++) {
		if (k >= a && k <= b)
			continue;
		if (!w[k].t.cap || w[k].t.flen != w[b].t.flen || strcmp(w[k].f, w[b].f))
			continue;
		if (k > 0 && !strcmp(w[k - 1].f, w[b - 1].f))
			continue;
		/* "Lloyd Industries", "Lloyd's Register": another name that
		 * begins with the word */
		if (k + 1 < n && w[k + 1].t.cap && w[k + 1].t.sentence == w[k].t.sentence)
			continue;
		return 1;
	}
	return 0;
}

/* English and Spanish say "who" of a person right after naming one
 * ("Gareth Lloyd, who", "Ximena Quispe, quien"); English says "his" or "her"
 * after the name's verb ("sold his stake"), and "he" or "she" to open the
 * next sentence when no other name came between. (French
 * "qui" and German "der" are said of companies too; French "elle",
 * Spanish "ella", German "er" and "sie" stand for a company's noun.) */
static int personal_pronoun_after(const xword *w, size_t n, size_t b, int li)
{
	static const char *const who[] = {"who", "whom", "quien", NULL};
	static const char *const he[] = {"he", "she", NULL};
	if (li != 0 && li != 2)
		return 0;
	if (b + 1 >= n)
		return 0;
	uint32_t s = w[b].t.sentence;
	if (w[b + 1].t.sentence == s && rcp__word_in(w[b + 1].f, who))
		return 1;
	if (li != 0)
		return 0;
	/* "Warren Buffett sold his stake": "his" or "her" right after the
	 * name's verb (a company's is "its") */
	static const char *const his[] = {"his", "her", "himself", "herself", NULL};
	for (size_t k = b + 2; k < n && k <= b + 3 && w[k].t.sentence == s; k++)
		if (rcp__word_in(w[k].f, his))
			return 1;
	size_t k = b + 1;
	for (; k < n && w[k].t.sentence == s; k++)
		if (w[k].t.cap)
			return 0;
	return k < n && w[k].t.sentence == s + 1 && rcp__word_in(w[k].f, he);
}

int rcp__person_told(const char *text, const xword *w, size_t n, size_t a, size_t b, int li)
{
	if (b <= a || b - a > 2)
		return 0;
	for (size_t k = a; k <= b; k++)
		if (!plain_word(text, &w[k]))
			return 0;
	return surname_alone(w, n, a, b) || personal_pronoun_after(w, n, b, li);
}
