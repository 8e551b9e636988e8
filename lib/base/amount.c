/*
 * amount.c — money as the store keeps it: an integer count of the
 * currency's minor units, by its ISO 4217 exponent (JPY 0: yen; USD 2:
 * cents; BHD 3: fils). One representation from the extractor to the store
 * to every screen; never a double on the way.
 *
 * rcp_amount_parse() reads what a person types in the review form or on
 * the command line ("1700000", "1,700,000.50", "12.5"); rcp_amount_format()
 * writes it back the same way, so a value read and written again is
 * unchanged. Amounts in running text ("$1.7 million", "500 millions
 * d'euros") are the extractor's (lib/extract/money.c).
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"

int rcp_currency_exponent(const char *c)
{
	/* ISO 4217's currencies whose minor unit is not a hundredth */
	static const char *const zero[] = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF",
	                                   "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV",
	                                   "XAF", "XOF", "XPF", NULL};
	static const char *const three[] = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND",
	                                    NULL};
	static const char *const four[] = {"CLF", "UYW", NULL};
	if (!c)
		return 2;
	for (size_t i = 0; zero[i]; i++)
		if (!strcmp(c, zero[i]))
			return 0;
	for (size_t i = 0; three[i]; i++)
		if (!strcmp(c, three[i]))
			return 3;
	for (size_t i = 0; four[i]; i++)
		if (!strcmp(c, four[i]))
			return 4;
	return 2;
}

rcp_status rcp_amount_parse(const char *s, const char *currency, int64_t *minor)
{
	int exp = rcp_currency_exponent(currency);
	int64_t whole = 0, frac = 0;
	int fd = 0, digits = 0, group = -1;
	const char *p = s ? s : "";
	while (*p == ' ')
		p++;
	/* whole units, with thousands separated by ',' (or a thin or plain space)
	 * in groups of three */
	for (; *p; p++) {
		if (*p >= '0' && *p <= '9') {
			if (whole > (INT64_MAX - (*p - '0')) / 10)
				return RCP_ETOOBIG;
			whole = whole * 10 + (*p - '0');
			digits++;
			if (group >= 0)
				group++;
		} else if (*p == ',' && digits && (group < 0 || group == 3)) {
			group = 0;
		} else {
			break;
		}
	}
	if (!digits || (group >= 0 && group != 3))
		return RCP_EINVAL;
	if (*p == '.') {
		p++;
		if (!(*p >= '0' && *p <= '9'))
			return RCP_EINVAL;
		for (; *p >= '0' && *p <= '9'; p++) {
			if (++fd > exp)
				return RCP_EINVAL; /* finer than the currency's minor unit */
			frac = frac * 10 + (*p - '0');
		}
	}
	while (*p == ' ')
		p++;
	if (*p)
		return RCP_EINVAL;
	for (; fd < exp; fd++)
		frac *= 10;
	int64_t scale = 1;
	for (int i = 0; i < exp; i++)
		scale *= 10;
	if (whole > (INT64_MAX - frac) / scale)
		return RCP_ETOOBIG;
	*minor = whole * scale + frac;
	return RCP_OK;
}

json_t *rcp_amount_json(int64_t minor, const char *currency)
{
	int exp = rcp_currency_exponent(currency);
	int64_t scale = 1;
	for (int i = 0; i < exp; i++)
		scale *= 10;
	if (minor % scale == 0)
		return json_integer(minor / scale);
	return json_real((double)minor / (double)scale);
}

int rcp__amount_from_hundredths(int64_t h, const char *currency, int64_t *minor)
{
	int exp = rcp_currency_exponent(currency);
	if (exp == 2) {
		*minor = h;
		return 1;
	}
	if (exp < 2) { /* finer than the currency counts: cut, as the text's
	                * own fractions past a hundredth are */
		int64_t d = exp == 1 ? 10 : 100;
		*minor = h / d;
		return 1;
	}
	int64_t m = exp == 3 ? 10 : 100;
	if (h > INT64_MAX / m || h < INT64_MIN / m)
		return 0;
	*minor = h * m;
	return 1;
}

size_t rcp_amount_format(int64_t minor, const char *currency, char *out, size_t cap)
{
	int exp = rcp_currency_exponent(currency);
	int64_t scale = 1;
	for (int i = 0; i < exp; i++)
		scale *= 10;
	const char *sign = minor < 0 ? "-" : "";
	/* the magnitude without overflow at INT64_MIN */
	uint64_t m = minor < 0 ? (uint64_t)0 - (uint64_t)minor : (uint64_t)minor;
	int n;
	if (exp == 0)
		n = snprintf(out, cap, "%s%llu", sign, (unsigned long long)m);
	else
		n = snprintf(out, cap, "%s%llu.%0*llu", sign, (unsigned long long)(m / (uint64_t)scale),
		             exp, (unsigned long long)(m % (uint64_t)scale));
	return n < 0 ? 0 : (size_t)n;
}
