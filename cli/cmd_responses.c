/*
 * cmd_responses.c — `receipts responses add|list`: what companies answer.
 *
 * A response is quoted from a stored source like a claim: by byte span, or
 * by its exact text (--quote), which must occur once in the source.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int responses_add(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"company", required_argument, NULL, 'c'},
		{"source", required_argument, NULL, 'S'},
		{"span", required_argument, NULL, 's'},
		{"quote", required_argument, NULL, 'q'},
		{"claim", required_argument, NULL, 'C'},
		{0},
	};
	rcp_response r = {0};
	const char *source = NULL, *quote = NULL;
	int have_span = 0, c;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		long long a;
		char tail;
		switch (c) {
		case 'c': r.company = optarg; break;
		case 'S': source = optarg; break;
		case 'q': quote = optarg; break;
		case 's':
			if (!cli_parse_span(optarg, &r.start, &r.end))
				return EXIT_USAGE;
			have_span = 1;
			break;
		case 'C':
			if (sscanf(optarg, "%lld%c", &a, &tail) != 1 || a <= 0) {
				cli_errorf("invalid claim id '%s'", optarg);
				return EXIT_USAGE;
			}
			r.claim = a;
			break;
		default:
			cli_usage(cli_find_command("responses"), stderr);
			return EXIT_USAGE;
		}
	}
	if (optind != argc || !r.company || !source || have_span == !!quote) {
		cli_errorf("usage: receipts responses add --company ID --source SOURCE"
		           " (--span START-END | --quote TEXT) [--claim ID]");
		return EXIT_USAGE;
	}
	rcp_db *db = ctx->db;
	rcp_error err;
	rcp_error_clear(&err);
	int64_t id = 0;
	rcp_status st = cli_source_id(db, source, &r.source, &err);
	if (st == RCP_OK && quote)
		st = rcp_source_find_quote(db, r.source, quote, &r.start, &r.end, &err);
	if (st == RCP_OK)
		st = rcp_response_add(db, &r, &id, &err);
	if (st != RCP_OK) {
		cli_error(&err);
		return 1;
	}
	printf("response %lld added\n", (long long)id);
	return 0;
}

static int list_row(const rcp_response *r, void *ctx)
{
	json_t *o = rcp_response_to_json(r);
	cli_table_row(ctx, o);
	json_decref(o);
	return 0;
}

static int responses_list(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"company", required_argument, NULL, 'c'},
		{0},
	};
	int fmt = ctx->format, c;
	const char *company = NULL;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c == 'c') {
			company = optarg;
			continue;
		}
		cli_errorf("usage: receipts responses list [--company ID] [--format text|json|jsonl|csv]");
		return EXIT_USAGE;
	}
	if (optind != argc) {
		cli_errorf("usage: receipts responses list [--company ID] [--format text|json|jsonl|csv]");
		return EXIT_USAGE;
	}
	rcp_db *db = ctx->db;
	static const char *const cols[] = {"id", "company", "claim", "source_sha256", "evidence", NULL};
	cli_table t;
	cli_table_begin(&t, (cli_format)fmt, cols, NULL);
	rcp_error err;
	rcp_error_clear(&err);
	rcp_status st = rcp_response_each(db, company, list_row, &t, &err);
	cli_table_end(&t);
	if (st != RCP_OK) {
		cli_error(&err);
		return 1;
	}
	return 0;
}

int cmd_responses(cli_ctx *ctx, int argc, char **argv)
{
	if (argc >= 2 && !strcmp(argv[1], "add"))
		return responses_add(ctx, argc - 1, argv + 1);
	if (argc >= 2 && !strcmp(argv[1], "list"))
		return responses_list(ctx, argc - 1, argv + 1);
	if (argc >= 2)
		cli_errorf("unknown responses command '%s': use add or list", argv[1]);
	else
		cli_usage(cli_find_command("responses"), stderr);
	return EXIT_USAGE;
}
