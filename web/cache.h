/*
 * cache.h — the page cache for anonymous GETs (cache.c), which the daemon
 * (server.c) serves from and fills.
 */
#ifndef RCP_WEB_CACHE_H
#define RCP_WEB_CACHE_H

#include <microhttpd.h>

#include "web.h"

typedef struct web_cache web_cache;

web_cache *web_cache_new(void);
void web_cache_free(web_cache *c);
/* The cache key: the path with its (decoded, re-encoded) query, in a. */
const char *web_cache_key(struct MHD_Connection *conn, const char *url, web_arena *a);
/* Queue the cached page for key and return 1, or 0 when there is none. */
int web_cache_get(web_cache *c, const char *key, struct MHD_Connection *conn,
                  enum MHD_Result *ret);
void web_cache_put(web_cache *c, const char *key, const char *body, size_t len,
                   const char *ctype);
/* Forget every page: something was written. */
void web_cache_drop(web_cache *c);

#endif
