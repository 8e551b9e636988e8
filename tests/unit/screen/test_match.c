/* The matcher over a small registry built in memory, against
 * tests/data/screen/match.tsv, and the holding rules: identifiers first,
 * tickers checked against the name, companies only. */
#include <math.h>

#include "internal.h"
#include "test.h"

#define MIL RCP_CAT_MILITARY
#define SURV RCP_CAT_SURVEILLANCE
#define PRIS RCP_CAT_PRISONS

typedef struct fixture {
	const char *id, *name, *kind, *parent;
	const char *aliases[4];
	int flags[4];
	const char *ids[4];
	unsigned cats;
} fixture;

static const fixture reg[] = {
	{"lockheed-martin", "Lockheed Martin Corp", "company", NULL,
	 {"LOCKHEED MARTIN CORPORATION", "Lockheed"}, {0},
	 {"isin:US5398301094", "ticker:NYSE:LMT"}, MIL},
	{"microsoft", "Microsoft Corp", "company", NULL, {"Microsoft Corporation"}, {0},
	 {"isin:US5949181045", "ticker:NASDAQ:MSFT"}, MIL | SURV},
	{"general-dynamics", "General Dynamics Corp", NULL, NULL,
	 {"General Dynamics Corporation", "GD"}, {0, RCP_ALIAS_CASE_SENSITIVE | RCP_ALIAS_AMBIGUOUS},
	 {"ticker:NYSE:GD"}, MIL},
	{"siemens", "Siemens AG", "company", NULL, {"Siemens Aktiengesellschaft"}, {0},
	 {"ticker:ETR:SIE"}, MIL},
	{"geo-group", "The GEO Group Inc", "company", NULL, {"GEO Group Inc"}, {0},
	 {"ticker:NYSE:GEO"}, PRIS},
	{"nice", "NICE Ltd", "company", NULL, {"NICE Systems"}, {0}, {"ticker:TASE:NICE"}, SURV},
	{"elbit-systems", "Elbit Systems Ltd", "company", NULL, {"Elbit"}, {0},
	 {"isin:IL0010811243", "ticker:TASE:ESLT"}, MIL | SURV},
	{"leonardo", "Leonardo SpA", "company", NULL, {"Finmeccanica"}, {0}, {"ticker:MIL:LDO"}, MIL},
	{"leonardo-drs", "Leonardo DRS Inc", "company", "leonardo", {"DRS Technologies"}, {0},
	 {NULL}, 0},
	{"l3harris", "L3Harris Technologies Inc", "company", NULL, {"L3Harris"}, {0},
	 {"ticker:NYSE:LHX"}, MIL},
	{"hd-hyundai", "HD Hyundai", "company", NULL, {"Hyundai Heavy Industries Holdings"}, {0},
	 {"ticker:KRX:267250"}, MIL},
	{"hd-korea-shipbuilding", "HD Korea Shipbuilding & Offshore Engineering", "company",
	 "hd-hyundai", {"Korea Shipbuilding & Offshore Engineering"}, {0},
	 {"ticker:KRX:009540"}, MIL},
	{"oron-group", "Oron Group Investments & Holdings Ltd", "company", NULL, {NULL}, {0},
	 {NULL}, MIL},
	{"israel-mod", "Israel Ministry of Defense", "public_body", NULL, {NULL}, {0}, {NULL}, MIL},
};

static rcp_name_index *build(void)
{
	rcp_name_index *m = rcp_name_index_new();
	rcp_error err;
	for (size_t i = 0; i < sizeof reg / sizeof reg[0]; i++) {
		rcp_name_entity e = {0};
		e.id = reg[i].id;
		e.name = reg[i].name;
		e.kind = reg[i].kind;
		e.parent = reg[i].parent;
		e.categories = reg[i].cats;
		while (e.naliases < 4 && reg[i].aliases[e.naliases])
			e.naliases++;
		e.aliases = reg[i].aliases;
		e.alias_flags = reg[i].flags;
		while (e.nidentifiers < 4 && reg[i].ids[e.nidentifiers])
			e.nidentifiers++;
		e.identifiers = reg[i].ids;
		CHECK_INT(rcp_name_index_add(m, &e, &err), RCP_OK);
	}
	rcp_name_entity dup = {.id = "microsoft", .name = "Again"};
	CHECK_INT(rcp_name_index_add(m, &dup, &err), RCP_EINVAL);
	rcp_name_index_build(m);
	return m;
}

int main(void)
{
	rcp_name_index *m = build();
	CHECK_INT(rcp_name_index_size(m), 13); /* the public body is not indexed */

	FILE *f = test_open_table("screen/match.tsv");
	char line[1024], *fld[4];
	int n, rows = 0;
	while ((n = test_next_row(f, line, sizeof line, fld, 3)) > 0) {
		rcp_name_match r;
		rcp_match_name(m, fld[0], &r);
		const char *want = strcmp(fld[1], "-") ? fld[1] : NULL;
		if (!want) {
			if (r.id)
				fprintf(stderr, "'%s' matched %s (%.3f)\n", fld[0], r.id, r.score);
			CHECK(r.id == NULL);
		} else {
			if (!r.id || strcmp(r.id, want))
				fprintf(stderr, "'%s' -> %s (%.3f %s)\n", fld[0], r.id ? r.id : "-",
				        r.score, r.why);
			CHECK_STR(r.id, want);
			if (n >= 3)
				CHECK_STR(r.why, fld[2]);
			CHECK(r.score >= RCP_MATCH_THRESHOLD && r.score <= 1.0);
		}
		rows++;
	}
	fclose(f);
	CHECK(rows >= 30);

	/* holdings: an ISIN wins over the name */
	rcp_holding h = {0};
	h.weight = h.value = h.shares = NAN;
	rcp_name_match r;
	h.name = "Some Other Name";
	h.isin = "US5949181045";
	rcp_match_holding(m, &h, &r);
	CHECK_STR(r.id, "microsoft");
	CHECK_STR(r.why, "isin");
	/* the CUSIP inside a US ISIN */
	h.isin = NULL;
	h.cusip = "594918104";
	rcp_match_holding(m, &h, &r);
	CHECK_STR(r.id, "microsoft");
	CHECK_STR(r.why, "cusip");
	/* a ticker with its exchange, and a name that agrees */
	h.cusip = NULL;
	h.name = "ELBIT SYSTEMS LTD";
	h.ticker = "ESLT";
	h.exchange = "Tel Aviv Stock Exchange";
	rcp_match_holding(m, &h, &r);
	CHECK_STR(r.id, "elbit-systems");
	CHECK_STR(r.why, "ticker");
	/* a reused ticker: the name says otherwise, so no ticker match */
	h.name = "GENERAL MILLS INC";
	h.ticker = "GD";
	h.exchange = "New York Stock Exchange Inc.";
	rcp_match_holding(m, &h, &r);
	CHECK(r.id == NULL);
	/* a Bloomberg ticker carries its market */
	h.name = "LOCKHEED MARTIN";
	h.ticker = "LMT US Equity";
	h.exchange = NULL;
	rcp_match_holding(m, &h, &r);
	CHECK_STR(r.id, "lockheed-martin");
	CHECK_STR(r.why, "ticker");
	/* a share class after a space is not an exchange code */
	h.ticker = "LMT B";
	rcp_match_holding(m, &h, &r);
	CHECK_STR(r.why, "name");
	/* an ambiguous alias ("GD" is a word too) never matches a holding's name */
	h.ticker = h.exchange = NULL;
	h.name = "GD";
	rcp_match_holding(m, &h, &r);
	CHECK(r.id == NULL);
	/* leading zeros of Korean codes do not matter */
	h.name = "KOREA SHIPBUILDING";
	h.ticker = "9540";
	h.exchange = "Korea Exchange (Stock Market)";
	rcp_match_holding(m, &h, &r);
	CHECK_STR(r.id, "hd-korea-shipbuilding");
	CHECK_STR(r.parent, "hd-hyundai");
	/* a subsidiary without categories is flagged through its parent */
	rcp_match_name(m, "DRS Technologies Inc", &r);
	CHECK_STR(r.id, "leonardo-drs");
	CHECK_STR(r.why, "parent");
	CHECK_STR(r.parent, "leonardo");
	CHECK_INT(r.categories, MIL);
	/* a miss says how near it came */
	rcp_match_name(m, "Siemens Ltd", &r);
	CHECK(r.id == NULL);
	CHECK_STR(r.near, "siemens");
	CHECK(r.score < RCP_MATCH_THRESHOLD);

	CHECK_STR(rcp__exchange_market("Nasdaq Omx Nordic"), "SE");
	CHECK_STR(rcp__exchange_market("NASDAQ"), "US");
	CHECK_STR(rcp__exchange_market("Nyse Euronext - Euronext Paris"), "FR");
	CHECK(rcp__exchange_market("Moon Exchange") == NULL);
	char sym[32];
	rcp__ticker_norm("BRK.B", sym);
	CHECK_STR(sym, "BRKB");
	rcp__ticker_norm("009540", sym);
	CHECK_STR(sym, "9540");
	rcp_name_index_free(m);
	rcp_name_index_free(NULL);
	TEST_END();
}
