/*
 * main.c — `receipts`: global options and the command table.
 */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static const cli_command commands[] = {
	{"init", cmd_init, "create or upgrade the database",
	 "Creates the database file (or applies pending migrations) and exits.\n"
	 "Only init, add, import and import-registry create a database; other commands\n"
	 "refuse a path where there is none.\n", CLI_DB_CREATE, CLI_OPEN_SELF, 0, FMT_TEXT},
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
	 "  --csv-group-by COL CSV: one source per group of records with the same COL\n"
	 "                     (default: one source per record)\n"
	 "  --csv-text-columns LIST  CSV: comma-separated columns to index (default: all)\n"
	 "  --csv-whole        CSV: store the file as one source\n"
	 "  -q, --quiet        print nothing for files that were added\n"
	 "  --no-claims        store mentions but extract no candidate claims\n"
	 "Prints `added <sha256> <file>` or `already stored as <sha256>` for each file.\n"
	 "Files that cannot be added are reported and skipped; the exit status is 1\n"
	 "if any failed. Progress is shown on stderr when it is a terminal.\n"
	 "Creates the database when there is none.\n", CLI_DB_CREATE, CLI_OPEN_SELF, 0, FMT_TEXT},
	{"sources", cmd_sources, "list stored sources",
	 "  --kind KIND --lang CODE --publisher NAME   filters\n"
	 "  --after DATE --before DATE                 published on/after, before\n"
	 "  --grep TEXT                                title or URL contains TEXT\n"
	 "  --limit N --offset N\n"
	 "  --format text|json|jsonl|csv\n", CLI_DB_EXISTING, CLI_OPEN_RW, FMTS_ALL, FMT_TEXT},
	{"show", cmd_show, "show one source: metadata and text",
	 "  SOURCE             a source id or at least 4 hex digits of its sha256\n"
	 "  --format text|json\n"
	 "  --no-text          metadata only\n"
	 "  --original         write the original bytes to stdout, exactly\n", CLI_DB_EXISTING, CLI_OPEN_RW, FMTS_TEXT_JSON, FMT_TEXT},
	{"search", cmd_search, "full-text search over the sources, in every language",
	 "  QUERY              words (all must match), \"a phrase\", prefix*, OR, NOT word,\n"
	 "                     -word, ( ); stems and accents do not matter: contracts\n"
	 "                     finds contracted, defense finds Défense\n"
	 "  --lang CODE        sources in this language (query stemmed in it only)\n"
	 "  --after DATE --before DATE   published on/after, before\n"
	 "  --kind KIND        article, report, procurement, ...\n"
	 "  --entity ID        sources that mention this entity\n"
	 "  --limit N --offset N   (default 10)\n"
	 "  --format text|json|jsonl|csv   json gives byte offsets of the passage and hits\n"
	 "  --explain          print the index expression the query becomes\n"
	 "  --optimize         (no QUERY) merge the index into one segment: faster\n"
	 "                     searches after a bulk load\n", CLI_DB_EXISTING, CLI_OPEN_SELF, FMTS_ALL, FMT_TEXT},
	{"verify", cmd_verify, "re-check every hash, quote and the audit chain",
	 "  --format text|json\n"
	 "  --head SEQ:HASH    also check this anchor (from 'audit --head', kept\n"
	 "                     elsewhere): the entry is still in the chain at SEQ\n"
	 "Re-hashes sources, re-checks quotes, walks the audit chain and replays it\n"
	 "against the rows (sources, claims, responses, entities, users), and reports\n"
	 "an interrupted import's pending re-scan. Exit status 0 when everything\n"
	 "checks out, 1 when a problem was found.\n", CLI_DB_EXISTING, CLI_OPEN_AS_IS, FMTS_TEXT_JSON, FMT_TEXT},
	{"audit", cmd_audit, "print the audit log",
	 "  --after SEQ        entries after SEQ\n"
	 "  --head             print only the newest entry as SEQ:HASH, an anchor to\n"
	 "                     keep elsewhere for 'verify --head'\n"
	 "  --changes SEQ      the changes of the change set entry SEQ closes (a registry\n"
	 "                     import is one entry; its entities' changes are listed here)\n"
	 "  --format text|json|jsonl|csv\n", CLI_DB_EXISTING, CLI_OPEN_AS_IS, FMTS_ALL, FMT_TEXT},
	{"backup", cmd_backup, "copy the database consistently, while it is in use",
	 "  FILE               where to write the copy (a new file)\n"
	 "  --force            replace FILE if it exists\n"
	 "Uses SQLite's online backup: the copy is the database as of one moment,\n"
	 "even while a server or an add writes. Restore by stopping receipts and\n"
	 "putting the copy in place of the database (docs/operations in README).\n",
	 CLI_DB_EXISTING, CLI_OPEN_AS_IS, 0, FMT_TEXT},
	{"publish", cmd_publish, "write the public edition as a static web site",
	 "  DIR                a new or empty directory, or a site publish made before\n"
	 "  --url URL          where the site will be served, for sitemap.xml's\n"
	 "                     absolute addresses (without it: paths)\n"
	 "The server's public pages (accepted claims only, no account names) as files\n"
	 "a static web server serves at the same URLs: the home page, the company\n"
	 "list and one page per category, every profile with its JSON and CSV, every\n"
	 "source an accepted claim or a response cites, the stylesheet, and\n"
	 "data/receipts.ftm.jsonl (FollowTheMoney), a search over companies and claims\n"
	 "that runs in the browser, and a sitemap. Files that did not change are not\n"
	 "rewritten. Screening needs 'receipts serve' and is left out.\n", CLI_DB_EXISTING, CLI_OPEN_RO, 0, FMT_TEXT},
	{"import-registry", cmd_import_registry, "load organizations from a registry file",
	 "  FILE               the registry (- for stdin)\n"
	 "  --format FMT       jsonl (default: receipts' own lines, docs/formats.md), ftm\n"
	 "                     (FollowTheMoney JSON lines: OpenSanctions, Aleph, receipts'\n"
	 "                     export; persons are skipped, never stored) or csv (a header\n"
	 "                     row: name, aliases, country, ISIN, LEI, ticker, category,\n"
	 "                     list, in English, French, Spanish or German)\n"
	 "  --columns SPEC     csv: columns by number instead, e.g. name=2,isin=5\n"
	 "All or nothing: one bad line imports nothing and is named with its field.\n"
	 "Creates the database when there is none.\n", CLI_DB_CREATE, CLI_OPEN_SELF, 0, FMT_TEXT},
	{"import", cmd_import, "load a FollowTheMoney file: organizations, sources, claims",
	 "  FILE               FtM JSON lines (- for stdin), as 'export --format ftm\n"
	 "                     --with-text' writes them\n"
	 "  --format ftm       the only format\n"
	 "The organizations as 'import-registry --format ftm' reads them (persons are\n"
	 "skipped, never stored); each source whose bytes the file carries, checked\n"
	 "against its contentHash; each claim with its quote found verbatim in its\n"
	 "source, its status and its id. A claim whose source text is not in the file\n"
	 "is skipped and counted. All or nothing: a bad line imports nothing and is\n"
	 "named. Creates the database when there is none.\n", CLI_DB_CREATE, CLI_OPEN_SELF, 0, FMT_TEXT},
	{"entity", cmd_entity, "the registry: list, show, add, alias, merge, candidates",
	 "  list [--kind KIND] [--category CAT] [--country CC] [--format text|json|jsonl|csv]\n"
	 "  show ID [--format text|json]\n"
	 "  add ID --name NAME [--kind K] [--country CC] [--parent ID] [--category C]...\n"
	 "         [--alias TEXT]... [--isin X]... [--cusip X]... [--lei X]... [--ticker EX:SYM]...\n"
	 "         [--summary S] [--source URL] [--json OBJECT]\n"
	 "  alias ID TEXT [--lang L] [--ambiguous] [--case-sensitive] [--remove]\n"
	 "  merge FROM INTO     FROM's aliases, identifiers, mentions and claims go to INTO;\n"
	 "                      FROM stays resolvable; the judgement is audited\n"
	 "  candidates [--min N] [--format F]   organization-shaped names the registry lacks\n"
	 "Every change is validated like a registry line, audited, and re-scans the sources.\n", CLI_DB_EXISTING, CLI_OPEN_RW, FMTS_ALL, FMT_TEXT},
	{"scan", cmd_scan, "print registry mentions in lines, CSV or JSON lines (a stream filter)",
	 "  [FILE | -]          input (default stdin)\n"
	 "  --csv-column N      scan column N (1-based) of CSV records\n"
	 "  --json-field NAME   scan string field NAME of JSON lines (default: lines of text)\n"
	 "  --matcher FILE      a compiled matcher (see compile-matcher)\n"
	 "  --registry FILE     registry JSON lines (default: the database if it exists,\n"
	 "                      else the built-in registry)\n"
	 "  --max-record SIZE   skip records over SIZE (default 16M) with an error\n"
	 "  --count             print only the number of records with a mention (as grep -c);\n"
	 "                      a record's scan stops at its first mention\n"
	 "Prints {\"record\", \"entity\", \"start\", \"end\", \"text\"} per mention; offsets are\n"
	 "bytes in the record's text. Progress on stderr when it is a terminal.\n",
	 CLI_DB_OPTIONAL, CLI_OPEN_SELF, 0, FMT_TEXT},
	{"compile-matcher", cmd_compile_matcher, "compile the registry's aliases into a matcher file",
	 "  -o, --output FILE   where to write it\n"
	 "  --registry FILE     registry JSON lines (default: the database, else built-in)\n",
	 CLI_DB_OPTIONAL, CLI_OPEN_SELF, 0, FMT_TEXT},
	{"extract", cmd_extract, "organizations, money, dates and candidate claims from files",
	 "  FILE...            documents (- for stdin); no database is needed\n"
	 "  --format jsonl|json one object per file (DESIGN.md's extract contract)\n"
	 "  --registry FILE    registry JSON lines (default: built-in, or --db's registry)\n"
	 "  --matcher FILE     a compiled matcher\n"
	 "  --lang CODE        en, fr, es or de (default: guessed per file)\n", CLI_DB_OPTIONAL, CLI_OPEN_SELF, FMTS_JSON_JSONL, FMT_JSONL},
	{"claims", cmd_claims, "review claims: list, show, add, accept, reject, reopen, edit",
	 "  list [--company ID] [--counterparty ID] [--status S] [--category C] [--relation R]\n"
	 "       [--source ID] [--year Y] [--unlinked] [--limit N] [--format text|json|jsonl|csv]\n"
	 "       --unlinked: claims whose company is the source's words, not yet an entity\n"
	 "  show ID [--format text|json]\n"
	 "  add --source SOURCE --span START-END (--company ID | --company-text WORDS) --relation R\n"
	 "      [--counterparty ID] [--category C] [--amount N --currency CUR] [--year Y]\n"
	 "      [--date D] [--status S]   a claim by hand; the span must be in the source\n"
	 "  accept ID...       mark claims accepted (they appear on public profiles)\n"
	 "  reject ID...\n"
	 "  reopen ID...       back to candidate\n"
	 "  edit ID [--relation R] [--category C|none] [--counterparty ID|NAME|none]\n"
	 "          [--counterparty-text WORDS] [--amount N --currency CUR | --amount none]\n"
	 "          [--year Y|none] [--span START-END]   --counterparty-text: the source's\n"
	 "          own words for a body the registry lacks (must occur in the source)\n"
	 "          [--company ID|NAME | --add-company]   link an unlinked company to an\n"
	 "          entity, or add the source's words as a new company and link it; an\n"
	 "          unlinked claim cannot be accepted until then\n"
	 "Every change is audited; an edited span must still be verbatim in its source.\n", CLI_DB_EXISTING, CLI_OPEN_RW, FMTS_ALL, FMT_TEXT},
	{"responses", cmd_responses, "companies' responses to claims: add, list",
	 "  add --company ID --source SOURCE (--span START-END | --quote TEXT) [--claim ID]\n"
	 "                     a statement of the company's, quoted from a stored source\n"
	 "                     (--quote must occur exactly once in it); --claim: the\n"
	 "                     claim it answers, else it stands beside the whole profile\n"
	 "  list [--company ID] [--format text|json|jsonl|csv]\n"
	 "Responses appear beside the claims on the company's profile; audited.\n", CLI_DB_EXISTING, CLI_OPEN_RW, FMTS_ALL, FMT_TEXT},
	{"screen", cmd_screen, "screen a fund's holdings against the registry",
	 "  FILE               holdings: CSV/TSV as funds publish them, SEC N-PORT XML,\n"
	 "                     or a plain list of names or tickers (- for stdin)\n"
	 "  --format FMT       text (default), json, jsonl (rows, then the report), csv\n"
	 "                     (rows) or html (a page with a bar chart)\n"
	 "  --rows             text: also list every row with its match\n"
	 "Prints flagged holdings with categories, accepted claims and the strongest\n"
	 "quote, exposure (total and per category), a grade A-F and what could not\n"
	 "be rated. Row problems are warnings (stderr and the report); a file that\n"
	 "cannot be read is an error. See docs/formats.md.\n", CLI_DB_EXISTING, CLI_OPEN_RW, FMTS_SCREEN, FMT_TEXT},
	{"match", cmd_match, "match company names to registry entities, explained",
	 "  NAME...            names, tickers (NYSE:BA) or identifiers; none: read\n"
	 "                     names from stdin, one a line\n"
	 "  --format FMT       jsonl (default), json, text or csv\n"
	 "One record per name: {query, match, name, score, why}.\n", CLI_DB_EXISTING, CLI_OPEN_RW, FMTS_ALL, FMT_JSONL},
	{"profile", cmd_profile, "a company's profile as JSON (what the web API serves)",
	 "  ID                 entity id\n"
	 "  --candidates       include candidate claims\n"
	 "  --format json|jsonl\n", CLI_DB_EXISTING, CLI_OPEN_RO, FMTS_JSON_JSONL, FMT_JSON},
	{"export", cmd_export, "the database as FollowTheMoney entities (JSON lines)",
	 "  --format ftm       FollowTheMoney: organizations, sources, claims as intervals\n"
	 "                     and the Documentation that carries each quote (docs/formats.md)\n"
	 "  --accepted         accepted claims only and the sources they cite: what may be\n"
	 "                     public (without it, candidates too, marked as such)\n"
	 "  --with-text        each source's bytes too (PlainText bodyText, HyperText\n"
	 "                     bodyHtml), so that 'receipts import' can store the claims\n"
	 "                     with their receipts; a PDF's are not carried\n"
	 "One entity a line on stdout, written as it is read; ids are stable.\n", CLI_DB_EXISTING, CLI_OPEN_RO, 0, FMT_TEXT},
	{"funds", cmd_funds, "the fund universe: add filings, list, show, compare, changes",
	 "  add FILE|DIR...    N-PORT XML or holdings CSV, each a dated filing of its\n"
	 "                     fund (N-PORT: genInfo names it), matched and graded\n"
	 "    --tickers FILE   the SEC's mutual fund ticker map (company_tickers_mf.json)\n"
	 "    --fund-name NAME --ticker SYM --manager NAME --date YYYY-MM-DD\n"
	 "                     who a CSV file is (default: its file name, today)\n"
	 "  list [--query TEXT] [--category CAT] [--grade LETTERS] [--manager TEXT]\n"
	 "       [--sort exposure|grade|name] [--desc] [--limit N] [--offset N]\n"
	 "  show ID|TICKER     the fund's report and its grade history\n"
	 "  compare A B...     side by side, the flagged holdings that differ most first\n"
	 "  changes [--since DATE] [--limit N]   gradings, newest first, with their cause\n"
	 "  --scale absolute|relative   grades by threshold (as screen) or in bands of\n"
	 "                     about equal size across the universe (docs/formats.md)\n"
	 "  --format text|json|jsonl|csv\n"
	 "The same fund and date twice is 'already stored'; a broken file is reported\n"
	 "and skipped. Funds holding a company are regraded in the transaction that\n"
	 "changes its categories, lists, parent or accepted claims.\n", CLI_DB_EXISTING, CLI_OPEN_RW, FMTS_ALL, FMT_TEXT},
	{"user", cmd_user, "manage web users: add, list",
	 "  add NAME --role reader|editor|admin [--password-file FILE]\n"
	 "                     the password is read from FILE, or the first line of stdin\n"
	 "  list [--format text|json|jsonl|csv]\n", CLI_DB_EXISTING, CLI_OPEN_RW, FMTS_ALL, FMT_TEXT},
	{"serve", cmd_serve, "run the web application",
	 "  --listen ADDR:PORT  where to listen (default 127.0.0.1:8080)\n"
	 "  --public            read-only: no login, accepted claims only\n"
	 "  --threads N         the most connections served at once, a thread each\n"
	 "                     (default 1000)\n"
	 "  --trust-proxy       behind a reverse proxy: the client address is the last\n"
	 "                     entry of X-Forwarded-For (login throttle); no per-address\n"
	 "                     connection cap\n"
	 "  --secure-cookies    mark cookies Secure (the proxy serves HTTPS)\n"
	 "Pages for people at /, a JSON API under /api/v1/. Stops on SIGINT or SIGTERM.\n", CLI_DB_EXISTING, CLI_OPEN_SELF, 0, FMT_TEXT},
};

#define NCOMMANDS (sizeof commands / sizeof commands[0])

const cli_command *cli_find_command(const char *name)
{
	for (size_t i = 0; i < NCOMMANDS; i++)
		if (!strcmp(commands[i].name, name))
			return &commands[i];
	return NULL;
}

/* Messages name files and values from outside: their control characters
 * go out escaped (cli_printable), never raw to a terminal. */
static void say(const char *prefix, const char *msg)
{
	char safe[4 * 1200 + 8];
	fprintf(stderr, "receipts: %s%s\n", prefix, cli_printable(msg, safe, sizeof safe));
}

void cli_error(const rcp_error *err)
{
	char line[1200];
	rcp_error_format(err, line, sizeof line);
	say("", line);
}

static void vsay(const char *prefix, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
static void vsay(const char *prefix, const char *fmt, va_list ap)
{
	char line[1200];
	vsnprintf(line, sizeof line, fmt, ap);
	say(prefix, line);
}

void cli_errorf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsay("", fmt, ap);
	va_end(ap);
}

void cli_notice(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsay("notice: ", fmt, ap);
	va_end(ap);
}

void cli_usage(const cli_command *cmd, FILE *f)
{
	fprintf(f, "usage: receipts [--db PATH] %s [options]\n%s\n%s", cmd->name, cmd->summary,
	        cmd->usage);
}

int cli_no_operands(int argc, char **argv)
{
	if (optind < argc) {
		cli_errorf("unexpected argument '%s'", argv[optind]);
		return 0;
	}
	return 1;
}

const char *cli_file_operand(int argc, char **argv)
{
	if (optind + 1 != argc || (argv[optind][0] == '-' && argv[optind][1]))
		return NULL;
	return argv[optind];
}

/* The command running: whether it may create the database. */
static const cli_command *running;

rcp_db *cli_open_db(cli_ctx *ctx, int flags)
{
	rcp_error err;
	rcp_error_clear(&err);
	if (!running || running->db != CLI_DB_CREATE)
		flags |= RCP_OPEN_EXISTING;
	rcp_db *db = rcp_db_open(ctx->db_path, flags, &err);
	if (!db) {
		cli_error(&err);
		return NULL;
	}
	rcp_db_set_actor(db, ctx->actor);
	return db;
}

/* Families whose subcommands differ in --format. A subcommand of one not
 * named here takes none: its own options refuse --format, as they always
 * did. Commands not named here take their row's formats. */
static const struct subformats {
	const char *cmd, *sub;
	unsigned formats;
} subformats[] = {
	{"claims", "list", FMTS_ALL},
	{"claims", "show", FMTS_TEXT_JSON},
	{"entity", "list", FMTS_ALL},
	{"entity", "show", FMTS_TEXT_JSON},
	{"entity", "candidates", FMTS_ALL},
	{"responses", "list", FMTS_ALL},
	{"user", "list", FMTS_ALL},
};

/* The --format values cmd takes with these arguments (argv[1]: a
 * family's subcommand). */
static unsigned formats_for(const cli_command *cmd, int argc, char **argv)
{
	int family = 0;
	for (size_t i = 0; i < sizeof subformats / sizeof subformats[0]; i++) {
		if (strcmp(subformats[i].cmd, cmd->name))
			continue;
		family = 1;
		if (argc > 1 && !strcmp(subformats[i].sub, argv[1]))
			return subformats[i].formats;
	}
	return family ? 0 : cmd->formats;
}

/* A --format value into ctx->format: says "invalid format 'X': use ..."
 * (the allowed names in table order) and returns -1 when not one. */
static int format_value(cli_ctx *ctx, const char *s, unsigned allowed)
{
	static const char *const names[] = {"text", "json", "jsonl", "csv", "html"};
	int fmt = cli_format_parse(s, allowed);
	if (fmt >= 0) {
		ctx->format = fmt;
		return 0;
	}
	char list[64] = "";
	int n = 0, total = __builtin_popcount(allowed);
	for (int i = 0; i < (int)(sizeof names / sizeof names[0]); i++) {
		if (!(allowed & (1u << i)))
			continue;
		const char *sep = n == 0 ? "" : n + 1 == total ? " or " : ", ";
		snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", sep, names[i]);
		n++;
	}
	cli_errorf("invalid format '%s': use %s", s, list);
	return -1;
}

/* --format, for a command that takes one, parsed once, here: into
 * ctx->format and out of argv (up to "--", where getopt stops too), so
 * that the command's own options never see it. Returns the arguments
 * left, or -1 on a missing or bad value (said why). */
static int take_format(cli_ctx *ctx, const cli_command *cmd, int argc, char **argv)
{
	unsigned allowed = formats_for(cmd, argc, argv);
	if (!allowed)
		return argc;
	int out = 1, k = 1;
	for (; k < argc && strcmp(argv[k], "--"); k++) {
		const char *v;
		if (!strcmp(argv[k], "--format")) {
			if (k + 1 >= argc) {
				cli_errorf("option '--format' needs a value");
				return -1;
			}
			v = argv[++k];
		} else if (!strncmp(argv[k], "--format=", 9)) {
			v = argv[k] + 9;
		} else {
			argv[out++] = argv[k];
			continue;
		}
		if (format_value(ctx, v, allowed) < 0)
			return -1;
	}
	while (k < argc)
		argv[out++] = argv[k++];
	argv[out] = NULL;
	return out;
}

/* The database the table says the command needs, into ctx->db; 0 when it
 * could not be opened (said why). */
static int open_for(cli_ctx *ctx, const cli_command *cmd)
{
	static const int flags[] = {
		[CLI_OPEN_RW] = 0,
		[CLI_OPEN_RO] = RCP_OPEN_READONLY,
		[CLI_OPEN_AS_IS] = RCP_OPEN_AS_IS,
	};
	if (cmd->open == CLI_OPEN_SELF)
		return 1;
	ctx->db = cli_open_db(ctx, flags[cmd->open]);
	return ctx->db != NULL;
}

int cli_parse_span(const char *s, int64_t *start, int64_t *end)
{
	long long a, b;
	char tail;
	if (sscanf(s, "%lld-%lld%c", &a, &b, &tail) != 2) {
		cli_errorf("invalid span '%s': use START-END (byte offsets)", s);
		return 0;
	}
	*start = a;
	*end = b;
	return 1;
}

static int source_id_cb(const rcp_source *src, void *ctx)
{
	*(int64_t *)ctx = src->id;
	return 1;
}

rcp_status cli_source_id(rcp_db *db, const char *ref, int64_t *id, rcp_error *err)
{
	return rcp_source_get(db, ref, source_id_cb, id, err);
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
#if defined(M_MMAP_THRESHOLD)
	/* Blocks of a megabyte and more get their own mappings, so that
	 * growing one (a registry's tables, a document's text) moves pages
	 * with mremap instead of copying them, and freeing one returns it:
	 * without this, glibc raises the threshold as blocks are freed and
	 * large reallocs copy. */
	mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
#if defined(M_TRIM_THRESHOLD)
	/* Keep up to 64 MB of freed heap instead of handing it back past
	 * 128 KB: extracting one document after another frees a document's
	 * words and results at the heap's top, and returning them each time
	 * (a brk, a TLB flush, then page faults to take them again) was a
	 * sixth of `extract`'s CPU time. */
	mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
	cli_ctx ctx = {
		.db_path = getenv("RECEIPTS_DB"),
		.actor = getenv("RECEIPTS_USER"),
		.prog = "receipts",
	};
	ctx.db_explicit = ctx.db_path && *ctx.db_path;
	if (!ctx.db_explicit)
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
			if (!strcmp(a, "--db")) {
				ctx.db_path = argv[++i];
				ctx.db_explicit = 1;
			}
			else
				ctx.actor = argv[++i];
		} else if (!strncmp(a, "--db=", 5)) {
			ctx.db_path = a + 5;
			ctx.db_explicit = 1;
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
	/* only the commands that say so create a database: anything else on a
	 * path with none (a typo, an unmounted disk) stops here, before a
	 * server starts or an empty file appears */
	if (cmd->db == CLI_DB_EXISTING && access(ctx.db_path, F_OK) != 0) {
		cli_errorf("no database at '%s': create one with 'receipts init', or give --db",
		           ctx.db_path);
		return 1;
	}
	running = cmd;
	ctx.format = cmd->format;
	int cargc = take_format(&ctx, cmd, argc - i, argv + i);
	if (cargc < 0)
		return EXIT_USAGE;
	if (!open_for(&ctx, cmd))
		return 1;
	optind = 1;
	int rc = cmd->fn(&ctx, cargc, argv + i);
	if (ctx.db)
		rcp_db_close(ctx.db);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		if (errno != EPIPE)
			cli_errorf("cannot write output: %s", strerror(errno));
		return rc ? rc : 1;
	}
	return rc;
}
