/*
 * cmd_claims.c — `receipts claims list|show|add|accept|reject|reopen|edit`.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* Amount in minor units as a decimal string in whole units ("1700000.00"),
 * the library's one format (base/amount.c). */
static void format_amount(int64_t minor, const char *cur, char *out, size_t cap)
{
	rcp_amount_format(minor, cur, out, cap);
}

json_t *cli_claim_json(const rcp_claim *c);
json_t *cli_claim_json(const rcp_claim *c)
{
	return rcp_claim_to_json(c); /* the library's shape, shared with the web API */
}

static int list_row(const rcp_claim *c, void *ctx)
{
	cli_table *t = ctx;
	json_t *o = cli_claim_json(c);
	/* an unlinked company: the source's words, marked as such */
	if (t->fmt == FMT_TEXT && !c->company && c->company_name) {
		char w[300];
		snprintf(w, sizeof w, "\"%s\" (unlinked)", c->company_name);
		json_object_set_new(o, "company", json_string(w));
	}
	if (t->fmt == FMT_TEXT && c->has_amount) {
		char a[48], s[64];
		format_amount(c->amount, c->currency, a, sizeof a);
		snprintf(s, sizeof s, "%s %s", a, c->currency);
		json_object_set_new(o, "amount", json_string(s));
	}
	cli_table_row(t, o);
	json_decref(o);
	return 0;
}

static int parse_int(const char *s, long long *v)
{
	char *end;
	*v = strtoll(s, &end, 10);
	return *s && !*end;
}

static int claims_list(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"company", required_argument, NULL, 'c'},
		{"counterparty", required_argument, NULL, 'p'},
		{"status", required_argument, NULL, 's'},
		{"category", required_argument, NULL, 'g'},
		{"relation", required_argument, NULL, 'r'},
		{"source", required_argument, NULL, 'S'},
		{"year", required_argument, NULL, 'y'},
		{"limit", required_argument, NULL, 'n'},
		{"unlinked", no_argument, NULL, 'u'},
		{0},
	};
	rcp_claim_filter f = {0};
	int c;
	long long v;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'c': f.company = optarg; break;
		case 'p': f.counterparty = optarg; break;
		case 's': f.status = optarg; break;
		case 'g': f.category = optarg; break;
		case 'r': f.relation = optarg; break;
		case 'u': f.unlinked = 1; break;
		case 'S':
		case 'y':
		case 'n':
			if (!parse_int(optarg, &v) || v < 0) {
				cli_errorf("invalid number '%s'", optarg);
				return EXIT_USAGE;
			}
			if (c == 'S') f.source = v;
			else if (c == 'y') f.year = (int)v;
			else f.limit = v;
			break;
		default:
			cli_usage(cli_find_command("claims"), stderr);
			return EXIT_USAGE;
		}
	}
	rcp_db *db = ctx->db;
	int fmt = ctx->format;
	static const char *const text_cols[] = {"id", "status", "company", "relation", "counterparty",
	                                        "category", "amount", "year", "evidence", NULL};
	static const char *const all_cols[] = {"id", "status", "company", "company_name", "relation",
	                                       "counterparty", "counterparty_name", "category",
	                                       "amount", "currency", "year", "date", "source",
	                                       "source_sha256", "start", "end", "evidence",
	                                       "confidence", "reviewer", NULL};
	cli_table t;
	cli_table_begin(&t, (cli_format)fmt, fmt == FMT_TEXT ? text_cols : all_cols, NULL);
	rcp_error err;
	rcp_error_clear(&err);
	rcp_status st = rcp_claim_each(db, &f, list_row, &t, &err);
	cli_table_end(&t);
	if (st != RCP_OK) {
		cli_error(&err);
		return 1;
	}
	return 0;
}

static int show_cb(const rcp_claim *c, void *ctx)
{
	int fmt = *(int *)ctx;
	json_t *o = cli_claim_json(c);
	if (fmt == FMT_JSON) {
		cli_json_print(o, 1);
	} else {
		printf("claim        %lld (%s)\n", (long long)c->id, c->status);
		if (c->company)
			printf("company      %s (%s)\n", c->company_name, c->company);
		else /* the source's words, not in the registry: linked before accepting */
			printf("company      \"%s\" (unlinked)\n", c->company_name);
		printf("relation     %s\n", c->relation);
		if (c->counterparty)
			printf("counterparty %s (%s)\n", c->counterparty_name, c->counterparty);
		else if (c->counterparty_name) /* the source's words, not in the registry */
			printf("counterparty \"%s\" (unlinked)\n", c->counterparty_name);
		if (c->category)
			printf("category     %s\n", c->category);
		if (c->has_amount) {
			char a[48];
			format_amount(c->amount, c->currency, a, sizeof a);
			printf("amount       %s %s\n", a, c->currency);
		}
		if (c->year)
			printf("year         %d\n", c->year);
		printf("source       %lld %s (%s)\n", (long long)c->source, c->source_sha256,
		       c->source_title ? c->source_title : "");
		printf("span         bytes %lld-%lld\n", (long long)c->start, (long long)c->end);
		printf("evidence     \"%s\"\n", c->evidence);
		printf("confidence   %.2f\n", c->confidence);
		if (c->reviewer)
			printf("reviewer     %s\n", c->reviewer);
	}
	json_decref(o);
	return 1;
}

static int claims_show(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {{0}};
	int fmt = ctx->format;
	while (getopt_long(argc, argv, "", opts, NULL) != -1) {
		cli_errorf("usage: receipts claims show ID [--format text|json]");
		return EXIT_USAGE;
	}
	long long id;
	if (optind + 1 != argc || !parse_int(argv[optind], &id)) {
		cli_errorf("usage: receipts claims show ID [--format text|json]");
		return EXIT_USAGE;
	}
	rcp_db *db = ctx->db;
	rcp_error err;
	rcp_error_clear(&err);
	rcp_status st = rcp_claim_get(db, id, show_cb, &fmt, &err);
	if (st != RCP_OK) {
		cli_error(&err);
		return 1;
	}
	return 0;
}

static int claims_review(cli_ctx *ctx, int argc, char **argv, const char *status)
{
	if (argc < 2) {
		cli_errorf("usage: receipts claims %s ID...", argv[0]);
		return EXIT_USAGE;
	}
	rcp_db *db = ctx->db;
	int rc = 0;
	for (int i = 1; i < argc; i++) {
		long long id;
		rcp_error err;
		rcp_error_clear(&err);
		if (!parse_int(argv[i], &id)) {
			cli_errorf("invalid claim id '%s'", argv[i]);
			rc = 1;
			continue;
		}
		if (rcp_claim_review(db, id, status, &err) != RCP_OK) {
			cli_error(&err);
			rc = 1;
		} else {
			printf("claim %lld %s\n", id, status);
		}
	}
	return rc;
}

/* "1.7 million" is the extractor's job; here amounts are plain decimals,
 * read by the library's one parser (base/amount.c). */
static int parse_amount(const char *s, const char *cur, int64_t *minor)
{
	return rcp_amount_parse(s, cur, minor) == RCP_OK;
}

static int claims_edit(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"relation", required_argument, NULL, 'r'},
		{"category", required_argument, NULL, 'g'},
		{"counterparty", required_argument, NULL, 'p'},
		{"counterparty-text", required_argument, NULL, 'T'},
		{"amount", required_argument, NULL, 'a'},
		{"currency", required_argument, NULL, 'C'},
		{"year", required_argument, NULL, 'y'},
		{"span", required_argument, NULL, 's'},
		{"company", required_argument, NULL, 'c'},
		{"add-company", no_argument, NULL, 'A'},
		{0},
	};
	rcp_claim_edit e = {0};
	const char *party = NULL, *company = NULL;
	int add_company = 0;
	const char *amount = NULL;
	int c;
	long long v;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'r': e.relation = optarg; break;
		case 'g':
			if (!strcmp(optarg, "none"))
				e.clear_category = 1;
			else
				e.category = optarg;
			break;
		case 'p':
			if (!strcmp(optarg, "none"))
				e.clear_counterparty = 1;
			else
				party = optarg;
			break;
		case 'T': e.counterparty_text = optarg; break;
		case 'c': company = optarg; break;
		case 'A': add_company = 1; break;
		case 'a': amount = optarg; break;
		case 'C': e.currency = optarg; break;
		case 'y':
			if (!strcmp(optarg, "none")) {
				e.set_year = 1;
				e.year = 0;
			} else if (parse_int(optarg, &v)) {
				e.set_year = 1;
				e.year = (int)v;
			} else {
				cli_errorf("invalid year '%s'", optarg);
				return EXIT_USAGE;
			}
			break;
		case 's':
			if (!cli_parse_span(optarg, &e.start, &e.end))
				return EXIT_USAGE;
			e.set_span = 1;
			break;
		default:
			cli_usage(cli_find_command("claims"), stderr);
			return EXIT_USAGE;
		}
	}
	long long id;
	if (optind + 1 != argc || !parse_int(argv[optind], &id)) {
		cli_errorf("usage: receipts claims edit ID [--relation R] [--category C|none]"
		           " [--counterparty ID|NAME|none] [--counterparty-text WORDS]"
		           " [--amount N --currency CUR|--amount none]"
		           " [--year Y|none] [--span START-END] [--company ID|NAME | --add-company]");
		return EXIT_USAGE;
	}
	if (company && add_company) {
		cli_errorf("--company links an entity, --add-company adds one: give one of them");
		return EXIT_USAGE;
	}
	if (amount && !strcmp(amount, "none")) {
		e.set_amount = 2;
	} else if (amount) {
		if (!e.currency) {
			cli_errorf("--amount needs --currency");
			return EXIT_USAGE;
		}
		if (!parse_amount(amount, e.currency, &e.amount)) {
			cli_errorf("invalid amount '%s': use digits with an optional decimal point", amount);
			return EXIT_USAGE;
		}
		e.set_amount = 1;
	}
	rcp_db *db = ctx->db;
	rcp_error err;
	rcp_error_clear(&err);
	char party_id[129];
	/* a registry id, or the one entity with that name or alias */
	if (party && rcp_entity_find(db, party, party_id, &err) != RCP_OK) {
		cli_error(&err);
		return 1;
	}
	if (party)
		e.counterparty = party_id;
	/* the company the same way: an id or the one entity of that name */
	char company_id[129];
	if (company && rcp_entity_find(db, company, company_id, &err) != RCP_OK) {
		cli_error(&err);
		return 1;
	}
	if (company)
		e.company = company_id;
	/* the other fields first, then the company added and linked: each
	 * step audited */
	int other = e.relation || e.category || e.counterparty || e.counterparty_text ||
	            e.clear_category || e.clear_counterparty || e.set_amount || e.set_year ||
	            e.set_span || e.company;
	rcp_status st = other || !add_company ? rcp_claim_edit_apply(db, id, &e, &err) : RCP_OK;
	if (st == RCP_OK && add_company) {
		st = rcp_claim_add_company(db, id, company_id, &err);
		if (st == RCP_OK)
			printf("company '%s' added to the registry\n", company_id);
	}
	if (st != RCP_OK) {
		cli_error(&err);
		return 1;
	}
	printf("claim %lld edited\n", id);
	return 0;
}

static int claims_add(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"source", required_argument, NULL, 'S'},
		{"span", required_argument, NULL, 's'},
		{"company", required_argument, NULL, 'c'},
		{"relation", required_argument, NULL, 'r'},
		{"counterparty", required_argument, NULL, 'p'},
		{"category", required_argument, NULL, 'g'},
		{"amount", required_argument, NULL, 'a'},
		{"currency", required_argument, NULL, 'C'},
		{"year", required_argument, NULL, 'y'},
		{"date", required_argument, NULL, 'd'},
		{"status", required_argument, NULL, 't'},
		{"company-text", required_argument, NULL, 'T'},
		{0},
	};
	rcp_claim cl = {0};
	const char *source = NULL, *amount = NULL;
	int have_span = 0, c;
	long long v;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'S': source = optarg; break;
		case 's':
			if (!cli_parse_span(optarg, &cl.start, &cl.end))
				return EXIT_USAGE;
			have_span = 1;
			break;
		case 'c': cl.company = optarg; break;
		case 'T': cl.company_name = optarg; break; /* the source's words: unlinked */
		case 'r': cl.relation = optarg; break;
		case 'p': cl.counterparty = optarg; break;
		case 'g': cl.category = optarg; break;
		case 'a': amount = optarg; break;
		case 'C': cl.currency = optarg; break;
		case 'd': cl.date = optarg; break;
		case 't': cl.status = optarg; break;
		case 'y':
			if (!parse_int(optarg, &v)) {
				cli_errorf("invalid year '%s'", optarg);
				return EXIT_USAGE;
			}
			cl.year = (int)v;
			break;
		default:
			cli_usage(cli_find_command("claims"), stderr);
			return EXIT_USAGE;
		}
	}
	if (optind != argc || !source || !have_span || !cl.company == !cl.company_name ||
	    !cl.relation) {
		cli_errorf("usage: receipts claims add --source S --span START-END"
		           " (--company ID | --company-text WORDS)"
		           " --relation R [--counterparty ID] [--category C] [--amount N --currency CUR]"
		           " [--year Y] [--date D] [--status S]");
		return EXIT_USAGE;
	}
	if (amount) {
		if (!cl.currency) {
			cli_errorf("--amount needs --currency");
			return EXIT_USAGE;
		}
		if (!parse_amount(amount, cl.currency, &cl.amount)) {
			cli_errorf("invalid amount '%s': use digits with an optional decimal point", amount);
			return EXIT_USAGE;
		}
		cl.has_amount = 1;
	} else if (cl.currency) {
		cli_errorf("--currency needs --amount");
		return EXIT_USAGE;
	}
	rcp_db *db = ctx->db;
	int64_t src_id = 0;
	rcp_error err;
	rcp_error_clear(&err);
	rcp_status st = cli_source_id(db, source, &src_id, &err);
	int64_t id = 0;
	if (st == RCP_OK) {
		cl.source = src_id;
		st = rcp_claim_add(db, &cl, &id, &err);
	}
	if (st != RCP_OK) {
		cli_error(&err);
		return 1;
	}
	printf("claim %lld added\n", (long long)id);
	return 0;
}

int cmd_claims(cli_ctx *ctx, int argc, char **argv)
{
	if (argc < 2) {
		cli_usage(cli_find_command("claims"), stderr);
		return EXIT_USAGE;
	}
	const char *sub = argv[1];
	if (!strcmp(sub, "list"))
		return claims_list(ctx, argc - 1, argv + 1);
	if (!strcmp(sub, "show"))
		return claims_show(ctx, argc - 1, argv + 1);
	if (!strcmp(sub, "accept"))
		return claims_review(ctx, argc - 1, argv + 1, "accepted");
	if (!strcmp(sub, "reject"))
		return claims_review(ctx, argc - 1, argv + 1, "rejected");
	if (!strcmp(sub, "reopen"))
		return claims_review(ctx, argc - 1, argv + 1, "candidate");
	if (!strcmp(sub, "edit"))
		return claims_edit(ctx, argc - 1, argv + 1);
	if (!strcmp(sub, "add"))
		return claims_add(ctx, argc - 1, argv + 1);
	cli_errorf("unknown claims command '%s': use list, show, add, accept, reject, reopen or edit",
	           sub);
	return EXIT_USAGE;
}
