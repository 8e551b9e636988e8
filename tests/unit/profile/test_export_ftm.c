/*
 * test_export_ftm.c — the FtM export's mapping (lib/profile/export_ftm.c):
 * entity kinds to schemas, identifiers to properties, each relation to its
 * interval, the Documentation with the quote, candidates marked and left
 * out with RCP_EXPORT_ACCEPTED, rejected claims never, stable ids.
 */
#include <unistd.h>

#include "internal.h"
#include "test.h"

typedef struct got {
	json_t *all; /* id -> entity */
	char *dump;
	size_t n;
} got;

static int collect(json_t *e, void *ctx)
{
	got *g = ctx;
	json_object_set(g->all, json_string_value(json_object_get(e, "id")), e);
	char *s = json_dumps(e, JSON_COMPACT);
	size_t len = g->dump ? strlen(g->dump) : 0;
	g->dump = realloc(g->dump, len + strlen(s) + 2);
	strcpy(g->dump + len, s);
	strcat(g->dump, "\n");
	free(s);
	g->n++;
	return 0;
}

static int stop_at_three(json_t *e, void *ctx)
{
	(void)e;
	return ++*(int *)ctx == 3;
}

static void run(rcp_db *db, int flags, got *g)
{
	rcp_error err;
	g->all = json_object();
	g->dump = NULL;
	g->n = 0;
	CHECK_INT(rcp_export_ftm(db, flags, collect, g, &err), RCP_OK);
}

static void release(got *g)
{
	json_decref(g->all);
	free(g->dump);
}

static const char *schema(got *g, const char *id)
{
	return json_string_value(json_object_get(json_object_get(g->all, id), "schema"));
}

/* The first value of property prop of entity id, or NULL. */
static const char *prop(got *g, const char *id, const char *prop)
{
	json_t *p = json_object_get(json_object_get(g->all, id), "properties");
	return json_string_value(json_array_get(json_object_get(p, prop), 0));
}

int main(void)
{
	char path[] = "/tmp/rcp-test-export-ftm-XXXXXX";
	rcp_db *db = test_db_new(path);
	rcp_error err;
	rcp_error_clear(&err);
	const char *reg =
		"{\"id\":\"acme\",\"name\":\"Acme Corp\",\"country\":\"us\",\"isin\":\"US0378331005\","
		"\"lei\":\"5493001KJTIIGC8Y1R12\",\"cusip\":\"037833100\",\"tickers\":[\"NYSE:ACM\"],"
		"\"aliases\":[\"Acme\",{\"text\":\"ACM\",\"ambiguous\":true}],\"categories\":[\"military\"],"
		"\"lists\":[\"afsc-2025-07\"],\"summary\":\"Makes drones.\",\"source\":\"https://e.org/a\"}\n"
		"{\"id\":\"acme-sub\",\"name\":\"Acme Sub\",\"parent\":\"acme\"}\n"
		"{\"id\":\"mod\",\"name\":\"Ministry of Defence\",\"kind\":\"public_body\",\"country\":\"IL\"}\n"
		"{\"id\":\"unit-1\",\"name\":\"Unit 1\",\"kind\":\"military_unit\",\"parent\":\"mod\"}\n"
		"{\"id\":\"ngo\",\"name\":\"An NGO\",\"kind\":\"other_org\"}\n";
	rcp_import_report rep;
	CHECK_INT(rcp_registry_import_text(db, reg, strlen(reg), "reg", &rep, &err), RCP_OK);
	const char *doc = "Acme supplied drones to the ministry for $5 million in 2023.";
	rcp_add_result r;
	rcp_source_meta meta = {.kind = "article", .title = "Drones", .url = "https://e.org/d",
	                        .publisher = "E", .published = "2023-05-01", .lang = "en",
	                        .no_claims = 1};
	CHECK_INT(rcp_source_add(db, (const uint8_t *)doc, strlen(doc), &meta, 0, &r, &err), RCP_OK);
	const char *doc2 = "A private note nobody cites.";
	rcp_add_result r2;
	rcp_source_meta meta2 = {.kind = "report", .no_claims = 1};
	CHECK_INT(rcp_source_add(db, (const uint8_t *)doc2, strlen(doc2), &meta2, 0, &r2, &err),
	          RCP_OK);
	static const struct {
		const char *relation, *counterparty, *status, *schema;
	} claims[] = {
		{"supplies", "mod", "accepted", "ContractAward"},   /* 1 */
		{"contract", "mod", "candidate", "ContractAward"},  /* 2 */
		{"owns", "acme-sub", "accepted", "Ownership"},      /* 3 */
		{"acquired", "mod", "accepted", "UnknownLink"},     /* 4: a public body is no asset */
		{"invested", "ngo", "accepted", "Payment"},         /* 5 */
		{"divested", "mod", "accepted", "UnknownLink"},     /* 6 */
		{"partnered", NULL, "accepted", "UnknownLink"},     /* 7 */
		{"restricted", "mod", "rejected", NULL},            /* 8 */
	};
	for (size_t i = 0; i < sizeof claims / sizeof claims[0]; i++) {
		rcp_claim c = {.company = "acme", .relation = claims[i].relation,
		               .counterparty = claims[i].counterparty, .category = "military",
		               .has_amount = i == 0 || i == 4, .amount = 500000000, .currency = "USD",
		               .year = 2023, .source = r.id, .start = 0, .end = (int64_t)strlen(doc),
		               .confidence = 0.8, .status = claims[i].status};
		CHECK_INT(rcp_claim_add(db, &c, NULL, &err), RCP_OK);
	}

	got g;
	run(db, 0, &g);
	/* organizations */
	CHECK_STR(schema(&g, "rcp-org-acme"), "Company");
	CHECK_STR(schema(&g, "rcp-org-mod"), "PublicBody");
	CHECK_STR(schema(&g, "rcp-org-unit-1"), "PublicBody");
	CHECK_STR(prop(&g, "rcp-org-unit-1", "classification"), "military_unit");
	CHECK_STR(schema(&g, "rcp-org-ngo"), "Organization");
	CHECK_STR(prop(&g, "rcp-org-acme", "name"), "Acme Corp");
	CHECK_STR(prop(&g, "rcp-org-acme", "country"), "us");
	CHECK_STR(prop(&g, "rcp-org-acme", "isinCode"), "US0378331005");
	CHECK_STR(prop(&g, "rcp-org-acme", "leiCode"), "5493001KJTIIGC8Y1R12");
	CHECK_STR(prop(&g, "rcp-org-acme", "idNumber"), "037833100");
	CHECK_STR(prop(&g, "rcp-org-acme", "ticker"), "NYSE:ACM");
	CHECK_STR(prop(&g, "rcp-org-acme", "alias"), "Acme");
	CHECK_STR(prop(&g, "rcp-org-acme", "weakAlias"), "ACM");
	CHECK_STR(prop(&g, "rcp-org-acme", "sector"), "military");
	CHECK_STR(prop(&g, "rcp-org-acme", "program"), "afsc-2025-07");
	CHECK_STR(prop(&g, "rcp-org-acme", "summary"), "Makes drones.");
	CHECK_STR(prop(&g, "rcp-org-acme", "sourceUrl"), "https://e.org/a");
	CHECK_STR(prop(&g, "rcp-org-acme-sub", "parent"), "rcp-org-acme");
	CHECK_STR(schema(&g, "rcp-parent-acme-sub"), "Ownership");
	CHECK_STR(prop(&g, "rcp-parent-acme-sub", "owner"), "rcp-org-acme");
	CHECK_STR(prop(&g, "rcp-parent-acme-sub", "asset"), "rcp-org-acme-sub");
	/* a public body is no Asset: its parent is a property only */
	CHECK_STR(prop(&g, "rcp-org-unit-1", "parent"), "rcp-org-mod");
	CHECK(json_object_get(g.all, "rcp-parent-unit-1") == NULL);

	/* sources: both without RCP_EXPORT_ACCEPTED */
	char sid[80], sid2[80];
	snprintf(sid, sizeof sid, "rcp-src-%s", r.sha256);
	snprintf(sid2, sizeof sid2, "rcp-src-%s", r2.sha256);
	CHECK_STR(schema(&g, sid), "Article");
	CHECK_STR(schema(&g, sid2), "Document");
	CHECK_STR(prop(&g, sid, "contentHash"), r.sha256);
	CHECK_STR(prop(&g, sid, "title"), "Drones");
	CHECK_STR(prop(&g, sid, "publisher"), "E");
	CHECK_STR(prop(&g, sid, "sourceUrl"), "https://e.org/d");
	CHECK_STR(prop(&g, sid, "publishedAt"), "2023-05-01");
	CHECK_STR(prop(&g, sid, "language"), "eng");

	/* claims */
	for (size_t i = 0; i < sizeof claims / sizeof claims[0]; i++) {
		char cid[32], did[32];
		snprintf(cid, sizeof cid, "rcp-claim-%zu", i + 1);
		snprintf(did, sizeof did, "rcp-doc-%zu", i + 1);
		if (!claims[i].schema) {
			CHECK(json_object_get(g.all, cid) == NULL); /* rejected */
			CHECK(json_object_get(g.all, did) == NULL);
			continue;
		}
		CHECK_STR(schema(&g, cid), claims[i].schema);
		CHECK_STR(schema(&g, did), "Documentation");
		CHECK_STR(prop(&g, did, "document"), sid);
		CHECK_STR(prop(&g, did, "entity"), "rcp-org-acme");
		CHECK_STR(prop(&g, did, "summary"), doc); /* the verbatim quote */
		CHECK_STR(prop(&g, did, "recordId"), cid);
		CHECK_STR(prop(&g, did, "status"), claims[i].status);
		CHECK_STR(prop(&g, cid, "date"), "2023");
	}
	CHECK_STR(prop(&g, "rcp-claim-1", "supplier"), "rcp-org-acme");
	CHECK_STR(prop(&g, "rcp-claim-1", "contract"), "rcp-contract-1");
	CHECK_STR(prop(&g, "rcp-claim-1", "amount"), "5000000.00");
	CHECK_STR(prop(&g, "rcp-claim-1", "currency"), "USD");
	CHECK_STR(prop(&g, "rcp-claim-1", "role"), "supplies");
	CHECK_STR(schema(&g, "rcp-contract-1"), "Contract");
	CHECK_STR(prop(&g, "rcp-contract-1", "authority"), "rcp-org-mod");
	CHECK_STR(prop(&g, "rcp-claim-2", "status"), "candidate");
	CHECK(!strncmp(prop(&g, "rcp-claim-2", "summary"), "[candidate] ", 12));
	CHECK_STR(prop(&g, "rcp-claim-3", "owner"), "rcp-org-acme");
	CHECK_STR(prop(&g, "rcp-claim-3", "asset"), "rcp-org-acme-sub");
	CHECK_STR(prop(&g, "rcp-claim-4", "role"), "acquired");
	CHECK_STR(prop(&g, "rcp-claim-4", "object"), "rcp-org-mod");
	CHECK_STR(prop(&g, "rcp-claim-5", "payer"), "rcp-org-acme");
	CHECK_STR(prop(&g, "rcp-claim-5", "beneficiary"), "rcp-org-ngo");
	CHECK(prop(&g, "rcp-claim-5", "status") == NULL); /* Payment is no Interest */
	CHECK_STR(prop(&g, "rcp-claim-6", "role"), "divested");
	CHECK(prop(&g, "rcp-claim-7", "object") == NULL);

	/* every property a non-empty list of non-empty strings */
	const char *id;
	json_t *e;
	json_object_foreach(g.all, id, e) {
		const char *k;
		json_t *v;
		json_object_foreach(json_object_get(e, "properties"), k, v) {
			CHECK(json_is_array(v) && json_array_size(v) > 0);
			size_t i;
			json_t *x;
			json_array_foreach(v, i, x)
				CHECK(json_is_string(x) && json_string_length(x) > 0);
		}
	}

	/* stable: the same again */
	got g2;
	run(db, 0, &g2);
	CHECK_STR(g2.dump, g.dump);
	release(&g2);

	/* public: accepted claims and the sources they cite only */
	run(db, RCP_EXPORT_ACCEPTED, &g2);
	CHECK(json_object_get(g2.all, "rcp-claim-2") == NULL);
	CHECK(json_object_get(g2.all, "rcp-doc-2") == NULL);
	CHECK(json_object_get(g2.all, "rcp-contract-2") == NULL);
	CHECK(json_object_get(g2.all, "rcp-claim-1") != NULL);
	CHECK(json_object_get(g2.all, sid) != NULL);
	CHECK(json_object_get(g2.all, sid2) == NULL);
	CHECK(strstr(g2.dump, "candidate") == NULL);
	release(&g2);

	/* --with-text: the bytes, in the schema that holds a text, and the kind */
	got g3;
	run(db, RCP_EXPORT_TEXT, &g3);
	CHECK_STR(schema(&g3, sid), "PlainText");
	CHECK_STR(prop(&g3, sid, "bodyText"), doc);
	CHECK_STR(prop(&g3, sid, "keywords"), "article");
	CHECK_STR(prop(&g3, sid, "contentHash"), r.sha256);
	CHECK_STR(prop(&g3, sid2, "keywords"), "report");
	CHECK(strcmp(schema(&g, sid), "Article") == 0); /* without it, as before */
	CHECK(prop(&g, sid, "bodyText") == NULL);
	release(&g3);

	/* the callback stops the export */
	int calls = 0;
	CHECK_INT(rcp_export_ftm(db, 0, stop_at_three, &calls, &err), RCP_OK);
	CHECK_INT(calls, 3);
	release(&g);
	rcp_db_close(db);
	unlink(path);
	TEST_END();
}
