/*
 * arena.c — the per-request arena of the web front end: blocks freed all
 * at once when the request completes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"

struct web_block {
	web_block *next;
	size_t used, size;
	_Alignas(16) unsigned char data[];
};

void *web_alloc(web_arena *a, size_t n)
{
	n = (n + 15) & ~(size_t)15;
	web_block *b = a->head;
	if (!b || b->size - b->used < n) {
		size_t size = n > 16384 ? n : 16384;
		b = malloc(sizeof *b + size);
		if (!b) {
			fputs("receipts: out of memory\n", stderr);
			abort();
		}
		b->size = size;
		b->used = 0;
		b->next = a->head;
		a->head = b;
	}
	void *p = b->data + b->used;
	b->used += n;
	return p;
}

char *web_strndup(web_arena *a, const char *s, size_t n)
{
	char *d = web_alloc(a, n + 1);
	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

char *web_strdup(web_arena *a, const char *s)
{
	return s ? web_strndup(a, s, strlen(s)) : NULL;
}

char *web_sprintf(web_arena *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *d = web_alloc(a, (size_t)(n < 0 ? 0 : n) + 1);
	va_start(ap, fmt);
	vsnprintf(d, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return d;
}

void web_arena_release(web_arena *a)
{
	web_block *b = a->head;
	while (b) {
		web_block *next = b->next;
		free(b);
		b = next;
	}
	a->head = NULL;
}
