#include "internal.h"
#include "test.h"

int main(void)
{
	FILE *f = test_open_table("registry/identifiers.tsv");
	char line[256], *fl[3];
	int rows = 0;
	while (test_next_row(f, line, sizeof line, fl, 3) == 3) {
		int want = atoi(fl[2]), got;
		if (!strcmp(fl[0], "isin"))
			got = rcp_isin_valid(fl[1]);
		else if (!strcmp(fl[0], "cusip"))
			got = rcp_cusip_valid(fl[1]);
		else if (!strcmp(fl[0], "lei"))
			got = rcp_lei_valid(fl[1]);
		else if (!strcmp(fl[0], "figi"))
			got = rcp_figi_valid(fl[1]);
		else if (!strcmp(fl[0], "sedol"))
			got = rcp_sedol_valid(fl[1]);
		else if (!strcmp(fl[0], "id"))
			got = rcp_id_valid(fl[1]);
		else {
			fprintf(stderr, "unknown scheme %s\n", fl[0]);
			got = -1;
		}
		if (got == want)
			t_pass++;
		else {
			t_fail++;
			fprintf(stderr, "%s %s: want %d got %d\n", fl[0], fl[1], want, got);
		}
		rows++;
	}
	fclose(f);
	CHECK(rows >= 25);
	CHECK(!rcp_isin_valid(NULL));
	CHECK(!rcp_cusip_valid(""));
	CHECK(!rcp_id_valid(NULL) && !rcp_id_valid(""));
	TEST_END();
}
