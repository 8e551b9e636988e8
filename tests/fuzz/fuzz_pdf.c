/*
 * fuzz_pdf.c — libFuzzer target for the PDF reader (poppler-glib): any
 * bytes as a PDF. Text and page table must be consistent, or the reader
 * must say why not. Poppler is slow on big inputs: scripts/fuzz.sh caps
 * the input length.
 */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	rcp_text t;
	memset(&t, 0, sizeof t);
	rcp_error err;
	if (rcp__pdf_read(data, size, &t, &err) == RCP_OK)
		fuzz_check_text(&t, size);
	else
		FUZZ_CHECK(err.what[0] != '\0');
	rcp_text_release(&t);
	return 0;
}
