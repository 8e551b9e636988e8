/*
 * pages.c — what every page shares: the frame (header, navigation,
 * footer; error pages are errors.c), amounts, claim cards and the checks on path
 * segments. Each page is a file of its own (pages_home.c, pages_search.c,
 * pages_companies.c, pages_company.c, pages_source.c, pages_review.c,
 * pages_screen.c); each asks the library for data and writes HTML through
 * the escapers of html.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"

const char *const web_categories[] = {
	"military", "occupation", "borders", "prisons", "policing", "surveillance", NULL,
};

int web_category_valid(const char *c)
{
	for (int i = 0; c && web_categories[i]; i++)
		if (!strcmp(c, web_categories[i]))
			return 1;
	return 0;
}

/* ------------------------------------------------------------------ */
/* The frame                                                           */
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
	            "<a href=\"/companies\">Companies</a>");
	/* a static site has no server to search, screen or sort funds with */
	web_puts(b, r->static_site ? "<a href=\"/search/\">Search</a>"
	                             "<a href=\"/data/receipts.ftm.jsonl\">Data</a>"
	                           : "<a href=\"/search\">Search</a><a href=\"/screen\">Screen</a>"
	                             "<a href=\"/funds\">Funds</a>");
	if (web_can(r, RCP_ROLE_EDITOR))
		web_puts(b, "<a href=\"/review\">Review</a>");
	if (r->sess.role) {
		web_puts(b, "<form class=\"logout\" method=\"post\" action=\"/logout\">"
		            "<input type=\"hidden\" name=\"csrf\" value=\"");
		html_attr(b, r->csrf);
		web_puts(b, "\"><button type=\"submit\">Log out ");
		html_text(b, r->sess.name);
		web_puts(b, "</button></form>");
	} else if (!r->public_mode && !r->static_site) {
		web_puts(b, "<a href=\"/login\">Log in</a>");
	}
	web_puts(b, "</nav></div></header>\n<main>");
}

void page_end(web_req *r)
{
	web_puts(&r->out, "</main>\n<footer><p>Every claim here points at a verbatim quote in a"
	                  " stored source, pinned by the sha256 of its bytes.");
	if (r->static_site) {
		web_puts(&r->out, " Published edition: reviewed (accepted) claims only.");
	} else if (r->public_mode) {
		web_puts(&r->out, " Public edition: reviewed (accepted) claims only.");
	}
	web_puts(&r->out, "</p></footer></body></html>\n");
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
void web_json_amount(web_buf *b, json_t *claim, const char *cur)
{
	json_t *minor = json_object_get(claim, "amount_minor");
	if (json_is_integer(minor))
		web_amount(b, json_integer_value(minor), cur);
}

const char *web_jstr(json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

int64_t web_jint(json_t *o, const char *k)
{
	return json_integer_value(json_object_get(o, k));
}

void web_link_company(web_buf *b, const char *id, const char *name)
{
	web_puts(b, "<a href=\"/companies/");
	html_url(b, id);
	web_puts(b, "\">");
	html_text(b, name ? name : id);
	web_puts(b, "</a>");
}

/* One claim from its JSON (rcp_claim_to_json's shape). */
void web_claim_card(web_req *r, json_t *c, int show_company)
{
	web_buf *b = &r->out;
	int64_t id = web_jint(c, "id");
	web_printf(b, "<article class=\"claim\" id=\"c%lld\"><p class=\"what\">", (long long)id);
	if (show_company) {
		web_link_company(b, web_jstr(c, "company"), web_jstr(c, "company_name"));
		web_puts(b, " ");
	}
	web_puts(b, "<span class=\"rel\">");
	html_text(b, web_jstr(c, "relation"));
	web_puts(b, "</span>");
	if (web_jstr(c, "counterparty")) {
		web_puts(b, " \xE2\x86\x92 ");
		web_link_company(b, web_jstr(c, "counterparty"), web_jstr(c, "counterparty_name"));
	} else if (web_jstr(c, "counterparty_name")) {
		/* a body the registry does not hold: the source's words, no link */
		web_puts(b, " \xE2\x86\x92 <span class=\"unlinked\">");
		html_text(b, web_jstr(c, "counterparty_name"));
		web_puts(b, "</span>");
	}
	if (web_jstr(c, "category")) {
		web_puts(b, " <span class=\"tag\">");
		html_text(b, web_jstr(c, "category"));
		web_puts(b, "</span>");
	}
	web_puts(b, "</p><blockquote><a href=\"/sources/");
	html_url(b, web_jstr(c, "source_sha256"));
	web_printf(b, "#claim-%lld\">\xE2\x80\x9C", (long long)id);
	html_text(b, web_jstr(c, "evidence"));
	web_puts(b, "\xE2\x80\x9D</a></blockquote><p class=\"meta\">");
	if (web_jstr(c, "date")) {
		html_text(b, web_jstr(c, "date"));
		web_puts(b, " \xC2\xB7 ");
	} else if (json_is_integer(json_object_get(c, "year"))) {
		web_printf(b, "%lld \xC2\xB7 ", (long long)web_jint(c, "year"));
	}
	if (web_jstr(c, "currency")) {
		web_puts(b, "<span class=\"amount\">");
		web_json_amount(b, c, web_jstr(c, "currency"));
		web_puts(b, "</span> \xC2\xB7 ");
	}
	web_puts(b, "source: <a href=\"/sources/");
	html_url(b, web_jstr(c, "source_sha256"));
	web_printf(b, "#claim-%lld\">", (long long)id);
	html_text(b, web_jstr(c, "source_title") ? web_jstr(c, "source_title") : web_jstr(c, "source_sha256"));
	web_puts(b, "</a>");
	if (strcmp(web_jstr(c, "status"), "accepted")) {
		web_puts(b, " \xC2\xB7 <span class=\"status\">");
		html_text(b, web_jstr(c, "status"));
		web_puts(b, "</span>");
	}
	web_puts(b, "</p></article>\n");
}

/* ------------------------------------------------------------------ */
/* Checks on path segments                                             */
/* ------------------------------------------------------------------ */

static int hex_ok(const char *s)
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
	return hex_ok(s);
}

/* The hidden field with the CSRF token every form posts. */
void web_csrf_field(web_req *r)
{
	web_puts(&r->out, "<input type=\"hidden\" name=\"csrf\" value=\"");
	html_attr(&r->out, r->csrf);
	web_puts(&r->out, "\">");
}
