/*
 * money_once.c — each amount a text tells listed once.
 *
 * A text tells the same amount again: in its headline, in the standfirst
 * under it, in the body, in a closing summary. Researchers (and the eval's
 * gold: "a repeated fact is annotated once") count it once, so
 * `extract`'s "money" lists each amount (value, currency, percent or not)
 * at one place: its first telling, or the body's when the first is a
 * headline the body tells again ("ICE Is Paying Palantir $30 Million"
 * over "... is paying Palantir $30 million"). Claims still see every
 * telling: this only marks the repeats.
 *
 * Sorting by value keeps it O(n log n) on a text of a million amounts.
 */
#include <stdlib.h>
#include <string.h>

#include "stages.h"

typedef struct told {
	const rcp_money *m;
	size_t i;
} told;

static int same_amount(const rcp_money *a, const rcp_money *b)
{
	return a->minor == b->minor && a->percent == b->percent && !strcmp(a->currency, b->currency);
}

static int by_amount(const void *pa, const void *pb)
{
	const told *a = pa, *b = pb;
	if (a->m->percent != b->m->percent)
		return a->m->percent < b->m->percent ? -1 : 1;
	int c = strcmp(a->m->currency, b->m->currency);
	if (c)
		return c;
	if (a->m->minor != b->m->minor)
		return a->m->minor < b->m->minor ? -1 : 1;
	return a->i < b->i ? -1 : a->i > b->i;
}

/* The end of the headline that holds the amount at start, or 0 when the
 * amount's sentence is no headline. */
static size_t headline_end(const rcp__extraction *r, size_t start)
{
	size_t k = rcp__word_at_offset(r->w, r->nw, start);
	if (k >= r->nw)
		return 0;
	uint32_t s = r->w[k].t.sentence;
	size_t k0 = k;
	while (k0 > 0 && r->w[k0 - 1].t.sentence == s)
		k0--;
	while (k + 1 < r->nw && r->w[k + 1].t.sentence == s)
		k++;
	if (!rcp__is_headline(r->text, r->len, r->w[k0].t.start, r->w[k].t.end))
		return 0;
	return r->w[k].t.end;
}

uint8_t *rcp__money_repeats(const rcp__extraction *r)
{
	size_t n = r->money.n;
	const rcp_money *mv = r->money.v;
	uint8_t *again = rcp__xcalloc(n ? n : 1, 1);
	told *t = rcp__xcalloc(n ? n : 1, sizeof *t);
	for (size_t i = 0; i < n; i++)
		t[i] = (told){&mv[i], i};
	qsort(t, n, sizeof *t, by_amount);
	for (size_t a = 0; a < n;) {
		size_t b = a + 1;
		while (b < n && same_amount(t[a].m, t[b].m))
			b++;
		/* [a, b): one amount, in the text's order; the last telling
		 * starts latest */
		size_t last = t[b - 1].m->start, keep = b - 1;
		for (size_t k = a; k < b; k++) {
			size_t he = headline_end(r, t[k].m->start);
			if (!he || last < he) {
				keep = k;
				break;
			}
		}
		for (size_t k = a; k < b; k++)
			again[t[k].i] = k != keep;
		a = b;
	}
	free(t);
	return again;
}
