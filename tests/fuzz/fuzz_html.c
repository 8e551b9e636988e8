/*
 * fuzz_html.c — libFuzzer target for the HTML reader (libxml2's HTML
 * parser through SAX): any bytes as a page. The text must be valid UTF-8
 * with an offset map inside the input, or the reader must say why not.
 */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	rcp_text t;
	memset(&t, 0, sizeof t);
	rcp_error err;
	if (rcp__html_read(data, size, &t, &err) == RCP_OK)
		fuzz_check_text(&t, size);
	else
		FUZZ_CHECK(err.what[0] != '\0');
	rcp_text_release(&t);
	return 0;
}
