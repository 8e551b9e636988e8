/*
 * cmd_export.c — `receipts export --format ftm [--accepted] [--with-text]`:
 * the database as FollowTheMoney JSON lines on stdout, one entity a line,
 * as they come.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int print_line(json_t *entity, void *ctx)
{
	(void)ctx;
	if (json_dumpf(entity, stdout, JSON_COMPACT) != 0 || putchar('\n') == EOF)
		return 1; /* stdout closed: stop */
	return 0;
}

int cmd_export(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"format", required_argument, NULL, 'f'},
		{"accepted", no_argument, NULL, 'a'},
		{"with-text", no_argument, NULL, 't'},
		{0},
	};
	int flags = 0, c;
	const char *format = NULL;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'f': format = optarg; break;
		case 'a': flags |= RCP_EXPORT_ACCEPTED; break;
		case 't': flags |= RCP_EXPORT_TEXT; break;
		default:
			cli_usage(cli_find_command("export"), stderr);
			return EXIT_USAGE;
		}
	}
	if (!format || strcmp(format, "ftm")) {
		cli_errorf("invalid format '%s': use ftm", format ? format : "");
		return EXIT_USAGE;
	}
	if (!cli_no_operands(argc, argv))
		return EXIT_USAGE;
	rcp_error err;
	rcp_error_clear(&err);
	rcp_status st = rcp_export_ftm(ctx->db, flags, print_line, NULL, &err);
	if (st != RCP_OK) {
		cli_error(&err);
		return 1;
	}
	if (fflush(stdout) != 0 || ferror(stdout)) {
		cli_errorf("cannot write the export to stdout");
		return 1;
	}
	return 0;
}
