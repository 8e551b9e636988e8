/*
 * reasons.c — why a screened company is flagged, in words a trustee can
 * check.
 *
 * A flag has at least one reason, strongest first:
 *
 *   claim     an accepted claim about the company (or the parent it rolls
 *             up to): relation, counterparty, category, year and the
 *             verbatim quote, with its source (URL, else sha256);
 *   list      a list the registry puts it on ("afsc-2025-07"), with the
 *             registry's source for the company;
 *   category  a category the registry gives it, with the same source.
 *
 * The screening report carries them as "reasons": [{"kind", "text",
 * "source"}] on each flagged company (docs/formats.md); the text, HTML
 * and web reports print them.
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"

#define MAX_CLAIM_REASONS 5

static void push(json_t *a, const char *kind, const char *text, const char *source)
{
	json_t *o = json_object();
	json_object_set_new(o, "kind", json_string(kind));
	json_object_set_new(o, "text", json_string(text));
	json_object_set_new(o, "source", source && *source ? json_string(source) : json_null());
	json_array_append_new(a, o);
}

static const char q_claims[] =
	"SELECT c.relation, coalesce(e.name, c.counterparty), c.category, c.year, c.evidence,"
	" s.url, s.sha256"
	" FROM claim c JOIN source s ON s.id = c.source"
	" LEFT JOIN entity e ON e.id = c.counterparty"
	" WHERE c.company = ?1 AND c.status = 'accepted'"
	" ORDER BY coalesce(c.confidence, 0) DESC, coalesce(c.amount, 0) DESC, c.id"
	" LIMIT ?2";
static const char q_entity[] =
	"SELECT source_url FROM entity WHERE id = ?1";
static const char q_lists[] =
	"SELECT list FROM entity_list WHERE entity = ?1 ORDER BY list";
static const char q_categories[] =
	"SELECT category FROM entity_category WHERE entity = ?1 ORDER BY category";

/* The claims, lists and categories of id into a, the claims' texts saying
 * "(through PARENT)" when via is set. */
static rcp_status reasons_of(rcp_db *db, const char *id, const char *via, json_t *a,
                             rcp_error *err)
{
	sqlite3_stmt *st;
	rcp_status rc;
	char text[1024];
	if ((rc = rcp__db_stmt(db, q_claims, &st, err)) != RCP_OK)
		return rc;
	rcp__bind_text(st, 1, id);
	sqlite3_bind_int(st, 2, MAX_CLAIM_REASONS);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *rel = rcp__col_text(st, 0), *cp = rcp__col_text(st, 1);
		const char *cat = rcp__col_text(st, 2), *quote = rcp__col_text(st, 4);
		const char *url = rcp__col_text(st, 5), *sha = rcp__col_text(st, 6);
		char year[16] = "";
		if (sqlite3_column_type(st, 3) != SQLITE_NULL)
			snprintf(year, sizeof year, ", %lld", (long long)sqlite3_column_int64(st, 3));
		/* "supplies Israel Ministry of Defense (military, 2023): "..."" */
		snprintf(text, sizeof text, "%s%s%s%s%.200s (%s%s): \"%.600s\"", via ? via : "",
		         via ? " " : "", rel ? rel : "involved", cp ? " " : "", cp ? cp : "",
		         cat ? cat : "no category", year, quote ? quote : "");
		char src[80];
		if (!url || !*url)
			snprintf(src, sizeof src, "sha256:%s", sha ? sha : "");
		push(a, "claim", text, url && *url ? url : src);
	}
	sqlite3_reset(st);

	if ((rc = rcp__db_stmt(db, q_entity, &st, err)) != RCP_OK)
		return rc;
	rcp__bind_text(st, 1, id);
	char source[1024] = "";
	if (sqlite3_step(st) == SQLITE_ROW && rcp__col_text(st, 0))
		snprintf(source, sizeof source, "%s", rcp__col_text(st, 0));
	sqlite3_reset(st);

	if ((rc = rcp__db_stmt(db, q_lists, &st, err)) != RCP_OK)
		return rc;
	rcp__bind_text(st, 1, id);
	while (sqlite3_step(st) == SQLITE_ROW) {
		snprintf(text, sizeof text, "%s%son the list %s", via ? via : "", via ? " " : "",
		         rcp__col_text(st, 0));
		push(a, "list", text, source);
	}
	sqlite3_reset(st);

	if ((rc = rcp__db_stmt(db, q_categories, &st, err)) != RCP_OK)
		return rc;
	rcp__bind_text(st, 1, id);
	while (sqlite3_step(st) == SQLITE_ROW) {
		snprintf(text, sizeof text, "%s%sregistry category: %s", via ? via : "",
		         via ? " " : "", rcp__col_text(st, 0));
		push(a, "category", text, source);
	}
	sqlite3_reset(st);
	return RCP_OK;
}

json_t *rcp__screen_reasons(rcp_db *db, const char *id, const char *parent,
                            const char *parent_name, unsigned cats, rcp_error *err)
{
	json_t *a = json_array();
	if (db) {
		if (reasons_of(db, id, NULL, a, err) != RCP_OK) {
			json_decref(a);
			return NULL;
		}
		if (parent) {
			char via[300];
			snprintf(via, sizeof via, "through its parent %s:",
			         parent_name ? parent_name : parent);
			if (reasons_of(db, parent, via, a, err) != RCP_OK) {
				json_decref(a);
				return NULL;
			}
		}
	}
	/* no store, or a registry without categories stored: what the match
	 * itself says */
	if (json_array_size(a) == 0) {
		for (int i = 0; i < RCP_CATEGORY_COUNT; i++) {
			if (!(cats & (1u << i)))
				continue;
			char text[128];
			snprintf(text, sizeof text, "registry category: %s", rcp_category_at(i));
			push(a, "category", text, NULL);
		}
	}
	if (json_array_size(a) == 0)
		push(a, "category", "flagged by the registry, no category given", NULL);
	return a;
}
