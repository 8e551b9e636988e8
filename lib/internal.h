/*
 * internal.h — what the library's files share and front ends never see.
 * Names here are rcp__<module>_<verb>().
 */
#ifndef RCP_INTERNAL_H
#define RCP_INTERNAL_H

#include <stdarg.h>
#include <stdbool.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "receipts.h"

#if defined(__GNUC__)
#define RCP_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define RCP_PRINTF(a, b)
#endif

/* ---- errors (lib/base/status.c) ---- */

/* Set err (may be NULL) and return code. what is a short phrase such as
 * "cannot read", subject the thing it is about (may be NULL), why printf-style
 * (may be NULL). */
rcp_status rcp__error_set(rcp_error *err, rcp_status code, const char *what,
                          const char *subject, const char *why_fmt, ...)
	RCP_PRINTF(5, 6);
/* Same, with the database's last message as why. */
rcp_status rcp__error_db(rcp_error *err, sqlite3 *db, const char *what);

/* ---- allocation: print and abort on failure (lib/base/arena.c) ---- */

void *rcp__xmalloc(size_t n);
void *rcp__xcalloc(size_t n, size_t m);
void *rcp__xrealloc(void *p, size_t n);
char *rcp__xstrdup(const char *s);
char *rcp__xstrndup(const char *s, size_t n);

/* Arenas (rcp_arena, receipts.h): a block size other than the default. */
void rcp__arena_init(rcp_arena *a, size_t block_size);

/* ---- numbers (lib/base/number.c) ---- */

/* 1 with *out when s is all a decimal integer (an optional '-', digits)
 * within [min, max]; 0 and *out untouched otherwise. */
int rcp__parse_int64(const char *s, int64_t min, int64_t max, int64_t *out);
/* v to three decimals, as screenings and funds show shares and scores
 * (the same rounding everywhere, so that their figures agree). */
double rcp__round3(double v);

/* ---- vocabulary (lib/base/vocabulary.c) ---- */

/* The categories of the bits cats (RCP_CAT_*) by name, in their order, as
 * a JSON array; returns owned. */
json_t *rcp__categories_json(unsigned cats);

/* ---- strings ---- */

/* Is s one of list's strings (NULL-terminated)? 0 for a NULL s. Inline:
 * the candidate scan asks it of every word. */
static inline int rcp__in_list(const char *s, const char *const *list)
{
	for (int i = 0; s && list[i]; i++)
		if (!strcmp(s, list[i]))
			return 1;
	return 0;
}

/* ---- hashing ---- */

/* FNV-1a, 64 bits, of n bytes at p: for hash tables and short stable
 * names (ids, slot keys), never for integrity (that is sha256). */
static inline uint64_t rcp__fnv1a(const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < n; i++)
		h = (h ^ s[i]) * 1099511628211ull;
	return h;
}

/* The same of a NUL-terminated string. */
static inline uint64_t rcp__fnv1a_str(const char *s)
{
	uint64_t h = 1469598103934665603ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

/* ---- paths (lib/base/file.c) ---- */

/* The directory that holds path, into dir (cap bytes): "." for a bare
 * name, "/" for a file at the root. Returns where the file's own name
 * starts in path. */
size_t rcp__path_dir(const char *path, char *dir, size_t cap);

/* ---- growable buffer with a cap (lib/base/buf.c) ---- */

typedef struct rcp_buf {
	char *data;   /* always NUL-terminated when non-NULL */
	size_t len;
	size_t cap;   /* allocated */
	size_t max;   /* refuse growth past this; 0 = no cap */
} rcp_buf;

void rcp__buf_init(rcp_buf *b, size_t max);
void rcp__buf_release(rcp_buf *b);
/* Append n bytes; RCP_ETOOBIG (and nothing appended) past the cap. */
rcp_status rcp__buf_append(rcp_buf *b, const void *p, size_t n);
rcp_status rcp__buf_putc(rcp_buf *b, char c);
/* An inline rcp__buf_append for hot writers: rcp__buf_add() and
 * rcp__buf_addc() in lib/base/buf.h. */
rcp_status rcp__buf_printf(rcp_buf *b, const char *fmt, ...) RCP_PRINTF(2, 3);
/* Take the data out: returns owned (free with free()), buffer reset. */
char *rcp__buf_detach(rcp_buf *b, size_t *len);

/* ---- HTML escapers, one per context (lib/base/escape.c) ---- */

/* Element text (also a double-quoted attribute): & < > " ' as entities,
 * a NUL byte as U+FFFD. NULL s writes nothing. */
void rcp__html_text(rcp_buf *b, const char *s);
void rcp__html_textn(rcp_buf *b, const char *s, size_t n);
/* A double-quoted attribute value: every ASCII byte but letters, digits
 * and ,.-_ as a numeric reference. */
void rcp__html_attr(rcp_buf *b, const char *s);
/* One URL path segment or query value: percent-encoding of every byte
 * but A-Z a-z 0-9 - . _ ~. */
void rcp__html_url(rcp_buf *b, const char *s);

/* ---- the store (lib/store/) ---- */

#define RCP_STMT_CACHE 128

/* The caches higher layers keep on a handle (see struct rcp_db's slot):
 * an index each, in the order they depend on each other (a slot may
 * borrow from a lower one, never from a higher one). */
enum {
	RCP__SLOT_MATCHER,    /* the registry compiled (match/load.c) */
	RCP__SLOT_EXTRACTOR,  /* the claim extractor over that matcher (extract/record.c) */
	RCP__SLOT_SEARCH_TOK, /* marks query words in results (search/search.c) */
	RCP__DB_SLOTS
};

struct rcp_db {
	sqlite3 *sql;
	char *path;
	char actor[128];
	int readonly;
	/* prepared statements kept for the life of the handle, keyed by the
	 * address of their (static) SQL text */
	struct {
		const char *sql;
		sqlite3_stmt *st;
	} cache[RCP_STMT_CACHE];
	struct rcp_search_ctx *search; /* the connection's search state (tokenizer.c) */
	/* What higher layers cache on the handle, opaque to the store: each
	 * owner puts its value with the destructor that frees it, and
	 * rcp_db_close() calls them, last slot first. */
	struct {
		void *p;
		void (*free)(void *p);
	} slot[RCP__DB_SLOTS];
	/* What a higher layer finishes inside every transaction before it
	 * commits (rcp__db_on_commit()); NULL: nothing. */
	rcp_status (*before_commit)(rcp_db *db, rcp_error *err);
};

/* The handle's slot for a value (NULL when empty). */
void *rcp__db_slot(rcp_db *db, int slot);
/* Put p (takes it; may be NULL) in slot, freeing what was there with its
 * destructor first. free_fn frees p (may be NULL: nothing to free). */
void rcp__db_slot_put(rcp_db *db, int slot, void *p, void (*free_fn)(void *p));
/* Have rcp__db_commit() call fn inside each transaction before it
 * commits; when fn fails the transaction rolls back. The store does not
 * know what fn does: the funds' regrading, wired on at open (ingest/open.c). */
void rcp__db_on_commit(rcp_db *db, rcp_status (*fn)(rcp_db *db, rcp_error *err));

/* What a layer above the store sets up on a new connection before the
 * store migrates it: the search layer's tokenizer and functions, which
 * the migrations and every write to the index use. *state gets the
 * connection's search state. */
typedef rcp_status (*rcp__db_connect_fn)(sqlite3 *sql, struct rcp_search_ctx **state,
                                         rcp_error *err);
/* rcp_db_open() of the store alone (db.c): open, check, connect (may be
 * NULL), migrate. The public rcp_db_open() (ingest/open.c) wires the
 * layers above on it and finishes interrupted work. */
rcp_db *rcp__db_open(const char *path, int flags, rcp__db_connect_fn connect, rcp_error *err);

/* Numbered migrations (lib/store/schema.c). */
int rcp__schema_latest(void);
rcp_status rcp__schema_migrate(sqlite3 *db, int from, rcp_error *err);

/* Re-scan the entities an interrupted import left pending (match/load.c);
 * *n_entities and *n_mentions (may be NULL) get the counts. */
rcp_status rcp__db_finish_pending(rcp_db *db, int64_t *n_entities, int64_t *n_mentions,
                                  rcp_error *err);
/* A test hook: raise SIGKILL here when $RCP_TEST_KILL_AT is name (the
 * e2e tests kill a command between two of its transactions). */
void rcp__test_kill_point(const char *name);

/* Transactions: BEGIN IMMEDIATE / COMMIT / ROLLBACK. */
rcp_status rcp__db_begin(rcp_db *db, rcp_error *err);
rcp_status rcp__db_commit(rcp_db *db, rcp_error *err);
void rcp__db_rollback(rcp_db *db);
/* Prepare a statement or set err. */
rcp_status rcp__db_prepare(rcp_db *db, const char *sql, sqlite3_stmt **st, rcp_error *err);
/* A cached statement for static SQL text, reset and with bindings cleared:
 * valid until rcp_db_close(); do not finalize it. */
rcp_status rcp__db_stmt(rcp_db *db, const char *sql, sqlite3_stmt **st, rcp_error *err);
/* The same for a query that callbacks may run again while the caller still
 * steps through it (claims listed while a claim callback lists claims): the
 * cached statement when it is idle, else a fresh one with *owned = 1. End
 * with rcp__db_stmt_done(). */
rcp_status rcp__db_stmt_reentrant(rcp_db *db, const char *sql, sqlite3_stmt **st, int *owned,
                                  rcp_error *err);
void rcp__db_stmt_done(sqlite3_stmt *st, int owned);
/* Run st, a statement that returns no rows, and reset it: RCP_OK, or
 * the database's error as why with what ("cannot store claim"). */
rcp_status rcp__db_step_done(rcp_db *db, sqlite3_stmt *st, const char *what, rcp_error *err);
/* Bind NULL for a NULL string. */
int rcp__bind_text(sqlite3_stmt *st, int i, const char *s);
/* Column text or NULL. */
const char *rcp__col_text(sqlite3_stmt *st, int i);

/* Whether an entity with this id exists (merged ids included). */
int rcp__entity_exists(rcp_db *db, const char *id);
/* The source text's bytes [start, end) into *out (owned); RCP_ENOTFOUND for
 * no such source, RCP_EINVAL when the span is outside its text. */
rcp_status rcp__source_span(rcp_db *db, int64_t source, int64_t start, int64_t end, char **out,
                            rcp_error *err);

/* A source's row as rcp__source_insert() stores it (lib/store/source.c);
 * every pointer borrowed, NULL strings stored as NULL. */
typedef struct rcp__source_row {
	char sha256[65];         /* of the original bytes */
	char text_sha256[65];
	char added_at[21];
	const uint8_t *bytes;    /* the original */
	size_t len;
	const char *text;        /* its text */
	size_t text_len;
	const char *format, *encoding, *kind, *title, *url, *publisher, *published, *lang,
		*filename;
	const char *subject;     /* names the document in an error's subject */
} rcp__source_row;
/* id of the source with this sha256, 0 if none, -1 with err set. */
int64_t rcp__source_find_sha(rcp_db *db, const char *sha, rcp_error *err);
/* Insert r inside the caller's transaction (added_by: the handle's actor);
 * *id gets its id. */
rcp_status rcp__source_insert(rcp_db *db, const rcp__source_row *r, int64_t *id, rcp_error *err);
/* rcp_source_add() inside the caller's transaction (lib/ingest/add.c): on
 * an error the caller rolls back. */
rcp_status rcp__source_add_in(rcp_db *db, const uint8_t *bytes, size_t len,
                              const rcp_source_meta *meta, size_t max, rcp_add_result *out,
                              rcp_error *err);

/* Append an audit entry inside the caller's transaction.
 * payload (borrows) is serialized canonically (sorted keys, compact). */
/* Bump the registry's version (registry_version.c): every writer of the
 * registry's tables calls it once in the transaction of its change. */
rcp_status rcp__registry_bump(rcp_db *db, rcp_error *err);
rcp_status rcp__audit_append(rcp_db *db, const char *action, const char *object,
                             json_t *payload, rcp_error *err);
/* A change set (audit.c): rcp__audit_change records one change (as an
 * entry would: action, object, payload) in audit_change under the seq the
 * next entry will take; rcp__audit_changeset then appends that entry, its
 * payload given "changes" (how many) and "digest" (over them, in object
 * order: rcp__changeset_digest), so the chain vouches for the set; with no
 * change recorded it appends nothing. A second change of an object in one
 * set keeps the first's action and before. */
rcp_status rcp__audit_change(rcp_db *db, const char *action, const char *object, json_t *payload,
                             rcp_error *err);
rcp_status rcp__audit_changeset(rcp_db *db, const char *action, const char *object,
                                json_t *payload, rcp_error *err);
rcp_status rcp__changeset_digest(rcp_db *db, int64_t seq, int64_t *n, char hex[65],
                                 rcp_error *err);
/* Hash of one entry given its fields: what the chain is made of. */
void rcp__audit_hash(const char *prev_hash, int64_t seq, const char *time,
                     const char *actor, const char *action, const char *object,
                     const char *payload, char out[65]);

/* ---- registry import (lib/registry/import.c, ftm.c, csv_registry.c) ---- */

/* A registry reader's refusal of a line: RCP_EPARSE into err naming the
 * file, the line, and the field (as "<noun> 'field': ", noun "field" or
 * "column"; none when field is NULL); err->offset gets the line. -1. */
int rcp__registry_bad(rcp_error *err, const char *path, int64_t line, const char *noun,
                      const char *field, const char *fmt, va_list ap) RCP_PRINTF(6, 0);
/* The next line of a JSON-lines file f that is not blank, as JSON (*obj,
 * owned): 1, 0 at the end, -1 with err set. *lineno counts the lines read
 * (path names the file in messages); a line longer than max, with a NUL,
 * not UTF-8 or not JSON is refused. *buf and *cap as getline's. */
int rcp__registry_json_line(FILE *f, char **buf, size_t *cap, size_t max, const char *path,
                            int64_t *lineno, json_t **obj, rcp_error *err);

/* A registry reader: next() gives the next entity as a registry JSON-lines
 * object (returned owned) and its line: 1, 0 at the end, -1 with err set.
 * link() (may be NULL), asked after the stream for i = 0, 1, ..., gives a
 * parent link found apart from its entities (an FtM Ownership): 1 with
 * child, parent (valid until the reader is freed) and line, 0 past the
 * last. finish() (may be NULL) runs in the import's transaction after the
 * entities, their change set and the registry's new version are written,
 * before the commit: what a caller above stores with them (receipts' FtM
 * sources and claims, lib/ingest/ftm_import.c); an error rolls it all back. */
typedef struct rcp__registry_reader {
	int (*next)(void *ctx, json_t **obj, int64_t *line, rcp_error *err);
	int (*link)(void *ctx, size_t i, const char **child, const char **parent, int64_t *line);
	void *ctx;
	int soft_parents; /* 1: a parent that is not an entity here is dropped (and
	                     counted in links_skipped), not an error */
	rcp_status (*finish)(void *finish_ctx, rcp_db *db, rcp_error *err);
	void *finish_ctx;
} rcp__registry_reader;

/* Validate, upsert and audit what rd reads, all or nothing (import.c);
 * path names the input in messages. */
rcp_status rcp__registry_import_reader(rcp_db *db, const char *path, rcp__registry_reader *rd,
                                       rcp_import_report *report, rcp_error *err);
/* 1 when value (upper-cased as the registry stores it) is a valid
 * identifier of scheme (isin, cusip, lei, figi, sedol, ticker, wikidata,
 * opensanctions): what import checks. */
int rcp__registry_value_ok(const char *scheme, const char *value);
/* Readers over f (borrowed, path for messages): FtM JSON lines and CSV. */
rcp_status rcp__ftm_reader_new(FILE *f, const char *path, rcp_import_report *rep,
                               rcp__registry_reader *out);
void rcp__ftm_reader_free(rcp__registry_reader *rd);
/* Lines of up to max bytes (default 1 MiB): a source's text rides in one. */
void rcp__ftm_reader_max_line(rcp__registry_reader *rd, size_t max);
/* The FtM import of f (borrowed, name for messages) with finish (may be
 * NULL) run before its commit (rcp__registry_reader); max_line as above
 * (0: the default). formats.c. */
rcp_status rcp__registry_import_ftm(rcp_db *db, FILE *f, const char *name, size_t max_line,
                                    rcp_status (*finish)(void *ctx, rcp_db *db, rcp_error *err),
                                    void *finish_ctx, rcp_import_report *report,
                                    rcp_error *err);
rcp_status rcp__csv_registry_reader_new(FILE *f, const char *path, const char *columns,
                                        rcp_import_report *rep, rcp__registry_reader *out,
                                        rcp_error *err);
void rcp__csv_registry_reader_free(rcp__registry_reader *rd);
/* A receipts entity id for an FtM id (or a name): "rcp-org-ID" gives ID
 * back, others their slug (folded: lowercase, no accents; runs of other
 * bytes one '-'; long ones shortened with a hash; one in another script
 * "u-" and a hash) into out[129]; 0 when nothing is left. */
int rcp__ftm_id_slug(const char *ftm_id, char out[129]);
/* The prefix of receipts' own organization ids in FtM, and of its claims'
 * intervals (export_ftm.c). */
#define RCP_FTM_ORG_PREFIX "rcp-org-"
#define RCP_FTM_CLAIM_PREFIX "rcp-claim-"

/* ---- text (lib/text/) ---- */

/* Decode bytes to UTF-8 text in *out (owned). Sets encoding name, transcoded
 * flag and count of replaced sequences. RCP_EBINARY for binary input. */
rcp_status rcp__text_decode(const uint8_t *bytes, size_t len, char **out, size_t *out_len,
                            const char **encoding, int *replaced, rcp_error *err);
/* 1 when s[0..n) is valid UTF-8 (no overlongs, no surrogates, <= U+10FFFF). */
int rcp__utf8_valid(const char *s, size_t n);
/* s[0..n) as UTF-8 text: a copy when it is valid UTF-8, else its bytes
 * read as Windows-1252 (names from outside: a Latin-1 file name, an
 * argument). Returns owned (free with free()), NUL-terminated. */
char *rcp__utf8_dup(const char *s, size_t n);

/* ---- folding for matching and search (lib/text/fold.c) ---- */

/* A growable array of byte offsets. */
typedef struct rcp_offsets {
	uint32_t *v;
	size_t n, cap;
} rcp_offsets;

void rcp__offsets_push(rcp_offsets *o, uint32_t v);
void rcp__offsets_release(rcp_offsets *o);

/* Fold UTF-8 s[0..n) (borrows) and append it to out: NFKD, case folding,
 * marks removed, look-alike punctuation lumped (see fold.c). If map is not
 * NULL, one entry is pushed per output byte: the offset in s of the code
 * point it came from; then a final entry n. Invalid UTF-8 folds to U+FFFD.
 * Inputs must be under 4 GiB. */
void rcp__fold(const char *s, size_t n, rcp_buf *out, rcp_offsets *map);
/* Folded copy: returns owned (free with free()). */
char *rcp__fold_dup(const char *s, size_t n, size_t *out_len);
/* Decode the code point at s[i]; returns its byte length (invalid: 1, U+FFFD). */
size_t rcp__utf8_next(const char *s, size_t n, size_t i, int32_t *cp);
/* Encode cp; returns the byte count. */
size_t rcp__utf8_put(int32_t cp, char out[4]);
/* 1 for letters, marks and digits: what words are made of. */
int rcp__is_word_cp(int32_t cp);
/* 1 for upper- and title-case letters. */
int rcp__is_upper_cp(int32_t cp);
/* Fold one code point as rcp__fold() does; returns the byte count (0 for a
 * mark, which folding removes). */
#define RCP_FOLD_CP_MAX 64
size_t rcp__fold_cp(int32_t cp, char out[RCP_FOLD_CP_MAX]);
/* The code points of two UTF-8 bytes (U+0080 to U+07FF: Latin letters with
 * diacritics, Greek, Cyrillic, Hebrew, Arabic), as the three functions
 * above judge and fold them, in a table made once (thread-safe): entry cp.
 * len is the folded byte count, RCP_FOLD2_LONG when it is over six (fold
 * it with rcp__fold_cp()). Returns the table, valid for the process. */
enum { RCP_FOLD2_WORD = 1, RCP_FOLD2_UPPER = 2, RCP_FOLD2_LONG = 255 };
typedef struct rcp_fold2 {
	uint8_t len, flags;
	char bytes[6];
} rcp_fold2;
const rcp_fold2 *rcp__fold2_table(void);

/* ---- claims (lib/store/claim.c) ---- */

/* Insert a claim inside the caller's transaction, with its audit entry.
 * text (borrowed, may be NULL) is the source's text as stored, when the
 * caller holds it (record.c, in the transaction that stored it): the span
 * is checked against it instead of being read back per claim. */
rcp_status rcp__claim_insert(rcp_db *db, const rcp_claim *c, const char *text, size_t len,
                             int64_t *id, rcp_error *err);
/* A claim as JSON (the audit log's before/after shape); returns owned. */
json_t *rcp__claim_json(const rcp_claim *c);
/* The stored claim as that JSON, with its counterparty_text (owned), or
 * NULL when there is none (or its company or source is missing). */
json_t *rcp__claim_json_by_id(rcp_db *db, int64_t id);

/* ---- matching in the store (lib/match/load.c) ---- */

/* The matcher for the store's current registry: cached on the handle and in
 * "<db>.matcher" next to the file, rebuilt when the registry changed.
 * Valid until the next call or rcp_db_close(). */
const rcp_matcher *rcp__db_matcher(rcp_db *db, rcp_error *err);
/* Scan a source's text and store its mentions (inside the caller's
 * transaction). */
rcp_status rcp__mentions_record(rcp_db *db, int64_t source, const char *text, size_t len,
                                int64_t *n, rcp_error *err);

/* ---- claims found at add (lib/extract/record.c) ---- */

/* Extract candidate claims from a source's text and store them (inside the
 * caller's transaction). *n (may be NULL) gets how many. */
rcp_status rcp__claims_record(rcp_db *db, int64_t source, const char *text, size_t len,
                              const char *lang, int doc_year, int64_t *n, rcp_error *err);

/* ------------------------------------------------------------------ */
/* Screening (lib/screen/)                                             */
/* ------------------------------------------------------------------ */

/* Legal-form families a name carried (namenorm.c). */
enum {
	RCP__FORM_US = 1 << 0, /* Inc, Corp, Co, LLC */
	RCP__FORM_GB = 1 << 1, /* Ltd, PLC */
	RCP__FORM_DE = 1 << 2, /* AG, GmbH, KGaA */
	RCP__FORM_EU = 1 << 3, /* S.A., N.V., SE, AB, A/S, S.p.A., Ltee ... */
};

/* Normalize a company name s[0..n) (borrows): folded words joined by one
 * space, legal forms and share-class noise removed, abbreviations expanded
 * (see namenorm.c). *forms (may be NULL) gets the RCP__FORM_* families
 * removed. Returns owned (free with free()); never NULL, may be "". */
char *rcp__name_norm(const char *s, size_t n, unsigned *forms);
/* 1 when the normalized word w[0..n) is too common to carry a match. */
int rcp__name_is_common(const char *w, size_t n);
/* 1 for the common words that say nothing at all ("holdings", "group"):
 * they weigh a tenth in scores. */
int rcp__name_is_organizational(const char *w, size_t n);
/* 1 for a folded legal form or share-class word ("inc", "ag", "adr"). */
int rcp__name_is_form(const char *w, size_t n);
/* Jaro-Winkler similarity of two byte strings, 0..1. */
double rcp__jaro_winkler(const char *a, size_t na, const char *b, size_t nb);

/* Why a screened company is flagged (screen/reasons.c): a JSON array of
 * {"kind": "claim"|"list"|"category", "text", "source"}, never empty;
 * parent (may be NULL) is the company it rolls up to. db may be NULL
 * (the categories of the match only). Returns owned, or NULL with err
 * set. */
json_t *rcp__screen_reasons(rcp_db *db, const char *id, const char *parent,
                            const char *parent_name, unsigned cats, rcp_error *err);

/* What storing a screened file needs of its report (the counts, the
 * weight basis, the layout: static strings), without building it:
 * rcp__screen_tally() screens the opened h (left open, the caller closes
 * it) with the same matching, rating and weighing as rcp_screen_file(). */
typedef struct rcp_screen_tally {
	int64_t holdings, rated;
	const char *basis, *layout;
} rcp_screen_tally;
rcp_status rcp__screen_tally(const rcp_name_index *m, rcp_match_memo *memo, rcp_holdings *h,
                             const char *path, void (*row_fn)(const rcp_screen_row *r, void *ctx),
                             void *ctx, rcp_screen_tally *out, rcp_error *err);

/* The order of a list of JSON objects by the number at key, largest
 * first, then by "id" (report.c; a flagged list, a comparison): a qsort
 * comparison of two json_t ** given the key. */
int rcp__json_order_desc(const void *x, const void *y, const char *key);

/* A company's accepted claims into f (report.c): "claims", the count,
 * and "evidence", the strongest with its quote and source, or null. */
rcp_status rcp__screen_claims(rcp_db *db, const char *id, json_t *f, rcp_error *err);

/* Hundredths of a currency's unit (what the money scanner reads) into its
 * minor units by ISO 4217 exponent (base/amount.c): 1 done, 0 overflow. */
int rcp__amount_from_hundredths(int64_t h, const char *currency, int64_t *minor);

/* Arm the fault injection RCP_FAULT asks for (store/fault.c), once; a
 * no-op unless built with -Dfault=true. */
void rcp__fault_install(void);

/* The name index's invariants after rcp_name_index_build (match.c): every
 * word's postings are written, in range, strictly ascending (no name twice)
 * and as many as its document frequency; every name's words are known.
 * NULL when they hold, else what broke (a static string). For tests and
 * the fuzz target. */
const char *rcp__name_index_check(const rcp_name_index *m);

/* Market code ("US", "GB", "JP" ...) of an exchange written as a code
 * ("NYSE", "TKS") or a name ("Tokyo Stock Exchange"); NULL if unknown. */
const char *rcp__exchange_market(const char *exchange);
/* Ticker symbol normalized for lookup into out[32]: upper case, letters
 * and digits only, leading zeros of an all-digit symbol dropped. */
void rcp__ticker_norm(const char *sym, char out[32]);

/* Funds (lib/store/fund.c): a grade from stored holdings. */
typedef struct rcp_fund_grade {
	char grade;
	double exposure;                          /* percent of long assets, flagged */
	double by_category[RCP_CATEGORY_COUNT];
	int64_t flagged, claims;                  /* companies, their accepted claims */
} rcp_fund_grade;
/* Grade a filing's stored holdings against the registry as it is now. */
rcp_status rcp__fund_grade_filing(rcp_db *db, int64_t filing, rcp_fund_grade *g, rcp_error *err);
/* What grading read of the registry, kept across the filings of a bulk
 * load (refilled when another connection has committed). */
typedef struct rcp__fund_cache rcp__fund_cache;
rcp__fund_cache *rcp__fund_cache_new(void);
void rcp__fund_cache_free(rcp__fund_cache *k);
/* Grade a filing of fund (0: its latest) into *out, record it in the
 * fund's history with cause (borrowed) and, for the latest, set the fund's
 * current grade. keep (may be NULL) is a kept cache. Inside a transaction. */
rcp_status rcp__fund_grade(rcp_db *db, rcp__fund_cache *keep, int64_t fund, int64_t filing,
                           const char *cause, rcp_fund_grade *out, rcp_error *err);
/* The memo's kept grading cache (memo.c), made on first use. */
rcp__fund_cache *rcp__memo_fund_cache(rcp_match_memo *c);
/* Regrade the funds holding the entities migration 8's triggers noted in
 * fund_stale, then clear it; called by rcp__db_commit() before COMMIT.
 * *regraded (may be NULL) gets the number of funds. */
rcp_status rcp__fund_regrade_stale(rcp_db *db, int64_t *regraded, rcp_error *err);
/* {"military": pct, ...} as compact JSON; returns owned (free()). */
char *rcp__fund_by_category_json(const double by_category[RCP_CATEGORY_COUNT]);

/* Holdings internals (holdings.c, nport.c). */
typedef struct rcp_nport rcp_nport;
/* An N-PORT file read up to its first holding (rcp__nport_head): the
 * identity is then known and no holding is consumed. -2 for the other
 * layouts, which read nothing. */
int rcp__holdings_head(rcp_holdings *h, rcp_error *err);
/* A number as funds write it ("1.234,5", "(12)", "4.15%"); NaN if none.
 * *decimal_comma (-1 unknown, 0, 1) is the file's convention, learnt. */
double rcp__holdings_number(const char *s, int *decimal_comma);
/* N-PORT XML reader over the bytes read(read_ctx, buf, len) gives (as
 * many as it has up to len, 0 at the end); NULL with err set. */
rcp_nport *rcp__nport_new(int (*read)(void *ctx, char *buf, int len), void *read_ctx,
                          const char *path, rcp_error *err);
/* Next <invstOrSec>: 1, 0 at the end, -1 error. Strings valid until next. */
int rcp__nport_next(rcp_nport *n, rcp_holding *out, rcp_error *err);
/* Read on to the first holding, not reading it, so that the identity of
 * <genInfo> (before the holdings) is known: 1 there, 0 no holding, -1 an
 * error (err set). The next rcp__nport_next() reads that holding. */
int rcp__nport_head(rcp_nport *n, rcp_error *err);
void rcp__nport_free(rcp_nport *n);
/* The filing's <genInfo> into *out: 1 once it has been read, else 0. */
int rcp__nport_identity(const rcp_nport *n, rcp_fund_identity *out);

/* ------------------------------------------------------------------ */
/* Text pipeline and search (lib/text/{html,pdf,csv,lang,sentence}.c,  */
/* lib/search/)                                                        */
/* ------------------------------------------------------------------ */

/* ---- readers (lib/text/html.c, pdf.c, csv.c) ---- */

/* What a reader builds: NFC UTF-8 text, runs mapping text offsets to
 * offsets in the original, pages, and metadata (all owned by t). */
typedef struct rcp_text_builder {
	rcp_buf text;
	rcp_text_run *runs;
	size_t nruns, runs_cap;
	uint64_t *pages;
	size_t npages, pages_cap;
} rcp_text_builder;

void rcp__tb_init(rcp_text_builder *b, size_t max);
/* Append UTF-8 s[0..n), NFC-normalized, taken from original offset orig. */
rcp_status rcp__tb_append(rcp_text_builder *b, const char *s, size_t n, uint64_t orig);
/* Append a separator ("\n", "\n\n", " ") unless the text already ends in
 * whitespace; not mapped. */
void rcp__tb_break(rcp_text_builder *b, const char *sep);
/* Mark the start of a new page at the current end of text. */
void rcp__tb_page(rcp_text_builder *b);
/* Move the builder's text, runs and pages into t. */
void rcp__tb_finish(rcp_text_builder *b, rcp_text *t);
void rcp__tb_release(rcp_text_builder *b);

/* Each returns RCP_OK with text (maybe partial, t->warning set), or an
 * error for input with nothing readable. */
rcp_status rcp__html_read(const uint8_t *bytes, size_t len, rcp_text *t, rcp_error *err);
rcp_status rcp__pdf_read(const uint8_t *bytes, size_t len, rcp_text *t, rcp_error *err);
rcp_status rcp__csv_read(const uint8_t *bytes, size_t len, const char *text_columns,
                         rcp_text *t, rcp_error *err);
/* 1 when bytes look like delimited records (CSV, TSV, semicolons). */
int rcp__csv_sniff(const uint8_t *bytes, size_t len);
/* rcp_text_extract() with the CSV columns to index (NULL: all). */
rcp_status rcp__text_extract_csv(const uint8_t *bytes, size_t len, const char *name,
                                 const char *text_columns, rcp_text *out, rcp_error *err);
/* Abbreviation list of a language (generated from lib/text/abbrev/). */
const char *const *rcp__abbrev_list(const char *lang);

/* ---- compact JSON text (lib/base/jsonout.c), as jansson writes it ---- */

/* A string, escaped, in quotes (s valid UTF-8: rcp__json_utf8_ok). */
void rcp__json_put_string(rcp_buf *b, const char *s, size_t n);
void rcp__json_put_integer(rcp_buf *b, int64_t v);
/* Any value; 0 where jansson's dumper would fail. */
int rcp__json_put_value(rcp_buf *b, const json_t *v);
/* Would json_stringn(s, n) take it? */
int rcp__json_utf8_ok(const char *s, size_t n);

/* ---- words (lib/text/words.c) ---- */

/* The next word of s from *pos: letters and digits, a run of digits
 * joined across "1,000" and "8.5", each character of a script written
 * without spaces a word of its own. 0 at the end; else [*start, *end)
 * and *pos past the word. */
int rcp__next_word(const char *s, size_t n, size_t *pos, size_t *start, size_t *end);

/* ---- language and sentences (lib/text/lang.c, sentence.c) ---- */

/* ISO 639-1 code of the language of text (static string), or NULL when
 * too little text says nothing. Knows en fr es de it pt nl ar he ru. */
const char *rcp__lang_detect(const char *text, size_t len);
/* The languages whose function-word list holds folded word w[0..n): bit l
 * for the l-th list (rcp__lang_list). */
unsigned rcp__lang_function_word(const char *w, size_t n);
/* The l-th list of function words (NULL-terminated) and its language's
 * code in *code; NULL past the last. For tests. */
const char *const *rcp__lang_list(size_t l, const char **code);

/* Call fn with [start, end) of each sentence in text (trailing space not
 * included). Abbreviations come from lib/text/abbrev/<lang>.txt; an
 * unknown lang uses the English list. fn returning non-zero stops. */
void rcp__sentences(const char *text, size_t len, const char *lang,
                    int (*fn)(size_t start, size_t end, void *ctx), void *ctx);

/* ---- tokenizer (lib/search/tokenizer.c) ---- */

typedef struct rcp_tokenizer rcp_tokenizer;
enum {
	RCP_TOK_STEM,      /* fold, then stem in the given language */
	RCP_TOK_FOLD,      /* fold only */
	RCP_TOK_QUERY_ALL, /* the folded word, then colocated stems in every language
	                      (only in lang when one is given; see
	                      rcp__tokenizer_set_langs) */
};
/* Languages a query word is stemmed in (tokenizer.c's stem_langs), and the
 * bytes of a folded word kept (longer is cut). */
#define RCP_TOK_NSTEM 8
#define RCP_TOK_MAX_WORD 64
/* Marks a query token that rcp__search_parse (query.c) writes and the
 * tokenizer passes through as it is: a byte put_term never writes, so
 * users cannot. */
#define RCP_TOK_VERBATIM '\x01'
/* A set of index languages: bit i for the i-th language Snowball stems
 * here, RCP_LANG_UNSTEMMED for documents indexed unstemmed. */
#define RCP_LANG_UNSTEMMED (1u << 31)
/* FTS5 'hashsize' of source_fts (migration 5): the bytes of index data a
 * transaction gathers in memory before writing a segment. SQLite's 1 MiB
 * makes a bulk load write and merge many small segments; 64 MiB indexes a
 * large transaction about 1.5x faster. Memory is used only while such a
 * transaction is open. */
#define RCP_FTS_HASHSIZE 67108864
/* Pages of the database file are read through a memory map of up to
 * this many bytes, not copied into SQLite's page cache: a search reads
 * the pages of frequent words' doclists, hundreds of KiB of a large
 * index, and the copies cost it a third of its time with the default
 * 2 MB cache. SQLite caps it at its compile-time limit (2 GiB for
 * Debian's). The bench uses the same. */
#define RCP_MMAP_SIZE 2147418112
#define RCP_MMAP_PRAGMA "PRAGMA mmap_size=" RCP_STR(RCP_MMAP_SIZE) ";"
#define RCP_STR_(x) #x
#define RCP_STR(x) RCP_STR_(x) /* a macro's value as a string literal */
unsigned rcp__search_lang_bit(const char *lang);
/* tok[0..n) valid only during the call; [start, end) bytes in the input. */
typedef int (*rcp_token_fn)(void *ctx, const char *tok, size_t n, size_t start, size_t end,
                            int colocated);

rcp_tokenizer *rcp__tokenizer_new(void);
void rcp__tokenizer_free(rcp_tokenizer *t);
/* Tests: the token cache of t holds 1 << bits slots per language (from
 * the default 16); 0 turns it off. */
void rcp__tokenizer_cache_bits(rcp_tokenizer *t, int bits);
/* Tokenize s[0..n); a non-zero return of fn stops and is returned. */
int rcp__tokenize(rcp_tokenizer *t, const char *s, size_t n, const char *lang, int mode,
                  rcp_token_fn fn, void *ctx);
/* 1 when Snowball stems lang. */
int rcp__stem_supported(const char *lang);
/* Query expansion in RCP_TOK_QUERY_ALL without a language: stems only in
 * the languages of mask, the folded word only with RCP_LANG_UNSTEMMED
 * (0: every language and the folded word). */
void rcp__tokenizer_set_langs(rcp_tokenizer *t, unsigned mask);

/* The search state of one connection: the language of the document
 * being indexed and the languages query terms are stemmed in. */
typedef struct rcp_search_ctx rcp_search_ctx;
/* Register the "receipts" FTS5 tokenizer, rcp_index_lang() and the
 * ranking function rcp_rank() (lib/search/rank.c) on db; *ctx (if not
 * NULL) gets the connection's search state, which lives as long as db. */
rcp_status rcp__search_register(sqlite3 *db, rcp_search_ctx **ctx, rcp_error *err);
rcp_status rcp__search_register_rank(fts5_api *api, sqlite3 *db, rcp_error *err);
/* Document lengths for ranking (doclen.c): search_doclen holds the
 * lengths of RCP_DOCLEN_DOCS consecutive sources in a blob, 16 bits each
 * (rcp__doclen_code: tokens + 1, at most 65,535; 0: not noted). */
#define RCP_DOCLEN_SHIFT 10
#define RCP_DOCLEN_DOCS (1 << RCP_DOCLEN_SHIFT)
#define RCP_DOCLEN_BYTES (2 * RCP_DOCLEN_DOCS)
#define RCP_DOCLEN_CREATE                                                                    \
	"CREATE TABLE search_doclen (chunk INTEGER PRIMARY KEY, lens BLOB NOT NULL);"
uint16_t rcp__doclen_code(int64_t tokens);
/* The statement that notes the lengths of rows ?1 to ?2 of the FTS5
 * table fts (a string literal) after they were indexed. */
#define RCP_DOCLEN_NOTE(fts)                                                                 \
	"INSERT OR REPLACE INTO search_doclen(chunk, lens) SELECT id >> " RCP_STR(               \
		RCP_DOCLEN_SHIFT) ", rcp_doclen_chunk(id, sz, (SELECT lens FROM search_doclen"       \
		" WHERE chunk = id >> " RCP_STR(RCP_DOCLEN_SHIFT) ")) FROM " fts "_docsize"          \
		" WHERE id BETWEEN ?1 AND ?2 GROUP BY 1"
/* rcp_doclen_put(lens, id, sz) and the aggregate rcp_doclen_chunk(id, sz). */
rcp_status rcp__search_register_doclen(sqlite3 *db, rcp_error *err);
/* Query terms are stemmed in lang only (NULL: in the languages of mask,
 * as rcp__tokenizer_set_langs). */
void rcp__search_set_query_lang(rcp_search_ctx *c, const char *lang, unsigned mask);
/* The connection's tokenizer for query words, set to the query languages;
 * *lang gets the query's language (NULL: any). */
rcp_tokenizer *rcp__search_query_tokenizer(rcp_search_ctx *c, const char **lang);

/* ---- queries and the index (lib/search/query.c, search.c) ---- */

typedef struct rcp_query_term {
	char *text;
	int prefix, phrase;
} rcp_query_term;

/* A phrase of the FTS5 expression (a quoted string), in the order FTS5
 * numbers them. */
typedef struct rcp_query_phrase {
	char *token; /* the one token it matches as written (a form written by
	                rcp__search_parse), or NULL: a prefix, or text FTS5
	                tokenizes (a phrase, a word of several tokens) */
	char *text;  /* that text, unquoted, when token is NULL and it is not
	                a prefix; else NULL */
	int term;    /* the index in terms of the word it is a form of; -1:
	                excluded (NOT) */
} rcp_query_phrase;

typedef struct rcp_query {
	char *fts;              /* FTS5 MATCH expression */
	rcp_query_term *terms;  /* terms that must or may match (not excluded) */
	size_t nterms;
	rcp_query_phrase *phrases;
	size_t nphrases;
	int all_and;            /* 1: a match holds every term (no OR, no NOT) */
	int excl_absent;        /* 1: no match holds an excluded phrase (a NOT of
	                           terms or ORs at the top, "a -b"): FTS5's bm25()
	                           scores the instances of every phrase in a row,
	                           so in "a OR (b -c)" c counts where a matched */
} rcp_query;

/* Parse a user query. RCP_EPARSE with err->offset the byte in the query. */
rcp_status rcp__query_parse(const char *q, rcp_query *out, rcp_error *err);
/* The same, with each word that is not in a phrase offered to word first
 * (prefix: 1 when it ends in '*'): it appends the word's FTS5 expression
 * to out and returns 1, or returns 0 having written nothing, and the word
 * is written quoted (with its '*'). */
typedef int (*rcp_query_word_fn)(void *ctx, const char *word, size_t n, int prefix,
                                 rcp_buf *out);
rcp_status rcp__query_parse_words(const char *q, rcp_query_word_fn word, void *ctx,
                                  rcp_query *out, rcp_error *err);
/* Parse a user query for the index of c's connection: words expanded as
 * rcp__search_set_query_lang says, each word of one token written as an
 * OR of its forms (tokenizer.c). c NULL: rcp__query_parse. */
rcp_status rcp__search_parse(rcp_search_ctx *c, const char *q, rcp_query *out, rcp_error *err);
void rcp__query_release(rcp_query *q);

typedef struct rcp_rank_hit {
	int64_t id;
	double score; /* higher is better */
} rcp_rank_hit;

/* The document frequencies rcp_rank() uses for a query's phrases (rank.c),
 * bound as a pointer of type "rcp_rank_df"; df[i] < 0: count it. rows and
 * avgdl are written back: the row count and average length it ranked by. */
typedef struct rcp_rank_df {
	int nphrase;
	const int64_t *df;
	int64_t rows;
	double avgdl;
	/* when set and it returns 1 for a row, the row's score is NULL:
	 * not computed (topk.c's sweep skips rows that cannot rank) */
	int (*skip)(void *ctx, int64_t rowid);
	void *skip_ctx;
} rcp_rank_df;
/* BM25's IDF of a phrase in df of rows rows, as FTS5's bm25() has it. */
double rcp__bm25_idf(int64_t rows, double df);

/* What the top k of a query is worked out from, per connection (topk.c):
 * for each token looked up, its document frequency and, per block of
 * rowids, its greatest frequency and the shortest length of a row it is
 * in. */
typedef struct rcp_bounds rcp_bounds;
rcp_bounds *rcp__bounds_new(void);
void rcp__bounds_free(rcp_bounds *b);
/* Blocks of 1 << shift rowids, and a query of at most small matches
 * scored in one pass (tests; the defaults suit a large index). */
void rcp__bounds_tune(rcp_bounds *b, int shift, int64_t small);
/* Keep b to at most max blocks, under the process's own budget (tests: a
 * budget small enough that words are dropped and read again). */
void rcp__bounds_budget(rcp_bounds *b, size_t max);
/* A word's rows kept while it has at most rows of them, and the seeks
 * the candidates of an AND may cost to read the other words on them,
 * per seek of the AND's own statement (3; tests). */
void rcp__bounds_keep(rcp_bounds *b, size_t rows, size_t probes);
/* The query tokenizer's languages (rcp__search_set_query_lang), which
 * decide what a phrase's text matches: kept with what b knows of it. */
void rcp__bounds_langs(rcp_bounds *b, const char *lang, unsigned mask);
/* The connection's bounds (tokenizer.c keeps them with its search state). */
rcp_bounds *rcp__search_bounds(rcp_search_ctx *c);

typedef struct rcp_topk_stats {
	int64_t scored;  /* matches scored */
	int64_t blocks;  /* blocks of rowids read; 0: the whole range at once */
	int64_t built;   /* postings summarized for the bounds */
	int64_t sweeps;  /* passes over every match, skipping what cannot rank */
	int64_t kept;    /* ranked from the rows kept with the bounds: 1, or 2
	                    with the other words read on those rows */
} rcp_topk_stats;

/* Merge the segments of the FTS5 index `table` (source_fts) after a
 * batch of writes, until each level holds at most one or about `pages`
 * pages are written (lib/search/search.c). */
rcp_status rcp__search_merge(sqlite3 *db, const char *table, int64_t pages, rcp_error *err);

/* Pages of db in use (freed ones not counted): what a batch of writes
 * added, for rcp__search_merge's `pages` (lib/search/search.c). */
int64_t rcp__search_pages(sqlite3 *db);

/* The k best matches of q by rcp_rank(), exactly, ties to the higher
 * rowid: *out (free with free()) gets the first min(k, matches) of them
 * in order, *n their number. range is the query's statement, bound by the
 * caller but for ?1 (the MATCH expression), ?10 and ?11 (a range of
 * rowids), ?12 (an rcp_rank_df pointer, rcp_rank's last argument); its
 * rows are (rowid, rcp_rank(...)). tf reads a token's postings: (rowid,
 * rcp_tf(table, weights as range's)) for MATCH ?1 AND rowid BETWEEN ?2
 * AND ?3. plain: 1 when range's rows are every match of ?1 in the range
 * (no other condition): an AND of words whose rows topk.c keeps is then
 * ranked from them, range run on one row. The index's rowids run up to
 * hi; the caller keeps them from changing meanwhile (a read
 * transaction). ts may be NULL. */
rcp_status rcp__search_topk(sqlite3 *db, rcp_bounds *b, const rcp_query *q, sqlite3_stmt *range,
                            int plain, sqlite3_stmt *tf, int64_t hi, size_t k,
                            rcp_rank_hit **out, size_t *n, rcp_topk_stats *ts, rcp_error *err);

/* Step st, whose rows are (rowid, rcp_rank(...) or bm25(...)), to the end; return its n rows
 * in *out (owned, free with free()), the best (all when 0) of them first
 * and in order (higher score, then higher rowid), the rest after them in
 * no order. */
rcp_status rcp__search_rank(sqlite3 *db, sqlite3_stmt *st, size_t best, rcp_rank_hit **out,
                            size_t *n, rcp_error *err);

/* Index source id inside the caller's transaction: its title and text in
 * lang (may be NULL), and its pages and offset map from t. */
rcp_status rcp__search_index(rcp_db *db, int64_t id, const char *title, const rcp_text *t,
                             const char *lang, rcp_error *err);

/* Calls the library does not make (lib/banned.h); included last so
 * the system headers above are read before it. The library's own files
 * only (meson.build defines RCP_BUILDING_LIB for them): tests may copy
 * fixtures as they like. */
#ifdef RCP_BUILDING_LIB
#include "banned.h"
#endif

#endif
