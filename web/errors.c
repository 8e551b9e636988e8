/*
 * errors.c — the error answer: JSON under /api/, else a page in the
 * frame (pages.c) with the status, what went wrong and its detail. The
 * daemon (server.c) answers with it before any handler runs, and every
 * handler when its request cannot be served.
 */
#include <stdlib.h>
#include <string.h>

#include "web.h"

void web_error(web_req *r, int status, const char *what, const char *detail)
{
	r->status = status;
	r->out.len = 0;
	if (r->out.data)
		r->out.data[0] = '\0';
	r->cacheable = 0;
	if (r->url && !strncmp(r->url, "/api/", 5)) {
		json_t *o = json_pack("{s:i, s:s, s:s?}", "code", status, "error", what, "detail", detail);
		web_send_json(r, o, JSON_COMPACT);
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

/* err as web_error's status and detail, under the heading what. */
static void error_rcp(web_req *r, const rcp_error *err, const char *what)
{
	char line[1200];
	rcp_error_format(err, line, sizeof line);
	web_error(r, rcp_status_http(err->code), what, line);
}

void web_error_rcp(web_req *r, const rcp_error *err)
{
	error_rcp(r, err, rcp_status_message(err->code));
}

void web_api_error_rcp(web_req *r, const rcp_error *err)
{
	error_rcp(r, err, rcp_status_name(err->code));
}
