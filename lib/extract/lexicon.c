/*
 * lexicon.c — relation and category cue tables (the tables in data/cues/, built
 * into the binary) and matching them against a sentence's folded words.
 */
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "stages.h"

const char *const rcp__relations[8] = {
	"supplies", "contract", "acquired", "invested", "divested", "partnered", "owns",
	"restricted",
};

static int relation_index(const char *s, size_t n)
{
	for (int i = 0; i < 8; i++)
		if (strlen(rcp__relations[i]) == n && !strncmp(rcp__relations[i], s, n))
			return i;
	return -1;
}

/* Index the cues (bucketed by first byte) by their first two bytes: a
 * word tries only the cues of its own two (most of a first byte's cues end
 * at the second, and each is a cache line). Two passes: count, then fill,
 * each walking the buckets in table order. */
static void lexicon_pairs(lexicon *lx)
{
	lx->pair_first = rcp__xcalloc(65537, sizeof *lx->pair_first);
	size_t total = 0;
	for (int pass = 0; pass < 2; pass++) {
		total = 0;
		for (unsigned c0 = 0; c0 < 256; c0++)
			for (unsigned c1 = 0; c1 < 256; c1++) {
				unsigned v = c0 << 8 | c1;
				if (pass)
					lx->pair_first[v] = (uint32_t)total;
				for (size_t k = lx->first[c0]; k < lx->first[c0 + 1]; k++) {
					if (lx->keys[k].wlen > 1 && lx->keys[k].c1 != c1)
						continue;
					if (pass)
						lx->by_pair[total] = (uint32_t)k;
					total++;
				}
			}
		if (!pass)
			lx->by_pair = rcp__xcalloc(total ? total : 1, sizeof *lx->by_pair);
	}
	lx->pair_first[65536] = (uint32_t)total;
}

/* Split a phrase into words the way the text is split. */
static int phrase_words(cue *c, const char *p, size_t n)
{
	c->nwords = 0;
	size_t i = 0;
	while (i < n && c->nwords < CUE_WORDS) {
		while (i < n && (p[i] == ' ' || p[i] == '\'' || p[i] == '-'))
			i++;
		size_t s = i;
		while (i < n && p[i] != ' ' && p[i] != '\'' && p[i] != '-')
			i++;
		if (i == s)
			break;
		size_t len = i - s;
		int star = p[i - 1] == '*';
		if (star)
			len--;
		if (!len || len >= sizeof c->words[0])
			return 0;
		/* fold the word as the tokenizer folds text */
		mt_tokenizer t;
		mt_tok tok;
		char f[24];
		mt_tokenizer_init(&t, p + s, len);
		if (!mt_next(&t, &tok, f, sizeof f))
			return 0;
		memcpy(c->words[c->nwords], f, strlen(f) + 1);
		c->wlen[c->nwords] = (uint8_t)strlen(f);
		c->prefix[c->nwords] = (uint8_t)star;
		c->nwords++;
	}
	return c->nwords > 0;
}

void rcp__lexicon_parse(lexicon *lx, const char *bytes, size_t len, int categories)
{
	size_t cap = 64;
	lx->cues = rcp__xcalloc(cap, sizeof *lx->cues);
	lx->n = 0;
	const char *p = bytes, *end = bytes + len;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *e = nl ? nl : end;
		if (e > p && *p != '#') {
			const char *t1 = memchr(p, '\t', (size_t)(e - p));
			cue c;
			memset(&c, 0, sizeof c);
			if (t1 && categories) {
				char cat[24];
				size_t cn = (size_t)(t1 - p);
				if (cn < sizeof cat) {
					memcpy(cat, p, cn);
					cat[cn] = '\0';
					c.category = (uint8_t)rcp_category_parse(cat);
				}
				if (c.category && phrase_words(&c, t1 + 1, (size_t)(e - t1 - 1))) {
					if (lx->n == cap)
						lx->cues = rcp__xrealloc(lx->cues, (cap *= 2) * sizeof *lx->cues);
					lx->cues[lx->n++] = c;
				}
			} else if (t1) {
				const char *t2 = memchr(t1 + 1, '\t', (size_t)(e - t1 - 1));
				int rel = relation_index(p, (size_t)(t1 - p));
				if (t2 && rel >= 0 && t2 == t1 + 2 && (t1[1] == 'a' || t1[1] == 'p')) {
					c.relation = (uint8_t)rel;
					c.voice = (uint8_t)t1[1];
					if (phrase_words(&c, t2 + 1, (size_t)(e - t2 - 1))) {
						if (lx->n == cap)
							lx->cues = rcp__xrealloc(lx->cues, (cap *= 2) * sizeof *lx->cues);
						lx->cues[lx->n++] = c;
					}
				}
			}
		}
		p = e + 1;
	}
	/* bucket by first byte, keeping table order inside a bucket (at one
	 * word the first of equally long cues wins) */
	cue *sorted = rcp__xcalloc(lx->n ? lx->n : 1, sizeof *sorted);
	size_t k = 0;
	for (int c = 0; c < 256; c++) {
		lx->first[c] = (uint32_t)k;
		for (size_t i = 0; i < lx->n; i++)
			if ((unsigned char)lx->cues[i].words[0][0] == c)
				sorted[k++] = lx->cues[i];
	}
	lx->first[256] = (uint32_t)k;
	free(lx->cues);
	lx->cues = sorted;
	lx->keys = rcp__xcalloc(lx->n ? lx->n : 1, sizeof *lx->keys);
	for (size_t i = 0; i < lx->n; i++) {
		const cue *c = &sorted[i];
		lx->keys[i] = (cue_key){(uint8_t)c->words[0][1], c->wlen[0], c->prefix[0], 0};
	}
	lexicon_pairs(lx);
}

void rcp__lexicon_release(lexicon *lx)
{
	free(lx->cues);
	free(lx->keys);
	free(lx->pair_first);
	free(lx->by_pair);
	lx->cues = NULL;
	lx->keys = NULL;
	lx->pair_first = NULL;
	lx->by_pair = NULL;
	lx->n = 0;
}

xword *rcp__words(const char *text, size_t len, size_t *n, size_t *split)
{
	size_t cap = 256, k = 0, run = 0;
	uint32_t shift = 0, last = 0;
	xword *w = rcp__xmalloc(cap * sizeof *w);
	mt_tokenizer t;
	mt_tokenizer_init(&t, text, len);
	*split = 0;
	for (;;) {
		if (k == cap)
			w = rcp__xrealloc(w, (cap *= 2) * sizeof *w);
		if (!mt_next(&t, &w[k].t, w[k].f, sizeof w[k].f))
			break;
		/* a sentence longer than any real one is cut into pieces of
		 * RCP_SENTENCE_WORDS: the rules look at a sentence's words
		 * and mentions pairwise */
		if (k && w[k].t.sentence != last)
			run = 0;
		last = w[k].t.sentence;
		if (run == RCP_SENTENCE_WORDS) {
			shift++;
			(*split)++;
			run = 0;
		}
		run++;
		w[k].t.sentence += shift;
		k++;
	}
	*n = k;
	return w;
}

size_t rcp__cue_rest(const cue *c, const xword *w, size_t n, size_t i)
{
	for (size_t k = 0; k < c->nwords; k++) {
		const xword *x = &w[i + k];
		size_t bl = c->wlen[k];
		if (c->prefix[k] ? x->t.flen < bl : x->t.flen != bl)
			return 0;
		if (memcmp(x->f, c->words[k], bl) != 0)
			return 0;
		/* words of a phrase follow each other in one sentence */
		if (k && w[i + k].t.sentence != w[i].t.sentence)
			return 0;
	}
	return c->nwords;
}

/* ---- word lists ----
 *
 * The rules ask, a hundred thousand times a megabyte, whether a folded
 * word is in one of their NULL-terminated lists ("nouns", "stop",
 * "titles"...). Each list gets, the first time it is asked about, an
 * open-addressed table of its words by hash, kept for the life of the
 * process in `sets` (found by the list's address); the answer is the
 * linear scan's. Readers take no lock: a set is published, complete, by
 * an atomic store of its list's address. */

#define LIST_SETS 512 /* lists known at most; past that, the linear scan */

typedef struct word_slot {
	uint32_t hash;
	uint32_t index;        /* 1 + index into the list; 0: empty */
} word_slot;

/* A list's word by the hash the tokenizer gives a word of the same
 * folded bytes (mt_tok.hash). */
typedef struct token_slot {
	uint64_t hash;
	uint32_t index;        /* 1 + index into the list; 0: empty */
	uint32_t len;
} token_slot;

typedef struct word_set {
	const char *const *list; /* written last, atomically: the set is ready */
	/* bits (h >> 48) & 255 and (h >> 56) & 255 of the token hash h of each
	 * word that is a token's fold: a word with either bit clear is none
	 * of those, known from the line set_of() read (the table is cold) */
	uint64_t bloom[4];
	word_slot *slot;
	token_slot *tslot;       /* the words that are a token's fold */
	uint32_t *odd;           /* the others, by index in the list */
	uint32_t nodd;
	uint32_t mask;           /* slots - 1 */
	uint32_t n;              /* words in the list */
	uint64_t first[4];       /* bit b: a word starts with byte b */
	uint64_t second[4];      /* bit b: a word's second byte is b (0: one byte) */
} word_set;

static word_set sets[LIST_SETS];
static pthread_mutex_t sets_lock = PTHREAD_MUTEX_INITIALIZER;

static uint32_t word_hash(const char *w)
{
	uint32_t h = 2166136261u; /* FNV-1a */
	for (; *w; w++)
		h = (h ^ (unsigned char)*w) * 16777619u;
	return h;
}

static size_t set_home(const char *const *list)
{
	return (size_t)((((uintptr_t)list >> 3) * 0x9E3779B97F4A7C15ull) >> 55) & (LIST_SETS - 1);
}

/* The hash the tokenizer gives the word whose fold is w (rcp__words
 * keeps it in t.hash): 0 when w is not a whole word's fold, as a word
 * with a space, an apostrophe or a capital is not, or one too long to
 * be kept whole in xword.f. */
static int token_hash(const char *w, uint64_t *h)
{
	size_t len = strlen(w);
	xword x;
	mt_tokenizer t;
	if (!len || len >= sizeof x.f)
		return 0;
	mt_tokenizer_init(&t, w, len);
	if (!mt_next(&t, &x.t, x.f, sizeof x.f) || x.t.flen != len || strcmp(x.f, w))
		return 0;
	xword y;
	if (mt_next(&t, &y.t, y.f, sizeof y.f))
		return 0;
	*h = x.t.hash;
	return 1;
}

/* The set's table by token hash; the words of the list that are not a
 * whole word's fold ("jean-marc", "\xc3\xa0") go to s->odd, compared one
 * by one. */
static void set_tokens(word_set *s, const char *const *list, size_t n, size_t nslots)
{
	token_slot *ts = rcp__xcalloc(nslots, sizeof *ts);
	for (size_t i = 0; i < n; i++) {
		uint64_t h;
		if (!token_hash(list[i], &h)) {
			s->odd = rcp__xrealloc(s->odd, (s->nodd + 1) * sizeof *s->odd);
			s->odd[s->nodd++] = (uint32_t)i;
			continue;
		}
		unsigned b1 = (unsigned)(h >> 48) & 255, b2 = (unsigned)(h >> 56);
		s->bloom[b1 >> 6] |= (uint64_t)1 << (b1 & 63);
		s->bloom[b2 >> 6] |= (uint64_t)1 << (b2 & 63);
		size_t j = (size_t)(h ^ h >> 29) & s->mask;
		while (ts[j].index)
			j = (j + 1) & s->mask;
		ts[j] = (token_slot){h, (uint32_t)(i + 1), (uint32_t)strlen(list[i])};
	}
	s->tslot = ts;
}

/* Fill a free set for list (under sets_lock). */
static void set_make(word_set *s, const char *const *list)
{
	size_t n = 0;
	while (list[n])
		n++;
	size_t nslots = 16;
	while (nslots < 2 * n)
		nslots *= 2;
	s->slot = rcp__xcalloc(nslots, sizeof *s->slot);
	s->mask = (uint32_t)(nslots - 1);
	s->n = (uint32_t)n;
	for (size_t i = 0; i < n; i++) {
		unsigned char b = (unsigned char)list[i][0];
		s->first[b >> 6] |= (uint64_t)1 << (b & 63);
		unsigned char b2 = b ? (unsigned char)list[i][1] : 0;
		s->second[b2 >> 6] |= (uint64_t)1 << (b2 & 63);
		uint32_t h = word_hash(list[i]);
		size_t j = h & s->mask;
		int dup = 0;
		for (; s->slot[j].index; j = (j + 1) & s->mask)
			dup |= s->slot[j].hash == h && !strcmp(list[s->slot[j].index - 1], list[i]);
		if (!dup)
			s->slot[j] = (word_slot){h, (uint32_t)(i + 1)};
	}
	set_tokens(s, list, n, nslots);
	__atomic_store_n(&s->list, list, __ATOMIC_RELEASE);
}

/* set_of() for a list not yet found: made under sets_lock. Apart, so
 * that the lookup every call makes stays small (no lock, no frame). */
static __attribute__((noinline)) const word_set *set_new(const char *const *list, size_t home)
{
	const word_set *found = NULL;
	pthread_mutex_lock(&sets_lock);
	size_t i = home;
	do {
		const char *const *l = __atomic_load_n(&sets[i].list, __ATOMIC_ACQUIRE);
		if (l == list) {
			found = &sets[i];
			break;
		}
		if (!l) {
			set_make(&sets[i], list);
			found = &sets[i];
			break;
		}
		i = (i + 1) & (LIST_SETS - 1);
	} while (i != home);
	pthread_mutex_unlock(&sets_lock);
	return found;
}

/* The set of list, made on first use; NULL when LIST_SETS are taken. */
static inline const word_set *set_of(const char *const *list)
{
	size_t home = set_home(list), i = home;
	do {
		const char *const *l = __atomic_load_n(&sets[i].list, __ATOMIC_ACQUIRE);
		if (l == list)
			return &sets[i];
		if (!l)
			break;
		i = (i + 1) & (LIST_SETS - 1);
	} while (i != home);
	return set_new(list, home);
}

static int scan(const char *w, const char *const *list)
{
	for (int i = 0; list[i]; i++)
		if (list[i][0] == w[0] && !strcmp(w, list[i]))
			return 1;
	return 0;
}

/* The words of the run in progress on this thread (rcp__words_bind):
 * a word asked about is most often one of their f, whose token hash the
 * tokenizer has already computed. */
static _Thread_local const xword *bound_w;
static _Thread_local size_t bound_n;

rcp__words_bound rcp__words_bind(const xword *w, size_t n)
{
	rcp__words_bound was = {bound_w, bound_n};
	bound_w = w;
	bound_n = n;
	return was;
}

/* The bound word whose f is w, or NULL. */
static inline const xword *bound_word(const char *w)
{
	uintptr_t p = (uintptr_t)w - (uintptr_t)bound_w - offsetof(xword, f);
	if (p >= bound_n * sizeof(xword) || p % sizeof(xword))
		return NULL;
	return (const xword *)((uintptr_t)bound_w + p);
}

/* Is bound word x in s's list? By its token hash; the same answer as
 * the scan's: a word of the list equal to x.f has x's hash. */
static int set_has_token(const word_set *s, const xword *x, const char *const *list)
{
	uint64_t h = x->t.hash;
	size_t len = x->t.flen;
	for (size_t j = (size_t)(h ^ h >> 29) & s->mask; s->tslot[j].index; j = (j + 1) & s->mask)
		if (s->tslot[j].hash == h && s->tslot[j].len == len &&
		    !memcmp(list[s->tslot[j].index - 1], x->f, len))
			return 1;
	for (uint32_t k = 0; k < s->nodd; k++)
		if (!strcmp(list[s->odd[k]], x->f))
			return 1;
	return 0;
}

/* rcp__word_in() past its first byte: apart, so that the words turned
 * away by their first byte (most) cost a small call without a frame. */
static __attribute__((noinline)) int set_has(const word_set *s, const char *w,
                                             const char *const *list)
{
	if (s->n <= 8) /* a short list: its scan is quicker than a hash */
		return scan(w, list);
	uint32_t h = word_hash(w);
	for (size_t j = h & s->mask; s->slot[j].index; j = (j + 1) & s->mask)
		if (s->slot[j].hash == h && !strcmp(list[s->slot[j].index - 1], w))
			return 1;
	return 0;
}

int rcp__word_in(const char *w, const char *const *list)
{
	const word_set *s = set_of(list);
	if (!s)
		return scan(w, list);
	const xword *x = bound_word(w);
	if (x && !rcp__word_cut(x)) {
		uint64_t h = x->t.hash;
		unsigned b1 = (unsigned)(h >> 48) & 255, b2 = (unsigned)(h >> 56);
		if (!s->nodd && !((s->bloom[b1 >> 6] >> (b1 & 63)) & (s->bloom[b2 >> 6] >> (b2 & 63)) & 1))
			return 0;
		return set_has_token(s, x, list);
	}
	/* most words start as no word of the list does */
	unsigned char b = (unsigned char)w[0];
	if (!((s->first[b >> 6] >> (b & 63)) & 1))
		return 0;
	unsigned char b2 = b ? (unsigned char)w[1] : 0;
	if (!((s->second[b2 >> 6] >> (b2 & 63)) & 1))
		return 0;
	return set_has(s, w, list);
}
