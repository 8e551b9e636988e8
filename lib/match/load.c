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
	uint32_t e = rcp__match_builder_entity(b, id, name, k, cats);
	const char *parent = json_string_value(json_object_get(o, "parent"));
	if (parent)
		rcp__match_builder_parent(b, e, parent);
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
		rcp__match_builder_alias(b, e, text, flags);
	}
}

/* ---- plain registry lines without jansson ----
 *
 * Parsing a million registry lines with jansson (an object, its strings
 * and hash table allocated and freed per line) was a third of compiling
 * them. Most lines are plain: strings without escapes, arrays, objects,
 * true, false, null and numbers. This reads such a line in place (its
 * strings NUL-terminated where their closing quote was) and makes the
 * same builder calls as add_json_entity(); at anything else (an escape, a
 * control character, invalid UTF-8, deep nesting, any syntax error) it
 * gives up and the line goes to jansson, which decides as before. Later
 * duplicate keys win, as in jansson. */

typedef struct plain_alias {
	const char *text;
	unsigned flags;
} plain_alias;

typedef struct plain_line {
	char *p, *end;
	const char *id, *name, *kind, *parent;
	unsigned cats;
	plain_alias *aliases; /* reused from line to line */
	size_t n_aliases, cap_aliases;
} plain_line;

static void plain_ws(plain_line *j)
{
	while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\r' || *j->p == '\n'))
		j->p++;
}

/* UTF-8 as jansson accepts it: no overlong forms, surrogates or code
 * points past U+10FFFF. */
static int plain_utf8(const unsigned char *s, const unsigned char *e)
{
	while (s < e) {
		unsigned c = *s;
		if (c < 0x80) {
			s++;
			continue;
		}
		size_t k;
		uint32_t cp;
		if (c >= 0xC2 && c <= 0xDF)
			k = 1, cp = c & 0x1F;
		else if (c >= 0xE0 && c <= 0xEF)
			k = 2, cp = c & 0x0F;
		else if (c >= 0xF0 && c <= 0xF4)
			k = 3, cp = c & 0x07;
		else
			return 0;
		if ((size_t)(e - s) <= k)
			return 0;
		for (size_t i = 1; i <= k; i++) {
			if ((s[i] & 0xC0) != 0x80)
				return 0;
			cp = (cp << 6) | (s[i] & 0x3F);
		}
		if ((k == 2 && cp < 0x800) || (k == 3 && cp < 0x10000) || cp > 0x10FFFF ||
		    (cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
		s += k + 1;
	}
	return 1;
}

/* At a '"': the string, NUL-terminated in place; NULL to give up. */
static const char *plain_string(plain_line *j)
{
	char *s = ++j->p;
	while (j->p < j->end) {
		unsigned char c = (unsigned char)*j->p;
		if (c == '"') {
			if (!plain_utf8((const unsigned char *)s, (const unsigned char *)j->p))
				return NULL;
			*j->p++ = '\0';
			return s;
		}
		if (c == '\\' || c < 0x20)
			return NULL;
		j->p++;
	}
	return NULL;
}

static int plain_literal(plain_line *j, const char *lit)
{
	size_t n = strlen(lit);
	if ((size_t)(j->end - j->p) < n || memcmp(j->p, lit, n))
		return 0;
	j->p += n;
	return 1;
}

static int plain_number(plain_line *j)
{
	const char *p = j->p, *e = j->end;
	if (p < e && *p == '-')
		p++;
	if (p < e && *p == '0')
		p++;
	else if (p < e && *p >= '1' && *p <= '9')
		while (p < e && *p >= '0' && *p <= '9')
			p++;
	else
		return 0;
	if (p < e && *p == '.') {
		if (++p >= e || *p < '0' || *p > '9')
			return 0;
		while (p < e && *p >= '0' && *p <= '9')
			p++;
	}
	if (p < e && (*p == 'e' || *p == 'E')) {
		if (++p < e && (*p == '+' || *p == '-'))
			p++;
		if (p >= e || *p < '0' || *p > '9')
			return 0;
		while (p < e && *p >= '0' && *p <= '9')
			p++;
	}
	j->p = (char *)p;
	return 1;
}

/* Kinds of value, for the fields the builder reads. */
enum { PV_OTHER, PV_STRING, PV_TRUE };

static int plain_value(plain_line *j, int depth, int *kind, const char **str);

/* At a '{' or '['; calls back for each member or element. */
static int plain_object(plain_line *j, int depth,
                        int (*member)(plain_line *j, const char *key, int depth, void *ctx),
                        void *ctx)
{
	j->p++;
	plain_ws(j);
	if (j->p < j->end && *j->p == '}') {
		j->p++;
		return 1;
	}
	for (;;) {
		plain_ws(j);
		if (j->p >= j->end || *j->p != '"')
			return 0;
		const char *key = plain_string(j);
		if (!key)
			return 0;
		plain_ws(j);
		if (j->p >= j->end || *j->p != ':')
			return 0;
		j->p++;
		plain_ws(j);
		if (!member(j, key, depth, ctx))
			return 0;
		plain_ws(j);
		if (j->p < j->end && *j->p == ',') {
			j->p++;
			continue;
		}
		if (j->p < j->end && *j->p == '}') {
			j->p++;
			return 1;
		}
		return 0;
	}
}

static int plain_array(plain_line *j, int depth,
                       int (*element)(plain_line *j, int depth, void *ctx), void *ctx)
{
	j->p++;
	plain_ws(j);
	if (j->p < j->end && *j->p == ']') {
		j->p++;
		return 1;
	}
	for (;;) {
		plain_ws(j);
		if (!element(j, depth, ctx))
			return 0;
		plain_ws(j);
		if (j->p < j->end && *j->p == ',') {
			j->p++;
			continue;
		}
		if (j->p < j->end && *j->p == ']') {
			j->p++;
			return 1;
		}
		return 0;
	}
}

static int skip_member(plain_line *j, const char *key, int depth, void *ctx)
{
	(void)key;
	(void)ctx;
	int kind;
	const char *str;
	return plain_value(j, depth + 1, &kind, &str);
}

static int skip_element(plain_line *j, int depth, void *ctx)
{
	(void)ctx;
	int kind;
	const char *str;
	return plain_value(j, depth + 1, &kind, &str);
}

static int plain_value(plain_line *j, int depth, int *kind, const char **str)
{
	*kind = PV_OTHER;
	*str = NULL;
	if (j->p >= j->end || depth > 32)
		return 0;
	switch (*j->p) {
	case '"':
		*kind = PV_STRING;
		return (*str = plain_string(j)) != NULL;
	case '{':
		return plain_object(j, depth, skip_member, NULL);
	case '[':
		return plain_array(j, depth, skip_element, NULL);
	case 't':
		*kind = PV_TRUE;
		return plain_literal(j, "true");
	case 'f':
		return plain_literal(j, "false");
	case 'n':
		return plain_literal(j, "null");
	default:
		return plain_number(j);
	}
}

static int category_element(plain_line *j, int depth, void *ctx)
{
	int kind;
	const char *str;
	if (!plain_value(j, depth + 1, &kind, &str))
		return 0;
	if (kind == PV_STRING)
		*(unsigned *)ctx |= rcp_category_parse(str);
	return 1;
}

static int alias_member(plain_line *j, const char *key, int depth, void *ctx)
{
	plain_alias *a = ctx;
	int kind;
	const char *str;
	if (!plain_value(j, depth + 1, &kind, &str))
		return 0;
	if (!strcmp(key, "text"))
		a->text = str;
	else if (!strcmp(key, "case_sensitive"))
		a->flags = (a->flags & ~(unsigned)RCP_ALIAS_CASE_SENSITIVE) |
		           (kind == PV_TRUE ? RCP_ALIAS_CASE_SENSITIVE : 0);
	else if (!strcmp(key, "ambiguous"))
		a->flags = (a->flags & ~(unsigned)RCP_ALIAS_AMBIGUOUS) |
		           (kind == PV_TRUE ? RCP_ALIAS_AMBIGUOUS : 0);
	return 1;
}

static int alias_element(plain_line *j, int depth, void *ctx)
{
	(void)ctx;
	plain_alias a = {NULL, 0};
	if (j->p < j->end && *j->p == '{') {
		if (!plain_object(j, depth + 1, alias_member, &a))
			return 0;
	} else {
		int kind;
		if (!plain_value(j, depth + 1, &kind, &a.text))
			return 0;
	}
	if (!a.text || !*a.text)
		return 1;
	if (j->n_aliases == j->cap_aliases) {
		j->cap_aliases = j->cap_aliases ? j->cap_aliases * 2 : 16;
		j->aliases = rcp__xrealloc(j->aliases, j->cap_aliases * sizeof *j->aliases);
	}
	j->aliases[j->n_aliases++] = a;
	return 1;
}

static int entity_member(plain_line *j, const char *key, int depth, void *ctx)
{
	(void)ctx;
	int kind;
	const char *str;
	if (!strcmp(key, "categories")) {
		j->cats = 0;
		if (j->p < j->end && *j->p == '[')
			return plain_array(j, depth + 1, category_element, &j->cats);
	} else if (!strcmp(key, "aliases")) {
		j->n_aliases = 0;
		if (j->p < j->end && *j->p == '[')
			return plain_array(j, depth + 1, alias_element, NULL);
	}
	if (!plain_value(j, depth + 1, &kind, &str))
		return 0;
	if (!strcmp(key, "id"))
		j->id = str;
	else if (!strcmp(key, "name"))
		j->name = str;
	else if (!strcmp(key, "kind"))
		j->kind = str;
	else if (!strcmp(key, "parent"))
		j->parent = str;
	return 1;
}

/* Line in buf (modified) to the builder: 1, or 0 to hand it to jansson. */
static int add_plain_entity(mt_builder *b, plain_line *j, char *buf, size_t n)
{
	j->p = buf;
	j->end = buf + n;
	j->id = j->name = j->kind = j->parent = NULL;
	j->cats = 0;
	j->n_aliases = 0;
	plain_ws(j);
	if (j->p >= j->end || *j->p != '{' || !plain_object(j, 0, entity_member, NULL))
		return 0;
	plain_ws(j);
	if (j->p != j->end)
		return 0;
	if (!j->id || !j->name)
		return 1;
	int k = j->kind ? rcp_kind_parse(j->kind) : RCP_KIND_COMPANY;
	uint32_t e = rcp__match_builder_entity(b, j->id, j->name, k, j->cats);
	if (j->parent)
		rcp__match_builder_parent(b, e, j->parent);
	for (size_t i = 0; i < j->n_aliases; i++)
		rcp__match_builder_alias(b, e, j->aliases[i].text, j->aliases[i].flags);
	return 1;
}

rcp_matcher *rcp_matcher_from_registry(const char *bytes, size_t len, const char *name,
                                       rcp_error *err)
{
	mt_builder *b = rcp__match_builder_new();
	size_t line = 0;
	const char *p = bytes, *end = bytes + len;
	plain_line plain = {0};
	char scratch[16384];
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *e = nl ? nl : end;
		line++;
		const char *q = p;
		while (q < e && (*q == ' ' || *q == '\t' || *q == '\r'))
			q++;
		size_t n = (size_t)(e - p);
		if (q < e && n < sizeof scratch) {
			memcpy(scratch, p, n);
			if (add_plain_entity(b, &plain, scratch, n)) {
				p = e + 1;
				continue;
			}
		}
		if (q < e) {
			json_error_t je;
			json_t *o = json_loadb(p, (size_t)(e - p), 0, &je);
			if (!o || !json_is_object(o)) {
				json_decref(o);
				free(plain.aliases);
				rcp__match_builder_free(b);
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
	free(plain.aliases);
	rcp_matcher *m = rcp__match_builder_finish(b, err);
	rcp__match_builder_free(b);
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

rcp_matcher *rcp_matcher_from_db(rcp_db *db, rcp_error *err)
{
	mt_builder *b = rcp__match_builder_new();
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
		uint32_t e = rcp__match_builder_entity(b, id, rcp__col_text(st, 1),
		                               rcp_kind_parse(rcp__col_text(st, 2)), cats);
		if (rcp__col_text(st, 3))
			rcp__match_builder_parent(b, e, rcp__col_text(st, 3));
		rcp__bind_text(al, 1, id);
		while (sqlite3_step(al) == SQLITE_ROW)
			rcp__match_builder_alias(b, e, rcp__col_text(al, 0), (unsigned)sqlite3_column_int(al, 1) &
			                 (RCP_ALIAS_CASE_SENSITIVE | RCP_ALIAS_AMBIGUOUS));
		sqlite3_reset(al);
	}
	/* merged entities: their aliases stay findable under the surviving id */
	m = rcp__match_builder_finish(b, err);
	if (m)
		rcp_registry_stamp(db, m->stamp);
out:
	sqlite3_finalize(st);
	sqlite3_finalize(al);
	sqlite3_finalize(cat);
	rcp__match_builder_free(b);
	return m;
}

static void matcher_free(void *m)
{
	rcp_matcher_free(m);
}

const rcp_matcher *rcp__db_matcher(rcp_db *db, rcp_error *err)
{
	char stamp[48];
	rcp_registry_stamp(db, stamp);
	rcp_matcher *cached = rcp__db_slot(db, RCP__SLOT_MATCHER);
	if (cached && !strcmp(cached->stamp, stamp))
		return cached;
	/* the extractor is built over the old matcher: it goes first */
	rcp__db_slot_put(db, RCP__SLOT_EXTRACTOR, NULL, NULL);
	rcp__db_slot_put(db, RCP__SLOT_MATCHER, NULL, NULL);
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
	rcp__db_slot_put(db, RCP__SLOT_MATCHER, m, matcher_free);
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
				rc = rcp__db_step_done(db, del, "cannot clear mentions", err);
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

/* ---- an import's interrupted re-scan ---- */

rcp_status rcp__db_finish_pending(rcp_db *db, int64_t *n_entities, int64_t *n_mentions,
                                  rcp_error *err)
{
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_prepare(db, "SELECT entity, seq FROM pending_rescan ORDER BY entity",
	                                &st, err);
	if (rc != RCP_OK)
		return rc;
	char **ids = NULL;
	int64_t *seqs = NULL;
	size_t n = 0, cap = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			ids = rcp__xrealloc(ids, cap * sizeof *ids);
			seqs = rcp__xrealloc(seqs, cap * sizeof *seqs);
		}
		ids[n] = rcp__xstrdup(rcp__col_text(st, 0));
		seqs[n++] = sqlite3_column_int64(st, 1);
	}
	sqlite3_finalize(st);
	int64_t mentions = 0;
	if (n)
		rc = rcp_mentions_rescan(db, (const char *const *)ids, n, &mentions, err);
	/* The re-scan has committed; the record goes in a second transaction.
	 * A kill between them leaves it, and the next open re-scans again:
	 * a re-scan replaces the entities' mentions, so twice is once. A
	 * record an import wrote since we read it (a newer seq) stays. */
	if (rc == RCP_OK && n && (rc = rcp__db_begin(db, err)) == RCP_OK) {
		if ((rc = rcp__db_prepare(db, "DELETE FROM pending_rescan WHERE entity = ? AND seq = ?",
		                          &st, err)) == RCP_OK) {
			for (size_t i = 0; i < n && rc == RCP_OK; i++) {
				rcp__bind_text(st, 1, ids[i]);
				sqlite3_bind_int64(st, 2, seqs[i]);
				rc = rcp__db_step_done(db, st, "cannot clear the pending re-scan",
				                       err);
			}
			sqlite3_finalize(st);
		}
		if (rc == RCP_OK)
			rc = rcp__db_commit(db, err);
		else
			rcp__db_rollback(db);
	}
	for (size_t i = 0; i < n; i++)
		free(ids[i]);
	free(ids);
	free(seqs);
	if (rc == RCP_OK) {
		if (n_entities)
			*n_entities = (int64_t)n;
		if (n_mentions)
			*n_mentions = mentions;
	}
	return rc;
}

rcp_status rcp_db_finish_pending(rcp_db *db, int64_t *n, rcp_error *err)
{
	return rcp__db_finish_pending(db, n, NULL, err);
}
