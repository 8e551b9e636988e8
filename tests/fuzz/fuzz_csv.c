/*
 * fuzz_csv.c — libFuzzer target for the CSV reader and splitter: any
 * bytes as delimited records, read whole (all columns, and one named
 * column), and split into documents one per record and grouped by a
 * column. Every document the splitter hands out must itself be readable
 * as CSV without a crash.
 */
#include "fuzz.h"

typedef struct split_ctx {
	int docs;
} split_ctx;

static int on_doc(const rcp_csv_doc *d, void *ctx)
{
	split_ctx *c = ctx;
	FUZZ_CHECK(d->bytes != NULL && d->len > 0);
	FUZZ_CHECK(d->records >= 1 && d->first_record >= 1);
	rcp_text t;
	memset(&t, 0, sizeof t);
	rcp_error err;
	if (rcp__csv_read(d->bytes, d->len, NULL, &t, &err) == RCP_OK)
		fuzz_check_text(&t, d->len);
	rcp_text_release(&t);
	return ++c->docs >= 50; /* enough: stop the walk */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	rcp_error err;
	(void)rcp_csv_sniff(data, size);

	static const char *const columns[] = {NULL, "description", "b"};
	for (size_t i = 0; i < sizeof columns / sizeof columns[0]; i++) {
		rcp_text t;
		memset(&t, 0, sizeof t);
		if (rcp__csv_read(data, size, columns[i], &t, &err) == RCP_OK)
			fuzz_check_text(&t, size);
		else
			FUZZ_CHECK(err.what[0] != '\0');
		rcp_text_release(&t);
	}

	static const char *const groups[] = {NULL, "supplier", "a"};
	for (size_t i = 0; i < sizeof groups / sizeof groups[0]; i++) {
		rcp_csv_options o = {.group_by = groups[i], .max_docs = 0};
		split_ctx c = {0};
		(void)rcp_csv_split(data, size, &o, on_doc, &c, &err);
	}
	return 0;
}
