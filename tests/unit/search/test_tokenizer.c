/* Tokens as the index sees them, per language: golden table
 * tests/data/search/tokens.tsv; and the colocated query forms. */
#include <utf8proc.h>

#include "internal.h"
#include "test.h"

typedef struct acc {
	char out[1024];
	size_t n;
	int check_offsets;
	const char *src;
} acc;

static int collect(void *c, const char *tok, size_t n, size_t start, size_t end, int colocated)
{
	acc *a = c;
	if (a->n && a->n < sizeof a->out - 2)
		a->out[a->n++] = colocated ? '|' : ' ';
	if (a->n + n < sizeof a->out - 1) {
		memcpy(a->out + a->n, tok, n);
		a->n += n;
	}
	a->out[a->n] = '\0';
	if (end <= start || end > strlen(a->src))
		a->check_offsets = 0;
	return 0;
}

static void run(rcp_tokenizer *t, const char *s, const char *lang, int mode, acc *a)
{
	memset(a, 0, sizeof *a);
	a->check_offsets = 1;
	a->src = s;
	rcp__tokenize(t, s, strlen(s), lang, mode, collect, a);
}

/* Every token with its offsets, one a line, into a growing buffer. */
typedef struct seq {
	char *p;
	size_t n, cap;
} seq;

static int record(void *c, const char *tok, size_t n, size_t start, size_t end, int colocated)
{
	seq *q = c;
	if (q->n + n + 64 > q->cap) {
		q->cap = (q->n + n + 64) * 2;
		q->p = realloc(q->p, q->cap);
	}
	q->n += (size_t)sprintf(q->p + q->n, "%zu %zu %d ", start, end, colocated);
	memcpy(q->p + q->n, tok, n);
	q->n += n;
	q->p[q->n++] = '\n';
	return 0;
}

/* The token cache (two ways a line, words of up to 16 bytes, tokens of up
 * to 15) gives what folding and stemming give: a text of words around
 * those lengths, accented, capitalized and repeated, tokenized with the
 * cache off, with a cache of 8 slots (evictions and swaps of ways all the
 * time) and with the default one; every word also at the very end of the
 * input, where the key is read byte by byte. */
static void cache_agrees(void)
{
	static const char *const syll[] = {"con", "tract", "ing", "é", "ver", "wach", "ungs",
	                                   "ción", "DÉ", "fense", "ß", "ar", "Ö", "s", "tion",
	                                   "al", "12", "ed"};
	static const char *const langs[] = {"en", "fr", "es", "de", NULL};
	static const char *const seps[] = {" ", ", ", ". ", " - ", "'", "\n", " 1,000 "};
	enum { WORDS = 400, TEXT = 6000 };
	char *words[WORDS];
	uint64_t r = 7;
	for (int i = 0; i < WORDS; i++) {
		char w[64] = "";
		int k = 1 + (int)test_rand(&r, 7);
		for (int j = 0; j < k && strlen(w) < 40; j++)
			strcat(w, syll[test_rand(&r, (unsigned)(sizeof syll / sizeof *syll))]);
		words[i] = strdup(w);
	}
	size_t cap = (size_t)TEXT * 64, len = 0;
	char *text = malloc(cap);
	for (int i = 0; i < TEXT; i++) {
		/* Zipf-like: low numbers often */
		size_t wi = (size_t)test_rand(&r, WORDS) * test_rand(&r, WORDS) / WORDS;
		len += (size_t)sprintf(text + len, "%s%s", words[wi], seps[test_rand(&r, 7)]);
	}
	rcp_tokenizer *off = rcp__tokenizer_new(), *tiny = rcp__tokenizer_new(),
		      *dflt = rcp__tokenizer_new();
	rcp__tokenizer_cache_bits(off, 0);
	rcp__tokenizer_cache_bits(tiny, 3);
	int same = 1, same_end = 1;
	for (int li = 0; li < 5; li++) {
		for (int round = 0; round < 2; round++) {
			seq a = {0}, b = {0}, c = {0};
			rcp__tokenize(off, text, len, langs[li], RCP_TOK_STEM, record, &a);
			rcp__tokenize(tiny, text, len, langs[li], RCP_TOK_STEM, record, &b);
			rcp__tokenize(dflt, text, len, langs[li], RCP_TOK_STEM, record, &c);
			same &= a.n > 0 && a.n == b.n && a.n == c.n && !memcmp(a.p, b.p, a.n) &&
			        !memcmp(a.p, c.p, a.n);
			free(a.p);
			free(b.p);
			free(c.p);
		}
		for (int i = 0; i < WORDS; i++) {
			/* the word last in its input (and after a space) */
			char in[80];
			int m = snprintf(in, sizeof in, "x %s", words[i]);
			seq a = {0}, b = {0}, c = {0};
			rcp__tokenize(off, in, (size_t)m, langs[li], RCP_TOK_STEM, record, &a);
			rcp__tokenize(tiny, in, (size_t)m, langs[li], RCP_TOK_STEM, record, &b);
			rcp__tokenize(dflt, in, (size_t)m, langs[li], RCP_TOK_STEM, record, &c);
			same_end &= a.n == b.n && a.n == c.n && !memcmp(a.p, b.p, a.n) &&
			            !memcmp(a.p, c.p, a.n);
			free(a.p);
			free(b.p);
			free(c.p);
		}
	}
	CHECK(same);
	CHECK(same_end);
	/* 40,000 distinct words: the default cache misses enough to grow
	 * (from 4k slots to 16k), and gives the same tokens before, while
	 * and after it grows */
	size_t big = 0, bigcap = 40000 * 12;
	char *many = malloc(bigcap);
	for (int i = 0; i < 40000; i++) {
		char w[12];
		int k = 0, v = i;
		w[k++] = 'Q';
		do {
			w[k++] = (char)('a' + v % 26);
			v /= 26;
		} while (v);
		w[k] = '\0';
		big += (size_t)sprintf(many + big, "%s ", w);
	}
	int same_many = 1;
	for (int round = 0; round < 2; round++) {
		seq a = {0}, c = {0};
		rcp__tokenize(off, many, big, "en", RCP_TOK_STEM, record, &a);
		rcp__tokenize(dflt, many, big, "en", RCP_TOK_STEM, record, &c);
		same_many &= a.n > 0 && a.n == c.n && !memcmp(a.p, c.p, a.n);
		free(a.p);
		free(c.p);
	}
	CHECK(same_many);
	free(many);
	rcp__tokenizer_free(off);
	rcp__tokenizer_free(tiny);
	rcp__tokenizer_free(dflt);
	for (int i = 0; i < WORDS; i++)
		free(words[i]);
	free(text);
}

/* Offsets only: a line per word. */
static int record_span(void *c, const char *tok, size_t n, size_t start, size_t end,
                       int colocated)
{
	(void)tok;
	(void)n;
	(void)colocated;
	return record(c, "", 0, start, end, 0);
}

/* Indexing finds words with an SSE2 fast path (RCP_TOK_STEM); the other
 * modes use rcp__next_word alone. Random strings of letters, digits,
 * separators that join numbers, accented, CJK and invalid bytes, cut at
 * every length, give the same words both ways. */
static void fast_words_agree(void)
{
	static const char *const bits[] = {"a", "Zq", "rst", "0", "9", ".", ",", " ", "-", "'",
	                                   "\xc3\xa9", "\xe4\xb8\xad", "\xff", "\n", "x1",
	                                   "tuvwxyzabcdefgh"};
	rcp_tokenizer *t = rcp__tokenizer_new();
	uint64_t r = 11;
	int same = 1, cases = 0;
	for (int k = 0; k < 400; k++) {
		char in[400];
		size_t len = 0;
		int parts = 1 + (int)test_rand(&r, 40);
		for (int j = 0; j < parts; j++) {
			const char *b = bits[test_rand(&r, (unsigned)(sizeof bits / sizeof *bits))];
			size_t bl = strlen(b);
			if (len + bl >= sizeof in)
				break;
			memcpy(in + len, b, bl);
			len += bl;
		}
		for (size_t cut = 0; cut <= len; cut++) {
			seq a = {0}, b = {0};
			rcp__tokenize(t, in, cut, "en", RCP_TOK_STEM, record_span, &a);
			rcp__tokenize(t, in, cut, "en", RCP_TOK_FOLD, record_span, &b);
			same &= a.n == b.n && (a.n == 0 || !memcmp(a.p, b.p, a.n));
			free(a.p);
			free(b.p);
			cases++;
		}
	}
	CHECK(same);
	CHECK(cases > 4000);
	rcp__tokenizer_free(t);
}

int main(void)
{
	cache_agrees();
	fast_words_agree();
	rcp_tokenizer *t = rcp__tokenizer_new();
	FILE *f = test_open_table("search/tokens.tsv");
	char line[1024], *fl[3];
	int rows = 0;
	char langs_seen[64] = "";
	while (test_next_row(f, line, sizeof line, fl, 3) == 3) {
		acc a;
		run(t, fl[1], strcmp(fl[0], "xx") ? fl[0] : NULL, RCP_TOK_STEM, &a);
		if (!strcmp(a.out, fl[2]) && a.check_offsets)
			t_pass++;
		else {
			t_fail++;
			fprintf(stderr, "tokens %s '%s': want '%s' got '%s'\n", fl[0], fl[1], fl[2], a.out);
		}
		if (!strstr(langs_seen, fl[0]) && strlen(langs_seen) < 50) {
			strcat(langs_seen, fl[0]);
			strcat(langs_seen, " ");
		}
		rows++;
	}
	fclose(f);
	CHECK(rows >= 20);
	/* every language of the issue has rows */
	CHECK(strstr(langs_seen, "en") && strstr(langs_seen, "fr") && strstr(langs_seen, "es") &&
	      strstr(langs_seen, "de") && strstr(langs_seen, "ar") && strstr(langs_seen, "he"));

	/* query terms: the folded word, then each distinct stem, colocated */
	acc a;
	run(t, "contracts", NULL, RCP_TOK_QUERY_ALL, &a);
	CHECK_STR(a.out, "contracts|contract");
	run(t, "Défense", NULL, RCP_TOK_QUERY_ALL, &a);
	CHECK(!strncmp(a.out, "defense|defens", 14));
	run(t, "towers", "en", RCP_TOK_QUERY_ALL, &a);
	CHECK_STR(a.out, "towers|tower");
	run(t, "contr", NULL, RCP_TOK_FOLD, &a);
	CHECK_STR(a.out, "contr");

	/* stems only in the languages an index holds: without unstemmed
	 * documents the folded word goes unless a stem equals it */
	unsigned l_en = rcp__search_lang_bit("en"), l_fr = rcp__search_lang_bit("fr");
	CHECK(l_en && l_fr && l_en != l_fr);
	CHECK_INT(rcp__search_lang_bit("he"), RCP_LANG_UNSTEMMED);
	CHECK_INT(rcp__search_lang_bit(NULL), RCP_LANG_UNSTEMMED);
	rcp__tokenizer_set_langs(t, l_en);
	run(t, "contracts", NULL, RCP_TOK_QUERY_ALL, &a);
	CHECK_STR(a.out, "contract");
	run(t, "contracts towers", NULL, RCP_TOK_QUERY_ALL, &a);
	CHECK_STR(a.out, "contract tower");
	run(t, "tower", NULL, RCP_TOK_QUERY_ALL, &a); /* the stem is the word */
	CHECK_STR(a.out, "tower");
	run(t, "towers", "en", RCP_TOK_QUERY_ALL, &a); /* a query language wins */
	CHECK_STR(a.out, "towers|tower");
	rcp__tokenizer_set_langs(t, l_en | l_fr);
	run(t, "Défense", NULL, RCP_TOK_QUERY_ALL, &a);
	CHECK_STR(a.out, "defens");
	rcp__tokenizer_set_langs(t, l_en | RCP_LANG_UNSTEMMED);
	run(t, "contracts", NULL, RCP_TOK_QUERY_ALL, &a);
	CHECK_STR(a.out, "contracts|contract");
	rcp__tokenizer_set_langs(t, 0);

	/* a word Snowball stems to nothing gives its folded form, never an
	 * empty token (found by fuzz_text: a tatweel, or U+FE79, whose
	 * compatibility form is a tatweel and a damma, in Arabic) */
	run(t, "\xd9\x80", "ar", RCP_TOK_STEM, &a);
	CHECK_STR(a.out, "\xd9\x80");
	run(t, "\xef\xb9\xb9 \xd9\x80", "ar", RCP_TOK_STEM, &a);
	CHECK_STR(a.out, "\xd9\x80 \xd9\x80");
	run(t, "\xef\xb9\xb9", NULL, RCP_TOK_QUERY_ALL, &a);
	CHECK_STR(a.out, "\xd9\x80");
	run(t, "\xef\xb9\xb9", "ar", RCP_TOK_QUERY_ALL, &a);
	CHECK_STR(a.out, "\xd9\x80");

	/* the Latin-1 and Latin Extended-A fast path splits words where
	 * Unicode's categories do: "a" + each code point + "b" is one word
	 * exactly when the code point is a letter, mark or digit */
	int agree = 1;
	for (int32_t cp = 0x80; cp < 0x250; cp++) {
		char w[8] = "a";
		size_t k = 1 + (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)w + 1);
		w[k++] = 'b';
		size_t p = 0, ws, we;
		int one = rcp__next_word(w, k, &p, &ws, &we) && ws == 0 && we == k;
		agree &= one == rcp__is_word_cp(cp);
	}
	CHECK(agree);

	/* offsets are bytes in the input, around the original word */
	const char *s = "la Défense";
	size_t pos = 0, st, en;
	CHECK(rcp__next_word(s, strlen(s), &pos, &st, &en));
	CHECK(rcp__next_word(s, strlen(s), &pos, &st, &en));
	CHECK_INT(st, 3);
	CHECK_INT(en, strlen(s));
	CHECK(!rcp__next_word(s, strlen(s), &pos, &st, &en));

	/* very long words are cut, invalid UTF-8 does not stop tokenizing */
	char longw[300];
	memset(longw, 'a', 299);
	longw[299] = '\0';
	run(t, longw, "en", RCP_TOK_STEM, &a);
	CHECK(a.n <= 64);
	run(t, "ab\xff" "cd", "en", RCP_TOK_STEM, &a);
	CHECK_STR(a.out, "ab cd");
	CHECK(rcp__stem_supported("fr"));
	CHECK(!rcp__stem_supported("he"));
	rcp__tokenizer_free(t);
	TEST_END();
}
