/* Search through the library: stems across languages, diacritics,
 * phrases, exclusion, filters, snippets whose hits point at the words. */
#include <stdlib.h>
#include <unistd.h>

#include "internal.h"
#include "test.h"

typedef struct got {
	char ids[600];
	int n;
	int hits_ok;
	size_t first_hits; /* hits marked in the first result */
	char first_snippet[512];
} got;

static int on_result(const rcp_search_result *r, void *ctx)
{
	got *g = ctx;
	char id[16];
	snprintf(id, sizeof id, "%s%lld", g->n ? " " : "", (long long)r->id);
	strcat(g->ids, id);
	if (!g->n)
		g->first_hits = r->nhits;
	if (!g->n)
		snprintf(g->first_snippet, sizeof g->first_snippet, "%.*s",
		         (int)(r->snippet_end - r->snippet_start), r->snippet);
	for (size_t i = 0; i < r->nhits; i++)
		if (r->hits[i].start < r->snippet_start || r->hits[i].end > r->snippet_end ||
		    r->hits[i].end <= r->hits[i].start)
			g->hits_ok = 0;
	g->n++;
	return 0;
}

static got search(rcp_db *db, const char *q, const char *lang, const char *after)
{
	got g = {.hits_ok = 1};
	rcp_search_opts o = {.query = q, .lang = lang, .after = after};
	rcp_error err;
	rcp_search_stats st;
	if (rcp_search(db, &o, on_result, &g, &st, &err) != RCP_OK) {
		snprintf(g.ids, sizeof g.ids, "error: %s", err.why);
	}
	return g;
}

/* ids ranked for q, up to limit, with the search's stats */
static got search_stats(rcp_db *db, const char *q, const char *lang, int64_t limit,
                        rcp_search_stats *st)
{
	got g = {.hits_ok = 1};
	rcp_search_opts o = {.query = q, .lang = lang, .limit = limit};
	rcp_error err;
	if (rcp_search(db, &o, on_result, &g, st, &err) != RCP_OK)
		snprintf(g.ids, sizeof g.ids, "error: %s", err.why);
	return g;
}

/* Is every id of sub in all, in the same order? */
static int in_order(const char *sub, const char *all)
{
	char a[640], b[640];
	snprintf(a, sizeof a, " %s ", all);
	const char *at = a;
	for (const char *p = sub; *p;) {
		size_t n = strcspn(p, " ");
		snprintf(b, sizeof b, " %.*s ", (int)n, p);
		if (!(at = strstr(at, b)))
			return 0;
		at += strlen(b) - 1;
		p += n;
		p += *p == ' ';
	}
	return 1;
}

static int64_t add(rcp_db *db, const char *text, const char *lang, const char *published)
{
	rcp_source_meta m = {.lang = lang, .published = published, .title = "t"};
	rcp_add_result res;
	rcp_error err;
	if (rcp_source_add(db, (const uint8_t *)text, strlen(text), &m, 0, &res, &err) != RCP_OK) {
		fprintf(stderr, "add: %s\n", err.why);
		return -1;
	}
	return res.id;
}

int main(void)
{
	char path[] = "/tmp/rcp-test-search-XXXXXX";
	rcp_db *db = test_db_new(path);
	rcp_error err;
	rcp_error_clear(&err);
	CHECK_INT(add(db, "Elbit Systems contracted with CBP for border towers in Arizona.", "en", "2019"), 1);
	CHECK_INT(add(db, "Le ministère de la Défense a signé des contrats avec Elbit.", NULL, "2024"), 2);
	CHECK_INT(add(db, "El Ministerio de Defensa revocó las adjudicaciones a Elbit.", NULL, "2025"), 3);
	CHECK_INT(add(db, "Die Bundeswehr least Drohnen. Verträge mit Israel.", NULL, "2022"), 4);
	CHECK_INT(add(db, "Palantir contracts with ICE; the towers of Babel.", "en", "2025"), 5);

	/* language detected when not given */
	got g;
	g = search(db, "ministère", "fr", NULL);
	CHECK_STR(g.ids, "2");

	/* stems: contracts finds contracted; adjudicación finds adjudicaciones */
	g = search(db, "contracts", NULL, NULL);
	CHECK(strstr(g.ids, "1") && strstr(g.ids, "5"));
	g = search(db, "adjudicación", NULL, NULL);
	CHECK_STR(g.ids, "3");
	/* diacritics: defense finds Défense and Defensa */
	g = search(db, "defense", NULL, NULL);
	CHECK(strstr(g.ids, "2") && strstr(g.ids, "3"));
	g = search(db, "VERTRAGE", NULL, NULL);
	CHECK_STR(g.ids, "4");
	/* phrases and exclusion */
	g = search(db, "\"border towers\"", NULL, NULL);
	CHECK_STR(g.ids, "1");
	g = search(db, "towers -babel", NULL, NULL);
	CHECK_STR(g.ids, "1");
	g = search(db, "elbit NOT revocó", NULL, NULL);
	CHECK(strstr(g.ids, "1") && strstr(g.ids, "2") && !strstr(g.ids, "3"));
	/* OR and prefix */
	g = search(db, "palantir OR bundeswehr", NULL, NULL);
	CHECK_INT(g.n, 2);
	g = search(db, "drohn*", NULL, NULL);
	CHECK_STR(g.ids, "4");
	/* a whole word as a prefix: documents are indexed by stem, which the
	 * word as typed does not begin; its stem does */
	g = search(db, "Drohnen*", NULL, NULL);
	CHECK_STR(g.ids, "4");
	CHECK(g.hits_ok && g.first_hits == 1);
	g = search(db, "contracts*", NULL, NULL);
	CHECK(strstr(g.ids, "1") && strstr(g.ids, "5"));
	g = search(db, "adjudicaciones*", NULL, NULL);
	CHECK_STR(g.ids, "3");
	g = search(db, "towers* arizona", NULL, NULL);
	CHECK_STR(g.ids, "1");
	CHECK(g.hits_ok && g.first_hits == 2);
	/* filters */
	g = search(db, "elbit", NULL, "2024");
	CHECK(!strstr(g.ids, "1") && g.n == 2);
	g = search(db, "elbit", "es", NULL);
	CHECK_STR(g.ids, "3");
	/* a document in a language Snowball does not stem is indexed folded:
	 * query terms then keep their folded form too */
	CHECK_INT(add(db, "\xd7\x97\xd7\x95\xd7\x96\xd7\x99\xd7\x9d Elbit contracts", "he", "2025"), 6);
	g = search(db, "contracts", NULL, NULL);
	CHECK(strstr(g.ids, "1") && strstr(g.ids, "5") && strstr(g.ids, "6"));
	g = search(db, "contracted", NULL, NULL);
	CHECK(strstr(g.ids, "1") && strstr(g.ids, "5") && !strstr(g.ids, "6"));
	/* snippets: hits inside the passage, the passage is a sentence */
	g = search(db, "drohne", NULL, NULL);
	CHECK_STR(g.ids, "4");
	CHECK_STR(g.first_snippet, "Die Bundeswehr least Drohnen.");
	CHECK(g.hits_ok);
	/* a word is written as an OR of its forms (rcp__search_parse): it
	 * matches what the same word as FTS5 synonyms matches */
	static const char *const same[] = {
		"contracts", "defense", "elbit NOT revocó", "palantir OR bundeswehr", "drohn*",
		"\"border towers\"", "towers -babel", "l'armée elbit", "VERTRAGE", "contracted towers",
		"adjudicación", "ministère defensa", "(elbit OR palantir) -\"border towers\"",
	};
	sqlite3_stmt *ids;
	CHECK(sqlite3_prepare_v2(db->sql, "SELECT group_concat(rowid, ' ') FROM"
	                                  " (SELECT rowid FROM source_fts WHERE source_fts MATCH ?1"
	                                  "  ORDER BY rowid)", -1, &ids, NULL) == SQLITE_OK);
	int expanded = 0;
	for (size_t i = 0; i < sizeof same / sizeof same[0]; i++) {
		for (int all = 0; all < 2; all++) {
			rcp__search_set_query_lang(db->search, NULL, all ? 0 : rcp__search_lang_bit("en"));
			rcp_query a, b;
			CHECK_INT(rcp__query_parse(same[i], &a, &err), RCP_OK);
			CHECK_INT(rcp__search_parse(db->search, same[i], &b, &err), RCP_OK);
			expanded += strstr(b.fts, " OR \"\x01") != NULL;
			char want[64] = "", have[64] = "";
			for (int k = 0; k < 2; k++) {
				sqlite3_bind_text(ids, 1, k ? b.fts : a.fts, -1, SQLITE_STATIC);
				CHECK(sqlite3_step(ids) == SQLITE_ROW);
				const unsigned char *t = sqlite3_column_text(ids, 0);
				snprintf(k ? have : want, sizeof want, "%s", t ? (const char *)t : "");
				sqlite3_reset(ids);
			}
			if (strcmp(want, have))
				fprintf(stderr, "%s: %s (%s) but %s (%s)\n", same[i], want, a.fts, have, b.fts);
			CHECK_STR(have, want);
			rcp__query_release(&a);
			rcp__query_release(&b);
		}
	}
	sqlite3_finalize(ids);
	CHECK(expanded >= 4);
	/* the marker of those tokens is not something a user can type */
	rcp_query v;
	CHECK_INT(rcp__search_parse(db->search, "\x01contracts \"\x01border\"", &v, &err), RCP_OK);
	CHECK(strstr(v.fts, "\"\x01\x01") == NULL && strstr(v.fts, "\" \"") == NULL);
	CHECK(strstr(v.fts, "\"\x01border\"") == NULL);
	rcp__query_release(&v);

	/* rcp__search_rank with best = k: the k best first, in the order a
	 * whole sort gives (ties broken newest first), the others after */
	sqlite3_stmt *sc;
	CHECK(sqlite3_prepare_v2(db->sql, "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL"
	                                  " SELECT i + 1 FROM r WHERE i < 1000)"
	                                  " SELECT i, -((i * 7919) % 1009 / 10) FROM r",
	                         -1, &sc, NULL) == SQLITE_OK);
	rcp_rank_hit *all_hits, *some;
	size_t nall, nsome;
	CHECK_INT(rcp__search_rank(db->sql, sc, 0, &all_hits, &nall, &err), RCP_OK);
	CHECK_INT(nall, 1000);
	int sorted = 1;
	for (size_t i = 1; i < nall; i++)
		sorted &= all_hits[i - 1].score > all_hits[i].score ||
		          (all_hits[i - 1].score == all_hits[i].score &&
		           all_hits[i - 1].id > all_hits[i].id);
	CHECK(sorted);
	static const size_t ks[] = {1, 2, 3, 10, 99, 500, 999, 1000, 5000};
	for (size_t j = 0; j < sizeof ks / sizeof ks[0]; j++) {
		CHECK_INT(rcp__search_rank(db->sql, sc, ks[j], &some, &nsome, &err), RCP_OK);
		CHECK_INT(nsome, 1000);
		int same_k = 1;
		int64_t sum_all = 0, sum_some = 0;
		for (size_t i = 0; i < nsome; i++) {
			if (i < ks[j])
				same_k &= some[i].id == all_hits[i].id;
			sum_all += all_hits[i].id;
			sum_some += some[i].id;
		}
		CHECK(same_k && sum_all == sum_some);
		free(some);
	}
	free(all_hits);
	sqlite3_finalize(sc);

	/* a malformed query names its byte */
	rcp_search_opts o = {.query = "elbit (towers"};
	CHECK_INT(rcp_search(db, &o, on_result, &g, NULL, &err), RCP_EPARSE);
	CHECK_INT(err.offset, 6);
	o.query = "elbit";
	o.after = "2024-13";
	CHECK_INT(rcp_search(db, &o, on_result, &g, NULL, &err), RCP_EINVAL);

	/* no cap: the top 5 is the first five of the whole ranking, filtered
	 * or not (the ranking is exact, topk.c) */
	char doc[256];
	for (int i = 0; i < 12; i++) {
		snprintf(doc, sizeof doc, "Report %d on the gadget trade.%s", i,
		         i % 3 == 0 ? " Gadget gadget gadget." : i % 3 == 1 ? " A gadget." : "");
		add(db, doc, "en", "2025");
	}
	rcp_search_stats st;
	got whole = search_stats(db, "gadget", NULL, 20, &st);
	CHECK_INT(whole.n, 12);
	CHECK_INT(st.exhaustive, 1);
	CHECK_INT(st.matches, 12);
	got top5 = search_stats(db, "gadget", NULL, 5, &st);
	CHECK_INT(top5.n, 5);
	CHECK_INT(st.exhaustive, 1);
	CHECK(in_order(top5.ids, whole.ids));
	CHECK(!strncmp(whole.ids, top5.ids, strlen(top5.ids)));
	got filtered = search_stats(db, "gadget", "en", 5, &st); /* the filtered statement */
	CHECK_STR(filtered.ids, top5.ids);

	/* a function word of the query is marked only beside another mark:
	 * "de" in "Ministerio de Defensa", not the other three */
	add(db, "El Ministerio de Defensa firmó un contrato de armas de 200 millones de euros.",
	    "es", "2025");
	got mdd = search(db, "Ministerio de Defensa armas", "es", NULL);
	CHECK(mdd.n >= 1);
	CHECK_INT(mdd.first_hits, 4); /* Ministerio, de, Defensa, armas */
	/* a passage comes from the body, not the title and metadata lines,
	 * when the body has a hit */
	add(db, "# Quarry notes\n\nSource: https://quarry.example/quarry\nPublished: 2024-01-02\n\n"
	        "Some other words first. The ministry bought quarry stone in 2024.", "en", "2024");
	got body = search(db, "quarry", "en", NULL);
	CHECK_STR(body.first_snippet, "The ministry bought quarry stone in 2024.");
	got only = search(db, "de", "es", NULL);
	CHECK(only.n >= 1 && only.first_hits >= 1); /* nothing else: marked */

	/* after a batch, the index's segments are merged: the same matches,
	 * fewer segments; a small batch merges nothing */
	int64_t mark = rcp_search_mark(db);
	CHECK_INT(rcp_search_merge(db, mark, &err), RCP_OK);
	got merged = search(db, "elbit", NULL, NULL);
	CHECK(merged.n >= 3);
	sqlite3 *m;
	CHECK(sqlite3_open(":memory:", &m) == SQLITE_OK);
	CHECK(sqlite3_exec(m, "CREATE VIRTUAL TABLE t USING fts5(x)", NULL, NULL, NULL) == SQLITE_OK);
	sqlite3_stmt *ins, *seg, *hits;
	CHECK(sqlite3_prepare_v2(m, "INSERT INTO t(rowid, x) VALUES (?1, ?2)", -1, &ins, NULL) ==
	      SQLITE_OK);
	CHECK(sqlite3_prepare_v2(m, "SELECT count(DISTINCT segid) FROM t_idx", -1, &seg, NULL) ==
	      SQLITE_OK);
	CHECK(sqlite3_prepare_v2(m, "SELECT group_concat(rowid, ' ') FROM"
	                            " (SELECT rowid FROM t WHERE t MATCH 'alpha beta' ORDER BY rowid)",
	                         -1, &hits, NULL) == SQLITE_OK);
	for (int i = 1; i <= 300; i++) { /* a transaction, a segment each */
		char text[128];
		snprintf(text, sizeof text, "alpha w%d %s gamma w%d", i % 17, i % 3 ? "beta" : "delta",
		         i * 7919 % 1000);
		sqlite3_bind_int(ins, 1, i);
		sqlite3_bind_text(ins, 2, text, -1, SQLITE_TRANSIENT);
		CHECK(sqlite3_step(ins) == SQLITE_DONE);
		sqlite3_reset(ins);
	}
	char want[2048] = "";
	int nseg[3];
	for (int k = 0; k < 3; k++) {
		if (k == 1) /* too few pages: nothing done */
			CHECK_INT(rcp__search_merge(m, "t", 10, &err), RCP_OK);
		if (k == 2)
			CHECK_INT(rcp__search_merge(m, "t", 1000000, &err), RCP_OK);
		CHECK(sqlite3_step(seg) == SQLITE_ROW);
		nseg[k] = sqlite3_column_int(seg, 0);
		sqlite3_reset(seg);
		CHECK(sqlite3_step(hits) == SQLITE_ROW);
		const char *h = (const char *)sqlite3_column_text(hits, 0);
		if (k == 0)
			snprintf(want, sizeof want, "%s", h ? h : "");
		else
			CHECK_STR(h ? h : "", want);
		sqlite3_reset(hits);
	}
	CHECK(nseg[0] > 5);
	CHECK_INT(nseg[1], nseg[0]);
	CHECK(nseg[2] >= 1 && nseg[2] <= 3);
	CHECK(strlen(want) > 100);
	sqlite3_finalize(ins);
	sqlite3_finalize(seg);
	sqlite3_finalize(hits);
	sqlite3_close(m);
	rcp_db_close(db);
	unlink(path);
	TEST_END();
}
