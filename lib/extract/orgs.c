/*
 * orgs.c — the organizations stage: registry mentions, the public bodies
 * the registry does not know, and the words that stand for an organization
 * named elsewhere ("the company", "l'armée", "el ejército de ese país").
 * Also the relations between organizations that the text's shape says: a
 * list, an apposition, a genitive, a parent named beside its unit.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "stages.h"

/* Does text[start, end) say a word twice running ("Group Group")? */
static int said_twice(const char *text, size_t start, size_t end)
{
	size_t prev = 0, prevn = 0, p = start;
	int have = 0;
	while (p < end) {
		while (p < end && text[p] == ' ')
			p++;
		size_t q = p;
		while (q < end && text[q] != ' ')
			q++;
		if (q == p)
			break;
		if (have && q - p == prevn && !memcmp(text + prev, text + p, prevn))
			return 1;
		prev = p;
		prevn = q - p;
		have = 1;
		p = q;
	}
	return 0;
}

/* ---- registry mentions ---- */

static int on_mention(const rcp_match *mt, void *p)
{
	xmention *x = rcp__vec_push(p);
	x->entity = mt->entity;
	x->start = mt->start;
	x->end = mt->end;
	x->sentence = mt->sentence;
	x->word = 0;
	return 0;
}
size_t rcp__word_at_offset(const xword *w, size_t n, size_t off)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (w[mid].t.start < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}
/* ---- anaphora: words that stand for the document's main company ---- */

static const char *const anaphora[4][12] = {
	{"it", "the company", "the firm", "the group", "the corporation", "the tech giant",
	 "the contractor", NULL},
	{"la societe", "l entreprise", "le groupe", "la firme", "le geant", "elle", "l industriel",
	 NULL},
	{"la empresa", "la compania", "esta empresa", "esta compania", "la firma", "el grupo",
	 "la multinacional", "dicha empresa", NULL},
	{"das unternehmen", "der konzern", "die firma", "der hersteller", "das unternehmens",
	 "der rustungskonzern", NULL},
};

/* Word index of an anaphor in sentence words [a, b), or -1. */
static int all_upper(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!(s[i] >= 'A' && s[i] <= 'Z'))
			return 0;
	return 1;
}

long rcp__anaphor_in(int lang, const char *text, const xword *w, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		for (int k = 0; anaphora[lang][k]; k++) {
			const char *ph = anaphora[lang][k];
			size_t j = i;
			const char *p = ph;
			int ok = 1;
			while (*p && ok) {
				if (j >= b || w[j].f[0] != p[0]) { /* most words fail here */
					ok = 0;
					break;
				}
				const char *sp = strchr(p, ' ');
				size_t l = sp ? (size_t)(sp - p) : strlen(p);
				if (j >= b || strlen(w[j].f) != l || strncmp(w[j].f, p, l))
					ok = 0;
				j++;
				p = sp ? sp + 1 : p + l;
			}
			/* "IT infrastructure" is not "it" */
			if (ok && !strchr(ph, ' ') && w[i].t.end - w[i].t.start > 1 &&
			    all_upper(text + w[i].t.start, w[i].t.end - w[i].t.start))
				ok = 0;
			if (ok)
				return (long)i;
		}
	return -1;
}

/* Words for a holder named before: "the fund", "ce fonds de pension",
 * "el fondo", "der Fonds". They stand for the last fund the text named,
 * not for the document's main company (often the company the fund
 * holds). Folded; a phrase's words. */
static const char *const holder_anaphora[4][8] = {
	{"the pension fund", "the fund", "this fund", NULL},
	{"ce fonds", "le fonds", "du fonds", NULL},
	{"el fondo", "este fondo", "del fondo", "dicho fondo", NULL},
	{"der fonds", "dieser fonds", "des fonds", "der pensionsfonds", NULL},
};

static inline int phrase_at(const xword *w, size_t i, size_t b, const char *ph);

long rcp__holder_anaphor_in(int lang, const xword *w, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		for (int k = 0; holder_anaphora[lang][k]; k++)
			if (phrase_at(w, i, b, holder_anaphora[lang][k]))
				return (long)i;
	return -1;
}

/* Is an organization's name a fund's ("Norwegian Government Pension Fund",
 * "Fonds de réserve", "Fondo de Pensiones", "Ölfonds")? */
int rcp__fund_name(const char *name)
{
	static const char *const heads[] = {"fund", "fonds", "fondo", "pension", NULL};
	for (const char *p = name; *p; p++)
		for (int k = 0; heads[k]; k++) {
			size_t l = strlen(heads[k]), j = 0;
			while (j < l && p[j] && (p[j] | 0x20) == heads[k][j])
				j++;
			/* "Fundación", "fundamental" are no funds */
			if (j == l && !(k == 0 && (p[j] | 0x20) == 'a'))
				return 1;
		}
	return 0;
}

/* Words for a public body the text has named before: "the military", "the
 * agency", "l'armée", "el ejército", "das Ministerium". */
static const struct {
	const char *phrase;
	int kind;
} body_words[4][12] = {
	{{"the military", RCP_KIND_MILITARY_UNIT}, {"the army", RCP_KIND_MILITARY_UNIT},
	 {"the agency", RCP_KIND_AGENCY}, {"the ministry", RCP_KIND_PUBLIC_BODY},
	 {"the department", RCP_KIND_PUBLIC_BODY}, {"the police", RCP_KIND_POLICE},
	 {"the prison service", RCP_KIND_PRISON_SERVICE}, {NULL, 0}},
	{{"l armee", RCP_KIND_MILITARY_UNIT}, {"l agence", RCP_KIND_AGENCY},
	 {"le ministere", RCP_KIND_PUBLIC_BODY}, {"la police", RCP_KIND_POLICE}, {NULL, 0}},
	{{"el ejercito", RCP_KIND_MILITARY_UNIT}, {"la agencia", RCP_KIND_AGENCY},
	 {"el ministerio", RCP_KIND_PUBLIC_BODY}, {"la policia", RCP_KIND_POLICE}, {NULL, 0}},
	{{"die armee", RCP_KIND_MILITARY_UNIT}, {"das militar", RCP_KIND_MILITARY_UNIT},
	 {"die behorde", RCP_KIND_AGENCY}, {"das ministerium", RCP_KIND_PUBLIC_BODY},
	 {"die polizei", RCP_KIND_POLICE}, {NULL, 0}},
};

static int phrase_rest(const xword *w, size_t i, size_t b, const char *ph)
{
	size_t j = i;
	const char *p = ph;
	while (*p) {
		if (j >= b || w[j].f[0] != p[0]) /* most words fail here, before strchr */
			return 0;
		const char *sp = strchr(p, ' ');
		size_t l = sp ? (size_t)(sp - p) : strlen(p);
		if (strlen(w[j].f) != l || strncmp(w[j].f, p, l))
			return 0;
		j++;
		p = sp ? sp + 1 : p + l;
	}
	return 1;
}

/* phrase_rest() after its first byte's test, inline: every word of a
 * sentence is tried against every phrase, and most fail there. */
static inline int phrase_at(const xword *w, size_t i, size_t b, const char *ph)
{
	if (ph[0] && (i >= b || w[i].f[0] != ph[0]))
		return 0;
	return phrase_rest(w, i, b, ph);
}

long rcp__body_anaphor(int lang, const xword *w, size_t a, size_t b, int *kind)
{
	for (size_t i = a; i < b; i++)
		for (int k = 0; body_words[lang][k].phrase; k++)
			if (phrase_at(w, i, b, body_words[lang][k].phrase)) {
				*kind = body_words[lang][k].kind;
				return (long)i;
			}
	return -1;
}

/* A body word with "of that country" after it: "el ejército de ese país",
 * "the military of that country". It refers back as plainly as a name, so
 * it counts wherever it stands. Words a mention covers are the mention's
 * ("el Ministerio de Defensa de ese país" is a body of its own). */
long rcp__qualified_body(int lang, const xword *w, size_t a, size_t b, const xmention *loc,
                           size_t nloc, int *kind)
{
	for (size_t i = a; i < b; i++) {
		/* rare: look for the qualifier first, one or two words on */
		if (!((i + 1 < b && rcp__body_qualifier(w, b, i + 1)) ||
		      (i + 2 < b && rcp__body_qualifier(w, b, i + 2))))
			continue;
		for (int k = 0; body_words[lang][k].phrase; k++) {
			/* the noun without its article: "al ejército", "du ministère" */
			const char *ph = body_words[lang][k].phrase;
			const char *sp = strchr(ph, ' ');
			if (sp)
				ph = sp + 1;
			if (!phrase_at(w, i, b, ph))
				continue;
			size_t nwords = 1;
			for (const char *c = ph; *c; c++)
				nwords += *c == ' ';
			if (i + nwords >= b || !rcp__body_qualifier(w, b, i + nwords))
				continue;
			int inside = 0;
			for (size_t j = 0; j < nloc; j++)
				inside |= loc[j].start <= w[i + nwords - 1].t.start &&
				          w[i].t.start < loc[j].end;
			if (inside)
				continue;
			*kind = body_words[lang][k].kind;
			return (long)i;
		}
	}
	return -1;
}

/* The most mentioned entity of a kind in the document, -1 if none. */
int64_t rcp__main_of_kind(const rcp_matcher *m, const uint32_t *count, size_t ne, int kind)
{
	int64_t best = -1;
	uint32_t n = 0;
	for (size_t e = 0; e < ne; e++) {
		if (count[e] <= n)
			continue;
		rcp_matcher_entity me;
		rcp_matcher_get_entity(m, (uint32_t)e, &me);
		if (me.kind == kind) {
			best = (int64_t)e;
			n = count[e];
		}
	}
	return best;
}

static int is_article(const char *f, size_t n);

/* "the U.S. government's federal prison system", "el sistema
 * penitenciario del Gobierno": a body named as the owner of its prisons,
 * police or military means those. The registry's body of that kind under
 * it (the topmost, if one), or -1. */
int64_t rcp__owned_body(const xents *E, const char *text, size_t len, const xword *w,
                          size_t a, size_t b, const xmention *p)
{
	static const struct {
		const char *noun;
		int kind;
	} nouns[] = {
		{"prison", RCP_KIND_PRISON_SERVICE}, {"prisons", RCP_KIND_PRISON_SERVICE},
		{"penitentiary", RCP_KIND_PRISON_SERVICE}, {"penitentiaire", RCP_KIND_PRISON_SERVICE},
		{"penitenciario", RCP_KIND_PRISON_SERVICE}, {"penitenciaria", RCP_KIND_PRISON_SERVICE},
		{"strafvollzug", RCP_KIND_PRISON_SERVICE}, {"police", RCP_KIND_POLICE},
		{"policia", RCP_KIND_POLICE}, {"polizei", RCP_KIND_POLICE},
		{"military", RCP_KIND_MILITARY_UNIT}, {"army", RCP_KIND_MILITARY_UNIT},
		{"armee", RCP_KIND_MILITARY_UNIT}, {"ejercito", RCP_KIND_MILITARY_UNIT},
		{"streitkrafte", RCP_KIND_MILITARY_UNIT}, {NULL, 0}};
	static const char *const of[] = {"of", "de", "del", "du", "des", "der", NULL};
	size_t after = rcp__word_at_offset(w, b, p->end);
	int kind = 0;
	size_t e = p->end;
	int poss = (e + 2 <= len && !strncmp(text + e, "'s", 2)) ||
	           (e + 4 <= len && !strncmp(text + e, "\xe2\x80\x99s", 4));
	/* "X's [federal] prison system": after the "s", two words at most */
	for (size_t i = after + 1; poss && !kind && i < b && i <= after + 3; i++)
		for (int k = 0; nouns[k].noun; k++)
			if (!strcmp(w[i].f, nouns[k].noun))
				kind = nouns[k].kind;
	/* "el sistema penitenciario del Gobierno": the noun within three words
	 * before "de", "del", "of" (and an article) */
	size_t j = p->word;
	if (!kind && j > a && j - a >= 2) {
		size_t d = j - 1;
		int is_of = 0;
		for (int k = 0; of[k]; k++)
			is_of |= !strcmp(w[d].f, of[k]);
		/* "de la", "of the"; German "der" is both */
		if (!is_of && is_article(w[d].f, strlen(w[d].f)) && d > a + 1) {
			d--;
			for (int k = 0; of[k]; k++)
				is_of |= !strcmp(w[d].f, of[k]);
		}
		for (size_t i = d; is_of && !kind && i > a && i + 3 >= d; i--)
			for (int k = 0; nouns[k].noun; k++)
				if (!strcmp(w[i - 1].f, nouns[k].noun))
					kind = nouns[k].kind;
	}
	if (!kind)
		return -1;
	rcp_matcher_entity me;
	rcp__ent_get(E, p->entity, &me);
	if (me.kind == kind)
		return -1;
	int64_t found = -1;
	for (size_t x = 0; x < E->ne; x++) {
		if (!rcp__ent_is_ancestor(E, p->entity, (uint32_t)x))
			continue;
		rcp__ent_get(E, (uint32_t)x, &me);
		if (me.kind != kind)
			continue;
		/* the topmost: no body of the kind between it and the owner */
		int top = 1;
		rcp_matcher_entity up = me;
		while (top && up.parent >= 0 && (uint32_t)up.parent != p->entity) {
			rcp__ent_get(E, (uint32_t)up.parent, &up);
			top = up.kind != kind;
		}
		if (!top)
			continue;
		if (found >= 0)
			return -1; /* two: the text does not say which */
		found = (int64_t)x;
	}
	return found;
}

/* Is a mention a genitive, the owner of what comes before or after it:
 * "of the Israeli military", "de l'armée israélienne", "Israel's military"? */
int rcp__is_genitive(const char *text, size_t len, const xword *w, size_t a,
                     const xmention *p)
{
	static const char *const of[] = {"of", "de", "del", "des", "du", "der", "des", NULL};
	const char *e = text + p->end;
	/* within the text: it need not end in a NUL */
	if ((p->end + 2 <= len && !memcmp(e, "'s", 2)) ||
	    (p->end + 4 <= len && !memcmp(e, "\xe2\x80\x99s", 4)) ||
	    (p->end >= 2 && !memcmp(e - 2, "'s", 2)) ||
	    (p->end >= 4 && !memcmp(e - 4, "\xe2\x80\x99s", 4)))
		return 1;
	/* the word before, or the one before an article */
	for (size_t back = 1; back <= 2 && p->word >= a + back; back++) {
		const char *f = w[p->word - back].f;
		if (rcp__word_in(f, of))
			return 1;
		if (strcmp(f, "the") && strcmp(f, "l") && strcmp(f, "la") && strcmp(f, "le") &&
		    strcmp(f, "el") && strcmp(f, "die"))
			break;
	}
	return 0;
}
/* Are two mentions in apposition: near, a comma between ("Israel's
 * military intelligence agency, Unit 8200")? */
int rcp__appositive(const char *text, const xword *w, const xmention *p, const xmention *q)
{
	(void)w;
	const xmention *x = p->start < q->start ? p : q, *y = p->start < q->start ? q : p;
	if (y->start < x->end || y->start - x->end > 60)
		return 0;
	size_t words = 0;
	for (size_t i = x->end; i < y->start; i++)
		words += text[i] != ' ' && (i == x->end || text[i - 1] == ' ');
	return words <= 4 && memchr(text + x->end, ',', y->start - x->end) != NULL;
}
/* Is a body's name a modifier of another noun: its contractors, its
 * courts, something it developed? */
int rcp__names_other(const char *text, size_t len, const xword *w, size_t a,
                       const xmention *p)
{
	/* plural suppliers are others; "Palantir has been an ICE contractor"
	 * says what Palantir is */
	static const char *const heads[] = {"contractors", "suppliers", "vendors", "court",
	                                    "prestataires", "fournisseurs", "tribunal",
	                                    "proveedores", "contratistas", "tribunal",
	                                    "Lieferanten", "Gericht", NULL};
	size_t i = p->end;
	/* "military-developed", "military–developed" */
	if (i < len && text[i] == '-')
		return 1;
	if (i + 3 <= len && !memcmp(text + i, "\xe2\x80\x93", 3))
		return 1;
	if (i < len && text[i] == ' ')
		i++;
	for (int k = 0; heads[k]; k++) {
		size_t n = strlen(heads[k]);
		if (i + n <= len && !strncmp(text + i, heads[k], n))
			return 1;
	}
	/* "des prestataires de l'armée", "proveedores del Ejército",
	 * "Lieferanten der Bundeswehr" */
	static const char *const before[] = {"prestataires", "fournisseurs", "tribunal",
	                                     "tribunaux", "proveedores", "contratistas",
	                                     "tribunales", "lieferanten", "gericht", NULL};
	static const char *const of[] = {"de", "del", "des", "du", "d", "der", "l", "la", "el",
	                                 NULL};
	size_t j = p->word;
	for (int step = 0; step < 3 && j > a; step++) {
		j--;
		if (rcp__word_in(w[j].f, of))
			continue;
		if (rcp__word_in(w[j].f, before))
			return 1;
		break;
	}
	return 0;
}

/* Is a parent of company e among the sentence's organizations? */
int rcp__parent_named(const xents *E, const xmention *local, size_t n, uint32_t e)
{
	for (size_t k = 0; k < n; k++)
		if (local[k].entity != e && rcp__ent_is_ancestor(E, local[k].entity, e))
			return 1;
	return 0;
}
static int is_article(const char *f, size_t n)
{
	static const char *const words[] = {"the", "la", "le", "les", "el", "los", "las", "die",
	                                    "der", "das", NULL};
	for (int i = 0; words[i]; i++)
		if (strlen(words[i]) == n && !strncmp(words[i], f, n))
			return 1;
	return 0;
}

static int is_coordination(const char *f, size_t n)
{
	static const char *const words[] = {"and", "et", "y", "e", "und", "or", "ou", "o",
	                                    "oder", "&", NULL};
	for (int i = 0; words[i]; i++)
		if (strlen(words[i]) == n && !strncmp(words[i], f, n))
			return 1;
	return 0;
}

/* A common noun for a company, as in "and the Israeli company X". */
static int is_company_noun(const char *s, size_t n)
{
	static const char *const nouns[] = {"company", "firm", "group", "soci\xc3\xa9t\xc3\xa9",
	                                    "entreprise", "groupe", "empresa", "compa\xc3\xb1\xc3\xad" "a",
	                                    "firma", "grupo", "Unternehmen", "Konzern", NULL};
	for (int i = 0; nouns[i]; i++)
		if (strlen(nouns[i]) == n && !strncmp(nouns[i], s, n))
			return 1;
	return 0;
}

/* Is the text between two organizations that of a list ("Amazon, Google
 * and Microsoft", "Amazon's AWS, Google Cloud, and Microsoft Azure",
 * "Elbit Systems y Rafael")? Commas, conjunctions, a possessive and one
 * product name right after the first name. */
int rcp__list_gap(const char *text, size_t a, size_t b)
{
	if (b < a || b - a > 48)
		return 0;
	size_t i = a;
	int first = 1, words = 0, generic = 0, joined = 0;
	while (i < b) {
		unsigned char c = (unsigned char)text[i];
		if (c == ' ' || c == ',' || c == '\n' || c == '\t') {
			if (c == ',') {
				first = 0;
				joined = 1;
			}
			i++;
			continue;
		}
		size_t j = i;
		while (j < b && text[j] != ' ' && text[j] != ',' && text[j] != '\n')
			j++;
		int possessive = first && (j - i == 2 && !strncmp(text + i, "'s", 2));
		possessive |= first && j - i == 4 && !strncmp(text + i, "\xe2\x80\x99s", 4);
		int lower_ok = j - i < 8;
		char f[8];
		for (size_t k = 0; lower_ok && k < j - i; k++)
			f[k] = (char)(text[i + k] >= 'A' && text[i + k] <= 'Z' ? text[i + k] + 32 : text[i + k]);
		if (possessive || (lower_ok && is_coordination(f, j - i))) {
			joined = 1;
		} else if (joined && lower_ok && is_article(f, j - i)) {
			/* "the Ministry of Defense and the Israeli army" */
		} else if (joined && ((j - i == 2 && !strncmp(text + i, "\xc3\xa0", 2)) ||
		                      (lower_ok && (!strncmp(f, "a", j - i) || !strncmp(f, "to", j - i) ||
		                                    !strncmp(f, "an", j - i)) && j - i <= 2))) {
			/* a preposition said again: "à Naval Group et à Thales",
			 * "a Airbus y a Thales", "to Airbus and to Thales", "an
			 * Airbus und an Thales" */
		} else if (is_company_noun(text + i, j - i)) {
			generic = 1; /* "Airbus et la société israélienne IAI" */
		} else if (generic == 1 && c >= 'a' && c <= 'z') {
			generic = 2; /* its adjective */
		} else if (first && !words && c >= 'A' && c <= 'Z') {
			words++; /* "Google Cloud" */
		} else
			return 0;
		first = 0;
		i = j;
	}
	return 1;
}
/* ---- bodies the registry does not know ---- */

typedef struct body_ctx {
	rcp__vec *mentions;
	uint32_t base;
	const char *text;
} body_ctx;

static void on_body(uint32_t body, size_t start, size_t end, void *p)
{
	body_ctx *bc = p;
	/* whatever stage took it, a name that says a word twice running is
	 * the text's repetition ("Systems Systems Systems"), no organization */
	if (said_twice(bc->text, start, end))
		return;
	xmention *x = rcp__vec_push(bc->mentions);
	*x = (xmention){bc->base + body, start, end, 0, 0};
}

static int by_start(const void *x, const void *y)
{
	const xmention *a = x, *b = y;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->end < b->end ? -1 : a->end > b->end;
}

/* Words that end a company's division after its parent's name: "Airbus
 * Defence and Space", "Thales Communications & Security", "KNDS
 * Deutschland". */
static const char *const division_words[] = {
	"defence", "defense", "space", "systems", "communications", "security", "securite",
	"helicopters", "aerospace", "aeronautics", "aeronautical", "land", "naval",
	"electronics", "technologies", "munitions", "deutschland", "france", "italia", "espana",
	"uk", NULL};

static int in_words(const char *f, const char *const *l)
{
	return rcp__word_in(f, l); /* hashed (lexicon.c): l must be a static list */
}

/* A registry company's name followed by a division's words names the
 * division, a company of its own the registry does not know: the mention
 * becomes it. The words: capitalised, joined by a space (or " & ", "and"
 * between two), the last a division word; returns the last word, or 0. */
static size_t division_after(const char *text, size_t len, const xword *w, size_t nw, size_t k)
{
	static const char *const ands[] = {"and", "et", "y", "und", NULL};
	size_t last = 0;
	for (size_t j = k; j < nw && j < k + 5 && w[j].t.sentence == w[k].t.sentence; j++) {
		size_t gap_start = j == k ? w[k].t.start : w[j - 1].t.end;
		(void)len;
		int joined = j == k || (w[j].t.start - gap_start == 1 && text[gap_start] == ' ') ||
		             (w[j].t.start - gap_start == 3 && !memcmp(text + gap_start, " & ", 3));
		/* a word said twice running is the text's repetition: "Elbit
		 * Systems Systems" names no division */
		if (!joined || (j > 0 && !strcmp(w[j].f, w[j - 1].f)))
			break;
		if (!w[j].t.cap && in_words(w[j].f, ands) && j > k)
			continue;
		if (!w[j].t.cap || w[j].t.digit)
			break;
		if (in_words(w[j].f, division_words))
			last = j;
	}
	return last;
}

/* "via sa filiale Sodexo justice, qui", "su filial Indra sistemas,": after a
 * subsidiary's noun, a registry company's name and one word in small
 * letters before a comma or a parenthesis name the subsidiary, a company
 * of its own. The mention's first word is w[a], its
 * next word w[k]; returns the last word, or 0. */
static size_t subsidiary_after(const char *text, size_t len, const xword *w, size_t nw,
                               size_t a, size_t k)
{
	static const char *const subsidiary[] = {"filiale", "filial", "subsidiary",
	                                         "tochter", "tochterfirma",
	                                         "tochtergesellschaft", NULL};
	if (a == 0 || w[a - 1].t.sentence != w[a].t.sentence || w[a - 1].t.cap ||
	    !rcp__word_in(w[a - 1].f, subsidiary))
		return 0;
	/* "its subsidiary Sodexo runs prisons.": a verb and its object end a
	 * sentence; one word before a comma or a parenthesis names */
	if (k >= nw || w[k].t.sentence != w[a].t.sentence || w[k].t.cap || w[k].t.digit ||
	    w[k].t.start != w[k - 1].t.end + 1 || text[w[k - 1].t.end] != ' ')
		return 0;
	size_t e = w[k].t.end;
	if (e < len && (text[e] == ',' || text[e] == '(' ||
	                (text[e] == ' ' && e + 1 < len && text[e + 1] == '(')))
		return k;
	return 0;
}

/* "la compañía israelí Guardian Homeland Security": after a company noun,
 * registry names side by side ("Guardian", "Homeland Security") are the
 * words of one company's name the registry does not know. The first
 * mention becomes it, the others are dropped. */
static void merge_after_noun(const xents *E, rcp__bodies *bodies, int li, const char *text,
                             size_t len, const xword *w, size_t nw, rcp__vec *mentions)
{
	/* twice: the names merged after a noun, then their tellings with no
	 * noun ("su comercializadora es Guardian Homeland Security"), before
	 * or after */
	size_t first = bodies->n;
	for (int pass = 0; pass < 2; pass++) {
		xmention *ms = mentions->v;
		size_t n = mentions->n, out = 0;
		for (size_t i = 0; i < n; i++) {
			ms[out++] = ms[i];
			size_t j = i;
			while (j + 1 < n && ms[j + 1].start == ms[j].end + 1 && text[ms[j].end] == ' ' &&
			       ms[j].entity < E->ne && ms[j + 1].entity < E->ne)
				j++;
			if (j == i)
				continue;
			if (j - i >= 8) {
				/* a run of nine names or more is a list, never one
				 * name; and a run left whole keeps this loop linear
				 * ("Lockheed " a million times took minutes) */
				for (size_t k = i + 1; k <= j; k++)
					ms[out++] = ms[k];
				i = j;
				continue;
			}
			size_t a = rcp__word_at_offset(w, nw, ms[i].start);
			size_t b = rcp__word_at_offset(w, nw, ms[j].start);
			while (b + 1 < nw && w[b + 1].t.start < ms[j].end)
				b++;
			if (a >= nw || b >= nw || w[a].t.sentence != w[b].t.sentence ||
			    said_twice(text, ms[i].start, ms[j].end))
				continue;
			uint32_t id;
			if (pass == 0) {
				/* "la compañía israelí X Y", "X Y, la misma empresa" */
				if (!rcp__company_noun_before(text, w, a, li) &&
				    !rcp__company_noun_after(text, len, w, nw, b, ms[j].end, li))
					continue;
				id = rcp__body_add(bodies, text, w, a, b, ms[j].end);
			} else {
				size_t kl;
				char *key = rcp__fold_dup(text + ms[i].start, ms[j].end - ms[i].start, &kl);
				for (id = (uint32_t)first; id < bodies->n && strcmp(bodies->v[id].key, key);
				     id++)
					;
				free(key);
				if (id >= bodies->n)
					continue;
			}
			bodies->v[id].kind = RCP_KIND_COMPANY;
			bodies->v[id].categories = 0;
			ms[out - 1].entity = (uint32_t)E->ne + id;
			ms[out - 1].end = ms[j].end;
			i = j;
		}
		mentions->n = out;
		if (bodies->n == first)
			break;
	}
}

/* A German country's adjective not Germany's: "österreichische",
 * "schweizerischen" (not "deutsche", "bayerische" is a Land's). */
static int other_german_state(const char *f)
{
	size_t n = strlen(f);
	int adj = (n > 5 && !strcmp(f + n - 5, "ische")) || (n > 6 && !strcmp(f + n - 6, "ischen"));
	return adj && strncmp(f, "deutsch", 7) && strncmp(f, "bayer", 5) && strncmp(f, "hessi", 5) &&
	       strncmp(f, "sachsi", 6) && strncmp(f, "bundes", 6);
}

/* "the Ministry of Interior of Kenya", "the French Interior Ministry": a
 * registry body's one-word name ("Interior", a ministry's short name in
 * one country) inside a longer body's name, a ministry's head before it
 * with "of" or after it, is a word of that name: the mention is dropped,
 * and the longer name is found as a body of its own. */
static void drop_inside_body_names(const xents *E, const xword *w, size_t nw,
                                   rcp__vec *mentions)
{
	static const char *const heads[] = {"ministry", "ministere", "ministerio", "ministerium",
	                                    "department", "departement", "departamento",
	                                    "secretaria", "office", NULL};
	static const char *const of[] = {"of", "de", "del", "des", "du", "der", "for", "l", "la",
	                                 NULL};
	static const char *const governments[] = {"gobierno", "gouvernement", "government",
	                                          "regierung", NULL};
	xmention *ms = mentions->v;
	size_t out = 0;
	for (size_t i = 0; i < mentions->n; i++) {
		size_t k = rcp__word_at_offset(w, nw, ms[i].start);
		int drop = 0;
		if (k < nw && w[k].t.start == ms[i].start && w[k].t.end == ms[i].end && w[k].t.cap) {
			rcp_matcher_entity me;
			rcp__ent_get(E, ms[i].entity, &me);
			uint32_t sent = w[k].t.sentence;
			size_t h = k;
			while (h > 0 && k - h < 3 && w[h - 1].t.sentence == sent && in_words(w[h - 1].f, of))
				h--;
			drop = me.kind != RCP_KIND_COMPANY &&
			       ((h < k && h > 0 && w[h - 1].t.sentence == sent &&
			         in_words(w[h - 1].f, heads)) ||
			        (k + 1 < nw && w[k + 1].t.sentence == sent && w[k + 1].t.cap &&
			         in_words(w[k + 1].f, heads)) ||
			        /* "die österreichische Bundesregierung": another
			         * country's adjective before it */
			        (k > 0 && w[k - 1].t.sentence == sent && !w[k - 1].t.cap &&
			         other_german_state(w[k - 1].f)) ||
			        /* "el Gobierno de Colombia": a government's one-word
			         * name with another country after it */
			        (in_words(w[k].f, governments) && k + 2 < nw &&
			         w[k + 2].t.sentence == sent && !w[k + 1].t.cap &&
			         in_words(w[k + 1].f, of) && w[k + 2].t.cap && !w[k + 2].t.digit &&
			         !(i + 1 < mentions->n && ms[i + 1].start <= w[k + 2].t.start)));
		}
		if (!drop)
			ms[out++] = ms[i];
	}
	mentions->n = out;
}

/* After a body's name ending before word k: "de Chile", "of Ukraine", "du
 * Mali", "von Kolumbien" (a capitalised name, before the next mention at
 * byte next): its words, 0 if none. */
static size_t country_after(const char *text, const xword *w, size_t nw, size_t k, size_t next)
{
	static const char *const of[] = {"of", "de", "du", "del", "von", NULL};
	if (k + 1 >= nw || w[k].t.cap || !in_words(w[k].f, of) ||
	    w[k + 1].t.sentence != w[k].t.sentence || !w[k + 1].t.cap || w[k + 1].t.digit ||
	    w[k + 1].t.start >= next || w[k + 1].t.start != w[k].t.end + 1 ||
	    text[w[k].t.end] != ' ')
		return 0;
	/* "of the", "de la": a noun, not a country's name */
	static const char *const articles[] = {"the", "la", "le", "el", "los", "las", "les", "der",
	                                       "die", "das", NULL};
	if (in_words(w[k + 1].f, articles))
		return 0;
	size_t e = k + 1;
	/* "de Costa Rica", "of South Sudan" */
	if (e + 1 < nw && w[e + 1].t.sentence == w[k].t.sentence && w[e + 1].t.cap &&
	    !w[e + 1].t.digit && w[e + 1].t.start == w[e].t.end + 1 && w[e + 1].t.start < next)
		e++;
	return e - k + 1;
}

/* Is text[a, b) two to four capitals ("EU", "UN", "NATO")? */
static int short_capitals(const char *text, size_t a, size_t b)
{
	if (b - a < 2 || b - a > 4)
		return 0;
	for (size_t k = a; k < b; k++)
		if (text[k] < 'A' || text[k] > 'Z')
			return 0;
	return 1;
}

/* "EU-Parlament", "EU-Gerichtshof": a registry name before a hyphen that
 * begins a well-known body's compound is a word of it, not the Union; in
 * German an acronym before a hyphen and a noun ("EU-Grenzagentur Frontex",
 * "EU-Grenzüberwachung", "UN-Sicherheitsrat") is the noun's modifier:
 * something of the Union's, not the Union named as a party. */
static void drop_compound_heads(int li, const char *text, size_t len, rcp__vec *mentions)
{
	xmention *ms = mentions->v;
	size_t o = 0;
	for (size_t i = 0; i < mentions->n; i++) {
		size_t e = ms[i].end;
		if (e + 1 < len && text[e] == '-' &&
		    (rcp__known_body_longer(text, len, ms[i].start, e - ms[i].start) ||
		     (li == 3 && short_capitals(text, ms[i].start, e) &&
		      ((text[e + 1] >= 'A' && text[e + 1] <= 'Z') ||
		       (e + 2 < len && (unsigned char)text[e + 1] == 0xc3 &&
		        ((unsigned char)text[e + 2] == 0x84 || (unsigned char)text[e + 2] == 0x96 ||
		         (unsigned char)text[e + 2] == 0x9c))))))
			continue;
		ms[o++] = ms[i];
	}
	mentions->n = o;
}

/* ---- a registry alias the text tells apart from its company ---- */

/* Words that make a name another's former or later one ("Oosto, formerly
 * AnyVision"): the two are one company. */
static const char *const renamed_words[] = {
	"formerly", "former", "renamed", "now", "ex", "anciennement", "ancien", "ancienne",
	"rebaptise", "rebaptisee", "desormais", "antes", "antigua", "antiguo", "ahora",
	"ehemals", "ehemalige", "ehemaligen", "fruher", "vormals", "heute", "jetzt", NULL};
/* A programme's word before a name: "Project Nimbus" is Google's work. */
static const char *const programme_words[] = {
	"project", "projet", "proyecto", "projekt", "programme", "program", "programa",
	"programm", "operation", "operacion", NULL};

/* Articles a registry name may begin with ("The Boeing Company"). */
static const char *const name_articles[] = {"the", "le", "la", "les", "l", "el", "los",
                                            "las", "die", "der", "das", NULL};

/* The first capitalised word of mention x but an article, or nw. */
static size_t mention_head(const xword *w, size_t nw, const xmention *x)
{
	size_t k = rcp__word_at_offset(w, nw, x->start);
	while (k < nw && w[k].t.start < x->end &&
	       (!w[k].t.cap || (w[k + 1 < nw ? k + 1 : k].t.start < x->end &&
	                        rcp__word_in(w[k].f, name_articles))))
		k++;
	return k < nw && w[k].t.start < x->end ? k : nw;
}

/* Are first words x and y one name's, written apart or with a letter
 * changed ("Thyssen Krupp" and "thyssenkrupp", "Bezek" and "Bezeq"): one
 * the other's start, or their first four letters the same? */
static int same_start(const xword *x, const xword *y)
{
	size_t l = x->t.flen < y->t.flen ? x->t.flen : y->t.flen;
	if (l > sizeof x->f - 1)
		l = sizeof x->f - 1;
	return !strncmp(x->f, y->f, l < 4 ? l : 4) && (l >= 4 || !strncmp(x->f, y->f, l));
}

/* Does mention x hold a word in small letters, not a join ("Pegasus
 * spyware", "D9 bulldozer": a product the registry gives its maker)? */
static int lower_inside(const xword *w, size_t nw, const xmention *x)
{
	static const char *const joins[] = {"of", "and", "de", "des", "du", "del", "y", "et",
	                                    "und", "for", "la", "el", NULL};
	for (size_t k = rcp__word_at_offset(w, nw, x->start); k < nw && w[k].t.start < x->end;
	     k++)
		if (!w[k].t.cap && !w[k].t.digit && !rcp__word_in(w[k].f, joins))
			return 1;
	return 0;
}

/* Is a renaming word among the three words before word k? */
static int renamed_near(const xword *w, size_t k)
{
	for (size_t j = k; j > 0 && k - j < 3; j--)
		if (w[j - 1].t.sentence == w[k].t.sentence && rcp__word_in(w[j - 1].f, renamed_words))
			return 1;
	return 0;
}

/* Words that tell one company owned by the other ("LexisNexis, the data
 * broker owned by RELX", "Microsoft-owned GitHub", "sa filiale"). */
static const char *const owned_words[] = {
	"owned", "subsidiary", "unit", "division", "arm", "filiale", "detenue", "detenu",
	"filial", "propiedad", "tochter", "tochterfirma", "tochtergesellschaft", "gehort",
	"gehorende", NULL};

/* Does the sentence of mention x, which names y too, say that one owns
 * the other? Then the alias acts for its company, as the registry says. */
static int owned_in_sentence(const xword *w, size_t nw, const xmention *x, const xmention *y)
{
	size_t k = rcp__word_at_offset(w, nw, x->start);
	size_t l = rcp__word_at_offset(w, nw, y->start);
	if (k >= nw || l >= nw || w[k].t.sentence != w[l].t.sentence)
		return 0;
	size_t a = k < l ? k : l, b = k < l ? l : k;
	while (a > 0 && w[a - 1].t.sentence == w[k].t.sentence && k - a < 40)
		a--;
	for (size_t j = a; j < nw && w[j].t.sentence == w[k].t.sentence && j < b + 40; j++)
		if (!rcp__word_cut(&w[j]) && rcp__word_in(w[j].f, owned_words))
			return 1;
	return 0;
}

/* Do mentions x and y touch: a hyphen, a slash or a parenthesis between
 * them ("Leonardo-Finmeccanica", "Oosto (AnyVision)")? */
static int touching(const char *text, const xmention *x, const xmention *y)
{
	const xmention *l = x->start < y->start ? x : y, *r = l == x ? y : x;
	if (r->start < l->end || r->start - l->end > 3)
		return 0;
	for (size_t p = l->end; p < r->start; p++)
		if (text[p] != ' ' && text[p] != '-' && text[p] != '/' && text[p] != '(')
			return 0;
	return 1;
}

static int by_entity(const void *x, const void *y)
{
	const xmention *a = *(xmention *const *)x, *b = *(xmention *const *)y;
	if (a->entity != b->entity)
		return a->entity < b->entity ? -1 : 1;
	return a->start < b->start ? -1 : a->start > b->start;
}

/* Does the registry name e begin with word x ("Elbit" of "Elbit Systems
 * Ltd")? */
static int name_begins(const char *text, const xword *x, const char *name)
{
	size_t l = x->t.end - x->t.start;
	return !strncasecmp(name, text + x->t.start, l) &&
	       (name[l] == '\0' || name[l] == ' ' || name[l] == ',');
}

/* "Gemalto" and "Thales", "IMI Systems" and "Elbit Systems": the registry
 * gives a company's subsidiaries and brands as its aliases; a text that
 * names both, apart, tells of two companies. The alias's mentions become a
 * company of their own (the registry's lines of work), unless they are an
 * acronym ("IAI"), a programme ("Project Nimbus"), a former name told as
 * such ("formerly", "ehemals") or written against the name
 * ("Leonardo-Finmeccanica"). One group a first word. */
static void split_aliases(const xents *E, rcp__bodies *bodies, const char *text,
                          const xword *w, size_t nw, rcp__vec *mentions)
{
	xmention *ms = mentions->v;
	size_t n = mentions->n, nc = 0;
	xmention **v = rcp__xmalloc((n ? n : 1) * sizeof *v);
	for (size_t i = 0; i < n; i++)
		if (ms[i].entity < E->ne) {
			rcp_matcher_entity me;
			rcp__ent_get(E, ms[i].entity, &me);
			if (me.kind == RCP_KIND_COMPANY)
				v[nc++] = &ms[i];
		}
	qsort(v, nc, sizeof *v, by_entity);
	for (size_t a = 0, b; a < nc; a = b) {
		for (b = a + 1; b < nc && v[b]->entity == v[a]->entity; b++)
			;
		if (b - a < 2)
			continue;
		rcp_matcher_entity me;
		rcp__ent_get(E, v[a]->entity, &me);
		/* the name's group: its first word's, else the most told */
		size_t home = b;
		for (size_t k = a; k < b && home == b; k++) {
			size_t h = mention_head(w, nw, v[k]);
			if (h < nw && name_begins(text, &w[h], me.name))
				home = k;
		}
		if (home == b) {
			size_t best = 0;
			for (size_t k = a; k < b; k++) {
				size_t h = mention_head(w, nw, v[k]), c = 0;
				if (h >= nw || rcp__word_in(w[h].f, programme_words))
					continue;
				for (size_t j = a; j < b; j++) {
					size_t hj = mention_head(w, nw, v[j]);
					c += hj < nw && !strcmp(w[hj].f, w[h].f);
				}
				if (c > best) {
					best = c;
					home = k;
				}
				if (b - a > 64)
					break; /* many tellings: the first is the name's */
			}
			if (home == b)
				continue;
		}
		size_t hh = mention_head(w, nw, v[home]);
		if (hh >= nw)
			continue;
		/* the first words told, at most eight (a long list is none) */
		size_t key[8], keym[8], nk = 0;
		int many = 0;
		for (size_t k = a; k < b && !many; k++) {
			size_t h = mention_head(w, nw, v[k]), j;
			if (h >= nw)
				continue;
			for (j = 0; j < nk && strcmp(w[key[j]].f, w[h].f); j++)
				;
			if (j == nk && !(many = nk == 8)) {
				keym[nk] = k;
				key[nk++] = h;
			}
		}
		for (size_t g = 0; g < nk && !many; g++) {
			const xword *kw = &w[key[g]];
			if (same_start(kw, &w[hh]))
				continue;
			/* "IAI", "HP": a name's acronym, alone */
			int keep = (all_upper(text + kw->t.start, kw->t.end - kw->t.start) &&
			            kw->t.end == v[keym[g]]->end) ||
			           rcp__word_in(kw->f, programme_words);
			for (size_t j = a; j < b && !keep; j++) {
				size_t hj = mention_head(w, nw, v[j]);
				if (hj >= nw)
					continue;
				int mine = !strcmp(w[hj].f, kw->f), homes = !strcmp(w[hj].f, w[hh].f);
				if (mine && lower_inside(w, nw, v[j]))
					keep = 1;
				if ((mine || homes) && renamed_near(w, rcp__word_at_offset(w, nw, v[j]->start)))
					keep = 1;
				/* "LexisNexis, ... owned by RELX": told as the registry
				 * tells it, the alias acts for its company */
				for (size_t q = a; mine && !keep && q < b; q++) {
					size_t hq = mention_head(w, nw, v[q]);
					keep = hq < nw && !strcmp(w[hq].f, w[hh].f) &&
					       owned_in_sentence(w, nw, v[j], v[q]);
				}
				/* v is by start within the entity: a touching name is
				 * a neighbour */
				for (size_t q = j > a ? j - 1 : j + 1; mine && !keep && q <= j + 1 && q < b; q += 2) {
					size_t hq = mention_head(w, nw, v[q]);
					keep = hq < nw && strcmp(w[hq].f, kw->f) && touching(text, v[j], v[q]);
				}
			}
			if (keep)
				continue;
			uint32_t id = UINT32_MAX;
			for (size_t j = a; j < b; j++) {
				size_t hj = mention_head(w, nw, v[j]);
				if (hj >= nw || strcmp(w[hj].f, kw->f))
					continue;
				size_t s0 = rcp__word_at_offset(w, nw, v[j]->start);
				size_t e0 = rcp__word_at_offset(w, nw, v[j]->end);
				if (e0 <= s0)
					continue;
				if (id == UINT32_MAX) {
					id = rcp__body_add(bodies, text, w, s0, e0 - 1, v[j]->end);
					bodies->v[id].kind = RCP_KIND_COMPANY;
					bodies->v[id].categories = me.categories;
				}
				v[j]->entity = (uint32_t)E->ne + id;
			}
		}
	}
	free(v);
}

/* Add to the mentions the public bodies the registry does not know: a
 * registry body's name followed by "of that country" becomes another
 * country's body, then names of a body's shape outside registry mentions. */
static void find_bodies(const xents *E, rcp__bodies *bodies, int li, const lexicon *lx,
                        const char *text, size_t len,
                        const xword *w, size_t nw, rcp__vec *mentions)
{
	split_aliases(E, bodies, text, w, nw, mentions);
	merge_after_noun(E, bodies, li, text, len, w, nw, mentions);
	drop_inside_body_names(E, w, nw, mentions);
	drop_compound_heads(li, text, len, mentions);
	xmention *ms = mentions->v;
	size_t n = mentions->n;
	for (size_t i = 0; i < n; i++) {
		rcp_matcher_entity me;
		rcp__ent_get(E, ms[i].entity, &me);
		if (me.kind == RCP_KIND_COMPANY) {
			size_t k = rcp__word_at_offset(w, nw, ms[i].end);
			size_t a = rcp__word_at_offset(w, nw, ms[i].start);
			if (k >= nw || a >= nw || w[k].t.sentence != w[a].t.sentence ||
			    w[k].t.start != ms[i].end + 1 || text[ms[i].end] != ' ' ||
			    (i + 1 < n && ms[i + 1].start < w[k].t.end))
				continue;
			size_t last = division_after(text, len, w, nw, k);
			if (!last)
				last = subsidiary_after(text, len, w, nw, a, k);
			if (!last || (i + 1 < n && ms[i + 1].start < w[last].t.end))
				continue;
			uint32_t id = rcp__body_add(bodies, text, w, a, last, w[last].t.end);
			bodies->v[id].kind = RCP_KIND_COMPANY;
			bodies->v[id].categories = 0;
			ms[i].entity = (uint32_t)E->ne + id;
			ms[i].end = w[last].t.end;
			continue;
		}
		if (me.kind == RCP_KIND_OTHER_ORG)
			continue;
		size_t k = rcp__word_at_offset(w, nw, ms[i].end);
		size_t a = rcp__word_at_offset(w, nw, ms[i].start);
		size_t q = k < nw && a < nw ? rcp__body_qualifier(w, nw, k) : 0;
		/* "el Ministerio de Defensa de Chile", "the Ministry of Defense
		 * of Ukraine", "le ministère des Armées du Mali": a registry
		 * ministry's name with a country's after it is that country's */
		if (!q && k < nw && a < nw && memchr(text + ms[i].start, ' ', ms[i].end - ms[i].start))
			q = country_after(text, w, nw, k, i + 1 < n ? ms[i + 1].start : (size_t)-1);
		if (!q || w[k].t.sentence != w[a].t.sentence)
			continue;
		size_t end = w[k + q - 1].t.end;
		ms[i].entity = (uint32_t)E->ne + rcp__body_add(bodies, text, w, a, k + q - 1, end);
		ms[i].end = end;
	}
	rcp__span *cov = rcp__xmalloc((n ? n : 1) * sizeof *cov);
	for (size_t i = 0; i < n; i++)
		cov[i] = (rcp__span){ms[i].start, ms[i].end};
	body_ctx bc = {mentions, (uint32_t)E->ne, text};
	rcp__bodies_find(bodies, li, text, len, w, nw, cov, n, on_body, &bc);
	/* then the well-known bodies named bare ("NATO", "Europol"), outside
	 * both */
	size_t nb = mentions->n;
	ms = mentions->v;
	cov = rcp__xrealloc(cov, (nb ? nb : 1) * sizeof *cov);
	for (size_t i = 0; i < nb; i++)
		cov[i] = (rcp__span){ms[i].start, ms[i].end};
	rcp__known_bodies_find(bodies, text, len, w, nw, cov, nb, on_body, &bc);
	/* then names defined by an acronym */
	nb = mentions->n;
	ms = mentions->v;
	cov = rcp__xrealloc(cov, (nb ? nb : 1) * sizeof *cov);
	for (size_t i = 0; i < nb; i++)
		cov[i] = (rcp__span){ms[i].start, ms[i].end};
	rcp__acronyms_find(bodies, text, len, w, nw, cov, nb, on_body, &bc);
	/* then companies, outside the registry's mentions and the bodies */
	nb = mentions->n;
	ms = mentions->v;
	cov = rcp__xrealloc(cov, (nb ? nb : 1) * sizeof *cov);
	for (size_t i = 0; i < nb; i++)
		cov[i] = (rcp__span){ms[i].start, ms[i].end};
	rcp__companies_find(bodies, li, lx, text, len, w, nw, cov, nb, on_body, &bc);
	free(cov);
	if (mentions->n > n)
		qsort(mentions->v, mentions->n, sizeof(xmention), by_start);
	/* then the names listed with them */
	size_t nl = mentions->n;
	rcp__companies_in_lists(bodies, E, li, text, len, w, nw, mentions, on_body, &bc);
	if (mentions->n > nl)
		qsort(mentions->v, mentions->n, sizeof(xmention), by_start);
}

void rcp__orgs_find(const rcp_matcher *m, const lexicon *lx, rcp__extraction *r)
{
	const xword *w = r->w;
	size_t nw = r->nw;
	rcp_matcher_scan(m, r->text, r->len, on_mention, &r->mentions);
	size_t ne = rcp_matcher_entity_count(m);
	r->E = (xents){m, ne, &r->bodies};
	find_bodies(&r->E, &r->bodies, r->li, lx, r->text, r->len, w, nw, &r->mentions);
	xmention *ms = r->mentions.v;
	for (size_t i = 0; i < r->mentions.n; i++) {
		ms[i].word = rcp__word_at_offset(w, nw, ms[i].start);
		if (ms[i].word < nw)
			ms[i].sentence = w[ms[i].word].t.sentence;
	}
	size_t nall = ne + r->bodies.n;
	r->count = rcp__xcalloc(nall ? nall : 1, sizeof *r->count);
	for (size_t i = 0; i < r->mentions.n; i++)
		r->count[ms[i].entity]++;
	/* the main company: the most mentioned, the first named of equals */
	r->main_co = -1;
	uint32_t best = 0;
	for (size_t i = 0; i < r->mentions.n; i++) {
		uint32_t e = ms[i].entity;
		rcp_matcher_entity me;
		rcp__ent_get(&r->E, e, &me);
		if (me.kind == RCP_KIND_COMPANY && r->count[e] > best) {
			best = r->count[e];
			r->main_co = (int64_t)e;
		}
	}
}
