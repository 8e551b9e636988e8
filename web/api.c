/*
 * api.c — the JSON API under /api/v1/. Shapes are the CLI's --format json
 * shapes (claims, sources, profiles all come from the same library calls),
 * documented in docs/formats.md. Errors are {"code", "error", "detail"}.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"

/* Account names (who reviewed a claim, who added a source, who did what)
 * are for logged-in users: anonymous visitors, and everyone in public
 * mode, get the same objects without them. Reviewer names would otherwise
 * hand an attacker the accounts worth guessing at. */
static void redact_accounts(json_t *v)
{
	static const char *const keys[] = {"reviewer", "added_by", "actor", NULL};
	if (json_is_object(v)) {
		for (int i = 0; keys[i]; i++)
			json_object_del(v, keys[i]);
		const char *k;
		json_t *x;
		json_object_foreach(v, k, x)
			redact_accounts(x);
	} else if (json_is_array(v)) {
		size_t i;
		json_t *x;
		json_array_foreach(v, i, x)
			redact_accounts(x);
	}
}

static void send_json(web_req *r, json_t *v)
{
	if (!r->sess.role || r->public_mode)
		redact_accounts(v);
	web_send_json(r, v, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15));
}

static int count_company(const rcp_company_row *row, void *ctx)
{
	(*(int64_t *)ctx)++;
	return 0;
}

void api_stats(web_req *r)
{
	rcp_error err;
	rcp_error_clear(&err);
	int64_t counts[3], companies = 0;
	if (rcp_claim_counts(r->db, NULL, counts, &err) != RCP_OK ||
	    rcp_company_each(r->db, NULL, 0, count_company, &companies, &err) != RCP_OK) {
		web_api_error_rcp(r, &err);
		return;
	}
	json_t *claims = json_pack("{s:I}", "accepted", (json_int_t)counts[1]);
	if (!r->public_mode) {
		json_object_set_new(claims, "candidate", json_integer(counts[0]));
		json_object_set_new(claims, "rejected", json_integer(counts[2]));
	}
	send_json(r, json_pack("{s:I, s:I, s:I, s:o}", "sources", (json_int_t)rcp_source_count(r->db),
	                       "companies", (json_int_t)companies, "entities",
	                       (json_int_t)rcp_entity_count(r->db), "claims", claims));
}

void api_search(web_req *r)
{
	web_search_query q;
	if (!web_search_params(r, &q))
		return;
	if (!q.q || !*q.q) {
		web_error(r, 400, "missing parameter", "q");
		return;
	}
	web_search_result res;
	rcp_error err;
	rcp_error_clear(&err);
	if (web_search(r, &q, &res, &err) != RCP_OK) {
		web_api_error_rcp(r, &err);
		return;
	}
	json_t *results = json_array();
	for (size_t i = 0; i < res.nhits; i++) {
		web_hit *h = &res.hits[i];
		size_t pre = strlen(h->before), m = strlen(h->match);
		char *snippet = web_sprintf(&r->arena, "%s%s%s", h->before, h->match, h->after);
		json_t *o = json_pack("{s:I, s:s, s:o, s:o, s:o, s:o, s:s, s:[I, I], s:o}", "source",
		                      (json_int_t)h->id, "sha256", h->sha256, "title",
		                      rcp_json_nullable(h->title), "lang",
		                      rcp_json_nullable(h->lang), "published",
		                      rcp_json_nullable(h->published),
		                      "publisher", rcp_json_nullable(h->publisher),
		                      "snippet", snippet, "highlight", (json_int_t)pre,
		                      (json_int_t)(pre + m), "offset",
		                      h->offset >= 0 ? json_integer(h->offset) : json_null());
		json_t *cos = json_array();
		for (size_t k = 0; k < h->ncompanies; k++)
			json_array_append_new(cos, json_string(h->companies[k].value));
		json_object_set_new(o, "companies", cos);
		json_t *marks = json_array();
		for (size_t k = 0; k < h->nmarks; k++)
			json_array_append_new(marks, json_pack("[I, I]", (json_int_t)h->marks[k].start,
			                                       (json_int_t)h->marks[k].end));
		json_object_set_new(o, "hits", marks);
		json_array_append_new(results, o);
	}
	json_t *facets = json_object();
	for (int k = 0; k < 4; k++) {
		json_t *l = json_array();
		for (size_t i = 0; i < res.nfacets[k]; i++) {
			json_t *f = json_pack("{s:s, s:I}", "value", res.facets[k][i].value, "count",
			                      (json_int_t)res.facets[k][i].count);
			if (res.facets[k][i].label)
				json_object_set_new(f, "label", json_string(res.facets[k][i].label));
			json_array_append_new(l, f);
		}
		json_object_set_new(facets, web_facet_names[k], l);
	}
	send_json(r, json_pack("{s:s, s:I, s:o, s:o}", "query", q.q, "total",
	                       (json_int_t)res.total, "results", results, "facets", facets));
}

static int company_json(const rcp_company_row *row, void *ctx)
{
	json_t *o = json_pack("{s:s, s:s, s:s, s:o, s:[], s:o, s:I}", "id", row->id, "name",
	                      row->name, "kind", row->kind, "country",
	                      rcp_json_nullable(row->country), "categories",
	                      "tier", rcp_json_nullable(row->tier), "accepted",
	                      (json_int_t)row->accepted);
	json_t *cats = json_object_get(o, "categories");
	const char *p = row->categories;
	while (*p) {
		const char *comma = strchr(p, ',');
		size_t n = comma ? (size_t)(comma - p) : strlen(p);
		json_array_append_new(cats, json_stringn(p, n));
		p += n + (comma ? 1 : 0);
	}
	json_array_append_new(ctx, o);
	return 0;
}

void api_companies(web_req *r)
{
	const char *cat = web_query(r, "category"), *all = web_query(r, "all");
	if (cat && *cat && !web_category_valid(cat)) {
		web_error(r, 400, "invalid category", cat);
		return;
	}
	if (all && strcmp(all, "1") && strcmp(all, "0")) {
		web_error(r, 400, "invalid value", "all takes 0 or 1");
		return;
	}
	json_t *list = json_array();
	rcp_error err;
	rcp_error_clear(&err);
	if (rcp_company_each(r->db, cat && *cat ? cat : NULL, all && !strcmp(all, "1"), company_json,
	                     list, &err) != RCP_OK) {
		json_decref(list);
		web_api_error_rcp(r, &err);
		return;
	}
	send_json(r, list);
}

void api_company(web_req *r)
{
	if (!rcp_id_valid(r->tail)) {
		web_error(r, 404, "not_found", r->tail);
		return;
	}
	rcp_error err;
	rcp_error_clear(&err);
	json_t *p = rcp_profile_json(r->db, r->tail, 0, &err);
	if (!p) {
		web_api_error_rcp(r, &err);
		return;
	}
	if (r->public_mode) {
		/* as /api/v1/stats: a public server counts accepted claims only */
		json_t *counts = json_object_get(p, "counts");
		json_object_del(counts, "candidate");
		json_object_del(counts, "rejected");
	}
	send_json(r, p);
}

static void csv_field(web_buf *b, const char *s)
{
	if (!s)
		return;
	char *c = rcp_csv_cell(s); /* quoting and the formula guard: base/csvcell.c */
	if (c)
		web_puts(b, c);
	free(c);
}

void api_company_csv(web_req *r)
{
	char id[130];
	const char *slash = strchr(r->tail, '/');
	size_t n = slash ? (size_t)(slash - r->tail) : strlen(r->tail);
	if (n >= sizeof id) {
		web_error(r, 404, "not_found", r->tail);
		return;
	}
	memcpy(id, r->tail, n);
	id[n] = '\0';
	if (!rcp_id_valid(id)) {
		web_error(r, 404, "not_found", id);
		return;
	}
	rcp_error err;
	rcp_error_clear(&err);
	json_t *p = rcp_profile_json(r->db, id, 0, &err);
	if (!p) {
		web_api_error_rcp(r, &err);
		return;
	}
	static const char *const cols[] = {"id", "company", "relation", "counterparty", "category",
	                                   "amount", "currency", "year", "date", "source_sha256",
	                                   "start", "end", "evidence", NULL};
	web_buf *b = &r->out;
	for (int i = 0; cols[i]; i++) {
		web_puts(b, i ? "," : "");
		web_puts(b, cols[i]);
	}
	web_puts(b, "\r\n");
	const char *cat;
	json_t *list;
	json_object_foreach(json_object_get(p, "claims"), cat, list)
	{
		size_t i;
		json_t *c;
		json_array_foreach(list, i, c)
		{
			for (int k = 0; cols[k]; k++) {
				json_t *v = json_object_get(c, cols[k]);
				web_puts(b, k ? "," : "");
				if (json_is_string(v))
					csv_field(b, json_string_value(v));
				else if (json_is_integer(v))
					web_printf(b, "%lld", (long long)json_integer_value(v));
				else if (json_is_real(v))
					web_printf(b, "%.2f", json_real_value(v));
			}
			web_puts(b, "\r\n");
		}
	}
	json_decref(p);
	r->ctype = "text/csv; charset=utf-8";
}

static int mark_json(const rcp_mark *m, void *ctx)
{
	json_array_append_new(ctx, json_pack("{s:s, s:I, s:I, s:I, s:s?, s:s?}", "kind", m->kind, "id",
	                                     (json_int_t)m->id, "start", (json_int_t)m->start, "end",
	                                     (json_int_t)m->end, "entity", m->entity, "status",
	                                     m->status));
	return 0;
}

typedef struct src_ctx {
	web_req *r;
	json_t *o;
} src_ctx;

static int source_json(const rcp_source *s, void *ctx)
{
	src_ctx *sc = ctx;
	json_t *o = rcp_source_to_json(s, 1);
	json_t *marks = json_array();
	int flags = web_can(sc->r, RCP_ROLE_EDITOR) && !sc->r->public_mode ? RCP_PROFILE_CANDIDATES : 0;
	rcp_source_marks(sc->r->db, s->id, flags, mark_json, marks, NULL);
	json_object_set_new(o, "marks", marks);
	sc->o = o;
	return 1;
}

void api_source(web_req *r)
{
	if (!web_hex64(r->tail)) {
		web_error(r, 404, "not_found", "a source is named by the 64 hex digits of its sha256");
		return;
	}
	src_ctx sc = {r, NULL};
	rcp_error err;
	rcp_error_clear(&err);
	if (rcp_source_get(r->db, r->tail, source_json, &sc, &err) != RCP_OK || !sc.o) {
		web_api_error_rcp(r, &err);
		return;
	}
	send_json(r, sc.o);
}

static int claim_json(const rcp_claim *c, void *ctx)
{
	json_array_append_new(ctx, rcp_claim_to_json(c));
	return 0;
}

static int parse_nonneg(const char *s, int64_t *v)
{
	char *end;
	long long x = strtoll(s, &end, 10);
	if (!*s || *end || x < 0)
		return 0;
	*v = x;
	return 1;
}

void api_claims(web_req *r)
{
	rcp_claim_filter f = {.status = web_query(r, "status"), .company = web_query(r, "company"),
	                      .category = web_query(r, "category"), .limit = 100};
	const char *src = web_query(r, "source"), *lim = web_query(r, "limit"),
	           *off = web_query(r, "offset");
	if (!f.status || !*f.status)
		f.status = "accepted";
	if (strcmp(f.status, "accepted") && strcmp(f.status, "candidate") &&
	    strcmp(f.status, "rejected")) {
		web_error(r, 400, "invalid status", f.status);
		return;
	}
	if (strcmp(f.status, "accepted") && (!web_can(r, RCP_ROLE_EDITOR) || r->public_mode)) {
		web_error(r, 403, "forbidden", "only editors see claims that are not accepted");
		return;
	}
	if ((f.company && !rcp_id_valid(f.company)) ||
	    (f.category && *f.category && !web_category_valid(f.category)) ||
	    (src && !parse_nonneg(src, &f.source)) || (lim && !parse_nonneg(lim, &f.limit)) ||
	    (off && !parse_nonneg(off, &f.offset))) {
		web_error(r, 400, "invalid parameter", NULL);
		return;
	}
	if (f.category && !*f.category)
		f.category = NULL;
	if (f.limit > 1000)
		f.limit = 1000;
	json_t *list = json_array();
	rcp_error err;
	rcp_error_clear(&err);
	if (rcp_claim_each(r->db, &f, claim_json, list, &err) != RCP_OK) {
		json_decref(list);
		web_api_error_rcp(r, &err);
		return;
	}
	send_json(r, list);
}

/* POST /api/v1/screen: the body is a holdings file (any layout `receipts
 * screen` reads); the answer is the screening report of DESIGN.md. */
void api_screen(web_req *r)
{
	if (!r->body.len) {
		web_error(r, 400, "usage", "send a holdings file as the request body");
		return;
	}
	rcp_error err;
	rcp_error_clear(&err);
	json_t *rep = NULL;
	if (web_screen_bytes(r, r->body.data, r->body.len, NULL, &rep, &err) != RCP_OK) {
		web_api_error_rcp(r, &err);
		return;
	}
	send_json(r, rep);
}
