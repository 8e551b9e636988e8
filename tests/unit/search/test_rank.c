/* rcp_rank(): the same scores as FTS5's bm25(), to the bit, for rare and
 * frequent phrases alike (frequencies are counted, not estimated), and
 * with frequencies given (the "rcp_rank_df" pointer topk.c binds). */
#include <math.h>
#include <stdio.h>

#include "internal.h"
#include "test.h"

#define ROWS 6000

static void exec(sqlite3 *db, const char *sql)
{
	char *msg = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		fprintf(stderr, "%s: %s\n", sql, msg ? msg : "?");
		sqlite3_free(msg);
	}
}

/* Scores of every match of q, by rowid, from both functions. */
static int scores(sqlite3 *db, const char *q, double *mine, double *stock, int64_t *ids, int max)
{
	sqlite3_stmt *st;
	int n = 0;
	if (sqlite3_prepare_v2(db,
	                       "SELECT rowid, rcp_rank(t, 1, ?2, 3.0, 1.0), bm25(t, 3.0, 1.0)"
	                       " FROM t WHERE t MATCH ?1 ORDER BY rowid",
	                       -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_text(st, 1, q, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, ROWS);
	while (sqlite3_step(st) == SQLITE_ROW && n < max) {
		ids[n] = sqlite3_column_int64(st, 0);
		mine[n] = sqlite3_column_double(st, 1);
		stock[n] = sqlite3_column_double(st, 2);
		n++;
	}
	sqlite3_finalize(st);
	return n;
}

/* How many of the 10 best by a are among the 10 best by b. */
static int top10_overlap(const double *a, const double *b, int n)
{
	int ta[10], tb[10], k = n < 10 ? n : 10;
	for (int pass = 0; pass < 2; pass++) {
		const double *s = pass ? b : a;
		int *top = pass ? tb : ta;
		for (int j = 0; j < k; j++) {
			int best = -1;
			for (int i = 0; i < n; i++) {
				int taken = 0;
				for (int m = 0; m < j; m++)
					taken |= top[m] == i;
				if (!taken && (best < 0 || s[i] < s[best]))
					best = i;
			}
			top[j] = best;
		}
	}
	int same = 0;
	for (int i = 0; i < k; i++)
		for (int j = 0; j < k; j++)
			same += ta[i] == tb[j];
	return same;
}

int main(void)
{
	sqlite3 *db;
	rcp_error err;
	CHECK(sqlite3_open(":memory:", &db) == SQLITE_OK);
	CHECK_INT(rcp__search_register(db, NULL, &err), RCP_OK);
	exec(db, "CREATE VIRTUAL TABLE t USING fts5(title, text, tokenize='receipts')");
	exec(db, "BEGIN");
	sqlite3_stmt *ins;
	CHECK(sqlite3_prepare_v2(db, "INSERT INTO t(rowid, title, text) VALUES (?1, ?2, ?3)", -1,
	                         &ins, NULL) == SQLITE_OK);
	/* "border" in every other row, more of it in some; "tower" in one row
	 * of 100; "drone" in the titles of a few */
	int border_rows = 0, inserted = 1;
	for (int i = 1; i <= ROWS; i++) {
		char title[64], text[4096];
		border_rows += i % 2 == 0 || i % 37 == 0 || i % 100 == 3;
		snprintf(title, sizeof title, "%s report %d", i % 1000 == 7 ? "drone" : "annual", i);
		int k = snprintf(text, sizeof text, "words of row %d and filler text", i);
		if (i % 2 == 0)
			k += snprintf(text + k, sizeof text - (size_t)k, " border");
		if (i % 37 == 0)
			k += snprintf(text + k, sizeof text - (size_t)k, " border border crossing");
		if (i % 100 == 3)
			k += snprintf(text + k, sizeof text - (size_t)k, " tower near the border");
		if (i > ROWS - ROWS / 5 && i % 2 == 1)
			k += snprintf(text + k, sizeof text - (size_t)k, " nimbus");
		for (int j = 0; j < i % 7; j++)
			k += snprintf(text + k, sizeof text - (size_t)k, " more filler");
		/* rows with "tower" from about 10 to 340 words long: their
		 * lengths take one and two bytes in FTS5's docsize records */
		for (int j = 0; i % 100 == 3 && j < i % 1000 / 3; j++)
			k += snprintf(text + k, sizeof text - (size_t)k, " filler");
		sqlite3_bind_int(ins, 1, i);
		sqlite3_bind_text(ins, 2, title, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ins, 3, text, -1, SQLITE_TRANSIENT);
		inserted &= sqlite3_step(ins) == SQLITE_DONE;
		sqlite3_reset(ins);
	}
	CHECK(inserted);
	sqlite3_finalize(ins);
	exec(db, "COMMIT");

	static double mine[ROWS], stock[ROWS];
	static int64_t ids[ROWS];
	/* phrases are counted: the scores are bm25()'s */
	int n = scores(db, "tower", mine, stock, ids, ROWS);
	CHECK_INT(n, ROWS / 100);
	int equal = 1;
	for (int i = 0; i < n; i++)
		equal &= mine[i] == stock[i];
	CHECK(equal);
	n = scores(db, "drone OR tower", mine, stock, ids, ROWS);
	equal = 1;
	for (int i = 0; i < n; i++)
		equal &= fabs(mine[i] - stock[i]) < 1e-9;
	CHECK(n > ROWS / 100 && equal);

	/* a frequent one too, and one only in the newest rows */
	n = scores(db, "border", mine, stock, ids, ROWS);
	CHECK_INT(n, border_rows);
	equal = 1;
	for (int i = 0; i < n; i++)
		equal &= mine[i] == stock[i];
	CHECK(equal);
	CHECK_INT(top10_overlap(mine, stock, n), 10);
	n = scores(db, "nimbus", mine, stock, ids, ROWS);
	CHECK_INT(n, ROWS / 10);
	equal = 1;
	for (int i = 0; i < n; i++)
		equal &= mine[i] == stock[i];
	CHECK(equal);
	/* the rare word still weighs more than the frequent one */
	n = scores(db, "border tower", mine, stock, ids, ROWS);
	CHECK(n == ROWS / 100 && top10_overlap(mine, stock, n) == 10);

	/* lengths from search_doclen (doclen.c) give the scores xColumnSize
	 * gives; a chunk not in the table falls back to it; a change to the
	 * table is seen by the next query */
	static double want[ROWS], want_border[ROWS], got[ROWS];
	int n_tower = scores(db, "tower", want, stock, ids, ROWS);
	scores(db, "border", want_border, stock, ids, ROWS);
	exec(db, RCP_DOCLEN_CREATE);
	exec(db, "INSERT INTO search_doclen SELECT id >> 10, rcp_doclen_chunk(id, sz)"
	         " FROM t_docsize GROUP BY 1");
	exec(db, "DELETE FROM search_doclen WHERE chunk = 2");
	sqlite3_stmt *q;
	CHECK(sqlite3_prepare_v2(db, "SELECT count(*), sum(length(lens)) FROM search_doclen", -1, &q,
	                         NULL) == SQLITE_OK);
	CHECK(sqlite3_step(q) == SQLITE_ROW && sqlite3_column_int(q, 0) == 5 &&
	      sqlite3_column_int(q, 1) == 5 * RCP_DOCLEN_BYTES);
	sqlite3_finalize(q);
	n = scores(db, "tower", got, stock, ids, ROWS);
	equal = n == n_tower;
	for (int i = 0; i < n && equal; i++)
		equal &= got[i] == want[i];
	CHECK(equal);
	n = scores(db, "border", got, stock, ids, ROWS);
	equal = n == border_rows;
	for (int i = 0; i < n && equal; i++)
		equal &= got[i] == want_border[i];
	CHECK(equal);
	/* row 3 holds "tower": noted 100 tokens long, it scores lower */
	exec(db, "UPDATE search_doclen SET lens = rcp_doclen_put(lens, 3, X'64') WHERE chunk = 0");
	n = scores(db, "tower", got, stock, ids, ROWS);
	CHECK(n == n_tower && ids[0] == 3 && got[0] > want[0]);
	/* noting it again from the index puts it back */
	CHECK(sqlite3_prepare_v2(db, RCP_DOCLEN_NOTE("t"), -1, &q, NULL) == SQLITE_OK);
	sqlite3_bind_int(q, 1, 3);
	sqlite3_bind_int(q, 2, 3);
	CHECK(sqlite3_step(q) == SQLITE_DONE);
	sqlite3_finalize(q);
	n = scores(db, "tower", got, stock, ids, ROWS);
	CHECK(n == n_tower && got[0] == want[0]);
	/* docsize records hold SQLite varints: 200 in two bytes, 20,000 in
	 * three; the blob holds tokens + 1, little-endian */
	CHECK(sqlite3_prepare_v2(db, "SELECT hex(substr(rcp_doclen_put(NULL, 5, X'8148'), 11, 2)),"
	                             " hex(substr(rcp_doclen_put(NULL, 5, X'819C20'), 11, 2)),"
	                             " hex(substr(rcp_doclen_put(NULL, 1029, X'0281480A'), 11, 2))",
	                         -1, &q, NULL) == SQLITE_OK);
	CHECK(sqlite3_step(q) == SQLITE_ROW);
	CHECK_STR((const char *)sqlite3_column_text(q, 0), "C900");
	CHECK_STR((const char *)sqlite3_column_text(q, 1), "214E");
	CHECK_STR((const char *)sqlite3_column_text(q, 2), "D500"); /* 2 + 200 + 10 */
	sqlite3_finalize(q);
	CHECK_INT(rcp__doclen_code(0), 1);
	CHECK_INT(rcp__doclen_code(65533), 65534);
	CHECK_INT(rcp__doclen_code(1 << 20), 65535);

	/* without a rowid range the rows are taken as 1..rows */
	sqlite3_stmt *st;
	CHECK(sqlite3_prepare_v2(db, "SELECT rcp_rank(t) FROM t WHERE t MATCH 'border' LIMIT 1", -1,
	                         &st, NULL) == SQLITE_OK);
	CHECK(sqlite3_step(st) == SQLITE_ROW && sqlite3_column_double(st, 0) < 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	TEST_END();
}
