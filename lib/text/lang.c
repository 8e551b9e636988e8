/*
 * lang.c — which language a text is in, from its script and its most
 * common words.
 *
 * Arabic, Hebrew, Cyrillic, Greek and CJK scripts decide by themselves
 * when most letters are theirs. Latin-script text is scored by counting
 * the function words of each language ("the", "of", "le", "des", "el",
 * "los", "der", "und"...) over the first 64 KiB: function words are the
 * most frequent words of any text, short and distinctive, and a few
 * dozen per language tell en, fr, es, de, it, pt and nl apart reliably
 * on a paragraph. Too little text returns NULL; `--lang` overrides.
 */
#include <assert.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "internal.h"

#define SAMPLE ((size_t)64 << 10)

typedef struct lang_words {
	const char *code;
	const char *const words[48];
} lang_words;

/* Words folded as fold.c folds (no accents, lower case). Words shared by
 * several languages ("de", "a", "en") are left out or kept where they are
 * far more frequent. */
static const lang_words langs[] = {
	{"en", {"the", "of", "and", "to", "in", "is", "that", "for", "it", "with", "as", "was",
	        "on", "by", "are", "this", "be", "from", "at", "or", "an", "which", "have", "has",
	        "not", "but", "were", "its", "their", "they", "been", "will", "would", "said",
	        "after", "also", "who", "more", "than", "into", "about", "over", NULL}},
	{"fr", {"le", "la", "les", "des", "du", "et", "est", "dans", "une", "pour", "qui", "que",
	        "au", "aux", "sur", "pas", "par", "avec", "ce", "cette", "ses", "sont", "ont",
	        "mais", "ou", "leur", "selon", "entre", "apres", "aussi", "plus", "d", "l", "qu",
	        "nous", "il", "elle", "ete", "etre", NULL}},
	{"es", {"el", "los", "las", "del", "y", "que", "por", "para", "con", "una", "es", "su",
	        "sus", "al", "lo", "como", "mas", "pero", "fue", "ha", "han", "sobre", "entre",
	        "tambien", "segun", "desde", "esta", "este", "ya", "muy", "sin", "hay", "son",
	        "ser", "fueron", "tras", "cuando", "donde", NULL}},
	{"de", {"der", "die", "das", "und", "ist", "zu", "den", "dem", "nicht", "von", "mit",
	        "sich", "des", "auf", "fur", "ein", "eine", "einen", "im", "auch", "als", "wird",
	        "werden", "bei", "nach", "aus", "oder", "wie", "sind", "hat", "wurde", "uber",
	        "sie", "er", "es", "zur", "zum", "dass", "noch", NULL}},
	{"it", {"il", "della", "di", "che", "e", "per", "non", "sono", "gli", "delle", "nel",
	        "alla", "dei", "anche", "come", "piu", "questo", "questa", "ha", "dal", "nella",
	        "degli", "essere", "stato", "ma", "tra", NULL}},
	{"pt", {"o", "os", "da", "do", "das", "dos", "que", "e", "para", "com", "uma", "um",
	        "nao", "no", "na", "mais", "como", "foi", "ao", "pelo", "pela", "tambem", "seu",
	        "sua", "ser", "sao", "mas", "entre", NULL}},
	{"nl", {"de", "het", "een", "van", "en", "is", "dat", "op", "te", "zijn", "voor", "met",
	        "niet", "aan", "er", "ook", "als", "bij", "door", "wordt", "werd", "naar", "maar",
	        "om", "hij", "nog", "uit", NULL}},
};
#define NLANGS (sizeof langs / sizeof langs[0])

/* Every function word of every language in one open-addressed table, so
 * that a word of the text is looked up once, not compared with each list:
 * a word of at most 8 bytes packed into a 64-bit key (zero-padded, so
 * distinct words have distinct keys), and the bit of each language whose
 * list holds it. Built from langs[] on first use; the lists stay the one
 * place the words are written. */
#define WORD_SLOTS 1024
typedef struct word_slot {
	uint64_t key;          /* 0: empty */
	uint8_t langs;         /* bit l: langs[l] lists the word */
} word_slot;
static word_slot word_table[WORD_SLOTS];
static pthread_once_t word_table_once = PTHREAD_ONCE_INIT;

static uint64_t word_key(const char *w, size_t n)
{
	uint64_t k = 0;
	memcpy(&k, w, n);
	return k;
}

static size_t word_slot_of(uint64_t key)
{
	return (size_t)((key * 0x9E3779B97F4A7C15ull) >> 54); /* top 10 bits: 1024 slots */
}

static void word_table_make(void)
{
	for (size_t l = 0; l < NLANGS; l++)
		for (int w = 0; langs[l].words[w]; w++) {
			size_t n = strlen(langs[l].words[w]);
			assert(n > 0 && n <= 8);
			uint64_t key = word_key(langs[l].words[w], n);
			size_t i = word_slot_of(key);
			while (word_table[i].key && word_table[i].key != key)
				i = (i + 1) & (WORD_SLOTS - 1);
			word_table[i].key = key;
			word_table[i].langs |= (uint8_t)(1u << l);
		}
}

/* The languages listing folded word w[0..n) as a function word (bits);
 * the table made. */
static unsigned function_word(const char *w, size_t n)
{
	if (n == 0 || n > 8)
		return 0;
	uint64_t key = word_key(w, n);
	for (size_t i = word_slot_of(key); word_table[i].key; i = (i + 1) & (WORD_SLOTS - 1))
		if (word_table[i].key == key)
			return word_table[i].langs;
	return 0;
}

unsigned rcp__lang_function_word(const char *w, size_t n)
{
	pthread_once(&word_table_once, word_table_make);
	return function_word(w, n);
}

const char *const *rcp__lang_list(size_t l, const char **code)
{
	if (l >= NLANGS)
		return NULL;
	*code = langs[l].code;
	return langs[l].words;
}

/* Is w[0..n) (n <= 12) ASCII? Its lower case into low. */
static int ascii_word(const char *w, size_t n, char low[12])
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)w[i];
		if (c >= 0x80)
			return 0;
		low[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	return 1;
}

/* ASCII letters among eight ASCII bytes x (no byte above 0x7F): each
 * byte's letter test (c | 32 in 'a'..'z') at once, as bytes' high bits.
 * A byte below 0x80 plus 0x1F or 0x05 carries into no other. */
static inline size_t ascii_letters8(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
	uint64_t y = x | ones * 0x20;
	uint64_t ge_a = y + ones * (0x80 - 'a'), gt_z = y + ones * (0x80 - 'z' - 1);
	uint64_t m = (ge_a & ~gt_z & highs) >> 7;
	return (size_t)((m * ones) >> 56);
}

const char *rcp__lang_detect(const char *text, size_t len)
{
	if (len > SAMPLE)
		len = SAMPLE;
	/* scripts */
	size_t letters = 0, arabic = 0, hebrew = 0, cyrillic = 0, greek = 0, cjk = 0;
	for (size_t i = 0; i < len;) {
		/* eight ASCII bytes at a time: most of a Latin text */
		if (i + 8 <= len) {
			uint64_t x;
			memcpy(&x, text + i, 8);
			if (!(x & 0x8080808080808080ull)) {
				letters += ascii_letters8(x);
				i += 8;
				continue;
			}
		}
		unsigned char c = (unsigned char)text[i];
		if (c < 0x80) { /* ASCII, most of a Latin text, without utf8proc */
			letters += ((unsigned)(c | 32) - 'a' < 26u);
			i++;
			continue;
		}
		int32_t cp;
		size_t k = rcp__utf8_next(text, len, i, &cp);
		i += k;
		if (cp < 0x80) {
			letters += ((cp | 32) - 'a' < 26);
			continue;
		}
		if (!rcp__is_word_cp(cp))
			continue;
		letters++;
		if (cp >= 0x0600 && cp <= 0x06FF)
			arabic++;
		else if (cp >= 0x0590 && cp <= 0x05FF)
			hebrew++;
		else if (cp >= 0x0400 && cp <= 0x04FF)
			cyrillic++;
		else if (cp >= 0x0370 && cp <= 0x03FF)
			greek++;
		else if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x4E00 && cp <= 0x9FFF))
			cjk++;
	}
	if (letters < 8)
		return NULL;
	if (arabic * 2 > letters)
		return "ar";
	if (hebrew * 2 > letters)
		return "he";
	if (cyrillic * 2 > letters)
		return "ru";
	if (greek * 2 > letters)
		return "el";
	if (cjk * 2 > letters)
		return NULL; /* zh or ja: not told apart here */

	pthread_once(&word_table_once, word_table_make);
	int score[NLANGS] = {0};
	size_t pos = 0, s, e;
	int words = 0;
	rcp_buf b;
	rcp__buf_init(&b, 0);
	while (rcp__next_word(text, len, &pos, &s, &e)) {
		words++;
		if (e - s > 12)
			continue;
		const char *f;
		size_t n;
		char low[12];
		if (ascii_word(text + s, e - s, low)) {
			f = low; /* the fold of ASCII letters and digits: lower case */
			n = e - s;
		} else {
			b.len = 0;
			rcp__fold(text + s, e - s, &b, NULL);
			f = b.data;
			n = b.len;
		}
		unsigned in = function_word(f, n);
		for (size_t l = 0; in; l++, in >>= 1)
			score[l] += in & 1;
	}
	rcp__buf_release(&b);
	size_t best = 0;
	for (size_t l = 1; l < NLANGS; l++)
		if (score[l] > score[best])
			best = l;
	/* a few function words at least, and one in twenty words */
	if (score[best] < 2 || score[best] * 20 < words)
		return NULL;
	return langs[best].code;
}
