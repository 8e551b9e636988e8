/*
 * link.c — a claim's unlinked company added to the registry.
 *
 * An extracted claim may name a company the registry does not hold: it is
 * stored with the source's words (lib/store/claim.c). An editor links it to
 * an entity that exists (rcp_claim_edit_apply), or adds it here: a new
 * company named by those words, made as `entity add` makes one (an import
 * of one line: validated, audited, the sources re-scanned for it), then
 * the claim linked to it. Two transactions, each audited: a failure
 * between them leaves the company added and the claim unlinked, which the
 * editor sees and links. Words the registry already has (an alias the
 * extractor passed over as ambiguous) are refused: they are linked instead.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* A free id for a company named words: the slug FtM ids get (folded,
 * hyphens; a hash for another script), then -2, -3, ... while taken. */
static int company_id(rcp_db *db, const char *words, char out[129])
{
	char base[129];
	if (!rcp__ftm_id_slug(words, base))
		return 0;
	snprintf(out, 129, "%s", base);
	for (int k = 2; k < 1000 && rcp__entity_exists(db, out); k++)
		snprintf(out, 129, "%.120s-%d", base, k);
	return !rcp__entity_exists(db, out);
}

/* Words that already name an entity (its id, name or an alias the
 * extractor did not take: an ambiguous one, say) are linked, not added
 * again under a second id. */
static rcp_status not_in_registry(rcp_db *db, const char *words, rcp_error *err)
{
	char found[129];
	rcp_error ferr;
	rcp_error_clear(&ferr);
	rcp_status st = rcp_entity_find(db, words, found, &ferr);
	if (st == RCP_OK)
		return rcp__error_set(err, RCP_EINVAL, "already in the registry", words,
		                      "it is entity %s: link it (claims edit ID --company %s)", found,
		                      found);
	if (st == RCP_EAMBIGUOUS)
		return rcp__error_set(err, RCP_EINVAL, "already in the registry", words,
		                      "several entities have that name: link one of them"
		                      " (claims edit ID --company ID)");
	if (st != RCP_ENOTFOUND) {
		if (err)
			*err = ferr;
		return st;
	}
	return RCP_OK;
}

rcp_status rcp_claim_add_company(rcp_db *db, int64_t id, char out[129], rcp_error *err)
{
	char ref[32];
	snprintf(ref, sizeof ref, "%lld", (long long)id);
	json_t *c = rcp__claim_json_by_id(db, id);
	if (!c)
		return rcp__error_set(err, RCP_ENOTFOUND, "no such claim", ref, NULL);
	const char *words = json_string_value(json_object_get(c, "company_text"));
	const char *linked = json_string_value(json_object_get(c, "company"));
	char eid[129];
	rcp_status rc = RCP_OK;
	if (linked || !words)
		rc = rcp__error_set(err, RCP_EINVAL, "company already linked", ref,
		                    "claim %lld's company is %s", (long long)id,
		                    linked ? linked : "an entity");
	else if (!company_id(db, words, eid))
		rc = rcp__error_set(err, RCP_EINVAL, "no id for the company", words,
		                    "add it with 'entity add ID --name ...' and link it");
	if (rc == RCP_OK)
		rc = not_in_registry(db, words, err);
	if (rc != RCP_OK) {
		json_decref(c);
		return rc;
	}
	json_t *e = json_pack("{s:s, s:s, s:s}", "id", eid, "kind", "company", "name", words);
	char *line = json_dumps(e, JSON_COMPACT);
	json_decref(e);
	json_decref(c); /* words is c's: not used past here */
	if (!line)
		return rcp__error_set(err, RCP_EDB, "cannot add the company", eid, "out of memory");
	char name[48];
	snprintf(name, sizeof name, "claim-%lld", (long long)id);
	rcp_import_report rep;
	rc = rcp_registry_import_text(db, line, strlen(line), name, &rep, err);
	free(line);
	if (rc != RCP_OK)
		return rc;
	rcp_claim_edit ed = {.company = eid};
	if ((rc = rcp_claim_edit_apply(db, id, &ed, err)) != RCP_OK)
		return rc;
	if (out)
		snprintf(out, 129, "%s", eid);
	return RCP_OK;
}
