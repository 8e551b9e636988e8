/*
 * Golden cases for candidate claims: tests/data/extract/claims.tsv gives a
 * language, a text and the claims the built-in registry and cue tables must
 * yield from it, as "company relation counterparty" in output order; a
 * counterparty the registry does not know is its name in brackets. A fourth
 * column gives each claim's amount (minor units by the currency's ISO 4217
 * exponent), currency and year: "500000000 JPY 2023", "-" for none.
 */
#include "internal.h"
#include "test.h"

/* Run one golden table (tests/data/extract/<rel>); its number of rows. */
static int run_table(rcp_extractor *x, const char *rel)
{
	FILE *f = test_open_table(rel);
	char line[4096], *fl[4];
	int rows = 0, nf;
	while ((nf = test_next_row(f, line, sizeof line, fl, 4)) >= 3) {
		rcp_extract_opts o = {fl[0], 0};
		json_t *j = rcp_extract_json(x, fl[1], strlen(fl[1]), &o);
		char got[1024] = "", facts[1024] = "";
		size_t i;
		json_t *c;
		json_array_foreach(json_object_get(j, "claims"), i, c)
		{
			size_t n = strlen(got);
			/* a body the registry does not know: its name, in brackets */
			const char *cp = json_string_value(json_object_get(c, "counterparty"));
			const char *cn = json_string_value(json_object_get(c, "counterparty_name"));
			CHECK(cp || cn);
			/* and a company the registry does not know, the same way */
			const char *co = json_string_value(json_object_get(c, "company"));
			const char *con = json_string_value(json_object_get(c, "company_name"));
			char cbuf[256];
			snprintf(cbuf, sizeof cbuf, co ? "%s" : "[%s]", co ? co : con ? con : "?");
			snprintf(got + n, sizeof got - n, "%s%s %s %s%s%s", n ? " ; " : "", cbuf,
			         json_string_value(json_object_get(c, "relation")), cp ? "" : "[",
			         cp ? cp : cn ? cn : "?", cp ? "" : "]");
			/* amount, currency, year */
			size_t fn = strlen(facts);
			json_t *am = json_object_get(c, "amount_minor"), *yr = json_object_get(c, "year");
			char a[32] = "-", y[16] = "-";
			if (json_is_integer(am))
				snprintf(a, sizeof a, "%lld", (long long)json_integer_value(am));
			if (json_is_integer(yr))
				snprintf(y, sizeof y, "%lld", (long long)json_integer_value(yr));
			const char *cur = json_string_value(json_object_get(c, "currency"));
			snprintf(facts + fn, sizeof facts - fn, "%s%s %s %s", fn ? " ; " : "", a,
			         cur ? cur : "-", y);
			/* the evidence is the text's own bytes */
			json_int_t s = json_integer_value(json_object_get(c, "start"));
			json_int_t e = json_integer_value(json_object_get(c, "end"));
			const char *ev = json_string_value(json_object_get(c, "evidence"));
			CHECK(s >= 0 && e > s && (size_t)e <= strlen(fl[1]) &&
			      strlen(ev) == (size_t)(e - s) && !memcmp(fl[1] + s, ev, (size_t)(e - s)));
		}
		if (!got[0])
			strcpy(got, "-");
		if (!facts[0])
			strcpy(facts, "-");
		if (getenv("RCP_GOLDEN_PRINT")) /* to fill the fourth column */
			printf("FACTS\t%d\t%s\n", rows, facts);
		if (!strcmp(got, fl[2]))
			t_pass++;
		else {
			t_fail++;
			fprintf(stderr, "claims [%s] '%s':\n   want %s\n   got  %s\n", fl[0], fl[1], fl[2],
			        got);
		}
		if (nf == 4 && strcmp(facts, fl[3])) {
			t_fail++;
			fprintf(stderr, "claims [%s] '%s':\n   want facts %s\n   got        %s\n", fl[0],
			        fl[1], fl[3], facts);
		} else if (nf == 4) {
			t_pass++;
		}
		json_decref(j);
		rows++;
	}
	fclose(f);
	return rows;
}

/* A cue is its verb's or noun's forms, not every word that begins as it
 * does (data/cues/): words that share a cue's first letters and mean
 * something else, between a company and a buyer the registry knows, make
 * no claim in any language ("Palantir Biden ICE": "bid*" took "Biden";
 * "Thales confirmé l'armée": "confi*" took "confirmé"). */
static void false_friends(rcp_extractor *x)
{
	static const struct {
		const char *lang, *before, *after, *words;
	} sets[] = {
		{"en", "Palantir ", " ICE in 2021.",
		 "investigation investigations investigative investigator supplement supplements "
		 "useful useless windows winter biden fundamental fundamentally helpful"},
		{"fr", "Thales ", " l'armée française en 2021.",
		 "signal signale signalé confiance confidentiel confirme confirmé exclusif exclusive "
		 "exclusivement investigation"},
		{"es", "Indra ", " la Guardia Civil en 2021.",
		 "exclusiva exclusivo exclusivamente invierno usuario usted usual comprender "
		 "comprensible página pagano cerradura ganancia"},
		{"de", "Rheinmetall ", " die Bundeswehr 2021.",
		 "geschäftsführer geschäftsführung investigativ investigative kaufmann kaufkraft "
		 "nutzlos stoppelbart"},
	};
	int bad = 0, tried = 0;
	for (size_t k = 0; k < sizeof sets / sizeof *sets; k++) {
		const char *p = sets[k].words;
		while (*p) {
			size_t n = strcspn(p, " ");
			char text[256];
			snprintf(text, sizeof text, "%s%.*s%s", sets[k].before, (int)n, p, sets[k].after);
			rcp_extract_opts o = {sets[k].lang, 0};
			json_t *j = rcp_extract_json(x, text, strlen(text), &o);
			if (json_array_size(json_object_get(j, "claims")) && bad++ < 5)
				fprintf(stderr, "claims [%s] '%s': a claim from a word that is no cue\n",
				        sets[k].lang, text);
			json_decref(j);
			tried++;
			p += n;
			while (*p == ' ')
				p++;
		}
	}
	CHECK_INT(bad, 0);
	CHECK(tried > 40);
}

int main(void)
{
	rcp_matcher *m;
	rcp_extractor *x = test_extractor_new(&m);
	int rows = run_table(x, "extract/claims.tsv");
	/* constructions of each language, positives and negatives
	 * (issue 19: rules for constructions, not documents) */
	CHECK(run_table(x, "extract/claims-constructions.tsv") >= 20);
	CHECK(rows >= 20);
	false_friends(x);

	/* categories: detention over border work over surveillance over the
	 * occupation; intelligence services are surveillance */
	static const struct {
		const char *lang, *text, *category;
	} cats[] = {
		{"en", "CBP awarded Elbit Systems a contract for surveillance towers on the border.",
		 "borders"},
		{"en", "GEO Group signed a contract with ICE to run the Adelanto detention center.",
		 "prisons"},
		{"en",
		 "Microsoft divested its shares in AnyVision, whose technology powers mass "
		 "surveillance in the occupied West Bank.",
		 "surveillance"},
		{"fr",
		 "Microsoft a supprimé l'accès de l'unité 8200, le service de "
		 "renseignement de l'armée israélienne.",
		 "surveillance"},
		/* the correctional system in each language's own words;
		 * electronic monitoring is prisons (neither side's kind says) */
		{"en", "Korvel Systems Inc. signed a contract with the Maryland Department of Public "
		       "Safety for its correctional facilities in 2020.", "prisons"},
		{"fr", "La société Vireo SAS a signé un contrat avec le ministère de la Justice pour "
		       "des bracelets électroniques en 2020.", "prisons"},
		{"es", "La empresa Tandil S.A. suministró pulseras electrónicas al Ministerio de "
		       "Justicia en 2020.", "prisons"},
		{"de", "Das Justizministerium beauftragte 2020 die Falkor Systeme GmbH mit dem "
		       "Strafvollzug.", "prisons"},
	};
	/* ICE detention is prisons in every language; other ICE and CBP work
	 * is borders */
	static const struct {
		const char *lang, *text, *category;
	} ice[] = {
		{"en", "ICE awarded GEO Group a $50 million contract to operate an immigration "
		       "detention center.", "prisons"},
		{"en", "Palantir signed a contract with ICE for case management software.", "borders"},
		{"en", "CBP awarded Elbit Systems a contract for surveillance towers on the border.",
		 "borders"},
		{"fr", "L'ICE a attribué à GEO Group un contrat pour un centre de détention.", "prisons"},
		{"es", "ICE adjudicó a GEO Group un contrato para gestionar un centro de detención de "
		       "inmigrantes.", "prisons"},
		{"de", "ICE vergab einen Auftrag an GEO Group für ein Abschiebegefängnis.", "prisons"},
		/* ICE's names for its detention centers: detention */
		{"en", "CoreCivic holds a contract with ICE for the California City Immigration "
		       "Processing Center.", "prisons"},
		{"en", "CoreCivic signed a contract with ICE to use its 2,560-bed facility.",
		 "prisons"},
		{"en", "ICE awarded GEO Group a contract for electronic monitoring of immigrants.",
		 "borders"},
		/* a prison operator's work for ICE, no word for it: detention */
		{"en", "The GEO Group also operates several ICE facilities.", "prisons"},
		{"fr", "GEO Group exploite plusieurs sites pour l'ICE.", "prisons"},
		/* a police force's work, no word for it: policing (the Guardia
		 * Civil also guards borders) */
		{"es", "Elbit Systems vendió pistolas a la Guardia Civil.", "policing"},
		{"en", "Elbit Systems sold pistols to the Guardia Civil.", "policing"},
		/* nothing in the sentence, no registry line of work: the
		 * document's category words */
		{"de", "Die Bundeswehr braucht Munition und Waffen. Die Hensoldt AG und die Acme "
		       "Robotics GmbH arbeiten gemeinsam an einem Radar.", "military"},
		{"en", "Police forces want new software for law enforcement. Hensoldt AG and Acme "
		       "Robotics Inc. will jointly build it.", "policing"},
	};
	for (size_t k = 0; k < sizeof ice / sizeof ice[0]; k++) {
		rcp_extract_opts o = {ice[k].lang, 0};
		json_t *j = rcp_extract_json(x, ice[k].text, strlen(ice[k].text), &o);
		json_t *c = json_array_get(json_object_get(j, "claims"), 0);
		CHECK_STR(c ? json_string_value(json_object_get(c, "category")) : NULL, ice[k].category);
		json_decref(j);
	}
	for (size_t k = 0; k < sizeof cats / sizeof cats[0]; k++) {
		rcp_extract_opts o = {cats[k].lang, 0};
		json_t *j = rcp_extract_json(x, cats[k].text, strlen(cats[k].text), &o);
		json_t *c = json_array_get(json_object_get(j, "claims"), 0);
		CHECK_STR(c ? json_string_value(json_object_get(c, "category")) : NULL,
		          cats[k].category);
		json_decref(j);
	}
	/* an amount a headline tells and the body tells again is listed once,
	 * where the body tells it; one only the headline tells stays */
	{
		const char *t = "ICE Is Paying Palantir $30 Million for a Platform\n"
		                "ICE is paying Palantir $30 million to build it, and $2 million more.";
		rcp_extract_opts o = {"en", 0};
		json_t *j = rcp_extract_json(x, t, strlen(t), &o);
		json_t *mj = json_object_get(j, "money");
		CHECK_INT(json_array_size(mj), 2);
		CHECK_INT(json_integer_value(json_object_get(json_array_get(mj, 0), "start")),
		          strchr(t, '\n') - t + 24);
		json_decref(j);
		t = "Elbit Wins $26 Million Order\nCBP awarded Elbit Systems an order for towers.";
		j = rcp_extract_json(x, t, strlen(t), &o);
		CHECK_INT(json_array_size(json_object_get(j, "money")), 1);
		json_decref(j);
	}
	/* a text with no full stop (a 20 MB line) is not one sentence: it is
	 * cut every RCP_SENTENCE_WORDS words, said in "sentences_cut", and
	 * each claim's evidence is its piece (the rules are quadratic in a
	 * sentence's words: the whole line took minutes) */
	{
		rcp_buf b;
		rcp__buf_init(&b, 0);
		for (int i = 0; i < 8000; i++) /* 14 words each */
			rcp__buf_printf(&b, "Elbit Systems supplied drones to the Israeli military for $%d "
			                    "million in 2023 and ", i % 50 + 1);
		rcp_extract_opts o = {"en", 0};
		json_t *j = rcp_extract_json(x, b.data, b.len, &o);
		CHECK(json_integer_value(json_object_get(j, "sentences_cut")) == 8000 * 14 / 400 - 1);
		json_t *cl = json_object_get(j, "claims");
		CHECK(json_array_size(cl) > 0);
		size_t i;
		json_t *c;
		json_array_foreach(cl, i, c) {
			json_int_t s0 = json_integer_value(json_object_get(c, "start"));
			json_int_t e0 = json_integer_value(json_object_get(c, "end"));
			CHECK(s0 >= 0 && e0 > s0 && (size_t)e0 <= b.len && e0 - s0 < 400 * 16);
			CHECK(!memcmp(json_string_value(json_object_get(c, "evidence")), b.data + s0,
			              (size_t)(e0 - s0)));
		}
		json_decref(j);
		rcp__buf_release(&b);
		/* an ordinary text says nothing of it */
		const char *t = "Elbit Systems supplied drones to the Israeli military.";
		j = rcp_extract_json(x, t, strlen(t), &o);
		CHECK(json_object_get(j, "sentences_cut") == NULL);
		json_decref(j);
	}
	/* a sentence naming more organizations than the claim rules read
	 * (RCP_SENTENCE_ORGS; they are cubic in them) says so in "warnings",
	 * and its claims still come from the first ones */
	{
		rcp_buf b;
		rcp__buf_init(&b, 0);
		rcp__buf_printf(&b, "Elbit Systems supplied drones to the Israeli military");
		for (int i = 0; i < 70; i++)
			rcp__buf_printf(&b, ", Airbus");
		rcp__buf_printf(&b, ".");
		rcp_extract_opts o = {"en", 0};
		json_t *j = rcp_extract_json(x, b.data, b.len, &o);
		json_t *wj = json_array_get(json_object_get(j, "warnings"), 0);
		CHECK_STR(json_string_value(json_object_get(wj, "limit")), "sentence_orgs");
		CHECK_INT(json_integer_value(json_object_get(wj, "sentences")), 1);
		CHECK(json_array_size(json_object_get(j, "claims")) > 0);
		json_decref(j);
		rcp__buf_release(&b);
		const char *t = "Elbit Systems supplied drones to the Israeli military.";
		j = rcp_extract_json(x, t, strlen(t), &o);
		CHECK(json_object_get(j, "warnings") == NULL);
		json_decref(j);
	}
	/* a private person is never an organization, in any of the four
	 * languages, whatever noun or legal-looking word stands near */
	{
		static const struct {
			const char *lang, *text, *person;
		} people[] = {
			{"en", "The company of John Smith sold drones to the Israeli army. John Smith "
			       "Technologies is another matter.", "John Smith sold"},
			{"en", "The contractor John Smith supplies the Chicago Police Department.", "John Smith"},
			{"fr", "La société Jean Dupont a vendu des drones à la Gendarmerie nationale.",
			 "Jean Dupont"},
			{"es", "La empresa María García vendió drones a la Guardia Civil.", "María García"},
			{"de", "Die Firma Hans Müller lieferte Drohnen an die Bundespolizei.", "Hans Müller"},
		};
		for (size_t k = 0; k < sizeof people / sizeof people[0]; k++) {
			rcp_extract_opts o = {people[k].lang, 0};
			json_t *j = rcp_extract_json(x, people[k].text, strlen(people[k].text), &o);
			size_t i;
			json_t *org;
			json_array_foreach(json_object_get(j, "orgs"), i, org) {
				const char *name = json_string_value(json_object_get(org, "name"));
				CHECK(name && strcmp(name, people[k].person) != 0);
			}
			json_t *c;
			json_array_foreach(json_object_get(j, "claims"), i, c)
				CHECK(json_string_value(json_object_get(c, "company")) != NULL);
			json_decref(j);
		}
	}
	/* one fact, one candidate: its other tellings are its "receipts",
	 * spans of the text; a claim told once has none */
	{
		const char *t = "In 2021, Elbit Systems signed a $20 million contract with the Israel "
		                "Ministry of Defense. The contract with the Israel Ministry of Defense was "
		                "signed by Elbit Systems in 2021. Elbit Systems said the contract with the "
		                "Israel Ministry of Defense covers drones.";
		rcp_extract_opts o = {"en", 0};
		json_t *j = rcp_extract_json(x, t, strlen(t), &o);
		json_t *cl = json_object_get(j, "claims");
		CHECK_INT(json_array_size(cl), 1);
		json_t *rc = json_object_get(json_array_get(cl, 0), "receipts");
		CHECK_INT(json_array_size(rc), 2);
		json_t *r1 = json_array_get(rc, 0);
		CHECK(r1 && !strncmp(t + json_integer_value(json_object_get(r1, "start")),
		                     "The contract with", 17));
		json_decref(j);
		t = "Elbit Systems supplied drones to the Israeli military.";
		j = rcp_extract_json(x, t, strlen(t), &o);
		CHECK(json_object_get(json_array_get(json_object_get(j, "claims"), 0), "receipts") ==
		      NULL);
		json_decref(j);
	}
	rcp_extractor_free(x);
	rcp_matcher_free(m);
	TEST_END();
}
