/*
 * Extraction over windows of whole sentences (lib/extract/windows.c): a
 * text under a window comes out as one run made it; a long text's claims
 * point at the right bytes of the whole text, and a fact told again in a
 * later window is a further receipt of its first telling, as in one run.
 */
#include "internal.h"
#include "extract/stages.h"
#include "test.h"

static const char *const para =
	"In 2022, CBP awarded Microsoft a contract worth a potential $19.1 million for Azure "
	"services. Microsoft acquired Aorato, whose technology was developed for the Israeli "
	"military. The weather was mild and the committee met again.\n"
	"Palantir signed a $30 million contract with ICE to build a case management system. "
	"Elbit Systems supplied drones to the Israeli military in 2023. Critics said the "
	"company had not disclosed the terms.\n";

/* "company relation counterparty amount" of each claim, sorted, joined */
static char *facts_of(json_t *j)
{
	rcp_buf b;
	rcp__buf_init(&b, 0);
	size_t i;
	json_t *c;
	json_array_foreach(json_object_get(j, "claims"), i, c) {
		const char *co = json_string_value(json_object_get(c, "company"));
		const char *cn = json_string_value(json_object_get(c, "company_name"));
		const char *pn = json_string_value(json_object_get(c, "counterparty_name"));
		rcp__buf_printf(&b, "%s %s %s %lld\n", co ? co : cn ? cn : "?",
		                json_string_value(json_object_get(c, "relation")), pn ? pn : "?",
		                (long long)json_integer_value(json_object_get(c, "amount_minor")));
	}
	char *s = rcp__xstrdup(b.data ? b.data : "");
	rcp__buf_release(&b);
	return s;
}

/* every claim's evidence is the text at its span; its further receipts
 * tell the same words */
static void check_spans(json_t *j, const char *text, size_t len)
{
	size_t i;
	json_t *c;
	json_array_foreach(json_object_get(j, "claims"), i, c) {
		json_int_t s = json_integer_value(json_object_get(c, "start"));
		json_int_t e = json_integer_value(json_object_get(c, "end"));
		const char *ev = json_string_value(json_object_get(c, "evidence"));
		CHECK(s >= 0 && e > s && (size_t)e <= len);
		CHECK(strlen(ev) == (size_t)(e - s) && !memcmp(ev, text + s, (size_t)(e - s)));
		size_t k;
		json_t *r;
		json_array_foreach(json_object_get(c, "receipts"), k, r) {
			json_int_t rs = json_integer_value(json_object_get(r, "start"));
			json_int_t re = json_integer_value(json_object_get(r, "end"));
			CHECK(rs >= 0 && re > rs && (size_t)re <= len);
			/* the paragraph repeats: the same fact in the same words */
			CHECK(re - rs == e - s && !memcmp(text + rs, text + s, (size_t)(e - s)));
		}
	}
}

int main(void)
{
	rcp_matcher *m;
	rcp_extractor *x = test_extractor_new(&m);
	rcp_extract_opts o = {"en", 0};

	/* under a window: the same JSON as one run, whatever the window */
	{
		rcp_buf b;
		rcp__buf_init(&b, 0);
		for (int k = 0; k < 20; k++)
			rcp__buf_append(&b, para, strlen(para));
		rcp__extraction r;
		rcp__extract_run(x, b.data, b.len, &o, &r);
		json_t *one = rcp__extraction_json(&r);
		rcp__extraction_release(&r);
		json_t *w = rcp__extract_json_windows(x, b.data, b.len, &o, b.len);
		json_t *d = rcp_extract_json(x, b.data, b.len, &o);
		CHECK(json_equal(one, w));
		CHECK(json_equal(one, d));
		char *a = json_dumps(one, JSON_SORT_KEYS), *c = json_dumps(d, JSON_SORT_KEYS);
		CHECK(a && c && !strcmp(a, c));
		free(a);
		free(c);
		json_decref(one);
		json_decref(w);
		json_decref(d);
		rcp__buf_release(&b);
	}

	/* windows end at sentence ends, else at a space, else at a character */
	{
		const char *t = "One. Two words here. Three\nfour five";
		for (size_t win = 4; win < strlen(t); win++) {
			size_t off = 0;
			while (off < strlen(t)) {
				size_t e = rcp__window_end(t, strlen(t), off, win);
				CHECK(e > off && e - off <= win);
				off = e;
			}
		}
		/* at "Three", after "here. " */
		CHECK_INT(rcp__window_end(t, strlen(t), 0, 24), 21);
		/* not after an abbreviation ("Corp.") or a short word */
		const char *ab = "Buy now from Acme Corp. Tools and St. Louis";
		CHECK_INT(rcp__window_end(ab, strlen(ab), 0, 30), 30); /* a space, not "Tools" */
		/* no sentence end in the second half: after a space */
		CHECK_INT(rcp__window_end(t, strlen(t), 0, 12), 9);
		const char *u = "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9";   /* no space: never inside a character */
		for (size_t win = 2; win < 8; win++)
			CHECK(((unsigned char)u[rcp__window_end(u, 8, 0, win)] & 0xC0) != 0x80);
	}

	/* the same paragraph K times, in windows of a few sentences: absolute
	 * offsets that point at the right bytes, and the facts of one run */
	for (int K = 1; K <= 40; K *= 3) {
		rcp_buf b;
		rcp__buf_init(&b, 0);
		for (int k = 0; k < K; k++)
			rcp__buf_append(&b, para, strlen(para));
		json_t *whole = rcp__extract_json_windows(x, b.data, b.len, &o, b.len);
		static const size_t wins[] = {200, 500, 1000, 4096};
		for (size_t wi = 0; wi < sizeof wins / sizeof *wins; wi++) {
			json_t *w = rcp__extract_json_windows(x, b.data, b.len, &o, wins[wi]);
			check_spans(w, b.data, b.len);
			char *fw = facts_of(w), *f1 = facts_of(whole);
			if (wins[wi] >= 500) /* windows of whole paragraphs' sentences */
				CHECK_STR(fw, f1);
			free(fw);
			free(f1);
			/* every mention of every organization, at its bytes */
			size_t i, k;
			json_t *org, *mn;
			json_array_foreach(json_object_get(w, "orgs"), i, org)
				json_array_foreach(json_object_get(org, "mentions"), k, mn) {
					json_int_t s = json_integer_value(json_object_get(mn, "start"));
					json_int_t e = json_integer_value(json_object_get(mn, "end"));
					const char *tx = json_string_value(json_object_get(mn, "text"));
					CHECK(s >= 0 && e > s && (size_t)e <= b.len &&
					      !memcmp(tx, b.data + s, (size_t)(e - s)));
				}
			json_decref(w);
		}
		check_spans(whole, b.data, b.len);
		json_decref(whole);
		rcp__buf_release(&b);
	}
	/* a jsonl line written straight from the extraction (rcp_extract_jsonl)
	 * is the compact dump of {"file"} and rcp_extract_json's object, byte
	 * for byte: one window, several windows, a text in no language given,
	 * escapes, a file name that is not UTF-8 (its Windows-1252 reading,
	 * so that every line keeps its "file") */
	{
		rcp_buf b;
		rcp__buf_init(&b, 0);
		for (int k = 0; k < 3000; k++) /* past RCP_EXTRACT_WINDOW */
			rcp__buf_append(&b, para, strlen(para));
		const char *odd = "Elbit Systems sold \"Hermes\" drones\tto the Israeli army for "
		                  "\xe2\x82\xac" "5.5 million (12.5%) on 3 May 2021.\x01\n";
		struct {
			const char *file, *text;
			size_t len;
			const char *lang;
		} cases[] = {{"a/b \"c\".txt", para, strlen(para), "en"},
		             {"big.txt", b.data, b.len, "en"},
		             {"odd.txt", odd, strlen(odd), NULL},
		             {"bad\xff.txt", para, strlen(para), "fr"},
		             {"empty.txt", "", 0, NULL}};
		for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
			rcp_extract_opts ok = {cases[k].lang, 0};
			size_t n = 0;
			char *line = rcp_extract_jsonl(x, cases[k].file, cases[k].text, cases[k].len, &ok, &n);
			json_t *j = rcp_extract_json(x, cases[k].text, cases[k].len, &ok);
			json_t *out = json_object();
			char *fname = rcp_utf8_text(cases[k].file);
			json_object_set_new(out, "file", json_string(fname));
			free(fname);
			json_object_update(out, j);
			char *want = json_dumps(out, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15));
			CHECK(line && want && n == strlen(want) && !memcmp(line, want, n));
			if (k == 3) /* "bad\xff.txt": y with diaeresis */
				CHECK(line && !strncmp(line, "{\"file\":\"bad\xc3\xbf.txt\",",
				                       strlen("{\"file\":\"bad\xc3\xbf.txt\",")));
			free(line);
			free(want);
			json_decref(out);
			json_decref(j);
		}
		rcp__buf_release(&b);
	}
	rcp_extractor_free(x);
	rcp_matcher_free(m);
	TEST_END();
}
