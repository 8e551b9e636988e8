#include "internal.h"
#include "test.h"

typedef struct out {
	const char *text;
	char buf[1024];
} out;

static void fmt(char *b, size_t cap, int y, int m, int d)
{
	if (d)
		snprintf(b, cap, "%04d-%02d-%02d", y, m, d);
	else if (m)
		snprintf(b, cap, "%04d-%02d", y, m);
	else
		snprintf(b, cap, "%04d", y);
}

static int add(const rcp_date *d, void *p)
{
	out *o = p;
	size_t n = strlen(o->buf);
	char a[16], b[16] = "";
	fmt(a, sizeof a, d->year, d->month, d->day);
	if (d->year2)
		fmt(b, sizeof b, d->year2, d->month2, d->day2);
	snprintf(o->buf + n, sizeof o->buf - n, "%s%.*s=%s%s%s", n ? " ; " : "",
	         (int)(d->end - d->start), o->text + d->start, a, d->year2 ? ".." : "", b);
	return 0;
}

int main(void)
{
	FILE *f = test_open_table("extract/dates.tsv");
	char line[2048], *fl[3];
	int rows = 0;
	while (test_next_row(f, line, sizeof line, fl, 3) == 3) {
		out o = {fl[1], ""};
		rcp_date_scan(fl[1], strlen(fl[1]), fl[0], add, &o);
		const char *got = o.buf[0] ? o.buf : "-";
		if (!strcmp(got, fl[2]))
			t_pass++;
		else {
			t_fail++;
			fprintf(stderr, "date [%s] '%s':\n   want %s\n   got  %s\n", fl[0], fl[1], fl[2], got);
		}
		rows++;
	}
	fclose(f);
	CHECK(rows >= 100);
	TEST_END();
}
