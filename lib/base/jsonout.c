/*
 * jsonout.c — a JSON value as compact text, byte for byte what jansson's
 * json_dumps(v, JSON_COMPACT | JSON_REAL_PRECISION(15)) writes, in one
 * buffer.
 *
 * Why not jansson's dumper: it hands each token to a callback and, for
 * every object and array, formats the container's address with snprintf
 * into a hash table of parents to detect cycles (jansson 2.14). A record
 * of `receipts extract` has thousands of small objects; that bookkeeping
 * was a fifth of the command's time. The values built here never hold a
 * cycle (each is built once, top-down), and this writer walks them with
 * jansson's own accessors.
 *
 * Strings: jansson holds valid UTF-8, so a byte scan finds what must be
 * escaped: '"', '\\' and the control characters below 0x20 (\b \f \n \r
 * \t by name, the others as \u00XX); '/' and non-ASCII as they are.
 * Objects in insertion order (jansson 2.8 and later always keep it).
 */
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "internal.h"

void rcp__json_put_string(rcp_buf *b, const char *s, size_t n)
{
	(void)rcp__buf_addc(b, '"');
	size_t run = 0; /* bytes of s[.. i) not yet written */
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		(void)rcp__buf_add(b, s + run, i - run);
		run = i + 1;
		char esc[8];
		const char *e = esc;
		switch (c) {
		case '"': e = "\\\""; break;
		case '\\': e = "\\\\"; break;
		case '\b': e = "\\b"; break;
		case '\f': e = "\\f"; break;
		case '\n': e = "\\n"; break;
		case '\r': e = "\\r"; break;
		case '\t': e = "\\t"; break;
		default: snprintf(esc, sizeof esc, "\\u%04X", (unsigned)c); break;
		}
		(void)rcp__buf_add(b, e, strlen(e));
	}
	(void)rcp__buf_add(b, s + run, n - run);
	(void)rcp__buf_addc(b, '"');
}

void rcp__json_put_integer(rcp_buf *b, int64_t v)
{
	char d[24];
	size_t k = sizeof d;
	/* as unsigned: INT64_MIN has no positive twin */
	unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
	do {
		d[--k] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		d[--k] = '-';
	(void)rcp__buf_add(b, d + k, sizeof d - k);
}

/* Does jansson take s[0..n) as a string (json_stringn)? UTF-8 as its
 * utf8_check_string reads it: no overlong form, no surrogate, nothing past
 * U+10FFFF; NUL bytes allowed. */
int rcp__json_utf8_ok(const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		size_t k;
		int32_t v;
		if (c >= 0xC2 && c <= 0xDF) {
			k = 2;
			v = c & 0x1F;
		} else if (c >= 0xE0 && c <= 0xEF) {
			k = 3;
			v = c & 0x0F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			k = 4;
			v = c & 0x07;
		} else {
			return 0;
		}
		if (k > n - i)
			return 0;
		for (size_t j = 1; j < k; j++) {
			unsigned char d = (unsigned char)s[i + j];
			if (d < 0x80 || d > 0xBF)
				return 0;
			v = (v << 6) | (d & 0x3F);
		}
		if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) || (k == 3 && v < 0x800) ||
		    (k == 4 && v < 0x10000))
			return 0;
		i += k;
	}
	return 1;
}

/* jansson's jsonp_dtostr at precision 15: "%.15g", ".0" when neither a
 * dot nor an exponent shows, the exponent without '+' or leading zeros.
 * 0 when it would not fit jansson's 24 bytes (jansson fails then too). */
static int put_real(rcp_buf *b, double v)
{
	char buf[24];
	int ret = snprintf(buf, sizeof buf, "%.*g", 15, v);
	if (ret < 0 || (size_t)ret >= sizeof buf)
		return 0;
	size_t length = (size_t)ret;
	if (!strchr(buf, '.') && !strchr(buf, 'e')) {
		if (length + 3 >= sizeof buf)
			return 0;
		buf[length++] = '.';
		buf[length++] = '0';
		buf[length] = '\0';
	}
	char *start = strchr(buf, 'e');
	if (start) {
		start++;
		char *end = start + 1;
		if (*start == '-')
			start++;
		while (*end == '0')
			end++;
		if (end != start) {
			memmove(start, end, length - (size_t)(end - buf));
			length -= (size_t)(end - start);
		}
	}
	(void)rcp__buf_add(b, buf, length);
	return 1;
}

int rcp__json_put_value(rcp_buf *b, const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_NULL:
		return rcp__buf_add(b, "null", 4) == RCP_OK;
	case JSON_TRUE:
		return rcp__buf_add(b, "true", 4) == RCP_OK;
	case JSON_FALSE:
		return rcp__buf_add(b, "false", 5) == RCP_OK;
	case JSON_INTEGER:
		rcp__json_put_integer(b, json_integer_value(v));
		return 1;
	case JSON_REAL:
		return put_real(b, json_real_value(v));
	case JSON_STRING:
		rcp__json_put_string(b, json_string_value(v), json_string_length(v));
		return 1;
	case JSON_ARRAY: {
		(void)rcp__buf_addc(b, '[');
		size_t n = json_array_size(v);
		for (size_t i = 0; i < n; i++) {
			if (i)
				(void)rcp__buf_addc(b, ',');
			if (!rcp__json_put_value(b, json_array_get(v, i)))
				return 0;
		}
		return rcp__buf_addc(b, ']') == RCP_OK;
	}
	case JSON_OBJECT: {
		(void)rcp__buf_addc(b, '{');
		int first = 1;
		/* the iterator takes a non-const object; it changes nothing */
		for (void *it = json_object_iter((json_t *)v); it;
		     it = json_object_iter_next((json_t *)v, it)) {
			if (!first)
				(void)rcp__buf_addc(b, ',');
			first = 0;
			const char *k = json_object_iter_key(it);
			rcp__json_put_string(b, k, strlen(k));
			(void)rcp__buf_addc(b, ':');
			if (!rcp__json_put_value(b, json_object_iter_value(it)))
				return 0;
		}
		return rcp__buf_addc(b, '}') == RCP_OK;
	}
	}
	return 0;
}

char *rcp_json_compact(const json_t *v, size_t *len)
{
#if JANSSON_VERSION_HEX < 0x020800
	(void)v;
	(void)len;
	return NULL; /* objects in hash order: only jansson's dumper writes them as it does */
#else
	if (!v || (!json_is_object(v) && !json_is_array(v)))
		return NULL; /* as json_dumps without JSON_ENCODE_ANY */
	rcp_buf b;
	rcp__buf_init(&b, 0);
	if (!rcp__json_put_value(&b, v)) {
		rcp__buf_release(&b);
		return NULL;
	}
	return rcp__buf_detach(&b, len);
#endif
}

/* The one way an optional text field becomes JSON, for every record the
 * library and the front ends print: absent is null, never "". */
json_t *rcp_json_nullable(const char *s)
{
	return s ? json_string(s) : json_null();
}
