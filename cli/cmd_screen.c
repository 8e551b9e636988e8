/*
 * cmd_screen.c — `receipts screen` and `receipts match`.
 */
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* The registry's name index, from the database main opened. */
static rcp_name_index *load_matcher(cli_ctx *ctx)
{
	rcp_error err;
	rcp_error_clear(&err);
	rcp_name_index *m = rcp_name_index_load(ctx->db, &err);
	if (!m) {
		cli_error(&err);
		return NULL;
	}
	if (rcp_name_index_size(m) == 0)
		cli_notice("the registry has no companies: load one with 'receipts import-registry'");
	return m;
}

static json_t *match_json(const char *query, const rcp_name_match *m)
{
	json_t *o = json_object();
	json_object_set_new(o, "query", cli_json_text(query));
	json_object_set_new(o, "match", rcp_json_nullable(m->id));
	json_object_set_new(o, "name", m->id ? json_string(m->name) : json_null());
	json_object_set_new(o, "score", json_real(round(m->score * 1000.0) / 1000.0));
	json_object_set_new(o, "why", json_string(m->why ? m->why : "none"));
	if (m->matched)
		json_object_set_new(o, "matched", json_string(m->matched));
	if (m->parent)
		json_object_set_new(o, "parent", json_string(m->parent));
	if (!m->id && m->near)
		json_object_set_new(o, "nearest", json_string(m->near));
	return o;
}

/* ------------------------------------------------------------------ */
/* match                                                               */
/* ------------------------------------------------------------------ */

int cmd_match(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {{0}};
	while (getopt_long(argc, argv, "", opts, NULL) != -1) {
		cli_usage(cli_find_command("match"), stderr);
		return EXIT_USAGE;
	}
	int fmt = ctx->format;
	rcp_name_index *m = load_matcher(ctx);
	if (!m)
		return 1;
	static const char *const cols[] = {"query", "match", "name", "score", "why", NULL};
	cli_table t;
	cli_table_begin(&t, (cli_format)fmt, cols, NULL);
	rcp_name_match r;
	if (optind < argc) {
		for (int i = optind; i < argc; i++) {
			rcp_match_name(m, argv[i], &r);
			json_t *o = match_json(argv[i], &r);
			cli_table_row(&t, o);
			json_decref(o);
		}
	} else {
		char *line = NULL;
		size_t cap = 0;
		ssize_t n;
		while ((n = getline(&line, &cap, stdin)) >= 0) {
			while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
				line[--n] = '\0';
			if (!n)
				continue;
			rcp_match_name(m, line, &r);
			json_t *o = match_json(line, &r);
			cli_table_row(&t, o);
			json_decref(o);
		}
		free(line);
	}
	cli_table_end(&t);
	rcp_name_index_free(m);
	return 0;
}

/* ------------------------------------------------------------------ */
/* screen                                                              */
/* ------------------------------------------------------------------ */

typedef struct screen_out {
	int fmt;
	json_t *rows;     /* html, text --rows: collected */
	/* json: each row printed compact as it comes, joined by ",\n": a row's
	 * JSON tree is about 1.5 KB, its text a tenth of that (an 8 MiB list
	 * took 845 MB as trees) */
	char *json_rows;
	size_t json_len, json_cap;
	cli_table *table; /* csv */
	const char *const *csv_cols;
	int csv_started;
	int warned;
} screen_out;

static void on_row(const rcp_screen_row *r, void *ctx)
{
	screen_out *o = ctx;
	if (r->holding->warning && o->warned < 20) {
		cli_notice("row %lld: %s", (long long)r->holding->row, r->holding->warning);
		if (++o->warned == 20)
			cli_notice("more warnings are in the report");
	}
	json_t *j = rcp_screen_row_json(r);
	if (o->fmt == FMT_JSONL)
		cli_json_print(j, 0);
	else if (o->fmt == FMT_CSV) {
		if (!o->csv_started) {
			cli_table_begin(o->table, FMT_CSV, o->csv_cols, NULL);
			o->csv_started = 1;
		}
		cli_table_row(o->table, j);
	}
	else if (o->fmt == FMT_JSON) {
		char *one = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15));
		size_t n = one ? strlen(one) : 0;
		if (o->json_len + n + 8 > o->json_cap) {
			o->json_cap = (o->json_len + n + 8) * 2;
			o->json_rows = realloc(o->json_rows, o->json_cap);
			if (!o->json_rows) {
				cli_errorf("out of memory");
				abort();
			}
		}
		if (o->json_len) {
			memcpy(o->json_rows + o->json_len, ",\n    ", 6);
			o->json_len += 6;
		}
		memcpy(o->json_rows + o->json_len, one, n);
		o->json_len += n;
		free(one);
	} else if (o->rows)
		json_array_append(o->rows, j);
	json_decref(j);
}

static void print_text(json_t *rep, json_t *rows)
{
	json_t *ex = json_object_get(rep, "exposure");
	printf("file        %s (%s, %s)\n", json_string_value(json_object_get(rep, "file")),
	       json_string_value(json_object_get(rep, "layout")),
	       json_string_value(json_object_get(rep, "encoding")));
	printf("holdings    %lld, rated %lld (%.1f%%)\n",
	       (long long)json_integer_value(json_object_get(rep, "holdings")),
	       (long long)json_integer_value(json_object_get(rep, "rated")),
	       json_number_value(json_object_get(rep, "rated_pct")));
	printf("exposure    %.3f%% of the fund (by %s)\n",
	       json_number_value(json_object_get(ex, "total_pct")),
	       json_string_value(json_object_get(ex, "basis")));
	if (json_integer_value(json_object_get(ex, "negative_weights")) > 0)
		printf(json_is_number(json_object_get(ex, "net_pct")) ? "  net        %.3f%%\n"
		                                                       : "  net        unknown\n",
		       json_number_value(json_object_get(ex, "net_pct")));
	const char *k;
	json_t *v;
	json_object_foreach(json_object_get(ex, "by_category"), k, v)
		if (json_number_value(v) > 0)
			printf("  %-12s %.3f%%\n", k, json_number_value(v));
	printf("grade       %s  (%s)\n", json_string_value(json_object_get(rep, "grade")),
	       json_string_value(json_object_get(rep, "grade_scale")));
	size_t i;
	json_t *f;
	json_t *fl = json_object_get(rep, "flagged");
	printf("\nflagged     %zu compan%s\n", json_array_size(fl),
	       json_array_size(fl) == 1 ? "y" : "ies");
	json_array_foreach(fl, i, f) {
		printf("  %7.3f%%  %s (%s)", json_number_value(json_object_get(f, "weight_pct")),
		       json_string_value(json_object_get(f, "name")),
		       json_string_value(json_object_get(f, "id")));
		size_t c;
		json_t *cat;
		printf(" [");
		json_array_foreach(json_object_get(f, "categories"), c, cat)
			printf("%s%s", c ? ", " : "", json_string_value(cat));
		printf("]");
		const char *tier = json_string_value(json_object_get(f, "tier"));
		if (tier)
			printf(" tier %s", tier);
		if (json_string_value(json_object_get(f, "parent")))
			printf(" part of %s", json_string_value(json_object_get(f, "parent")));
		printf(", %lld accepted claim%s\n",
		       (long long)json_integer_value(json_object_get(f, "claims")),
		       json_integer_value(json_object_get(f, "claims")) == 1 ? "" : "s");
		json_t *h;
		size_t hi;
		json_array_foreach(json_object_get(f, "holdings"), hi, h)
			printf("             holding '%s' by %s, score %.3f\n",
			       json_string_value(json_object_get(h, "name")) ?
			           json_string_value(json_object_get(h, "name")) : "",
			       json_string_value(json_object_get(h, "why")),
			       json_number_value(json_object_get(h, "score")));
		json_t *e = json_object_get(f, "evidence");
		if (json_is_object(e))
			printf("             \"%s\"\n             source %s %.12s\n",
			       json_string_value(json_object_get(e, "quote")),
			       json_string_value(json_object_get(e, "source_title")) ?
			           json_string_value(json_object_get(e, "source_title")) : "",
			       json_string_value(json_object_get(e, "source_sha256")));
		/* why it is flagged: the first three reasons, then how many more */
		json_t *why = json_object_get(f, "reasons"), *rs;
		size_t ri;
		json_array_foreach(why, ri, rs) {
			if (ri == 3) {
				printf("             and %zu more reason%s\n", json_array_size(why) - 3,
				       json_array_size(why) == 4 ? "" : "s");
				break;
			}
			const char *src = json_string_value(json_object_get(rs, "source"));
			printf("             why: %s%s%s\n",
			       json_string_value(json_object_get(rs, "text")), src ? " — " : "",
			       src ? src : "");
		}
		json_t *ia;
		json_array_foreach(json_object_get(f, "investor_actions"), ri, ia)
			printf("             investor: %s %s: \"%s\" (source %.12s)\n",
			       json_string_value(json_object_get(ia, "investor_name")) ?
			           json_string_value(json_object_get(ia, "investor_name")) :
			           json_string_value(json_object_get(ia, "investor")),
			       json_string_value(json_object_get(ia, "action")),
			       json_string_value(json_object_get(ia, "quote")),
			       json_string_value(json_object_get(ia, "source_sha256")));
	}
	printf("\nnot rated   %lld\n", (long long)json_integer_value(json_object_get(rep, "not_rated_count")));
	json_array_foreach(json_object_get(rep, "not_rated"), i, f)
		if (i < 10)
			printf("  row %lld %s: %s\n", (long long)json_integer_value(json_object_get(f, "row")),
			       json_string_value(json_object_get(f, "name")) ?
			           json_string_value(json_object_get(f, "name")) : "",
			       json_string_value(json_object_get(f, "reason")));
	printf("warnings    %lld\n", (long long)json_integer_value(json_object_get(rep, "warning_count")));
	json_array_foreach(json_object_get(rep, "warnings"), i, f) {
		if (i >= 10)
			break;
		json_t *row = json_object_get(f, "row");
		if (json_is_integer(row))
			printf("  row %lld: %s\n", (long long)json_integer_value(row),
			       json_string_value(json_object_get(f, "warning")));
		else
			printf("  %s\n", json_string_value(json_object_get(f, "warning")));
	}
	if (rows) {
		static const char *const cols[] = {"row", "name", "match", "score", "why", NULL};
		cli_table t;
		putchar('\n');
		cli_table_begin(&t, FMT_TEXT, cols, NULL);
		json_array_foreach(rows, i, f)
			cli_table_row(&t, f);
		cli_table_end(&t);
	}
}

int cmd_screen(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"rows", no_argument, NULL, 'r'},
		{0},
	};
	int fmt = ctx->format, c, show_rows = 0;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c == 'r') {
			show_rows = 1;
		} else {
			cli_usage(cli_find_command("screen"), stderr);
			return EXIT_USAGE;
		}
	}
	if (optind + 1 != argc) {
		cli_usage(cli_find_command("screen"), stderr);
		return EXIT_USAGE;
	}
	const char *path = argv[optind];
	rcp_db *db = ctx->db;
	rcp_name_index *m = load_matcher(ctx);
	if (!m)
		return 1;
	screen_out o = {.fmt = fmt};
	cli_table t;
	static const char *const csv_cols[] = {"row", "name", "ticker", "weight", "match",
	                                       "match_name", "score", "why", "flagged",
	                                       "categories", "warning", NULL};
	if (fmt == FMT_HTML || (fmt == FMT_TEXT && show_rows))
		o.rows = json_array();
	rcp_error err;
	rcp_error_clear(&err);
	json_t *rep = NULL;
	/* the CSV header waits for the first row, so an error prints alone */
	o.table = &t;
	o.csv_cols = csv_cols;
	rcp_status st = rcp_screen_file(db, m, path, on_row, &o, &rep, &err);
	if (o.csv_started)
		cli_table_end(&t);
	int rc = 0;
	if (st != RCP_OK) {
		cli_error(&err);
		rc = 1;
		goto done;
	}
	switch (fmt) {
	case FMT_JSON: {
		/* the contract's keys first, in its order */
		json_t *out = json_object();
		static const char *const first[] = {"holdings", "rated", "rated_pct", "flagged",
		                                    "exposure", "grade", NULL};
		for (int i = 0; first[i]; i++)
			json_object_set(out, first[i], json_object_get(rep, first[i]));
		/* "rows" holds a mark, replaced by the rows printed so far */
		static const char mark[] = "\x01rows\x01";
		json_object_set_new(out, "rows", json_string(mark));
		const char *k;
		json_t *v;
		json_object_foreach(rep, k, v)
			if (!json_object_get(out, k))
				json_object_set(out, k, v);
		char *text = json_dumps(out, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
		                                 JSON_REAL_PRECISION(15));
		char *at = text ? strstr(text, "\"\\u0001rows\\u0001\"") : NULL;
		if (at) {
			fwrite(text, 1, (size_t)(at - text), stdout);
			fputs(o.json_len ? "[\n    " : "[", stdout);
			if (o.json_len)
				fwrite(o.json_rows, 1, o.json_len, stdout);
			fputs(o.json_len ? "\n  ]" : "]", stdout);
			fputs(at + strlen("\"\\u0001rows\\u0001\""), stdout);
			fputc('\n', stdout);
		}
		free(text);
		json_decref(out);
		break;
	}
	case FMT_JSONL:
		cli_json_print(rep, 0);
		break;
	case FMT_HTML: {
		json_object_set(rep, "rows", o.rows);
		char *html = rcp_screen_html(rep);
		fputs(html, stdout);
		free(html);
		break;
	}
	case FMT_TEXT:
		print_text(rep, o.rows);
		break;
	default:
		break;
	}
done:
	json_decref(rep);
	json_decref(o.rows);
	free(o.json_rows);
	rcp_name_index_free(m);
	return rc;
}
