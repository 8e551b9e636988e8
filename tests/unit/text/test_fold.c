#include <string.h>

#include "internal.h"
#include "test.h"

int main(void)
{
	FILE *f = test_open_table("text/fold.tsv");
	char line[512], *fl[2];
	int rows = 0;
	while (test_next_row(f, line, sizeof line, fl, 2) == 2) {
		size_t n;
		char *got = rcp__fold_dup(fl[0], strlen(fl[0]), &n);
		if (!strcmp(got, fl[1]))
			t_pass++;
		else {
			t_fail++;
			fprintf(stderr, "fold '%s': want '%s' got '%s'\n", fl[0], fl[1], got);
		}
		free(got);
		rows++;
	}
	fclose(f);
	CHECK(rows >= 15);

	/* the offset map points every folded byte at its source code point */
	const char *s = "Dé ß";
	rcp_buf b;
	rcp_offsets map = {0};
	rcp__buf_init(&b, 0);
	rcp__fold(s, strlen(s), &b, &map);
	CHECK_STR(b.data, "de ss");
	CHECK_INT(map.n, 6);
	CHECK_INT(map.v[0], 0); /* d <- D */
	CHECK_INT(map.v[1], 1); /* e <- é (bytes 1-2) */
	CHECK_INT(map.v[2], 3); /* space */
	CHECK_INT(map.v[3], 4); /* s <- ß */
	CHECK_INT(map.v[4], 4); /* s <- ß */
	CHECK_INT(map.v[5], 6); /* end */
	rcp__buf_release(&b);
	rcp__offsets_release(&map);

	/* invalid UTF-8 does not stop folding */
	size_t n;
	char *g = rcp__fold_dup("A\xFF" "B", 3, &n);
	CHECK_STR(g, "a\xEF\xBF\xBD" "b");
	free(g);

	CHECK(rcp__is_word_cp('a'));
	CHECK(rcp__is_word_cp(0x5D0)); /* alef */
	CHECK(!rcp__is_word_cp(' '));
	CHECK(!rcp__is_word_cp(0x2019));

	/* the two-byte table the matcher's tokenizer folds from says what
	 * the functions say, for every code point it holds */
	const rcp_fold2 *t2 = rcp__fold2_table();
	int same = 1;
	for (int32_t cp = 0x80; cp < 0x800; cp++) {
		char out[RCP_FOLD_CP_MAX];
		size_t k = rcp__fold_cp(cp, out);
		const rcp_fold2 *e = &t2[cp];
		if ((e->len == RCP_FOLD2_LONG ? k <= 6 : (k != e->len || memcmp(out, e->bytes, k))) ||
		    !(e->flags & RCP_FOLD2_WORD) != !rcp__is_word_cp(cp) ||
		    !(e->flags & RCP_FOLD2_UPPER) != !rcp__is_upper_cp(cp))
			same = 0;
	}
	CHECK(same);
	CHECK(t2[0xE9].len == 1 && t2[0xE9].bytes[0] == 'e' && (t2[0xE9].flags & RCP_FOLD2_WORD));
	CHECK(t2[0xC9].flags & RCP_FOLD2_UPPER);
	CHECK(t2[0xDF].len == 2 && !memcmp(t2[0xDF].bytes, "ss", 2)); /* ß */
	CHECK(t2[0x301].len == 0 && (t2[0x301].flags & RCP_FOLD2_WORD)); /* a mark */
	CHECK(!(t2[0xA0].flags & RCP_FOLD2_WORD)); /* no-break space */
	TEST_END();
}
