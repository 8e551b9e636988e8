/*
 * load.c — matchers from the store, from registry files, and the one built
 * into the binary; the store's cached matcher; mentions in the store.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "match_internal.h"

extern const unsigned char rcp_builtin_registry[];
extern const size_t rcp_builtin_registry_len;

/* ---- from registry JSON lines ---- */

static void add_json_entity(mt_builder *b, json_t *o)
{
	const char *id = json_string_value(json_object_get(o, "id"));
	const char *name = json_string_value(json_object_get(o, "name"));
	if (!id || !name)
		return;
	const char *kind = json_string_value(json_object_get(o, "kind"));
	int k = kind ? rcp_kind_parse(kind) : RCP_KIND_COMPANY;
	unsigned cats = 0;
	size_t i;
	json_t *x;
	json_array_foreach(json_object_get(o, "categories"), i, x)
		cats |= rcp_category_parse(json_string_value(x));
	uint32_t e = mt_builder_entity(b, id, name, k, cats);
	const char *parent = json_string_value(json_object_get(o, "parent"));
	if (parent)
		mt_builder_parent(b, e, parent);
	json_array_foreach(json_object_get(o, "aliases"), i, x) {
		const char *text = json_is_string(x) ? json_string_value(x)
		                                     : json_string_value(json_object_get(x, "text"));
		if (!text || !*text)
			continue;
		unsigned flags = 0;
		if (json_is_object(x)) {
			if (json_is_true(json_object_get(x, "case_sensitive")))
				flags |= RCP_ALIAS_CASE_SENSITIVE;
			if (json_is_true(json_object_get(x, "ambiguous")))
				flags |= RCP_ALIAS_AMBIGUOUS;
		}
		mt_builder_alias(b, e, text, flags);
	}
}

rcp_matcher *rcp_matcher_from_registry(const char *bytes, size_t len, const char *name,
                                       rcp_error *err)
{
	mt_builder *b = mt_builder_new();
	size_t line = 0;
	const char *p = bytes, *end = bytes + len;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *e = nl ? nl : end;
		line++;
		const char *q = p;
		while (q < e && (*q == ' ' || *q == '\t' || *q == '\r'))
			q++;
		if (q < e) {
			json_error_t je;
			json_t *o = json_loadb(p, (size_t)(e - p), 0, &je);
			if (!o || !json_is_object(o)) {
				json_decref(o);
				mt_builder_free(b);
				rcp__error_set(err, RCP_EPARSE, "invalid registry", name ? name : "-",
				               "line %zu: not a JSON object", line);
				if (err)
					err->offset = (int64_t)line;
				return NULL;
			}
			add_json_entity(b, o);
			json_decref(o);
		}
		p = e + 1;
	}
	rcp_matcher *m = mt_builder_finish(b, err);
	mt_builder_free(b);
	return m;
}

rcp_matcher *rcp_matcher_from_registry_file(const char *path, rcp_error *err)
{
	uint8_t *bytes;
	size_t len;
	if (rcp_file_read(path, (size_t)1 << 31, &bytes, &len, err) != RCP_OK)
		return NULL;
	rcp_matcher *m = rcp_matcher_from_registry((const char *)bytes, len, path, err);
	free(bytes);
	return m;
}

rcp_matcher *rcp_matcher_builtin(rcp_error *err)
{
	return rcp_matcher_from_registry((const char *)rcp_builtin_registry,
	                                 rcp_builtin_registry_len, "built-in registry", err);
}

/* ---- from the store ---- */

/* What the registry looks like now: changes when any entity changes. */
void rcp_registry_stamp(rcp_db *db, char out[48])
{
	sqlite3_stmt *st;
	long long seq = 0, ents = 0, aliases = 0;
	if (sqlite3_prepare_v2(db->sql,
	        "SELECT (SELECT coalesce(max(seq), 0) FROM audit WHERE action LIKE 'entity.%'),"
	        " (SELECT count(*) FROM entity), (SELECT count(*) FROM alias)", -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW) {
			seq = sqlite3_column_int64(st, 0);
			ents = sqlite3_column_int64(st, 1);
			aliases = sqlite3_column_int64(st, 2);
		}
		sqlite3_finalize(st);
	}
	snprintf(out, 48, "v1:%lld:%lld:%lld", seq, ents, aliases);
}

rcp_matcher *rcp_matcher_from_db(rcp_db *db, rcp_error *err)
{
	mt_builder *b = mt_builder_new();
	sqlite3_stmt *st = NULL, *al = NULL, *cat = NULL;
	rcp_matcher *m = NULL;
	if (rcp__db_prepare(db, "SELECT id, name, kind, parent FROM entity"
	                        " WHERE merged_into IS NULL ORDER BY rowid", &st, err) != RCP_OK ||
	    rcp__db_prepare(db, "SELECT text, flags FROM alias WHERE entity = ? ORDER BY id", &al,
	                    err) != RCP_OK ||
	    rcp__db_prepare(db, "SELECT category FROM entity_category WHERE entity = ?", &cat,
	                    err) != RCP_OK)
		goto out;
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *id = rcp__col_text(st, 0);
		unsigned cats = 0;
		rcp__bind_text(cat, 1, id);
		while (sqlite3_step(cat) == SQLITE_ROW)
			cats |= rcp_category_parse(rcp__col_text(cat, 0));
		sqlite3_reset(cat);
		uint32_t e = mt_builder_entity(b, id, rcp__col_text(st, 1),
		                               rcp_kind_parse(rcp__col_text(st, 2)), cats);
		if (rcp__col_text(st, 3))
			mt_builder_parent(b, e, rcp__col_text(st, 3));
		rcp__bind_text(al, 1, id);
		while (sqlite3_step(al) == SQLITE_ROW)
			mt_builder_alias(b, e, rcp__col_text(al, 0), (unsigned)sqlite3_column_int(al, 1) &
			                 (RCP_ALIAS_CASE_SENSITIVE | RCP_ALIAS_AMBIGUOUS));
		sqlite3_reset(al);
	}
	/* merged entities: their aliases stay findable under the surviving id */
	m = mt_builder_finish(b, err);
	if (m)
		rcp_registry_stamp(db, m->stamp);
out:
	sqlite3_finalize(st);
	sqlite3_finalize(al);
	sqlite3_finalize(cat);
	mt_builder_free(b);
	return m;
}

const rcp_matcher *rcp__db_matcher(rcp_db *db, rcp_error *err)
{
	char stamp[48];
	rcp_registry_stamp(db, stamp);
	if (db->matcher && !strcmp(db->matcher->stamp, stamp))
		return db->matcher;
	rcp_extractor_free(db->extractor);
	db->extractor = NULL;
	rcp_matcher_free(db->matcher);
	db->matcher = NULL;
	/* the compiled file next to the store, if it is current */
	char path[4200];
	snprintf(path, sizeof path, "%s.matcher", db->path);
	rcp_matcher *m = rcp_matcher_load(path, NULL);
	if (m && strcmp(m->stamp, stamp)) {
		rcp_matcher_free(m);
		m = NULL;
	}
	if (!m) {
		m = rcp_matcher_from_db(db, err);
		if (!m)
			return NULL;
		if (strcmp(db->path, ":memory:"))
			(void)rcp_matcher_save(m, path, NULL); /* a cache: failing to write is fine */
	}
	db->matcher = m;
	return m;
}

/* ---- mentions ---- */

typedef struct mention_ctx {
	rcp_db *db;
	const rcp_matcher *m;
	int64_t source;
	const char *text;
	const uint8_t *wanted; /* per entity index, NULL = all */
	int64_t n;
	rcp_status rc;
	rcp_error *err;
} mention_ctx;

static int store_mention(const rcp_match *mt, void *p)
{
	mention_ctx *c = p;
	if (c->wanted && !c->wanted[mt->entity])
		return 0;
	static const char q[] = "INSERT INTO mention(source, entity, start, end, text) VALUES (?,?,?,?,?)";
	sqlite3_stmt *st;
	if ((c->rc = rcp__db_stmt(c->db, q, &st, c->err)) != RCP_OK)
		return 1;
	rcp_matcher_entity e;
	rcp_matcher_get_entity(c->m, mt->entity, &e);
	sqlite3_bind_int64(st, 1, c->source);
	rcp__bind_text(st, 2, e.id);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)mt->start);
	sqlite3_bind_int64(st, 4, (sqlite3_int64)mt->end);
	sqlite3_bind_text(st, 5, c->text + mt->start, (int)(mt->end - mt->start), SQLITE_TRANSIENT);
	if (sqlite3_step(st) != SQLITE_DONE)
		c->rc = rcp__error_db(c->err, c->db->sql, "cannot store mention");
	sqlite3_reset(st);
	c->n++;
	return c->rc != RCP_OK;
}

rcp_status rcp__mentions_record(rcp_db *db, int64_t source, const char *text, size_t len,
                                int64_t *n, rcp_error *err)
{
	const rcp_matcher *m = rcp__db_matcher(db, err);
	if (!m)
		return err ? err->code : RCP_EDB;
	mention_ctx c = {db, m, source, text, NULL, 0, RCP_OK, err};
	rcp_matcher_scan(m, text, len, store_mention, &c);
	if (n)
		*n = c.n;
	return c.rc;
}

rcp_status rcp_mentions_rescan(rcp_db *db, const char *const *ids, size_t n_ids,
                               int64_t *n_mentions, rcp_error *err)
{
	const rcp_matcher *m = rcp__db_matcher(db, err);
	if (!m)
		return err ? err->code : RCP_EDB;
	uint8_t *wanted = NULL;
	if (ids) {
		wanted = rcp__xcalloc(m->n_entities ? m->n_entities : 1, 1);
		for (size_t i = 0; i < n_ids; i++) {
			int64_t e = rcp_matcher_find(m, ids[i]);
			if (e >= 0)
				wanted[e] = 1;
		}
	}
	rcp_status rc = rcp__db_begin(db, err);
	if (rc != RCP_OK) {
		free(wanted);
		return rc;
	}
	if (!ids) {
		if (sqlite3_exec(db->sql, "DELETE FROM mention", NULL, NULL, NULL) != SQLITE_OK)
			rc = rcp__error_db(err, db->sql, "cannot clear mentions");
	} else {
		sqlite3_stmt *del;
		if ((rc = rcp__db_prepare(db, "DELETE FROM mention WHERE entity = ?", &del, err)) == RCP_OK) {
			for (size_t i = 0; i < n_ids && rc == RCP_OK; i++) {
				rcp__bind_text(del, 1, ids[i]);
				if (sqlite3_step(del) != SQLITE_DONE)
					rc = rcp__error_db(err, db->sql, "cannot clear mentions");
				sqlite3_reset(del);
			}
			sqlite3_finalize(del);
		}
	}
	sqlite3_stmt *st = NULL;
	mention_ctx c = {db, m, 0, NULL, wanted, 0, RCP_OK, err};
	if (rc == RCP_OK && (rc = rcp__db_prepare(db, "SELECT id, text FROM source ORDER BY id", &st,
	                                          err)) == RCP_OK) {
		while (rc == RCP_OK && sqlite3_step(st) == SQLITE_ROW) {
			c.source = sqlite3_column_int64(st, 0);
			c.text = (const char *)sqlite3_column_text(st, 1);
			rcp_matcher_scan(m, c.text, (size_t)sqlite3_column_bytes(st, 1), store_mention, &c);
			rc = c.rc;
		}
		sqlite3_finalize(st);
	}
	free(wanted);
	if (rc != RCP_OK) {
		rcp__db_rollback(db);
		return rc;
	}
	if (n_mentions)
		*n_mentions = c.n;
	return rcp__db_commit(db, err);
}
