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

/* "1,234.5", "1.234,5", "4,86", "(12)", "12 %", "$1 000" -> double; NaN if none. */
double rcp__holdings_number(const char *s, int *decimal_comma)
{
	char buf[64];
	size_t k = 0;
	int neg = 0;
	for (const char *p = s; *p && k + 1 < sizeof buf; p++) {
		unsigned char c = (unsigned char)*p;
		if (isdigit(c) || c == '.' || c == ',')
			buf[k++] = (char)c;
		else if ((c == '-' || c == '(') && !k)
			neg = 1;
		else if ((c == 'e' || c == 'E') && k && (p[1] == '-' || p[1] == '+' ||
		                                         isdigit((unsigned char)p[1]))) {
			buf[k++] = 'e'; /* 1.5E-4 in XML */
			if (p[1] == '-' || p[1] == '+')
				buf[k++] = *++p;
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
