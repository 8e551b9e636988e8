/*
 * fuzz_extract.c — libFuzzer target for extraction (lib/extract/): the
 * first byte picks the language (en, fr, es, de or a guess), the rest is
 * the text (skipped unless it is UTF-8 with no NUL, as the readers
 * promise), extracted against the built-in registry.
 *
 * Promises checked: every organization mention, amount, date, claim and
 * further receipt is a span inside the text; a claim's evidence is its
 * span's bytes; every claim has a company and a counterparty, by id or by
 * the text's words, and a confidence from 0 to 1.
 *
 * Built by meson: `make fuzz` (libFuzzer, clang) and, with replay.c's
 * main(), in every build, where it replays tests/fuzz/corpus/extract/.
 */
#include "fuzz.h"

static void check_span(json_t *o, size_t len)
{
	json_t *s = json_object_get(o, "start"), *e = json_object_get(o, "end");
	FUZZ_CHECK(json_is_integer(s) && json_is_integer(e));
	FUZZ_CHECK(json_integer_value(s) >= 0 && json_integer_value(s) <= json_integer_value(e));
	FUZZ_CHECK((size_t)json_integer_value(e) <= len);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const langs[] = {"en", "fr", "es", "de", NULL};
	static rcp_matcher *m;
	static rcp_extractor *x;
	if (size < 1)
		return 0;
	if (!m) {
		rcp_error err;
		m = rcp_matcher_builtin(&err);
		FUZZ_CHECK(m != NULL);
		x = rcp_extractor_new(m, &err);
		FUZZ_CHECK(x != NULL);
	}
	size_t len = size - 1;
	const char *text = (const char *)data + 1;
	if (memchr(text, '\0', len) || !rcp__utf8_valid(text, len))
		return 0;
	rcp_extract_opts o = {langs[data[0] % 5], 0};
	json_t *j = rcp_extract_json(x, text, len, &o);
	FUZZ_CHECK(j != NULL);
	size_t i, k;
	json_t *v, *u;
	json_array_foreach(json_object_get(j, "orgs"), i, v) {
		FUZZ_CHECK(json_string_value(json_object_get(v, "name")) != NULL);
		json_array_foreach(json_object_get(v, "mentions"), k, u)
			check_span(u, len);
	}
	json_array_foreach(json_object_get(j, "money"), i, v)
		check_span(v, len);
	json_array_foreach(json_object_get(j, "dates"), i, v)
		check_span(v, len);
	json_array_foreach(json_object_get(j, "claims"), i, v) {
		check_span(v, len);
		size_t s = (size_t)json_integer_value(json_object_get(v, "start"));
		size_t e = (size_t)json_integer_value(json_object_get(v, "end"));
		const char *ev = json_string_value(json_object_get(v, "evidence"));
		FUZZ_CHECK(ev && strlen(ev) == e - s && !memcmp(ev, text + s, e - s));
		FUZZ_CHECK(json_string_value(json_object_get(v, "company")) ||
		           json_string_value(json_object_get(v, "company_name")));
		FUZZ_CHECK(json_string_value(json_object_get(v, "counterparty")) ||
		           json_string_value(json_object_get(v, "counterparty_name")));
		double c = json_real_value(json_object_get(v, "confidence"));
		FUZZ_CHECK(c >= 0 && c <= 1);
		json_array_foreach(json_object_get(v, "receipts"), k, u)
			check_span(u, len);
	}
	json_decref(j);
	return 0;
}
