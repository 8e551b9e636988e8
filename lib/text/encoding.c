/*
 * encoding.c — tell text from binary and turn text into UTF-8.
 *
 * Order of decisions, each from the bytes alone:
 *   1. magic numbers of common binary formats          -> binary
 *   2. a UTF-8 or UTF-16 byte-order mark                -> that encoding
 *   3. NUL bytes: UTF-16 without a BOM if they fall on
 *      every other byte, otherwise                      -> binary
 *   4. many control characters                          -> binary
 *   5. valid UTF-8                                      -> kept byte for byte
 *   6. UTF-8 but for a few bytes (more valid multi-byte
 *      sequences than bytes that begin none)            -> UTF-8, each bad
 *                                                          byte U+FFFD
 *   7. anything else                                    -> Windows-1252
 *      (a superset of Latin-1's printable range)
 */
#include <string.h>

#include "internal.h"

int rcp__utf8_valid(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	while (i < n) {
		/* eight ASCII bytes at a time: most of a Latin text */
		if (i + 8 <= n) {
			uint64_t x;
			memcpy(&x, s + i, 8);
			if (!(x & 0x8080808080808080ull)) {
				i += 8;
				continue;
			}
		}
		unsigned c = s[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		size_t need;
		unsigned min;
		unsigned cp;
		if (c >= 0xC2 && c <= 0xDF) {
			need = 1, min = 0x80, cp = c & 0x1F;
		} else if (c >= 0xE0 && c <= 0xEF) {
			need = 2, min = 0x800, cp = c & 0x0F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			need = 3, min = 0x10000, cp = c & 0x07;
		} else {
			return 0;
		}
		if (n - i <= need)
			return 0;
		for (size_t k = 1; k <= need; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				return 0;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
		i += need + 1;
	}
	return 1;
}

static void put_utf8(rcp_buf *b, unsigned cp)
{
	char o[4];
	size_t n;
	if (cp < 0x80) {
		o[0] = (char)cp, n = 1;
	} else if (cp < 0x800) {
		o[0] = (char)(0xC0 | (cp >> 6));
		o[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
	} else if (cp < 0x10000) {
		o[0] = (char)(0xE0 | (cp >> 12));
		o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
	} else {
		o[0] = (char)(0xF0 | (cp >> 18));
		o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		o[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
	}
	/* the output is at most 3x the input; the buffer has no cap */
	(void)rcp__buf_append(b, o, n);
}

/* Windows-1252 0x80..0x9F; the five holes keep their C1 code points as
 * Latin-1 would. */
static const unsigned short cp1252_hi[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

/* The length of the valid UTF-8 sequence of two bytes or more at s[i], or 0. */
static size_t utf8_seq(const uint8_t *s, size_t n, size_t i)
{
	unsigned c = s[i];
	size_t need;
	unsigned min, cp;
	if (c >= 0xC2 && c <= 0xDF)
		need = 1, min = 0x80, cp = c & 0x1F;
	else if (c >= 0xE0 && c <= 0xEF)
		need = 2, min = 0x800, cp = c & 0x0F;
	else if (c >= 0xF0 && c <= 0xF4)
		need = 3, min = 0x10000, cp = c & 0x07;
	else
		return 0;
	if (n - i <= need)
		return 0;
	for (size_t k = 1; k <= need; k++) {
		if ((s[i + k] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i + k] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return need + 1;
}

/* UTF-8 with a few bad bytes: more valid sequences of two bytes or more
 * than bytes that begin none. Such a text read as Windows-1252 had every
 * one of its accented letters turned to two ("SociÃ©tÃ©") for one stray
 * byte; a Windows-1252 text holds next to no valid UTF-8 sequence. */
static int mostly_utf8(const uint8_t *s, size_t n)
{
	size_t valid = 0, bad = 0;
	for (size_t i = 0; i < n;) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		size_t k = utf8_seq(s, n, i);
		if (k) {
			valid++;
			i += k;
		} else {
			bad++;
			i++;
		}
	}
	return valid > bad;
}

/* UTF-8, each byte that begins no valid sequence replaced by U+FFFD;
 * returns how many were. */
static int decode_utf8_replacing(const uint8_t *s, size_t n, rcp_buf *b)
{
	int replaced = 0;
	size_t run = 0; /* valid bytes not yet copied, from s + run_at */
	size_t run_at = 0;
	for (size_t i = 0; i < n;) {
		size_t k = s[i] < 0x80 ? 1 : utf8_seq(s, n, i);
		if (k) {
			if (!run)
				run_at = i;
			run += k;
			i += k;
			continue;
		}
		(void)rcp__buf_append(b, s + run_at, run);
		run = 0;
		put_utf8(b, 0xFFFD);
		replaced++;
		i++;
	}
	(void)rcp__buf_append(b, s + run_at, run);
	return replaced;
}

static void decode_cp1252(const uint8_t *s, size_t n, rcp_buf *b)
{
	for (size_t i = 0; i < n; i++) {
		unsigned c = s[i];
		if (c < 0x80)
			(void)rcp__buf_putc(b, (char)c);
		else if (c < 0xA0)
			put_utf8(b, cp1252_hi[c - 0x80]);
		else
			put_utf8(b, c);
	}
}

char *rcp__utf8_dup(const char *s, size_t n)
{
	rcp_buf b;
	rcp__buf_init(&b, 0);
	if (rcp__utf8_valid(s, n))
		(void)rcp__buf_append(&b, s, n);
	else
		decode_cp1252((const uint8_t *)s, n, &b);
	return rcp__buf_detach(&b, NULL);
}

char *rcp_utf8_text(const char *s)
{
	return rcp__utf8_dup(s, strlen(s));
}

static int decode_utf16(const uint8_t *s, size_t n, int big, rcp_buf *b)
{
	int replaced = 0;
	size_t i = 0;
	while (i + 1 < n) {
		unsigned u = big ? (unsigned)(s[i] << 8 | s[i + 1]) : (unsigned)(s[i + 1] << 8 | s[i]);
		i += 2;
		if (u >= 0xD800 && u <= 0xDBFF) {
			if (i + 1 < n) {
				unsigned v = big ? (unsigned)(s[i] << 8 | s[i + 1])
				                 : (unsigned)(s[i + 1] << 8 | s[i]);
				if (v >= 0xDC00 && v <= 0xDFFF) {
					i += 2;
					put_utf8(b, 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
					continue;
				}
			}
			put_utf8(b, 0xFFFD);
			replaced++;
		} else if (u >= 0xDC00 && u <= 0xDFFF) {
			put_utf8(b, 0xFFFD);
			replaced++;
		} else {
			put_utf8(b, u);
		}
	}
	if (i < n) { /* odd trailing byte: a truncated file */
		put_utf8(b, 0xFFFD);
		replaced++;
	}
	return replaced;
}

static const struct {
	const char *magic;
	size_t len;
	const char *name;
} binary_magic[] = {
	{"\x89PNG\r\n\x1a\n", 8, "PNG image"},
	{"\xFF\xD8\xFF", 3, "JPEG image"},
	{"GIF87a", 6, "GIF image"},
	{"GIF89a", 6, "GIF image"},
	{"PK\x03\x04", 4, "ZIP archive (or an Office document)"},
	{"\x1F\x8B", 2, "gzip data"},
	{"BZh", 3, "bzip2 data"},
	{"\xFD" "7zXZ\x00", 6, "xz data"},
	{"7z\xBC\xAF\x27\x1C", 6, "7-zip archive"},
	{"\x7F" "ELF", 4, "ELF executable"},
	{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, "OLE2 document (old Office format)"},
	{"SQLite format 3", 16, "SQLite database"},
	{"RIFF", 4, "RIFF media"},
	{"OggS", 4, "Ogg media"},
	{"\x00\x00\x01\x00", 4, "icon"},
};

static const char *binary_kind(const uint8_t *s, size_t n)
{
	for (size_t i = 0; i < sizeof binary_magic / sizeof binary_magic[0]; i++)
		if (n >= binary_magic[i].len && memcmp(s, binary_magic[i].magic, binary_magic[i].len) == 0)
			return binary_magic[i].name;
	return NULL;
}

/* Where NULs fall in the first bytes: 0 none, 1 UTF-16LE shape, 2 UTF-16BE
 * shape, 3 scattered (binary). */
static int nul_shape(const uint8_t *s, size_t n)
{
	size_t lim = n < 65536 ? n : 65536;
	size_t even = 0, odd = 0;
	/* from one NUL to the next: a text has none */
	const uint8_t *p = lim ? memchr(s, 0, lim) : NULL;
	for (; p; p = memchr(p + 1, 0, lim - (size_t)(p + 1 - s)))
		((size_t)(p - s) & 1) ? odd++ : even++;
	if (!even && !odd)
		return 0;
	size_t pairs = lim / 2;
	if (pairs && (n % 2 == 0) && odd * 10 >= pairs * 3 && even * 50 < pairs)
		return 1;
	if (pairs && (n % 2 == 0) && even * 10 >= pairs * 3 && odd * 50 < pairs)
		return 2;
	return 3;
}

/* Control bytes that no text holds: below 0x20 but for tab, newline,
 * return, form feed, vertical tab and escape; and DEL. A table: this
 * reads every byte of every document. */
static const uint8_t control_byte[256] = {
	1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, /* \t \n \v \f \r */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, /* ESC */
	[0x7F] = 1,
};

static int mostly_control(const uint8_t *s, size_t n)
{
	size_t lim = n < 65536 ? n : 65536, ctl = 0;
	const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
	for (size_t i = 0; i < lim;) {
		/* eight bytes in 0x20..0x7E (a text's nearly all) hold none: a
		 * byte below 0x20, or of 0x7F and above, sets its high bit here
		 * (a carry only past a byte already set) */
		if (i + 8 <= lim) {
			uint64_t x;
			memcpy(&x, s + i, 8);
			if (!((((x - ones * 0x20) & ~x) | x | (x + ones)) & highs)) {
				i += 8;
				continue;
			}
		}
		ctl += control_byte[s[i]];
		i++;
	}
	return lim && ctl * 20 > lim; /* over 5% */
}

rcp_status rcp__text_decode(const uint8_t *s, size_t n, char **out, size_t *out_len,
                            const char **encoding, int *replaced, rcp_error *err)
{
	rcp_buf b;
	rcp__buf_init(&b, 0);
	int rep = 0;
	const char *enc;

	const char *kind = binary_kind(s, n);
	if (kind)
		return rcp__error_set(err, RCP_EBINARY, "binary input refused", NULL,
		                      "looks like a %s", kind);

	if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
		enc = "utf-8";
		if (rcp__utf8_valid((const char *)s + 3, n - 3))
			(void)rcp__buf_append(&b, s + 3, n - 3);
		else if (mostly_utf8(s + 3, n - 3))
			rep = decode_utf8_replacing(s + 3, n - 3, &b);
		else
			goto latin; /* a BOM on a file that is not UTF-8 after all */
	} else if (n >= 2 && s[0] == 0xFF && s[1] == 0xFE) {
		enc = "utf-16le";
		rep = decode_utf16(s + 2, n - 2, 0, &b);
	} else if (n >= 2 && s[0] == 0xFE && s[1] == 0xFF) {
		enc = "utf-16be";
		rep = decode_utf16(s + 2, n - 2, 1, &b);
	} else {
		switch (nul_shape(s, n)) {
		case 1:
			enc = "utf-16le";
			rep = decode_utf16(s, n, 0, &b);
			goto decoded;
		case 2:
			enc = "utf-16be";
			rep = decode_utf16(s, n, 1, &b);
			goto decoded;
		case 3:
			return rcp__error_set(err, RCP_EBINARY, "binary input refused", NULL,
			                      "contains NUL bytes");
		default:
			break;
		}
		if (mostly_control(s, n))
			return rcp__error_set(err, RCP_EBINARY, "binary input refused", NULL,
			                      "too many control characters for text");
		if (rcp__utf8_valid((const char *)s, n)) {
			enc = "utf-8";
			(void)rcp__buf_append(&b, s, n);
		} else if (mostly_utf8(s, n)) {
			enc = "utf-8";
			rep = decode_utf8_replacing(s, n, &b);
		} else {
		latin:
			enc = "windows-1252";
			rcp__buf_release(&b);
			decode_cp1252(s, n, &b);
		}
	}
decoded:
	if (b.len && memchr(b.data, '\0', b.len)) {
		rcp__buf_release(&b);
		return rcp__error_set(err, RCP_EBINARY, "binary input refused", NULL,
		                      "decoded text contains NUL characters");
	}
	if (b.len && mostly_control((const uint8_t *)b.data, b.len)) {
		rcp__buf_release(&b);
		return rcp__error_set(err, RCP_EBINARY, "binary input refused", NULL,
		                      "too many control characters for text");
	}
	*out = rcp__buf_detach(&b, out_len);
	*encoding = enc;
	*replaced = rep;
	return RCP_OK;
}
