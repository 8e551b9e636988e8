/*
 * routes.h — the route table (routes.c), which the daemon (server.c) looks
 * requests up in.
 */
#ifndef RCP_WEB_ROUTES_H
#define RCP_WEB_ROUTES_H

#include "web.h"

/* ROUTE_PREFIX: path ends in '/' and takes one more segment (the handler's
 *   r->tail), then the route's suffix if it has one;
 * ROUTE_WRITE: changes the store, refused in public mode, drops the cache;
 * ROUTE_UPLOAD: a POST that may carry a holdings file (the upload caps, and
 *   multipart/form-data besides urlencoded forms);
 * ROUTE_RAW: a POST whose body is the input itself (a holdings file to the
 *   screening API), not a form. It carries no CSRF token because it changes
 *   nothing and reads no session: a cross-site page could make the browser
 *   send it but could not read the answer;
 * ROUTE_ANON_FORM: a page with a form an anonymous visitor posts (login,
 *   screening): it carries a pre-session CSRF token, so it is never cached;
 * ROUTE_NOCACHE: never served from or kept in the page cache. */
enum {
	ROUTE_PREFIX = 1 << 0,
	ROUTE_WRITE = 1 << 1,
	ROUTE_UPLOAD = 1 << 2,
	ROUTE_RAW = 1 << 3,
	ROUTE_ANON_FORM = 1 << 4,
	ROUTE_NOCACHE = 1 << 5,
};

typedef struct web_route {
	const char *method;
	const char *path;          /* exact, or a prefix ending in '/' with ROUTE_PREFIX */
	web_handler fn;
	const char *const *params; /* query parameters allowed (NULL-terminated) */
	rcp_role role;             /* the least role that may call it */
	int flags;
	const char *suffix;        /* ROUTE_PREFIX: after the segment ("/claims.csv") */
} web_route;

/* The route for method and path (HEAD finds GET's), with *tail the prefix
 * route's segment; NULL when none, *path_ok then saying whether the path
 * exists for another method (405 rather than 404). */
const web_route *web_route_find(const char *method, const char *path, const char **tail,
                                int *path_ok);

#endif
