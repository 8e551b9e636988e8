/* rcp_snippet_plain: a passage as read, Markdown layout dropped, marks
 * moved with their words. A golden table: the passage with its marks in
 * [brackets], and the plain text with the marks where they must land. */
#include "internal.h"
#include "test.h"

/* Split "a [b] c" into text "a b c" and its marks. */
static size_t unmark(const char *in, char *text, rcp_search_span *marks, size_t *nmarks)
{
	size_t o = 0;
	*nmarks = 0;
	for (const char *p = in; *p; p++) {
		if (*p == '[')
			marks[*nmarks].start = (int64_t)o;
		else if (*p == ']')
			marks[(*nmarks)++].end = (int64_t)o;
		else
			text[o++] = *p;
	}
	text[o] = '\0';
	return o;
}

int main(void)
{
	static const struct {
		const char *in, *want;
	} table[] = {
		{"- El [Ministerio] de Defensa", "El [Ministerio] de Defensa"},
		{"# Title\n\nBody [text].", "Title Body [text]."},
		{"**[Bold]** and __under__", "[Bold] and under"},
		{"> quoted [word]\n> more", "quoted [word] more"},
		{"1. first\n2. [second]", "first [second]"},
		{"a\n\n\n  b\t\t[c]", "a b [c]"},
		{"`code` [x]", "code [x]"},
		{"no markup, [two] [marks].", "no markup, [two] [marks]."},
		{"- [élan] – dash-word", "[élan] – dash-word"},
		{"5 - 3 = 2 and a*b", "5 - 3 = 2 and a*b"},
		{"", ""},
		{"####### seven", "####### seven"},
		{"#hashtag [x]", "#hashtag [x]"},
	};
	for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
		char text[256], want[256], out[256];
		rcp_search_span hits[8], wmarks[8], marks[8];
		size_t nh, nw;
		size_t len = unmark(table[i].in, text, hits, &nh);
		unmark(table[i].want, want, wmarks, &nw);
		rcp_search_result r = {0};
		r.snippet_start = 100; /* offsets are into the whole text */
		r.snippet_end = 100 + (int64_t)len;
		r.snippet = text;
		for (size_t k = 0; k < nh; k++) {
			hits[k].start += 100;
			hits[k].end += 100;
		}
		r.hits = hits;
		r.nhits = nh;
		size_t n = rcp_snippet_plain(&r, out, sizeof out, marks);
		CHECK_INT(n, strlen(want));
		CHECK_STR(out, want);
		CHECK_INT(nh, nw);
		for (size_t k = 0; k < nh && k < nw; k++) {
			CHECK_INT(marks[k].start, wmarks[k].start);
			CHECK_INT(marks[k].end, wmarks[k].end);
		}
		/* a small buffer: cut, still terminated, marks inside it */
		char small[6];
		size_t sn = rcp_snippet_plain(&r, small, sizeof small, marks);
		CHECK(sn < sizeof small && strlen(small) == sn);
		for (size_t k = 0; k < nh; k++)
			CHECK(marks[k].start <= marks[k].end && marks[k].end <= (int64_t)sn);
	}
	TEST_END();
}
