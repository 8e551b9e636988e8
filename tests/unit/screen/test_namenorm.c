/* Name normalization against tests/data/screen/namenorm.tsv, and
 * Jaro-Winkler's known values. */
#include <math.h>

#include "internal.h"
#include "test.h"

static unsigned families(const char *s)
{
	unsigned f = 0;
	if (strstr(s, "us"))
		f |= RCP__FORM_US;
	if (strstr(s, "gb"))
		f |= RCP__FORM_GB;
	if (strstr(s, "de"))
		f |= RCP__FORM_DE;
	if (strstr(s, "eu"))
		f |= RCP__FORM_EU;
	return f;
}

int main(void)
{
	FILE *f = test_open_table("screen/namenorm.tsv");
	char line[1024], *fld[4];
	int rows = 0, n;
	while ((n = test_next_row(f, line, sizeof line, fld, 3)) > 0) {
		unsigned forms = 99;
		char *key = rcp__name_norm(fld[0], strlen(fld[0]), &forms);
		if (strcmp(key, fld[1]))
			fprintf(stderr, "input '%s'\n", fld[0]);
		CHECK_STR(key, fld[1]);
		if (n >= 3) {
			if (forms != families(fld[2]))
				fprintf(stderr, "forms of '%s': %u\n", fld[0], forms);
			CHECK_INT(forms, families(fld[2]));
		}
		free(key);
		rows++;
	}
	fclose(f);
	CHECK(rows >= 40);

	/* never emptied, never NULL */
	char *k = rcp__name_norm("", 0, NULL);
	CHECK_STR(k, "");
	free(k);
	k = rcp__name_norm("\xff\xfe", 2, NULL);
	CHECK(k != NULL);
	free(k);

	/* Jaro-Winkler: the textbook pairs */
	CHECK(fabs(rcp__jaro_winkler("martha", 6, "marhta", 6) - 0.9611) < 0.001);
	CHECK(fabs(rcp__jaro_winkler("dwayne", 6, "duane", 5) - 0.84) < 0.001);
	CHECK(fabs(rcp__jaro_winkler("dixon", 5, "dicksonx", 8) - 0.8133) < 0.001);
	CHECK(rcp__jaro_winkler("abc", 3, "abc", 3) == 1.0);
	CHECK(rcp__jaro_winkler("abc", 3, "xyz", 3) == 0.0);
	/* "Micron" is far from "Microsoft" as words go */
	CHECK(rcp__jaro_winkler("micron", 6, "microsoft", 9) < 0.92);

	CHECK(rcp__name_is_common("holdings", 8));
	CHECK(rcp__name_is_common("energy", 6));
	CHECK(!rcp__name_is_common("lockheed", 8));
	CHECK(rcp__name_is_organizational("group", 5));
	CHECK(!rcp__name_is_organizational("energy", 6));
	TEST_END();
}
