/*
 * buf.c — a growable byte buffer that refuses to grow past its cap
 * (curl's dynbuf "too big"): input-driven growth is bounded.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

void rcp__buf_init(rcp_buf *b, size_t max)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
	b->max = max;
}

void rcp__buf_release(rcp_buf *b)
{
	if (!b)
		return;
	free(b->data);
	rcp__buf_init(b, b->max);
}

rcp_status rcp__buf_append(rcp_buf *b, const void *p, size_t n)
{
	if (n > SIZE_MAX - b->len - 1)
		return RCP_ETOOBIG;
	size_t need = b->len + n;
	if (b->max && need > b->max)
		return RCP_ETOOBIG;
	if (need + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 256;
		while (cap < need + 1)
			cap = cap > SIZE_MAX / 2 ? need + 1 : cap * 2;
		b->data = rcp__xrealloc(b->data, cap);
		b->cap = cap;
	}
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len = need;
	b->data[b->len] = '\0';
	return RCP_OK;
}

rcp_status rcp__buf_putc(rcp_buf *b, char c)
{
	return rcp__buf_append(b, &c, 1);
}

rcp_status rcp__buf_printf(rcp_buf *b, const char *fmt, ...)
{
	char small[256];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return RCP_EINVAL;
	if ((size_t)n < sizeof small)
		return rcp__buf_append(b, small, (size_t)n);
	char *big = rcp__xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(big, (size_t)n + 1, fmt, ap);
	va_end(ap);
	rcp_status st = rcp__buf_append(b, big, (size_t)n);
	free(big);
	return st;
}

char *rcp__buf_detach(rcp_buf *b, size_t *len)
{
	char *p = b->data;
	if (!p)
		p = rcp__xstrndup("", 0);
	if (len)
		*len = b->len;
	rcp__buf_init(b, b->max);
	return p;
}
