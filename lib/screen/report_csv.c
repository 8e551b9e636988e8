/*
 * report_csv.c — a screening report's holdings as CSV: one line per row of
 * the holdings file, with its match and whether it is flagged. The same
 * columns as `receipts screen --format csv`.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static const char *const cols[] = {"row", "name", "ticker", "weight", "match", "match_name",
                                   "score", "why", "flagged", "categories", "warning", NULL};

/* A JSON value as one cell's text (owned): lists joined with "; ". */
static char *cell_text(json_t *v)
{
	if (!v || json_is_null(v))
		return strdup("");
	if (json_is_string(v))
		return strdup(json_string_value(v));
	if (json_is_true(v))
		return strdup("true");
	if (json_is_false(v))
		return strdup("false");
	if (json_is_array(v)) {
		rcp_buf b;
		rcp__buf_init(&b, 0);
		size_t i;
		json_t *x;
		json_array_foreach(v, i, x) {
			char *t = cell_text(x);
			if (i)
				rcp__buf_append(&b, "; ", 2);
			if (t)
				rcp__buf_append(&b, t, strlen(t));
			free(t);
		}
		char *s = rcp__buf_detach(&b, NULL);
		return s ? s : strdup("");
	}
	return json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT | JSON_REAL_PRECISION(15));
}

static rcp_status put_cell(rcp_buf *b, json_t *v, int first)
{
	char *t = cell_text(v), *c = t ? rcp_csv_cell(t) : NULL;
	rcp_status st = c ? RCP_OK : RCP_ETOOBIG; /* out of memory */
	if (st == RCP_OK && !first)
		st = rcp__buf_putc(b, ',');
	if (st == RCP_OK)
		st = rcp__buf_append(b, c, strlen(c));
	free(t);
	free(c);
	return st;
}

char *rcp_screen_csv(json_t *report, size_t *len)
{
	rcp_buf b;
	rcp__buf_init(&b, 0);
	rcp_status st = RCP_OK;
	for (int i = 0; cols[i] && st == RCP_OK; i++) {
		if (i)
			st = rcp__buf_putc(&b, ',');
		if (st == RCP_OK)
			st = rcp__buf_append(&b, cols[i], strlen(cols[i]));
	}
	if (st == RCP_OK)
		st = rcp__buf_append(&b, "\r\n", 2);
	size_t k;
	json_t *row;
	json_array_foreach(json_object_get(report, "rows"), k, row) {
		for (int i = 0; cols[i] && st == RCP_OK; i++)
			st = put_cell(&b, json_object_get(row, cols[i]), i == 0);
		if (st == RCP_OK)
			st = rcp__buf_append(&b, "\r\n", 2);
		if (st != RCP_OK)
			break;
	}
	if (st != RCP_OK) {
		rcp__buf_release(&b);
		return NULL;
	}
	return rcp__buf_detach(&b, len);
}
