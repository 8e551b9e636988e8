/*
 * cmd_backup.c — `receipts backup FILE`.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cmd_backup(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"force", no_argument, NULL, 'f'},
		{0},
	};
	int force = 0, c;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c == 'f') {
			force = 1;
			continue;
		}
		cli_usage(cli_find_command("backup"), stderr);
		return EXIT_USAGE;
	}
	if (optind + 1 != argc) {
		cli_usage(cli_find_command("backup"), stderr);
		return EXIT_USAGE;
	}
	const char *dest = argv[optind];
	rcp_error err;
	rcp_error_clear(&err);
	rcp_status st = rcp_db_backup(ctx->db, dest, force, &err);
	if (st != RCP_OK) {
		cli_error(&err);
		return 1;
	}
	/* the copy's head: the anchor to keep with it (the copy is a second
	 * database, opened here; main holds the first) */
	rcp_db *db = rcp_db_open(dest, RCP_OPEN_READONLY, &err);
	int64_t seq = 0;
	char hash[65] = "";
	if (!db || rcp_audit_head(db, &seq, hash, &err) != RCP_OK) {
		cli_error(&err);
		rcp_db_close(db);
		return 1;
	}
	rcp_db_close(db);
	printf("%s: backup of %s, audit head %lld:%s\n", dest, ctx->db_path, (long long)seq, hash);
	return 0;
}
