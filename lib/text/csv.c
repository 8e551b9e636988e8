/*
 * csv.c — delimited records (RFC 4180 CSV, and the semicolon and tab
 * variants spreadsheets write), for procurement data.
 *
 * The first record is the header. A CSV document's text is one line per
 * non-empty field, "Header: value", records separated by a blank line;
 * the offset map points each value at its bytes in the file. `receipts
 * add` splits a file into one document per record, or per group of
 * records sharing a column's value (rcp_csv_split), each stored as a
 * small CSV of its own: the header line and its records, byte for byte.
 *
 * Broken quoting (a quote that never closes) ends the input at the record
 * it opens: what came before is kept, with a warning or an error naming
 * the record.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

#define MAX_FIELDS 4096
#define MAX_TEXT ((size_t)512 << 20)

typedef struct field {
	size_t start, end; /* raw bytes, quotes included */
} field;

typedef struct record {
	size_t start, end; /* raw bytes, line ending included */
	field *f;
	size_t nf, cap;
} record;

/* Parse the record at *pos. Returns 1 with a record, 0 at the end, -1 on
 * an unclosed quote (the record starts at *pos). */
static int next_record(const char *s, size_t n, size_t *pos, char delim, record *r)
{
	size_t i = *pos;
	r->nf = 0;
	if (i >= n)
		return 0;
	r->start = i;
	for (;;) {
		size_t fs = i;
		if (i < n && s[i] == '"') {
			i++;
			for (;;) {
				if (i >= n)
					return -1;
				if (s[i] == '"') {
					if (i + 1 < n && s[i + 1] == '"') {
						i += 2;
						continue;
					}
					i++;
					break;
				}
				i++;
			}
			/* junk after the closing quote belongs to the field */
			while (i < n && s[i] != delim && s[i] != '\n' && s[i] != '\r')
				i++;
		} else {
			while (i < n && s[i] != delim && s[i] != '\n' && s[i] != '\r')
				i++;
		}
		if (r->nf < MAX_FIELDS) {
			if (r->nf == r->cap) {
				r->cap = r->cap ? r->cap * 2 : 16;
				r->f = rcp__xrealloc(r->f, r->cap * sizeof *r->f);
			}
			r->f[r->nf].start = fs;
			r->f[r->nf].end = i;
			r->nf++;
		}
		if (i < n && s[i] == delim) {
			i++;
			continue;
		}
		break;
	}
	if (i < n && s[i] == '\r')
		i++;
	if (i < n && s[i] == '\n')
		i++;
	r->end = i;
	*pos = i;
	return 1;
}

static int record_blank(const char *s, const record *r)
{
	return r->nf == 1 && r->f[0].end == r->f[0].start && s;
}

/* Value of a field, unquoted, into b (reset first). */
static void field_value(const char *s, const field *f, rcp_buf *b)
{
	b->len = 0;
	size_t i = f->start, e = f->end;
	if (i < e && s[i] == '"') {
		i++;
		while (i < e) {
			if (s[i] == '"') {
				if (i + 1 < e && s[i + 1] == '"') {
					rcp__buf_putc(b, '"');
					i += 2;
					continue;
				}
				i++;
				continue; /* the closing quote, and junk after it kept below */
			}
			rcp__buf_putc(b, s[i++]);
		}
	} else {
		rcp__buf_append(b, s + i, e - i);
	}
	if (!b->data)
		rcp__buf_append(b, "", 0);
	/* trim */
	size_t a = 0, z = b->len;
	while (a < z && (b->data[a] == ' ' || b->data[a] == '\t'))
		a++;
	while (z > a && (b->data[z - 1] == ' ' || b->data[z - 1] == '\t'))
		z--;
	memmove(b->data, b->data + a, z - a);
	b->len = z - a;
	b->data[b->len] = '\0';
}

/* The delimiter that gives the header at least 2 fields and the next
 * records the same count; 0 when none does. */
static char guess_delim(const char *s, size_t n, int strict)
{
	static const char cands[] = {',', ';', '\t', '|'};
	size_t lim = n < 65536 ? n : 65536;
	for (size_t c = 0; c < sizeof cands; c++) {
		char d = cands[c];
		record r = {0};
		size_t pos = 0;
		int rc = next_record(s, lim, &pos, d, &r);
		size_t want = r.nf;
		int ok = rc == 1 && want >= 2;
		if (ok && strict) {
			/* a header: short names, not prose ("Hello, world.") */
			size_t spaced = 0;
			for (size_t k = 0; k < r.nf && ok; k++) {
				size_t fs = r.f[k].start, fe = r.f[k].end;
				if (fe - fs > 80)
					ok = 0;
				for (size_t q = fs; q + 1 < fe && ok; q++)
					if ((s[q] == '.' || s[q] == '!' || s[q] == '?') && s[q + 1] == ' ')
						ok = 0;
				if (fe > fs && (s[fe - 1] == '.' || s[fe - 1] == '!' || s[fe - 1] == '?'))
					ok = 0;
				if (k > 0 && fe > fs && s[fs] == ' ')
					spaced++;
			}
			if (d == ',' && spaced * 2 >= r.nf - 1 && r.nf > 1)
				ok = 0; /* ", " after every comma: a sentence */
		}
		int records = 0, broken = 0;
		while (ok) {
			rc = next_record(s, lim, &pos, d, &r);
			if (rc == 0)
				break;
			if (rc < 0) {
				/* an unclosed quote (or the sample's end): judge what came before */
				broken = 1;
				break;
			}
			if (record_blank(s, &r))
				continue;
			if (r.nf != want) {
				/* the sample may cut the last record */
				if (!(pos >= lim && lim < n))
					ok = 0;
				break;
			}
			if (++records >= 20)
				break;
		}
		free(r.f);
		if (ok && (records >= 1 || broken))
			return d;
	}
	return 0;
}

int rcp__csv_sniff(const uint8_t *bytes, size_t len)
{
	const char *s = (const char *)bytes;
	if (len >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
		s += 3, len -= 3;
	if (len < 4 || memchr(s, 0, len < 4096 ? len : 4096))
		return 0;
	return guess_delim(s, len, 1) != 0;
}

int rcp_csv_sniff(const uint8_t *bytes, size_t len)
{
	return rcp__csv_sniff(bytes, len);
}

/* Is column name in the comma-separated list (case-insensitive)? */
static int in_list(const char *list, const char *name)
{
	size_t n = strlen(name);
	const char *p = list;
	while (*p) {
		const char *e = strchr(p, ',');
		size_t m = e ? (size_t)(e - p) : strlen(p);
		while (m && *p == ' ')
			p++, m--;
		while (m && p[m - 1] == ' ')
			m--;
		if (m == n && !strncasecmp(p, name, n))
			return 1;
		if (!e)
			break;
		p = e + 1;
	}
	return 0;
}

rcp_status rcp__csv_read(const uint8_t *bytes, size_t len, const char *text_columns,
                         rcp_text *t, rcp_error *err)
{
	char *dec = NULL;
	size_t n = 0;
	rcp_status st = rcp__text_decode(bytes, len, &dec, &n, &t->encoding, &t->replaced, err);
	if (st != RCP_OK)
		return st;
	/* the original bytes themselves, so offsets into them hold: UTF-8
	 * with no BOM and no byte replaced by U+FFFD (each grows to three) */
	int exact = !strcmp(t->encoding, "utf-8") && !(len >= 3 && bytes[0] == 0xEF) && !t->replaced;
	t->transcoded = !exact;
	char d = guess_delim(dec, n, 0);
	if (!d)
		d = ',';
	record r = {0};
	size_t pos = 0;
	int rc = next_record(dec, n, &pos, d, &r);
	if (rc <= 0) {
		free(dec);
		free(r.f);
		return rcp__error_set(err, RCP_EPARSE, "cannot read CSV", NULL,
		                      rc < 0 ? "the header's quote never closes" : "no header");
	}
	size_t ncols = r.nf;
	char **names = rcp__xcalloc(ncols, sizeof *names);
	int *use = rcp__xcalloc(ncols, sizeof *use);
	rcp_buf v;
	rcp__buf_init(&v, 0);
	int any = 0;
	for (size_t k = 0; k < ncols; k++) {
		field_value(dec, &r.f[k], &v);
		names[k] = rcp__xstrndup(v.data, v.len);
		use[k] = !text_columns || in_list(text_columns, names[k]);
		any |= use[k];
	}
	if (!any) {
		st = rcp__error_set(err, RCP_EINVAL, "no such CSV column", text_columns,
		                    "the header has %zu other columns", ncols);
		goto out;
	}
	rcp_text_builder tb;
	rcp__tb_init(&tb, MAX_TEXT);
	int64_t recno = 0;
	for (;;) {
		size_t at = pos;
		rc = next_record(dec, n, &pos, d, &r);
		if (rc == 0)
			break;
		recno++;
		if (rc < 0) {
			char w[160];
			snprintf(w, sizeof w,
			         "CSV read in part: record %lld (byte %zu) opens a quote that never closes",
			         (long long)recno, at);
			t->warning = rcp__xstrdup(w);
			break;
		}
		if (record_blank(dec, &r))
			continue;
		rcp__tb_break(&tb, "\n\n");
		for (size_t k = 0; k < r.nf && k < ncols; k++) {
			if (!use[k])
				continue;
			field_value(dec, &r.f[k], &v);
			if (!v.len)
				continue;
			rcp__tb_break(&tb, "\n");
			/* the header name is not in the record's bytes: unmapped */
			(void)rcp__buf_append(&tb.text, names[k], strlen(names[k]));
			(void)rcp__buf_append(&tb.text, ": ", 2);
			size_t vs = r.f[k].start;
			if (vs < r.f[k].end && dec[vs] == '"')
				vs++;
			while (vs < r.f[k].end && (dec[vs] == ' ' || dec[vs] == '\t'))
				vs++;
			if (rcp__tb_append(&tb, v.data, v.len, vs) != RCP_OK)
				break;
		}
	}
	if (!exact) { /* offsets are into the transcoded text, not the bytes */
		free(tb.runs);
		tb.runs = NULL;
		tb.nruns = tb.runs_cap = 0;
	}
	t->format = RCP_FORMAT_CSV;
	rcp__tb_finish(&tb, t);
	if (t->len == 0) {
		st = rcp__error_set(err, RCP_EPARSE, "nothing to add", NULL, "%s",
		                    t->warning ? t->warning : "the CSV has a header and no records");
		free(t->warning);
		t->warning = NULL;
	}
out:
	for (size_t k = 0; k < ncols; k++)
		free(names[k]);
	free(names);
	free(use);
	free(r.f);
	rcp__buf_release(&v);
	free(dec);
	return st;
}

/* ------------------------------------------------------------------ */
/* Splitting a file into documents                                     */
/* ------------------------------------------------------------------ */

typedef struct group {
	char *key;
	size_t *recs; /* indexes into the record list */
	size_t n, cap;
} group;

/* Group keys to group numbers (1-based; 0 = empty slot). */
typedef struct key_table {
	size_t *slot;
	size_t cap, n;
} key_table;

static uint32_t key_hash(const char *k)
{
	uint32_t h = 2166136261u;
	for (; *k; k++)
		h = (h ^ (uint8_t)*k) * 16777619u;
	return h;
}

static size_t find_group(const key_table *t, const group *groups, const char *key)
{
	if (!t->cap)
		return 0;
	for (size_t i = key_hash(key) & (t->cap - 1);; i = (i + 1) & (t->cap - 1)) {
		size_t g = t->slot[i];
		if (!g || !strcmp(groups[g - 1].key, key))
			return g;
	}
}

static void add_group(key_table *t, const group *groups, size_t g)
{
	if ((t->n + 1) * 2 > t->cap) {
		size_t nc = t->cap ? t->cap * 2 : 64;
		size_t *ns = rcp__xcalloc(nc, sizeof *ns);
		for (size_t i = 0; i < t->cap; i++) {
			size_t h = t->slot[i];
			if (!h)
				continue;
			size_t j = key_hash(groups[h - 1].key) & (nc - 1);
			while (ns[j])
				j = (j + 1) & (nc - 1);
			ns[j] = h;
		}
		free(t->slot);
		t->slot = ns;
		t->cap = nc;
	}
	size_t j = key_hash(groups[g - 1].key) & (t->cap - 1);
	while (t->slot[j])
		j = (j + 1) & (t->cap - 1);
	t->slot[j] = g;
	t->n++;
}

rcp_status rcp_csv_split(const uint8_t *bytes, size_t len, const rcp_csv_options *o,
                         int (*fn)(const rcp_csv_doc *d, void *ctx), void *ctx,
                         rcp_error *err)
{
	static const rcp_csv_options none;
	if (!o)
		o = &none;
	const char *s = (const char *)bytes;
	size_t skip = (len >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) ? 3 : 0;
	/* a non-UTF-8 file is split on its raw bytes: ASCII delimiters and
	 * quotes mean the same in Windows-1252 */
	char d = guess_delim(s + skip, len - skip, 0);
	if (!d)
		return rcp__error_set(err, RCP_EPARSE, "cannot read CSV", NULL,
		                      "no delimiter gives the records a constant number of fields");
	record r = {0};
	size_t pos = skip;
	rcp_status st = RCP_OK;
	if (next_record(s, len, &pos, d, &r) != 1) {
		free(r.f);
		return rcp__error_set(err, RCP_EPARSE, "cannot read CSV", NULL, "no header");
	}
	size_t hdr_end = r.end;
	int gcol = -1;
	rcp_buf v;
	rcp__buf_init(&v, 0);
	if (o->group_by) {
		for (size_t k = 0; k < r.nf && gcol < 0; k++) {
			field_value(s, &r.f[k], &v);
			if (!strcasecmp(v.data, o->group_by))
				gcol = (int)k;
		}
		if (gcol < 0) {
			free(r.f);
			rcp__buf_release(&v);
			return rcp__error_set(err, RCP_EINVAL, "no such CSV column", o->group_by,
			                      "it is not in the header");
		}
	}
	/* records: [start, end) */
	size_t *rs = NULL, *re = NULL, nrec = 0, rcap = 0;
	group *groups = NULL;
	size_t ngroups = 0, gcap = 0;
	key_table ht = {0};
	int64_t broken = 0;
	size_t broken_at = 0;
	for (;;) {
		size_t at = pos;
		int rc = next_record(s, len, &pos, d, &r);
		if (rc == 0)
			break;
		if (rc < 0) {
			broken = (int64_t)nrec + 1;
			broken_at = at;
			break;
		}
		if (record_blank(s, &r))
			continue;
		if (nrec == rcap) {
			rcap = rcap ? rcap * 2 : 256;
			rs = rcp__xrealloc(rs, rcap * sizeof *rs);
			re = rcp__xrealloc(re, rcap * sizeof *re);
		}
		rs[nrec] = r.start;
		re[nrec] = r.end;
		if (gcol >= 0) {
			if ((size_t)gcol < r.nf)
				field_value(s, &r.f[gcol], &v);
			else
				v.len = 0;
			const char *key = v.data ? v.data : "";
			size_t g = find_group(&ht, groups, key);
			if (g == 0) {
				if (ngroups == gcap) {
					gcap = gcap ? gcap * 2 : 64;
					groups = rcp__xrealloc(groups, gcap * sizeof *groups);
				}
				memset(&groups[ngroups], 0, sizeof *groups);
				groups[ngroups].key = rcp__xstrdup(key);
				g = ++ngroups;
				add_group(&ht, groups, g);
			}
			group *gr = &groups[g - 1];
			if (gr->n == gr->cap) {
				gr->cap = gr->cap ? gr->cap * 2 : 4;
				gr->recs = rcp__xrealloc(gr->recs, gr->cap * sizeof *gr->recs);
			}
			gr->recs[gr->n++] = nrec;
		}
		nrec++;
	}
	rcp_buf doc;
	rcp__buf_init(&doc, 0);
	size_t ndocs = gcol >= 0 ? ngroups : nrec;
	for (size_t i = 0; i < ndocs; i++) {
		if (o->max_docs && i >= o->max_docs)
			break;
		doc.len = 0;
		rcp__buf_append(&doc, s + skip, hdr_end - skip);
		if (doc.len && doc.data[doc.len - 1] != '\n')
			rcp__buf_putc(&doc, '\n');
		rcp_csv_doc cd = {0};
		size_t nr = gcol >= 0 ? groups[i].n : 1;
		for (size_t k = 0; k < nr; k++) {
			size_t ri = gcol >= 0 ? groups[i].recs[k] : i;
			rcp__buf_append(&doc, s + rs[ri], re[ri] - rs[ri]);
			if (doc.data[doc.len - 1] != '\n')
				rcp__buf_putc(&doc, '\n');
			if (k == 0)
				cd.first_record = (int64_t)ri + 1;
		}
		cd.bytes = (const uint8_t *)doc.data;
		cd.len = doc.len;
		cd.records = (int64_t)nr;
		cd.key = gcol >= 0 ? groups[i].key : NULL;
		if (fn(&cd, ctx))
			break;
	}
	if (broken)
		st = rcp__error_set(err, RCP_EPARSE, "broken CSV quoting", NULL,
		                    "record %lld (byte %zu) opens a quote that never closes; "
		                    "the %zu records before it were read",
		                    (long long)broken, broken_at, nrec);
	rcp__buf_release(&doc);
	for (size_t g = 0; g < ngroups; g++) {
		free(groups[g].key);
		free(groups[g].recs);
	}
	free(groups);
	free(ht.slot);
	free(rs);
	free(re);
	free(r.f);
	rcp__buf_release(&v);
	return st;
}
