/*
 * dates.c — dates in English, French, Spanish and German prose: years
 * (1900-2099), months with years, full dates, ISO dates and ranges
 * ("between June 2023 and April 2024", "entre octobre 2023 et juin 2024",
 * "2023-2025", "von 2019 bis 2021").
 *
 * Works on the matcher's folded words (so "février" and "fevrier", "März"
 * and "marz" are one word), looking at the bytes between words only for
 * dashes and hyphens.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "stages.h"

typedef struct dw {
	mt_tok t;
	char f[24];
} dw;

static const struct {
	const char *name;
	int month;
} months[] = {
	{"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3}, {"mar", 3},
	{"april", 4}, {"apr", 4}, {"may", 5}, {"june", 6}, {"jun", 6}, {"july", 7}, {"jul", 7},
	{"august", 8}, {"aug", 8}, {"september", 9}, {"sept", 9}, {"sep", 9}, {"october", 10},
	{"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12},
	{"janvier", 1}, {"fevrier", 2}, {"mars", 3}, {"avril", 4}, {"mai", 5}, {"juin", 6},
	{"juillet", 7}, {"aout", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11},
	{"decembre", 12},
	{"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6},
	{"julio", 7}, {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10},
	{"noviembre", 11}, {"diciembre", 12},
	{"januar", 1}, {"janner", 1}, {"februar", 2}, {"marz", 3}, {"juni", 6}, {"juli", 7},
	{"oktober", 10}, {"dezember", 12},
	{NULL, 0},
};

static int month_of(const char *w)
{
	for (int i = 0; months[i].name; i++)
		if (!strcmp(months[i].name, w))
			return months[i].month;
	return 0;
}

static int all_digits(const char *w, size_t *n)
{
	size_t k = 0;
	for (; w[k]; k++)
		if (w[k] < '0' || w[k] > '9')
			return 0;
	*n = k;
	return k > 0;
}

/* The value of a word all_digits() said is digits (at most 4 of them
 * here); -1 for anything else, never a guess. */
static int digits_value(const char *s)
{
	int64_t v;
	return rcp__parse_int64(s, 0, 99999999, &v) ? (int)v : -1;
}

static int year_of(const dw *w, const char *text, size_t len)
{
	size_t n;
	if (!all_digits(w->f, &n) || n != 4)
		return 0;
	int y = digits_value(w->f);
	if (y < 1900 || y > 2099)
		return 0;
	/* not money, not a percentage, not part of a bigger number */
	size_t s = w->t.start, e = w->t.end;
	if (s > 0 && (text[s - 1] == '$' || text[s - 1] == '.' || text[s - 1] == ','))
		return 0;
	if (e < len && (text[e] == '%' || ((text[e] == ',' || text[e] == '.') && e + 1 < len &&
	                                   text[e + 1] >= '0' && text[e + 1] <= '9')))
		return 0;
	return y;
}

static int day_of(const dw *w)
{
	size_t n;
	if (!strcmp(w->f, "1er"))
		return 1;
	if (!all_digits(w->f, &n) || n > 2)
		return 0;
	int d = digits_value(w->f);
	return d >= 1 && d <= 31 ? d : 0;
}

static int is_any(const char *w, const char *const *list)
{
	for (int i = 0; list[i]; i++)
		if (!strcmp(w, list[i]))
			return 1;
	return 0;
}

static const char *const range_open[] = {"between", "from", "entre", "de", "du", "desde",
                                         "zwischen", "von", "vom", NULL};
static const char *const range_mid[] = {"to", "and", "through", "until", "till", "a", "au",
                                        "et", "y", "hasta", "bis", "und", NULL};

/* Is there a dash between word a and word b (only spaces around it)? */
static int dash_between(const char *text, const dw *a, const dw *b)
{
	int dash = 0;
	for (size_t i = a->t.end; i < b->t.start; i++) {
		unsigned char c = (unsigned char)text[i];
		if (c == '-' || c == '/')
			dash++;
		else if (c == 0xE2 && i + 2 < b->t.start && (unsigned char)text[i + 1] == 0x80 &&
		         ((unsigned char)text[i + 2] == 0x93 || (unsigned char)text[i + 2] == 0x94)) {
			dash++;
			i += 2;
		} else if (c != ' ')
			return 0;
	}
	return dash == 1;
}

/* A date ending with the year at word y: fills d (start, month, day);
 * returns the index of its first word. */
static size_t date_before(const dw *w, size_t y, rcp_date *d)
{
	size_t first = y;
	d->month = d->day = 0;
	if (y >= 1) {
		size_t m = y - 1;
		if (!strcmp(w[m].f, "de") && m >= 1 && month_of(w[m - 1].f))
			m--; /* "agosto de 2024" */
		int mo = month_of(w[m].f);
		if (!mo && m >= 1 && day_of(&w[m]) && month_of(w[m - 1].f)) {
			/* "June 12, 2024" */
			d->day = day_of(&w[m]);
			d->month = month_of(w[m - 1].f);
			return m - 1;
		}
		if (mo && !(mo == 5 && !strcmp(w[m].f, "may") && !w[m].t.cap)) {
			d->month = mo;
			first = m;
			size_t dd = m;
			if (dd >= 1 && !strcmp(w[dd - 1].f, "de") && dd >= 2 && day_of(&w[dd - 2]))
				dd--; /* "12 de agosto" */
			if (dd >= 1 && day_of(&w[dd - 1])) {
				d->day = day_of(&w[dd - 1]);
				first = dd - 1;
			}
		}
	}
	return first;
}

/* 1 when the byte at lies inside a URL: the run of non-space bytes around
 * it holds "://" or begins "www.". A path's /2025/09/29/ is where a site
 * filed a page, not a date the text gives, so no date is read from it. */
static int in_url(const char *text, size_t len, size_t at)
{
	size_t s = at, e = at;
	while (s > 0 && at - s < 2048 && !isspace((unsigned char)text[s - 1]) &&
	       text[s - 1] != '(' && text[s - 1] != '<' && text[s - 1] != '"')
		s--;
	while (e < len && e - at < 2048 && !isspace((unsigned char)text[e]))
		e++;
	if (e - s >= 4 && !strncasecmp(text + s, "www.", 4))
		return 1;
	for (size_t i = s; i + 3 <= e; i++)
		if (text[i] == ':' && text[i + 1] == '/' && text[i + 2] == '/')
			return 1;
	return 0;
}

/* Where the words come from: the tokenizer, or the words a run of
 * extraction already has (v, n: the tokenizer's words, copied). */
typedef struct words_in {
	mt_tokenizer t;
	const xword *v;
	size_t n, next;
} words_in;

/* The next word into *d, as mt_next with d's room would give it; 0 at the end. */
static int next_word(words_in *in, dw *d)
{
	if (!in->v)
		return mt_next(&in->t, &d->t, d->f, sizeof d->f);
	if (in->next >= in->n)
		return 0;
	const xword *x = &in->v[in->next++];
	d->t = x->t;
	/* the fold cut as mt_next cuts it into fewer bytes */
	size_t k = strnlen(x->f, sizeof d->f - 1);
	memcpy(d->f, x->f, k);
	d->f[k] = '\0';
	return 1;
}

static void date_scan(words_in *in, const char *text, size_t len,
                      int (*fn)(const rcp_date *d, void *ctx), void *ctx)
{
	/* The words stream through a window of DATE_WINDOW: a date is read
	 * from at most DATE_BEHIND words before the year and DATE_AHEAD after
	 * it, so memory does not grow with the text (it held every word, 56
	 * bytes each: 560 MB for a 20 MB text). */
	enum { DATE_WINDOW = 1024, DATE_BEHIND = 8, DATE_AHEAD = 8 };
	size_t n = 0, last_end = 0; /* the end of the date reported last */
	int more = 1;
	dw *w = rcp__xmalloc(DATE_WINDOW * sizeof *w);
	for (size_t i = 0;; i++) {
		if (more && i + DATE_AHEAD >= n) {
			size_t keep = i > DATE_BEHIND ? i - DATE_BEHIND : 0;
			memmove(w, w + keep, (n - keep) * sizeof *w);
			n -= keep;
			i -= keep;
			while (n < DATE_WINDOW && (more = next_word(in, &w[n])))
				n++;
		}
		if (i >= n)
			break;
		rcp_date d;
		memset(&d, 0, sizeof d);
		/* ISO 2024-05-17 */
		size_t dn;
		if (i + 2 < n && year_of(&w[i], text, len) && all_digits(w[i + 1].f, &dn) && dn == 2 &&
		    all_digits(w[i + 2].f, &dn) && dn == 2 && w[i + 1].t.start == w[i].t.end + 1 &&
		    w[i + 2].t.start == w[i + 1].t.end + 1 && text[w[i].t.end] == '-' &&
		    text[w[i + 1].t.end] == '-') {
			int mo = digits_value(w[i + 1].f), da = digits_value(w[i + 2].f);
			if (mo >= 1 && mo <= 12 && da >= 1 && da <= 31) {
				d.year = digits_value(w[i].f);
				d.month = mo;
				d.day = da;
				d.start = w[i].t.start;
				d.end = w[i + 2].t.end;
				last_end = d.end;
				if (!in_url(text, len, d.start) && fn(&d, ctx))
					break;
				i += 2;
				continue;
			}
		}
		int y = year_of(&w[i], text, len);
		if (!y)
			continue;
		d.year = y;
		size_t first = date_before(w, i, &d);
		if (w[first].t.start < last_end) {
			/* its day or month is a word of the date before ("2024-04-05
			 * Mai 2024"): the year alone (found by fuzz_dates) */
			d.month = d.day = 0;
			first = i;
		}
		size_t last = i;
		/* a range after it */
		if (i + 1 < n) {
			size_t j = i + 1, k = j;
			int joined = dash_between(text, &w[i], &w[j]);
			if (!joined && is_any(w[j].f, range_mid) && first >= 1 &&
			    (is_any(w[first - 1].f, range_open) ||
			     (first >= 2 && is_any(w[first - 2].f, range_open))))
				joined = 1, k = j + 1;
			else if (!joined && is_any(w[j].f, range_mid) &&
			         (!strcmp(w[j].f, "to") || !strcmp(w[j].f, "bis") ||
			          !strcmp(w[j].f, "through") || !strcmp(w[j].f, "hasta")))
				joined = 1, k = j + 1;
			if (joined) {
				/* the end: [day] [month] year, found by looking for the year */
				for (size_t m = k; m < n && m <= k + 4; m++) {
					int y2 = year_of(&w[m], text, len);
					if (y2) {
						rcp_date e;
						memset(&e, 0, sizeof e);
						size_t f2 = date_before(w, m, &e);
						if (f2 == k && y2 >= y) {
							d.year2 = y2;
							d.month2 = e.month;
							d.day2 = e.day;
							last = m;
						}
						break;
					}
				}
				/* "2023-24" */
				if (!d.year2 && k == j && all_digits(w[j].f, &dn) && dn == 2) {
					int y2 = (y / 100) * 100 + digits_value(w[j].f);
					if (y2 > y) {
						d.year2 = y2;
						last = j;
					}
				}
			}
		}
		d.start = w[first].t.start;
		d.end = w[last].t.end;
		last_end = d.end;
		if (!in_url(text, len, d.start) && fn(&d, ctx))
			break;
		i = last;
	}
	free(w);
}

void rcp_date_scan(const char *text, size_t len, const char *lang,
                   int (*fn)(const rcp_date *d, void *ctx), void *ctx)
{
	(void)lang;
	words_in in = {.v = NULL};
	mt_tokenizer_init(&in.t, text, len);
	date_scan(&in, text, len, fn, ctx);
}

void rcp__date_scan_words(const char *text, size_t len, const xword *w, size_t n,
                          int (*fn)(const rcp_date *d, void *ctx), void *ctx)
{
	words_in in = {.v = w, .n = n};
	date_scan(&in, text, len, fn, ctx);
}
