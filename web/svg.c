/*
 * svg.c — the profile's timeline, drawn by the server as inline SVG: one
 * bar per year for the number of accepted claims, and the contract amounts
 * of that year (in the profile's most frequent currency) as a second,
 * darker bar scaled on its own axis, labelled with the figure.
 * Presentation attributes only, so the page's CSP needs no inline style.
 */
#include <stdio.h>
#include <string.h>

#include "web.h"

/* 1234567 -> "1.2M" */
static void short_amount(char *out, size_t cap, double v)
{
	if (v >= 1e9)
		snprintf(out, cap, "%.1fB", v / 1e9);
	else if (v >= 1e6)
		snprintf(out, cap, "%.1fM", v / 1e6);
	else if (v >= 1e3)
		snprintf(out, cap, "%.0fK", v / 1e3);
	else
		snprintf(out, cap, "%.0f", v);
}

static double amount_in(json_t *year, const char *cur)
{
	size_t i;
	json_t *a;
	json_array_foreach(json_object_get(year, "amounts"), i, a)
	if (!strcmp(json_string_value(json_object_get(a, "currency")), cur))
		return json_number_value(json_object_get(a, "amount"));
	return 0;
}

void svg_timeline(web_buf *b, json_t *tl)
{
	size_t n = json_array_size(tl);
	if (!n)
		return;
	/* the currency that appears in the most years */
	const char *cur = NULL;
	size_t best = 0;
	size_t i, k;
	json_t *y, *a;
	json_array_foreach(tl, i, y) json_array_foreach(json_object_get(y, "amounts"), k, a)
	{
		const char *c = json_string_value(json_object_get(a, "currency"));
		size_t seen = 0, j;
		json_t *y2;
		json_array_foreach(tl, j, y2) seen += amount_in(y2, c) > 0;
		if (seen > best) {
			best = seen;
			cur = c;
		}
	}
	long long first = json_integer_value(json_object_get(json_array_get(tl, 0), "year"));
	long long last = json_integer_value(json_object_get(json_array_get(tl, n - 1), "year"));
	if (last - first > 40)
		first = last - 40;
	int years = (int)(last - first + 1);
	double max_claims = 1, max_amount = 0;
	json_array_foreach(tl, i, y)
	{
		double c = (double)json_integer_value(json_object_get(y, "claims"));
		if (c > max_claims)
			max_claims = c;
		if (cur && amount_in(y, cur) > max_amount)
			max_amount = amount_in(y, cur);
	}
	const int W = 640, H = 220, left = 36, right = 12, top = 28, bottom = 34;
	double slot = (double)(W - left - right) / years;
	double bw = slot * (cur ? 0.36 : 0.6);
	if (bw > 44)
		bw = 44;
	web_printf(b, "<figure class=\"chart\"><svg viewBox=\"0 0 %d %d\" role=\"img\""
	              " aria-labelledby=\"tl-title\" xmlns=\"http://www.w3.org/2000/svg\">"
	              "<title id=\"tl-title\">Accepted claims%s by year</title>",
	           W, H, cur ? " and contract amounts" : "");
	/* axis and grid */
	int ticks = max_claims < 4 ? (int)max_claims : 4;
	for (int t = 0; t <= ticks; t++) {
		double v = max_claims * t / (ticks ? ticks : 1);
		double yy = H - bottom - (H - top - bottom) * v / max_claims;
		web_printf(b, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#d8d4cc\""
		              " stroke-width=\"1\"/><text x=\"%d\" y=\"%.1f\" font-size=\"11\""
		              " text-anchor=\"end\" fill=\"#5c5750\">%.0f</text>",
		           left, W - right, yy, yy, left - 6, yy + 4, v);
	}
	for (int t = 0; t < years; t++) {
		long long yr = first + t;
		double x = left + slot * t;
		json_t *row = NULL;
		json_array_foreach(tl, i, y) if (json_integer_value(json_object_get(y, "year")) == yr) row = y;
		if (years <= 16 || t % ((years + 15) / 16) == 0)
			web_printf(b, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\""
			              " fill=\"#5c5750\">%lld</text>", x + slot / 2, H - bottom + 16, yr);
		if (!row)
			continue;
		double c = (double)json_integer_value(json_object_get(row, "claims"));
		double h = (H - top - bottom) * c / max_claims;
		double bx = x + (slot - (cur ? 2 * bw + 2 : bw)) / 2;
		web_printf(b, "<rect class=\"bar-claims\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
		              " height=\"%.1f\" fill=\"#8c2f1c\"><title>%lld: %.0f claim%s</title></rect>",
		           bx, H - bottom - h, bw, h, yr, c, c == 1 ? "" : "s");
		if (cur && max_amount > 0) {
			double av = amount_in(row, cur);
			if (av > 0) {
				double ah = (H - top - bottom) * av / max_amount;
				char lab[32];
				short_amount(lab, sizeof lab, av);
				web_printf(b, "<rect class=\"bar-amount\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
				              " height=\"%.1f\" fill=\"#2f4858\"><title>%lld: ",
				           bx + bw + 2, H - bottom - ah, bw, ah, yr);
				html_text(b, cur);
				web_printf(b, " %s</title></rect><text x=\"%.1f\" y=\"%.1f\" font-size=\"10\""
				              " text-anchor=\"middle\" fill=\"#2f4858\">%s</text>",
				           lab, bx + bw * 1.5 + 2, H - bottom - ah - 4, lab);
			}
		}
	}
	web_puts(b, "</svg><figcaption><span class=\"key claims\"></span> accepted claims");
	if (cur) {
		web_puts(b, " <span class=\"key amount\"></span> contract amounts (");
		html_text(b, cur);
		web_puts(b, ", own scale)");
	}
	web_puts(b, "</figcaption></figure>");
}
