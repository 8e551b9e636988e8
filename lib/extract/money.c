/*
 * money.c — money amounts and percentages in English, French, Spanish and
 * German prose.
 *
 *   [currency] number [scale words] [de|d'] [currency]
 *
 * with at least one currency, e.g. "$1.2 billion", "US$30m", "€10 million",
 * "10 millions de dollars", "1,2 milliard d'euros", "10 000 €", "10.000
 * euros", "seis millones de euros", "mil millones de euros", "eine
 * Milliarde Euro", "720 Millionen US-Dollar", "NIS 5 million". Amounts are
 * integers in minor units, computed exactly with overflow checks; any
 * malformed number ("$1.2.3 million") yields nothing rather than a guess.
 *
 * Decimal or grouping? Both marks present: the last is the decimal mark.
 * One mark repeated: grouping. One mark once: three digits after it are a
 * group unless a scale word follows and the mark is the language's decimal
 * mark ("1.125 billion" in English, "1,125 milliard" in French).
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

/* ---- words ---- */

static int is_alnum_at(const char *s, size_t len, size_t i)
{
	if (i >= len)
		return 0;
	unsigned char c = (unsigned char)s[i];
	if (c < 0x80)
		return isalnum(c);
	int32_t cp;
	rcp__utf8_next(s, len, i, &cp);
	return rcp__is_word_cp(cp);
}

static int is_alpha_before(const char *s, size_t i)
{
	if (i == 0)
		return 0;
	unsigned char c = (unsigned char)s[i - 1];
	if (c < 0x80)
		return isalnum(c);
	/* step back over a UTF-8 sequence */
	size_t j = i - 1;
	while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80)
		j--;
	int32_t cp;
	rcp__utf8_next(s, i, j, &cp);
	return rcp__is_word_cp(cp);
}

/* If word (lower case UTF-8) is at s[i] (ASCII compared without case) and
 * ends at a word boundary, return its end; else 0. */
/* ASCII lower case, other bytes as they are (no locale: this runs on
 * every word). */
static inline unsigned char lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

static size_t word_at(const char *s, size_t len, size_t i, const char *word)
{
	/* the first byte decides most calls, before any strlen */
	if (i >= len)
		return 0;
	if (lower((unsigned char)s[i]) != (unsigned char)word[0])
		return 0;
	size_t n = strlen(word);
	if (i + n > len)
		return 0;
	for (size_t k = 1; k < n; k++)
		if (lower((unsigned char)s[i + k]) != (unsigned char)word[k])
			return 0;
	/* words ending in punctuation ("mio.") end where they end */
	if (isalnum((unsigned char)word[n - 1]) || ((unsigned char)word[n - 1] & 0x80))
		if (is_alnum_at(s, len, i + n))
			return 0;
	return i + n;
}

static size_t skip_spaces(const char *s, size_t len, size_t i)
{
	for (;;) {
		if (i < len && (s[i] == ' ' || s[i] == '\t'))
			i++;
		else if (i + 1 < len && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0)
			i += 2; /* no-break space */
		else if (i + 2 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
		         ((unsigned char)s[i + 2] == 0xAF || (unsigned char)s[i + 2] == 0x89))
			i += 3; /* narrow no-break space, thin space */
		else
			return i;
	}
}

/* ---- currencies ---- */

typedef struct cur_word {
	const char *text;
	const char *code;
} cur_word;

/* Before the number. Longest first where one is a prefix of another. */
static const cur_word cur_prefix[] = {
	{"us$", "USD"}, {"u.s.$", "USD"}, {"c$", "CAD"}, {"ca$", "CAD"}, {"a$", "AUD"},
	{"au$", "AUD"}, {"nz$", "NZD"}, {"hk$", "HKD"}, {"$", "USD"}, {"\xE2\x82\xAC", "EUR"},
	{"\xC2\xA3", "GBP"}, {"\xE2\x82\xAA", "ILS"}, {"\xC2\xA5", "JPY"},
	{"usd", "USD"}, {"eur", "EUR"}, {"gbp", "GBP"}, {"ils", "ILS"}, {"nis", "ILS"},
	{"chf", "CHF"}, {"cad", "CAD"}, {"aud", "AUD"}, {"jpy", "JPY"}, {"sek", "SEK"},
	{"nok", "NOK"}, {"dkk", "DKK"}, {"inr", "INR"}, {"cny", "CNY"}, {"rmb", "CNY"},
	{"\xE2\x82\xA9", "KRW"}, {"krw", "KRW"}, {"bhd", "BHD"}, {"kwd", "KWD"},
	{"jod", "JOD"}, {"omr", "OMR"},
	{NULL, NULL},
};

/* After the number (and its scale). */
static const cur_word cur_suffix[] = {
	{"us-dollar", "USD"}, {"us-dollars", "USD"}, {"u.s. dollars", "USD"}, {"us dollars", "USD"},
	{"american dollars", "USD"}, {"dollars am\xC3\xA9ricains", "USD"}, {"d\xC3\xB3lares estadounidenses", "USD"},
	{"australian dollars", "AUD"}, {"dollars australiens", "AUD"},
	{"d\xC3\xB3lares australianos", "AUD"}, {"australische dollar", "AUD"},
	{"norwegian kroner", "NOK"}, {"couronnes norv\xC3\xA9giennes", "NOK"},
	{"coronas noruegas", "NOK"}, {"norwegischen kronen", "NOK"}, {"norwegische kronen", "NOK"},
	{"dollars", "USD"}, {"dollar", "USD"}, {"d\xC3\xB3lares", "USD"}, {"d\xC3\xB3lar", "USD"},
	{"dolares", "USD"}, {"dolar", "USD"},
	{"euros", "EUR"}, {"euro", "EUR"}, {"\xE2\x82\xAC", "EUR"},
	{"pounds sterling", "GBP"}, {"pounds", "GBP"}, {"pound", "GBP"}, {"livres sterling", "GBP"},
	{"libras esterlinas", "GBP"}, {"pfund", "GBP"}, {"\xC2\xA3", "GBP"},
	{"new israeli shekels", "ILS"}, {"shekels", "ILS"}, {"shekel", "ILS"}, {"sheqels", "ILS"},
	{"shekalim", "ILS"}, {"\xE2\x82\xAA", "ILS"}, {"nis", "ILS"},
	{"swiss francs", "CHF"}, {"francs suisses", "CHF"}, {"franken", "CHF"},
	{"yen", "JPY"}, {"kronor", "SEK"}, {"kroner", "NOK"},
	{"usd", "USD"}, {"eur", "EUR"}, {"gbp", "GBP"}, {"ils", "ILS"}, {"chf", "CHF"},
	{"cad", "CAD"}, {"aud", "AUD"}, {"jpy", "JPY"}, {"sek", "SEK"}, {"nok", "NOK"},
	{"dkk", "DKK"}, {"won", "KRW"}, {"krw", "KRW"}, {"bahraini dinars", "BHD"},
	{"kuwaiti dinars", "KWD"}, {"bhd", "BHD"}, {"kwd", "KWD"}, {"jod", "JOD"}, {"omr", "OMR"},
	{NULL, NULL},
};

static size_t currency_at(const char *s, size_t len, size_t i, const cur_word *list,
                          const char **code)
{
	if (i >= len)
		return 0;
	unsigned char a0 = (unsigned char)s[i];
	for (int k = 0; list[k].text; k++) {
		const char *w = list[k].text;
		size_t end;
		if (lower(a0) != lower((unsigned char)w[0]))
			continue; /* every entry below needs its first byte */
		if ((unsigned char)w[0] >= 0x80 || w[strlen(w) - 1] == '$') {
			/* a symbol: no boundary needed */
			size_t n = strlen(w);
			if (i + n <= len && !strncasecmp(s + i, w, n)) {
				*code = list[k].code;
				return i + n;
			}
			continue;
		}
		/* codes are upper case in text; words any case */
		if (strlen(w) == 3 && list == cur_prefix) {
			if (i + 3 <= len && isupper((unsigned char)s[i]) && (end = word_at(s, len, i, w))) {
				*code = list[k].code;
				return end;
			}
			continue;
		}
		if ((end = word_at(s, len, i, w))) {
			*code = list[k].code;
			return end;
		}
	}
	return 0;
}

/* ---- scale words ---- */

typedef struct scale_word {
	const char *text;
	int64_t mul;
	int attached_only; /* "m", "bn" only right after digits, or as "m" before a space */
} scale_word;

static const scale_word scales[] = {
	{"thousand", 1000, 0}, {"thousands", 1000, 0}, {"million", 1000000, 0},
	{"millions", 1000000, 0}, {"billion", 1000000000, 0}, {"billions", 1000000000, 0},
	{"trillion", 1000000000000, 0}, {"mille", 1000, 0}, {"milliard", 1000000000, 0},
	{"milliards", 1000000000, 0}, {"mil", 1000, 0}, {"mill\xC3\xB3n", 1000000, 0},
	{"millon", 1000000, 0}, {"millones", 1000000, 0}, {"tausend", 1000, 0},
	{"billones", 1000000000000, 0}, {"bill\xC3\xB3n", 1000000000000, 0},
	{"millionen", 1000000, 0}, {"milliarde", 1000000000, 0}, {"milliarden", 1000000000, 0},
	{"mio.", 1000000, 0}, {"mio", 1000000, 0}, {"mrd.", 1000000000, 0}, {"mrd", 1000000000, 0},
	{"mds", 1000000000, 0}, {"bn", 1000000000, 0}, {"mn", 1000000, 0}, {"mln", 1000000, 0},
	{"m", 1000000, 1}, {"b", 1000000000, 1}, {"k", 1000, 1}, {"tn", 1000000000000, 0},
	{NULL, 0, 0},
};

static size_t scale_at(const char *s, size_t len, size_t i, int attached, int64_t *mul)
{
	for (int k = 0; scales[k].text; k++) {
		if (scales[k].attached_only && !attached)
			continue;
		size_t end = word_at(s, len, i, scales[k].text);
		if (end) {
			*mul = scales[k].mul;
			return end;
		}
	}
	return 0;
}

/* "M€", "Md€", "Mds€" at s[i]: the scale's end (the euro sign left for
 * the currency), 0 if none. */
static size_t euro_scale_at(const char *s, size_t len, size_t i, int64_t *mul)
{
	static const struct {
		const char *text;
		int64_t mul;
	} es[] = {{"M", 1000000}, {"Md", 1000000000}, {"Mds", 1000000000}, {"Mrd", 1000000000}};
	for (size_t k = 0; k < sizeof es / sizeof es[0]; k++) {
		size_t l = strlen(es[k].text);
		if (i + l + 3 <= len && !memcmp(s + i, es[k].text, l) &&
		    !memcmp(s + i + l, "\xE2\x82\xAC", 3)) {
			*mul = es[k].mul;
			return i + l;
		}
	}
	return 0;
}

/* Number words that can stand before a scale word. */
typedef struct num_word {
	const char *text;
	int value;
} num_word;

static const num_word num_words[] = {
	{"a", 1}, {"an", 1}, {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5},
	{"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11},
	{"twelve", 12}, {"fifteen", 15}, {"twenty", 20}, {"thirty", 30}, {"forty", 40},
	{"fifty", 50}, {"hundred", 100}, {"un", 1}, {"une", 1}, {"deux", 2}, {"trois", 3},
	{"quatre", 4}, {"cinq", 5}, {"sept", 7}, {"huit", 8}, {"neuf", 9}, {"dix", 10},
	{"vingt", 20}, {"trente", 30}, {"cent", 100}, {"uno", 1}, {"una", 1}, {"dos", 2},
	{"tres", 3}, {"cuatro", 4}, {"cinco", 5}, {"seis", 6}, {"siete", 7}, {"ocho", 8},
	{"nueve", 9}, {"diez", 10}, {"veinte", 20}, {"cien", 100}, {"ein", 1}, {"eine", 1},
	{"einer", 1}, {"einem", 1}, {"einen", 1}, {"zwei", 2}, {"drei", 3}, {"vier", 4},
	{"f\xC3\xBCnf", 5}, {"sechs", 6}, {"sieben", 7}, {"acht", 8}, {"neun", 9}, {"zehn", 10},
	{"zwanzig", 20}, {"hundert", 100}, {"elf", 11}, {"zw\xC3\xB6lf", 12}, {"f\xC3\xBCnfzig", 50},
	{"onze", 11}, {"douze", 12}, {"quinze", 15}, {"cinquante", 50}, {"once", 11},
	{"doce", 12}, {"quince", 15}, {"cincuenta", 50},
	{NULL, 0},
};

/* ---- numbers ---- */

typedef struct number {
	uint64_t mantissa; /* all digits */
	int frac_digits;   /* how many of them follow the decimal mark */
	size_t end;
} number;

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Length of a group separator at s[i]: . , ' space nbsp narrow-nbsp; 0 if none. */
static size_t sep_at(const char *s, size_t len, size_t i, char *kind)
{
	if (i >= len)
		return 0;
	if (s[i] == '.' || s[i] == ',' || s[i] == '\'') {
		*kind = s[i];
		return 1;
	}
	if (s[i] == ' ') {
		*kind = ' ';
		return 1;
	}
	if (i + 1 < len && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0) {
		*kind = ' ';
		return 2;
	}
	if (i + 2 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
	    (unsigned char)s[i + 2] == 0xAF) {
		*kind = ' ';
		return 3;
	}
	return 0;
}

/* Parse digits with separators at s[i]. scale_follows is decided by the
 * caller after a first pass; returns 0 for a malformed number, -1 if no
 * number starts here. */
static int parse_number(const char *s, size_t len, size_t i, char decimal_mark, int scale_follows,
                        number *out)
{
	if (i >= len || !is_digit(s[i]))
		return -1;
	/* groups of digits and the separators between them */
	size_t gstart[64], gend[64];
	char seps[64];
	size_t seplen[64];
	int ng = 0;
	size_t p = i;
	for (;;) {
		if (ng == 64)
			return 0;
		gstart[ng] = p;
		while (p < len && is_digit(s[p]))
			p++;
		gend[ng] = p;
		ng++;
		char k;
		size_t sl = sep_at(s, len, p, &k);
		if (!sl || p + sl >= len || !is_digit(s[p + sl]))
			break;
		/* a space only groups thousands: exactly three digits after it */
		if (k == ' ') {
			size_t q = p + sl, d = 0;
			while (q + d < len && is_digit(s[q + d]))
				d++;
			if (d != 3)
				break;
		}
		seps[ng - 1] = k;
		seplen[ng - 1] = sl;
		p += sl;
	}
	int nsep = ng - 1;
	out->end = gend[ng - 1];
	out->mantissa = 0;
	out->frac_digits = 0;
	int decimal_at = -1; /* index of the separator that is the decimal mark */
	if (nsep > 0) {
		char last = seps[nsep - 1];
		int mixed = 0, same = 0;
		for (int k = 0; k < nsep; k++) {
			if (seps[k] != last)
				mixed = 1;
			else
				same++;
		}
		if (mixed) {
			if (last == ' ' || last == '\'' || same > 1)
				return 0; /* "1.234.5,6" or "1,2 345" */
			decimal_at = nsep - 1;
		} else if (nsep > 1) {
			decimal_at = -1; /* "1.234.567": grouping */
		} else {
			size_t after = gend[1] - gstart[1];
			if (last == ' ' || last == '\'')
				decimal_at = -1;
			else if (after != 3)
				decimal_at = 0;
			else if (scale_follows && last == decimal_mark)
				decimal_at = 0;
			else
				decimal_at = -1;
		}
		/* grouping separators must be followed by exactly three digits, and
		 * the first group has one to three */
		for (int k = 0; k < nsep; k++) {
			if (k == decimal_at)
				continue;
			if (gend[k + 1] - gstart[k + 1] != 3)
				return 0;
		}
		int first_grouping = decimal_at != 0;
		if (first_grouping && (gend[0] - gstart[0] > 3 || gend[0] == gstart[0]))
			return 0;
		(void)seplen;
	}
	for (int g = 0; g < ng; g++) {
		for (size_t q = gstart[g]; q < gend[g]; q++) {
			if (out->mantissa > (UINT64_MAX - 9) / 10)
				return 0;
			out->mantissa = out->mantissa * 10 + (uint64_t)(s[q] - '0');
			if (decimal_at >= 0 && g > decimal_at)
				out->frac_digits++;
		}
	}
	return 1;
}

/* mantissa * 10^-frac * mul, in minor units (x100), truncating fractions
 * of a cent; 0 on overflow. */
static int to_minor(uint64_t mantissa, int frac, int64_t mul, int64_t *out)
{
	uint64_t f = (uint64_t)mul * 100; /* mul <= 10^12: no overflow */
	while (frac > 0 && f % 10 == 0) {
		f /= 10;
		frac--;
	}
	uint64_t v;
	if (__builtin_mul_overflow(mantissa, f, &v))
		return 0;
	for (; frac > 0; frac--)
		v /= 10;
	if (v > (uint64_t)INT64_MAX)
		return 0;
	*out = (int64_t)v;
	return 1;
}

static const char *qualifiers[][2] = {
	{"at least", "1"}, {"more than", "1"}, {"over", "1"}, {"in excess of", "1"},
	{"au moins", "1"}, {"plus de", "1"}, {"al menos", "1"}, {"m\xC3\xA1s de", "1"},
	{"mindestens", "1"}, {"mehr als", "1"}, {"\xC3\xBC" "ber", "1"},
	{"up to", "2"}, {"jusqu'\xC3\xA0", "2"}, {"jusqu\xE2\x80\x99\xC3\xA0", "2"},
	{"hasta", "2"}, {"bis zu", "2"},
	{"about", "3"}, {"around", "3"}, {"approximately", "3"}, {"nearly", "3"}, {"almost", "3"},
	{"some", "3"}, {"roughly", "3"}, {"environ", "3"}, {"pr\xC3\xA8s de", "3"}, {"quelque", "3"},
	{"cerca de", "3"}, {"unos", "3"}, {"aproximado de", "3"}, {"aproximadamente", "3"},
	{"rund", "3"}, {"etwa", "3"}, {"zirka", "3"}, {"circa", "3"}, {"ca.", "3"}, {"fast", "3"},
	{NULL, NULL},
};

static int qualifier_before(const char *s, size_t start)
{
	size_t from = start > 40 ? start - 40 : 0;
	for (int k = 0; qualifiers[k][0]; k++) {
		size_t n = strlen(qualifiers[k][0]);
		/* the qualifier, then spaces, then the amount */
		for (size_t j = from; j + n <= start; j++) {
			if (strncasecmp(s + j, qualifiers[k][0], n))
				continue;
			size_t e = skip_spaces(s, start, j + n);
			if (e == start && !is_alpha_before(s, j))
				return qualifiers[k][1][0] - '0';
		}
	}
	return 0;
}

static char decimal_mark_for(const char *lang)
{
	if (lang && (!strcmp(lang, "fr") || !strcmp(lang, "es") || !strcmp(lang, "de") ||
	             !strcmp(lang, "it") || !strcmp(lang, "pt") || !strcmp(lang, "nl")))
		return ',';
	return '.';
}

/* Try an amount at i; returns its end (0 if none) and fills *m. */
static size_t money_at(const char *s, size_t len, size_t i, char dm, rcp_money *m)
{
	memset(m, 0, sizeof *m);
	const char *code = NULL;
	size_t p = i;
	if (is_alpha_before(s, i))
		return 0;
	size_t e = currency_at(s, len, p, cur_prefix, &code);
	if (e) {
		p = skip_spaces(s, len, e);
	}
	/* the number: digits, or a number word before a scale word */
	number num;
	int64_t wordval = 0;
	int got = -1;
	size_t after_num;
	if (p < len && is_digit(s[p])) {
		/* first pass to see whether a scale word follows */
		got = parse_number(s, len, p, dm, 0, &num);
		if (got == 0)
			return 0;
		int64_t mul;
		size_t q = num.end;
		/* "$100-million": a currency before, a hyphen to the scale */
		int sf = scale_at(s, len, q, 1, &mul) || scale_at(s, len, skip_spaces(s, len, q), 0, &mul) ||
		         (code && q + 1 < len && s[q] == '-' && scale_at(s, len, q + 1, 0, &mul));
		if (sf && parse_number(s, len, p, dm, 1, &num) != 1)
			return 0;
		after_num = num.end;
	} else {
		unsigned char p0 = p < len ? lower((unsigned char)s[p]) : 0;
		for (int k = 0; num_words[k].text; k++) {
			if ((unsigned char)num_words[k].text[0] != p0)
				continue;
			size_t we = word_at(s, len, p, num_words[k].text);
			if (we) {
				wordval = num_words[k].value;
				after_num = we;
				got = 2;
				break;
			}
		}
		if (got < 0) {
			/* "mil millones de euros": Spanish "mil" standing alone */
			if (!word_at(s, len, p, "mil") || code)
				return 0;
			wordval = 1;
			after_num = p;
			got = 3;
		}
	}
	/* percentages */
	if (got == 1 && !code) {
		size_t q = skip_spaces(s, len, after_num);
		size_t pe = 0;
		if (q < len && s[q] == '%')
			pe = q + 1;
		else if (!(pe = word_at(s, len, q, "percent")) && !(pe = word_at(s, len, q, "per cent")) &&
		         !(pe = word_at(s, len, q, "pour cent")) && !(pe = word_at(s, len, q, "por ciento")))
			pe = word_at(s, len, q, "prozent");
		if (pe) {
			int64_t v;
			if (!to_minor(num.mantissa, num.frac_digits, 1, &v))
				return 0;
			m->start = i;
			m->end = pe;
			m->minor = v;
			m->percent = 1;
			return pe;
		}
	}
	/* scale words, possibly several ("mil millones") */
	int64_t mul = 1;
	size_t q = after_num;
	int nscale = 0;
	for (;;) {
		int64_t k;
		size_t se = scale_at(s, len, q, q == after_num && got == 1, &k);
		if (!se)
			se = scale_at(s, len, skip_spaces(s, len, q), 0, &k);
		if (!se && code && q == after_num && q + 1 < len && s[q] == '-')
			se = scale_at(s, len, q + 1, 0, &k);
		/* French "50 M€", "2 Md€", "3 Mds€": the scale's letters
		 * right before the euro sign */
		if (!se && !code && q == after_num)
			se = euro_scale_at(s, len, skip_spaces(s, len, q), &k);
		if (!se)
			break;
		if (mul > INT64_MAX / k)
			return 0;
		mul *= k;
		q = se;
		nscale++;
	}
	if (got >= 2 && !nscale)
		return 0; /* "fifteen contracts", "a dollar": number words need a scale */
	/* "de", "d'" then a currency after */
	size_t end = q;
	if (!code) {
		size_t r = skip_spaces(s, len, q);
		size_t c;
		if ((c = word_at(s, len, r, "de")) || (c = word_at(s, len, r, "of")))
			r = skip_spaces(s, len, c);
		else if (r + 2 <= len && (s[r] == 'd' || s[r] == 'D') && s[r + 1] == '\'')
			r += 2;
		else if (r + 4 <= len && (s[r] == 'd' || s[r] == 'D') && !memcmp(s + r + 1, "\xE2\x80\x99", 3))
			r += 4;
		size_t ce = currency_at(s, len, r, cur_suffix, &code);
		if (!ce) {
			/* the symbol right after the digits: "10 000 €" */
			ce = currency_at(s, len, skip_spaces(s, len, q), cur_suffix, &code);
			if (!ce)
				return 0;
		}
		/* in French, Spanish or German text an English "pound" is a
		 * weight ("Startgewicht 11685 Pound"); their own words say GBP */
		if (dm == ',' && (ce - r == 5 || ce - r == 6) && !strncasecmp(s + r, "pound", 5))
			return 0;
		end = ce;
	} else {
		/* "$5 million USD": a code repeating the currency */
		const char *code2;
		size_t r = skip_spaces(s, len, q);
		size_t ce = currency_at(s, len, r, cur_prefix, &code2);
		if (ce && !strcmp(code, code2) && r > q)
			end = ce;
	}
	if (got == 1) {
		if (!to_minor(num.mantissa, num.frac_digits, mul, &m->minor))
			return 0;
	} else {
		if (!to_minor((uint64_t)wordval, 0, mul, &m->minor))
			return 0;
	}
	/* hundredths so far: into the currency's own minor units (yen,
	 * cents, fils), the one representation claims keep */
	if (!rcp__amount_from_hundredths(m->minor, code, &m->minor))
		return 0;
	m->start = i;
	m->end = end;
	snprintf(m->currency, sizeof m->currency, "%s", code);
	m->qualifier = qualifier_before(s, i);
	return end;
}

/* The bytes an amount can start with besides digits and '$': the first
 * byte of a currency written before the number, of a number word and of
 * "mil", folded to lower case as money_at() compares them. Most words of a
 * text start with none of them; trying each word was a third of the time
 * of `extract`. */
static void first_bytes(unsigned char ok[256])
{
	memset(ok, 0, 256);
	for (int k = 0; cur_prefix[k].text; k++) {
		unsigned char b = (unsigned char)cur_prefix[k].text[0];
		ok[lower(b)] = 1;
	}
	for (int k = 0; num_words[k].text; k++) {
		unsigned char b = (unsigned char)num_words[k].text[0];
		ok[lower(b)] = 1;
	}
	ok['m'] = 1;
}

/* Is the run of ASCII letters at i at most 7 long, as every number word,
 * currency code and "mil" is? (A longer one may still be "u.s.$": its run
 * is "u".) */
static int short_word(const char *s, size_t len, size_t i)
{
	size_t e = i;
	while (e < len && e - i <= 7 && isalpha((unsigned char)s[e]))
		e++;
	return e - i <= 7;
}

void rcp_money_scan(const char *text, size_t len, const char *lang,
                    int (*fn)(const rcp_money *m, void *ctx), void *ctx)
{
	char dm = decimal_mark_for(lang);
	unsigned char ok[256];
	first_bytes(ok);
	size_t i = 0;
	while (i < len) {
		unsigned char c = (unsigned char)text[i];
		unsigned char lc = lower(c);
		int candidate = is_digit((char)c) || c == '$' || (c >= 0x80 && ok[c]) ||
		                (isalpha(c) && ok[lc] && short_word(text, len, i) &&
		                 !is_alpha_before(text, i));
		rcp_money m;
		size_t e = candidate ? money_at(text, len, i, dm, &m) : 0;
		if (e) {
			if (fn(&m, ctx))
				return;
			i = e;
			continue;
		}
		/* skip the rest of a number or word so "1.2.3" is not read from inside */
		if (is_digit((char)c) || isalpha(c)) {
			while (i < len && (isalnum((unsigned char)text[i]) || text[i] == '.' || text[i] == ','))
				i++;
			continue;
		}
		i++;
	}
}

rcp_status rcp_money_parse(const char *s, size_t len, const char *lang, rcp_money *out,
                           rcp_error *err)
{
	rcp_money m;
	size_t e = money_at(s, len, 0, decimal_mark_for(lang), &m);
	if (e && e == len && !m.percent) {
		*out = m;
		return RCP_OK;
	}
	rcp__error_set(err, RCP_EPARSE, "cannot parse amount", NULL, e ? "at byte %zu" : "no amount",
	               e);
	if (err) {
		snprintf(err->subject, sizeof err->subject, "%.*s", (int)(len < 200 ? len : 200), s);
		err->offset = (int64_t)e;
	}
	return RCP_EPARSE;
}
