/*
 * cmd_add.c — `receipts add`: store files as sources.
 */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

typedef struct path_list {
	char **v;
	size_t n, cap;
} path_list;

static void push(path_list *l, const char *p)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->v = realloc(l->v, l->cap * sizeof *l->v);
		if (!l->v) {
			cli_errorf("out of memory");
			abort();
		}
	}
	l->v[l->n++] = strdup(p);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Files under a directory, sorted, hidden entries skipped. */
static int walk(const char *dir, path_list *out, int depth)
{
	if (depth > 64) {
		cli_errorf("cannot read '%s': directories nested too deep", dir);
		return -1;
	}
	DIR *d = opendir(dir);
	if (!d) {
		cli_errorf("cannot read directory '%s': %s", dir, strerror(errno));
		return -1;
	}
	path_list here = {0};
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		size_t n = strlen(dir) + strlen(e->d_name) + 2;
		char *p = malloc(n);
		snprintf(p, n, "%s/%s", dir, e->d_name);
		push(&here, p);
		free(p);
	}
	closedir(d);
	qsort(here.v, here.n, sizeof *here.v, cmp_str);
	int rc = 0;
	for (size_t i = 0; i < here.n; i++) {
		struct stat sb;
		if (stat(here.v[i], &sb) == 0 && S_ISDIR(sb.st_mode)) {
			if (walk(here.v[i], out, depth + 1) < 0)
				rc = -1;
		} else {
			push(out, here.v[i]);
		}
		free(here.v[i]);
	}
	free(here.v);
	return rc;
}

static int expand(const char *arg, path_list *out)
{
	struct stat sb;
	if (strcmp(arg, "-") && stat(arg, &sb) == 0 && S_ISDIR(sb.st_mode))
		return walk(arg, out, 0);
	push(out, arg);
	return 0;
}

static int read_list(const char *path, path_list *out)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "r") : stdin;
	if (!f) {
		cli_errorf("cannot open '%s': %s", path, strerror(errno));
		return -1;
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	int rc = 0;
	while ((n = getline(&line, &cap, f)) >= 0) {
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		if (n > 0 && expand(line, out) < 0)
			rc = -1;
	}
	free(line);
	if (f != stdin)
		fclose(f);
	return rc;
}

int cmd_add(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"kind", required_argument, NULL, 'k'},
		{"title", required_argument, NULL, 't'},
		{"url", required_argument, NULL, 'u'},
		{"publisher", required_argument, NULL, 'p'},
		{"published", required_argument, NULL, 'd'},
		{"lang", required_argument, NULL, 'l'},
		{"from", required_argument, NULL, 'f'},
		{"max-size", required_argument, NULL, 'm'},
		{"quiet", no_argument, NULL, 'q'},
		{0},
	};
	rcp_source_meta meta = {0};
	size_t max = RCP_DEFAULT_MAX_BYTES;
	int quiet = 0, c;
	path_list paths = {0};
	const char *from = NULL;
	while ((c = getopt_long(argc, argv, "q", opts, NULL)) != -1) {
		switch (c) {
		case 'k': meta.kind = optarg; break;
		case 't': meta.title = optarg; break;
		case 'u': meta.url = optarg; break;
		case 'p': meta.publisher = optarg; break;
		case 'd': meta.published = optarg; break;
		case 'l': meta.lang = optarg; break;
		case 'f': from = optarg; break;
		case 'q': quiet = 1; break;
		case 'm':
			if (!(max = cli_parse_size(optarg))) {
				cli_errorf("invalid size '%s': use a number with an optional K, M or G", optarg);
				return EXIT_USAGE;
			}
			break;
		default:
			cli_usage(cli_find_command("add"), stderr);
			return EXIT_USAGE;
		}
	}
	int rc = 0;
	for (int i = optind; i < argc; i++)
		if (expand(argv[i], &paths) < 0)
			rc = 1;
	if (from && read_list(from, &paths) < 0)
		rc = 1;
	if (paths.n == 0) {
		if (rc)
			return rc;
		cli_errorf("nothing to add: give files, directories or - for stdin");
		return EXIT_USAGE;
	}
	if (paths.n > 1 && meta.title)
		cli_notice("--title applies to all %zu files", paths.n);

	rcp_db *db = cli_open_db(ctx, 0);
	if (!db)
		return 1;
	cli_progress prog;
	cli_progress_begin(&prog, "files", (int64_t)paths.n);
	int64_t added = 0, existed = 0, failed = 0;
	for (size_t i = 0; i < paths.n; i++) {
		const char *path = paths.v[i];
		rcp_error err;
		rcp_error_clear(&err);
		uint8_t *bytes = NULL;
		size_t len = 0;
		rcp_add_result res;
		rcp_status st = rcp_file_read(path, max, &bytes, &len, &err);
		if (st == RCP_OK) {
			meta.filename = path;
			st = rcp_source_add(db, bytes, len, &meta, max, &res, &err);
		}
		free(bytes);
		if (prog.enabled)
			fputs("\r\033[K", stderr);
		if (st != RCP_OK) {
			if (!err.subject[0])
				snprintf(err.subject, sizeof err.subject, "%s", path);
			cli_error(&err);
			failed++;
			rc = 1;
			if (st == RCP_EBUSY || st == RCP_EDB || st == RCP_ECORRUPT)
				break; /* the store itself is in trouble: stop here */
		} else if (res.existed) {
			existed++;
			printf("already stored as %s %s\n", res.sha256, path);
		} else {
			added++;
			if (res.transcoded && strcmp(res.encoding, "utf-8"))
				cli_notice("'%s' transcoded from %s to UTF-8", path, res.encoding);
			else if (res.transcoded)
				cli_notice("'%s': byte-order mark removed", path);
			if (res.replaced)
				cli_notice("'%s': %d invalid sequence%s replaced with U+FFFD", path,
				           res.replaced, res.replaced == 1 ? "" : "s");
			if (!quiet)
				printf("added %s %s\n", res.sha256, path);
		}
		cli_progress_step(&prog, st == RCP_OK);
	}
	cli_progress_end(&prog);
	if (paths.n > 1 || failed)
		fprintf(stderr, "receipts: %lld added, %lld already stored, %lld failed\n",
		        (long long)added, (long long)existed, (long long)failed);
	for (size_t i = 0; i < paths.n; i++)
		free(paths.v[i]);
	free(paths.v);
	rcp_db_close(db);
	return rc;
}

int cmd_init(cli_ctx *ctx, int argc, char **argv)
{
	if (argc > 1) {
		cli_usage(cli_find_command("init"), stderr);
		return EXIT_USAGE;
	}
	rcp_db *db = cli_open_db(ctx, 0);
	if (!db)
		return 1;
	printf("%s: schema version %d, %lld sources, %lld entities\n", ctx->db_path,
	       rcp_db_schema_version(db), (long long)rcp_source_count(db),
	       (long long)rcp_entity_count(db));
	rcp_db_close(db);
	return 0;
}
