/*
 * cmd_funds.c — `receipts funds`: add filings, list, show, compare, changes.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

/* Filings stored in one transaction by `funds add` of many files. */
#define FUNDS_BATCH 250

enum {
	OPT_TICKERS = 256, OPT_FUND_NAME, OPT_TICKER, OPT_MANAGER, OPT_DATE, OPT_QUERY,
	OPT_CATEGORY, OPT_GRADE, OPT_SORT, OPT_DESC, OPT_LIMIT, OPT_OFFSET, OPT_SCALE,
	OPT_SINCE, OPT_QUIET,
};

static const struct option opts[] = {
	{"tickers", required_argument, NULL, OPT_TICKERS},
	{"fund-name", required_argument, NULL, OPT_FUND_NAME},
	{"ticker", required_argument, NULL, OPT_TICKER},
	{"manager", required_argument, NULL, OPT_MANAGER},
	{"date", required_argument, NULL, OPT_DATE},
	{"query", required_argument, NULL, OPT_QUERY},
	{"category", required_argument, NULL, OPT_CATEGORY},
	{"grade", required_argument, NULL, OPT_GRADE},
	{"sort", required_argument, NULL, OPT_SORT},
	{"desc", no_argument, NULL, OPT_DESC},
	{"limit", required_argument, NULL, OPT_LIMIT},
	{"offset", required_argument, NULL, OPT_OFFSET},
	{"scale", required_argument, NULL, OPT_SCALE},
	{"since", required_argument, NULL, OPT_SINCE},
	{"quiet", no_argument, NULL, OPT_QUIET},
	{0},
};

typedef struct funds_args {
	const char *tickers, *since;
	rcp_fund_add_opts add;
	rcp_fund_filter filter;
	int fmt, quiet;
} funds_args;

/* Options of every subcommand; the rest of argv is left in place from
 * optind. 0 on success, else the exit status. */
static int parse(int argc, char **argv, funds_args *a, int default_fmt)
{
	memset(a, 0, sizeof *a);
	a->fmt = default_fmt;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "q", opts, NULL)) != -1) {
		char *end;
		switch (c) {
		case OPT_TICKERS: a->tickers = optarg; break;
		case OPT_FUND_NAME: a->add.name = optarg; break;
		case OPT_TICKER: a->add.ticker = optarg; break;
		case OPT_MANAGER: a->add.manager = a->filter.manager = optarg; break;
		case OPT_DATE: a->add.period = optarg; break;
		case OPT_QUERY: a->filter.query = optarg; break;
		case OPT_CATEGORY: a->filter.category = optarg; break;
		case OPT_GRADE: a->filter.grade = optarg; break;
		case OPT_SORT: a->filter.sort = optarg; break;
		case OPT_DESC: a->filter.desc = 1; break;
		case OPT_SINCE: a->since = optarg; break;
		case 'q':
		case OPT_QUIET: a->quiet = 1; break;
		case OPT_LIMIT:
		case OPT_OFFSET: {
			long long v = strtoll(optarg, &end, 10);
			if (*end || v < 0) {
				cli_errorf("invalid number '%s'", optarg);
				return EXIT_USAGE;
			}
			*(c == OPT_LIMIT ? &a->filter.limit : &a->filter.offset) = v;
			break;
		}
		case OPT_SCALE:
			if (strcmp(optarg, "absolute") && strcmp(optarg, "relative")) {
				cli_errorf("invalid scale '%s': use absolute or relative", optarg);
				return EXIT_USAGE;
			}
			a->filter.relative = !strcmp(optarg, "relative");
			break;
		default:
			cli_usage(cli_find_command("funds"), stderr);
			return EXIT_USAGE;
		}
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* add                                                                 */
/* ------------------------------------------------------------------ */

static int funds_add(cli_ctx *ctx, int argc, char **argv)
{
	funds_args a;
	int rc = parse(argc, argv, &a, ctx->format);
	if (rc)
		return rc;
	if (optind >= argc && !a.tickers) {
		cli_errorf("funds add: name files or directories (or --tickers FILE)");
		return EXIT_USAGE;
	}
	rcp_db *db = ctx->db;
	rcp_error err;
	rcp_error_clear(&err);
	int status = 0;
	if (a.tickers) {
		int64_t n = 0;
		if (rcp_fund_tickers_load(db, a.tickers, &n, &err) != RCP_OK) {
			cli_error(&err);
			return 1;
		}
		if (!a.quiet)
			printf("tickers %lld from %s\n", (long long)n, a.tickers);
	}
	char **files = NULL;
	size_t nfiles = 0;
	if (cli_expand_files(argv + optind, argc - optind, &files, &nfiles) < 0)
		status = 1;
	rcp_name_index *m = NULL;
	if (nfiles) {
		m = rcp_name_index_load(db, &err);
		if (!m) {
			cli_error(&err);
			status = 1;
			nfiles = 0;
		} else if (rcp_name_index_size(m) == 0) {
			cli_notice("the registry has no companies: load one with 'receipts import-registry'");
		}
	}
	/* the same securities recur across funds: match each once */
	a.add.memo = m ? rcp_match_memo_new(m) : NULL;
	cli_progress p;
	cli_progress_begin(&p, "filings", (int64_t)nfiles);
	int64_t added = 0, already = 0, failed = 0, in_batch = 0, batch_added = 0;
	for (size_t i = 0; i < nfiles; i++) {
		rcp_fund_add_result r;
		rcp_error_clear(&err);
		char shown[512];
		/* FUNDS_BATCH filings a transaction: a killed load keeps the
		 * batches it finished, and re-running it stores the rest */
		if (!in_batch && nfiles > 1) {
			if (rcp_fund_batch_begin(db, &err) != RCP_OK) {
				cli_error(&err);
				status = 1;
				break;
			}
			in_batch = 1;
			batch_added = 0;
		}
		if (in_batch && (i + 1) % FUNDS_BATCH == 0)
			in_batch = 2; /* the last of this batch */
		rcp_status st = rcp_fund_add(db, m, files[i], &a.add, &r, &err);
		if (in_batch == 2 || (in_batch && i + 1 == nfiles)) {
			rcp_error cerr;
			rcp_error_clear(&cerr);
			in_batch = 0;
			if (rcp_fund_batch_end(db, 1, &cerr) != RCP_OK) {
				cli_error(&cerr);
				status = 1;
				break;
			}
		}
		if (st != RCP_OK) {
			if (p.enabled)
				fputs("\r\033[K", stderr);
			cli_error(&err);
			failed++;
			/* the filings this batch stored before it went with it */
			if (r.batch_lost) {
				added -= batch_added;
				failed += batch_added;
				batch_added = 0;
			}
			status = 1;
			cli_progress_step(&p, 0);
			/* a database that cannot be written fails every file alike */
			if (err.code == RCP_EDB)
				break;
			continue;
		}
		cli_progress_step(&p, 1);
		if (r.already) {
			already++;
			if (!a.quiet)
				printf("already stored fund %lld %s %s\n", (long long)r.fund, r.id.period,
				       cli_printable(files[i], shown, sizeof shown));
			continue;
		}
		added++;
		batch_added++;
		if (!a.quiet)
			printf("added fund %lld %s grade %c %.3f%% %s\n", (long long)r.fund, r.id.period,
			       r.grade, r.exposure, cli_printable(files[i], shown, sizeof shown));
	}
	if (in_batch && rcp_fund_batch_end(db, 1, &err) != RCP_OK) {
		cli_error(&err);
		status = 1;
	}
	cli_progress_end(&p);
	if (nfiles > 1 && !a.quiet)
		fprintf(stderr, "receipts: %lld filings added, %lld already stored, %lld failed\n",
		        (long long)added, (long long)already, (long long)failed);
	for (size_t i = 0; i < nfiles; i++)
		free(files[i]);
	free(files);
	rcp_match_memo_free(a.add.memo);
	rcp_name_index_free(m);
	return status;
}

/* ------------------------------------------------------------------ */
/* list, changes                                                       */
/* ------------------------------------------------------------------ */

static const char *const list_cols[] = {"id", "ticker", "grade", "exposure_pct", "flagged",
                                        "claims", "period", "name", "manager", NULL};

/* CSV and text want scalars: the first ticker is "ticker" already */
static int print_fund(json_t *fund, void *ctx)
{
	cli_table *t = ctx;
	if (t->fmt == FMT_CSV || t->fmt == FMT_TEXT) {
		json_t *flat = json_copy(fund);
		json_object_del(flat, "tickers");
		json_object_del(flat, "by_category");
		cli_table_row(t, flat);
		json_decref(flat);
	} else {
		cli_table_row(t, fund);
	}
	return 0;
}

static int funds_list(cli_ctx *ctx, int argc, char **argv)
{
	funds_args a;
	int rc = parse(argc, argv, &a, ctx->format);
	if (rc)
		return rc;
	rcp_db *db = ctx->db;
	rcp_error err;
	rcp_error_clear(&err);
	cli_table t;
	cli_table_begin(&t, (cli_format)a.fmt, list_cols, NULL);
	rcp_status st = rcp_fund_each(db, &a.filter, print_fund, &t, &err);
	cli_table_end(&t);
	if (st != RCP_OK) {
		cli_error(&err);
		return st == RCP_EINVAL ? EXIT_USAGE : 1;
	}
	return 0;
}

static int print_change(json_t *c, void *ctx)
{
	cli_table_row(ctx, c);
	return 0;
}

static int funds_changes(cli_ctx *ctx, int argc, char **argv)
{
	funds_args a;
	int rc = parse(argc, argv, &a, ctx->format);
	if (rc)
		return rc;
	rcp_db *db = ctx->db;
	static const char *const cols[] = {"time", "fund", "name", "prev_grade", "grade",
	                                   "exposure_pct", "claims", "cause", NULL};
	rcp_error err;
	rcp_error_clear(&err);
	cli_table t;
	cli_table_begin(&t, (cli_format)a.fmt, cols, NULL);
	rcp_status st = rcp_fund_changes(db, a.since, a.filter.limit, print_change, &t, &err);
	cli_table_end(&t);
	if (st != RCP_OK) {
		cli_error(&err);
		return 1;
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* show, compare                                                       */
/* ------------------------------------------------------------------ */

static const char *jstr(json_t *o, const char *k)
{
	const char *s = json_string_value(json_object_get(o, k));
	return s ? s : "";
}

static void show_text(json_t *f)
{
	char b1[512], b2[512];
	printf("%s (%s)\n", cli_printable(jstr(f, "name"), b1, sizeof b1),
	       cli_printable(jstr(f, "series"), b2, sizeof b2));
	printf("manager:  %s\n", cli_printable(jstr(f, "manager"), b1, sizeof b1));
	size_t i;
	json_t *v;
	printf("tickers: ");
	json_array_foreach(json_object_get(f, "tickers"), i, v)
		printf(" %s", cli_printable(json_string_value(v), b1, sizeof b1));
	printf("\nfiling:   %s, %lld holdings\n", jstr(f, "period"),
	       (long long)json_integer_value(json_object_get(f, "holdings")));
	printf("grade:    %s (%s), %.3f%% of the fund in flagged companies\n", jstr(f, "grade"),
	       jstr(f, "scale"), json_number_value(json_object_get(f, "exposure_pct")));
	json_t *rep = json_object_get(f, "report");
	printf("flagged:\n");
	json_array_foreach(json_object_get(rep, "flagged"), i, v) {
		printf("  %8.3f%%  %s", json_number_value(json_object_get(v, "weight_pct")),
		       cli_printable(jstr(v, "name"), b1, sizeof b1));
		size_t k;
		json_t *c;
		json_array_foreach(json_object_get(v, "categories"), k, c)
			printf("%s%s", k ? ", " : " [", json_string_value(c));
		printf("] %lld claims\n", (long long)json_integer_value(json_object_get(v, "claims")));
		json_array_foreach(json_object_get(v, "reasons"), k, c)
			printf("             %s\n", cli_printable(jstr(c, "text"), b1, sizeof b1));
	}
	printf("history:\n");
	json_array_foreach(json_object_get(f, "history"), i, v)
		printf("  %s  %s  %s %8.3f%%  %s\n", jstr(v, "graded_at"), jstr(v, "period"),
		       jstr(v, "grade"), json_number_value(json_object_get(v, "exposure_pct")),
		       cli_printable(jstr(v, "cause"), b1, sizeof b1));
}

static int funds_show(cli_ctx *ctx, int argc, char **argv)
{
	funds_args a;
	int rc = parse(argc, argv, &a, ctx->format);
	if (rc)
		return rc;
	if (optind + 1 != argc) {
		cli_errorf("funds show: give one fund id or ticker");
		return EXIT_USAGE;
	}
	rcp_db *db = ctx->db;
	rcp_error err;
	rcp_error_clear(&err);
	json_t *f = rcp_fund_json(db, argv[optind], a.filter.relative, &err);
	if (!f) {
		cli_error(&err);
		return 1;
	}
	if (a.fmt == FMT_TEXT)
		show_text(f);
	else
		cli_json_print(f, a.fmt == FMT_JSON);
	json_decref(f);
	return 0;
}

static int funds_compare(cli_ctx *ctx, int argc, char **argv)
{
	funds_args a;
	int rc = parse(argc, argv, &a, ctx->format);
	if (rc)
		return rc;
	if (argc - optind < 2) {
		cli_errorf("funds compare: give two funds or more");
		return EXIT_USAGE;
	}
	rcp_db *db = ctx->db;
	rcp_error err;
	rcp_error_clear(&err);
	json_t *c = rcp_fund_compare(db, (const char *const *)argv + optind, (size_t)(argc - optind),
	                             &err);
	if (!c) {
		cli_error(&err);
		return 1;
	}
	if (a.fmt != FMT_TEXT) {
		cli_json_print(c, a.fmt == FMT_JSON);
		json_decref(c);
		return 0;
	}
	char b[512];
	size_t i;
	json_t *v;
	json_t *funds = json_object_get(c, "funds");
	printf("%-40s", "");
	json_array_foreach(funds, i, v)
		printf(" %12.12s", cli_printable(json_string_value(json_object_get(v, "ticker"))
		                                     ? jstr(v, "ticker")
		                                     : jstr(v, "name"),
		                                 b, sizeof b));
	printf("\n%-40s", "grade");
	json_array_foreach(funds, i, v)
		printf(" %5s %5.2f%%", jstr(v, "grade"), json_number_value(json_object_get(v, "exposure_pct")));
	printf("\n");
	json_array_foreach(json_object_get(c, "holdings"), i, v) {
		printf("%-40.40s", cli_printable(jstr(v, "name"), b, sizeof b));
		size_t k;
		json_t *w;
		json_array_foreach(json_object_get(v, "weights"), k, w)
			printf(" %11.3f%%", json_number_value(w));
		printf("\n");
	}
	json_decref(c);
	return 0;
}

int cmd_funds(cli_ctx *ctx, int argc, char **argv)
{
	static const struct {
		const char *name;
		int (*fn)(cli_ctx *, int, char **);
	} subs[] = {
		{"add", funds_add}, {"list", funds_list}, {"show", funds_show},
		{"compare", funds_compare}, {"changes", funds_changes},
	};
	if (argc >= 2)
		for (size_t i = 0; i < sizeof subs / sizeof subs[0]; i++)
			if (!strcmp(argv[1], subs[i].name))
				return subs[i].fn(ctx, argc - 1, argv + 1);
	if (argc >= 2)
		cli_errorf("unknown funds command '%s': use add, list, show, compare or changes",
		           argv[1]);
	else
		cli_usage(cli_find_command("funds"), stderr);
	return EXIT_USAGE;
}
