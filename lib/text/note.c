/*
 * note.c — does a text declare itself a note written for this database?
 *
 * The example corpus (and a research team's own write-ups) are short notes
 * that summarise a public source and cite it in "Source:" / "Publisher:"
 * header lines. Shown as they are, those lines read as if the note were the
 * publisher's own text. A note says what it is in its header, with a line
 * "Kind: note" (fr "Genre: note", es "Tipo: nota", de "Art: Notiz"; "Type"
 * in any of them), among the first lines, so the claim is the author's and
 * never the reader's guess.
 */
#include <ctype.h>
#include <string.h>

#include "internal.h"

/* s[0..n) equals lower-case word w, ignoring ASCII case. */
static int word_is(const char *s, size_t n, const char *w)
{
	if (strlen(w) != n)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (tolower((unsigned char)s[i]) != w[i])
			return 0;
	return 1;
}

/* Trim blanks from both ends of [*p, *e). */
static void trim(const char **p, const char **e)
{
	while (*p < *e && (**p == ' ' || **p == '\t'))
		++*p;
	while (*e > *p && ((*e)[-1] == ' ' || (*e)[-1] == '\t' || (*e)[-1] == '\r'))
		--*e;
}

int rcp_text_is_note(const char *text, size_t len)
{
	static const char *const keys[] = {"kind", "type", "genre", "tipo", "art", NULL};
	static const char *const values[] = {"note", "nota", "notiz", NULL};
	const char *p = text, *end = text + len;
	for (int line = 0; p < end && line < 12; line++) {
		const char *e = memchr(p, '\n', (size_t)(end - p));
		if (!e)
			e = end;
		const char *colon = memchr(p, ':', (size_t)(e - p));
		if (colon) {
			const char *k = p, *ke = colon, *v = colon + 1, *ve = e;
			trim(&k, &ke);
			trim(&v, &ve);
			int key = 0, value = 0;
			for (int i = 0; keys[i]; i++)
				key |= word_is(k, (size_t)(ke - k), keys[i]);
			for (int i = 0; values[i]; i++)
				value |= word_is(v, (size_t)(ve - v), values[i]);
			if (key && value)
				return 1;
		}
		p = e + 1;
	}
	return 0;
}
