/*
 * acronyms.c — organizations the text defines by an acronym: a name and its
 * acronym in parentheses after it ("structure intégrée du maintien en
 * condition opérationnelle des matériels terrestres (SIMMT)"), or an
 * acronym and its name in parentheses after it ("DCNS (direction des
 * constructions navales, systèmes et services)"), when the name holds a
 * word for an organization. The acronym then names it wherever the text
 * says it. A city police's acronym ("WFPD", "LAPD") is its department by
 * its shape; a plural word for organizations before a list of acronyms in
 * parentheses ("Pension Funds (AP1 and AP3)") names each. A defined
 * acronym whose name holds no such word is a thing (a
 * document, a weapon, a programme: "Cahier des clauses techniques
 * particulières (CCTP)"), and rcp__acronym_thing() says so to the rules
 * that take a bare acronym for an organization.
 */
#include <stdlib.h>
#include <string.h>

#include "stages.h"

/* Words a name's initials skip ("Direction générale de la sécurité"). */
static const char *const joins[] = {
	"of", "for", "the", "and", "on", "in", "to", "de", "des", "du", "la", "le", "les", "l",
	"d", "del", "el", "los", "las", "y", "et", "pour", "para", "por", "en", "a", "au",
	"aux", "fur", "der", "die", "das", "den", "dem", "und", "von", "zur", "zum", "im",
	"am", NULL};

/* Words for an organization: a name that holds one is an organization's. */
static const char *const org_nouns[] = {
	"structure", "direction", "directorate", "direccion", "directorio", "service",
	"services", "servicio", "servicios", "dienst", "office", "oficina", "bureau", "agence",
	"agency", "agencia", "agentur", "institut", "institute", "instituto", "centre",
	"center", "centro", "zentrum", "conseil", "council", "consejo", "commission",
	"comision", "kommission", "comite", "committee", "fonds", "fund", "fondo",
	"association", "asociacion", "verband", "union", "organisation", "organization",
	"organizacion", "authority", "autorite", "autoridad", "behorde", "ministere", "ministry",
	"ministerio", "ministerium", "departement", "department", "departamento", "groupe",
	"group", "grupo", "gruppe", "company", "compagnie", "compania", "societe", "sociedad",
	"gesellschaft", "corporation", "industries", "industrie", "industrias", "police",
	"policia", "polizei", "gendarmerie", "army", "armee", "ejercito", "forces", "command",
	"commandement", "mando", "kommando", "network", "reseau", "red", "netzwerk", "alliance",
	"alianza", "allianz", "coalition", "federation", "federacion", "confederation",
	"syndicat", "sindicato", "gewerkschaft", "chamber", "chambre", "camara", "kammer",
	"court", "cour", "tribunal", "gericht", "university", "universite", "universidad",
	"universitat", "foundation", "fondation", "fundacion", "stiftung", "observatory",
	"observatoire", "observatorio", "bank", "banque", "banco", "parliament", "parlement",
	"parlamento", "assembly", "assemblee", "asamblea", "secretariat", "inspection",
	"inspeccion", "inspectorate", "unit", "unite", "unidad", "einheit", "brigade",
	"administration", "administracion", "verwaltung", "etablissement", "establecimiento",
	"consortium", "consorcio", "konsortium", "office", "amt", "bundesamt", "landesamt",
	"jefatura", "subdireccion", "secretaria", "delegation", "delegacion",
	/* a pension fund's: "Public Employees' Retirement System (CalPERS)" */
	"retirement", "pension", "pensions", "retraite", "retraites", "pensiones",
	"jubilacion", NULL};

/* Words that make such a name a company's. */
static const char *const company_nouns[] = {
	"groupe", "group", "grupo", "gruppe", "company", "compagnie", "compania", "societe",
	"sociedad", "gesellschaft", "corporation", "industries", "industrie", "industrias",
	"consortium", "consorcio", "konsortium", "bank", "banque", "banco", NULL};

/* Is text[st, en) an acronym: two to eight capitals and digits, a capital
 * first, two capitals or more ("SIMMT", "DCNS", "AP3")? */
static int acronym(const char *text, size_t st, size_t en)
{
	size_t l = en - st, upper = 0, lower = 0;
	/* most capitalised words end in a small letter: none is one */
	if (l < 2 || l > 8 || text[st] < 'A' || text[st] > 'Z' ||
	    (text[en - 1] >= 'a' && text[en - 1] <= 'z'))
		return 0;
	for (size_t k = st; k < en; k++) {
		if (text[k] >= 'A' && text[k] <= 'Z')
			upper++;
		else if (text[k] >= 'a' && text[k] <= 'z')
			lower++;
		else if (text[k] < '0' || text[k] > '9')
			return 0;
	}
	/* "CalSTRS", "CalPERS", "DoD", "BfV": small letters inside, the last
	 * a capital; the capitals are the initials. Not "Inc", "Ltd", "Mayo" */
	if (lower)
		return upper >= 2 && text[en - 1] >= 'A' && text[en - 1] <= 'Z';
	return upper >= 2;
}

/* The initials of the acronym text[st, en) into out (room for 9): its
 * capitals and digits ("CalSTRS": "CSTRS"); their number. */
static size_t initials(const char *text, size_t st, size_t en, char *out)
{
	size_t m = 0;
	for (size_t k = st; k < en && m < 8; k++)
		if ((text[k] >= 'A' && text[k] <= 'Z') || (text[k] >= '0' && text[k] <= '9'))
			out[m++] = text[k];
	out[m] = '\0';
	return m;
}

/* May words x and y stand in one name: a space, an elision, a hyphen or a
 * comma between them (a typographic apostrophe and a space: "Teachers’
 * Retirement")? */
static int near(const char *text, const xword *x, const xword *y)
{
	if (x->t.sentence != y->t.sentence || y->t.start < x->t.end || y->t.start - x->t.end > 4)
		return 0;
	for (size_t p = x->t.end; p < y->t.start; p++) {
		unsigned char c = (unsigned char)text[p];
		if (c != ' ' && c != ',' && c != '\'' && c != '-' && c < 0x80)
			return 0;
	}
	return 1;
}

static int initial_is(const xword *x, char c)
{
	return x->t.flen > 0 && !x->t.digit && x->f[0] == c - 'A' + 'a';
}

/* Content words a name's initials may pass over: two, or half the
 * acronym's letters ("Structure intégrée de maintien en condition
 * opérationnelle des matériels aéronautiques du ministère de la Défense
 * (SIMMAD)" passes over three). */
static size_t passable(size_t al)
{
	return al / 2 > 2 ? al / 2 : 2;
}

/* The first word of the name that ends at w[k] and whose content words'
 * initials spell acr (letters in order, passable() other content words
 * among them, the last word's the acronym's last letter): its index, or
 * (size_t)-1. */
static size_t name_before(const char *text, const xword *w, size_t k, const char *acr,
                          size_t al)
{
	long m = (long)al - 1;
	size_t skipped = 0, seen = 0;
	for (size_t j = k + 1; j-- > 0;) {
		if (j < k && !near(text, &w[j], &w[j + 1]))
			return (size_t)-1;
		if (rcp__word_in(w[j].f, joins) && !w[j].t.cap)
			continue;
		if (initial_is(&w[j], acr[m])) {
			if (--m < 0)
				return j;
		} else if (!seen || ++skipped > passable(al)) {
			return (size_t)-1;
		}
		seen++;
		if (k - j > 2 * al + 6)
			return (size_t)-1;
	}
	return (size_t)-1;
}

/* The last word of the name that begins at w[i] and whose initials spell
 * acr (the first word's the first letter, passable() other content
 * words), up to the word before ')' at byte close: its index, or
 * (size_t)-1. */
static size_t name_after(const char *text, const xword *w, size_t n, size_t i, size_t close,
                         const char *acr, size_t al)
{
	size_t m = 0, skipped = 0, last = (size_t)-1;
	for (size_t j = i; j < n && w[j].t.end <= close; j++) {
		if (j > i && !near(text, &w[j - 1], &w[j]))
			return (size_t)-1;
		last = j;
		if (rcp__word_in(w[j].f, joins) && !w[j].t.cap)
			continue;
		if (m < al && initial_is(&w[j], acr[m]))
			m++;
		else if (m == 0 || ++skipped > passable(al))
			return (size_t)-1;
		if (j - i > 2 * al + 6)
			return (size_t)-1;
	}
	return m == al ? last : (size_t)-1;
}

/* Does w[a..b] hold one of list's words? */
static int holds(const xword *w, size_t a, size_t b, const char *const *list)
{
	for (size_t k = a; k <= b; k++)
		if (!rcp__word_cut(&w[k]) && rcp__word_in(w[k].f, list))
			return 1;
	return 0;
}

static int covered(const rcp__span *cov, size_t ncov, size_t a, size_t b)
{
	for (size_t i = 0; i < ncov; i++)
		if (cov[i].start < b && a < cov[i].end)
			return 1;
	return 0;
}

/* A definition at w[i] (the acronym): the acronym's word, the name's
 * words [*a, *b], 1; or 0. */
static int definition_at(const char *text, size_t len, const xword *w, size_t n, size_t i,
                         size_t *a, size_t *b)
{
	size_t st = w[i].t.start, en = w[i].t.end;
	if (!acronym(text, st, en))
		return 0;
	char acr[9];
	size_t al = initials(text, st, en, acr);
	/* "name (ACR)", "name (ACR, ...": the name before */
	if (st > 0 && text[st - 1] == '(' && en < len && (text[en] == ')' || text[en] == ',') &&
	    i > 0 && w[i - 1].t.sentence == w[i].t.sentence && w[i - 1].t.end + 2 >= st) {
		size_t f = name_before(text, w, i - 1, acr, al);
		if (f != (size_t)-1 && f + 1 < i) {
			*a = f;
			*b = i - 1;
			return 1;
		}
	}
	/* "ACR (name)": the name after */
	size_t p = en;
	if (p < len && text[p] == ' ')
		p++;
	/* "GEPSA (Gestion établissements pénitentiaires services
	 * auxiliaires)": capitalised too, its initials spell it */
	if (p < len && text[p] == '(' && i + 1 < n && w[i + 1].t.start == p + 1) {
		const char *close = memchr(text + p, ')', len - p < 200 ? len - p : 200);
		if (!close)
			return 0;
		size_t l = name_after(text, w, n, i + 1, (size_t)(close - text), acr, al);
		if (l != (size_t)-1 && l > i + 1) {
			*a = i + 1;
			*b = l;
			return 1;
		}
	}
	return 0;
}

int rcp__acronym_thing(const char *text, size_t len, const xword *w, size_t n, size_t i)
{
	size_t st = w[i].t.start, al = w[i].t.end - st;
	if (!acronym(text, st, w[i].t.end))
		return 0;
	for (size_t k = 0; k < n; k++) {
		size_t a, b;
		if (w[k].t.end - w[k].t.start != al || memcmp(text + w[k].t.start, text + st, al) ||
		    !definition_at(text, len, w, n, k, &a, &b))
			continue;
		return !holds(w, a, b, org_nouns);
	}
	return 0;
}

/* "WFPD", "LAPD", "NYPD": a city's police department by its acronym's
 * shape, two to four capitals before "PD". */
static int police_acronym(const char *text, const xword *x)
{
	size_t st = x->t.start, l = x->t.end - st;
	return l >= 4 && l <= 6 && acronym(text, st, x->t.end) && text[x->t.end - 2] == 'P' &&
	       text[x->t.end - 1] == 'D';
}

/* Each telling of the acronym text[st, st + al) outside cov, but the one
 * at word skip, to fn as org's. */
static void tell_acronym(const char *text, const xword *w, size_t n, size_t st, size_t al,
                         size_t skip, const rcp__span *cov, size_t ncov, uint32_t org,
                         void (*fn)(uint32_t org, size_t start, size_t end, void *ctx),
                         void *ctx)
{
	for (size_t k = 0; k < n; k++) {
		size_t ks = w[k].t.start;
		if (k == skip || w[k].t.end - ks != al || memcmp(text + ks, text + st, al) ||
		    covered(cov, ncov, ks, ks + al))
			continue;
		fn(org, ks, ks + al, ctx);
	}
}

/* Plural words for organizations before a list of their acronyms in
 * parentheses ("the First and the Third National Pension Funds (AP1 and
 * AP3)"). */
static const char *const plural_orgs[] = {
	"funds", "fonds", "fondos", "pensions", "pensiones", "agencies", "agences", "agencias", "agenturen", "companies",
	"societes", "empresas", "firms", "firmes", "firmen", "unternehmen", "services",
	"servicios", "banks", "banques", "bancos", "banken", "institutes", "instituts",
	"institutos", "authorities", "autorites", "autoridades", "behorden", "ministries",
	"ministeres", "ministerios", "ministerien", "forces", "groups", "groupes", "grupos",
	NULL};
static const char *const list_ands[] = {"and", "et", "y", "und", NULL};
static const char *const company_plurals[] = {
	"companies", "societes", "empresas", "firms", "firmes", "firmen", "unternehmen",
	"banks", "banques", "bancos", "banken", "groups", "groupes", "grupos", NULL};
static const char *const fund_plurals[] = {"funds", "fonds", "fondos", "pensions",
                                           "pensiones", "institutes", "instituts",
                                           "institutos", NULL};

/* "Pension Funds (AP1 and AP3)": w[i] the first acronym after a plural
 * word for organizations and "("; the last acronym's word, or 0. Two or
 * three acronyms, joined by commas and a conjunction, closed by ")". */
static size_t acronym_list(const char *text, size_t len, const xword *w, size_t n, size_t i)
{
	size_t st = w[i].t.start;
	if (i == 0 || st == 0 || text[st - 1] != '(' || w[i - 1].t.end + 2 < st ||
	    w[i - 1].t.sentence != w[i].t.sentence || rcp__word_cut(&w[i - 1]) ||
	    !rcp__word_in(w[i - 1].f, plural_orgs))
		return 0;
	int conj = 0;
	for (size_t k = i; k < n && k < i + 5 && w[k].t.sentence == w[i].t.sentence; k++) {
		if (!w[k].t.cap && rcp__word_in(w[k].f, list_ands) && k > i) {
			conj = 1;
			continue;
		}
		if (!acronym(text, w[k].t.start, w[k].t.end))
			return 0;
		size_t e = w[k].t.end;
		if (e < len && text[e] == ')')
			return conj ? k : 0;
		if (e >= len || (text[e] != ',' && text[e] != ' '))
			return 0;
	}
	return 0;
}

/* Acronyms of a kind of organization, not of one: "Unión Temporal de
 * Empresas (UTE)", "groupement d'intérêt économique (GIE)", "a joint
 * venture (JV)", "Nichtregierungsorganisation (NGO)". */
static int kind_acronym(const char *text, const xword *x)
{
	static const char *const kinds[] = {"UTE", "AIE", "GIE", "JV", "SPV", "PPP", "NGO", "ONG",
	                                    "PME", "PYME", "SME", "KMU", "ETI", NULL};
	size_t l = x->t.end - x->t.start;
	for (int k = 0; kinds[k]; k++)
		if (strlen(kinds[k]) == l && !memcmp(text + x->t.start, kinds[k], l))
			return 1;
	return 0;
}

/* Is the name at w[a] told with an organization's possessive before it
 * ("ShotSpotter's", "Motorola’s"): a registry name, its "'s", a space? */
static int possessed(const char *text, const xword *w, size_t a, const rcp__span *cov,
                     size_t ncov)
{
	size_t st = w[a].t.start;
	size_t e;
	if (st >= 3 && !memcmp(text + st - 3, "'s ", 3))
		e = st - 3;
	else if (st >= 5 && !memcmp(text + st - 5, "\xe2\x80\x99s ", 5))
		e = st - 5;
	else
		return 0;
	for (size_t k = 0; k < ncov; k++)
		if (cov[k].end == e)
			return 1;
	/* or a name in one word with a capital inside ("ShotSpotter",
	 * "LexisNexis"), a company's shape the later stages find */
	for (size_t k = a; k-- > 0 && w[k].t.end >= e;)
		if (w[k].t.end == e) {
			size_t upper = 0;
			for (size_t p = w[k].t.start + 1; p < e; p++)
				upper += text[p] >= 'A' && text[p] <= 'Z';
			return w[k].t.cap && upper > 0;
		}
	return 0;
}

void rcp__acronyms_find(rcp__bodies *s, const char *text, size_t len, const xword *w, size_t n,
                        const rcp__span *cov, size_t ncov,
                        void (*fn)(uint32_t org, size_t start, size_t end, void *ctx), void *ctx)
{
	for (size_t i = 0; i < n; i++) {
		size_t a, b;
		size_t last = w[i].t.cap ? acronym_list(text, len, w, n, i) : 0;
		if (last) {
			/* each acronym an organization of the noun's kind (funds:
			 * other_org; companies: company); every telling */
			for (size_t k = i; k <= last; k++) {
				size_t st = w[k].t.start, al = w[k].t.end - st;
				if (!acronym(text, st, w[k].t.end) || covered(cov, ncov, st, st + al))
					continue;
				uint32_t id = rcp__body_add(s, text, w, k, k, w[k].t.end);
				if (s->v[id].acronym[0])
					continue;
				s->v[id].kind = rcp__word_in(w[i - 1].f, company_plurals)
				                    ? RCP_KIND_COMPANY
				                    : RCP_KIND_OTHER_ORG;
				if (s->v[id].kind == RCP_KIND_OTHER_ORG &&
				    !rcp__word_in(w[i - 1].f, fund_plurals))
					s->v[id].kind = RCP_KIND_PUBLIC_BODY;
				s->v[id].categories = 0;
				memcpy(s->v[id].acronym, text + st, al);
				s->v[id].acronym[al] = '\0';
				tell_acronym(text, w, n, st, al, (size_t)-1, cov, ncov, id, fn, ctx);
			}
			i = last;
			continue;
		}
		if (w[i].t.cap && police_acronym(text, &w[i]) &&
		    !covered(cov, ncov, w[i].t.start, w[i].t.end)) {
			size_t st = w[i].t.start, al = w[i].t.end - st;
			uint32_t id = rcp__body_add(s, text, w, i, i, w[i].t.end);
			if (s->v[id].acronym[0])
				continue; /* told already */
			s->v[id].kind = RCP_KIND_POLICE;
			s->v[id].categories = RCP_CAT_POLICING;
			memcpy(s->v[id].acronym, text + st, al);
			s->v[id].acronym[al] = '\0';
			tell_acronym(text, w, n, st, al, (size_t)-1, cov, ncov, id, fn, ctx);
			continue;
		}
		/* most words are no capital's acronym in parentheses */
		if (!w[i].t.cap || w[i].t.digit || !definition_at(text, len, w, n, i, &a, &b) ||
		    !holds(w, a, b, org_nouns) || kind_acronym(text, &w[i]))
			continue;
		size_t st = w[i].t.start, al = w[i].t.end - st;
		if (covered(cov, ncov, st, st + al) || covered(cov, ncov, w[a].t.start, w[a].t.end))
			continue;
		/* "ShotSpotter's Incident Review Center (IRC)": an organization's
		 * own unit, told with its possessive, is none of its own */
		if (possessed(text, w, a, cov, ncov))
			continue;
		/* "... des matériels aéronautiques du ministère de la Défense
		 * (SIMMAD)": an owner the registry names ends the name before it */
		size_t c = a;
		while (c < b && !covered(cov, ncov, w[c + 1].t.start, w[c + 1].t.end))
			c++;
		if (c < b) {
			while (c > a && rcp__word_in(w[c].f, joins) && !w[c].t.cap)
				c--;
			if (c == a || !holds(w, a, c, org_nouns))
				continue;
			b = c;
		}
		uint32_t id;
		if (a > i) /* "DCNS (direction ...)": the acronym is the name */
			id = rcp__body_add(s, text, w, i, i, w[i].t.end);
		else
			id = rcp__body_add(s, text, w, a, b, w[b].t.end);
		if (s->v[id].acronym[0])
			continue;
		if (holds(w, a, b, company_nouns)) {
			s->v[id].kind = RCP_KIND_COMPANY;
			s->v[id].categories = 0;
		}
		/* an acronym has eight bytes at most: room in acronym[12] */
		memcpy(s->v[id].acronym, text + st, al);
		s->v[id].acronym[al] = '\0';
		fn(id, w[a].t.start, w[b].t.end, ctx);
		/* the acronym wherever the text says it, in its definition too:
		 * else the companies stage takes "(OPERS)" for another name */
		tell_acronym(text, w, n, st, al, (size_t)-1, cov, ncov, id, fn, ctx);
		i = b > i ? b : i;
	}
}
