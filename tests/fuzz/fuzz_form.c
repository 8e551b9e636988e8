/*
 * fuzz_form.c — libFuzzer target for the urlencoded form parser of the
 * web server (web/form.c): any bytes as a POST body. A body it accepts
 * must give fields whose names and values are UTF-8 without NUL, whose
 * lengths are what they say, and no more of them than the body has
 * pairs; a refused one must say why. The UTF-8 check itself must agree
 * with the library's (lib/base), and the media-type check must not read
 * past its string.
 */
#include <strings.h>

#include "form.h"
#include "fuzz.h"

static void check_fields(const web_field *f, size_t n, size_t body_len)
{
	for (size_t i = 0; i < n; i++) {
		FUZZ_CHECK(f[i].name && f[i].value);
		FUZZ_CHECK(strlen(f[i].value) == f[i].len);
		FUZZ_CHECK(f[i].len <= body_len);
		FUZZ_CHECK(rcp__utf8_valid(f[i].name, strlen(f[i].name)));
		FUZZ_CHECK(rcp__utf8_valid(f[i].value, f[i].len));
		FUZZ_CHECK(f[i].filename == NULL);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	web_arena a = {0};
	const char *body = (const char *)data;
	web_field *f = NULL;
	size_t n = 0;
	const char *why = web_form_urlencoded(&a, body, size, &f, &n);
	if (why) {
		FUZZ_CHECK(*why);
	} else {
		size_t pairs = 1;
		for (size_t i = 0; i < size; i++)
			pairs += data[i] == '&';
		FUZZ_CHECK(n <= pairs);
		check_fields(f, n, size);
	}
	/* the validator agrees with the library's where it says yes */
	if (web_utf8_valid(body, size))
		FUZZ_CHECK(rcp__utf8_valid(body, size) && !memchr(body, 0, size));
	/* the bytes as a Content-Type value */
	char *ct = web_strndup(&a, body, size);
	int is = web_media_type_is(ct, "application/x-www-form-urlencoded");
	if (is)
		FUZZ_CHECK(!strncasecmp(ct, "application/x-www-form-urlencoded", 33));
	web_arena_release(&a);
	return 0;
}
