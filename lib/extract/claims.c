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
 *
 * This file runs the stage sentence by sentence and keeps one candidate a
 * fact; the rules live below it: a sentence's organizations
 * (sentence_orgs.c), a pair's claim (pairs.c), two companies together
 * (joint.c), the clause tests (clauses.c), categories (categories.c).
 */
#include <stdlib.h>
#include <ctype.h>
#include <string.h>

#include "claims.h"

static const cue contract_cue = {.relation = 1, .voice = 'a', .nwords = 1, .wlen = {8},
                                 .words = {"contract"}};

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
	rcp__cues_find(R->x, R->li, R->text, w, S->a, S->b, &R->fc, &S->cats);
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
		S->question |= rcp__denied(R->li, text, w, S->a, S->b) || rcp__clause_conditional(R, S->a, S->b);
	if (!S->year)
		S->year = R->doc_year;
	/* an amount with no verb is a contract ("Le premier, d'une valeur de
	 * 50 millions d'euros, à Airbus") */
	S->implicit = (!R->fc.n && S->amount) ? &contract_cue : NULL;
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
	q->category = rcp__category_choose(S->cats, pe.categories | rcp__category_of_kind(pe.kind),
	                              ce.categories, rcp__category_of_kind(pe.kind), &q->weak_category);
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
		    (rcp__pair_tender_at(w, S->b, cw) && !rcp__pair_tender_won(w, S->a, S->b)))
			continue;
		for (size_t k = 0; k < S->nreal && !near; k++)
			near = group[k] == S->last_company_group &&
			       rcp__word_gap(local[k].word, cw) <= CUE_REACH &&
			       !(local[k].word < cw &&
			         rcp__bid_between(R->li, w, S->b, local[k].word + 1, cw + 1));
	}
	if (!near || rcp__clause_conditional(R, S->a, S->b))
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
		    !rcp__pair_legislature(pe.name) && !rcp__sentence_fund_mention(R, &local[k], &pe))
			pi = k;
	}
	if (pi == S->nreal || rcp__clause_conditional(R, S->a, S->b))
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
		q->category = rcp__category_choose(R->pending.cats | S->cats,
		                              pe.categories | rcp__category_of_kind(pe.kind), ce.categories,
		                              rcp__category_of_kind(pe.kind), &q->weak_category);
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

/* ---- a company named in the sentence after ---- */

/* Does an indefinite article stand before a noun for a company within
 * words [a, b): "a Coventry company", "une entreprise française", "una
 * empresa española", "ein deutsches Unternehmen", "einem Rüstungskonzern"?
 * The text names the company later. */
static int unnamed_company(int li, const xword *w, size_t a, size_t b)
{
	static const char *const art[4][8] = {
		{"a", "an", NULL},
		{"un", "une", NULL},
		{"un", "una", NULL},
		{"ein", "eine", "einem", "einen", "einer", "eines", NULL},
	};
	static const char *const nouns[4][10] = {
		{"company", "firm", "contractor", "supplier", "manufacturer", "startup", NULL},
		{"entreprise", "societe", "firme", "fabricant", "prestataire", "start", NULL},
		{"empresa", "compania", "firma", "fabricante", "proveedor", "contratista", NULL},
		{"unternehmen", "firma", "konzern", "hersteller", "anbieter", "zulieferer", NULL},
	};
	static const char *const de_heads[] = {"unternehmen", "firma", "konzern", "hersteller",
	                                       NULL};
	if (li < 0 || li > 3)
		return 0;
	for (size_t i = a; i < b; i++) {
		int noun = rcp__word_in(w[i].f, nouns[li]);
		/* "einem Rüstungskonzern", "eine Sicherheitsfirma" */
		if (!noun && li == 3 && w[i].t.cap && !rcp__word_cut(&w[i]))
			noun = rcp__word_ends_any(&w[i], de_heads);
		if (!noun)
			continue;
		for (size_t back = 1; back <= 3 && i >= a + back; back++)
			if (rcp__word_in(w[i - back].f, art[li]))
				return 1;
	}
	return 0;
}

/* A sentence that names a buyer, a contract and "a company", and no company
 * ("The Ministry of Defence has announced a contract for a Coventry company
 * to maintain the Army's vehicles.") is kept for the next one to name the
 * company. Its first body is the buyer; the contract word neither negated,
 * hedged, a bid nor conditional. */
static void unnamed_open(claims_run *R, const xsent *S)
{
	R->unnamed_ok = 0;
	if (S->company_groups || !S->has_body || S->question || !S->nreal)
		return;
	const xword *w = R->w;
	const found_cue *fc = R->fc.v;
	int contract = 0;
	for (size_t k = 0; k < R->fc.n && !contract; k++) {
		size_t cw = fc[k].word;
		contract = fc[k].c->relation == 1 && !rcp__negated(w, S->a, S->b, cw) &&
		           !rcp__hedged(R->li, w, S->a, cw) &&
		           !rcp__bid_between(R->li, w, S->b, S->a, S->b) &&
		           !(rcp__pair_tender_at(w, S->b, cw) && !rcp__pair_tender_won(w, S->a, S->b));
	}
	if (!contract || rcp__clause_conditional(R, S->a, S->b) ||
	    !unnamed_company(R->li, w, S->a, S->b))
		return;
	const xmention *local = LOCAL(R);
	long body = -1;
	for (size_t k = 0; k < S->nreal && body < 0; k++) {
		rcp_matcher_entity e;
		rcp__ent_get(R->E, local[k].entity, &e);
		if (e.kind != RCP_KIND_COMPANY && e.kind != RCP_KIND_OTHER_ORG &&
		    !rcp__pair_legislature(e.name) && !rcp__sentence_fund_mention(R, &local[k], &e))
			body = (long)k;
	}
	if (body < 0)
		return;
	R->unnamed.s = S->s;
	R->unnamed.start = S->start;
	R->unnamed.body = local[body];
	R->unnamed.amount = S->amount;
	R->unnamed.size = S->size;
	R->unnamed.year = S->year;
	R->unnamed.text_year = S->text_year;
	R->unnamed.cats = S->cats;
	R->unnamed_ok = 1;
}

/* The next sentence names one company (or one list of them) and no body:
 * it is the one the contract went to ("NP Aerospace in Foleshill will be
 * in charge of the upkeep"), unless it told a fact of its own. The claim
 * quotes both sentences. */
static void unnamed_close(claims_run *R, const xsent *S, int unnamed, size_t first)
{
	if (!unnamed || S->s != R->unnamed.s + 1 || S->has_body || S->body >= 0 ||
	    S->company_groups != 1 || S->question || R->r->claims.n != first ||
	    rcp__clause_conditional(R, S->a, S->b))
		return;
	for (size_t i = S->a; i < S->b; i++)
		if (rcp__negated(R->w, S->a, S->b, i))
			return;
	const xmention *local = LOCAL(R);
	const int *group = GROUP(R);
	rcp_matcher_entity pe;
	rcp__ent_get(R->E, R->unnamed.body.entity, &pe);
	for (size_t k = 0; k < S->nreal; k++) {
		rcp_matcher_entity ce;
		rcp__ent_get(R->E, local[k].entity, &ce);
		if (ce.kind != RCP_KIND_COMPANY || group[k] != S->last_company_group)
			continue;
		xclaim *q = rcp__vec_push(&R->r->claims);
		memset(q, 0, sizeof *q);
		q->company = local[k].entity;
		q->counterparty = R->unnamed.body.entity;
		q->relation = 1;
		q->category = rcp__category_choose(R->unnamed.cats | S->cats,
		                                   pe.categories | rcp__category_of_kind(pe.kind),
		                                   ce.categories, rcp__category_of_kind(pe.kind),
		                                   &q->weak_category);
		q->start = R->unnamed.start;
		q->end = S->end;
		q->money = R->unnamed.amount;
		q->size = R->unnamed.size;
		q->year = R->unnamed.year;
		q->text_year = R->unnamed.text_year;
		q->inferred = 1;
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
	R.pair_dump = rcp__pair_dump;
	R.pc_main_body = -2;
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
		/* the body named last before this sentence, for the scorer's
		 * candidates (pair_candidates.c) */
		R.pc_prev = R.carried;
		R.pc_prev_ok = R.carried_ok;
		rcp__sentence_orgs(&R, &S);
		/* a buyer named only after the contract: once this sentence
		 * has told its own */
		int pending = R.pending_ok, unnamed = R.unnamed_ok;
		size_t first_here = r->claims.n;
		R.pending_ok = R.unnamed_ok = 0;
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
			rcp__owners_in_parentheses(&R, &S, sentence_first);
		if (!R.fc.n && !S.implicit) {
			/* a partnership needs no relation cue: "X and Y, jointly" */
			if (S.company_groups) {
				rcp__joint_claims(&R, &S, sentence_first);
				rcp__consortium_claims(&R, &S, sentence_first);
				rcp__joint_venture_owners(&R, &S, sentence_first);
			}
			pending_close(&R, &S, pending, first_here);
			unnamed_close(&R, &S, unnamed, first_here);
			continue;
		}
		rcp__sentence_candidates(&R, &S);
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
			    !(holding && ci < S.nreal && rcp__sentence_fund_mention(&R, &LOCAL(&R)[ci], &ce)))
				continue;
			for (size_t pi = 0; pi < S.nloc; pi++)
				rcp__pair_claim(&R, &S, ci, pi, sentence_first);
			/* "the company" as the one bought or held ("The company
			 * was acquired by Elbit Systems") */
			for (size_t pi = S.nloc; pi < S.nloc + S.nextra; pi++)
				if (rcp__sentence_anaphor_object(&S, LOCAL(&R), pi) ||
				    (S.zero_word >= 0 && LOCAL(&R)[pi].word == (size_t)S.zero_word &&
				     ci < S.nreal))
					rcp__pair_claim(&R, &S, ci, pi, sentence_first);
		}
		rcp__pair_candidates(&R, &S, sentence_first);
		rcp__joint_claims(&R, &S, sentence_first);
		rcp__consortium_claims(&R, &S, sentence_first);
		if (S.company_groups)
			rcp__joint_venture_owners(&R, &S, sentence_first);
		sentence_close(&R, &S, sentence_first);
		pending_close(&R, &S, pending, first_here);
		unnamed_close(&R, &S, unnamed, first_here);
		if (!headline) {
			pending_open(&R, &S, sentence_first);
			unnamed_open(&R, &S);
		}
		for (size_t k = sentence_first; headline && k < r->claims.n; k++)
			((xclaim *)r->claims.v)[k].headline = 1;
	}
	headline_claims(r->claims.v, r->claims.n);
	rcp__category_document(r->claims.v, r->claims.n, R.cat_n, R.E);
	merge_repeats(r->claims.v, r->claims.n);
	free(R.fc.v);
	free(R.local.v);
	free(R.group.v);
	free(R.prev.v);
	free(R.zero.v);
}
