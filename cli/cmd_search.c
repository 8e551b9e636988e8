/*
 * cmd_search.c — `receipts search`: full-text search over the sources.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

typedef struct search_out {
	int fmt;
	int bold;          /* mark hits with terminal bold */
	int64_t n;
	json_t *all;       /* --format json: the array */
	cli_table table;   /* --format csv */
} search_out;

/* The snippet on one line as a person reads it (rcp_snippet_plain), hits
 * marked. */
static void print_snippet(const rcp_search_result *r, int bold)
{
	const char *on = bold ? "\033[1m" : "**", *off = bold ? "\033[0m" : "**";
	size_t cap = (size_t)(r->snippet_end - r->snippet_start) + 1;
	char *plain = malloc(cap);
	rcp_search_span *marks = calloc(r->nhits + 1, sizeof *marks);
	if (!plain || !marks)
		abort();
	size_t n = rcp_snippet_plain(r, plain, cap, marks);
	size_t h = 0;
	fputs("    ", stdout);
	for (size_t i = 0; i < n; i++) {
		while (h < r->nhits && marks[h].start == marks[h].end)
			h++; /* empty: nothing to mark */
		if (h < r->nhits && (int64_t)i == marks[h].start)
			fputs(on, stdout);
		putchar(plain[i]);
		if (h < r->nhits && (int64_t)i + 1 == marks[h].end) {
			fputs(off, stdout);
			h++;
		}
	}
	putchar('\n');
	free(plain);
	free(marks);
}

static json_t *result_json(const rcp_search_result *r)
{
	json_t *o = json_object();
	json_object_set_new(o, "id", json_integer(r->id));
	json_object_set_new(o, "sha256", json_string(r->sha256));
	json_object_set_new(o, "title", rcp_json_nullable(r->title));
	json_object_set_new(o, "url", rcp_json_nullable(r->url));
	json_object_set_new(o, "published", rcp_json_nullable(r->published));
	json_object_set_new(o, "publisher", rcp_json_nullable(r->publisher));
	json_object_set_new(o, "kind", rcp_json_nullable(r->kind));
	json_object_set_new(o, "lang", rcp_json_nullable(r->lang));
	json_object_set_new(o, "score", json_real((double)(int64_t)(r->score * 1000 + 0.5) / 1000));
	json_object_set_new(o, "page", r->page ? json_integer(r->page) : json_null());
	json_t *sn = json_object();
	json_object_set_new(sn, "start", json_integer(r->snippet_start));
	json_object_set_new(sn, "end", json_integer(r->snippet_end));
	json_object_set_new(sn, "text", json_stringn(r->snippet,
	                                             (size_t)(r->snippet_end - r->snippet_start)));
	json_object_set_new(o, "snippet", sn);
	json_t *hits = json_array();
	for (size_t i = 0; i < r->nhits; i++) {
		json_t *h = json_object();
		json_object_set_new(h, "start", json_integer(r->hits[i].start));
		json_object_set_new(h, "end", json_integer(r->hits[i].end));
		json_array_append_new(hits, h);
	}
	json_object_set_new(o, "hits", hits);
	return o;
}

static int on_result(const rcp_search_result *r, void *ctx)
{
	search_out *out = ctx;
	out->n++;
	if (out->fmt == FMT_TEXT) {
		printf("%lld. %s", (long long)out->n, r->title ? r->title : "(untitled)");
		if (r->published)
			printf("  %s", r->published);
		printf("  [%lld %.12s", (long long)r->id, r->sha256);
		if (r->page)
			printf(" p. %d", r->page);
		printf("]\n");
		if (r->url)
			printf("    %s\n", r->url);
		print_snippet(r, out->bold);
		return 0;
	}
	json_t *o = result_json(r);
	if (out->fmt == FMT_JSONL)
		cli_json_print(o, 0);
	else if (out->fmt == FMT_JSON)
		json_array_append(out->all, o);
	else
		cli_table_row(&out->table, o);
	json_decref(o);
	return 0;
}

int cmd_search(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"lang", required_argument, NULL, 'l'},
		{"after", required_argument, NULL, 'a'},
		{"before", required_argument, NULL, 'b'},
		{"kind", required_argument, NULL, 'k'},
		{"entity", required_argument, NULL, 'e'},
		{"limit", required_argument, NULL, 'n'},
		{"offset", required_argument, NULL, 'o'},
		{"explain", no_argument, NULL, 'x'},
		{"optimize", no_argument, NULL, 'O'},
		{0},
	};
	/* "-word" excludes a word: only "--name" arguments are options here, so
	 * split them from the query words before getopt sees them */
	char **oargv = calloc((size_t)argc + 1, sizeof *oargv);
	char **qargv = calloc((size_t)argc + 1, sizeof *qargv);
	if (!oargv || !qargv)
		abort();
	int oargc = 0, qargc = 0;
	oargv[oargc++] = argv[0];
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--")) {
			while (++i < argc)
				qargv[qargc++] = argv[i];
			break;
		}
		if (!strncmp(a, "--", 2)) {
			oargv[oargc++] = argv[i];
			if (!strchr(a, '=') && strcmp(a, "--explain") && strcmp(a, "--optimize") &&
			    i + 1 < argc)
				oargv[oargc++] = argv[++i];
			continue;
		}
		qargv[qargc++] = argv[i];
	}
	rcp_search_opts so = {0};
	int fmt = ctx->format, c, explain = 0, optimize = 0;
	char *end;
	argc = oargc;
	argv = oargv;
	optind = 1;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'l': so.lang = optarg; break;
		case 'a': so.after = optarg; break;
		case 'b': so.before = optarg; break;
		case 'k': so.kind = optarg; break;
		case 'e': so.entity = optarg; break;
		case 'x': explain = 1; break;
		case 'O': optimize = 1; break;
		case 'n':
		case 'o': {
			long long v = strtoll(optarg, &end, 10);
			if (*end || v < 0 || v > 100000) {
				cli_errorf("invalid number '%s'", optarg);
				goto usage;
			}
			if (c == 'n')
				so.limit = v ? v : 10;
			else
				so.offset = v;
			break;
		}
		default:
			cli_usage(cli_find_command("search"), stderr);
			goto usage;
		}
	}
	if (optimize && qargc == 0) {
		free(oargv);
		free(qargv);
		rcp_db *db = cli_open_db(ctx, 0);
		if (!db)
			return 1;
		rcp_error err;
		rcp_error_clear(&err);
		int64_t ms = 0;
		int rc = rcp_search_optimize(db, &ms, &err) == RCP_OK ? 0 : 1;
		if (rc)
			cli_error(&err);
		else
			cli_notice("search index merged into one segment in %.1f s", (double)ms / 1000);
		rcp_db_close(db);
		return rc;
	}
	if (optimize) {
		cli_errorf("--optimize takes no query");
		goto usage;
	}
	if (qargc == 0) {
		cli_errorf("nothing to search for: give a query");
		goto usage;
	}
	/* several words without quotes are one query */
	size_t qlen = 0;
	for (int i = 0; i < qargc; i++)
		qlen += strlen(qargv[i]) + 1;
	char *query = malloc(qlen + 1);
	if (!query)
		abort();
	query[0] = '\0';
	for (int i = 0; i < qargc; i++) {
		if (i)
			strcat(query, " ");
		strcat(query, qargv[i]);
	}
	free(oargv);
	free(qargv);
	so.query = query;
	rcp_error err;
	rcp_error_clear(&err);
	if (explain) {
		char *fts = NULL;
		int rc = 0;
		if (rcp_search_explain(query, &fts, &err) != RCP_OK) {
			cli_error(&err);
			rc = 1;
		} else {
			printf("%s\n", fts);
		}
		free(fts);
		free(query);
		return rc;
	}
	rcp_db *db = cli_open_db(ctx, 0);
	if (!db) {
		free(query);
		return 1;
	}
	static const char *const columns[] = {"id", "sha256", "title", "published", "url",
	                                      "score", "page", NULL};
	search_out out = {.fmt = fmt, .bold = fmt == FMT_TEXT && isatty(1)};
	if (fmt == FMT_JSON)
		out.all = json_array();
	if (fmt == FMT_CSV)
		cli_table_begin(&out.table, FMT_CSV, columns, NULL);
	rcp_search_stats stats = {0};
	int rc = 0;
	if (rcp_search(db, &so, on_result, &out, &stats, &err) != RCP_OK) {
		cli_error(&err);
		rc = 1;
	} else if (fmt == FMT_JSON) {
		cli_json_print(out.all, 1);
	} else if (fmt == FMT_CSV) {
		cli_table_end(&out.table);
	} else if (fmt == FMT_TEXT && out.n == 0) {
		printf("no match\n");
		/* what to try, on stderr: stdout stays the (empty) result */
		int filters = (so.after != NULL) + (so.before != NULL) + (so.kind != NULL) +
		              (so.entity != NULL);
		char hints[1024];
		rcp_search_hints(query, so.lang, filters, hints, sizeof hints);
		for (char *h = hints, *nl; *h; h = nl ? nl + 1 : h + strlen(h)) {
			nl = strchr(h, '\n');
			if (nl)
				*nl = '\0';
			cli_notice("%s", h);
		}
	}
	if (rc == 0 && fmt == FMT_TEXT && !stats.exhaustive)
		cli_notice("more than %lld sources match: the newest %lld were ranked",
		           (long long)stats.matches, (long long)stats.matches);
	json_decref(out.all);
	free(query);
	rcp_db_close(db);
	return rc;
usage:
	free(oargv);
	free(qargv);
	return EXIT_USAGE;
}
