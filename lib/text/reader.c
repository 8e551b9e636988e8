/*
 * reader.c — from a document's bytes to its extracted UTF-8 text.
 *
 * The format is sniffed from the bytes. Plain text and Markdown are read
 * here: their extracted text is the decoded bytes themselves, so offsets
 * into a UTF-8 .txt file are offsets into the file. HTML and PDF are
 * recognised and refused with a clear message until their readers exist.
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

/* One "key: value" line; returns 1 if the key was one of ours. */
static int meta_line(rcp_text *t, const char *p, const char *e)
{
	const char *colon = memchr(p, ':', (size_t)(e - p));
	if (!colon || colon == p || colon - p > 16)
		return 0;
	char key[17];
	size_t kn = (size_t)(colon - p);
	memcpy(key, p, kn);
	key[kn] = '\0';
	for (size_t i = 0; i < kn; i++)
		key[i] = (char)tolower((unsigned char)key[i]);
	char *v = trimmed(colon + 1, e);
	if (!strcmp(key, "title"))
		set_once(&t->title, v);
	else if (!strcmp(key, "url") || !strcmp(key, "source"))
		set_once(&t->url, v);
	else if (!strcmp(key, "published") || !strcmp(key, "date"))
		set_once(&t->published, v);
	else if (!strcmp(key, "publisher"))
		set_once(&t->publisher, v);
	else if (!strcmp(key, "lang") || !strcmp(key, "language"))
		set_once(&t->lang, v);
	else {
		free(v);
		return 0;
	}
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
	/* "# Title" then optional "Key: value" lines (blank lines allowed) */
	int lines = 0;
	while (p < end && lines < 12) {
		const char *e = line_end(p, end);
		const char *ee = (e > p && e[-1] == '\r') ? e - 1 : e;
		const char *q = p;
		while (q < ee && (*q == ' ' || *q == '\t'))
			q++;
		if (q == ee) {
			/* blank */
		} else if (t->format == RCP_FORMAT_MARKDOWN && *q == '#' && !t->title && lines == 0) {
			while (q < ee && *q == '#')
				q++;
			set_once(&t->title, trimmed(q, ee));
		} else if (!meta_line(t, q, ee)) {
			break;
		}
		if (q != ee)
			lines++;
		p = e + 1;
	}
check:
	if (t->published && !rcp_date_valid(t->published)) {
		free(t->published); /* "Published: last week" is not a date */
		t->published = NULL;
	}
}

rcp_status rcp_text_extract(const uint8_t *bytes, size_t len, const char *name,
                            rcp_text *out, rcp_error *err)
{
	rcp_text t;
	memset(&t, 0, sizeof t);
	t.format = sniff(bytes, len, name);
	if (t.format == RCP_FORMAT_PDF)
		return rcp__error_set(err, RCP_EFORMAT, "cannot read", name,
		                      "PDF reading is not available in this build yet");
	if (t.format == RCP_FORMAT_HTML)
		return rcp__error_set(err, RCP_EFORMAT, "cannot read", name,
		                      "HTML reading is not available in this build yet");

	rcp_status st = rcp__text_decode(bytes, len, &t.text, &t.len, &t.encoding,
	                                 &t.replaced, err);
	if (st != RCP_OK) {
		if (name && err)
			snprintf(err->subject, sizeof err->subject, "%s", name);
		return st;
	}
	t.transcoded = strcmp(t.encoding, "utf-8") != 0 || (len >= 3 && bytes[0] == 0xEF);
	read_header(&t);
	*out = t;
	return RCP_OK;
}
