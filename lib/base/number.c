/*
 * number.c — checked parsing of decimal integers, and the rounding of the
 * reports' figures.
 *
 * atoi() and its kin read what they can and say nothing about the rest:
 * "12abc" is 12, an overflow is undefined. What comes from outside is
 * read here instead, all of it or nothing (lib/banned.h keeps the others
 * out).
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>

#include "internal.h"

int rcp__parse_int64(const char *s, int64_t min, int64_t max, int64_t *out)
{
	if (!s || !*s)
		return 0;
	/* digits only, with an optional '-': no spaces, no '+', no base */
	const char *p = s + (*s == '-');
	if (*p < '0' || *p > '9')
		return 0;
	char *end;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (errno || *end || v < min || v > max)
		return 0;
	*out = (int64_t)v;
	return 1;
}

double rcp__round3(double v)
{
	return round(v * 1000.0) / 1000.0;
}
