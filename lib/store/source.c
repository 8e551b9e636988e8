/*
 * source.c — storing documents and reading them back.
 *
 * A source is keyed by the sha256 of its original bytes. Adding the same
 * bytes again is a no-op that says so. One source is one transaction with
 * its audit entry, so a kill at any moment leaves either all of it or none.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static const char *const source_kinds[] = {
	"article", "report", "procurement", "filing", "response", "other", NULL,
};

static int kind_valid(const char *k)
{
	for (int i = 0; source_kinds[i]; i++)
		if (!strcmp(k, source_kinds[i]))
			return 1;
	return 0;
}

static int lang_valid(const char *l)
{
	size_t n = strlen(l);
	if (n < 2 || n > 3)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!islower((unsigned char)l[i]))
			return 0;
	return 1;
}

static int all_space(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isspace((unsigned char)s[i]))
			return 0;
	return 1;
}

static const char *base_name(const char *path)
{
	if (!path)
		return NULL;
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

/* id of the source with this hash, 0 if none, -1 on error */
static int64_t find_hash(rcp_db *db, const char *sha, rcp_error *err)
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

static const char *pick(const char *given, const char *found)
{
	return given && *given ? given : found;
}

rcp_status rcp_source_add(rcp_db *db, const uint8_t *bytes, size_t len,
                          const rcp_source_meta *meta, size_t max,
                          rcp_add_result *out, rcp_error *err)
{
	static const rcp_source_meta none;
	if (!meta)
		meta = &none;
	const char *subject = meta->filename ? meta->filename : "-";
	if (!max)
		max = RCP_DEFAULT_MAX_BYTES;
	if (len > max)
		return rcp__error_set(err, RCP_ETOOBIG, "file too large", subject,
		                      "%zu bytes is over the limit of %zu bytes", len, max);
	if (len == 0)
		return rcp__error_set(err, RCP_EINVAL, "nothing to add", subject, "the file is empty");
	if (meta->kind && !kind_valid(meta->kind))
		return rcp__error_set(err, RCP_EINVAL, "invalid kind", meta->kind,
		                      "use article, report, procurement, filing, response or other");
	if (meta->published && !rcp_date_valid(meta->published))
		return rcp__error_set(err, RCP_EINVAL, "invalid date", meta->published,
		                      "use YYYY, YYYY-MM or YYYY-MM-DD");
	if (meta->lang && !lang_valid(meta->lang))
		return rcp__error_set(err, RCP_EINVAL, "invalid language", meta->lang,
		                      "use a lowercase ISO 639 code such as en or fr");

	rcp_add_result res;
	memset(&res, 0, sizeof res);
	rcp_sha256_hex(bytes, len, res.sha256);

	int64_t id = find_hash(db, res.sha256, err);
	if (id < 0)
		return err ? err->code : RCP_EDB;
	if (id > 0) {
		res.id = id;
		res.existed = 1;
		*out = res;
		return RCP_OK;
	}

	rcp_text t;
	rcp_status rc = rcp__text_extract_csv(bytes, len, base_name(meta->filename),
	                                      meta->csv_text_columns, &t, err);
	if (rc != RCP_OK) {
		if (err && !err->subject[0])
			snprintf(err->subject, sizeof err->subject, "%s", subject);
		return rc;
	}
	if (all_space(t.text, t.len)) {
		rcp_text_release(&t);
		return rcp__error_set(err, RCP_EINVAL, "nothing to add", subject,
		                      "the file holds no text");
	}
	if (t.lang && !lang_valid(t.lang)) {
		free(t.lang);
		t.lang = NULL;
	}

	char text_sha[65];
	rcp_sha256_hex(t.text, t.len, text_sha);
	char now[21];
	rcp_now_iso(now);
	const char *kind = meta->kind ? meta->kind : "article";
	const char *title = pick(meta->title, t.title);
	const char *url = pick(meta->url, t.url);
	const char *publisher = pick(meta->publisher, t.publisher);
	const char *published = pick(meta->published, t.published);
	const char *lang = pick(meta->lang, t.lang);
	const char *fname = base_name(meta->filename);
	if (fname && !strcmp(fname, "-"))
		fname = NULL;
	if (!title)
		title = fname;

	sqlite3_stmt *st = NULL;
	json_t *payload = NULL;
	int64_t n_mentions = 0, n_claims = 0;
	/* compile the registry before taking the write lock */
	if (!rcp__db_matcher(db, err)) {
		rc = err ? err->code : RCP_EDB;
		goto out;
	}
	if ((rc = rcp__db_begin(db, err)) != RCP_OK)
		goto out;
	/* another writer may have stored the same bytes since we looked */
	id = find_hash(db, res.sha256, err);
	if (id != 0) {
		rcp__db_rollback(db);
		if (id < 0) {
			rc = err ? err->code : RCP_EDB;
			goto out;
		}
		res.id = id;
		res.existed = 1;
		*out = res;
		goto out;
	}
	rc = rcp__db_prepare(db,
		"INSERT INTO source(sha256, original, text, text_sha256, size, format, encoding,"
		" kind, title, url, publisher, published, lang, filename, added_at, added_by)"
		" VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", &st, err);
	if (rc != RCP_OK)
		goto fail;
	rcp__bind_text(st, 1, res.sha256);
	sqlite3_bind_blob64(st, 2, bytes, len, SQLITE_STATIC);
	sqlite3_bind_text64(st, 3, t.text, t.len, SQLITE_STATIC, SQLITE_UTF8);
	rcp__bind_text(st, 4, text_sha);
	sqlite3_bind_int64(st, 5, (sqlite3_int64)len);
	rcp__bind_text(st, 6, rcp_format_name(t.format));
	rcp__bind_text(st, 7, t.encoding);
	rcp__bind_text(st, 8, kind);
	rcp__bind_text(st, 9, title);
	rcp__bind_text(st, 10, url);
	rcp__bind_text(st, 11, publisher);
	rcp__bind_text(st, 12, published);
	rcp__bind_text(st, 13, lang);
	rcp__bind_text(st, 14, fname);
	rcp__bind_text(st, 15, now);
	rcp__bind_text(st, 16, db->actor);
	if (sqlite3_step(st) != SQLITE_DONE) {
		rc = rcp__error_db(err, db->sql, "cannot store source");
		if (err)
			snprintf(err->subject, sizeof err->subject, "%s", subject);
		goto fail;
	}
	res.id = sqlite3_last_insert_rowid(db->sql);
	if ((rc = rcp__mentions_record(db, res.id, t.text, t.len, &n_mentions, err)) != RCP_OK)
		goto fail;
	if (!meta->no_claims &&
	    (rc = rcp__claims_record(db, res.id, t.text, t.len, lang,
	                             published ? atoi(published) : 0, &n_claims, err)) != RCP_OK)
		goto fail;
	if ((rc = rcp__search_index(db, res.id, title, &t, lang, err)) != RCP_OK)
		goto fail;

	payload = json_pack("{s:s, s:s, s:I, s:I, s:s, s:s, s:s}",
	                    "sha256", res.sha256, "text_sha256", text_sha,
	                    "size", (json_int_t)len, "text_len", (json_int_t)t.len,
	                    "format", rcp_format_name(t.format), "encoding", t.encoding,
	                    "kind", kind);
	if (title)
		json_object_set_new(payload, "title", json_string(title));
	if (url)
		json_object_set_new(payload, "url", json_string(url));
	if (published)
		json_object_set_new(payload, "published", json_string(published));
	if (lang)
		json_object_set_new(payload, "lang", json_string(lang));
	if (fname)
		json_object_set_new(payload, "filename", json_string(fname));
	/* always present since verify replays it (absent: an older entry) */
	json_object_set_new(payload, "publisher", publisher ? json_string(publisher) : json_null());
	json_object_set_new(payload, "mentions", json_integer(n_mentions));
	json_object_set_new(payload, "claims", json_integer(n_claims));
	char object[32];
	snprintf(object, sizeof object, "source/%lld", (long long)res.id);
	if ((rc = rcp__audit_append(db, "source.add", object, payload, err)) != RCP_OK)
		goto fail;
	if ((rc = rcp__db_commit(db, err)) != RCP_OK)
		goto out;
	res.transcoded = t.transcoded;
	res.encoding = t.encoding;
	res.replaced = t.replaced;
	res.format = rcp_format_name(t.format);
	res.mentions = n_mentions;
	res.claims = n_claims;
	if (t.warning)
		snprintf(res.warning, sizeof res.warning, "%s", t.warning);
	*out = res;
	goto out;
fail:
	rcp__db_rollback(db);
out:
	/* Only the database does I/O past extraction: a full disk or a failed
	 * write is the store refusing, and a batch must stop there rather than
	 * fail the same way once per remaining file. */
	if (rc == RCP_EIO) {
		rc = RCP_EDB;
		if (err)
			err->code = RCP_EDB;
	}
	sqlite3_finalize(st);
	json_decref(payload);
	rcp_text_release(&t);
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
