/*
 * record.c — candidate claims found when a source is added, stored with
 * their receipts (lib/store/claim.c checks each span again).
 */
#include <string.h>

#include "extract_internal.h"

static void extractor_free(void *x)
{
	rcp_extractor_free(x);
}

rcp_status rcp__claims_record(rcp_db *db, int64_t source, const char *text, size_t len,
                              const char *lang, int doc_year, int64_t *n, rcp_error *err)
{
	const rcp_matcher *m = rcp__db_matcher(db, err);
	if (!m)
		return err ? err->code : RCP_EDB;
	rcp_extractor *x = rcp__db_slot(db, RCP__SLOT_EXTRACTOR);
	if (!x) {
		x = rcp_extractor_new(m, err);
		rcp__db_slot_put(db, RCP__SLOT_EXTRACTOR, x, extractor_free);
	}
	rcp_extract_opts o = {lang, doc_year};
	json_t *j = rcp__extract(x, text, len, &o, 1);
	rcp_status rc = RCP_OK;
	int64_t count = 0;
	size_t i;
	json_t *c;
	json_array_foreach(json_object_get(j, "claims"), i, c) {
		rcp_claim cl;
		memset(&cl, 0, sizeof cl);
		cl.company = json_string_value(json_object_get(c, "company"));
		cl.relation = json_string_value(json_object_get(c, "relation"));
		cl.counterparty = json_string_value(json_object_get(c, "counterparty"));
		/* a counterparty the registry does not know is stored by the
		 * source's own words, for an editor to link to an entity */
		cl.counterparty_name = json_string_value(json_object_get(c, "counterparty_name"));
		if (!cl.counterparty && !cl.counterparty_name)
			continue;
		cl.category = json_string_value(json_object_get(c, "category"));
		/* the exact minor units the extractor read, as the store keeps
		 * them: never through a JSON double */
		json_t *amount = json_object_get(c, "amount_minor");
		if (json_is_integer(amount)) {
			cl.has_amount = 1;
			cl.amount = json_integer_value(amount);
			cl.currency = json_string_value(json_object_get(c, "currency"));
		}
		cl.year = (int)json_integer_value(json_object_get(c, "year"));
		cl.source = source;
		cl.start = json_integer_value(json_object_get(c, "start"));
		cl.end = json_integer_value(json_object_get(c, "end"));
		cl.evidence = json_string_value(json_object_get(c, "evidence"));
		cl.confidence = json_real_value(json_object_get(c, "confidence"));
		if ((rc = rcp__claim_insert(db, &cl, NULL, err)) != RCP_OK)
			break;
		count++;
	}
	json_decref(j);
	if (n)
		*n = count;
	return rc;
}
