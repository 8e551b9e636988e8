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

int main(void)
{
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
