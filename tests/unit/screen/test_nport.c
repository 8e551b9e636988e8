/* SEC N-PORT XML holdings (lib/screen/nport.c): what each field of an
 * <invstOrSec> becomes, what is dropped, and what is refused. The sample
 * filing and declared entities are in test_holdings.c. */
#include <math.h>
#include <unistd.h>

#include "internal.h"
#include "test.h"

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
             "<edgarSubmission xmlns=\"http://www.sec.gov/edgar/nport\">\n" \
             "<formData><invstOrSecs>\n"
#define TAIL "</invstOrSecs></formData></edgarSubmission>\n"

static char tmp[64];

static rcp_holdings *open_xml(const char *xml, rcp_error *err)
{
	snprintf(tmp, sizeof tmp, "/tmp/rcp-test-nport-XXXXXX");
	int fd = mkstemp(tmp);
	size_t n = strlen(xml);
	if (fd < 0 || write(fd, xml, n) != (ssize_t)n) {
		fprintf(stderr, "cannot write %s\n", tmp);
		exit(2);
	}
	close(fd);
	return rcp_holdings_open(tmp, err);
}

static void fields(void)
{
	rcp_error err;
	rcp_error_clear(&err);
	rcp_holdings *h = open_xml(
		HEAD
		"<invstOrSec><title>  Title Only Corp \n</title><lei>NOT-A-LEI</lei>"
		"<cusip>123456789</cusip><identifiers><ticker value=\"N/A\"/></identifiers>"
		"<balance>1,000</balance></invstOrSec>\n"
		"<invstOrSec><name><![CDATA[R&D Holdings]]></name><title>ignored</title>"
		"<identifiers><isin value=\"US0378331005\"/><ticker value=\"AAPL\"/>"
		"<other otherDesc=\"ticker\" value=\"XX\"/></identifiers>"
		"<valUSD>-12.5</valUSD><pctVal>-0.01</pctVal><assetCat>EC</assetCat></invstOrSec>\n"
		TAIL, &err);
	CHECK(h != NULL);
	if (!h)
		return;
	CHECK_STR(rcp_holdings_layout(h), "nport");
	rcp_holding r;
	CHECK_INT(rcp_holdings_next(h, &r, &err), 1);
	/* no <name>: the title, trimmed */
	CHECK_STR(r.name, "Title Only Corp");
	/* identifiers that fail their check digits are dropped, N/A is absent */
	CHECK(r.lei == NULL);
	CHECK(r.cusip == NULL);
	CHECK(r.ticker == NULL);
	CHECK(r.isin == NULL);
	CHECK(isnan(r.weight));
	CHECK(isnan(r.value));
	CHECK(fabs(r.shares - 1000.0) < 1e-9);
	CHECK(r.asset_class == NULL);

	CHECK_INT(rcp_holdings_next(h, &r, &err), 1);
	CHECK_STR(r.name, "R&D Holdings");
	CHECK_STR(r.isin, "US0378331005");
	CHECK_STR(r.ticker, "AAPL");
	CHECK(fabs(r.value + 12.5) < 1e-9);
	CHECK(fabs(r.weight + 0.01) < 1e-12);
	CHECK_STR(r.asset_class, "EC");
	CHECK_INT(rcp_holdings_next(h, &r, &err), 0);
	rcp_holdings_close(h);
	unlink(tmp);
}

static void refused(void)
{
	rcp_error err;
	rcp_error_clear(&err);
	rcp_holding r;

	/* one holding far over the 1 MiB cap: refused. (The cap is measured
	 * with the reader's byte count, which moves in the parser's chunks:
	 * a holding just over 1 MiB passes today.) */
	rcp_buf b;
	rcp__buf_init(&b, 0);
	rcp__buf_printf(&b, "%s<invstOrSec><name>", HEAD);
	for (int i = 0; i < (4 << 20) / 8; i++)
		rcp__buf_append(&b, "<x>y</x>", 8);
	rcp__buf_printf(&b, "</name></invstOrSec>\n%s", TAIL);
	rcp_holdings *h = open_xml(b.data, &err);
	rcp__buf_release(&b);
	CHECK(h != NULL);
	if (h) {
		CHECK_INT(rcp_holdings_next(h, &r, &err), -1);
		CHECK_INT(err.code, RCP_ETOOBIG);
		rcp_holdings_close(h);
	}
	unlink(tmp);

	/* an element left open: a parse error with its line */
	h = open_xml(HEAD "<invstOrSec><name>A</name></invstOrSec>\n<invstOrSec><name>B", &err);
	CHECK(h != NULL);
	if (h) {
		CHECK_INT(rcp_holdings_next(h, &r, &err), 1);
		CHECK_STR(r.name, "A");
		CHECK_INT(rcp_holdings_next(h, &r, &err), -1);
		CHECK_INT(err.code, RCP_EPARSE);
		CHECK(strstr(err.why, "line ") == err.why);
		rcp_holdings_close(h);
	}
	unlink(tmp);
}

/* rcp__holdings_head: the identity of <genInfo> before any holding is
 * read, and the first holding still the first next() gives */
static void head(void)
{
	rcp_error err;
	rcp_error_clear(&err);
	rcp_holdings *h = open_xml(
		"<?xml version=\"1.0\"?>\n<edgarSubmission><formData>"
		"<genInfo><regName>Trust</regName><seriesName>One Fund</seriesName>"
		"<seriesId>S000000001</seriesId><repPdDate>2026-10-31</repPdDate></genInfo>"
		"<invstOrSecs><invstOrSec><name>First Corp</name></invstOrSec>"
		"<invstOrSec><name>Second Corp</name></invstOrSec></invstOrSecs>"
		"</formData></edgarSubmission>\n", &err);
	CHECK(h != NULL);
	if (!h)
		return;
	rcp_fund_identity id;
	CHECK_INT(rcp_holdings_identity(h, &id), 0);
	CHECK_INT(rcp__holdings_head(h, &err), 1);
	CHECK_INT(rcp__holdings_head(h, &err), 1); /* again: still there */
	CHECK_INT(rcp_holdings_identity(h, &id), 1);
	CHECK_STR(id.series, "S000000001");
	CHECK_STR(id.period, "2026-10-31");
	rcp_holding r;
	CHECK_INT(rcp_holdings_next(h, &r, &err), 1);
	CHECK_STR(r.name, "First Corp");
	CHECK_INT(r.row, 1);
	CHECK_INT(rcp_holdings_next(h, &r, &err), 1);
	CHECK_STR(r.name, "Second Corp");
	CHECK_INT(rcp_holdings_next(h, &r, &err), 0);
	rcp_holdings_close(h);
	unlink(tmp);
	/* no holding at all: 0, and the identity all the same */
	h = open_xml("<edgarSubmission><formData><genInfo><seriesId>S2</seriesId></genInfo>"
	             "</formData></edgarSubmission>", &err);
	CHECK(h != NULL);
	if (h) {
		CHECK_INT(rcp__holdings_head(h, &err), 0);
		CHECK_INT(rcp_holdings_identity(h, &id), 1);
		CHECK_STR(id.series, "S2");
		CHECK_INT(rcp_holdings_next(h, &r, &err), 0);
		rcp_holdings_close(h);
		unlink(tmp);
	}
	/* broken before the first holding: the error */
	h = open_xml("<edgarSubmission><formData><genInfo><seriesId>S3</seriesId>", &err);
	CHECK(h != NULL);
	if (h) {
		CHECK_INT(rcp__holdings_head(h, &err), -1);
		CHECK_INT(err.code, RCP_EPARSE);
		rcp_holdings_close(h);
		unlink(tmp);
	}
	/* a CSV file: nothing read */
	h = open_xml("name,weight\nAcme Corp,1\n", &err);
	CHECK(h != NULL);
	if (h) {
		CHECK_INT(rcp__holdings_head(h, &err), -2);
		CHECK_INT(rcp_holdings_next(h, &r, &err), 1);
		CHECK_STR(r.name, "Acme Corp");
		rcp_holdings_close(h);
		unlink(tmp);
	}
}

int main(void)
{
	fields();
	refused();
	head();
	TEST_END();
}
