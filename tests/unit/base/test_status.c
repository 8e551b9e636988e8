#include "internal.h"
#include "test.h"

int main(void)
{
	/* every status has a row: a name, a message and an HTTP status */
	for (int s = 0; s < RCP__STATUS_COUNT; s++) {
		CHECK(strcmp(rcp_status_name((rcp_status)s), "unknown") != 0);
		CHECK(rcp_status_message((rcp_status)s)[0] != '\0');
		CHECK(rcp_status_http((rcp_status)s) >= 200 && rcp_status_http((rcp_status)s) < 600);
	}
	CHECK_STR(rcp_status_name(RCP__STATUS_COUNT), "unknown");
	CHECK_INT(rcp_status_http(RCP_ENOTFOUND), 404);

	rcp_error e;
	char line[256];
	CHECK_INT(rcp__error_set(&e, RCP_EPARSE, "cannot parse amount", "12,3x", "at byte %d", 4),
	          RCP_EPARSE);
	rcp_error_format(&e, line, sizeof line);
	CHECK_STR(line, "cannot parse amount '12,3x': at byte 4");
	rcp__error_set(&e, RCP_ENOTFOUND, "no such source", "abcd", NULL);
	rcp_error_format(&e, line, sizeof line);
	CHECK_STR(line, "no such source 'abcd'");
	rcp__error_set(&e, RCP_EIO, NULL, NULL, NULL);
	rcp_error_format(&e, line, sizeof line);
	CHECK_STR(line, "input/output error");
	CHECK_INT(rcp__error_set(NULL, RCP_EIO, "x", NULL, NULL), RCP_EIO); /* NULL err is fine */

	/* dates: golden table */
	FILE *f = test_open_table("base/dates.tsv");
	char buf[256], *fl[2];
	int rows = 0;
	while (test_next_row(f, buf, sizeof buf, fl, 2) == 2) {
		int want = atoi(fl[1]);
		if (rcp_date_valid(fl[0]) != want) {
			t_fail++;
			fprintf(stderr, "date '%s': want %d\n", fl[0], want);
		} else {
			t_pass++;
		}
		rows++;
	}
	fclose(f);
	CHECK(rows >= 15);
	TEST_END();
}
