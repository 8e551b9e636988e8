/*
 * cache.c — the page cache: anonymous GETs of pages that show only
 * accepted data, kept by URL (with the query decoded and re-encoded) in 64
 * slots. Any write through this server drops them all; writes from other
 * processes (the CLI) show after 5 seconds, when every entry's epoch has
 * passed.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cache.h"
#include "headers.h"

#define CACHE_SLOTS 64
#define CACHE_SECONDS 5

struct web_cache {
	pthread_mutex_t lock;
	struct entry {
		char *url;
		char *body;
		size_t len;
		const char *ctype; /* a string constant of the handler's */
		unsigned gen;
	} e[CACHE_SLOTS];
	unsigned gen;
};

static unsigned url_hash(const char *s)
{
	unsigned h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static unsigned epoch(void)
{
	return (unsigned)(time(NULL) / CACHE_SECONDS);
}

web_cache *web_cache_new(void)
{
	web_cache *c = calloc(1, sizeof *c);
	if (!c)
		abort();
	pthread_mutex_init(&c->lock, NULL);
	return c;
}

void web_cache_free(web_cache *c)
{
	if (!c)
		return;
	for (int i = 0; i < CACHE_SLOTS; i++) {
		free(c->e[i].url);
		free(c->e[i].body);
	}
	pthread_mutex_destroy(&c->lock);
	free(c);
}

static enum MHD_Result key_param(void *cls, enum MHD_ValueKind kind, const char *key,
                                 const char *value)
{
	(void)kind;
	web_buf *b = cls;
	web_puts(b, "&");
	html_url(b, key);
	web_puts(b, "=");
	html_url(b, value);
	return MHD_YES;
}

const char *web_cache_key(struct MHD_Connection *conn, const char *url, web_arena *a)
{
	web_buf b = {0};
	web_puts(&b, url);
	web_puts(&b, "?");
	MHD_get_connection_values(conn, MHD_GET_ARGUMENT_KIND, key_param, &b);
	char *k = web_strndup(a, b.data, b.len);
	web_buf_release(&b);
	return k;
}

int web_cache_get(web_cache *c, const char *key, struct MHD_Connection *conn,
                  enum MHD_Result *ret)
{
	struct entry *e = &c->e[url_hash(key) % CACHE_SLOTS];
	pthread_mutex_lock(&c->lock);
	if (!e->url || strcmp(e->url, key) || e->gen != c->gen + epoch()) {
		pthread_mutex_unlock(&c->lock);
		return 0;
	}
	struct MHD_Response *resp =
		MHD_create_response_from_buffer(e->len, e->body, MHD_RESPMEM_MUST_COPY);
	const char *ctype = e->ctype;
	pthread_mutex_unlock(&c->lock);
	if (!resp)
		return 0;
	web_security_headers(resp);
	MHD_add_response_header(resp, "Content-Type", ctype);
	MHD_add_response_header(resp, "Cache-Control", "no-cache");
	*ret = MHD_queue_response(conn, 200, resp);
	MHD_destroy_response(resp);
	return 1;
}

void web_cache_put(web_cache *c, const char *key, const char *body, size_t len,
                   const char *ctype)
{
	struct entry *e = &c->e[url_hash(key) % CACHE_SLOTS];
	char *u = strdup(key), *b = malloc(len ? len : 1);
	if (!u || !b) {
		free(u);
		free(b);
		return;
	}
	if (len)
		memcpy(b, body, len);
	pthread_mutex_lock(&c->lock);
	free(e->url);
	free(e->body);
	e->url = u;
	e->body = b;
	e->len = len;
	e->ctype = ctype;
	e->gen = c->gen + epoch();
	pthread_mutex_unlock(&c->lock);
}

void web_cache_drop(web_cache *c)
{
	pthread_mutex_lock(&c->lock);
	c->gen += 1000003u; /* never collides with an epoch step */
	pthread_mutex_unlock(&c->lock);
}
