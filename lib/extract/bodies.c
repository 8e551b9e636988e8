/*
 * bodies.c — public bodies the registry does not know, as counterparties.
 *
 * A claim's counterparty is any organization, and the registry cannot list
 * every county sheriff, ministry and army. A name of a public body's shape
 * is one: a head word that only bodies carry (Department, Ministry, Police,
 * Army, ministère, Ministerio, Policía, Bundespolizei, ...), with the
 * capitalised words around it ("Arizona Department of Corrections",
 * "ministère de l'Intérieur", "Guardia Civil", "Bundesministerium der
 * Verteidigung"), or a numbered unit ("Unit 9900"). An acronym defined in
 * parentheses right after it ("(ADC)") names it again later. A registry
 * body's name followed by "of that country" ("el Ministerio de Defensa de
 * ese país") is another country's body, not the registry's.
 *
 * Names of people have none of these shapes, and nothing here becomes a
 * registry entity: the name is the text's own bytes, reported beside a
 * claim with no id.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "stages.h"

/* (this runs on every word of every text: the first byte first) */
static int in_list(const char *w, const char *const *l)
{
	return rcp__word_in(w, l); /* hashed (lexicon.c): l must be a static list */
}

/* The first two bytes of a list's words, as bits: most words of a text
 * begin as none of them do, and are answered without the list. */
typedef struct pair_set {
	uint8_t bits[256 * 256 / 8];
} pair_set;

static void pair_add(pair_set *p, const char *const *l)
{
	for (int i = 0; l[i]; i++) {
		unsigned v = (unsigned char)l[i][0] << 8 | (unsigned char)l[i][1];
		p->bits[v >> 3] |= (uint8_t)(1u << (v & 7));
	}
}

static int pair_has(const pair_set *p, const char *w)
{
	unsigned v = (unsigned char)w[0] << 8 | (unsigned char)w[1];
	return p->bits[v >> 3] >> (v & 7) & 1;
}

static int ends_with(const char *w, const char *suffix)
{
	size_t n = strlen(w), k = strlen(suffix);
	return n > k && w[n - 1] == suffix[k - 1] && !strcmp(w + n - k, suffix);
}

/* Is folded word f a country's adjective in lower case, as French and
 * Spanish write it ("français", "israélienne", "israelí", "española") and
 * German declines it ("israelische", "deutschen")? A stem and an ending of
 * at most four letters. General knowledge, not a full list. */
static int nationality(const char *f, int li)
{
	static const char *const fr[] = {
		"francais", "israelien", "americain", "allemand", "espagnol", "britanniqu",
		"italien", "russe", "ukrainien", "marocain", "algerien", "tunisien", "libyen",
		"egyptien", "turc", "turqu", "grec", "belge", "suisse", "neerlandais", "norvegien",
		"suedois", "danois", "polonais", "chinois", "japonais", "indien", "iranien",
		"irakien", "syrien", "libanais", "saoudien", "palestinien", "colombien", "mexicain",
		"bresilien", "argentin", "chilien", "canadien", "australien", "portugais",
		"autrichien", "hongrois", "roumain", "serbe", "croate", "finlandais", "irlandais",
		"senegalais", "malien", "nigerian", "soudanais", "ethiopien", "kenyan",
		"sud-africain", "europeen", "federal", "venezuelien", "peruvien", "grecqu",
		"indonesien", "coreen", "emirien", "qatari", "pakistanais", "azerbaidjanais",
		"armenien", "georgien", "philippin", "vietnamien", "thailandais", "malaisien", NULL};
	static const char *const es[] = {
		"israeli", "estadounidense", "norteamerican", "frances", "aleman", "espanol",
		"britanic", "italian", "ruso", "rusa", "ucranian", "marroqui", "argelin", "tunecin",
		"libi", "egipci", "turc", "grieg", "belga", "suiz", "holandes", "neerlandes",
		"norueg", "suec", "danes", "polac", "chino", "china", "japones", "iran", "iraqui",
		"siri", "libanes", "saudi", "palestin", "colombian", "mexican", "brasilen",
		"argentin", "chilen", "venezolan", "peruan", "ecuatorian", "bolivian", "cuban",
		"canadiens", "australian", "portugues", "austriac", "hungar", "ruman", "serbi",
		"croata", "finlandes", "irlandes", "senegales", "malienses", "nigerian", "sudanes",
		"etiope", "kenian", "sudafrican", "europe", "federal", "mauritan", "indonesi",
		"corean", "emirati", "catari", "pakistani", "azerbaiyan", "armeni", "filipin",
		"vietnamit", "tailandes", "malasi", "indio", "india", NULL};
	if (li == 3)
		return ends_with(f, "ische") || ends_with(f, "ischen") || !strcmp(f, "deutsche") ||
		       !strcmp(f, "deutschen");
	const char *const *l = li == 1 ? fr : li == 2 ? es : NULL;
	if (!l)
		return 0;
	size_t n = 0;
	for (int k = 0; l[k]; k++) {
		if (l[k][0] != f[0])
			continue;
		size_t sl = strlen(l[k]);
		n = n ? n : strlen(f);
		if (n >= sl && n <= sl + 4 && !strncmp(f, l[k], sl))
			return 1;
	}
	return 0;
}

int rcp__nationality(const char *f, int li)
{
	return nationality(f, li);
}

/* Is w[k] a capitalised English country's adjective ("Israeli",
 * "Colombian", "French", "Spanish", "Chinese")? By its ending: "Local",
 * "Riot", "Secret", "Federal" have none of these. */
static int en_nationality(const char *text, const xword *x)
{
	static const char *const ends[] = {"an", "ese", "ish", "i", "ch", NULL};
	static const char *const short_ones[] = {"greek", "thai", "swiss", "us", "uk", NULL};
	if (!x->t.cap || x->t.digit)
		return 0;
	if (in_list(x->f, short_ones))
		return 1;
	if (x->t.flen < 4 || text[x->t.end - 1] < 'a' || text[x->t.end - 1] > 'z')
		return 0;
	for (int k = 0; ends[k]; k++)
		if (ends_with(x->f, ends[k]))
			return 1;
	return 0;
}

/* Words that begin a pension fund's name in French and Spanish. */
static const char *const fund_words[] = {"caisse", "fonds", "fondo", "caja", NULL};

/* Days of the week, capitalised in English and German, that follow a
 * subject ("the Board of ... Commissioners Thursday approved"). */
static const char *const weekdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                       "saturday", "sunday", "montag", "dienstag", "mittwoch",
                                       "donnerstag", "freitag", "samstag", "sonntag", NULL};

/* Head words: a capitalised one makes a body of the words around it. */
static const char *const heads[] = {
	"ministry", "department", "agency", "bureau", "directorate", "authority", "commission",
	"office", "service", "police", "army", "navy", "forces", "force", "guard", "corps",
	"command", "administration", "patrol", "gendarmerie", "constabulary",
	"ministere", "agence", "direction", "armee", "prefecture",
	"ministerio", "agencia", "direccion", "policia", "guardia", "ejercito", "armada",
	"secretaria", "ministerium", "polizei", "behorde", "streitkrafte",
	"government", "gouvernement", "gobierno", "regierung", "unit",
	/* assemblies, courts, institutes, councils: organizations too */
	"parliament", "parlement", "parlamento", "senate", "senat", "senado", "congress",
	"congreso", "assembly", "assemblee", "asamblea", "council", "conseil", "consejo",
	"court", "cour", "tribunal", "gericht", "institute", "institut", "instituto",
	/* a parliament's or a government's committees ("Avon Pension Fund
	 * Committee" is the fund's: after another head it ends the name) */
	"committee", "comite", "ausschuss",
	/* "Detroit Board of Police Commissioners", "New Jersey Division of
	 * Investment" ("Board of Directors" is a company's: see below) */
	"board", "division",
	"observatory", "observatoire", "observatorio", "university", "universite",
	"universidad", "universitat", "foundation", "fondation", "fundacion", "stiftung",
	"association", "asociacion", "verband", "syndicat", "sindicato", "gewerkschaft",
	"jefatura", "subdireccion", "mando", "nations", "naciones", "nationen", "burgerschaft",
	/* funds ("Norwegian Government Pension Fund", "Fondo de Reserva");
	 * not "Fonds", which German capitalises in every sentence */
	"militar", "fund", "fondo", "kustenwache", "luftwaffe",
	/* "New York City Pension Funds" */
	"funds",
	/* local and regional governments: "Ayuntamiento de Barcelona", "Junta de
	 * Andalucía", "Mairie de Paris" */
	"ayuntamiento", "consejeria", "junta", "generalitat", "xunta", "diputacion", "cabildo",
	"mairie", NULL};
/* Heads of bodies no state runs: an association, a union, a university. */
static const char *const civil_heads[] = {
	"university", "universite", "universidad", "universitat", "foundation", "fondation",
	"fundacion", "stiftung", "association", "asociacion", "verband", "syndicat", "sindicato",
	"gewerkschaft", "observatory", "observatoire", "observatorio", "fund", "funds", "fondo",
	NULL};
/* Lower-case heads that a body's adjective after them makes a name:
 * "la police nationale", "l'administration pénitentiaire". */
static const char *const lower_named[] = {"police", "gendarmerie", "policia", "administration",
                                          "guardia", "armee", "ejercito", "armada",
                                          "gouvernement", "gobierno", "marine",
                                          "guardacostas", NULL};
/* English bodies in lower case that a country's adjective before names:
 * "the Israeli army", "the Colombian police". */
static const char *const en_lower_named[] = {"government", "army", "navy", "police", NULL};
/* Two words of one: "the Greek coast guard", "the Israeli armed forces". */
static const char *const en_lower_firsts[] = {"coast", "border", "armed", "air", NULL};
static const char *const lower_adjectives[] = {"nationale", "nacional", "municipale",
                                               "municipal", "federale", "penitentiaire",
                                               "penitenciaria", "royale", "civil", "judiciaire",
                                               "autonomica", "foral", NULL};
/* Heads that name a body alone in lower case when a capitalised name
 * follows: "ministère de l'Intérieur", "ministerio del Interior". */
static const char *const lower_heads[] = {"ministere", "ministerio", "ministerium", "agence",
                                          "agencia", "direction", "direccion", "gouvernement",
                                          "gobierno", "mairie", "ayuntamiento",
                                          /* "the government of Colombia" */
                                          "government", NULL};
/* German compounds: one word is a whole body ("Bundespolizei",
 * "Verteidigungsministerium", "Bundeskriminalamt"). */
static const char *const compound_ends[] = {"ministerium", "polizei", "behorde",
                                            "kriminalamt", "nachrichtendienst", "regierung",
                                            "ausschuss",
                                            /* "Zollverwaltung", "Stadtverwaltung",
                                             * "Polizeidirektion", "Polizeipräsidium",
                                             * "Beschaffungsamt", "Finanzamt" */
                                            "verwaltung", "direktion", "prasidium",
                                            "beschaffungsamt", "zollamt", "finanzamt",
                                            "landratsamt", "ordnungsamt", NULL};
static const char *const compound_starts[] = {"bundes", "landes", NULL};
/* Prepositions of place before "der Stadt X": a place, not its government. */
static const char *const german_at[] = {"in", "aus", "nach", "bei", "an", "auf", "um", "zu",
                                        "von", "vor", "hinter", "uber", "unter", "durch",
                                        NULL};
static const char *const units[] = {"unit", "unite", "unidad", "einheit", "battalion",
                                    "brigade", "squadron", NULL};
static const char *const joins[] = {"of", "for", "on", "de", "des", "du", "la", "l", "d",
                                    "del", "fur", "der", "the", "and", "et", "y", "und",
                                    "von",
                                    /* "... Medios para la Seguridad", "Agence pour
                                     * la Sécurité" */
                                    "para", "pour", NULL};
/* Lower-case words that end a body's name after a capitalised head:
 * "Gendarmerie nationale", "Policía Nacional" is capitalised anyway. */
static const char *const adjectives[] = {"nationale", "national", "nacional", "federale",
                                         "federal", "municipale", "municipal", "royale",
                                         "royal", "civile", "civil", "militaire", "militar",
                                         "penitentiaire", "penitenciaria", "international",
                                         "internationale", "internacional", "europeen",
                                         "europeenne", "europeo", "europea", NULL};
static const char *const ands[] = {"and", "et", "y", "und", NULL};
/* Capitalised words that begin sentences and titles but name nothing. */
static const char *const stop[] = {
	"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
	"in", "on", "at", "by", "for", "with", "from", "to", "and", "or", "but", "as", "after",
	"before", "since", "when", "while", "under", "according", "also", "however", "meanwhile",
	"both", "each", "every", "le", "la", "les", "l", "un", "une", "ce", "cette", "et", "ou",
	"el", "los", "las", "una", "este", "esta", "ese", "esa", "die", "der", "das", "den",
	"dem", "des", "ein", "eine", "einer", "und", "oder", "im", "am", "y", "o", "de", "du",
	"del", "en", "dans", "sur", "par", "pour", "avec", "con", "por", "para", "mit", "von",
	"fur", "bei", "nach", "zu", "if", "so", "then", "than", "it", "he", "she", "they", "we",
	"i", "you", "former", "new", "first", "last", NULL};
/* Capitalised words of time and quantity that begin a sentence before a
 * head but name no body: "Yesterday Police said", "In March Army
 * officials", "Lundi Police", "Gestern Polizei", "Several Ministry". */
static const char *const time_words[] = {
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "janvier", "fevrier", "mars", "avril", "mai", "juin",
	"juillet", "aout", "septembre", "octobre", "novembre", "decembre", "enero", "febrero",
	"marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
	"noviembre", "diciembre", "januar", "februar", "marz", "juni", "juli", "oktober",
	"dezember", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes",
	"miercoles", "jueves", "viernes", "sabado", "domingo", "montag", "dienstag", "mittwoch",
	"donnerstag", "freitag", "samstag", "sonntag", "yesterday", "today", "tomorrow", "earlier",
	"later", "now", "recently", "several", "many", "some", "most", "local", "hier",
	"aujourd", "demain", "ayer", "hoy", "manana", "gestern", "heute", "morgen", "ahora",
	"maintenant", "jetzt", "other", "senior", "top", NULL};

/* Titles whose possessive names an office: "Sheriff's Department". */
static const char *const titles[] = {"sheriff", "governor", "mayor", "prosecutor",
                                     "attorney", "general", "marshal", "commissioner",
                                     "comptroller", NULL};
/* "of that country": the body is another country's. */
static const char *const qualifiers[] = {
	"of that country", "of the country", "de ese pais", "de este pais", "de dicho pais",
	"de ce pays", "de cet etat", "dieses landes", "jenes landes", NULL};

static int is_cap_word(const xword *w)
{
	return w->t.cap && !w->t.digit;
}

/* Are two words of one name: only spaces between them, an elision ("de
 * l'Intérieur") or an initial's full stop ("U.S. Army")? A comma, a
 * parenthesis or a line break ends a name. */
static int joined(const char *text, const xword *x, const xword *y)
{
	size_t i = x->t.end, e = y->t.start;
	if (e - i == 1 && (text[i] == '\'' || text[i] == ' '))
		return 1;
	/* "Agence France-Presse" */
	if (e - i == 1 && text[i] == '-' && y->t.cap)
		return 1;
	if (e - i == 3 && !memcmp(text + i, "\xe2\x80\x99", 3))
		return 1;
	/* a plural's possessive inside a name: "Chicago Teachers' Pension
	 * Fund", "Teachers’ Retirement System" */
	if (i > 0 && text[i - 1] == 's' && y->t.cap &&
	    ((e - i == 2 && !memcmp(text + i, "' ", 2)) ||
	     (e - i == 4 && !memcmp(text + i, "\xe2\x80\x99 ", 4))))
		return 1;
	if (x->t.end - x->t.start == 1 && text[i] == '.' && (e - i == 1 || (e - i == 2 && text[i + 1] == ' ')))
		return 1;
	return 0;
}

/* Words before a name that make it a part of something else: "its Legal
 * Department", "Microsoft's Security Division", "the company's Office". */
static int owned_by_other(const char *text, const xword *w, size_t a, const rcp__span *cov,
                          size_t ncov)
{
	static const char *const poss[] = {"its", "their", "his", "her", "our", "my", "your",
	                                   "sa", "son", "ses", "leur", "leurs", "su", "sus",
	                                   "sein", "seine", "seiner", "seinem", "ihr", "ihre",
	                                   "ihrer", "ihrem", NULL};
	if (a == 0 || w[a - 1].t.sentence != w[a].t.sentence)
		return 0;
	if (in_list(w[a - 1].f, poss))
		return 1;
	if (strcmp(w[a - 1].f, "s") || a < 2)
		return 0;
	size_t st = w[a - 1].t.start;
	int apos = (st >= 1 && text[st - 1] == '\'') ||
	           (st >= 3 && !memcmp(text + st - 3, "\xe2\x80\x99", 3));
	if (!apos)
		return 0;
	/* "the company's", or a registry organization's */
	const xword *o = &w[a - 2];
	for (size_t i = 0; i < ncov; i++)
		if (cov[i].start < o->t.end && o->t.start < cov[i].end)
			return 1;
	return !o->t.cap;
}

/* A company's departments: "Legal Department", "Sales Office". */
static int corporate_only(const xword *w, size_t a, size_t i)
{
	static const char *const corp[] = {"legal", "sales", "marketing", "finance", "financial",
	                                   "engineering", "compliance", "communications", "press",
	                                   "research", "product", "customer", "support",
	                                   "technical", "it", "hr", "human", "resources",
	                                   "procurement", "purchasing", "accounting", "design",
	                                   "investor", "relations", "corporate", "head", "main",
	                                   "regional", "local", "central", "international",
	                                   "global", "public", "government", NULL};
	if (a == i)
		return 0;
	for (size_t k = a; k < i; k++)
		if (!in_list(w[k].f, corp))
			return 0;
	return 1;
}

/* Is w[k] followed by " (ACRONYM)"? */
static int acronym_after(const char *text, size_t len, const xword *w, size_t n, size_t k)
{
	size_t p = w[k].t.end;
	if (p + 1 < len && text[p] == ' ')
		p++;
	if (p >= len || text[p] != '(' || k + 1 >= n || w[k + 1].t.start != p + 1)
		return 0;
	size_t e = w[k + 1].t.end;
	if (e >= len || text[e] != ')' || e - (p + 1) < 2 || e - (p + 1) > 10)
		return 0;
	for (size_t i = p + 1; i < e; i++)
		if (text[i] < 'A' || text[i] > 'Z')
			return 0;
	return 1;
}

/* Is the acronym word ac made of the initials of w[a..k] but joins? */
static int initials_match(const char *text, const xword *w, size_t a, size_t k,
                          const xword *ac)
{
	size_t al = ac->t.end - ac->t.start, m = 0;
	for (size_t i = a; i <= k; i++) {
		if (in_list(w[i].f, joins))
			continue;
		if (m >= al || (w[i].f[0] - 'a' + 'A') != text[ac->t.start + m])
			return 0;
		m++;
	}
	return m == al;
}

/* "Los Angeles", "El Paso", "La Paz": an article inside a sentence,
 * capitalised, begins a place's name. */
static int place_article(const xword *w, size_t i)
{
	static const char *const arts[] = {"los", "las", "el", "la", "le", "les", NULL};
	return i > 0 && w[i - 1].t.sentence == w[i].t.sentence && in_list(w[i].f, arts);
}

/* Does w[i] open "'s" after a title: the "s" of "Sheriff's"? */
static int title_possessive(const char *text, const xword *w, size_t i)
{
	if (i == 0 || strcmp(w[i].f, "s") || !in_list(w[i - 1].f, titles))
		return 0;
	size_t s = w[i].t.start;
	return (s >= 1 && text[s - 1] == '\'') ||
	       (s >= 3 && !memcmp(text + s - 3, "\xe2\x80\x99", 3));
}

/* The qualifiers' first bytes: every word of a body's name asks. */
static uint8_t qualifier_first[256];
static pthread_once_t qualifier_first_once = PTHREAD_ONCE_INIT;

static void qualifier_first_make(void)
{
	for (int k = 0; qualifiers[k]; k++)
		qualifier_first[(unsigned char)qualifiers[k][0]] = 1;
}

/* Words of a qualifier phrase at w[i]: 0 if none. */
size_t rcp__body_qualifier(const xword *w, size_t n, size_t i)
{
	pthread_once(&qualifier_first_once, qualifier_first_make);
	if (!qualifier_first[(unsigned char)w[i].f[0]])
		return 0;
	for (int k = 0; qualifiers[k]; k++) {
		const char *p = qualifiers[k];
		if (p[0] != w[i].f[0])
			continue;
		size_t j = i;
		int ok = 1;
		while (*p && ok) {
			const char *sp = strchr(p, ' ');
			size_t l = sp ? (size_t)(sp - p) : strlen(p);
			if (j >= n || w[j].t.sentence != w[i].t.sentence || strlen(w[j].f) != l ||
			    strncmp(w[j].f, p, l))
				ok = 0;
			j++;
			p = sp ? sp + 1 : p + l;
		}
		if (ok)
			return j - i;
	}
	return 0;
}

/* The kind and lines of work a body's name says. */
static void classify(const xword *w, size_t a, size_t b, int *kind, unsigned *cats)
{
	static const char *const police[] = {"police", "policia", "polizei", "gendarmerie",
	                                     "guardia", "sheriff", "constabulary", "patrol",
	                                     "carabinieri", NULL};
	static const char *const prisons[] = {"prison", "prisons", "corrections", "correctional",
	                                      "penitentiary", "penitentiaire", "penitenciarias",
	                                      "penitenciaria", "penitenciarios", "detention",
	                                      "justizvollzug", "strafvollzug", NULL};
	static const char *const military[] = {"army", "navy", "forces", "force", "corps", "marine",
	                                       "military", "armee", "ejercito", "armada",
	                                       "streitkrafte", "brigade", "battalion", "squadron",
	                                       "unit", "unite", "unidad", "einheit", "armees",
	                                       "defense", "defence", "defensa", "verteidigung", "militar",
	                                       "luftwaffe",
	                                       NULL};
	static const char *const agency[] = {"agency", "bureau", "administration", "agence",
	                                     "agencia", "behorde", NULL};
	static const char *const borders[] = {"border", "borders", "customs", "immigration",
	                                      "frontieres", "frontiere", "fronteras", "frontera",
	                                      "migration", "migrations", "asylum", "douanes",
	                                      "aduanas", "coast", "kustenwache", "guardacostas", NULL};
	static const char *const law[] = {"investigation", "investigations", "enforcement",
	                                  "enquetes", "investigacion", "kriminalamt", NULL};
	static const char *const intel[] = {"intelligence", "renseignement", "inteligencia",
	                                    "nachrichtendienst", NULL};
	int k = RCP_KIND_PUBLIC_BODY;
	unsigned c = 0;
	for (size_t i = a; i <= b; i++) {
		const char *f = w[i].f;
		if (in_list(f, police) || ends_with(f, "polizei")) {
			k = RCP_KIND_POLICE;
			c |= RCP_CAT_POLICING;
		} else if (in_list(f, prisons)) {
			k = RCP_KIND_PRISON_SERVICE;
			c |= RCP_CAT_PRISONS;
		} else if (in_list(f, military) || ends_with(f, "verteidigungsministerium")) {
			if (k == RCP_KIND_PUBLIC_BODY && strncmp(f, "def", 3) && strncmp(f, "vert", 4))
				k = RCP_KIND_MILITARY_UNIT;
			c |= RCP_CAT_MILITARY;
		} else if (in_list(f, agency) && k == RCP_KIND_PUBLIC_BODY) {
			k = RCP_KIND_AGENCY;
		} else if ((in_list(f, civil_heads) || in_list(f, fund_words) ||
		            !strncmp(f, "pensions", 8)) &&
		           k == RCP_KIND_PUBLIC_BODY) {
			k = RCP_KIND_OTHER_ORG;
		}
		if (in_list(f, borders) || !strncmp(f, "grenz", 5))
			c |= RCP_CAT_BORDERS;
		if (in_list(f, law) || ends_with(f, "kriminalamt"))
			c |= RCP_CAT_POLICING;
		if (in_list(f, intel) || ends_with(f, "nachrichtendienst"))
			c |= RCP_CAT_SURVEILLANCE;
	}
	*kind = k;
	*cats = c;
}

/* ---- the set of bodies of one text ---- */

static size_t key_hash(const char *k)
{
	uint64_t h = 1469598103934665603ull;
	for (; *k; k++)
		h = (h ^ (unsigned char)*k) * 1099511628211ull;
	return (size_t)h;
}

/* Twice the slots, every key placed again. */
static void rehash(rcp__bodies *s)
{
	size_t n = s->nslots ? s->nslots * 2 : 64;
	free(s->slots);
	s->slots = rcp__xcalloc(n, sizeof *s->slots);
	s->nslots = n;
	for (size_t i = 0; i < s->n; i++) {
		size_t h = key_hash(s->v[i].key) & (n - 1);
		while (s->slots[h])
			h = (h + 1) & (n - 1);
		s->slots[h] = (uint32_t)i + 1;
	}
}

uint32_t rcp__body_add(rcp__bodies *s, const char *text, const xword *w, size_t a, size_t b,
                       size_t end)
{
	size_t start = w[a].t.start, kl;
	char *key = rcp__fold_dup(text + start, end - start, &kl);
	/* by hash: a long text may name thousands (a list of companies) */
	if (s->n * 2 >= s->nslots)
		rehash(s);
	size_t mask = s->nslots - 1, h = key_hash(key) & mask;
	for (; s->slots[h]; h = (h + 1) & mask)
		if (!strcmp(s->v[s->slots[h] - 1].key, key)) {
			free(key);
			return s->slots[h] - 1;
		}
	s->slots[h] = (uint32_t)s->n + 1;
	if (s->n == s->cap)
		s->v = rcp__xrealloc(s->v, (s->cap = s->cap ? s->cap * 2 : 8) * sizeof *s->v);
	rcp__body *x = &s->v[s->n];
	memset(x, 0, sizeof *x);
	x->key = key;
	x->name = rcp__xstrndup(text + start, end - start);
	classify(w, a, b, &x->kind, &x->categories);
	return (uint32_t)s->n++;
}

void rcp__bodies_release(rcp__bodies *s)
{
	for (size_t i = 0; i < s->n; i++) {
		free(s->v[i].key);
		free(s->v[i].name);
	}
	free(s->v);
	free(s->slots);
	memset(s, 0, sizeof *s);
}

static int covered(const rcp__span *cov, size_t ncov, size_t a, size_t b)
{
	for (size_t i = 0; i < ncov; i++)
		if (cov[i].start < b && a < cov[i].end)
			return 1;
	return 0;
}

/* Is w[i] a head of a body name, and may it stand in lower case? */
static int head_at(const xword *w, size_t i, int *lower_ok)
{
	*lower_ok = in_list(w[i].f, lower_heads);
	return in_list(w[i].f, heads);
}

static int compound_body(const xword *w, size_t i)
{
	if (!is_cap_word(&w[i]) || w[i].t.flen < 7)
		return 0;
	int state = 0;
	for (int k = 0; compound_starts[k]; k++)
		state |= !strncmp(w[i].f, compound_starts[k], strlen(compound_starts[k]));
	/* "Polizeibehörde", "Landesregierung" is a name, "Regierung" none: a
	 * behörde or a government is one with its state's prefix */
	if (!state && (ends_with(w[i].f, "behorde") || ends_with(w[i].f, "regierung")))
		return 0;
	/* "Vermögensverwaltung", "Kapitalverwaltung" are a company's or a
	 * fund's trade or department, "Hausverwaltung" too */
	if (ends_with(w[i].f, "verwaltung") &&
	    (strstr(w[i].f, "vermogens") || strstr(w[i].f, "kapital") ||
	     strstr(w[i].f, "hausverw") || strstr(w[i].f, "immobilien")))
		return 0;
	for (int k = 0; compound_ends[k]; k++)
		if (ends_with(w[i].f, compound_ends[k]))
			return 1;
	/* "Bundestag", "des Bundestages", "Landtag" */
	if (!strncmp(w[i].f, "bundestag", 9) || !strncmp(w[i].f, "landtag", 7) ||
	    !strncmp(w[i].f, "bundesrat", 9))
		return 1;
	/* "Bundesamt für Migration", "Landesamt" */
	for (int k = 0; compound_starts[k]; k++)
		if (!strncmp(w[i].f, compound_starts[k], strlen(compound_starts[k])) &&
		    (ends_with(w[i].f, "amt") || ends_with(w[i].f, "agentur") ||
		     ends_with(w[i].f, "anstalt")))
			return 1;
	return 0;
}

/* Is w[j] in capitals, two letters or more ("NRW", "LKA")? */
static int all_caps(const char *text, const xword *x)
{
	if (x->t.end - x->t.start < 2)
		return 0;
	for (size_t k = x->t.start; k < x->t.end; k++)
		if (text[k] < 'A' || text[k] > 'Z')
			return 0;
	return 1;
}

/* "Bureau of Alcohol, Tobacco, Firearms and Explosives", "Jefatura de
 * Sistemas de Información, Telecomunicaciones y Asistencia Técnica": at
 * w[j], after a comma, capitalised words separated by commas up to "and"
 * and a last one. The last word of the series, or 0. */
static size_t comma_series(const char *text, const xword *w, size_t n, size_t j, uint32_t sent)
{
	for (size_t k = j; k < n && k < j + 12 && w[k].t.sentence == sent; k++) {
		if (in_list(w[k].f, ands))
			return k + 1 < n && w[k + 1].t.sentence == sent && is_cap_word(&w[k + 1]) &&
			               joined(text, &w[k], &w[k + 1])
			           ? k + 1
			           : 0;
		if (!is_cap_word(&w[k]) || in_list(w[k].f, stop))
			return 0;
		size_t gap = w[k + 1 < n ? k + 1 : k].t.start - w[k].t.end;
		if (k + 1 >= n ||
		    !((gap == 2 && !memcmp(text + w[k].t.end, ", ", 2)) || joined(text, &w[k], &w[k + 1])))
			return 0;
	}
	return 0;
}

/* Is the end of a body's name, words i+1..b after its head i (past "de",
 * "del", "of", "von" after a head in lower case), a person's name the text
 * tells as such? */
static int person_after_head(const char *text, const xword *w, size_t n, size_t i, size_t b,
                             int li)
{
	static const char *const name_joins[] = {"de", "del", "of", "von", "du", "des", NULL};
	size_t t = i + 1;
	while (t <= b && !w[t].t.cap && in_list(w[t].f, name_joins))
		t++;
	/* a capitalised head with "de" is a name of its own ("Observatorio
	 * de Seguridad Nacional"): only a head in lower case ("el ministerio
	 * de X") or a name glued to the head ("Gobierno Pedro Sánchez");
	 * German capitalises every noun ("das Ministerium von X") */
	if (t > i + 1 && w[i].t.cap && li != 3)
		return 0;
	return t < b && rcp__person_told(text, w, n, t, b, li);
}

/* The last word of a civil body's name in lower case after its head w[i]
 * (its name so far ends at b): an adjective, then "des", "de la", "del" and
 * up to four more words ending in a noun or an adjective ("Syndicat
 * national des directeurs pénitentiaires", "Observatoire euroméditerranéen
 * des droits de l'Homme"); b if none. */
static size_t civil_tail(const char *text, const xword *w, size_t n, size_t i, size_t b)
{
	static const char *const of[] = {"de", "des", "du", "del", "d", NULL};
	static const char *const inner[] = {"de", "des", "du", "del", "d", "la", "l", "los",
	                                    "las", "le", "les", "et", "y", NULL};
	static const char *const ends[] = {"qui", "que", "dont", "a", "est", "sont", "ont",
	                                   "es", "son", "ha", "han", "cuyo", "cuya", "en",
	                                   "dans", "pour", "para", "par", "por", "sur", "avec",
	                                   "con", "contre", "contra", "selon", "segun", NULL};
	uint32_t sent = w[i].t.sentence;
	size_t j = b + 1;
	/* one lower-case adjective right after the head */
	if (j + 1 < n && j == i + 1 && !w[j].t.cap && w[j].t.sentence == sent &&
	    joined(text, &w[j - 1], &w[j]) && !in_list(w[j].f, inner) &&
	    !in_list(w[j].f, ends) && in_list(w[j + 1].f, of))
		j++;
	if (j >= n || w[j].t.sentence != sent || w[j].t.cap || !in_list(w[j].f, of) ||
	    !joined(text, &w[j - 1], &w[j]))
		return b;
	size_t last = b, words = 0;
	for (size_t k = j + 1; k < n && k < j + 5 && w[k].t.sentence == sent &&
	                       joined(text, &w[k - 1], &w[k]) && !w[k].t.digit;
	     k++) {
		if (in_list(w[k].f, inner))
			continue;
		if (in_list(w[k].f, ends) || in_list(w[k].f, stop) || in_list(w[k].f, civil_heads))
			break;
		/* its first noun in lower case: a capitalised one after "de"
		 * the loop above left is another's name */
		if (!words && w[k].t.cap)
			break;
		last = k;
		words++;
	}
	return words ? last : b;
}

/* "Norwegian Government Pension Fund – Global": a fund's name goes on after
 * a dash with one capitalised word that ends it. */
static int fund_dash(const char *text, size_t len, const xword *w, size_t n, size_t b)
{
	static const char *const funds[] = {"fund", "fondo", "fonds", NULL};
	if (!in_list(w[b].f, funds) || b + 1 >= n || w[b + 1].t.sentence != w[b].t.sentence ||
	    !is_cap_word(&w[b + 1]) || in_list(w[b + 1].f, stop))
		return 0;
	size_t p = w[b].t.end, q = w[b + 1].t.start;
	int dash = (q - p == 3 && !memcmp(text + p, " - ", 3)) ||
	           (q - p == 5 && !memcmp(text + p, " \xe2\x80\x93 ", 5));
	if (!dash)
		return 0;
	/* one word: "Fund – Global", not "Fund – Global Equities Team" */
	return !(b + 2 < n && w[b + 2].t.sentence == w[b].t.sentence &&
	         joined(text, &w[b + 1], &w[b + 2]) && w[b + 2].t.cap) &&
	       w[b + 1].t.end <= len;
}

/* German places that name a Land's or a city's body after it
 * ("Landespolizei Sachsen", "Polizei Hamburg", "Innenministerium
 * Baden-Württemberg"): the Länder and the larger cities, folded; a
 * hyphenated one by its first word. */
static int german_place(const xword *x)
{
	static const char *const places[] = {
		"baden", "bayern", "berlin", "brandenburg", "bremen", "hamburg", "hessen",
		"mecklenburg", "niedersachsen", "nordrhein", "nrw", "rheinland", "saarland",
		"sachsen", "schleswig", "thuringen", "munchen", "koln", "frankfurt", "stuttgart",
		"dusseldorf", "dortmund", "essen", "leipzig", "dresden", "hannover", "nurnberg",
		"duisburg", "bochum", "bonn", "mannheim", "karlsruhe", "wiesbaden", "munster",
		"mainz", "kiel", "magdeburg", "erfurt", "potsdam", "schwerin", "saarbrucken",
		"freiburg", "rostock", "wien", "zurich", "bern", "basel", NULL};
	return is_cap_word(x) && in_list(x->f, places);
}

/* Is a German noun a field of work by its ending ("Ausrüstung",
 * "Informationstechnik", "Sicherheit", "Grenzschutz"), as an office's
 * name lists them, not a company's or a person's? */
static int german_field(const xword *x)
{
	static const char *const ends[] = {"ung", "ungen", "heit", "keit", "schaft", "tion",
	                                   "ik", "tat", "wesen", "schutz", "fahrt", "recht", NULL};
	return rcp__word_ends_any(x, ends);
}

/* The rest of a German body's name after its word w[i]: a place ("Sachsen",
 * "Baden-Württemberg"), or "für" and capitalised words ("für Migration und
 * Flüchtlinge"), or for a ministry or an office "des"/"der" and one
 * ("des Innern", "der Justiz"). Its last word, or i. */
static size_t german_body_tail(const char *text, const xword *w, size_t n, size_t i)
{
	uint32_t sent = w[i].t.sentence;
	size_t j = i + 1;
	if (j >= n || w[j].t.sentence != sent || !joined(text, &w[i], &w[j]))
		return i;
	if (german_place(&w[j])) {
		/* "Baden-Württemberg", "Sachsen-Anhalt" */
		while (j + 1 < n && w[j + 1].t.sentence == sent && text[w[j].t.end] == '-' &&
		       w[j + 1].t.start == w[j].t.end + 1 && is_cap_word(&w[j + 1]))
			j++;
		return j;
	}
	int office = ends_with(w[i].f, "ministerium") || ends_with(w[i].f, "amt");
	if (!(!strcmp(w[j].f, "fur") || (office && (!strcmp(w[j].f, "des") || !strcmp(w[j].f, "der")))) ||
	    w[j].t.cap)
		return i;
	/* "der Bundeswehr": a genitive of these ends the name */
	static const char *const owners[] = {"bundeswehr", "bundes", "lander", "bundesregierung",
	                                     NULL};
	size_t b = i;
	for (size_t k = j + 1; k < n && k < j + 12 && w[k].t.sentence == sent; k++) {
		if (!joined(text, &w[k - 1], &w[k])) {
			/* "für Ausrüstung, Informationstechnik und Nutzung" */
			size_t series = b == k - 1 && w[k - 1].t.end + 2 == w[k].t.start &&
			                        text[w[k - 1].t.end] == ','
			                    ? comma_series(text, w, n, k, sent)
			                    : 0;
			for (size_t m = k; series && m <= series; m++)
				if (is_cap_word(&w[m]) && !german_field(&w[m]))
					series = 0;
			if (!series)
				break;
			b = k = series;
			continue;
		}
		if (is_cap_word(&w[k]) && !in_list(w[k].f, stop))
			b = k;
		else if ((!strcmp(w[k].f, "der") || !strcmp(w[k].f, "des")) && b == k - 1 &&
		         k + 1 < n && is_cap_word(&w[k + 1]) && in_list(w[k + 1].f, owners) &&
		         joined(text, &w[k], &w[k + 1]))
			return k + 1;
		else if (!(in_list(w[k].f, ands) && k + 1 < n && is_cap_word(&w[k + 1])))
			break;
	}
	return b;
}

/* A pension fund named by whom it pays: "caisse de pension(s) de la ville
 * de Zurich", "fonds de pension du canton de Genève", "fondo de pensiones
 * de Noruega", "die Pensionskasse der Stadt Zürich", "Pensionskasse des
 * Bundes". Its last word, or i if none (a fund with no name of its own, "un
 * fonds de pension", is none). */
static size_t pension_fund(const char *text, const xword *w, size_t n, size_t i, int li)
{
	static const char *const pension[] = {"pension", "pensions", "pensiones", "retraite",
	                                      "retraites", "jubilacion", NULL};
	static const char *const of[] = {"de", "du", "del", "des", "der", "d", NULL};
	static const char *const places[] = {"ville", "canton", "cite", "ciudad", "comunidad",
	                                     "estado", "etat", "stadt", "kantons", "landes",
	                                     "gemeinde", "region", NULL};
	uint32_t sent = w[i].t.sentence;
	size_t j;
	if (li == 3) {
		if (w[i].f[0] != 'p' || strncmp(w[i].f, "pension", 7) || !is_cap_word(&w[i]) ||
		    !(ends_with(w[i].f, "kasse") || ends_with(w[i].f, "fonds")))
			return i;
		j = i + 1;
	} else {
		if (w[i].t.cap || !in_list(w[i].f, fund_words) || i + 2 >= n ||
		    strcmp(w[i + 1].f, "de") || !in_list(w[i + 2].f, pension))
			return i;
		j = i + 3;
		/* "fonds de pension néerlandais", "fondo de pensiones noruego" */
		if (j < n && !w[j].t.cap && nationality(w[j].f, li))
			j++;
	}
	/* "de la ville de", "der Stadt", "des Bundes", "du canton de" */
	if (j + 1 >= n || w[j].t.sentence != sent || !in_list(w[j].f, of) || w[j].t.cap)
		return i;
	j++;
	if (j < n && (!strcmp(w[j].f, "la") || !strcmp(w[j].f, "l")) && !w[j].t.cap)
		j++;
	if (j < n && in_list(w[j].f, places)) {
		if (li == 3 && is_cap_word(&w[j]) && j + 1 < n && is_cap_word(&w[j + 1]) &&
		    w[j + 1].t.sentence == sent)
			return j + 1; /* "der Stadt Zürich" */
		j++;
		if (li != 3 && j < n && in_list(w[j].f, of) && !w[j].t.cap)
			j++;
	} else if (li == 3 && j < n && !strcmp(w[j].f, "bundes"))
		return j;
	if (j >= n || w[j].t.sentence != sent || !is_cap_word(&w[j]) || in_list(w[j].f, stop) ||
	    !joined(text, &w[j - 1], &w[j]))
		return i;
	while (j + 1 < n && w[j + 1].t.sentence == sent && is_cap_word(&w[j + 1]) &&
	       !in_list(w[j + 1].f, stop) && joined(text, &w[j], &w[j + 1]))
		j++;
	return j;
}

/* "the City of Leavenworth", "Town of Gilbert", "County of San Diego",
 * "la Ville de Paris": a local government by its title, capitalised, and
 * its place's capitalised words. The last word, or i. */
static size_t city_of(const char *text, const xword *w, size_t n, size_t i, int li)
{
	static const char *const en[] = {"city", "town", "village", "borough", "county", NULL};
	if (!is_cap_word(&w[i]) || i + 2 >= n)
		return i;
	if (!(li == 0 ? in_list(w[i].f, en) && !strcmp(w[i + 1].f, "of")
	              : li == 1 && !strcmp(w[i].f, "ville") && !strcmp(w[i + 1].f, "de")))
		return i;
	uint32_t sent = w[i].t.sentence;
	/* "Kansas City of ...", "Mexico City of ...": a place's own name */
	if (i > 0 && w[i - 1].t.sentence == sent && is_cap_word(&w[i - 1]) &&
	    !in_list(w[i - 1].f, stop) && joined(text, &w[i - 1], &w[i]))
		return i;
	size_t b = i + 1;
	while (b + 1 < n && b - i < 4 && w[b + 1].t.sentence == sent && is_cap_word(&w[b + 1]) &&
	       !in_list(w[b + 1].f, stop) && joined(text, &w[b], &w[b + 1]))
		b++;
	return b > i + 1 ? b : i;
}

/* "coast guard", "border police", "border guard", "armed forces", "air
 * force" in lower case at w[i]: its last word, or i. */
static size_t en_lower_two(const char *text, const xword *w, size_t n, size_t i)
{
	static const char *const pairs[][2] = {{"coast", "guard"}, {"border", "police"},
	                                       {"border", "guard"}, {"border", "guards"},
	                                       {"armed", "forces"}, {"air", "force"}, {NULL, NULL}};
	if (i + 1 >= n || w[i + 1].t.cap || w[i + 1].t.sentence != w[i].t.sentence ||
	    !joined(text, &w[i], &w[i + 1]))
		return i;
	for (int k = 0; pairs[k][0]; k++)
		if (!strcmp(w[i].f, pairs[k][0]) && !strcmp(w[i + 1].f, pairs[k][1]))
			return i + 1;
	return i;
}

/* "a Kansas district court", "a Texas federal court": an English court
 * in lower case after its place's capitalised name: the court's word, or
 * i if none. */
static size_t court_after(const char *text, const xword *w, size_t n, size_t i)
{
	static const char *const kinds[] = {"district", "federal", "county", "circuit",
	                                    "appeals", "state", "supreme", "bankruptcy",
	                                    "superior", "immigration", "municipal", NULL};
	if (i + 2 >= n || w[i + 2].t.sentence != w[i].t.sentence || w[i + 1].t.cap ||
	    w[i + 2].t.cap || strcmp(w[i + 2].f, "court") || !in_list(w[i + 1].f, kinds) ||
	    !joined(text, &w[i], &w[i + 1]) || !joined(text, &w[i + 1], &w[i + 2]))
		return i;
	return i + 2;
}

/* "l'armée de terre", "l'armée de l'air (et de l'espace)": a French
 * army's branch after it in lower case; its last word, or i if none. */
static size_t army_branch(const xword *w, size_t n, size_t i)
{
	if (i + 2 >= n || strcmp(w[i + 1].f, "de") || w[i + 2].t.sentence != w[i].t.sentence)
		return i;
	if (!strcmp(w[i + 2].f, "terre"))
		return i + 2;
	if (i + 3 < n && !strcmp(w[i + 2].f, "l") && !strcmp(w[i + 3].f, "air") &&
	    w[i + 3].t.sentence == w[i].t.sentence) {
		if (i + 7 < n && !strcmp(w[i + 4].f, "et") && !strcmp(w[i + 5].f, "de") &&
		    !strcmp(w[i + 6].f, "l") && !strcmp(w[i + 7].f, "espace"))
			return i + 7;
		return i + 3;
	}
	return i;
}

/* "U.S. Army Contracting Command", "Army Materiel Command": in English one
 * or two capitalised words after a head and then another head are one
 * name. Is there such a head right after w[j]? */
static int head_follows(const char *text, const xword *w, size_t n, size_t j)
{
	for (size_t k = j + 1; k < n && k <= j + 2 && w[k].t.sentence == w[j].t.sentence &&
	                       is_cap_word(&w[k]) && joined(text, &w[k - 1], &w[k]);
	     k++)
		if (in_list(w[k].f, heads))
			return 1;
	return 0;
}

/* "the Army awarded", "the Navy's drones", "the Air Force": English names
 * a country's force bare, capitalised after "the"; Spanish too ("el
 * Ejército", "la Armada"). A mention of the body
 * the text names in full with it ("the U.S. Army"), else of one of its
 * own. Outside the spans cov (registry) and found (bodies, by start). */
static void bare_forces(rcp__bodies *s, int li, const char *text, const xword *w, size_t n,
                        const rcp__span *cov, size_t ncov, const rcp__vec *found,
                        void (*fn)(uint32_t body, size_t start, size_t end, void *ctx),
                        void *ctx)
{
	static const char *const one[] = {"army", "navy", NULL};
	static const char *const two[][2] = {{"air", "force"}, {"coast", "guard"},
	                                     {"marine", "corps"}, {"national", "guard"},
	                                     {"space", "force"}, {NULL, NULL}};
	/* Spanish: "el Ejército", "la Armada", "del Ejército" */
	static const char *const es_one[] = {"ejercito", "armada", NULL};
	static const char *const es_articles[] = {"el", "la", "del", "al", NULL};
	static const char *const es_after[] = {"de", "del", NULL};
	const rcp__span *fs = found->v;
	size_t fi = 0;
	for (size_t i = 1; i < n; i++) {
		if (!is_cap_word(&w[i]) || w[i - 1].t.sentence != w[i].t.sentence ||
		    (li == 2 ? !in_list(w[i - 1].f, es_articles) : strcmp(w[i - 1].f, "the")))
			continue;
		size_t b = i;
		if (li == 2) {
			/* "el Ejército de Tierra" is another's name, "el Ejército
			 * hebreo" another country's */
			if (!in_list(w[i].f, es_one) ||
			    (i + 1 < n && w[i + 1].t.sentence == w[i].t.sentence &&
			     joined(text, &w[i], &w[i + 1]) &&
			     (in_list(w[i + 1].f, es_after) || (!w[i + 1].t.cap && nationality(w[i + 1].f, 2)))))
				continue;
		} else if (!in_list(w[i].f, one)) {
			int k = 0;
			for (; two[k][0]; k++)
				if (!strcmp(w[i].f, two[k][0]) && i + 1 < n && !strcmp(w[i + 1].f, two[k][1]) &&
				    is_cap_word(&w[i + 1]) && joined(text, &w[i], &w[i + 1]))
					break;
			if (!two[k][0])
				continue;
			b = i + 1;
		}
		/* "the Army Corps of Engineers" is another's name */
		if (b + 1 < n && w[b + 1].t.sentence == w[b].t.sentence && is_cap_word(&w[b + 1]) &&
		    joined(text, &w[b], &w[b + 1]))
			continue;
		size_t st = w[i].t.start, en = w[b].t.end;
		while (fi < found->n && fs[fi].end <= st)
			fi++;
		if ((fi < found->n && fs[fi].start < en) || covered(cov, ncov, st, en))
			continue;
		/* the full name told in the text: "U.S. Army" for "Army" */
		size_t kl;
		char *key = rcp__fold_dup(text + st, en - st, &kl);
		uint32_t id = UINT32_MAX;
		for (size_t k = 0; k < s->n && id == UINT32_MAX; k++) {
			size_t l = strlen(s->v[k].key);
			if (l > kl && s->v[k].key[l - kl - 1] == ' ' && !strcmp(s->v[k].key + l - kl, key))
				id = (uint32_t)k;
		}
		free(key);
		if (id == UINT32_MAX)
			id = rcp__body_add(s, text, w, i, b, en);
		fn(id, st, en, ctx);
		i = b;
	}
}

/* Is there a join ("of", "de") between head w[i] and "and" at w[j]? "the
 * Department of Justice and Security" goes on; "Police and Army" are two. */
static int past_join_before_and(const xword *w, size_t i, size_t j)
{
	for (size_t k = i + 1; k < j; k++)
		if (in_list(w[k].f, joins) && !in_list(w[k].f, ands))
			return 1;
	return 0;
}

/* Do joins that begin with a preposition ("de", "des", "de la", "de l'",
 * not "la Junta") begin at w[k], joined, and a capitalised word follow? */
static int join_then_cap(const char *text, const xword *w, size_t n, size_t k)
{
	static const char *const preps[] = {"de", "des", "du", "del", "d", NULL};
	if (k >= n || !in_list(w[k].f, preps))
		return 0;
	size_t m = k;
	while (m < n && m < k + 3 && !w[m].t.cap && in_list(w[m].f, joins) && !in_list(w[m].f, ands) &&
	       w[m].t.sentence == w[k].t.sentence && joined(text, &w[m - 1], &w[m]))
		m++;
	/* "et de la Marine nationale": a head begins another body */
	return m > k && m < n && w[m].t.sentence == w[k].t.sentence && is_cap_word(&w[m]) &&
	       !in_list(w[m].f, stop) && !in_list(w[m].f, heads) && strcmp(w[m].f, "marine") &&
	       joined(text, &w[m - 1], &w[m]);
}

/* Is w[j] followed by "'s" ("Brazil's")? */
static int possessive_after(const char *text, const xword *w, size_t n, size_t j)
{
	if (j + 1 >= n || strcmp(w[j + 1].f, "s") || w[j + 1].t.sentence != w[j].t.sentence)
		return 0;
	size_t e = w[j].t.end;
	return (w[j + 1].t.start == e + 1 && text[e] == '\'') ||
	       (w[j + 1].t.start == e + 3 && !memcmp(text + e, "\xe2\x80\x99", 3));
}

/* Is the sentence of w[i] in title case: four words or more of four
 * letters or more, every one capitalised ("Israeli Firm Wins Police
 * Contract")? Cached by sentence in *sent, *is. */
static int title_sentence(const xword *w, size_t n, size_t i, uint32_t *sent, int *is)
{
	uint32_t s = w[i].t.sentence;
	if (*sent == s + 1)
		return *is;
	size_t a = i, long_words = 0;
	while (a > 0 && w[a - 1].t.sentence == s)
		a--;
	int all = 1;
	for (size_t k = a; k < n && w[k].t.sentence == s && all; k++)
		if (w[k].t.flen >= 4 && !w[k].t.digit) {
			long_words++;
			all = w[k].t.cap;
		}
	*sent = s + 1;
	*is = all && long_words >= 4;
	return *is;
}

void rcp__bodies_find(rcp__bodies *s, int li, const char *text, size_t len, const xword *w,
                      size_t n, const rcp__span *cov, size_t ncov,
                      void (*fn)(uint32_t body, size_t start, size_t end, void *ctx), void *ctx)
{
	uint32_t title_sent = 0, shout_sent = 0; /* 1 + the sentence title_is says */
	int title_is = 0, shout_is = 0;
	rcp__vec found_spans = {0, 0, 0, sizeof(rcp__span)}; /* the names told, in order */
	/* the first two bytes of the lower-case words that may begin a body,
	 * and of the heads */
	struct {
		pair_set lower, heads;
	} *ps = rcp__xcalloc(1, sizeof *ps);
	pair_add(&ps->lower, lower_heads);
	pair_add(&ps->lower, en_lower_named);
	pair_add(&ps->lower, lower_named);
	pair_add(&ps->lower, fund_words);
	pair_add(&ps->lower, en_lower_firsts);
	pair_add(&ps->heads, heads);
	pair_add(&ps->heads, lower_heads);
	for (size_t i = 0; i < n; i++) {
		uint32_t sent = w[i].t.sentence;
		size_t a = i, b = i, numbered = 0; /* "de Opina 360" after the name: its word */
		int lower_ok = 0, found = 0;
		/* most words are neither capitalised nor a lower-case head */
		if (!w[i].t.cap &&
		    (!pair_has(&ps->lower, w[i].f) ||
		     (!in_list(w[i].f, lower_heads) && !in_list(w[i].f, en_lower_named) &&
		      !in_list(w[i].f, lower_named) && !in_list(w[i].f, fund_words) &&
		      !in_list(w[i].f, en_lower_firsts))))
			continue;
		/* "LA GENDARMERIE ACHÈTE DES DRONES": capitals name nothing */
		if (w[i].t.cap && rcp__shouting(text, w, n, i, &shout_sent, &shout_is))
			continue;
		if (compound_body(w, i)) {
			/* "der europäischen Grenzschutzpolizei": Europe is no state,
			 * its adjective in small letters describes (its bodies are
			 * "Europäische ...", "EU-...") */
			if (li == 3 && i > 0 && w[i - 1].t.sentence == sent && !w[i - 1].t.cap &&
			    !strncmp(w[i - 1].f, "europ", 5) && joined(text, &w[i - 1], &w[i]))
				continue;
			/* "die österreichische Bundesregierung": another state's */
			if (li == 3 && i > 0 && w[i - 1].t.sentence == sent && !w[i - 1].t.cap &&
			    nationality(w[i - 1].f, 3) && strncmp(w[i - 1].f, "deutsch", 7) &&
			    joined(text, &w[i - 1], &w[i]))
				a = i - 1;
			/* "die Eidgenössische Zollverwaltung", "das Bayerische
			 * Landeskriminalamt": a capitalised adjective is the name's */
			static const char *const name_adjective[] = {"sche", "schen", "sches", NULL};
			if (li == 3 && i > 0 && w[i - 1].t.sentence == sent && is_cap_word(&w[i - 1]) &&
			    !in_list(w[i - 1].f, stop) && rcp__word_ends_any(&w[i - 1], name_adjective) &&
			    joined(text, &w[i - 1], &w[i]) &&
			    !covered(cov, ncov, w[i - 1].t.start, w[i - 1].t.end))
				a = i - 1;
			/* "Landeskriminalamt NRW", "Landespolizei Sachsen", "Bundesamt
			 * für Migration und Flüchtlinge", "Bundesministerium des Innern" */
			if (i + 1 < n && w[i + 1].t.sentence == sent && all_caps(text, &w[i + 1]) &&
			    joined(text, &w[i], &w[i + 1]))
				b = i + 1;
			else
				b = german_body_tail(text, w, n, i);
			found = 1;
		} else if (li == 3 && is_cap_word(&w[i]) && w[i].t.flen >= 7 &&
		           (!strcmp(w[i].f, "polizei") || ends_with(w[i].f, "anwaltschaft") ||
		            ends_with(w[i].f, "regierung") || ends_with(w[i].f, "behorde")) &&
		           (b = german_body_tail(text, w, n, i)) > i) {
			/* "Polizei Hamburg", "Staatsanwaltschaft München": a body
			 * that every place has, named with its place */
			found = 1;
		} else if (li == 3 && is_cap_word(&w[i]) &&
		           (!strcmp(w[i].f, "land") || !strcmp(w[i].f, "freistaat")) && i + 1 < n &&
		           w[i + 1].t.sentence == sent && is_cap_word(&w[i + 1]) &&
		           !in_list(w[i + 1].f, stop) && joined(text, &w[i], &w[i + 1])) {
			/* "das Land Hessen", "der Freistaat Bayern": a state */
			b = i + 1;
			found = 1;
		} else if (li == 3 && is_cap_word(&w[i]) &&
		           (!strcmp(w[i].f, "stadt") || !strcmp(w[i].f, "gemeinde") ||
		            !strcmp(w[i].f, "landkreis")) &&
		           i + 1 < n && w[i + 1].t.sentence == sent && is_cap_word(&w[i + 1]) &&
		           !in_list(w[i + 1].f, stop) && joined(text, &w[i], &w[i + 1]) && i >= 1 &&
		           w[i - 1].t.sentence == sent &&
		           (!strcmp(w[i - 1].f, "die") || !strcmp(w[i - 1].f, "der")) &&
		           !(i >= 2 && w[i - 2].t.sentence == sent && in_list(w[i - 2].f, german_at))) {
			/* "die Stadt Leipzig beauftragte", "der Landkreis Celle": a
			 * town as the one that acts, not "in der Stadt Leipzig" */
			b = i + 1;
			found = 1;
		} else if ((!w[i].t.cap || !strcmp(w[i].f, "marine")) && (li == 1 || li == 2) &&
		           in_list(w[i].f, lower_named) &&
		           i + 1 < n && w[i + 1].t.sentence == sent &&
		           (in_list(w[i + 1].f, lower_adjectives) || nationality(w[i + 1].f, li)) &&
		           joined(text, &w[i], &w[i + 1])) {
			/* "la police nationale", "l'administration pénitentiaire",
			 * "le gouvernement français", "el ejército israelí" */
			b = i + 1;
			found = 1;
		} else if ((li == 1 || li == 2 || li == 3) && (b = pension_fund(text, w, n, i, li)) > i) {
			/* "la caisse de pension de la ville de Zurich", "el fondo de
			 * pensiones de Noruega", "die Pensionskasse der Stadt Zürich" */
			found = 1;
		} else if (li == 0 && !w[i].t.cap && i > 0 && i + 1 < n &&
		           (b = en_lower_two(text, w, n, i)) > i && w[i - 1].t.sentence == sent &&
		           en_nationality(text, &w[i - 1]) && joined(text, &w[i - 1], &w[i]) &&
		           !covered(cov, ncov, w[i - 1].t.start, w[b].t.end)) {
			/* "the Greek coast guard", "the Israeli armed forces" */
			a = i - 1;
			found = 1;
		} else if (li == 1 && !strcmp(w[i].f, "police") && i + 2 < n &&
		           !strcmp(w[i + 1].f, "aux") && !strcmp(w[i + 2].f, "frontieres") &&
		           w[i + 2].t.sentence == sent) {
			/* "la police aux frontières" */
			b = i + 2;
			found = 1;
		} else if (li == 0 && is_cap_word(&w[i]) && !in_list(w[i].f, stop) &&
		           (b = court_after(text, w, n, i)) > i) {
			/* "a Kansas district court", "the New York federal court" */
			while (a > 0 && i - a < 3 && w[a - 1].t.sentence == sent &&
			       is_cap_word(&w[a - 1]) &&
			       (!in_list(w[a - 1].f, stop) || !strcmp(w[a - 1].f, "new")) &&
			       joined(text, &w[a - 1], &w[a]))
				a--;
			found = 1;
		} else if ((b = city_of(text, w, n, i, li)) > i) {
			/* "the City of Leavenworth", "la Ville de Paris" */
			found = 1;
		} else if (!w[i].t.cap && li == 1 && !strcmp(w[i].f, "armee") &&
		           (b = army_branch(w, n, i)) > i) {
			/* "l'armée de terre", "l'armée de l'air" */
			found = 1;
		} else if (!w[i].t.cap && in_list(w[i].f, en_lower_named) && i > 0 &&
		           w[i - 1].t.sentence == sent && is_cap_word(&w[i - 1]) &&
		           !in_list(w[i - 1].f, stop) && joined(text, &w[i - 1], &w[i]) &&
		           (!strcmp(w[i].f, "government") || en_nationality(text, &w[i - 1])) &&
		           !covered(cov, ncov, w[i - 1].t.start, w[i - 1].t.end)) {
			/* "the Colombian government", "the Moroccan government", "the
			 * Israeli army": a country's adjective before it names it */
			a = i - 1;
			while (a > 0 && i - a < 3 && w[a - 1].t.sentence == sent && is_cap_word(&w[a - 1]) &&
			       !in_list(w[a - 1].f, stop) && joined(text, &w[a - 1], &w[a]))
				a--;
			found = 1;
		} else if (is_cap_word(&w[i]) && in_list(w[i].f, units) && i + 1 < n &&
		           w[i + 1].t.digit && w[i + 1].t.sentence == sent) {
			b = i + 1;
			found = 1;
		} else if (pair_has(&ps->heads, w[i].f) && head_at(w, i, &lower_ok) &&
		           (is_cap_word(&w[i]) || lower_ok)) {
			/* capitalised words before: "Arizona Department", "New York
			 * Police Department", "San Diego County Sheriff's Department" */
			int title = title_sentence(w, n, i, &title_sent, &title_is);
			while (a > 0 && w[a - 1].t.sentence == sent && i - a < 6 &&
			       /* "Israeli Firm Wins Police Contract": a headline's
			        * words are capitalised whatever they are */
			       (!title || en_nationality(text, &w[a - 1])) &&
			       !in_list(w[a - 1].f, time_words) &&
			       /* "Avon Pension Fund Committee": the fund's */
			       (strcmp(w[i].f, "committee") || !in_list(w[a - 1].f, heads)) &&
			       ((is_cap_word(&w[a - 1]) &&
			         (!in_list(w[a - 1].f, stop) || place_article(w, a - 1) ||
			          !strcmp(w[a - 1].f, "new"))) ||
			        title_possessive(text, w, a - 1)) &&
			       is_cap_word(&w[i]) && joined(text, &w[a - 1], &w[a]) &&
			       !covered(cov, ncov, w[a - 1].t.start, w[a - 1].t.end))
				a--;
			/* "International Boundary and Water Commission", "Fish and
			 * Wildlife Service": capitalised words, "and", capitalised
			 * words up to the head are one name */
			if (li == 0 && !title && a < i && a >= 2 && !strcmp(w[a - 1].f, "and") &&
			    w[a - 2].t.sentence == sent && is_cap_word(&w[a - 2]) &&
			    !in_list(w[a - 2].f, stop) && !in_list(w[a - 2].f, heads) &&
			    !en_nationality(text, &w[a - 2]) && joined(text, &w[a - 2], &w[a - 1]) &&
			    joined(text, &w[a - 1], &w[a]) &&
			    !covered(cov, ncov, w[a - 2].t.start, w[a - 2].t.end)) {
				size_t a2 = a - 2;
				while (a2 > 0 && w[a2 - 1].t.sentence == sent && i - a2 < 8 &&
				       is_cap_word(&w[a2 - 1]) && !in_list(w[a2 - 1].f, stop) &&
				       !in_list(w[a2 - 1].f, time_words) && joined(text, &w[a2 - 1], &w[a2]) &&
				       !covered(cov, ncov, w[a2 - 1].t.start, w[a2 - 1].t.end))
					a2--;
				/* "Police Scotland and Border Force": a head before
				 * "and" ends a body of its own */
				size_t h = a2;
				while (h < a - 1 && !in_list(w[h].f, heads))
					h++;
				if (h == a - 1)
					a = a2;
			}
			while (a < i && !is_cap_word(&w[a]))
				a++;
			/* "die hessische Polizei", "das israelische Militär": German
			 * writes a state's adjective in lower case */
			if (li == 3 && a == i && is_cap_word(&w[i]) && i > 0 &&
			    w[i - 1].t.sentence == sent && !w[i - 1].t.cap &&
			    nationality(w[i - 1].f, 3) &&
			    joined(text, &w[i - 1], &w[i]))
				a = i - 1;
			/* joins and capitalised words after: "of Corrections", "de
			 * l'Intérieur", "der Verteidigung", "Civil" */
			size_t j = i + 1;
			int past_join = 0, after_join = 0, and_joined = 0;
			while (j < n && j - i < 14 && w[j].t.sentence == sent) {
				/* "Department of Corrections Signs Deal": in a headline
				 * one word after "of" */
				if (title && after_join && is_cap_word(&w[j]))
					break;
				/* "the Board of Carroll County Commissioners Thursday
				 * approved": a day ends the name */
				if (past_join && in_list(w[j].f, weekdays))
					break;
				/* "of Alcohol, Tobacco, Firearms and Explosives" */
				size_t series = past_join && b == j - 1 && is_cap_word(&w[j - 1])
				                    ? comma_series(text, w, n, j, sent)
				                    : 0;
				if (series && w[j - 1].t.end + 2 == w[j].t.start &&
				    !covered(cov, ncov, w[j].t.start, w[series].t.end)) {
					b = series;
					j = series + 1;
					continue;
				}
				/* "del Observatorio de Seguridad Nacional de Opina 360":
				 * a name with its number after "de" is another's */
				if (in_list(w[j].f, joins) && j + 2 < n && is_cap_word(&w[j + 1]) &&
				    w[j + 2].t.digit && w[j + 2].t.sentence == sent &&
				    w[j + 2].t.start == w[j + 1].t.end + 1) {
					numbered = j + 1;
					break;
				}
				if (!joined(text, &w[j - 1], &w[j]) ||
				    !(in_list(w[j].f, joins) || is_cap_word(&w[j]) ||
				      (!w[j].t.cap && b == j - 1 &&
				       (in_list(w[j].f, adjectives) || nationality(w[j].f, li)))) ||
				    covered(cov, ncov, w[j].t.start, w[j].t.end))
					break;
				/* English names its body before the head: a capitalised
				 * word right after it is the next thing ("U.S. Army
				 * Photo", "Air Force Awards"), unless a head too
				 * ("Police Department"); German capitalises every noun
				 * ("die Vereinten Nationen Anfang 2020") */
				if ((li == 0 || li == 3) && !past_join && is_cap_word(&w[j]) &&
				    (!in_list(w[j].f, heads) ||
				     ((!strcmp(w[j].f, "committee") || !strcmp(w[j].f, "board")) &&
				      in_list(w[j - 1].f, heads))) &&
				    !(li == 0 && head_follows(text, w, n, j)))
					break;
				past_join |= in_list(w[j].f, joins);
				after_join |= past_join && is_cap_word(&w[j]);
				/* "Health and Human Services" is one name; "Justice and
				 * the Army" are two */
				/* "Police et Gendarmerie", "Armée et Marine": a head after
				 * "and" begins another body */
				/* "Armée de l'Air et de l'Espace", "Ministère de l'Europe et
				 * des Affaires étrangères": after a join, "and" and a join
				 * go on with the name */
				if (in_list(w[j].f, ands) && (li == 1 || li == 2) && !and_joined &&
				    past_join_before_and(w, i, j) && join_then_cap(text, w, n, j + 1)) {
					and_joined = 1;
					j++;
					continue;
				}
				if (in_list(w[j].f, ands) &&
				    (j + 1 >= n || !is_cap_word(&w[j + 1]) || in_list(w[j + 1].f, stop) ||
				     possessive_after(text, w, n, j + 1) || in_list(w[j + 1].f, time_words) ||
				     (!past_join_before_and(w, i, j) && in_list(w[j + 1].f, heads)) ||
				     !strcmp(w[j + 1].f, "marine")))
					break;
				if (is_cap_word(&w[j]) || in_list(w[j].f, adjectives) ||
				    (!w[j].t.cap && nationality(w[j].f, li)))
					b = j;
				j++;
			}
			/* "Gendarmerie nationale" */
			if (b == i && is_cap_word(&w[i]) && i + 1 < n && w[i + 1].t.sentence == sent &&
			    (in_list(w[i + 1].f, adjectives) ||
			     (!w[i + 1].t.cap && nationality(w[i + 1].f, li))) &&
			    joined(text, &w[i], &w[i + 1]))
				b = i + 1;
			/* "Syndicat national des directeurs pénitentiaires": a civil
			 * body's French or Spanish name goes on in lower case */
			if ((li == 1 || li == 2) && is_cap_word(&w[i]) && in_list(w[i].f, civil_heads) &&
			    (b == i || (b == i + 1 && !w[b].t.cap)))
				b = civil_tail(text, w, n, i, b);
			/* "Direction générale de l'armement", "Inspection générale de
			 * la police nationale", "Direction centrale de la police
			 * judiciaire": a French directorate's name goes on so too */
			static const char *const directorates[] = {"direction", "inspection",
			                                           "delegation", NULL};
			static const char *const ranks[] = {"generale", "centrale", "interministerielle",
			                                    "regionale", "departementale", NULL};
			if (li == 1 && is_cap_word(&w[i]) && in_list(w[i].f, directorates) && b <= i + 1 &&
			    i + 2 < n && w[i + 1].t.sentence == sent && !w[i + 1].t.cap &&
			    in_list(w[i + 1].f, ranks))
				b = civil_tail(text, w, n, i, i);
			/* a name in lower case up to the acronym of its words' initials:
			 * "Direction générale de la sécurité intérieure (DGSI)" */
			for (size_t k = b + 1; k < n && k < i + 9 && w[k].t.sentence == sent &&
			                       joined(text, &w[k - 1], &w[k]) && !w[k].t.digit;
			     k++)
				if (acronym_after(text, len, w, n, k)) {
					if (initials_match(text, w, a, k, &w[k + 1]))
						b = k;
					break;
				}
			/* a name, not a lone word: "the Department" is none; not a
			 * company's department */
			found = (a < i || b > i) && !corporate_only(w, a, i);
			/* "the Board of Directors", "Kessel's Defense Division": a
			 * company's board or division names no body; one needs its
			 * place or state before it or "of" and a field after it */
			/* "the Board of Carroll County Commissioners", "Board of
			 * Supervisors": its members' title ends it, a county's or a
			 * city's board */
			static const char *const members[] = {"commissioners", "supervisors",
			                                      "aldermen", "selectmen", "freeholders",
			                                      NULL};
			if (found && (!strcmp(w[i].f, "board") || !strcmp(w[i].f, "division")) &&
			    ((a == i && !(b > i + 1 && in_list(w[b].f, members))) ||
			     (i + 2 < n && (!strcmp(w[i + 2].f, "directors") ||
			                    !strcmp(w[i + 2].f, "trustees")))))
				found = 0;
			/* "the Trump Administration": one name before it is a
			 * person's; the body needs more words ("Transportation
			 * Security Administration") or an "of" after it */
			if (found && b == i && i - a == 1 && !strcmp(w[i].f, "administration"))
				found = 0;
			/* "Azure Government", "Through Azure Government": a
			 * government named by its head needs its country after it
			 * ("Government of Colombia", "Regierung von Kolumbien") */
			if (found && b == i && is_cap_word(&w[i]) && is_cap_word(&w[a]) &&
			    (!strcmp(w[i].f, "government") || !strcmp(w[i].f, "gouvernement") ||
			     !strcmp(w[i].f, "gobierno") || !strcmp(w[i].f, "regierung")))
				found = 0;
			/* Spanish capitalises its own government inside a sentence:
			 * "el Gobierno", "del Gobierno" */
			if (!found && li == 2 && a == i && b == i && !strcmp(w[i].f, "gobierno") &&
			    is_cap_word(&w[i]) && i > 0 && w[i - 1].t.sentence == sent &&
			    (!strcmp(w[i - 1].f, "el") || !strcmp(w[i - 1].f, "del")) &&
			    /* "El Gobierno apuesta": the article opens the sentence */
			    (!w[i - 1].t.cap || i == 1 || w[i - 2].t.sentence != sent)) {
				found = 1;
				/* "el Gobierno indonesio" is another country's */
				if (i + 1 < n && w[i + 1].t.sentence == sent && !w[i + 1].t.cap &&
				    nationality(w[i + 1].f, li) && joined(text, &w[i], &w[i + 1]))
					b = i + 1;
			}
			/* "la Dirección General de la Guardia Civil": a directorate
			 * named by its head and "general" alone is a part of the
			 * body after it, no name */
			if (found && b == a + 1 && (!strcmp(w[b].f, "general") || !strcmp(w[b].f, "generale")) &&
			    (!strcmp(w[a].f, "direccion") || !strcmp(w[a].f, "direction") ||
			     !strcmp(w[a].f, "directorate")))
				found = 0;
			/* a lower-case head needs its capitalised name after it */
			if (!is_cap_word(&w[i]) && b == i)
				found = 0;
		}
		/* "el ministerio de Patricia Bullrich", "el presidente del
		 * Gobierno Pedro Sánchez": the name after the head is a
		 * person's, as the text tells it ("Bullrich dijo"), and a
		 * person's name is never part of an organization's
		 * (principle 2) */
		if (found && b > i && person_after_head(text, w, n, i, b, li))
			found = 0;
		if (!found)
			continue;
		size_t end = w[b].t.end;
		size_t q = b + 1 < n ? rcp__body_qualifier(w, n, b + 1) : 0;
		if (q) {
			end = w[b + q].t.end;
			b += q;
		}
		if (fund_dash(text, len, w, n, b)) {
			b++;
			end = w[b].t.end;
		}
		/* "... und Nutzung der Bundeswehr": the owner after it may be
		 * the registry's, a mention of its own */
		size_t own_end = end;
		if (li == 3 && b >= a + 3 && (!strcmp(w[b - 1].f, "der") || !strcmp(w[b - 1].f, "des")))
			own_end = w[b - 2].t.end;
		if (covered(cov, ncov, w[a].t.start, own_end) ||
		    owned_by_other(text, w, a, cov, ncov)) {
			i = b;
			continue;
		}
		uint32_t id = rcp__body_add(s, text, w, a, b, end);
		fn(id, w[a].t.start, end, ctx);
		*(rcp__span *)rcp__vec_push(&found_spans) = (rcp__span){w[a].t.start, end};
		/* "el Observatorio de Seguridad Nacional de Opina 360": the name
		 * with its number is its owner's (a number is no place's or
		 * person's), an organization of a kind the text does not say
		 * (other_org: no claim's party); the number only when it ends
		 * there */
		size_t nl = numbered ? w[numbered + 1].t.end - w[numbered + 1].t.start : 0;
		const char *nd = numbered ? text + w[numbered + 1].t.start : "";
		/* "Paris 2024": a year makes an event's name */
		if (nl == 4 && (!memcmp(nd, "19", 2) || !memcmp(nd, "20", 2)))
			numbered = 0;
		if (numbered && numbered == b + 2 &&
		    (numbered + 2 >= n || w[numbered + 2].t.sentence != sent ||
		     !is_cap_word(&w[numbered + 2])) &&
		    !covered(cov, ncov, w[numbered].t.start, w[numbered + 1].t.end)) {
			uint32_t o = rcp__body_add(s, text, w, numbered, numbered + 1,
			                           w[numbered + 1].t.end);
			s->v[o].kind = RCP_KIND_OTHER_ORG;
			s->v[o].categories = 0;
			fn(o, w[numbered].t.start, w[numbered + 1].t.end, ctx);
			b = numbered + 1;
		}
		/* "(ADC)": the acronym names it again */
		size_t p = end;
		while (p < len && text[p] == ' ')
			p++;
		if (p + 3 < len && text[p] == '(' && b + 1 < n && w[b + 1].t.start == p + 1 &&
		    w[b + 1].t.end < len && text[w[b + 1].t.end] == ')') {
			size_t al = w[b + 1].t.end - w[b + 1].t.start;
			int upper = rcp__acronym_shaped(text + w[b + 1].t.start, al, sizeof s->v[id].acronym);
			if (upper && !s->v[id].acronym[0]) {
				memcpy(s->v[id].acronym, text + w[b + 1].t.start, al);
				s->v[id].acronym[al] = '\0';
			}
			if (upper)
				b++; /* the acronym itself is part of this mention's telling */
		}
		i = b;
	}
	if (li == 0 || li == 2)
		bare_forces(s, li, text, w, n, cov, ncov, &found_spans, fn, ctx);
	free(found_spans.v);
	free(ps);
	/* later uses of the acronyms */
	for (size_t k = 0; k < s->n; k++) {
		size_t al = strlen(s->v[k].acronym);
		if (!al)
			continue;
		for (size_t i = 0; i < n; i++) {
			size_t st = w[i].t.start;
			if (w[i].t.end - st != al || memcmp(text + st, s->v[k].acronym, al) ||
			    (st > 0 && text[st - 1] == '(') || covered(cov, ncov, st, st + al))
				continue;
			fn((uint32_t)k, st, st + al, ctx);
		}
	}
}

/* ---- well-known bodies by their short names ---- */

/* Public bodies, international organizations, news agencies and outlets,
 * NGOs and defence makers that news names bare, with no head or cue: general knowledge,
 * as a reader of defence, prison, border and police news in the four
 * languages has it. Matched only as whole words in this exact case ("ICE",
 * never "ice" or "NICE"; "Amnesty International"); an apostrophe matches
 * either form ("B'Tselem", "B’Tselem"). A name that begins with a
 * capitalised article ("Le Monde", "Die Zeit") is a title only inside a
 * sentence: "Die Zeit drängt" opens one. The registry's own (ICE, CBP,
 * Frontex, ...) are matched by the registry first, as the registry says. */
static const struct {
	const char *name;
	int kind;
	unsigned cats;
} known_bodies[] = {
	/* international organizations and alliances */
	{"NATO", RCP_KIND_PUBLIC_BODY, RCP_CAT_MILITARY},
	{"OTAN", RCP_KIND_PUBLIC_BODY, RCP_CAT_MILITARY},
	{"EU", RCP_KIND_PUBLIC_BODY, 0},
	{"UE", RCP_KIND_PUBLIC_BODY, 0},
	{"UN", RCP_KIND_PUBLIC_BODY, 0},
	{"ONU", RCP_KIND_PUBLIC_BODY, 0},
	{"OSCE", RCP_KIND_PUBLIC_BODY, 0},
	{"OSZE", RCP_KIND_PUBLIC_BODY, 0},
	{"OECD", RCP_KIND_PUBLIC_BODY, 0},
	{"OCDE", RCP_KIND_PUBLIC_BODY, 0},
	{"UNHCR", RCP_KIND_AGENCY, RCP_CAT_BORDERS},
	{"ACNUR", RCP_KIND_AGENCY, RCP_CAT_BORDERS},
	{"UNRWA", RCP_KIND_AGENCY, 0},
	{"UNICEF", RCP_KIND_AGENCY, 0},
	{"IOM", RCP_KIND_AGENCY, RCP_CAT_BORDERS},
	{"OIM", RCP_KIND_AGENCY, RCP_CAT_BORDERS},
	{"Eurojust", RCP_KIND_AGENCY, RCP_CAT_POLICING},
	{"Europol", RCP_KIND_POLICE, RCP_CAT_POLICING},
	{"Interpol", RCP_KIND_POLICE, RCP_CAT_POLICING},
	{"Frontex", RCP_KIND_AGENCY, RCP_CAT_BORDERS},
	{"World Bank", RCP_KIND_OTHER_ORG, 0},
	{"Banque mondiale", RCP_KIND_OTHER_ORG, 0},
	{"Banco Mundial", RCP_KIND_OTHER_ORG, 0},
	{"Weltbank", RCP_KIND_OTHER_ORG, 0},
	{"Council of Europe", RCP_KIND_PUBLIC_BODY, 0},
	{"Conseil de l'Europe", RCP_KIND_PUBLIC_BODY, 0},
	{"Consejo de Europa", RCP_KIND_PUBLIC_BODY, 0},
	{"Europarat", RCP_KIND_PUBLIC_BODY, 0},
	{"African Union", RCP_KIND_PUBLIC_BODY, 0},
	{"Union africaine", RCP_KIND_PUBLIC_BODY, 0},
	{"Unión Africana", RCP_KIND_PUBLIC_BODY, 0},
	{"Afrikanische Union", RCP_KIND_PUBLIC_BODY, 0},
	{"Arab League", RCP_KIND_PUBLIC_BODY, 0},
	{"Ligue arabe", RCP_KIND_PUBLIC_BODY, 0},
	{"Liga Árabe", RCP_KIND_PUBLIC_BODY, 0},
	{"Arabische Liga", RCP_KIND_PUBLIC_BODY, 0},
	/* police, intelligence and armed forces named bare */
	{"FBI", RCP_KIND_POLICE, RCP_CAT_POLICING},
	{"DEA", RCP_KIND_AGENCY, RCP_CAT_POLICING},
	{"ATF", RCP_KIND_AGENCY, RCP_CAT_POLICING},
	{"ICE", RCP_KIND_AGENCY, RCP_CAT_BORDERS},
	{"CBP", RCP_KIND_AGENCY, RCP_CAT_BORDERS},
	{"DHS", RCP_KIND_PUBLIC_BODY, RCP_CAT_BORDERS},
	{"USCIS", RCP_KIND_AGENCY, RCP_CAT_BORDERS},
	{"TSA", RCP_KIND_AGENCY, RCP_CAT_BORDERS},
	{"NYPD", RCP_KIND_POLICE, RCP_CAT_POLICING},
	{"LAPD", RCP_KIND_POLICE, RCP_CAT_POLICING},
	{"CIA", RCP_KIND_AGENCY, RCP_CAT_SURVEILLANCE},
	{"NSA", RCP_KIND_AGENCY, RCP_CAT_SURVEILLANCE},
	{"DARPA", RCP_KIND_AGENCY, RCP_CAT_MILITARY},
	{"SOCOM", RCP_KIND_MILITARY_UNIT, RCP_CAT_MILITARY},
	{"USSOCOM", RCP_KIND_MILITARY_UNIT, RCP_CAT_MILITARY},
	{"USAF", RCP_KIND_MILITARY_UNIT, RCP_CAT_MILITARY},
	{"USMC", RCP_KIND_MILITARY_UNIT, RCP_CAT_MILITARY},
	{"Pentagon", RCP_KIND_PUBLIC_BODY, RCP_CAT_MILITARY},
	{"Pentágono", RCP_KIND_PUBLIC_BODY, RCP_CAT_MILITARY},
	{"GCHQ", RCP_KIND_AGENCY, RCP_CAT_SURVEILLANCE},
	{"MI5", RCP_KIND_AGENCY, RCP_CAT_SURVEILLANCE},
	{"MI6", RCP_KIND_AGENCY, RCP_CAT_SURVEILLANCE},
	{"Scotland Yard", RCP_KIND_POLICE, RCP_CAT_POLICING},
	{"HMPPS", RCP_KIND_PRISON_SERVICE, RCP_CAT_PRISONS},
	{"BND", RCP_KIND_AGENCY, RCP_CAT_SURVEILLANCE},
	{"BKA", RCP_KIND_POLICE, RCP_CAT_POLICING},
	{"BAMF", RCP_KIND_AGENCY, RCP_CAT_BORDERS},
	{"Verfassungsschutz", RCP_KIND_AGENCY, RCP_CAT_SURVEILLANCE},
	{"Bundeswehr", RCP_KIND_MILITARY_UNIT, RCP_CAT_MILITARY},
	{"DGSE", RCP_KIND_AGENCY, RCP_CAT_SURVEILLANCE},
	{"DGSI", RCP_KIND_AGENCY, RCP_CAT_SURVEILLANCE},
	{"DGA", RCP_KIND_AGENCY, RCP_CAT_MILITARY},
	{"GIGN", RCP_KIND_POLICE, RCP_CAT_POLICING},
	{"CNIL", RCP_KIND_AGENCY, RCP_CAT_SURVEILLANCE},
	{"OFPRA", RCP_KIND_AGENCY, RCP_CAT_BORDERS},
	{"Gendarmerie", RCP_KIND_POLICE, RCP_CAT_POLICING},
	/* "la police et la gendarmerie": French writes the force in small
	 * letters too, and no other thing has the name */
	{"gendarmerie", RCP_KIND_POLICE, RCP_CAT_POLICING},
	{"CNI", RCP_KIND_AGENCY, RCP_CAT_SURVEILLANCE},
	{"Ertzaintza", RCP_KIND_POLICE, RCP_CAT_POLICING},
	{"Mossos d'Esquadra", RCP_KIND_POLICE, RCP_CAT_POLICING},
	{"Mossos", RCP_KIND_POLICE, RCP_CAT_POLICING},
	{"Instituciones Penitenciarias", RCP_KIND_PRISON_SERVICE, RCP_CAT_PRISONS},
	{"Salvamento Marítimo", RCP_KIND_PUBLIC_BODY, RCP_CAT_BORDERS},
	{"Carabinieri", RCP_KIND_POLICE, RCP_CAT_POLICING},
	{"Carabineros", RCP_KIND_POLICE, RCP_CAT_POLICING},
	{"Mossad", RCP_KIND_AGENCY, RCP_CAT_SURVEILLANCE},
	{"Shin Bet", RCP_KIND_AGENCY, RCP_CAT_SURVEILLANCE},
	{"Shabak", RCP_KIND_AGENCY, RCP_CAT_SURVEILLANCE},
	{"IDF", RCP_KIND_MILITARY_UNIT, RCP_CAT_MILITARY},
	{"Tsahal", RCP_KIND_MILITARY_UNIT, RCP_CAT_MILITARY},
	/* more forces named bare or by a fixed name no shape rule reads */
	{"Cuerpo Nacional de Policía", RCP_KIND_POLICE, RCP_CAT_POLICING},
	{"Infantería de Marina", RCP_KIND_MILITARY_UNIT, RCP_CAT_MILITARY},
	{"Guardia Real", RCP_KIND_MILITARY_UNIT, RCP_CAT_MILITARY},
	{"Unidad Militar de Emergencias", RCP_KIND_MILITARY_UNIT, RCP_CAT_MILITARY},
	{"Policía Foral", RCP_KIND_POLICE, RCP_CAT_POLICING},
	{"Guardia di Finanza", RCP_KIND_POLICE, RCP_CAT_POLICING},
	{"Police Scotland", RCP_KIND_POLICE, RCP_CAT_POLICING},
	{"PSNI", RCP_KIND_POLICE, RCP_CAT_POLICING},
	{"Border Force", RCP_KIND_AGENCY, RCP_CAT_BORDERS},
	{"USCG", RCP_KIND_MILITARY_UNIT, RCP_CAT_BORDERS},
	{"Bundesnachrichtendienst", RCP_KIND_AGENCY, RCP_CAT_SURVEILLANCE},
	{"LKA", RCP_KIND_POLICE, RCP_CAT_POLICING},
	{"Préfecture de police", RCP_KIND_POLICE, RCP_CAT_POLICING},
	{"ANSSI", RCP_KIND_AGENCY, RCP_CAT_SURVEILLANCE},
	/* political parties, who speak for and against contracts (no
	 * claim's party: kind other_org); names no common word shares */
	{"SPD", RCP_KIND_OTHER_ORG, 0},
	{"CDU", RCP_KIND_OTHER_ORG, 0},
	{"CSU", RCP_KIND_OTHER_ORG, 0},
	{"AfD", RCP_KIND_OTHER_ORG, 0},
	{"FDP", RCP_KIND_OTHER_ORG, 0},
	{"BSW", RCP_KIND_OTHER_ORG, 0},
	{"PSOE", RCP_KIND_OTHER_ORG, 0},
	{"Sumar", RCP_KIND_OTHER_ORG, 0},
	{"Bildu", RCP_KIND_OTHER_ORG, 0},
	{"PNV", RCP_KIND_OTHER_ORG, 0},
	{"Likud", RCP_KIND_OTHER_ORG, 0},
	{"Labour Party", RCP_KIND_OTHER_ORG, 0},
	{"Conservative Party", RCP_KIND_OTHER_ORG, 0},
	{"Democratic Party", RCP_KIND_OTHER_ORG, 0},
	{"Republican Party", RCP_KIND_OTHER_ORG, 0},
	{"La France insoumise", RCP_KIND_OTHER_ORG, 0},
	{"Rassemblement national", RCP_KIND_OTHER_ORG, 0},
	/* news agencies and outlets */
	{"Reuters", RCP_KIND_OTHER_ORG, 0},
	{"AFP", RCP_KIND_OTHER_ORG, 0},
	{"Agence France-Presse", RCP_KIND_OTHER_ORG, 0},
	{"Associated Press", RCP_KIND_OTHER_ORG, 0},
	{"Europa Press", RCP_KIND_OTHER_ORG, 0},
	{"ANSA", RCP_KIND_OTHER_ORG, 0},
	{"dpa", RCP_KIND_OTHER_ORG, 0},
	{"Bloomberg News", RCP_KIND_OTHER_ORG, 0},
	{"BBC", RCP_KIND_OTHER_ORG, 0},
	{"CNN", RCP_KIND_OTHER_ORG, 0},
	{"Al Jazeera", RCP_KIND_OTHER_ORG, 0},
	{"Haaretz", RCP_KIND_OTHER_ORG, 0},
	{"Times of Israel", RCP_KIND_OTHER_ORG, 0},
	{"Jerusalem Post", RCP_KIND_OTHER_ORG, 0},
	{"New York Times", RCP_KIND_OTHER_ORG, 0},
	{"Wall Street Journal", RCP_KIND_OTHER_ORG, 0},
	{"Financial Times", RCP_KIND_OTHER_ORG, 0},
	{"The Economist", RCP_KIND_OTHER_ORG, 0},
	{"Politico", RCP_KIND_OTHER_ORG, 0},
	{"Le Monde", RCP_KIND_OTHER_ORG, 0},
	{"Le Figaro", RCP_KIND_OTHER_ORG, 0},
	{"Libération", RCP_KIND_OTHER_ORG, 0},
	{"Mediapart", RCP_KIND_OTHER_ORG, 0},
	{"Le Parisien", RCP_KIND_OTHER_ORG, 0},
	{"Les Echos", RCP_KIND_OTHER_ORG, 0},
	{"El País", RCP_KIND_OTHER_ORG, 0},
	{"El Mundo", RCP_KIND_OTHER_ORG, 0},
	{"La Vanguardia", RCP_KIND_OTHER_ORG, 0},
	{"El Confidencial", RCP_KIND_OTHER_ORG, 0},
	{"Der Spiegel", RCP_KIND_OTHER_ORG, 0},
	{"Süddeutsche Zeitung", RCP_KIND_OTHER_ORG, 0},
	{"Frankfurter Allgemeine", RCP_KIND_OTHER_ORG, 0},
	{"Handelsblatt", RCP_KIND_OTHER_ORG, 0},
	{"Die Zeit", RCP_KIND_OTHER_ORG, 0},
	{"Die Welt", RCP_KIND_OTHER_ORG, 0},
	{"taz", RCP_KIND_OTHER_ORG, 0},
	{"ARD", RCP_KIND_OTHER_ORG, 0},
	{"ZDF", RCP_KIND_OTHER_ORG, 0},
	{"WDR", RCP_KIND_OTHER_ORG, 0},
	{"NDR", RCP_KIND_OTHER_ORG, 0},
	{"RTVE", RCP_KIND_OTHER_ORG, 0},
	{"Deutsche Welle", RCP_KIND_OTHER_ORG, 0},
	{"Euronews", RCP_KIND_OTHER_ORG, 0},
	{"Xinhua", RCP_KIND_OTHER_ORG, 0},
	{"Anadolu", RCP_KIND_OTHER_ORG, 0},
	{"Kyodo", RCP_KIND_OTHER_ORG, 0},
	{"Yonhap", RCP_KIND_OTHER_ORG, 0},
	{"TASS", RCP_KIND_OTHER_ORG, 0},
	{"Agencia EFE", RCP_KIND_OTHER_ORG, 0},
	{"Washington Post", RCP_KIND_OTHER_ORG, 0},
	{"The Intercept", RCP_KIND_OTHER_ORG, 0},
	{"La Tribune", RCP_KIND_OTHER_ORG, 0},
	{"la Tribune", RCP_KIND_OTHER_ORG, 0},
	{"Ouest-France", RCP_KIND_OTHER_ORG, 0},
	{"L'Humanité", RCP_KIND_OTHER_ORG, 0},
	{"El Independiente", RCP_KIND_OTHER_ORG, 0},
	{"El Español", RCP_KIND_OTHER_ORG, 0},
	{"infoLibre", RCP_KIND_OTHER_ORG, 0},
	{"La Razón", RCP_KIND_OTHER_ORG, 0},
	{"El Periódico", RCP_KIND_OTHER_ORG, 0},
	{"Tagesspiegel", RCP_KIND_OTHER_ORG, 0},
	{"Frankfurter Rundschau", RCP_KIND_OTHER_ORG, 0},
	{"junge Welt", RCP_KIND_OTHER_ORG, 0},
	{"Junge Welt", RCP_KIND_OTHER_ORG, 0},
	{"neues deutschland", RCP_KIND_OTHER_ORG, 0},
	/* legislatures named bare, capitalised: the country's own ("Congress
	 * approved", "el Congreso", "vom Senat") */
	{"Congress", RCP_KIND_PUBLIC_BODY, 0},
	{"Senate", RCP_KIND_PUBLIC_BODY, 0},
	{"Congrès", RCP_KIND_PUBLIC_BODY, 0},
	{"Sénat", RCP_KIND_PUBLIC_BODY, 0},
	{"Congreso", RCP_KIND_PUBLIC_BODY, 0},
	{"Senado", RCP_KIND_PUBLIC_BODY, 0},
	{"Kongress", RCP_KIND_PUBLIC_BODY, 0},
	{"Senat", RCP_KIND_PUBLIC_BODY, 0},
	/* Norway's fund by its German name: "der Ölfonds" */
	{"Ölfonds", RCP_KIND_OTHER_ORG, 0},
	/* the Union's bodies as German compounds */
	{"EU-Parlament", RCP_KIND_PUBLIC_BODY, 0},
	{"Europaparlament", RCP_KIND_PUBLIC_BODY, 0},
	{"EU-Gerichtshof", RCP_KIND_PUBLIC_BODY, 0},
	{"European Parliament", RCP_KIND_PUBLIC_BODY, 0},
	{"Parlement européen", RCP_KIND_PUBLIC_BODY, 0},
	{"Parlamento Europeo", RCP_KIND_PUBLIC_BODY, 0},
	{"Europäisches Parlament", RCP_KIND_PUBLIC_BODY, 0},
	/* NGOs */
	{"Amnesty International", RCP_KIND_OTHER_ORG, 0},
	{"Amnistía Internacional", RCP_KIND_OTHER_ORG, 0},
	{"Human Rights Watch", RCP_KIND_OTHER_ORG, 0},
	{"Privacy International", RCP_KIND_OTHER_ORG, 0},
	{"Transparency International", RCP_KIND_OTHER_ORG, 0},
	{"B'Tselem", RCP_KIND_OTHER_ORG, 0},
	{"Al-Haq", RCP_KIND_OTHER_ORG, 0},
	{"Breaking the Silence", RCP_KIND_OTHER_ORG, 0},
	{"Peace Now", RCP_KIND_OTHER_ORG, 0},
	{"Yesh Din", RCP_KIND_OTHER_ORG, 0},
	{"Adalah", RCP_KIND_OTHER_ORG, 0},
	{"Addameer", RCP_KIND_OTHER_ORG, 0},
	{"Oxfam", RCP_KIND_OTHER_ORG, 0},
	{"Greenpeace", RCP_KIND_OTHER_ORG, 0},
	{"Statewatch", RCP_KIND_OTHER_ORG, 0},
	{"SIPRI", RCP_KIND_OTHER_ORG, 0},
	{"Red Cross", RCP_KIND_OTHER_ORG, 0},
	{"Croix-Rouge", RCP_KIND_OTHER_ORG, 0},
	{"Cruz Roja", RCP_KIND_OTHER_ORG, 0},
	{"Rotes Kreuz", RCP_KIND_OTHER_ORG, 0},
	{"ICRC", RCP_KIND_OTHER_ORG, 0},
	{"CICR", RCP_KIND_OTHER_ORG, 0},
	{"Médecins sans frontières", RCP_KIND_OTHER_ORG, 0},
	{"Médecins Sans Frontières", RCP_KIND_OTHER_ORG, 0},
	{"Reporters sans frontières", RCP_KIND_OTHER_ORG, 0},
	{"Cimade", RCP_KIND_OTHER_ORG, 0},
	{"Pro Asyl", RCP_KIND_OTHER_ORG, 0},
	{"PRO ASYL", RCP_KIND_OTHER_ORG, 0},
	{"Sea-Watch", RCP_KIND_OTHER_ORG, 0},
	{"Open Arms", RCP_KIND_OTHER_ORG, 0},
	{"Caminando Fronteras", RCP_KIND_OTHER_ORG, 0},
	{"Campaign Against Arms Trade", RCP_KIND_OTHER_ORG, 0},
	{"Electronic Frontier Foundation", RCP_KIND_OTHER_ORG, 0},
	{"urgewald", RCP_KIND_OTHER_ORG, 0},
	{NULL, 0, 0}};

/* The names by their first byte and their first word's bytes, in table
 * order: every word of every text asks, most find no name. */
enum { NKNOWN = sizeof known_bodies / sizeof *known_bodies, KNOWN_LEN = 32 };
static int16_t known_head[256][KNOWN_LEN], known_next[NKNOWN];
static pthread_once_t known_index_once = PTHREAD_ONCE_INIT;

static void known_index_make(void)
{
	memset(known_head, -1, sizeof known_head);
	for (int k = NKNOWN - 2; k >= 0; k--) {
		unsigned char c = (unsigned char)known_bodies[k].name[0];
		size_t l = strcspn(known_bodies[k].name, " '-");
		if (l >= KNOWN_LEN)
			continue;
		known_next[k] = known_head[c][l];
		known_head[c][l] = (int16_t)k;
	}
}

/* The length of known name nm at text[st], bytes, if it is there as whole
 * words (an apostrophe in nm matches "'" or "’"); 0 if not. */
static size_t known_at(const char *text, size_t len, size_t st, const char *nm)
{
	size_t p = st;
	for (; *nm; nm++) {
		if (*nm == '\'' && p + 3 <= len && !memcmp(text + p, "\xe2\x80\x99", 3)) {
			p += 3;
			continue;
		}
		if (p >= len || text[p] != *nm)
			return 0;
		p++;
	}
	if (!rcp__word_ends_at(text, len, p))
		return 0;
	return p - st;
}

size_t rcp__known_body_longer(const char *text, size_t len, size_t st, size_t min)
{
	for (size_t k = 0; known_bodies[k].name; k++) {
		size_t l = known_at(text, len, st, known_bodies[k].name);
		if (l > min)
			return l;
	}
	return 0;
}

/* The well-known names outside the spans cov. */
static void known_find(rcp__bodies *s, const char *text, size_t len, const xword *w, size_t n,
                       const rcp__span *cov, size_t ncov,
                       void (*fn)(uint32_t body, size_t start, size_t end, void *ctx),
                       void *ctx)
{
	static const char *const legislatures[] = {"congress", "senate", "congres", "senat",
	                                           "congreso", "senado", "kongress", NULL};
	static const char *const title_articles[] = {"le", "la", "les", "el", "der", "die",
	                                             "das", "the", NULL};
	pthread_once(&known_index_once, known_index_make);
	for (size_t i = 0; i < n; i++) {
		size_t st = w[i].t.start;
		size_t wl = w[i].t.end - st;
		if (wl >= KNOWN_LEN)
			continue;
		for (int k = known_head[(unsigned char)text[st]][wl]; k >= 0; k = known_next[k]) {
			size_t l = known_at(text, len, st, known_bodies[k].name);
			if (!l)
				continue;
			/* "EU-Kommission", "UN-Sicherheitsrat": part of a compound
			 * (a longer name may be the whole compound: "EU-Parlament") */
			if ((st > 0 && text[st - 1] == '-') || (st + l < len && text[st + l] == '-'))
				continue;
			if (covered(cov, ncov, st, st + l))
				break;
			/* "the Senate Armed Services Committee", "Congress Centre": a
			 * legislature's word before a capitalised one is another's */
			if (in_list(w[i].f, legislatures) && i + 1 < n && w[i + 1].t.sentence == w[i].t.sentence &&
			    is_cap_word(&w[i + 1]) && joined(text, &w[i], &w[i + 1]))
				break;
			/* "Die Zeit drängt": a title's article opens no sentence */
			if (in_list(w[i].f, title_articles) &&
			    (i == 0 || w[i - 1].t.sentence != w[i].t.sentence))
				break;
			/* "la Direction générale de la sécurité intérieure (DGSI)":
			 * the name before it is the body's */
			int defined = 0;
			for (size_t c = 0; c < ncov && st > 0 && text[st - 1] == '(' && !defined; c++)
				defined = cov[c].end < st && st - cov[c].end <= 2;
			if (defined)
				break;
			size_t b = i;
			while (b + 1 < n && w[b + 1].t.start < st + l)
				b++;
			uint32_t id = rcp__body_add(s, text, w, i, b, st + l);
			s->v[id].kind = known_bodies[k].kind;
			s->v[id].categories = known_bodies[k].cats;
			fn(id, st, st + l, ctx);
			i = b;
			break;
		}
	}
}

void rcp__known_bodies_find(rcp__bodies *s, const char *text, size_t len, const xword *w,
                            size_t n, const rcp__span *cov, size_t ncov,
                            void (*fn)(uint32_t body, size_t start, size_t end, void *ctx),
                            void *ctx)
{
	known_find(s, text, len, w, n, cov, ncov, fn, ctx);
}
