/*
 * hints.c — what to try when a search finds nothing.
 *
 * An empty result says why it may be empty and what to change, from the
 * query and the filters alone: fewer filters, every language, the words
 * apart instead of a phrase, any word instead of all, a shorter prefix,
 * the word in the language of the sources. The command and the web page
 * print the same hints.
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"

/* Append the line s to out[0..cap) at *o, cut if it does not fit. */
static void line(char *out, size_t cap, size_t *o, const char *s)
{
	if (*o + 1 >= cap)
		return;
	int n = snprintf(out + *o, cap - *o, "%s", s);
	if (n < 0)
		return;
	*o += (size_t)n < cap - *o ? (size_t)n : cap - *o - 1;
	if (*o + 1 < cap)
		out[(*o)++] = '\n';
	out[*o] = '\0';
}

static int is_op(const char *w, size_t n)
{
	return (n == 2 && !memcmp(w, "OR", 2)) || (n == 3 && !memcmp(w, "AND", 3)) ||
	       (n == 3 && !memcmp(w, "NOT", 3));
}

size_t rcp_search_hints(const char *query, const char *lang, int filters, char *out,
                        size_t cap)
{
	size_t o = 0;
	if (!cap)
		return 0;
	out[0] = '\0';
	int words = 0, has_or = 0, has_quote = 0;
	char prefix[64] = "";
	int in_quote = 0;
	for (const char *p = query ? query : ""; *p;) {
		if (*p == '"') {
			has_quote = 1;
			in_quote = !in_quote;
			p++;
			continue;
		}
		if (*p == ' ' || *p == '(' || *p == ')' || *p == '\t') {
			p++;
			continue;
		}
		const char *w = p;
		while (*p && *p != ' ' && *p != '"' && *p != '(' && *p != ')' && *p != '\t')
			p++;
		size_t n = (size_t)(p - w);
		if (is_op(w, n)) {
			has_or |= n == 2;
			continue;
		}
		if (*w == '-')
			continue; /* excluded */
		words++;
		/* a prefix three letters shorter than the longest bare word */
		if (!in_quote && w[n - 1] != '*' && n >= 7 && n - 3 + 2 < sizeof prefix &&
		    n - 3 > strlen(prefix)) {
			size_t k = n - 3;
			while (k > 0 && ((unsigned char)w[k] & 0xC0) == 0x80)
				k--; /* not inside a character */
			memcpy(prefix, w, k);
			prefix[k] = '*';
			prefix[k + 1] = '\0';
		}
	}
	char buf[160];
	if (filters > 0)
		line(out, cap, &o, filters == 1 ? "Remove the filter: it may exclude every match."
		                                : "Remove some filters: together they may exclude "
		                                  "every match.");
	if (lang && *lang) {
		snprintf(buf, sizeof buf, "Search every language, not only '%.32s'.", lang);
		line(out, cap, &o, buf);
	}
	if (has_quote)
		line(out, cap, &o, "Drop the quotes: a phrase needs its words side by side.");
	if (words > 1 && !has_or)
		line(out, cap, &o, "Every word must match: put OR between words that may stand alone.");
	if (prefix[0]) {
		snprintf(buf, sizeof buf, "Try a prefix, such as '%s', for other forms of a word.",
		         prefix);
		line(out, cap, &o, buf);
	}
	line(out, cap, &o, "Sources are searched in their own language: try the word as French, "
	                   "Spanish or German sources write it.");
	if (o && out[o - 1] == '\n')
		out[--o] = '\0';
	return o;
}
