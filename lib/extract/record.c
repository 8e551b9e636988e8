/*
 * record.c — candidate claims found when a source is added, stored with
 * their receipts (lib/store/claim.c checks each span again).
 */
#include <stdlib.h>
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
	rcp__extraction r;
	rcp__extract_run(x, text, len, &o, &r);
	rcp_status rc = RCP_OK;
	int64_t count = 0;
	const xclaim *v = r.claims.v;
	for (size_t i = 0; i < r.claims.n; i++) {
		if (v[i].dropped)
			continue;
		rcp_matcher_entity ce, pe;
		rcp__ent_get(&r.E, v[i].company, &ce);
		rcp__ent_get(&r.E, v[i].counterparty, &pe);
		/* a company side the registry does not know has no entity to
		 * point at: the claim table needs one (company NOT NULL), so such
		 * a claim is shown by `extract` only, not stored */
		if (!ce.id)
			continue;
		rcp_claim cl;
		memset(&cl, 0, sizeof cl);
		cl.company = ce.id;
		cl.relation = rcp__relations[v[i].relation];
		cl.counterparty = pe.id;
		/* a counterparty the registry does not know is stored by the
		 * source's own words, for an editor to link to an entity */
		cl.counterparty_name = pe.name;
		if (!cl.counterparty && !cl.counterparty_name)
			continue;
		cl.category = rcp_category_name(v[i].category);
		/* the exact minor units the extractor read, as the store keeps
		 * them: never through a JSON double */
		if (v[i].money) {
			cl.has_amount = 1;
			cl.amount = v[i].money->minor;
			cl.currency = v[i].money->currency;
		}
		cl.year = v[i].year;
		cl.source = source;
		cl.start = (int64_t)v[i].start;
		cl.end = (int64_t)v[i].end;
		/* the evidence is the text's own bytes: the store checks the span */
		char *evidence = rcp__xmalloc(v[i].end - v[i].start + 1);
		memcpy(evidence, text + v[i].start, v[i].end - v[i].start);
		evidence[v[i].end - v[i].start] = '\0';
		cl.evidence = evidence;
		cl.confidence = (double)(int)(v[i].confidence * 100 + 0.5) / 100;
		rc = rcp__claim_insert(db, &cl, NULL, err);
		free(evidence);
		if (rc != RCP_OK)
			break;
		count++;
	}
	rcp__extraction_release(&r);
	if (n)
		*n = count;
	return rc;
}
