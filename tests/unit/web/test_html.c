/* The escapers of web/html.c against the golden table tests/data/web/escape.tsv:
 * context<TAB>input<TAB>expected. */
#include <stdlib.h>

#include "test.h"
#include "web.h"

int main(void)
{
	FILE *f = test_open_table("web/escape.tsv");
	char line[4096], *fields[3];
	int n, rows = 0;
	while ((n = test_next_row(f, line, sizeof line, fields, 3)) > 0) {
		if (n == 2)
			fields[2] = "";
		else if (n != 3) {
			fprintf(stderr, "bad row: %s\n", fields[0]);
			t_fail++;
			continue;
		}
		rows++;
		char *got = html_escape_dup(fields[0], fields[1]);
		CHECK_STR(got, fields[2]);
		free(got);
	}
	fclose(f);
	CHECK(rows >= 20);
	CHECK(html_escape_dup("nope", "x") == NULL);
	/* the buffer cap refuses growth and says so */
	web_buf b = {.max = 8};
	web_puts(&b, "12345");
	web_puts(&b, "6789");
	CHECK(b.toobig);
	CHECK_INT(b.len, 5);
	web_buf_release(&b);
	TEST_END();
}
