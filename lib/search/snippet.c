/*
 * snippet.c — a search result's passage as a person reads it.
 *
 * The passage is a span of the stored text, and its offsets stay the
 * receipts (rcp_search_result, docs/formats.md). For reading it on one
 * line, rcp_snippet_plain() drops what only Markdown and plain-text notes
 * use for layout: a line's leading '#'s, list markers ("- ", "* ", "1. "),
 * quote markers ("> "), emphasis ("**", "__") and code ticks; line breaks
 * and runs of spaces become one space. Words are never changed, and the
 * marks move with the words they mark.
 */
#include <string.h>

#include "internal.h"

/* Length of the layout marker at a line's start s[i..n), or 0. */
static size_t line_marker(const char *s, size_t i, size_t n)
{
	size_t j = i;
	while (j < n && (s[j] == ' ' || s[j] == '\t'))
		j++;
	if (j < n && s[j] == '#') {
		size_t k = j;
		while (k < n && s[k] == '#')
			k++;
		if (k - j <= 6 && (k == n || s[k] == ' '))
			return k - i;
	}
	if (j + 1 < n && (s[j] == '-' || s[j] == '*' || s[j] == '+' || s[j] == '>') &&
	    s[j + 1] == ' ')
		return j + 1 - i;
	size_t k = j;
	while (k < n && k - j < 3 && s[k] >= '0' && s[k] <= '9')
		k++;
	if (k > j && k + 1 < n && (s[k] == '.' || s[k] == ')') && s[k + 1] == ' ')
		return k + 1 - i;
	return 0;
}

size_t rcp_snippet_plain(const rcp_search_result *r, char *out, size_t cap,
                         rcp_search_span *marks)
{
	const char *s = r->snippet;
	size_t n = (size_t)(r->snippet_end - r->snippet_start);
	size_t o = 0, h = 0;
	int at_line = 1, space = 0;
	if (!cap)
		return 0;
	for (size_t i = 0; i < n;) {
		int64_t abs = r->snippet_start + (int64_t)i;
		/* a mark never starts inside what is dropped: copy its word */
		int in_mark = h < r->nhits && abs >= r->hits[h].start && abs < r->hits[h].end;
		if (!in_mark) {
			if (s[i] == '\n' || s[i] == '\r' || s[i] == '\t' || s[i] == ' ') {
				at_line |= s[i] == '\n';
				space = o > 0;
				i++;
				continue;
			}
			size_t skip = at_line ? line_marker(s, i, n) : 0;
			if (!skip && ((s[i] == '*' || s[i] == '_') && i + 1 < n && s[i + 1] == s[i]))
				skip = 2;
			else if (!skip && s[i] == '`')
				skip = 1;
			if (skip) {
				/* a marker ends a line's start only once text follows */
				i += skip;
				continue;
			}
		}
		at_line = 0;
		if (space && o + 1 < cap) {
			out[o++] = ' ';
		}
		space = 0;
		if (h < r->nhits && abs == r->hits[h].start && marks)
			marks[h].start = (int64_t)o;
		if (o + 1 < cap)
			out[o++] = s[i];
		if (h < r->nhits && abs + 1 == r->hits[h].end) {
			if (marks)
				marks[h].end = (int64_t)o;
			h++;
		}
		i++;
	}
	/* marks the text never reached (cap): empty, at the end */
	for (; h < r->nhits; h++)
		if (marks)
			marks[h].start = marks[h].end = (int64_t)o;
	out[o] = '\0';
	return o;
}
