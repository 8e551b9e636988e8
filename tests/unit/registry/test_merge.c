/* Two registry entries that are one organization (lib/registry/merge.c). */
#include <unistd.h>

#include "internal.h"
#include "test.h"

int main(void)
{
	char path[] = "/tmp/rcp-test-merge-XXXXXX";
	rcp_db *db = test_db_new(path);
	rcp_error err;
	rcp_error_clear(&err);
	test_exec(db, "INSERT INTO entity(id, kind, name, parent, first_seen, last_changed)"
	              " VALUES ('acme','company','Acme Corp',NULL,'t','t'),"
	              " ('acme-inc','company','Acme Incorporated',NULL,'t','t'),"
	              " ('acme-sub','company','Acme Sub','acme-inc','t','t'),"
	              " ('other','company','Other Ltd',NULL,'t','t');"
	              "INSERT INTO alias(entity, text, lang, flags) VALUES"
	              " ('acme-inc','ACME Inc',NULL,0);"
	              "INSERT INTO identifier(entity, scheme, value) VALUES"
	              " ('acme-inc','lei','5493001KJTIIGC8Y1R12');"
	              "INSERT INTO entity_category VALUES ('acme-inc','military')");
	int64_t audit0 = test_scalar(db, "SELECT count(*) FROM audit");

	/* refused: into itself, an unknown id */
	CHECK_INT(rcp_entity_merge(db, "acme", "acme", &err), RCP_EINVAL);
	CHECK_INT(rcp_entity_merge(db, "nobody", "acme", &err), RCP_ENOTFOUND);
	CHECK_STR(err.subject, "nobody");
	CHECK_INT(rcp_entity_merge(db, "acme", "nobody", &err), RCP_ENOTFOUND);
	CHECK_STR(err.subject, "nobody");
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM audit"), audit0);

	/* acme-inc into acme: its name an alias, its identifiers, categories
	 * and children move; the merged id still resolves */
	CHECK_INT(rcp_entity_merge(db, "acme-inc", "acme", &err), RCP_OK);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM alias WHERE entity = 'acme' AND text IN"
	                    " ('ACME Inc', 'Acme Incorporated')"), 2);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM identifier WHERE entity = 'acme'"), 1);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM identifier WHERE entity = 'acme-inc'"), 0);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM entity_category WHERE entity = 'acme'"
	                    " AND category = 'military'"), 1);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM entity WHERE id = 'acme-sub' AND parent = 'acme'"),
	          1);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM entity WHERE id = 'acme-inc'"
	                    " AND merged_into = 'acme'"), 1);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM audit WHERE action = 'entity.merge'"
	                    " AND object = 'entity/acme-inc'"), 1);
	char out[129];
	CHECK_INT(rcp_entity_resolve(db, "acme-inc", out, &err), RCP_OK);
	CHECK_STR(out, "acme");
	CHECK_INT(rcp_entity_resolve(db, "acme", out, &err), RCP_OK);
	CHECK_STR(out, "acme");
	CHECK_INT(rcp_entity_resolve(db, "nobody", out, &err), RCP_ENOTFOUND);

	/* a merged id cannot be merged again, nor be merged into */
	CHECK_INT(rcp_entity_merge(db, "acme-inc", "other", &err), RCP_EINVAL);
	CHECK_STR(err.why, "already merged into 'acme'");
	CHECK_INT(rcp_entity_merge(db, "other", "acme-inc", &err), RCP_EINVAL);

	/* chains resolve to the end */
	CHECK_INT(rcp_entity_merge(db, "acme", "other", &err), RCP_OK);
	CHECK_INT(rcp_entity_resolve(db, "acme-inc", out, &err), RCP_OK);
	CHECK_STR(out, "other");

	rcp_db_close(db);
	unlink(path);
	TEST_END();
}
