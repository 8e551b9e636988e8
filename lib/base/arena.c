/*
 * arena.c — checked allocation and a bump arena for document- or
 * request-scoped work. We are an application: running out of memory
 * prints and aborts; growth driven by input is capped elsewhere.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static void oom(size_t n)
{
	fprintf(stderr, "receipts: out of memory allocating %zu bytes\n", n);
	abort();
}

void *rcp__xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom(n);
	return p;
}

void *rcp__xcalloc(size_t n, size_t m)
{
	void *p = calloc(n ? n : 1, m ? m : 1);
	if (!p)
		oom(n * m);
	return p;
}

void *rcp__xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		oom(n);
	return q;
}

char *rcp__xstrndup(const char *s, size_t n)
{
	char *p = rcp__xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *rcp__xstrdup(const char *s)
{
	return s ? rcp__xstrndup(s, strlen(s)) : NULL;
}

struct rcp_arena_block {
	rcp_arena_block *next;
	size_t used, size;
	_Alignas(16) unsigned char data[];
};

void rcp__arena_init(rcp_arena *a, size_t block_size)
{
	a->head = NULL;
	a->block_size = block_size ? block_size : 64 * 1024;
	a->total = 0;
}

void rcp__arena_release(rcp_arena *a)
{
	if (!a)
		return;
	rcp_arena_block *b = a->head;
	while (b) {
		rcp_arena_block *next = b->next;
		free(b);
		b = next;
	}
	a->head = NULL;
	a->total = 0;
}

void *rcp__arena_alloc(rcp_arena *a, size_t n)
{
	n = (n + 15) & ~(size_t)15;
	if (!n)
		n = 16;
	rcp_arena_block *b = a->head;
	if (!b || b->size - b->used < n) {
		size_t size = n > a->block_size ? n : a->block_size;
		b = rcp__xmalloc(sizeof *b + size);
		b->size = size;
		b->used = 0;
		b->next = a->head;
		a->head = b;
	}
	void *p = b->data + b->used;
	b->used += n;
	a->total += n;
	return p;
}

char *rcp__arena_strndup(rcp_arena *a, const char *s, size_t n)
{
	char *p = rcp__arena_alloc(a, n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}
