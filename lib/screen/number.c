/*
 * number.c — a number as funds write it in a holdings file: thousands
 * separators of either kind, decimal commas, "(12)" for negatives, a
 * percent sign, a currency sign, an exponent in XML. The CSV layouts
 * (holdings.c) and N-PORT (nport.c) both read their numbers here.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static int all_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return n > 0;
}

/* Whether the groups of digits after each sep in s (up to an exponent)
 * are three digits long: "1.234.567". */
static int thousand_groups(const char *s, char sep)
{
	const char *p = strchr(s, sep);
	while (p) {
		const char *q = p + 1;
		size_t n = strspn(q, "0123456789");
		if (n != 3 || (q[n] && q[n] != sep && q[n] != 'e'))
			return 0;
		p = q[n] == sep ? q + n : NULL;
	}
	return 1;
}

/* "1,234.5", "1.234,5", "4,86", "(12)", "12 %", "$1 000" -> double; NaN if none. */
double rcp__holdings_number(const char *s, int *decimal_comma)
{
	char buf[64];
	size_t k = 0;
	int neg = 0, junk = 0;
	for (const char *p = s; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (k + 3 >= sizeof buf) /* room for "e-" and the NUL */
			return NAN; /* more digits than a double holds: not cut short */
		if (isdigit(c) || c == '.' || c == ',') {
			if (junk && isdigit(c))
				return NAN; /* "0x10", "5-3", "2023-01-31", "1a2": not one number */
			buf[k++] = (char)c;
		} else if ((c == '-' || c == '(') && !k) {
			neg = 1;
		} else if ((c == 'e' || c == 'E') && k && (p[1] == '-' || p[1] == '+' ||
		                                         isdigit((unsigned char)p[1]))) {
			buf[k++] = 'e'; /* 1.5E-4 in XML */
			if (p[1] == '-' || p[1] == '+')
				buf[k++] = *++p;
		} else if (k && (isalpha(c) || c == '-' || c == '+' || c == '/' || c == ':')) {
			junk = 1; /* fine after the number ("12 EUR"), not inside it */
		}
	}
	buf[k] = '\0';
	if (!k || !strpbrk(buf, "0123456789"))
		return NAN;
	char *dot = strrchr(buf, '.'), *comma = strrchr(buf, ',');
	char dec = '.';
	if (dot && comma) {
		dec = dot > comma ? '.' : ',';
		if (decimal_comma && *decimal_comma < 0)
			*decimal_comma = dec == ',';
	} else if (comma) {
		/* "1,234" and "12,345,678" are thousands unless the file writes
		 * decimal commas; "4,86" is a decimal comma */
		const char *after = comma + 1;
		size_t an = strlen(after);
		int groups = an == 3 && all_digits(after, 3);
		if (decimal_comma && *decimal_comma == 1)
			dec = ',';
		else if (groups)
			dec = 0;
		else {
			dec = ',';
			if (decimal_comma && *decimal_comma < 0 && strchr(buf, ',') == comma)
				*decimal_comma = 1;
		}
	} else if (dot && decimal_comma && *decimal_comma == 1) {
		/* "1.234" in a decimal-comma file */
		if (strchr(buf, '.') != dot || (strlen(dot + 1) == 3 && all_digits(dot + 1, 3)))
			dec = 0;
	}
	/* the decimal separator once only: "1,2,3" is no number, "1.234.567"
	 * is thousands when every group after the first has three digits */
	if (dec && strchr(buf, dec) != strrchr(buf, dec)) {
		if (!thousand_groups(buf, dec))
			return NAN;
		dec = 0;
	}
	char clean[64];
	size_t c = 0;
	for (size_t i = 0; i < k; i++) {
		if (buf[i] == dec)
			clean[c++] = '.';
		else if (buf[i] == '.' || buf[i] == ',')
			continue;
		else
			clean[c++] = buf[i];
	}
	clean[c] = '\0';
	char *e;
	double v = strtod(clean, &e);
	if (e == clean)
		return NAN;
	return neg ? -v : v;
}
