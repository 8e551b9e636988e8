/*
 * server.c — `receipts serve`: the libmicrohttpd daemon, per-request
 * arenas, sessions and CSRF, caps and security headers. The route table is
 * routes.c, the page cache cache.c, the body parsers form.c.
 *
 * Every request walks the same path: the body is read up to a cap (a
 * larger Content-Length is refused before a byte of it is read), the route
 * is found in the table, query parameters the route does not declare are a
 * 400, the session cookie is checked, every POST must carry the CSRF token
 * of its session (or, before login, of its pre-session cookie), and the
 * handler writes r->out. The arena and buffers die in the completed
 * callback.
 *
 * Threads: MHD runs a thread per connection, at most WEB_MAX_CONNECTIONS,
 * WEB_MAX_PER_ADDRESS from one address; a request takes a database handle
 * from a pool of idle ones and gives it back when it completes (SQLite
 * handles serve one thread at a time). At most WEB_MAX_SCREENINGS
 * screening uploads are read and screened at once; others get 503.
 */
#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "cache.h"
#include "form.h"
#include "headers.h"
#include "routes.h"

/* Bodies over this are refused with 413: forms are small. Uploads (a
 * holdings file for screening, to POST /screen or /api/v1/screen) get
 * MAX_UPLOAD: the N-PORT filings of the largest funds run to tens of MB. */
#define MAX_BODY ((size_t)2 << 20)
#define MAX_UPLOAD ((size_t)64 << 20)
/* Anonymous visitors screen files up to this (a large fund's holdings CSV
 * is a few MB); a logged-in user up to MAX_UPLOAD. */
#define MAX_UPLOAD_ANON_MIB 16
#define WEB_STR_(x) #x
#define WEB_STR(x) WEB_STR_(x)
#define MAX_UPLOAD_ANON ((size_t)MAX_UPLOAD_ANON_MIB << 20)
/* The request head: a longer URL is a 414, more header bytes a 431, both
 * answered by us with our headers. libmicrohttpd's own limit (its read
 * buffer, MHD_MEMORY) lies well above, so only a head past it meets
 * libmicrohttpd's bare pages. */
#define MAX_URL 8192
#define MAX_HEADERS 32768
#define MHD_MEMORY (128 * 1024)
/* Pages over this are a bug or an attack; refuse rather than grow. */
#define MAX_OUT ((size_t)64 << 20)

/* ------------------------------------------------------------------ */
/* The server and its per-thread databases                             */
/* ------------------------------------------------------------------ */

struct web_server {
	const web_config *cfg;
	pthread_mutex_t lock;
	/* database handles not in use: a request takes one and gives it back
	 * when it completes (SQLite handles serve one thread at a time) */
	rcp_db *idle[64];
	int nidle;
	int screenings; /* screening uploads being read or screened */
	web_cache *cache; /* anonymous GET pages (cache.c) */
};

static rcp_db *db_take(web_server *s, rcp_error *err)
{
	rcp_db *db = NULL;
	pthread_mutex_lock(&s->lock);
	if (s->nidle)
		db = s->idle[--s->nidle];
	pthread_mutex_unlock(&s->lock);
	return db ? db : rcp_db_open(s->cfg->db_path, 0, err);
}

static void db_give(web_server *s, rcp_db *db)
{
	if (!db)
		return;
	pthread_mutex_lock(&s->lock);
	if (s->nidle < (int)(sizeof s->idle / sizeof s->idle[0])) {
		s->idle[s->nidle++] = db;
		db = NULL;
	}
	pthread_mutex_unlock(&s->lock);
	rcp_db_close(db);
}

/* A slot for a screening upload, taken before its body is read: at most
 * WEB_MAX_SCREENINGS at once, so that uploads can neither hold every core
 * nor fill memory with bodies. */
static int screening_take(web_server *s)
{
	pthread_mutex_lock(&s->lock);
	int ok = s->screenings < WEB_MAX_SCREENINGS;
	if (ok)
		s->screenings++;
	pthread_mutex_unlock(&s->lock);
	return ok;
}

static void screening_give(web_server *s)
{
	pthread_mutex_lock(&s->lock);
	s->screenings--;
	pthread_mutex_unlock(&s->lock);
}

/* ------------------------------------------------------------------ */
/* Request helpers                                                     */
/* ------------------------------------------------------------------ */

typedef struct param_check {
	const char *const *allowed;
	const char *bad;
} param_check;

static enum MHD_Result check_param(void *cls, enum MHD_ValueKind kind, const char *key,
                                   const char *value)
{
	param_check *pc = cls;
	for (const char *const *a = pc->allowed; *a; a++)
		if (!strcmp(*a, key))
			return MHD_YES;
	pc->bad = key;
	return MHD_NO;
}

/* ------------------------------------------------------------------ */
/* Responses                                                           */
/* ------------------------------------------------------------------ */

static enum MHD_Result send_buffer(struct MHD_Connection *c, int status, const char *ctype,
                                   char *data, size_t len, int owned, web_req *r)
{
	struct MHD_Response *resp =
		MHD_create_response_from_buffer(len, data, owned ? MHD_RESPMEM_MUST_FREE
		                                                 : MHD_RESPMEM_MUST_COPY);
	if (!resp)
		return MHD_NO;
	web_security_headers(resp);
	MHD_add_response_header(resp, "Content-Type", ctype);
	if (r) {
		if (r->location)
			MHD_add_response_header(resp, "Location", r->location);
		for (int i = 0; i < WEB_COOKIES; i++)
			if (r->set_cookie[i])
				MHD_add_response_header(resp, "Set-Cookie", r->set_cookie[i]);
		if (r->retry_after > 0) {
			char ra[24];
			snprintf(ra, sizeof ra, "%ld", r->retry_after);
			MHD_add_response_header(resp, "Retry-After", ra);
		}
		if (r->disposition)
			MHD_add_response_header(resp, "Content-Disposition", r->disposition);
		MHD_add_response_header(resp, "Cache-Control",
		                        r->sess.role || r->disposition ? "private, no-store" : "no-cache");
		if (r->sess.role || r->new_csrf_cookie)
			MHD_add_response_header(resp, "Vary", "Cookie");
	}
	enum MHD_Result ret = MHD_queue_response(c, (unsigned)status, resp);
	MHD_destroy_response(resp);
	return ret;
}

static enum MHD_Result send_plain(struct MHD_Connection *c, int status, const char *msg)
{
	return send_buffer(c, status, "text/plain; charset=utf-8", (char *)msg, strlen(msg), 0, NULL);
}

/* ------------------------------------------------------------------ */
/* The request                                                         */
/* ------------------------------------------------------------------ */

static enum MHD_Result form_values_utf8(void *cls, enum MHD_ValueKind kind, const char *key,
                                        const char *value)
{
	int *ok = cls;
	if (!web_utf8_valid(key, strlen(key)) || (value && !web_utf8_valid(value, strlen(value)))) {
		*ok = 0;
		return MHD_NO;
	}
	return MHD_YES;
}

static enum MHD_Result dispatch(web_server *s, web_req *r, struct MHD_Connection *c,
                                const char *url, const char *method)
{
	const char *tail = NULL;
	int path_ok = 0;
	const web_route *rt = web_route_find(method, url, &tail, &path_ok);
	r->url = url;
	r->method = method;
	r->public_mode = s->cfg->public_mode;
	r->out.max = MAX_OUT;
	r->ctype = "text/html; charset=utf-8";
	r->status = 200;
	if (!rt) {
		if (path_ok)
			return send_plain(c, 405, "method not allowed\n");
		r->status = 404;
		web_error(r, 404, "not found", url);
		goto send;
	}
	r->tail = tail;
	param_check pc = {rt->params, NULL};
	MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, check_param, &pc);
	if (pc.bad) {
		web_error(r, 400, "unknown query parameter", pc.bad);
		goto send;
	}
	/* the path and parameters as decoded: a %00 decodes to bytes that are
	 * not UTF-8 (unescape below), so it is refused here, not cut short */
	int utf8 = 1;
	MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, form_values_utf8, &utf8);
	if (!utf8 || !web_utf8_valid(url, strlen(url))) {
		web_error(r, 400, "invalid request", "the path and parameters must be UTF-8 without NUL");
		goto send;
	}

	/* the page cache, for anonymous readers of accepted data only */
	const char *cookie = MHD_lookup_connection_value(c, MHD_COOKIE_KIND, "rcp_session");
	const char *pre = MHD_lookup_connection_value(c, MHD_COOKIE_KIND, "rcp_csrf");
	int anon_get = !strcmp(rt->method, "GET") && !cookie &&
	               !(rt->flags & (ROUTE_NOCACHE | ROUTE_ANON_FORM)) &&
	               rt->role == RCP_ROLE_NONE;
	const char *key = anon_get ? web_cache_key(c, url, &r->arena) : NULL;
	enum MHD_Result cached;
	if (key && web_cache_get(s->cache, key, c, &cached))
		return cached;

	rcp_error err;
	rcp_error_clear(&err);
	r->db = db_take(s, &err);
	if (!r->db) {
		web_error_rcp(r, &err);
		goto send;
	}
	rcp_db_set_actor(r->db, "web");
	if (cookie && !s->cfg->public_mode && rcp_session_check(r->db, cookie, &r->sess, NULL) == RCP_OK) {
		r->csrf = r->sess.csrf;
		rcp_db_set_actor(r->db, r->sess.name);
	} else {
		memset(&r->sess, 0, sizeof r->sess);
		if (cookie) /* stale: drop it */
			web_set_cookie(r, "rcp_session", "", "/", 0);
		if (rcp_csrf_valid(pre)) {
			/* a pre-session token this server issued, not any value a
			 * client echoes in both places */
			r->csrf = web_strdup(&r->arena, pre);
		} else if (rt->flags & ROUTE_ANON_FORM) {
			/* anonymous forms: their token travels in a cookie too */
			char t[65];
			rcp_csrf_new(t);
			r->csrf = web_strdup(&r->arena, t);
			r->new_csrf_cookie = 1;
			web_set_cookie(r, "rcp_csrf", t, "/", -1);
		}
	}
	if (r->body.len > MAX_UPLOAD_ANON && !r->sess.role) {
		web_error(r, 413, "request body too large",
		          "anonymous uploads are limited to " WEB_STR(MAX_UPLOAD_ANON_MIB) " MiB; log in for more");
		goto send;
	}

	if ((rt->flags & ROUTE_WRITE) && s->cfg->public_mode) {
		web_error(r, 403, "read-only", "this server is public and read-only");
		goto send;
	}
	if (!strcmp(rt->method, "POST") && !(rt->flags & ROUTE_RAW)) {
		const char *ct = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Type");
		const char *why;
		if (web_media_type_is(ct, "application/x-www-form-urlencoded")) {
			why = web_form_urlencoded(&r->arena, r->body.data ? r->body.data : "", r->body.len,
			                          &r->form, &r->nform);
		} else if (web_media_type_is(ct, "multipart/form-data") && (rt->flags & ROUTE_UPLOAD)) {
			why = web_form_multipart(&r->arena, ct, r->body.data, r->body.len, &r->form,
			                         &r->nform);
		} else {
			web_error(r, 415, "unsupported content type", "send a form");
			goto send;
		}
		if (why) {
			web_error(r, 400, "invalid request", why);
			goto send;
		}
		if (!rcp_token_equal(r->csrf, web_form(r, "csrf"))) {
			web_error(r, 403, "forbidden", "missing or wrong CSRF token; reload the page");
			goto send;
		}
	}
	if (!web_can(r, rt->role)) {
		web_error(r, 403, "forbidden",
		          r->sess.role ? "your role may not do this" : "log in as an editor first");
		goto send;
	}
	r->cacheable = key != NULL;
	rt->fn(r);
	if (rt->flags & ROUTE_WRITE)
		web_cache_drop(s->cache);
	if (r->cacheable && r->status == 200 && !r->out.toobig)
		web_cache_put(s->cache, key, r->out.data, r->out.len, r->ctype);

send:
	if (r->out.toobig) {
		web_buf_release(&r->out);
		return send_plain(c, 500, "response too large\n");
	}
	if (!r->out.data)
		web_buf_put(&r->out, "", 0);
	char *data = r->out.data;
	size_t len = r->out.len;
	r->out.data = NULL; /* MHD frees it */
	return send_buffer(c, r->status, r->ctype, data, len, 1, r);
}

/* Whether a request may carry an upload (MAX_UPLOAD rather than MAX_BODY):
 * its route says so. */
static int upload_path(const char *method, const char *url)
{
	const char *tail;
	int path_ok;
	const web_route *rt = web_route_find(method, url, &tail, &path_ok);
	return rt && (rt->flags & ROUTE_UPLOAD);
}

/* An answer before the request is read, with the security headers and,
 * for 503, when to come back. */
static enum MHD_Result refuse(web_req *r, int status, const char *msg)
{
	r->early = 1;
	r->retry_after = status == 503 ? 10 : 0;
	return send_buffer(r->conn, status, "text/plain; charset=utf-8", (char *)msg, strlen(msg), 0,
	                   r);
}

/* Count the bytes of each header (name, value, ": " and CRLF) or query
 * parameter (name, value, '=' and '&', and a little over). */
static enum MHD_Result header_bytes(void *cls, enum MHD_ValueKind kind, const char *key,
                                    const char *value)
{
	*(size_t *)cls += strlen(key) + (value ? strlen(value) : 0) + 4;
	return MHD_YES;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
                                  const char *method, const char *version,
                                  const char *upload_data, size_t *upload_size, void **con_cls)
{
	web_server *s = cls;
	web_req *r = *con_cls;
	if (!r) {
		r = calloc(1, sizeof *r);
		if (!r)
			return MHD_NO;
		r->conn = c;
		r->srv = s;
		r->cfg = s->cfg;
		*con_cls = r;
		/* our own limits on the request head, under libmicrohttpd's (its
		 * own 414 and 431 pages carry none of our headers) */
		size_t head = 0, target = strlen(url);
		MHD_get_connection_values(c, MHD_HEADER_KIND, header_bytes, &head);
		MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, header_bytes, &target);
		if (target > MAX_URL)
			return refuse(r, 414, "URI too long\n");
		if (head > MAX_HEADERS)
			return refuse(r, 431, "request header fields too large\n");
		int upload = upload_path(method, url);
		r->body.max = !upload ? MAX_BODY
		              : MHD_lookup_connection_value(c, MHD_COOKIE_KIND, "rcp_session") ? MAX_UPLOAD
		                                                                             : MAX_UPLOAD_ANON;
		const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Length");
		if (cl && strtoull(cl, NULL, 10) > r->body.max) {
			/* refuse before reading a byte of it; MHD closes the connection */
			r->body_toobig = 1;
			return refuse(r, 413, "request body too large\n");
		}
		if (upload) {
			if (!screening_take(s))
				return refuse(r, 503, "busy screening other files; try again shortly\n");
			r->screening = 1;
			r->started = time(NULL);
		}
		return MHD_YES;
	}
	if (r->early) {
		*upload_size = 0; /* answered already: what follows is dropped */
		return MHD_YES;
	}
	if (*upload_size) {
		/* a screening slot is not held by a body that trickles in: the
		 * idle timeout stops one that stops, this one that crawls */
		if (r->screening && time(NULL) - r->started > WEB_UPLOAD_SECONDS) {
			*upload_size = 0;
			return refuse(r, 408, "the upload took too long\n");
		}
		if (!r->body_toobig) {
			web_buf_put(&r->body, upload_data, *upload_size);
			if (r->body.toobig)
				r->body_toobig = 1;
		}
		*upload_size = 0;
		return MHD_YES;
	}
	if (r->body_toobig)
		return refuse(r, 413, "request body too large\n");
	return dispatch(s, r, c, url, method);
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
	web_server *s = cls;
	web_req *r = *con_cls;
	if (!r)
		return;
	if (r->screening)
		screening_give(s);
	db_give(s, r->db);
	web_arena_release(&r->arena);
	web_buf_release(&r->body);
	web_buf_release(&r->out);
	free(r);
	*con_cls = NULL;
}

/* Decode %XX in place as libmicrohttpd does, but a %00 becomes the bytes
 * C0 80 (not UTF-8, so the request is refused with 400) rather than a NUL
 * that would cut the path or a parameter short. */
static size_t unescape(void *cls, struct MHD_Connection *c, char *s)
{
	char *w = s;
	for (char *p = s; *p; p++) {
		int hi, lo;
		if (*p == '%' && (hi = web_hexval(p[1])) >= 0 && (lo = web_hexval(p[2])) >= 0) {
			int v = hi * 16 + lo;
			if (v == 0) {
				*w++ = (char)0xC0;
				*w++ = (char)0x80;
			} else {
				*w++ = (char)v;
			}
			p += 2;
		} else {
			*w++ = *p;
		}
	}
	*w = '\0';
	return (size_t)(w - s);
}

static int parse_listen(const char *spec, struct sockaddr_in *sa)
{
	char host[64];
	const char *colon = strrchr(spec, ':');
	if (!colon || colon == spec || (size_t)(colon - spec) >= sizeof host)
		return 0;
	memcpy(host, spec, (size_t)(colon - spec));
	host[colon - spec] = '\0';
	char *end;
	long port = strtol(colon + 1, &end, 10);
	if (*end || port < 0 || port > 65535 || end == colon + 1)
		return 0;
	memset(sa, 0, sizeof *sa);
	sa->sin_family = AF_INET;
	sa->sin_port = htons((uint16_t)port);
	if (!strcmp(host, "localhost"))
		snprintf(host, sizeof host, "127.0.0.1");
	return inet_pton(AF_INET, host, &sa->sin_addr) == 1;
}

static void set_err(rcp_error *err, rcp_status code, const char *what, const char *subject,
                    const char *why)
{
	if (!err)
		return;
	err->code = code;
	snprintf(err->what, sizeof err->what, "%s", what);
	snprintf(err->subject, sizeof err->subject, "%s", subject ? subject : "");
	snprintf(err->why, sizeof err->why, "%s", why ? why : "");
	err->offset = -1;
}

rcp_status web_serve(const web_config *cfg, rcp_error *err)
{
	struct sockaddr_in sa;
	if (!parse_listen(cfg->listen, &sa)) {
		set_err(err, RCP_EINVAL, "invalid listen address", cfg->listen,
		        "use ADDR:PORT with an IPv4 address, such as 127.0.0.1:8080");
		return RCP_EINVAL;
	}
	/* open once up front: a bad database fails here, not on the first request */
	rcp_db *probe = rcp_db_open(cfg->db_path, 0, err);
	if (!probe)
		return err ? err->code : RCP_EDB;
	rcp_db_close(probe);

	web_server *s = calloc(1, sizeof *s);
	if (!s)
		abort();
	s->cfg = cfg;
	s->cache = web_cache_new();
	pthread_mutex_init(&s->lock, NULL);
	/* a thread for each connection: a slow request (a screening, a big
	 * search) holds its own thread only, never a worker others wait on */
	unsigned conns = cfg->threads > 0 ? (unsigned)cfg->threads : WEB_MAX_CONNECTIONS;
	/* behind a proxy every connection comes from the proxy's address */
	unsigned per_ip = cfg->trust_proxy ? 0 : WEB_MAX_PER_ADDRESS;
	struct MHD_Daemon *d = MHD_start_daemon(
		MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION | MHD_USE_POLL |
			MHD_USE_ERROR_LOG,
		0, NULL, NULL, on_request, s,
		MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa,
		MHD_OPTION_NOTIFY_COMPLETED, on_completed, s,
		MHD_OPTION_UNESCAPE_CALLBACK, unescape, NULL,
		MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)WEB_IDLE_SECONDS,
		MHD_OPTION_CONNECTION_LIMIT, conns,
		MHD_OPTION_PER_IP_CONNECTION_LIMIT, per_ip,
		MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)MHD_MEMORY,
		MHD_OPTION_LISTEN_BACKLOG_SIZE, (unsigned)1024,
		MHD_OPTION_END);
	if (!d) {
		set_err(err, RCP_EIO, "cannot listen", cfg->listen, "address in use or not allowed");
		web_cache_free(s->cache);
		pthread_mutex_destroy(&s->lock);
		free(s);
		return RCP_EIO;
	}
	const union MHD_DaemonInfo *di = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	char url[96], host[INET_ADDRSTRLEN];
	inet_ntop(AF_INET, &sa.sin_addr, host, sizeof host);
	snprintf(url, sizeof url, "http://%s:%u/", host, di ? (unsigned)di->port : ntohs(sa.sin_port));
	if (cfg->ready)
		cfg->ready(url, cfg->ready_ctx);
	while (!*cfg->stop) {
		struct timespec ts = {0, 100 * 1000 * 1000};
		nanosleep(&ts, NULL);
	}
	MHD_stop_daemon(d);
	for (int i = 0; i < s->nidle; i++)
		rcp_db_close(s->idle[i]);
	web_cache_free(s->cache);
	pthread_mutex_destroy(&s->lock);
	free(s);
	return RCP_OK;
}
