/*
 * pages_search.c — /search: results with snippets and facets (the search
 * itself is search.c, shared with the API).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"

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
				web_link_company(b, h->companies[k].value, h->companies[k].label);
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
