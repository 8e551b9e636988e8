/*
 * fuzz_nameindex.c — libFuzzer target for the name index: a registry
 * and holdings made of the input, the index built and every holding
 * matched.
 *
 * The input is lines. Those before the first empty line are companies,
 * one a line: fields split by '|', the first the name, the others
 * aliases, except a field "scheme:value" (isin:, cusip:, ticker:, lei:,
 * figi:, sedol:) which is an identifier. A first line "*N" repeats the
 * registry until it has N (up to 3,000) companies, each copy's names
 * with a number added, so small inputs reach large indexes. The lines
 * after the empty line are holdings: "name" or "name\tticker\tisin".
 *
 * Checked: the index's invariants after the build
 * (rcp__name_index_check); every score in 0..1; a match names an
 * indexed company; and a holding that is exactly one of the registry's
 * names (one that normalizes to words, with no alias flags) matches a
 * company. The index is also written to its file and mapped back: the
 * invariants hold there, and every holding gets the same answer from
 * the mapped index as from the one in memory.
 *
 * Built by meson: `make fuzz` (libFuzzer, clang) and, with replay.c's
 * main(), in every build, where it replays tests/fuzz/corpus/nameindex/.
 */
#include <math.h>
#include <unistd.h>

#include "fuzz.h"

#define MAX_ENTS 3000
#define MAX_FIELDS 16

typedef struct line {
	const char *p;
	size_t n;
} line;

/* The next line of data[*at..size) without its '\n'; 0 at the end. */
static int next_line(const uint8_t *data, size_t size, size_t *at, line *out)
{
	if (*at >= size)
		return 0;
	const uint8_t *s = data + *at;
	const uint8_t *e = memchr(s, '\n', size - *at);
	size_t n = e ? (size_t)(e - s) : size - *at;
	out->p = (const char *)s;
	out->n = n;
	*at += n + (e ? 1 : 0);
	return 1;
}

static int is_identifier(const char *f)
{
	static const char *const schemes[] = {"isin:", "cusip:", "ticker:", "lei:",
	                                      "figi:", "sedol:"};
	for (size_t i = 0; i < sizeof schemes / sizeof schemes[0]; i++)
		if (!strncmp(f, schemes[i], strlen(schemes[i])))
			return 1;
	return 0;
}

static int same_str(const char *a, const char *b)
{
	return (!a && !b) || (a && b && !strcmp(a, b));
}

/* The mapped index f answers h as m does. */
static void check_same(const rcp_name_index *m, const rcp_name_index *f, const rcp_holding *h)
{
	rcp_name_match a, b;
	rcp_match_holding(m, h, &a);
	rcp_match_holding(f, h, &b);
	int same = same_str(a.id, b.id) && same_str(a.name, b.name) &&
	           same_str(a.matched, b.matched) && a.score == b.score && same_str(a.why, b.why) &&
	           a.categories == b.categories && same_str(a.tier, b.tier) &&
	           same_str(a.parent, b.parent) && same_str(a.near, b.near);
	if (!same) {
		fprintf(stderr, "fuzz: '%s': %s %g in memory, %s %g mapped\n", h->name ? h->name : "",
		        a.id ? a.id : "-", a.score, b.id ? b.id : "-", b.score);
		abort();
	}
}

/* m through its file: written, mapped back, checked. */
static rcp_name_index *through_file(const rcp_name_index *m)
{
	char path[512];
	const char *dir = getenv("TMPDIR");
	snprintf(path, sizeof path, "%s/fuzz_nameindex.%ld.names", dir && *dir ? dir : "/tmp",
	         (long)getpid());
	rcp_error err;
	rcp_name_index *f = NULL;
	if (rcp_name_index_save(m, "fuzz", path, &err) == RCP_OK)
		f = rcp_name_index_map(path, NULL, &err);
	unlink(path);
	if (!f) {
		char msg[1200];
		rcp_error_format(&err, msg, sizeof msg);
		fprintf(stderr, "fuzz: name index file: %s\n", msg);
		abort();
	}
	const char *broken = rcp__name_index_check(f);
	if (broken) {
		fprintf(stderr, "fuzz: mapped name index: %s\n", broken);
		abort();
	}
	return f;
}

static void check_match(const rcp_name_index *m, const rcp_name_match *out)
{
	FUZZ_CHECK(out->score >= 0.0 && out->score <= 1.0);
	FUZZ_CHECK(out->why != NULL);
	if (out->id) {
		FUZZ_CHECK(out->name != NULL);
		FUZZ_CHECK(rcp_name_index_size(m) > 0);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t at = 0, want = 0;
	line ln;
	/* the registry's lines, as NUL-terminated copies */
	char **reg = NULL;
	size_t nreg = 0;
	while (next_line(data, size, &at, &ln) && ln.n) {
		if (memchr(ln.p, '\0', ln.n))
			continue;
		if (!nreg && !want && ln.n > 1 && ln.p[0] == '*') {
			want = (size_t)strtoul(ln.p + 1, NULL, 10);
			if (want > MAX_ENTS)
				want = MAX_ENTS;
			continue;
		}
		reg = realloc(reg, (nreg + 1) * sizeof *reg);
		reg[nreg] = strndup(ln.p, ln.n);
		nreg++;
	}
	size_t hold_at = at;

	rcp_name_index *m = rcp_name_index_new();
	size_t total = nreg ? (want > nreg ? want : nreg) : 0;
	for (size_t i = 0; i < total; i++) {
		const char *src = reg[i % nreg];
		size_t copy = i / nreg;
		char *fields[MAX_FIELDS];
		const char *names[MAX_FIELDS], *ids[MAX_FIELDS];
		size_t nf = 0, nn = 0, ni = 0;
		char *dup = strdup(src);
		for (char *p = dup; nf < MAX_FIELDS;) {
			char *bar = strchr(p, '|');
			if (bar)
				*bar = '\0';
			fields[nf++] = p;
			if (!bar)
				break;
			p = bar + 1;
		}
		char *numbered[MAX_FIELDS] = {0};
		for (size_t f = 0; f < nf; f++) {
			if (f && is_identifier(fields[f])) {
				ids[ni++] = fields[f];
				continue;
			}
			if (copy) {
				size_t len = strlen(fields[f]) + 24;
				numbered[f] = malloc(len);
				snprintf(numbered[f], len, "%s %zu", fields[f], copy);
				names[nn++] = numbered[f];
			} else {
				names[nn++] = fields[f];
			}
		}
		char id[32];
		snprintf(id, sizeof id, "c%zu", i);
		rcp_name_entity e = {.id = id, .name = names[0],
		                     .aliases = names + 1, .naliases = nn - 1,
		                     .identifiers = ids, .nidentifiers = ni,
		                     .categories = 1u << (i % 5)};
		rcp_error err;
		FUZZ_CHECK(rcp_name_index_add(m, &e, &err) == RCP_OK);
		for (size_t f = 0; f < nf; f++)
			free(numbered[f]);
		free(dup);
	}
	rcp_name_index_build(m);
	const char *broken = rcp__name_index_check(m);
	if (broken) {
		fprintf(stderr, "fuzz: name index: %s\n", broken);
		abort();
	}
	rcp_name_index *f = through_file(m);

	/* each registry line's name, exactly, matches a company */
	for (size_t i = 0; i < nreg; i++) {
		char *name = strdup(reg[i]);
		char *bar = strchr(name, '|');
		if (bar)
			*bar = '\0';
		rcp_name_match out;
		rcp_holding h = {.row = 1, .name = name, .weight = NAN, .value = NAN,
		                 .shares = NAN};
		rcp_match_holding(m, &h, &out);
		check_match(m, &out);
		check_same(m, f, &h);
		unsigned forms;
		char *key = rcp__name_norm(name, strlen(name), &forms);
		if (*key && !out.id) {
			fprintf(stderr, "fuzz: registry name '%s' (key '%s') matched nothing\n",
			        name, key);
			abort();
		}
		free(key);
		rcp_match_name(m, name, &out);
		check_match(m, &out);
		free(name);
	}

	/* the holdings */
	at = hold_at;
	while (next_line(data, size, &at, &ln)) {
		if (memchr(ln.p, '\0', ln.n))
			continue;
		char *row = strndup(ln.p, ln.n);
		char *tab1 = strchr(row, '\t'), *tab2 = NULL;
		if (tab1) {
			*tab1++ = '\0';
			tab2 = strchr(tab1, '\t');
			if (tab2)
				*tab2++ = '\0';
		}
		rcp_holding h = {.row = 1, .name = row, .ticker = tab1, .isin = tab2,
		                 .weight = NAN, .value = NAN, .shares = NAN};
		rcp_name_match out;
		rcp_match_holding(m, &h, &out);
		check_match(m, &out);
		check_same(m, f, &h);
		rcp_match_name(m, row, &out);
		check_match(m, &out);
		free(row);
	}
	rcp_name_index_free(f);
	rcp_name_index_free(m);
	for (size_t i = 0; i < nreg; i++)
		free(reg[i]);
	free(reg);
	return 0;
}
