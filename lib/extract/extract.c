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
	{"it", "the company", "the firm", "the group", "the corporation", "the tech giant",
	 "the contractor", NULL},
	{"la societe", "l entreprise", "le groupe", "la firme", "le geant", "elle", "l industriel",
	 NULL},
	{"la empresa", "la compania", "esta empresa", "esta compania", "la firma", "el grupo",
	 "la multinacional", "dicha empresa", NULL},
	{"das unternehmen", "der konzern", "die firma", "der hersteller", "das unternehmens",
	 "der rustungskonzern", NULL},
};

/* Word index of an anaphor in sentence words [a, b), or -1. */
static int all_upper(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!(s[i] >= 'A' && s[i] <= 'Z'))
			return 0;
	return 1;
}

static long anaphor_in(int lang, const char *text, const xword *w, size_t a, size_t b)
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
			/* "IT infrastructure" is not "it" */
			if (ok && !strchr(ph, ' ') && w[i].t.end - w[i].t.start > 1 &&
			    all_upper(text + w[i].t.start, w[i].t.end - w[i].t.start))
				ok = 0;
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

/* Entities of one text: the registry's, then the public bodies it does not
 * know (bodies.c), numbered after them. */
typedef struct xents {
	const rcp_matcher *m;
	size_t ne;              /* registry entities: [0, ne) */
	const rcp__bodies *b;   /* bodies: [ne, ne + b->n) */
} xents;

static void ent_get(const xents *E, uint32_t e, rcp_matcher_entity *me)
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

/* A body word with "of that country" after it: "el ejército de ese país",
 * "the military of that country". It refers back as plainly as a name, so
 * it counts wherever it stands. Words a mention covers are the mention's
 * ("el Ministerio de Defensa de ese país" is a body of its own). */
static long qualified_body(int lang, const xword *w, size_t a, size_t b, const xmention *loc,
                           size_t nloc, int *kind)
{
	for (size_t i = a; i < b; i++) {
		/* rare: look for the qualifier first, one or two words on */
		if (!((i + 1 < b && rcp__body_qualifier(w, b, i + 1)) ||
		      (i + 2 < b && rcp__body_qualifier(w, b, i + 2))))
			continue;
		for (int k = 0; body_words[lang][k].phrase; k++) {
			/* the noun without its article: "al ejército", "du ministère" */
			const char *ph = body_words[lang][k].phrase;
			const char *sp = strchr(ph, ' ');
			if (sp)
				ph = sp + 1;
			if (!phrase_at(w, i, b, ph))
				continue;
			size_t nwords = 1;
			for (const char *c = ph; *c; c++)
				nwords += *c == ' ';
			if (i + nwords >= b || !rcp__body_qualifier(w, b, i + nwords))
				continue;
			int inside = 0;
			for (size_t j = 0; j < nloc; j++)
				inside |= loc[j].start <= w[i + nwords - 1].t.start &&
				          w[i].t.start < loc[j].end;
			if (inside)
				continue;
			*kind = body_words[lang][k].kind;
			return (long)i;
		}
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
	int inferred;          /* a side stands for a name: "it", the sentence before */
	int carried;           /* the counterparty is a body of the sentences before */
} xclaim;

/* A fact is told once: the same company, relation, counterparty, amount
 * and year in several sentences is one claim, kept where it is first told
 * (measured on the dev set: better than keeping the "richest" sentence).
 * A later telling with no amount repeats one that has it ("The company
 * signed a contract with an ICE division"). */
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
			/* two amounts are two contracts */
			if (aj >= 0 && (ai != aj || strcmp(v[i].money->currency, v[j].money->currency)))
				continue;
			if (v[i].text_year && v[j].text_year && v[i].text_year != v[j].text_year)
				continue;
			/* a telling that names both sides over one that infers one */
			if (v[i].inferred && !v[j].inferred) {
				v[i].dropped = 1;
				break;
			}
			v[j].dropped = 1;
		}
	}
}

/* How far (in words) a cue may stand from the counterparty when it is not
 * between the two, and how far apart the two may be. */
#define CUE_REACH 10
#define PAIR_REACH 40

typedef struct found_cue {
	size_t word;
	const cue *c;
} found_cue;

/* Which relations a counterparty of this kind can take: a public body is
 * not acquired, invested in, divested from or owned ("Microsoft acquired
 * startups that use technology developed for the Israeli military"), and a
 * contract is with a buyer, a public body: between two companies the same
 * words are bids and rivalry ("lost its bid for Nimbus to Amazon"). */
static int relation_fits(int relation, int kind)
{
	switch (relation) {
	case 1: /* contract */
		return kind != RCP_KIND_COMPANY;
	case 2: case 3: case 4: case 6: /* acquired invested divested owns */
		return kind == RCP_KIND_COMPANY;
	default:
		return 1;
	}
}

/* A headline or a caption: a line that ends with no closing punctuation
 * ("ICE Is Paying Palantir $30 Million to Build 'ImmigrationOS'"). Its
 * fact is told again in the body, with the words the claim should quote. */
static int is_headline(const char *text, size_t len, size_t sstart, size_t send)
{
	if (!send || !((text[send - 1] >= 'a' && text[send - 1] <= 'z') ||
	               (text[send - 1] >= 'A' && text[send - 1] <= 'Z') ||
	               (text[send - 1] >= '0' && text[send - 1] <= '9')))
		return 0;
	size_t i = send;
	for (; i < len; i++) {
		if (text[i] == '\n')
			break;
		if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r')
			return 0;
	}
	if (i == len)
		return 0; /* the end of the text: a document cut short, not a headline */
	/* the document's first line, or a line in title case; a list item in
	 * sentence case ("- Microsoft supplies the police with cloud") is no
	 * headline */
	size_t k = 0;
	while (k < sstart && (text[k] == ' ' || text[k] == '\n' || text[k] == '\r' || text[k] == '\t'))
		k++;
	if (k == sstart)
		return 1;
	size_t words = 0, caps = 0;
	for (size_t p = sstart; p < send; p++)
		if (p == sstart || text[p - 1] == ' ') {
			words++;
			caps += (text[p] >= 'A' && text[p] <= 'Z') || (text[p] >= '0' && text[p] <= '9') ||
			        text[p] == '$';
		}
	return words >= 3 && caps * 2 >= words;
}

static size_t word_gap(size_t a, size_t b)
{
	return a > b ? a - b : b - a;
}

/* Is anc a parent, or a parent's parent, of e in the registry? */
static int is_ancestor(const xents *E, uint32_t anc, uint32_t e)
{
	for (int depth = 0; depth < 8; depth++) {
		rcp_matcher_entity me;
		ent_get(E, e, &me);
		if (me.parent < 0)
			return 0;
		if ((uint32_t)me.parent == anc)
			return 1;
		e = (uint32_t)me.parent;
	}
	return 0;
}

/* The parent that several public bodies share, none of them naming
 * another's parent, -1 if they are fewer than two or share none. */
static int64_t common_parent(const xents *E, const xmention *v, size_t n)
{
	uint32_t body[8];
	size_t nb = 0;
	for (size_t k = 0; k < n && nb < 8; k++) {
		rcp_matcher_entity me;
		ent_get(E, v[k].entity, &me);
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
			if (j != k && is_ancestor(E, body[j], body[k]))
				return -1;
	rcp_matcher_entity me;
	ent_get(E, body[0], &me);
	for (int depth = 0; me.parent >= 0 && depth < 8; depth++) {
		uint32_t anc = (uint32_t)me.parent;
		size_t under = 0;
		for (size_t k = 1; k < nb; k++)
			under += is_ancestor(E, anc, body[k]);
		if (under == nb - 1)
			return anc;
		ent_get(E, anc, &me);
	}
	return -1;
}

static int is_article(const char *f, size_t n);

/* "the U.S. government's federal prison system", "el sistema
 * penitenciario del Gobierno": a body named as the owner of its prisons,
 * police or military means those. The registry's body of that kind under
 * it (the topmost, if one), or -1. */
static int64_t owned_body(const xents *E, const char *text, size_t len, const xword *w,
                          size_t a, size_t b, const xmention *p)
{
	static const struct {
		const char *noun;
		int kind;
	} nouns[] = {
		{"prison", RCP_KIND_PRISON_SERVICE}, {"prisons", RCP_KIND_PRISON_SERVICE},
		{"penitentiary", RCP_KIND_PRISON_SERVICE}, {"penitentiaire", RCP_KIND_PRISON_SERVICE},
		{"penitenciario", RCP_KIND_PRISON_SERVICE}, {"penitenciaria", RCP_KIND_PRISON_SERVICE},
		{"strafvollzug", RCP_KIND_PRISON_SERVICE}, {"police", RCP_KIND_POLICE},
		{"policia", RCP_KIND_POLICE}, {"polizei", RCP_KIND_POLICE},
		{"military", RCP_KIND_MILITARY_UNIT}, {"army", RCP_KIND_MILITARY_UNIT},
		{"armee", RCP_KIND_MILITARY_UNIT}, {"ejercito", RCP_KIND_MILITARY_UNIT},
		{"streitkrafte", RCP_KIND_MILITARY_UNIT}, {NULL, 0}};
	static const char *const of[] = {"of", "de", "del", "du", "des", "der", NULL};
	size_t after = word_at_offset(w, b, p->end);
	int kind = 0;
	size_t e = p->end;
	int poss = (e + 2 <= len && !strncmp(text + e, "'s", 2)) ||
	           (e + 4 <= len && !strncmp(text + e, "\xe2\x80\x99s", 4));
	/* "X's [federal] prison system": after the "s", two words at most */
	for (size_t i = after + 1; poss && !kind && i < b && i <= after + 3; i++)
		for (int k = 0; nouns[k].noun; k++)
			if (!strcmp(w[i].f, nouns[k].noun))
				kind = nouns[k].kind;
	/* "el sistema penitenciario del Gobierno": the noun within three words
	 * before "de", "del", "of" (and an article) */
	size_t j = p->word;
	if (!kind && j > a && j - a >= 2) {
		size_t d = j - 1;
		int is_of = 0;
		for (int k = 0; of[k]; k++)
			is_of |= !strcmp(w[d].f, of[k]);
		/* "de la", "of the"; German "der" is both */
		if (!is_of && is_article(w[d].f, strlen(w[d].f)) && d > a + 1) {
			d--;
			for (int k = 0; of[k]; k++)
				is_of |= !strcmp(w[d].f, of[k]);
		}
		for (size_t i = d; is_of && !kind && i > a && i + 3 >= d; i--)
			for (int k = 0; nouns[k].noun; k++)
				if (!strcmp(w[i - 1].f, nouns[k].noun))
					kind = nouns[k].kind;
	}
	if (!kind)
		return -1;
	rcp_matcher_entity me;
	ent_get(E, p->entity, &me);
	if (me.kind == kind)
		return -1;
	int64_t found = -1;
	for (size_t x = 0; x < E->ne; x++) {
		if (!is_ancestor(E, p->entity, (uint32_t)x))
			continue;
		ent_get(E, (uint32_t)x, &me);
		if (me.kind != kind)
			continue;
		/* the topmost: no body of the kind between it and the owner */
		int top = 1;
		rcp_matcher_entity up = me;
		while (top && up.parent >= 0 && (uint32_t)up.parent != p->entity) {
			ent_get(E, (uint32_t)up.parent, &up);
			top = up.kind != kind;
		}
		if (!top)
			continue;
		if (found >= 0)
			return -1; /* two: the text does not say which */
		found = (int64_t)x;
	}
	return found;
}

/* Is a mention a genitive, the owner of what comes before or after it:
 * "of the Israeli military", "de l'armée israélienne", "Israel's military"? */
static int is_genitive(const char *text, const xword *w, size_t a, const xmention *p)
{
	static const char *const of[] = {"of", "de", "del", "des", "du", "der", "des", NULL};
	const char *e = text + p->end;
	if (!strncmp(e, "'s", 2) || !strncmp(e, "\xe2\x80\x99s", 4) ||
	    (p->end >= 2 && !strncmp(e - 2, "'s", 2)) ||
	    (p->end >= 4 && !strncmp(e - 4, "\xe2\x80\x99s", 4)))
		return 1;
	/* the word before, or the one before an article */
	for (size_t back = 1; back <= 2 && p->word >= a + back; back++) {
		const char *f = w[p->word - back].f;
		for (int k = 0; of[k]; k++)
			if (!strcmp(f, of[k]))
				return 1;
		if (strcmp(f, "the") && strcmp(f, "l") && strcmp(f, "la") && strcmp(f, "le") &&
		    strcmp(f, "el") && strcmp(f, "die"))
			break;
	}
	return 0;
}

/* Are two mentions in apposition: near, a comma between ("Israel's
 * military intelligence agency, Unit 8200")? */
static int appositive(const char *text, const xword *w, const xmention *p, const xmention *q)
{
	(void)w;
	const xmention *x = p->start < q->start ? p : q, *y = p->start < q->start ? q : p;
	if (y->start < x->end || y->start - x->end > 60)
		return 0;
	size_t words = 0;
	for (size_t i = x->end; i < y->start; i++)
		words += text[i] != ' ' && (i == x->end || text[i - 1] == ' ');
	return words <= 4 && memchr(text + x->end, ',', y->start - x->end) != NULL;
}

/* Is the word at i negated: a negation among the three words before it, or
 * right after it (German "liefert keine")? */
static int negated(const xword *w, size_t a, size_t b, size_t i)
{
	static const char *const neg[] = {"not", "no", "never", "without", "t", "ne", "n",
	                                  "jamais", "aucun", "aucune", "sans", "nunca", "ningun",
	                                  "ninguna", "sin", "nicht", "kein", "keine", "keinen",
	                                  "keiner", "nie", "ohne", NULL};
	for (size_t back = 1; back <= 3 && i >= a + back; back++)
		for (int k = 0; neg[k]; k++)
			if (!strcmp(w[i - back].f, neg[k]))
				return 1;
	for (int k = 0; neg[k]; k++)
		if (i + 1 < b && !strcmp(w[i + 1].f, neg[k]) &&
		    (w[i + 1].f[0] == 'k' || w[i + 1].f[0] == 'n'))
			return 1;
	return 0;
}

/* Is a body's name a modifier of another noun: its contractors, its
 * courts, something it developed? */
static int names_other(const char *text, size_t len, const xword *w, size_t a,
                       const xmention *p)
{
	/* plural suppliers are others; "Palantir has been an ICE contractor"
	 * says what Palantir is */
	static const char *const heads[] = {"contractors", "suppliers", "vendors", "court",
	                                    "prestataires", "fournisseurs", "tribunal",
	                                    "proveedores", "contratistas", "tribunal",
	                                    "Lieferanten", "Gericht", NULL};
	size_t i = p->end;
	/* "military-developed", "military–developed" */
	if (i < len && text[i] == '-')
		return 1;
	if (i + 3 <= len && !memcmp(text + i, "\xe2\x80\x93", 3))
		return 1;
	if (i < len && text[i] == ' ')
		i++;
	for (int k = 0; heads[k]; k++) {
		size_t n = strlen(heads[k]);
		if (i + n <= len && !strncmp(text + i, heads[k], n))
			return 1;
	}
	/* "des prestataires de l'armée", "proveedores del Ejército",
	 * "Lieferanten der Bundeswehr" */
	static const char *const before[] = {"prestataires", "fournisseurs", "tribunal",
	                                     "tribunaux", "proveedores", "contratistas",
	                                     "tribunales", "lieferanten", "gericht", NULL};
	static const char *const of[] = {"de", "del", "des", "du", "d", "der", "l", "la", "el",
	                                 NULL};
	size_t j = p->word;
	for (int step = 0; step < 3 && j > a; step++) {
		j--;
		int is_of = 0;
		for (int k = 0; of[k]; k++)
			is_of |= !strcmp(w[j].f, of[k]);
		if (is_of)
			continue;
		for (int k = 0; before[k]; k++)
			if (!strcmp(w[j].f, before[k]))
				return 1;
		break;
	}
	return 0;
}

/* Is the word at i (a cue) in a definite noun phrase: "the (new) contract",
 * "ce contrat", "el contrato", "der Vertrag"? */
static int definite(const xword *w, size_t a, size_t i)
{
	static const char *const det[] = {"the", "this", "that", "le", "la", "ce", "cet",
	                                  "cette", "l", "el", "este", "esta", "ese", "esa",
	                                  "der", "die", "das", "dieser", "diese", "dieses", NULL};
	for (size_t back = 1; back <= 2 && i >= a + back; back++)
		for (int k = 0; det[k]; k++)
			if (!strcmp(w[i - back].f, det[k]))
				return 1;
	return 0;
}

/* A supply cue chosen for a public body may be the object of another
 * relation's verb. A restriction names what it cuts off ("suspendre et
 * désactiver certains abonnements de l'IMOD, notamment l'utilisation de
 * services"): restricted. A contract made to supply ("contracted to provide
 * the IT infrastructure for the Israeli navy", "a conclu des contrats pour
 * fournir", "firmó un contrato para suministrar") is the contract, unless
 * another organization stands between the two words: then the contract is
 * that one's and the body only receives ("un acuerdo con el Gobierno de
 * Netanyahu para suministrar municiones al ejército"). A body named
 * before the contract word is not its party ("equipping the Israeli
 * military since 2006 when it was first contracted to provide"). German
 * puts that supply verb last, after the body: a contract cue with another
 * organization between it and the body gives way to "zu liefern" right
 * after the body. */
static const cue *supply_context(const cue *chosen, size_t *chosen_word, const found_cue *fc,
                                 size_t ncues, const xword *w, size_t a, size_t b,
                                 const xmention *local, size_t nreal, const xmention *p)
{
	static const char *const purpose[] = {"to", "pour", "para", "zu", NULL};
	if (chosen->relation == 1) {
		/* German puts the purpose's verb last: "ein Abkommen mit der
		 * Regierung Israels, um Munition an die Armee zu liefern" */
		size_t cw = *chosen_word;
		int other = 0;
		for (size_t j = 0; j < nreal; j++)
			other |= local[j].entity != p->entity && word_gap(local[j].word, p->word) > 0 &&
			         ((local[j].word > cw && local[j].word < p->word) ||
			          (local[j].word < cw && local[j].word > p->word));
		for (size_t k = 0; other && k < ncues; k++) {
			size_t sw = fc[k].word;
			if (fc[k].c->relation == 0 && sw > p->word && sw <= p->word + 4 && sw > a &&
			    !strcmp(w[sw - 1].f, "zu") && !negated(w, a, b, sw)) {
				*chosen_word = sw;
				return fc[k].c;
			}
		}
		return chosen;
	}
	for (size_t k = 0; k < ncues; k++)
		if (fc[k].c->relation == 7 && word_gap(fc[k].word, p->word) <= CUE_REACH &&
		    !negated(w, a, b, fc[k].word)) {
			*chosen_word = fc[k].word;
			return fc[k].c;
		}
	/* a supply verb after "to", "pour", "para", "zu", near the body, and a
	 * contract word before it */
	for (size_t s = 0; s < ncues; s++) {
		size_t sw = fc[s].word;
		int purposive = 0;
		for (int k = 0; sw > a && purpose[k]; k++)
			purposive |= !strcmp(w[sw - 1].f, purpose[k]);
		if (fc[s].c->relation != 0 || !purposive || word_gap(sw, p->word) > CUE_REACH)
			continue;
		for (size_t k = 0; k < ncues; k++) {
			size_t cw = fc[k].word;
			/* the body is the contract's party or the supply's receiver,
			 * after the contract word */
			if (fc[k].c->relation != 1 || cw >= sw || sw - cw > 8 || p->word < cw ||
			    negated(w, a, b, cw))
				continue;
			int other = 0;
			for (size_t j = 0; j < nreal; j++)
				other |= local[j].entity != p->entity && local[j].word > cw &&
				         local[j].word < sw;
			if (other)
				continue;
			*chosen_word = cw;
			return fc[k].c;
		}
	}
	return chosen;
}

/* Is a parent of company e among the sentence's organizations? */
static int parent_named(const xents *E, const xmention *local, size_t n, uint32_t e)
{
	for (size_t k = 0; k < n; k++)
		if (local[k].entity != e && is_ancestor(E, local[k].entity, e))
			return 1;
	return 0;
}

/* The voice of a cue where it stands: a passive turns "Y uses X" around
 * ("X has been used to power Y", "X a été utilisé par Y"). Cues that
 * carry their own "by" ("acquired by") already say it. */
static int voice_at(const cue *c, const xword *w, size_t a, size_t i)
{
	static const char *const aux[] = {"is", "was", "were", "are", "been", "being", "be",
	                                  "ete", "sido", "fue", "fueron", "wurde", "wurden",
	                                  "worden", NULL};
	size_t fl = strlen(w[i].f);
	/* "has been acquiring" is active */
	if (c->nwords > 1 || (fl > 3 && !strcmp(w[i].f + fl - 3, "ing")))
		return c->voice;
	for (size_t back = 1; back <= 2 && i >= a + back; back++)
		for (int k = 0; aux[k]; k++)
			if (!strcmp(w[i - back].f, aux[k]))
				return c->voice == 'a' ? 'p' : 'a';
	return c->voice;
}

/* A German passive with its verb after two names at words lo < hi: a cue
 * within eight words after hi, and "wurde", "wird", "worden" in the clause
 * ("Die Drohnen wurden von IAI an Airbus geliefert", "die von IAI an Airbus
 * geliefert wurden"). The cue, or NULL. */
static const cue *passive_verb_last(const found_cue *fc, size_t ncues, const xword *w, size_t a,
                                    size_t b, size_t lo, size_t hi, size_t *word)
{
	static const char *const aux[] = {"wurde", "wurden", "worden", "wird", "werden", NULL};
	for (size_t k = 0; k < ncues; k++) {
		size_t cw = fc[k].word;
		/* "wurden nicht von IAI an Airbus geliefert" */
		if (cw <= hi || cw > hi + 8 || negated(w, a, b, cw) || negated(w, a, b, lo))
			continue;
		int passive = 0;
		for (size_t j = lo > a + 3 ? lo - 3 : a; j < b && j <= cw + 2 && !passive; j++)
			for (int x = 0; aux[x] && !passive; x++)
				passive = !strcmp(w[j].f, aux[x]);
		if (passive) {
			*word = cw;
			return fc[k].c;
		}
	}
	return NULL;
}

/* An amount in a headline that the body tells again ("ICE Is Paying
 * Palantir $30 Million" over "... is paying Palantir $30 million"): one
 * amount, listed where the body tells it. */
static int headline_repeat(const char *text, size_t len, const xword *w, size_t nw,
                           const rcp_money *mv, size_t n, size_t i)
{
	size_t k = word_at_offset(w, nw, mv[i].start);
	if (k >= nw)
		return 0;
	uint32_t s = w[k].t.sentence;
	size_t k0 = k;
	while (k0 > 0 && w[k0 - 1].t.sentence == s)
		k0--;
	while (k + 1 < nw && w[k + 1].t.sentence == s)
		k++;
	if (!is_headline(text, len, w[k0].t.start, w[k].t.end))
		return 0;
	for (size_t j = i + 1; j < n; j++)
		if (mv[j].start >= w[k].t.end && mv[j].minor == mv[i].minor &&
		    mv[j].percent == mv[i].percent && !strcmp(mv[j].currency, mv[i].currency))
			return 1;
	return 0;
}

static int is_article(const char *f, size_t n)
{
	static const char *const words[] = {"the", "la", "le", "les", "el", "los", "las", "die",
	                                    "der", "das", NULL};
	for (int i = 0; words[i]; i++)
		if (strlen(words[i]) == n && !strncmp(words[i], f, n))
			return 1;
	return 0;
}

static int is_coordination(const char *f, size_t n)
{
	static const char *const words[] = {"and", "et", "y", "e", "und", "or", "ou", "o",
	                                    "oder", "&", NULL};
	for (int i = 0; words[i]; i++)
		if (strlen(words[i]) == n && !strncmp(words[i], f, n))
			return 1;
	return 0;
}

/* A common noun for a company, as in "and the Israeli company X". */
static int is_company_noun(const char *s, size_t n)
{
	static const char *const nouns[] = {"company", "firm", "group", "soci\xc3\xa9t\xc3\xa9",
	                                    "entreprise", "groupe", "empresa", "compa\xc3\xb1\xc3\xad" "a",
	                                    "firma", "grupo", "Unternehmen", "Konzern", NULL};
	for (int i = 0; nouns[i]; i++)
		if (strlen(nouns[i]) == n && !strncmp(nouns[i], s, n))
			return 1;
	return 0;
}

/* Is the text between two organizations that of a list ("Amazon, Google
 * and Microsoft", "Amazon's AWS, Google Cloud, and Microsoft Azure",
 * "Elbit Systems y Rafael")? Commas, conjunctions, a possessive and one
 * product name right after the first name. */
static int list_gap(const char *text, size_t a, size_t b)
{
	if (b < a || b - a > 48)
		return 0;
	size_t i = a;
	int first = 1, words = 0, generic = 0, joined = 0;
	while (i < b) {
		unsigned char c = (unsigned char)text[i];
		if (c == ' ' || c == ',' || c == '\n' || c == '\t') {
			if (c == ',') {
				first = 0;
				joined = 1;
			}
			i++;
			continue;
		}
		size_t j = i;
		while (j < b && text[j] != ' ' && text[j] != ',' && text[j] != '\n')
			j++;
		int possessive = first && (j - i == 2 && !strncmp(text + i, "'s", 2));
		possessive |= first && j - i == 4 && !strncmp(text + i, "\xe2\x80\x99s", 4);
		int lower_ok = j - i < 8;
		char f[8];
		for (size_t k = 0; lower_ok && k < j - i; k++)
			f[k] = (char)(text[i + k] >= 'A' && text[i + k] <= 'Z' ? text[i + k] + 32 : text[i + k]);
		if (possessive || (lower_ok && is_coordination(f, j - i))) {
			joined = 1;
		} else if (joined && lower_ok && is_article(f, j - i)) {
			/* "the Ministry of Defense and the Israeli army" */
		} else if (is_company_noun(text + i, j - i)) {
			generic = 1; /* "Airbus et la société israélienne IAI" */
		} else if (generic == 1 && c >= 'a' && c <= 'z') {
			generic = 2; /* its adjective */
		} else if (first && !words && c >= 'A' && c <= 'Z') {
			words++; /* "Google Cloud" */
		} else
			return 0;
		first = 0;
		i = j;
	}
	return 1;
}

/* ---- bodies the registry does not know ---- */

typedef struct body_ctx {
	vec *mentions;
	uint32_t base;
} body_ctx;

static void on_body(uint32_t body, size_t start, size_t end, void *p)
{
	body_ctx *bc = p;
	xmention *x = vec_push(bc->mentions);
	*x = (xmention){bc->base + body, start, end, 0, 0};
}

static int by_start(const void *x, const void *y)
{
	const xmention *a = x, *b = y;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->end < b->end ? -1 : a->end > b->end;
}

/* Add to the mentions the public bodies the registry does not know: a
 * registry body's name followed by "of that country" becomes another
 * country's body, then names of a body's shape outside registry mentions. */
static void find_bodies(const xents *E, rcp__bodies *bodies, const char *text, size_t len,
                        const xword *w, size_t nw, vec *mentions)
{
	xmention *ms = mentions->v;
	size_t n = mentions->n;
	for (size_t i = 0; i < n; i++) {
		rcp_matcher_entity me;
		ent_get(E, ms[i].entity, &me);
		if (me.kind == RCP_KIND_COMPANY || me.kind == RCP_KIND_OTHER_ORG)
			continue;
		size_t k = word_at_offset(w, nw, ms[i].end);
		size_t a = word_at_offset(w, nw, ms[i].start);
		size_t q = k < nw && a < nw ? rcp__body_qualifier(w, nw, k) : 0;
		if (!q || w[k].t.sentence != w[a].t.sentence)
			continue;
		size_t end = w[k + q - 1].t.end;
		ms[i].entity = (uint32_t)E->ne + rcp__body_add(bodies, text, w, a, k + q - 1, end);
		ms[i].end = end;
	}
	rcp__span *cov = rcp__xmalloc((n ? n : 1) * sizeof *cov);
	for (size_t i = 0; i < n; i++)
		cov[i] = (rcp__span){ms[i].start, ms[i].end};
	body_ctx bc = {mentions, (uint32_t)E->ne};
	rcp__bodies_find(bodies, text, len, w, nw, cov, n, on_body, &bc);
	free(cov);
	if (mentions->n > n)
		qsort(mentions->v, mentions->n, sizeof(xmention), by_start);
}

json_t *rcp_extract_json(const rcp_extractor *x, const char *text, size_t len,
                         const rcp_extract_opts *opts)
{
	return rcp__extract(x, text, len, opts, 0);
}

json_t *rcp__extract(const rcp_extractor *x, const char *text, size_t len,
                     const rcp_extract_opts *opts, int claims_only)
{
	static const rcp_extract_opts none;
	if (!opts)
		opts = &none;
	const rcp_matcher *m = x->m;
	const char *lang = opts->lang ? opts->lang : rcp_lang_guess(text, len);
	int li = lang_index(lang);
	size_t nw, split;
	xword *w = rcp__words(text, len, &nw, &split);
	vec mentions = {0, 0, 0, sizeof(xmention)};
	vec money = {0, 0, 0, sizeof(rcp_money)};
	vec dates = {0, 0, 0, sizeof(rcp_date)};
	rcp_matcher_scan(m, text, len, on_mention, &mentions);
	rcp_money_scan(text, len, lang, on_money, &money);
	rcp_date_scan(text, len, lang, on_date, &dates);
	size_t ne = rcp_matcher_entity_count(m);
	rcp__bodies bodies = {0};
	xents E = {m, ne, &bodies};
	find_bodies(&E, &bodies, text, len, w, nw, &mentions);
	xmention *ms = mentions.v;
	for (size_t i = 0; i < mentions.n; i++) {
		ms[i].word = word_at_offset(w, nw, ms[i].start);
		if (ms[i].word < nw)
			ms[i].sentence = w[ms[i].word].t.sentence;
	}

	json_t *out = json_object();
	json_object_set_new(out, "lang", json_string(lang));
	if (split) /* said, not silent: a claim's evidence is then a piece */
		json_object_set_new(out, "sentences_cut", json_integer((json_int_t)split));

	/* organizations, in order of first mention: the registry's (a body it
	 * does not know has no id to list; it shows as a claim's counterparty) */
	json_t *orgs = json_array();
	size_t nall = ne + bodies.n;
	uint32_t *count = rcp__xcalloc(nall ? nall : 1, sizeof *count);
	json_t **mlist = rcp__xcalloc(ne ? ne : 1, sizeof *mlist);
	for (size_t i = 0; i < mentions.n; i++) {
		uint32_t e = ms[i].entity;
		count[e]++;
		if (e >= ne || claims_only)
			continue;
		if (!mlist[e]) {
			rcp_matcher_entity me;
			ent_get(&E, e, &me);
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
	}
	for (size_t e = 0; e < ne; e++)
		json_decref(mlist[e]);
	free(mlist);
	json_object_set_new(out, "orgs", orgs);

	/* money and percentages */
	json_t *mj = json_array(), *pj = json_array();
	rcp_money *mv = money.v;
	for (size_t i = 0; i < money.n && !claims_only; i++) {
		if (headline_repeat(text, len, w, nw, mv, money.n, i))
			continue;
		json_t *o = json_pack("{s:I, s:I, s:s%}", "start", (json_int_t)mv[i].start, "end",
		                      (json_int_t)mv[i].end, "text", text + mv[i].start,
		                      mv[i].end - mv[i].start);
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

	json_t *dj = json_array();
	rcp_date *dv = dates.v;
	for (size_t i = 0; i < dates.n && !claims_only; i++) {
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

	/* the main company: the most mentioned, the first named of equals */
	int64_t main_co = -1;
	uint32_t best = 0;
	for (size_t i = 0; i < mentions.n; i++) {
		uint32_t e = ms[i].entity;
		rcp_matcher_entity me;
		ent_get(&E, e, &me);
		if (me.kind == RCP_KIND_COMPANY && count[e] > best) {
			best = count[e];
			main_co = (int64_t)e;
		}
	}

	/* claims, sentence by sentence */
	vec claims = {0, 0, 0, sizeof(xclaim)};
	size_t mi = 0, wi = 0;
	xmention local[66], carried, prev[8];
	int group[80];
	size_t nprev = 0;
	uint32_t prev_s = (uint32_t)-2;
	int body_kind = 0;
	int carried_ok = 0;
	memset(&carried, 0, sizeof carried);
	static const cue contract_cue = {.relation = 1, .voice = 'a', .nwords = 1, .wlen = {8}, .words = {"contract"}};
	found_cue *fc = rcp__xmalloc(256 * sizeof *fc);
	/* the amounts and dates of a sentence: a window moved along the
	 * sentences, as the scanners report them in order of their start (an
	 * order checked here; without it every sentence looks at all) */
	int ordered = 1;
	for (size_t k = 1; k < money.n; k++)
		if (mv[k].start < mv[k - 1].start)
			ordered = 0;
	for (size_t k = 1; k < dates.n; k++)
		if (dv[k].start < dv[k - 1].start)
			ordered = 0;
	size_t mlo = 0, mhi = 0, dlo = 0, dhi = 0;
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
		if (ordered) {
			while (mlo < money.n && mv[mlo].start < sstart)
				mlo++;
			if (mhi < mlo)
				mhi = mlo;
			while (mhi < money.n && mv[mhi].start < send)
				mhi++;
			while (dlo < dates.n && dv[dlo].start < sstart)
				dlo++;
			if (dhi < dlo)
				dhi = dlo;
			while (dhi < dates.n && dv[dhi].start < send)
				dhi++;
		} else {
			mlo = dlo = 0;
			mhi = money.n;
			dhi = dates.n;
		}
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
			unsigned char c0 = (unsigned char)w[i].f[0];
			const lexicon *lx = &x->cues[li], *en = &x->cues[0];
			for (size_t k = lx->first[c0]; k < lx->first[c0 + 1]; k++) {
				size_t l = rcp__cue_at(&lx->cues[k], w, b, i);
				if (l > best_len) {
					best_len = l;
					best_here = &x->cues[li].cues[k];
				}
			}
			/* English passages inside other languages: quotes, names of
			 * programmes, mixed documents */
			for (size_t k = en->first[c0]; li && !best_here && k < en->first[c0 + 1]; k++) {
				size_t l = rcp__cue_at(&en->cues[k], w, b, i);
				if (l > best_len && l >= 1 && en->cues[k].wlen[0] >= 5) {
					best_len = l;
					best_here = &en->cues[k];
				}
			}
			if (best_here && ncues < 256)
				fc[ncues++] = (found_cue){i, best_here};
			for (size_t k = x->categories.first[c0]; k < x->categories.first[c0 + 1]; k++)
				if (rcp__cue_at(&x->categories.cues[k], w, b, i))
					sent_cats |= x->categories.cues[k].category;
		}
		/* the sentence's first money and year */
		const rcp_money *amount = NULL;
		for (size_t k = mlo; k < mhi; k++)
			if (!mv[k].percent && mv[k].start >= sstart && mv[k].end <= send) {
				amount = &mv[k];
				break;
			}
		int year = 0;
		for (size_t k = dlo; k < dhi; k++)
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
			ent_get(&E, ms[k].entity, &le);
			if (le.kind != RCP_KIND_COMPANY && le.kind != RCP_KIND_OTHER_ORG) {
				has_body = 1;
				int64_t sub = owned_body(&E, text, len, w, a, b, &ms[k]);
				if (sub >= 0)
					local[nloc - 1].entity = (uint32_t)sub;
			}
		}
		/* lists: organizations of one list are coordinated, not related */
		int company_groups = 0, last_company_group = -1;
		for (size_t k = 0; k < nloc; k++) {
			rcp_matcher_entity le;
			ent_get(&E, local[k].entity, &le);
			group[k] = k && list_gap(text, local[k - 1].end, local[k].start) ? group[k - 1]
			                                                                 : (int)k;
			if (le.kind == RCP_KIND_COMPANY && group[k] != last_company_group) {
				company_groups++;
				last_company_group = group[k];
			}
		}
		/* the companies the sentence ends with, for the next one */
		xmention zero[8];
		size_t nzero = 0;
		uint32_t zero_s = prev_s;
		memcpy(zero, prev, sizeof zero);
		nzero = nprev;
		if (company_groups) {
			nprev = 0;
			prev_s = s;
			for (size_t k = 0; k < nloc; k++) {
				rcp_matcher_entity le;
				ent_get(&E, local[k].entity, &le);
				if (le.kind == RCP_KIND_COMPANY && group[k] == last_company_group && nprev < 8)
					prev[nprev++] = local[k];
			}
		}
		group[nloc] = 1000;
		group[nloc + 1] = 1001;
		size_t nreal = nloc;
		long bw = -1;
		int64_t body = -1;
		/* anywhere when the sentence names no body; as its subject ("The
		 * military took several steps, including using AWS, as the
		 * commander of MAMRAM revealed") even when it names one */
		if ((ncues || implicit) &&
		    ((bw = body_anaphor(li, w, a, has_body ? (a + 2 < b ? a + 2 : b) : b, &body_kind)) >= 0 ||
		     (has_body && (bw = qualified_body(li, w, a, b, local, nloc, &body_kind)) >= 0)))
			body = main_of_kind(m, count, ne, body_kind);
		if (body >= 0) {
			/* "the military", "l'agence": the document's main body of that kind */
			local[nloc] = (xmention){(uint32_t)body, w[bw].t.start, w[bw].t.end, (size_t)bw, s};
			nloc++;
		} else if (!has_body && carried.sentence + 2 >= s && carried_ok && s > 0 &&
		           (ncues || implicit) && company_groups <= 1) {
			/* only for one company, or one list of them: with two, the
			 * sentence is about them ("Microsoft owns 49% of OpenAI, and the
			 * two companies collaborate closely") */
			/* it stands where the sentence starts */
			local[nloc] = carried;
			local[nloc].word = a;
			local[nloc].start = w[a].t.start;
			nloc++;
		}
		for (size_t k = m0; k < m1; k++) {
			rcp_matcher_entity le;
			ent_get(&E, ms[k].entity, &le);
			if (le.kind != RCP_KIND_COMPANY && le.kind != RCP_KIND_OTHER_ORG) {
				carried = ms[k];
				carried_ok = 1;
			}
		}
		/* several bodies under one parent the sentence does not name ("los
		 * ministerios de Defensa e Interior –y en menor medida Transportes–
		 * han adjudicado ...; de 19 de esos contratos se beneficiarán
		 * Elbit Systems y Rafael"): what the next sentence says of them
		 * together is the parent's (the registry's parents say which) */
		if (carried_ok && carried.sentence == s) {
			int64_t parent = common_parent(&E, ms + m0, m1 - m0);
			if (parent >= 0)
				carried.entity = (uint32_t)parent;
		}
		if ((!ncues && !implicit) || !nloc || is_headline(text, len, sstart, send))
			continue;
		/* candidate companies: mentioned ones, and the main company by anaphor */
		xmention extra[8];
		size_t nextra = 0;
		long aw = -1;
		int had_anaphor = 0; /* a word for a company, maybe another's */
		if (main_co >= 0) {
			int present = 0;
			for (size_t k = 0; k < nloc; k++)
				present |= local[k].entity == (uint32_t)main_co;
			aw = present ? -1 : anaphor_in(li, text, w, a, b);
			had_anaphor = aw >= 0;
			/* "la société israélienne IAI" names its company */
			int pronoun = aw >= 0 && (!strcmp(w[aw].f, "it") || !strcmp(w[aw].f, "elle"));
			/* a company named before it in the sentence is the one "the
			 * company" means ("The U.S. Navy bought AnyVision equipment, and
			 * the company's CEO said...") */
			for (size_t k = 0; aw >= 0 && k < nreal; k++) {
				rcp_matcher_entity le;
				ent_get(&E, local[k].entity, &le);
				/* and "it" after any organization is that one's ("CBP
				 * stated that it would begin deploying") */
				if ((le.kind == RCP_KIND_COMPANY || pronoun) && local[k].word < (size_t)aw)
					aw = -1;
			}
			/* "SightX, the company developing...": an apposition to a name */
			for (size_t k = 0; aw >= 0 && !pronoun && k < nreal; k++) {
				size_t e = local[k].end, st = w[aw].t.start;
				if (e > st || st - e > 3)
					continue;
				if (memchr(text + e, ',', st - e))
					aw = -1;
			}
			for (size_t k = 0; aw >= 0 && !pronoun && k < nreal; k++)
				if (local[k].word > (size_t)aw && local[k].word <= (size_t)aw + 3)
					aw = -1;
			if (aw >= 0)
				extra[nextra++] =
					(xmention){(uint32_t)main_co, w[aw].t.start, w[aw].t.end, (size_t)aw, s};
		}
		/* no company and no word for one: the sentence goes on about the
		 * companies the one before ended with ("... Elbit Systems y Rafael.
		 * Dos pesos pesados cuyo armamento utiliza el Ejército hebreo") */
		if (!had_anaphor && !company_groups && has_body && zero_s + 1 == s)
			for (size_t k = 0; k < nzero && nextra < 8; k++) {
				extra[nextra] = zero[k];
				extra[nextra].word = a;
				extra[nextra].start = w[a].t.start;
				extra[nextra].end = w[a].t.start;
				nextra++;
			}
		for (size_t k = 0; k < nextra; k++)
			group[nloc + k] = 1000 + (int)k;
		size_t sentence_first = claims.n;
		for (size_t ci = 0; ci < nloc + nextra; ci++) {
			const xmention *c = ci < nloc ? &local[ci] : &extra[ci - nloc];
			rcp_matcher_entity ce;
			ent_get(&E, c->entity, &ce);
			if (ce.kind != RCP_KIND_COMPANY)
				continue;
			for (size_t pi = 0; pi < nloc; pi++) {
				const xmention *p = &local[pi];
				if (p->entity == c->entity)
					continue;
				rcp_matcher_entity pe;
				ent_get(&E, p->entity, &pe);
				/* an organization of no line of work (a newspaper, an NGO) is no
				 * counterparty; one the registry ties to one (a settlement
				 * university) is */
				if (pe.kind == RCP_KIND_OTHER_ORG && !pe.categories)
					continue;
				/* a body named as the owner of a related one describes it
				 * ("Israel's military intelligence agency, Unit 8200"; "l'unité
				 * 8200, le service de renseignement de l'armée israélienne"):
				 * the claim is the other's */
				int has_unit = 0, p_gen = pi < nreal && is_genitive(text, w, a, p);
				for (size_t pk = 0; pk < nreal && !has_unit && pe.kind != RCP_KIND_COMPANY &&
				                    pi < nreal;
				     pk++) {
					const xmention *q = &local[pk];
					if (q->entity == p->entity || group[pk] == group[pi])
						continue;
					if (is_genitive(text, w, a, q)) {
						/* both owners: the later one owns the earlier
						 * ("l'accès de l'unité 8200, le service de
						 * renseignement de l'armée israélienne") */
						has_unit = p_gen && p->start > q->start &&
						           is_ancestor(&E, p->entity, q->entity);
						continue;
					}
					if (p_gen)
						has_unit = is_ancestor(&E, p->entity, q->entity) ||
						           is_ancestor(&E, q->entity, p->entity);
					else
						has_unit = is_ancestor(&E, p->entity, q->entity) &&
						           appositive(text, w, p, q);
				}
				if (has_unit)
					continue;
				/* "Israeli military contractors", "Israeli military courts",
				 * "Israeli military-developed": the body names other things */
				if (pi < nreal && names_other(text, len, w, a, p))
					continue;
				/* a counterparty named twice: the mention nearest the company */
				int nearer = 0;
				size_t gap = word_gap(p->word, c->word);
				for (size_t pk = 0; pk < nloc && !nearer; pk++)
					nearer = pk != pi && local[pk].entity == p->entity &&
					         word_gap(local[pk].word, c->word) < gap;
				/* and a company named twice: the mention nearest the
				 * counterparty ("... CLEAR, a service operated by Thomson
				 * Reuters that has been crucial to ICE") */
				for (size_t ck = 0; ck < nreal && !nearer && ci < nreal; ck++)
					nearer = ck != ci && local[ck].entity == c->entity &&
					         word_gap(local[ck].word, p->word) < gap;
				if (nearer)
					continue;
				size_t lo = c->word < p->word ? c->word : p->word;
				size_t hi = c->word < p->word ? p->word : c->word;
				/* the cue: one between the two if any, else the nearest to p */
				const cue *chosen = NULL;
				size_t chosen_word = 0;
				/* a body carried from the sentences before stands nowhere in
				 * this one: outside the pair the cue nearest the company
				 * counts (measured: treating no cue as between lost more) */
				int from_before = pi >= nreal && body < 0;
				size_t bestd = (size_t)-1;
				int between = 0;
				for (size_t k = 0; k < ncues; k++) {
					size_t cw = fc[k].word;
					if (!relation_fits(fc[k].c->relation, pe.kind))
						continue;
					int btw = cw > lo && cw < hi;
					/* between two companies: the cue nearest the company (its
					 * verb); else the one nearest the counterparty, or the
					 * company when the counterparty is carried from before */
					size_t ref = ((btw && pe.kind == RCP_KIND_COMPANY) || from_before) ? c->word : p->word;
					size_t d = cw > ref ? cw - ref : ref - cw;
					/* "the Google and Amazon contract provides ...": a noun
					 * named by an organization right before it says less
					 * than the verb after it */
					/* (German writes its nouns capitalised: "Airbus beauftragt"
					 * is a verb, last in its clause) */
					int noun = li != 3 || w[cw].t.cap;
					for (size_t mk = 0; mk < nreal && fc[k].c->relation == 1 && noun; mk++) {
						/* "the Google and Amazon contract" */
						int before = cw > a && local[mk].end <= w[cw].t.start &&
						             local[mk].end >= w[cw - 1].t.end &&
						             local[mk].word <= cw - 1;
						/* "le contrat Google et Amazon", "el contrato de Google" */
						size_t nx = cw + 1;
						if (nx < b && (!strcmp(w[nx].f, "de") || !strcmp(w[nx].f, "d")))
							nx++;
						rcp_matcher_entity me;
						ent_get(&E, local[mk].entity, &me);
						int after = nx < b && local[mk].word == nx && me.kind == RCP_KIND_COMPANY;
						if (before || after)
							d += CUE_REACH;
					}
					if ((btw && !between) || (btw == between && d < bestd)) {
						chosen = fc[k].c;
						chosen_word = cw;
						bestd = d;
						between = btw;
					}
				}
				if (!chosen && implicit && relation_fits(implicit->relation, pe.kind)) {
					chosen = implicit;
					bestd = 0; /* the amount is the cue */
				}
				/* an amount and a contract near the pair: the money is paid
				 * under a contract ("signed a $16.8 million contract to sell
				 * information to ICE") */
				if (chosen && amount && chosen->relation == 0 && pe.kind != RCP_KIND_COMPANY)
					for (size_t k = 0; k < ncues; k++)
						if (fc[k].c->relation == 1 && fc[k].word + CUE_REACH >= lo &&
						    fc[k].word <= hi + CUE_REACH) {
							chosen = fc[k].c;
							break;
						}
				if (chosen && chosen->relation <= 1 && pe.kind != RCP_KIND_COMPANY)
					chosen = supply_context(chosen, &chosen_word, fc, ncues, w, a, b, local,
					                        nreal, p);
				if (!chosen)
					continue;
				/* "has no partnerships with", "ne plus vouloir investir", "no
				 * suministra", "liefert keine Drohnen" */
				if (chosen != implicit && negated(w, a, b, chosen_word))
					continue;
				/* German puts the verb last, after both names: in a passive
				 * the agent is the name after "von", the later of two ("Azure
				 * von Microsoft wurde von Elbit Systems genutzt", "Drohnen, die
				 * von IAI an Airbus geliefert wurden") */
				int verb_final = 0;
				if (pe.kind == RCP_KIND_COMPANY && !between && li == 3 && ci < nreal) {
					size_t vw = 0;
					const cue *vc = passive_verb_last(fc, ncues, w, a, b, lo, hi, &vw);
					int cv = c->word > a && !strcmp(w[c->word - 1].f, "von");
					int pv = p->word > a && !strcmp(w[p->word - 1].f, "von");
					/* "Azure von Microsoft ... von Elbit Systems": the later */
					const xmention *agent = cv && pv ? (c->word > p->word ? c : p)
					                        : cv     ? c
					                        : pv     ? p
					                                 : NULL;
					if (vc && agent && (agent == c) == (vc->voice == 'a')) {
						chosen = vc;
						chosen_word = vw;
						between = verb_final = 1;
					}
				}
				if (pe.kind == RCP_KIND_COMPANY) {
					/* two companies: the cue must stand between them, and its
					 * voice must make c the claim's company */
					if (!between || (ci >= nloc && (c->word > a + 3 || c->end == c->start)))
						continue;
					int c_first = c->word < p->word;
					if (!verb_final && (voice_at(chosen, w, a, chosen_word) == 'a') != c_first)
						continue;
					/* "Amazon and Google": coordinated, not related */
					if (group[ci] == group[pi])
						continue;
					/* between companies a supply is told from the user's side
					 * or in the passive ("X is built on Microsoft Azure",
					 * "Azure has been used to power Elbit's OneSim"); "X, a
					 * provider of storage after Amazon" relates nothing */
					if (chosen->relation == 0 && chosen->voice == 'a' && !verb_final &&
					    voice_at(chosen, w, a, chosen_word) == 'a')
						continue;
					/* a company and its own subsidiary: only ownership */
					if ((is_ancestor(&E, c->entity, p->entity) ||
					     is_ancestor(&E, p->entity, c->entity)) &&
					    chosen->relation != 6 && chosen->relation != 2)
						continue;
				}
				/* a company before "uses", "bought", "relies on" is the user
				 * ("In the 1990s, Microsoft used prison labor"), not a supplier */
				if (pe.kind != RCP_KIND_COMPANY && chosen != implicit && ci < nreal &&
				    chosen->relation == 0 && c->word < chosen_word &&
				    voice_at(chosen, w, a, chosen_word) == 'p' &&
				    !definite(w, a, chosen_word) /* "l'utilisation par l'IMOD" */)
					continue;
				/* a subsidiary named beside its parent acts for it
				 * ("Microsoft's venture capital fund M12 made the investment
				 * in AnyVision": Microsoft's claim) */
				if (ci < nreal && parent_named(&E, local, nreal, c->entity))
					continue;
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
				/* between two companies, the line of work they share
				 * (Axon and Cellebrite: policing, not Cellebrite's border work) */
				unsigned pcat = pe.categories | kind_categories(pe.kind);
				if (pe.kind == RCP_KIND_COMPANY && (pcat & ce.categories))
					pcat &= ce.categories;
				q->category = choose_category(sent_cats, pcat, ce.categories);
				q->start = sstart;
				q->end = send;
				q->money = amount;
				q->year = year;
				q->text_year = text_year;
				q->dropped = 0;
				q->inferred = (ci >= nloc && aw < 0) || pi >= nreal;
				q->carried = pi >= nreal && body < 0;
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
				/* a second amount with its own contract is a second
				 * contract ("a $26 million order ... under a $143.5 million
				 * contract the company won in 2014") */
				for (size_t k = mlo; q->relation == 1 && amount && k < mhi; k++) {
					const rcp_money *mk = &mv[k];
					if (mk == amount || mk->percent || mk->start < sstart || mk->end > send ||
					    (mk->minor == amount->minor && !strcmp(mk->currency, amount->currency)))
						continue;
					/* the contract right after it, or just before ("un
					 * contrat de 50 millions d'euros") */
					size_t mw = word_at_offset(w, nw, mk->end);
					size_t ms0 = word_at_offset(w, nw, mk->start);
					int own = 0;
					for (size_t f = 0; f < ncues && !own; f++)
						own = fc[f].c->relation == 1 &&
						      ((fc[f].word >= mw && fc[f].word < mw + 2) ||
						       (fc[f].word < ms0 && fc[f].word + 3 > ms0));
					if (!own)
						continue;
					xclaim copy = *q;
					copy.money = mk;
					*(xclaim *)vec_push(&claims) = copy;
					q = &((xclaim *)claims.v)[claims.n - 2];
				}
			}
		}
		/* a sale, a purchase or a stake between two companies is what the
		 * sentence tells; the public bodies in it describe one of them
		 * ("acquired Aorato, whose technology was developed for the
		 * Israeli military") */
		int deal = 0, two = 0;
		for (size_t k = sentence_first; k < claims.n; k++) {
			xclaim *q = &((xclaim *)claims.v)[k];
			rcp_matcher_entity qe;
			ent_get(&E, q->counterparty, &qe);
			deal |= q->relation == 2 || q->relation == 3 || q->relation == 4 || q->relation == 6;
			two |= qe.kind == RCP_KIND_COMPANY;
		}
		/* two companies related: the sentence is about them, not about a
		 * body of the sentences before */
		for (size_t k = sentence_first; two && k < claims.n; k++)
			if (((xclaim *)claims.v)[k].carried)
				((xclaim *)claims.v)[k].dropped = 1;
		for (size_t k = sentence_first; deal && k < claims.n; k++) {
			xclaim *q = &((xclaim *)claims.v)[k];
			rcp_matcher_entity qe;
			ent_get(&E, q->counterparty, &qe);
			if (qe.kind != RCP_KIND_COMPANY)
				q->dropped = 1;
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
		ent_get(&E, cv[i].company, &ce);
		ent_get(&E, cv[i].counterparty, &pe);
		json_t *o = json_object();
		json_object_set_new(o, "company", json_string(ce.id));
		json_object_set_new(o, "company_name", json_string(ce.name));
		json_object_set_new(o, "relation", json_string(rcp__relations[cv[i].relation]));
		json_object_set_new(o, "counterparty", pe.id ? json_string(pe.id) : json_null());
		json_object_set_new(o, "counterparty_name", json_string(pe.name));
		const char *cat = rcp_category_name(cv[i].category);
		json_object_set_new(o, "category", cat ? json_string(cat) : json_null());
		const rcp_money *cm = cv[i].money;
		json_object_set_new(o, "amount", cm ? amount_json(cm->minor, cm->currency) : json_null());
		json_object_set_new(o, "amount_minor", cm ? json_integer(cm->minor) : json_null());
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
	rcp__bodies_release(&bodies);
	free(count);
	free(mentions.v);
	free(money.v);
	free(dates.v);
	free(w);
	return out;
}
