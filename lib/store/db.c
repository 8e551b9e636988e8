/*
 * db.c — opening the store, transactions, small statement helpers.
 *
 * One SQLite file in WAL mode with foreign keys on. synchronous=NORMAL in
 * WAL keeps every commit atomic and durable across a process kill; a power
 * loss may lose the last commits but never corrupts the file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static rcp_status exec(sqlite3 *sql, const char *q, rcp_error *err)
{
	if (sqlite3_exec(sql, q, NULL, NULL, NULL) != SQLITE_OK)
		return rcp__error_db(err, sql, "cannot open database");
	return RCP_OK;
}

static int user_version(sqlite3 *sql)
{
	sqlite3_stmt *st;
	int v = -1;
	if (sqlite3_prepare_v2(sql, "PRAGMA user_version;", -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

rcp_db *rcp_db_open(const char *path, int flags, rcp_error *err)
{
	sqlite3 *sql = NULL;
	int ro = flags & RCP_OPEN_READONLY;
	int oflags = ro ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
	oflags |= SQLITE_OPEN_NOMUTEX;
	rcp__fault_install(); /* tests only: RCP_FAULT (fault.c) */
	if (sqlite3_open_v2(path, &sql, oflags, NULL) != SQLITE_OK) {
		rcp__error_set(err, RCP_EDB, "cannot open database", path, "%s",
		               sql ? sqlite3_errmsg(sql) : "out of memory");
		sqlite3_close(sql);
		return NULL;
	}
	sqlite3_extended_result_codes(sql, 1);
	sqlite3_busy_timeout(sql, 10000);

	rcp_status st;
	rcp_search_ctx *search = NULL;
	/* the search tokenizer: migrations and every write to the index use it */
	if ((st = rcp__search_register(sql, &search, err)) != RCP_OK)
		goto fail;
	if (!ro && (st = exec(sql, "PRAGMA journal_mode=WAL;", err)) != RCP_OK)
		goto fail;
	if ((st = exec(sql, "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;", err)) != RCP_OK)
		goto fail;
	/* reads straight from the page cache: no copy per page read (a best
	 * effort: an SQLite built without mmap ignores it) */
	sqlite3_exec(sql, RCP_MMAP_PRAGMA, NULL, NULL, NULL);

	int v = user_version(sql);
	if (v < 0) {
		rcp__error_set(err, RCP_ECORRUPT, "cannot open database", path,
		               "not a receipts database (%s)", sqlite3_errmsg(sql));
		goto fail;
	}
	if (v > rcp__schema_latest()) {
		rcp__error_set(err, RCP_EVERSION, "cannot open database", path,
		               "schema version %d is newer than this receipts (%d)", v,
		               rcp__schema_latest());
		goto fail;
	}
	if (v < rcp__schema_latest()) {
		if (ro) {
			rcp__error_set(err, RCP_EVERSION, "cannot open database", path,
			               "schema version %d needs migrating; open it read-write once", v);
			goto fail;
		}
		if (rcp__schema_migrate(sql, v, err) != RCP_OK) {
			snprintf(err->subject, sizeof err->subject, "%s", path);
			goto fail;
		}
	}

	rcp_db *db = rcp__xcalloc(1, sizeof *db);
	db->sql = sql;
	db->path = rcp__xstrdup(path);
	db->readonly = ro;
	db->search = search;
	snprintf(db->actor, sizeof db->actor, "cli");
	return db;
fail:
	if (err && !err->subject[0])
		snprintf(err->subject, sizeof err->subject, "%s", path);
	sqlite3_close(sql);
	return NULL;
}

void rcp_db_close(rcp_db *db)
{
	if (!db)
		return;
	for (int i = 0; i < RCP_STMT_CACHE; i++)
		sqlite3_finalize(db->cache[i].st);
	rcp_extractor_free(db->extractor);
	rcp__tokenizer_free(db->search_tok);
	rcp_matcher_free(db->matcher);
	sqlite3_close(db->sql);
	free(db->path);
	free(db);
}

int rcp_db_schema_version(rcp_db *db)
{
	return user_version(db->sql);
}

void rcp_db_set_actor(rcp_db *db, const char *actor)
{
	snprintf(db->actor, sizeof db->actor, "%s", actor && *actor ? actor : "cli");
}

rcp_status rcp_db_integrity(rcp_db *db, rcp_error *err)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db->sql, "PRAGMA integrity_check;", -1, &st, NULL) != SQLITE_OK)
		return rcp__error_db(err, db->sql, "cannot check integrity");
	rcp_status rc = RCP_OK;
	if (sqlite3_step(st) == SQLITE_ROW) {
		const char *msg = (const char *)sqlite3_column_text(st, 0);
		if (!msg || strcmp(msg, "ok") != 0)
			rc = rcp__error_set(err, RCP_ECORRUPT, "database integrity check failed",
			                    db->path, "%s", msg ? msg : "no answer");
	} else {
		rc = rcp__error_db(err, db->sql, "cannot check integrity");
	}
	sqlite3_finalize(st);
	return rc;
}

rcp_status rcp__db_begin(rcp_db *db, rcp_error *err)
{
	if (sqlite3_exec(db->sql, "BEGIN IMMEDIATE;", NULL, NULL, NULL) != SQLITE_OK)
		return rcp__error_db(err, db->sql, "cannot start a transaction");
	return RCP_OK;
}

rcp_status rcp__db_commit(rcp_db *db, rcp_error *err)
{
	if (sqlite3_exec(db->sql, "COMMIT;", NULL, NULL, NULL) != SQLITE_OK) {
		rcp_status st = rcp__error_db(err, db->sql, "cannot commit");
		rcp__db_rollback(db);
		return st;
	}
	return RCP_OK;
}

void rcp__db_rollback(rcp_db *db)
{
	if (!sqlite3_get_autocommit(db->sql))
		sqlite3_exec(db->sql, "ROLLBACK;", NULL, NULL, NULL);
}

rcp_status rcp__db_prepare(rcp_db *db, const char *sql, sqlite3_stmt **st, rcp_error *err)
{
	if (sqlite3_prepare_v2(db->sql, sql, -1, st, NULL) != SQLITE_OK)
		return rcp__error_db(err, db->sql, "cannot prepare statement");
	return RCP_OK;
}

rcp_status rcp__db_stmt(rcp_db *db, const char *sql, sqlite3_stmt **st, rcp_error *err)
{
	int free_slot = -1;
	for (int i = 0; i < RCP_STMT_CACHE; i++) {
		if (db->cache[i].sql == sql) {
			sqlite3_reset(db->cache[i].st);
			sqlite3_clear_bindings(db->cache[i].st);
			*st = db->cache[i].st;
			return RCP_OK;
		}
		if (!db->cache[i].sql && free_slot < 0)
			free_slot = i;
	}
	if (free_slot < 0) /* a bug of ours: raise RCP_STMT_CACHE */
		return rcp__error_set(err, RCP_EDB, "statement cache full", NULL, NULL);
	if (sqlite3_prepare_v3(db->sql, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL) != SQLITE_OK)
		return rcp__error_db(err, db->sql, "cannot prepare statement");
	db->cache[free_slot].sql = sql;
	db->cache[free_slot].st = *st;
	return RCP_OK;
}

rcp_status rcp__db_stmt_reentrant(rcp_db *db, const char *sql, sqlite3_stmt **st, int *owned,
                                  rcp_error *err)
{
	*owned = 0;
	for (int i = 0; i < RCP_STMT_CACHE; i++)
		if (db->cache[i].sql == sql && sqlite3_stmt_busy(db->cache[i].st)) {
			*owned = 1;
			return rcp__db_prepare(db, sql, st, err);
		}
	return rcp__db_stmt(db, sql, st, err);
}

void rcp__db_stmt_done(sqlite3_stmt *st, int owned)
{
	if (owned)
		sqlite3_finalize(st);
	else
		sqlite3_reset(st);
}

int rcp__bind_text(sqlite3_stmt *st, int i, const char *s)
{
	return s ? sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT) : sqlite3_bind_null(st, i);
}

const char *rcp__col_text(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}
