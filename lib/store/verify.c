/*
 * verify.c — `receipts verify`: is every receipt still what it was?
 *
 *   sources   sha256 of the original bytes and of the extracted text
 *             equal the stored hashes, and both equal what the audit log
 *             recorded when the source was added (so editing a text and
 *             its hash together is caught too);
 *   spans     every mention, claim and response quote is, byte for byte,
 *             the text at its offsets in its source;
 *   audit     seq runs 1, 2, 3...; each prev_hash is the hash before it;
 *             each hash is the hash of its entry. The first break is named.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

typedef struct verify_ctx {
	rcp_verify_report *r;
	void (*fn)(const char *problem, void *ctx);
	void *ctx;
} verify_ctx;

static void problem(verify_ctx *v, const char *fmt, ...) RCP_PRINTF(2, 3);
static void problem(verify_ctx *v, const char *fmt, ...)
{
	char line[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	v->r->problems++;
	if (v->fn)
		v->fn(line, v->ctx);
}

/* The sha256 and text_sha256 the audit log recorded for a source. */
static int audit_hashes(rcp_db *db, int64_t id, char sha[65], char text_sha[65])
{
	sqlite3_stmt *st;
	char object[32];
	snprintf(object, sizeof object, "source/%lld", (long long)id);
	if (sqlite3_prepare_v2(db->sql, "SELECT payload FROM audit WHERE object = ?"
	                       " AND action = 'source.add' ORDER BY seq LIMIT 1", -1, &st, NULL)
	    != SQLITE_OK)
		return 0;
	rcp__bind_text(st, 1, object);
	int found = 0;
	if (sqlite3_step(st) == SQLITE_ROW) {
		json_t *p = json_loads(rcp__col_text(st, 0), 0, NULL);
		const char *a = json_string_value(json_object_get(p, "sha256"));
		const char *b = json_string_value(json_object_get(p, "text_sha256"));
		if (a && b) {
			snprintf(sha, 65, "%s", a);
			snprintf(text_sha, 65, "%s", b);
			found = 1;
		}
		json_decref(p);
	}
	sqlite3_finalize(st);
	return found;
}

static rcp_status verify_sources(rcp_db *db, verify_ctx *v, rcp_error *err)
{
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_prepare(db,
		"SELECT id, sha256, original, text_sha256, CAST(text AS BLOB) FROM source ORDER BY id",
		&st, err);
	if (rc != RCP_OK)
		return rc;
	int r;
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0);
		const char *sha = rcp__col_text(st, 1);
		const void *orig = sqlite3_column_blob(st, 2);
		size_t olen = (size_t)sqlite3_column_bytes(st, 2);
		char stored_text_sha[65];
		snprintf(stored_text_sha, sizeof stored_text_sha, "%s", rcp__col_text(st, 3));
		const void *text = sqlite3_column_blob(st, 4);
		size_t tlen = (size_t)sqlite3_column_bytes(st, 4);
		char h[65], th[65], ah[65], ath[65];
		rcp_sha256_hex(orig ? orig : "", olen, h);
		rcp_sha256_hex(text ? text : "", tlen, th);
		int bad = 0;
		v->r->sources++;
		if (strcmp(h, sha)) {
			problem(v, "source %lld (%.12s): original bytes do not match their sha256",
			        (long long)id, sha);
			bad = 1;
		}
		if (strcmp(th, stored_text_sha)) {
			problem(v, "source %lld (%.12s): extracted text was altered",
			        (long long)id, sha);
			bad = 1;
		}
		if (!audit_hashes(db, id, ah, ath)) {
			problem(v, "source %lld (%.12s): no audit entry records its addition",
			        (long long)id, sha);
			bad = 1;
		} else if (strcmp(ah, sha) || strcmp(ath, stored_text_sha)) {
			problem(v, "source %lld (%.12s): hashes differ from the audit log's record",
			        (long long)id, sha);
			bad = 1;
		}
		v->r->sources_bad += bad;
	}
	if (r != SQLITE_DONE)
		rc = rcp__error_db(err, db->sql, "cannot read sources");
	sqlite3_finalize(st);
	return rc;
}

/* One kind of span: table with (id, source, start, end, <quote column>). */
static rcp_status verify_spans(rcp_db *db, verify_ctx *v, const char *table,
                               const char *quote, rcp_error *err)
{
	char q[1024];
	snprintf(q, sizeof q,
	         "SELECT x.id, x.source, x.start, x.end,"
	         " s.id IS NULL,"
	         " x.end <= length(CAST(s.text AS BLOB))"
	         "   AND substr(CAST(s.text AS BLOB), x.start + 1, x.end - x.start)"
	         "       = CAST(x.%s AS BLOB)"
	         " FROM %s x LEFT JOIN source s ON s.id = x.source ORDER BY x.id",
	         quote, table);
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_prepare(db, q, &st, err);
	if (rc != RCP_OK)
		return rc;
	int r;
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		v->r->spans++;
		if (sqlite3_column_int(st, 4)) {
			v->r->spans_bad++;
			problem(v, "%s %lld: its source %lld is missing", table,
			        (long long)sqlite3_column_int64(st, 0),
			        (long long)sqlite3_column_int64(st, 1));
		} else if (!sqlite3_column_int(st, 5)) {
			v->r->spans_bad++;
			problem(v, "%s %lld: quote is not the text at bytes %lld-%lld of source %lld",
			        table, (long long)sqlite3_column_int64(st, 0),
			        (long long)sqlite3_column_int64(st, 2),
			        (long long)sqlite3_column_int64(st, 3),
			        (long long)sqlite3_column_int64(st, 1));
		}
	}
	if (r != SQLITE_DONE)
		rc = rcp__error_db(err, db->sql, "cannot read spans");
	sqlite3_finalize(st);
	return rc;
}

typedef struct chain_ctx {
	verify_ctx *v;
	int64_t expect_seq;
	char prev[65];
} chain_ctx;

static void chain_break(chain_ctx *c, int64_t seq, const char *why)
{
	if (!c->v->r->audit_first_bad) {
		c->v->r->audit_first_bad = seq;
		problem(c->v, "audit log: chain breaks at entry %lld: %s", (long long)seq, why);
	}
}

static int chain_step(const rcp_audit_entry *e, void *ctx)
{
	chain_ctx *c = ctx;
	c->v->r->audit_entries++;
	if (e->seq != c->expect_seq) {
		char why[96];
		snprintf(why, sizeof why, "expected entry %lld here (entries removed or reordered)",
		         (long long)c->expect_seq);
		chain_break(c, e->seq, why);
	} else if (!e->prev_hash || strcmp(e->prev_hash, c->prev)) {
		chain_break(c, e->seq, "its prev_hash is not the hash of the entry before it");
	} else {
		char h[65];
		rcp__audit_hash(e->prev_hash, e->seq, e->time, e->actor, e->action, e->object,
		                e->payload, h);
		if (!e->hash || strcmp(h, e->hash))
			chain_break(c, e->seq, "its contents do not match its hash (entry altered)");
	}
	c->expect_seq = e->seq + 1;
	snprintf(c->prev, sizeof c->prev, "%s", e->hash ? e->hash : "");
	return 0;
}

rcp_status rcp_verify(rcp_db *db, rcp_verify_report *report,
                      void (*fn)(const char *problem, void *ctx), void *ctx,
                      rcp_error *err)
{
	rcp_verify_report r;
	memset(&r, 0, sizeof r);
	verify_ctx v = {&r, fn, ctx};
	rcp_status rc;
	/* one read transaction: a consistent snapshot while writers go on */
	sqlite3_exec(db->sql, "BEGIN;", NULL, NULL, NULL);
	if ((rc = verify_sources(db, &v, err)) != RCP_OK ||
	    (rc = verify_spans(db, &v, "mention", "text", err)) != RCP_OK ||
	    (rc = verify_spans(db, &v, "claim", "evidence", err)) != RCP_OK ||
	    (rc = verify_spans(db, &v, "response", "evidence", err)) != RCP_OK)
		goto out;
	chain_ctx c = {&v, 1, "0000000000000000000000000000000000000000000000000000000000000000"};
	if ((rc = rcp_audit_each(db, 0, chain_step, &c, err)) != RCP_OK)
		goto out;
	if (r.problems)
		rc = rcp__error_set(err, RCP_ECORRUPT, "verification failed", db->path,
		                    "%lld problem%s found", (long long)r.problems,
		                    r.problems == 1 ? "" : "s");
out:
	sqlite3_exec(db->sql, "COMMIT;", NULL, NULL, NULL);
	if (report)
		*report = r;
	return rc;
}
