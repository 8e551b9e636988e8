/*
 * escape.c — HTML escaped at the point of output, one escaper per
 * context (cgit's html.c): element text, a double-quoted attribute, a
 * URL component. The library's HTML (the screening report) writes
 * through these; they are the rules web/html.c applies to its pages.
 */
#include <string.h>

#include "internal.h"

void rcp__html_textn(rcp_buf *b, const char *s, size_t n)
{
	size_t run = 0;
	for (size_t i = 0; i < n; i++) {
		const char *rep = NULL;
		switch (s[i]) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\'': rep = "&#39;"; break;
		case '\0': rep = "\xEF\xBF\xBD"; break; /* U+FFFD */
		default: break;
		}
		if (rep) {
			rcp__buf_append(b, s + run, i - run);
			rcp__buf_append(b, rep, strlen(rep));
			run = i + 1;
		}
	}
	rcp__buf_append(b, s + run, n - run);
}

void rcp__html_text(rcp_buf *b, const char *s)
{
	if (s)
		rcp__html_textn(b, s, strlen(s));
}

void rcp__html_attr(rcp_buf *b, const char *s)
{
	if (!s)
		return;
	const unsigned char *p = (const unsigned char *)s;
	size_t run = 0, i = 0;
	for (; p[i]; i++) {
		unsigned char c = p[i];
		/* OWASP's rule: everything ASCII but alphanumerics and a few safe
		 * marks becomes a reference; bytes >= 0x80 (UTF-8) pass as they are */
		if (c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == ',' || c == '.' || c == '-' || c == '_')
			continue;
		rcp__buf_append(b, s + run, i - run);
		rcp__buf_printf(b, "&#x%02X;", c);
		run = i + 1;
	}
	rcp__buf_append(b, s + run, i - run);
}

void rcp__html_url(rcp_buf *b, const char *s)
{
	if (!s)
		return;
	static const char hex[] = "0123456789ABCDEF";
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		unsigned char c = *p;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    c == '-' || c == '.' || c == '_' || c == '~') {
			rcp__buf_putc(b, (char)c);
		} else {
			char e[3] = {'%', hex[c >> 4], hex[c & 15]};
			rcp__buf_append(b, e, 3);
		}
	}
}
