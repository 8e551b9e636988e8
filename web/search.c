/*
 * search.c — the search the web pages and the API call.
 *
 * web_search() is the one entry point: the library's full-text search
 * (lib/search/: the FTS5 index, the query language, stems and folding in
 * every language, BM25) gives the ranked sources and their passages; this
 * file adds what the pages need on top: the companies and claim categories
 * tied to each source (by visible claims and by mentions), the category
 * filter, and facets (language, category, company, year) counted over the
 * first FACET_WINDOW results.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"

const char *const web_facet_names[4] = {"lang", "category", "company", "year"};

/* Results read to count facets and apply the category filter. */
#define FACET_WINDOW 200

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
	f->v = web_grow(a, f->v, f->n, &f->cap, sizeof *f->v, 16);
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

/* The companies and categories tied to one matching source by visible
 * claims and mentions. */
typedef struct found {
	web_req *r;
	const web_search_query *q;
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
		facet_add(&f->r->arena, &f->companies, m->entity, m->name);
	return 0;
}

typedef struct collect {
	web_req *r;
	const web_search_query *q;
	web_search_result *out;
	facet_set facets[4];
	size_t cap;
	size_t seen;
	rcp_status rc;
	rcp_error *err;
} collect;

/* One ranked source: its companies and categories, the category filter,
 * the facets, and the hit itself while the page has room. */
static int result_cb(const rcp_search_result *res, void *ctx)
{
	collect *c = ctx;
	web_arena *a = &c->r->arena;
	found f = {.r = c->r, .q = c->q};
	c->seen++;
	rcp_claim_filter cf = {.source = res->id};
	int flags = c->q->candidates ? RCP_PROFILE_CANDIDATES : 0;
	if ((c->rc = rcp_claim_each(c->r->db, &cf, claim_cb, &f, c->err)) != RCP_OK ||
	    (c->rc = rcp_source_marks(c->r->db, res->id, flags, mention_cb, &f, c->err)) != RCP_OK)
		return 1;
	if (c->q->category && *c->q->category) {
		int ok = 0;
		for (size_t k = 0; k < f.cats.n; k++)
			ok |= !strcmp(f.cats.v[k].value, c->q->category);
		if (!ok)
			return c->seen >= FACET_WINDOW;
	}
	char year[5] = "";
	if (res->published && strlen(res->published) >= 4)
		snprintf(year, sizeof year, "%.4s", res->published);
	web_search_result *out = c->out;
	out->total++;
	facet_add(a, &c->facets[0], res->lang, NULL);
	for (size_t k = 0; k < f.cats.n; k++)
		facet_add(a, &c->facets[1], f.cats.v[k].value, NULL);
	for (size_t k = 0; k < f.companies.n; k++)
		facet_add(a, &c->facets[2], f.companies.v[k].value, f.companies.v[k].label);
	facet_add(a, &c->facets[3], year, NULL);
	if (out->nhits < c->cap) {
		web_hit *h = &out->hits[out->nhits++];
		memset(h, 0, sizeof *h);
		h->id = res->id;
		memcpy(h->sha256, res->sha256, 65);
		h->title = web_strdup(a, res->title);
		h->lang = web_strdup(a, res->lang);
		h->published = web_strdup(a, res->published);
		h->publisher = web_strdup(a, res->publisher);
		/* the passage as a person reads it (rcp_snippet_plain) */
		size_t cap = (size_t)(res->snippet_end - res->snippet_start) + 1;
		char *plain = web_alloc(a, cap);
		rcp_search_span *pm = web_alloc(a, (res->nhits + 1) * sizeof *pm);
		size_t sn = rcp_snippet_plain(res, plain, cap, pm);
		const char *lead = res->snippet_start > 0 ? "\xE2\x80\xA6" : "";
		/* an ellipsis where the passage was cut, not after a whole sentence */
		char last = sn ? plain[sn - 1] : '.';
		const char *tail = last == '.' || last == '!' || last == '?' ? "" : "\xE2\x80\xA6";
		h->snippet = web_sprintf(a, "%s%.*s%s", lead, (int)sn, plain, tail);
		size_t ln = strlen(lead);
		h->nmarks = res->nhits;
		web_span *m = web_alloc(a, (res->nhits + 1) * sizeof *m);
		for (size_t k = 0; k < res->nhits; k++) {
			m[k].start = ln + (size_t)pm[k].start;
			m[k].end = ln + (size_t)pm[k].end;
		}
		h->marks = m;
		/* the first hit in three pieces, for the API's "highlight" */
		if (res->nhits) {
			h->before = web_strndup(a, h->snippet, m[0].start);
			h->match = web_strndup(a, h->snippet + m[0].start, m[0].end - m[0].start);
			h->after = h->snippet + m[0].end;
			h->offset = res->hits[0].start;
		} else {
			h->before = h->snippet;
			h->match = h->after = "";
			h->offset = -1;
		}
		h->companies = f.companies.v;
		h->ncompanies = f.companies.n;
	}
	return c->seen >= FACET_WINDOW;
}

rcp_status web_search(web_req *r, const web_search_query *q, web_search_result *out,
                      rcp_error *err)
{
	memset(out, 0, sizeof *out);
	if (!q->q || !*q->q)
		return RCP_OK;
	collect c = {.r = r, .q = q, .out = out, .err = err};
	c.cap = q->limit > 0 ? (size_t)q->limit : 50;
	if (c.cap > FACET_WINDOW)
		c.cap = FACET_WINDOW;
	out->hits = web_alloc(&r->arena, c.cap * sizeof *out->hits);
	char after[16], before[16];
	rcp_search_opts so = {.query = q->q, .limit = FACET_WINDOW};
	if (q->lang && *q->lang)
		so.lang = q->lang;
	if (q->company && *q->company)
		so.entity = q->company;
	if (q->year) {
		snprintf(after, sizeof after, "%04d", q->year);
		snprintf(before, sizeof before, "%04d", q->year + 1);
		so.after = after;
		so.before = before;
	}
	rcp_search_stats stats = {0};
	rcp_status rc = rcp_search(r->db, &so, result_cb, &c, &stats, err);
	if (rc == RCP_OK)
		rc = c.rc;
	if (rc != RCP_OK)
		return rc;
	/* past the window, the index's count stands for the total (no category
	 * filter can be applied to what was not read) */
	if (c.seen >= FACET_WINDOW && !(q->category && *q->category) && stats.matches > (int64_t)out->total)
		out->total = (size_t)stats.matches;
	for (int k = 0; k < 4; k++) {
		if (c.facets[k].n)
			qsort(c.facets[k].v, c.facets[k].n, sizeof *c.facets[k].v, facet_cmp);
		out->facets[k] = c.facets[k].v;
		out->nfacets[k] = c.facets[k].n;
	}
	return RCP_OK;
}
