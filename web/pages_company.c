/*
 * pages_company.c — /companies/{id}: a company's profile, its timeline,
 * claims by category, responses and exports.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"

/* ------------------------------------------------------------------ */
/* A company's profile                                                 */
/* ------------------------------------------------------------------ */

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
		html_url(b, web_jstr(x, "source_sha256"));
		web_puts(b, "\">\xE2\x80\x9C");
		html_text(b, web_jstr(x, "evidence"));
		web_puts(b, "\xE2\x80\x9D</a></blockquote></aside>");
	}
}

/* What investors did about the company: who invested, divested or
 * excluded it, each quote linked to its place in the source. */
static void investor_actions(web_req *r, json_t *list)
{
	web_buf *b = &r->out;
	if (!json_array_size(list))
		return;
	web_puts(b, "<section class=\"investors\" id=\"investors\"><h2>What investors did</h2>");
	size_t i;
	json_t *a;
	json_array_foreach(list, i, a)
	{
		web_puts(b, "<div class=\"claim-row\"><p class=\"rel\">");
		web_link_company(b, web_jstr(a, "investor"), web_jstr(a, "investor_name"));
		web_puts(b, " <span class=\"action\">");
		html_text(b, web_jstr(a, "action"));
		web_puts(b, "</span>");
		if (json_is_integer(json_object_get(a, "year")))
			web_printf(b, " \xC2\xB7 %lld", (long long)web_jint(a, "year"));
		web_puts(b, "</p><blockquote><a href=\"/sources/");
		html_url(b, web_jstr(a, "source_sha256"));
		web_printf(b, "#claim-%lld\">\xE2\x80\x9C", (long long)web_jint(a, "claim"));
		html_text(b, web_jstr(a, "quote"));
		web_puts(b, "\xE2\x80\x9D</a></blockquote><p class=\"meta\">source: ");
		html_text(b, web_jstr(a, "source_title") ? web_jstr(a, "source_title")
		                                         : web_jstr(a, "source_sha256"));
		web_puts(b, "</p></div>");
	}
	web_puts(b, "</section>");
}

void page_company(web_req *r)
{
	if (!rcp_id_valid(r->tail)) {
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
	page_begin(r, web_jstr(e, "name"));
	web_puts(b, "<article class=\"profile\"><header><p class=\"kicker\">");
	html_text(b, web_jstr(e, "kind"));
	if (web_jstr(e, "country")) {
		web_puts(b, " \xC2\xB7 ");
		html_text(b, web_jstr(e, "country"));
	}
	web_puts(b, "</p><h1>");
	html_text(b, web_jstr(e, "name"));
	web_puts(b, "</h1>");
	json_t *cats = json_object_get(e, "categories");
	if (json_array_size(cats)) {
		web_puts(b, "<p class=\"cats\">");
		size_t i;
		json_t *c;
		json_array_foreach(cats, i, c)
		{
			web_puts(b, r->static_site ? "<a class=\"tag\" href=\"/categories/"
			                           : "<a class=\"tag\" href=\"/companies?category=");
			html_url(b, json_string_value(c));
			web_puts(b, r->static_site ? "/\">" : "\">");
			html_text(b, json_string_value(c));
			web_puts(b, "</a> ");
		}
		web_puts(b, "</p>");
	}
	if (web_jstr(e, "summary")) {
		web_puts(b, "<p class=\"summary\">");
		html_text(b, web_jstr(e, "summary"));
		web_puts(b, "</p>");
	}
	web_puts(b, "</header><dl class=\"facts\">");
	json_t *parent = json_object_get(p, "parent");
	if (json_is_object(parent)) {
		web_puts(b, "<div><dt>Parent</dt><dd>");
		web_link_company(b, web_jstr(parent, "id"), web_jstr(parent, "name"));
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
			web_link_company(b, web_jstr(x, "id"), web_jstr(x, "name"));
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
			html_text(b, web_jstr(x, "scheme"));
			web_puts(b, "</abbr> <code>");
			html_text(b, web_jstr(x, "value"));
			web_puts(b, "</code></span> ");
		}
		web_puts(b, "</dd></div>");
	}
	/* the tier the registry sets, else the divestment lists the company is
	 * on ("afsc-divestment-shortlist"), else none */
	web_puts(b, "<div><dt>Divestment tier</dt><dd>");
	int divest = 0;
	if (web_jstr(e, "tier")) {
		html_text(b, web_jstr(e, "tier"));
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
	           (long long)web_jint(counts, "accepted"));
	if (web_can(r, RCP_ROLE_EDITOR) && web_jint(counts, "candidate")) {
		web_printf(b, "<div><dt>Awaiting review</dt><dd><a href=\"/review?company=");
		html_url(b, web_jstr(e, "id"));
		web_printf(b, "\">%lld candidates</a></dd></div>", (long long)web_jint(counts, "candidate"));
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
			web_claim_card(r, c, 0);
			responses_for(r, responses, json_object_get(c, "id"));
			web_puts(b, "</div>");
		}
		web_puts(b, "</section>");
	}
	web_puts(b, "</section>");
	investor_actions(r, json_object_get(p, "investor_actions"));
	size_t i;
	json_t *x;
	int general = 0;
	json_array_foreach(responses, i, x) general += json_is_null(json_object_get(x, "claim"));
	if (general) {
		web_puts(b, "<section class=\"responses\"><h2>Responses from the company</h2>");
		responses_for(r, responses, NULL);
		web_puts(b, "</section>");
	}
	/* the static site keeps the exports beside the page */
	const char *base = r->static_site ? "/companies/" : "/api/v1/companies/";
	web_printf(b, "<section class=\"exports\"><h2>Export</h2><p><a href=\"%s", base);
	html_url(b, web_jstr(e, "id"));
	web_printf(b, "%s\">JSON</a> \xC2\xB7 <a href=\"%s", r->static_site ? "/profile.json" : "", base);
	html_url(b, web_jstr(e, "id"));
	web_puts(b, "/claims.csv\">CSV of claims</a>");
	if (r->static_site) { /* publish.c writes the company's part of the FtM export */
		web_puts(b, " \xC2\xB7 <a href=\"/companies/");
		html_url(b, web_jstr(e, "id"));
		web_puts(b, "/entity.ftm.jsonl\">FollowTheMoney</a>");
	}
	web_puts(b, "</p></section></article>");
	json_decref(p);
	page_end(r);
}
