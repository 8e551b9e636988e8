/*
 * cmd_extract.c — `receipts extract`: organizations, money, dates and
 * candidate claims from files, without a database.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cmd_extract(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"registry", required_argument, NULL, 'r'},
		{"matcher", required_argument, NULL, 'm'},
		{"lang", required_argument, NULL, 'l'},
		/* hidden: candidate pairs' features for scripts/train-pairs.py */
		{"pair-features", required_argument, NULL, 'P'},
		{0},
	};
	int fmt = ctx->format, c;
	const char *registry = NULL, *matcher_file = NULL, *lang = NULL, *pairs_file = NULL;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'r': registry = optarg; break;
		case 'm': matcher_file = optarg; break;
		case 'l': lang = optarg; break;
		case 'P': pairs_file = optarg; break;
		default:
			cli_usage(cli_find_command("extract"), stderr);
			return EXIT_USAGE;
		}
	}
	if (optind >= argc) {
		cli_errorf("extract needs files (or - for stdin)");
		return EXIT_USAGE;
	}
	/* no database unless one is named: the built-in registry by default */
	rcp_matcher *m = cli_matcher(ctx, matcher_file, registry, ctx->db_explicit);
	if (!m)
		return 1;
	rcp_error err;
	rcp_error_clear(&err);
	rcp_extractor *x = rcp_extractor_new(m, &err);
	int rc = 0;
	FILE *pairs = NULL;
	if (pairs_file && !(pairs = fopen(pairs_file, "w"))) {
		cli_errorf("extract: cannot write %s", pairs_file);
		rcp_extractor_free(x);
		rcp_matcher_free(m);
		return 1;
	}
	rcp_extract_pair_features(pairs);
	for (int i = optind; i < argc; i++) {
		uint8_t *bytes = NULL;
		size_t len = 0;
		rcp_text t;
		memset(&t, 0, sizeof t);
		rcp_error_clear(&err);
		if (rcp_file_read(argv[i], 0, &bytes, &len, &err) != RCP_OK ||
		    rcp_text_extract(bytes, len, argv[i], &t, &err) != RCP_OK) {
			if (!err.subject[0])
				snprintf(err.subject, sizeof err.subject, "%s", argv[i]);
			cli_error(&err);
			free(bytes);
			rc = 1;
			continue;
		}
		rcp_extract_opts o = {lang ? lang : t.lang, t.published ? atoi(t.published) : 0};
		if (pairs)
			fprintf(pairs, "F\t%s\n", argv[i]);
		size_t n;
		char *line = fmt == FMT_JSON ? NULL : rcp_extract_jsonl(x, cli_arg_text(argv[i]), t.text, t.len, &o, &n);
		if (line) { /* the common case: text straight from the extraction */
			fwrite(line, 1, n, stdout);
			fputc('\n', stdout);
			free(line);
			rcp_text_release(&t);
			free(bytes);
			continue;
		}
		json_t *j = rcp_extract_json(x, t.text, t.len, &o);
		json_t *out = json_object();
		json_object_set_new(out, "file", cli_json_text(argv[i]));
		json_object_update(out, j);
		json_decref(j);
		cli_json_print(out, fmt == FMT_JSON);
		json_decref(out);
		rcp_text_release(&t);
		free(bytes);
	}
	if (pairs) {
		rcp_extract_pair_features(NULL);
		fclose(pairs);
	}
	rcp_extractor_free(x);
	rcp_matcher_free(m);
	return rc;
}
