/*
 * funds.c — the fund universe: holdings filings stored as dated versions
 * of their funds, each screened once by rcp_screen_file() (the matcher,
 * what is rated, the weight basis) and kept as rows with their match and
 * their share of the fund's long assets, so that grading and regrading
 * (lib/store/fund.c) are queries over the store; share-class tickers
 * from the SEC's map; the list, a fund's page and a comparison.
 *
 * A fund is known by its key ("series"): the SEC series id of an N-PORT
 * filing, else "ticker:SYM" or "name:NAME" for a fund given by hand.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

/* A filing a fund publishes is tens of MiB at most; the cap is for the
 * sha256, which reads the whole file. */
#define FUND_FILE_MAX ((size_t)1 << 30)

/* An optional field whose empty text also means absent. */
static json_t *text_or_null(const char *s)
{
	return rcp_json_nullable(s && *s ? s : NULL);
}

/* ------------------------------------------------------------------ */
/* Adding a filing                                                     */
/* ------------------------------------------------------------------ */

typedef struct held {
	int64_t row;
	char *entity, *name, *ticker, *isin, *cusip;
	const char *why;   /* static string of the matcher */
	double w, v;       /* NaN when absent or left out */
	int rated;
} held;

typedef struct rows {
	held *v;
	size_t n, cap;
} rows;

static char *dup_or_null(const char *s)
{
	return s ? rcp__xstrdup(s) : NULL;
}

/* The bounds report.c leaves a weight or value out by (checked_weight(),
 * checked_value()); the unit test holds the two to the same exposure. */
static double usable_weight(double w)
{
	return isfinite(w) && fabs(w) <= 100.0 ? w : NAN;
}

static double usable_value(double v)
{
	return isfinite(v) && fabs(v) <= 1e15 ? v : NAN;
}

static void keep_row(const rcp_screen_row *r, void *ctx)
{
	rows *rs = ctx;
	if (rs->n == rs->cap) {
		rs->cap = rs->cap ? rs->cap * 2 : 512;
		rs->v = rcp__xrealloc(rs->v, rs->cap * sizeof *rs->v);
	}
	const rcp_holding *h = r->holding;
	held *x = &rs->v[rs->n++];
	x->row = h->row;
	x->entity = r->rated && r->match->id ? rcp__xstrdup(r->match->id) : NULL;
	x->why = r->match->why;
	x->name = dup_or_null(h->name);
	x->ticker = dup_or_null(h->ticker);
	x->isin = dup_or_null(h->isin);
	x->cusip = dup_or_null(h->cusip);
	x->w = usable_weight(h->weight);
	x->v = usable_value(h->value);
	x->rated = r->rated;
}

static void rows_free(rows *rs)
{
	for (size_t i = 0; i < rs->n; i++) {
		free(rs->v[i].entity);
		free(rs->v[i].name);
		free(rs->v[i].ticker);
		free(rs->v[i].isin);
		free(rs->v[i].cusip);
	}
	free(rs->v);
}

/* Each row's share of the long assets in percent, on the report's basis:
 * the positive weights (or market values) over their sum, or one rated
 * holding over the rated count. */
static void shares(const rows *rs, const char *basis, int64_t rated, double *out)
{
	int by_value = !strcmp(basis, "market value"), by_count = !strcmp(basis, "count");
	double sum = 0;
	for (size_t i = 0; i < rs->n; i++) {
		double q = by_value ? rs->v[i].v : rs->v[i].w;
		if (q > 0)
			sum += q;
	}
	for (size_t i = 0; i < rs->n; i++) {
		if (by_count) {
			out[i] = rs->v[i].rated && rated ? 100.0 / (double)rated : 0.0;
			continue;
		}
		double q = by_value ? rs->v[i].v : rs->v[i].w;
		out[i] = q > 0 && sum > 0 ? q / sum * 100.0 : 0.0;
	}
}

/* The key of a fund given by hand: room for "ticker:" or "name:" and a
 * whole rcp_fund_identity name. Keys were cut at 74 bytes of the name
 * before; LEGACY_NAME_KEY finds a fund stored so. */
#define SERIES_MAX 280
#define LEGACY_NAME_KEY 74

/* A name from outside (the command line, a file's name, a form) into
 * dst[cap] as one line of UTF-8: bytes that are not UTF-8 are read as
 * Windows-1252, as the readers do; control characters are spaces; the
 * ends are trimmed; a cut falls between characters. A name cut inside a
 * character was not UTF-8, and JSON output left the fund unnamed. */
static void copy_name(char *dst, size_t cap, const char *src)
{
	char *u = rcp__utf8_dup(src, strlen(src));
	const char *s = u;
	size_t n = strlen(s);
	while (n && (unsigned char)*s <= ' ') {
		s++;
		n--;
	}
	while (n && (unsigned char)s[n - 1] <= ' ')
		n--;
	if (n > cap - 1) {
		n = cap - 1;
		while (n && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	for (size_t i = 0; i < n; i++)
		dst[i] = (unsigned char)s[i] < ' ' || s[i] == 0x7f ? ' ' : s[i];
	dst[n] = '\0';
	free(u);
}

/* Who the opened file h is about: N-PORT's genInfo, read up to the first
 * holding (genInfo comes first; the holding is left to the screening), or
 * a CSV file's first holding read to see that it is one (h is then spent),
 * then the options. */
static rcp_status identify(rcp_holdings *h, const char *path, const rcp_fund_add_opts *o,
                           rcp_fund_identity *id, char series[SERIES_MAX], rcp_error *err)
{
	memset(id, 0, sizeof *id);
	int nport = !strcmp(rcp_holdings_layout(h), "nport"), r;
	if (nport) {
		r = rcp__holdings_head(h, err);
		rcp_holdings_identity(h, id);
	} else {
		rcp_holding one;
		r = rcp_holdings_next(h, &one, err);
	}
	if (r < 0)
		return err->code ? err->code : RCP_EPARSE;
	if (!id->name[0] && o->name)
		copy_name(id->name, sizeof id->name, o->name);
	if (!id->manager[0] && o->manager)
		copy_name(id->manager, sizeof id->manager, o->manager);
	if (!id->name[0] && !nport) {
		/* a folder of CSV files: each named after its file */
		const char *base = strrchr(path, '/');
		base = base ? base + 1 : path;
		size_t n = strcspn(base, ".");
		char file[256];
		snprintf(file, sizeof file, "%.*s", (int)(n ? n : strlen(base)), base);
		copy_name(id->name, sizeof id->name, file);
	}
	if (!id->period[0] && o->period)
		snprintf(id->period, sizeof id->period, "%s", o->period);
	if (!id->period[0]) {
		char now[21];
		rcp_now_iso(now);
		snprintf(id->period, sizeof id->period, "%.10s", now);
	}
	if (strlen(id->period) != 10 || !rcp_date_valid(id->period))
		return rcp__error_set(err, RCP_EPARSE, "no date for the filing", path,
		                      "'%s' is not YYYY-MM-DD", id->period);
	if (id->series[0])
		snprintf(series, SERIES_MAX, "%s", id->series);
	else if (o->ticker && *o->ticker)
		snprintf(series, SERIES_MAX, "ticker:%.*s", SERIES_MAX - 8, o->ticker);
	else if (id->name[0])
		snprintf(series, SERIES_MAX, "name:%s", id->name);
	else
		return rcp__error_set(err, RCP_EPARSE, "cannot tell which fund this is", path,
		                      "no seriesId or seriesName in genInfo; give --fund-name");
	if (!id->name[0])
		copy_name(id->name, sizeof id->name, series);
	return RCP_OK;
}

static const char q_fund_by_series[] = "SELECT id FROM fund WHERE series = ?";
static const char q_filing_of[] = "SELECT id FROM fund_filing WHERE fund = ? AND period = ?";

/* The fund with this key and its filing of this date: ids or 0. */
static rcp_status find_filing(rcp_db *db, const char *series, const char *period, int64_t *fund,
                              int64_t *filing, rcp_error *err)
{
	sqlite3_stmt *st;
	*fund = *filing = 0;
	rcp_status rc = rcp__db_stmt(db, q_fund_by_series, &st, err);
	if (rc != RCP_OK)
		return rc;
	rcp__bind_text(st, 1, series);
	if (sqlite3_step(st) == SQLITE_ROW)
		*fund = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (!*fund)
		return RCP_OK;
	if ((rc = rcp__db_stmt(db, q_filing_of, &st, err)) != RCP_OK)
		return rc;
	sqlite3_bind_int64(st, 1, *fund);
	rcp__bind_text(st, 2, period);
	if (sqlite3_step(st) == SQLITE_ROW)
		*filing = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return RCP_OK;
}

/* A fund named by hand with a name over LEGACY_NAME_KEY bytes, stored
 * when keys were cut there: its old key, so that its new filings stay
 * its own (series is rewritten when no fund has the whole name's key and
 * one has the cut one). */
static rcp_status legacy_key(rcp_db *db, char series[SERIES_MAX], rcp_error *err)
{
	if (strncmp(series, "name:", 5) || strlen(series + 5) <= LEGACY_NAME_KEY)
		return RCP_OK;
	int64_t fund, filing;
	rcp_status rc = find_filing(db, series, "", &fund, &filing, err);
	if (rc != RCP_OK || fund)
		return rc;
	char old[SERIES_MAX];
	snprintf(old, sizeof old, "name:%.*s", LEGACY_NAME_KEY, series + 5);
	if ((rc = find_filing(db, old, "", &fund, &filing, err)) == RCP_OK && fund)
		memcpy(series, old, sizeof old);
	return rc;
}

/* Text that outlives the statement's step, bound where it lies: SQLite's
 * copy of each field of 1.5M holdings is a malloc, a copy and a free. */
static void bind_static(sqlite3_stmt *st, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

/* A filing of a batch could not be stored: the batch is rolled back (its
 * other filings are stored by running the load again, as after a kill)
 * and another begun, and err says so. */
static void batch_lost(rcp_db *db, rcp_error *err)
{
	rcp__db_rollback(db);
	size_t n = strlen(err->why);
	snprintf(err->why + n, sizeof err->why - n,
	         "%sthe filings stored before it in the same batch were rolled back: "
	         "run the load again to store them", n ? "; " : "");
	rcp_error again;
	rcp_error_clear(&again);
	rcp__db_begin(db, &again); /* if it fails, rcp_fund_batch_end() says so */
}

/* The writes of one filing, inside the caller's transaction. */
static rcp_status store_filing(rcp_db *db, const char *path, const rcp_fund_add_opts *o,
                               const rcp_fund_identity *id, const char *series,
                               const char *sha, const rcp_screen_tally *t, const rows *rs,
                               rcp_fund_add_result *res, rcp_error *err)
{
	static const char q_fund_new[] =
		"INSERT INTO fund(series, name, manager, cik, created_at) VALUES (?,?,?,?,?)";
	static const char q_fund_names[] =
		"UPDATE fund SET name = ?2, manager = coalesce(?3, manager), cik = coalesce(?4, cik)"
		" WHERE id = ?1";
	static const char q_filing_new[] =
		"INSERT INTO fund_filing(fund, period, sha256, file, layout, basis, holdings, rated,"
		" added_at) VALUES (?,?,?,?,?,?,?,?,?)";
	static const char q_holding[] =
		"INSERT INTO fund_holding(filing, row, entity, share, name, ticker, isin, cusip, why)"
		" VALUES (?,?,?,?,?,?,?,?,?)";
	static const char q_latest[] =
		"UPDATE fund SET latest = ?2 WHERE id = ?1 AND (latest IS NULL OR"
		" (SELECT period FROM fund_filing WHERE id = latest) < ?3)";
	static const char q_ticker[] =
		"INSERT OR IGNORE INTO fund_ticker(symbol, series, class, cik) VALUES (?,?,NULL,?)";
	sqlite3_stmt *st;
	char now[21];
	rcp_now_iso(now);
	int64_t fund, filing;
	rcp_status rc = find_filing(db, series, id->period, &fund, &filing, err);
	if (rc != RCP_OK)
		return rc;
	if (filing) {
		res->already = 1;
		res->fund = fund;
		res->filing = filing;
		return RCP_OK;
	}
	int created = !fund;
	if ((rc = rcp__db_stmt(db, created ? q_fund_new : q_fund_names, &st, err)) != RCP_OK)
		return rc;
	if (created) {
		rcp__bind_text(st, 1, series);
		rcp__bind_text(st, 2, id->name);
		rcp__bind_text(st, 3, id->manager[0] ? id->manager : NULL);
		rcp__bind_text(st, 4, id->cik[0] ? id->cik : NULL);
		rcp__bind_text(st, 5, now);
	} else {
		sqlite3_bind_int64(st, 1, fund);
		rcp__bind_text(st, 2, id->name);
		rcp__bind_text(st, 3, id->manager[0] ? id->manager : NULL);
		rcp__bind_text(st, 4, id->cik[0] ? id->cik : NULL);
	}
	if ((rc = rcp__db_step_done(db, st, "cannot store the fund", err)) != RCP_OK)
		return rc;
	if (created)
		fund = sqlite3_last_insert_rowid(db->sql);

	const char *basis = t->basis;
	int64_t nh = t->holdings, rated = t->rated;
	if ((rc = rcp__db_stmt(db, q_filing_new, &st, err)) != RCP_OK)
		return rc;
	sqlite3_bind_int64(st, 1, fund);
	rcp__bind_text(st, 2, id->period);
	rcp__bind_text(st, 3, sha);
	char *file = rcp__utf8_dup(path, strlen(path)); /* a Latin-1 file name: JSON lost it */
	rcp__bind_text(st, 4, file);
	free(file);
	rcp__bind_text(st, 5, t->layout);
	rcp__bind_text(st, 6, basis ? basis : "count");
	sqlite3_bind_int64(st, 7, nh);
	sqlite3_bind_int64(st, 8, rated);
	sqlite3_bind_text(st, 9, now, -1, SQLITE_TRANSIENT);
	if ((rc = rcp__db_step_done(db, st, "cannot store the filing", err)) != RCP_OK)
		return rc;
	filing = sqlite3_last_insert_rowid(db->sql);

	double *share = rcp__xcalloc(rs->n ? rs->n : 1, sizeof *share);
	shares(rs, basis ? basis : "count", rated, share);
	if ((rc = rcp__db_stmt(db, q_holding, &st, err)) != RCP_OK) {
		free(share);
		return rc;
	}
	for (size_t i = 0; i < rs->n && rc == RCP_OK; i++) {
		const held *x = &rs->v[i];
		sqlite3_bind_int64(st, 1, filing);
		sqlite3_bind_int64(st, 2, x->row);
		bind_static(st, 3, x->entity);
		sqlite3_bind_double(st, 4, share[i]);
		bind_static(st, 5, x->name);
		bind_static(st, 6, x->ticker);
		bind_static(st, 7, x->isin);
		bind_static(st, 8, x->cusip);
		bind_static(st, 9, x->entity ? x->why : NULL);
		rc = rcp__db_step_done(db, st, "cannot store a holding", err);
	}
	sqlite3_clear_bindings(st); /* the rows are freed; a kept statement points to none */
	free(share);
	if (rc != RCP_OK)
		return rc;
	if ((rc = rcp__db_stmt(db, q_latest, &st, err)) != RCP_OK)
		return rc;
	sqlite3_bind_int64(st, 1, fund);
	sqlite3_bind_int64(st, 2, filing);
	rcp__bind_text(st, 3, id->period);
	if ((rc = rcp__db_step_done(db, st, "cannot store the filing", err)) != RCP_OK)
		return rc;
	if (o->ticker && *o->ticker) {
		if ((rc = rcp__db_stmt(db, q_ticker, &st, err)) != RCP_OK)
			return rc;
		rcp__bind_text(st, 1, o->ticker);
		rcp__bind_text(st, 2, series);
		rcp__bind_text(st, 3, id->cik[0] ? id->cik : NULL);
		if ((rc = rcp__db_step_done(db, st, "cannot store the ticker", err)) != RCP_OK)
			return rc;
	}
	char cause[64];
	snprintf(cause, sizeof cause, "filing of %s added", id->period);
	rcp_fund_grade g;
	if ((rc = rcp__fund_grade(db, o->memo ? rcp__memo_fund_cache(o->memo) : NULL, fund, filing,
	                          cause, &g, err)) != RCP_OK)
		return rc;

	json_t *p = json_object();
	json_object_set_new(p, "fund", json_integer(fund));
	json_object_set_new(p, "filing", json_integer(filing));
	json_object_set_new(p, "series", json_string(series));
	json_object_set_new(p, "name", json_string(id->name));
	json_object_set_new(p, "manager", text_or_null(id->manager));
	json_object_set_new(p, "cik", text_or_null(id->cik));
	json_object_set_new(p, "period", json_string(id->period));
	json_object_set_new(p, "sha256", json_string(sha));
	json_object_set_new(p, "holdings", json_integer(nh));
	json_object_set_new(p, "rated", json_integer(rated));
	json_object_set_new(p, "grade", json_sprintf("%c", g.grade));
	json_object_set_new(p, "exposure_pct", json_real(g.exposure));
	char object[40];
	snprintf(object, sizeof object, "fund/%lld", (long long)fund);
	rc = rcp__audit_append(db, "fund.add", object, p, err);
	json_decref(p);
	if (rc != RCP_OK)
		return rc;
	res->fund = fund;
	res->filing = filing;
	res->grade = g.grade;
	res->exposure = g.exposure;
	res->holdings = nh;
	res->rated = rated;
	res->flagged = g.flagged;
	return RCP_OK;
}

rcp_status rcp_fund_add(rcp_db *db, const rcp_name_index *m, const char *path,
                        const rcp_fund_add_opts *opts, rcp_fund_add_result *res, rcp_error *err)
{
	static const rcp_fund_add_opts none = {0};
	const rcp_fund_add_opts *o = opts ? opts : &none;
	memset(res, 0, sizeof *res);
	char series[SERIES_MAX];
	rcp_holdings *h = rcp_holdings_open(path, err);
	if (!h)
		return err->code ? err->code : RCP_EPARSE;
	rcp_status rc = identify(h, path, o, &res->id, series, err);
	int64_t fund = 0, filing = 0;
	if (rc == RCP_OK)
		rc = legacy_key(db, series, err);
	if (rc == RCP_OK)
		rc = find_filing(db, series, res->id.period, &fund, &filing, err);
	if (rc != RCP_OK || filing) { /* stored: before the work of reading it all */
		rcp_holdings_close(h);
		res->already = rc == RCP_OK;
		res->fund = fund;
		res->filing = filing;
		return rc;
	}
	if (strcmp(rcp_holdings_layout(h), "nport")) { /* a CSV file: read from its start */
		rcp_holdings_close(h);
		if (!(h = rcp_holdings_open(path, err)))
			return err->code ? err->code : RCP_EPARSE;
	}
	uint8_t *bytes;
	size_t len;
	if ((rc = rcp_file_read(path, FUND_FILE_MAX, &bytes, &len, err)) != RCP_OK) {
		rcp_holdings_close(h);
		return rc;
	}
	char sha[65];
	rcp_sha256_hex(bytes, len, sha);
	free(bytes);

	rows rs = {0};
	rcp_screen_tally t;
	/* what the store keeps of a screening; its report (claims, reasons) is
	 * made when the fund is shown */
	rc = rcp__screen_tally(m, o->memo, h, path, keep_row, &rs, &t, err);
	rcp_holdings_close(h);
	if (rc != RCP_OK) {
		rows_free(&rs);
		return rc;
	}
	if (!sqlite3_get_autocommit(db->sql)) {
		/* in a batch (rcp_fund_batch_begin). No savepoint a filing: its
		 * journal of the index pages a filing touches was a tenth of a
		 * load. What can fail here is the database, never the file
		 * (read, matched and checked above), and then the batch goes as
		 * a killed load's would: rolled back whole, and a new one begun
		 * for the filings after it. */
		rc = store_filing(db, path, o, &res->id, series, sha, &t, &rs, res, err);
		if (rc != RCP_OK) {
			batch_lost(db, err);
			res->batch_lost = 1;
		}
	} else if ((rc = rcp__db_begin(db, err)) == RCP_OK) {
		rc = store_filing(db, path, o, &res->id, series, sha, &t, &rs, res, err);
		if (rc == RCP_OK && !res->already)
			rc = rcp__db_commit(db, err);
		else
			rcp__db_rollback(db);
	}
	rows_free(&rs);
	return rc;
}

/* A batch's page cache, in PRAGMA cache_size units (KiB when negative):
 * the holdings' entity index takes inserts all over, and a cache that
 * holds it writes each of its pages once per batch. */
#define BATCH_CACHE -262144

rcp_status rcp_fund_batch_begin(rcp_db *db, rcp_error *err)
{
	rcp_status rc = rcp__db_begin(db, err);
	if (rc == RCP_OK)
		sqlite3_exec(db->sql, "PRAGMA cache_size=" RCP_STR(BATCH_CACHE), NULL, NULL, NULL);
	return rc;
}

rcp_status rcp_fund_batch_end(rcp_db *db, int commit, rcp_error *err)
{
	rcp_status rc = RCP_OK;
	if (commit)
		rc = rcp__db_commit(db, err);
	else
		rcp__db_rollback(db);
	/* back to SQLite's default: db.c sets none */
	sqlite3_exec(db->sql, "PRAGMA cache_size=-2000", NULL, NULL, NULL);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Tickers                                                             */
/* ------------------------------------------------------------------ */

/* A field of the SEC map as text: its strings, and its numbers (the CIK
 * is a number there) written as integers. */
static const char *field_text(json_t *v, char buf[32])
{
	if (json_is_string(v))
		return json_string_value(v);
	if (json_is_integer(v)) {
		snprintf(buf, 32, "%lld", (long long)json_integer_value(v));
		return buf;
	}
	return NULL;
}

rcp_status rcp_fund_tickers_load(rcp_db *db, const char *path, int64_t *n, rcp_error *err)
{
	json_error_t je;
	json_t *doc = json_load_file(path, JSON_REJECT_DUPLICATES, &je);
	if (!doc)
		return rcp__error_set(err, RCP_EPARSE, "cannot read the ticker map", path,
		                      "line %d: %s", je.line, je.text);
	static const char *const want[] = {"cik", "seriesId", "classId", "symbol"};
	int at[4] = {-1, -1, -1, -1};
	json_t *fields = json_object_get(doc, "fields"), *data = json_object_get(doc, "data");
	size_t i;
	json_t *f;
	json_array_foreach(fields, i, f)
		for (int k = 0; k < 4; k++)
			if (json_is_string(f) && !strcmp(json_string_value(f), want[k]))
				at[k] = (int)i;
	if (!json_is_array(data) || at[1] < 0 || at[3] < 0) {
		json_decref(doc);
		return rcp__error_set(err, RCP_EPARSE, "not a ticker map", path,
		                      "want {\"fields\": [\"cik\",\"seriesId\",\"classId\",\"symbol\"],"
		                      " \"data\": [[...], ...]}");
	}
	static const char q[] =
		"INSERT OR REPLACE INTO fund_ticker(symbol, series, class, cik) VALUES (?,?,?,?)";
	sqlite3_stmt *st;
	int64_t stored = 0, skipped = 0;
	rcp_status rc = rcp__db_begin(db, err);
	if (rc == RCP_OK)
		rc = rcp__db_stmt(db, q, &st, err);
	json_t *row;
	json_array_foreach(data, i, row) {
		if (rc != RCP_OK)
			break;
		char b[4][32];
		const char *v[4] = {NULL, NULL, NULL, NULL};
		for (int k = 0; k < 4; k++)
			if (at[k] >= 0)
				v[k] = field_text(json_array_get(row, (size_t)at[k]), b[k]);
		/* a class without a series or a symbol names no fund */
		if (!v[1] || !*v[1] || !v[3] || !*v[3] || strlen(v[3]) > 16) {
			skipped++;
			continue;
		}
		char sym[17];
		size_t k = 0;
		for (; v[3][k] && k < 16; k++)
			sym[k] = (char)toupper((unsigned char)v[3][k]);
		sym[k] = '\0';
		rcp__bind_text(st, 1, sym);
		rcp__bind_text(st, 2, v[1]);
		rcp__bind_text(st, 3, v[2]);
		rcp__bind_text(st, 4, v[0]);
		rc = rcp__db_step_done(db, st, "cannot store a ticker", err);
		stored++;
	}
	if (rc == RCP_OK) {
		char *file = rcp__utf8_dup(path, strlen(path)); /* json_pack refuses non-UTF-8 */
		json_t *p = json_pack("{s:s, s:I, s:I}", "file", file, "stored", (json_int_t)stored,
		                      "skipped", (json_int_t)skipped);
		free(file);
		rc = rcp__audit_append(db, "fund.tickers", "fund-tickers", p, err);
		json_decref(p);
	}
	if (rc == RCP_OK)
		rc = rcp__db_commit(db, err);
	else
		rcp__db_rollback(db);
	json_decref(doc);
	if (rc == RCP_OK && n)
		*n = stored;
	return rc;
}

/* ------------------------------------------------------------------ */
/* The list                                                            */
/* ------------------------------------------------------------------ */

/* Every fund with a filing, its measure x (total exposure, or one
 * category's) and its band on the relative scale: A for none, the others
 * in four bands B, C, D, F of about equal size by rank (ties together). */
#define FUND_LIST_SQL(order)                                                                     \
	"WITH u AS (SELECT f.id, f.name, f.manager, f.cik, f.series, f.grade, f.exposure,"            \
	"  f.by_category, f.flagged, f.claims, f.graded_at, f.graded_seq,"                           \
	"  ff.period, ff.holdings,"                                                                   \
	"  (SELECT count(*) FROM fund_filing WHERE fund = f.id) AS filings,"                         \
	"  (SELECT group_concat(symbol, ' ') FROM (SELECT symbol FROM fund_ticker"                  \
	"    WHERE series = f.series ORDER BY symbol)) AS tickers,"                                   \
	"  CASE WHEN ?1 IS NULL THEN f.exposure"                                                      \
	"   ELSE json_extract(f.by_category, '$.' || ?1) END AS x"                                     \
	"  FROM fund f JOIN fund_filing ff ON ff.id = f.latest),"                                     \
	" r AS (SELECT u.*, CASE WHEN x > 0 THEN substr('BCDF', 1 + (rank() OVER"                     \
	"  (PARTITION BY x > 0 ORDER BY x) - 1) * 4 / count(*) OVER (PARTITION BY x > 0), 1)"          \
	"  ELSE 'A' END AS band FROM u)"                                                              \
	" SELECT id, name, manager, cik, series, grade, exposure, by_category, flagged, claims,"       \
	"  graded_at, graded_seq, period, holdings, filings, tickers, x, band FROM r"                 \
	" WHERE (?2 IS NULL OR name LIKE ?2 OR manager LIKE ?2 OR tickers LIKE ?2 OR series LIKE ?2)" \
	"  AND (?3 IS NULL OR manager LIKE ?3) AND (?1 IS NULL OR x > 0)"                             \
	"  AND (?4 = 0 OR id = ?4)"                                                                   \
	" ORDER BY " order

static const char q_list_name[] = FUND_LIST_SQL("name COLLATE NOCASE, id");
static const char q_list_name_desc[] = FUND_LIST_SQL("name COLLATE NOCASE DESC, id");
static const char q_list_x[] = FUND_LIST_SQL("x, name COLLATE NOCASE, id");
static const char q_list_x_desc[] = FUND_LIST_SQL("x DESC, name COLLATE NOCASE, id");

static json_t *fund_record(sqlite3_stmt *st, int relative, const char *category)
{
	json_t *o = json_object();
	json_object_set_new(o, "id", json_integer(sqlite3_column_int64(st, 0)));
	json_object_set_new(o, "name", text_or_null(rcp__col_text(st, 1)));
	json_object_set_new(o, "manager", text_or_null(rcp__col_text(st, 2)));
	json_object_set_new(o, "cik", text_or_null(rcp__col_text(st, 3)));
	json_object_set_new(o, "series", text_or_null(rcp__col_text(st, 4)));
	json_t *tk = json_array();
	const char *t = rcp__col_text(st, 15);
	while (t && *t) {
		size_t n = strcspn(t, " ");
		json_array_append_new(tk, json_stringn(t, n));
		t += n + (t[n] == ' ');
	}
	json_object_set_new(o, "ticker", json_array_size(tk) ? json_copy(json_array_get(tk, 0))
	                                                      : json_null());
	json_object_set_new(o, "tickers", tk);
	json_object_set_new(o, "period", text_or_null(rcp__col_text(st, 12)));
	json_object_set_new(o, "filings", json_integer(sqlite3_column_int64(st, 14)));
	json_object_set_new(o, "holdings", json_integer(sqlite3_column_int64(st, 13)));
	double x = sqlite3_column_double(st, 16);
	char g[2] = {relative ? rcp__col_text(st, 17)[0] : rcp_screen_grade(x), '\0'};
	if (!category && !relative && rcp__col_text(st, 5))
		g[0] = rcp__col_text(st, 5)[0];
	json_object_set_new(o, "grade", json_string(g));
	json_object_set_new(o, "exposure_pct",
	                    json_real(rcp__round3(sqlite3_column_double(st, 6))));
	if (category)
		json_object_set_new(o, "category_pct", json_real(rcp__round3(x)));
	json_t *bc = rcp__col_text(st, 7) ? json_loads(rcp__col_text(st, 7), 0, NULL) : NULL;
	json_object_set_new(o, "by_category", bc ? bc : json_object());
	json_object_set_new(o, "flagged", json_integer(sqlite3_column_int64(st, 8)));
	json_object_set_new(o, "claims", json_integer(sqlite3_column_int64(st, 9)));
	json_object_set_new(o, "graded_at", text_or_null(rcp__col_text(st, 10)));
	json_object_set_new(o, "graded_seq", json_integer(sqlite3_column_int64(st, 11)));
	json_object_set_new(o, "scale", json_string(relative ? "relative" : "absolute"));
	return o;
}

/* "%text%" for LIKE, with LIKE's own wildcards taken as they are typed */
static char *like_pattern(const char *s)
{
	if (!s || !*s)
		return NULL;
	size_t n = strlen(s);
	char *p = rcp__xcalloc(n + 3, 1);
	p[0] = '%';
	memcpy(p + 1, s, n);
	p[n + 1] = '%';
	return p;
}

static rcp_status fund_each_id(rcp_db *db, const rcp_fund_filter *f, int64_t only,
                               int (*fn)(json_t *fund, void *ctx), void *ctx, rcp_error *err)
{
	static const rcp_fund_filter none = {0};
	if (!f)
		f = &none;
	if (f->category && !rcp_category_parse(f->category))
		return rcp__error_set(err, RCP_EINVAL, "unknown category", f->category,
		                      "military, occupation, borders, prisons, policing or surveillance");
	int by_x = f->sort && (!strcmp(f->sort, "exposure") || !strcmp(f->sort, "grade"));
	if (f->sort && !by_x && strcmp(f->sort, "name"))
		return rcp__error_set(err, RCP_EINVAL, "unknown sort", f->sort,
		                      "exposure, grade or name");
	const char *q = by_x ? (f->desc ? q_list_x_desc : q_list_x)
	                     : (f->desc ? q_list_name_desc : q_list_name);
	sqlite3_stmt *st;
	int owned;
	rcp_status rc = rcp__db_stmt_reentrant(db, q, &st, &owned, err);
	if (rc != RCP_OK)
		return rc;
	char *qp = like_pattern(f->query), *mp = like_pattern(f->manager);
	rcp__bind_text(st, 1, f->category);
	sqlite3_bind_text(st, 2, qp, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, mp, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 4, only);
	free(qp);
	free(mp);
	int64_t seen = 0, given = 0;
	int r;
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		json_t *o = fund_record(st, f->relative, f->category);
		const char *g = json_string_value(json_object_get(o, "grade"));
		if (f->grade && *f->grade && !strchr(f->grade, g[0])) {
			json_decref(o);
			continue;
		}
		if (seen++ < f->offset) {
			json_decref(o);
			continue;
		}
		int stop = fn(o, ctx);
		json_decref(o);
		given++;
		if (stop || (f->limit > 0 && given >= f->limit))
			break;
	}
	if (r != SQLITE_ROW && r != SQLITE_DONE)
		rc = rcp__error_db(err, db->sql, "cannot list funds");
	if (owned)
		rcp__db_stmt_done(st, owned);
	else
		sqlite3_reset(st);
	return rc;
}

rcp_status rcp_fund_each(rcp_db *db, const rcp_fund_filter *f,
                         int (*fn)(json_t *fund, void *ctx), void *ctx, rcp_error *err)
{
	return fund_each_id(db, f, 0, fn, ctx, err);
}

/* ------------------------------------------------------------------ */
/* One fund                                                            */
/* ------------------------------------------------------------------ */

/* A fund by id, ticker or series key: its id, or 0. */
static rcp_status resolve(rcp_db *db, const char *ref, int64_t *id, rcp_error *err)
{
	static const char q[] =
		"SELECT id FROM fund WHERE id = CAST(?1 AS INTEGER) AND ?1 NOT GLOB '*[^0-9]*'"
		" UNION ALL SELECT f.id FROM fund_ticker t JOIN fund f ON f.series = t.series"
		"  WHERE t.symbol = upper(?1)"
		" UNION ALL SELECT id FROM fund WHERE series = ?1 LIMIT 1";
	sqlite3_stmt *st;
	*id = 0;
	rcp_status rc = rcp__db_stmt(db, q, &st, err);
	if (rc != RCP_OK)
		return rc;
	rcp__bind_text(st, 1, ref);
	if (sqlite3_step(st) == SQLITE_ROW)
		*id = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (!*id)
		return rcp__error_set(err, RCP_ENOTFOUND, "no such fund", ref,
		                      "give a fund id, a ticker or a series id");
	return RCP_OK;
}

static int take_one(json_t *fund, void *ctx)
{
	*(json_t **)ctx = json_incref(fund);
	return 1;
}

/* The flagged companies of a filing, largest share first. */
static const char q_flagged[] =
	"SELECT h.entity, e.name, e.parent, p.name, e.tier, sum(h.share), count(*),"
	" (SELECT group_concat(category) FROM entity_category WHERE entity = h.entity),"
	" (SELECT group_concat(category) FROM entity_category WHERE entity = e.parent),"
	" min(h.name)"
	" FROM fund_holding h JOIN entity e ON e.id = h.entity"
	" LEFT JOIN entity p ON p.id = e.parent"
	" WHERE h.filing = ?1 AND h.entity IS NOT NULL"
	" GROUP BY h.entity ORDER BY sum(h.share) DESC, h.entity";

/* The flagged companies of filing as the screening report lists them. */
static json_t *flagged_of(rcp_db *db, int64_t filing, int with_reasons, rcp_error *err)
{
	sqlite3_stmt *st;
	int owned;
	if (rcp__db_stmt_reentrant(db, q_flagged, &st, &owned, err) != RCP_OK)
		return NULL;
	sqlite3_bind_int64(st, 1, filing);
	json_t *a = json_array();
	int r;
	rcp_status rc = RCP_OK;
	while (rc == RCP_OK && (r = sqlite3_step(st)) == SQLITE_ROW) {
		unsigned own = rcp_category_parse_list(rcp__col_text(st, 7));
		unsigned cats = own ? own : rcp_category_parse_list(rcp__col_text(st, 8));
		if (!cats)
			continue;
		const char *id = rcp__col_text(st, 0), *parent = rcp__col_text(st, 2);
		int rolls_up = !own && parent;
		json_t *f = json_object();
		json_object_set_new(f, "id", json_string(id));
		json_object_set_new(f, "name", text_or_null(rcp__col_text(st, 1)));
		json_object_set_new(f, "categories", rcp__categories_json(cats));
		json_object_set_new(f, "tier", text_or_null(rcp__col_text(st, 4)));
		json_object_set_new(f, "parent", text_or_null(parent));
		json_object_set_new(f, "parent_name", text_or_null(rcp__col_text(st, 3)));
		json_object_set_new(f, "rolls_up", json_boolean(rolls_up));
		json_object_set_new(f, "weight_pct",
		                    json_real(rcp__round3(sqlite3_column_double(st, 5))));
		json_object_set_new(f, "positions", json_integer(sqlite3_column_int64(st, 6)));
		json_object_set_new(f, "holding_name", text_or_null(rcp__col_text(st, 9)));
		if (with_reasons) {
			rc = rcp__screen_claims(db, id, f, err);
			if (rc == RCP_OK && rolls_up &&
			    json_integer_value(json_object_get(f, "claims")) == 0) {
				json_t *pf = json_object();
				rc = rcp__screen_claims(db, parent, pf, err);
				json_object_update(f, pf);
				json_decref(pf);
			}
			json_t *why = rc == RCP_OK ? rcp__screen_reasons(db, id, rolls_up ? parent : NULL,
			                                                 rcp__col_text(st, 3), cats, err)
			                           : NULL;
			if (!why && rc == RCP_OK)
				rc = err->code ? err->code : RCP_EDB;
			if (why)
				json_object_set_new(f, "reasons", why);
			json_t *inv = rc == RCP_OK ? rcp_investor_actions_json(db, id, err) : NULL;
			if (!inv && rc == RCP_OK)
				rc = err->code ? err->code : RCP_EDB;
			if (inv)
				json_object_set_new(f, "investor_actions", inv);
		}
		json_array_append_new(a, f);
	}
	if (owned)
		rcp__db_stmt_done(st, owned);
	else
		sqlite3_reset(st);
	if (rc != RCP_OK) {
		json_decref(a);
		return NULL;
	}
	return a;
}

static const char q_latest_filing[] =
	"SELECT ff.id, ff.period, ff.sha256, ff.file, ff.layout, ff.basis, ff.holdings, ff.rated,"
	" ff.added_at FROM fund f JOIN fund_filing ff ON ff.id = f.latest WHERE f.id = ?";

static const char q_history[] =
	"SELECT g.graded_at, g.seq, ff.period, g.grade, g.exposure, g.by_category, g.flagged,"
	" g.claims, g.cause FROM fund_grade g JOIN fund_filing ff ON ff.id = g.filing"
	" WHERE g.fund = ? ORDER BY g.id";

json_t *rcp_fund_json(rcp_db *db, const char *ref, int relative, rcp_error *err)
{
	int64_t id;
	if (resolve(db, ref, &id, err) != RCP_OK)
		return NULL;
	rcp_fund_filter f = {0};
	f.relative = relative;
	json_t *o = NULL;
	if (fund_each_id(db, &f, id, take_one, &o, err) != RCP_OK)
		return NULL;
	if (!o) {
		rcp__error_set(err, RCP_ENOTFOUND, "no filing stored for fund", ref, NULL);
		return NULL;
	}
	sqlite3_stmt *st;
	if (rcp__db_stmt(db, q_latest_filing, &st, err) != RCP_OK) {
		json_decref(o);
		return NULL;
	}
	sqlite3_bind_int64(st, 1, id);
	int64_t filing = 0;
	json_t *rep = json_object();
	if (sqlite3_step(st) == SQLITE_ROW) {
		filing = sqlite3_column_int64(st, 0);
		json_t *fl = json_object();
		json_object_set_new(fl, "id", json_integer(filing));
		json_object_set_new(fl, "period", text_or_null(rcp__col_text(st, 1)));
		json_object_set_new(fl, "sha256", text_or_null(rcp__col_text(st, 2)));
		json_object_set_new(fl, "file", text_or_null(rcp__col_text(st, 3)));
		json_object_set_new(fl, "layout", text_or_null(rcp__col_text(st, 4)));
		json_object_set_new(fl, "added_at", text_or_null(rcp__col_text(st, 8)));
		json_object_set_new(rep, "filing", fl);
		json_object_set_new(rep, "holdings", json_integer(sqlite3_column_int64(st, 6)));
		json_object_set_new(rep, "rated", json_integer(sqlite3_column_int64(st, 7)));
		json_t *ex = json_object();
		json_object_set_new(ex, "total_pct", json_copy(json_object_get(o, "exposure_pct")));
		json_object_set_new(ex, "by_category", json_deep_copy(json_object_get(o, "by_category")));
		json_object_set_new(ex, "basis", text_or_null(rcp__col_text(st, 5)));
		json_object_set_new(rep, "exposure", ex);
	}
	sqlite3_reset(st);
	json_t *flagged = flagged_of(db, filing, 1, err);
	if (!flagged) {
		json_decref(rep);
		json_decref(o);
		return NULL;
	}
	json_object_set_new(rep, "flagged", flagged);
	json_object_set_new(rep, "grade", json_copy(json_object_get(o, "grade")));
	json_object_set_new(rep, "grade_scale",
	                    json_string(relative ? "relative: A no exposure; B, C, D, F the exposed "
	                                           "funds in four bands of about equal size"
	                                         : "A 0%, B up to 1%, C up to 3%, D up to 5%, "
	                                           "F over 5%"));
	json_object_set_new(o, "report", rep);

	json_t *hist = json_array();
	if (rcp__db_stmt(db, q_history, &st, err) != RCP_OK) {
		json_decref(hist);
		json_decref(o);
		return NULL;
	}
	sqlite3_bind_int64(st, 1, id);
	while (sqlite3_step(st) == SQLITE_ROW) {
		json_t *h = json_object();
		json_object_set_new(h, "graded_at", text_or_null(rcp__col_text(st, 0)));
		json_object_set_new(h, "seq", json_integer(sqlite3_column_int64(st, 1)));
		json_object_set_new(h, "period", text_or_null(rcp__col_text(st, 2)));
		json_object_set_new(h, "grade", text_or_null(rcp__col_text(st, 3)));
		json_object_set_new(h, "exposure_pct",
		                    json_real(rcp__round3(sqlite3_column_double(st, 4))));
		json_t *bc = rcp__col_text(st, 5) ? json_loads(rcp__col_text(st, 5), 0, NULL) : NULL;
		json_object_set_new(h, "by_category", bc ? bc : json_object());
		json_object_set_new(h, "flagged", json_integer(sqlite3_column_int64(st, 6)));
		json_object_set_new(h, "claims", json_integer(sqlite3_column_int64(st, 7)));
		json_object_set_new(h, "cause", text_or_null(rcp__col_text(st, 8)));
		json_array_append_new(hist, h);
	}
	sqlite3_reset(st);
	json_object_set_new(o, "history", hist);
	return o;
}

/* ------------------------------------------------------------------ */
/* Comparing                                                           */
/* ------------------------------------------------------------------ */

static int by_difference(const void *x, const void *y)
{
	return rcp__json_order_desc(x, y, "difference_pct");
}

json_t *rcp_fund_compare(rcp_db *db, const char *const *refs, size_t n, rcp_error *err)
{
	if (n < 2) {
		rcp__error_set(err, RCP_EINVAL, "compare needs two funds or more", NULL, NULL);
		return NULL;
	}
	json_t *funds = json_array(), *by_id = json_object(), *order = json_array();
	for (size_t i = 0; i < n; i++) {
		json_t *fo = rcp_fund_json(db, refs[i], 0, err);
		if (!fo)
			goto fail;
		json_t *rep = json_object_get(fo, "report");
		size_t k;
		json_t *c;
		json_array_foreach(json_object_get(rep, "flagged"), k, c) {
			const char *cid = json_string_value(json_object_get(c, "id"));
			json_t *e = json_object_get(by_id, cid);
			if (!e) {
				e = json_pack("{s:s, s:O, s:O, s:o}", "id", cid, "name",
				              json_object_get(c, "name"), "categories",
				              json_object_get(c, "categories"), "weights", json_array());
				for (size_t j = 0; j < n; j++)
					json_array_append_new(json_object_get(e, "weights"), json_real(0));
				json_object_set_new(by_id, cid, e);
				json_array_append_new(order, json_string(cid));
			}
			json_real_set(json_array_get(json_object_get(e, "weights"), i),
			              json_number_value(json_object_get(c, "weight_pct")));
		}
		json_object_del(fo, "history");
		json_array_append_new(funds, fo);
	}
	size_t m = json_array_size(order);
	json_t **v = rcp__xcalloc(m ? m : 1, sizeof *v);
	for (size_t k = 0; k < m; k++) {
		json_t *e = json_object_get(by_id, json_string_value(json_array_get(order, k)));
		double lo = INFINITY, hi = -INFINITY;
		size_t j;
		json_t *w;
		json_array_foreach(json_object_get(e, "weights"), j, w) {
			double x = json_real_value(w);
			lo = x < lo ? x : lo;
			hi = x > hi ? x : hi;
		}
		json_object_set_new(e, "difference_pct", json_real(rcp__round3(hi - lo)));
		v[k] = e;
	}
	qsort(v, m, sizeof *v, by_difference);
	json_t *hold = json_array();
	for (size_t k = 0; k < m; k++)
		json_array_append(hold, v[k]);
	free(v);
	/* the reports are in "funds" already: keep the comparison small */
	size_t i;
	json_t *fo;
	json_array_foreach(funds, i, fo)
		json_object_del(fo, "report");
	json_t *out = json_pack("{s:o, s:o}", "funds", funds, "holdings", hold);
	json_decref(by_id);
	json_decref(order);
	return out;
fail:
	json_decref(funds);
	json_decref(by_id);
	json_decref(order);
	return NULL;
}

/* ------------------------------------------------------------------ */
/* Changes                                                             */
/* ------------------------------------------------------------------ */

rcp_status rcp_fund_changes(rcp_db *db, const char *since, int64_t limit,
                            int (*fn)(json_t *change, void *ctx), void *ctx, rcp_error *err)
{
	static const char q[] =
		"SELECT g.graded_at, g.seq, g.fund, f.name, g.grade, g.prev_grade, g.exposure,"
		" g.prev_exposure, g.cause, ff.period, g.claims"
		" FROM fund_grade g JOIN fund f ON f.id = g.fund JOIN fund_filing ff ON ff.id = g.filing"
		" WHERE ?1 IS NULL OR g.graded_at >= ?1 ORDER BY g.id DESC LIMIT ?2";
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_stmt(db, q, &st, err);
	if (rc != RCP_OK)
		return rc;
	rcp__bind_text(st, 1, since);
	sqlite3_bind_int64(st, 2, limit > 0 ? limit : -1);
	int r;
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		json_t *o = json_object();
		json_object_set_new(o, "time", text_or_null(rcp__col_text(st, 0)));
		json_object_set_new(o, "seq", json_integer(sqlite3_column_int64(st, 1)));
		json_object_set_new(o, "fund", json_integer(sqlite3_column_int64(st, 2)));
		json_object_set_new(o, "name", text_or_null(rcp__col_text(st, 3)));
		json_object_set_new(o, "period", text_or_null(rcp__col_text(st, 9)));
		json_object_set_new(o, "grade", text_or_null(rcp__col_text(st, 4)));
		json_object_set_new(o, "prev_grade", text_or_null(rcp__col_text(st, 5)));
		json_object_set_new(o, "exposure_pct",
		                    json_real(rcp__round3(sqlite3_column_double(st, 6))));
		json_object_set_new(o, "prev_exposure_pct",
		                    sqlite3_column_type(st, 7) == SQLITE_NULL
		                        ? json_null()
		                        : json_real(rcp__round3(sqlite3_column_double(st, 7))));
		json_object_set_new(o, "claims", json_integer(sqlite3_column_int64(st, 10)));
		json_object_set_new(o, "cause", text_or_null(rcp__col_text(st, 8)));
		int stop = fn(o, ctx);
		json_decref(o);
		if (stop)
			break;
	}
	if (r != SQLITE_ROW && r != SQLITE_DONE)
		rc = rcp__error_db(err, db->sql, "cannot list the changes");
	sqlite3_reset(st);
	return rc;
}
