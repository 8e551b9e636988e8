/*
 * claims.c — the claims stage: candidate claims, sentence by sentence.
 *
 * A claim needs, in one sentence: a registry company (or an anaphor such
 * as "the company", "la société", "das Unternehmen" standing for the
 * document's main company), another organization, and a relation cue from
 * the language's lexicon (data/cues/). The cue nearest the pair gives the
 * relation (relation.c); between two companies a cue must stand between
 * them and its voice says which one is the claim's company ("X acquired
 * Y", "Y was acquired by X"). The category comes from category words in the
 * sentence that fit the counterparty, else from the counterparty's own
 * categories. The evidence is the sentence: always a span of the text.
 */
#include <stdlib.h>
#include <ctype.h>
#include <string.h>

#include "stages.h"

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

static unsigned choose_category(unsigned sentence, unsigned counterparty, unsigned company,
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
static void document_categories(xclaim *v, size_t n, const size_t cat_n[6], const xents *E)
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

/* ---- one fact, one candidate ---- */

/* A fact is told once: the same company, relation, counterparty, amount
 * and year in several sentences is one candidate, kept where it is first
 * told, or where a later telling names both sides and the first inferred
 * one ("the company"); the others are its further receipts. A later
 * telling with no amount repeats one that has it ("The company signed a
 * contract with an ICE division"); a later one with an amount the first
 * lacked is a contract of its own (measured on the dev set: merging it lost
 * the general telling's claim, and keeping the "richest" sentence lost
 * more); two years are two facts. */
static void merge_repeats(xclaim *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (v[i].dropped)
			continue;
		for (size_t j = i + 1; j < n; j++) {
			/* a supply told after the contract with the same two is
			 * that contract's work ("signed a contract with ICE ...
			 * will provide ICE investigators access") */
			/* (a supply with a year of its own tells a relation over
			 * time: "has supplied the military since 1980") */
			int work = v[i].relation == 1 && v[j].relation == 0 && !v[j].text_year;
			if (v[j].dropped || v[j].company != v[i].company ||
			    v[j].counterparty != v[i].counterparty ||
			    (v[j].relation != v[i].relation && !work))
				continue;
			/* two amounts are two contracts, and so is a size told
			 * with no currency ("einen 900-Millionen-Auftrag") */
			if (v[j].money && (!v[i].money || v[i].money->minor != v[j].money->minor ||
			                   strcmp(v[i].money->currency, v[j].money->currency)))
				continue;
			if (!v[j].money && v[j].size && v[i].size != v[j].size)
				continue;
			if (v[i].text_year && v[j].text_year && v[i].text_year != v[j].text_year)
				continue;
			/* and a later telling with a year the first lacked tells
			 * an earlier contract ("Die Bundeswehr hatte 2009 ...
			 * bestellt" after this year's order) */
			if (v[j].text_year && !v[i].text_year && v[j].relation == 1)
				continue;
			/* a telling that names both sides over one that infers one */
			if (v[i].inferred && !v[j].inferred) {
				v[i].dropped = 1;
				v[i].into = j + 1;
				break;
			}
			v[j].dropped = 1;
			v[j].into = i + 1;
		}
	}
}

/* A headline's fact is told again in the body, with the words the claim
 * should quote: a headline's claim is kept only when the body tells
 * nothing of its two sides ("US Air Force Awards $100-million Contract to
 * Firestorm" over a body that only says "The contract will run until
 * 2031"). */
static void headline_claims(xclaim *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (!v[i].headline || v[i].dropped)
			continue;
		for (size_t j = 0; j < n && !v[i].dropped; j++)
			if (!v[j].headline && !v[j].dropped &&
			    (v[j].company == v[i].company || v[j].counterparty == v[i].counterparty))
				v[i].dropped = 1;
	}
}

/* A headline or a caption: a line that ends with no closing punctuation
 * ("ICE Is Paying Palantir $30 Million to Build 'ImmigrationOS'"). Its
 * fact is told again in the body, with the words the claim should quote. */
int rcp__is_headline(const char *text, size_t len, size_t sstart, size_t send)
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


/* ---- sentences ---- */

/* What the claim rules carry from one sentence to the next. */
typedef struct claims_run {
	const rcp_extractor *x;
	rcp__extraction *r;
	const xents *E;
	const char *text;
	size_t len;
	const xword *w;
	size_t nw;
	int li;
	const xmention *ms;
	size_t nms, mi;
	const rcp_money *mv;
	size_t nmoney;
	const rcp_date *dv;
	size_t ndates;
	int ordered;           /* money and dates in order of start: windows */
	size_t mlo, mhi, dlo, dhi;
	int doc_year;
	rcp__vec fc;           /* found_cue of this sentence */
	rcp__vec local;        /* xmention: the sentence's organizations, then candidates */
	rcp__vec group;        /* int: each local's list */
	rcp__vec prev, zero;   /* xmention: the companies a sentence ended with */
	uint32_t prev_s;
	xmention carried;      /* the last public body named */
	int carried_ok;
	xmention doc_buyer;    /* the public body named most often, of those named so far */
	int doc_buyer_ok;
	uint32_t doc_second;   /* the most mentions of another body named so far */
	int body_kind;
	uint32_t award_body;   /* the buyer of a list of awards ("awarded to five firms:") */
	int award_list;        /* while its items go on: 1, or 2 for a planned one's */
	size_t cat_n[6];       /* sentences with each category's words */
	/* a contract with no buyer yet, for the sentence after to name it */
	struct {
		uint32_t s;
		size_t start;
		xmention co[4];
		size_t nco;
		const rcp_money *amount;
		uint64_t size;
		int year, text_year;
		unsigned cats;
	} pending;
	int pending_ok;
} claims_run;

/* One sentence under the rules. */
typedef struct xsent {
	uint32_t s;
	size_t a, b;           /* words [a, b) */
	size_t start, end;     /* bytes, closing punctuation included */
	size_t m0, m1;         /* its mentions */
	unsigned cats;         /* category words */
	const rcp_money *amount; /* the first amount */
	uint64_t size;         /* a contract's size with no currency, 0 */
	int year, text_year;
	const cue *implicit;   /* an amount with no verb: a contract */
	size_t nloc, nreal;    /* organizations [0, nreal) named; [nreal, nloc) by a word */
	int has_body;
	int company_groups, last_company_group;
	int64_t body;          /* a body by a word for it ("the military"), -1 */
	uint32_t zero_s;       /* the sentence the companies in run->zero ended */
	long aw;               /* a word for the main company, -1 */
	int had_anaphor;
	size_t nextra;         /* candidate companies past nloc */
	long holder;           /* the candidate a word for a fund stands for, -1 */
	int question;          /* it ends with "?" or opens with "¿" */
	long appos_x, appos_y; /* "X, a unit of Y, and Z": locals X and Y, or -1 */
	long doc_carried;      /* the local that is the document's buyer, -1 */
	long descr_owner;      /* an owner told beside a name ("(groupe Engie)"), -1 */
	long zero_word;        /* "these two companies": the word the companies before stand at, -1 */
} xsent;

static const cue contract_cue = {.relation = 1, .voice = 'a', .nwords = 1, .wlen = {8},
                                 .words = {"contract"}};

static int joint_word(const char *f);

#define LOCAL(R) ((xmention *)(R)->local.v)
#define GROUP(R) ((int *)(R)->group.v)

/* Room for n items in a vector (its count untouched). */
static void vec_reserve(rcp__vec *v, size_t n)
{
	if (v->cap >= n)
		return;
	v->cap = n < 16 ? 16 : n;
	v->v = rcp__xrealloc(v->v, v->cap * v->size);
}

/* A number and a magnitude with no currency right by a contract word:
 * "einen 900-Millionen-Auftrag", "un contrat de 2 milliards", "un contrato
 * de 300 millones", "a 40-million contract". Not money (no currency), but
 * it tells one contract from another: its number with the magnitude, or 0. */
static uint64_t contract_size(const xword *w, size_t a, size_t b, const found_cue *fc,
                              size_t nfc)
{
	static const char *const mag[] = {"million", "millions", "billion", "billions",
	                                  "milliard", "milliards", "millon", "millones",
	                                  "millionen", "milliarde", "milliarden", "mio", "mrd",
	                                  NULL};
	for (size_t k = 0; k < nfc; k++) {
		size_t cw = fc[k].word;
		if (fc[k].c->relation != 1)
			continue;
		size_t lo = cw > a + 3 ? cw - 3 : a;
		size_t hi = cw + 4 < b ? cw + 4 : b;
		for (size_t j = lo + 1; j < hi; j++) {
			const char *d = w[j - 1].f;
			if (d[0] < '0' || d[0] > '9')
				continue;
			for (int m = 0; mag[m]; m++)
				if (!strcmp(w[j].f, mag[m]))
					return (uint64_t)strtoull(d, NULL, 10) * 64 + (uint64_t)m + 1;
		}
	}
	return 0;
}

/* Is the amount starting at word i a total over several contracts: a word
 * for a total among the four words before it ("in total", "a combined",
 * "au total", "en total", "insgesamt", "summieren sich auf")? A total is
 * no contract's amount (the gold rule too); the sentence restates them. */
static int total_before(const xword *w, size_t a, size_t i)
{
	static const char *const total[] = {"total", "totaling", "totalling", "combined",
	                                    "altogether", "cumulative", "totalisent", "cumules",
	                                    "cumule", "suman", "suma", "conjunto", "insgesamt",
	                                    "summieren", "summiert", "summierten", "gesamtwert",
	                                    "gesamtvolumen", NULL};
	for (size_t back = 1; back <= 4 && i >= a + back; back++)
		for (int k = 0; total[k]; k++)
			if (!strcmp(w[i - back].f, total[k]))
				return 1;
	/* or well before it: "summieren sich ... auf 1,4 Milliarden Euro",
	 * "Au total, ses contrats atteignent", "En total, sus contratos suman" */
	for (size_t j = a; j < i; j++)
		if (!strncmp(w[j].f, "summier", 7) || !strcmp(w[j].f, "insgesamt") ||
		    (j + 1 < i && !strcmp(w[j + 1].f, "total") &&
		     (!strcmp(w[j].f, "in") || !strcmp(w[j].f, "au") || !strcmp(w[j].f, "en"))))
			return 1;
	return 0;
}

/* A conditional with its condition anywhere in the sentence: "Thales would
 * supply drones if asked", "fournirait ... si on le lui demandait",
 * "suministraría ... si se lo pidieran", "würde liefern, wenn". No fact
 * told. (A conditional alone may report: "Thales fournirait des drones",
 * as sources say.) */
static int conditional(const claims_run *R, size_t a, size_t b)
{
	int cond = 0, mood = 0;
	for (size_t i = a; i < b; i++) {
		const char *f = R->w[i].f;
		size_t fl = strlen(f);
		switch (R->li) {
		case 0: /* the first byte before a call: every word asks */
			cond |= (f[0] == 'i' && !strcmp(f, "if")) || (f[0] == 'u' && !strcmp(f, "unless"));
			mood |= f[0] == 'w' && !strcmp(f, "would");
			break;
		case 1:
			cond |= !strcmp(f, "si");
			/* "fournirait", not "portrait", "retrait", "extrait" */
			mood |= (fl > 5 && !strcmp(f + fl - 4, "rait") && strcmp(f + fl - 5, "trait")) ||
			        (fl > 7 && !strcmp(f + fl - 6, "raient"));
			break;
		case 2:
			cond |= !strcmp(f, "si");
			/* "suministraría", "vendería", "pidiera"; not "industria" */
			for (int k = 0; k < 2; k++) {
				size_t e = fl - (size_t)k;
				if (k && (fl == 0 || f[fl - 1] != 'n'))
					break;
				mood |= e > 5 && (!strncmp(f + e - 4, "aria", 4) ||
				                  !strncmp(f + e - 4, "eria", 4) ||
				                  !strncmp(f + e - 4, "iria", 4) ||
				                  !strncmp(f + e - 4, "iera", 4));
			}
			break;
		case 3: {
			cond |= !strcmp(f, "wenn") || !strcmp(f, "falls");
			/* "würde", not "wurde": the folded word lost the umlaut */
			const char *t = R->text + R->w[i].t.start;
			mood |= (!strcmp(f, "wurde") || !strcmp(f, "wurden")) && !memcmp(t + 1, "\xc3\xbc", 2);
			break;
		}
		}
	}
	return cond && mood;
}

/* Bounds, amount, year and cues of the sentence starting at word wi. */
static void sentence_open(claims_run *R, size_t wi, xsent *S)
{
	const xword *w = R->w;
	const char *text = R->text;
	memset(S, 0, sizeof *S);
	S->s = w[wi].t.sentence;
	S->a = S->b = wi;
	while (S->b < R->nw && w[S->b].t.sentence == S->s)
		S->b++;
	size_t sstart = w[S->a].t.start, send = w[S->b - 1].t.end;
	/* closing punctuation belongs to the sentence */
	while (send < R->len && (text[send] == '.' || text[send] == '!' || text[send] == '?' ||
	                         text[send] == '"' || text[send] == ')'))
		send++;
	S->start = sstart;
	S->end = send;
	{
		/* French writes " ?" */
		size_t q = send;
		while (q < R->len && q < send + 2 && text[q] == ' ')
			q++;
		int asks = q < R->len && text[q] == '?';
		q = send;
		while (q > sstart && (text[q - 1] == '"' || text[q - 1] == ')' || text[q - 1] == ' '))
			q--;
		S->question = asks || (q > sstart && text[q - 1] == '?') ||
		              (sstart >= 2 && !memcmp(text + sstart - 2, "\xc2\xbf", 2));
	}
	/* the amounts and dates of a sentence: a window moved along the
	 * sentences, as the scanners report them in order of their start (an
	 * order checked here; without it every sentence looks at all) */
	if (R->ordered) {
		while (R->mlo < R->nmoney && R->mv[R->mlo].start < sstart)
			R->mlo++;
		if (R->mhi < R->mlo)
			R->mhi = R->mlo;
		while (R->mhi < R->nmoney && R->mv[R->mhi].start < send)
			R->mhi++;
		while (R->dlo < R->ndates && R->dv[R->dlo].start < sstart)
			R->dlo++;
		if (R->dhi < R->dlo)
			R->dhi = R->dlo;
		while (R->dhi < R->ndates && R->dv[R->dhi].start < send)
			R->dhi++;
	} else {
		R->mlo = R->dlo = 0;
		R->mhi = R->nmoney;
		R->dhi = R->ndates;
	}
	size_t m0 = R->mi;
	while (R->mi < R->nms && R->ms[R->mi].sentence == S->s)
		R->mi++;
	S->m1 = R->mi;
	/* mentions may be out of step with words only if one spans sentences */
	while (m0 < S->m1 && R->ms[m0].sentence != S->s)
		m0++;
	S->m0 = m0;
	rcp__cues_find(R->x, R->li, w, S->a, S->b, &R->fc, &S->cats);
	/* the sentence's first money and year */
	for (size_t k = R->mlo; k < R->mhi; k++)
		if (!R->mv[k].percent && R->mv[k].start >= sstart && R->mv[k].end <= send) {
			S->amount = &R->mv[k];
			break;
		}
	for (size_t k = R->dlo; k < R->dhi; k++)
		if (R->dv[k].start >= sstart && R->dv[k].end <= send) {
			S->year = R->dv[k].year;
			break;
		}
	S->text_year = S->year;
	int total = S->amount &&
	            total_before(w, S->a, rcp__word_at_offset(w, R->nw, S->amount->start));
	if (total)
		S->amount = NULL;
	else if (!S->amount)
		S->size = contract_size(w, S->a, S->b, R->fc.v, R->fc.n);
	/* a denial anywhere in it: no fact told, as a question; and a
	 * conditional with its condition */
	if (R->fc.n)
		S->question |= rcp__denied(R->li, text, w, S->a, S->b) || conditional(R, S->a, S->b);
	if (!S->year)
		S->year = R->doc_year;
	/* an amount with no verb is a contract ("Le premier, d'une valeur de
	 * 50 millions d'euros, à Airbus") */
	S->implicit = (!R->fc.n && S->amount) ? &contract_cue : NULL;
}

/* A cue inside an organization's name is part of the name ("Defense
 * Security Cooperation Agency" cooperates with nobody): dropped. */
static void drop_cues_in_names(claims_run *R, const xsent *S)
{
	found_cue *fc = R->fc.v;
	const xmention *local = LOCAL(R);
	size_t kept = 0;
	for (size_t k = 0; k < R->fc.n; k++) {
		size_t st = R->w[fc[k].word].t.start;
		int inside = 0;
		for (size_t j = 0; j < S->nreal && !inside; j++)
			inside = local[j].start <= st && st < local[j].end;
		if (!inside)
			fc[kept++] = fc[k];
	}
	R->fc.n = kept;
}

/* The folded words of the text between bytes [from, to), as one string
 * with spaces (at most n bytes), and whether a comma stands right at
 * either end. 0 if more than six words. */
static int words_between_max(const claims_run *R, size_t from, size_t to, char *out, size_t n,
                             size_t max, int *comma_first, int *comma_last, int *caps);

static int words_between(const claims_run *R, size_t from, size_t to, char *out, size_t n,
                         int *comma_first, int *comma_last, int *caps)
{
	return words_between_max(R, from, to, out, n, 6, comma_first, comma_last, caps);
}

static int words_between_max(const claims_run *R, size_t from, size_t to, char *out, size_t n,
                             size_t max, int *comma_first, int *comma_last, int *caps)
{
	size_t i = rcp__word_at_offset(R->w, R->nw, from), words = 0, o = 0;
	size_t p = from;
	while (p < to && R->text[p] == ' ')
		p++;
	*comma_first = p < to && R->text[p] == ',';
	p = to;
	while (p > from && R->text[p - 1] == ' ')
		p--;
	*comma_last = p > from && R->text[p - 1] == ',';
	*caps = 0;
	out[0] = '\0';
	for (; i < R->nw && R->w[i].t.end <= to; i++) {
		size_t l = strlen(R->w[i].f);
		if (++words > max || o + l + 2 > n)
			return 0;
		*caps |= R->w[i].t.cap;
		if (o)
			out[o++] = ' ';
		memcpy(out + o, R->w[i].f, l + 1);
		o += l;
	}
	return 1;
}

/* Is the text between two names an apposition that says the second owns
 * the first: ", a unit of", ", filiale de", ", filial de", ", eine Tochter
 * von"? */
static int ownership_apposition(const claims_run *R, size_t from, size_t to)
{
	static const char *const ph[] = {
		"a unit of", "a subsidiary of", "a division of", "an affiliate of", "part of",
		"owned by", "a unit of the", "a subsidiary of the", "filiale de", "une filiale de",
		"filiale du", "une filiale du", "filiale d", "une filiale d", "filial de",
		"una filial de", "filial del", "una filial del", "tochter von", "eine tochter von",
		"tochter des", "eine tochter des", "ein tochterunternehmen von",
		"ein tochterunternehmen des", "tochterunternehmen von", "tochterunternehmen des",
		NULL};
	/* or a subsidiary's noun first and its owner's preposition later:
	 * "filial en el estado español de la israelí", "einer Tochter der",
	 * "une filiale française du groupe" */
	static const char *const heads[] = {"subsidiary", "filial", "filiale", "tochter",
	                                    "tochterunternehmen", "tochtergesellschaft", NULL};
	static const char *const lead[] = {"a", "an", "une", "una", "eine", "einer", NULL};
	static const char *const of[] = {"of", "de", "del", "d", "du", "des", "von", "der",
	                                 "vom", NULL};
	char buf[128];
	int cf, cl, caps;
	if (!words_between_max(R, from, to, buf, sizeof buf, 10, &cf, &cl, &caps) || !cf || cl)
		return 0;
	for (int k = 0; ph[k]; k++)
		if (!strcmp(buf, ph[k]))
			return 1;
	size_t i = rcp__word_at_offset(R->w, R->nw, from);
	while (i < R->nw && R->w[i].t.end <= from)
		i++;
	if (i < R->nw && R->w[i].t.end <= to && rcp__word_in(R->w[i].f, lead))
		i++;
	/* an adjective first: "a German subsidiary of", "einer deutschen Tochter der" */
	if (i + 1 < R->nw && R->w[i + 1].t.end <= to && !rcp__word_in(R->w[i].f, heads) &&
	    rcp__word_in(R->w[i + 1].f, heads))
		i++;
	if (i >= R->nw || R->w[i].t.end > to || !rcp__word_in(R->w[i].f, heads))
		return 0;
	for (i++; i < R->nw && R->w[i].t.end <= to; i++)
		if (rcp__word_in(R->w[i].f, of))
			return 1;
	return 0;
}

/* Where the text after an owner's name goes on: past blanks and an
 * acronym in parentheses ("Israel Aerospace Industries Ltd. (IAI),"). */
static size_t owner_end(const claims_run *R, size_t e)
{
	/* a legal form the name left out: "Israel Aerospace Industries Ltd." */
	static const char *const forms[] = {"Ltd.", "Ltd", "Inc.", "Inc", "Corp.", "plc", "PLC",
	                                    "S.A.", "SA", "AG", "GmbH", "SpA", "S.p.A.", NULL};
	/* the abbreviation's point of a name told with it ("Elbit Systems Ltd.,") */
	if (e + 1 < R->len && R->text[e] == '.' && (R->text[e + 1] == ',' || R->text[e + 1] == ' '))
		e++;
	while (e < R->len && R->text[e] == ' ')
		e++;
	for (int k = 0; forms[k]; k++) {
		size_t l = strlen(forms[k]);
		if (e + l <= R->len && !memcmp(R->text + e, forms[k], l) &&
		    (e + l == R->len || !isalpha((unsigned char)R->text[e + l]))) {
			for (e += l; e < R->len && R->text[e] == ' ';)
				e++;
			break;
		}
	}
	if (e < R->len && R->text[e] == '(') {
		size_t p = e + 1;
		while (p < R->len && p < e + 16 && R->text[p] != ')' && R->text[p] != '\n')
			p++;
		if (p < R->len && R->text[p] == ')')
			for (e = p + 1; e < R->len && R->text[e] == ' ';)
				e++;
	}
	return e;
}

static int coordination_word(const char *f)
{
	return !strcmp(f, "and") || !strcmp(f, "et") || !strcmp(f, "y") || !strcmp(f, "und");
}

/* Is the text between two names ", and" ("X, a unit of Y, and Z")? */
static int comma_and(const claims_run *R, size_t from, size_t to)
{
	char buf[32];
	int cf, cl, caps;
	return words_between(R, from, to, buf, sizeof buf, &cf, &cl, &caps) && cf && !cl &&
	       coordination_word(buf);
}

/* Is a company's mention where the text says where its news came from,
 * not who took part: a news agency ("a la agencia EFE", "Nachrichtenagentur
 * dpa"), the one told or quoted ("told Reuters", "selon l'AFP", "according
 * to Reuters", "laut dpa"), a credit line ("information fournie par Cercle
 * Finance")? A source is never a party of the claim. */
static int source_mention(const claims_run *R, const xsent *S, const xmention *m)
{
	static const char *const agency[] = {"agencia", "agence", "agency", "agentur",
	                                     "nachrichtenagentur", "presseagentur", NULL};
	static const char *const art[] = {"la", "l", "el", "the", "der", "die", "des", "de", NULL};
	static const char *const per[] = {"selon", "segun", "laut", "told", "gegenuber", NULL};
	const xword *w = R->w;
	size_t i = m->word, a = S->a;
	if (i >= R->nw || rcp__word_in(w[i].f, agency))
		return 1;
	if (i > a && rcp__word_in(w[i - 1].f, art))
		i--;
	if (i > a && rcp__word_in(w[i - 1].f, agency))
		return 1;
	if (i > a && rcp__word_in(w[i - 1].f, per))
		return 1;
	if (i > a + 1 && !strcmp(w[i - 1].f, "to") && !strcmp(w[i - 2].f, "according"))
		return 1;
	/* told after a verb of saying: "haber afirmado a EFE", "a déclaré à
	 * l'AFP", "dijo a Reuters" */
	static const char *const say[] = {"afirm", "dij", "declar", "explic", "confirm", "indiq",
	                                  "precis", "assur", "inform", "asegur", NULL};
	if (i > a + 1 && (!strcmp(w[i - 1].f, "a") || !strcmp(w[i - 1].f, "al")))
		for (int k = 0; say[k]; k++)
			if (!strncmp(w[i - 2].f, say[k], strlen(say[k])))
				return 1;
	/* "information fournie par", "informations fournies par" */
	return i > a + 2 && !strcmp(w[i - 1].f, "par") && !strncmp(w[i - 2].f, "fourni", 6) &&
	       !strncmp(w[i - 3].f, "information", 11);
}

/* Is the text between two names a conjunction and a description of the
 * second set off by commas: "Airbus et la société étatique d'armement,
 * IAI, ...", "Airbus and the Israeli state-owned arms maker, IAI, ..."? */
static int described_conjunct(const claims_run *R, size_t from, size_t to)
{
	static const char *const art[] = {"the", "la", "le", "l", "el", "der", "die", "das", NULL};
	char buf[96];
	int cf, cl, caps;
	if (!words_between(R, from, to, buf, sizeof buf, &cf, &cl, &caps) || cf || !cl || caps)
		return 0;
	char *sp = strchr(buf, ' ');
	if (!sp)
		return 0;
	*sp = '\0';
	if (!coordination_word(buf))
		return 0;
	char *a2 = sp + 1, *sp2 = strchr(a2, ' ');
	if (!sp2)
		return 0;
	*sp2 = '\0';
	for (int k = 0; art[k]; k++)
		if (!strcmp(a2, art[k]))
			return 1;
	return 0;
}

/* A contract word in a definite noun phrase, not negated: "the contract",
 * "dieser Auftrag", "die Ausschreibung", "las empresas adjudicatarias",
 * "le marché". It speaks of a contract the text told of before. */
static int definite_contract(const claims_run *R, const xsent *S)
{
	static const char *const det[] = {"the", "this", "these", "le", "la", "les", "ce",
	                                  "cette", "ces", "l", "el", "los", "las", "este", "esta",
	                                  "estos", "estas", "der", "die", "das", "dieser",
	                                  "diese", "dieses", "den", NULL};
	const found_cue *fc = R->fc.v;
	/* a negation anywhere: "Die Ausschreibung hat Palantir nicht gewonnen" */
	for (size_t i = S->a; i < S->b; i++)
		if (rcp__negated(R->w, S->a, S->b, i))
			return 0;
	for (size_t k = 0; k < R->fc.n; k++) {
		size_t cw = fc[k].word;
		/* "Despite losing this bid" */
		if (fc[k].c->relation != 1 || rcp__negated(R->w, S->a, S->b, cw) ||
		    rcp__hedged(R->li, R->w, S->a, cw) ||
		    rcp__bid_between(R->li, R->w, S->b, S->a, cw + 1))
			continue;
		/* or opening the sentence with no article: "Auftragnehmer ist
		 * ein Gemeinschaftsunternehmen", "Adjudicataria es Indra" */
		if (cw == S->a)
			return 1;
		for (size_t back = 1; back <= 2 && cw >= S->a + back; back++)
			for (int d = 0; det[d]; d++)
				if (!strcmp(R->w[cw - back].f, det[d]))
					return 1;
	}
	return 0;
}

/* Is the name at word i a partner named as such: a partner's noun (not a
 * word for working together) right before it ("seinem Konsortialpartner
 * Leonardo", "son partenaire Leonardo", "su socio Leonardo")? */
static int partner_named(const claims_run *R, size_t i)
{
	const found_cue *fc = R->fc.v;
	for (size_t k = 0; k < R->fc.n; k++)
		if (fc[k].word + 1 == i && fc[k].c->relation == 5 && !joint_word(R->w[fc[k].word].f))
			return 1;
	return 0;
}

/* The sentence's organizations, its lists, and the counterparty the text
 * is about when this one names none: a body by a word for it, or the last
 * public body of the two sentences before. */
static void sentence_orgs(claims_run *R, xsent *S)
{
	const xents *E = R->E;
	const xword *w = R->w;
	size_t ncues = R->fc.n;
	size_t nm = S->m1 - S->m0;
	if (nm > RCP_SENTENCE_ORGS) {
		nm = RCP_SENTENCE_ORGS;
		R->r->orgs_cut++;
	}
	/* the named, a body or a carried one, and the candidate companies */
	vec_reserve(&R->local, nm + 2 + R->prev.n + R->zero.n);
	vec_reserve(&R->group, nm + 2 + R->prev.n + R->zero.n);
	xmention *local = LOCAL(R);
	int *group = GROUP(R);
	size_t nloc = 0;
	for (size_t k = S->m0; k < S->m0 + nm; k++) {
		rcp_matcher_entity le;
		rcp__ent_get(E, R->ms[k].entity, &le);
		if ((le.kind == RCP_KIND_COMPANY || le.kind == RCP_KIND_OTHER_ORG) &&
		    source_mention(R, S, &R->ms[k]))
			continue;
		local[nloc++] = R->ms[k];
		if (le.kind != RCP_KIND_COMPANY && le.kind != RCP_KIND_OTHER_ORG) {
			S->has_body = 1;
			int64_t sub = rcp__owned_body(E, R->text, R->len, w, S->a, S->b, &R->ms[k]);
			if (sub >= 0)
				local[nloc - 1].entity = (uint32_t)sub;
		}
	}
	/* lists: organizations of one list are coordinated, not related */
	S->last_company_group = -1;
	S->appos_x = S->appos_y = -1;
	S->doc_carried = -1;
	S->descr_owner = -1;
	for (size_t k = 0; k < nloc; k++) {
		rcp_matcher_entity le;
		rcp__ent_get(E, local[k].entity, &le);
		group[k] = k && rcp__list_gap(R->text, local[k - 1].end, local[k].start) ? group[k - 1]
		                                                                         : (int)k;
		/* "Airbus et la société étatique d'armement, IAI": one list */
		if (k && group[k] == (int)k &&
		    described_conjunct(R, local[k - 1].end, local[k].start))
			group[k] = group[k - 1];
		/* "X, a unit of Y, won", "X, a unit of Y, and Z won": Y is
		 * X's owner, X and Z one list */
		size_t xe = local[k ? k - 1 : 0].end;
		/* "Elbit Systems Ltd., einer Tochter": the name's point */
		if (xe + 1 < R->len && R->text[xe] == '.' && R->text[xe + 1] == ',')
			xe++;
		if (k && S->appos_x < 0 && group[k] == (int)k &&
		    ownership_apposition(R, xe, local[k].start)) {
			size_t e = owner_end(R, local[k].end);
			/* a comma, or the sentence's end: "X, filial de Y." */
			if (e >= R->len || R->text[e] == ',' ||
			    e + 1 >= S->end) {
				S->appos_x = (long)k - 1;
				S->appos_y = (long)k;
			}
		}
		if (k >= 2 && S->appos_y == (long)k - 1 &&
		    comma_and(R, local[k - 1].end, local[k].start))
			group[k] = group[k - 2];
		/* an apposition's owner describes X: no list of its own; nor a
		 * partner named as such ("with its partner Leonardo, Thales
		 * won"): the two act together */
		if (le.kind == RCP_KIND_COMPANY && group[k] != S->last_company_group &&
		    (long)k != S->appos_y && !partner_named(R, local[k].word)) {
			S->company_groups++;
			S->last_company_group = group[k];
		}
	}
	/* the companies the sentence ends with, for the next one */
	rcp__vec t = R->zero;
	R->zero = R->prev;
	R->prev = t;
	S->zero_s = R->prev_s;
	if (S->company_groups) {
		R->prev.n = 0;
		R->prev_s = S->s;
		for (size_t k = 0; k < nloc; k++) {
			rcp_matcher_entity le;
			rcp__ent_get(E, local[k].entity, &le);
			if (le.kind == RCP_KIND_COMPANY && group[k] == S->last_company_group)
				*(xmention *)rcp__vec_push(&R->prev) = local[k];
		}
	} else {
		/* nothing new: the companies stay those of the sentence before */
		R->prev.n = 0;
		for (size_t k = 0; k < R->zero.n; k++)
			*(xmention *)rcp__vec_push(&R->prev) = ((xmention *)R->zero.v)[k];
	}
	group[nloc] = 1000;
	group[nloc + 1] = 1001;
	S->nreal = nloc;
	long bw = -1;
	S->body = -1;
	/* anywhere when the sentence names no body; as its subject ("The
	 * military took several steps, including using AWS, as the
	 * commander of MAMRAM revealed") even when it names one */
	size_t a = S->a, b = S->b;
	if ((ncues || S->implicit) &&
	    ((bw = rcp__body_anaphor(R->li, w, a, S->has_body ? (a + 2 < b ? a + 2 : b) : b,
	                             &R->body_kind)) >= 0 ||
	     (S->has_body &&
	      (bw = rcp__qualified_body(R->li, w, a, b, local, nloc, &R->body_kind)) >= 0)))
		S->body = rcp__main_of_kind(E->m, R->r->count, E->ne, R->body_kind);
	if (S->body >= 0) {
		/* "the military", "l'agence": the document's main body of that kind */
		local[nloc] = (xmention){(uint32_t)S->body, w[bw].t.start, w[bw].t.end, (size_t)bw, S->s};
		nloc++;
	} else if (!S->has_body && R->carried.sentence + 2 >= S->s && R->carried_ok && S->s > 0 &&
	           (ncues || S->implicit) && S->company_groups <= 1) {
		/* only for one company, or one list of them: with two, the
		 * sentence is about them ("Microsoft owns 49% of OpenAI, and the
		 * two companies collaborate closely") */
		/* it stands where the sentence starts */
		local[nloc] = R->carried;
		local[nloc].word = a;
		local[nloc].start = w[a].t.start;
		nloc++;
	} else if (!S->has_body && R->doc_buyer_ok && S->company_groups == 1 && !S->question &&
	           R->r->count[R->doc_buyer.entity] > 2 * R->doc_second && definite_contract(R, S)) {
		/* "Die Ausschreibung gewonnen hat das Unternehmen Palantir",
		 * "Para las empresas adjudicatarias, destacan Indra, Airbus":
		 * the contract the text told of is its buyer's, the public
		 * body it names most, however far back (twice as often as any
		 * other: "la DGAM" and "el Ministerio de Defensa" alike leave
		 * it untold) */
		local[nloc] = R->doc_buyer;
		local[nloc].word = a;
		local[nloc].start = w[a].t.start;
		S->doc_carried = (long)nloc;
		nloc++;
	}
	S->nloc = nloc;
	drop_cues_in_names(R, S);
	for (size_t k = S->m0; k < S->m1; k++) {
		rcp_matcher_entity le;
		rcp__ent_get(E, R->ms[k].entity, &le);
		if (le.kind != RCP_KIND_COMPANY && le.kind != RCP_KIND_OTHER_ORG) {
			R->carried = R->ms[k];
			R->carried_ok = 1;
			uint32_t n = R->r->count[R->ms[k].entity];
			if (R->doc_buyer_ok && R->ms[k].entity != R->doc_buyer.entity &&
			    n < R->r->count[R->doc_buyer.entity]) {
				if (n > R->doc_second)
					R->doc_second = n;
			} else if (R->ms[k].entity != R->doc_buyer.entity || !R->doc_buyer_ok) {
				if (R->doc_buyer_ok)
					R->doc_second = R->r->count[R->doc_buyer.entity];
				R->doc_buyer = R->ms[k];
				R->doc_buyer_ok = 1;
			}
		}
	}
	/* several bodies under one parent the sentence does not name ("los
	 * ministerios de Defensa e Interior –y en menor medida Transportes–
	 * han adjudicado ...; de 19 de esos contratos se beneficiarán
	 * Elbit Systems y Rafael"): what the next sentence says of them
	 * together is the parent's (the registry's parents say which) */
	if (R->carried_ok && R->carried.sentence == S->s) {
		int64_t parent = rcp__common_parent(E, R->ms + S->m0, S->m1 - S->m0);
		if (parent >= 0)
			R->carried.entity = (uint32_t)parent;
	}
}

/* Is a mention a fund's: a fund's name ("Norwegian Government Pension
 * Fund"), or a name right after a fund's noun ("der Pensionsfonds KLP",
 * "the pension fund ABP", "el fondo ABP")? */
static int fund_mention(const claims_run *R, const xmention *m, const rcp_matcher_entity *e)
{
	if (rcp__fund_name(e->name))
		return 1;
	size_t i = rcp__word_at_offset(R->w, R->nw, m->start);
	/* the noun up to three words before ("le fonds de pension ABP") */
	for (size_t k = i; k > 0 && k + 3 > i && k <= R->nw; k--) {
		const xword *x = &R->w[k - 1];
		if (i >= R->nw || x->t.sentence != R->w[i].t.sentence || (k < i && x->t.cap))
			return 0;
		const char *f = x->f;
		size_t n = strlen(f);
		if ((n >= 4 && !strcmp(f + n - 4, "fund")) || (n >= 5 && !strcmp(f + n - 5, "fonds")) ||
		    !strcmp(f, "fondo"))
			return 1;
	}
	return 0;
}

/* English and German put a company's kind before its noun: "the defense
 * contractor", "the Israeli drone maker", "der Rüstungskonzern", "der
 * Autozuliefer- und Rüstungskonzern", "der Mischkonzern". A word for the
 * main company as "the company" is: its article's word, or -1. (French and
 * Spanish put the kind after: "le groupe français" is "le groupe".) */
static long modified_anaphor(int li, const xword *w, size_t a, size_t b)
{
	static const char *const en_heads[] = {"contractor", "company", "firm", "maker",
	                                       "manufacturer", "giant", "group", NULL};
	static const char *const de_heads[] = {"konzern", "hersteller", "unternehmen", NULL};
	if (li != 0 && li != 3)
		return -1;
	for (size_t i = a + 1; i < b; i++) {
		const char *f = w[i].f;
		size_t fl = strlen(f);
		int head = 0;
		if (li == 0) {
			head = rcp__word_in(f, en_heads);
		} else {
			for (int k = 0; de_heads[k] && !head; k++) {
				size_t l = strlen(de_heads[k]);
				/* "Rüstungskonzern", not "Konzern" (the lexicon's) */
				head = fl > l + 2 && !strcmp(f + fl - l, de_heads[k]);
			}
		}
		/* "the French defense company Thales": a name, no anaphor */
		if (!head || (i + 1 < b && w[i + 1].t.cap))
			continue;
		/* the article one to three words before, and only words of a
		 * kind between: lower case in English, a compound's part or
		 * "und" in German */
		for (size_t back = 1; back <= 3 && i >= a + back; back++) {
			const xword *x = &w[i - back];
			if (li == 0 ? !strcmp(x->f, "the") : !strcmp(x->f, "der"))
				return back == 1 && li == 0 ? -1 : (long)(i - back);
			if (li == 0 && x->t.cap && strcmp(x->f, "israeli") && strcmp(x->f, "american") &&
			    strcmp(x->f, "french") && strcmp(x->f, "german") && strcmp(x->f, "british"))
				break;
		}
	}
	return -1;
}

/* A word for the companies the sentence before named, several of them:
 * "these two companies", "both companies", "ces deux entreprises", "estas
 * dos empresas", "diese beiden Unternehmen". Its first word, or -1. */
static long plural_anaphor(int li, const xword *w, size_t a, size_t b)
{
	static const char *const ph[4][10][4] = {
		{{"these", "two", "companies"}, {"both", "companies"}, {"these", "companies"},
		 {"the", "two", "companies"}, {"those", "companies"}, {"these", "firms"},
		 {"the", "two", "firms"}, {"both", "firms"}},
		{{"ces", "deux", "entreprises"}, {"ces", "deux", "societes"}, {"ces", "entreprises"},
		 {"ces", "societes"}, {"les", "deux", "entreprises"}, {"les", "deux", "societes"},
		 {"ces", "deux", "groupes"}},
		{{"estas", "dos", "empresas"}, {"ambas", "empresas"}, {"estas", "empresas"},
		 {"las", "dos", "empresas"}, {"esas", "empresas"}, {"esas", "dos", "empresas"},
		 {"ambas", "companias"}},
		{{"diese", "beiden", "unternehmen"}, {"beide", "unternehmen"},
		 {"diese", "unternehmen"}, {"die", "beiden", "unternehmen"}, {"diese", "firmen"},
		 {"beiden", "firmen"}, {"beiden", "konzerne"}, {"diese", "konzerne"}},
	};
	if (li < 0 || li > 3)
		return -1;
	for (size_t i = a; i < b; i++)
		for (int k = 0; k < 10 && ph[li][k][0]; k++) {
			size_t n = 0;
			while (n < 4 && ph[li][k][n] && i + n < b && !strcmp(w[i + n].f, ph[li][k][n]))
				n++;
			if (n == 4 || !ph[li][k][n])
				return (long)i;
		}
	return -1;
}

/* Candidate companies besides the named ones: the main company by a word
 * for it ("the company", "elle"), or the companies the sentence before
 * ended with, when this one goes on about them. Appended to the locals. */
static void sentence_candidates(claims_run *R, xsent *S)
{
	const xents *E = R->E;
	const xword *w = R->w;
	xmention *local = LOCAL(R);
	int *group = GROUP(R);
	size_t nloc = S->nloc, nreal = S->nreal, a = S->a;
	int64_t main_co = R->r->main_co;
	xmention *extra = local + nloc;
	size_t nextra = 0;
	long aw = -1;
	if (main_co >= 0) {
		int present = 0;
		for (size_t k = 0; k < nloc; k++)
			present |= local[k].entity == (uint32_t)main_co;
		aw = present ? -1 : rcp__anaphor_in(R->li, R->text, w, a, S->b);
		if (!present && aw < 0)
			aw = modified_anaphor(R->li, w, a, S->b);
		S->had_anaphor = aw >= 0;
		/* "la société israélienne IAI" names its company */
		int pronoun = aw >= 0 && (!strcmp(w[aw].f, "it") || !strcmp(w[aw].f, "elle"));
		/* a company named before it in the sentence is the one "the
		 * company" means ("The U.S. Navy bought AnyVision equipment, and
		 * the company's CEO said...") */
		for (size_t k = 0; aw >= 0 && k < nreal; k++) {
			rcp_matcher_entity le;
			rcp__ent_get(E, local[k].entity, &le);
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
			if (memchr(R->text + e, ',', st - e))
				aw = -1;
		}
		for (size_t k = 0; aw >= 0 && !pronoun && k < nreal; k++)
			if (local[k].word > (size_t)aw && local[k].word <= (size_t)aw + 3)
				aw = -1;
		if (aw >= 0)
			extra[nextra++] =
				(xmention){(uint32_t)main_co, w[aw].t.start, w[aw].t.end, (size_t)aw, S->s};
	}
	/* "der Fonds", "le fonds": the fund named last, in this sentence
	 * or the two before, when the sentence names none before the word */
	S->holder = -1;
	long hw = aw < 0 ? rcp__holder_anaphor_in(R->li, w, a, S->b) : -1;
	for (size_t k = 0; hw >= 0 && k < nreal; k++) {
		rcp_matcher_entity le;
		rcp__ent_get(E, local[k].entity, &le);
		if (local[k].word < (size_t)hw + 4 && rcp__fund_name(le.name))
			hw = -1;
	}
	if (hw >= 0) {
		/* "the fund" is a noun, not the verb "fund" */
		found_cue *fc = R->fc.v;
		size_t kept = 0;
		for (size_t k = 0; k < R->fc.n; k++)
			if (!(fc[k].word >= (size_t)hw && fc[k].word < (size_t)hw + 3 &&
			      rcp__fund_name(w[fc[k].word].f)))
				fc[kept++] = fc[k];
		R->fc.n = kept;
	}
	if (hw >= 0) {
		const xmention *fund = NULL;
		for (size_t k = S->m0; k-- > 0 && R->ms[k].sentence + 2 >= S->s;) {
			rcp_matcher_entity le;
			rcp__ent_get(E, R->ms[k].entity, &le);
			if (fund_mention(R, &R->ms[k], &le)) {
				fund = &R->ms[k];
				break;
			}
		}
		if (fund) {
			S->holder = (long)(nloc + nextra);
			extra[nextra++] =
				(xmention){fund->entity, w[hw].t.start, w[hw].t.end, (size_t)hw, S->s};
			aw = hw;
		}
	}
	/* no company and no word for one: the sentence goes on about the
	 * companies the one before ended with ("... Elbit Systems y Rafael.
	 * Dos pesos pesados cuyo armamento utiliza el Ejército hebreo") */
	S->zero_word = -1;
	if (!S->had_anaphor && !S->company_groups && S->has_body && S->zero_s + 1 == S->s) {
		const xmention *zero = R->zero.v;
		/* "these two companies" names them where it stands, as the
		 * ones held ("ISIF's investments in these two companies") */
		long pw = R->zero.n > 1 ? plural_anaphor(R->li, w, a, S->b) : -1;
		S->zero_word = pw;
		for (size_t k = 0; k < R->zero.n; k++) {
			extra[nextra] = zero[k];
			extra[nextra].word = pw >= 0 ? (size_t)pw : a;
			extra[nextra].start = w[pw >= 0 ? (size_t)pw : a].t.start;
			extra[nextra].end = pw >= 0 ? w[pw].t.end : w[a].t.start;
			nextra++;
		}
	}
	for (size_t k = 0; k < nextra; k++)
		group[nloc + k] = 1000 + (int)k;
	S->aw = aw;
	S->nextra = nextra;
}

/* Does counterparty p stand for something else in the sentence: a body
 * named as the owner of a related one ("Israel's military intelligence
 * agency, Unit 8200": the claim is the unit's), or a modifier ("Israeli
 * military contractors", "Israeli military-developed")? */
static int counterparty_describes(const claims_run *R, const xsent *S, size_t pi,
                                  const rcp_matcher_entity *pe)
{
	const xents *E = R->E;
	const xmention *local = LOCAL(R);
	const int *group = GROUP(R);
	const xmention *p = &local[pi];
	size_t a = S->a, nreal = S->nreal;
	/* "l'unité 8200, le service de renseignement de l'armée israélienne" */
	int has_unit = 0, p_gen = pi < nreal && rcp__is_genitive(R->text, R->len, R->w, a, p);
	for (size_t pk = 0; pk < nreal && !has_unit && pe->kind != RCP_KIND_COMPANY && pi < nreal;
	     pk++) {
		const xmention *q = &local[pk];
		/* (a possessive owner in one list with its unit, "the Israeli
		 * military's Unit 8200", stays a counterparty: reading it as the
		 * unit's owner lost a claim on the check half) */
		if (q->entity == p->entity || group[pk] == group[pi])
			continue;
		if (rcp__is_genitive(R->text, R->len, R->w, a, q)) {
			/* both owners: the later one owns the earlier
			 * ("l'accès de l'unité 8200, le service de
			 * renseignement de l'armée israélienne") */
			has_unit = p_gen && p->start > q->start &&
			           rcp__ent_is_ancestor(E, p->entity, q->entity);
			continue;
		}
		if (p_gen)
			has_unit = rcp__ent_is_ancestor(E, p->entity, q->entity) ||
			           rcp__ent_is_ancestor(E, q->entity, p->entity);
		else
			has_unit = rcp__ent_is_ancestor(E, p->entity, q->entity) &&
			           rcp__appositive(R->text, R->w, p, q);
	}
	if (has_unit)
		return 1;
	/* "Israeli military contractors", "Israeli military courts",
	 * "Israeli military-developed": the body names other things */
	return pi < nreal && rcp__names_other(R->text, R->len, R->w, a, p);
}

/* A body joined by a hyphen to a supplier's noun, the company right after:
 * "der Bundeswehr-Lieferant Thales", "der Bundeswehr-Zulieferer X", "el
 * proveedor-Defensa"? The body names the supplier's buyer, not a thing. */
static int supplier_compound(const claims_run *R, const xmention *p, const xmention *c)
{
	static const char *const nouns[] = {"lieferant", "zulieferer", "ausruster", "supplier",
	                                    "contractor", "ruestungslieferant", NULL};
	if (p->end >= R->len || R->text[p->end] != '-' || c->start <= p->end)
		return 0;
	size_t i = rcp__word_at_offset(R->w, R->nw, p->end + 1);
	if (i >= R->nw || i + 1 >= R->nw || R->w[i + 1].t.start != c->start)
		return 0;
	for (int k = 0; nouns[k]; k++)
		if (!strncmp(R->w[i].f, nouns[k], strlen(nouns[k])))
			return 1;
	return 0;
}

/* Is counterparty pi inside an apposition to a body named right before it,
 * set off by commas: "Frontex, the EU border agency, awarded", "Frontex,
 * l'agence européenne des frontières, a attribué"? It describes that body;
 * the body is the party. (A list's next name has no words of its own before
 * its comma: "Frontex, Europol, and Interpol".) */
static int in_body_apposition(const claims_run *R, const xsent *S, size_t pi)
{
	const xmention *local = LOCAL(R);
	const xmention *p = &local[pi];
	char buf[96];
	int cf, cl, caps;
	for (size_t k = 0; k < pi && k < S->nreal; k++) {
		const xmention *q = &local[k];
		rcp_matcher_entity qe;
		if (q->entity == p->entity || q->end > p->start)
			continue;
		rcp__ent_get(R->E, q->entity, &qe);
		if (qe.kind == RCP_KIND_COMPANY || qe.kind == RCP_KIND_OTHER_ORG)
			continue;
		/* ", the" / ", l'" / ", el" / ", die deutsche" before it */
		if (!words_between(R, q->end, p->start, buf, sizeof buf, &cf, &cl, &caps) || !cf ||
		    cl || (caps && R->li != 3) || strlen(buf) > 24)
			continue;
		/* its own words, then a comma */
		size_t e = p->end, lim = p->end + 48 < S->end ? p->end + 48 : S->end;
		while (e < lim && R->text[e] != ',' && R->text[e] != '.')
			e++;
		if (e >= lim || R->text[e] != ',' || e == p->end)
			continue;
		/* its first word in lower case, no conjunction ("de fronteras
		 * de la UE", "border agency"; not "and Europol") */
		size_t fw = rcp__word_at_offset(R->w, R->nw, p->end);
		if (fw >= R->nw || R->w[fw].t.start >= e || (R->w[fw].t.cap && R->li != 3) ||
		    coordination_word(R->w[fw].f) || !strcmp(R->w[fw].f, "or") ||
		    !strcmp(R->w[fw].f, "ou") || !strcmp(R->w[fw].f, "o") ||
		    !strcmp(R->w[fw].f, "oder"))
			continue;
		if (words_between(R, p->end, e, buf, sizeof buf, &cf, &cl, &caps) && buf[0])
			return 1;
	}
	return 0;
}

/* Is the company named at word i set against the fact: a rival, a loser or
 * a contrast right before it ("Unlike Thales", "beat Thales", "its rival
 * Thales", "competes with Thales", "contrairement à Thales", "a devancé
 * Thales", "a diferencia de Thales", "se impuso a Thales", "anders als
 * Thales", "setzte sich gegen Thales durch", "im Gegensatz zu Thales")?
 * Function words between are skipped. */
static int set_against(const xword *w, size_t a, size_t i)
{
	static const char *const skip[] = {"a", "the", "its", "their", "out", "with", "to", "of",
	                                   "a", "au", "aux", "de", "du", "le", "la", "les", "l",
	                                   "son", "sa", "ses", "al", "el", "su", "sus", "zu",
	                                   "als", "den", "die", "der", "dem", "seinen", "seine",
	                                   "ihren", "ihre", NULL};
	static const char *const against[] = {
		"unlike", "beat", "beats", "beating", "outbid", "outbids", "outbidding", "defeated",
		"defeating", "against", "edged", "compete", "competes", "competing",
		"contrairement", "devance", "devancant", "devancent", "contre", "detriment",
		"diferencia", "impuso", "impone", "contra", "detrimento", "anders", "gegensatz",
		"gegen", NULL};
	/* "the rival of Thales", "le concurrent de Thales": the rival is
	 * another; "its rival Thales" names the rival itself */
	static const char *const rival[] = {"rival", "rivals", "competitor", "competitors",
	                                    "concurrent", "concurrents", "rivaux", "competidor",
	                                    "competidores", "rivales", "konkurrent",
	                                    "konkurrenten", "rivalen", NULL};
	static const char *const of[] = {"of", "de", "du", "del", "von", "des", NULL};
	if (i >= a + 2 && rcp__word_in(w[i - 1].f, of) && rcp__word_in(w[i - 2].f, rival))
		return 1;
	static const char *const lost[] = {"lost", "loses", "losing", "perdu", "perd", "perdio",
	                                   "pierde", "unterlag", "verlor", "verloren", NULL};
	static const char *const versus[] = {"against", "contre", "contra", "gegen", NULL};
	for (size_t back = 1; back <= 3 && i >= a + back; back++) {
		const char *f = w[i - back].f;
		if (rcp__word_in(f, against)) {
			/* the one a loser lost against won ("unterlag gegen
			 * Leonardo", "lost against Leonardo") */
			if (rcp__word_in(f, versus))
				for (size_t j = a; j < i - back; j++)
					if (rcp__word_in(w[j].f, lost))
						return 0;
			return 1;
		}
		if (!rcp__word_in(f, skip))
			return 0;
	}
	return 0;
}

/* Does company c report or time a clause with a subject of its own, the
 * counterparty p, whose verb is the cue at word cw ("Thales said the
 * Bundeswehr had ordered radios from Airbus", "Thales shares rose after the
 * Bundeswehr announced new orders", "Thales a dit que la Bundeswehr",
 * "Thales dijo que la Guardia Civil", "Thales sagte, die Bundeswehr habe",
 * "nachdem die Bundeswehr")? Then c is no party, unless a pronoun for it
 * is the verb's object ("said the Bundeswehr had awarded it", "lui a
 * attribué", "le adjudicó", "hat ihm ... erteilt"). */
static int reported_subject(const claims_run *R, const xmention *c, const xmention *p,
                            size_t cw)
{
	static const char *const opener[] = {
		"said", "says", "told", "stated", "reported", "announced", "after", "before", "when",
		"dit", "declare", "affirme", "annonce", "indique", "apres", "avant", "lorsque",
		"quand", "dijo", "afirmo", "declaro", "senalo", "anuncio", "indico", "despues",
		"antes", "cuando", "sagte", "erklarte", "teilte", "nachdem", "bevor", "sobald", NULL};
	static const char *const glue[] = {"that", "que", "qu", "de", "dass", "the", "la", "le",
	                                   "l", "el", "los", "las", "les", "die", "der", "das",
	                                   "mit", NULL};
	static const char *const pron[] = {"it", "them", "lui", "leur", "le", "les", "lo", "ihm",
	                                   "ihr", "ihnen", NULL};
	const xword *w = R->w;
	if (!(c->word < p->word && p->word < cw))
		return 0;
	size_t m = p->word;
	while (m > c->word + 1 && p->word - m < 4 && rcp__word_in(w[m - 1].f, glue))
		m--;
	if (m <= c->word + 1 || !rcp__word_in(w[m - 1].f, opener))
		return 0;
	/* French and Spanish put the object pronoun before the verb, English
	 * after it; German anywhere between */
	for (size_t j = p->word + 1; j < R->nw && j <= cw + 2; j++) {
		if (j > cw && R->li != 0 && R->li != 3)
			break;
		if (j + 2 < cw && R->li != 3)
			continue;
		/* "la" is an article: only "le", "les", "lo" before a verb */
		if (rcp__word_in(w[j].f, pron) && !(R->li == 0 && j < cw))
			return 0;
	}
	return 1;
}

/* Is the company named at words ending before word e the owner of a rival
 * ("Thales's rival Airbus", "Thales' competitor")? The rival acts. */
static int rival_owner(const xword *w, size_t b, size_t e)
{
	static const char *const rival[] = {"rival", "rivals", "competitor", "competitors", NULL};
	if (e < b && !strcmp(w[e].f, "s"))
		e++;
	return e < b && rcp__word_in(w[e].f, rival);
}

/* Does a clause end between words x and y (x < y) of a sentence: a
 * semicolon, or a comma and a conjunction that opens another clause
 * (", while", ", whereas", ", but"; ", tandis que", ", alors que", ",
 * mais"; ", mientras", ", pero", ", aunque"; ", während", ", wohingegen",
 * ", aber", ", doch")? Not ", while facing": a participle is no clause. */
static int clause_break_between(const claims_run *R, size_t x, size_t y)
{
	static const char *const conj[] = {"while", "whereas", "but", "tandis", "alors",
	                                   "mais", "mientras", "pero", "aunque", "wahrend",
	                                   "wohingegen", "aber", "doch", NULL};
	const xword *w = R->w;
	for (size_t j = x; j < y; j++) {
		size_t g0 = w[j].t.end, g1 = w[j + 1].t.start;
		/* most gaps are one space */
		if (g1 <= g0 + 1 && (g1 <= g0 || R->text[g0] == ' '))
			continue;
		const char *gap = R->text + g0;
		if (memchr(gap, ';', g1 - g0))
			return 1;
		if (!memchr(gap, ',', g1 - g0) || !rcp__word_in(w[j + 1].f, conj))
			continue;
		/* "tandis que", "alors que"; not "alors" alone */
		if (!strcmp(w[j + 1].f, "tandis") || !strcmp(w[j + 1].f, "alors")) {
			if (j + 2 < y && (!strcmp(w[j + 2].f, "que") || !strcmp(w[j + 2].f, "qu")))
				return 1;
			continue;
		}
		if (j + 2 <= y && rcp__word_ends_any(&w[j + 2], (const char *const[]){"ing", NULL}))
			continue;
		return 1;
	}
	return 0;
}

/* Is there a comma between words j and j + 1? */
static int comma_after(const claims_run *R, size_t j)
{
	size_t g0 = R->w[j].t.end, g1 = R->w[j + 1].t.start;
	return g1 > g0 + 1 ? memchr(R->text + g0, ',', g1 - g0) != NULL
	                   : g1 == g0 + 1 && R->text[g0] == ',';
}

/* The relative clause set off by a comma that word x stands in, on an
 * organization named right before the comma: "The Bundeswehr, which has
 * modernised its fleet under pressure from NATO, awarded ...", "la
 * Bundeswehr, qui ...", "la Guardia Civil, que ...", "die Bundeswehr, die
 * ...". Its words [*r, *e] and the antecedent's local index; 0 if none ("the
 * contract, which the Bundeswehr awarded" names the buyer: no organization
 * before it). */
static int relative_clause_at(const claims_run *R, const xsent *S, size_t x, size_t *r,
                              size_t *e, size_t *ante)
{
	static const char *const rel[] = {"which", "who", "whose", "qui", "dont", "lequel",
	                                  "laquelle", "que", "quien", "quienes", "cuyo", "cuya",
	                                  "die", "der", "das", "welche", "welcher", "dessen",
	                                  "deren", NULL};
	const xword *w = R->w;
	const xmention *local = LOCAL(R);
	size_t q = x;
	/* the pronoun after a comma, no comma between it and x */
	for (;;) {
		if (q <= S->a || x - q > 16)
			return 0;
		q--;
		if (comma_after(R, q)) {
			q++;
			break;
		}
	}
	if (q >= x || !rcp__word_in(w[q].f, rel))
		return 0;
	int on_org = 0;
	for (size_t k = 0; k < S->nreal && !on_org; k++)
		if (local[k].end <= w[q].t.start && rcp__word_at_offset(w, R->nw, local[k].end) == q) {
			on_org = 1;
			*ante = k;
		}
	if (!on_org)
		return 0;
	/* the clause ends at the next comma, or with the sentence */
	size_t end = x;
	while (end + 1 < S->b && !comma_after(R, end))
		end++;
	*r = q;
	*e = end;
	return 1;
}

/* Does a relative clause on an organization keep company c and counterparty
 * p apart from the cue at word cw? A body named in the clause is none of the
 * main verb's parties ("The Bundeswehr, which modernises under pressure
 * from NATO, awarded Thales"), unless named outside it too ("ICE's system,
 * which hosts ICE's applications, uses AWS"); and the clause's verb relates
 * its own names and its antecedent only ("The Bundeswehr, which bought
 * radios from Thales, praised Airbus": Airbus nothing). */
static int relative_apart(const claims_run *R, const xsent *S, size_t ci, size_t pi, size_t cw)
{
	const xmention *local = LOCAL(R);
	const xmention *c = &local[ci], *p = &local[pi];
	size_t r, e, ante;
	if (pi < S->nreal && relative_clause_at(R, S, p->word, &r, &e, &ante) && ante != pi &&
	    !(cw >= r && cw <= e) && !(c->word >= r && c->word <= e)) {
		int outside = 0;
		for (size_t k = 0; k < S->nreal && !outside; k++)
			outside = local[k].entity == p->entity && (local[k].word < r || local[k].word > e);
		if (!outside)
			return 1;
	}
	if (relative_clause_at(R, S, cw, &r, &e, &ante)) {
		int c_ok = (c->word >= r && c->word <= e) || (ci < S->nreal && ci == ante);
		int p_ok = (p->word >= r && p->word <= e) || (pi < S->nreal && pi == ante);
		if (!c_ok || !p_ok)
			return 1;
	}
	return 0;
}

/* Is word i right after "in addition to", "besides", "apart from", "en plus
 * de", "outre", "además de", "aparte de", "neben", "zusätzlich zu" (an
 * article between allowed)? */
static int set_beside(const xword *w, size_t a, size_t i)
{
	static const char *const ph[][3] = {
		{"in", "addition", "to"}, {"besides", NULL, NULL}, {"apart", "from", NULL},
		{"en", "plus", "de"}, {"en", "plus", "du"}, {"outre", NULL, NULL},
		{"ademas", "de", NULL}, {"ademas", "del", NULL}, {"aparte", "de", NULL},
		{"neben", NULL, NULL}, {"zusatzlich", "zu", NULL}, {"zusatzlich", "zur", NULL},
		{"zusatzlich", "zum", NULL}};
	static const char *const art[] = {"the", "l", "la", "le", "el", "der", "die", "dem",
	                                  "den", NULL};
	size_t e = i;
	if (e > a && rcp__word_in(w[e - 1].f, art))
		e--;
	for (size_t k = 0; k < sizeof ph / sizeof ph[0]; k++) {
		size_t n = ph[k][2] ? 3 : ph[k][1] ? 2 : 1;
		if (e < a + n)
			continue;
		size_t j = 0;
		while (j < n && !strcmp(w[e - n + j].f, ph[k][j]))
			j++;
		if (j == n)
			return 1;
	}
	return 0;
}

/* A second amount with its own contract is a second contract ("a $26
 * million order ... under a $143.5 million contract the company won in
 * 2014"): a copy of claim qi for each. */
static void further_contracts(claims_run *R, const xsent *S, size_t qi)
{
	rcp__vec *claims = &R->r->claims;
	const rcp_money *amount = S->amount;
	if (((xclaim *)claims->v)[qi].relation != 1 || !amount)
		return;
	for (size_t k = R->mlo; k < R->mhi; k++) {
		const rcp_money *mk = &R->mv[k];
		if (mk == amount || mk->percent || mk->start < S->start || mk->end > S->end ||
		    (mk->minor == amount->minor && !strcmp(mk->currency, amount->currency)))
			continue;
		/* the contract right after it, or just before ("un contrat de 50
		 * millions d'euros") */
		size_t mw = rcp__word_at_offset(R->w, R->nw, mk->end);
		size_t ms0 = rcp__word_at_offset(R->w, R->nw, mk->start);
		const found_cue *fcv = R->fc.v;
		int own = 0;
		for (size_t f = 0; f < R->fc.n && !own; f++)
			own = fcv[f].c->relation == 1 &&
			      ((fcv[f].word >= mw && fcv[f].word < mw + 2) ||
			       (fcv[f].word < ms0 && fcv[f].word + 3 > ms0));
		if (!own)
			continue;
		xclaim copy = ((xclaim *)claims->v)[qi];
		copy.money = mk;
		*(xclaim *)rcp__vec_push(claims) = copy;
	}
}

/* An acquisition told as a noun, the one bought after "of" and the buyer
 * c after "by": "the acquisition of X by Y", "le rachat de X par Y", "la
 * adquisición de X por Y", "die Übernahme von X durch Y". */
static int nominal_agent(const claims_run *R, const xsent *S, const xmention *c,
                         const xmention *p, const rcp__relation_found *f)
{
	/* a deal blocked, abandoned or failed was no acquisition */
	static const char *const failed[] = {"blocked", "abandoned", "collapsed", "failed",
	                                     "cancelled", "canceled", "bloque", "bloquee",
	                                     "abandonne", "echoue", "annule", "annulee",
	                                     "bloqueada", "bloqueado", "fracaso", "cancelada",
	                                     "cancelado", "blockiert", "gescheitert",
	                                     "abgesagt", "untersagt", NULL};
	static const char *const of[] = {"of", "de", "del", "d", "du", "des", "von", NULL};
	static const char *const by[] = {"by", "par", "por", "durch", NULL};
	const xword *w = R->w;
	if (f->c->relation != 2 || !(f->word < p->word && p->word < c->word) ||
	    p->word > f->word + 3 || c->word > p->word + 8 || p->word == 0 || c->word == 0)
		return 0;
	int o = 0, y = 0;
	for (int k = 0; of[k] && !o; k++)
		o = !strcmp(w[p->word - 1].f, of[k]);
	for (size_t back = 1; back <= 3 && !y; back++)
		for (int k = 0; by[k] && !y && c->word >= back; k++)
			y = !strcmp(w[c->word - back].f, by[k]) && c->word - back > p->word;
	for (size_t j = S->a; o && y && j < S->b; j++)
		for (int k = 0; failed[k]; k++)
			if (!strcmp(w[j].f, failed[k]))
				return 0;
	return o && y;
}

/* A verb of placing among words (from, to): "put", "inscrit", "incluyó",
 * "setzte" (a company put on a list)? */
static int placed_between(const xword *w, size_t a, size_t b, size_t from, size_t to)
{
	static const char *const verbs[] = {"put", "puts", "placed", "places", "added", "adds",
	                                    "inscrit", "inscrite", "ajoute", "place", "mis",
	                                    "incluyo", "incluye", "incluido", "anadio", "puso",
	                                    "setzte", "setzt", "gesetzt", "aufgenommen", "nahm",
	                                    NULL};
	for (size_t j = from + 1; j < to; j++)
		for (int k = 0; verbs[k]; k++)
			if (!strcmp(w[j].f, verbs[k]))
				return !rcp__negated(w, a, b, j); /* "did not put" */
	return 0;
}

/* A German passive's auxiliary among words (from, to), and no negation? */
static int german_passive(const xword *w, size_t from, size_t to)
{
	int aux = 0;
	for (size_t j = from + 1; j < to; j++) {
		aux |= !strcmp(w[j].f, "wurde") || !strcmp(w[j].f, "wurden") ||
		       !strcmp(w[j].f, "worden");
		/* "wurde nicht aus dem Portfolio ausgeschlossen" */
		if (!strcmp(w[j].f, "nicht") || !strcmp(w[j].f, "nie") || !strncmp(w[j].f, "kein", 4))
			return 0;
	}
	return aux;
}

/* A German passive's auxiliary among words [a, b): "wird", "wurde",
 * "werden", "wurden", "worden". */
static int passive_aux_in(const xword *w, size_t a, size_t b)
{
	static const char *const aux[] = {"wird", "wurde", "werden", "wurden", "worden", NULL};
	for (size_t j = a; j < b; j++)
		if (rcp__word_in(w[j].f, aux))
			return 1;
	return 0;
}

/* A holding told as a noun, its holder after it in the genitive and the
 * company held after "in": "the investments of the fund in X", "les
 * investissements du fonds dans X", "las inversiones del fondo en X", "die
 * Beteiligungen des Fonds an X". The holder c is the claim's company. */
static int nominal_holding(const claims_run *R, const xmention *c, const xmention *p,
                           const rcp__relation_found *f)
{
	static const char *const gen[] = {"of", "de", "del", "du", "des", "d", NULL};
	static const char *const in[] = {"in", "en", "dans", "an", "am", NULL};
	const xword *w = R->w;
	int r = f->c->relation;
	if ((r != 3 && r != 4 && r != 6) || !(f->word < c->word && c->word < p->word) ||
	    c->word > f->word + 6 || p->word > c->word + 8)
		return 0;
	int g = 0, i = 0;
	for (size_t k = f->word + 1; k <= c->word && !g; k++)
		for (int m = 0; gen[m] && !g; m++)
			g = !strcmp(w[k].f, gen[m]);
	/* the preposition right before the company, or its article */
	for (size_t back = 1; back <= 2 && p->word >= back; back++)
		for (int m = 0; in[m] && !i; m++)
			i = !strcmp(w[p->word - back].f, in[m]) && w[p->word - back].t.start >= c->end;
	return g && i;
}

/* Verbs that hold a share only with its share named: "posee", "hält". */
static int share_verb(const char *f)
{
	return !strcmp(f, "posee") || !strcmp(f, "poseen") || !strcmp(f, "poseia") ||
	       !strcmp(f, "halt") || !strcmp(f, "halten") || !strcmp(f, "hielt");
}

/* Verbs of holding (a state, not the act of investing): "holds",
 * "détient", "posee", "hält". */
static int holding_verb(const char *f)
{
	return share_verb(f) || !strcmp(f, "holds") || !strcmp(f, "held") ||
	       !strcmp(f, "hold") || !strncmp(f, "detien", 6) || !strcmp(f, "detenait");
}

/* A holding at cue word i: its verb ("holds", "détient"), a holding verb
 * two words before its noun ("tiene una participación", "holds a stake"),
 * or German's stative "beteiligt" ("ist mit 10 Prozent an X beteiligt"). */
static int holding_at(const xword *w, size_t a, size_t i)
{
	if (holding_verb(w[i].f))
		return 1;
	/* "ist ... beteiligt" is held, "hat sich ... beteiligt" taken */
	if (!strcmp(w[i].f, "beteiligt")) {
		for (size_t back = 1; back <= 8 && i >= a + back; back++) {
			const char *f = w[i - back].f;
			if (!strcmp(f, "hat") || !strcmp(f, "hatte") || !strcmp(f, "haben"))
				return 0;
			if (!strcmp(f, "ist") || !strcmp(f, "sind") || !strcmp(f, "war") ||
			    !strcmp(f, "waren"))
				return 1;
		}
		return 0;
	}
	for (size_t back = 1; back <= 2 && i >= a + back; back++) {
		const char *f = w[i - back].f;
		if (holding_verb(f) || !strcmp(f, "tiene") || !strcmp(f, "tienen") ||
		    !strcmp(f, "owns") || !strcmp(f, "own"))
			return 1;
	}
	return 0;
}

/* A share's noun among words (lo, hi): "acciones", "Aktien", "Anteile". */
static int share_noun_between(const xword *w, size_t lo, size_t hi)
{
	static const char *const nouns[] = {"acciones", "participacion", "aktien", "anteile",
	                                    "anteil", "beteiligung", "prozent", NULL};
	for (size_t j = lo + 1; j < hi; j++)
		for (int k = 0; nouns[k]; k++)
			if (!strcmp(w[j].f, nouns[k]))
				return 1;
	return 0;
}

/* A word for shares among the three words after cue word i, before word
 * to: "owns shares in", "possède des actions", "tiene acciones", "besitzt
 * Aktien". */
static int shares_after(const xword *w, size_t i, size_t to)
{
	static const char *const nouns[] = {"shares", "stock", "stocks", "stake", "stakes",
	                                    "actions", "acciones", "aktien", "anteile",
	                                    "participation", "participacion", "beteiligung",
	                                    NULL};
	for (size_t j = i + 1; j < to && j <= i + 3; j++)
		if (rcp__word_in(w[j].f, nouns))
			return 1;
	return 0;
}

/* A percentage between bytes [from, to) of the sentence? */
static int percent_between(const claims_run *R, size_t from, size_t to)
{
	for (size_t k = R->mlo; k < R->mhi; k++)
		if (R->mv[k].percent && R->mv[k].start >= from && R->mv[k].end <= to)
			return 1;
	return 0;
}

/* Is a body's name a legislature's ("U.S. Congress", "Bundestag",
 * "Assemblée nationale", "Congreso de los Diputados")? */
static int legislature_name(const char *name)
{
	static const char *const heads[] = {"congress", "bundestag", "bundesrat", "parliament",
	                                    "parlement", "parlamento", "congreso", "senate",
	                                    "senado", "knesset", "assembl", "house of representatives",
	                                    /* a city's: it votes, the city buys */
	                                    "city council", "conseil municipal", "concejo",
	                                    "stadtrat", "gemeinderat", NULL};
	/* every pair of every sentence asks: the first byte before the rest */
	for (const char *p = name; *p; p++) {
		char c = (char)(*p | 0x20);
		switch (c) { /* the heads' first letters; most bytes start none */
		case 'a': case 'b': case 'c': case 'g': case 'h': case 'k': case 'p': case 's':
			break;
		default:
			continue;
		}
		for (int k = 0; heads[k]; k++) {
			if (heads[k][0] != c)
				continue;
			size_t j = 1;
			while (heads[k][j] && p[j] && (p[j] | 0x20) == heads[k][j])
				j++;
			if (!heads[k][j])
				return 1;
		}
	}
	return 0;
}

/* A word of approval, notice or lobbying in sentence words [a, b): what a
 * legislature does to a deal ("notified Congress", "Der Bundestag hat
 * das Geschäft genehmigt", "employs lobbyists in the U.S. Congress"). */
static int approval_in(const xword *w, size_t a, size_t b)
{
	static const char *const words[] = {
		"notified", "notify", "notifies", "notification", "approved", "approves",
		"approve", "approval", "lobby", "lobbyists", "lobbying", "testified", "hearing",
		"notifie", "approuve", "approuvee", "autorise", "autorisee", "aprobo", "aprobado",
		"aprobada", "notifico", "autorizo", "autorizado", "genehmigt", "genehmigte",
		"zugestimmt", "zustimmung", "billigte", "gebilligt", "abgesegnet", NULL};
	for (size_t i = a; i < b; i++)
		for (int k = 0; words[k]; k++)
			if (words[k][0] == w[i].f[0] && !strcmp(w[i].f, words[k]))
				return 1;
	return 0;
}

/* Is extra mention pi the word for the document's main company ("the
 * company", "esta empresa", "das Unternehmen"), not a fund's word or the
 * companies carried from the sentence before? */
static int anaphor_object(const xsent *S, const xmention *local, size_t pi)
{
	return S->had_anaphor && S->aw >= 0 && (long)pi != S->holder &&
	       local[pi].word == (size_t)S->aw && local[pi].end > local[pi].start;
}

/* The claim company local[ci] and counterparty local[pi] make in the
 * sentence, if any, pushed onto the run's claims (and a copy for each
 * further amount with its own contract). */
/* A product's maker named by a participle after the product: "the Hermes,
 * developed by Elbit", "le Heron, fabriqué par IAI", "el Hermes,
 * desarrollado por Elbit", "die Hermes, entwickelt von Elbit", or before it
 * in German ("die von Elbit entwickelte Drohne"). The maker is named to
 * describe the product; whoever uses or buys it need not buy from the
 * maker (a drone operated for Frontex by Airbus, built by IAI). Is company
 * c such an agent, the participle at or after the cue at word cw? */
static int maker_agent(const xword *w, size_t a, size_t b, const xmention *c, size_t cw)
{
	static const char *const made[] = {
		"developed", "manufactured", "made", "built", "produced", "designed",
		"developpe", "developpee", "developpes", "developpees", "fabrique", "fabriquee",
		"fabriques", "fabriquees", "manufacture", "manufacturee", "concu", "concue",
		"concus", "concues", "produit", "produite", "produits", "produites",
		"desarrollado", "desarrollada", "desarrollados", "desarrolladas", "fabricado",
		"fabricada", "fabricados", "fabricadas", "disenado", "disenada", "producido",
		"producida", "entwickelt", "hergestellt", "gebaut", "produziert", NULL};
	/* an auxiliary before the participle makes it the clause's verb
	 * ("was developed by", "a été fabriqué par", "fue desarrollado
	 * por", "wurde entwickelt von"): a predicate, not a description */
	static const char *const aux[] = {
		"was", "were", "is", "are", "been", "be", "being", "ete", "est", "sont", "etait",
		"fue", "fueron", "es", "son", "sido", "era", "wurde", "wurden", "ist", "sind",
		"worden", "war", NULL};
	static const char *const by[] = {"by", "par", "por", "von", NULL};
	for (size_t m = cw + 6 < c->word ? c->word - 6 : cw; m < c->word; m++) {
		/* the agent's word first: most words are followed by none */
		if (m + 1 >= c->word || !rcp__word_in(w[m + 1].f, by) || !rcp__word_in(w[m].f, made))
			continue;
		if (m > a && rcp__word_in(w[m - 1].f, aux))
			return 0;
		return m + 1;
	}
	/* German's participle as an adjective after its agent: "von Elbit
	 * entwickelte", "der von IAI hergestellten Drohnen" */
	if (c->word > a && cw < c->word && !strcmp(w[c->word - 1].f, "von"))
		for (size_t m = c->word + 1; m < b && m <= c->word + 3; m++) {
			const char *f = w[m].f;
			static const char *const stems[] = {"entwickelte", "hergestellte", "gebaute",
			                                    "produzierte", NULL};
			for (int k = 0; stems[k]; k++)
				if (!strncmp(f, stems[k], strlen(stems[k])))
					return m + 1;
		}
	return 0;
}

/* Are bodies x and y one, named in full and in short: one name ends with
 * the other's at a word's start ("U.S. Marine Corps", "Marine Corps")? */
static int same_body(const xents *E, uint32_t x, uint32_t y)
{
	rcp_matcher_entity xe, ye;
	rcp__ent_get(E, x, &xe);
	rcp__ent_get(E, y, &ye);
	if (xe.kind == RCP_KIND_COMPANY || ye.kind == RCP_KIND_COMPANY || !xe.name || !ye.name)
		return 0;
	size_t xl = strlen(xe.name), yl = strlen(ye.name);
	const char *lng = xl >= yl ? xe.name : ye.name, *sht = xl >= yl ? ye.name : xe.name;
	size_t ll = xl >= yl ? xl : yl, sl = xl >= yl ? yl : xl;
	/* two words at least: "Army" alone may be another's */
	if (sl < 8 || !memchr(sht, ' ', sl) || ll == sl)
		return 0;
	return !strcmp(lng + ll - sl, sht) && lng[ll - sl - 1] == ' ';
}

/* A clause of time between words from and to that opens before word to:
 * "después de que", "antes de que", "après que", "avant que", "nachdem",
 * "bevor", and English "after", "before" two words before it at most ("two
 * days after the minister said"). What it names is another event's. */
static int time_clause_before(const xword *w, size_t from, size_t to)
{
	for (size_t j = from + 1; j < to; j++) {
		const char *f = w[j].f;
		if (!strcmp(f, "nachdem") || !strcmp(f, "bevor"))
			return 1;
		if ((!strcmp(f, "apres") || !strcmp(f, "avant")) && j + 1 < to &&
		    (!strcmp(w[j + 1].f, "que") || !strcmp(w[j + 1].f, "qu")))
			return 1;
		if ((!strcmp(f, "despues") || !strcmp(f, "antes")) && j + 2 < to &&
		    !strcmp(w[j + 1].f, "de") && !strcmp(w[j + 2].f, "que"))
			return 1;
		if ((!strcmp(f, "after") || !strcmp(f, "before")) && j + 3 >= to)
			return 1;
	}
	return 0;
}

/* A tender's word at cue word i ("tender", "bid", "appel d'offres",
 * "licitación", "concurso", "Ausschreibung"): a call for bids, no contract
 * by itself. */
static int tender_at(const xword *w, size_t b, size_t i)
{
	const char *f = w[i].f;
	if (!strncmp(f, "tender", 6) || !strncmp(f, "licitacion", 10) ||
	    !strncmp(f, "concurso", 8) || !strncmp(f, "ausschreibung", 13) ||
	    !strcmp(f, "bid") || !strcmp(f, "bids"))
		return 1;
	return !strcmp(f, "appel") && i + 2 < b && !strcmp(w[i + 2].f, "offres");
}

/* A word that tells a tender won, awarded or signed, in words [a, b):
 * "won", "awarded", "selected", "a remporté", "attribué", "lauréat",
 * "adjudicó", "ganó", "se impuso", "gewonnen", "Zuschlag", "vergeben",
 * "signed", "firmó", "unterzeichnet"; or lost to a winner. */
static int tender_won(const xword *w, size_t a, size_t b)
{
	static const char *const won[] = {
		"won", "win", "winn", "award", "select", "chose", "picked", "secured", "landed",
		"signed", "remport", "attribu", "gagn", "laureat", "retenu", "emport", "signe",
		"adjudic", "gano", "ganad", "impuso", "llevo", "firmo", "firmad", "firmaron",
		"gewonnen", "gewann", "gewinnt", "zuschlag", "vergeben", "vergab", "vergibt",
		"erhielt", "erhalt", "durchgesetzt", "unterzeichn",
		/* a loser's word tells a winner: "lost the tender to Leonardo" */
		"lost", "perdu", "perdio", "unterlag", "verlor", NULL};
	for (size_t j = a; j < b; j++)
		for (int k = 0; won[k]; k++)
			if (w[j].f[0] == won[k][0] && !strncmp(w[j].f, won[k], strlen(won[k])))
				return 1;
	return 0;
}

/* A relative clause with its subject after the verb (French, Spanish):
 * the verb at f->word right after a relative pronoun, company c its
 * subject right after it (an article and a noun between: "el fondo KLP"),
 * and p the clause's antecedent just before the pronoun ("Aertec, filial
 * que adquirió Indra") or the list a verb of listing names after it ("en
 * las que invierte el fondo KLP figuran Thales y Leonardo"). No other
 * organization between. */
static int inverted_relative(const claims_run *R, const xsent *S, const xmention *c,
                             const xmention *p, const rcp__relation_found *f)
{
	static const char *const pron[] = {"que", "qu", "cual", "cuales", "lesquelles",
	                                   "lesquels", "laquelle", "lequel", "dont", NULL};
	static const char *const lists[] = {"figurent", "figuran", "incluyen", "incluent",
	                                    "comprennent", "comprenden", "sont", "son",
	                                    "destacan", "figure", "figura", NULL};
	const xword *w = R->w;
	const xmention *local = LOCAL(R);
	size_t v = f->word, a = S->a;
	if ((R->li != 1 && R->li != 2) || v <= a + 1 || c->word <= v || c->word > v + 4)
		return 0;
	/* the verb right after the pronoun, or its auxiliary ("que ha
	 * adquirido", "qu'a racheté") */
	size_t r = v - 1;
	if (!rcp__word_in(w[r].f, pron) && r > a &&
	    (rcp__word_in(w[r - 1].f, pron) && (!strcmp(w[r].f, "ha") || !strcmp(w[r].f, "a"))))
		r--;
	if (!rcp__word_in(w[r].f, pron))
		return 0;
	for (size_t j = v + 1; j < c->word; j++)
		if (w[j].t.cap)
			return 0;
	const int *group = GROUP(R);
	for (size_t k = 0; k < S->nreal; k++)
		if (&local[k] != c && &local[k] != p && group[k] != group[p - local] &&
		    local[k].word > (p->word < r ? p->word : c->word) &&
		    local[k].word < (p->word < r ? r : p->word))
			return 0;
	if (p->word < r) {
		/* the antecedent's name, then at most a noun: "Aertec Defence,
		 * filial que" */
		size_t pe = rcp__word_at_offset(w, R->nw, p->end);
		if (r < pe || r - pe > 2)
			return 0;
		/* Spanish "que" is the subject as well ("la empresa que adquirió
		 * Thales" bought it): only a subsidiary is the object */
		if (R->li == 2)
			return !strncmp(w[r - 1].f, "filial", 6);
		return 1;
	}
	/* the list named by a verb of listing right after the clause */
	size_t ce = rcp__word_at_offset(w, R->nw, c->end);
	if (ce >= S->b || !rcp__word_in(w[ce].f, lists) || p->word <= ce)
		return 0;
	/* its first name, or one of its list: "figuran Thales y Leonardo" */
	for (size_t k = 0; k < S->nreal; k++)
		if (local[k].word > ce && local[k].word <= ce + 2 &&
		    group[k] == group[p - local])
			return 1;
	return 0;
}

/* Is folded word f a possessive determiner ("its suppliers", "ses
 * fournisseurs", "sus proveedores", "ihre Lieferanten": the body's)? */
static int possessive_word(const char *f)
{
	static const char *const pos[] = {"its", "their", "ses", "leurs", "sus", "ihre", "seine",
	                                  "ihren", "seinen", NULL};
	return rcp__word_in(f, pos);
}

/* Is folded word f a trade's plural noun ("contractors", "fournisseurs",
 * "proveedores", "Lieferanten")? */
static int trade_plural(const char *f)
{
	static const char *const pl[] = {
		"contractors", "suppliers", "vendors", "providers", "makers", "manufacturers",
		"operators", "fournisseurs", "prestataires", "fabricants", "industriels",
		"proveedores", "contratistas", "fabricantes", "suministradores", "lieferanten",
		"zulieferer", "hersteller", "anbieter", "rustungskonzerne", "rustungsfirmen", NULL};
	return rcp__word_in(f, pl);
}

static void pair_claim(claims_run *R, const xsent *S, size_t ci, size_t pi,
                       size_t sentence_first)
{
	const xents *E = R->E;
	const xword *w = R->w;
	const xmention *local = LOCAL(R);
	const int *group = GROUP(R);
	const xmention *c = &local[ci], *p = &local[pi];
	size_t a = S->a, nloc = S->nloc, nreal = S->nreal;
	rcp__vec *claims = &R->r->claims;
	if (p->entity == c->entity)
		return;
	rcp_matcher_entity ce, pe;
	rcp__ent_get(E, c->entity, &ce);
	rcp__ent_get(E, p->entity, &pe);
	/* an organization of no line of work (a newspaper, an NGO) is no
	 * counterparty; one the registry ties to one (a settlement
	 * university) is */
	if (pe.kind == RCP_KIND_OTHER_ORG && !pe.categories)
		return;
	if (!supplier_compound(R, p, c) && counterparty_describes(R, S, pi, &pe))
		return;
	if (pi < nreal && in_body_apposition(R, S, pi))
		return;
	/* "In addition to ICE, CBP awarded Microsoft a contract": the
	 * organization set beside the told one is not this fact's party */
	if (pi < nreal && set_beside(w, a, p->word))
		return;
	/* a legislature approves a deal, is notified of it or lobbied: it
	 * buys nothing ("DSCA notified Congress of a possible sale") */
	if (pe.kind != RCP_KIND_COMPANY && legislature_name(pe.name) &&
	    approval_in(w, S->a, S->b))
		return;
	/* a counterparty named twice: the mention nearest the company */
	int nearer = 0;
	size_t gap = rcp__word_gap(p->word, c->word);
	for (size_t pk = 0; pk < nloc && !nearer; pk++)
		nearer = pk != pi && local[pk].entity == p->entity &&
		         rcp__word_gap(local[pk].word, c->word) < gap;
	/* and a company named twice: the mention nearest the counterparty
	 * ("... CLEAR, a service operated by Thomson Reuters that has been
	 * crucial to ICE") */
	for (size_t ck = 0; ck < nreal && !nearer && ci < nreal; ck++)
		nearer = ck != ci && local[ck].entity == c->entity &&
		         rcp__word_gap(local[ck].word, p->word) < gap;
	if (nearer)
		return;
	size_t lo = c->word < p->word ? c->word : p->word;
	size_t hi = c->word < p->word ? p->word : c->word;
	rcp__pair_scope P = {E, w, a, S->b, R->li, R->fc.v, R->fc.n, local, nreal,
	                     S->implicit, S->amount, S->question, group, nloc + S->nextra};
	rcp__relation_found f;
	int anaphor = pi >= nloc;
	if (!rcp__relation_find(&P, c, ci < nreal || (long)ci == S->holder, p, pe.kind,
	                        !anaphor && pi >= nreal && S->body < 0, &f))
		return;
	if (f.c->relation == 5 && pe.kind != RCP_KIND_COMPANY && joint_word(w[f.word].f)) {
		/* "a joint venture of Thales and Leonardo" tells the companies'
		 * partnership (joint_claims), not one with the body: the
		 * other cues relate them to it */
		const found_cue *fc = R->fc.v;
		found_cue *kept = rcp__xrealloc(NULL, (R->fc.n ? R->fc.n : 1) * sizeof *kept);
		size_t nk = 0;
		for (size_t k = 0; k < R->fc.n; k++)
			if (!(fc[k].c->relation == 5 && joint_word(w[fc[k].word].f)))
				kept[nk++] = fc[k];
		P.fc = kept;
		P.ncues = nk;
		int found = rcp__relation_find(&P, c, ci < nreal, p, pe.kind,
		                               !anaphor && pi >= nreal && S->body < 0, &f);
		free(kept);
		if (!found)
			return;
	}
	/* a partner's noun right before one of two companies makes them
	 * partners, whatever else the sentence tells of them ("Mit seinem
	 * Konsortialpartner Leonardo hat Thales einen Auftrag erhalten",
	 * "avec son partenaire Leonardo, Thales a remporté") */
	int partner_noun = 0;
	if (pe.kind == RCP_KIND_COMPANY && ci < nreal && pi < nreal) {
		const found_cue *fc = R->fc.v;
		for (size_t k = 0; k < R->fc.n; k++)
			if (fc[k].c->relation == 5 && !joint_word(w[fc[k].word].f) &&
			    (fc[k].word + 1 == c->word || fc[k].word + 1 == p->word) &&
			    !rcp__negated(w, a, S->b, fc[k].word)) {
				/* the partner so named is the counterparty */
				if (fc[k].word + 1 == c->word)
					return;
				partner_noun = 1;
				f.c = fc[k].c;
				f.word = fc[k].word;
				f.dist = 0;
				f.between = fc[k].word > lo && fc[k].word < hi;
				break;
			}
	}
	const cue *chosen = f.c;
	/* a contract told before the product's maker is named is not the
	 * maker's ("les contrats concernent le Hermès, développé par Elbit":
	 * another company may sell or run it); a body that uses, flies or
	 * runs the product is supplied by its maker ("Frontex fait voler des
	 * drones Falco, fabriqués par Leonardo", "the army has used drones
	 * made by Elbit") */
	size_t made = chosen->relation <= 1 && ci < nreal && pe.kind != RCP_KIND_COMPANY &&
	                      p->word < c->word
	                  ? maker_agent(w, a, S->b, c, p->word)
	                  : 0;
	if (made) {
		int before = 0;
		const found_cue *fc = R->fc.v;
		for (size_t k = 0; k < R->fc.n && !before; k++)
			before = fc[k].c->relation == 1 && fc[k].word + 1 < made;
		if (before)
			return;
	}
	/* a company and a body in one list after the verb are both its
	 * objects, not each other's parties ("sold radios to Airbus and the
	 * Bundeswehr"); before it they may be ("Elbit and the ministry
	 * signed a contract") */
	if (pe.kind != RCP_KIND_COMPANY && ci < nreal && pi < nreal && group[ci] == group[pi] &&
	    f.word < lo) {
		/* joined by "and", not set off by commas ("Le fournisseur de
		 * Frontex, Thales, a grandi") */
		int joined = 0;
		for (size_t j = lo + 1; j < hi && !joined; j++)
			joined = coordination_word(w[j].f);
		if (joined)
			return;
	}
	/* a tender told with no winner is no contract: "Frontex launched a
	 * tender for which Airbus and Leonardo applied", "un appel d'offres
	 * auquel Airbus a répondu", "una licitación a la que se presentaron",
	 * "eine Ausschreibung, an der sich Airbus beteiligt hat" */
	if (chosen->relation == 1 && chosen != S->implicit && tender_at(w, S->b, f.word) &&
	    !tender_won(w, a, S->b))
		return;
	/* a body named in a clause of time after the fact is another
	 * event's ("se adjudicaron dos días después de que la ministra de
	 * Defensa asegurara", "nachdem die Bundeswehr angekündigt hatte") */
	if (pe.kind != RCP_KIND_COMPANY && pi < nreal && p->word > c->word && p->word > f.word &&
	    time_clause_before(w, c->word > f.word ? c->word : f.word, p->word))
		return;
	/* a plural noun of a trade describes a list ("several large American
	 * defence contractors, including X, Y"): no relation to a body of the
	 * sentences before */
	if (f.c != S->implicit && !anaphor && pi >= nreal && S->body < 0 &&
	    trade_plural(w[f.word].f) &&
	    !(f.word > a && possessive_word(w[f.word - 1].f)))
		return;
	/* the document's buyer takes a contract only */
	if ((long)pi == S->doc_carried && chosen->relation != 1)
		return;
	/* "the company" stands for a company only where companies alone
	 * relate: acquired, invested, divested, owned */
	if (anaphor && (pe.kind != RCP_KIND_COMPANY || (chosen->relation != 2 &&
	                chosen->relation != 3 && chosen->relation != 4 && chosen->relation != 6)))
		return;
	/* a fund that is no company only holds: invests, divests, owns */
	if (ce.kind != RCP_KIND_COMPANY && chosen->relation != 3 && chosen->relation != 4 &&
	    chosen->relation != 6)
		return;
	/* a company between a word for a fund and the verb is the verb's
	 * subject ("The fund said Elbit sold drones to the army") */
	if ((long)ci == S->holder && c->word < p->word && p->word < f.word && !f.verb_final)
		return;
	if (pe.kind == RCP_KIND_COMPANY) {
		/* two companies: the cue must stand between them, and its
		 * voice must make c the claim's company */
		/* an object's relative clause puts the verb after its subject:
		 * "Aorato, which Microsoft bought", "Aorato, que Microsoft
		 * compró", "Aorato, die Microsoft übernahm" */
		int relative = !f.between && ci < nreal && p->word < c->word && c->word > a &&
		               f.word > c->word && f.word <= c->word + 3 &&
		               rcp__relative_pronoun(w[c->word - 1].f);
		/* right after the name and a comma ("said that AXA bought",
		 * "dijo que AXA compró" are no relative clauses) */
		if (relative) {
			size_t e = p->end, st = w[c->word - 1].t.start;
			int comma = 0, other = e > st;
			for (size_t k = e; k < st && !other; k++) {
				comma |= R->text[k] == ',';
				other |= R->text[k] != ',' && R->text[k] != ' ';
			}
			relative = comma && !other;
		}
		/* French and Spanish put the subject after the verb of a
		 * relative clause: "Aertec, filial que adquirió Indra", "les
		 * entreprises dans lesquelles investit le fonds KLP figurent
		 * Thales", "en las que invierte el fondo KLP figuran Thales" */
		if (!relative && ci < nreal && inverted_relative(R, S, c, p, &f))
			relative = 1;
		int nominal = !f.between && !relative && nominal_holding(R, c, p, &f);
		/* and the holder after the noun is the claim's company, not
		 * one before it ("Thales criticised the investments of
		 * Leonardo in Elbit": Leonardo's, and Thales holds neither) */
		for (size_t k = 0; !nominal && k < nreal; k++)
			if (&local[k] != c && &local[k] != p &&
			    (nominal_holding(R, &local[k], p, &f) || nominal_holding(R, p, &local[k], &f)))
				return;
		/* a word for a fund stands first, or after the verb of a
		 * passive ("Elbit Systems was excluded from the fund's
		 * portfolio", "fue excluida de la cartera del fondo") */
		int held_passive = (long)ci == S->holder && p->word < f.word && f.word < c->word;
		/* German puts the passive's verb last, after the fund's word:
		 * "Elbit Systems wurde aus dem Portfolio des Fonds
		 * ausgeschlossen" */
		int held_last = R->li == 3 && (long)ci == S->holder && p->word < c->word &&
		                f.word > c->word && f.word <= c->word + 4 &&
		                german_passive(w, p->word, f.word) && !rcp__negated(w, a, S->b, f.word);
		held_passive |= held_last;
		/* "put Elbit Systems on its exclusion list", "a inscrit X sur
		 * sa liste d'exclusion", "incluyó a X en su lista negra",
		 * "setzte X auf seine Ausschlussliste" */
		/* "the acquisition of X by Y", "le rachat de X par Y", "la
		 * adquisición de X por Y", "die Übernahme von X durch Y" */
		int agent_noun = !f.between && ci < nreal && nominal_agent(R, S, c, p, &f);
		/* and only that buyer: "Thales criticised the acquisition of
		 * X by Airbus" */
		for (size_t k = 0; !agent_noun && k < nreal; k++)
			if (&local[k] != c && &local[k] != p &&
			    (nominal_agent(R, S, &local[k], p, &f) || nominal_agent(R, S, p, &local[k], &f) ||
			     nominal_agent(R, S, &local[k], c, &f)))
				return;
		int listed = !f.between && chosen->relation == 4 && c->word < p->word &&
		             f.word > p->word && f.word <= p->word + 6 && placed_between(w, a, S->b, c->word, p->word);
		if ((!f.between && !relative && !nominal && !held_last && !listed && !agent_noun &&
		     !partner_noun) ||
		    (ci >= nloc && !nominal && !held_passive &&
		     (c->word > a + 3 || c->end == c->start)))
			return;
		int c_first = c->word < p->word || relative;
		if (!f.verb_final && !held_last && !agent_noun && !partner_noun &&
		    (rcp__voice_at(chosen, w, a, S->b, f.word) == 'a') != c_first)
			return;
		/* "Amazon and Google": coordinated, not related */
		if (group[ci] == group[pi])
			return;
		/* another company between the claim's company and its verb is
		 * the verb's subject ("Elbit said that AXA bought Thales"), not
		 * its owner in an apposition ("X, a unit of Y, and Z won") */
		/* an object's list joined by "und" before a verb last, in no
		 * clause of its own ("dass") */
		int obj_list = 0, clause = 0;
		for (size_t j = c->word + 1; f.verb_final && j < f.word; j++) {
			obj_list |= coordination_word(w[j].f);
			clause |= !strcmp(w[j].f, "dass");
		}
		obj_list &= !clause;
		for (size_t k = 0; c_first && !relative && k < nreal; k++) {
			if ((long)k == S->appos_y)
				continue;
			rcp_matcher_entity ke;
			rcp__ent_get(E, local[k].entity, &ke);
			/* (the object's own list is no subject: "hat Elbit
			 * Systems, Oshkosh und Thyssenkrupp ausgeschlossen") */
			if (ke.kind == RCP_KIND_COMPANY && local[k].entity != c->entity &&
			    local[k].entity != p->entity && group[k] != group[ci] &&
			    !(obj_list && group[k] == group[pi]) &&
			    local[k].word > c->word && local[k].word < f.word)
				return;
		}
		/* between companies a supply is told from the user's side
		 * or in the passive ("X is built on Microsoft Azure",
		 * "Azure has been used to power Elbit's OneSim"); "X, a
		 * provider of storage after Amazon" relates nothing */
		if (chosen->relation == 0 && chosen->voice == 'a' && !f.verb_final &&
		    rcp__voice_at(chosen, w, a, S->b, f.word) == 'a')
			return;
		/* a company and its own subsidiary: only ownership */
		if ((rcp__ent_is_ancestor(E, c->entity, p->entity) ||
		     rcp__ent_is_ancestor(E, p->entity, c->entity)) &&
		    chosen->relation != 6 && chosen->relation != 2)
			return;
	}
	/* a company before "uses", "bought", "relies on" is the user
	 * ("In the 1990s, Microsoft used prison labor"), not a supplier */
	/* (German puts the verb last, after its source: "hat bei Thales
	 * Funkgeräte gekauft", "hat von Thales Funkgeräte erhalten") */
	if (pe.kind != RCP_KIND_COMPANY && chosen != S->implicit && ci < nreal &&
	    chosen->relation == 0 && c->word < f.word &&
	    rcp__voice_at(chosen, w, a, S->b, f.word) == 'p' &&
	    /* "l'utilisation par l'IMOD"; German writes its nouns capitalised
	     * ("die Drohnen der Bundeswehr gekauft" is a verb after a
	     * genitive, "von der Bundespolizei genutzt" a passive's agent) */
	    !(rcp__definite(w, a, f.word) &&
	      (R->li != 3 || w[f.word].t.cap || passive_aux_in(w, a, S->b))) &&
	    !(R->li == 3 && p->word < c->word && c->word > a &&
	      (!strcmp(w[c->word - 1].f, "bei") || !strcmp(w[c->word - 1].f, "von"))))
		return;
	/* a subsidiary named beside its parent acts for it
	 * ("Microsoft's venture capital fund M12 made the investment
	 * in AnyVision": Microsoft's claim) */
	if (ci < nreal && (long)ci != S->appos_x && rcp__parent_named(E, local, nreal, c->entity))
		return;
	/* the cue must be near the pair, the pair near each other */
	if (!f.between && f.dist > CUE_REACH)
		return;
	/* an apposition's owner ("X, a unit of Y, and Z") owns X only, and
	 * takes no part in what X and Z do */
	/* an owner told beside a name describes it and does nothing else
	 * ("Airbus (groupe Thales) fournit des drones") */
	if (S->descr_owner >= 0 && ((long)ci == S->descr_owner || (long)pi == S->descr_owner))
		return;
	if (S->appos_x >= 0) {
		const xmention *x = &local[S->appos_x], *y = &local[S->appos_y];
		int in_appos = f.word > x->word && f.word < y->word;
		/* the owner told twice: "Israel Aerospace Industries Ltd. (IAI)" */
		int cy = c->entity == y->entity, py = p->entity == y->entity;
		int pair_xy = (c == x && py) || (cy && p == x);
		if (in_appos != pair_xy || (!pair_xy && (cy || py)))
			return;
	}
	if (hi - lo > PAIR_REACH)
		return;
	/* one claim per company and counterparty in a sentence, and a body
	 * named twice, once in full ("the U.S. Marine Corps' H-1 program ...
	 * on Marine Corps helicopters"), is one */
	for (size_t k = sentence_first; k < claims->n; k++) {
		const xclaim *q = &((xclaim *)claims->v)[k];
		if (q->company == c->entity &&
		    (q->counterparty == p->entity || same_body(E, q->counterparty, p->entity)))
			return;
	}
	/* "posee", "hält" hold a share only ("posee el 35 % de", "hält
	 * Aktien von"), not anything ("posee drones", "hält an der Prognose
	 * fest") */
	if (share_verb(w[f.word].f) && !percent_between(R, w[lo].t.start, w[hi].t.end) &&
	    !share_noun_between(w, lo, hi))
		return;
	/* (the clause tests last: they read the words, and only a pair
	 * that makes a claim needs them; an amount with no verb stands
	 * nowhere, no cue word to read) */
	int worded = f.c != S->implicit;
	/* a body in a relative clause on another name is none of the main
	 * verb's parties */
	if (worded && ci < nreal && relative_apart(R, S, ci, pi, f.word))
		return;
	/* a rival, a loser, a contrast takes no part ("Unlike Thales, Airbus
	 * supplies", "Airbus beat Thales to the contract") */
	if ((ci < nreal && (set_against(w, a, c->word) ||
	                    rival_owner(w, S->b, rcp__word_at_offset(w, R->nw, c->end)))) ||
	    (pi < nreal && pe.kind == RCP_KIND_COMPANY && set_against(w, a, p->word)))
		return;
	/* a company that reports or times a clause with the body as its
	 * subject is not the clause's party */
	if (worded && ci < nreal && pi < nreal && pe.kind != RCP_KIND_COMPANY &&
	    reported_subject(R, c, p, f.word))
		return;
	/* the company is its clause's agent: a cue in another clause of the
	 * sentence ("The Bundeswehr bought radios; Airbus praised Thales",
	 * "..., while Airbus builds satellites") is not its */
	if (worded && ci < nreal && !f.verb_final &&
	    clause_break_between(R, c->word < f.word ? c->word : f.word,
	                         c->word < f.word ? f.word : c->word))
		return;
	/* and a body in another clause with its own company is that one's
	 * ("Thales supplies the Bundeswehr; Airbus builds satellites") */
	if (ci < nreal && pi < nreal && clause_break_between(R, lo, hi))
		for (size_t k = 0; k < nreal; k++) {
			rcp_matcher_entity ke;
			if (k == ci || k == pi || group[k] == group[ci] || local[k].entity == c->entity)
				continue;
			rcp__ent_get(E, local[k].entity, &ke);
			size_t kl = local[k].word < p->word ? local[k].word : p->word;
			size_t kh = local[k].word < p->word ? p->word : local[k].word;
			if (ke.kind == RCP_KIND_COMPANY && !clause_break_between(R, kl, kh))
				return;
		}
	xclaim *q = rcp__vec_push(claims);
	q->company = c->entity;
	q->counterparty = p->entity;
	q->relation = chosen->relation;
	/* shares owned are an investment ("owns shares in", "possède des
	 * actions de", "besitzt Aktien von"), the company owned only with its
	 * share of it told (below) */
	if (q->relation == 6 && pe.kind == RCP_KIND_COMPANY && c->word < p->word &&
	    shares_after(w, f.word, p->word) && !percent_between(R, w[lo].t.start, w[hi].t.end))
		q->relation = 3;
	/* a company that holds a share of another owns that much of it
	 * ("détient 35 % du capital de", "hält 35 Prozent an", "holds 35% of"):
	 * a fund's share stays an investment, and so does a stake taken
	 * ("took a 49% stake in": the act of investing) */
	if (q->relation == 3 && pe.kind == RCP_KIND_COMPANY && ci < nreal && c->word < p->word &&
	    holding_at(w, a, f.word) && !fund_mention(R, c, &ce) &&
	    percent_between(R, c->end, p->start))
		q->relation = 6;
	/* between two companies, the line of work they share
	 * (Axon and Cellebrite: policing, not Cellebrite's border work) */
	unsigned pcat = pe.categories | kind_categories(pe.kind);
	if (pe.kind == RCP_KIND_COMPANY && (pcat & ce.categories))
		pcat &= ce.categories;
	q->category = choose_category(S->cats, pcat, ce.categories,
	                              pe.kind == RCP_KIND_COMPANY ? 0 : kind_categories(pe.kind),
	                              &q->weak_category);
	q->start = S->start;
	q->end = S->end;
	q->money = S->amount;
	q->size = S->size;
	q->headline = 0;
	q->joint = partner_noun; /* partners by their noun act together */
	q->describes = 0;
	q->year = S->year;
	q->text_year = S->text_year;
	q->dropped = 0;
	q->into = 0;
	q->inferred = (ci >= nloc && S->aw < 0) || pi >= nreal;
	q->carried = !anaphor && pi >= nreal && S->body < 0;
	double conf = 0.4;
	if (ci < nloc)
		conf += 0.2;
	if (f.between)
		conf += 0.15;
	if (S->amount)
		conf += 0.1;
	if (pe.kind != RCP_KIND_COMPANY)
		conf += 0.1;
	q->confidence = conf > 0.95 ? 0.95 : conf;
	further_contracts(R, S, claims->n - 1);
}

/* ---- two companies together ---- */

/* Is folded word f a word for working together: "jointly", "conjointement",
 * "conjuntamente", "gemeinsam", a joint venture, a consortium? */
static int joint_word(const char *f)
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

/* Two companies coordinated, and a word for working together near them:
 * partners, the first named the claim's company ("Airbus et IAI
 * travailleront conjointement", "ein Gemeinschaftsunternehmen der
 * Rüstungskonzerne Rheinmetall und KNDS", "Thales and Leonardo formed a
 * joint venture"). A list of more is no partnership of two. */
static void joint_claims(claims_run *R, const xsent *S, size_t sentence_first)
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
			if ((!joint_word(w[k].f) && !agreement_word(w[k].f)) ||
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
		int dup = 0;
		for (size_t k = sentence_first; k < R->r->claims.n && !dup; k++) {
			const xclaim *q = &((xclaim *)R->r->claims.v)[k];
			dup = (q->company == local[i].entity && q->counterparty == local[j].entity) ||
			      (q->company == local[j].entity && q->counterparty == local[i].entity);
		}
		if (dup)
			continue;
		unsigned pcat = pe.categories & ce.categories ? pe.categories & ce.categories
		                                               : pe.categories;
		xclaim *q = rcp__vec_push(&R->r->claims);
		memset(q, 0, sizeof *q);
		q->company = local[i].entity;
		q->counterparty = local[j].entity;
		q->relation = 5;
		q->joint = 1;
		q->category = choose_category(S->cats, pcat, ce.categories, 0, &q->weak_category);
		q->start = S->start;
		q->end = S->end;
		q->year = S->year;
		q->text_year = S->text_year;
		q->confidence = 0.6;
		i = j;
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
static void jv_owners(claims_run *R, const xsent *S, size_t sentence_first)
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
			c->category = choose_category(S->cats, xe.categories, oe.categories, 0,
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
static int owner_in_parentheses(const claims_run *R, size_t p, const xmention *y)
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
	if (!words_between(R, p + 1, y->start, buf, sizeof buf, &cf, &cl, &caps) ||
	    (caps && R->li != 3) /* German nouns: "Konzern", "Tochter" */)
		return 0;
	for (int m = 0; ph[m]; m++)
		if (!strcmp(buf, ph[m]))
			return 1;
	return 0;
}

static void parenthetical_owners(claims_run *R, xsent *S, size_t sentence_first)
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
		if (!owned && !owner_in_parentheses(R, p, y))
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
		q->category = choose_category(S->cats, pcat, owned ? xe.categories : ye.categories,
		                              0, &q->weak_category);
		q->start = S->start;
		q->end = S->end;
		q->year = S->year;
		q->text_year = S->text_year;
		q->confidence = 0.6;
	}
}

/* ---- a list of awards ---- */

/* A line that introduces a list of awards ends with a colon and names a
 * buyer and a contract ("The Defense Innovation Unit used CARES Act funds
 * to make award to five U.S. firms:", "Le ministère a attribué les marchés
 * suivants :", "Defensa adjudicó los siguientes contratos:"); its items
 * are "Company: amount ..." lines. Sets or clears the run's list. */
static void award_list_open(claims_run *R, const xsent *S)
{
	size_t e = S->end;
	while (e < R->len && R->text[e] == ' ')
		e++;
	int colon = e < R->len && R->text[e] == ':';
	const found_cue *fc = R->fc.v;
	int contract = 0, untold = S->question;
	for (size_t k = 0; k < R->fc.n; k++)
		if (fc[k].c->relation == 1) {
			contract = 1;
			untold |= rcp__negated(R->w, S->a, S->b, fc[k].word) ||
			          rcp__hedged(R->li, R->w, S->a, fc[k].word);
		}
	if (colon && contract && R->carried_ok && R->carried.sentence == S->s) {
		R->award_body = R->carried.entity;
		/* a list of planned or denied awards: its items tell no fact */
		R->award_list = untold ? 2 : 1;
	}
}

/* Is the sentence an item of the list of awards: a company first, then a
 * colon and an amount ("AirMap: $3.3M for product development")? Its claim
 * is the company's contract with the list's buyer; 1 if it is one. */
static int award_list_item(claims_run *R, const xsent *S)
{
	const xmention *local = LOCAL(R);
	if (!S->nreal || local[0].word != S->a || !S->amount || S->question)
		return 0;
	rcp_matcher_entity ce, pe;
	rcp__ent_get(R->E, local[0].entity, &ce);
	if (ce.kind != RCP_KIND_COMPANY || local[0].entity == R->award_body)
		return 0;
	size_t i = local[0].end;
	while (i < S->end && R->text[i] == ' ')
		i++;
	if (i >= S->end || R->text[i] != ':' || S->amount->start > i + 3)
		return 0;
	if (R->award_list == 2)
		return 1;
	rcp__ent_get(R->E, R->award_body, &pe);
	xclaim *q = rcp__vec_push(&R->r->claims);
	memset(q, 0, sizeof *q);
	q->company = local[0].entity;
	q->counterparty = R->award_body;
	q->relation = 1;
	q->category = choose_category(S->cats, pe.categories | kind_categories(pe.kind),
	                              ce.categories, kind_categories(pe.kind), &q->weak_category);
	q->start = S->start;
	q->end = S->end;
	q->money = S->amount;
	q->year = S->year;
	q->text_year = S->text_year;
	q->carried = 1;
	q->confidence = 0.7;
	return 1;
}

/* A sale, a purchase or a stake between two companies is what the sentence
 * tells; the public bodies in it describe one of them ("acquired Aorato,
 * whose technology was developed for the Israeli military"). And two
 * companies related: the sentence is about them, not about a body of the
 * sentences before. */
static void sentence_close(claims_run *R, const xsent *S, size_t sentence_first)
{
	rcp__vec *claims = &R->r->claims;
	xclaim *v = claims->v;
	int deal = 0, two = 0;
	for (size_t k = sentence_first; k < claims->n; k++) {
		rcp_matcher_entity qe;
		/* an apposition's ownership ("X, a unit of Y, and Z won")
		 * describes X; the sentence tells what X and Z did */
		if ((S->appos_x >= 0 && v[k].relation == 6 &&
		     v[k].company == LOCAL(R)[S->appos_y].entity &&
		     v[k].counterparty == LOCAL(R)[S->appos_x].entity) ||
		    v[k].describes)
			continue;
		rcp__ent_get(R->E, v[k].counterparty, &qe);
		deal |= v[k].relation == 2 || v[k].relation == 3 || v[k].relation == 4 ||
		        v[k].relation == 6;
		/* partners of one list ("ein Gemeinschaftsunternehmen der
		 * Rüstungskonzerne Rheinmetall und KNDS") may together be a
		 * body's contractor */
		two |= qe.kind == RCP_KIND_COMPANY && !v[k].joint;
	}
	for (size_t k = sentence_first; two && k < claims->n; k++)
		if (v[k].carried)
			v[k].dropped = 1;
	for (size_t k = sentence_first; deal && k < claims->n; k++) {
		rcp_matcher_entity qe;
		rcp__ent_get(R->E, v[k].counterparty, &qe);
		if (qe.kind != RCP_KIND_COMPANY)
			v[k].dropped = 1;
	}
}

/* ---- a buyer named in the sentence after ---- */

/* A sentence that tells a company won or got a contract and names no buyer
 * ("Airbus a obtenu un contrat de 200 millions d'euros.", "en confiant un
 * contrat à Naval Group et à Technic Atom") is kept for the next one to
 * name it. One list of companies, a contract word neither negated, hedged,
 * a bid nor a tender with no winner, and no claim of its own. */
static void pending_open(claims_run *R, const xsent *S, size_t sentence_first)
{
	R->pending_ok = 0;
	if (S->company_groups != 1 || S->has_body || S->body >= 0 || S->nloc != S->nreal ||
	    S->question || R->r->claims.n != sentence_first)
		return;
	const found_cue *fc = R->fc.v;
	const xword *w = R->w;
	const xmention *local = LOCAL(R);
	/* the list's companies, when one of them stands near such a word */
	const int *group = GROUP(R);
	int near = 0;
	for (size_t j = 0; j < R->fc.n && !near; j++) {
		size_t cw = fc[j].word;
		if (fc[j].c->relation != 1 || rcp__negated(w, S->a, S->b, cw) ||
		    rcp__hedged(R->li, w, S->a, cw) ||
		    (tender_at(w, S->b, cw) && !tender_won(w, S->a, S->b)))
			continue;
		for (size_t k = 0; k < S->nreal && !near; k++)
			near = group[k] == S->last_company_group &&
			       rcp__word_gap(local[k].word, cw) <= CUE_REACH &&
			       !(local[k].word < cw &&
			         rcp__bid_between(R->li, w, S->b, local[k].word + 1, cw + 1));
	}
	if (!near || conditional(R, S->a, S->b))
		return;
	/* a negation anywhere: "no ha obtenido el contrato" */
	for (size_t i = S->a; i < S->b; i++)
		if (rcp__negated(w, S->a, S->b, i))
			return;
	R->pending.nco = 0;
	for (size_t k = 0; near && k < S->nreal && R->pending.nco < 4; k++) {
		rcp_matcher_entity le;
		rcp__ent_get(R->E, local[k].entity, &le);
		if (le.kind == RCP_KIND_COMPANY && group[k] == S->last_company_group)
			R->pending.co[R->pending.nco++] = local[k];
	}
	if (!R->pending.nco)
		return;
	R->pending.s = S->s;
	R->pending.start = S->start;
	R->pending.amount = S->amount;
	R->pending.size = S->size;
	R->pending.year = S->year;
	R->pending.text_year = S->text_year;
	R->pending.cats = S->cats;
	R->pending_ok = 1;
}

/* The next sentence names a public body and no company: it is the buyer
 * ("... à Naval Group et à Technic Atom. L'annonce est faite ... de la
 * Direction générale de l'armement"). The claim quotes both sentences. */
static void pending_close(claims_run *R, const xsent *S, int pending, size_t first)
{
	/* (a conditional undoes it: "delayed the vote that would have made
	 * the deal official") */
	if (!pending || S->s != R->pending.s + 1 || !S->has_body || S->company_groups ||
	    S->question)
		return;
	const xmention *local = LOCAL(R);
	rcp_matcher_entity pe;
	size_t pi = S->nreal;
	for (size_t k = 0; k < S->nreal && pi == S->nreal; k++) {
		rcp__ent_get(R->E, local[k].entity, &pe);
		/* (a fund invests; it is no buyer) */
		if (pe.kind != RCP_KIND_COMPANY && pe.kind != RCP_KIND_OTHER_ORG &&
		    !legislature_name(pe.name) && !fund_mention(R, &local[k], &pe))
			pi = k;
	}
	if (pi == S->nreal || conditional(R, S->a, S->b))
		return;
	rcp__ent_get(R->E, local[pi].entity, &pe);
	for (size_t k = 0; k < R->pending.nco; k++) {
		/* the sentence told its own fact of the company (carried to
		 * it as the one it goes on about): that one stands */
		int told = 0;
		for (size_t j = first; j < R->r->claims.n && !told; j++) {
			const xclaim *q = &((xclaim *)R->r->claims.v)[j];
			told = q->company == R->pending.co[k].entity ||
			       q->counterparty == R->pending.co[k].entity;
		}
		if (told)
			continue;
		rcp_matcher_entity ce;
		rcp__ent_get(R->E, R->pending.co[k].entity, &ce);
		xclaim *q = rcp__vec_push(&R->r->claims);
		memset(q, 0, sizeof *q);
		q->company = R->pending.co[k].entity;
		q->counterparty = local[pi].entity;
		q->relation = 1;
		q->category = choose_category(R->pending.cats | S->cats,
		                              pe.categories | kind_categories(pe.kind), ce.categories,
		                              kind_categories(pe.kind), &q->weak_category);
		q->start = R->pending.start;
		q->end = S->end;
		q->money = R->pending.amount;
		q->size = R->pending.size;
		q->year = R->pending.year;
		q->text_year = R->pending.text_year;
		q->carried = 1;
		q->confidence = 0.4;
	}
}

void rcp__claims_find(const rcp_extractor *x, const rcp_extract_opts *opts, rcp__extraction *r)
{
	claims_run R = {0};
	R.x = x;
	R.r = r;
	R.E = &r->E;
	R.text = r->text;
	R.len = r->len;
	R.w = r->w;
	R.nw = r->nw;
	R.li = r->li;
	R.ms = r->mentions.v;
	R.nms = r->mentions.n;
	R.mv = r->money.v;
	R.nmoney = r->money.n;
	R.dv = r->dates.v;
	R.ndates = r->dates.n;
	R.doc_year = opts->doc_year;
	R.fc.size = sizeof(found_cue);
	R.local.size = sizeof(xmention);
	R.group.size = sizeof(int);
	R.prev.size = R.zero.size = sizeof(xmention);
	R.prev_s = (uint32_t)-2;
	R.ordered = 1;
	for (size_t k = 1; k < R.nmoney; k++)
		if (R.mv[k].start < R.mv[k - 1].start)
			R.ordered = 0;
	for (size_t k = 1; k < R.ndates; k++)
		if (R.dv[k].start < R.dv[k - 1].start)
			R.ordered = 0;
	for (size_t wi = 0; wi < R.nw;) {
		xsent S;
		sentence_open(&R, wi, &S);
		wi = S.b;
		for (unsigned k = 0; S.cats && k < 6; k++)
			R.cat_n[k] += (S.cats >> k) & 1;
		sentence_orgs(&R, &S);
		/* a buyer named only after the contract: once this sentence
		 * has told its own */
		int pending = R.pending_ok;
		size_t first_here = r->claims.n;
		R.pending_ok = 0;
		/* a list of awards: its items, until a line of another shape */
		if (R.award_list && award_list_item(&R, &S))
			continue;
		R.award_list = 0;
		award_list_open(&R, &S);
		if (!S.nloc)
			continue;
		int headline = rcp__is_headline(R.text, R.len, S.start, S.end);
		size_t sentence_first = r->claims.n;
		if (S.company_groups)
			parenthetical_owners(&R, &S, sentence_first);
		if (!R.fc.n && !S.implicit) {
			/* a partnership needs no relation cue: "X and Y, jointly" */
			if (S.company_groups) {
				joint_claims(&R, &S, sentence_first);
				jv_owners(&R, &S, sentence_first);
			}
			pending_close(&R, &S, pending, first_here);
			continue;
		}
		sentence_candidates(&R, &S);
		/* a holding's cue, for a fund named by its name to hold */
		int holding = 0;
		for (size_t k = 0; k < R.fc.n && !holding; k++) {
			int rel = ((const found_cue *)R.fc.v)[k].c->relation;
			holding = rel == 3 || rel == 4 || rel == 6;
		}
		for (size_t ci = 0; ci < S.nloc + S.nextra; ci++) {
			rcp_matcher_entity ce;
			rcp__ent_get(R.E, LOCAL(&R)[ci].entity, &ce);
			/* a fund of any kind may hold (a state's pension fund),
			 * by a word for it or by its name ("ISIF's investments
			 * in", "the Norwegian Government Pension Fund Global
			 * sold its shares"); pair_claim keeps it to holdings */
			if (ce.kind != RCP_KIND_COMPANY && (long)ci != S.holder &&
			    !(holding && ci < S.nreal && fund_mention(&R, &LOCAL(&R)[ci], &ce)))
				continue;
			for (size_t pi = 0; pi < S.nloc; pi++)
				pair_claim(&R, &S, ci, pi, sentence_first);
			/* "the company" as the one bought or held ("The company
			 * was acquired by Elbit Systems") */
			for (size_t pi = S.nloc; pi < S.nloc + S.nextra; pi++)
				if (anaphor_object(&S, LOCAL(&R), pi) ||
				    (S.zero_word >= 0 && LOCAL(&R)[pi].word == (size_t)S.zero_word &&
				     ci < S.nreal))
					pair_claim(&R, &S, ci, pi, sentence_first);
		}
		joint_claims(&R, &S, sentence_first);
		if (S.company_groups)
			jv_owners(&R, &S, sentence_first);
		sentence_close(&R, &S, sentence_first);
		pending_close(&R, &S, pending, first_here);
		if (!headline)
			pending_open(&R, &S, sentence_first);
		for (size_t k = sentence_first; headline && k < r->claims.n; k++)
			((xclaim *)r->claims.v)[k].headline = 1;
	}
	headline_claims(r->claims.v, r->claims.n);
	document_categories(r->claims.v, r->claims.n, R.cat_n, R.E);
	merge_repeats(r->claims.v, r->claims.n);
	free(R.fc.v);
	free(R.local.v);
	free(R.group.v);
	free(R.prev.v);
	free(R.zero.v);
}
