/*
 * extract.c — from text to organizations, money, dates and candidate
 * claims (the JSON of `receipts extract`).
 *
 * A claim needs, in one sentence: a registry company (or an anaphor such
 * as "the company", "la société", "das Unternehmen" standing for the
 * document's main company), another registry organization, and a relation
 * cue from the language's lexicon (data/cues/). The cue nearest the pair
 * gives the relation; between two companies a cue must stand between them
 * and its voice says which one is the claim's company ("X acquired Y",
 * "Y was acquired by X"). The category comes from category words in the
 * sentence that fit the counterparty, else from the counterparty's own
 * categories. The evidence is the sentence: always a span of the text.
 */
#include <stdlib.h>
#include <string.h>

#include "extract_internal.h"

extern const unsigned char rcp_cues_en[], rcp_cues_fr[], rcp_cues_es[], rcp_cues_de[],
	rcp_cues_categories[];
extern const size_t rcp_cues_en_len, rcp_cues_fr_len, rcp_cues_es_len, rcp_cues_de_len,
	rcp_cues_categories_len;

static const char *const langs[4] = {"en", "fr", "es", "de"};

rcp_extractor *rcp_extractor_new(const rcp_matcher *m, rcp_error *err)
{
	(void)err;
	rcp_extractor *x = rcp__xcalloc(1, sizeof *x);
	x->m = m;
	rcp__lexicon_parse(&x->cues[0], (const char *)rcp_cues_en, rcp_cues_en_len, 0);
	rcp__lexicon_parse(&x->cues[1], (const char *)rcp_cues_fr, rcp_cues_fr_len, 0);
	rcp__lexicon_parse(&x->cues[2], (const char *)rcp_cues_es, rcp_cues_es_len, 0);
	rcp__lexicon_parse(&x->cues[3], (const char *)rcp_cues_de, rcp_cues_de_len, 0);
	rcp__lexicon_parse(&x->categories, (const char *)rcp_cues_categories,
	                   rcp_cues_categories_len, 1);
	return x;
}

void rcp_extractor_free(rcp_extractor *x)
{
	if (!x)
		return;
	for (int i = 0; i < 4; i++)
		rcp__lexicon_release(&x->cues[i]);
	rcp__lexicon_release(&x->categories);
	free(x);
}

/* ---- language ---- */

const char *rcp_lang_guess(const char *text, size_t len)
{
	const char *l = rcp__lang_detect(text, len);
	return l ? l : "en";
}

static int lang_index(const char *lang)
{
	for (int i = 0; i < 4; i++)
		if (lang && !strcmp(lang, langs[i]))
			return i;
	return 0;
}

/* ---- collected facts ---- */

typedef struct xmention {
	uint32_t entity;
	size_t start, end, word;
	uint32_t sentence;
} xmention;

typedef struct vec {
	void *v;
	size_t n, cap, size;
} vec;

static void *vec_push(vec *v)
{
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 16;
		v->v = rcp__xrealloc(v->v, v->cap * v->size);
	}
	return (char *)v->v + v->size * v->n++;
}

static int on_mention(const rcp_match *mt, void *p)
{
	xmention *x = vec_push(p);
	x->entity = mt->entity;
	x->start = mt->start;
	x->end = mt->end;
	x->sentence = mt->sentence;
	x->word = 0;
	return 0;
}

static int on_money(const rcp_money *m, void *p)
{
	*(rcp_money *)vec_push(p) = *m;
	return 0;
}

static int on_date(const rcp_date *d, void *p)
{
	*(rcp_date *)vec_push(p) = *d;
	return 0;
}

static json_t *amount_json(int64_t minor)
{
	if (minor % 100 == 0)
		return json_integer(minor / 100);
	return json_real((double)minor / 100.0);
}

/* First word index whose start is >= off. */
static size_t word_at_offset(const xword *w, size_t n, size_t off)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (w[mid].t.start < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* ---- anaphora: words that stand for the document's main company ---- */

static const char *const anaphora[4][12] = {
	{"it", "its", "the company", "the firm", "the group", "the corporation", "the tech giant",
	 "the contractor", NULL},
	{"la societe", "l entreprise", "le groupe", "la firme", "le geant", "elle", "l industriel",
	 NULL},
	{"la empresa", "la compania", "esta empresa", "esta compania", "la firma", "el grupo",
	 "la multinacional", "dicha empresa", NULL},
	{"das unternehmen", "der konzern", "die firma", "der hersteller", "das unternehmens",
	 "der rustungskonzern", NULL},
};

/* Word index of an anaphor in sentence words [a, b), or -1. */
static long anaphor_in(int lang, const xword *w, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		for (int k = 0; anaphora[lang][k]; k++) {
			const char *ph = anaphora[lang][k];
			size_t j = i;
			const char *p = ph;
			int ok = 1;
			while (*p && ok) {
				const char *sp = strchr(p, ' ');
				size_t l = sp ? (size_t)(sp - p) : strlen(p);
				if (j >= b || strlen(w[j].f) != l || strncmp(w[j].f, p, l))
					ok = 0;
				j++;
				p = sp ? sp + 1 : p + l;
			}
			if (ok)
				return (long)i;
		}
	return -1;
}

/* Words for a public body the text has named before: "the military", "the
 * agency", "l'armée", "el ejército", "das Ministerium". */
static const struct {
	const char *phrase;
	int kind;
} body_words[4][12] = {
	{{"the military", RCP_KIND_MILITARY_UNIT}, {"the army", RCP_KIND_MILITARY_UNIT},
	 {"the agency", RCP_KIND_AGENCY}, {"the ministry", RCP_KIND_PUBLIC_BODY},
	 {"the department", RCP_KIND_PUBLIC_BODY}, {"the police", RCP_KIND_POLICE},
	 {"the prison service", RCP_KIND_PRISON_SERVICE}, {NULL, 0}},
	{{"l armee", RCP_KIND_MILITARY_UNIT}, {"l agence", RCP_KIND_AGENCY},
	 {"le ministere", RCP_KIND_PUBLIC_BODY}, {"la police", RCP_KIND_POLICE}, {NULL, 0}},
	{{"el ejercito", RCP_KIND_MILITARY_UNIT}, {"la agencia", RCP_KIND_AGENCY},
	 {"el ministerio", RCP_KIND_PUBLIC_BODY}, {"la policia", RCP_KIND_POLICE}, {NULL, 0}},
	{{"die armee", RCP_KIND_MILITARY_UNIT}, {"das militar", RCP_KIND_MILITARY_UNIT},
	 {"die behorde", RCP_KIND_AGENCY}, {"das ministerium", RCP_KIND_PUBLIC_BODY},
	 {"die polizei", RCP_KIND_POLICE}, {NULL, 0}},
};

static int phrase_at(const xword *w, size_t i, size_t b, const char *ph)
{
	size_t j = i;
	const char *p = ph;
	while (*p) {
		const char *sp = strchr(p, ' ');
		size_t l = sp ? (size_t)(sp - p) : strlen(p);
		if (j >= b || strlen(w[j].f) != l || strncmp(w[j].f, p, l))
			return 0;
		j++;
		p = sp ? sp + 1 : p + l;
	}
	return 1;
}

static long body_anaphor(int lang, const xword *w, size_t a, size_t b, int *kind)
{
	for (size_t i = a; i < b; i++)
		for (int k = 0; body_words[lang][k].phrase; k++)
			if (phrase_at(w, i, b, body_words[lang][k].phrase)) {
				*kind = body_words[lang][k].kind;
				return (long)i;
			}
	return -1;
}

/* The most mentioned entity of a kind in the document, -1 if none. */
static int64_t main_of_kind(const rcp_matcher *m, const uint32_t *count, size_t ne, int kind)
{
	int64_t best = -1;
	uint32_t n = 0;
	for (size_t e = 0; e < ne; e++) {
		if (count[e] <= n)
			continue;
		rcp_matcher_entity me;
		rcp_matcher_get_entity(m, (uint32_t)e, &me);
		if (me.kind == kind) {
			best = (int64_t)e;
			n = count[e];
		}
	}
	return best;
}

/* ---- categories ---- */

static unsigned kind_categories(int kind)
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
	static const unsigned order[] = {RCP_CAT_OCCUPATION, RCP_CAT_PRISONS, RCP_CAT_SURVEILLANCE,
	                                 RCP_CAT_POLICING, RCP_CAT_BORDERS, RCP_CAT_MILITARY};
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

static unsigned choose_category(unsigned sentence, unsigned counterparty, unsigned company)
{
	if (sentence & counterparty)
		return pick_specific(sentence & counterparty);
	if (counterparty)
		return pick_primary(counterparty);
	if (sentence & company)
		return pick_specific(sentence & company);
	if (company)
		return pick_primary(company);
	return pick_specific(sentence);
}

/* ---- claims ---- */

typedef struct xclaim {
	uint32_t company, counterparty;
	int relation;
	unsigned category;
	size_t start, end;
	const rcp_money *money;
	int year, text_year;
	double confidence;
	int dropped;
} xclaim;

/* A fact is told once: the same company, relation, counterparty, amount
 * and year in several sentences is one claim, kept where it is first told
 * (measured on the dev set: better than keeping the "richest" sentence). */
static void drop_repeats(xclaim *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (v[i].dropped)
			continue;
		for (size_t j = i + 1; j < n; j++) {
			if (v[j].dropped || v[j].company != v[i].company ||
			    v[j].counterparty != v[i].counterparty || v[j].relation != v[i].relation)
				continue;
			int64_t ai = v[i].money ? v[i].money->minor : -1;
			int64_t aj = v[j].money ? v[j].money->minor : -1;
			if (ai != aj || (ai >= 0 && strcmp(v[i].money->currency, v[j].money->currency)))
				continue;
			if (v[i].text_year && v[j].text_year && v[i].text_year != v[j].text_year)
				continue;
			v[j].dropped = 1;
		}
	}
}

/* How far (in words) a cue may stand from the counterparty when it is not
 * between the two, and how far apart the two may be. */
#define CUE_REACH 12
#define PAIR_REACH 40

typedef struct found_cue {
	size_t word;
	const cue *c;
} found_cue;

static int is_coordination(const char *f)
{
	return !strcmp(f, "and") || !strcmp(f, "et") || !strcmp(f, "y") || !strcmp(f, "und") ||
	       !strcmp(f, "or") || !strcmp(f, "ou") || !strcmp(f, "o") || !strcmp(f, "oder");
}

json_t *rcp_extract_json(const rcp_extractor *x, const char *text, size_t len,
                         const rcp_extract_opts *opts)
{
	static const rcp_extract_opts none;
	if (!opts)
		opts = &none;
	const rcp_matcher *m = x->m;
	const char *lang = opts->lang ? opts->lang : rcp_lang_guess(text, len);
	int li = lang_index(lang);
	size_t nw;
	xword *w = rcp__words(text, len, &nw);
	vec mentions = {0, 0, 0, sizeof(xmention)};
	vec money = {0, 0, 0, sizeof(rcp_money)};
	vec dates = {0, 0, 0, sizeof(rcp_date)};
	rcp_matcher_scan(m, text, len, on_mention, &mentions);
	rcp_money_scan(text, len, lang, on_money, &money);
	rcp_date_scan(text, len, lang, on_date, &dates);
	xmention *ms = mentions.v;
	for (size_t i = 0; i < mentions.n; i++) {
		ms[i].word = word_at_offset(w, nw, ms[i].start);
		if (ms[i].word < nw)
			ms[i].sentence = w[ms[i].word].t.sentence;
	}

	json_t *out = json_object();
	json_object_set_new(out, "lang", json_string(lang));

	/* organizations, in order of first mention */
	json_t *orgs = json_array();
	size_t ne = rcp_matcher_entity_count(m);
	uint32_t *count = rcp__xcalloc(ne ? ne : 1, sizeof *count);
	json_t **mlist = rcp__xcalloc(ne ? ne : 1, sizeof *mlist);
	for (size_t i = 0; i < mentions.n; i++) {
		uint32_t e = ms[i].entity;
		if (!mlist[e]) {
			rcp_matcher_entity me;
			rcp_matcher_get_entity(m, e, &me);
			json_t *o = json_object();
			json_object_set_new(o, "id", json_string(me.id));
			json_object_set_new(o, "name", json_string(me.name));
			json_object_set_new(o, "kind", json_string(rcp_kind_name(me.kind)));
			mlist[e] = json_array();
			json_object_set(o, "mentions", mlist[e]);
			json_array_append_new(orgs, o);
		}
		json_array_append_new(mlist[e], json_pack("{s:I, s:I, s:s%}", "start",
		                                          (json_int_t)ms[i].start, "end",
		                                          (json_int_t)ms[i].end, "text",
		                                          text + ms[i].start, ms[i].end - ms[i].start));
		count[e]++;
	}
	for (size_t e = 0; e < ne; e++)
		json_decref(mlist[e]);
	free(mlist);
	json_object_set_new(out, "orgs", orgs);

	/* money and percentages */
	json_t *mj = json_array(), *pj = json_array();
	rcp_money *mv = money.v;
	for (size_t i = 0; i < money.n; i++) {
		json_t *o = json_pack("{s:I, s:I, s:s%}", "start", (json_int_t)mv[i].start, "end",
		                      (json_int_t)mv[i].end, "text", text + mv[i].start,
		                      mv[i].end - mv[i].start);
		if (mv[i].percent) {
			json_object_set_new(o, "value", amount_json(mv[i].minor));
			json_array_append_new(pj, o);
			continue;
		}
		json_object_set_new(o, "amount", amount_json(mv[i].minor));
		json_object_set_new(o, "currency", json_string(mv[i].currency));
		static const char *const q[] = {NULL, "at_least", "up_to", "about"};
		if (mv[i].qualifier)
			json_object_set_new(o, "qualifier", json_string(q[mv[i].qualifier]));
		json_array_append_new(mj, o);
	}
	json_object_set_new(out, "money", mj);
	json_object_set_new(out, "percentages", pj);

	json_t *dj = json_array();
	rcp_date *dv = dates.v;
	for (size_t i = 0; i < dates.n; i++) {
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
	json_object_set_new(out, "dates", dj);

	/* the main company: the most mentioned */
	int64_t main_co = -1;
	uint32_t best = 0;
	for (size_t e = 0; e < ne; e++) {
		rcp_matcher_entity me;
		if (!count[e])
			continue;
		rcp_matcher_get_entity(m, (uint32_t)e, &me);
		if (me.kind == RCP_KIND_COMPANY && count[e] > best) {
			best = count[e];
			main_co = (int64_t)e;
		}
	}

	/* claims, sentence by sentence */
	vec claims = {0, 0, 0, sizeof(xclaim)};
	size_t mi = 0, wi = 0;
	xmention local[66], carried;
	int body_kind = 0;
	int carried_ok = 0;
	memset(&carried, 0, sizeof carried);
	static const cue contract_cue = {1, 'a', 1, {0}, {"contract"}, 0};
	found_cue *fc = rcp__xmalloc(256 * sizeof *fc);
	while (wi < nw) {
		uint32_t s = w[wi].t.sentence;
		size_t a = wi, b = wi;
		while (b < nw && w[b].t.sentence == s)
			b++;
		wi = b;
		size_t sstart = w[a].t.start, send = w[b - 1].t.end;
		/* closing punctuation belongs to the sentence */
		while (send < len && (text[send] == '.' || text[send] == '!' || text[send] == '?' ||
		                      text[send] == '"' || text[send] == ')'))
			send++;
		size_t m0 = mi;
		while (mi < mentions.n && ms[mi].sentence == s)
			mi++;
		size_t m1 = mi;
		/* mentions may be out of step with words only if one spans sentences */
		while (m0 < m1 && ms[m0].sentence != s)
			m0++;
		/* cues */
		size_t ncues = 0;
		unsigned sent_cats = 0;
		for (size_t i = a; i < b; i++) {
			/* at one word the longest cue wins: "acquired by" over "acquired" */
			const cue *best_here = NULL;
			size_t best_len = 0;
			for (size_t k = 0; k < x->cues[li].n; k++) {
				size_t l = rcp__cue_at(&x->cues[li].cues[k], w, b, i);
				if (l > best_len) {
					best_len = l;
					best_here = &x->cues[li].cues[k];
				}
			}
			/* English passages inside other languages: quotes, names of
			 * programmes, mixed documents */
			for (size_t k = 0; li && !best_here && k < x->cues[0].n; k++) {
				size_t l = rcp__cue_at(&x->cues[0].cues[k], w, b, i);
				if (l > best_len && l >= 1 && strlen(x->cues[0].cues[k].words[0]) >= 5) {
					best_len = l;
					best_here = &x->cues[0].cues[k];
				}
			}
			if (best_here && ncues < 256)
				fc[ncues++] = (found_cue){i, best_here};
			for (size_t k = 0; k < x->categories.n; k++)
				if (rcp__cue_at(&x->categories.cues[k], w, b, i))
					sent_cats |= x->categories.cues[k].category;
		}
		/* the sentence's first money and year */
		const rcp_money *amount = NULL;
		for (size_t k = 0; k < money.n; k++)
			if (!mv[k].percent && mv[k].start >= sstart && mv[k].end <= send) {
				amount = &mv[k];
				break;
			}
		int year = 0;
		for (size_t k = 0; k < dates.n; k++)
			if (dv[k].start >= sstart && dv[k].end <= send) {
				year = dv[k].year;
				break;
			}
		int text_year = year;
		if (!year)
			year = opts->doc_year;
		/* an amount with no verb is a contract ("Le premier, d'une valeur de
		 * 50 millions d'euros, à Airbus") */
		const cue *implicit = (!ncues && amount) ? &contract_cue : NULL;
		/* organizations of this sentence, and the counterparty the text is
		 * about when this one names none: the last public body of the two
		 * sentences before */
		size_t nloc = 0;
		int has_body = 0;
		for (size_t k = m0; k < m1 && nloc < 64; k++) {
			local[nloc++] = ms[k];
			rcp_matcher_entity le;
			rcp_matcher_get_entity(m, ms[k].entity, &le);
			if (le.kind != RCP_KIND_COMPANY && le.kind != RCP_KIND_OTHER_ORG)
				has_body = 1;
		}
		long bw = -1;
		int64_t body = -1;
		if (!has_body && (ncues || implicit) && (bw = body_anaphor(li, w, a, b, &body_kind)) >= 0)
			body = main_of_kind(m, count, ne, body_kind);
		if (body >= 0) {
			/* "the military", "l'agence": the document's main body of that kind */
			local[nloc] = (xmention){(uint32_t)body, w[bw].t.start, w[bw].t.end, (size_t)bw, s};
			nloc++;
		} else if (!has_body && carried.sentence + 2 >= s && carried_ok && s > 0 &&
		           (ncues || implicit)) {
			/* it stands where the sentence starts */
			local[nloc] = carried;
			local[nloc].word = a;
			local[nloc].start = w[a].t.start;
			nloc++;
		}
		for (size_t k = m0; k < m1; k++) {
			rcp_matcher_entity le;
			rcp_matcher_get_entity(m, ms[k].entity, &le);
			if (le.kind != RCP_KIND_COMPANY && le.kind != RCP_KIND_OTHER_ORG) {
				carried = ms[k];
				carried_ok = 1;
			}
		}
		if ((!ncues && !implicit) || !nloc)
			continue;
		/* candidate companies: mentioned ones, and the main company by anaphor */
		xmention anaph;
		int have_anaph = 0;
		if (main_co >= 0) {
			int present = 0;
			for (size_t k = 0; k < nloc; k++)
				present |= local[k].entity == (uint32_t)main_co;
			long aw = present ? -1 : anaphor_in(li, w, a, b);
			if (aw >= 0) {
				anaph = (xmention){(uint32_t)main_co, w[aw].t.start, w[aw].t.end, (size_t)aw, s};
				have_anaph = 1;
			}
		}
		size_t sentence_first = claims.n;
		for (size_t ci = 0; ci < nloc + (size_t)have_anaph; ci++) {
			const xmention *c = ci < nloc ? &local[ci] : &anaph;
			rcp_matcher_entity ce;
			rcp_matcher_get_entity(m, c->entity, &ce);
			if (ce.kind != RCP_KIND_COMPANY)
				continue;
			for (size_t pi = 0; pi < nloc; pi++) {
				const xmention *p = &local[pi];
				if (p->entity == c->entity)
					continue;
				rcp_matcher_entity pe;
				rcp_matcher_get_entity(m, p->entity, &pe);
				if (pe.kind == RCP_KIND_OTHER_ORG)
					continue;
				size_t lo = c->word < p->word ? c->word : p->word;
				size_t hi = c->word < p->word ? p->word : c->word;
				/* the cue: one between the two if any, else the nearest to p */
				const cue *chosen = NULL;
				size_t bestd = (size_t)-1;
				int between = 0;
				for (size_t k = 0; k < ncues; k++) {
					size_t cw = fc[k].word;
					int btw = cw > lo && cw < hi;
					/* between the two: the cue nearest the company (its verb);
					 * outside: the one nearest the counterparty */
					size_t ref = btw ? c->word : p->word;
					size_t d = cw > ref ? cw - ref : ref - cw;
					if ((btw && !between) || (btw == between && d < bestd)) {
						chosen = fc[k].c;
						bestd = d;
						between = btw;
					}
				}
				if (!chosen && implicit)
					chosen = implicit;
				if (!chosen)
					continue;
				if (pe.kind == RCP_KIND_COMPANY) {
					/* two companies: the cue must stand between them, and its
					 * voice must make c the claim's company */
					if (!between || ci >= nloc)
						continue;
					int c_first = c->word < p->word;
					if ((chosen->voice == 'a') != c_first)
						continue;
					/* "Amazon and Google": coordinated, not related */
					if (hi - lo == 2 && is_coordination(w[lo + 1].f))
						continue;
				}
				/* the cue must be near the pair, the pair near each other */
				if (!between && bestd > CUE_REACH)
					continue;
				if (hi - lo > PAIR_REACH)
					continue;
				/* one claim per company and counterparty in a sentence */
				int dup = 0;
				for (size_t k = sentence_first; k < claims.n; k++) {
					xclaim *q = &((xclaim *)claims.v)[k];
					if (q->company == c->entity && q->counterparty == p->entity)
						dup = 1;
				}
				if (dup)
					continue;
				xclaim *q = vec_push(&claims);
				q->company = c->entity;
				q->counterparty = p->entity;
				q->relation = chosen->relation;
				q->category = choose_category(sent_cats,
				                              pe.categories | kind_categories(pe.kind),
				                              ce.categories);
				q->start = sstart;
				q->end = send;
				q->money = amount;
				q->year = year;
				q->text_year = text_year;
				q->dropped = 0;
				double conf = 0.4;
				if (ci < nloc)
					conf += 0.2;
				if (between)
					conf += 0.15;
				if (amount)
					conf += 0.1;
				if (pe.kind != RCP_KIND_COMPANY)
					conf += 0.1;
				q->confidence = conf > 0.95 ? 0.95 : conf;
			}
		}
	}
	free(fc);

	json_t *cj = json_array();
	xclaim *cv = claims.v;
	drop_repeats(cv, claims.n);
	for (size_t i = 0; i < claims.n; i++) {
		if (cv[i].dropped)
			continue;
		rcp_matcher_entity ce, pe;
		rcp_matcher_get_entity(m, cv[i].company, &ce);
		rcp_matcher_get_entity(m, cv[i].counterparty, &pe);
		json_t *o = json_object();
		json_object_set_new(o, "company", json_string(ce.id));
		json_object_set_new(o, "company_name", json_string(ce.name));
		json_object_set_new(o, "relation", json_string(rcp__relations[cv[i].relation]));
		json_object_set_new(o, "counterparty", json_string(pe.id));
		json_object_set_new(o, "counterparty_name", json_string(pe.name));
		const char *cat = rcp_category_name(cv[i].category);
		json_object_set_new(o, "category", cat ? json_string(cat) : json_null());
		json_object_set_new(o, "amount", cv[i].money ? amount_json(cv[i].money->minor) : json_null());
		json_object_set_new(o, "currency", cv[i].money ? json_string(cv[i].money->currency) : json_null());
		json_object_set_new(o, "year", cv[i].year ? json_integer(cv[i].year) : json_null());
		json_object_set_new(o, "start", json_integer((json_int_t)cv[i].start));
		json_object_set_new(o, "end", json_integer((json_int_t)cv[i].end));
		json_object_set_new(o, "evidence", json_stringn(text + cv[i].start, cv[i].end - cv[i].start));
		json_object_set_new(o, "confidence", json_real((double)(int)(cv[i].confidence * 100 + 0.5) / 100));
		json_array_append_new(cj, o);
	}
	json_object_set_new(out, "claims", cj);

	free(claims.v);
	free(count);
	free(mentions.v);
	free(money.v);
	free(dates.v);
	free(w);
	return out;
}
