/*
 * pages_screen.c — /screen: a holdings file in, the screening report out.
 *
 * The form posts a chosen file (multipart/form-data) or pasted text with
 * the CSRF token; POST /api/v1/screen (api.c) takes the file as its body.
 * The library's holdings reader reads the uploaded bytes where they lie
 * (rcp_screen_bytes), sniffing the layout (fund CSVs, SEC N-PORT XML, a
 * list of names) and the encoding.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "web.h"

static void screen_form(web_req *r, const char *text)
{
	web_puts(&r->out, "<h1>Screen a portfolio</h1>"
	                  "<p class=\"help\">A fund's holdings as its publisher writes them (CSV or"
	                  " TSV with a header, SEC Form N-PORT XML, or one name or ticker a line)."
	                  " Each holding is matched to the registry by ISIN, CUSIP, LEI, FIGI or"
	                  " ticker first, then by name; the report says why for every row.</p>"
	                  "<form class=\"screen\" method=\"post\" action=\"/screen\""
	                  " enctype=\"multipart/form-data\">"
	                  "<input type=\"hidden\" name=\"csrf\" value=\"");
	html_attr(&r->out, r->csrf);
	web_puts(&r->out, "\"><p><label>Holdings file <input type=\"file\" name=\"file\" id=\"holdings-file\""
	                  " accept=\".csv,.tsv,.txt,.xml\"></label></p>"
	                  "<p><label>or paste it<br><textarea name=\"holdings\" id=\"holdings\""
	                  " rows=\"10\" cols=\"80\" spellcheck=\"false\">");
	if (text)
		html_text(&r->out, text);
	web_puts(&r->out, "</textarea></label></p><p><button type=\"submit\">Screen</button></p>"
	                  "</form>");
}

void page_screen(web_req *r)
{
	page_begin(r, "Screen a portfolio");
	screen_form(r, NULL);
	page_end(r);
}

static const char *num(json_t *v, char *buf, size_t cap)
{
	snprintf(buf, cap, "%.2f", json_number_value(v));
	return buf;
}

/* Rows shown in the full table; a bigger fund is summarised, and the
 * API or the CLI gives every row. */
#define TABLE_ROWS 5000

/* Every holding with what it matched and why, folded away under a summary:
 * a trustee checks the flags first and the misses second. */
static void holdings_table(web_req *r, json_t *rows)
{
	size_t n = json_array_size(rows);
	if (!n)
		return;
	web_printf(&r->out, "<details class=\"holdings\"><summary>All %zu holdings, with their"
	           " matches</summary><div class=\"tablewrap\"><table><thead><tr><th>Row</th>"
	           "<th>Holding</th><th class=\"n\">Weight %%</th><th>Registry match</th>"
	           "<th>Why</th><th class=\"n\">Score</th></tr></thead><tbody>", n);
	size_t i;
	json_t *row;
	json_array_foreach(rows, i, row) {
		if (i == TABLE_ROWS)
			break;
		int flagged = json_is_true(json_object_get(row, "flagged"));
		int rated = json_is_true(json_object_get(row, "rated"));
		web_printf(&r->out, "<tr class=\"%s\"><td class=\"n\">%lld</td><td>",
		           flagged ? "flagged" : rated ? "rated" : "unrated",
		           (long long)json_integer_value(json_object_get(row, "row")));
		const char *name = json_string_value(json_object_get(row, "name"));
		html_text(&r->out, name ? name : "");
		web_puts(&r->out, "</td><td class=\"n\">");
		json_t *w = json_object_get(row, "weight");
		if (json_is_number(w))
			web_printf(&r->out, "%.3f", json_number_value(w));
		web_puts(&r->out, "</td><td>");
		const char *id = json_string_value(json_object_get(row, "match"));
		if (id) {
			web_puts(&r->out, "<a href=\"/companies/");
			html_url(&r->out, id);
			web_puts(&r->out, "\">");
			const char *mn = json_string_value(json_object_get(row, "match_name"));
			html_text(&r->out, mn ? mn : id);
			web_puts(&r->out, "</a>");
			if (flagged)
				web_puts(&r->out, " <span class=\"tag\">flagged</span>");
		} else if (!rated) {
			web_puts(&r->out, "<em>not rated</em>");
		}
		web_puts(&r->out, "</td><td>");
		const char *why = json_string_value(json_object_get(row, "why"));
		const char *warn = json_string_value(json_object_get(row, "warning"));
		html_text(&r->out, warn ? warn : why && strcmp(why, "none") ? why : "");
		web_puts(&r->out, "</td><td class=\"n\">");
		if (id)
			web_printf(&r->out, "%.2f", json_number_value(json_object_get(row, "score")));
		web_puts(&r->out, "</td></tr>");
	}
	web_puts(&r->out, "</tbody></table></div>");
	if (n > TABLE_ROWS)
		web_printf(&r->out, "<p class=\"help\">The first %d rows are shown; POST the file to"
		           " <code>/api/v1/screen</code> or run <code>receipts screen --rows</code> for"
		           " all of them.</p>", TABLE_ROWS);
	web_puts(&r->out, "</details>");
}

/* Links to the report as CSV, JSON and HTML (report_cache.c keeps it). */
static void report_downloads(web_req *r, const char *token)
{
	static const char *const ext[] = {"csv", "json", "html", NULL};
	web_puts(&r->out, "<p class=\"downloads\">Download this report:");
	for (int i = 0; ext[i]; i++)
		web_printf(&r->out, " <a href=\"/screen/report/%s.%s\" download>%s</a>", token, ext[i],
		           i == 0 ? "CSV (every holding)" : i == 1 ? "JSON" : "HTML");
	web_puts(&r->out, " <span class=\"help\">(kept for 30 minutes)</span></p>");
}

static void report_html(web_req *r, json_t *rep)
{
	char b[64];
	const char *grade = json_string_value(json_object_get(rep, "grade"));
	json_t *exp = json_object_get(rep, "exposure");
	web_printf(&r->out, "<section class=\"report\"><h2>Grade <span class=\"grade grade-%c\">",
	           grade && *grade ? grade[0] : '?');
	html_text(&r->out, grade ? grade : "?");
	web_puts(&r->out, "</span></h2><dl class=\"facts\"><div><dt>Holdings</dt><dd>");
	web_printf(&r->out, "%lld", (long long)json_integer_value(json_object_get(rep, "holdings")));
	web_puts(&r->out, "</dd></div><div><dt>Rated</dt><dd>");
	web_printf(&r->out, "%lld (%s%%)", (long long)json_integer_value(json_object_get(rep, "rated")),
	           num(json_object_get(rep, "rated_pct"), b, sizeof b));
	web_puts(&r->out, "</dd></div><div><dt>Exposure</dt><dd>");
	web_printf(&r->out, "%s%% of the fund", num(json_object_get(exp, "total_pct"), b, sizeof b));
	web_puts(&r->out, "</dd></div><div><dt>Scale</dt><dd>");
	html_text(&r->out, json_string_value(json_object_get(rep, "grade_scale")));
	web_puts(&r->out, "</dd></div><div><dt>Read as</dt><dd>");
	const char *file = json_string_value(json_object_get(rep, "file"));
	if (file) {
		html_text(&r->out, file);
		web_puts(&r->out, ": ");
	}
	html_text(&r->out, json_string_value(json_object_get(rep, "layout")));
	web_puts(&r->out, ", ");
	html_text(&r->out, json_string_value(json_object_get(rep, "encoding")));
	const char *cols = json_string_value(json_object_get(rep, "columns"));
	if (cols && *cols) {
		web_puts(&r->out, "; columns ");
		html_text(&r->out, cols);
	}
	web_puts(&r->out, "</dd></div></dl>");

	/* exposure by category: a bar chart drawn here, no script */
	json_t *bc = json_object_get(exp, "by_category");
	double max = 0;
	for (int i = 0; i < RCP_CATEGORY_COUNT; i++) {
		double v = json_number_value(json_object_get(bc, rcp_category_at(i)));
		if (v > max)
			max = v;
	}
	web_printf(&r->out, "<figure class=\"chart\"><svg viewBox=\"0 0 640 %d\" role=\"img\""
	           " aria-label=\"Exposure by category\" xmlns=\"http://www.w3.org/2000/svg\">",
	           RCP_CATEGORY_COUNT * 28 + 8);
	for (int i = 0; i < RCP_CATEGORY_COUNT; i++) {
		double v = json_number_value(json_object_get(bc, rcp_category_at(i)));
		double w = max > 0 ? v / max * 420 : 0;
		int y = 4 + i * 28;
		web_printf(&r->out, "<text x=\"110\" y=\"%d\" font-size=\"13\" text-anchor=\"end\""
		           " fill=\"#3b3731\">%s</text><rect x=\"118\" y=\"%d\" width=\"%.1f\""
		           " height=\"18\" fill=\"#8c2f1c\"/><text x=\"%.1f\" y=\"%d\" font-size=\"12\""
		           " fill=\"#3b3731\">%.2f%%</text>",
		           y + 14, rcp_category_at(i), y, w, 124 + w, y + 14, v);
	}
	web_puts(&r->out, "</svg><figcaption>Share of the fund in companies flagged for each"
	                  " category</figcaption></figure>");

	web_puts(&r->out, "<h2>Flagged holdings</h2>");
	json_t *flagged = json_object_get(rep, "flagged");
	if (!json_array_size(flagged))
		web_puts(&r->out, "<p>None of the rated holdings is a flagged company.</p>");
	size_t i;
	json_t *f;
	json_array_foreach(flagged, i, f) {
		const char *id = json_string_value(json_object_get(f, "id"));
		web_puts(&r->out, "<article class=\"flag\"><h3><a href=\"/companies/");
		html_url(&r->out, id);
		web_puts(&r->out, "\">");
		html_text(&r->out, json_string_value(json_object_get(f, "name")));
		web_printf(&r->out, "</a> <span class=\"n\">%s%%</span></h3><p class=\"cats\">",
		           num(json_object_get(f, "weight_pct"), b, sizeof b));
		size_t k;
		json_t *c;
		json_array_foreach(json_object_get(f, "categories"), k, c) {
			web_puts(&r->out, "<span class=\"tag\">");
			html_text(&r->out, json_string_value(c));
			web_puts(&r->out, "</span> ");
		}
		const char *parent = json_string_value(json_object_get(f, "parent_name"));
		if (json_is_true(json_object_get(f, "rolls_up")) && parent) {
			web_puts(&r->out, " rolls up to ");
			html_text(&r->out, parent);
		}
		web_printf(&r->out, " · %lld accepted claim%s</p>",
		           (long long)json_integer_value(json_object_get(f, "claims")),
		           json_integer_value(json_object_get(f, "claims")) == 1 ? "" : "s");
		json_t *ev = json_object_get(f, "evidence");
		if (json_is_object(ev)) {
			const char *sha = json_string_value(json_object_get(ev, "source_sha256"));
			web_puts(&r->out, "<blockquote><a href=\"/sources/");
			html_url(&r->out, sha);
			web_puts(&r->out, "\">“");
			html_text(&r->out, json_string_value(json_object_get(ev, "quote")));
			web_puts(&r->out, "”</a></blockquote>");
		}
		/* what investors did about it, each quote at its claim */
		json_t *ia;
		json_array_foreach(json_object_get(f, "investor_actions"), k, ia) {
			web_puts(&r->out, k ? "<li>" : "<ul class=\"investors\"><li>");
			html_text(&r->out, json_string_value(json_object_get(ia, "investor_name")));
			web_puts(&r->out, " ");
			html_text(&r->out, json_string_value(json_object_get(ia, "action")));
			web_puts(&r->out, ": <a href=\"/sources/");
			html_url(&r->out, json_string_value(json_object_get(ia, "source_sha256")));
			web_printf(&r->out, "#claim-%lld\">“",
			           (long long)json_integer_value(json_object_get(ia, "claim")));
			html_text(&r->out, json_string_value(json_object_get(ia, "quote")));
			web_puts(&r->out, "”</a></li>");
			if (k + 1 == json_array_size(json_object_get(f, "investor_actions")))
				web_puts(&r->out, "</ul>");
		}
		web_puts(&r->out, "<p class=\"meta\">matched: ");
		size_t h;
		json_t *hd;
		json_array_foreach(json_object_get(f, "holdings"), h, hd) {
			if (h)
				web_puts(&r->out, "; ");
			html_text(&r->out, json_string_value(json_object_get(hd, "name")));
			web_puts(&r->out, " (");
			html_text(&r->out, json_string_value(json_object_get(hd, "why")));
			web_printf(&r->out, ", %.2f)", json_number_value(json_object_get(hd, "score")));
		}
		web_puts(&r->out, "</p></article>");
	}
	json_t *warn = json_object_get(rep, "warnings");
	if (json_array_size(warn)) {
		web_puts(&r->out, "<h2>Warnings</h2><ul class=\"warnings\">");
		json_t *w;
		json_array_foreach(warn, i, w) {
			web_puts(&r->out, "<li>");
			if (json_is_integer(json_object_get(w, "row")))
				web_printf(&r->out, "row %lld: ",
				           (long long)json_integer_value(json_object_get(w, "row")));
			html_text(&r->out, json_string_value(json_object_get(w, "warning")));
			web_puts(&r->out, "</li>");
		}
		web_puts(&r->out, "</ul>");
	}
	holdings_table(r, json_object_get(rep, "rows"));
	web_puts(&r->out, "</section>");
}

/* The rows a web report carries: the first WEB_ROWS_MAX, the others
 * counted. A holdings file of 400,000 short rows (5 MB, under the upload
 * cap) made a 100 MB answer: minutes of work, then "response too large"
 * and a few hundred MB held per upload. The report's totals, exposure and
 * flagged companies still cover every row; `receipts screen --rows` gives
 * them all. */
#define WEB_ROWS_MAX 100000

typedef struct row_sink {
	json_t *rows;
	int64_t omitted;
} row_sink;

static void row_collect(const rcp_screen_row *row, void *ctx)
{
	row_sink *k = ctx;
	if (json_array_size(k->rows) < WEB_ROWS_MAX)
		json_array_append_new(k->rows, rcp_screen_row_json(row));
	else
		k->omitted++;
}

/* The name index, mapped from "<db>.names" and shared by every worker
 * thread. Matching only reads it, so threads share it; a replaced index
 * is freed when its last reader is done. When the registry has changed
 * since it was built, a screening uses it as it is while one thread
 * rebuilds it in the background and swaps the new one in: a registry of
 * a million entities takes seconds to index, and no screening waits for
 * that, except the very first when there is no file at all. */
typedef struct shared_index {
	rcp_name_index *ix;
	int refs; /* readers, plus one while it is the current index */
} shared_index;

static pthread_mutex_t index_lock = PTHREAD_MUTEX_INITIALIZER;
static shared_index *index_now;
static int index_rebuilding; /* a rebuild thread runs */

static void index_release(shared_index *si)
{
	rcp_name_index_free(si->ix);
	free(si);
}

static void index_put(shared_index *si)
{
	if (!si)
		return;
	pthread_mutex_lock(&index_lock);
	int last = --si->refs == 0;
	pthread_mutex_unlock(&index_lock);
	if (last)
		index_release(si);
}

/* Make ix the current index (under index_lock); returns the one it
 * replaces when that has no reader left, to be released. */
static shared_index *index_swap(rcp_name_index *ix)
{
	shared_index *si = calloc(1, sizeof *si);
	if (!si) {
		rcp_name_index_free(ix);
		return NULL;
	}
	si->ix = ix;
	si->refs = 1;
	shared_index *old = index_now;
	index_now = si;
	return old && --old->refs == 0 ? old : NULL;
}

static void *index_rebuild(void *arg)
{
	rcp_name_rebuild *rb = arg;
	rcp_error err;
	rcp_error_clear(&err);
	rcp_name_index *ix = rcp_name_rebuild_run(rb, &err);
	rcp_name_rebuild_free(rb);
	if (!ix) { /* the stale index stays; the next screening tries again */
		char line[1200];
		rcp_error_format(&err, line, sizeof line);
		fprintf(stderr, "receipts serve: cannot rebuild the name index: %s\n", line);
	}
	pthread_mutex_lock(&index_lock);
	shared_index *old = ix ? index_swap(ix) : NULL;
	index_rebuilding = 0;
	pthread_mutex_unlock(&index_lock);
	if (old)
		index_release(old);
	return NULL;
}

static shared_index *index_get(rcp_db *db, rcp_error *err)
{
	char stamp[48];
	rcp_registry_stamp(db, stamp);
	pthread_mutex_lock(&index_lock);
	if (!index_now) {
		/* the first screening: the file as it is, current or not, else
		 * (none, or damaged) build it now; others wait for this one */
		int current;
		rcp_name_index *ix = rcp_name_index_open_file(db, &current, NULL);
		if (!ix)
			ix = rcp_name_index_build_db(db, err);
		if (ix)
			index_swap(ix); /* there was none: nothing to release */
		if (!index_now) {
			pthread_mutex_unlock(&index_lock);
			return NULL;
		}
	}
	if (strcmp(rcp_name_index_stamp(index_now->ix), stamp) && !index_rebuilding) {
		rcp_name_rebuild *rb = rcp_name_rebuild_new(db);
		pthread_t t;
		if (pthread_create(&t, NULL, index_rebuild, rb) == 0) {
			pthread_detach(t);
			index_rebuilding = 1;
		} else {
			rcp_name_rebuild_free(rb);
		}
	}
	shared_index *si = index_now;
	si->refs++;
	pthread_mutex_unlock(&index_lock);
	return si;
}

/* Screen the bytes of a holdings file: they go to a private temporary
 * file (the holdings reader sniffs layout and encoding from a file) and
 * come back as the report of rcp_screen_file(). */
rcp_status web_screen_bytes(web_req *r, const char *data, size_t n, const char *name,
                            json_t **report, rcp_error *err)
{
	/* screened where the bytes lie (the library reads them as a stream) */
	const char *label = name && *name ? name : "the holdings";
	row_sink sink = {json_array(), 0};
	shared_index *ix = index_get(r->db, err);
	rcp_status st = ix ? rcp_screen_bytes(r->db, ix->ix, data, n, label, row_collect, &sink,
	                                      report, err)
	                   : err->code;
	index_put(ix);
	if (st == RCP_OK) {
		json_object_set_new(*report, "file", name && *name ? json_string(name) : json_null());
		json_object_set_new(*report, "rows", sink.rows);
		if (sink.omitted)
			json_object_set_new(*report, "rows_omitted", json_integer(sink.omitted));
	} else {
		json_decref(sink.rows);
	}
	return st;
}

void post_screen(web_req *r)
{
	/* a chosen file wins over the text area */
	const web_field *f = web_form_field(r, "file");
	if (!f || !f->len)
		f = web_form_field(r, "holdings");
	if (!f || !f->len) {
		r->status = 400;
		page_begin(r, "Screen a portfolio");
		web_puts(&r->out, "<p class=\"notice\">Nothing to screen: choose or paste a holdings"
		                  " file.</p>");
		screen_form(r, NULL);
		page_end(r);
		return;
	}
	rcp_error err;
	rcp_error_clear(&err);
	json_t *rep = NULL;
	rcp_status st = web_screen_bytes(r, f->value, f->len, f->filename, &rep, &err);
	page_begin(r, "Screening report");
	if (st != RCP_OK) {
		/* a file we cannot read is the visitor's to fix: say why, keep the text */
		char line[1200];
		rcp_error_format(&err, line, sizeof line);
		r->status = rcp_status_http(st) >= 500 ? 500 : 400;
		web_puts(&r->out, "<p class=\"notice\">");
		html_text(&r->out, line);
		web_puts(&r->out, "</p>");
		/* pasted text goes back into the box; an uploaded file is chosen again */
		screen_form(r, f->filename || strlen(f->value) != f->len ? NULL : f->value);
	} else {
		web_puts(&r->out, "<h1>Screening report</h1>");
		char token[33];
		if (web_report_keep(rep, token))
			report_downloads(r, token);
		else
			web_puts(&r->out, "<p class=\"downloads\">This report is too large to keep for"
			                  " download here: screen the file with <code>POST /api/v1/screen</code>"
			                  " or <code>receipts screen --format csv</code>.</p>");
		report_html(r, rep);
		screen_form(r, NULL);
	}
	json_decref(rep);
	page_end(r);
}

/* GET /screen/report/TOKEN.csv|json|html: a report shown a while ago. */
void page_screen_report(web_req *r)
{
	r->cacheable = 0; /* the link is private to whoever screened */
	const char *dot = strrchr(r->tail, '.');
	char token[33];
	size_t n = dot ? (size_t)(dot - r->tail) : 0;
	int ok = n == 32;
	for (size_t i = 0; ok && i < n; i++)
		ok = (r->tail[i] >= '0' && r->tail[i] <= '9') || (r->tail[i] >= 'a' && r->tail[i] <= 'f');
	if (!ok || (strcmp(dot, ".csv") && strcmp(dot, ".json") && strcmp(dot, ".html"))) {
		web_error(r, 404, "no such report", "a report is /screen/report/TOKEN.csv, .json or .html");
		return;
	}
	memcpy(token, r->tail, 32);
	token[32] = '\0';
	json_t *rep = web_report_get(token);
	if (!rep) {
		web_error(r, 404, "no such report", "reports are kept for 30 minutes: screen the file again");
		return;
	}
	char *data = NULL;
	size_t len = 0;
	if (!strcmp(dot, ".csv")) {
		data = rcp_screen_csv(rep, &len);
		r->ctype = "text/csv; charset=utf-8";
		r->disposition = "attachment; filename=\"screening-report.csv\"";
	} else if (!strcmp(dot, ".json")) {
		data = json_dumps(rep, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15));
		len = data ? strlen(data) : 0;
		r->ctype = "application/json";
		r->disposition = "attachment; filename=\"screening-report.json\"";
	} else {
		data = rcp_screen_html(rep);
		len = data ? strlen(data) : 0;
		r->ctype = "text/html; charset=utf-8";
		r->disposition = "attachment; filename=\"screening-report.html\"";
	}
	json_decref(rep);
	if (!data) {
		r->disposition = NULL;
		web_error(r, 500, "cannot write the report", "out of memory");
		return;
	}
	web_buf_put(&r->out, data, len);
	free(data);
}
