#include "extract/stages.h"
#include "test.h"

typedef struct out {
	const char *text;
	char buf[1024];
	int count;
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

/* Counts the ranges 12 June 2023 .. 1 July 2024 read whole. */
static int count_range(const rcp_date *d, void *p)
{
	out *o = p;
	if (d->year == 2023 && d->month == 6 && d->day == 12 && d->year2 == 2024 &&
	    d->month2 == 7 && d->day2 == 1 && d->end - d->start == strlen("12 June 2023 to 1 July 2024") &&
	    !memcmp(o->text + d->start, "12 June", 7))
		o->count++;
	return 0;
}

int main(void)
{
	FILE *f = test_open_table("extract/dates.tsv");
	char line[2048], *fl[3];
	int rows = 0;
	while (test_next_row(f, line, sizeof line, fl, 3) == 3) {
		out o = {fl[1], "", 0};
		rcp_date_scan(fl[1], strlen(fl[1]), fl[0], add, &o);
		const char *got = o.buf[0] ? o.buf : "-";
		/* from a run's words (rcp__words), the same dates */
		size_t nw, cut;
		xword *w = rcp__words(fl[1], strlen(fl[1]), &nw, &cut);
		out o2 = {fl[1], "", 0};
		rcp__date_scan_words(fl[1], strlen(fl[1]), w, nw, add, &o2);
		free(w);
		CHECK_STR(o2.buf, o.buf);
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

	/* words longer than the scanner's room for a fold: cut the same way */
	{
		const char *t = "On 1234567890123456789012345678901234 May 2024, "
		                "Bundesverteidigungsministeriumsbeschaffungsamt 2023-05-17 and "
		                "12 d\xc3\xa9" "cembre 2021; MAY MAY 2020 or may 2019.";
		out o = {t, "", 0}, o2 = {t, "", 0};
		rcp_date_scan(t, strlen(t), "en", add, &o);
		size_t nw, cut;
		xword *w = rcp__words(t, strlen(t), &nw, &cut);
		rcp__date_scan_words(t, strlen(t), w, nw, add, &o2);
		free(w);
		CHECK(o.buf[0] != '\0');
		CHECK_STR(o2.buf, o.buf);
	}

	/* the scanner reads words through a window: dates straddling its
	 * edges (every offset of a 9-word range against 1024 words) are read
	 * as they are alone */
	{
		rcp_buf b;
		rcp__buf_init(&b, 0);
		int reps = 0;
		for (int k = 0; b.len < 200000; k++, reps++) {
			for (int f2 = 0; f2 < k % 23; f2++)
				rcp__buf_printf(&b, "filler ");
			rcp__buf_printf(&b, "from 12 June 2023 to 1 July 2024, ");
		}
		out o = {b.data, "", 0};
		rcp_date_scan(b.data, b.len, "en", count_range, &o);
		CHECK_INT(o.count, reps);
		size_t nw, cut;
		xword *w = rcp__words(b.data, b.len, &nw, &cut);
		out o2 = {b.data, "", 0};
		rcp__date_scan_words(b.data, b.len, w, nw, count_range, &o2);
		free(w);
		CHECK_INT(o2.count, reps);
		rcp__buf_release(&b);
	}
	TEST_END();
}
