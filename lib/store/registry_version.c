/*
 * registry_version.c — the registry's version (migration 8): what caches
 * built from the registry (the scan matcher "<db>.matcher", the screening
 * name index "<db>.names", the server's shared index) are checked against.
 *
 * Every writer of entity, alias, identifier, entity_category or
 * entity_list bumps it once, in the transaction of its change, before it
 * commits: a registry import (all formats go through
 * rcp__registry_import_reader) and a merge. Once per transaction, not per
 * row: an import of a million entities writes five million rows, and a
 * trigger per row cost a third of its time. Reading it is one row,
 * however long the audit log.
 */
#include <stdio.h>

#include "internal.h"

void rcp_registry_stamp(rcp_db *db, char out[48])
{
	static const char q[] = "SELECT n, nonce FROM registry_version";
	sqlite3_stmt *st;
	long long n = 0, nonce = 0;
	if (rcp__db_stmt(db, q, &st, NULL) == RCP_OK) {
		if (sqlite3_step(st) == SQLITE_ROW) {
			n = sqlite3_column_int64(st, 0);
			nonce = sqlite3_column_int64(st, 1);
		}
		sqlite3_reset(st);
	}
	snprintf(out, 48, "v2:%lld:%016llx", n, (unsigned long long)nonce);
}

rcp_status rcp__registry_bump(rcp_db *db, rcp_error *err)
{
	static const char q[] = "UPDATE registry_version SET n = n + 1, nonce = random()";
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_stmt(db, q, &st, err);
	if (rc != RCP_OK)
		return rc;
	if (sqlite3_step(st) != SQLITE_DONE || sqlite3_changes(db->sql) != 1)
		rc = rcp__error_db(err, db->sql, "cannot record the registry's version");
	sqlite3_reset(st);
	return rc;
}
