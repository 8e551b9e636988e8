/*
 * query.c — the search query language, parsed by hand into an FTS5
 * expression so that nothing a user types reaches FTS5's own syntax.
 *
 *   query   := or
 *   or      := and ("OR" and)*
 *   and     := unary (["AND"] unary)*
 *   unary   := "NOT" unary | "-" primary | primary
 *   primary := "(" or ")" | '"' words '"' ["*"] | word ["*"]
 *
 * Words next to each other must all match (AND). "NOT x" and "-x"
 * exclude; an exclusion needs something to exclude from. Operators are
 * upper case only: "and", "or", "not" are words. Each word and phrase is
 * written into the FTS5 expression as a quoted string, which FTS5 hands
 * to our tokenizer; a word that holds no letters or digits ("&") is
 * dropped. A caller may write single words itself instead
 * (rcp__query_parse_words): the search writes a word's forms as an OR of
 * tokens (rcp__search_parse, below). Errors carry the byte offset in the
 * query. The phrases written are listed in FTS5's order, with the token
 * each stands for when it is one token as written, so that ranking can
 * look up what it knows of each (topk.c).
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"

#define MAX_QUERY 4096
#define MAX_DEPTH 64
/* FTS5's query parser has a fixed stack: about 34 parentheses of "(a AND"
 * and 52 of "((a AND b) NOT c)" overflow it ("parser stack overflow"), and
 * the query written for it nests deeper than the one typed (a NOT adds a
 * level). A written query deeper than this is refused as too deeply
 * nested, with a clear error, before FTS5 sees it. */
#define MAX_FTS_DEPTH 24

enum { L_END, L_WORD, L_PHRASE, L_LPAREN, L_RPAREN, L_AND, L_OR, L_NOT, L_MINUS };

typedef struct lexeme {
	int kind;
	size_t pos, len; /* in the query */
	int prefix;      /* followed by '*' */
} lexeme;

typedef enum { N_TERM, N_AND, N_OR, N_NOT } node_kind;

typedef struct node {
	node_kind kind;
	size_t pos;
	/* N_TERM */
	const char *text;
	size_t len;
	int prefix, phrase;
	/* N_AND, N_OR: children; N_NOT: kids[0] */
	struct node **kids;
	size_t nkids;
} node;

typedef struct parser {
	const char *q;
	size_t n, i;
	lexeme cur;
	int depth;
	rcp_arena arena;
	rcp_error *err;
	rcp_status rc;
	rcp_query_word_fn word; /* writes a bare word, or declines (0) */
	void *word_ctx;
} parser;

static int fail(parser *p, size_t pos, const char *fmt, const char *arg)
	RCP_PRINTF(3, 0);
static int fail(parser *p, size_t pos, const char *fmt, const char *arg)
{
	if (p->rc == RCP_OK) {
		char why[256];
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
		snprintf(why, sizeof why, fmt, arg);
#pragma GCC diagnostic pop
		rcp__error_set(p->err, RCP_EPARSE, "malformed query", p->q, "%s at byte %zu", why,
		               pos);
		if (p->err)
			p->err->offset = (int64_t)pos;
		p->rc = RCP_EPARSE;
	}
	return -1;
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int is_special(char c)
{
	return is_space(c) || c == '"' || c == '(' || c == ')' || c == '*';
}

/* Read the next lexeme into p->cur. */
static int lex(parser *p)
{
	const char *q = p->q;
	while (p->i < p->n && is_space(q[p->i]))
		p->i++;
	lexeme l = {L_END, p->i, 0, 0};
	if (p->i >= p->n) {
		p->cur = l;
		return 0;
	}
	char c = q[p->i];
	if (c == '(' || c == ')') {
		l.kind = c == '(' ? L_LPAREN : L_RPAREN;
		l.len = 1;
		p->i++;
	} else if (c == '*') {
		return fail(p, p->i, "%s", "'*' must follow a word");
	} else if (c == '"') {
		size_t j = p->i + 1;
		while (j < p->n && q[j] != '"')
			j++;
		if (j >= p->n)
			return fail(p, p->i, "%s", "unclosed quote");
		l.kind = L_PHRASE;
		l.pos = p->i + 1;
		l.len = j - p->i - 1;
		p->i = j + 1;
		if (p->i < p->n && q[p->i] == '*') {
			l.prefix = 1;
			p->i++;
		}
	} else if (c == '-' && p->i + 1 < p->n && !is_space(q[p->i + 1]) &&
	           q[p->i + 1] != '-' && q[p->i + 1] != ')') {
		l.kind = L_MINUS;
		l.len = 1;
		p->i++;
	} else {
		size_t j = p->i;
		while (j < p->n && !is_special(q[j]))
			j++;
		l.kind = L_WORD;
		l.len = j - p->i;
		p->i = j;
		if (p->i < p->n && q[p->i] == '*') {
			l.prefix = 1;
			p->i++;
		}
		if (!l.prefix) {
			if (l.len == 3 && !memcmp(q + l.pos, "AND", 3))
				l.kind = L_AND;
			else if (l.len == 2 && !memcmp(q + l.pos, "OR", 2))
				l.kind = L_OR;
			else if (l.len == 3 && !memcmp(q + l.pos, "NOT", 3))
				l.kind = L_NOT;
		}
	}
	p->cur = l;
	return 0;
}

/* 1 when s[0..n) holds at least one letter or digit. */
static int has_word(const char *s, size_t n)
{
	size_t pos = 0, a, b;
	return rcp__next_word(s, n, &pos, &a, &b);
}

static node *new_node(parser *p, node_kind k, size_t pos)
{
	node *nd = rcp_arena_alloc(&p->arena, sizeof *nd);
	memset(nd, 0, sizeof *nd);
	nd->kind = k;
	nd->pos = pos;
	return nd;
}

static void add_kid(parser *p, node *parent, node *kid, size_t *cap)
{
	if (parent->nkids == *cap) {
		size_t nc = *cap ? *cap * 2 : 4;
		node **k = rcp_arena_alloc(&p->arena, nc * sizeof *k);
		if (parent->nkids)
			memcpy(k, parent->kids, parent->nkids * sizeof *k);
		parent->kids = k;
		*cap = nc;
	}
	parent->kids[parent->nkids++] = kid;
}

static int parse_or(parser *p, node **out);

/* A primary, or NULL in *out for a word without letters. */
static int parse_primary(parser *p, node **out)
{
	lexeme l = p->cur;
	*out = NULL;
	switch (l.kind) {
	case L_LPAREN: {
		if (++p->depth > MAX_DEPTH)
			return fail(p, l.pos, "%s", "parentheses nested too deeply");
		if (lex(p) < 0)
			return -1;
		if (p->cur.kind == L_RPAREN)
			return fail(p, l.pos, "%s", "empty parentheses");
		if (parse_or(p, out) < 0)
			return -1;
		if (p->cur.kind != L_RPAREN)
			return fail(p, l.pos, "%s", "unclosed '('");
		p->depth--;
		return lex(p);
	}
	case L_WORD:
	case L_PHRASE:
		if (has_word(p->q + l.pos, l.len)) {
			node *t = new_node(p, N_TERM, l.pos);
			t->text = p->q + l.pos;
			t->len = l.len;
			t->prefix = l.prefix;
			t->phrase = l.kind == L_PHRASE;
			*out = t;
		} else if (l.kind == L_PHRASE) {
			return fail(p, l.pos - 1, "%s", "a phrase with no words");
		}
		return lex(p);
	case L_RPAREN:
		return fail(p, l.pos, "%s", "unmatched ')'");
	case L_END:
		return fail(p, l.pos, "%s", "a term is missing");
	default: {
		char op[8];
		snprintf(op, sizeof op, "%.*s", (int)l.len, p->q + l.pos);
		return fail(p, l.pos, "'%s' needs a term after it", op);
	}
	}
}

static int parse_unary(parser *p, node **out)
{
	lexeme l = p->cur;
	if (l.kind == L_NOT || l.kind == L_MINUS) {
		if (lex(p) < 0)
			return -1;
		if (p->cur.kind == L_END || p->cur.kind == L_RPAREN || p->cur.kind == L_OR ||
		    p->cur.kind == L_AND)
			return fail(p, l.pos, "'%s' needs a term after it", l.kind == L_NOT ? "NOT" : "-");
		node *kid;
		if (l.kind == L_NOT) {
			if (parse_unary(p, &kid) < 0)
				return -1;
		} else if (parse_primary(p, &kid) < 0) {
			return -1;
		}
		if (!kid) {
			*out = NULL;
			return 0;
		}
		if (kid->kind == N_NOT) { /* NOT NOT x is x */
			*out = kid->kids[0];
			return 0;
		}
		node *nd = new_node(p, N_NOT, l.pos);
		size_t cap = 0;
		add_kid(p, nd, kid, &cap);
		*out = nd;
		return 0;
	}
	return parse_primary(p, out);
}

static int starts_unary(int kind)
{
	return kind == L_WORD || kind == L_PHRASE || kind == L_LPAREN || kind == L_NOT ||
	       kind == L_MINUS;
}

static int parse_and(parser *p, node **out)
{
	node *nd = new_node(p, N_AND, p->cur.pos);
	size_t cap = 0;
	int first = 1;
	for (;;) {
		if (p->cur.kind == L_AND) {
			size_t pos = p->cur.pos;
			if (first)
				return fail(p, pos, "'%s' needs a term on each side", "AND");
			if (lex(p) < 0)
				return -1;
			if (!starts_unary(p->cur.kind))
				return fail(p, pos, "'%s' needs a term on each side", "AND");
		}
		node *kid;
		if (parse_unary(p, &kid) < 0)
			return -1;
		first = 0;
		if (kid)
			add_kid(p, nd, kid, &cap);
		if (!starts_unary(p->cur.kind) && p->cur.kind != L_AND)
			break;
	}
	*out = nd->nkids == 0 ? NULL : nd->nkids == 1 ? nd->kids[0] : nd;
	return 0;
}

static int parse_or(parser *p, node **out)
{
	node *nd = new_node(p, N_OR, p->cur.pos);
	size_t cap = 0;
	if (p->cur.kind == L_OR)
		return fail(p, p->cur.pos, "'%s' needs a term on each side", "OR");
	for (;;) {
		node *kid;
		if (parse_and(p, &kid) < 0)
			return -1;
		if (kid)
			add_kid(p, nd, kid, &cap);
		if (p->cur.kind != L_OR)
			break;
		size_t pos = p->cur.pos;
		if (lex(p) < 0)
			return -1;
		if (!starts_unary(p->cur.kind))
			return fail(p, pos, "'%s' needs a term on each side", "OR");
	}
	*out = nd->nkids == 0 ? NULL : nd->nkids == 1 ? nd->kids[0] : nd;
	return 0;
}

/* ---- writing the FTS5 expression ---- */

static void put_term(rcp_buf *b, const node *t)
{
	rcp__buf_putc(b, '"');
	for (size_t i = 0; i < t->len; i++) {
		char c = t->text[i];
		if (c == '"')
			rcp__buf_putc(b, '"');
		/* control bytes would only confuse; the tokenizer skips them anyway */
		rcp__buf_putc(b, (unsigned char)c < 0x20 ? ' ' : c);
	}
	rcp__buf_putc(b, '"');
	if (t->prefix)
		rcp__buf_append(b, " *", 2);
}

/* List the phrases of s[0..n), FTS5 expression text written for one term
 * (quoted strings, "" inside one for a quote, each maybe followed by " *"),
 * in q->phrases: the token of each written verbatim and not a prefix. */
static void note_phrases(rcp_query *q, const char *s, size_t n, int term)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '"')
			continue;
		rcp_buf tok;
		rcp__buf_init(&tok, 0);
		for (i++; i < n; i++) {
			if (s[i] == '"') {
				if (i + 1 < n && s[i + 1] == '"')
					i++;
				else
					break;
			}
			rcp__buf_putc(&tok, s[i]);
		}
		int prefix = i + 2 < n && s[i + 1] == ' ' && s[i + 2] == '*';
		if (q->nphrases % 8 == 0)
			q->phrases = rcp__xrealloc(q->phrases, (q->nphrases + 8) * sizeof *q->phrases);
		rcp_query_phrase *ph = &q->phrases[q->nphrases++];
		ph->term = term;
		ph->token = ph->text = NULL;
		if (!prefix && tok.len > 1 && tok.data[0] == RCP_TOK_VERBATIM)
			ph->token = rcp__xstrndup(tok.data + 1, tok.len - 1);
		else if (!prefix)
			ph->text = rcp__xstrndup(tok.data ? tok.data : "", tok.len);
		rcp__buf_release(&tok);
	}
}

/* A child of an AND or an OR written the same as an earlier one adds
 * nothing to what matches, but FTS5 reads its position list again: "Thales
 * OR Thales OR ..." 80 times over a source holding it a million times ran
 * over a minute and a gigabyte. Such a child is taken back out. */
typedef struct kid_mark {
	size_t len, nterms, nphrases; /* b and q before the child */
} kid_mark;

typedef struct kid_spans {
	size_t (*v)[2]; /* where each child kept was written in b */
	size_t n, cap;
} kid_spans;

static kid_mark kid_begin(const rcp_buf *b, const rcp_query *q)
{
	kid_mark m = {b->len, q->nterms, q->nphrases};
	return m;
}

static void kid_keep_once(kid_spans *seen, rcp_buf *b, rcp_query *q, const kid_mark *m,
                          size_t from)
{
	size_t n = b->len - from;
	for (size_t i = 0; i < seen->n; i++)
		if (seen->v[i][1] - seen->v[i][0] == n &&
		    !memcmp(b->data + seen->v[i][0], b->data + from, n)) {
			for (size_t t = m->nterms; t < q->nterms; t++)
				free(q->terms[t].text);
			for (size_t ph = m->nphrases; ph < q->nphrases; ph++) {
				free(q->phrases[ph].token);
				free(q->phrases[ph].text);
			}
			q->nterms = m->nterms;
			q->nphrases = m->nphrases;
			b->len = m->len;
			b->data[b->len] = '\0';
			return;
		}
	if (seen->n == seen->cap) {
		seen->cap = seen->cap ? seen->cap * 2 : 8;
		seen->v = rcp__xrealloc(seen->v, seen->cap * sizeof *seen->v);
	}
	seen->v[seen->n][0] = from;
	seen->v[seen->n][1] = b->len;
	seen->n++;
}

/* Write nd; positive terms are collected into q. Returns -1 when nd can
 * match only by exclusion (an error, reported by the caller). */
static int write_node(parser *p, const node *nd, rcp_buf *b, rcp_query *q, int positive)
{
	switch (nd->kind) {
	case N_TERM: {
		size_t from = b->len;
		if (nd->phrase || !p->word ||
		    !p->word(p->word_ctx, nd->text, nd->len, nd->prefix, b))
			put_term(b, nd);
		note_phrases(q, b->data + from, b->len - from, positive ? (int)q->nterms : -1);
		if (positive) {
			if (q->nterms % 8 == 0)
				q->terms = rcp__xrealloc(q->terms, (q->nterms + 8) * sizeof *q->terms);
			rcp_query_term *t = &q->terms[q->nterms++];
			t->text = rcp__xstrndup(nd->text, nd->len);
			t->prefix = nd->prefix;
			t->phrase = nd->phrase;
		}
		return 0;
	}
	case N_NOT:
		return fail(p, nd->pos, "%s", "nothing to exclude from: add a term that must match");
	case N_OR: {
		rcp__buf_putc(b, '(');
		kid_spans seen = {0};
		for (size_t i = 0; i < nd->nkids; i++) {
			kid_mark m = kid_begin(b, q);
			if (seen.n)
				rcp__buf_append(b, " OR ", 4);
			size_t from = b->len;
			if (write_node(p, nd->kids[i], b, q, positive) < 0) {
				free(seen.v);
				return -1;
			}
			kid_keep_once(&seen, b, q, &m, from);
		}
		free(seen.v);
		rcp__buf_putc(b, ')');
		return 0;
	}
	case N_AND: {
		size_t npos = 0;
		for (size_t i = 0; i < nd->nkids; i++)
			npos += nd->kids[i]->kind != N_NOT;
		if (npos == 0)
			return fail(p, nd->kids[0]->pos, "%s",
			            "nothing to exclude from: add a term that must match");
		int inner = npos > 1 && npos < nd->nkids; /* (a AND b) NOT c */
		rcp__buf_putc(b, '(');
		if (inner)
			rcp__buf_putc(b, '(');
		kid_spans seen = {0};
		for (size_t i = 0; i < nd->nkids; i++) {
			if (nd->kids[i]->kind == N_NOT)
				continue;
			kid_mark m = kid_begin(b, q);
			if (seen.n)
				rcp__buf_append(b, " AND ", 5);
			size_t from = b->len;
			if (write_node(p, nd->kids[i], b, q, positive) < 0) {
				free(seen.v);
				return -1;
			}
			kid_keep_once(&seen, b, q, &m, from);
		}
		free(seen.v);
		if (inner)
			rcp__buf_putc(b, ')');
		for (size_t i = 0; i < nd->nkids; i++) {
			if (nd->kids[i]->kind != N_NOT)
				continue;
			rcp__buf_append(b, " NOT ", 5);
			if (write_node(p, nd->kids[i]->kids[0], b, q, 0) < 0)
				return -1;
		}
		rcp__buf_putc(b, ')');
		return 0;
	}
	}
	return 0;
}

/* The deepest nesting of parentheses in FTS5 query s, outside its
 * "quoted" phrases (a quote inside one is doubled). */
static int fts_depth(const char *s, size_t n)
{
	int depth = 0, deepest = 0, quoted = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '"')
			quoted = !quoted; /* "" inside a phrase toggles twice */
		else if (!quoted && s[i] == '(' && ++depth > deepest)
			deepest = depth;
		else if (!quoted && s[i] == ')')
			depth--;
	}
	return deepest;
}

/* 1 when every match of nd holds each of its terms: a term, or an AND of
 * terms. */
static int all_and(const node *nd)
{
	if (nd->kind == N_TERM)
		return 1;
	if (nd->kind != N_AND)
		return 0;
	for (size_t i = 0; i < nd->nkids; i++)
		if (nd->kids[i]->kind != N_TERM)
			return 0;
	return 1;
}

/* 1 when nd holds a node of kind k. */
static int has_kind(const node *nd, node_kind k)
{
	if (nd->kind == k)
		return 1;
	for (size_t i = 0; i < nd->nkids; i++)
		if (has_kind(nd->kids[i], k))
			return 1;
	return 0;
}

/* 1 when no match of root holds a phrase it excludes: each NOT is one
 * of the top AND's and excludes terms or an OR of them (a match may
 * hold b of "-(b c)", and a word under a NOT inside an OR). */
static int excl_absent(const node *root)
{
	if (root->kind != N_AND)
		return !has_kind(root, N_NOT);
	for (size_t i = 0; i < root->nkids; i++) {
		const node *k = root->kids[i];
		if (k->kind == N_NOT ? has_kind(k->kids[0], N_AND) : has_kind(k, N_NOT))
			return 0;
	}
	return 1;
}

rcp_status rcp__query_parse(const char *text, rcp_query *out, rcp_error *err)
{
	return rcp__query_parse_words(text, NULL, NULL, out, err);
}

rcp_status rcp__query_parse_words(const char *text, rcp_query_word_fn word, void *word_ctx,
                                  rcp_query *out, rcp_error *err)
{
	memset(out, 0, sizeof *out);
	size_t n = strlen(text);
	if (n > MAX_QUERY)
		return rcp__error_set(err, RCP_EINVAL, "query too long", NULL,
		                      "%zu bytes is over the limit of %d", n, MAX_QUERY);
	if (!rcp__utf8_valid(text, n))
		return rcp__error_set(err, RCP_EPARSE, "malformed query", NULL, "not valid UTF-8");
	size_t k = 0;
	while (k < n && is_space(text[k]))
		k++;
	if (k == n)
		return rcp__error_set(err, RCP_EPARSE, "malformed query", text, "empty query");
	parser p = {.q = text, .n = n, .err = err, .word = word, .word_ctx = word_ctx};
	rcp__arena_init(&p.arena, 4096);
	node *root = NULL;
	rcp_buf b;
	rcp__buf_init(&b, 0);
	if (lex(&p) == 0 && parse_or(&p, &root) == 0) {
		if (p.cur.kind == L_RPAREN)
			fail(&p, p.cur.pos, "%s", "unmatched ')'");
		else if (p.cur.kind != L_END)
			fail(&p, p.cur.pos, "%s", "unexpected text");
		else if (!root && n && !has_word(text, n))
			rcp__error_set(err, p.rc = RCP_EPARSE, "malformed query", text,
			               "no letters or digits to search for");
		else if (!root)
			rcp__error_set(err, p.rc = RCP_EPARSE, "malformed query", text, "empty query");
		else if (root->kind == N_NOT)
			fail(&p, root->pos, "%s", "nothing to exclude from: add a term that must match");
		else if (write_node(&p, root, &b, out, 1) == 0) {
			/* a query read without the index's word forms keeps a
			 * level for them: a word with several forms is written
			 * "(form OR form)", one level deeper, when searched, and
			 * a query this parser takes must be one search takes */
			if (fts_depth(b.data, b.len) + (word ? 0 : 1) > MAX_FTS_DEPTH)
				fail(&p, 0, "%s", "parentheses and NOTs nested too deeply");
			out->all_and = all_and(root), out->excl_absent = excl_absent(root);
		}
	}
	rcp_arena_release(&p.arena);
	if (p.rc != RCP_OK) {
		rcp__buf_release(&b);
		rcp__query_release(out);
		return p.rc;
	}
	size_t len;
	out->fts = rcp__buf_detach(&b, &len);
	return RCP_OK;
}

void rcp__query_release(rcp_query *q)
{
	if (!q)
		return;
	for (size_t i = 0; i < q->nterms; i++)
		free(q->terms[i].text);
	free(q->terms);
	for (size_t i = 0; i < q->nphrases; i++) {
		free(q->phrases[i].token);
		free(q->phrases[i].text);
	}
	free(q->phrases);
	free(q->fts);
	memset(q, 0, sizeof *q);
}

/* ---- query words as an OR of their forms ---- */

#define MAX_WORD RCP_TOK_MAX_WORD
#define MAX_FORMS (2 * RCP_TOK_NSTEM + 2) /* a prefix: its folded spelling too */

typedef struct forms {
	char tok[MAX_FORMS][MAX_WORD + 1];
	size_t len[MAX_FORMS];
	int n;
	int positions; /* tokens that are not colocated: words of the word */
} forms;

static int add_form(void *c, const char *tok, size_t n, size_t start, size_t end, int colocated)
{
	(void)start;
	(void)end;
	forms *f = c;
	if (!colocated && ++f->positions > 1)
		return 1; /* a word of several tokens: leave it to FTS5 */
	if (f->n == MAX_FORMS || n > MAX_WORD)
		return 1;
	memcpy(f->tok[f->n], tok, n);
	f->len[f->n++] = n;
	return 0;
}

static void put_form(rcp_buf *b, const char *tok, size_t n, int prefix)
{
	rcp__buf_putc(b, '"');
	rcp__buf_putc(b, RCP_TOK_VERBATIM);
	for (size_t i = 0; i < n; i++) {
		if (tok[i] == '"')
			rcp__buf_putc(b, '"');
		rcp__buf_putc(b, tok[i]);
	}
	rcp__buf_putc(b, '"');
	if (prefix)
		rcp__buf_append(b, " *", 2);
}

/* A query word as an OR of its forms. A prefix ("surveillance*") is its
 * folded spelling and its stems, each as a prefix: documents are indexed
 * by stem ("surveil"), which the whole word as typed does not begin, so
 * the word's stem is what a stored token begins with. */
static int expand_word(void *ctx, const char *word, size_t n, int prefix, rcp_buf *b)
{
	const char *lang;
	rcp_tokenizer *tok = rcp__search_query_tokenizer(ctx, &lang);
	forms f;
	f.n = f.positions = 0;
	if (prefix) {
		if (rcp__tokenize(tok, word, n, lang, RCP_TOK_FOLD, add_form, &f) != 0 ||
		    f.n != 1)
			return 0; /* several words ("l'arm*"): FTS5 splits them */
		f.positions = 0;
	}
	if (rcp__tokenize(tok, word, n, lang, RCP_TOK_QUERY_ALL, add_form, &f) != 0 ||
	    f.n == 0)
		return 0;
	int k = 0; /* distinct forms only */
	for (int i = 0; i < f.n; i++) {
		int dup = 0;
		for (int j = 0; j < k && !dup; j++)
			dup = f.len[j] == f.len[i] && !memcmp(f.tok[j], f.tok[i], f.len[i]);
		if (dup)
			continue;
		if (k != i) {
			memcpy(f.tok[k], f.tok[i], f.len[i]);
			f.len[k] = f.len[i];
		}
		k++;
	}
	f.n = k;
	if (f.n > 1)
		rcp__buf_putc(b, '(');
	for (int i = 0; i < f.n; i++) {
		if (i)
			rcp__buf_append(b, " OR ", 4);
		put_form(b, f.tok[i], f.len[i], prefix);
	}
	if (f.n > 1)
		rcp__buf_putc(b, ')');
	return 1;
}

rcp_status rcp__search_parse(rcp_search_ctx *c, const char *query, rcp_query *out, rcp_error *err)
{
	if (!c)
		return rcp__query_parse(query, out, err);
	return rcp__query_parse_words(query, expand_word, c, out, err);
}
