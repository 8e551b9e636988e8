/*
 * open.c — a handle with every layer wired on it.
 *
 * The store opens, checks and migrates the file (store/db.c) and knows
 * nothing above it. Opening for the library's users also needs the
 * search layer's tokenizer on the connection before the migrations run,
 * and an import killed before its re-scan finished: both are layers
 * above the store, so they are put together here, at the top. So is the
 * funds' regrading that every commit runs: fund.c reads the store, and the
 * store's commit must not know it.
 */
#include <string.h>

#include "internal.h"

/* Funds holding a company a transaction changed are regraded in it,
 * whoever changed the company (store/fund.c). */
static rcp_status regrade_funds(rcp_db *db, rcp_error *err)
{
	return rcp__fund_regrade_stale(db, NULL, err);
}

rcp_db *rcp_db_open(const char *path, int flags, rcp_error *err)
{
	rcp_db *db = rcp__db_open(path, flags, rcp__search_register, err);
	if (!db)
		return NULL;
	rcp__db_on_commit(db, regrade_funds);
	/* an import killed before its re-scan: finish it now (a busy
	 * database leaves it for the next one; verify reports it) */
	if (!rcp_db_readonly(db) && strcmp(path, ":memory:") && !(flags & RCP_OPEN_AS_IS) &&
	    rcp_db_pending_rescans(db) > 0)
		(void)rcp_db_finish_pending(db, NULL, NULL);
	return db;
}
