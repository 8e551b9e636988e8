/*
 * match.c — the matcher: holdings and names to registry companies,
 * explained.
 *
 * Identifiers first: ISIN, CUSIP (also the one inside a US or Canadian
 * ISIN, on both sides), SEDOL (inside a GB or IE ISIN), LEI, FIGI, then a
 * ticker with its market. A ticker is only believed when the holding's
 * name does not contradict it (tickers are reused, and a file from 2020
 * is screened against a registry of today).
 *
 * Then names. Every registry name and alias is normalized (namenorm.c)
 * and indexed by its words, by pairs of adjacent words written together
 * ("l3 harris" finds "l3harris"), by the whole normalized key and by the
 * key without spaces. A query retrieves candidates through its rarest
 * words only, so a common word never pulls in half the registry, and each
 * candidate is scored:
 *
 *   - the same key: 1.0; the same key without spaces: 0.98;
 *   - otherwise soft TF-IDF both ways: each word is weighted by its
 *     rarity in the registry (common words such as "holdings", "group",
 *     "international" weigh a tenth), words meet when equal, when
 *     Jaro-Winkler >= 0.92 for words of 5 letters or more, or when the
 *     last word of a truncated query is a prefix; the score is the mean of
 *     the weighted share of the query's words found in the name and of the
 *     name's words found in the query; each word on either side that says
 *     something (is not "holdings", "group" ...) and meets nothing then
 *     costs a tenth, whatever its weight.
 *
 * Guards, learnt from what users of yente and nomenklatura report:
 *   - a match needs one distinctive (not common) word of 3+ characters
 *     found on both sides: "Holding Group International" carries nothing;
 *   - names whose distinctive part is 4 characters or fewer ("GEO",
 *     "NICE", "HP") and case-sensitive aliases match only exactly;
 *   - aliases flagged ambiguous (they are ordinary words) never match a
 *     holding;
 *   - a German-style legal form (AG, GmbH) against a British or US one
 *     (Ltd, PLC, Inc) costs 0.3: "Siemens Ltd" is not "Siemens AG".
 * Only companies are indexed.
 */
#include <ctype.h>
#include <math.h>
#include <string.h>
#include <strings.h>

#include "names.h"

#define NO_ID UINT32_MAX
#define POSTING_CAP 20000 /* words on more names than this do not retrieve */
#define RETRIEVE_WORDS 3  /* rarest query words used to retrieve */
#define RETRIEVE_BUDGET 250 /* names retrieved past the rarest word */

/* ------------------------------------------------------------------ */
/* String map: key -> list of uint32 values                            */
/* ------------------------------------------------------------------ */

typedef struct link {
	uint32_t v, next;
} link;

typedef struct smap {
	const char **keys;
	uint64_t *hashes; /* of each key, so growing does not rehash strings */
	uint32_t *heads;  /* index into links, NO_ID when empty */
	size_t cap, n;
} smap;


static void smap_grow(smap *m)
{
	size_t cap = m->cap ? m->cap * 2 : 1024;
	const char **keys = rcp__xcalloc(cap, sizeof *keys);
	uint64_t *hashes = rcp__xmalloc(cap * sizeof *hashes);
	uint32_t *heads = rcp__xmalloc(cap * sizeof *heads);
	for (size_t i = 0; i < m->cap; i++) {
		if (!m->keys[i])
			continue;
		size_t j = m->hashes[i] & (cap - 1);
		while (keys[j])
			j = (j + 1) & (cap - 1);
		keys[j] = m->keys[i];
		hashes[j] = m->hashes[i];
		heads[j] = m->heads[i];
	}
	free(m->keys);
	free(m->hashes);
	free(m->heads);
	m->keys = keys;
	m->hashes = hashes;
	m->heads = heads;
	m->cap = cap;
}

/* Slot of key k[0..n), or -1 when absent and a is NULL; with an arena, the
 * key is added (copied into a). */
static long smap_slot(smap *m, const char *k, size_t n, rcp_arena *a)
{
	if (!m->cap) {
		if (!a)
			return -1;
		smap_grow(m);
	}
	uint64_t h = rcp__fnv1a(k, n);
	size_t j = h & (m->cap - 1);
	while (m->keys[j]) {
		if (m->hashes[j] == h && !memcmp(m->keys[j], k, n) && m->keys[j][n] == '\0')
			return (long)j;
		j = (j + 1) & (m->cap - 1);
	}
	if (!a)
		return -1;
	if ((m->n + 1) * 2 > m->cap) {
		smap_grow(m);
		return smap_slot(m, k, n, a);
	}
	m->keys[j] = rcp_arena_strndup(a, k, n);
	m->hashes[j] = h;
	m->heads[j] = NO_ID;
	m->n++;
	return (long)j;
}

static void smap_release(smap *m)
{
	free(m->keys);
	free(m->hashes);
	free(m->heads);
	memset(m, 0, sizeof *m);
}

/* ------------------------------------------------------------------ */
/* The matcher                                                         */
/* ------------------------------------------------------------------ */

typedef struct ent {
	const char *id, *name, *parent_id, *tier, *kind;
	uint32_t parent; /* index, NO_ID */
	uint32_t first_name, nnames; /* its names are contiguous in names[] */
	unsigned cats;
	unsigned forms;
} ent;

typedef struct nm {
	uint32_t ent;
	const char *text; /* as written */
	const char *key;  /* normalized */
	const char *compact;
	uint32_t *tok;    /* word ids */
	uint16_t klen, clen;
	uint8_t ntok;
	uint8_t exact_only;
	uint8_t flags;
	uint8_t forms;    /* RCP__FORM_* this name itself carried */
	float wsum;       /* sum of word weights */
} nm;

typedef struct pair {
	uint32_t tok, name;
} pair;

struct rcp_name_index {
	rcp_arena arena;
	ent *ents;
	size_t nents, cap_ents;
	nm *names;
	size_t nnames, cap_names;
	link *links;
	size_t nlinks, cap_links;
	smap ent_ids;   /* entity id -> entity */
	smap ids;       /* "isin:..." -> entities */
	smap keys;      /* normalized key -> names */
	smap compacts;  /* key without spaces -> names */
	smap words;     /* word -> word id (heads holds the id) */
	const char **word_text;
	uint16_t *word_len;
	uint8_t *word_org;  /* 1: an organizational word ("holdings") */
	uint32_t *df;
	float *weight;
	size_t nwords, cap_words;
	pair *pairs;
	size_t npairs, cap_pairs;
	uint32_t *post_off, *post;  /* CSR postings, built by rcp_name_index_build */
	int built;
	/* the compiled index (names.h): all a query reads. The tables above
	 * only serve adding and are freed when it is compiled. */
	nx_view v;
	unsigned char *block;
	size_t block_len;
	int mapped;
	char stamp[48]; /* registry stamp it was built at, "" when unknown */
};

static void push_link(rcp_name_index *m, smap *map, long slot, uint32_t v)
{
	/* no duplicates of the same value under one key. Values come in
	 * order (names and entities are numbered as they are added), so a
	 * duplicate can only be the head: walking the whole list made a key
	 * that a hundred thousand names share quadratic. */
	uint32_t h = map->heads[slot];
	if (h != NO_ID && m->links[h].v == v)
		return;
	if (m->nlinks == m->cap_links) {
		m->cap_links = m->cap_links ? m->cap_links * 2 : 4096;
		m->links = rcp__xrealloc(m->links, m->cap_links * sizeof *m->links);
	}
	m->links[m->nlinks].v = v;
	m->links[m->nlinks].next = map->heads[slot];
	map->heads[slot] = (uint32_t)m->nlinks++;
}

static void map_add(rcp_name_index *m, smap *map, const char *k, size_t n, uint32_t v)
{
	long slot = smap_slot(map, k, n, &m->arena);
	push_link(m, map, slot, v);
}

static uint32_t map_first(const rcp_name_index *m, const smap *map, const char *k, size_t n)
{
	long slot = smap_slot((smap *)map, k, n, NULL);
	return slot < 0 ? NO_ID : map->heads[slot];
}

rcp_name_index *rcp_name_index_new(void)
{
	rcp_name_index *m = rcp__xcalloc(1, sizeof *m);
	rcp__arena_init(&m->arena, 1 << 20);
	return m;
}

/* The tables only adding needs: freed once the index is compiled. */
static void release_builder(rcp_name_index *m)
{
	rcp_arena_release(&m->arena);
	free(m->ents);
	free(m->names);
	free(m->links);
	smap_release(&m->ent_ids);
	smap_release(&m->ids);
	smap_release(&m->keys);
	smap_release(&m->compacts);
	smap_release(&m->words);
	free(m->word_text);
	free(m->word_len);
	free(m->word_org);
	free(m->df);
	free(m->weight);
	free(m->pairs);
	free(m->post_off);
	free(m->post);
	m->ents = NULL;
	m->names = NULL;
	m->links = NULL;
	m->word_text = NULL;
	m->word_len = NULL;
	m->word_org = NULL;
	m->df = NULL;
	m->weight = NULL;
	m->pairs = NULL;
	m->post_off = m->post = NULL;
}

void rcp_name_index_free(rcp_name_index *m)
{
	if (!m)
		return;
	release_builder(m);
	if (m->mapped)
		rcp__nx_unmap(m->block, m->block_len);
	else
		free(m->block);
	free(m);
}

size_t rcp_name_index_size(const rcp_name_index *m)
{
	return m ? (m->built ? m->v.nents : m->nents) : 0;
}

static uint32_t word_id(rcp_name_index *m, const char *w, size_t n)
{
	long slot = smap_slot(&m->words, w, n, &m->arena);
	if (m->words.heads[slot] == NO_ID) {
		if (m->nwords == m->cap_words) {
			m->cap_words = m->cap_words ? m->cap_words * 2 : 4096;
			m->word_text = rcp__xrealloc(m->word_text, m->cap_words * sizeof *m->word_text);
		}
		m->word_text[m->nwords] = m->words.keys[slot];
		m->words.heads[slot] = (uint32_t)m->nwords++;
	}
	return m->words.heads[slot];
}

static void push_pair(rcp_name_index *m, uint32_t tok, uint32_t name)
{
	if (m->npairs == m->cap_pairs) {
		m->cap_pairs = m->cap_pairs ? m->cap_pairs * 2 : 1 << 16;
		m->pairs = rcp__xrealloc(m->pairs, m->cap_pairs * sizeof *m->pairs);
	}
	m->pairs[m->npairs].tok = tok;
	m->pairs[m->npairs].name = name;
	m->npairs++;
}

/* Compact form: the key without its spaces, into the arena. */
static const char *compact_of(rcp_arena *a, const char *key)
{
	size_t n = strlen(key);
	char *c = rcp_arena_alloc(a, n + 1);
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (key[i] != ' ')
			c[k++] = key[i];
	c[k] = '\0';
	return c;
}

/* Length of the distinctive part of a key: its words that are not common. */
static size_t distinctive_len(const char *key)
{
	size_t total = 0;
	for (const char *p = key; *p;) {
		while (*p == ' ')
			p++;
		const char *e = p;
		while (*e && *e != ' ')
			e++;
		if (e > p && !rcp__name_is_common(p, (size_t)(e - p)))
			total += (size_t)(e - p);
		p = e;
	}
	return total;
}

static void add_name(rcp_name_index *m, uint32_t e, const char *text, unsigned flags)
{
	unsigned forms;
	char *key = rcp__name_norm(text, strlen(text), &forms);
	if (!*key) {
		free(key);
		return;
	}
	m->ents[e].forms |= forms;
	if (m->nnames == m->cap_names) {
		m->cap_names = m->cap_names ? m->cap_names * 2 : 4096;
		m->names = rcp__xrealloc(m->names, m->cap_names * sizeof *m->names);
	}
	uint32_t ni = (uint32_t)m->nnames++;
	nm *n = &m->names[ni];
	memset(n, 0, sizeof *n);
	n->ent = e;
	n->flags = (uint8_t)flags;
	n->forms = (uint8_t)forms;
	n->text = rcp_arena_strndup(&m->arena, text, strlen(text));
	n->key = rcp_arena_strndup(&m->arena, key, strlen(key));
	n->compact = compact_of(&m->arena, key);
	n->klen = (uint16_t)(strlen(n->key) > 65535 ? 65535 : strlen(n->key));
	n->clen = (uint16_t)(strlen(n->compact) > 65535 ? 65535 : strlen(n->compact));
	n->exact_only = (flags & RCP_ALIAS_CASE_SENSITIVE) || distinctive_len(key) <= 4;
	free(key);
	map_add(m, &m->keys, n->key, strlen(n->key), ni);
	map_add(m, &m->compacts, n->compact, strlen(n->compact), ni);
	/* words */
	uint32_t ids[64];
	size_t nt = 0;
	const char *prev = NULL;
	size_t prevn = 0;
	for (const char *p = n->key; *p && nt < 64;) {
		while (*p == ' ')
			p++;
		const char *q = p;
		while (*q && *q != ' ')
			q++;
		if (q == p)
			break;
		uint32_t id = word_id(m, p, (size_t)(q - p));
		ids[nt++] = id;
		push_pair(m, id, ni);
		if (prev) { /* the pair written together retrieves too */
			char joined[128];
			size_t jl = prevn + (size_t)(q - p);
			if (jl < sizeof joined) {
				memcpy(joined, prev, prevn);
				memcpy(joined + prevn, p, (size_t)(q - p));
				push_pair(m, word_id(m, joined, jl), ni);
			}
		}
		prev = p;
		prevn = (size_t)(q - p);
		p = q;
	}
	n->ntok = (uint8_t)nt;
	n->tok = rcp_arena_alloc(&m->arena, (nt ? nt : 1) * sizeof *n->tok);
	memcpy(n->tok, ids, nt * sizeof *ids);
}

static void add_id(rcp_name_index *m, const char *scheme, const char *value, uint32_t e)
{
	char k[96];
	if (!strcmp(scheme, "ticker")) {
		const char *colon = strchr(value, ':');
		char sym[32];
		if (colon) {
			char exch[32];
			size_t en = (size_t)(colon - value);
			if (en >= sizeof exch)
				return;
			memcpy(exch, value, en);
			exch[en] = '\0';
			rcp__ticker_norm(colon + 1, sym);
			const char *mk = rcp__exchange_market(exch);
			if (mk && *sym) {
				snprintf(k, sizeof k, "tk:%s:%s", mk, sym);
				map_add(m, &m->ids, k, strlen(k), e);
			}
		} else {
			rcp__ticker_norm(value, sym);
		}
		if (*sym) {
			snprintf(k, sizeof k, "sym:%s", sym);
			map_add(m, &m->ids, k, strlen(k), e);
		}
		return;
	}
	char up[64];
	size_t n = strlen(value);
	if (n >= sizeof up)
		return;
	for (size_t i = 0; i <= n; i++)
		up[i] = (char)toupper((unsigned char)value[i]);
	snprintf(k, sizeof k, "%s:%s", scheme, up);
	map_add(m, &m->ids, k, strlen(k), e);
	if (!strcmp(scheme, "isin") && n == 12) {
		/* the CUSIP inside a CUSIP-numbered ISIN, the SEDOL inside GB/IE */
		static const char *const cusip_cc[] = {"US", "CA", "BM", "KY", "VG", "PR", NULL};
		for (int i = 0; cusip_cc[i]; i++)
			if (!strncmp(up, cusip_cc[i], 2)) {
				snprintf(k, sizeof k, "cusip:%.9s", up + 2);
				map_add(m, &m->ids, k, strlen(k), e);
			}
		if (!strncmp(up, "GB00", 4) || !strncmp(up, "IE00", 4)) {
			snprintf(k, sizeof k, "sedol:%.7s", up + 4);
			map_add(m, &m->ids, k, strlen(k), e);
		}
	}
}

rcp_status rcp_name_index_add(rcp_name_index *m, const rcp_name_entity *me, rcp_error *err)
{
	if (m->built)
		return rcp__error_set(err, RCP_EINVAL, "matcher already built", me->id, NULL);
	if (!me->id || !me->name)
		return rcp__error_set(err, RCP_EINVAL, "entity needs an id and a name",
		                      me->id ? me->id : "", NULL);
	if (me->kind && strcmp(me->kind, "company"))
		return RCP_OK; /* holdings are companies: nothing else is indexed */
	if (map_first(m, &m->ent_ids, me->id, strlen(me->id)) != NO_ID)
		return rcp__error_set(err, RCP_EINVAL, "duplicate entity", me->id, NULL);
	if (m->nents == m->cap_ents) {
		m->cap_ents = m->cap_ents ? m->cap_ents * 2 : 1024;
		m->ents = rcp__xrealloc(m->ents, m->cap_ents * sizeof *m->ents);
	}
	uint32_t e = (uint32_t)m->nents++;
	ent *x = &m->ents[e];
	memset(x, 0, sizeof *x);
#define DUP(s) ((s) ? rcp_arena_strndup(&m->arena, (s), strlen(s)) : NULL)
	x->id = DUP(me->id);
	x->name = DUP(me->name);
	x->parent_id = DUP(me->parent);
	x->tier = DUP(me->tier);
	x->kind = "company";
#undef DUP
	x->cats = me->categories;
	x->parent = NO_ID;
	map_add(m, &m->ent_ids, x->id, strlen(x->id), e);
	x->first_name = (uint32_t)m->nnames;
	add_name(m, e, me->name, 0);
	for (size_t i = 0; i < me->naliases; i++)
		add_name(m, e, me->aliases[i], me->alias_flags ? (unsigned)me->alias_flags[i] : 0);
	m->ents[e].nnames = (uint32_t)m->nnames - m->ents[e].first_name;
	for (size_t i = 0; i < me->nidentifiers; i++) {
		const char *colon = strchr(me->identifiers[i], ':');
		if (!colon)
			continue;
		char scheme[16];
		size_t sn = (size_t)(colon - me->identifiers[i]);
		if (sn >= sizeof scheme)
			continue;
		memcpy(scheme, me->identifiers[i], sn);
		scheme[sn] = '\0';
		add_id(m, scheme, colon + 1, e);
	}
	return RCP_OK;
}

/* ------------------------------------------------------------------ */
/* Compiling: the builder's tables into one flat block (names.h)       */
/* ------------------------------------------------------------------ */

typedef struct pool {
	char *p;
	size_t n, cap;
} pool;

/* Offset of a copy of s[0..n) with its NUL. Offsets are 32 bits: a
 * registry whose names pass 4 GiB is refused before (see compile). */
static uint32_t pool_add(pool *s, const char *str, size_t n)
{
	if (s->n + n + 1 > s->cap) {
		while (s->n + n + 1 > s->cap)
			s->cap = s->cap ? s->cap * 2 : 1 << 20;
		s->p = rcp__xrealloc(s->p, s->cap);
	}
	uint32_t at = (uint32_t)s->n;
	memcpy(s->p + s->n, str, n);
	s->p[s->n + n] = '\0';
	s->n += n + 1;
	return at;
}

static uint32_t pool_str(pool *s, const char *str)
{
	return str ? pool_add(s, str, strlen(str)) : NX_NONE;
}

/* Buckets for n keys: a power of two near n / 2, so a bucket holds two. */
static uint32_t buckets_for(size_t n)
{
	uint32_t nb = 1;
	while (nb < n / 2 && nb < (1u << 31))
		nb <<= 1;
	return nb;
}

/* Fill a bucketed table: key i has hash h[i] and value val[i] (i when
 * val is NULL). Within a bucket, keys keep their order. With key, the
 * key's string offset key[i] goes to skey at its slot's position. */
static void hash_fill(uint32_t *boff, nx_slot *slot, uint32_t nb, const uint64_t *h,
                      const uint32_t *val, size_t n, const uint32_t *key, uint32_t *skey)
{
	memset(boff, 0, ((size_t)nb + 1) * sizeof *boff);
	for (size_t i = 0; i < n; i++)
		boff[(h[i] & (nb - 1)) + 1]++;
	for (uint32_t b = 0; b < nb; b++)
		boff[b + 1] += boff[b];
	uint32_t *at = rcp__xmalloc((size_t)nb * sizeof *at);
	memcpy(at, boff, (size_t)nb * sizeof *at);
	for (size_t i = 0; i < n; i++) {
		uint32_t b = (uint32_t)(h[i] & (nb - 1));
		slot[at[b]].val = val ? val[i] : (uint32_t)i;
		if (key)
			skey[at[b]] = key[i];
		at[b]++;
	}
	free(at);
}

/* One string map of the builder, as it is stored: per key its hash and
 * what its slot holds, the one value under it (NX_SINGLE set: most keys
 * have one) or the number of its list; the lists of the other keys, in
 * the order a lookup walked them (newest first). */
typedef struct groups {
	size_t n, nlists, nvals;
	uint64_t *hash;
	uint32_t *slotval;
	uint32_t *key; /* string offset of the key, for maps that keep it */
	uint32_t *off, *vals;
} groups;

static void groups_of(const rcp_name_index *m, const smap *map, pool *strings, groups *g)
{
	memset(g, 0, sizeof *g);
	g->hash = rcp__xmalloc((map->n ? map->n : 1) * sizeof *g->hash);
	g->slotval = rcp__xmalloc((map->n ? map->n : 1) * sizeof *g->slotval);
	g->key = rcp__xmalloc((map->n ? map->n : 1) * sizeof *g->key);
	g->off = rcp__xmalloc((map->n + 1) * sizeof *g->off);
	size_t cap = 1024;
	g->vals = rcp__xmalloc(cap * sizeof *g->vals);
	for (size_t i = 0; i < map->cap; i++) {
		if (!map->keys[i])
			continue;
		g->hash[g->n] = map->hashes[i];
		g->key[g->n] = strings ? pool_str(strings, map->keys[i]) : NX_NONE;
		uint32_t head = map->heads[i];
		if (m->links[head].next == NO_ID) {
			g->slotval[g->n++] = NX_SINGLE | m->links[head].v;
			continue;
		}
		g->slotval[g->n++] = (uint32_t)g->nlists;
		g->off[g->nlists++] = (uint32_t)g->nvals;
		for (uint32_t l = head; l != NO_ID; l = m->links[l].next) {
			if (g->nvals == cap) {
				cap *= 2;
				g->vals = rcp__xrealloc(g->vals, cap * sizeof *g->vals);
			}
			g->vals[g->nvals++] = m->links[l].v;
		}
	}
	g->off[g->nlists] = (uint32_t)g->nvals;
}

static void groups_release(groups *g)
{
	free(g->hash);
	free(g->slotval);
	free(g->key);
	free(g->off);
	free(g->vals);
}

static void *sec(unsigned char *block, int i)
{
	return block + ((const nx_header *)block)->off[i];
}

/* Offset of a tier, each distinct one stored once (there are few). */
static uint32_t tier_str(pool *s, const char *tier, uint32_t *seen, size_t *nseen)
{
	if (!tier)
		return NX_NONE;
	for (size_t i = 0; i < *nseen; i++)
		if (!strcmp(s->p + seen[i], tier))
			return seen[i];
	uint32_t at = pool_str(s, tier);
	if (*nseen < 64)
		seen[(*nseen)++] = at;
	return at;
}

/* The builder's tables into m->block; the builder is freed. */
static void compile(rcp_name_index *m)
{
	pool strings = {0};
	/* names first, a name's text and key side by side, so that a query
	 * scoring a name reads one place; names of one key share its copy */
	nx_name *names = rcp__xmalloc((m->nnames ? m->nnames : 1) * sizeof *names);
	uint32_t *key_at = rcp__xmalloc((m->keys.cap ? m->keys.cap : 1) * sizeof *key_at);
	for (size_t i = 0; i < m->keys.cap; i++)
		key_at[i] = NX_NONE;
	size_t ntoks = 0;
	for (size_t i = 0; i < m->nnames; i++)
		ntoks += m->names[i].ntok;
	uint32_t *toks = rcp__xmalloc((ntoks ? ntoks : 1) * sizeof *toks);
	ntoks = 0;
	for (size_t i = 0; i < m->nnames; i++) {
		const nm *x = &m->names[i];
		nx_name *y = &names[i];
		memset(y, 0, sizeof *y);
		y->ent = x->ent;
		y->text = pool_str(&strings, x->text);
		long slot = smap_slot(&m->keys, x->key, strlen(x->key), NULL);
		if (slot >= 0 && key_at[slot] != NX_NONE) {
			y->key = key_at[slot];
		} else {
			y->key = pool_str(&strings, x->key);
			if (slot >= 0)
				key_at[slot] = y->key;
		}
		y->tok = (uint32_t)ntoks;
		memcpy(toks + ntoks, x->tok, x->ntok * sizeof *toks);
		ntoks += x->ntok;
		y->klen = x->klen;
		y->clen = x->clen;
		y->ntok = x->ntok;
		y->exact_only = x->exact_only;
		y->flags = x->flags;
		y->forms = x->forms;
		y->wsum = x->wsum;
	}
	free(key_at);
	/* entities: a name that is its first name's text is that copy */
	nx_ent *ents = rcp__xmalloc((m->nents ? m->nents : 1) * sizeof *ents);
	uint32_t tiers[64];
	size_t ntiers = 0;
	for (size_t i = 0; i < m->nents; i++) {
		const ent *x = &m->ents[i];
		nx_ent *y = &ents[i];
		y->id = pool_str(&strings, x->id);
		y->name = x->nnames && !strcmp(x->name, m->names[x->first_name].text)
		              ? names[x->first_name].text
		              : pool_str(&strings, x->name);
		y->tier = tier_str(&strings, x->tier, tiers, &ntiers);
		y->parent = x->parent;
		y->first_name = x->first_name;
		y->nnames = x->nnames;
		y->cats = (uint16_t)x->cats;
		y->forms = (uint8_t)x->forms;
		y->pad = 0;
	}
	nx_word *words = rcp__xmalloc((m->nwords ? m->nwords : 1) * sizeof *words);
	uint64_t *whash = rcp__xmalloc((m->nwords ? m->nwords : 1) * sizeof *whash);
	for (size_t i = 0; i < m->nwords; i++) {
		size_t l = strlen(m->word_text[i]);
		words[i].text = pool_add(&strings, m->word_text[i], l);
		words[i].df = m->df[i];
		words[i].weight = m->weight[i];
		words[i].len = m->word_len[i];
		words[i].org = m->word_org[i];
		words[i].pad = 0;
		whash[i] = rcp__fnv1a(m->word_text[i], l);
	}
	groups keys, comps, ids;
	groups_of(m, &m->keys, NULL, &keys);
	groups_of(m, &m->compacts, NULL, &comps);
	groups_of(m, &m->ids, &strings, &ids);
	if (strings.n > UINT32_MAX - 1) { /* 32-bit offsets: a limit, said */
		fputs("receipts: a registry whose names pass 4 GiB cannot be indexed\n", stderr);
		abort();
	}
	/* the builder is done with, but for the postings copied below: freed
	 * before the block is made, so a build peaks lower */
	uint32_t *post_off = m->post_off, *post = m->post;
	size_t nwords = m->nwords, nents = m->nents, nnames = m->nnames;
	m->post_off = m->post = NULL;
	release_builder(m);

	uint32_t nb_w = buckets_for(nwords), nb_k = buckets_for(keys.n),
	         nb_c = buckets_for(comps.n), nb_i = buckets_for(ids.n);
	uint64_t n[NX_NSEC] = {
		[NX_ENTS] = nents, [NX_NAMES] = nnames, [NX_TOKS] = ntoks,
		[NX_WORDS] = nwords, [NX_POST_OFF] = nwords + 1,
		[NX_POST] = post_off[nwords],
		[NX_WORD_B] = nb_w + 1, [NX_WORD_S] = nwords,
		[NX_KEY_B] = nb_k + 1, [NX_KEY_S] = keys.n, [NX_KEY_OFF] = keys.nlists + 1,
		[NX_KEY_POST] = keys.nvals,
		[NX_COMP_B] = nb_c + 1, [NX_COMP_S] = comps.n, [NX_COMP_OFF] = comps.nlists + 1,
		[NX_COMP_POST] = comps.nvals,
		[NX_ID_B] = nb_i + 1, [NX_ID_S] = ids.n, [NX_ID_KEY] = ids.n, [NX_ID_OFF] = ids.nlists + 1,
		[NX_ID_POST] = ids.nvals,
		[NX_STRINGS] = strings.n ? strings.n : 1,
	};
	nx_header h;
	memset(&h, 0, sizeof h);
	memcpy(h.magic, NX_MAGIC, 8);
	h.version = NX_VERSION;
	h.header_size = NX_HEADER;
	h.byte_order = NX_BYTE_ORDER;
	uint64_t at = NX_HEADER;
	for (int i = 0; i < NX_NSEC; i++) {
		h.off[i] = at;
		h.n[i] = n[i];
		at += (n[i] * rcp__nx_elem[i] + 7) & ~(uint64_t)7;
	}
	h.block_len = at;
	unsigned char *block = rcp__xcalloc(1, (size_t)at);
	memcpy(block, &h, sizeof h);
	memcpy(sec(block, NX_ENTS), ents, nents * sizeof *ents);
	memcpy(sec(block, NX_NAMES), names, nnames * sizeof *names);
	memcpy(sec(block, NX_TOKS), toks, ntoks * sizeof *toks);
	memcpy(sec(block, NX_WORDS), words, nwords * sizeof *words);
	memcpy(sec(block, NX_POST_OFF), post_off, (nwords + 1) * sizeof *post_off);
	memcpy(sec(block, NX_POST), post, post_off[nwords] * sizeof *post);
	hash_fill(sec(block, NX_WORD_B), sec(block, NX_WORD_S), nb_w, whash, NULL, nwords, NULL,
	          NULL);
	hash_fill(sec(block, NX_KEY_B), sec(block, NX_KEY_S), nb_k, keys.hash, keys.slotval, keys.n,
	          NULL, NULL);
	memcpy(sec(block, NX_KEY_OFF), keys.off, (keys.nlists + 1) * sizeof *keys.off);
	memcpy(sec(block, NX_KEY_POST), keys.vals, keys.nvals * sizeof *keys.vals);
	hash_fill(sec(block, NX_COMP_B), sec(block, NX_COMP_S), nb_c, comps.hash, comps.slotval,
	          comps.n, NULL, NULL);
	memcpy(sec(block, NX_COMP_OFF), comps.off, (comps.nlists + 1) * sizeof *comps.off);
	memcpy(sec(block, NX_COMP_POST), comps.vals, comps.nvals * sizeof *comps.vals);
	hash_fill(sec(block, NX_ID_B), sec(block, NX_ID_S), nb_i, ids.hash, ids.slotval, ids.n,
	          ids.key, sec(block, NX_ID_KEY));
	memcpy(sec(block, NX_ID_OFF), ids.off, (ids.nlists + 1) * sizeof *ids.off);
	memcpy(sec(block, NX_ID_POST), ids.vals, ids.nvals * sizeof *ids.vals);
	memcpy(sec(block, NX_STRINGS), strings.p ? strings.p : "", strings.n ? strings.n : 1);
	free(ents);
	free(names);
	free(toks);
	free(words);
	free(whash);
	groups_release(&keys);
	groups_release(&comps);
	groups_release(&ids);
	free(strings.p);
	free(post_off);
	free(post);
	m->block = block;
	m->block_len = (size_t)at;
	m->mapped = 0;
	rcp__nx_view(&m->v, block);
}

/* A compiled index around a block: takes block (heap: freed with free();
 * mapped: unmapped with rcp__nx_unmap()). */
static rcp_name_index *wrap(void *block, size_t len, int mapped)
{
	rcp_name_index *m = rcp__xcalloc(1, sizeof *m);
	rcp__arena_init(&m->arena, 64);
	m->block = block;
	m->block_len = len;
	m->mapped = mapped;
	m->built = 1;
	rcp__nx_view(&m->v, block);
	return m;
}

rcp_status rcp_name_index_save(const rcp_name_index *m, const char *stamp, const char *path,
                               rcp_error *err)
{
	if (!m->built)
		return rcp__error_set(err, RCP_EINVAL, "name index not built", path, NULL);
	return rcp__nx_save(m->block, m->block_len, stamp, path, err);
}

rcp_name_index *rcp_name_index_map(const char *path, char stamp[48], rcp_error *err)
{
	size_t len;
	void *block = rcp__nx_map(path, stamp, &len, err);
	return block ? wrap(block, len, 1) : NULL;
}

/* ---- lookups in the compiled tables ---- */

/* The slot of key k[0..n) in the bucketed table whose buckets are
 * section bsec, when same(v, slot, k, n) says it is that key's; NX_NONE
 * when absent. */
static uint32_t nx_find(const nx_view *v, int bsec, const char *k, size_t n,
                        int (*same)(const nx_view *v, uint32_t slot, const char *k, size_t n))
{
	const uint32_t *boff = v->sec32[bsec];
	uint64_t nb = v->n[bsec] - 1;
	uint64_t h = rcp__fnv1a(k, n);
	uint64_t b = h & (nb - 1);
	for (uint32_t i = boff[b]; i < boff[b + 1]; i++)
		if (same(v, i, k, n))
			return i;
	return NX_NONE;
}

/* Is the string at off exactly k[0..n)? Its length first: a shorter
 * string ends before n bytes, and memcmp must not read past its end (the
 * last string of the block ends the mapping). */
static int str_is(const nx_view *v, uint32_t off, const char *k, size_t n)
{
	const char *s = v->strings + off;
	return strnlen(s, n + 1) == n && !memcmp(s, k, n);
}

static int same_word(const nx_view *v, uint32_t slot, const char *k, size_t n)
{
	uint32_t id = v->word_s[slot].val;
	return v->words[id].len == (n > 65535 ? 65535 : n) && str_is(v, v->words[id].text, k, n);
}

/* The first value under a slot of a map with lists. */
static uint32_t first_val(const nx_view *v, const nx_slot *s, int offsec, int postsec,
                          uint32_t slot)
{
	uint32_t val = s[slot].val;
	return val & NX_SINGLE ? val & ~NX_SINGLE : v->sec32[postsec][v->sec32[offsec][val]];
}

static int same_key(const nx_view *v, uint32_t slot, const char *k, size_t n)
{
	uint32_t name = first_val(v, v->key_s, NX_KEY_OFF, NX_KEY_POST, slot);
	return str_is(v, v->names[name].key, k, n);
}

/* 1 when the first n letters of key, its spaces skipped, are c[0..n);
 * with end set, when there are no more. The compact form of a key is
 * not stored: it is the key without its spaces. */
static int compact_is(const char *key, const char *c, size_t n, int end)
{
	size_t i = 0;
	for (; *key && i < n; key++) {
		if (*key == ' ')
			continue;
		if (*key != c[i++])
			return 0;
	}
	if (i < n)
		return 0;
	while (end && *key == ' ')
		key++;
	return !end || !*key;
}

static int same_compact(const nx_view *v, uint32_t slot, const char *k, size_t n)
{
	uint32_t name = first_val(v, v->comp_s, NX_COMP_OFF, NX_COMP_POST, slot);
	return compact_is(v->strings + v->names[name].key, k, n, 1);
}

static int same_id(const nx_view *v, uint32_t slot, const char *k, size_t n)
{
	return str_is(v, v->sec32[NX_ID_KEY][slot], k, n);
}

/* A list of values: names under a key, entities under an identifier. */
typedef struct nx_list {
	const uint32_t *v;
	uint32_t n;
	uint32_t one; /* the value, when it is the only one (v NULL) */
} nx_list;

static nx_list list_at(const nx_view *v, const nx_slot *s, int offsec, int postsec,
                       uint32_t slot)
{
	nx_list l = {NULL, 0, 0};
	if (slot == NX_NONE)
		return l;
	uint32_t val = s[slot].val;
	if (val & NX_SINGLE) {
		l.one = val & ~NX_SINGLE;
		l.n = 1;
		return l;
	}
	const uint32_t *off = v->sec32[offsec];
	l.v = v->sec32[postsec] + off[val];
	l.n = off[val + 1] - off[val];
	return l;
}

/* Value i of a list. */
static uint32_t list_val(const nx_list *l, uint32_t i)
{
	return l->v ? l->v[i] : l->one;
}

static nx_list names_by_key(const rcp_name_index *m, const char *k)
{
	size_t n = strlen(k);
	return list_at(&m->v, m->v.key_s, NX_KEY_OFF, NX_KEY_POST,
	               nx_find(&m->v, NX_KEY_B, k, n, same_key));
}

static nx_list names_by_compact(const rcp_name_index *m, const char *k)
{
	size_t n = strlen(k);
	return list_at(&m->v, m->v.comp_s, NX_COMP_OFF, NX_COMP_POST,
	               nx_find(&m->v, NX_COMP_B, k, n, same_compact));
}

static nx_list ents_by_id(const rcp_name_index *m, const char *k, size_t n)
{
	return list_at(&m->v, m->v.id_s, NX_ID_OFF, NX_ID_POST,
	               nx_find(&m->v, NX_ID_B, k, n, same_id));
}

static uint32_t word_find(const rcp_name_index *m, const char *w, size_t n)
{
	uint32_t slot = nx_find(&m->v, NX_WORD_B, w, n, same_word);
	return slot == NX_NONE ? NX_NONE : m->v.word_s[slot].val;
}

#define STR(m, off) ((m)->v.strings + (off))

void rcp_name_index_build(rcp_name_index *m)
{
	if (m->built)
		return;
	m->built = 1;
	for (size_t i = 0; i < m->nents; i++)
		if (m->ents[i].parent_id)
			m->ents[i].parent = map_first(m, &m->ent_ids, m->ents[i].parent_id,
			                              strlen(m->ents[i].parent_id)) == NO_ID
			                        ? NO_ID
			                        : m->links[map_first(m, &m->ent_ids,
			                                             m->ents[i].parent_id,
			                                             strlen(m->ents[i].parent_id))].v;
	/* postings in CSR form. A name that repeats a word ("PIMCO Global
	 * Bond Fund ... PIMCO") made two pairs for it; it is posted once, and
	 * the offsets are counted from what was posted, not from the pairs,
	 * so no slot of a word's range is left unwritten. A word's pairs come
	 * in name order, so a repeat is the posting just before. */
	m->df = rcp__xcalloc(m->nwords ? m->nwords : 1, sizeof *m->df);
	m->post_off = rcp__xcalloc(m->nwords + 1, sizeof *m->post_off);
	for (size_t i = 0; i < m->npairs; i++)
		m->post_off[m->pairs[i].tok + 1]++;
	for (size_t i = 0; i < m->nwords; i++)
		m->post_off[i + 1] += m->post_off[i];
	m->post = rcp__xmalloc((m->npairs ? m->npairs : 1) * sizeof *m->post);
	for (size_t i = 0; i < m->npairs; i++) {
		uint32_t t = m->pairs[i].tok;
		uint32_t at = m->post_off[t] + m->df[t];
		if (m->df[t] && m->post[at - 1] == m->pairs[i].name)
			continue;
		m->post[at] = m->pairs[i].name;
		m->df[t]++;
	}
	/* close the gaps the repeats left: each range moves down to follow
	 * the one before it */
	uint32_t to = 0;
	for (size_t i = 0; i < m->nwords; i++) {
		uint32_t from = m->post_off[i];
		if (to != from)
			memmove(m->post + to, m->post + from, m->df[i] * sizeof *m->post);
		m->post_off[i] = to;
		to += m->df[i];
	}
	m->post_off[m->nwords] = to;
	free(m->pairs);
	m->pairs = NULL;
	m->npairs = m->cap_pairs = 0;
	m->weight = rcp__xmalloc((m->nwords ? m->nwords : 1) * sizeof *m->weight);
	m->word_len = rcp__xmalloc((m->nwords ? m->nwords : 1) * sizeof *m->word_len);
	m->word_org = rcp__xmalloc(m->nwords ? m->nwords : 1);
	for (size_t i = 0; i < m->nwords; i++) {
		size_t l = strlen(m->word_text[i]);
		m->word_len[i] = (uint16_t)(l > 65535 ? 65535 : l);
		m->word_org[i] = (uint8_t)rcp__name_is_organizational(m->word_text[i], l);
	}
	double N = (double)(m->nnames ? m->nnames : 1);
	for (size_t i = 0; i < m->nwords; i++) {
		const char *w = m->word_text[i];
		double wt = log(1.0 + N / (double)(m->df[i] ? m->df[i] : 1));
		if (rcp__name_is_organizational(w, strlen(w)))
			wt *= 0.1;
		m->weight[i] = (float)wt;
	}
	for (size_t i = 0; i < m->nnames; i++) {
		float s = 0;
		for (size_t k = 0; k < m->names[i].ntok; k++)
			s += m->weight[m->names[i].tok[k]];
		m->names[i].wsum = s;
	}
	compile(m);
}

/* The invariants a query relies on, on the compiled tables: what was
 * built here and what was mapped from a file alike. */
const char *rcp__name_index_check(const rcp_name_index *m)
{
	if (!m->built)
		return "not built";
	const nx_view *v = &m->v;
	if (v->nwords && v->post_off[0] != 0)
		return "postings do not start at 0";
	if (v->post_off[v->nwords] != v->n[NX_POST])
		return "postings do not end where they should";
	for (size_t i = 0; i < v->nwords; i++) {
		uint32_t a = v->post_off[i], b = v->post_off[i + 1];
		if (b < a)
			return "postings out of order";
		if (b - a != v->words[i].df)
			return "document frequency differs from the postings";
		for (uint32_t k = a; k < b; k++) {
			if (v->post[k] >= v->nnames)
				return "a posting past the last name";
			if (k > a && v->post[k] <= v->post[k - 1])
				return "a word posts a name twice or out of order";
		}
		if (v->words[i].text >= v->n[NX_STRINGS] ||
		    v->words[i].len > v->n[NX_STRINGS] - v->words[i].text)
			return "a word past the strings";
	}
	for (size_t i = 0; i < v->nnames; i++) {
		const nx_name *n = &v->names[i];
		if (n->ent >= v->nents)
			return "a name of no entity";
		if ((uint64_t)n->tok + n->ntok > v->n[NX_TOKS])
			return "a name's words past the table";
		for (size_t k = 0; k < n->ntok; k++)
			if (v->toks[n->tok + k] >= v->nwords)
				return "a name with an unknown word";
		if (n->text >= v->n[NX_STRINGS] || n->key >= v->n[NX_STRINGS])
			return "a name past the strings";
	}
	/* the maps: buckets in order, values in range */
	static const struct {
		int b, s, off, post;
		int ents; /* values are entities, not names */
	} maps[] = {
		{NX_WORD_B, NX_WORD_S, -1, -1, 0}, {NX_KEY_B, NX_KEY_S, NX_KEY_OFF, NX_KEY_POST, 0},
		{NX_COMP_B, NX_COMP_S, NX_COMP_OFF, NX_COMP_POST, 0},
		{NX_ID_B, NX_ID_S, NX_ID_OFF, NX_ID_POST, 1},
	};
	for (size_t k = 0; k < sizeof maps / sizeof maps[0]; k++) {
		const uint32_t *boff = v->sec32[maps[k].b];
		uint64_t nb = v->n[maps[k].b] - 1, ns = v->n[maps[k].s];
		const nx_slot *slot =
			(const nx_slot *)(m->block + ((const nx_header *)m->block)->off[maps[k].s]);
		if (boff[0] != 0 || boff[nb] != ns)
			return "a hash table does not cover its slots";
		for (uint64_t b = 0; b < nb; b++)
			if (boff[b + 1] < boff[b])
				return "hash buckets out of order";
		if (maps[k].off < 0) {
			for (uint64_t i = 0; i < ns; i++)
				if (slot[i].val >= v->nwords)
					return "a hash slot past its table";
			continue;
		}
		const uint32_t *off = v->sec32[maps[k].off], *post = v->sec32[maps[k].post];
		uint64_t limit = maps[k].ents ? v->nents : v->nnames;
		uint64_t nlists = v->n[maps[k].off] - 1;
		for (uint64_t i = 0; i < ns; i++)
			if (slot[i].val & NX_SINGLE ? (slot[i].val & ~NX_SINGLE) >= limit
			                             : slot[i].val >= nlists)
				return "a hash slot past its table";
		if (off[0] != 0 || off[nlists] != v->n[maps[k].post])
			return "a map's lists do not cover its values";
		for (uint64_t g = 0; g < nlists; g++)
			if (off[g + 1] <= off[g])
				return "a map's key without values";
		for (uint64_t i = 0; i < v->n[maps[k].post]; i++)
			if (post[i] >= limit)
				return "a map's value past its table";
	}
	for (uint64_t g = 0; g < v->n[NX_ID_KEY]; g++)
		if (v->sec32[NX_ID_KEY][g] >= v->n[NX_STRINGS])
			return "an identifier past the strings";
	for (size_t i = 0; i < v->nents; i++) {
		const nx_ent *e = &v->ents[i];
		if (e->parent != NX_NONE && e->parent >= v->nents)
			return "a parent of no entity";
		if ((uint64_t)e->first_name + e->nnames > v->nnames)
			return "an entity's names past the table";
		if (e->id >= v->n[NX_STRINGS] || e->name >= v->n[NX_STRINGS] ||
		    (e->tier != NX_NONE && e->tier >= v->n[NX_STRINGS]))
			return "an entity past the strings";
	}
	return NULL;
}

/* ------------------------------------------------------------------ */
/* Loading from the store                                              */
/* ------------------------------------------------------------------ */

/* Every company of the store, built. */
static rcp_name_index *build_from_db(rcp_db *db, rcp_error *err)
{
	rcp_name_index *m = rcp_name_index_new();
	sqlite3_stmt *st = NULL;
	if (rcp__db_prepare(db,
	                    "SELECT id, name, parent, tier,"
	                    " (SELECT group_concat(category, ' ') FROM entity_category c"
	                    "   WHERE c.entity = e.id)"
	                    " FROM entity e WHERE merged_into IS NULL AND kind = 'company'"
	                    " ORDER BY id",
	                    &st, err) != RCP_OK)
		goto fail;
	int r;
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		rcp_name_entity me = {0};
		me.id = rcp__col_text(st, 0);
		me.name = rcp__col_text(st, 1);
		me.parent = rcp__col_text(st, 2);
		me.tier = rcp__col_text(st, 3);
		me.kind = "company";
		const char *cats = rcp__col_text(st, 4);
		if (cats) {
			char buf[128];
			snprintf(buf, sizeof buf, "%s", cats);
			char *save = NULL;
			for (char *p = strtok_r(buf, " ", &save); p; p = strtok_r(NULL, " ", &save))
				me.categories |= rcp_category_parse(p);
		}
		/* aliases */
		const char **al = NULL;
		int *af = NULL;
		size_t na = 0, ca = 0;
		char **ids = NULL;
		size_t ni = 0, ci = 0;
		sqlite3_stmt *q;
		if (rcp__db_stmt(db, "SELECT text, flags FROM alias WHERE entity = ? ORDER BY id", &q,
		                 err) != RCP_OK)
			goto fail;
		rcp__bind_text(q, 1, me.id);
		while (sqlite3_step(q) == SQLITE_ROW) {
			if (na == ca) {
				ca = ca ? ca * 2 : 8;
				al = rcp__xrealloc(al, ca * sizeof *al);
				af = rcp__xrealloc(af, ca * sizeof *af);
			}
			al[na] = rcp__xstrdup(rcp__col_text(q, 0));
			af[na++] = sqlite3_column_int(q, 1);
		}
		sqlite3_reset(q);
		if (rcp__db_stmt(db, "SELECT scheme, value FROM identifier WHERE entity = ?", &q,
		                 err) != RCP_OK) {
			for (size_t i = 0; i < na; i++)
				free((char *)al[i]);
			free(al);
			free(af);
			goto fail;
		}
		rcp__bind_text(q, 1, me.id);
		while (sqlite3_step(q) == SQLITE_ROW) {
			if (ni == ci) {
				ci = ci ? ci * 2 : 8;
				ids = rcp__xrealloc(ids, ci * sizeof *ids);
			}
			const char *sc = rcp__col_text(q, 0), *va = rcp__col_text(q, 1);
			size_t len = strlen(sc) + strlen(va) + 2;
			ids[ni] = rcp__xmalloc(len);
			snprintf(ids[ni++], len, "%s:%s", sc, va);
		}
		sqlite3_reset(q);
		me.aliases = al;
		me.alias_flags = af;
		me.naliases = na;
		me.identifiers = (const char *const *)ids;
		me.nidentifiers = ni;
		rcp_status rc = rcp_name_index_add(m, &me, err);
		for (size_t i = 0; i < na; i++)
			free((char *)al[i]);
		free(al);
		free(af);
		for (size_t i = 0; i < ni; i++)
			free(ids[i]);
		free(ids);
		if (rc != RCP_OK)
			goto fail;
	}
	if (r != SQLITE_DONE) {
		rcp__error_db(err, db->sql, "cannot read the registry");
		goto fail;
	}
	sqlite3_finalize(st);
	rcp_name_index_build(m);
	return m;
fail:
	sqlite3_finalize(st);
	rcp_name_index_free(m);
	return NULL;
}

static void names_path(rcp_db *db, char *out, size_t cap)
{
	snprintf(out, cap, "%s.names", db->path);
}

const char *rcp_name_index_stamp(const rcp_name_index *m)
{
	return m->stamp;
}

rcp_name_index *rcp_name_index_build_db(rcp_db *db, rcp_error *err)
{
	/* the stamp and the rows from one snapshot: a registry written
	 * meanwhile is a newer version, not half of this one */
	int own = sqlite3_get_autocommit(db->sql) &&
	          sqlite3_exec(db->sql, "BEGIN", NULL, NULL, NULL) == SQLITE_OK;
	char stamp[48];
	rcp_registry_stamp(db, stamp);
	rcp_name_index *m = build_from_db(db, err);
	if (own)
		sqlite3_exec(db->sql, "COMMIT", NULL, NULL, NULL);
	if (!m)
		return NULL;
	memcpy(m->stamp, stamp, sizeof m->stamp);
	if (strcmp(db->path, ":memory:")) {
		char path[4200];
		names_path(db, path, sizeof path);
		(void)rcp_name_index_save(m, stamp, path, NULL); /* a cache: failing to write is fine */
	}
	return m;
}

rcp_name_index *rcp_name_index_open_file(rcp_db *db, int *current, rcp_error *err)
{
	*current = 0;
	if (!strcmp(db->path, ":memory:")) {
		rcp__error_set(err, RCP_ENOTFOUND, "no name index file", db->path, NULL);
		return NULL;
	}
	char path[4200], stamp[48], now[48];
	names_path(db, path, sizeof path);
	rcp_name_index *m = rcp_name_index_map(path, stamp, err);
	if (!m)
		return NULL;
	memcpy(m->stamp, stamp, sizeof m->stamp);
	rcp_registry_stamp(db, now);
	*current = !strcmp(stamp, now);
	return m;
}

struct rcp_name_rebuild {
	char *path;
};

rcp_name_rebuild *rcp_name_rebuild_new(rcp_db *db)
{
	rcp_name_rebuild *rb = rcp__xcalloc(1, sizeof *rb);
	rb->path = rcp__xstrdup(db->path);
	return rb;
}

rcp_name_index *rcp_name_rebuild_run(rcp_name_rebuild *rb, rcp_error *err)
{
	/* as it is: a rebuild reads, and leaves interrupted work to writers */
	rcp_db *db = rcp_db_open(rb->path, RCP_OPEN_EXISTING | RCP_OPEN_AS_IS, err);
	if (!db)
		return NULL;
	rcp_name_index *m = rcp_name_index_build_db(db, err);
	rcp_db_close(db);
	return m;
}

void rcp_name_rebuild_free(rcp_name_rebuild *rb)
{
	if (!rb)
		return;
	free(rb->path);
	free(rb);
}

rcp_name_index *rcp_name_index_load(rcp_db *db, rcp_error *err)
{
	int current;
	rcp_name_index *m = rcp_name_index_open_file(db, &current, NULL);
	if (m && current)
		return m;
	rcp_name_index_free(m);
	return rcp_name_index_build_db(db, err);
}

/* ------------------------------------------------------------------ */
/* Scoring                                                             */
/* ------------------------------------------------------------------ */

#define QMAX 32

typedef struct query {
	const char *key;
	const char *compact;
	size_t klen, clen;
	unsigned forms;
	int truncated;          /* looks cut at a fixed width: last word may be a prefix */
	size_t nt;
	const char *w[QMAX];
	size_t wn[QMAX];
	uint32_t id[QMAX];
	uint8_t org[QMAX]; /* organizational word */
	uint8_t common[QMAX];
	float wt[QMAX];
	float wsum;
} query;

static void query_init(const rcp_name_index *m, query *q, const char *name, char **keybuf,
                       char **compbuf)
{
	memset(q, 0, sizeof *q);
	size_t rawlen = strlen(name);
	*keybuf = rcp__name_norm(name, rawlen, &q->forms);
	q->key = *keybuf;
	size_t kl = strlen(q->key);
	char *c = rcp__xmalloc(kl + 1);
	size_t k = 0;
	for (size_t i = 0; i < kl; i++)
		if (q->key[i] != ' ')
			c[k++] = q->key[i];
	c[k] = '\0';
	*compbuf = c;
	q->compact = c;
	q->klen = kl;
	q->clen = k;
	/* iShares cuts names at 34 characters, others at 30 or 35: a long name
	 * that does not end in a legal form or share class may have been cut */
	while (rawlen && name[rawlen - 1] == ' ')
		rawlen--;
	q->truncated = 0;
	if (rawlen >= 28) {
		size_t b = rawlen;
		while (b && isalnum((unsigned char)name[b - 1]))
			b--;
		char lw[16];
		size_t ln = rawlen - b;
		if (ln && ln < sizeof lw) {
			for (size_t i = 0; i < ln; i++)
				lw[i] = (char)tolower((unsigned char)name[b + i]);
			q->truncated = !rcp__name_is_form(lw, ln);
		} else {
			q->truncated = ln > 0;
		}
	}
	double maxw = log(1.0 + (double)(m->v.nnames ? m->v.nnames : 1));
	for (const char *p = q->key; *p && q->nt < QMAX;) {
		while (*p == ' ')
			p++;
		const char *e = p;
		while (*e && *e != ' ')
			e++;
		if (e == p)
			break;
		size_t i = q->nt++;
		q->w[i] = p;
		q->wn[i] = (size_t)(e - p);
		q->id[i] = word_find(m, p, q->wn[i]);
		q->org[i] = (uint8_t)rcp__name_is_organizational(p, q->wn[i]);
		q->common[i] = (uint8_t)rcp__name_is_common(p, q->wn[i]);
		q->wt[i] = q->id[i] != NO_ID ? m->v.words[q->id[i]].weight : (float)maxw;
		if (q->id[i] == NO_ID && rcp__name_is_organizational(p, q->wn[i]))
			q->wt[i] = (float)(maxw * 0.1);
		q->wsum += q->wt[i];
		p = e;
	}
}

/* Similarity of two words, 0 when they do not meet. */
static double word_sim(const char *a, size_t an, const char *b, size_t bn, int a_prefix_ok)
{
	if (an == bn && !memcmp(a, b, an))
		return 1.0;
	if (a_prefix_ok && an >= 1 && an < bn && !memcmp(a, b, an))
		return 0.95;
	/* Jaro-Winkler >= 0.92 needs lengths within a quarter and (for the
	 * words of names) a common first or second letter: skip the rest */
	if (an >= 5 && bn >= 5 && (a[0] == b[0] || a[1] == b[1]) &&
	    (an > bn ? an - bn : bn - an) * 4 <= (an > bn ? an : bn)) {
		double j = rcp__jaro_winkler(a, an, b, bn);
		if (j >= 0.92)
			return j;
	}
	return 0.0;
}

/* Score of query q against name n; 0 when a guard refuses. */
static double score_name(const rcp_name_index *m, const query *q, const nx_name *n, int *distinct)
{
	*distinct = 0;
	if (q->klen == n->klen && !memcmp(q->key, STR(m, n->key), q->klen))
		return 1.0;
	/* short names match exactly, or equal up to a truncation */
	if (n->exact_only && !q->truncated)
		return 0.0;
	if (q->clen == n->clen && n->clen >= 5 && compact_is(STR(m, n->key), q->compact, q->clen, 0))
		return 0.98;
	/* words meet by id when equal; only unequal ones are compared as text */
	size_t nn = n->ntok;
	const uint32_t *tok = m->v.toks + n->tok;
	const nx_word *words = m->v.words;
	double best_n[64] = {0};
	double got_q = 0;
	size_t last_j = nn;
	int extra = 0; /* query words that say something and met nothing */
	for (size_t i = 0; i < q->nt; i++) {
		double best = 0;
		size_t bj = 0;
		int last = q->truncated && i + 1 == q->nt;
		for (size_t j = 0; j < nn; j++) {
			double sim;
			if (q->id[i] == tok[j])
				sim = 1.0;
			else if (!last && q->wn[i] < 5)
				continue;
			else
				sim = word_sim(q->w[i], q->wn[i], STR(m, words[tok[j]].text),
				               words[tok[j]].len, last);
			if (sim > best) {
				best = sim;
				bj = j;
				if (sim == 1.0)
					break;
			}
		}
		if (last)
			last_j = best > 0 ? bj : nn;
		if (best == 0 && !last && !q->org[i])
			extra++;
		if (best > 0) {
			got_q += q->wt[i] * best;
			if (best > best_n[bj])
				best_n[bj] = best;
			if (best >= 0.9 && q->wn[i] >= 3 && !q->common[i])
				*distinct = 1;
		}
	}
	/* a truncated query says nothing of the name's words after the one
	 * its last word met: they were cut off */
	size_t upto = nn;
	if (q->truncated && q->nt && last_j < nn)
		upto = last_j + 1;
	double got_n = 0, n_wsum = 0;
	for (size_t j = 0; j < upto; j++) {
		got_n += words[tok[j]].weight * best_n[j];
		n_wsum += words[tok[j]].weight;
		if (best_n[j] == 0 && !words[tok[j]].org)
			extra++; /* and so does a word of the name the query lacks */
	}
	if (n->exact_only) { /* every word on both sides met, nearly exactly */
		if (got_q < q->wsum * 0.95 || got_n < n_wsum * 0.95 || !q->nt)
			return 0.0;
		for (size_t i = 0; i < upto; i++)
			if (best_n[i] < 0.95)
				return 0.0;
		return 0.95;
	}
	if (!*distinct || q->wsum <= 0 || n_wsum <= 0)
		return 0.0;
	double s = 0.5 * (got_q / q->wsum + got_n / n_wsum);
	if (s > 1.0) /* sums of float weights in another order */
		s = 1.0;
	/* Each word of the query that says something and is not in the name
	 * costs a tenth whatever its weight: in a large registry a rare name
	 * weighs so much that "Siemens Energy" would otherwise pass for
	 * "Siemens". */
	for (int k = 0; k < extra; k++)
		s *= 0.9;
	/* Jaro-Winkler over the whole names, for spellings the words miss */
	size_t cl = q->clen, nl = n->clen;
	if (s >= 0.6 && s < RCP_MATCH_THRESHOLD && cl >= 12 && nl >= 12) {
		char small[256];
		char *nc = nl < sizeof small ? small : rcp__xmalloc(nl);
		size_t k = 0;
		for (const char *p = STR(m, n->key); *p && k < nl; p++)
			if (*p != ' ')
				nc[k++] = *p;
		double j = rcp__jaro_winkler(q->compact, cl, nc, nl) * 0.97;
		if (nc != small)
			free(nc);
		if (j >= 0.94 && j > s)
			s = j;
	}
	return s;
}

static double forms_penalty(unsigned qf, unsigned ef)
{
	if (!qf || !ef)
		return 0.0;
	int q_de = (qf & RCP__FORM_DE) != 0, e_de = (ef & RCP__FORM_DE) != 0;
	int q_ang = (qf & (RCP__FORM_GB | RCP__FORM_US)) != 0;
	int e_ang = (ef & (RCP__FORM_GB | RCP__FORM_US)) != 0;
	if ((q_de && !e_de && e_ang) || (e_de && !q_de && q_ang && !(qf & RCP__FORM_DE)))
		return 0.3;
	return 0.0;
}

typedef struct cand_set {
	uint32_t *v;
	size_t n, cap;
} cand_set;

static void cand_push(cand_set *c, uint32_t v)
{
	if (c->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 256;
		c->v = rcp__xrealloc(c->v, c->cap * sizeof *c->v);
	}
	c->v[c->n++] = v;
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

/* Sort and drop duplicates: a name found by two words is scored once. */
static void cand_unique(cand_set *c)
{
	if (c->n < 2)
		return;
	qsort(c->v, c->n, sizeof *c->v, cmp_u32);
	size_t k = 1;
	for (size_t i = 1; i < c->n; i++)
		if (c->v[i] != c->v[k - 1])
			c->v[k++] = c->v[i];
	c->n = k;
}

static void cand_list(cand_set *c, nx_list l)
{
	for (uint32_t i = 0; i < l.n; i++)
		cand_push(c, list_val(&l, i));
}

static void cand_word(const rcp_name_index *m, cand_set *c, uint32_t id)
{
	if (id == NO_ID)
		return;
	for (uint32_t k = m->v.post_off[id]; k < m->v.post_off[id + 1]; k++)
		cand_push(c, m->v.post[k]);
}

/* Best name match of q among all names; fills out and returns the score. */
static double best_by_name(const rcp_name_index *m, const query *q, uint32_t only_ent,
                           uint32_t *out_ent, const char **out_text)
{
	*out_ent = NO_ID;
	*out_text = NULL;
	if (!q->nt)
		return 0.0;
	cand_set c = {0};
	if (only_ent != NO_ID) {
		const nx_ent *x = &m->v.ents[only_ent];
		for (uint32_t i = 0; i < x->nnames; i++)
			cand_push(&c, x->first_name + i);
	} else {
		cand_list(&c, names_by_key(m, q->key));
		cand_list(&c, names_by_compact(m, q->compact));
		/* the rarest words, then adjacent pairs written together. The
		 * rarest word always retrieves (up to POSTING_CAP names); more
		 * words only while the candidates stay within RETRIEVE_BUDGET, so
		 * a word on 15,000 names does not cost 15,000 scores when a rare
		 * word has already found the few names that can match. */
		int used[QMAX] = {0};
		size_t taken = 0;
		/* a distinctive word the registry does not know is the rarest of
		 * all: it found nothing, and the others are held to the budget */
		int unknown = 0;
		for (size_t i = 0; i < q->nt; i++)
			if (q->id[i] == NO_ID && q->wn[i] >= 3 && !rcp__name_is_common(q->w[i], q->wn[i]))
				unknown = 1;
		for (int r = 0; r < RETRIEVE_WORDS; r++) {
			int bi = -1;
			uint32_t bdf = UINT32_MAX;
			for (size_t i = 0; i < q->nt; i++)
				if (!used[i] && q->id[i] != NO_ID && m->v.words[q->id[i]].df < bdf &&
				    !rcp__name_is_common(q->w[i], q->wn[i])) {
					bdf = m->v.words[q->id[i]].df;
					bi = (int)i;
				}
			if (bi < 0 || bdf > POSTING_CAP ||
			    ((r > 0 || unknown) && taken + bdf > RETRIEVE_BUDGET))
				break;
			used[bi] = 1;
			taken += bdf;
			cand_word(m, &c, q->id[bi]);
		}
		for (size_t i = 0; i + 1 < q->nt; i++) {
			char joined[128];
			size_t jl = q->wn[i] + q->wn[i + 1];
			if (jl >= sizeof joined)
				continue;
			memcpy(joined, q->w[i], q->wn[i]);
			memcpy(joined + q->wn[i], q->w[i + 1], q->wn[i + 1]);
			uint32_t id = word_find(m, joined, jl);
			if (id != NO_ID && m->v.words[id].df <= RETRIEVE_BUDGET)
				cand_word(m, &c, id);
		}
		/* a query word that is two registry words written together */
		uint32_t id = word_find(m, q->compact, strlen(q->compact));
		if (id != NO_ID && m->v.words[id].df <= RETRIEVE_BUDGET)
			cand_word(m, &c, id);
	}
	cand_unique(&c);
	double best = 0;
	for (size_t i = 0; i < c.n; i++) {
		const nx_name *n = &m->v.names[c.v[i]];
		if ((n->flags & RCP_ALIAS_AMBIGUOUS))
			continue;
		int distinct;
		double s = score_name(m, q, n, &distinct);
		/* a name that carries legal forms is judged by its own; one
		 * without, by all its company's names carry */
		s -= forms_penalty(q->forms, n->forms ? n->forms : m->v.ents[n->ent].forms);
		if (s > best || (s == best && s > 0 && *out_ent != NO_ID &&
		                 strcmp(STR(m, m->v.ents[n->ent].id), STR(m, m->v.ents[*out_ent].id)) < 0)) {
			best = s;
			*out_ent = n->ent;
			*out_text = STR(m, n->text);
		}
	}
	free(c.v);
	return best;
}

/* ------------------------------------------------------------------ */
/* Matching                                                            */
/* ------------------------------------------------------------------ */

/* Bloomberg's "SYMBOL CC" or "SYMBOL CC Equity": the market of the two-
 * letter exchange code, the symbol into sym; NULL when it is not one. */
static const char *bloomberg_market(const char *t, char sym[32])
{
	static const char *const codes[][2] = {
		{"US", "US"}, {"UN", "US"}, {"UW", "US"}, {"UQ", "US"}, {"LN", "GB"}, {"GR", "DE"},
		{"GY", "DE"}, {"FP", "FR"}, {"JP", "JP"}, {"JT", "JP"}, {"KS", "KR"}, {"KP", "KR"},
		{"IT", "IL"}, {"SS", "SE"}, {"DC", "DK"}, {"CN", "CA"}, {"CT", "CA"}, {"SM", "ES"},
		{"SQ", "ES"}, {"NA", "NL"}, {"MM", "MX"}, {"HK", "HK"}, {"SW", "CH"}, {"SE", "CH"},
		{"AU", "AU"}, {"AT", "AU"}, {"IM", "IT"}, {"NO", "NO"}, {"FH", "FI"}, {"BB", "BE"},
		{"IN", "IN"}, {"IB", "IN"}, {"TT", "TW"}, {"SP", "SG"}, {"CH", "CN"}, {"CG", "CN"},
		{"CS", "CN"},
	};
	const char *sp = strchr(t, ' ');
	if (!sp || sp == t || (size_t)(sp - t) >= 32)
		return NULL;
	const char *cc = sp + 1;
	if (!isupper((unsigned char)cc[0]) || !isupper((unsigned char)cc[1]))
		return NULL;
	if (cc[2] && strcasecmp(cc + 2, " equity"))
		return NULL;
	for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
		if (cc[0] == codes[i][0][0] && cc[1] == codes[i][0][1]) {
			memcpy(sym, t, (size_t)(sp - t));
			sym[sp - t] = '\0';
			return codes[i][1];
		}
	return NULL;
}

/* Parts of a name that may each be the name: outside the parentheses, each
 * parenthesized group, each side of " / ". Returns how many (<= 4). */
static int name_parts(const char *name, char parts[4][256])
{
	int np = 0;
	if (strstr(name, " / ")) {
		const char *p = name;
		while (np < 4) {
			const char *e = strstr(p, " / ");
			size_t n = e ? (size_t)(e - p) : strlen(p);
			snprintf(parts[np++], 256, "%.*s", (int)(n < 255 ? n : 255), p);
			if (!e)
				break;
			p = e + 3;
		}
		return np;
	}
	char outside[256];
	size_t k = 0;
	int depth = 0;
	const char *open = NULL;
	for (const char *p = name; *p; p++) {
		if (*p == '(') {
			if (depth++ == 0)
				open = p + 1;
		} else if (*p == ')' && depth > 0) {
			if (--depth == 0 && open && np < 3) {
				size_t n = (size_t)(p - open);
				snprintf(parts[np++], 256, "%.*s", (int)(n < 255 ? n : 255), open);
			}
		} else if (!depth && k + 1 < sizeof outside) {
			outside[k++] = *p;
		}
	}
	outside[k] = '\0';
	snprintf(parts[np++], 256, "%s", outside);
	return np;
}

static void fill(const rcp_name_index *m, uint32_t e, double score, const char *why,
                 const char *matched, rcp_name_match *out)
{
	const nx_ent *x = &m->v.ents[e];
	out->id = STR(m, x->id);
	out->name = STR(m, x->name);
	out->score = score;
	out->why = why;
	out->matched = matched;
	out->categories = x->cats;
	out->tier = x->tier != NX_NONE ? STR(m, x->tier) : NULL;
	out->parent = NULL;
	out->parent_name = NULL;
	if (x->parent != NX_NONE) {
		const nx_ent *p = &m->v.ents[x->parent];
		out->parent = STR(m, p->id);
		out->parent_name = STR(m, p->name);
		if (!out->categories) { /* flagged through its parent */
			out->categories = p->cats;
			out->why = "parent";
		}
		if (!out->tier && p->tier != NX_NONE)
			out->tier = STR(m, p->tier);
	}
}

static uint32_t lookup_id(const rcp_name_index *m, const char *scheme, const char *value,
                          const char **matched)
{
	if (!value || !*value)
		return NO_ID;
	char k[96];
	snprintf(k, sizeof k, "%s:", scheme);
	size_t kl = strlen(k);
	for (const char *p = value; *p && kl + 1 < sizeof k; p++)
		if (!isspace((unsigned char)*p))
			k[kl++] = (char)toupper((unsigned char)*p);
	k[kl] = '\0';
	nx_list l = ents_by_id(m, k, kl);
	if (!l.n)
		return NO_ID;
	*matched = value;
	return list_val(&l, 0);
}

void rcp_match_holding(const rcp_name_index *m, const rcp_holding *h, rcp_name_match *out)
{
	memset(out, 0, sizeof *out);
	out->why = "none";
	const char *matched = NULL;
	uint32_t e;
	/* identifiers that name one issue exactly */
	if (h->isin && rcp_isin_valid(h->isin)) {
		if ((e = lookup_id(m, "isin", h->isin, &matched)) != NO_ID)
			{
			fill(m, e, 1.0, "isin", matched, out);
			return;
		}
		char cusip[10];
		snprintf(cusip, sizeof cusip, "%.9s", h->isin + 2);
		if ((e = lookup_id(m, "cusip", cusip, &matched)) != NO_ID)
			{
			fill(m, e, 1.0, "cusip", h->isin, out);
			return;
		}
	}
	/* the holding's other identifiers, in this order (lookup_id passes
	 * over one the holding lacks) */
	const struct {
		const char *scheme, *value;
	} ids[] = {{"cusip", h->cusip}, {"sedol", h->sedol}, {"lei", h->lei}, {"figi", h->figi}};
	for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++)
		if ((e = lookup_id(m, ids[i].scheme, ids[i].value, &matched)) != NO_ID) {
			fill(m, e, 1.0, ids[i].scheme, matched, out);
			return;
		}

	query q;
	char *kb = NULL, *cb = NULL;
	int have_name = h->name && *h->name;
	if (have_name)
		query_init(m, &q, h->name, &kb, &cb);

	/* a ticker, believed when the name does not contradict it */
	if (h->ticker && *h->ticker) {
		char sym[32], k[96], bbg[32];
		const char *mk = h->exchange ? rcp__exchange_market(h->exchange) : NULL;
		const char *bmk = bloomberg_market(h->ticker, bbg);
		if (bmk) { /* "LMT US Equity" */
			rcp__ticker_norm(bbg, sym);
			if (!mk)
				mk = bmk;
		} else {
			rcp__ticker_norm(h->ticker, sym);
		}
		if (*sym) {
			if (mk)
				snprintf(k, sizeof k, "tk:%s:%s", mk, sym);
			else
				snprintf(k, sizeof k, "sym:%s", sym);
			nx_list l = ents_by_id(m, k, strlen(k));
			double need = mk ? 0.45 : 0.6;
			double best = 0;
			uint32_t be = NO_ID;
			for (uint32_t li = 0; li < l.n; li++) {
				uint32_t ce = list_val(&l, li), got;
				const char *txt;
				double s = have_name ? best_by_name(m, &q, ce, &got, &txt) : need;
				if (s >= need && s > best) {
					best = s;
					be = ce;
				}
			}
			if (be != NO_ID) {
				double sc = mk ? 0.97 : 0.9;
				if (have_name && best > sc)
					sc = best;
				fill(m, be, sc, "ticker", h->ticker, out);
				free(kb);
				free(cb);
				return;
			}
		}
	}
	if (have_name) {
		uint32_t be;
		const char *txt;
		double s = best_by_name(m, &q, NO_ID, &be, &txt);
		/* "GTL (Global Tel Link)", "Westlaw / Thomson Reuters CLEAR": the
		 * parts are names too */
		if (s < RCP_MATCH_THRESHOLD && (strchr(h->name, '(') || strstr(h->name, " / "))) {
			char parts[4][256];
			int np = name_parts(h->name, parts);
			for (int i = 0; i < np; i++) {
				query pq;
				char *pk, *pc;
				uint32_t pe;
				const char *pt;
				query_init(m, &pq, parts[i], &pk, &pc);
				double ps = best_by_name(m, &pq, NO_ID, &pe, &pt);
				if (ps > s) {
					s = ps;
					be = pe;
					txt = pt;
				}
				free(pk);
				free(pc);
			}
		}
		if (be != NO_ID && s >= RCP_MATCH_THRESHOLD)
			fill(m, be, s, "name", txt, out);
		else if (be != NO_ID) { /* say how close the nearest one came */
			out->score = s > 0 ? s : 0;
			out->near = STR(m, m->v.ents[be].id);
		}
	}
	free(kb);
	free(cb);
}

/* A query that is an identifier: ISIN, CUSIP, LEI, FIGI or EXCHANGE:SYMBOL. */
void rcp_match_name(const rcp_name_index *m, const char *text, rcp_name_match *out)
{
	rcp_holding h = {0};
	char buf[64];
	size_t n = strlen(text);
	while (n && isspace((unsigned char)text[n - 1]))
		n--;
	while (n && isspace((unsigned char)*text))
		text++, n--;
	snprintf(buf, sizeof buf, "%.*s", (int)(n < 63 ? n : 63), text);
	char *nm_copy = rcp__xstrndup(text, n);
	h.name = nm_copy;
	if (n == 12 && rcp_isin_valid(buf))
		h.isin = buf;
	else if (n == 9 && rcp_cusip_valid(buf))
		h.cusip = buf;
	else if (n == 20 && rcp_lei_valid(buf))
		h.lei = buf;
	else if (n == 12 && rcp_figi_valid(buf))
		h.figi = buf;
	rcp_match_holding(m, &h, out);
	if (!out->id) {
		/* EXCHANGE:SYMBOL, or a bare symbol written in capitals that
		 * names one company only */
		const char *colon = strchr(buf, ':');
		char sym[32], k[96];
		const char *mk = NULL;
		if (colon && n < 40) {
			char exch[32];
			snprintf(exch, sizeof exch, "%.*s", (int)(colon - buf), buf);
			mk = rcp__exchange_market(exch);
			rcp__ticker_norm(colon + 1, sym);
			snprintf(k, sizeof k, "tk:%s:%s", mk ? mk : "", sym);
		} else {
			int caps = n > 0 && n <= 6;
			for (size_t i = 0; i < n && caps; i++)
				if (!(isupper((unsigned char)buf[i]) || isdigit((unsigned char)buf[i]) ||
				      buf[i] == '.'))
					caps = 0;
			rcp__ticker_norm(buf, sym);
			snprintf(k, sizeof k, "sym:%s", caps ? sym : "");
		}
		nx_list l = {NULL, 0, 0};
		if (*sym)
			l = ents_by_id(m, k, strlen(k));
		if (l.n && (mk || l.n == 1))
			fill(m, list_val(&l, 0), mk ? 0.97 : 0.9, "ticker", text, out);
	}
	free(nm_copy);
	if (out->matched == nm_copy)
		out->matched = NULL;
}

/* ------------------------------------------------------------------ */
/* Exchanges and tickers                                               */
/* ------------------------------------------------------------------ */

typedef struct exch {
	const char *pattern; /* code (exact) or a word in the name (substring) */
	const char *market;
	int exact;
} exch;

/* Specific names before general ones: "Nasdaq Omx Nordic" is Stockholm. */
static const exch exchanges[] = {
	{"nasdaq omx helsinki", "FI", 0}, {"helsinki", "FI", 0},
	{"nasdaq omx nordic", "SE", 0}, {"stockholm", "SE", 0},
	{"copenhagen", "DK", 0}, {"euronext paris", "FR", 0}, {"euronext amsterdam", "NL", 0},
	{"euronext brussels", "BE", 0}, {"euronext lisbon", "PT", 0},
	{"new york stock exchange", "US", 0}, {"nyse mkt", "US", 0}, {"nasdaq", "US", 0},
	{"cboe", "US", 0}, {"bats", "US", 0}, {"otc", "US", 0},
	{"london", "GB", 0}, {"xetra", "DE", 0}, {"frankfurt", "DE", 0},
	{"deutsche b", "DE", 0}, {"tokyo", "JP", 0}, {"osaka", "JP", 0},
	{"korea", "KR", 0}, {"tel aviv", "IL", 0}, {"borsa italiana", "IT", 0},
	{"milan", "IT", 0}, {"toronto", "CA", 0}, {"madrid", "ES", 0},
	{"mexicana", "MX", 0}, {"hong kong", "HK", 0}, {"shanghai", "CN", 0},
	{"shenzhen", "CN", 0}, {"swiss", "CH", 0}, {"asx", "AU", 0}, {"oslo", "NO", 0},
	{"india", "IN", 0}, {"taiwan", "TW", 0}, {"singapore", "SG", 0},
	{"johannesburg", "ZA", 0}, {"wiener", "AT", 0}, {"vienna", "AT", 0},
	{"irish", "IE", 0}, {"warsaw", "PL", 0}, {"thailand", "TH", 0},
	/* codes (MIC-like and the EXCHANGE: prefixes of the registry) */
	{"NYSE", "US", 1}, {"NASDAQ", "US", 1}, {"AMEX", "US", 1}, {"NYSEARCA", "US", 1},
	{"ARCA", "US", 1}, {"BATS", "US", 1}, {"OTC", "US", 1}, {"OTCQB", "US", 1},
	{"OTCQX", "US", 1}, {"PINX", "US", 1}, {"XNYS", "US", 1}, {"XNAS", "US", 1},
	{"LSE", "GB", 1}, {"LON", "GB", 1}, {"XLON", "GB", 1}, {"PAR", "FR", 1},
	{"EPA", "FR", 1}, {"XPAR", "FR", 1}, {"ETR", "DE", 1}, {"XETR", "DE", 1},
	{"FRA", "DE", 1}, {"XMUN", "DE", 1}, {"XFRA", "DE", 1}, {"TKS", "JP", 1},
	{"TYO", "JP", 1}, {"XTKS", "JP", 1}, {"KRX", "KR", 1}, {"KOSDAQ", "KR", 1},
	{"XKRX", "KR", 1}, {"TASE", "IL", 1}, {"TLV", "IL", 1}, {"XTAE", "IL", 1},
	{"STO", "SE", 1}, {"XSTO", "SE", 1}, {"CPH", "DK", 1}, {"XCSE", "DK", 1},
	{"HEL", "FI", 1}, {"MIL", "IT", 1}, {"BIT", "IT", 1}, {"XMIL", "IT", 1},
	{"TSX", "CA", 1}, {"XTSE", "CA", 1}, {"BME", "ES", 1}, {"XMAD", "ES", 1},
	{"AMS", "NL", 1}, {"XAMS", "NL", 1}, {"MEX", "MX", 1}, {"BMV", "MX", 1},
	{"HKG", "HK", 1}, {"HKEX", "HK", 1}, {"XHKG", "HK", 1}, {"SHE", "CN", 1},
	{"SHA", "CN", 1}, {"SWX", "CH", 1}, {"SIX", "CH", 1}, {"ASX", "AU", 1},
	{"OSE", "NO", 1}, {"OSL", "NO", 1}, {"NSE", "IN", 1}, {"BSE", "IN", 1},
	{"TPE", "TW", 1}, {"PSE", "PH", 1}, {"EBR", "BE", 1}, {"ELI", "PT", 1},
	{NULL, NULL, 0},
};

const char *rcp__exchange_market(const char *x)
{
	if (!x || !*x)
		return NULL;
	char low[128];
	size_t n = 0;
	for (; x[n] && n + 1 < sizeof low; n++)
		low[n] = (char)tolower((unsigned char)x[n]);
	low[n] = '\0';
	for (int i = 0; exchanges[i].pattern; i++) {
		if (exchanges[i].exact) {
			if (!strcasecmp(x, exchanges[i].pattern))
				return exchanges[i].market;
		} else if (strstr(low, exchanges[i].pattern)) {
			return exchanges[i].market;
		}
	}
	return NULL;
}

void rcp__ticker_norm(const char *sym, char out[32])
{
	size_t k = 0;
	for (const char *p = sym; *p && k < 31; p++)
		if (isalnum((unsigned char)*p))
			out[k++] = (char)toupper((unsigned char)*p);
	out[k] = '\0';
	int digits = k > 0;
	for (size_t i = 0; i < k; i++)
		if (!isdigit((unsigned char)out[i]))
			digits = 0;
	if (digits) {
		size_t z = 0;
		while (z + 1 < k && out[z] == '0')
			z++;
		memmove(out, out + z, k - z + 1);
	}
}
