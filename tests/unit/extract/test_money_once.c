/*
 * Each amount a text tells is listed once (lib/extract/money_once.c): at
 * its first telling, or at the body's when the first is a headline the
 * body tells again; in one run and over windows alike, and in time that
 * grows with the number of amounts, not its square. A bare crown takes
 * the country the text names (lib/extract/money.c).
 */
#include "internal.h"
#include "extract/stages.h"
#include "test.h"

/* "amount currency@start" of each listed amount, joined */
static char *listed(json_t *j)
{
	rcp_buf b;
	rcp__buf_init(&b, 0);
	size_t i;
	json_t *m;
	json_array_foreach(json_object_get(j, "money"), i, m)
		rcp__buf_printf(&b, "%lld %s@%lld\n",
		                (long long)json_integer_value(json_object_get(m, "amount_minor")),
		                json_string_value(json_object_get(m, "currency")),
		                (long long)json_integer_value(json_object_get(m, "start")));
	char *s = rcp__xstrdup(b.data ? b.data : "");
	rcp__buf_release(&b);
	return s;
}

/* the distinct "amount currency" values of the list, sorted, and whether
 * any is listed twice */
static char *values(json_t *j, int *twice)
{
	json_t *seen = json_object();
	size_t i;
	json_t *m;
	*twice = 0;
	json_array_foreach(json_object_get(j, "money"), i, m) {
		char k[80];
		snprintf(k, sizeof k, "%020lld %s",
		         (long long)json_integer_value(json_object_get(m, "amount_minor")),
		         json_string_value(json_object_get(m, "currency")));
		if (json_object_get(seen, k))
			*twice = 1;
		json_object_set_new(seen, k, json_true());
	}
	char *s = json_dumps(seen, JSON_SORT_KEYS | JSON_COMPACT);
	json_decref(seen);
	return s;
}

typedef struct tally {
	size_t n, nok;
} tally;

static int count_nok(const rcp_money *m, void *ctx)
{
	tally *t = ctx;
	t->n++;
	t->nok += !strcmp(m->currency, "NOK");
	return 0;
}

static json_t *run(rcp_extractor *x, const char *text, size_t window)
{
	rcp_extract_opts o = {"en", 0};
	return rcp__extract_json_windows(x, text, strlen(text), &o, window);
}

int main(void)
{
	rcp_matcher *m;
	rcp_extractor *x = test_extractor_new(&m);

	/* a headline the body tells again: the body's */
	{
		const char *t = "ICE Is Paying Palantir $30 Million\n\n"
		                "The agency is paying Palantir $30 million for the system. "
		                "The $30 million deal runs to 2027.\n";
		json_t *j = run(x, t, 0);
		char *s = listed(j);
		const char *body = strstr(t, "$30 million");
		char want[64];
		snprintf(want, sizeof want, "3000000000 USD@%lld\n", (long long)(body - t));
		CHECK_STR(s, want);
		free(s);
		json_decref(j);
	}
	/* a standfirst, then the body: the first telling; other amounts stay */
	{
		const char *t = "Four companies share a $93.4 million contract. Later, four "
		                "companies received places on a $93.4 million contract, and "
		                "$64 million went to the first.\n";
		json_t *j = run(x, t, 0);
		char *s = listed(j);
		char want[96];
		snprintf(want, sizeof want, "9340000000 USD@%lld\n6400000000 USD@%lld\n",
		         (long long)(strstr(t, "$93.4") - t), (long long)(strstr(t, "$64") - t));
		CHECK_STR(s, want);
		free(s);
		json_decref(j);
	}
	/* the same value in two currencies, and a percentage of the same
	 * number, are other amounts */
	{
		json_t *j = run(x, "It paid $5 million and 5 million euros, 5% of the total.\n", 0);
		CHECK(json_array_size(json_object_get(j, "money")) == 2);
		CHECK(json_array_size(json_object_get(j, "percentages")) == 1);
		json_decref(j);
	}
	/* property: on random texts of repeated amounts, one run and windows
	 * of any size list each distinct value once, and the same values */
	{
		static const char *const amt[] = {"$5 million", "$12 million", "EUR 7 million",
		                                  "40 millions d'euros", "$5 million"};
		static const char *const fill[] = {"The ministry signed a deal worth ",
		                                   "Officials said the contract for ",
		                                   "A CONTRACT OF "};
		uint64_t seed = 0x9e3779b97f4a7c15ull;
		for (int round = 0; round < 60; round++) {
			rcp_buf b;
			rcp__buf_init(&b, 0);
			int n = 1 + (int)(test_rand(&seed, 40));
			for (int k = 0; k < n; k++)
				rcp__buf_printf(&b, "%s%s.%s", fill[test_rand(&seed, 3)],
				                amt[test_rand(&seed, 5)],
				                test_rand(&seed, 4) ? " " : "\n\n");
			json_t *one = run(x, b.data, 0);
			int twice;
			char *v1 = values(one, &twice);
			CHECK(!twice);
			size_t windows[] = {120, 400, 1000};
			for (int w = 0; w < 3; w++) {
				json_t *j = run(x, b.data, windows[w]);
				int t2;
				char *v2 = values(j, &t2);
				CHECK(!t2);
				CHECK_STR(v2, v1);
				free(v2);
				json_decref(j);
			}
			free(v1);
			json_decref(one);
			rcp__buf_release(&b);
		}
	}
	/* a hundred thousand tellings of one amount (each its own headline
	 * line) list one: sorted, not compared pairwise */
	{
		rcp_buf b;
		rcp__buf_init(&b, 0);
		for (int k = 0; k < 100000; k++)
			rcp__buf_printf(&b, "Pays $%d Million\n", k % 3 + 1);
		rcp_extract_opts o = {"en", 0};
		rcp__extraction r;
		rcp__extract_run(x, b.data, b.len, &o, &r);
		size_t kept = 0;
		for (size_t i = 0; i < r.money.n; i++)
			kept += !r.money_again[i];
		CHECK(r.money.n == 100000);
		CHECK(kept == 3);
		rcp__extraction_release(&r);
		rcp__buf_release(&b);
	}
	/* a bare crown read by the country the text names, the text looked
	 * at once however many crowns it tells (cached per scan) */
	{
		rcp_buf b;
		rcp__buf_init(&b, 0);
		rcp__buf_printf(&b, "Der norwegische Fonds KLP verkaufte.\n");
		for (int k = 0; k < 50000; k++)
			rcp__buf_printf(&b, "Er zahlte %d Millionen Kronen. ", k % 7 + 1);
		tally t = {0, 0};
		rcp_money_scan(b.data, b.len, "de", count_nok, &t);
		CHECK(t.n == 50000);
		CHECK(t.nok == 50000);
		rcp__buf_release(&b);
	}
	rcp_extractor_free(x);
	rcp_matcher_free(m);
	TEST_END();
}
