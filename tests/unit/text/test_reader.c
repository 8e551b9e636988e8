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

	/* plain text: no title taken from a first sentence, no metadata from
	 * the body */
	CHECK_INT(extract("Microsoft supplied Azure.\nDate: 2020\n", "a.txt", &t), RCP_OK);
	CHECK_INT(t.format, RCP_FORMAT_TEXT);
	CHECK(t.title == NULL);
	CHECK(t.published == NULL);
	rcp_text_release(&t);

	/* a saved page: a title line, then its metadata lines, in en, fr, es, de */
	static const struct {
		const char *text, *title, *url, *published, *publisher;
	} pages[] = {
		{"Elbit wins a towers contract\nSource: https://example.org/x\nPublished: 2019-06-26\n\n"
		 "CBP awarded Elbit Systems a contract.\n",
		 "Elbit wins a towers contract", "https://example.org/x", "2019-06-26", NULL},
		{"Frontex loue des drones\nLien : https://example.fr/d\nPubli\xC3\xA9 le : 2020-11-25\n"
		 "\xC3\x89""diteur : Cilip\n\nFrontex a d\xC3\xA9""cid\xC3\xA9.\n",
		 "Frontex loue des drones", "https://example.fr/d", "2020-11-25", "Cilip"},
		{"Defensa revoca la adjudicaci\xC3\xB3n\nFuente: https://example.es/a\n"
		 "Fecha de publicaci\xC3\xB3n: 2025-09-09\nMedio: Art\xC3\xAD""culo14\n\nEl Ministerio.\n",
		 "Defensa revoca la adjudicaci\xC3\xB3n", "https://example.es/a", "2025-09-09",
		 "Art\xC3\xAD""culo14"},
		{"Bundeswehr least Drohnen\nQuelle: https://example.de/b\nDatum: 2022-03-01\n"
		 "Herausgeber: Beispiel\n\nDie Bundeswehr.\n",
		 "Bundeswehr least Drohnen", "https://example.de/b", "2022-03-01", "Beispiel"},
	};
	for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++) {
		CHECK_INT(extract(pages[i].text, "page.txt", &t), RCP_OK);
		CHECK_STR(t.title, pages[i].title);
		CHECK_STR(t.url, pages[i].url);
		CHECK_STR(t.published, pages[i].published);
		if (pages[i].publisher)
			CHECK_STR(t.publisher, pages[i].publisher);
		rcp_text_release(&t);
	}
	/* a first line with no metadata after it stays text */
	CHECK_INT(extract("Elbit wins a contract\n\nCBP awarded it.\n", "b.txt", &t), RCP_OK);
	CHECK(t.title == NULL);
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
