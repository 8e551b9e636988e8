/*
 * cmd_profile.c — `receipts profile ID`: a company's profile as JSON, the
 * same document the web API serves at /api/v1/companies/ID.
 */
#include <getopt.h>
#include <string.h>

#include "cli.h"

int cmd_profile(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"candidates", no_argument, NULL, 'c'},
		{0},
	};
	int flags = 0, c;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c == 'c')
			flags |= RCP_PROFILE_CANDIDATES;
		else
			goto usage;
	}
	if (optind + 1 != argc)
		goto usage;
	rcp_error err;
	rcp_error_clear(&err);
	json_t *p = rcp_profile_json(ctx->db, argv[optind], flags, &err);
	if (!p) {
		cli_error(&err);
		return 1;
	}
	cli_json_print(p, ctx->format == FMT_JSON);
	json_decref(p);
	return 0;
usage:
	cli_errorf("usage: receipts profile ID [--candidates] [--format json|jsonl]");
	return EXIT_USAGE;
}
