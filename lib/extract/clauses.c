/*
 * clauses.c — the clause tests of the claims stage: a condition or a plan
 * ("if", "would"), where a clause breaks between two names, a relative
 * clause ("X, which ..."), a time clause, and the words between two names
 * that say they are listed together.
 */
#include <stdlib.h>
#include <ctype.h>
#include <string.h>

#include "claims.h"

/* A conditional with its condition anywhere in the sentence: "Thales would
 * supply drones if asked", "fournirait ... si on le lui demandait",
 * "suministraría ... si se lo pidieran", "würde liefern, wenn". No fact
 * told. (A conditional alone may report: "Thales fournirait des drones",
 * as sources say.) */
int rcp__clause_conditional(const claims_run *R, size_t a, size_t b)
{
	int cond = 0, mood = 0;
	for (size_t i = a; i < b; i++) {
		const char *f = R->w[i].f;
		size_t fl = strlen(f);
		switch (R->li) {
		case 0: /* the first byte before a call: every word asks */
			cond |= (f[0] == 'i' && !strcmp(f, "if")) || (f[0] == 'u' && !strcmp(f, "unless"));
			mood |= f[0] == 'w' && !strcmp(f, "would");
			break;
		case 1:
			cond |= !strcmp(f, "si");
			/* "fournirait", not "portrait", "retrait", "extrait" */
			mood |= (fl > 5 && !strcmp(f + fl - 4, "rait") && strcmp(f + fl - 5, "trait")) ||
			        (fl > 7 && !strcmp(f + fl - 6, "raient"));
			break;
		case 2:
			cond |= !strcmp(f, "si");
			/* "suministraría", "vendería", "pidiera"; not "industria" */
			for (int k = 0; k < 2; k++) {
				size_t e = fl - (size_t)k;
				if (k && (fl == 0 || f[fl - 1] != 'n'))
					break;
				mood |= e > 5 && (!strncmp(f + e - 4, "aria", 4) ||
				                  !strncmp(f + e - 4, "eria", 4) ||
				                  !strncmp(f + e - 4, "iria", 4) ||
				                  !strncmp(f + e - 4, "iera", 4));
			}
			break;
		case 3: {
			cond |= !strcmp(f, "wenn") || !strcmp(f, "falls");
			/* "würde", not "wurde": the folded word lost the umlaut */
			const char *t = R->text + R->w[i].t.start;
			mood |= (!strcmp(f, "wurde") || !strcmp(f, "wurden")) && !memcmp(t + 1, "\xc3\xbc", 2);
			break;
		}
		}
	}
	return cond && mood;
}

int rcp__clause_words_between(const claims_run *R, size_t from, size_t to, char *out, size_t n,
                              int *comma_first, int *comma_last, int *caps)
{
	return rcp__clause_words_between_max(R, from, to, out, n, 6, comma_first, comma_last, caps);
}

int rcp__clause_words_between_max(const claims_run *R, size_t from, size_t to, char *out, size_t n,
                                  size_t max, int *comma_first, int *comma_last, int *caps)
{
	size_t i = rcp__word_at_offset(R->w, R->nw, from), words = 0, o = 0;
	size_t p = from;
	while (p < to && R->text[p] == ' ')
		p++;
	*comma_first = p < to && R->text[p] == ',';
	p = to;
	while (p > from && R->text[p - 1] == ' ')
		p--;
	*comma_last = p > from && R->text[p - 1] == ',';
	*caps = 0;
	out[0] = '\0';
	for (; i < R->nw && R->w[i].t.end <= to; i++) {
		size_t l = strlen(R->w[i].f);
		if (++words > max || o + l + 2 > n)
			return 0;
		*caps |= R->w[i].t.cap;
		if (o)
			out[o++] = ' ';
		memcpy(out + o, R->w[i].f, l + 1);
		o += l;
	}
	return 1;
}

int rcp__clause_coordination(const char *f)
{
	return !strcmp(f, "and") || !strcmp(f, "et") || !strcmp(f, "y") || !strcmp(f, "und");
}

/* Does a clause end between words x and y (x < y) of a sentence: a
 * semicolon, or a comma and a conjunction that opens another clause
 * (", while", ", whereas", ", but"; ", tandis que", ", alors que", ",
 * mais"; ", mientras", ", pero", ", aunque"; ", während", ", wohingegen",
 * ", aber", ", doch")? Not ", while facing": a participle is no clause. */
int rcp__clause_break_between(const claims_run *R, size_t x, size_t y)
{
	static const char *const conj[] = {"while", "whereas", "but", "tandis", "alors",
	                                   "mais", "mientras", "pero", "aunque", "wahrend",
	                                   "wohingegen", "aber", "doch", NULL};
	const xword *w = R->w;
	for (size_t j = x; j < y; j++) {
		size_t g0 = w[j].t.end, g1 = w[j + 1].t.start;
		/* most gaps are one space */
		if (g1 <= g0 + 1 && (g1 <= g0 || R->text[g0] == ' '))
			continue;
		const char *gap = R->text + g0;
		if (memchr(gap, ';', g1 - g0))
			return 1;
		if (!memchr(gap, ',', g1 - g0) || !rcp__word_in(w[j + 1].f, conj))
			continue;
		/* "tandis que", "alors que"; not "alors" alone */
		if (!strcmp(w[j + 1].f, "tandis") || !strcmp(w[j + 1].f, "alors")) {
			if (j + 2 < y && (!strcmp(w[j + 2].f, "que") || !strcmp(w[j + 2].f, "qu")))
				return 1;
			continue;
		}
		if (j + 2 <= y && rcp__word_ends_any(&w[j + 2], (const char *const[]){"ing", NULL}))
			continue;
		return 1;
	}
	return 0;
}

/* Is there a comma between words j and j + 1? */
static int comma_after(const claims_run *R, size_t j)
{
	size_t g0 = R->w[j].t.end, g1 = R->w[j + 1].t.start;
	return g1 > g0 + 1 ? memchr(R->text + g0, ',', g1 - g0) != NULL
	                   : g1 == g0 + 1 && R->text[g0] == ',';
}

/* The relative clause set off by a comma that word x stands in, on an
 * organization named right before the comma: "The Bundeswehr, which has
 * modernised its fleet under pressure from NATO, awarded ...", "la
 * Bundeswehr, qui ...", "la Guardia Civil, que ...", "die Bundeswehr, die
 * ...". Its words [*r, *e] and the antecedent's local index; 0 if none ("the
 * contract, which the Bundeswehr awarded" names the buyer: no organization
 * before it). */
int rcp__clause_relative_at(const claims_run *R, const xsent *S, size_t x, size_t *r,
                            size_t *e, size_t *ante)
{
	static const char *const rel[] = {"which", "who", "whose", "qui", "dont", "lequel",
	                                  "laquelle", "que", "quien", "quienes", "cuyo", "cuya",
	                                  "die", "der", "das", "welche", "welcher", "dessen",
	                                  "deren", NULL};
	const xword *w = R->w;
	const xmention *local = LOCAL(R);
	size_t q = x;
	/* the pronoun after a comma, no comma between it and x */
	for (;;) {
		if (q <= S->a || x - q > 16)
			return 0;
		q--;
		if (comma_after(R, q)) {
			q++;
			break;
		}
	}
	if (q >= x || !rcp__word_in(w[q].f, rel))
		return 0;
	int on_org = 0;
	for (size_t k = 0; k < S->nreal && !on_org; k++)
		if (local[k].end <= w[q].t.start && rcp__word_at_offset(w, R->nw, local[k].end) == q) {
			on_org = 1;
			*ante = k;
		}
	if (!on_org)
		return 0;
	/* the clause ends at the next comma, or with the sentence */
	size_t end = x;
	while (end + 1 < S->b && !comma_after(R, end))
		end++;
	*r = q;
	*e = end;
	return 1;
}

/* Does a relative clause on an organization keep company c and counterparty
 * p apart from the cue at word cw? A body named in the clause is none of the
 * main verb's parties ("The Bundeswehr, which modernises under pressure
 * from NATO, awarded Thales"), unless named outside it too ("ICE's system,
 * which hosts ICE's applications, uses AWS"); and the clause's verb relates
 * its own names and its antecedent only ("The Bundeswehr, which bought
 * radios from Thales, praised Airbus": Airbus nothing). */
int rcp__clause_relative_apart(const claims_run *R, const xsent *S, size_t ci, size_t pi,
                               size_t cw)
{
	const xmention *local = LOCAL(R);
	const xmention *c = &local[ci], *p = &local[pi];
	size_t r, e, ante;
	if (pi < S->nreal && rcp__clause_relative_at(R, S, p->word, &r, &e, &ante) && ante != pi &&
	    !(cw >= r && cw <= e) && !(c->word >= r && c->word <= e)) {
		int outside = 0;
		for (size_t k = 0; k < S->nreal && !outside; k++)
			outside = local[k].entity == p->entity && (local[k].word < r || local[k].word > e);
		if (!outside)
			return 1;
	}
	if (rcp__clause_relative_at(R, S, cw, &r, &e, &ante)) {
		int c_ok = (c->word >= r && c->word <= e) || (ci < S->nreal && ci == ante);
		int p_ok = (p->word >= r && p->word <= e) || (pi < S->nreal && pi == ante);
		if (!c_ok || !p_ok)
			return 1;
	}
	return 0;
}

/* A clause of time between words from and to that opens before word to:
 * "después de que", "antes de que", "après que", "avant que", "nachdem",
 * "bevor", and English "after", "before" two words before it at most ("two
 * days after the minister said"). What it names is another event's. */
int rcp__clause_time_before(const xword *w, size_t from, size_t to)
{
	for (size_t j = from + 1; j < to; j++) {
		const char *f = w[j].f;
		if (!strcmp(f, "nachdem") || !strcmp(f, "bevor"))
			return 1;
		if ((!strcmp(f, "apres") || !strcmp(f, "avant")) && j + 1 < to &&
		    (!strcmp(w[j + 1].f, "que") || !strcmp(w[j + 1].f, "qu")))
			return 1;
		if ((!strcmp(f, "despues") || !strcmp(f, "antes")) && j + 2 < to &&
		    !strcmp(w[j + 1].f, "de") && !strcmp(w[j + 2].f, "que"))
			return 1;
		if ((!strcmp(f, "after") || !strcmp(f, "before")) && j + 3 >= to)
			return 1;
	}
	return 0;
}

/* Is the company named at word i set against the fact: a rival, a loser or
 * a contrast right before it ("Unlike Thales", "beat Thales", "its rival
 * Thales", "competes with Thales", "contrairement à Thales", "face à
 * Thales", "a devancé Thales", "a diferencia de Thales", "frente a Thales", "se impuso a Thales", "anders als
 * Thales", "setzte sich gegen Thales durch", "im Gegensatz zu Thales")?
 * Function words between are skipped. */
int rcp__clause_set_against(const xword *w, size_t a, size_t i)
{
	static const char *const skip[] = {"a", "the", "its", "their", "out", "with", "to", "of",
	                                   "a", "au", "aux", "de", "du", "le", "la", "les", "l",
	                                   "son", "sa", "ses", "al", "el", "su", "sus", "zu",
	                                   "als", "den", "die", "der", "dem", "seinen", "seine",
	                                   "ihren", "ihre", NULL};
	static const char *const against[] = {
		"unlike", "beat", "beats", "beating", "outbid", "outbids", "outbidding", "defeated",
		"defeating", "against", "edged", "compete", "competes", "competing",
		"contrairement", "devance", "devancant", "devancent", "contre", "detriment",
		"face", "diferencia", "impuso", "impone", "contra", "frente", "detrimento", "anders",
		"gegensatz", "gegen", NULL};
	/* "the rival of Thales", "le concurrent de Thales": the rival is
	 * another; "its rival Thales" names the rival itself */
	static const char *const rival[] = {"rival", "rivals", "competitor", "competitors",
	                                    "concurrent", "concurrents", "rivaux", "competidor",
	                                    "competidores", "rivales", "konkurrent",
	                                    "konkurrenten", "rivalen", NULL};
	static const char *const of[] = {"of", "de", "du", "del", "von", "des", NULL};
	if (i >= a + 2 && rcp__word_in(w[i - 1].f, of) && rcp__word_in(w[i - 2].f, rival))
		return 1;
	static const char *const lost[] = {"lost", "loses", "losing", "perdu", "perd", "perdio",
	                                   "pierde", "unterlag", "verlor", "verloren", NULL};
	static const char *const versus[] = {"against", "contre", "face", "contra", "frente",
	                                     "gegen", NULL};
	for (size_t back = 1; back <= 3 && i >= a + back; back++) {
		const char *f = w[i - back].f;
		if (rcp__word_in(f, against)) {
			/* the one a loser lost against won ("unterlag gegen
			 * Leonardo", "lost against Leonardo") */
			if (rcp__word_in(f, versus))
				for (size_t j = a; j < i - back; j++)
					if (rcp__word_in(w[j].f, lost))
						return 0;
			return 1;
		}
		if (!rcp__word_in(f, skip))
			return 0;
	}
	return 0;
}
