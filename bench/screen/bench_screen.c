/*
 * bench_screen.c — screening speed: a holdings file against a registry of
 * companies given as JSON lines (bench/screen/gen.py writes both).
 *
 *   bench_screen REGISTRY.jsonl HOLDINGS.csv [RUNS]
 *
 * A child process builds the index from the registry and writes it to
 * REGISTRY.jsonl.names (the file a store keeps as <db>.names), screens
 * once with the index it built and exits; the parent maps the file, as a
 * CLI or server does, and screens with it. So the parent's peak RSS is
 * that of a screening with a mapped index, the child's that of a build.
 * The screen is run RUNS times (default 3) and the fastest is reported: the
 * machine is shared, the index is not.
 * Prints one line per figure: index build time and peak RSS, file size,
 * index load (map) time, screening time, holdings per second, matches,
 * peak RSS of the screening, whether every row's JSON is the same with the
 * built and the mapped index, and the ratio to yente's published
 * throughput (about 4 /match requests per second per vCPU with its
 * default logic), the peer. One thread.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <time.h>

#include "receipts.h"

#define YENTE_PER_SECOND 4.0

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* CPU seconds of this thread: what one core spent, whatever else the
 * machine runs (the wall clock of a shared machine says little). */
static double cpu_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double peak_rss_mib(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return (double)ru.ru_maxrss / 1024.0;
}

static size_t strings(json_t *arr, const char *prefix, const char **out, char **own, size_t max)
{
	size_t n = 0, i;
	json_t *v;
	json_array_foreach(arr, i, v) {
		if (n == max || !json_is_string(v))
			break;
		if (prefix) {
			size_t len = strlen(prefix) + json_string_length(v) + 1;
			own[n] = malloc(len);
			snprintf(own[n], len, "%s%s", prefix, json_string_value(v));
			out[n] = own[n];
		} else {
			own[n] = NULL;
			out[n] = json_string_value(v);
		}
		n++;
	}
	return n;
}

typedef struct tally {
	long long matched;
	char **expected;  /* id or "-" per row, from HOLDINGS.expected, may be NULL */
	long long nexpected;
	long long tp, pred, exp;
} tally;

static void count_match(const rcp_screen_row *r, void *ctx)
{
	tally *t = ctx;
	if (r->match->id)
		t->matched++;
	long long i = r->holding->row - 1;
	if (!t->expected || i < 0 || i >= t->nexpected)
		return;
	const char *want = strcmp(t->expected[i], "-") ? t->expected[i] : NULL;
	t->pred += r->match->id != NULL;
	t->exp += want != NULL;
	int ok = want ? r->match->id && !strcmp(want, r->match->id) : !r->match->id;
	t->tp += want && ok;
	/* BENCH_SHOW_ERRORS=1: name what went wrong, on stderr */
	if (!ok && getenv("BENCH_SHOW_ERRORS"))
		fprintf(stderr, "row %lld '%s' [%s]: want %s got %s (%s %.3f)\n",
		        (long long)r->holding->row, r->holding->name ? r->holding->name : "",
		        r->holding->ticker ? r->holding->ticker : "", want ? want : "-",
		        r->match->id ? r->match->id : "-", r->match->why, r->match->score);
}

/* HOLDINGS.expected, written by gen.py: one id or "-" a line. */
static char **read_expected(const char *holdings, long long *n)
{
	char path[4096];
	snprintf(path, sizeof path, "%s.expected", holdings);
	FILE *f = fopen(path, "r");
	*n = 0;
	if (!f)
		return NULL;
	char **v = NULL, *line = NULL;
	size_t cap = 0, vcap = 0;
	ssize_t len;
	while ((len = getline(&line, &cap, f)) > 0) {
		while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if ((size_t)*n == vcap) {
			vcap = vcap ? vcap * 2 : 1024;
			v = realloc(v, vcap * sizeof *v);
		}
		v[(*n)++] = strdup(line);
	}
	free(line);
	fclose(f);
	return v;
}

/* A digest of every row's JSON, in order: two screenings agree when
 * their digests do. */
static void digest_row(const rcp_screen_row *r, void *ctx)
{
	uint64_t *h = ctx;
	json_t *o = rcp_screen_row_json(r);
	char *js = json_dumps(o, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(o);
	for (const char *p = js; *p; p++)
		*h = (*h ^ (unsigned char)*p) * 1099511628211ull;
	*h = (*h ^ '\n') * 1099511628211ull;
	free(js);
}

static uint64_t screen_digest(const rcp_name_index *m, const char *holdings)
{
	uint64_t h = 1469598103934665603ull;
	json_t *rep = NULL;
	rcp_error err;
	if (rcp_screen_file(NULL, m, holdings, digest_row, &h, &rep, &err) != RCP_OK)
		return 0;
	char *js = json_dumps(rep, JSON_COMPACT | JSON_SORT_KEYS);
	for (const char *p = js; *p; p++)
		h = (h ^ (unsigned char)*p) * 1099511628211ull;
	free(js);
	json_decref(rep);
	return h;
}

/* The child: build from the registry, write the file, screen once.
 * Writes build seconds and the digest to fd. */
static int build_child(const char *registry, const char *holdings, const char *out, int fd)
{
	FILE *f = fopen(registry, "r");
	if (!f) {
		perror(registry);
		return 1;
	}
	double t0 = now(), c0 = cpu_now();
	rcp_name_index *m = rcp_name_index_new();
	char *line = NULL;
	size_t cap = 0;
	rcp_error err;
	while (getline(&line, &cap, f) > 0) {
		json_t *o = json_loads(line, 0, NULL);
		if (!o)
			continue;
		const char *al[16], *ids[16];
		char *own_a[16], *own_i[16];
		rcp_name_entity e = {0};
		e.id = json_string_value(json_object_get(o, "id"));
		e.name = json_string_value(json_object_get(o, "name"));
		e.kind = json_string_value(json_object_get(o, "kind"));
		e.naliases = strings(json_object_get(o, "aliases"), NULL, al, own_a, 16);
		e.aliases = al;
		size_t ni = strings(json_object_get(o, "isin"), "isin:", ids, own_i, 8);
		ni += strings(json_object_get(o, "tickers"), "ticker:", ids + ni, own_i + ni, 8);
		e.identifiers = ids;
		e.nidentifiers = ni;
		size_t i;
		json_t *c;
		json_array_foreach(json_object_get(o, "categories"), i, c)
			e.categories |= rcp_category_parse(json_string_value(c));
		if (e.id && e.name && rcp_name_index_add(m, &e, &err) != RCP_OK) {
			char msg[1200];
			rcp_error_format(&err, msg, sizeof msg);
			fprintf(stderr, "bench_screen: %s\n", msg);
		}
		for (size_t k = 0; k < ni; k++)
			free(own_i[k]);
		json_decref(o);
	}
	free(line);
	fclose(f);
	rcp_name_index_build(m);
	double t1 = now(), c1 = cpu_now();
	if (rcp_name_index_save(m, "bench", out, &err) != RCP_OK) {
		char msg[1200];
		rcp_error_format(&err, msg, sizeof msg);
		fprintf(stderr, "bench_screen: %s\n", msg);
		return 1;
	}
	double t2 = now();
	uint64_t d = screen_digest(m, holdings);
	double res[3] = {t1 - t0, t2 - t1, c1 - c0};
	if (write(fd, res, sizeof res) != sizeof res || write(fd, &d, sizeof d) != sizeof d)
		return 1;
	rcp_name_index_free(m);
	return 0;
}

static int screen_mapped(const char *out, const char *holdings_path, int runs,
                         uint64_t built_digest, int compare);

int main(int argc, char **argv)
{
	if (argc != 3 && argc != 4) {
		fprintf(stderr, "usage: bench_screen REGISTRY.jsonl HOLDINGS.csv [RUNS]\n");
		return 2;
	}
	char out[4096];
	snprintf(out, sizeof out, "%s.names", argv[1]);
	int fds[2];
	if (pipe(fds) != 0) {
		perror("pipe");
		return 1;
	}
	fflush(stdout);
	/* BENCH_REUSE=1: the file of an earlier run, no build (and so no
	 * comparison with the built index) */
	struct stat sb;
	if (getenv("BENCH_REUSE") && stat(out, &sb) == 0)
		return screen_mapped(out, argv[2], argc == 4 ? atoi(argv[3]) : 3, 0, 0);
	pid_t pid = fork();
	if (pid == 0) {
		close(fds[0]);
		_exit(build_child(argv[1], argv[2], out, fds[1]));
	}
	close(fds[1]);
	double res[3];
	uint64_t built_digest;
	int status;
	int got = read(fds[0], res, sizeof res) == sizeof res &&
	          read(fds[0], &built_digest, sizeof built_digest) == sizeof built_digest;
	close(fds[0]);
	waitpid(pid, &status, 0);
	if (!got || !WIFEXITED(status) || WEXITSTATUS(status)) {
		fprintf(stderr, "bench_screen: the build failed\n");
		return 1;
	}
	struct rusage child;
	getrusage(RUSAGE_CHILDREN, &child);
	printf("index build: %.2f s (%.2f s CPU), written in %.2f s, peak RSS %.0f MiB\n", res[0],
	       res[2], res[1], (double)child.ru_maxrss / 1024.0);
	return screen_mapped(out, argv[2], argc == 4 ? atoi(argv[3]) : 3, built_digest, 1);
}

/* The parent: map the file, screen with it. */
static int screen_mapped(const char *out, const char *holdings_path, int runs,
                         uint64_t built_digest, int compare)
{
	struct stat sb;
	stat(out, &sb);
	printf("index file: %.0f MiB\n", (double)sb.st_size / 1048576.0);

	double t0 = now(), c0 = cpu_now();
	rcp_error err;
	rcp_name_index *m = rcp_name_index_map(out, NULL, &err);
	double t1 = now(), c1 = cpu_now();
	if (!m) {
		char msg[1200];
		rcp_error_format(&err, msg, sizeof msg);
		fprintf(stderr, "bench_screen: %s\n", msg);
		return 1;
	}
	printf("registry companies: %zu\n", rcp_name_index_size(m));
	printf("index load: %.1f ms (%.1f ms CPU)\n", (t1 - t0) * 1000.0, (c1 - c0) * 1000.0);

	if (runs < 1)
		runs = 1;
	json_t *rep = NULL;
	double secs = 1e9, cpu = 1e9;
	tally t = {0};
	t.expected = read_expected(holdings_path, &t.nexpected);
	for (int k = 0; k < runs; k++) {
		json_decref(rep);
		rep = NULL;
		tally fresh = {0, t.expected, t.nexpected, 0, 0, 0};
		t = fresh;
		double t2 = now(), c2 = cpu_now();
		rcp_status st = rcp_screen_file(NULL, m, holdings_path, count_match, &t, &rep, &err);
		double t3 = now(), c3 = cpu_now();
		if (c3 - c2 < cpu)
			cpu = c3 - c2;
		if (st != RCP_OK) {
			char msg[1200];
			rcp_error_format(&err, msg, sizeof msg);
			fprintf(stderr, "bench_screen: %s\n", msg);
			return 1;
		}
		if (t3 - t2 < secs)
			secs = t3 - t2;
	}
	long long matched = t.matched;
	long long holdings = json_integer_value(json_object_get(rep, "holdings"));
	double rate = holdings / secs;
	printf("screen %lld holdings: %.3f s (fastest of %d)\n", holdings, secs, runs);
	printf("holdings/s: %.0f\n", rate);
	printf("holdings per CPU second: %.0f\n", holdings / cpu);
	printf("holdings matched: %lld (%.1f%%)\n", matched, 100.0 * (double)matched / (double)holdings);
	if (t.expected) {
		printf("precision on generated holdings: %.4f (%lld/%lld)\n",
		       t.pred ? (double)t.tp / (double)t.pred : 1.0, t.tp, t.pred);
		printf("recall on generated holdings: %.4f (%lld/%lld)\n",
		       t.exp ? (double)t.tp / (double)t.exp : 1.0, t.tp, t.exp);
		for (long long i = 0; i < t.nexpected; i++)
			free(t.expected[i]);
		free(t.expected);
	}
	printf("flagged companies: %zu\n", json_array_size(json_object_get(rep, "flagged")));
	printf("peak RSS of the screening (mapped index): %.0f MiB\n", peak_rss_mib());
	uint64_t mapped_digest = screen_digest(m, holdings_path);
	if (compare)
		printf("rows and report identical, built and mapped index: %s\n",
		       mapped_digest == built_digest && built_digest ? "yes" : "NO");
	printf("vs yente /match (%.0f req/s per vCPU): %.0fx\n", YENTE_PER_SECOND,
	       rate / YENTE_PER_SECOND);
	json_decref(rep);
	rcp_name_index_free(m);
	return !compare || mapped_digest == built_digest ? 0 : 1;
}
