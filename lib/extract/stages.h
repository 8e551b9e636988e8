/*
 * stages.h — what the stages of extraction share: the words, the
 * organizations, cues and claims of one run (rcp__extraction), and the
 * declarations of each stage's file. The stages call down to these and
 * to each other in the order of a run; run.c calls them in that order.
 */
#ifndef RCP_EXTRACT_STAGES_H
#define RCP_EXTRACT_STAGES_H

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

/* What turns away most cues tried at a word, packed four bytes a cue
 * beside the 160-byte cues: a scan of a first byte's cues reads these and
 * not a cache line a cue. */
typedef struct cue_key {
	uint8_t c1;            /* words[0][1] */
	uint8_t wlen;          /* wlen[0] */
	uint8_t prefix;        /* prefix[0] */
	uint8_t pad;
} cue_key;

typedef struct lexicon {
	cue *cues;             /* in table order within each first byte */
	cue_key *keys;         /* keys[k] is cues[k]'s */
	/* the cues that may start a word of first bytes c0 c1 (v = c0 << 8
	 * | c1): cues[by_pair[j]] for j in [pair_first[v], pair_first[v + 1]),
	 * in table order; a one-byte first word is under every c1 */
	uint32_t *pair_first;  /* 65537 */
	uint32_t *by_pair;
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
	/* room for German compounds ("Verteidigungsministerium", 24 letters;
	 * "Bundesverteidigungsministerium", 30): a longer word is cut, and
	 * t.flen still counts its whole length: test rcp__word_cut() before
	 * reading f at t.flen */
	char f[32];
} xword;

/* Was x's folded word cut to fit f? Its ending is then unknown. */
static inline int rcp__word_cut(const xword *x)
{
	return x->t.flen >= sizeof x->f;
}

/* Does x's folded word end in one of ends (NULL-ended), with at least a
 * letter before it? A cut word's ending is unknown: no. */
static inline int rcp__word_ends_any(const xword *x, const char *const *ends)
{
	size_t n = x->t.flen;
	if (rcp__word_cut(x))
		return 0;
	for (int k = 0; ends[k]; k++) {
		size_t l = strlen(ends[k]);
		if (n > l && !strcmp(x->f + n - l, ends[k]))
			return 1;
	}
	return 0;
}

/* Words past this many in one sentence start another: a text with no
 * full stop (a 20 MB line) would otherwise be one sentence, and the claim
 * rules are quadratic in a sentence's words and mentions. Real sentences
 * are under 150 words. */
#define RCP_SENTENCE_WORDS 400

/* Words of text (owned array, free with free()); *split counts the
 * sentences cut at RCP_SENTENCE_WORDS. */
xword *rcp__words(const char *text, size_t len, size_t *n, size_t *split);

/* rcp__cue_at() past its first word's length and first two bytes. */
size_t rcp__cue_rest(const cue *c, const xword *w, size_t n, size_t i);

/* dates.c: rcp_date_scan over the words w[0..n) of text (rcp__words, as
 * the tokenizer gave them), not tokenizing the text again. */
void rcp__date_scan_words(const char *text, size_t len, const xword *w, size_t n,
                          int (*fn)(const rcp_date *d, void *ctx), void *ctx);

/* Does cue c match at word i? Returns the number of words, 0 if not.
 * Inline: the first word's length and first two bytes turn away most of
 * the cues tried at a word (millions a megabyte) without a call. */
static inline size_t rcp__cue_at(const cue *c, const xword *w, size_t n, size_t i)
{
	if (i + c->nwords > n)
		return 0;
	const xword *x = &w[i];
	size_t bl = c->wlen[0];
	if (c->prefix[0] ? x->t.flen < bl : x->t.flen != bl)
		return 0;
	/* flen >= bl: f[0..bl) are the word's */
	if (x->f[0] != c->words[0][0] || (bl > 1 && x->f[1] != c->words[0][1]))
		return 0;
	return rcp__cue_rest(c, w, n, i);
}

/* Can cue k of lx match a word of folded length flen, second byte c1 (its
 * first is the bucket's), as far as its key tells? False is a sure no;
 * true wants rcp__cue_at(). */
static inline int rcp__cue_key_may(const lexicon *lx, size_t k, size_t flen, unsigned char c1)
{
	cue_key key = lx->keys[k];
	if (key.wlen > 1 && key.c1 != c1)
		return 0;
	return key.prefix ? flen >= key.wlen : flen == key.wlen;
}

/* Is folded word w one of list's (NULL-terminated, static: its address
 * keys a table of its words made on first use)? As a scan of the list. */
int rcp__word_in(const char *w, const char *const *list);

/* Bind the words of the run in progress on this thread (w[0, n), left
 * unchanged until unbound): rcp__word_in() asked about one of their f
 * looks it up by the hash the tokenizer gave it, not hashing it again.
 * Returns the binding it replaces, to be restored when the run ends. */
typedef struct rcp__words_bound {
	const xword *w;
	size_t n;
} rcp__words_bound;
rcp__words_bound rcp__words_bind(const xword *w, size_t n);

/* Is text[0, n) an acronym's shape: ASCII letters, a capital first, two
 * capitals or more ("ADC", "DGSI", "MoD", "BfV"; not "Inc")? */
static inline int rcp__acronym_shaped(const char *s, size_t n, size_t max)
{
	if (n < 2 || n >= max || s[0] < 'A' || s[0] > 'Z')
		return 0;
	size_t upper = 0;
	for (size_t k = 0; k < n; k++) {
		if (s[k] >= 'A' && s[k] <= 'Z')
			upper++;
		else if (s[k] < 'a' || s[k] > 'z')
			return 0;
	}
	return upper >= 2;
}

/* Does a word end before byte p of text: not a letter or a digit there?
 * A typographic quotation mark, dash or apostrophe ("Financial Times”",
 * "GmbH«") ends one as ASCII punctuation does; other non-ASCII bytes are a
 * word's letters ("SAS" is not "SASé"). */
static inline int rcp__word_ends_at(const char *text, size_t len, size_t p)
{
	if (p >= len)
		return 1;
	unsigned char c = (unsigned char)text[p];
	if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
		return 0;
	if (c < 0x80)
		return 1;
	unsigned char d = p + 1 < len ? (unsigned char)text[p + 1] : 0;
	return (c == 0xe2 && d == 0x80) || (c == 0xc2 && (d == 0xab || d == 0xbb || d == 0xa0));
}

/* Is the sentence of word i written in capitals ("ISRAELI FIRM WINS POLICE
 * CONTRACT"): three words or more of three letters or more, none with a
 * small ASCII letter? Then capitals say nothing of names. Cached by
 * sentence in *sent (1 + the sentence) and *is. */
static inline int rcp__shouting(const char *text, const xword *w, size_t n, size_t i,
                                uint32_t *sent, int *is)
{
	uint32_t s = w[i].t.sentence;
	if (*sent == s + 1)
		return *is;
	size_t a = i, long_words = 0;
	while (a > 0 && w[a - 1].t.sentence == s)
		a--;
	int all = 1;
	for (size_t k = a; k < n && w[k].t.sentence == s && all; k++) {
		if (w[k].t.end - w[k].t.start < 3 || w[k].t.digit)
			continue;
		long_words++;
		for (size_t c = w[k].t.start; c < w[k].t.end && all; c++)
			all = !(text[c] >= 'a' && text[c] <= 'z');
	}
	*sent = s + 1;
	*is = all && long_words >= 3;
	return *is;
}

/* ---- bodies.c: public bodies the registry does not know ---- */

typedef struct rcp__span {
	size_t start, end;
} rcp__span;

typedef struct rcp__body {
	char *key;             /* folded name (owned) */
	char *name;            /* the text's bytes of its first telling (owned) */
	int kind;              /* RCP_KIND_*: a body's, or COMPANY, OTHER_ORG (companies.c) */
	unsigned categories;   /* RCP_CAT_* its name says */
	char acronym[12];      /* defined in parentheses after it, or "" */
} rcp__body;

typedef struct rcp__bodies {
	rcp__body *v;
	size_t n, cap;
	uint32_t *slots;       /* open addressing by key: 1 + index, 0 empty */
	size_t nslots;         /* a power of two, over twice n */
} rcp__bodies;

/* Find bodies in words w[0..n) of text in language li (an index of
 * rcp_extractor.cues), outside the spans cov (registry mentions, borrowed);
 * fn gets each mention (body index into s, byte span), the acronyms' last. */
void rcp__bodies_find(rcp__bodies *s, int li, const char *text, size_t len, const xword *w,
                      size_t n,
                      const rcp__span *cov, size_t ncov,
                      void (*fn)(uint32_t body, size_t start, size_t end, void *ctx), void *ctx);
/* Is folded word f a country's adjective in small letters ("israélienne",
 * "japonesa", "deutschen"), language li? */
int rcp__nationality(const char *f, int li);
/* Add (or find) the body named by words w[a..b], bytes up to end; its index. */
uint32_t rcp__body_add(rcp__bodies *s, const char *text, const xword *w, size_t a, size_t b,
                       size_t end);
/* Words of "of that country", "de ese país", "dieses Landes" at w[i], 0 if none. */
size_t rcp__body_qualifier(const xword *w, size_t n, size_t i);
void rcp__bodies_release(rcp__bodies *s);

/* ---- companies.c: companies the registry does not know ---- */

/* Find company-shaped names (a legal form, a company noun before, a head
 * word, a holder's or a supplier's verb after it: lx, the language's cues, or NULL)
 * in words w[0..n) of language li (an index of rcp_extractor.cues) outside the spans cov; added to s with kind
 * COMPANY; fn gets each mention, first tellings in order, then the
 * later ones. */
void rcp__companies_find(rcp__bodies *s, int li, const lexicon *lx, const char *text,
                         size_t len, const xword *w, size_t n, const rcp__span *cov, size_t ncov,
                         void (*fn)(uint32_t org, size_t start, size_t end, void *ctx),
                         void *ctx);

/* ---- acronyms.c: organizations the text defines by an acronym ---- */

/* Names with their acronym in parentheses, either way round ("structure
 * intégrée ... des matériels terrestres (SIMMT)", "DCNS (direction des
 * constructions navales, ...)"), whose words hold one for an organization,
 * outside the spans cov; fn gets the name and each telling of the acronym. */
void rcp__acronyms_find(rcp__bodies *s, const char *text, size_t len, const xword *w, size_t n,
                        const rcp__span *cov, size_t ncov,
                        void (*fn)(uint32_t org, size_t start, size_t end, void *ctx), void *ctx);
/* Is the acronym w[i] defined in the text as a thing: its name holds no
 * word for an organization ("Cahier des clauses techniques particulières
 * (CCTP)")? */
int rcp__acronym_thing(const char *text, size_t len, const xword *w, size_t n, size_t i);

/* ---- parties.c: a one-word company by its place in a sale or a contract ---- */

/* Is the capitalised word w[i] (alone, no capitalised word after it) a
 * company by its place: after "contract with", "ordered from", "auprès
 * de", "contrato con", "Auftrag an", or the subject of a supply verb
 * ("Dynetics delivered", "Rheinmetall liefert"), and no place or common
 * word by the text? Persons are companies.c's to turn away. */
int rcp__party_company(const char *text, const xword *w, size_t n, size_t i, int li);
/* Is the folded word a country's, a capital's or a region's ("israel",
 * "madrid", "bayern") that sells, buys and signs as companies do? */
int rcp__place_word(const char *f);
/* Is the capitalised word w[i] neither a place's ("Ohio", "Madrid") nor
 * a common word by the text (written in small letters elsewhere; in
 * German, after an article or of a noun's ending)? */
int rcp__party_word(const xword *w, size_t n, size_t i, int li);
/* Is the run of capitalised words w[a..b] after a party's words ("contrato
 * con Ilunion Seguridad", "bestellte bei Flensburger Fahrzeugbau") or
 * before a supply verb ("Diehl Defence liefert"), none of them a place's?
 * Persons are companies.c's to turn away. */
int rcp__party_run(const char *text, const xword *w, size_t n, size_t a, size_t b, int li);

/* ---- persons.c: a private person's name by what the text does with it ---- */

/* Is the name w[a..b] (two or three plain capitalised words) a person's by
 * the text: its last word said alone elsewhere ("Lloyd said"), "who" after
 * it, or (English) "he" or "she" opening the next sentence? li: language. */
int rcp__person_told(const char *text, const xword *w, size_t n, size_t a, size_t b, int li);

/* Is there a singular company noun right before word i ("la compañía
 * israelí X", "the contractor X")? */
int rcp__company_noun_before(const char *text, const xword *w, size_t i, int li);
/* Is the name w[..b], ending at byte end, in apposition to a singular
 * company noun after it ("X, la misma empresa", "X, a security
 * contractor")? */
int rcp__company_noun_after(const char *text, size_t len, const xword *w, size_t n, size_t b,
                            size_t end, int li);

/* ---- one run of extraction: the stages share these ---- */

/* A growable array of fixed-size items. */
typedef struct rcp__vec {
	void *v;
	size_t n, cap, size;
} rcp__vec;

/* Room for one more item at the end; returns it (valid until the next push). */
static inline void *rcp__vec_push(rcp__vec *v)
{
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 16;
		v->v = rcp__xrealloc(v->v, v->cap * v->size);
	}
	return (char *)v->v + v->size * v->n++;
}

/* An organization named in the text: a registry entity or a body. */
typedef struct xmention {
	uint32_t entity;
	size_t start, end, word;
	uint32_t sentence;
} xmention;

/* Entities of one text: the registry's, then the public bodies it does not
 * know (bodies.c), numbered after them. */
typedef struct xents {
	const rcp_matcher *m;
	size_t ne;              /* registry entities: [0, ne) */
	const rcp__bodies *b;   /* bodies: [ne, ne + b->n) */
} xents;

void rcp__ent_get(const xents *E, uint32_t e, rcp_matcher_entity *me);

/* companies.c: companies named in a list with one the text names already
 * ("Airbus, Rheinmetall Expal, Escribano y Pap Tecnos"): three names or
 * more, a comma; or two, the other shaped as a company's or a plain word
 * (language li). mentions (xmention, sorted by start) are read, not
 * changed; fn gets each new mention and the later tellings of the names. */
void rcp__companies_in_lists(rcp__bodies *s, const xents *E, int li, const char *text,
                             size_t len, const xword *w, size_t n, rcp__vec *mentions,
                             void (*fn)(uint32_t org, size_t start, size_t end, void *ctx),
                             void *ctx);
/* Is anc a parent, or a parent's parent, of e in the registry? */
int rcp__ent_is_ancestor(const xents *E, uint32_t anc, uint32_t e);

/* A cue found at a word of a sentence. */
typedef struct found_cue {
	size_t word;
	const cue *c;
} found_cue;


/* How far (in words) a cue may stand from the counterparty when it is not
 * between the two, and how far apart the two may be. */
#define CUE_REACH 10
#define PAIR_REACH 40

static inline size_t rcp__word_gap(size_t a, size_t b)
{
	return a > b ? a - b : b - a;
}

/* Bytes of a well-known body's name at text[st] longer than min bytes, a
 * compound's whole ("EU-Parlament" over the registry's "EU"); 0 if none. */
size_t rcp__known_body_longer(const char *text, size_t len, size_t st, size_t min);

/* Well-known public bodies named bare ("NATO", "Europol", "FBI"), as whole
 * words in their exact case, outside the spans cov. */
void rcp__known_bodies_find(rcp__bodies *s, const char *text, size_t len, const xword *w,
                            size_t n,
                            const rcp__span *cov, size_t ncov,
                            void (*fn)(uint32_t body, size_t start, size_t end, void *ctx),
                            void *ctx);

/* ---- orgs.c: words for organizations, and the text's shape between them ---- */

/* Word index of a word for the main company in sentence words [a, b), -1. */
long rcp__anaphor_in(int lang, const char *text, const xword *w, size_t a, size_t b);
/* A word for a fund named before ("the fund", "der Fonds"): its word, -1. */
long rcp__holder_anaphor_in(int lang, const xword *w, size_t a, size_t b);
/* Is a name a fund's ("... Pension Fund", "Ölfonds")? */
int rcp__fund_name(const char *name);
/* A word for a public body named before ("the military"): its word, -1. */
long rcp__body_anaphor(int lang, const xword *w, size_t a, size_t b, int *kind);
long rcp__qualified_body(int lang, const xword *w, size_t a, size_t b, const xmention *loc,
                         size_t nloc, int *kind);
int64_t rcp__main_of_kind(const rcp_matcher *m, const uint32_t *count, size_t ne, int kind);
int64_t rcp__common_parent(const xents *E, const xmention *v, size_t n);
int64_t rcp__owned_body(const xents *E, const char *text, size_t len, const xword *w, size_t a,
                        size_t b, const xmention *p);
int rcp__is_genitive(const char *text, size_t len, const xword *w, size_t a,
                     const xmention *p);
int rcp__appositive(const char *text, const xword *w, const xmention *p, const xmention *q);
int rcp__names_other(const char *text, size_t len, const xword *w, size_t a, const xmention *p);
int rcp__parent_named(const xents *E, const xmention *local, size_t n, uint32_t e);
int rcp__list_gap(const char *text, size_t a, size_t b);

/* ---- cues.c ---- */

/* The cues of sentence words [a, b) of text into fc (found_cue, emptied
 * first) and the category bits its words say into *cats. */
void rcp__cues_find(const rcp_extractor *x, int li, const char *text, const xword *w, size_t a,
                    size_t b, rcp__vec *fc, unsigned *cats);
int rcp__negated(const xword *w, size_t a, size_t b, size_t i);
int rcp__definite(const xword *w, size_t a, size_t i);
/* Is the cue at word i under a denial, a plan, a possibility or a
 * condition among the eight words before it (language li)? */
int rcp__hedged(int li, const xword *w, size_t a, size_t i);
/* Does sentence words [a, b) deny (language li), anywhere in it? */
int rcp__denied(int li, const char *text, const xword *w, size_t a, size_t b);
/* Is the cue at word i told as ended ("no longer", "n'... plus")? */
int rcp__no_longer(const xword *w, size_t a, size_t b, size_t i);
/* Does folded word f open an object's relative clause ("which", "que")? */
int rcp__relative_pronoun(const char *f);
/* A bid or a loss ("bid for", "a perdu", "bewirbt sich") among words
 * [from, to) of a sentence ending at b (language li)? */
int rcp__bid_between(int li, const xword *w, size_t b, size_t from, size_t to);
/* Is folded word f a sale's verb ("sold", "vendu", "verkaufte")? And one
 * near word i: its word plus one, or 0? */
int rcp__is_sale(const char *f);
int rcp__sale_near(const xword *w, size_t a, size_t b, size_t i);

/* ---- relation.c ---- */

/* What relation finding reads of a sentence. */
typedef struct rcp__pair_scope {
	const xents *E;
	const xword *w;
	size_t a, b;            /* the sentence's words */
	int li;                 /* its language */
	const found_cue *fc;
	size_t ncues;
	const xmention *local;  /* its organizations; [0, nreal) named in it */
	size_t nreal;
	const cue *implicit;    /* an amount with no verb: a contract cue, or NULL */
	const rcp_money *amount;
	int question;           /* the sentence asks ("?", "¿"): it tells no fact */
	const int *group;       /* each local's list (same number: one list), or NULL */
	size_t nloc;            /* locals with a group */
} rcp__pair_scope;

/* The relation found between a company and a counterparty. */
typedef struct rcp__relation_found {
	const cue *c;
	size_t word;            /* the cue's word */
	size_t dist;            /* its distance to the pair, in words */
	int between;            /* it stands between the two */
	int verb_final;         /* a German passive's verb after both names */
} rcp__relation_found;

/* The cue that relates company mention c (c_named: named in the sentence,
 * not a word for it) to counterparty p of kind p_kind; from_before: p is a
 * body carried from the sentences before. 1 and *f, or 0: none, or a
 * negated one. */
int rcp__relation_find(const rcp__pair_scope *P, const xmention *c, int c_named,
                       const xmention *p, int p_kind, int from_before, rcp__relation_found *f);

int rcp__relation_fits(int relation, int kind);
const cue *rcp__supply_context(const cue *chosen, size_t *chosen_word, const found_cue *fc,
                               size_t ncues, const xword *w, size_t a, size_t b,
                               const xmention *local, size_t nreal, const xmention *p);
int rcp__voice_at(const cue *c, const xword *w, size_t a, size_t b, size_t i);
const cue *rcp__passive_verb_last(const found_cue *fc, size_t ncues, const xword *w, size_t a,
                                  size_t b, size_t lo, size_t hi, size_t *word);

/* A candidate claim. */
typedef struct xclaim {
	uint32_t company, counterparty;
	int relation;
	unsigned category;
	size_t start, end;
	const rcp_money *money;
	int year, text_year;
	double confidence;
	int dropped;
	size_t into;           /* a repeat: 1 + the index of the telling it merged into, else 0 */
	int inferred;          /* a side stands for a name: "it", the sentence before */
	int carried;           /* the counterparty is a body of the sentences before */
	int weak_category;     /* only the company's main line, or nothing, gave it */
	uint64_t size;         /* a contract's size told with no currency, 0 if none */
	int headline;          /* told in a headline */
	int joint;             /* partners by a word for working together (joint_claims) */
	int describes;         /* an owner told beside a name ("Gepsa (groupe Engie)") */
} xclaim;

/* Organizations of one sentence the claim rules read, at most this many: the
 * rules are cubic in them. A sentence with more (a list of 200 companies) has
 * its claims read from the first ones, and the result says so
 * ("sentence_orgs_cut"). */
#define RCP_SENTENCE_ORGS 64

/* What extraction found in a text: the stages fill it (extract.c runs them),
 * output.c writes it as JSON, record.c stores its claims. Arrays owned, text
 * borrowed; free with rcp__extraction_release(). */
typedef struct rcp__extraction {
	const char *text;
	size_t len;
	const char *lang;       /* static */
	int li;                 /* index of lang in the cue lexicons */
	xword *w;               /* words */
	size_t nw;
	size_t sentences_cut;   /* sentences cut at RCP_SENTENCE_WORDS */
	size_t orgs_cut;        /* sentences whose organizations past RCP_SENTENCE_ORGS were not read */
	rcp__vec mentions;      /* xmention, by start */
	rcp__vec money;         /* rcp_money, in the scanner's order */
	uint8_t *money_again;   /* per money: 1 when the text told it before (money_once.c) */
	rcp__vec dates;         /* rcp_date */
	rcp__bodies bodies;
	xents E;
	uint32_t *count;        /* mentions of each entity, registry and bodies */
	int64_t main_co;        /* the most mentioned company, -1 if none */
	rcp__vec claims;        /* xclaim; those with dropped set are not claims */
} rcp__extraction;

/* Run every stage on text (borrowed, valid while r is used). */
void rcp__extract_run(const rcp_extractor *x, const char *text, size_t len,
                      const rcp_extract_opts *opts, rcp__extraction *r);
void rcp__extraction_release(rcp__extraction *r);

/* money_once.c: per amount of r->money, 1 when it is a repeat of an
 * amount listed at another place (owned, one byte each). */
uint8_t *rcp__money_repeats(const rcp__extraction *r);

/* output.c: the JSON of `receipts extract`, as compact text into b (the
 * bytes of jansson's compact dump of rcp__extraction_json) and as jansson
 * objects (returns owned, json_decref). */
void rcp__extraction_write(const rcp__extraction *r, rcp_buf *b);
json_t *rcp__extraction_json(const rcp__extraction *r);

/* orgs.c (lx: the text's language's cues, for companies by their verbs):
 * registry mentions and the bodies it does not know, each mention's
 * word and sentence, counts and the main company. */
void rcp__orgs_find(const rcp_matcher *m, const lexicon *lx, rcp__extraction *r);

/* First word index whose start is >= off. */
size_t rcp__word_at_offset(const xword *w, size_t n, size_t off);

/* claims.c: candidate claims, sentence by sentence. */
void rcp__claims_find(const rcp_extractor *x, const rcp_extract_opts *opts, rcp__extraction *r);

/* Is the sentence at bytes [sstart, send) a headline (no closing
 * punctuation, its own line, in title case or first)? */
int rcp__is_headline(const char *text, size_t len, size_t sstart, size_t send);

/* ---- windows.c: a long text in windows of whole sentences ---- */

/* Bytes of text one run reads at most (a window); a longer text is cut at
 * sentence ends. 256 KiB: about 40,000 words, 2.6 MB of words. */
#define RCP_EXTRACT_WINDOW (256 * 1024)

/* The end of the window that starts at off: len, or after the last sentence
 * end within window bytes (else a space, else a character boundary). */
size_t rcp__window_end(const char *text, size_t len, size_t off, size_t window);
/* Run extraction on each window of text (window 0: RCP_EXTRACT_WINDOW); fn
 * gets each run and the window's offset in text (the run's offsets are the
 * window's: add off). One window when the text fits, as rcp__extract_run. */
void rcp__extract_windows(const rcp_extractor *x, const char *text, size_t len,
                          const rcp_extract_opts *opts, size_t window,
                          void (*fn)(rcp__extraction *r, size_t off, void *ctx), void *ctx);
/* The JSON of `receipts extract` over windows (rcp_extract_json). */
json_t *rcp__extract_json_windows(const rcp_extractor *x, const char *text, size_t len,
                                  const rcp_extract_opts *opts, size_t window);

/* The facts told in earlier windows, to merge a later telling into. */
typedef struct rcp__told rcp__told;
rcp__told *rcp__told_new(void);
void rcp__told_free(rcp__told *t);
/* The number given to the earlier telling of claim c of run r, -1 if none. */
long rcp__told_before(const rcp__told *t, const rcp__extraction *r, const xclaim *c);
void rcp__told_add(rcp__told *t, const rcp__extraction *r, const xclaim *c, size_t v);

struct rcp_extractor {
	const rcp_matcher *m;
	lexicon cues[4];       /* en, fr, es, de */
	lexicon categories;
};

#endif
