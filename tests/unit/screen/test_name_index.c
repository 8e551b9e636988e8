/* The name index built from registries nobody wrote by hand: names that
 * repeat a word (the PIMCO fund name that left an unwritten posting and
 * crashed `POST /api/v1/screen`), empty names, one-letter words, long
 * names, a vocabulary of a few words shared by every name, and many
 * names. After every build the index's invariants hold
 * (rcp__name_index_check) and every holding screens without a crash: a
 * name that is a registry name exactly matches that name's company or
 * another with the same name. Every index also goes through its file:
 * written, mapped back, its invariants hold there and every holding
 * screens to the same answer as with the index in memory. */
#include <math.h>
#include <unistd.h>

#include "internal.h"
#include "test.h"

/* The reported registry name and holding. */
static void pimco(void)
{
	rcp_name_index *m = rcp_name_index_new();
	rcp_error err;
	rcp_name_entity a = {.id = "pimco-fund",
	                     .name = "PIMCO Funds Global Investors Series plc - PIMCO Global Bond Fund",
	                     .categories = RCP_CAT_MILITARY};
	rcp_name_entity b = {.id = "pimco", .name = "PIMCO Global Advisors",
	                     .categories = RCP_CAT_MILITARY};
	rcp_name_entity c = {.id = "repeat", .name = "Bond Bond Bond Bond Global Global"};
	CHECK_INT(rcp_name_index_add(m, &a, &err), RCP_OK);
	CHECK_INT(rcp_name_index_add(m, &b, &err), RCP_OK);
	CHECK_INT(rcp_name_index_add(m, &c, &err), RCP_OK);
	rcp_name_index_build(m);
	const char *why = rcp__name_index_check(m);
	CHECK_STR(why ? why : "ok", "ok");
	static const char *const q[] = {"PIMCO Global", "PIMCO", "Global Bond", "Bond Bond",
	                                "PIMCO Global Advisors", "Global Global Global"};
	for (size_t i = 0; i < sizeof q / sizeof q[0]; i++) {
		rcp_name_match out;
		rcp_holding h = {.row = 1, .name = q[i], .weight = NAN, .value = NAN, .shares = NAN};
		rcp_match_holding(m, &h, &out);
		CHECK(out.score >= 0 && out.score <= 1);
		rcp_match_name(m, q[i], &out);
		CHECK(out.score >= 0 && out.score <= 1);
	}
	rcp_name_match out;
	rcp_match_name(m, "PIMCO Global Advisors", &out);
	CHECK_STR(out.id, "pimco");
	rcp_name_index_free(m);
}

/* A random name of 0..maxw words drawn from a vocabulary of vocab words
 * (some one letter long), often repeating one. */
static void random_name(uint64_t *rng, char *buf, size_t cap, unsigned vocab, unsigned maxw)
{
	static const char *const forms[] = {"Inc", "Corp", "plc", "AG", "S.A.", "Holdings",
	                                    "Group", "-", "&", "The", "of"};
	size_t n = 0;
	unsigned nw = test_rand(rng, maxw + 1);
	unsigned last = 0;
	buf[0] = '\0';
	for (unsigned w = 0; w < nw && n + 40 < cap; w++) {
		unsigned pick = test_rand(rng, 4) == 0 && w ? last : test_rand(rng, vocab);
		last = pick;
		int k;
		if (test_rand(rng, 6) == 0)
			k = snprintf(buf + n, cap - n, "%s%s", n ? " " : "",
			             forms[test_rand(rng, sizeof forms / sizeof forms[0])]);
		else if (pick % 7 == 0)
			k = snprintf(buf + n, cap - n, "%s%c", n ? " " : "", 'a' + (int)(pick % 26));
		else
			k = snprintf(buf + n, cap - n, "%sW%uz%s", n ? " " : "", pick,
			             pick % 3 ? "" : "ä");
		n += (size_t)k;
	}
}

/* The two answers are the same, field by field. */
static int same_match(const rcp_name_match *a, const rcp_name_match *b)
{
#define SAME_STR(x, y) ((!(x) && !(y)) || ((x) && (y) && !strcmp((x), (y))))
	return SAME_STR(a->id, b->id) && SAME_STR(a->name, b->name) &&
	       SAME_STR(a->matched, b->matched) && a->score == b->score &&
	       SAME_STR(a->why, b->why) && a->categories == b->categories &&
	       SAME_STR(a->tier, b->tier) && SAME_STR(a->parent, b->parent) &&
	       SAME_STR(a->parent_name, b->parent_name) && SAME_STR(a->near, b->near);
#undef SAME_STR
}

/* m written to a file and mapped back: NULL when that fails. */
static rcp_name_index *through_file(const rcp_name_index *m)
{
	char path[256];
	const char *dir = getenv("TMPDIR");
	snprintf(path, sizeof path, "%s/test_name_index.%ld.names", dir && *dir ? dir : "/tmp",
	         (long)getpid());
	rcp_error err;
	rcp_name_index *f = NULL;
	char stamp[48];
	if (rcp_name_index_save(m, "test", path, &err) == RCP_OK)
		f = rcp_name_index_map(path, stamp, &err);
	unlink(path);
	CHECK(f != NULL);
	if (f)
		CHECK_STR(stamp, "test");
	return f;
}

static size_t exercise(uint64_t seed, size_t nents, unsigned vocab, unsigned maxw,
                       unsigned maxalias, size_t nqueries)
{
	uint64_t rng = seed;
	rcp_name_index *m = rcp_name_index_new();
	rcp_error err;
	char (*names)[256] = calloc(nents, sizeof *names);
	char aliases[3][256];
	size_t added = 0;
	for (size_t i = 0; i < nents; i++) {
		char id[32];
		snprintf(id, sizeof id, "e%zu", i);
		random_name(&rng, names[i], sizeof names[i], vocab, maxw);
		const char *al[3];
		size_t na = test_rand(&rng, maxalias + 1);
		for (size_t k = 0; k < na; k++) {
			random_name(&rng, aliases[k], sizeof aliases[k], vocab, maxw);
			al[k] = aliases[k];
		}
		/* identifiers too, some shared, so the file's maps of lists and of
		 * single values are both walked */
		char isin[32], ticker[32];
		snprintf(isin, sizeof isin, "isin:US%010u", test_rand(&rng, 50));
		snprintf(ticker, sizeof ticker, "ticker:NYSE:W%u", test_rand(&rng, (unsigned)nents + 1));
		const char *ids[] = {isin, ticker};
		rcp_name_entity e = {.id = id, .name = names[i], .aliases = al, .naliases = na,
		                     .identifiers = ids, .nidentifiers = test_rand(&rng, 3),
		                     .categories = 1u << test_rand(&rng, 5)};
		if (rcp_name_index_add(m, &e, &err) == RCP_OK)
			added++;
	}
	rcp_name_index_build(m);
	const char *why = rcp__name_index_check(m);
	CHECK_STR(why ? why : "ok", "ok");
	rcp_name_index *f = through_file(m);
	if (f) {
		why = rcp__name_index_check(f);
		CHECK_STR(why ? why : "ok", "ok");
		CHECK_INT(rcp_name_index_size(f), rcp_name_index_size(m));
	}
	size_t exact_missed = 0, differ = 0;
	for (size_t i = 0; i < nqueries; i++) {
		char q[256];
		int exact = test_rand(&rng, 2) == 0;
		if (exact)
			memcpy(q, names[test_rand(&rng, (unsigned)nents)], sizeof q);
		else
			random_name(&rng, q, sizeof q, vocab, maxw);
		rcp_name_match out;
		rcp_holding h = {.row = 1, .name = q, .weight = NAN, .value = NAN, .shares = NAN};
		rcp_match_holding(m, &h, &out);
		if (f) {
			rcp_name_match fo;
			rcp_holding fh = h;
			if (test_rand(&rng, 3) == 0) /* identifiers, through the file's maps */
				fh.ticker = "W1", fh.exchange = "NYSE";
			rcp_match_holding(m, &fh, &out);
			rcp_match_holding(f, &fh, &fo);
			differ += !same_match(&out, &fo);
			rcp_match_name(m, q, &out);
			rcp_match_name(f, q, &fo);
			differ += !same_match(&out, &fo);
			rcp_match_holding(m, &h, &out);
		}
		if (!(out.score >= 0 && out.score <= 1)) {
			fprintf(stderr, "score %g for '%s' (%s)\n", out.score, q, out.why);
			CHECK(out.score >= 0 && out.score <= 1);
		}
		if (exact && !out.id) {
			/* an exact registry name that normalizes to words scores 1 */
			unsigned forms;
			char *key = rcp__name_norm(q, strlen(q), &forms);
			if (*key) {
				exact_missed++;
				fprintf(stderr, "not matched: '%s' (key '%s', score %g)\n", q, key, out.score);
			}
			free(key);
		}
		rcp_match_name(m, q, &out);
	}
	CHECK_INT(differ, 0);
	free(names);
	rcp_name_index_free(f);
	rcp_name_index_free(m);
	return exact_missed;
}

/* Lookups longer than every string the index holds: the string compare
 * must stop at a stored string's end, not read n bytes from it (under
 * ASan, reading past the last string of the block was an overflow the
 * fuzz corpus found in a merged tree). In memory and mapped. */
static void long_keys(void)
{
	rcp_name_index *m = rcp_name_index_new();
	rcp_error err;
	static const char *const ids[] = {"ticker:A", "isin:US0378331005"};
	for (int i = 0; i < 40; i++) {
		char id[8], name[8];
		snprintf(id, sizeof id, "e%d", i);
		snprintf(name, sizeof name, "N%d", i);
		rcp_name_entity e = {.id = id, .name = name, .identifiers = i == 39 ? ids : NULL,
		                     .nidentifiers = i == 39 ? 2 : 0, .categories = RCP_CAT_MILITARY};
		CHECK_INT(rcp_name_index_add(m, &e, &err), RCP_OK);
	}
	rcp_name_index_build(m);
	rcp_name_index *f = through_file(m);
	char key[200];
	for (int i = 0; i < 2000; i++) {
		int n = 1 + i % 150;
		for (int j = 0; j < n; j++)
			key[j] = (char)('A' + (i * 7 + j * 13) % 26);
		key[n] = '\0';
		rcp_holding h = {.row = 1, .name = key, .ticker = key, .isin = key, .cusip = key,
		                 .sedol = key, .figi = key, .lei = key,
		                 .weight = NAN, .value = NAN, .shares = NAN};
		rcp_name_match a, b;
		rcp_match_holding(m, &h, &a);
		if (f) {
			rcp_match_holding(f, &h, &b);
			CHECK(same_match(&a, &b));
		}
	}
	rcp_name_index_free(f);
	rcp_name_index_free(m);
}

int main(void)
{
	pimco();
	long_keys();
	/* small vocabularies: every name shares and repeats words */
	size_t missed = 0;
	for (uint64_t s = 1; s <= 40; s++)
		missed += exercise(s * 7919, 1 + s * 5, 2 + (unsigned)(s % 9), 1 + (unsigned)(s % 12),
		                   3, 200);
	fprintf(stderr, "exact registry names not matched: %zu\n", missed);
	/* empty names only */
	CHECK_INT(exercise(99, 50, 3, 0, 3, 50), 0);
	/* many names: a hundred thousand (a million under a plain build) */
#if defined(__SANITIZE_ADDRESS__)
	size_t many = 100000;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
	size_t many = 100000;
#else
	size_t many = 1000000;
#endif
#else
	size_t many = 1000000;
#endif
	exercise(424242, many, 50000, 8, 1, 2000);
	TEST_END();
}
