/*
 * holdings.c — holdings files in the layouts funds really publish.
 *
 * The first 64 KiB are read ahead and sniffed:
 *   - N-PORT XML ("<?xml", "<edgarSubmission", an <invstOrSec>) goes to
 *     nport.c;
 *   - otherwise the header is the first of the first 64 lines that,
 *     split on one of , ; TAB |, names a name or identifier column by one
 *     of the synonyms below (so preamble lines such as iShares' "Fund
 *     Holdings as of" are skipped, and so is anything after the data that
 *     does not have the header's shape: footers, disclaimers);
 *   - no header, and lines of one field: a plain list of names or tickers;
 *   - no header, and lines of several fields: an error naming the columns
 *     seen.
 * Records are then streamed one at a time: quoted fields with embedded
 * delimiters, quotes and newlines (RFC 4180), a record cap of 1 MiB.
 * Encoding is decided per record: valid UTF-8 is kept, anything else is
 * Windows-1252 (a superset of Latin-1's printable characters) and is
 * transcoded. Numbers take thousands separators and decimal commas, the
 * file's convention learnt from values such as "2.333.143.835,86".
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <strings.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

#define PEEK_BYTES (64 * 1024)
#define MAX_RECORD ((size_t)1 << 20)
#define HEADER_LINES 64
/* the read-ahead grows past PEEK_BYTES until it holds the lines the
 * header is looked for in, each up to a record's cap, and at most this */
#define PEEK_MAX ((size_t)8 << 20)

enum col {
	COL_NAME, COL_NAME2, COL_TICKER, COL_EXCHANGE, COL_ISIN, COL_CUSIP, COL_SEDOL,
	COL_FIGI, COL_LEI, COL_ID, COL_WEIGHT, COL_VALUE, COL_SHARES, COL_ASSET, COL_COUNT
};

static const char *const col_names[COL_COUNT] = {
	"name", "security", "ticker", "exchange", "isin", "cusip", "sedol",
	"figi", "lei", "identifier", "weight", "value", "shares", "asset_class",
};

typedef struct synonym {
	const char *text; /* folded, letters digits and % only */
	int col;
	int prefix;       /* 1: matches a header that starts with it */
} synonym;

static const synonym synonyms[] = {
	{"name", COL_NAME, 0}, {"issuer", COL_NAME, 0}, {"issuername", COL_NAME, 0},
	{"nameofissuer", COL_NAME, 0}, {"company", COL_NAME, 0}, {"companyname", COL_NAME, 0},
	{"holding", COL_NAME, 0}, {"holdingname", COL_NAME, 0}, {"emittent", COL_NAME, 0},
	{"bezeichnung", COL_NAME, 0}, {"nom", COL_NAME, 0}, {"nomdelemetteur", COL_NAME, 0},
	{"emetteur", COL_NAME, 0}, {"securityname", COL_NAME, 0}, {"fundname", -1, 0},
	{"security", COL_NAME2, 0}, {"description", COL_NAME2, 0},
	{"securitydescription", COL_NAME2, 0}, {"instrument", COL_NAME2, 0},
	{"titleofclass", -1, 0}, {"title", COL_NAME2, 0},
	{"ticker", COL_TICKER, 0}, {"symbol", COL_TICKER, 0}, {"holdingticker", COL_TICKER, 0},
	{"tickersymbol", COL_TICKER, 0}, {"emittententicker", COL_TICKER, 0},
	{"issuerticker", COL_TICKER, 0}, {"bloombergticker", COL_TICKER, 0},
	{"exchange", COL_EXCHANGE, 0}, {"borse", COL_EXCHANGE, 0}, {"boerse", COL_EXCHANGE, 0},
	{"listingexchange", COL_EXCHANGE, 0}, {"primaryexchange", COL_EXCHANGE, 0},
	{"bourse", COL_EXCHANGE, 0},
	{"isin", COL_ISIN, 1}, {"cusip", COL_CUSIP, 1}, {"sedol", COL_SEDOL, 1},
	{"figi", COL_FIGI, 0}, {"compositefigi", COL_FIGI, 0}, {"lei", COL_LEI, 0},
	{"securityidentifier", COL_ID, 0}, {"identifier", COL_ID, 0}, {"securityid", COL_ID, 0},
	{"weight", COL_WEIGHT, 1}, {"weighting", COL_WEIGHT, 1}, {"%ofnetassets", COL_WEIGHT, 1},
	{"%netassets", COL_WEIGHT, 1}, {"percentofnetassets", COL_WEIGHT, 1},
	{"%offund", COL_WEIGHT, 1}, {"percentoffund", COL_WEIGHT, 1}, {"pctval", COL_WEIGHT, 0},
	{"portfolioweight", COL_WEIGHT, 1}, {"%weight", COL_WEIGHT, 1},
	{"gewichtung", COL_WEIGHT, 1}, {"poids", COL_WEIGHT, 1}, {"%ofportfolio", COL_WEIGHT, 1},
	{"%oftotal", COL_WEIGHT, 1}, {"%", COL_WEIGHT, 0}, {"pct", COL_WEIGHT, 0},
	{"allocation", COL_WEIGHT, 1},
	{"marketvalue", COL_VALUE, 1}, {"value", COL_VALUE, 1}, {"marktwert", COL_VALUE, 1},
	{"valusd", COL_VALUE, 0}, {"valeur", COL_VALUE, 1}, {"valuex1000", COL_VALUE, 0},
	{"shares", COL_SHARES, 1}, {"quantity", COL_SHARES, 1}, {"nominale", COL_SHARES, 0},
	{"balance", COL_SHARES, 0}, {"units", COL_SHARES, 0}, {"sharesorprnamt", COL_SHARES, 0},
	{"par", COL_SHARES, 0}, {"sharesparvalue", COL_SHARES, 0},
	{"assetclass", COL_ASSET, 0}, {"anlageklasse", COL_ASSET, 0}, {"assettype", COL_ASSET, 0},
	{"securitytype", COL_ASSET, 0}, {"classofshares", COL_ASSET, 0},
	{"assetcategory", COL_ASSET, 0},
	{NULL, 0, 0},
};

struct rcp_holdings {
	FILE *f;
	int own;
	const char *layout;
	int transcoded;
	/* read-ahead, then the file */
	char *peek;
	size_t peek_len, peek_pos;
	int eof;
	/* CSV */
	char delim;
	int col[COL_COUNT];
	int header_fields;
	int decimal_comma; /* -1 unknown */
	rcp_buf rec;
	rcp_buf conv;
	char **field;
	size_t nfield, cap_field;
	int64_t row;
	int64_t line;      /* physical records read, header included */
	/* duplicates: hash -> row */
	uint64_t *seen_h;
	int64_t *seen_row;
	size_t seen_cap, seen_n;
	rcp_buf warn;
	char columns[512];
	char name_buf[1024];
	char isin[16], cusip[16], sedol[16], figi[16], lei[32];
	rcp_nport *nport;
	char path[256];    /* named in errors */
};

/* ------------------------------------------------------------------ */
/* Bytes: the read-ahead first, then the file                          */
/* ------------------------------------------------------------------ */

static int get_byte(rcp_holdings *h)
{
	if (h->peek_pos < h->peek_len)
		return (unsigned char)h->peek[h->peek_pos++];
	if (h->eof)
		return EOF;
	int c = getc(h->f);
	if (c == EOF)
		h->eof = 1;
	return c;
}

static int peek_byte(rcp_holdings *h)
{
	if (h->peek_pos < h->peek_len)
		return (unsigned char)h->peek[h->peek_pos];
	if (h->eof)
		return EOF;
	int c = getc(h->f);
	if (c == EOF) {
		h->eof = 1;
		return EOF;
	}
	ungetc(c, h->f);
	return c;
}

/* read callback for the XML reader: the read-ahead, then the file */
static int holdings_read(void *ctx, char *buf, int len)
{
	rcp_holdings *h = ctx;
	int n = 0;
	while (n < len && h->peek_pos < h->peek_len)
		buf[n++] = h->peek[h->peek_pos++];
	if (n < len && !h->eof) {
		size_t got = fread(buf + n, 1, (size_t)(len - n), h->f);
		if (got == 0)
			h->eof = 1;
		n += (int)got;
	}
	return n;
}

/* ------------------------------------------------------------------ */
/* Records                                                             */
/* ------------------------------------------------------------------ */

static void cp1252_to_utf8(const char *s, size_t n, rcp_buf *out)
{
	static const uint16_t hi[32] = {
		0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
		0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C,
		0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD,
		0x017E, 0x0178,
	};
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		int32_t cp = c < 0x80 ? c : (c < 0xA0 ? hi[c - 0x80] : c);
		char u[4];
		rcp__buf_append(out, u, rcp__utf8_put(cp, u));
	}
}

/* Read one record split on h->delim into h->field. Returns 1, 0 at end,
 * -1 when a record is over the cap. */
static int read_record(rcp_holdings *h, rcp_error *err)
{
	h->rec.len = 0;
	if (h->rec.data)
		h->rec.data[0] = '\0';
	int c = peek_byte(h);
	if (c == EOF)
		return 0;
	/* fields are written into rec separated by NULs; offsets kept */
	size_t starts[4096];
	size_t nf = 0;
	int inq = 0, at_start = 1;
	starts[nf++] = 0;
	for (;;) {
		c = get_byte(h);
		if (c == EOF) {
			if (inq)
				goto unclosed;
			break;
		}
		if (c == '\0')
			goto binary;
		if (inq) {
			if (c == '"') {
				if (peek_byte(h) == '"') {
					get_byte(h);
					rcp__buf_putc(&h->rec, '"');
				} else {
					inq = 0;
				}
			} else if (rcp__buf_putc(&h->rec, (char)c) != RCP_OK) {
				goto toobig;
			}
			continue;
		}
		if (c == '"' && at_start) {
			inq = 1;
			at_start = 0;
			continue;
		}
		if (c == '\r') {
			if (peek_byte(h) == '\n')
				get_byte(h);
			break;
		}
		if (c == '\n')
			break;
		if (h->delim && c == h->delim) {
			rcp__buf_putc(&h->rec, '\0');
			if (nf == sizeof starts / sizeof starts[0])
				goto toowide; /* never a column silently dropped */
			starts[nf++] = h->rec.len;
			at_start = 1;
			continue;
		}
		at_start = 0;
		if (rcp__buf_putc(&h->rec, (char)c) != RCP_OK)
			goto toobig;
	}
	rcp__buf_putc(&h->rec, '\0');
	h->line++;
	if (nf > h->cap_field) {
		h->cap_field = nf * 2;
		h->field = rcp__xrealloc(h->field, h->cap_field * sizeof *h->field);
	}
	/* transcode a record that is not UTF-8 */
	if (!rcp__utf8_valid(h->rec.data, h->rec.len)) {
		h->transcoded = 1;
		h->conv.len = 0;
		cp1252_to_utf8(h->rec.data, h->rec.len, &h->conv);
		/* field starts move: recompute by walking NULs */
		size_t k = 0;
		starts[k++] = 0;
		for (size_t i = 0; i < h->conv.len && k < nf; i++)
			if (h->conv.data[i] == '\0')
				starts[k++] = i + 1;
		for (size_t i = 0; i < nf; i++)
			h->field[i] = h->conv.data + starts[i];
	} else {
		for (size_t i = 0; i < nf; i++)
			h->field[i] = h->rec.data + starts[i];
	}
	h->nfield = nf;
	/* trim */
	for (size_t i = 0; i < nf; i++) {
		char *s = h->field[i];
		while (*s == ' ' || *s == '\t')
			s++;
		size_t n = strlen(s);
		while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
			s[--n] = '\0';
		h->field[i] = s;
	}
	return 1;
toobig:
	rcp__error_set(err, RCP_ETOOBIG, "holdings record too long", h->path,
	               "record %lld is over %zu bytes", (long long)h->line + 1, MAX_RECORD);
	return -1;
unclosed: /* the rest of the file would be one name */
	rcp__error_set(err, RCP_EPARSE, "holdings quote not closed", h->path,
	               "record %lld opens a quoted field that the file never closes",
	               (long long)h->line + 1);
	return -1;
binary: /* a NUL would cut the field short where it stands */
	rcp__error_set(err, RCP_EBINARY, "holdings record has a NUL byte", h->path,
	               "record %lld: binary data, not text", (long long)h->line + 1);
	return -1;
toowide:
	rcp__error_set(err, RCP_ETOOBIG, "holdings record too wide", h->path,
	               "record %lld has over %zu fields", (long long)h->line + 1,
	               sizeof starts / sizeof starts[0]);
	return -1;
}

/* ------------------------------------------------------------------ */
/* Sniffing                                                            */
/* ------------------------------------------------------------------ */

/* A header cell folded to letters, digits and '%'. */
static void header_key(const char *s, char *out, size_t cap)
{
	char *f = rcp__fold_dup(s, strlen(s), NULL);
	size_t k = 0;
	for (const char *p = f; *p && k + 1 < cap; p++)
		if (isalnum((unsigned char)*p) || *p == '%')
			out[k++] = *p;
	out[k] = '\0';
	free(f);
}

static int header_col(const char *cell)
{
	char k[128];
	header_key(cell, k, sizeof k);
	if (!*k)
		return -1;
	for (int i = 0; synonyms[i].text; i++)
		if (!strcmp(k, synonyms[i].text))
			return synonyms[i].col;
	for (int i = 0; synonyms[i].text; i++)
		if (synonyms[i].prefix && !strncmp(k, synonyms[i].text, strlen(synonyms[i].text)))
			return synonyms[i].col;
	return -1;
}

/* Split one line (no newline) on d, honouring quotes; calls back each
 * cell. Returns the number of cells. */
static int split_line(const char *s, size_t n, char d, int (*fn)(const char *, void *),
                      void *ctx)
{
	char cell[256];
	size_t k = 0;
	int cells = 0, inq = 0;
	for (size_t i = 0; i <= n; i++) {
		char c = i < n ? s[i] : d;
		if (inq) {
			if (c == '"')
				inq = 0;
			else if (k + 1 < sizeof cell)
				cell[k++] = c;
			continue;
		}
		if (c == '"') {
			inq = 1;
			continue;
		}
		if (c == d) {
			cell[k] = '\0';
			cells++;
			if (fn)
				fn(cell, ctx);
			k = 0;
			continue;
		}
		if (k + 1 < sizeof cell)
			cell[k++] = c;
	}
	return cells;
}

/* The cells on delimiter d of the first non-blank line after the one
 * ending at e (its newline, or end): 0 when there is none in the
 * read-ahead. */
static int next_line_cells(const char *e, const char *end, char d)
{
	const char *p = e < end ? e + 1 : end;
	while (p < end) {
		const char *q = memchr(p, '\n', (size_t)(end - p));
		if (!q)
			q = end;
		size_t n = (size_t)(q - p);
		if (n && p[n - 1] == '\r')
			n--;
		size_t k = 0;
		while (k < n && isspace((unsigned char)p[k]))
			k++;
		if (k < n)
			return split_line(p, n, d, NULL, NULL);
		p = q < end ? q + 1 : end;
	}
	return 0;
}

typedef struct hdr_count {
	int recognized, idcols;
} hdr_count;

static int count_cell(const char *cell, void *ctx)
{
	hdr_count *c = ctx;
	int col = header_col(cell);
	if (col >= 0) {
		c->recognized++;
		if (col == COL_NAME || col == COL_NAME2 || col == COL_TICKER || col == COL_ISIN ||
		    col == COL_CUSIP || col == COL_SEDOL || col == COL_FIGI || col == COL_LEI ||
		    col == COL_ID)
			c->idcols++;
	}
	return 0;
}

static void describe_columns(rcp_holdings *h)
{
	size_t k = 0;
	h->columns[0] = '\0';
	for (int c = 0; c < COL_COUNT; c++)
		if (h->col[c] >= 0)
			k += (size_t)snprintf(h->columns + k, k < sizeof h->columns ? sizeof h->columns - k : 0,
			                      "%s%s=%d", k ? ", " : "", col_names[c], h->col[c] + 1);
}

/* Open the holdings on f (own: close it with them), named path in
 * messages. */
static rcp_holdings *open_stream(FILE *f, int own, const char *path, rcp_error *err);

rcp_holdings *rcp_holdings_open(const char *path, rcp_error *err)
{
	if (!strcmp(path, "-"))
		return open_stream(stdin, 0, path, err);
	FILE *f = fopen(path, "rb");
	if (!f) {
		rcp__error_set(err, RCP_EIO, "cannot open", path, "%s", strerror(errno));
		return NULL;
	}
	return open_stream(f, 1, path, err);
}

rcp_holdings *rcp_holdings_open_bytes(const char *data, size_t len, const char *name,
                                      rcp_error *err)
{
	/* a stream over the caller's bytes: the reader is the same, and nothing
	 * is copied or written to disk */
	FILE *f = len ? fmemopen((void *)data, len, "rb") : fopen("/dev/null", "rb");
	if (!f) {
		rcp__error_set(err, RCP_EIO, "cannot read", name, "%s", strerror(errno));
		return NULL;
	}
	return open_stream(f, 1, name, err);
}

/* Read ahead the first PEEK_BYTES, then on until the read-ahead holds the
 * first HEADER_LINES + 1 lines whole, the file ends, a line is over a
 * record's cap, or it is PEEK_MAX long: a header line over 64 KiB (a fund
 * with thousands of columns) was cut and never recognised. */
static rcp_status read_ahead(rcp_holdings *h)
{
	size_t cap = PEEK_BYTES, lines = 0, counted = 0, line_start = 0;
	h->peek = rcp__xmalloc(cap + 1);
	for (;;) {
		size_t got = fread(h->peek + h->peek_len, 1, cap - h->peek_len, h->f);
		h->peek_len += got;
		if (h->peek_len < cap) {
			if (ferror(h->f))
				return RCP_EIO;
			h->eof = 1;
			break;
		}
		for (; counted < h->peek_len; counted++)
			if (h->peek[counted] == '\n') {
				lines++;
				line_start = counted + 1;
			}
		if (lines > HEADER_LINES || h->peek_len - line_start > MAX_RECORD || cap >= PEEK_MAX)
			break;
		cap = cap * 2 > PEEK_MAX ? PEEK_MAX : cap * 2;
		h->peek = rcp__xrealloc(h->peek, cap + 1);
	}
	h->peek[h->peek_len] = '\0';
	return RCP_OK;
}

static rcp_holdings *open_stream(FILE *f, int own, const char *path, rcp_error *err)
{
	rcp_holdings *h = rcp__xcalloc(1, sizeof *h);
	for (int c = 0; c < COL_COUNT; c++)
		h->col[c] = -1;
	h->decimal_comma = -1;
	rcp__buf_init(&h->rec, MAX_RECORD);
	rcp__buf_init(&h->conv, 0);
	rcp__buf_init(&h->warn, 0);
	h->f = f;
	h->own = own;
	snprintf(h->path, sizeof h->path, "%s", path ? path : "");
	if (read_ahead(h) != RCP_OK) {
		rcp__error_set(err, RCP_EIO, "cannot read", path, "%s", strerror(errno));
		goto fail;
	}
	/* byte-order marks */
	if (h->peek_len >= 3 && !memcmp(h->peek, "\xEF\xBB\xBF", 3))
		h->peek_pos = 3;
	else if (h->peek_len >= 2 && (!memcmp(h->peek, "\xFF\xFE", 2) || !memcmp(h->peek, "\xFE\xFF", 2))) {
		rcp__error_set(err, RCP_EFORMAT, "cannot read holdings", path,
		               "UTF-16 files are not read; save the file as UTF-8 or Latin-1");
		goto fail;
	}
	const char *body = h->peek + h->peek_pos;
	size_t blen = h->peek_len - h->peek_pos;
	size_t i0 = 0;
	while (i0 < blen && isspace((unsigned char)body[i0]))
		i0++;
	if (i0 == blen) {
		rcp__error_set(err, RCP_EPARSE, "empty holdings file", path,
		               "no holdings: the file has no data");
		goto fail;
	}
	if (memchr(body, '\0', blen)) {
		rcp__error_set(err, RCP_EBINARY, "cannot read holdings", path,
		               "binary data: a spreadsheet (save it as CSV) or not a holdings file");
		goto fail;
	}
	if (!strncmp(body + i0, "<?xml", 5) || !strncmp(body + i0, "<edgarSubmission", 16) ||
	    strstr(body, "<invstOrSec")) {
		h->layout = "nport";
		h->nport = rcp__nport_new(holdings_read, h, path, err);
		if (!h->nport)
			goto fail;
		return h;
	}
	/* find the header among the first lines */
	static const char delims[] = {',', ';', '\t', '|'};
	const char *p = body;
	const char *end = body + blen;
	int best_line = -1, best_rec = 0;
	char best_delim = ',';
	size_t header_off = 0;
	int maxfields = 0;
	/* a header naming one column of ours among others we do not know
	 * ("Name,Sector"): taken only when no line names two, and only when
	 * the line after it has as many cells, so that a preamble line such as
	 * "Name,Example Fund" above a table is not taken for its header */
	char weak_delim = 0;
	size_t weak_off = 0;
	for (int line = 0; line < HEADER_LINES && p < end; line++) {
		const char *e = memchr(p, '\n', (size_t)(end - p));
		if (!e) {
			e = end;
			if (!h->eof) { /* the read-ahead ends in it: say so, never guess */
				if ((size_t)(end - p) > MAX_RECORD)
					rcp__error_set(err, RCP_ETOOBIG, "cannot find holdings header", path,
					               "line %d is over %zu bytes; no header was found above it",
					               line + 1, MAX_RECORD);
				else
					rcp__error_set(err, RCP_ETOOBIG, "cannot find holdings header", path,
					               "no header in the first %zu bytes (%d lines)",
					               (size_t)(end - h->peek), line);
				goto fail;
			}
		}
		size_t n = (size_t)(e - p);
		if (n && p[n - 1] == '\r')
			n--;
		for (size_t d = 0; d < sizeof delims; d++) {
			hdr_count c = {0};
			int cells = split_line(p, n, delims[d], count_cell, &c);
			if (cells > maxfields)
				maxfields = cells;
			int ok = c.idcols >= 1 && (c.recognized >= 2 || cells == 1);
			if (ok && c.recognized > best_rec) {
				best_rec = c.recognized;
				best_delim = delims[d];
				best_line = line;
			}
			if (!ok && !weak_delim && c.idcols == 1 && cells >= 2 &&
			    next_line_cells(e, end, delims[d]) == cells) {
				weak_delim = delims[d];
				weak_off = (size_t)(p - h->peek);
			}
		}
		if (best_line >= 0) {
			header_off = (size_t)(p - h->peek);
			break;
		}
		p = e < end ? e + 1 : end;
	}
	if (best_line < 0 && weak_delim) {
		best_line = 0;
		best_delim = weak_delim;
		header_off = weak_off;
	}
	if (best_line < 0) {
		/* a plain list unless most lines split into several fields: a
		 * pasted list with one name such as "Toyota Motor Corp., ADR,
		 * sponsored" is still a list (one such line refused it all) */
		int multi = 0, lines = 0;
		const char *q = body;
		for (int line = 0; line < HEADER_LINES && q < end; line++) {
			const char *e = memchr(q, '\n', (size_t)(end - q));
			if (!e)
				e = end;
			for (const char *k = q; k < e; k++)
				if (!isspace((unsigned char)*k)) {
					lines++; /* not blank */
					break;
				}
			if (memchr(q, '\t', (size_t)(e - q)) || memchr(q, ';', (size_t)(e - q)) ||
			    memchr(q, '|', (size_t)(e - q)) || split_line(q, (size_t)(e - q), ',', NULL, NULL) >= 3)
				multi++;
			q = e < end ? e + 1 : end;
		}
		if (multi * 2 > lines) {
			/* name what the first line holds, so the user can rename a column */
			const char *e = memchr(body + i0, '\n', blen - i0);
			size_t n = e ? (size_t)(e - body - i0) : blen - i0;
			if (n && body[i0 + n - 1] == '\r')
				n--;
			rcp__error_set(err, RCP_EPARSE, "no name or identifier column", path,
			               "first line is '%.*s'; name a column Name, Issuer, Ticker, ISIN,"
			               " CUSIP, SEDOL, FIGI or LEI",
			               (int)(n > 200 ? 200 : n), body + i0);
			goto fail;
		}
		h->layout = "list";
		h->delim = 0;
		return h;
	}
	h->layout = "csv";
	h->delim = best_delim;
	h->peek_pos = header_off;
	int hr = read_record(h, err);
	if (hr != 1) {
		if (hr == 0)
			rcp__error_set(err, RCP_EPARSE, "cannot read holdings header", path, NULL);
		goto fail;
	}
	h->header_fields = (int)h->nfield;
	for (size_t i = 0; i < h->nfield; i++) {
		int c = header_col(h->field[i]);
		if (c >= 0 && h->col[c] < 0)
			h->col[c] = (int)i;
	}
	describe_columns(h);
	return h;
fail:
	rcp_holdings_close(h);
	return NULL;
}

void rcp_holdings_close(rcp_holdings *h)
{
	if (!h)
		return;
	if (h->nport)
		rcp__nport_free(h->nport);
	if (h->own && h->f)
		fclose(h->f);
	free(h->peek);
	rcp__buf_release(&h->rec);
	rcp__buf_release(&h->conv);
	rcp__buf_release(&h->warn);
	free(h->field);
	free(h->seen_h);
	free(h->seen_row);
	free(h);
}

int rcp_holdings_identity(const rcp_holdings *h, rcp_fund_identity *out)
{
	return h && h->nport ? rcp__nport_identity(h->nport, out) : 0;
}

int rcp__holdings_head(rcp_holdings *h, rcp_error *err)
{
	return h->nport ? rcp__nport_head(h->nport, err) : -2;
}

const char *rcp_holdings_layout(const rcp_holdings *h)
{
	return h->layout;
}

const char *rcp_holdings_encoding(const rcp_holdings *h)
{
	return h->transcoded ? "windows-1252" : "utf-8";
}

const char *rcp_holdings_columns(const rcp_holdings *h)
{
	return h->columns;
}

/* ------------------------------------------------------------------ */
/* Values                                                              */
/* ------------------------------------------------------------------ */

/* ------------------------------------------------------------------ */
/* Rows                                                                */
/* ------------------------------------------------------------------ */

static const char *cell(rcp_holdings *h, int c)
{
	if (h->col[c] < 0 || (size_t)h->col[c] >= h->nfield)
		return NULL;
	const char *s = h->field[h->col[c]];
	if (!*s || !strcmp(s, "-") || !strcmp(s, "--") || !strcasecmp(s, "n/a"))
		return NULL;
	return s;
}

/* An identifier into its slot of the holding being read, bounded by the
 * slot (each is sized for its scheme); returns the slot. */
static const char *copy_id(char *slot, size_t cap, const char *v)
{
	snprintf(slot, cap, "%s", v);
	return slot;
}

static void warnf(rcp_holdings *h, const char *fmt, ...) RCP_PRINTF(2, 3);
static void warnf(rcp_holdings *h, const char *fmt, ...)
{
	char line[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	if (h->warn.len)
		rcp__buf_append(&h->warn, "; ", 2);
	rcp__buf_append(&h->warn, line, strlen(line));
}

/* Identifier into dst when valid; a warning when it is not. */
static const char *ident(rcp_holdings *h, const char *v, const char *scheme,
                         int (*valid)(const char *), char *dst, size_t cap)
{
	if (!v)
		return NULL;
	size_t k = 0;
	for (const char *p = v; *p && k + 1 < cap; p++)
		if (!isspace((unsigned char)*p))
			dst[k++] = (char)toupper((unsigned char)*p);
	dst[k] = '\0';
	if (!k)
		return NULL;
	if (!valid(dst)) {
		warnf(h, "invalid %s '%s' (bad check digit or length)", scheme, dst);
		return NULL;
	}
	return dst;
}

/* Rows remembered to name duplicates: 16 bytes each at most twice over,
 * so a file of any size stays within about 128 MiB. */
#define DUP_TRACK_MAX ((size_t)4 << 20)

static void check_duplicate(rcp_holdings *h, const char *bytes, size_t n)
{
	if (h->seen_n >= DUP_TRACK_MAX) {
		if (h->seen_n++ == DUP_TRACK_MAX)
			warnf(h, "duplicate rows are not looked for past row %zu", DUP_TRACK_MAX);
		return;
	}
	uint64_t x = rcp__fnv1a(bytes, n);
	if (!x)
		x = 1;
	if ((h->seen_n + 1) * 2 > h->seen_cap) {
		size_t cap = h->seen_cap ? h->seen_cap * 2 : 1024;
		uint64_t *nh = rcp__xcalloc(cap, sizeof *nh);
		int64_t *nr = rcp__xcalloc(cap, sizeof *nr);
		for (size_t i = 0; i < h->seen_cap; i++)
			if (h->seen_h[i]) {
				size_t j = h->seen_h[i] & (cap - 1);
				while (nh[j])
					j = (j + 1) & (cap - 1);
				nh[j] = h->seen_h[i];
				nr[j] = h->seen_row[i];
			}
		free(h->seen_h);
		free(h->seen_row);
		h->seen_h = nh;
		h->seen_row = nr;
		h->seen_cap = cap;
	}
	size_t j = x & (h->seen_cap - 1);
	while (h->seen_h[j]) {
		if (h->seen_h[j] == x) {
			warnf(h, "duplicate of row %lld", (long long)h->seen_row[j]);
			return;
		}
		j = (j + 1) & (h->seen_cap - 1);
	}
	h->seen_h[j] = x;
	h->seen_row[j] = h->row;
	h->seen_n++;
}

static int all_empty(rcp_holdings *h)
{
	for (size_t i = 0; i < h->nfield; i++)
		if (*h->field[i])
			return 0;
	return 1;
}

int rcp_holdings_next(rcp_holdings *h, rcp_holding *out, rcp_error *err)
{
	memset(out, 0, sizeof *out);
	out->weight = out->value = out->shares = NAN;
	h->warn.len = 0;
	if (h->warn.data)
		h->warn.data[0] = '\0';
	if (h->nport) {
		int r = rcp__nport_next(h->nport, out, err);
		if (r == 1) {
			out->row = ++h->row;
			char key[256];
			snprintf(key, sizeof key, "%s|%s|%s|%.6g|%.6g", out->name ? out->name : "",
			         out->isin ? out->isin : "", out->cusip ? out->cusip : "", out->value,
			         out->shares);
			if (out->isin && !rcp_isin_valid(out->isin)) {
				warnf(h, "invalid ISIN '%s' (bad check digit or length)", out->isin);
				out->isin = NULL;
			}
			check_duplicate(h, key, strlen(key));
			out->warning = h->warn.len ? h->warn.data : NULL;
		}
		return r;
	}
	for (;;) {
		int r = read_record(h, err);
		if (r <= 0)
			return r;
		if (all_empty(h))
			continue;
		if (!strcmp(h->layout, "list")) {
			const char *s = h->field[0];
			if (*s == '#')
				continue;
			out->row = ++h->row;
			out->name = s;
			check_duplicate(h, s, strlen(s));
			out->warning = h->warn.len ? h->warn.data : NULL;
			return 1;
		}
		/* footers, disclaimers, section titles: not the header's shape */
		if ((int)h->nfield * 2 < h->header_fields || (h->nfield == 1 && h->header_fields > 2))
			continue;
		out->row = ++h->row;
		out->name = cell(h, COL_NAME);
		if (!out->name)
			out->name = cell(h, COL_NAME2);
		out->ticker = cell(h, COL_TICKER);
		out->exchange = cell(h, COL_EXCHANGE);
		out->asset_class = cell(h, COL_ASSET);
		out->isin = ident(h, cell(h, COL_ISIN), "ISIN", rcp_isin_valid, h->isin, sizeof h->isin);
		out->cusip = ident(h, cell(h, COL_CUSIP), "CUSIP", rcp_cusip_valid, h->cusip,
		                   sizeof h->cusip);
		out->sedol = ident(h, cell(h, COL_SEDOL), "SEDOL", rcp_sedol_valid, h->sedol,
		                   sizeof h->sedol);
		out->figi = ident(h, cell(h, COL_FIGI), "FIGI", rcp_figi_valid, h->figi, sizeof h->figi);
		out->lei = ident(h, cell(h, COL_LEI), "LEI", rcp_lei_valid, h->lei, sizeof h->lei);
		const char *id = cell(h, COL_ID);
		if (id) { /* a generic identifier column: say what it is from its shape */
			char v[32];
			size_t k = 0;
			for (const char *p = id; *p && k + 1 < sizeof v; p++)
				if (!isspace((unsigned char)*p))
					v[k++] = (char)toupper((unsigned char)*p);
			v[k] = '\0';
			if (!out->isin && k == 12 && rcp_isin_valid(v))
				out->isin = copy_id(h->isin, sizeof h->isin, v);
			else if (!out->cusip && k == 9 && rcp_cusip_valid(v))
				out->cusip = copy_id(h->cusip, sizeof h->cusip, v);
			else if (!out->sedol && k == 7 && rcp_sedol_valid(v))
				out->sedol = copy_id(h->sedol, sizeof h->sedol, v);
			else if (!out->figi && k == 12 && rcp_figi_valid(v))
				out->figi = copy_id(h->figi, sizeof h->figi, v);
			else if (!out->lei && k == 20 && rcp_lei_valid(v))
				out->lei = copy_id(h->lei, sizeof h->lei, v);
			else if (k == 12 && isalpha((unsigned char)v[0]) && isalpha((unsigned char)v[1]))
				warnf(h, "invalid ISIN '%s' (bad check digit or length)", v);
		}
		const char *w = cell(h, COL_WEIGHT), *val = cell(h, COL_VALUE),
		           *sh = cell(h, COL_SHARES);
		/* value first: its thousands and decimals teach the convention */
		if (val)
			out->value = rcp__holdings_number(val, &h->decimal_comma);
		if (sh)
			out->shares = rcp__holdings_number(sh, &h->decimal_comma);
		if (w)
			out->weight = rcp__holdings_number(w, &h->decimal_comma);
		if (!out->name && !out->ticker && !out->isin && !out->cusip && !out->sedol &&
		    !out->figi && !out->lei)
			warnf(h, "no name or identifier");
		check_duplicate(h, h->rec.data, h->rec.len);
		out->warning = h->warn.len ? h->warn.data : NULL;
		return 1;
	}
}
