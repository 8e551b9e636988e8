/*
 * claims.h — what the files of the claims stage share: the run carried
 * from sentence to sentence, one sentence under the rules, and the calls
 * each file makes into the ones below it (categories.c, clauses.c, joint.c,
 * sentence_orgs.c, pairs.c, then claims.c on top). Private to lib/extract.
 */
#ifndef RCP_EXTRACT_CLAIMS_H
#define RCP_EXTRACT_CLAIMS_H

#include "stages.h"


/* What the claim rules carry from one sentence to the next. */
typedef struct claims_run {
	const rcp_extractor *x;
	rcp__extraction *r;
	const xents *E;
	const char *text;
	size_t len;
	const xword *w;
	size_t nw;
	int li;
	const xmention *ms;
	size_t nms, mi;
	const rcp_money *mv;
	size_t nmoney;
	const rcp_date *dv;
	size_t ndates;
	int ordered;           /* money and dates in order of start: windows */
	size_t mlo, mhi, dlo, dhi;
	int doc_year;
	rcp__vec fc;           /* found_cue of this sentence */
	rcp__vec local;        /* xmention: the sentence's organizations, then candidates */
	rcp__vec group;        /* int: each local's list */
	rcp__vec prev, zero;   /* xmention: the companies a sentence ended with */
	uint32_t prev_s;
	xmention carried;      /* the last public body named */
	int carried_ok;
	xmention doc_buyer;    /* the public body named most often, of those named so far */
	int doc_buyer_ok;
	uint32_t doc_second;   /* the most mentions of another body named so far */
	int body_kind;
	uint32_t award_body;   /* the buyer of a list of awards ("awarded to five firms:") */
	int award_list;        /* while its items go on: 1, or 2 for a planned one's */
	size_t cat_n[6];       /* sentences with each category's words */
	/* a contract with no buyer yet, for the sentence after to name it */
	struct {
		uint32_t s;
		size_t start;
		xmention co[4];
		size_t nco;
		const rcp_money *amount;
		uint64_t size;
		int year, text_year;
		unsigned cats;
	} pending;
	int pending_ok;
	/* a buyer's contract with "a company" the sentence after names */
	struct {
		uint32_t s;
		size_t start;
		xmention body;
		const rcp_money *amount;
		uint64_t size;
		int year, text_year;
		unsigned cats;
	} unnamed;
	int unnamed_ok;
	FILE *pair_dump;       /* candidate pairs' features (pair_candidates.c), or NULL */
	xmention pc_prev;      /* pair_candidates.c: the last body named before the sentence */
	int pc_prev_ok;
	int64_t pc_main_body;  /* the body the document names most, -1, or -2 not yet known */
} claims_run;

/* One sentence under the rules. */
typedef struct xsent {
	uint32_t s;
	size_t a, b;           /* words [a, b) */
	size_t start, end;     /* bytes, closing punctuation included */
	size_t m0, m1;         /* its mentions */
	unsigned cats;         /* category words */
	const rcp_money *amount; /* the first amount */
	uint64_t size;         /* a contract's size with no currency, 0 */
	int year, text_year;
	const cue *implicit;   /* an amount with no verb: a contract */
	size_t nloc, nreal;    /* organizations [0, nreal) named; [nreal, nloc) by a word */
	int has_body;
	int company_groups, last_company_group;
	int64_t body;          /* a body by a word for it ("the military"), -1 */
	uint32_t zero_s;       /* the sentence the companies in run->zero ended */
	long aw;               /* a word for the main company, -1 */
	int had_anaphor;
	size_t nextra;         /* candidate companies past nloc */
	long holder;           /* the candidate a word for a fund stands for, -1 */
	int question;          /* it ends with "?" or opens with "¿" */
	long appos_x, appos_y; /* "X, a unit of Y, and Z": locals X and Y, or -1 */
	long doc_carried;      /* the local that is the document's buyer, -1 */
	long descr_owner;      /* an owner told beside a name ("(groupe Engie)"), -1 */
	long zero_word;        /* "these two companies": the word the companies before stand at, -1 */
} xsent;

#define LOCAL(R) ((xmention *)(R)->local.v)
#define GROUP(R) ((int *)(R)->group.v)

/* categories.c: a claim's category */
unsigned rcp__category_of_kind(int kind);
unsigned rcp__category_choose(unsigned sentence, unsigned counterparty, unsigned company,
                              unsigned kind, int *weak);
void rcp__category_document(xclaim *v, size_t n, const size_t cat_n[6], const xents *E);

/* clauses.c: where a clause ends, a relative clause, a condition */
int rcp__clause_conditional(const claims_run *R, size_t a, size_t b);
int rcp__clause_words_between(const claims_run *R, size_t from, size_t to, char *out, size_t n,
                              int *comma_first, int *comma_last, int *caps);
int rcp__clause_words_between_max(const claims_run *R, size_t from, size_t to, char *out, size_t n,
                                  size_t max, int *comma_first, int *comma_last, int *caps);
int rcp__clause_coordination(const char *f);
int rcp__clause_break_between(const claims_run *R, size_t x, size_t y);
int rcp__clause_relative_apart(const claims_run *R, const xsent *S, size_t ci, size_t pi,
                               size_t cw);
int rcp__clause_time_before(const xword *w, size_t from, size_t to);
int rcp__clause_set_against(const xword *w, size_t a, size_t i);
int rcp__clause_relative_at(const claims_run *R, const xsent *S, size_t x, size_t *r,
                            size_t *e, size_t *ante);

/* joint.c: two companies together, a joint venture's owners, an owner in parentheses */
int rcp__joint_word(const char *f);
int rcp__owner_in_parentheses(const claims_run *R, size_t p, const xmention *y);
void rcp__joint_claims(claims_run *R, const xsent *S, size_t sentence_first);
void rcp__consortium_claims(claims_run *R, const xsent *S, size_t sentence_first);
void rcp__joint_venture_owners(claims_run *R, const xsent *S, size_t sentence_first);
void rcp__owners_in_parentheses(claims_run *R, xsent *S, size_t sentence_first);

/* sentence_orgs.c: a sentence's organizations and the companies a word stands for */
void rcp__sentence_orgs(claims_run *R, xsent *S);
int rcp__sentence_in_relative(const claims_run *R, const xsent *S, size_t k);
int rcp__sentence_fund_mention(const claims_run *R, const xmention *m, const rcp_matcher_entity *e);
void rcp__sentence_candidates(claims_run *R, xsent *S);
int rcp__sentence_anaphor_object(const xsent *S, const xmention *local, size_t pi);

/* pairs.c: a claim between a company and another organization */
int rcp__pair_legislature(const char *name);
int rcp__pair_tender_at(const xword *w, size_t b, size_t i);
int rcp__pair_tender_won(const xword *w, size_t a, size_t b);
void rcp__pair_claim(claims_run *R, const xsent *S, size_t ci, size_t pi,
                     size_t sentence_first);

/* pair_candidates.c: every pair of a sentence's organizations, scored by
 * learned weights; a pair over the threshold no rule made is a claim */
#include "pair_weights.h"
void rcp__pair_features(const claims_run *R, const xsent *S, const xmention *c, size_t ci,
                        const xmention *p, size_t pi, int rule, uint8_t f[RCP_PAIR_FEATURES],
                        int *rel);
double rcp__pair_score(const uint8_t f[RCP_PAIR_FEATURES]);
void rcp__pair_candidates(claims_run *R, const xsent *S, size_t sentence_first);
extern FILE *rcp__pair_dump;   /* rcp_extract_pair_features() */

#endif
