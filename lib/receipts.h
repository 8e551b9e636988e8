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
/* Claims                                                              */
/* ------------------------------------------------------------------ */

/* Digits after the decimal point of a currency's minor unit (JPY 0, USD 2). */
int rcp_currency_decimals(const char *currency);

/* A claim: `company` did `relation` with/for `counterparty`, pinned to the
 * verbatim bytes [start, end) of a source's extracted text. Amounts are in
 * minor units (cents) of currency. Strings are borrowed: in results they are
 * valid until the callback returns. */
typedef struct rcp_claim {
	int64_t id;
	const char *company, *company_name;
	const char *relation;      /* supplies contract acquired invested divested partnered owns restricted */
	const char *counterparty, *counterparty_name; /* may be NULL */
	const char *category;      /* military occupation borders prisons policing surveillance, or NULL */
	int has_amount;
	int64_t amount;            /* minor units */
	const char *currency;      /* ISO 4217 */
	const char *date;          /* YYYY[-MM[-DD]] or NULL */
	int year;                  /* 0 = none */
	int64_t source;
	const char *source_sha256, *source_title;
	int64_t start, end;        /* byte span in the source's text */
	const char *evidence;      /* the text at [start, end) */
	const char *status;        /* candidate accepted rejected */
	double confidence;         /* 0..1 */
	const char *reviewer;
	const char *created_at, *updated_at;
} rcp_claim;

/* Store a new claim (status candidate unless c->status says otherwise).
 * The company, counterparty and source must exist; [start, end) must lie in
 * the source's text; evidence, when given, must equal those bytes (when NULL
 * they are taken from the source). Audited as claim.add. RCP_EINVAL,
 * RCP_ENOTFOUND. *id (may be NULL) gets the new id. */
rcp_status rcp_claim_add(rcp_db *db, const rcp_claim *c, int64_t *id, rcp_error *err);

typedef struct rcp_claim_filter {
	const char *company;      /* entity id */
	const char *counterparty;
	const char *status, *category, *relation;
	int64_t source;           /* 0 = any */
	int year;                 /* 0 = any */
	int64_t limit, offset;    /* 0 = no limit */
} rcp_claim_filter;

/* Call fn for each claim matching filter (may be NULL), by id. */
rcp_status rcp_claim_each(rcp_db *db, const rcp_claim_filter *filter,
                          int (*fn)(const rcp_claim *c, void *ctx), void *ctx,
                          rcp_error *err);
/* Call fn once with claim id; RCP_ENOTFOUND. */
rcp_status rcp_claim_get(rcp_db *db, int64_t id,
                         int (*fn)(const rcp_claim *c, void *ctx), void *ctx,
                         rcp_error *err);
/* Count claims by status into counts[0..2] = candidate, accepted, rejected. */
rcp_status rcp_claim_counts(rcp_db *db, const char *company, int64_t counts[3], rcp_error *err);

/* Set a claim's status (accepted, rejected, or candidate to reopen); the
 * reviewer is the database's actor. Audited as claim.accept / claim.reject /
 * claim.reopen with the status before and after. */
rcp_status rcp_claim_review(rcp_db *db, int64_t id, const char *status, rcp_error *err);

/* What an edit changes; NULL / 0 leaves a field alone. */
typedef struct rcp_claim_edit {
	const char *relation, *category, *counterparty;
	int clear_category, clear_counterparty;
	int set_amount;        /* 1: amount/currency below; 2: clear the amount */
	int64_t amount;
	const char *currency;
	int set_year;          /* 1: year below (0 clears) */
	int year;
	int set_span;          /* 1: new [start, end) in the same source */
	int64_t start, end;
} rcp_claim_edit;

/* Edit a claim and keep its receipt: a new span must lie in the source and
 * its evidence becomes the source bytes there. Audited as claim.edit with
 * before and after. */
rcp_status rcp_claim_edit_apply(rcp_db *db, int64_t id, const rcp_claim_edit *e, rcp_error *err);

/* ------------------------------------------------------------------ */
/* Users and sessions                                                  */
/* ------------------------------------------------------------------ */

/* Roles, weakest first: a reader reads, an editor also reviews claims, an
 * admin also manages users. */
typedef enum rcp_role {
	RCP_ROLE_NONE = 0, /* anonymous */
	RCP_ROLE_READER,
	RCP_ROLE_EDITOR,
	RCP_ROLE_ADMIN,
} rcp_role;

/* "reader", "editor", "admin" (or "anonymous"); never NULL. */
const char *rcp_role_name(rcp_role r);
/* The role named s, or RCP_ROLE_NONE when s is not a role. */
rcp_role rcp_role_parse(const char *s);

typedef struct rcp_user {
	int64_t id;
	const char *name;
	rcp_role role;
	const char *created_at;
	int disabled;
} rcp_user;

/* Create a user with an argon2id hash of password (borrows; at least 8
 * bytes). Names are 1-64 bytes of letters, digits, '.', '_', '-'. Audited as
 * user.add (name and role, never the hash). RCP_EINVAL for a bad name, role
 * or password, RCP_EPERM when the name is taken. */
rcp_status rcp_user_add(rcp_db *db, const char *name, rcp_role role, const char *password,
                        rcp_error *err);

/* Call fn for each user, by name; the struct is valid until fn returns. */
rcp_status rcp_user_each(rcp_db *db, int (*fn)(const rcp_user *u, void *ctx), void *ctx,
                         rcp_error *err);

/* A logged-in session. token is the cookie value (only filled by login:
 * the store keeps its sha256, never the token). csrf is the token every
 * POST of this session must carry. */
typedef struct rcp_session {
	int64_t user;
	char name[72];
	rcp_role role;
	char token[65];
	char csrf[65];
	char expires_at[21];
} rcp_session;

/* Session lifetime in seconds (12 hours). */
#define RCP_SESSION_SECONDS (12 * 3600)

/* Check name and password and open a session. client (borrows; may be
 * NULL) names where the attempt came from, for rate limiting: after
 * RCP_LOGIN_MAX_FAILURES failures for one name or one client within
 * RCP_LOGIN_WINDOW seconds every attempt is refused with RCP_EBUSY until the
 * window passes, whatever the password. A wrong name or password is
 * RCP_EPERM (the same message for both). Audited as session.login. */
#define RCP_LOGIN_MAX_FAILURES 5
#define RCP_LOGIN_WINDOW 900
rcp_status rcp_session_login(rcp_db *db, const char *name, const char *password,
                             const char *client, rcp_session *out, rcp_error *err);

/* The live session whose cookie is token (borrows). RCP_ENOTFOUND when
 * there is none, it expired, or its user is disabled. out->token is left
 * empty. */
rcp_status rcp_session_check(rcp_db *db, const char *token, rcp_session *out, rcp_error *err);

/* End the session whose cookie is token. Audited as session.logout. Ending
 * a session that does not exist is RCP_OK (nothing to do). */
rcp_status rcp_session_logout(rcp_db *db, const char *token, rcp_error *err);

/* 1 when given (borrows) equals expected, compared in constant time; 0 for
 * NULL or empty. */
int rcp_token_equal(const char *expected, const char *given);

/* 64 hex digits of fresh randomness and a NUL into out[65]. */
void rcp_token_new(char out[65]);

/* ------------------------------------------------------------------ */
/* Profiles                                                            */
/* ------------------------------------------------------------------ */

/* A claim as JSON, the shape `receipts claims --format json` prints:
 * id, status, company, company_name, relation, counterparty(_name),
 * category, amount (whole units, a number) and currency, year, date,
 * source, source_sha256, source_title, start, end, evidence, confidence,
 * reviewer, updated_at. Returns owned (free with json_decref()). */
json_t *rcp_claim_to_json(const rcp_claim *c);

enum {
	RCP_PROFILE_CANDIDATES = 1 << 0, /* include candidate claims (editors) */
};

/* A company profile: {"entity": canonical entity JSON, "parent": {"id",
 * "name"} | null, "subsidiaries": [{"id", "name"}], "counts": {"candidate",
 * "accepted", "rejected"}, "claims": {"<category>": [claim...], ...,
 * "uncategorized": [...]} (accepted only, unless RCP_PROFILE_CANDIDATES),
 * "timeline": [{"year", "claims", "amounts": [{"currency", "amount"}]}],
 * "responses": [{"id", "claim", "source", "source_sha256", "source_title",
 * "start", "end", "evidence", "created_at"}]}. The same JSON serves the API
 * and the CLI. Returns owned (free with json_decref()) or NULL with err set
 * (RCP_ENOTFOUND). */
json_t *rcp_profile_json(rcp_db *db, const char *id, int flags, rcp_error *err);

/* One row of the company list. Strings valid until fn returns. */
typedef struct rcp_company_row {
	const char *id, *name, *kind, *country, *tier;
	const char *categories; /* comma-separated, sorted; "" for none */
	int64_t accepted, candidates;
} rcp_company_row;

/* Call fn for each organization (kind company unless all), optionally in a
 * category, by name. */
rcp_status rcp_company_each(rcp_db *db, const char *category, int all,
                            int (*fn)(const rcp_company_row *r, void *ctx), void *ctx,
                            rcp_error *err);

/* A span to mark in a source's text: a mention of an entity or a claim's
 * evidence. Strings valid until fn returns. */
typedef struct rcp_mark {
	const char *kind;   /* "mention" or "claim" */
	int64_t id;         /* mention or claim id */
	int64_t start, end; /* byte span in the source's text */
	const char *entity; /* entity id (the claim's company) */
	const char *status; /* claims: candidate accepted rejected; mentions: NULL */
} rcp_mark;

/* Call fn for each mention and claim span of source id, by start then end
 * (longest first). Claims that are not accepted are left out unless
 * RCP_PROFILE_CANDIDATES is in flags. */
rcp_status rcp_source_marks(rcp_db *db, int64_t source, int flags,
                            int (*fn)(const rcp_mark *m, void *ctx), void *ctx,
                            rcp_error *err);

#endif /* RECEIPTS_H */
