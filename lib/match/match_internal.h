/*
 * match_internal.h — the compiled matcher's layout, shared by its files.
 *
 * Every table is a flat array of fixed-size records, so a compiled matcher
 * is the same bytes in memory and in its file (matcher_file.c maps it).
 */
#ifndef RCP_MATCH_INTERNAL_H
#define RCP_MATCH_INTERNAL_H

#include "internal.h"

enum {
	MT_CASE_SENSITIVE = 1 << 0, /* RCP_ALIAS_CASE_SENSITIVE */
	MT_AMBIGUOUS = 1 << 1,      /* RCP_ALIAS_AMBIGUOUS */
	MT_CAPITALIZED = 1 << 2,    /* first letter must be upper case in the text */
	MT_DERIVED = 1 << 3,        /* made from a name by removing its legal form */
	MT_NAME = 1 << 4,           /* the entity's own name */
};

/* A vocabulary word, in an open-addressing table keyed by its hash. */
typedef struct mt_vocab {
	uint64_t hash;   /* of the folded word */
	uint32_t id;     /* token id, 0 = empty slot */
	uint32_t root;   /* MT_ROOT_NODE: the trie node of the aliases that start
	                  * with this word (0: none); MT_ROOT_CONTEXT: a context word */
} mt_vocab;

#define MT_ROOT_NODE 0x7FFFFFFFu
#define MT_ROOT_CONTEXT 0x80000000u

/* Hash to slot: the top bits of a product (one multiply; the word hash is
 * already well mixed, this spreads its high bits down). */
#define MT_VOCAB_MUL 0x9FB21C651E98DF25ull
#define MT_FILTER_MUL 0xD6E8FEB86659FD93ull
#define MT_PAIR_MUL 0xA0761D6478BD642Full

typedef struct mt_alias {
	uint32_t entity;
	uint32_t text_off, text_len;  /* in strings */
	uint16_t flags, ntok;
} mt_alias;

typedef struct mt_entity {
	uint32_t id_off, name_off;    /* NUL-terminated, in strings */
	int32_t parent;
	uint8_t kind, categories;
	uint16_t pad;
} mt_entity;

struct rcp_matcher {
	uint32_t n_tokens, vocab_cap, n_nodes, n_terms, n_aliases, n_entities;
	uint32_t strings_len, max_tokens;
	uint32_t filter_words;      /* a power of two, at least 8 */
	uint32_t pair_words;        /* a power of two, at least 8 */
	unsigned vocab_shift, filter_shift, pair_shift; /* 64 - log2 of vocab_cap,
	                             * filter_words, pair_words */
	const uint64_t *filter;     /* two bits per word that starts an alias or is
	                             * a context word: most words of a text are
	                             * neither, and this says so from the cache.
	                             * Two more (mt_filter_alone()) for those
	                             * the scan must see whatever follows them: a
	                             * context word, a one-word alias's word */
	const uint64_t *pairs;      /* two bits per pair of words that begins an
	                             * alias (the trie's second level): a word that
	                             * starts only longer aliases is worth a walk
	                             * when the next word is in it */
	const mt_vocab *vocab;      /* vocab_cap slots, a power of two */
	/* the trie of alias word sequences: nodes numbered breadth first, so
	 * the children of a node are consecutive, in the order of their words */
	const uint32_t *child_start; /* n_nodes + 1: children of p are
	                              * child_start[p] .. child_start[p + 1] - 1 */
	const uint32_t *label;      /* n_nodes: the word that leads to a node */
	const uint32_t *term_start; /* n_nodes + 1 */
	const uint32_t *terms;      /* n_terms alias indexes, best first */
	const mt_alias *aliases;
	const mt_entity *entities;
	const char *strings;
	char stamp[48];             /* registry version it was built from */
	/* ownership: one malloc'd block or one mapping */
	void *block;
	size_t block_len;
	int mapped;
};

static inline unsigned mt_log2(uint32_t pow2)
{
	unsigned k = 0;
	while ((1u << k) < pow2)
		k++;
	return k;
}

/* Could the word be the first of an alias or a context word? 0: surely not. */
static inline int mt_filter_has(const rcp_matcher *m, uint64_t hash)
{
	uint64_t p = hash * MT_FILTER_MUL;
	uint64_t w = m->filter[p >> m->filter_shift];
	uint64_t bits = (1ull << ((p >> 20) & 63)) | (1ull << ((p >> 26) & 63));
	return (w & bits) == bits;
}

static inline uint64_t mt_filter_bits(uint64_t hash, uint32_t *word, unsigned shift)
{
	uint64_t p = hash * MT_FILTER_MUL;
	*word = (uint32_t)(p >> shift);
	return (1ull << ((p >> 20) & 63)) | (1ull << ((p >> 26) & 63));
}

/* The filter's word for a hash, and its two bits (mt_filter_has()) in *bits. */
static inline uint64_t mt_filter_probe(const uint64_t *filter, unsigned shift, uint64_t hash,
                                       uint64_t *bits)
{
	uint64_t p = hash * MT_FILTER_MUL;
	*bits = (1ull << ((p >> 20) & 63)) | (1ull << ((p >> 26) & 63));
	return filter[p >> shift];
}

/* The two more bits of a word the scan must see alone. Two, not one: a
 * filter word holds the bits of one or two keys, and one bit would be
 * set by chance for one word in twelve. */
static inline uint64_t mt_filter_alone_bits(uint64_t hash)
{
	uint64_t p = hash * MT_FILTER_MUL;
	return (1ull << ((p >> 32) & 63)) | (1ull << ((p >> 38) & 63));
}

/* Of a word the filter has (its filter word w): must the scan see it
 * alone, whatever word follows? 0: surely not (its aliases all have a
 * second word, and it is no context word). */
static inline int mt_filter_alone(uint64_t hash, uint64_t w)
{
	uint64_t a = mt_filter_alone_bits(hash);
	return (w & a) == a;
}

/* The pair filter's word for the words first, second, its bits in *bits. */
static inline uint32_t mt_pair_bits(uint64_t first, uint64_t second, unsigned shift,
                                    uint64_t *bits)
{
	uint64_t p = ((first * MT_VOCAB_MUL) ^ second) * MT_PAIR_MUL;
	*bits = (1ull << ((p >> 20) & 63)) | (1ull << ((p >> 26) & 63));
	return (uint32_t)(p >> shift);
}

/* Could the words first, second (in this order) begin an alias? 0: surely not. */
static inline int mt_pair_has(const rcp_matcher *m, uint64_t first, uint64_t second)
{
	uint64_t bits;
	uint32_t w = mt_pair_bits(first, second, m->pair_shift, &bits);
	return (m->pairs[w] & bits) == bits;
}

/* The vocabulary slot of a word, or NULL when it is in no alias. */
static inline const mt_vocab *mt_vocab_find(const rcp_matcher *m, uint64_t hash)
{
	uint32_t mask = m->vocab_cap - 1;
	for (uint32_t i = (uint32_t)((hash * MT_VOCAB_MUL) >> m->vocab_shift);; i = (i + 1) & mask) {
		const mt_vocab *v = &m->vocab[i];
		if (!v->id)
			return NULL;
		if (v->hash == hash)
			return v;
	}
}

/* ---- words (tokenize.c) ---- */

typedef struct mt_tok {
	uint64_t hash;
	uint32_t start, end;     /* bytes in the text */
	uint32_t sentence;
	uint32_t id;             /* 0: the tokenizer does not look words up */
	uint8_t cap;             /* first letter upper case */
	uint8_t digit;           /* first character a digit */
	uint8_t flen;            /* folded length, capped at 255 */
	uint8_t pad;
} mt_tok;

typedef struct mt_tokenizer {
	const char *s;
	size_t n, pos;
	uint32_t sentence;
	size_t prev_start, prev_end; /* the previous word, for abbreviations */
	/* the scanner's block (tokenize.h): 64 bytes from base, classified
	 * once; its words are taken by bitmask. Empty when starts is 0. */
	size_t base;
	uint64_t starts;  /* first bytes of the words not yet taken that end
	                   * inside the block */
	uint64_t ends;    /* the bytes just after them */
	uint64_t exc;     /* bytes that send a word to the general path */
	int near_end;     /* fewer than 16 bytes may follow a word's start */
} mt_tokenizer;

void rcp__match_tokenizer_init(mt_tokenizer *t, const char *s, size_t n);
/* Next word: 1, or 0 at the end. folded (may be NULL) gets up to cap-1
 * folded bytes, NUL-terminated. Without folded, the scanner's own path
 * (tokenize.h): the same tokens, faster. */
int rcp__match_next(mt_tokenizer *t, mt_tok *tok, char *folded, size_t cap);
uint64_t rcp__match_hash_mix(uint64_t h);

/* ---- building (build.c) ---- */

typedef struct mt_builder mt_builder;
/* When the ambiguous alias at [start, end) of text is written inside a
 * longer capitalised name that is not its entity's (named name): "the
 * Indian Ministry of Defense", "la Defensa Nacional", the end of that
 * name (at least end); else 0 (longer_name.c). */
size_t rcp__match_in_longer_name(const char *text, size_t len, size_t start, size_t end,
                                 const char *name);

mt_builder *rcp__match_builder_new(void);
void rcp__match_builder_free(mt_builder *b);
/* Returns the entity index. Strings borrowed (copied). */
uint32_t rcp__match_builder_entity(mt_builder *b, const char *id, const char *name, int kind,
                           unsigned categories);
/* Parent by id, resolved at build time. */
void rcp__match_builder_parent(mt_builder *b, uint32_t entity, const char *parent_id);
/* An alias with RCP_ALIAS_* flags; derived variants are added by the builder. */
void rcp__match_builder_alias(mt_builder *b, uint32_t entity, const char *text, unsigned flags);
rcp_matcher *rcp__match_builder_finish(mt_builder *b, rcp_error *err);

/* ---- files (matcher_file.c) ---- */
void rcp__unmap(void *p, size_t n);

/* The names lib/extract still calls these by; they go when the
 * extraction rework there renames its calls. Macros only: no symbol of
 * the library is exported without the rcp_ prefix. */
#define mt_tokenizer_init rcp__match_tokenizer_init
#define mt_next rcp__match_next

#endif
