/*
 * find.c — an entity named the way an editor names it: its id (followed
 * through merges), or the one entity with that name or alias.
 */
#include <string.h>

#include "internal.h"

/* Up to two distinct live entities called ref, by the lookup q; *n gets how
 * many (0, 1, or 2 for "more than one"). */
static rcp_status find_by(rcp_db *db, const char *q, const char *ref, char out[129], int *n,
                          rcp_error *err)
{
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_stmt(db, q, &st, err);
	if (rc != RCP_OK)
		return rc;
	rcp__bind_text(st, 1, ref);
	*n = 0;
	int r;
	while (*n < 2 && (r = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == 0)
			snprintf(out, 129, "%s", (const char *)sqlite3_column_text(st, 0));
		++*n;
	}
	sqlite3_reset(st);
	return RCP_OK;
}

rcp_status rcp_entity_find(rcp_db *db, const char *ref, char out[129], rcp_error *err)
{
	/* exact spelling first (the alias index), then any case */
	static const char *const q[] = {
		"SELECT id FROM entity WHERE id = ?1 AND merged_into IS NULL"
		" UNION SELECT e.id FROM entity e WHERE e.name = ?1 AND e.merged_into IS NULL"
		" UNION SELECT a.entity FROM alias a JOIN entity e ON e.id = a.entity"
		"   WHERE a.text = ?1 AND e.merged_into IS NULL",
		"SELECT e.id FROM entity e WHERE e.name = ?1 COLLATE NOCASE AND e.merged_into IS NULL"
		" UNION SELECT a.entity FROM alias a JOIN entity e ON e.id = a.entity"
		"   WHERE a.text = ?1 COLLATE NOCASE AND e.merged_into IS NULL",
	};
	if (!ref || !*ref || strlen(ref) > 512)
		return rcp__error_set(err, RCP_EINVAL, "invalid entity", ref ? ref : "",
		                      "an entity id or name");
	/* a merged id stands for the entity it was merged into */
	if (rcp_entity_resolve(db, ref, out, NULL) == RCP_OK)
		return RCP_OK;
	for (size_t i = 0; i < sizeof q / sizeof q[0]; i++) {
		int n;
		rcp_status rc = find_by(db, q[i], ref, out, &n, err);
		if (rc != RCP_OK)
			return rc;
		if (n == 1)
			return RCP_OK;
		if (n > 1)
			return rcp__error_set(err, RCP_EAMBIGUOUS, "ambiguous name", ref,
			                      "more than one entity has it: give the id");
	}
	return rcp__error_set(err, RCP_ENOTFOUND, "no such entity", ref, NULL);
}
