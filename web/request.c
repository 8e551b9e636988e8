/*
 * request.c — a request as a handler reads and answers it: its query
 * parameters, form fields and cookies, the caller's role, a redirect.
 * The pages, the API and the static site (publish.c, with no connection)
 * all go through these; the daemon (server.c) fills the request in.
 */
#include <microhttpd.h>
#include <string.h>

#include "web.h"

const char *web_query(web_req *r, const char *name)
{
	if (!r->conn) { /* a page drawn for the static site (publish.c) */
		for (size_t i = 0; i < r->nquery; i++)
			if (!strcmp(r->query[i].name, name))
				return r->query[i].value;
		return NULL;
	}
	return MHD_lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND, name);
}

const web_field *web_form_field(web_req *r, const char *name)
{
	for (size_t i = 0; i < r->nform; i++)
		if (!strcmp(r->form[i].name, name))
			return &r->form[i];
	return NULL;
}

const char *web_form(web_req *r, const char *name)
{
	const web_field *f = web_form_field(r, name);
	return f ? f->value : NULL;
}

int web_can(web_req *r, rcp_role role)
{
	return r->sess.role >= role;
}

void web_redirect(web_req *r, const char *path)
{
	r->status = 303;
	r->location = path;
	r->ctype = "text/plain; charset=utf-8";
	web_puts(&r->out, "see other\n");
}

const char *web_cookie(web_req *r, const char *name)
{
	return r->conn ? MHD_lookup_connection_value(r->conn, MHD_COOKIE_KIND, name) : NULL;
}

const char *web_session_cookie(web_req *r)
{
	return r->conn ? MHD_lookup_connection_value(r->conn, MHD_COOKIE_KIND, "rcp_session") : NULL;
}
