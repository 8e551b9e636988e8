#include "internal.h"
#include "test.h"

static rcp_status extract(const char *s, const char *name, rcp_text *t)
{
	rcp_error err;
	return rcp_text_extract((const uint8_t *)s, strlen(s), name, t, &err);
}

int main(void)
{
	rcp_text t;
	const char *note =
		"# Palantir and ICE\n"
		"\n"
		"Source: https://example.org/a\n"
		"Publisher: Example News\n"
		"Published: 2025-04-17\n"
		"Language: en\n"
		"\n"
		"ICE awarded Palantir a contract.\n";
	CHECK_INT(extract(note, "note.md", &t), RCP_OK);
	CHECK_INT(t.format, RCP_FORMAT_MARKDOWN);
	CHECK_STR(t.title, "Palantir and ICE");
	CHECK_STR(t.url, "https://example.org/a");
	CHECK_STR(t.publisher, "Example News");
	CHECK_STR(t.published, "2025-04-17");
	CHECK_STR(t.lang, "en");
	CHECK_STR(t.text, note); /* the text is the bytes: offsets are file offsets */
	rcp_text_release(&t);

	const char *fm = "---\ntitle: \"Front matter\"\ndate: 2024-13-01\nurl: u\n---\nBody\n";
	CHECK_INT(extract(fm, NULL, &t), RCP_OK);
	CHECK_STR(t.title, "Front matter");
	CHECK(t.published == NULL); /* not a real date: dropped */
	CHECK_STR(t.url, "u");
	rcp_text_release(&t);

	/* plain text: no title taken from the first line, no metadata from the body */
	CHECK_INT(extract("Microsoft supplied Azure.\nDate: 2020\n", "a.txt", &t), RCP_OK);
	CHECK_INT(t.format, RCP_FORMAT_TEXT);
	CHECK(t.title == NULL);
	CHECK(t.published == NULL);
	rcp_text_release(&t);

	/* HTML and PDF are recognised from the bytes, whatever the name, and
	 * read by their readers: these hold nothing readable */
	CHECK_INT(extract("%PDF-1.7\n...", "x.txt", &t), RCP_EPARSE);
	CHECK_INT(extract("  <!DOCTYPE html><html>", "x.txt", &t), RCP_EPARSE);
	CHECK_INT(extract("<html><title><script>alert(1)</script></title>", NULL, &t), RCP_EPARSE);
	CHECK_INT(extract("<!DOCTYPE html><p>Elbit</p>", "x.txt", &t), RCP_OK);
	CHECK_INT(t.format, RCP_FORMAT_HTML);
	rcp_text_release(&t);
	CHECK_STR(rcp_format_name(RCP_FORMAT_MARKDOWN), "markdown");
	rcp_text_release(NULL);
	TEST_END();
}
