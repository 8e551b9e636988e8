#include "internal.h"
#include "test.h"

#define DECODE(lit, e, r, st) decode(lit, sizeof(lit) - 1, e, r, st)

static char *decode(const char *bytes, size_t n, const char **enc, int *rep, rcp_status *st)
{
	char *out = NULL;
	size_t len;
	rcp_error err;
	*st = rcp__text_decode((const uint8_t *)bytes, n, &out, &len, enc, rep, &err);
	return *st == RCP_OK ? out : NULL;
}

/* Property: rcp__utf8_dup gives valid UTF-8 for any bytes (a name from
 * outside: a Latin-1 file name), the same bytes when they were UTF-8
 * already, and every ASCII byte kept in place of order. */
static void utf8_dup_property(void)
{
	unsigned seed = 7;
	for (int iter = 0; iter < 2000; iter++) {
		char in[64];
		size_t n = (size_t)(iter % 48);
		for (size_t i = 0; i < n; i++) {
			seed = seed * 1103515245u + 12345u;
			in[i] = (char)(seed >> 16 & 0xff);
			if (!in[i])
				in[i] = 'a';
		}
		char *out = rcp__utf8_dup(in, n);
		CHECK(rcp__utf8_valid(out, strlen(out)));
		if (rcp__utf8_valid(in, n))
			CHECK(strlen(out) == n && !memcmp(out, in, n));
		size_t a = 0, b = 0;
		for (size_t i = 0; i < n; i++)
			a += (unsigned char)in[i] < 0x80;
		for (size_t i = 0; out[i]; i++)
			b += (unsigned char)out[i] < 0x80;
		CHECK(a == b);
		free(out);
	}
	char *s = rcp__utf8_dup("Soci\xe9t\xe9 G\xe9n\xe9rale \x80", 18);
	CHECK_STR(s, "Soci\xc3\xa9t\xc3\xa9 G\xc3\xa9n\xc3\xa9rale \xe2\x82\xac");
	free(s);
}

/* Property: UTF-8 text in any script with a few bad bytes (overlongs,
 * surrogates, code points past U+10FFFF, stray bytes, a cut sequence)
 * decodes as UTF-8, every good character kept and each bad byte one
 * U+FFFD, counted: it was read as Windows-1252, every accented letter
 * turned to two ("SociÃ©tÃ©") for one stray byte. Windows-1252 text
 * stays Windows-1252. */
static void mostly_utf8_property(void)
{
	static const char *const words[] = {
		"Soci\xc3\xa9t\xc3\xa9 ", "G\xc3\xa9n\xc3\xa9rale ", "\xd0\xad\xd0\xbb\xd0\xb1\xd0\xb8\xd1\x82 ",
		"\xd7\x90\xd7\x9c\xd7\x91\xd7\x99\xd7\x98 ", "\xe3\x82\xa8\xe3\x83\xab ",
		"\xe5\x9f\x83\xe5\xb0\x94 ", "\xf0\x9f\x9a\x80 ", "Thales ", "supplies ",
	};
	static const char *const bad[] = {"\xc0\xaf", "\xe0\x80\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80",
	                                  "\xff", "\xfe", "\x80", "\xe2\x82"};
	static const int bad_bytes[] = {2, 3, 3, 4, 1, 1, 1, 2};
	unsigned seed = 31;
	int checked = 0, with_bad = 0;
	for (int iter = 0; iter < 3000; iter++) {
		rcp_buf in, want;
		rcp__buf_init(&in, 0);
		rcp__buf_init(&want, 0);
		int nbad = 0, nwords = 4 + iter % 40;
		for (int w = 0; w < nwords; w++) {
			seed = seed * 1103515245u + 12345u;
			const char *word = words[(seed >> 16) % 9];
			/* a word of many letters holds several valid sequences: one bad
			 * spot per eight words keeps the text mostly UTF-8 */
			if ((seed >> 8) % 8 == 0 && (w % 2)) {
				int k = (int)((seed >> 20) % 8);
				rcp__buf_append(&in, bad[k], strlen(bad[k]));
				for (int j = 0; j < bad_bytes[k]; j++)
					rcp__buf_append(&want, "\xef\xbf\xbd", 3);
				nbad += bad_bytes[k];
				rcp__buf_putc(&in, ' ');
				rcp__buf_putc(&want, ' ');
			}
			rcp__buf_append(&in, word, strlen(word));
			rcp__buf_append(&want, word, strlen(word));
		}
		const char *enc;
		int rep;
		rcp_status st;
		char *out = decode(in.data, in.len, &enc, &rep, &st);
		size_t valid = 0; /* the property holds while good sequences outnumber bad bytes */
		for (size_t i = 0; i < want.len; i++)
			valid += ((unsigned char)want.data[i] & 0xC0) == 0xC0;
		valid -= (size_t)nbad; /* each U+FFFD written counted one */
		if (out && valid > (size_t)nbad) {
			checked++;
			with_bad += nbad > 0;
			CHECK_STR(enc, "utf-8");
			CHECK_INT(rep, nbad);
			CHECK(strlen(out) == want.len && !memcmp(out, want.data, want.len));
		}
		free(out);
		rcp__buf_release(&in);
		rcp__buf_release(&want);
	}
	CHECK(checked > 2000 && with_bad > 1000);
	/* Windows-1252 text: no valid sequence, stays Windows-1252 */
	const char *enc;
	int rep;
	rcp_status st;
	char *out = DECODE("Soci\xe9t\xe9 G\xe9n\xe9rale a livr\xe9 \x80 10 \x93ok\x94 \xc0 la fin", &enc, &rep,
	                   &st);
	CHECK_STR(enc, "windows-1252");
	free(out);
	/* a UTF-8 French text with one stray byte: UTF-8, one U+FFFD */
	out = DECODE("Soci\xc3\xa9t\xc3\xa9 G\xc3\xa9n\xc3\xa9rale a fourni Thales. \xff fin", &enc, &rep, &st);
	CHECK_STR(out, "Soci\xc3\xa9t\xc3\xa9 G\xc3\xa9n\xc3\xa9rale a fourni Thales. \xef\xbf\xbd fin");
	CHECK_STR(enc, "utf-8");
	CHECK_INT(rep, 1);
	free(out);
	/* with a BOM too */
	out = DECODE("\xEF\xBB\xBF" "Soci\xc3\xa9t\xc3\xa9 \xff", &enc, &rep, &st);
	CHECK_STR(out, "Soci\xc3\xa9t\xc3\xa9 \xef\xbf\xbd");
	CHECK_INT(rep, 1);
	free(out);
}

int main(void)
{
	mostly_utf8_property();
	utf8_dup_property();
	const char *enc;
	int rep;
	rcp_status st;
	char *s;

	/* UTF-8 kept byte for byte */
	s = DECODE("D\xC3\xA9" "fense \xD7\x90", &enc, &rep, &st);
	CHECK_STR(s, "D\xC3\xA9" "fense \xD7\x90");
	CHECK_STR(enc, "utf-8");
	free(s);

	/* Latin-1 / Windows-1252 */
	s = DECODE("caf\xE9 \x80 10 \x93quoted\x94", &enc, &rep, &st);
	CHECK_STR(s, "caf\xC3\xA9 \xE2\x82\xAC 10 \xE2\x80\x9Cquoted\xE2\x80\x9D");
	CHECK_STR(enc, "windows-1252");
	free(s);

	/* UTF-16LE and BE with a BOM, with a surrogate pair (U+1F600) */
	s = decode("\xFF\xFE" "A\0\xE9\0=\xD8\x00\xDE", 10, &enc, &rep, &st);
	CHECK_STR(s, "A\xC3\xA9\xF0\x9F\x98\x80");
	CHECK_STR(enc, "utf-16le");
	CHECK_INT(rep, 0);
	free(s);
	s = decode("\xFE\xFF\0A\0\xE9", 6, &enc, &rep, &st);
	CHECK_STR(s, "A\xC3\xA9");
	CHECK_STR(enc, "utf-16be");
	free(s);
	/* lone surrogate and an odd trailing byte are replaced, counted */
	s = decode("\xFF\xFE\x00\xD8" "A\0B", 7, &enc, &rep, &st);
	CHECK_STR(s, "\xEF\xBF\xBD" "A\xEF\xBF\xBD");
	CHECK_INT(rep, 2);
	free(s);
	/* UTF-16LE without a BOM is recognised by where the NULs fall */
	s = decode("H\0e\0l\0l\0o\0 \0w\0o\0r\0l\0d\0", 22, &enc, &rep, &st);
	CHECK_STR(s, "Hello world");
	CHECK_STR(enc, "utf-16le");
	free(s);

	/* UTF-8 BOM removed */
	s = decode("\xEF\xBB\xBFhi", 5, &enc, &rep, &st);
	CHECK_STR(s, "hi");
	free(s);

	/* binary refused */
	s = decode("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, &enc, &rep, &st);
	CHECK(s == NULL);
	CHECK_INT(st, RCP_EBINARY);
	s = decode("abc\0\x01\x02\0\0xyz\0", 12, &enc, &rep, &st);
	CHECK_INT(st, RCP_EBINARY);
	s = decode("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f", 10, &enc, &rep, &st);
	CHECK_INT(st, RCP_EBINARY);
	s = decode("PK\x03\x04 rest", 9, &enc, &rep, &st);
	CHECK_INT(st, RCP_EBINARY);

	/* the UTF-8 validator: golden table */
	FILE *f = test_open_table("text/utf8.tsv");
	char line[512], *fl[2];
	while (test_next_row(f, line, sizeof line, fl, 2) == 2) {
		int want = atoi(fl[1]);
		if (rcp__utf8_valid(fl[0], strlen(fl[0])) == want)
			t_pass++;
		else {
			t_fail++;
			fprintf(stderr, "utf8 '%s': want %d\n", fl[0], want);
		}
	}
	fclose(f);
	TEST_END();
}
