/*
 * record.c — candidate claims found when a source is added, stored with
 * their receipts (lib/store/claim.c checks each span again).
 */
#include <stdlib.h>
#include <string.h>

#include "stages.h"

static void extractor_free(void *x)
{
	rcp_extractor_free(x);
}

/* What storing one window's claims needs. */
typedef struct record_ctx {
	rcp_db *db;
	int64_t source;
	const char *text;       /* the whole text, as stored */
	size_t len;
	rcp__told *told;        /* facts stored from earlier windows */
	int64_t count;
	rcp_status rc;
	rcp_error *err;
} record_ctx;

/* Are words fit to stand for an unlinked company: what the store takes
 * (one line of at most 200 bytes, verbatim in the text)? A name that is not
 * is passed over, so that it cannot fail the whole add. Searched in the
 * claim's sentence, then its window: never the whole text per claim. */
static int source_words(const char *text, size_t len, const char *words)
{
	size_t n = words ? strlen(words) : 0;
	if (n == 0 || n > 200 || n > len || strpbrk(words, "\n\r"))
		return 0;
	for (const char *p = text, *end = text + len - n + 1;
	     (p = memchr(p, words[0], (size_t)(end - p))) != NULL; p++)
		if (!memcmp(p, words, n))
			return 1;
	return 0;
}

static void record_window(rcp__extraction *r, size_t off, void *ctx)
{
	record_ctx *R = ctx;
	const char *text = R->text;
	const xclaim *v = r->claims.v;
	for (size_t i = 0; i < r->claims.n && R->rc == RCP_OK; i++) {
		if (v[i].dropped)
			continue;
		rcp_matcher_entity ce, pe;
		rcp__ent_get(&r->E, v[i].company, &ce);
		rcp__ent_get(&r->E, v[i].counterparty, &pe);
		/* a company side the registry does not know is stored by the
		 * source's own words, unlinked, for an editor to link to an
		 * entity or add as one; it is never accepted until then */
		if (!ce.id && !source_words(r->text + v[i].start, v[i].end - v[i].start, ce.name) &&
		    !source_words(r->text, r->len, ce.name))
			continue;
		rcp_claim cl;
		memset(&cl, 0, sizeof cl);
		cl.company = ce.id;
		cl.company_name = ce.id ? NULL : ce.name;
		cl.relation = rcp__relations[v[i].relation];
		cl.counterparty = pe.id;
		/* a counterparty the registry does not know is stored by the
		 * source's own words, for an editor to link to an entity */
		cl.counterparty_name = pe.name;
		if (!cl.counterparty && !cl.counterparty_name)
			continue;
		/* told in an earlier window: one fact, one candidate */
		if (R->told) {
			if (rcp__told_before(R->told, r, &v[i]) >= 0)
				continue;
			rcp__told_add(R->told, r, &v[i], 0);
		}
		cl.category = rcp_category_name(v[i].category);
		/* the exact minor units the extractor read, as the store keeps
		 * them: never through a JSON double */
		if (v[i].money) {
			cl.has_amount = 1;
			cl.amount = v[i].money->minor;
			cl.currency = v[i].money->currency;
		}
		cl.year = v[i].year;
		cl.source = R->source;
		/* offsets in the whole text, not the window */
		size_t start = off + v[i].start, end = off + v[i].end;
		cl.start = (int64_t)start;
		cl.end = (int64_t)end;
		/* the evidence is the text's own bytes: the store checks the span */
		char *evidence = rcp__xmalloc(end - start + 1);
		memcpy(evidence, text + start, end - start);
		evidence[end - start] = '\0';
		cl.evidence = evidence;
		cl.confidence = (double)(int)(v[i].confidence * 100 + 0.5) / 100;
		/* checked against the text this add stored, not read back per claim */
		R->rc = rcp__claim_insert(R->db, &cl, text, R->len, NULL, R->err);
		free(evidence);
		if (R->rc == RCP_OK)
			R->count++;
	}
}

rcp_status rcp__claims_record(rcp_db *db, int64_t source, const char *text, size_t len,
                              const char *lang, int doc_year, int64_t *n, rcp_error *err)
{
	const rcp_matcher *m = rcp__db_matcher(db, err);
	if (!m)
		return err ? err->code : RCP_EDB;
	rcp_extractor *x = rcp__db_slot(db, RCP__SLOT_EXTRACTOR);
	if (!x) {
		x = rcp_extractor_new(m, err);
		rcp__db_slot_put(db, RCP__SLOT_EXTRACTOR, x, extractor_free);
	}
	rcp_extract_opts o = {lang, doc_year};
	record_ctx R = {db, source, text, len, NULL, 0, RCP_OK, err};
	/* a text of one window merges its repeats in the run itself */
	if (len > RCP_EXTRACT_WINDOW)
		R.told = rcp__told_new();
	rcp__extract_windows(x, text, len, &o, 0, record_window, &R);
	rcp__told_free(R.told);
	if (n)
		*n = R.count;
	return R.rc;
}
