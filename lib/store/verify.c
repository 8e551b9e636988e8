/*
 * verify.c — `receipts verify`: is every receipt still what it was?
 *
 *   sources   sha256 of the original bytes and of the extracted text
 *             equal the stored hashes, and both equal what the audit log
 *             recorded when the source was added (so editing a text and
 *             its hash together is caught too);
 *   spans     every mention, claim and response quote is, byte for byte,
 *             the text at its offsets in its source, and a claim's company
 *             or counterparty written in the source's words is in it;
 *   audit     seq runs 1, 2, 3...; each prev_hash is the hash before it;
 *             each hash is the hash of its entry. The first break is named;
 *   replay    both ways between rows and the audit entries that made them:
 *             every source, claim, response, entity and user has the entry
 *             that created it, and equals what its last entry recorded
 *             (claims and responses follow the entity merges after it);
 *             every created object is still there. Fields an older entry
 *             did not record are not checked;
 *   pending   a registry import interrupted before its re-scan.
 *
 * What it cannot catch alone: an attacker who rewrites the rows and the
 * whole chain after them consistently. rcp_verify_head() checks the head
 * against an anchor the operator kept elsewhere (docs/security.md).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

typedef struct verify_ctx {
	rcp_verify_report *r;
	void (*fn)(const char *problem, void *ctx);
	void *ctx;
} verify_ctx;

static void problem(verify_ctx *v, const char *fmt, ...) RCP_PRINTF(2, 3);
static void problem(verify_ctx *v, const char *fmt, ...)
{
	char line[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	v->r->problems++;
	if (v->fn)
		v->fn(line, v->ctx);
}

/* The payload of the source.add entry of source id (owned), or NULL. */
static json_t *source_entry(rcp_db *db, int64_t id)
{
	static const char q[] = "SELECT payload FROM audit WHERE object = ?"
	                        " AND action = 'source.add' ORDER BY seq LIMIT 1";
	sqlite3_stmt *st;
	char object[32];
	snprintf(object, sizeof object, "source/%lld", (long long)id);
	if (rcp__db_stmt(db, q, &st, NULL) != RCP_OK)
		return NULL;
	rcp__bind_text(st, 1, object);
	json_t *p = NULL;
	if (sqlite3_step(st) == SQLITE_ROW)
		p = json_loads(rcp__col_text(st, 0), 0, NULL);
	sqlite3_reset(st);
	return p;
}

static int same_text(const char *a, const char *b)
{
	return (!a && !b) || (a && b && !strcmp(a, b));
}

/* The first metadata field of a source row that differs from its
 * source.add record, or NULL. Title, URL, date, language and file name
 * were recorded whenever they were set, so a missing one means none;
 * the publisher is recorded (null or not) since verify replays it. */
static const char *source_meta_differs(sqlite3_stmt *row, json_t *p)
{
	static const struct {
		const char *key;
		int col;
		int always; /* absent from the payload means NULL */
	} f[] = {
		{"title", 5, 1}, {"url", 6, 1}, {"published", 7, 1}, {"lang", 8, 1},
		{"filename", 9, 1}, {"kind", 10, 0}, {"format", 11, 0}, {"encoding", 12, 0},
		{"publisher", 14, 0},
	};
	for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
		json_t *v = json_object_get(p, f[i].key);
		if (!v && !f[i].always)
			continue;
		if (!same_text(json_string_value(v), rcp__col_text(row, f[i].col)))
			return f[i].key;
	}
	json_t *size = json_object_get(p, "size");
	if (size && json_integer_value(size) != sqlite3_column_int64(row, 13))
		return "size";
	return NULL;
}

/* The loop verify_sources, verify_spans and verify_words share: each row
 * of q goes to fn; a step that fails is an error named by fail, not an
 * early end that would pass the rest unread. */
typedef void (*row_fn)(rcp_db *db, verify_ctx *v, sqlite3_stmt *row, const char *arg);

static rcp_status each_row(rcp_db *db, verify_ctx *v, const char *q, row_fn fn,
                           const char *arg, const char *fail, rcp_error *err)
{
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_prepare(db, q, &st, err);
	if (rc != RCP_OK)
		return rc;
	int r;
	while ((r = sqlite3_step(st)) == SQLITE_ROW)
		fn(db, v, st, arg);
	if (r != SQLITE_DONE)
		rc = rcp__error_db(err, db->sql, fail);
	sqlite3_finalize(st);
	return rc;
}

static void source_row(rcp_db *db, verify_ctx *v, sqlite3_stmt *st, const char *unused)
{
	(void)unused;
	int64_t id = sqlite3_column_int64(st, 0);
	const char *sha = rcp__col_text(st, 1);
	const void *orig = sqlite3_column_blob(st, 2);
	size_t olen = (size_t)sqlite3_column_bytes(st, 2);
	char stored_text_sha[65];
	snprintf(stored_text_sha, sizeof stored_text_sha, "%s", rcp__col_text(st, 3));
	const void *text = sqlite3_column_blob(st, 4);
	size_t tlen = (size_t)sqlite3_column_bytes(st, 4);
	char h[65], th[65];
	rcp_sha256_hex(orig ? orig : "", olen, h);
	rcp_sha256_hex(text ? text : "", tlen, th);
	int bad = 0;
	v->r->sources++;
	if (strcmp(h, sha)) {
		problem(v, "source %lld (%.12s): original bytes do not match their sha256",
		        (long long)id, sha);
		bad = 1;
	}
	if (strcmp(th, stored_text_sha)) {
		problem(v, "source %lld (%.12s): extracted text was altered",
		        (long long)id, sha);
		bad = 1;
	}
	json_t *p = source_entry(db, id);
	const char *ah = json_string_value(json_object_get(p, "sha256"));
	const char *ath = json_string_value(json_object_get(p, "text_sha256"));
	const char *field;
	if (!ah || !ath) {
		problem(v, "source %lld (%.12s): no audit entry records its addition",
		        (long long)id, sha);
		bad = 1;
	} else if (strcmp(ah, sha) || strcmp(ath, stored_text_sha)) {
		problem(v, "source %lld (%.12s): hashes differ from the audit log's record",
		        (long long)id, sha);
		bad = 1;
	} else if ((field = source_meta_differs(st, p))) {
		problem(v, "source %lld (%.12s): its %s differs from the audit log's record",
		        (long long)id, sha, field);
		bad = 1;
	}
	json_decref(p);
	v->r->sources_bad += bad;
}

static rcp_status verify_sources(rcp_db *db, verify_ctx *v, rcp_error *err)
{
	return each_row(db, v,
		"SELECT id, sha256, original, text_sha256, CAST(text AS BLOB),"
		" title, url, published, lang, filename, kind, format, encoding, size, publisher"
		" FROM source ORDER BY id", source_row, NULL, "cannot read sources", err);
}

/* One source's extracted text, loaded once for all the spans in it. */
typedef struct span_text {
	int64_t id;   /* -1: none loaded yet */
	int found;    /* 0: the source is missing */
	char *text;
	size_t len;
} span_text;

static rcp_status span_text_load(rcp_db *db, span_text *t, int64_t id, rcp_error *err)
{
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_stmt(db, "SELECT CAST(text AS BLOB) FROM source WHERE id = ?",
	                             &st, err);
	if (rc != RCP_OK)
		return rc;
	free(t->text);
	t->text = NULL;
	t->len = 0;
	t->id = id;
	sqlite3_bind_int64(st, 1, id);
	int r = sqlite3_step(st);
	t->found = r == SQLITE_ROW;
	if (t->found) {
		t->len = (size_t)sqlite3_column_bytes(st, 0);
		t->text = rcp__xmalloc(t->len + 1);
		if (t->len)
			memcpy(t->text, sqlite3_column_blob(st, 0), t->len);
	} else if (r != SQLITE_DONE) {
		rc = rcp__error_db(err, db->sql, "cannot read sources");
	}
	sqlite3_reset(st);
	return rc;
}

/* One kind of span: table with (id, source, start, end, <quote column>).
 * Spans are read in source order and each source's text is read once:
 * comparing in SQL read the whole text again for every span, so a source
 * with a million mentions took minutes. */
static rcp_status verify_spans(rcp_db *db, verify_ctx *v, const char *table,
                               const char *quote, rcp_error *err)
{
	char q[512];
	snprintf(q, sizeof q,
	         "SELECT id, source, start, end, CAST(%s AS BLOB) FROM %s ORDER BY source, id",
	         quote, table);
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_prepare(db, q, &st, err);
	if (rc != RCP_OK)
		return rc;
	span_text t = {-1, 0, NULL, 0};
	int r;
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0);
		int64_t src = sqlite3_column_int64(st, 1);
		int64_t s = sqlite3_column_int64(st, 2), e = sqlite3_column_int64(st, 3);
		if (src != t.id && (rc = span_text_load(db, &t, src, err)) != RCP_OK)
			break;
		v->r->spans++;
		const void *quote_bytes = sqlite3_column_blob(st, 4);
		size_t qlen = (size_t)sqlite3_column_bytes(st, 4);
		if (!t.found) {
			v->r->spans_bad++;
			problem(v, "%s %lld: its source %lld is missing", table, (long long)id,
			        (long long)src);
		} else if (s < 0 || e <= s || (uint64_t)e > t.len || (uint64_t)(e - s) != qlen ||
		           memcmp(t.text + s, quote_bytes ? quote_bytes : "", qlen)) {
			v->r->spans_bad++;
			problem(v, "%s %lld: quote is not the text at bytes %lld-%lld of source %lld",
			        table, (long long)id, (long long)s, (long long)e, (long long)src);
		}
	}
	if (rc == RCP_OK && r != SQLITE_DONE)
		rc = rcp__error_db(err, db->sql, "cannot read spans");
	free(t.text);
	sqlite3_finalize(st);
	return rc;
}

/* A row of verify_words' query: a claim whose words what are not in its source. */
static void words_row(rcp_db *db, verify_ctx *v, sqlite3_stmt *st, const char *what)
{
	(void)db;
	v->r->spans_bad++;
	problem(v, "claim %lld: its %s's words are not in source %lld",
	        (long long)sqlite3_column_int64(st, 0), what,
	        (long long)sqlite3_column_int64(st, 1));
}

/* A claim's company or counterparty outside the registry is the source's
 * own words (lib/store/claim.c checks them at every write): each must
 * still occur in its source's text. */
static rcp_status verify_words(rcp_db *db, verify_ctx *v, const char *column,
                               const char *what, rcp_error *err)
{
	char q[512];
	snprintf(q, sizeof q,
	         "SELECT c.id, c.source FROM claim c JOIN source s ON s.id = c.source"
	         " WHERE c.%s IS NOT NULL"
	         "   AND instr(CAST(s.text AS BLOB), CAST(c.%s AS BLOB)) = 0 ORDER BY c.id",
	         column, column);
	return each_row(db, v, q, words_row, what, "cannot read claims", err);
}

typedef struct chain_ctx {
	verify_ctx *v;
	int64_t expect_seq;
	char prev[65];
} chain_ctx;

static void chain_break(chain_ctx *c, int64_t seq, const char *why)
{
	if (!c->v->r->audit_first_bad) {
		c->v->r->audit_first_bad = seq;
		problem(c->v, "audit log: chain breaks at entry %lld: %s", (long long)seq, why);
	}
}

static int chain_step(const rcp_audit_entry *e, void *ctx)
{
	chain_ctx *c = ctx;
	c->v->r->audit_entries++;
	if (e->seq != c->expect_seq) {
		char why[96];
		snprintf(why, sizeof why, "expected entry %lld here (entries removed or reordered)",
		         (long long)c->expect_seq);
		chain_break(c, e->seq, why);
	} else if (!e->prev_hash || strcmp(e->prev_hash, c->prev)) {
		chain_break(c, e->seq, "its prev_hash is not the hash of the entry before it");
	} else {
		char h[65];
		rcp__audit_hash(e->prev_hash, e->seq, e->time, e->actor, e->action, e->object,
		                e->payload, h);
		if (!e->hash || strcmp(h, e->hash))
			chain_break(c, e->seq, "its contents do not match its hash (entry altered)");
	}
	c->expect_seq = e->seq + 1;
	snprintf(c->prev, sizeof c->prev, "%s", e->hash ? e->hash : "");
	return 0;
}

/* ---- replay: rows against the audit entries that made them --------- */

/* An entity merge: after it, links to from are links to into (merge.c
 * moves claims, responses, mentions and children without entries of
 * their own). */
typedef struct merge_rec {
	int64_t seq;
	char *from, *into;
	json_t *after; /* into as it was after the merge */
} merge_rec;

typedef struct replay {
	merge_rec *m;
	size_t n, cap;
} replay;

static rcp_status load_merges(rcp_db *db, replay *rp, rcp_error *err)
{
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_prepare(db, "SELECT seq, payload FROM audit"
	                                " WHERE action = 'entity.merge' ORDER BY seq", &st, err);
	if (rc != RCP_OK)
		return rc;
	while (sqlite3_step(st) == SQLITE_ROW) {
		json_t *p = json_loads(rcp__col_text(st, 1), 0, NULL);
		const char *from = json_string_value(json_object_get(p, "from"));
		const char *into = json_string_value(json_object_get(p, "into"));
		if (from && into) {
			if (rp->n == rp->cap) {
				rp->cap = rp->cap ? rp->cap * 2 : 16;
				rp->m = rcp__xrealloc(rp->m, rp->cap * sizeof *rp->m);
			}
			merge_rec *m = &rp->m[rp->n++];
			m->seq = sqlite3_column_int64(st, 0);
			m->from = rcp__xstrdup(from);
			m->into = rcp__xstrdup(into);
			m->after = json_incref(json_object_get(p, "after"));
		}
		json_decref(p);
	}
	sqlite3_finalize(st);
	return RCP_OK;
}

static void replay_release(replay *rp)
{
	for (size_t i = 0; i < rp->n; i++) {
		free(rp->m[i].from);
		free(rp->m[i].into);
		json_decref(rp->m[i].after);
	}
	free(rp->m);
}

/* What entity id recorded at seq stands for now, after later merges. */
static const char *follow(const replay *rp, const char *id, int64_t seq)
{
	for (size_t i = 0; id && i < rp->n; i++)
		if (rp->m[i].seq > seq && !strcmp(rp->m[i].from, id)) {
			id = rp->m[i].into;
			seq = rp->m[i].seq;
		}
	return id;
}

/* Replace the entity id at key of o with what it stands for now. */
static void follow_key(const replay *rp, json_t *o, const char *key, int64_t seq)
{
	const char *id = json_string_value(json_object_get(o, key));
	const char *now = follow(rp, id, seq);
	if (id && now != id)
		json_object_set_new(o, key, json_string(now));
}

/* The last entry about object among actions LIKE action: its payload
 * (owned) and seq and action (into action_out[32]), or NULL. */
/* Does the database have change sets (migration 8)? A read-only copy of
 * an older one does not. */
static int has_changesets(rcp_db *db)
{
	sqlite3_stmt *st;
	int yes = 0;
	if (sqlite3_prepare_v2(db->sql, "SELECT 1 FROM sqlite_master WHERE name = 'audit_change'",
	                       -1, &st, NULL) == SQLITE_OK) {
		yes = sqlite3_step(st) == SQLITE_ROW;
		sqlite3_finalize(st);
	}
	return yes;
}

static json_t *last_entry(rcp_db *db, const char *object, const char *action, int64_t *seq,
                          char action_out[32])
{
	/* an entry of the log, or a change of a change set (audit.c) */
	static const char q[] =
		"SELECT seq, action, payload FROM audit WHERE object = ?1 AND action LIKE ?2"
		" UNION ALL SELECT seq, action, payload FROM audit_change"
		"   WHERE object = ?1 AND action LIKE ?2"
		" ORDER BY 1 DESC LIMIT 1";
	static const char q_old[] = "SELECT seq, action, payload FROM audit WHERE object = ?1"
	                            " AND action LIKE ?2 ORDER BY seq DESC LIMIT 1";
	sqlite3_stmt *st;
	if (rcp__db_stmt(db, has_changesets(db) ? q : q_old, &st, NULL) != RCP_OK)
		return NULL;
	rcp__bind_text(st, 1, object);
	rcp__bind_text(st, 2, action);
	json_t *p = NULL;
	if (sqlite3_step(st) == SQLITE_ROW) {
		*seq = sqlite3_column_int64(st, 0);
		snprintf(action_out, 32, "%s", rcp__col_text(st, 1));
		p = json_loads(rcp__col_text(st, 2), 0, NULL);
	}
	sqlite3_reset(st);
	return p;
}

/* Name the keys of rec whose values cur does not share (the first
 * three, with both values): 1 if any. */
static int record_differs(verify_ctx *v, const char *what, json_t *rec, json_t *cur,
                          int64_t seq, const char *action)
{
	char line[900];
	size_t n = 0;
	int diffs = 0;
	const char *key;
	json_t *want;
	line[0] = '\0';
	json_object_foreach(rec, key, want) {
		json_t *have = json_object_get(cur, key);
		if (json_equal(want, have ? have : json_null()))
			continue;
		if (++diffs > 3)
			continue;
		char *w = json_dumps(want, JSON_ENCODE_ANY | JSON_COMPACT);
		char *h = json_dumps(have ? have : json_null(), JSON_ENCODE_ANY | JSON_COMPACT);
		int k = snprintf(line + n, sizeof line - n, "%s%s is %.120s (recorded %.120s)",
		                 diffs > 1 ? "; " : "", key, h ? h : "?", w ? w : "?");
		if (k > 0)
			n = n + (size_t)k < sizeof line ? n + (size_t)k : sizeof line - 1;
		free(w);
		free(h);
	}
	if (!diffs)
		return 0;
	problem(v, "%s: %s%s, but audit entry %lld (%s) says otherwise", what, line,
	        diffs > 3 ? "; ..." : "", (long long)seq, action);
	return 1;
}

/* A kind of row that keeps its whole record in its entries' "after". */
typedef struct replay_kind {
	const char *noun;          /* objects noun/ID, actions noun.* */
	const char *const *links;  /* keys holding entity ids, followed through merges */
	const char *drop;          /* a key recorded beside the row, not of it, or NULL */
	const char *missing;       /* the problem when the row cannot be read, or NULL */
} replay_kind;

static const char *const claim_links[] = {"company", "counterparty", NULL};
static const char *const response_links[] = {"company", NULL};

static const replay_kind claim_kind = {"claim", claim_links, NULL,
                                       "its company or source is missing"};
/* names and titles shown beside a response may change; the row may not */
static const replay_kind response_kind = {"response", response_links, "source_title", NULL};

/* Row id of kind k (cur, owned) against the "after" of its last entry. */
static void replay_row(rcp_db *db, verify_ctx *v, const replay *rp, const replay_kind *k,
                       int64_t id, json_t *cur)
{
	char object[40], what[48], action[32], like[16];
	snprintf(object, sizeof object, "%s/%lld", k->noun, (long long)id);
	snprintf(what, sizeof what, "%s %lld", k->noun, (long long)id);
	snprintf(like, sizeof like, "%s.%%", k->noun);
	int64_t seq = 0;
	v->r->records++;
	json_t *p = last_entry(db, object, like, &seq, action);
	json_t *rec = json_object_get(p, "after");
	int bad = 0;
	if (!json_is_object(rec)) {
		problem(v, "%s: no audit entry records it", what);
		bad = 1;
	} else if (!cur && k->missing) {
		problem(v, "%s: %s", what, k->missing);
		bad = 1;
	} else {
		if (k->drop)
			json_object_del(rec, k->drop);
		for (const char *const *key = k->links; *key; key++)
			follow_key(rp, rec, *key, seq);
		bad = record_differs(v, what, rec, cur, seq, action);
	}
	v->r->records_bad += bad;
	json_decref(p);
	json_decref(cur);
}

static rcp_status replay_claims(rcp_db *db, verify_ctx *v, const replay *rp, rcp_error *err)
{
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_prepare(db, "SELECT id FROM claim ORDER BY id", &st, err);
	if (rc != RCP_OK)
		return rc;
	while (sqlite3_step(st) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0);
		replay_row(db, v, rp, &claim_kind, id, rcp__claim_json_by_id(db, id));
	}
	sqlite3_finalize(st);
	return RCP_OK;
}

static rcp_status replay_responses(rcp_db *db, verify_ctx *v, const replay *rp, rcp_error *err)
{
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_prepare(db,
		"SELECT r.id, r.company, r.claim, s.sha256, r.start, r.end, r.evidence, r.created_at"
		" FROM response r LEFT JOIN source s ON s.id = r.source ORDER BY r.id", &st, err);
	if (rc != RCP_OK)
		return rc;
	while (sqlite3_step(st) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0);
		json_t *cur = json_pack("{s:I, s:s?, s:o, s:s?, s:I, s:I, s:s?, s:s?}", "id",
		                        (json_int_t)id, "company", rcp__col_text(st, 1), "claim",
		                        sqlite3_column_type(st, 2) == SQLITE_NULL
		                                ? json_null()
		                                : json_integer(sqlite3_column_int64(st, 2)),
		                        "source_sha256", rcp__col_text(st, 3), "start",
		                        (json_int_t)sqlite3_column_int64(st, 4), "end",
		                        (json_int_t)sqlite3_column_int64(st, 5), "evidence",
		                        rcp__col_text(st, 6), "created_at", rcp__col_text(st, 7));
		replay_row(db, v, rp, &response_kind, id, cur);
	}
	sqlite3_finalize(st);
	return RCP_OK;
}

static rcp_status replay_entities(rcp_db *db, verify_ctx *v, const replay *rp, rcp_error *err)
{
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_prepare(db, "SELECT id, merged_into FROM entity ORDER BY id", &st,
	                                err);
	if (rc != RCP_OK)
		return rc;
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *id = rcp__col_text(st, 0);
		const char *merged = rcp__col_text(st, 1);
		char object[160], what[160], action[32];
		snprintf(object, sizeof object, "entity/%s", id);
		snprintf(what, sizeof what, "entity '%s'", id);
		int64_t seq = 0;
		v->r->records++;
		json_t *p = last_entry(db, object, "entity.%", &seq, action);
		/* merges are recorded under the merged entity's name: the last
		 * merge of this one away, and the last into it after its entry */
		const merge_rec *away = NULL, *into = NULL;
		for (size_t i = 0; i < rp->n; i++) {
			if (!strcmp(rp->m[i].from, id))
				away = &rp->m[i];
			if (!strcmp(rp->m[i].into, id) && rp->m[i].seq > seq)
				into = &rp->m[i];
		}
		int bad = 0;
		if (!p && !into) {
			problem(v, "%s: no audit entry records it", what);
			bad = 1;
		} else if (away || merged) {
			/* a merged entity: where it went is what the log says */
			if (!away || !merged || strcmp(away->into, merged)) {
				if (away)
					problem(v, "%s: merged into '%s', but audit entry %lld merged it"
					        " into '%s'", what, merged ? merged : "(nothing)",
					        (long long)away->seq, away->into);
				else
					problem(v, "%s: merged into '%s' with no audit entry of the merge",
					        what, merged);
				bad = 1;
			}
		} else {
			json_t *rec = into ? json_deep_copy(into->after)
			                   : json_deep_copy(json_object_get(p, "after"));
			int64_t at = into ? into->seq : seq;
			const char *parent = json_string_value(json_object_get(rec, "parent"));
			const char *now = follow(rp, parent, at);
			if (parent && now != parent && strcmp(now, id))
				json_object_set_new(rec, "parent", json_string(now));
			json_t *cur = rcp_entity_json(db, id, NULL);
			if (json_is_object(rec) && cur)
				bad = record_differs(v, what, rec, cur, at,
				                     into ? "entity.merge" : action);
			json_decref(rec);
			json_decref(cur);
		}
		v->r->records_bad += bad;
		json_decref(p);
	}
	sqlite3_finalize(st);
	return RCP_OK;
}

static rcp_status replay_users(rcp_db *db, verify_ctx *v, rcp_error *err)
{
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_prepare(db, "SELECT name, role FROM user ORDER BY id", &st, err);
	if (rc != RCP_OK)
		return rc;
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *name = rcp__col_text(st, 0);
		char object[160], what[160], action[32];
		snprintf(object, sizeof object, "user/%s", name);
		snprintf(what, sizeof what, "user '%s'", name);
		json_t *cur = json_pack("{s:s?, s:s?}", "name", name, "role", rcp__col_text(st, 1));
		int64_t seq = 0;
		v->r->records++;
		json_t *p = last_entry(db, object, "user.%", &seq, action);
		int bad = 0;
		if (!p) {
			problem(v, "%s: no audit entry records it", what);
			bad = 1;
		} else {
			json_t *rec = json_pack("{s:O?, s:O?}", "name", json_object_get(p, "name"),
			                        "role", json_object_get(p, "role"));
			bad = record_differs(v, what, rec, cur, seq, action);
			json_decref(rec);
		}
		v->r->records_bad += bad;
		json_decref(p);
		json_decref(cur);
	}
	sqlite3_finalize(st);
	return RCP_OK;
}

/* The other way: every object an entry created is still there. */
static rcp_status replay_gone(rcp_db *db, verify_ctx *v, rcp_error *err)
{
	static const struct {
		const char *action, *noun, *exists;
	} k[] = {
		{"source.add", "source", "SELECT 1 FROM source WHERE id = CAST(?1 AS INTEGER)"},
		{"claim.add", "claim", "SELECT 1 FROM claim WHERE id = CAST(?1 AS INTEGER)"},
		{"response.add", "response", "SELECT 1 FROM response WHERE id = CAST(?1 AS INTEGER)"},
		{"entity.create", "entity", "SELECT 1 FROM entity WHERE id = ?1"},
		{"user.add", "user", "SELECT 1 FROM user WHERE name = ?1"},
	};
	for (size_t i = 0; i < sizeof k / sizeof k[0]; i++) {
		sqlite3_stmt *st, *ex;
		rcp_status rc = rcp__db_prepare(db, has_changesets(db)
		                                ? "SELECT seq, object FROM audit WHERE action = ?1"
		                                  " UNION ALL SELECT seq, object FROM audit_change"
		                                  " WHERE action = ?1 ORDER BY 1"
		                                : "SELECT seq, object FROM audit WHERE action = ?1"
		                                  " ORDER BY seq", &st, err);
		if (rc != RCP_OK)
			return rc;
		if ((rc = rcp__db_prepare(db, k[i].exists, &ex, err)) != RCP_OK) {
			sqlite3_finalize(st);
			return rc;
		}
		rcp__bind_text(st, 1, k[i].action);
		size_t plen = strlen(k[i].noun) + 1;
		while (sqlite3_step(st) == SQLITE_ROW) {
			const char *object = rcp__col_text(st, 1);
			if (!object || strlen(object) <= plen)
				continue;
			rcp__bind_text(ex, 1, object + plen);
			if (sqlite3_step(ex) != SQLITE_ROW) {
				problem(v, "%s %s was added (audit entry %lld) and is gone: deleted",
				        k[i].noun, object + plen, (long long)sqlite3_column_int64(st, 0));
				v->r->records_bad++;
			}
			sqlite3_reset(ex);
		}
		sqlite3_finalize(ex);
		sqlite3_finalize(st);
	}
	return RCP_OK;
}

/* Each change set against the digest its entry in the chain holds, and no
 * change without its entry. */
static rcp_status verify_changesets(rcp_db *db, verify_ctx *v, rcp_error *err)
{
	if (!has_changesets(db))
		return RCP_OK;
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_prepare(db,
		"SELECT seq, payload FROM audit WHERE action = 'registry.import' ORDER BY seq", &st, err);
	if (rc != RCP_OK)
		return rc;
	while (rc == RCP_OK && sqlite3_step(st) == SQLITE_ROW) {
		int64_t seq = sqlite3_column_int64(st, 0), n;
		json_t *p = json_loads(rcp__col_text(st, 1), 0, NULL);
		const char *want = json_string_value(json_object_get(p, "digest"));
		int64_t want_n = json_integer_value(json_object_get(p, "changes"));
		char hex[65];
		if ((rc = rcp__changeset_digest(db, seq, &n, hex, err)) == RCP_OK &&
		    (!want || strcmp(want, hex) || n != want_n)) {
			problem(v, "the change set of audit entry %lld holds %lld changes that do not"
			        " match the %lld its entry vouches for: changed, added or removed",
			        (long long)seq, (long long)n, (long long)want_n);
			v->r->records_bad++;
		}
		json_decref(p);
	}
	sqlite3_finalize(st);
	if (rc != RCP_OK)
		return rc;
	rc = rcp__db_prepare(db,
		"SELECT seq, count(*) FROM audit_change WHERE seq NOT IN"
		" (SELECT seq FROM audit WHERE action = 'registry.import') GROUP BY seq", &st, err);
	if (rc != RCP_OK)
		return rc;
	while (sqlite3_step(st) == SQLITE_ROW) {
		problem(v, "%lld changes under seq %lld have no audit entry that vouches for them",
		        (long long)sqlite3_column_int64(st, 1), (long long)sqlite3_column_int64(st, 0));
		v->r->records_bad++;
	}
	sqlite3_finalize(st);
	return RCP_OK;
}

static rcp_status verify_replay(rcp_db *db, verify_ctx *v, rcp_error *err)
{
	replay rp = {0};
	rcp_status rc;
	if ((rc = load_merges(db, &rp, err)) == RCP_OK &&
	    (rc = replay_claims(db, v, &rp, err)) == RCP_OK &&
	    (rc = replay_responses(db, v, &rp, err)) == RCP_OK &&
	    (rc = replay_entities(db, v, &rp, err)) == RCP_OK &&
	    (rc = replay_users(db, v, err)) == RCP_OK &&
	    (rc = verify_changesets(db, v, err)) == RCP_OK)
		rc = replay_gone(db, v, err);
	replay_release(&rp);
	return rc;
}

static void verify_pending(rcp_db *db, verify_ctx *v)
{
	int64_t n = rcp_db_pending_rescans(db);
	if (n > 0) {
		v->r->pending_rescans = n;
		problem(v, "registry import interrupted: the mentions of %lld entit%s await a re-scan"
		        " (the next command that writes finishes it)", (long long)n,
		        n == 1 ? "y" : "ies");
	}
}

/* ---- the head anchor ------------------------------------------------ */

rcp_status rcp_audit_head(rcp_db *db, int64_t *seq, char hash[65], rcp_error *err)
{
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_prepare(db, "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1",
	                                &st, err);
	if (rc != RCP_OK)
		return rc;
	int64_t s = 0;
	char h[65] = "";
	int r = sqlite3_step(st);
	if (r == SQLITE_ROW) {
		s = sqlite3_column_int64(st, 0);
		snprintf(h, sizeof h, "%s", rcp__col_text(st, 1) ? rcp__col_text(st, 1) : "");
	} else if (r != SQLITE_DONE) {
		rc = rcp__error_db(err, db->sql, "cannot read the audit log");
	}
	sqlite3_finalize(st);
	if (rc == RCP_OK) {
		*seq = s;
		memcpy(hash, h, sizeof h);
	}
	return rc;
}

static int hex64(const char *s)
{
	size_t n = 0;
	for (; s[n]; n++)
		if (!((s[n] >= '0' && s[n] <= '9') || (s[n] >= 'a' && s[n] <= 'f')))
			return 0;
	return n == 64;
}

rcp_status rcp_verify_head(rcp_db *db, const char *anchor, rcp_error *err)
{
	int64_t want_seq = 0;
	const char *hash = anchor;
	const char *colon = strchr(anchor, ':');
	if (colon) {
		char *end;
		long long s = strtoll(anchor, &end, 10);
		if (end != colon || s <= 0)
			return rcp__error_set(err, RCP_EINVAL, "invalid anchor", anchor,
			                      "give SEQ:HASH or the HASH 'receipts audit --head' printed");
		want_seq = s;
		hash = colon + 1;
	}
	if (!hex64(hash))
		return rcp__error_set(err, RCP_EINVAL, "invalid anchor", anchor,
		                      "the hash is 64 lowercase hex digits");
	int64_t head;
	char head_hash[65];
	rcp_status rc = rcp_audit_head(db, &head, head_hash, err);
	if (rc != RCP_OK)
		return rc;
	sqlite3_stmt *st;
	if ((rc = rcp__db_prepare(db, "SELECT seq, hash FROM audit WHERE hash = ?1 OR seq = ?2",
	                          &st, err)) != RCP_OK)
		return rc;
	rcp__bind_text(st, 1, hash);
	sqlite3_bind_int64(st, 2, want_seq);
	int64_t found = 0, at_seq = 0;
	char at_hash[65] = "";
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *h = rcp__col_text(st, 1);
		if (h && !strcmp(h, hash))
			found = sqlite3_column_int64(st, 0);
		if (sqlite3_column_int64(st, 0) == want_seq) {
			at_seq = want_seq;
			snprintf(at_hash, sizeof at_hash, "%s", h ? h : "");
		}
	}
	sqlite3_finalize(st);
	if (want_seq && !at_seq)
		return rcp__error_set(err, RCP_ECORRUPT, "audit log cut", db->path,
		                      "the anchor is entry %lld, but the log ends at entry %lld:"
		                      " entries were removed from its end", (long long)want_seq,
		                      (long long)head);
	if (want_seq && strcmp(at_hash, hash))
		return rcp__error_set(err, RCP_ECORRUPT, "audit log rewritten", db->path,
		                      "entry %lld's hash is %.16s..., not the anchor's %.16s...",
		                      (long long)want_seq, at_hash, hash);
	if (!found)
		return rcp__error_set(err, RCP_ECORRUPT, "audit log cut or rewritten", db->path,
		                      "no entry has the anchor's hash (the log ends at entry %lld)",
		                      (long long)head);
	return RCP_OK;
}

rcp_status rcp_verify(rcp_db *db, rcp_verify_report *report,
                      void (*fn)(const char *problem, void *ctx), void *ctx,
                      rcp_error *err)
{
	rcp_verify_report r;
	memset(&r, 0, sizeof r);
	verify_ctx v = {&r, fn, ctx};
	rcp_status rc;
	/* one read transaction: a consistent snapshot while writers go on */
	sqlite3_exec(db->sql, "BEGIN;", NULL, NULL, NULL);
	if ((rc = verify_sources(db, &v, err)) != RCP_OK ||
	    (rc = verify_spans(db, &v, "mention", "text", err)) != RCP_OK ||
	    (rc = verify_spans(db, &v, "claim", "evidence", err)) != RCP_OK ||
	    (rc = verify_spans(db, &v, "response", "evidence", err)) != RCP_OK ||
	    (rc = verify_words(db, &v, "company_text", "company", err)) != RCP_OK ||
	    (rc = verify_words(db, &v, "counterparty_text", "counterparty", err)) != RCP_OK)
		goto out;
	chain_ctx c = {&v, 1, "0000000000000000000000000000000000000000000000000000000000000000"};
	if ((rc = rcp_audit_each(db, 0, chain_step, &c, err)) != RCP_OK)
		goto out;
	if ((rc = verify_replay(db, &v, err)) != RCP_OK)
		goto out;
	verify_pending(db, &v);
	if (r.problems)
		rc = rcp__error_set(err, RCP_ECORRUPT, "verification failed", db->path,
		                    "%lld problem%s found", (long long)r.problems,
		                    r.problems == 1 ? "" : "s");
out:
	sqlite3_exec(db->sql, "COMMIT;", NULL, NULL, NULL);
	if (report)
		*report = r;
	return rc;
}
