/*
 * bench_funds.c — the fund list as /funds asks for it, timed inside the
 * process: every fund sorted by exposure (what the page sorts by), and
 * the first page of 100. Prints one line per figure, the best of 20 runs.
 *   bench_funds DB
 */
#include <stdio.h>
#include <time.h>

#include "receipts.h"

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int count(json_t *fund, void *ctx)
{
	(void)fund;
	++*(long *)ctx;
	return 0;
}

static double best_of(rcp_db *db, const rcp_fund_filter *f, long *n)
{
	double best = 1e9;
	for (int i = 0; i < 20; i++) {
		rcp_error err;
		*n = 0;
		double t = now_ms();
		if (rcp_fund_each(db, f, count, n, &err) != RCP_OK) {
			fprintf(stderr, "bench_funds: %s\n", err.what);
			return -1;
		}
		t = now_ms() - t;
		best = t < best ? t : best;
	}
	return best;
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: bench_funds DB\n");
		return 2;
	}
	rcp_error err;
	rcp_db *db = rcp_db_open(argv[1], RCP_OPEN_EXISTING, &err);
	if (!db) {
		fprintf(stderr, "bench_funds: %s\n", err.what);
		return 1;
	}
	long n;
	rcp_fund_filter all = {.sort = "exposure", .desc = 1};
	double t = best_of(db, &all, &n);
	printf("funds sorted by exposure (library): %.1f ms for %ld funds\n", t, n);
	rcp_fund_filter page = {.sort = "exposure", .desc = 1, .limit = 100};
	t = best_of(db, &page, &n);
	printf("first 100 by exposure (library): %.1f ms\n", t);
	rcp_fund_filter rel = {.sort = "exposure", .relative = 1, .category = "military"};
	t = best_of(db, &rel, &n);
	printf("relative scale, military (library): %.1f ms for %ld funds\n", t, n);
	rcp_db_close(db);
	return 0;
}
