/*
 * test_ftm.c — FtM and CSV registries read as registry lines: ids made
 * from FtM ids, schemas to kinds, properties to fields, persons never
 * stored, Ownership as parent, bad lines named, header names in four
 * languages.
 */
#include "internal.h"
#include "test.h"

static rcp_status ftm(rcp_db *db, const char *text, rcp_import_report *rep, rcp_error *err)
{
	rcp_registry_options o = {RCP_REGISTRY_FTM, NULL};
	memset(rep, 0, sizeof *rep);
	return rcp_registry_import_bytes(db, text, strlen(text), "t.ftm", &o, rep, err);
}

static rcp_status csv(rcp_db *db, const char *text, const char *columns, rcp_import_report *rep,
                      rcp_error *err)
{
	rcp_registry_options o = {RCP_REGISTRY_CSV, columns};
	memset(rep, 0, sizeof *rep);
	return rcp_registry_import_bytes(db, text, strlen(text), "t.csv", &o, rep, err);
}

static const char *field(json_t *e, const char *k)
{
	return json_string_value(json_object_get(e, k));
}

int main(void)
{
	/* ids */
	static const char *const slugs[][2] = {
		{"NK-abc123", "nk-abc123"},
		{"rcp-org-elbit-systems", "elbit-systems"},
		{"rcp-org-Bad_Id", "rcp-org-bad-id"},
		{"ofac-1234", "ofac-1234"},
		{"--Q42--", "q42"},
		{"lei-5493001KJTIIGC8Y1R12", "lei-5493001kjtiigc8y1r12"},
		{"Société Générale", "societe-generale"},
	};
	char out[129];
	for (size_t i = 0; i < sizeof slugs / sizeof slugs[0]; i++) {
		CHECK(rcp__ftm_id_slug(slugs[i][0], out));
		CHECK_STR(out, slugs[i][1]);
		CHECK(rcp_id_valid(out));
	}
	CHECK(!rcp__ftm_id_slug("---", out));
	CHECK(rcp__ftm_id_slug("ООО Ромашка", out)); /* another script: a hash */
	CHECK(!strncmp(out, "u-", 2) && rcp_id_valid(out));
	char longid[400];
	memset(longid, 'a', sizeof longid - 1);
	longid[sizeof longid - 1] = '\0';
	CHECK(rcp__ftm_id_slug(longid, out));
	CHECK(rcp_id_valid(out));
	CHECK_INT(strlen(out), 128);
	char out2[129];
	longid[0] = 'b';
	CHECK(rcp__ftm_id_slug(longid, out2));
	CHECK(strcmp(out, out2) != 0); /* the hash keeps long ids apart */

	rcp_error err;
	rcp_db *db = rcp_db_open(":memory:", 0, &err);
	rcp_import_report rep;

	/* schemas, properties, persons, ownership */
	const char *os =
		"{\"id\":\"NK-1\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Acme Ltd\",\"Acme Limited\"],"
		"\"alias\":[\"Acme\"],\"weakAlias\":[\"ACM\"],\"jurisdiction\":[\"gb\"],"
		"\"isinCode\":[\"US0378331005\",\"US0000000009\"],\"leiCode\":[\"5493001KJTIIGC8Y1R12\"],"
		"\"ticker\":[\"LSE:ACM\"],\"wikidataId\":[\"Q42\"],\"idNumber\":[\"037833100\",\"whatever\"],"
		"\"sector\":[\"military\",\"defence\"],\"program\":[\"afsc-2025-07\",\"EU sanctions\"],"
		"\"summary\":[\"Makes drones.\"],\"sourceUrl\":[\"https://example.org/acme\"],"
		"\"registrationNumber\":[\"01234567\"]}}\n"
		"{\"id\":\"P-1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Jane Roe\"]}}\n"
		"\n"
		"{\"id\":\"NK-2\",\"schema\":\"PublicBody\",\"properties\":{\"name\":[\"Ministry of Defence\"],"
		"\"country\":[\"suhh\",\"il\"]}}\n"
		"{\"id\":\"NK-3\",\"schema\":\"Organization\",\"properties\":{\"name\":[\"Acme Holdings\"],"
		"\"classification\":[\"military_unit\"]}}\n"
		"{\"id\":\"NK-4\",\"schema\":\"LegalEntity\",\"properties\":{\"name\":[\"Acme Trust\"]}}\n"
		"{\"id\":\"o-1\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"NK-3\"],\"asset\":[\"NK-1\"],"
		"\"percentage\":[\"75.5\"]}}\n"
		"{\"id\":\"o-2\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"NK-1\"],\"asset\":[\"NK-4\"],"
		"\"percentage\":[\"10\"]}}\n"
		"{\"id\":\"o-3\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"P-1\"],\"asset\":[\"NK-3\"]}}\n"
		"{\"id\":\"s-1\",\"schema\":\"Sanction\",\"properties\":{\"entity\":[\"NK-1\"]}}\n";
	CHECK_INT(ftm(db, os, &rep, &err), RCP_OK);
	CHECK_INT(rep.lines, 4);
	CHECK_INT(rep.created, 4);
	CHECK_INT(rep.persons, 1);
	CHECK_INT(rep.other, 2);          /* the 10% stake and the Sanction */
	CHECK_INT(rep.links, 1);
	CHECK_INT(rep.links_skipped, 1);  /* the person's */
	CHECK_INT(rep.dropped, 1);        /* the ISIN with a wrong check digit */
	CHECK_STR(rep.dropped_first, "isin 'US0000000009'");

	json_t *e = rcp_entity_json(db, "nk-1", &err);
	CHECK(e != NULL);
	CHECK_STR(field(e, "name"), "Acme Ltd");
	CHECK_STR(field(e, "kind"), "company");
	CHECK_STR(field(e, "country"), "GB");
	CHECK_STR(field(e, "parent"), "nk-3");
	CHECK_STR(field(e, "summary"), "Makes drones.");
	CHECK_STR(field(e, "source"), "https://example.org/acme");
	json_t *a = json_object_get(e, "aliases");
	CHECK_INT(json_array_size(a), 3); /* ACM (ambiguous), Acme, Acme Limited */
	CHECK_STR(field(json_array_get(a, 0), "text"), "ACM");
	CHECK(json_is_true(json_object_get(json_array_get(a, 0), "ambiguous")));
	json_t *ids = json_object_get(e, "identifiers");
	static const char *const want_ids[][2] = {
		{"cusip", "037833100"}, {"isin", "US0378331005"}, {"lei", "5493001KJTIIGC8Y1R12"},
		{"registration", "01234567"}, {"ticker", "LSE:ACM"}, {"wikidata", "Q42"},
	};
	CHECK_INT(json_array_size(ids), 6);
	for (size_t i = 0; i < 6 && i < json_array_size(ids); i++) {
		CHECK_STR(field(json_array_get(ids, i), "scheme"), want_ids[i][0]);
		CHECK_STR(field(json_array_get(ids, i), "value"), want_ids[i][1]);
	}
	CHECK_INT(json_array_size(json_object_get(e, "categories")), 1);
	CHECK_INT(json_array_size(json_object_get(e, "lists")), 1);
	json_decref(e);
	e = rcp_entity_json(db, "nk-2", &err);
	CHECK_STR(field(e, "kind"), "public_body");
	CHECK_STR(field(e, "country"), "IL"); /* FtM's own codes are not ISO 3166 */
	json_decref(e);
	e = rcp_entity_json(db, "nk-3", &err);
	CHECK_STR(field(e, "kind"), "military_unit"); /* classification says */
	CHECK(json_is_null(json_object_get(e, "parent")));
	json_decref(e);
	e = rcp_entity_json(db, "nk-4", &err);
	CHECK_STR(field(e, "kind"), "other_org");
	CHECK(json_is_null(json_object_get(e, "parent"))); /* a 10% stake is no parent */
	json_decref(e);
	CHECK(rcp_entity_json(db, "p-1", &err) == NULL);

	/* again: nothing changes, the parent from Ownership stays */
	CHECK_INT(ftm(db, os, &rep, &err), RCP_OK);
	CHECK_INT(rep.unchanged, 4);
	CHECK_INT(rep.updated, 0);
	CHECK_INT(rep.links, 0);

	/* receipts' claim that a company owns another (rcp-claim-N, which
	 * `import` reads as a claim) is evidence, never the registry's parent */
	CHECK_INT(ftm(db, "{\"id\":\"NK-6\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Six\"]}}\n"
	                  "{\"id\":\"rcp-claim-3\",\"schema\":\"Ownership\",\"properties\":{"
	                  "\"owner\":[\"NK-1\"],\"asset\":[\"NK-6\"],\"role\":[\"owns\"]}}\n",
	              &rep, &err), RCP_OK);
	CHECK_INT(rep.links, 0);
	CHECK_INT(rep.other, 1);
	e = rcp_entity_json(db, "nk-6", &err);
	CHECK(json_is_null(json_object_get(e, "parent")));
	json_decref(e);

	/* a parent property naming nothing here is dropped, not an error */
	CHECK_INT(ftm(db, "{\"id\":\"NK-5\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Five\"],"
	                  "\"parent\":[\"NK-nowhere\"]}}\n", &rep, &err), RCP_OK);
	CHECK_INT(rep.links_skipped, 1);
	e = rcp_entity_json(db, "nk-5", &err);
	CHECK(json_is_null(json_object_get(e, "parent")));
	json_decref(e);

	/* bad lines: named, nothing kept */
	int64_t before = rcp_entity_count(db);
	static const char *const bad[][2] = {
		{"{\"id\":\"x\",\"schema\":\"Company\",\"properties\":{\"name\":[\"X\"]}}\nnot json\n",
		 "line 2: not valid JSON"},
		{"{\"schema\":\"Company\",\"properties\":{\"name\":[\"X\"]}}\n", "line 1: field 'id'"},
		{"{\"id\":\"x\",\"properties\":{\"name\":[\"X\"]}}\n", "line 1: field 'schema'"},
		{"{\"id\":\"x\",\"schema\":\"Company\",\"properties\":{\"alias\":[\"X\"]}}\n",
		 "line 1: field 'properties.name'"},
		{"{\"id\":\"x\",\"schema\":\"Company\",\"properties\":{\"name\":[1]}}\n",
		 "line 1: field 'properties.name': must be a list of strings"},
		{"{\"id\":\"x\",\"schema\":\"Company\",\"properties\":[]}\n",
		 "line 1: field 'properties'"},
		{"{\"id\":\"x\",\"schema\":\"Company\",\"properties\":{\"name\":[\"X\"]}}\n"
		 "{\"id\":\"X\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Y\"]}}\n",
		 "line 2: field 'id': 'x' was already given on line 1"},
		{"{\"id\":\"!!!\",\"schema\":\"Company\",\"properties\":{\"name\":[\"X\"]}}\n",
		 "line 1: field 'id'"},
		{"{\"id\":\"x\",\"schema\":\"Company\",\"properties\":{\"name\":[\"X\"],"
		 "\"sector\":[\"military\"]}}\n{\"id\":\"y\",\"schema\":\"Company\"}\n",
		 "line 2: field 'properties.name'"},
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		rcp_error_clear(&err);
		CHECK_INT(ftm(db, bad[i][0], &rep, &err), RCP_EPARSE);
		if (!strstr(err.why, bad[i][1]))
			fprintf(stderr, "case %zu: '%s'\n", i, err.why);
		CHECK(strstr(err.why, bad[i][1]) != NULL);
		CHECK_INT(rcp_entity_count(db), before);
	}

	/* CSV: header names in four languages, lists in cells, --columns */
	CHECK_INT(csv(db, "\xEF\xBB\xBFNom;Pays;Code ISIN;Catégorie;Alias;Liste;Société mère\n"
	                  "Thales SA;fr;FR0000121329;Military;Thales|Thalès ;afsc-2025-07;nk-3\n"
	                  "\n"
	                  "\"Leonardo \"\"SpA\"\"\";IT;;military;;;\n", NULL, &rep, &err), RCP_OK);
	CHECK_INT(rep.created, 2);
	e = rcp_entity_json(db, "thales-sa", &err);
	CHECK_STR(field(e, "country"), "FR");
	CHECK_STR(field(e, "parent"), "nk-3");
	CHECK_INT(json_array_size(json_object_get(e, "aliases")), 2);
	CHECK_STR(json_string_value(json_array_get(json_object_get(e, "categories"), 0)), "military");
	json_decref(e);
	e = rcp_entity_json(db, "leonardo-spa", &err);
	CHECK_STR(field(e, "name"), "Leonardo \"SpA\"");
	json_decref(e);
	CHECK_INT(csv(db, "Nombre,País,Símbolo\r\n\"Indra, S.A.\",ES,BME:IDR\r\n", NULL, &rep, &err),
	          RCP_OK);
	e = rcp_entity_json(db, "indra-s-a", &err);
	CHECK_STR(field(e, "country"), "ES");
	json_decref(e);
	/* the last record without its line end, a CR left of it */
	CHECK_INT(csv(db, "Name,Country\r\nKNDS N.V.,NL\r", NULL, &rep, &err), RCP_OK);
	e = rcp_entity_json(db, "knds-n-v", &err);
	CHECK_STR(field(e, "country"), "NL");
	json_decref(e);
	CHECK_INT(csv(db, "Firmenname\tLand\tLEI\tUnbekannt\nHensoldt AG\tDE\t\t?\n", NULL, &rep, &err),
	          RCP_OK);
	CHECK_INT(rep.unknown_fields, 1);
	CHECK_STR(rep.unknown_field, "Unbekannt");
	CHECK_INT(csv(db, "a,b,c\nq,Saab AB,SE\n", "name=2,country=3", &rep, &err), RCP_OK);
	e = rcp_entity_json(db, "saab-ab", &err);
	CHECK_STR(field(e, "country"), "SE");
	json_decref(e);
	before = rcp_entity_count(db);
	static const char *const badcsv[][3] = {
		{"Name,ISIN\nA,US0378331005\nB,US0000000009\n", NULL, "line 3: field 'isin'"},
		{"x,y\n1,2\n", NULL, "no name column"},
		{"Name\n\"A\n", NULL, "line 2: a quoted field is not closed"},
		{"Name,Country\n,FR\n", NULL, "line 2: column 'name': empty"},
		{"a,b\nq,w\n", "name=0", "not FIELD=N"},
		{"a,b\nq,w\n", "color=1", "unknown field 'color'"},
	};
	for (size_t i = 0; i < sizeof badcsv / sizeof badcsv[0]; i++) {
		rcp_error_clear(&err);
		CHECK(csv(db, badcsv[i][0], badcsv[i][1], &rep, &err) != RCP_OK);
		if (!strstr(err.why, badcsv[i][2]))
			fprintf(stderr, "csv case %zu: '%s'\n", i, err.why);
		CHECK(strstr(err.why, badcsv[i][2]) != NULL);
		CHECK_INT(rcp_entity_count(db), before);
	}
	CHECK_INT(rcp_registry_format_parse("ftm"), RCP_REGISTRY_FTM);
	CHECK_INT(rcp_registry_format_parse("csv"), RCP_REGISTRY_CSV);
	CHECK_INT(rcp_registry_format_parse("jsonl"), RCP_REGISTRY_JSONL);
	CHECK_INT(rcp_registry_format_parse("xml"), -1);
	rcp_db_close(db);
	TEST_END();
}
