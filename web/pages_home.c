/*
 * pages_home.c — /: the search box, counts and the latest accepted claims.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"

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
	            " a stored source.</p>");
	/* a static site searches its companies and claims in the browser,
	 * from the index publish wrote (search/index.html, app.js) */
	if (r->static_site) {
		char now[21];
		rcp_now_iso(now);
		web_puts(b, "<form class=\"bigsearch\" action=\"/search/\" role=\"search\">"
		            "<label for=\"q\" class=\"vh\">Search companies and claims</label>"
		            "<input id=\"q\" name=\"q\" type=\"search\" placeholder=\"Search companies"
		            " and claims: a company, an agency, a place\">"
		            "<button type=\"submit\">Search</button></form>");
		web_printf(b, "<p><a href=\"/companies\">Browse the companies</a> \xC2\xB7"
		              " <a href=\"/data/receipts.ftm.jsonl\">download the data (FollowTheMoney)</a>"
		              " \xC2\xB7 this edition was published on %.10s</p>", now);
	} else
		web_puts(b, "<form class=\"bigsearch\" action=\"/search\" role=\"search\">"
		            "<label for=\"q\" class=\"vh\">Search the sources</label>"
		            "<input id=\"q\" name=\"q\" type=\"search\" placeholder=\"Search sources: a"
		            " company, an agency, a place\" autofocus>"
		            "<button type=\"submit\">Search</button></form>");
	web_puts(b, "</section>");
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
	json_array_foreach(l.list, i, c) web_claim_card(r, c, 1);
	json_decref(l.list);
	web_puts(b, "</section>");
	page_end(r);
}
