/*
 * cmd_sources.c — `receipts sources` and `receipts show`.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int print_row(const rcp_source *s, void *ctx)
{
	cli_table *t = ctx;
	json_t *o = rcp_source_to_json(s, 0);
	if (t->fmt == FMT_TEXT) {
		char short_hash[13];
		snprintf(short_hash, sizeof short_hash, "%.12s", s->sha256);
		json_object_set_new(o, "sha256", json_string(short_hash));
	}
	cli_table_row(t, o);
	json_decref(o);
	return 0;
}

int cmd_sources(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"kind", required_argument, NULL, 'k'},
		{"lang", required_argument, NULL, 'l'},
		{"publisher", required_argument, NULL, 'p'},
		{"after", required_argument, NULL, 'a'},
		{"before", required_argument, NULL, 'b'},
		{"grep", required_argument, NULL, 'g'},
		{"limit", required_argument, NULL, 'n'},
		{"offset", required_argument, NULL, 'o'},
		{0},
	};
	rcp_source_filter f = {0};
	int c;
	char *end;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'k': f.kind = optarg; break;
		case 'l': f.lang = optarg; break;
		case 'p': f.publisher = optarg; break;
		case 'a': f.after = optarg; break;
		case 'b': f.before = optarg; break;
		case 'g': f.contains = optarg; break;
		case 'n':
		case 'o': {
			long long v = strtoll(optarg, &end, 10);
			if (*end || v < 0) {
				cli_errorf("invalid number '%s'", optarg);
				return EXIT_USAGE;
			}
			if (c == 'n')
				f.limit = v;
			else
				f.offset = v;
			break;
		}
		default:
			cli_usage(cli_find_command("sources"), stderr);
			return EXIT_USAGE;
		}
	}
	if (!cli_no_operands(argc, argv))
		return EXIT_USAGE;
	rcp_db *db = ctx->db;
	int fmt = ctx->format;
	static const char *const text_cols[] = {"id", "sha256", "published", "lang", "kind", "title", NULL};
	static const char *const all_cols[] = {"id", "sha256", "kind", "title", "url", "publisher",
	                                       "published", "lang", "format", "encoding", "size",
	                                       "filename", "added_at", "added_by", NULL};
	cli_table t;
	cli_table_begin(&t, (cli_format)fmt, fmt == FMT_TEXT ? text_cols : all_cols, NULL);
	rcp_error err;
	rcp_error_clear(&err);
	rcp_status st = rcp_source_each(db, &f, print_row, &t, &err);
	cli_table_end(&t);
	if (st != RCP_OK) {
		cli_error(&err);
		return 1;
	}
	return 0;
}

typedef struct show_ctx {
	int fmt, with_text, original;
	rcp_db *db;
	int rc;
} show_ctx;

static int show_one(const rcp_source *s, void *p)
{
	show_ctx *c = p;
	if (c->original) {
		/* the original bytes, exactly, through the library */
		rcp_error err;
		rcp_error_clear(&err);
		uint8_t *bytes = NULL;
		size_t len = 0;
		if (rcp_source_original(c->db, s->id, &bytes, &len, &err) != RCP_OK) {
			cli_error(&err);
			c->rc = 1;
			return 1;
		}
		fwrite(bytes, 1, len, stdout);
		free(bytes);
		return 1;
	}
	if (c->fmt == FMT_JSON) {
		json_t *o = rcp_source_to_json(s, c->with_text);
		cli_json_print(o, 1);
		json_decref(o);
		return 1;
	}
	printf("source     %lld\n", (long long)s->id);
	printf("sha256     %s\n", s->sha256);
	printf("title      %s\n", s->title ? s->title : "");
	printf("kind       %s\n", s->kind ? s->kind : "");
	if (s->url)
		printf("url        %s\n", s->url);
	if (s->publisher)
		printf("publisher  %s\n", s->publisher);
	if (s->published)
		printf("published  %s\n", s->published);
	if (s->lang)
		printf("lang       %s\n", s->lang);
	printf("format     %s (%s), %lld bytes, text %lld bytes\n", s->format, s->encoding,
	       (long long)s->size, (long long)s->text_len);
	if (s->filename)
		printf("file       %s\n", s->filename);
	printf("added      %s by %s\n", s->added_at, s->added_by);
	if (c->with_text && s->text) {
		printf("\n%s", s->text);
		size_t n = strlen(s->text);
		if (n && s->text[n - 1] != '\n')
			putchar('\n');
	}
	return 1;
}

int cmd_show(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"no-text", no_argument, NULL, 'n'},
		{"original", no_argument, NULL, 'o'},
		{0},
	};
	show_ctx sc = {FMT_TEXT, 1, 0, NULL, 0};
	int c;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'n': sc.with_text = 0; break;
		case 'o': sc.original = 1; break;
		default:
			cli_usage(cli_find_command("show"), stderr);
			return EXIT_USAGE;
		}
	}
	if (optind + 1 != argc) {
		cli_errorf("show needs exactly one SOURCE (an id or a sha256 prefix)");
		return EXIT_USAGE;
	}
	rcp_db *db = ctx->db;
	sc.fmt = ctx->format;
	sc.db = db;
	rcp_error err;
	rcp_error_clear(&err);
	rcp_status st = rcp_source_get(db, argv[optind], show_one, &sc, &err);
	if (st != RCP_OK) {
		cli_error(&err);
		return 1;
	}
	return sc.rc;
}
