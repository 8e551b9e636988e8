/*
 * cues.c — the cues stage: relation and category cues of one sentence
 * (the language's lexicon, data/cues/, and English inside other languages),
 * and the words around a cue that change what it says: a negation, an
 * article.
 */
#include <stdlib.h>
#include <string.h>

#include "stages.h"

/* German writes a contract's kind before its noun, in one word: "ein
 * Großauftrag", "der Rüstungsauftrag", "einen Milliardenvertrag", "die
 * Folgebestellung", "den Rahmenvertrag". The lexicon matches a word's
 * start; a word that ends with a contract noun is that noun ("Auftraggeber",
 * the buyer, ends otherwise). */
static const cue compound_contract = {.relation = 1, .voice = 'a', .nwords = 1, .wlen = {7},
                                      .words = {"auftrag"}};

static int contract_compound(const char *f)
{
	static const char *const heads[] = {"auftrag", "auftrags", "auftrage", "auftragen",
	                                    "vertrag", "vertrags", "vertrage", "vertragen",
	                                    "bestellung", "bestellungen",
	                                    /* the one who holds it: "Hauptauftragnehmer" */
	                                    "auftragnehmer", "auftragnehmerin", NULL};
	size_t fl = strlen(f);
	/* a subcontractor's contract is the prime contractor's, not the buyer's */
	if (!strncmp(f, "unterauftrag", 12))
		return 0;
	if (!strncmp(f, "generalunternehmer", 18))
		return 1;
	for (int k = 0; heads[k]; k++) {
		size_t l = strlen(heads[k]);
		/* a word before the noun: "Großauftrag", not "Auftrag" itself */
		if (fl >= l + 3 && !strcmp(f + fl - l, heads[k]))
			return 1;
	}
	return 0;
}

/* And a partner's kind before its noun: "der Konsortialpartner", "ein
 * Kooperationspartner", "die Entwicklungspartnerschaft". A contract's
 * party ("Vertragspartner") is a buyer's or a seller's, no partner. */
static const cue compound_partner = {.relation = 5, .voice = 'a', .nwords = 1, .wlen = {7},
                                     .words = {"partner"}};

static int partner_compound(const char *f)
{
	static const char *const heads[] = {"partner", "partners", "partnern", "partnerin",
	                                    "partnerschaft", NULL};
	size_t fl = strlen(f);
	if (!strncmp(f, "vertrag", 7) || !strncmp(f, "gesprach", 8) ||
	    !strncmp(f, "geschaft", 8))
		return 0;
	for (int k = 0; heads[k]; k++) {
		size_t l = strlen(heads[k]);
		if (fl >= l + 3 && !strcmp(f + fl - l, heads[k]))
			return 1;
	}
	return 0;
}

/* A supply's or a service's noun among the eight words before word i:
 * what "eingestellt" stops ("die Lieferungen", "die Zusammenarbeit", "den
 * Zugang", "die Dienste", "den Export"). */
/* A partnership of the public and the private sector is a contract: "a
 * public-private partnership", "contrat de partenariat public-privé",
 * "colaboración público-privada", "öffentlich-private Partnerschaft" (and
 * the German compound "ÖPP-Vertrag" is one already). The two words stand
 * next to each other within two words of the partner's word; 1 + the first
 * word of the phrase, or 0. */
static const cue ppp_contract = {.relation = 1, .voice = 'a', .nwords = 1, .wlen = {8},
                                 .words = {"contract"}};

static int public_private(const xword *w, size_t a, size_t b, size_t i)
{
	static const char *const pub[] = {"public", "publique", "publico", "publica",
	                                  "offentlich", "offentliche", "offentlichen", NULL};
	static const char *const priv[] = {"private", "prive", "privee", "privado", "privada",
	                                   "privat", NULL};
	size_t lo = i > a + 2 ? i - 2 : a;
	for (size_t j = lo; j + 1 < b && j <= i + 2; j++)
		if (rcp__word_in(w[j].f, pub) && rcp__word_in(w[j + 1].f, priv))
			return (int)(j < i ? j : i) + 1;
	return 0;
}

static int stopped_noun_before(const xword *w, size_t a, size_t i)
{
	static const char *const nouns[] = {"liefer", "zusammenarbeit", "zugang", "dienst",
	                                    "export", "belieferung", "vertrieb", NULL};
	for (size_t back = 1; back <= 8 && i >= a + back; back++)
		for (int k = 0; nouns[k]; k++)
			if (!strncmp(w[i - back].f, nouns[k], strlen(nouns[k])))
				return 1;
	return 0;
}

/* German splits a verb and puts its particle last: "Die Bundeswehr wählte
 * Thales aus" (selected: a contract, the buyer first), "Thales rüstet die
 * Bundeswehr mit Drohnen aus", "stattete ... aus" (equips: a supply). The
 * verb's cue when "aus" closes its clause, else NULL. */
static const cue select_cue = {.relation = 1, .voice = 'p', .nwords = 1, .wlen = {6},
                               .words = {"wahlte"}};
static const cue equip_cue = {.relation = 0, .voice = 'a', .nwords = 1, .wlen = {6},
                              .words = {"rustet"}};

/* A separable verb's particle that changes it ("ab", "aus", "um") closing
 * the clause of word i (before a comma's next clause is not seen: words only). */
/* Is word i signing a public pledge, no contract: "signataire des
 * Principes pour l'Investissement Responsable", "signed the UN Global
 * Compact", "firmante del Pacto Mundial", "Unterzeichner der Charta"? */
static int signs_pledge(const xword *w, size_t b, size_t i)
{
	static const char *const sign[] = {"sign", "firm", "unterzeichn", NULL};
	static const char *const pledge[] = {
		"principles", "principes", "principios", "prinzipien", "compact", "pacte", "pacto",
		"charter", "charte", "carta", "charta", "convention", "convencion", "konvention",
		"pledge", "declaration", "declaracion", "erklarung", "treaty", "traite", "tratado",
		"petition", "manifesto", "manifeste", "manifiesto", "appel", "llamamiento", NULL};
	int s = 0;
	for (int k = 0; sign[k]; k++)
		s |= !strncmp(w[i].f, sign[k], strlen(sign[k]));
	for (size_t j = i + 1; s && j < b && j <= i + 4; j++)
		if (rcp__word_in(w[j].f, pledge))
			return 1;
	return 0;
}

static int particle_after(const xword *w, size_t b, size_t i)
{
	for (size_t j = i + 1; j < b && j <= i + 8; j++)
		if (!strcmp(w[j].f, "ab") || !strcmp(w[j].f, "aus") || !strcmp(w[j].f, "um"))
			return 1;
	return 0;
}

/* "Die Armee setzt Drohnen von Elbit ein" (deploys, uses: the buyer first) */
static const cue deploy_cue = {.relation = 0, .voice = 'p', .nwords = 1, .wlen = {5},
                               .words = {"setzt"}};

static const cue *separable_verb(const char *text, const xword *w, size_t b, size_t i)
{
	static const char *const sel[] = {"wahlt", "wahlte", "wahlten", "suchte", NULL};
	static const char *const equip[] = {"rustet", "rustete", "rusteten", "stattet",
	                                    "stattete", "statteten", NULL};
	static const char *const deploy[] = {"setzt", "setzte", "setzen", "setzten", NULL};
	const cue *c = NULL;
	const char *particle = "aus";
	for (int k = 0; sel[k] && !c; k++)
		if (!strcmp(w[i].f, sel[k]))
			c = &select_cue;
	for (int k = 0; equip[k] && !c; k++)
		if (!strcmp(w[i].f, equip[k]))
			c = &equip_cue;
	for (int k = 0; deploy[k] && !c; k++)
		if (!strcmp(w[i].f, deploy[k])) {
			c = &deploy_cue;
			particle = "ein";
		}
	if (!c)
		return NULL;
	/* the particle closes the clause: within ten words, or at the
	 * clause's end (the sentence's or a comma's) however long the
	 * object ("rüstet den »Luchs 2«-Spähpanzer der Bundeswehr mit
	 * Sensortechnik und dem neuen Missionssystem aus, das ...") */
	for (size_t j = i + 1; j < b && j <= i + 30; j++) {
		/* "wählte Thales nicht aus": the negated verb tells nothing */
		if (!strcmp(w[j].f, "nicht") || !strcmp(w[j].f, "nie") || !strncmp(w[j].f, "kein", 4))
			return NULL;
		if (!strcmp(w[j].f, particle) &&
		    (j <= i + 10 || j + 1 == b || text[w[j].t.end] == ',' || text[w[j].t.end] == ';'))
			return c;
	}
	return NULL;
}

void rcp__cues_find(const rcp_extractor *x, int li, const char *text, const xword *w, size_t a,
                    size_t b, rcp__vec *fc, unsigned *cats)
{
	fc->n = 0;
	*cats = 0;
	/* the words a cue of several words covers are its own: "prime
	 * contractor" is a contract's holder, and its "contractor" no
	 * supplier's cue of its own */
	size_t covered = a;
	for (size_t i = a; i < b; i++) {
		/* at one word the longest cue wins: "acquired by" over "acquired" */
		const cue *best_here = NULL;
		size_t best_len = 0;
		unsigned char c0 = (unsigned char)w[i].f[0];
		const lexicon *lx = &x->cues[li], *en = &x->cues[0];
		/* the keys first: most cues of a first letter end there,
		 * without reading the cue */
		size_t flen = w[i].t.flen;
		unsigned char c1 = (unsigned char)w[i].f[1];
		unsigned v = (unsigned)c0 << 8 | c1;
		for (size_t j = lx->pair_first[v]; j < lx->pair_first[v + 1]; j++) {
			size_t k = lx->by_pair[j];
			if (!rcp__cue_key_may(lx, k, flen, c1))
				continue;
			size_t l = rcp__cue_at(&lx->cues[k], w, b, i);
			if (l > best_len) {
				best_len = l;
				best_here = &x->cues[li].cues[k];
			}
		}
		/* English passages inside other languages: quotes, names of
		 * programmes, mixed documents */
		for (size_t j = en->pair_first[v]; li && !best_here && j < en->pair_first[v + 1]; j++) {
			size_t k = en->by_pair[j];
			if (!rcp__cue_key_may(en, k, flen, c1))
				continue;
			size_t l = rcp__cue_at(&en->cues[k], w, b, i);
			if (l > best_len && l >= 1 && en->cues[k].wlen[0] >= 5) {
				best_len = l;
				best_here = &en->cues[k];
			}
		}
		/* "eingestellt" stops a supply ("die Lieferung ... eingestellt"),
		 * or hires ("200 Mitarbeiter eingestellt") */
		if (li == 3 && best_here && best_here->relation == 7 &&
		    !strcmp(w[i].f, "eingestellt") && !stopped_noun_before(w, a, i))
			best_here = NULL;
		/* "baut Drohnen für", not "baut Stellen ab", "baut ... aus" */
		if (li == 3 && best_here && !strncmp(w[i].f, "bau", 3) && particle_after(w, b, i))
			best_here = NULL;
		if (best_here && best_here->relation == 1 && signs_pledge(w, b, i))
			best_here = NULL;
		if (li == 3 && !best_here && (best_here = separable_verb(text, w, b, i)) != NULL)
			best_len = 1;
		if (li == 3 && !best_here && w[i].t.cap && contract_compound(w[i].f)) {
			best_here = &compound_contract;
			best_len = 1;
		}
		if (li == 3 && !best_here && w[i].t.cap && !rcp__word_cut(&w[i]) &&
		    partner_compound(w[i].f)) {
			best_here = &compound_partner;
			best_len = 1;
		}
		/* (negated before the phrase: "did not sign a public-private
		 * partnership") */
		size_t pp;
		if (best_here && best_here->relation == 5 && (pp = (size_t)public_private(w, a, b, i)))
			best_here = rcp__negated(w, a, b, pp - 1) ? NULL : &ppp_contract;
		if (i < covered)
			best_here = NULL;
		else if (best_here && best_len > 1)
			covered = i + best_len;
		/* at most one cue a word, and its twin: no cap needed */
		if (best_here)
			*(found_cue *)rcp__vec_push(fc) = (found_cue){i, best_here};
		/* a word that is two relations' cue ("adquirió": the army
		 * acquires drones, Microsoft acquires Hexadite): the other one
		 * too, for relation finding to pick by the counterparty */
		for (size_t j = lx->pair_first[v]; best_here && j < lx->pair_first[v + 1]; j++) {
			size_t k = lx->by_pair[j];
			if (!rcp__cue_key_may(lx, k, flen, c1))
				continue;
			const cue *c = &lx->cues[k];
			if (c != best_here && c->relation != best_here->relation &&
			    rcp__cue_at(c, w, b, i) == best_len) {
				*(found_cue *)rcp__vec_push(fc) = (found_cue){i, c};
				break;
			}
		}
		const lexicon *cat = &x->categories;
		for (size_t j = cat->pair_first[v]; j < cat->pair_first[v + 1]; j++) {
			size_t k = cat->by_pair[j];
			if (!rcp__cue_key_may(cat, k, flen, c1))
				continue;
			const cue *cc = &x->categories.cues[k];
			if (rcp__cue_at(cc, w, b, i))
				*cats |= cc->category;
		}
	}
}

/* Is the word at i negated: a negation among the three words before it, or
 * right after it (German "liefert keine")? */
int rcp__negated(const xword *w, size_t a, size_t b, size_t i)
{
	static const char *const neg[] = {"not", "no", "never", "without", "t", "ne", "n", "pas",
	                                  "jamais", "aucun", "aucune", "sans", "nunca", "ningun",
	                                  "ninguna", "sin", "nicht", "kein", "keine", "keinen",
	                                  "keiner", "nie", "ohne",
	                                  /* "excluded from the tender" */
	                                  "excluded", "exclu", "exclue", "excluida", "excluido",
	                                  NULL};
	for (size_t back = 1; back <= 3 && i >= a + back; back++)
		if (rcp__word_in(w[i - back].f, neg))
			return 1;
	/* German negates after the verb, in the object: "liefert keine",
	 * "stellt Frontex keine Drohnen zur Verfügung" */
	for (size_t fwd = 1; fwd <= 3 && i + fwd < b; fwd++) {
		const char *f = w[i + fwd].f;
		if (f[0] != 'n' && f[0] != 'k')
			continue;
		if ((fwd == 1 && (!strcmp(f, "nicht") || !strcmp(f, "nie"))) || !strcmp(f, "kein") ||
		    !strcmp(f, "keine") || !strcmp(f, "keinen") || !strcmp(f, "keiner"))
			return 1;
	}
	/* and its participle last, far from the negation: "hat Thales nicht
	 * mit der Wartung betraut" (not "nicht nur", nor one of another
	 * clause: "und", "dass") */
	static const char *const aux[] = {"hat", "haben", "hatte", "hatten", "wurde", "wurden",
	                                  "worden", "ist", "sind", "wird", "werden", NULL};
	static const char *const joins[] = {"und", "oder", "aber", "sondern", "dass", "weil",
	                                    "wenn", "als", "denn", NULL};
	if (i + 1 < b && !rcp__word_in(w[i + 1].f, aux))
		return 0;
	for (size_t back = 4; back <= 8 && i >= a + back; back++) {
		const char *f = w[i - back].f;
		if (rcp__word_in(w[i - back + 1].f, joins))
			return 0;
		if ((!strcmp(f, "nicht") || !strcmp(f, "nie")) && strcmp(w[i - back + 1].f, "nur"))
			return 1;
	}
	return 0;
}
/* Is the word at i (a cue) in a definite noun phrase: "the (new) contract",
 * "ce contrat", "el contrato", "der Vertrag"? */
int rcp__definite(const xword *w, size_t a, size_t i)
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

/* Words that make what follows them no fact: a denial ("denied that it
 * supplied"), a plan ("plans to supply"), a possibility ("could supply"),
 * a condition ("if it supplies"). By language (en, fr, es, de), folded.
 * Not reported speech ("said it would suspend": a decision told) nor an
 * allegation ("aurait fourni"): those are what sources report. */
static const char *const hedges[4][64] = {
	{"denied", "denies", "deny", "denying", "plan", "plans", "planned", "planning", "intends",
	 "intended", "considering", "considers", "could", "might", "may", "if",
	 "unless", "whether", "seeks", "seeking", "proposed", "proposes",
	 /* wishes, expectations, talks */
	 "expected", "expects", "wants", "want", "hopes", "hope", "talks", "negotiating",
	 "negotiations", "aims",
	 /* calls and demands: "calling on the company to cancel its contracts" */
	 "urged", "urges", "urging", "calling", "demanded", "demanding",
	 /* refusals: "refused to supply" */
	 "refused", "refuses", "refusing", "declined", "declines",
	 /* an end announced: "will stop renewing contracts with" (a
	  * company's own, "will stop providing", is a restriction: en.tsv) */
	 "stop",
	 /* about to, weighing, wishing: "is poised to win", "is weighing an order" */
	 "poised", "weighing", "weighs", "wishes", NULL},
	{"dementi", "dement", "dementent", "nie", "nient", "prevoit", "prevoient", "envisage",
	 "envisagent", "pourrait", "pourraient", "si", "projette", "souhaite", "souhaiterait",
	 "propose", "devrait", "devraient", "espere", "esperent", "negociation", "negociations",
	 "negocie", "veut", "veulent", "vise", "exhorte", "exhortent", "appellent", "reclament",
	 "demandent", "discussion", "discussions", "pourparlers", "refuse", "refusent",
	 "refusait", NULL},
	{"nego", "niega", "niegan", "negaron", "desmintio", "desmiente", "planea", "planean",
	 "preve", "preven", "podria", "podrian", "si", "pretende", "pretenden",
	 "estudia", "considera", "propone", "quiere", "quieren", "negocia", "negocian",
	 "negociacion", "negociaciones", "espera", "esperan", "busca", "buscan", "aspira",
	 "pide", "piden", "pidio", "pidieron", "exige", "exigen", "exigio", "insta", "instan",
	 "conversaciones", "rehuso", "rehusa", "rechazo", "desea", "desean", NULL},
	{"bestritt", "bestreitet", "bestreiten", "dementiert", "dementierte", "plant", "plante",
	 "planen", "erwagt", "erwogen", "konnte", "konnten", "wenn", "falls", "ob", "soll",
	 "sollte", "sollen", "will", "wollen", "wollte", "mochte", "mochten", "verhandelt",
	 "verhandeln", "verhandlungen", "hofft", "hoffen", "erwartet", "strebt", "fordert",
	 "forderte", "fordern", "forderten", "appelliert", "gesprachen", "gesprache", "weigerte",
	 "weigert", "verweigert", "verweigerte", "lehnte", "lehnt", "abgelehnt", NULL},
};

int rcp__hedged(int li, const xword *w, size_t a, size_t i)
{
	const char *const *h = hedges[li >= 0 && li < 4 ? li : 0];
	for (size_t back = 1; back <= 8 && i >= a + back; back++) {
		const xword *x = &w[i - back];
		/* "in May 2021" */
		if (x->t.cap && !strcmp(x->f, "may"))
			continue;
		/* folding makes "könnte" (could) "konnte" (was able to, a
		 * fact: "die der Spiegel einsehen konnte"): the text's bytes
		 * say which, "ö" takes two */
		if (li == 3 && x->t.end - x->t.start == x->t.flen &&
		    (!strcmp(x->f, "konnte") || !strcmp(x->f, "konnten")))
			continue;
		if (rcp__word_in(x->f, h)) /* hashed: every cue asks */
			return 1;
	}
	return 0;
}

/* A denial anywhere in a sentence makes it no fact, whether it stands
 * before the cue ("denied that it supplied") or after it ("US military
 * contractor Blackwater rejected allegations that it shipped weapons to
 * Iraq", "Elbit a fourni des drones, a démenti le groupe"). Only denials:
 * a plan or a condition after the verb ("supplied drones and plans to
 * supply more") leaves the fact told before it. */
static const char *const denials[4][16] = {
	{"denied", "denies", "deny", "denying", "rejected", "rejects", "refuted", "refutes", NULL},
	{"dementi", "dement", "dementent", "nie", "nient", NULL},
	{"nego", "niega", "niegan", "negaron", "desmintio", "desmiente", "desmienten",
	 "rechazo", "rechaza", NULL},
	{"bestritt", "bestreitet", "bestreiten", "dementiert", "dementierte", "wies", "weist",
	 "zuruckgewiesen", NULL},
};

/* A report, an allegation or a claim among the four words after i? */
static int told_after(const xword *w, size_t b, size_t i)
{
	static const char *const told[] = {"allegation", "allegations", "claims", "claim", "report",
	                                   "reports", "accusations", "accusation", "charges",
	                                   "acusaciones", "acusacion", "informaciones",
	                                   "informacion", "denuncias", NULL};
	for (size_t j = i + 1; j < b && j <= i + 4; j++)
		if (rcp__word_in(w[j].f, told))
			return 1;
	return 0;
}

int rcp__denied(int li, const char *text, const xword *w, size_t a, size_t b)
{
	const char *const *d = denials[li >= 0 && li < 4 ? li : 0];
	for (size_t i = a; i < b; i++) {
		/* hashed: every sentence with a cue asks of each word */
		if (!rcp__word_in(w[i].f, d))
			continue;
		/* a compound's part denies nothing: "GPS-denied navigation" */
		if (w[i].t.start > 0 && text[w[i].t.start - 1] == '-')
			continue;
		/* "rejected", "rechazó" deny only what is told ("rejected
		 * allegations", "rechazó las acusaciones"); "rejected Thales'
		 * bid" is a decision */
		if (w[i].f[0] == 'r' && !told_after(w, b, i))
			continue;
		/* German "wies ... zurück": only with its particle */
		if (li == 3 && w[i].f[0] == 'w') {
			int back = 0;
			for (size_t j = i + 1; j < b && !back; j++)
				back = !strcmp(w[j].f, "zuruck");
			if (!back)
				continue;
		}
		return 1;
	}
	return 0;
}

/* Is the cue at word i told as ended: "no longer invests", "n'investit
 * plus", "ya no invierte", "investiert nicht mehr"? Then an investment is a
 * divestment, not a negation. */
int rcp__no_longer(const xword *w, size_t a, size_t b, size_t i)
{
	for (size_t back = 1; back <= 3 && i >= a + back; back++) {
		const char *f = w[i - back].f;
		if (!strcmp(f, "longer") || !strcmp(f, "mehr") ||
		    (!strcmp(f, "ya") && back > 1 && !strcmp(w[i - back + 1].f, "no")))
			return 1;
	}
	/* "n'investira plus", "investiert nicht mehr" */
	for (size_t fwd = 1; fwd <= 3 && i + fwd < b; fwd++)
		if (!strcmp(w[i + fwd].f, "plus") || !strcmp(w[i + fwd].f, "mehr"))
			return 1;
	/* German closes "kein ... mehr" after the object: "hält keine Aktien
	 * von Elbit Systems mehr" */
	int kein = 0;
	for (size_t fwd = 1; fwd <= 8 && i + fwd < b; fwd++) {
		const char *f = w[i + fwd].f;
		kein |= !strncmp(f, "kein", 4) || !strcmp(f, "nicht");
		if (kein && !strcmp(f, "mehr"))
			return 1;
	}
	return 0;
}

/* Is a sale near word i (within CUE_REACH): "sold its shares", "a vendu ses
 * actions", "vendió sus acciones", "verkaufte Aktien", "reduced its stake"?
 * Shares sold are a divestment. */
int rcp__is_sale(const char *f)
{
	static const char *const sale[] = {"sold", "sell", "sells", "selling", "vendu", "vendus",
	                                   "vend", "vendent", "vendre", "cede", "cedes", "ceder",
	                                   "vendio", "vende", "venden", "vendieron", "vendido",
	                                   "vendera", "venderan",
	                                   "vender", "verkauft", "verkaufte", "verkauften",
	                                   "verkaufen", "abgestossen", "stosst", "stiess",
	                                   /* a stake reduced is partly sold */
	                                   "reduced", "reduces", "trimmed", "reduit", "reduite",
	                                   "diminue", "redujo", "reduce", "reduziert",
	                                   "reduzierte", "verringert", "verringerte", "reducido",
	                                   "reducida",
	                                   /* money withdrawn: "pulled its money out of",
	                                    * "a retiré ses investissements", "retiró",
	                                    * "hat seine Investitionen abgezogen" */
	                                   "withdrew", "withdrawn", "pulled", "retire", "retiree",
	                                   "retiro", "retirado", "retirada", "abgezogen", "zog",
	                                   NULL};
	for (int k = 0; sale[k]; k++)
		if (sale[k][0] == f[0] && !strcmp(f, sale[k]))
			return 1;
	return 0;
}

int rcp__sale_near(const xword *w, size_t a, size_t b, size_t i)
{
	size_t lo = i > a + CUE_REACH ? i - CUE_REACH : a;
	size_t hi = i + CUE_REACH < b ? i + CUE_REACH : b;
	for (size_t j = lo; j < hi; j++)
		if (rcp__is_sale(w[j].f))
			return (int)j + 1;
	return 0;
}

/* A bid or a loss between a company and a contract word: the company
 * bid for it or lost it ("Thales bid for the Bundeswehr contract", "a
 * perdu l'appel d'offres", "se presentó a la licitación", "bewirbt sich um
 * den Auftrag"); a company after the word may be the winner ("lost the
 * tender to Leonardo"). By language, folded. */
static const char *const bids[4][16] = {
	{"bidding", "lost", "loses", "losing", "bidder", "bidders", "compete", "competes",
	 "competing", NULL},
	{"perdu", "perd", "candidat", "candidate", "candidats", "repondu", "soumissionnaire",
	 "soumissionnaires", "soumissionne", "soumissionnent", "soumissionner", "concourt",
	 "concourent", "lice", NULL},
	{"perdio", "pierde", "presento", "presentaron", "opta", "optan", "puja", "pujo",
	 "licitador", "licitadores", "licitante", "licitantes", "compite", "compiten", NULL},
	{"unterlag", "verlor", "verloren", "bewirbt", "bewarb", "beworben", "bieter", "bietern",
	 "bewerber", "angebot", "angebote", "konkurriert", "konkurrieren", "rennen", NULL},
};

int rcp__bid_between(int li, const xword *w, size_t b, size_t from, size_t to)
{
	const char *const *d = bids[li >= 0 && li < 4 ? li : 0];
	for (size_t i = from; i < to && i < b; i++) {
		const char *f = w[i].f;
		/* English "bid" is a verb before "for" or "on", not after an
		 * article ("won the bid for" is no bid) */
		if (li == 0 && (!strcmp(f, "bid") || !strcmp(f, "bids")) && i + 1 < b &&
		    (!strcmp(w[i + 1].f, "for") || !strcmp(w[i + 1].f, "on")) &&
		    !(i > from && (!strcmp(w[i - 1].f, "the") || !strcmp(w[i - 1].f, "a") ||
		                   !strcmp(w[i - 1].f, "its") || !strcmp(w[i - 1].f, "their") ||
		                   !strcmp(w[i - 1].f, "winning"))))
			return 1;
		for (int k = 0; d[k]; k++)
			if (d[k][0] == f[0] && !strcmp(f, d[k]))
				return 1;
	}
	return 0;
}

/* Does folded word f open a relative clause on what is named before it, as
 * its object ("which", "que", "den")? (German "die", "das" may be the
 * subject as well: "Elbit, die AXA übernahm" says neither.) */
int rcp__relative_pronoun(const char *f)
{
	static const char *const rel[] = {"which", "that", "que", "qu", "den", "welchen", NULL};
	for (int k = 0; rel[k]; k++)
		if (!strcmp(f, rel[k]))
			return 1;
	return 0;
}
