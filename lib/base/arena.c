/*
 * arena.c — checked allocation and a bump arena for document- or
 * request-scoped work. We are an application: running out of memory
 * prints and aborts; growth driven by input is capped elsewhere.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

#include "internal.h"

static void oom(size_t n)
{
	fprintf(stderr, "receipts: out of memory allocating %zu bytes\n", n);
	abort();
}

/* Blocks this large are asked to sit on huge pages where the kernel
 * offers them on request (transparent huge pages in "madvise" mode, the
 * usual default): building a 1M-name matcher touches 300 MB, and one
 * fault per 2 MiB instead of per 4 KiB halved its system time. */
#define HUGE_BLOCK ((size_t)4 << 20)

static void advise_huge(void *p, size_t n)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
	if (n < HUGE_BLOCK)
		return;
	const uintptr_t page = (uintptr_t)2 << 20;
	uintptr_t a = ((uintptr_t)p + page - 1) & ~(page - 1), b = ((uintptr_t)p + n) & ~(page - 1);
	if (b > a)
		(void)madvise((void *)a, b - a, MADV_HUGEPAGE); /* advice: failure is fine */
#else
	(void)p;
	(void)n;
#endif
}

void *rcp__xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom(n);
	advise_huge(p, n);
	return p;
}

void *rcp__xcalloc(size_t n, size_t m)
{
	void *p = calloc(n ? n : 1, m ? m : 1);
	if (!p)
		oom(n * m);
	advise_huge(p, n * m);
	return p;
}

void *rcp__xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		oom(n);
	advise_huge(q, n);
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

void rcp_arena_release(rcp_arena *a)
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

void *rcp_arena_alloc(rcp_arena *a, size_t n)
{
	n = (n + 15) & ~(size_t)15;
	if (!n)
		n = 16;
	rcp_arena_block *b = a->head;
	if (!b || b->size - b->used < n) {
		size_t bs = a->block_size ? a->block_size : 16 * 1024; /* a zeroed arena */
		size_t size = n > bs ? n : bs;
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

char *rcp_arena_strndup(rcp_arena *a, const char *s, size_t n)
{
	char *p = rcp_arena_alloc(a, n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}
