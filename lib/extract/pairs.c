/*
 * pairs.c — a claim between one company and one other organization of a
 * sentence: which of them is the claim's company, the relation between them
 * (relation.c), the tests that refuse a pair (a rival, a reported subject,
 * a relative clause apart), the amount and year.
 */
#include <stdlib.h>
#include <ctype.h>
#include <string.h>

#include "claims.h"

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
		if (!rcp__clause_words_between(R, q->end, p->start, buf, sizeof buf, &cf, &cl, &caps) || !cf ||
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
		    rcp__clause_coordination(R->w[fw].f) || !strcmp(R->w[fw].f, "or") ||
		    !strcmp(R->w[fw].f, "ou") || !strcmp(R->w[fw].f, "o") ||
		    !strcmp(R->w[fw].f, "oder"))
			continue;
		if (rcp__clause_words_between(R, p->end, e, buf, sizeof buf, &cf, &cl, &caps) && buf[0])
			return 1;
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
int rcp__pair_legislature(const char *name)
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
	 * por", "wurde entwickelt von"), in the future too ("sera fabriqué
	 * par", "será desarrollado por", "wird entwickelt von"): a predicate,
	 * not a description */
	static const char *const aux[] = {
		"was", "were", "is", "are", "been", "be", "being", "ete", "est", "sont", "etait",
		"sera", "seront", "fue", "fueron", "es", "son", "sido", "era", "seran", "wurde",
		"wurden", "ist", "sind", "worden", "war", "wird", "werden", NULL};
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

/* A tender's word at cue word i ("tender", "bid", "appel d'offres",
 * "licitación", "concurso", "Ausschreibung"): a call for bids, no contract
 * by itself. */
int rcp__pair_tender_at(const xword *w, size_t b, size_t i)
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
int rcp__pair_tender_won(const xword *w, size_t a, size_t b)
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

void rcp__pair_claim(claims_run *R, const xsent *S, size_t ci, size_t pi,
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
	/* a company in a relative clause on another is no party of a buyer
	 * carried from before: the main clause's company is ("Den Auftrag
	 * erhielt Airbus, das dafür Drohnen von Leonardo mietet") */
	if (ci < S->nreal && pi >= S->nreal && rcp__sentence_in_relative(R, S, ci))
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
	if (pe.kind != RCP_KIND_COMPANY && rcp__pair_legislature(pe.name) &&
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
	if (f.c->relation == 5 && pe.kind != RCP_KIND_COMPANY && rcp__joint_word(w[f.word].f)) {
		/* "a joint venture of Thales and Leonardo" tells the companies'
		 * partnership (joint_claims), not one with the body: the
		 * other cues relate them to it */
		const found_cue *fc = R->fc.v;
		found_cue *kept = rcp__xrealloc(NULL, (R->fc.n ? R->fc.n : 1) * sizeof *kept);
		size_t nk = 0;
		for (size_t k = 0; k < R->fc.n; k++)
			if (!(fc[k].c->relation == 5 && rcp__joint_word(w[fc[k].word].f)))
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
			if (fc[k].c->relation == 5 && !rcp__joint_word(w[fc[k].word].f) &&
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
			joined = rcp__clause_coordination(w[j].f);
		if (joined)
			return;
	}
	/* a tender told with no winner is no contract: "Frontex launched a
	 * tender for which Airbus and Leonardo applied", "un appel d'offres
	 * auquel Airbus a répondu", "una licitación a la que se presentaron",
	 * "eine Ausschreibung, an der sich Airbus beteiligt hat" */
	if (chosen->relation == 1 && chosen != S->implicit && rcp__pair_tender_at(w, S->b, f.word) &&
	    !rcp__pair_tender_won(w, a, S->b))
		return;
	/* a body named in a clause of time after the fact is another
	 * event's ("se adjudicaron dos días después de que la ministra de
	 * Defensa asegurara", "nachdem die Bundeswehr angekündigt hatte") */
	if (pe.kind != RCP_KIND_COMPANY && pi < nreal && p->word > c->word && p->word > f.word &&
	    rcp__clause_time_before(w, c->word > f.word ? c->word : f.word, p->word))
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
			obj_list |= rcp__clause_coordination(w[j].f);
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
	if (worded && ci < nreal && rcp__clause_relative_apart(R, S, ci, pi, f.word))
		return;
	/* a rival, a loser, a contrast takes no part ("Unlike Thales, Airbus
	 * supplies", "Airbus beat Thales to the contract") */
	if ((ci < nreal && (rcp__clause_set_against(w, a, c->word) ||
	                    rival_owner(w, S->b, rcp__word_at_offset(w, R->nw, c->end)))) ||
	    (pi < nreal && pe.kind == RCP_KIND_COMPANY && rcp__clause_set_against(w, a, p->word)))
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
	    rcp__clause_break_between(R, c->word < f.word ? c->word : f.word,
	                         c->word < f.word ? f.word : c->word))
		return;
	/* and a body in another clause with its own company is that one's
	 * ("Thales supplies the Bundeswehr; Airbus builds satellites") */
	if (ci < nreal && pi < nreal && rcp__clause_break_between(R, lo, hi))
		for (size_t k = 0; k < nreal; k++) {
			rcp_matcher_entity ke;
			if (k == ci || k == pi || group[k] == group[ci] || local[k].entity == c->entity)
				continue;
			rcp__ent_get(E, local[k].entity, &ke);
			size_t kl = local[k].word < p->word ? local[k].word : p->word;
			size_t kh = local[k].word < p->word ? p->word : local[k].word;
			if (ke.kind == RCP_KIND_COMPANY && !rcp__clause_break_between(R, kl, kh))
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
	    holding_at(w, a, f.word) && !rcp__sentence_fund_mention(R, c, &ce) &&
	    percent_between(R, c->end, p->start))
		q->relation = 6;
	/* between two companies, the line of work they share
	 * (Axon and Cellebrite: policing, not Cellebrite's border work) */
	unsigned pcat = pe.categories | rcp__category_of_kind(pe.kind);
	if (pe.kind == RCP_KIND_COMPANY && (pcat & ce.categories))
		pcat &= ce.categories;
	q->category = rcp__category_choose(S->cats, pcat, ce.categories,
	                              pe.kind == RCP_KIND_COMPANY ? 0 : rcp__category_of_kind(pe.kind),
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
