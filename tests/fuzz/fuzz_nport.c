/*
 * fuzz_nport.c — libFuzzer target for SEC N-PORT XML (lib/screen/nport.c)
 * through the holdings reader: the input is written to a file as it is
 * when it starts like XML, else behind an XML declaration, so that every
 * input reaches the N-PORT reader.
 *
 * Promises checked: rows numbered 1, 2, ...; names and identifiers are
 * UTF-8 and within their fields' sizes; an identifier given is a valid
 * one (LEI, CUSIP, ISIN); the reader ends with 0 or a status and an error
 * message, never with a row after an error. Entity declarations and
 * references must be refused, never expanded (a value is never longer
 * than its field).
 *
 * Built by meson: `make fuzz` (libFuzzer, clang) and, with replay.c's
 * main(), in every build, where it replays tests/fuzz/corpus/nport/.
 */
#include <unistd.h>

#include "fuzz.h"

static void check_str(const char *s, size_t cap)
{
	if (!s)
		return;
	size_t n = strlen(s);
	FUZZ_CHECK(n < cap);
	FUZZ_CHECK(rcp__utf8_valid(s, n));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char head[] = "<?xml version=\"1.0\"?>\n";
	char path[] = "/tmp/rcp-fuzz-nport-XXXXXX";
	int fd = mkstemp(path);
	if (fd < 0)
		return 0;
	int ok = 1;
	if (size < 5 || memcmp(data, "<?xml", 5))
		ok = write(fd, head, sizeof head - 1) == (ssize_t)(sizeof head - 1);
	if (ok && size)
		ok = write(fd, data, size) == (ssize_t)size;
	close(fd);
	if (!ok) {
		unlink(path);
		return 0;
	}
	rcp_error err;
	rcp_error_clear(&err);
	rcp_holdings *h = rcp_holdings_open(path, &err);
	if (h) {
		rcp_holding r;
		int got;
		int64_t rows = 0;
		while ((got = rcp_holdings_next(h, &r, &err)) == 1) {
			FUZZ_CHECK(r.row == ++rows);
			check_str(r.name, 512);
			check_str(r.ticker, 32);
			check_str(r.asset_class, 16);
			if (r.lei)
				FUZZ_CHECK(rcp_lei_valid(r.lei));
			if (r.cusip)
				FUZZ_CHECK(rcp_cusip_valid(r.cusip));
			if (r.isin)
				FUZZ_CHECK(rcp_isin_valid(r.isin));
			if (r.warning)
				FUZZ_CHECK(rcp__utf8_valid(r.warning, strlen(r.warning)));
			if (rows > 100000)
				break;
		}
		if (got < 0)
			FUZZ_CHECK(err.code != RCP_OK && err.what[0]);
		rcp_holdings_close(h);
	}
	unlink(path);
	return 0;
}
