/*
 * source.c — a source's row: stored, listed and read back.
 *
 * A source is keyed by the sha256 of its original bytes. Adding one (the
 * text read, mentions, claims and the search index with it) is the
 * pipeline's work, in lib/ingest/add.c; the store only keeps the row.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

int64_t rcp__source_find_sha(rcp_db *db, const char *sha, rcp_error *err)
{
	sqlite3_stmt *st;
	if (rcp__db_prepare(db, "SELECT id FROM source WHERE sha256 = ?", &st, err) != RCP_OK)
		return -1;
	rcp__bind_text(st, 1, sha);
	int64_t id = 0;
	int r = sqlite3_step(st);
	if (r == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	else if (r != SQLITE_DONE) {
		rcp__error_db(err, db->sql, "cannot look up source");
		id = -1;
	}
	sqlite3_finalize(st);
	return id;
}

rcp_status rcp__source_insert(rcp_db *db, const rcp__source_row *r, int64_t *id, rcp_error *err)
{
	sqlite3_stmt *st = NULL;
	rcp_status rc = rcp__db_prepare(db,
		"INSERT INTO source(sha256, original, text, text_sha256, size, format, encoding,"
		" kind, title, url, publisher, published, lang, filename, added_at, added_by)"
		" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", &st, err);
	if (rc != RCP_OK)
		return rc;
	rcp__bind_text(st, 1, r->sha256);
	sqlite3_bind_blob64(st, 2, r->bytes, r->len, SQLITE_STATIC);
	sqlite3_bind_text64(st, 3, r->text, r->text_len, SQLITE_STATIC, SQLITE_UTF8);
	rcp__bind_text(st, 4, r->text_sha256);
	sqlite3_bind_int64(st, 5, (sqlite3_int64)r->len);
	rcp__bind_text(st, 6, r->format);
	rcp__bind_text(st, 7, r->encoding);
	rcp__bind_text(st, 8, r->kind);
	rcp__bind_text(st, 9, r->title);
	rcp__bind_text(st, 10, r->url);
	rcp__bind_text(st, 11, r->publisher);
	rcp__bind_text(st, 12, r->published);
	rcp__bind_text(st, 13, r->lang);
	rcp__bind_text(st, 14, r->filename);
	rcp__bind_text(st, 15, r->added_at);
	rcp__bind_text(st, 16, db->actor);
	if (sqlite3_step(st) != SQLITE_DONE) {
		rc = rcp__error_db(err, db->sql, "cannot store source");
		if (err && r->subject)
			snprintf(err->subject, sizeof err->subject, "%s", r->subject);
	} else
		*id = sqlite3_last_insert_rowid(db->sql);
	sqlite3_finalize(st);
	return rc;
}

#define SOURCE_COLS \
	"id, sha256, kind, title, url, publisher, published, lang, filename, format," \
	" encoding, added_at, added_by, size, length(CAST(text AS BLOB))"

static void row_to_source(sqlite3_stmt *st, rcp_source *s)
{
	memset(s, 0, sizeof *s);
	s->id = sqlite3_column_int64(st, 0);
	snprintf(s->sha256, sizeof s->sha256, "%s", rcp__col_text(st, 1));
	s->kind = rcp__col_text(st, 2);
	s->title = rcp__col_text(st, 3);
	s->url = rcp__col_text(st, 4);
	s->publisher = rcp__col_text(st, 5);
	s->published = rcp__col_text(st, 6);
	s->lang = rcp__col_text(st, 7);
	s->filename = rcp__col_text(st, 8);
	s->format = rcp__col_text(st, 9);
	s->encoding = rcp__col_text(st, 10);
	s->added_at = rcp__col_text(st, 11);
	s->added_by = rcp__col_text(st, 12);
	s->size = sqlite3_column_int64(st, 13);
	s->text_len = sqlite3_column_int64(st, 14);
}

rcp_status rcp_source_each(rcp_db *db, const rcp_source_filter *f,
                           int (*fn)(const rcp_source *s, void *ctx), void *ctx,
                           rcp_error *err)
{
	static const rcp_source_filter none;
	if (!f)
		f = &none;
	if (f->after && !rcp_date_valid(f->after))
		return rcp__error_set(err, RCP_EINVAL, "invalid date", f->after,
		                      "use YYYY, YYYY-MM or YYYY-MM-DD");
	if (f->before && !rcp_date_valid(f->before))
		return rcp__error_set(err, RCP_EINVAL, "invalid date", f->before,
		                      "use YYYY, YYYY-MM or YYYY-MM-DD");
	/* Every clause is a constant; every value is a bound parameter. A NULL
	 * parameter switches its clause off. */
	static const char q[] =
		"SELECT " SOURCE_COLS " FROM source WHERE"
		" (?1 IS NULL OR kind = ?1)"
		" AND (?2 IS NULL OR lang = ?2)"
		" AND (?3 IS NULL OR publisher = ?3)"
		" AND (?4 IS NULL OR published >= ?4)"
		" AND (?5 IS NULL OR published < ?5)"
		" AND (?6 IS NULL OR added_at >= ?6)"
		" AND (?7 IS NULL OR instr(lower(coalesce(title,'') || ' ' || coalesce(url,'')),"
		"      lower(?7)) > 0)"
		" ORDER BY id DESC LIMIT ?8 OFFSET ?9";
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_prepare(db, q, &st, err);
	if (rc != RCP_OK)
		return rc;
	rcp__bind_text(st, 1, f->kind);
	rcp__bind_text(st, 2, f->lang);
	rcp__bind_text(st, 3, f->publisher);
	rcp__bind_text(st, 4, f->after);
	rcp__bind_text(st, 5, f->before);
	rcp__bind_text(st, 6, f->added_after);
	rcp__bind_text(st, 7, f->contains);
	sqlite3_bind_int64(st, 8, f->limit > 0 ? f->limit : -1);
	sqlite3_bind_int64(st, 9, f->offset > 0 ? f->offset : 0);
	int r;
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		rcp_source s;
		row_to_source(st, &s);
		if (fn(&s, ctx))
			break;
	}
	if (r != SQLITE_ROW && r != SQLITE_DONE)
		rc = rcp__error_db(err, db->sql, "cannot list sources");
	sqlite3_finalize(st);
	return rc;
}

static int is_hex(const char *s)
{
	for (; *s; s++)
		if (!isxdigit((unsigned char)*s))
			return 0;
	return 1;
}

static int is_number(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (!isdigit((unsigned char)*s))
			return 0;
	return 1;
}

rcp_status rcp_source_get(rcp_db *db, const char *ref,
                          int (*fn)(const rcp_source *s, void *ctx), void *ctx,
                          rcp_error *err)
{
	sqlite3_stmt *st;
	rcp_status rc;
	size_t n = strlen(ref);
	/* A number of at most 9 digits is an id; longer hex is a hash prefix. */
	if (is_number(ref) && n <= 9) {
		rc = rcp__db_prepare(db, "SELECT " SOURCE_COLS ", text FROM source WHERE id = ?",
		                     &st, err);
		if (rc != RCP_OK)
			return rc;
		sqlite3_bind_int64(st, 1, strtoll(ref, NULL, 10));
	} else if (n >= 4 && n <= 64 && is_hex(ref)) {
		char lo[65];
		for (size_t i = 0; i <= n; i++)
			lo[i] = (char)tolower((unsigned char)ref[i]);
		/* prefix range: [lo, lo + 1) on hex strings */
		rc = rcp__db_prepare(db, "SELECT " SOURCE_COLS ", text FROM source"
		                     " WHERE sha256 >= ?1 AND sha256 < ?1 || 'g' LIMIT 2", &st, err);
		if (rc != RCP_OK)
			return rc;
		rcp__bind_text(st, 1, lo);
	} else {
		return rcp__error_set(err, RCP_EINVAL, "invalid source reference", ref,
		                      "give an id or at least 4 hex digits of its sha256");
	}
	int r = sqlite3_step(st);
	if (r == SQLITE_DONE) {
		rc = rcp__error_set(err, RCP_ENOTFOUND, "no such source", ref, NULL);
	} else if (r != SQLITE_ROW) {
		rc = rcp__error_db(err, db->sql, "cannot read source");
	} else {
		rcp_source s;
		row_to_source(st, &s);
		s.text = rcp__col_text(st, 15);
		char first[65];
		snprintf(first, sizeof first, "%s", s.sha256);
		if (sqlite3_step(st) == SQLITE_ROW) {
			rc = rcp__error_set(err, RCP_EAMBIGUOUS, "ambiguous source reference", ref,
			                    "matches %.12s and %.12s; give more digits", first,
			                    rcp__col_text(st, 1));
		} else {
			/* the first row's pointers are gone after a step: fetch again */
			sqlite3_reset(st);
			if (sqlite3_step(st) == SQLITE_ROW) {
				row_to_source(st, &s);
				s.text = rcp__col_text(st, 15);
				fn(&s, ctx);
			}
		}
	}
	sqlite3_finalize(st);
	return rc;
}

rcp_status rcp_source_original(rcp_db *db, int64_t id, uint8_t **out, size_t *len,
                               rcp_error *err)
{
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_prepare(db, "SELECT original FROM source WHERE id = ?", &st, err);
	if (rc != RCP_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		size_t n = (size_t)sqlite3_column_bytes(st, 0);
		const void *p = sqlite3_column_blob(st, 0);
		uint8_t *b = rcp__xmalloc(n + 1);
		if (n)
			memcpy(b, p, n);
		b[n] = 0;
		*out = b;
		*len = n;
	} else {
		char ref[32];
		snprintf(ref, sizeof ref, "%lld", (long long)id);
		rc = rcp__error_set(err, RCP_ENOTFOUND, "no such source", ref, NULL);
	}
	sqlite3_finalize(st);
	return rc;
}

json_t *rcp_source_to_json(const rcp_source *s, int with_text)
{
	json_t *o = json_object();
	json_object_set_new(o, "id", json_integer(s->id));
	json_object_set_new(o, "sha256", json_string(s->sha256));
	json_object_set_new(o, "kind", rcp_json_nullable(s->kind));
	json_object_set_new(o, "title", rcp_json_nullable(s->title));
	json_object_set_new(o, "url", rcp_json_nullable(s->url));
	json_object_set_new(o, "publisher", rcp_json_nullable(s->publisher));
	json_object_set_new(o, "published", rcp_json_nullable(s->published));
	json_object_set_new(o, "lang", rcp_json_nullable(s->lang));
	json_object_set_new(o, "format", rcp_json_nullable(s->format));
	json_object_set_new(o, "encoding", rcp_json_nullable(s->encoding));
	json_object_set_new(o, "size", json_integer(s->size));
	json_object_set_new(o, "text_bytes", json_integer(s->text_len));
	json_object_set_new(o, "filename", rcp_json_nullable(s->filename));
	json_object_set_new(o, "added_at", rcp_json_nullable(s->added_at));
	json_object_set_new(o, "added_by", rcp_json_nullable(s->added_by));
	/* the stored bytes, all text_len of them */
	if (with_text && s->text)
		json_object_set_new(o, "text", json_stringn(s->text, (size_t)s->text_len));
	return o;
}

int64_t rcp_source_count(rcp_db *db)
{
	sqlite3_stmt *st;
	int64_t n = -1;
	if (sqlite3_prepare_v2(db->sql, "SELECT count(*) FROM source", -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW)
			n = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
	}
	return n;
}
