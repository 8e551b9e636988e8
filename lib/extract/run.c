/*
 * run.c — one run of extraction's stages over a text, in order:
 *
 *   words (tokenize.c)  ->  organizations (orgs.c, bodies.c, companies.c)
 *   money (money.c), dates (dates.c)
 *   per sentence: cues (cues.c) -> relation finding (relation.c) -> claims (claims.c)
 *   each amount listed once (money_once.c)
 *   rcp__extraction  ->  JSON (output.c), or the store (record.c)
 */
#include <stdlib.h>
#include <string.h>

#include "stages.h"

static const char *const langs[4] = {"en", "fr", "es", "de"};

static int lang_index(const char *lang)
{
	for (int i = 0; i < 4; i++)
		if (lang && !strcmp(lang, langs[i]))
			return i;
	return 0;
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

/* A capitalised word said again right after itself ("Systems Systems
 * Systems", "ICE ICE") is the text's repetition, not a longer name: the
 * repeat counts as lower case, so no capitalised run of the stages that
 * find organizations runs across it. */
static void unrepeat(xword *w, size_t n)
{
	for (size_t k = 1; k < n; k++)
		if (w[k].t.cap && w[k].t.sentence == w[k - 1].t.sentence &&
		    w[k].t.start == w[k - 1].t.end + 1 && !strcmp(w[k].f, w[k - 1].f))
			w[k].t.cap = 0;
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
	/* dates from the words as the tokenizer gave them, before unrepeat
	 * changes them: the same dates as rcp_date_scan, one tokenizing fewer */
	rcp__date_scan_words(text, len, r->w, r->nw, on_date, &r->dates);
	unrepeat(r->w, r->nw);
	rcp__words_bound was = rcp__words_bind(r->w, r->nw);
	rcp__orgs_find(x->m, &x->cues[r->li], r);
	rcp_money_scan(text, len, r->lang, on_money, &r->money);
	rcp__claims_find(x, opts, r);
	r->money_again = rcp__money_repeats(r);
	rcp__words_bind(was.w, was.n);
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
	free(r->money_again);
	free(r->dates.v);
	free(r->w);
	memset(r, 0, sizeof *r);
}
