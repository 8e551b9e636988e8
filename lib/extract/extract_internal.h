/*
 * extract_internal.h — what the extraction files share.
 */
#ifndef RCP_EXTRACT_INTERNAL_H
#define RCP_EXTRACT_INTERNAL_H

#include "../match/match_internal.h"

#define CUE_WORDS 6

typedef struct cue {
	uint8_t relation;      /* index in rcp__relations */
	uint8_t voice;         /* 'a': the company precedes the cue; 'p': it follows */
	uint8_t nwords;
	uint8_t prefix[CUE_WORDS]; /* word ends with '*': prefix match */
	uint8_t wlen[CUE_WORDS];   /* strlen of each word */
	char words[CUE_WORDS][24];
	uint8_t category;      /* for category cues: RCP_CAT_* bit */
} cue;

typedef struct lexicon {
	cue *cues;             /* in table order within each first byte */
	size_t n;
	uint32_t first[257];   /* cues starting with byte c: [first[c], first[c + 1]) */
} lexicon;

/* Relations in claim order; rcp__relations[i] is a name. */
extern const char *const rcp__relations[8];

/* Parse a cue table (bytes borrowed); categories: "category<TAB>phrase". */
void rcp__lexicon_parse(lexicon *lx, const char *bytes, size_t len, int categories);
void rcp__lexicon_release(lexicon *lx);

/* A word of the text: folded, with its span and sentence. */
typedef struct xword {
	mt_tok t;
	char f[24];
} xword;

/* rcp_extract_json(); claims_only: "orgs", "money", "dates" and
 * "percentages" left empty, for `add`, which stores only the claims (their
 * JSON was most of a big text's memory). */
json_t *rcp__extract(const rcp_extractor *x, const char *text, size_t len,
                     const rcp_extract_opts *opts, int claims_only);

/* Words past this many in one sentence start another: a text with no
 * full stop (a 20 MB line) would otherwise be one sentence, and the claim
 * rules are quadratic in a sentence's words and mentions. Real sentences
 * are under 150 words. */
#define RCP_SENTENCE_WORDS 400

/* Words of text (owned array, free with free()); *split counts the
 * sentences cut at RCP_SENTENCE_WORDS. */
xword *rcp__words(const char *text, size_t len, size_t *n, size_t *split);

/* Does cue c match at word i? Returns the number of words, 0 if not. */
size_t rcp__cue_at(const cue *c, const xword *w, size_t n, size_t i);

/* ---- bodies.c: public bodies the registry does not know ---- */

typedef struct rcp__span {
	size_t start, end;
} rcp__span;

typedef struct rcp__body {
	char *key;             /* folded name (owned) */
	char *name;            /* the text's bytes of its first telling (owned) */
	int kind;              /* RCP_KIND_*, never COMPANY or OTHER_ORG */
	unsigned categories;   /* RCP_CAT_* its name says */
	char acronym[12];      /* defined in parentheses after it, or "" */
} rcp__body;

typedef struct rcp__bodies {
	rcp__body *v;
	size_t n, cap;
} rcp__bodies;

/* Find bodies in words w[0..n) of text, outside the spans cov (registry
 * mentions, borrowed); fn gets each mention (body index into s, byte span),
 * the acronyms' last. */
void rcp__bodies_find(rcp__bodies *s, const char *text, size_t len, const xword *w, size_t n,
                      const rcp__span *cov, size_t ncov,
                      void (*fn)(uint32_t body, size_t start, size_t end, void *ctx), void *ctx);
/* Add (or find) the body named by words w[a..b], bytes up to end; its index. */
uint32_t rcp__body_add(rcp__bodies *s, const char *text, const xword *w, size_t a, size_t b,
                       size_t end);
/* Words of "of that country", "de ese país", "dieses Landes" at w[i], 0 if none. */
size_t rcp__body_qualifier(const xword *w, size_t n, size_t i);
void rcp__bodies_release(rcp__bodies *s);

struct rcp_extractor {
	const rcp_matcher *m;
	lexicon cues[4];       /* en, fr, es, de */
	lexicon categories;
};

#endif
