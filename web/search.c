/*
 * search.c — the search the web pages and the API call.
 *
 * web_search() is the one entry point. Today it runs search_fallback(): a
 * plain scan of every source's text for the query, compared without ASCII
 * case, with a snippet around the first hit and facets (language, claim
 * category, company, year) drawn from the matching sources. It is correct
 * and slow on a big corpus; the FTS5 index in lib/search/ replaces it
 * behind this same function when it lands.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"

const char *const web_facet_names[4] = {"lang", "category", "company", "year"};

#define SNIPPET 90

typedef struct facet_set {
	web_facet *v;
	size_t n, cap;
} facet_set;

static void facet_add(web_arena *a, facet_set *f, const char *value, const char *label)
{
	if (!value || !*value)
		return;
	for (size_t i = 0; i < f->n; i++)
		if (!strcmp(f->v[i].value, value)) {
			f->v[i].count++;
			return;
		}
	if (f->n == f->cap) {
		size_t cap = f->cap ? f->cap * 2 : 16;
		web_facet *v = web_alloc(a, cap * sizeof *v);
		if (f->n)
			memcpy(v, f->v, f->n * sizeof *v);
		f->v = v;
		f->cap = cap;
	}
	f->v[f->n].value = web_strdup(a, value);
	f->v[f->n].label = label ? web_strdup(a, label) : NULL;
	f->v[f->n].count = 1;
	f->n++;
}

static int facet_cmp(const void *x, const void *y)
{
	const web_facet *a = x, *b = y;
	if (a->count != b->count)
		return a->count < b->count ? 1 : -1;
	return strcmp(a->value, b->value);
}

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* First offset of needle in hay, ASCII case ignored; -1 if none. */
static int64_t find_nocase(const char *hay, size_t hn, const char *needle, size_t nn)
{
	if (!nn || nn > hn)
		return -1;
	int first = lower((unsigned char)needle[0]);
	for (size_t i = 0; i + nn <= hn; i++) {
		if (lower((unsigned char)hay[i]) != first)
			continue;
		size_t k = 1;
		while (k < nn && lower((unsigned char)hay[i + k]) == lower((unsigned char)needle[k]))
			k++;
		if (k == nn)
			return (int64_t)i;
	}
	return -1;
}

static size_t snap_back(const char *t, size_t i)
{
	while (i > 0 && ((unsigned char)t[i] & 0xC0) == 0x80)
		i--;
	return i;
}

typedef struct ids {
	int64_t *v;
	size_t n, cap;
	web_arena *a;
} ids;

static int id_cb(const rcp_source *s, void *ctx)
{
	ids *l = ctx;
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 64;
		int64_t *v = web_alloc(l->a, cap * sizeof *v);
		if (l->n)
			memcpy(v, l->v, l->n * sizeof *v);
		l->v = v;
		l->cap = cap;
	}
	l->v[l->n++] = s->id;
	return 0;
}

/* What one matching source contributes. */
typedef struct found {
	web_req *r;
	const web_search_query *q;
	web_hit hit;
	int matched;
	/* companies and categories tied to the source by visible claims and mentions */
	facet_set companies, cats;
} found;

static int claim_cb(const rcp_claim *c, void *ctx)
{
	found *f = ctx;
	if (strcmp(c->status, "accepted") && !(f->q->candidates && !strcmp(c->status, "candidate")))
		return 0;
	facet_add(&f->r->arena, &f->companies, c->company, c->company_name);
	if (c->category)
		facet_add(&f->r->arena, &f->cats, c->category, NULL);
	return 0;
}

static int mention_cb(const rcp_mark *m, void *ctx)
{
	found *f = ctx;
	if (!strcmp(m->kind, "mention"))
		facet_add(&f->r->arena, &f->companies, m->entity, NULL);
	return 0;
}

static int source_cb(const rcp_source *s, void *ctx)
{
	found *f = ctx;
	web_arena *a = &f->r->arena;
	const char *text = s->text ? s->text : "";
	size_t tn = (size_t)s->text_len, qn = strlen(f->q->q);
	int64_t at = find_nocase(text, tn, f->q->q, qn);
	/* a note repeats its title and metadata at the top: prefer a hit in the body */
	const char *body = strstr(text, "\n\n");
	if (at >= 0 && body && at < body - text) {
		int64_t later = find_nocase(body, tn - (size_t)(body - text), f->q->q, qn);
		if (later >= 0)
			at = later + (body - text);
	}
	if (at < 0 && !(s->title && find_nocase(s->title, strlen(s->title), f->q->q, qn) >= 0))
		return 1;
	f->matched = 1;
	web_hit *h = &f->hit;
	h->id = s->id;
	memcpy(h->sha256, s->sha256, 65);
	h->title = web_strdup(a, s->title);
	h->lang = web_strdup(a, s->lang);
	h->published = web_strdup(a, s->published);
	h->publisher = web_strdup(a, s->publisher);
	if (at < 0) { /* title only: open the snippet at the start of the text */
		size_t z = snap_back(text, tn < 2 * SNIPPET ? tn : 2 * SNIPPET);
		h->before = web_strndup(a, text, z);
		h->match = "";
		h->after = z < tn ? "\xE2\x80\xA6" : "";
		h->offset = -1;
		return 1;
	}
	size_t start = (size_t)at, end = start + qn;
	size_t from = snap_back(text, start > SNIPPET ? start - SNIPPET : 0);
	size_t to = snap_back(text, end + SNIPPET < tn ? end + SNIPPET : tn);
	if (to < end)
		to = end;
	/* widen to whole words where a space is near */
	for (size_t k = 0; from > 0 && k < 12 && text[from - 1] != ' ' && text[from - 1] != '\n'; k++)
		from = snap_back(text, from - 1);
	h->before = web_sprintf(a, "%s%.*s", from ? "\xE2\x80\xA6" : "", (int)(start - from), text + from);
	h->match = web_strndup(a, text + start, qn);
	h->after = web_sprintf(a, "%.*s%s", (int)(to - end), text + end, to < tn ? "\xE2\x80\xA6" : "");
	h->offset = at;
	return 1;
}

/* The fallback: a scan of every source, in one function so the FTS search
 * can take its place. */
static rcp_status search_fallback(web_req *r, const web_search_query *q, web_search_result *out,
                                  rcp_error *err)
{
	web_arena *a = &r->arena;
	ids list = {.a = a};
	rcp_source_filter sf = {.lang = q->lang && *q->lang ? q->lang : NULL};
	rcp_status rc = rcp_source_each(r->db, &sf, id_cb, &list, err);
	if (rc != RCP_OK)
		return rc;
	facet_set facets[4] = {{0}};
	size_t cap = q->limit > 0 ? (size_t)q->limit : 50;
	out->hits = web_alloc(a, cap * sizeof *out->hits);
	for (size_t i = 0; i < list.n; i++) {
		found f = {.r = r, .q = q};
		char ref[32];
		snprintf(ref, sizeof ref, "%lld", (long long)list.v[i]);
		if ((rc = rcp_source_get(r->db, ref, source_cb, &f, err)) != RCP_OK)
			return rc;
		if (!f.matched)
			continue;
		rcp_claim_filter cf = {.source = list.v[i]};
		int flags = q->candidates ? RCP_PROFILE_CANDIDATES : 0;
		if ((rc = rcp_claim_each(r->db, &cf, claim_cb, &f, err)) != RCP_OK ||
		    (rc = rcp_source_marks(r->db, list.v[i], flags, mention_cb, &f, err)) != RCP_OK)
			return rc;
		char year[5] = "";
		if (f.hit.published && strlen(f.hit.published) >= 4)
			snprintf(year, sizeof year, "%.4s", f.hit.published);
		/* filters */
		if (q->year && atoi(year) != q->year)
			continue;
		int ok = 1;
		if (q->category && *q->category) {
			ok = 0;
			for (size_t k = 0; k < f.cats.n; k++)
				ok |= !strcmp(f.cats.v[k].value, q->category);
		}
		if (ok && q->company && *q->company) {
			ok = 0;
			for (size_t k = 0; k < f.companies.n; k++)
				ok |= !strcmp(f.companies.v[k].value, q->company);
		}
		if (!ok)
			continue;
		out->total++;
		f.hit.companies = f.companies.v;
		f.hit.ncompanies = f.companies.n;
		if (out->nhits < cap)
			out->hits[out->nhits++] = f.hit;
		facet_add(a, &facets[0], f.hit.lang, NULL);
		for (size_t k = 0; k < f.cats.n; k++)
			facet_add(a, &facets[1], f.cats.v[k].value, NULL);
		for (size_t k = 0; k < f.companies.n; k++)
			facet_add(a, &facets[2], f.companies.v[k].value, f.companies.v[k].label);
		facet_add(a, &facets[3], year, NULL);
	}
	for (int k = 0; k < 4; k++) {
		if (facets[k].n)
			qsort(facets[k].v, facets[k].n, sizeof *facets[k].v, facet_cmp);
		out->facets[k] = facets[k].v;
		out->nfacets[k] = facets[k].n;
	}
	return RCP_OK;
}

rcp_status web_search(web_req *r, const web_search_query *q, web_search_result *out,
                      rcp_error *err)
{
	memset(out, 0, sizeof *out);
	if (!q->q || !*q->q)
		return RCP_OK;
	return search_fallback(r, q, out, err);
}
