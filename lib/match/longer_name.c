/*
 * longer_name.c — is an ambiguous alias one part of a longer name?
 *
 * An ambiguous alias is a name several organizations could bear ("Ministry
 * of Defense", "Defensa", "Partner", "Ford"). The registry gives it to one
 * of them, and a sentence with a context word takes it as that one. When
 * the text writes it inside a longer capitalised name, the longer name is
 * another organization the registry does not hold, and linking it would
 * put a claim on the wrong body: "the Indian Ministry of Defense" is not
 * Israel's, "la Defensa Nacional" in a Mexican text is not Spain's, "the
 * Ministry of Defense of Ukraine" neither, and "Ford Foundation" is not the
 * car maker. A longer alias the registry does hold ("Israeli Ministry of
 * Defense") is matched before this is asked, leftmost-longest.
 *
 * Only the bytes next to the mention are read: a capitalised word glued to
 * it by one space, before or after, or after it "of"/"de"/"von" ... and a
 * capitalised word. Not a capitalised word that opens its sentence ("Today
 * Ministry of Defense officials"; "Según Defensa"), nor the function words
 * a title-case headline capitalises ("Deal With Ministry of Defense").
 */
#include <string.h>

#include "match_internal.h"

/* Capitalised function words of en, fr, es, de that do not make a name
 * longer: articles, prepositions, conjunctions, possessives. */
static const char *const function_words[] = {
	"A", "An", "The", "And", "Or", "But", "Nor", "Of", "For", "With", "Without", "From", "To",
	"Into", "Onto", "By", "At", "In", "On", "Over", "Under", "As", "Amid", "After", "Before",
	"Between", "About", "Against", "Via", "Per", "Its", "Their", "His", "Her", "Our", "This",
	"That", "These", "Those", "Is", "Are", "Was", "Were", "Says", "Said",
	"Le", "La", "Les", "Un", "Une", "Des", "Du", "De", "Au", "Aux", "Et", "Ou", "Avec", "Pour",
	"Par", "Sur", "Dans", "Selon", "Entre", "Contre", "Chez", "Sans", "Son", "Sa", "Ses",
	"El", "Los", "Las", "Una", "Unos", "Unas", "Del", "Al", "Y", "O", "Con", "Para", "Por",
	"Según", "Segun", "Sobre", "En", "Su", "Sus", "Desde", "Hasta", "Ante", "Tras",
	"Der", "Die", "Das", "Dem", "Den", "Ein", "Eine", "Einem", "Einen", "Einer", "Eines",
	"Und", "Oder", "Mit", "Für", "Von", "Vom", "Zum", "Zur", "Im", "Am", "Beim", "Bei",
	"Laut", "Nach", "Gegen", "Über", "Ueber", "Durch", "Sein", "Seine", "Ihr", "Ihre",
	NULL,
};

/* Words that join a qualifier after a name: "of Ukraine", "de Colombia". */
static const char *const joiners[] = {
	"of", "of the", "de", "de la", "del", "du", "des", "der", "von", NULL,
};

static int is_function_word(const char *w, size_t n)
{
	for (int i = 0; function_words[i]; i++)
		if (strlen(function_words[i]) == n && !memcmp(function_words[i], w, n))
			return 1;
	return 0;
}

static int word_byte(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
	       c >= 0x80 || c == '-' || c == '.';
}

/* The end of the word that starts at i (0 bytes when none starts there). */
static size_t word_end(const char *s, size_t len, size_t i)
{
	while (i < len && word_byte((unsigned char)s[i]))
		i++;
	/* a full stop ends a sentence, not the word ("Defense Ministry." ) */
	while (i > 0 && s[i - 1] == '.')
		i--;
	return i;
}

static int starts_upper(const char *s, size_t len, size_t i)
{
	int32_t cp;
	if (i >= len)
		return 0;
	(void)rcp__utf8_next(s, len, i, &cp);
	return rcp__is_upper_cp(cp);
}

/* A capitalised word, not a function word, at [i, e); every part of a
 * hyphenated word capitalised ("Hewlett-Packard", not "Scottsdale-based"). */
static int name_word(const char *s, size_t len, size_t i, size_t e)
{
	if (e <= i || !starts_upper(s, len, i) || is_function_word(s + i, e - i))
		return 0;
	for (size_t k = i; k + 1 < e; k++)
		if (s[k] == '-' && !starts_upper(s, len, k + 1))
			return 0;
	return 1;
}

/* A word's letters, ASCII folded, dots left out ("U.S." is "us"): at
 * most cap, returns the count. */
static size_t letters(const char *w, size_t n, char *out, size_t cap)
{
	size_t k = 0;
	for (size_t i = 0; i < n && k < cap; i++) {
		unsigned char c = (unsigned char)w[i];
		if (c == '.')
			continue;
		out[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	return k;
}

/* Is the qualifier w the entity's own place, as its canonical name says?
 * "U.S. Justice Department" is the U.S. Department of Justice's, "Israel's
 * Ministry of Defense" the Israel Ministry of Defense's, "Ministerio de
 * Defensa de España" the Spanish Ministry of Defence's: w and a word of
 * the name share a beginning of three letters or more, and at least half
 * the shorter of the two ("Spain", "Spanish"; not "Indian", "Israel"). */
static int names_own_country(const char *w, size_t n, const char *name)
{
	char a[32], b[32];
	size_t na = letters(w, n, a, sizeof a);
	for (const char *p = name; *p;) {
		while (*p == ' ')
			p++;
		const char *q = p;
		while (*q && *q != ' ')
			q++;
		if (*p >= 'a' && *p <= 'z') { /* "of", "de": not a place */
			p = q;
			continue;
		}
		size_t nb = letters(p, (size_t)(q - p), b, sizeof b), k = 0;
		while (k < na && k < nb && a[k] == b[k])
			k++;
		size_t shorter = na < nb ? na : nb;
		if (k >= 2 && (k == shorter || (k >= 3 && 2 * k >= shorter)))
			return 1;
		p = q;
	}
	return 0;
}

/* Does the word ending at e (a space follows it) open its sentence? */
static int opens_sentence(const char *s, size_t i)
{
	while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t'))
		i--;
	if (i == 0)
		return 1;
	unsigned char c = (unsigned char)s[i - 1];
	return c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r' || c == ':' ||
	       c == ';' || c == '"' || c == '(' || c == '[' || c == '\'' ||
	       /* the last byte of an opening quote: “ « ¿ ¡ „ */
	       (c >= 0x80 && i >= 2 && ((unsigned char)s[i - 2] == 0xC2 || (unsigned char)s[i - 2] == 0x80 ||
	                                (unsigned char)s[i - 2] == 0x9C));
}

/* The word before start, glued by one space: a capitalised name word
 * that does not open its sentence, or any capitalised possessive
 * ("India's Ministry of Defense"). */
static int name_before(const char *s, size_t len, size_t start, const char *name)
{
	if (start < 2 || s[start - 1] != ' ')
		return 0;
	size_t e = start - 1, i = e;
	while (i > 0 && (word_byte((unsigned char)s[i - 1]) || s[i - 1] == '\''))
		i--;
	/* "’" is three bytes, one of them a word byte here: a possessive
	 * ends in 's after ' or ’ */
	int possessive = e - i >= 3 && s[e - 1] == 's' &&
	                 (s[e - 2] == '\'' || (e - i >= 5 && !memcmp(s + e - 4, "\xE2\x80\x99", 3)));
	size_t we = possessive ? e - (s[e - 2] == '\'' ? 2 : 4) : e;
	if (!name_word(s, len, i, we) || (!possessive && opens_sentence(s, i)))
		return 0;
	return !names_own_country(s + i, we - i, name);
}

/* The end of the run of capitalised name words that starts at i, each
 * glued to the one before by one space ("Homeland Security"). */
static size_t run_end(const char *s, size_t len, size_t i)
{
	size_t e = word_end(s, len, i);
	while (e + 1 < len && s[e] == ' ') {
		size_t f = word_end(s, len, e + 1);
		if (!name_word(s, len, e + 1, f))
			break;
		e = f;
	}
	return e;
}

/* A capitalised name word right after end, or after "of"/"de" ...: the
 * mention's name goes on, or is qualified by a place. Returns the end of
 * the longer name, 0 if none. */
static size_t name_after(const char *s, size_t len, size_t end, const char *name)
{
	if (end + 1 >= len || s[end] != ' ')
		return 0;
	size_t i = end + 1;
	size_t e = word_end(s, len, i);
	if (name_word(s, len, i, e))
		return names_own_country(s + i, e - i, name) ? 0 : run_end(s, len, i);
	for (int k = 0; joiners[k]; k++) {
		size_t n = strlen(joiners[k]);
		if (i + n + 1 < len && !memcmp(s + i, joiners[k], n) && s[i + n] == ' ') {
			size_t j = i + n + 1;
			size_t je = word_end(s, len, j);
			if (name_word(s, len, j, je))
				return names_own_country(s + j, je - j, name) ? 0 : run_end(s, len, j);
		}
	}
	return 0;
}

size_t rcp__match_in_longer_name(const char *text, size_t len, size_t start, size_t end,
                                 const char *name)
{
	size_t after = name_after(text, len, end, name);
	if (after)
		return after;
	return name_before(text, len, start, name) ? end : 0;
}
