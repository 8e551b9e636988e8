/*
 * relation.c — relation finding: which cue of a sentence relates a company
 * to a counterparty, in which voice, and what the words around it make of
 * it (a supply under a contract, a restriction, a German verb at the end).
 */
#include <stdlib.h>
#include <string.h>

#include "stages.h"


/* Is folded word f one that puts a participle before its noun ("in", "the",
 * "an"; not "a", French's "has": "a supprimé l'accès")? */
static int attributive(const char *f)
{
	static const char *const before[] = {"in", "the", "an", "of", "with", "into", NULL};
	for (int k = 0; before[k]; k++)
		if (!strcmp(f, before[k]))
			return 1;
	return 0;
}

/* Which relations a counterparty of this kind can take: a public body is
 * not acquired, invested in, divested from or owned ("Microsoft acquired
 * startups that use technology developed for the Israeli military"), and a
 * contract is with a buyer, a public body: between two companies the same
 * words are bids and rivalry ("lost its bid for Nimbus to Amazon"). */
int rcp__relation_fits(int relation, int kind)
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
/* A German compound of a supply and a contract ("Liefervertrag",
 * "Lieferauftrag", "Wartungsauftrag"): the lexicon reads its first part. */
static const cue compound_contract = {.relation = 1, .voice = 'a', .nwords = 1, .wlen = {8},
                                      .words = {"vertrag*"}};

/* Is folded word f a contract's noun ("contract", "marché", "contrato",
 * "Auftrag"; not the verbs "se encarga", "signed")? */
static int contract_noun(const xword *w, size_t a, size_t i)
{
	const char *f = w[i].f;
	/* the one in charge: "la encargada del mantenimiento" (not "se
	 * encarga del mantenimiento", a supply) */
	if (!strncmp(f, "encargad", 8))
		return i > a && (!strcmp(w[i - 1].f, "la") || !strcmp(w[i - 1].f, "el") ||
		                 !strcmp(w[i - 1].f, "las") || !strcmp(w[i - 1].f, "los"));
	static const char *const stem[] = {"contract", "contrat", "marche", "commande", "accord",
	                                   "pedido", "encargo", "acuerdo", "licitacion",
	                                   "adjudicacion", "vertrag", "auftrag", "bestellung",
	                                   "zuschlag", "order", "deal", "agreement", "tender", NULL};
	for (int k = 0; stem[k]; k++)
		if (!strncmp(f, stem[k], strlen(stem[k])))
			return strcmp(f, "contracted") && strcmp(f, "ordered") && strcmp(f, "tendered");
	return 0;
}

/* Is there a supply cue at word j? */
static int supply_at(const found_cue *fc, size_t ncues, size_t j)
{
	for (size_t k = 0; k < ncues; k++)
		if (fc[k].word == j && fc[k].c->relation == 0)
			return 1;
	return 0;
}

/* A supply named as what a contract is for: "a contract for the supply of
 * radars", "a supply contract", "un contrat de fourniture", "un marché pour
 * la livraison", "un contrato de suministro", "para el suministro", "einen
 * Auftrag zur Lieferung", "über die Lieferung", "ein Liefervertrag". The
 * supply noun is the contract's object: the fact told is the contract. The
 * contract cue, or NULL; *cw its word. */
static const cue *contract_of_supply(const found_cue *fc, size_t ncues, const xword *w,
                                     size_t a, size_t b, size_t sw, size_t *cw)
{
	/* words that join a contract noun to its object, no verb among them */
	static const char *const link[] = {"for", "the", "of", "de", "du", "des", "la", "le", "l",
	                                   "pour", "para", "el", "del", "zur", "zum", "fur",
	                                   "uber", "die", "der", "den", "von", NULL};
	static const char *const compound[] = {"vertrag", "vertrage", "vertrags", "vertrages",
	                                       "auftrag", "auftrage", "auftrags", "auftrages", NULL};
	static const char *const coord[] = {"and", "et", "y", "e", "und", NULL};
	if (rcp__word_ends_any(&w[sw], compound)) {
		*cw = sw;
		return &compound_contract;
	}
	for (size_t k = 0; k < ncues; k++) {
		size_t kw = fc[k].word;
		if (fc[k].c->relation != 1 || fc[k].c->nwords != 1 || !contract_noun(w, a, kw))
			continue;
		/* English puts the supply first: "a supply contract", "a
		 * delivery contract" */
		int join = kw == sw + 1 && w[kw].f[0] == 'c' && !strncmp(w[kw].f, "contract", 8) &&
		           !w[sw].t.cap;
		if (kw < sw && sw - kw <= 5) {
			join = 1;
			/* and supplies coordinated: "zur Lieferung und Installation" */
			for (size_t j = kw + 1; j < sw && join; j++)
				join = rcp__word_in(w[j].f, link) || supply_at(fc, ncues, j) ||
				       rcp__word_in(w[j].f, coord);
			/* the noun, not a verb: "for the supply", "de livraison"
			 * ("contract to supply" is the purpose's, below) */
			join &= sw - kw >= 2;
		}
		if (join) {
			*cw = kw;
			return fc[k].c;
		}
	}
	return NULL;
}

/* The contract as the subject of a supply verb whose agent follows it: "El
 * contrato, valorado en 285 millones de euros, será desarrollado por la
 * compañía Buche-Tecnos", "The contract will be delivered by Thales", "Le
 * marché sera fourni par Thales". The contract noun opens the sentence
 * ("the contract", "este contrato"); the verb has "by", "par", "por" after
 * it. The fact told is the contract: its cue (*sw moved to it), or NULL. */
static const cue *contract_as_subject(const found_cue *fc, size_t ncues, const xword *w,
                                      size_t a, size_t b, size_t *sw)
{
	static const char *const by[] = {"by", "par", "por", NULL};
	if (*sw + 1 >= b || !rcp__word_in(w[*sw + 1].f, by) || rcp__negated(w, a, b, *sw))
		return NULL;
	for (size_t k = 0; k < ncues; k++) {
		size_t kw = fc[k].word;
		if (fc[k].c->relation == 1 && kw <= a + 1 && kw < *sw && *sw - kw <= 14 &&
		    contract_noun(w, a, kw) && (kw == a || rcp__definite(w, a, kw))) {
			*sw = kw;
			return fc[k].c;
		}
	}
	return NULL;
}

const cue *rcp__supply_context(const cue *chosen, size_t *chosen_word, const found_cue *fc,
                                 size_t ncues, const xword *w, size_t a, size_t b,
                                 const xmention *local, size_t nreal, const xmention *p)
{
	static const char *const purpose[] = {"to", "pour", "para", "zu", NULL};
	/* a contract ended, cancelled, suspended: the restriction's verb
	 * right before the contract it governs ("a résilié son contrat avec",
	 * "cancelled its contract with", "rescindió su contrato con"), */
	/* or last, after it, as German puts it ("hat den Vertrag mit der
	 * Armee gekündigt") */
	for (size_t k = 0; chosen->relation == 1 && k < ncues; k++)
		if (fc[k].c->relation == 7 &&
		    ((fc[k].word < *chosen_word &&
		      *chosen_word - fc[k].word <= 3 + (size_t)fc[k].c->nwords) ||
		     (fc[k].word > *chosen_word && fc[k].word + 1 == b &&
		      fc[k].word - *chosen_word <= 8)) &&
		    !rcp__negated(w, a, b, fc[k].word) &&
		    !(fc[k].word > a && attributive(w[fc[k].word - 1].f))) {
			*chosen_word = fc[k].word;
			return fc[k].c;
		}
	if (chosen->relation == 1) {
		/* German puts the purpose's verb last: "ein Abkommen mit der
		 * Regierung Israels, um Munition an die Armee zu liefern" */
		size_t cw = *chosen_word;
		int other = 0;
		for (size_t j = 0; j < nreal; j++)
			other |= local[j].entity != p->entity && rcp__word_gap(local[j].word, p->word) > 0 &&
			         ((local[j].word > cw && local[j].word < p->word) ||
			          (local[j].word < cw && local[j].word > p->word));
		for (size_t k = 0; other && k < ncues; k++) {
			size_t sw = fc[k].word;
			if (fc[k].c->relation == 0 && sw > p->word && sw <= p->word + 4 && sw > a &&
			    !strcmp(w[sw - 1].f, "zu") && !rcp__negated(w, a, b, sw)) {
				*chosen_word = sw;
				return fc[k].c;
			}
		}
		return chosen;
	}
	for (size_t k = 0; k < ncues; k++)
		if (fc[k].c->relation == 7 && rcp__word_gap(fc[k].word, p->word) <= CUE_REACH &&
		    !rcp__negated(w, a, b, fc[k].word) &&
		    !(fc[k].word > a && attributive(w[fc[k].word - 1].f))) {
			*chosen_word = fc[k].word;
			return fc[k].c;
		}
	if (chosen->relation == 0) {
		const cue *s = contract_as_subject(fc, ncues, w, a, b, chosen_word);
		if (s)
			return s;
		size_t cw = 0;
		const cue *k = contract_of_supply(fc, ncues, w, a, b, *chosen_word, &cw);
		/* a contract not won, not signed is no supply either */
		if (k && (rcp__negated(w, a, b, cw) || rcp__negated(w, a, b, *chosen_word)))
			return NULL;
		if (k) {
			*chosen_word = cw;
			return k;
		}
	}
	/* a supply verb after "to", "pour", "para", "zu", near the body, and a
	 * contract word before it */
	for (size_t s = 0; s < ncues; s++) {
		size_t sw = fc[s].word;
		int purposive = 0;
		for (int k = 0; sw > a && purpose[k]; k++)
			purposive |= !strcmp(w[sw - 1].f, purpose[k]);
		if (fc[s].c->relation != 0 || !purposive || rcp__word_gap(sw, p->word) > CUE_REACH)
			continue;
		for (size_t k = 0; k < ncues; k++) {
			size_t cw = fc[k].word;
			/* the body is the contract's party or the supply's receiver,
			 * after the contract word */
			if (fc[k].c->relation != 1 || cw >= sw || sw - cw > 8 || p->word < cw ||
			    rcp__negated(w, a, b, cw))
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

static int ends(const char *f, size_t fl, const char *suffix)
{
	size_t k = strlen(suffix);
	return fl > k + 2 && !strcmp(f + fl - k, suffix);
}

/* Is folded word f an indefinite article ("a shareholder", "un
 * actionnaire", "ein Aktionär")? */
static int is_indefinite(const char *f)
{
	static const char *const art[] = {"a", "an", "un", "une", "una", "uno", "ein", "eine",
	                                  "einer", NULL};
	return rcp__word_in(f, art);
}

/* Is "be" word b, then word f (fl letters long), a present passive? */
static int participle_after_be(const char *b, const char *f, size_t fl)
{
	static const char *const es_part[] = {"ado", "ados", "ada", "adas", "ido", "idos", "ida",
	                                      "idas", NULL};
	static const char *const fr_part[] = {"e", "es", "ee", "ees", "is", "ie", "ies", "u",
	                                      "us", "ue", "ues", NULL};
	const char *const *part = NULL;
	if (!strcmp(b, "es") || !strcmp(b, "son") || !strcmp(b, "era") || !strcmp(b, "eran"))
		part = es_part;
	else if (!strcmp(b, "est") || !strcmp(b, "sont") || !strcmp(b, "etait") ||
	         !strcmp(b, "etaient"))
		part = fr_part;
	else if (!strcmp(b, "wird") || !strcmp(b, "werden"))
		return fl > 4 && !strncmp(f, "ge", 2); /* "wird genutzt", not "wird liefern" */
	/* "-aire" names a holder or a winner, no participle: "est
	 * actionnaire de", "est l'attributaire", "est partenaire de" */
	if (part == fr_part && ends(f, fl, "aire"))
		return 0;
	for (int k = 0; part && part[k]; k++)
		if (ends(f, fl, part[k]))
			return 1;
	return 0;
}

/* A possessive determiner among the two words before word i: "its
 * (wholly-owned) subsidiary", "sa filiale", "su filial", "seine Tochter". */
static int possessive_before(const xword *w, size_t a, size_t i)
{
	static const char *const pos[] = {"its", "their", "sa", "son", "ses", "leur", "leurs",
	                                  "su", "sus", "seine", "seiner", "seinen", "seinem",
	                                  "ihre", "ihrer", "ihren", "ihrem", NULL};
	for (size_t back = 1; back <= 2 && i >= a + back; back++)
		for (int k = 0; pos[k]; k++)
			if (!strcmp(w[i - back].f, pos[k]))
				return 1;
	return 0;
}

/* The voice of a cue where it stands: a passive turns "Y uses X" around
 * ("X has been used to power Y", "X a été utilisé par Y"). Cues that
 * carry their own "by" ("acquired by") already say it. */
int rcp__voice_at(const cue *c, const xword *w, size_t a, size_t b, size_t i)
{
	static const char *const aux[] = {"is", "was", "were", "are", "been", "being", "be",
	                                  "ete", "sido", "fue", "fueron", "wurde", "wurden",
	                                  "worden", NULL};
	size_t fl = strlen(w[i].f);
	/* a subsidiary named as its owner's ("Airbus, via sa filiale Sodexo",
	 * "through its subsidiary", "a través de su filial", "über seine
	 * Tochter"): the possessor owns the one after, not the other way */
	if (c->relation == 6 && c->voice == 'p' && possessive_before(w, a, i))
		return 'a';
	/* "has been acquiring" is active */
	if (c->nwords > 1 || (fl > 3 && !strcmp(w[i].f + fl - 3, "ing")))
		return c->voice;
	/* "is a shareholder of", "ist ein Partner": a noun after an
	 * article, no passive */
	int noun = i > a && is_indefinite(w[i - 1].f);
	for (size_t back = 1; back <= 2 && i >= a + back && !noun; back++)
		if (rcp__word_in(w[i - back].f, aux))
			return c->voice == 'a' ? 'p' : 'a';
	/* a participle with its agent and no auxiliary: "Aorato, rachetée par
	 * Microsoft", "comprada por" (not a supply's: "le Hermès, développé
	 * par Elbit, et le Heron, manufacturé par IAI" relates the makers to
	 * their products, not to each other) */
	if (i + 1 < b && fl > 3 && c->relation != 0 &&
	    (!strcmp(w[i + 1].f, "by") || !strcmp(w[i + 1].f, "par") || !strcmp(w[i + 1].f, "por")))
		return c->voice == 'a' ? 'p' : 'a';
	/* a present-tense "to be" makes a passive only before a participle:
	 * "son utilizados por", "sont utilisés par", "wird genutzt"; before a
	 * noun it describes ("es proveedor", "est fournisseur") */
	/* (a reflexive's "être" is active: "AXA s'est désengagé d'Elbit") */
	int reflexive = i > a + 1 && (!strcmp(w[i - 2].f, "s") || !strcmp(w[i - 2].f, "se"));
	if (i > a && !reflexive && participle_after_be(w[i - 1].f, w[i].f, fl))
		return c->voice == 'a' ? 'p' : 'a';
	return c->voice;
}

/* A German passive with its verb after two names at words lo < hi: a cue
 * within eight words after hi, and "wurde", "wird", "worden" in the clause
 * ("Die Drohnen wurden von IAI an Airbus geliefert", "die von IAI an Airbus
 * geliefert wurden"). The cue, or NULL. */
const cue *rcp__passive_verb_last(const found_cue *fc, size_t ncues, const xword *w, size_t a,
                                    size_t b, size_t lo, size_t hi, size_t *word)
{
	static const char *const aux[] = {"wurde", "wurden", "worden", "wird", "werden", NULL};
	for (size_t k = 0; k < ncues; k++) {
		size_t cw = fc[k].word;
		/* "wurden nicht von IAI an Airbus geliefert" */
		if (cw <= hi || cw > hi + 8 || rcp__negated(w, a, b, cw) || rcp__negated(w, a, b, lo))
			continue;
		int passive = 0;
		for (size_t j = lo > a + 3 ? lo - 3 : a; j < b && j <= cw + 2 && !passive; j++)
			for (int x = 0; aux[x] && !passive; x++)
				passive = !strcmp(w[j].f, aux[x]);
		/* "wurde nicht von Elbit übernommen": the negation between the
		 * names and the verb ("nicht nur" negates nothing) */
		for (size_t j = lo; j < cw && passive; j++)
			if ((!strcmp(w[j].f, "nicht") || !strcmp(w[j].f, "nie") ||
			     !strncmp(w[j].f, "kein", 4)) &&
			    !(j + 1 < b && !strcmp(w[j + 1].f, "nur")))
				passive = 0;
		if (passive) {
			*word = cw;
			return fc[k].c;
		}
	}
	return NULL;
}

/* Is a market the thing held at cue word i: a market's word among the five
 * after it ("owns 42.8% of the market", "posee el 40 % del mercado"), or,
 * German putting its verb last, among the five before ("die 42,8 Prozent
 * des Marktes besitzt")? */
static int market_share_at(int li, const xword *w, size_t a, size_t b, size_t i)
{
	static const char *const market[] = {"market", "markets", "marche", "marches", "mercado",
	                                     "mercados", "markt", "marktes", "markts",
	                                     "marktanteil", "marktanteile", "marktanteils", NULL};
	size_t lo = li == 3 && i >= a + 5 ? i - 5 : li == 3 ? a : i;
	for (size_t j = lo; j < b && j <= i + 5; j++)
		for (int k = 0; j != i && market[k]; k++)
			if (!strcmp(w[j].f, market[k]))
				return 1;
	return 0;
}

/* acquired, invested, divested, owns: relations only between companies */
static int company_only(int relation)
{
	return relation == 2 || relation == 3 || relation == 4 || relation == 6;
}

/* "the Google and Amazon contract provides ...": a contract noun named by an
 * organization right before it ("the Google and Amazon contract") or after
 * it ("le contrat Google et Amazon", "el contrato de Google") says less
 * than the verb after it. (German writes its nouns capitalised: "Airbus
 * beauftragt" is a verb, last in its clause.) */
static size_t named_noun_penalty(const rcp__pair_scope *P, const found_cue *f,
                                 const xmention *p)
{
	const xword *w = P->w;
	size_t cw = f->word, d = 0, others = 0;
	int noun = P->li != 3 || w[cw].t.cap;
	for (size_t mk = 0; mk < P->nreal && f->c->relation == 1 && noun; mk++) {
		const xmention *m = &P->local[mk];
		int before = cw > P->a && m->end <= w[cw].t.start && m->end >= w[cw - 1].t.end &&
		             m->word <= cw - 1;
		size_t nx = cw + 1;
		if (nx < P->b && (!strcmp(w[nx].f, "de") || !strcmp(w[nx].f, "d")))
			nx++;
		rcp_matcher_entity me;
		rcp__ent_get(P->E, m->entity, &me);
		int after = nx < P->b && m->word == nx && me.kind == RCP_KIND_COMPANY;
		/* "le contrat de Thales avec la Bundeswehr", "el contrato de
		 * Thales con", "der Vertrag von Thales mit": the noun names
		 * both its parties */
		if (after && p->word > m->word && p->word <= m->word + 6) {
			static const char *const with[] = {"avec", "con", "with", "mit", NULL};
			for (size_t j = m->word + 1; j < p->word; j++)
				if (rcp__word_in(w[j].f, with))
					return 0;
		}
		if (before || after) {
			d += CUE_REACH;
			others += m->entity != p->entity;
		}
	}
	/* the buyer alone naming its own contract is its party: "Thales
	 * landed a Frontex contract", with a lower-case word before it (not
	 * "the LexisNexis ICE deal") */
	if (!others && d && p->word > P->a && !w[p->word - 1].t.cap)
		return 0;
	return d;
}

/* German reports an allegation with "soll" and a perfect infinitive:
 * "Thales soll Radare an die Bundeswehr geliefert haben" is what a source
 * says happened (as French "aurait livré"), not a plan ("soll liefern"). */
static int alleged_de(int li, const xword *w, size_t a, size_t b, size_t i)
{
	if (li != 3 || i + 1 >= b ||
	    (strcmp(w[i + 1].f, "haben") && strcmp(w[i + 1].f, "worden") && strcmp(w[i + 1].f, "sein")))
		return 0;
	for (size_t back = 1; back <= 8 && i >= a + back; back++)
		if (!strcmp(w[i - back].f, "soll") || !strcmp(w[i - back].f, "sollen"))
			return 1;
	return 0;
}

/* A purchase between two companies: the company bought ("Thales bought
 * Leonardo", "a acheté Leonardo", "compró a Leonardo", "kauft Leonardo",
 * "hat Leonardo gekauft") or goods bought from it ("bought drones from
 * Leonardo", "achète des drones à Leonardo", "compró drones a Leonardo",
 * "hat bei Leonardo Drohnen gekauft"): an acquisition or a supply, by what
 * stands between the verb and the later name. */
static const cue purchase_acquired = {.relation = 2, .voice = 'a', .nwords = 1, .wlen = {6},
                                      .words = {"bought"}};
static const cue purchase_supplied = {.relation = 0, .voice = 'p', .nwords = 1, .wlen = {6},
                                      .words = {"bought"}};

static int purchase_verb(const char *f)
{
	static const char *const verbs[] = {
		"bought", "buy", "buys", "buying", "purchased", "purchases", "achete", "achetee",
		"achetes", "achetait", "compro", "compra", "compran", "compraron", "comprado", "comprara",
		"adquiere", "adquieren", "adquirio", "adquirido", "kauft", "kaufte", "kauften",
		"gekauft", "ubernimmt", NULL};
	return rcp__word_in(f, verbs);
}

static const cue *purchase_object(int li, const xword *w, size_t a, size_t b, size_t lo,
                                  size_t hi, size_t vw)
{
	static const char *const det[] = {"a", "an", "the", "la", "le", "les", "l", "el", "los",
	                                  "las", "al", "den", "die", "das", "der", "einen",
	                                  "eine", "ein", NULL};
	static const char *const aux[] = {"was", "were", "been", "be", "is", "are", "ete", "fue",
	                                  "fueron", "sido", "wurde", "wurden", "worden", NULL};
	static const char *const from[] = {"bei", "von", "from", NULL};
	/* the buyer before the verb; a passive ("was bought by") is the
	 * lexicon's */
	if (vw <= lo || (vw > a && rcp__word_in(w[vw - 1].f, aux)) ||
	    (vw + 1 < b && (!strcmp(w[vw + 1].f, "by") || !strcmp(w[vw + 1].f, "par") ||
	                    !strcmp(w[vw + 1].f, "por"))))
		return NULL;
	if (vw < hi) {
		for (size_t j = vw + 1; j < hi; j++)
			if (!rcp__word_in(w[j].f, det))
				return &purchase_supplied;
		return &purchase_acquired;
	}
	/* German's verb last: "hat bei Leonardo Drohnen gekauft" (and "hat
	 * Leonardo gekauft", the perfect verb_final finds); elsewhere a verb
	 * after both is another clause's ("said that AXA bought Thales",
	 * "Elbit, which AXA bought") */
	if (li == 3 && hi > a && rcp__word_in(w[hi - 1].f, from))
		return &purchase_supplied;
	return NULL;
}

/* Is the noun at word i (an article or a preposition right before it) the
 * object of a negated verb of its clause: a negation among the seven words
 * before it, no word that opens another clause between ("not only" is no
 * negation)? */
static int negated_governor(const xword *w, size_t a, size_t b, size_t i)
{
	static const char *const before[] = {"the", "a", "an", "of", "for", "le", "la", "les",
	                                     "l", "du", "des", "de", "un", "une", "el", "los",
	                                     "las", "del", "al", "una", "der", "die", "das",
	                                     "den", "dem", "zur", "zum", "mit", "fur", NULL};
	static const char *const neg[] = {"not", "never", "pas", "jamais", "no", "nunca",
	                                  "nicht", "nie", NULL};
	static const char *const clause[] = {"that", "which", "who", "but", "and", "after",
	                                     "while", "que", "qui", "mais", "et", "apres",
	                                     "pero", "y", "quien", "tras", "dass", "die",
	                                     "und", "aber", "sondern", "nachdem", "wahrend",
	                                     NULL};
	static const char *const only[] = {"only", "just", "seulement", "uniquement", "solo",
	                                   "solamente", "nur", "allein", NULL};
	if (i <= a || !rcp__word_in(w[i - 1].f, before))
		return 0;
	for (size_t back = 2; back <= 7 && i >= a + back; back++) {
		const char *f = w[i - back].f;
		if (rcp__word_in(f, neg))
			return !(i - back + 1 < b && rcp__word_in(w[i - back + 1].f, only));
		if (rcp__word_in(f, clause))
			return 0;
	}
	return 0;
}

/* Is body p the subject of the restriction verb at cw, company c its
 * object? Active: the body before the verb, the company after; passive:
 * the other way round. German's verb last, after both: the first names
 * the subject, unless a passive's "von" stands before the other. */
static int body_acts(const rcp__pair_scope *P, const xmention *c, const xmention *p,
                     const cue *k, size_t cw)
{
	const xword *w = P->w;
	size_t hi = c->word > p->word ? c->word : p->word;
	if (P->li == 3 && cw > hi) {
		for (size_t j = P->a; j < cw; j++)
			if (!strcmp(w[j].f, "von") || !strcmp(w[j].f, "durch"))
				return 0;
		return p->word < c->word;
	}
	int active = rcp__voice_at(k, w, P->a, P->b, cw) == k->voice;
	return active ? p->word < cw && c->word > cw : c->word < cw && p->word > cw;
}

/* Does another company than c start right after word i ("partner
 * Leonardo", "partner with Leonardo")? */
static int names_company_after(const rcp__pair_scope *P, size_t i, const xmention *c)
{
	static const char *const with[] = {"with", "of", "avec", "de", "con", "mit", "von", NULL};
	/* and after a preposition: "a partner with Dynetics" */
	int prep = i + 2 < P->b && rcp__word_in(P->w[i + 1].f, with);
	if (prep)
		i++;
	for (size_t j = 0; j < P->nreal; j++)
		if (P->local[j].word == i + 1) {
			rcp_matcher_entity e;
			/* the company itself after a preposition: the body works
			 * with it ("die Zusammenarbeit mit Palantir") */
			if (prep && P->local[j].entity == c->entity) {
				/* unless another company before the noun is its
				 * partner ("Thales is a partner with Leonardo") */
				for (size_t k = 0; k < P->nreal; k++) {
					rcp_matcher_entity o;
					if (P->local[k].word >= i || P->local[k].entity == c->entity)
						continue;
					rcp__ent_get(P->E, P->local[k].entity, &o);
					if (o.kind == RCP_KIND_COMPANY)
						return 1;
				}
				return 0;
			}
			rcp__ent_get(P->E, P->local[j].entity, &e);
			return e.kind == RCP_KIND_COMPANY;
		}
	return 0;
}

static const cue divest_cue = {.relation = 4, .voice = 'a', .nwords = 1, .wlen = {7},
                               .words = {"divest*"}};

int rcp__relation_find(const rcp__pair_scope *P, const xmention *c, int c_named,
                       const xmention *p, int p_kind, int from_before, rcp__relation_found *f)
{
	const xword *w = P->w;
	const found_cue *fc = P->fc;
	size_t ncues = P->ncues, a = P->a, b = P->b;
	size_t lo = c->word < p->word ? c->word : p->word;
	size_t hi = c->word < p->word ? p->word : c->word;
	/* a counterparty carried from before stands nowhere here: the cue is
	 * measured from the company, or from the nearest name of its list
	 * ("Airbus, la UTE Indra-Escribano y Navantia se sitúan como las
	 * tres primeras adjudicatarias") */
	size_t list_lo = c->word, list_hi = c->word;
	if (from_before && P->group && c >= P->local && c < P->local + P->nloc) {
		int g = P->group[c - P->local];
		for (size_t j = 0; j < P->nreal; j++)
			if (P->group[j] == g) {
				if (P->local[j].word < list_lo)
					list_lo = P->local[j].word;
				if (P->local[j].word > list_hi)
					list_hi = P->local[j].word;
			}
	}
	/* the cue: one between the two if any, else the nearest to p */
	const cue *chosen = NULL;
	size_t chosen_word = 0;
	size_t bestd = (size_t)-1;
	int between = 0;
	for (size_t k = 0; k < ncues; k++) {
		size_t cw = fc[k].word;
		if (!rcp__relation_fits(fc[k].c->relation, p_kind))
			continue;
		/* a restriction's participle before a noun describes it: "in
		 * restricted frequency bands", "the restricted area" */
		if (fc[k].c->relation == 7 && cw > a && attributive(w[cw - 1].f))
			continue;
		/* a partner's noun before a company's name names that company
		 * a partner, not the body ("with its partner Leonardo, Thales
		 * won the Bundeswehr's order") */
		if (fc[k].c->relation == 5 && p_kind != RCP_KIND_COMPANY &&
		    names_company_after(P, cw, c))
			continue;
		int btw = cw > lo && cw < hi;
		/* between two companies: the cue nearest the company (its
		 * verb); else the one nearest the counterparty, or the
		 * company when the counterparty is carried from before (it
		 * stands nowhere in this sentence; measured: treating no cue as
		 * between lost more) */
		size_t ref = ((btw && p_kind == RCP_KIND_COMPANY) || from_before) ? c->word : p->word;
		size_t d = cw > ref ? cw - ref : ref - cw;
		if (from_before && !(btw && p_kind == RCP_KIND_COMPANY))
			d = cw > list_hi ? cw - list_hi : cw < list_lo ? list_lo - cw : 0;
		/* German closes a clause with its verb, after both names: "Die
		 * Bundeswehr hat 400 Panzer bei Rheinmetall bestellt" */
		if (P->li == 3 && p_kind != RCP_KIND_COMPANY && cw > hi && cw - hi <= 3 &&
		    cw - hi < d)
			d = cw - hi;
		d += named_noun_penalty(P, &fc[k], p);
		/* one word, two relations: between two companies the one only
		 * companies take (an acquisition over a purchase) */
		int twin = chosen && cw == chosen_word && btw == between && d == bestd &&
		           p_kind == RCP_KIND_COMPANY && company_only(fc[k].c->relation) &&
		           !company_only(chosen->relation);
		if ((btw && !between) || (btw == between && d < bestd) || twin) {
			chosen = fc[k].c;
			chosen_word = cw;
			bestd = d;
			between = btw;
		}
	}
	if (!chosen && P->implicit && rcp__relation_fits(P->implicit->relation, p_kind)) {
		chosen = P->implicit;
		bestd = 0; /* the amount is the cue */
	}
	/* an amount and a contract near the pair: the money is paid under a
	 * contract ("signed a $16.8 million contract to sell information to
	 * ICE") */
	if (chosen && P->amount && chosen->relation == 0 && p_kind != RCP_KIND_COMPANY)
		for (size_t k = 0; k < ncues; k++)
			if (fc[k].c->relation == 1 && fc[k].word + CUE_REACH >= lo &&
			    fc[k].word <= hi + CUE_REACH) {
				chosen = fc[k].c;
				break;
			}
	if (chosen && chosen->relation <= 1 && p_kind != RCP_KIND_COMPANY)
		chosen = rcp__supply_context(chosen, &chosen_word, fc, ncues, w, a, b, P->local,
		                             P->nreal, p);
	if (!chosen)
		return 0;
	/* a company that receives, or gets, a contract: the contract ("Elbit
	 * Systems erhielt von der Armee einen Auftrag"), not a purchase by the
	 * company */
	if (chosen->relation == 0 && p_kind != RCP_KIND_COMPANY && c->word < chosen_word &&
	    rcp__voice_at(chosen, w, a, b, chosen_word) == 'p')
		for (size_t k = 0; k < ncues; k++)
			if (fc[k].c->relation == 1 && fc[k].word > chosen_word &&
			    fc[k].word <= chosen_word + CUE_REACH && !rcp__negated(w, a, b, fc[k].word)) {
				chosen = fc[k].c;
				chosen_word = fc[k].word;
				break;
			}
	/* and the contract named first, its receiver after the verb: German
	 * puts the object first and the subject after the verb ("Den Zuschlag
	 * der Bundeswehr erhielt Thales"), Spanish doubles it ("El contrato
	 * lo recibió Indra"). A buyer after the verb names no contract ("Die
	 * Panzer erhielt die Bundeswehr von Thales": no contract word); a
	 * negated verb keeps its own negation ("erhielt nicht Thales"). */
	if (chosen->relation == 0 && p_kind != RCP_KIND_COMPANY && c->word > chosen_word &&
	    rcp__voice_at(chosen, w, a, b, chosen_word) == 'p' &&
	    !rcp__negated(w, a, b, chosen_word))
		for (size_t k = 0; k < ncues; k++)
			if (fc[k].c->relation == 1 && fc[k].word < chosen_word &&
			    fc[k].word + CUE_REACH >= chosen_word && !rcp__negated(w, a, b, fc[k].word)) {
				chosen = fc[k].c;
				chosen_word = fc[k].word;
				break;
			}
	/* German's commissioning verb comes last, after the supply it
	 * commissions: "hat Thales mit der Lieferung von Funkgeräten
	 * beauftragt" is a contract */
	if (P->li == 3 && chosen->relation == 0 && p_kind != RCP_KIND_COMPANY)
		for (size_t k = 0; k < ncues; k++)
			if (fc[k].c->relation == 1 && fc[k].c->voice == 'p' && fc[k].word > chosen_word &&
			    fc[k].word <= chosen_word + 6 && !rcp__negated(w, a, b, fc[k].word)) {
				chosen = fc[k].c;
				chosen_word = fc[k].word;
				break;
			}
	/* shares bought are an investment ("bought shares of Elbit"), not
	 * the company bought: the shares' word right after the verb */
	if (chosen->relation == 2 && p_kind == RCP_KIND_COMPANY)
		for (size_t k = 0; k < ncues; k++)
			if (fc[k].c->relation == 3 && fc[k].word > chosen_word &&
			    fc[k].word <= chosen_word + 3) {
				chosen = fc[k].c;
				chosen_word = fc[k].word;
				break;
			}
	/* shares sold, an investment ended: a divestment ("KLP hat Aktien
	 * von Alstom verkauft", "sold its holdings of Elbit shares",
	 * "n'investirait plus dans Elbit"); ended, it is no negation */
	int ended = 0;
	if (chosen != P->implicit && p_kind == RCP_KIND_COMPANY) {
		int sale = chosen->relation == 0 && rcp__is_sale(w[chosen_word].f);
		for (size_t k = 0; sale && k < ncues; k++)
			if (fc[k].c->relation == 3 && rcp__word_gap(fc[k].word, chosen_word) <= CUE_REACH) {
				chosen = &divest_cue;
				break;
			}
		if (chosen->relation == 3) {
			ended = rcp__no_longer(w, a, b, chosen_word);
			int sw = ended ? 0 : rcp__sale_near(w, a, b, chosen_word);
			/* a sale denied sells nothing: "no ha reducido su
			 * participación", "hat seine Beteiligung nicht reduziert" */
			if (sw && rcp__negated(w, a, b, (size_t)sw - 1))
				return 0;
			if (ended || sw)
				chosen = &divest_cue;
		}
	}
	/* a share of the market is no holding in a company ("qui possédait
	 * 42,8 % du marché, Gepsa et Idex", "holds 40% of the market") */
	if ((chosen->relation == 6 || chosen->relation == 3) && p_kind == RCP_KIND_COMPANY &&
	    market_share_at(P->li, w, a, b, chosen_word))
		return 0;
	/* "has no partnerships with", "ne plus vouloir investir", "no
	 * suministra", "liefert keine Drohnen" */
	if (chosen != P->implicit && !ended && rcp__negated(w, a, b, chosen_word))
		return 0;
	/* German negates a noun's clause before its last verb: "hat den
	 * Auftrag von Frontex nicht erhalten" (not "erhielt den Auftrag,
	 * nicht Leonardo", "erhalten, nicht aber Leonardo": another's) */
	if (P->li == 3 && chosen != P->implicit && !ended && w[chosen_word].t.cap)
		for (size_t j = chosen_word + 1; j < b && j <= chosen_word + 8; j++)
			if ((!strcmp(w[j].f, "nicht") || !strcmp(w[j].f, "nie")) && j + 1 < b &&
			    !w[j + 1].t.cap && strcmp(w[j + 1].f, "aber") &&
			    strcmp(w[j + 1].f, "nur") && strcmp(w[j + 1].f, "sondern"))
				return 0;
	/* and a cue of the same relation negated between the two: "Thales
	 * n'est pas l'attributaire du marché de Frontex" (the noun's "marché"
	 * is nearer, the negated word says it) */
	for (size_t k = 0; chosen != P->implicit && !ended && k < ncues; k++)
		if (fc[k].c->relation == chosen->relation && fc[k].word > lo && fc[k].word < hi &&
		    fc[k].word != chosen_word && rcp__negated(w, a, b, fc[k].word))
			return 0;
	/* a supply's noun under a negated verb of its clause: "has not been
	 * chosen for the maintenance of", "ne sera pas chargé de la
	 * livraison", "no será la encargada del mantenimiento", "wurde nicht
	 * mit der Lieferung von" */
	if (chosen != P->implicit && !ended && chosen->relation == 0 &&
	    negated_governor(w, a, b, chosen_word))
		return 0;
	/* and a contract's noun whose verb is negated after it: "the contract
	 * with Thales was never signed", "le contrat ... n'a jamais été signé",
	 * "el contrato ... nunca se firmó", "der Vertrag ... wurde nie
	 * unterzeichnet" */
	for (size_t k = 0; chosen != P->implicit && !ended && chosen->relation == 1 && k < ncues; k++)
		if (fc[k].c->relation == 1 && fc[k].word > chosen_word && fc[k].word > hi &&
		    fc[k].word <= chosen_word + 10 && rcp__negated(w, a, b, fc[k].word))
			return 0;
	/* "denied that it supplied", "prévoit de fournir", "planea
	 * suministrar", "wenn ... liefert", and questions: no fact told */
	if (P->question || (chosen != P->implicit && rcp__hedged(P->li, w, a, chosen_word) &&
	                    !alleged_de(P->li, w, a, b, chosen_word)))
		return 0;
	/* a company that bid for the contract or lost it has none: the bid
	 * between it and the contract word */
	if (chosen->relation == 1 && chosen != P->implicit && c->word < chosen_word &&
	    rcp__bid_between(P->li, w, b, c->word + 1, chosen_word + 1))
		return 0;
	/* German puts the verb last, after both names: in a passive the agent
	 * is the name after "von", the later of two ("Azure von Microsoft wurde
	 * von Elbit Systems genutzt", "Drohnen, die von IAI an Airbus geliefert
	 * wurden") */
	int verb_final = 0;
	if (p_kind == RCP_KIND_COMPANY && !between && P->li == 3 && c_named) {
		size_t vw = 0;
		const cue *vc = rcp__passive_verb_last(fc, ncues, w, a, b, lo, hi, &vw);
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
		} else if (!vc && c->word < p->word) {
			/* an active perfect: the auxiliary between the subject and
			 * the object, the participle last ("Die AXA hat Elbit
			 * Systems aus ihrem Portfolio ausgeschlossen") */
			int aux = 0;
			for (size_t j = lo + 1; j < hi && !aux; j++)
				aux = !strcmp(w[j].f, "hat") || !strcmp(w[j].f, "hatte") ||
				      !strcmp(w[j].f, "haben") || !strcmp(w[j].f, "hatten");
			/* "hat sich nicht von Elbit Systems getrennt", "hat X
			 * nicht aus seinem Portfolio ausgeschlossen" */
			for (size_t j = lo + 1; j < b && j <= hi + 8 && aux; j++)
				aux = strcmp(w[j].f, "nicht") && strcmp(w[j].f, "nie") &&
				      strncmp(w[j].f, "kein", 4);
			/* a holding as a state: "Thales ist mit 10 Prozent an
			 * Leonardo beteiligt" (not a passive: "ist von X
			 * übernommen worden") */
			int state = 0;
			for (size_t j = lo + 1; j < hi && !aux && !state; j++)
				state = !strcmp(w[j].f, "ist") || !strcmp(w[j].f, "sind") ||
				        !strcmp(w[j].f, "war") || !strcmp(w[j].f, "waren");
			for (size_t j = lo + 1; j < b && state; j++)
				state = strcmp(w[j].f, "von") && strcmp(w[j].f, "worden") &&
				        strcmp(w[j].f, "nicht") && strncmp(w[j].f, "kein", 4);
			for (size_t k = 0; state && k < ncues; k++)
				if (fc[k].word > hi && fc[k].word <= hi + 3 && fc[k].c->relation == 3 &&
				    !strcmp(w[fc[k].word].f, "beteiligt")) {
					chosen = fc[k].c;
					chosen_word = fc[k].word;
					between = verb_final = 1;
					break;
				}
			/* the verb after the object's whole list: "hat Elbit
			 * Systems, Oshkosh und Thyssenkrupp aus seinem Portfolio
			 * ausgeschlossen" */
			size_t obj_end = hi;
			if (P->group && p >= P->local && p < P->local + P->nreal)
				for (size_t j = 0; j < P->nreal; j++)
					if (P->group[j] == P->group[p - P->local] &&
					    P->local[j].word > obj_end)
						obj_end = P->local[j].word;
			for (size_t k = 0; aux && k < ncues; k++)
				if (fc[k].word > hi && fc[k].word <= obj_end + 6 && fc[k].c->voice == 'a' &&
				    fc[k].c->relation != 0 && !rcp__negated(w, a, b, fc[k].word)) {
					chosen = fc[k].c;
					chosen_word = fc[k].word;
					between = verb_final = 1;
					break;
				}
		}
	}
	if (p_kind == RCP_KIND_COMPANY && (chosen->relation == 0 || chosen->relation == 2) &&
	    purchase_verb(w[chosen_word].f)) {
		const cue *pc = purchase_object(P->li, w, a, b, lo, hi, chosen_word);
		/* the verb relates the two, also last in German; a supply
		 * goes by its voice: the buyer first */
		if (pc) {
			between = 1;
			if (pc == &purchase_supplied)
				verb_final = 0;
			chosen = pc;
		}
	}
	/* a buyer that cancels, ends or blocks a deal with a company tells
	 * no fact of the company: the body is the verb's subject ("The
	 * Bundeswehr cancelled the contract with Thales", "La Guardia Civil
	 * canceló el contrato con Thales", "Die Bundeswehr hat den Vertrag mit
	 * Thales gekündigt") or its passive's agent ("was cancelled by") */
	/* (also with the contract's noun nearer: "a annulé le contrat avec
	 * Thales", "hat den Vertrag mit Thales gekündigt") */
	if (p_kind != RCP_KIND_COMPANY && chosen->relation <= 1)
		for (size_t k = 0; k < ncues; k++)
			if (fc[k].c->relation == 7 && fc[k].word + CUE_REACH >= lo &&
			    fc[k].word <= hi + CUE_REACH && !rcp__negated(w, a, b, fc[k].word) &&
			    body_acts(P, c, p, fc[k].c, fc[k].word))
				return 0;
	if (chosen->relation == 7 && p_kind != RCP_KIND_COMPANY &&
	    body_acts(P, c, p, chosen, chosen_word))
		return 0;
	*f = (rcp__relation_found){chosen, chosen_word, bestd, between, verb_final};
	return 1;
}
