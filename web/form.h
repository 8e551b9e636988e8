/*
 * form.h — the request-body parsers of the web front end (web/form.c):
 * application/x-www-form-urlencoded and multipart/form-data (RFC 7578),
 * and the checks on what they yield. Kept apart from the daemon so that
 * the fuzz targets (tests/fuzz/fuzz_form.c, fuzz_multipart.c) link them
 * alone.
 *
 * Text fields and every field name must be UTF-8 without NUL bytes: a NUL
 * would cut a value short where C strings meet it, so it is refused rather
 * than truncated. File parts (a multipart part with a filename) may hold
 * any bytes.
 */
#ifndef RCP_WEB_FORM_H
#define RCP_WEB_FORM_H

#include <stddef.h>

#include "web.h"

/* Parse a urlencoded body of n bytes (borrows; need not end in NUL) into
 * *fields (in a, valid until the arena is released) and *nfields. Returns
 * NULL, or why the body is refused (a static string). */
const char *web_form_urlencoded(web_arena *a, const char *body, size_t n, web_field **fields,
                                size_t *nfields);

/* Parse a multipart/form-data body whose Content-Type header is ctype
 * (borrows; carries the boundary). Same contract as web_form_urlencoded. */
const char *web_form_multipart(web_arena *a, const char *ctype, const char *body, size_t n,
                               web_field **fields, size_t *nfields);

/* The value of a hex digit, -1 for any other byte: the form decoder's
 * and the daemon's %XX. */
int web_hexval(char c);

/* 1 when the n bytes at s are UTF-8 (no overlong forms, no surrogates, at
 * most U+10FFFF) without NUL. */
int web_utf8_valid(const char *s, size_t n);

/* 1 when the Content-Type value ctype names the media type type
 * (case-insensitive), followed by nothing, or by parameters after ';'. */
int web_media_type_is(const char *ctype, const char *type);

#endif
