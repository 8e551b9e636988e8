/*
 * merge.c — two registry entries that are one organization.
 *
 * The surviving entity takes the other's name and aliases (as aliases),
 * identifiers, categories, mentions, claims and responses; the merged id
 * stays in the table with merged_into set, so links to it still resolve.
 * The judgement is audited with both entities as they were.
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"

static const char *merged_into(rcp_db *db, const char *id, int *exists)
{
	static char buf[129];
	sqlite3_stmt *st;
	*exists = 0;
	buf[0] = '\0';
	if (sqlite3_prepare_v2(db->sql, "SELECT merged_into FROM entity WHERE id = ?", -1, &st,
	                       NULL) != SQLITE_OK)
		return NULL;
	rcp__bind_text(st, 1, id);
	const char *r = NULL;
	if (sqlite3_step(st) == SQLITE_ROW) {
		*exists = 1;
		const char *m = rcp__col_text(st, 0);
		if (m) {
			snprintf(buf, sizeof buf, "%s", m);
			r = buf;
		}
	}
	sqlite3_finalize(st);
	return r;
}

rcp_status rcp_entity_resolve(rcp_db *db, const char *id, char out[129], rcp_error *err)
{
	char cur[129];
	snprintf(cur, sizeof cur, "%s", id);
	for (int hops = 0; hops < 64; hops++) {
		int exists;
		const char *next = merged_into(db, cur, &exists);
		if (!exists)
			return rcp__error_set(err, RCP_ENOTFOUND, "no such entity", id, NULL);
		if (!next) {
			snprintf(out, 129, "%s", cur);
			return RCP_OK;
		}
		snprintf(cur, sizeof cur, "%s", next);
	}
	return rcp__error_set(err, RCP_ECORRUPT, "merges form a loop", id, NULL);
}

rcp_status rcp_entity_merge(rcp_db *db, const char *from, const char *into, rcp_error *err)
{
	if (!strcmp(from, into))
		return rcp__error_set(err, RCP_EINVAL, "cannot merge", from, "an entity into itself");
	rcp_status rc = rcp__db_begin(db, err);
	if (rc != RCP_OK)
		return rc;
	int e1, e2;
	const char *m1 = merged_into(db, from, &e1);
	char m1buf[129];
	snprintf(m1buf, sizeof m1buf, "%s", m1 ? m1 : "");
	const char *m2 = merged_into(db, into, &e2);
	if (!e1 || !e2) {
		rcp__db_rollback(db);
		return rcp__error_set(err, RCP_ENOTFOUND, "no such entity", e1 ? into : from, NULL);
	}
	if (m1buf[0] || m2) {
		rcp__db_rollback(db);
		return rcp__error_set(err, RCP_EINVAL, "cannot merge", m1buf[0] ? from : into,
		                      "already merged into '%s'", m1buf[0] ? m1buf : m2);
	}
	json_t *before_from = rcp_entity_json(db, from, err);
	json_t *before_into = rcp_entity_json(db, into, err);
	static const char *const steps[] = {
		"INSERT OR IGNORE INTO alias(entity, text, lang, flags)"
		" SELECT ?2, text, lang, flags FROM alias WHERE entity = ?1",
		"INSERT OR IGNORE INTO alias(entity, text, lang, flags)"
		" SELECT ?2, name, NULL, 0 FROM entity WHERE id = ?1",
		"INSERT OR IGNORE INTO identifier(entity, scheme, value)"
		" SELECT ?2, scheme, value FROM identifier WHERE entity = ?1",
		"DELETE FROM identifier WHERE entity = ?1",
		"INSERT OR IGNORE INTO entity_category(entity, category)"
		" SELECT ?2, category FROM entity_category WHERE entity = ?1",
		"UPDATE mention SET entity = ?2 WHERE entity = ?1",
		"UPDATE claim SET company = ?2 WHERE company = ?1",
		"UPDATE claim SET counterparty = ?2 WHERE counterparty = ?1",
		"UPDATE response SET company = ?2 WHERE company = ?1",
		"UPDATE entity SET parent = ?2 WHERE parent = ?1 AND id != ?2",
		"UPDATE entity SET merged_into = ?2, last_changed = ?3 WHERE id = ?1",
		"UPDATE entity SET last_changed = ?3 WHERE id = ?2",
	};
	char now[21];
	rcp_now_iso(now);
	for (size_t i = 0; rc == RCP_OK && i < sizeof steps / sizeof steps[0]; i++) {
		sqlite3_stmt *st;
		if ((rc = rcp__db_prepare(db, steps[i], &st, err)) != RCP_OK)
			break;
		rcp__bind_text(st, 1, from);
		rcp__bind_text(st, 2, into);
		if (sqlite3_bind_parameter_count(st) >= 3)
			rcp__bind_text(st, 3, now);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = rcp__error_db(err, db->sql, "cannot merge entities");
		sqlite3_finalize(st);
	}
	json_t *after = NULL;
	if (rc == RCP_OK && !(after = rcp_entity_json(db, into, err)))
		rc = err->code != RCP_OK ? err->code : RCP_EDB;
	if (rc == RCP_OK) {
		json_t *payload = json_pack("{s:s, s:s, s:o, s:o, s:o}", "from", from, "into", into,
		                            "before_from", before_from ? before_from : json_null(),
		                            "before_into", before_into ? before_into : json_null(),
		                            "after", after ? after : json_null());
		before_from = before_into = NULL;
		char object[160];
		snprintf(object, sizeof object, "entity/%s", from);
		rc = rcp__audit_append(db, "entity.merge", object, payload, err);
		json_decref(payload);
	}
	json_decref(before_from);
	json_decref(before_into);
	if (rc == RCP_OK)
		rc = rcp__registry_bump(db, err);
	if (rc != RCP_OK) {
		rcp__db_rollback(db);
		return rc;
	}
	return rcp__db_commit(db, err);
}
