/*
 * joint.c — claims of two companies together: a contract won jointly, a
 * joint venture's owners, and a company's owner named in parentheses
 * beside it ("Gepsa (groupe Engie)").
 */
#include <stdlib.h>
#include <ctype.h>
#include <string.h>

#include "claims.h"

/* ---- two companies together ---- */

/* Is folded word f a word for working together: "jointly", "conjointement",
 * "conjuntamente", "gemeinsam", a joint venture, a consortium? */
int rcp__joint_word(const char *f)
{
	static const char *const joint[] = {
		"jointly", "joint", "together", "consortium", "conjointement", "ensemble",
		"coentreprise", "conjuntamente", "juntas", "juntos", "conjunta", "consorcio",
		"gemeinsam", "gemeinsame", "gemeinsamen", "gemeinschaftsunternehmen",
		"konsortium", "arbeitsgemeinschaft", NULL};
	for (int k = 0; joint[k]; k++)
		if (joint[k][0] == f[0] && !strcmp(f, joint[k]))
			return 1;
	return 0;
}

/* A partnership's noun, as two coordinated companies' agreement ("signed a
 * partnership agreement", "un accord de partenariat", "un acuerdo de
 * colaboración", "eine Kooperationsvereinbarung"). (With a body it is the
 * lexicon's cue: "die Zusammenarbeit mit Palantir".) */
static int agreement_word(const char *f)
{
	static const char *const nouns[] = {
		"partnership", "alliance", "collaboration", "cooperation", "partenariat",
		"colaboracion", "cooperacion", "alianza", "kooperationsvereinbarung",
		"kooperation", "partnerschaft", "allianz", "zusammenarbeit", NULL};
	for (int k = 0; nouns[k]; k++)
		if (nouns[k][0] == f[0] && !strcmp(f, nouns[k]))
			return 1;
	return 0;
}

/* Companies a and b are partners, told by sentence S: the claim, unless
 * the sentence's claims have the two already (either way round). */
static void partners(claims_run *R, const xsent *S, size_t sentence_first, uint32_t a,
                     uint32_t b)
{
	for (size_t k = sentence_first; k < R->r->claims.n; k++) {
		const xclaim *q = &((xclaim *)R->r->claims.v)[k];
		if ((q->company == a && q->counterparty == b) ||
		    (q->company == b && q->counterparty == a))
			return;
	}
	rcp_matcher_entity ce, pe;
	rcp__ent_get(R->E, a, &ce);
	rcp__ent_get(R->E, b, &pe);
	unsigned pcat = pe.categories & ce.categories ? pe.categories & ce.categories
	                                               : pe.categories;
	xclaim *q = rcp__vec_push(&R->r->claims);
	memset(q, 0, sizeof *q);
	q->company = a;
	q->counterparty = b;
	q->relation = 5;
	q->joint = 1;
	q->category = rcp__category_choose(S->cats, pcat, ce.categories, 0, &q->weak_category);
	q->start = S->start;
	q->end = S->end;
	q->year = S->year;
	q->text_year = S->text_year;
	q->confidence = 0.6;
}

/* Two companies coordinated, and a word for working together near them:
 * partners, the first named the claim's company ("Airbus et IAI
 * travailleront conjointement", "ein Gemeinschaftsunternehmen der
 * Rüstungskonzerne Rheinmetall und KNDS", "Thales and Leonardo formed a
 * joint venture"). A list of more is no partnership of two. */
void rcp__joint_claims(claims_run *R, const xsent *S, size_t sentence_first)
{
	const xmention *local = LOCAL(R);
	const int *group = GROUP(R);
	const xword *w = R->w;
	if (S->question || S->company_groups < 1)
		return;
	for (size_t i = 0; i + 1 < S->nreal; i++) {
		rcp_matcher_entity ce, pe;
		rcp__ent_get(R->E, local[i].entity, &ce);
		if (ce.kind != RCP_KIND_COMPANY)
			continue;
		/* the next company of its list, and none after it */
		size_t j = i + 1, n = 1;
		for (size_t k = 0; k < S->nreal; k++) {
			rcp_matcher_entity ke;
			rcp__ent_get(R->E, local[k].entity, &ke);
			if (k != i && group[k] == group[i] && ke.kind == RCP_KIND_COMPANY &&
			    local[k].entity != local[i].entity)
				n++;
		}
		if (n != 2 || group[j] != group[i] || local[j].entity == local[i].entity)
			continue;
		rcp__ent_get(R->E, local[j].entity, &pe);
		if (pe.kind != RCP_KIND_COMPANY)
			continue;
		size_t lo = local[i].word > S->a + CUE_REACH ? local[i].word - CUE_REACH : S->a;
		size_t hi = local[j].word + CUE_REACH < S->b ? local[j].word + CUE_REACH : S->b;
		int found = 0;
		for (size_t k = lo; k < hi && !found; k++) {
			if ((!rcp__joint_word(w[k].f) && !agreement_word(w[k].f)) ||
			    rcp__hedged(R->li, w, S->a, k))
				continue;
			/* "no crearon una empresa conjunta": a negation of its verb,
			 * between the names and the word */
			int neg = 0;
			for (size_t m = local[j].word + 1; m <= k && !neg; m++)
				neg = rcp__negated(w, S->a, S->b, m);
			found = !neg && !rcp__negated(w, S->a, S->b, k);
		}
		if (!found)
			continue;
		partners(R, S, sentence_first, local[i].entity, local[j].entity);
		i = j;
	}
}

/* ---- a consortium's members ---- */

/* Is word k a consortium's noun ("consortium", "consorcio", "Konsortium",
 * "groupement", "Arbeitsgemeinschaft"), or a group's told as formed of
 * its members ("un groupe formé de", "un grupo integrado por", "a group
 * made up of")? */
static int consortium_at(const xword *w, size_t b, size_t k)
{
	static const char *const nouns[] = {"consortium", "consortia", "consorcio", "konsortium",
	                                    "groupement", "arbeitsgemeinschaft",
	                                    "bietergemeinschaft", NULL};
	static const char *const groups[] = {"group", "groupe", "grupo", NULL};
	static const char *const formed[] = {"formed", "made", "composed", "forme", "compose",
	                                     "constitue", "formado", "integrado", "compuesto",
	                                     "conformado", NULL};
	if (rcp__word_in(w[k].f, nouns))
		return 1;
	return rcp__word_in(w[k].f, groups) && k + 1 < b && rcp__word_in(w[k + 1].f, formed);
}

/* "A consortium of Thales, Airbus and Leonardo won", "Un groupe formé de
 * G4S, Thales et Onet Sécurité a décroché", "un consorcio formado por
 * Indra, Thales y Sener", "ein Konsortium aus Rheinmetall, KNDS und
 * Hensoldt": the members of a consortium named as a list of three or more
 * companies right after its noun are partners, each pair (two are
 * rcp__joint_claims()'s). Not a consortium's that is denied, hedged or
 * asked about. */
void rcp__consortium_claims(claims_run *R, const xsent *S, size_t sentence_first)
{
	static const char *const links[] = {"of", "by", "up", "formed", "made", "composed", "de",
	                                    "d", "des", "du", "par", "forme", "compose",
	                                    "constitue", "por", "formado", "integrado",
	                                    "compuesto", "conformado", "aus", "von",
	                                    "bestehend", NULL};
	const xmention *local = LOCAL(R);
	const int *group = GROUP(R);
	const xword *w = R->w;
	if (S->question || S->company_groups < 1 || S->nreal < 3)
		return;
	for (size_t k = S->a; k < S->b; k++) {
		if (!consortium_at(w, S->b, k) || rcp__negated(w, S->a, S->b, k) ||
		    rcp__hedged(R->li, w, S->a, k))
			continue;
		/* its first member within a few linking words after it */
		size_t first = S->nreal;
		for (size_t i = 0; i < S->nreal; i++) {
			if (local[i].word <= k || local[i].word > k + 4)
				continue;
			int linked = 1;
			for (size_t m = k + 1; m < local[i].word && linked; m++)
				linked = rcp__word_in(w[m].f, links);
			if (linked)
				first = i;
			break;
		}
		if (first == S->nreal)
			continue;
		size_t members[6], n = 0;
		for (size_t i = first; i < S->nreal && group[i] == group[first]; i++) {
			rcp_matcher_entity e;
			rcp__ent_get(R->E, local[i].entity, &e);
			if (e.kind != RCP_KIND_COMPANY || n == 6)
				break;
			int again = 0;
			for (size_t m = 0; m < n; m++)
				again |= local[members[m]].entity == local[i].entity;
			if (!again)
				members[n++] = i;
		}
		if (n < 3)
			continue;
		for (size_t x = 0; x < n; x++)
			for (size_t y = x + 1; y < n; y++)
				partners(R, S, sentence_first, local[members[x]].entity,
				         local[members[y]].entity);
		return;
	}
}

/* ---- a joint venture's owners ---- */

/* Is a joint venture's noun at word i ("joint venture", "coentreprise",
 * "empresa conjunta", "Gemeinschaftsunternehmen")? Its last word, or 0. */
static size_t jv_noun_at(const xword *w, size_t b, size_t i)
{
	if (!strcmp(w[i].f, "coentreprise") || !strcmp(w[i].f, "gemeinschaftsunternehmen"))
		return i;
	if (i + 1 < b && ((!strcmp(w[i].f, "joint") && !strcmp(w[i + 1].f, "venture")) ||
	                  (!strcmp(w[i].f, "empresa") && !strcmp(w[i + 1].f, "conjunta"))))
		return i + 1;
	return 0;
}

/* "X is a joint venture between A and B", "X, une coentreprise entre A et
 * B", "X es una empresa conjunta de A y B", "X ist ein
 * Gemeinschaftsunternehmen von A und B": A and B own X (a name in the
 * possessive, "AnyVision's original shareholders", owns nothing). Other
 * claims between X and its owners give way; the owners stay partners. */
void rcp__joint_venture_owners(claims_run *R, const xsent *S, size_t sentence_first)
{
	static const char *const of[] = {"between", "of", "entre", "de", "del", "von", "der",
	                                 "zwischen", "des", "du", NULL};
	const xmention *local = LOCAL(R);
	const int *group = GROUP(R);
	const xword *w = R->w;
	if (S->question)
		return;
	for (size_t k = 0; k < S->nreal; k++) {
		rcp_matcher_entity xe;
		rcp__ent_get(R->E, local[k].entity, &xe);
		if (xe.kind != RCP_KIND_COMPANY)
			continue;
		size_t i = rcp__word_at_offset(w, R->nw, local[k].end), last = 0;
		for (size_t j = i; j < S->b && j < i + 4 && !last; j++)
			last = jv_noun_at(w, S->b, j);
		/* after an apposition: "SightX, the company developing ...,
		 * is a joint venture between" */
		if (!last && local[k].end < R->len && R->text[local[k].end] == ',') {
			size_t j = i + 1;
			while (j < S->b && j < i + 16 &&
			       !memchr(R->text + w[j - 1].t.end, ',', w[j].t.start - w[j - 1].t.end))
				j++;
			for (size_t m = j; j < i + 16 && m < S->b && m < j + 4 && !last; m++)
				last = jv_noun_at(w, S->b, m);
		}
		if (!last || last + 1 >= S->b || rcp__negated(w, S->a, S->b, last))
			continue;
		int prep = 0;
		for (int m = 0; of[m] && !prep; m++)
			prep = !strcmp(w[last + 1].f, of[m]);
		if (!prep)
			continue;
		int g = -1;
		for (size_t o = k + 1; o < S->nreal; o++) {
			const xmention *om = &local[o];
			rcp_matcher_entity oe;
			if (om->word <= last || om->word > last + 14 || om->entity == local[k].entity)
				continue;
			if (g >= 0 && group[o] != g)
				break;
			rcp__ent_get(R->E, om->entity, &oe);
			if (oe.kind != RCP_KIND_COMPANY)
				continue;
			xclaim *v = R->r->claims.v;
			for (size_t q = sentence_first; q < R->r->claims.n; q++)
				if (v[q].relation != 6 &&
				    ((v[q].company == om->entity && v[q].counterparty == local[k].entity) ||
				     (v[q].company == local[k].entity && v[q].counterparty == om->entity)))
					v[q].dropped = 1;
			/* "AnyVision's original shareholders" */
			if (om->end + 3 < R->len && (R->text[om->end] == '\'' ||
			                             !memcmp(R->text + om->end, "\xe2\x80\x99", 3)))
				continue;
			g = group[o];
			xclaim *c = rcp__vec_push(&R->r->claims);
			memset(c, 0, sizeof *c);
			c->company = om->entity;
			c->counterparty = local[k].entity;
			c->relation = 6;
			c->category = rcp__category_choose(S->cats, xe.categories, oe.categories, 0,
			                              &c->weak_category);
			c->start = S->start;
			c->end = S->end;
			c->year = S->year;
			c->text_year = S->text_year;
			c->confidence = 0.6;
		}
		/* claims between the venture's owners and others the sentence
		 * names in the owners' place ("AnyVision invested Rafael") */
		xclaim *v = R->r->claims.v;
		for (size_t q = sentence_first; g >= 0 && q < R->r->claims.n; q++)
			if (v[q].relation == 3 && !v[q].dropped)
				for (size_t o = 0; o < S->nreal; o++)
					if (group[o] == g && v[q].counterparty == local[o].entity)
						v[q].dropped = 1;
	}
}

/* ---- an owner in parentheses ---- */

/* A company's owner named in parentheses after it: "Gepsa (groupe Engie,
 * 23,3 %)", "Sodexo Justice Services (filiale de Sodexo)", "Iberdrola
 * (grupo X)", "KMW (Konzern KNDS)", "DRS (a unit of Leonardo)"; or before it,
 * "Microsoft-owned GitHub". The owner owns it. */
/* Does the text between owner-to-be x and y name y's owner in parentheses
 * ("Gepsa (groupe Engie"), from byte p (x's end, spaces skipped)? */
int rcp__owner_in_parentheses(const claims_run *R, size_t p, const xmention *y)
{
	static const char *const ph[] = {"groupe", "group", "grupo", "konzern", "filiale de",
	                                 "filiale du", "filiale d", "filial de", "filial del",
	                                 "subsidiary of", "a subsidiary of", "a unit of",
	                                 "part of", "owned by", "tochter von", "tochter des",
	                                 "eine tochter von", "eine tochter des", NULL};
	if (R->text[p] != '(')
		return 0;
	char buf[64];
	int cf, cl, caps;
	if (!rcp__clause_words_between(R, p + 1, y->start, buf, sizeof buf, &cf, &cl, &caps) ||
	    (caps && R->li != 3) /* German nouns: "Konzern", "Tochter" */)
		return 0;
	for (int m = 0; ph[m]; m++)
		if (!strcmp(buf, ph[m]))
			return 1;
	return 0;
}

void rcp__owners_in_parentheses(claims_run *R, xsent *S, size_t sentence_first)
{
	const xmention *local = LOCAL(R);
	if (S->question)
		return;
	for (size_t k = 1; k < S->nreal; k++) {
		const xmention *x = &local[k - 1], *y = &local[k];
		size_t p = x->end;
		while (p < y->start && R->text[p] == ' ')
			p++;
		if (p >= y->start || x->entity == y->entity)
			continue;
		rcp_matcher_entity xe, ye;
		rcp__ent_get(R->E, x->entity, &xe);
		rcp__ent_get(R->E, y->entity, &ye);
		if (xe.kind != RCP_KIND_COMPANY || ye.kind != RCP_KIND_COMPANY)
			continue;
		/* "Microsoft-owned GitHub", "Elbit-controlled X": the first owns
		 * the second */
		int owned = R->text[p] == '-' && y->start - p <= 13 &&
		            (!strncmp(R->text + p, "-owned ", 7) ||
		             !strncmp(R->text + p, "-controlled ", 12));
		if (!owned && !rcp__owner_in_parentheses(R, p, y))
			continue;
		const xmention *owner = owned ? x : y, *held = owned ? y : x;
		S->descr_owner = owned ? (long)k - 1 : (long)k;
		int dup = 0;
		for (size_t j = sentence_first; j < R->r->claims.n && !dup; j++) {
			const xclaim *q = &((xclaim *)R->r->claims.v)[j];
			dup = q->company == owner->entity && q->counterparty == held->entity;
		}
		if (dup)
			continue;
		xclaim *q = rcp__vec_push(&R->r->claims);
		memset(q, 0, sizeof *q);
		q->company = owner->entity;
		q->counterparty = held->entity;
		q->relation = 6;
		q->describes = 1;
		unsigned pcat = xe.categories & ye.categories ? xe.categories & ye.categories
		                                               : xe.categories | ye.categories;
		q->category = rcp__category_choose(S->cats, pcat, owned ? xe.categories : ye.categories,
		                              0, &q->weak_category);
		q->start = S->start;
		q->end = S->end;
		q->year = S->year;
		q->text_year = S->text_year;
		q->confidence = 0.6;
	}
}
