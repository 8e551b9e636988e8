/* Language detection: golden table tests/data/text/lang.tsv. */
#include "internal.h"
#include "test.h"

/* The languages listing w, by reading every list word by word: what the
 * hashed table must answer. */
static unsigned linear_function_word(const char *w, size_t n)
{
	unsigned in = 0;
	const char *code;
	const char *const *list;
	for (size_t l = 0; (list = rcp__lang_list(l, &code)); l++)
		for (int i = 0; list[i]; i++)
			if (strlen(list[i]) == n && !memcmp(list[i], w, n))
				in |= 1u << l;
	return in;
}

/* The hashed function words answer as the lists do: for every word of
 * every list, its prefixes and its extensions, and for random non-words. */
static void check_function_words(void)
{
	const char *code;
	const char *const *list;
	size_t words = 0, hits = 0;
	for (size_t l = 0; (list = rcp__lang_list(l, &code)); l++)
		for (int i = 0; list[i]; i++) {
			char w[16];
			size_t n = strlen(list[i]);
			memcpy(w, list[i], n);
			w[n] = 's';
			for (size_t k = 0; k <= n + 1; k++) {
				unsigned got = rcp__lang_function_word(w, k);
				CHECK(got == linear_function_word(w, k));
				hits += got != 0;
			}
			CHECK(rcp__lang_function_word(list[i], n) & (1u << l));
			words++;
		}
	CHECK(words > 200);
	CHECK(hits >= words);
	unsigned seed = 19;
	for (int r = 0; r < 200000; r++) {
		char w[12];
		seed = seed * 1103515245u + 12345u;
		size_t n = 1 + (seed >> 16) % 10;
		for (size_t k = 0; k < n; k++) {
			seed = seed * 1103515245u + 12345u;
			w[k] = (char)("abdeilnorstuy\xc3"[(seed >> 16) % 14]);
		}
		if (rcp__lang_function_word(w, n) != linear_function_word(w, n)) {
			t_fail++;
			fprintf(stderr, "function word '%.*s': hashed and listed differ\n", (int)n, w);
		} else
			t_pass++;
	}
	CHECK(rcp__lang_function_word("the", 3) == linear_function_word("the", 3));
	CHECK(rcp__lang_function_word("de", 2) != 0); /* nl only: shared words left out */
	CHECK(rcp__lang_function_word("", 0) == 0);
	CHECK(rcp__lang_function_word("aaaaaaaaa", 9) == 0);
}

int main(void)
{
	check_function_words();
	FILE *f = test_open_table("text/lang.tsv");
	char line[1024], *fl[2];
	int rows = 0;
	while (test_next_row(f, line, sizeof line, fl, 2) == 2) {
		const char *got = rcp__lang_detect(fl[0], strlen(fl[0]));
		const char *want = strcmp(fl[1], "-") ? fl[1] : NULL;
		if ((!got && !want) || (got && want && !strcmp(got, want)))
			t_pass++;
		else {
			t_fail++;
			fprintf(stderr, "lang '%s': want %s got %s\n", fl[0], want ? want : "none",
			        got ? got : "none");
		}
		rows++;
	}
	fclose(f);
	CHECK(rows >= 8);
	CHECK(rcp__lang_detect("", 0) == NULL);
	TEST_END();
}
