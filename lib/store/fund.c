/*
 * fund.c — the fund universe as stored: grading a fund from its latest
 * filing's stored holdings, regrading the funds that hold a changed
 * company inside the transaction that changed it, and listing funds.
 *
 * A filing's holdings are stored with their registry match (made once, at
 * `funds add`, by lib/screen/funds.c) and their share of the fund's long
 * assets, so a grade is a query over the stored rows and the registry as
 * it is now: a company is flagged when it has categories, or has none and
 * its parent has (the roll-up of lib/screen/match.c), and its accepted
 * claims (its parent's when it rolls up and has none) are counted. The
 * grade letter is rcp_screen_grade()'s scale, defined here so that the
 * store, below the screen, can grade inside any writer's transaction.
 *
 * Who changes a company does not need to know about funds: the triggers
 * of migration 8 note every entity whose categories, lists, parent,
 * merge or accepted claims change in fund_stale, and rcp__db_commit()
 * calls rcp__fund_regrade_stale() before it commits (wired on each handle
 * at open, ingest/open.c: db.c does not know funds).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

/* The absolute scale (lib/screen/report.c documents it; docs/formats.md). */
char rcp_screen_grade(double pct)
{
	if (!(pct > 0.0))
		return 'A';
	if (pct <= 1.0)
		return 'B';
	if (pct <= 3.0)
		return 'C';
	if (pct <= 5.0)
		return 'D';
	return 'F';
}

/* ------------------------------------------------------------------ */
/* Grading                                                             */
/* ------------------------------------------------------------------ */

/* What grading needs of a held company, read once per grading run (one
 * transaction: the registry cannot change under it): the categories it is
 * flagged for (its own, else its parent's: the roll-up of
 * lib/screen/match.c) and its accepted claims (its parent's when it rolls
 * up and has none). A regrade after a change to a company held by every
 * fund reads each held company once, not once per fund. */
typedef struct ent_info {
	char *id;
	unsigned cats;
	int64_t claims;
	int64_t seen;      /* the last filing that counted it */
} ent_info;

typedef struct ent_cache {
	ent_info *slot;
	size_t n, cap;     /* cap a power of two */
	int complete;      /* every flagged company is in: one not found is not flagged */
	int64_t version;   /* PRAGMA data_version it was filled at (a kept cache) */
} ent_cache;

static const char q_entity[] =
	"SELECT e.parent,"
	" (SELECT group_concat(category) FROM entity_category WHERE entity = e.id),"
	" (SELECT group_concat(category) FROM entity_category WHERE entity = e.parent),"
	" (SELECT count(*) FROM claim WHERE company = e.id AND status = 'accepted'),"
	" (SELECT count(*) FROM claim WHERE company = e.parent AND status = 'accepted')"
	" FROM entity e WHERE e.id = ?";
static const char q_held[] =
	"SELECT entity, share FROM fund_holding WHERE filing = ?1 AND entity IS NOT NULL";


static void cache_release(ent_cache *c)
{
	for (size_t i = 0; i < c->cap; i++)
		free(c->slot[i].id);
	free(c->slot);
}

static ent_info *cache_slot(ent_cache *c, const char *id)
{
	if (2 * (c->n + 1) > c->cap) { /* grow at half full */
		ent_cache g = {rcp__xcalloc(c->cap ? c->cap * 2 : 1024, sizeof *g.slot), 0,
		               c->cap ? c->cap * 2 : 1024, c->complete, c->version};
		for (size_t i = 0; i < c->cap; i++) {
			if (!c->slot[i].id)
				continue;
			size_t j = rcp__fnv1a_str(c->slot[i].id) & (g.cap - 1);
			while (g.slot[j].id)
				j = (j + 1) & (g.cap - 1);
			g.slot[j] = c->slot[i];
			g.n++;
		}
		free(c->slot);
		*c = g;
	}
	size_t j = rcp__fnv1a_str(id) & (c->cap - 1);
	while (c->slot[j].id && strcmp(c->slot[j].id, id))
		j = (j + 1) & (c->cap - 1);
	return &c->slot[j];
}

static const ent_info unflagged = {NULL, 0, 0, 0};

/* The company's entry, read from the store the first time. */
static rcp_status entity_info(rcp_db *db, ent_cache *c, const char *id, ent_info **out,
                              rcp_error *err)
{
	ent_info *e = cache_slot(c, id);
	if (e->id) {
		*out = e;
		return RCP_OK;
	}
	if (c->complete) {
		*out = (ent_info *)&unflagged;
		return RCP_OK;
	}
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_stmt(db, q_entity, &st, err);
	if (rc != RCP_OK)
		return rc;
	rcp__bind_text(st, 1, id);
	unsigned cats = 0;
	int64_t claims = 0;
	int r = sqlite3_step(st);
	if (r == SQLITE_ROW) {
		unsigned own = rcp_category_parse_list(rcp__col_text(st, 1));
		cats = own ? own : rcp_category_parse_list(rcp__col_text(st, 2));
		claims = sqlite3_column_int64(st, 3);
		if (!claims && !own && sqlite3_column_type(st, 0) != SQLITE_NULL)
			claims = sqlite3_column_int64(st, 4); /* flagged through its parent */
	}
	sqlite3_reset(st);
	if (r != SQLITE_ROW && r != SQLITE_DONE)
		return rcp__error_db(err, db->sql, "cannot read a held company");
	e->id = rcp__xstrdup(id);
	e->cats = cats;
	e->claims = claims;
	e->seen = 0;
	c->n++;
	*out = e;
	return RCP_OK;
}

/* Every company that is flagged, with its own categories or its parent's:
 * a regrade of many funds then reads the registry once (a tenth of a
 * large registry is flagged) instead of once per held company. */
static rcp_status cache_preload(rcp_db *db, ent_cache *c, rcp_error *err)
{
	static const char q[] =
		"SELECT entity, NULL FROM entity_category GROUP BY entity"
		" UNION ALL SELECT e.id, e.parent FROM entity e"
		"  WHERE e.parent IN (SELECT entity FROM entity_category)"
		"  AND NOT EXISTS (SELECT 1 FROM entity_category WHERE entity = e.id)";
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_prepare(db, q, &st, err);
	if (rc != RCP_OK)
		return rc;
	int r;
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		ent_info *e;
		if ((rc = entity_info(db, c, rcp__col_text(st, 0), &e, err)) != RCP_OK)
			break;
	}
	if (rc == RCP_OK && r != SQLITE_DONE)
		rc = rcp__error_db(err, db->sql, "cannot read the flagged companies");
	sqlite3_finalize(st);
	if (rc == RCP_OK)
		c->complete = 1;
	return rc;
}

static rcp_status grade_filing(rcp_db *db, ent_cache *c, int64_t filing, rcp_fund_grade *g,
                               rcp_error *err)
{
	sqlite3_stmt *st;
	int owned;
	rcp_status rc = rcp__db_stmt_reentrant(db, q_held, &st, &owned, err);
	if (rc != RCP_OK)
		return rc;
	memset(g, 0, sizeof *g);
	sqlite3_bind_int64(st, 1, filing);
	int r;
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		ent_info *e = NULL;
		if ((rc = entity_info(db, c, rcp__col_text(st, 0), &e, err)) != RCP_OK)
			break;
		if (!e->cats)
			continue;
		double share = sqlite3_column_double(st, 1);
		if (e->seen != filing) { /* a company held twice is one flagged company */
			e->seen = filing;
			g->flagged++;
			g->claims += e->claims;
		}
		g->exposure += share;
		for (int i = 0; i < RCP_CATEGORY_COUNT; i++)
			if (e->cats & (1u << i))
				g->by_category[i] += share;
	}
	if (rc == RCP_OK && r != SQLITE_DONE)
		rc = rcp__error_db(err, db->sql, "cannot grade the fund");
	rcp__db_stmt_done(st, owned);
	if (rc != RCP_OK)
		return rc;
	g->exposure = rcp__round3(g->exposure);
	for (int i = 0; i < RCP_CATEGORY_COUNT; i++)
		g->by_category[i] = rcp__round3(g->by_category[i]);
	g->grade = rcp_screen_grade(g->exposure);
	return RCP_OK;
}

rcp_status rcp__fund_grade_filing(rcp_db *db, int64_t filing, rcp_fund_grade *g, rcp_error *err)
{
	ent_cache c = {0};
	rcp_status rc = grade_filing(db, &c, filing, g, err);
	cache_release(&c);
	return rc;
}

char *rcp__fund_by_category_json(const double by_category[RCP_CATEGORY_COUNT])
{
	json_t *o = json_object();
	for (int i = 0; i < RCP_CATEGORY_COUNT; i++)
		json_object_set_new(o, rcp_category_at(i), json_real(by_category[i]));
	char *s = json_dumps(o, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(o);
	return s;
}

static rcp_status grade_fund(rcp_db *db, ent_cache *cache, int64_t fund, int64_t filing,
                             const char *cause, rcp_fund_grade *out, rcp_error *err)
{
	static const char q_fund[] = "SELECT latest, grade, exposure FROM fund WHERE id = ?";
	static const char q_seq[] = "SELECT max(seq) FROM audit";
	static const char q_hist[] =
		"INSERT INTO fund_grade(fund, filing, graded_at, seq, grade, exposure, by_category,"
		" flagged, claims, prev_grade, prev_exposure, cause) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";
	static const char q_set[] =
		"UPDATE fund SET grade = ?2, exposure = ?3, by_category = ?4, flagged = ?5, claims = ?6,"
		" graded_at = ?7, graded_seq = ?8 WHERE id = ?1";
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_stmt(db, q_fund, &st, err);
	if (rc != RCP_OK)
		return rc;
	sqlite3_bind_int64(st, 1, fund);
	if (sqlite3_step(st) != SQLITE_ROW || sqlite3_column_type(st, 0) == SQLITE_NULL) {
		sqlite3_reset(st);
		memset(out, 0, sizeof *out);
		return RCP_OK; /* no filing yet: nothing to grade */
	}
	int64_t latest = sqlite3_column_int64(st, 0);
	if (!filing)
		filing = latest;
	char prev_grade[4] = "";
	if (rcp__col_text(st, 1))
		snprintf(prev_grade, sizeof prev_grade, "%s", rcp__col_text(st, 1));
	int has_prev = sqlite3_column_type(st, 2) != SQLITE_NULL;
	double prev_exposure = sqlite3_column_double(st, 2);
	sqlite3_reset(st);

	rcp_fund_grade g;
	if ((rc = grade_filing(db, cache, filing, &g, err)) != RCP_OK)
		return rc;
	if (out)
		*out = g;
	int64_t seq = 0;
	if ((rc = rcp__db_stmt(db, q_seq, &st, err)) != RCP_OK)
		return rc;
	if (sqlite3_step(st) == SQLITE_ROW)
		seq = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);

	char now[21], grade[2] = {g.grade, '\0'};
	rcp_now_iso(now);
	char *bc = rcp__fund_by_category_json(g.by_category);
	if ((rc = rcp__db_stmt(db, q_hist, &st, err)) == RCP_OK) {
		sqlite3_bind_int64(st, 1, fund);
		sqlite3_bind_int64(st, 2, filing);
		rcp__bind_text(st, 3, now);
		sqlite3_bind_int64(st, 4, seq);
		rcp__bind_text(st, 5, grade);
		sqlite3_bind_double(st, 6, g.exposure);
		rcp__bind_text(st, 7, bc);
		sqlite3_bind_int64(st, 8, g.flagged);
		sqlite3_bind_int64(st, 9, g.claims);
		rcp__bind_text(st, 10, prev_grade[0] ? prev_grade : NULL);
		if (has_prev)
			sqlite3_bind_double(st, 11, prev_exposure);
		rcp__bind_text(st, 12, cause);
		rc = rcp__db_step_done(db, st, "cannot record the grade", err);
	}
	/* an older filing added late goes into the history only */
	if (rc == RCP_OK && filing == latest && (rc = rcp__db_stmt(db, q_set, &st, err)) == RCP_OK) {
		sqlite3_bind_int64(st, 1, fund);
		rcp__bind_text(st, 2, grade);
		sqlite3_bind_double(st, 3, g.exposure);
		rcp__bind_text(st, 4, bc);
		sqlite3_bind_int64(st, 5, g.flagged);
		sqlite3_bind_int64(st, 6, g.claims);
		rcp__bind_text(st, 7, now);
		sqlite3_bind_int64(st, 8, seq);
		rc = rcp__db_step_done(db, st, "cannot grade the fund", err);
	}
	free(bc);
	return rc;
}

struct rcp__fund_cache {
	ent_cache c;
};

rcp__fund_cache *rcp__fund_cache_new(void)
{
	return rcp__xcalloc(1, sizeof(rcp__fund_cache));
}

void rcp__fund_cache_free(rcp__fund_cache *k)
{
	if (!k)
		return;
	cache_release(&k->c);
	free(k);
}

/* A kept cache is good while no other connection has committed (SQLite's
 * data_version); our own writes are funds, which it does not hold. */
static rcp_status cache_fresh(rcp_db *db, rcp__fund_cache *k, rcp_error *err)
{
	sqlite3_stmt *st;
	int64_t v = -1;
	if (sqlite3_prepare_v2(db->sql, "PRAGMA data_version", -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW)
			v = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
	}
	if (k->c.complete && v == k->c.version && v >= 0)
		return RCP_OK;
	cache_release(&k->c);
	memset(&k->c, 0, sizeof k->c);
	rcp_status rc = cache_preload(db, &k->c, err);
	k->c.version = v;
	return rc;
}

rcp_status rcp__fund_grade(rcp_db *db, rcp__fund_cache *keep, int64_t fund, int64_t filing,
                           const char *cause, rcp_fund_grade *out, rcp_error *err)
{
	if (keep) {
		rcp_status rc = cache_fresh(db, keep, err);
		return rc == RCP_OK ? grade_fund(db, &keep->c, fund, filing, cause, out, err) : rc;
	}
	ent_cache c = {0};
	rcp_status rc = grade_fund(db, &c, fund, filing, cause, out, err);
	cache_release(&c);
	return rc;
}

/* The funds whose latest filing holds a noted entity, or a company that
 * rolls up to one, with what changed. */
static const char q_stale_any[] = "SELECT 1 FROM fund_stale LIMIT 1";
static const char q_stale_funds[] =
	"WITH t(entity, cause, held) AS ("
	"  SELECT entity, cause, entity FROM fund_stale"
	"  UNION SELECT s.entity, s.cause, e.id FROM fund_stale s JOIN entity e ON e.parent = s.entity)"
	" SELECT DISTINCT f.id, t.cause, t.entity FROM t"
	" JOIN fund_holding h ON h.entity = t.held"
	" JOIN fund f ON f.latest = h.filing"
	" ORDER BY f.id, t.cause, t.entity";

typedef struct stale_fund {
	int64_t id;
	rcp_buf cause;
} stale_fund;

rcp_status rcp__fund_regrade_stale(rcp_db *db, int64_t *regraded, rcp_error *err)
{
	if (regraded)
		*regraded = 0;
	sqlite3_stmt *st;
	/* a database opened as it is (verify) may predate the table; any
	 * other failure (memory, I/O) must not leave grades stale */
	if (sqlite3_prepare_v2(db->sql, q_stale_any, -1, &st, NULL) != SQLITE_OK) {
		if (strstr(sqlite3_errmsg(db->sql), "no such table"))
			return RCP_OK;
		return rcp__error_db(err, db->sql, "cannot look for funds to regrade");
	}
	int any = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	if (!any)
		return RCP_OK;
	rcp_status rc = rcp__db_stmt(db, q_stale_funds, &st, err);
	if (rc != RCP_OK)
		return rc;
	stale_fund *v = NULL;
	size_t n = 0, cap = 0;
	int r;
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0);
		if (!n || v[n - 1].id != id) {
			if (n == cap) {
				cap = cap ? cap * 2 : 16;
				v = rcp__xrealloc(v, cap * sizeof *v);
			}
			v[n].id = id;
			rcp__buf_init(&v[n].cause, 1024);
			n++;
		}
		rcp_buf *b = &v[n - 1].cause;
		/* "claims of acme, categories of beta": what changed, capped */
		if (b->len < 900)
			rcp__buf_printf(b, "%s%s of %s", b->len ? ", " : "",
			                rcp__col_text(st, 1), rcp__col_text(st, 2));
	}
	sqlite3_reset(st);
	if (r != SQLITE_DONE)
		rc = rcp__error_db(err, db->sql, "cannot find the funds to regrade");
	ent_cache cache = {0};
	/* many funds: read the flagged companies once */
	if (rc == RCP_OK && n > 16)
		rc = cache_preload(db, &cache, err);
	for (size_t i = 0; i < n; i++) {
		rcp_fund_grade g;
		if (rc == RCP_OK)
			rc = grade_fund(db, &cache, v[i].id, 0, v[i].cause.data, &g, err);
		rcp__buf_release(&v[i].cause);
	}
	cache_release(&cache);
	free(v);
	if (rc == RCP_OK && sqlite3_exec(db->sql, "DELETE FROM fund_stale", NULL, NULL, NULL) != SQLITE_OK)
		rc = rcp__error_db(err, db->sql, "cannot clear the regrade list");
	if (rc == RCP_OK && regraded)
		*regraded = (int64_t)n;
	return rc;
}
