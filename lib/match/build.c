/*
 * build.c — compiling a matcher from entities and aliases.
 *
 * Each alias is split into folded words by the scanner's own tokenizer, so
 * an alias and a text always agree on what a word is. Words get dense ids;
 * alias word sequences go into a trie of word ids. Variants are derived
 * from names and aliases by removing legal forms at their end ("Elbit
 * Systems Ltd" -> "Elbit Systems", "BOEING CO/THE" -> "BOEING"); a variant
 * counts only when it starts with a capital, and a one-word variant that is
 * also an ordinary word ("Sun", "Target") is ambiguous.
 */
#include <stdlib.h>
#include <string.h>

#include "match_internal.h"

typedef struct b_alias {
	uint32_t entity, text_off, text_len, tok_off;
	uint32_t prev;  /* the entity's previous alias + 1, 0 for none */
	uint16_t flags, ntok;
} b_alias;

typedef struct b_entity {
	uint32_t id_off, name_off;
	uint32_t last_alias; /* index + 1, 0 for none */
	char *parent_id;
	int32_t parent;
	uint8_t kind, categories;
} b_entity;

/* open addressing map: 64-bit key -> 32-bit value, key and value side by
 * side (one cache miss a probe) */
typedef struct u64slot {
	uint64_t key;
	uint32_t val; /* 0 = empty */
	uint32_t pad;
} u64slot;

typedef struct u64map {
	u64slot *slots;
	size_t cap, n;
} u64map;

static void map_grow(u64map *m)
{
	size_t cap = m->cap ? m->cap * 2 : 4096;
	u64slot *slots = rcp__xcalloc(cap, sizeof *slots);
	for (size_t i = 0; i < m->cap; i++) {
		if (!m->slots[i].val)
			continue;
		size_t j = rcp__match_hash_mix(m->slots[i].key) & (cap - 1);
		while (slots[j].val)
			j = (j + 1) & (cap - 1);
		slots[j] = m->slots[i];
	}
	free(m->slots);
	m->slots = slots;
	m->cap = cap;
}

/* Value for key, or insert val (if non-zero) and return it; 0 if absent. */
static uint32_t map_get_put(u64map *m, uint64_t key, uint32_t val)
{
	if ((m->n + 1) * 2 > m->cap)
		map_grow(m);
	size_t j = rcp__match_hash_mix(key) & (m->cap - 1);
	while (m->slots[j].val) {
		if (m->slots[j].key == key)
			return m->slots[j].val;
		j = (j + 1) & (m->cap - 1);
	}
	if (!val)
		return 0;
	m->slots[j].key = key;
	m->slots[j].val = val;
	m->n++;
	return val;
}

static void map_release(u64map *m)
{
	free(m->slots);
}

struct mt_builder {
	rcp_buf strings;
	b_entity *ents;
	size_t n_ents, cap_ents;
	b_alias *aliases;
	size_t n_aliases, cap_aliases;
	uint32_t *toks; /* word ids of all aliases */
	size_t n_toks, cap_toks;
	uint64_t *tok_hash; /* by word id */
	uint8_t *tok_context;
	size_t n_words, cap_words;
	u64map words;   /* hash -> word id */
};

static uint32_t add_string(mt_builder *b, const char *s, size_t n)
{
	uint32_t off = (uint32_t)b->strings.len;
	(void)rcp__buf_append(&b->strings, s, n);
	(void)rcp__buf_putc(&b->strings, '\0');
	return off;
}

static uint32_t word_id(mt_builder *b, uint64_t hash)
{
	uint32_t id = map_get_put(&b->words, hash, (uint32_t)b->n_words + 1);
	if (id <= b->n_words)
		return id; /* known */
	if (b->n_words + 2 > b->cap_words) {
		b->cap_words = b->cap_words ? b->cap_words * 2 : 1024;
		b->tok_hash = rcp__xrealloc(b->tok_hash, b->cap_words * sizeof *b->tok_hash);
		b->tok_context = rcp__xrealloc(b->tok_context, b->cap_words);
	}
	id = (uint32_t)++b->n_words;
	b->tok_hash[id] = hash;
	b->tok_context[id] = 0;
	return id;
}

/* Words that make an ambiguous alias count in their sentence: what one
 * says of an organization, in en, fr, es, de (folded). */
static const char *const context_words[] = {
	"company", "companies", "corporation", "firm", "group", "contractor", "contract",
	"contracts", "supplier", "suppliers", "vendor", "subsidiary", "unit", "units", "ministry",
	"department", "agency", "army", "military", "forces", "police", "prison", "prisons",
	"defense", "defence", "intelligence", "surveillance", "software", "cloud", "technology",
	"technologies", "systems", "drone", "drones", "border", "deal", "maker", "manufacturer",
	"startup", "brand", "division", "battalion", "brigade", "corps", "directorate", "service",
	"entreprise", "societe", "groupe", "unite", "armee", "militaire", "ministere", "filiale",
	"contrat", "empresa", "compania", "grupo", "unidad", "ejercito", "ministerio", "contrato",
	"filial", "unternehmen", "konzern", "firma", "einheit", "armee", "ministerium",
	"vertrag", "tochter", "rustungskonzern", "bundeswehr", NULL,
};

/* Tokenize text into word ids appended to b->toks; returns the count (65
 * for any more than 64). The words' map slots are fetched for all of an
 * alias's words before the first is looked up: with a large vocabulary
 * each lookup is a cache miss, and this way they overlap. */
static size_t alias_words(mt_builder *b, const char *text, size_t len)
{
	mt_tokenizer t;
	mt_tok tok;
	uint64_t h[65];
	size_t n = 0;
	rcp__match_tokenizer_init(&t, text, len);
	while (n < 65 && rcp__match_next(&t, &tok, NULL, 0)) {
		h[n++] = tok.hash;
#if defined(__GNUC__)
		if (b->words.cap)
			__builtin_prefetch(&b->words.slots[rcp__match_hash_mix(tok.hash) & (b->words.cap - 1)]);
#endif
	}
	if (b->n_toks + n > b->cap_toks) {
		while (b->n_toks + n > b->cap_toks)
			b->cap_toks = b->cap_toks ? b->cap_toks * 2 : 4096;
		b->toks = rcp__xrealloc(b->toks, b->cap_toks * sizeof *b->toks);
	}
	for (size_t i = 0; i < n; i++)
		b->toks[b->n_toks++] = word_id(b, h[i]);
	return n;
}

mt_builder *rcp__match_builder_new(void)
{
	mt_builder *b = rcp__xcalloc(1, sizeof *b);
	rcp__buf_init(&b->strings, 0);
	(void)rcp__buf_putc(&b->strings, '\0'); /* offset 0 = "" */
	for (int i = 0; context_words[i]; i++) {
		uint32_t id = alias_words(b, context_words[i], strlen(context_words[i]));
		if (id == 1)
			b->tok_context[b->toks[b->n_toks - 1]] = 1;
		b->n_toks = 0;
	}
	return b;
}

void rcp__match_builder_free(mt_builder *b)
{
	if (!b)
		return;
	rcp__buf_release(&b->strings);
	for (size_t i = 0; i < b->n_ents; i++)
		free(b->ents[i].parent_id);
	free(b->ents);
	free(b->aliases);
	free(b->toks);
	free(b->tok_hash);
	free(b->tok_context);
	map_release(&b->words);
	free(b);
}

static void add_alias(mt_builder *b, uint32_t entity, const char *text, size_t len,
                      unsigned flags, uint32_t text_off);
static void derive(mt_builder *b, uint32_t entity, const char *text, size_t len);
static int only_legal_forms(const char *text, size_t len);
static int one_character(const char *text, size_t len);

uint32_t rcp__match_builder_entity(mt_builder *b, const char *id, const char *name, int kind,
                           unsigned categories)
{
	if (b->n_ents == b->cap_ents) {
		b->cap_ents = b->cap_ents ? b->cap_ents * 2 : 256;
		b->ents = rcp__xrealloc(b->ents, b->cap_ents * sizeof *b->ents);
	}
	b_entity *e = &b->ents[b->n_ents];
	memset(e, 0, sizeof *e);
	e->id_off = add_string(b, id, strlen(id));
	size_t len = strlen(name);
	e->name_off = add_string(b, name, len);
	e->parent = -1;
	e->kind = (uint8_t)(kind < 0 ? RCP_KIND_OTHER_ORG : kind);
	e->categories = (uint8_t)categories;
	uint32_t idx = (uint32_t)b->n_ents++;
	if (only_legal_forms(name, len) || one_character(name, len)) /* "Inc", "X" */
		return idx;
	add_alias(b, idx, name, len, MT_NAME, e->name_off); /* the name's string, not a copy */
	derive(b, idx, name, len);
	return idx;
}

void rcp__match_builder_parent(mt_builder *b, uint32_t entity, const char *parent_id)
{
	free(b->ents[entity].parent_id);
	b->ents[entity].parent_id = parent_id ? rcp__xstrdup(parent_id) : NULL;
}

/* An alias of entity; text_off is where its text already is in the
 * string pool, or UINT32_MAX to copy it there. */
static void add_alias(mt_builder *b, uint32_t entity, const char *text, size_t len,
                      unsigned flags, uint32_t text_off)
{
	size_t tok_off = b->n_toks;
	size_t ntok = alias_words(b, text, len);
	if (!ntok || ntok > 64) {
		b->n_toks = tok_off;
		return;
	}
	/* the same words for the same entity once; the first spelling wins
	 * (an entity has a handful of aliases: its list is short) */
	const unsigned same = MT_CASE_SENSITIVE | MT_CAPITALIZED;
	for (uint32_t k = b->ents[entity].last_alias; k; k = b->aliases[k - 1].prev) {
		const b_alias *o = &b->aliases[k - 1];
		if (o->ntok == ntok && (o->flags & same) == (flags & same) &&
		    !memcmp(b->toks + o->tok_off, b->toks + tok_off, ntok * sizeof *b->toks)) {
			b->n_toks = tok_off;
			return;
		}
	}
	if (b->n_aliases == b->cap_aliases) {
		b->cap_aliases = b->cap_aliases ? b->cap_aliases * 2 : 1024;
		b->aliases = rcp__xrealloc(b->aliases, b->cap_aliases * sizeof *b->aliases);
	}
	b_alias *a = &b->aliases[b->n_aliases++];
	a->entity = entity;
	a->prev = b->ents[entity].last_alias;
	b->ents[entity].last_alias = (uint32_t)b->n_aliases;
	a->text_off = text_off != UINT32_MAX ? text_off : add_string(b, text, len);
	a->text_len = (uint32_t)len;
	a->tok_off = (uint32_t)tok_off;
	a->ntok = (uint16_t)ntok;
	a->flags = (uint16_t)flags;
}

/* Legal forms removed from the end of a name, as folded word sequences. */
static const char *const legal_forms[] = {
	"inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc",
	"l l c", "lp", "llp", "plc", "ag", "sa", "s a", "se", "nv", "n v", "bv", "b v", "gmbh",
	"spa", "s p a", "sas", "sarl", "ab", "asa", "oyj", "kgaa", "ltee", "ltda", "pty", "the",
	"co kgaa", "ag co kgaa", "holding", "holdings", "group", "di", NULL,
};
/* "holding(s)" and "group" are removed only after a legal form has been:
 * "Serco Group PLC" -> "Serco Group" -> "Serco" but "Adani Group" stays. */

/* One-word variants that are ordinary words and need context. */
static const char *const ordinary_words[] = {
	"general", "target", "first", "united", "national", "american", "international",
	"global", "sun", "apple", "oracle", "compass", "aware", "elite", "delta", "alpha",
	"magal", "check", "point", "matrix", "nice", "ford", "axon", "paz", "bank", "energy",
	"power", "systems", "technologies", "solutions", "services", "industries", "motors",
	"air", "one", "link", "shield", "tower", "eagle", "falcon", "titan", "atlas", "orbit",
	"vision", "secure", "safe", "guard", "state", "street", "capital", "partners", NULL,
};

static int in_words(const char *w, size_t n, const char *const *list)
{
	for (int i = 0; list[i]; i++)
		if (strlen(list[i]) == n && !memcmp(list[i], w, n))
			return 1;
	return 0;
}

/* Folded words of text with their spans; returns count (max 64). */
static size_t words_of(const char *text, size_t len, mt_tok *toks, char folded[][24])
{
	mt_tokenizer t;
	size_t n = 0;
	rcp__match_tokenizer_init(&t, text, len);
	while (n < 64 && rcp__match_next(&t, &toks[n], folded[n], 24))
		n++;
	return n;
}

/* Legal forms split into words once. */
typedef struct legal_form {
	size_t n;
	char w[4][12];
	int generic;
} legal_form;

static legal_form forms[64];

static void forms_init(void)
{
	if (forms[0].n)
		return;
	for (int i = 0; legal_forms[i] && i < 63; i++) {
		const char *p = legal_forms[i];
		legal_form *f = &forms[i];
		while (*p && f->n < 4) {
			const char *sp = strchr(p, ' ');
			size_t l = sp ? (size_t)(sp - p) : strlen(p);
			memcpy(f->w[f->n], p, l < 11 ? l : 11);
			f->w[f->n][l < 11 ? l : 11] = '\0';
			f->n++;
			p = sp ? sp + 1 : p + l;
		}
		f->generic = !strcmp(legal_forms[i], "holding") || !strcmp(legal_forms[i], "holdings") ||
		             !strcmp(legal_forms[i], "group") || !strcmp(legal_forms[i], "di");
	}
}

/* Is the variant v[0, vl) all capitals (two letters or more) in a name
 * text[0, len) that has a small letter elsewhere ("NICE" of "NICE Ltd";
 * not "BOEING" of "BOEING CO/THE", a registry that shouts)? */
static int acronym_in_mixed(const char *text, size_t len, const char *v, size_t vl)
{
	size_t letters = 0;
	for (size_t k = 0; k < vl; k++) {
		if (v[k] >= 'a' && v[k] <= 'z')
			return 0;
		letters += v[k] >= 'A' && v[k] <= 'Z';
	}
	if (letters < 2)
		return 0;
	for (size_t k = 0; k < len; k++)
		if (text[k] >= 'a' && text[k] <= 'z')
			return 1;
	return 0;
}

static void derive(mt_builder *b, uint32_t entity, const char *text, size_t len)
{
	forms_init();
	mt_tok toks[64];
	char folded[64][24];
	size_t n = words_of(text, len, toks, folded);
	size_t keep = n;
	int stripped_legal = 0;
	for (;;) {
		size_t best = 0;
		for (int i = 0; legal_forms[i]; i++) {
			const legal_form *lf = &forms[i];
			size_t k = lf->n;
			if (k >= keep || (lf->generic && !stripped_legal))
				continue;
			size_t ok = 1;
			for (size_t j = 0; j < k && ok; j++)
				ok = lf->w[j][0] == folded[keep - k + j][0] &&
				     strcmp(lf->w[j], folded[keep - k + j]) == 0;
			if (ok && k > best)
				best = k;
		}
		if (!best)
			break;
		keep -= best;
		stripped_legal = 1;
	}
	/* a leading "The" goes too */
	size_t first = 0;
	if (keep - first > 1 && !strcmp(folded[0], "the"))
		first = 1;
	if (keep == n && first == 0)
		return;
	if (keep <= first)
		return;
	const char *vs = text + toks[first].start;
	size_t vl = toks[keep - 1].end - toks[first].start;
	unsigned flags = MT_DERIVED | MT_CAPITALIZED;
	if (keep - first == 1) {
		size_t fl = strlen(folded[first]);
		if (fl <= 2)
			flags |= MT_AMBIGUOUS | MT_CASE_SENSITIVE;
		else if (in_words(folded[first], fl, ordinary_words))
			flags |= MT_AMBIGUOUS;
		/* "NICE Ltd": an ordinary word in capitals beside a word in
		 * small letters is an acronym; "Nice" is the city, whatever the
		 * sentence says of the police ("GEO" of "GEO Group Inc", no
		 * ordinary word, is also written "Geo") */
		if ((flags & MT_AMBIGUOUS) && acronym_in_mixed(text, len, vs, vl))
			flags |= MT_CASE_SENSITIVE;
	}
	if (one_character(vs, vl)) /* "X" of "X Corp" */
		return;
	add_alias(b, entity, vs, vl, flags, UINT32_MAX);
}

/* Two or three capital letters and nothing else: an acronym. */
static int short_capitals(const char *text, size_t len)
{
	if (len < 2 || len > 3)
		return 0;
	for (size_t k = 0; k < len; k++)
		if (text[k] < 'A' || text[k] > 'Z')
			return 0;
	return 1;
}

/* Is text one letter or digit and nothing else ("X", "a", "I", "É",
 * "x."), in any script? Such a name is every article, pronoun, initial
 * and list label of a text: "a" would be reported in every English
 * sentence, "X" at every "Article X". */
static int one_character(const char *text, size_t len)
{
	mt_tok toks[64];
	char folded[64][24];
	if (words_of(text, len, toks, folded) != 1)
		return 0;
	const unsigned char *w = (const unsigned char *)folded[0];
	size_t n = strlen(folded[0]), cp = 1;
	if (w[0] >= 0xF0)
		cp = 4;
	else if (w[0] >= 0xE0)
		cp = 3;
	else if (w[0] >= 0xC0)
		cp = 2;
	return n == cp;
}

/* Is text nothing but legal forms ("Inc", "S.A.", "Ltd.", "The Company")?
 * Such a name would be found at every company's legal form in a text. */
static int only_legal_forms(const char *text, size_t len)
{
	forms_init();
	mt_tok toks[64];
	char folded[64][24];
	size_t keep = words_of(text, len, toks, folded);
	if (!keep || keep == 64)
		return 0;
	for (;;) {
		size_t best = 0;
		for (int i = 0; legal_forms[i]; i++) {
			const legal_form *lf = &forms[i];
			size_t k = lf->n, ok = k <= keep;
			for (size_t j = 0; j < k && ok; j++)
				ok = strcmp(lf->w[j], folded[keep - k + j]) == 0;
			if (ok && k > best)
				best = k;
		}
		if (!best)
			return 0;
		keep -= best;
		if (!keep)
			return 1;
	}
}

void rcp__match_builder_alias(mt_builder *b, uint32_t entity, const char *text, unsigned flags)
{
	size_t len = strlen(text);
	/* a name of legal forms only names no one (screen's and match's name
	 * index refuse it too); a case-sensitive alias is the registry's word,
	 * and so is a short one in capitals ("AB" of Alpha Beta Ltd) */
	if (!(flags & MT_CASE_SENSITIVE) && !short_capitals(text, len) &&
	    only_legal_forms(text, len))
		return;
	/* one character names no one in running text; the registry may still
	 * want its capital written as given ("X" of X Corp, case-sensitive),
	 * and then only where its sentence speaks of an organization */
	if (one_character(text, len)) {
		if (!(flags & MT_CASE_SENSITIVE))
			return;
		flags |= MT_AMBIGUOUS;
	}
	/* an ambiguous alias is an ordinary word ("Partner", "Aware"): it
	 * names the company only with the capital it is written with ("a
	 * partner with Dynetics" names no one) */
	if ((flags & MT_AMBIGUOUS) && text[0] >= 'A' && text[0] <= 'Z')
		flags |= MT_CAPITALIZED;
	add_alias(b, entity, text, len, flags, UINT32_MAX);
	if (!(flags & MT_DERIVED))
		derive(b, entity, text, len);
}

/* ---- flattening ---- */

/* A (parent node, word) pair and the alias it came from, sorted to number
 * the trie's nodes a level at a time. */
typedef struct b_pair {
	uint64_t key; /* parent << 32 | token */
	uint32_t alias, pad;
} b_pair;

/* LSD radix sort on the key, 16 bits a pass; a pass whose digit is the
 * same for every pair is skipped (the high halves of parent and token are
 * zero below 65,536 nodes or words). Stable. Returns a or tmp, whichever
 * holds the sorted pairs. */
static b_pair *sort_pairs(b_pair *a, b_pair *tmp, size_t n)
{
	size_t *count = rcp__xmalloc(((size_t)1 << 16) * sizeof *count);
	for (unsigned shift = 0; shift < 64; shift += 16) {
		memset(count, 0, ((size_t)1 << 16) * sizeof *count);
		for (size_t i = 0; i < n; i++)
			count[(a[i].key >> shift) & 0xFFFF]++;
		if (n && count[(a[0].key >> shift) & 0xFFFF] == n)
			continue;
		size_t sum = 0;
		for (size_t d = 0; d < (1 << 16); d++) {
			size_t c = count[d];
			count[d] = sum;
			sum += c;
		}
		for (size_t i = 0; i < n; i++)
			tmp[count[(a[i].key >> shift) & 0xFFFF]++] = a[i];
		b_pair *t = a;
		a = tmp;
		tmp = t;
	}
	free(count);
	return a;
}

/* Which alias wins when several end at the same node: the entity's own
 * name, then an alias given by the registry, then a derived variant; then
 * the order of the registry. */
static uint32_t rank_of(const b_alias *a)
{
	if (a->flags & MT_NAME)
		return 0;
	if (!(a->flags & MT_DERIVED))
		return 1;
	return 2;
}

static size_t align8(size_t n)
{
	return (n + 7) & ~(size_t)7;
}

/* The trie, breadth first: node 0 is the root; the nodes of a level are
 * the distinct (parent, word) pairs of the level above, numbered in sorted
 * order, so a node's children are consecutive and sorted by word. Fills
 * label[] and parent[] (up to n_toks + 1 nodes), end[a] with the node where
 * alias a ends; returns the node count. */
static uint32_t build_trie(const mt_builder *b, uint32_t *label, uint32_t *parent, uint32_t *end,
                           uint32_t *max_tokens)
{
	size_t na = b->n_aliases;
	b_pair *pairs = rcp__xmalloc((na ? na : 1) * sizeof *pairs);
	b_pair *tmp = rcp__xmalloc((na ? na : 1) * sizeof *tmp);
	uint32_t n_nodes = 1;
	label[0] = parent[0] = 0;
	memset(end, 0, na * sizeof *end); /* every alias starts at the root */
	*max_tokens = 0;
	for (uint32_t d = 0;; d++) {
		size_t m = 0;
		for (size_t a = 0; a < na; a++) {
			const b_alias *al = &b->aliases[a];
			if (al->ntok > d)
				pairs[m++] = (b_pair){((uint64_t)end[a] << 32) | b->toks[al->tok_off + d],
				                      (uint32_t)a, 0};
		}
		if (!m)
			break;
		*max_tokens = d + 1;
		const b_pair *sorted = sort_pairs(pairs, tmp, m);
		for (size_t i = 0; i < m; i++) {
			if (i == 0 || sorted[i].key != sorted[i - 1].key) {
				label[n_nodes] = (uint32_t)sorted[i].key;
				parent[n_nodes] = (uint32_t)(sorted[i].key >> 32);
				n_nodes++;
			}
			end[sorted[i].alias] = n_nodes - 1;
		}
	}
	free(pairs);
	free(tmp);
	return n_nodes;
}

rcp_matcher *rcp__match_builder_finish(mt_builder *b, rcp_error *err)
{
	/* parents */
	for (size_t i = 0; i < b->n_ents; i++) {
		if (!b->ents[i].parent_id)
			continue;
		for (size_t j = 0; j < b->n_ents; j++)
			if (!strcmp(b->strings.data + b->ents[j].id_off, b->ents[i].parent_id)) {
				b->ents[i].parent = (int32_t)j;
				break;
			}
	}
	size_t na = b->n_aliases;
	uint32_t *label = rcp__xmalloc((b->n_toks + 1) * sizeof *label);
	uint32_t *parent = rcp__xmalloc((b->n_toks + 1) * sizeof *parent);
	uint32_t *end = rcp__xmalloc((na ? na : 1) * sizeof *end);
	uint32_t max_tokens;
	uint32_t n_nodes = build_trie(b, label, parent, end, &max_tokens);

	/* one block: header-free layout of every table */
	uint32_t n_tokens = (uint32_t)b->n_words;
	uint32_t vocab_cap = 16;
	while (vocab_cap < (n_tokens + 1) * 2)
		vocab_cap *= 2;
	/* filter keys: words that start an alias (the root's children) and
	 * context words; 32 to 64 bits a key, two set, while the filter fits
	 * in 256 KiB (a core's second-level cache, with room for the rest),
	 * then fewer, down to 8. At 32 bits the bench corpus's words pass
	 * about half as often as at 8 (2.4% of them instead of 4.2-6.7%,
	 * nearly all real alias starts), which made the scan 7-11% faster. */
	size_t n_keys = 0;
	for (uint32_t i = 1; i < n_nodes && parent[i] == 0; i++)
		n_keys++;
	for (uint32_t id = 1; id <= n_tokens; id++)
		n_keys += b->tok_context[id];
	uint32_t filter_words = 8;
	while ((size_t)filter_words * 64 < n_keys * 32)
		filter_words *= 2;
	while (filter_words > 32768 && (size_t)filter_words * 64 >= n_keys * 16)
		filter_words /= 2;
	/* pair filter keys: the trie's second level, (first word, second
	 * word). On a text where most words start some alias (a registry's
	 * own words make up much of it) nearly every walk ends at the second
	 * word: the scan asks this filter first. 32 to 64 bits a pair while
	 * that fits in 1 MiB, else half as many (2 MiB at 1M aliases: a
	 * cache miss, but one instead of the vocabulary's and the trie's). */
	size_t n_pairs = 0;
	for (uint32_t i = 1; i < n_nodes; i++)
		if (parent[i] && parent[parent[i]] == 0)
			n_pairs++;
	uint32_t pair_words = 8;
	while ((size_t)pair_words * 64 < n_pairs * 32)
		pair_words *= 2;
	while (pair_words > 131072 && (size_t)pair_words * 64 >= n_pairs * 32)
		pair_words /= 2;
	size_t sz_filter = (size_t)filter_words * 8;
	size_t sz_pairs = (size_t)pair_words * 8;
	size_t sz_vocab = align8((size_t)vocab_cap * sizeof(mt_vocab));
	size_t sz_cstart = align8(((size_t)n_nodes + 1) * 4);
	size_t sz_label = align8((size_t)n_nodes * 4);
	size_t sz_tstart = align8(((size_t)n_nodes + 1) * 4);
	size_t sz_terms = align8(na * 4);
	size_t sz_aliases = align8(na * sizeof(mt_alias));
	size_t sz_ents = align8(b->n_ents * sizeof(mt_entity));
	size_t sz_strings = align8(b->strings.len);
	size_t total = sz_filter + sz_pairs + sz_vocab + sz_cstart + sz_label + sz_tstart + sz_terms +
	               sz_aliases + sz_ents + sz_strings;
	if (total > 0xFFFFFFF0u || b->strings.len > 0xFFFFFFF0u || n_nodes > MT_ROOT_NODE) {
		free(label);
		free(parent);
		free(end);
		rcp__error_set(err, RCP_ETOOBIG, "registry too large to compile", NULL,
		               "%zu bytes of tables", total);
		return NULL;
	}
	char *block = rcp__xcalloc(1, total ? total : 8);
	char *p = block;
	uint64_t *filter = (uint64_t *)p; p += sz_filter;
	uint64_t *pairs = (uint64_t *)p; p += sz_pairs;
	mt_vocab *vocab = (mt_vocab *)p; p += sz_vocab;
	uint32_t *cstart = (uint32_t *)p; p += sz_cstart;
	uint32_t *mlabel = (uint32_t *)p; p += sz_label;
	uint32_t *tstart = (uint32_t *)p; p += sz_tstart;
	uint32_t *mterms = (uint32_t *)p; p += sz_terms;
	mt_alias *maliases = (mt_alias *)p; p += sz_aliases;
	mt_entity *ments = (mt_entity *)p; p += sz_ents;
	char *strings = p;

	/* the root's children, by word: rootof[token]; alone[token]: the
	 * scan must see the word whatever follows it (a one-word alias ends
	 * at its node, or it is a context word) */
	uint32_t *rootof = rcp__xcalloc((size_t)n_tokens + 1, sizeof *rootof);
	uint8_t *alone = rcp__xcalloc((size_t)n_tokens + 1, 1);
	for (uint32_t i = 1; i < n_nodes && parent[i] == 0; i++)
		rootof[label[i]] = i;
	for (size_t a = 0; a < na; a++)
		if (end[a] && parent[end[a]] == 0)
			alone[label[end[a]]] = 1;
	unsigned vshift = 64 - mt_log2(vocab_cap), fshift = 64 - mt_log2(filter_words);
	unsigned pshift = 64 - mt_log2(pair_words);
	for (uint32_t i = 1; i < n_nodes; i++)
		if (parent[i] && parent[parent[i]] == 0) {
			uint64_t bits;
			uint32_t w = mt_pair_bits(b->tok_hash[label[parent[i]]], b->tok_hash[label[i]],
			                          pshift, &bits);
			pairs[w] |= bits;
		}
	for (uint32_t id = 1; id <= n_tokens; id++) {
		uint64_t h = b->tok_hash[id];
		uint32_t j = (uint32_t)((h * MT_VOCAB_MUL) >> vshift);
		while (vocab[j].id)
			j = (j + 1) & (vocab_cap - 1);
		vocab[j].hash = h;
		vocab[j].id = id;
		vocab[j].root = rootof[id] | (b->tok_context[id] ? MT_ROOT_CONTEXT : 0);
		if (rootof[id] || b->tok_context[id]) {
			uint32_t w;
			uint64_t bits = mt_filter_bits(h, &w, fshift);
			filter[w] |= bits;
			if (alone[id] || b->tok_context[id])
				filter[w] |= mt_filter_alone_bits(h);
		}
	}
	free(rootof);
	free(alone);
	/* children of p: the nodes whose parent is p, consecutive since
	 * parent[] never decreases */
	uint32_t j = 1;
	for (uint32_t node = 0; node < n_nodes; node++) {
		while (j < n_nodes && parent[j] < node)
			j++;
		cstart[node] = j;
	}
	cstart[n_nodes] = n_nodes;
	memcpy(mlabel, label, (size_t)n_nodes * 4);
	/* aliases ending at each node, best first: counted, then placed rank
	 * by rank in registry order */
	for (size_t a = 0; a < na; a++)
		tstart[end[a] + 1]++;
	for (uint32_t node = 0; node < n_nodes; node++)
		tstart[node + 1] += tstart[node];
	uint32_t *fill = rcp__xmalloc(((size_t)n_nodes + 1) * sizeof *fill);
	memcpy(fill, tstart, ((size_t)n_nodes + 1) * sizeof *fill);
	for (uint32_t rank = 0; rank < 3; rank++)
		for (size_t a = 0; a < na; a++)
			if (rank_of(&b->aliases[a]) == rank)
				mterms[fill[end[a]]++] = (uint32_t)a;
	free(fill);
	free(label);
	free(parent);
	free(end);
	for (size_t a = 0; a < na; a++)
		maliases[a] = (mt_alias){b->aliases[a].entity, b->aliases[a].text_off,
		                         b->aliases[a].text_len, b->aliases[a].flags,
		                         b->aliases[a].ntok};
	for (size_t i = 0; i < b->n_ents; i++)
		ments[i] = (mt_entity){b->ents[i].id_off, b->ents[i].name_off, b->ents[i].parent,
		                       b->ents[i].kind, b->ents[i].categories, 0};
	memcpy(strings, b->strings.data, b->strings.len);

	rcp_matcher *m = rcp__xcalloc(1, sizeof *m);
	m->n_tokens = n_tokens;
	m->vocab_cap = vocab_cap;
	m->n_nodes = n_nodes;
	m->n_terms = (uint32_t)na;
	m->n_aliases = (uint32_t)na;
	m->n_entities = (uint32_t)b->n_ents;
	m->strings_len = (uint32_t)b->strings.len;
	m->max_tokens = max_tokens;
	m->filter_words = filter_words;
	m->pair_words = pair_words;
	m->pair_shift = pshift;
	m->pairs = pairs;
	m->vocab_shift = vshift;
	m->filter_shift = fshift;
	m->filter = filter;
	m->vocab = vocab;
	m->child_start = cstart;
	m->label = mlabel;
	m->term_start = tstart;
	m->terms = mterms;
	m->aliases = maliases;
	m->entities = ments;
	m->strings = strings;
	m->block = block;
	m->block_len = total;
	return m;
}
