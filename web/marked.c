/*
 * marked.c — a source's text as HTML, with its claim quotes and mentions
 * marked and light Markdown rendered, for the source page.
 */
#include <stdlib.h>
#include <string.h>

#include "web.h"

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return x < y ? -1 : x > y;
}

/* The text, marked and lightly rendered.
 *
 * Three layers of spans, each a set that does not overlap itself: heading
 * lines of the Markdown (outermost), claim quotes (overlapping quotes are
 * joined into one region, so a claim reads as one continuous highlight) and
 * mentions of registry names (innermost; a mention overlapping an earlier
 * one is left out). An inner span is cut where an outer one starts or ends,
 * so every element nests and a claim's <mark> is one piece unless a heading
 * line ends inside it. Markdown syntax (heading hashes, list bullets, **
 * and __) is not shown; the bytes of the text and their offsets are
 * untouched, which is what the receipts point at. */

enum { L_HEAD, L_CLAIM, L_MENTION };

typedef struct tspan {
	int64_t start, end;
	int layer;
	int level;            /* heading level */
	const rcp_mark *m;    /* mention: its mark; claim region: its first claim */
	int accepted;         /* claim region: any claim in it accepted */
	int first;            /* the region's first piece (carries the anchor) */
} tspan;

typedef struct tspans {
	tspan *v;
	size_t n, cap;
	web_arena *a;
} tspans;

static void tspan_add(tspans *t, tspan s)
{
	t->v = web_grow(t->a, t->v, t->n, &t->cap, sizeof *t->v, 64);
	t->v[t->n++] = s;
}

static int cmp_tspan(const void *a, const void *b)
{
	const tspan *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->layer != y->layer)
		return x->layer - y->layer;                 /* outer first */
	return x->end > y->end ? -1 : x->end < y->end;  /* longer first */
}

static int cmp_mark_start(const void *a, const void *b)
{
	const rcp_mark *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end > y->end ? -1 : x->end < y->end;
}

/* Markdown heading lines ("# ...") as spans, and the bytes not to show:
 * the hashes and the space after them, a list item's "- " / "* " / "+ "
 * (shown as a bullet), and ** / __ around words. */
static void markdown_scan(const char *t, int64_t len, tspans *out, unsigned char *hide)
{
	for (int64_t i = 0; i < len;) {
		int64_t e = i;
		while (e < len && t[e] != '\n')
			e++;
		int64_t k = i;
		while (k < e && k - i < 6 && t[k] == '#')
			k++;
		if (k > i && k < e && t[k] == ' ') {
			for (int64_t j = i; j <= k; j++)
				hide[j] = 1;
			tspan_add(out, (tspan){.start = i, .end = e, .layer = L_HEAD,
			                       .level = (int)(k - i)});
		} else {
			k = i;
			while (k < e && k - i < 8 && t[k] == ' ')
				k++;
			if (k + 1 < e && (t[k] == '-' || t[k] == '*' || t[k] == '+') && t[k + 1] == ' ')
				hide[k] = 2; /* a bullet instead */
		}
		/* ** and __ pairs within the line */
		int64_t open = -1;
		for (int64_t j = i; j + 1 < e; j++) {
			if ((t[j] == '*' || t[j] == '_') && t[j + 1] == t[j] && !hide[j]) {
				if (open < 0) {
					if (j + 2 < e && t[j + 2] != ' ')
						open = j;
				} else if (t[j] == t[open] && t[j - 1] != ' ') {
					hide[open] = hide[open + 1] = hide[j] = hide[j + 1] = 1;
					open = -1;
				}
				j++;
			}
		}
		i = e + 1;
	}
}

/* Cut each span at every edge of the spans of the layers outside it, so
 * that every span lies wholly inside or outside each outer one. */
static void cut_at_outer(tspans *t, web_arena *a)
{
	for (int layer = L_CLAIM; layer <= L_MENTION; layer++) {
		/* the cuts of the layer before added spans: count afresh */
		int64_t *edges = web_alloc(a, (2 * t->n + 1) * sizeof *edges);
		size_t ne = 0;
		for (size_t i = 0; i < t->n; i++)
			if (t->v[i].layer < layer) {
				edges[ne++] = t->v[i].start;
				edges[ne++] = t->v[i].end;
			}
		if (!ne)
			continue;
		qsort(edges, ne, sizeof *edges, cmp_i64);
		size_t n = t->n;
		for (size_t i = 0; i < n; i++) {
			if (t->v[i].layer != layer)
				continue;
			tspan whole = t->v[i];
			/* the first edge past the span's start, by binary search */
			size_t lo = 0, hi = ne;
			while (lo < hi) {
				size_t mid = (lo + hi) / 2;
				if (edges[mid] <= whole.start)
					lo = mid + 1;
				else
					hi = mid;
			}
			int64_t from = whole.start;
			for (size_t k = lo; k < ne && edges[k] < whole.end; k++) {
				if (edges[k] == from)
					continue;
				if (from == whole.start) {
					t->v[i].end = edges[k];
				} else {
					tspan piece = whole;
					piece.start = from;
					piece.end = edges[k];
					piece.first = 0;
					tspan_add(t, piece);
				}
				from = edges[k];
			}
			if (from != whole.start) {
				tspan piece = whole;
				piece.start = from;
				piece.first = 0;
				tspan_add(t, piece);
			}
		}
	}
}

static void open_span(web_buf *b, const tspan *s)
{
	if (s->layer == L_HEAD) {
		web_printf(b, "<span class=\"md-h md-h%d\">", s->level);
	} else if (s->layer == L_CLAIM) {
		web_printf(b, "<mark class=\"claim %s\" data-claim=\"%lld\"",
		           s->accepted ? "accepted" : "candidate", (long long)s->m->id);
		if (s->first)
			web_printf(b, " id=\"claim-%lld\"", (long long)s->m->id);
		web_puts(b, ">");
	} else {
		web_puts(b, "<span class=\"mention\" title=\"");
		html_attr(b, s->m->name ? s->m->name : s->m->entity);
		web_puts(b, "\">");
	}
}

static const char *close_tag(const tspan *s)
{
	return s->layer == L_CLAIM ? "</mark>" : "</span>";
}

/* Text bytes [p, q) without the Markdown syntax hide[] marks. */
static void put_text(web_buf *b, const char *t, const unsigned char *hide, int64_t p, int64_t q)
{
	int64_t run = p;
	for (int64_t i = p; i < q; i++) {
		if (!hide[i])
			continue;
		html_textn(b, t + run, (size_t)(i - run));
		if (hide[i] == 2)
			web_puts(b, "\xE2\x80\xA2"); /* • */
		run = i + 1;
	}
	html_textn(b, t + run, (size_t)(q - run));
}

/* Anchors for the claims of a region other than its first: an empty <a>
 * at each claim's start. */
typedef struct anchor {
	int64_t at, id;
} anchor;

void web_marked_text(web_buf *b, web_arena *a, const char *text, int64_t len, rcp_mark *marks,
                     size_t nmarks)
{
	unsigned char *hide = web_alloc(a, (size_t)len + 1);
	memset(hide, 0, (size_t)len + 1);
	tspans t = {.a = a};
	markdown_scan(text, len, &t, hide);
	/* claims, joined where they overlap */
	if (nmarks)
		qsort(marks, nmarks, sizeof *marks, cmp_mark_start);
	anchor *anchors = web_alloc(a, (nmarks + 1) * sizeof *anchors);
	size_t na = 0;
	tspan cur = {.start = -1};
	for (size_t i = 0; i < nmarks; i++) {
		const rcp_mark *m = &marks[i];
		if (strcmp(m->kind, "claim") || m->start < 0 || m->end > len || m->start >= m->end)
			continue;
		int acc = m->status && !strcmp(m->status, "accepted");
		if (cur.start >= 0 && m->start < cur.end) {
			if (m->end > cur.end)
				cur.end = m->end;
			cur.accepted |= acc;
			anchors[na++] = (anchor){m->start, m->id};
			continue;
		}
		if (cur.start >= 0)
			tspan_add(&t, cur);
		cur = (tspan){.start = m->start, .end = m->end, .layer = L_CLAIM, .m = m,
		              .accepted = acc, .first = 1};
	}
	if (cur.start >= 0)
		tspan_add(&t, cur);
	/* mentions, the first of overlapping ones kept */
	int64_t last_end = -1;
	for (size_t i = 0; i < nmarks; i++) {
		const rcp_mark *m = &marks[i];
		if (!strcmp(m->kind, "claim") || m->start < 0 || m->end > len || m->start >= m->end ||
		    m->start < last_end)
			continue;
		tspan_add(&t, (tspan){.start = m->start, .end = m->end, .layer = L_MENTION, .m = m});
		last_end = m->end;
	}
	cut_at_outer(&t, a);
	if (t.n)
		qsort(t.v, t.n, sizeof *t.v, cmp_tspan);
	/* walk: close what ends, open what starts; spans nest, so a stack */
	const tspan **stack = web_alloc(a, 4 * sizeof *stack);
	int depth = 0;
	size_t next = 0, nexta = 0;
	int64_t pos = 0;
	while (pos < len || depth) {
		int64_t stop = len;
		if (depth && stack[depth - 1]->end < stop)
			stop = stack[depth - 1]->end;
		if (next < t.n && t.v[next].start < stop)
			stop = t.v[next].start;
		if (nexta < na && anchors[nexta].at < stop && anchors[nexta].at >= pos)
			stop = anchors[nexta].at;
		put_text(b, text, hide, pos, stop);
		pos = stop;
		while (depth && stack[depth - 1]->end <= pos)
			web_puts(b, close_tag(stack[--depth]));
		while (nexta < na && anchors[nexta].at <= pos) {
			web_printf(b, "<a class=\"anchor\" id=\"claim-%lld\"></a>", (long long)anchors[nexta].id);
			nexta++;
		}
		while (next < t.n && t.v[next].start <= pos) {
			const tspan *s = &t.v[next++];
			if (s->start >= s->end || depth == 3)
				continue;
			open_span(b, s);
			stack[depth++] = s;
		}
		if (pos >= len && !depth)
			break;
	}
}

