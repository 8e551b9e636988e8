/*
 * output.c — the JSON of `receipts extract` (DESIGN.md), written from what
 * the stages found (rcp__extraction): "lang", "orgs", "money",
 * "percentages", "dates", "claims", and, when a limit was reached, what it
 * cut ("sentences_cut", "warnings").
 */
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "stages.h"

/* The JSON is written as text, straight from the struct, in the bytes
 * jansson's compact dump of the same objects gives (lib/base/jsonout.c):
 * building thousands of jansson objects a document, dumping and freeing
 * them was two fifths of `receipts extract`. rcp__extraction_json() reads
 * the text back for those who want jansson's objects. A value jansson
 * would refuse (a string that is not UTF-8) leaves its key out, or its
 * item out of a list, as json_object_set_new and json_array_append_new
 * did. */

/* An object's keys: a comma before all but the first. */
typedef struct jobj {
	rcp_buf *b;
	int n;
} jobj;

static jobj obj_open(rcp_buf *b)
{
	(void)rcp__buf_addc(b, '{');
	return (jobj){b, 0};
}

static void obj_close(jobj *o)
{
	(void)rcp__buf_addc(o->b, '}');
}

static void key(jobj *o, const char *k)
{
	if (o->n++)
		(void)rcp__buf_addc(o->b, ',');
	rcp__json_put_string(o->b, k, strlen(k));
	(void)rcp__buf_addc(o->b, ':');
}

static void kv_int(jobj *o, const char *k, int64_t v)
{
	key(o, k);
	rcp__json_put_integer(o->b, v);
}

static void kv_null(jobj *o, const char *k)
{
	key(o, k);
	(void)rcp__buf_add(o->b, "null", 4);
}

/* json_stringn(s, n): left out when NULL or not UTF-8 */
static void kv_strn(jobj *o, const char *k, const char *s, size_t n)
{
	if (!s || !rcp__json_utf8_ok(s, n))
		return;
	key(o, k);
	rcp__json_put_string(o->b, s, n);
}

static void kv_str(jobj *o, const char *k, const char *s)
{
	if (s)
		kv_strn(o, k, s, strlen(s));
}

/* json_string(s) when s, else null */
static void kv_str_or_null(jobj *o, const char *k, const char *s)
{
	if (s)
		kv_str(o, k, s);
	else
		kv_null(o, k);
}

/* A jansson value (an amount): left out where jansson's dump would fail. */
static void kv_value(jobj *o, const char *k, json_t *v)
{
	if (!v)
		return;
	size_t mark = o->b->len;
	int n = o->n;
	key(o, k);
	if (!rcp__json_put_value(o->b, v)) {
		o->b->len = mark;
		o->n = n;
	}
	json_decref(v);
}

/* minor units of currency (NULL: a percentage's hundredths) in whole
 * units: an integer when whole, else a number to the currency's decimals.
 * "amount_minor" beside it keeps the exact integer. */
static json_t *amount_json(int64_t minor, const char *currency)
{
	if (currency)
		return rcp_amount_json(minor, currency);
	/* a percentage, in hundredths of a percent */
	if (minor % 100 == 0)
		return json_integer(minor / 100);
	return json_real((double)minor / 100.0);
}

/* A list's items: a comma before all but the first. */
static void item(rcp_buf *b, int *n)
{
	if ((*n)++)
		(void)rcp__buf_addc(b, ',');
}

/* {"start":, "end":, "text":} of a span into a list (nothing when the
 * text is not UTF-8, as json_pack gave NULL); the object left open for
 * more keys, its writer in *o. 0 when nothing was written. */
static int span_open(rcp_buf *b, int *n, const char *text, size_t start, size_t end, jobj *o)
{
	if (!rcp__json_utf8_ok(text + start, end - start))
		return 0;
	item(b, n);
	*o = obj_open(b);
	kv_int(o, "start", (int64_t)start);
	kv_int(o, "end", (int64_t)end);
	kv_strn(o, "text", text + start, end - start);
	return 1;
}

/* Organizations, in order of first mention: the registry's, then those
 * it does not know (no id, the name as the text first writes it, for an
 * editor to link). */
static void orgs_write(const rcp__extraction *r, rcp_buf *b)
{
	const char *text = r->text;
	size_t ne = r->E.ne, nb = r->bodies.n, n = r->mentions.n;
	const xmention *ms = r->mentions.v;
	/* each organization's mentions chained in order: first[e], next[i] */
	size_t *first = rcp__xmalloc((ne + nb + 1) * sizeof *first);
	size_t *last = rcp__xmalloc((ne + nb + 1) * sizeof *last);
	size_t *next = rcp__xmalloc((n + 1) * sizeof *next);
	size_t *order = rcp__xmalloc((ne + nb + 1) * sizeof *order);
	size_t norder = 0;
	for (size_t e = 0; e < ne + nb; e++)
		first[e] = last[e] = (size_t)-1;
	for (int bodies = 0; bodies < 2; bodies++)
		for (size_t i = 0; i < n; i++) {
			uint32_t e = ms[i].entity;
			if ((e >= ne) != bodies)
				continue;
			next[i] = (size_t)-1;
			if (first[e] == (size_t)-1) {
				first[e] = i;
				order[norder++] = e;
			} else {
				next[last[e]] = i;
			}
			last[e] = i;
		}
	(void)rcp__buf_addc(b, '[');
	for (size_t k = 0; k < norder; k++) {
		uint32_t e = (uint32_t)order[k];
		if (k)
			(void)rcp__buf_addc(b, ',');
		jobj o = obj_open(b);
		if (e < ne) {
			rcp_matcher_entity me;
			rcp__ent_get(&r->E, e, &me);
			kv_str(&o, "id", me.id);
			kv_str(&o, "name", me.name);
			kv_str(&o, "kind", rcp_kind_name(me.kind));
		} else {
			const rcp__body *bo = &r->bodies.v[e - ne];
			kv_null(&o, "id");
			kv_str(&o, "name", bo->name);
			kv_str(&o, "kind", rcp_kind_name(bo->kind));
		}
		key(&o, "mentions");
		(void)rcp__buf_addc(b, '[');
		int nm = 0;
		for (size_t i = first[e]; i != (size_t)-1; i = next[i]) {
			jobj m;
			if (span_open(b, &nm, text, ms[i].start, ms[i].end, &m))
				obj_close(&m);
		}
		(void)rcp__buf_addc(b, ']');
		obj_close(&o);
	}
	(void)rcp__buf_addc(b, ']');
	free(first);
	free(last);
	free(next);
	free(order);
}

/* Money and percentages: "money" and "percentages" of o. */
static void money_write(const rcp__extraction *r, jobj *out)
{
	const char *text = r->text;
	const rcp_money *mv = r->money.v;
	for (int percent = 0; percent < 2; percent++) {
		key(out, percent ? "percentages" : "money");
		(void)rcp__buf_addc(out->b, '[');
		int n = 0;
		for (size_t i = 0; i < r->money.n; i++) {
			if (mv[i].percent != percent)
				continue;
			if (r->money_again[i])
				continue;
			jobj o;
			if (!span_open(out->b, &n, text, mv[i].start, mv[i].end, &o))
				continue;
			if (percent) {
				kv_value(&o, "value", amount_json(mv[i].minor, NULL));
				obj_close(&o);
				continue;
			}
			kv_value(&o, "amount", amount_json(mv[i].minor, mv[i].currency));
			kv_int(&o, "amount_minor", mv[i].minor);
			kv_str(&o, "currency", mv[i].currency);
			static const char *const q[] = {NULL, "at_least", "up_to", "about"};
			if (mv[i].qualifier)
				kv_str(&o, "qualifier", q[mv[i].qualifier]);
			obj_close(&o);
		}
		(void)rcp__buf_addc(out->b, ']');
	}
}

static void dates_write(const rcp__extraction *r, rcp_buf *b)
{
	const char *text = r->text;
	const rcp_date *dv = r->dates.v;
	(void)rcp__buf_addc(b, '[');
	int n = 0;
	for (size_t i = 0; i < r->dates.n; i++) {
		jobj o;
		if (!span_open(b, &n, text, dv[i].start, dv[i].end, &o))
			continue;
		kv_int(&o, "year", dv[i].year);
		if (dv[i].month)
			kv_int(&o, "month", dv[i].month);
		if (dv[i].day)
			kv_int(&o, "day", dv[i].day);
		if (dv[i].year2)
			kv_int(&o, "year_end", dv[i].year2);
		obj_close(&o);
	}
	(void)rcp__buf_addc(b, ']');
}

static void claims_write(const rcp__extraction *r, rcp_buf *b)
{
	const char *text = r->text;
	const xclaim *cv = r->claims.v;
	size_t n = r->claims.n;
	/* each repeat listed under the telling it finally merged into, in
	 * order: first[t] and next[k] chain them */
	size_t *first = rcp__xmalloc((n ? n : 1) * sizeof *first);
	size_t *next = rcp__xmalloc((n ? n : 1) * sizeof *next);
	size_t *last = rcp__xmalloc((n ? n : 1) * sizeof *last);
	for (size_t k = 0; k < n; k++)
		first[k] = next[k] = last[k] = (size_t)-1;
	for (size_t k = 0; k < n; k++) {
		if (!cv[k].into)
			continue;
		size_t t = cv[k].into - 1;
		/* merges point forward or back but never in a cycle: a dropped
		 * telling is never merged into */
		for (size_t hops = 0; cv[t].into && hops < n; hops++)
			t = cv[t].into - 1;
		if (last[t] == (size_t)-1)
			first[t] = k;
		else
			next[last[t]] = k;
		last[t] = k;
	}
	(void)rcp__buf_addc(b, '[');
	int nc = 0;
	for (size_t i = 0; i < n; i++) {
		if (cv[i].dropped)
			continue;
		rcp_matcher_entity ce, pe;
		rcp__ent_get(&r->E, cv[i].company, &ce);
		rcp__ent_get(&r->E, cv[i].counterparty, &pe);
		item(b, &nc);
		jobj o = obj_open(b);
		/* a company the registry does not know: null, and its name as the
		 * source writes it */
		kv_str_or_null(&o, "company", ce.id);
		kv_str(&o, "company_name", ce.name);
		kv_str(&o, "relation", rcp__relations[cv[i].relation]);
		kv_str_or_null(&o, "counterparty", pe.id);
		kv_str(&o, "counterparty_name", pe.name);
		kv_str_or_null(&o, "category", rcp_category_name(cv[i].category));
		const rcp_money *cm = cv[i].money;
		if (cm) {
			kv_value(&o, "amount", amount_json(cm->minor, cm->currency));
			kv_int(&o, "amount_minor", cm->minor);
			kv_str(&o, "currency", cm->currency);
		} else {
			kv_null(&o, "amount");
			kv_null(&o, "amount_minor");
			kv_null(&o, "currency");
		}
		if (cv[i].year)
			kv_int(&o, "year", cv[i].year);
		else
			kv_null(&o, "year");
		kv_int(&o, "start", (int64_t)cv[i].start);
		kv_int(&o, "end", (int64_t)cv[i].end);
		kv_strn(&o, "evidence", text + cv[i].start, cv[i].end - cv[i].start);
		kv_value(&o, "confidence", json_real((double)(int)(cv[i].confidence * 100 + 0.5) / 100));
		/* the other tellings of the same fact: further receipts */
		if (first[i] != (size_t)-1) {
			key(&o, "receipts");
			(void)rcp__buf_addc(b, '[');
			int nr = 0;
			for (size_t k = first[i]; k != (size_t)-1; k = next[k]) {
				item(b, &nr);
				jobj m = obj_open(b);
				kv_int(&m, "start", (int64_t)cv[k].start);
				kv_int(&m, "end", (int64_t)cv[k].end);
				obj_close(&m);
			}
			(void)rcp__buf_addc(b, ']');
		}
		obj_close(&o);
	}
	(void)rcp__buf_addc(b, ']');
	free(first);
	free(next);
	free(last);
}

void rcp__extraction_write(const rcp__extraction *r, rcp_buf *b)
{
	jobj out = obj_open(b);
	kv_str(&out, "lang", r->lang);
	if (r->sentences_cut) /* said, not silent: a claim's evidence is then a piece */
		kv_int(&out, "sentences_cut", (int64_t)r->sentences_cut);
	if (r->orgs_cut) {
		/* said, not silent: claims of those sentences may be missing */
		key(&out, "warnings");
		(void)rcp__buf_addc(b, '[');
		jobj w = obj_open(b);
		kv_str(&w, "limit", "sentence_orgs");
		kv_int(&w, "sentences", (int64_t)r->orgs_cut);
		kv_int(&w, "max", RCP_SENTENCE_ORGS);
		obj_close(&w);
		(void)rcp__buf_addc(b, ']');
	}
	key(&out, "orgs");
	orgs_write(r, b);
	money_write(r, &out);
	key(&out, "dates");
	dates_write(r, b);
	key(&out, "claims");
	claims_write(r, b);
	obj_close(&out);
}

json_t *rcp__extraction_json(const rcp__extraction *r)
{
	rcp_buf b;
	rcp__buf_init(&b, 0);
	rcp__extraction_write(r, &b);
	/* NUL bytes of the text are \u0000 in it */
	json_t *j = json_loadb(b.data, b.len, JSON_ALLOW_NUL, NULL);
	rcp__buf_release(&b);
	return j;
}
