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
 *
 * Poppler's text layout is quadratic in the words it finds near one
 * baseline (TextPage::coalesce compares each word with every other to drop
 * duplicated text): an 8 KB PDF whose compressed content shows 64,000
 * characters at one position took 23 s, a 16 KB one over 90 s. We cannot
 * change that loop, so poppler runs in a child process with a CPU budget
 * that grows with the file (PDF_CPU_BASE seconds and PDF_CPU_PER_MB for
 * each MiB) and a wall-clock deadline twice that; the child sends each
 * page as it is read, and pages read before the budget ran out are kept
 * with a warning. This also keeps a crash inside poppler out of the
 * server. The fuzz build (RCP_FUZZING) reads in process, so that the
 * sanitizers see the page code.
 *
 * poppler-glib (and the C++ runtime, cairo, NSS and the image libraries
 * it brings) is opened with dlopen when the first PDF is read, not linked:
 * linking it made every command's start resolve about 70 shared libraries
 * (47 ms of CPU for `receipts scan` on a few lines, half of it for
 * poppler's). Its headers still give the types, so a call through the
 * table below is checked as a direct one would be.
 */
#include <dlfcn.h>
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <poppler.h>

#include "internal.h"

#define MAX_PAGES 20000
#define MAX_TEXT ((size_t)512 << 20)
#define PDF_CPU_BASE 5
#define PDF_CPU_PER_MB 10

/* The poppler-glib and GLib functions this file calls, found in the
 * library once (pg_open); pg.handle is NULL when it could not be opened
 * and pg.why says why. */
static struct {
	void *handle;
	char why[200];
	GBytes *(*bytes_new_static)(gconstpointer, gsize);
	void (*bytes_unref)(GBytes *);
	void (*error_free)(GError *);
	void (*free)(gpointer);
	void (*object_unref)(gpointer);
	gint (*date_get_year)(GDateTime *);
	gint (*date_get_month)(GDateTime *);
	gint (*date_get_day_of_month)(GDateTime *);
	void (*date_unref)(GDateTime *);
	PopplerDocument *(*document_new_from_bytes)(GBytes *, const char *, GError **);
	int (*document_get_n_pages)(PopplerDocument *);
	gchar *(*document_get_title)(PopplerDocument *);
	GDateTime *(*document_get_creation_date_time)(PopplerDocument *);
	PopplerPage *(*document_get_page)(PopplerDocument *, int);
	char *(*page_get_text)(PopplerPage *);
} pg;

static pthread_once_t pg_once = PTHREAD_ONCE_INIT;

/* dlsym's object pointer into a function pointer slot (ISO C has no cast
 * between the two; POSIX guarantees the representation). */
static int pg_sym(void *slot, const char *name)
{
	void *f = dlsym(pg.handle, name);
	if (!f) {
		snprintf(pg.why, sizeof pg.why, "%s not found in poppler-glib", name);
		return 0;
	}
	memcpy(slot, &f, sizeof f);
	return 1;
}

static void pg_open(void)
{
	static const char *const names[] = {"libpoppler-glib.so.8", "libpoppler-glib.so", NULL};
	for (int i = 0; names[i] && !pg.handle; i++)
		pg.handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
	if (!pg.handle) {
		const char *e = dlerror();
		snprintf(pg.why, sizeof pg.why, "PDF support needs poppler-glib (Debian: libpoppler-glib8): %s",
		         e ? e : "not found");
		return;
	}
	int ok = pg_sym(&pg.bytes_new_static, "g_bytes_new_static") &&
	         pg_sym(&pg.bytes_unref, "g_bytes_unref") && pg_sym(&pg.error_free, "g_error_free") &&
	         pg_sym(&pg.free, "g_free") && pg_sym(&pg.object_unref, "g_object_unref") &&
	         pg_sym(&pg.date_get_year, "g_date_time_get_year") &&
	         pg_sym(&pg.date_get_month, "g_date_time_get_month") &&
	         pg_sym(&pg.date_get_day_of_month, "g_date_time_get_day_of_month") &&
	         pg_sym(&pg.date_unref, "g_date_time_unref") &&
	         pg_sym(&pg.document_new_from_bytes, "poppler_document_new_from_bytes") &&
	         pg_sym(&pg.document_get_n_pages, "poppler_document_get_n_pages") &&
	         pg_sym(&pg.document_get_title, "poppler_document_get_title") &&
	         pg_sym(&pg.document_get_creation_date_time, "poppler_document_get_creation_date_time") &&
	         pg_sym(&pg.document_get_page, "poppler_document_get_page") &&
	         pg_sym(&pg.page_get_text, "poppler_page_get_text");
	if (!ok) {
		dlclose(pg.handle);
		pg.handle = NULL;
	}
}

/* What the pages give, in process or from the child. */
typedef struct pdf_read {
	rcp_text_builder tb;
	int npages, failed, capped, done;
	char *title, *published;
	char fail_msg[160]; /* poppler refused the document */
} pdf_read;

/* A page's text as poppler gives it: form feeds become line breaks,
 * trailing white space goes. */
static size_t page_text(char *txt)
{
	size_t n = strlen(txt);
	while (n && (txt[n - 1] == '\f' || txt[n - 1] == '\n' || txt[n - 1] == ' '))
		n--;
	for (size_t k = 0; k < n; k++)
		if (txt[k] == '\f')
			txt[k] = '\n';
	return n;
}

/* ------------------------------------------------------------------ */
/* Records between the child and the parent                            */
/* ------------------------------------------------------------------ */

/* A record is a kind byte, a 32-bit length and the bytes:
 *   'N' page count (decimal)   'P' a page's text   'F' a page that failed
 *   'T' title   'D' date (YYYY-MM-DD)   'X' poppler's refusal   'E' end */

#ifndef RCP_FUZZING
static void send_all(int fd, const void *p, size_t n)
{
	const char *s = p;
	while (n) {
		ssize_t w = write(fd, s, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			_exit(1); /* the parent is gone */
		s += w;
		n -= (size_t)w;
	}
}

static void send_rec(int fd, char kind, const char *s, size_t n)
{
	unsigned char h[5] = {(unsigned char)kind, (unsigned char)(n >> 24),
	                      (unsigned char)(n >> 16), (unsigned char)(n >> 8), (unsigned char)n};
	send_all(fd, h, sizeof h);
	if (n)
		send_all(fd, s, n);
}

#endif

/* The page count a record gives: its leading number, a count too large
 * for an int past MAX_PAGES (which caps it), nothing readable 0. */
static int page_count(const char *s)
{
	errno = 0;
	long v = strtol(s, NULL, 10);
	if (v <= 0)
		return 0;
	return errno || v > MAX_PAGES ? MAX_PAGES + 1 : (int)v;
}

/* Give one record to the reader's state; 0 at 'E', 1 to go on, -1 when
 * the text is over its cap. */
static int take_rec(pdf_read *pr, char kind, const char *s, size_t n)
{
	switch (kind) {
	case 'N':
		pr->npages = page_count(s);
		if (pr->npages > MAX_PAGES) {
			pr->npages = MAX_PAGES;
			pr->capped = 1;
		}
		return 1;
	case 'P':
	case 'F':
		rcp__tb_break(&pr->tb, "\n\n");
		rcp__tb_page(&pr->tb);
		if (kind == 'F') {
			pr->failed++;
			return 1;
		}
		if (rcp__tb_append(&pr->tb, s, n, 0) != RCP_OK) {
			pr->capped = 1;
			return -1;
		}
		return 1;
	case 'T':
		if (n && rcp__utf8_valid(s, n) && !pr->title)
			pr->title = rcp__xstrdup(s);
		return 1;
	case 'D':
		if (rcp_date_valid(s) && !pr->published)
			pr->published = rcp__xstrdup(s);
		return 1;
	case 'X':
		snprintf(pr->fail_msg, sizeof pr->fail_msg, "%s", n ? s : "damaged file");
		return 0;
	case 'E':
		pr->done = 1;
		return 0;
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* Reading with poppler                                                */
/* ------------------------------------------------------------------ */

/* Read the document, handing each record to emit (the pipe in the child,
 * take_rec in process). Stops when emit says so. */
typedef int (*pdf_emit)(void *ctx, char kind, const char *s, size_t n);

static void read_doc(const uint8_t *bytes, size_t len, pdf_emit emit, void *ctx)
{
	GError *gerr = NULL;
	GBytes *gb = pg.bytes_new_static(bytes, len);
	PopplerDocument *doc = pg.document_new_from_bytes(gb, NULL, &gerr);
	if (!doc) {
		const char *m = gerr && gerr->message ? gerr->message : "damaged file";
		emit(ctx, 'X', m, strlen(m));
		if (gerr)
			pg.error_free(gerr);
		pg.bytes_unref(gb);
		return;
	}
	int npages = pg.document_get_n_pages(doc);
	char num[16];
	snprintf(num, sizeof num, "%d", npages);
	int go = emit(ctx, 'N', num, strlen(num)) > 0;
	char *title = pg.document_get_title(doc);
	if (go && title && *title)
		go = emit(ctx, 'T', title, strlen(title)) > 0;
	pg.free(title);
	GDateTime *dt = pg.document_get_creation_date_time(doc);
	if (dt) {
		char d[16];
		snprintf(d, sizeof d, "%04d-%02d-%02d", pg.date_get_year(dt),
		         pg.date_get_month(dt), pg.date_get_day_of_month(dt));
		if (go)
			go = emit(ctx, 'D', d, strlen(d)) > 0;
		pg.date_unref(dt);
	}
	for (int i = 0; go && i < npages && i < MAX_PAGES; i++) {
		PopplerPage *page = pg.document_get_page(doc, i);
		char *txt = page ? pg.page_get_text(page) : NULL;
		if (txt) {
			go = emit(ctx, 'P', txt, page_text(txt)) > 0;
			pg.free(txt);
		} else {
			go = emit(ctx, 'F', NULL, 0) > 0;
		}
		if (page)
			pg.object_unref(page);
	}
	if (go)
		emit(ctx, 'E', NULL, 0);
	pg.object_unref(doc);
	pg.bytes_unref(gb);
}

#ifdef RCP_FUZZING
static int emit_in_process(void *ctx, char kind, const char *s, size_t n)
{
	/* records are NUL-terminated here as they are when they arrive */
	char *z = rcp__xmalloc(n + 1);
	if (n)
		memcpy(z, s, n);
	z[n] = '\0';
	int r = take_rec(ctx, kind, z, n);
	free(z);
	return r;
}

#else
static int emit_to_pipe(void *ctx, char kind, const char *s, size_t n)
{
	send_rec(*(int *)ctx, kind, s, n);
	return 1;
}

/* Read exactly n bytes before the deadline (CLOCK_MONOTONIC, ms): 1, 0 at
 * the end of input, -1 past the deadline or on an error. */
static int read_full(int fd, char *p, size_t n, int64_t deadline)
{
	size_t got = 0;
	while (got < n) {
		struct timespec ts;
		clock_gettime(CLOCK_MONOTONIC, &ts);
		int64_t left = deadline - ((int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000);
		if (left <= 0)
			return -1;
		struct pollfd pf = {fd, POLLIN, 0};
		int pr = poll(&pf, 1, left > 60000 ? 60000 : (int)left);
		if (pr < 0 && errno == EINTR)
			continue;
		if (pr < 0)
			return -1;
		if (pr == 0)
			continue;
		ssize_t r = read(fd, p + got, n - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		if (r == 0)
			return got ? -1 : 0;
		got += (size_t)r;
	}
	return 1;
}

/* Poppler in a child with a CPU budget; the records into pr. Returns the
 * seconds of the budget when it ran out, -1 when the child died another
 * way before the end (poppler crashed), else 0. */
static int read_in_child(const uint8_t *bytes, size_t len, pdf_read *pr, rcp_error *err,
                         rcp_status *st)
{
	int cpu = PDF_CPU_BASE + (int)(len >> 20) * PDF_CPU_PER_MB;
	int fds[2];
	*st = RCP_OK;
	if (pipe(fds) < 0) {
		*st = rcp__error_set(err, RCP_EIO, "cannot read PDF", NULL, "pipe: %s", strerror(errno));
		return 0;
	}
	pid_t pid = fork();
	if (pid < 0) {
		close(fds[0]);
		close(fds[1]);
		*st = rcp__error_set(err, RCP_EIO, "cannot read PDF", NULL, "fork: %s", strerror(errno));
		return 0;
	}
	if (pid == 0) {
		close(fds[0]);
		signal(SIGPIPE, SIG_DFL);
		struct rlimit rl = {(rlim_t)cpu, (rlim_t)cpu + 1};
		setrlimit(RLIMIT_CPU, &rl);
		read_doc(bytes, len, emit_to_pipe, &fds[1]);
		_exit(0);
	}
	close(fds[1]);
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	int64_t deadline = (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000 + 2000 * (int64_t)cpu;
	char *buf = NULL;
	size_t cap = 0;
	int more = 1;
	while (more) {
		unsigned char h[5];
		if (read_full(fds[0], (char *)h, sizeof h, deadline) != 1)
			break;
		size_t n = (size_t)h[1] << 24 | (size_t)h[2] << 16 | (size_t)h[3] << 8 | h[4];
		if (n > MAX_TEXT)
			break;
		if (n + 1 > cap) {
			cap = n + 1;
			buf = rcp__xrealloc(buf, cap);
		}
		if (n && read_full(fds[0], buf, n, deadline) != 1)
			break;
		buf[n] = '\0';
		more = take_rec(pr, (char)h[0], buf, n) > 0;
	}
	free(buf);
	close(fds[0]);
	if (!pr->done)
		kill(pid, SIGKILL);
	int status = 0;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (pr->done || pr->fail_msg[0] || pr->capped)
		return 0;
	if (WIFSIGNALED(status) && WTERMSIG(status) != SIGXCPU && WTERMSIG(status) != SIGKILL)
		return -1;
	return cpu;
}
#endif

rcp_status rcp__pdf_read(const uint8_t *bytes, size_t len, rcp_text *t, rcp_error *err)
{
	pdf_read pr;
	memset(&pr, 0, sizeof pr);
	/* opened here, before any fork: the child only calls */
	pthread_once(&pg_once, pg_open);
	if (!pg.handle)
		return rcp__error_set(err, RCP_EIO, "cannot read PDF", NULL, "%s", pg.why);
	rcp__tb_init(&pr.tb, MAX_TEXT);
	int out_of_time = 0;
#ifdef RCP_FUZZING
	read_doc(bytes, len, emit_in_process, &pr);
#else
	rcp_status st;
	out_of_time = read_in_child(bytes, len, &pr, err, &st);
	if (st != RCP_OK) {
		rcp__tb_release(&pr.tb);
		return st;
	}
#endif
	free(pr.tb.runs); /* no byte offsets in a PDF: pages are the map */
	pr.tb.runs = NULL;
	pr.tb.nruns = pr.tb.runs_cap = 0;
	if (pr.fail_msg[0]) {
		rcp__tb_release(&pr.tb);
		return rcp__error_set(err, RCP_EPARSE, "cannot read PDF", NULL, "%s", pr.fail_msg);
	}
	t->title = pr.title;
	t->published = pr.published;
	t->format = RCP_FORMAT_PDF;
	rcp__tb_finish(&pr.tb, t);
	size_t k = 0;
	while (k < t->len && (t->text[k] == ' ' || t->text[k] == '\n' || t->text[k] == '\t'))
		k++;
	if (k == t->len) {
		if (out_of_time < 0)
			return rcp__error_set(err, RCP_EPARSE, "cannot read PDF", NULL,
			                      "the PDF reader failed on this file");
		if (out_of_time)
			return rcp__error_set(err, RCP_ETOOBIG, "cannot read PDF", NULL,
			                      "no text within %d s of reading (a page with too much "
			                      "text at one place?)",
			                      out_of_time);
		return rcp__error_set(err, RCP_EPARSE, "nothing to add", NULL,
		                      pr.npages ? "the PDF holds no text (scanned pages need OCR first)"
		                                : "the PDF has no pages");
	}
	if (pr.failed || pr.capped || out_of_time) {
		char w[200];
		if (out_of_time < 0)
			snprintf(w, sizeof w, "PDF read in part: the reader failed after %zu of %d pages",
			         t->npages, pr.npages);
		else if (out_of_time)
			snprintf(w, sizeof w,
			         "PDF read in part: %zu of %d pages read in %d s of reading, the rest "
			         "left (a page with too much text at one place?)",
			         t->npages, pr.npages, out_of_time);
		else
			snprintf(w, sizeof w, "PDF read in part: %d of %d pages unreadable%s", pr.failed,
			         pr.npages, pr.capped ? ", stopped at the page or size cap" : "");
		t->warning = rcp__xstrdup(w);
	}
	return RCP_OK;
}
