/*
 * categories.c — a claim's category: from the category words of its
 * sentence that fit the counterparty, else the counterparty's own, and a
 * document's claims given the category its text is most about.
 */
#include <stdlib.h>
#include <ctype.h>
#include <string.h>

#include "claims.h"

/* ---- categories ---- */

unsigned rcp__category_of_kind(int kind)
{
	switch (kind) {
	case RCP_KIND_POLICE: return RCP_CAT_POLICING;
	case RCP_KIND_PRISON_SERVICE: return RCP_CAT_PRISONS;
	case RCP_KIND_MILITARY_UNIT: return RCP_CAT_MILITARY;
	default: return 0;
	}
}

/* The most specific category in a set, for words found in the sentence. */
static unsigned pick_specific(unsigned set)
{
	/* detention over border work (ICE detention is prisons), border and
	 * surveillance work over the occupation it serves ("surveillance
	 * towers" for CBP are border work; "mass surveillance in the occupied
	 * West Bank" is surveillance) */
	static const unsigned order[] = {RCP_CAT_PRISONS, RCP_CAT_BORDERS, RCP_CAT_SURVEILLANCE,
	                                 RCP_CAT_OCCUPATION, RCP_CAT_POLICING, RCP_CAT_MILITARY};
	for (size_t i = 0; i < 6; i++)
		if (set & order[i])
			return order[i];
	return 0;
}

/* An organization's main line of work, when nothing in the sentence says. */
static unsigned pick_primary(unsigned set)
{
	static const unsigned order[] = {RCP_CAT_MILITARY, RCP_CAT_BORDERS, RCP_CAT_POLICING,
	                                 RCP_CAT_PRISONS, RCP_CAT_OCCUPATION, RCP_CAT_SURVEILLANCE};
	for (size_t i = 0; i < 6; i++)
		if (set & order[i])
			return order[i];
	return 0;
}

unsigned rcp__category_choose(unsigned sentence, unsigned counterparty, unsigned company,
                              unsigned kind, int *weak)
{
	*weak = 0;
	/* surveillance for a border agency is border work ("facial
	 * recognition for ICE", "maritime surveillance drones for Frontex") */
	if ((sentence & counterparty) == RCP_CAT_SURVEILLANCE && (counterparty & RCP_CAT_BORDERS))
		return RCP_CAT_BORDERS;
	if (sentence & counterparty)
		return pick_specific(sentence & counterparty);
	/* nothing said: a police force's work is policing, a prison
	 * service's prisons (the Guardia Civil also guards borders) */
	if (kind)
		return kind;
	/* and a prison operator's work for an agency that also detains is
	 * detention ("GEO operates several ICE facilities": ICE detention is
	 * prisons, its other work borders); a company of many lines of work
	 * (Amazon) is no prison operator. (Before the sentence's words it
	 * lost as many as it won on the dev set: a data broker's.) */
	if ((company & RCP_CAT_PRISONS) && (counterparty & RCP_CAT_PRISONS) &&
	    !(company & ~(unsigned)(RCP_CAT_PRISONS | RCP_CAT_BORDERS | RCP_CAT_SURVEILLANCE)))
		return RCP_CAT_PRISONS;
	if (counterparty)
		return pick_primary(counterparty);
	if (sentence & company)
		return pick_specific(sentence & company);
	/* a company's main line, or none: the document may say better
	 * (document_categories) */
	*weak = 1;
	if (company)
		return pick_primary(company);
	return pick_specific(sentence);
}

/* Claims whose category only the company's main line, or nothing, gave:
 * the line of work of the document's category words (the sentences that
 * have each, cat_n), among the company's own when it has some ("Palantir
 * and Europol" in a text about police forces: policing, not Palantir's
 * first line; two companies the registry lacks in a text about armour:
 * military). */
void rcp__category_document(xclaim *v, size_t n, const size_t cat_n[6], const xents *E)
{
	for (size_t i = 0; i < n; i++) {
		if (!v[i].weak_category)
			continue;
		rcp_matcher_entity ce;
		rcp__ent_get(E, v[i].company, &ce);
		unsigned allowed = ce.categories ? ce.categories : 0x3fu;
		size_t best = 0;
		unsigned pick = 0;
		for (unsigned k = 0; k < 6; k++)
			if ((allowed & (1u << k)) && cat_n[k] > best) {
				best = cat_n[k];
				pick = 1u << k;
			}
		if (pick)
			v[i].category = pick;
	}
}
