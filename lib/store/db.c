/*
 * db.c — opening the store, transactions, small statement helpers.
 *
 * One SQLite file in WAL mode with foreign keys on. synchronous=NORMAL in
 * WAL keeps every commit atomic and durable across a process kill; a power
 * loss may lose the last commits but never corrupts the file.
 */
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

static rcp_status exec(sqlite3 *sql, const char *q, rcp_error *err)
{
	if (sqlite3_exec(sql, q, NULL, NULL, NULL) != SQLITE_OK)
		return rcp__error_db(err, sql, "cannot open database");
	return RCP_OK;
}

/* One integer from a query without parameters; -1 when it fails. */
static int64_t pragma_int(sqlite3 *sql, const char *q)
{
	sqlite3_stmt *st;
	int64_t v = -1;
	if (sqlite3_prepare_v2(sql, q, -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

static int user_version(sqlite3 *sql)
{
	return (int)pragma_int(sql, "PRAGMA user_version;");
}

/* ---- read-only media ---------------------------------------------- */

/* 1 when both the file and its directory can be written: what WAL needs
 * for its -wal and -shm files. */
static int writable(const char *path)
{
	if (access(path, W_OK) != 0)
		return 0;
	char dir[4096];
	rcp__path_dir(path, dir, sizeof dir);
	return access(dir, W_OK) == 0;
}

/* "file:<path, percent-encoded>?<query>" for sqlite3_open_v2 with URIs. */
static void uri_for(const char *path, const char *query, char *out, size_t cap)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t n = (size_t)snprintf(out, cap, "file:");
	for (const unsigned char *p = (const unsigned char *)path; *p && n + 4 < cap; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		    strchr("/._-~+,=@", *p)) {
			out[n++] = (char)*p;
		} else {
			out[n++] = '%';
			out[n++] = hex[*p >> 4];
			out[n++] = hex[*p & 15];
		}
	}
	out[n] = '\0';
	snprintf(out + n, cap - n, "?%s", query);
}

static int64_t file_size(const char *path)
{
	struct stat sb;
	return stat(path, &sb) == 0 ? (int64_t)sb.st_size : -1;
}

/* Open path read-only. A WAL database needs its -shm file to be read; in
 * a directory we cannot write, SQLite cannot make one, so when there is
 * none the file is opened "immutable" (no locks, no WAL): right as long
 * as no -wal file holds committed pages, which we check first. */
static sqlite3 *open_readonly(const char *path, rcp_error *err)
{
	char uri[4096 * 3 + 32];
	sqlite3 *sql = NULL;
	int oflags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
	uri_for(path, "mode=ro", uri, sizeof uri);
	if (sqlite3_open_v2(uri, &sql, oflags, NULL) == SQLITE_OK &&
	    pragma_int(sql, "SELECT count(*) FROM sqlite_schema") >= 0)
		return sql;
	int ec = sql ? sqlite3_extended_errcode(sql) & 0xff : SQLITE_CANTOPEN;
	sqlite3_close(sql);
	sql = NULL;
	if (ec == SQLITE_NOTADB || ec == SQLITE_CORRUPT) {
		rcp__error_set(err, RCP_ECORRUPT, "cannot open database", path,
		               "not a receipts database (file is not a database)");
		return NULL;
	}
	char wal[4200];
	snprintf(wal, sizeof wal, "%s-wal", path);
	if (file_size(wal) > 0) {
		rcp__error_set(err, RCP_EIO, "cannot open database", path,
		               "its -wal file holds committed data that cannot be read where the"
		               " directory is read-only; copy the database with its -wal file to"
		               " writable storage");
		return NULL;
	}
	uri_for(path, "immutable=1", uri, sizeof uri);
	if (sqlite3_open_v2(uri, &sql, oflags, NULL) == SQLITE_OK &&
	    pragma_int(sql, "SELECT count(*) FROM sqlite_schema") >= 0)
		return sql;
	rcp__error_set(err, RCP_EDB, "cannot open database", path, "%s",
	               sql ? sqlite3_errmsg(sql) : "out of memory");
	sqlite3_close(sql);
	return NULL;
}

/* ---- whose database is it? ---------------------------------------- */

/* Refuse a file that is not a receipts database before anything is
 * written to it. *fresh is set for an empty database (a new file). */
static rcp_status check_ours(sqlite3 *sql, const char *path, int *fresh, rcp_error *err)
{
	*fresh = 0;
	int64_t app = pragma_int(sql, "PRAGMA application_id;");
	int v = user_version(sql);
	int64_t tables = pragma_int(sql, "SELECT count(*) FROM sqlite_schema");
	if (app < 0 || v < 0 || tables < 0)
		return rcp__error_set(err, RCP_ECORRUPT, "cannot open database", path,
		                      "not a receipts database (%s)", sqlite3_errmsg(sql));
	if (app == RCP_APPLICATION_ID)
		return RCP_OK;
	if (app != 0)
		return rcp__error_set(err, RCP_EFORMAT, "cannot open database", path,
		                      "not a receipts database: another application's file"
		                      " (application_id 0x%08llx)", (unsigned long long)app);
	if (v == 0 && tables == 0) {
		*fresh = 1;
		return RCP_OK;
	}
	if (v > rcp__schema_latest())
		return RCP_OK; /* refused below, as a newer receipts' file */
	/* written by a receipts from before the application_id: its own tables */
	int64_t ours = pragma_int(sql, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'"
	                               " AND name IN ('source', 'entity', 'claim', 'audit')");
	if (v > 0 && ours == 4)
		return RCP_OK;
	return rcp__error_set(err, RCP_EFORMAT, "cannot open database", path,
	                      "not a receipts database: it holds another application's tables");
}

/* ---- stale files --------------------------------------------------- */

/* "<db>.matcher.tmp.<pid>" is the compiled matcher being written,
 * "<db>.names.tmp.<pid>" the name index; a process killed meanwhile
 * leaves it. Remove those of dead processes. */
static void remove_stale_tmp(const char *path, const char *what)
{
	char dir[4096];
	const char *base = path + rcp__path_dir(path, dir, sizeof dir);
	char prefix[1024];
	int plen = snprintf(prefix, sizeof prefix, "%s.%s.tmp.", base, what);
	if (plen <= 0 || (size_t)plen >= sizeof prefix)
		return;
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (strncmp(e->d_name, prefix, (size_t)plen))
			continue;
		char *end;
		errno = 0;
		long pid = strtol(e->d_name + plen, &end, 10);
		if (*end || pid <= 0 || errno)
			continue;
		if (kill((pid_t)pid, 0) == 0 || errno != ESRCH)
			continue; /* alive (or not ours to ask): leave it */
		char full[8192];
		snprintf(full, sizeof full, "%s/%s", dir, e->d_name);
		unlink(full);
	}
	closedir(d);
}

void rcp__test_kill_point(const char *name)
{
	const char *at = getenv("RCP_TEST_KILL_AT");
	if (at && !strcmp(at, name))
		raise(SIGKILL);
}

rcp_db *rcp__db_open(const char *path, int flags, rcp__db_connect_fn connect, rcp_error *err)
{
	sqlite3 *sql = NULL;
	int ro = flags & RCP_OPEN_READONLY;
	rcp__fault_install(); /* tests only: RCP_FAULT (fault.c) */
	int memory = !strcmp(path, ":memory:");
	int exists = memory || access(path, F_OK) == 0;
	if (!exists && (flags & (RCP_OPEN_EXISTING | RCP_OPEN_READONLY))) {
		rcp__error_set(err, RCP_ENOTFOUND, "no database", path,
		               "no such file (create one with 'receipts init')");
		return NULL;
	}
	/* an archive on read-only media is read read-only */
	if (exists && !memory && !ro && !writable(path))
		ro = 1;
	if (ro) {
		if (!(sql = open_readonly(path, err)))
			return NULL;
	} else {
		int oflags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
		if (sqlite3_open_v2(path, &sql, oflags, NULL) != SQLITE_OK) {
			rcp__error_set(err, RCP_EDB, "cannot open database", path, "%s",
			               sql ? sqlite3_errmsg(sql) : "out of memory");
			sqlite3_close(sql);
			return NULL;
		}
	}
	sqlite3_extended_result_codes(sql, 1);
	sqlite3_busy_timeout(sql, 10000);

	rcp_status st;
	rcp_search_ctx *search = NULL;
	int fresh;
	/* before anything is written: is this file ours? */
	if ((st = check_ours(sql, path, &fresh, err)) != RCP_OK)
		goto fail;
	if (fresh && (flags & RCP_OPEN_EXISTING)) {
		rcp__error_set(err, RCP_ENOTFOUND, "no database", path,
		               "the file is empty (create one with 'receipts init')");
		goto fail;
	}
	/* the search tokenizer: migrations and every write to the index use it */
	if (connect && (st = connect(sql, &search, err)) != RCP_OK)
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
	if (!ro && !memory && !(flags & RCP_OPEN_AS_IS)) {
		remove_stale_tmp(path, "matcher");
		remove_stale_tmp(path, "names");
	}
	return db;
fail:
	if (err && !err->subject[0])
		snprintf(err->subject, sizeof err->subject, "%s", path);
	sqlite3_close(sql);
	return NULL;
}

int rcp_db_readonly(rcp_db *db)
{
	return db->readonly;
}

/* ---- interrupted work ----------------------------------------------- */

int64_t rcp_db_pending_rescans(rcp_db *db)
{
	return pragma_int(db->sql, "SELECT count(*) FROM pending_rescan");
}

void rcp_db_close(rcp_db *db)
{
	if (!db)
		return;
	for (int i = 0; i < RCP_STMT_CACHE; i++)
		sqlite3_finalize(db->cache[i].st);
	for (int i = RCP__DB_SLOTS - 1; i >= 0; i--)
		rcp__db_slot_put(db, i, NULL, NULL);
	sqlite3_close(db->sql);
	free(db->path);
	free(db);
}

void *rcp__db_slot(rcp_db *db, int slot)
{
	return db->slot[slot].p;
}

void rcp__db_slot_put(rcp_db *db, int slot, void *p, void (*free_fn)(void *p))
{
	if (db->slot[slot].p && db->slot[slot].free)
		db->slot[slot].free(db->slot[slot].p);
	db->slot[slot].p = p;
	db->slot[slot].free = free_fn;
}

void rcp__db_on_commit(rcp_db *db, rcp_status (*fn)(rcp_db *db, rcp_error *err))
{
	db->before_commit = fn;
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
	/* what a higher layer keeps in step with the change commits with it
	 * or not at all (the funds holding a changed company: ingest/open.c) */
	rcp_status rc = db->before_commit ? db->before_commit(db, err) : RCP_OK;
	if (rc != RCP_OK) {
		rcp__db_rollback(db);
		return rc;
	}
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

rcp_status rcp__db_step_done(rcp_db *db, sqlite3_stmt *st, const char *what, rcp_error *err)
{
	rcp_status rc = RCP_OK;
	if (sqlite3_step(st) != SQLITE_DONE)
		rc = rcp__error_db(err, db->sql, what);
	sqlite3_reset(st);
	return rc;
}

int rcp__bind_text(sqlite3_stmt *st, int i, const char *s)
{
	return s ? sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT) : sqlite3_bind_null(st, i);
}

const char *rcp__col_text(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}
