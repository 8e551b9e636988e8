/*
 * fuzz_multipart.c — libFuzzer target for the multipart/form-data parser
 * of the web server (web/form.c). The input's first line is the
 * Content-Type header's value after "multipart/form-data" (so the fuzzer
 * controls the boundary parameter and its quoting); the rest is the body.
 * An accepted body must give fields whose names are UTF-8 without NUL,
 * whose text values are too, whose values (file parts may hold any bytes)
 * are as long as they say and lie inside the body; a refused one must
 * say why.
 */
#include "form.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nl = memchr(data, '\n', size);
	size_t hn = nl ? (size_t)(nl - data) : size;
	web_arena a = {0};
	char *ctype = web_sprintf(&a, "multipart/form-data%.*s", (int)hn, (const char *)data);
	const char *body = nl ? (const char *)nl + 1 : "";
	size_t n = nl ? size - hn - 1 : 0;
	/* a copy exactly as long as the body, so ASan sees a read past it */
	char *copy = malloc(n ? n : 1);
	if (!copy)
		abort();
	memcpy(copy, body, n);
	web_field *f = NULL;
	size_t nf = 0;
	const char *why = web_form_multipart(&a, ctype, copy, n, &f, &nf);
	if (why) {
		FUZZ_CHECK(*why);
	} else {
		for (size_t i = 0; i < nf; i++) {
			FUZZ_CHECK(f[i].name && f[i].value);
			FUZZ_CHECK(rcp__utf8_valid(f[i].name, strlen(f[i].name)));
			FUZZ_CHECK(!memchr(f[i].name, 0, strlen(f[i].name) + 0));
			FUZZ_CHECK(f[i].len <= n);
			FUZZ_CHECK(f[i].value[f[i].len] == '\0');
			if (!f[i].filename) {
				FUZZ_CHECK(strlen(f[i].value) == f[i].len);
				FUZZ_CHECK(rcp__utf8_valid(f[i].value, f[i].len));
			} else {
				FUZZ_CHECK(rcp__utf8_valid(f[i].filename, strlen(f[i].filename)));
			}
		}
	}
	free(copy);
	web_arena_release(&a);
	return 0;
}
