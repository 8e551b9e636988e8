/*
 * windows.c — extraction over a long text in windows of whole sentences.
 *
 * One run holds about 64 bytes per word of its text (the words, their
 * sentences, the mentions): a 20 MB single line took 755 MB. A text longer
 * than a window is cut at sentence ends and each window is run on its own,
 * so memory is one window's plus what the document yields (claims, and the
 * facts already told), not the text's length. What is document-wide is
 * carried: the language (guessed once, from the text's start, as before),
 * the document's year (an option), and the facts told, so that a fact told
 * again in a later window is a further receipt of its first telling ("one
 * fact, one candidate"), merged by the rule of claims.c. Offsets stay
 * absolute. A text no longer than a window is one run, byte for byte as
 * before.
 */
#include <stdlib.h>
#include <string.h>

#include "stages.h"

/* Does a sentence begin at text[c], as the tokenizer would have it
 * (lib/match/tokenize.c: a capital or a digit after a line break, or after
 * a full stop that ends no abbreviation)? Only plain cases are taken: a
 * full stop after a lower-case word of three letters or more. */
static int sentence_starts_at(const char *text, size_t off, size_t c)
{
	char x = text[c];
	if (!((x >= 'A' && x <= 'Z') || (x >= '0' && x <= '9')))
		return 0;
	size_t j = c;
	int newlines = 0;
	while (j > off && (text[j - 1] == ' ' || text[j - 1] == '\t' || text[j - 1] == '\r' ||
	                   text[j - 1] == '\n'))
		newlines += text[--j] == '\n';
	if (j == c)
		return 0;
	if (newlines)
		return 1;
	while (j > off && (text[j - 1] == '"' || text[j - 1] == '\'' || text[j - 1] == ')' ||
	                   text[j - 1] == ']'))
		j--;
	if (j == off)
		return 0;
	char p = text[--j];
	if (p == '!' || p == '?')
		return 1;
	if (p != '.')
		return 0;
	size_t k = j;
	while (k > off && text[k - 1] >= 'a' && text[k - 1] <= 'z')
		k--;
	if (j - k < 3)
		return 0;
	return k == off || !((text[k - 1] >= 'A' && text[k - 1] <= 'Z') ||
	                     (unsigned char)text[k - 1] >= 0x80);
}

size_t rcp__window_end(const char *text, size_t len, size_t off, size_t window)
{
	if (len - off <= window)
		return len;
	size_t hi = off + window;
	/* the last sentence start in the window's second half */
	for (size_t i = hi; i > off + window / 2; i--)
		if (sentence_starts_at(text, off, i))
			return i;
	/* no sentence ends there (a line with no full stop): a space, as the
	 * tokenizer's RCP_SENTENCE_WORDS cut does */
	for (size_t i = hi; i > off + window / 2; i--)
		if (text[i - 1] == ' ' || text[i - 1] == '\t')
			return i;
	/* one "word" longer than half a window: never inside a UTF-8 character */
	while (hi > off + 1 && ((unsigned char)text[hi] & 0xC0) == 0x80)
		hi--;
	return hi;
}

/* ---- the facts told in earlier windows ---- */

/* A fact's key: both sides by their registry id or name, the relation, the
 * year the text gave, and (with_amount) the amount. */
static char *fact_key(const rcp__extraction *r, const xclaim *c, int with_amount)
{
	rcp_matcher_entity ce, pe;
	rcp__ent_get(&r->E, c->company, &ce);
	rcp__ent_get(&r->E, c->counterparty, &pe);
	char amount[64] = "";
	if (with_amount && c->money)
		snprintf(amount, sizeof amount, "%lld %s", (long long)c->money->minor,
		         c->money->currency);
	const char *a = ce.id ? ce.id : ce.name ? ce.name : "";
	const char *b = pe.id ? pe.id : pe.name ? pe.name : "";
	size_t n = strlen(a) + strlen(b) + strlen(amount) + 48;
	char *k = rcp__xmalloc(n);
	snprintf(k, n, "%s\x1f%s\x1f%d\x1f%d\x1f%s", a, b, c->relation, c->text_year, amount);
	return k;
}

static uint64_t hash(const char *s)
{
	uint64_t h = 1469598103934665603ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

/* Open addressing: key -> the telling's number (its index in the output). */
typedef struct facts {
	char **key;
	size_t *val;
	size_t n, nslots;
} facts;

static long facts_get(const facts *f, const char *k)
{
	if (!f->nslots)
		return -1;
	for (size_t i = hash(k) & (f->nslots - 1);; i = (i + 1) & (f->nslots - 1)) {
		if (!f->key[i])
			return -1;
		if (!strcmp(f->key[i], k))
			return (long)f->val[i];
	}
}

/* Put k (owned) unless it is there. */
static void facts_put(facts *f, char *k, size_t v)
{
	if (2 * (f->n + 1) > f->nslots) {
		facts g = {NULL, NULL, 0, f->nslots ? f->nslots * 2 : 64};
		g.key = rcp__xcalloc(g.nslots, sizeof *g.key);
		g.val = rcp__xcalloc(g.nslots, sizeof *g.val);
		for (size_t i = 0; i < f->nslots; i++)
			if (f->key[i])
				facts_put(&g, f->key[i], f->val[i]);
		free(f->key);
		free(f->val);
		*f = g;
	}
	size_t i = hash(k) & (f->nslots - 1);
	for (; f->key[i]; i = (i + 1) & (f->nslots - 1))
		if (!strcmp(f->key[i], k)) {
			free(k);
			return;
		}
	f->key[i] = k;
	f->val[i] = v;
	f->n++;
}

static void facts_release(facts *f)
{
	for (size_t i = 0; i < f->nslots; i++)
		free(f->key[i]);
	free(f->key);
	free(f->val);
	memset(f, 0, sizeof *f);
}

struct rcp__told {
	facts f;
};

rcp__told *rcp__told_new(void)
{
	return rcp__xcalloc(1, sizeof(rcp__told));
}

void rcp__told_free(rcp__told *t)
{
	if (!t)
		return;
	facts_release(&t->f);
	free(t);
}

/* The rule of merge_repeats (claims.c) across windows: a telling with an
 * amount repeats one with the same amount; one without repeats any telling
 * of the same sides and relation. */
long rcp__told_before(const rcp__told *t, const rcp__extraction *r, const xclaim *c)
{
	char *k = fact_key(r, c, 1);
	long v = facts_get(&t->f, k);
	free(k);
	return v;
}

void rcp__told_add(rcp__told *t, const rcp__extraction *r, const xclaim *c, size_t v)
{
	facts_put(&t->f, fact_key(r, c, 1), v);
	if (c->money)
		facts_put(&t->f, fact_key(r, c, 0), v);
}

/* ---- the windows ---- */

void rcp__extract_windows(const rcp_extractor *x, const char *text, size_t len,
                          const rcp_extract_opts *opts, size_t window,
                          void (*fn)(rcp__extraction *r, size_t off, void *ctx), void *ctx)
{
	static const rcp_extract_opts none;
	if (!opts)
		opts = &none;
	rcp_extract_opts o = *opts;
	/* the language of the whole text, as one run would guess it */
	if (!o.lang)
		o.lang = rcp_lang_guess(text, len);
	if (!window)
		window = RCP_EXTRACT_WINDOW;
	for (size_t off = 0; off < len || off == 0;) {
		size_t end = rcp__window_end(text, len, off, window);
		rcp__extraction r;
		rcp__extract_run(x, text + off, end - off, &o, &r);
		fn(&r, off, ctx);
		rcp__extraction_release(&r);
		if (end >= len)
			break;
		off = end;
	}
}

/* ---- the JSON of `receipts extract`, window by window ---- */

static void shift(json_t *o, size_t off)
{
	static const char *const keys[] = {"start", "end"};
	for (int i = 0; i < 2; i++) {
		json_t *v = json_object_get(o, keys[i]);
		if (json_is_integer(v))
			json_integer_set(v, json_integer_value(v) + (json_int_t)off);
	}
}

static void shift_all(json_t *a, size_t off)
{
	size_t i;
	json_t *o;
	json_array_foreach(a, i, o) shift(o, off);
}

typedef struct json_windows {
	json_t *out, *orgs, *money, *percentages, *dates, *claims;
	json_t *org_at;         /* an organization's key -> its object in orgs */
	json_t *amount_at;      /* "minor currency" and "value %" of the amounts listed */
	size_t sentences_cut, orgs_cut;
	rcp__told *told;
} json_windows;

/* A registry organization by its id; a body by its kind and name. */
static char *org_key(json_t *o)
{
	const char *id = json_string_value(json_object_get(o, "id"));
	const char *name = json_string_value(json_object_get(o, "name"));
	const char *kind = json_string_value(json_object_get(o, "kind"));
	size_t n = (id ? strlen(id) : 0) + (name ? strlen(name) : 0) + (kind ? strlen(kind) : 0) + 4;
	char *k = rcp__xmalloc(n);
	if (id)
		snprintf(k, n, "i%s", id);
	else
		snprintf(k, n, "b%s\x1f%s", kind ? kind : "", name ? name : "");
	return k;
}

static void on_window_json(rcp__extraction *r, size_t off, void *ctx)
{
	json_windows *J = ctx;
	json_t *j = rcp__extraction_json(r);
	J->sentences_cut += r->sentences_cut;
	J->orgs_cut += r->orgs_cut;
	size_t i;
	json_t *o;
	json_array_foreach(json_object_get(j, "orgs"), i, o) {
		json_t *ms = json_object_get(o, "mentions");
		shift_all(ms, off);
		char *k = org_key(o);
		json_t *had = json_object_get(J->org_at, k);
		if (had)
			json_array_extend(json_object_get(had, "mentions"), ms);
		else {
			json_array_append(J->orgs, o);
			json_object_set(J->org_at, k, o);
		}
		free(k);
	}
	static const char *const lists[] = {"money", "percentages", "dates"};
	json_t *to[] = {J->money, J->percentages, J->dates};
	for (int l = 0; l < 3; l++) {
		json_t *a = json_object_get(j, lists[l]);
		shift_all(a, off);
		if (l == 2) {
			json_array_extend(to[l], a);
			continue;
		}
		/* each amount listed once, at its first window (money_once.c) */
		json_array_foreach(a, i, o) {
			char k[96];
			const char *cur = json_string_value(json_object_get(o, "currency"));
			if (l == 0)
				snprintf(k, sizeof k, "%lld %s",
				         (long long)json_integer_value(json_object_get(o, "amount_minor")),
				         cur ? cur : "");
			else
				snprintf(k, sizeof k, "%.17g %%",
				         json_number_value(json_object_get(o, "value")));
			if (json_object_get(J->amount_at, k))
				continue;
			json_object_set_new(J->amount_at, k, json_true());
			json_array_append(to[l], o);
		}
	}
	/* the claims array lists the claims not dropped, in order */
	json_t *cj = json_object_get(j, "claims");
	const xclaim *cv = r->claims.v;
	size_t k = 0;
	for (size_t c = 0; c < r->claims.n; c++) {
		if (cv[c].dropped)
			continue;
		json_t *cl = json_array_get(cj, k++);
		shift(cl, off);
		shift_all(json_object_get(cl, "receipts"), off);
		long before = rcp__told_before(J->told, r, &cv[c]);
		if (before < 0) {
			rcp__told_add(J->told, r, &cv[c], json_array_size(J->claims));
			json_array_append(J->claims, cl);
			continue;
		}
		/* told in an earlier window: a further receipt of that telling */
		json_t *first = json_array_get(J->claims, (size_t)before);
		json_t *more = json_object_get(first, "receipts");
		if (!more) {
			more = json_array();
			json_object_set_new(first, "receipts", more);
		}
		json_array_append_new(more, json_pack("{s:O, s:O}", "start",
		                                      json_object_get(cl, "start"), "end",
		                                      json_object_get(cl, "end")));
		json_array_extend(more, json_object_get(cl, "receipts"));
	}
	json_decref(j);
}

json_t *rcp__extract_json_windows(const rcp_extractor *x, const char *text, size_t len,
                                  const rcp_extract_opts *opts, size_t window)
{
	if (!window)
		window = RCP_EXTRACT_WINDOW;
	if (len <= window) {
		/* one run: as it always was */
		rcp__extraction r;
		rcp__extract_run(x, text, len, opts, &r);
		json_t *j = rcp__extraction_json(&r);
		rcp__extraction_release(&r);
		return j;
	}
	json_windows J = {0};
	J.orgs = json_array();
	J.money = json_array();
	J.percentages = json_array();
	J.dates = json_array();
	J.claims = json_array();
	J.org_at = json_object();
	J.amount_at = json_object();
	J.told = rcp__told_new();
	rcp__extract_windows(x, text, len, opts, window, on_window_json, &J);
	json_t *out = json_object();
	json_object_set_new(out, "lang",
	                    json_string(opts && opts->lang ? opts->lang : rcp_lang_guess(text, len)));
	if (J.sentences_cut)
		json_object_set_new(out, "sentences_cut", json_integer((json_int_t)J.sentences_cut));
	if (J.orgs_cut) {
		json_t *warn = json_array();
		json_array_append_new(warn, json_pack("{s:s, s:I, s:i}", "limit", "sentence_orgs",
		                                      "sentences", (json_int_t)J.orgs_cut, "max",
		                                      RCP_SENTENCE_ORGS));
		json_object_set_new(out, "warnings", warn);
	}
	json_object_set_new(out, "orgs", J.orgs);
	json_object_set_new(out, "money", J.money);
	json_object_set_new(out, "percentages", J.percentages);
	json_object_set_new(out, "dates", J.dates);
	json_object_set_new(out, "claims", J.claims);
	json_decref(J.org_at);
	json_decref(J.amount_at);
	rcp__told_free(J.told);
	return out;
}

json_t *rcp_extract_json(const rcp_extractor *x, const char *text, size_t len,
                         const rcp_extract_opts *opts)
{
	return rcp__extract_json_windows(x, text, len, opts, 0);
}

char *rcp_extract_jsonl(const rcp_extractor *x, const char *file, const char *text, size_t len,
                        const rcp_extract_opts *opts, size_t *n)
{
	size_t fn = file ? strlen(file) : 0;
	/* a name that is not UTF-8 (an old archive's Latin-1) is written as
	 * its Windows-1252 reading: every line keeps its "file" */
	char *fixed = NULL;
	if (file && !rcp__json_utf8_ok(file, fn)) {
		fixed = rcp_utf8_text(file);
		file = fixed;
		fn = strlen(file);
	}
	int named = file != NULL;
	if (len > RCP_EXTRACT_WINDOW) {
		/* windows merged as jansson objects */
		json_t *j = rcp__extract_json_windows(x, text, len, opts, 0);
		json_t *out = json_object();
		if (named)
			json_object_set_new(out, "file", json_string(file));
		json_object_update(out, j);
		json_decref(j);
		char *s = rcp_json_compact(out, n);
		json_decref(out);
		free(fixed);
		return s;
	}
	/* one run, written straight from what it found */
	rcp__extraction r;
	rcp__extract_run(x, text, len, opts, &r);
	rcp_buf b;
	rcp__buf_init(&b, 0);
	rcp__extraction_write(&r, &b);
	rcp__extraction_release(&r);
	if (!named)
		return rcp__buf_detach(&b, n);
	rcp_buf o;
	rcp__buf_init(&o, 0);
	(void)rcp__buf_append(&o, "{\"file\":", 8);
	rcp__json_put_string(&o, file, fn);
	if (b.len > 2) /* more keys after it */
		(void)rcp__buf_putc(&o, ',');
	(void)rcp__buf_append(&o, b.data + 1, b.len - 1);
	rcp__buf_release(&b);
	free(fixed);
	return rcp__buf_detach(&o, n);
}
