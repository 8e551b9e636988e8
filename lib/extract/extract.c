/*
 * extract.c — from text to organizations, money, dates and candidate
 * claims: the extractor, and one run of its stages over a text.
 *
 *   words (tokenize.c)  ->  organizations (orgs.c, bodies.c)
 *   money (money.c), dates (dates.c)
 *   per sentence: cues (cues.c) -> relation finding (relation.c) -> claims (claims.c)
 *   rcp__extraction  ->  JSON (output.c), or the store (record.c)
 */
#include <stdlib.h>
#include <string.h>

#include "extract_internal.h"
extern const unsigned char rcp_cues_en[], rcp_cues_fr[], rcp_cues_es[], rcp_cues_de[],
	rcp_cues_categories[];
extern const size_t rcp_cues_en_len, rcp_cues_fr_len, rcp_cues_es_len, rcp_cues_de_len,
	rcp_cues_categories_len;

static const char *const langs[4] = {"en", "fr", "es", "de"};

rcp_extractor *rcp_extractor_new(const rcp_matcher *m, rcp_error *err)
{
	(void)err;
	rcp_extractor *x = rcp__xcalloc(1, sizeof *x);
	x->m = m;
	rcp__lexicon_parse(&x->cues[0], (const char *)rcp_cues_en, rcp_cues_en_len, 0);
	rcp__lexicon_parse(&x->cues[1], (const char *)rcp_cues_fr, rcp_cues_fr_len, 0);
	rcp__lexicon_parse(&x->cues[2], (const char *)rcp_cues_es, rcp_cues_es_len, 0);
	rcp__lexicon_parse(&x->cues[3], (const char *)rcp_cues_de, rcp_cues_de_len, 0);
	rcp__lexicon_parse(&x->categories, (const char *)rcp_cues_categories,
	                   rcp_cues_categories_len, 1);
	return x;
}

void rcp_extractor_free(rcp_extractor *x)
{
	if (!x)
		return;
	for (int i = 0; i < 4; i++)
		rcp__lexicon_release(&x->cues[i]);
	rcp__lexicon_release(&x->categories);
	free(x);
}

/* ---- language ---- */

const char *rcp_lang_guess(const char *text, size_t len)
{
	const char *l = rcp__lang_detect(text, len);
	return l ? l : "en";
}

static int lang_index(const char *lang)
{
	for (int i = 0; i < 4; i++)
		if (lang && !strcmp(lang, langs[i]))
			return i;
	return 0;
}

/* ---- one run ---- */

void *rcp__vec_push(rcp__vec *v)
{
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 16;
		v->v = rcp__xrealloc(v->v, v->cap * v->size);
	}
	return (char *)v->v + v->size * v->n++;
}

static int on_money(const rcp_money *m, void *p)
{
	*(rcp_money *)rcp__vec_push(p) = *m;
	return 0;
}

static int on_date(const rcp_date *d, void *p)
{
	*(rcp_date *)rcp__vec_push(p) = *d;
	return 0;
}

void rcp__extract_run(const rcp_extractor *x, const char *text, size_t len,
                      const rcp_extract_opts *opts, rcp__extraction *r)
{
	static const rcp_extract_opts none;
	if (!opts)
		opts = &none;
	memset(r, 0, sizeof *r);
	r->text = text;
	r->len = len;
	r->lang = opts->lang ? opts->lang : rcp_lang_guess(text, len);
	r->li = lang_index(r->lang);
	r->mentions.size = sizeof(xmention);
	r->money.size = sizeof(rcp_money);
	r->dates.size = sizeof(rcp_date);
	r->claims.size = sizeof(xclaim);
	r->w = rcp__words(text, len, &r->nw, &r->sentences_cut);
	rcp__orgs_find(x->m, &x->cues[r->li], r);
	rcp_money_scan(text, len, r->lang, on_money, &r->money);
	rcp_date_scan(text, len, r->lang, on_date, &r->dates);
	rcp__claims_find(x, opts, r);
}

void rcp__extraction_release(rcp__extraction *r)
{
	if (!r)
		return;
	free(r->claims.v);
	rcp__bodies_release(&r->bodies);
	free(r->count);
	free(r->mentions.v);
	free(r->money.v);
	free(r->dates.v);
	free(r->w);
	memset(r, 0, sizeof *r);
}

json_t *rcp_extract_json(const rcp_extractor *x, const char *text, size_t len,
                         const rcp_extract_opts *opts)
{
	return rcp__extract_json_windows(x, text, len, opts, 0);
}
