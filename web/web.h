/*
 * web.h — what the files of the web front end share.
 *
 * The server parses a request, calls the library and writes HTML or JSON.
 * Nothing here touches SQLite: the library does. Each request gets an arena
 * (freed in libmicrohttpd's completed callback) and an output buffer that
 * becomes the response body.
 */
#ifndef RCP_WEB_H
#define RCP_WEB_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "receipts.h"

/* ---- per-request arena: the library's (rcp_arena), freed in the
 * completed callback; web_sprintf is arena.c's ---- */
typedef rcp_arena web_arena;

static inline void *web_alloc(web_arena *a, size_t n)
{
	return rcp_arena_alloc(a, n);
}
static inline char *web_strndup(web_arena *a, const char *s, size_t n)
{
	return rcp_arena_strndup(a, s, n);
}
static inline char *web_strdup(web_arena *a, const char *s)
{
	return s ? rcp_arena_strndup(a, s, strlen(s)) : NULL;
}
static inline void web_arena_release(web_arena *a)
{
	rcp_arena_release(a);
}
char *web_sprintf(web_arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Room for one more item in v, an array of n items of size bytes with
 * room for *cap: v itself while it has room, else a copy twice as large
 * (first items at the start) in the arena, *cap updated. Returns the
 * array to use; the old one stays in the arena until it is released. */
void *web_grow(web_arena *a, void *v, size_t n, size_t *cap, size_t size, size_t first);

/* ---- output buffer with a cap (html.c) ---- */
typedef struct web_buf {
	char *data;
	size_t len, cap, max; /* max 0: no cap */
	int toobig;           /* set once an append was refused */
} web_buf;

void web_buf_put(web_buf *b, const char *s, size_t n);
void web_puts(web_buf *b, const char *s);
void web_printf(web_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void web_buf_release(web_buf *b);

/* ---- escapers, one per context (html.c) ---- */
/* Element text: & < > " ' as entities. */
void html_text(web_buf *b, const char *s);
void html_textn(web_buf *b, const char *s, size_t n);
/* A double-quoted attribute value: every ASCII byte but letters and digits
 * (and ,.-_) as a numeric reference. */
void html_attr(web_buf *b, const char *s);
/* One URL path segment or query value: percent-encoding of every byte but
 * A-Z a-z 0-9 - . _ ~ (use inside an attribute, which needs nothing more). */
void html_url(web_buf *b, const char *s);
/* Escape into a fresh string (for the golden tests): returns owned (free()). */
char *html_escape_dup(const char *context, const char *s);

/* ---- requests (server.c) ---- */
typedef struct web_server web_server;

typedef struct web_field {
	const char *name, *value; /* value is NUL-terminated; len counts its bytes */
	size_t len;
	const char *filename;     /* a file part of a multipart form (any bytes): its name */
} web_field;

#define WEB_COOKIES 4

typedef struct web_req {
	void *conn;            /* struct MHD_Connection */
	web_server *srv;
	const struct web_config *cfg; /* the server's (NULL on the static site) */
	web_arena arena;
	const char *method, *url;
	const char *tail;      /* the rest of the path after a prefix route */
	rcp_db *db;
	rcp_session sess;      /* sess.role is RCP_ROLE_NONE when anonymous */
	const char *csrf;      /* token forms must carry (session or pre-session) */
	int new_csrf_cookie;   /* 1: send the pre-session token as a cookie */
	int public_mode;
	/* a page drawn into the static site (publish.c): no connection; the
	 * query comes from here; links go to files, not to server routes */
	int static_site;
	const web_field *query;
	size_t nquery;
	/* request body */
	web_buf body;
	int body_toobig;
	web_field *form;
	size_t nform;
	/* response */
	int status;
	const char *ctype;
	const char *location;  /* redirect target */
	const char *set_cookie[WEB_COOKIES];
	long retry_after;      /* seconds, for a Retry-After header (0: none) */
	int early;             /* answered before the body was read */
	int screening;         /* holds a screening slot */
	long long started;     /* when a screening upload began (time()) */
	int cacheable;         /* anonymous GET that may be served from the cache */
	const char *disposition; /* a Content-Disposition header, for downloads */
	web_buf out;
} web_req;

/* A query parameter (url-decoded) or NULL. */
const char *web_query(web_req *r, const char *name);
/* A form field of a POST (url-decoded, or a multipart part) or NULL. */
const char *web_form(web_req *r, const char *name);
/* The same field with its length (file parts may hold NUL bytes). */
const web_field *web_form_field(web_req *r, const char *name);
/* The session cookie as sent, or NULL. */
const char *web_session_cookie(web_req *r);
/* The cookie name as sent, or NULL. */
const char *web_cookie(web_req *r, const char *name);
/* Set cookie name=value (borrows; copied) for path, HttpOnly and
 * SameSite=Strict, Secure when the server was told it is served over TLS;
 * max_age -1 for a cookie that ends with the browser, 0 to clear it. */
void web_set_cookie(web_req *r, const char *name, const char *value, const char *path,
                    long max_age);
/* The client's address, for login rate limiting. */
void web_login_client(web_req *r, char *out, size_t cap);
/* Checks on path segments and parameters (pages.c). */
int web_category_valid(const char *c);
int web_hex64(const char *s);
/* Is the visitor at least role? */
int web_can(web_req *r, rcp_role role);

/* ---- pages and API (pages*.c, api.c); each writes r->out and status ---- */
typedef void (*web_handler)(web_req *r);

void page_home(web_req *r);
void page_search(web_req *r);
void page_companies(web_req *r);
void page_company(web_req *r);
void page_source(web_req *r);
void page_screen(web_req *r);
void post_screen(web_req *r);
/* Screen a holdings file's bytes against r->db (pages_screen.c). */
rcp_status web_screen_bytes(web_req *r, const char *data, size_t n, const char *name,
                            json_t **report, rcp_error *err);
void page_screen_report(web_req *r);
/* Screening reports kept for download (report_cache.c): keep takes a
 * reference and writes the report's token (0 when it is too big to keep);
 * get returns a new reference or NULL once it is gone. */
int web_report_keep(json_t *rep, char token[33]);
json_t *web_report_get(const char *token);
/* The fund universe (pages_funds.c). */
void page_funds(web_req *r);
void page_funds_csv(web_req *r);
void page_funds_json(web_req *r);
void page_fund(web_req *r);
void page_review(web_req *r);
void post_review(web_req *r);
void page_login(web_req *r);
void post_login(web_req *r);
void post_logout(web_req *r);
void asset_css(web_req *r);
void asset_js(web_req *r);
void asset_icon(web_req *r);

void api_stats(web_req *r);
void api_search(web_req *r);
void api_companies(web_req *r);
void api_company(web_req *r);
void api_company_csv(web_req *r);
void api_source(web_req *r);
void api_claims(web_req *r);
void api_screen(web_req *r);

/* Shared by the pages (pages.c). */
extern const char *const web_categories[]; /* the six, NULL-terminated */
const char *web_jstr(json_t *o, const char *k);
int64_t web_jint(json_t *o, const char *k);
/* <a href="/companies/ID">NAME</a> */
void web_link_company(web_buf *b, const char *id, const char *name);
/* An amount as the claim JSON has it: the exact minor units. */
void web_json_amount(web_buf *b, json_t *claim, const char *cur);
/* <input type=hidden name=csrf value=TOKEN> */
void web_csrf_field(web_req *r);
/* One claim from its JSON (rcp_claim_to_json's shape), as an article. */
void web_claim_card(web_req *r, json_t *c, int show_company);

/* Page frame (pages.c). */
void page_begin(web_req *r, const char *title);
void page_end(web_req *r);
/* An error page (HTML) or JSON error for /api/ paths. */
void web_error(web_req *r, int status, const char *what, const char *detail);
void web_error_rcp(web_req *r, const rcp_error *err);
/* The same for the API: the status's name ("not_found") as the error. */
void web_api_error_rcp(web_req *r, const rcp_error *err);
/* Amount in minor units as "USD 1,234.56". */
void web_amount(web_buf *b, int64_t minor, const char *cur);
/* 303 See Other to path (already safe: built by us). */
void web_redirect(web_req *r, const char *path);
/* Answer with v (takes it) as JSON dumped with flags, on one line. */
void web_send_json(web_req *r, json_t *v, size_t flags);

/* ---- a source's text (marked.c) ---- */
/* The text as HTML: each claim's quote one continuous <mark class="claim">
 * (overlapping quotes joined, id="claim-N" on the first, an empty anchor
 * for the others), mentions as <span class="mention"> inside, Markdown
 * headings as <span class="md-h">, and the Markdown syntax (heading hashes,
 * list bullets as "•", ** and __) not shown. marks is sorted in place;
 * scratch memory comes from a. */
void web_marked_text(web_buf *b, web_arena *a, const char *text, int64_t len, rcp_mark *marks,
                     size_t nmarks);

/* ---- the static site (publish.c) ---- */
typedef struct web_publish_report {
	int64_t files, bytes;    /* written (new or changed) */
	int64_t unchanged;       /* already there with the same bytes */
	int64_t companies, sources, skipped;
} web_publish_report;

/* Write the public edition (accepted claims only) as a static site into
 * dir: a new or empty directory, or one a previous publish made. base_url
 * (may be NULL) makes the sitemap's URLs absolute, as the protocol wants.
 * progress (may be NULL) is called after each profile and source. */
rcp_status web_publish(rcp_db *db, const char *dir, const char *base_url, web_publish_report *rep,
                       void (*progress)(const web_publish_report *rep, void *ctx), void *ctx,
                       rcp_error *err);

/* ---- the SVG timeline (svg.c) ---- */
/* Draw the profile's "timeline" array as an inline SVG. */
void svg_timeline(web_buf *b, json_t *timeline);

/* ---- search (search.c) ---- */
typedef struct web_search_query {
	const char *q, *lang, *category, *company;
	int year;
	int candidates; /* editors: count candidate claims in facets too */
	int limit;
} web_search_query;

typedef struct web_span {
	size_t start, end; /* bytes in web_hit.snippet */
} web_span;

typedef struct web_hit {
	int64_t id;
	char sha256[65];
	const char *title, *lang, *published, *publisher;
	const char *snippet;                /* the passage, with ellipses where cut */
	const web_span *marks;              /* every matched word in it */
	size_t nmarks;
	const char *before, *match, *after; /* the snippet around its first hit */
	int64_t offset;                     /* of the match in the text */
	struct web_facet *companies;        /* tied to the source by claims or mentions */
	size_t ncompanies;
} web_hit;

typedef struct web_facet {
	const char *value, *label;
	int64_t count;
} web_facet;

typedef struct web_search_result {
	web_hit *hits;
	size_t nhits, total;
	web_facet *facets[4]; /* lang, category, company, year */
	size_t nfacets[4];
} web_search_result;

extern const char *const web_facet_names[4];

/* Read and check the search parameters of r; on a bad one write a 400 and
 * return 0. */
int web_search_params(web_req *r, web_search_query *q);

/* Search the sources for q through the full-text index, with facets.
 * Everything lives in r->arena. */
rcp_status web_search(web_req *r, const web_search_query *q, web_search_result *out,
                      rcp_error *err);

/* ---- the server (server.c) ---- */
/* Connections at once (each has a thread), from one address (unless
 * behind a trusted proxy), seconds a connection may idle, and screening
 * uploads read or screened at once (others get 503). */
#define WEB_MAX_CONNECTIONS 1000
#define WEB_MAX_PER_ADDRESS 64
#define WEB_IDLE_SECONDS 30
#define WEB_MAX_SCREENINGS 2
/* Seconds a screening upload's body may take to arrive (408 past it). */
#define WEB_UPLOAD_SECONDS 120

typedef struct web_config {
	const char *db_path;
	const char *listen; /* ADDR:PORT */
	int public_mode;
	int threads;        /* the most connections at once (0: WEB_MAX_CONNECTIONS) */
	int trust_proxy;    /* take the client address from X-Forwarded-For */
	int secure_cookies; /* mark cookies Secure (served over TLS, by a proxy) */
	volatile int *stop; /* set to stop */
	void (*ready)(const char *url, void *ctx);
	void *ready_ctx;
} web_config;

/* Run until *cfg->stop. RCP_EINVAL for a bad address, RCP_EIO when it
 * cannot listen. */
rcp_status web_serve(const web_config *cfg, rcp_error *err);

#endif
