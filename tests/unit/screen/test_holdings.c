/* Holdings layouts against tests/data/screen/layouts.tsv, numbers against
 * numbers.tsv, N-PORT XML, and the files that must be refused. */
#include <math.h>
#include <unistd.h>

#include "internal.h"
#include "test.h"

static char tmp[64];

static const char *write_tmp(const char *bytes, size_t n)
{
	snprintf(tmp, sizeof tmp, "/tmp/rcp-test-holdings-XXXXXX");
	int fd = mkstemp(tmp);
	if (fd < 0 || write(fd, bytes, n) != (ssize_t)n) {
		fprintf(stderr, "cannot write %s\n", tmp);
		exit(2);
	}
	close(fd);
	return tmp;
}

static void layouts(void)
{
	FILE *f = test_open_table("screen/layouts.tsv");
	char line[4096], *fld[8];
	int n, cases = 0;
	while ((n = test_next_row(f, line, sizeof line, fld, 7)) > 0) {
		CHECK_INT(n, 7);
		if (n != 7)
			continue;
		const char *path = write_tmp(fld[0], strlen(fld[0]));
		rcp_error err;
		rcp_holdings *h = rcp_holdings_open(path, &err);
		CHECK(h != NULL);
		if (!h) {
			fprintf(stderr, "case %d: %s\n", cases + 1, err.why);
			unlink(path);
			continue;
		}
		CHECK_STR(rcp_holdings_layout(h), fld[1]);
		CHECK_STR(rcp_holdings_columns(h), fld[2]);
		rcp_holding r;
		int rows = 0, got;
		char first[256] = "", wbuf[64] = "-", lastwarn[256] = "-";
		while ((got = rcp_holdings_next(h, &r, &err)) == 1) {
			if (++rows == 1) {
				snprintf(first, sizeof first, "%s", r.name ? r.name : "");
				if (!isnan(r.weight))
					snprintf(wbuf, sizeof wbuf, "%g", r.weight);
			}
			snprintf(lastwarn, sizeof lastwarn, "%s", r.warning ? r.warning : "-");
			CHECK_INT(r.row, rows);
		}
		CHECK_INT(got, 0);
		CHECK_INT(rows, atoi(fld[3]));
		CHECK_STR(first, fld[4]);
		CHECK_STR(wbuf, fld[5]);
		CHECK_STR(lastwarn, fld[6]);
		rcp_holdings_close(h);
		unlink(path);
		cases++;
	}
	fclose(f);
	CHECK(cases >= 10);
}

static void numbers(void)
{
	FILE *f = test_open_table("screen/numbers.tsv");
	char line[512], *fld[5];
	int n;
	while ((n = test_next_row(f, line, sizeof line, fld, 4)) > 0) {
		int conv = atoi(fld[1]);
		double v = rcp__holdings_number(fld[0], &conv);
		if (!strcmp(fld[2], "-")) {
			CHECK(isnan(v));
		} else {
			if (!(fabs(v - strtod(fld[2], NULL)) < 1e-9))
				fprintf(stderr, "'%s' -> %g\n", fld[0], v);
			CHECK(fabs(v - strtod(fld[2], NULL)) < 1e-9);
		}
		CHECK_INT(conv, atoi(fld[3]));
	}
	fclose(f);
}

static void nport(void)
{
	char path[600];
	snprintf(path, sizeof path, "%s/screen/nport-sample.xml", test_data_dir());
	rcp_error err;
	rcp_holdings *h = rcp_holdings_open(path, &err);
	CHECK(h != NULL);
	if (!h)
		return;
	CHECK_STR(rcp_holdings_layout(h), "nport");
	rcp_holding r;
	CHECK_INT(rcp_holdings_next(h, &r, &err), 1);
	CHECK_STR(r.name, "Lockheed Martin Corp");
	CHECK_STR(r.isin, "US5398301094");
	CHECK_STR(r.cusip, "539830109");
	CHECK(r.lei == NULL); /* N/A */
	CHECK(fabs(r.weight - 2.5) < 1e-9);
	CHECK(fabs(r.value - 450000.0) < 1e-6);
	CHECK_STR(r.asset_class, "EC");
	CHECK_INT(rcp_holdings_next(h, &r, &err), 1);
	CHECK_STR(r.lei, "HWUPKR0MPOU8FGXBT394");
	CHECK_STR(r.ticker, "AAPL");
	CHECK_INT(rcp_holdings_next(h, &r, &err), 1);
	CHECK_STR(r.name, "S&P 500 E-mini future");
	CHECK(r.cusip == NULL); /* 000000000 */
	CHECK_STR(r.asset_class, "DE");
	CHECK_INT(rcp_holdings_next(h, &r, &err), 0);
	rcp_holdings_close(h);

	/* broken XML is an error with a line, not a crash */
	const char *bad = "<?xml version=\"1.0\"?><edgarSubmission><invstOrSecs>"
	                  "<invstOrSec><name>A</name></invstOrSec><invstOrSec><name>B";
	const char *p = write_tmp(bad, strlen(bad));
	h = rcp_holdings_open(p, &err);
	CHECK(h != NULL);
	if (h) {
		int got;
		while ((got = rcp_holdings_next(h, &r, &err)) == 1)
			;
		CHECK_INT(got, -1);
		CHECK_INT(err.code, RCP_EPARSE);
		rcp_holdings_close(h);
	}
	unlink(p);
}

static void refused(void)
{
	static const struct {
		const char *bytes;
		size_t n;
		rcp_status code;
		const char *what;
	} cases[] = {
		{"", 0, RCP_EPARSE, "empty holdings file"},
		{" \n\n  \n", 6, RCP_EPARSE, "empty holdings file"},
		{"Foo,Bar,Baz\n1,2,3\n", 18, RCP_EPARSE, "no name or identifier column"},
		{"\xFF\xFEN\0a\0", 6, RCP_EFORMAT, "cannot read holdings"},
		{"PK\x03\x04\0\0\0", 7, RCP_EBINARY, "cannot read holdings"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const char *p = write_tmp(cases[i].bytes, cases[i].n);
		rcp_error err;
		rcp_error_clear(&err);
		rcp_holdings *h = rcp_holdings_open(p, &err);
		CHECK(h == NULL);
		CHECK_INT(err.code, cases[i].code);
		CHECK_STR(err.what, cases[i].what);
		rcp_holdings_close(h);
		unlink(p);
	}
	rcp_error err;
	CHECK(rcp_holdings_open("/nonexistent/file.csv", &err) == NULL);
	CHECK_INT(err.code, RCP_EIO);
}

int main(void)
{
	layouts();
	numbers();
	nport();
	refused();
	TEST_END();
}
