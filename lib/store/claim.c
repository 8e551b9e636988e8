/*
 * claim.c — claims and their review.
 *
 * A claim is only ever stored with its receipt: a source and a byte span
 * whose bytes are the claim's evidence. Adding checks the span against the
 * source text; an edit that moves the span takes the new evidence from the
 * source, so no text that is not in a source is ever written. Every
 * transition is one transaction with its audit entry.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

static const char *const relations[] = {
	"supplies", "contract", "acquired", "invested", "divested", "partnered", "owns",
	"restricted", NULL,
};
static const char *const statuses[] = {"candidate", "accepted", "rejected", NULL};

int rcp_currency_decimals(const char *c)
{
	return rcp_currency_exponent(c); /* base/amount.c: ISO 4217's table */
}

static int currency_valid(const char *c)
{
	return c && strlen(c) == 3 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z' &&
	       c[2] >= 'A' && c[2] <= 'Z';
}

int rcp__entity_exists(rcp_db *db, const char *id)
{
	static const char q[] = "SELECT 1 FROM entity WHERE id = ?";
	sqlite3_stmt *st;
	if (rcp__db_stmt(db, q, &st, NULL) != RCP_OK)
		return 0;
	rcp__bind_text(st, 1, id);
	int ok = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	return ok;
}

/* The span is read through SQLite's incremental blob I/O: only the pages
 * it lies on (and the text's length from the record), not the whole text
 * per claim, which made storing the thousands of claims of one large
 * document quadratic in its size. */
rcp_status rcp__source_span(rcp_db *db, int64_t source, int64_t start, int64_t end, char **out,
                            rcp_error *err)
{
	char ref[32];
	snprintf(ref, sizeof ref, "%lld", (long long)source);
	sqlite3_blob *b = NULL;
	int r = sqlite3_blob_open(db->sql, "main", "source", "text", source, 0, &b);
	if (r != SQLITE_OK) {
		sqlite3_blob_close(b);
		/* SQLITE_ERROR is "no such rowid"; anything else the database's */
		if ((r & 0xff) == SQLITE_ERROR)
			return rcp__error_set(err, RCP_ENOTFOUND, "no such source", ref, NULL);
		return rcp__error_db(err, db->sql, "cannot read the source");
	}
	int64_t len = sqlite3_blob_bytes(b);
	if (start < 0 || end <= start || end > len) {
		sqlite3_blob_close(b);
		return rcp__error_set(err, RCP_EINVAL, "span outside its source", ref,
		                      "bytes %lld-%lld, text has %lld", (long long)start,
		                      (long long)end, (long long)len);
	}
	/* the span and the byte after it, to see that it ends between characters */
	int n = (int)(end - start), more = end < len;
	char *buf = rcp__xmalloc((size_t)n + 1 + (size_t)more);
	if (sqlite3_blob_read(b, buf, n + more, (int)start) != SQLITE_OK) {
		free(buf);
		sqlite3_blob_close(b);
		return rcp__error_db(err, db->sql, "cannot read the source");
	}
	sqlite3_blob_close(b);
	/* a span starts and ends on character boundaries: no UTF-8 continuation
	 * byte at its first byte or just after its end */
	if (((unsigned char)buf[0] & 0xC0) == 0x80 || (more && ((unsigned char)buf[n] & 0xC0) == 0x80)) {
		free(buf);
		return rcp__error_set(err, RCP_EINVAL, "span cuts a character", ref,
		                      "bytes %lld-%lld do not start and end between characters",
		                      (long long)start, (long long)end);
	}
	buf[n] = '\0';
	*out = buf;
	return RCP_OK;
}

/* The same span checked against the source's text in memory (borrowed). */
static rcp_status text_span(const char *text, size_t len, int64_t source, int64_t start,
                            int64_t end, char **out, rcp_error *err)
{
	char ref[32];
	snprintf(ref, sizeof ref, "%lld", (long long)source);
	if (start < 0 || end <= start || (uint64_t)end > len)
		return rcp__error_set(err, RCP_EINVAL, "span outside its source", ref,
		                      "bytes %lld-%lld, text has %zu", (long long)start,
		                      (long long)end, len);
	if (((unsigned char)text[start] & 0xC0) == 0x80 ||
	    ((size_t)end < len && ((unsigned char)text[end] & 0xC0) == 0x80))
		return rcp__error_set(err, RCP_EINVAL, "span cuts a character", ref,
		                      "bytes %lld-%lld do not start and end between characters",
		                      (long long)start, (long long)end);
	*out = rcp__xstrndup(text + start, (size_t)(end - start));
	return RCP_OK;
}

/* An unlinked company (no entity) is named by the source's words, as an
 * unlinked counterparty is. SRC is the source's sha256 and title: read
 * only where they are shown, as they lie after the source's whole text
 * in its row (reading them walks every page of it). */
#define CLAIM_COLS_SRC(SRC)                                                                \
	"c.id, c.company, coalesce(ce.name, c.company_text), c.relation, c.counterparty,"  \
	" coalesce(pe.name, c.counterparty_text), c.category,"                             \
	" c.amount, c.currency, c.date, c.year, c.source, " SRC ", c.start,"               \
	" c.end, c.evidence, c.status, c.confidence, c.reviewer, c.created_at, c.updated_at"
#define CLAIM_COLS CLAIM_COLS_SRC("s.sha256, s.title")
#define CLAIM_FROM_ENTITIES                                                                \
	" FROM claim c LEFT JOIN entity ce ON ce.id = c.company"                           \
	" LEFT JOIN entity pe ON pe.id = c.counterparty"
#define CLAIM_FROM CLAIM_FROM_ENTITIES " JOIN source s ON s.id = c.source"

static void row_to_claim(sqlite3_stmt *st, rcp_claim *c)
{
	memset(c, 0, sizeof *c);
	c->id = sqlite3_column_int64(st, 0);
	c->company = rcp__col_text(st, 1);
	c->company_name = rcp__col_text(st, 2);
	c->relation = rcp__col_text(st, 3);
	c->counterparty = rcp__col_text(st, 4);
	c->counterparty_name = rcp__col_text(st, 5);
	c->category = rcp__col_text(st, 6);
	c->has_amount = sqlite3_column_type(st, 7) != SQLITE_NULL;
	c->amount = sqlite3_column_int64(st, 7);
	c->currency = rcp__col_text(st, 8);
	c->date = rcp__col_text(st, 9);
	c->year = sqlite3_column_int(st, 10);
	c->source = sqlite3_column_int64(st, 11);
	c->source_sha256 = rcp__col_text(st, 12);
	c->source_title = rcp__col_text(st, 13);
	c->start = sqlite3_column_int64(st, 14);
	c->end = sqlite3_column_int64(st, 15);
	c->evidence = rcp__col_text(st, 16);
	c->status = rcp__col_text(st, 17);
	c->confidence = sqlite3_column_double(st, 18);
	c->reviewer = rcp__col_text(st, 19);
	c->created_at = rcp__col_text(st, 20);
	c->updated_at = rcp__col_text(st, 21);
}

json_t *rcp__claim_json(const rcp_claim *c)
{
	json_t *o = json_object();
	json_object_set_new(o, "id", json_integer(c->id));
	json_object_set_new(o, "company", rcp_json_nullable(c->company));
	json_object_set_new(o, "relation", rcp_json_nullable(c->relation));
	json_object_set_new(o, "counterparty", rcp_json_nullable(c->counterparty));
	json_object_set_new(o, "category", rcp_json_nullable(c->category));
	json_object_set_new(o, "amount", c->has_amount ? json_integer(c->amount) : json_null());
	json_object_set_new(o, "currency", rcp_json_nullable(c->currency));
	json_object_set_new(o, "date", rcp_json_nullable(c->date));
	json_object_set_new(o, "year", c->year ? json_integer(c->year) : json_null());
	json_object_set_new(o, "source", json_integer(c->source));
	json_object_set_new(o, "start", json_integer(c->start));
	json_object_set_new(o, "end", json_integer(c->end));
	json_object_set_new(o, "evidence", rcp_json_nullable(c->evidence));
	json_object_set_new(o, "status", rcp_json_nullable(c->status));
	json_object_set_new(o, "confidence", json_real(c->confidence));
	/* who reviewed it: recorded since the audit replay of verify.c */
	json_object_set_new(o, "reviewer", rcp_json_nullable(c->reviewer));
	return o;
}

json_t *rcp__claim_json_by_id(rcp_db *db, int64_t id)
{
	/* the audit's shape has no source sha256 or title */
	static const char q[] = "SELECT " CLAIM_COLS_SRC("NULL, NULL")
	                        ", c.counterparty_text, c.company_text" CLAIM_FROM_ENTITIES
	                        " WHERE c.id = ?";
	sqlite3_stmt *st;
	if (rcp__db_stmt(db, q, &st, NULL) != RCP_OK)
		return NULL;
	sqlite3_bind_int64(st, 1, id);
	json_t *o = NULL;
	if (sqlite3_step(st) == SQLITE_ROW) {
		rcp_claim c;
		row_to_claim(st, &c);
		o = rcp__claim_json(&c);
		json_object_set_new(o, "counterparty_text", rcp_json_nullable(rcp__col_text(st, 22)));
		/* only where there is some: the records of claims from before
		 * migration 13 have no such key, and need none */
		if (!c.company)
			json_object_set_new(o, "company_text", rcp_json_nullable(rcp__col_text(st, 23)));
	}
	sqlite3_reset(st);
	return o;
}

/* Why a claim whose company is not linked cannot be accepted. */
static rcp_status unlinked_error(rcp_error *err, const char *words)
{
	return rcp__error_set(err, RCP_EINVAL, "company not linked", words ? words : "",
	                      "an unlinked company is the source's words, not an entity: link it"
	                      " (claims edit ID --company ID|NAME) or add it (--add-company)"
	                      " before accepting");
}

static rcp_status validate(rcp_db *db, const rcp_claim *c, rcp_error *err)
{
	if (c->company && !rcp__entity_exists(db, c->company))
		return rcp__error_set(err, RCP_ENOTFOUND, "no such entity", c->company,
		                      "a claim's company is a registry entity, or the source's words");
	if (!c->company && (!c->company_name || !*c->company_name))
		return rcp__error_set(err, RCP_EINVAL, "invalid claim", NULL,
		                      "a claim needs a company: a registry entity, or the source's"
		                      " words for one");
	if (!c->company && c->status && !strcmp(c->status, "accepted"))
		return unlinked_error(err, c->company_name);
	if (c->counterparty && !rcp__entity_exists(db, c->counterparty))
		return rcp__error_set(err, RCP_ENOTFOUND, "no such entity", c->counterparty, NULL);
	if (c->counterparty && c->company && !strcmp(c->counterparty, c->company))
		return rcp__error_set(err, RCP_EINVAL, "invalid claim", c->company,
		                      "company and counterparty are the same");
	if (!rcp__in_list(c->relation, relations))
		return rcp__error_set(err, RCP_EINVAL, "invalid relation",
		                      c->relation ? c->relation : "",
		                      "use supplies, contract, acquired, invested, divested,"
		                      " partnered, owns or restricted");
	if (c->category && !rcp_category_parse(c->category))
		return rcp__error_set(err, RCP_EINVAL, "invalid category", c->category,
		                      "use military, occupation, borders, prisons, policing or"
		                      " surveillance");
	if (c->status && !rcp__in_list(c->status, statuses))
		return rcp__error_set(err, RCP_EINVAL, "invalid status", c->status,
		                      "use candidate, accepted or rejected");
	if (c->has_amount && (!currency_valid(c->currency) || c->amount < 0))
		return rcp__error_set(err, RCP_EINVAL, "invalid amount", c->currency ? c->currency : "",
		                      "an amount needs a non-negative value and an ISO 4217 currency");
	if (c->date && !rcp_date_valid(c->date))
		return rcp__error_set(err, RCP_EINVAL, "invalid date", c->date,
		                      "use YYYY, YYYY-MM or YYYY-MM-DD");
	if (c->year && (c->year < 1800 || c->year > 2200)) {
		char y[16];
		snprintf(y, sizeof y, "%d", c->year);
		return rcp__error_set(err, RCP_EINVAL, "invalid year", y, NULL);
	}
	if (c->confidence < 0 || c->confidence > 1)
		return rcp__error_set(err, RCP_EINVAL, "invalid confidence", NULL, "must be 0 to 1");
	return RCP_OK;
}

/* A company or counterparty given as words (what, for messages) must be
 * the source's own words: one line, at most 200 bytes, found verbatim in
 * the source's text. Mostly they are in the claim's quote (may be NULL),
 * which spares a search of the whole text; text (may be NULL) is the
 * source's text when the caller holds it. */
static rcp_status source_words(rcp_db *db, int64_t source, const char *quote, const char *text,
                               size_t len, const char *words, const char *what, rcp_error *err)
{
	size_t n = strlen(words);
	if (n == 0 || n > 200 || strpbrk(words, "\n\r"))
		return rcp__error_set(err, RCP_EINVAL, "invalid claim", words,
		                      "the source's words for its %s: one line, at most 200 bytes",
		                      what);
	if (quote && strstr(quote, words))
		return RCP_OK;
	if (text) {
		/* the text in memory: searched there, not read back from the store */
		for (const char *p = text, *last = text + len - n + 1; n <= len &&
		     (p = memchr(p, words[0], (size_t)(last - p))) != NULL; p++)
			if (!memcmp(p, words, n))
				return RCP_OK;
		return rcp__error_set(err, RCP_ENOTFOUND, "not in the source", words,
		                      "a %s outside the registry is written in the source's own words",
		                      what);
	}
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_stmt(db, "SELECT instr(text, ?2) FROM source WHERE id = ?1", &st, err);
	if (rc != RCP_OK)
		return rc;
	sqlite3_bind_int64(st, 1, source);
	rcp__bind_text(st, 2, words);
	int found = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int64(st, 0) > 0;
	sqlite3_reset(st);
	if (!found)
		return rcp__error_set(err, RCP_ENOTFOUND, "not in the source", words,
		                      "a %s outside the registry is written in the source's own words",
		                      what);
	return RCP_OK;
}

rcp_status rcp__claim_insert(rcp_db *db, const rcp_claim *c, const char *text, size_t len,
                             int64_t *id, rcp_error *err)
{
	rcp_status rc = validate(db, c, err);
	if (rc != RCP_OK)
		return rc;
	char *quote = NULL;
	if ((rc = text ? text_span(text, len, c->source, c->start, c->end, &quote, err)
	              : rcp__source_span(db, c->source, c->start, c->end, &quote, err)) != RCP_OK)
		return rc;
	/* a company outside the registry: the source's words, like any receipt */
	if (!c->company &&
	    (rc = source_words(db, c->source, quote, text, len, c->company_name, "company", err)) !=
	    RCP_OK) {
		free(quote);
		return rc;
	}
	if (c->evidence && strcmp(c->evidence, quote)) {
		free(quote);
		return rcp__error_set(err, RCP_EINVAL, "evidence is not in its source", NULL,
		                      "bytes %lld-%lld of source %lld differ from the quote",
		                      (long long)c->start, (long long)c->end, (long long)c->source);
	}
	static const char q[] =
		"INSERT INTO claim(company, relation, counterparty, category, amount, currency, date,"
		" year, source, start, end, evidence, status, confidence, reviewer, created_at,"
		" updated_at, counterparty_text, company_text, id)"
		" VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?16,?17,?18,?19)";
	sqlite3_stmt *st;
	if ((rc = rcp__db_stmt(db, q, &st, err)) != RCP_OK) {
		free(quote);
		return rc;
	}
	char now[21];
	rcp_now_iso(now);
	rcp__bind_text(st, 1, c->company);
	rcp__bind_text(st, 2, c->relation);
	rcp__bind_text(st, 3, c->counterparty);
	rcp__bind_text(st, 4, c->category);
	if (c->has_amount) {
		sqlite3_bind_int64(st, 5, c->amount);
		rcp__bind_text(st, 6, c->currency);
	}
	rcp__bind_text(st, 7, c->date);
	if (c->year)
		sqlite3_bind_int(st, 8, c->year);
	sqlite3_bind_int64(st, 9, c->source);
	sqlite3_bind_int64(st, 10, c->start);
	sqlite3_bind_int64(st, 11, c->end);
	rcp__bind_text(st, 12, quote);
	if (!c->counterparty)
		rcp__bind_text(st, 17, c->counterparty_name);
	if (!c->company)
		rcp__bind_text(st, 18, c->company_name);
	rcp__bind_text(st, 13, c->status ? c->status : "candidate");
	sqlite3_bind_double(st, 14, c->confidence);
	if (c->status && strcmp(c->status, "candidate"))
		rcp__bind_text(st, 15, db->actor);
	rcp__bind_text(st, 16, now);
	/* an import keeping the ids of its export (lib/ingest/ftm_import.c);
	 * unbound, SQLite picks the next */
	if (c->id > 0)
		sqlite3_bind_int64(st, 19, c->id);
	int r = sqlite3_step(st);
	sqlite3_reset(st);
	free(quote);
	if (r != SQLITE_DONE)
		return rcp__error_db(err, db->sql, "cannot store claim");
	int64_t newid = sqlite3_last_insert_rowid(db->sql);
	/* the audit records what was stored: a claim that cannot be read
	 * back (out of memory) is not stored without its record */
	json_t *after = rcp__claim_json_by_id(db, newid);
	if (!after)
		return rcp__error_db(err, db->sql, "cannot read back the claim");
	char object[40];
	snprintf(object, sizeof object, "claim/%lld", (long long)newid);
	json_t *payload = json_pack("{s:o}", "after", after);
	rc = rcp__audit_append(db, "claim.add", object, payload, err);
	json_decref(payload);
	if (rc == RCP_OK && id)
		*id = newid;
	return rc;
}

rcp_status rcp_claim_add(rcp_db *db, const rcp_claim *c, int64_t *id, rcp_error *err)
{
	rcp_status rc = rcp__db_begin(db, err);
	if (rc != RCP_OK)
		return rc;
	if ((rc = rcp__claim_insert(db, c, NULL, 0, id, err)) != RCP_OK) {
		rcp__db_rollback(db);
		return rc;
	}
	return rcp__db_commit(db, err);
}

/* The WHERE clause of rcp_claim_each and rcp_claim_count, and its binding:
 * one place, so a count always counts what a listing lists. */
#define CLAIM_WHERE                                                                        \
	" WHERE (?1 IS NULL OR c.company = ?1)"                                            \
	" AND (?2 IS NULL OR c.status = ?2)"                                               \
	" AND (?3 IS NULL OR c.category = ?3)"                                             \
	" AND (?4 IS NULL OR c.relation = ?4)"                                             \
	" AND (?5 = 0 OR c.source = ?5)"                                                   \
	" AND (?6 = 0 OR c.year = ?6)"                                                     \
	" AND (?7 IS NULL OR c.counterparty = ?7)"                                         \
	" AND (?10 IS NULL OR s.lang = ?10)"                                               \
	" AND (?11 IS NULL OR c.confidence >= ?11)"                                        \
	" AND (?12 = 0 OR c.company IS NULL)"

static void bind_filter(sqlite3_stmt *st, const rcp_claim_filter *f)
{
	rcp__bind_text(st, 1, f->company);
	rcp__bind_text(st, 2, f->status);
	rcp__bind_text(st, 3, f->category);
	rcp__bind_text(st, 4, f->relation);
	sqlite3_bind_int64(st, 5, f->source);
	sqlite3_bind_int(st, 6, f->year);
	rcp__bind_text(st, 7, f->counterparty);
	rcp__bind_text(st, 10, f->lang);
	if (f->min_confidence > 0)
		sqlite3_bind_double(st, 11, f->min_confidence);
	else
		sqlite3_bind_null(st, 11);
	sqlite3_bind_int(st, 12, f->unlinked ? 1 : 0);
}

rcp_status rcp_claim_each(rcp_db *db, const rcp_claim_filter *f,
                          int (*fn)(const rcp_claim *c, void *ctx), void *ctx,
                          rcp_error *err)
{
	static const rcp_claim_filter none;
	if (!f)
		f = &none;
	static const char q[] =
		"SELECT " CLAIM_COLS CLAIM_FROM CLAIM_WHERE " ORDER BY c.id LIMIT ?8 OFFSET ?9";
	sqlite3_stmt *st;
	int owned;
	rcp_status rc = rcp__db_stmt_reentrant(db, q, &st, &owned, err);
	if (rc != RCP_OK)
		return rc;
	bind_filter(st, f);
	sqlite3_bind_int64(st, 8, f->limit > 0 ? f->limit : -1);
	sqlite3_bind_int64(st, 9, f->offset > 0 ? f->offset : 0);
	int r;
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		rcp_claim c;
		row_to_claim(st, &c);
		if (fn(&c, ctx))
			break;
	}
	if (r != SQLITE_ROW && r != SQLITE_DONE)
		rc = rcp__error_db(err, db->sql, "cannot list claims");
	rcp__db_stmt_done(st, owned);
	return rc;
}

rcp_status rcp_claim_count(rcp_db *db, const rcp_claim_filter *f, int64_t *n, rcp_error *err)
{
	static const rcp_claim_filter none;
	if (!f)
		f = &none;
	static const char q[] =
		"SELECT count(*) FROM claim c JOIN source s ON s.id = c.source" CLAIM_WHERE;
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_stmt(db, q, &st, err);
	if (rc != RCP_OK)
		return rc;
	bind_filter(st, f);
	*n = 0;
	if (sqlite3_step(st) == SQLITE_ROW)
		*n = sqlite3_column_int64(st, 0);
	else
		rc = rcp__error_db(err, db->sql, "cannot count claims");
	sqlite3_reset(st);
	return rc;
}

rcp_status rcp_claim_get(rcp_db *db, int64_t id,
                         int (*fn)(const rcp_claim *c, void *ctx), void *ctx,
                         rcp_error *err)
{
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_prepare(db, "SELECT " CLAIM_COLS CLAIM_FROM " WHERE c.id = ?", &st, err);
	if (rc != RCP_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		rcp_claim c;
		row_to_claim(st, &c);
		fn(&c, ctx);
	} else {
		char ref[32];
		snprintf(ref, sizeof ref, "%lld", (long long)id);
		rc = rcp__error_set(err, RCP_ENOTFOUND, "no such claim", ref, NULL);
	}
	sqlite3_finalize(st);
	return rc;
}

rcp_status rcp_claim_counts(rcp_db *db, const char *company, int64_t counts[3], rcp_error *err)
{
	static const char q[] =
		"SELECT status, count(*) FROM claim WHERE ?1 IS NULL OR company = ?1 GROUP BY status";
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_stmt(db, q, &st, err);
	if (rc != RCP_OK)
		return rc;
	rcp__bind_text(st, 1, company);
	counts[0] = counts[1] = counts[2] = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *s = rcp__col_text(st, 0);
		for (int i = 0; i < 3; i++)
			if (s && !strcmp(s, statuses[i]))
				counts[i] = sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	return RCP_OK;
}

static rcp_status not_found(rcp_error *err, int64_t id)
{
	char ref[32];
	snprintf(ref, sizeof ref, "%lld", (long long)id);
	return rcp__error_set(err, RCP_ENOTFOUND, "no such claim", ref, NULL);
}

/* Run an UPDATE on claim id inside a transaction with its audit entry. */
static rcp_status audited_change(rcp_db *db, int64_t id, const char *action, json_t *before,
                                 rcp_error *err)
{
	json_t *after = rcp__claim_json_by_id(db, id);
	if (!after)
		return rcp__error_db(err, db->sql, "cannot read back the claim");
	json_t *payload = json_pack("{s:O, s:o}", "before", before, "after", after);
	char object[40];
	snprintf(object, sizeof object, "claim/%lld", (long long)id);
	rcp_status rc = rcp__audit_append(db, action, object, payload, err);
	json_decref(payload);
	return rc;
}

rcp_status rcp_claim_review(rcp_db *db, int64_t id, const char *status, rcp_error *err)
{
	if (!rcp__in_list(status, statuses))
		return rcp__error_set(err, RCP_EINVAL, "invalid status", status ? status : "",
		                      "use accepted, rejected or candidate");
	rcp_status rc = rcp__db_begin(db, err);
	if (rc != RCP_OK)
		return rc;
	json_t *before = rcp__claim_json_by_id(db, id);
	if (!before) {
		rcp__db_rollback(db);
		return not_found(err, id);
	}
	if (!strcmp(json_string_value(json_object_get(before, "status")), status)) {
		json_decref(before); /* nothing changes: nothing to audit */
		rcp__db_rollback(db);
		return RCP_OK;
	}
	if (!strcmp(status, "accepted") && json_is_null(json_object_get(before, "company"))) {
		rc = unlinked_error(err, json_string_value(json_object_get(before, "company_text")));
		json_decref(before);
		rcp__db_rollback(db);
		return rc;
	}
	static const char q[] = "UPDATE claim SET status = ?2, reviewer = ?3, updated_at = ?4 WHERE id = ?1";
	sqlite3_stmt *st;
	char now[21];
	rcp_now_iso(now);
	if ((rc = rcp__db_stmt(db, q, &st, err)) == RCP_OK) {
		sqlite3_bind_int64(st, 1, id);
		rcp__bind_text(st, 2, status);
		rcp__bind_text(st, 3, strcmp(status, "candidate") ? db->actor : NULL);
		rcp__bind_text(st, 4, now);
		rc = rcp__db_step_done(db, st, "cannot update claim", err);
	}
	const char *action = !strcmp(status, "accepted") ? "claim.accept"
	                     : !strcmp(status, "rejected") ? "claim.reject" : "claim.reopen";
	if (rc == RCP_OK)
		rc = audited_change(db, id, action, before, err);
	json_decref(before);
	if (rc != RCP_OK) {
		rcp__db_rollback(db);
		return rc;
	}
	return rcp__db_commit(db, err);
}

rcp_status rcp_claim_edit_apply(rcp_db *db, int64_t id, const rcp_claim_edit *e, rcp_error *err)
{
	rcp_status rc = rcp__db_begin(db, err);
	if (rc != RCP_OK)
		return rc;
	json_t *before = rcp__claim_json_by_id(db, id);
	char *quote = NULL;
	if (!before) {
		rcp__db_rollback(db);
		return not_found(err, id);
	}
	/* the claim as it would be, validated like a new one */
	rcp_claim c = {0};
	c.company = e->company ? e->company : json_string_value(json_object_get(before, "company"));
	c.company_name = json_string_value(json_object_get(before, "company_text"));
	c.relation = e->relation ? e->relation : json_string_value(json_object_get(before, "relation"));
	c.category = e->clear_category ? NULL
	             : e->category ? e->category : json_string_value(json_object_get(before, "category"));
	c.counterparty = e->clear_counterparty || e->counterparty_text ? NULL
	                 : e->counterparty ? e->counterparty
	                 : json_string_value(json_object_get(before, "counterparty"));
	c.has_amount = !json_is_null(json_object_get(before, "amount"));
	c.amount = json_integer_value(json_object_get(before, "amount"));
	c.currency = json_string_value(json_object_get(before, "currency"));
	if (e->set_amount == 1) {
		c.has_amount = 1;
		c.amount = e->amount;
		c.currency = e->currency;
	} else if (e->set_amount == 2) {
		c.has_amount = 0;
		c.currency = NULL;
	}
	c.year = (int)json_integer_value(json_object_get(before, "year"));
	if (e->set_year)
		c.year = e->year;
	c.source = json_integer_value(json_object_get(before, "source"));
	c.start = json_integer_value(json_object_get(before, "start"));
	c.end = json_integer_value(json_object_get(before, "end"));
	if (e->set_span) {
		c.start = e->start;
		c.end = e->end;
	}
	c.confidence = json_real_value(json_object_get(before, "confidence"));
	if ((rc = validate(db, &c, err)) != RCP_OK ||
	    (e->counterparty_text &&
	     (rc = source_words(db, c.source, NULL, NULL, 0, e->counterparty_text, "counterparty",
	                           err)) != RCP_OK) ||
	    (rc = rcp__source_span(db, c.source, c.start, c.end, &quote, err)) != RCP_OK)
		goto fail;
	static const char q[] =
		"UPDATE claim SET relation=?2, category=?3, counterparty=?4, amount=?5, currency=?6,"
		" year=?7, start=?8, end=?9, evidence=?10, updated_at=?11,"
		" counterparty_text = CASE ?12 WHEN 1 THEN NULL WHEN 2 THEN ?13"
		"   ELSE counterparty_text END,"
		" company = coalesce(?14, company),"
		" company_text = CASE WHEN ?14 IS NULL THEN company_text END"
		" WHERE id = ?1";
	sqlite3_stmt *st;
	if ((rc = rcp__db_stmt(db, q, &st, err)) != RCP_OK)
		goto fail;
	char now[21];
	rcp_now_iso(now);
	sqlite3_bind_int64(st, 1, id);
	rcp__bind_text(st, 2, c.relation);
	rcp__bind_text(st, 3, c.category);
	rcp__bind_text(st, 4, c.counterparty);
	if (c.has_amount) {
		sqlite3_bind_int64(st, 5, c.amount);
		rcp__bind_text(st, 6, c.currency);
	}
	if (c.year)
		sqlite3_bind_int(st, 7, c.year);
	sqlite3_bind_int64(st, 8, c.start);
	sqlite3_bind_int64(st, 9, c.end);
	rcp__bind_text(st, 10, quote);
	rcp__bind_text(st, 11, now);
	/* an entity given (or none) replaces the source's words; words given
	 * replace the entity */
	sqlite3_bind_int(st, 12, e->counterparty_text ? 2
	                         : e->counterparty || e->clear_counterparty ? 1 : 0);
	rcp__bind_text(st, 13, e->counterparty_text);
	/* an entity given links the company: the source's words give way */
	rcp__bind_text(st, 14, e->company);
	if ((rc = rcp__db_step_done(db, st, "cannot update claim", err)) != RCP_OK)
		goto fail;
	if ((rc = audited_change(db, id, "claim.edit", before, err)) != RCP_OK)
		goto fail;
	json_decref(before);
	free(quote);
	return rcp__db_commit(db, err);
fail:
	json_decref(before);
	free(quote);
	rcp__db_rollback(db);
	return rc;
}
