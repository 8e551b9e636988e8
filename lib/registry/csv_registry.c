/*
 * csv_registry.c — a spreadsheet of organizations read as registry lines.
 *
 * The first record is a header; columns are found by their names in
 * English, French, Spanish or German (case, accents, spaces and
 * punctuation do not matter) or given by --columns "name=2,isin=5" (1-based).
 * The delimiter is the one of , ; TAB | the header line has most of.
 * Each record becomes the registry JSON-lines object import.c validates
 * and upserts: a bad value stops the import and names its line and field,
 * as with JSON lines. Lists in a cell (aliases, identifiers, categories,
 * lists) are separated by ';' or '|'. Without an id column the id is the
 * slug of the name.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define MAX_RECORD ((size_t)1 << 20)
#define MAX_COLUMNS 256

enum field {
	F_ID, F_NAME, F_ALIASES, F_COUNTRY, F_ISIN, F_LEI, F_TICKER, F_CUSIP, F_FIGI, F_SEDOL,
	F_CATEGORY, F_LIST, F_KIND, F_SUMMARY, F_SOURCE, F_PARENT, F_REGISTRATION, F__COUNT,
};

/* Field names (as --columns takes them and the registry object's key) and
 * header synonyms, folded: lowercase, no accents, letters and digits only. */
static const struct {
	const char *key;   /* key of the registry object */
	int list;          /* a cell holds several values */
	const char *names; /* space-separated folded header names */
} fields[F__COUNT] = {
	[F_ID] = {"id", 0, "id slug entityid"},
	[F_NAME] = {"name", 0,
	            "name company companyname organization organisation organizationname issuer "
	            "nom nomentreprise entreprise societe raisonsociale denomination "
	            "nombre empresa razonsocial denominacion organizacion "
	            "firma firmenname unternehmen bezeichnung organisationsname"},
	[F_ALIASES] = {"aliases", 1,
	               "aliases alias aka othernames alsoknownas autresnoms nomscommerciaux "
	               "otrosnombres aliasnamen anderenamen"},
	[F_COUNTRY] = {"country", 0,
	               "country countrycode pays codepays pais codigopais land landercode staat"},
	[F_ISIN] = {"isin", 1, "isin isincode codeisin codigoisin"},
	[F_LEI] = {"lei", 1, "lei leicode codelei codigolei"},
	[F_TICKER] = {"tickers", 1,
	              "ticker tickers symbol tickersymbol symbole mnemonique simbolo kurzel "
	              "borsenkurzel"},
	[F_CUSIP] = {"cusip", 1, "cusip"},
	[F_FIGI] = {"figi", 1, "figi"},
	[F_SEDOL] = {"sedol", 1, "sedol"},
	[F_CATEGORY] = {"categories", 1,
	                "category categories categorie categories categoria categorias kategorie "
	                "kategorien"},
	[F_LIST] = {"lists", 1, "list lists liste listes lista listas listen"},
	[F_KIND] = {"kind", 0, "kind type typ tipo genre art"},
	[F_SUMMARY] = {"summary", 0,
	               "summary description why resume descripcion resumen beschreibung "
	               "zusammenfassung"},
	[F_SOURCE] = {"source", 0, "source url sourceurl fuente quelle lien enlace"},
	[F_PARENT] = {"parent", 0,
	              "parent parentcompany parentid societemere maisonmere matriz empresamatriz "
	              "muttergesellschaft mutter"},
	[F_REGISTRATION] = {"registration", 1,
	                    "registration registrationnumber companynumber registrationno "
	                    "numeroimmatriculation immatriculation siren numeroregistre "
	                    "numeroregistro registromercantil "
	                    "registernummer handelsregisternummer handelsregister"},
};

typedef struct csv_reader {
	FILE *f;
	const char *path;
	rcp_import_report *rep;
	char delim;
	int col[F__COUNT];        /* 0-based column of each field, -1 absent */
	int64_t line;             /* physical line of the next byte */
	int64_t record_line;      /* line the current record starts on */
	rcp_buf cell;
	char **cells;
	size_t ncells, capcells;
} csv_reader;

static int bad(csv_reader *r, rcp_error *err, const char *field, const char *fmt, ...)
	RCP_PRINTF(4, 5);
static int bad(csv_reader *r, rcp_error *err, const char *field, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = rcp__registry_bad(err, r->path, r->record_line, "column", field, fmt, ap);
	va_end(ap);
	return rc;
}

/* A header name folded for comparison into out. */
static void fold_name(const char *s, char *out, size_t cap)
{
	size_t n;
	char *f = rcp__fold_dup(s, strlen(s), &n);
	size_t k = 0;
	for (size_t i = 0; i < n && k + 1 < cap; i++)
		if (isascii((unsigned char)f[i]) && isalnum((unsigned char)f[i]))
			out[k++] = f[i];
	out[k] = '\0';
	free(f);
}

static int name_in(const char *folded, const char *names)
{
	size_t n = strlen(folded);
	for (const char *p = names; *p;) {
		const char *e = strchr(p, ' ');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (len == n && !memcmp(p, folded, n))
			return 1;
		p += len + (e != NULL);
	}
	return 0;
}

static void free_cells(csv_reader *r)
{
	for (size_t i = 0; i < r->ncells; i++)
		free(r->cells[i]);
	r->ncells = 0;
}

static void push_cell(csv_reader *r)
{
	if (r->ncells == r->capcells) {
		r->capcells = r->capcells ? r->capcells * 2 : 16;
		r->cells = rcp__xrealloc(r->cells, r->capcells * sizeof *r->cells);
	}
	size_t len;
	char *s = rcp__buf_detach(&r->cell, &len);
	r->cells[r->ncells++] = s ? s : rcp__xstrdup("");
}

/* Read one record into r->cells: 1, 0 at the end, -1 with err set. */
static int read_record(csv_reader *r, rcp_error *err)
{
	free_cells(r);
	r->record_line = r->line;
	int c, quoted = 0, any = 0;
	size_t total = 0;
	for (;;) {
		c = getc(r->f);
		if (c == EOF) {
			if (ferror(r->f))
				return rcp__error_set(err, RCP_EIO, "cannot read", r->path, "%s",
				                      strerror(errno)), -1;
			if (quoted)
				return bad(r, err, NULL, "a quoted field is not closed");
			if (!any)
				return 0;
			if (r->cell.len && r->cell.data[r->cell.len - 1] == '\r')
				r->cell.data[--r->cell.len] = '\0';
			push_cell(r);
			return 1;
		}
		any = 1;
		if (++total > MAX_RECORD)
			return bad(r, err, NULL, "a record longer than %zu bytes", MAX_RECORD);
		if (c == '\0')
			return bad(r, err, NULL, "a NUL byte");
		if (c == '\n')
			r->line++;
		if (quoted) {
			if (c == '"') {
				int d = getc(r->f);
				if (d == '"') {
					rcp__buf_putc(&r->cell, '"');
					continue;
				}
				if (d != EOF)
					ungetc(d, r->f);
				quoted = 0;
				continue;
			}
			rcp__buf_putc(&r->cell, (char)c);
			continue;
		}
		if (c == '"' && r->cell.len == 0) {
			quoted = 1;
		} else if (c == r->delim) {
			push_cell(r);
			if (r->ncells > MAX_COLUMNS)
				return bad(r, err, NULL, "more than %d columns", MAX_COLUMNS);
		} else if (c == '\n') {
			if (r->cell.len && r->cell.data[r->cell.len - 1] == '\r')
				r->cell.data[--r->cell.len] = '\0';
			push_cell(r);
			/* a blank line is no record */
			if (r->ncells == 1 && !r->cells[0][0]) {
				free_cells(r);
				r->record_line = r->line;
				any = 0;
				total = 0;
				continue;
			}
			return 1;
		} else {
			rcp__buf_putc(&r->cell, (char)c);
		}
	}
}

static char *trimmed(const char *s)
{
	while (*s && isspace((unsigned char)*s))
		s++;
	size_t n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	return rcp__xstrndup(s, n);
}

/* Split a cell on ';' and '|' into a JSON array of trimmed strings. */
static json_t *split_list(const char *s)
{
	json_t *arr = json_array();
	const char *p = s;
	while (*p) {
		size_t len = strcspn(p, ";|");
		char *part = rcp__xstrndup(p, len);
		char *t = trimmed(part);
		if (*t)
			json_array_append_new(arr, json_string(t));
		free(t);
		free(part);
		p += len;
		if (*p)
			p++;
	}
	return arr;
}

static int csv_next(void *ctx, json_t **obj, int64_t *lineno, rcp_error *err)
{
	csv_reader *r = ctx;
	int got = read_record(r, err);
	if (got <= 0)
		return got;
	*lineno = r->record_line;
	for (size_t i = 0; i < r->ncells; i++)
		if (!rcp__utf8_valid(r->cells[i], strlen(r->cells[i])))
			return bad(r, err, NULL, "not valid UTF-8 (save the sheet as UTF-8 CSV)");
	json_t *o = json_object();
	for (int k = 0; k < F__COUNT; k++) {
		if (r->col[k] < 0 || (size_t)r->col[k] >= r->ncells)
			continue;
		char *v = trimmed(r->cells[r->col[k]]);
		if (!*v) {
			free(v);
			continue;
		}
		if (k == F_CATEGORY || k == F_KIND)
			for (char *p = v; *p; p++)
				*p = (char)tolower((unsigned char)*p);
		if (k == F_ALIASES) {
			json_t *arr = split_list(v);
			json_object_set_new(o, fields[k].key, arr);
		} else if (fields[k].list) {
			json_object_set_new(o, fields[k].key, split_list(v));
		} else {
			json_object_set_new(o, fields[k].key, json_string(v));
		}
		free(v);
	}
	const char *name = json_string_value(json_object_get(o, "name"));
	if (!name) {
		json_decref(o);
		return bad(r, err, fields[F_NAME].key, "empty");
	}
	if (!json_object_get(o, "id")) {
		char slug[129];
		if (rcp__ftm_id_slug(name, slug))
			json_object_set_new(o, "id", json_string(slug));
	}
	*obj = o;
	return 1;
}

/* --columns "name=2,isin=5" into r->col. */
static rcp_status parse_columns(csv_reader *r, const char *spec, rcp_error *err)
{
	const char *p = spec;
	while (*p) {
		size_t len = strcspn(p, ",");
		char item[128];
		snprintf(item, sizeof item, "%.*s", (int)(len < 127 ? len : 127), p);
		char *eq = strchr(item, '=');
		char *end = NULL;
		long n = eq ? strtol(eq + 1, &end, 10) : 0;
		if (!eq || end == eq + 1 || *end || n < 1 || n > MAX_COLUMNS)
			return rcp__error_set(err, RCP_EINVAL, "invalid --columns", spec,
			                      "'%s' is not FIELD=N (N from 1 to %d)", item, MAX_COLUMNS);
		*eq = '\0';
		int found = -1;
		for (int k = 0; k < F__COUNT; k++)
			if (!strcmp(item, fields[k].key) || name_in(item, fields[k].names))
				found = k;
		if (found < 0)
			return rcp__error_set(err, RCP_EINVAL, "invalid --columns", spec,
			                      "unknown field '%s'", item);
		r->col[found] = (int)n - 1;
		p += len;
		if (*p)
			p++;
	}
	return RCP_OK;
}

rcp_status rcp__csv_registry_reader_new(FILE *f, const char *path, const char *columns,
                                        rcp_import_report *rep, rcp__registry_reader *out,
                                        rcp_error *err)
{
	csv_reader *r = rcp__xcalloc(1, sizeof *r);
	r->f = f;
	r->path = path;
	r->rep = rep;
	r->line = 1;
	rcp__buf_init(&r->cell, MAX_RECORD + 16);
	for (int k = 0; k < F__COUNT; k++)
		r->col[k] = -1;
	out->next = csv_next;
	out->link = NULL;
	out->ctx = r;
	out->soft_parents = 0;

	/* the header: its line picks the delimiter */
	char *line = NULL;
	size_t cap = 0;
	ssize_t n = getline(&line, &cap, f);
	rcp_status rc = RCP_OK;
	if (n <= 0) {
		rc = rcp__error_set(err, RCP_EPARSE, "invalid registry", path,
		                    "line 1: no header row (name, aliases, country, isin, ...)");
		goto done;
	}
	const char *h = line;
	if ((unsigned char)h[0] == 0xEF && (unsigned char)h[1] == 0xBB && (unsigned char)h[2] == 0xBF)
		h += 3;
	static const char delims[] = ",;\t|";
	size_t best = 0;
	r->delim = ',';
	for (const char *d = delims; *d; d++) {
		size_t cnt = 0;
		for (const char *p = h; *p; p++)
			cnt += *p == *d;
		if (cnt > best) {
			best = cnt;
			r->delim = *d;
		}
	}
	FILE *hf = fmemopen((void *)h, strlen(h), "r");
	if (!hf) {
		rc = rcp__error_set(err, RCP_EIO, "cannot read", path, "%s", strerror(errno));
		goto done;
	}
	r->f = hf;
	int got = read_record(r, err);
	fclose(hf);
	r->f = f;
	r->line = 2;
	if (got < 0) {
		rc = err ? err->code : RCP_EPARSE;
		goto done;
	}
	if (columns) {
		rc = parse_columns(r, columns, err);
	} else {
		for (size_t i = 0; i < r->ncells; i++) {
			char folded[128];
			fold_name(r->cells[i], folded, sizeof folded);
			int known = 0;
			for (int k = 0; k < F__COUNT; k++)
				if (r->col[k] < 0 && name_in(folded, fields[k].names)) {
					r->col[k] = (int)i;
					known = 1;
					break;
				}
			if (!known && folded[0] && !rep->unknown_fields++) {
				snprintf(rep->unknown_field, sizeof rep->unknown_field, "%s", r->cells[i]);
				rep->unknown_line = 1;
			}
		}
	}
	if (rc == RCP_OK && r->col[F_NAME] < 0)
		rc = rcp__error_set(err, RCP_EPARSE, "invalid registry", path,
		                    "line 1: no name column (name, nom, nombre, Name, ...; or"
		                    " --columns name=N)");
done:
	free(line);
	free_cells(r);
	if (rc != RCP_OK) {
		if (err)
			err->offset = 1;
		rcp__csv_registry_reader_free(out);
	}
	return rc;
}

void rcp__csv_registry_reader_free(rcp__registry_reader *rd)
{
	if (!rd || !rd->ctx)
		return;
	csv_reader *r = rd->ctx;
	free_cells(r);
	free(r->cells);
	rcp__buf_release(&r->cell);
	free(r);
	rd->ctx = NULL;
}
