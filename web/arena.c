/*
 * arena.c — printf into the request's arena. The arena itself is the
 * library's (rcp_arena, lib/base/arena.c); web.h wraps its calls.
 */
#include <stdarg.h>
#include <stdio.h>

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
