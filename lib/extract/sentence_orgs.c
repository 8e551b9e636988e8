/*
 * sentence_orgs.c — a sentence's organizations for the claims stage: the
 * named ones in lists and appositions, and the candidates a word stands for
 * ("the company", "these two firms", a fund's manager).
 */
#include <stdlib.h>
#include <ctype.h>
#include <string.h>

#include "claims.h"

/* Room for n items in a vector (its count untouched). */
static void vec_reserve(rcp__vec *v, size_t n)
{
	if (v->cap >= n)
		return;
	v->cap = n < 16 ? 16 : n;
	v->v = rcp__xrealloc(v->v, v->cap * v->size);
}

/* A cue inside an organization's name is part of the name ("Defense
 * Security Cooperation Agency" cooperates with nobody): dropped. */
static void drop_cues_in_names(claims_run *R, const xsent *S)
{
	found_cue *fc = R->fc.v;
	const xmention *local = LOCAL(R);
	size_t kept = 0;
	for (size_t k = 0; k < R->fc.n; k++) {
		size_t st = R->w[fc[k].word].t.start;
		int inside = 0;
		for (size_t j = 0; j < S->nreal && !inside; j++)
			inside = local[j].start <= st && st < local[j].end;
		if (!inside)
			fc[kept++] = fc[k];
	}
	R->fc.n = kept;
}

/* Is the text between two names an apposition that says the second owns
 * the first: ", a unit of", ", filiale de", ", filial de", ", eine Tochter
 * von"? */
static int ownership_apposition(const claims_run *R, size_t from, size_t to)
{
	static const char *const ph[] = {
		"a unit of", "a subsidiary of", "a division of", "an affiliate of", "part of",
		"owned by", "a unit of the", "a subsidiary of the", "filiale de", "une filiale de",
		"filiale du", "une filiale du", "filiale d", "une filiale d", "filial de",
		"una filial de", "filial del", "una filial del", "tochter von", "eine tochter von",
		"tochter des", "eine tochter des", "ein tochterunternehmen von",
		"ein tochterunternehmen des", "tochterunternehmen von", "tochterunternehmen des",
		NULL};
	/* or a subsidiary's noun first and its owner's preposition later:
	 * "filial en el estado español de la israelí", "einer Tochter der",
	 * "une filiale française du groupe" */
	static const char *const heads[] = {"subsidiary", "filial", "filiale", "tochter",
	                                    "tochterunternehmen", "tochtergesellschaft", NULL};
	static const char *const lead[] = {"a", "an", "une", "una", "eine", "einer", NULL};
	static const char *const of[] = {"of", "de", "del", "d", "du", "des", "von", "der",
	                                 "vom", NULL};
	char buf[128];
	int cf, cl, caps;
	if (!rcp__clause_words_between_max(R, from, to, buf, sizeof buf, 10, &cf, &cl, &caps) || !cf || cl)
		return 0;
	for (int k = 0; ph[k]; k++)
		if (!strcmp(buf, ph[k]))
			return 1;
	size_t i = rcp__word_at_offset(R->w, R->nw, from);
	while (i < R->nw && R->w[i].t.end <= from)
		i++;
	if (i < R->nw && R->w[i].t.end <= to && rcp__word_in(R->w[i].f, lead))
		i++;
	/* an adjective first: "a German subsidiary of", "einer deutschen Tochter der" */
	if (i + 1 < R->nw && R->w[i + 1].t.end <= to && !rcp__word_in(R->w[i].f, heads) &&
	    rcp__word_in(R->w[i + 1].f, heads))
		i++;
	if (i >= R->nw || R->w[i].t.end > to || !rcp__word_in(R->w[i].f, heads))
		return 0;
	for (i++; i < R->nw && R->w[i].t.end <= to; i++)
		if (rcp__word_in(R->w[i].f, of))
			return 1;
	return 0;
}

/* Where the text after an owner's name goes on: past blanks and an
 * acronym in parentheses ("Israel Aerospace Industries Ltd. (IAI),"). */
static size_t owner_end(const claims_run *R, size_t e)
{
	/* a legal form the name left out: "Israel Aerospace Industries Ltd." */
	static const char *const forms[] = {"Ltd.", "Ltd", "Inc.", "Inc", "Corp.", "plc", "PLC",
	                                    "S.A.", "SA", "AG", "GmbH", "SpA", "S.p.A.", NULL};
	/* the abbreviation's point of a name told with it ("Elbit Systems Ltd.,") */
	if (e + 1 < R->len && R->text[e] == '.' && (R->text[e + 1] == ',' || R->text[e + 1] == ' '))
		e++;
	while (e < R->len && R->text[e] == ' ')
		e++;
	for (int k = 0; forms[k]; k++) {
		size_t l = strlen(forms[k]);
		if (e + l <= R->len && !memcmp(R->text + e, forms[k], l) &&
		    (e + l == R->len || !isalpha((unsigned char)R->text[e + l]))) {
			for (e += l; e < R->len && R->text[e] == ' ';)
				e++;
			break;
		}
	}
	if (e < R->len && R->text[e] == '(') {
		size_t p = e + 1;
		while (p < R->len && p < e + 16 && R->text[p] != ')' && R->text[p] != '\n')
			p++;
		if (p < R->len && R->text[p] == ')')
			for (e = p + 1; e < R->len && R->text[e] == ' ';)
				e++;
	}
	return e;
}

/* Is the text between two names ", and" ("X, a unit of Y, and Z")? */
static int comma_and(const claims_run *R, size_t from, size_t to)
{
	char buf[32];
	int cf, cl, caps;
	return rcp__clause_words_between(R, from, to, buf, sizeof buf, &cf, &cl, &caps) && cf && !cl &&
	       rcp__clause_coordination(buf);
}

/* Is a company's mention where the text says where its news came from,
 * not who took part: a news agency ("a la agencia EFE", "Nachrichtenagentur
 * dpa"), the one told or quoted ("told Reuters", "selon l'AFP", "according
 * to Reuters", "laut dpa"), a credit line ("information fournie par Cercle
 * Finance")? A source is never a party of the claim. */
static int source_mention(const claims_run *R, const xsent *S, const xmention *m)
{
	static const char *const agency[] = {"agencia", "agence", "agency", "agentur",
	                                     "nachrichtenagentur", "presseagentur", NULL};
	static const char *const art[] = {"la", "l", "el", "the", "der", "die", "des", "de", NULL};
	static const char *const per[] = {"selon", "segun", "laut", "told", "gegenuber", NULL};
	const xword *w = R->w;
	size_t i = m->word, a = S->a;
	if (i >= R->nw || rcp__word_in(w[i].f, agency))
		return 1;
	if (i > a && rcp__word_in(w[i - 1].f, art))
		i--;
	if (i > a && rcp__word_in(w[i - 1].f, agency))
		return 1;
	if (i > a && rcp__word_in(w[i - 1].f, per))
		return 1;
	if (i > a + 1 && !strcmp(w[i - 1].f, "to") && !strcmp(w[i - 2].f, "according"))
		return 1;
	/* told after a verb of saying: "haber afirmado a EFE", "a déclaré à
	 * l'AFP", "dijo a Reuters" */
	static const char *const say[] = {"afirm", "dij", "declar", "explic", "confirm", "indiq",
	                                  "precis", "assur", "inform", "asegur", NULL};
	if (i > a + 1 && (!strcmp(w[i - 1].f, "a") || !strcmp(w[i - 1].f, "al")))
		for (int k = 0; say[k]; k++)
			if (!strncmp(w[i - 2].f, say[k], strlen(say[k])))
				return 1;
	/* "information fournie par", "informations fournies par" */
	return i > a + 2 && !strcmp(w[i - 1].f, "par") && !strncmp(w[i - 2].f, "fourni", 6) &&
	       !strncmp(w[i - 3].f, "information", 11);
}

/* Is the text between two names a conjunction and a description of the
 * second set off by commas: "Airbus et la société étatique d'armement,
 * IAI, ...", "Airbus and the Israeli state-owned arms maker, IAI, ..."? */
static int described_conjunct(const claims_run *R, size_t from, size_t to)
{
	static const char *const art[] = {"the", "la", "le", "l", "el", "der", "die", "das", NULL};
	char buf[96];
	int cf, cl, caps;
	if (!rcp__clause_words_between(R, from, to, buf, sizeof buf, &cf, &cl, &caps) || cf || !cl || caps)
		return 0;
	char *sp = strchr(buf, ' ');
	if (!sp)
		return 0;
	*sp = '\0';
	if (!rcp__clause_coordination(buf))
		return 0;
	char *a2 = sp + 1, *sp2 = strchr(a2, ' ');
	if (!sp2)
		return 0;
	*sp2 = '\0';
	for (int k = 0; art[k]; k++)
		if (!strcmp(a2, art[k]))
			return 1;
	return 0;
}

/* A negation anywhere in the sentence: "El contrato no fue para Thales",
 * "Den Auftrag erhielt Thales nicht". A buyer carried from before stands
 * nowhere in the sentence for the negation to be near. */
static int negation_in(const claims_run *R, const xsent *S)
{
	for (size_t i = S->a; i < S->b; i++)
		if (rcp__negated(R->w, S->a, S->b, i))
			return 1;
	return 0;
}

/* A contract word in a definite noun phrase, not negated: "the contract",
 * "dieser Auftrag", "die Ausschreibung", "las empresas adjudicatarias",
 * "le marché". It speaks of a contract the text told of before. */
static int definite_contract(const claims_run *R, const xsent *S)
{
	static const char *const det[] = {"the", "this", "these", "le", "la", "les", "ce",
	                                  "cette", "ces", "l", "el", "los", "las", "este", "esta",
	                                  "estos", "estas", "der", "die", "das", "dieser",
	                                  "diese", "dieses", "den", NULL};
	const found_cue *fc = R->fc.v;
	/* a negation anywhere: "Die Ausschreibung hat Palantir nicht gewonnen" */
	if (negation_in(R, S))
		return 0;
	for (size_t k = 0; k < R->fc.n; k++) {
		size_t cw = fc[k].word;
		/* "Despite losing this bid" */
		if (fc[k].c->relation != 1 || rcp__negated(R->w, S->a, S->b, cw) ||
		    rcp__hedged(R->li, R->w, S->a, cw) ||
		    rcp__bid_between(R->li, R->w, S->b, S->a, cw + 1))
			continue;
		/* or opening the sentence with no article: "Auftragnehmer ist
		 * ein Gemeinschaftsunternehmen", "Adjudicataria es Indra" */
		if (cw == S->a)
			return 1;
		for (size_t back = 1; back <= 2 && cw >= S->a + back; back++)
			for (int d = 0; det[d]; d++)
				if (!strcmp(R->w[cw - back].f, det[d]))
					return 1;
	}
	return 0;
}

/* Is the name at word i a partner named as such: a partner's noun (not a
 * word for working together) right before it ("seinem Konsortialpartner
 * Leonardo", "son partenaire Leonardo", "su socio Leonardo")? */
static int partner_named(const claims_run *R, size_t i)
{
	const found_cue *fc = R->fc.v;
	for (size_t k = 0; k < R->fc.n; k++)
		if (fc[k].word + 1 == i && fc[k].c->relation == 5 && !rcp__joint_word(R->w[fc[k].word].f))
			return 1;
	return 0;
}

/* Does company local[k] stand in parentheses after the company before it,
 * as its short name or its owner ("Israel Aerospace Industries (IAI)",
 * "Soframe (groupe Lohr)")? It describes that one: no list of its own. */
static int in_parentheses_of(const claims_run *R, const xmention *local, size_t k)
{
	if (!k)
		return 0;
	size_t p = local[k - 1].end;
	while (p < local[k].start && R->text[p] == ' ')
		p++;
	if (p >= local[k].start || R->text[p] != '(')
		return 0;
	rcp_matcher_entity xe;
	rcp__ent_get(R->E, local[k - 1].entity, &xe);
	if (xe.kind != RCP_KIND_COMPANY)
		return 0;
	return (local[k].entity == local[k - 1].entity && p + 1 == local[k].start) ||
	       rcp__owner_in_parentheses(R, p, &local[k]);
}

/* Does company local[k] stand in a relative clause on a company named
 * before it ("der Rüstungskonzern Airbus, der hierfür eine Heron 1 von IAI
 * anmietet", "Thales, which buys parts from Leonardo")? The clause tells
 * of its antecedent: no list of its own. */
int rcp__sentence_in_relative(const claims_run *R, const xsent *S, size_t k)
{
	const xmention *local = LOCAL(R);
	size_t r, e, ante;
	if (!rcp__clause_relative_at(R, S, local[k].word, &r, &e, &ante) || ante >= k)
		return 0;
	rcp_matcher_entity ae;
	rcp__ent_get(R->E, local[ante].entity, &ae);
	return ae.kind == RCP_KIND_COMPANY;
}

/* The sentence's organizations, its lists, and the counterparty the text
 * is about when this one names none: a body by a word for it, or the last
 * public body of the two sentences before. */
void rcp__sentence_orgs(claims_run *R, xsent *S)
{
	const xents *E = R->E;
	const xword *w = R->w;
	size_t ncues = R->fc.n;
	size_t nm = S->m1 - S->m0;
	if (nm > RCP_SENTENCE_ORGS) {
		nm = RCP_SENTENCE_ORGS;
		R->r->orgs_cut++;
	}
	/* the named, a body or a carried one, and the candidate companies */
	vec_reserve(&R->local, nm + 2 + R->prev.n + R->zero.n);
	vec_reserve(&R->group, nm + 2 + R->prev.n + R->zero.n);
	xmention *local = LOCAL(R);
	int *group = GROUP(R);
	size_t nloc = 0;
	for (size_t k = S->m0; k < S->m0 + nm; k++) {
		rcp_matcher_entity le;
		rcp__ent_get(E, R->ms[k].entity, &le);
		if ((le.kind == RCP_KIND_COMPANY || le.kind == RCP_KIND_OTHER_ORG) &&
		    source_mention(R, S, &R->ms[k]))
			continue;
		local[nloc++] = R->ms[k];
		if (le.kind != RCP_KIND_COMPANY && le.kind != RCP_KIND_OTHER_ORG) {
			S->has_body = 1;
			int64_t sub = rcp__owned_body(E, R->text, R->len, w, S->a, S->b, &R->ms[k]);
			if (sub >= 0)
				local[nloc - 1].entity = (uint32_t)sub;
		}
	}
	/* lists: organizations of one list are coordinated, not related */
	S->last_company_group = -1;
	S->appos_x = S->appos_y = -1;
	S->doc_carried = -1;
	S->descr_owner = -1;
	S->nreal = nloc; /* (for the relative clauses' antecedents) */
	int rival_group = -1;
	for (size_t k = 0; k < nloc; k++) {
		rcp_matcher_entity le;
		rcp__ent_get(E, local[k].entity, &le);
		group[k] = k && rcp__list_gap(R->text, local[k - 1].end, local[k].start) ? group[k - 1]
		                                                                         : (int)k;
		/* "Airbus et la société étatique d'armement, IAI": one list */
		if (k && group[k] == (int)k &&
		    described_conjunct(R, local[k - 1].end, local[k].start))
			group[k] = group[k - 1];
		/* "X, a unit of Y, won", "X, a unit of Y, and Z won": Y is
		 * X's owner, X and Z one list */
		size_t xe = local[k ? k - 1 : 0].end;
		/* "Elbit Systems Ltd., einer Tochter": the name's point */
		if (xe + 1 < R->len && R->text[xe] == '.' && R->text[xe + 1] == ',')
			xe++;
		if (k && S->appos_x < 0 && group[k] == (int)k &&
		    ownership_apposition(R, xe, local[k].start)) {
			size_t e = owner_end(R, local[k].end);
			/* a comma, or the sentence's end: "X, filial de Y." */
			if (e >= R->len || R->text[e] == ',' ||
			    e + 1 >= S->end) {
				S->appos_x = (long)k - 1;
				S->appos_y = (long)k;
			}
		}
		if (k >= 2 && S->appos_y == (long)k - 1 &&
		    comma_and(R, local[k - 1].end, local[k].start))
			group[k] = group[k - 2];
		/* an apposition's owner describes X: no list of its own; nor a
		 * partner named as such ("with its partner Leonardo, Thales
		 * won"): the two act together */
		/* nor a rival set against the fact ("a remporté le marché face
		 * à Nexter et Arquus"): the sentence is about the one that won */
		if (le.kind == RCP_KIND_COMPANY && rcp__clause_set_against(w, S->a, local[k].word))
			rival_group = group[k];
		if (le.kind == RCP_KIND_COMPANY && group[k] != S->last_company_group &&
		    (long)k != S->appos_y && !partner_named(R, local[k].word) &&
		    group[k] != rival_group && !in_parentheses_of(R, local, k) &&
		    !rcp__sentence_in_relative(R, S, k)) {
			S->company_groups++;
			S->last_company_group = group[k];
		}
	}
	/* the companies the sentence ends with, for the next one */
	rcp__vec t = R->zero;
	R->zero = R->prev;
	R->prev = t;
	S->zero_s = R->prev_s;
	if (S->company_groups) {
		R->prev.n = 0;
		R->prev_s = S->s;
		for (size_t k = 0; k < nloc; k++) {
			rcp_matcher_entity le;
			rcp__ent_get(E, local[k].entity, &le);
			if (le.kind == RCP_KIND_COMPANY && group[k] == S->last_company_group)
				*(xmention *)rcp__vec_push(&R->prev) = local[k];
		}
	} else {
		/* nothing new: the companies stay those of the sentence before */
		R->prev.n = 0;
		for (size_t k = 0; k < R->zero.n; k++)
			*(xmention *)rcp__vec_push(&R->prev) = ((xmention *)R->zero.v)[k];
	}
	group[nloc] = 1000;
	group[nloc + 1] = 1001;
	S->nreal = nloc;
	long bw = -1;
	S->body = -1;
	/* anywhere when the sentence names no body; as its subject ("The
	 * military took several steps, including using AWS, as the
	 * commander of MAMRAM revealed") even when it names one */
	size_t a = S->a, b = S->b;
	if ((ncues || S->implicit) &&
	    ((bw = rcp__body_anaphor(R->li, w, a, S->has_body ? (a + 2 < b ? a + 2 : b) : b,
	                             &R->body_kind)) >= 0 ||
	     (S->has_body &&
	      (bw = rcp__qualified_body(R->li, w, a, b, local, nloc, &R->body_kind)) >= 0)))
		S->body = rcp__main_of_kind(E->m, R->r->count, E->ne, R->body_kind);
	if (S->body >= 0) {
		/* "the military", "l'agence": the document's main body of that kind */
		local[nloc] = (xmention){(uint32_t)S->body, w[bw].t.start, w[bw].t.end, (size_t)bw, S->s};
		nloc++;
	} else if (!S->has_body && R->carried.sentence + 2 >= S->s && R->carried_ok && S->s > 0 &&
	           (ncues || S->implicit) && S->company_groups <= 1 && !negation_in(R, S)) {
		/* only for one company, or one list of them: with two, the
		 * sentence is about them ("Microsoft owns 49% of OpenAI, and the
		 * two companies collaborate closely") */
		/* it stands where the sentence starts */
		local[nloc] = R->carried;
		local[nloc].word = a;
		local[nloc].start = w[a].t.start;
		nloc++;
	} else if (!S->has_body && R->doc_buyer_ok && S->company_groups == 1 && !S->question &&
	           R->r->count[R->doc_buyer.entity] > 2 * R->doc_second && definite_contract(R, S)) {
		/* "Die Ausschreibung gewonnen hat das Unternehmen Palantir",
		 * "Para las empresas adjudicatarias, destacan Indra, Airbus":
		 * the contract the text told of is its buyer's, the public
		 * body it names most, however far back (twice as often as any
		 * other: "la DGAM" and "el Ministerio de Defensa" alike leave
		 * it untold) */
		local[nloc] = R->doc_buyer;
		local[nloc].word = a;
		local[nloc].start = w[a].t.start;
		S->doc_carried = (long)nloc;
		nloc++;
	}
	S->nloc = nloc;
	drop_cues_in_names(R, S);
	for (size_t k = S->m0; k < S->m1; k++) {
		rcp_matcher_entity le;
		rcp__ent_get(E, R->ms[k].entity, &le);
		if (le.kind != RCP_KIND_COMPANY && le.kind != RCP_KIND_OTHER_ORG) {
			R->carried = R->ms[k];
			R->carried_ok = 1;
			uint32_t n = R->r->count[R->ms[k].entity];
			if (R->doc_buyer_ok && R->ms[k].entity != R->doc_buyer.entity &&
			    n < R->r->count[R->doc_buyer.entity]) {
				if (n > R->doc_second)
					R->doc_second = n;
			} else if (R->ms[k].entity != R->doc_buyer.entity || !R->doc_buyer_ok) {
				if (R->doc_buyer_ok)
					R->doc_second = R->r->count[R->doc_buyer.entity];
				R->doc_buyer = R->ms[k];
				R->doc_buyer_ok = 1;
			}
		}
	}
	/* several bodies under one parent the sentence does not name ("los
	 * ministerios de Defensa e Interior –y en menor medida Transportes–
	 * han adjudicado ...; de 19 de esos contratos se beneficiarán
	 * Elbit Systems y Rafael"): what the next sentence says of them
	 * together is the parent's (the registry's parents say which) */
	if (R->carried_ok && R->carried.sentence == S->s) {
		int64_t parent = rcp__common_parent(E, R->ms + S->m0, S->m1 - S->m0);
		if (parent >= 0)
			R->carried.entity = (uint32_t)parent;
	}
}

/* Is a mention a fund's: a fund's name ("Norwegian Government Pension
 * Fund"), or a name right after a fund's noun ("der Pensionsfonds KLP",
 * "the pension fund ABP", "el fondo ABP")? */
int rcp__sentence_fund_mention(const claims_run *R, const xmention *m, const rcp_matcher_entity *e)
{
	if (rcp__fund_name(e->name))
		return 1;
	size_t i = rcp__word_at_offset(R->w, R->nw, m->start);
	/* the noun up to three words before ("le fonds de pension ABP") */
	for (size_t k = i; k > 0 && k + 3 > i && k <= R->nw; k--) {
		const xword *x = &R->w[k - 1];
		if (i >= R->nw || x->t.sentence != R->w[i].t.sentence || (k < i && x->t.cap))
			return 0;
		const char *f = x->f;
		size_t n = strlen(f);
		if ((n >= 4 && !strcmp(f + n - 4, "fund")) || (n >= 5 && !strcmp(f + n - 5, "fonds")) ||
		    !strcmp(f, "fondo"))
			return 1;
	}
	return 0;
}

/* English and German put a company's kind before its noun: "the defense
 * contractor", "the Israeli drone maker", "der Rüstungskonzern", "der
 * Autozuliefer- und Rüstungskonzern", "der Mischkonzern". A word for the
 * main company as "the company" is: its article's word, or -1. (French and
 * Spanish put the kind after: "le groupe français" is "le groupe".) */
static long modified_anaphor(int li, const xword *w, size_t a, size_t b)
{
	static const char *const en_heads[] = {"contractor", "company", "firm", "maker",
	                                       "manufacturer", "giant", "group", NULL};
	static const char *const de_heads[] = {"konzern", "hersteller", "unternehmen", NULL};
	if (li != 0 && li != 3)
		return -1;
	for (size_t i = a + 1; i < b; i++) {
		const char *f = w[i].f;
		size_t fl = strlen(f);
		int head = 0;
		if (li == 0) {
			head = rcp__word_in(f, en_heads);
		} else {
			for (int k = 0; de_heads[k] && !head; k++) {
				size_t l = strlen(de_heads[k]);
				/* "Rüstungskonzern", not "Konzern" (the lexicon's) */
				head = fl > l + 2 && !strcmp(f + fl - l, de_heads[k]);
			}
		}
		/* "the French defense company Thales": a name, no anaphor */
		if (!head || (i + 1 < b && w[i + 1].t.cap))
			continue;
		/* the article one to three words before, and only words of a
		 * kind between: lower case in English, a compound's part or
		 * "und" in German */
		for (size_t back = 1; back <= 3 && i >= a + back; back++) {
			const xword *x = &w[i - back];
			if (li == 0 ? !strcmp(x->f, "the") : !strcmp(x->f, "der"))
				return back == 1 && li == 0 ? -1 : (long)(i - back);
			if (li == 0 && x->t.cap && strcmp(x->f, "israeli") && strcmp(x->f, "american") &&
			    strcmp(x->f, "french") && strcmp(x->f, "german") && strcmp(x->f, "british"))
				break;
		}
	}
	return -1;
}

/* A word for the companies the sentence before named, several of them:
 * "these two companies", "both companies", "ces deux entreprises", "estas
 * dos empresas", "diese beiden Unternehmen". Its first word, or -1. */
static long plural_anaphor(int li, const xword *w, size_t a, size_t b)
{
	static const char *const ph[4][10][4] = {
		{{"these", "two", "companies"}, {"both", "companies"}, {"these", "companies"},
		 {"the", "two", "companies"}, {"those", "companies"}, {"these", "firms"},
		 {"the", "two", "firms"}, {"both", "firms"}},
		{{"ces", "deux", "entreprises"}, {"ces", "deux", "societes"}, {"ces", "entreprises"},
		 {"ces", "societes"}, {"les", "deux", "entreprises"}, {"les", "deux", "societes"},
		 {"ces", "deux", "groupes"}},
		{{"estas", "dos", "empresas"}, {"ambas", "empresas"}, {"estas", "empresas"},
		 {"las", "dos", "empresas"}, {"esas", "empresas"}, {"esas", "dos", "empresas"},
		 {"ambas", "companias"}},
		{{"diese", "beiden", "unternehmen"}, {"beide", "unternehmen"},
		 {"diese", "unternehmen"}, {"die", "beiden", "unternehmen"}, {"diese", "firmen"},
		 {"beiden", "firmen"}, {"beiden", "konzerne"}, {"diese", "konzerne"}},
	};
	if (li < 0 || li > 3)
		return -1;
	for (size_t i = a; i < b; i++)
		for (int k = 0; k < 10 && ph[li][k][0]; k++) {
			size_t n = 0;
			while (n < 4 && ph[li][k][n] && i + n < b && !strcmp(w[i + n].f, ph[li][k][n]))
				n++;
			if (n == 4 || !ph[li][k][n])
				return (long)i;
		}
	return -1;
}

/* Candidate companies besides the named ones: the main company by a word
 * for it ("the company", "elle"), or the companies the sentence before
 * ended with, when this one goes on about them. Appended to the locals. */
void rcp__sentence_candidates(claims_run *R, xsent *S)
{
	const xents *E = R->E;
	const xword *w = R->w;
	xmention *local = LOCAL(R);
	int *group = GROUP(R);
	size_t nloc = S->nloc, nreal = S->nreal, a = S->a;
	int64_t main_co = R->r->main_co;
	xmention *extra = local + nloc;
	size_t nextra = 0;
	long aw = -1;
	if (main_co >= 0) {
		int present = 0;
		for (size_t k = 0; k < nloc; k++)
			present |= local[k].entity == (uint32_t)main_co;
		aw = present ? -1 : rcp__anaphor_in(R->li, R->text, w, a, S->b);
		if (!present && aw < 0)
			aw = modified_anaphor(R->li, w, a, S->b);
		S->had_anaphor = aw >= 0;
		/* "la société israélienne IAI" names its company */
		int pronoun = aw >= 0 && (!strcmp(w[aw].f, "it") || !strcmp(w[aw].f, "elle"));
		/* a company named before it in the sentence is the one "the
		 * company" means ("The U.S. Navy bought AnyVision equipment, and
		 * the company's CEO said...") */
		for (size_t k = 0; aw >= 0 && k < nreal; k++) {
			rcp_matcher_entity le;
			rcp__ent_get(E, local[k].entity, &le);
			/* and "it" after any organization is that one's ("CBP
			 * stated that it would begin deploying") */
			if ((le.kind == RCP_KIND_COMPANY || pronoun) && local[k].word < (size_t)aw)
				aw = -1;
		}
		/* "SightX, the company developing...": an apposition to a name */
		for (size_t k = 0; aw >= 0 && !pronoun && k < nreal; k++) {
			size_t e = local[k].end, st = w[aw].t.start;
			if (e > st || st - e > 3)
				continue;
			if (memchr(R->text + e, ',', st - e))
				aw = -1;
		}
		for (size_t k = 0; aw >= 0 && !pronoun && k < nreal; k++)
			if (local[k].word > (size_t)aw && local[k].word <= (size_t)aw + 3)
				aw = -1;
		if (aw >= 0)
			extra[nextra++] =
				(xmention){(uint32_t)main_co, w[aw].t.start, w[aw].t.end, (size_t)aw, S->s};
	}
	/* "der Fonds", "le fonds": the fund named last, in this sentence
	 * or the two before, when the sentence names none before the word */
	S->holder = -1;
	long hw = aw < 0 ? rcp__holder_anaphor_in(R->li, w, a, S->b) : -1;
	for (size_t k = 0; hw >= 0 && k < nreal; k++) {
		rcp_matcher_entity le;
		rcp__ent_get(E, local[k].entity, &le);
		if (local[k].word < (size_t)hw + 4 && rcp__fund_name(le.name))
			hw = -1;
	}
	if (hw >= 0) {
		/* "the fund" is a noun, not the verb "fund" */
		found_cue *fc = R->fc.v;
		size_t kept = 0;
		for (size_t k = 0; k < R->fc.n; k++)
			if (!(fc[k].word >= (size_t)hw && fc[k].word < (size_t)hw + 3 &&
			      rcp__fund_name(w[fc[k].word].f)))
				fc[kept++] = fc[k];
		R->fc.n = kept;
	}
	if (hw >= 0) {
		const xmention *fund = NULL;
		for (size_t k = S->m0; k-- > 0 && R->ms[k].sentence + 2 >= S->s;) {
			rcp_matcher_entity le;
			rcp__ent_get(E, R->ms[k].entity, &le);
			if (rcp__sentence_fund_mention(R, &R->ms[k], &le)) {
				fund = &R->ms[k];
				break;
			}
		}
		if (fund) {
			S->holder = (long)(nloc + nextra);
			extra[nextra++] =
				(xmention){fund->entity, w[hw].t.start, w[hw].t.end, (size_t)hw, S->s};
			aw = hw;
		}
	}
	/* no company and no word for one: the sentence goes on about the
	 * companies the one before ended with ("... Elbit Systems y Rafael.
	 * Dos pesos pesados cuyo armamento utiliza el Ejército hebreo") */
	S->zero_word = -1;
	if (!S->had_anaphor && !S->company_groups && S->has_body && S->zero_s + 1 == S->s) {
		const xmention *zero = R->zero.v;
		/* "these two companies" names them where it stands, as the
		 * ones held ("ISIF's investments in these two companies") */
		long pw = R->zero.n > 1 ? plural_anaphor(R->li, w, a, S->b) : -1;
		S->zero_word = pw;
		for (size_t k = 0; k < R->zero.n; k++) {
			extra[nextra] = zero[k];
			extra[nextra].word = pw >= 0 ? (size_t)pw : a;
			extra[nextra].start = w[pw >= 0 ? (size_t)pw : a].t.start;
			extra[nextra].end = pw >= 0 ? w[pw].t.end : w[a].t.start;
			nextra++;
		}
	}
	for (size_t k = 0; k < nextra; k++)
		group[nloc + k] = 1000 + (int)k;
	S->aw = aw;
	S->nextra = nextra;
}

/* Is extra mention pi the word for the document's main company ("the
 * company", "esta empresa", "das Unternehmen"), not a fund's word or the
 * companies carried from the sentence before? */
int rcp__sentence_anaphor_object(const xsent *S, const xmention *local, size_t pi)
{
	return S->had_anaphor && S->aw >= 0 && (long)pi != S->holder &&
	       local[pi].word == (size_t)S->aw && local[pi].end > local[pi].start;
}
