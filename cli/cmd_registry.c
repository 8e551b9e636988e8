/*
 * cmd_registry.c — `receipts import-registry` and `receipts entity`.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* The entities are in; say so when their mentions are not yet (1). */
static int rescan_pending(const rcp_import_report *r)
{
	if (!r->rescan_pending)
		return 0;
	cli_errorf("cannot re-scan the sources for mentions: %s", r->rescan_error);
	cli_errorf("the entities were imported; the mentions of %lld are pending and the next"
	           " command that writes to the database finds them ('receipts verify' lists"
	           " them)", (long long)r->rescan_pending);
	return 1;
}

void cli_registry_report(const char *path, const rcp_import_report *r, int ftm)
{
	if (r->dropped)
		cli_notice("dropped %lld value%s, first %s on line %lld", (long long)r->dropped,
		           r->dropped == 1 ? "" : "s", r->dropped_first, (long long)r->dropped_line);
	printf("%s: %lld entities: %lld created, %lld updated, %lld unchanged\n", path,
	       (long long)r->lines, (long long)r->created, (long long)r->updated,
	       (long long)r->unchanged);
	if (ftm)
		printf("%s: %lld persons skipped (never stored), %lld other entities skipped,"
		       " %lld parents from ownership, %lld links skipped\n", path,
		       (long long)r->persons, (long long)r->other, (long long)r->links,
		       (long long)r->links_skipped);
}

int cmd_import_registry(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"format", required_argument, NULL, 'f'},
		{"columns", required_argument, NULL, 'c'},
		{0},
	};
	rcp_registry_options o = {RCP_REGISTRY_JSONL, NULL};
	int c, fmt;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'f':
			if ((fmt = rcp_registry_format_parse(optarg)) < 0) {
				cli_errorf("invalid format '%s': use jsonl, ftm or csv", optarg);
				return EXIT_USAGE;
			}
			o.format = (rcp_registry_format)fmt;
			break;
		case 'c': o.columns = optarg; break;
		default:
			cli_usage(cli_find_command("import-registry"), stderr);
			return EXIT_USAGE;
		}
	}
	const char *path = cli_file_operand(argc, argv);
	if (!path) {
		cli_usage(cli_find_command("import-registry"), stderr);
		return EXIT_USAGE;
	}
	if (o.columns && o.format != RCP_REGISTRY_CSV) {
		cli_errorf("--columns goes with --format csv");
		return EXIT_USAGE;
	}
	rcp_db *db = cli_open_db(ctx, 0);
	if (!db)
		return 1;
	rcp_error err;
	rcp_error_clear(&err);
	rcp_import_report r;
	rcp_status st = rcp_registry_import_file(db, path, &o, &r, &err);
	rcp_db_close(db);
	if (st != RCP_OK) {
		cli_error(&err);
		cli_errorf("nothing was imported from '%s'", path);
		return 1;
	}
	int pending = rescan_pending(&r);
	if (r.unknown_fields)
		cli_notice("ignored %lld unknown field%s, first '%s' on line %lld",
		           (long long)r.unknown_fields, r.unknown_fields == 1 ? "" : "s",
		           r.unknown_field, (long long)r.unknown_line);
	cli_registry_report(path, &r, o.format == RCP_REGISTRY_FTM);
	return pending;
}

static int entity_row(json_t *e, void *ctx)
{
	cli_table_row(ctx, e);
	return 0;
}

static int entity_list(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"kind", required_argument, NULL, 'k'},
		{"category", required_argument, NULL, 'c'},
		{"country", required_argument, NULL, 'C'},
		{0},
	};
	rcp_entity_filter f = {0};
	int c;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'k': f.kind = optarg; break;
		case 'c': f.category = optarg; break;
		case 'C': f.country = optarg; break;
		default:
			cli_usage(cli_find_command("entity"), stderr);
			return EXIT_USAGE;
		}
	}
	if (!cli_no_operands(argc, argv))
		return EXIT_USAGE;
	rcp_db *db = ctx->db;
	int fmt = ctx->format;
	static const char *const text_cols[] = {"id", "kind", "country", "name", "categories", NULL};
	static const char *const all_cols[] = {"id", "name", "kind", "country", "parent",
	                                       "categories", "aliases", "identifiers", "summary",
	                                       "tier", "source", "profile", "lists", NULL};
	cli_table t;
	cli_table_begin(&t, (cli_format)fmt, fmt == FMT_TEXT ? text_cols : all_cols, NULL);
	rcp_error err;
	rcp_error_clear(&err);
	rcp_status st = rcp_entity_each(db, &f, entity_row, &t, &err);
	cli_table_end(&t);
	if (st != RCP_OK) {
		cli_error(&err);
		return 1;
	}
	return 0;
}

static int entity_show(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {{0}};
	int fmt = ctx->format;
	while (getopt_long(argc, argv, "", opts, NULL) != -1) {
		cli_errorf("usage: receipts entity show ID [--format text|json]");
		return EXIT_USAGE;
	}
	if (optind + 1 != argc) {
		cli_errorf("usage: receipts entity show ID [--format text|json]");
		return EXIT_USAGE;
	}
	rcp_db *db = ctx->db;
	rcp_error err;
	rcp_error_clear(&err);
	char id[129];
	json_t *e = NULL;
	if (rcp_entity_resolve(db, argv[optind], id, &err) == RCP_OK) {
		if (strcmp(id, argv[optind]))
			cli_notice("'%s' was merged into '%s'", argv[optind], id);
		e = rcp_entity_json(db, id, &err);
	}
	if (!e) {
		cli_error(&err);
		return 1;
	}
	if (fmt == FMT_JSON) {
		cli_json_print(e, 1);
	} else {
		static const char *const scalars[] = {"id", "name", "kind", "country", "parent",
		                                      "summary", "tier", "source", "profile", NULL};
		for (int i = 0; scalars[i]; i++) {
			const char *v = json_string_value(json_object_get(e, scalars[i]));
			if (v)
				printf("%-12s %s\n", scalars[i], v);
		}
		size_t i;
		json_t *x;
		printf("%-12s", "categories");
		json_array_foreach(json_object_get(e, "categories"), i, x)
			printf(" %s", json_string_value(x));
		putchar('\n');
		json_array_foreach(json_object_get(e, "aliases"), i, x) {
			const char *lang = json_string_value(json_object_get(x, "lang"));
			printf("%-12s %s%s%s%s%s\n", "alias", json_string_value(json_object_get(x, "text")),
			       lang ? " [" : "", lang ? lang : "", lang ? "]" : "",
			       json_is_true(json_object_get(x, "ambiguous")) ? " (ambiguous)" : "");
		}
		json_array_foreach(json_object_get(e, "identifiers"), i, x)
			printf("%-12s %s %s\n", "identifier", json_string_value(json_object_get(x, "scheme")),
			       json_string_value(json_object_get(x, "value")));
	}
	json_decref(e);
	return 0;
}

/* Write one entity (JSON, borrowed) through the registry import, so it is
 * validated and audited exactly as a registry file line is. */
static int import_one(cli_ctx *ctx, json_t *e, const char *what)
{
	char *line = json_dumps(e, JSON_COMPACT);
	rcp_db *db = ctx->db;
	rcp_error err;
	rcp_error_clear(&err);
	rcp_import_report r;
	rcp_status st = rcp_registry_import_text(db, line, strlen(line), what, &r, &err);
	free(line);
	if (st != RCP_OK) {
		cli_error(&err);
		return 1;
	}
	printf("%s: %s\n", json_string_value(json_object_get(e, "id")),
	       r.created ? "created" : r.updated ? "updated" : "unchanged");
	return rescan_pending(&r);
}

static void push_str(json_t *o, const char *key, const char *v)
{
	json_t *a = json_object_get(o, key);
	if (!a) {
		a = json_array();
		json_object_set_new(o, key, a);
	}
	json_array_append_new(a, cli_json_text(v));
}

static int entity_add(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"name", required_argument, NULL, 'n'}, {"kind", required_argument, NULL, 'k'},
		{"country", required_argument, NULL, 'c'}, {"parent", required_argument, NULL, 'p'},
		{"category", required_argument, NULL, 'g'}, {"alias", required_argument, NULL, 'a'},
		{"isin", required_argument, NULL, 'I'}, {"cusip", required_argument, NULL, 'C'},
		{"lei", required_argument, NULL, 'L'}, {"ticker", required_argument, NULL, 'T'},
		{"summary", required_argument, NULL, 's'}, {"source", required_argument, NULL, 'S'},
		{"json", required_argument, NULL, 'j'},
		{0},
	};
	json_t *e = json_object();
	int c;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'n': json_object_set_new(e, "name", cli_json_text(optarg)); break;
		case 'k': json_object_set_new(e, "kind", cli_json_text(optarg)); break;
		case 'c': json_object_set_new(e, "country", cli_json_text(optarg)); break;
		case 'p': json_object_set_new(e, "parent", cli_json_text(optarg)); break;
		case 'g': push_str(e, "categories", optarg); break;
		case 'a': push_str(e, "aliases", optarg); break;
		case 'I': push_str(e, "isin", optarg); break;
		case 'C': push_str(e, "cusip", optarg); break;
		case 'L': push_str(e, "lei", optarg); break;
		case 'T': push_str(e, "tickers", optarg); break;
		case 's': json_object_set_new(e, "summary", cli_json_text(optarg)); break;
		case 'S': json_object_set_new(e, "source", cli_json_text(optarg)); break;
		case 'j': {
			json_error_t je;
			json_t *o = json_loads(optarg, 0, &je);
			if (!json_is_object(o)) {
				cli_errorf("invalid --json: %s", o ? "not an object" : je.text);
				json_decref(o);
				json_decref(e);
				return EXIT_USAGE;
			}
			json_object_update(e, o);
			json_decref(o);
			break;
		}
		default:
			json_decref(e);
			cli_usage(cli_find_command("entity"), stderr);
			return EXIT_USAGE;
		}
	}
	if (optind < argc)
		json_object_set_new(e, "id", json_string(argv[optind]));
	if (!json_object_get(e, "id") || optind + 1 < argc) {
		json_decref(e);
		cli_errorf("usage: receipts entity add ID --name NAME [--kind K] [--alias A]...");
		return EXIT_USAGE;
	}
	/* adding never replaces: an existing id is an error */
	rcp_db *db = ctx->db;
	const char *id = json_string_value(json_object_get(e, "id"));
	json_t *old = id ? rcp_entity_json(db, id, NULL) : NULL;
	if (old) {
		cli_errorf("entity '%s' already exists; use 'entity alias' or import-registry to change it",
		           id);
		json_decref(old);
		json_decref(e);
		return 1;
	}
	int rc = import_one(ctx, e, "entity add");
	json_decref(e);
	return rc;
}

static int entity_alias(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"lang", required_argument, NULL, 'l'}, {"ambiguous", no_argument, NULL, 'a'},
		{"case-sensitive", no_argument, NULL, 'c'}, {"remove", no_argument, NULL, 'r'},
		{0},
	};
	const char *lang = NULL;
	int ambiguous = 0, cs = 0, rm = 0, c;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'l': lang = optarg; break;
		case 'a': ambiguous = 1; break;
		case 'c': cs = 1; break;
		case 'r': rm = 1; break;
		default:
			cli_usage(cli_find_command("entity"), stderr);
			return EXIT_USAGE;
		}
	}
	if (optind + 2 != argc) {
		cli_errorf("usage: receipts entity alias ID TEXT [--lang L] [--ambiguous]"
		           " [--case-sensitive] [--remove]");
		return EXIT_USAGE;
	}
	const char *id = argv[optind], *text = cli_arg_text(argv[optind + 1]);
	rcp_db *db = ctx->db;
	rcp_error err;
	rcp_error_clear(&err);
	json_t *e = rcp_entity_json(db, id, &err);
	if (!e) {
		cli_error(&err);
		return 1;
	}
	json_t *aliases = json_object_get(e, "aliases");
	size_t i;
	json_t *a;
	int found = 0;
	json_array_foreach(aliases, i, a) {
		if (!strcmp(json_string_value(json_object_get(a, "text")), text)) {
			found = 1;
			break;
		}
	}
	if (rm) {
		if (!found) {
			cli_errorf("entity '%s' has no alias '%s'", id, text);
			json_decref(e);
			return 1;
		}
		json_array_remove(aliases, i);
	} else {
		if (found)
			json_array_remove(aliases, i);
		json_t *na = json_pack("{s:s}", "text", text);
		if (lang)
			json_object_set_new(na, "lang", json_string(lang));
		if (cs)
			json_object_set_new(na, "case_sensitive", json_true());
		if (ambiguous)
			json_object_set_new(na, "ambiguous", json_true());
		json_array_append_new(aliases, na);
	}
	int rc = import_one(ctx, e, "entity alias");
	json_decref(e);
	return rc;
}

static int entity_merge(cli_ctx *ctx, int argc, char **argv)
{
	if (argc != 3) {
		cli_errorf("usage: receipts entity merge FROM INTO");
		return EXIT_USAGE;
	}
	rcp_db *db = ctx->db;
	rcp_error err;
	rcp_error_clear(&err);
	rcp_status st = rcp_entity_merge(db, argv[1], argv[2], &err);
	if (st != RCP_OK) {
		cli_error(&err);
		return 1;
	}
	printf("%s merged into %s\n", argv[1], argv[2]);
	return 0;
}

static int cand_row(const char *name, int64_t count, const char *example, int64_t source,
                    void *ctx)
{
	json_t *o = json_pack("{s:s, s:I, s:I, s:s}", "name", name, "count", (json_int_t)count,
	                      "source", (json_int_t)source, "sentence", example);
	cli_table_row(ctx, o);
	json_decref(o);
	return 0;
}

static int entity_candidates(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"min", required_argument, NULL, 'm'}, {0},
	};
	int fmt = ctx->format, c;
	long long min = 1;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c == 'm') {
			min = atoll(optarg);
			continue;
		}
		cli_errorf("usage: receipts entity candidates [--min N] [--format text|json|jsonl|csv]");
		return EXIT_USAGE;
	}
	rcp_db *db = ctx->db;
	static const char *const cols[] = {"name", "count", "source", "sentence", NULL};
	cli_table t;
	cli_table_begin(&t, (cli_format)fmt, cols, NULL);
	rcp_error err;
	rcp_error_clear(&err);
	rcp_status st = rcp_entity_candidates(db, min, cand_row, &t, &err);
	cli_table_end(&t);
	if (st != RCP_OK) {
		cli_error(&err);
		return 1;
	}
	return 0;
}

int cmd_entity(cli_ctx *ctx, int argc, char **argv)
{
	if (argc < 2) {
		cli_usage(cli_find_command("entity"), stderr);
		return EXIT_USAGE;
	}
	if (!strcmp(argv[1], "list"))
		return entity_list(ctx, argc - 1, argv + 1);
	if (!strcmp(argv[1], "show"))
		return entity_show(ctx, argc - 1, argv + 1);
	if (!strcmp(argv[1], "add"))
		return entity_add(ctx, argc - 1, argv + 1);
	if (!strcmp(argv[1], "alias"))
		return entity_alias(ctx, argc - 1, argv + 1);
	if (!strcmp(argv[1], "merge"))
		return entity_merge(ctx, argc - 1, argv + 1);
	if (!strcmp(argv[1], "candidates"))
		return entity_candidates(ctx, argc - 1, argv + 1);
	cli_errorf("unknown entity command '%s': use list, show, add, alias, merge or candidates",
	           argv[1]);
	return EXIT_USAGE;
}
