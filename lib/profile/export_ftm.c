/*
 * export_ftm.c — the database as FollowTheMoney entities (docs/formats.md
 * "FtM export" has the mapping table).
 *
 * Organizations become Company, PublicBody or Organization; a company
 * with a parent also gets a parent Ownership. Sources become Article or
 * Document with their sha256 as contentHash. Each claim becomes the FtM
 * interval its relation fits (ContractAward with its Contract, Ownership,
 * Payment, UnknownLink), and a Documentation links the claim's company to
 * its source with the verbatim quote. Ids are a prefix and the receipts
 * id (rcp-org-ID, rcp-src-SHA256, rcp-claim-N), so they stay the same
 * from one export to the next. Every property value is a list of strings
 * and every schema and property name is one of the FtM model's.
 *
 * Entities are handed to the caller one at a time, never gathered.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

typedef struct export_ctx {
	rcp_db *db;
	int flags;
	int (*fn)(json_t *entity, void *ctx);
	void *ctx;
	int stopped;
	rcp_error *err;
	rcp_status rc;
} export_ctx;

/* Append value (may be NULL or empty: nothing) to the list prop of props. */
static void add(json_t *props, const char *prop, const char *value)
{
	if (!value || !*value)
		return;
	json_t *list = json_object_get(props, prop);
	if (!list) {
		list = json_array();
		json_object_set_new(props, prop, list);
	}
	size_t i;
	json_t *x;
	json_array_foreach(list, i, x)
		if (!strcmp(json_string_value(x), value))
			return;
	json_array_append_new(list, json_string(value));
}

static json_t *entity(const char *id, const char *schema, json_t **props)
{
	*props = json_object();
	return json_pack("{s:s, s:s, s:o}", "id", id, "schema", schema, "properties", *props);
}

static int emit(export_ctx *x, json_t *e)
{
	if (!x->stopped && x->fn(e, x->ctx))
		x->stopped = 1;
	json_decref(e);
	return x->stopped;
}

/* ---- organizations ---- */

/* The FtM schema of a receipts entity kind. */
static const char *org_schema(const char *kind)
{
	if (!strcmp(kind, "company"))
		return "Company";
	if (!strcmp(kind, "other_org"))
		return "Organization";
	return "PublicBody"; /* public_body, military_unit, police, prison_service, agency */
}

static void org_id(const char *id, char out[160])
{
	snprintf(out, 160, RCP_FTM_ORG_PREFIX "%s", id);
}

static int export_org(json_t *e, void *ctx)
{
	export_ctx *x = ctx;
	const char *id = json_string_value(json_object_get(e, "id"));
	const char *kind = json_string_value(json_object_get(e, "kind"));
	const char *schema = org_schema(kind);
	int company = !strcmp(schema, "Company");
	char fid[160];
	org_id(id, fid);
	json_t *p;
	json_t *out = entity(fid, schema, &p);
	add(p, "name", json_string_value(json_object_get(e, "name")));
	/* the exact kind, which the schema alone does not tell */
	add(p, "classification", kind);
	size_t i;
	json_t *a;
	json_array_foreach(json_object_get(e, "aliases"), i, a)
		add(p, json_is_true(json_object_get(a, "ambiguous")) ? "weakAlias" : "alias",
		    json_string_value(json_object_get(a, "text")));
	const char *country = json_string_value(json_object_get(e, "country"));
	if (country) {
		char cc[3] = {(char)tolower((unsigned char)country[0]),
		              (char)tolower((unsigned char)country[1]), 0};
		add(p, "country", cc);
	}
	json_array_foreach(json_object_get(e, "identifiers"), i, a) {
		const char *scheme = json_string_value(json_object_get(a, "scheme"));
		const char *value = json_string_value(json_object_get(a, "value"));
		if (!strcmp(scheme, "lei"))
			add(p, "leiCode", value);
		else if (!strcmp(scheme, "wikidata"))
			add(p, "wikidataId", value);
		else if (!strcmp(scheme, "registration"))
			add(p, "registrationNumber", value);
		else if (company && !strcmp(scheme, "isin"))
			add(p, "isinCode", value);
		else if (company && !strcmp(scheme, "ticker"))
			add(p, "ticker", value);
		else if (strcmp(scheme, "ticker") && strcmp(scheme, "opensanctions"))
			add(p, "idNumber", value); /* CUSIP, FIGI, SEDOL; a public body's ISIN */
	}
	json_array_foreach(json_object_get(e, "categories"), i, a)
		add(p, "sector", json_string_value(a));
	json_array_foreach(json_object_get(e, "lists"), i, a)
		add(p, "program", json_string_value(a));
	add(p, "summary", json_string_value(json_object_get(e, "summary")));
	add(p, "sourceUrl", json_string_value(json_object_get(e, "source")));
	const char *parent = json_string_value(json_object_get(e, "parent"));
	char fparent[160];
	if (parent) {
		org_id(parent, fparent);
		add(p, "parent", fparent);
	}
	if (emit(x, out))
		return 1;
	if (parent && company) {
		/* a company is an Asset: its parent owns it */
		char oid[200];
		snprintf(oid, sizeof oid, "rcp-parent-%s", id);
		json_t *own = entity(oid, "Ownership", &p);
		add(p, "owner", fparent);
		add(p, "asset", fid);
		add(p, "role", "parent");
		if (emit(x, own))
			return 1;
	}
	return 0;
}

/* ---- sources ---- */

static const char *lang3(const char *lang)
{
	static const char *const map[][2] = {
		{"en", "eng"}, {"fr", "fra"}, {"es", "spa"}, {"de", "deu"}, {"it", "ita"},
		{"pt", "por"}, {"nl", "nld"}, {"ar", "ara"}, {"he", "heb"}, {"ru", "rus"},
	};
	for (size_t i = 0; lang && i < sizeof map / sizeof map[0]; i++)
		if (!strcmp(lang, map[i][0]))
			return map[i][1];
	return NULL;
}

static const char *mime(const char *format)
{
	static const char *const map[][2] = {
		{"text", "text/plain"}, {"markdown", "text/markdown"}, {"html", "text/html"},
		{"pdf", "application/pdf"}, {"csv", "text/csv"},
	};
	for (size_t i = 0; format && i < sizeof map / sizeof map[0]; i++)
		if (!strcmp(format, map[i][0]))
			return map[i][1];
	return NULL;
}

static void src_id(const char *sha256, char out[80])
{
	snprintf(out, 80, "rcp-src-%s", sha256);
}

static int source_cited(rcp_db *db, int64_t id)
{
	static const char q[] =
		"SELECT 1 FROM claim WHERE source = ? AND status = 'accepted' LIMIT 1";
	sqlite3_stmt *st;
	if (rcp__db_stmt(db, q, &st, NULL) != RCP_OK)
		return 0;
	sqlite3_bind_int64(st, 1, id);
	int r = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	return r;
}

static int copy_text(const rcp_source *s, void *ctx)
{
	*(json_t **)ctx = json_stringn(s->text ? s->text : "", s->text ? (size_t)s->text_len : 0);
	return 0;
}

/* The source's original bytes as a JSON string (returned owned), or NULL
 * when they are not UTF-8 text (a PDF, Windows-1252): JSON carries text. */
static json_t *source_body(export_ctx *x, const rcp_source *s)
{
	uint8_t *bytes = NULL;
	size_t len = 0;
	json_t *body = NULL;
	if (s->format && !strcmp(s->format, "pdf"))
		return NULL;
	if (rcp_source_original(x->db, s->id, &bytes, &len, NULL) != RCP_OK)
		return NULL;
	if (len && !memchr(bytes, '\0', len) && rcp__utf8_valid((const char *)bytes, len))
		body = json_stringn((const char *)bytes, len);
	free(bytes);
	return body;
}

static int export_source(const rcp_source *s, void *ctx)
{
	export_ctx *x = ctx;
	/* what is public is what an accepted claim cites */
	if ((x->flags & RCP_EXPORT_ACCEPTED) && !source_cited(x->db, s->id))
		return 0;
	char fid[80];
	src_id(s->sha256, fid);
	json_t *p;
	const char *schema = s->kind && !strcmp(s->kind, "article") ? "Article" : "Document";
	/* the receipt itself: the bytes the sha256 is of, in the FtM schemas
	 * that hold a text (Article and Document have none) */
	json_t *body = x->flags & RCP_EXPORT_TEXT ? source_body(x, s) : NULL;
	int html = body && s->format && !strcmp(s->format, "html");
	if (body)
		schema = html ? "HyperText" : "PlainText";
	json_t *out = entity(fid, schema, &p);
	if (body) {
		json_object_set_new(p, html ? "bodyHtml" : "bodyText", json_pack("[o]", body));
		if (html) {
			/* the text as read, which the quotes are verbatim in */
			json_t *text = NULL;
			if (rcp_source_get(x->db, s->sha256, copy_text, &text, NULL) == RCP_OK && text &&
			    json_string_length(text))
				json_object_set_new(p, "bodyText", json_pack("[o]", text));
			else
				json_decref(text);
		}
		/* the kind, which PlainText and HyperText do not tell */
		add(p, "keywords", s->kind);
	}
	add(p, "name", s->title ? s->title : s->filename ? s->filename : s->sha256);
	add(p, "title", s->title);
	add(p, "contentHash", s->sha256);
	add(p, "publisher", s->publisher);
	add(p, "sourceUrl", s->url);
	add(p, "publishedAt", s->published);
	add(p, "language", lang3(s->lang));
	add(p, "fileName", s->filename);
	add(p, "mimeType", mime(s->format));
	char size[32];
	snprintf(size, sizeof size, "%lld", (long long)s->size);
	add(p, "fileSize", size);
	return emit(x, out);
}

/* ---- claims ---- */

static const char *entity_kind(rcp_db *db, const char *id, char out[32])
{
	static const char q[] = "SELECT kind FROM entity WHERE id = ?";
	sqlite3_stmt *st;
	out[0] = '\0';
	if (!id || rcp__db_stmt(db, q, &st, NULL) != RCP_OK)
		return NULL;
	rcp__bind_text(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW)
		snprintf(out, 32, "%s", rcp__col_text(st, 0));
	sqlite3_reset(st);
	return out[0] ? out : NULL;
}

/* Properties every claim interval carries. */
static void claim_common(json_t *p, const rcp_claim *c, int interest)
{
	char date[16] = "";
	if (c->date)
		snprintf(date, sizeof date, "%s", c->date);
	else if (c->year)
		snprintf(date, sizeof date, "%04d", c->year);
	add(p, "date", date);
	char summary[1024];
	snprintf(summary, sizeof summary, "%s%s %s %s%s%s%s", strcmp(c->status, "candidate") ? ""
	         : "[candidate] ", c->company_name ? c->company_name : c->company, c->relation,
	         c->counterparty_name ? c->counterparty_name : c->counterparty ? c->counterparty
	         : "(unnamed)", c->category ? " (" : "", c->category ? c->category : "",
	         c->category ? ")" : "");
	add(p, "summary", summary);
	if (interest)
		add(p, "status", c->status);
}

static void claim_amount(json_t *p, const rcp_claim *c, const char *amount_prop,
                         const char *currency_prop)
{
	if (!c->has_amount || !c->currency)
		return;
	char amount[64];
	rcp_amount_format(c->amount, c->currency, amount, sizeof amount);
	add(p, amount_prop, amount);
	add(p, currency_prop, c->currency);
}

static int export_claim(const rcp_claim *c, void *ctx)
{
	export_ctx *x = ctx;
	/* a rejected claim is a judgement that it is wrong: never exported */
	if (!strcmp(c->status, "rejected"))
		return 0;
	if ((x->flags & RCP_EXPORT_ACCEPTED) && strcmp(c->status, "accepted"))
		return 0;
	/* a company not linked to an entity (a candidate in the source's
	 * words) has no organization to point at until an editor links it */
	if (!c->company)
		return 0;
	char cid[64], company[160], counterparty[160], kind[32];
	snprintf(cid, sizeof cid, "rcp-claim-%lld", (long long)c->id);
	org_id(c->company, company);
	if (c->counterparty)
		org_id(c->counterparty, counterparty);
	const char *cp = c->counterparty ? counterparty : NULL;
	const char *rel = c->relation;
	json_t *p, *out;
	if (!strcmp(rel, "supplies") || !strcmp(rel, "contract")) {
		/* the company supplies the counterparty: the award of a contract
		 * whose authority (the buyer) is the counterparty */
		char kid[80];
		snprintf(kid, sizeof kid, "rcp-contract-%lld", (long long)c->id);
		json_t *k = entity(kid, "Contract", &p);
		char name[600];
		snprintf(name, sizeof name, "%s: %s %s %s", cid,
		         c->company_name ? c->company_name : c->company, rel,
		         c->counterparty_name ? c->counterparty_name : "(unnamed)");
		add(p, "name", name);
		add(p, "title", name);
		add(p, "authority", cp);
		claim_amount(p, c, "amount", "currency");
		if (emit(x, k))
			return 1;
		out = entity(cid, "ContractAward", &p);
		add(p, "supplier", company);
		add(p, "contract", kid);
		add(p, "role", rel);
		claim_amount(p, c, "amount", "currency");
		claim_common(p, c, 1);
	} else if ((!strcmp(rel, "owns") || !strcmp(rel, "acquired")) && cp &&
	           entity_kind(x->db, c->counterparty, kind) && !strcmp(kind, "company")) {
		/* only a Company is an Asset that can be owned */
		out = entity(cid, "Ownership", &p);
		add(p, "owner", company);
		add(p, "asset", cp);
		add(p, "role", rel);
		claim_amount(p, c, "sharesValue", "sharesCurrency");
		claim_common(p, c, 1);
	} else if (!strcmp(rel, "invested")) {
		out = entity(cid, "Payment", &p);
		add(p, "payer", company);
		add(p, "beneficiary", cp);
		add(p, "purpose", "investment");
		claim_amount(p, c, "amount", "currency");
		claim_common(p, c, 0);
	} else {
		/* divested, partnered, restricted; owns and acquired of a body
		 * that is not a company */
		out = entity(cid, "UnknownLink", &p);
		add(p, "subject", company);
		add(p, "object", cp);
		add(p, "role", rel);
		claim_common(p, c, 1);
	}
	if (emit(x, out))
		return 1;

	/* the receipt: the source and the verbatim quote */
	char did[64], sid[80];
	snprintf(did, sizeof did, "rcp-doc-%lld", (long long)c->id);
	src_id(c->source_sha256, sid);
	json_t *d = entity(did, "Documentation", &p);
	add(p, "document", sid);
	add(p, "entity", company);
	add(p, "role", "evidence");
	add(p, "summary", c->evidence);
	add(p, "recordId", cid);
	add(p, "status", c->status);
	return emit(x, d);
}

rcp_status rcp_export_ftm(rcp_db *db, int flags, int (*fn)(json_t *entity, void *ctx), void *ctx,
                          rcp_error *err)
{
	export_ctx x = {db, flags, fn, ctx, 0, err, RCP_OK};
	rcp_status rc = rcp_entity_each(db, NULL, export_org, &x, err);
	if (rc == RCP_OK && !x.stopped)
		rc = rcp_source_each(db, NULL, export_source, &x, err);
	if (rc == RCP_OK && !x.stopped)
		rc = rcp_claim_each(db, NULL, export_claim, &x, err);
	return rc;
}
