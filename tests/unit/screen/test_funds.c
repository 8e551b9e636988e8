/* The fund universe: N-PORT identity, filings as dated versions, the same
 * exposure as `screen`, tickers, and regrading of exactly the funds that
 * hold a company when its claims or categories change. */
#include <math.h>
#include <fcntl.h>
#include <unistd.h>

#include "internal.h"
#include "test.h"

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	fputs(text, f);
	fclose(f);
}

/* An N-PORT filing of series sid for date with Lockheed at lmt% (none
 * when lmt is 0), Apple for the rest and a future. */
static void nport(const char *path, const char *sid, const char *name, const char *date,
                  double lmt)
{
	char buf[4096];
	snprintf(buf, sizeof buf,
	         "<?xml version=\"1.0\"?>\n<edgarSubmission xmlns=\"http://www.sec.gov/edgar/nport\">"
	         "<formData><genInfo><regName>Example Trust</regName><regCik>0000123456</regCik>"
	         "<seriesName>%s</seriesName><seriesId>%s</seriesId>"
	         "<repPdEnd>2026-12-31</repPdEnd><repPdDate>%s</repPdDate></genInfo>"
	         "<invstOrSecs>"
	         "%s%.2f%s"
	         "<invstOrSec><name>Apple Inc</name><cusip>037833100</cusip>"
	         "<identifiers><isin value=\"US0378331005\"/></identifiers>"
	         "<valUSD>100</valUSD><pctVal>%.2f</pctVal><assetCat>EC</assetCat></invstOrSec>"
	         "<invstOrSec><name>E-mini future</name><cusip>000000000</cusip>"
	         "<valUSD>1</valUSD><pctVal>0.1</pctVal><assetCat>DE</assetCat></invstOrSec>"
	         "</invstOrSecs></formData></edgarSubmission>\n",
	         name, sid, date,
	         lmt > 0 ? "<invstOrSec><name>Lockheed Martin Corp</name><cusip>539830109</cusip>"
	                   "<identifiers><isin value=\"US5398301094\"/></identifiers>"
	                   "<valUSD>10</valUSD><pctVal>"
	                 : "<!-- ",
	         lmt, lmt > 0 ? "</pctVal><assetCat>EC</assetCat></invstOrSec>" : " -->",
	         99.9 - lmt);
	write_file(path, buf);
}

static int collect(json_t *f, void *ctx)
{
	json_array_append(ctx, f);
	return 0;
}

static json_t *list(rcp_db *db, const rcp_fund_filter *f)
{
	rcp_error err;
	json_t *a = json_array();
	CHECK_INT(rcp_fund_each(db, f, collect, a, &err), RCP_OK);
	return a;
}

static int64_t graded_seq(rcp_db *db, const char *ref)
{
	rcp_error err;
	json_t *f = rcp_fund_json(db, ref, 0, &err);
	CHECK(f != NULL);
	int64_t s = f ? json_integer_value(json_object_get(f, "graded_seq")) : -1;
	json_decref(f);
	return s;
}

int main(void)
{
	char dir[] = "/tmp/rcp-test-funds-XXXXXX";
	CHECK(mkdtemp(dir) != NULL);
	char path[600], reg[600], csv[600], a1[600], a2[600], b1[600], bad[600], tick[600];
	snprintf(path, sizeof path, "%s/db", dir);
	snprintf(reg, sizeof reg, "%s/screen/registry.jsonl", test_data_dir());
	snprintf(csv, sizeof csv, "%s/screen/fund.csv", test_data_dir());
	snprintf(a1, sizeof a1, "%s/a1.xml", dir);
	snprintf(a2, sizeof a2, "%s/a2.xml", dir);
	snprintf(b1, sizeof b1, "%s/b1.xml", dir);
	snprintf(bad, sizeof bad, "%s/bad.xml", dir);
	snprintf(tick, sizeof tick, "%s/tickers.json", dir);
	rcp_error err;
	rcp_db *db = rcp_db_open(path, 0, &err);
	CHECK(db != NULL);
	rcp_import_report ir;
	CHECK_INT(rcp_registry_import(db, reg, &ir, &err), RCP_OK);
	rcp_name_index *m = rcp_name_index_load(db, &err);
	CHECK(m != NULL);

	/* N-PORT: identity from genInfo, exposure as screen computes it */
	nport(a1, "S000000001", "Alpha Fund", "2026-09-30", 2.5);
	nport(a2, "S000000001", "Alpha Fund", "2026-10-31", 4.0);
	nport(b1, "S000000002", "Beta Fund", "2026-10-31", 0);
	rcp_fund_add_result r;
	CHECK_INT(rcp_fund_add(db, m, a1, NULL, &r, &err), RCP_OK);
	CHECK_INT(r.already, 0);
	CHECK_STR(r.id.series, "S000000001");
	CHECK_STR(r.id.name, "Alpha Fund");
	CHECK_STR(r.id.manager, "Example Trust");
	CHECK_STR(r.id.cik, "0000123456");
	CHECK_STR(r.id.period, "2026-09-30"); /* repPdDate, not the fiscal year's end */
	json_t *rep = NULL;
	CHECK_INT(rcp_screen_file(db, m, a1, NULL, NULL, &rep, &err), RCP_OK);
	double screened = json_number_value(json_object_get(json_object_get(rep, "exposure"), "total_pct"));
	CHECK(fabs(r.exposure - screened) < 1e-6);
	CHECK_INT(r.grade, json_string_value(json_object_get(rep, "grade"))[0]);
	json_decref(rep);
	int64_t alpha = r.fund;
	CHECK_INT(rcp_fund_add(db, m, a1, NULL, &r, &err), RCP_OK);
	CHECK_INT(r.already, 1); /* same fund, same date */
	CHECK_INT(rcp_fund_add(db, m, a2, NULL, &r, &err), RCP_OK);
	CHECK_INT(r.fund, alpha); /* a new version of the same fund */
	CHECK_INT(r.grade, 'D');
	CHECK_INT(rcp_fund_add(db, m, b1, NULL, &r, &err), RCP_OK);
	CHECK_INT(r.grade, 'A');

	/* a CSV fund named by hand; the same exposure as screen */
	rcp_fund_add_opts o = {.name = "Gamma Index", .ticker = "GAMMX", .period = "2026-11-24"};
	CHECK_INT(rcp_fund_add(db, m, csv, &o, &r, &err), RCP_OK);
	CHECK_INT(rcp_screen_file(db, m, csv, NULL, NULL, &rep, &err), RCP_OK);
	screened = json_number_value(json_object_get(json_object_get(rep, "exposure"), "total_pct"));
	CHECK(fabs(r.exposure - screened) < 1e-6);
	json_decref(rep);

	/* a broken filing is refused and writes nothing; DTD entities stay refused */
	int64_t filings = test_scalar(db, "SELECT count(*) FROM fund_filing");
	write_file(bad, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]>"
	                "<edgarSubmission><formData><genInfo><seriesId>S9</seriesId></genInfo>"
	                "<invstOrSecs><invstOrSec><name>&a;</name></invstOrSec></invstOrSecs>"
	                "</formData></edgarSubmission>");
	CHECK(rcp_fund_add(db, m, bad, NULL, &r, &err) != RCP_OK);
	write_file(bad, "<?xml version=\"1.0\"?><edgarSubmission><formData><genInfo>"
	                "<seriesId>S9</seriesId></genInfo><invstOrSecs><invstOrSec><name>x");
	CHECK(rcp_fund_add(db, m, bad, NULL, &r, &err) != RCP_OK);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM fund_filing"), filings);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM audit WHERE action = 'fund.add'"), 4);

	/* tickers from the SEC's layout (the CIK a number), by ticker and id */
	write_file(tick, "{\"fields\":[\"cik\",\"seriesId\",\"classId\",\"symbol\"],\"data\":["
	                 "[123456,\"S000000001\",\"C000000011\",\"ALPHX\"],"
	                 "[123456,\"S000000001\",\"C000000012\",\"alpiX\"],"
	                 "[123456,\"S000000002\",\"C000000021\",\"BETAX\"],"
	                 "[123456,null,\"C1\",\"NOPEX\"]]}");
	int64_t nt = 0;
	CHECK_INT(rcp_fund_tickers_load(db, tick, &nt, &err), RCP_OK);
	CHECK_INT(nt, 3);
	json_t *f = rcp_fund_json(db, "alphx", 0, &err);
	CHECK(f != NULL);
	CHECK_INT(json_integer_value(json_object_get(f, "id")), alpha);
	CHECK_STR(json_string_value(json_object_get(f, "ticker")), "ALPHX");
	CHECK_INT(json_array_size(json_object_get(f, "tickers")), 2);
	CHECK_STR(json_string_value(json_object_get(f, "period")), "2026-10-31");
	CHECK_INT(json_array_size(json_object_get(f, "history")), 2);
	json_t *fl = json_object_get(json_object_get(f, "report"), "flagged");
	CHECK_INT(json_array_size(fl), 1);
	CHECK_STR(json_string_value(json_object_get(json_array_get(fl, 0), "id")), "lockheed-martin");
	CHECK(json_array_size(json_object_get(json_array_get(fl, 0), "reasons")) > 0);
	json_decref(f);
	CHECK(rcp_fund_json(db, "NOSUCH", 0, &err) == NULL);
	CHECK_INT(err.code, RCP_ENOTFOUND);

	/* list: sorted, filtered, both scales */
	rcp_fund_filter lf = {.sort = "exposure"};
	json_t *all = list(db, &lf);
	CHECK_INT(json_array_size(all), 3);
	CHECK_STR(json_string_value(json_object_get(json_array_get(all, 0), "name")), "Beta Fund");
	json_decref(all);
	lf.query = "betax";
	all = list(db, &lf);
	CHECK_INT(json_array_size(all), 1);
	json_decref(all);
	rcp_fund_filter rf = {.relative = 1, .sort = "exposure", .grade = "A"};
	all = list(db, &rf);
	CHECK_INT(json_array_size(all), 1); /* only the fund with no exposure */
	json_decref(all);
	rcp_fund_filter cf = {.category = "prisons"};
	all = list(db, &cf);
	CHECK_INT(json_array_size(all), 1); /* Gamma holds GEO */
	json_decref(all);

	/* an accepted claim regrades the funds holding Lockheed, not Beta */
	int64_t seq_alpha = graded_seq(db, "ALPHX"), seq_beta = graded_seq(db, "BETAX");
	int64_t seq_gamma = graded_seq(db, "GAMMX");
	const char *text = "Lockheed Martin supplies F-35 jets to the Israeli military.";
	rcp_source_meta meta = {.title = "F-35", .kind = "article", .no_claims = 1};
	rcp_add_result ar;
	CHECK_INT(rcp_source_add(db, (const uint8_t *)text, strlen(text), &meta, 0, &ar, &err),
	          RCP_OK);
	char sql[600];
	snprintf(sql, sizeof sql,
	         "INSERT INTO claim (company, relation, category, source, start, end, evidence,"
	         " status, confidence, created_at, updated_at) VALUES ('lockheed-martin', 'supplies',"
	         " 'military', %lld, 0, 59, '%s', 'candidate', 0.9, 'now', 'now')",
	         (long long)ar.id, text);
	test_exec(db, sql);
	int64_t claim = sqlite3_last_insert_rowid(db->sql);
	CHECK_INT(rcp_claim_review(db, claim, "accepted", &err), RCP_OK);
	CHECK(graded_seq(db, "ALPHX") > seq_alpha);
	CHECK(graded_seq(db, "GAMMX") > seq_gamma);
	CHECK_INT(graded_seq(db, "BETAX"), seq_beta);
	f = rcp_fund_json(db, "ALPHX", 0, &err);
	CHECK_INT(json_integer_value(json_object_get(f, "claims")), 1);
	CHECK_INT(json_array_size(json_object_get(f, "history")), 3);
	json_decref(f);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM fund_stale"), 0);

	/* categories removed by a registry import: Gamma's prisons exposure goes */
	const char *geo = "{\"id\": \"geo-group\", \"name\": \"The GEO Group Inc\", \"aliases\":"
	                  " [\"GEO Group Inc\"], \"country\": \"US\", \"tickers\": [\"NYSE:GEO\"],"
	                  " \"categories\": []}\n";
	seq_alpha = graded_seq(db, "ALPHX");
	CHECK_INT(rcp_registry_import_text(db, geo, strlen(geo), "geo.jsonl", &ir, &err), RCP_OK);
	all = list(db, &cf);
	CHECK_INT(json_array_size(all), 0);
	json_decref(all);
	CHECK_INT(graded_seq(db, "ALPHX"), seq_alpha); /* Alpha holds no GEO */

	/* compare: Lockheed's weights side by side */
	const char *refs[] = {"ALPHX", "BETAX"};
	json_t *c = rcp_fund_compare(db, refs, 2, &err);
	CHECK(c != NULL);
	json_t *h0 = json_array_get(json_object_get(c, "holdings"), 0);
	CHECK_STR(json_string_value(json_object_get(h0, "id")), "lockheed-martin");
	CHECK(fabs(json_number_value(json_object_get(h0, "difference_pct")) -
	           json_number_value(json_array_get(json_object_get(h0, "weights"), 0))) < 1e-9);
	json_decref(c);

	/* the memo gives the matcher's answer, remembered */
	rcp_match_memo *memo = rcp_match_memo_new(m);
	for (int pass = 0; pass < 2; pass++) {
		rcp_holdings *hs = rcp_holdings_open(csv, &err);
		CHECK(hs != NULL);
		rcp_holding hd;
		while (hs && rcp_holdings_next(hs, &hd, &err) == 1) {
			rcp_name_match a, b;
			rcp_match_holding(m, &hd, &a);
			rcp_match_memo_holding(memo, &hd, &b);
			CHECK((!a.id && !b.id) || (a.id && b.id && !strcmp(a.id, b.id)));
			CHECK_STR(a.why ? a.why : "", b.why ? b.why : "");
			CHECK(fabs(a.score - b.score) < 1e-12);
		}
		rcp_holdings_close(hs);
	}
	int64_t hits, misses;
	rcp_match_memo_stats(memo, &hits, &misses);
	CHECK(hits > 0 && hits == misses); /* the second pass all from memory */

	/* a batch: a broken filing inside it leaves the others */
	char d1[600], d2[600];
	snprintf(d1, sizeof d1, "%s/d1.xml", dir);
	snprintf(d2, sizeof d2, "%s/d2.xml", dir);
	nport(d1, "S000000003", "Delta Fund", "2026-10-31", 1.0);
	nport(d2, "S000000004", "Epsilon Fund", "2026-10-31", 0);
	rcp_fund_add_opts mo = {.memo = memo};
	filings = test_scalar(db, "SELECT count(*) FROM fund_filing");
	CHECK_INT(rcp_fund_batch_begin(db, &err), RCP_OK);
	CHECK_INT(rcp_fund_add(db, m, d1, &mo, &r, &err), RCP_OK);
	CHECK(rcp_fund_add(db, m, bad, &mo, &r, &err) != RCP_OK);
	CHECK_INT(rcp_fund_add(db, m, d2, &mo, &r, &err), RCP_OK);
	CHECK_INT(rcp_fund_add(db, m, d2, &mo, &r, &err), RCP_OK);
	CHECK_INT(r.already, 1); /* seen inside the batch */
	CHECK_INT(rcp_fund_batch_end(db, 1, &err), RCP_OK);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM fund_filing"), filings + 2);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM fund WHERE name = 'Delta Fund' AND grade = 'B'"), 1);
	rcp_match_memo_free(memo);

	/* the grading a batch keeps is refilled when another connection
	 * changes the registry: GEO's categories come back */
	memo = rcp_match_memo_new(m);
	rcp_fund_add_opts mz = {.memo = memo, .name = "Zeta", .period = "2026-11-02"};
	CHECK_INT(rcp_fund_add(db, m, csv, &mz, &r, &err), RCP_OK);
	double before = r.exposure;
	rcp_db *db2 = rcp_db_open(path, 0, &err);
	CHECK(db2 != NULL);
	const char *geo2 = "{\"id\": \"geo-group\", \"name\": \"The GEO Group Inc\", \"aliases\":"
	                   " [\"GEO Group Inc\"], \"country\": \"US\", \"tickers\": [\"NYSE:GEO\"],"
	                   " \"categories\": [\"prisons\"]}\n";
	CHECK_INT(rcp_registry_import_text(db2, geo2, strlen(geo2), "geo.jsonl", &ir, &err), RCP_OK);
	rcp_db_close(db2);
	mz.name = "Eta";
	CHECK_INT(rcp_fund_add(db, m, csv, &mz, &r, &err), RCP_OK);
	CHECK(r.exposure > before);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM fund WHERE name = 'Zeta' AND exposure > 0"
	                    " AND json_extract(by_category, '$.prisons') > 0"), 1); /* regraded by db2 */
	rcp_match_memo_free(memo);

	rcp_verify_report vr;
	CHECK_INT(rcp_verify(db, &vr, NULL, NULL, &err), RCP_OK);

	rcp_name_index_free(m);
	rcp_db_close(db);
	char cmd[700];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	CHECK_INT(system(cmd), 0);
	TEST_END();
}
