/*
 * parties.c — a company named by one plain word, by its place in a sale
 * or a contract: "a contract with Dynetics", "Rheinmetall liefert",
 * "Indra suministrará", "commandés à Naval", "Vertrag mit Hensoldt". A
 * single capitalised word has no shape of a company (no legal form, no
 * head, no capital inside): its place in the construction is the
 * evidence, and the word is turned away when the text shows it is a
 * place (a country, a capital, a region), a common word (written in
 * small letters elsewhere; in German, a noun after an article, or of a
 * noun's ending), or (companies.c) a person's name.
 */
#include <string.h>

#include "stages.h"

/* Countries, capitals and regions that sell, buy and sign as often as
 * companies do ("Israel supplied", "a deal with Ukraine", "Vertrag mit
 * Polen"), folded, in the four languages. */
static const char *const places[] = {
	"israel", "palestine", "gaza", "arabia", "arabie", "arabien", "emirates", "emirats", "ukraine", "russia", "russie", "rusia", "russland",
	"china", "chine", "iran", "iraq", "irak", "syria", "syrie", "siria", "syrien", "lebanon",
	"liban", "libano", "libanon", "egypt", "egypte", "egipto", "agypten", "jordan", "jordanie",
	"jordania", "jordanien", "turkey", "turquie", "turquia", "turkei", "turkiye", "saudi",
	"qatar", "katar", "yemen", "jemen", "libya", "libye", "libia", "libyen", "morocco", "maroc",
	"marruecos", "marokko", "algeria", "algerie", "argelia", "algerien", "tunisia", "tunisie",
	"tunez", "tunesien", "sudan", "soudan", "ethiopia", "nigeria", "kenya", "india", "inde",
	"indien", "pakistan", "afghanistan", "japan", "japon", "korea", "coree", "corea", "taiwan",
	"vietnam", "indonesia", "indonesie", "indonesien", "australia", "australie", "australien",
	"canada", "kanada", "mexico", "mexique", "mexiko", "brazil", "bresil", "brasil",
	"brasilien", "argentina", "argentine", "argentinien", "colombia", "colombie", "kolumbien",
	"chile", "chili", "peru", "perou", "venezuela", "cuba", "kuba", "america", "amerique",
	"amerika", "europe", "europa", "africa", "afrique", "afrika", "asia", "asie", "asien",
	"germany", "allemagne", "alemania", "deutschland", "france", "francia", "frankreich",
	"spain", "espagne", "espana", "spanien", "italy", "italie", "italia", "italien", "britain",
	"england", "angleterre", "inglaterra", "scotland", "ireland", "irlande", "irlanda",
	"irland", "portugal", "greece", "grece", "grecia", "griechenland", "poland", "pologne",
	"polonia", "polen", "romania", "roumanie", "rumanien", "hungary", "hongrie", "hungria",
	"ungarn", "austria", "autriche", "osterreich", "switzerland", "suisse", "suiza", "schweiz",
	"belgium", "belgique", "belgica", "belgien", "netherlands", "holland", "holanda",
	"niederlande", "denmark", "danemark", "dinamarca", "danemark", "norway", "norvege",
	"noruega", "norwegen", "sweden", "suede", "suecia", "schweden", "finland", "finlande",
	"finlandia", "finnland", "estonia", "latvia", "lithuania", "serbia", "croatia", "czechia",
	"slovakia", "bulgaria", "armenia", "azerbaijan", "georgia", "moldova", "belarus",
	"kazakhstan", "washington", "moscow", "moscou", "moscu", "moskau", "beijing", "pekin",
	"peking", "kyiv", "kiev", "kiew", "jerusalem", "jerusalen", "tehran", "teheran", "ankara",
	"cairo", "riyadh", "damascus", "baghdad", "beirut", "beyrouth", "tokyo", "seoul",
	"delhi", "london", "londres", "paris", "berlin", "madrid", "rome", "roma", "rom",
	"brussels", "bruxelles", "bruselas", "brussel", "vienna", "vienne", "wien", "warsaw",
	"varsovie", "varsovia", "warschau", "athens", "lisbon", "lisbonne", "lisboa", "bern",
	"berne", "geneva", "geneve", "ginebra", "genf", "ottawa", "canberra", "brussel",
	"bavaria", "baviere", "bayern", "hessen", "sachsen", "brandenburg", "berlin", "hamburg",
	"bremen", "catalonia", "catalogne", "cataluna", "catalunya", "andalucia", "galicia",
	"euskadi", "navarra", "valencia", "madrid", "barcelona", "sevilla", "bilbao", "texas",
	"california", "florida", "virginia", "arizona", "georgia", "ontario", "quebec",
	"westminster", "pentagon", "kremlin", "brussels",
	/* in capitals: "USA supplied", "EAU", "EEUU" */
	"usa", "uae", "eau", "eeuu", "ussr", "urss", NULL};

/* Words right before a name that only a party to a sale, an order or a
 * contract follows ("contract with", "ordered from", "auprès de",
 * "contrato con", "Auftrag an"), folded: the word two before and the one
 * before. */
static const char *const party_before[4][24] = {
	{"contract with", "contracts with", "contract to", "contracts to", "subcontract to",
	 "order from", "orders from", "ordered from", "purchased from", "bought from",
	 "buys from", "buy from", "procured from", "sourced from", "partnered with",
	 "partnership with", "partner with", "teamed with", "supplier to", "awarded to", NULL},
	{"contrat avec", "contrats avec", "contrat a", "marche avec", "commande a", "commandes a",
	 "commandee a", "commandes a", "achete a", "achetes a", "achetees a", "aupres de",
	 "aupres d", "partenariat avec", "associe a", "parole de", "parole d", "l action",
	 "attribue a", "attribuee a", "attribues a", "confie a", NULL},
	{"contrato con", "contratos con", "contrato a", "adjudicado a", "adjudicada a",
	 "adjudicados a", "adjudicadas a", "encargo a", "encargado a", "compro a", "comprado a",
	 "comprados a", "compradas a", "alianza con", "adjudicataria es", "portavoz de",
	 "asignaciones a", "asignacion a", "encargos a", "adjudicaciones a", "adjudicacion a",
	 NULL},
	{"vertrag mit", "vertrage mit", "rahmenvertrag mit", "liefervertrag mit", "auftrag an",
	 "auftrage an", "kooperation mit", "zusammenarbeit mit", "bestellt bei", "bestellte bei",
	 "gekauft bei", "kaufte bei", "auftrag fur", "sprecher von", "sprecherin von", "aktie von",
	 "aktien von", "zuschlag an", NULL},
};

/* The phrases' last words, hashed: most words follow none. */
static const char *const lasts[] = {"with", "to", "from", "avec", "a", "de", "d", "con", "es",
                                    "mit", "an", "bei", "fur", "von", "action", NULL};

/* Verbs right after a name that say it sells, delivers or wins: the name
 * is their subject ("Dynetics delivered", "Rheinmetall liefert", "Indra
 * suministrará", "Thales livre"), with a modal or an auxiliary between
 * allowed ("will deliver", "a livré", "ha suministrado", "wird liefern"). */
static const char *const supply_verbs[4][28] = {
	{"supplies", "supplied", "supply", "delivers", "delivered", "deliver", "sells", "sold",
	 "sell", "provides", "provided", "provide", "won", "wins", "win", "manufactures",
	 "manufactured", "manufacture", "equips", "equipped", "equip", "landed", "secured",
	 "signed", "signs", NULL},
	{"fournit", "fournira", "fourni", "fournissait", "livre", "livrera", "livrait", "vend",
	 "vendu", "vendra", "remporte", "decroche", "fabrique", "equipe", "equipera", "signe",
	 "signera", NULL},
	{"suministra", "suministro", "suministrara", "suministrado", "vende", "vendio",
	 "vendido", "entrega", "entrego", "entregara", "entregado", "fabrica", "gano", "ganado",
	 "obtuvo", "provee", "proveera", "firmo", "firmado", "firma", "firmara", NULL},
	{"liefert", "lieferte", "liefern", "geliefert", "verkauft", "verkaufte", "verkaufen",
	 "baut", "baute", "fertigt", "fertigte", "produziert", "gewann", "gewonnen", "erhielt",
	 "erhalt", "ausrusten", "rustet", "unterzeichnete", "unterzeichnet", "unterschrieb", NULL},
};
static const char *const auxiliaries[4][10] = {
	{"will", "would", "has", "had", "have", "also", "recently", "already", NULL},
	{"a", "va", "avait", "aurait", "doit", "devrait", "aussi", NULL},
	{"ha", "habia", "va", "a", "se", "tambien", "debe", NULL},
	{"wird", "hat", "soll", "hatte", "auch", "werde", "habe", NULL},
};

/* German nouns of time that open a sentence before its verb ("Vergangene
 * Woche erhielt Thales", "Im Mai lieferte"). */
static const char *const german_times[] = {
	"woche", "wochen", "jahr", "jahres", "monat", "monats", "tag", "tage", "tagen", "zeit",
	"ende", "anfang", "mitte", "quartal", "halbjahr", "sommer", "winter", "herbst", "fruhjahr",
	"fruhling", "nacht", "abend", "morgen", "montag", "dienstag", "mittwoch", "donnerstag",
	"freitag", "samstag", "sonntag", "januar", "februar", "marz", "april", "mai", "juni",
	"juli", "august", "september", "oktober", "november", "dezember", NULL};

/* Articles and determiners: a German word after one is a noun. */
static const char *const determiners[] = {"der", "die", "das", "den", "dem", "des", "ein",
                                          "eine", "einen", "einem", "einer", "eines", "kein",
                                          "keine", "diese", "dieser", "dieses", "jede", NULL};

/* German nouns' endings ("Beschaffung", "Behörde", "Gesellschaft"). */
static int german_noun_ending(const xword *x)
{
	static const char *const ends[] = {"ung", "heit", "keit", "schaft", "tion", "tat", "ium",
	                                   "ismus", "nis", "tum", "amt", "behorde", "polizei",
	                                   "gericht", "ministerium", "regierung", "verband",
	                                   "kammer", "wehr", "ler", "erin", "chen",
	                                   /* plurals: "Behörden", "Ländern", "Staaten" */
	                                   "ungen", "heiten", "keiten", "schaften", "tionen",
	                                   "orden", "ern", "aten", "ien", "nisse", NULL};
	return rcp__word_ends_any(x, ends);
}

/* Is the word w[i] a common word by the text: written in small letters
 * elsewhere ("the deal", "Deal"), or in German after an article ("die
 * Software") or with a noun's ending? */
static int common_word(const xword *w, size_t n, size_t i, int li)
{
	if (li == 3 && german_noun_ending(&w[i]))
		return 1;
	for (size_t k = 0; k < n; k++) {
		if (w[k].t.flen != w[i].t.flen || strcmp(w[k].f, w[i].f))
			continue;
		if (!w[k].t.cap)
			return 1;
		if (li == 3 && k > 0 && w[k - 1].t.sentence == w[k].t.sentence &&
		    rcp__word_in(w[k - 1].f, determiners))
			return 1;
	}
	return 0;
}

/* Is the word all capitals, three letters or more ("GEPSA", "KNDS"): no
 * ordinary word opening a sentence is written so? */
static int all_capitals(const char *text, const xword *x)
{
	if (x->t.end - x->t.start < 3)
		return 0;
	for (size_t k = x->t.start; k < x->t.end; k++)
		if (!(text[k] >= 'A' && text[k] <= 'Z'))
			return 0;
	return 1;
}

/* Is w[i] said capitalised elsewhere ("Prosegur suministrará ...
 * Prosegur ganó el contrato": two sentences' subjects)? */
static int said_again(const xword *w, size_t n, size_t i)
{
	for (size_t k = 0; k < n; k++)
		if (k != i && w[k].t.cap && w[k].t.flen == w[i].t.flen && !strcmp(w[k].f, w[i].f))
			return 1;
	return 0;
}

/* Is "a b" one of the phrases? */
static int pair_in(const char *a, const char *b, const char *const *l)
{
	size_t al = strlen(a);
	for (int k = 0; l[k]; k++)
		if (!strncmp(l[k], a, al) && l[k][al] == ' ' && !strcmp(l[k] + al + 1, b))
			return 1;
	return 0;
}

/* Verbs of winning: a person wins an election, a party a vote, a team a
 * match; a company wins a contract, a tender or an order. Verbs of
 * signing likewise. */
static const char *const win_verbs[] = {"won", "wins", "win", "landed", "secured", "remporte",
                                        "decroche", "gano", "ganado", "obtuvo", "gewann",
                                        "gewonnen", "erhielt", "erhalt",
                                        /* and signing: a person signs a
                                         * letter, a company a contract */
                                        "signed", "signs", "signe", "signera", "firmo",
                                        "firmado", "firma", "firmara", "unterzeichnete",
                                        "unterzeichnet", "unterschrieb", NULL};

/* Nouns of an award: a contract, a tender, an order. */
static const char *const awards[] = {"contract", "contracts", "order", "orders", "tender",
                                     "deal", "award", "bid", "subcontract", "contrat",
                                     "contrats", "marche", "marches", "commande", "commandes",
                                     "appel", "contrato", "contratos", "licitacion",
                                     "concurso", "adjudicacion", "pedido", "pedidos",
                                     "auftrag", "auftrage", "vertrag", "ausschreibung",
                                     "zuschlag", "rahmenvertrag", "grossauftrag",
                                     /* "remporte la gestion déléguée",
                                      * "ganó la gestión del servicio" */
                                     "gestion", NULL};

/* Is an award's noun among the five words after the verb w[k] ("won a
 * $40 million contract", "remporte le marché", "ganó el concurso",
 * "erhielt den Auftrag")? */
static int award_after(const xword *w, size_t n, size_t k)
{

	for (size_t j = k + 1; j < n && j <= k + 5 && w[j].t.sentence == w[k].t.sentence; j++)
		if (rcp__word_in(w[j].f, awards))
			return 1;
	return 0;
}

/* A listed company's words after its name: "Rheinmetall shares rose",
 * "Hensoldt stock fell": shares and stock that move are a company's,
 * never a person's or a place's. (German writes "Rheinmetall-Aktie", one
 * word; "Aktie von", "Sprecher von" are before-words.) */
static int market_after(const xword *w, size_t n, size_t i, int li)
{
	static const char *const moves[] = {"rose", "fell", "jumped", "gained", "dropped", "slid",
	                                    "climbed", "surged", "plunged", "tumbled", "rallied",
	                                    "closed", "traded", "soared", "sank", "slumped",
	                                    "rise", "fall", "have", "are", "were", NULL};
	if (li != 0 || i + 2 >= n || w[i + 1].t.sentence != w[i].t.sentence || w[i + 1].t.cap ||
	    w[i + 2].t.sentence != w[i].t.sentence)
		return 0;
	return (!strcmp(w[i + 1].f, "shares") || !strcmp(w[i + 1].f, "stock")) &&
	       rcp__word_in(w[i + 2].f, moves);
}

/* A supply verb after the name ending at w[b], an auxiliary or two
 * between ("will deliver", "a livré", "wird liefern"); a win only with an
 * award's noun after it. */
static int supply_verb_after(const char *text, const xword *w, size_t n, size_t b, int li)
{
	uint32_t s = w[b].t.sentence;
	size_t k = b + 1;
	/* "Kelvar, based in Ohio, supplies", "Thalmor SA, 92200 Neuilly-sur-
	 * Seine Cedex, a livré": a comma closes an incise, whose last name is
	 * no subject (a comma never parts a subject from its verb) */
	if (k < n && w[k].t.sentence == s &&
	    memchr(text + w[b].t.end, ',', w[k].t.start - w[b].t.end))
		return 0;
	for (int aux = 0; aux < 2; aux++)
		if (k < n && w[k].t.sentence == s && !w[k].t.cap &&
		    rcp__word_in(w[k].f, auxiliaries[li]))
			k++;
	/* "the Heron, manufactured by IAI", "le Heron, fabriqué par": a
	 * participle with its agent after it describes the name, whose maker
	 * is the agent */
	static const char *const agents[] = {"by", "par", "por", "von", NULL};
	if (k + 1 < n && w[k + 1].t.sentence == s && rcp__word_in(w[k + 1].f, agents))
		return 0;
	return k < n && w[k].t.sentence == s && !w[k].t.cap &&
	       rcp__word_in(w[k].f, supply_verbs[li]) &&
	       (!rcp__word_in(w[k].f, win_verbs) || award_after(w, n, k));
}

/* Is an award's noun among the four words before w[k]? */
static int award_before(const xword *w, size_t k)
{
	for (size_t j = k; j-- > 0 && k - j <= 4 && w[j].t.sentence == w[k].t.sentence;)
		if (rcp__word_in(w[j].f, awards))
			return 1;
	return 0;
}

/* The name's place: after a party's words, or before a supply verb (1);
 * before a listed company's words (2: a sentence's first word may be it). */
static int party_place(const char *text, const xword *w, size_t n, size_t i, int li)
{
	uint32_t s = w[i].t.sentence;
	if (i >= 2 && w[i - 2].t.sentence == s && !w[i - 1].t.cap &&
	    rcp__word_in(w[i - 1].f, lasts) && pair_in(w[i - 2].f, w[i - 1].f, party_before[li]))
		return 1;
	/* "the contract went to Prosegur", "der Auftrag ging an KNDS": an
	 * award's noun before the verb */
	if (i >= 2 && w[i - 2].t.sentence == s && !w[i - 1].t.cap &&
	    ((li == 0 && !strcmp(w[i - 1].f, "to") &&
	      (!strcmp(w[i - 2].f, "went") || !strcmp(w[i - 2].f, "goes"))) ||
	     (li == 3 && !strcmp(w[i - 1].f, "an") &&
	      (!strcmp(w[i - 2].f, "ging") || !strcmp(w[i - 2].f, "geht")))) &&
	    award_before(w, i - 2))
		return 1;
	/* German "bestellte Panzer bei Rheinmetall": "bei" after an order's
	 * verb in the sentence */
	if (li == 3 && i >= 2 && w[i - 1].t.sentence == s && !strcmp(w[i - 1].f, "bei")) {
		static const char *const verbs[] = {"bestell", "kauf", "gekauft", "beschaff", "order",
		                                    NULL};
		for (size_t k = i - 1; k-- > 0 && w[k].t.sentence == s && i - k < 10;)
			for (int v = 0; verbs[v]; v++)
				if (!strncmp(w[k].f, verbs[v], strlen(verbs[v])))
					return 1;
	}
	/* German "der Auftrag wurde an Hensoldt vergeben": "an" and an
	 * award's participle after the name, the award's noun before */
	if (li == 3 && i >= 2 && i + 1 < n && w[i - 1].t.sentence == s &&
	    w[i + 1].t.sentence == s && !strcmp(w[i - 1].f, "an")) {
		static const char *const given_to[] = {"vergeben", "erteilt", "gegangen",
		                                       "ubergeben", "verkauft", "geliefert", NULL};
		if (rcp__word_in(w[i + 1].f, given_to) && award_before(w, i - 1))
			return 1;
	}
	if (market_after(w, n, i, li))
		return 2;
	size_t k = i + 1;
	if (k < n && w[k].t.sentence == s && !w[k].t.cap && rcp__word_in(w[k].f, auxiliaries[li]))
		k++;
	if (supply_verb_after(text, w, n, i, li))
		return k > i + 1 || i == 0 || w[i - 1].t.sentence != s ||
		       /* inside a sentence, right after a lower-case word: "the
		        * firm said Dynetics delivered" */
		       !w[i - 1].t.cap;
	return 0;
}

int rcp__party_company(const char *text, const xword *w, size_t n, size_t i, int li)
{
	if (li < 0 || li > 3 || w[i].t.flen < 3 || w[i].t.digit)
		return 0;
	/* one word: the next is not capitalised in the sentence */
	if (i + 1 < n && w[i + 1].t.sentence == w[i].t.sentence && w[i + 1].t.cap)
		return 0;
	int place = party_place(text, w, n, i, li);
	if (!place)
		return 0;
	if (rcp__word_in(w[i].f, places) || common_word(w, n, i, li))
		return 0;
	/* a sentence's first word is its subject's only by its capital: said
	 * capitalised elsewhere too */
	if (place == 1 && (i == 0 || w[i - 1].t.sentence != w[i].t.sentence) &&
	    !all_capitals(text, &w[i]) && !said_again(w, n, i))
		return 0;
	return 1;
}

int rcp__place_word(const char *f)
{
	return rcp__word_in(f, places);
}

int rcp__party_word(const xword *w, size_t n, size_t i, int li)
{
	return li >= 0 && li <= 3 && !rcp__word_in(w[i].f, places) && !common_word(w, n, i, li);
}

int rcp__party_run(const char *text, const xword *w, size_t n, size_t a, size_t b, int li)
{
	if (li < 0 || li > 3)
		return 0;
	/* a place's word first ("Saudi Arabia"); a country after a first
	 * word of its own is a subsidiary's ("KNDS Deutschland", "Airbus
	 * España") */
	if (rcp__word_in(w[a].f, places))
		return 0;
	for (size_t k = a; k <= b; k++)
		if (w[k].t.digit)
			return 0;
	uint32_t s = w[a].t.sentence;
	if (b + 1 < n && w[b + 1].t.sentence == s && w[b + 1].t.cap)
		return 0;
	/* the subject of a supply verb: "Diehl Defence liefert", "KNDS
	 * Deutschland liefert" (two capitalised words are no common word;
	 * German puts a time first too: "Vergangene Woche erhielt") */
	if ((a == 0 || w[a - 1].t.sentence != s || !w[a - 1].t.cap) &&
	    !(li == 3 && rcp__word_in(w[b].f, german_times)) && supply_verb_after(text, w, n, b, li))
		return 1;
	/* after a party's words */
	if (a < 2 || w[a - 1].t.cap || w[a - 2].t.sentence != s ||
	    !rcp__word_in(w[a - 1].f, lasts))
		return 0;
	return party_place(text, w, n, a, li) == 1;
}
