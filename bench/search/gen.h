/*
 * gen.h — the search benchmark's corpus and queries, generated the same
 * way from C (bench.c) and C++ (xapian.cc) so both index the same bytes.
 *
 * Words follow a Zipf law (s = 1.05) over a vocabulary per language: the
 * real words of ../shared/eval/dev (bench/search/make-vocab.py, most
 * frequent first), then made-up words from syllables (some with accents
 * in French, Spanish and German) up to 60,000 words. A document is a title
 * of 6 words and sentences of 6-20 words up to about 1 KB; its language
 * is en 60%, fr 20%, es 12%, de 8%. Everything is a function of (seed,
 * document number), so any slice can be regenerated.
 *
 * Queries have 1-3 terms drawn by the same law over the document
 * language's vocabulary, skipping the 40 most frequent words (function
 * words no one searches for), so frequent terms are common in the set;
 * a fourth, held-out set mixes other shapes (gen_query_held_out), and a
 * fifth, from another seed and recipe, checks what the fourth led to
 * (gen_query_held_out2).
 */
#ifndef BENCH_GEN_H
#define BENCH_GEN_H

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GEN_VOCAB 60000
#define GEN_LANGS 4

typedef struct gen_lang {
	char code[4];
	char **words;
	size_t *lens;
	size_t n;
} gen_lang;

typedef struct gen {
	gen_lang lang[GEN_LANGS];
	double *cdf; /* shared Zipf CDF over ranks */
	uint64_t seed;
} gen;

static inline uint64_t gen_next(uint64_t *s)
{
	/* splitmix64 */
	uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

static inline double gen_unit(uint64_t *s)
{
	return (double)(gen_next(s) >> 11) / 9007199254740992.0;
}

static inline size_t gen_rank(const gen *g, uint64_t *s)
{
	double u = gen_unit(s);
	size_t lo = 0, hi = GEN_VOCAB - 1;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (g->cdf[mid] < u)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static inline void gen_add_word(gen_lang *l, const char *w, size_t n)
{
	if (l->n >= GEN_VOCAB)
		return;
	l->words[l->n] = (char *)malloc(n + 1);
	memcpy(l->words[l->n], w, n);
	l->words[l->n][n] = '\0';
	l->lens[l->n] = n;
	l->n++;
}

/* Load vocab.tsv (lang, count, word); returns 0 or -1. */
static inline int gen_init(gen *g, const char *vocab, uint64_t seed)
{
	static const char *const codes[GEN_LANGS] = {"en", "fr", "es", "de"};
	memset(g, 0, sizeof *g);
	g->seed = seed;
	for (int i = 0; i < GEN_LANGS; i++) {
		strcpy(g->lang[i].code, codes[i]);
		g->lang[i].words = (char **)calloc(GEN_VOCAB, sizeof(char *));
		g->lang[i].lens = (size_t *)calloc(GEN_VOCAB, sizeof(size_t));
	}
	FILE *f = fopen(vocab, "r");
	if (!f)
		return -1;
	char line[256];
	while (fgets(line, sizeof line, f)) {
		char *t1 = strchr(line, '\t');
		char *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
		if (!t2)
			continue;
		*t1 = '\0';
		char *w = t2 + 1;
		size_t n = strcspn(w, "\r\n");
		for (int i = 0; i < GEN_LANGS; i++)
			if (!strcmp(line, codes[i]))
				gen_add_word(&g->lang[i], w, n);
	}
	fclose(f);
	/* the tail: made-up words */
	static const char *const cons[] = {"b", "c", "d", "f", "g", "l", "m", "n", "p", "r",
	                                   "s", "t", "v", "ch", "tr", "br", "st", "pl"};
	static const char *const vow_plain[] = {"a", "e", "i", "o", "u", "ou", "ai", "ie"};
	static const char *const vow_acc[] = {"é", "è", "á", "ó", "ü", "ñe", "ê", "ö"};
	for (int i = 0; i < GEN_LANGS; i++) {
		uint64_t s = seed * 31 + (uint64_t)i;
		while (g->lang[i].n < GEN_VOCAB) {
			char w[64];
			size_t k = 0;
			int syll = 2 + (int)(gen_next(&s) % 3);
			for (int y = 0; y < syll; y++) {
				const char *c = cons[gen_next(&s) % 18];
				int acc = i > 0 && gen_next(&s) % 8 == 0;
				const char *v = acc ? vow_acc[gen_next(&s) % 8] : vow_plain[gen_next(&s) % 8];
				memcpy(w + k, c, strlen(c));
				k += strlen(c);
				memcpy(w + k, v, strlen(v));
				k += strlen(v);
			}
			gen_add_word(&g->lang[i], w, k);
		}
	}
	g->cdf = (double *)malloc(GEN_VOCAB * sizeof(double));
	double sum = 0;
	for (size_t r = 0; r < GEN_VOCAB; r++)
		sum += 1.0 / pow((double)(r + 1), 1.05);
	double acc = 0;
	for (size_t r = 0; r < GEN_VOCAB; r++) {
		acc += 1.0 / pow((double)(r + 1), 1.05) / sum;
		g->cdf[r] = acc;
	}
	g->cdf[GEN_VOCAB - 1] = 1.0;
	return 0;
}

static inline void gen_free(gen *g)
{
	for (int i = 0; i < GEN_LANGS; i++) {
		for (size_t k = 0; k < g->lang[i].n; k++)
			free(g->lang[i].words[k]);
		free(g->lang[i].words);
		free(g->lang[i].lens);
	}
	free(g->cdf);
}

static inline int gen_pick_lang(uint64_t *s)
{
	unsigned r = (unsigned)(gen_next(s) % 100);
	return r < 60 ? 0 : r < 80 ? 1 : r < 92 ? 2 : 3;
}

/* Put a word, capitalised when cap; returns bytes written. */
static inline size_t gen_put(char *out, const char *w, size_t n, int cap)
{
	memcpy(out, w, n);
	if (cap && out[0] >= 'a' && out[0] <= 'z')
		out[0] = (char)(out[0] - 32);
	return n;
}

/* Document i: title and text (NUL-terminated) and its language code. */
static inline void gen_doc(const gen *g, uint64_t i, char *title, char *text, size_t *text_len,
                           const char **lang)
{
	uint64_t s = g->seed ^ (i * 0x2545F4914F6CDD1Dull);
	int li = gen_pick_lang(&s);
	const gen_lang *l = &g->lang[li];
	*lang = l->code;
	size_t k = 0;
	for (int w = 0; w < 6; w++) {
		size_t r = gen_rank(g, &s);
		if (w)
			title[k++] = ' ';
		k += gen_put(title + k, l->words[r], l->lens[r], w == 0);
	}
	title[k] = '\0';
	k = 0;
	while (k < 1000) {
		int words = 6 + (int)(gen_next(&s) % 15);
		for (int w = 0; w < words; w++) {
			size_t r = gen_rank(g, &s);
			if (k)
				text[k++] = ' ';
			k += gen_put(text + k, l->words[r], l->lens[r], w == 0);
			if (w + 1 < words && gen_next(&s) % 12 == 0)
				text[k++] = ',';
		}
		text[k++] = '.';
	}
	text[k] = '\0';
	*text_len = k;
}

/* The query sets: words by frequency, words from the vocabulary, and
 * each word drawn one way or the other at even odds. */
#define GEN_QUERY_KINDS 5
static const char *const gen_query_kinds[GEN_QUERY_KINDS] = {
	"words by frequency", "words from the vocabulary", "words either way", "held-out shapes",
	"second held-out"};

/* A word of l, ranked as the corpus draws (uniform 0) or any past the
 * 40 commonest (uniform 1), at least 3 bytes long. */
static inline size_t gen_query_rank(const gen *g, const gen_lang *l, uint64_t *s, int uniform)
{
	size_t r;
	do
		r = uniform ? 40 + (size_t)(gen_next(s) % (GEN_VOCAB - 40)) : gen_rank(g, s);
	while (r < 40 || l->lens[r] < 3);
	return r;
}

/* n consecutive words of document d's text from a random word on, folded
 * to lower case ASCII letters where they are ASCII, without punctuation,
 * space-separated, into out; returns bytes written. */
static inline size_t gen_passage(const gen *g, uint64_t d, uint64_t *s, int n, char *out)
{
	char title[512], text[4096];
	size_t len, k = 0;
	const char *lang;
	gen_doc(g, d, title, text, &len, &lang);
	size_t words = 1;
	for (size_t i = 0; i < len; i++)
		words += text[i] == ' ';
	size_t from = (size_t)(gen_next(s) % (words > (size_t)n ? words - (size_t)n + 1 : 1)), w = 0;
	for (size_t i = 0; i < len && w < from + (size_t)n; i++) {
		char c = text[i];
		if (c == ' ') {
			if (w++ >= from && w < from + (size_t)n)
				out[k++] = ' ';
			continue;
		}
		if (w < from || c == ',' || c == '.')
			continue;
		out[k++] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
	}
	return k;
}

/* Query q: 1-3 space-separated terms. Words by frequency (kind 0): drawn
 * as the corpus draws them, past the 40 commonest, so most queries hold a
 * word in a large share of the documents; words from the vocabulary
 * (kind 1): any of its words past the 40 commonest, each as likely, so
 * most are rare, as names and specific terms are; either way (kind 2):
 * each word one way or the other at even odds, a set between the two
 * (stock FTS5's p50 and p99 on the first two bracket the figures
 * for its own query set). */
static inline void gen_query_held_out(const gen *g, uint64_t q, char *out);
static inline void gen_query_held_out2(const gen *g, uint64_t q, char *out);

static inline void gen_query_kind(const gen *g, uint64_t q, int kind, char *out)
{
	if (kind == 3) {
		gen_query_held_out(g, q, out);
		return;
	}
	if (kind == 4) {
		gen_query_held_out2(g, q, out);
		return;
	}
	uint64_t s = (g->seed + 77) ^ (q * 0x9E3779B97F4A7C15ull);
	int li = gen_pick_lang(&s);
	const gen_lang *l = &g->lang[li];
	int terms = 1 + (int)(gen_next(&s) % 3);
	size_t k = 0;
	for (int t = 0; t < terms; t++) {
		int uniform = kind == 2 ? (int)(gen_next(&s) & 1) : kind;
		size_t r = gen_query_rank(g, l, &s, uniform);
		if (t)
			out[k++] = ' ';
		k += gen_put(out + k, l->words[r], l->lens[r], 0);
	}
	out[k] = '\0';
}

/* The held-out set (kind 3): queries of shapes the code was not tuned
 * on, from another seed, so that a figure on the first three is not a
 * figure on them alone. Each query is one of:
 *   30% one very common word (ranks 40-200) among 2-4 rare ones (any
 *       word of the vocabulary past the 40 commonest), an AND of 3-5;
 *   20% a quoted phrase of 2-3 consecutive words of a document of the
 *       first 125,000 (so that it matches in the slice too; function
 *       words included, as people quote them);
 *   15% 3-4 consecutive words of such a document, unquoted (a passage
 *       remembered: words that occur together, function words included);
 *   20% an OR of 2-3 words, each drawn by frequency or from the
 *       vocabulary at even odds;
 *   15% 2-3 words each from another language's vocabulary than the
 *       query's, by frequency, English ones with an "s" added half the
 *       time: words with several forms among the index's languages.
 * No prefixes (a prefix is scored in one pass over every match by
 * design, topk.c). */
static inline void gen_query_held_out(const gen *g, uint64_t q, char *out)
{
	uint64_t s = (g->seed + 1013) ^ (q * 0xD1B54A32D192ED03ull);
	const gen_lang *l = &g->lang[gen_pick_lang(&s)];
	unsigned shape = (unsigned)(gen_next(&s) % 100);
	size_t k = 0;
	if (shape < 30) {
		int terms = 3 + (int)(gen_next(&s) % 3), common = (int)(gen_next(&s) % (uint64_t)terms);
		for (int t = 0; t < terms; t++) {
			size_t r;
			if (t == common)
				do
					r = 40 + (size_t)(gen_next(&s) % 160);
				while (l->lens[r] < 3);
			else
				r = gen_query_rank(g, l, &s, 1);
			if (t)
				out[k++] = ' ';
			k += gen_put(out + k, l->words[r], l->lens[r], 0);
		}
	} else if (shape < 65) {
		int quoted = shape < 50, n = quoted ? 2 + (int)(gen_next(&s) % 2) : 3 + (int)(gen_next(&s) % 2);
		if (quoted)
			out[k++] = '"';
		k += gen_passage(g, gen_next(&s) % 125000, &s, n, out + k);
		if (quoted)
			out[k++] = '"';
	} else if (shape < 85) {
		int terms = 2 + (int)(gen_next(&s) % 2);
		for (int t = 0; t < terms; t++) {
			size_t r = gen_query_rank(g, l, &s, (int)(gen_next(&s) & 1));
			if (t) {
				memcpy(out + k, " OR ", 4);
				k += 4;
			}
			k += gen_put(out + k, l->words[r], l->lens[r], 0);
		}
	} else {
		int terms = 2 + (int)(gen_next(&s) % 2);
		for (int t = 0; t < terms; t++) {
			const gen_lang *o = &g->lang[(l - g->lang + 1 + (int)(gen_next(&s) % (GEN_LANGS - 1))) %
			                             GEN_LANGS];
			size_t r = gen_query_rank(g, o, &s, 0);
			if (t)
				out[k++] = ' ';
			k += gen_put(out + k, o->words[r], o->lens[r], 0);
			if (o == &g->lang[0] && gen_next(&s) & 1)
				out[k++] = 's';
		}
	}
	out[k] = '\0';
}

static inline void gen_query(const gen *g, uint64_t q, char *out)
{
	gen_query_kind(g, q, 0, out);
}

/* The second held-out set (kind 4), drawn with another seed and recipe
 * when the heads (topk.c head_rank) were written, before any figure of
 * theirs: a check on what the first held-out set led to. Each query is:
 *   25% an AND of 2-3 words each among the 1,000 commonest past the 40
 *       commonest (frequent words together, no rare one);
 *   25% 2-5 consecutive words of a document of the first 125,000,
 *       unquoted (function words included);
 *   15% a quoted phrase of 2 consecutive words of such a document;
 *   20% an OR of one rare word (the vocabulary past the 1,000 commonest)
 *       and 1-2 common ones (ranks 40-300);
 *   15% a common word (ranks 40-300) with one word by frequency. */
static inline void gen_query_held_out2(const gen *g, uint64_t q, char *out)
{
	uint64_t s = (g->seed + 2029) ^ (q * 0xA24BAED4963EE407ull);
	const gen_lang *l = &g->lang[gen_pick_lang(&s)];
	unsigned shape = (unsigned)(gen_next(&s) % 100);
	size_t k = 0, r;
	if (shape < 25) {
		int terms = 2 + (int)(gen_next(&s) % 2);
		for (int t = 0; t < terms; t++) {
			do
				r = 40 + (size_t)(gen_next(&s) % 960);
			while (l->lens[r] < 3);
			if (t)
				out[k++] = ' ';
			k += gen_put(out + k, l->words[r], l->lens[r], 0);
		}
	} else if (shape < 65) {
		int quoted = shape >= 50, n = quoted ? 2 : 2 + (int)(gen_next(&s) % 4);
		if (quoted)
			out[k++] = '"';
		k += gen_passage(g, gen_next(&s) % 125000, &s, n, out + k);
		if (quoted)
			out[k++] = '"';
	} else if (shape < 85) {
		int terms = 2 + (int)(gen_next(&s) % 2), rare = (int)(gen_next(&s) % (uint64_t)terms);
		for (int t = 0; t < terms; t++) {
			do
				r = t == rare ? 1000 + (size_t)(gen_next(&s) % (GEN_VOCAB - 1000))
				              : 40 + (size_t)(gen_next(&s) % 260);
			while (l->lens[r] < 3);
			if (t) {
				memcpy(out + k, " OR ", 4);
				k += 4;
			}
			k += gen_put(out + k, l->words[r], l->lens[r], 0);
		}
	} else {
		do
			r = 40 + (size_t)(gen_next(&s) % 260);
		while (l->lens[r] < 3);
		k += gen_put(out + k, l->words[r], l->lens[r], 0);
		out[k++] = ' ';
		r = gen_query_rank(g, l, &s, 0);
		k += gen_put(out + k, l->words[r], l->lens[r], 0);
	}
	out[k] = '\0';
}

#endif
