/*
 * ftm_import.c — `receipts import --format ftm`: a FollowTheMoney file
 * read back whole, the organizations and also the sources and claims
 * (docs/formats.md "FtM import").
 *
 * The organizations go through the registry import (lib/registry/ftm.c,
 * import.c) as `import-registry --format ftm` reads them. Sources and
 * claims are read in a second pass over the file, inside the registry
 * import's transaction (its finish step), so the whole file is stored or
 * none of it. A second pass, not the first: the registry import's change
 * set takes the next audit seq, so no other entry may be appended while
 * it is open; and a source's mentions want the matcher over the
 * organizations this file brings.
 *
 * No claim without a receipt: a source is stored only from its bytes (a
 * PlainText's bodyText, a HyperText's bodyHtml), whose sha256 must be its
 * contentHash, through the same pipeline as `receipts add` (no candidate
 * claims extracted: the file's claims are the claims); a claim only with
 * its Documentation, whose quote must be found verbatim in the stored
 * source's text. A claim whose source the file carries without its bytes
 * is skipped and counted, never stored without its receipt.
 *
 * Claims are receipts' own (ids rcp-claim-N with a Documentation whose
 * recordId names them): foreign intervals (OpenSanctions' millions of
 * Ownerships) are registry material or nothing, and never held waiting
 * for a Documentation. What waits (an interval for its Documentation, a
 * Contract for its award) is held only until its other half comes, which
 * in receipts' export is the next line.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

#define MAX_LINE ((size_t)2 * RCP_DEFAULT_MAX_BYTES + ((size_t)1 << 20))

typedef struct importer {
	FILE *f;
	const char *path;
	rcp_ftm_import_report *rep;
	char *line;
	size_t cap;
	int64_t lineno;
	json_t *sources;   /* FtM id -> {"sha"} ({} for a source without its bytes) */
	json_t *contracts; /* rcp-contract-N -> its properties */
	json_t *intervals; /* rcp-claim-N -> {"schema", "props", "line"} */
	json_t *docs;      /* rcp-claim-N (the recordId) -> {"props", "line"} */
	json_t *deferred;  /* [{"id", "schema", "props", "doc", "line"}]: their source comes later */
	int64_t text_source; /* the source whose text is cached */
	char *text;
	size_t text_len;
} importer;

/* ---- errors ---- */

/* Refuse line: the file, the line and the field. */
static rcp_status refuse(importer *im, rcp_error *err, int64_t line, const char *field,
                         const char *why)
{
	rcp__error_set(err, RCP_EPARSE, "cannot import", im->path, "line %lld: %s%s%s%s",
	               (long long)line, field ? "field '" : "", field ? field : "",
	               field ? "': " : "", why);
	if (err)
		err->offset = line;
	return RCP_EPARSE;
}

/* An error from a layer below (the pipeline, the claim store), with the
 * line it came from put in front of its reason. */
static rcp_status at_line(importer *im, rcp_error *err, int64_t line, rcp_status rc)
{
	if (err) {
		rcp_error was = *err;
		snprintf(err->why, sizeof err->why, "line %lld: %.100s%s%.100s%s%s%.280s",
		         (long long)line, was.what, was.subject[0] ? " '" : "", was.subject,
		         was.subject[0] ? "'" : "", was.why[0] ? ": " : "", was.why);
		snprintf(err->what, sizeof err->what, "cannot import");
		snprintf(err->subject, sizeof err->subject, "%s", im->path);
		err->offset = line;
	}
	return rc;
}

/* ---- properties ---- */

/* The first non-empty string of property name, or NULL. */
static const char *first(json_t *props, const char *name)
{
	json_t *v = json_object_get(props, name);
	if (json_is_string(v))
		return *json_string_value(v) ? json_string_value(v) : NULL;
	size_t i;
	json_t *x;
	json_array_foreach(v, i, x)
		if (json_is_string(x) && *json_string_value(x))
			return json_string_value(x);
	return NULL;
}

/* The first value of name as a string with its length (JSON strings may
 * hold what C strings cannot), or NULL. */
static json_t *first_json(json_t *props, const char *name)
{
	json_t *v = json_object_get(props, name);
	if (json_is_array(v))
		v = json_array_get(v, 0);
	return json_is_string(v) ? v : NULL;
}

static int is_sha256(const char *s)
{
	if (!s || strlen(s) != 64)
		return 0;
	for (; *s; s++)
		if (!isxdigit((unsigned char)*s))
			return 0;
	return 1;
}

/* An organization's receipts id from its FtM id, or NULL. */
static const char *org_slug(const char *ftm_id, char out[129])
{
	return ftm_id && rcp__ftm_id_slug(ftm_id, out) ? out : NULL;
}

/* The first place of needle (n bytes) in hay (len bytes), or NULL. */
static const char *find(const char *hay, size_t len, const char *needle, size_t n)
{
	if (!n || n > len)
		return NULL;
	for (const char *p = hay, *end = hay + len - n + 1; p < end; p++) {
		p = memchr(p, needle[0], (size_t)(end - p));
		if (!p)
			return NULL;
		if (!memcmp(p, needle, n))
			return p;
	}
	return NULL;
}

/* ---- sources ---- */

static const char *lang2(const char *lang)
{
	static const char *const map[][2] = {
		{"eng", "en"}, {"fra", "fr"}, {"spa", "es"}, {"deu", "de"}, {"ita", "it"},
		{"por", "pt"}, {"nld", "nl"}, {"ara", "ar"}, {"heb", "he"}, {"rus", "ru"},
	};
	for (size_t i = 0; lang && i < sizeof map / sizeof map[0]; i++)
		if (!strcmp(lang, map[i][0]))
			return map[i][1];
	return NULL; /* detected from the text instead */
}

/* The source kind: a keyword that is one (receipts' export), else by schema. */
static const char *source_kind(json_t *props, const char *schema)
{
	static const char *const kinds[] = {
		"article", "report", "procurement", "filing", "response", "other",
	};
	size_t i;
	json_t *k;
	json_array_foreach(json_object_get(props, "keywords"), i, k)
		for (size_t j = 0; j < sizeof kinds / sizeof kinds[0]; j++)
			if (json_is_string(k) && !strcmp(json_string_value(k), kinds[j]))
				return kinds[j];
	return !strcmp(schema, "Article") ? "article" : "other";
}

/* A publication date as the store takes it: the longest date prefix of an
 * FtM date ("2021-03-04T10:00:00" gives "2021-03-04"), or NULL. */
static const char *pub_date(const char *d, char out[11])
{
	if (!d)
		return NULL;
	for (size_t n = 10; n >= 4; n -= 3) {
		if (strlen(d) < n)
			continue;
		snprintf(out, 11, "%.*s", (int)n, d);
		if (rcp_date_valid(out))
			return out;
	}
	return NULL;
}

static rcp_status source_line(importer *im, rcp_db *db, const char *id, const char *schema,
                              json_t *props, rcp_error *err)
{
	const char *hash = first(props, "contentHash");
	int html = !strcmp(schema, "HyperText");
	json_t *body = html ? first_json(props, "bodyHtml") : NULL;
	const char *field = "properties.bodyHtml";
	if (!body) {
		body = first_json(props, "bodyText");
		field = "properties.bodyText";
	}
	json_t *entry = json_object();
	json_object_set_new(im->sources, id, entry);
	if (!body || !json_string_length(body)) {
		/* listed without its bytes: its claims cannot be stored */
		if (is_sha256(hash))
			json_object_set_new(entry, "sha", json_string(hash));
		im->rep->sources_no_text++;
		return RCP_OK;
	}
	const uint8_t *bytes = (const uint8_t *)json_string_value(body);
	size_t len = json_string_length(body);
	char sha[65];
	rcp_sha256_hex(bytes, len, sha);
	/* receipts' contentHash is a sha256; Aleph's a SHA-1, which is not
	 * checked (the stored source gets its own sha256 here) */
	if (is_sha256(hash) && strcasecmp(hash, sha)) {
		char why[300];
		snprintf(why, sizeof why, "the text's sha256 is %s, not its contentHash %s", sha, hash);
		return refuse(im, err, im->lineno, field, why);
	}
	char date[11];
	rcp_source_meta meta = {
		.kind = source_kind(props, schema),
		.title = first(props, "title"),
		.url = first(props, "sourceUrl"),
		.publisher = first(props, "publisher"),
		.published = pub_date(first(props, "publishedAt"), date),
		.lang = lang2(first(props, "language")),
		.filename = first(props, "fileName"),
		/* the file's claims are the claims: none extracted besides */
		.no_claims = 1,
	};
	rcp_add_result res;
	rcp_status rc = rcp__source_add_in(db, bytes, len, &meta, 0, &res, err);
	if (rc != RCP_OK)
		return at_line(im, err, im->lineno, rc);
	if (res.existed)
		im->rep->sources_existing++;
	else
		im->rep->sources_added++;
	json_object_set_new(entry, "sha", json_string(res.sha256));
	return RCP_OK;
}

/* The stored source an FtM document id names: its id, 0 when the file
 * lists it without its bytes, -1 when the file has not named it (yet). A
 * receipts id (rcp-src-SHA256) of a source stored here before serves. */
static int64_t source_of(importer *im, rcp_db *db, const char *doc_id)
{
	json_t *s = json_object_get(im->sources, doc_id);
	const char *sha = json_string_value(json_object_get(s, "sha"));
	if (!sha && !strncmp(doc_id, "rcp-src-", 8) && is_sha256(doc_id + 8))
		sha = doc_id + 8;
	int64_t id = sha ? rcp__source_find_sha(db, sha, NULL) : 0;
	if (id > 0)
		return id;
	return s ? 0 : -1;
}

/* The text of source id (cached: claims come several to a source). */
static rcp_status source_text(importer *im, rcp_db *db, int64_t id, rcp_error *err)
{
	if (im->text && im->text_source == id)
		return RCP_OK;
	free(im->text);
	im->text = NULL;
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_stmt(db, "SELECT text FROM source WHERE id = ?", &st, err);
	if (rc != RCP_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		im->text_len = (size_t)sqlite3_column_bytes(st, 0);
		im->text = rcp__xmalloc(im->text_len + 1);
		memcpy(im->text, sqlite3_column_blob(st, 0), im->text_len);
		im->text[im->text_len] = '\0';
		im->text_source = id;
	} else {
		rc = rcp__error_db(err, db->sql, "cannot read a source's text");
	}
	sqlite3_reset(st);
	return rc;
}

/* ---- claims ---- */

/* What the export's summary ("[candidate] <company> <relation>
 * <counterparty> (<category>)", export_ftm.c) says that no FtM property
 * does: the category, and the source's own words for a counterparty the
 * registry does not hold (into out, "" when none). */
static const char *summary_parts(const char *summary, const char *company_name,
                                 const char *relation, char *out, size_t cap)
{
	out[0] = '\0';
	if (!summary)
		return NULL;
	size_t n = strlen(summary);
	const char *category = NULL;
	for (int i = 0; i < RCP_CATEGORY_COUNT; i++) {
		const char *cat = rcp_category_at(i);
		size_t k = strlen(cat);
		if (n > k + 3 && summary[n - 1] == ')' && summary[n - k - 2] == '(' &&
		    summary[n - k - 3] == ' ' && !strncmp(summary + n - k - 1, cat, k)) {
			category = cat;
			n -= k + 3;
			break;
		}
	}
	const char *p = summary;
	if (!strncmp(p, "[candidate] ", 12))
		p += 12;
	size_t cl = company_name ? strlen(company_name) : 0, rl = strlen(relation);
	if (cl && (size_t)(summary + n - p) > cl + rl + 2 && !strncmp(p, company_name, cl) &&
	    p[cl] == ' ' && !strncmp(p + cl + 1, relation, rl) && p[cl + 1 + rl] == ' ') {
		p += cl + rl + 2;
		size_t len = (size_t)(summary + n - p);
		if (len < cap && !(len == 9 && !strncmp(p, "(unnamed)", 9)))
			snprintf(out, cap, "%.*s", (int)len, p);
	}
	return category;
}

static const char *entity_name(rcp_db *db, const char *id, char *out, size_t cap)
{
	sqlite3_stmt *st;
	out[0] = '\0';
	if (rcp__db_stmt(db, "SELECT name FROM entity WHERE id = ?", &st, NULL) != RCP_OK)
		return NULL;
	rcp__bind_text(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW)
		snprintf(out, cap, "%s", rcp__col_text(st, 0));
	sqlite3_reset(st);
	return out[0] ? out : NULL;
}

/* The claim already stored for this span, company, relation and
 * counterparty (an import read twice): 0 if none. */
static int64_t same_claim(rcp_db *db, const rcp_claim *c)
{
	static const char q[] = "SELECT id FROM claim WHERE source = ? AND start = ? AND end = ?"
	                        " AND company = ? AND relation = ? AND counterparty IS ?";
	sqlite3_stmt *st;
	if (rcp__db_stmt(db, q, &st, NULL) != RCP_OK)
		return 0;
	sqlite3_bind_int64(st, 1, c->source);
	sqlite3_bind_int64(st, 2, c->start);
	sqlite3_bind_int64(st, 3, c->end);
	rcp__bind_text(st, 4, c->company);
	rcp__bind_text(st, 5, c->relation);
	rcp__bind_text(st, 6, c->counterparty);
	int64_t id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	return id;
}

static int claim_taken(rcp_db *db, int64_t id)
{
	sqlite3_stmt *st;
	if (rcp__db_stmt(db, "SELECT 1 FROM claim WHERE id = ?", &st, NULL) != RCP_OK)
		return 1;
	sqlite3_bind_int64(st, 1, id);
	int r = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	return r;
}

/* One claim: its interval (schema, props, from line) and its
 * Documentation (doc). Returns RCP_OK, with *later set when its source is
 * not named yet. */
static rcp_status store_claim(importer *im, rcp_db *db, const char *id, const char *schema,
                              json_t *props, json_t *doc, int64_t line, int final,
                              int *later, rcp_error *err)
{
	*later = 0;
	const char *document = first(doc, "document");
	if (!document)
		return refuse(im, err, line, "properties.document", "missing: a claim needs its source");
	int64_t source = source_of(im, db, document);
	if (source < 0 && !final) {
		*later = 1;
		return RCP_OK;
	}
	if (source <= 0) {
		/* never without its receipt */
		im->rep->claims_no_text++;
		return RCP_OK;
	}

	rcp_claim c = {0};
	char company[129], counterparty[129];
	const char *cp_ftm = NULL, *amount = NULL, *currency = NULL;
	if (!strcmp(schema, "ContractAward")) {
		c.company = org_slug(first(props, "supplier"), company);
		c.relation = first(props, "role") ? first(props, "role") : "supplies";
		const char *k = first(props, "contract");
		json_t *contract = k ? json_object_get(im->contracts, k) : NULL;
		cp_ftm = first(contract, "authority");
		amount = first(props, "amount");
		currency = first(props, "currency");
	} else if (!strcmp(schema, "Ownership")) {
		c.company = org_slug(first(props, "owner"), company);
		c.relation = first(props, "role") ? first(props, "role") : "owns";
		cp_ftm = first(props, "asset");
		amount = first(props, "sharesValue");
		currency = first(props, "sharesCurrency");
	} else if (!strcmp(schema, "Payment")) {
		c.company = org_slug(first(props, "payer"), company);
		c.relation = "invested";
		cp_ftm = first(props, "beneficiary");
		amount = first(props, "amount");
		currency = first(props, "currency");
	} else { /* UnknownLink */
		c.company = org_slug(first(props, "subject"), company);
		c.relation = first(props, "role");
		cp_ftm = first(props, "object");
	}
	if (!c.company)
		c.company = org_slug(first(doc, "entity"), company);
	if (!c.company || !c.relation)
		return refuse(im, err, line, "properties", "a claim needs its company and its role");
	c.counterparty = org_slug(cp_ftm, counterparty);
	char name[600], cpname[600];
	const char *summary = first(props, "summary");
	c.category = summary_parts(summary, entity_name(db, c.company, name, sizeof name),
	                           c.relation, cpname, sizeof cpname);
	if (c.counterparty && !entity_name(db, c.counterparty, name, sizeof name))
		c.counterparty = NULL; /* not an organization here: named by the summary */
	if (!c.counterparty && cpname[0])
		c.counterparty_name = cpname;
	if (amount && currency) {
		if (rcp_amount_parse(amount, currency, &c.amount) != RCP_OK)
			return refuse(im, err, line, "properties.amount",
			              "not an amount in its currency");
		c.has_amount = 1;
		c.currency = currency;
	}
	const char *date = first(props, "date");
	if (date) {
		char y[5];
		snprintf(y, sizeof y, "%.4s", date);
		c.year = (int)strtol(y, NULL, 10);
		if (strlen(date) > 4)
			c.date = date;
	}
	c.status = first(doc, "status") ? first(doc, "status") : first(props, "status");
	if (!c.status)
		c.status = "candidate";

	/* the receipt: the quote, found verbatim in the stored text */
	int64_t doc_line = json_integer_value(json_object_get(doc, "_line"));
	json_t *quote = first_json(doc, "summary");
	if (!quote || !json_string_length(quote))
		return refuse(im, err, doc_line, "properties.summary",
		              "missing: a claim needs its verbatim quote");
	rcp_status rc = source_text(im, db, source, err);
	if (rc != RCP_OK)
		return rc;
	const char *at = find(im->text, im->text_len, json_string_value(quote),
	                        json_string_length(quote));
	if (!at)
		return refuse(im, err, doc_line, "properties.summary",
		              "the quote is not in its source's text (not verbatim)");
	c.source = source;
	c.start = at - im->text;
	c.end = c.start + (int64_t)json_string_length(quote);
	c.evidence = json_string_value(quote);

	if (same_claim(db, &c)) {
		im->rep->claims_unchanged++;
		return RCP_OK;
	}
	/* the id of the export, when it is free here: a round trip keeps it */
	int64_t want = 0;
	if (!strncmp(id, RCP_FTM_CLAIM_PREFIX, strlen(RCP_FTM_CLAIM_PREFIX))) {
		char *end;
		errno = 0;
		long long n = strtoll(id + strlen(RCP_FTM_CLAIM_PREFIX), &end, 10);
		if (!errno && !*end && n > 0)
			want = n;
	}
	if (want && claim_taken(db, want)) {
		im->rep->claims_renumbered++;
		want = 0;
	}
	c.id = want;
	if ((rc = rcp__claim_insert(db, &c, NULL, 0, NULL, err)) != RCP_OK)
		return at_line(im, err, line, rc);
	im->rep->claims_added++;
	return RCP_OK;
}

/* An interval and its Documentation, when both have come. */
static rcp_status pair(importer *im, rcp_db *db, const char *key, rcp_error *err)
{
	json_t *iv = json_object_get(im->intervals, key);
	json_t *doc = json_object_get(im->docs, key);
	if (!iv || !doc)
		return RCP_OK;
	int later;
	int64_t line = json_integer_value(json_object_get(iv, "line"));
	json_t *props = json_object_get(iv, "props");
	const char *schema = json_string_value(json_object_get(iv, "schema"));
	json_t *dprops = json_object_get(doc, "props");
	json_object_set(dprops, "_line", json_object_get(doc, "line"));
	rcp_status rc = store_claim(im, db, key, schema, props, dprops, line, 0, &later, err);
	if (rc == RCP_OK && later)
		json_array_append_new(im->deferred,
		                      json_pack("{s:s, s:s, s:O, s:O, s:I}", "id", key, "schema", schema,
		                                "props", props, "doc", dprops, "line", (json_int_t)line));
	/* a contract serves one award */
	const char *k = first(props, "contract");
	if (k && !later)
		json_object_del(im->contracts, k);
	json_object_del(im->intervals, key);
	json_object_del(im->docs, key);
	return rc;
}

/* ---- the second pass ---- */

static int wanted(const char *line, size_t n)
{
	static const char *const marks[] = {
		RCP_FTM_CLAIM_PREFIX, "rcp-contract-", "rcp-doc-", "Document", "Article",
		"PlainText", "HyperText",
	};
	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
		if (find(line, n, marks[i], strlen(marks[i])))
			return 1;
	return 0;
}

static int is_interval(const char *schema)
{
	return !strcmp(schema, "ContractAward") || !strcmp(schema, "Ownership") ||
	       !strcmp(schema, "Payment") || !strcmp(schema, "UnknownLink");
}

static rcp_status one_line(importer *im, rcp_db *db, json_t *e, rcp_error *err)
{
	const char *schema = json_string_value(json_object_get(e, "schema"));
	const char *id = json_string_value(json_object_get(e, "id"));
	json_t *props = json_object_get(e, "properties");
	if (!schema || !id || !json_is_object(props))
		return RCP_OK; /* the first pass refused what it could not read */
	if (!strcmp(schema, "Document") || !strcmp(schema, "Article") ||
	    !strcmp(schema, "PlainText") || !strcmp(schema, "HyperText")) {
		im->rep->lines_used++;
		return source_line(im, db, id, schema, props, err);
	}
	if (!strcmp(schema, "Contract") && !strncmp(id, "rcp-contract-", 13)) {
		im->rep->lines_used++;
		json_object_set(im->contracts, id, props);
		return RCP_OK;
	}
	if (is_interval(schema) && !strncmp(id, RCP_FTM_CLAIM_PREFIX, strlen(RCP_FTM_CLAIM_PREFIX))) {
		im->rep->lines_used++;
		json_object_set_new(im->intervals, id,
		                    json_pack("{s:s, s:O, s:I}", "schema", schema, "props", props,
		                              "line", (json_int_t)im->lineno));
		return pair(im, db, id, err);
	}
	if (!strcmp(schema, "Documentation")) {
		const char *rec = first(props, "recordId");
		if (!rec || strncmp(rec, RCP_FTM_CLAIM_PREFIX, strlen(RCP_FTM_CLAIM_PREFIX)))
			return RCP_OK;
		im->rep->lines_used++;
		json_object_set_new(im->docs, rec,
		                    json_pack("{s:O, s:I}", "props", props, "line", (json_int_t)im->lineno));
		return pair(im, db, rec, err);
	}
	return RCP_OK;
}

static rcp_status second_pass(void *ctx, rcp_db *db, rcp_error *err)
{
	importer *im = ctx;
	if (fseek(im->f, 0, SEEK_SET) != 0)
		return rcp__error_set(err, RCP_EIO, "cannot read", im->path, "twice: %s",
		                      strerror(errno));
	rcp_status rc = RCP_OK;
	ssize_t n;
	im->lineno = 0;
	while (rc == RCP_OK && (n = getline(&im->line, &im->cap, im->f)) >= 0) {
		im->lineno++;
		if (!wanted(im->line, (size_t)n))
			continue;
		json_t *e = json_loadb(im->line, (size_t)n, JSON_REJECT_DUPLICATES, NULL);
		if (!json_is_object(e)) {
			json_decref(e);
			continue;
		}
		rc = one_line(im, db, e, err);
		json_decref(e);
	}
	if (rc == RCP_OK && ferror(im->f))
		rc = rcp__error_set(err, RCP_EIO, "cannot read", im->path, "%s", strerror(errno));
	/* claims whose source came after them */
	size_t i;
	json_t *d;
	json_array_foreach(im->deferred, i, d) {
		if (rc != RCP_OK)
			break;
		int later;
		rc = store_claim(im, db, json_string_value(json_object_get(d, "id")),
		                 json_string_value(json_object_get(d, "schema")),
		                 json_object_get(d, "props"), json_object_get(d, "doc"),
		                 json_integer_value(json_object_get(d, "line")), 1, &later, err);
	}
	/* halves without their other half: no claim */
	im->rep->claims_incomplete += (int64_t)json_object_size(im->intervals) +
	                              (int64_t)json_object_size(im->docs);
	return rc;
}

/* stdin is read twice through a copy */
static FILE *open_input(const char *path, rcp_error *err)
{
	if (strcmp(path, "-")) {
		FILE *f = fopen(path, "rb");
		if (!f)
			rcp__error_set(err, RCP_EIO, "cannot open", path, "%s", strerror(errno));
		return f;
	}
	FILE *f = tmpfile();
	if (!f) {
		rcp__error_set(err, RCP_EIO, "cannot copy", path, "%s", strerror(errno));
		return NULL;
	}
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, stdin)) > 0)
		if (fwrite(buf, 1, n, f) != n) {
			rcp__error_set(err, RCP_EIO, "cannot copy", path, "%s", strerror(errno));
			fclose(f);
			return NULL;
		}
	if (ferror(stdin) || fseek(f, 0, SEEK_SET) != 0) {
		rcp__error_set(err, RCP_EIO, "cannot read", path, "%s", strerror(errno));
		fclose(f);
		return NULL;
	}
	return f;
}

rcp_status rcp_ftm_import(rcp_db *db, const char *path, rcp_ftm_import_report *report,
                          rcp_error *err)
{
	rcp_ftm_import_report rep;
	memset(&rep, 0, sizeof rep);
	FILE *f = open_input(path, err);
	if (!f)
		return err ? err->code : RCP_EIO;
	importer im = {
		.f = f, .path = path, .rep = &rep,
		.sources = json_object(), .contracts = json_object(), .intervals = json_object(),
		.docs = json_object(), .deferred = json_array(),
	};
	rcp_status rc = rcp__registry_import_ftm(db, f, path, MAX_LINE, second_pass, &im,
	                                         &rep.registry, err);
	fclose(f);
	free(im.line);
	free(im.text);
	json_decref(im.sources);
	json_decref(im.contracts);
	json_decref(im.intervals);
	json_decref(im.docs);
	json_decref(im.deferred);
	if (rc == RCP_OK) {
		/* what the first pass skipped and the second read is not skipped */
		rep.registry.other -= rep.lines_used;
		if (rep.registry.other < 0)
			rep.registry.other = 0;
		if (report)
			*report = rep;
	}
	return rc;
}
