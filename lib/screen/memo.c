/*
 * memo.c — matches remembered across the files of one batch. A fund
 * universe holds the same securities over and over (the large companies
 * are in most funds), and matching a name is the costly part of loading
 * one: `funds add` of 3,000 filings matches each distinct holding once.
 * The matcher is deterministic, so a remembered match is the match.
 *
 * Keyed by every field rcp_match_holding() reads; an open-addressing table
 * of owned keys, capped (past the cap a holding is matched and not kept).
 */
#include <string.h>

#include "internal.h"

#define MEMO_MAX_ENTRIES ((size_t)1 << 21)

typedef struct memo_entry {
	char *key;           /* NULL: free slot */
	uint64_t hash;
	rcp_name_match match;
	char *matched;       /* owned copy: a match may point into its holding */
} memo_entry;

struct rcp_match_memo {
	const rcp_name_index *m;
	memo_entry *slot;
	size_t n, cap;
	int64_t hits, misses;
	rcp__fund_cache *grading; /* what grading read, kept for the batch */
};

rcp_match_memo *rcp_match_memo_new(const rcp_name_index *m)
{
	rcp_match_memo *c = rcp__xcalloc(1, sizeof *c);
	c->m = m;
	c->cap = 4096;
	c->slot = rcp__xcalloc(c->cap, sizeof *c->slot);
	return c;
}

void rcp_match_memo_free(rcp_match_memo *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->cap; i++) {
		free(c->slot[i].key);
		free(c->slot[i].matched);
	}
	free(c->slot);
	rcp__fund_cache_free(c->grading);
	free(c);
}

rcp__fund_cache *rcp__memo_fund_cache(rcp_match_memo *c)
{
	if (!c->grading)
		c->grading = rcp__fund_cache_new();
	return c->grading;
}

void rcp_match_memo_stats(const rcp_match_memo *c, int64_t *hits, int64_t *misses)
{
	*hits = c ? c->hits : 0;
	*misses = c ? c->misses : 0;
}

/* The fields as one key: each, or \x1e for none, ended by \x1f. */
static void key_of(const rcp_holding *h, rcp_buf *b)
{
	const char *f[] = {h->name, h->ticker, h->exchange, h->isin, h->cusip, h->sedol, h->figi, h->lei};
	for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
		if (f[i])
			rcp__buf_append(b, f[i], strlen(f[i]));
		else
			rcp__buf_putc(b, '\x1e');
		rcp__buf_putc(b, '\x1f');
	}
}


static void grow(rcp_match_memo *c)
{
	size_t cap = c->cap * 2;
	memo_entry *s = rcp__xcalloc(cap, sizeof *s);
	for (size_t i = 0; i < c->cap; i++) {
		if (!c->slot[i].key)
			continue;
		size_t j = c->slot[i].hash & (cap - 1);
		while (s[j].key)
			j = (j + 1) & (cap - 1);
		s[j] = c->slot[i];
	}
	free(c->slot);
	c->slot = s;
	c->cap = cap;
}

void rcp_match_memo_holding(rcp_match_memo *c, const rcp_holding *h, rcp_name_match *out)
{
	rcp_buf b;
	rcp__buf_init(&b, 0);
	key_of(h, &b);
	uint64_t x = rcp__fnv1a(b.data, b.len);
	size_t j = x & (c->cap - 1);
	while (c->slot[j].key) {
		if (c->slot[j].hash == x && !strcmp(c->slot[j].key, b.data)) {
			*out = c->slot[j].match;
			c->hits++;
			rcp__buf_release(&b);
			return;
		}
		j = (j + 1) & (c->cap - 1);
	}
	c->misses++;
	rcp_match_holding(c->m, h, out);
	if (c->n >= MEMO_MAX_ENTRIES) {
		rcp__buf_release(&b);
		return;
	}
	memo_entry *e = &c->slot[j];
	e->key = rcp__buf_detach(&b, NULL);
	e->hash = x;
	e->match = *out;
	e->matched = out->matched ? rcp__xstrdup(out->matched) : NULL;
	e->match.matched = e->matched;
	c->n++;
	if (2 * c->n > c->cap)
		grow(c);
}
