/*
 * rcp_json_compact (lib/base/jsonout.c) writes what jansson's json_dumps
 * writes with JSON_COMPACT | JSON_REAL_PRECISION(15), byte for byte: on
 * chosen values (escapes, reals with exponents, the extreme integers,
 * empty containers, an extract record) and on 20,000 random trees.
 */
#include <float.h>
#include <math.h>

#include "internal.h"
#include "test.h"

#define FLAGS (JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15))

static unsigned seed = 19;
static unsigned rnd(unsigned n)
{
	seed = seed * 1103515245u + 12345u;
	return (seed >> 8) % n;
}

/* Same bytes as jansson, or both refuse. */
static int same(const json_t *v)
{
	size_t n = 0;
	char *got = rcp_json_compact(v, &n);
	char *want = json_dumps(v, FLAGS);
	int ok = (!got && !want) ||
	         (got && want && n == strlen(want) && !memcmp(got, want, n));
	if (!ok)
		fprintf(stderr, "jsonout: want %s\n         got  %.*s\n", want ? want : "(none)",
		        (int)n, got ? got : "(none)");
	free(got);
	free(want);
	return ok;
}

static const char *const pieces[] = {"a", "\"", "\\", "/", "\n", "\t", "\r", "\b", "\f",
                                     "\x01", "\x1f", "\x7f", " ", "\xc3\xa9", "\xe2\x82\xac",
                                     "\xf0\x9f\x98\x80", "Microsoft", ""};

static json_t *random_string(void)
{
	char s[64] = "";
	size_t n = 0;
	for (unsigned k = rnd(6); k > 0; k--) {
		const char *p = pieces[rnd(sizeof pieces / sizeof pieces[0])];
		size_t l = strlen(p);
		if (n + l + 1 > sizeof s)
			break;
		memcpy(s + n, p, l + 1);
		n += l;
	}
	return json_stringn(s, n);
}

static json_t *random_real(void)
{
	static const double fixed[] = {0.0, -0.0, 0.97, 1.0, 100.0, 1e15, 1e16, 1e17, 1e21, 1e-5,
	                               1.5e-7, 123456789012345.0, 1234567890123456.0, 0.1 + 0.2,
	                               DBL_MAX, -DBL_MAX, DBL_MIN, 5e-324, 2.5e100, -3.25e-100};
	if (rnd(2))
		return json_real(fixed[rnd(sizeof fixed / sizeof fixed[0])]);
	double m = (double)rnd(1000000) / (double)(1 + rnd(1000));
	return json_real((rnd(2) ? -m : m) * pow(10.0, (double)((int)rnd(80) - 40)));
}

static json_t *random_value(int depth)
{
	unsigned kind = rnd(depth > 3 ? 6 : 8);
	switch (kind) {
	case 0: return json_null();
	case 1: return rnd(2) ? json_true() : json_false();
	case 2: {
		static const json_int_t fixed[] = {0, -1, 9, 10, -10, 123456789, INT64_MAX, INT64_MIN};
		return json_integer(rnd(2) ? fixed[rnd(8)] : (json_int_t)rnd(100000) - 50000);
	}
	case 3: return random_real();
	case 4:
	case 5: return random_string();
	case 6: {
		json_t *a = json_array();
		for (unsigned k = rnd(4); k > 0; k--)
			json_array_append_new(a, random_value(depth + 1));
		return a;
	}
	default: {
		json_t *o = json_object();
		for (unsigned k = rnd(4); k > 0; k--) {
			json_t *key = random_string();
			json_object_set_new(o, json_string_value(key), random_value(depth + 1));
			json_decref(key);
		}
		return o;
	}
	}
}

int main(void)
{
	json_t *v = json_pack("{s:s, s:[{s:I, s:I, s:s}], s:f, s:n, s:b, s:{}, s:[]}", "file",
	                      "a/b \"c\".txt", "mentions", "start", (json_int_t)223, "end",
	                      (json_int_t)232, "text", "Microsoft\n\x01", "confidence", 0.97,
	                      "amount", "ok", 1, "o", "a");
	CHECK(same(v));
	json_decref(v);
	v = json_array();
	CHECK(same(v));
	json_decref(v);
	/* not a container: NULL, as json_dumps without JSON_ENCODE_ANY */
	v = json_integer(5);
	CHECK(rcp_json_compact(v, NULL) == NULL);
	json_decref(v);
	CHECK(rcp_json_compact(NULL, NULL) == NULL);
	for (int r = 0; r < 20000; r++) {
		json_t *t = rnd(2) ? json_array() : json_object();
		for (unsigned k = rnd(5); k > 0; k--) {
			json_t *x = random_value(1);
			if (json_is_array(t))
				json_array_append_new(t, x);
			else {
				char key[16];
				snprintf(key, sizeof key, "k%u", rnd(10));
				json_object_set_new(t, key, x);
			}
		}
		if (same(t))
			t_pass++;
		else
			t_fail++;
		json_decref(t);
	}
	TEST_END();
}
