/*
 * The learned scorer's candidate pairs (lib/extract/pair_candidates.c).
 * Golden rows, tests/data/extract/pair-candidates.tsv: a language, a text,
 * a company and a counterparty as the dump names them, and the features the
 * pair must have ("cue_between=1 untold=0"), or "-" when the two must be no
 * candidate (a person is never a side). And a property: on random
 * sentences made from each language's templates, every claim's evidence is
 * its text's bytes, and no claim and no candidate has a person for a side.
 */
#include "internal.h"
#include "test.h"
#include "extract/pair_weights.h"

/* The candidates' lines of extracting text (lang), into buf; their number. */
static int dump_of(rcp_extractor *x, const char *lang, const char *text, char *buf, size_t cap)
{
	FILE *f = tmpfile();
	CHECK(f != NULL);
	if (!f)
		return 0;
	rcp_extract_pair_features(f);
	rcp_extract_opts o = {lang, 0};
	json_t *j = rcp_extract_json(x, text, strlen(text), &o);
	rcp_extract_pair_features(NULL);
	json_decref(j);
	rewind(f);
	size_t n = fread(buf, 1, cap - 1, f);
	buf[n] = 0;
	fclose(f);
	int lines = 0;
	for (size_t k = 0; k < n; k++)
		lines += buf[k] == '\n';
	return lines;
}

/* The features (a string of 0 and 1) of the pair company, counterparty in
 * dump d, or NULL. Fields: P, cid, cname, pid, pname, start, end, rel, rule, bits. */
static const char *pair_bits(const char *d, const char *co, const char *cp, char *out, size_t cap)
{
	for (const char *l = d; *l;) {
		const char *e = strchr(l, '\n');
		size_t n = e ? (size_t)(e - l) : strlen(l);
		char line[2048], *fl[10];
		snprintf(line, sizeof line, "%.*s", (int)n, l);
		int nf = 0;
		for (char *p = line, *s; nf < 10 && (s = strsep(&p, "\t"));)
			fl[nf++] = s;
		if (nf == 10 && !strcmp(fl[2], co) && !strcmp(fl[4], cp)) {
			snprintf(out, cap, "%s", fl[9]);
			return out;
		}
		l += n + (e != NULL);
	}
	return NULL;
}

static int feature_index(const char *name, size_t n)
{
	for (int k = 0; k < RCP_PAIR_FEATURES; k++)
		if (strlen(rcp__pair_feature_names[k]) == n &&
		    !strncmp(rcp__pair_feature_names[k], name, n))
			return k;
	return -1;
}

static int run_table(rcp_extractor *x)
{
	FILE *f = test_open_table("extract/pair-candidates.tsv");
	char line[4096], *fl[5];
	static char dump[1 << 16];
	int rows = 0, langs[4] = {0}, negatives = 0;
	while (test_next_row(f, line, sizeof line, fl, 5) == 5) {
		dump_of(x, fl[0], fl[1], dump, sizeof dump);
		char bits[RCP_PAIR_FEATURES + 8];
		const char *got = pair_bits(dump, fl[2], fl[3], bits, sizeof bits);
		rows++;
		for (int k = 0; k < 4; k++)
			langs[k] += !strcmp(fl[0], (const char *[]){"en", "fr", "es", "de"}[k]);
		if (!strcmp(fl[4], "-")) {
			negatives++;
			if (got) {
				t_fail++;
				fprintf(stderr, "pairs [%s] '%s': %s / %s is a candidate\n", fl[0], fl[1],
				        fl[2], fl[3]);
			} else
				t_pass++;
			continue;
		}
		if (!got || strlen(got) != RCP_PAIR_FEATURES) {
			t_fail++;
			fprintf(stderr, "pairs [%s] '%s': no candidate %s / %s\n%s", fl[0], fl[1], fl[2],
			        fl[3], dump);
			continue;
		}
		for (const char *p = fl[4]; *p;) {
			size_t n = strcspn(p, " ");
			const char *eq = memchr(p, '=', n);
			CHECK(eq != NULL);
			if (!eq)
				break;
			int k = feature_index(p, (size_t)(eq - p));
			CHECK(k >= 0);
			if (k >= 0 && got[k] != eq[1]) {
				t_fail++;
				fprintf(stderr, "pairs [%s] '%s': %s / %s: %.*s, got %c\n", fl[0], fl[1],
				        fl[2], fl[3], (int)n, p, got[k]);
			} else if (k >= 0)
				t_pass++;
			p += n;
			while (*p == ' ')
				p++;
		}
	}
	fclose(f);
	for (int k = 0; k < 4; k++)
		CHECK(langs[k] >= 3);
	CHECK(negatives >= 8);
	return rows;
}

/* Random sentences of each language's templates: evidence is the text's
 * bytes and no side is a person. */
static void property(rcp_extractor *x)
{
	static const char *const langs[4] = {"en", "fr", "es", "de"};
	static const char *const cos[] = {"Airbus", "Thales", "Elbit Systems", "Rheinmetall",
	                                  "Indra", "Palantir"};
	static const char *const persons[4][3] = {
		{"John Miller", "Sarah Lloyd", "Peter Brown"},
		{"Jean Dupont", "Marie Lefèvre", "Paul Girard"},
		{"María García", "José Martínez", "Lucía Fernández"},
		{"Anna Schmidt", "Klaus Becker", "Jürgen Weber"},
	};
	static const char *const bodies[4][3] = {
		{"the Bundeswehr", "ICE", "Frontex"},
		{"l'armée française", "Frontex", "la gendarmerie"},
		{"la Guardia Civil", "el Ministerio de Defensa", "Frontex"},
		{"die Bundeswehr", "die Bundespolizei", "Frontex"},
	};
	/* C: a company, B: a body, P: a person */
	static const char *const tpl[4][8] = {
		{"C supplies drones to B.", "P said C won a contract with B.",
		 "B awarded C a contract, P told reporters.", "C denied selling weapons to B.",
		 "Will C supply B?", "The company, led by P, signed a deal with B.",
		 "P met C executives.", "C and P discussed a tender of B."},
		{"C fournit des drones à B.", "P a déclaré que C a remporté un contrat avec B.",
		 "B a attribué un contrat à C, selon P.", "C dément avoir vendu des armes à B.",
		 "C va-t-elle livrer B ?", "La société, dirigée par P, a signé un contrat avec B.",
		 "P a rencontré C.", "C et P ont discuté d'un appel d'offres de B."},
		{"C suministra drones a B.", "P dijo que C ganó un contrato con B.",
		 "B adjudicó un contrato a C, según P.", "C negó haber vendido armas a B.",
		 "¿Suministrará C a B?", "La empresa, dirigida por P, firmó un contrato con B.",
		 "P se reunió con C.", "C y P hablaron de una licitación de B."},
		{"C liefert Drohnen an B.", "P sagte, C habe einen Auftrag von B erhalten.",
		 "B vergab einen Auftrag an C, sagte P.", "C bestreitet, Waffen an B geliefert zu haben.",
		 "Liefert C an B?", "Das Unternehmen, geführt von P, unterzeichnete einen Vertrag mit B.",
		 "P traf C.", "C und P sprachen über eine Ausschreibung von B."},
	};
	uint64_t seed = 0x9e3779b97f4a7c15ull;
	static char dump[1 << 16];
	int claims = 0, bad = 0;
	for (int round = 0; round < 400; round++) {
		int li = (int)test_rand(&seed, 4);
		char text[2048] = "";
		int ns = 1 + (int)test_rand(&seed, 3);
		for (int s = 0; s < ns; s++) {
			const char *t = tpl[li][test_rand(&seed, 8)];
			size_t n = strlen(text);
			if (n)
				text[n++] = ' ', text[n] = 0;
			for (; *t && n + 40 < sizeof text; t++) {
				const char *put = NULL;
				if (*t == 'C' && (t[1] == ' ' || t[1] == '.' || t[1] == ',' || t[1] == '?'))
					put = cos[test_rand(&seed, 6)];
				else if (*t == 'B' && (t[1] == '.' || t[1] == ',' || t[1] == '?' || t[1] == ' '))
					put = bodies[li][test_rand(&seed, 3)];
				else if (*t == 'P' && (t[1] == ' ' || t[1] == '.' || t[1] == ','))
					put = persons[li][test_rand(&seed, 3)];
				if (put) {
					snprintf(text + n, sizeof text - n, "%s", put);
					n += strlen(put);
				} else {
					text[n++] = *t;
					text[n] = 0;
				}
			}
		}
		dump_of(x, langs[li], text, dump, sizeof dump);
		for (int k = 0; k < 3; k++)
			if (strstr(dump, persons[li][k]) && bad++ < 5)
				fprintf(stderr, "pairs: a person is a candidate's side: '%s'\n", text);
		rcp_extract_opts o = {langs[li], 0};
		json_t *j = rcp_extract_json(x, text, strlen(text), &o);
		size_t i;
		json_t *c;
		json_array_foreach(json_object_get(j, "claims"), i, c)
		{
			claims++;
			json_int_t s = json_integer_value(json_object_get(c, "start"));
			json_int_t e = json_integer_value(json_object_get(c, "end"));
			const char *ev = json_string_value(json_object_get(c, "evidence"));
			if (!(s >= 0 && e > s && (size_t)e <= strlen(text) && ev &&
			      strlen(ev) == (size_t)(e - s) && !memcmp(text + s, ev, (size_t)(e - s))) &&
			    bad++ < 5)
				fprintf(stderr, "pairs: evidence not the text's bytes: '%s'\n", text);
			const char *names[2] = {json_string_value(json_object_get(c, "company_name")),
			                        json_string_value(json_object_get(c, "counterparty_name"))};
			for (int side = 0; side < 2; side++)
				for (int k = 0; k < 3; k++)
					if (names[side] && strstr(names[side], persons[li][k]) && bad++ < 5)
						fprintf(stderr, "pairs: a person is a claim's side: '%s'\n", text);
		}
		json_decref(j);
	}
	CHECK_INT(bad, 0);
	CHECK(claims > 100);
}

int main(void)
{
	rcp_matcher *m;
	rcp_extractor *x = test_extractor_new(&m);
	CHECK(run_table(x) >= 16);
	property(x);
	rcp_extractor_free(x);
	rcp_matcher_free(m);
	TEST_END();
}
