/*
 * profile.c — a company profile as data: the entity, its parent and
 * subsidiaries, its claims grouped by category, a timeline by year and the
 * company's responses. One JSON shape for the web API, the web pages and
 * the CLI, so what a page shows is what an export holds.
 *
 * Also here: the company list with claim counts, and the spans to mark in
 * a source's text (mentions and claim quotes).
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"

json_t *rcp_claim_to_json(const rcp_claim *c)
{
	json_t *o = json_object();
	json_object_set_new(o, "id", json_integer(c->id));
	json_object_set_new(o, "status", rcp_json_nullable(c->status));
	json_object_set_new(o, "company", rcp_json_nullable(c->company));
	json_object_set_new(o, "company_name", rcp_json_nullable(c->company_name));
	json_object_set_new(o, "relation", rcp_json_nullable(c->relation));
	json_object_set_new(o, "counterparty", rcp_json_nullable(c->counterparty));
	json_object_set_new(o, "counterparty_name", rcp_json_nullable(c->counterparty_name));
	json_object_set_new(o, "category", rcp_json_nullable(c->category));
	if (c->has_amount) {
		/* whole units as a JSON number, as the extract contract has it,
		 * and the exact minor units beside */
		json_object_set_new(o, "amount", rcp_amount_json(c->amount, c->currency));
		json_object_set_new(o, "amount_minor", json_integer(c->amount));
		json_object_set_new(o, "currency", rcp_json_nullable(c->currency));
	} else {
		json_object_set_new(o, "amount", json_null());
		json_object_set_new(o, "amount_minor", json_null());
		json_object_set_new(o, "currency", json_null());
	}
	json_object_set_new(o, "year", c->year ? json_integer(c->year) : json_null());
	json_object_set_new(o, "date", rcp_json_nullable(c->date));
	json_object_set_new(o, "source", json_integer(c->source));
	json_object_set_new(o, "source_sha256", rcp_json_nullable(c->source_sha256));
	json_object_set_new(o, "source_title", rcp_json_nullable(c->source_title));
	json_object_set_new(o, "start", json_integer(c->start));
	json_object_set_new(o, "end", json_integer(c->end));
	json_object_set_new(o, "evidence", rcp_json_nullable(c->evidence));
	json_object_set_new(o, "confidence", json_real(c->confidence));
	json_object_set_new(o, "reviewer", rcp_json_nullable(c->reviewer));
	json_object_set_new(o, "updated_at", rcp_json_nullable(c->updated_at));
	return o;
}


/* Per-year totals, kept in minor units until the end. */
typedef struct year_row {
	int year;
	int64_t claims;
	struct {
		char cur[4];
		int64_t minor;
	} amounts[8];
	int namounts;
} year_row;

typedef struct profile_walk {
	json_t *claims; /* category -> [claim] */
	year_row years[256];
	int nyears;
	int flags;
} profile_walk;

static void add_to_year(profile_walk *w, const rcp_claim *c)
{
	if (!c->year)
		return;
	year_row *y = NULL;
	for (int i = 0; i < w->nyears; i++)
		if (w->years[i].year == c->year)
			y = &w->years[i];
	if (!y) {
		if (w->nyears == (int)(sizeof w->years / sizeof w->years[0]))
			return;
		y = &w->years[w->nyears++];
		memset(y, 0, sizeof *y);
		y->year = c->year;
	}
	y->claims++;
	if (!c->has_amount || !c->currency)
		return;
	for (int i = 0; i < y->namounts; i++)
		if (!strcmp(y->amounts[i].cur, c->currency)) {
			if (y->amounts[i].minor <= INT64_MAX - c->amount)
				y->amounts[i].minor += c->amount;
			return;
		}
	if (y->namounts < 8) {
		snprintf(y->amounts[y->namounts].cur, 4, "%s", c->currency);
		y->amounts[y->namounts++].minor = c->amount;
	}
}

static int profile_claim(const rcp_claim *c, void *ctx)
{
	profile_walk *w = ctx;
	int accepted = !strcmp(c->status, "accepted");
	if (!accepted && !((w->flags & RCP_PROFILE_CANDIDATES) && !strcmp(c->status, "candidate")))
		return 0;
	const char *cat = c->category ? c->category : "uncategorized";
	json_t *list = json_object_get(w->claims, cat);
	if (!list) {
		list = json_array();
		json_object_set_new(w->claims, cat, list);
	}
	json_array_append_new(list, rcp_claim_to_json(c));
	if (accepted)
		add_to_year(w, c);
	return 0;
}

static int year_cmp(const void *a, const void *b)
{
	return ((const year_row *)a)->year - ((const year_row *)b)->year;
}

static json_t *whole_units(int64_t minor, const char *cur)
{
	return rcp_amount_json(minor, cur);
}

static rcp_status add_relatives(rcp_db *db, const char *id, json_t *entity, json_t *prof,
                                rcp_error *err)
{
	sqlite3_stmt *st;
	rcp_status rc;
	const char *parent = json_string_value(json_object_get(entity, "parent"));
	json_t *p = json_null();
	if (parent) {
		if ((rc = rcp__db_stmt(db, "SELECT id, name FROM entity WHERE id = ?1", &st, err)) != RCP_OK)
			return rc;
		rcp__bind_text(st, 1, parent);
		if (sqlite3_step(st) == SQLITE_ROW)
			p = json_pack("{s:s, s:s}", "id", rcp__col_text(st, 0), "name", rcp__col_text(st, 1));
		sqlite3_reset(st);
	}
	json_object_set_new(prof, "parent", p);
	json_t *subs = json_array();
	json_object_set_new(prof, "subsidiaries", subs);
	if ((rc = rcp__db_stmt(db, "SELECT id, name FROM entity WHERE parent = ?1 AND"
	                           " merged_into IS NULL ORDER BY name", &st, err)) != RCP_OK)
		return rc;
	rcp__bind_text(st, 1, id);
	while (sqlite3_step(st) == SQLITE_ROW)
		json_array_append_new(subs, json_pack("{s:s, s:s}", "id", rcp__col_text(st, 0), "name",
		                                      rcp__col_text(st, 1)));
	sqlite3_reset(st);
	return RCP_OK;
}

static rcp_status add_responses(rcp_db *db, const char *id, json_t *prof, rcp_error *err)
{
	static const char q[] =
		"SELECT r.id, r.claim, r.source, s.sha256, s.title, r.start, r.end, r.evidence,"
		" r.created_at FROM response r JOIN source s ON s.id = r.source"
		" WHERE r.company = ?1 ORDER BY r.id";
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_stmt(db, q, &st, err);
	if (rc != RCP_OK)
		return rc;
	rcp__bind_text(st, 1, id);
	json_t *list = json_array();
	json_object_set_new(prof, "responses", list);
	while (sqlite3_step(st) == SQLITE_ROW) {
		json_t *r = json_object();
		json_object_set_new(r, "id", json_integer(sqlite3_column_int64(st, 0)));
		json_object_set_new(r, "claim", sqlite3_column_type(st, 1) == SQLITE_NULL
		                                        ? json_null()
		                                        : json_integer(sqlite3_column_int64(st, 1)));
		json_object_set_new(r, "source", json_integer(sqlite3_column_int64(st, 2)));
		json_object_set_new(r, "source_sha256", rcp_json_nullable(rcp__col_text(st, 3)));
		json_object_set_new(r, "source_title", rcp_json_nullable(rcp__col_text(st, 4)));
		json_object_set_new(r, "start", json_integer(sqlite3_column_int64(st, 5)));
		json_object_set_new(r, "end", json_integer(sqlite3_column_int64(st, 6)));
		json_object_set_new(r, "evidence", rcp_json_nullable(rcp__col_text(st, 7)));
		json_object_set_new(r, "created_at", rcp_json_nullable(rcp__col_text(st, 8)));
		json_array_append_new(list, r);
	}
	sqlite3_reset(st);
	return RCP_OK;
}

json_t *rcp_profile_json(rcp_db *db, const char *id, int flags, rcp_error *err)
{
	json_t *entity = rcp_entity_json(db, id, err);
	if (!entity)
		return NULL;
	json_t *prof = json_object();
	json_object_set_new(prof, "entity", entity);
	if (add_relatives(db, id, entity, prof, err) != RCP_OK)
		goto fail;

	int64_t counts[3];
	if (rcp_claim_counts(db, id, counts, err) != RCP_OK)
		goto fail;
	json_object_set_new(prof, "counts", json_pack("{s:I, s:I, s:I}", "candidate",
	                                              (json_int_t)counts[0], "accepted",
	                                              (json_int_t)counts[1], "rejected",
	                                              (json_int_t)counts[2]));

	profile_walk *w = rcp__xcalloc(1, sizeof *w);
	w->claims = json_object();
	w->flags = flags;
	rcp_claim_filter f = {.company = id};
	rcp_status rc = rcp_claim_each(db, &f, profile_claim, w, err);
	if (rc != RCP_OK) {
		json_decref(w->claims);
		free(w);
		goto fail;
	}
	/* categories in the house order, then uncategorized */
	json_t *grouped = json_object();
	for (int i = 0; i < RCP_CATEGORY_COUNT; i++) {
		json_t *l = json_object_get(w->claims, rcp_category_at(i));
		if (l)
			json_object_set(grouped, rcp_category_at(i), l);
	}
	json_t *l = json_object_get(w->claims, "uncategorized");
	if (l)
		json_object_set(grouped, "uncategorized", l);
	json_decref(w->claims);
	json_object_set_new(prof, "claims", grouped);

	qsort(w->years, (size_t)w->nyears, sizeof w->years[0], year_cmp);
	json_t *tl = json_array();
	for (int i = 0; i < w->nyears; i++) {
		json_t *am = json_array();
		for (int k = 0; k < w->years[i].namounts; k++)
			json_array_append_new(am, json_pack("{s:s, s:o}", "currency",
			                                    w->years[i].amounts[k].cur, "amount",
			                                    whole_units(w->years[i].amounts[k].minor,
			                                                w->years[i].amounts[k].cur)));
		json_array_append_new(tl, json_pack("{s:i, s:I, s:o}", "year", w->years[i].year,
		                                    "claims", (json_int_t)w->years[i].claims,
		                                    "amounts", am));
	}
	free(w);
	json_object_set_new(prof, "timeline", tl);
	if (add_responses(db, id, prof, err) != RCP_OK)
		goto fail;
	json_t *inv = rcp_investor_actions_json(db, id, err);
	if (!inv)
		goto fail;
	json_object_set_new(prof, "investor_actions", inv);
	return prof;
fail:
	json_decref(prof);
	return NULL;
}

rcp_status rcp_company_each(rcp_db *db, const char *category, int all,
                            int (*fn)(const rcp_company_row *r, void *ctx), void *ctx,
                            rcp_error *err)
{
	static const char q[] =
		"SELECT e.id, e.name, e.kind, e.country, e.tier,"
		" (SELECT group_concat(category, ',') FROM (SELECT category FROM entity_category"
		"   WHERE entity = e.id ORDER BY category)),"
		" (SELECT count(*) FROM claim WHERE company = e.id AND status = 'accepted'),"
		" (SELECT count(*) FROM claim WHERE company = e.id AND status = 'candidate')"
		" FROM entity e WHERE e.merged_into IS NULL AND (?2 OR e.kind = 'company')"
		" AND (?1 IS NULL OR EXISTS (SELECT 1 FROM entity_category c"
		"      WHERE c.entity = e.id AND c.category = ?1))"
		" ORDER BY e.name COLLATE NOCASE, e.id";
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_stmt(db, q, &st, err);
	if (rc != RCP_OK)
		return rc;
	rcp__bind_text(st, 1, category);
	sqlite3_bind_int(st, 2, all ? 1 : 0);
	int r;
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		const char *cats = rcp__col_text(st, 5);
		rcp_company_row row = {
			.id = rcp__col_text(st, 0),
			.name = rcp__col_text(st, 1),
			.kind = rcp__col_text(st, 2),
			.country = rcp__col_text(st, 3),
			.tier = rcp__col_text(st, 4),
			.categories = cats ? cats : "",
			.accepted = sqlite3_column_int64(st, 6),
			.candidates = sqlite3_column_int64(st, 7),
		};
		if (fn(&row, ctx))
			break;
	}
	if (r != SQLITE_ROW && r != SQLITE_DONE)
		rc = rcp__error_db(err, db->sql, "cannot list companies");
	sqlite3_reset(st);
	return rc;
}

rcp_status rcp_source_marks(rcp_db *db, int64_t source, int flags,
                            int (*fn)(const rcp_mark *m, void *ctx), void *ctx,
                            rcp_error *err)
{
	static const char q[] =
		"SELECT 'mention', m.id, m.start, m.end, m.entity, NULL, e.name FROM mention m"
		"  LEFT JOIN entity e ON e.id = m.entity WHERE m.source = ?1"
		" UNION ALL"
		" SELECT 'claim', c.id, c.start, c.end, c.company, c.status,"
		"  coalesce(e.name, c.company_text) FROM claim c"
		"  LEFT JOIN entity e ON e.id = c.company WHERE c.source = ?1"
		"   AND (c.status = 'accepted' OR (?2 AND c.status = 'candidate'))"
		" ORDER BY 3, 4 DESC, 1, 2";
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_stmt(db, q, &st, err);
	if (rc != RCP_OK)
		return rc;
	sqlite3_bind_int64(st, 1, source);
	sqlite3_bind_int(st, 2, (flags & RCP_PROFILE_CANDIDATES) ? 1 : 0);
	int r;
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		rcp_mark m = {
			.kind = rcp__col_text(st, 0),
			.id = sqlite3_column_int64(st, 1),
			.start = sqlite3_column_int64(st, 2),
			.end = sqlite3_column_int64(st, 3),
			.entity = rcp__col_text(st, 4),
			.status = rcp__col_text(st, 5),
			.name = rcp__col_text(st, 6),
		};
		if (fn(&m, ctx))
			break;
	}
	if (r != SQLITE_ROW && r != SQLITE_DONE)
		rc = rcp__error_db(err, db->sql, "cannot read marks");
	sqlite3_reset(st);
	return rc;
}
