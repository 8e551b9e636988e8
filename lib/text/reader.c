/*
 * reader.c — from a document's bytes to its extracted UTF-8 text.
 *
 * The format is sniffed from the bytes. Plain text and Markdown are read
 * here: their extracted text is the decoded bytes themselves, so offsets
 * into a UTF-8 .txt file are offsets into the file. HTML (html.c), PDF
 * (pdf.c) and CSV (csv.c) have readers of their own, whose text is
 * NFC-normalized and comes with an offset map back to the bytes, built
 * with the builder they share (builder.c).
 *
 * Metadata a note carries at its top is picked up: YAML front matter
 * (title, url, published, publisher, lang) or "Key: value" lines right
 * under a Markdown heading (Source, URL, Publisher, Published, Date,
 * Language). docs/formats.md describes both.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "internal.h"

const char *rcp_format_name(rcp_format f)
{
	switch (f) {
	case RCP_FORMAT_TEXT: return "text";
	case RCP_FORMAT_MARKDOWN: return "markdown";
	case RCP_FORMAT_HTML: return "html";
	case RCP_FORMAT_PDF: return "pdf";
	case RCP_FORMAT_CSV: return "csv";
	}
	return "text";
}

void rcp_text_release(rcp_text *t)
{
	if (!t)
		return;
	free(t->text);
	free(t->title);
	free(t->url);
	free(t->published);
	free(t->publisher);
	free(t->lang);
	free(t->runs);
	free(t->pages);
	free(t->warning);
	memset(t, 0, sizeof *t);
}

static int has_suffix(const char *name, const char *suf)
{
	size_t n = strlen(name), m = strlen(suf);
	return n >= m && strcasecmp(name + n - m, suf) == 0;
}

/* Skip leading whitespace and a UTF-8 BOM; case-insensitive prefix test. */
static int starts_with_ci(const uint8_t *s, size_t n, const char *prefix)
{
	size_t i = 0;
	if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		i = 3;
	while (i < n && isspace(s[i]))
		i++;
	size_t m = strlen(prefix);
	return n - i >= m && strncasecmp((const char *)s + i, prefix, m) == 0;
}

static rcp_format sniff(const uint8_t *s, size_t n, const char *name)
{
	if (n >= 5 && memcmp(s, "%PDF-", 5) == 0)
		return RCP_FORMAT_PDF;
	if (starts_with_ci(s, n, "<!doctype html") || starts_with_ci(s, n, "<html") ||
	    starts_with_ci(s, n, "<head") || starts_with_ci(s, n, "<?xml") ||
	    starts_with_ci(s, n, "<!--"))
		return RCP_FORMAT_HTML;
	if (name && (has_suffix(name, ".md") || has_suffix(name, ".markdown")))
		return RCP_FORMAT_MARKDOWN;
	if (!(n >= 2 && s[0] == '#' && s[1] == ' ') && rcp__csv_sniff(s, n))
		return RCP_FORMAT_CSV;
	if (n >= 4 && memcmp(s, "---\n", 4) == 0)
		return RCP_FORMAT_MARKDOWN;
	if (n >= 2 && s[0] == '#' && s[1] == ' ')
		return RCP_FORMAT_MARKDOWN;
	return RCP_FORMAT_TEXT;
}

/* Trimmed copy of [p, e), with surrounding quotes removed; NULL if empty. */
static char *trimmed(const char *p, const char *e)
{
	while (p < e && isspace((unsigned char)*p))
		p++;
	while (e > p && isspace((unsigned char)e[-1]))
		e--;
	if (e - p >= 2 && ((*p == '"' && e[-1] == '"') || (*p == '\'' && e[-1] == '\'')))
		p++, e--;
	if (p == e)
		return NULL;
	return rcp__xstrndup(p, (size_t)(e - p));
}

static void set_once(char **slot, char *v)
{
	if (!v)
		return;
	if (*slot)
		free(v);
	else
		*slot = v;
}

/* The keys of a note's metadata lines, in en, fr, es and de, lower case
 * (a key read is lowered in ASCII and Latin-1: "Éditeur" is "éditeur"). */
static const struct meta_key {
	const char *key;
	int field; /* 0 title, 1 url, 2 published, 3 publisher, 4 lang, 5 kind */
} meta_keys[] = {
	{"title", 0}, {"titre", 0}, {"t\xC3\xADtulo", 0}, {"titulo", 0}, {"titel", 0},
	{"url", 1}, {"source", 1}, {"link", 1}, {"lien", 1}, {"fuente", 1}, {"enlace", 1},
	{"quelle", 1},
	{"published", 2}, {"date", 2}, {"publication date", 2}, {"publi\xC3\xA9", 2},
	{"publi\xC3\xA9 le", 2}, {"date de publication", 2}, {"publicado", 2}, {"fecha", 2},
	{"fecha de publicaci\xC3\xB3n", 2}, {"ver\xC3\xB6""ffentlicht", 2}, {"datum", 2},
	{"erschienen", 2},
	{"publisher", 3}, {"\xC3\xA9""diteur", 3}, {"editeur", 3}, {"m\xC3\xA9""dia", 3},
	{"editor", 3}, {"editorial", 3}, {"medio", 3}, {"herausgeber", 3}, {"verlag", 3},
	{"lang", 4}, {"language", 4}, {"langue", 4}, {"idioma", 4}, {"sprache", 4},
	/* "Kind: note" and its kin: part of the header, read by note.c */
	{"kind", 5}, {"type", 5}, {"genre", 5}, {"tipo", 5}, {"art", 5},
};

/* One "key: value" line; returns 1 if the key was one of ours. */
static int meta_line(rcp_text *t, const char *p, const char *e)
{
	const char *colon = memchr(p, ':', (size_t)(e - p));
	if (!colon || colon == p || colon - p > 24)
		return 0;
	char key[25];
	size_t kn = (size_t)(colon - p);
	while (kn && (p[kn - 1] == ' ' || p[kn - 1] == '\t')) /* "Publié le :" */
		kn--;
	memcpy(key, p, kn);
	key[kn] = '\0';
	for (size_t i = 0; i < kn; i++) {
		key[i] = (char)tolower((unsigned char)key[i]);
		/* Latin-1's capitals in UTF-8 (C3 80..9E, not the sign x): É -> é */
		if ((unsigned char)key[i] == 0xC3 && i + 1 < kn &&
		    (unsigned char)key[i + 1] >= 0x80 && (unsigned char)key[i + 1] <= 0x9E &&
		    (unsigned char)key[i + 1] != 0x97) {
			key[i + 1] = (char)((unsigned char)key[i + 1] + 0x20);
			i++;
		}
	}
	int field = -1;
	for (size_t i = 0; i < sizeof meta_keys / sizeof meta_keys[0] && field < 0; i++)
		if (!strcmp(key, meta_keys[i].key))
			field = meta_keys[i].field;
	if (field < 0)
		return 0;
	if (field == 5)
		return 1;
	char *v = trimmed(colon + 1, e);
	char **slot[] = {&t->title, &t->url, &t->published, &t->publisher, &t->lang};
	set_once(slot[field], v);
	return 1;
}

static const char *line_end(const char *p, const char *end)
{
	const char *nl = memchr(p, '\n', (size_t)(end - p));
	return nl ? nl : end;
}

static void read_header(rcp_text *t)
{
	const char *p = t->text, *end = t->text + t->len;
	/* YAML front matter */
	if (t->len >= 4 && !strncmp(p, "---", 3) && (p[3] == '\n' || p[3] == '\r')) {
		p = line_end(p, end) + 1;
		while (p < end) {
			const char *e = line_end(p, end);
			const char *ee = (e > p && e[-1] == '\r') ? e - 1 : e;
			if (ee - p == 3 && !strncmp(p, "---", 3))
				break;
			meta_line(t, p, ee);
			p = e + 1;
		}
		goto check;
	}
	/* A title ("# Title", or a first line that metadata lines follow), then
	 * "Key: value" lines, blank lines allowed, within the first lines */
	int lines = 0, metas = 0;
	char *first = NULL; /* a first line that is not a heading: a title if
	                     * metadata lines follow it */
	while (p < end && lines < 12) {
		const char *e = line_end(p, end);
		const char *ee = (e > p && e[-1] == '\r') ? e - 1 : e;
		const char *q = p;
		while (q < ee && (*q == ' ' || *q == '\t'))
			q++;
		if (q == ee) {
			/* blank */
		} else if (*q == '#' && !t->title && lines == 0) {
			while (q < ee && *q == '#')
				q++;
			set_once(&t->title, trimmed(q, ee));
		} else if (meta_line(t, q, ee)) {
			metas++;
		} else if (lines == 0 && !t->title && ee - q <= 300 && ee[-1] != '.') {
			first = trimmed(q, ee); /* a sentence ends in '.', a title not */
		} else {
			break;
		}
		if (q != ee)
			lines++;
		p = e + 1;
	}
	if (first && metas && !t->title)
		t->title = first;
	else
		free(first);
check:
	if (t->published && !rcp_date_valid(t->published)) {
		free(t->published); /* "Published: last week" is not a date */
		t->published = NULL;
	}
}

/* Decide the language when the document did not say. */
static void detect_lang(rcp_text *t)
{
	if (t->lang)
		return;
	const char *l = rcp__lang_detect(t->text, t->len);
	if (l)
		t->lang = rcp__xstrdup(l);
}

rcp_status rcp__text_extract_csv(const uint8_t *bytes, size_t len, const char *name,
                                 const char *text_columns, rcp_text *out, rcp_error *err)
{
	rcp_text t;
	memset(&t, 0, sizeof t);
	t.format = sniff(bytes, len, name);
	rcp_status st = RCP_OK;
	if (t.format == RCP_FORMAT_PDF)
		st = rcp__pdf_read(bytes, len, &t, err);
	else if (t.format == RCP_FORMAT_HTML)
		st = rcp__html_read(bytes, len, &t, err);
	else if (t.format == RCP_FORMAT_CSV)
		st = rcp__csv_read(bytes, len, text_columns, &t, err);
	if (t.format == RCP_FORMAT_PDF || t.format == RCP_FORMAT_HTML ||
	    t.format == RCP_FORMAT_CSV) {
		if (st != RCP_OK) {
			rcp_text_release(&t);
			if (name && err)
				snprintf(err->subject, sizeof err->subject, "%s", name);
			return st;
		}
		if (t.published && !rcp_date_valid(t.published)) {
			free(t.published);
			t.published = NULL;
		}
		detect_lang(&t);
		*out = t;
		return RCP_OK;
	}

	st = rcp__text_decode(bytes, len, &t.text, &t.len, &t.encoding, &t.replaced, err);
	if (st != RCP_OK) {
		if (name && err)
			snprintf(err->subject, sizeof err->subject, "%s", name);
		return st;
	}
	t.transcoded = strcmp(t.encoding, "utf-8") != 0 || (len >= 3 && bytes[0] == 0xEF) || t.replaced;
	read_header(&t);
	detect_lang(&t);
	*out = t;
	return RCP_OK;
}

rcp_status rcp_text_extract(const uint8_t *bytes, size_t len, const char *name,
                            rcp_text *out, rcp_error *err)
{
	return rcp__text_extract_csv(bytes, len, name, NULL, out, err);
}
