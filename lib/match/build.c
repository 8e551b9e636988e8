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
	uint16_t flags, ntok;
} b_alias;

typedef struct b_entity {
	uint32_t id_off, name_off;
	char *parent_id;
	int32_t parent;
	uint8_t kind, categories;
} b_entity;

/* open addressing map: 64-bit key -> 32-bit value */
typedef struct u64map {
	uint64_t *keys;
	uint32_t *vals; /* 0 = empty */
	size_t cap, n;
} u64map;

static void map_grow(u64map *m)
{
	size_t cap = m->cap ? m->cap * 2 : 1024;
	uint64_t *keys = rcp__xcalloc(cap, sizeof *keys);
	uint32_t *vals = rcp__xcalloc(cap, sizeof *vals);
	for (size_t i = 0; i < m->cap; i++) {
		if (!m->vals[i])
			continue;
		size_t j = mt_hash_mix(m->keys[i]) & (cap - 1);
		while (vals[j])
			j = (j + 1) & (cap - 1);
		keys[j] = m->keys[i];
		vals[j] = m->vals[i];
	}
	free(m->keys);
	free(m->vals);
	m->keys = keys;
	m->vals = vals;
	m->cap = cap;
}

/* Value for key, or insert val (if non-zero) and return it; 0 if absent. */
static uint32_t map_get_put(u64map *m, uint64_t key, uint32_t val)
{
	if ((m->n + 1) * 2 > m->cap)
		map_grow(m);
	size_t j = mt_hash_mix(key) & (m->cap - 1);
	while (m->vals[j]) {
		if (m->keys[j] == key)
			return m->vals[j];
		j = (j + 1) & (m->cap - 1);
	}
	if (!val)
		return 0;
	m->keys[j] = key;
	m->vals[j] = val;
	m->n++;
	return val;
}

static void map_release(u64map *m)
{
	free(m->keys);
	free(m->vals);
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
	u64map seen;    /* (entity, alias text hash) -> 1: no duplicates */
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
	uint32_t id = map_get_put(&b->words, hash, 0);
	if (id)
		return id;
	if (b->n_words + 2 > b->cap_words) {
		b->cap_words = b->cap_words ? b->cap_words * 2 : 1024;
		b->tok_hash = rcp__xrealloc(b->tok_hash, b->cap_words * sizeof *b->tok_hash);
		b->tok_context = rcp__xrealloc(b->tok_context, b->cap_words);
	}
	id = (uint32_t)++b->n_words;
	b->tok_hash[id] = hash;
	b->tok_context[id] = 0;
	map_get_put(&b->words, hash, id);
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

/* Tokenize text into word ids appended to b->toks; returns the count. */
static size_t alias_words(mt_builder *b, const char *text, size_t len, uint32_t *first_start,
                          uint32_t *last_end)
{
	mt_tokenizer t;
	mt_tok tok;
	char f[8];
	size_t n = 0;
	mt_tokenizer_init(&t, text, len);
	while (mt_next(&t, &tok, f, sizeof f)) {
		if (b->n_toks == b->cap_toks) {
			b->cap_toks = b->cap_toks ? b->cap_toks * 2 : 4096;
			b->toks = rcp__xrealloc(b->toks, b->cap_toks * sizeof *b->toks);
		}
		b->toks[b->n_toks++] = word_id(b, tok.hash);
		if (!n && first_start)
			*first_start = tok.start;
		if (last_end)
			*last_end = tok.end;
		n++;
	}
	return n;
}

mt_builder *mt_builder_new(void)
{
	mt_builder *b = rcp__xcalloc(1, sizeof *b);
	rcp__buf_init(&b->strings, 0);
	(void)rcp__buf_putc(&b->strings, '\0'); /* offset 0 = "" */
	for (int i = 0; context_words[i]; i++) {
		uint32_t id = alias_words(b, context_words[i], strlen(context_words[i]), NULL, NULL);
		if (id == 1)
			b->tok_context[b->toks[b->n_toks - 1]] = 1;
		b->n_toks = 0;
	}
	return b;
}

void mt_builder_free(mt_builder *b)
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
	map_release(&b->seen);
	free(b);
}

uint32_t mt_builder_entity(mt_builder *b, const char *id, const char *name, int kind,
                           unsigned categories)
{
	if (b->n_ents == b->cap_ents) {
		b->cap_ents = b->cap_ents ? b->cap_ents * 2 : 256;
		b->ents = rcp__xrealloc(b->ents, b->cap_ents * sizeof *b->ents);
	}
	b_entity *e = &b->ents[b->n_ents];
	memset(e, 0, sizeof *e);
	e->id_off = add_string(b, id, strlen(id));
	e->name_off = add_string(b, name, strlen(name));
	e->parent = -1;
	e->kind = (uint8_t)(kind < 0 ? RCP_KIND_OTHER_ORG : kind);
	e->categories = (uint8_t)categories;
	uint32_t idx = (uint32_t)b->n_ents++;
	mt_builder_alias(b, idx, name, MT_NAME);
	return idx;
}

void mt_builder_parent(mt_builder *b, uint32_t entity, const char *parent_id)
{
	free(b->ents[entity].parent_id);
	b->ents[entity].parent_id = parent_id ? rcp__xstrdup(parent_id) : NULL;
}

static void add_alias(mt_builder *b, uint32_t entity, const char *text, size_t len,
                      unsigned flags)
{
	size_t tok_off = b->n_toks;
	size_t ntok = alias_words(b, text, len, NULL, NULL);
	if (!ntok || ntok > 64) {
		b->n_toks = tok_off;
		return;
	}
	/* the same words for the same entity once; the first spelling wins */
	uint64_t key = 1469598103934665603ull ^ ((uint64_t)entity * 0x9E3779B97F4A7C15ull);
	for (size_t i = 0; i < ntok; i++)
		key = mt_hash_mix(key ^ b->toks[tok_off + i]);
	key ^= (uint64_t)(flags & (MT_CASE_SENSITIVE | MT_CAPITALIZED)) << 60;
	if (!key)
		key = 1;
	if (map_get_put(&b->seen, key, 0)) {
		b->n_toks = tok_off;
		return;
	}
	map_get_put(&b->seen, key, 1);
	if (b->n_aliases == b->cap_aliases) {
		b->cap_aliases = b->cap_aliases ? b->cap_aliases * 2 : 1024;
		b->aliases = rcp__xrealloc(b->aliases, b->cap_aliases * sizeof *b->aliases);
	}
	b_alias *a = &b->aliases[b->n_aliases++];
	a->entity = entity;
	a->text_off = add_string(b, text, len);
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
	mt_tokenizer_init(&t, text, len);
	while (n < 64 && mt_next(&t, &toks[n], folded[n], 24))
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
				ok = strcmp(lf->w[j], folded[keep - k + j]) == 0;
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
	}
	add_alias(b, entity, vs, vl, flags);
}

void mt_builder_alias(mt_builder *b, uint32_t entity, const char *text, unsigned flags)
{
	size_t len = strlen(text);
	add_alias(b, entity, text, len, flags);
	if (!(flags & MT_DERIVED))
		derive(b, entity, text, len);
}

/* ---- flattening ---- */

typedef struct b_edge {
	uint32_t parent, token, child;
} b_edge;

static int cmp_edge(const void *x, const void *y)
{
	const b_edge *a = x, *b = y;
	if (a->parent != b->parent)
		return a->parent < b->parent ? -1 : 1;
	return a->token < b->token ? -1 : a->token > b->token;
}

typedef struct b_term {
	uint32_t node, alias, rank;
} b_term;

static int cmp_term(const void *x, const void *y)
{
	const b_term *a = x, *b = y;
	if (a->node != b->node)
		return a->node < b->node ? -1 : 1;
	if (a->rank != b->rank)
		return a->rank < b->rank ? -1 : 1;
	return a->alias < b->alias ? -1 : a->alias > b->alias;
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

rcp_matcher *mt_builder_finish(mt_builder *b, rcp_error *err)
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
	/* trie: node ids from 1 (0 is the root) */
	u64map kids = {0};
	size_t n_edges = 0, cap_edges = 1024;
	b_edge *edges = rcp__xmalloc(cap_edges * sizeof *edges);
	b_term *terms = rcp__xmalloc((b->n_aliases ? b->n_aliases : 1) * sizeof *terms);
	uint32_t n_nodes = 1, max_tokens = 0;
	for (size_t a = 0; a < b->n_aliases; a++) {
		const b_alias *al = &b->aliases[a];
		uint32_t node = 0;
		for (uint16_t k = 0; k < al->ntok; k++) {
			uint32_t tok = b->toks[al->tok_off + k];
			uint64_t key = ((uint64_t)node << 32) | tok;
			uint32_t child = map_get_put(&kids, key + 1, 0);
			if (!child) {
				child = n_nodes++;
				map_get_put(&kids, key + 1, child);
				if (n_edges == cap_edges) {
					cap_edges *= 2;
					edges = rcp__xrealloc(edges, cap_edges * sizeof *edges);
				}
				edges[n_edges++] = (b_edge){node, tok, child};
			}
			node = child;
		}
		terms[a] = (b_term){node, (uint32_t)a, rank_of(al)};
		if (al->ntok > max_tokens)
			max_tokens = al->ntok;
	}
	map_release(&kids);
	/* root edges first: they go to the root array, the rest to the table */
	qsort(edges, n_edges, sizeof *edges, cmp_edge);
	qsort(terms, b->n_aliases, sizeof *terms, cmp_term);

	/* one block: header-free layout of every table */
	uint32_t n_tokens = (uint32_t)b->n_words;
	uint32_t vocab_cap = 16;
	while (vocab_cap < (n_tokens + 1) * 2)
		vocab_cap *= 2;
	size_t n_root_edges = 0;
	while (n_root_edges < n_edges && edges[n_root_edges].parent == 0)
		n_root_edges++;
	uint32_t edge_cap = 16;
	while (edge_cap < (n_edges - n_root_edges) * 2)
		edge_cap *= 2;
	uint32_t bloom_bits = 64;
	while (bloom_bits < (n_tokens + 1) * 8)
		bloom_bits *= 2;
	size_t sz_bloom = (size_t)bloom_bits / 8;
	size_t sz_vocab = align8((size_t)vocab_cap * sizeof(mt_vocab));
	size_t sz_root = align8(((size_t)n_tokens + 1) * 4);
	size_t sz_edges = align8((size_t)edge_cap * sizeof(mt_edge));
	size_t sz_tstart = align8(((size_t)n_nodes + 1) * 4);
	size_t sz_terms = align8(b->n_aliases * 4);
	size_t sz_aliases = align8(b->n_aliases * sizeof(mt_alias));
	size_t sz_ents = align8(b->n_ents * sizeof(mt_entity));
	size_t sz_strings = align8(b->strings.len);
	size_t total = sz_bloom + sz_vocab + sz_root + sz_edges + sz_tstart + sz_terms +
	               sz_aliases + sz_ents + sz_strings;
	if (total > 0xFFFFFFF0u || b->strings.len > 0xFFFFFFF0u) {
		free(edges);
		free(terms);
		rcp__error_set(err, RCP_ETOOBIG, "registry too large to compile", NULL,
		               "%zu bytes of tables", total);
		return NULL;
	}
	char *block = rcp__xcalloc(1, total ? total : 8);
	char *p = block;
	uint64_t *bloom = (uint64_t *)p; p += sz_bloom;
	mt_vocab *vocab = (mt_vocab *)p; p += sz_vocab;
	uint32_t *root = (uint32_t *)p; p += sz_root;
	mt_edge *medges = (mt_edge *)p; p += sz_edges;
	uint32_t *tstart = (uint32_t *)p; p += sz_tstart;
	uint32_t *mterms = (uint32_t *)p; p += sz_terms;
	mt_alias *maliases = (mt_alias *)p; p += sz_aliases;
	mt_entity *ments = (mt_entity *)p; p += sz_ents;
	char *strings = p;

	for (uint32_t id = 1; id <= n_tokens; id++) {
		uint32_t j = (uint32_t)mt_hash_mix(b->tok_hash[id]) & (vocab_cap - 1);
		while (vocab[j].id)
			j = (j + 1) & (vocab_cap - 1);
		vocab[j].hash = b->tok_hash[id];
		vocab[j].id = id;
		uint32_t bit = (uint32_t)(mt_hash_mix(b->tok_hash[id]) >> 40) & (bloom_bits - 1);
		bloom[bit >> 6] |= 1ull << (bit & 63);
		vocab[j].flags = b->tok_context[id];
	}
	for (size_t e = 0; e < n_root_edges; e++)
		root[edges[e].token] = edges[e].child;
	for (size_t e = n_root_edges; e < n_edges; e++) {
		uint32_t j = mt_edge_slot(edges[e].parent, edges[e].token, edge_cap);
		while (medges[j].parent)
			j = (j + 1) & (edge_cap - 1);
		medges[j] = (mt_edge){edges[e].parent, edges[e].token, edges[e].child, 0};
	}
	size_t t = 0;
	for (uint32_t node = 0; node < n_nodes; node++) {
		tstart[node] = (uint32_t)t;
		while (t < b->n_aliases && terms[t].node == node) {
			mterms[t] = terms[t].alias;
			t++;
		}
	}
	tstart[n_nodes] = (uint32_t)t;
	for (size_t a = 0; a < b->n_aliases; a++)
		maliases[a] = (mt_alias){b->aliases[a].entity, b->aliases[a].text_off,
		                         b->aliases[a].text_len, b->aliases[a].flags,
		                         b->aliases[a].ntok};
	for (size_t i = 0; i < b->n_ents; i++)
		ments[i] = (mt_entity){b->ents[i].id_off, b->ents[i].name_off, b->ents[i].parent,
		                       b->ents[i].kind, b->ents[i].categories, 0};
	memcpy(strings, b->strings.data, b->strings.len);
	free(edges);
	free(terms);

	rcp_matcher *m = rcp__xcalloc(1, sizeof *m);
	m->n_tokens = n_tokens;
	m->vocab_cap = vocab_cap;
	m->n_nodes = n_nodes;
	m->edge_cap = edge_cap;
	m->n_terms = (uint32_t)b->n_aliases;
	m->n_aliases = (uint32_t)b->n_aliases;
	m->n_entities = (uint32_t)b->n_ents;
	m->strings_len = (uint32_t)b->strings.len;
	m->max_tokens = max_tokens;
	m->bloom_bits = bloom_bits;
	m->bloom = bloom;
	m->vocab = vocab;
	m->root = root;
	m->edges = medges;
	m->term_start = tstart;
	m->terms = mterms;
	m->aliases = maliases;
	m->entities = ments;
	m->strings = strings;
	m->block = block;
	m->block_len = total;
	return m;
}
