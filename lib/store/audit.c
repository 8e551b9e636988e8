/*
 * audit.c — the append-only, hash-chained audit log.
 *
 * Entry n's hash is sha256 over its fields, each written as
 * "<decimal length>:<bytes>\n" so no two different entries can share an
 * encoding: prev_hash, seq, time, actor, action, object, payload. The
 * first entry's prev_hash is 64 zeros. Changing, removing or reordering
 * any entry breaks every hash after it; `receipts verify` walks the chain.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "internal.h"

static const char genesis[65] =
	"0000000000000000000000000000000000000000000000000000000000000000";

static void feed(crypto_hash_sha256_state *h, const char *s)
{
	char len[32];
	size_t n = s ? strlen(s) : 0;
	int k = snprintf(len, sizeof len, "%zu:", n);
	crypto_hash_sha256_update(h, (const unsigned char *)len, (unsigned long long)k);
	if (n)
		crypto_hash_sha256_update(h, (const unsigned char *)s, n);
	crypto_hash_sha256_update(h, (const unsigned char *)"\n", 1);
}

void rcp__audit_hash(const char *prev_hash, int64_t seq, const char *time,
                     const char *actor, const char *action, const char *object,
                     const char *payload, char out[65])
{
	crypto_hash_sha256_state h;
	unsigned char md[crypto_hash_sha256_BYTES];
	char seqs[32];
	snprintf(seqs, sizeof seqs, "%lld", (long long)seq);
	crypto_hash_sha256_init(&h);
	feed(&h, prev_hash);
	feed(&h, seqs);
	feed(&h, time);
	feed(&h, actor);
	feed(&h, action);
	feed(&h, object);
	feed(&h, payload);
	crypto_hash_sha256_final(&h, md);
	sodium_bin2hex(out, 65, md, sizeof md);
}

rcp_status rcp__audit_append(rcp_db *db, const char *action, const char *object,
                             json_t *payload, rcp_error *err)
{
	sqlite3_stmt *st = NULL;
	rcp_status rc;
	int64_t seq = 1;
	char prev[65];
	memcpy(prev, genesis, sizeof prev);

	/* cached statements: a bulk import appends an entry per entity */
	static const char q_last[] = "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1";
	static const char q_insert[] =
		"INSERT INTO audit(seq, time, actor, action, object, payload, prev_hash, hash)"
		" VALUES (?,?,?,?,?,?,?,?)";
	if ((rc = rcp__db_stmt(db, q_last, &st, err)) != RCP_OK)
		return rc;
	if (sqlite3_step(st) == SQLITE_ROW) {
		seq = sqlite3_column_int64(st, 0) + 1;
		const char *h = rcp__col_text(st, 1);
		snprintf(prev, sizeof prev, "%s", h ? h : "");
	}
	sqlite3_reset(st);

	char now[21];
	rcp_now_iso(now);
	char *body = payload ? json_dumps(payload, JSON_COMPACT | JSON_SORT_KEYS) : NULL;
	const char *text = body ? body : "{}";
	char hash[65];
	rcp__audit_hash(prev, seq, now, db->actor, action, object, text, hash);

	rc = rcp__db_stmt(db, q_insert, &st, err);
	if (rc == RCP_OK) {
		sqlite3_bind_int64(st, 1, seq);
		rcp__bind_text(st, 2, now);
		rcp__bind_text(st, 3, db->actor);
		rcp__bind_text(st, 4, action);
		rcp__bind_text(st, 5, object);
		rcp__bind_text(st, 6, text);
		rcp__bind_text(st, 7, prev);
		rcp__bind_text(st, 8, hash);
		rc = rcp__db_step_done(db, st, "cannot append to the audit log", err);
	}
	free(body);
	return rc;
}

rcp_status rcp_audit_each(rcp_db *db, int64_t after,
                          int (*fn)(const rcp_audit_entry *e, void *ctx), void *ctx,
                          rcp_error *err)
{
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_prepare(db,
		"SELECT seq, time, actor, action, object, payload, prev_hash, hash"
		" FROM audit WHERE seq > ? ORDER BY seq", &st, err);
	if (rc != RCP_OK)
		return rc;
	sqlite3_bind_int64(st, 1, after);
	int r;
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		rcp_audit_entry e = {
			.seq = sqlite3_column_int64(st, 0),
			.time = rcp__col_text(st, 1),
			.actor = rcp__col_text(st, 2),
			.action = rcp__col_text(st, 3),
			.object = rcp__col_text(st, 4),
			.payload = rcp__col_text(st, 5),
			.prev_hash = rcp__col_text(st, 6),
			.hash = rcp__col_text(st, 7),
		};
		if (fn(&e, ctx))
			break;
	}
	if (r != SQLITE_ROW && r != SQLITE_DONE)
		rc = rcp__error_db(err, db->sql, "cannot read the audit log");
	sqlite3_finalize(st);
	return rc;
}

/* ---- change sets ----
 *
 * A registry import can change a million entities. Its changes go to
 * audit_change, each with its action, object and payload as an entry would
 * have them, under the seq of the one audit entry that closes the set
 * (rcp__audit_changeset, appended after them in the same transaction). That
 * entry's payload carries how many changes there are and a digest over them
 * (changeset_digest), so the chain vouches for every row of the set: verify
 * recomputes the digest, and a row changed, added or removed breaks it. */

/* The seq the next audit entry will take. */
static int64_t next_seq(rcp_db *db)
{
	sqlite3_stmt *st;
	int64_t seq = 1;
	if (rcp__db_stmt(db, "SELECT coalesce(max(seq), 0) + 1 FROM audit", &st, NULL) != RCP_OK)
		return 0;
	if (sqlite3_step(st) == SQLITE_ROW)
		seq = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return seq;
}

rcp_status rcp__audit_change(rcp_db *db, const char *action, const char *object, json_t *payload,
                             rcp_error *err)
{
	int64_t seq = next_seq(db);
	if (!seq)
		return rcp__error_db(err, db->sql, "cannot read the audit log");
	/* a second change of the same object in the set (a parent set after
	 * its line): one row, the first's action and before, the last after */
	sqlite3_stmt *st;
	json_t *merged = NULL;
	rcp_status rc = rcp__db_stmt(db,
		"SELECT action, payload FROM audit_change WHERE seq = ?1 AND object = ?2", &st, err);
	if (rc != RCP_OK)
		return rc;
	sqlite3_bind_int64(st, 1, seq);
	rcp__bind_text(st, 2, object);
	char first_action[64] = "";
	if (sqlite3_step(st) == SQLITE_ROW) {
		snprintf(first_action, sizeof first_action, "%s", rcp__col_text(st, 0));
		merged = json_loads(rcp__col_text(st, 1), 0, NULL);
	}
	sqlite3_reset(st);
	if (merged && payload) {
		json_object_set(merged, "after", json_object_get(payload, "after"));
		payload = merged;
		action = first_action;
	}
	char *body = payload ? json_dumps(payload, JSON_COMPACT | JSON_SORT_KEYS) : NULL;
	json_decref(merged);
	rc = rcp__db_stmt(db,
		"INSERT OR REPLACE INTO audit_change(seq, object, action, payload) VALUES (?,?,?,?)",
		&st, err);
	if (rc == RCP_OK) {
		sqlite3_bind_int64(st, 1, seq);
		rcp__bind_text(st, 2, object);
		rcp__bind_text(st, 3, action);
		rcp__bind_text(st, 4, body ? body : "{}");
		rc = rcp__db_step_done(db, st, "cannot record a change", err);
	}
	free(body);
	return rc;
}

rcp_status rcp__changeset_digest(rcp_db *db, int64_t seq, int64_t *n, char hex[65],
                                 rcp_error *err)
{
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_prepare(db,
		"SELECT object, action, payload FROM audit_change WHERE seq = ?1 ORDER BY object",
		&st, err);
	if (rc != RCP_OK)
		return rc;
	sqlite3_bind_int64(st, 1, seq);
	crypto_hash_sha256_state h;
	crypto_hash_sha256_init(&h);
	*n = 0;
	int r;
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		feed(&h, rcp__col_text(st, 0));
		feed(&h, rcp__col_text(st, 1));
		feed(&h, rcp__col_text(st, 2));
		++*n;
	}
	if (r != SQLITE_DONE)
		rc = rcp__error_db(err, db->sql, "cannot read a change set");
	sqlite3_finalize(st);
	unsigned char md[crypto_hash_sha256_BYTES];
	crypto_hash_sha256_final(&h, md);
	sodium_bin2hex(hex, 65, md, sizeof md);
	return rc;
}

rcp_status rcp__audit_changeset(rcp_db *db, const char *action, const char *object,
                                json_t *payload, rcp_error *err)
{
	int64_t seq = next_seq(db), n;
	char hex[65];
	if (!seq)
		return rcp__error_db(err, db->sql, "cannot read the audit log");
	rcp_status rc = rcp__changeset_digest(db, seq, &n, hex, err);
	if (rc != RCP_OK || n == 0) /* an empty set is no entry */
		return rc;
	json_object_set_new(payload, "changes", json_integer(n));
	json_object_set_new(payload, "digest", json_string(hex));
	return rcp__audit_append(db, action, object, payload, err);
}

rcp_status rcp_audit_changes(rcp_db *db, int64_t seq,
                             int (*fn)(const rcp_audit_entry *e, void *ctx), void *ctx,
                             rcp_error *err)
{
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_prepare(db,
		"SELECT c.seq, a.time, a.actor, c.action, c.object, c.payload"
		" FROM audit_change c JOIN audit a ON a.seq = c.seq WHERE c.seq = ?1 ORDER BY c.object",
		&st, err);
	if (rc != RCP_OK)
		return rc;
	sqlite3_bind_int64(st, 1, seq);
	int r;
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		rcp_audit_entry e = {
			.seq = sqlite3_column_int64(st, 0), .time = rcp__col_text(st, 1),
			.actor = rcp__col_text(st, 2), .action = rcp__col_text(st, 3),
			.object = rcp__col_text(st, 4), .payload = rcp__col_text(st, 5),
			.prev_hash = "", .hash = "",
		};
		if (fn(&e, ctx))
			break;
	}
	if (r != SQLITE_ROW && r != SQLITE_DONE)
		rc = rcp__error_db(err, db->sql, "cannot read a change set");
	sqlite3_finalize(st);
	return rc;
}
