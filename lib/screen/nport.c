/*
 * nport.c — SEC Form N-PORT XML, the filing every US fund publishes
 * monthly, read with libxml2's streaming reader: each <invstOrSec> is
 * expanded alone and freed, so a filing of any size takes the memory of
 * one holding.
 *
 *   <invstOrSec>
 *     <name>Lockheed Martin Corp</name> <lei>...</lei> <title>...</title>
 *     <cusip>539830109</cusip>
 *     <identifiers><isin value="US5398301094"/><ticker value="LMT"/></identifiers>
 *     <balance>1000</balance> <valUSD>450000.00</valUSD> <pctVal>0.45</pctVal>
 *     <assetCat>EC</assetCat> ...
 *   </invstOrSec>
 *
 * "N/A" and all-zero CUSIPs mean absent. pctVal is a percentage.
 *
 * A holdings file comes from outside, often as an upload. Entities are
 * where XML multiplies its input (a billion laughs: entities of ten
 * entities each; or one 64 KiB entity referenced thousands of times), so
 * a document whose type declares any entity is refused as soon as the
 * reader meets its DOCTYPE, before the root element is read; nothing is
 * fetched (XML_PARSE_NONET, no DTD loading) and nothing substituted
 * (no XML_PARSE_NOENT). libxml2 checks a reference to an entity as it
 * parses it, before the reader hands us the DOCTYPE, so the bytes are
 * watched too: "<!ENTITY" (holdings files are UTF-8 or Latin-1; UTF-16 is
 * refused before this) stops the parse where it is read, whatever comes
 * after it. A value is read from its own text children only,
 * up to its field's size, so no entity reference is ever expanded, and a
 * holding whose subtree is over NPORT_MAX_SEC bytes is refused: libxml2
 * builds the subtree before we see it.
 */
#include <math.h>
#include <string.h>

#include <libxml/xmlreader.h>

#include "internal.h"

/* An <invstOrSec> is about 1-3 KiB in real filings. */
#define NPORT_MAX_SEC ((long)1 << 20)

struct rcp_nport {
	xmlTextReaderPtr r;
	int (*read)(void *ctx, char *buf, int len); /* the bytes, from holdings.c */
	void *read_ctx;
	int entities;    /* "<!ENTITY" was read */
	char tail[8];    /* the last bytes read, for a declaration across reads */
	size_t ntail;
	int failed;      /* the parser reported an error */
	int fail_line;
	char fail_msg[160];
	const char *path;
	char name[512], title[512], lei[32], cusip[16], isin[16], ticker[32], asset[16];
	char balance[64], value[64], pct[64];
	rcp_fund_identity id;  /* from <genInfo>, which comes before the holdings */
	int has_id;
	int pending;     /* the reader is on an <invstOrSec> not yet read (rcp__nport_head) */
};

#define ENTITY_DECL "<!ENTITY"
#define ENTITY_DECL_LEN (sizeof ENTITY_DECL - 1)

static int has_decl(const char *p, size_t n)
{
	const char *e = p + n;
	while ((size_t)(e - p) >= ENTITY_DECL_LEN && (p = memchr(p, '<', (size_t)(e - p)))) {
		if ((size_t)(e - p) >= ENTITY_DECL_LEN && !memcmp(p, ENTITY_DECL, ENTITY_DECL_LEN))
			return 1;
		p++;
	}
	return 0;
}

static int nport_io(void *ctx, char *buf, int len)
{
	rcp_nport *n = ctx;
	if (n->entities)
		return -1;
	int got = n->read(n->read_ctx, buf, len);
	if (got <= 0)
		return got;
	/* the seam: the last bytes of the read before and the first of this */
	size_t g = (size_t)got, head = g < ENTITY_DECL_LEN - 1 ? g : ENTITY_DECL_LEN - 1;
	char seam[2 * ENTITY_DECL_LEN];
	memcpy(seam, n->tail, n->ntail);
	memcpy(seam + n->ntail, buf, head);
	if (has_decl(seam, n->ntail + head) || has_decl(buf, g)) {
		n->entities = 1;
		return -1;
	}
	/* keep the last ENTITY_DECL_LEN - 1 bytes of all read so far */
	size_t all = n->ntail + head;
	if (g >= ENTITY_DECL_LEN - 1) {
		memcpy(n->tail, buf + g - (ENTITY_DECL_LEN - 1), ENTITY_DECL_LEN - 1);
		n->ntail = ENTITY_DECL_LEN - 1;
	} else {
		size_t keep = all < ENTITY_DECL_LEN - 1 ? all : ENTITY_DECL_LEN - 1;
		memmove(n->tail, seam + all - keep, keep);
		n->ntail = keep;
	}
	return got;
}

static int nport_close(void *ctx)
{
	(void)ctx;
	return 0;
}

/* libxml2 reports errors through a callback; keep them quiet (the library
 * never prints) and answer with a status instead. */
static void nport_silent(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

static void nport_error(void *arg, const char *msg, xmlParserSeverities severity,
                        xmlTextReaderLocatorPtr loc)
{
	rcp_nport *n = arg;
	if (severity == XML_PARSER_SEVERITY_WARNING || severity == XML_PARSER_SEVERITY_VALIDITY_WARNING)
		return;
	if (!n->failed) {
		n->failed = 1;
		n->fail_line = xmlTextReaderLocatorLineNumber(loc);
		snprintf(n->fail_msg, sizeof n->fail_msg, "%s", msg ? msg : "");
		size_t k = strlen(n->fail_msg);
		while (k && (n->fail_msg[k - 1] == '\n' || n->fail_msg[k - 1] == ' '))
			n->fail_msg[--k] = '\0';
	}
}

rcp_nport *rcp__nport_new(int (*read)(void *ctx, char *buf, int len), void *read_ctx,
                          const char *path, rcp_error *err)
{
	rcp_nport *n = rcp__xcalloc(1, sizeof *n);
	n->path = path;
	n->read = read;
	n->read_ctx = read_ctx;
	xmlSetGenericErrorFunc(NULL, nport_silent);
	n->r = xmlReaderForIO(nport_io, nport_close, n, NULL, NULL,
	                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
	                          XML_PARSE_NOBLANKS);
	if (!n->r) {
		rcp__error_set(err, RCP_EPARSE, "cannot read N-PORT XML", path, NULL);
		free(n);
		return NULL;
	}
	xmlTextReaderSetErrorHandler(n->r, nport_error, n);
	return n;
}

void rcp__nport_free(rcp_nport *n)
{
	if (!n)
		return;
	xmlFreeTextReader(n->r);
	free(n);
}

static int xml_space(char c)
{
	return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

/* The element's own text and CDATA, trimmed, cut at cap (on a UTF-8
 * character boundary). Not xmlNodeGetContent(): that expands entity
 * references and copies the whole subtree whatever its size. */
static void copy_text(xmlNodePtr node, char *dst, size_t cap)
{
	size_t k = 0;
	for (xmlNodePtr c = node->children; c && k + 1 < cap; c = c->next) {
		if ((c->type != XML_TEXT_NODE && c->type != XML_CDATA_SECTION_NODE) || !c->content)
			continue;
		const char *s = (const char *)c->content;
		if (!k)
			while (xml_space(*s))
				s++;
		size_t n = strlen(s);
		if (n > cap - 1 - k) {
			n = cap - 1 - k;
			while (n && ((unsigned char)s[n] & 0xC0) == 0x80)
				n--;
		}
		memcpy(dst + k, s, n);
		k += n;
	}
	while (k && xml_space(dst[k - 1]))
		k--;
	dst[k] = '\0';
	if (!strcmp(dst, "N/A") || !strcmp(dst, "000000000"))
		dst[0] = '\0';
}

/* Does this document type declare entities (general or parameter)? */
static int declares_entities(xmlNodePtr node)
{
	if (!node || node->type != XML_DTD_NODE)
		return 0;
	xmlDtdPtr dtd = (xmlDtdPtr)node;
	return (dtd->entities && xmlHashSize(dtd->entities) > 0) ||
	       (dtd->pentities && xmlHashSize(dtd->pentities) > 0);
}

static void copy_attr(xmlNodePtr node, const char *attr, char *dst, size_t cap)
{
	xmlChar *v = xmlGetProp(node, (const xmlChar *)attr);
	dst[0] = '\0';
	if (v) {
		snprintf(dst, cap, "%s", (const char *)v);
		xmlFree(v);
	}
	if (!strcmp(dst, "N/A"))
		dst[0] = '\0';
}

static void read_sec(rcp_nport *n, xmlNodePtr sec)
{
	n->name[0] = n->title[0] = n->lei[0] = n->cusip[0] = n->isin[0] = n->ticker[0] = '\0';
	n->asset[0] = n->balance[0] = n->value[0] = n->pct[0] = '\0';
	for (xmlNodePtr c = sec->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		const char *k = (const char *)c->name;
		if (!strcmp(k, "name"))
			copy_text(c, n->name, sizeof n->name);
		else if (!strcmp(k, "title"))
			copy_text(c, n->title, sizeof n->title);
		else if (!strcmp(k, "lei"))
			copy_text(c, n->lei, sizeof n->lei);
		else if (!strcmp(k, "cusip"))
			copy_text(c, n->cusip, sizeof n->cusip);
		else if (!strcmp(k, "balance"))
			copy_text(c, n->balance, sizeof n->balance);
		else if (!strcmp(k, "valUSD"))
			copy_text(c, n->value, sizeof n->value);
		else if (!strcmp(k, "pctVal"))
			copy_text(c, n->pct, sizeof n->pct);
		else if (!strcmp(k, "assetCat"))
			copy_text(c, n->asset, sizeof n->asset);
		else if (!strcmp(k, "identifiers")) {
			for (xmlNodePtr i = c->children; i; i = i->next) {
				if (i->type != XML_ELEMENT_NODE)
					continue;
				if (!strcmp((const char *)i->name, "isin"))
					copy_attr(i, "value", n->isin, sizeof n->isin);
				else if (!strcmp((const char *)i->name, "ticker"))
					copy_attr(i, "value", n->ticker, sizeof n->ticker);
			}
		}
	}
}

/* <genInfo>: who files (regName, regCik), which fund (seriesName,
 * seriesId) and for when (repPdDate, the date the holdings are as of;
 * repPdEnd, the fiscal period's end, when it is missing). */
static void read_gen_info(rcp_nport *n, xmlNodePtr gi)
{
	rcp_fund_identity *id = &n->id;
	char pd_date[16] = "";
	for (xmlNodePtr c = gi->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		const char *k = (const char *)c->name;
		if (!strcmp(k, "regName"))
			copy_text(c, id->manager, sizeof id->manager);
		else if (!strcmp(k, "regCik"))
			copy_text(c, id->cik, sizeof id->cik);
		else if (!strcmp(k, "seriesName"))
			copy_text(c, id->name, sizeof id->name);
		else if (!strcmp(k, "seriesId"))
			copy_text(c, id->series, sizeof id->series);
		else if (!strcmp(k, "repPdEnd"))
			copy_text(c, id->period, sizeof id->period);
		else if (!strcmp(k, "repPdDate"))
			copy_text(c, pd_date, sizeof pd_date);
	}
	if (pd_date[0])
		memcpy(id->period, pd_date, sizeof pd_date);
	n->has_id = 1;
}

int rcp__nport_identity(const rcp_nport *n, rcp_fund_identity *out)
{
	if (!n || !n->has_id)
		return 0;
	*out = n->id;
	return 1;
}

#define OR_NULL(s) ((s)[0] ? (s) : NULL)

/* Why the reader stopped short of another holding: its end (0), or an
 * error (-1, err set). r is the reader's last answer. */
static int nport_end(rcp_nport *n, int r, rcp_error *err)
{
	if (n->entities) {
		rcp__error_set(err, RCP_EPARSE, "malformed N-PORT XML", n->path,
		               "near line %d: the document declares entities (<!ENTITY), which "
		               "holdings files may not",
		               xmlTextReaderGetParserLineNumber(n->r));
		return -1;
	}
	if (r < 0 || n->failed) {
		rcp__error_set(err, RCP_EPARSE, "malformed N-PORT XML", n->path, "line %d: %s",
		               n->failed ? n->fail_line : xmlTextReaderGetParserLineNumber(n->r),
		               n->failed ? n->fail_msg : "cannot parse");
		return -1;
	}
	return 0;
}

/* Read on to the next <invstOrSec> element, reading <genInfo> on the way:
 * 1 there, 0 at the end, -1 on an error (err set). */
static int nport_seek(rcp_nport *n, rcp_error *err)
{
	int r;
	/* Plain reads all along: an expanded subtree lives until the next
	 * read, and reading through its children finds no other holding. */
	while ((r = xmlTextReaderRead(n->r)) == 1) {
		int type = xmlTextReaderNodeType(n->r);
		if (type == XML_READER_TYPE_DOCUMENT_TYPE &&
		    declares_entities(xmlTextReaderCurrentNode(n->r))) {
			rcp__error_set(err, RCP_EPARSE, "malformed N-PORT XML", n->path,
			               "line %d: the document type declares entities, which "
			               "holdings files may not",
			               xmlTextReaderGetParserLineNumber(n->r));
			return -1;
		}
		if (type == XML_READER_TYPE_ENTITY_REFERENCE) {
			rcp__error_set(err, RCP_EPARSE, "malformed N-PORT XML", n->path,
			               "line %d: an entity reference, which holdings files may not hold",
			               xmlTextReaderGetParserLineNumber(n->r));
			return -1;
		}
		if (type != XML_READER_TYPE_ELEMENT)
			continue;
		const xmlChar *local = xmlTextReaderConstLocalName(n->r);
		if (local && !n->has_id && !strcmp((const char *)local, "genInfo")) {
			long gat = xmlTextReaderByteConsumed(n->r);
			xmlNodePtr gi = xmlTextReaderExpand(n->r);
			if (gi && xmlTextReaderByteConsumed(n->r) - gat <= NPORT_MAX_SEC)
				read_gen_info(n, gi);
			continue;
		}
		if (local && !strcmp((const char *)local, "invstOrSec"))
			return 1;
	}
	return nport_end(n, r, err);
}

int rcp__nport_head(rcp_nport *n, rcp_error *err)
{
	if (n->pending)
		return 1;
	int r = nport_seek(n, err);
	n->pending = r == 1;
	return r;
}

int rcp__nport_next(rcp_nport *n, rcp_holding *out, rcp_error *err)
{
	int r = n->pending ? 1 : nport_seek(n, err);
	n->pending = 0;
	if (r != 1)
		return r;
	long at = xmlTextReaderByteConsumed(n->r);
	xmlNodePtr sec = xmlTextReaderExpand(n->r);
	if (!sec)
		return nport_end(n, 1, err); /* as at the end: an error if the parser reported one */
	if (xmlTextReaderByteConsumed(n->r) - at > NPORT_MAX_SEC) {
		rcp__error_set(err, RCP_ETOOBIG, "N-PORT holding too long", n->path,
		               "line %d: an <invstOrSec> over %ld bytes",
		               xmlTextReaderGetParserLineNumber(n->r), NPORT_MAX_SEC);
		return -1;
	}
	read_sec(n, sec);
	out->name = n->name[0] ? n->name : OR_NULL(n->title);
	out->lei = OR_NULL(n->lei);
	out->cusip = OR_NULL(n->cusip);
	out->isin = OR_NULL(n->isin);
	out->ticker = OR_NULL(n->ticker);
	out->asset_class = OR_NULL(n->asset);
	out->weight = n->pct[0] ? rcp__holdings_number(n->pct, NULL) : NAN;
	out->value = n->value[0] ? rcp__holdings_number(n->value, NULL) : NAN;
	out->shares = n->balance[0] ? rcp__holdings_number(n->balance, NULL) : NAN;
	if (out->lei && !rcp_lei_valid(out->lei))
		out->lei = NULL;
	if (out->cusip && !rcp_cusip_valid(out->cusip))
		out->cusip = NULL;
	return 1;
}
