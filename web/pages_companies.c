/*
 * pages_companies.c — /companies: the list, with categories and counts.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"

/* ------------------------------------------------------------------ */
/* Companies                                                           */
/* ------------------------------------------------------------------ */

static int company_row(const rcp_company_row *row, void *ctx)
{
	web_req *r = ctx;
	web_buf *b = &r->out;
	web_puts(b, "<tr><td>");
	web_link_company(b, row->id, row->name);
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
	for (int i = 0; web_categories[i]; i++) {
		web_printf(b, r->static_site ? "<a %shref=\"/categories/%s/\">%s</a>"
		                             : "<a %shref=\"/companies?category=%s\">%s</a>",
		           cat && !strcmp(cat, web_categories[i]) ? "class=\"on\" " : "", web_categories[i],
		           web_categories[i]);
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
