/*
 * add.c — the pipeline: a document's bytes in, a source out.
 *
 * Adding is: check what the caller says of the document, read its text
 * (lib/text), then in one transaction store the row (lib/store), record
 * the organizations it mentions (lib/match), the claims found in it
 * (lib/extract) and index it for search (lib/search), with one audit
 * entry. A kill at any moment leaves either all of it or none. Adding
 * the same bytes again is a no-op that says so.
 *
 * This is the only place that runs the stages in order; the store below
 * never calls them.
 */
#include <ctype.h>
#include <errno.h>
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

static const char *pick(const char *given, const char *found)
{
	return given && *given ? given : found;
}

/* The year a publication date starts with ("2021-03" gives 2021), what
 * the claim extractor reads two-digit years against; 0 when there is
 * none or it is out of range. */
static int doc_year(const char *published)
{
	if (!published)
		return 0;
	char *end;
	errno = 0;
	long y = strtol(published, &end, 10);
	if (errno || end == published || y < 0 || y > 9999)
		return 0;
	return (int)y;
}

/* ---- step 1: what the caller says ------------------------------------ */

static rcp_status check_meta(const rcp_source_meta *meta, const char *subject, size_t len,
                             size_t max, rcp_error *err)
{
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
	return RCP_OK;
}

/* ---- step 2: the text ----------------------------------------------- */

static rcp_status read_text(const uint8_t *bytes, size_t len, const rcp_source_meta *meta,
                            const char *subject, rcp_text *t, rcp_error *err)
{
	rcp_status rc = rcp__text_extract_csv(bytes, len, base_name(meta->filename),
	                                      meta->csv_text_columns, t, err);
	if (rc != RCP_OK) {
		if (err && !err->subject[0])
			snprintf(err->subject, sizeof err->subject, "%s", subject);
		return rc;
	}
	if (all_space(t->text, t->len)) {
		rcp_text_release(t);
		return rcp__error_set(err, RCP_EINVAL, "nothing to add", subject,
		                      "the file holds no text");
	}
	if (t->lang && !lang_valid(t->lang)) {
		free(t->lang);
		t->lang = NULL;
	}
	return RCP_OK;
}

/* The row: what the caller gave wins over what the reader found. */
static void fill_row(rcp__source_row *r, const uint8_t *bytes, size_t len,
                     const rcp_source_meta *meta, const rcp_text *t)
{
	r->bytes = bytes;
	r->len = len;
	r->text = t->text;
	r->text_len = t->len;
	rcp_sha256_hex(t->text, t->len, r->text_sha256);
	rcp_now_iso(r->added_at);
	r->format = rcp_format_name(t->format);
	r->encoding = t->encoding;
	r->kind = meta->kind ? meta->kind : "article";
	r->title = pick(meta->title, t->title);
	r->url = pick(meta->url, t->url);
	r->publisher = pick(meta->publisher, t->publisher);
	r->published = pick(meta->published, t->published);
	r->lang = pick(meta->lang, t->lang);
	r->filename = base_name(meta->filename);
	if (r->filename && !strcmp(r->filename, "-"))
		r->filename = NULL;
	if (!r->title)
		r->title = r->filename;
}

/* ---- step 3: the stages, inside the transaction --------------------- */

static rcp_status run_stages(rcp_db *db, int64_t id, const rcp__source_row *r,
                             const rcp_text *t, int no_claims, int64_t *n_mentions,
                             int64_t *n_claims, rcp_error *err)
{
	rcp_status rc;
	if ((rc = rcp__mentions_record(db, id, r->text, r->text_len, n_mentions, err)) != RCP_OK)
		return rc;
	if (!no_claims &&
	    (rc = rcp__claims_record(db, id, r->text, r->text_len, r->lang, doc_year(r->published),
	                             n_claims, err)) != RCP_OK)
		return rc;
	return rcp__search_index(db, id, r->title, t, r->lang, err);
}

/* ---- step 4: the audit entry ----------------------------------------- */

static rcp_status audit_add(rcp_db *db, int64_t id, const rcp__source_row *r, int64_t n_mentions,
                            int64_t n_claims, rcp_error *err)
{
	json_t *payload = json_pack("{s:s, s:s, s:I, s:I, s:s, s:s, s:s}",
	                            "sha256", r->sha256, "text_sha256", r->text_sha256,
	                            "size", (json_int_t)r->len, "text_len", (json_int_t)r->text_len,
	                            "format", r->format, "encoding", r->encoding, "kind", r->kind);
	if (r->title)
		json_object_set_new(payload, "title", json_string(r->title));
	if (r->url)
		json_object_set_new(payload, "url", json_string(r->url));
	if (r->published)
		json_object_set_new(payload, "published", json_string(r->published));
	if (r->lang)
		json_object_set_new(payload, "lang", json_string(r->lang));
	if (r->filename)
		json_object_set_new(payload, "filename", json_string(r->filename));
	/* always present since verify replays it (absent: an older entry) */
	json_object_set_new(payload, "publisher",
	                    rcp_json_nullable(r->publisher));
	json_object_set_new(payload, "mentions", json_integer(n_mentions));
	json_object_set_new(payload, "claims", json_integer(n_claims));
	char object[32];
	snprintf(object, sizeof object, "source/%lld", (long long)id);
	rcp_status rc = rcp__audit_append(db, "source.add", object, payload, err);
	json_decref(payload);
	return rc;
}

/* Store the row, run the stages, audit, commit: all or nothing. *existed
 * is set when another writer stored the same bytes since we looked. In
 * the caller's transaction (in_tx), neither begin nor end one. */
static rcp_status store_all(rcp_db *db, const rcp__source_row *r, const rcp_text *t,
                            int no_claims, int in_tx, rcp_add_result *res,
                            rcp_error *err)
{
	rcp_status rc;
	if (!in_tx && (rc = rcp__db_begin(db, err)) != RCP_OK)
		return rc;
	/* another writer may have stored the same bytes since we looked */
	int64_t id = rcp__source_find_sha(db, r->sha256, err);
	if (id != 0) {
		if (!in_tx)
			rcp__db_rollback(db);
		if (id < 0)
			return err ? err->code : RCP_EDB;
		res->id = id;
		res->existed = 1;
		return RCP_OK;
	}
	int64_t n_mentions = 0, n_claims = 0;
	if ((rc = rcp__source_insert(db, r, &id, err)) != RCP_OK)
		goto fail;
	if ((rc = run_stages(db, id, r, t, no_claims, &n_mentions, &n_claims, err)) != RCP_OK)
		goto fail;
	if ((rc = audit_add(db, id, r, n_mentions, n_claims, err)) != RCP_OK)
		goto fail;
	if (!in_tx && (rc = rcp__db_commit(db, err)) != RCP_OK)
		return rc;
	res->id = id;
	res->mentions = n_mentions;
	res->claims = n_claims;
	return RCP_OK;
fail:
	if (!in_tx)
		rcp__db_rollback(db);
	return rc;
}

/* What the caller says of a source as UTF-8: a file name from a Latin-1
 * archive, or an argument typed in one, is read as Windows-1252, as its
 * text would be. Stored as bytes, the title was left out of the audit
 * entry (JSON takes only UTF-8) and verify took the row for tampered. */
typedef struct meta_utf8 {
	rcp_source_meta m;
	char *own[4];
} meta_utf8;

static void meta_utf8_init(meta_utf8 *u, const rcp_source_meta *meta)
{
	u->m = *meta;
	const char **f[4] = {&u->m.title, &u->m.url, &u->m.publisher, &u->m.filename};
	for (int i = 0; i < 4; i++) {
		u->own[i] = NULL;
		if (*f[i] && !rcp__utf8_valid(*f[i], strlen(*f[i])))
			*f[i] = u->own[i] = rcp__utf8_dup(*f[i], strlen(*f[i]));
	}
}

static void meta_utf8_release(meta_utf8 *u)
{
	for (int i = 0; i < 4; i++)
		free(u->own[i]);
}

static rcp_status source_add_utf8(rcp_db *db, const uint8_t *bytes, size_t len,
                                  const rcp_source_meta *meta, size_t max, int in_tx,
                                  rcp_add_result *out, rcp_error *err);

static rcp_status source_add(rcp_db *db, const uint8_t *bytes, size_t len,
                             const rcp_source_meta *meta, size_t max, int in_tx,
                             rcp_add_result *out, rcp_error *err)
{
	static const rcp_source_meta none;
	meta_utf8 u;
	meta_utf8_init(&u, meta ? meta : &none);
	rcp_status rc = source_add_utf8(db, bytes, len, &u.m, max, in_tx, out, err);
	meta_utf8_release(&u);
	return rc;
}

static rcp_status source_add_utf8(rcp_db *db, const uint8_t *bytes, size_t len,
                                  const rcp_source_meta *meta, size_t max, int in_tx,
                                  rcp_add_result *out, rcp_error *err)
{
	const char *subject = meta->filename ? meta->filename : "-";
	if (!max)
		max = RCP_DEFAULT_MAX_BYTES;
	rcp_status rc = check_meta(meta, subject, len, max, err);
	if (rc != RCP_OK)
		return rc;

	rcp_add_result res;
	memset(&res, 0, sizeof res);
	rcp_sha256_hex(bytes, len, res.sha256);

	int64_t id = rcp__source_find_sha(db, res.sha256, err);
	if (id < 0)
		return err ? err->code : RCP_EDB;
	if (id > 0) {
		res.id = id;
		res.existed = 1;
		*out = res;
		return RCP_OK;
	}

	rcp_text t;
	if ((rc = read_text(bytes, len, meta, subject, &t, err)) != RCP_OK)
		return rc;
	rcp__source_row row;
	memset(&row, 0, sizeof row);
	memcpy(row.sha256, res.sha256, sizeof row.sha256);
	row.subject = subject;
	fill_row(&row, bytes, len, meta, &t);

	/* compile the registry before taking the write lock */
	if (!rcp__db_matcher(db, err))
		rc = err ? err->code : RCP_EDB;
	else
		rc = store_all(db, &row, &t, meta->no_claims, in_tx, &res, err);
	if (rc == RCP_OK) {
		if (!res.existed) {
			res.transcoded = t.transcoded;
			res.encoding = t.encoding;
			res.replaced = t.replaced;
			res.format = rcp_format_name(t.format);
			if (t.warning)
				snprintf(res.warning, sizeof res.warning, "%s", t.warning);
		}
		*out = res;
	}
	/* Only the database does I/O past extraction: a full disk or a failed
	 * write is the store refusing, and a batch must stop there rather than
	 * fail the same way once per remaining file. */
	if (rc == RCP_EIO) {
		rc = RCP_EDB;
		if (err)
			err->code = RCP_EDB;
	}
	rcp_text_release(&t);
	return rc;
}

rcp_status rcp_source_add(rcp_db *db, const uint8_t *bytes, size_t len,
                          const rcp_source_meta *meta, size_t max,
                          rcp_add_result *out, rcp_error *err)
{
	return source_add(db, bytes, len, meta, max, 0, out, err);
}

rcp_status rcp__source_add_in(rcp_db *db, const uint8_t *bytes, size_t len,
                              const rcp_source_meta *meta, size_t max, rcp_add_result *out,
                              rcp_error *err)
{
	return source_add(db, bytes, len, meta, max, 1, out, err);
}
