/*
 * output.c — one record printer for every --format: text (aligned
 * columns), json (an array), jsonl (a record a line), csv (RFC 4180).
 * Records are JSON objects built with jansson, never strings pasted
 * together.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cli_format_parse(const char *s, unsigned allowed)
{
	static const char *const names[] = {"text", "json", "jsonl", "csv", "html"};
	for (int i = 0; i < 5; i++)
		if (!strcmp(s, names[i]) && (allowed & (1u << i)))
			return i;
	return -1;
}

/* Bytes of a record's JSON gathered before one fwrite: jansson hands its
 * dumper a callback a token at a time, and json_dumpf makes each token an
 * fwrite (a lock and a copy apiece; a fifth of `receipts extract` was
 * there). */
typedef struct dump_buf {
	char *v;
	size_t n, cap;
	int failed;
} dump_buf;

static int dump_append(const char *buffer, size_t size, void *data)
{
	dump_buf *b = data;
	if (b->n + size > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;
		while (cap < b->n + size)
			cap *= 2;
		char *v = realloc(b->v, cap);
		if (!v) {
			b->failed = 1;
			return -1;
		}
		b->v = v;
		b->cap = cap;
	}
	memcpy(b->v + b->n, buffer, size);
	b->n += size;
	return 0;
}

void cli_json_print(json_t *v, int pretty)
{
	/* 15 significant digits: 0.97 prints as 0.97, not 0.96999999999999997 */
	size_t flags = (pretty ? JSON_INDENT(2) : JSON_COMPACT) | JSON_PRESERVE_ORDER |
	               JSON_REAL_PRECISION(15);
	size_t n;
	char *s = pretty ? NULL : rcp_json_compact(v, &n);
	if (s) {
		fwrite(s, 1, n, stdout);
		free(s);
		fputc('\n', stdout);
		return;
	}
	dump_buf b = {NULL, 0, 0, 0};
	if (json_dump_callback(v, dump_append, &b, flags) == 0 && !b.failed)
		fwrite(b.v, 1, b.n, stdout);
	else
		json_dumpf(v, stdout, flags); /* out of memory: token by token, as before */
	free(b.v);
	fputc('\n', stdout);
}

void cli_csv_field(FILE *f, const char *s)
{
	if (!s)
		return;
	char *c = rcp_csv_cell(s); /* quoting and the formula guard: base/csvcell.c */
	if (c)
		fputs(c, f);
	free(c);
}

/* A value as flat text: lists joined with "; ", objects by their "text". */
static char *flat(json_t *v)
{
	if (!v || json_is_null(v))
		return strdup("");
	if (json_is_string(v))
		return strdup(json_string_value(v));
	if (json_is_array(v)) {
		size_t cap = 64, len = 0, i;
		char *out = malloc(cap);
		out[0] = '\0';
		json_t *x;
		json_array_foreach(v, i, x) {
			char *part;
			if (json_is_object(x)) {
				json_t *t = json_object_get(x, "text");
				if (!t && json_object_get(x, "value")) {
					const char *sc = json_string_value(json_object_get(x, "scheme"));
					const char *va = json_string_value(json_object_get(x, "value"));
					size_t n = strlen(sc ? sc : "") + strlen(va ? va : "") + 2;
					part = malloc(n);
					snprintf(part, n, "%s:%s", sc ? sc : "", va ? va : "");
				} else {
					part = flat(t);
				}
			} else {
				part = flat(x);
			}
			size_t pl = strlen(part);
			if (len + pl + 3 > cap) {
				while (len + pl + 3 > cap)
					cap *= 2;
				out = realloc(out, cap);
			}
			if (i) {
				memcpy(out + len, "; ", 2);
				len += 2;
			}
			memcpy(out + len, part, pl + 1);
			len += pl;
			free(part);
		}
		return out;
	}
	if (json_is_true(v))
		return strdup("true");
	if (json_is_false(v))
		return strdup("false");
	return json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT | JSON_REAL_PRECISION(15));
}

/* Width in code points (good enough for aligned Latin, Greek, Hebrew...). */
static size_t width(const char *s)
{
	size_t w = 0;
	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			w++;
	return w;
}

/* Pointer past the first max code points of s. */
static const char *cut(const char *s, size_t max)
{
	size_t w = 0;
	for (; *s; s++) {
		if (((unsigned char)*s & 0xC0) != 0x80) {
			if (w == max)
				break;
			w++;
		}
	}
	return s;
}

#define TEXT_COL_MAX 60

void cli_table_begin(cli_table *t, cli_format fmt, const char *const *columns,
                     const char *const *headers)
{
	memset(t, 0, sizeof *t);
	t->fmt = fmt;
	t->columns = columns;
	t->headers = headers ? headers : columns;
	if (fmt == FMT_TEXT)
		t->rows = json_array();
	if (fmt == FMT_CSV) {
		for (size_t i = 0; columns[i]; i++) {
			if (i)
				fputc(',', stdout);
			cli_csv_field(stdout, columns[i]);
		}
		fputs("\r\n", stdout);
	}
	if (fmt == FMT_JSON)
		fputs("[", stdout);
}

void cli_table_row(cli_table *t, json_t *rec)
{
	switch (t->fmt) {
	case FMT_JSONL:
		cli_json_print(rec, 0);
		break;
	case FMT_JSON:
		fputs(t->n ? ",\n" : "\n", stdout);
		json_dumpf(rec, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15));
		break;
	case FMT_CSV:
		for (size_t i = 0; t->columns[i]; i++) {
			if (i)
				fputc(',', stdout);
			char *s = flat(json_object_get(rec, t->columns[i]));
			cli_csv_field(stdout, s);
			free(s);
		}
		fputs("\r\n", stdout);
		break;
	case FMT_TEXT:
		json_array_append(t->rows, rec);
		break;
	case FMT_HTML: /* screen's own page, never a table */
		break;
	}
	t->n++;
}

void cli_table_end(cli_table *t)
{
	if (t->fmt == FMT_JSON)
		fputs(t->n ? "\n]\n" : "]\n", stdout);
	if (t->fmt != FMT_TEXT)
		return;
	size_t ncol = 0;
	while (t->columns[ncol])
		ncol++;
	size_t *w = calloc(ncol ? ncol : 1, sizeof *w);
	for (size_t c = 0; c < ncol; c++)
		w[c] = width(t->headers[c]);
	size_t i;
	json_t *rec;
	json_array_foreach(t->rows, i, rec) {
		for (size_t c = 0; c < ncol; c++) {
			char *s = flat(json_object_get(rec, t->columns[c]));
			size_t sw = width(s);
			if (sw > TEXT_COL_MAX)
				sw = TEXT_COL_MAX;
			if (sw > w[c])
				w[c] = sw;
			free(s);
		}
	}
	for (size_t c = 0; c < ncol; c++) {
		for (const char *h = t->headers[c]; *h; h++)
			fputc(*h >= 'a' && *h <= 'z' ? *h - 32 : *h, stdout);
		if (c + 1 < ncol)
			printf("%*s", (int)(w[c] - width(t->headers[c]) + 2), "");
	}
	fputc('\n', stdout);
	json_array_foreach(t->rows, i, rec) {
		for (size_t c = 0; c < ncol; c++) {
			char *s = flat(json_object_get(rec, t->columns[c]));
			for (char *p = s; *p; p++) /* one record, one line */
				if (*p == '\n' || *p == '\r' || *p == '\t')
					*p = ' ';
			const char *end = cut(s, TEXT_COL_MAX);
			int truncated = *end != '\0';
			if (truncated)
				end = cut(s, TEXT_COL_MAX - 1);
			fwrite(s, 1, (size_t)(end - s), stdout);
			size_t sw = width(s) > TEXT_COL_MAX ? TEXT_COL_MAX : width(s);
			if (truncated)
				fputs("\xE2\x80\xA6", stdout);
			if (c + 1 < ncol)
				printf("%*s", (int)(w[c] - sw + 2), "");
			free(s);
		}
		fputc('\n', stdout);
	}
	free(w);
	json_decref(t->rows);
	t->rows = NULL;
}

const char *cli_printable(const char *s, char *buf, size_t cap)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	size_t w = 0;
	for (; *p && w + 5 < cap; p++) {
		unsigned c = *p;
		/* C0 controls and DEL; C1 controls (U+0080-U+009F, C2 80-9F in
		 * UTF-8), which some terminals obey as escapes too */
		int c1 = c == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F;
		if (c < 0x20 || c == 0x7F || c1) {
			if (c1) {
				p++;
				c = *p;
			}
			w += (size_t)snprintf(buf + w, cap - w, "\\x%02x", c);
		} else if (c == '\\') {
			buf[w++] = '\\';
			buf[w++] = '\\';
		} else {
			buf[w++] = (char)c;
		}
	}
	buf[w] = '\0';
	return buf;
}

/* Arguments made UTF-8, kept until exit (freed then, for the leak check).
 * As many as there are arguments: a fixed table of 64 once passed the
 * 65th Latin-1 argument on unconverted. */
static char **arg_texts;
static size_t n_arg_texts, cap_arg_texts;

static void arg_texts_free(void)
{
	for (size_t i = 0; i < n_arg_texts; i++)
		free(arg_texts[i]);
	free(arg_texts);
}

const char *cli_arg_text(const char *s)
{
	if (!s)
		return s;
	char *u = rcp_utf8_text(s);
	if (!strcmp(u, s)) {
		free(u);
		return s;
	}
	if (!cap_arg_texts)
		atexit(arg_texts_free);
	if (n_arg_texts == cap_arg_texts) {
		size_t cap = cap_arg_texts ? cap_arg_texts * 2 : 16;
		char **v = realloc(arg_texts, cap * sizeof *v);
		if (!v) {
			cli_errorf("out of memory");
			exit(1);
		}
		arg_texts = v;
		cap_arg_texts = cap;
	}
	return arg_texts[n_arg_texts++] = u;
}

json_t *cli_json_text(const char *s)
{
	char *u = rcp_utf8_text(s);
	json_t *v = json_string(u);
	free(u);
	return v;
}
