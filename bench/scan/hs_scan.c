/*
 * hs_scan.c — the Hyperscan (or Vectorscan) peer of bench/scan: a literal
 * set, caseless, with word boundaries checked in the match callback;
 * counts the lines of FILE holding at least one alias.
 *
 *   cc -O2 -o hs_scan bench/scan/hs_scan.c $(pkg-config --cflags --libs libhs)
 *   hs_scan ALIASES FILE [RUNS [DBFILE [all]]]
 *
 * By default a line's scan stops at its first match, as grep -c and
 * receipts scan --count do. With "all" every match is found and counted
 * (matches=), the work receipts scan does when it prints every mention;
 * Hyperscan reports overlapping matches too, so it counts more.
 *
 * ALIASES has one literal a line. Prints key=value lines (times are CPU
 * seconds of this process): compile time
 * (or, when DBFILE exists, the time to load that serialized database;
 * a compiled database is saved there), database size, the median of RUNS
 * scans (the file is mapped and read once before them), lines, lines
 * matched, peak RSS.
 *
 * Hyperscan's caseless mode folds ASCII letters only, and it knows nothing
 * of diacritics: "SOCIÉTÉ" does not match "Société", nor "Societe".
 * A word character is an ASCII letter, digit or underscore, or any byte of
 * a multi-byte UTF-8 sequence (the bench corpus has non-ASCII letters only),
 * as rg -w sees them there (grep -w in the C locale takes those bytes for
 * non-word characters, and so matches "zau Steel" inside "Tázau Steel").
 */
#include <fcntl.h>
#include <hs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts); /* CPU time: the machine may be shared */
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || c >= 0x80;
}

typedef struct ctx {
	const unsigned char *line;
	size_t len;
	const size_t *lens;
	int hit, all;
	size_t matches;
} ctx;

static int on_match(unsigned id, unsigned long long from, unsigned long long to,
                    unsigned flags, void *p)
{
	(void)from;
	(void)flags;
	ctx *c = p;
	size_t start = (size_t)to - c->lens[id];
	if (start > 0 && word_byte(c->line[start - 1]))
		return 0;
	if (to < c->len && word_byte(c->line[to]))
		return 0;
	c->hit = 1;
	c->matches++;
	return !c->all; /* counting lines: one is enough, stop */
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: hs_scan ALIASES FILE [RUNS]\n");
		return 2;
	}
	int runs = argc > 3 ? atoi(argv[3]) : 3;
	if (runs < 1)
		runs = 1;
	FILE *af = fopen(argv[1], "rb");
	if (!af) {
		perror(argv[1]);
		return 1;
	}
	size_t n = 0, cap = 1024;
	char **lits = malloc(cap * sizeof *lits);
	size_t *lens = malloc(cap * sizeof *lens);
	char *ln = NULL;
	size_t lcap = 0;
	ssize_t got;
	while ((got = getline(&ln, &lcap, af)) > 0) {
		while (got > 0 && (ln[got - 1] == '\n' || ln[got - 1] == '\r'))
			got--;
		if (!got)
			continue;
		if (n == cap) {
			cap *= 2;
			lits = realloc(lits, cap * sizeof *lits);
			lens = realloc(lens, cap * sizeof *lens);
		}
		lits[n] = malloc((size_t)got);
		memcpy(lits[n], ln, (size_t)got);
		lens[n] = (size_t)got;
		n++;
	}
	free(ln);
	fclose(af);
	unsigned *flags = malloc(n * sizeof *flags), *ids = malloc(n * sizeof *ids);
	for (size_t i = 0; i < n; i++) {
		flags[i] = HS_FLAG_CASELESS;
		ids[i] = (unsigned)i;
	}
	hs_database_t *db = NULL;
	hs_compile_error_t *cerr = NULL;
	const char *dbfile = argc > 4 && *argv[4] ? argv[4] : NULL;
	int all = argc > 5 && !strcmp(argv[5], "all");
	const char *what = "compile_s";
	double t0 = now();
	FILE *dbf = dbfile ? fopen(dbfile, "rb") : NULL;
	if (dbf) {
		struct stat ds;
		fstat(fileno(dbf), &ds);
		char *bytes = malloc((size_t)ds.st_size);
		if (fread(bytes, 1, (size_t)ds.st_size, dbf) != (size_t)ds.st_size ||
		    hs_deserialize_database(bytes, (size_t)ds.st_size, &db) != HS_SUCCESS) {
			fprintf(stderr, "hs_scan: cannot load '%s'\n", dbfile);
			return 1;
		}
		free(bytes);
		fclose(dbf);
		what = "load_s";
	} else {
		if (hs_compile_lit_multi((const char *const *)lits, flags, ids, lens, (unsigned)n,
		                         HS_MODE_BLOCK, NULL, &db, &cerr) != HS_SUCCESS) {
			fprintf(stderr, "hs_scan: compile: %s\n", cerr ? cerr->message : "?");
			return 1;
		}
	}
	double compile = now() - t0;
	if (dbfile && !dbf) {
		char *bytes = NULL;
		size_t len = 0;
		FILE *o = fopen(dbfile, "wb");
		if (hs_serialize_database(db, &bytes, &len) != HS_SUCCESS || !o ||
		    fwrite(bytes, 1, len, o) != len || fclose(o)) {
			fprintf(stderr, "hs_scan: cannot save '%s'\n", dbfile);
			return 1;
		}
		free(bytes);
	}
	size_t dbsize = 0;
	hs_database_size(db, &dbsize);
	hs_scratch_t *scratch = NULL;
	if (hs_alloc_scratch(db, &scratch) != HS_SUCCESS) {
		fprintf(stderr, "hs_scan: cannot allocate scratch\n");
		return 1;
	}

	int fd = open(argv[2], O_RDONLY);
	struct stat sb;
	if (fd < 0 || fstat(fd, &sb)) {
		perror(argv[2]);
		return 1;
	}
	size_t size = (size_t)sb.st_size;
	const unsigned char *text = size ? mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0) : NULL;
	if (size && text == MAP_FAILED) {
		perror(argv[2]);
		return 1;
	}
	volatile unsigned sum = 0;
	for (size_t i = 0; i < size; i += 4096)
		sum += text[i]; /* fault the pages in before timing */

	double *times = malloc((size_t)runs * sizeof *times);
	size_t lines = 0, matched = 0, matches = 0;
	for (int r = 0; r < runs; r++) {
		lines = matched = matches = 0;
		double t = now();
		size_t pos = 0;
		while (pos < size) {
			const unsigned char *nl = memchr(text + pos, '\n', size - pos);
			size_t end = nl ? (size_t)(nl - text) : size;
			ctx c = {text + pos, end - pos, lens, 0, all, 0};
			hs_error_t e = hs_scan(db, (const char *)text + pos, (unsigned)(end - pos), 0,
			                       scratch, on_match, &c);
			if (e != HS_SUCCESS && e != HS_SCAN_TERMINATED) {
				fprintf(stderr, "hs_scan: scan error %d\n", e);
				return 1;
			}
			lines++;
			matched += (size_t)c.hit;
			matches += c.matches;
			pos = end + 1;
		}
		times[r] = now() - t;
	}
	qsort(times, (size_t)runs, sizeof *times, cmp_double);
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	printf("literals=%zu\n%s=%.3f\ndb_bytes=%zu\nscan_s=%.4f\nbytes=%zu\n"
	       "lines=%zu\nmatched=%zu\nmatches=%zu\npeak_rss_kb=%ld\n",
	       n, what, compile, dbsize, times[runs / 2], size, lines, matched, matches, ru.ru_maxrss);
	hs_free_scratch(scratch);
	hs_free_database(db);
	return 0;
}
