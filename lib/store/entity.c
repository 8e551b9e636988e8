/*
 * entity.c — an entity as canonical JSON, read from the store.
 *
 * The canonical shape is what `receipts entity list --format jsonl`
 * prints, what the audit log records as before/after, and what a registry
 * line is normalized to before it is compared with the store:
 *
 *   {"id", "name", "kind", "country", "parent", "categories": [sorted],
 *    "aliases": [{"text", "lang"?, "case_sensitive"?, "ambiguous"?}] (by text),
 *    "identifiers": [{"scheme", "value"}] (by scheme, value),
 *    "summary", "tier", "source", "profile", "lists": [sorted]}
 *
 * Absent values are null (scalars) or [] (lists), so two equal entities
 * have equal JSON.
 */
#include <string.h>

#include "internal.h"

static const char q_entity[] =
	"SELECT id, name, kind, country, parent, summary, tier, source_url, profile_url"
	" FROM entity WHERE id = ?";
static const char q_categories[] =
	"SELECT category FROM entity_category WHERE entity = ? ORDER BY category";
static const char q_aliases[] =
	"SELECT text, lang, flags FROM alias WHERE entity = ? ORDER BY text";
static const char q_identifiers[] =
	"SELECT scheme, value FROM identifier WHERE entity = ? ORDER BY scheme, value";
static const char q_lists[] =
	"SELECT list FROM entity_list WHERE entity = ? ORDER BY list";

static rcp_status string_column(rcp_db *db, const char *q, const char *id, json_t *arr,
                                rcp_error *err)
{
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_stmt(db, q, &st, err);
	if (rc != RCP_OK)
		return rc;
	rcp__bind_text(st, 1, id);
	while (sqlite3_step(st) == SQLITE_ROW)
		json_array_append_new(arr, json_string(rcp__col_text(st, 0)));
	sqlite3_reset(st);
	return RCP_OK;
}

json_t *rcp_entity_json(rcp_db *db, const char *id, rcp_error *err)
{
	sqlite3_stmt *st;
	if (rcp__db_stmt(db, q_entity, &st, err) != RCP_OK)
		return NULL;
	rcp__bind_text(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		rcp__error_set(err, RCP_ENOTFOUND, "no such entity", id, NULL);
		return NULL;
	}
	json_t *e = json_object();
	json_object_set_new(e, "id", json_string(rcp__col_text(st, 0)));
	json_object_set_new(e, "name", json_string(rcp__col_text(st, 1)));
	json_object_set_new(e, "kind", json_string(rcp__col_text(st, 2)));
	json_object_set_new(e, "country", rcp_json_nullable(rcp__col_text(st, 3)));
	json_object_set_new(e, "parent", rcp_json_nullable(rcp__col_text(st, 4)));
	json_t *summary = rcp_json_nullable(rcp__col_text(st, 5));
	json_t *tier = rcp_json_nullable(rcp__col_text(st, 6));
	json_t *source = rcp_json_nullable(rcp__col_text(st, 7));
	json_t *profile = rcp_json_nullable(rcp__col_text(st, 8));
	sqlite3_reset(st);

	json_t *cats = json_array(), *aliases = json_array(), *ids = json_array(),
	       *lists = json_array();
	json_object_set_new(e, "categories", cats);
	json_object_set_new(e, "aliases", aliases);
	json_object_set_new(e, "identifiers", ids);
	json_object_set_new(e, "summary", summary);
	json_object_set_new(e, "tier", tier);
	json_object_set_new(e, "source", source);
	json_object_set_new(e, "profile", profile);
	json_object_set_new(e, "lists", lists);

	if (string_column(db, q_categories, id, cats, err) != RCP_OK ||
	    string_column(db, q_lists, id, lists, err) != RCP_OK)
		goto fail;
	if (rcp__db_stmt(db, q_aliases, &st, err) != RCP_OK)
		goto fail;
	rcp__bind_text(st, 1, id);
	while (sqlite3_step(st) == SQLITE_ROW) {
		json_t *a = json_object();
		json_object_set_new(a, "text", json_string(rcp__col_text(st, 0)));
		if (rcp__col_text(st, 1))
			json_object_set_new(a, "lang", json_string(rcp__col_text(st, 1)));
		int flags = sqlite3_column_int(st, 2);
		if (flags & RCP_ALIAS_CASE_SENSITIVE)
			json_object_set_new(a, "case_sensitive", json_true());
		if (flags & RCP_ALIAS_AMBIGUOUS)
			json_object_set_new(a, "ambiguous", json_true());
		json_array_append_new(aliases, a);
	}
	sqlite3_reset(st);
	if (rcp__db_stmt(db, q_identifiers, &st, err) != RCP_OK)
		goto fail;
	rcp__bind_text(st, 1, id);
	while (sqlite3_step(st) == SQLITE_ROW)
		json_array_append_new(ids, json_pack("{s:s, s:s}", "scheme", rcp__col_text(st, 0),
		                                     "value", rcp__col_text(st, 1)));
	sqlite3_reset(st);
	return e;
fail:
	json_decref(e);
	return NULL;
}

rcp_status rcp_entity_each(rcp_db *db, const rcp_entity_filter *f,
                           int (*fn)(json_t *entity, void *ctx), void *ctx,
                           rcp_error *err)
{
	static const rcp_entity_filter none;
	if (!f)
		f = &none;
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_prepare(db,
		"SELECT id FROM entity e WHERE merged_into IS NULL"
		" AND (?1 IS NULL OR kind = ?1)"
		" AND (?2 IS NULL OR country = ?2)"
		" AND (?3 IS NULL OR EXISTS (SELECT 1 FROM entity_category c"
		"      WHERE c.entity = e.id AND c.category = ?3))"
		" ORDER BY id", &st, err);
	if (rc != RCP_OK)
		return rc;
	rcp__bind_text(st, 1, f->kind);
	rcp__bind_text(st, 2, f->country);
	rcp__bind_text(st, 3, f->category);
	int r;
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		json_t *e = rcp_entity_json(db, rcp__col_text(st, 0), err);
		if (!e) {
			rc = err ? err->code : RCP_EDB;
			break;
		}
		int stop = fn(e, ctx);
		json_decref(e);
		if (stop)
			break;
	}
	if (rc == RCP_OK && r != SQLITE_ROW && r != SQLITE_DONE)
		rc = rcp__error_db(err, db->sql, "cannot list entities");
	sqlite3_finalize(st);
	return rc;
}

int64_t rcp_entity_count(rcp_db *db)
{
	sqlite3_stmt *st;
	int64_t n = -1;
	if (sqlite3_prepare_v2(db->sql, "SELECT count(*) FROM entity WHERE merged_into IS NULL",
	                       -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW)
			n = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
	}
	return n;
}
