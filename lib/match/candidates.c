/*
 * candidates.c — organizations the registry does not know yet.
 *
 * Over every source, names of an organization's shape that no registry
 * mention covers: capitalised words ending in a legal form ("Formulytics
 * Inc"), public bodies ("Ministry of Public Security", "ministère des
 * Armées", "Ministerio de Defensa", "Department of Justice"), numbered
 * units ("Unit 81", "unité 8200") and acronyms defined in parentheses
 * ("Israel Ministry of Defense (IMOD)"). Names of people have none of these
 * shapes, and none is ever proposed as an entity by itself: an editor adds
 * what is an organization.
 */
#include <stdlib.h>
#include <string.h>

#include "match_internal.h"

typedef struct cand {
	char *name;
	char *key;
	int64_t count;
	char *example;
	int64_t source;
} cand;

typedef struct cand_set {
	cand *v;
	size_t n, cap;
} cand_set;

static void add_cand(cand_set *s, const char *text, size_t a, size_t b, size_t sa, size_t sb,
                     int64_t source)
{
	size_t kl;
	char *key = rcp__fold_dup(text + a, b - a, &kl);
	for (size_t i = 0; i < s->n; i++)
		if (!strcmp(s->v[i].key, key)) {
			s->v[i].count++;
			free(key);
			return;
		}
	if (s->n == s->cap)
		s->v = rcp__xrealloc(s->v, (s->cap = s->cap ? s->cap * 2 : 64) * sizeof *s->v);
	cand *c = &s->v[s->n++];
	c->name = rcp__xstrndup(text + a, b - a);
	c->key = key;
	c->count = 1;
	if (sb - sa > 400)
		sb = sa + 400;
	c->example = rcp__xstrndup(text + sa, sb - sa);
	c->source = source;
}

static const char *const legal[] = {"inc", "ltd", "corp", "corporation", "llc", "plc", "gmbh",
                                    "ag", "sa", "nv", "se", "spa", "limited", "srl", "sarl",
                                    "bv", "ab", "asa", "lp", "llp", NULL};
static const char *const bodies[] = {"ministry", "ministere", "ministerio", "ministerium",
                                     "department", "departement", "departamento", "agency",
                                     "agence", "agencia", "bureau", "directorate", "authority",
                                     "autorite", "commission", "council", "office", NULL};
static const char *const units[] = {"unit", "unite", "unidad", "einheit", "battalion",
                                    "brigade", "division", "squadron", NULL};
static const char *const joins[] = {"of", "for", "de", "des", "du", "la", "le", "del", "los",
                                    "las", "der", "fur", "the", NULL};

typedef struct cw {
	mt_tok t;
	char f[24];
} cw;

typedef struct mspan {
	uint64_t start, end;
} mspan;

typedef struct mvec {
	mspan *v;
	size_t n, cap;
} mvec;

static int on_match(const rcp_match *mt, void *p)
{
	mvec *v = p;
	if (v->n == v->cap)
		v->v = rcp__xrealloc(v->v, (v->cap = v->cap ? v->cap * 2 : 64) * sizeof *v->v);
	v->v[v->n++] = (mspan){mt->start, mt->end};
	return 0;
}

static int covered(const mvec *m, size_t a, size_t b)
{
	for (size_t i = 0; i < m->n; i++)
		if (m->v[i].start < b && a < m->v[i].end)
			return 1;
	return 0;
}

static void scan_text(const rcp_matcher *mt, const char *text, size_t len, int64_t source,
                      cand_set *out)
{
	mvec ms = {0};
	rcp_matcher_scan(mt, text, len, on_match, &ms);
	size_t n = 0, cap = 256;
	cw *w = rcp__xmalloc(cap * sizeof *w);
	mt_tokenizer t;
	rcp__match_tokenizer_init(&t, text, len);
	for (;;) {
		if (n == cap)
			w = rcp__xrealloc(w, (cap *= 2) * sizeof *w);
		if (!rcp__match_next(&t, &w[n].t, w[n].f, sizeof w[n].f))
			break;
		n++;
	}
	for (size_t i = 0; i < n; i++) {
		size_t a = i, b = i; /* word range [a, b] of a candidate */
		int found = 0;
		if (rcp__in_list(w[i].f, legal) && w[i].t.cap && i > 0 && w[i - 1].t.cap) {
			/* capitalised words before a legal form */
			a = i - 1;
			while (a > 0 && w[a - 1].t.cap && w[a - 1].t.sentence == w[i].t.sentence &&
			       i - a < 6)
				a--;
			b = i;
			found = 1;
		} else if (rcp__in_list(w[i].f, bodies) && w[i].t.cap) {
			/* "Ministry of Public Security", "ministère des Armées" */
			b = i;
			size_t j = i + 1;
			while (j < n && j - i < 8 && w[j].t.sentence == w[i].t.sentence &&
			       (rcp__in_list(w[j].f, joins) || w[j].t.cap)) {
				if (w[j].t.cap)
					b = j;
				j++;
			}
			found = b > i;
		} else if (rcp__in_list(w[i].f, units) && w[i].t.cap && i + 1 < n &&
		           w[i + 1].t.digit && w[i + 1].t.sentence == w[i].t.sentence) {
			b = i + 1;
			found = 1;
		}
		/* an acronym in parentheses after capitalised words: "(IMOD)" */
		if (!found && w[i].t.start > 0 && text[w[i].t.start - 1] == '(' &&
		    w[i].t.end < len && text[w[i].t.end] == ')' && w[i].t.flen >= 2 && w[i].t.flen <= 6) {
			int upper = 1;
			for (size_t k = w[i].t.start; k < w[i].t.end; k++)
				if (text[k] < 'A' || text[k] > 'Z')
					upper = 0;
			if (upper && i > 1 && w[i - 1].t.cap) {
				a = i - 1;
				while (a > 0 && (w[a - 1].t.cap || rcp__in_list(w[a - 1].f, joins)) &&
				       i - a < 8 && w[a - 1].t.sentence == w[i].t.sentence)
					a--;
				while (a < i && !w[a].t.cap)
					a++;
				b = i;
				found = a + 1 < i;
			}
		}
		if (!found)
			continue;
		size_t sa = w[a].t.start, sb = w[b].t.end;
		if (b < n && sb < len && text[sb] == ')')
			sb++;
		if (covered(&ms, sa, sb))
			continue;
		/* the sentence around it */
		size_t s0 = a, s1 = b;
		while (s0 > 0 && w[s0 - 1].t.sentence == w[a].t.sentence)
			s0--;
		while (s1 + 1 < n && w[s1 + 1].t.sentence == w[b].t.sentence)
			s1++;
		add_cand(out, text, sa, sb, w[s0].t.start, w[s1].t.end, source);
		i = b;
	}
	free(w);
	free(ms.v);
}

static int by_count(const void *x, const void *y)
{
	const cand *a = x, *b = y;
	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	return strcmp(a->name, b->name);
}

rcp_status rcp_entity_candidates(rcp_db *db, int64_t min_count,
                                 int (*fn)(const char *name, int64_t count,
                                           const char *example, int64_t source, void *ctx),
                                 void *ctx, rcp_error *err)
{
	const rcp_matcher *m = rcp__db_matcher(db, err);
	if (!m)
		return err ? err->code : RCP_EDB;
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_prepare(db, "SELECT id, text FROM source ORDER BY id", &st, err);
	if (rc != RCP_OK)
		return rc;
	cand_set s = {0};
	while (sqlite3_step(st) == SQLITE_ROW)
		scan_text(m, (const char *)sqlite3_column_text(st, 1),
		          (size_t)sqlite3_column_bytes(st, 1), sqlite3_column_int64(st, 0), &s);
	sqlite3_finalize(st);
	qsort(s.v, s.n, sizeof *s.v, by_count);
	int stop = 0;
	for (size_t i = 0; i < s.n; i++) {
		if (!stop && s.v[i].count >= min_count)
			stop = fn(s.v[i].name, s.v[i].count, s.v[i].example, s.v[i].source, ctx);
		free(s.v[i].name);
		free(s.v[i].key);
		free(s.v[i].example);
	}
	free(s.v);
	return RCP_OK;
}
