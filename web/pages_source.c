/*
 * pages_source.c — /sources/{sha256}: a source's metadata and its text with
 * the claims and mentions marked (marked.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"

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
	ms->v = web_grow(ms->a, ms->v, ms->n, &ms->cap, sizeof *ms->v, 32);
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
	/* a note written for this database cites its source in its header:
	 * say so, so it is not read as the cited publisher's own text */
	int note = s->text && rcp_text_is_note(s->text, (size_t)s->text_len);
	page_begin(r, s->title ? s->title : s->sha256);
	web_puts(b, "<article class=\"source\"><header><p class=\"kicker\">");
	html_text(b, note ? "note" : s->kind);
	web_puts(b, "</p><h1>");
	html_text(b, s->title ? s->title : "(untitled)");
	web_puts(b, "</h1>");
	if (note)
		web_puts(b, "<p class=\"note-notice\" role=\"note\">A note written for this database that"
		            " summarises the source it cites. It is not that publisher's text; its"
		            " quotes are the note's own words.</p>");
	web_puts(b, "</header><dl class=\"facts\">");
	fact(b, note ? "Cites" : "Publisher", s->publisher);
	fact(b, note ? "Cited source published" : "Published", s->published);
	fact(b, "Language", s->lang);
	if (s->url) {
		web_puts(b, note ? "<div><dt>Cited source</dt><dd class=\"url\">"
		                 : "<div><dt>URL</dt><dd class=\"url\">");
		if (rcp_url_is_http(s->url)) {
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
		if (!strcmp(web_jstr(c, "status"), "rejected"))
			continue;
		if (!shown++)
			web_puts(b, "<section class=\"source-claims\"><h2>Claims quoting this source</h2><ul>");
		web_printf(b, "<li><a href=\"#claim-%lld\">", (long long)web_jint(c, "id"));
		html_text(b, web_jstr(c, "company_name"));
		web_puts(b, " ");
		html_text(b, web_jstr(c, "relation"));
		if (web_jstr(c, "counterparty_name")) {
			web_puts(b, " ");
			html_text(b, web_jstr(c, "counterparty_name"));
		}
		web_puts(b, "</a>");
		if (strcmp(web_jstr(c, "status"), "accepted")) {
			web_puts(b, " <span class=\"status\">");
			html_text(b, web_jstr(c, "status"));
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
	web_marked_text(b, &r->arena, s->text ? s->text : "", s->text ? s->text_len : 0, ms.v, ms.n);
	web_puts(b, "</div></section></article>");
	page_end(r);
	return 1;
}

void page_source(web_req *r)
{
	if (!web_hex64(r->tail)) {
		web_error(r, 404, "no such source", "a source is named by the 64 hex digits of its sha256");
		return;
	}
	source_page sp = {.r = r};
	rcp_error err;
	rcp_error_clear(&err);
	if (rcp_source_get(r->db, r->tail, source_cb, &sp, &err) != RCP_OK && !sp.found)
		web_error_rcp(r, &err);
}
