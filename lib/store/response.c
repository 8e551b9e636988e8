/*
 * response.c — a company's responses to what is said about it.
 *
 * A response is held to the same rule as a claim: it is a span of a stored
 * source, and its evidence is taken from the source's own bytes, never
 * from what the caller typed. It may answer one claim (which must be about
 * the same company) or the profile as a whole. Adding is one transaction
 * with its audit entry; `receipts verify` re-checks the span.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

rcp_status rcp_source_find_quote(rcp_db *db, int64_t source, const char *quote, int64_t *start,
                                 int64_t *end, rcp_error *err)
{
	char ref[32];
	snprintf(ref, sizeof ref, "%lld", (long long)source);
	if (!quote || !*quote)
		return rcp__error_set(err, RCP_EINVAL, "empty quote", ref, NULL);
	/* instr() counts characters; the byte offset comes from the blob */
	static const char q[] =
		"SELECT instr(CAST(text AS BLOB), CAST(?2 AS BLOB)),"
		" instr(substr(CAST(text AS BLOB), instr(CAST(text AS BLOB), CAST(?2 AS BLOB)) + 1),"
		"       CAST(?2 AS BLOB))"
		" FROM source WHERE id = ?1";
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_stmt(db, q, &st, err);
	if (rc != RCP_OK)
		return rc;
	sqlite3_bind_int64(st, 1, source);
	rcp__bind_text(st, 2, quote);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		return rcp__error_set(err, RCP_ENOTFOUND, "no such source", ref, NULL);
	}
	int64_t first = sqlite3_column_int64(st, 0), again = sqlite3_column_int64(st, 1);
	sqlite3_reset(st);
	if (!first)
		return rcp__error_set(err, RCP_ENOTFOUND, "quote not in its source", ref,
		                      "the text does not contain it byte for byte");
	if (again)
		return rcp__error_set(err, RCP_EINVAL, "quote is ambiguous", ref,
		                      "it occurs more than once; give the span instead");
	*start = first - 1;
	*end = *start + (int64_t)strlen(quote);
	return RCP_OK;
}

static int claim_company_is(rcp_db *db, int64_t claim, const char *company)
{
	sqlite3_stmt *st;
	if (rcp__db_stmt(db, "SELECT company FROM claim WHERE id = ?", &st, NULL) != RCP_OK)
		return 0;
	sqlite3_bind_int64(st, 1, claim);
	int ok = sqlite3_step(st) == SQLITE_ROW && !strcmp(rcp__col_text(st, 0), company);
	sqlite3_reset(st);
	return ok;
}

#define RESPONSE_COLS                                                                 \
	"r.id, r.company, r.claim, r.source, s.sha256, s.title, r.start, r.end,"      \
	" r.evidence, r.created_at FROM response r JOIN source s ON s.id = r.source"

static void row_to_response(sqlite3_stmt *st, rcp_response *r)
{
	r->id = sqlite3_column_int64(st, 0);
	r->company = rcp__col_text(st, 1);
	r->claim = sqlite3_column_int64(st, 2);
	r->source = sqlite3_column_int64(st, 3);
	r->source_sha256 = rcp__col_text(st, 4);
	r->source_title = rcp__col_text(st, 5);
	r->start = sqlite3_column_int64(st, 6);
	r->end = sqlite3_column_int64(st, 7);
	r->evidence = rcp__col_text(st, 8);
	r->created_at = rcp__col_text(st, 9);
}

json_t *rcp_response_to_json(const rcp_response *r)
{
	return json_pack("{s:I, s:s, s:o, s:s, s:o, s:I, s:I, s:s, s:s}", "id", (json_int_t)r->id,
	                 "company", r->company, "claim",
	                 r->claim ? json_integer(r->claim) : json_null(), "source_sha256",
	                 r->source_sha256, "source_title",
	                 rcp_json_nullable(r->source_title), "start",
	                 (json_int_t)r->start, "end", (json_int_t)r->end, "evidence", r->evidence,
	                 "created_at", r->created_at);
}

static int response_json_cb(const rcp_response *r, void *ctx)
{
	*(json_t **)ctx = rcp_response_to_json(r);
	return 1;
}

rcp_status rcp_response_add(rcp_db *db, const rcp_response *r, int64_t *id, rcp_error *err)
{
	if (!r->company || !rcp__entity_exists(db, r->company))
		return rcp__error_set(err, RCP_ENOTFOUND, "no such entity", r->company ? r->company : "",
		                      "a response needs a registry company");
	if (r->claim && !claim_company_is(db, r->claim, r->company)) {
		char ref[32];
		snprintf(ref, sizeof ref, "%lld", (long long)r->claim);
		return rcp__error_set(err, RCP_EINVAL, "not a claim about this company", ref,
		                      "a response answers a claim about %s", r->company);
	}
	rcp_status rc = rcp__db_begin(db, err);
	if (rc != RCP_OK)
		return rc;
	char *quote = NULL;
	if ((rc = rcp__source_span(db, r->source, r->start, r->end, &quote, err)) != RCP_OK) {
		rcp__db_rollback(db);
		return rc;
	}
	static const char q[] = "INSERT INTO response(company, claim, source, start, end, evidence,"
	                        " created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
	sqlite3_stmt *st;
	if ((rc = rcp__db_stmt(db, q, &st, err)) != RCP_OK) {
		free(quote);
		rcp__db_rollback(db);
		return rc;
	}
	char now[21];
	rcp_now_iso(now);
	rcp__bind_text(st, 1, r->company);
	if (r->claim)
		sqlite3_bind_int64(st, 2, r->claim);
	sqlite3_bind_int64(st, 3, r->source);
	sqlite3_bind_int64(st, 4, r->start);
	sqlite3_bind_int64(st, 5, r->end);
	rcp__bind_text(st, 6, quote);
	rcp__bind_text(st, 7, now);
	int done = sqlite3_step(st) == SQLITE_DONE;
	sqlite3_reset(st);
	free(quote);
	if (!done) {
		rc = rcp__error_db(err, db->sql, "cannot store response");
		rcp__db_rollback(db);
		return rc;
	}
	int64_t newid = sqlite3_last_insert_rowid(db->sql);
	json_t *after = NULL;
	sqlite3_stmt *get;
	if (rcp__db_stmt(db, "SELECT " RESPONSE_COLS " WHERE r.id = ?", &get, NULL) == RCP_OK) {
		sqlite3_bind_int64(get, 1, newid);
		if (sqlite3_step(get) == SQLITE_ROW) {
			rcp_response x;
			row_to_response(get, &x);
			response_json_cb(&x, &after);
		}
		sqlite3_reset(get);
	}
	if (!after) { /* never a response without its record */
		rc = rcp__error_db(err, db->sql, "cannot read back the response");
		rcp__db_rollback(db);
		return rc;
	}
	char object[40];
	snprintf(object, sizeof object, "response/%lld", (long long)newid);
	json_t *payload = json_pack("{s:o}", "after", after);
	rc = rcp__audit_append(db, "response.add", object, payload, err);
	json_decref(payload);
	if (rc != RCP_OK) {
		rcp__db_rollback(db);
		return rc;
	}
	if (id)
		*id = newid;
	return rcp__db_commit(db, err);
}

rcp_status rcp_response_each(rcp_db *db, const char *company,
                             int (*fn)(const rcp_response *r, void *ctx), void *ctx,
                             rcp_error *err)
{
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_prepare(
		db, "SELECT " RESPONSE_COLS " WHERE ?1 IS NULL OR r.company = ?1 ORDER BY r.id", &st, err);
	if (rc != RCP_OK)
		return rc;
	rcp__bind_text(st, 1, company);
	int s;
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		rcp_response r;
		row_to_response(st, &r);
		if (fn(&r, ctx))
			break;
	}
	if (s != SQLITE_ROW && s != SQLITE_DONE)
		rc = rcp__error_db(err, db->sql, "cannot list responses");
	sqlite3_finalize(st);
	return rc;
}
