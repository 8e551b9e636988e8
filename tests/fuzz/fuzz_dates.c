/*
 * fuzz_dates.c — libFuzzer target for dates (lib/extract/dates.c): the
 * first byte picks the language (en, fr, es, de or none), the rest is the
 * text.
 *
 * Promises checked: every date is a span inside the text, in text order,
 * its year between 1900 and 2099 (years are read from four digits in that
 * range), month 0-12, day 0-31 and only with a month, the end of a range
 * no earlier than its year, and the span's own bytes hold the year.
 *
 * Built by meson: `make fuzz` (libFuzzer, clang) and, with replay.c's
 * main(), in every build, where it replays tests/fuzz/corpus/dates/.
 */
#include "fuzz.h"

typedef struct seen {
	const char *text;
	size_t len, last_end;
} seen;

static int on_date(const rcp_date *d, void *p)
{
	seen *s = p;
	FUZZ_CHECK(d->start < d->end && d->end <= s->len);
	FUZZ_CHECK(d->start >= s->last_end); /* in order, not overlapping */
	s->last_end = d->end;
	FUZZ_CHECK(d->year >= 1900 && d->year <= 2099);
	FUZZ_CHECK(d->month >= 0 && d->month <= 12);
	FUZZ_CHECK(d->day >= 0 && d->day <= 31);
	FUZZ_CHECK(!d->day || d->month);
	if (d->year2) {
		FUZZ_CHECK(d->year2 >= d->year && d->year2 <= 2099);
		FUZZ_CHECK(d->month2 >= 0 && d->month2 <= 12);
		FUZZ_CHECK(d->day2 >= 0 && d->day2 <= 31);
	} else {
		FUZZ_CHECK(!d->month2 && !d->day2);
	}
	/* the year is read from folded words: "２０２４", or digits with marks
	 * on them, are the year as well (found by fuzz_dates) */
	char y[5];
	snprintf(y, sizeof y, "%04d", d->year);
	size_t n = d->end - d->start;
	char *span = malloc(n + 1);
	for (size_t i = 0; i < n; i++) /* a NUL separates words as a space does */
		span[i] = s->text[d->start + i] ? s->text[d->start + i] : ' ';
	span[n] = '\0';
	char *f = rcp__fold_dup(span, n, NULL);
	FUZZ_CHECK(strstr(f, y) != NULL);
	free(f);
	free(span);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const langs[] = {"en", "fr", "es", "de", NULL};
	if (size < 1)
		return 0;
	size_t len = size - 1;
	char *text = malloc(len + 1);
	memcpy(text, data + 1, len);
	text[len] = '\0';
	seen s = {text, len, 0};
	rcp_date_scan(text, len, langs[data[0] % 5], on_date, &s);
	free(text);
	return 0;
}
