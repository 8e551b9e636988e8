/*
 * cmd_add.c — `receipts add`: store files as sources.
 */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
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

/* Directories already walked, by (device, inode): a link back up (two
 * of them make 2^depth paths) or a second argument naming a directory
 * again is walked once. An open-addressing set, grown at half full. */
typedef struct dir_set {
	struct dir_id {
		dev_t dev;
		ino_t ino;
		int used;
	} *slot;
	size_t n, cap;
} dir_set;

static size_t dir_hash(dev_t dev, ino_t ino, size_t cap)
{
	uint64_t x = (uint64_t)ino * 0x9E3779B97F4A7C15ull ^ (uint64_t)dev;
	x ^= x >> 29;
	return (size_t)(x & (cap - 1));
}

/* 1 when (dev, ino) was new and is now remembered, 0 when seen before. */
static int dir_set_add(dir_set *s, dev_t dev, ino_t ino)
{
	if ((s->n + 1) * 2 > s->cap) {
		dir_set g = {calloc(s->cap ? s->cap * 2 : 64, sizeof *g.slot), 0,
		             s->cap ? s->cap * 2 : 64};
		if (!g.slot) {
			cli_errorf("out of memory");
			abort();
		}
		for (size_t i = 0; i < s->cap; i++)
			if (s->slot[i].used)
				dir_set_add(&g, s->slot[i].dev, s->slot[i].ino);
		free(s->slot);
		*s = g;
	}
	size_t j = dir_hash(dev, ino, s->cap);
	for (; s->slot[j].used; j = (j + 1) & (s->cap - 1))
		if (s->slot[j].dev == dev && s->slot[j].ino == ino)
			return 0;
	s->slot[j] = (struct dir_id){dev, ino, 1};
	s->n++;
	return 1;
}

/* Files under a directory, sorted, hidden entries skipped; sb is the
 * directory's stat. A directory already walked is skipped with a notice. */
static int walk(const char *dir, const struct stat *sb, dir_set *seen, path_list *out,
                int depth)
{
	if (!dir_set_add(seen, sb->st_dev, sb->st_ino)) {
		cli_notice("'%s': a directory already walked (a link back?), skipped", dir);
		return 0;
	}
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
		struct stat st;
		if (stat(here.v[i], &st) == 0 && S_ISDIR(st.st_mode)) {
			if (walk(here.v[i], &st, seen, out, depth + 1) < 0)
				rc = -1;
		} else {
			push(out, here.v[i]);
		}
		free(here.v[i]);
	}
	free(here.v);
	return rc;
}

static int expand(const char *arg, dir_set *seen, path_list *out)
{
	struct stat sb;
	if (strcmp(arg, "-") && stat(arg, &sb) == 0 && S_ISDIR(sb.st_mode))
		return walk(arg, &sb, seen, out, 0);
	push(out, arg);
	return 0;
}

static int read_list(const char *path, dir_set *seen, path_list *out)
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
		if (n > 0 && expand(line, seen, out) < 0)
			rc = -1;
	}
	free(line);
	if (f != stdin)
		fclose(f);
	return rc;
}

/* Counters and settings shared by one `receipts add` run. */
typedef struct add_run {
	rcp_db *db;
	rcp_source_meta meta;
	size_t max;
	int quiet;
	int64_t added, existed, failed;
	const char *path;
	int stop;
} add_run;

/* Report one add; returns 1 when the store is in trouble and we should stop. */
static int report(add_run *a, rcp_status st, rcp_error *err, const rcp_add_result *res,
                  const char *label)
{
	if (st != RCP_OK) {
		if (!err->subject[0])
			snprintf(err->subject, sizeof err->subject, "%s", label);
		cli_error(err);
		a->failed++;
		return st == RCP_EBUSY || st == RCP_EDB || st == RCP_ECORRUPT;
	}
	char safe[4096];
	if (res->existed) {
		a->existed++;
		printf("already stored as %s %s\n", res->sha256, cli_printable(label, safe, sizeof safe));
		return 0;
	}
	a->added++;
	if (res->transcoded && strcmp(res->encoding, "utf-8"))
		cli_notice("'%s' transcoded from %s to UTF-8", label, res->encoding);
	else if (res->transcoded)
		cli_notice("'%s': byte-order mark removed", label);
	if (res->replaced)
		cli_notice("'%s': %d invalid sequence%s replaced with U+FFFD", label, res->replaced,
		           res->replaced == 1 ? "" : "s");
	if (res->warning[0]) {
		char safe_w[1024];
		fprintf(stderr, "receipts: warning: '%s': %s\n", cli_printable(label, safe, sizeof safe),
		        cli_printable(res->warning, safe_w, sizeof safe_w));
	}
	if (!a->quiet)
		printf("added %s %s\n", res->sha256, cli_printable(label, safe, sizeof safe));
	return 0;
}

static int add_csv_doc(const rcp_csv_doc *d, void *ctx)
{
	add_run *a = ctx;
	char label[1200], title[1200];
	if (d->key) {
		snprintf(label, sizeof label, "%s [%s]", a->path, d->key);
		snprintf(title, sizeof title, "%s", d->key);
	} else {
		snprintf(label, sizeof label, "%s #%lld", a->path, (long long)d->first_record);
		snprintf(title, sizeof title, "%s record %lld", a->path, (long long)d->first_record);
	}
	rcp_source_meta m = a->meta;
	if (!m.title)
		m.title = title;
	if (!m.kind)
		m.kind = "procurement";
	m.filename = a->path;
	rcp_error err;
	rcp_error_clear(&err);
	rcp_add_result res;
	rcp_status st = rcp_source_add(a->db, d->bytes, d->len, &m, a->max, &res, &err);
	if (report(a, st, &err, &res, label)) {
		a->stop = 1;
		return 1;
	}
	return 0;
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
		{"no-claims", no_argument, NULL, 'N'},
		{"csv-group-by", required_argument, NULL, 'G'},
		{"csv-text-columns", required_argument, NULL, 'C'},
		{"csv-whole", no_argument, NULL, 'W'},
		{0},
	};
	rcp_source_meta meta = {0};
	size_t max = RCP_DEFAULT_MAX_BYTES;
	int quiet = 0, c, csv_whole = 0;
	rcp_csv_options csv = {0};
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
		case 'N': meta.no_claims = 1; break;
		case 'G': csv.group_by = optarg; break;
		case 'C': meta.csv_text_columns = optarg; break;
		case 'W': csv_whole = 1; break;
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
	dir_set seen = {0};
	for (int i = optind; i < argc; i++)
		if (expand(argv[i], &seen, &paths) < 0)
			rc = 1;
	if (from && read_list(from, &seen, &paths) < 0)
		rc = 1;
	free(seen.slot);
	if (paths.n == 0) {
		if (rc)
			return rc;
		cli_errorf("nothing to add: give files, directories or - for stdin");
		return EXIT_USAGE;
	}
	if (paths.n > 1 && meta.title)
		cli_notice("--title applies to all %zu files", paths.n);

	rcp_db *db = cli_open_db(ctx, 0);
	if (!db) {
		for (size_t i = 0; i < paths.n; i++)
			free(paths.v[i]);
		free(paths.v);
		return 1;
	}
	int64_t mark = rcp_search_mark(db);
	cli_progress prog;
	cli_progress_begin(&prog, "files", (int64_t)paths.n);
	add_run run = {.db = db, .meta = meta, .max = max, .quiet = quiet};
	for (size_t i = 0; i < paths.n && !run.stop; i++) {
		const char *path = paths.v[i];
		rcp_error err;
		rcp_error_clear(&err);
		uint8_t *bytes = NULL;
		size_t len = 0;
		rcp_add_result res;
		rcp_status st = rcp_file_read(path, max, &bytes, &len, &err);
		if (prog.enabled)
			fputs("\r\033[K", stderr);
		if (st == RCP_OK && !csv_whole && rcp_csv_sniff(bytes, len)) {
			/* a CSV file: one source per record or group */
			int64_t before = run.failed;
			run.path = path;
			st = rcp_csv_split(bytes, len, &csv, add_csv_doc, &run, &err);
			if (st != RCP_OK) {
				if (!err.subject[0])
					snprintf(err.subject, sizeof err.subject, "%s", path);
				cli_error(&err);
				run.failed++;
			}
			free(bytes);
			if (run.failed != before)
				rc = 1;
			cli_progress_step(&prog, run.failed == before);
			continue;
		}
		if (st == RCP_OK) {
			meta.filename = path;
			run.meta.filename = path;
			st = rcp_source_add(db, bytes, len, &run.meta, max, &res, &err);
		}
		free(bytes);
		if (report(&run, st, &err, &res, path)) {
			rc = 1;
			break; /* the store itself is in trouble: stop here */
		}
		if (st != RCP_OK)
			rc = 1;
		cli_progress_step(&prog, st == RCP_OK);
	}
	if (run.stop)
		rc = 1;
	int64_t added = run.added, existed = run.existed, failed = run.failed;
	cli_progress_end(&prog);
	/* a bulk add leaves the search index in many segments: merge them
	 * now (rcp_search_merge). The sources are stored whatever happens
	 * here, and searches find them merged or not: a failure is said,
	 * not an add that failed */
	rcp_error merr;
	rcp_error_clear(&merr);
	if (added > 0 && rcp_search_merge(db, mark, &merr) != RCP_OK)
		cli_notice("the search index was not merged (searches are slower until it is): %s",
		           merr.why);
	if (paths.n > 1 || failed || added + existed > 1)
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

int cli_expand_files(char **args, int n, char ***files, size_t *nfiles)
{
	dir_set seen = {0};
	path_list out = {0};
	int rc = 0;
	for (int i = 0; i < n; i++)
		if (expand(args[i], &seen, &out) < 0)
			rc = -1;
	free(seen.slot);
	*files = out.v;
	*nfiles = out.n;
	return rc;
}
