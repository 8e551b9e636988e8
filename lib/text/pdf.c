/*
 * pdf.c — text of a PDF through poppler-glib, page by page.
 *
 * Each page's text is appended after a blank line and its start recorded
 * in t->pages, so a passage can be cited with its page number. A PDF's
 * text has no byte offsets in the file (streams are compressed), so the
 * offset map is the page table; t->runs stays empty.
 *
 * A damaged file (truncated, a broken cross-reference table) is repaired
 * by poppler where it can be; pages that fail are skipped with a warning,
 * and a file with no readable page is an error. A page cap bounds the work
 * a hostile file can ask for.
 */
#include <stdio.h>
#include <string.h>

#include <poppler.h>

#include "internal.h"

#define MAX_PAGES 20000
#define MAX_TEXT ((size_t)512 << 20)

rcp_status rcp__pdf_read(const uint8_t *bytes, size_t len, rcp_text *t, rcp_error *err)
{
	GError *gerr = NULL;
	GBytes *gb = g_bytes_new_static(bytes, len);
	PopplerDocument *doc = poppler_document_new_from_bytes(gb, NULL, &gerr);
	if (!doc) {
		rcp_status st = rcp__error_set(err, RCP_EPARSE, "cannot read PDF", NULL, "%s",
		                               gerr && gerr->message ? gerr->message : "damaged file");
		if (gerr)
			g_error_free(gerr);
		g_bytes_unref(gb);
		return st;
	}
	int npages = poppler_document_get_n_pages(doc);
	int failed = 0, capped = 0;
	if (npages > MAX_PAGES) {
		npages = MAX_PAGES;
		capped = 1;
	}
	rcp_text_builder tb;
	rcp__tb_init(&tb, MAX_TEXT);
	for (int i = 0; i < npages; i++) {
		rcp__tb_break(&tb, "\n\n");
		rcp__tb_page(&tb);
		PopplerPage *page = poppler_document_get_page(doc, i);
		if (!page) {
			failed++;
			continue;
		}
		char *txt = poppler_page_get_text(page);
		if (txt) {
			size_t n = strlen(txt);
			/* poppler ends pages with a form feed; trailing space goes */
			while (n && (txt[n - 1] == '\f' || txt[n - 1] == '\n' || txt[n - 1] == ' '))
				n--;
			for (size_t k = 0; k < n; k++)
				if (txt[k] == '\f')
					txt[k] = '\n';
			if (rcp__tb_append(&tb, txt, n, 0) != RCP_OK) {
				g_free(txt);
				g_object_unref(page);
				capped = 1;
				break;
			}
			g_free(txt);
		} else {
			failed++;
		}
		g_object_unref(page);
	}
	free(tb.runs); /* no byte offsets in a PDF: pages are the map */
	tb.runs = NULL;
	tb.nruns = tb.runs_cap = 0;

	char *title = poppler_document_get_title(doc);
	if (title && *title && rcp__utf8_valid(title, strlen(title)))
		t->title = rcp__xstrdup(title);
	g_free(title);
	GDateTime *dt = poppler_document_get_creation_date_time(doc);
	if (dt) {
		char d[16];
		snprintf(d, sizeof d, "%04d-%02d-%02d", g_date_time_get_year(dt),
		         g_date_time_get_month(dt), g_date_time_get_day_of_month(dt));
		if (rcp_date_valid(d))
			t->published = rcp__xstrdup(d);
		g_date_time_unref(dt);
	}
	g_object_unref(doc);
	g_bytes_unref(gb);

	t->format = RCP_FORMAT_PDF;
	rcp__tb_finish(&tb, t);
	size_t k = 0;
	while (k < t->len && (t->text[k] == ' ' || t->text[k] == '\n' || t->text[k] == '\t'))
		k++;
	if (k == t->len)
		return rcp__error_set(err, RCP_EPARSE, "nothing to add", NULL,
		                      npages ? "the PDF holds no text (scanned pages need OCR first)"
		                             : "the PDF has no pages");
	if (failed || capped) {
		char w[160];
		snprintf(w, sizeof w, "PDF read in part: %d of %d pages unreadable%s", failed, npages,
		         capped ? ", stopped at the page or size cap" : "");
		t->warning = rcp__xstrdup(w);
	}
	return RCP_OK;
}
