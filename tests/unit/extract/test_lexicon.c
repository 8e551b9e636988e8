/*
 * Word lists looked up by hash (lexicon.c, rcp__word_in) answer as a scan
 * of the list does: for every word of each list, for near misses and
 * random words, for lists with repeats or none, past the number of lists
 * the table keeps, and from several threads at once; and the words of
 * a text bound for a run (rcp__words_bind), looked up by their tokens'
 * hashes, as the scan does.
 */
#include <pthread.h>

#include "extract/stages.h"
#include "test.h"

static int scan(const char *w, const char *const *l)
{
	for (int i = 0; l[i]; i++)
		if (!strcmp(w, l[i]))
			return 1;
	return 0;
}

static const char *const nouns[] = {"company", "firm", "contractor", "societe", "empresa",
                                    "unternehmen", "rustungskonzern", "a", "l", "fund",
                                    "fonds", "fondo", "\xc3\xa0", "firm", NULL};
static const char *const none[] = {NULL};
static const char *const one[] = {"the", NULL};

/* 600 lists of four: more than the table keeps (512) */
static const char *many[600][5];
static char many_words[600][4][8];

static unsigned seed = 19;
static void random_word(char *w, size_t cap)
{
	seed = seed * 1103515245u + 12345u;
	size_t n = (seed >> 16) % (cap - 1);
	for (size_t k = 0; k < n; k++) {
		seed = seed * 1103515245u + 12345u;
		w[k] = "acdefilmnorstu\xc3"[(seed >> 16) % 15];
	}
	w[n] = '\0';
}

/* Every word of l, each with a letter more and less, and random words. */
static void check_list(const char *const *l, int randoms)
{
	for (int i = 0; l[i]; i++) {
		char w[64];
		size_t n = strlen(l[i]);
		CHECK(rcp__word_in(l[i], l));
		memcpy(w, l[i], n + 1);
		w[n] = 's';
		w[n + 1] = '\0';
		CHECK(rcp__word_in(w, l) == scan(w, l));
		w[n - 1] = '\0';
		CHECK(rcp__word_in(w, l) == scan(w, l));
	}
	for (int r = 0; r < randoms; r++) {
		char w[8];
		random_word(w, sizeof w);
		if (rcp__word_in(w, l) != scan(w, l)) {
			t_fail++;
			fprintf(stderr, "word '%s': hashed and scanned differ\n", w);
		} else
			t_pass++;
	}
}

static void *threads_check(void *arg)
{
	(void)arg;
	int bad = 0;
	for (int i = 0; i < 600; i++)
		for (int k = 0; k < 4; k++)
			bad |= !rcp__word_in(many[i][k], many[i]) ||
			       rcp__word_in("zzz", many[i]) != scan("zzz", many[i]);
	return bad ? (void *)1 : NULL;
}

/* Words of a text, bound as a run binds them (rcp__words_bind): each
 * word's f is looked up by the token hash the tokenizer gave it, and the
 * answer must be the scan's, for words of every language, in any case,
 * with and without their accents, cut when too long, and for lists with
 * words that are no token's fold (a hyphen, an accent the fold drops). */
static const char *const mixed[] = {"the", "company", "societe", "soci\xc3\xa9t\xc3\xa9",
                                    "empresa", "unternehmen", "gesellschaft", "jean-marc",
                                    "\xc3\xa0", "a", "l", "d", "aupres", "fur", "f\xc3\xbcr",
                                    "strasse", "stra\xc3\x9f" "e", "verteidigungsministerium",
                                    "bundesverteidigungsministeriums", "x", "el", "los", NULL};
static const char *const pieces[] = {
	"the", "The", "THE", "company", "Company", "soci\xc3\xa9t\xc3\xa9", "Soci\xc3\xa9t\xc3\xa9",
	"SOCI\xc3\x89T\xc3\x89", "societe", "empresa", "Empresa", "Unternehmen", "jean-marc",
	"Jean-Marc", "\xc3\xa0", "\xc3\x80", "a", "A", "l'", "d'un", "aupr\xc3\xa8s", "f\xc3\xbcr",
	"F\xc3\xbcr", "Stra\xc3\x9f" "e", "STRASSE", "Verteidigungsministerium",
	"Bundesverteidigungsministeriums", "Bundesverteidigungsministeriumsgeb\xc3\xa4ude", "x",
	"X", "el", "Los", "\xc3\xb1", "Espa\xc3\xb1" "a", "companys", "compan", "2024", "U.S.",
	".", ",", " ", " ", "\n", "-", "\xe2\x80\x99", NULL};

static void check_bound(const char *const *l, int texts)
{
	size_t np = 0;
	while (pieces[np])
		np++;
	for (int r = 0; r < texts; r++) {
		char text[512];
		size_t len = 0;
		for (int k = 0; k < 40; k++) {
			char w[16];
			const char *p = w;
			seed = seed * 1103515245u + 12345u;
			if ((seed >> 16) % 4)
				p = pieces[(seed >> 16) % np];
			else
				random_word(w, sizeof w);
			size_t pl = strlen(p);
			if (len + pl + 2 > sizeof text)
				break;
			memcpy(text + len, p, pl);
			len += pl;
			seed = seed * 1103515245u + 12345u;
			if ((seed >> 16) % 3)
				text[len++] = ' ';
		}
		size_t n, split;
		xword *w = rcp__words(text, len, &n, &split);
		rcp__words_bound was = rcp__words_bind(w, n);
		for (size_t i = 0; i < n; i++)
			if (rcp__word_in(w[i].f, l) != scan(w[i].f, l)) {
				t_fail++;
				fprintf(stderr, "bound word '%s': hashed and scanned differ\n", w[i].f);
			} else
				t_pass++;
		rcp__words_bind(was.w, was.n);
		for (size_t i = 0; i < n; i++)
			CHECK(rcp__word_in(w[i].f, l) == scan(w[i].f, l));
		free(w);
	}
}

int main(void)
{
	check_bound(mixed, 3000);
	check_bound(nouns, 1000);
	check_bound(one, 300);
	check_bound(none, 100);
	check_list(nouns, 50000);
	check_list(one, 10000);
	CHECK(!rcp__word_in("", none));
	CHECK(!rcp__word_in("the", none));
	CHECK(!rcp__word_in("", nouns));
	CHECK(rcp__word_in("firm", nouns)); /* listed twice */
	for (int i = 0; i < 600; i++) {
		for (int k = 0; k < 4; k++) {
			snprintf(many_words[i][k], sizeof many_words[i][k], "w%d", i * 4 + k);
			many[i][k] = many_words[i][k];
		}
		many[i][4] = NULL;
	}
	/* from several threads at once, the lists first seen here */
	pthread_t th[4];
	for (int t = 0; t < 4; t++)
		CHECK(pthread_create(&th[t], NULL, threads_check, NULL) == 0);
	for (int t = 0; t < 4; t++) {
		void *bad = (void *)1;
		pthread_join(th[t], &bad);
		CHECK(bad == NULL);
	}
	for (int i = 0; i < 600; i++)
		check_list(many[i], 20);
	/* a word of one list is not in another */
	CHECK(!rcp__word_in("w5", many[0]));
	CHECK(rcp__word_in("w5", many[1]));
	TEST_END();
}
