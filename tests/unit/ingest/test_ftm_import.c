/*
 * test_ftm_import.c — `import --format ftm`: sources stored from their
 * bytes (checked against contentHash), claims from an interval and its
 * Documentation (the quote found verbatim, status, amount, category and
 * id kept), claims without their source's text skipped and counted, a
 * tampered text or quote refusing the whole file by its line, the two
 * halves of a claim in either order, a taken id renumbered, re-import
 * unchanged.
 */
#include <unistd.h>

#include "internal.h"
#include "test.h"

static const char text[] =
	"# Acme and the ministry\n\nAcme Corp won a contract worth $5 million from the Ministry of"
	" Defence in 2023.\nLater Acme Corp partnered with Foo Agency on border towers.\n";
static const char quote1[] =
	"Acme Corp won a contract worth $5 million from the Ministry of Defence in 2023.";
static const char quote2[] = "Acme Corp partnered with Foo Agency on border towers.";

static char path[64];

/* One FtM line: {"id", "schema", "properties"} (props taken). */
static void line(FILE *f, const char *id, const char *schema, json_t *props)
{
	json_t *e = json_pack("{s:s, s:s, s:o}", "id", id, "schema", schema, "properties", props);
	json_dumpf(e, f, JSON_COMPACT);
	fputc('\n', f);
	json_decref(e);
}

enum {
	TAMPER_TEXT = 1 << 0,
	TAMPER_QUOTE = 1 << 1,
	NO_TEXT = 1 << 2,
	DOC_FIRST = 1 << 3,   /* a Documentation before its interval */
	SOURCE_LAST = 1 << 4, /* the source after the claims */
	OTHER_CLAIM = 1 << 5, /* rcp-claim-7 is another claim */
};

static void write_file(int how)
{
	FILE *f = fopen(path, "w");
	char sha[65];
	rcp_sha256_hex(text, strlen(text), sha);
	char sid[80];
	snprintf(sid, sizeof sid, "rcp-src-%s", sha);
	line(f, "rcp-org-acme", "Company",
	     json_pack("{s:[s], s:[s], s:[s]}", "name", "Acme Corp", "country", "gb", "isinCode",
	               "US0378331005"));
	line(f, "rcp-org-mod", "PublicBody", json_pack("{s:[s]}", "name", "Ministry of Defence"));
	line(f, "p-1", "Person", json_pack("{s:[s]}", "name", "Jane Roe"));
	json_t *src = json_pack("{s:[s], s:[s], s:[s], s:[s], s:[s], s:[s]}", "name", "Acme note",
	                        "title", "Acme note", "contentHash", sha, "language", "eng",
	                        "keywords", "report", "fileName", "acme.md");
	if (!(how & NO_TEXT))
		json_object_set_new(src, "bodyText",
		                    json_pack("[s]", how & TAMPER_TEXT ? "Acme Corp. forged" : text));
	if (!(how & SOURCE_LAST))
		line(f, sid, "PlainText", src);

	/* a contract award, the counterparty the contract's authority */
	line(f, "rcp-contract-7", "Contract",
	     json_pack("{s:[s], s:[s], s:[s]}", "name", "c", "authority", "rcp-org-mod", "amount",
	               "5000000.00"));
	json_t *doc = json_pack("{s:[s], s:[s], s:[s], s:[s], s:[s], s:[s]}", "document", sid,
	                        "entity", "rcp-org-acme", "role", "evidence", "summary",
	                        how & TAMPER_QUOTE ? "Acme Corp won a contract worth $6 million"
	                                           : quote1,
	                        "recordId", "rcp-claim-7", "status", "accepted");
	json_t *award = json_pack(
		"{s:[s], s:[s], s:[s], s:[s], s:[s], s:[s], s:[s], s:[s]}", "supplier", "rcp-org-acme",
		"contract", "rcp-contract-7", "role", "contract", "amount", "5000000.00", "currency",
		"USD", "date", "2023", "summary",
		"Acme Corp contract Ministry of Defence (military)", "status", "accepted");
	if (how & OTHER_CLAIM) {
		/* another claim under the same id: the second quote, as owns */
		json_object_set_new(award, "role", json_pack("[s]", "supplies"));
		json_object_set_new(doc, "summary", json_pack("[s]", quote2));
	}
	if (how & DOC_FIRST) {
		line(f, "rcp-doc-7", "Documentation", doc);
		line(f, "rcp-claim-7", "ContractAward", award);
	} else {
		line(f, "rcp-claim-7", "ContractAward", award);
		line(f, "rcp-doc-7", "Documentation", doc);
	}
	/* a link to a body the registry does not hold, named by the summary */
	line(f, "rcp-claim-9", "UnknownLink",
	     json_pack("{s:[s], s:[s], s:[s], s:[s]}", "subject", "rcp-org-acme", "role",
	               "partnered", "summary", "[candidate] Acme Corp partnered Foo Agency (borders)",
	               "status", "candidate"));
	line(f, "rcp-doc-9", "Documentation",
	     json_pack("{s:[s], s:[s], s:[s], s:[s], s:[s]}", "document", sid, "entity",
	               "rcp-org-acme", "summary", quote2, "recordId", "rcp-claim-9", "status",
	               "candidate"));
	if (how & SOURCE_LAST)
		line(f, sid, "PlainText", src);
	fclose(f);
}

static int64_t count(rcp_db *db, const char *table)
{
	char q[128];
	snprintf(q, sizeof q, "SELECT count(*) FROM %s", table);
	sqlite3_stmt *st;
	if (rcp__db_prepare(db, q, &st, NULL) != RCP_OK)
		return -1;
	int64_t n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
	sqlite3_finalize(st);
	return n;
}

typedef struct seen {
	int n;
	int64_t id;
	char status[16], relation[16], counterparty[32], cptext[32], category[16], evidence[200];
	int64_t amount, start;
	int year;
} seen;

/* s[0].n counts; the claims go to s[1], s[2], ... */
static int claim_fn(const rcp_claim *c, void *ctx)
{
	seen *s = ctx;
	if (s[0].n >= 3)
		return 0;
	seen *t = &s[++s[0].n];
	t->id = c->id;
	snprintf(t->status, sizeof t->status, "%s", c->status);
	snprintf(t->relation, sizeof t->relation, "%s", c->relation);
	snprintf(t->counterparty, sizeof t->counterparty, "%s", c->counterparty ? c->counterparty : "");
	snprintf(t->cptext, sizeof t->cptext, "%s", c->counterparty_name ? c->counterparty_name : "");
	snprintf(t->category, sizeof t->category, "%s", c->category ? c->category : "");
	snprintf(t->evidence, sizeof t->evidence, "%s", c->evidence);
	t->amount = c->has_amount ? c->amount : -1;
	t->start = c->start;
	t->year = c->year;
	return 0;
}

static rcp_db *fresh(void)
{
	rcp_error err;
	rcp_db *db = rcp_db_open(":memory:", 0, &err);
	CHECK(db != NULL);
	rcp_db_set_actor(db, "tester");
	return db;
}

int main(void)
{
	snprintf(path, sizeof path, "/tmp/test_ftm_import.%d.ftm", (int)getpid());
	rcp_error err;
	rcp_ftm_import_report rep;

	/* the whole file */
	write_file(0);
	rcp_db *db = fresh();
	CHECK_INT(rcp_ftm_import(db, path, &rep, &err), RCP_OK);
	CHECK_INT(rep.registry.created, 2);
	CHECK_INT(rep.registry.persons, 1);
	CHECK_INT(rep.registry.other, 0); /* what the second pass read is not skipped */
	CHECK_INT(rep.sources_added, 1);
	CHECK_INT(rep.claims_added, 2);
	CHECK_INT(rep.claims_no_text, 0);
	CHECK_INT(rep.claims_incomplete, 0);
	seen s[4];
	memset(s, 0, sizeof s);
	CHECK_INT(rcp_claim_each(db, NULL, claim_fn, s, &err), RCP_OK);
	CHECK_INT(s[0].n, 2);
	/* the export's ids */
	CHECK_INT(s[1].id, 7);
	CHECK_INT(s[2].id, 9);
	CHECK_STR(s[1].status, "accepted");
	CHECK_STR(s[1].relation, "contract");
	CHECK_STR(s[1].counterparty, "mod");
	CHECK_STR(s[1].category, "military");
	CHECK_INT(s[1].amount, 500000000);
	CHECK_INT(s[1].year, 2023);
	CHECK_STR(s[1].evidence, quote1);
	CHECK_INT(s[1].start, (int64_t)(strstr(text, quote1) - text));
	CHECK_STR(s[2].status, "candidate");
	CHECK_STR(s[2].counterparty, "");
	CHECK_STR(s[2].cptext, "Foo Agency");
	CHECK_STR(s[2].category, "borders");
	CHECK_INT(s[2].amount, -1);
	/* the source's kind and language from the export's keywords and language */
	sqlite3_stmt *st;
	CHECK_INT(rcp__db_prepare(db, "SELECT kind, lang, filename FROM source", &st, NULL), RCP_OK);
	CHECK(sqlite3_step(st) == SQLITE_ROW);
	CHECK_STR(rcp__col_text(st, 0), "report");
	CHECK_STR(rcp__col_text(st, 1), "en");
	CHECK_STR(rcp__col_text(st, 2), "acme.md");
	sqlite3_finalize(st);
	/* no person, and every span checks out */
	CHECK_INT(count(db, "entity"), 2);
	rcp_verify_report vr;
	CHECK_INT(rcp_verify(db, &vr, NULL, NULL, &err), RCP_OK);
	/* again: nothing new */
	CHECK_INT(rcp_ftm_import(db, path, &rep, &err), RCP_OK);
	CHECK_INT(rep.sources_existing, 1);
	CHECK_INT(rep.claims_unchanged, 2);
	CHECK_INT(rep.claims_added, 0);
	CHECK_INT(count(db, "claim"), 2);
	/* another claim under a taken id gets a new one */
	write_file(OTHER_CLAIM);
	CHECK_INT(rcp_ftm_import(db, path, &rep, &err), RCP_OK);
	CHECK_INT(rep.claims_added, 1);
	CHECK_INT(rep.claims_renumbered, 1);
	CHECK_INT(count(db, "claim"), 3);
	rcp_db_close(db);

	/* the two halves of a claim in either order; the source last */
	write_file(DOC_FIRST | SOURCE_LAST);
	db = fresh();
	CHECK_INT(rcp_ftm_import(db, path, &rep, &err), RCP_OK);
	CHECK_INT(rep.claims_added, 2);
	CHECK_INT(count(db, "claim"), 2);
	rcp_db_close(db);

	/* without the text: the claims are counted, never stored */
	write_file(NO_TEXT);
	db = fresh();
	CHECK_INT(rcp_ftm_import(db, path, &rep, &err), RCP_OK);
	CHECK_INT(rep.sources_no_text, 1);
	CHECK_INT(rep.claims_no_text, 2);
	CHECK_INT(count(db, "claim"), 0);
	CHECK_INT(count(db, "source"), 0);
	CHECK_INT(count(db, "entity"), 2);
	rcp_db_close(db);

	/* a text that is not its contentHash: nothing at all, the line named */
	write_file(TAMPER_TEXT);
	db = fresh();
	CHECK_INT(rcp_ftm_import(db, path, &rep, &err), RCP_EPARSE);
	CHECK_INT(err.offset, 4);
	CHECK(strstr(err.why, "properties.bodyText") != NULL);
	CHECK_INT(count(db, "entity"), 0);
	CHECK_INT(count(db, "source"), 0);
	rcp_db_close(db);

	/* a quote not in its text: refused by the Documentation's line */
	write_file(TAMPER_QUOTE);
	db = fresh();
	CHECK_INT(rcp_ftm_import(db, path, &rep, &err), RCP_EPARSE);
	CHECK_INT(err.offset, 7);
	CHECK(strstr(err.why, "the quote is not in its source's text") != NULL);
	CHECK_INT(count(db, "entity"), 0);
	CHECK_INT(count(db, "claim"), 0);
	rcp_db_close(db);

	unlink(path);
	TEST_END();
}
