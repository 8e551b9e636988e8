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
#include <stdio.h>
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

/* bytes of system randomness as 2 * bytes hex digits into out (which
 * holds 2 * bytes + 1). */
void rcp_random_hex(char *out, size_t bytes);

/* ------------------------------------------------------------------ */
/* Arenas                                                              */
/* ------------------------------------------------------------------ */

/* Memory for work scoped to a document or a request, freed all at once. A
 * zeroed rcp_arena is ready (16 KiB blocks); allocation never fails (it
 * prints and aborts when memory is out). */
typedef struct rcp_arena_block rcp_arena_block;
typedef struct rcp_arena {
	rcp_arena_block *head;
	size_t block_size;  /* 0: 16 KiB */
	size_t total;       /* bytes handed out */
} rcp_arena;

/* n bytes valid until rcp_arena_release(), aligned for any type. */
void *rcp_arena_alloc(rcp_arena *a, size_t n);
char *rcp_arena_strndup(rcp_arena *a, const char *s, size_t n);
void rcp_arena_release(rcp_arena *a);

/* ------------------------------------------------------------------ */
/* HTML out                                                            */
/* ------------------------------------------------------------------ */

typedef enum rcp_html_context {
	RCP_HTML_TEXT, /* element text: & < > " ' as entities, NUL as U+FFFD */
	RCP_HTML_ATTR, /* a double-quoted attribute: ASCII but letters, digits and
	                  , . - _ as numeric references; UTF-8 bytes as they are */
	RCP_HTML_URL,  /* a URL path segment or query value: percent-encoding of
	                  all but A-Z a-z 0-9 - . _ ~ */
} rcp_html_context;

/* s[0..n) escaped for context, written in pieces to put(sink, p, len): the
 * one set of escaping rules of the library's and the web's HTML. */
void rcp_html_escape(rcp_html_context context, const char *s, size_t n,
                     void (*put)(void *sink, const char *p, size_t n), void *sink);
/* 1 when s is an http:// or https:// address, the only kind a page links
 * to (any other, javascript: or data: say, is shown as text); 0 for NULL. */
int rcp_url_is_http(const char *s);

/* ------------------------------------------------------------------ */
/* CSV out                                                             */
/* ------------------------------------------------------------------ */

/* s as one CSV cell (owned; NULL when out of memory): quoted when it holds
 * a comma, quote or line break, and a cell a spreadsheet would run as a
 * formula (= + - @, tab, CR first; plain numbers aside) quoted with a
 * leading apostrophe. */
char *rcp_csv_cell(const char *s);

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

/* One run of the offset map: text from byte `text` of the extracted text
 * on came from byte `orig` of the original, up to the next run. */
typedef struct rcp_text_run {
	uint64_t text, orig;
} rcp_text_run;

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
	/* Offset map, sorted by text offset (owned; NULL when the text is the
	 * decoded bytes themselves, as for plain text and Markdown). */
	rcp_text_run *runs;
	size_t nruns;
	/* PDF: pages[i] is the text offset where page i + 1 begins (owned). */
	uint64_t *pages;
	size_t npages;
	/* Set when only part of the document could be read: why (owned). */
	char *warning;
} rcp_text;

/* Sniff the format and encoding of bytes (borrows), and extract UTF-8 text.
 * name (may be NULL) is a hint only for Markdown; formats come from bytes.
 * HTML, PDF and CSV are read by their readers (the text is NFC and
 * runs map it back to the bytes). RCP_EBINARY for binary input,
 * RCP_EPARSE for a document with nothing readable in it.
 * On success *out holds owned strings: release with rcp_text_release(). */
rcp_status rcp_text_extract(const uint8_t *bytes, size_t len, const char *name,
                            rcp_text *out, rcp_error *err);
/* Free what rcp_text_extract() returned. Accepts a zeroed struct. */
void rcp_text_release(rcp_text *t);

/* 1 when text declares itself a note written for this database: a header
 * line "Kind: note" among its first lines (also Type/Genre/Tipo/Art and
 * note/nota/Notiz, any case). Its Source and Publisher lines then name the
 * source it cites, not its author. */
int rcp_text_is_note(const char *text, size_t len);

/* Call fn with [start, end) of each sentence of text in language lang
 * (en, fr, es, de; others without abbreviations); fn returning non-zero
 * stops. The same splitter extraction uses. */
void rcp_text_sentences(const char *text, size_t len, const char *lang,
                        int (*fn)(size_t start, size_t end, void *ctx), void *ctx);

/* ------------------------------------------------------------------ */
/* The store                                                           */
/* ------------------------------------------------------------------ */

typedef struct rcp_db rcp_db;

enum {
	RCP_OPEN_READONLY = 1 << 0, /* fail rather than create or migrate */
	RCP_OPEN_EXISTING = 1 << 1, /* fail when there is no database at path */
	RCP_OPEN_AS_IS = 1 << 2,    /* finish no interrupted work at open (verify
	                               looks at the file as it is) */
};

/* PRAGMA application_id of a receipts database ("RCPT"): set by the
 * migrations, checked at open (docs/formats.md). */
#define RCP_APPLICATION_ID 0x52435054

/* Open the database at path (creating it unless RCP_OPEN_EXISTING) and
 * apply migrations. Another application's SQLite file (an application_id
 * of its own, or tables without receipts' own) is refused with
 * RCP_EFORMAT and left untouched. When the file or its directory cannot be
 * written (read-only media, an archive), the database is opened read-only
 * instead; writes then fail. Unless RCP_OPEN_READONLY or RCP_OPEN_AS_IS,
 * work an interrupted command left (a registry import's re-scan of
 * mentions) is finished first, and stale "<path>.matcher.tmp.<pid>" and
 * "<path>.names.tmp.<pid>" files of dead processes are removed.
 * Returns owned (free with rcp_db_close()) or NULL with err set. */
rcp_db *rcp_db_open(const char *path, int flags, rcp_error *err);
/* 1 when the handle cannot write (opened read-only or fell back to it). */
int rcp_db_readonly(rcp_db *db);
/* Entities whose mentions await a re-scan (an import interrupted between
 * its commit and its re-scan); 0 when none, -1 on error. */
int64_t rcp_db_pending_rescans(rcp_db *db);
/* Finish that re-scan now: one transaction re-scans the sources for those
 * entities and clears the record. *n (may be NULL) gets how many entities. */
rcp_status rcp_db_finish_pending(rcp_db *db, int64_t *n, rcp_error *err);
/* Copy the database, consistent as of one moment, to dest (a new file; an
 * existing one only with force) through SQLite's online backup API, while
 * other processes go on writing. The copy is written beside dest and
 * renamed into place, so dest is never half written. RCP_EINVAL when dest
 * exists and force is 0. */
rcp_status rcp_db_backup(rcp_db *db, const char *dest, int force, rcp_error *err);
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
	const char *csv_text_columns; /* CSV: comma-separated column names to index (NULL: all) */
	int no_claims;         /* 1: store mentions but extract no candidate claims */
} rcp_source_meta;

typedef struct rcp_add_result {
	int64_t id;
	char sha256[65];
	int existed;           /* 1: same bytes were already stored; nothing changed */
	int transcoded;        /* 1: text was transcoded from encoding */
	const char *encoding;  /* static */
	int replaced;          /* invalid sequences replaced */
	const char *format;    /* static */
	int64_t mentions;      /* registry mentions found and stored */
	int64_t claims;        /* candidate claims extracted and stored */
	char warning[256];     /* only part of the document could be read: why ("" if all) */
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

/* A source as JSON: the one shape the CLI and the HTTP API print (id,
 * sha256, kind, title, url, publisher, published, lang, format,
 * encoding, size, text_bytes, filename, added_at, added_by; null for
 * what is not known), with its "text" when with_text and s has it.
 * Returns owned (free with json_decref()). */
json_t *rcp_source_to_json(const rcp_source *s, int with_text);

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

/* Call fn for each change of the change set that audit entry seq closes
 * (a registry import: one entry in the chain, its changes in object order,
 * with that entry's time and actor and no hashes of their own). */
rcp_status rcp_audit_changes(rcp_db *db, int64_t seq,
                             int (*fn)(const rcp_audit_entry *e, void *ctx), void *ctx,
                             rcp_error *err);

/* ---- verify ---- */

typedef struct rcp_verify_report {
	int64_t sources, sources_bad;
	int64_t spans, spans_bad;
	int64_t audit_entries;
	int64_t audit_first_bad;  /* seq of the first broken link, 0 if none */
	int64_t records, records_bad; /* rows replayed against their audit entries */
	int64_t pending_rescans;  /* entities awaiting an interrupted re-scan */
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

/* The newest audit entry: its seq and hash (the chain's head, an anchor
 * to keep elsewhere). seq 0 and hash "" for an empty log. */
rcp_status rcp_audit_head(rcp_db *db, int64_t *seq, char hash[65], rcp_error *err);
/* Check an anchor, "SEQ:HASH" or a HASH (borrowed), against the chain:
 * the entry must still be there at its seq with that hash, and the chain
 * must not have been cut before it. RCP_ECORRUPT with why when it is not,
 * RCP_EINVAL for a malformed anchor. */
rcp_status rcp_verify_head(rcp_db *db, const char *anchor, rcp_error *err);

/* ------------------------------------------------------------------ */
/* Registry                                                            */
/* ------------------------------------------------------------------ */

/* Identifier check digits. Each returns 1 when value is well formed. */
int rcp_isin_valid(const char *s);
int rcp_cusip_valid(const char *s);
int rcp_lei_valid(const char *s);
int rcp_figi_valid(const char *s);
int rcp_sedol_valid(const char *s);
/* An entity id (slug): 1 to 128 of [a-z0-9-], not starting with '-'. The
 * registry stores no other, so front ends refuse any other in a path. */
int rcp_id_valid(const char *s);

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
	int64_t mentions;         /* mentions stored by the re-scan of sources */
	/* The entities are committed first, with a record of the re-scan
	 * they need; the re-scan follows. When it could not run (a busy
	 * database), the import still succeeded: rescan_pending counts the
	 * entities whose mentions the next writer finds (rcp_db_open), and
	 * rescan_error says why. */
	int64_t rescan_pending;
	char rescan_error[256];
	/* FtM and CSV (lib/registry/ftm.c, csv_registry.c) */
	int64_t persons;          /* Person entities skipped: never stored */
	int64_t other;            /* entities of other schemas skipped */
	int64_t links, links_skipped; /* Ownership links set as parents; skipped
	                                 (an owner or asset not an organization here) */
	int64_t dropped;          /* values dropped: identifiers failing their check
	                             digit, countries not ISO 3166 */
	char dropped_first[160];  /* the first of them, and its line */
	int64_t dropped_line;
} rcp_import_report;

/* Import a registry in JSON lines (docs/formats.md) from path (borrows).
 * All or nothing: on any error nothing is imported and err names the line
 * (err->offset) and the field. */
rcp_status rcp_registry_import(rcp_db *db, const char *path, rcp_import_report *report,
                               rcp_error *err);

/* The same from JSON lines in memory (borrowed); name is used in messages. */
rcp_status rcp_registry_import_text(rcp_db *db, const char *text, size_t len, const char *name,
                                    rcp_import_report *report, rcp_error *err);

/* Registry formats import-registry reads (docs/formats.md). */
typedef enum rcp_registry_format {
	RCP_REGISTRY_JSONL = 0, /* receipts' own JSON lines */
	RCP_REGISTRY_FTM,       /* FollowTheMoney entities, JSON lines (OpenSanctions, Aleph) */
	RCP_REGISTRY_CSV,       /* a spreadsheet with a header row */
} rcp_registry_format;

typedef struct rcp_registry_options {
	rcp_registry_format format;
	const char *columns;    /* CSV: "name=2,isin=5,..." (1-based), NULL: by header names */
} rcp_registry_options;

/* Parse a format name ("jsonl", "ftm", "csv"); -1 if unknown. */
int rcp_registry_format_parse(const char *s);

/* Import a registry file (borrows; "-" is stdin) or bytes in memory
 * (borrowed; name for messages) in format o->format (o may be NULL: JSON
 * lines). Every format is validated, upserted and audited as JSON lines
 * are, all or nothing; persons are never stored (report->persons). */
rcp_status rcp_registry_import_file(rcp_db *db, const char *path, const rcp_registry_options *o,
                                    rcp_import_report *report, rcp_error *err);
rcp_status rcp_registry_import_bytes(rcp_db *db, const char *bytes, size_t len, const char *name,
                                     const rcp_registry_options *o, rcp_import_report *report,
                                     rcp_error *err);

/* Merge entity from into entity into: into takes from's name and aliases
 * as aliases, its identifiers, mentions and claims; from stays resolvable
 * (rcp_entity_resolve) and the judgement is audited as entity.merge. */
rcp_status rcp_entity_merge(rcp_db *db, const char *from, const char *into, rcp_error *err);
/* The entity ref names into out[129]: an id (following merges), else the
 * one entity whose name or alias is ref (exact spelling first, then any
 * case). RCP_ENOTFOUND; RCP_EAMBIGUOUS when several entities share the name. */
rcp_status rcp_entity_find(rcp_db *db, const char *ref, char out[129], rcp_error *err);
/* The id an id stands for now (following merges) into out[129]. */
rcp_status rcp_entity_resolve(rcp_db *db, const char *id, char out[129], rcp_error *err);

/* Organization-shaped names in the sources that the registry does not hold
 * ("... Ltd", "Ministry of ...", "Unit 8200", "(IMOD)"): fn gets each name,
 * how often it occurs, and one sentence (borrowed) where it does. */
rcp_status rcp_entity_candidates(rcp_db *db, int64_t min_count,
                                 int (*fn)(const char *name, int64_t count,
                                           const char *example, int64_t source, void *ctx),
                                 void *ctx, rcp_error *err);

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
/* Matching: finding registry organizations in text                    */
/* ------------------------------------------------------------------ */

/* Entity kinds and categories as the matcher stores them. */
typedef enum rcp_kind {
	RCP_KIND_COMPANY = 0, RCP_KIND_PUBLIC_BODY, RCP_KIND_MILITARY_UNIT, RCP_KIND_POLICE,
	RCP_KIND_PRISON_SERVICE, RCP_KIND_AGENCY, RCP_KIND_OTHER_ORG,
} rcp_kind;
enum {
	RCP_CAT_MILITARY = 1 << 0, RCP_CAT_OCCUPATION = 1 << 1, RCP_CAT_BORDERS = 1 << 2,
	RCP_CAT_PRISONS = 1 << 3, RCP_CAT_POLICING = 1 << 4, RCP_CAT_SURVEILLANCE = 1 << 5,
};
/* "company" -> RCP_KIND_COMPANY; -1 if unknown. And back. */
int rcp_kind_parse(const char *s);
const char *rcp_kind_name(int kind);
/* "military" -> RCP_CAT_MILITARY; 0 if unknown. Bit -> name (lowest bit). */
unsigned rcp_category_parse(const char *s);
/* The bits of a comma-separated list ("military,prisons"); unknown words
 * are no bit. */
unsigned rcp_category_parse_list(const char *s);
const char *rcp_category_name(unsigned bit);
/* Categories by index, 0 .. RCP_CATEGORY_COUNT-1 (NULL out of range). */
#define RCP_CATEGORY_COUNT 6
const char *rcp_category_at(int i);

/* A compiled set of aliases: every entity's name, its aliases, and variants
 * derived from them (legal forms such as "Corp" or "Ltd" removed). Matching
 * works on folded words (see lib/text/fold.c): case- and diacritic-
 * insensitive, at word boundaries, leftmost-longest. Read-only once built,
 * so one matcher may serve many threads. */
typedef struct rcp_matcher rcp_matcher;

typedef struct rcp_match {
	uint32_t entity;      /* index for rcp_matcher_get_entity() */
	uint32_t alias;       /* index of the alias that matched */
	uint64_t start, end;  /* byte span in the scanned text */
	uint32_t sentence;    /* sentence number within the text, from 0 */
} rcp_match;

typedef struct rcp_matcher_entity {
	const char *id, *name;  /* valid until the matcher is freed */
	int kind;               /* rcp_kind */
	unsigned categories;    /* RCP_CAT_* bits */
	int32_t parent;         /* entity index, -1 if none */
} rcp_matcher_entity;

/* A stamp of the registry as it is now: it changes whenever an entity, alias
 * or identifier changes (caches built from the registry compare stamps). */
void rcp_registry_stamp(rcp_db *db, char out[48]);
/* Build from the store's registry. Returns owned (free with rcp_matcher_free()). */
rcp_matcher *rcp_matcher_from_db(rcp_db *db, rcp_error *err);
/* Build from registry JSON lines (docs/formats.md), bytes borrowed. */
rcp_matcher *rcp_matcher_from_registry(const char *bytes, size_t len, const char *name,
                                       rcp_error *err);
rcp_matcher *rcp_matcher_from_registry_file(const char *path, rcp_error *err);
/* The registry built into the binary (examples/registry.jsonl). */
rcp_matcher *rcp_matcher_builtin(rcp_error *err);
/* Write a compiled matcher to path (atomically, through a temporary file).
 * A path that exists and is not a regular file (a device, a pipe) is
 * refused with RCP_EIO, not replaced. */
rcp_status rcp_matcher_save(const rcp_matcher *m, const char *path, rcp_error *err);
/* Map a compiled matcher file into memory: start-up costs no compilation. */
rcp_matcher *rcp_matcher_load(const char *path, rcp_error *err);
/* Free a matcher. Accepts NULL. */
void rcp_matcher_free(rcp_matcher *m);

size_t rcp_matcher_entity_count(const rcp_matcher *m);
size_t rcp_matcher_alias_count(const rcp_matcher *m);
/* Entity idx into *out. */
void rcp_matcher_get_entity(const rcp_matcher *m, uint32_t idx, rcp_matcher_entity *out);
/* Entity index by id, -1 if absent. */
int64_t rcp_matcher_find(const rcp_matcher *m, const char *id);
/* Text of alias idx (NUL-terminated, valid until the matcher is freed). */
const char *rcp_matcher_alias_text(const rcp_matcher *m, uint32_t idx);

/* Scan text (borrowed) and call fn for each mention, in text order. An
 * ambiguous alias ("Compass", "Ofek") counts only in a sentence that also
 * holds a context word or another mention. A non-zero return from fn
 * stops the scan. */
void rcp_matcher_scan(const rcp_matcher *m, const char *text, size_t len,
                      int (*fn)(const rcp_match *mt, void *ctx), void *ctx);

/* Streaming records for `receipts scan`: lines, one column of CSV, or one
 * field of JSON lines, each with its 1-based record number, in bounded
 * memory (a record over max bytes is skipped with an error). */
typedef struct rcp_records rcp_records;
typedef enum rcp_records_mode {
	RCP_RECORDS_LINES = 0, RCP_RECORDS_CSV, RCP_RECORDS_JSONL,
} rcp_records_mode;
/* f is borrowed; column is 1-based (CSV); field names a top-level string
 * (JSONL). Lines and JSON lines are read from f's descriptor with read(2),
 * so f must not have been read through stdio before (a stream without a
 * descriptor is read with fread). Returns owned (free with
 * rcp_records_free()). */
rcp_records *rcp_records_open(FILE *f, rcp_records_mode mode, int column, const char *field,
                              size_t max);
/* 1: a record in *text and *len (valid until the next call), 0: the end,
 * -1: a bad record (err says which; the next call goes on after it). */
int rcp_records_next(rcp_records *r, const char **text, size_t *len, int64_t *number,
                     rcp_error *err);
/* Bytes consumed so far (for progress). */
uint64_t rcp_records_bytes(const rcp_records *r);
void rcp_records_free(rcp_records *r);

/* One line of `receipts scan` output, {"record":..,"entity":..,"start":..,
 * "end":..,"text":..} and a newline, byte for byte what jansson's compact
 * dump of that object writes, into out (borrowed, cap bytes), when neither
 * string needs an escape (valid UTF-8 without control characters, quotes
 * or backslashes): returns its length. Returns 0 otherwise, or when it
 * does not fit, and the caller builds the line with jansson. */
size_t rcp_scan_line(char *out, size_t cap, int64_t record, const char *entity,
                     uint32_t start, uint32_t end, const char *text, size_t len);
/* rcp_scan_line() in parts, for a caller that prints many mentions and
 * keeps what repeats: rcp_scan_head() writes a record's '{"record":N,
 * "entity":"' into out (RCP_SCAN_HEAD_MAX bytes) and returns its length (0
 * for a negative record); rcp_scan_plain() says whether a string needs no
 * escape (1) in JSON; rcp_scan_line_parts() writes the line from a head,
 * an entity id that rcp_scan_plain() accepted and the rest, the same bytes
 * as rcp_scan_line(), or returns 0 as it does. All borrowed. */
#define RCP_SCAN_HEAD_MAX 48
size_t rcp_scan_head(char *out, int64_t record);
int rcp_scan_plain(const char *s, size_t n);
size_t rcp_scan_line_parts(char *out, size_t cap, const char *head, size_t head_len,
                           const char *entity, size_t elen, uint32_t start, uint32_t end,
                           const char *text, size_t len);

/* Mentions in the store: scan every source with the current registry and
 * replace the mentions of the given entities (all when ids is NULL).
 * *n_mentions (may be NULL) gets the number stored. */
rcp_status rcp_mentions_rescan(rcp_db *db, const char *const *ids, size_t n_ids,
                               int64_t *n_mentions, rcp_error *err);

/* ------------------------------------------------------------------ */
/* Extraction: money, dates, claims                                    */
/* ------------------------------------------------------------------ */

enum {
	RCP_MONEY_AT_LEAST = 1, /* "at least", "au moins", "mindestens", "more than" */
	RCP_MONEY_UP_TO,        /* "up to", "jusqu'à", "bis zu" */
	RCP_MONEY_ABOUT,        /* "about", "environ", "rund", "aproximado" */
};

typedef struct rcp_money {
	size_t start, end;     /* byte span of the expression */
	int64_t minor;         /* amount in the currency's minor units by its ISO 4217
	                          exponent (rcp_currency_exponent: yen, cents, fils);
	                          a percentage in hundredths of a percent */
	int64_t minor_max;     /* upper end of a range, 0 if none */
	char currency[4];      /* ISO 4217 */
	int qualifier;         /* RCP_MONEY_* or 0 */
	int percent;           /* 1: a percentage; minor holds hundredths of a percent */
} rcp_money;

/* Find money amounts and percentages in text (borrowed), in en, fr, es, de:
 * symbols and codes, scale words, each language's decimal and grouping
 * marks, number words. lang (may be NULL) breaks ties such as "1.200".
 * Calls fn for each in text order. Malformed numbers ("$1.2.3 million") and
 * amounts that overflow are skipped. */
void rcp_money_scan(const char *text, size_t len, const char *lang,
                    int (*fn)(const rcp_money *m, void *ctx), void *ctx);

/* Parse one money expression that must span all of s: RCP_OK and *out, or
 * RCP_EPARSE with err->offset at the byte where it failed. */
rcp_status rcp_money_parse(const char *s, size_t len, const char *lang, rcp_money *out,
                           rcp_error *err);

typedef struct rcp_date {
	size_t start, end;
	int year, month, day;      /* month, day 0 when absent */
	int year2, month2, day2;   /* end of a range, year2 0 if none */
} rcp_date;

/* Find dates, months with years, years and ranges in en, fr, es, de. */
void rcp_date_scan(const char *text, size_t len, const char *lang,
                   int (*fn)(const rcp_date *d, void *ctx), void *ctx);

/* An extractor: the matcher (borrowed) and the cue lexicons of en, fr, es
 * and de (data/cues/, built into the binary). Read-only once made. */
typedef struct rcp_extractor rcp_extractor;
rcp_extractor *rcp_extractor_new(const rcp_matcher *m, rcp_error *err);
void rcp_extractor_free(rcp_extractor *x);

typedef struct rcp_extract_opts {
	const char *lang;   /* NULL: guessed from the text */
	int doc_year;       /* year of the document's date, 0 if unknown */
} rcp_extract_opts;

/* Debug, for scripts/train-pairs.py: write each candidate pair's features
 * to f (a line each), or stop with NULL. Process-wide; not for threads. */
void rcp_extract_pair_features(FILE *f);

/* Extract organizations, money, dates and candidate claims from text
 * (borrowed) as the JSON object of `receipts extract` (DESIGN.md): "lang",
 * "orgs", "money", "dates", "percentages", "claims"; offsets are bytes in
 * text. Evidence is always a span of text. Returns owned (json_decref()). */
json_t *rcp_extract_json(const rcp_extractor *x, const char *text, size_t len,
                         const rcp_extract_opts *opts);
/* One line of `receipts extract --format jsonl`: {"file": file, then the
 * keys of rcp_extract_json}, compact, as jansson would write it, without
 * building jansson objects for a text of one window. Returns owned (free
 * with free()), its length in *n; NULL on failure (use rcp_extract_json). */
char *rcp_extract_jsonl(const rcp_extractor *x, const char *file, const char *text, size_t len,
                        const rcp_extract_opts *opts, size_t *n);

/* The language of text (lib/text/lang.c), "en" when the text says too little. */
const char *rcp_lang_guess(const char *text, size_t len);

/* ------------------------------------------------------------------ */
/* Claims                                                              */
/* ------------------------------------------------------------------ */

/* Digits after the decimal point of a currency's minor unit (JPY 0, USD 2). */
int rcp_currency_decimals(const char *currency);

/* Amounts (base/amount.c) are integers in the currency's minor units by its
 * ISO 4217 exponent: rcp_currency_exponent() is 0 for JPY, 2 for USD, 3 for
 * BHD, 4 for CLF (2 for a code it does not know). */
int rcp_currency_exponent(const char *currency);
/* Read an amount as a person types it ("1700000", "1,700,000.50") in
 * currency's minor units into *minor. RCP_EINVAL for anything else,
 * including more decimals than the currency has; RCP_ETOOBIG past
 * INT64_MAX. */
rcp_status rcp_amount_parse(const char *s, const char *currency, int64_t *minor);
/* Minor units of currency in whole units as a JSON number, the shape the
 * extract, claims and profile JSON share: an integer when whole, else a
 * real (the exact integer goes beside it as "amount_minor"). */
json_t *rcp_amount_json(int64_t minor, const char *currency);

/* v (an object or an array) as compact JSON text, the bytes of
 * json_dumps(v, JSON_COMPACT | JSON_REAL_PRECISION(15)), without jansson's
 * per-token callbacks and cycle checks (v must hold no cycle). Returns
 * owned (free with free()), its length in *len; NULL when jansson would
 * fail or cannot be matched (then dump with jansson). */
char *rcp_json_compact(const json_t *v, size_t *len);
/* s as UTF-8 text: a copy when it is UTF-8, else its bytes read as
 * Windows-1252 (an argument typed in a Latin-1 terminal, a file name
 * from an old archive). Returns owned (free with free()). */
char *rcp_utf8_text(const char *s);

/* s as a JSON string, or null when s is NULL: an optional field of a
 * record. Returns owned (free with json_decref()). */
json_t *rcp_json_nullable(const char *s);
/* Write minor units as rcp_amount_parse() reads them ("1700000.50",
 * "500000000" for JPY) into out[0..cap); returns the length it needed. */
size_t rcp_amount_format(int64_t minor, const char *currency, char *out, size_t cap);

/* A claim: `company` did `relation` with/for `counterparty`, pinned to the
 * verbatim bytes [start, end) of a source's extracted text. Amounts are in
 * minor units (cents) of currency. Strings are borrowed: in results they are
 * valid until the callback returns. */
typedef struct rcp_claim {
	int64_t id;
	/* the company entity and its name; without an entity (an organization
	 * the registry does not hold: unlinked), company is NULL and
	 * company_name the source's own words for it, as for counterparty */
	const char *company, *company_name;
	const char *relation;      /* supplies contract acquired invested divested partnered owns restricted */
	/* the counterparty entity and its name; without an entity (a body the
	 * registry does not hold), counterparty is NULL and counterparty_name
	 * the source's own words for it, or NULL */
	const char *counterparty, *counterparty_name;
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
 * they are taken from the source). Without a company, company_name must be
 * the source's own words for it (found verbatim in its text) and the claim
 * is not accepted. Audited as claim.add. RCP_EINVAL, RCP_ENOTFOUND.
 * c->id > 0 asks for that id (an import keeping the ids of its export;
 * RCP_EDB when it is taken), 0 for the next one. *id (may be NULL) gets the
 * new id. */
rcp_status rcp_claim_add(rcp_db *db, const rcp_claim *c, int64_t *id, rcp_error *err);

typedef struct rcp_claim_filter {
	const char *company;      /* entity id */
	const char *counterparty;
	const char *status, *category, *relation;
	int64_t source;           /* 0 = any */
	int year;                 /* 0 = any */
	const char *lang;         /* the source's language (en, fr, ...) */
	double min_confidence;    /* 0 = any */
	int64_t limit, offset;    /* 0 = no limit */
	int unlinked;             /* 1: only claims whose company is not linked */
} rcp_claim_filter;

/* Call fn for each claim matching filter (may be NULL), by id. */
rcp_status rcp_claim_each(rcp_db *db, const rcp_claim_filter *filter,
                          int (*fn)(const rcp_claim *c, void *ctx), void *ctx,
                          rcp_error *err);
/* How many claims match filter (its limit and offset aside). */
rcp_status rcp_claim_count(rcp_db *db, const rcp_claim_filter *filter, int64_t *n, rcp_error *err);
/* Call fn once with claim id; RCP_ENOTFOUND. */
rcp_status rcp_claim_get(rcp_db *db, int64_t id,
                         int (*fn)(const rcp_claim *c, void *ctx), void *ctx,
                         rcp_error *err);
/* Count claims by status into counts[0..2] = candidate, accepted, rejected. */
rcp_status rcp_claim_counts(rcp_db *db, const char *company, int64_t counts[3], rcp_error *err);

/* Set a claim's status (accepted, rejected, or candidate to reopen); the
 * reviewer is the database's actor. Audited as claim.accept / claim.reject /
 * claim.reopen with the status before and after. A claim whose company is
 * not linked to an entity is not accepted (RCP_EINVAL): link it first. */
rcp_status rcp_claim_review(rcp_db *db, int64_t id, const char *status, rcp_error *err);

/* What an edit changes; NULL / 0 leaves a field alone. */
typedef struct rcp_claim_edit {
	const char *relation, *category, *counterparty;
	/* the source's own words for a counterparty the registry does not
	 * hold: found verbatim in the source, they replace the entity */
	const char *counterparty_text;
	int clear_category, clear_counterparty;
	int set_amount;        /* 1: amount/currency below; 2: clear the amount */
	int64_t amount;
	const char *currency;
	int set_year;          /* 1: year below (0 clears) */
	int year;
	int set_span;          /* 1: new [start, end) in the same source */
	int64_t start, end;
	/* link the company side to this entity id (an unlinked claim's
	 * source words give way to it, as for counterparty) */
	const char *company;
} rcp_claim_edit;

/* Edit a claim and keep its receipt: a new span must lie in the source and
 * its evidence becomes the source bytes there. Audited as claim.edit with
 * before and after. */
rcp_status rcp_claim_edit_apply(rcp_db *db, int64_t id, const rcp_claim_edit *e, rcp_error *err);
/* Add the unlinked company of claim id to the registry, a company named by
 * the source's words (its id a slug of them, into out[129]), and link the
 * claim to it. The entity is added as `entity add` adds one (validated,
 * audited, the sources re-scanned), then the claim is edited (audited as
 * claim.edit). RCP_EINVAL when the claim's company is already linked. */
rcp_status rcp_claim_add_company(rcp_db *db, int64_t id, char out[129], rcp_error *err);

/* A company's response (a statement, a denial, a reply to a report), shown
 * beside the claims on its profile: like a claim, a span of a stored source. */
typedef struct rcp_response {
	int64_t id;
	const char *company;       /* entity id */
	int64_t claim;             /* the claim it answers, 0 for the profile as a whole */
	int64_t source;
	const char *source_sha256, *source_title;
	int64_t start, end;        /* byte span in the source's text */
	const char *evidence;      /* the text at [start, end) */
	const char *created_at;
} rcp_response;

/* Find quote in a source's text: its first and only occurrence into
 * [*start, *end). RCP_ENOTFOUND when absent; RCP_EINVAL when it occurs more
 * than once (give the span instead). */
rcp_status rcp_source_find_quote(rcp_db *db, int64_t source, const char *quote, int64_t *start,
                                 int64_t *end, rcp_error *err);
/* Store a response: the company must exist, the claim (when given) must be
 * the company's, the span must lie in the source; the evidence is taken from
 * the source. Audited as response.add. *id (may be NULL) gets the new id. */
rcp_status rcp_response_add(rcp_db *db, const rcp_response *r, int64_t *id, rcp_error *err);
/* Call fn for each response (of company, when not NULL), by id. */
rcp_status rcp_response_each(rcp_db *db, const char *company,
                             int (*fn)(const rcp_response *r, void *ctx), void *ctx,
                             rcp_error *err);
/* The JSON shape of a response (docs/formats.md). */
json_t *rcp_response_to_json(const rcp_response *r);

/* ------------------------------------------------------------------ */
/* Screening                                                           */
/* ------------------------------------------------------------------ */


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
/* The same over len bytes in memory (borrowed: they must outlive the
 * holdings), named name in messages: an upload is read where it lies. */
rcp_holdings *rcp_holdings_open_bytes(const char *data, size_t len, const char *name,
                                      rcp_error *err);
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
typedef struct rcp_name_index rcp_name_index;

/* One entity to index (all borrowed; copied). identifiers are
 * "scheme:value" ("isin:US5949181045", "ticker:NYSE:BA"). Only kind
 * "company" (or NULL) is indexed. */
typedef struct rcp_name_entity {
	const char *id, *name, *kind, *parent, *tier;
	const char *const *aliases;
	const int *alias_flags;  /* RCP_ALIAS_* per alias, may be NULL */
	size_t naliases;
	const char *const *identifiers;
	size_t nidentifiers;
	unsigned categories;     /* RCP_CAT_* bits */
} rcp_name_entity;

/* Names scoring under this are not matches. */
#define RCP_MATCH_THRESHOLD 0.86

/* An empty matcher: returns owned (free with rcp_name_index_free()). */
rcp_name_index *rcp_name_index_new(void);
/* Index one entity. RCP_EINVAL for a duplicate id or after build. */
rcp_status rcp_name_index_add(rcp_name_index *m, const rcp_name_entity *e, rcp_error *err);
/* Finish the index (word weights, postings). Call once, before matching. */
void rcp_name_index_build(rcp_name_index *m);
/* A built matcher over every company in the store: "<db>.names" mapped
 * when it was built at the registry's current version (rcp_registry_stamp),
 * else built from the store and written there for the next time (a cache:
 * failing to write it is not an error). Returns owned (free with
 * rcp_name_index_free()) or NULL with err set. */
rcp_name_index *rcp_name_index_load(rcp_db *db, rcp_error *err);
/* Built from the store and written to "<db>.names", whatever is there.
 * Returns owned (free with rcp_name_index_free()) or NULL with err set. */
rcp_name_index *rcp_name_index_build_db(rcp_db *db, rcp_error *err);
/* "<db>.names" mapped as it is; *current = 1 when it was built at the
 * registry's current version. NULL with err set when there is none
 * (RCP_ENOTFOUND) or it is truncated, damaged or foreign (RCP_ECORRUPT).
 * Returns owned (free with rcp_name_index_free()). */
rcp_name_index *rcp_name_index_open_file(rcp_db *db, int *current, rcp_error *err);
/* The registry stamp an index of the store was built at, "" when it was
 * built otherwise. Valid until the index is freed. */
const char *rcp_name_index_stamp(const rcp_name_index *m);
/* A rebuild of the store's name index to run in another thread, which
 * opens the store again (a handle serves one thread at a time). new
 * returns owned (free with rcp_name_rebuild_free(), which accepts NULL);
 * run builds and writes "<db>.names" as rcp_name_index_build_db() and
 * returns the index owned (free with rcp_name_index_free()) or NULL with
 * err set. */
typedef struct rcp_name_rebuild rcp_name_rebuild;
rcp_name_rebuild *rcp_name_rebuild_new(rcp_db *db);
rcp_name_index *rcp_name_rebuild_run(rcp_name_rebuild *rb, rcp_error *err);
void rcp_name_rebuild_free(rcp_name_rebuild *rb);
/* Write a built index to path (borrowed) through a temporary file renamed
 * over it, with stamp (borrowed, may be NULL) in its header. */
rcp_status rcp_name_index_save(const rcp_name_index *m, const char *stamp, const char *path,
                               rcp_error *err);
/* A file written by rcp_name_index_save() mapped read-only: its header,
 * sizes and checksum are checked, and a truncated, damaged or foreign file
 * is refused (RCP_ECORRUPT). stamp (may be NULL) gets the stamp it holds.
 * Returns owned (free with rcp_name_index_free()) or NULL with err set. */
rcp_name_index *rcp_name_index_map(const char *path, char stamp[48], rcp_error *err);
/* Companies indexed. */
size_t rcp_name_index_size(const rcp_name_index *m);
/* Free a matcher. Accepts NULL. */
void rcp_name_index_free(rcp_name_index *m);

/* A match and why. Strings are valid until the matcher is freed, except
 * matched, which may point into the holding. */
typedef struct rcp_name_match {
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
} rcp_name_match;

/* Match one holding: identifiers first, then a ticker the name does not
 * contradict, then the name. Never fails; out->id is NULL for no match. */
void rcp_match_holding(const rcp_name_index *m, const rcp_holding *h, rcp_name_match *out);
/* Match a name as a person types it, or an ISIN, CUSIP, LEI, FIGI,
 * EXCHANGE:SYMBOL or a capitalized symbol that names one company. */
void rcp_match_name(const rcp_name_index *m, const char *text, rcp_name_match *out);

/* One screened row, given to the caller's callback as it is read. */
typedef struct rcp_screen_row {
	const rcp_holding *holding;
	const rcp_name_match *match;
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
rcp_status rcp_screen_file(rcp_db *db, const rcp_name_index *m, const char *path,
                           void (*row_fn)(const rcp_screen_row *r, void *ctx), void *ctx,
                           json_t **report, rcp_error *err);
/* rcp_screen_file() over a holdings file's bytes in memory, named name in
 * the report and messages. */
rcp_status rcp_screen_bytes(rcp_db *db, const rcp_name_index *m, const char *data, size_t len,
                            const char *name, void (*row_fn)(const rcp_screen_row *r, void *ctx),
                            void *ctx, json_t **report, rcp_error *err);

/* Grade of an exposure in percent: 'A' (0) .. 'F' (docs/formats.md). */
char rcp_screen_grade(double exposure_pct);

/* A report (borrowed, with "rows" added by the caller or not) as one HTML
 * page with an SVG bar chart of exposure by category. Returns owned (free
 * with free()). */
char *rcp_screen_html(json_t *report);
/* The report's "rows" as CSV (the columns of `screen --format csv`, CRLF
 * lines, cells through rcp_csv_cell). Returns owned, *len (may be NULL)
 * its length; NULL when out of memory. */
char *rcp_screen_csv(json_t *report, size_t *len);

/* ------------------------------------------------------------------ */
/* Funds: a universe of funds, graded and kept current                 */
/* ------------------------------------------------------------------ */

/* Who a holdings file is about. Empty strings when unknown. */
typedef struct rcp_fund_identity {
	char name[256];     /* the fund (N-PORT seriesName) */
	char manager[256];  /* who files (N-PORT regName) */
	char cik[16];       /* the registrant's SEC CIK */
	char series[64];    /* SEC series id (S000012345), the fund's key */
	char period[16];    /* the date the holdings are as of, YYYY-MM-DD */
} rcp_fund_identity;

/* An N-PORT file's <genInfo>, once the reader has passed it (it comes
 * before the holdings): 1 and *out filled, else 0 (other layouts too). */
int rcp_holdings_identity(const rcp_holdings *h, rcp_fund_identity *out);

/* Matches remembered across the files of a batch (lib/screen/memo.c): a
 * universe of funds holds the same securities again and again. Over m
 * (borrowed; must outlive it). Returns owned (free with
 * rcp_match_memo_free(), which accepts NULL). Not for sharing between
 * threads. */
typedef struct rcp_match_memo rcp_match_memo;
rcp_match_memo *rcp_match_memo_new(const rcp_name_index *m);
void rcp_match_memo_free(rcp_match_memo *c);
/* rcp_match_holding() through the memo: the same answer. */
void rcp_match_memo_holding(rcp_match_memo *c, const rcp_holding *h, rcp_name_match *out);
/* Holdings answered from the memo and matched anew. */
void rcp_match_memo_stats(const rcp_match_memo *c, int64_t *hits, int64_t *misses);

/* What `funds add` knows about a file besides its contents (all borrowed,
 * may be NULL): a CSV fund's name, ticker and date (default: today); for
 * N-PORT they replace what the file says only when it says nothing. memo
 * (may be NULL) remembers matches across the files of a batch. */
typedef struct rcp_fund_add_opts {
	const char *name, *ticker, *period, *manager;
	rcp_match_memo *memo;
} rcp_fund_add_opts;

typedef struct rcp_fund_add_result {
	int64_t fund, filing;
	int already;            /* this fund and date were stored before: nothing written */
	char grade;
	double exposure;        /* percent */
	int64_t holdings, rated, flagged;
	rcp_fund_identity id;   /* as stored */
	int batch_lost;         /* in a batch (rcp_fund_batch_begin), the database
	                         * failed to store it: the batch's earlier filings
	                         * were rolled back with it, and a new batch begun */
} rcp_fund_add_result;

/* Read a holdings file (path borrowed), match it with m, and store it as a
 * dated filing of its fund (created on first sight), graded, audited
 * (fund.add), in one transaction. The same fund and date again is no
 * write, with res->already = 1. RCP_EPARSE for a broken file or one whose
 * fund cannot be told (N-PORT without a series id or registrant, a CSV
 * without opts->name), with nothing written. */
rcp_status rcp_fund_add(rcp_db *db, const rcp_name_index *m, const char *path,
                        const rcp_fund_add_opts *opts, rcp_fund_add_result *res, rcp_error *err);

/* Many rcp_fund_add() calls in one transaction: a bulk load writes each
 * page of the holdings' index once per batch instead of once per filing.
 * A file that cannot be read or matched is skipped and leaves the others;
 * a filing the database cannot store rolls the batch back, as a killed
 * load would (its error says so; loading the same files again stores
 * them), and the filings after it go on in a new one. End with
 * rcp_fund_batch_end(), commit 1 to keep the batch (the regrades of its
 * changes are made then), 0 to drop it. */
rcp_status rcp_fund_batch_begin(rcp_db *db, rcp_error *err);
rcp_status rcp_fund_batch_end(rcp_db *db, int commit, rcp_error *err);

/* Load a ticker map in the SEC's mutual-fund layout (company_tickers_mf
 * .json: {"fields": ["cik","seriesId","classId","symbol"], "data": [...]},
 * path borrowed) so that share-class tickers name their series' fund,
 * stored or still to come. *n gets the rows stored. One transaction. */
rcp_status rcp_fund_tickers_load(rcp_db *db, const char *path, int64_t *n, rcp_error *err);

/* Which funds, in what order. All borrowed, NULL for any. */
typedef struct rcp_fund_filter {
	const char *query;      /* name, manager or ticker contains (case-insensitive) */
	const char *category;   /* exposure in this category > 0; sort and scale by it */
	const char *grade;      /* letters wanted, "AB" (on the scale asked for) */
	const char *manager;    /* manager contains */
	const char *sort;       /* "exposure" (lowest first), "grade", "name" (default) */
	int desc;               /* reverse the order */
	int relative;           /* grades on the relative scale (docs/formats.md) */
	int64_t limit, offset;  /* 0: no limit */
} rcp_fund_filter;

/* Each fund as {"id","name","manager","cik","series","ticker","tickers",
 * "period","filings","holdings","grade","exposure_pct","by_category",
 * "flagged","claims","graded_at","graded_seq","scale"} (docs/formats.md),
 * borrowed by fn for the call; fn returns nonzero to stop. */
rcp_status rcp_fund_each(rcp_db *db, const rcp_fund_filter *f,
                         int (*fn)(json_t *fund, void *ctx), void *ctx, rcp_error *err);

/* A fund by id or ticker (or series id): its list record with "report" (the
 * screening report's shape for its latest filing: exposure, grade, flagged
 * companies with their reasons and claims) and "history" (every grading,
 * oldest first). Returns owned (json_decref) or NULL: RCP_ENOTFOUND. */
json_t *rcp_fund_json(rcp_db *db, const char *ref, int relative, rcp_error *err);

/* Funds side by side: {"funds": [list records], "holdings": [the flagged
 * companies any of them holds, with each fund's weight, largest
 * difference first]}. Returns owned or NULL with err set. */
json_t *rcp_fund_compare(rcp_db *db, const char *const *refs, size_t n, rcp_error *err);

/* Gradings that changed a fund's grade, exposure or claims since the date
 * since (NULL: all), newest first, as {"time","seq","fund","name",
 * "grade","prev_grade","exposure_pct","prev_exposure_pct","cause"}. */
rcp_status rcp_fund_changes(rcp_db *db, const char *since, int64_t limit,
                            int (*fn)(json_t *change, void *ctx), void *ctx, rcp_error *err);
/* Search                                                              */
/* ------------------------------------------------------------------ */

/* ---- CSV inputs: one source per record or group of records ---- */

typedef struct rcp_csv_options {
	const char *group_by;     /* column name: records with the same value form one
	                             document (NULL: one document per record) */
	size_t max_docs;          /* stop after this many documents (0: no limit) */
} rcp_csv_options;

typedef struct rcp_csv_doc {
	const uint8_t *bytes;     /* the header line and the document's records, as
	                             a CSV file of its own: valid until fn returns */
	size_t len;
	int64_t first_record;     /* 1-based number of its first record in the file */
	int64_t records;
	const char *key;          /* the group_by value (NULL without grouping) */
} rcp_csv_doc;

/* 1 when bytes (borrows) look like CSV: delimited records with a header. */
int rcp_csv_sniff(const uint8_t *bytes, size_t len);

/* Split CSV bytes (borrows) into documents and call fn with each; fn
 * returning non-zero stops the walk (RCP_OK). Broken quoting stops at the
 * record it starts in: the records before it are delivered and RCP_EPARSE
 * names the record. RCP_EINVAL when group_by is not a column. */
rcp_status rcp_csv_split(const uint8_t *bytes, size_t len, const rcp_csv_options *o,
                         int (*fn)(const rcp_csv_doc *d, void *ctx), void *ctx,
                         rcp_error *err);

/* ---- full-text search ---- */

typedef struct rcp_search_opts {
	const char *query;        /* see docs/formats.md: words, "phrases", prefix*,
	                             AND, OR, NOT, -word, ( ) */
	const char *lang;         /* sources in this language; query stemmed in it */
	const char *after, *before; /* published on/after, before (YYYY[-MM[-DD]]) */
	const char *kind;
	const char *entity;       /* sources mentioning this entity id */
	int64_t limit;            /* 0: 10 */
	int64_t offset;
} rcp_search_opts;

typedef struct rcp_search_span {
	int64_t start, end;       /* byte offsets in the source's extracted text */
} rcp_search_span;

typedef struct rcp_search_result {
	int64_t id;
	char sha256[65];
	const char *title, *url, *published, *publisher, *kind, *lang;
	double score;             /* BM25, higher is better */
	int page;                 /* page of the snippet (PDF), 0 if none */
	int64_t snippet_start, snippet_end; /* the passage shown */
	const char *snippet;      /* text[snippet_start..snippet_end), not NUL-terminated */
	const rcp_search_span *hits; /* matched words inside the snippet */
	size_t nhits;
} rcp_search_result;

/* The passage of r as a person reads it, on one line (search/snippet.c):
 * Markdown's layout (a line's '#'s, list and quote markers, "**", "__",
 * code ticks) dropped, line breaks and runs of spaces one space, words
 * unchanged. Writes at most cap bytes with the NUL into out (the passage's
 * length + 1 is always enough) and, when marks is not NULL, r->nhits
 * spans into out, the marks moved with their words. Returns the length. */
size_t rcp_snippet_plain(const rcp_search_result *r, char *out, size_t cap,
                         rcp_search_span *marks);

/* What to try when query (with lang, and filters other filters) found
 * nothing (search/hints.c): one hint a line into out[0..cap), NUL-ended.
 * Returns the length; there is always at least one hint. */
size_t rcp_search_hints(const char *query, const char *lang, int filters, char *out,
                        size_t cap);

typedef struct rcp_search_stats {
	int64_t matches;          /* matches scored: every match, or (when the ranking
	                             skipped those that could not enter the results) a
	                             lower bound */
	int exhaustive;           /* 1: the ranking is exact (it always is now) */
} rcp_search_stats;

/* Search the index and call fn for each result, best first; the result
 * is valid until fn returns. A non-zero return from fn stops (RCP_OK).
 * Ranking is BM25 (title weighted 3x), exactly as FTS5's bm25() scores,
 * ties to the newer source; matches that cannot enter the results are
 * skipped unscored (stats may be NULL). RCP_EPARSE for a malformed
 * query, err->offset its byte; RCP_EINVAL for a bad filter. */
rcp_status rcp_search(rcp_db *db, const rcp_search_opts *o,
                      int (*fn)(const rcp_search_result *r, void *ctx), void *ctx,
                      rcp_search_stats *stats, rcp_error *err);

/* Merge the search index into one segment (FTS5 'optimize'): each word
 * is then looked up once per query instead of once per segment. Worth it
 * after a bulk load; *ms (may be NULL) gets the time it took. */
rcp_status rcp_search_optimize(rcp_db *db, int64_t *ms, rcp_error *err);

/* After a batch of rcp_source_add calls (receipts add of many files):
 * merge the search index's segments, so that a query looks each word up
 * in a few of them rather than in the dozen a bulk add leaves. mark is
 * rcp_search_mark() before the batch: the work is bounded by twice the
 * pages the batch wrote, and a batch that wrote under 500 (a few hundred
 * sources) merges nothing (FTS5's own merging is enough for it). Each
 * step commits on its own; searches meanwhile see whole indexes. */
int64_t rcp_search_mark(rcp_db *db);
rcp_status rcp_search_merge(rcp_db *db, int64_t mark, rcp_error *err);

/* The FTS5 expression a query becomes: returns owned (free with free()). */
rcp_status rcp_search_explain(const char *query, char **out, rcp_error *err);

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
	char device[65]; /* login only: a device cookie for this browser */
} rcp_session;

/* Session lifetime in seconds (12 hours). */
#define RCP_SESSION_SECONDS (12 * 3600)

/* Check name and password and open a session. client (borrows; may be
 * NULL) names where the attempt came from (an address; fold IPv6 to its
 * /64), device (borrows; may be NULL) is the device cookie the browser
 * sent. Failed logins are throttled per account, per account and client,
 * per client and per device (lib/store/throttle.h): while a bucket the
 * attempt falls in is spent, every attempt is refused with RCP_EBUSY
 * (err->why says how many seconds to wait), whatever the password, and
 * nothing is counted. An attempt with a valid device cookie for the
 * account answers to that device's bucket alone, so an attack on the
 * account does not lock its owner out of a browser it logged in from. A
 * wrong name or password is RCP_EPERM (the same message for both). On
 * success out->device is a fresh device cookie to give the browser.
 * Audited as session.login. */
rcp_status rcp_session_login_device(rcp_db *db, const char *name, const char *password,
                                    const char *client, const char *device, rcp_session *out,
                                    rcp_error *err);
/* rcp_session_login_device without a device cookie. */
rcp_status rcp_session_login(rcp_db *db, const char *name, const char *password,
                             const char *client, rcp_session *out, rcp_error *err);

/* A device cookie lives this long in the browser (a year). */
#define RCP_DEVICE_SECONDS (365 * 24 * 3600)

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

/* A pre-session CSRF token (64 hex digits and a NUL into out[65]): the
 * time, a nonce and an HMAC of both under a secret of this process. */
void rcp_csrf_new(char out[65]);
/* 1 when token (borrows) is one rcp_csrf_new of this process made less
 * than RCP_CSRF_SECONDS ago; 0 for anything else, NULL included. */
int rcp_csrf_valid(const char *token);
#define RCP_CSRF_SECONDS (24 * 3600)

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
 * "start", "end", "evidence", "created_at"}], "investor_actions": [...]
 * (rcp_investor_actions_json)}. The same JSON serves the API
 * and the CLI. Returns owned (free with json_decref()) or NULL with err set
 * (RCP_ENOTFOUND). */
json_t *rcp_profile_json(rcp_db *db, const char *id, int flags, rcp_error *err);

/* ---- What investors did about a company (lib/profile/investors.c) ---- */

/* An accepted claim in which an organization (the claim's company, the
 * investor) invested in, divested from or excluded ("restricted") the
 * company asked about (the claim's counterparty). Strings valid until fn
 * returns. */
typedef struct rcp_investor_action {
	int64_t claim;
	const char *investor, *investor_name; /* entity id and name */
	const char *action;                   /* "invested", "divested", "excluded" */
	int year;                             /* 0: none */
	int has_amount;
	int64_t amount;                       /* minor units */
	const char *currency, *date, *quote;
	int64_t source;
	const char *source_sha256, *source_title, *source_url;
} rcp_investor_action;

/* Call fn for each investor action concerning company id, by year (none
 * last) then claim id; a non-zero return stops. Accepted claims only. */
rcp_status rcp_investor_actions(rcp_db *db, const char *id,
                                int (*fn)(const rcp_investor_action *a, void *ctx), void *ctx,
                                rcp_error *err);

/* The same as a JSON array of {"claim", "investor", "investor_name",
 * "action", "year", "date", "amount" (whole units), "currency", "quote",
 * "source", "source_sha256", "source_title", "source_url"} (owned), or
 * NULL with err set. */
json_t *rcp_investor_actions_json(rcp_db *db, const char *id, rcp_error *err);

/* ---- FollowTheMoney export (lib/profile/export_ftm.c) ---- */

enum {
	RCP_EXPORT_ACCEPTED = 1 << 0, /* accepted claims only, and only the sources
	                                 they cite: what may be public */
	RCP_EXPORT_TEXT = 1 << 1,     /* each source's bytes as PlainText bodyText or
	                                 HyperText bodyHtml (when they are UTF-8 text):
	                                 what `import` needs to store the receipts */
};

/* The database as FtM entities ({"id", "schema", "properties"}, every value
 * a list of strings; docs/formats.md): organizations, sources, and each
 * claim as an interval with a Documentation carrying its quote. Candidate
 * claims are included unless flags has RCP_EXPORT_ACCEPTED; rejected ones
 * never. fn gets each entity (borrowed: valid until it returns), one at a
 * time; a non-zero return stops the export (RCP_OK). */
rcp_status rcp_export_ftm(rcp_db *db, int flags, int (*fn)(json_t *entity, void *ctx), void *ctx,
                          rcp_error *err);

/* ---- FollowTheMoney import (lib/ingest/ftm_import.c) ---- */

typedef struct rcp_ftm_import_report {
	rcp_import_report registry;  /* the organizations, as import-registry reads them */
	int64_t sources_added, sources_existing;
	int64_t sources_no_text;     /* listed without their bytes: not stored */
	int64_t claims_added, claims_unchanged;
	int64_t claims_renumbered;   /* their id is another claim's here: a new one */
	int64_t claims_no_text;      /* skipped: their source's text is not in the file */
	int64_t claims_incomplete;   /* an interval without its Documentation or the reverse */
	int64_t lines_used;          /* lines read as sources and claims */
} rcp_ftm_import_report;

/* Import a FollowTheMoney file (path borrowed; "-" is stdin): its
 * organizations as rcp_registry_import_file() with RCP_REGISTRY_FTM does,
 * and the sources whose bytes it carries (`export --with-text`: the
 * sha256 must be the contentHash) with receipts' claims, each stored with
 * its quote found verbatim in its source's text, its status and, when
 * free, its id. All or nothing: a line that fails (a tampered text or
 * quote) imports nothing and err names it (err->offset). */
rcp_status rcp_ftm_import(rcp_db *db, const char *path, rcp_ftm_import_report *report,
                          rcp_error *err);

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
	const char *name;   /* the entity's name */
} rcp_mark;

/* Call fn for each mention and claim span of source id, by start then end
 * (longest first). Claims that are not accepted are left out unless
 * RCP_PROFILE_CANDIDATES is in flags. */
rcp_status rcp_source_marks(rcp_db *db, int64_t source, int flags,
                            int (*fn)(const rcp_mark *m, void *ctx), void *ctx,
                            rcp_error *err);

#endif /* RECEIPTS_H */
