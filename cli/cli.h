/*
 * cli.h — what the command files of the `receipts` front end share.
 * The CLI parses arguments, calls the library, prints. Nothing else.
 */
#ifndef RCP_CLI_H
#define RCP_CLI_H

#include <stdio.h>

#include "receipts.h"

/* Exit codes: 0 ok, 1 a command failed, 2 usage error. */
enum { EXIT_USAGE = 2 };

typedef struct cli_ctx {
	const char *db_path;
	int db_explicit;  /* --db or $RECEIPTS_DB named it */
	const char *actor;
	const char *prog;
	rcp_db *db;  /* opened by main when the table says so (cli_command.open) */
	int format;  /* FMT_*: the table's default, or --format (parsed by main) */
} cli_ctx;

typedef struct cli_command {
	const char *name;
	int (*fn)(cli_ctx *ctx, int argc, char **argv);
	const char *summary;
	const char *usage; /* full --help text after the usage line */
	int db;            /* CLI_DB_*: what the command needs of --db */
	int open;          /* CLI_OPEN_*: how main opens it into ctx->db */
	unsigned formats;  /* --format values main takes for it, 1<<FMT_*; 0: none.
	                    * A family's: the union of its subcommands' (main.c) */
	int format;        /* the FMT_* without --format */
} cli_command;

enum {
	CLI_DB_EXISTING = 0, /* a receipts database must be there */
	CLI_DB_CREATE,       /* creates the database when there is none */
	CLI_DB_OPTIONAL,     /* uses the database when there is one */
};

/* How main opens the database for a command before running it. Commands
 * that create one, use it only sometimes, or open a second one (a family
 * whose subcommands differ, backup's copy) say CLI_OPEN_SELF and call
 * cli_open_db themselves. main closes ctx->db after the command. */
enum {
	CLI_OPEN_SELF = 0, /* main opens nothing */
	CLI_OPEN_RW,       /* read-write, pending migrations applied */
	CLI_OPEN_RO,       /* RCP_OPEN_READONLY */
	CLI_OPEN_AS_IS,    /* RCP_OPEN_AS_IS: an interrupted import is reported, not finished */
};

/* ---- errors and messages (main.c) ---- */
/* "receipts: <error>" on stderr. */
/* An argument as UTF-8: s itself when it is, else its bytes read as
 * Windows-1252, valid until exit. Not for file paths (opened as bytes). */
const char *cli_arg_text(const char *s);
/* A JSON string of s made UTF-8 as cli_arg_text does (json_string() of
 * other bytes is NULL: the field was lost). */
json_t *cli_json_text(const char *s);
void cli_error(const rcp_error *err);
/* "receipts: <printf>" on stderr. */
void cli_errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "receipts: notice: <printf>" on stderr. */
void cli_notice(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Print a command's usage to f. */
void cli_usage(const cli_command *cmd, FILE *f);
/* 1 when getopt left no operands in argv; else says which is unexpected
 * and returns 0 (the command returns EXIT_USAGE). */
int cli_no_operands(int argc, char **argv);
/* The one FILE operand getopt left in argv ("-" is stdin), or NULL when
 * there is not exactly one or it looks like an option. */
const char *cli_file_operand(int argc, char **argv);
/* Open the database named by ctx, or print why and return NULL. */
rcp_db *cli_open_db(cli_ctx *ctx, int flags);
/* Parse a byte size such as 256M, 1G, 4096. Returns 0 on bad input. */
size_t cli_parse_size(const char *s);
/* Parse a byte span START-END; says why and returns 0 on bad input. */
int cli_parse_span(const char *s, int64_t *start, int64_t *end);
/* The id of a source given by id or sha256 prefix (rcp_source_get). */
rcp_status cli_source_id(rcp_db *db, const char *ref, int64_t *id, rcp_error *err);

/* ---- output formats (output.c) ---- */
/* --format is parsed once, by main, from the table's formats: a command
 * reads ctx->format and never sees the option. FMT_HTML is screen's only;
 * the record printer below knows the other four. */
typedef enum cli_format { FMT_TEXT, FMT_JSON, FMT_JSONL, FMT_CSV, FMT_HTML } cli_format;
/* Parse a --format value; -1 if not allowed. allowed is a mask of 1<<FMT_*. */
int cli_format_parse(const char *s, unsigned allowed);
#define FMTS_TEXT_JSON (1u << FMT_TEXT | 1u << FMT_JSON)
#define FMTS_JSON_JSONL (1u << FMT_JSON | 1u << FMT_JSONL)
#define FMTS_ALL (1u << FMT_TEXT | 1u << FMT_JSON | 1u << FMT_JSONL | 1u << FMT_CSV)
#define FMTS_SCREEN (FMTS_ALL | 1u << FMT_HTML)

typedef struct cli_table {
	cli_format fmt;
	const char *const *columns; /* NULL-terminated keys, for text and csv */
	const char *const *headers; /* header names for text (NULL: columns) */
	size_t n;                   /* records written */
	json_t *rows;               /* text: buffered to align columns */
} cli_table;

/* Start, feed (borrows each record), finish. */
void cli_table_begin(cli_table *t, cli_format fmt, const char *const *columns,
                     const char *const *headers);
void cli_table_row(cli_table *t, json_t *record);
void cli_table_end(cli_table *t);
/* Print one JSON value on a line, compact (jsonl) or indented (json). */
void cli_json_print(json_t *v, int pretty);
/* Write s as one CSV field (RFC 4180). */
void cli_csv_field(FILE *f, const char *s);
/* s with control characters (C0, DEL, C1) written as \xNN and '\\' doubled,
 * for a terminal: a file name cannot move the cursor or set a title.
 * Returns buf (cap bytes; cut short when it runs out). */
const char *cli_printable(const char *s, char *buf, size_t cap);

/* ---- progress on stderr when it is a terminal (progress.c) ---- */
typedef struct cli_progress {
	int enabled;
	const char *unit;
	int64_t total, done, errors;
	double start, last;
} cli_progress;

void cli_progress_begin(cli_progress *p, const char *unit, int64_t total);
void cli_progress_step(cli_progress *p, int ok);
void cli_progress_end(cli_progress *p);
/* Seconds on the monotonic clock: for rates and elapsed times. */
double cli_now(void);

/* The files named by args, directories walked as `add` walks them
 * (sorted, hidden entries skipped, each directory once): *files is owned,
 * each string and the array freed with free(). -1 when a directory could
 * not be read (said on stderr; the rest is listed). (cmd_add.c) */
int cli_expand_files(char **args, int n, char ***files, size_t *nfiles);

/* What a registry import did to the entities, as import-registry and
 * import print it: values dropped (a notice), the entities line and,
 * for an FtM file (ftm), the persons and links skipped. (cmd_registry.c) */
void cli_registry_report(const char *path, const rcp_import_report *r, int ftm);

/* ---- commands ---- */
int cmd_init(cli_ctx *ctx, int argc, char **argv);
int cmd_add(cli_ctx *ctx, int argc, char **argv);
int cmd_sources(cli_ctx *ctx, int argc, char **argv);
int cmd_show(cli_ctx *ctx, int argc, char **argv);
int cmd_verify(cli_ctx *ctx, int argc, char **argv);
int cmd_audit(cli_ctx *ctx, int argc, char **argv);
int cmd_backup(cli_ctx *ctx, int argc, char **argv);
int cmd_publish(cli_ctx *ctx, int argc, char **argv);
int cmd_import_registry(cli_ctx *ctx, int argc, char **argv);
int cmd_import(cli_ctx *ctx, int argc, char **argv);
int cmd_entity(cli_ctx *ctx, int argc, char **argv);
int cmd_claims(cli_ctx *ctx, int argc, char **argv);
int cmd_scan(cli_ctx *ctx, int argc, char **argv);
int cmd_extract(cli_ctx *ctx, int argc, char **argv);
int cmd_compile_matcher(cli_ctx *ctx, int argc, char **argv);

/* The matcher a command should use: --matcher FILE, --registry FILE, the
 * database when one was named or exists, else the built-in registry
 * (cmd_scan.c). Prints why and returns NULL on failure. */
rcp_matcher *cli_matcher(cli_ctx *ctx, const char *matcher_file, const char *registry,
                         int db_named);
int cmd_screen(cli_ctx *ctx, int argc, char **argv);
int cmd_match(cli_ctx *ctx, int argc, char **argv);
int cmd_search(cli_ctx *ctx, int argc, char **argv);
int cmd_user(cli_ctx *ctx, int argc, char **argv);
int cmd_responses(cli_ctx *ctx, int argc, char **argv);
int cmd_serve(cli_ctx *ctx, int argc, char **argv);
int cmd_profile(cli_ctx *ctx, int argc, char **argv);
int cmd_export(cli_ctx *ctx, int argc, char **argv);
int cmd_funds(cli_ctx *ctx, int argc, char **argv);

/* The command table lives in main.c. */
const cli_command *cli_find_command(const char *name);

#endif
