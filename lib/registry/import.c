/*
 * import.c — load a registry from JSON lines (docs/formats.md).
 *
 * Each line is normalized to the canonical entity JSON (entity.c) and
 * compared with what the store holds: new entities are created, changed
 * ones replaced, equal ones left alone; each write has its audit entry
 * with before and after. The whole file is one transaction: the first bad
 * line stops the import, names its line and field, and nothing is kept.
 * Entities the file does not mention are left as they are.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define MAX_LINE ((size_t)1 << 20)

/* fields we read; anything else is counted and ignored */
static const char *const known_fields[] = {
	"id", "name", "kind", "aliases", "country", "tickers", "isin", "cusip", "lei", "figi",
	"sedol", "wikidata", "opensanctions", "registration", "identifiers", "parent",
	"categories", "why",
	"summary", "tier", "source", "profile", "lists", NULL,
};

int rcp_id_valid(const char *s)
{
	size_t n = s ? strlen(s) : 0;
	if (n == 0 || n > 128 || !(islower((unsigned char)s[0]) || isdigit((unsigned char)s[0])))
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!(islower((unsigned char)s[i]) || isdigit((unsigned char)s[i]) || s[i] == '-'))
			return 0;
	return 1;
}

typedef struct line_ctx {
	const char *path;
	int64_t line;
	rcp_error *err;
} line_ctx;

int rcp__registry_bad(rcp_error *err, const char *path, int64_t line, const char *noun,
                      const char *field, const char *fmt, va_list ap)
{
	char why[400];
	vsnprintf(why, sizeof why, fmt, ap);
	rcp__error_set(err, RCP_EPARSE, "invalid registry", path, "line %lld: %s%s%s%s%s",
	               (long long)line, field ? noun : "", field ? " '" : "", field ? field : "",
	               field ? "': " : "", why);
	if (err)
		err->offset = line;
	return -1;
}

static rcp_status bad(line_ctx *c, const char *field, const char *fmt, ...) RCP_PRINTF(3, 4);
static rcp_status bad(line_ctx *c, const char *field, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	rcp__registry_bad(c->err, c->path, c->line, "field", field, fmt, ap);
	va_end(ap);
	return RCP_EPARSE;
}

/* A trimmed copy of a JSON string value; NULL if it is not a non-empty string. */
static char *string_field(json_t *v)
{
	const char *s = json_string_value(v);
	if (!s)
		return NULL;
	const char *e = s + strlen(s);
	while (*s && isspace((unsigned char)*s))
		s++;
	while (e > s && isspace((unsigned char)e[-1]))
		e--;
	if (e == s)
		return NULL;
	return rcp__xstrndup(s, (size_t)(e - s));
}

/* Optional scalar string: absent/null -> JSON null; otherwise a string. */
static rcp_status opt_string(line_ctx *c, json_t *o, const char *field, const char *alt,
                             json_t **out)
{
	json_t *v = json_object_get(o, field);
	if ((!v || json_is_null(v)) && alt)
		v = json_object_get(o, alt), field = alt;
	if (!v || json_is_null(v)) {
		*out = json_null();
		return RCP_OK;
	}
	if (!json_is_string(v))
		return bad(c, field, "must be a string or null");
	char *s = string_field(v);
	*out = rcp_json_nullable(s);
	free(s);
	return RCP_OK;
}

static int cmp_json_string(const void *a, const void *b)
{
	return strcmp(json_string_value(*(json_t *const *)a), json_string_value(*(json_t *const *)b));
}

/* Sort a JSON array with cmp (of json_t **) and drop the items cmp finds
 * equal to the one before; takes arr, returns a new array. */
static json_t *sort_unique(json_t *arr, int (*cmp)(const void *, const void *))
{
	size_t n = json_array_size(arr);
	json_t **v = rcp__xcalloc(n ? n : 1, sizeof *v);
	for (size_t i = 0; i < n; i++)
		v[i] = json_array_get(arr, i);
	qsort(v, n, sizeof *v, cmp);
	json_t *out = json_array();
	for (size_t i = 0; i < n; i++)
		if (i == 0 || cmp(&v[i], &v[i - 1]))
			json_array_append(out, v[i]);
	free(v);
	json_decref(arr);
	return out;
}

/* A list of strings (or one string) from field; each checked with ok(). */
static rcp_status string_list(line_ctx *c, json_t *o, const char *field,
                              int (*ok)(const char *), const char *what, json_t **out)
{
	json_t *v = json_object_get(o, field);
	json_t *arr = json_array();
	*out = arr;
	if (!v || json_is_null(v))
		return RCP_OK;
	json_t *one = NULL;
	if (json_is_string(v)) {
		one = json_array();
		json_array_append(one, v);
		v = one;
	}
	if (!json_is_array(v)) {
		json_decref(one);
		return bad(c, field, "must be a list of strings");
	}
	size_t i;
	json_t *x;
	json_array_foreach(v, i, x) {
		char *s = string_field(x);
		if (!s) {
			json_decref(one);
			return bad(c, field, "item %zu must be a non-empty string", i + 1);
		}
		if (ok && !ok(s)) {
			rcp_status st = bad(c, field, "'%s' is not %s", s, what);
			free(s);
			json_decref(one);
			return st;
		}
		json_array_append_new(arr, json_string(s));
		free(s);
	}
	json_decref(one);
	*out = sort_unique(arr, cmp_json_string);
	return RCP_OK;
}

static int category_ok(const char *s) { return rcp_category_parse(s) != 0; }
static int isin_ok(const char *s) { return rcp_isin_valid(s); }
static int cusip_ok(const char *s) { return rcp_cusip_valid(s); }
static int lei_ok(const char *s) { return rcp_lei_valid(s); }
static int figi_ok(const char *s) { return rcp_figi_valid(s); }
static int slug_ok(const char *s) { return rcp_id_valid(s); }

static int sedol_ok(const char *s) { return rcp_sedol_valid(s); }

static int ticker_ok(const char *s)
{
	/* SYMBOL or EXCHANGE:SYMBOL; a share class may follow one space
	 * ("STO:MSAB B", "BRK B") */
	int colons = 0;
	if (strlen(s) > 32)
		return 0;
	for (const char *p = s; *p; p++) {
		if (*p == ':')
			colons++;
		else if (*p == ' ' && p[1] != ' ' && p[1] && p[1] != ':' && p != s && p[-1] != ':')
			continue;
		else if (isspace((unsigned char)*p) || iscntrl((unsigned char)*p))
			return 0;
	}
	return colons <= 1 && s[0] != ':' && s[strlen(s) - 1] != ':';
}

static int wikidata_ok(const char *s)
{
	if (s[0] != 'Q' || !s[1])
		return 0;
	for (const char *p = s + 1; *p; p++)
		if (!isdigit((unsigned char)*p))
			return 0;
	return 1;
}

static int any_ok(const char *s) { return strlen(s) <= 256; }

/* A company register's number: letters, digits and the separators
 * registers print (space . - /), at most 64, starting with a letter or
 * digit ("01234567", "HRB 12345", "B-123.456", "552 081 317"). */
static int registration_ok(const char *s)
{
	size_t n = strlen(s);
	if (n == 0 || n > 64 || !isalnum((unsigned char)s[0]))
		return 0;
	for (const char *p = s; *p; p++)
		if (!isalnum((unsigned char)*p) && !strchr(" .-/", *p))
			return 0;
	return 1;
}

static const struct {
	const char *field, *scheme;
	int (*ok)(const char *);
	const char *what;
} id_fields[] = {
	{"isin", "isin", isin_ok, "a valid ISIN (12 characters with a correct check digit)"},
	{"cusip", "cusip", cusip_ok, "a valid CUSIP (9 characters with a correct check digit)"},
	{"lei", "lei", lei_ok, "a valid LEI (20 characters, ISO 17442 checksum)"},
	{"figi", "figi", figi_ok, "a valid FIGI"},
	{"sedol", "sedol", sedol_ok, "a valid SEDOL"},
	{"tickers", "ticker", ticker_ok, "a ticker (SYMBOL or EXCHANGE:SYMBOL)"},
	{"wikidata", "wikidata", wikidata_ok, "a Wikidata id (Q123)"},
	{"opensanctions", "opensanctions", any_ok, "an OpenSanctions id"},
	{"registration", "registration", registration_ok,
	 "a registration number (letters, digits, space . - /; at most 64)"},
};

int rcp__registry_value_ok(const char *scheme, const char *value)
{
	for (size_t k = 0; k < sizeof id_fields / sizeof id_fields[0]; k++)
		if (!strcmp(id_fields[k].scheme, scheme))
			return id_fields[k].ok(value);
	return 0;
}

static int cmp_ident(const void *a, const void *b)
{
	json_t *x = *(json_t *const *)a, *y = *(json_t *const *)b;
	int c = strcmp(json_string_value(json_object_get(x, "scheme")),
	               json_string_value(json_object_get(y, "scheme")));
	return c ? c : strcmp(json_string_value(json_object_get(x, "value")),
	                      json_string_value(json_object_get(y, "value")));
}

static int cmp_alias(const void *a, const void *b)
{
	return strcmp(json_string_value(json_object_get(*(json_t *const *)a, "text")),
	              json_string_value(json_object_get(*(json_t *const *)b, "text")));
}

static rcp_status add_identifier(line_ctx *c, json_t *ids, const char *field,
                                 const char *scheme, const char *value)
{
	for (size_t k = 0; k < sizeof id_fields / sizeof id_fields[0]; k++) {
		if (strcmp(id_fields[k].scheme, scheme))
			continue;
		if (!id_fields[k].ok(value))
			return bad(c, field, "'%s' is not %s", value, id_fields[k].what);
		json_array_append_new(ids, json_pack("{s:s, s:s}", "scheme", scheme, "value", value));
		return RCP_OK;
	}
	return bad(c, field, "unknown identifier scheme '%s'", scheme);
}

static rcp_status identifiers(line_ctx *c, json_t *o, json_t **out)
{
	json_t *ids = json_array();
	*out = ids;
	for (size_t k = 0; k < sizeof id_fields / sizeof id_fields[0]; k++) {
		json_t *vals;
		rcp_status st = string_list(c, o, id_fields[k].field, NULL, NULL, &vals);
		if (st != RCP_OK) {
			json_decref(vals);
			return st;
		}
		size_t i;
		json_t *x;
		json_array_foreach(vals, i, x) {
			char up[300];
			snprintf(up, sizeof up, "%s", json_string_value(x));
			if (strcmp(id_fields[k].scheme, "ticker") && strcmp(id_fields[k].scheme, "opensanctions"))
				for (char *p = up; *p; p++)
					*p = (char)toupper((unsigned char)*p);
			if ((st = add_identifier(c, ids, id_fields[k].field, id_fields[k].scheme, up)) != RCP_OK) {
				json_decref(vals);
				return st;
			}
		}
		json_decref(vals);
	}
	/* the canonical form, as `entity list` prints it */
	json_t *v = json_object_get(o, "identifiers");
	if (v && !json_is_null(v)) {
		if (!json_is_array(v))
			return bad(c, "identifiers", "must be a list of {\"scheme\", \"value\"} objects");
		size_t i;
		json_t *x;
		json_array_foreach(v, i, x) {
			const char *scheme = json_string_value(json_object_get(x, "scheme"));
			const char *value = json_string_value(json_object_get(x, "value"));
			if (!scheme || !value)
				return bad(c, "identifiers", "item %zu needs a scheme and a value", i + 1);
			rcp_status st = add_identifier(c, ids, "identifiers", scheme, value);
			if (st != RCP_OK)
				return st;
		}
	}
	*out = sort_unique(ids, cmp_ident);
	return RCP_OK;
}

static const char *jtext(json_t *a)
{
	return json_string_value(json_object_get(a, "text"));
}

static rcp_status aliases(line_ctx *c, json_t *o, json_t **out)
{
	json_t *arr = json_array();
	*out = arr;
	json_t *v = json_object_get(o, "aliases");
	if (!v || json_is_null(v))
		return RCP_OK;
	if (!json_is_array(v))
		return bad(c, "aliases", "must be a list of strings or objects");
	size_t i;
	json_t *x;
	json_array_foreach(v, i, x) {
		json_t *text = x, *lang = NULL;
		int cs = 0, amb = 0;
		if (json_is_object(x)) {
			text = json_object_get(x, "text");
			if (!text)
				text = json_object_get(x, "name");
			lang = json_object_get(x, "lang");
			json_t *f;
			if ((f = json_object_get(x, "case_sensitive")) && !json_is_boolean(f))
				return bad(c, "aliases", "item %zu: case_sensitive must be true or false", i + 1);
			if ((f = json_object_get(x, "ambiguous")) && !json_is_boolean(f))
				return bad(c, "aliases", "item %zu: ambiguous must be true or false", i + 1);
			cs = json_is_true(json_object_get(x, "case_sensitive"));
			amb = json_is_true(json_object_get(x, "ambiguous"));
			if (lang && !json_is_null(lang) && !json_is_string(lang))
				return bad(c, "aliases", "item %zu: lang must be a string", i + 1);
		}
		char *t = string_field(text);
		if (!t)
			return bad(c, "aliases", "item %zu must be a non-empty string", i + 1);
		if (strlen(t) > 512) {
			free(t);
			return bad(c, "aliases", "item %zu is longer than 512 bytes", i + 1);
		}
		json_t *a = json_object();
		json_object_set_new(a, "text", json_string(t));
		free(t);
		if (lang && json_is_string(lang)) {
			const char *l = json_string_value(lang);
			size_t ln = strlen(l);
			if (ln < 2 || ln > 3 || !islower((unsigned char)l[0]) || !islower((unsigned char)l[1])) {
				json_decref(a);
				return bad(c, "aliases", "item %zu: lang '%s' is not an ISO 639 code", i + 1, l);
			}
			json_object_set_new(a, "lang", json_string(l));
		}
		if (cs)
			json_object_set_new(a, "case_sensitive", json_true());
		if (amb)
			json_object_set_new(a, "ambiguous", json_true());
		json_array_append_new(arr, a);
	}
	/* one alias text once: the same text with different flags is a mistake */
	size_t na = json_array_size(arr);
	for (size_t a = 0; a < na; a++)
		for (size_t b = a + 1; b < na; b++) {
			json_t *x1 = json_array_get(arr, a), *x2 = json_array_get(arr, b);
			if (!strcmp(jtext(x1), jtext(x2)) && !json_equal(x1, x2))
				return bad(c, "aliases", "'%s' is listed twice with different flags",
				           jtext(x1));
		}
	*out = sort_unique(arr, cmp_alias);
	return RCP_OK;
}

/* Validate one parsed line into canonical entity JSON (returned owned). */
static rcp_status normalize(line_ctx *c, json_t *o, rcp_import_report *rep, json_t **out)
{
	*out = NULL;
	if (!json_is_object(o))
		return bad(c, NULL, "not a JSON object");
	rcp_status st;
	json_t *e = json_object();
	json_t *v;

	const char *key;
	json_t *val;
	json_object_foreach(o, key, val) {
		if (!rcp__in_list(key, known_fields)) {
			if (!rep->unknown_fields++) {
				snprintf(rep->unknown_field, sizeof rep->unknown_field, "%s", key);
				rep->unknown_line = c->line;
			}
		}
	}

	char *id = string_field(json_object_get(o, "id"));
	if (!id) {
		st = bad(c, "id", "missing (a slug such as \"elbit-systems\")");
		goto fail;
	}
	if (!rcp_id_valid(id)) {
		st = bad(c, "id", "'%s' is not a slug (lowercase letters, digits and hyphens)", id);
		free(id);
		goto fail;
	}
	json_object_set_new(e, "id", json_string(id));
	char *name = string_field(json_object_get(o, "name"));
	if (!name) {
		free(id);
		st = bad(c, "name", "missing or empty");
		goto fail;
	}
	json_object_set_new(e, "name", json_string(name));
	free(name);

	v = json_object_get(o, "kind");
	if (v && !json_is_null(v)) {
		const char *k = json_string_value(v);
		if (!k || rcp_kind_parse(k) < 0) {
			free(id);
			st = bad(c, "kind", "must be one of company, public_body, military_unit,"
			         " police, prison_service, agency, other_org");
			goto fail;
		}
		json_object_set_new(e, "kind", json_string(k));
	} else {
		json_object_set_new(e, "kind", json_string("company"));
	}

	v = json_object_get(o, "country");
	if (v && !json_is_null(v)) {
		const char *k = json_string_value(v);
		if (!k || strlen(k) != 2 || !isalpha((unsigned char)k[0]) || !isalpha((unsigned char)k[1])) {
			free(id);
			st = bad(c, "country", "must be a two-letter ISO 3166 code or null");
			goto fail;
		}
		char cc[3] = {(char)toupper((unsigned char)k[0]), (char)toupper((unsigned char)k[1]), 0};
		json_object_set_new(e, "country", json_string(cc));
	} else {
		json_object_set_new(e, "country", json_null());
	}

	v = json_object_get(o, "parent");
	if (v && !json_is_null(v)) {
		const char *p = json_string_value(v);
		if (!p || !rcp_id_valid(p)) {
			free(id);
			st = bad(c, "parent", "must be an entity id or null");
			goto fail;
		}
		if (!strcmp(p, id)) {
			free(id);
			st = bad(c, "parent", "an entity cannot be its own parent");
			goto fail;
		}
		json_object_set_new(e, "parent", json_string(p));
	} else {
		json_object_set_new(e, "parent", json_null());
	}
	free(id);

	json_t *x;
	if ((st = string_list(c, o, "categories", category_ok,
	                      "a category (military, occupation, borders, prisons, policing,"
	                      " surveillance)", &x)) != RCP_OK) {
		json_decref(x);
		goto fail;
	}
	json_object_set_new(e, "categories", x);
	if ((st = aliases(c, o, &x)) != RCP_OK) {
		json_decref(x);
		goto fail;
	}
	json_object_set_new(e, "aliases", x);
	if ((st = identifiers(c, o, &x)) != RCP_OK) {
		json_decref(x);
		goto fail;
	}
	json_object_set_new(e, "identifiers", x);
	if ((st = opt_string(c, o, "summary", "why", &x)) != RCP_OK)
		goto fail;
	json_object_set_new(e, "summary", x);
	if ((st = opt_string(c, o, "tier", NULL, &x)) != RCP_OK)
		goto fail;
	json_object_set_new(e, "tier", x);
	if ((st = opt_string(c, o, "source", NULL, &x)) != RCP_OK)
		goto fail;
	json_object_set_new(e, "source", x);
	if ((st = opt_string(c, o, "profile", NULL, &x)) != RCP_OK)
		goto fail;
	json_object_set_new(e, "profile", x);
	if ((st = string_list(c, o, "lists", slug_ok, "a list name (a slug)", &x)) != RCP_OK) {
		json_decref(x);
		goto fail;
	}
	json_object_set_new(e, "lists", x);
	*out = e;
	return RCP_OK;
fail:
	json_decref(e);
	return st;
}

/* ---- writing ---- */

static const char q_insert_entity[] =
	"INSERT INTO entity(id, kind, name, country, parent, summary, tier, source_url,"
	" profile_url, first_seen, last_changed) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?10)";
static const char q_update_entity[] =
	"UPDATE entity SET kind=?2, name=?3, country=?4, parent=?5, summary=?6, tier=?7,"
	" source_url=?8, profile_url=?9, last_changed=?10 WHERE id=?1";
static const char q_del_alias[] = "DELETE FROM alias WHERE entity = ?";
static const char q_del_ident[] = "DELETE FROM identifier WHERE entity = ?";
static const char q_del_cat[] = "DELETE FROM entity_category WHERE entity = ?";
static const char q_del_list[] = "DELETE FROM entity_list WHERE entity = ?";
static const char q_ins_alias[] = "INSERT INTO alias(entity, text, lang, flags) VALUES (?,?,?,?)";
static const char q_ins_ident[] = "INSERT INTO identifier(entity, scheme, value) VALUES (?,?,?)";
static const char q_ins_cat[] = "INSERT INTO entity_category(entity, category) VALUES (?,?)";
static const char q_ins_list[] = "INSERT INTO entity_list(entity, list) VALUES (?,?)";
static const char q_exists[] = "SELECT 1 FROM entity WHERE id = ?";

static const char *jstr(json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

static rcp_status run_id(rcp_db *db, const char *q, const char *id, rcp_error *err)
{
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_stmt(db, q, &st, err);
	if (rc != RCP_OK)
		return rc;
	rcp__bind_text(st, 1, id);
	return rcp__db_step_done(db, st, "cannot write entity", err);
}

static rcp_status write_entity(rcp_db *db, json_t *e, int exists, rcp_error *err)
{
	const char *id = jstr(e, "id");
	char now[21];
	rcp_now_iso(now);
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_stmt(db, exists ? q_update_entity : q_insert_entity, &st, err);
	if (rc != RCP_OK)
		return rc;
	rcp__bind_text(st, 1, id);
	rcp__bind_text(st, 2, jstr(e, "kind"));
	rcp__bind_text(st, 3, jstr(e, "name"));
	rcp__bind_text(st, 4, jstr(e, "country"));
	rcp__bind_text(st, 5, jstr(e, "parent"));
	rcp__bind_text(st, 6, jstr(e, "summary"));
	rcp__bind_text(st, 7, jstr(e, "tier"));
	rcp__bind_text(st, 8, jstr(e, "source"));
	rcp__bind_text(st, 9, jstr(e, "profile"));
	rcp__bind_text(st, 10, now);
	if ((rc = rcp__db_step_done(db, st, "cannot write entity", err)) != RCP_OK)
		return rc;
	if (exists) {
		if ((rc = run_id(db, q_del_alias, id, err)) != RCP_OK ||
		    (rc = run_id(db, q_del_ident, id, err)) != RCP_OK ||
		    (rc = run_id(db, q_del_cat, id, err)) != RCP_OK ||
		    (rc = run_id(db, q_del_list, id, err)) != RCP_OK)
			return rc;
	}
	size_t i;
	json_t *x;
	json_array_foreach(json_object_get(e, "aliases"), i, x) {
		if ((rc = rcp__db_stmt(db, q_ins_alias, &st, err)) != RCP_OK)
			return rc;
		int flags = (json_is_true(json_object_get(x, "case_sensitive")) ? RCP_ALIAS_CASE_SENSITIVE : 0) |
		            (json_is_true(json_object_get(x, "ambiguous")) ? RCP_ALIAS_AMBIGUOUS : 0);
		rcp__bind_text(st, 1, id);
		rcp__bind_text(st, 2, jstr(x, "text"));
		rcp__bind_text(st, 3, jstr(x, "lang"));
		sqlite3_bind_int(st, 4, flags);
		if ((rc = rcp__db_step_done(db, st, "cannot write entity", err)) != RCP_OK)
			return rc;
	}
	json_array_foreach(json_object_get(e, "identifiers"), i, x) {
		if ((rc = rcp__db_stmt(db, q_ins_ident, &st, err)) != RCP_OK)
			return rc;
		rcp__bind_text(st, 1, id);
		rcp__bind_text(st, 2, jstr(x, "scheme"));
		rcp__bind_text(st, 3, jstr(x, "value"));
		if ((rc = rcp__db_step_done(db, st, "cannot write entity", err)) != RCP_OK)
			return rc;
	}
	static const struct { const char *field, *q; } simple[] = {
		{"categories", q_ins_cat}, {"lists", q_ins_list},
	};
	for (size_t k = 0; k < 2; k++) {
		json_array_foreach(json_object_get(e, simple[k].field), i, x) {
			if ((rc = rcp__db_stmt(db, simple[k].q, &st, err)) != RCP_OK)
				return rc;
			rcp__bind_text(st, 1, id);
			rcp__bind_text(st, 2, json_string_value(x));
			if ((rc = rcp__db_step_done(db, st, "cannot write entity", err)) != RCP_OK)
				return rc;
		}
	}
	return RCP_OK;
}

static int entity_exists(rcp_db *db, const char *id)
{
	sqlite3_stmt *st;
	if (rcp__db_stmt(db, q_exists, &st, NULL) != RCP_OK)
		return 0;
	rcp__bind_text(st, 1, id);
	int found = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	return found;
}

/* ---- ids seen in this file: duplicates, and parents to check at the end ---- */

typedef struct seen_set {
	char **keys;
	int64_t *lines;
	size_t cap, n;
} seen_set;


/* Returns the line an id was first seen on, or 0 after adding it. */
static int64_t seen_add(seen_set *s, const char *key, int64_t line)
{
	if ((s->n + 1) * 2 > s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 1024;
		char **keys = rcp__xcalloc(cap, sizeof *keys);
		int64_t *lines = rcp__xcalloc(cap, sizeof *lines);
		for (size_t i = 0; i < s->cap; i++) {
			if (!s->keys[i])
				continue;
			size_t j = rcp__fnv1a_str(s->keys[i]) & (cap - 1);
			while (keys[j])
				j = (j + 1) & (cap - 1);
			keys[j] = s->keys[i];
			lines[j] = s->lines[i];
		}
		free(s->keys);
		free(s->lines);
		s->keys = keys;
		s->lines = lines;
		s->cap = cap;
	}
	size_t j = rcp__fnv1a_str(key) & (s->cap - 1);
	while (s->keys[j]) {
		if (!strcmp(s->keys[j], key))
			return s->lines[j];
		j = (j + 1) & (s->cap - 1);
	}
	s->keys[j] = rcp__xstrdup(key);
	s->lines[j] = line;
	s->n++;
	return 0;
}

static void seen_release(seen_set *s)
{
	for (size_t i = 0; i < s->cap; i++)
		free(s->keys[i]);
	free(s->keys);
	free(s->lines);
}

typedef struct parent_ref {
	char *parent, *child;
	int64_t line;
} parent_ref;

/* Record that the changed entities' mentions await a re-scan, inside the
 * import's transaction; seq is the newest audit entry, this import's. */
static rcp_status record_pending(rcp_db *db, char **ids, size_t n, rcp_error *err)
{
	sqlite3_stmt *st = NULL;
	rcp_status rc = rcp__db_prepare(db,
		"INSERT OR REPLACE INTO pending_rescan(entity, seq)"
		" VALUES (?1, (SELECT coalesce(max(seq), 0) FROM audit))", &st, err);
	for (size_t i = 0; rc == RCP_OK && i < n; i++) {
		rcp__bind_text(st, 1, ids[i]);
		rc = rcp__db_step_done(db, st, "cannot record the re-scan", err);
	}
	sqlite3_finalize(st);
	return rc;
}

/* ---- JSON lines: the registry's own format, one reader of several ---- */

typedef struct jsonl_reader {
	FILE *f;
	char *line;
	size_t cap;
	line_ctx c;
} jsonl_reader;

int rcp__registry_json_line(FILE *f, char **buf, size_t *cap, size_t max, const char *path,
                            int64_t *lineno, json_t **obj, rcp_error *err)
{
	ssize_t n;
	while ((n = getline(buf, cap, f)) >= 0) {
		line_ctx c = {path, ++*lineno, err};
		const char *line = *buf;
		/* a byte-order mark, as Notepad and PowerShell write UTF-8 */
		if (*lineno == 1 && n >= 3 && !memcmp(line, "\xEF\xBB\xBF", 3)) {
			line += 3;
			n -= 3;
		}
		if ((size_t)n > max)
			return bad(&c, NULL, "longer than %zu bytes", max), -1;
		/* blank lines are allowed; a NUL is not blank, nor JSON */
		const char *nul = memchr(line, '\0', (size_t)n);
		if (nul)
			return bad(&c, NULL, "a NUL byte at column %lld", (long long)(nul - line) + 1), -1;
		const char *p = line;
		while (*p && isspace((unsigned char)*p))
			p++;
		if (!*p)
			continue;
		if (!rcp__utf8_valid(line, (size_t)n))
			return bad(&c, NULL, "not valid UTF-8"), -1;
		json_error_t jerr;
		*obj = json_loadb(line, (size_t)n, JSON_REJECT_DUPLICATES, &jerr);
		if (!*obj)
			return bad(&c, NULL, "not valid JSON at column %d: %s", jerr.column, jerr.text), -1;
		return 1;
	}
	if (ferror(f))
		return rcp__error_set(err, RCP_EIO, "cannot read", path, "%s", strerror(errno)), -1;
	return 0;
}

static int jsonl_next(void *ctx, json_t **obj, int64_t *lineno, rcp_error *err)
{
	jsonl_reader *r = ctx;
	int got = rcp__registry_json_line(r->f, &r->line, &r->cap, MAX_LINE, r->c.path, &r->c.line,
	                                  obj, err);
	*lineno = r->c.line;
	return got;
}

static rcp_status set_parent_late(rcp_db *db, const char *child, const char *parent,
                                  int64_t line, const char *base, int *changed, rcp_error *err);

/* Set the page cache size (PRAGMA cache_size units); returns the old one. */
static int64_t bulk_cache(rcp_db *db, int64_t size)
{
	sqlite3_stmt *st;
	int64_t was = -2000;
	if (sqlite3_prepare_v2(db->sql, "PRAGMA cache_size", -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW)
			was = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
	}
	char q[64];
	snprintf(q, sizeof q, "PRAGMA cache_size=%lld", (long long)size);
	sqlite3_exec(db->sql, q, NULL, NULL, NULL);
	return was;
}

/* Does the chain of parents above ref's parent end (no cycle, under 1000
 * deep)? RCP_EPARSE naming ref's line when it does not. */
static rcp_status parent_chain_ends(rcp_db *db, line_ctx *c, const parent_ref *ref,
                                    rcp_error *err)
{
	static const char q_depth[] =
		"WITH RECURSIVE up(id, depth) AS (SELECT ?1, 0 UNION ALL"
		" SELECT e.parent, depth + 1 FROM entity e JOIN up ON e.id = up.id"
		" WHERE e.parent IS NOT NULL AND depth < 1000)"
		" SELECT max(depth) FROM up";
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_stmt(db, q_depth, &st, err);
	if (rc != RCP_OK)
		return rc;
	rcp__bind_text(st, 1, ref->parent);
	int depth = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_reset(st);
	if (depth < 1000)
		return RCP_OK;
	c->line = ref->line;
	return bad(c, "parent", "'%s' leads into a cycle of parents", ref->parent);
}

rcp_status rcp__registry_import_reader(rcp_db *db, const char *path, rcp__registry_reader *rd,
                                       rcp_import_report *report, rcp_error *err)
{
	rcp_import_report rep;
	memset(&rep, 0, sizeof rep);
	/* a registry of a million entities is one transaction: with SQLite's
	 * 2 MB page cache its pages spill to the WAL and are read back from
	 * it; up to 256 MiB of cache while it lasts (allocated as used) saves
	 * a tenth of the CPU and most of the I/O */
	int64_t cache_was = bulk_cache(db, -262144);
	rcp_status rc = rcp__db_begin(db, err);
	if (rc != RCP_OK) {
		bulk_cache(db, cache_was);
		return rc;
	}
	seen_set seen = {0};
	char **changed = NULL;
	size_t nchanged = 0, capchanged = 0;
	int cleared_any = 0; /* a parent cleared: a change not in changed[] */
	parent_ref *parents = NULL;
	size_t nparents = 0, capparents = 0;
	line_ctx c = {path, 0, err};
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;

	json_t *o;
	int got;
	while ((got = rd->next(rd->ctx, &o, &c.line, err)) > 0) {
		json_t *e;
		rc = normalize(&c, o, &rep, &e);
		int keep_parent = rd->soft_parents && !json_object_get(o, "parent");
		json_decref(o);
		if (rc != RCP_OK)
			goto fail;
		rep.lines++;
		const char *id = jstr(e, "id");
		json_t *before = rcp_entity_json(db, id, NULL);
		/* a foreign line that names no parent keeps the stored one (its
		 * parents come as links: FtM Ownership) */
		if (keep_parent && before)
			json_object_set(e, "parent", json_object_get(before, "parent"));
		int64_t first = seen_add(&seen, id, c.line);
		if (first) {
			rc = bad(&c, "id", "'%s' was already given on line %lld", id, (long long)first);
			json_decref(before);
			json_decref(e);
			goto fail;
		}
		const char *parent = jstr(e, "parent");
		if (parent) {
			if (nparents == capparents) {
				capparents = capparents ? capparents * 2 : 64;
				parents = rcp__xrealloc(parents, capparents * sizeof *parents);
			}
			parents[nparents].parent = rcp__xstrdup(parent);
			parents[nparents].child = rcp__xstrdup(id);
			parents[nparents++].line = c.line;
		}

		if (before && json_equal(before, e)) {
			rep.unchanged++;
		} else {
			rc = write_entity(db, e, before != NULL, err);
			if (rc == RCP_OK) {
				json_t *payload = json_pack("{s:O, s:s, s:I}", "after", e, "file", base,
				                            "line", (json_int_t)c.line);
				if (before)
					json_object_set(payload, "before", before);
				char object[160];
				snprintf(object, sizeof object, "entity/%s", id);
				/* one change of the import's change set (audit.c) */
				rc = rcp__audit_change(db, before ? "entity.update" : "entity.create", object,
				                       payload, err);
				json_decref(payload);
			}
			if (before)
				rep.updated++;
			else
				rep.created++;
			if (nchanged == capchanged) {
				capchanged = capchanged ? capchanged * 2 : 64;
				changed = rcp__xrealloc(changed, capchanged * sizeof *changed);
			}
			changed[nchanged++] = rcp__xstrdup(id);
		}
		json_decref(before);
		json_decref(e);
		if (rc != RCP_OK) {
			if (err) {
				char why[sizeof err->why];
				memcpy(why, err->why, sizeof why);
				snprintf(err->why, sizeof err->why, "line %lld: %.480s", (long long)c.line, why);
				snprintf(err->subject, sizeof err->subject, "%s", path);
				err->offset = c.line;
			}
			goto fail;
		}
	}
	if (got < 0) {
		rc = err ? err->code : RCP_EPARSE;
		goto fail;
	}
	/* parent links a reader found apart from their entities (FtM Ownership) */
	const char *lchild, *lparent;
	int64_t lline;
	for (size_t i = 0; rd->link && rd->link(rd->ctx, i, &lchild, &lparent, &lline); i++) {
		if (!entity_exists(db, lchild) || !entity_exists(db, lparent) || !strcmp(lchild, lparent)) {
			rep.links_skipped++;
			continue;
		}
		int changed_now = 0;
		if ((rc = set_parent_late(db, lchild, lparent, lline, base, &changed_now, err)) != RCP_OK)
			goto fail;
		rep.links += changed_now;
		if (nparents == capparents) {
			capparents = capparents ? capparents * 2 : 64;
			parents = rcp__xrealloc(parents, capparents * sizeof *parents);
		}
		parents[nparents].parent = rcp__xstrdup(lparent);
		parents[nparents].child = rcp__xstrdup(lchild);
		parents[nparents++].line = lline;
		if (changed_now) {
			if (nchanged == capchanged) {
				capchanged = capchanged ? capchanged * 2 : 64;
				changed = rcp__xrealloc(changed, capchanged * sizeof *changed);
			}
			changed[nchanged++] = rcp__xstrdup(lchild);
		}
	}
	for (size_t i = 0; i < nparents; i++) {
		if (!entity_exists(db, parents[i].parent) && rd->soft_parents) {
			/* a foreign file's parent that is not an organization here */
			int cleared;
			if ((rc = set_parent_late(db, parents[i].child, NULL, parents[i].line, base,
			                          &cleared, err)) != RCP_OK)
				goto fail;
			cleared_any |= cleared;
			rep.links_skipped++;
			continue;
		}
		if (!entity_exists(db, parents[i].parent)) {
			c.line = parents[i].line;
			rc = bad(&c, "parent", "no entity '%s' in this file or the store",
			         parents[i].parent);
			goto fail;
		}
	}
	/* a parent chain must end: walk up from every entity the file named */
	for (size_t i = 0; i < nparents; i++)
		if ((rc = parent_chain_ends(db, &c, &parents[i], err)) != RCP_OK)
			goto fail;
	/* the import's one audit entry, closing its change set (none when
	 * nothing changed) */
	{
		json_t *set = json_pack("{s:s, s:I, s:I, s:I}", "file", base, "created",
		                        (json_int_t)rep.created, "updated", (json_int_t)rep.updated,
		                        "unchanged", (json_int_t)rep.unchanged);
		char object[300];
		snprintf(object, sizeof object, "registry/%s", base);
		rc = rcp__audit_changeset(db, "registry.import", object, set, err);
		json_decref(set);
		if (rc != RCP_OK)
			goto fail;
	}
	/* the registry changed: the changed entities must be found in every
	 * source. The request is written with the entities, so that a kill
	 * before the re-scan below leaves a record the next writer finishes */
	if (nchanged && rcp_source_count(db) > 0 &&
	    (rc = record_pending(db, changed, nchanged, err)) != RCP_OK)
		goto fail;
	/* and caches built from it are stale: its version, with the change */
	if ((nchanged || cleared_any) && (rc = rcp__registry_bump(db, err)) != RCP_OK)
		goto fail;
	/* what the caller stores with the entities, in their transaction: after
	 * the change set is closed (its changes belong to the next seq) and the
	 * version has moved (a matcher built now is stamped with a version
	 * that a rollback makes unreachable) */
	if (rd->finish && (rc = rd->finish(rd->finish_ctx, db, err)) != RCP_OK)
		goto fail;
	if ((rc = rcp__db_commit(db, err)) != RCP_OK)
		goto out;
	rcp__test_kill_point("registry-rescan");
	/* this import's re-scan, and any an earlier one left */
	if (rcp_db_pending_rescans(db) > 0) {
		rcp_error rerr;
		rcp_error_clear(&rerr);
		if (rcp__db_finish_pending(db, NULL, &rep.mentions, &rerr) != RCP_OK) {
			rep.rescan_pending = rcp_db_pending_rescans(db);
			rcp_error_format(&rerr, rep.rescan_error, sizeof rep.rescan_error);
		}
	}
	if (report)
		*report = rep;
	goto out;
fail:
	rcp__db_rollback(db);
out:
	for (size_t i = 0; i < nparents; i++) {
		free(parents[i].parent);
		free(parents[i].child);
	}
	free(parents);
	for (size_t i = 0; i < nchanged; i++)
		free(changed[i]);
	free(changed);
	seen_release(&seen);
	bulk_cache(db, cache_was);
	return rc;
}

/* Set child's parent (NULL: none) after the stream: the entity as stored,
 * with the new parent, through the same write and audit as a line.
 * *changed is 1 when it was not already the parent. A link does not
 * replace a parent the entity's own line gave. */
static rcp_status set_parent_late(rcp_db *db, const char *child, const char *parent,
                                  int64_t line, const char *base, int *changed, rcp_error *err)
{
	*changed = 0;
	json_t *before = rcp_entity_json(db, child, err);
	if (!before)
		return err ? err->code : RCP_EDB;
	const char *now = jstr(before, "parent");
	if (parent ? now != NULL : now == NULL) {
		json_decref(before);
		return RCP_OK;
	}
	json_t *after = json_deep_copy(before);
	json_object_set_new(after, "parent", rcp_json_nullable(parent));
	rcp_status rc = write_entity(db, after, 1, err);
	if (rc == RCP_OK) {
		json_t *payload = json_pack("{s:O, s:O, s:s, s:I}", "before", before, "after", after,
		                            "file", base, "line", (json_int_t)line);
		char object[160];
		snprintf(object, sizeof object, "entity/%s", child);
		rc = rcp__audit_change(db, "entity.update", object, payload, err);
		json_decref(payload);
	}
	*changed = 1;
	json_decref(before);
	json_decref(after);
	return rc;
}

/* The import of JSON lines over a stream named path (for messages). */
static rcp_status import_stream(rcp_db *db, FILE *f, const char *path,
                                rcp_import_report *report, rcp_error *err)
{
	jsonl_reader r = {f, NULL, 0, {path, 0, err}};
	rcp__registry_reader rd = {jsonl_next, NULL, &r, 0, NULL, NULL};
	rcp_status rc = rcp__registry_import_reader(db, path, &rd, report, err);
	free(r.line);
	return rc;
}

rcp_status rcp_registry_import(rcp_db *db, const char *path, rcp_import_report *report,
                               rcp_error *err)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	if (!f)
		return rcp__error_set(err, RCP_EIO, "cannot open", path, "%s", strerror(errno));
	rcp_status rc = import_stream(db, f, path, report, err);
	if (f != stdin)
		fclose(f);
	return rc;
}

rcp_status rcp_registry_import_text(rcp_db *db, const char *text, size_t len, const char *name,
                                    rcp_import_report *report, rcp_error *err)
{
	if (!len)
		return rcp__error_set(err, RCP_EINVAL, "nothing to import", name, NULL);
	FILE *f = fmemopen((void *)text, len, "r");
	if (!f)
		return rcp__error_set(err, RCP_EIO, "cannot read", name, "%s", strerror(errno));
	rcp_status rc = import_stream(db, f, name, report, err);
	fclose(f);
	return rc;
}
