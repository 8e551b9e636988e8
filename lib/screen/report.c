/*
 * report.c — a screened fund: which holdings are flagged and for what,
 * the share of the fund's assets they are, a grade, the receipt behind
 * every flag and what could not be rated.
 *
 * Weights: the file's weight column when it has one (a column that sums
 * to about 1 is a fraction and is scaled to percent); otherwise market
 * value; otherwise each rated holding weighs the same. Real filings carry
 * negative weights and values (short positions, liabilities), so exposure
 * is long exposure: the flagged holdings' positive weights over all the
 * positive weights, in total and per category (a holding in two
 * categories counts in both). The net exposure is shown beside it: the
 * flagged holdings' signed weights over all the signed weights (the share
 * of net assets). A weight or value that is not a finite number, or a
 * weight over 100% either way, is left out with a warning; so is nothing
 * else: a sum far from 100% and negative weights are warnings too.
 *
 * Grades, in the spirit of As You Sow's fund grades (their scale for
 * weapons and prisons grades a fund's share of assets in flagged
 * companies, A being none at all):
 *
 *   A  0%          B  up to 1%     C  up to 3%
 *   D  up to 5%    F  over 5%
 *
 * Every flagged company carries its accepted claims: how many, and the
 * strongest (highest confidence, then largest amount) with its quote and
 * the sha256 and title of its source. A company flagged only through its
 * parent carries the parent's.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

#define MAX_WARNINGS 200
#define MAX_NOT_RATED 100
#define MAX_HOLDING_NAMES 8

/* rcp_screen_grade(), the scale above, is defined in lib/store/fund.c:
 * stored funds are graded in the store, inside the transaction of the
 * change that regrades them, below this layer. */

static json_t *num3(double v)
{
	if (!isfinite(v)) /* jansson refuses infinities: the key would be lost */
		return json_null();
	return json_real(rcp__round3(v));
}

json_t *rcp_screen_row_json(const rcp_screen_row *r)
{
	const rcp_holding *h = r->holding;
	const rcp_name_match *m = r->match;
	json_t *o = json_object();
	json_object_set_new(o, "row", json_integer(h->row));
	json_object_set_new(o, "name", rcp_json_nullable(h->name));
	json_object_set_new(o, "match", rcp_json_nullable(m->id));
	json_object_set_new(o, "score", num3(m->score));
	json_object_set_new(o, "why", json_string(m->why ? m->why : "none"));
	if (h->ticker)
		json_object_set_new(o, "ticker", json_string(h->ticker));
	if (h->isin)
		json_object_set_new(o, "isin", json_string(h->isin));
	if (h->cusip)
		json_object_set_new(o, "cusip", json_string(h->cusip));
	json_object_set_new(o, "weight", num3(h->weight));
	json_object_set_new(o, "rated", json_boolean(r->rated));
	json_object_set_new(o, "flagged", json_boolean(r->flagged));
	if (m->id) {
		json_object_set_new(o, "match_name", json_string(m->name));
		if (m->matched)
			json_object_set_new(o, "matched", json_string(m->matched));
		json_object_set_new(o, "categories", rcp__categories_json(m->categories));
		if (m->parent)
			json_object_set_new(o, "parent", json_string(m->parent));
	} else if (m->near) {
		json_object_set_new(o, "nearest", json_string(m->near));
	}
	if (h->warning)
		json_object_set_new(o, "warning", json_string(h->warning));
	return o;
}

/* ------------------------------------------------------------------ */
/* Claims                                                              */
/* ------------------------------------------------------------------ */

static const char q_claim_count[] =
	"SELECT count(*) FROM claim WHERE company = ? AND status = 'accepted'";
static const char q_claim_best[] =
	"SELECT c.evidence, s.sha256, s.title, s.url, c.relation, c.counterparty,"
	" c.category, c.year, c.amount, c.currency, c.confidence"
	" FROM claim c JOIN source s ON s.id = c.source"
	" WHERE c.company = ? AND c.status = 'accepted'"
	" ORDER BY coalesce(c.confidence, 0) DESC, coalesce(c.amount, 0) DESC, c.id"
	" LIMIT 1";

/* Why f is flagged into f's "reasons" (reasons.c): its own claims, lists
 * and categories, and its parent's when it rolls up. */
static rcp_status add_reasons(rcp_db *db, json_t *f, rcp_error *err)
{
	unsigned cats = 0;
	size_t k;
	json_t *c;
	json_array_foreach(json_object_get(f, "categories"), k, c)
		cats |= rcp_category_parse(json_string_value(c));
	const char *parent = json_is_true(json_object_get(f, "rolls_up"))
	                         ? json_string_value(json_object_get(f, "parent"))
	                         : NULL;
	json_t *r = rcp__screen_reasons(db, json_string_value(json_object_get(f, "id")), parent,
	                                json_string_value(json_object_get(f, "parent_name")), cats,
	                                err);
	if (!r)
		return err->code != RCP_OK ? err->code : RCP_EDB;
	json_object_set_new(f, "reasons", r);
	return RCP_OK;
}

/* Accepted claims of id into f: "claims" (count) and "evidence". */
rcp_status rcp__screen_claims(rcp_db *db, const char *id, json_t *f, rcp_error *err)
{
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_stmt(db, q_claim_count, &st, err);
	if (rc != RCP_OK)
		return rc;
	rcp__bind_text(st, 1, id);
	int64_t n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	json_object_set_new(f, "claims", json_integer(n));
	if (!n) {
		json_object_set_new(f, "evidence", json_null());
		return RCP_OK;
	}
	if ((rc = rcp__db_stmt(db, q_claim_best, &st, err)) != RCP_OK)
		return rc;
	rcp__bind_text(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		json_t *e = json_object();
		json_object_set_new(e, "company", json_string(id));
		json_object_set_new(e, "quote", rcp_json_nullable(rcp__col_text(st, 0)));
		json_object_set_new(e, "source_sha256", rcp_json_nullable(rcp__col_text(st, 1)));
		json_object_set_new(e, "source_title", rcp_json_nullable(rcp__col_text(st, 2)));
		json_object_set_new(e, "source_url", rcp_json_nullable(rcp__col_text(st, 3)));
		json_object_set_new(e, "relation", rcp_json_nullable(rcp__col_text(st, 4)));
		json_object_set_new(e, "counterparty", rcp_json_nullable(rcp__col_text(st, 5)));
		json_object_set_new(e, "category", rcp_json_nullable(rcp__col_text(st, 6)));
		json_object_set_new(e, "year", sqlite3_column_type(st, 7) == SQLITE_NULL
		                                   ? json_null()
		                                   : json_integer(sqlite3_column_int64(st, 7)));
		json_object_set_new(e, "amount", sqlite3_column_type(st, 8) == SQLITE_NULL
		                                     ? json_null()
		                                     : json_integer(sqlite3_column_int64(st, 8)));
		json_object_set_new(e, "currency", rcp_json_nullable(rcp__col_text(st, 9)));
		json_object_set_new(e, "confidence", sqlite3_column_type(st, 10) == SQLITE_NULL
		                                         ? json_null()
		                                         : num3(sqlite3_column_double(st, 10)));
		json_object_set_new(f, "evidence", e);
	} else {
		json_object_set_new(f, "evidence", json_null());
	}
	sqlite3_reset(st);
	return RCP_OK;
}

/* ------------------------------------------------------------------ */
/* Screening a file                                                    */
/* ------------------------------------------------------------------ */

/* Sums are kept twice: of the positive weights (long exposure) and
 * signed (net). */
typedef struct acc {
	int64_t holdings, rated, with_weight, with_value, neg_w, neg_v;
	double sum_w, max_w, sum_v, pos_w, pos_v;
	double flag_w, flag_v, flag_pos_w, flag_pos_v;
	int64_t flag_n;
	double cat_w[RCP_CATEGORY_COUNT], cat_v[RCP_CATEGORY_COUNT];
	int64_t cat_n[RCP_CATEGORY_COUNT];
	json_t *flagged;   /* id -> entry; NULL: a tally, no report (rcp__screen_tally) */
	json_t *order;     /* ids in first-seen order */
	json_t *warnings;
	int64_t nwarnings;
	json_t *not_rated;
	int64_t nnot_rated;
} acc;

/* Cash, currency, futures and other derivatives: not a company to rate. */
static int not_a_company(const rcp_holding *h)
{
	static const char *const words[] = {
		"cash", "money market", "geldmarkt", "fx", "future", "forward", "swap",
		"derivat", "currency", "devise", "option", NULL,
	};
	if (h->asset_class) {
		char *f = rcp__fold_dup(h->asset_class, strlen(h->asset_class), NULL);
		int hit = 0;
		for (int i = 0; words[i] && !hit; i++)
			if (strstr(f, words[i]))
				hit = 1;
		/* N-PORT derivative categories: DCO DCR DE DFE DIR DO (DBT is debt) */
		if (strlen(f) >= 2 && f[0] == 'd' && strcmp(f, "dbt") && strlen(f) <= 3)
			hit = 1;
		free(f);
		return hit;
	}
	if (h->name) {
		char *f = rcp__fold_dup(h->name, strlen(h->name), NULL);
		size_t n = strlen(f);
		int hit = (n >= 5 && !strcmp(f + n - 5, " cash")) || !strncmp(f, "cash ", 5) ||
		          !strcmp(f, "cash") || strstr(f, " futures") || strstr(f, " fut ") ||
		          strstr(f, " fwd ");
		free(f);
		return hit;
	}
	return 0;
}

static void add_warning(acc *a, int64_t row, const char *msg)
{
	a->nwarnings++;
	if (a->warnings && json_array_size(a->warnings) < MAX_WARNINGS)
		json_array_append_new(a->warnings, row ? json_pack("{s:I, s:s}", "row", (json_int_t)row,
		                                                   "warning", msg)
		                                       : json_pack("{s:n, s:s}", "row", "warning", msg));
}

/* A holding's weight, or NaN when it has none or one that cannot be
 * right (warned): not finite, or over 100% of the fund either way. */
static double checked_weight(acc *a, const rcp_holding *h)
{
	char msg[160];
	if (isnan(h->weight))
		return NAN;
	if (!isfinite(h->weight)) {
		add_warning(a, h->row, "weight is not a finite number: left out");
		return NAN;
	}
	if (fabs(h->weight) > 100.0) {
		snprintf(msg, sizeof msg, "weight %g is over 100%% of the fund: left out", h->weight);
		add_warning(a, h->row, msg);
		return NAN;
	}
	return h->weight;
}

static double checked_value(acc *a, const rcp_holding *h)
{
	if (isnan(h->value))
		return NAN;
	if (!isfinite(h->value)) {
		add_warning(a, h->row, "market value is not a finite number: left out");
		return NAN;
	}
	if (fabs(h->value) > 1e15) { /* more than all the world's equities */
		add_warning(a, h->row, "market value over 10^15: left out");
		return NAN;
	}
	return h->value;
}

static void account(acc *a, const rcp_screen_row *r)
{
	const rcp_holding *h = r->holding;
	const rcp_name_match *m = r->match;
	a->holdings++;
	if (h->warning)
		add_warning(a, h->row, h->warning);
	double hw = checked_weight(a, h), hv = checked_value(a, h);
	if (!isnan(hw)) {
		a->with_weight++;
		a->sum_w += hw;
		if (hw > 0)
			a->pos_w += hw;
		else if (hw < 0)
			a->neg_w++;
		if (hw > a->max_w)
			a->max_w = hw;
	}
	if (!isnan(hv)) {
		a->with_value++;
		a->sum_v += hv;
		if (hv > 0)
			a->pos_v += hv;
		else if (hv < 0)
			a->neg_v++;
	}
	if (!r->rated) {
		a->nnot_rated++;
		if (a->not_rated && json_array_size(a->not_rated) < MAX_NOT_RATED)
			json_array_append_new(
				a->not_rated,
				json_pack("{s:I, s:o, s:s}", "row", (json_int_t)h->row, "name",
				          rcp_json_nullable(h->name ? h->name : h->ticker), "reason",
				          (h->name || h->ticker || h->isin || h->cusip)
				              ? "cash, currency or derivative"
				              : "no name or identifier"));
		return;
	}
	a->rated++;
	if (!r->flagged)
		return;
	double w = isnan(hw) ? 0 : hw, v = isnan(hv) ? 0 : hv;
	double pw = w > 0 ? w : 0, pv = v > 0 ? v : 0;
	a->flag_w += w;
	a->flag_v += v;
	a->flag_pos_w += pw;
	a->flag_pos_v += pv;
	a->flag_n++;
	for (int i = 0; i < RCP_CATEGORY_COUNT; i++)
		if (m->categories & (1u << i)) {
			a->cat_w[i] += pw;
			a->cat_v[i] += pv;
			a->cat_n[i]++;
		}
	if (!a->flagged)
		return;
	json_t *f = json_object_get(a->flagged, m->id);
	if (!f) {
		f = json_object();
		json_object_set_new(f, "id", json_string(m->id));
		json_object_set_new(f, "name", json_string(m->name));
		json_object_set_new(f, "categories", rcp__categories_json(m->categories));
		json_object_set_new(f, "tier", rcp_json_nullable(m->tier));
		json_object_set_new(f, "parent", rcp_json_nullable(m->parent));
		json_object_set_new(f, "parent_name", rcp_json_nullable(m->parent_name));
		json_object_set_new(f, "rolls_up", json_boolean(!strcmp(m->why, "parent")));
		json_object_set_new(f, "holdings", json_array());
		json_object_set_new(f, "rows", json_array());
		json_object_set_new(f, "w", json_real(0));
		json_object_set_new(f, "v", json_real(0));
		json_object_set_new(f, "pw", json_real(0));
		json_object_set_new(f, "pv", json_real(0));
		json_object_set_new(a->flagged, m->id, f);
		json_array_append_new(a->order, json_string(m->id));
	}
	json_real_set(json_object_get(f, "w"), json_real_value(json_object_get(f, "w")) + w);
	json_real_set(json_object_get(f, "v"), json_real_value(json_object_get(f, "v")) + v);
	json_real_set(json_object_get(f, "pw"), json_real_value(json_object_get(f, "pw")) + pw);
	json_real_set(json_object_get(f, "pv"), json_real_value(json_object_get(f, "pv")) + pv);
	json_t *rows = json_object_get(f, "rows");
	if (json_array_size(rows) < 1000)
		json_array_append_new(rows, json_integer(h->row));
	json_t *names = json_object_get(f, "holdings");
	if (json_array_size(names) < MAX_HOLDING_NAMES) {
		json_t *one = json_pack("{s:o, s:s, s:o}", "name", rcp_json_nullable(h->name), "why",
		                        m->why, "score", num3(m->score));
		json_array_append_new(names, one);
	}
}

int rcp__json_order_desc(const void *x, const void *y, const char *key)
{
	json_t *a = *(json_t *const *)x, *b = *(json_t *const *)y;
	double wa = json_number_value(json_object_get(a, key));
	double wb = json_number_value(json_object_get(b, key));
	if (wa != wb)
		return wa < wb ? 1 : -1;
	return strcmp(json_string_value(json_object_get(a, "id")),
	              json_string_value(json_object_get(b, "id")));
}

static int by_weight_desc(const void *x, const void *y)
{
	return rcp__json_order_desc(x, y, "weight_pct");
}

/* How the fund is weighed, from what account() gathered. */
typedef struct weighing {
	const char *basis;
	double scale, total, flagged_pct, net_pct, cat_pct[RCP_CATEGORY_COUNT];
	double long_sum, net_sum; /* what a flagged entry is divided by */
	int64_t negatives;
} weighing;

/* Screen every holding of h into a, calling row_fn (may be NULL) on each. */
static rcp_status screen_rows(rcp_holdings *h, const rcp_name_index *m, rcp_match_memo *memo,
                              const char *path, acc *a,
                              void (*row_fn)(const rcp_screen_row *r, void *ctx), void *ctx,
                              rcp_error *err)
{
	int list = !strcmp(rcp_holdings_layout(h), "list");
	rcp_holding hd;
	int r;
	while ((r = rcp_holdings_next(h, &hd, err)) == 1) {
		rcp_name_match mt;
		if (list)
			rcp_match_name(m, hd.name, &mt);
		else if (memo)
			rcp_match_memo_holding(memo, &hd, &mt);
		else
			rcp_match_holding(m, &hd, &mt);
		rcp_screen_row row = {&hd, &mt, 0, 0};
		row.rated = (hd.name || hd.ticker || hd.isin || hd.cusip || hd.sedol || hd.figi ||
		             hd.lei) && !not_a_company(&hd);
		row.flagged = row.rated && mt.id && mt.categories;
		account(a, &row);
		if (row_fn)
			row_fn(&row, ctx);
	}
	if (r < 0)
		return err ? err->code : RCP_EPARSE;
	if (a->holdings == 0)
		return rcp__error_set(err, RCP_EPARSE, "empty holdings file", path,
		                      "a header but no holdings");
	return RCP_OK;
}

/* How the fund is weighed: long over the positive sum, net over the
 * signed sum (NaN, printed null, when that is not positive); what is
 * odd about the weights becomes a warning. */
static void weigh(acc *a, weighing *g)
{
	memset(g, 0, sizeof *g);
	g->scale = 1.0;
	g->net_pct = NAN;
	if (a->with_weight > 0 && a->pos_w > 0) {
		g->basis = "weight";
		/* a column of fractions sums to about 1 */
		if (a->sum_w > 0.5 && a->sum_w < 1.5 && a->max_w <= 1.0) {
			g->scale = 100.0;
			g->basis = "weight (fractions)";
		}
		g->total = a->sum_w * g->scale;
		g->long_sum = a->pos_w;
		g->net_sum = a->sum_w;
		g->negatives = a->neg_w;
		g->flagged_pct = a->flag_pos_w / a->pos_w * 100.0;
		if (a->sum_w > 0)
			g->net_pct = a->flag_w / a->sum_w * 100.0;
		for (int i = 0; i < RCP_CATEGORY_COUNT; i++)
			g->cat_pct[i] = a->cat_w[i] / a->pos_w * 100.0;
		if (fabs(g->total - 100.0) > 3.0) {
			char msg[160];
			snprintf(msg, sizeof msg,
			         "weights sum to %.2f%%, not about 100%%: exposure is of what is listed",
			         g->total);
			add_warning(a, 0, msg);
		}
		if (a->with_weight < a->holdings) {
			char msg[160];
			snprintf(msg, sizeof msg, "%lld holdings have no weight",
			         (long long)(a->holdings - a->with_weight));
			add_warning(a, 0, msg);
		}
	} else if (a->with_value > 0 && a->pos_v > 0) {
		g->basis = "market value";
		g->total = 100.0;
		g->long_sum = a->pos_v;
		g->net_sum = a->sum_v;
		g->negatives = a->neg_v;
		g->flagged_pct = a->flag_pos_v / a->pos_v * 100.0;
		if (a->sum_v > 0)
			g->net_pct = a->flag_v / a->sum_v * 100.0;
		for (int i = 0; i < RCP_CATEGORY_COUNT; i++)
			g->cat_pct[i] = a->cat_v[i] / a->pos_v * 100.0;
	} else {
		g->basis = "count";
		double n = a->rated ? (double)a->rated : 1.0;
		g->flagged_pct = g->net_pct = (double)a->flag_n / n * 100.0;
		for (int i = 0; i < RCP_CATEGORY_COUNT; i++)
			g->cat_pct[i] = (double)a->cat_n[i] / n * 100.0;
		add_warning(a, 0, a->with_weight || a->with_value
		                      ? "no positive weight or market value: every rated holding "
		                        "weighs the same"
		                      : "no weight or market value column: every rated holding "
		                        "weighs the same");
	}
	if (g->negatives) {
		char msg[200];
		snprintf(msg, sizeof msg,
		         "%lld holdings have a negative weight (short positions or liabilities): "
		         "exposure is long, over the positive weights; net is shown beside it",
		         (long long)g->negatives);
		add_warning(a, 0, msg);
	}
	if (!isnan(g->net_pct) && !(g->net_pct >= -100.0 && g->net_pct <= 100.0))
		add_warning(a, 0, "net exposure is outside -100% to 100%: the weights do not add up");
}

/* One flagged company's weights, its claims (db may be NULL) and why. */
static rcp_status flagged_one(rcp_db *db, const acc *a, const weighing *g, json_t *f,
                              rcp_error *err)
{
	const char *lk = !strcmp(g->basis, "market value") ? "pv" : "pw";
	const char *nk = !strcmp(g->basis, "market value") ? "v" : "w";
	double w, nw = NAN;
	if (g->long_sum > 0) {
		w = json_real_value(json_object_get(f, lk)) / g->long_sum * 100.0;
		if (g->net_sum > 0)
			nw = json_real_value(json_object_get(f, nk)) / g->net_sum * 100.0;
	} else {
		w = nw = (double)json_array_size(json_object_get(f, "rows")) /
		         (double)(a->rated ? a->rated : 1) * 100.0;
	}
	json_object_set_new(f, "weight_pct", num3(w));
	json_object_set_new(f, "net_weight_pct", num3(nw));
	json_object_del(f, "w");
	json_object_del(f, "v");
	json_object_del(f, "pw");
	json_object_del(f, "pv");
	rcp_status rc;
	if (db) {
		const char *id = json_string_value(json_object_get(f, "id"));
		if ((rc = rcp__screen_claims(db, id, f, err)) != RCP_OK)
			return rc;
		const char *parent = json_string_value(json_object_get(f, "parent"));
		if (json_integer_value(json_object_get(f, "claims")) == 0 && parent &&
		    json_is_true(json_object_get(f, "rolls_up"))) {
			json_t *pf = json_object();
			if ((rc = rcp__screen_claims(db, parent, pf, err)) != RCP_OK) {
				json_decref(pf);
				return rc;
			}
			json_object_update(f, pf);
			json_decref(pf);
		}
		/* the company's own: a parent's investors did not act on it */
		json_t *inv = rcp_investor_actions_json(db, id, err);
		if (!inv)
			return err->code != RCP_OK ? err->code : RCP_EDB;
		json_object_set_new(f, "investor_actions", inv);
	} else {
		json_object_set_new(f, "claims", json_integer(0));
		json_object_set_new(f, "evidence", json_null());
		json_object_set_new(f, "investor_actions", json_array());
	}
	return add_reasons(db, f, err);
}

/* The flagged companies, heaviest first, into *out (owned). */
static rcp_status flagged_list(rcp_db *db, const acc *a, const weighing *g, json_t **out,
                               rcp_error *err)
{
	size_t nf = json_array_size(a->order);
	json_t **v = rcp__xcalloc(nf ? nf : 1, sizeof *v);
	for (size_t i = 0; i < nf; i++) {
		json_t *f = json_object_get(a->flagged, json_string_value(json_array_get(a->order, i)));
		rcp_status rc = flagged_one(db, a, g, f, err);
		if (rc != RCP_OK) {
			free(v);
			return rc;
		}
		v[i] = f;
	}
	qsort(v, nf, sizeof *v, by_weight_desc);
	json_t *fl = json_array();
	for (size_t i = 0; i < nf; i++)
		json_array_append(fl, v[i]);
	free(v);
	*out = fl;
	return RCP_OK;
}

static json_t *exposure_json(const acc *a, const weighing *g)
{
	json_t *ex = json_object();
	json_object_set_new(ex, "total_pct", num3(g->flagged_pct));
	json_t *bc = json_object();
	for (int i = 0; i < RCP_CATEGORY_COUNT; i++)
		json_object_set_new(bc, rcp_category_at(i), num3(g->cat_pct[i]));
	json_object_set_new(ex, "by_category", bc);
	json_object_set_new(ex, "net_pct", num3(g->net_pct));
	json_object_set_new(ex, "negative_weights", json_integer(g->negatives));
	json_object_set_new(ex, "basis", json_string(g->basis));
	json_object_set_new(ex, "weights_sum_pct", a->with_weight ? num3(g->total) : json_null());
	return ex;
}

/* Screen the opened holdings h (closed here), named path in the report. */
static rcp_status screen_holdings(rcp_db *db, const rcp_name_index *m, rcp_match_memo *memo,
                                  rcp_holdings *h, const char *path,
                                  void (*row_fn)(const rcp_screen_row *r, void *ctx), void *ctx,
                                  json_t **report, rcp_error *err);

rcp_status rcp_screen_file(rcp_db *db, const rcp_name_index *m, const char *path,
                           void (*row_fn)(const rcp_screen_row *r, void *ctx), void *ctx,
                           json_t **report, rcp_error *err)
{
	rcp_holdings *h = rcp_holdings_open(path, err);
	if (!h)
		return err ? err->code : RCP_EPARSE;
	return screen_holdings(db, m, NULL, h, path, row_fn, ctx, report, err);
}

rcp_status rcp_screen_bytes(rcp_db *db, const rcp_name_index *m, const char *data, size_t len,
                            const char *name, void (*row_fn)(const rcp_screen_row *r, void *ctx),
                            void *ctx, json_t **report, rcp_error *err)
{
	rcp_holdings *h = rcp_holdings_open_bytes(data, len, name, err);
	if (!h)
		return err ? err->code : RCP_EPARSE;
	return screen_holdings(db, m, NULL, h, name, row_fn, ctx, report, err);
}

static rcp_status screen_holdings(rcp_db *db, const rcp_name_index *m, rcp_match_memo *memo,
                                  rcp_holdings *h, const char *path,
                                  void (*row_fn)(const rcp_screen_row *r, void *ctx), void *ctx,
                                  json_t **report, rcp_error *err)
{
	acc a = {0};
	a.flagged = json_object();
	a.order = json_array();
	a.warnings = json_array();
	a.not_rated = json_array();
	weighing g;
	json_t *fl = NULL;
	rcp_status rc = screen_rows(h, m, memo, path, &a, row_fn, ctx, err);
	if (rc != RCP_OK)
		goto done;
	weigh(&a, &g);

	json_t *out = json_object();
	json_object_set_new(out, "file", json_string(path));
	json_object_set_new(out, "layout", json_string(rcp_holdings_layout(h)));
	json_object_set_new(out, "encoding", json_string(rcp_holdings_encoding(h)));
	json_object_set_new(out, "columns", json_string(rcp_holdings_columns(h)));
	json_object_set_new(out, "registry_companies", json_integer((json_int_t)rcp_name_index_size(m)));
	json_object_set_new(out, "holdings", json_integer(a.holdings));
	json_object_set_new(out, "rated", json_integer(a.rated));
	json_object_set_new(out, "rated_pct", num3((double)a.rated / (double)a.holdings * 100.0));
	if ((rc = flagged_list(db, &a, &g, &fl, err)) != RCP_OK) {
		json_decref(out);
		goto done;
	}
	json_object_set_new(out, "flagged", fl);
	json_object_set_new(out, "exposure", exposure_json(&a, &g));
	char grade[2] = {rcp_screen_grade(g.flagged_pct), '\0'};
	json_object_set_new(out, "grade", json_string(grade));
	json_object_set_new(out, "grade_scale",
	                    json_string("A 0%, B up to 1%, C up to 3%, D up to 5%, F over 5%"));
	json_object_set_new(out, "not_rated_count", json_integer(a.nnot_rated));
	json_object_set_new(out, "not_rated", a.not_rated);
	a.not_rated = NULL;
	json_object_set_new(out, "warning_count", json_integer(a.nwarnings));
	json_object_set_new(out, "warnings", a.warnings);
	a.warnings = NULL;
	*report = out;
done:
	json_decref(a.flagged);
	json_decref(a.order);
	json_decref(a.warnings);
	json_decref(a.not_rated);
	rcp_holdings_close(h);
	return rc;
}

rcp_status rcp__screen_tally(const rcp_name_index *m, rcp_match_memo *memo, rcp_holdings *h,
                             const char *path, void (*row_fn)(const rcp_screen_row *r, void *ctx),
                             void *ctx, rcp_screen_tally *out, rcp_error *err)
{
	acc a = {0}; /* no JSON: nothing of the report is built */
	memset(out, 0, sizeof *out);
	rcp_status rc = screen_rows(h, m, memo, path, &a, row_fn, ctx, err);
	if (rc != RCP_OK)
		return rc;
	weighing g;
	weigh(&a, &g);
	out->holdings = a.holdings;
	out->rated = a.rated;
	out->basis = g.basis;
	out->layout = rcp_holdings_layout(h);
	return RCP_OK;
}

/* ------------------------------------------------------------------ */
/* HTML                                                                */
/* ------------------------------------------------------------------ */

/* A URL in an href: only http(s), escaped as an attribute. */
static void html_href(rcp_buf *b, const char *u)
{
	if (rcp_url_is_http(u))
		rcp__html_text(b, u);
	else
		rcp__buf_append(b, "#", 1);
}

/* A percentage to draw: a number clamped to 0..100, else 0. */
static double bar_pct(json_t *v)
{
	double x = json_number_value(v);
	if (!(x > 0.0)) /* also NaN */
		return 0.0;
	return x < 100.0 ? x : 100.0;
}

static const char *jstr(json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

/* What investors did about a flagged company, each with its quote. */
static void html_investor_actions(rcp_buf *b, json_t *list)
{
	size_t i;
	json_t *a;
	if (!json_array_size(list))
		return;
	rcp__buf_printf(b, "<p>What investors did:</p><ul class=\"investors\">");
	json_array_foreach(list, i, a) {
		rcp__buf_printf(b, "<li>");
		rcp__html_text(b, jstr(a, "investor_name") ? jstr(a, "investor_name") : jstr(a, "investor"));
		rcp__buf_printf(b, " ");
		rcp__html_text(b, jstr(a, "action"));
		if (json_integer_value(json_object_get(a, "year")))
			rcp__buf_printf(b, " (%lld)", (long long)json_integer_value(json_object_get(a, "year")));
		rcp__buf_printf(b, "<blockquote>");
		rcp__html_text(b, jstr(a, "quote"));
		rcp__buf_printf(b, "</blockquote><small><a href=\"");
		html_href(b, jstr(a, "source_url"));
		rcp__buf_printf(b, "\">");
		rcp__html_text(b, jstr(a, "source_title") ? jstr(a, "source_title") : "source");
		rcp__buf_printf(b, "</a> sha256 <code>");
		rcp__html_text(b, jstr(a, "source_sha256"));
		rcp__buf_printf(b, "</code></small></li>");
	}
	rcp__buf_printf(b, "</ul>");
}

char *rcp_screen_html(json_t *rep)
{
	rcp_buf b;
	rcp__buf_init(&b, 0);
	const char *grade = jstr(rep, "grade");
	json_t *ex = json_object_get(rep, "exposure");
	rcp__buf_printf(&b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
	                    "<title>Screening: ");
	rcp__html_text(&b, jstr(rep, "file"));
	rcp__buf_printf(&b,
	                "</title>\n<style>body{font:15px/1.45 system-ui,sans-serif;max-width:60em;"
	                "margin:2em auto;padding:0 1em;color:#222}table{border-collapse:collapse;"
	                "width:100%%}td,th{border-bottom:1px solid #ddd;padding:.3em .5em;"
	                "text-align:left;vertical-align:top}.grade{font-size:3em;font-weight:700}"
	                "blockquote{margin:.2em 0;color:#444;border-left:3px solid #c33;"
	                "padding-left:.6em}.num{text-align:right}</style></head><body>\n");
	rcp__buf_printf(&b, "<h1>Screening of ");
	rcp__html_text(&b, jstr(rep, "file"));
	rcp__buf_printf(&b, "</h1>\n<p><span class=\"grade\">");
	rcp__html_text(&b, grade);
	rcp__buf_printf(&b, "</span> &mdash; %.2f%% of the fund is in flagged companies",
	                json_number_value(json_object_get(ex, "total_pct")));
	json_t *net = json_object_get(ex, "net_pct");
	if (json_integer_value(json_object_get(ex, "negative_weights")) > 0)
		rcp__buf_printf(&b, json_is_number(net) ? " (long; net %.2f%%)" : " (long; net unknown)",
		                json_number_value(net));
	rcp__buf_printf(&b, " (%lld of %lld holdings rated, %.1f%%).</p>\n<p>Grades: ",
	                (long long)json_integer_value(json_object_get(rep, "rated")),
	                (long long)json_integer_value(json_object_get(rep, "holdings")),
	                json_number_value(json_object_get(rep, "rated_pct")));
	rcp__html_text(&b, jstr(rep, "grade_scale"));
	rcp__buf_printf(&b, ".</p>\n<h2>Exposure by category</h2>\n");
	/* the bar chart */
	/* Bars are drawn between 0 and 100% whatever the report holds: a
	 * report is JSON and may come from elsewhere. */
	json_t *bc = json_object_get(ex, "by_category");
	double max = 1.0;
	for (int i = 0; i < RCP_CATEGORY_COUNT; i++) {
		double v = bar_pct(json_object_get(bc, rcp_category_at(i)));
		if (v > max)
			max = v;
	}
	int bar_h = 22, w = 600, label = 110;
	rcp__buf_printf(&b,
	                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
	                "role=\"img\" aria-label=\"exposure by category\">\n",
	                w, RCP_CATEGORY_COUNT * (bar_h + 6) + 4);
	for (int i = 0; i < RCP_CATEGORY_COUNT; i++) {
		double v = bar_pct(json_object_get(bc, rcp_category_at(i)));
		int y = i * (bar_h + 6) + 2;
		int len = (int)((w - label - 80) * (v / max)); /* 0 <= v <= max */
		rcp__buf_printf(&b,
		                "<text x=\"0\" y=\"%d\" font-size=\"13\">%s</text>"
		                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#c33\"/>"
		                "<text x=\"%d\" y=\"%d\" font-size=\"13\">%.2f%%</text>\n",
		                y + 16, rcp_category_at(i), label, y, len, bar_h, label + len + 6,
		                y + 16, v);
	}
	rcp__buf_printf(&b, "</svg>\n<h2>Flagged holdings</h2>\n<table><tr><th>company</th>"
	                    "<th class=\"num\">weight</th><th>categories</th><th>tier</th>"
	                    "<th>evidence</th></tr>\n");
	size_t i;
	json_t *f;
	json_array_foreach(json_object_get(rep, "flagged"), i, f) {
		rcp__buf_printf(&b, "<tr><td>");
		rcp__html_text(&b, jstr(f, "name"));
		if (jstr(f, "parent")) {
			rcp__buf_printf(&b, "<br><small>part of ");
			rcp__html_text(&b, jstr(f, "parent_name"));
			rcp__buf_printf(&b, "</small>");
		}
		rcp__buf_printf(&b, "</td><td class=\"num\">%.3f%%</td><td>",
		                json_number_value(json_object_get(f, "weight_pct")));
		size_t k;
		json_t *c;
		json_array_foreach(json_object_get(f, "categories"), k, c) {
			if (k)
				rcp__buf_printf(&b, ", ");
			rcp__html_text(&b, json_string_value(c));
		}
		rcp__buf_printf(&b, "</td><td>");
		rcp__html_text(&b, jstr(f, "tier"));
		rcp__buf_printf(&b, "</td><td>%lld accepted claim%s",
		                (long long)json_integer_value(json_object_get(f, "claims")),
		                json_integer_value(json_object_get(f, "claims")) == 1 ? "" : "s");
		json_t *e = json_object_get(f, "evidence");
		if (json_is_object(e)) {
			rcp__buf_printf(&b, "<blockquote>");
			rcp__html_text(&b, jstr(e, "quote"));
			rcp__buf_printf(&b, "</blockquote><small><a href=\"");
			html_href(&b, jstr(e, "source_url"));
			rcp__buf_printf(&b, "\">");
			rcp__html_text(&b, jstr(e, "source_title") ? jstr(e, "source_title") : "source");
			rcp__buf_printf(&b, "</a> sha256 <code>");
			rcp__html_text(&b, jstr(e, "source_sha256"));
			rcp__buf_printf(&b, "</code></small>");
		}
		/* why it is flagged, each reason with its source */
		json_t *why = json_object_get(f, "reasons"), *rs;
		size_t ri;
		if (json_array_size(why))
			rcp__buf_printf(&b, "<ul class=\"reasons\">");
		json_array_foreach(why, ri, rs) {
			rcp__buf_printf(&b, "<li>");
			rcp__html_text(&b, jstr(rs, "text"));
			const char *src = jstr(rs, "source");
			if (rcp_url_is_http(src)) {
				rcp__buf_printf(&b, " <small><a href=\"");
				html_href(&b, src);
				rcp__buf_printf(&b, "\">source</a></small>");
			} else if (src) {
				rcp__buf_printf(&b, " <small>");
				rcp__html_text(&b, src);
				rcp__buf_printf(&b, "</small>");
			}
			rcp__buf_printf(&b, "</li>");
		}
		if (json_array_size(why))
			rcp__buf_printf(&b, "</ul>");
		html_investor_actions(&b, json_object_get(f, "investor_actions"));
		rcp__buf_printf(&b, "</td></tr>\n");
	}
	rcp__buf_printf(&b, "</table>\n<h2>Not rated (%lld)</h2>\n<ul>\n",
	                (long long)json_integer_value(json_object_get(rep, "not_rated_count")));
	json_array_foreach(json_object_get(rep, "not_rated"), i, f) {
		rcp__buf_printf(&b, "<li>row %lld: ", (long long)json_integer_value(json_object_get(f, "row")));
		rcp__html_text(&b, jstr(f, "name"));
		rcp__buf_printf(&b, " &mdash; ");
		rcp__html_text(&b, jstr(f, "reason"));
		rcp__buf_printf(&b, "</li>\n");
	}
	rcp__buf_printf(&b, "</ul>\n<h2>Warnings (%lld)</h2>\n<ul>\n",
	                (long long)json_integer_value(json_object_get(rep, "warning_count")));
	json_array_foreach(json_object_get(rep, "warnings"), i, f) {
		json_t *row = json_object_get(f, "row");
		rcp__buf_printf(&b, "<li>");
		if (json_is_integer(row))
			rcp__buf_printf(&b, "row %lld: ", (long long)json_integer_value(row));
		rcp__html_text(&b, jstr(f, "warning"));
		rcp__buf_printf(&b, "</li>\n");
	}
	rcp__buf_printf(&b, "</ul>\n");
	json_t *rows = json_object_get(rep, "rows");
	if (json_is_array(rows)) {
		rcp__buf_printf(&b, "<h2>Holdings</h2>\n<table><tr><th>row</th><th>name</th>"
		                    "<th>match</th><th class=\"num\">score</th><th>why</th></tr>\n");
		json_array_foreach(rows, i, f) {
			rcp__buf_printf(&b, "<tr><td>%lld</td><td>",
			                (long long)json_integer_value(json_object_get(f, "row")));
			rcp__html_text(&b, jstr(f, "name"));
			rcp__buf_printf(&b, "</td><td>");
			rcp__html_text(&b, jstr(f, "match"));
			rcp__buf_printf(&b, "</td><td class=\"num\">%.3f</td><td>",
			                json_number_value(json_object_get(f, "score")));
			rcp__html_text(&b, jstr(f, "why"));
			rcp__buf_printf(&b, "</td></tr>\n");
		}
		rcp__buf_printf(&b, "</table>\n");
	}
	rcp__buf_printf(&b, "</body></html>\n");
	return rcp__buf_detach(&b, NULL);
}
