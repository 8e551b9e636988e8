/*
 * pages_review.c — /review: the queue of candidate claims for editors, paged
 * and filtered, and the decisions and edits posted from it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"


static const char *const relations[] = {
	"supplies", "contract", "acquired", "invested", "divested", "partnered", "owns",
	"restricted", NULL,
};
/* ------------------------------------------------------------------ */
/* Review                                                              */
/* ------------------------------------------------------------------ */

typedef struct text_cache {
	int64_t id;
	char *text;
	int64_t len;
	const char *lang;
	web_arena *a;
} text_cache;

static int text_cb(const rcp_source *s, void *ctx)
{
	text_cache *tc = ctx;
	tc->id = s->id;
	tc->len = s->text_len;
	tc->text = web_strndup(tc->a, s->text ? s->text : "", (size_t)s->text_len);
	tc->lang = s->lang ? web_strdup(tc->a, s->lang) : NULL;
	return 1;
}

/* Move i back (dir -1) or forward (+1) to a UTF-8 character boundary. */
static int64_t snap(const char *t, int64_t len, int64_t i, int dir)
{
	while (i > 0 && i < len && ((unsigned char)t[i] & 0xC0) == 0x80)
		i += dir;
	return i;
}

/* The sentence around [start, end): back to the previous sentence end or
 * line break, forward to the next, at most 400 bytes either way. */
static void context(web_buf *b, const char *t, int64_t len, int64_t start, int64_t end)
{
	int64_t a = start, z = end;
	while (a > 0 && start - a < 400 && !(t[a - 1] == '\n' ||
	       (a >= 2 && (t[a - 2] == '.' || t[a - 2] == '!' || t[a - 2] == '?') && t[a - 1] == ' ')))
		a--;
	while (z < len && z - end < 400 && t[z] != '\n' &&
	       !((t[z] == '.' || t[z] == '!' || t[z] == '?') && (z + 1 == len || t[z + 1] == ' ' ||
	                                                          t[z + 1] == '\n')))
		z++;
	if (z < len && t[z] != '\n')
		z++;
	a = snap(t, len, a, 1);
	z = snap(t, len, z, 1);
	if (a > 0 && t[a - 1] != '\n')
		web_puts(b, "\xE2\x80\xA6");
	html_textn(b, t + a, (size_t)(start - a));
	web_puts(b, "<mark>");
	html_textn(b, t + start, (size_t)(end - start));
	web_puts(b, "</mark>");
	html_textn(b, t + end, (size_t)(z - end));
	if (z < len && t[z - 1] != '.')
		web_puts(b, "\xE2\x80\xA6");
}

/* An <option> of each of opts (NULL-ended), cur's selected. */
static void options_of(web_buf *b, const char *const *opts, const char *cur)
{
	for (int i = 0; opts[i]; i++)
		web_printf(b, "<option%s>%s</option>", cur && !strcmp(cur, opts[i]) ? " selected" : "",
		           opts[i]);
}

static void select_of(web_buf *b, const char *name, const char *const *opts, const char *cur,
                      const char *none_label)
{
	web_printf(b, "<select name=\"%s\">", name);
	if (none_label)
		web_printf(b, "<option value=\"none\"%s>%s</option>", cur ? "" : " selected", none_label);
	options_of(b, opts, cur);
	web_puts(b, "</select>");
}

/* ---- the sentences an editor may pin a claim to instead ---- */

#define SPAN_AROUND 6   /* sentences offered before and after the claim's */
#define SPAN_LABEL 160  /* bytes of a sentence shown in its option */
#define SPAN_MAX (3 * SPAN_AROUND)

typedef struct span_pick {
	int64_t start, end;               /* the claim's span */
	size_t before[SPAN_AROUND][2];    /* ring of the last sentences before it */
	int nbefore;
	size_t from[SPAN_MAX][2];         /* the claim's sentences and those after */
	int nfrom, after;
} span_pick;

static int span_cb(size_t a, size_t z, void *ctx)
{
	span_pick *p = ctx;
	if ((int64_t)z <= p->start) {
		int i = p->nbefore++ % SPAN_AROUND;
		p->before[i][0] = a;
		p->before[i][1] = z;
		return 0;
	}
	if ((int64_t)a >= p->end && ++p->after > SPAN_AROUND)
		return 1;
	if (p->nfrom == SPAN_MAX)
		return 1;
	p->from[p->nfrom][0] = a;
	p->from[p->nfrom][1] = z;
	p->nfrom++;
	return 0;
}

static void span_option(web_buf *b, const char *text, size_t a, size_t z)
{
	web_printf(b, "<option value=\"%zu-%zu\">", a, z);
	size_t n = z - a;
	if (n > SPAN_LABEL)
		n = (size_t)snap(text, (int64_t)z, (int64_t)(a + SPAN_LABEL), -1) - a;
	html_textn(b, text + a, n);
	if (n < z - a)
		web_puts(b, "\xE2\x80\xA6");
	web_puts(b, "</option>");
}

/* A <select> of the sentences around the claim's span, the span as pinned
 * first: picking another re-pins the receipt to those bytes of the source. */
static void span_select(web_buf *b, const text_cache *tc, const rcp_claim *c)
{
	span_pick p = {.start = c->start, .end = c->end};
	rcp_text_sentences(tc->text, (size_t)tc->len, tc->lang, span_cb, &p);
	web_puts(b, "<select name=\"span\" class=\"span\">");
	web_printf(b, "<option value=\"%lld-%lld\" selected>(as pinned) ", (long long)c->start,
	           (long long)c->end);
	size_t n = (size_t)(c->end - c->start);
	if (n > SPAN_LABEL)
		n = (size_t)snap(tc->text, c->end, c->start + SPAN_LABEL, -1) - (size_t)c->start;
	html_textn(b, tc->text + c->start, n);
	web_puts(b, "</option>");
	int k = p.nbefore < SPAN_AROUND ? p.nbefore : SPAN_AROUND;
	for (int i = p.nbefore - k; i < p.nbefore; i++)
		span_option(b, tc->text, p.before[i % SPAN_AROUND][0], p.before[i % SPAN_AROUND][1]);
	for (int i = 0; i < p.nfrom; i++)
		if (!((int64_t)p.from[i][0] == c->start && (int64_t)p.from[i][1] == c->end))
			span_option(b, tc->text, p.from[i][0], p.from[i][1]);
	web_puts(b, "</select>");
}

/* ---- the queue ---- */

#define REVIEW_PAGE 20

typedef struct review_walk {
	web_req *r;
	text_cache tc;
	const char *back; /* the queue's URL, filters and page, to come back to */
	int n;
} review_walk;

static void back_field(web_buf *b, const char *back)
{
	web_puts(b, "<input type=\"hidden\" name=\"back\" value=\"");
	html_attr(b, back);
	web_puts(b, "\">");
}

/* The start of a form that posts to claim c (class cls, or none): the
 * CSRF token and the way back to the queue go with every one. */
static void claim_form(web_req *r, review_walk *w, const rcp_claim *c, const char *cls)
{
	web_buf *b = &r->out;
	web_puts(b, "<form");
	if (cls)
		web_printf(b, " class=\"%s\"", cls);
	web_printf(b, " method=\"post\" action=\"/review/%lld\">", (long long)c->id);
	web_csrf_field(r);
	back_field(b, w->back);
}

/* An organization a claim names: a link to its page when the registry
 * holds it (id), else the source's words for it (name), shown as such.
 * link_cls is the link's class (or none), words_cls the words'. */
static void org_name(web_buf *b, const char *id, const char *name, const char *link_cls,
                     const char *words_cls)
{
	if (id) {
		web_puts(b, "<a");
		if (link_cls)
			web_printf(b, " class=\"%s\"", link_cls);
		web_puts(b, " href=\"/companies/");
		html_url(b, id);
		web_puts(b, "\">");
		html_text(b, name);
		web_puts(b, "</a>");
	} else {
		web_printf(b, "<span class=\"%s unlinked\" title=\"the source's words;"
		              " not in the registry\">", words_cls);
		html_text(b, name);
		web_puts(b, "</span>");
	}
}

static void claim_summary(web_buf *b, const rcp_claim *c)
{
	web_puts(b, "<p class=\"what\">");
	org_name(b, c->company, c->company_name, NULL, "company");
	web_puts(b, " <span class=\"rel\">");
	html_text(b, c->relation);
	web_puts(b, "</span>");
	if (c->counterparty_name) {
		web_puts(b, " \xE2\x86\x92 ");
		org_name(b, c->counterparty, c->counterparty_name, "party", "party");
	}
	if (c->category) {
		web_puts(b, " <span class=\"tag\">");
		html_text(b, c->category);
		web_puts(b, "</span>");
	}
	if (c->has_amount) {
		web_puts(b, " <span class=\"amount\">");
		web_amount(b, c->amount, c->currency);
		web_puts(b, "</span>");
	}
	if (c->year)
		web_printf(b, " <span class=\"year\">\xC2\xB7 %d</span>", c->year);
	if (c->confidence > 0)
		web_printf(b, " <span class=\"conf\">confidence %.2f</span>", c->confidence);
	web_puts(b, "</p>");
}

static void edit_form(web_req *r, review_walk *w, const rcp_claim *c)
{
	web_buf *b = &r->out;
	web_puts(b, "<details class=\"edit\"><summary>Edit <kbd>e</kbd></summary>");
	claim_form(r, w, c, NULL);
	web_puts(b, "<input type=\"hidden\" name=\"action\" value=\"edit\"><label>Relation ");
	select_of(b, "relation", relations, c->relation, NULL);
	web_puts(b, "</label><label>Category ");
	select_of(b, "category", web_categories, c->category, "none");
	web_puts(b, "</label><label>Amount <input name=\"amount\" inputmode=\"decimal\" size=\"12\""
	            " placeholder=\"none\" value=\"");
	if (c->has_amount) {
		char a[48];
		rcp_amount_format(c->amount, c->currency, a, sizeof a);
		html_attr(b, a);
	}
	web_puts(b, "\"></label><label>Currency <input name=\"currency\" size=\"3\" maxlength=\"3\""
	            " value=\"");
	html_attr(b, c->currency);
	web_puts(b, "\"></label><label>Year <input name=\"year\" inputmode=\"numeric\" size=\"4\""
	            " maxlength=\"4\" placeholder=\"none\" value=\"");
	if (c->year)
		web_printf(b, "%d", c->year);
	/* the counterparty: a registry id or name links it; other words must be
	 * the source's own and stay unlinked; "none" removes it */
	const char *party = c->counterparty ? c->counterparty : c->counterparty_name;
	web_puts(b, "\"></label><label class=\"wide\">Counterparty <input name=\"counterparty\""
	            " size=\"32\" placeholder=\"registry id or name, or the source's words\" value=\"");
	html_attr(b, party);
	web_puts(b, "\"><input type=\"hidden\" name=\"counterparty_was\" value=\"");
	html_attr(b, party);
	web_puts(b, "\"></label><label class=\"wide\">Quote ");
	span_select(b, &w->tc, c);
	web_puts(b, "</label><button type=\"submit\">Save</button></form></details>");
}

/* An unlinked company: link it to an entity (an id or a name), or add the
 * source's words as a new company, in one post. */
static void link_form(web_req *r, review_walk *w, const rcp_claim *c)
{
	web_buf *b = &r->out;
	claim_form(r, w, c, "link");
	web_puts(b, "<p class=\"unlinked-note\">The company is the source's words, not in the"
	            " registry: link it or add it before accepting.</p>"
	            "<label>Link to <input name=\"company\" size=\"24\""
	            " placeholder=\"registry id or name\"></label>"
	            "<button type=\"submit\" name=\"action\" value=\"link\">Link</button>"
	            " <button type=\"submit\" name=\"action\" value=\"add_company\""
	            " class=\"add-company\">Add \xE2\x80\x9C");
	html_text(b, c->company_name);
	web_puts(b, "\xE2\x80\x9D as a new company</button></form>");
}

static int review_cb(const rcp_claim *c, void *ctx)
{
	review_walk *w = ctx;
	web_req *r = w->r;
	web_buf *b = &r->out;
	if (w->tc.id != c->source) {
		char ref[32];
		snprintf(ref, sizeof ref, "%lld", (long long)c->source);
		w->tc.text = NULL;
		if (rcp_source_get(r->db, ref, text_cb, &w->tc, NULL) != RCP_OK || !w->tc.text)
			return 0;
	}
	w->n++;
	web_printf(b, "<article class=\"claim-card\" tabindex=\"0\" id=\"r%lld\" data-id=\"%lld\">",
	           (long long)c->id, (long long)c->id);
	claim_summary(b, c);
	web_puts(b, "<p class=\"context\">");
	context(b, w->tc.text, w->tc.len, c->start, c->end);
	web_puts(b, "</p><p class=\"meta\">source: <a href=\"/sources/");
	html_url(b, c->source_sha256);
	web_printf(b, "#claim-%lld\">", (long long)c->id);
	html_text(b, c->source_title ? c->source_title : c->source_sha256);
	web_puts(b, "</a></p>");
	claim_form(r, w, c, "decide");
	/* an unlinked company is never accepted: the button waits for the link */
	web_puts(b, c->company ? "<button type=\"submit\" name=\"action\" value=\"accept\""
	                         " class=\"accept\">Accept <kbd>a</kbd></button>"
	                       : "<button type=\"submit\" name=\"action\" value=\"accept\""
	                         " class=\"accept\" disabled title=\"link the company first\">"
	                         "Accept <kbd>a</kbd></button>");
	web_puts(b, "<button type=\"submit\" name=\"action\" value=\"reject\" class=\"reject\">"
	            "Reject <kbd>r</kbd></button></form>");
	if (!c->company)
		link_form(r, w, c);
	edit_form(r, w, c);
	web_puts(b, "</article>\n");
	return 0;
}

/* The queue's filters, read and checked from the query string. */
typedef struct review_query {
	const char *company, *lang, *category;
	int unlinked;           /* only claims whose company is the source's words */
	double min_confidence;
	const char *confidence; /* as given */
	long page;              /* from 1 */
} review_query;

static int review_query_read(web_req *r, review_query *q)
{
	memset(q, 0, sizeof *q);
	q->page = 1;
	const char *v;
	if ((v = web_query(r, "company")) && *v) {
		if (!rcp_id_valid(v)) {
			web_error(r, 400, "invalid company", v);
			return 0;
		}
		q->company = v;
	}
	if ((v = web_query(r, "lang")) && *v) {
		if (strlen(v) < 2 || strlen(v) > 3 || strspn(v, "abcdefghijklmnopqrstuvwxyz") != strlen(v)) {
			web_error(r, 400, "invalid language", "a two- or three-letter code");
			return 0;
		}
		q->lang = v;
	}
	if ((v = web_query(r, "category")) && *v) {
		if (!web_category_valid(v)) {
			web_error(r, 400, "invalid category", v);
			return 0;
		}
		q->category = v;
	}
	if ((v = web_query(r, "unlinked")) && *v) {
		if (strcmp(v, "1")) {
			web_error(r, 400, "invalid unlinked", "1, or leave it out");
			return 0;
		}
		q->unlinked = 1;
	}
	if ((v = web_query(r, "confidence")) && *v) {
		char *end;
		q->min_confidence = strtod(v, &end);
		if (*end || !(q->min_confidence >= 0 && q->min_confidence <= 1)) {
			web_error(r, 400, "invalid confidence", "a number from 0 to 1");
			return 0;
		}
		q->confidence = v;
	}
	if ((v = web_query(r, "page")) && *v) {
		char *end;
		q->page = strtol(v, &end, 10);
		if (*end || q->page < 1 || q->page > 1000000) {
			web_error(r, 400, "invalid page", v);
			return 0;
		}
	}
	return 1;
}

/* "name=value&" onto a URL, when there is a value. */
static void url_param(web_buf *u, const char *name, const char *value)
{
	if (!value)
		return;
	web_printf(u, "%s=", name);
	html_url(u, value);
	web_puts(u, "&");
}

/* The queue's URL for page (its filters kept), into the request's arena. */
static const char *review_url(web_req *r, const review_query *q, long page)
{
	web_buf u = {0};
	web_puts(&u, "/review?");
	url_param(&u, "company", q->company);
	url_param(&u, "lang", q->lang);
	url_param(&u, "category", q->category);
	url_param(&u, "confidence", q->confidence);
	if (q->unlinked)
		web_puts(&u, "unlinked=1&");
	web_printf(&u, "page=%ld", page);
	const char *s = web_strndup(&r->arena, u.data ? u.data : "/review", u.len);
	web_buf_release(&u);
	return s;
}

static void filter_form(web_req *r, const review_query *q)
{
	static const char *const langs[] = {"en", "fr", "es", "de", NULL};
	web_buf *b = &r->out;
	web_puts(b, "<form class=\"filters\" method=\"get\" action=\"/review\">"
	            "<label>Company <input name=\"company\" size=\"16\" placeholder=\"id\" value=\"");
	html_attr(b, q->company);
	web_puts(b, "\"></label><label>Language <select name=\"lang\"><option value=\"\">any</option>");
	options_of(b, langs, q->lang);
	web_puts(b, "</select></label><label>Category <select name=\"category\">"
	            "<option value=\"\">any</option>");
	options_of(b, web_categories, q->category);
	web_puts(b, "</select></label><label>Confidence at least <input name=\"confidence\""
	            " inputmode=\"decimal\" size=\"4\" placeholder=\"0\" value=\"");
	html_attr(b, q->confidence);
	web_printf(b, "\"></label><label>Unlinked companies only <input type=\"checkbox\""
	              " name=\"unlinked\" value=\"1\"%s></label>", q->unlinked ? " checked" : "");
	web_puts(b, "<button type=\"submit\">Filter</button></form>");
}

static void pager(web_req *r, const review_query *q, int64_t total)
{
	web_buf *b = &r->out;
	long pages = (long)((total + REVIEW_PAGE - 1) / REVIEW_PAGE);
	if (pages <= 1)
		return;
	web_puts(b, "<nav class=\"pager\" aria-label=\"pages\">");
	if (q->page > 1) {
		web_puts(b, "<a rel=\"prev\" href=\"");
		html_attr(b, review_url(r, q, q->page - 1));
		web_puts(b, "\">\xE2\x86\x90 Previous</a> ");
	}
	web_printf(b, "<span>page %ld of %ld</span>", q->page, pages);
	if (q->page < pages) {
		web_puts(b, " <a rel=\"next\" href=\"");
		html_attr(b, review_url(r, q, q->page + 1));
		web_puts(b, "\">Next \xE2\x86\x92</a>");
	}
	web_puts(b, "</nav>");
}

void page_review(web_req *r)
{
	review_query q;
	if (!review_query_read(r, &q))
		return;
	web_buf *b = &r->out;
	rcp_claim_filter f = {.status = "candidate", .company = q.company, .lang = q.lang,
	                      .category = q.category, .min_confidence = q.min_confidence,
	                      .limit = REVIEW_PAGE, .offset = (q.page - 1) * REVIEW_PAGE,
	                      .unlinked = q.unlinked};
	rcp_error err;
	rcp_error_clear(&err);
	int64_t total;
	if (rcp_claim_count(r->db, &f, &total, &err) != RCP_OK) {
		web_error_rcp(r, &err);
		return;
	}
	page_begin(r, "Review");
	web_puts(b, "<h1>Candidate claims</h1><p class=\"help\">Keyboard: <kbd>j</kbd>/<kbd>k</kbd>"
	            " next/previous, <kbd>a</kbd> accept, <kbd>r</kbd> reject, <kbd>e</kbd> edit."
	            " Accepted claims appear on the company's profile at once.</p>");
	filter_form(r, &q);
	int64_t first = (q.page - 1) * REVIEW_PAGE + 1, last = first + REVIEW_PAGE - 1;
	if (last > total)
		last = total;
	if (total > 0 && first <= total)
		web_printf(b, "<p class=\"count\">%lld\xE2\x80\x93%lld of %lld candidates</p>",
		           (long long)first, (long long)last, (long long)total);
	review_walk w = {.r = r, .tc = {.id = -1, .a = &r->arena}, .back = review_url(r, &q, q.page)};
	web_puts(b, "<div class=\"queue\">");
	if (rcp_claim_each(r->db, &f, review_cb, &w, &err) != RCP_OK) {
		web_error_rcp(r, &err);
		return;
	}
	if (!w.n)
		web_puts(b, total ? "<p class=\"empty\">No candidates on this page.</p>"
		                  : "<p class=\"empty\">Nothing to review.</p>");
	web_puts(b, "</div>");
	pager(r, &q, total);
	page_end(r);
}

/* Where to go after a decision: the queue page the form came from, when it
 * is one (anything else is not ours to redirect to). */
static const char *review_back(web_req *r)
{
	const char *back = web_form(r, "back");
	if (!back || strncmp(back, "/review?", 8) || strlen(back) > 512 ||
	    strpbrk(back, "\r\n\\\"<> ") || strstr(back, "//"))
		return "/review";
	return back;
}

/* The edit form's counterparty into e: unchanged, none, a registry entity
 * (by id or name), or the source's words. 0 with an error page written. */
static int edit_counterparty(web_req *r, rcp_claim_edit *e, char id[129])
{
	const char *party = web_form(r, "counterparty"), *was = web_form(r, "counterparty_was");
	if (!party || !strcmp(party, was ? was : ""))
		return 1;
	if (!*party || !strcmp(party, "none")) {
		e->clear_counterparty = 1;
		return 1;
	}
	rcp_error err;
	rcp_error_clear(&err);
	rcp_status st = rcp_entity_find(r->db, party, id, &err);
	if (st == RCP_OK) {
		e->counterparty = id;
		return 1;
	}
	if (st != RCP_ENOTFOUND) {
		web_error_rcp(r, &err);
		return 0;
	}
	e->counterparty_text = party; /* the library checks the source has them */
	return 1;
}

/* "123-456" into [*start, *end). */
static int parse_span(const char *s, int64_t *start, int64_t *end)
{
	char *p, *q;
	long long a = strtoll(s, &p, 10);
	if (p == s || *p != '-')
		return 0;
	long long z = strtoll(p + 1, &q, 10);
	if (q == p + 1 || *q || a < 0 || z <= a)
		return 0;
	*start = a;
	*end = z;
	return 1;
}

/* Read the edit form into e; 0 with an error page written. */
static int edit_read(web_req *r, rcp_claim_edit *e, char id[129])
{
	const char *rel = web_form(r, "relation"), *cat = web_form(r, "category");
	const char *amount = web_form(r, "amount"), *cur = web_form(r, "currency");
	const char *year = web_form(r, "year"), *span = web_form(r, "span");
	if (rel && *rel)
		e->relation = rel;
	if (cat && !strcmp(cat, "none"))
		e->clear_category = 1;
	else if (cat && *cat)
		e->category = cat;
	if (amount && (!*amount || !strcmp(amount, "none"))) {
		e->set_amount = 2;
	} else if (amount) {
		if (!cur || rcp_amount_parse(amount, cur, &e->amount) != RCP_OK) {
			web_error(r, 400, "invalid amount", "digits with an optional decimal point, and a currency");
			return 0;
		}
		e->set_amount = 1;
		e->currency = cur;
	}
	if (year) {
		char *end;
		long y = strtol(year, &end, 10);
		if (!*year || !strcmp(year, "none")) {
			e->set_year = 1;
			e->year = 0;
		} else if (*end || y < 1800 || y > 2200) {
			web_error(r, 400, "invalid year", "four digits, or empty for none");
			return 0;
		} else {
			e->set_year = 1;
			e->year = (int)y;
		}
	}
	if (span && *span) {
		if (!parse_span(span, &e->start, &e->end)) {
			web_error(r, 400, "invalid span", "START-END byte offsets in the source");
			return 0;
		}
		e->set_span = 1;
	}
	return edit_counterparty(r, e, id);
}

void post_review(web_req *r)
{
	char *end;
	long long id = strtoll(r->tail, &end, 10);
	if (*end || id <= 0) {
		web_error(r, 404, "no such claim", r->tail);
		return;
	}
	const char *action = web_form(r, "action");
	rcp_error err;
	rcp_error_clear(&err);
	rcp_status st;
	if (action && (!strcmp(action, "accept") || !strcmp(action, "reject") ||
	               !strcmp(action, "reopen"))) {
		const char *status = !strcmp(action, "accept") ? "accepted"
		                     : !strcmp(action, "reject") ? "rejected" : "candidate";
		st = rcp_claim_review(r->db, id, status, &err);
	} else if (action && !strcmp(action, "link")) {
		/* the unlinked company to an entity, by id or name */
		const char *company = web_form(r, "company");
		char cid[129];
		if (!company || !*company) {
			web_error(r, 400, "no company", "a registry id or name to link the claim to");
			return;
		}
		st = rcp_entity_find(r->db, company, cid, &err);
		if (st == RCP_OK) {
			rcp_claim_edit e = {.company = cid};
			st = rcp_claim_edit_apply(r->db, id, &e, &err);
		}
	} else if (action && !strcmp(action, "add_company")) {
		char cid[129];
		st = rcp_claim_add_company(r->db, id, cid, &err);
	} else if (action && !strcmp(action, "edit")) {
		rcp_claim_edit e = {0};
		char party[129];
		if (!edit_read(r, &e, party))
			return;
		st = rcp_claim_edit_apply(r->db, id, &e, &err);
	} else {
		web_error(r, 400, "invalid action", "use accept, reject, reopen, edit, link or add_company");
		return;
	}
	if (st != RCP_OK) {
		web_error_rcp(r, &err);
		return;
	}
	web_redirect(r, review_back(r));
}
