/*
 * cmd_registry.c — `receipts import-registry` and `receipts entity`.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cmd_import_registry(cli_ctx *ctx, int argc, char **argv)
{
	if (argc != 2 || (argv[1][0] == '-' && argv[1][1])) {
		cli_usage(cli_find_command("import-registry"), stderr);
		return EXIT_USAGE;
	}
	rcp_db *db = cli_open_db(ctx, 0);
	if (!db)
		return 1;
	rcp_error err;
	rcp_error_clear(&err);
	rcp_import_report r;
	rcp_status st = rcp_registry_import(db, argv[1], &r, &err);
	rcp_db_close(db);
	if (st != RCP_OK) {
		cli_error(&err);
		cli_errorf("nothing was imported from '%s'", argv[1]);
		return 1;
	}
	if (r.unknown_fields)
		cli_notice("ignored %lld unknown field%s, first '%s' on line %lld",
		           (long long)r.unknown_fields, r.unknown_fields == 1 ? "" : "s",
		           r.unknown_field, (long long)r.unknown_line);
	printf("%s: %lld entities: %lld created, %lld updated, %lld unchanged\n", argv[1],
	       (long long)r.lines, (long long)r.created, (long long)r.updated,
	       (long long)r.unchanged);
	return 0;
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
		{"format", required_argument, NULL, 'f'},
		{0},
	};
	rcp_entity_filter f = {0};
	int fmt = FMT_TEXT, c;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'k': f.kind = optarg; break;
		case 'c': f.category = optarg; break;
		case 'C': f.country = optarg; break;
		case 'f':
			if ((fmt = cli_format_parse(optarg, 0xF)) < 0) {
				cli_errorf("invalid format '%s': use text, json, jsonl or csv", optarg);
				return EXIT_USAGE;
			}
			break;
		default:
			cli_usage(cli_find_command("entity"), stderr);
			return EXIT_USAGE;
		}
	}
	if (optind < argc) {
		cli_errorf("unexpected argument '%s'", argv[optind]);
		return EXIT_USAGE;
	}
	rcp_db *db = cli_open_db(ctx, 0);
	if (!db)
		return 1;
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
	rcp_db_close(db);
	if (st != RCP_OK) {
		cli_error(&err);
		return 1;
	}
	return 0;
}

static int entity_show(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"format", required_argument, NULL, 'f'},
		{0},
	};
	int fmt = FMT_TEXT, c;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c == 'f' && (fmt = cli_format_parse(optarg, 1u << FMT_TEXT | 1u << FMT_JSON)) >= 0)
			continue;
		cli_errorf("usage: receipts entity show ID [--format text|json]");
		return EXIT_USAGE;
	}
	if (optind + 1 != argc) {
		cli_errorf("usage: receipts entity show ID [--format text|json]");
		return EXIT_USAGE;
	}
	rcp_db *db = cli_open_db(ctx, 0);
	if (!db)
		return 1;
	rcp_error err;
	rcp_error_clear(&err);
	json_t *e = rcp_entity_json(db, argv[optind], &err);
	rcp_db_close(db);
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
	cli_errorf("unknown entity command '%s': use list or show", argv[1]);
	return EXIT_USAGE;
}
