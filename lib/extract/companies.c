/*
 * companies.c — companies the registry does not know, by their shape.
 *
 * The registry cannot list every armoured-vehicle maker and security
 * contractor, and a claim about one is no less a claim. A name is a
 * company's when the text says so in one of three ways, in en, fr, es, de:
 *
 *   - a legal form after capitalised words: "Rheinmetall Landsysteme GmbH",
 *     "Acme Corp.", "Prosegur S.A.", "Nexter Systems SAS", "Leonardo S.p.A.";
 *   - a common noun for a company right before the name (with an adjective
 *     or "de ..." between in French and Spanish): "the defense contractor
 *     Anduril", "la société israélienne Elbit", "la empresa de seguridad
 *     Prosegur", "die Firma Heckler", "das Unternehmen Hensoldt";
 *   - a capitalised name with a company's head word ("... Industries",
 *     "... Technologies", "... Aerospace").
 *
 * Later tellings of the name without its legal form ("Rheinmetall
 * Landsysteme") and of an acronym defined after it ("(GDS)") are mentions
 * too. Never a private person:
 * a name after a title ("Mr", "M.", "Sr.", "Herr"), or a given name with
 * one or two capitalised words after it ("John Smith", "María García"), is
 * no company, whatever noun stands before it.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "stages.h"

static int in_list(const char *w, const char *const *l)
{
	return rcp__word_in(w, l); /* hashed (lexicon.c): l must be a static list */
}

/* Legal forms as written (case matters: "AG", not "ag"), longest first
 * where one begins another. */
static const char *const legal_forms[] = {
	"S.A.S.U.", "S.A.S.", "S.A.U.", "S.A.", "S.p.A.", "S.r.l.", "S.L.U.", "S.L.", "N.V.",
	"B.V.", "S.à r.l.", "GmbH & Co. KG", "GmbH", "mbH", "AG", "KGaA", "KG", "SE", "SpA",
	"SAS", "SARL", "SA", "Srl", "SL", "NV", "BV", "Inc.", "Inc", "Incorporated", "Ltd.", "Ltd",
	"Limited", "LLC", "L.L.C.", "LLP", "LP", "L.P.", "PLC", "plc", "Corp.", "Corp",
	"Corporation", "Co.", "Ltda.", "Ltda", "Pty", "A/S", "ASA", "AB", "Oyj", "Oy", "OOO",
	"JSC", "PJSC", "e.V.", "eG", "UG", "OHG", "S.R.L.", "SRL", "S.A.B.", "SAB", "SAU", "SLU",
	"EURL", "SNC", "S.C.A.", "SCA", "GIE", "ApS", "Pvt.", "Pvt", "Pte.", "Pte", "Sdn Bhd", "Bhd",
	"Kft.", "d.o.o.", "a.s.", "Sp. z o.o.", NULL};

/* Common nouns for a company, folded, by language: right before a name
 * they say it is one. English puts its adjectives before the noun ("the
 * Israeli defense contractor Elbit"). */
static const char *const nouns[] = {
	"company", "firm", "contractor", "manufacturer", "maker", "corporation", "startup",
	"supplier", "vendor", "conglomerate", "subsidiary", "outfit",
	"societe", "entreprise", "firme", "fabricant", "constructeur", "industriel", "filiale",
	"prestataire", "fournisseur", "equipementier", "empresa", "compania", "fabricante",
	"contratista", "proveedor", "proveedora", "multinacional", "constructora", "filial",
	"unternehmen", "hersteller", "konzern", "rustungskonzern", "rustungsunternehmen",
	"rustungshersteller", "zulieferer", "anbieter", "tochterfirma", "tochter", "firma",
	"verein", "giant", "geant", "gigante",
	/* more trades' nouns: "the prison operator X", "the shipbuilder X",
	 * "l'avionneur X", "la tecnológica X", "el astillero X", "der
	 * Betreiber X", "der Dienstleister X" */
	"operator", "shipbuilder", "shipyard", "automaker", "carmaker", "chipmaker", "provider",
	"lender", "exporter", "importer", "distributor", "integrator", "consultancy", "motoriste",
	"avionneur", "armurier", "armateur", "operateur", "editeur", "integrateur",
	"tecnologica", "astillero", "naviera", "operadora", "consultora", "betreiber",
	"dienstleister", "werft",
	/* German declines the noun before a name: "des heimischen Herstellers
	 * X", "des Konzerns X", "dem Anbieter X"; a competitor in a tender is
	 * a company: "den Konkurrenten X", "the competitor X", "el competidor X" */
	"herstellers", "konzerns", "unternehmens", "anbieters", "betreibers", "zulieferers",
	"dienstleisters", "rustungskonzerns", "konkurrent", "konkurrenten", "wettbewerber",
	"wettbewerbers", "competitor", "competidor",
	/* a tender's winner: "la adjudicataria, X,", "l'attributaire X", "der
	 * Auftragnehmer X", "der Generalunternehmer X" */
	"adjudicataria", "adjudicatario", "attributaire", "auftragnehmer", "generalunternehmer",
	"bidder", "licitadora", "licitador", "soumissionnaire", "bieter",
	/* holders: "the pension fund KLP", "l'assureur AXA", "el banco Santander" */
	"fund", "insurer", "investor", "bank", "fonds", "assureur", "banque", "investisseur",
	"fondo", "aseguradora", "banco", "inversor", "gestora", "pensionsfonds", "versicherer",
	"investor", NULL};
/* Plurals of the nouns: before a name they may govern two ("der
 * Rüstungskonzerne Rheinmetall und KNDS", "les groupes Thales et Safran"). */
static const char *const plural_nouns[] = {
	"companies", "firms", "contractors", "manufacturers", "makers", "suppliers", "vendors",
	"societes", "entreprises", "groupes", "industriels", "fabricants", "constructeurs",
	"empresas", "companias", "fabricantes", "contratistas", "proveedores", "grupos", "firmas",
	"firmes",
	"konzerne", "firmen", "unternehmen", "hersteller", "rustungskonzerne", NULL};
/* Other plurals a "such as" follows: "Konzernen wie", "companies like". */
static const char *const plural_more[] = {"konzernen", "unternehmen", "firmen", "herstellern",
                                          "groups", "banks", "banques", "bancos", "banken",
                                          NULL};
/* Common nouns for a news organization: right before a name (or, in
 * English, right after: "The News & Observer newspaper") they say it is
 * one: "the daily Haaretz", "le journal Le Monde", "el diario El País",
 * "la cadena pública NRK", "die Nachrichtenagentur dpa". Such a name is
 * an organization but no company: kind OTHER_ORG. */
static const char *const media_nouns[] = {
	"newspaper", "daily", "weekly", "magazine", "broadcaster", "tabloid", "newswire",
	"journal", "quotidien", "hebdomadaire", "mensuel", "chaine", "diario", "periodico",
	"semanario", "revista", "cadena", "emisora", "rotativo", "zeitung", "tageszeitung",
	"wochenzeitung", "magazin", "nachrichtenmagazin", "nachrichtenagentur", "sender",
	"rundfunk", NULL};
/* Common nouns for an organization that is neither a company nor a news
 * outlet, right before its name: "the human rights organization X",
 * "l'association X", "el sindicato X", "die Gewerkschaft X". Such a name
 * is an organization of kind OTHER_ORG, as a news outlet's. */
static const char *const org_nouns[] = {
	"organization", "organisation", "charity", "nonprofit", "association", "union",
	"coalition", "collective", "watchdog", "movement", "syndicat", "collectif", "mouvement",
	"federation", "asociacion", "sindicato", "colectivo", "organizacion", "movimiento",
	"coalicion", "federacion", "plataforma", "gewerkschaft", "bundnis", "initiative",
	"netzwerk", NULL};
static const char *const org_acronyms[] = {"ngo", "ong", "nro", NULL};
/* A small firm's acronym, written in capitals: "la PME bretonne X", "la
 * pyme gallega X", "das KMU X", "the SME X". */
static const char *const small_firms[] = {"pme", "pyme", "kmu", "sme", "eti", NULL};
/* German compounds of a listed company's name and its stock or its group:
 * "die Hensoldt-Aktie", "der Rheinmetall-Konzern". */
static const char *const corp_compounds[] = {"aktie", "aktien", "konzern", "konzerns",
                                             "aktionare", "gruppe", NULL};
/* German compounds end in their noun: "Rentenkasse KLP", "Lkw-Hersteller
 * Oshkosh", "Trinkwassergesellschaft Vitens", "Rüstungskonzerne". */
static const char *const compound_nouns[] = {
	"konzern", "konzerne", "unternehmen", "hersteller", "firma", "gesellschaft", "fonds",
	"kasse", "anbieter", "zulieferer", "bank", "versicherer", "zeitung", "magazin",
	"agentur", "partner", "riese", "betreiber", "dienstleister", "werft", "spezialist",
	/* genitives: "des Rüstungskonzerns", "des Lkw-Herstellers" */
	"konzerns", "herstellers", "anbieters", "betreibers", "zulieferers", "spezialisten",
	/* "Panzerbauer", "Schiffbauer", "Rüstungsbauer", "Drohnenbauer" */
	"bauer", NULL};
/* Nouns that are the first word of a name when capitalised: "Grupo
 * Sener", "Groupe Adit". */
static const char *const group_nouns[] = {"group", "groupe", "grupo", "gruppe", NULL};
/* Words after which a name is a person's. */
static const char *const titles[] = {
	"mr", "mrs", "ms", "dr", "m", "mme", "mlle", "sr", "sra", "srta", "don", "dona", "herr",
	"frau", "ceo", "president", "chairman", "director", "minister", "ministre", "ministro",
	"minister", "senator", "spokesman", "spokeswoman", "founder", "pdg", "directeur",
	"directrice", "presidente", "gerente", "geschaftsfuhrer", "vorstandschef", "chef",
	"colonel", "lieutenant", "sergeant", "officer", "agent", "judge", "juge",
	"juez", "richter", NULL};
/* Given names common in the four languages' news: one before a surname
 * makes a person ("Jean Dupont"). Not a full list; the other rules (a
 * legal form, a company noun, a head word) rarely meet a person anyway. */
static const char *const given[] = {
	"john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas",
	"charles", "mary", "patricia", "jennifer", "linda", "elizabeth", "susan", "sarah",
	"peter", "paul", "mark", "george", "jean", "pierre", "michel", "philippe", "alain",
	"marie", "nathalie", "isabelle", "sophie", "francois", "nicolas", "jacques", "luc",
	"jose", "juan", "maria", "carlos", "antonio", "manuel", "francisco", "luis", "javier",
	"ana", "carmen", "laura", "pedro", "miguel", "hans", "klaus", "jurgen", "wolfgang",
	"stefan", "andreas", "peter", "michael", "thomas", "anna", "ursula", "angela", "petra",
	"sabine", "heinz", "karl", "friedrich", "elon", "jeff", "bill", "satya", "sundar", "alex",
	"alexander", "daniel", "benjamin", "yoav", "moshe", "avi",
	/* more of each language's common given names (not those that are
	 * also places or companies' names: "Jordan", "Georgia", "Mercedes") */
	"tom", "greg", "gregory", "walter", "jane", "joan", "judith", "margaret", "ellen", "emily", "emma", "olivia", "sophia", "jessica",
	"ashley", "amanda", "melissa", "michelle", "stephanie", "rebecca", "rachel", "nancy",
	"karen", "lisa", "betty", "helen", "sandra", "donna", "carol", "ruth", "sharon", "kimberly",
	"deborah", "dorothy", "amy", "angela", "anna", "brenda", "pamela", "nicole", "katherine",
	"christine", "catherine", "janet", "julie", "heather", "diane", "joyce", "kelly", "kevin",
	"brian", "edward", "ronald", "timothy", "jason", "jeffrey", "ryan", "jacob", "gary",
	"nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "frank",
	"raymond", "patrick", "jack", "dennis", "jerry", "tyler", "aaron", "henry", "douglas",
	"nathan", "zachary", "kyle", "noah", "ethan", "jeremy", "christian", "keith", "roger",
	"terry", "sean", "gerald", "harold", "carl", "arthur", "lawrence", "joe", "bob", "jim",
	"mike", "dave", "steve", "chris", "matt", "andrew", "joshua", "anthony", "christopher",
	"matthew", "donald", "kenneth", "steven", "paul", "priya", "rahul", "mohammed", "mohamed",
	"muhammad", "ahmed", "ali", "omar", "hassan", "fatima", "claude", "helene", "claire",
	"anne", "christophe", "stephane", "sebastien", "olivier", "julien", "laurent", "thierry",
	"eric", "frederic", "patrice", "gerard", "bernard", "didier", "emmanuel", "xavier",
	"yves", "guillaume", "antoine", "vincent", "benoit", "thibault", "herve", "marc",
	"jean-marc", "jean-pierre", "jean-luc", "jean-claude", "jean-francois", "marie-claire",
	"sylvie", "valerie", "veronique", "christine", "martine", "monique", "catherine",
	"florence", "celine", "aurelie", "camille", "manon", "chloe", "lea", "juliette", "gerald",
	"bruno", "ramon", "julian", "jorge", "alejandro", "fernando", "sergio", "pablo", "alberto",
	"rafael", "andres", "diego", "enrique", "ricardo", "raul", "ignacio", "alfonso", "santiago",
	"jaime", "joaquin", "lucia", "marta", "elena", "cristina", "isabel", "pilar", "rosa",
	"teresa", "dolores", "beatriz", "raquel", "silvia", "patricia", "montserrat", "nuria",
	"itziar", "ainhoa", "inigo", "aitor", "jens", "uwe", "frank", "dieter", "gunter",
	"gerhard", "horst", "helmut", "manfred", "werner", "rainer", "bernd", "jorg", "torsten",
	"matthias", "markus", "christoph", "tobias", "sebastian", "florian", "lukas", "jan",
	"tim", "katrin", "claudia", "susanne", "monika", "birgit", "kerstin", "heike", "silke",
	"annalena", "olaf", "boris", "armin", "friedrich", "nancy", "svenja", "christine", "lars",
	"nils", "sven", "erik", "ole", "bjorn", "ingrid", "astrid",
	/* Welsh, Scottish, Irish; Arabic, Hebrew, Slavic, African names of the
	 * news; more French, Spanish, German ones (not those that are also an
	 * acronym or a company's first word: "UTE", "KAI", "Eli Lilly",
	 * "Graham Holdings", "Duncan Aviation") */
	"gareth", "rhys", "owen", "dylan", "gavin", "ian", "neil", "colin", "nigel",
	"alan", "stuart", "fiona", "siobhan", "niamh", "ciaran",
	"liam", "declan", "aoife", "sinead", "seamus", "callum", "angus", "alistair", "hamish",
	"khalid", "youssef", "yusuf", "ibrahim", "mahmoud", "mustafa", "karim", "samir", "tariq",
	"nadia", "leila", "amira", "yasmin", "rami", "walid", "hussein", "abdullah", "salim",
	"yossi", "itai", "noa", "tamar", "yael", "shira", "ronen", "oren", "ehud",
	"benny", "naftali", "itamar", "yitzhak", "avraham", "shlomo", "dmitri", "dmitry",
	"sergei", "sergey", "vladimir", "ivan", "oleg", "olga", "natalia", "igor", "andrei",
	"volodymyr", "oleksandr", "yulia", "tatiana", "mikhail", "alexei", "mamadou", "thierno",
	"aminata", "fatou", "ousmane", "moussa", "kwame", "chinedu", "oluwaseun", "tamsin",
	"gaelle", "yannick", "gael", "loic", "mathieu", "maxime", "romain", "clement", "quentin",
	"adrien", "damien", "cedric", "jerome", "pascal", "sandrine", "nadine", "brigitte",
	"segolene", "agnes", "elise", "ximena", "alejandra", "guadalupe", "rocio", "gonzalo",
	"alvaro", "inaki", "ivan", "borja", "iker", "unai", "xabier", "jordi", "montse", "nerea",
	"ralf", "ulrich", "volker", "dirk", "holger", "detlef", "reinhard", "gunther",
	"hannelore", "gisela", "anke", "britta", "doris", "jutta", "sigrid", "wiebke",
	NULL};
/* Capitalised words that begin sentences and titles but name nothing. */
static const char *const stop[] = {
	"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
	"in", "on", "at", "by", "for", "with", "from", "to", "and", "or", "but", "as", "after",
	"before", "since", "when", "while", "under", "according", "also", "however", "both",
	"each", "le", "la", "les", "l", "un", "une", "ce", "cette", "et", "ou", "el", "los",
	"las", "una", "este", "esta", "ese", "esa", "die", "der", "das", "den", "dem", "des",
	"ein", "eine", "einer", "und", "oder", "im", "am", "y", "o", "de", "du", "del", "en",
	"dans", "par", "pour", "avec", "con", "por", "para", "mit", "von", "fur", "bei",
	"nach", "zu", "if", "so", "it", "he", "she", "they", "we", "i", "you", "il", "elle",
	"ils", "er", "sie", "es", "wir", "ich", "new", "first", "last", "more", "most", "all",
	"some", "which", "who", "what", "where", "how", "why", "mais", "pero", "aber", "laut",
	"selon", "segun", "gemass",
	/* months: "on 28 March, the ..." (not "August", a given name) */
	"january", "february", "march", "april", "june", "july", "september", "october",
	"november", "december", "janvier", "fevrier", "avril", "juin", "juillet", "aout",
	"septembre", "octobre", "novembre", "decembre", "enero", "febrero", "marzo", "abril",
	"mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
	"januar", "februar", "marz", "juni", "juli", "oktober", "dezember", NULL};
/* Lower-case words that end the run of words between a company noun and
 * its name ("la empresa firmó con Indra": "con"). */
static const char *const function_words[] = {
	"a", "ha", "han", "has", "have", "had", "is", "was", "were", "are", "est", "sont",
	"ont", "avait", "es", "son", "fue", "era", "ist", "hat", "haben", "wird", "wurde",
	"que", "qui", "quien", "which", "who", "that", "dont", "cuyo", "cuya", "se", "s",
	"said", "says", "dit", "dijo", "sagte", "will", "would", "va", "sera", "sur", "with",
	"avec", "con", "mit", "an", "au", "aux", "al", "to", "a", "et", "y", "und", "and",
	"or", "ou", "o", "oder", "not", "ne", "no", "nicht", "in", "en", "dans", "im", NULL};
/* Head words that end a company's name: "Rafael Advanced Defense Systems". */
static const char *const heads[] = {
	"industries", "systems", "technologies", "technology", "aerospace", "dynamics", "atomics",
	"electronics", "holdings", "holding", "solutions", "labs", "laboratories", "robotics",
	"networks", "enterprises", "ventures", "industrie", "industrias", "sistemas", "tecnologias", "systeme",
	"technologie", "werke", "werk", "group", "groupe", "gruppe", "aircraft", "sensors",
	/* holders: "Deutsche Bank", "Carlyle Capital", "DNB Asset" */
	"bank", "capital", "partners", "investments", "asset", "assets", NULL};

/* Head words that end a company's name only after a first word of its
 * own ("Redwood Correctional Services", "Holt Vehicles", "Tarvo Arms"):
 * "Social Services", "Small Arms", "Emergency Services" name none. */
static const char *const weak_heads[] = {
	"services", "aviation", "engineering", "communications", "construction", "logistics",
	"vehicles", "motors", "arms", "ordnance", "munitions", "shipyards", "shipbuilding",
	"avionics", "optronics", "helicopters", "software", "analytics", "servicios",
	"ingenieria", "systemes", "ingenierie", "wehrtechnik", "fahrzeugbau", "maschinenbau",
	"schiffbau", "partnership", NULL};

/* Trades that end a company's name of two words, the first its own:
 * "Kelvar Defense", "Sorvane Défense", "Maribel Tech", "Orvix Security"
 * ("Missile Defense", "Homeland Security": common starts; "Ballistic
 * Missile Defence", "Kratos Defense and Security Solutions": more words). */
static const char *const trade_heads[] = {
	"defense", "defence", "defensa", "tech", "security", "seguridad", "securite", "optics",
	"photonics", "instruments", "devices", "armaments", "automotive", "telecom", "consulting",
	"imaging", "shipyard", "aeronautica", "aeronautique", "electronica", "electronique",
	"elektronik", "optronique", NULL};

static int is_cap_word(const xword *w)
{
	return w->t.cap && !w->t.digit;
}

/* Only a space, or ", " before a legal form, between two words of a name;
 * "&" and "-" inside one ("Procter & Gamble", "Krauss-Maffei"). */
static int joined(const char *text, const xword *x, const xword *y)
{
	size_t i = x->t.end, e = y->t.start;
	if (e - i == 1 && (text[i] == ' ' || text[i] == '-' || text[i] == '\''))
		return 1;
	if (e - i == 3 && !memcmp(text + i, " & ", 3))
		return 1;
	/* an initial: "C. G. Haenel", "J. P. Morgan" */
	if (e - i == 2 && x->t.end - x->t.start == 1 && !memcmp(text + i, ". ", 2))
		return 1;
	return 0;
}

/* Spans already taken (registry names, bodies), for "does [a, b) touch
 * one?" in O(log n): sorted by start, with the greatest end so far. Every
 * capitalised word asks, and a long text has as many names as words. */
typedef struct taken {
	rcp__span *v;
	size_t *max_end;
	size_t n;
} taken;

static int by_span_start(const void *x, const void *y)
{
	const rcp__span *a = x, *b = y;
	return a->start < b->start ? -1 : a->start > b->start;
}

static void taken_init(taken *t, const rcp__span *cov, size_t n)
{
	t->n = n;
	t->v = rcp__xmalloc((n ? n : 1) * sizeof *t->v);
	t->max_end = rcp__xmalloc((n ? n : 1) * sizeof *t->max_end);
	if (n)
		memcpy(t->v, cov, n * sizeof *cov);
	qsort(t->v, n, sizeof *t->v, by_span_start);
	for (size_t i = 0; i < n; i++)
		t->max_end[i] = i && t->max_end[i - 1] > t->v[i].end ? t->max_end[i - 1] : t->v[i].end;
}

static void taken_release(taken *t)
{
	free(t->v);
	free(t->max_end);
}

static int covered(const taken *t, size_t a, size_t b)
{
	/* the spans that start before b: [0, lo) */
	size_t lo = 0, hi = t->n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (t->v[mid].start < b)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo > 0 && t->max_end[lo - 1] > a;
}

/* The first two bytes of the legal forms, as bits (c0 << 8 | c1): every
 * capitalised word asks legal_form_at(), and almost none starts one. */
static uint8_t form_starts2[256 * 256 / 8];
static pthread_once_t form_starts2_once = PTHREAD_ONCE_INIT;

static void form_starts2_make(void)
{
	for (int k = 0; legal_forms[k]; k++) {
		unsigned v = (unsigned)(unsigned char)legal_forms[k][0] << 8 |
		             (unsigned char)legal_forms[k][1];
		form_starts2[v >> 3] |= (uint8_t)(1u << (v & 7));
	}
}

/* The legal form that starts at byte p, ends at a word's end; its length. */
static size_t legal_form_at(const char *text, size_t len, size_t p)
{
	if (p >= len)
		return 0;
	pthread_once(&form_starts2_once, form_starts2_make);
	if (p + 1 < len) {
		unsigned v = (unsigned)(unsigned char)text[p] << 8 | (unsigned char)text[p + 1];
		if (!(form_starts2[v >> 3] >> (v & 7) & 1))
			return 0;
	}
	for (int k = 0; legal_forms[k]; k++) {
		/* the first bytes first: every capitalised word asks */
		if (legal_forms[k][0] != text[p] || (p + 1 < len && legal_forms[k][1] != text[p + 1]))
			continue;
		size_t l = strlen(legal_forms[k]);
		if (p + l > len || memcmp(text + p, legal_forms[k], l))
			continue;
		/* the form ends there: "SA" is not "SAP", "Inc" not "Included" */
		if (!rcp__word_ends_at(text, len, p + l))
			continue;
		return l;
	}
	return 0;
}

/* Words for what a person is, right before a name: "the analyst Priya
 * Raman", "el comisario José Villarejo", "der Unternehmer Jens Kühnel". */
static const char *const roles_before[] = {
	"analyst", "analyste", "analista", "lawyer", "avocat", "avocate", "abogado", "abogada",
	"anwalt", "anwaltin", "journalist", "journaliste", "periodista", "researcher",
	"chercheur", "chercheuse", "investigador", "investigadora", "forscher", "forscherin",
	"professor", "professeur", "profesor", "profesora", "professorin", "activist",
	"militant", "militante", "activista", "aktivist", "aktivistin", "depute", "deputee",
	"diputado", "diputada", "abgeordnete", "abgeordneter", "senateur", "senador",
	"senadora", "coronel", "oberst", "captain", "capitaine", "capitan", "hauptmann",
	"commander", "commandant", "comandante", "kommandeur", "admiral", "amiral", "almirante",
	"general", "portavoz", "sprecher", "sprecherin", "owner", "proprietaire", "propietario",
	"propietaria", "inhaber", "inhaberin", "entrepreneur", "businessman", "businesswoman",
	"empresario", "empresaria", "unternehmer", "unternehmers", "unternehmerin", "comisario",
	"comisaria", "commissaire", "kommissar", "commissioner", "mayor", "maire", "alcalde",
	"alcaldesa", "burgermeister", "burgermeisterin", "prosecutor", "procureur", "fiscal",
	"staatsanwalt", "deputy", "secretary", "secretaire", "secretario", "secretaria",
	"ministra", "ministerin", "presidenta", "prasident", "prasidentin", "directora",
	"direktor", "direktorin", "chefin", "chairwoman", "gouverneur", "gobernador",
	"governor", "juge", "jueza", "richterin", "brigadier", "lieutenant",
	"teniente", "sargento", "capitana", "inspector", "inspecteur", "inspektor", NULL};

/* A German title's compound: "Innenminister", "Konzernsprecher",
 * "Polizeipräsident", "Firmenchefin". */
static int role_compound(const xword *x)
{
	static const char *const ends[] = {"minister", "ministerin", "sprecher", "sprecherin",
	                                   "kanzler", "kanzlerin",
	                                   "chef", "chefin", "prasident", "prasidentin", "direktor",
	                                   "direktorin", "leiter", "leiterin", NULL};
	size_t n = x->t.flen;
	if (n < 8 || n >= sizeof x->f)
		return 0;
	for (int k = 0; ends[k]; k++) {
		size_t l = strlen(ends[k]);
		if (n > l + 2 && !strcmp(x->f + n - l, ends[k]))
			return 1;
	}
	return 0;
}

/* Is the name w[a..b] a person's: a title before it, or a given name and
 * one or two words? */
static int person_name(const xword *w, size_t a, size_t b)
{
	if (a > 0 && w[a - 1].t.sentence == w[a].t.sentence &&
	    (in_list(w[a - 1].f, titles) || in_list(w[a - 1].f, roles_before) ||
	     role_compound(&w[a - 1])))
		return 1;
	/* "CEO Satya Nadella" */
	if (in_list(w[a].f, titles))
		return 1;
	return b > a && b - a <= 2 && in_list(w[a].f, given);
}

/* A capitalised name from w[i] on: its last word (the legal form's, if
 * one follows: *end is then its end, *formal 1), or (size_t)-1. */
/* What a noun says of the name after it. */
enum { CUE_NONE, CUE_COMPANY, CUE_COMPANIES, CUE_MEDIA };

static int cue_noun(const xword *x, int li);

static int compound_noun(const xword *x, int li);

static size_t name_from(const char *text, size_t len, const xword *w, size_t n, size_t i,
                        int li, const taken *cov, size_t *end, size_t *base_b, int *formal)
{
	uint32_t sent = w[i].t.sentence;
	*formal = 0;
	if (!is_cap_word(&w[i]) || in_list(w[i].f, stop) ||
	    legal_form_at(text, len, w[i].t.start) || covered(cov, w[i].t.start, w[i].t.end))
		return (size_t)-1;
	size_t b = i;
	while (b + 1 < n && b + 1 - i < 5 && w[b + 1].t.sentence == sent && is_cap_word(&w[b + 1]) &&
	       !in_list(w[b + 1].f, stop) && joined(text, &w[b], &w[b + 1]) &&
	       !legal_form_at(text, len, w[b + 1].t.start) &&
	       !covered(cov, w[b + 1].t.start, w[b + 1].t.end) &&
	       /* "Norvik CEO Tom Hale": the title begins a person's name */
	       strcmp(w[b + 1].f, "ceo") &&
	       /* "das Berliner Unternehmen Kalyx": German's company noun is
	        * the next name's cue, not this name's word */
	       !(li == 3 && (in_list(w[b + 1].f, nouns) || compound_noun(&w[b + 1], li)) &&
	         !in_list(w[b + 1].f, heads)) &&
	       /* "WDR-Magazins": the news noun is not the name's */
	       !(text[w[b].t.end] == '-' && cue_noun(&w[b + 1], li) == CUE_MEDIA) &&
	       /* "Hensoldt-Aktie": nor the stock's */
	       !(text[w[b].t.end] == '-' && in_list(w[b + 1].f, corp_compounds)) &&
	       /* a word said twice running ends a name: "Systems Systems"
	        * is a text's repetition, not a company */
	       strcmp(w[b + 1].f, w[b].f))
		b++;
	/* "Kratos Defense and Security Solutions": two words or more, no
	 * head, then "and" and a run that ends in a head is one name ("Kord
	 * Technologies and Trideum", "Lockheed Martin and General Dynamics",
	 * a head or a registry name before "and", are two) */
	if (b > i && !in_list(w[b].f, heads) && !in_list(w[b].f, weak_heads) && b + 2 < n &&
	    w[b + 1].t.sentence == sent && !w[b + 1].t.cap && !strcmp(w[b + 1].f, "and") &&
	    joined(text, &w[b], &w[b + 1]) && joined(text, &w[b + 1], &w[b + 2])) {
		size_t k = b + 2, e = (size_t)-1;
		for (; k < n && k - b <= 4 && w[k].t.sentence == sent && is_cap_word(&w[k]) &&
		       !in_list(w[k].f, stop) && !covered(cov, w[k].t.start, w[k].t.end) &&
		       (k == b + 2 || joined(text, &w[k - 1], &w[k]));
		     k++)
			if (in_list(w[k].f, heads) || in_list(w[k].f, weak_heads))
				e = k;
		if (e != (size_t)-1 && (e + 1 >= n || !w[e + 1].t.cap || w[e + 1].t.sentence != sent))
			b = e;
	}
	/* "Drones del Sur SLU", "Construcciones y Auxiliar de Ferrocarriles
	 * SA": a lower-case join inside a name with its legal form after it */
	static const char *const name_joins[] = {"de", "del", "des", "du", "of", "y", "et", "and",
	                                         "und", "fur", NULL};
	for (size_t j = b + 1, k; j + 1 < n && j - i < 8 && w[j].t.sentence == sent &&
	                          !w[j].t.cap && in_list(w[j].f, name_joins) &&
	                          joined(text, &w[j - 1], &w[j]) && is_cap_word(&w[j + 1]) &&
	                          !in_list(w[j + 1].f, stop) && joined(text, &w[j], &w[j + 1]) &&
	                          !covered(cov, w[j + 1].t.start, w[j + 1].t.end);
	     j = k + 1) {
		k = j + 1;
		while (k + 1 < n && k + 1 - j < 4 && w[k + 1].t.sentence == sent &&
		       is_cap_word(&w[k + 1]) && !in_list(w[k + 1].f, stop) &&
		       joined(text, &w[k], &w[k + 1]) && !legal_form_at(text, len, w[k + 1].t.start))
			k++;
		size_t q = w[k].t.end;
		if (q < len && text[q] == ' ' && !legal_form_at(text, len, w[k + 1 < n ? k + 1 : k].t.start) &&
		    !(k + 1 < n && w[k + 1].t.sentence == sent && !w[k + 1].t.cap &&
		      in_list(w[k + 1].f, name_joins)))
			break;
		if (q < len && text[q] == ' ' && legal_form_at(text, len, q + 1)) {
			b = k;
			break;
		}
	}
	*base_b = b;
	*end = w[b].t.end;
	/* a legal form after it: "Hensoldt AG", "Acme, Inc." */
	size_t p = *end;
	if (p + 2 < len && text[p] == ',' && text[p + 1] == ' ')
		p += 2;
	else if (p < len && text[p] == ' ')
		p++;
	size_t l = p > *end ? legal_form_at(text, len, p) : 0;
	if (l) {
		*end = p + l;
		*formal = 1;
		/* a second form: "Co., Ltd.", "Pty Ltd", "Pvt. Ltd." */
		p = *end;
		if (p + 2 < len && text[p] == ',' && text[p + 1] == ' ')
			p += 2;
		else if (p < len && text[p] == ' ')
			p++;
		size_t l1 = l, p1 = *end - l;
		l = p > *end ? legal_form_at(text, len, p) : 0;
		/* not the same form twice: "Inc. Inc." is a text's repetition */
		if (l && !(l == l1 && !memcmp(text + p, text + p1, l)))
			*end = p + l;
		while (b + 1 < n && w[b + 1].t.start < *end)
			b++;
	}
	return b;
}

static int ends_in(const char *f, size_t flen, const char *suffix)
{
	size_t k = strlen(suffix);
	/* a word cut to fit xword.f has lost its ending */
	return flen > k + 2 && flen < sizeof ((xword *)0)->f && !strcmp(f + flen - k, suffix);
}

/* A German compound ending in a company's noun ("Rentenkasse",
 * "Rüstungskonzerne"): capitalised like any noun, it is not a name. */
static int compound_noun(const xword *x, int li)
{
	if (li != 3 || !x->t.cap || x->t.flen < 7 || x->t.flen >= sizeof x->f)
		return 0;
	for (int k = 0; compound_nouns[k]; k++)
		if (ends_in(x->f, x->t.flen, compound_nouns[k]))
			return 1;
	return 0;
}

static int cue_noun(const xword *x, int li)
{
	/* every name asks of the word before it, most often "the", "de",
	 * "la": no noun of a company or an organization is that short but
	 * "the NGO", "l'ONG" (written in capitals) */
	if (x->t.flen <= 4 && in_list(x->f, small_firms))
		return CUE_COMPANY;
	if (x->t.flen < 4)
		return in_list(x->f, org_acronyms) ? CUE_MEDIA : CUE_NONE;
	/* "Acquiring Israeli High-Tech Companies Employees have": outside
	 * German a capitalised noun is a title's word, no cue */
	if (x->t.cap && li != 3)
		return in_list(x->f, nouns) && !in_list(x->f, plural_nouns) &&
		               !in_list(x->f, media_nouns)
		           ? CUE_COMPANY
		           : CUE_NONE;
	if (in_list(x->f, media_nouns) || in_list(x->f, org_nouns) ||
	    (li == 3 && x->t.cap && ends_in(x->f, x->t.flen, "organisation")) ||
	    (li == 3 && x->t.cap && (ends_in(x->f, x->t.flen, "zeitung") ||
	                             ends_in(x->f, x->t.flen, "magazin") ||
	                             ends_in(x->f, x->t.flen, "magazins") ||
	                             ends_in(x->f, x->t.flen, "agentur") || !strcmp(x->f, "magazins"))))
		return CUE_MEDIA;
	if (in_list(x->f, plural_nouns) ||
	    (li == 3 && x->t.cap && (ends_in(x->f, x->t.flen, "konzerne") ||
	                             ends_in(x->f, x->t.flen, "firmen"))))
		return CUE_COMPANIES;
	if (in_list(x->f, nouns) || (!x->t.cap && in_list(x->f, group_nouns)) ||
	    compound_noun(x, li))
		return CUE_COMPANY;
	return CUE_NONE;
}

static int is_conjunction(const char *f);

/* Does text[a, b) hold one of the bytes of set? */
static int strpbrk_span(const char *text, size_t a, size_t b, const char *set)
{
	for (size_t k = a; k < b; k++)
		if (strchr(set, text[k]))
			return 1;
	return 0;
}

/* Does text[a, b) hold a typographic quotation mark (“ ” « »)? */
static int quote_span(const char *text, size_t a, size_t b)
{
	for (size_t k = a; k + 1 < b; k++)
		if ((k + 2 < b && !memcmp(text + k, "\xe2\x80", 2) &&
		     (text[k + 2] == '\x9c' || text[k + 2] == '\x9d')) ||
		    (!memcmp(text + k, "\xc2", 1) && (text[k + 1] == '\xab' || text[k + 1] == '\xbb')))
			return 1;
	return 0;
}

/* Is there a colon between w[i - 1] and w[i]? */
static int colon_before(const char *text, const xword *w, size_t i)
{
	return i > 0 && memchr(text + w[i - 1].t.end, ':', w[i].t.start - w[i - 1].t.end) != NULL;
}

/* Is there a list's separator between w[i - 1] and w[i]: a comma, a
 * semicolon or a conjunction word before? */
static int list_gap(const char *text, const xword *w, size_t i)
{
	if (i == 0)
		return 0;
	size_t a = w[i - 1].t.end, b = w[i].t.start;
	return memchr(text + a, ',', b - a) || memchr(text + a, ';', b - a) ||
	       (!w[i - 1].t.cap && is_conjunction(w[i - 1].f));
}

/* "Two South Korean firms, Hanwha Corporation and Poongsan, are": after a
 * plural company noun and a comma, capitalised names joined by commas and
 * a conjunction, closed by a comma or the sentence's end, are an
 * apposition that lists them. From its first name w[i]. */
static int apposed_list(const char *text, size_t len, const xword *w, size_t n, size_t i)
{
	int conj = 0;
	for (size_t k = i; k < n && k < i + 10 && w[k].t.sentence == w[i].t.sentence; k++) {
		if (!w[k].t.cap) {
			if (!is_conjunction(w[k].f) || k == i || !w[k - 1].t.cap)
				return 0;
			conj = 1;
			continue;
		}
		size_t e = w[k].t.end;
		int last = k + 1 >= n || w[k + 1].t.sentence != w[k].t.sentence;
		if (conj && (last || (e < len && text[e] == ',')))
			return 1;
		/* a word of a name or a comma before the next */
		if (!last && e < len && text[e] != ' ' && text[e] != ',')
			return 0;
	}
	return 0;
}

/* A company noun right before word i ("the defense contractor Anduril",
 * "die Firma Heckler"); in French and Spanish, which put the adjective
 * after the noun, also with one adjective or "de" and a noun between ("la
 * société israélienne Elbit", "la empresa de seguridad Prosegur"), a
 * comma too ("El periódico, Aftenposten, identificó"). What the noun says
 * (CUE_*). */
/* An English country's adjective by its ending ("Spanish", "Chinese",
 * "Italian", "American", "French", "Dutch", "Israeli"), folded. */
static int en_country_adjective(const char *f)
{
	static const char *const ends[] = {"ish", "ese", "ian", "can", "nch", "tch", "ech", "eli",
	                                   "ani", "audi", NULL};
	size_t l = strlen(f);
	for (int k = 0; ends[k]; k++) {
		size_t e = strlen(ends[k]);
		if (l > e + 1 && !strcmp(f + l - e, ends[k]))
			return 1;
	}
	return 0;
}

static int noun_before(const char *text, const xword *w, size_t i, int li)
{
	uint32_t sent = w[i].t.sentence;
	const xword *x = i >= 1 ? &w[i - 1] : NULL;
	if (!x || x->t.sentence != sent)
		return CUE_NONE;
	/* "Virginia-based Kessel", "the Tel Aviv-based Orvix"; "the Israeli
	 * start-up Vizion", "das Münchner Start-up Vizion" */
	if (i >= 2 && w[i - 2].t.sentence == sent && w[i - 1].t.start == w[i - 2].t.end + 1 &&
	    text[w[i - 2].t.end] == '-' &&
	    ((!strcmp(x->f, "based") && w[i - 2].t.cap) || (!strcmp(x->f, "up") && !strcmp(w[i - 2].f, "start"))))
		return CUE_COMPANY;
	/* "publicly traded Kratos", "Publicly-traded Kratos", "Nasdaq-listed
	 * Kessel", "privately held Orvix", "state-owned Rafael": only a
	 * company is traded, listed, held or owned so ("Israeli-owned" says
	 * whose) */
	/* "Microsoft-owned GitHub", "SoftBank-backed Vortex", "Israeli-owned
	 * Orvix": whose it is says it is a firm */
	if (li == 0 && i >= 2 && w[i - 2].t.sentence == sent && w[i - 2].t.cap &&
	    w[i - 1].t.start == w[i - 2].t.end + 1 && text[w[i - 2].t.end] == '-' &&
	    (!strcmp(x->f, "owned") || !strcmp(x->f, "backed") || !strcmp(x->f, "controlled")))
		return CUE_COMPANY;
	if (i >= 2 && w[i - 2].t.sentence == sent && !x->t.cap &&
	    (((!strcmp(x->f, "traded") || !strcmp(x->f, "held") || !strcmp(x->f, "owned")) &&
	      (!strcmp(w[i - 2].f, "publicly") || !strcmp(w[i - 2].f, "privately") ||
	       !strcmp(w[i - 2].f, "state"))) ||
	     (!strcmp(x->f, "listed") && w[i - 1].t.start == w[i - 2].t.end + 1 &&
	      text[w[i - 2].t.end] == '-')))
		return CUE_COMPANY;
	/* "la cotizada Indra", "der börsennotierte Hensoldt", "la société
	 * cotée Thales" is a noun's */
	static const char *const listed[] = {"cotizada", "borsennotierte", "borsennotierten",
	                                     NULL};
	if (!x->t.cap && in_list(x->f, listed))
		return CUE_COMPANY;
	/* "contractors including Kessel", "des entreprises, notamment
	 * Thales", "empresas, entre ellas Indra", "Firmen, darunter Kessler";
	 * "Trois sociétés ont proposé des solutions : Morpho" */
	static const char *const including[] = {"including", "notamment", "dont", "incluidas",
	                                        "incluidos", "incluyendo", "darunter", "namely",
	                                        "ellas", "ellos", NULL};
	/* "Las firmas desafectadas son Trompia y Buccello", "the bidders
	 * were Kessel and Orvix": a plural company noun its subject, the
	 * names after a copula are its members */
	static const char *const copulas[] = {"are", "were", "sont", "etaient", "furent", "son",
	                                      "eran", "fueron", "sind", "waren", NULL};
	int colon = colon_before(text, w, i);
	int copula = !x->t.cap && !colon && in_list(x->f, copulas);
	if ((!x->t.cap && in_list(x->f, including)) || colon || copula) {
		for (size_t j = i - 1; j > 0 && i - j < 13 && w[j - 1].t.sentence == sent; j--) {
			/* the copula's subject opens the sentence ("Die Chefs
			 * der Firmen sind Meier und Schulz" names the chiefs) */
			if (copula && j >= 3 && w[j - 3].t.sentence == sent)
				continue;
			if (in_list(w[j - 1].f, plural_nouns) || in_list(w[j - 1].f, plural_more) ||
			    cue_noun(&w[j - 1], li) == CUE_COMPANIES)
				/* "the companies are Spanish", "las empresas son
				 * España y Francia": a nationality or a place says
				 * where they are */
				return copula && (rcp__nationality(w[i].f, li) ||
				                  rcp__place_word(w[i].f) ||
				                  (li == 0 && en_country_adjective(w[i].f)))
				           ? CUE_NONE
				           : CUE_COMPANIES;
			/* "companies," says X, who wrote the book Migrating to
			 * Prison: America's": the colon opens another clause's list */
			if (colon && (strpbrk_span(text, w[j - 1].t.end, w[j].t.start, ",\"()") ||
			              quote_span(text, w[j - 1].t.end, w[j].t.start)))
				break;
		}
	}
	/* "Bank Says Profits Rose As Firm Grows": outside German a
	 * capitalised noun is a headline's word, no cue ("NGO" is written so) */
	if (li != 3 && x->t.cap && !in_list(x->f, org_acronyms) &&
	    !(x->t.flen <= 4 && in_list(x->f, small_firms)))
		return CUE_NONE;
	int said = cue_noun(x, li);
	/* "von Konzernen wie Alstom", "companies such as", "des entreprises
	 * comme", "empresas como" */
	size_t k = i - 1;
	if (!said && k > 0 && !strcmp(x->f, "as") && !strcmp(w[k - 1].f, "such"))
		k--;
	if (!said && k > 0 && w[k - 1].t.sentence == sent &&
	    (!strcmp(x->f, "as") || !strcmp(x->f, "like") || !strcmp(x->f, "wie") ||
	     !strcmp(x->f, "comme") || !strcmp(x->f, "como")) &&
	    (in_list(w[k - 1].f, plural_nouns) || in_list(w[k - 1].f, plural_more)))
		return CUE_COMPANIES;

	if (said || (li != 1 && li != 2))
		return said;
	/* one adjective: lower case, not a verb or a preposition of a clause */
	int adjective = !x->t.cap && !x->t.digit && x->t.flen >= 4 && !in_list(x->f, function_words);
	if (adjective && i >= 2 && w[i - 2].t.sentence == sent &&
	    (said = cue_noun(&w[i - 2], li)) != CUE_NONE)
		return said;
	if (adjective && i >= 2 && w[i - 2].t.sentence == sent && in_list(w[i - 2].f, group_nouns))
		return CUE_COMPANY;
	/* two adjectives: "la empresa estatal israelí Orvix", "la start-up
	 * française Vizion" */
	if (adjective && i >= 3 && w[i - 3].t.sentence == sent && !w[i - 2].t.cap &&
	    !w[i - 2].t.digit && w[i - 2].t.flen >= 4 && !in_list(w[i - 2].f, function_words) &&
	    (cue_noun(&w[i - 3], li) == CUE_COMPANY ||
	     (!strcmp(w[i - 2].f, "up") && i >= 4 && !strcmp(w[i - 3].f, "start"))))
		return CUE_COMPANY;
	if (adjective && i >= 3 && !strcmp(w[i - 2].f, "up") && !strcmp(w[i - 3].f, "start"))
		return CUE_COMPANY;
	/* "de seguridad", "d'armement" */
	if (adjective && i >= 3 && w[i - 3].t.sentence == sent &&
	    (!strcmp(w[i - 2].f, "de") || !strcmp(w[i - 2].f, "d")) &&
	    (in_list(w[i - 3].f, nouns) || in_list(w[i - 3].f, group_nouns) ||
	     in_list(w[i - 3].f, plural_nouns)))
		return CUE_COMPANY;
	/* "el fondo de pensiones holandés", "la société de sécurité
	 * israélienne": the noun, "de" and a noun, then the adjective */
	if (adjective && i >= 4 && w[i - 4].t.sentence == sent && !w[i - 2].t.cap &&
	    (!strcmp(w[i - 3].f, "de") || !strcmp(w[i - 3].f, "d")) &&
	    (in_list(w[i - 4].f, nouns) || in_list(w[i - 4].f, group_nouns)))
		return CUE_COMPANY;
	return CUE_NONE;
}

/* An organization's acronym as the one who speaks: "so KLP.", "laut
 * PFZW", "according to ABP", "selon la CNIL", "según KLP", "KLP said",
 * "PGGM erklärte". A person's name is never in capitals. */
static int speaker_acronym(const char *text, const xword *w, size_t n, size_t i, int li)
{
	static const char *const before[] = {"laut", "selon", "segun", NULL};
	static const char *const verbs[] = {
		"said", "says", "told", "stated", "announced", "declined", "confirmed", "explained",
		"declare", "indique", "affirme", "precise", "explique", "annonce", "dijo", "declaro",
		"afirmo", "senalo", "indico", "explico", "informo", "preciso", "anuncio", "sagte",
		"erklarte", "teilte", "betonte", "kundigte", "bestatigte", "schreibt", "schrieb", NULL};
	static const char *const not_orgs[] = {"AI", "IT", "TV", "GPS", "CEO", "NGO", "ONG", "NRO",
	                                       "PDG", "USA", "UAE", "UK", "US", "EEUU", "GDP",
	                                       "PIB", "BIP", "CCTV", NULL};
	size_t st = w[i].t.start, l = w[i].t.end - st;
	/* "Elbit Systems [ESLT], said", "listed ... as CXW, announced": a
	 * ticker */
	if (l < 2 || l > 6 || (st > 0 && (text[st - 1] == '[' || text[st - 1] == '(')) ||
	    (i > 0 && (!strcmp(w[i - 1].f, "as") || !strcmp(w[i - 1].f, "symbol") ||
	               !strcmp(w[i - 1].f, "ticker"))))
		return 0;
	for (size_t k = st; k < st + l; k++)
		if (text[k] < 'A' || text[k] > 'Z')
			return 0;
	for (int k = 0; not_orgs[k]; k++)
		if (strlen(not_orgs[k]) == l && !memcmp(text + st, not_orgs[k], l))
			return 0;
	uint32_t sent = w[i].t.sentence;
	if (i > 0 && w[i - 1].t.sentence == sent &&
	    (in_list(w[i - 1].f, before) || (li == 3 && !strcmp(w[i - 1].f, "so") && !w[i - 1].t.cap) ||
	     (i > 1 && !strcmp(w[i - 1].f, "to") && !strcmp(w[i - 2].f, "according"))))
		return 1;
	size_t j = i + 1;
	/* "(programme LORCA), indique Thales": a verb after a comma or a
	 * parenthesis is an incise, its speaker after it */
	if (j < n && (memchr(text + w[i].t.end, ',', w[j].t.start - w[i].t.end) ||
	              memchr(text + w[i].t.end, ')', w[j].t.start - w[i].t.end)))
		return 0;
	/* "KLP a déclaré", "PGGM hat erklärt" */
	if (j + 1 < n && (!strcmp(w[j].f, "a") || !strcmp(w[j].f, "ha") || !strcmp(w[j].f, "hat")) &&
	    w[j].t.sentence == sent)
		j++;
	return j < n && w[j].t.sentence == sent && !w[j].t.cap && in_list(w[j].f, verbs);
}

/* One word in capitals or with a capital inside: "KNDS", "SkyLock". */
static int company_shaped(const char *text, const xword *x)
{
	size_t upper = 0;
	for (size_t k = x->t.start + 1; k < x->t.end; k++)
		upper += text[k] >= 'A' && text[k] <= 'Z';
	return upper > 0 && x->t.end - x->t.start >= 3;
}

/* A name in apposition to a company noun after it: "ABP, el fondo
 * holandés", "Vantoria, a security contractor", "The Observer, la
 * publication sœur", "Kessler, ein Rüstungskonzern": a comma, an article,
 * at most two words (not a title: "Smith, the company's chief"), the noun,
 * not followed by a possessive. What the noun says (CUE_*). */
static int noun_after(const char *text, size_t len, const xword *w, size_t n, size_t b,
                      size_t end, int li)
{
	static const char *const arts[] = {"a", "an", "the", "un", "une", "le", "la", "l", "el",
	                                   "una", "ein", "eine", "der", "die", "das", NULL};
	if (end + 2 > len || text[end] != ',' || b + 2 >= n || !in_list(w[b + 1].f, arts) ||
	    w[b + 1].t.sentence != w[b].t.sentence)
		return CUE_NONE;
	for (size_t k = b + 2; k < n && k <= b + 4 && w[k].t.sentence == w[b].t.sentence; k++) {
		if (in_list(w[k].f, titles) || w[k].t.digit)
			return CUE_NONE;
		int said = cue_noun(&w[k], li);
		if (!said && !strcmp(w[k].f, "publication"))
			said = CUE_MEDIA;
		/* "Halvex, an Israeli start-up," */
		if (!said && !strcmp(w[k].f, "up") && !strcmp(w[k - 1].f, "start"))
			said = CUE_COMPANY;
		if (!said)
			continue;
		/* "the company's", "a former company executive" is no
		 * apposition of a name */
		static const char *const roles[] = {
			"executive", "executives", "employee", "worker", "official", "engineer",
			"analyst", "manager", "lawyer", "owner", "boss", "spokesperson", "insider",
			"veteran", "cadre", "salarie", "employe", "dirigeant", "responsable",
			"empleado", "directivo", "trabajador", "portavoz", "mitarbeiter", "manager",
			"sprecher", "sprecherin", "chef", "chefin", NULL};
		size_t e = w[k].t.end;
		if (e < len && (text[e] == '\'' || (e + 3 <= len && !memcmp(text + e, "\xe2\x80\x99", 3))))
			return CUE_NONE;
		if (k + 1 < n && w[k + 1].t.sentence == w[k].t.sentence && in_list(w[k + 1].f, roles))
			return CUE_NONE;
		return said == CUE_COMPANIES ? CUE_NONE : said;
	}
	return CUE_NONE;
}

/* "AirMap: $3.3M for product development": a line that opens with a name,
 * a colon and an amount lists an award. */
static int award_line(const char *text, size_t len, const xword *w, size_t i, size_t end)
{
	static const char *const not_names[] = {"total", "note", "update", "source", "price",
	                                        "cost", "costs", "budget", "value", "sales",
	                                        "revenue", "funding", "award", "contract", NULL};
	if (end + 3 > len || text[end] != ':' || text[end + 1] != ' ' || in_list(w[i].f, not_names))
		return 0;
	unsigned char c = (unsigned char)text[end + 2];
	if (!(c == '$' || (c >= '0' && c <= '9') || (end + 5 <= len && !memcmp(text + end + 2, "\xe2\x82\xac", 3)) ||
	      (end + 4 <= len && !memcmp(text + end + 2, "\xc2\xa3", 2))))
		return 0;
	return w[i].t.start == 0 || text[w[i].t.start - 1] == '\n';
}

/* "la japonesa FANUC", "l'israélienne Vortex": French and Spanish leave a
 * company's noun out and say its article and its country's adjective ("la
 * [empresa] japonesa"); not "federal", "européenne". A person is named so
 * too ("la española Carolina Marín"): the name is one word or shaped as a
 * company's ("FANUC"), and the person filters after it still apply. */
static int elided_noun(const char *text, const xword *w, size_t i, size_t b, int li)
{
	if ((li != 1 && li != 2) || i < 2 || w[i - 2].t.sentence != w[i].t.sentence)
		return 0;
	const xword *x = &w[i - 1];
	if (x->t.cap || rcp__word_cut(x) ||
	    !(!strcmp(w[i - 2].f, "la") || (li == 1 && !strcmp(w[i - 2].f, "l"))) ||
	    !strncmp(x->f, "europ", 5) || !strncmp(x->f, "federal", 7) ||
	    !rcp__nationality(x->f, li))
		return 0;
	return b == i || company_shaped(text, &w[i]);
}

int rcp__company_noun_before(const char *text, const xword *w, size_t i, int li)
{
	return noun_before(text, w, i, li) == CUE_COMPANY;
}

int rcp__company_noun_after(const char *text, size_t len, const xword *w, size_t n, size_t b,
                            size_t end, int li)
{
	return noun_after(text, len, w, n, b, end, li) == CUE_COMPANY;
}

/* "Gepsa (groupe Engie, 23 %)", "Vantoria (a subsidiary of Brumm)": a
 * name with its group in parentheses after it is a company's. */
static int group_after(const char *text, size_t len, const xword *w, size_t n, size_t b,
                       size_t end)
{
	static const char *const of[] = {"groupe", "grupo", "group", "gruppe", "filiale", "filial",
	                                 "subsidiary", "tochter", "konzern", NULL};
	if (end + 2 >= len || text[end] != ' ' || text[end + 1] != '(' || b + 1 >= n ||
	    w[b + 1].t.start != end + 2)
		return 0;
	size_t k = b + 1;
	if (k + 1 < n && (!strcmp(w[k].f, "a") || !strcmp(w[k].f, "une") || !strcmp(w[k].f, "una") ||
	                  !strcmp(w[k].f, "le") || !strcmp(w[k].f, "el")))
		k++;
	if (!in_list(w[k].f, of) || k + 1 >= n)
		return 0;
	/* its group named: "groupe Engie", "a subsidiary of Brumm" */
	static const char *const de[] = {"of", "de", "du", "del", "von", "des", NULL};
	if (k + 2 < n && in_list(w[k + 1].f, de))
		k++;
	return is_cap_word(&w[k + 1]);
}

/* "The News & Observer newspaper": an English news noun right after. */
static int media_after(const xword *w, size_t n, size_t b, int li)
{
	return li == 0 && b + 1 < n && w[b + 1].t.sentence == w[b].t.sentence && !w[b + 1].t.cap &&
	       in_list(w[b + 1].f, media_nouns) && strcmp(w[b + 1].f, "daily") &&
	       strcmp(w[b + 1].f, "weekly");
}

/* A possessive right before a name makes it a thing someone has ("CBP's
 * Incident-Driven Video Recording Systems", "its Settlement Systems"). */
static int owned(const char *text, const xword *w, size_t i)
{
	static const char *const poss[] = {"its", "their", "his", "her", "our", "sa", "son",
	                                   "ses", "leur", "leurs", "su", "sus", "sein", "seine",
	                                   "ihr", "ihre", NULL};
	if (i == 0 || w[i - 1].t.sentence != w[i].t.sentence)
		return 0;
	if (in_list(w[i - 1].f, poss))
		return 1;
	size_t st = w[i - 1].t.start;
	return !strcmp(w[i - 1].f, "s") &&
	       ((st >= 1 && text[st - 1] == '\'') ||
	        (st >= 3 && !memcmp(text + st - 3, "\xe2\x80\x99", 3)));
}

/* A name in quotation marks is a product's or a programme's ("a
 * "Settlement Defense" app"). */
static int quoted(const char *text, const xword *w, size_t i)
{
	size_t st = w[i].t.start;
	return (st >= 1 && (text[st - 1] == '"' || text[st - 1] == '\'')) ||
	       (st >= 3 && (!memcmp(text + st - 3, "\xe2\x80\x9c", 3) ||
	                    !memcmp(text + st - 3, "\xc2\xab ", 3))) ||
	       (st >= 2 && !memcmp(text + st - 2, "\xc2\xab", 2));
}

static int plain_name(const xword *w, size_t a);


/* Does the name w[a..b] end in a company head word? */
static int head_name(const xword *w, size_t a, size_t b)
{
	if (b > a && in_list(w[b].f, weak_heads))
		return plain_name(w, a);
	if (b == a + 1 && in_list(w[b].f, trade_heads))
		return plain_name(w, a);
	/* "Nordea Investment Management", "Amundi Asset Management" */
	if (b > a + 1 && !strcmp(w[b].f, "management") &&
	    (!strcmp(w[b - 1].f, "investment") || !strcmp(w[b - 1].f, "asset")))
		return 1;
	/* "West Bank", "the Left Bank": a shore, no bank */
	static const char *const shores[] = {"west", "east", "north", "south", "left", "right",
	                                     NULL};
	if (b > a && !strcmp(w[b].f, "bank") && in_list(w[b - 1].f, shores))
		return 0;
	if (b <= a || !in_list(w[b].f, heads))
		return 0;
	/* some word of it names it: "Aerial Group Systems" could be one,
	 * "Group Systems" alone is heads only */
	for (size_t k = a; k < b; k++)
		if (!in_list(w[k].f, heads))
			return 1;
	return 0;
}

/* "des WDR-Magazins Westpol": a name in capitals joined to a news noun
 * names a broadcaster or a publisher. */
static int media_prefix(const char *text, const xword *w, size_t n, size_t i, int li)
{
	if (i + 1 >= n || w[i + 1].t.start != w[i].t.end + 1 || text[w[i].t.end] != '-' ||
	    w[i + 1].t.sentence != w[i].t.sentence || w[i].t.end - w[i].t.start < 2)
		return 0;
	for (size_t k = w[i].t.start; k < w[i].t.end; k++)
		if (text[k] < 'A' || text[k] > 'Z')
			return 0;
	return cue_noun(&w[i + 1], li) == CUE_MEDIA;
}

/* Words of a holder's name: "Deutsche Bank", "Norges Bank Investment
 * Management", "Allianz Global Investors". */
static const char *const holder_words[] = {
	"bank", "fund", "funds", "capital", "group", "insurance", "partners", "investments",
	"investors", "asset", "assets", "management", "pension", "pensions", "holdings", "trust",
	"securities", "assurance", "assurances", "banque", "banco", "fonds", "fondo", "versicherung",
	"invest", "investment", "advisors", "advisers", "global", "financial", "finance", NULL};
/* Verbs right after a name that say it holds or trades a stake: "KLP sold
 * its stake", "BlackRock holds shares", "BNP Paribas détient", "Deutsche
 * Bank hält". By language; folded; a phrase's words. */
static const char *const holder_verbs[4][12] = {
	{"holds", "held", "invested", "invests", "divested", "divests", "sold its",
	 "increased its", "reduced its", "owns", "excluded", NULL},
	{"detient", "a cede", "a vendu", "a investi", "a desinvesti", "possede", "a exclu", NULL},
	{"posee", "vendio su", "invirtio", "desinvirtio", "tiene acciones", "excluyo", NULL},
	{"halt", "hielt", "verkaufte seine", "verkaufte ihre", "investierte", "besitzt",
	 "hat seine", "hat ihre", "schloss", NULL},
};

static int phrase_after(const xword *w, size_t n, size_t i, const char *ph)
{
	size_t j = i;
	const char *p = ph;
	while (*p) {
		const char *sp = strchr(p, ' ');
		size_t l = sp ? (size_t)(sp - p) : strlen(p);
		if (j >= n || w[j].t.sentence != w[i].t.sentence || strlen(w[j].f) != l ||
		    strncmp(w[j].f, p, l))
			return 0;
		j++;
		p = sp ? sp + 1 : p + l;
	}
	return 1;
}

/* A holder: a name right before a verb of holding or trading a stake, and
 * shaped like an institution's, not a person's: one word in capitals or
 * with a capital inside ("KLP", "BlackRock"), or words with a holder's
 * word among them ("Deutsche Bank"). "Buffett sold his stake" is none. */
static int holder_name(const char *text, const xword *w, size_t n, size_t a, size_t b, int li)
{
	int verb = 0;
	for (int k = 0; !verb && holder_verbs[li >= 0 && li < 4 ? li : 0][k]; k++)
		verb = phrase_after(w, n, b + 1, holder_verbs[li >= 0 && li < 4 ? li : 0][k]);
	if (!verb)
		return 0;
	for (size_t i = a; i <= b; i++)
		if (in_list(w[i].f, holder_words))
			return 1;
	if (a != b)
		return 0;
	size_t st = w[a].t.start, en = w[a].t.end;
	int upper = 0;
	for (size_t k = st + 1; k < en; k++)
		upper += text[k] >= 'A' && text[k] <= 'Z';
	return upper > 0 && en - st >= 3;
}

/* A supplier: a name right before a supply cue whose company comes first ("KNDS delivered", "Rheinmetall liefert"), shaped
 * like a company's and not a person's: one word in capitals or with a
 * capital inside ("KNDS", "SkyLock"). A plain word ("Smith supplied") is
 * none: a person's surname has that shape too. */
static int supplier_name(const char *text, const xword *w, size_t n, size_t a, size_t b,
                         const lexicon *lx)
{
	if (!lx || a != b || b + 1 >= n || w[b + 1].t.sentence != w[a].t.sentence)
		return 0;
	size_t st = w[a].t.start, en = w[a].t.end, upper = 0;
	for (size_t k = st + 1; k < en; k++)
		upper += text[k] >= 'A' && text[k] <= 'Z';
	if (!upper || en - st < 3)
		return 0;
	/* "the JWCC contract", "le programme SCAF": a name after an article
	 * modifies a noun */
	static const char *const det[] = {"the", "a", "an", "its", "le", "la", "les", "l", "un",
	                                  "une", "el", "los", "las", "der", "die", "das", "den",
	                                  "dem", "des", "ein", "eine", NULL};
	if (a > 0 && w[a - 1].t.sentence == w[a].t.sentence && in_list(w[a - 1].f, det))
		return 0;
	unsigned char c0 = (unsigned char)w[b + 1].f[0];
	for (size_t k = lx->first[c0]; k < lx->first[c0 + 1]; k++) {
		const cue *c = &lx->cues[k];
		if (c->relation == 0 && c->voice == 'a' && rcp__cue_at(c, w, n, b + 1))
			return 1;
	}
	return 0;
}

/* Does the text give the word w[i] to a person somewhere: a given name or
 * a title before it, or a capitalised word joined to it ("Jens Kühnel ...
 * Kühnel verkaufte", "Bryn Castell ... Castell sold", "Mr. Castell")? */
static int person_elsewhere(const char *text, const xword *w, size_t n, size_t i, int li)
{
	for (size_t k = 0; k < n; k++) {
		if (!w[k].t.cap || w[k].t.flen != w[i].t.flen || strcmp(w[k].f, w[i].f))
			continue;
		if (person_name(w, k, k))
			return 1;
		if (k == 0 || w[k - 1].t.sentence != w[k].t.sentence)
			continue;
		if (w[k - 1].t.cap && person_name(w, k - 1, k))
			return 1;
		/* a capitalised word right before it (not German's nouns) */
		if (li != 3 && is_cap_word(&w[k - 1]) && !in_list(w[k - 1].f, stop) &&
		    joined(text, &w[k - 1], &w[k]) &&
		    !(k < 2 || w[k - 2].t.sentence != w[k].t.sentence))
			return 1;
	}
	return 0;
}

/* Words of the calendar, capitalised in English and German, that stand
 * where a source does ("according to Monday's filing", "laut Montag"). */
static const char *const calendar[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
	"february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
	"samstag", "sonntag", "januar", "februar", "marz", "juni", "juli", "oktober", "dezember",
	NULL};

/* A news outlet or agency by its place as a source, the name w[a..b]:
 * after "according to", "told", "reported by", "selon", "a déclaré à",
 * "révélé par", "según", "dijo a", "consultadas por", "laut", "gegenüber",
 * "sagte dem", "Bericht des"; before "reported", "révèle", "informó",
 * "berichtete". Never a person's (a given name, a surname the text gives a
 * person: the caller's), a place's or a common word's; in German, whose
 * nouns are capitalised, only a name in capitals or with a capital inside
 * ("laut ORF", "Bericht des ORF"). */
static int source_slot(const char *text, const xword *w, size_t n, size_t a, size_t b, int li)
{
	static const char *const one[] = {"according to", "told", "reported by", "revealed by",
	                                  "cited by", "selon", "declare a", "indique a",
	                                  "confie a", "explique a", "precise a", "revele par",
	                                  "revelee par", "publie par", "publiee par", "interroge par",
	                                  "interrogee par", "segun", "dijo a", "declaro a",
	                                  "explico a", "confirmo a", "aseguro a", "indico a",
	                                  "senalo a", "consultado por", "consultada por",
	                                  "consultados por", "consultadas por", "revelado por",
	                                  "revelada por", "publicado por", "publicada por",
	                                  "laut", "gegenuber", "sagte dem", "sagte der",
	                                  "erklarte dem", "erklarte der", "bestatigte dem",
	                                  "bericht des", "bericht der", "berichte des", NULL};
	static const char *const verbs[] = {"reported", "reports", "revealed", "rapporte",
	                                    "revele", "informo", "revelo", "berichtet",
	                                    "berichtete", NULL};
	uint32_t s = w[a].t.sentence;
	if (b - a > 2)
		return 0;
	int caps = 1;
	for (size_t k = w[a].t.start; k < w[b].t.end && caps; k++)
		caps = !(text[k] >= 'a' && text[k] <= 'z');
	int slot = 0;
	static const char *const lasts[] = {"to", "by", "a", "par", "por", "dem", "der", "des",
	                                    NULL};
	if (a > 0 && w[a - 1].t.sentence == s && !w[a - 1].t.cap) {
		char ph[64];
		slot = rcp__word_in(w[a - 1].f, one);
		if (!slot && a > 1 && w[a - 2].t.sentence == s && rcp__word_in(w[a - 1].f, lasts)) {
			snprintf(ph, sizeof ph, "%s %s", w[a - 2].f, w[a - 1].f);
			slot = rcp__word_in(ph, one);
		}
	} else if (a > 0 && w[a - 1].t.sentence == s && w[a - 1].t.cap &&
	           (!strcmp(w[a - 1].f, "segun") || !strcmp(w[a - 1].f, "selon") ||
	            !strcmp(w[a - 1].f, "laut"))) {
		slot = 1; /* "Según Infodefensa," opening the sentence */
	}
	/* "..., Bloomberg reported.": a sentence's first word only in
	 * capitals */
	if (!slot && b + 1 < n && w[b + 1].t.sentence == s && !w[b + 1].t.cap &&
	    rcp__word_in(w[b + 1].f, verbs) &&
	    /* "published in Raleigh, North Carolina, reported": an incise's
	     * last name */
	    !memchr(text + w[b].t.end, ',', w[b + 1].t.start - w[b].t.end) &&
	    (caps || (a > 0 && w[a - 1].t.sentence == s)))
		slot = 1;
	/* the slot first: the tests of the word scan the text */
	if (!slot)
		return 0;
	if (b - a > 2 || rcp__word_in(w[a].f, calendar) || rcp__word_in(w[a].f, given) ||
	    in_list(w[a].f, titles) || in_list(w[a].f, stop))
		return 0;
	if (caps && w[b].t.end - w[a].t.start < 2)
		return 0;
	if (li == 3 && !caps && !company_shaped(text, &w[a]))
		return 0;
	if (a == b && !caps && (w[a].t.flen < 4 || !rcp__party_word(w, n, a, li) ||
	                        person_elsewhere(text, w, n, a, li)))
		return 0;
	if (b + 1 < n && w[b + 1].t.sentence == s && w[b + 1].t.cap)
		return 0;
	return 1;
}

/* A company of one plain word by its place in a sale or a contract
 * ("a contract with Dynetics", "Rheinmetall liefert"; parties.c), not a
 * given name, a common start of names, or a surname the text gives a
 * person elsewhere ("Jens Kühnel ... Kühnel verkaufte", "Bryn Castell
 * ... Castell sold", "Mr. Castell"). */
static int party_name(const char *text, const xword *w, size_t n, size_t i, int li)
{
	if (in_list(w[i].f, given) || !plain_name(w, i) || in_list(w[i].f, titles) ||
	    !rcp__party_company(text, w, n, i, li))
		return 0;
	return !person_elsewhere(text, w, n, i, li);
}

/* A company of two or three plain capitalised words after a party's
 * words or before a supply verb ("un contrato con Ilunion Seguridad",
 * "bestellte bei Flensburger Fahrzeugbau", "Diehl Defence liefert"): no
 * place's word, no title, no given name first, not a person's by the text
 * (persons.c). */
static int party_run(const char *text, const xword *w, size_t n, size_t a, size_t b, int li)
{
	if (b - a > 2 || in_list(w[a].f, given) || !plain_name(w, a) ||
	    !rcp__party_run(text, w, n, a, b, li))
		return 0;
	/* "Prime Minister Netanyahu delivered", "Bundeskanzler Olaf
	 * Scholz liefert": a title or a given name inside */
	for (size_t k = a; k <= b; k++)
		if (in_list(w[k].f, titles) || in_list(w[k].f, roles_before) || role_compound(&w[k]) ||
		    (k < b && in_list(w[k].f, given)))
			return 0;
	return !rcp__person_told(text, w, n, a, b, li);
}

/* A company's officer named with it: "the chief executive of Kessel",
 * "le PDG de Thalmor", "el consejero delegado de Segurmax", "der Chef von
 * Kessler", or in English before a person's name: "Kessel CEO Jane Doe",
 * "Kessel's chief executive". Only the roles a company has. */
static int role_around(const char *text, const xword *w, size_t n, size_t a, size_t b)
{
	static const char *const roles[] = {
		"ceo", "executive", "chairman", "chairwoman", "founder", "cofounder", "co-founder",
		"pdg", "patron", "fondateur", "fondatrice", "general", "delegado", "delegada",
		"fundador", "fundadora", "chef", "vorstandschef", "geschaftsfuhrer", "grunder",
		"vorstandsvorsitzende", "vorstandsvorsitzender", "konzernchef", "firmenchef", NULL};
	static const char *const of[] = {"of", "de", "d", "du", "del", "von", "at", NULL};
	uint32_t sent = w[a].t.sentence;
	if (a >= 2 && w[a - 1].t.sentence == sent && w[a - 2].t.sentence == sent &&
	    !w[a - 1].t.cap && in_list(w[a - 1].f, of) && in_list(w[a - 2].f, roles)) {
		const char *r = w[a - 2].f;
		/* two words: "chief executive", "directeur général", "director
		 * general", "consejero delegado"; "Chef" alone only in German */
		if (!strcmp(r, "executive"))
			return a >= 3 && !strcmp(w[a - 3].f, "chief");
		if (!strcmp(r, "general"))
			return a >= 3 && (!strcmp(w[a - 3].f, "directeur") || !strcmp(w[a - 3].f, "director"));
		if (!strcmp(r, "delegado") || !strcmp(r, "delegada"))
			return a >= 3 && (!strcmp(w[a - 3].f, "consejero") || !strcmp(w[a - 3].f, "consejera"));
		if (!strcmp(r, "chef"))
			return !strcmp(w[a - 1].f, "von");
		return 1;
	}
	/* "Kessel CEO Jane Doe", "Kessel's chief executive" */
	size_t k = b + 1;
	if (k < n && w[k].t.sentence == sent && !strcmp(w[k].f, "s") && w[k].t.start > 0 &&
	    (text[w[k].t.start - 1] == '\'' ||
	     (w[k].t.start >= 3 && !memcmp(text + w[k].t.start - 3, "\xe2\x80\x99", 3))))
		k++;
	if (k >= n || w[k].t.sentence != sent)
		return 0;
	if (!strcmp(w[k].f, "ceo") || !strcmp(w[k].f, "founder") || !strcmp(w[k].f, "chairman"))
		return 1;
	return !strcmp(w[k].f, "chief") && k + 1 < n && !strcmp(w[k + 1].f, "executive");
}

/* Words before a name that only a company's name follows: "a subsidiary
 * of Kessel", "filiale de Thalmor", "filial de Segurmax", "Tochter von
 * Kessler", "acquired by Orvix", "racheté par", "adquirida por", "a joint
 * venture with Halvex", "consortium with". */
static int corporate_tie_before(const char *text, const xword *w, size_t n, size_t i,
                                size_t b)
{
	static const char *const ties[][2] = {
		{"subsidiary", "of"}, {"subsidiaries", "of"}, {"acquired", "by"}, {"venture", "with"},
		{"consortium", "with"}, {"filiale", "de"}, {"filiale", "du"}, {"rachete", "par"},
		{"rachetee", "par"}, {"consortium", "avec"}, {"filial", "de"}, {"filial", "del"},
		{"adquirida", "por"}, {"adquirido", "por"}, {"absorbida", "por"}, {"consorcio", "con"},
		{"tochter", "von"}, {"tochter", "des"}, {"tochtergesellschaft", "von"},
		{"tochtergesellschaft", "des"}, {"tochterfirma", "von"},
		/* a maker's or a supplier's passive: "made by Talbrook Defence",
		 * "fabriqué par", "fabricado por", "hergestellt von"; an award's
		 * winner: "awarded to", "attribué à", "adjudicado a" */
		{"made", "by"}, {"manufactured", "by"}, {"built", "by"}, {"produced", "by"},
		{"supplied", "by"}, {"developed", "by"}, {"awarded", "to"}, {"fabrique", "par"},
		{"fabriques", "par"}, {"fabriquee", "par"}, {"fabriquees", "par"}, {"fourni", "par"},
		{"fournis", "par"}, {"fournie", "par"}, {"fournies", "par"}, {"developpe", "par"},
		{"attribue", "a"}, {"fabricado", "por"}, {"fabricados", "por"}, {"fabricada", "por"},
		{"fabricadas", "por"}, {"suministrado", "por"}, {"suministrados", "por"},
		{"suministrada", "por"}, {"suministradas", "por"}, {"desarrollado", "por"},
		{"adjudicado", "a"}, {"adjudicada", "a"}, {"adjudico", "a"}, {"hergestellt", "von"},
		{"geliefert", "von"}, {"entwickelt", "von"},
		/* a new name: "rebranded as Oosto", "rebautizada como",
		 * "umbenannt in" */
		{"rebranded", "as"}, {"rebaptisee", "en"}, {"rebaptise", "en"},
		{"rebautizada", "como"}, {"rebautizado", "como"}, {"umbenannt", "in"},
		/* the owner after "belonging to": "perteneciente al Grupo X" */
		{"belonging", "to"}, {"appartenant", "a"}, {"perteneciente", "a"},
		{"perteneciente", "al"}, {"gehort", "zu"}, {"gehort", "zur"}, {NULL, NULL}};
	static const char *const preps[] = {"of", "by", "with", "de", "du", "del", "par", "avec",
	                                    "por", "con", "von", "des", "to", "a", "as", "en",
	                                    "como", "in", "al", "zu", "zur", NULL};
	if (i < 2 || w[i - 1].t.sentence != w[i].t.sentence || w[i - 2].t.sentence != w[i].t.sentence ||
	    w[i - 1].t.cap || !in_list(w[i - 1].f, preps))
		return 0;
	/* "a subsidiary of Israel's Elbit": the owner is the possessor's */
	if (b + 1 < n && !strcmp(w[b + 1].f, "s") && w[b + 1].t.sentence == w[b].t.sentence &&
	    w[b + 1].t.start > w[b].t.end && w[b + 1].t.start - w[b].t.end <= 3 &&
	    (text[w[b].t.end] == '\'' || (unsigned char)text[w[b].t.end] == 0xe2))
		return 0;
	for (int k = 0; ties[k][0]; k++)
		if (!strcmp(w[i - 1].f, ties[k][1]) && !strcmp(w[i - 2].f, ties[k][0]))
			return 1;
	return 0;
}

/* A name a company's tie follows: "Vizion, filiale de Thalmor", "Orbis is
 * a subsidiary of", "Segurmax, filial de", "Kalyx, eine Tochter von". */
static int corporate_tie_after(const char *text, const xword *w, size_t n, size_t b)
{
	static const char *const skip[] = {"is", "was", "a", "an", "the", "une", "la", "la",
	                                   "es", "era", "una", "ist", "war", "eine", "die", NULL};
	static const char *const nouns_of[] = {"subsidiary", "filiale", "filial", "tochter",
	                                       "tochtergesellschaft", "tochterfirma",
	                                       /* "Opina 360, perteneciente al Grupo
	                                        * Redondo" */
	                                       "perteneciente", "appartenant", "belonging", NULL};
	static const char *const of[] = {"of", "de", "du", "del", "von", "des", "a", "al", "to",
	                                 NULL};
	/* "Brantley's subsidiary", "Kessel's parent company": only a
	 * company has them (a country's name is parties.c's to turn away) */
	static const char *const owned_nouns[] = {"subsidiary", "subsidiaries", "shareholders",
	                                          NULL};
	if (b + 2 < n && !strcmp(w[b + 1].f, "s") && w[b + 2].t.sentence == w[b].t.sentence &&
	    w[b + 1].t.start > w[b].t.end && w[b + 1].t.start - w[b].t.end <= 3 &&
	    (text[w[b].t.end] == '\'' || (unsigned char)text[w[b].t.end] == 0xe2) &&
	    (in_list(w[b + 2].f, owned_nouns) ||
	     (!strcmp(w[b + 2].f, "parent") && b + 3 < n && !strcmp(w[b + 3].f, "company"))) &&
	    !rcp__place_word(w[b].f))
		return 1;
	size_t k = b + 1;
	while (k < n && k < b + 3 && w[k].t.sentence == w[b].t.sentence && !w[k].t.cap &&
	       in_list(w[k].f, skip))
		k++;
	/* "the Fort Worth, Texas subsidiary of": a place's name before the
	 * noun says where; a comma or a verb before it says what */
	if (k >= n || (k == b + 1 && !memchr(text + w[b].t.end, ',', w[k].t.start - w[b].t.end)))
		return 0;
	return k + 1 < n && w[k + 1].t.sentence == w[b].t.sentence && in_list(w[k].f, nouns_of) &&
	       in_list(w[k + 1].f, of);
}

/* A stake's words before a name: "its holdings in Teknor", "shares of
 * Kessel", "sa participation dans Thalmor", "acciones de Segurmax", "seine
 * Anteile an Kessler" (not "investments in", which countries follow). */
static int stake_before(const xword *w, size_t i)
{
	static const char *const stakes[] = {"stake", "stakes", "shares", "holdings", "holding",
	                                     "participation", "participations", "actions", "parts",
	                                     "participacion", "participaciones", "acciones",
	                                     "aktien", "anteile", "beteiligung", "beteiligungen",
	                                     NULL};
	static const char *const in[] = {"in", "of", "dans", "de", "du", "en", "an", "von", "der",
	                                 "des", NULL};
	return i >= 2 && w[i - 1].t.sentence == w[i].t.sentence &&
	       w[i - 2].t.sentence == w[i].t.sentence && !w[i - 1].t.cap &&
	       in_list(w[i - 1].f, in) && in_list(w[i - 2].f, stakes);
}

/* "Turgis & Gaillard", "Heckler & Koch", "Smith & Wesson": two
 * capitalised words joined by " & " name a firm (a partnership's name),
 * not a person; not a pair of common words the text writes in small
 * letters elsewhere ("Research & Development"), nor a country's two
 * parts ("Trinidad & Tobago"). */
static int ampersand_name(const char *text, const xword *w, size_t n, size_t a, size_t b)
{
	static const char *const lands[] = {"trinidad", "bosnia", "antigua", "saint", "st", "sao",
	                                    "turks", "heard", "wallis", NULL};
	size_t k = a;
	while (k < b && !(w[k + 1].t.start - w[k].t.end == 3 &&
	                  !memcmp(text + w[k].t.end, " & ", 3)))
		k++;
	if (k == b || in_list(w[a].f, lands))
		return 0;
	for (size_t j = 0; j < n; j++)
		if (!w[j].t.cap)
			for (size_t m = a; m <= b; m++)
				if (w[j].t.flen == w[m].t.flen && !strcmp(w[j].f, w[m].f))
					return 0;
	return 1;
}

/* A company's seat told in apposition after its name: "Kelvar, based in
 * Ohio,", "Velmar, basée à Lyon", "Urdasa, con sede en Vigo", "Voltrax
 * mit Sitz in Bremen". Only an organization has a seat. */
static int seat_after(const char *text, size_t len, const xword *w, size_t n, size_t b,
                      size_t end, int li)
{
	static const char *const seats[4][6] = {
		{"based in", "headquartered in", "based at", NULL},
		{"basee a", "base a", "basee en", "base en", "dont le siege", NULL},
		{"con sede en", "radicada en", "afincada en", "con domicilio en", NULL},
		{"mit sitz in", "mit sitz im", "mit hauptsitz in", "mit hauptsitz im", NULL},
	};
	static const char *const firsts[] = {"based", "headquartered", "basee", "base", "dont",
	                                     "con", "radicada", "afincada", "mit", NULL};
	if (li < 0 || li > 3 || b + 2 >= n || w[b + 1].t.sentence != w[b].t.sentence ||
	    !in_list(w[b + 1].f, firsts))
		return 0;
	/* a comma before it, but German's "mit Sitz in" needs none */
	if (!(end < len && text[end] == ',') && li != 3)
		return 0;
	for (int k = 0; seats[li][k]; k++)
		if (phrase_after(w, n, b + 1, seats[li][k]))
			return 1;
	return 0;
}

/* A relative clause after a name that says a business's work: "Vortex,
 * which makes drones", "Velmar, qui fabrique des radars", "Urdasa, que
 * fabrica vallas", "Kessler, das Gewehre herstellt". A person makes,
 * supplies or runs no such thing in the news ("Smith, who", "Smith, qui
 * dirige"); the verbs are a maker's, a seller's, an operator's. */
static int business_clause_after(const char *text, size_t len, const xword *w, size_t n,
                                 size_t b, size_t end, int li)
{
	static const char *const rel[4][4] = {{"which", "that", NULL},
	                                      {"qui", NULL},
	                                      {"que", NULL},
	                                      /* "das": a firm's; "der", "die" a person's too */
	                                      {"das", NULL, NULL}};
	static const char *const verbs[4][24] = {
		{"makes", "made", "manufactures", "produces", "builds", "supplies", "sells",
		 "provides", "operates", "runs", "develops", "designs", "markets", "specializes",
		 "specialises", "owns", "manages", "offers", NULL},
		{"fabrique", "produit", "construit", "fournit", "vend", "commercialise", "exploite",
		 "gere", "developpe", "concoit", "equipe", "possede", "detient", NULL},
		{"fabrica", "produce", "construye", "suministra", "vende", "comercializa", "opera",
		 "gestiona", "desarrolla", "disena", "provee", "presta", "explota", NULL},
		{"herstellt", "produziert", "baut", "liefert", "verkauft", "vertreibt", "betreibt",
		 "entwickelt", "anbietet", "fertigt", "ausrustet", NULL},
	};
	if (li < 0 || li > 3 || end >= len || text[end] != ',' || b + 2 >= n)
		return 0;
	uint32_t sent = w[b].t.sentence;
	size_t k = b + 1;
	if (w[k].t.sentence != sent || w[k].t.cap || !in_list(w[k].f, rel[li]))
		return 0;
	if (li != 3) {
		k++;
		/* "which also makes", "qui fabrique aussi" */
		if (k < n && w[k].t.sentence == sent && !w[k].t.cap &&
		    (!strcmp(w[k].f, "also") || !strcmp(w[k].f, "now") || !strcmp(w[k].f, "itself")))
			k++;
		return k < n && w[k].t.sentence == sent && !w[k].t.cap && in_list(w[k].f, verbs[li]);
	}
	/* German puts the verb last: up to the clause's comma or its end */
	for (k++; k < n && k <= b + 10 && w[k].t.sentence == sent; k++) {
		if (!w[k].t.cap && in_list(w[k].f, verbs[3]))
			return w[k].t.end >= len || text[w[k].t.end] == ',' || text[w[k].t.end] == '.';
		if (w[k].t.end < len && text[w[k].t.end] == ',')
			return 0;
	}
	return 0;
}

/* "X, one of the largest defense contractors", "X, l'un des premiers
 * fabricants", "X, uno de los mayores fabricantes", "X, einer der
 * größten Rüstungskonzerne": a name one of a plural of companies. "Smith,
 * one of the founders" names no firm. */
static int one_of_after(const char *text, size_t len, const xword *w, size_t n, size_t b,
                        size_t end, int li)
{
	static const char *const ones[] = {"one", "un", "une", "uno", "una", "einer", "eines",
	                                   "eine", "einem", NULL};
	static const char *const ofs[] = {"of", "des", "de", "der", NULL};
	if (end >= len || text[end] != ',' || b + 3 >= n)
		return 0;
	uint32_t sent = w[b].t.sentence;
	size_t k = b + 1;
	/* "l'un des": the elided article first */
	if (li == 1 && !strcmp(w[k].f, "l"))
		k++;
	if (k + 1 >= n || w[k].t.sentence != sent || w[k].t.cap || !in_list(w[k].f, ones) ||
	    !in_list(w[k + 1].f, ofs))
		return 0;
	for (size_t j = k + 2; j < n && j <= k + 7 && w[j].t.sentence == sent; j++) {
		if (j > k + 2 && w[j - 1].t.end < len && text[w[j - 1].t.end] == ',')
			return 0;
		if (in_list(w[j].f, plural_nouns) || in_list(w[j].f, plural_more) ||
		    cue_noun(&w[j], li) == CUE_COMPANIES)
			return 1;
	}
	return 0;
}

/* A listed company's money or owners told with its name: "Vortex's
 * shares", "Brenmark's revenue", "les actionnaires de Velmar", "le
 * chiffre d'affaires de Velmar", "la facturación de Urdasa", "los
 * accionistas de Urdasa", "die Brenmark-Aktie", "der Umsatz von
 * Brenmark". A person's or a place's are said with other words. */
static int corporate_of(const char *text, size_t len, const xword *w, size_t n, size_t a,
                        size_t b, size_t end, int li)
{
	static const char *const after_s[] = {"shares", "stock", "shareholders", "revenue",
	                                      "revenues", "profits", "earnings", "turnover",
	                                      "stockholders", NULL};
	static const char *const before_of[] = {"shareholders", "stockholders", "actionnaires",
	                                        "affaires", "benefices", "accionistas",
	                                        "facturacion", "beneficios", "umsatz", "aktionare",
	                                        "gewinn", "borsenwert", NULL};
	static const char *const ofs[] = {"of", "de", "d", "du", "von", "des", NULL};
	uint32_t sent = w[a].t.sentence;
	/* "Vortex's shares", "Vortex’s revenue" */
	if (li == 0 && b + 2 < n && w[b + 1].t.sentence == sent && !strcmp(w[b + 1].f, "s") &&
	    (text[end] == '\'' || (end + 3 <= len && !memcmp(text + end, "\xe2\x80\x99", 3))) &&
	    w[b + 2].t.sentence == sent && in_list(w[b + 2].f, after_s))
		return 1;
	/* "die Brenmark-Aktie" */
	if (li == 3 && b + 1 < n && end < len && text[end] == '-' &&
	    w[b + 1].t.start == end + 1 && in_list(w[b + 1].f, corp_compounds))
		return 1;
	return a >= 2 && w[a - 1].t.sentence == sent && w[a - 2].t.sentence == sent &&
	       !w[a - 1].t.cap && in_list(w[a - 1].f, ofs) && in_list(w[a - 2].f, before_of);
}

/* A name a company took or left: "rebranded as X", "now known as X",
 * "formerly known as X", "rebaptisée X", "rebautizada como X", "umbenannt
 * in X", with a company's word or an organization the text names before
 * it in the sentence ("its commercial arm was rebranded as X", "DCNS,
 * rebaptisée X"): streets and towns are renamed too. */
static int renamed_before(const taken *tk, const xword *w, size_t i, int li)
{
	static const char *const firm_words[] = {"arm", "business", "division", "unit", "brand",
	                                         "branche", "marque", "marca", "sparte", NULL};
	/* the phrases' last words: most names follow none */
	static const char *const lasts[] = {"as", "called", "renamed", "rebranded", "rebaptise",
	                                    "rebaptisee", "renommee", "renomme", "anciennement",
	                                    "como", "in", "vormals", "ehemals", NULL};
	if (i == 0 || w[i - 1].t.cap || !in_list(w[i - 1].f, lasts))
		return 0;
	static const char *const phrases[] = {
		"rebranded as", "renamed as", "now called", "now known as", "formerly known as",
		"previously known as", "renamed", "rebranded", "rebaptise", "rebaptisee",
		"renommee", "renomme", "anciennement", "rebautizada como", "rebautizado como",
		"renombrada como", "antes conocida como", "umbenannt in", "vormals", "ehemals",
		"umfirmiert in", NULL};
	uint32_t sent = w[i].t.sentence;
	for (int k = 0; phrases[k]; k++) {
		size_t nw = 1;
		for (const char *p = phrases[k]; *p; p++)
			nw += *p == ' ';
		if (i < nw || w[i - nw].t.sentence != sent)
			continue;
		size_t j = i - nw;
		const char *p = phrases[k];
		int ok = 1;
		for (size_t m = 0; m < nw && ok; m++) {
			const char *sp = strchr(p, ' ');
			size_t l = sp ? (size_t)(sp - p) : strlen(p);
			ok = !w[j + m].t.cap && w[j + m].t.flen == l && !strncmp(w[j + m].f, p, l);
			p = sp ? sp + 1 : p + l;
		}
		if (!ok)
			continue;
		for (size_t m = j; m-- > 0 && w[m].t.sentence == sent && j - m <= 10;)
			if (covered(tk, w[m].t.start, w[m].t.end) || in_list(w[m].f, firm_words) ||
			    cue_noun(&w[m], li) == CUE_COMPANY)
				return 1;
		return 0;
	}
	return 0;
}

/* ---- later tellings ---- */

typedef struct base_name {
	const char *first;      /* folded first word (borrowed from the words) */
	size_t a, nwords;       /* the words of the name without its legal form */
	uint32_t org;
} base_name;

static int by_first(const void *x, const void *y)
{
	const base_name *p = x, *q = y;
	return strcmp(p->first, q->first);
}

/* Do words w[i..] repeat the name's words? */
static int repeats(const xword *w, size_t n, size_t i, const base_name *bn)
{
	if (i + bn->nwords > n)
		return 0;
	for (size_t k = 0; k < bn->nwords; k++)
		if (strcmp(w[i + k].f, w[bn->a + k].f) || !w[i + k].t.cap ||
		    w[i + k].t.sentence != w[i].t.sentence)
			return 0;
	return 1;
}

static int is_conjunction(const char *f);

/* A news name from its article w[i] ("Le Courrier du Nord", "El Heraldo
 * Sur", "The Harbor Ledger"): capitalised words, "de", "du", "of" between;
 * its last word, or i if none. */
static size_t media_name(const char *text, const xword *w, size_t n, size_t i, const taken *tk)
{
	static const char *const of[] = {"de", "du", "del", "des", "of", "der", NULL};
	size_t b = i;
	for (size_t k = i + 1; k < n && k < i + 6 && w[k].t.sentence == w[i].t.sentence &&
	                       joined(text, &w[k - 1], &w[k]) &&
	                       !covered(tk, w[k].t.start, w[k].t.end);
	     k++) {
		/* a capitalised word inside is the name's ("El Heraldo Sur") */
		if (is_cap_word(&w[k]) && !is_conjunction(w[k].f) && strcmp(w[k].f, "the"))
			b = k;
		else if (w[k].t.cap || !in_list(w[k].f, of))
			break;
	}
	return b;
}

/* A name that begins with a capitalised noun of a bank or a company:
 * "Société Générale", "Banco Santander", "Crédit Agricole", "Caisse des
 * Dépôts", "Bank of Orvala" (English only with "of": "Bank Says Profits
 * Rose" is a headline). Its last word, or i if none. */
static size_t name_noun_run(const char *text, const xword *w, size_t n, size_t i, int li,
                            const taken *tk)
{
	static const char *const name_nouns[] = {"societe", "banque", "banco", "bank", "caisse",
	                                         "credit", "compagnie", "compania", "caja", NULL};
	static const char *const of[] = {"de", "des", "du", "del", "of", NULL};
	if (!is_cap_word(&w[i]) || !in_list(w[i].f, name_nouns))
		return i;
	uint32_t sent = w[i].t.sentence;
	size_t k = i + 1;
	int via = 0;
	if (k + 1 < n && w[k].t.sentence == sent && !w[k].t.cap && in_list(w[k].f, of) &&
	    joined(text, &w[k - 1], &w[k])) {
		k++;
		via = 1;
	}
	if ((li == 0 && !via) || k >= n || w[k].t.sentence != sent || !is_cap_word(&w[k]) ||
	    in_list(w[k].f, stop) || !joined(text, &w[k - 1], &w[k]) ||
	    covered(tk, w[k].t.start, w[k].t.end))
		return i;
	while (k + 1 < n && k - i < 4 && w[k + 1].t.sentence == sent && is_cap_word(&w[k + 1]) &&
	       !in_list(w[k + 1].f, stop) && joined(text, &w[k], &w[k + 1]) &&
	       !covered(tk, w[k + 1].t.start, w[k + 1].t.end))
		k++;
	return k;
}

/* What one run of companies_find keeps: the names told, for later
 * tellings, and their spans. */
typedef struct finder {
	rcp__bodies *s;
	const char *text;
	size_t len;
	const xword *w;
	size_t n;
	rcp__vec names;        /* base_name */
	rcp__vec told;         /* rcp__span */
	void (*fn)(uint32_t org, size_t start, size_t end, void *ctx);
	void *ctx;
} finder;

/* Is w[i..b] a name told before without its form ("Hensoldt" of
 * "Hensoldt AG", "Acme Surveillance" of "Acme Surveillance Inc.")? */
static int told_alone(const finder *F, size_t i, size_t b)
{
	const base_name *bn = F->names.v;
	for (size_t k = 0; k < F->names.n; k++)
		if (bn[k].nwords == b - i + 1 && bn[k].a < i && !strcmp(bn[k].first, F->w[i].f) &&
		    repeats(F->w, F->n, i, &bn[k]))
			return 1;
	return 0;
}

/* Capitalised words common at the start of names, or places' words: alone
 * they name no company ("General Atomics" is not "General"). */
static const char *const common_starts[] = {
	"general", "national", "united", "american", "international", "global",
	"advanced", "defense", "defence", "security", "new", "north", "south", "east",
	"west", "royal", "federal", "first", "central", "european", "applied", "digital",
	"integrated", "allied", "associated", "standard", "universal", "western",
	"eastern", "northern", "southern", "pacific", "atlantic", "deutsche", "british",
	"french", "israel", "israeli", "aerial", "air", "space", "aero", "marine",
	"naval", "military", "tactical", "strategic", "mobile", "smart", "data", "cyber",
	"world", "europe", "africa", "asia", "america", "india", "china", "star", "sun",
	"blue", "red", "green", "black", "white", "golden", "silver", "great", "high",
	"power", "energy", "precision", "special", "public", "private", "investment",
	"asset", "capital", "state", "city", "county", "texas", "california",
	"florida", "virginia", "boston", "paris", "london", "berlin", "madrid", "financial",
	"social", "emergency", "intelligence", "secret", "armed", "health", "human", "legal",
	"correctional", "protective", "civil", "postal", "consular", "diplomatic", "customs",
	"immigration", "border", "fire", "medical", "child", "family", "community", "technical",
	"professional", "information", "small", "light", "heavy", "nuclear", "chemical",
	"conventional", "commercial", "civilian", "combat", "army", "navy", "police", "unmanned",
	"autonomous", "armored", "armoured", "remote", "electric", "ground", "utility",
	"surveillance", "patrol", "driverless", "used", "homeland", "missile", "home", "national",
	"internal", "collective", "territorial", "high", NULL};

/* Can the capitalised word w[a] alone name a company: no common start of
 * names, no given name, head word or company noun? */
static int plain_name(const xword *w, size_t a)
{
	return w[a].t.flen >= 4 && !in_list(w[a].f, stop) && !in_list(w[a].f, common_starts) &&
	       !in_list(w[a].f, heads) && !in_list(w[a].f, nouns) && !in_list(w[a].f, given);
}

/* Does the head-word name w[a..b] have a first word that names it alone? */
static int short_first(const xword *w, size_t a, size_t b)
{
	return b > a && head_name(w, a, b) && plain_name(w, a);
}

/* "invested in Aerospace & Defence": a name of a sector's words alone
 * (heads and these) is the sector, no company. */
static int sector_only(const xword *w, size_t i, size_t b)
{
	static const char *const sectors[] = {"defence", "defense", "security", "energy",
	                                      "transport", "telecoms", "utilities", "mining",
	                                      "banking", "insurance", NULL};
	if (b == i)
		return 0;
	for (size_t k = i; k <= b; k++)
		if (!in_list(w[k].f, heads) && !in_list(w[k].f, sectors))
			return 0;
	return 1;
}

/* Tell the name w[i..b] (bytes to end; base_b: its last word without a
 * legal form) as an organization of kind; returns the last word it took
 * (its acronym's, if one is defined after it). */
static size_t tell(finder *F, size_t i, size_t b, size_t base_b, size_t end, int formal, int kind)
{
	rcp__bodies *s = F->s;
	const char *text = F->text;
	const xword *w = F->w;
	if (!formal && sector_only(w, i, b))
		return b;
	size_t before = s->n;
	uint32_t id = rcp__body_add(s, text, w, i, b, end);
	int fresh = s->n > before; /* its shorter names are listed once */
	if (fresh || s->v[id].kind != RCP_KIND_COMPANY) {
		s->v[id].kind = kind;
		s->v[id].categories = 0;
	}
	F->fn(id, w[i].t.start, end, F->ctx);
	*(rcp__span *)rcp__vec_push(&F->told) = (rcp__span){w[i].t.start, end};
	/* its name without the form names it again ("Hensoldt AG" ...
	 * "Hensoldt"); one word alone only when it had a form (a
	 * capitalised common noun could be one) */
	if (fresh && (formal || base_b > i || (w[i].t.flen >= 3 && !in_list(w[i].f, stop))))
		*(base_name *)rcp__vec_push(&F->names) = (base_name){w[i].f, i, base_b - i + 1, id};
	/* "Kord Technologies" ... "Griffon, Kord and Trideum": a name found by
	 * its head word is told again by its first word alone, when that word
	 * is no common one ("General Atomics" is not "General") */
	if (fresh && short_first(w, i, base_b))
		*(base_name *)rcp__vec_push(&F->names) = (base_name){w[i].f, i, 1, id};
	/* "(GDS)": the acronym names it again */
	size_t p = end;
	if (p + 1 < F->len && text[p] == ' ' && text[p + 1] == '(' && b + 1 < F->n &&
	    w[b + 1].t.start == p + 2 && w[b + 1].t.end < F->len && text[w[b + 1].t.end] == ')') {
		size_t al = w[b + 1].t.end - w[b + 1].t.start;
		int upper = rcp__acronym_shaped(text + w[b + 1].t.start, al, sizeof s->v[id].acronym);
		if (upper) {
			if (!s->v[id].acronym[0]) {
				memcpy(s->v[id].acronym, text + w[b + 1].t.start, al);
				s->v[id].acronym[al] = '\0';
				*(base_name *)rcp__vec_push(&F->names) = (base_name){w[b + 1].f, b + 1, 1, id};
			}
			*(rcp__span *)rcp__vec_push(&F->told) =
				(rcp__span){w[b + 1].t.start, w[b + 1].t.end};
			b++;
		}
	}
	return b;
}

static int is_conjunction(const char *f)
{
	static const char *const conj[] = {"and", "et", "y", "e", "und", NULL};
	return in_list(f, conj);
}

static int by_told_start(const void *x, const void *y)
{
	const rcp__span *a = x, *b = y;
	return a->start < b->start ? -1 : a->start > b->start;
}

/* ---- news sources: datelines and credits ---- */

/* Where the line of byte p begins, or (size_t)-1 past 80 bytes back. */
static size_t line_start(const char *text, size_t p)
{
	size_t ls = p;
	while (ls > 0 && text[ls - 1] != '\n') {
		if (p - ls > 80)
			return (size_t)-1;
		ls--;
	}
	return ls;
}

/* Is text[a, b) a dateline's place: capitals, digits, commas, full stops
 * ("PHOENIX", "MADRID, 20", "WASHINGTON")? */
static int all_caps_place(const char *text, size_t a, size_t b)
{
	int letters = 0;
	for (size_t k = a; k < b; k++) {
		unsigned char c = (unsigned char)text[k];
		if (c >= 'a' && c <= 'z')
			return 0;
		letters += (c >= 'A' && c <= 'Z') || c >= 0x80;
	}
	return letters >= 2;
}

static int is_dash_at(const char *text, size_t len, size_t p)
{
	return p < len && (text[p] == '-' || text[p] == ':' || text[p] == '|' ||
	                   (p + 3 <= len && (!memcmp(text + p, "\xe2\x80\x94", 3) ||
	                                     !memcmp(text + p, "\xe2\x80\x93", 3))));
}

/* Labels of a line that credits its source: "Source : Le Figaro",
 * "Publication: Defence Blog", "Fuente: EFE", "Quelle: dpa" (1); a
 * picture's credit, "Bild: KEYSTONE" (2). */
static int credit_label(const char *text, size_t a, size_t b)
{
	static const char *const labels[] = {"Source", "Sources", "Fuente", "Fuentes", "Quelle",
	                                     "Publication", NULL};
	while (b > a && text[b - 1] == ' ')
		b--;
	/* "© 2025": the sign and a year */
	if (b - a >= 2 && !memcmp(text + a, "\xc2\xa9", 2)) {
		for (size_t k = a + 2; k < b; k++)
			if (text[k] != ' ' && !(text[k] >= '0' && text[k] <= '9'))
				return 0;
		return 1;
	}
	/* a picture's credit: an agency's in capitals ("Bild: KEYSTONE",
	 * "Photo : AFP"), a person's otherwise */
	static const char *const pictures[] = {"Bild", "Foto", "Photo", "Imagen", "Image",
	                                       "Crédit", "Credit", NULL};
	if (b == a || text[b - 1] != ':')
		return 0;
	b--;
	while (b > a && text[b - 1] == ' ')
		b--;
	for (int k = 0; labels[k]; k++)
		if (strlen(labels[k]) == b - a && !memcmp(text + a, labels[k], b - a))
			return 1;
	for (int k = 0; pictures[k]; k++)
		if (strlen(pictures[k]) == b - a && !memcmp(text + a, pictures[k], b - a))
			return 2;
	return 0;
}

/* The words of a source's name from w[i]: up to four, joined by a space,
 * "&" or "-"; its last word. */
static size_t source_run(const finder *F, size_t i)
{
	size_t b = i;
	while (b + 1 < F->n && b + 1 - i < 4 && F->w[b + 1].t.sentence == F->w[i].t.sentence &&
	       (F->w[b + 1].t.cap || F->w[b + 1].t.digit) && joined(F->text, &F->w[b], &F->w[b + 1]))
		b++;
	return b;
}

/* Articles that begin a title: "The Observer", "Le Monde", "El País". */
static const char *const name_articles[] = {"the", "le", "la", "les", "el", "los", "las", "der",
                                            "die", "das", NULL};

/* Does the title w[i..b] (its article first) name a news source: a verb of
 * reporting after it ("The Arizona Republic reports"), or "according to",
 * "selon", "según", "laut" before it? */
static int news_told(const xword *w, size_t n, size_t i, size_t b)
{
	static const char *const verbs[] = {"reports", "reported", "wrote", "revealed",
	                                    "rapporte", "revele", "publie", "informa", "publico",
	                                    "revelo", "berichtet", "berichtete", "schreibt",
	                                    "schrieb", NULL};
	static const char *const before[] = {"selon", "segun", "laut", "apres", NULL};
	uint32_t sent = w[i].t.sentence;
	if (b + 1 < n && w[b + 1].t.sentence == sent && !w[b + 1].t.cap && in_list(w[b + 1].f, verbs))
		return 1;
	if (i == 0 || w[i - 1].t.sentence != sent)
		return 0;
	if (in_list(w[i - 1].f, before))
		return 1;
	return i >= 2 && !strcmp(w[i - 1].f, "to") && !strcmp(w[i - 2].f, "according");
}

/* Is text[st, e) an agency's signature: two to six letters, all lower
 * case or all capitals, with nothing but white space after it? */
static int signature(const char *text, size_t len, size_t st, size_t e)
{
	if (e - st < 2 || e - st > 6)
		return 0;
	int lower = 0, upper = 0;
	for (size_t k = st; k < e; k++) {
		lower += text[k] >= 'a' && text[k] <= 'z';
		upper += text[k] >= 'A' && text[k] <= 'Z';
	}
	if (lower + upper != (int)(e - st) || (lower && upper))
		return 0;
	/* the end's own mark is none */
	static const char *const ends[] = {"end", "fin", "ende", "fim", NULL};
	char f[8];
	for (size_t k = st; k < e; k++)
		f[k - st] = (char)(text[k] | 0x20);
	f[e - st] = '\0';
	if (in_list(f, ends))
		return 0;
	for (size_t k = e; k < len; k++)
		if (text[k] != ' ' && text[k] != '\n' && text[k] != '\r' && text[k] != '\t')
			return 0;
	return 1;
}

static int told_in(const finder *F, size_t a, size_t b)
{
	const rcp__span *t = F->told.v;
	for (size_t k = 0; k < F->told.n; k++)
		if (t[k].start < b && a < t[k].end)
			return 1;
	return 0;
}

/* News agencies and outlets credited by the shape of a news text: a
 * dateline's agency ("PHOENIX (AP) —", "Düsseldorf (dpa) -", "MADRID, 20
 * (EUROPA PRESS)", "STOCKHOLM taz |"), an agency after the last sentence
 * ("... ciudades. (SERVIMEDIA)", "(APA, 8.1.2014)"), a credit line
 * ("Source : Le Figaro", "© 2025 Der Aktionär"). Kind OTHER_ORG. */
static void sources_find(finder *F, const taken *tk)
{
	const char *text = F->text;
	size_t len = F->len;
	const xword *w = F->w;
	for (size_t i = 0; i < F->n; i++) {
		size_t st = w[i].t.start, we = w[i].t.end;
		if (w[i].t.digit)
			continue;
		/* every word asks: the shapes' first bytes first */
		size_t pb = st;
		while (pb > 0 && text[pb - 1] == ' ')
			pb--;
		unsigned char before = pb > 0 ? (unsigned char)text[pb - 1] : 0;
		int paren = st > 0 && text[st - 1] == '(';
		int pipe = we + 2 < len && text[we] == ' ' && text[we + 1] == '|';
		int label = w[i].t.cap && (before == ':' || before == 0xa9 ||
		                           (before >= '0' && before <= '9'));
		if (!paren && !pipe && !label && i + 1 != F->n &&
		    !(w[i].t.cap && in_list(w[i].f, name_articles)))
			continue;
		size_t b = source_run(F, i), e = w[b].t.end;
		int found = 0;
		if (paren && e < len && (text[e] == ')' || text[e] == ',')) {
			size_t open = st - 1, ls = line_start(text, open);
			size_t after = e + 1;
			while (after < len && text[after] == ' ')
				after++;
			/* "(APA, 8.1.2014)" */
			int dated = text[e] == ',' && after < len && text[after] >= '0' && text[after] <= '9';
			if (text[e] == ')' || dated) {
				pb = open;
				while (pb > 0 && (text[pb - 1] == ' ' || text[pb - 1] == '\n'))
					pb--;
				int upper = all_caps_place(text, st, e);
				if (ls != (size_t)-1 && open > ls && pb > ls && open - ls <= 40 &&
				    (all_caps_place(text, ls, open) ||
				     (text[e] == ')' && is_dash_at(text, len, after))))
					found = 1; /* a dateline */
				else if (pb > 0 && text[pb - 1] == '.' &&
				         (dated || (upper && (after >= len || text[after] == '\n' ||
				                              (text[after] >= '0' && text[after] <= '9')))))
					found = 1; /* the agency after the last sentence */
			}
		} else if (i > 0 && b == i && e + 2 < len && !memcmp(text + e, " |", 2) &&
		           w[i - 1].t.sentence == w[i].t.sentence) {
			/* "STOCKHOLM taz |" */
			size_t ls = line_start(text, st);
			found = ls != (size_t)-1 && ls == w[i - 1].t.start &&
			        all_caps_place(text, ls, w[i - 1].t.end);
		} else if (i + 1 == F->n && b == i && st >= 2 && !memcmp(text + st - 2, ". ", 2) &&
		           signature(text, len, st, e)) {
			/* "... auszuschließen. dpa": the agency signs the text's end */
			found = 1;
		} else if (w[i].t.cap && b > i && in_list(w[i].f, name_articles) &&
		           news_told(w, F->n, i, b)) {
			/* "The Arizona Republic reports", "selon Le Monde" */
			found = 1;
		} else if (label) {
			size_t ls = line_start(text, st);
			/* a credit line: the name is the rest of the line */
			int cl = ls != (size_t)-1 && ls < st ? credit_label(text, ls, st) : 0;
			found = (cl == 1 || (cl == 2 && all_caps_place(text, st, e))) &&
			        (e >= len || text[e] == '\n' || text[e] == '\r');
		}
		/* "KNDS (Deutschland) liefert": a dateline's shape, a
		 * subsidiary's country in it */
		if (!found || person_name(w, i, b) || covered(tk, st, e) || told_in(F, st, e) ||
		    (b == i && rcp__place_word(w[i].f)))
			continue;
		/* a lone word in lower case only when so written ("dpa", "taz") */
		i = tell(F, i, b, b, e, 0, RCP_KIND_OTHER_ORG);
	}
}

/* Adverbs and connectives that open a sentence before a comma, which
 * a list's first item has after it too ("Ayer, Indra, Airbus y Navantia";
 * "Zudem, Hensoldt ..."): none is a name. */
static const char *const adverbs[] = {
	"yesterday", "today", "meanwhile", "moreover", "furthermore", "additionally",
	"instead", "still", "now", "then", "previously", "later", "recently", "finally",
	"overall", "indeed", "notably", "separately", "similarly", "likewise", "thus",
	"therefore", "nonetheless", "nevertheless", "currently", "initially", "ultimately",
	"earlier", "second", "third", "hier", "aujourd", "toutefois", "cependant", "pourtant",
	"ainsi", "ensuite", "enfin", "desormais", "neanmoins", "donc", "puis", "actuellement",
	"auparavant", "alors", "aussi", "egalement", "notamment", "ayer", "hoy", "ademas",
	"asimismo", "tambien", "entonces", "luego", "finalmente", "actualmente",
	"anteriormente", "mientras", "igualmente", "recientemente", "gestern", "heute", "zudem",
	"ausserdem", "jedoch", "allerdings", "dennoch", "inzwischen", "mittlerweile", "damals",
	"bisher", "danach", "zuvor", "derzeit", "aktuell", "kurzlich", "ebenfalls", "dabei",
	"somit", "daher", "deshalb", "trotzdem", "finalement", "schliesslich", "letztlich",
	"endlich", "sin", NULL};

void rcp__companies_find(rcp__bodies *s, int li, const lexicon *lx, const char *text,
                         size_t len, const xword *w, size_t n, const rcp__span *cov, size_t ncov,
                         void (*fn)(uint32_t org, size_t start, size_t end, void *ctx),
                         void *ctx)
{
	finder F = {s, text, len, w, n, {0, 0, 0, sizeof(base_name)}, {0, 0, 0, sizeof(rcp__span)},
	            fn, ctx};
	taken tk;
	taken_init(&tk, cov, ncov);
	int plural = 0; /* a plural noun governs the name before: one more after "and" */
	uint32_t listing = 0; /* 1 + the sentence of a list that a plural noun opened */
	uint32_t shout_sent = 0; /* 1 + the sentence shout_is says */
	int shout_is = 0;
	for (size_t i = 0; i < n; i++) {
		/* most words are not capitalised */
		if (!w[i].t.cap) {
			if (!is_conjunction(w[i].f))
				plural = 0;
			continue;
		}
		/* "ISRAELÍ SL", "FIRMA AG" in a line of capitals: no name */
		if (rcp__shouting(text, w, n, i, &shout_sent, &shout_is)) {
			plural = 0;
			continue;
		}
		/* a registry name after a plural noun: "der Rüstungskonzerne
		 * Rheinmetall und KNDS Deutschland" */
		if (covered(&tk, w[i].t.start, w[i].t.end)) {
			if (noun_before(text, w, i, li) == CUE_COMPANIES)
				plural = 1;
			continue;
		}
		/* "Société Générale", "Banco Santander", "Crédit Agricole",
		 * "Banque de France", "Bank of Orvala": a capitalised noun of a
		 * bank or a company that begins a name */
		size_t nb = li != 3 ? name_noun_run(text, w, n, i, li, &tk) : i;
		if (nb > i) {
			plural = 0;
			i = tell(&F, i, nb, nb, w[nb].t.end, 0, RCP_KIND_COMPANY);
			continue;
		}
		/* "die Firma Heckler", "das Unternehmen Hensoldt": German
		 * capitalises the noun, which is not the name */
		if (in_list(w[i].f, nouns) || compound_noun(&w[i], li) ||
		    in_list(w[i].f, org_acronyms) || (w[i].t.flen <= 4 && in_list(w[i].f, small_firms)) ||
		    (li == 3 && cue_noun(&w[i], li))) {
			plural = 0;
			continue;
		}
		size_t end, base_b;
		int formal;
		/* "le quotidien Le Courrier du Nord": a news name may begin with
		 * its article and join its words with "du", "de", "of" */
		if (i > 0 && w[i - 1].t.sentence == w[i].t.sentence && in_list(w[i].f, stop) &&
		    noun_before(text, w, i, li) == CUE_MEDIA) {
			size_t e = media_name(text, w, n, i, &tk);
			if (e > i) {
				plural = 0;
				i = tell(&F, i, e, e, w[e].t.end, 0, RCP_KIND_OTHER_ORG);
				continue;
			}
		}
		size_t b = name_from(text, len, w, n, i, li, &tk, &end, &base_b, &formal);
		if (b == (size_t)-1) {
			plural = 0;
			continue;
		}
		/* "the Geo Group's" after a registry "Geo": the rest of its name,
		 * none of its own */
		if (i > 0 && w[i - 1].t.sentence == w[i].t.sentence && w[i - 1].t.cap &&
		    covered(&tk, w[i - 1].t.start, w[i - 1].t.end) && joined(text, &w[i - 1], &w[i])) {
			plural = 0;
			i = b;
			continue;
		}
		int said = noun_before(text, w, i, li);
		if (!said && elided_noun(text, w, i, base_b, li))
			said = CUE_COMPANY;
		/* "Rheinmetall und KNDS Deutschland" after "der Rüstungskonzerne" */
		if (!said && plural && i >= 2 && is_conjunction(w[i - 1].f))
			said = CUE_COMPANY;
		/* the list's next item: "... : Morpho, spécialiste des images ;
		 * Cognitec, ..." */
		if (listing != w[i].t.sentence + 1)
			listing = 0;
		if (!said && listing && list_gap(text, w, i))
			said = CUE_COMPANY;
		/* "El periódico, Aftenposten, identificó": after a comma, a name
		 * in apposition, a comma after it too ("du groupe, Patrice Caine."
		 * is no apposition of a name) */
		if (said && memchr(text + w[i - 1].t.end, ',', w[i].t.start - w[i - 1].t.end) &&
		    !(said == CUE_COMPANIES && apposed_list(text, len, w, n, i)) &&
		    (end >= len || text[end] != ',' ||
		     /* "la empresa, Itziar Zubiri, dijo": a person's name has
		      * that place too; a company's there is shaped as one */
		     (said != CUE_MEDIA && !(base_b == i && company_shaped(text, &w[i])))))
			said = CUE_NONE;
		plural = said == CUE_COMPANIES;
		int grouped = in_list(w[i].f, group_nouns) && base_b > i;
		int after = formal || said ? CUE_NONE : noun_after(text, len, w, n, b, end, li);
		int media = said == CUE_MEDIA || after == CUE_MEDIA || media_after(w, n, base_b, li) ||
		            (base_b == i && media_prefix(text, w, n, i, li));
		int amp = b == base_b && !formal && ampersand_name(text, w, n, i, b);
		int company = formal || said || after || media || award_line(text, len, w, i, end) ||
		              group_after(text, len, w, n, b, end) || grouped ||
		              (head_name(w, i, base_b) && !owned(text, w, i) && !quoted(text, w, i)) ||
		              holder_name(text, w, n, i, base_b, li) || role_around(text, w, n, i, base_b) ||
		              (base_b == i && speaker_acronym(text, w, n, i, li) &&
		               !rcp__acronym_thing(text, len, w, n, i)) ||
		              corporate_tie_before(text, w, n, i, base_b) ||
		              corporate_tie_after(text, w, n, base_b) ||
		              stake_before(w, i) ||
		              amp ||
		              seat_after(text, len, w, n, b, end, li) ||
		              business_clause_after(text, len, w, n, b, end, li) ||
		              one_of_after(text, len, w, n, b, end, li) ||
		              corporate_of(text, len, w, n, i, b, end, li) || renamed_before(&tk, w, i, li) ||
		              supplier_name(text, w, n, i, base_b, lx) ||
		              (b == i && !formal && party_name(text, w, n, i, li)) ||
		              (b > i && b == base_b && !formal && party_run(text, w, n, i, b, li));
		int source = !company && !formal && b == base_b && source_slot(text, w, n, i, b, li);
		if (source)
			company = media = 1;
		/* "Hensoldt AG supplied ... Hensoldt also supplied": a word
		 * that is a name told before without its form is that name
		 * again, the later tellings' to find */
		if (company && b == base_b && !formal && told_alone(&F, i, b)) {
			plural = 0;
			continue;
		}
		/* (a name with only its acronym defined is as often a technology:
		 * "Automatic License Plate Recognition (ALPR)", "Artificial
		 * Intelligence (AI)"; measured, it cost more than it found) */
		/* "der größten Rüstungskonzerne Europas": a place's genitive
		 * after a plural noun says where, it names no firm */
		static const char *const place_genitives[] = {
			"europas", "deutschlands", "israels", "frankreichs", "spaniens", "amerikas",
			"russlands", "chinas", "englands", "italiens", "osterreichs", "asiens",
			"afrikas", "bayerns", "hessens", "sachsens", NULL};
		if (!company || person_name(w, i, base_b) ||
		    /* "Finalmente, la firma fue la única": an adverb opening the
		     * sentence is no name in apposition */
		    (b == i && in_list(w[i].f, adverbs) &&
		     (i == 0 || w[i - 1].t.sentence != w[i].t.sentence)) ||
		    (li == 3 && b == i && in_list(w[i].f, place_genitives)) ||
		    /* "the giant Gareth Lloyd" ... "Lloyd said": no head, no
		     * legal form, and the text treats it as a person's */
		    (!formal && !grouped && b == base_b && !head_name(w, i, base_b) &&
		     rcp__person_told(text, w, n, i, base_b, li)) ||
		    covered(&tk, w[i].t.start, end)) {
			i = b;
			plural = 0;
			continue;
		}
		/* "The News & Observer newspaper", "Le Veilleur, la publication":
		 * the article is the name's */
		size_t first = i;
		if ((media || amp) && said != CUE_MEDIA && !formal && i > 0 && w[i - 1].t.cap &&
		    in_list(w[i - 1].f, name_articles) && w[i - 1].t.sentence == w[i].t.sentence &&
		    joined(text, &w[i - 1], &w[i]))
			first = i - 1;
		if (said == CUE_COMPANIES)
			listing = w[i].t.sentence + 1;
		i = tell(&F, first, b, base_b, end, formal,
		         media && !formal ? RCP_KIND_OTHER_ORG : RCP_KIND_COMPANY);
		/* the plural's second name: "Rheinmetall und KNDS" */
		if (!(plural && i + 1 < n && w[i + 1].t.sentence == w[i].t.sentence &&
		      is_conjunction(w[i + 1].f)))
			plural = 0;
	}
	sources_find(&F, &tk);
	rcp__vec names = F.names;
	rcp__vec told = F.told;
	if (told.n > 1)
		qsort(told.v, told.n, sizeof(rcp__span), by_told_start);
	/* later tellings: each capitalised word looked up by its folded form */
	base_name *bv = names.v;
	const rcp__span *tv = told.v;
	size_t ti = 0;
	if (names.n)
		qsort(bv, names.n, sizeof *bv, by_first);
	for (size_t i = 0; i < n && names.n; i++) {
		if (!w[i].t.cap)
			continue;
		base_name key = {w[i].f, 0, 0, 0};
		base_name *hit = bsearch(&key, bv, names.n, sizeof *bv, by_first);
		if (!hit)
			continue;
		while (hit > bv && !strcmp(hit[-1].first, w[i].f))
			hit--;
		size_t best = 0;
		const base_name *bb = NULL;
		for (; hit < bv + names.n && !strcmp(hit->first, w[i].f); hit++)
			if (hit->nwords > best && repeats(w, n, i, hit)) {
				best = hit->nwords;
				bb = hit;
			}
		if (!bb)
			continue;
		size_t st = w[i].t.start, en = w[i + best - 1].t.end;
		/* not a telling already made, nor a registry name or a body */
		while (ti < told.n && tv[ti].end <= st)
			ti++;
		if ((ti < told.n && tv[ti].start < en) || covered(&tk, st, en))
			continue;
		/* "Ellen Marsh" ... "Marsh Industries": a surname after a given
		 * name or a title is a person's, not the company's */
		if (i > 0 && w[i - 1].t.sentence == w[i].t.sentence && person_name(w, i - 1, i))
			continue;
		fn(bb->org, st, en, ctx);
		i += best - 1;
	}
	free(names.v);
	free(told.v);
	taken_release(&tk);
}

/* ---- companies named in a list with others ---- */

/* Two words of a list's item: a space, a hyphen or an ampersand between
 * ("Pap Tecnos", "Indra-Escribano", "EM&E", "Procter & Gamble"). */
static int item_joined(const char *text, const xword *x, const xword *y)
{
	size_t i = x->t.end, e = y->t.start;
	if (x->t.sentence != y->t.sentence)
		return 0;
	if (e - i == 1 && (text[i] == ' ' || text[i] == '-' || text[i] == '&'))
		return 1;
	return e - i == 3 && !memcmp(text + i, " & ", 3);
}

/* The next item's first word after an item ending at byte e, the words
 * from j on: ", ", " and ", ", and "; 0 if none. *comma: a comma stood
 * there; *last: a conjunction (the next item is the list's last). prep: the
 * preposition before the list's first item (or NULL); said again after the
 * conjunction ("à Naval Group et à Technic Atom") it sets *again. */
static size_t list_next(const char *text, const xword *w, size_t n, size_t e, size_t j,
                        const char *prep, int *comma, int *last, int *again)
{
	if (j >= n || j == 0 || w[j].t.sentence != w[j - 1].t.sentence)
		return 0;
	size_t gap = w[j].t.start - e;
	int c = gap == 2 && !memcmp(text + e, ", ", 2);
	if (!c && !(gap == 1 && text[e] == ' '))
		return 0;
	static const char *const articles[] = {"the", "la", "el", "le", "l", NULL};
	if (is_conjunction(w[j].f) && !w[j].t.cap) {
		if (j + 1 >= n || w[j + 1].t.start != w[j].t.end + 1 ||
		    w[j + 1].t.sentence != w[j].t.sentence)
			return 0;
		*comma |= c;
		*last = 1;
		j++;
		if (prep && !w[j].t.cap && !strcmp(w[j].f, prep) && j + 1 < n &&
		    w[j + 1].t.start == w[j].t.end + 1 && w[j + 1].t.sentence == w[j].t.sentence &&
		    w[j + 1].t.cap) {
			*again = 1;
			j++;
		}
	} else if (c) {
		*comma = 1;
	} else
		return 0;
	/* "Airbus, la UTE Indra-Escribano y Navantia" */
	if (!w[j].t.cap && in_list(w[j].f, articles) && j + 1 < n &&
	    w[j + 1].t.sentence == w[j].t.sentence && w[j + 1].t.cap)
		j++;
	return j;
}

/* "Nexter (Serval) et Arquus (Sherpa)", "Gepsa (groupe Engie, 23 %) et
 * Idex": a short parenthesis after a list's item at byte e (its product,
 * its owner, its share) is the item's. The byte after it, or e. */
static size_t paren_after(const char *text, size_t len, size_t e)
{
	if (e + 2 >= len || text[e] != ' ' || text[e + 1] != '(')
		return e;
	const char *close = memchr(text + e + 2, ')', len - e - 2 < 48 ? len - e - 2 : 48);
	return close ? (size_t)(close - text) + 1 : e;
}

/* Capitals that name a country, not a company: "the USA". */
static int place_code(const char *text, const xword *x)
{
	static const char *const codes[] = {"USA", "UAE", "USSR", "URSS", "EEUU", "RFA", "BRD",
	                                    "DDR", "UdSSR", NULL};
	size_t l = x->t.end - x->t.start;
	for (int k = 0; codes[k]; k++)
		if (strlen(codes[k]) == l && !memcmp(text + x->t.start, codes[k], l))
			return 1;
	return 0;
}


typedef struct list_item {
	size_t a, b;            /* its words */
	size_t start, end;      /* its bytes */
	int known;              /* 1: a company already found; 2: another organization */
} list_item;

#define LIST_ITEMS 24

/* The item of a list at word i: a mention (with the capitalised words
 * joined after it: "Rheinmetall Expal"), or up to four capitalised words
 * (a number after the first: "Opina 360"); 0 if none. ms[*mi..] are the
 * mentions from word i on. */
static int list_item_at(const xents *E, const char *text, const xword *w, size_t n, size_t i,
                        const xmention *ms, size_t nm, size_t *mi, list_item *it)
{
	while (*mi < nm && ms[*mi].start < w[i].t.start)
		(*mi)++;
	size_t b = i;
	if (*mi < nm && ms[*mi].start == w[i].t.start) {
		rcp_matcher_entity me;
		rcp__ent_get(E, ms[*mi].entity, &me);
		it->known = me.kind == RCP_KIND_COMPANY ? 1 : 2;
		size_t end = ms[*mi].end;
		while (b + 1 < n && w[b + 1].t.start < end)
			b++;
		if (w[b].t.end != end)
			return 0;
	} else {
		if (!is_cap_word(&w[i]) || in_list(w[i].f, stop) || in_list(w[i].f, nouns) ||
		    in_list(w[i].f, adverbs))
			return 0;
		it->known = 0;
	}
	/* "Rheinmetall Expal", "Pap Tecnos", "Opina 360" */
	while (b + 1 < n && b + 1 - i < 4 && item_joined(text, &w[b], &w[b + 1]) &&
	       ((is_cap_word(&w[b + 1]) && !in_list(w[b + 1].f, stop)) || w[b + 1].t.digit) &&
	       !(*mi + 1 < nm && ms[*mi + 1].start <= w[b + 1].t.start) &&
	       !(*mi < nm && !it->known && ms[*mi].start <= w[b + 1].t.start))
		b++;
	it->a = i;
	it->b = b;
	it->start = w[i].t.start;
	it->end = w[b].t.end;
	return 1;
}

/* The second of two coordinated names, w[a..b] a plain word: see
 * rcp__companies_in_lists. */
static int coordinated_plain(const char *text, size_t len, const xword *w, size_t n, size_t a,
                             size_t b, int li)
{
	if (a != b || !plain_name(w, a) || in_list(w[a].f, titles) || in_list(w[a].f, adverbs) ||
	    in_list(w[a].f, group_nouns) || rcp__nationality(w[a].f, li) || place_code(text, &w[a]))
		return 0;
	/* German capitalises every noun */
	if (li == 3)
		return 0;
	/* a word the text writes in small letters is a common word */
	for (size_t k = 0; k < n; k++)
		if (!w[k].t.cap && w[k].t.flen == w[a].t.flen && !strcmp(w[k].f, w[a].f))
			return 0;
	/* its end: a verb, a parenthesis, a comma or a full stop, not a
	 * capitalised word ("Thales and Saudi Arabia") */
	if (a + 1 < n && w[a + 1].t.sentence == w[a].t.sentence && w[a + 1].t.cap &&
	    paren_after(text, len, w[a].t.end) == w[a].t.end)
		return 0;
	return !rcp__person_told(text, w, n, a, b, li);
}

void rcp__companies_in_lists(rcp__bodies *s, const xents *E, int li, const char *text,
                             size_t len, const xword *w, size_t n, rcp__vec *mentions,
                             void (*fn)(uint32_t org, size_t start, size_t end, void *ctx),
                             void *ctx)
{
	size_t nm = mentions->n;
	xmention *ms = rcp__xmalloc((nm ? nm : 1) * sizeof *ms);
	if (nm)
		memcpy(ms, mentions->v, nm * sizeof *ms);
	rcp__vec added = {0, 0, 0, sizeof(list_item)};
	size_t mi = 0;
	list_item items[LIST_ITEMS];
	for (size_t i = 0; i < n; i++) {
		if (!w[i].t.cap)
			continue;
		/* a list's first item ends at a comma or a conjunction: the
		 * bytes first, most capitalised words are no list's */
		size_t r = i;
		while (r + 1 < n && r - i < 6 && w[r + 1].t.cap && item_joined(text, &w[r], &w[r + 1]))
			r++;
		size_t re = paren_after(text, len, w[r].t.end), rn = r + 1;
		while (rn < n && w[rn].t.start < re)
			rn++;
		if (!(re < len && text[re] == ',') &&
		    !(rn < n && w[rn].t.sentence == w[r].t.sentence && is_conjunction(w[rn].f))) {
			i = r;
			continue;
		}
		size_t nit = 0, known = 0, m0 = mi;
		int comma = 0, last = 0, again = 0;
		size_t j = i;
		/* the preposition before the first item, said again before the
		 * last: "à Naval Group et à Technic Atom", "to X and to Y" */
		static const char *const preps[] = {"à", "a", "to", "with", "avec", "con", "mit",
		                                    "an", "for", "pour", "para", "für", "from", NULL};
		const char *prep = i > 0 && w[i - 1].t.sentence == w[i].t.sentence &&
		                           !w[i - 1].t.cap && in_list(w[i - 1].f, preps)
		                       ? w[i - 1].f
		                       : NULL;
		while (nit < LIST_ITEMS && list_item_at(E, text, w, n, j, ms, nm, &mi, &items[nit])) {
			known += items[nit].known == 1;
			nit++;
			if (last)
				break;
			/* "Nexter (Serval) et Arquus (Sherpa)", "Gepsa (groupe
			 * Engie, 23 %) et Idex": a short parenthesis after an item
			 * (its product, its owner, its share) is the item's */
			size_t ie = paren_after(text, len, items[nit - 1].end), ib = items[nit - 1].b + 1;
			while (ib < n && w[ib].t.start < ie)
				ib++;
			j = list_next(text, w, n, ie, ib, prep, &comma, &last, &again);
			if (!j)
				break;
		}
		/* a list: three names or more, a comma, a company among them,
		 * no other kind of organization ("Europol, die Polizei und ...") */
		int other = 0;
		for (size_t k = 0; k < nit; k++)
			other |= items[k].known == 2;
		/* two names, one a company's: the other only when shaped as one
		 * ("ASI and Boeing did not bid") */
		if (nit == 2 && known == 1 && !other && !comma) {
			list_item *it = items[0].known ? &items[1] : &items[0];
			if (it->a == it->b && company_shaped(text, &w[it->a]) && !place_code(text, &w[it->a]))
				*(list_item *)rcp__vec_push(&added) = *it;
			/* the preposition said twice: the other is the company's
			 * like ("attribué à Naval Group et à Technic Atom") */
			else if (again && !person_name(w, it->a, it->b) && !place_code(text, &w[it->a]))
				*(list_item *)rcp__vec_push(&added) = *it;
			/* "Thales (Serval) et Arquus (Sherpa)": a plain word after a
			 * company's name and a conjunction, each with its
			 * parenthesis (a product, a share), is a company of its own
			 * too: no common word, no given name, no nation's word, no
			 * person's by the text. Without the parentheses the word
			 * may be a place ("Airbus and Spain agreed") */
			else if (it == &items[1] &&
			         paren_after(text, len, items[0].end) != items[0].end &&
			         paren_after(text, len, it->end) != it->end &&
			         coordinated_plain(text, len, w, n, it->a, it->b, li))
				*(list_item *)rcp__vec_push(&added) = *it;
		}
		if (nit < 3 || !comma || !known || other) {
			mi = m0;
			if (nit)
				i = items[0].b; /* its words start no list of their own */
			continue;
		}
		for (size_t k = 0; k < nit; k++) {
			list_item *it = &items[k];
			if (it->known)
				continue;
			/* "En España, Airbus y Navantia": a first name after a
			 * preposition that opens the sentence is a place */
			if (k == 0 && it->a > 0 && w[it->a - 1].t.sentence == w[it->a].t.sentence &&
			    in_list(w[it->a - 1].f, stop) &&
			    (it->a < 2 || w[it->a - 2].t.sentence != w[it->a].t.sentence))
				continue;
			if (person_name(w, it->a, it->b))
				continue;
			/* "Zwei Firmen, Vortex und Halcyon": the noun that
			 * opens an apposed list is no item of it */
			if (in_list(w[it->b].f, plural_nouns) || in_list(w[it->b].f, plural_more))
				continue;
			*(list_item *)rcp__vec_push(&added) = *it;
		}
		i = items[nit - 1].b;
	}
	if (!added.n) {
		free(ms);
		free(added.v);
		return;
	}
	/* each added name, and its later tellings outside the mentions */
	rcp__span *cov = rcp__xmalloc(nm ? nm * sizeof *cov : sizeof *cov);
	for (size_t k = 0; k < nm; k++)
		cov[k] = (rcp__span){ms[k].start, ms[k].end};
	taken tk;
	taken_init(&tk, cov, nm);
	free(cov);
	const list_item *av = added.v;
	/* by first word, as companies_find's later tellings: a list may be long */
	base_name *bv = rcp__xmalloc(added.n * sizeof *bv);
	for (size_t k = 0; k < added.n; k++) {
		uint32_t id = rcp__body_add(s, text, w, av[k].a, av[k].b, av[k].end);
		s->v[id].kind = RCP_KIND_COMPANY;
		s->v[id].categories = 0;
		fn(id, av[k].start, av[k].end, ctx);
		bv[k] = (base_name){w[av[k].a].f, av[k].a, av[k].b - av[k].a + 1, id};
	}
	qsort(bv, added.n, sizeof *bv, by_first);
	size_t ai = 0; /* the added names, by start: a telling made */
	for (size_t i = 0; i < n; i++) {
		while (ai < added.n && av[ai].a < i)
			ai++;
		if (!w[i].t.cap || (ai < added.n && av[ai].a == i) ||
		    covered(&tk, w[i].t.start, w[i].t.end))
			continue;
		base_name key = {w[i].f, 0, 0, 0};
		base_name *hit = bsearch(&key, bv, added.n, sizeof *bv, by_first);
		if (!hit)
			continue;
		while (hit > bv && !strcmp(hit[-1].first, w[i].f))
			hit--;
		for (; hit < bv + added.n && !strcmp(hit->first, w[i].f); hit++) {
			size_t nw = hit->nwords;
			if ((w[i].t.flen < 3 && nw == 1) || !repeats(w, n, i, hit))
				continue;
			/* the whole name, not the start of a longer one */
			if (i + nw < n && item_joined(text, &w[i + nw - 1], &w[i + nw]) &&
			    is_cap_word(&w[i + nw]))
				continue;
			if (covered(&tk, w[i].t.start, w[i + nw - 1].t.end))
				continue;
			fn(hit->org, w[i].t.start, w[i + nw - 1].t.end, ctx);
			i += nw - 1;
			break;
		}
	}
	free(bv);
	taken_release(&tk);
	free(ms);
	free(added.v);
}
