/*
 * form.c — request-body parsers: urlencoded forms and multipart/form-data
 * (see form.h). Everything works on (pointer, length) and copies what it
 * keeps into the request's arena; nothing reads past n bytes.
 */
#include <string.h>
#include <strings.h>

#include "form.h"

/* More fields than this is not a form a page of ours sends: refuse rather
 * than spend memory on a body of empty pairs. */
#define MAX_FIELDS 1000

int web_utf8_valid(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	while (p < end) {
		unsigned c = *p;
		if (c == 0)
			return 0;
		if (c < 0x80) {
			p++;
			continue;
		}
		int k;
		unsigned min, cp;
		if ((c & 0xE0) == 0xC0) {
			k = 1, min = 0x80, cp = c & 0x1F;
		} else if ((c & 0xF0) == 0xE0) {
			k = 2, min = 0x800, cp = c & 0x0F;
		} else if ((c & 0xF8) == 0xF0) {
			k = 3, min = 0x10000, cp = c & 0x07;
		} else {
			return 0;
		}
		if (end - p <= k)
			return 0;
		for (int i = 1; i <= k; i++) {
			if ((p[i] & 0xC0) != 0x80)
				return 0;
			cp = (cp << 6) | (p[i] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
		p += k + 1;
	}
	return 1;
}

int web_media_type_is(const char *ctype, const char *type)
{
	size_t n = strlen(type);
	if (!ctype || strncasecmp(ctype, type, n))
		return 0;
	const char *p = ctype + n;
	while (*p == ' ' || *p == '\t')
		p++;
	return *p == '\0' || *p == ';';
}

/* ------------------------------------------------------------------ */
/* application/x-www-form-urlencoded                                   */
/* ------------------------------------------------------------------ */

int web_hexval(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
	       : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Decode n bytes of a urlencoded component into a fresh arena string;
 * *len gets its length (NUL bytes included: the caller refuses them). A
 * '%' not followed by two hex digits stays as it is. */
static char *decode(web_arena *a, const char *s, size_t n, size_t *len)
{
	char *d = web_alloc(a, n + 1), *w = d;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '+') {
			*w++ = ' ';
		} else if (s[i] == '%' && i + 2 < n && web_hexval(s[i + 1]) >= 0 &&
		           web_hexval(s[i + 2]) >= 0) {
			*w++ = (char)(web_hexval(s[i + 1]) * 16 + web_hexval(s[i + 2]));
			i += 2;
		} else {
			*w++ = s[i];
		}
	}
	*w = '\0';
	*len = (size_t)(w - d);
	return d;
}

const char *web_form_urlencoded(web_arena *a, const char *body, size_t n, web_field **fields,
                                size_t *nfields)
{
	size_t count = 0;
	for (size_t i = 0; i < n; i++)
		count += body[i] == '&';
	if (count + 1 > MAX_FIELDS)
		return "too many form fields";
	web_field *f = web_alloc(a, (count + 1) * sizeof *f);
	size_t nf = 0;
	const char *p = body, *end = body + n;
	while (p < end) {
		const char *amp = memchr(p, '&', (size_t)(end - p));
		const char *pend = amp ? amp : end;
		if (pend > p) { /* empty pairs (a&&b) are skipped */
			const char *eq = memchr(p, '=', (size_t)(pend - p));
			size_t nlen, vlen = 0;
			char *name = decode(a, p, (size_t)((eq ? eq : pend) - p), &nlen);
			char *value = eq ? decode(a, eq + 1, (size_t)(pend - eq - 1), &vlen) : "";
			if (!web_utf8_valid(name, nlen) || !web_utf8_valid(value, vlen))
				return "form fields must be UTF-8 without NUL bytes";
			f[nf].name = name;
			f[nf].value = value;
			f[nf].len = vlen;
			f[nf].filename = NULL;
			nf++;
		}
		p = pend + 1;
	}
	*fields = f;
	*nfields = nf;
	return NULL;
}

/* ------------------------------------------------------------------ */
/* multipart/form-data                                                 */
/* ------------------------------------------------------------------ */

static const char *memfind(const char *h, size_t hn, const char *n, size_t nn)
{
	if (nn == 0 || hn < nn)
		return NULL;
	for (const char *p = h, *end = h + hn - nn; p <= end; p++) {
		p = memchr(p, n[0], (size_t)(end - p) + 1);
		if (!p)
			return NULL;
		if (!memcmp(p, n, nn))
			return p;
	}
	return NULL;
}

/* The value of parameter key in a header value of n bytes such as
 * `form-data; name="holdings"; filename="fund.csv"`, copied into the
 * arena, or NULL. A quoted value may hold ';'; a backslash keeps the byte
 * after it in the value as it is. */
static char *header_param(web_arena *a, const char *h, size_t n, const char *key)
{
	size_t kn = strlen(key);
	const char *p = h, *end = h + n;
	while (p < end) {
		const char *semi = memchr(p, ';', (size_t)(end - p));
		if (!semi)
			return NULL;
		p = semi + 1;
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		if ((size_t)(end - p) > kn && !strncasecmp(p, key, kn) && p[kn] == '=') {
			p += kn + 1;
			if (p < end && *p == '"') {
				const char *q = ++p;
				while (q < end && *q != '"')
					q += (*q == '\\' && q + 1 < end) ? 2 : 1;
				return web_strndup(a, p, (size_t)((q < end ? q : end) - p));
			}
			const char *q = p;
			while (q < end && *q != ';' && *q != ' ')
				q++;
			return web_strndup(a, p, (size_t)(q - p));
		}
	}
	return NULL;
}

const char *web_form_multipart(web_arena *a, const char *ctype, const char *body, size_t n,
                               web_field **fields, size_t *nfields)
{
	static const char bad[] = "the multipart body does not follow its boundary";
	const char *bp = header_param(a, ctype, strlen(ctype), "boundary");
	if (!bp || !*bp || strlen(bp) > 70)
		return "the multipart body has no usable boundary";
	char *delim = web_sprintf(a, "\r\n--%s", bp);
	size_t dn = strlen(delim);
	const char *end = body + n;
	if (!body)
		return bad;
	/* the first delimiter may open the body without its CRLF */
	const char *p;
	if (n >= dn - 2 && !memcmp(body, delim + 2, dn - 2))
		p = body + dn - 2;
	else if ((p = memfind(body, n, delim, dn)) != NULL)
		p += dn;
	else
		return bad;
	size_t cap = 8, nf = 0;
	web_field *f = web_alloc(a, cap * sizeof *f);
	for (;;) {
		if (end - p >= 2 && p[0] == '-' && p[1] == '-')
			break; /* the closing delimiter */
		if (end - p < 2 || p[0] != '\r' || p[1] != '\n')
			return bad;
		p += 2;
		const char *hend = memfind(p, (size_t)(end - p), "\r\n\r\n", 4);
		if (!hend)
			return bad;
		if (memchr(p, '\0', (size_t)(hend - p)))
			return "part headers must not hold NUL bytes";
		char *name = NULL, *filename = NULL;
		for (const char *h = p; h < hend + 2;) {
			const char *eol = memfind(h, (size_t)(hend + 2 - h), "\r\n", 2);
			if (!eol)
				break;
			if (eol - h > 20 && !strncasecmp(h, "Content-Disposition:", 20)) {
				name = header_param(a, h, (size_t)(eol - h), "name");
				filename = header_param(a, h, (size_t)(eol - h), "filename");
			}
			h = eol + 2;
		}
		const char *v = hend + 4;
		const char *vend = memfind(v, (size_t)(end - v), delim, dn);
		if (!vend)
			return bad;
		if (name) {
			size_t vlen = (size_t)(vend - v);
			if (!web_utf8_valid(name, strlen(name)) ||
			    (filename && !web_utf8_valid(filename, strlen(filename))) ||
			    (!filename && !web_utf8_valid(v, vlen)))
				return "form fields must be UTF-8 without NUL bytes";
			if (nf == MAX_FIELDS)
				return "too many form fields";
			if (nf == cap) {
				web_field *g = web_alloc(a, 2 * cap * sizeof *g);
				memcpy(g, f, cap * sizeof *f);
				f = g;
				cap *= 2;
			}
			f[nf].name = name;
			f[nf].value = web_strndup(a, v, vlen);
			f[nf].len = vlen;
			f[nf].filename = filename;
			nf++;
		}
		p = vend + dn;
	}
	*fields = f;
	*nfields = nf;
	return NULL;
}
