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
#include <assert.h>
#include <ctype.h>
#include <pthread.h>
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

/* word_at() for a word of n bytes */
static size_t word_n_at(const char *s, size_t len, size_t i, const char *word, size_t n)
{
	if (i >= len)
		return 0;
	if (lower((unsigned char)s[i]) != (unsigned char)word[0])
		return 0;
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

static size_t word_at(const char *s, size_t len, size_t i, const char *word)
{
	/* the first byte decides most calls, before any strlen */
	if (i >= len || lower((unsigned char)s[i]) != (unsigned char)word[0])
		return 0;
	return word_n_at(s, len, i, word, strlen(word));
}

/* A word list's entries chained by their first byte (lower case), in table
 * order, and their lengths: a word of the text is compared only with the
 * entries that start as it does (most words with none), and the first
 * that matches is the one a scan of the whole table would find. */
#define NO_ENTRY 0xFFFF
typedef struct by_first {
	uint16_t head[256];    /* first entry starting with byte b, NO_ENTRY if none */
	uint16_t next[512];    /* the next entry with the same first byte */
	uint8_t len[512];      /* strlen of each entry's text */
} by_first;

/* Chain the NULL-terminated list whose first entry's text is at *text,
 * entries stride bytes apart. */
static void by_first_make(by_first *ix, const char *const *text, size_t stride)
{
	uint16_t last[256];
	for (int b = 0; b < 256; b++)
		ix->head[b] = last[b] = NO_ENTRY;
	for (size_t k = 0;; k++) {
		const char *w = *(const char *const *)((const char *)text + k * stride);
		if (!w)
			break;
		assert(k < sizeof ix->len && strlen(w) < 256);
		unsigned char b = lower((unsigned char)w[0]);
		ix->next[k] = NO_ENTRY;
		ix->len[k] = (uint8_t)strlen(w);
		if (last[b] == NO_ENTRY)
			ix->head[b] = (uint16_t)k;
		else
			ix->next[last[b]] = (uint16_t)k;
		last[b] = (uint16_t)k;
	}
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
	{"jod", "JOD"}, {"omr", "OMR"}, {"\xE2\x82\xB9", "INR"}, {"rs.", "INR"}, {"rs", "INR"},
	{"\xE2\x82\xBD", "RUB"}, {"\xE2\x82\xB4", "UAH"}, {"\xE2\x82\xBA", "TRY"},
	{"aed", "AED"}, {"sar", "SAR"}, {"rub", "RUB"}, {"uah", "UAH"}, {"try", "TRY"},
	{"pln", "PLN"}, {"brl", "BRL"}, {"mxn", "MXN"}, {"zar", "ZAR"}, {"egp", "EGP"},
	{"sgd", "SGD"}, {"hkd", "HKD"}, {"nzd", "NZD"}, {"czk", "CZK"}, {"huf", "HUF"},
	{NULL, NULL},
};

/* After the number (and its scale). A currency named with its country's
 * adjective comes before the bare word it contains ("dollars australiens"
 * before "dollars"): the first entry that matches wins. A bare "kroner",
 * "Kronen" or "couronnes" stays unread: Norway's, Sweden's, Denmark's and
 * the Czech crowns share it. */
static const cur_word cur_suffix[] = {
	{"australian dollars", "AUD"}, {"australian dollar", "AUD"},
	{"dollars australiens", "AUD"}, {"d\xC3\xB3lares australianos", "AUD"},
	{"australische dollar", "AUD"}, {"australischen dollar", "AUD"},
	{"canadian dollars", "CAD"}, {"canadian dollar", "CAD"}, {"dollars canadiens", "CAD"},
	{"d\xC3\xB3lares canadienses", "CAD"}, {"kanadische dollar", "CAD"},
	{"kanadischen dollar", "CAD"}, {"new zealand dollars", "NZD"},
	{"hong kong dollars", "HKD"}, {"singapore dollars", "SGD"},
	{"norwegian kroner", "NOK"}, {"norwegian krone", "NOK"}, {"norwegian crowns", "NOK"},
	{"couronnes norv\xC3\xA9giennes", "NOK"}, {"coronas noruegas", "NOK"},
	{"norwegische kronen", "NOK"}, {"norwegischen kronen", "NOK"},
	{"norwegische krone", "NOK"}, {"swedish kronor", "SEK"}, {"swedish krona", "SEK"},
	{"swedish crowns", "SEK"}, {"couronnes su\xC3\xA9\x64oises", "SEK"},
	{"coronas suecas", "SEK"}, {"schwedische kronen", "SEK"}, {"schwedischen kronen", "SEK"},
	{"danish kroner", "DKK"}, {"danish krone", "DKK"}, {"couronnes danoises", "DKK"},
	{"coronas danesas", "DKK"}, {"d\xC3\xA4nische kronen", "DKK"},
	{"d\xC3\xA4nischen kronen", "DKK"}, {"schweizer franken", "CHF"},
	{"francos suizos", "CHF"}, {"japanese yen", "JPY"}, {"south korean won", "KRW"},
	{"egyptian pounds", "EGP"}, {"livres \xC3\xA9gyptiennes", "EGP"},
	{"libras egipcias", "EGP"}, {"turkish lira", "TRY"}, {"turkish liras", "TRY"},
	{"livres turques", "TRY"}, {"liras turcas", "TRY"}, {"t\xC3\xBCrkische lira", "TRY"},
	{"saudi riyals", "SAR"}, {"riyals saoudiens", "SAR"}, {"riales saud\xC3\xAD\x65s", "SAR"},
	{"mexican pesos", "MXN"}, {"pesos mexicanos", "MXN"}, {"colombian pesos", "COP"},
	{"pesos colombianos", "COP"}, {"argentine pesos", "ARS"}, {"pesos argentinos", "ARS"},
	{"chilean pesos", "CLP"}, {"pesos chilenos", "CLP"},
	{"roubles", "RUB"}, {"rouble", "RUB"}, {"rubles", "RUB"}, {"ruble", "RUB"},
	{"rublos", "RUB"}, {"rublo", "RUB"}, {"rubel", "RUB"}, {"hryvnias", "UAH"},
	{"hryvnia", "UAH"}, {"hryvnas", "UAH"}, {"grivnas", "UAH"}, {"griwna", "UAH"},
	{"rupees", "INR"}, {"roupies", "INR"}, {"rupien", "INR"}, {"yuan", "CNY"},
	{"renminbi", "CNY"}, {"zlotys", "PLN"}, {"zloty", "PLN"}, {"z\xC5\x82otych", "PLN"},
	{"z\xC5\x82oty", "PLN"}, {"reais", "BRL"}, {"schekel", "ILS"},
	{"us-dollar", "USD"}, {"us-dollars", "USD"}, {"u.s. dollars", "USD"}, {"us dollars", "USD"},
	{"american dollars", "USD"}, {"dollars am\xC3\xA9ricains", "USD"}, {"d\xC3\xB3lares estadounidenses", "USD"},
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
	{"\xE2\x82\xB9", "INR"}, {"\xE2\x82\xBD", "RUB"}, {"\xE2\x82\xB4", "UAH"},
	{"aed", "AED"}, {"sar", "SAR"}, {"uah", "UAH"}, {"pln", "PLN"},
	{"brl", "BRL"}, {"mxn", "MXN"}, {"zar", "ZAR"}, {"egp", "EGP"}, {"sgd", "SGD"},
	{"hkd", "HKD"}, {"nzd", "NZD"}, {"czk", "CZK"}, {"huf", "HUF"},
	{NULL, NULL},
};

static by_first cur_prefix_ix, cur_suffix_ix, scales_ix, num_words_ix;
static pthread_once_t lists_once = PTHREAD_ONCE_INIT;
static void lists_make(void);

/* list is cur_prefix or cur_suffix, ix its chains */
static size_t currency_at(const char *s, size_t len, size_t i, const cur_word *list,
                          const by_first *ix, const char **code)
{
	if (i >= len)
		return 0;
	unsigned char a0 = lower((unsigned char)s[i]);
	for (unsigned k = ix->head[a0]; k != NO_ENTRY; k = ix->next[k]) {
		const char *w = list[k].text;
		size_t n = ix->len[k], end;
		if ((unsigned char)w[0] >= 0x80 || w[n - 1] == '$') {
			/* a symbol: no boundary needed */
			if (i + n <= len && !strncasecmp(s + i, w, n)) {
				*code = list[k].code;
				return i + n;
			}
			continue;
		}
		/* codes are upper case in text; words any case */
		if (n == 3 && list == cur_prefix) {
			/* all three in capitals: "Try 5 million times" names no lira */
			if (i + 3 <= len && isupper((unsigned char)s[i]) &&
			    (!isalpha((unsigned char)w[2]) ||
			     (isupper((unsigned char)s[i + 1]) && isupper((unsigned char)s[i + 2]))) &&
			    (end = word_n_at(s, len, i, w, n))) {
				*code = list[k].code;
				return end;
			}
			continue;
		}
		if ((end = word_n_at(s, len, i, w, n))) {
			*code = list[k].code;
			return end;
		}
	}
	return 0;
}

/* Is a currency's symbol (not a word or a code) at i? */
static size_t symbol_at(const char *s, size_t len, size_t i)
{
	static const char *const sym[] = {"\xE2\x82\xAC", "$", "\xC2\xA3", "\xE2\x82\xAA", NULL};
	for (int k = 0; sym[k]; k++) {
		size_t n = strlen(sym[k]);
		if (i + n <= len && !memcmp(s + i, sym[k], n))
			return i + n;
	}
	return 0;
}

/* The position after a hyphen at i that joins a number to its scale word
 * ("$100-million", "900-Millionen-Euro-Auftrag"), or i when there is none. */
static size_t hyphen_after(const char *s, size_t len, size_t i)
{
	return i + 1 < len && s[i] == '-' && isalpha((unsigned char)s[i + 1]) ? i + 1 : i;
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
	{"millionen", 1000000, 0}, {"milliarde", 1000000000, 0}, {"milliarden", 1000000000, 0},
	{"mio.", 1000000, 0}, {"mio", 1000000, 0}, {"mrd.", 1000000000, 0}, {"mrd", 1000000000, 0},
	{"mds", 1000000000, 0}, {"bn", 1000000000, 0}, {"mn", 1000000, 0}, {"mln", 1000000, 0},
	{"m", 1000000, 1}, {"b", 1000000000, 1}, {"k", 1000, 1}, {"tn", 1000000000000, 0},
	{"crore", 10000000, 0}, {"crores", 10000000, 0}, {"lakh", 100000, 0}, {"lakhs", 100000, 0},
	{"md", 1000000000, 1}, {"millardos", 1000000000, 0}, {"millardo", 1000000000, 0},
	/* the long scale's words: Spanish and German have no other reading */
	{"bill\xC3\xB3n", 1000000000000, 0}, {"billon", 1000000000000, 0},
	{"billones", 1000000000000, 0}, {"billionen", 1000000000000, 0},
	{NULL, 0, 0},
};

/* In French, Spanish, German and the other languages that write a decimal
 * comma, "billion" is the long scale's 10^12 ("2 Billionen Euro", "un
 * billion d'euros"); English says that "trillion". */
static int64_t long_scale(const char *s, size_t start, size_t end, char dm, int64_t mul)
{
	if (dm == ',' && mul == 1000000000 && end - start >= 7 && !strncasecmp(s + start, "billion", 7))
		return 1000000000000;
	return mul;
}

/* attached: 1 right after the digits, 0 after a space. A short scale
 * ("m", "k", "md") after a space counts only when a currency's symbol
 * follows it at once: "50 M\xE2\x82\xAC", "1,2 Md\xE2\x82\xAC". */
static size_t scale_at(const char *s, size_t len, size_t i, int attached, int64_t *mul)
{
	if (i >= len)
		return 0;
	const by_first *ix = &scales_ix;
	for (unsigned k = ix->head[lower((unsigned char)s[i])]; k != NO_ENTRY; k = ix->next[k]) {
		size_t end = word_n_at(s, len, i, scales[k].text, ix->len[k]);
		if (!end)
			continue;
		if (scales[k].attached_only && !attached && !symbol_at(s, len, end))
			continue;
		*mul = scales[k].mul;
		return end;
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
	{"fifty", 50}, {"sixty", 60}, {"seventy", 70}, {"eighty", 80}, {"ninety", 90},
	{"hundred", 100}, {"un", 1}, {"une", 1}, {"deux", 2}, {"trois", 3},
	{"quatre", 4}, {"cinq", 5}, {"sept", 7}, {"huit", 8}, {"neuf", 9}, {"dix", 10},
	{"vingt", 20}, {"trente", 30}, {"quarante", 40}, {"cinquante", 50}, {"soixante", 60},
	{"cent", 100}, {"onze", 11}, {"douze", 12}, {"quinze", 15}, {"uno", 1}, {"una", 1}, {"dos", 2},
	{"tres", 3}, {"cuatro", 4}, {"cinco", 5}, {"seis", 6}, {"siete", 7}, {"ocho", 8},
	{"nueve", 9}, {"diez", 10}, {"doce", 12}, {"quince", 15}, {"veinte", 20}, {"treinta", 30},
	{"cuarenta", 40}, {"cincuenta", 50}, {"cien", 100}, {"ein", 1}, {"eine", 1},
	{"einer", 1}, {"einem", 1}, {"einen", 1}, {"zwei", 2}, {"drei", 3}, {"vier", 4},
	{"f\xC3\xBCnf", 5}, {"sechs", 6}, {"sieben", 7}, {"acht", 8}, {"neun", 9}, {"zehn", 10},
	{"elf", 11}, {"zw\xC3\xB6lf", 12}, {"f\xC3\xBCnfzehn", 15}, {"zwanzig", 20},
	{"drei\xC3\x9Fig", 30}, {"vierzig", 40}, {"f\xC3\xBCnfzig", 50}, {"hundert", 100},
	{NULL, 0},
};

/* The first two bytes of the words an amount can start with (a currency
 * written before the number, a number word, "mil"), as bits: with some
 * fifty such words nearly every letter starts one, so the first byte alone
 * let most short words of a text through to money_at(). The second byte is
 * folded as second_byte() folds the text's. */
static uint8_t starts2[256 * 256 / 8];

static unsigned char second_byte(unsigned char c)
{
	c = lower(c);
	return c < 0x80 && !isalnum(c) && c != '.' && c != '$' ? 0 : c;
}

static void starts2_add(const char *w)
{
	unsigned char a = lower((unsigned char)w[0]);
	if (a >= 0x80 || !isalpha(a))
		return; /* a symbol: the scan tries every byte above 0x7F it starts with */
	unsigned v = (unsigned)a << 8 | second_byte((unsigned char)w[1]);
	starts2[v >> 3] |= (uint8_t)(1u << (v & 7));
}

static int starts2_has(const char *s, size_t len, size_t i)
{
	unsigned v = (unsigned)lower((unsigned char)s[i]) << 8 |
	             (i + 1 < len ? second_byte((unsigned char)s[i + 1]) : 0);
	return starts2[v >> 3] >> (v & 7) & 1;
}

static void lists_make(void)
{
	for (int k = 0; cur_prefix[k].text; k++)
		starts2_add(cur_prefix[k].text);
	for (int k = 0; num_words[k].text; k++)
		starts2_add(num_words[k].text);
	starts2_add("mil");
	by_first_make(&cur_prefix_ix, &cur_prefix[0].text, sizeof cur_prefix[0]);
	by_first_make(&cur_suffix_ix, &cur_suffix[0].text, sizeof cur_suffix[0]);
	by_first_make(&scales_ix, &scales[0].text, sizeof scales[0]);
	by_first_make(&num_words_ix, &num_words[0].text, sizeof num_words[0]);
}

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
		unsigned char q0 = (unsigned char)qualifiers[k][0][0];
		for (size_t j = from; j + n <= start; j++) {
			/* the first byte before the call: qualifiers are lower case */
			if (lower((unsigned char)s[j]) != q0 || strncasecmp(s + j, qualifiers[k][0], n))
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

/* ---- crowns ---- */

/* A bare "Kronen", "kroner", "couronnes", "coronas", "crowns" is
 * Norway's, Sweden's, Denmark's or the Czech Republic's crown: the text
 * says which when it names one of those countries and no other ("der
 * norwegische Pensionsfonds KLP ... 275 Millionen Kronen"). Looked up
 * once per scan, and only when a bare crown follows an amount. */
typedef struct crowns {
	const char *code; /* NULL: none, or more than one country */
	int known;
} crowns;

static const char *crown_country(const char *s, size_t len)
{
	static const struct {
		const char *stem, *code;
	} stems[] = {
		{"norw", "NOK"}, {"norv", "NOK"}, {"norue", "NOK"}, {"swed", "SEK"},
		{"schwed", "SEK"}, {"su\xC3\xA8\x64", "SEK"}, {"su\xC3\xA9\x64", "SEK"},
		{"suec", "SEK"}, {"denmark", "DKK"}, {"danish", "DKK"}, {"d\xC3\xA4n", "DKK"},
		{"danemark", "DKK"}, {"danois", "DKK"}, {"dinamarca", "DKK"},
		{"dan\xC3\xA9s", "DKK"}, {"danes", "DKK"}, {"czech", "CZK"}, {"tschech", "CZK"},
		{"tch\xC3\xA8que", "CZK"}, {"checa", "CZK"}, {"checo", "CZK"},
	};
	const char *found = NULL;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = lower((unsigned char)s[i]);
		if (c != 'n' && c != 's' && c != 'd' && c != 'c' && c != 't')
			continue;
		if (is_alpha_before(s, i))
			continue;
		for (size_t k = 0; k < sizeof stems / sizeof stems[0]; k++) {
			size_t n = strlen(stems[k].stem);
			if ((unsigned char)stems[k].stem[0] != c || i + n > len ||
			    strncasecmp(s + i, stems[k].stem, n))
				continue;
			if (found && strcmp(found, stems[k].code))
				return NULL; /* two countries: the crown stays unread */
			found = stems[k].code;
		}
	}
	return found;
}

static size_t crown_at(const char *s, size_t len, size_t i, crowns *cr, const char **code)
{
	static const char *const bare[] = {"kronen", "krone", "kroner", "kronor", "krona",
	                                   "couronnes", "couronne", "coronas", "crowns", NULL};
	if (!cr || i >= len || (lower((unsigned char)s[i]) != 'k' && lower((unsigned char)s[i]) != 'c'))
		return 0;
	for (int k = 0; bare[k]; k++) {
		size_t e = word_at(s, len, i, bare[k]);
		if (!e)
			continue;
		if (!cr->known) {
			cr->code = crown_country(s, len);
			cr->known = 1;
		}
		if (!cr->code)
			return 0;
		*code = cr->code;
		return e;
	}
	return 0;
}

/* Try an amount at i; returns its end (0 if none) and fills *m. The
 * caller has made the lists' chains (lists_once). */
static size_t money_at(const char *s, size_t len, size_t i, char dm, crowns *cr,
                       rcp_money *m)
{
	memset(m, 0, sizeof *m);
	const char *code = NULL;
	size_t p = i;
	if (is_alpha_before(s, i))
		return 0;
	size_t e = currency_at(s, len, p, cur_prefix, &cur_prefix_ix, &code);
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
		int sf = scale_at(s, len, q, 1, &mul) || scale_at(s, len, skip_spaces(s, len, q), 0, &mul) ||
		         scale_at(s, len, hyphen_after(s, len, q), 0, &mul);
		if (sf && parse_number(s, len, p, dm, 1, &num) != 1)
			return 0;
		after_num = num.end;
	} else {
		unsigned char p0 = p < len ? lower((unsigned char)s[p]) : 0;
		unsigned char p1 = p + 1 < len ? lower((unsigned char)s[p + 1]) : 0;
		const by_first *ix = &num_words_ix;
		for (unsigned k = p < len ? ix->head[p0] : NO_ENTRY; k != NO_ENTRY; k = ix->next[k]) {
			/* the second byte before a call: a first byte starts many */
			if (p + 1 < len && ix->len[k] > 1 &&
			    p1 != (unsigned char)num_words[k].text[1])
				continue;
			size_t we = word_n_at(s, len, p, num_words[k].text, ix->len[k]);
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
		size_t at = q;
		size_t se = scale_at(s, len, q, q == after_num && got == 1, &k);
		if (!se)
			se = scale_at(s, len, at = skip_spaces(s, len, q), 0, &k);
		if (!se && q == after_num)
			se = scale_at(s, len, at = hyphen_after(s, len, q), 0, &k); /* "$100-million" */
		if (!se)
			break;
		k = long_scale(s, at, se, dm, k);
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
		size_t ce = currency_at(s, len, r, cur_suffix, &cur_suffix_ix, &code);
		if (!ce && nscale && q < len && s[q] == '-')
			ce = currency_at(s, len, r = q + 1, cur_suffix, &cur_suffix_ix, &code); /* "2-billion-dollar" */
		if (!ce) {
			/* the symbol right after the digits: "10 000 €" */
			ce = currency_at(s, len, skip_spaces(s, len, q), cur_suffix, &cur_suffix_ix, &code);
			if (!ce)
				ce = crown_at(s, len, r, cr, &code);
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
		size_t ce = currency_at(s, len, r, cur_prefix, &cur_prefix_ix, &code2);
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

/* Is the run of ASCII letters at i at most 9 long, as every number word,
 * currency code and "mil" is? (A longer one may still be "u.s.$": its run
 * is "u".) */
static int short_word(const char *s, size_t len, size_t i)
{
	size_t e = i;
	while (e < len && e - i <= 9 && isalpha((unsigned char)s[e]))
		e++;
	return e - i <= 9;
}

void rcp_money_scan(const char *text, size_t len, const char *lang,
                    int (*fn)(const rcp_money *m, void *ctx), void *ctx)
{
	char dm = decimal_mark_for(lang);
	pthread_once(&lists_once, lists_make);
	unsigned char ok[256];
	first_bytes(ok);
	crowns cr = {NULL, 0};
	size_t i = 0;
	while (i < len) {
		unsigned char c = (unsigned char)text[i];
		unsigned char lc = lower(c);
		int candidate = is_digit((char)c) || c == '$' || (c >= 0x80 && ok[c]) ||
		                (isalpha(c) && ok[lc] && starts2_has(text, len, i) &&
		                 short_word(text, len, i) &&
		                 !is_alpha_before(text, i));
		rcp_money m;
		size_t e = candidate ? money_at(text, len, i, dm, &cr, &m) : 0;
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
	pthread_once(&lists_once, lists_make);
	size_t e = money_at(s, len, 0, decimal_mark_for(lang), NULL, &m);
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
