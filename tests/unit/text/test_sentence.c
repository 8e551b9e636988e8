/* Sentence boundaries: golden tables per language,
 * tests/data/text/sentences-<lang>.tsv (input, then one field a sentence). */
#include "internal.h"
#include "test.h"

typedef struct acc {
	const char *text;
	char out[2048];
	size_t n;
	int count;
} acc;

static int collect(size_t start, size_t end, void *c)
{
	acc *a = c;
	if (a->count++)
		a->out[a->n++] = '\t';
	size_t m = end - start;
	if (a->n + m >= sizeof a->out - 2)
		m = sizeof a->out - 2 - a->n;
	memcpy(a->out + a->n, a->text + start, m);
	a->n += m;
	a->out[a->n] = '\0';
	return 0;
}

static int run_table(const char *lang)
{
	char rel[64];
	snprintf(rel, sizeof rel, "text/sentences-%s.tsv", lang);
	FILE *f = test_open_table(rel);
	char line[2048], *fl[16];
	int rows = 0, k;
	while ((k = test_next_row(f, line, sizeof line, fl, 16)) > 0) {
		char want[2048] = "";
		for (int i = 1; i < k; i++) {
			if (i > 1)
				strcat(want, "\t");
			strcat(want, fl[i]);
		}
		acc a = {.text = fl[0]};
		rcp__sentences(fl[0], strlen(fl[0]), lang, collect, &a);
		if (!strcmp(a.out, want))
			t_pass++;
		else {
			t_fail++;
			fprintf(stderr, "sentences %s '%s':\n  want '%s'\n  got  '%s'\n", lang, fl[0], want,
			        a.out);
		}
		rows++;
	}
	fclose(f);
	return rows;
}

int main(void)
{
	CHECK(run_table("en") >= 10);
	CHECK(run_table("fr") >= 5);
	CHECK(run_table("es") >= 4);
	CHECK(run_table("de") >= 4);

	/* nothing, white space, and text with no terminator */
	acc a = {.text = ""};
	rcp__sentences("", 0, "en", collect, &a);
	CHECK_INT(a.count, 0);
	acc b = {.text = "   \n\n  "};
	rcp__sentences(b.text, strlen(b.text), "en", collect, &b);
	CHECK_INT(b.count, 0);
	acc c = {.text = "no end"};
	rcp__sentences(c.text, strlen(c.text), "xx", collect, &c);
	CHECK_STR(c.out, "no end");
	/* invalid UTF-8 and stray bytes do not stop it */
	acc d = {.text = "A\xff. B\xc3. C."};
	rcp__sentences(d.text, strlen(d.text), "en", collect, &d);
	CHECK_INT(d.count, 3);
	TEST_END();
}
