/*
 * pair_candidates.c — every pair of a sentence's organizations as a
 * candidate claim, scored by learned weights over general features.
 *
 * The hand rules (pairs.c) each fit the construction they were written on.
 * Here every (company side, counterparty) pair of a sentence with a cue is
 * a candidate: its organizations named in it, a body carried from the
 * sentences before, and a company named only by a word for it ("the
 * company", "la société", "das Unternehmen", "la empresa", "it"), which
 * sentence_orgs.c resolves to the company the text goes on about. A
 * candidate's features say nothing of names: the cue classes and where they
 * stand (between the two, before, after), the distance and order of the
 * two, a clause break between them, the clause tests (a question, a denial,
 * a condition, a hedge), each side's kind, the preposition before the
 * counterparty, the sentence's number of organizations, an amount, a year,
 * the language, and whether a rule made the pair. Logistic weights
 * (pair_weights.c, made by scripts/train-pairs.py from dev and tune gold)
 * score it; a pair above the threshold that no rule made is added as a
 * claim, its evidence the sentence (a span of the text).
 */
#include <stdio.h>
#include <string.h>

#include "claims.h"
#include "pair_weights.h"

const char *const rcp__pair_feature_names[RCP_PAIR_FEATURES] = {
	"bias", "p_company", "p_body", "p_other", "c_open", "p_open", "c_word", "p_carried",
	"c_first", "gap_le3", "gap_le8", "gap_le16", "gap_gt16", "cue_between", "cue_before",
	"cue_after", "rel_supplies", "rel_contract", "rel_acquired", "rel_invested",
	"rel_divested", "rel_partnered", "rel_owns", "rel_restricted", "voice_fits",
	"clause_break", "untold", "cue_negated", "cue_hedged", "c_subject", "p_subject",
	"orgs_le2", "orgs_3_4", "orgs_ge5", "money", "year", "rule_made", "prep_to", "prep_by",
	"prep_with", "prep_for", "lang_en", "lang_fr", "lang_es", "lang_de", "same_list",
	"headline", "company_between", "relation_fits", "c_zero", "cue_implicit", "p_before_cue",
	"c_before_cue", "p_prev", "p_main_body", "no_body_here", "one_company_list",
};

FILE *rcp__pair_dump;

void rcp_extract_pair_features(FILE *f)
{
	rcp__pair_dump = f;
}

/* The preposition right before a counterparty, by what it makes of it:
 * 1 a recipient ("to", "à", "a", "an"), 2 an agent ("by", "par", "por",
 * "durch"), 3 a partner ("with", "avec", "con", "mit", "auprès"), 4 a
 * source or a beneficiary ("from", "for", "pour", "para", "für", "bei",
 * "von"); 0 none. Articles between are skipped. */
static int prep_class(int li, const xword *w, size_t a, size_t i)
{
	static const char *const arts[] = {"the", "le", "la", "les", "l", "el", "los", "las",
	                                   "der", "die", "das", "dem", "den", "des", NULL};
	static const char *const to[4][6] = {
		{"to", NULL}, {"a", "au", "aux", NULL}, {"a", "al", NULL}, {"an", "zu", "zum", "zur", NULL}};
	static const char *const by[4][4] = {
		{"by", NULL}, {"par", NULL}, {"por", NULL}, {"durch", NULL}};
	static const char *const with[4][4] = {
		{"with", NULL}, {"avec", "aupres", NULL}, {"con", NULL}, {"mit", NULL}};
	static const char *const from[4][6] = {{"from", "for", NULL},
	                                       {"pour", NULL},
	                                       {"para", "de", NULL},
	                                       {"fur", "bei", "von", "vom", NULL}};
	size_t k = i;
	while (k > a && k + 2 > i && rcp__word_in(w[k - 1].f, arts))
		k--;
	if (k <= a || li < 0 || li > 3)
		return 0;
	const char *f = w[k - 1].f;
	if (rcp__word_in(f, to[li]))
		return 1;
	if (rcp__word_in(f, by[li]))
		return 2;
	if (rcp__word_in(f, with[li]))
		return 3;
	if (rcp__word_in(f, from[li]))
		return 4;
	return 0;
}

static int is_body_kind(int kind)
{
	return kind != RCP_KIND_COMPANY && kind != RCP_KIND_OTHER_ORG;
}

/* The cue nearest the pair (0 words when it stands between the two), one
 * whose relation fits the counterparty's kind before one that does not;
 * -1 if the sentence has none (an amount with no verb). */
static long nearest_cue(const found_cue *fc, size_t n, size_t lo, size_t hi, int pkind)
{
	long best = -1;
	size_t bd = 0;
	int bfit = 0;
	for (size_t k = 0; k < n; k++) {
		size_t cw = fc[k].word;
		size_t d = cw > lo && cw < hi ? 0 : cw <= lo ? lo - cw : cw - hi;
		int fit = rcp__relation_fits(fc[k].c->relation, pkind);
		if (best < 0 || fit > bfit || (fit == bfit && d < bd)) {
			best = (long)k;
			bd = d;
			bfit = fit;
		}
	}
	return best;
}

/* The features of the pair company c (local ci), counterparty p (local
 * pi, or S->nloc + 1 for the body named last before the sentence, + 2 for
 * the document's main body) of sentence S into f (0 or 1 each); the chosen
 * cue's relation into *rel. */
void rcp__pair_features(const claims_run *R, const xsent *S, const xmention *c, size_t ci,
                        const xmention *p, size_t pi, int rule, uint8_t f[RCP_PAIR_FEATURES],
                        int *rel)
{
	const xmention *local = LOCAL(R);
	const int *group = GROUP(R);
	const xword *w = R->w;
	const found_cue *fc = R->fc.v;
	size_t a = S->a, b = S->b;
	rcp_matcher_entity ce, pe;
	rcp__ent_get(R->E, c->entity, &ce);
	rcp__ent_get(R->E, p->entity, &pe);
	memset(f, 0, RCP_PAIR_FEATURES);
	/* a side named in another sentence, or by no word, stands at the
	 * sentence's start */
	int c_zero = c->end == c->start || c->word < a || c->word >= b;
	int p_out = pi >= S->nreal || p->word < a || p->word >= b;
	size_t cw = c_zero ? a : c->word, pw = p_out ? a : p->word;
	size_t lo = cw < pw ? cw : pw, hi = cw < pw ? pw : cw;
	f[0] = 1;
	f[1] = pe.kind == RCP_KIND_COMPANY;
	f[2] = is_body_kind(pe.kind);
	f[3] = pe.kind == RCP_KIND_OTHER_ORG;
	f[4] = c->entity >= R->E->ne;
	f[5] = p->entity >= R->E->ne;
	f[6] = ci >= S->nloc;
	f[7] = pi >= S->nreal && pi < S->nloc;
	f[8] = cw < pw;
	size_t gap = hi - lo;
	f[9] = gap <= 3;
	f[10] = gap > 3 && gap <= 8;
	f[11] = gap > 8 && gap <= 16;
	f[12] = gap > 16;
	for (size_t k = 0; k < R->fc.n; k++) {
		size_t x = fc[k].word;
		f[13] |= x > lo && x < hi;
		f[14] |= x < lo && lo - x <= CUE_REACH;
		f[15] |= x > hi && x - hi <= CUE_REACH;
	}
	long k = nearest_cue(fc, R->fc.n, lo, hi, pe.kind);
	int r = k >= 0 ? fc[k].c->relation : 1;
	*rel = r;
	f[16 + (r & 7)] = 1;
	if (k >= 0) {
		size_t x = fc[k].word;
		int active = rcp__voice_at(fc[k].c, w, a, b, x) == 'a';
		f[24] = active == (cw <= x);
		f[27] = (uint8_t)rcp__negated(w, a, b, x);
		f[28] = (uint8_t)rcp__hedged(R->li, w, a, x);
		f[51] = pw < x;
		f[52] = cw < x;
	} else {
		f[50] = 1;
	}
	f[25] = hi > lo && (uint8_t)rcp__clause_break_between(R, lo, hi);
	f[26] = (uint8_t)S->question;
	/* the sentence's subject: its first organization, before the cue */
	size_t first = b;
	for (size_t j = 0; j < S->nreal; j++)
		if (local[j].word < first)
			first = local[j].word;
	f[29] = !c_zero && c->word == first;
	f[30] = !p_out && p->word == first;
	f[31] = S->nreal <= 2;
	f[32] = S->nreal > 2 && S->nreal <= 4;
	f[33] = S->nreal > 4;
	f[34] = S->amount != NULL || S->size != 0;
	f[35] = S->text_year != 0;
	f[36] = (uint8_t)rule;
	int pc = p_out ? 0 : prep_class(R->li, w, a, p->word);
	if (pc)
		f[36 + pc] = 1;
	if (R->li >= 0 && R->li < 4)
		f[41 + R->li] = 1;
	f[45] = ci < S->nloc && pi < S->nloc && group && group[ci] == group[pi];
	f[46] = (uint8_t)rcp__is_headline(R->text, R->len, S->start, S->end);
	for (size_t j = 0; j < S->nreal && !f[47]; j++) {
		rcp_matcher_entity je;
		if (j == ci || j == pi || local[j].word <= lo || local[j].word >= hi ||
		    local[j].entity == c->entity || local[j].entity == p->entity)
			continue;
		rcp__ent_get(R->E, local[j].entity, &je);
		f[47] = je.kind == RCP_KIND_COMPANY;
	}
	f[48] = (uint8_t)rcp__relation_fits(r, pe.kind);
	f[49] = (uint8_t)c_zero;
	f[53] = pi == S->nloc + 1;
	f[54] = pi == S->nloc + 2;
	f[55] = !S->has_body;
	f[56] = S->company_groups == 1;
}

/* The weights' score of features f (a logit). */
double rcp__pair_score(const uint8_t f[RCP_PAIR_FEATURES])
{
	double s = 0;
	for (int k = 0; k < RCP_PAIR_FEATURES; k++)
		if (f[k])
			s += rcp__pair_weights[k];
	return s;
}

/* A name as a field of the dump, a tab after it (tabs and line ends in
 * it as spaces). */
static void dump_field(FILE *out, const char *s)
{
	for (; s && *s; s++)
		fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, out);
	fputc('\t', out);
}

/* Did a rule of this sentence make the pair? */
static int rule_made(const claims_run *R, size_t sentence_first, uint32_t c, uint32_t p)
{
	const xclaim *v = R->r->claims.v;
	for (size_t k = sentence_first; k < R->r->claims.n; k++)
		if (v[k].company == c && v[k].counterparty == p)
			return 1;
	return 0;
}

/* The pair c (local ci), p (pi, as rcp__pair_features) as a candidate:
 * dumped when asked, a claim when over the threshold and no rule made it
 * (made: the claims before the scorer's own). */
static void candidate(claims_run *R, const xsent *S, const xmention *c, size_t ci,
                      const xmention *p, size_t pi, size_t sentence_first, size_t made)
{
	rcp_matcher_entity ce, pe;
	rcp__ent_get(R->E, c->entity, &ce);
	rcp__ent_get(R->E, p->entity, &pe);
	int rule = rule_made(R, sentence_first, c->entity, p->entity);
	uint8_t f[RCP_PAIR_FEATURES];
	int rel;
	rcp__pair_features(R, S, c, ci, p, pi, rule, f, &rel);
	if (R->pair_dump) {
		fputs("P\t", R->pair_dump);
		dump_field(R->pair_dump, ce.id);
		dump_field(R->pair_dump, ce.name);
		dump_field(R->pair_dump, pe.id);
		dump_field(R->pair_dump, pe.name);
		fprintf(R->pair_dump, "%zu\t%zu\t%s\t%d\t", S->start, S->end, rcp__relations[rel],
		        rule);
		for (int k = 0; k < RCP_PAIR_FEATURES; k++)
			fputc('0' + f[k], R->pair_dump);
		fputc('\n', R->pair_dump);
	}
	/* (a dump is of the rules alone: the weights change nothing then) */
	if (R->pair_dump)
		return;
	double score = rcp__pair_score(f);
	if (rule && score < rcp__pair_veto) {
		/* a rule's pair the weights find most unlike a claim: dropped */
		xclaim *v = R->r->claims.v;
		for (size_t k = sentence_first; k < made; k++)
			if (v[k].company == c->entity && v[k].counterparty == p->entity)
				v[k].dropped = 1;
		return;
	}
	if (rule || score <= rcp__pair_threshold || !rcp__relation_fits(rel, pe.kind) ||
	    (pe.kind == RCP_KIND_OTHER_ORG && !pe.categories) ||
	    rule_made(R, made, c->entity, p->entity))
		return;
	xclaim *q = rcp__vec_push(&R->r->claims);
	memset(q, 0, sizeof *q);
	q->company = c->entity;
	q->counterparty = p->entity;
	q->relation = rel;
	unsigned pcat = pe.categories | rcp__category_of_kind(pe.kind);
	if (pe.kind == RCP_KIND_COMPANY && (pcat & ce.categories))
		pcat &= ce.categories;
	q->category = rcp__category_choose(S->cats, pcat, ce.categories,
	                                   pe.kind == RCP_KIND_COMPANY ? 0
	                                                               : rcp__category_of_kind(pe.kind),
	                                   &q->weak_category);
	q->start = S->start;
	q->end = S->end;
	q->money = S->amount;
	q->size = S->size;
	q->year = S->year;
	q->text_year = S->text_year;
	q->inferred = ci >= S->nloc || pi >= S->nreal;
	q->carried = pi >= S->nreal;
	q->confidence = 0.3;
}

/* The public body the document names most (-1 if none), once a run. */
static int64_t main_body(claims_run *R)
{
	if (R->pc_main_body != -2)
		return R->pc_main_body;
	int64_t best = -1;
	const xmention *ms = R->ms;
	for (size_t k = 0; k < R->nms; k++) {
		rcp_matcher_entity e;
		rcp__ent_get(R->E, ms[k].entity, &e);
		if (is_body_kind(e.kind) &&
		    (best < 0 || R->r->count[ms[k].entity] > R->r->count[(uint32_t)best]))
			best = ms[k].entity;
	}
	R->pc_main_body = best;
	return best;
}

void rcp__pair_candidates(claims_run *R, const xsent *S, size_t sentence_first)
{
	const xmention *local = LOCAL(R);
	size_t made = R->r->claims.n;
	if (!R->pair_dump && rcp__pair_threshold >= 1e9 && rcp__pair_veto <= -1e9)
		return;
	/* counterparties beyond the sentence: the body named last before it,
	 * and the document's main body, when the sentence names neither */
	xmention far[2];
	int far_ok[2] = {R->pc_prev_ok, 0};
	far[0] = R->pc_prev;
	int64_t mb = main_body(R);
	if (mb >= 0) {
		far[1] = (xmention){(uint32_t)mb, S->start, S->start, S->a, S->s};
		far_ok[1] = !R->pc_prev_ok || R->pc_prev.entity != (uint32_t)mb;
	}
	for (size_t j = 0; j < S->nloc && (far_ok[0] || far_ok[1]); j++)
		for (int k = 0; k < 2; k++)
			if (far_ok[k] && local[j].entity == far[k].entity)
				far_ok[k] = 0;
	/* the weights only veto: the rules' pairs are the only candidates
	 * that can change anything (the same pairs as the whole loop below
	 * would take for them) */
	if (!R->pair_dump && rcp__pair_threshold >= 1e9) {
		const xclaim *v = R->r->claims.v;
		for (size_t k = sentence_first; k < made; k++) {
			if (v[k].dropped)
				continue;
			size_t ci = 0, pi = 0, n = S->nloc + S->nextra;
			while (ci < n && local[ci].entity != v[k].company)
				ci++;
			if (ci == n)
				continue;
			rcp_matcher_entity ce;
			rcp__ent_get(R->E, local[ci].entity, &ce);
			if (ce.kind != RCP_KIND_COMPANY)
				continue;
			while (pi < S->nloc && (local[pi].entity != v[k].counterparty || pi == ci))
				pi++;
			if (pi < S->nloc) {
				candidate(R, S, &local[ci], ci, &local[pi], pi, sentence_first, made);
				continue;
			}
			for (int j = 0; j < 2; j++)
				if (far_ok[j] && far[j].entity == v[k].counterparty &&
				    far[j].entity != local[ci].entity) {
					candidate(R, S, &local[ci], ci, &far[j], S->nloc + 1 + (size_t)j,
					          sentence_first, made);
					break;
				}
		}
		return;
	}
	for (size_t ci = 0; ci < S->nloc + S->nextra; ci++) {
		rcp_matcher_entity ce;
		rcp__ent_get(R->E, local[ci].entity, &ce);
		if (ce.kind != RCP_KIND_COMPANY)
			continue;
		/* one pair of sides is one candidate */
		int twice = 0;
		for (size_t q = 0; q < ci && !twice; q++)
			twice = local[q].entity == local[ci].entity;
		if (twice)
			continue;
		for (size_t pi = 0; pi < S->nloc; pi++) {
			if (local[pi].entity == local[ci].entity || pi == ci)
				continue;
			/* (a counterparty named twice: its first mention) */
			for (size_t q = 0; q < pi && !twice; q++)
				twice = local[q].entity == local[pi].entity;
			if (twice) {
				twice = 0;
				continue;
			}
			candidate(R, S, &local[ci], ci, &local[pi], pi, sentence_first, made);
		}
		for (int k = 0; k < 2; k++)
			if (far_ok[k] && far[k].entity != local[ci].entity)
				candidate(R, S, &local[ci], ci, &far[k], S->nloc + 1 + (size_t)k,
				          sentence_first, made);
	}
}
