/*
 * html.c — the output buffer and one escaper per context (cgit's html.c):
 * element text, attribute values, URL components. Every value that did
 * not come from a string literal in this program goes through one of them.
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

void html_textn(web_buf *b, const char *s, size_t n)
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
		case '\0': rep = "\xEF\xBF\xBD"; break;
		default: break;
		}
		if (rep) {
			web_buf_put(b, s + run, i - run);
			web_puts(b, rep);
			run = i + 1;
		}
	}
	web_buf_put(b, s + run, n - run);
}

void html_text(web_buf *b, const char *s)
{
	if (s)
		html_textn(b, s, strlen(s));
}

void html_attr(web_buf *b, const char *s)
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
		web_buf_put(b, s + run, i - run);
		web_printf(b, "&#x%02X;", c);
		run = i + 1;
	}
	web_buf_put(b, s + run, i - run);
}

void html_url(web_buf *b, const char *s)
{
	if (!s)
		return;
	static const char hex[] = "0123456789ABCDEF";
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		unsigned char c = *p;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    c == '-' || c == '.' || c == '_' || c == '~') {
			web_buf_put(b, (const char *)p, 1);
		} else {
			char e[3] = {'%', hex[c >> 4], hex[c & 15]};
			web_buf_put(b, e, 3);
		}
	}
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
