/*
 * identifier.c — check digits of security and legal-entity identifiers.
 *
 *   ISIN   ISO 6166: 2 letters, 9 alphanumerics, a Luhn check digit over
 *          the string with letters written as numbers (A=10 ... Z=35)
 *   CUSIP  8 characters and a modulus-10 "double-add-double" digit
 *   LEI    ISO 17442: 18 alphanumerics and 2 digits, mod 97 == 1
 *   FIGI   12 characters, third is G, no vowels, CUSIP-style check digit
 *   SEDOL  6 digits or consonants and a check digit, weights 1 3 1 7 3 9
 */
#include <ctype.h>
#include <string.h>

#include "internal.h"

static int char_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	return -1;
}

int rcp_isin_valid(const char *s)
{
	if (!s || strlen(s) != 12)
		return 0;
	if (!isupper((unsigned char)s[0]) || !isupper((unsigned char)s[1]) ||
	    !isdigit((unsigned char)s[11]))
		return 0;
	/* expand to digits, then Luhn from the right */
	char digits[24];
	size_t n = 0;
	for (int i = 0; i < 12; i++) {
		int v = char_value((unsigned char)s[i]);
		if (v < 0)
			return 0;
		if (v >= 10)
			digits[n++] = (char)('0' + v / 10);
		digits[n++] = (char)('0' + v % 10);
	}
	int sum = 0;
	for (size_t k = 0; k < n; k++) {
		int d = digits[n - 1 - k] - '0';
		if (k % 2 == 1) {
			d *= 2;
			if (d > 9)
				d -= 9;
		}
		sum += d;
	}
	return sum % 10 == 0;
}

/* The CUSIP and FIGI check digit over the first n characters. */
static int double_add_double(const char *s, size_t n)
{
	int sum = 0;
	for (size_t i = 0; i < n; i++) {
		int c = (unsigned char)s[i], v;
		if (c == '*')
			v = 36;
		else if (c == '@')
			v = 37;
		else if (c == '#')
			v = 38;
		else if ((v = char_value(c)) < 0)
			return -1;
		if (i % 2 == 1)
			v *= 2;
		sum += v / 10 + v % 10;
	}
	return (10 - sum % 10) % 10;
}

int rcp_cusip_valid(const char *s)
{
	if (!s || strlen(s) != 9 || !isdigit((unsigned char)s[8]))
		return 0;
	int check = double_add_double(s, 8);
	return check >= 0 && check == s[8] - '0';
}

int rcp_lei_valid(const char *s)
{
	if (!s || strlen(s) != 20 || !isdigit((unsigned char)s[18]) ||
	    !isdigit((unsigned char)s[19]))
		return 0;
	int rem = 0;
	for (int i = 0; i < 20; i++) {
		int v = char_value((unsigned char)s[i]);
		if (v < 0)
			return 0;
		rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
	}
	return rem == 1;
}

int rcp_figi_valid(const char *s)
{
	if (!s || strlen(s) != 12 || s[2] != 'G' || !isdigit((unsigned char)s[11]))
		return 0;
	for (int i = 0; i < 11; i++) {
		if (strchr("AEIOU", s[i]) || char_value((unsigned char)s[i]) < 0)
			return 0;
	}
	static const char *const banned[] = {"BS", "BM", "GG", "GB", "GH", "KY", "VG"};
	for (size_t i = 0; i < sizeof banned / sizeof banned[0]; i++)
		if (!strncmp(s, banned[i], 2))
			return 0;
	int check = double_add_double(s, 11);
	return check >= 0 && check == s[11] - '0';
}

int rcp_sedol_valid(const char *s)
{
	static const int w[] = {1, 3, 1, 7, 3, 9, 1};
	if (strlen(s) != 7)
		return 0;
	int sum = 0;
	for (int i = 0; i < 6; i++) {
		int ch = (unsigned char)s[i], v;
		if (isdigit(ch))
			v = ch - '0';
		else if (isupper(ch) && !strchr("AEIOU", ch))
			v = ch - 'A' + 10;
		else
			return 0;
		sum += v * w[i];
	}
	return isdigit((unsigned char)s[6]) && (10 - sum % 10) % 10 == s[6] - '0';
}
