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

/* Read every holding of bytes; returns what the last call returned. */
static int read_all(const char *bytes, size_t n, rcp_error *err, int *rows)
{
	const char *p = write_tmp(bytes, n);
	rcp_holdings *h = rcp_holdings_open(p, err);
	int got = -2;
	*rows = 0;
	if (h) {
		rcp_holding r;
		while ((got = rcp_holdings_next(h, &r, err)) == 1)
			++*rows;
		rcp_holdings_close(h);
	}
	unlink(p);
	return got;
}

/* Entities declared in a holdings file are refused before anything expands
 * them: a billion laughs, one big entity referenced many times in text and
 * in an attribute (libxml2 always expands attribute values). */
static void nport_entities(void)
{
	rcp_buf b;
	rcp__buf_init(&b, 0);
	const char *head = "<?xml version=\"1.0\"?>\n<!DOCTYPE edgarSubmission [\n";
	const char *open = "<edgarSubmission><formData><invstOrSecs><invstOrSec><name>";
	const char *close = "</name><pctVal>1</pctVal></invstOrSec></invstOrSecs></formData>"
	                    "</edgarSubmission>\n";
	for (int kind = 0; kind < 3; kind++) {
		b.len = 0;
		rcp__buf_append(&b, head, strlen(head));
		if (kind == 0) { /* a billion laughs, 10^5 times "lol " */
			rcp__buf_printf(&b, "<!ENTITY a0 \"lol lol lol lol lol lol lol lol lol lol \">\n");
			for (int i = 1; i <= 5; i++) {
				rcp__buf_printf(&b, "<!ENTITY a%d \"", i);
				for (int k = 0; k < 10; k++)
					rcp__buf_printf(&b, "&a%d;", i - 1);
				rcp__buf_printf(&b, "\">\n");
			}
		} else { /* quadratic: 64 KiB referenced 4,000 times */
			rcp__buf_printf(&b, "<!ENTITY e \"");
			for (int k = 0; k < 65536; k++)
				rcp__buf_putc(&b, 'x');
			rcp__buf_printf(&b, "\">\n");
		}
		rcp__buf_printf(&b, "]>\n");
		if (kind == 2) {
			rcp__buf_printf(&b, "<edgarSubmission><invstOrSec><identifiers><isin value=\"");
			for (int k = 0; k < 4000; k++)
				rcp__buf_printf(&b, "&e;");
			rcp__buf_printf(&b, "\"/></identifiers><name>A</name></invstOrSec></edgarSubmission>\n");
		} else {
			rcp__buf_append(&b, open, strlen(open));
			for (int k = 0; k < (kind ? 4000 : 100); k++)
				rcp__buf_printf(&b, kind ? "&e;" : "&a5;");
			rcp__buf_append(&b, close, strlen(close));
		}
		rcp_error err;
		rcp_error_clear(&err);
		int rows, got = read_all(b.data, b.len, &err, &rows);
		CHECK_INT(got, -1);
		CHECK_INT(rows, 0);
		CHECK_INT(err.code, RCP_EPARSE);
		CHECK(strstr(err.why, "entit") != NULL);
		if (!strstr(err.why, "entit"))
			fprintf(stderr, "case %d: %s\n", kind, err.why);
	}
	/* the declaration is seen wherever the reads cut it (libxml2 reads
	 * 4,000 bytes at a time; the first 64 KiB come from the read-ahead) */
	static const int seam_at[][2] = {{3980, 4020}, {7980, 8020}, {65500, 65560}};
	int seams = 0, tries = 0;
	for (size_t r = 0; r < sizeof seam_at / sizeof seam_at[0]; r++)
		for (int at = seam_at[r][0]; at < seam_at[r][1]; at++, tries++) {
			b.len = 0;
			rcp__buf_printf(&b, "<?xml version=\"1.0\"?>\n<!--");
			while (b.len + 4 < (size_t)at)
				rcp__buf_putc(&b, 'p');
			rcp__buf_printf(&b, "-->\n<!DOCTYPE e [<!ENTITY e \"y\">]>\n%s&e;%s", open, close);
			rcp_error e3;
			int n3;
			if (read_all(b.data, b.len, &e3, &n3) == -1 && strstr(e3.why, "(<!ENTITY)"))
				seams++;
			else
				fprintf(stderr, "declaration at %d: not refused\n", at);
		}
	CHECK_INT(seams, tries);
	/* a holding over the cap is refused, not built whole */
	b.len = 0;
	rcp__buf_append(&b, open, strlen(open));
	for (int k = 0; k < (2 << 20); k++)
		rcp__buf_putc(&b, 'y');
	rcp__buf_append(&b, close, strlen(close));
	{
		rcp_error e2;
		int n2;
		CHECK_INT(read_all(b.data, b.len, &e2, &n2), -1);
		CHECK_INT(e2.code, RCP_ETOOBIG);
	}
	/* a document type without declarations is harmless and read */
	b.len = 0;
	rcp__buf_printf(&b, "<?xml version=\"1.0\"?>\n<!DOCTYPE edgarSubmission>\n%sA &amp; B%s",
	                open, close);
	rcp_error err;
	int rows;
	CHECK_INT(read_all(b.data, b.len, &err, &rows), 0);
	CHECK_INT(rows, 1);
	rcp__buf_release(&b);
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

/* Property: a header naming one column of ours among columns we do not
 * know ("Name,Sector") is the header, on every delimiter, wherever the
 * known column stands; the rows are holdings, never the header itself
 * (it was read as a plain list, its names with the other cells glued on
 * and matching nothing). */
static void one_known_column(void)
{
	static const char *const known[] = {"Name", "Company Name", "Holding", "Issuer", "Security"};
	static const char *const other[] = {"Sector", "Country", "Notes", "Region", "Rating", "Secteur"};
	static const char delims[] = {',', ';', '\t', '|'};
	unsigned seed = 12345;
	for (int iter = 0; iter < 200; iter++) {
		seed = seed * 1103515245u + 12345u;
		char d = delims[(seed >> 16) % 4];
		int cells = 2 + (int)((seed >> 8) % 4), at = (int)((seed >> 4) % (unsigned)cells);
		const char *k = known[(seed >> 12) % 5];
		char file[2048];
		size_t n = 0;
		for (int c = 0; c < cells; c++)
			n += (size_t)snprintf(file + n, sizeof file - n, "%s%s", c ? (char[]){d, 0} : "",
			                      c == at ? k : other[(size_t)(c + iter) % 6]);
		int rows = 1 + iter % 3;
		for (int r = 0; r < rows; r++) {
			file[n++] = '\n';
			for (int c = 0; c < cells; c++)
				n += (size_t)snprintf(file + n, sizeof file - n, "%s%s", c ? (char[]){d, 0} : "",
				                      c == at ? (r ? "Apple Inc" : "Lockheed Martin Corp") : "x y");
		}
		file[n++] = '\n';
		const char *path = write_tmp(file, n);
		rcp_error err;
		rcp_holdings *h = rcp_holdings_open(path, &err);
		CHECK(h != NULL);
		if (h) {
			CHECK_STR(rcp_holdings_layout(h), "csv");
			rcp_holding r;
			int got = 0;
			while (rcp_holdings_next(h, &r, &err) == 1)
				if (++got == 1)
					CHECK_STR(r.name ? r.name : "", "Lockheed Martin Corp");
			CHECK_INT(got, rows);
		}
		rcp_holdings_close(h);
		unlink(path);
	}
}

/* Property: a header line of any length, behind preamble lines of any
 * length, is found wherever its name column stands, or the file is
 * refused with an error naming the limit; never read as another layout.
 * A header over 64 KiB (the read-ahead) was never recognised and the file
 * was read as a plain list of its lines. */
static void long_lines(void)
{
	static const size_t widths[] = {10, 60000, 65530, 65536, 65540, 70000, 300000,
	                                1000000, 1100000};
	unsigned seed = 777;
	rcp_buf b;
	rcp__buf_init(&b, 0);
	for (size_t wi = 0; wi < sizeof widths / sizeof widths[0]; wi++)
		for (int pre = 0; pre < 3; pre++) {
			seed = seed * 1103515245u + 12345u;
			b.len = 0;
			/* a preamble line as long as the header, or none */
			if (pre == 2) {
				rcp__buf_printf(&b, "Fund Holdings as of ");
				while (b.len < widths[wi])
					rcp__buf_putc(&b, 'p');
				rcp__buf_putc(&b, '\n');
			}
			size_t h0 = b.len;
			int cols = 0, name_at = -1;
			int before = pre == 0; /* the name column first, or last */
			if (before) {
				rcp__buf_printf(&b, "Name,");
				name_at = cols++;
			}
			while (b.len - h0 < widths[wi]) { /* long titles: few columns */
				rcp__buf_printf(&b, "Extra%d ", cols++);
				for (int k = 0; k < 240; k++)
					rcp__buf_putc(&b, (char)('a' + k % 26));
				rcp__buf_putc(&b, ',');
			}
			if (!before) {
				rcp__buf_printf(&b, "Name,");
				name_at = cols++;
			}
			rcp__buf_printf(&b, "Weight\n");
			cols++;
			size_t header_len = b.len - h0;
			for (int r = 0; r < 3; r++) {
				for (int c = 0; c < cols; c++)
					rcp__buf_printf(&b, "%s%s", c ? "," : "",
					                c == name_at ? (r ? "Apple Inc" : "Lockheed Martin Corp")
					                             : c == cols - 1 ? "1.5" : "x");
				rcp__buf_putc(&b, '\n');
			}
			const char *path = write_tmp(b.data, b.len);
			rcp_error err;
			rcp_error_clear(&err);
			rcp_holdings *h = rcp_holdings_open(path, &err);
			int rows = 0, got = -2;
			char first[64] = "";
			if (h) {
				CHECK_STR(rcp_holdings_layout(h), "csv");
				rcp_holding r;
				while ((got = rcp_holdings_next(h, &r, &err)) == 1)
					if (++rows == 1)
						snprintf(first, sizeof first, "%s", r.name ? r.name : "");
			}
			if (header_len <= (1 << 20) && cols <= 4096 && (pre < 2 || widths[wi] < (1 << 20))) {
				if (!h || got != 0)
					fprintf(stderr, "width %zu pre %d: %s: %s\n", widths[wi], pre, err.what,
					        err.why);
				CHECK(h != NULL);
				CHECK_INT(got, 0);
				CHECK_INT(rows, 3);
				CHECK_STR(first, "Lockheed Martin Corp");
			} else { /* too long or too wide: said, not guessed */
				CHECK(h == NULL || got == -1);
				CHECK_INT(err.code, RCP_ETOOBIG);
				CHECK(strstr(err.why, "1048576") || strstr(err.why, "4096"));
			}
			rcp_holdings_close(h);
			unlink(path);
		}
	rcp__buf_release(&b);
}

/* A record of more fields than the reader keeps is refused: the fields
 * past 4096 were dropped without a word. */
static void too_wide(void)
{
	rcp_buf b;
	rcp__buf_init(&b, 0);
	rcp__buf_printf(&b, "Name,Weight\nA,1\n");
	for (int i = 0; i < 5000; i++)
		rcp__buf_printf(&b, "B%d,", i);
	rcp__buf_printf(&b, "1\n");
	rcp_error err;
	rcp_error_clear(&err);
	int rows, got = read_all(b.data, b.len, &err, &rows);
	CHECK_INT(got, -1);
	CHECK_INT(rows, 1);
	CHECK_INT(err.code, RCP_ETOOBIG);
	CHECK(strstr(err.why, "4096") != NULL);
	rcp__buf_release(&b);
	/* a NUL past the read-ahead cut "Lock\0heed Martin" to "Lock"; a
	 * quote never closed made the rest of the file one name */
	static const struct {
		const char *head, *tail;
		size_t tail_len;
		rcp_status code;
	} bad[] = {
		{"Name,Weight\n", "Lock\0heed Martin,1\nThales,2\n", 28, RCP_EBINARY},
		{"Name,Weight\n", "\"Thales,1\nLockheed Martin,3\n", 27, RCP_EPARSE},
		{"Name,Weight\n", "\"\"\",4\nThales,5\n", 15, RCP_EPARSE},
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		for (int far = 0; far < 2; far++) { /* in the read-ahead, and past it */
			rcp_buf f;
			rcp__buf_init(&f, 0);
			rcp__buf_printf(&f, "%s", bad[i].head);
			for (int k = 0; far && k < 10000; k++)
				rcp__buf_printf(&f, "Apple Inc,1\n");
			rcp__buf_append(&f, bad[i].tail, bad[i].tail_len);
			rcp_error e;
			rcp_error_clear(&e);
			int n;
			int last = read_all(f.data, f.len, &e, &n);
			if (!far && bad[i].code == RCP_EBINARY) { /* refused on opening */
				CHECK_INT(last, -2);
			} else {
				CHECK_INT(last, -1);
				CHECK_INT(n, (far ? 10000 : 0));
			}
			CHECK_INT(e.code, bad[i].code);
			rcp__buf_release(&f);
		}
}

/* Property: a value written with thousands separators in either
 * convention reads back as itself, and text with digits on both sides of
 * a letter or a second decimal separator is no number (never a prefix of
 * it read as one); nothing is written past the buffer (the ASan build). */
static void number_property(void)
{
	unsigned seed = 4242;
	for (int iter = 0; iter < 20000; iter++) {
		seed = seed * 1103515245u + 12345u;
		long long whole = (long long)(seed >> 4) % 1000000000LL;
		int cents = (int)((seed >> 2) % 100);
		int comma = iter & 1; /* the file's convention */
		char digits[32], s[64];
		snprintf(digits, sizeof digits, "%lld", whole);
		size_t n = strlen(digits), k = 0;
		for (size_t i = 0; i < n; i++) {
			if (i && (n - i) % 3 == 0)
				s[k++] = comma ? '.' : ',';
			s[k++] = digits[i];
		}
		snprintf(s + k, sizeof s - k, "%c%02d", comma ? ',' : '.', cents);
		int conv = comma;
		double v = rcp__holdings_number(s, &conv);
		double want = (double)whole + cents / 100.0;
		if (!(fabs(v - want) < 1e-6))
			fprintf(stderr, "'%s' -> %g\n", s, v);
		CHECK(fabs(v - want) < 1e-6);
		/* junk inside the digits */
		char j[80];
		static const char junk[] = "xa-/:+";
		snprintf(j, sizeof j, "%lld%c%d", whole, junk[iter % 6], cents + 1);
		conv = -1;
		CHECK(isnan(rcp__holdings_number(j, &conv)));
	}
	/* any text: NaN, or a number that has digits; within the buffer */
	for (int iter = 0; iter < 20000; iter++) {
		static const char alpha[] = "0123456789.,-+e()% $xE";
		char s[160];
		seed = seed * 1103515245u + 12345u;
		size_t n = (seed >> 8) % 150;
		for (size_t i = 0; i < n; i++) {
			seed = seed * 1103515245u + 12345u;
			s[i] = alpha[(seed >> 16) % (sizeof alpha - 1)];
		}
		s[n] = '\0';
		int conv = (int)(seed % 3) - 1;
		double v = rcp__holdings_number(s, &conv);
		CHECK(isnan(v) || strpbrk(s, "0123456789") != NULL); /* a number from digits */
	}
}

int main(void)
{
	long_lines();
	too_wide();
	number_property();
	layouts();
	one_known_column();
	numbers();
	nport();
	nport_entities();
	refused();
	TEST_END();
}
