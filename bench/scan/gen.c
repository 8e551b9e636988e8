/*
 * gen.c — data for bench/scan: a corpus and registry alias lists.
 *
 *   cc -O2 -o gen bench/scan/gen.c -lm && ./gen [--dense SHARE] DIR [MIB] [SEED]
 *
 * Writes into DIR:
 *   corpus.txt            MIB MiB (default 1024) of text, one ~1 KB paragraph
 *                         a line, words drawn from a Zipf law (s = 1) over a
 *                         vocabulary of 60,000 (English function words first,
 *                         then invented words, with the ordinary words names
 *                         end in — group, bank, power — among the common ones)
 *   names-N.jsonl         registries of N = 1k, 10k, 100k, 1M companies, each
 *                         list a prefix of the next (receipts import-registry,
 *                         compile-matcher --registry)
 *   names-N.txt           the same names, one a line (the peers' -f file)
 *   planted.tsv           per N: lines holding a planted name of rank < N, in
 *                         all forms / in forms byte-case-insensitive matchers
 *                         see / in forms Unicode-case-insensitive matchers see
 *
 * Names have 2 to 6 words: at least one distinctive invented word (made of
 * syllables with k, z or x, which corpus words never contain, so a name
 * occurs only where it was planted), an ordinary first word now and then
 * (First, United, National) and, in about half of them, an ordinary last
 * word (Group, Bank, Power, ...). A fifth carry a letter with a diacritic.
 * No name ends in a legal form or starts with "The", so the matcher derives
 * no variants and every tool is given the same list.
 *
 * Names are planted into sentences at about one per two lines, the name of
 * rank r with probability proportional to 1/(r+1) (the 1k list holds half
 * of the mentions). A plant is written as the registry writes it (85%), in
 * capitals (10%: ASCII letters and the Latin-1 accented ones), or without
 * its diacritics (5%). Only the capitals of accented letters and the
 * stripped diacritics tell the tools apart: receipts folds both, ripgrep's
 * -i folds Unicode case but not diacritics, grep -i in the C locale and
 * Hyperscan's caseless mode fold ASCII only.
 *
 * --dense SHARE (0 to 1) makes a vocabulary-dense corpus: each text word is,
 * with probability SHARE, a word of a name (rank drawn as for plants, one of
 * its words at random, written as the name writes it: "Kozaria", "Group")
 * instead of a corpus word. Most capitalised words then start or continue
 * some alias, so a matcher's word filter lets most of them through, and
 * adjacent drawn words now and then form a listed name of their own (the
 * planted counts stay lower bounds). Names and lists are the same as without
 * the knob for the same SEED; without it (or with 0) the corpus is the same
 * bytes as before the knob existed.
 */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state;

static uint64_t rnd(void)
{
	uint64_t z = (rng_state += 0x9E3779B97F4A7C15ull);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

static double unif(void)
{
	return (double)(rnd() >> 11) * (1.0 / 9007199254740992.0);
}

static uint32_t below(uint32_t n)
{
	return (uint32_t)(((rnd() >> 32) * (uint64_t)n) >> 32);
}

/* Zipf sampler: cumulative weights 1/(r+1), binary search. */
typedef struct zipf {
	double *cdf;
	uint32_t n;
} zipf;

static void zipf_init(zipf *z, uint32_t n)
{
	z->n = n;
	z->cdf = malloc(n * sizeof *z->cdf);
	double s = 0;
	for (uint32_t i = 0; i < n; i++)
		z->cdf[i] = (s += 1.0 / (i + 1));
	for (uint32_t i = 0; i < n; i++)
		z->cdf[i] /= s;
}

static uint32_t zipf_draw(const zipf *z)
{
	double u = unif();
	uint32_t lo = 0, hi = z->n - 1;
	while (lo < hi) {
		uint32_t mid = (lo + hi) / 2;
		if (z->cdf[mid] < u)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* ---- corpus vocabulary ---- */

static const char *const function_words[] = {
	"the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with",
	"be", "by", "on", "not", "he", "this", "are", "or", "his", "from", "at", "which",
	"but", "have", "an", "had", "they", "you", "were", "their", "one", "all", "we", "can",
	"her", "has", "there", "been", "if", "more", "when", "will", "would", "who", "so",
	"no", "she", "other", "its", "may", "these", "about", "than", "them", "some", "into",
	"only", "new", "said", "could", "over", "also", "after", "two", "most", "first",
	"state", "national", "united", "company", "government", "contract", "ministry",
	"army", "police", "report", "year", "million", "billion", "percent", "people", NULL,
};

/* Ordinary words that real names end in; in the corpus as common words. */
static const char *const name_ends[] = {
	"Group", "Bank", "Power", "Energy", "Systems", "Technologies", "Industries",
	"Motors", "Capital", "Partners", "Solutions", "Services", "International",
	"Airlines", "Steel", "Mining", "Foods", "Media", "Logistics", "Security", "Defense",
	"Pharma", "Networks", "Aerospace", "Shipping", "Resources", "Construction",
	"Electric", "Insurance", "Telecom", NULL,
};
static const char *const name_starts[] = {
	"First", "United", "National", "General", "Royal", "Global", "Northern", "Western",
	"New", "Central", NULL,
};

static const char *const corpus_syl[] = {
	"al", "ar", "ba", "be", "bor", "ca", "cor", "da", "del", "den", "do", "el", "en",
	"fa", "fer", "ga", "gal", "gen", "ha", "hel", "in", "la", "len", "lo", "ma", "mar",
	"mer", "mi", "mon", "na", "nor", "no", "or", "pa", "pel", "por", "ra", "ren", "ro",
	"sa", "sel", "sen", "so", "ta", "tel", "ter", "to", "tra", "va", "vel", "ven", "vi",
	"vor", "ing", "ment", "tion", "er", "ed", "ly", "es", "ous", "ate", "un", "re", NULL,
};
/* every name syllable holds k, z or x; no corpus syllable does */
static const char *const name_syl[] = {
	"ka", "ko", "ki", "ku", "kel", "kor", "kan", "zo", "za", "zi", "zen", "zel", "zor",
	"xa", "xi", "xo", "xel", "kra", "zu", "kes", "zan", "kim", "zev", "kal", "kov",
	"kir", "zar", "xen", "kep", "zim", NULL,
};
/* syllables joined to the k/z/x ones, free of them */
static const char *const plain_syl[] = {
	"a", "e", "i", "o", "u", "an", "el", "on", "ar", "en", "ia", "er", "is", "us",
	"ma", "ri", "lo", "ta", "ne", "di", "ra", "le", "mo", "sa", NULL,
};

static int count(const char *const *list)
{
	int n = 0;
	while (list[n])
		n++;
	return n;
}

#define VOCAB 60000

static char *vocab[VOCAB];
static uint8_t vocab_len[VOCAB];

static uint64_t fnv(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return h | 1;
}

/* a set of 64-bit hashes, open addressing */
typedef struct hset {
	uint64_t *k;
	size_t cap;
} hset;

static int hset_add(hset *s, uint64_t h)
{
	size_t i = (h * 0x9E3779B97F4A7C15ull >> 20) & (s->cap - 1);
	while (s->k[i]) {
		if (s->k[i] == h)
			return 0;
		i = (i + 1) & (s->cap - 1);
	}
	s->k[i] = h;
	return 1;
}

static void vocab_init(void)
{
	hset seen = {calloc(1 << 18, 8), 1 << 18};
	int nf = count(function_words), ne = count(name_ends), ns = count(corpus_syl);
	int v = 0;
	for (int i = 0; i < nf; i++) {
		vocab[v] = strdup(function_words[i]);
		hset_add(&seen, fnv(vocab[v], strlen(vocab[v])));
		v++;
	}
	/* the name-ending words, lower case, spread over ranks 90..400 */
	int next_end = 0;
	while (v < VOCAB) {
		char w[64];
		if (next_end < ne && v >= 90 + next_end * 10) {
			const char *e = name_ends[next_end++];
			size_t l = strlen(e);
			for (size_t j = 0; j <= l; j++)
				w[j] = (char)(e[j] >= 'A' && e[j] <= 'Z' ? e[j] + 32 : e[j]);
		} else {
			int k = 1 + (int)below(4) + (v > 2000) - (v < 300);
			if (k < 1)
				k = 1;
			w[0] = 0;
			for (int j = 0; j < k; j++)
				strcat(w, corpus_syl[below((uint32_t)ns)]);
		}
		if (!hset_add(&seen, fnv(w, strlen(w))))
			continue;
		vocab[v] = strdup(w);
		v++;
	}
	for (int i = 0; i < VOCAB; i++)
		vocab_len[i] = (uint8_t)strlen(vocab[i]);
	free(seen.k);
}

/* ---- names ---- */

#define NAMES 1000000

typedef struct name {
	char *text;      /* as the registry writes it */
	char *upper;     /* in capitals */
	char *stripped;  /* without diacritics (NULL: has none) */
	int nonascii;    /* holds a non-ASCII letter (its capitals differ beyond ASCII) */
} name;

static name names[NAMES];

/* lower-case accented letters (UTF-8, Latin-1 block) put on a vowel or n/c */
static const struct {
	char base;
	const char *acc;
} accents[] = {
	{'e', "\xc3\xa9"}, {'e', "\xc3\xa8"}, {'a', "\xc3\xa1"}, {'a', "\xc3\xa4"},
	{'a', "\xc3\xa5"}, {'o', "\xc3\xb6"}, {'o', "\xc3\xb3"}, {'u', "\xc3\xbc"},
	{'u', "\xc3\xba"}, {'i', "\xc3\xad"}, {'n', "\xc3\xb1"}, {'c', "\xc3\xa7"},
};

static void distinctive(char *w, int accent)
{
	int nn = count(name_syl), np = count(plain_syl);
	int k = 2 + (int)below(2);
	int zpos = (int)below((uint32_t)k);
	w[0] = 0;
	for (int j = 0; j < k; j++)
		strcat(w, j == zpos ? name_syl[below((uint32_t)nn)] : plain_syl[below((uint32_t)np)]);
	w[0] = (char)(w[0] - 32);
	if (accent) {
		/* the first accentable letter after the first */
		size_t l = strlen(w);
		size_t start = 1 + below((uint32_t)(l - 1));
		for (size_t t = 0; t < l - 1; t++) {
			size_t i = 1 + (start - 1 + t) % (l - 1);
			int choices[16], nc = 0;
			for (int a = 0; a < (int)(sizeof accents / sizeof accents[0]); a++)
				if (accents[a].base == w[i])
					choices[nc++] = a;
			if (!nc)
				continue;
			const char *acc = accents[choices[below((uint32_t)nc)]].acc;
			memmove(w + i + 2, w + i + 1, l - i);
			w[i] = acc[0];
			w[i + 1] = acc[1];
			return;
		}
	}
}

static char *upper_of(const char *s)
{
	size_t l = strlen(s);
	char *u = malloc(l + 1);
	for (size_t i = 0; i <= l; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 'a' && c <= 'z')
			c = (unsigned char)(c - 32);
		else if (c == 0xc3 && i + 1 < l) {
			/* U+00E0..U+00FE -> U+00C0..U+00DE (not U+00F7) */
			unsigned char d = (unsigned char)s[i + 1];
			u[i] = (char)c;
			u[i + 1] = (char)(d >= 0xa0 && d <= 0xbe && d != 0xb7 ? d - 0x20 : d);
			i++;
			continue;
		} else if ((c == 0xd0 || c == 0xd1 || c == 0xce || c == 0xcf) && i + 1 < l) {
			/* the letters --names script writes: Cyrillic U+0430..U+044F
			 * -> U+0410..U+042F, Greek U+03B1..U+03C9 -> U+0391..U+03A9 */
			unsigned cp = ((c & 0x1fu) << 6) | ((unsigned char)s[i + 1] & 0x3fu);
			if ((cp >= 0x430 && cp <= 0x44f) || (cp >= 0x3b1 && cp <= 0x3c9 && cp != 0x3c2))
				cp -= 0x20;
			u[i] = (char)(0xc0 | (cp >> 6));
			u[i + 1] = (char)(0x80 | (cp & 0x3f));
			i++;
			continue;
		}
		u[i] = (char)c;
	}
	return u;
}

static char *strip_of(const char *s)
{
	if (!strstr(s, "\xc3"))
		return NULL;
	size_t l = strlen(s);
	char *o = malloc(l + 1), *p = o;
	for (size_t i = 0; i < l; i++) {
		if ((unsigned char)s[i] == 0xc3) {
			for (size_t a = 0; a < sizeof accents / sizeof accents[0]; a++)
				if (accents[a].acc[1] == s[i + 1])
					*p++ = accents[a].base;
			i++;
		} else
			*p++ = s[i];
	}
	*p = 0;
	return o;
}

/* folded key: lower case ASCII, accents removed */
static uint64_t name_key(const char *s)
{
	char *st = strip_of(s);
	const char *t = st ? st : s;
	char buf[256];
	size_t l = strlen(t);
	for (size_t i = 0; i < l && i < sizeof buf; i++)
		buf[i] = (char)(t[i] >= 'A' && t[i] <= 'Z' ? t[i] + 32 : t[i]);
	uint64_t h = fnv(buf, l < sizeof buf ? l : sizeof buf);
	free(st);
	return h;
}

/* --names: the shape of the names (and so of the alias lists) */
enum { N_PLAIN, N_LONG, N_COMMON, N_SHORT, N_SCRIPT };
static int name_style = N_PLAIN;

/* Words --names common puts in nearly every name, first or last, as real
 * registries do: a few words then start or end a large share of the aliases. */
static const char *const common_words[] = {
	"Group", "Systems", "International", "Holdings", "Global", "Technologies", NULL,
};
/* lower-case words inside --names long names ("Bank of ... and ...") */
static const char *const connectors[] = {"of", "and", "for", "the", NULL};

/* letters of the name syllables in Cyrillic and Greek (lower case) */
static unsigned script_letter(char c, int greek)
{
	static const char latin[] = "adeiklmnoprstuvxz";
	static const unsigned cyr[] = {0x430, 0x434, 0x435, 0x438, 0x43a, 0x43b, 0x43c, 0x43d, 0x43e,
	                               0x43f, 0x440, 0x441, 0x442, 0x443, 0x432, 0x445, 0x437};
	static const unsigned grk[] = {0x3b1, 0x3b4, 0x3b5, 0x3b9, 0x3ba, 0x3bb, 0x3bc, 0x3bd, 0x3bf,
	                               0x3c0, 0x3c1, 0x3c3, 0x3c4, 0x3c5, 0x3b2, 0x3be, 0x3b6};
	const char *p = strchr(latin, c);
	return p ? (greek ? grk : cyr)[p - latin] : 0x3c9;
}

static size_t put_utf8(char *o, unsigned cp)
{
	if (cp < 0x80) {
		o[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (char)(0xc0 | (cp >> 6));
		o[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	}
	o[0] = (char)(0xe0 | (cp >> 12));
	o[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
	o[2] = (char)(0x80 | (cp & 0x3f));
	return 3;
}

/* A distinctive word (ASCII, no accent) in another script, one to one:
 * 0 Cyrillic, 1 Greek (first letter a capital), 2 CJK ideographs (a letter
 * each, no case). */
static void script_word(char *w, int script)
{
	char in[64];
	strcpy(in, w);
	in[0] = (char)(in[0] + 32);
	size_t n = 0;
	for (size_t i = 0; in[i]; i++) {
		unsigned cp = script == 2 ? 0x4e00 + (unsigned)(in[i] - 'a') * 37
		                          : script_letter(in[i], script) - (i ? 0 : 0x20);
		n += put_utf8(w + n, cp);
	}
	w[n] = 0;
}

/* a name of the --names style (not plain) into buf */
static void name_styled(char *buf)
{
	int ne = count(name_ends), ns = count(name_starts), nc = count(common_words);
	char w[64];
	buf[0] = 0;
	switch (name_style) {
	case N_LONG: {
		/* 5 to 10 words: "National Kozaria Zenel Bank of Xiros and Partners" */
		int words = 5 + (int)below(6), nd = 1 + (int)below(3), conn = 0;
		if (below(2))
			strcat(buf, name_starts[below((uint32_t)ns)]);
		for (int k = buf[0] != 0; k < words; k++) {
			if (buf[0])
				strcat(buf, " ");
			if (nd && (below(2) || words - k <= nd)) {
				distinctive(w, below(5) == 0);
				strcat(buf, w);
				nd--;
			} else if (!conn && k > 1 && k + 1 < words && below(3) == 0) {
				strcat(buf, connectors[below(4)]);
				conn = 1;
			} else
				strcat(buf, name_ends[below((uint32_t)ne)]);
		}
		break;
	}
	case N_COMMON: {
		/* one or two distinctive words among one to three of six common ones */
		int pre = below(2), post = 1 + (int)below(2), nd = 1 + (below(4) == 0);
		if (pre)
			strcat(buf, common_words[below((uint32_t)nc)]);
		for (int d = 0; d < nd; d++) {
			distinctive(w, below(5) == 0);
			if (buf[0])
				strcat(buf, " ");
			strcat(buf, w);
		}
		for (int k = 0; k < post; k++) {
			strcat(buf, " ");
			strcat(buf, common_words[below((uint32_t)nc)]);
		}
		break;
	}
	case N_SHORT: {
		/* one or two words of one or two syllables: "Zo", "Kaer Xi" */
		int words = 1 + (int)below(2);
		for (int d = 0; d < words; d++) {
			int nn = count(name_syl), np = count(plain_syl);
			int k = 1 + (int)below(2), zpos = (int)below((uint32_t)k);
			w[0] = 0;
			for (int j = 0; j < k; j++)
				strcat(w, j == zpos ? name_syl[below((uint32_t)nn)]
				                    : plain_syl[below((uint32_t)np)]);
			w[0] = (char)(w[0] - 32);
			if (buf[0])
				strcat(buf, " ");
			strcat(buf, w);
		}
		break;
	}
	case N_SCRIPT: {
		/* the plain shape, distinctive words in Cyrillic (half the names),
		 * Greek or CJK; the ordinary words stay Latin ("Козариа Group") */
		int words = 2 + (int)below(4), script = below(4);
		int has_end = below(100) < 55, nd = words - has_end;
		script = script < 2 ? 0 : script - 1;
		for (int d = 0; d < nd; d++) {
			distinctive(w, 0);
			script_word(w, script);
			if (buf[0])
				strcat(buf, " ");
			strcat(buf, w);
		}
		if (has_end) {
			strcat(buf, " ");
			strcat(buf, name_ends[below((uint32_t)ne)]);
		}
		break;
	}
	}
}

static void names_init(void)
{
	hset seen = {calloc((size_t)1 << 22, 8), (size_t)1 << 22};
	int ne = count(name_ends), ns = count(name_starts);
	for (uint32_t i = 0; i < NAMES;) {
		char buf[256] = "";
		if (name_style != N_PLAIN) {
			name_styled(buf);
			goto add;
		}
		int words = 2 + (int)below(5); /* 2..6 */
		int has_start = below(100) < 15 && words > 2;
		int has_end = below(100) < 55;
		int nd = words - has_start - has_end;
		if (nd < 1) {
			nd = 1;
			has_end = words - 1 - has_start;
		}
		int accent = below(5) == 0, accent_at = (int)below((uint32_t)nd);
		if (has_start)
			strcat(buf, name_starts[below((uint32_t)ns)]);
		for (int d = 0; d < nd; d++) {
			char w[64];
			distinctive(w, accent && d == accent_at);
			if (buf[0])
				strcat(buf, " ");
			strcat(buf, w);
		}
		if (has_end) {
			strcat(buf, " ");
			strcat(buf, name_ends[below((uint32_t)ne)]);
		}
	add:
		if (!hset_add(&seen, name_key(buf)))
			continue;
		names[i].text = strdup(buf);
		names[i].upper = upper_of(buf);
		names[i].stripped = strip_of(buf);
		for (const char *p = buf; *p; p++)
			names[i].nonascii |= (unsigned char)*p >= 0x80;
		i++;
	}
	free(seen.k);
}

static const uint32_t sizes[] = {1000, 10000, 100000, 1000000};
#define NSIZES 4

static FILE *open_out(const char *dir, const char *file)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, file);
	FILE *f = fopen(path, "wb");
	if (!f) {
		perror(path);
		exit(1);
	}
	return f;
}

static void write_lists(const char *dir)
{
	for (int s = 0; s < NSIZES; s++) {
		char file[64];
		snprintf(file, sizeof file, "names-%u.jsonl", sizes[s]);
		FILE *j = open_out(dir, file);
		snprintf(file, sizeof file, "names-%u.txt", sizes[s]);
		FILE *t = open_out(dir, file);
		/* names are letters and spaces: nothing to escape in JSON */
		for (uint32_t i = 0; i < sizes[s]; i++) {
			fprintf(j, "{\"id\":\"n%07u\",\"name\":\"%s\"}\n", i, names[i].text);
			fprintf(t, "%s\n", names[i].text);
		}
		if (fclose(j) || fclose(t)) {
			perror(dir);
			exit(1);
		}
	}
}

/* ---- corpus ---- */

/* Forms a plant is written in; what each sort of matcher sees. */
enum { F_ASIS, F_UPPER, F_STRIPPED };

typedef struct line_marks {
	uint32_t best_all, best_bytecase, best_unicase; /* lowest planted rank + 1, 0 none */
} line_marks;

static void mark(line_marks *lm, uint32_t rank, const name *nm, int form)
{
	uint32_t r = rank + 1;
	int non_ascii_upper = form == F_UPPER && nm->nonascii;
	int stripped = form == F_STRIPPED && nm->stripped;
	if (!lm->best_all || r < lm->best_all)
		lm->best_all = r;
	if (!stripped && !non_ascii_upper && (!lm->best_bytecase || r < lm->best_bytecase))
		lm->best_bytecase = r;
	if (!stripped && (!lm->best_unicase || r < lm->best_unicase))
		lm->best_unicase = r;
}

/* one of a name's words at random (they are separated by single spaces) */
static const char *name_word(const char *s, size_t *len)
{
	uint32_t words = 1;
	for (const char *p = s; *p; p++)
		words += *p == ' ';
	uint32_t k = below(words);
	while (k--)
		s = strchr(s, ' ') + 1;
	const char *e = strchr(s, ' ');
	*len = e ? (size_t)(e - s) : strlen(s);
	return s;
}

static double share_arg(const char *opt, const char *v)
{
	char *end;
	double x = strtod(v, &end);
	if (*end || !(x >= 0 && x <= 1)) {
		fprintf(stderr, "gen: %s wants a share from 0 to 1, not '%s'\n", opt, v);
		exit(2);
	}
	return x;
}

int main(int argc, char **argv)
{
	double dense = 0, repeat = 0;
	uint64_t line_bytes = 1000;
	static const char *const styles[] = {"plain", "long", "common", "short", "script", NULL};
	while (argc > 2 && !strncmp(argv[1], "--", 2)) {
		const char *opt = argv[1], *v = argv[2];
		if (!strcmp(opt, "--dense"))
			dense = share_arg(opt, v);
		else if (!strcmp(opt, "--repeat"))
			repeat = share_arg(opt, v);
		else if (!strcmp(opt, "--line")) {
			char *end;
			line_bytes = strtoull(v, &end, 10);
			if (*end || !*v) {
				fprintf(stderr, "gen: --line wants a number of bytes, not '%s'\n", v);
				return 2;
			}
		} else if (!strcmp(opt, "--names")) {
			for (name_style = 0; styles[name_style] && strcmp(styles[name_style], v); name_style++)
				;
			if (!styles[name_style]) {
				fprintf(stderr, "gen: --names is plain, long, common, short or script, not '%s'\n", v);
				return 2;
			}
		} else {
			fprintf(stderr, "gen: unknown option '%s'\n", opt);
			return 2;
		}
		argc -= 2;
		argv += 2;
	}
	if (argc < 2) {
		fprintf(stderr, "usage: gen [--dense SHARE] [--names STYLE] [--line BYTES] "
		                "[--repeat SHARE] DIR [MIB] [SEED]\n");
		return 2;
	}
	const char *dir = argv[1];
	uint64_t mib = argc > 2 ? strtoull(argv[2], NULL, 10) : 1024;
	rng_state = argc > 3 ? strtoull(argv[3], NULL, 10) : 42;
	vocab_init();
	names_init();
	write_lists(dir);

	zipf zw, zn;
	zipf_init(&zw, VOCAB);
	zipf_init(&zn, NAMES);
	FILE *out = open_out(dir, "corpus.txt");
	static char line[1 << 16];
	uint64_t total = 0, goal = mib << 20, lines = 0, in_line = 0;
	uint64_t planted[NSIZES][3] = {{0}};
	line_marks lm = {0, 0, 0};
	while (total < goal) {
		size_t n = 0;
		const char *prev = NULL; /* the last word written, for --repeat */
		size_t prev_len = 0;
		while (n < 1000) {
			int words = 8 + (int)below(18);
			int plant_at = below(100) < 7 ? (int)below((uint32_t)words) : -1;
			for (int w = 0; w < words; w++) {
				if (w)
					line[n++] = ' ';
				if (w == plant_at) {
					uint32_t r = zipf_draw(&zn);
					const name *nm = &names[r];
					uint32_t f = below(100);
					int form = f < 85 ? F_ASIS : f < 95 ? F_UPPER : F_STRIPPED;
					const char *s = form == F_UPPER ? nm->upper
					                : form == F_STRIPPED && nm->stripped ? nm->stripped
					                                                     : nm->text;
					size_t l = strlen(s);
					memcpy(line + n, s, l);
					n += l;
					mark(&lm, r, nm, form);
					line[n++] = ' ';
				}
				/* the default corpus draws no number here, so that it
				 * stays the same bytes */
				if (repeat > 0 && prev && unif() < repeat) {
					memmove(line + n, prev, prev_len);
					prev = line + n;
					n += prev_len;
				} else if (dense > 0 && unif() < dense) {
					size_t l;
					const char *s = name_word(names[zipf_draw(&zn)].text, &l);
					memcpy(line + n, s, l);
					prev = line + n, prev_len = l;
					n += l;
				} else {
					uint32_t v = zipf_draw(&zw);
					memcpy(line + n, vocab[v], vocab_len[v]);
					if (w == 0 && line[n] >= 'a' && line[n] <= 'z')
						line[n] = (char)(line[n] - 32);
					prev = line + n, prev_len = vocab_len[v];
					n += vocab_len[v];
				}
				if (w + 1 < words && below(100) < 6)
					line[n++] = ',';
			}
			line[n++] = '.';
			line[n++] = ' ';
		}
		/* a paragraph ends its line once the line holds --line bytes (0:
		 * the corpus is one line) */
		total += n;
		in_line += n;
		int eol = total >= goal || (line_bytes && in_line >= line_bytes);
		line[n - 1] = eol ? '\n' : ' ';
		if (fwrite(line, 1, n, out) != n) {
			perror("corpus.txt");
			return 1;
		}
		if (!eol)
			continue;
		in_line = 0;
		lines++;
		for (int s = 0; s < NSIZES; s++) {
			planted[s][0] += lm.best_all && lm.best_all <= sizes[s];
			planted[s][1] += lm.best_bytecase && lm.best_bytecase <= sizes[s];
			planted[s][2] += lm.best_unicase && lm.best_unicase <= sizes[s];
		}
		lm = (line_marks){0, 0, 0};
	}
	if (fclose(out)) {
		perror("corpus.txt");
		return 1;
	}
	FILE *p = open_out(dir, "planted.tsv");
	fprintf(p, "aliases\tlines\tall_forms\tascii_case\tunicode_case\n");
	for (int s = 0; s < NSIZES; s++)
		fprintf(p, "%u\t%llu\t%llu\t%llu\t%llu\n", sizes[s], (unsigned long long)lines,
		        (unsigned long long)planted[s][0], (unsigned long long)planted[s][1],
		        (unsigned long long)planted[s][2]);
	fclose(p);
	return 0;
}
