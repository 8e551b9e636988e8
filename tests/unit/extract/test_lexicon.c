/*
 * Word lists looked up by hash (lexicon.c, rcp__word_in) answer as a scan
 * of the list does: for every word of each list, for near misses and
 * random words, for lists with repeats or none, past the number of lists
 * the table keeps, and from several threads at once.
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

int main(void)
{
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
