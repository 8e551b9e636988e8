/* Language detection: golden table tests/data/text/lang.tsv. */
#include "internal.h"
#include "test.h"

int main(void)
{
	FILE *f = test_open_table("text/lang.tsv");
	char line[1024], *fl[2];
	int rows = 0;
	while (test_next_row(f, line, sizeof line, fl, 2) == 2) {
		const char *got = rcp__lang_detect(fl[0], strlen(fl[0]));
		const char *want = strcmp(fl[1], "-") ? fl[1] : NULL;
		if ((!got && !want) || (got && want && !strcmp(got, want)))
			t_pass++;
		else {
			t_fail++;
			fprintf(stderr, "lang '%s': want %s got %s\n", fl[0], want ? want : "none",
			        got ? got : "none");
		}
		rows++;
	}
	fclose(f);
	CHECK(rows >= 8);
	CHECK(rcp__lang_detect("", 0) == NULL);
	TEST_END();
}
