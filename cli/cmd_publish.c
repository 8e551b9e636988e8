/*
 * cmd_publish.c — `receipts publish DIR`: the public edition as a static
 * site (web/publish.c).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../web/web.h"
#include "cli.h"

static void on_progress(const web_publish_report *rep, void *ctx)
{
	cli_progress *p = ctx;
	(void)rep;
	cli_progress_step(p, 1);
}

int cmd_publish(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"url", required_argument, NULL, 'u'},
		{0},
	};
	const char *url = NULL;
	int c;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c == 'u' && rcp_url_is_http(optarg)) {
			url = optarg;
			continue;
		}
		if (c == 'u')
			cli_errorf("invalid --url '%s': an http:// or https:// address", optarg);
		cli_usage(cli_find_command("publish"), stderr);
		return EXIT_USAGE;
	}
	if (optind + 1 != argc) {
		cli_usage(cli_find_command("publish"), stderr);
		return EXIT_USAGE;
	}
	rcp_db *db = ctx->db; /* read-only: the table's CLI_OPEN_RO */
	rcp_error err;
	rcp_error_clear(&err);
	cli_progress p;
	/* a page per entity and per cited source */
	cli_progress_begin(&p, "pages", rcp_entity_count(db));
	web_publish_report rep;
	rcp_status st = web_publish(db, argv[optind], url, &rep, on_progress, &p, &err);
	cli_progress_end(&p);
	if (st != RCP_OK) {
		cli_error(&err);
		return 1;
	}
	printf("%s: %lld company profiles, %lld sources; %lld files written (%lld bytes),"
	       " %lld unchanged\n", argv[optind], (long long)rep.companies, (long long)rep.sources,
	       (long long)rep.files, (long long)rep.bytes, (long long)rep.unchanged);
	return 0;
}
