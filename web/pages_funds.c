/*
 * pages_funds.c — the fund universe: /funds (search by name, ticker or
 * manager, a table sorted by a column link, grade badges, category
 * filters), /funds/ID (a fund's report and its grade history as a chart),
 * /funds/compare?funds=A,B (side by side), /funds/changes (the dated
 * changelog) and the table as /funds.csv and /funds.json (with the
 * changelog). Every value goes through the escaper of its context.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"

/* Rows of the changelog in /funds.json and on /funds/changes. */
#define CHANGES_SHOWN 500
/* Funds compared at once. */
#define COMPARE_MAX 8

static double jnum(json_t *o, const char *k)
{
	return json_number_value(json_object_get(o, k));
}

/* The list's parameters, checked; 0 (and a 400 written) on a bad one. */
static int list_params(web_req *r, rcp_fund_filter *f)
{
	memset(f, 0, sizeof *f);
	const char *q = web_query(r, "q"), *cat = web_query(r, "category");
	const char *grade = web_query(r, "grade"), *sort = web_query(r, "sort");
	const char *desc = web_query(r, "desc"), *scale = web_query(r, "scale");
	f->query = q && *q ? q : NULL;
	if (cat && *cat) {
		if (!web_category_valid(cat)) {
			web_error(r, 400, "invalid category", cat);
			return 0;
		}
		f->category = cat;
	}
	if (grade && *grade) {
		if (strspn(grade, "ABCDF") != strlen(grade) || strlen(grade) > 5) {
			web_error(r, 400, "invalid grade", "letters among A, B, C, D, F");
			return 0;
		}
		f->grade = grade;
	}
	if (sort && *sort) {
		if (strcmp(sort, "exposure") && strcmp(sort, "grade") && strcmp(sort, "name")) {
			web_error(r, 400, "invalid sort", "exposure, grade or name");
			return 0;
		}
		f->sort = sort;
	}
	if (desc && strcmp(desc, "0") && strcmp(desc, "1")) {
		web_error(r, 400, "invalid value", "desc takes 0 or 1");
		return 0;
	}
	f->desc = desc && !strcmp(desc, "1");
	if (scale && *scale && strcmp(scale, "absolute") && strcmp(scale, "relative")) {
		web_error(r, 400, "invalid scale", "absolute or relative");
		return 0;
	}
	f->relative = scale && !strcmp(scale, "relative");
	return 1;
}

static int collect(json_t *fund, void *ctx)
{
	json_array_append(ctx, fund);
	return 0;
}

/* A fund's name linked to its page; id_key names its id in o. */
static void fund_link(web_buf *b, json_t *o, const char *id_key)
{
	web_printf(b, "<a href=\"/funds/%lld\">",
	           (long long)json_integer_value(json_object_get(o, id_key)));
	html_text(b, web_jstr(o, "name"));
	web_puts(b, "</a>");
}

static void badge(web_buf *b, const char *grade)
{
	char g = grade && *grade ? grade[0] : '?';
	web_printf(b, "<span class=\"grade grade-%c\">", strchr("ABCDF", g) ? g : 'X');
	html_text(b, grade ? grade : "?");
	web_puts(b, "</span>");
}

/* A link to the list as it is, with one parameter changed. */
static void list_link(web_buf *b, const rcp_fund_filter *f, const char *sort, int desc,
                      const char *category)
{
	web_puts(b, "/funds?sort=");
	html_url(b, sort ? sort : "name");
	if (desc)
		web_puts(b, "&amp;desc=1");
	if (f->query) {
		web_puts(b, "&amp;q=");
		html_url(b, f->query);
	}
	if (category) {
		web_puts(b, "&amp;category=");
		html_url(b, category);
	}
	if (f->grade) {
		web_puts(b, "&amp;grade=");
		html_url(b, f->grade);
	}
	if (f->relative)
		web_puts(b, "&amp;scale=relative");
}

static void sort_header(web_buf *b, const rcp_fund_filter *f, const char *key, const char *label)
{
	int on = f->sort ? !strcmp(f->sort, key) : !strcmp(key, "name");
	web_puts(b, "<th><a href=\"");
	list_link(b, f, key, on && !f->desc, f->category);
	web_puts(b, "\">");
	html_text(b, label);
	if (on)
		web_puts(b, f->desc ? " \xE2\x96\xBE" : " \xE2\x96\xB4");
	web_puts(b, "</a></th>");
}

/* The funds the list's query parameters select, for the page and both
 * downloads: NULL when the parameters or the store said no (answered). */
static json_t *funds_listed(web_req *r, rcp_fund_filter *f)
{
	if (!list_params(r, f))
		return NULL;
	json_t *all = json_array();
	rcp_error err;
	rcp_error_clear(&err);
	if (rcp_fund_each(r->db, f, collect, all, &err) != RCP_OK) {
		json_decref(all);
		web_error_rcp(r, &err);
		return NULL;
	}
	return all;
}

void page_funds(web_req *r)
{
	rcp_fund_filter f;
	json_t *all = funds_listed(r, &f);
	if (!all)
		return;
	web_buf *b = &r->out;
	page_begin(r, "Funds");
	web_puts(b, "<h1>Funds</h1><p class=\"help\">Every fund's latest holdings filing, graded by the"
	            " share of its assets in flagged companies (");
	web_puts(b, f.relative ? "relative scale: A for none, the exposed funds in four bands of"
	                         " about equal size" : "A 0%, B up to 1%, C up to 3%, D up to 5%,"
	                         " F over 5%");
	web_puts(b, "). Downloads: <a href=\"/funds.csv\">CSV</a>, <a href=\"/funds.json\">JSON</a>,"
	            " <a href=\"/funds/changes\">what changed</a>.</p>"
	            "<form class=\"search\" method=\"get\" action=\"/funds\">"
	            "<input type=\"search\" name=\"q\" id=\"fund-q\" placeholder=\"fund, ticker or manager\""
	            " value=\"");
	html_attr(b, f.query ? f.query : "");
	web_puts(b, "\">");
	if (f.category) {
		web_puts(b, "<input type=\"hidden\" name=\"category\" value=\"");
		html_attr(b, f.category);
		web_puts(b, "\">");
	}
	web_printf(b, "<label><input type=\"checkbox\" name=\"scale\" value=\"relative\"%s> relative"
	              " scale</label> <button type=\"submit\">Search</button></form>",
	           f.relative ? " checked" : "");
	web_puts(b, "<p class=\"filters\">Category: <a href=\"");
	list_link(b, &f, f.sort, f.desc, NULL);
	web_puts(b, "\">all</a>");
	for (int i = 0; i < RCP_CATEGORY_COUNT; i++) {
		const char *c = rcp_category_at(i);
		web_puts(b, " \xC2\xB7 <a href=\"");
		list_link(b, &f, f.sort, f.desc, c);
		web_printf(b, "\"%s>", f.category && !strcmp(f.category, c) ? " class=\"on\"" : "");
		html_text(b, c);
		web_puts(b, "</a>");
	}
	web_printf(b, "</p><form method=\"get\" action=\"/funds/compare\" class=\"compare\">"
	              "<label>Compare <input name=\"funds\" id=\"compare-funds\""
	              " placeholder=\"tickers or ids, comma-separated\"></label>"
	              " <button type=\"submit\">Compare</button></form>"
	              "<p>%zu funds</p><div class=\"tablewrap\"><table class=\"funds\" id=\"funds\"><thead><tr>",
	           json_array_size(all));
	sort_header(b, &f, "grade", "Grade");
	sort_header(b, &f, "name", "Fund");
	web_puts(b, "<th>Ticker</th><th>Manager</th>");
	sort_header(b, &f, "exposure", f.category ? "Exposure (category)" : "Exposure");
	web_puts(b, "<th>Flagged</th><th>As of</th></tr></thead><tbody>");
	size_t i;
	json_t *fd;
	json_array_foreach(all, i, fd) {
		web_puts(b, "<tr><td>");
		badge(b, web_jstr(fd, "grade"));
		web_puts(b, "</td><td>");
		fund_link(b, fd, "id");
		web_puts(b, "</td><td>");
		size_t k;
		json_t *t;
		json_array_foreach(json_object_get(fd, "tickers"), k, t) {
			web_puts(b, k ? " " : "");
			html_text(b, json_string_value(t));
		}
		web_puts(b, "</td><td>");
		html_text(b, web_jstr(fd, "manager"));
		web_printf(b, "</td><td class=\"num\">%.2f%%</td><td class=\"num\">%lld</td><td>",
		           f.category ? jnum(fd, "category_pct") : jnum(fd, "exposure_pct"),
		           (long long)json_integer_value(json_object_get(fd, "flagged")));
		html_text(b, web_jstr(fd, "period"));
		web_puts(b, "</td></tr>");
	}
	web_puts(b, "</tbody></table></div>");
	json_decref(all);
	page_end(r);
}

/* ------------------------------------------------------------------ */
/* Downloads                                                           */
/* ------------------------------------------------------------------ */

static void csv_field(web_buf *b, const char *s)
{
	if (!s)
		return;
	/* a leading = + - @ is a formula to a spreadsheet: quote it as text */
	int quote = strpbrk(s, ",\"\r\n") || strchr("=+-@", s[0]);
	if (!quote) {
		web_puts(b, s);
		return;
	}
	web_puts(b, "\"");
	if (strchr("=+-@", s[0]) && s[0])
		web_puts(b, "'");
	for (; *s; s++)
		web_buf_put(b, *s == '"' ? "\"\"" : s, *s == '"' ? 2 : 1);
	web_puts(b, "\"");
}

void page_funds_csv(web_req *r)
{
	rcp_fund_filter f;
	json_t *all = funds_listed(r, &f);
	if (!all)
		return;
	web_buf *b = &r->out;
	r->ctype = "text/csv; charset=utf-8";
	web_puts(b, "id,ticker,tickers,name,manager,cik,series,period,grade,scale,exposure_pct");
	for (int i = 0; i < RCP_CATEGORY_COUNT; i++)
		web_printf(b, ",%s_pct", rcp_category_at(i));
	web_puts(b, ",flagged,claims,graded_at\r\n");
	size_t i;
	json_t *fd;
	json_array_foreach(all, i, fd) {
		web_printf(b, "%lld,", (long long)json_integer_value(json_object_get(fd, "id")));
		csv_field(b, web_jstr(fd, "ticker"));
		web_puts(b, ",");
		size_t k;
		json_t *t;
		char tick[512] = "";
		size_t tl = 0;
		json_array_foreach(json_object_get(fd, "tickers"), k, t)
			if (tl < sizeof tick - 40)
				tl += (size_t)snprintf(tick + tl, sizeof tick - tl, "%s%s", k ? " " : "",
				                       json_string_value(t));
		csv_field(b, tick);
		static const char *const keys[] = {"name", "manager", "cik", "series", "period",
		                                   "grade", "scale", NULL};
		for (int c = 0; keys[c]; c++) {
			web_puts(b, ",");
			csv_field(b, web_jstr(fd, keys[c]));
		}
		web_printf(b, ",%.3f", jnum(fd, "exposure_pct"));
		json_t *bc = json_object_get(fd, "by_category");
		for (int c = 0; c < RCP_CATEGORY_COUNT; c++)
			web_printf(b, ",%.3f", jnum(bc, rcp_category_at(c)));
		web_printf(b, ",%lld,%lld,", (long long)json_integer_value(json_object_get(fd, "flagged")),
		           (long long)json_integer_value(json_object_get(fd, "claims")));
		csv_field(b, web_jstr(fd, "graded_at"));
		web_puts(b, "\r\n");
	}
	json_decref(all);
}

void page_funds_json(web_req *r)
{
	rcp_fund_filter f;
	json_t *all = funds_listed(r, &f);
	if (!all)
		return;
	json_t *changes = json_array();
	rcp_error err;
	rcp_error_clear(&err);
	if (rcp_fund_changes(r->db, NULL, CHANGES_SHOWN, collect, changes, &err) != RCP_OK) {
		json_decref(all);
		json_decref(changes);
		web_error_rcp(r, &err);
		return;
	}
	char now[21];
	rcp_now_iso(now);
	web_send_json(r, json_pack("{s:s, s:s, s:o, s:o}", "generated_at", now, "scale",
	                           f.relative ? "relative" : "absolute", "funds", all, "changes",
	                           changes),
	              JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15));
}

/* ------------------------------------------------------------------ */
/* The changelog                                                       */
/* ------------------------------------------------------------------ */

static void page_changes(web_req *r)
{
	json_t *changes = json_array();
	rcp_error err;
	rcp_error_clear(&err);
	if (rcp_fund_changes(r->db, NULL, CHANGES_SHOWN, collect, changes, &err) != RCP_OK) {
		json_decref(changes);
		web_error_rcp(r, &err);
		return;
	}
	web_buf *b = &r->out;
	page_begin(r, "What changed in the funds");
	web_puts(b, "<h1>What changed</h1><p class=\"help\">Every grading, newest first: a filing"
	            " added, or a company the fund holds changed (its categories, lists, parent, or a"
	            " claim accepted). In the download as <a href=\"/funds.json\">changes</a>.</p>"
	            "<div class=\"tablewrap\"><table class=\"changes\" id=\"changes\"><thead><tr><th>When</th><th>Fund</th>"
	            "<th>Grade</th><th>Exposure</th><th>Why</th></tr></thead><tbody>");
	size_t i;
	json_t *c;
	json_array_foreach(changes, i, c) {
		web_puts(b, "<tr><td>");
		html_text(b, web_jstr(c, "time"));
		web_puts(b, "</td><td>");
		fund_link(b, c, "fund");
		web_puts(b, "</td><td>");
		if (web_jstr(c, "prev_grade")) {
			badge(b, web_jstr(c, "prev_grade"));
			web_puts(b, " \xE2\x86\x92 ");
		}
		badge(b, web_jstr(c, "grade"));
		web_printf(b, "</td><td class=\"num\">%.2f%%</td><td>", jnum(c, "exposure_pct"));
		html_text(b, web_jstr(c, "cause"));
		web_puts(b, "</td></tr>");
	}
	web_puts(b, "</tbody></table></div>");
	json_decref(changes);
	page_end(r);
}

/* ------------------------------------------------------------------ */
/* One fund                                                            */
/* ------------------------------------------------------------------ */

/* Exposure at each grading as bars on a time axis, the grade above
 * each: the fund's history at a glance. */
static void history_chart(web_buf *b, json_t *hist)
{
	size_t n = json_array_size(hist);
	if (!n)
		return;
	double max = 5.0;
	size_t i;
	json_t *h;
	json_array_foreach(hist, i, h)
		if (jnum(h, "exposure_pct") > max)
			max = jnum(h, "exposure_pct");
	if (max > 100.0)
		max = 100.0;
	int w = 640, hgt = 180, left = 40, bottom = 30, top = 20;
	int slot = (w - left) / (int)(n < 40 ? n : 40);
	if (slot > 48) /* a few gradings are bars, not a wall */
		slot = 48;
	web_printf(b, "<svg class=\"history\" id=\"grade-history\" xmlns=\"http://www.w3.org/2000/svg\""
	              " width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"grade history\">", w, hgt);
	web_printf(b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>", left,
	           hgt - bottom, w, hgt - bottom);
	web_printf(b, "<text x=\"0\" y=\"%d\" font-size=\"11\">%.0f%%</text>", top + 4, max);
	web_printf(b, "<text x=\"0\" y=\"%d\" font-size=\"11\">0%%</text>", hgt - bottom);
	size_t first = n > 40 ? n - 40 : 0; /* the latest 40 gradings */
	for (i = first; i < n; i++) {
		h = json_array_get(hist, i);
		double v = jnum(h, "exposure_pct");
		if (!(v > 0))
			v = 0;
		if (v > max)
			v = max;
		int x = left + (int)(i - first) * slot + 2;
		int bh = (int)((hgt - bottom - top) * (v / max));
		web_printf(b, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#c33\">"
		              "<title>", x, hgt - bottom - bh, slot > 4 ? slot - 4 : 1, bh);
		html_text(b, web_jstr(h, "graded_at"));
		web_puts(b, ": ");
		html_text(b, web_jstr(h, "cause"));
		web_printf(b, "</title></rect><text x=\"%d\" y=\"%d\" font-size=\"12\">", x,
		           hgt - bottom - bh - 4);
		html_text(b, web_jstr(h, "grade"));
		web_printf(b, "</text><text x=\"%d\" y=\"%d\" font-size=\"10\">", x, hgt - bottom + 14);
		html_text(b, web_jstr(h, "period"));
		web_puts(b, "</text>");
	}
	web_puts(b, "</svg>");
}

static void fund_page(web_req *r, const char *ref)
{
	const char *scale = web_query(r, "scale");
	if (scale && *scale && strcmp(scale, "absolute") && strcmp(scale, "relative")) {
		web_error(r, 400, "invalid scale", "absolute or relative");
		return;
	}
	rcp_error err;
	rcp_error_clear(&err);
	json_t *fd = rcp_fund_json(r->db, ref, scale && !strcmp(scale, "relative"), &err);
	if (!fd) {
		web_error_rcp(r, &err);
		return;
	}
	web_buf *b = &r->out;
	json_t *rep = json_object_get(fd, "report");
	page_begin(r, web_jstr(fd, "name"));
	web_puts(b, "<p><a href=\"/funds\">Funds</a></p><h1 id=\"fund-name\">");
	html_text(b, web_jstr(fd, "name"));
	web_puts(b, "</h1><p>");
	html_text(b, web_jstr(fd, "manager"));
	size_t i;
	json_t *v;
	json_array_foreach(json_object_get(fd, "tickers"), i, v) {
		web_puts(b, i ? " " : " \xC2\xB7 ");
		html_text(b, json_string_value(v));
	}
	web_puts(b, " \xC2\xB7 series ");
	html_text(b, web_jstr(fd, "series"));
	web_puts(b, " \xC2\xB7 holdings as of ");
	html_text(b, web_jstr(fd, "period"));
	web_puts(b, "</p><section class=\"report\"><h2>Grade ");
	badge(b, web_jstr(fd, "grade"));
	web_printf(b, "</h2><p>%.2f%% of the fund is in flagged companies (%lld of %lld holdings"
	              " rated). ", jnum(fd, "exposure_pct"),
	           (long long)json_integer_value(json_object_get(rep, "rated")),
	           (long long)json_integer_value(json_object_get(rep, "holdings")));
	html_text(b, web_jstr(rep, "grade_scale"));
	web_puts(b, ".</p><div class=\"tablewrap\"><table class=\"exposure\"><tr>");
	json_t *bc = json_object_get(json_object_get(rep, "exposure"), "by_category");
	for (int c = 0; c < RCP_CATEGORY_COUNT; c++) {
		web_puts(b, "<th>");
		html_text(b, rcp_category_at(c));
		web_puts(b, "</th>");
	}
	web_puts(b, "</tr><tr>");
	for (int c = 0; c < RCP_CATEGORY_COUNT; c++)
		web_printf(b, "<td class=\"num\">%.2f%%</td>", jnum(bc, rcp_category_at(c)));
	web_puts(b, "</tr></table></div></section><h2>Grade history</h2>");
	history_chart(b, json_object_get(fd, "history"));
	web_puts(b, "<h2>Flagged holdings</h2><div class=\"tablewrap\"><table class=\"flagged\" id=\"flagged\"><thead><tr>"
	            "<th>Company</th><th>Weight</th><th>Categories</th><th>Why</th></tr></thead><tbody>");
	json_array_foreach(json_object_get(rep, "flagged"), i, v) {
		web_puts(b, "<tr><td><a href=\"/companies/");
		html_url(b, web_jstr(v, "id"));
		web_puts(b, "\">");
		html_text(b, web_jstr(v, "name"));
		web_puts(b, "</a>");
		if (web_jstr(v, "parent_name")) {
			web_puts(b, "<br><small>part of ");
			html_text(b, web_jstr(v, "parent_name"));
			web_puts(b, "</small>");
		}
		web_printf(b, "</td><td class=\"num\">%.3f%%</td><td>", jnum(v, "weight_pct"));
		size_t k;
		json_t *c;
		json_array_foreach(json_object_get(v, "categories"), k, c) {
			web_puts(b, k ? ", " : "");
			html_text(b, json_string_value(c));
		}
		web_puts(b, "</td><td>");
		json_t *e = json_object_get(v, "evidence");
		if (json_is_object(e)) {
			web_puts(b, "<blockquote>");
			html_text(b, web_jstr(e, "quote"));
			web_puts(b, "</blockquote>");
		}
		web_puts(b, "<ul class=\"reasons\">");
		json_array_foreach(json_object_get(v, "reasons"), k, c) {
			web_puts(b, "<li>");
			html_text(b, web_jstr(c, "text"));
			web_puts(b, "</li>");
		}
		web_puts(b, "</ul></td></tr>");
	}
	web_puts(b, "</tbody></table></div><h2>Gradings</h2><div class=\"tablewrap\"><table class=\"history\"><thead><tr>"
	            "<th>When</th><th>Filing</th><th>Grade</th><th>Exposure</th><th>Why</th></tr>"
	            "</thead><tbody>");
	json_array_foreach(json_object_get(fd, "history"), i, v) {
		web_puts(b, "<tr><td>");
		html_text(b, web_jstr(v, "graded_at"));
		web_puts(b, "</td><td>");
		html_text(b, web_jstr(v, "period"));
		web_puts(b, "</td><td>");
		badge(b, web_jstr(v, "grade"));
		web_printf(b, "</td><td class=\"num\">%.2f%%</td><td>", jnum(v, "exposure_pct"));
		html_text(b, web_jstr(v, "cause"));
		web_puts(b, "</td></tr>");
	}
	web_printf(b, "</tbody></table></div><p><a href=\"/funds/compare?funds=%lld\">Compare with"
	              " another fund</a></p>",
	           (long long)json_integer_value(json_object_get(fd, "id")));
	json_decref(fd);
	page_end(r);
}

/* ------------------------------------------------------------------ */
/* Compare                                                             */
/* ------------------------------------------------------------------ */

static void compare_page(web_req *r)
{
	const char *list = web_query(r, "funds");
	char *refs[COMPARE_MAX];
	size_t n = 0;
	if (list) {
		char *copy = web_strdup(&r->arena, list);
		for (char *tok = strtok(copy, ", "); tok && n < COMPARE_MAX; tok = strtok(NULL, ", "))
			refs[n++] = tok;
	}
	web_buf *b = &r->out;
	if (n < 2) {
		page_begin(r, "Compare funds");
		web_puts(b, "<h1>Compare funds</h1><form method=\"get\" action=\"/funds/compare\">"
		            "<label>Funds <input name=\"funds\" id=\"compare-funds\" value=\"");
		html_attr(b, list ? list : "");
		web_puts(b, "\" placeholder=\"tickers or ids, comma-separated\"></label>"
		            " <button type=\"submit\">Compare</button></form><p class=\"help\">Give two"
		            " funds or more.</p>");
		page_end(r);
		return;
	}
	rcp_error err;
	rcp_error_clear(&err);
	json_t *c = rcp_fund_compare(r->db, (const char *const *)refs, n, &err);
	if (!c) {
		web_error_rcp(r, &err);
		return;
	}
	page_begin(r, "Compare funds");
	web_puts(b, "<p><a href=\"/funds\">Funds</a></p><h1>Compare funds</h1>"
	            "<div class=\"tablewrap\"><table class=\"compare\" id=\"compare\"><thead><tr><th></th>");
	size_t i;
	json_t *v, *funds = json_object_get(c, "funds");
	json_array_foreach(funds, i, v) {
		web_puts(b, "<th>");
		fund_link(b, v, "id");
		web_puts(b, "<br>");
		html_text(b, web_jstr(v, "ticker"));
		web_puts(b, "</th>");
	}
	web_puts(b, "</tr></thead><tbody><tr><th>Grade</th>");
	json_array_foreach(funds, i, v) {
		web_puts(b, "<td>");
		badge(b, web_jstr(v, "grade"));
		web_printf(b, " %.2f%%</td>", jnum(v, "exposure_pct"));
	}
	web_puts(b, "</tr>");
	for (int k = 0; k < RCP_CATEGORY_COUNT; k++) {
		web_puts(b, "<tr><th>");
		html_text(b, rcp_category_at(k));
		web_puts(b, "</th>");
		json_array_foreach(funds, i, v)
			web_printf(b, "<td class=\"num\">%.2f%%</td>",
			           jnum(json_object_get(v, "by_category"), rcp_category_at(k)));
		web_puts(b, "</tr>");
	}
	web_puts(b, "</tbody></table></div><h2>The holdings that make the difference</h2>"
	            "<div class=\"tablewrap\"><table class=\"compare-holdings\" id=\"compare-holdings\"><thead><tr>"
	            "<th>Company</th>");
	json_array_foreach(funds, i, v) {
		web_puts(b, "<th>");
		html_text(b, web_jstr(v, "ticker") ? web_jstr(v, "ticker") : web_jstr(v, "name"));
		web_puts(b, "</th>");
	}
	web_puts(b, "</tr></thead><tbody>");
	json_array_foreach(json_object_get(c, "holdings"), i, v) {
		web_puts(b, "<tr><td><a href=\"/companies/");
		html_url(b, web_jstr(v, "id"));
		web_puts(b, "\">");
		html_text(b, web_jstr(v, "name"));
		web_puts(b, "</a></td>");
		size_t k;
		json_t *w;
		json_array_foreach(json_object_get(v, "weights"), k, w)
			web_printf(b, "<td class=\"num\">%.3f%%</td>", json_number_value(w));
		web_puts(b, "</tr>");
	}
	web_puts(b, "</tbody></table></div>");
	json_decref(c);
	page_end(r);
}

void page_fund(web_req *r)
{
	if (!strcmp(r->tail, "compare"))
		compare_page(r);
	else if (!strcmp(r->tail, "changes"))
		page_changes(r);
	else
		fund_page(r, r->tail);
}
