/*
 * arena.c — printf into the request's arena, and arrays grown in it. The arena itself is the
 * library's (rcp_arena, lib/base/arena.c); web.h wraps its calls.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "web.h"

char *web_sprintf(web_arena *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *d = web_alloc(a, (size_t)(n < 0 ? 0 : n) + 1);
	va_start(ap, fmt);
	vsnprintf(d, (size_t)(n < 0 ? 0 : n) + 1, fmt, ap);
	va_end(ap);
	return d;
}

void *web_grow(web_arena *a, void *v, size_t n, size_t *cap, size_t size, size_t first)
{
	if (n < *cap)
		return v;
	size_t c = *cap ? *cap * 2 : first;
	void *w = web_alloc(a, c * size);
	if (n)
		memcpy(w, v, n * size);
	*cap = c;
	return w;
}
