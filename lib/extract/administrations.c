/*
 * administrations.c — a national government named by its leader: "the
 * Biden administration", "l'administration Trump", "la administración
 * Obama", "die Trump-Administration", "die Merz-Regierung". The name is a
 * person's, the organization is the state's government; the text's own
 * words name it. It is told as politics ("as the Trump administration is
 * demanding"), while a contract's party is the agency that signs it: its
 * kind is other_org, which no claim takes as its counterparty (measured on
 * the dev set: as a public body it gave five claims, none right). An
 * agency named with the
 * word ("Drug Enforcement Administration", "Food and Drug Administration")
 * has more than one word before it and is bodies.c's.
 */
#include <string.h>

#include "stages.h"

/* Capitalised words before "administration" that name no leader. */
static const char *const not_leaders[] = {
	"the", "this", "that", "a", "an", "his", "her", "its", "their", "our", "new", "current",
	"previous", "former", "last", "next", "federal", "state", "local", "public", "civil",
	"prison", "whole", "entire", "any", "every", "each", "same", "which", "whose", "and",
	"for", "under", "by", "from", "with", "in", "of", "to", "as", "city", "county", "school",
	"business", "hospital", "university", "court", "general", "central", "tax", "health",
	NULL};
/* Words after French and Spanish "administration" that are its kind's,
 * not a leader's name. */
static const char *const not_leaders_after[] = {
	"general", "generale", "publica", "publique", "central", "centrale", "penitentiaire",
	"penitenciaria", "fiscale", "federale", "federal", "territoriale", "de", "del", "des",
	"du", "la", "le", NULL};

static int covered(const rcp__span *cov, size_t ncov, size_t a, size_t b)
{
	for (size_t i = 0; i < ncov; i++)
		if (cov[i].start < b && a < cov[i].end)
			return 1;
	return 0;
}

/* Is w[k] a capitalised word, not an acronym's digits? */
static int cap_word(const xword *x)
{
	return x->t.cap && !x->t.digit;
}

/* Are w[j] and w[j + 1] one space apart in one sentence? */
static int spaced(const char *text, const xword *w, size_t j)
{
	return w[j].t.sentence == w[j + 1].t.sentence && w[j].t.end + 1 == w[j + 1].t.start &&
	       text[w[j].t.end] == ' ';
}

/* The words [*a, *b] of a leader's government at word i, 1; or 0. */
static int administration_at(int li, const char *text, const xword *w, size_t n, size_t i,
                             size_t *a, size_t *b)
{
	const char *f = w[i].f;
	if (li == 0 && !strcmp(f, "administration")) {
		/* "the Biden administration": one capitalised word before */
		if (i == 0 || !spaced(text, w, i - 1) || !cap_word(&w[i - 1]) ||
		    rcp__word_in(w[i - 1].f, not_leaders))
			return 0;
		/* "Drug Enforcement Administration", "Food and Drug ...": an
		 * agency's name */
		if (i >= 2 && w[i - 2].t.sentence == w[i].t.sentence &&
		    ((cap_word(&w[i - 2]) && !rcp__word_in(w[i - 2].f, not_leaders)) ||
		     !strcmp(w[i - 2].f, "and") || text[w[i - 2].t.end] == '&'))
			return 0;
		*a = i - 1;
		*b = i;
		return 1;
	}
	if ((li == 1 && !strcmp(f, "administration")) ||
	    (li == 2 && !strcmp(f, "administracion"))) {
		/* "l'administration Trump", "la administración Biden" */
		if (i + 1 >= n || !spaced(text, w, i) || !cap_word(&w[i + 1]) ||
		    rcp__word_in(w[i + 1].f, not_leaders_after))
			return 0;
		/* "Administración General del Estado": a capitalised name goes
		 * on; a leader's is one word */
		if (i + 2 < n && w[i + 2].t.sentence == w[i].t.sentence && cap_word(&w[i + 2]) &&
		    spaced(text, w, i + 1))
			return 0;
		*a = i;
		*b = i + 1;
		return 1;
	}
	if (li == 3 && (!strcmp(f, "administration") || !strcmp(f, "regierung"))) {
		/* "die Trump-Administration", "die Merz-Regierung" */
		if (i == 0 || w[i - 1].t.sentence != w[i].t.sentence ||
		    w[i - 1].t.end + 1 != w[i].t.start || text[w[i - 1].t.end] != '-' ||
		    !cap_word(&w[i - 1]) || w[i - 1].t.flen < 3)
			return 0;
		/* "EU-Regierung", "US-Regierung": a state's, no leader's */
		size_t l = w[i - 1].t.end - w[i - 1].t.start;
		int upper = 1;
		for (size_t k = 0; k < l; k++)
			upper &= text[w[i - 1].t.start + k] >= 'A' && text[w[i - 1].t.start + k] <= 'Z';
		if (upper)
			return 0;
		*a = i - 1;
		*b = i;
		return 1;
	}
	return 0;
}

void rcp__administrations_find(rcp__bodies *s, int li, const char *text, size_t len,
                               const xword *w, size_t n, const rcp__span *cov, size_t ncov,
                               void (*fn)(uint32_t org, size_t start, size_t end, void *ctx),
                               void *ctx)
{
	(void)len;
	for (size_t i = 0; i < n; i++) {
		size_t a, b;
		/* most words are neither "administration" nor "Regierung" */
		if (w[i].t.flen < 9 || (w[i].f[0] != 'a' && w[i].f[0] != 'r') ||
		    !administration_at(li, text, w, n, i, &a, &b) ||
		    covered(cov, ncov, w[a].t.start, w[b].t.end))
			continue;
		uint32_t id = rcp__body_add(s, text, w, a, b, w[b].t.end);
		s->v[id].kind = RCP_KIND_OTHER_ORG;
		s->v[id].categories = 0;
		fn(id, w[a].t.start, w[b].t.end, ctx);
		i = b;
	}
}
