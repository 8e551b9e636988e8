/*
 * fuzz.h — what the libFuzzer targets share: the entry point's
 * prototype and checks of the properties every reader promises, so a
 * broken promise is a crash the fuzzer reports, not a silent oddity.
 *
 * Each target builds two ways (meson.build): with clang and
 * -fsanitize=fuzzer in the fuzz build (make fuzz, scripts/fuzz.sh), and
 * with replay.c's main() in every other build, where it runs each file
 * given once, so tests/fuzz/corpus/ is a regression suite (e2e 014).
 */
#ifndef RCP_FUZZ_H
#define RCP_FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A promise broken: say which and abort, which libFuzzer reports with
 * the input that did it. */
#define FUZZ_CHECK(cond)                                                                   \
	do {                                                                                   \
		if (!(cond)) {                                                                     \
			fprintf(stderr, "fuzz: %s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
			abort();                                                                       \
		}                                                                                  \
	} while (0)

/* A database in memory for one input; aborts when there is none (a
 * broken harness, not a finding). */
static inline rcp_db *fuzz_memory_db(void)
{
	rcp_error err;
	rcp_db *db = rcp_db_open(":memory:", 0, &err);
	if (!db) {
		fprintf(stderr, "fuzz: cannot open a database in memory: %s\n", err.why);
		abort();
	}
	return db;
}

/* JSON values as lines, one a value, dumped with flags: the callback
 * (fuzz_dump_line) of an export, so that what it wrote can be read back.
 * text (NUL-terminated, free() it) holds n lines in len bytes. */
typedef struct fuzz_dump {
	size_t flags;
	char *text;
	size_t len, cap;
	int64_t n;
} fuzz_dump;

static inline int fuzz_dump_line(json_t *v, void *ctx)
{
	fuzz_dump *d = ctx;
	char *line = json_dumps(v, d->flags);
	FUZZ_CHECK(line != NULL);
	size_t n = strlen(line);
	if (d->len + n + 2 > d->cap) {
		d->cap = (d->len + n + 2) * 2;
		d->text = realloc(d->text, d->cap);
		FUZZ_CHECK(d->text != NULL);
	}
	memcpy(d->text + d->len, line, n);
	d->len += n;
	d->text[d->len++] = '\n';
	d->text[d->len] = '\0';
	d->n++;
	free(line);
	return 0;
}

/* What rcp_text_extract() and the readers promise about their text. */
static inline void fuzz_check_text(const rcp_text *t, size_t orig_len)
{
	FUZZ_CHECK(t->text != NULL);
	FUZZ_CHECK(strlen(t->text) == t->len); /* NUL-terminated, no NUL inside */
	FUZZ_CHECK(rcp__utf8_valid(t->text, t->len));
	FUZZ_CHECK(t->encoding != NULL);
	for (size_t i = 0; i < t->nruns; i++) {
		FUZZ_CHECK(t->runs[i].text < t->len);
		FUZZ_CHECK(t->runs[i].orig <= orig_len);
		if (i)
			FUZZ_CHECK(t->runs[i].text > t->runs[i - 1].text);
	}
	for (size_t i = 0; i < t->npages; i++) {
		FUZZ_CHECK(t->pages[i] <= t->len);
		if (i)
			FUZZ_CHECK(t->pages[i] >= t->pages[i - 1]);
	}
	const char *meta[] = {t->title, t->url, t->published, t->publisher, t->lang, t->warning};
	for (size_t i = 0; i < sizeof meta / sizeof meta[0]; i++)
		if (meta[i])
			FUZZ_CHECK(rcp__utf8_valid(meta[i], strlen(meta[i])));
	if (t->published)
		FUZZ_CHECK(rcp_date_valid(t->published));
}

#endif
