/*
 * csvcell.c — one CSV cell, safe to open in a spreadsheet.
 *
 * RFC 4180 quoting (a cell with a comma, quote or line break is quoted,
 * quotes doubled), and the formula guard: a cell starting with = + - @,
 * or a tab or CR (spreadsheets skip those before a formula), would be run
 * as a formula, so it is quoted with a leading apostrophe, unless it is a
 * plain number ("-12", "3.5"), which a spreadsheet reads as the number.
 * Every CSV receipts writes (claims, screening reports, exports) goes
 * through here.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static int plain_number(const char *s)
{
	const char *p = s + (*s == '-');
	if (!(*p >= '0' && *p <= '9'))
		return 0;
	while (*p >= '0' && *p <= '9')
		p++;
	if (*p == '.')
		for (p++; *p >= '0' && *p <= '9'; p++)
			;
	return *p == '\0';
}

char *rcp_csv_cell(const char *s)
{
	if (!s)
		s = "";
	int formula = s[0] && strchr("=+-@\t\r", s[0]) && !plain_number(s);
	int quote = formula || strpbrk(s, ",\"\r\n");
	size_t n = strlen(s), extra = 0;
	for (const char *p = s; *p; p++)
		extra += *p == '"';
	char *out = malloc(n + extra + 4);
	if (!out)
		return NULL;
	char *o = out;
	if (quote)
		*o++ = '"';
	if (formula)
		*o++ = '\'';
	for (const char *p = s; *p; p++) {
		if (*p == '"' && quote)
			*o++ = '"';
		*o++ = *p;
	}
	if (quote)
		*o++ = '"';
	*o = '\0';
	return out;
}
