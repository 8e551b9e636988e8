/* Organizations the registry does not know yet (lib/match/candidates.c). */
#include <unistd.h>

#include "internal.h"
#include "test.h"

static char got[2048];
static int collect(const char *name, int64_t count, const char *example, int64_t source,
                   void *ctx)
{
	(void)example;
	(void)ctx;
	size_t n = strlen(got);
	snprintf(got + n, sizeof got - n, "%s=%lld@%lld;", name, (long long)count, (long long)source);
	return 0;
}

static int first_only(const char *name, int64_t count, const char *example, int64_t source,
                      void *ctx)
{
	(void)name, (void)count, (void)example, (void)source;
	(*(int *)ctx)++;
	return 1;
}

static int64_t add(rcp_db *db, const char *text)
{
	rcp_add_result r;
	rcp_error err;
	rcp_error_clear(&err);
	rcp_source_meta meta = {.no_claims = 1};
	if (rcp_source_add(db, (const uint8_t *)text, strlen(text), &meta, 0, &r, &err) != RCP_OK)
		return -1;
	return r.id;
}

int main(void)
{
	char path[] = "/tmp/rcp-test-candidates-XXXXXX";
	rcp_db *db = test_db_new(path);
	rcp_error err;
	rcp_error_clear(&err);
	test_exec(db, "INSERT INTO entity(id, kind, name, parent, first_seen, last_changed)"
	              " VALUES ('microsoft','company','Microsoft',NULL,'t','t');"
	              "INSERT INTO alias(entity, text, lang, flags) VALUES"
	              " ('microsoft','Microsoft Corp',NULL,0)");
	int64_t s1 = add(db, "Formulytics Inc signed a contract with the Ministry of Public Security. "
	                     "John Smith, a spokesman, said Microsoft Corp was not involved.");
	int64_t s2 = add(db, "After that, Formulytics Inc and Unit 8200 worked on it, said the Israel "
	                     "Ministry of Defense (IMOD).");
	CHECK(s1 > 0 && s2 > s1);

	/* by count, then by name; each with the first source it stands in */
	CHECK_INT(rcp_entity_candidates(db, 1, collect, NULL, &err), RCP_OK);
	CHECK_STR(got, "Formulytics Inc=2@1;Ministry of Defense (IMOD)=1@2;"
	               "Ministry of Public Security=1@1;Unit 8200=1@2;");
	/* a name the registry covers and a person's name are never proposed */
	CHECK(!strstr(got, "Microsoft"));
	CHECK(!strstr(got, "Smith"));

	/* at least min_count times */
	got[0] = '\0';
	CHECK_INT(rcp_entity_candidates(db, 2, collect, NULL, &err), RCP_OK);
	CHECK_STR(got, "Formulytics Inc=2@1;");

	/* fn returning non-zero stops the listing */
	int calls = 0;
	CHECK_INT(rcp_entity_candidates(db, 1, first_only, &calls, &err), RCP_OK);
	CHECK_INT(calls, 1);
	rcp_db_close(db);
	unlink(path);
	TEST_END();
}
