/*
 * ftm.c — FollowTheMoney entities (JSON lines, as OpenSanctions and Aleph
 * export them, and as `receipts export --format ftm` writes them) read as
 * registry lines.
 *
 * Each line is {"id", "schema", "properties": {name: [strings]}}. An
 * Organization, Company, PublicBody or LegalEntity becomes the registry
 * JSON-lines object import.c validates and upserts, so FtM goes through
 * the same checks, writes and audit as receipts' own format. A Person is
 * counted and dropped here, before anything could store it. An Ownership
 * is remembered as a parent link (the owner is the asset's parent) and
 * handed to import.c after the stream, when both sides may exist; a stake
 * of 50% or less is not a parent. Other schemas are counted and skipped.
 *
 * Identifiers are checked here as import.c would check them: a value that
 * fails its check digit in someone else's data is dropped and counted,
 * not a reason to refuse a million good lines.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define MAX_LINE ((size_t)1 << 20)

typedef struct ftm_link {
	char *child, *parent;
	int64_t line;
} ftm_link;

typedef struct ftm_reader {
	FILE *f;
	const char *path;
	char *line;
	size_t cap;
	int64_t lineno;
	rcp_import_report *rep;
	ftm_link *links;
	size_t nlinks, caplinks;
	size_t *slots;    /* open addressing over links by child: index + 1 */
	size_t nslots;
	size_t max_line;
} ftm_reader;

static int bad(ftm_reader *r, rcp_error *err, const char *field, const char *fmt, ...)
	RCP_PRINTF(4, 5);
static int bad(ftm_reader *r, rcp_error *err, const char *field, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = rcp__registry_bad(err, r->path, r->lineno, "field", field, fmt, ap);
	va_end(ap);
	return rc;
}

/* ---- ids ---- */


int rcp__ftm_id_slug(const char *ftm_id, char out[129])
{
	size_t plen = strlen(RCP_FTM_ORG_PREFIX);
	if (!strncmp(ftm_id, RCP_FTM_ORG_PREFIX, plen) && rcp_id_valid(ftm_id + plen)) {
		snprintf(out, 129, "%s", ftm_id + plen);
		return 1;
	}
	/* folded (lowercase, accents off), letters and digits kept, any other
	 * run one hyphen */
	size_t flen;
	char *folded = rcp__fold_dup(ftm_id, strlen(ftm_id), &flen);
	char buf[1024];
	size_t n = 0;
	for (const char *p = folded; *p && n < sizeof buf - 1; p++) {
		int c = (unsigned char)*p;
		if (isascii(c) && isalnum(c))
			buf[n++] = (char)tolower(c);
		else if (n && buf[n - 1] != '-')
			buf[n++] = '-';
	}
	while (n && buf[n - 1] == '-')
		n--;
	buf[n] = '\0';
	int whole = flen < sizeof buf - 1;
	free(folded);
	if (!n) {
		/* a name in another script: an id from its hash */
		for (const char *p = ftm_id; *p; p++)
			if ((unsigned char)*p >= 0x80) {
				snprintf(out, 129, "u-%016llx", (unsigned long long)rcp__fnv1a_str(ftm_id));
				return 1;
			}
		return 0;
	}
	if (n > 128 || !whole) {
		/* too long: a prefix and a hash of the whole id keep it unique */
		char h[17];
		snprintf(h, sizeof h, "%016llx", (unsigned long long)rcp__fnv1a_str(ftm_id));
		size_t keep = n < 111 ? n : 111;
		while (keep && buf[keep - 1] == '-')
			keep--;
		snprintf(out, 129, "%.*s-%s", (int)keep, buf, h);
		return 1;
	}
	memcpy(out, buf, n + 1);
	return 1;
}

/* ---- properties ---- */

/* The values of property name: a JSON array of strings (a lone string is
 * taken as one). NULL when absent, and *malformed set when not strings. */
static json_t *prop(json_t *props, const char *name, int *malformed)
{
	json_t *v = json_object_get(props, name);
	if (!v || json_is_null(v))
		return NULL;
	if (json_is_string(v))
		return v;
	if (!json_is_array(v)) {
		*malformed = 1;
		return NULL;
	}
	size_t i;
	json_t *x;
	json_array_foreach(v, i, x)
		if (!json_is_string(x)) {
			*malformed = 1;
			return NULL;
		}
	return v;
}

/* Each string s of v (an array of strings, or one string); break leaves
 * only the inner loop, so callers use guards. */
#define EACH_VALUE(v, i, s)                                                                  \
	for (size_t i = 0, n_##i = json_is_array(v) ? json_array_size(v) : (v ? 1 : 0); i < n_##i; \
	     i++)                                                                                \
		for (const char *s = json_is_array(v) ? json_string_value(json_array_get(v, i))     \
		                                      : json_string_value(v);                        \
		     s; s = NULL)

static const char *first_value(json_t *v)
{
	EACH_VALUE(v, i, s) {
		if (*s)
			return s;
	}
	return NULL;
}

static void drop(ftm_reader *r, const char *what, const char *value)
{
	if (!r->rep->dropped++) {
		snprintf(r->rep->dropped_first, sizeof r->rep->dropped_first, "%s '%.100s'", what,
		         value);
		r->rep->dropped_line = r->lineno;
	}
}

static int has_text(json_t *aliases, const char *t)
{
	size_t i;
	json_t *a;
	json_array_foreach(aliases, i, a)
		if (!strcmp(json_string_value(json_object_get(a, "text")), t))
			return 1;
	return 0;
}

static void add_alias(ftm_reader *r, json_t *aliases, const char *name, const char *t,
                      int ambiguous)
{
	while (*t && isspace((unsigned char)*t))
		t++;
	if (!*t || (name && !strcmp(t, name)) || has_text(aliases, t))
		return;
	if (strlen(t) > 512) {
		drop(r, "alias", t);
		return;
	}
	json_t *a = json_pack("{s:s}", "text", t);
	if (ambiguous)
		json_object_set_new(a, "ambiguous", json_true());
	json_array_append_new(aliases, a);
}

static void upper(char *s)
{
	for (; *s; s++)
		*s = (char)toupper((unsigned char)*s);
}

/* Add value as an identifier of scheme when it checks out, else count it. */
static void add_ident(ftm_reader *r, json_t *ids, const char *scheme, const char *value,
                      int quiet)
{
	char v[300];
	snprintf(v, sizeof v, "%s", value);
	if (strcmp(scheme, "ticker"))
		upper(v);
	if (!rcp__registry_value_ok(scheme, v)) {
		if (!quiet)
			drop(r, scheme, value);
		return;
	}
	json_array_append_new(ids, json_pack("{s:s, s:s}", "scheme", scheme, "value", v));
}

/* An idNumber says nothing of its scheme: the first whose check digit
 * holds (the export writes CUSIP, FIGI and SEDOL there). */
static void add_sniffed(ftm_reader *r, json_t *ids, const char *value)
{
	static const char *const schemes[] = {"isin", "lei", "figi", "cusip", "sedol"};
	char v[300];
	snprintf(v, sizeof v, "%s", value);
	upper(v);
	for (size_t k = 0; k < sizeof schemes / sizeof schemes[0]; k++)
		if (rcp__registry_value_ok(schemes[k], v)) {
			json_array_append_new(ids, json_pack("{s:s, s:s}", "scheme", schemes[k],
			                                     "value", v));
			return;
		}
}

static const struct {
	const char *schema, *kind;
} org_schemas[] = {
	{"Company", "company"},
	{"PublicBody", "public_body"},
	{"Organization", "other_org"},
	{"LegalEntity", "other_org"},
};

/* One organization as a registry object (returned owned), or NULL. */
static json_t *organization(ftm_reader *r, const char *slug, const char *kind, json_t *props,
                            rcp_error *err)
{
	int malformed = 0;
	static const char *const known[] = {
		"name", "alias", "previousName", "weakAlias", "country", "jurisdiction",
		"mainCountry", "classification", "isinCode", "leiCode", "ticker", "wikidataId",
		"idNumber", "sector", "program", "summary", "sourceUrl", "parent",
		"registrationNumber",
	};
	json_t *v[sizeof known / sizeof known[0]];
	for (size_t k = 0; k < sizeof known / sizeof known[0]; k++) {
		v[k] = prop(props, known[k], &malformed);
		if (malformed) {
			char field[64];
			snprintf(field, sizeof field, "properties.%s", known[k]);
			bad(r, err, field, "must be a list of strings");
			return NULL;
		}
	}
	enum { NAME, ALIAS, PREVIOUS, WEAK, COUNTRY, JURISDICTION, MAINCOUNTRY, CLASS, ISIN, LEI,
	       TICKER, WIKIDATA, IDNUMBER, SECTOR, PROGRAM, SUMMARY, SOURCE, PARENT, REGISTRATION };
	const char *name = first_value(v[NAME]);
	if (!name)
		return bad(r, err, "properties.name", "missing or empty"), NULL;

	json_t *o = json_object();
	json_object_set_new(o, "id", json_string(slug));
	json_object_set_new(o, "name", json_string(name));
	int classified = 0;
	EACH_VALUE(v[CLASS], i, s) {
		if (!classified && rcp_kind_parse(s) >= 0) {
			kind = s;
			classified = 1;
		}
	}
	json_object_set_new(o, "kind", json_string(kind));

	json_t *aliases = json_array();
	/* the other names; an alias may repeat the name, as in the registry */
	EACH_VALUE(v[NAME], i, s) add_alias(r, aliases, name, s, 0);
	EACH_VALUE(v[ALIAS], i, s) add_alias(r, aliases, NULL, s, 0);
	EACH_VALUE(v[PREVIOUS], i, s) add_alias(r, aliases, NULL, s, 0);
	EACH_VALUE(v[WEAK], i, s) add_alias(r, aliases, NULL, s, 1);
	json_object_set_new(o, "aliases", aliases);

	/* FtM countries are lowercase ISO 3166-1; its own codes ("suhh",
	 * "zz") have no place in the registry */
	const int cprops[] = {COUNTRY, JURISDICTION, MAINCOUNTRY};
	for (size_t k = 0; k < 3 && !json_object_get(o, "country"); k++) {
		EACH_VALUE(v[cprops[k]], i, s) {
			if (!json_object_get(o, "country") && strlen(s) == 2 &&
			    isalpha((unsigned char)s[0]) && isalpha((unsigned char)s[1])) {
				char cc[3] = {(char)toupper((unsigned char)s[0]),
				              (char)toupper((unsigned char)s[1]), 0};
				json_object_set_new(o, "country", json_string(cc));
			}
		}
	}

	json_t *ids = json_array();
	EACH_VALUE(v[ISIN], i, s) add_ident(r, ids, "isin", s, 0);
	EACH_VALUE(v[LEI], i, s) add_ident(r, ids, "lei", s, 0);
	EACH_VALUE(v[TICKER], i, s) add_ident(r, ids, "ticker", s, 0);
	EACH_VALUE(v[WIKIDATA], i, s) add_ident(r, ids, "wikidata", s, 0);
	EACH_VALUE(v[IDNUMBER], i, s) add_sniffed(r, ids, s);
	EACH_VALUE(v[REGISTRATION], i, s) add_ident(r, ids, "registration", s, 0);
	json_object_set_new(o, "identifiers", ids);

	json_t *cats = json_array(), *lists = json_array();
	EACH_VALUE(v[SECTOR], i, s) {
		if (rcp_category_parse(s))
			json_array_append_new(cats, json_string(s));
	}
	EACH_VALUE(v[PROGRAM], i, s) {
		if (rcp_id_valid(s))
			json_array_append_new(lists, json_string(s));
	}
	json_object_set_new(o, "categories", cats);
	json_object_set_new(o, "lists", lists);

	const char *summary = first_value(v[SUMMARY]), *source = first_value(v[SOURCE]);
	if (summary)
		json_object_set_new(o, "summary", json_string(summary));
	if (source)
		json_object_set_new(o, "source", json_string(source));
	const char *parent = first_value(v[PARENT]);
	char pslug[129];
	if (parent && rcp__ftm_id_slug(parent, pslug) && strcmp(pslug, slug))
		json_object_set_new(o, "parent", json_string(pslug));
	return o;
}

/* A number at the start of s ("51", "50.5", "100%"); -1 if none. */
static double leading_number(const char *s)
{
	char *end;
	errno = 0;
	double d = strtod(s, &end);
	return end == s || errno ? -1 : d;
}

static int ownership(ftm_reader *r, json_t *props, rcp_error *err)
{
	int malformed = 0;
	json_t *owner = prop(props, "owner", &malformed), *asset = prop(props, "asset", &malformed),
	       *pct = prop(props, "percentage", &malformed);
	if (malformed)
		return bad(r, err, "properties", "owner, asset and percentage must be lists of strings");
	const char *o = first_value(owner), *a = first_value(asset), *p = first_value(pct);
	char oslug[129], aslug[129];
	if (!o || !a || !rcp__ftm_id_slug(o, oslug) || !rcp__ftm_id_slug(a, aslug)) {
		r->rep->other++;
		return 0;
	}
	if (p && leading_number(p) >= 0 && leading_number(p) <= 50) {
		r->rep->other++; /* a stake, not a parent */
		return 0;
	}
	if ((r->nlinks + 1) * 2 > r->nslots) {
		size_t ns = r->nslots ? r->nslots * 2 : 1024;
		size_t *slots = rcp__xcalloc(ns, sizeof *slots);
		for (size_t i = 0; i < r->nlinks; i++) {
			size_t j = rcp__fnv1a_str(r->links[i].child) & (ns - 1);
			while (slots[j])
				j = (j + 1) & (ns - 1);
			slots[j] = i + 1;
		}
		free(r->slots);
		r->slots = slots;
		r->nslots = ns;
	}
	size_t j = rcp__fnv1a_str(aslug) & (r->nslots - 1);
	for (; r->slots[j]; j = (j + 1) & (r->nslots - 1))
		if (!strcmp(r->links[r->slots[j] - 1].child, aslug))
			return 0; /* the first owner of an asset is its parent */
	if (r->nlinks == r->caplinks) {
		r->caplinks = r->caplinks ? r->caplinks * 2 : 64;
		r->links = rcp__xrealloc(r->links, r->caplinks * sizeof *r->links);
	}
	r->slots[j] = r->nlinks + 1;
	r->links[r->nlinks].child = rcp__xstrdup(aslug);
	r->links[r->nlinks].parent = rcp__xstrdup(oslug);
	r->links[r->nlinks++].line = r->lineno;
	return 0;
}

static int ftm_next(void *ctx, json_t **obj, int64_t *lineno, rcp_error *err)
{
	ftm_reader *r = ctx;
	json_t *e;
	int got;
	while ((got = rcp__registry_json_line(r->f, &r->line, &r->cap, r->max_line, r->path,
	                                      &r->lineno, &e, err)) > 0) {
		*lineno = r->lineno;
		int rc = 0;
		const char *schema = json_string_value(json_object_get(e, "schema"));
		const char *id = json_string_value(json_object_get(e, "id"));
		json_t *props = json_object_get(e, "properties");
		if (!json_is_object(e))
			rc = bad(r, err, NULL, "not a JSON object");
		else if (!schema)
			rc = bad(r, err, "schema", "missing (an FtM schema such as \"Company\")");
		else if (!id || !*id)
			rc = bad(r, err, "id", "missing or empty");
		else if (props && !json_is_object(props))
			rc = bad(r, err, "properties", "must be an object");
		if (rc) {
			json_decref(e);
			return rc;
		}
		const char *kind = NULL;
		for (size_t k = 0; k < sizeof org_schemas / sizeof org_schemas[0]; k++)
			if (!strcmp(schema, org_schemas[k].schema))
				kind = org_schemas[k].kind;
		if (!strcmp(schema, "Person")) {
			/* organizations, not people: a person is never stored */
			r->rep->persons++;
		} else if (!strcmp(schema, "Ownership") && !strncmp(id, RCP_FTM_CLAIM_PREFIX,
		                                                     strlen(RCP_FTM_CLAIM_PREFIX))) {
			/* receipts' claim that a company owns another: evidence for
			 * a reviewer, not the registry's parent (lib/ingest/ftm_import.c
			 * reads it as a claim) */
			r->rep->other++;
		} else if (!strcmp(schema, "Ownership")) {
			rc = ownership(r, props, err);
		} else if (kind) {
			char slug[129];
			if (!rcp__ftm_id_slug(id, slug)) {
				rc = bad(r, err, "id", "'%.100s' has no letters or digits to make an id of", id);
			} else {
				*obj = organization(r, slug, kind, props, err);
				json_decref(e);
				return *obj ? 1 : -1;
			}
		} else {
			r->rep->other++;
		}
		json_decref(e);
		if (rc)
			return rc;
	}
	*lineno = r->lineno;
	return got;
}

static int ftm_link_at(void *ctx, size_t i, const char **child, const char **parent,
                       int64_t *line)
{
	ftm_reader *r = ctx;
	if (i >= r->nlinks)
		return 0;
	*child = r->links[i].child;
	*parent = r->links[i].parent;
	*line = r->links[i].line;
	return 1;
}

rcp_status rcp__ftm_reader_new(FILE *f, const char *path, rcp_import_report *rep,
                               rcp__registry_reader *out)
{
	ftm_reader *r = rcp__xcalloc(1, sizeof *r);
	r->f = f;
	r->path = path;
	r->rep = rep;
	r->max_line = MAX_LINE;
	out->next = ftm_next;
	out->link = ftm_link_at;
	out->ctx = r;
	out->soft_parents = 1;
	return RCP_OK;
}

void rcp__ftm_reader_max_line(rcp__registry_reader *rd, size_t max)
{
	((ftm_reader *)rd->ctx)->max_line = max;
}

void rcp__ftm_reader_free(rcp__registry_reader *rd)
{
	if (!rd || !rd->ctx)
		return;
	ftm_reader *r = rd->ctx;
	for (size_t i = 0; i < r->nlinks; i++) {
		free(r->links[i].child);
		free(r->links[i].parent);
	}
	free(r->links);
	free(r->slots);
	free(r->line);
	free(r);
	rd->ctx = NULL;
}
