/*
 * namenorm.c — company names as funds, filings and registries write them,
 * brought to one comparable form.
 *
 *   "ALPHABET INC CL A"        -> "alphabet"
 *   "A. P. Moller Maersk A/S"  -> "ap moller maersk"      (forms: eu)
 *   "INTL BUSINESS MACHINES"   -> "international business machines"
 *   "AT+T INC", "AT&T Inc."    -> "att"
 *   "PROCTER + GAMBLE CO/THE"  -> "procter gamble"
 *
 * Steps: Unicode folding (rcp__fold: NFKD, case folding, marks removed);
 * split on anything that is not a letter or digit, except that an
 * apostrophe joins ("McDonald's") and so does & or + between two letters
 * with no space ("S&P"); runs of single letters are joined ("s a" -> "sa",
 * "a p moller" -> "ap moller") so dotted forms meet undotted ones;
 * abbreviations are expanded to one spelling; connectors (the, and, of,
 * de ...) are dropped; legal forms in several languages and share-class or
 * instrument noise (CL A, Class C, ADR, ORD, REG, PFD ...) are removed,
 * except the first word, which is always kept: a name is never emptied.
 * The legal forms removed are remembered as families (US, British,
 * German-speaking, other) so "Siemens Ltd" can be told from "Siemens AG".
 */
#include <math.h>
#include <string.h>

#include "internal.h"

/* ------------------------------------------------------------------ */
/* Word tables                                                         */
/* ------------------------------------------------------------------ */

typedef struct word_map {
	const char *from, *to;
} word_map;

/* Abbreviations funds use, to one spelling (the long one, except where the
 * short one is what everybody writes). */
static const word_map abbreviations[] = {
	{"intl", "international"}, {"int", "international"}, {"internat", "international"},
	{"hldgs", "holdings"}, {"hldg", "holdings"}, {"hlds", "holdings"}, {"holding", "holdings"},
	{"hold", "holdings"}, {"tech", "technologies"}, {"techs", "technologies"},
	{"technology", "technologies"}, {"technolog", "technologies"}, {"sys", "systems"},
	{"system", "systems"}, {"grp", "group"}, {"gp", "group"}, {"mfg", "manufacturing"},
	{"natl", "national"}, {"nat", "national"}, {"svcs", "services"}, {"svc", "services"},
	{"service", "services"}, {"inds", "industries"}, {"ind", "industries"},
	{"industry", "industries"}, {"industrial", "industrial"}, {"amer", "american"},
	{"pharm", "pharmaceuticals"}, {"pharma", "pharmaceuticals"},
	{"pharmaceutical", "pharmaceuticals"}, {"labs", "laboratories"}, {"lab", "laboratories"},
	{"mgmt", "management"}, {"mgt", "management"}, {"fin", "financial"}, {"finl", "financial"},
	{"bancorporation", "bancorp"}, {"bk", "bank"}, {"comms", "communications"},
	{"commun", "communications"}, {"communication", "communications"},
	{"elec", "electric"}, {"electr", "electric"}, {"engr", "engineering"},
	{"eng", "engineering"}, {"ent", "entertainment"}, {"entmt", "entertainment"},
	{"prods", "products"}, {"prod", "products"}, {"product", "products"},
	{"res", "resources"}, {"resource", "resources"}, {"solution", "solutions"},
	{"sol", "solutions"}, {"ctr", "center"}, {"centre", "center"}, {"hlth", "health"},
	{"healthcare", "health care"}, {"aero", "aerospace"}, {"def", "defense"},
	{"defence", "defense"}, {"enterprise", "enterprises"}, {"ents", "enterprises"},
	{"mtrs", "motors"}, {"mtr", "motor"}, {"co's", "companies"}, {"cos", "companies"},
	{"wash", "washington"}, {"invs", "investors"}, {"inv", "investment"},
	{"ptnrs", "partners"}, {"partner", "partners"}, {"assoc", "associates"},
	{"dev", "development"}, {"devel", "development"}, {"chem", "chemical"},
	{"chemicals", "chemical"}, {"constr", "construction"}, {"corrections", "corrections"},
	{NULL, NULL},
};

/* Dropped everywhere: they never tell two companies apart. */
static const char *const connectors[] = {
	"the", "and", "und", "et", "of", "de", "des", "du", "von", "van", "der", "y", "e", NULL,
};

enum {
	FORM_US = RCP__FORM_US,
	FORM_GB = RCP__FORM_GB,
	FORM_DE = RCP__FORM_DE,
	FORM_EU = RCP__FORM_EU,
	NOISE = 1 << 8,
};

typedef struct form_word {
	const char *word;
	unsigned family;
} form_word;

/* Legal forms (by family) and instrument noise. */
static const form_word form_words[] = {
	{"inc", FORM_US}, {"incorporated", FORM_US}, {"corp", FORM_US},
	{"corporation", FORM_US}, {"co", FORM_US}, {"company", FORM_US}, {"llc", FORM_US},
	{"lp", FORM_US}, {"llp", FORM_US}, {"ltd", FORM_GB}, {"limited", FORM_GB},
	{"lt", FORM_GB}, {"plc", FORM_GB}, {"pcl", FORM_GB}, {"pty", FORM_GB}, {"pte", FORM_GB},
	{"ag", FORM_DE}, {"gmbh", FORM_DE}, {"kgaa", FORM_DE}, {"kg", FORM_DE},
	{"aktiengesellschaft", FORM_DE}, {"sa", FORM_EU}, {"spa", FORM_EU}, {"nv", FORM_EU},
	{"se", FORM_EU}, {"ab", FORM_EU}, {"abp", FORM_EU}, {"as", FORM_EU}, {"asa", FORM_EU},
	{"oyj", FORM_EU}, {"bv", FORM_EU}, {"sab", FORM_EU}, {"cv", FORM_EU}, {"sas", FORM_EU},
	{"srl", FORM_EU}, {"sarl", FORM_EU}, {"sca", FORM_EU}, {"saa", FORM_EU},
	{"bm", FORM_EU}, {"bhd", FORM_EU}, {"berhad", FORM_EU}, {"tbk", FORM_EU},
	{"ltee", FORM_EU}, {"limitee", FORM_EU}, {"jsc", FORM_EU}, {"pjsc", FORM_EU},
	{"kk", FORM_EU}, {"sapa", FORM_EU}, {"nyrt", FORM_EU},
	/* share classes, instruments, listing noise */
	{"cl", NOISE}, {"class", NOISE}, {"adr", NOISE}, {"ads", NOISE}, {"gdr", NOISE},
	{"nvdr", NOISE}, {"spon", NOISE}, {"sponsored", NOISE}, {"unsponsored", NOISE},
	{"ord", NOISE}, {"ordinary", NOISE}, {"reg", NOISE}, {"registered", NOISE},
	{"pfd", NOISE}, {"pref", NOISE}, {"preferred", NOISE}, {"prf", NOISE}, {"shs", NOISE},
	{"shares", NOISE}, {"share", NOISE}, {"stock", NOISE}, {"common", NOISE},
	{"cpo", NOISE}, {"units", NOISE}, {"unit", NOISE}, {"ser", NOISE}, {"series", NOISE},
	{"non", NOISE}, {"voting", NOISE}, {"nv", NOISE}, {"npv", NOISE}, {"wi", NOISE},
	{"rg", NOISE}, {"br", NOISE}, {"bearer", NOISE}, {"vtg", NOISE}, {"new", NOISE},
	/* 13F "COM", "CAP STK"; Swedish "(publ)"; German "NA O.N.", "Inhaber-Aktien" */
	{"com", NOISE}, {"stk", NOISE}, {"publ", NOISE}, {"na", NOISE}, {"on", NOISE},
	{"inhaber", NOISE}, {"aktien", NOISE}, {"namens", NOISE}, {"vink", NOISE},
	{"vinkuliert", NOISE},
	{NULL, 0},
};

/* Words so common in company names that they must never carry a match.
 * Organizational words say nothing about the company and weigh a tenth
 * both ways; descriptive words ("energy", "health") keep their weight, so
 * "Siemens Energy" is not "Siemens", but cannot carry a match alone. */
static const char *const organizational_words[] = {
	"holdings", "group", "international", "global", "industries", "technologies",
	"systems", "services", "solutions", "enterprises", "companies", "corporation",
	"partners", "capital", "worldwide", "inc", "co", "corp", "ltd", "sa", "ag", "plc",
	"and", "the", "of", NULL,
};
static const char *const descriptive_words[] = {
	"financial", "bancorp", "trust", "fund", "america", "american", "national", "united",
	"general", "first", "resources", "products", "management", "investment",
	"investments", "development", "energy", "bank", "communications", "health", "care",
	"networks", "software", "media", "manufacturing", "electric", "motor", "motors",
	"laboratories", "pharmaceuticals", "new", "china", "japan", "korea", "india",
	"israel", "europe", "european", "asia", "pacific", "north", "south", "east", "west",
	"real", "estate", "insurance", "airlines", "air", "oil", "gas", "power", "steel",
	"chemical", "foods", "food", "retail", "data", "security", "defense", "aerospace",
	"engineering", "construction", "heavy", "materials", "semiconductor", "electronics",
	"automotive", "logistics", "shipping", "marine", "mining", "water", "telecom",
	"digital", "science", "sciences", "medical", "bio", "life", "home", "market",
	"markets", "street", "star", "sun", "royal", "standard", NULL,
};

static int in_words(const char *w, size_t n, const char *const *list)
{
	for (int i = 0; list[i]; i++)
		if (strlen(list[i]) == n && !memcmp(list[i], w, n))
			return 1;
	return 0;
}

int rcp__name_is_common(const char *w, size_t n)
{
	return in_words(w, n, organizational_words) || in_words(w, n, descriptive_words);
}

int rcp__name_is_organizational(const char *w, size_t n)
{
	return in_words(w, n, organizational_words);
}

static unsigned form_of(const char *w, size_t n, int *noise)
{
	unsigned fam = 0;
	*noise = 0;
	for (int i = 0; form_words[i].word; i++)
		if (strlen(form_words[i].word) == n && !memcmp(form_words[i].word, w, n)) {
			if (form_words[i].family == NOISE)
				*noise = 1;
			else
				fam |= form_words[i].family;
		}
	return fam;
}

int rcp__name_is_form(const char *w, size_t n)
{
	int noise;
	return form_of(w, n, &noise) != 0 || noise;
}

static const char *abbreviation(const char *w, size_t n)
{
	for (int i = 0; abbreviations[i].from; i++)
		if (strlen(abbreviations[i].from) == n && !memcmp(abbreviations[i].from, w, n))
			return abbreviations[i].to;
	return NULL;
}

/* ------------------------------------------------------------------ */
/* Normalization                                                       */
/* ------------------------------------------------------------------ */

#define MAX_TOKENS 48

typedef struct tok {
	char *s;
	size_t n;
} tok;

/* Legal forms written out in several words, folded ("Naamloze
 * Vennootschap" for NV): removed whole, as their abbreviation is. Their
 * words one by one say nothing ("public") or are forms of another sort
 * ("company"), so without this "Vica Analytics Public Limited Company"
 * kept "public" as a word of the name and missed "Vica Analytics PLC". */
static const struct {
	const char *words[4];
	unsigned family;
} spelled_forms[] = {
	{{"public", "limited", "company"}, FORM_GB},
	{{"limited", "liability", "company"}, FORM_US},
	{{"naamloze", "vennootschap"}, FORM_EU},
	{{"besloten", "vennootschap"}, FORM_EU},
	{{"kabushiki", "kaisha"}, FORM_EU},
	{{"societe", "anonyme"}, FORM_EU},
	{{"sociedad", "anonima"}, FORM_EU},
	{{"societa", "per", "azioni"}, FORM_EU},
	{{"gesellschaft", "mit", "beschrankter", "haftung"}, FORM_DE},
};

/* The written-out legal form that starts at t[i]: its word count (its
 * family into *fam), or 0. */
static int spelled_form(const tok *t, int i, int nt, unsigned *fam)
{
	for (size_t f = 0; f < sizeof spelled_forms / sizeof spelled_forms[0]; f++) {
		int k = 0;
		for (; k < 4 && spelled_forms[f].words[k]; k++) {
			const char *w = spelled_forms[f].words[k];
			if (i + k >= nt || t[i + k].n != strlen(w) || memcmp(t[i + k].s, w, t[i + k].n))
				break;
		}
		if (k > 0 && (k == 4 || !spelled_forms[f].words[k])) {
			*fam |= spelled_forms[f].family;
			return k;
		}
	}
	return 0;
}

static int is_alnum_ascii(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

static int is_single_letter(const tok *t)
{
	return t->n == 1 && t->s[0] >= 'a' && t->s[0] <= 'z';
}

char *rcp__name_norm(const char *s, size_t n, unsigned *forms)
{
	size_t flen;
	char *f = rcp__fold_dup(s, n, &flen);
	/* pass 1: words. Apostrophes join; & and + join between letters. */
	char *w = rcp__xmalloc(flen + 1);
	size_t wl = 0;
	for (size_t i = 0; i < flen; i++) {
		unsigned char c = (unsigned char)f[i];
		if (is_alnum_ascii(c)) {
			if (c >= 0x80) { /* keep letters of other scripts, drop other symbols */
				int32_t cp;
				size_t k = rcp__utf8_next(f, flen, i, &cp);
				if (rcp__is_word_cp(cp)) {
					memcpy(w + wl, f + i, k);
					wl += k;
				} else {
					w[wl++] = ' ';
				}
				i += k - 1;
				continue;
			}
			w[wl++] = (char)c;
		} else if (c == '\'' && wl && w[wl - 1] != ' ') {
			continue;
		} else if ((c == '&' || c == '+') && i > 0 && i + 1 < flen &&
		           is_alnum_ascii((unsigned char)f[i - 1]) &&
		           is_alnum_ascii((unsigned char)f[i + 1])) {
			continue;
		} else {
			w[wl++] = ' ';
		}
	}
	w[wl] = '\0';
	free(f);

	tok t[MAX_TOKENS];
	int nt = 0;
	for (char *p = w; *p && nt < MAX_TOKENS;) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		char *e = p;
		while (*e && *e != ' ')
			e++;
		t[nt].s = p;
		t[nt].n = (size_t)(e - p);
		nt++;
		p = e;
	}
	/* pass 2: join runs of single letters ("s a" -> "sa"). Joined in place:
	 * the letters are adjacent in w with one space between them. */
	int k = 0;
	for (int i = 0; i < nt;) {
		if (is_single_letter(&t[i]) && i + 1 < nt && is_single_letter(&t[i + 1])) {
			char *dst = t[i].s;
			size_t len = 0;
			int j = i;
			for (; j < nt && is_single_letter(&t[j]); j++)
				dst[len++] = t[j].s[0];
			t[k].s = dst;
			t[k].n = len;
			k++;
			i = j;
		} else {
			t[k++] = t[i++];
		}
	}
	nt = k;

	/* pass 3: expand, drop connectors, forms and noise */
	rcp_buf out;
	rcp__buf_init(&out, 0);
	unsigned fam = 0;
	const char *kept[MAX_TOKENS * 2];
	size_t kept_n[MAX_TOKENS * 2];
	int nk = 0, after_class = 0;
	static const char *const leading_forms[] = {
		"ab", "pt", "pjsc", "jsc", "oao", "pao", "zao", "ooo", "the", NULL,
	};
	for (int i = 0; i < nt; i++) {
		const char *ws = t[i].s;
		size_t wn = t[i].n;
		if (nk == 0 && i + 1 < nt && in_words(ws, wn, leading_forms))
			continue; /* "AB Volvo", "PT Bank ...", "PJSC ..." */
		/* "CAP STK": capital stock */
		if (nk > 0 && wn == 3 && !memcmp(ws, "cap", 3) && i + 1 < nt && t[i + 1].n == 3 &&
		    !memcmp(t[i + 1].s, "stk", 3))
			continue;
		if (after_class && wn <= 2) { /* "CL A", "Class B", "SER A" */
			after_class = 0;
			continue;
		}
		after_class = 0;
		int spelled = nk > 0 ? spelled_form(t, i, nt, &fam) : 0;
		if (spelled) {
			i += spelled - 1;
			continue;
		}
		if (in_words(ws, wn, connectors) && nk > 0)
			continue;
		int noise;
		unsigned ff = form_of(ws, wn, &noise);
		if ((ff || noise) && nk > 0) {
			fam |= ff;
			if (noise && (!strncmp(ws, "cl", wn) || !strncmp(ws, "class", wn) ||
			              !strncmp(ws, "ser", wn) || !strncmp(ws, "series", wn)))
				after_class = 1;
			continue;
		}
		const char *ab = abbreviation(ws, wn);
		if (ab) {
			/* "health care" expands to two words */
			const char *sp = strchr(ab, ' ');
			if (sp) {
				kept[nk] = ab;
				kept_n[nk++] = (size_t)(sp - ab);
				kept[nk] = sp + 1;
				kept_n[nk++] = strlen(sp + 1);
			} else {
				kept[nk] = ab;
				kept_n[nk++] = strlen(ab);
			}
			continue;
		}
		kept[nk] = ws;
		kept_n[nk++] = wn;
	}
	/* trailing share-class letters: "MASTERCARD INC A", "DELL TECHNOLOGIES C" */
	while (nk > 1 && kept_n[nk - 1] == 1 && kept[nk - 1][0] >= 'a' && kept[nk - 1][0] <= 'z')
		nk--;
	for (int i = 0; i < nk; i++) {
		if (i)
			rcp__buf_putc(&out, ' ');
		rcp__buf_append(&out, kept[i], kept_n[i]);
	}
	free(w);
	if (forms)
		*forms = fam;
	if (!out.data)
		rcp__buf_append(&out, "", 0);
	return rcp__buf_detach(&out, NULL);
}

/* ------------------------------------------------------------------ */
/* Jaro-Winkler                                                        */
/* ------------------------------------------------------------------ */

double rcp__jaro_winkler(const char *a, size_t na, const char *b, size_t nb)
{
	if (na == 0 && nb == 0)
		return 1.0;
	if (na == 0 || nb == 0)
		return 0.0;
	if (na > 64 || nb > 64) { /* names are short; past that, compare prefixes */
		na = na > 64 ? 64 : na;
		nb = nb > 64 ? 64 : nb;
	}
	size_t range = (na > nb ? na : nb) / 2;
	range = range ? range - 1 : 0;
	unsigned char am[64] = {0}, bm[64] = {0};
	size_t m = 0;
	for (size_t i = 0; i < na; i++) {
		size_t lo = i > range ? i - range : 0, hi = i + range + 1 < nb ? i + range + 1 : nb;
		for (size_t j = lo; j < hi; j++)
			if (!bm[j] && a[i] == b[j]) {
				am[i] = bm[j] = 1;
				m++;
				break;
			}
	}
	if (!m)
		return 0.0;
	size_t tr = 0, j = 0;
	for (size_t i = 0; i < na; i++) {
		if (!am[i])
			continue;
		while (!bm[j])
			j++;
		if (a[i] != b[j])
			tr++;
		j++;
	}
	double md = (double)m;
	double jaro = (md / (double)na + md / (double)nb + (md - (double)tr / 2.0) / md) / 3.0;
	size_t pre = 0;
	while (pre < 4 && pre < na && pre < nb && a[pre] == b[pre])
		pre++;
	return jaro + (double)pre * 0.1 * (1.0 - jaro);
}
