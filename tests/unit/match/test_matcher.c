#include <ctype.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"
#include "match/match_internal.h"
#include "test.h"

typedef struct collect {
	const rcp_matcher *m;
	char out[1024];
} collect;

static int add(const rcp_match *mt, void *p)
{
	collect *c = p;
	rcp_matcher_entity e;
	rcp_matcher_get_entity(c->m, mt->entity, &e);
	size_t n = strlen(c->out);
	snprintf(c->out + n, sizeof c->out - n, "%s%s:%llu-%llu", n ? "," : "", e.id,
	         (unsigned long long)mt->start, (unsigned long long)mt->end);
	return 0;
}

/* The first mention only: the scan stops there (scan --count). */
static int add_first(const rcp_match *mt, void *p)
{
	add(mt, p);
	return 1;
}

static void run_table(const rcp_matcher *m, const char *label)
{
	FILE *f = test_open_table("match/scan.tsv");
	char line[1024], *fl[2];
	int rows = 0;
	while (test_next_row(f, line, sizeof line, fl, 2) == 2) {
		collect c = {m, ""};
		rcp_matcher_scan(m, fl[0], strlen(fl[0]), add, &c);
		const char *got = c.out[0] ? c.out : "-";
		if (!strcmp(got, fl[1]))
			t_pass++;
		else {
			t_fail++;
			fprintf(stderr, "%s: scan '%s': want %s got %s\n", label, fl[0], fl[1], got);
		}
		/* a caller that stops at the first mention gets the first */
		collect first = {m, ""};
		rcp_matcher_scan(m, fl[0], strlen(fl[0]), add_first, &first);
		size_t n1 = strcspn(fl[1], ",");
		if (strcmp(fl[1], "-") ? strlen(first.out) == n1 && !strncmp(first.out, fl[1], n1)
		                       : !first.out[0])
			t_pass++;
		else {
			t_fail++;
			fprintf(stderr, "%s: scan '%s' to the first: want %.*s got %s\n", label, fl[0],
			        (int)n1, fl[1], first.out);
		}
		rows++;
	}
	fclose(f);
	CHECK(rows >= 30);
}

/* ---- the filters only spare work ---- */

static uint64_t rng = 0x2545F4914F6CDD1Dull;

static unsigned rnd(unsigned n)
{
	return test_rand(&rng, n);
}

/* every mention: entity, alias, span, sentence */
static int add_all(const rcp_match *mt, void *p)
{
	rcp__buf_printf(p, "%u/%u:%llu-%llu@%u ", mt->entity, mt->alias,
	                (unsigned long long)mt->start, (unsigned long long)mt->end, mt->sentence);
	return 0;
}

static int add_all_first(const rcp_match *mt, void *p)
{
	add_all(mt, p);
	return 1;
}

/* Random registries and texts from a few words (names that share first
 * words, one-word names, context and ordinary words, accents, legal forms,
 * ambiguous and case-sensitive aliases): the matcher's mentions are the
 * same as those of the same matcher with a filter and a pair filter that
 * let every word through, every word seen alone, which is every word
 * looked up and walked. */
static void test_filters_spare_work(void)
{
	static const char *const words[] = {
		"Kovar", "Zentra", "United", "First", "Bank", "Group", "company", "Défense",
		"Köln", "Axis", "Nord", "Ltd", "Inc", "Systems", "of", "ministry", "Ωmega", "Xylo",
	};
	static const char *const seps[] = {" ", " ", " ", " ", ", ", ". ", "\n", "! ", " (", ") ", "; "};
	const size_t nw = sizeof words / sizeof words[0], ns = sizeof seps / sizeof seps[0];
	int bad = 0, runs = 0;
	for (int r = 0; r < 200; r++) {
		rcp_buf reg;
		rcp__buf_init(&reg, 0);
		unsigned names = 1 + rnd(40);
		for (unsigned i = 0; i < names; i++) {
			char name[200] = "";
			unsigned len = 1 + rnd(4);
			for (unsigned k = 0; k < len; k++) {
				strcat(name, k ? " " : "");
				strcat(name, words[rnd((unsigned)nw)]);
			}
			rcp__buf_printf(&reg, "{\"id\": \"e%u\", \"name\": \"%s\"", i, name);
			if (rnd(3) == 0)
				rcp__buf_printf(&reg, ", \"aliases\": [{\"text\": \"%s %s\", \"ambiguous\": %s, "
				                "\"case_sensitive\": %s}]",
				                words[rnd((unsigned)nw)], words[rnd((unsigned)nw)],
				                rnd(2) ? "true" : "false", rnd(4) ? "false" : "true");
			rcp__buf_printf(&reg, "}\n");
		}
		rcp_error err;
		rcp_matcher *m = rcp_matcher_from_registry(reg.data, reg.len, "random", &err);
		rcp__buf_release(&reg);
		if (!m) {
			bad++;
			continue;
		}
		/* the same tables, with filters that pass everything */
		rcp_matcher all = *m;
		uint64_t *ones = malloc((size_t)m->filter_words * 8), *pones = malloc((size_t)m->pair_words * 8);
		memset(ones, 0xFF, (size_t)m->filter_words * 8);
		memset(pones, 0xFF, (size_t)m->pair_words * 8);
		all.filter = ones;
		all.pairs = pones;
		for (int k = 0; k < 20; k++) {
			char text[2000];
			size_t n = 0;
			unsigned parts = 1 + rnd(60);
			for (unsigned i = 0; i < parts && n < sizeof text - 40; i++) {
				const char *w = rnd(8) ? words[rnd((unsigned)nw)] : "zzword";
				size_t l = strlen(w);
				memcpy(text + n, w, l);
				if (rnd(10) == 0) /* in capitals or in lower case */
					for (size_t j = 0; j < l; j++)
						if ((unsigned char)text[n + j] < 0x80)
							text[n + j] = (char)(rnd(2) ? toupper(text[n + j]) : tolower(text[n + j]));
				n += l;
				const char *sp = seps[rnd((unsigned)ns)];
				memcpy(text + n, sp, strlen(sp));
				n += strlen(sp);
			}
			rcp_buf a, b;
			rcp__buf_init(&a, 0);
			rcp__buf_init(&b, 0);
			rcp_matcher_scan(m, text, n, add_all, &a);
			rcp_matcher_scan(&all, text, n, add_all, &b);
			rcp__buf_printf(&a, "|");
			rcp__buf_printf(&b, "|");
			rcp_matcher_scan(m, text, n, add_all_first, &a);
			rcp_matcher_scan(&all, text, n, add_all_first, &b);
			if (a.len != b.len || memcmp(a.data, b.data, a.len)) {
				if (bad++ < 3)
					fprintf(stderr, "filtered scan differs on '%.*s': %.*s against %.*s\n",
					        (int)n, text, (int)a.len, a.data, (int)b.len, b.data);
			}
			runs++;
			rcp__buf_release(&a);
			rcp__buf_release(&b);
		}
		free(ones);
		free(pones);
		rcp_matcher_free(m);
	}
	CHECK_INT(bad, 0);
	CHECK_INT(runs, 4000);
}

/* Text dense in mentions of short names, one word and longer: after each
 * mention the scan keeps what it classified of the text beyond it, so its
 * mentions must not depend on where the 64-byte blocks fall. The same text
 * behind 0 to 70 spaces gives the same mentions, shifted. */
typedef struct shifted {
	rcp_buf b;
	size_t k; /* spaces before the text */
} shifted;

static int add_shifted(const rcp_match *mt, void *p)
{
	shifted *sh = p;
	size_t k = sh->k;
	rcp__buf_printf(&sh->b, "%u/%u:%llu-%llu@%u ", mt->entity, mt->alias,
	                (unsigned long long)(mt->start - k), (unsigned long long)(mt->end - k),
	                mt->sentence);
	return 0;
}

static void test_dense_mentions_any_alignment(void)
{
	static const char *const words[] = {
		"Zo", "Xa", "Kaer", "Ki", "Zenri", "Group", "of", "Co", "Ötzi", "the", "Bank", "Xi",
	};
	static const char *const seps[] = {" ", " ", " ", " ", ", ", ". ", "\n", " Co. ", "-"};
	const size_t nw = sizeof words / sizeof words[0], ns = sizeof seps / sizeof seps[0];
	int bad = 0;
	size_t mentions = 0;
	for (int r = 0; r < 40; r++) {
		rcp_buf reg;
		rcp__buf_init(&reg, 0);
		unsigned names = 1 + rnd(12);
		for (unsigned i = 0; i < names; i++) {
			char name[200] = "";
			unsigned len = 1 + rnd(3);
			for (unsigned k = 0; k < len; k++) {
				strcat(name, k ? " " : "");
				strcat(name, words[rnd((unsigned)nw)]);
			}
			rcp__buf_printf(&reg, "{\"id\": \"e%u\", \"name\": \"%s\"}\n", i, name);
		}
		rcp_error err;
		rcp_matcher *m = rcp_matcher_from_registry(reg.data, reg.len, "dense", &err);
		rcp__buf_release(&reg);
		if (!m) {
			bad++;
			continue;
		}
		for (int k = 0; k < 5; k++) {
			char text[3000];
			size_t n = 70;
			memset(text, ' ', n);
			unsigned parts = 1 + rnd(300);
			for (unsigned i = 0; i < parts && n < sizeof text - 40; i++) {
				const char *w = words[rnd((unsigned)nw)];
				memcpy(text + n, w, strlen(w));
				n += strlen(w);
				const char *sp = seps[rnd((unsigned)ns)];
				memcpy(text + n, sp, strlen(sp));
				n += strlen(sp);
			}
			shifted want = {.k = 70};
			rcp__buf_init(&want.b, 0);
			rcp_matcher_scan(m, text, n, add_shifted, &want);
			mentions += want.b.len;
			for (size_t sh = 0; sh < 70; sh++) {
				shifted got = {.k = sh};
				rcp__buf_init(&got.b, 0);
				rcp_matcher_scan(m, text + 70 - sh, n - 70 + sh, add_shifted, &got);
				if (got.b.len != want.b.len ||
				    (got.b.len && memcmp(got.b.data, want.b.data, got.b.len))) {
					if (bad++ < 3)
						fprintf(stderr, "behind %zu spaces, '%.*s': %.*s against %.*s\n", sh,
						        (int)(n - 70), text + 70, (int)got.b.len, got.b.data,
						        (int)want.b.len, want.b.data);
				}
				rcp__buf_release(&got.b);
			}
			rcp__buf_release(&want.b);
		}
		rcp_matcher_free(m);
	}
	CHECK_INT(bad, 0);
	CHECK(mentions > 10000);
}

/* An ambiguous alias written inside a longer capitalised name is another
 * organization's (longer_name.c). Random sentences of capitalised and
 * plain words around an ambiguous alias: a mention of it is reported only
 * when no capitalised name word is glued to it by one space after it, and
 * the same text with that word in lower case reports it again. */
typedef struct spans {
	size_t n;
	size_t start[64], end[64];
} spans;

static int add_span(const rcp_match *mt, void *p)
{
	spans *s = p;
	if (s->n < 64) {
		s->start[s->n] = mt->start;
		s->end[s->n++] = mt->end;
	}
	return 0;
}

static void test_longer_names(void)
{
	static const char *const reg =
		"{\"id\": \"kor\", \"name\": \"Korval Works\", \"aliases\": [{\"text\": \"Korval\", \"ambiguous\": true}]}\n"
		"{\"id\": \"mod\", \"name\": \"Zendia Ministry of Defense\", \"aliases\": [{\"text\": \"Ministry of Defense\", \"ambiguous\": true}]}\n";
	static const char *const before[] = {"the", "a", "with", "Zendia", "Omarian", "With", "firm"};
	static const char *const after[] = {"said", "Minerals", "company", "Holdings", "of Ruritania",
	                                    "of Zendia", "and", "contract", "Ltd"};
	rcp_error err;
	rcp_matcher *m = rcp_matcher_from_registry(reg, strlen(reg), "longer", &err);
	CHECK(m != NULL);
	if (!m)
		return;
	int bad = 0, seen = 0;
	for (int r = 0; r < 2000; r++) {
		const char *alias = rnd(2) ? "Korval" : "Ministry of Defense";
		const char *b = before[rnd(7)], *a = after[rnd(9)];
		char text[300], lower[300];
		int at = snprintf(text, sizeof text, "The contract of the unit went to %s ", b);
		snprintf(text + at, sizeof text - (size_t)at, "%s %s today.", alias, a);
		memcpy(lower, text, sizeof text);
		/* the word after in lower case: the alias is no longer glued to a name */
		size_t ai = (size_t)at + strlen(alias) + 1;
		for (size_t k = ai; lower[k] && lower[k] != ' '; k++)
			lower[k] = (char)tolower((unsigned char)lower[k]);
		if (!strncmp(a, "of ", 3))
			lower[ai + 3] = (char)tolower((unsigned char)lower[ai + 3]);
		spans s1 = {0}, s2 = {0};
		rcp_matcher_scan(m, text, strlen(text), add_span, &s1);
		rcp_matcher_scan(m, lower, strlen(lower), add_span, &s2);
		/* the entity's own place is no other name: "Zendia Ministry of
		 * Defense" is the registry's (a name of its own, ending where
		 * the alias does), "Ministry of Defense of Zendia" too */
		int mod = strcmp(alias, "Korval") != 0;
		int blocked_before = (!strcmp(b, "Zendia") && !mod) || !strcmp(b, "Omarian");
		int glued = isupper((unsigned char)a[0]) ||
		            (!strncmp(a, "of ", 3) && !(mod && !strcmp(a, "of Zendia")));
		int qualified = blocked_before;
		size_t alias_end = (size_t)at + strlen(alias);
		int found = 0;
		for (size_t i = 0; i < s1.n; i++)
			found |= s1.end[i] == alias_end;
		int found_lower = 0;
		for (size_t i = 0; i < s2.n; i++)
			found_lower |= s2.end[i] == alias_end;
		int full_name = mod && !strcmp(b, "Zendia"); /* not ambiguous */
		int want = full_name || (!glued && !qualified);
		int want_lower = full_name || !qualified;
		if (found != want || found_lower != want_lower) {
			if (bad++ < 3)
				fprintf(stderr, "longer name: '%s' reported %d (want %d), lower '%s' %d (want %d)\n",
				        text, found, want, lower, found_lower, want_lower);
		}
		seen += found;
	}
	CHECK_INT(bad, 0);
	CHECK(seen > 100);
	rcp_matcher_free(m);
}

int main(void)
{
	test_longer_names();
	test_filters_spare_work();
	test_dense_mentions_any_alignment();

	char path[600];
	snprintf(path, sizeof path, "%s/match/registry.jsonl", test_data_dir());
	rcp_error err;
	rcp_matcher *m = rcp_matcher_from_registry_file(path, &err);
	CHECK(m != NULL);
	if (!m)
		TEST_END();
	run_table(m, "built");
	int64_t e = rcp_matcher_find(m, "elbit-america");
	CHECK(e >= 0);
	rcp_matcher_entity ent;
	rcp_matcher_get_entity(m, (uint32_t)e, &ent);
	CHECK_STR(ent.name, "Elbit Systems of America");
	CHECK(ent.parent == rcp_matcher_find(m, "elbit-systems"));
	CHECK_INT(rcp_matcher_find(m, "nobody"), -1);

	/* saved and mapped back: the same answers */
	char file[] = "/tmp/rcp-test-matcher-XXXXXX";
	close(mkstemp(file));
	CHECK_INT(rcp_matcher_save(m, file, &err), RCP_OK);
	rcp_matcher *l = rcp_matcher_load(file, &err);
	CHECK(l != NULL);
	if (l) {
		run_table(l, "loaded");
		CHECK_INT(rcp_matcher_alias_count(l), rcp_matcher_alias_count(m));
		rcp_matcher_free(l);
	}
	/* a path that is not a regular file is refused, not replaced by
	 * the rename (a FIFO here; /dev/null was the case met) */
	char fifo[] = "/tmp/rcp-test-matcher-fifo-XXXXXX";
	close(mkstemp(fifo));
	unlink(fifo);
	CHECK(mkfifo(fifo, 0600) == 0);
	CHECK_INT(rcp_matcher_save(m, fifo, &err), RCP_EIO);
	struct stat fsb;
	CHECK(stat(fifo, &fsb) == 0 && S_ISFIFO(fsb.st_mode));
	unlink(fifo);
	/* a damaged file is refused, not followed */
	FILE *f = fopen(file, "r+b");
	fseek(f, 0, SEEK_END);
	long size = ftell(f);
	fseek(f, 128, SEEK_SET); /* past the header: the tables */
	for (long i = 128; i < size && i < 128 + 8192; i++)
		fputc(0xFF, f);
	fclose(f);
	l = rcp_matcher_load(file, &err);
	CHECK(l == NULL);
	CHECK_INT(err.code, RCP_ECORRUPT);
	f = fopen(file, "w");
	fputs("RCPMATCH short", f);
	fclose(f);
	CHECK(rcp_matcher_load(file, &err) == NULL);
	/* a file of an older format (version 4: hashed edges, a bloom over
	 * every word) is refused by its version, before any table is read */
	unsigned char old[4096] = "RCPMATCH";
	uint32_t v4[2] = {4, 128};
	memcpy(old + 8, v4, sizeof v4);
	f = fopen(file, "wb");
	fwrite(old, 1, sizeof old, f);
	fclose(f);
	CHECK(rcp_matcher_load(file, &err) == NULL);
	CHECK_INT(err.code, RCP_ECORRUPT);
	CHECK(strstr(err.why, "another version") != NULL);
	unlink(file);
	rcp_matcher_free(m);

	/* an empty registry matches nothing and does not crash */
	m = rcp_matcher_from_registry("", 0, "empty", &err);
	CHECK(m != NULL);
	collect c = {m, ""};
	rcp_matcher_scan(m, "Microsoft", 9, add, &c);
	CHECK_STR(c.out, "");
	rcp_matcher_free(m);
	CHECK(rcp_matcher_from_registry("{not json}\n", 11, "bad", &err) == NULL);
	CHECK_INT(err.code, RCP_EPARSE);

	/* registry lines: the plain reader (most lines) and jansson (lines
	 * with escapes) agree; later duplicate keys win; numbers, nesting and
	 * values of the wrong type are passed over */
	static const char edge[] =
		"{\"id\": \"a\", \"name\": \"Alpha Beta Ltd\", \"kind\": \"police\", \"aliases\": "
		"[\"AB\", {\"text\": \"Alpha B\", \"case_sensitive\": true, \"text\": \"Alfa B\"}, "
		"{\"ambiguous\": true, \"text\": \"Zed\"}, 3, null, {\"text\": 5}, \"\"], "
		"\"tier\": -1.5e3, \"x\": {\"y\": [1, 2, {\"z\": null}]}, "
		"\"categories\": [\"military\", 7], \"categories\": [\"prisons\"]}\n"
		"{\"id\": \"b\", \"name\": \"Beta \\\"Quoted\\\" Corp\", \"parent\": \"a\"}\n"
		"  {\"id\":\"c\",\"name\":\"Gamma\\u00e9 Inc\",\"kind\":5}  \n"
		"{\"id\": 3, \"name\": \"No Id\"}\n"
		"{\"id\": \"e\", \"name\": \"Eps\", \"id\": \"e2\", \"name\": \"Epsilon Two\"}\n";
	m = rcp_matcher_from_registry(edge, strlen(edge), "edge", &err);
	CHECK(m != NULL);
	if (m) {
		CHECK_INT(rcp_matcher_entity_count(m), 4);
		int64_t a = rcp_matcher_find(m, "a"), b = rcp_matcher_find(m, "b");
		CHECK(a >= 0 && b >= 0 && rcp_matcher_find(m, "e") < 0);
		if (a >= 0 && b >= 0) {
			rcp_matcher_get_entity(m, (uint32_t)a, &ent);
			CHECK_INT(ent.categories, rcp_category_parse("prisons"));
			CHECK_INT(ent.kind, rcp_kind_parse("police"));
			rcp_matcher_get_entity(m, (uint32_t)b, &ent);
			CHECK_STR(ent.name, "Beta \"Quoted\" Corp");
			CHECK_INT(ent.parent, a);
		}
		rcp_matcher_get_entity(m, (uint32_t)rcp_matcher_find(m, "e2"), &ent);
		CHECK_STR(ent.name, "Epsilon Two");
		rcp_matcher_get_entity(m, (uint32_t)rcp_matcher_find(m, "c"), &ent);
		CHECK_INT(ent.kind, rcp_kind_parse("company"));
		const char *text = "Alfa B and AB; Alpha B; alfa b. Zed unit. Gamma\xc3\xa9 Inc.";
		collect c3 = {m, ""};
		rcp_matcher_scan(m, text, strlen(text), add, &c3);
		CHECK_STR(c3.out, "a:0-6,a:11-13,a:32-35,c:42-53");
		rcp_matcher_free(m);
	}

	/* a name or alias of legal forms only names no one: it would be
	 * found at every company's legal form; a short alias in capitals is
	 * an acronym and stays */
	static const char forms_only[] =
		"{\"id\": \"i\", \"name\": \"Inc\"}\n"
		"{\"id\": \"s\", \"name\": \"S.A.\", \"aliases\": [\"Ltd.\", \"The Company\", \"GmbH & Co. KGaA\"]}\n"
		"{\"id\": \"a\", \"name\": \"Apple Inc\", \"aliases\": [\"AB\"]}\n";
	m = rcp_matcher_from_registry(forms_only, strlen(forms_only), "forms", &err);
	CHECK(m != NULL);
	if (m) {
		const char *text = "Apple Inc and Google Ltd. and Acme S.A. and The Company. Inc. AB said.";
		collect c4 = {m, ""};
		rcp_matcher_scan(m, text, strlen(text), add, &c4);
		CHECK_STR(c4.out, "a:0-9,a:62-64");
		CHECK(rcp_matcher_find(m, "i") >= 0); /* the entity is there, unfound */
		rcp_matcher_free(m);
	}

	/* a name or alias of one character names no one ("a", "I", "X" of
	 * X Corp, "É", a single Han character): it was reported at every
	 * article, pronoun and initial; a case-sensitive one the registry asks
	 * for is found as written, where its sentence speaks of an
	 * organization */
	static const char one_char[] =
		"{\"id\": \"x\", \"name\": \"X Corp\", \"aliases\": [\"X\", \"x.\"]}\n"
		"{\"id\": \"a\", \"name\": \"A\", \"aliases\": [\"a\", \"I\", \"\\u00c9\", \"\\u534e\", \"7\"]}\n"
		"{\"id\": \"q\", \"name\": \"Q Systems\", \"aliases\": [{\"text\": \"Q\", \"case_sensitive\": true}]}\n";
	m = rcp_matcher_from_registry(one_char, strlen(one_char), "one", &err);
	CHECK(m != NULL);
	if (m) {
		const char *text = "Q said q. I think a man sold x boxes to X, \xc3\x89 and "
		                   "\xe5\x8d\x8e 7 times. X Corp said. The company Q won a contract.";
		collect c5 = {m, ""};
		rcp_matcher_scan(m, text, strlen(text), add, &c5);
		CHECK_STR(c5.out, "x:63-69,q:88-89");
		CHECK(rcp_matcher_find(m, "a") >= 0); /* the entity is there, unfound */
		rcp_matcher_free(m);
	}
	/* property: every one-character word of a few scripts, in both cases,
	 * as a name and as an alias, is never found in a text made of it */
	{
		static const char *const chars[] = {"a", "b", "i", "x", "z", "0", "9", "\xc3\xa9",
		                                    "\xc3\xbc", "\xce\xb1", "\xd0\xb4",
		                                    "\xd7\x90", "\xd8\xb9", "\xe5\x8d\x8e",
		                                    "\xe3\x81\x82", "\xf0\x9d\x90\x80", NULL};
		int found = 0;
		for (int i = 0; chars[i]; i++) {
			char reg[256], text[256];
			snprintf(reg, sizeof reg,
			         "{\"id\": \"e\", \"name\": \"%s\", \"aliases\": [\"%s Ltd\", \"%s.\"]}\n",
			         chars[i], chars[i], chars[i]);
			rcp_matcher *pm = rcp_matcher_from_registry(reg, strlen(reg), "p", &err);
			CHECK(pm != NULL);
			if (!pm)
				continue;
			snprintf(text, sizeof text, "%s %s, (%s) %s. The company %s won.", chars[i],
			         chars[i], chars[i], chars[i], chars[i]);
			collect cp = {pm, ""};
			rcp_matcher_scan(pm, text, strlen(text), add, &cp);
			if (cp.out[0]) {
				found++;
				fprintf(stderr, "one character found: %s in %s: %s\n", chars[i], text, cp.out);
			}
			rcp_matcher_free(pm);
		}
		CHECK(found == 0);
	}

	/* a large generated registry: every name is found where it was put */
	rcp_buf reg;
	rcp__buf_init(&reg, 0);
	int N = 50000;
	for (int i = 0; i < N; i++)
		rcp__buf_printf(&reg, "{\"id\": \"co-%d\", \"name\": \"Zorblax %d Vantorin Holdings PLC\"}\n",
		                i, i);
	m = rcp_matcher_from_registry(reg.data, reg.len, "generated", &err);
	rcp__buf_release(&reg);
	CHECK(m != NULL);
	if (m) {
		const char *text = "Yesterday Zorblax 31337 Vantorin said so; Zorblax 49999 Vantorin Holdings PLC too.";
		collect c2 = {m, ""};
		rcp_matcher_scan(m, text, strlen(text), add, &c2);
		CHECK_STR(c2.out, "co-31337:10-32,co-49999:42-77");
		rcp_matcher_free(m);
	}
	TEST_END();
}
