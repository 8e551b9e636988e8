/*
 * main.c — `receipts`: global options and the command table.
 */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const cli_command commands[] = {
	{"init", cmd_init, "create or upgrade the database",
	 "Creates the database file (or applies pending migrations) and exits.\n"},
	{"add", cmd_add, "store documents as sources",
	 "  FILE...            files or directories (read recursively); - for stdin\n"
	 "  --kind KIND        article, report, procurement, filing, response, other\n"
	 "  --title TEXT       title (default: the document's own, or its file name)\n"
	 "  --url URL          where the document was published\n"
	 "  --publisher NAME   who published it\n"
	 "  --published DATE   YYYY, YYYY-MM or YYYY-MM-DD\n"
	 "  --lang CODE        ISO 639-1 language code (en, fr, ...)\n"
	 "  --from LIST        also read file names from LIST, one a line (- for stdin)\n"
	 "  --max-size SIZE    refuse files over SIZE (default 256M; K, M, G suffixes)\n"
	 "  -q, --quiet        print nothing for files that were added\n"
	 "Prints `added <sha256> <file>` or `already stored as <sha256>` for each file.\n"
	 "Files that cannot be added are reported and skipped; the exit status is 1\n"
	 "if any failed. Progress is shown on stderr when it is a terminal.\n"},
	{"sources", cmd_sources, "list stored sources",
	 "  --kind KIND --lang CODE --publisher NAME   filters\n"
	 "  --after DATE --before DATE                 published on/after, before\n"
	 "  --grep TEXT                                title or URL contains TEXT\n"
	 "  --limit N --offset N\n"
	 "  --format text|json|jsonl|csv\n"},
	{"show", cmd_show, "show one source: metadata and text",
	 "  SOURCE             a source id or at least 4 hex digits of its sha256\n"
	 "  --format text|json\n"
	 "  --no-text          metadata only\n"
	 "  --original         write the original bytes to stdout, exactly\n"},
	{"verify", cmd_verify, "re-check every hash, quote and the audit chain",
	 "  --format text|json\n"
	 "Exit status 0 when everything checks out, 1 when a problem was found.\n"},
	{"audit", cmd_audit, "print the audit log",
	 "  --after SEQ        entries after SEQ\n"
	 "  --format text|json|jsonl|csv\n"},
	{"import-registry", cmd_import_registry, "load entities from a registry JSON lines file",
	 "  FILE               JSON lines as described in docs/formats.md (- for stdin)\n"
	 "All or nothing: one bad line imports nothing and is named with its field.\n"},
	{"entity", cmd_entity, "list or show registry entities",
	 "  list [--kind KIND] [--category CAT] [--country CC] [--format text|json|jsonl|csv]\n"
	 "  show ID [--format text|json]\n"},
	{"claims", cmd_claims, "review claims: list, show, add, accept, reject, reopen, edit",
	 "  list [--company ID] [--counterparty ID] [--status S] [--category C] [--relation R]\n"
	 "       [--source ID] [--year Y] [--limit N] [--format text|json|jsonl|csv]\n"
	 "  show ID [--format text|json]\n"
	 "  add --source SOURCE --span START-END --company ID --relation R\n"
	 "      [--counterparty ID] [--category C] [--amount N --currency CUR] [--year Y]\n"
	 "      [--date D] [--status S]   a claim by hand; the span must be in the source\n"
	 "  accept ID...       mark claims accepted (they appear on public profiles)\n"
	 "  reject ID...\n"
	 "  reopen ID...       back to candidate\n"
	 "  edit ID [--relation R] [--category C|none] [--counterparty ID|none]\n"
	 "          [--amount N --currency CUR | --amount none] [--year Y|none] [--span START-END]\n"
	 "Every change is audited; an edited span must still be verbatim in its source.\n"},
	{"profile", cmd_profile, "a company's profile as JSON (what the web API serves)",
	 "  ID                 entity id\n"
	 "  --candidates       include candidate claims\n"
	 "  --format json|jsonl\n"},
	{"user", cmd_user, "manage web users: add, list",
	 "  add NAME --role reader|editor|admin [--password-file FILE]\n"
	 "                     the password is read from FILE, or the first line of stdin\n"
	 "  list [--format text|json|jsonl|csv]\n"},
	{"serve", cmd_serve, "run the web application",
	 "  --listen ADDR:PORT  where to listen (default 127.0.0.1:8080)\n"
	 "  --public            read-only: no login, accepted claims only\n"
	 "  --threads N         worker threads (default: one per CPU)\n"
	 "Pages for people at /, a JSON API under /api/v1/. Stops on SIGINT or SIGTERM.\n"},
};

#define NCOMMANDS (sizeof commands / sizeof commands[0])

const cli_command *cli_find_command(const char *name)
{
	for (size_t i = 0; i < NCOMMANDS; i++)
		if (!strcmp(commands[i].name, name))
			return &commands[i];
	return NULL;
}

void cli_error(const rcp_error *err)
{
	char line[1200];
	rcp_error_format(err, line, sizeof line);
	fprintf(stderr, "receipts: %s\n", line);
}

void cli_errorf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("receipts: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

void cli_notice(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("receipts: notice: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

void cli_usage(const cli_command *cmd, FILE *f)
{
	fprintf(f, "usage: receipts [--db PATH] %s [options]\n%s\n%s", cmd->name, cmd->summary,
	        cmd->usage);
}

rcp_db *cli_open_db(cli_ctx *ctx, int flags)
{
	rcp_error err;
	rcp_error_clear(&err);
	rcp_db *db = rcp_db_open(ctx->db_path, flags, &err);
	if (!db) {
		cli_error(&err);
		return NULL;
	}
	rcp_db_set_actor(db, ctx->actor);
	return db;
}

size_t cli_parse_size(const char *s)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s)
		return 0;
	unsigned long long mul = 1;
	switch (*end) {
	case 'k': case 'K': mul = 1ull << 10; end++; break;
	case 'm': case 'M': mul = 1ull << 20; end++; break;
	case 'g': case 'G': mul = 1ull << 30; end++; break;
	default: break;
	}
	if (*end == 'i' || *end == 'B')
		end += (*end == 'i' && end[1] == 'B') ? 2 : 1;
	if (*end || v > SIZE_MAX / mul)
		return 0;
	return (size_t)(v * mul);
}

static void usage(FILE *f)
{
	fprintf(f,
	        "usage: receipts [--db PATH] [--as NAME] COMMAND [options]\n"
	        "\n"
	        "An evidence-backed research database of corporate involvement in state\n"
	        "violence. Every claim points at a stored, hash-pinned source.\n"
	        "\n"
	        "Global options:\n"
	        "  --db PATH      database file (default $RECEIPTS_DB or ./receipts.db)\n"
	        "  --as NAME      who is writing, for the audit log (default $RECEIPTS_USER, $USER)\n"
	        "  --version      print the version\n"
	        "\n"
	        "Commands:\n");
	for (size_t i = 0; i < NCOMMANDS; i++)
		fprintf(f, "  %-16s %s\n", commands[i].name, commands[i].summary);
	fprintf(f, "\nreceipts COMMAND --help describes one command.\n");
}

int main(int argc, char **argv)
{
	cli_ctx ctx = {
		.db_path = getenv("RECEIPTS_DB"),
		.actor = getenv("RECEIPTS_USER"),
		.prog = "receipts",
	};
	if (!ctx.db_path || !*ctx.db_path)
		ctx.db_path = "receipts.db";
	if (!ctx.actor || !*ctx.actor)
		ctx.actor = getenv("USER");
	if (!ctx.actor || !*ctx.actor)
		ctx.actor = "cli";

	int i = 1;
	for (; i < argc && argv[i][0] == '-'; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--db") || !strcmp(a, "--as")) {
			if (i + 1 >= argc) {
				cli_errorf("option '%s' needs a value", a);
				return EXIT_USAGE;
			}
			if (!strcmp(a, "--db"))
				ctx.db_path = argv[++i];
			else
				ctx.actor = argv[++i];
		} else if (!strncmp(a, "--db=", 5)) {
			ctx.db_path = a + 5;
		} else if (!strncmp(a, "--as=", 5)) {
			ctx.actor = a + 5;
		} else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			usage(stdout);
			return 0;
		} else if (!strcmp(a, "--version")) {
			printf("receipts %s\n", RCP_VERSION);
			return 0;
		} else {
			cli_errorf("unknown option '%s'", a);
			usage(stderr);
			return EXIT_USAGE;
		}
	}
	if (i >= argc) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if (!strcmp(argv[i], "help")) {
		const cli_command *c = i + 1 < argc ? cli_find_command(argv[i + 1]) : NULL;
		if (c)
			cli_usage(c, stdout);
		else
			usage(stdout);
		return 0;
	}
	const cli_command *cmd = cli_find_command(argv[i]);
	if (!cmd) {
		cli_errorf("unknown command '%s'; see 'receipts --help'", argv[i]);
		return EXIT_USAGE;
	}
	for (int k = i + 1; k < argc; k++) {
		if (!strcmp(argv[k], "--"))
			break;
		if (!strcmp(argv[k], "-h") || !strcmp(argv[k], "--help")) {
			cli_usage(cmd, stdout);
			return 0;
		}
	}
	optind = 1;
	int rc = cmd->fn(&ctx, argc - i, argv + i);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		if (errno != EPIPE)
			cli_errorf("cannot write output: %s", strerror(errno));
		return rc ? rc : 1;
	}
	return rc;
}
