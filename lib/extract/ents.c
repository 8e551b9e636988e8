/*
 * ents.c — the organizations of one text: the registry's entities, then
 * the bodies and companies it does not know (bodies.c, companies.c),
 * numbered after them; their parents.
 */
#include <stdlib.h>

#include "stages.h"

void rcp__ent_get(const xents *E, uint32_t e, rcp_matcher_entity *me)
{
	if (e < E->ne) {
		rcp_matcher_get_entity(E->m, e, me);
		return;
	}
	const rcp__body *b = &E->b->v[e - E->ne];
	me->id = NULL;
	me->name = b->name;
	me->kind = b->kind;
	me->categories = b->categories;
	me->parent = -1;
}

int rcp__ent_is_ancestor(const xents *E, uint32_t anc, uint32_t e)
{
	for (int depth = 0; depth < 8; depth++) {
		rcp_matcher_entity me;
		rcp__ent_get(E, e, &me);
		if (me.parent < 0)
			return 0;
		if ((uint32_t)me.parent == anc)
			return 1;
		e = (uint32_t)me.parent;
	}
	return 0;
}

static int64_t common_parent_of(const xents *E, uint32_t *body, const xmention *v, size_t n)
{
	size_t nb = 0;
	for (size_t k = 0; k < n; k++) {
		rcp_matcher_entity me;
		rcp__ent_get(E, v[k].entity, &me);
		if (me.kind == RCP_KIND_COMPANY || me.kind == RCP_KIND_OTHER_ORG || v[k].entity >= E->ne)
			continue;
		int seen = 0;
		for (size_t j = 0; j < nb; j++)
			seen |= body[j] == v[k].entity;
		if (!seen)
			body[nb++] = v[k].entity;
	}
	if (nb < 2)
		return -1;
	for (size_t j = 0; j < nb; j++)
		for (size_t k = 0; k < nb; k++)
			if (j != k && rcp__ent_is_ancestor(E, body[j], body[k]))
				return -1;
	rcp_matcher_entity me;
	rcp__ent_get(E, body[0], &me);
	for (int depth = 0; me.parent >= 0 && depth < 8; depth++) {
		uint32_t anc = (uint32_t)me.parent;
		size_t under = 0;
		for (size_t k = 1; k < nb; k++)
			under += rcp__ent_is_ancestor(E, anc, body[k]);
		if (under == nb - 1)
			return anc;
		rcp__ent_get(E, anc, &me);
	}
	return -1;
}

/* The parent that several public bodies share, none of them naming
 * another's parent, -1 if they are fewer than two or share none. */
int64_t rcp__common_parent(const xents *E, const xmention *v, size_t n)
{
	if (n < 2)
		return -1;
	uint32_t *body = rcp__xmalloc(n * sizeof *body);
	int64_t found = common_parent_of(E, body, v, n);
	free(body);
	return found;
}
