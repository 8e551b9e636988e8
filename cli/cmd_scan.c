/*
 * cmd_scan.c — `receipts scan`, a streaming filter (stdin to stdout) that
 * prints one JSON line per mention, and `receipts compile-matcher`, which
 * writes the compiled registry for scan --matcher (e.g. to ship it to the
 * nodes of a Hadoop Streaming or Spark pipe job).
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

/* The matcher a command should use: --matcher FILE, --registry FILE, the
 * database when one was named (--db or $RECEIPTS_DB; a ./receipts.db that
 * merely exists is not used: an empty one would find nothing, silently),
 * else the built-in registry. Says which on stderr when that is a
 * terminal. */
rcp_matcher *cli_matcher(cli_ctx *ctx, const char *matcher_file, const char *registry,
                         int db_named)
{
	rcp_error err;
	rcp_error_clear(&err);
	rcp_matcher *m = NULL;
	const char *what;
	if (matcher_file) {
		m = rcp_matcher_load(matcher_file, &err);
		what = matcher_file;
	} else if (registry) {
		m = rcp_matcher_from_registry_file(registry, &err);
		what = registry;
	} else if (db_named && access(ctx->db_path, F_OK) != 0) {
		/* named but absent: said, not silent */
		cli_notice("no database at '%s': using the built-in registry", ctx->db_path);
		m = rcp_matcher_builtin(&err);
		what = "the built-in registry";
	} else if (db_named) {
		rcp_db *db = cli_open_db(ctx, RCP_OPEN_READONLY);
		if (!db)
			return NULL;
		m = rcp_matcher_from_db(db, &err);
		rcp_db_close(db);
		what = ctx->db_path;
	} else {
		m = rcp_matcher_builtin(&err);
		what = "the built-in registry";
	}
	if (!m) {
		cli_error(&err);
		return NULL;
	}
	if (isatty(2))
		cli_notice("organizations from %s: %zu entities, %zu names", what,
		           rcp_matcher_entity_count(m), rcp_matcher_alias_count(m));
	if (rcp_matcher_entity_count(m) == 0)
		cli_notice("%s holds no organizations: nothing will be found", what);
	return m;
}

/* An entity's id as a scan prints it, filled at its first mention: in a
 * text dense in mentions, the entity's record, its id's length and the
 * check that it needs no escape were each a cache miss or a loop per
 * mention; one slot of sixteen bytes is one miss. */
typedef struct scan_id {
	uint8_t len;   /* 0: not looked at yet; SCAN_ID_OTHER: printed the
	                * general way (long, or it needs an escape) */
	char id[15];
} scan_id;

#define SCAN_ID_OTHER 255

typedef struct scan_out {
	const rcp_matcher *m;
	const char *text;
	int64_t record;
	int64_t matches;  /* with --count, the records with a mention */
	/* one object for every line, its values set in place: building and
	 * freeing an object per match was most of the time spent printing */
	json_t *obj, *j_record, *j_entity, *j_start, *j_end, *j_text;
	scan_id *ids;     /* one per entity, calloc'd: pages of entities
	                   * never mentioned are never touched */
	rcp_match held;   /* the mention print_match() was last given */
	int holding;
	int64_t head_record; /* the record head[] is for, -1: none */
	size_t head_len;
	char head[RCP_SCAN_HEAD_MAX];
	/* lines that need no escape are formatted here (rcp_scan_line_parts())
	 * and written a buffer at a time: jansson and a stdio call per match
	 * were a tenth of a scan's time */
	size_t out_len;
	char out[1 << 20];
} scan_out;

/* Straight to the descriptor, a megabyte at a time: through stdio each
 * byte was copied once more. What stdio holds (a line jansson printed)
 * goes first. A failed write is given up, as fwrite's was. */
static void scan_out_flush(scan_out *o)
{
	size_t off = 0;
	if (o->out_len)
		fflush(stdout);
	while (off < o->out_len) {
		ssize_t k = write(STDOUT_FILENO, o->out + off, o->out_len - off);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			break;
		off += (size_t)k;
	}
	o->out_len = 0;
}

static void scan_out_init(scan_out *o)
{
	o->obj = json_object();
	json_object_set_new(o->obj, "record", o->j_record = json_integer(0));
	json_object_set_new(o->obj, "entity", o->j_entity = json_string(""));
	json_object_set_new(o->obj, "start", o->j_start = json_integer(0));
	json_object_set_new(o->obj, "end", o->j_end = json_integer(0));
	json_object_set_new(o->obj, "text", o->j_text = json_string(""));
}

/* The entity's slot, filled at its first mention. */
static const scan_id *scan_id_of(scan_out *o, uint32_t entity)
{
	scan_id *sid = &o->ids[entity];
	if (!sid->len) {
		rcp_matcher_entity e;
		rcp_matcher_get_entity(o->m, entity, &e);
		size_t n = strlen(e.id);
		if (n && n <= sizeof sid->id && rcp_scan_plain(e.id, n)) {
			memcpy(sid->id, e.id, n);
			sid->len = (uint8_t)n;
		} else {
			sid->len = SCAN_ID_OTHER;
		}
	}
	return sid;
}

/* A mention is printed at the next one (or at its record's end,
 * print_held()), its entity's slot fetched meanwhile: in a text dense in
 * mentions the slot was a cache miss that the scan's next word can hide. */
static void print_one(scan_out *o, const rcp_match *mt);

static int print_match(const rcp_match *mt, void *p)
{
	scan_out *o = p;
	o->matches++;
#if defined(__GNUC__)
	__builtin_prefetch(&o->ids[mt->entity]);
#endif
	if (o->holding)
		print_one(o, &o->held);
	o->held = *mt;
	o->holding = 1;
	return 0;
}

static void print_held(scan_out *o)
{
	if (o->holding)
		print_one(o, &o->held);
	o->holding = 0;
}

static void print_one(scan_out *o, const rcp_match *mt)
{
	const char *text = o->text + mt->start;
	size_t len = mt->end - mt->start, n = 0;
	if (sizeof o->out - o->out_len < 4096)
		scan_out_flush(o);
	if (o->head_record != o->record) { /* the record's first mention */
		o->head_len = rcp_scan_head(o->head, o->record);
		o->head_record = o->record;
	}
	const scan_id *sid = scan_id_of(o, mt->entity);
	if (sid->len != SCAN_ID_OTHER && o->head_len)
		n = rcp_scan_line_parts(o->out + o->out_len, sizeof o->out - o->out_len, o->head,
		                        o->head_len, sid->id, sid->len, mt->start, mt->end, text, len);
	if (n) {
		o->out_len += n;
		return;
	}
	rcp_matcher_entity e;
	rcp_matcher_get_entity(o->m, mt->entity, &e);
	n = rcp_scan_line(o->out + o->out_len, sizeof o->out - o->out_len, o->record, e.id,
	                  mt->start, mt->end, text, len);
	if (n) {
		o->out_len += n;
		return;
	}
	/* escapes, or a long match: jansson, after what is buffered */
	scan_out_flush(o);
	char buf[4096];
	json_integer_set(o->j_record, o->record);
	json_integer_set(o->j_start, (json_int_t)mt->start);
	json_integer_set(o->j_end, (json_int_t)mt->end);
	if (json_string_set(o->j_entity, e.id) == 0 && json_string_setn(o->j_text, text, len) == 0)
		n = json_dumpb(o->obj, buf, sizeof buf - 1, JSON_COMPACT | JSON_PRESERVE_ORDER);
	if (n && n < sizeof buf - 1) {
		buf[n++] = '\n';
		fwrite(buf, 1, n, stdout);
		return;
	}
	/* a long match, or text that is not UTF-8 (its "text" is left out) */
	json_t *j = json_object();
	json_object_set_new(j, "record", json_integer(o->record));
	json_object_set_new(j, "entity", json_string(e.id));
	json_object_set_new(j, "start", json_integer((json_int_t)mt->start));
	json_object_set_new(j, "end", json_integer((json_int_t)mt->end));
	json_object_set_new(j, "text", json_stringn(text, len));
	json_dumpf(j, stdout, JSON_COMPACT | JSON_PRESERVE_ORDER);
	fputc('\n', stdout);
	json_decref(j);
	return;
}

/* --count: a record's first mention counts it, and stops its scan */
static int count_match(const rcp_match *mt, void *p)
{
	(void)mt;
	scan_out *o = p;
	o->matches++;
	return 1;
}

int cmd_scan(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"csv-column", required_argument, NULL, 'c'},
		{"json-field", required_argument, NULL, 'j'},
		{"registry", required_argument, NULL, 'r'},
		{"matcher", required_argument, NULL, 'm'},
		{"max-record", required_argument, NULL, 'M'},
		{"count", no_argument, NULL, 'n'},
		{0},
	};
	rcp_records_mode mode = RCP_RECORDS_LINES;
	int column = 0, c, count = 0;
	const char *field = NULL, *registry = NULL, *matcher_file = NULL;
	size_t max = (size_t)16 << 20;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'c': {
			char *end;
			long v = strtol(optarg, &end, 10);
			if (*end || v < 1 || v > 100000) {
				cli_errorf("invalid column '%s': give a 1-based column number", optarg);
				return EXIT_USAGE;
			}
			mode = RCP_RECORDS_CSV;
			column = (int)v;
			break;
		}
		case 'j':
			mode = RCP_RECORDS_JSONL;
			field = optarg;
			break;
		case 'r': registry = optarg; break;
		case 'm': matcher_file = optarg; break;
		case 'n': count = 1; break;
		case 'M':
			if (!(max = cli_parse_size(optarg))) {
				cli_errorf("invalid size '%s'", optarg);
				return EXIT_USAGE;
			}
			break;
		default:
			cli_usage(cli_find_command("scan"), stderr);
			return EXIT_USAGE;
		}
	}
	if (column && field) {
		cli_errorf("--csv-column and --json-field exclude each other");
		return EXIT_USAGE;
	}
	if (argc - optind > 1) {
		cli_errorf("scan reads one FILE (or - for stdin)");
		return EXIT_USAGE;
	}
	const char *path = optind < argc ? argv[optind] : "-";
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	if (!f) {
		cli_errorf("cannot open '%s': %s", path, strerror(errno));
		return 1;
	}
	rcp_matcher *m = cli_matcher(ctx, matcher_file, registry, ctx->db_explicit);
	if (!m) {
		if (f != stdin)
			fclose(f);
		return 1;
	}
	struct stat sb;
	uint64_t total = (fstat(fileno(f), &sb) == 0 && S_ISREG(sb.st_mode)) ? (uint64_t)sb.st_size : 0;
	int progress = isatty(2);
	/* large stdio buffers: a read or write call per 4 KiB was a tenth of
	 * a scan's time */
	setvbuf(f, NULL, _IOFBF, (size_t)1 << 20);
	int interactive = isatty(1);
	if (!interactive)
		setvbuf(stdout, NULL, _IOFBF, (size_t)1 << 18);
	rcp_records *r = rcp_records_open(f, mode, column, field, max);
	scan_out *o = calloc(1, sizeof *o); /* the output buffer is 1 MiB */
	if (!o)
		abort();
	o->m = m;
	o->head_record = -1;
	o->ids = calloc(rcp_matcher_entity_count(m) + 1, sizeof *o->ids);
	if (!o->ids)
		abort();
	scan_out_init(o);
	double t0 = cli_now(), last = t0;
	int64_t bad = 0;
	const char *text;
	size_t len;
	int got;
	rcp_error err;
	rcp_error_clear(&err);
	while ((got = rcp_records_next(r, &text, &len, &o->record, &err)) != 0) {
		if (got < 0) {
			if (progress)
				fputs("\r\033[K", stderr);
			cli_error(&err);
			bad++;
			continue;
		}
		o->text = text;
		if (count) {
			rcp_matcher_scan(m, text, len, count_match, o);
		} else {
			rcp_matcher_scan(m, text, len, print_match, o);
			print_held(o);
			if (interactive)
				scan_out_flush(o); /* a record's lines as it is read */
		}
		if (progress && (o->record & 1023) == 0) {
			double t = cli_now();
			if (t - last >= 0.25) {
				last = t;
				double mb = (double)rcp_records_bytes(r) / 1e6, rate = mb / (t - t0);
				fprintf(stderr, "\r\033[K%.1f MB, %.1f MB/s, %lld records, %lld %s", mb, rate,
				        (long long)o->record, (long long)o->matches,
				        count ? "with a mention" : "matches");
				if (total && rate > 0)
					fprintf(stderr, ", ETA %.0fs",
					        ((double)total / 1e6 - mb) / rate);
			}
		}
	}
	if (progress)
		fprintf(stderr, "\r\033[K%.1f MB in %.1fs, %lld records, %lld %s, %lld errors\n",
		        (double)rcp_records_bytes(r) / 1e6, cli_now() - t0, (long long)o->record,
		        (long long)o->matches, count ? "with a mention" : "matches", (long long)bad);
	if (count)
		printf("%lld\n", (long long)o->matches);
	scan_out_flush(o);
	json_decref(o->obj);
	free(o->ids);
	free(o);
	rcp_records_free(r);
	rcp_matcher_free(m);
	if (f != stdin)
		fclose(f);
	return bad ? 1 : 0;
}

int cmd_compile_matcher(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"registry", required_argument, NULL, 'r'},
		{"output", required_argument, NULL, 'o'},
		{0},
	};
	const char *registry = NULL, *out = NULL;
	int c;
	while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
		switch (c) {
		case 'r': registry = optarg; break;
		case 'o': out = optarg; break;
		default:
			cli_usage(cli_find_command("compile-matcher"), stderr);
			return EXIT_USAGE;
		}
	}
	if (!out || optind < argc) {
		cli_errorf("usage: receipts compile-matcher [--registry FILE] -o FILE");
		return EXIT_USAGE;
	}
	double t0 = cli_now();
	rcp_matcher *m = cli_matcher(ctx, NULL, registry, ctx->db_explicit);
	if (!m)
		return 1;
	double t1 = cli_now();
	rcp_error err;
	rcp_error_clear(&err);
	rcp_status st = rcp_matcher_save(m, out, &err);
	if (st != RCP_OK) {
		cli_error(&err);
		rcp_matcher_free(m);
		return 1;
	}
	fprintf(stderr, "receipts: %zu entities, %zu aliases compiled in %.2fs into '%s'\n",
	        rcp_matcher_entity_count(m), rcp_matcher_alias_count(m), t1 - t0, out);
	rcp_matcher_free(m);
	return 0;
}
