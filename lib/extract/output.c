/*
 * output.c — the JSON of `receipts extract` (DESIGN.md), written from what
 * the stages found (rcp__extraction): "lang", "orgs", "money",
 * "percentages", "dates", "claims", and, when a limit was reached, what it
 * cut ("sentences_cut", "warnings").
 */
#include <stdlib.h>
#include <string.h>

#include "stages.h"

/* minor units of currency (NULL: a percentage's hundredths) in whole
 * units: an integer when whole, else a number to the currency's decimals.
 * "amount_minor" beside it keeps the exact integer. */
static json_t *amount_json(int64_t minor, const char *currency)
{
	if (currency)
		return rcp_amount_json(minor, currency);
	/* a percentage, in hundredths of a percent */
	if (minor % 100 == 0)
		return json_integer(minor / 100);
	return json_real((double)minor / 100.0);
}

/* An amount in a headline that the body tells again ("ICE Is Paying
 * Palantir $30 Million" over "... is paying Palantir $30 million"): one
 * amount, listed where the body tells it. */
static int headline_repeat(const char *text, size_t len, const xword *w, size_t nw,
                           const rcp_money *mv, size_t n, size_t i)
{
	size_t k = rcp__word_at_offset(w, nw, mv[i].start);
	if (k >= nw)
		return 0;
	uint32_t s = w[k].t.sentence;
	size_t k0 = k;
	while (k0 > 0 && w[k0 - 1].t.sentence == s)
		k0--;
	while (k + 1 < nw && w[k + 1].t.sentence == s)
		k++;
	if (!rcp__is_headline(text, len, w[k0].t.start, w[k].t.end))
		return 0;
	for (size_t j = i + 1; j < n; j++)
		if (mv[j].start >= w[k].t.end && mv[j].minor == mv[i].minor &&
		    mv[j].percent == mv[i].percent && !strcmp(mv[j].currency, mv[i].currency))
			return 1;
	return 0;
}


/* {"start":, "end":, "text":} of a span, as json_pack("{s:I, s:I, s:s%}")
 * built it (NULL when the text is not UTF-8), without parsing a format and
 * checking the keys for each of the thousands of mentions. */
static json_t *span_json(const char *text, size_t start, size_t end)
{
	json_t *t = json_stringn(text + start, end - start);
	if (!t)
		return NULL;
	json_t *o = json_object();
	json_object_set_new_nocheck(o, "start", json_integer((json_int_t)start));
	json_object_set_new_nocheck(o, "end", json_integer((json_int_t)end));
	json_object_set_new_nocheck(o, "text", t);
	return o;
}

/* Organizations, in order of first mention: the registry's (a body it does
 * not know has no id to list; it shows as a claim's side). */
static json_t *orgs_json(const rcp__extraction *r)
{
	const char *text = r->text;
	size_t ne = r->E.ne;
	const xmention *ms = r->mentions.v;
	json_t *orgs = json_array();
	json_t **mlist = rcp__xcalloc(ne ? ne : 1, sizeof *mlist);
	for (size_t i = 0; i < r->mentions.n; i++) {
		uint32_t e = ms[i].entity;
		if (e >= ne)
			continue;
		if (!mlist[e]) {
			rcp_matcher_entity me;
			rcp__ent_get(&r->E, e, &me);
			json_t *o = json_object();
			json_object_set_new(o, "id", json_string(me.id));
			json_object_set_new(o, "name", json_string(me.name));
			json_object_set_new(o, "kind", json_string(rcp_kind_name(me.kind)));
			mlist[e] = json_array();
			json_object_set(o, "mentions", mlist[e]);
			json_array_append_new(orgs, o);
		}
		json_array_append_new(mlist[e], span_json(text, ms[i].start, ms[i].end));
	}
	for (size_t e = 0; e < ne; e++)
		json_decref(mlist[e]);
	free(mlist);
	/* then those the registry does not know, in order of first mention:
	 * no id, the name as the text first writes it, for an editor to link */
	size_t nb = r->bodies.n;
	json_t **blist = rcp__xcalloc(nb ? nb : 1, sizeof *blist);
	for (size_t i = 0; i < r->mentions.n; i++) {
		uint32_t e = ms[i].entity;
		if (e < ne)
			continue;
		const rcp__body *bo = &r->bodies.v[e - ne];
		if (!blist[e - ne]) {
			json_t *o = json_object();
			json_object_set_new(o, "id", json_null());
			json_object_set_new(o, "name", json_string(bo->name));
			json_object_set_new(o, "kind", json_string(rcp_kind_name(bo->kind)));
			blist[e - ne] = json_array();
			json_object_set(o, "mentions", blist[e - ne]);
			json_array_append_new(orgs, o);
		}
		json_array_append_new(blist[e - ne], span_json(text, ms[i].start, ms[i].end));
	}
	for (size_t e = 0; e < nb; e++)
		json_decref(blist[e]);
	free(blist);
	return orgs;
}

/* Money and percentages, into out's "money" and "percentages". */
static void money_json(const rcp__extraction *r, json_t *out)
{
	const char *text = r->text;
	json_t *mj = json_array(), *pj = json_array();
	const rcp_money *mv = r->money.v;
	for (size_t i = 0; i < r->money.n; i++) {
		if (headline_repeat(text, r->len, r->w, r->nw, mv, r->money.n, i))
			continue;
		json_t *o = span_json(text, mv[i].start, mv[i].end);
		if (mv[i].percent) {
			json_object_set_new(o, "value", amount_json(mv[i].minor, NULL));
			json_array_append_new(pj, o);
			continue;
		}
		json_object_set_new(o, "amount", amount_json(mv[i].minor, mv[i].currency));
		json_object_set_new(o, "amount_minor", json_integer(mv[i].minor));
		json_object_set_new(o, "currency", json_string(mv[i].currency));
		static const char *const q[] = {NULL, "at_least", "up_to", "about"};
		if (mv[i].qualifier)
			json_object_set_new(o, "qualifier", json_string(q[mv[i].qualifier]));
		json_array_append_new(mj, o);
	}
	json_object_set_new(out, "money", mj);
	json_object_set_new(out, "percentages", pj);
}

static json_t *dates_json(const rcp__extraction *r)
{
	const char *text = r->text;
	json_t *dj = json_array();
	const rcp_date *dv = r->dates.v;
	for (size_t i = 0; i < r->dates.n; i++) {
		json_t *o = json_pack("{s:I, s:I, s:s%, s:i}", "start", (json_int_t)dv[i].start, "end",
		                      (json_int_t)dv[i].end, "text", text + dv[i].start,
		                      dv[i].end - dv[i].start, "year", dv[i].year);
		if (dv[i].month)
			json_object_set_new(o, "month", json_integer(dv[i].month));
		if (dv[i].day)
			json_object_set_new(o, "day", json_integer(dv[i].day));
		if (dv[i].year2)
			json_object_set_new(o, "year_end", json_integer(dv[i].year2));
		json_array_append_new(dj, o);
	}
	return dj;
}

static json_t *claims_json(const rcp__extraction *r)
{
	const char *text = r->text;
	json_t *cj = json_array();
	const xclaim *cv = r->claims.v;
	size_t n = r->claims.n;
	/* each repeat listed under the telling it finally merged into, in
	 * order: first[t] and next[k] chain them */
	size_t *first = rcp__xmalloc((n ? n : 1) * sizeof *first);
	size_t *next = rcp__xmalloc((n ? n : 1) * sizeof *next);
	size_t *last = rcp__xmalloc((n ? n : 1) * sizeof *last);
	for (size_t k = 0; k < n; k++)
		first[k] = next[k] = last[k] = (size_t)-1;
	for (size_t k = 0; k < n; k++) {
		if (!cv[k].into)
			continue;
		size_t t = cv[k].into - 1;
		/* merges point forward or back but never in a cycle: a dropped
		 * telling is never merged into */
		for (size_t hops = 0; cv[t].into && hops < n; hops++)
			t = cv[t].into - 1;
		if (last[t] == (size_t)-1)
			first[t] = k;
		else
			next[last[t]] = k;
		last[t] = k;
	}
	for (size_t i = 0; i < n; i++) {
		if (cv[i].dropped)
			continue;
		rcp_matcher_entity ce, pe;
		rcp__ent_get(&r->E, cv[i].company, &ce);
		rcp__ent_get(&r->E, cv[i].counterparty, &pe);
		json_t *o = json_object();
		/* a company the registry does not know: null, and its name as the
		 * source writes it */
		json_object_set_new(o, "company", ce.id ? json_string(ce.id) : json_null());
		json_object_set_new(o, "company_name", json_string(ce.name));
		json_object_set_new(o, "relation", json_string(rcp__relations[cv[i].relation]));
		json_object_set_new(o, "counterparty", pe.id ? json_string(pe.id) : json_null());
		json_object_set_new(o, "counterparty_name", json_string(pe.name));
		const char *cat = rcp_category_name(cv[i].category);
		json_object_set_new(o, "category", cat ? json_string(cat) : json_null());
		const rcp_money *cm = cv[i].money;
		json_object_set_new(o, "amount", cm ? amount_json(cm->minor, cm->currency) : json_null());
		json_object_set_new(o, "amount_minor", cm ? json_integer(cm->minor) : json_null());
		json_object_set_new(o, "currency", cm ? json_string(cm->currency) : json_null());
		json_object_set_new(o, "year", cv[i].year ? json_integer(cv[i].year) : json_null());
		json_object_set_new(o, "start", json_integer((json_int_t)cv[i].start));
		json_object_set_new(o, "end", json_integer((json_int_t)cv[i].end));
		json_object_set_new(o, "evidence", json_stringn(text + cv[i].start, cv[i].end - cv[i].start));
		json_object_set_new(o, "confidence",
		                    json_real((double)(int)(cv[i].confidence * 100 + 0.5) / 100));
		/* the other tellings of the same fact: further receipts */
		json_t *more = NULL;
		for (size_t k = first[i]; k != (size_t)-1; k = next[k]) {
			if (!more)
				more = json_array();
			json_array_append_new(more, json_pack("{s:I, s:I}", "start",
			                                      (json_int_t)cv[k].start, "end",
			                                      (json_int_t)cv[k].end));
		}
		if (more)
			json_object_set_new(o, "receipts", more);
		json_array_append_new(cj, o);
	}
	free(first);
	free(next);
	free(last);
	return cj;
}

json_t *rcp__extraction_json(const rcp__extraction *r)
{
	json_t *out = json_object();
	json_object_set_new(out, "lang", json_string(r->lang));
	if (r->sentences_cut) /* said, not silent: a claim's evidence is then a piece */
		json_object_set_new(out, "sentences_cut", json_integer((json_int_t)r->sentences_cut));
	if (r->orgs_cut) {
		/* said, not silent: claims of those sentences may be missing */
		json_t *warn = json_array();
		json_array_append_new(warn, json_pack("{s:s, s:I, s:i}", "limit", "sentence_orgs",
		                                      "sentences", (json_int_t)r->orgs_cut, "max",
		                                      RCP_SENTENCE_ORGS));
		json_object_set_new(out, "warnings", warn);
	}
	json_object_set_new(out, "orgs", orgs_json(r));
	money_json(r, out);
	json_object_set_new(out, "dates", dates_json(r));
	json_object_set_new(out, "claims", claims_json(r));
	return out;
}
