/*
 * test_scan_line.c — rcp_scan_line(), the fast way `receipts scan` prints
 * a match, against the general way: the same object dumped by jansson
 * (cmd_scan.c falls back to it whenever rcp_scan_line() returns 0). Random
 * ids and texts of plain ASCII, escapes, control bytes and valid and
 * invalid UTF-8, cut at every length.
 */
#include <jansson.h>
#include <stdlib.h>
#include <unistd.h>

#include "receipts.h"
#include "test.h"

/* what cmd_scan.c's general path writes: the line, or "" when jansson
 * refuses a string (not UTF-8) */
static size_t general(char *out, size_t cap, int64_t record, const char *entity, uint32_t start,
                      uint32_t end, const char *text, size_t len)
{
	json_t *o = json_object();
	json_object_set_new(o, "record", json_integer(record));
	json_object_set_new(o, "entity", json_string(entity));
	json_object_set_new(o, "start", json_integer(start));
	json_object_set_new(o, "end", json_integer(end));
	json_t *t = json_stringn(text, len);
	size_t n = 0;
	if (t && json_object_size(o) == 4) {
		json_object_set_new(o, "text", t);
		n = json_dumpb(o, out, cap - 1, JSON_COMPACT | JSON_PRESERVE_ORDER);
		if (n >= cap - 1)
			n = 0;
		else
			out[n++] = '\n';
	} else {
		json_decref(t);
	}
	json_decref(o);
	return n;
}

static uint64_t rng = 0x2545F4914F6CDD1Dull;

static unsigned rnd(unsigned n)
{
	return test_rand(&rng, n);
}

static const char *const pieces[] = {
	"a", "Elbit", " ", "Systems", "-", "0", "9", "x", "\"", "\\", "/", "\n", "\t", "\r",
	"\x01", "\x1f", "\x7f", "~", "é", "Ö", "’", "漢", "😀", "\xff", "\xc3", "\xe2\x82",
	"\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "{", "}", ":", ",",
};

static int plain_bytes(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\')
			return 0;
	}
	return 1;
}

static int fast_taken;

/* rcp_scan_plain()'s answer the slow way: jansson takes the string and
 * dumps it as it is, between quotes */
static int plain_by_jansson(const char *s, size_t n)
{
	json_t *j = json_stringn(s, n);
	if (!j)
		return 0;
	char *d = json_dumps(j, JSON_ENCODE_ANY);
	int ok = d && strlen(d) == n + 2 && !memcmp(d + 1, s, n);
	free(d);
	json_decref(j);
	return ok;
}

static void compare(int64_t record, const char *entity, uint32_t start, uint32_t end,
                    const char *text, size_t len)
{
	char want[1024], got[1024];
	size_t nw = general(want, sizeof want, record, entity, start, end, text, len);
	size_t ng = rcp_scan_line(got, sizeof got, record, entity, start, end, text, len);
	CHECK_INT(rcp_scan_plain(text, len), plain_by_jansson(text, len));
	if (ng) {
		fast_taken++;
		CHECK(ng == nw && !memcmp(got, want, ng));
		if (ng != nw || memcmp(got, want, ng))
			fprintf(stderr, "want %.*sgot  %.*s", (int)nw, want, (int)ng, got);
	}
	/* plain ASCII always takes the fast way */
	if (plain_bytes(entity, strlen(entity)) && plain_bytes(text, len))
		CHECK(ng != 0);
}

/* Lines longer than a read block, from a regular file (a long line grows
 * the block once, to what the file has left, up to the limit): every
 * record whole and in order, a line over the limit skipped with its
 * number, the lines after it read as before. */
static void long_lines(void)
{
	static const size_t lens[] = {5, 3 << 20, 0, 7, (5 << 20) + 3, 200000, 1, 4 << 20, 9};
	const size_t nl = sizeof lens / sizeof lens[0], max = 4 << 20;
	char path[] = "/tmp/rcp-test-records-XXXXXX";
	int fd = mkstemp(path);
	CHECK(fd >= 0);
	FILE *f = fd >= 0 ? fdopen(fd, "w+") : NULL;
	if (!f)
		return;
	for (size_t i = 0; i < nl; i++) {
		for (size_t k = 0; k < lens[i]; k++)
			fputc('a' + (int)((i + k) % 26), f);
		if (i + 1 < nl) /* the last line without its newline */
			fputc('\n', f);
	}
	rewind(f);
	rcp_records *r = rcp_records_open(f, RCP_RECORDS_LINES, 0, NULL, max);
	const char *rec;
	size_t len;
	int64_t num;
	rcp_error err;
	int rc, bad = 0;
	size_t i = 0;
	while ((rc = rcp_records_next(r, &rec, &len, &num, &err)) != 0) {
		while (i < nl && lens[i] > max) { /* skipped, with its number */
			CHECK_INT(rc, -1);
			CHECK_INT(err.code, RCP_ETOOBIG);
			CHECK_INT(err.offset, (int64_t)i + 1);
			i++;
			rc = rcp_records_next(r, &rec, &len, &num, &err);
		}
		if (rc != 1 || i >= nl)
			break;
		CHECK_INT(num, (int64_t)i + 1);
		bad += len != lens[i];
		for (size_t k = 0; k < len && !bad; k++)
			bad += rec[k] != 'a' + (int)((i + k) % 26);
		i++;
	}
	CHECK_INT(bad, 0);
	CHECK_INT(i, nl);
	uint64_t total = nl - 1;
	for (size_t k = 0; k < nl; k++)
		total += lens[k];
	CHECK(rcp_records_bytes(r) == total);
	rcp_records_free(r);
	fclose(f);
	unlink(path);
}

int main(void)
{
	compare(1, "microsoft", 0, 9, "Microsoft", 9);
	compare(INT64_MAX, "x", UINT32_MAX, UINT32_MAX, "", 0);
	compare(0, "", 0, 0, "a\"b", 3);
	CHECK_INT(fast_taken, 2);
	/* figures of every length, at the edges where a digit is added */
	for (uint64_t p = 1; p <= UINT32_MAX; p *= 10) {
		uint32_t lo = (uint32_t)(p - 1), hi = (uint32_t)p;
		compare((int64_t)p - 1, "e", lo, hi, "Xy", 2);
		compare((int64_t)p * 1000000000, "e", hi, hi, "x", 1);
	}
	/* and of every length between */
	for (int r = 0; r < 20000; r++) {
		uint32_t lim = 1;
		for (unsigned k = 1 + rnd(9); k; k--)
			lim *= 10;
		uint32_t a = rnd(lim), b = a + rnd(lim);
		compare(rnd(lim), "e", a, b, "Zo", 2);
	}
	char small[8];
	CHECK(rcp_scan_line(small, sizeof small, 1, "a", 0, 1, "a", 1) == 0); /* no room */

	char text[200], entity[64];
	for (int r = 0; r < 3000; r++) {
		size_t n = 0, ne = 0;
		unsigned parts = 1 + rnd(20);
		int plain = rnd(2); /* half of them from the first eight pieces only */
		unsigned range = plain ? 8 : sizeof pieces / sizeof pieces[0];
		for (unsigned k = 0; k < parts; k++) {
			const char *p = pieces[rnd(range)];
			size_t l = strlen(p);
			if (n + l >= sizeof text)
				break;
			memcpy(text + n, p, l);
			n += l;
		}
		for (unsigned k = 0, pe = 1 + rnd(4); k < pe; k++) {
			const char *p = pieces[rnd(rnd(4) ? 8 : sizeof pieces / sizeof pieces[0])];
			size_t l = strlen(p);
			if (ne + l >= sizeof entity)
				break;
			memcpy(entity + ne, p, l);
			ne += l;
		}
		entity[ne] = '\0';
		int64_t record = (int64_t)rnd(1000000) * (rnd(2) ? 1 : 1000000007);
		uint32_t start = rnd(2) ? rnd(100) : (uint32_t)rng;
		for (size_t k = 0; k <= n; k++)
			compare(record, entity, start, start + (uint32_t)k, text, k);
	}
	CHECK(fast_taken > 10000);
	/* lines from a stream without a descriptor (read with fread), CRLF
	 * and a last line without its newline included */
	static char mem[] = "a\nbb\r\n\nccc";
	FILE *f = fmemopen(mem, strlen(mem), "r");
	CHECK(f != NULL);
	if (f) {
		rcp_records *r = rcp_records_open(f, RCP_RECORDS_LINES, 0, NULL, 0);
		const char *rec;
		size_t len;
		int64_t num;
		rcp_error err;
		char got[64] = "";
		while (rcp_records_next(r, &rec, &len, &num, &err) == 1 && strlen(got) + len < 60) {
			strncat(got, rec, len);
			strcat(got, "|");
		}
		CHECK_STR(got, "a|bb||ccc|");
		rcp_records_free(r);
		fclose(f);
	}
	long_lines();
	TEST_END();
}
