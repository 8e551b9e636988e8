/*
 * html.c — the output buffer, and the escapers pages call, one per context
 * (element text, attribute values, URL components), over the library's
 * rcp_html_escape. Every value that did not come from a string literal in
 * this program goes through one of them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"

void web_buf_put(web_buf *b, const char *s, size_t n)
{
	if (b->toobig)
		return;
	if (b->max && b->len + n > b->max) {
		b->toobig = 1;
		return;
	}
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;
		while (cap < b->len + n + 1)
			cap *= 2;
		char *d = realloc(b->data, cap);
		if (!d) {
			fputs("receipts: out of memory\n", stderr);
			abort();
		}
		b->data = d;
		b->cap = cap;
	}
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void web_puts(web_buf *b, const char *s)
{
	if (s)
		web_buf_put(b, s, strlen(s));
}

void web_printf(web_buf *b, const char *fmt, ...)
{
	char small[512];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n < sizeof small) {
		web_buf_put(b, small, (size_t)n);
		return;
	}
	char *big = malloc((size_t)n + 1);
	if (!big)
		abort();
	va_start(ap, fmt);
	vsnprintf(big, (size_t)n + 1, fmt, ap);
	va_end(ap);
	web_buf_put(b, big, (size_t)n);
	free(big);
}

void web_buf_release(web_buf *b)
{
	free(b->data);
	memset(b, 0, sizeof *b);
}

/* The escapers are the library's (rcp_html_escape, lib/base/escape.c):
 * one set of rules for every page. */
static void put_web(void *sink, const char *p, size_t n)
{
	web_buf_put(sink, p, n);
}

void html_textn(web_buf *b, const char *s, size_t n)
{
	rcp_html_escape(RCP_HTML_TEXT, s, n, put_web, b);
}

void html_text(web_buf *b, const char *s)
{
	if (s)
		rcp_html_escape(RCP_HTML_TEXT, s, strlen(s), put_web, b);
}

void html_attr(web_buf *b, const char *s)
{
	if (s)
		rcp_html_escape(RCP_HTML_ATTR, s, strlen(s), put_web, b);
}

void html_url(web_buf *b, const char *s)
{
	if (s)
		rcp_html_escape(RCP_HTML_URL, s, strlen(s), put_web, b);
}

char *html_escape_dup(const char *context, const char *s)
{
	web_buf b = {0};
	web_buf_put(&b, "", 0);
	if (!strcmp(context, "text"))
		html_text(&b, s);
	else if (!strcmp(context, "attr"))
		html_attr(&b, s);
	else if (!strcmp(context, "url"))
		html_url(&b, s);
	else {
		free(b.data);
		return NULL;
	}
	return b.data;
}
