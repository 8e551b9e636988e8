/*
 * pages.c — the pages people read: home, search, companies, a company's
 * profile, a source with its quotes marked, screening. Each handler asks
 * the library for data and writes HTML through the escapers of html.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"

static const char *const categories[] = {
	"military", "occupation", "borders", "prisons", "policing", "surveillance", NULL,
};

int web_category_valid(const char *c)
{
	for (int i = 0; c && categories[i]; i++)
		if (!strcmp(c, categories[i]))
			return 1;
	return 0;
}

/* ------------------------------------------------------------------ */
/* Frame and errors                                                    */
/* ------------------------------------------------------------------ */

void page_begin(web_req *r, const char *title)
{
	web_buf *b = &r->out;
	r->ctype = "text/html; charset=utf-8";
	web_puts(b, "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
	            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
	            "<title>");
	html_text(b, title);
	web_puts(b, " \xE2\x80\x94 receipts</title>"
	            "<link rel=\"icon\" href=\"/favicon.ico\" type=\"image/svg+xml\">"
	            "<link rel=\"stylesheet\" href=\"/static/style.css\">"
	            "<script src=\"/static/app.js\" defer></script></head>\n<body>"
	            "<header class=\"site\"><div class=\"bar\">"
	            "<a class=\"brand\" href=\"/\">receipts</a><nav>"
	            "<a href=\"/companies\">Companies</a><a href=\"/search\">Search</a>"
	            "<a href=\"/screen\">Screen</a><a href=\"/funds\">Funds</a>");
	if (web_can(r, RCP_ROLE_EDITOR))
		web_puts(b, "<a href=\"/review\">Review</a>");
	if (r->sess.role) {
		web_puts(b, "<form class=\"logout\" method=\"post\" action=\"/logout\">"
		            "<input type=\"hidden\" name=\"csrf\" value=\"");
		html_attr(b, r->csrf);
		web_puts(b, "\"><button type=\"submit\">Log out ");
		html_text(b, r->sess.name);
		web_puts(b, "</button></form>");
	} else if (!r->public_mode) {
		web_puts(b, "<a href=\"/login\">Log in</a>");
	}
	web_puts(b, "</nav></div></header>\n<main>");
}

void page_end(web_req *r)
{
	web_puts(&r->out, "</main>\n<footer><p>Every claim here points at a verbatim quote in a"
	                  " stored source, pinned by the sha256 of its bytes.");
	if (r->public_mode)
		web_puts(&r->out, " Public edition: reviewed (accepted) claims only.");
	web_puts(&r->out, "</p></footer></body></html>\n");
}

void web_error(web_req *r, int status, const char *what, const char *detail)
{
	r->status = status;
	r->out.len = 0;
	if (r->out.data)
		r->out.data[0] = '\0';
	r->cacheable = 0;
	if (r->url && !strncmp(r->url, "/api/", 5)) {
		json_t *o = json_pack("{s:i, s:s, s:s?}", "code", status, "error", what, "detail", detail);
		char *s = json_dumps(o, JSON_COMPACT);
		json_decref(o);
		r->ctype = "application/json";
		web_puts(&r->out, s);
		web_puts(&r->out, "\n");
		free(s);
		return;
	}
	page_begin(r, what);
	web_printf(&r->out, "<h1>%d ", status);
	html_text(&r->out, what);
	web_puts(&r->out, "</h1>");
	if (detail) {
		web_puts(&r->out, "<p class=\"detail\">");
		html_text(&r->out, detail);
		web_puts(&r->out, "</p>");
	}
	if (status == 403 && !r->sess.role && !r->public_mode)
		web_puts(&r->out, "<p><a href=\"/login\">Log in</a></p>");
	page_end(r);
}

void web_error_rcp(web_req *r, const rcp_error *err)
{
	char line[1200];
	rcp_error_format(err, line, sizeof line);
	web_error(r, rcp_status_http(err->code), rcp_status_message(err->code), line);
}

/* ------------------------------------------------------------------ */
/* Small renderers                                                     */
/* ------------------------------------------------------------------ */

static void put_grouped(web_buf *b, long long v)
{
	char d[32];
	int n = snprintf(d, sizeof d, "%lld", v < 0 ? -v : v);
	if (v < 0)
		web_puts(b, "-");
	for (int i = 0; i < n; i++) {
		if (i && (n - i) % 3 == 0)
			web_puts(b, ",");
		web_buf_put(b, d + i, 1);
	}
}

void web_amount(web_buf *b, int64_t minor, const char *cur)
{
	html_text(b, cur);
	web_puts(b, "\xC2\xA0");
	int exp = rcp_currency_exponent(cur);
	int64_t scale = 1;
	for (int i = 0; i < exp; i++)
		scale *= 10;
	put_grouped(b, minor / scale);
	if (minor % scale)
		web_printf(b, ".%0*lld", exp, (long long)(minor % scale));
}

/* An amount as the claim JSON has it: the exact minor units beside the
 * whole units. */
static void json_amount(web_buf *b, json_t *claim, const char *cur)
{
	json_t *minor = json_object_get(claim, "amount_minor");
	if (json_is_integer(minor))
		web_amount(b, json_integer_value(minor), cur);
}

static const char *jstr(json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

static int64_t jint(json_t *o, const char *k)
{
	return json_integer_value(json_object_get(o, k));
}

static void link_company(web_buf *b, const char *id, const char *name)
{
	web_puts(b, "<a href=\"/companies/");
	html_url(b, id);
	web_puts(b, "\">");
	html_text(b, name ? name : id);
	web_puts(b, "</a>");
}

/* One claim from its JSON (rcp_claim_to_json's shape). */
static void claim_card(web_req *r, json_t *c, int show_company)
{
	web_buf *b = &r->out;
	int64_t id = jint(c, "id");
	web_printf(b, "<article class=\"claim\" id=\"c%lld\"><p class=\"what\">", (long long)id);
	if (show_company) {
		link_company(b, jstr(c, "company"), jstr(c, "company_name"));
		web_puts(b, " ");
	}
	web_puts(b, "<span class=\"rel\">");
	html_text(b, jstr(c, "relation"));
	web_puts(b, "</span>");
	if (jstr(c, "counterparty")) {
		web_puts(b, " \xE2\x86\x92 ");
		link_company(b, jstr(c, "counterparty"), jstr(c, "counterparty_name"));
	} else if (jstr(c, "counterparty_name")) {
		/* a body the registry does not hold: the source's words, no link */
		web_puts(b, " \xE2\x86\x92 <span class=\"unlinked\">");
		html_text(b, jstr(c, "counterparty_name"));
		web_puts(b, "</span>");
	}
	if (jstr(c, "category")) {
		web_puts(b, " <span class=\"tag\">");
		html_text(b, jstr(c, "category"));
		web_puts(b, "</span>");
	}
	web_puts(b, "</p><blockquote><a href=\"/sources/");
	html_url(b, jstr(c, "source_sha256"));
	web_printf(b, "#claim-%lld\">\xE2\x80\x9C", (long long)id);
	html_text(b, jstr(c, "evidence"));
	web_puts(b, "\xE2\x80\x9D</a></blockquote><p class=\"meta\">");
	if (jstr(c, "date")) {
		html_text(b, jstr(c, "date"));
		web_puts(b, " \xC2\xB7 ");
	} else if (json_is_integer(json_object_get(c, "year"))) {
		web_printf(b, "%lld \xC2\xB7 ", (long long)jint(c, "year"));
	}
	if (jstr(c, "currency")) {
		web_puts(b, "<span class=\"amount\">");
		json_amount(b, c, jstr(c, "currency"));
		web_puts(b, "</span> \xC2\xB7 ");
	}
	web_puts(b, "source: <a href=\"/sources/");
	html_url(b, jstr(c, "source_sha256"));
	web_printf(b, "#claim-%lld\">", (long long)id);
	html_text(b, jstr(c, "source_title") ? jstr(c, "source_title") : jstr(c, "source_sha256"));
	web_puts(b, "</a>");
	if (strcmp(jstr(c, "status"), "accepted")) {
		web_puts(b, " \xC2\xB7 <span class=\"status\">");
		html_text(b, jstr(c, "status"));
		web_puts(b, "</span>");
	}
	web_puts(b, "</p></article>\n");
}

/* ------------------------------------------------------------------ */
/* Home                                                                */
/* ------------------------------------------------------------------ */

typedef struct latest {
	json_t *list;
} latest;

static int latest_cb(const rcp_claim *c, void *ctx)
{
	json_array_insert_new(((latest *)ctx)->list, 0, rcp_claim_to_json(c));
	return 0;
}

static int count_company(const rcp_company_row *row, void *ctx)
{
	(*(int64_t *)ctx)++;
	return 0;
}

void page_home(web_req *r)
{
	rcp_error err;
	rcp_error_clear(&err);
	int64_t counts[3] = {0}, companies = 0;
	if (rcp_claim_counts(r->db, NULL, counts, &err) != RCP_OK ||
	    rcp_company_each(r->db, NULL, 0, count_company, &companies, &err) != RCP_OK) {
		web_error_rcp(r, &err);
		return;
	}
	latest l = {json_array()};
	rcp_claim_filter f = {.status = "accepted", .limit = 10,
	                      .offset = counts[1] > 10 ? counts[1] - 10 : 0};
	if (rcp_claim_each(r->db, &f, latest_cb, &l, &err) != RCP_OK) {
		json_decref(l.list);
		web_error_rcp(r, &err);
		return;
	}
	web_buf *b = &r->out;
	page_begin(r, "Corporate involvement in state violence");
	web_puts(b, "<section class=\"hero\"><h1>Who supplies state violence, with receipts</h1>"
	            "<p class=\"lede\">A research database of companies' involvement in war and"
	            " occupation, borders, prisons, policing and surveillance. Every claim quotes"
	            " a stored source.</p>"
	            "<form class=\"bigsearch\" action=\"/search\" role=\"search\">"
	            "<label for=\"q\" class=\"vh\">Search the sources</label>"
	            "<input id=\"q\" name=\"q\" type=\"search\" placeholder=\"Search sources: a"
	            " company, an agency, a place\" autofocus>"
	            "<button type=\"submit\">Search</button></form></section>");
	web_puts(b, "<section class=\"stats\"><dl>");
	web_printf(b, "<div><dt>Sources</dt><dd id=\"n-sources\">%lld</dd></div>",
	           (long long)rcp_source_count(r->db));
	web_printf(b, "<div><dt>Companies</dt><dd id=\"n-companies\">%lld</dd></div>",
	           (long long)companies);
	web_printf(b, "<div><dt>Accepted claims</dt><dd id=\"n-accepted\">%lld</dd></div>",
	           (long long)counts[1]);
	if (!r->public_mode) {
		web_printf(b, "<div><dt>Candidates</dt><dd id=\"n-candidate\">%lld</dd></div>",
		           (long long)counts[0]);
		web_printf(b, "<div><dt>Rejected</dt><dd id=\"n-rejected\">%lld</dd></div>",
		           (long long)counts[2]);
	}
	web_puts(b, "</dl></section><section><h2>Latest accepted claims</h2>");
	if (!json_array_size(l.list))
		web_puts(b, "<p class=\"empty\">No claims have been accepted yet.</p>");
	size_t i;
	json_t *c;
	json_array_foreach(l.list, i, c) claim_card(r, c, 1);
	json_decref(l.list);
	web_puts(b, "</section>");
	page_end(r);
}

/* ------------------------------------------------------------------ */
/* Search                                                              */
/* ------------------------------------------------------------------ */

/* The search URL with one facet set (value NULL: cleared). */
static void search_link(web_buf *b, web_req *r, const char *facet, const char *value)
{
	static const char *const keys[] = {"q", "lang", "category", "company", "year", NULL};
	web_puts(b, "/search?");
	int first = 1;
	for (int i = 0; keys[i]; i++) {
		const char *v = !strcmp(keys[i], facet) ? value : web_query(r, keys[i]);
		if (!v || !*v)
			continue;
		web_puts(b, first ? "" : "&amp;");
		first = 0;
		web_puts(b, keys[i]);
		web_puts(b, "=");
		html_url(b, v);
	}
}

int web_search_params(web_req *r, web_search_query *q)
{
	memset(q, 0, sizeof *q);
	q->q = web_query(r, "q");
	q->lang = web_query(r, "lang");
	q->category = web_query(r, "category");
	q->company = web_query(r, "company");
	q->candidates = web_can(r, RCP_ROLE_EDITOR) && !r->public_mode;
	q->limit = 50;
	const char *y = web_query(r, "year");
	if (q->q && strlen(q->q) > 200) {
		web_error(r, 400, "query too long", "at most 200 bytes");
		return 0;
	}
	if (q->category && *q->category && !web_category_valid(q->category)) {
		web_error(r, 400, "invalid category", q->category);
		return 0;
	}
	if (y && *y) {
		char *end;
		long v = strtol(y, &end, 10);
		if (*end || v < 1000 || v > 9999) {
			web_error(r, 400, "invalid year", y);
			return 0;
		}
		q->year = (int)v;
	}
	return 1;
}

void page_search(web_req *r)
{
	web_search_query q;
	if (!web_search_params(r, &q))
		return;
	web_search_result res = {0};
	rcp_error err;
	rcp_error_clear(&err);
	if (q.q && *q.q && web_search(r, &q, &res, &err) != RCP_OK) {
		web_error_rcp(r, &err);
		return;
	}
	web_buf *b = &r->out;
	page_begin(r, q.q && *q.q ? q.q : "Search");
	web_puts(b, "<h1>Search the sources</h1><form class=\"bigsearch\" action=\"/search\""
	            " role=\"search\"><label for=\"q\" class=\"vh\">Search</label>"
	            "<input id=\"q\" name=\"q\" type=\"search\" value=\"");
	html_attr(b, q.q);
	web_puts(b, "\">");
	static const char *const keep[] = {"lang", "category", "company", "year", NULL};
	for (int i = 0; keep[i]; i++) {
		const char *v = web_query(r, keep[i]);
		if (v && *v) {
			web_printf(b, "<input type=\"hidden\" name=\"%s\" value=\"", keep[i]);
			html_attr(b, v);
			web_puts(b, "\">");
		}
	}
	web_puts(b, "<button type=\"submit\">Search</button></form>");
	if (!q.q || !*q.q) {
		web_puts(b, "<p class=\"empty\">Type a word or a name: a company, an agency, a"
		            " place, a programme.</p>");
		page_end(r);
		return;
	}
	web_puts(b, "<div class=\"results-layout\"><aside class=\"facets\">");
	static const char *const titles[] = {"Language", "Category", "Company", "Year"};
	for (int f = 0; f < 4; f++) {
		const char *cur = web_query(r, web_facet_names[f]);
		if (!res.nfacets[f] && !(cur && *cur))
			continue;
		web_printf(b, "<section><h2>%s</h2><ul>", titles[f]);
		for (size_t i = 0; i < res.nfacets[f]; i++) {
			web_facet *fc = &res.facets[f][i];
			int on = cur && !strcmp(cur, fc->value);
			web_puts(b, on ? "<li class=\"on\">" : "<li>");
			web_puts(b, "<a href=\"");
			search_link(b, r, web_facet_names[f], on ? NULL : fc->value);
			web_puts(b, "\">");
			html_text(b, fc->label ? fc->label : fc->value);
			web_printf(b, "</a> <span class=\"n\">%lld</span></li>", (long long)fc->count);
		}
		if (cur && *cur) {
			web_puts(b, "<li><a class=\"clear\" href=\"");
			search_link(b, r, web_facet_names[f], NULL);
			web_puts(b, "\">clear</a></li>");
		}
		web_puts(b, "</ul></section>");
	}
	web_puts(b, "</aside><section class=\"results\">");
	web_printf(b, "<p class=\"count\">%zu source%s match ", res.total, res.total == 1 ? "" : "s");
	web_puts(b, "\xE2\x80\x9C");
	html_text(b, q.q);
	web_puts(b, "\xE2\x80\x9D</p><ol>");
	for (size_t i = 0; i < res.nhits; i++) {
		web_hit *h = &res.hits[i];
		web_puts(b, "<li class=\"hit\"><h3><a href=\"/sources/");
		html_url(b, h->sha256);
		web_puts(b, "\">");
		html_text(b, h->title ? h->title : h->sha256);
		web_puts(b, "</a></h3><p class=\"snippet\">");
		size_t at = 0;
		for (size_t k = 0; k < h->nmarks; k++) {
			if (h->marks[k].start < at)
				continue;
			html_textn(b, h->snippet + at, h->marks[k].start - at);
			web_puts(b, "<mark>");
			html_textn(b, h->snippet + h->marks[k].start, h->marks[k].end - h->marks[k].start);
			web_puts(b, "</mark>");
			at = h->marks[k].end;
		}
		html_text(b, h->snippet + at);
		web_puts(b, "</p>");
		if (h->ncompanies) {
			web_puts(b, "<p class=\"companies\">Companies: ");
			for (size_t k = 0; k < h->ncompanies; k++) {
				web_puts(b, k ? ", " : "");
				link_company(b, h->companies[k].value, h->companies[k].label);
			}
			web_puts(b, "</p>");
		}
		web_puts(b, "<p class=\"meta\">");
		if (h->publisher) {
			html_text(b, h->publisher);
			web_puts(b, " \xC2\xB7 ");
		}
		if (h->published)
			html_text(b, h->published);
		if (h->lang) {
			web_puts(b, " \xC2\xB7 ");
			html_text(b, h->lang);
		}
		web_puts(b, "</p></li>");
	}
	web_puts(b, "</ol>");
	if (!res.total) {
		/* what to try (rcp_search_hints), one item a line */
		web_puts(b, "<p class=\"empty\">Nothing found.</p>");
		char hints[1024];
		int filters = (q.category != NULL) + (q.company != NULL) + (q.year != 0);
		rcp_search_hints(q.q, q.lang, filters, hints, sizeof hints);
		web_puts(b, "<ul class=\"hints\">");
		for (char *h = hints, *nl; *h; h = nl ? nl + 1 : h + strlen(h)) {
			nl = strchr(h, '\n');
			if (nl)
				*nl = '\0';
			web_puts(b, "<li>");
			html_text(b, h);
			web_puts(b, "</li>");
		}
		web_puts(b, "</ul>");
	}
	web_puts(b, "</section></div>");
	page_end(r);
}

/* ------------------------------------------------------------------ */
/* Companies                                                           */
/* ------------------------------------------------------------------ */

static int company_row(const rcp_company_row *row, void *ctx)
{
	web_req *r = ctx;
	web_buf *b = &r->out;
	web_puts(b, "<tr><td>");
	link_company(b, row->id, row->name);
	if (row->country) {
		web_puts(b, " <span class=\"cc\">");
		html_text(b, row->country);
		web_puts(b, "</span>");
	}
	web_puts(b, "</td><td class=\"cats\">");
	const char *p = row->categories;
	while (*p) {
		const char *comma = strchr(p, ',');
		size_t n = comma ? (size_t)(comma - p) : strlen(p);
		web_puts(b, "<span class=\"tag\">");
		html_textn(b, p, n);
		web_puts(b, "</span> ");
		p += n + (comma ? 1 : 0);
	}
	web_printf(b, "</td><td class=\"num\">%lld</td><td>", (long long)row->accepted);
	html_text(b, row->tier ? row->tier : "\xE2\x80\x94");
	web_puts(b, "</td></tr>\n");
	return 0;
}

void page_companies(web_req *r)
{
	const char *cat = web_query(r, "category");
	const char *all = web_query(r, "all");
	if (cat && !*cat)
		cat = NULL;
	if (cat && !web_category_valid(cat)) {
		web_error(r, 400, "invalid category", cat);
		return;
	}
	if (all && strcmp(all, "1") && strcmp(all, "0")) {
		web_error(r, 400, "invalid value", "all takes 0 or 1");
		return;
	}
	web_buf *b = &r->out;
	page_begin(r, "Companies");
	web_puts(b, "<h1>Companies</h1><nav class=\"filters\" aria-label=\"Category\">");
	web_puts(b, cat ? "<a href=\"/companies\">all</a>" : "<a class=\"on\" href=\"/companies\">all</a>");
	for (int i = 0; categories[i]; i++) {
		web_printf(b, "<a %shref=\"/companies?category=%s\">%s</a>",
		           cat && !strcmp(cat, categories[i]) ? "class=\"on\" " : "", categories[i],
		           categories[i]);
	}
	web_puts(b, "</nav><div class=\"tablewrap\"><table class=\"companies\"><thead><tr>"
	            "<th>Company</th><th>Categories</th><th class=\"num\">Accepted claims</th>"
	            "<th>Divestment tier</th></tr></thead><tbody>");
	rcp_error err;
	rcp_error_clear(&err);
	if (rcp_company_each(r->db, cat, all && !strcmp(all, "1"), company_row, r, &err) != RCP_OK) {
		web_error_rcp(r, &err);
		return;
	}
	web_puts(b, "</tbody></table></div>");
	page_end(r);
}

/* ------------------------------------------------------------------ */
/* A company's profile                                                 */
/* ------------------------------------------------------------------ */

static int slug_valid(const char *s)
{
	if (!s || !*s || strlen(s) > 128)
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
			return 0;
	return 1;
}

int web_slug_valid(const char *s)
{
	return slug_valid(s);
}

static void responses_for(web_req *r, json_t *responses, json_t *claim_id)
{
	size_t i;
	json_t *x;
	json_array_foreach(responses, i, x)
	{
		json_t *cid = json_object_get(x, "claim");
		if (claim_id ? !json_equal(cid, claim_id) : !json_is_null(cid))
			continue;
		web_buf *b = &r->out;
		web_puts(b, "<aside class=\"response\"><h4>Company response</h4><blockquote><a href=\"/sources/");
		html_url(b, jstr(x, "source_sha256"));
		web_puts(b, "\">\xE2\x80\x9C");
		html_text(b, jstr(x, "evidence"));
		web_puts(b, "\xE2\x80\x9D</a></blockquote></aside>");
	}
}

void page_company(web_req *r)
{
	if (!slug_valid(r->tail)) {
		web_error(r, 404, "no such company", r->tail);
		return;
	}
	rcp_error err;
	rcp_error_clear(&err);
	json_t *p = rcp_profile_json(r->db, r->tail, 0, &err);
	if (!p) {
		web_error_rcp(r, &err);
		return;
	}
	json_t *e = json_object_get(p, "entity");
	web_buf *b = &r->out;
	page_begin(r, jstr(e, "name"));
	web_puts(b, "<article class=\"profile\"><header><p class=\"kicker\">");
	html_text(b, jstr(e, "kind"));
	if (jstr(e, "country")) {
		web_puts(b, " \xC2\xB7 ");
		html_text(b, jstr(e, "country"));
	}
	web_puts(b, "</p><h1>");
	html_text(b, jstr(e, "name"));
	web_puts(b, "</h1>");
	json_t *cats = json_object_get(e, "categories");
	if (json_array_size(cats)) {
		web_puts(b, "<p class=\"cats\">");
		size_t i;
		json_t *c;
		json_array_foreach(cats, i, c)
		{
			web_puts(b, "<a class=\"tag\" href=\"/companies?category=");
			html_url(b, json_string_value(c));
			web_puts(b, "\">");
			html_text(b, json_string_value(c));
			web_puts(b, "</a> ");
		}
		web_puts(b, "</p>");
	}
	if (jstr(e, "summary")) {
		web_puts(b, "<p class=\"summary\">");
		html_text(b, jstr(e, "summary"));
		web_puts(b, "</p>");
	}
	web_puts(b, "</header><dl class=\"facts\">");
	json_t *parent = json_object_get(p, "parent");
	if (json_is_object(parent)) {
		web_puts(b, "<div><dt>Parent</dt><dd>");
		link_company(b, jstr(parent, "id"), jstr(parent, "name"));
		web_puts(b, "</dd></div>");
	}
	json_t *subs = json_object_get(p, "subsidiaries");
	if (json_array_size(subs)) {
		web_puts(b, "<div><dt>Subsidiaries</dt><dd>");
		size_t i;
		json_t *x;
		json_array_foreach(subs, i, x)
		{
			if (i)
				web_puts(b, ", ");
			link_company(b, jstr(x, "id"), jstr(x, "name"));
		}
		web_puts(b, "</dd></div>");
	}
	json_t *ids = json_object_get(e, "identifiers");
	if (json_array_size(ids)) {
		web_puts(b, "<div><dt>Identifiers</dt><dd class=\"ids\">");
		size_t i;
		json_t *x;
		json_array_foreach(ids, i, x)
		{
			web_puts(b, "<span><abbr>");
			html_text(b, jstr(x, "scheme"));
			web_puts(b, "</abbr> <code>");
			html_text(b, jstr(x, "value"));
			web_puts(b, "</code></span> ");
		}
		web_puts(b, "</dd></div>");
	}
	/* the tier the registry sets, else the divestment lists the company is
	 * on ("afsc-divestment-shortlist"), else none */
	web_puts(b, "<div><dt>Divestment tier</dt><dd>");
	int divest = 0;
	if (jstr(e, "tier")) {
		html_text(b, jstr(e, "tier"));
		divest = 1;
	} else {
		size_t li;
		json_t *l;
		json_array_foreach(json_object_get(e, "lists"), li, l) {
			const char *ls = json_string_value(l);
			if (!ls || !strstr(ls, "divest"))
				continue;
			web_puts(b, divest ? ", " : "on the list ");
			html_text(b, ls);
			divest = 1;
		}
	}
	if (!divest)
		web_puts(b, "not on a divestment list");
	web_puts(b, "</dd></div>");
	json_t *counts = json_object_get(p, "counts");
	web_printf(b, "<div><dt>Accepted claims</dt><dd id=\"accepted-count\">%lld</dd></div>",
	           (long long)jint(counts, "accepted"));
	if (web_can(r, RCP_ROLE_EDITOR) && jint(counts, "candidate")) {
		web_printf(b, "<div><dt>Awaiting review</dt><dd><a href=\"/review?company=");
		html_url(b, jstr(e, "id"));
		web_printf(b, "\">%lld candidates</a></dd></div>", (long long)jint(counts, "candidate"));
	}
	web_puts(b, "</dl>");

	json_t *tl = json_object_get(p, "timeline");
	if (json_array_size(tl)) {
		web_puts(b, "<section class=\"timeline\"><h2>Claims and contract amounts by year</h2>");
		svg_timeline(b, tl);
		web_puts(b, "</section>");
	}

	web_puts(b, "<section class=\"claims\"><h2>Accepted claims</h2>");
	json_t *groups = json_object_get(p, "claims");
	json_t *responses = json_object_get(p, "responses");
	if (!json_object_size(groups))
		web_puts(b, "<p class=\"empty\">No accepted claims yet.</p>");
	const char *cat;
	json_t *list;
	json_object_foreach(groups, cat, list)
	{
		web_puts(b, "<section class=\"group\"><h3>");
		html_text(b, cat);
		web_printf(b, " <span class=\"n\">%zu</span></h3>", json_array_size(list));
		size_t i;
		json_t *c;
		json_array_foreach(list, i, c)
		{
			web_puts(b, "<div class=\"claim-row\">");
			claim_card(r, c, 0);
			responses_for(r, responses, json_object_get(c, "id"));
			web_puts(b, "</div>");
		}
		web_puts(b, "</section>");
	}
	web_puts(b, "</section>");
	size_t i;
	json_t *x;
	int general = 0;
	json_array_foreach(responses, i, x) general += json_is_null(json_object_get(x, "claim"));
	if (general) {
		web_puts(b, "<section class=\"responses\"><h2>Responses from the company</h2>");
		responses_for(r, responses, NULL);
		web_puts(b, "</section>");
	}
	web_puts(b, "<section class=\"exports\"><h2>Export</h2><p><a href=\"/api/v1/companies/");
	html_url(b, jstr(e, "id"));
	web_puts(b, "\">JSON</a> \xC2\xB7 <a href=\"/api/v1/companies/");
	html_url(b, jstr(e, "id"));
	web_puts(b, "/claims.csv\">CSV of claims</a></p></section></article>");
	json_decref(p);
	page_end(r);
}

/* ------------------------------------------------------------------ */
/* A source                                                            */
/* ------------------------------------------------------------------ */

typedef struct marks {
	rcp_mark *v;
	size_t n, cap;
	web_arena *a;
} marks;

static int mark_cb(const rcp_mark *m, void *ctx)
{
	marks *ms = ctx;
	if (ms->n == ms->cap) {
		size_t cap = ms->cap ? ms->cap * 2 : 32;
		rcp_mark *v = web_alloc(ms->a, cap * sizeof *v);
		if (ms->n)
			memcpy(v, ms->v, ms->n * sizeof *v);
		ms->v = v;
		ms->cap = cap;
	}
	rcp_mark *d = &ms->v[ms->n++];
	*d = *m;
	d->kind = web_strdup(ms->a, m->kind);
	d->entity = web_strdup(ms->a, m->entity);
	d->status = web_strdup(ms->a, m->status);
	d->name = web_strdup(ms->a, m->name);
	return 0;
}

typedef struct source_page {
	web_req *r;
	int found;
	int64_t id;
	json_t *claims;
} source_page;

static int claim_list_cb(const rcp_claim *c, void *ctx)
{
	json_array_append_new(ctx, rcp_claim_to_json(c));
	return 0;
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return x < y ? -1 : x > y;
}

/* The text with mentions and claim quotes marked. Spans may overlap: the
 * text is cut at every span edge and each piece wrapped in the spans that
 * cover it; the first piece of a claim carries its anchor. */
static void marked_text(web_req *r, const char *text, int64_t len, marks *ms)
{
	web_buf *b = &r->out;
	int64_t *cuts = web_alloc(&r->arena, (2 * ms->n + 2) * sizeof *cuts);
	size_t nc = 0;
	cuts[nc++] = 0;
	cuts[nc++] = len;
	for (size_t i = 0; i < ms->n; i++) {
		if (ms->v[i].start < 0 || ms->v[i].end > len || ms->v[i].start >= ms->v[i].end)
			continue;
		cuts[nc++] = ms->v[i].start;
		cuts[nc++] = ms->v[i].end;
	}
	qsort(cuts, nc, sizeof *cuts, cmp_i64);
	for (size_t k = 0; k + 1 < nc; k++) {
		int64_t p = cuts[k], q = cuts[k + 1];
		if (p == q)
			continue;
		size_t opened = 0;
		for (size_t i = 0; i < ms->n; i++) {
			rcp_mark *m = &ms->v[i];
			if (m->start > p || m->end < q || m->start >= m->end)
				continue;
			if (!strcmp(m->kind, "claim")) {
				web_printf(b, "<mark class=\"claim %s\" data-claim=\"%lld\"",
				           m->status && !strcmp(m->status, "accepted") ? "accepted" : "candidate",
				           (long long)m->id);
				if (m->start == p)
					web_printf(b, " id=\"claim-%lld\"", (long long)m->id);
				web_puts(b, ">");
			} else {
				web_puts(b, "<span class=\"mention\" title=\"");
				html_attr(b, m->name ? m->name : m->entity);
				web_puts(b, "\">");
			}
			opened++;
		}
		html_textn(b, text + p, (size_t)(q - p));
		/* close in reverse: marks and spans nest because each piece is whole */
		for (size_t i = ms->n; i-- > 0;) {
			rcp_mark *m = &ms->v[i];
			if (m->start > p || m->end < q || m->start >= m->end)
				continue;
			web_puts(b, strcmp(m->kind, "claim") ? "</span>" : "</mark>");
		}
		(void)opened;
	}
}

static void fact(web_buf *b, const char *dt, const char *dd)
{
	if (!dd)
		return;
	web_puts(b, "<div><dt>");
	web_puts(b, dt);
	web_puts(b, "</dt><dd>");
	html_text(b, dd);
	web_puts(b, "</dd></div>");
}

static int source_cb(const rcp_source *s, void *ctx)
{
	source_page *sp = ctx;
	web_req *r = sp->r;
	web_buf *b = &r->out;
	sp->found = 1;
	int flags = web_can(r, RCP_ROLE_EDITOR) && !r->public_mode ? RCP_PROFILE_CANDIDATES : 0;
	marks ms = {.a = &r->arena};
	rcp_error err;
	rcp_error_clear(&err);
	if (rcp_source_marks(r->db, s->id, flags, mark_cb, &ms, &err) != RCP_OK) {
		web_error_rcp(r, &err);
		return 1;
	}
	page_begin(r, s->title ? s->title : s->sha256);
	web_puts(b, "<article class=\"source\"><header><p class=\"kicker\">");
	html_text(b, s->kind);
	web_puts(b, "</p><h1>");
	html_text(b, s->title ? s->title : "(untitled)");
	web_puts(b, "</h1></header><dl class=\"facts\">");
	fact(b, "Publisher", s->publisher);
	fact(b, "Published", s->published);
	fact(b, "Language", s->lang);
	if (s->url) {
		web_puts(b, "<div><dt>URL</dt><dd class=\"url\">");
		if (!strncmp(s->url, "https://", 8) || !strncmp(s->url, "http://", 7)) {
			web_puts(b, "<a rel=\"noopener noreferrer nofollow\" href=\"");
			html_attr(b, s->url);
			web_puts(b, "\">");
			html_text(b, s->url);
			web_puts(b, "</a>");
		} else {
			html_text(b, s->url);
		}
		web_puts(b, "</dd></div>");
	}
	web_puts(b, "<div><dt>sha256</dt><dd><code class=\"hash\">");
	html_text(b, s->sha256);
	web_puts(b, "</code></dd></div>");
	char size[64];
	snprintf(size, sizeof size, "%lld bytes (%s, %s)", (long long)s->size, s->format, s->encoding);
	fact(b, "Size", size);
	fact(b, "Added", s->added_at);
	if (r->sess.role && !r->public_mode) /* account names: logged-in users only */
		fact(b, "Added by", s->added_by);
	web_puts(b, "</dl>");
	json_t *claims = json_array();
	rcp_claim_filter f = {.source = s->id, .status = flags ? NULL : "accepted"};
	rcp_claim_each(r->db, &f, claim_list_cb, claims, NULL);
	size_t i;
	json_t *c;
	size_t shown = 0;
	json_array_foreach(claims, i, c)
	{
		if (!strcmp(jstr(c, "status"), "rejected"))
			continue;
		if (!shown++)
			web_puts(b, "<section class=\"source-claims\"><h2>Claims quoting this source</h2><ul>");
		web_printf(b, "<li><a href=\"#claim-%lld\">", (long long)jint(c, "id"));
		html_text(b, jstr(c, "company_name"));
		web_puts(b, " ");
		html_text(b, jstr(c, "relation"));
		if (jstr(c, "counterparty_name")) {
			web_puts(b, " ");
			html_text(b, jstr(c, "counterparty_name"));
		}
		web_puts(b, "</a>");
		if (strcmp(jstr(c, "status"), "accepted")) {
			web_puts(b, " <span class=\"status\">");
			html_text(b, jstr(c, "status"));
			web_puts(b, "</span>");
		}
		web_puts(b, "</li>");
	}
	if (shown)
		web_puts(b, "</ul></section>");
	json_decref(claims);
	web_puts(b, "<section class=\"text\"><h2>Text</h2><div class=\"doc\"");
	if (s->lang) {
		web_puts(b, " lang=\"");
		html_attr(b, s->lang);
		web_puts(b, "\"");
	}
	web_puts(b, ">");
	marked_text(r, s->text ? s->text : "", s->text ? s->text_len : 0, &ms);
	web_puts(b, "</div></section></article>");
	page_end(r);
	return 1;
}

static int hex64(const char *s)
{
	if (!s || strlen(s) != 64)
		return 0;
	for (int i = 0; i < 64; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return 1;
}

int web_hex64(const char *s)
{
	return hex64(s);
}

void page_source(web_req *r)
{
	if (!hex64(r->tail)) {
		web_error(r, 404, "no such source", "a source is named by the 64 hex digits of its sha256");
		return;
	}
	source_page sp = {.r = r};
	rcp_error err;
	rcp_error_clear(&err);
	if (rcp_source_get(r->db, r->tail, source_cb, &sp, &err) != RCP_OK && !sp.found)
		web_error_rcp(r, &err);
}

/* ------------------------------------------------------------------ */
/* Screening                                                           */
/* ------------------------------------------------------------------ */

