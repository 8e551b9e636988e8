/* The HTML, PDF and CSV readers: golden HTML table, metadata, the offset
 * map, pages, CSV splitting, and hostile inputs (deep nesting, truncation,
 * broken quoting, empty input) that must give errors or partial text. */
#include "internal.h"
#include "test.h"

static rcp_status extract(const char *s, size_t n, rcp_text *t, rcp_error *err)
{
	memset(t, 0, sizeof *t);
	rcp_error_clear(err);
	return rcp_text_extract((const uint8_t *)s, n, "x", t, err);
}

/* Every run of the map points at bytes equal to the text it starts (for
 * text without character references). */
static int map_ok(const rcp_text *t, const char *orig, size_t olen)
{
	for (size_t i = 0; i < t->nruns; i++) {
		uint64_t te = i + 1 < t->nruns ? t->runs[i + 1].text : t->len;
		uint64_t n = te - t->runs[i].text;
		/* a run may end in a separator the reader added: compare its first word */
		uint64_t k = 0;
		while (k < n && t->text[t->runs[i].text + k] != ' ' && t->text[t->runs[i].text + k] != '\n')
			k++;
		if (t->runs[i].orig + k > olen ||
		    memcmp(t->text + t->runs[i].text, orig + t->runs[i].orig, k) != 0)
			return 0;
	}
	return 1;
}

/* Every run starts inside the text and points inside the original. */
static int map_in_bounds(const rcp_text *t, size_t olen)
{
	for (size_t i = 0; i < t->nruns; i++)
		if (t->runs[i].text >= t->len || t->runs[i].orig > olen ||
		    (i && t->runs[i].text <= t->runs[i - 1].text))
			return 0;
	return 1;
}

typedef struct split_acc {
	int n;
	char keys[8][32];
	int64_t first[8];
	char last[512];
} split_acc;

static int on_doc(const rcp_csv_doc *d, void *ctx)
{
	split_acc *a = ctx;
	if (a->n < 8) {
		snprintf(a->keys[a->n], sizeof a->keys[0], "%s", d->key ? d->key : "");
		a->first[a->n] = d->first_record;
	}
	snprintf(a->last, sizeof a->last, "%.*s", (int)d->len, (const char *)d->bytes);
	a->n++;
	return 0;
}

static char *read_all(const char *rel, size_t *n)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", test_data_dir(), rel);
	uint8_t *b;
	rcp_error err;
	if (rcp_file_read(path, 1 << 20, &b, n, &err) != RCP_OK) {
		fprintf(stderr, "cannot read %s\n", path);
		exit(2);
	}
	return (char *)b;
}

int main(void)
{
	rcp_text t;
	rcp_error err;

	/* ---- HTML golden table ---- */
	FILE *f = test_open_table("text/html.tsv");
	char line[2048], *fl[2];
	int rows = 0;
	while (test_next_row(f, line, sizeof line, fl, 2) == 2) {
		/* a leading tag makes the sniffer say HTML */
		char doc[2100];
		snprintf(doc, sizeof doc, "<!DOCTYPE html>%s", fl[0]);
		if (extract(doc, strlen(doc), &t, &err) == RCP_OK && !strcmp(t.text, fl[1]) &&
		    t.format == RCP_FORMAT_HTML)
			t_pass++;
		else {
			t_fail++;
			fprintf(stderr, "html '%s': want '%s' got '%s' (%s)\n", fl[0], fl[1],
			        t.text ? t.text : "", err.why);
		}
		rcp_text_release(&t);
		rows++;
	}
	fclose(f);
	CHECK(rows >= 15);

	/* metadata and the offset map */
	const char *page =
		"<!DOCTYPE html>\n<html lang=\"fr-FR\"><head><title>  Elbit et la\n Défense </title>"
		"<meta property=\"article:published_time\" content=\"2024-03-01T10:00:00+01:00\">"
		"<meta property=\"og:site_name\" content=\"Le Monde\">"
		"<link rel=\"canonical\" href=\"https://example.org/a\"></head>"
		"<body><nav>Accueil</nav><h1>Titre</h1><p>Le ministère a signé.</p>"
		"<p>Deuxième paragraphe ici.</p></body></html>";
	CHECK_INT(extract(page, strlen(page), &t, &err), RCP_OK);
	CHECK_STR(t.title, "Elbit et la Défense");
	CHECK_STR(t.published, "2024-03-01");
	CHECK_STR(t.publisher, "Le Monde");
	CHECK_STR(t.url, "https://example.org/a");
	CHECK_STR(t.lang, "fr");
	CHECK_STR(t.text, "Titre\n\nLe ministère a signé.\n\nDeuxième paragraphe ici.");
	CHECK(t.nruns >= 3);
	CHECK(map_ok(&t, page, strlen(page)));
	/* the word "Deuxième" maps to its bytes in the page */
	const char *w = strstr(t.text, "Deuxi");
	size_t off = (size_t)(w - t.text);
	size_t r = 0;
	while (r + 1 < t.nruns && t.runs[r + 1].text <= off)
		r++;
	CHECK(!memcmp(page + t.runs[r].orig + (off - t.runs[r].text), "Deuxième", 9));
	rcp_text_release(&t);

	/* 100,000 nested tags: no crash, no hang, and all of the text */
	size_t big = 100000 * 5 + 64;
	char *deep = malloc(big);
	strcpy(deep, "<html><body><p>top text</p>");
	size_t n = strlen(deep);
	for (int i = 0; i < 100000; i++) {
		memcpy(deep + n, "<div>", 5);
		n += 5;
	}
	memcpy(deep + n, "deep", 4);
	n += 4;
	rcp_status st = extract(deep, n, &t, &err);
	CHECK_INT(st, RCP_OK);
	CHECK_STR(t.text, "top text\n\ndeep");
	rcp_text_release(&t);
	free(deep);

	/* HTML with nothing in it */
	const char *empty_page = "<html><head><script>x()</script></head><body> </body></html>";
	CHECK_INT(extract(empty_page, strlen(empty_page), &t, &err), RCP_EPARSE);
	CHECK_STR(err.why, "the HTML page holds no text");
	rcp_text_release(&t);

	/* ---- PDF ---- */
	size_t plen;
	char *pdf = read_all("text/two-pages.pdf", &plen);
	CHECK_INT(extract(pdf, plen, &t, &err), RCP_OK);
	CHECK_INT(t.format, RCP_FORMAT_PDF);
	CHECK_INT(t.npages, 2);
	CHECK(strstr(t.text, "Integrated Fixed Towers") != NULL);
	CHECK(t.npages == 2 && strstr(t.text + t.pages[1], "Ministère de la Défense") == t.text + t.pages[1] + 14);
	CHECK_STR(t.title, "Test document");
	CHECK_STR(t.published, "2024-03-01");
	CHECK(t.nruns == 0);
	rcp_text_release(&t);
	/* truncated before its cross-reference table and trailer: a clear
	 * parse error and no text, never a crash */
	for (size_t cut = 16; cut < plen; cut += 97) {
		st = extract(pdf, cut, &t, &err);
		CHECK_INT(st, RCP_EPARSE);
		CHECK(t.len == 0);
		rcp_text_release(&t);
	}
	CHECK_INT(extract("%PDF-1.4\n", 9, &t, &err), RCP_EPARSE);
	rcp_text_release(&t);
	free(pdf);
	/* an empty last page starts at the end of the text, not past it
	 * (found by fuzz_pdf: the page break was recorded, then trimmed) */
	pdf = read_all("text/empty-last-page.pdf", &plen);
	CHECK_INT(extract(pdf, plen, &t, &err), RCP_OK);
	CHECK_INT(t.npages, 2);
	CHECK_STR(t.text, "Elbit Systems built the towers.");
	CHECK(t.npages == 2 && t.pages[1] == t.len);
	rcp_text_release(&t);
	free(pdf);

	/* ---- CSV ---- */
	const char *csv = "supplier,agency,amount,description\n"
	                  "Elbit Systems,CBP,26000000,\"Integrated Fixed Towers, Arizona\"\n"
	                  "Palantir,ICE,30000000,ImmigrationOS\n"
	                  "Elbit Systems,IMOD,1000,\"drones \"\"Hermes\"\"\"\n";
	CHECK(rcp_csv_sniff((const uint8_t *)csv, strlen(csv)));
	CHECK(!rcp_csv_sniff((const uint8_t *)"Hello, world.\nThis is text, really.\n", 36));
	CHECK(!rcp_csv_sniff((const uint8_t *)"One line, two commas, here\n", 27));
	CHECK_INT(extract(csv, strlen(csv), &t, &err), RCP_OK);
	CHECK_INT(t.format, RCP_FORMAT_CSV);
	CHECK(strstr(t.text, "description: Integrated Fixed Towers, Arizona") != NULL);
	CHECK(strstr(t.text, "description: drones \"Hermes\"") != NULL);
	CHECK(map_ok(&t, csv, strlen(csv)));
	rcp_text_release(&t);
	memset(&t, 0, sizeof t);
	CHECK_INT(rcp__text_extract_csv((const uint8_t *)csv, strlen(csv), "x", "supplier, Description",
	                                &t, &err), RCP_OK);
	CHECK(strstr(t.text, "agency:") == NULL && strstr(t.text, "supplier: Palantir") != NULL);
	rcp_text_release(&t);
	memset(&t, 0, sizeof t);
	CHECK_INT(rcp__text_extract_csv((const uint8_t *)csv, strlen(csv), "x", "nope", &t, &err),
	          RCP_EINVAL);

	split_acc a = {0};
	CHECK_INT(rcp_csv_split((const uint8_t *)csv, strlen(csv), NULL, on_doc, &a, &err), RCP_OK);
	CHECK_INT(a.n, 3);
	CHECK_INT(a.first[2], 3);
	CHECK_STR(a.last, "supplier,agency,amount,description\n"
	                  "Elbit Systems,IMOD,1000,\"drones \"\"Hermes\"\"\"\n");
	rcp_csv_options g = {.group_by = "Supplier"};
	memset(&a, 0, sizeof a);
	CHECK_INT(rcp_csv_split((const uint8_t *)csv, strlen(csv), &g, on_doc, &a, &err), RCP_OK);
	CHECK_INT(a.n, 2);
	CHECK_STR(a.keys[0], "Elbit Systems");
	CHECK_STR(a.keys[1], "Palantir");
	g.group_by = "vendor";
	CHECK_INT(rcp_csv_split((const uint8_t *)csv, strlen(csv), &g, on_doc, &a, &err), RCP_EINVAL);

	/* broken quoting: the records before it, and an error naming the record */
	const char *broken = "a,b\n1,2\n3,\"never closed\n4,5\n";
	memset(&a, 0, sizeof a);
	CHECK_INT(rcp_csv_split((const uint8_t *)broken, strlen(broken), NULL, on_doc, &a, &err),
	          RCP_EPARSE);
	CHECK_INT(a.n, 1);
	CHECK(strstr(err.why, "record 2") != NULL);
	CHECK_INT(extract(broken, strlen(broken), &t, &err), RCP_OK);
	CHECK(t.warning && strstr(t.warning, "record 2"));
	CHECK_STR(t.text, "a: 1\nb: 2");
	rcp_text_release(&t);
	/* semicolons and tabs */
	const char *semi = "name;amount\nElbit;10\nAnduril;20\n";
	CHECK(rcp_csv_sniff((const uint8_t *)semi, strlen(semi)));
	const char *tsv = "name\tamount\nElbit\t10\n";
	CHECK(rcp_csv_sniff((const uint8_t *)tsv, strlen(tsv)));

	/* ---- the offset map stays inside the text and the input ---- */
	/* (found by fuzz_html: a page libxml2 transcodes, whose text is
	 * longer in UTF-8 than in its bytes; word offsets counted in the
	 * UTF-8 ran past the page's end) */
	static const char odd_page[] =
		"\x3c\x68\x63\x6d\x6c\x3e\x3c\x68\x65\x61\x64\x3e\x3c\x36\x00\x74\x61\x20"
		"\x63\x68\x61\x72\xff\xff\xff\xff\xff\x73\x65\x63\x74\xff\xff\xff\xff\xff"
		"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
		"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x73\x65\x74\x3d\x22\x23\x77"
		"\x69\x6e\x64\x6f\x01\x00\x00\x00\x00\x00\x00\x00\x77\x73\x2d\x31\x32\x60"
		"\x35\x6f\x64\x79\x3e\x2f\x68\x74\x6d\x6c\x3e\x01\x04";
	memset(&t, 0, sizeof t);
	if (rcp__html_read((const uint8_t *)odd_page, sizeof odd_page - 1, &t, &err) == RCP_OK)
		CHECK(map_in_bounds(&t, sizeof odd_page - 1));
	else
		CHECK(0);
	rcp_text_release(&t);
	/* (found by fuzz_csv: a value of only a line break was mapped, then
	 * dropped as trailing white space, leaving a run past the text's end) */
	const char *nl_value = "a,b\n\"\n\"";
	memset(&t, 0, sizeof t);
	CHECK_INT(rcp__csv_read((const uint8_t *)nl_value, strlen(nl_value), NULL, &t, &err), RCP_OK);
	CHECK(map_in_bounds(&t, strlen(nl_value)));
	rcp_text_release(&t);

	/* (found by fuzz_csv: UTF-8 with a stray byte is kept as UTF-8, the
	 * byte U+FFFD, three bytes for one; the CSV reader still took the text
	 * for the original bytes and its runs pointed past the file's end) */
	const char *stray = "supplier,description\n\"Caf\xc3\xa9 \xc3\xa9t\xc3\xa9\",\"ca\x97n\"\n"
	                    "\"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\",\"\x97\x97 sold \xc3\xa9\"\n";
	memset(&t, 0, sizeof t);
	CHECK_INT(rcp__csv_read((const uint8_t *)stray, strlen(stray), NULL, &t, &err), RCP_OK);
	CHECK(t.replaced == 3 && t.transcoded);
	CHECK(map_in_bounds(&t, strlen(stray)));
	rcp_text_release(&t);
	CHECK_INT(extract(stray, strlen(stray), &t, &err), RCP_OK);
	CHECK(t.replaced == 3 && t.transcoded);
	rcp_text_release(&t);

	/* (found by fuzz_html: white space in a <pre> got a run, a block
	 * break then dropped that white space, and the next run started
	 * before the last one) */
	const char *pre_ws = "<html><body><p>a</p><pre> <b> </b></pre><p>next</p></body></html>";
	CHECK_INT(extract(pre_ws, strlen(pre_ws), &t, &err), RCP_OK);
	CHECK(map_in_bounds(&t, strlen(pre_ws)));
	CHECK(map_ok(&t, pre_ws, strlen(pre_ws)));
	rcp_text_release(&t);

	/* metadata cut at its cap ends on a whole character (found by
	 * fuzz_html: og:site_name cut inside a UTF-8 sequence) */
	char site[400];
	int k = snprintf(site, sizeof site, "<html><head><meta property=\"og:site_name\" content=\"");
	for (int i = 0; i < 255; i++)
		site[k++] = 'a';
	snprintf(site + k, sizeof site - (size_t)k, "\xc3\xa9\xc3\xa9\"></head><body><p>x</p></body></html>");
	CHECK_INT(extract(site, strlen(site), &t, &err), RCP_OK);
	CHECK(t.publisher && strlen(t.publisher) == 255);
	CHECK(t.publisher && rcp__utf8_valid(t.publisher, strlen(t.publisher)));
	rcp_text_release(&t);

	/* a tag of 200,000 attributes: libxml2 compares each with all before it
	 * (minutes); past 256 they are blanked, offsets unchanged, a warning */
	{
		rcp_buf b;
		rcp__buf_init(&b, 0);
		rcp__buf_printf(&b, "<html><body><p title=\"a>b\" ");
		for (int i = 0; i < 200000; i++)
			rcp__buf_printf(&b, "a%d=\"x\" ", i);
		rcp__buf_printf(&b, "data-last='>'>Elbit Systems supplies drones.</p>"
		                    "<!-- <p a b c> --><p>Second.</p></body></html>");
		CHECK_INT(extract(b.data, b.len, &t, &err), RCP_OK);
		CHECK(t.text && strstr(t.text, "Elbit Systems supplies drones.") != NULL);
		CHECK(t.text && strstr(t.text, "Second.") != NULL);
		CHECK(t.text && !strstr(t.text, "a1"));
		CHECK(t.warning && strstr(t.warning, "over 256 attributes") != NULL);
		CHECK(map_in_bounds(&t, b.len));
		CHECK(map_ok(&t, b.data, b.len));
		rcp_text_release(&t);
		rcp__buf_release(&b);
	}

	/* ---- empty input ---- */
	/* no bytes are a text of no length (rcp_source_add refuses it: "the
	 * file is empty") */
	CHECK_INT(extract("", 0, &t, &err), RCP_OK);
	CHECK_INT((long long)t.len, 0);
	rcp_text_release(&t);
	TEST_END();
}
