/*
 * matcher.c — scanning text for registry organizations.
 *
 * Words come from the tokenizer with their vocabulary ids; at each word
 * the trie of alias word sequences is walked as far as the text allows and
 * the longest acceptable alias wins (leftmost-longest). Acceptable means:
 * a case-sensitive alias equals the text byte for byte; a derived variant
 * starts with a capital. Ambiguous aliases wait for the end of their
 * sentence and count only if it holds a context word or a non-ambiguous
 * mention. Memory is bounded: a fixed window of words, and a sentence's
 * pending mentions are flushed past a cap.
 */
#include <stdlib.h>
#include <string.h>

#include "tokenize.h"

/* On the stack: a scan allocates nothing, whatever the record count. */
#define PENDING_MAX 256

size_t rcp_matcher_entity_count(const rcp_matcher *m)
{
	return m->n_entities;
}

size_t rcp_matcher_alias_count(const rcp_matcher *m)
{
	return m->n_aliases;
}

void rcp_matcher_get_entity(const rcp_matcher *m, uint32_t idx, rcp_matcher_entity *out)
{
	const mt_entity *e = &m->entities[idx];
	out->id = m->strings + e->id_off;
	out->name = m->strings + e->name_off;
	out->kind = e->kind;
	out->categories = e->categories;
	out->parent = e->parent;
}

int64_t rcp_matcher_find(const rcp_matcher *m, const char *id)
{
	for (uint32_t i = 0; i < m->n_entities; i++)
		if (!strcmp(m->strings + m->entities[i].id_off, id))
			return i;
	return -1;
}

const char *rcp_matcher_alias_text(const rcp_matcher *m, uint32_t idx)
{
	return m->strings + m->aliases[idx].text_off;
}

static inline void rcp__prefetch(const void *p)
{
#if defined(__GNUC__)
	__builtin_prefetch(p);
#else
	(void)p;
#endif
}

/* The child of node by word token, or 0: children are consecutive and
 * sorted by word, most nodes have one or two, some (a common first word)
 * thousands. */
static uint32_t child_of(const rcp_matcher *m, uint32_t node, uint32_t token)
{
	uint32_t lo = m->child_start[node], hi = m->child_start[node + 1];
	while (hi - lo > 8) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (m->label[mid] <= token)
			lo = mid;
		else
			hi = mid;
	}
	for (; lo < hi; lo++)
		if (m->label[lo] == token)
			return lo;
	return 0;
}

typedef struct pending {
	rcp_match m;
	int ambiguous;
} pending;

typedef struct scan_state {
	int (*fn)(const rcp_match *mt, void *ctx);
	void *ctx;
	pending *p;
	size_t n;
	int context, stopped;
} scan_state;

static void flush(scan_state *s)
{
	for (size_t i = 0; i < s->n && !s->stopped; i++)
		if (!s->p[i].ambiguous || s->context)
			if (s->fn(&s->p[i].m, s->ctx))
				s->stopped = 1;
	s->n = 0;
}

static int acceptable(const rcp_matcher *m, const mt_alias *a, const char *text,
                      const mt_tok *first, const mt_tok *last)
{
	if ((a->flags & MT_CAPITALIZED) && !first->cap && !first->digit)
		return 0;
	if (a->flags & MT_CASE_SENSITIVE) {
		size_t n = last->end - first->start;
		if (n != a->text_len || memcmp(text + first->start, m->strings + a->text_off, n))
			return 0;
	}
	return 1;
}

/* Puts t after an alias that ends at end (its last word starting at
 * start): its position and the word before the next (for the abbreviation
 * rule); every word of a walk is in the sentence of the first. The
 * block's bytes after the alias are classified already: when the alias
 * ends inside the block, the block stays, less its words and marks up to
 * there, so that text dense in mentions is not classified again after
 * each (a one-word alias, t already after it, is not touched at all). */
static void skip_to(mt_tokenizer *t, size_t start, size_t end)
{
	size_t off = end - t->base;
	t->pos = end;
	t->prev_start = start;
	t->prev_end = end;
	if (!t->starts || end < t->base || off >= 64) {
		t->starts = 0;
		return;
	}
	/* end is a word's end: its bit in ends goes with the alias's last
	 * word; a mark at end itself (". ") is the next word's */
	uint64_t upto = off == 63 ? ~0ull : (1ull << (off + 1)) - 1;
	t->starts &= ~upto;
	t->ends &= ~upto;
	t->exc &= ~((1ull << off) - 1);
}

/* The longest acceptable alias that starts at tok, whose word leads to
 * node: its index, or -1. On success *t is left after the alias
 * (skip_to()) and *best_end is its end. */
static int64_t walk(const rcp_matcher *m, const char *text, mt_tokenizer *t, const mt_tok *tok,
                    uint32_t node, uint32_t *best_end)
{
	int64_t best = -1;
	uint32_t best_start = 0;
	mt_tokenizer w;
	int stepped = 0; /* w copied from *t: not for a one-word alias */
	mt_tok last = *tok, next;
	for (;;) {
		/* the node's aliases and children, and the next word's
		 * vocabulary slot, are cache misses at 100k names and
		 * more: started together, not one after another */
		rcp__prefetch(&m->term_start[node]);
		const mt_vocab *nv = NULL;
		/* a node without children (the last word of its aliases: most
		 * nodes of a list of short names) needs no next word: reading it
		 * and its vocabulary slot was most of a short mention's walk */
		if (m->child_start[node] != m->child_start[node + 1]) {
			if (!stepped) {
				w = *t;
				stepped = 1;
			}
			if (mt__step(&w, &next) && next.sentence == tok->sentence)
				nv = mt_vocab_find(m, next.hash);
		}
		if (nv)
			rcp__prefetch(&m->label[m->child_start[node]]);
		for (uint32_t ti = m->term_start[node]; ti < m->term_start[node + 1]; ti++) {
			const mt_alias *a = &m->aliases[m->terms[ti]];
			if (acceptable(m, a, text, tok, &last)) {
				best = m->terms[ti];
				best_start = last.start;
				*best_end = last.end;
				break;
			}
		}
		if (!nv)
			break;
		node = child_of(m, node, nv->id);
		if (!node)
			break;
		last = next;
	}
	if (best >= 0 && *best_end != t->pos)
		skip_to(t, best_start, *best_end);
	return best;
}

void rcp_matcher_scan(const rcp_matcher *m, const char *text, size_t len,
                      int (*fn)(const rcp_match *mt, void *ctx), void *ctx)
{
	if (!m->n_aliases || !len)
		return;
	mt_tokenizer t;
	rcp__match_tokenizer_init(&t, text, len);
	pending pend[PENDING_MAX];
	scan_state s = {fn, ctx, pend, 0, 0, 0};
	uint32_t sentence = 0;
	size_t longer_end = 0; /* the end of a longer name an ambiguous alias began */
	mt_tok tok;

	/* One pass over the words. Most start no alias and are no context
	 * word: the filter says so from the cache, and the word is done. A
	 * word that starts an alias is walked down the trie with a copy of the
	 * tokenizer; the scan goes on after the longest acceptable alias, or
	 * after the word when there is none (so the words of a failed walk
	 * are read again, as a window of words would have them). */
	while (!s.stopped && mt__step_filtered(&t, &tok, m)) {
		const mt_vocab *v = mt_vocab_find(m, tok.hash);
		if (!v)
			continue;
		/* pending mentions and the context flag belong to a sentence:
		 * settled at its first word that matters, which is as good as at
		 * its first word since only these words set them */
		if (tok.sentence != sentence) {
			flush(&s);
			sentence = tok.sentence;
			s.context = 0;
			if (s.stopped)
				break;
		}
		if (v->root & MT_ROOT_CONTEXT)
			s.context = 1;
		uint32_t node = v->root & MT_ROOT_NODE;
		if (!node)
			continue;
		uint32_t best_end = 0;
		int64_t best = walk(m, text, &t, &tok, node, &best_end);
		if (best < 0)
			continue;
		const mt_alias *a = &m->aliases[best];
		if (s.n == PENDING_MAX)
			flush(&s);
		pending *pm = &s.p[s.n++];
		pm->m.entity = a->entity;
		pm->m.alias = (uint32_t)best;
		pm->m.start = tok.start;
		pm->m.end = best_end;
		pm->m.sentence = tok.sentence;
		pm->ambiguous = (a->flags & MT_AMBIGUOUS) != 0;
		/* "the Indian Ministry of Defense" is not the registry's, nor
		 * is a name inside "Guardian Homeland Security" */
		if (tok.start < longer_end) {
			s.n--;
			continue;
		}
		if (pm->ambiguous) {
			size_t e = rcp__match_in_longer_name(text, len, tok.start, best_end,
			                                     m->strings + m->entities[a->entity].name_off);
			if (e) {
				longer_end = e;
				s.n--;
				continue;
			}
		}
		if (!pm->ambiguous)
			s.context = 1;
		/* once the sentence has its context, every mention in it counts:
		 * reported now, in the same order, so that a caller that stops at
		 * the first (scan --count) stops here */
		if (s.context)
			flush(&s);
	}
	flush(&s);
}

void rcp_matcher_free(rcp_matcher *m)
{
	if (!m)
		return;
	if (m->mapped)
		rcp__unmap(m->block, m->block_len);
	else
		free(m->block);
	free(m);
}
