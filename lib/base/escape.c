/*
 * escape.c — HTML escaped at the point of output, one escaper per
 * context (cgit's html.c): element text, a double-quoted attribute, a
 * URL component. rcp_html_escape writes to any sink; the library's HTML
 * (the screening report) writes through the rcp_buf forms below, and the
 * web front end (web/html.c) through its buffer: one set of rules.
 */
#include <string.h>

#include "internal.h"

void rcp_html_escape(rcp_html_context context, const char *s, size_t n,
                     void (*put)(void *sink, const char *p, size_t n), void *sink)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t run = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		char ref[8];
		const char *rep = NULL;
		size_t rn = 0;
		if (context == RCP_HTML_TEXT) {
			switch (c) {
			case '&': rep = "&amp;"; break;
			case '<': rep = "&lt;"; break;
			case '>': rep = "&gt;"; break;
			case '"': rep = "&quot;"; break;
			case '\'': rep = "&#39;"; break;
			case '\0': rep = "\xEF\xBF\xBD"; break; /* U+FFFD */
			default: continue;
			}
			rn = strlen(rep);
		} else if (context == RCP_HTML_ATTR) {
			/* OWASP's rule: everything ASCII but alphanumerics and a few
			 * safe marks becomes a reference; bytes >= 0x80 (UTF-8) pass */
			if (c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			    (c >= '0' && c <= '9') || c == ',' || c == '.' || c == '-' || c == '_')
				continue;
			memcpy(ref, "&#x", 3);
			ref[3] = hex[c >> 4];
			ref[4] = hex[c & 15];
			ref[5] = ';';
			rep = ref;
			rn = 6;
		} else { /* RCP_HTML_URL: percent-encode all but unreserved */
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
			    c == '-' || c == '.' || c == '_' || c == '~')
				continue;
			ref[0] = '%';
			ref[1] = hex[c >> 4];
			ref[2] = hex[c & 15];
			rep = ref;
			rn = 3;
		}
		if (i > run)
			put(sink, s + run, i - run);
		put(sink, rep, rn);
		run = i + 1;
	}
	if (n > run)
		put(sink, s + run, n - run);
}

static void put_buf(void *sink, const char *p, size_t n)
{
	rcp__buf_append(sink, p, n);
}

void rcp__html_textn(rcp_buf *b, const char *s, size_t n)
{
	rcp_html_escape(RCP_HTML_TEXT, s, n, put_buf, b);
}

void rcp__html_text(rcp_buf *b, const char *s)
{
	if (s)
		rcp_html_escape(RCP_HTML_TEXT, s, strlen(s), put_buf, b);
}

void rcp__html_attr(rcp_buf *b, const char *s)
{
	if (s)
		rcp_html_escape(RCP_HTML_ATTR, s, strlen(s), put_buf, b);
}

void rcp__html_url(rcp_buf *b, const char *s)
{
	if (s)
		rcp_html_escape(RCP_HTML_URL, s, strlen(s), put_buf, b);
}

int rcp_url_is_http(const char *s)
{
	return s && (!strncmp(s, "https://", 8) || !strncmp(s, "http://", 7));
}
