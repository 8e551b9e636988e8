/*
 * receipts.h — the one public header of the receipts library.
 *
 * Front ends (cli/, web/) include this file and nothing else of lib/.
 * Ownership words used below:
 *   borrows                 the callee keeps no reference after it returns
 *   takes                   the callee frees it
 *   returns owned (free with X)
 *   valid until Y
 */
#ifndef RECEIPTS_H
#define RECEIPTS_H

#include <stddef.h>
#include <stdint.h>
#include <jansson.h>

#define RCP_VERSION "0.1.0"

/* ------------------------------------------------------------------ */
/* Status and errors                                                   */
/* ------------------------------------------------------------------ */

/* One enum, 0 is success; each code has a message and an HTTP status in
 * the table in lib/base/status.c. Adding a code is adding a row there. */
typedef enum rcp_status {
	RCP_OK = 0,
	RCP_EINVAL,    /* bad argument or option value */
	RCP_EIO,       /* reading or writing a file failed */
	RCP_EDB,       /* the database refused */
	RCP_ENOTFOUND, /* no such source, entity, ... */
	RCP_EAMBIGUOUS,/* a prefix or name matched more than one thing */
	RCP_EBINARY,   /* input is not text */
	RCP_ETOOBIG,   /* input is over a configured cap */
	RCP_EFORMAT,   /* a format we recognise but cannot read (yet) */
	RCP_EPARSE,    /* malformed input: JSON, CSV, dates, ... */
	RCP_ECORRUPT,  /* verify found a broken hash, span or chain */
	RCP_EVERSION,  /* database from a newer receipts */
	RCP_EPERM,     /* not allowed */
	RCP_EBUSY,     /* database locked by another writer */
	RCP__STATUS_COUNT
} rcp_status;

/* Short machine name of a status ("not_found"). Never NULL. */
const char *rcp_status_name(rcp_status st);
/* One-line English message for a status. Never NULL. */
const char *rcp_status_message(rcp_status st);
/* HTTP status a server should answer for this status. */
int rcp_status_http(rcp_status st);

/* Detail that travels with a failing status (git's strbuf *err).
 * Rendered as: "<what> '<subject>': <why>" (subject and why optional). */
typedef struct rcp_error {
	rcp_status code;
	char what[128];
	char subject[256];
	char why[512];
	int64_t offset; /* byte offset or line number in the subject, -1 if none */
} rcp_error;

/* Clear an error to RCP_OK. Accepts NULL. */
void rcp_error_clear(rcp_error *err);
/* Format the error as one line into out (always NUL-terminated). */
void rcp_error_format(const rcp_error *err, char *out, size_t cap);

/* ------------------------------------------------------------------ */
/* Time                                                                */
/* ------------------------------------------------------------------ */

/* Current UTC time as "YYYY-MM-DDTHH:MM:SSZ" into out[21].
 * RECEIPTS_NOW in the environment overrides it (for reproducible tests). */
void rcp_now_iso(char out[21]);

/* Check a partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD with real month and day. */
int rcp_date_valid(const char *s);

/* ------------------------------------------------------------------ */
/* Files and hashes                                                    */
/* ------------------------------------------------------------------ */

/* Default cap on one input file: 256 MiB. */
#define RCP_DEFAULT_MAX_BYTES ((size_t)256 << 20)

/* Read a whole file ("-" is stdin) of at most max bytes.
 * On success *out is returned owned (free with free()) and NUL-terminated
 * past *len. RCP_ETOOBIG when the file is over max, RCP_EIO otherwise. */
rcp_status rcp_file_read(const char *path, size_t max, uint8_t **out, size_t *len,
                         rcp_error *err);

/* sha256 of bytes as 64 lowercase hex digits and a NUL into hex[65]. */
void rcp_sha256_hex(const void *bytes, size_t len, char hex[65]);

/* ------------------------------------------------------------------ */
/* Text readers                                                        */
/* ------------------------------------------------------------------ */

typedef enum rcp_format {
	RCP_FORMAT_TEXT = 0,
	RCP_FORMAT_MARKDOWN,
	RCP_FORMAT_HTML,
	RCP_FORMAT_PDF,
	RCP_FORMAT_CSV,
} rcp_format;

const char *rcp_format_name(rcp_format f);

/* Extracted text of a document and what was learned on the way. */
typedef struct rcp_text {
	char *text;          /* NUL-terminated UTF-8; owned */
	size_t len;
	rcp_format format;
	const char *encoding;/* static string: "utf-8", "utf-16le", "windows-1252", ... */
	int transcoded;      /* 1 when the bytes were not UTF-8 */
	int replaced;        /* count of invalid sequences replaced with U+FFFD */
	/* Metadata found in the document itself (owned, may be NULL). */
	char *title, *url, *published, *publisher, *lang;
} rcp_text;

/* Sniff the format and encoding of bytes (borrows), and extract UTF-8 text.
 * name (may be NULL) is a hint only for Markdown; formats come from bytes.
 * RCP_EBINARY for binary input, RCP_EFORMAT for HTML/PDF (not read yet).
 * On success *out holds owned strings: release with rcp_text_release(). */
rcp_status rcp_text_extract(const uint8_t *bytes, size_t len, const char *name,
                            rcp_text *out, rcp_error *err);
/* Free what rcp_text_extract() returned. Accepts a zeroed struct. */
void rcp_text_release(rcp_text *t);

/* ------------------------------------------------------------------ */
/* The store                                                           */
/* ------------------------------------------------------------------ */

typedef struct rcp_db rcp_db;

enum {
	RCP_OPEN_READONLY = 1 << 0, /* fail rather than create or migrate */
};

/* Open (creating if needed) the database at path and apply migrations.
 * Returns owned (free with rcp_db_close()) or NULL with err set. */
rcp_db *rcp_db_open(const char *path, int flags, rcp_error *err);
/* Close a database. Accepts NULL. */
void rcp_db_close(rcp_db *db);
/* Schema version the database is at. */
int rcp_db_schema_version(rcp_db *db);
/* Who writes: recorded in the audit log. Borrows actor (copied). */
void rcp_db_set_actor(rcp_db *db, const char *actor);
/* Run PRAGMA integrity_check; RCP_ECORRUPT with the first message if not ok. */
rcp_status rcp_db_integrity(rcp_db *db, rcp_error *err);

/* ---- sources ---- */

typedef struct rcp_source_meta {
	const char *kind;      /* article, report, procurement, filing, response, other */
	const char *title;
	const char *url;
	const char *publisher;
	const char *published; /* YYYY[-MM[-DD]] */
	const char *lang;      /* ISO 639-1 */
	const char *filename;  /* where the bytes came from (basename kept) */
} rcp_source_meta;

typedef struct rcp_add_result {
	int64_t id;
	char sha256[65];
	int existed;           /* 1: same bytes were already stored; nothing changed */
	int transcoded;        /* 1: text was transcoded from encoding */
	const char *encoding;  /* static */
	int replaced;          /* invalid sequences replaced */
	const char *format;    /* static */
} rcp_add_result;

/* Store bytes (borrows) as a source: sha256 of the bytes, the original bytes,
 * the extracted text and metadata; one audit entry. Re-adding the same bytes
 * changes nothing and sets out->existed. max caps len (0 = default).
 * All or nothing: on any error the database is unchanged. */
rcp_status rcp_source_add(rcp_db *db, const uint8_t *bytes, size_t len,
                          const rcp_source_meta *meta, size_t max,
                          rcp_add_result *out, rcp_error *err);

typedef struct rcp_source {
	int64_t id;
	char sha256[65];
	const char *kind, *title, *url, *publisher, *published, *lang, *filename;
	const char *format, *encoding, *added_at, *added_by;
	int64_t size;        /* bytes of the original */
	int64_t text_len;    /* bytes of the extracted text */
	const char *text;    /* only filled by rcp_source_get() */
} rcp_source;

typedef struct rcp_source_filter {
	const char *kind, *lang, *publisher;
	const char *after, *before;   /* compare with published date (prefix order) */
	const char *added_after;      /* compare with added_at */
	const char *contains;         /* substring of title or url */
	int64_t limit;                /* 0 = no limit */
	int64_t offset;
} rcp_source_filter;

/* Call fn for each source matching filter (may be NULL), newest first.
 * The rcp_source passed to fn is valid until fn returns. A non-zero return
 * from fn stops the walk and is returned as RCP_OK. */
rcp_status rcp_source_each(rcp_db *db, const rcp_source_filter *filter,
                           int (*fn)(const rcp_source *s, void *ctx), void *ctx,
                           rcp_error *err);

/* Look up a source by numeric id or by hash prefix (at least 4 hex digits)
 * and call fn once with it, text included. RCP_ENOTFOUND, RCP_EAMBIGUOUS. */
rcp_status rcp_source_get(rcp_db *db, const char *ref,
                          int (*fn)(const rcp_source *s, void *ctx), void *ctx,
                          rcp_error *err);

/* The original bytes of source id: returned owned (free with free()). */
rcp_status rcp_source_original(rcp_db *db, int64_t id, uint8_t **out, size_t *len,
                               rcp_error *err);

/* Number of stored sources. */
int64_t rcp_source_count(rcp_db *db);

/* ---- audit ---- */

typedef struct rcp_audit_entry {
	int64_t seq;
	const char *time, *actor, *action, *object, *payload, *prev_hash, *hash;
} rcp_audit_entry;

/* Call fn for each audit entry after seq `after` (0 = from the start), oldest first. */
rcp_status rcp_audit_each(rcp_db *db, int64_t after,
                          int (*fn)(const rcp_audit_entry *e, void *ctx), void *ctx,
                          rcp_error *err);

/* ---- verify ---- */

typedef struct rcp_verify_report {
	int64_t sources, sources_bad;
	int64_t spans, spans_bad;
	int64_t audit_entries;
	int64_t audit_first_bad;  /* seq of the first broken link, 0 if none */
	int64_t problems;         /* total */
} rcp_verify_report;

/* Re-hash every source (original bytes and extracted text), re-check every
 * stored span (mentions, claims, responses) against its source's text,
 * cross-check sources with their audit entries and walk the audit chain.
 * fn (may be NULL) is called with each problem as one line of text.
 * Returns RCP_OK when all is sound, RCP_ECORRUPT otherwise (report filled). */
rcp_status rcp_verify(rcp_db *db, rcp_verify_report *report,
                      void (*fn)(const char *problem, void *ctx), void *ctx,
                      rcp_error *err);

/* ------------------------------------------------------------------ */
/* Registry                                                            */
/* ------------------------------------------------------------------ */

/* Identifier check digits. Each returns 1 when value is well formed. */
int rcp_isin_valid(const char *s);
int rcp_cusip_valid(const char *s);
int rcp_lei_valid(const char *s);
int rcp_figi_valid(const char *s);

/* Alias flags */
enum {
	RCP_ALIAS_CASE_SENSITIVE = 1 << 0,
	RCP_ALIAS_AMBIGUOUS = 1 << 1,
};

typedef struct rcp_import_report {
	int64_t lines;     /* entity lines read */
	int64_t created, updated, unchanged;
	int64_t unknown_fields;   /* fields ignored because we do not know them */
	char unknown_field[64];   /* the first such field name */
	int64_t unknown_line;     /* and its line */
} rcp_import_report;

/* Import a registry in JSON lines (docs/formats.md) from path (borrows).
 * All or nothing: on any error nothing is imported and err names the line
 * (err->offset) and the field. */
rcp_status rcp_registry_import(rcp_db *db, const char *path, rcp_import_report *report,
                               rcp_error *err);

/* Canonical JSON of one entity (id, kind, name, country, parent, categories,
 * aliases, identifiers, summary, tier, ...). Returns owned (free with
 * json_decref()) or NULL with err set (RCP_ENOTFOUND). */
json_t *rcp_entity_json(rcp_db *db, const char *id, rcp_error *err);

typedef struct rcp_entity_filter {
	const char *kind;
	const char *category;
	const char *country;
} rcp_entity_filter;

/* Call fn with the canonical JSON of each entity (borrowed: valid until fn
 * returns), ordered by id. */
rcp_status rcp_entity_each(rcp_db *db, const rcp_entity_filter *filter,
                           int (*fn)(json_t *entity, void *ctx), void *ctx,
                           rcp_error *err);

int64_t rcp_entity_count(rcp_db *db);

/* ------------------------------------------------------------------ */
/* Screening                                                           */
/* ------------------------------------------------------------------ */

/* Categories of involvement, as bits of a mask: 1u << RCP_CAT_*. */
enum {
	RCP_CAT_MILITARY, RCP_CAT_OCCUPATION, RCP_CAT_BORDERS, RCP_CAT_PRISONS,
	RCP_CAT_POLICING, RCP_CAT_SURVEILLANCE, RCP_CATEGORY_COUNT
};
/* Name of category i ("military"), NULL out of range. */
const char *rcp_category_name(int i);
/* Bit of a category name, 0 if unknown. */
unsigned rcp_category_bit(const char *name);

/* One holding as read from a holdings file. Strings are NULL when absent;
 * numbers are NaN when absent. Valid until the next rcp_holdings_next(). */
typedef struct rcp_holding {
	int64_t row;            /* data record number, from 1 */
	const char *name;       /* issuer or security name as written */
	const char *ticker, *exchange;
	const char *isin, *cusip, *sedol, *figi, *lei;
	const char *asset_class;
	double weight;          /* weight as written: percent, or a fraction (the report tells) */
	double value;           /* market value, in the file's currency */
	double shares;
	const char *warning;    /* "invalid ISIN check digit ...; duplicate of row 3" */
} rcp_holding;

/* A holdings file being read: CSV-like layouts (preamble lines, any of
 * , ; TAB |, column synonyms, decimal commas, Latin-1), SEC N-PORT XML,
 * or a plain list of names or tickers. Streamed: memory does not grow with
 * the file, except to spot duplicate rows (about 32 bytes a row, for the
 * first 4,194,304 rows only). */
typedef struct rcp_holdings rcp_holdings;

/* Open path (borrows; "-" is stdin) and find its layout and columns.
 * Returns owned (free with rcp_holdings_close()) or NULL with err set:
 * RCP_EIO, RCP_EPARSE for an empty file or one without a name or
 * identifier column (err says which columns were found). */
rcp_holdings *rcp_holdings_open(const char *path, rcp_error *err);
/* Next holding into *out: 1 one read, 0 at the end, -1 error (err set). */
int rcp_holdings_next(rcp_holdings *h, rcp_holding *out, rcp_error *err);
/* "csv", "nport" or "list". */
const char *rcp_holdings_layout(const rcp_holdings *h);
/* Encoding the file was read in ("utf-8", "windows-1252"). */
const char *rcp_holdings_encoding(const rcp_holdings *h);
/* The columns recognized, as "name=Name, ticker=Ticker, ..."; static
 * storage in h: valid until rcp_holdings_close(). */
const char *rcp_holdings_columns(const rcp_holdings *h);
/* Close a reader. Accepts NULL. */
void rcp_holdings_close(rcp_holdings *h);

/* The matcher: an index of registry companies by identifier and name. */
typedef struct rcp_matcher rcp_matcher;

/* One entity to index (all borrowed; copied). identifiers are
 * "scheme:value" ("isin:US5949181045", "ticker:NYSE:BA"). Only kind
 * "company" (or NULL) is indexed. */
typedef struct rcp_match_entity {
	const char *id, *name, *kind, *parent, *tier;
	const char *const *aliases;
	const int *alias_flags;  /* RCP_ALIAS_* per alias, may be NULL */
	size_t naliases;
	const char *const *identifiers;
	size_t nidentifiers;
	unsigned categories;     /* 1u << RCP_CAT_* */
} rcp_match_entity;

/* Names scoring under this are not matches. */
#define RCP_MATCH_THRESHOLD 0.86

/* An empty matcher: returns owned (free with rcp_matcher_free()). */
rcp_matcher *rcp_matcher_new(void);
/* Index one entity. RCP_EINVAL for a duplicate id or after build. */
rcp_status rcp_matcher_add(rcp_matcher *m, const rcp_match_entity *e, rcp_error *err);
/* Finish the index (word weights, postings). Call once, before matching. */
void rcp_matcher_build(rcp_matcher *m);
/* A built matcher over every company in the store. Returns owned (free
 * with rcp_matcher_free()) or NULL with err set. */
rcp_matcher *rcp_matcher_load(rcp_db *db, rcp_error *err);
/* Companies indexed. */
size_t rcp_matcher_size(const rcp_matcher *m);
/* Free a matcher. Accepts NULL. */
void rcp_matcher_free(rcp_matcher *m);

/* A match and why. Strings are valid until the matcher is freed, except
 * matched, which may point into the holding. */
typedef struct rcp_match {
	const char *id;          /* entity id, NULL when nothing matched */
	const char *name;        /* the entity's name */
	const char *matched;     /* the alias or identifier that matched */
	double score;            /* 0..1; for no match, how close the nearest came */
	const char *why;         /* isin, cusip, sedol, lei, figi, ticker, name, parent, none */
	unsigned categories;     /* the entity's, or its parent's when it has none */
	const char *tier;        /* divestment tier (the parent's if it has none) */
	const char *parent;      /* the entity it rolls up to, NULL if none */
	const char *parent_name;
	const char *near;        /* no match: id of the nearest name, may be NULL */
} rcp_match;

/* Match one holding: identifiers first, then a ticker the name does not
 * contradict, then the name. Never fails; out->id is NULL for no match. */
void rcp_match_holding(const rcp_matcher *m, const rcp_holding *h, rcp_match *out);
/* Match a name as a person types it, or an ISIN, CUSIP, LEI, FIGI,
 * EXCHANGE:SYMBOL or a capitalized symbol that names one company. */
void rcp_match_name(const rcp_matcher *m, const char *text, rcp_match *out);

/* One screened row, given to the caller's callback as it is read. */
typedef struct rcp_screen_row {
	const rcp_holding *holding;
	const rcp_match *match;
	int rated;               /* 1: a security we could look up (not cash, FX, futures) */
	int flagged;             /* 1: matched a company with a category */
} rcp_screen_row;

/* The JSON of one row: {"row","name","match","score","why", ...}.
 * Returns owned (free with json_decref()). */
json_t *rcp_screen_row_json(const rcp_screen_row *r);

/* Screen a holdings file (path borrowed) against m, with claims and
 * sources read from db (may be NULL: no claims then). row_fn (may be NULL)
 * is called for every row in file order. On success *report is the
 * report (see docs/formats.md: holdings, rated, rated_pct, flagged,
 * exposure, grade, warnings ...) returned owned (free with json_decref()),
 * without "rows". Errors as rcp_holdings_open(); a bad row is a warning. */
rcp_status rcp_screen_file(rcp_db *db, const rcp_matcher *m, const char *path,
                           void (*row_fn)(const rcp_screen_row *r, void *ctx), void *ctx,
                           json_t **report, rcp_error *err);

/* Grade of an exposure in percent: 'A' (0) .. 'F' (docs/formats.md). */
char rcp_screen_grade(double exposure_pct);

/* A report (borrowed, with "rows" added by the caller or not) as one HTML
 * page with an SVG bar chart of exposure by category. Returns owned (free
 * with free()). */
char *rcp_screen_html(json_t *report);

#endif /* RECEIPTS_H */
