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

typedef struct mt_vocab {
	uint64_t hash;   /* of the folded word */
	uint32_t id;     /* token id, 0 = empty slot */
	uint32_t flags;  /* 1: a context word */
} mt_vocab;

/* A trie edge below the root, in an open-addressing table keyed by
 * (parent, token); parent 0 marks an empty slot (the root's own edges are
 * in the root array). */
typedef struct mt_edge {
	uint32_t parent, token, child, pad;
} mt_edge;

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
	uint32_t n_tokens, vocab_cap, n_nodes, edge_cap, n_terms, n_aliases, n_entities;
	uint32_t strings_len, max_tokens;
	uint32_t bloom_bits;        /* a power of two, at least 64 */
	const uint64_t *bloom;      /* one bit per vocabulary word: most words of a
	                             * text are not in the vocabulary, and this says
	                             * so from the L2 cache */
	const mt_vocab *vocab;      /* vocab_cap slots */
	const uint32_t *root;       /* n_tokens + 1: child of the root per first word */
	const mt_edge *edges;       /* edge_cap slots, a power of two */
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

/* ---- words (tokenize.c) ---- */

typedef struct mt_tok {
	uint64_t hash;
	uint32_t start, end;     /* bytes in the text */
	uint32_t sentence;
	uint32_t id;             /* token id in the vocabulary, 0 if none */
	uint8_t cap;             /* first letter upper case */
	uint8_t digit;           /* first character a digit */
	uint8_t flen;            /* folded length, capped at 255 */
	uint8_t pad;
} mt_tok;

typedef struct mt_tokenizer {
	const char *s;
	size_t n, pos;
	uint32_t sentence;
	char prev[24];           /* previous word folded, for abbreviations */
	size_t prev_len;
} mt_tokenizer;

void mt_tokenizer_init(mt_tokenizer *t, const char *s, size_t n);
/* Next word: 1, or 0 at the end. folded (may be NULL) gets up to cap-1
 * folded bytes, NUL-terminated. */
int mt_next(mt_tokenizer *t, mt_tok *tok, char *folded, size_t cap);
uint64_t mt_hash_mix(uint64_t h);
/* Slot of edge (parent, token) in a table of cap slots. */
static inline uint32_t mt_edge_slot(uint32_t parent, uint32_t token, uint32_t cap)
{
	return (uint32_t)mt_hash_mix(((uint64_t)parent << 32) | token) & (cap - 1);
}

/* Vocabulary lookup: token id or 0. */
uint32_t mt_lookup(const rcp_matcher *m, uint64_t hash, uint32_t *flags);

/* ---- building (build.c) ---- */

typedef struct mt_builder mt_builder;
mt_builder *mt_builder_new(void);
void mt_builder_free(mt_builder *b);
/* Returns the entity index. Strings borrowed (copied). */
uint32_t mt_builder_entity(mt_builder *b, const char *id, const char *name, int kind,
                           unsigned categories);
/* Parent by id, resolved at build time. */
void mt_builder_parent(mt_builder *b, uint32_t entity, const char *parent_id);
/* An alias with RCP_ALIAS_* flags; derived variants are added by the builder. */
void mt_builder_alias(mt_builder *b, uint32_t entity, const char *text, unsigned flags);
rcp_matcher *mt_builder_finish(mt_builder *b, rcp_error *err);

/* ---- files (matcher_file.c) ---- */
void rcp__unmap(void *p, size_t n);

#endif
