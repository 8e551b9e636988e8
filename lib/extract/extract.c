/*
 * extract.c — the extractor (its cue lexicons) and a text's language.
 * The public entry point, rcp_extract_json, is in windows.c: a text is read
 * in windows, each one run of the stages (run.c).
 */
#include <stdlib.h>
#include <string.h>

#include "stages.h"
extern const unsigned char rcp_cues_en[], rcp_cues_fr[], rcp_cues_es[], rcp_cues_de[],
	rcp_cues_categories[];
extern const size_t rcp_cues_en_len, rcp_cues_fr_len, rcp_cues_es_len, rcp_cues_de_len,
	rcp_cues_categories_len;

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
