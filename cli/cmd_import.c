/*
 * cmd_import.c — `receipts import --format ftm FILE`: a FollowTheMoney file
 * read back whole (organizations, sources with their bytes, claims with
 * their quotes), where `import-registry` reads the organizations only.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cmd_import(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"format", required_argument, NULL, 'f'},
		{0},
	};
	const char *format = NULL;
	int c;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'f': format = optarg; break;
		default:
			cli_usage(cli_find_command("import"), stderr);
			return EXIT_USAGE;
		}
	}
	if (!format) {
		cli_errorf("missing --format: use --format ftm (a registry file: import-registry)");
		return EXIT_USAGE;
	}
	if (strcmp(format, "ftm")) {
		cli_errorf("invalid format '%s': use ftm (a registry file: import-registry)", format);
		return EXIT_USAGE;
	}
	const char *path = cli_file_operand(argc, argv);
	if (!path) {
		cli_usage(cli_find_command("import"), stderr);
		return EXIT_USAGE;
	}
	rcp_db *db = cli_open_db(ctx, 0);
	if (!db)
		return 1;
	rcp_error err;
	rcp_error_clear(&err);
	rcp_ftm_import_report r;
	rcp_status st = rcp_ftm_import(db, path, &r, &err);
	rcp_db_close(db);
	if (st != RCP_OK) {
		cli_error(&err);
		cli_errorf("nothing was imported from '%s'", path);
		return 1;
	}
	const rcp_import_report *g = &r.registry;
	cli_registry_report(path, g, 1);
	printf("%s: %lld sources: %lld added, %lld already stored, %lld without their text"
	       " (not stored)\n", path,
	       (long long)(r.sources_added + r.sources_existing + r.sources_no_text),
	       (long long)r.sources_added, (long long)r.sources_existing,
	       (long long)r.sources_no_text);
	printf("%s: %lld claims: %lld added, %lld unchanged, %lld with a new id\n", path,
	       (long long)(r.claims_added + r.claims_unchanged), (long long)r.claims_added,
	       (long long)r.claims_unchanged, (long long)r.claims_renumbered);
	if (r.claims_no_text)
		printf("%s: %lld claims skipped: source text not in the file (export with"
		       " --with-text)\n", path, (long long)r.claims_no_text);
	if (r.claims_incomplete)
		printf("%s: %lld claims skipped: an interval without its Documentation or the"
		       " reverse\n", path, (long long)r.claims_incomplete);
	if (g->rescan_pending) {
		cli_errorf("cannot re-scan the sources for mentions: %s", g->rescan_error);
		cli_errorf("the file was imported; the mentions of %lld entities are pending and the"
		           " next command that writes to the database finds them",
		           (long long)g->rescan_pending);
		return 1;
	}
	return 0;
}
