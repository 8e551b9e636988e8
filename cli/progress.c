/*
 * progress.c — a one-line progress report on stderr, only when stderr is
 * a terminal: done/total, documents per second, errors and an ETA; and
 * the clock it and `scan` time with.
 */
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

double cli_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void draw(cli_progress *p, int final)
{
	double el = cli_now() - p->start;
	double rate = el > 0 ? (double)p->done / el : 0;
	fprintf(stderr, "\r\033[K%lld", (long long)p->done);
	if (p->total > 0)
		fprintf(stderr, "/%lld", (long long)p->total);
	fprintf(stderr, " %s, %.1f/s, %lld error%s", p->unit, rate, (long long)p->errors,
	        p->errors == 1 ? "" : "s");
	if (!final && p->total > 0 && rate > 0) {
		long eta = (long)((double)(p->total - p->done) / rate);
		fprintf(stderr, ", ETA %ldm%02lds", eta / 60, eta % 60);
	}
	if (final)
		fprintf(stderr, " in %.1fs\n", el);
	fflush(stderr);
}

void cli_progress_begin(cli_progress *p, const char *unit, int64_t total)
{
	p->enabled = isatty(2);
	p->unit = unit;
	p->total = total;
	p->done = p->errors = 0;
	p->start = p->last = cli_now();
}

void cli_progress_step(cli_progress *p, int ok)
{
	p->done++;
	if (!ok)
		p->errors++;
	if (!p->enabled)
		return;
	double t = cli_now();
	if (t - p->last >= 0.2) {
		p->last = t;
		draw(p, 0);
	}
}

void cli_progress_end(cli_progress *p)
{
	if (p->enabled && p->done > 0)
		draw(p, 1);
}
