/*
 * request.c — a request as a handler reads and answers it: its query
 * parameters, form fields and cookies, the caller's role and address, a
 * redirect, the cookies it sets.
 * The pages, the API and the static site (publish.c, with no connection)
 * all go through these; the daemon (server.c) fills the request in.
 */
#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

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

void web_send_json(web_req *r, json_t *v, size_t flags)
{
	char *s = json_dumps(v, flags);
	json_decref(v);
	r->ctype = "application/json";
	web_puts(&r->out, s);
	web_puts(&r->out, "\n");
	free(s);
}

const char *web_cookie(web_req *r, const char *name)
{
	return r->conn ? MHD_lookup_connection_value(r->conn, MHD_COOKIE_KIND, name) : NULL;
}

const char *web_session_cookie(web_req *r)
{
	return r->conn ? MHD_lookup_connection_value(r->conn, MHD_COOKIE_KIND, "rcp_session") : NULL;
}

/* An address as the login throttle keys it: IPv4 as it is, IPv6 folded
 * to its /64 (one host usually holds a whole /64). */
static void address_key(int family, const void *addr, char *out, size_t cap)
{
	char text[INET6_ADDRSTRLEN];
	if (family == AF_INET6) {
		unsigned char a6[16];
		memcpy(a6, addr, 16);
		memset(a6 + 8, 0, 8);
		inet_ntop(AF_INET6, a6, text, sizeof text);
		snprintf(out, cap, "%s/64", text);
	} else {
		inet_ntop(AF_INET, addr, text, sizeof text);
		snprintf(out, cap, "%s", text);
	}
}

/* The client's address: the peer's, or behind a proxy we were told to
 * trust (--trust-proxy), the last entry of X-Forwarded-For, the one that
 * proxy appended (entries before it are the client's word, not proof). */
static void client_name(web_req *r, char *out, size_t cap)
{
	struct MHD_Connection *c = r->conn;
	snprintf(out, cap, "?");
	if (r->cfg->trust_proxy) {
		const char *xff = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "X-Forwarded-For");
		if (xff) {
			const char *last = strrchr(xff, ',');
			last = last ? last + 1 : xff;
			while (*last == ' ' || *last == '\t')
				last++;
			char one[INET6_ADDRSTRLEN + 1];
			size_t n = strcspn(last, " \t");
			unsigned char bin[16];
			if (n < sizeof one) {
				memcpy(one, last, n);
				one[n] = '\0';
				if (inet_pton(AF_INET, one, bin) == 1) {
					address_key(AF_INET, bin, out, cap);
					return;
				}
				if (inet_pton(AF_INET6, one, bin) == 1) {
					address_key(AF_INET6, bin, out, cap);
					return;
				}
			}
		}
	}
	const union MHD_ConnectionInfo *ci =
		MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	if (!ci || !ci->client_addr)
		return;
	const struct sockaddr *sa = ci->client_addr;
	if (sa->sa_family == AF_INET)
		address_key(AF_INET, &((const struct sockaddr_in *)(const void *)sa)->sin_addr, out, cap);
	else if (sa->sa_family == AF_INET6)
		address_key(AF_INET6, &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr, out,
		            cap);
}

void web_set_cookie(web_req *r, const char *name, const char *value, const char *path,
                    long max_age)
{
	for (int i = 0; i < WEB_COOKIES; i++) {
		if (r->set_cookie[i])
			continue;
		char age[32] = "";
		if (max_age >= 0)
			snprintf(age, sizeof age, "; Max-Age=%ld", max_age);
		r->set_cookie[i] = web_sprintf(&r->arena, "%s=%s; Path=%s; HttpOnly; SameSite=Strict%s%s",
		                               name, value, path, age,
		                               r->cfg->secure_cookies ? "; Secure" : "");
		return;
	}
}

void web_login_client(web_req *r, char *out, size_t cap)
{
	client_name(r, out, cap);
}
