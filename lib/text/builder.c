/*
 * builder.c — the text builder the HTML, PDF and CSV readers share.
 *
 * A reader appends the text it finds, each piece with the offset in the
 * original it came from; the builder NFC-normalizes it and keeps the runs
 * that map text offsets back to the original, and the page starts. The
 * readers call it; reader.c only dispatches to them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "internal.h"

void rcp__tb_init(rcp_text_builder *b, size_t max)
{
	memset(b, 0, sizeof *b);
	rcp__buf_init(&b->text, max);
}

void rcp__tb_release(rcp_text_builder *b)
{
	rcp__buf_release(&b->text);
	free(b->runs);
	free(b->pages);
	memset(b, 0, sizeof *b);
}

static void push_run(rcp_text_builder *b, uint64_t text, uint64_t orig)
{
	if (b->nruns) {
		rcp_text_run *last = &b->runs[b->nruns - 1];
		if (last->text == text) { /* nothing was appended since: replace */
			last->orig = orig;
			return;
		}
		if (orig >= last->orig && text - last->text == orig - last->orig)
			return; /* continues the last run */
	}
	if (b->nruns == b->runs_cap) {
		b->runs_cap = b->runs_cap ? b->runs_cap * 2 : 64;
		b->runs = rcp__xrealloc(b->runs, b->runs_cap * sizeof *b->runs);
	}
	b->runs[b->nruns].text = text;
	b->runs[b->nruns].orig = orig;
	b->nruns++;
}

rcp_status rcp__tb_append(rcp_text_builder *b, const char *s, size_t n, uint64_t orig)
{
	if (n == 0)
		return RCP_OK;
	int ascii = 1;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80) {
			ascii = 0;
			break;
		}
	uint64_t at = b->text.len;
	rcp_status st;
	if (ascii || !rcp__utf8_valid(s, n)) {
		if (!ascii) {
			/* readers hand us UTF-8; if not, keep what is valid */
			size_t i = 0;
			while (i < n) {
				int32_t cp;
				size_t k = rcp__utf8_next(s, n, i, &cp);
				char enc[4];
				size_t e = rcp__utf8_put(cp, enc);
				if ((st = rcp__buf_append(&b->text, enc, e)) != RCP_OK)
					return st;
				i += k;
			}
			push_run(b, at, orig);
			return RCP_OK;
		}
		st = rcp__buf_append(&b->text, s, n);
	} else {
		utf8proc_uint8_t *nfc = NULL;
		utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n,
		                                  &nfc, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
		if (m < 0)
			st = rcp__buf_append(&b->text, s, n);
		else
			st = rcp__buf_append(&b->text, nfc, (size_t)m);
		free(nfc);
	}
	if (st == RCP_OK)
		push_run(b, at, orig);
	return st;
}

/* Forget runs that start at or past the end of the text: they began in
 * white space the builder has since dropped, and map nothing. */
static void drop_runs_past_end(rcp_text_builder *b)
{
	while (b->nruns && b->runs[b->nruns - 1].text >= b->text.len)
		b->nruns--;
}

void rcp__tb_break(rcp_text_builder *b, const char *sep)
{
	size_t n = b->text.len;
	if (n == 0)
		return;
	const char *d = b->text.data;
	if (sep[0] == '\n') {
		/* upgrade a trailing space to the break; never more than a blank line */
		while (n > 0 && (d[n - 1] == ' ' || d[n - 1] == '\t'))
			n--;
		b->text.len = n;
		b->text.data[n] = '\0';
		drop_runs_past_end(b); /* white space of a <pre> may have had a run */
		size_t have = 0;
		while (have < n && d[n - 1 - have] == '\n')
			have++;
		size_t want = strlen(sep);
		if (have < want)
			(void)rcp__buf_append(&b->text, "\n\n", want - have);
		return;
	}
	if (d[n - 1] != ' ' && d[n - 1] != '\n')
		(void)rcp__buf_append(&b->text, sep, strlen(sep));
}

void rcp__tb_page(rcp_text_builder *b)
{
	if (b->npages == b->pages_cap) {
		b->pages_cap = b->pages_cap ? b->pages_cap * 2 : 16;
		b->pages = rcp__xrealloc(b->pages, b->pages_cap * sizeof *b->pages);
	}
	b->pages[b->npages++] = b->text.len;
}

void rcp__tb_finish(rcp_text_builder *b, rcp_text *t)
{
	/* drop trailing white space */
	while (b->text.len && (b->text.data[b->text.len - 1] == '\n' ||
	                       b->text.data[b->text.len - 1] == ' '))
		b->text.data[--b->text.len] = '\0';
	drop_runs_past_end(b);
	for (size_t i = 0; i < b->npages; i++) /* empty pages at the end */
		if (b->pages[i] > b->text.len)
			b->pages[i] = b->text.len;
	if (!b->text.data)
		(void)rcp__buf_append(&b->text, "", 0);
	t->text = rcp__buf_detach(&b->text, &t->len);
	t->runs = b->runs;
	t->nruns = b->nruns;
	t->pages = b->pages;
	t->npages = b->npages;
	b->runs = NULL;
	b->pages = NULL;
	rcp__tb_release(b);
	if (!t->encoding)
		t->encoding = "utf-8";
}
