/*
 * pages_review.c — the pages that write: review of candidate claims (for
 * editors), login and logout.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"


static const char *const relations[] = {
	"supplies", "contract", "acquired", "invested", "divested", "partnered", "owns",
	"restricted", NULL,
};
static const char *const categories[] = {
	"military", "occupation", "borders", "prisons", "policing", "surveillance", NULL,
};

/* ------------------------------------------------------------------ */
/* Review                                                              */
/* ------------------------------------------------------------------ */

typedef struct text_cache {
	int64_t id;
	char *text;
	int64_t len;
	web_arena *a;
} text_cache;

static int text_cb(const rcp_source *s, void *ctx)
{
	text_cache *tc = ctx;
	tc->id = s->id;
	tc->len = s->text_len;
	tc->text = web_strndup(tc->a, s->text ? s->text : "", (size_t)s->text_len);
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

static void select_of(web_buf *b, const char *name, const char *const *opts, const char *cur,
                      const char *none_label)
{
	web_printf(b, "<select name=\"%s\">", name);
	if (none_label)
		web_printf(b, "<option value=\"none\"%s>%s</option>", cur ? "" : " selected", none_label);
	for (int i = 0; opts[i]; i++)
		web_printf(b, "<option%s>%s</option>", cur && !strcmp(cur, opts[i]) ? " selected" : "",
		           opts[i]);
	web_puts(b, "</select>");
}

typedef struct review_walk {
	web_req *r;
	text_cache tc;
	int n;
} review_walk;

static void csrf_field(web_req *r)
{
	web_puts(&r->out, "<input type=\"hidden\" name=\"csrf\" value=\"");
	html_attr(&r->out, r->csrf);
	web_puts(&r->out, "\">");
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
	web_puts(b, "<p class=\"what\"><a href=\"/companies/");
	html_url(b, c->company);
	web_puts(b, "\">");
	html_text(b, c->company_name);
	web_puts(b, "</a> <span class=\"rel\">");
	html_text(b, c->relation);
	web_puts(b, "</span>");
	if (c->counterparty_name) {
		/* an entity's name, or the source's words for a body the
		 * registry does not hold */
		web_puts(b, " \xE2\x86\x92 ");
		html_text(b, c->counterparty_name);
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
		web_printf(b, " \xC2\xB7 %d", c->year);
	if (c->confidence > 0)
		web_printf(b, " <span class=\"conf\">confidence %.2f</span>", c->confidence);
	web_puts(b, "</p>");
	web_puts(b, "<p class=\"context\">");
	context(b, w->tc.text, w->tc.len, c->start, c->end);
	web_puts(b, "</p><p class=\"meta\">source: <a href=\"/sources/");
	html_url(b, c->source_sha256);
	web_printf(b, "#claim-%lld\">", (long long)c->id);
	html_text(b, c->source_title ? c->source_title : c->source_sha256);
	web_puts(b, "</a></p>");
	web_printf(b, "<form class=\"decide\" method=\"post\" action=\"/review/%lld\">",
	           (long long)c->id);
	csrf_field(r);
	web_puts(b, "<button type=\"submit\" name=\"action\" value=\"accept\" class=\"accept\">"
	            "Accept <kbd>a</kbd></button>"
	            "<button type=\"submit\" name=\"action\" value=\"reject\" class=\"reject\">"
	            "Reject <kbd>r</kbd></button></form>");
	web_printf(b, "<details class=\"edit\"><summary>Edit <kbd>e</kbd></summary>"
	              "<form method=\"post\" action=\"/review/%lld\">", (long long)c->id);
	csrf_field(r);
	web_puts(b, "<input type=\"hidden\" name=\"action\" value=\"edit\"><label>Relation ");
	select_of(b, "relation", relations, c->relation, NULL);
	web_puts(b, "</label><label>Category ");
	select_of(b, "category", categories, c->category, "none");
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
	web_puts(b, "\"></label><button type=\"submit\">Save</button></form></details></article>\n");
	return 0;
}

void page_review(web_req *r)
{
	const char *company = web_query(r, "company");
	if (company && !web_slug_valid(company)) {
		web_error(r, 400, "invalid company", company);
		return;
	}
	web_buf *b = &r->out;
	page_begin(r, "Review");
	web_puts(b, "<h1>Candidate claims</h1><p class=\"help\">Keyboard: <kbd>j</kbd>/<kbd>k</kbd>"
	            " next/previous, <kbd>a</kbd> accept, <kbd>r</kbd> reject, <kbd>e</kbd> edit."
	            " Accepted claims appear on the company's profile at once.</p>");
	const char *flash = NULL;
	(void)flash;
	review_walk w = {.r = r, .tc = {.id = -1, .a = &r->arena}};
	rcp_claim_filter f = {.status = "candidate", .company = company, .limit = 50};
	rcp_error err;
	rcp_error_clear(&err);
	web_puts(b, "<div class=\"queue\">");
	if (rcp_claim_each(r->db, &f, review_cb, &w, &err) != RCP_OK) {
		web_error_rcp(r, &err);
		return;
	}
	if (!w.n)
		web_puts(b, "<p class=\"empty\">Nothing to review.</p>");
	web_puts(b, "</div>");
	page_end(r);
}

/* "12.5" in currency cur to minor units; 0 on bad input (base/amount.c). */
static int parse_amount(const char *s, const char *cur, int64_t *minor)
{
	return rcp_amount_parse(s, cur, minor) == RCP_OK;
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
	} else if (action && !strcmp(action, "edit")) {
		rcp_claim_edit e = {0};
		const char *rel = web_form(r, "relation"), *cat = web_form(r, "category");
		const char *amount = web_form(r, "amount"), *cur = web_form(r, "currency");
		if (rel && *rel)
			e.relation = rel;
		if (cat && !strcmp(cat, "none"))
			e.clear_category = 1;
		else if (cat && *cat)
			e.category = cat;
		if (amount && (!*amount || !strcmp(amount, "none"))) {
			e.set_amount = 2;
		} else if (amount) {
			if (!cur || !parse_amount(amount, cur, &e.amount)) {
				web_error(r, 400, "invalid amount", "digits with an optional decimal point, and a currency");
				return;
			}
			e.set_amount = 1;
			e.currency = cur;
		}
		st = rcp_claim_edit_apply(r->db, id, &e, &err);
	} else {
		web_error(r, 400, "invalid action", "use accept, reject, reopen or edit");
		return;
	}
	if (st != RCP_OK) {
		web_error_rcp(r, &err);
		return;
	}
	web_redirect(r, "/review");
}

/* ------------------------------------------------------------------ */
/* Login and logout                                                    */
/* ------------------------------------------------------------------ */

static void login_form(web_req *r, const char *message, const char *name)
{
	web_buf *b = &r->out;
	page_begin(r, "Log in");
	web_puts(b, "<section class=\"login\"><h1>Log in</h1>");
	if (message) {
		web_puts(b, "<p class=\"error\" role=\"alert\">");
		html_text(b, message);
		web_puts(b, "</p>");
	}
	web_puts(b, "<form method=\"post\" action=\"/login\">");
	csrf_field(r);
	web_puts(b, "<label>Name <input name=\"name\" autocomplete=\"username\" required value=\"");
	html_attr(b, name);
	web_puts(b, "\"></label><label>Password <input name=\"password\" type=\"password\""
	            " autocomplete=\"current-password\" required></label>"
	            "<button type=\"submit\">Log in</button></form></section>");
	page_end(r);
}

void page_login(web_req *r)
{
	if (r->public_mode) {
		web_error(r, 404, "not found", "this server is public and read-only");
		return;
	}
	login_form(r, NULL, NULL);
}

void post_login(web_req *r)
{
	const char *name = web_form(r, "name"), *pw = web_form(r, "password");
	char client[64];
	web_login_client(r, client, sizeof client);
	rcp_session s;
	rcp_error err;
	rcp_error_clear(&err);
	/* a browser that logged in to this account before brings its device
	 * cookie: an attack on the account does not lock it out */
	rcp_status st = rcp_session_login_device(r->db, name ? name : "", pw ? pw : "", client,
	                                         web_cookie(r, "rcp_device"), &s, &err);
	if (st == RCP_EBUSY) {
		long wait = 0;
		sscanf(err.why, "try again in %ld seconds", &wait);
		r->status = 429;
		r->retry_after = wait > 0 ? wait : 60;
		login_form(r, "Too many failed attempts. Wait a while and try again.", name);
		return;
	}
	if (st == RCP_EPERM) {
		r->status = 401;
		login_form(r, "Wrong name or password.", name);
		return;
	}
	if (st != RCP_OK) {
		web_error_rcp(r, &err);
		return;
	}
	web_set_cookie(r, "rcp_session", s.token, "/", RCP_SESSION_SECONDS);
	web_set_cookie(r, "rcp_csrf", "", "/", 0);
	web_set_cookie(r, "rcp_device", s.device, "/login", RCP_DEVICE_SECONDS);
	web_redirect(r, s.role >= RCP_ROLE_EDITOR ? "/review" : "/");
}

void post_logout(web_req *r)
{
	const char *cookie = NULL;
	if (r->sess.role) {
		rcp_error err;
		rcp_error_clear(&err);
		cookie = web_session_cookie(r);
		if (cookie && rcp_session_logout(r->db, cookie, &err) != RCP_OK) {
			web_error_rcp(r, &err);
			return;
		}
	}
	web_set_cookie(r, "rcp_session", "", "/", 0);
	web_redirect(r, "/");
}
