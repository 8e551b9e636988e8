/*
 * pages_login.c — /login and /logout: the login form (with the throttle's
 * answers) and the session cookies.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"

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
	web_csrf_field(r);
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
