/*
 * html.c — text of an HTML page through libxml2's HTML parser (SAX).
 *
 * Scripts, styles, navigation, forms and page furniture (nav, header
 * menus, footer, aside) are dropped; block elements become line breaks
 * and paragraphs blank lines, so sentences and passages keep their shape.
 * White space is collapsed as a browser would. The title, the
 * publication date (article:published_time, datePublished, date, DC.date,
 * a <time datetime> inside the page), the canonical URL, the site name
 * and <html lang> are kept as metadata.
 *
 * SAX rather than a tree: memory stays proportional to the text, and
 * xmlByteConsumed() tells where in the original bytes each piece of text
 * came from, which is what the offset map records. Offsets are exact for
 * text without character references and approximate (the start of the
 * text node) otherwise. libxml2 stops at 256 levels of nesting unless told
 * otherwise; the text read before that is kept with a warning.
 *
 * libxml2 looks for a repeated attribute by comparing each attribute of a
 * tag with every one before it: a tag of n attributes costs n^2/2 string
 * compares (40,000 attributes, 430 KB, took 2.6 s; 200,000 took minutes).
 * So the page is scanned once first, and the attributes of a tag past
 * MAX_ATTRS are blanked out with spaces in a copy: the same length, so
 * every offset still points at the original bytes, and attributes are
 * never the page's text. That is said in a warning.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include "internal.h"

#define MAX_TEXT ((size_t)512 << 20)
#define MAX_ATTRS 256

typedef struct html_state {
	htmlParserCtxtPtr ctxt;
	rcp_text_builder tb;
	rcp_text *t;
	int depth;           /* elements open */
	int skip;            /* > 0: inside a dropped element opened at this depth */
	int pre;             /* inside <pre> */
	int in_title;
	int in_body;
	rcp_buf title;
	int fatal;
	char fatal_msg[160];
	size_t len;
} html_state;

static int is_dropped(const char *n)
{
	static const char *const dropped[] = {
		"script", "style", "noscript", "template", "nav", "footer", "aside", "form",
		"button", "select", "svg", "iframe", "object", "embed", "canvas", "menu", NULL,
	};
	for (int i = 0; dropped[i]; i++)
		if (!strcasecmp(n, dropped[i]))
			return 1;
	return 0;
}

/* Elements after which text starts a new paragraph (2) or line (1). */
static int block_kind(const char *n)
{
	static const char *const para[] = {
		"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol",
		"dl", "figure", "figcaption", "article", "section", "header", "main", "address",
		"hr", "title", NULL,
	};
	static const char *const line[] = {
		"br", "div", "li", "tr", "td", "th", "dd", "dt", "caption", NULL,
	};
	for (int i = 0; para[i]; i++)
		if (!strcasecmp(n, para[i]))
			return 2;
	for (int i = 0; line[i]; i++)
		if (!strcasecmp(n, line[i]))
			return 1;
	return 0;
}

static const char *attr(const xmlChar **atts, const char *name)
{
	if (!atts)
		return NULL;
	for (int i = 0; atts[i]; i += 2)
		if (!strcasecmp((const char *)atts[i], name))
			return atts[i + 1] ? (const char *)atts[i + 1] : "";
	return NULL;
}

/* Length of v up to max bytes, cut back to a whole UTF-8 character. */
static size_t capped_len(const char *v, size_t max)
{
	size_t n = strnlen(v, max);
	if (n == max)
		while (n > 0 && ((unsigned char)v[n] & 0xC0) == 0x80)
			n--;
	return n;
}

static void set_meta(char **slot, const char *v, size_t max)
{
	if (*slot || !v || !*v)
		return;
	size_t n = capped_len(v, max);
	if (n && rcp__utf8_valid(v, n)) /* metadata goes out as JSON: UTF-8 only */
		*slot = rcp__xstrndup(v, n);
}

/* "2024-03-01T10:00:00Z" -> "2024-03-01" when it is a date. */
static void set_date(char **slot, const char *v)
{
	if (*slot || !v)
		return;
	while (*v == ' ')
		v++;
	char d[11];
	size_t n = 0;
	while (n < 10 && v[n] && v[n] != 'T' && v[n] != ' ')
		n++;
	memcpy(d, v, n);
	d[n] = '\0';
	if (rcp_date_valid(d))
		*slot = rcp__xstrdup(d);
}

static void on_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
	html_state *h = ctx;
	const char *n = (const char *)name;
	h->depth++;
	if (h->skip)
		return;
	const char *role = attr(atts, "role");
	if (is_dropped(n) ||
	    (role && (!strcasecmp(role, "navigation") || !strcasecmp(role, "banner") ||
	              !strcasecmp(role, "contentinfo")))) {
		h->skip = h->depth;
		return;
	}
	rcp_text *t = h->t;
	if (!strcasecmp(n, "title")) {
		h->in_title = 1;
		return;
	}
	if (!strcasecmp(n, "html")) {
		const char *l = attr(atts, "lang");
		if (l && strlen(l) >= 2 && !t->lang) {
			char code[3] = {(char)(l[0] | 32), (char)(l[1] | 32), 0};
			if (code[0] >= 'a' && code[0] <= 'z' && code[1] >= 'a' && code[1] <= 'z' &&
			    (!l[2] || l[2] == '-' || l[2] == '_'))
				t->lang = rcp__xstrdup(code);
		}
		return;
	}
	if (!strcasecmp(n, "meta")) {
		const char *key = attr(atts, "property");
		if (!key)
			key = attr(atts, "name");
		if (!key)
			key = attr(atts, "itemprop");
		const char *content = attr(atts, "content");
		if (!key || !content)
			return;
		if (!strcasecmp(key, "article:published_time") || !strcasecmp(key, "datePublished") ||
		    !strcasecmp(key, "date") || !strcasecmp(key, "DC.date") ||
		    !strcasecmp(key, "DC.date.issued") || !strcasecmp(key, "pubdate") ||
		    !strcasecmp(key, "citation_publication_date") ||
		    !strcasecmp(key, "og:published_time"))
			set_date(&t->published, content);
		else if (!strcasecmp(key, "og:url"))
			set_meta(&t->url, content, 2048);
		else if (!strcasecmp(key, "og:site_name"))
			set_meta(&t->publisher, content, 256);
		else if (!strcasecmp(key, "og:title") && !h->title.len)
			(void)rcp__buf_append(&h->title, content, capped_len(content, 1024));
		return;
	}
	if (!strcasecmp(n, "link")) {
		const char *rel = attr(atts, "rel"), *href = attr(atts, "href");
		if (rel && href && !strcasecmp(rel, "canonical"))
			set_meta(&t->url, href, 2048);
		return;
	}
	if (!strcasecmp(n, "time")) {
		set_date(&t->published, attr(atts, "datetime"));
	}
	if (!strcasecmp(n, "pre"))
		h->pre++;
	int k = block_kind(n);
	if (k)
		rcp__tb_break(&h->tb, k == 2 ? "\n\n" : "\n");
	else if (!strcasecmp(n, "img")) {
		const char *alt = attr(atts, "alt");
		(void)alt; /* alt text is not the page's text: left out */
	}
}

static void on_end(void *ctx, const xmlChar *name)
{
	html_state *h = ctx;
	const char *n = (const char *)name;
	int d = h->depth;
	if (h->depth > 0)
		h->depth--;
	if (h->skip) {
		if (d <= h->skip)
			h->skip = 0;
		return;
	}
	if (!strcasecmp(n, "title")) {
		h->in_title = 0;
		return;
	}
	if (!strcasecmp(n, "pre") && h->pre)
		h->pre--;
	int k = block_kind(n);
	if (k)
		rcp__tb_break(&h->tb, k == 2 ? "\n\n" : "\n");
}

static int ws(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static void on_text(void *ctx, const xmlChar *ch, int len)
{
	html_state *h = ctx;
	if (h->skip || len <= 0 || h->fatal)
		return;
	const char *s = (const char *)ch;
	size_t n = (size_t)len;
	if (h->in_title) {
		if (h->title.len < 1024)
			(void)rcp__buf_append(&h->title, s, n);
		return;
	}
	/* where this text started in the original: the parser has just read it */
	long consumed = xmlByteConsumed(h->ctxt);
	uint64_t orig = consumed > (long)n ? (uint64_t)consumed - n : 0;
	if (orig > h->len)
		orig = h->len;
	if (h->pre) {
		if (rcp__tb_append(&h->tb, s, n, orig) != RCP_OK)
			h->fatal = 1;
		return;
	}
	size_t i = 0;
	while (i < n) {
		if (ws((unsigned char)s[i])) {
			while (i < n && ws((unsigned char)s[i]))
				i++;
			rcp__tb_break(&h->tb, " ");
			continue;
		}
		size_t j = i;
		while (j < n && !ws((unsigned char)s[j]))
			j++;
		/* orig + i is exact only when the page was UTF-8 without
		 * references; transcoded text can be longer than its bytes */
		uint64_t at = orig + i < h->len ? orig + i : h->len;
		if (rcp__tb_append(&h->tb, s + i, j - i, at) != RCP_OK) {
			h->fatal = 1;
			snprintf(h->fatal_msg, sizeof h->fatal_msg, "text over %zu bytes", MAX_TEXT);
			xmlStopParser(h->ctxt);
			return;
		}
		i = j;
	}
}

/* ------------------------------------------------------------------ */
/* Tags with too many attributes                                       */
/* ------------------------------------------------------------------ */

static int tag_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static int ascii_letter(unsigned char c)
{
	return (c | 32) >= 'a' && (c | 32) <= 'z';
}

/* One pass over the page: a start tag's attributes past MAX_ATTRS are
 * blanked in a copy (allocated at the first such tag). Returns the copy,
 * or NULL when no tag has that many; *ntags counts the tags cut. Comments
 * are skipped; a quoted value may hold '>'. A tag still open at the end
 * is left as it is. */
static char *cap_attributes(const char *s, size_t n, size_t *ntags)
{
	char *copy = NULL;
	size_t i = 0;
	*ntags = 0;
	while (i < n) {
		const char *lt = memchr(s + i, '<', n - i);
		if (!lt)
			break;
		i = (size_t)(lt - s) + 1;
		if (n - i >= 3 && !memcmp(s + i, "!--", 3)) {
			const char *end = NULL;
			for (size_t j = i + 3; j + 2 < n && !end; j++)
				if (s[j] == '-' && s[j + 1] == '-' && s[j + 2] == '>')
					end = s + j;
			if (!end)
				break;
			i = (size_t)(end - s) + 3;
			continue;
		}
		if (i >= n || !ascii_letter((unsigned char)s[i]))
			continue;
		while (i < n && !tag_space((unsigned char)s[i]) && s[i] != '>' && s[i] != '/')
			i++;
		size_t attrs = 0, cut = 0;
		int closed = 0;
		while (i < n) {
			while (i < n && (tag_space((unsigned char)s[i]) || s[i] == '/'))
				i++;
			if (i >= n)
				break;
			if (s[i] == '>') {
				closed = 1;
				break;
			}
			if (++attrs == MAX_ATTRS + 1)
				cut = i;
			while (i < n && !tag_space((unsigned char)s[i]) && s[i] != '>' && s[i] != '=' &&
			       s[i] != '/')
				i++;
			size_t j = i;
			while (j < n && tag_space((unsigned char)s[j]))
				j++;
			if (j < n && s[j] == '=') {
				j++;
				while (j < n && tag_space((unsigned char)s[j]))
					j++;
				if (j < n && (s[j] == '"' || s[j] == '\'')) {
					const char *q = memchr(s + j + 1, s[j], n - j - 1);
					if (!q) {
						i = n;
						break;
					}
					j = (size_t)(q - s) + 1;
				} else {
					while (j < n && !tag_space((unsigned char)s[j]) && s[j] != '>')
						j++;
				}
				i = j;
			}
		}
		if (closed && cut) {
			if (!copy) {
				copy = rcp__xmalloc(n);
				memcpy(copy, s, n);
			}
			memset(copy + cut, ' ', i - cut);
			++*ntags;
		}
	}
	return copy;
}

static void on_error(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg; /* recovered errors are the norm on the web: not reported */
}

static void on_structured_error(void *ctx, xmlErrorPtr e)
{
	html_state *h = ctx;
	if (e && e->level == XML_ERR_FATAL && !h->fatal_msg[0] && e->message) {
		snprintf(h->fatal_msg, sizeof h->fatal_msg, "%s", e->message);
		size_t n = strlen(h->fatal_msg);
		while (n && (h->fatal_msg[n - 1] == '\n' || h->fatal_msg[n - 1] == ' '))
			h->fatal_msg[--n] = '\0';
	}
}

rcp_status rcp__html_read(const uint8_t *bytes, size_t len, rcp_text *t, rcp_error *err)
{
	if (len > (size_t)INT32_MAX)
		return rcp__error_set(err, RCP_ETOOBIG, "cannot read HTML", NULL, "over 2 GiB");
	htmlSAXHandler sax;
	memset(&sax, 0, sizeof sax);
	sax.startElement = on_start;
	sax.endElement = on_end;
	sax.characters = on_text;
	sax.cdataBlock = on_text;
	sax.error = on_error;
	sax.warning = on_error;
	sax.serror = on_structured_error;
	sax.initialized = 1; /* not XML_SAX2_MAGIC: serror only is used then */

	html_state h;
	memset(&h, 0, sizeof h);
	h.t = t;
	h.len = len;
	rcp__tb_init(&h.tb, MAX_TEXT);
	rcp__buf_init(&h.title, 0);

	size_t cut_tags;
	char *capped = cap_attributes((const char *)bytes, len, &cut_tags);
	htmlParserCtxtPtr ctxt =
		htmlCreateMemoryParserCtxt(capped ? capped : (const char *)bytes, (int)len);
	if (!ctxt) {
		free(capped);
		rcp__tb_release(&h.tb);
		rcp__buf_release(&h.title);
		return rcp__error_set(err, RCP_EPARSE, "cannot read HTML", NULL,
		                      "the parser refused the document");
	}
	h.ctxt = ctxt;
	/* replace the default handler with ours; keep libxml2 quiet */
	/* libxml2 frees ctxt->sax with xmlFree: allocate it with xmlMalloc */
	if (ctxt->sax)
		xmlFree(ctxt->sax);
	ctxt->sax = xmlMalloc(sizeof(htmlSAXHandler));
	if (!ctxt->sax)
		abort();
	memcpy(ctxt->sax, &sax, sizeof sax);
	ctxt->userData = &h;
	/* libxml2 assumes Latin-1 without a <meta charset>; bytes that are valid
	 * UTF-8 are UTF-8 whatever the page claims */
	if (rcp__utf8_valid((const char *)bytes, len))
		xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
	htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	                             HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED);
	htmlParseDocument(ctxt);
	long consumed = xmlByteConsumed(ctxt);
	htmlFreeParserCtxt(ctxt);
	free(capped);

	if (h.title.len) {
		/* collapse white space in the title */
		char *ti = rcp__xmalloc(h.title.len + 1);
		size_t k = 0;
		for (size_t i = 0; i < h.title.len; i++) {
			unsigned char c = (unsigned char)h.title.data[i];
			if (ws(c)) {
				if (k && ti[k - 1] != ' ')
					ti[k++] = ' ';
			} else
				ti[k++] = (char)c;
		}
		while (k && ti[k - 1] == ' ')
			k--;
		ti[k] = '\0';
		if (k && rcp__utf8_valid(ti, k))
			t->title = ti;
		else
			free(ti);
	}
	rcp__buf_release(&h.title);
	t->format = RCP_FORMAT_HTML;
	rcp__tb_finish(&h.tb, t);
	if (h.fatal_msg[0] || (consumed >= 0 && (size_t)consumed + 64 < len && h.fatal)) {
		char w[256];
		snprintf(w, sizeof w, "HTML read in part: %s", h.fatal_msg[0] ? h.fatal_msg : "stopped early");
		t->warning = rcp__xstrdup(w);
	} else if (cut_tags) {
		char w[160];
		snprintf(w, sizeof w, "%zu HTML tag%s over %d attributes: the rest were ignored",
		         cut_tags, cut_tags == 1 ? "" : "s", MAX_ATTRS);
		t->warning = rcp__xstrdup(w);
	}
	size_t k = 0;
	while (k < t->len && ws((unsigned char)t->text[k]))
		k++;
	if (k == t->len) {
		free(t->warning);
		t->warning = NULL;
		return rcp__error_set(err, RCP_EPARSE, "nothing to add", NULL,
		                      "the HTML page holds no text");
	}
	return RCP_OK;
}
