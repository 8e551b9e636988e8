/* The report: weights, exposure per category, grade, roll-up to a parent,
 * what is not rated, and the strongest accepted claim with its source. */
#include <math.h>
#include <fcntl.h>
#include <unistd.h>

#include "internal.h"
#include "test.h"

static double num(json_t *o, const char *k)
{
	return json_number_value(json_object_get(o, k));
}

static int rows_seen;
static void on_row(const rcp_screen_row *r, void *ctx)
{
	(void)ctx;
	rows_seen++;
	json_t *j = rcp_screen_row_json(r);
	CHECK(json_object_get(j, "row") && json_object_get(j, "match") &&
	      json_object_get(j, "score") && json_object_get(j, "why") && json_object_get(j, "name"));
	if (r->holding->row == 1) {
		CHECK_STR(json_string_value(json_object_get(j, "match")), "lockheed-martin");
		CHECK_STR(json_string_value(json_object_get(j, "why")), "isin");
	}
	json_decref(j);
}

int main(void)
{
	CHECK_INT(rcp_screen_grade(0.0), 'A');
	CHECK_INT(rcp_screen_grade(0.01), 'B');
	CHECK_INT(rcp_screen_grade(1.0), 'B');
	CHECK_INT(rcp_screen_grade(2.9), 'C');
	CHECK_INT(rcp_screen_grade(5.0), 'D');
	CHECK_INT(rcp_screen_grade(5.1), 'F');

	char path[] = "/tmp/rcp-test-report-XXXXXX";
	rcp_db *db = test_db_new(path);
	rcp_error err;
	rcp_error_clear(&err);
	char reg[600], fund[600];
	snprintf(reg, sizeof reg, "%s/screen/registry.jsonl", test_data_dir());
	snprintf(fund, sizeof fund, "%s/screen/fund.csv", test_data_dir());
	rcp_import_report ir;
	CHECK_INT(rcp_registry_import(db, reg, &ir, &err), RCP_OK);

	/* a source and two accepted claims and one candidate for Lockheed */
	const char *text = "Lockheed Martin supplies F-35 jets to the Israeli military. "
	                   "Lockheed Martin also sells spare parts.";
	rcp_source_meta meta = {.title = "F-35 deliveries", .kind = "article"};
	rcp_add_result ar;
	CHECK_INT(rcp_source_add(db, (const uint8_t *)text, strlen(text), &meta, 0, &ar, &err),
	          RCP_OK);
	char sql[1024];
	snprintf(sql, sizeof sql,
	         "INSERT INTO claim (company, relation, category, source, start, end, evidence,"
	         " status, confidence, created_at, updated_at) VALUES"
	         " ('lockheed-martin', 'supplies', 'military', %lld, 0, 59,"
	         "  'Lockheed Martin supplies F-35 jets to the Israeli military.', 'accepted', 0.9,"
	         "  'now', 'now'),"
	         " ('lockheed-martin', 'supplies', 'military', %lld, 60, 98,"
	         "  'Lockheed Martin also sells spare parts.', 'accepted', 0.5, 'now', 'now'),"
	         " ('lockheed-martin', 'supplies', 'military', %lld, 60, 98,"
	         "  'Lockheed Martin also sells spare parts.', 'candidate', 1.0, 'now', 'now'),"
	         " ('leonardo', 'supplies', 'military', %lld, 60, 98,"
	         "  'Lockheed Martin also sells spare parts.', 'accepted', 0.7, 'now', 'now')",
	         (long long)ar.id, (long long)ar.id, (long long)ar.id, (long long)ar.id);
	test_exec(db, sql);
	/* what an investor did about Lockheed: accepted shows, a candidate not */
	const char *text2 = "KLP sold its stake in Lockheed Martin in 2021. "
	                    "KLP bought shares in Lockheed Martin.";
	rcp_source_meta meta2 = {.title = "KLP exclusions", .kind = "article", .no_claims = 1};
	rcp_add_result ar2;
	CHECK_INT(rcp_source_add(db, (const uint8_t *)text2, strlen(text2), &meta2, 0, &ar2, &err),
	          RCP_OK);
	snprintf(sql, sizeof sql,
	         "INSERT INTO entity(id, kind, name, first_seen, last_changed)"
	         " VALUES ('klp', 'other_org', 'KLP', 't', 't');"
	         "INSERT INTO claim (company, relation, counterparty, source, start, end, evidence,"
	         " status, year, created_at, updated_at) VALUES"
	         " ('klp', 'divested', 'lockheed-martin', %lld, 0, 46,"
	         "  'KLP sold its stake in Lockheed Martin in 2021.', 'accepted', 2021, 'now', 'now'),"
	         " ('klp', 'invested', 'lockheed-martin', %lld, 47, 84,"
	         "  'KLP bought shares in Lockheed Martin.', 'candidate', NULL, 'now', 'now')",
	         (long long)ar2.id, (long long)ar2.id);
	test_exec(db, sql);

	rcp_name_index *m = rcp_name_index_load(db, &err);
	CHECK(m != NULL);
	CHECK_INT(rcp_name_index_size(m), 4); /* companies only */
	json_t *rep = NULL;
	CHECK_INT(rcp_screen_file(db, m, fund, on_row, NULL, &rep, &err), RCP_OK);
	CHECK_INT(rows_seen, 6);
	CHECK_INT(json_integer_value(json_object_get(rep, "holdings")), 6);
	CHECK_INT(json_integer_value(json_object_get(rep, "rated")), 5); /* not the cash */
	CHECK_INT(json_integer_value(json_object_get(rep, "not_rated_count")), 1);
	json_t *ex = json_object_get(rep, "exposure");
	CHECK(fabs(num(ex, "total_pct") - 2.25) < 1e-9);
	json_t *bc = json_object_get(ex, "by_category");
	CHECK(fabs(num(bc, "military") - 1.75) < 1e-9);
	CHECK(fabs(num(bc, "borders") - 2.0) < 1e-9);
	CHECK(fabs(num(bc, "prisons") - 0.5) < 1e-9);
	CHECK(fabs(num(bc, "surveillance")) < 1e-9);
	CHECK_STR(json_string_value(json_object_get(rep, "grade")), "C");
	json_t *fl = json_object_get(rep, "flagged");
	CHECK_INT(json_array_size(fl), 3);
	json_t *lm = json_array_get(fl, 0); /* heaviest first */
	CHECK_STR(json_string_value(json_object_get(lm, "id")), "lockheed-martin");
	CHECK_INT(json_integer_value(json_object_get(lm, "claims")), 2);
	CHECK_STR(json_string_value(json_object_get(lm, "tier")), "1");
	json_t *ev = json_object_get(lm, "evidence");
	CHECK_STR(json_string_value(json_object_get(ev, "quote")),
	          "Lockheed Martin supplies F-35 jets to the Israeli military.");
	CHECK_STR(json_string_value(json_object_get(ev, "source_sha256")), ar.sha256);
	CHECK_STR(json_string_value(json_object_get(ev, "source_title")), "F-35 deliveries");
	json_t *ia = json_object_get(lm, "investor_actions");
	CHECK_INT(json_array_size(ia), 1);
	CHECK_STR(json_string_value(json_object_get(json_array_get(ia, 0), "investor")), "klp");
	CHECK_STR(json_string_value(json_object_get(json_array_get(ia, 0), "action")), "divested");
	CHECK_STR(json_string_value(json_object_get(json_array_get(ia, 0), "quote")),
	          "KLP sold its stake in Lockheed Martin in 2021.");
	CHECK_STR(json_string_value(json_object_get(json_array_get(ia, 0), "source_sha256")),
	          ar2.sha256);
	/* Leonardo DRS has no categories: flagged through Leonardo, with its claims */
	json_t *drs = json_array_get(fl, 2);
	CHECK_STR(json_string_value(json_object_get(drs, "id")), "leonardo-drs");
	CHECK_STR(json_string_value(json_object_get(drs, "parent")), "leonardo");
	CHECK(json_is_true(json_object_get(drs, "rolls_up")));
	CHECK_INT(json_integer_value(json_object_get(drs, "claims")), 1);
	CHECK_STR(json_string_value(json_object_get(drs, "tier")), "2");
	/* every flag says why: the claims first, with the quote and source */
	json_t *why = json_object_get(lm, "reasons");
	CHECK(json_array_size(why) >= 2);
	CHECK_STR(json_string_value(json_object_get(json_array_get(why, 0), "kind")), "claim");
	CHECK(strstr(json_string_value(json_object_get(json_array_get(why, 0), "text")),
	             "Lockheed Martin supplies F-35 jets") != NULL);
	CHECK(json_string_value(json_object_get(json_array_get(why, 0), "source")) != NULL);
	/* through the parent: the parent's claim, said to be the parent's */
	why = json_object_get(drs, "reasons");
	CHECK(json_array_size(why) >= 1);
	CHECK(strstr(json_string_value(json_object_get(json_array_get(why, 0), "text")),
	             "through its parent") != NULL);
	for (size_t i = 0; i < json_array_size(fl); i++)
		CHECK(json_array_size(json_object_get(json_array_get(fl, i), "reasons")) > 0);

	char *html = rcp_screen_html(rep);
	CHECK(strstr(html, "<svg") != NULL);
	CHECK(strstr(html, "Lockheed Martin supplies F-35 jets") != NULL);
	CHECK(strstr(html, ar.sha256) != NULL);
	CHECK(strstr(html, "What investors did") != NULL);
	CHECK(strstr(html, "KLP sold its stake in Lockheed Martin in 2021.") != NULL);
	CHECK(strstr(html, "KLP bought shares") == NULL);
	free(html);
	json_decref(rep);

	/* no claims table rows needed without a db */
	rep = NULL;
	CHECK_INT(rcp_screen_file(NULL, m, fund, NULL, NULL, &rep, &err), RCP_OK);
	CHECK_INT(json_integer_value(json_object_get(json_array_get(json_object_get(rep, "flagged"), 0),
	                                             "claims")), 0);
	/* and the reasons are the match's categories */
	for (size_t i = 0; i < json_array_size(json_object_get(rep, "flagged")); i++) {
		json_t *r0 = json_array_get(
			json_object_get(json_array_get(json_object_get(rep, "flagged"), i), "reasons"), 0);
		CHECK_STR(json_string_value(json_object_get(r0, "kind")), "category");
	}
	json_decref(rep);

	/* weights that are fractions are scaled; weights far from 100% warn */
	char tmp[] = "/tmp/rcp-test-report-csv-XXXXXX";
	int fd = mkstemp(tmp);
	const char *csv = "Name,Weight\nLockheed Martin Corp,0.02\nApple Inc,0.98\n";
	CHECK(write(fd, csv, strlen(csv)) == (ssize_t)strlen(csv));
	close(fd);
	rep = NULL;
	CHECK_INT(rcp_screen_file(db, m, tmp, NULL, NULL, &rep, &err), RCP_OK);
	CHECK(fabs(num(json_object_get(rep, "exposure"), "total_pct") - 2.0) < 1e-9);
	CHECK_INT(json_integer_value(json_object_get(rep, "warning_count")), 0);
	json_decref(rep);
	fd = open(tmp, O_WRONLY | O_TRUNC);
	csv = "Name,Weight\nLockheed Martin Corp,20\nApple Inc,20\n";
	CHECK(write(fd, csv, strlen(csv)) == (ssize_t)strlen(csv));
	close(fd);
	rep = NULL;
	CHECK_INT(rcp_screen_file(db, m, tmp, NULL, NULL, &rep, &err), RCP_OK);
	CHECK_INT(json_integer_value(json_object_get(rep, "warning_count")), 1);
	CHECK(strstr(json_string_value(json_object_get(json_array_get(json_object_get(rep, "warnings"), 0),
	                                               "warning")), "40.00%") != NULL);
	/* exposure is over what is listed: 20 of 40 */
	CHECK(fabs(num(json_object_get(rep, "exposure"), "total_pct") - 50.0) < 1e-9);
	CHECK_STR(json_string_value(json_object_get(rep, "grade")), "F");
	json_decref(rep);
	/* short positions and absurd weights: long exposure over the positive
	 * weights, net beside it, every bad value a warning, the chart's bars
	 * inside the chart */
	fd = open(tmp, O_WRONLY | O_TRUNC);
	csv = "Name,Weight\nLockheed Martin Corp,4\nThe GEO Group Inc,-2\nApple Inc,96\n"
	      "Lockheed Martin Corp,-1100000000000\nApple Inc,1e999\nApple Inc,-3\n"
	      "The GEO Group Inc,5\n";
	CHECK(write(fd, csv, strlen(csv)) == (ssize_t)strlen(csv));
	close(fd);
	rep = NULL;
	CHECK_INT(rcp_screen_file(db, m, tmp, NULL, NULL, &rep, &err), RCP_OK);
	ex = json_object_get(rep, "exposure");
	/* long: (4 + 5) / (4 + 96 + 5); net: (4 - 2 + 5) / (4 - 2 + 96 - 3 + 5) */
	CHECK(fabs(num(ex, "total_pct") - 8.571) < 1e-9);
	CHECK(fabs(num(ex, "net_pct") - 7.0) < 1e-9);
	CHECK_INT(json_integer_value(json_object_get(ex, "negative_weights")), 2);
	bc = json_object_get(ex, "by_category");
	CHECK(fabs(num(bc, "military") - 3.81) < 1e-9);
	CHECK(fabs(num(bc, "borders") - 8.571) < 1e-9);
	{
		char all[4096] = "";
		size_t k;
		json_t *w;
		json_array_foreach(json_object_get(rep, "warnings"), k, w) {
			strncat(all, json_string_value(json_object_get(w, "warning")), 1000);
			strncat(all, "\n", 2);
		}
		CHECK(strstr(all, "over 100%") != NULL);
		CHECK(strstr(all, "not a finite number") != NULL);
		CHECK(strstr(all, "negative weight") != NULL);
		json_t *geo = NULL, *f;
		json_array_foreach(json_object_get(rep, "flagged"), k, f)
			if (!strcmp(json_string_value(json_object_get(f, "id")), "geo-group"))
				geo = f;
		CHECK(geo != NULL);
		CHECK(fabs(num(geo, "weight_pct") - 4.762) < 1e-9);
		CHECK(fabs(num(geo, "net_weight_pct") - 3.0) < 1e-9);
	}
	html = rcp_screen_html(rep);
	{
		/* every bar's width between 0 and the chart's 600 */
		int bars = 0;
		for (const char *q = html; (q = strstr(q, "<rect ")); q++) {
			const char *wd = strstr(q, "width=\"");
			CHECK(wd != NULL);
			if (!wd)
				break;
			long bw = strtol(wd + 7, NULL, 10);
			CHECK(bw >= 0 && bw <= 600);
			bars++;
		}
		CHECK_INT(bars, RCP_CATEGORY_COUNT);
		CHECK(strstr(html, "net") != NULL);
	}
	free(html);
	json_decref(rep);
	/* a header and nothing else */
	fd = open(tmp, O_WRONLY | O_TRUNC);
	CHECK(write(fd, "Name,Weight\n", 12) == 12);
	close(fd);
	rep = NULL;
	CHECK_INT(rcp_screen_file(db, m, tmp, NULL, NULL, &rep, &err), RCP_EPARSE);
	CHECK(rep == NULL);
	unlink(tmp);

	rcp_name_index_free(m);
	rcp_db_close(db);
	unlink(path);
	TEST_END();
}
