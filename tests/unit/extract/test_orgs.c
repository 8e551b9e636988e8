/*
 * Golden cases for organizations the registry does not know
 * (companies.c, bodies.c, found by orgs.c): tests/data/extract/orgs.tsv
 * gives a language, a text, the names extraction must report (each an
 * organization's name or one of its mentions, " ; " between; "Name/kind"
 * checks its kind too; "^Name" wants an organization of that name, not a
 * mention of another's; "-" for none) and the names it must not: no
 * organization's name or mention may contain one ("=Name": be one; "^Name":
 * no organization is named so) (private persons, places, pieces of a
 * longer name).
 */
#include "internal.h"
#include "test.h"

/* Does an organization of j have name (or a mention) want, of kind (NULL:
 * any)? */
static int has_org(json_t *j, const char *want, size_t wl, const char *kind)
{
	size_t i, k;
	json_t *o, *m;
	/* "^Gemalto": an organization of its own, not Thales told as Gemalto */
	int named = wl > 0 && want[0] == '^';
	if (named) {
		want++;
		wl--;
	}
	json_array_foreach(json_object_get(j, "orgs"), i, o)
	{
		const char *ok = json_string_value(json_object_get(o, "kind"));
		if (kind && (!ok || strcmp(ok, kind)))
			continue;
		const char *nm = json_string_value(json_object_get(o, "name"));
		if (nm && strlen(nm) == wl && !memcmp(nm, want, wl))
			return 1;
		if (named)
			continue;
		json_array_foreach(json_object_get(o, "mentions"), k, m)
		{
			const char *t = json_string_value(json_object_get(m, "text"));
			if (t && strlen(t) == wl && !memcmp(t, want, wl))
				return 1;
		}
	}
	return 0;
}

/* Does any organization's name or mention contain bad ("=bad": equal
 * it)? */
static const char *contains_org(json_t *j, const char *bad)
{
	if (bad[0] == '=' || bad[0] == '^') {
		static char hit[256];
		const char *b = bad[0] == '=' ? bad + 1 : bad;
		snprintf(hit, sizeof hit, "%s", b);
		return has_org(j, b, strlen(b), NULL) ? hit : NULL;
	}
	size_t i, k;
	json_t *o, *m;
	json_array_foreach(json_object_get(j, "orgs"), i, o)
	{
		const char *nm = json_string_value(json_object_get(o, "name"));
		if (nm && strstr(nm, bad))
			return nm;
		json_array_foreach(json_object_get(o, "mentions"), k, m)
		{
			const char *t = json_string_value(json_object_get(m, "text"));
			if (t && strstr(t, bad))
				return t;
		}
	}
	return NULL;
}


/* No organization's name or mention says a word twice running, whatever
 * the text repeats: texts of words drawn from head words, legal forms,
 * company nouns, cue verbs and registry names, in every language (the
 * class of "Systems Systems Systems" taken for a company). */
static const char *doubled_word(const char *s)
{
	static char word[64];
	const char *prev = NULL;
	size_t prevn = 0;
	while (*s) {
		while (*s == ' ')
			s++;
		size_t n = strcspn(s, " ");
		if (!n)
			break;
		if (prev && n == prevn && !strncasecmp(prev, s, n)) {
			snprintf(word, sizeof word, "%.*s", (int)n, s);
			return word;
		}
		prev = s;
		prevn = n;
		s += n;
	}
	return NULL;
}

static void repeated_words(rcp_extractor *x)
{
	static const char *const vocab[] = {
		"Systems", "Group", "Groupe", "Gruppe", "Grupo", "Sistemas", "Systeme", "Inc.", "Ltd",
		"GmbH", "S.A.", "AG", "plc", "Elbit", "Microsoft", "Palantir", "Technologies",
		"Defence", "Security", "Holdings", "Bank", "Capital", "supplied", "a livré",
		"suministró", "lieferte", "contract", "the company", "la société", "la empresa",
		"die Firma", "Ministry", "Police", "ICE", "CBP", "drones", "to", "and", ",", "."};
	static const char *const langs[] = {"en", "fr", "es", "de"};
	uint64_t seed = 0x9E3779B97F4A7C15ull;
	char text[2048];
	for (int round = 0; round < 2000; round++) {
		size_t len = 0;
		int words = 5 + (int)(seed % 60);
		for (int k = 0; k < words && len + 32 < sizeof text; k++) {
			seed = seed * 6364136223846793005ull + 1442695040888963407ull;
			const char *v = vocab[(seed >> 33) % (sizeof vocab / sizeof *vocab)];
			int reps = 1 + (int)((seed >> 20) % 4); /* said up to four times running */
			for (int r = 0; r < reps && len + 32 < sizeof text; r++)
				len += (size_t)snprintf(text + len, sizeof text - len, "%s%s",
				                        len ? " " : "", v);
		}
		rcp_extract_opts o = {langs[round % 4], 0};
		json_t *j = rcp_extract_json(x, text, len, &o);
		size_t i, k;
		json_t *org, *m;
		const char *bad = NULL;
		json_array_foreach(json_object_get(j, "orgs"), i, org)
		{
			const char *nm = json_string_value(json_object_get(org, "name"));
			if (nm && !bad && doubled_word(nm))
				bad = nm;
			json_array_foreach(json_object_get(org, "mentions"), k, m)
			{
				const char *t = json_string_value(json_object_get(m, "text"));
				if (t && !bad && doubled_word(t))
					bad = t;
			}
		}
		if (!bad)
			t_pass++;
		else {
			t_fail++;
			fprintf(stderr, "orgs: '%s' from a repeating text:\n   %s\n", bad, text);
		}
		json_decref(j);
	}
}

/* A person's name after a body's head is no part of an organization
 * (principle 2): invented given names and surnames after a ministry's or
 * government's head, in lower case with "de"/"of"/"von" or glued to a
 * capitalised head, the surname said alone in the next sentence, in four
 * languages: no organization's name or mention holds the surname. */
static void persons_after_heads(rcp_extractor *x)
{
	static const char *const given[] = {"Marisa", "Tomás", "Dana", "Jeanne", "Katrin", "Pedro",
	                                    "Lucía", "Henrik"};
	static const char *const surname[] = {"Quintela", "Arregui", "Whitcombe", "Morvan",
	                                      "Lohmeyer", "Valcárcel", "Duprat", "Kessling"};
	/* the text is pre, the name, mid, the surname alone, post */
	static const struct {
		const char *lang, *pre, *mid, *post;
	} forms[] = {
		{"es", "El ministerio de ", " compró pistolas. ", " dijo que la compra era legal."},
		{"es", "El portavoz del presidente del Gobierno ", " habló ayer. ", " no respondió."},
		{"es", "Durante el gobierno de ", ", la policía compró drones. ", " lo negó."},
		{"en", "The ministry of ", " bought rifles last year. ", " said it was legal."},
		{"fr", "Le ministère de ", " a acheté des drones. ", " a défendu l'achat."},
		{"de", "Das Ministerium von ", " kaufte Drohnen. ", " verteidigte den Kauf."},
	};
	int bad = 0;
	for (size_t f = 0; f < sizeof forms / sizeof *forms; f++)
		for (size_t g = 0; g < 8; g++)
			for (size_t k = 0; k < 8; k++) {
				char text[512];
				snprintf(text, sizeof text, "%s%s %s%s%s%s", forms[f].pre, given[g],
				         surname[k], forms[f].mid, surname[k], forms[f].post);
				rcp_extract_opts o = {forms[f].lang, 0};
				json_t *j = rcp_extract_json(x, text, strlen(text), &o);
				const char *hit = contains_org(j, surname[k]);
				if (hit && bad++ < 3)
					fprintf(stderr, "orgs: '%s' holds a person's name:\n   %s\n", hit, text);
				json_decref(j);
			}
	CHECK_INT(bad, 0);
}

int main(void)
{
	rcp_matcher *m;
	rcp_extractor *x = test_extractor_new(&m);
	FILE *f = test_open_table("extract/orgs.tsv");
	char line[4096], *fl[4];
	int rows = 0, nf, langs[4] = {0, 0, 0, 0};
	static const char *const codes[] = {"en", "fr", "es", "de"};
	while ((nf = test_next_row(f, line, sizeof line, fl, 4)) >= 3) {
		rcp_extract_opts o = {fl[0], 0};
		json_t *j = rcp_extract_json(x, fl[1], strlen(fl[1]), &o);
		for (int l = 0; l < 4; l++)
			langs[l] += !strcmp(fl[0], codes[l]);
		/* the names it must find */
		for (char *p = fl[2]; strcmp(fl[2], "-") && *p;) {
			char *sep = strstr(p, " ; ");
			size_t l = sep ? (size_t)(sep - p) : strlen(p);
			char want[256];
			snprintf(want, sizeof want, "%.*s", (int)l, p);
			char *slash = strrchr(want, '/');
			const char *kind = NULL;
			if (slash && slash[1] >= 'a' && slash[1] <= 'z') {
				*slash = '\0';
				kind = slash + 1;
			}
			if (has_org(j, want, strlen(want), kind))
				t_pass++;
			else {
				t_fail++;
				fprintf(stderr, "orgs [%s] '%s':\n   missing %s%s%s\n", fl[0], fl[1], want,
				        kind ? " of kind " : "", kind ? kind : "");
			}
			p += l;
			if (sep)
				p += 3;
		}
		/* the names it must not */
		for (char *p = nf == 4 ? fl[3] : ""; *p && strcmp(p, "-");) {
			char *sep = strstr(p, " ; ");
			size_t l = sep ? (size_t)(sep - p) : strlen(p);
			char bad[256];
			snprintf(bad, sizeof bad, "%.*s", (int)l, p);
			const char *got = contains_org(j, bad);
			if (!got)
				t_pass++;
			else {
				t_fail++;
				fprintf(stderr, "orgs [%s] '%s':\n   %s is no organization (got '%s')\n",
				        fl[0], fl[1], bad, got);
			}
			p += l;
			if (sep)
				p += 3;
		}
		json_decref(j);
		rows++;
	}
	fclose(f);
	CHECK(rows >= 40);
	for (int l = 0; l < 4; l++) {
		if (getenv("RCP_GOLDEN_PRINT"))
			printf("rows %s %d\n", codes[l], langs[l]);
		CHECK(langs[l] >= 10); /* every language is tested */
	}
	repeated_words(x);
	persons_after_heads(x);
	rcp_extractor_free(x);
	rcp_matcher_free(m);
	TEST_END();
}
