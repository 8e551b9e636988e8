/*
 * investors.c — what investors did about a company: the accepted claims in
 * which another organization invested in it, divested from it or excluded
 * it, each with its quote and source.
 *
 * The extractor stores a holding as "INVESTOR invested|divested INVESTEE"
 * (the holder is the claim's company, the company held its counterparty:
 * "AXA divested from Elbit Systems" is axa divested elbit-systems), so the
 * company these actions concern is the claim's counterparty. A holder the
 * registry does not know gives no stored claim (company is NOT NULL); an
 * editor who links one makes it show here. "restricted" with a company as
 * its counterparty is one organization shutting another out: an exclusion.
 * Restrictions of public bodies (a supplier cutting off an army) never
 * reach here, since those counterparties are not companies held.
 *
 * One query per company, on the partial index claim_investee (migration
 * 11), so that a screening report can ask it for every flagged company.
 */
#include <string.h>

#include "internal.h"

static const char q_actions[] =
	"SELECT c.id, c.company, e.name, c.relation, c.year, c.amount, c.currency, c.date,"
	" c.evidence, c.source, s.sha256, s.title, s.url"
	" FROM claim c JOIN source s ON s.id = c.source LEFT JOIN entity e ON e.id = c.company"
	" WHERE c.counterparty = ?1 AND c.status = 'accepted'"
	"  AND c.relation IN ('invested', 'divested', 'restricted')"
	" ORDER BY c.year IS NULL, c.year, c.id";

/* The action as a reader names it: a restriction of a held company is
 * its exclusion. */
static const char *action_name(const char *relation)
{
	return !strcmp(relation, "restricted") ? "excluded" : relation;
}

rcp_status rcp_investor_actions(rcp_db *db, const char *id,
                                int (*fn)(const rcp_investor_action *a, void *ctx), void *ctx,
                                rcp_error *err)
{
	sqlite3_stmt *st;
	int owned;
	/* reentrant: a report asks this while walking its own statements */
	rcp_status rc = rcp__db_stmt_reentrant(db, q_actions, &st, &owned, err);
	if (rc != RCP_OK)
		return rc;
	rcp__bind_text(st, 1, id);
	int r;
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		rcp_investor_action a = {
			.claim = sqlite3_column_int64(st, 0),
			.investor = rcp__col_text(st, 1),
			.investor_name = rcp__col_text(st, 2),
			.action = action_name(rcp__col_text(st, 3)),
			.year = sqlite3_column_int(st, 4),
			.has_amount = sqlite3_column_type(st, 5) != SQLITE_NULL,
			.amount = sqlite3_column_int64(st, 5),
			.currency = rcp__col_text(st, 6),
			.date = rcp__col_text(st, 7),
			.quote = rcp__col_text(st, 8),
			.source = sqlite3_column_int64(st, 9),
			.source_sha256 = rcp__col_text(st, 10),
			.source_title = rcp__col_text(st, 11),
			.source_url = rcp__col_text(st, 12),
		};
		if (fn(&a, ctx))
			break;
	}
	if (r != SQLITE_ROW && r != SQLITE_DONE)
		rc = rcp__error_db(err, db->sql, "cannot list investor actions");
	rcp__db_stmt_done(st, owned);
	return rc;
}

static int action_json(const rcp_investor_action *a, void *ctx)
{
	json_t *o = json_object();
	json_object_set_new(o, "claim", json_integer(a->claim));
	json_object_set_new(o, "investor", rcp_json_nullable(a->investor));
	json_object_set_new(o, "investor_name", rcp_json_nullable(a->investor_name));
	json_object_set_new(o, "action", json_string(a->action));
	json_object_set_new(o, "year", a->year ? json_integer(a->year) : json_null());
	json_object_set_new(o, "date", rcp_json_nullable(a->date));
	json_object_set_new(o, "amount",
	                    a->has_amount ? rcp_amount_json(a->amount, a->currency) : json_null());
	json_object_set_new(o, "currency", a->has_amount ? rcp_json_nullable(a->currency) : json_null());
	json_object_set_new(o, "quote", rcp_json_nullable(a->quote));
	json_object_set_new(o, "source", json_integer(a->source));
	json_object_set_new(o, "source_sha256", rcp_json_nullable(a->source_sha256));
	json_object_set_new(o, "source_title", rcp_json_nullable(a->source_title));
	json_object_set_new(o, "source_url", rcp_json_nullable(a->source_url));
	json_array_append_new(ctx, o);
	return 0;
}

json_t *rcp_investor_actions_json(rcp_db *db, const char *id, rcp_error *err)
{
	json_t *list = json_array();
	if (rcp_investor_actions(db, id, action_json, list, err) != RCP_OK) {
		json_decref(list);
		return NULL;
	}
	return list;
}
