/* web/marked.c: a source's text with its claims and mentions marked.
 * Golden cases for what a reader sees (one continuous highlight per claim,
 * Markdown syntax not shown), then a property over random texts and marks:
 * the HTML nests, every claim's anchor is there once, and the text shown
 * is the source's bytes minus the Markdown syntax, in order. */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "web.h"

static char *render(const char *text, rcp_mark *m, size_t n)
{
	web_buf b = {0};
	web_arena a = {0};
	web_marked_text(&b, &a, text, (int64_t)strlen(text), m, n);
	web_puts(&b, "");
	char *s = strdup(b.data ? b.data : "");
	web_buf_release(&b);
	web_arena_release(&a);
	return s;
}

static rcp_mark claim(int64_t id, const char *text, const char *quote)
{
	const char *p = strstr(text, quote);
	return (rcp_mark){.kind = "claim", .id = id, .start = p - text,
	                  .end = p - text + (int64_t)strlen(quote), .entity = "x",
	                  .status = "accepted", .name = "X"};
}

static rcp_mark mention(int64_t id, const char *text, const char *word)
{
	const char *p = strstr(text, word);
	return (rcp_mark){.kind = "mention", .id = id, .start = p - text,
	                  .end = p - text + (int64_t)strlen(word), .entity = "x", .name = "X"};
}

static int count(const char *s, const char *needle)
{
	int n = 0;
	for (const char *p = s; (p = strstr(p, needle)); p += strlen(needle))
		n++;
	return n;
}

/* Check that tags nest and collect the text between them (entities
 * decoded) into out; 0 when they do not nest. */
static int nests(const char *h, char *out, size_t cap)
{
	char stack[64][8];
	int depth = 0;
	size_t n = 0;
	for (const char *p = h; *p;) {
		if (*p == '<') {
			const char *e = strchr(p, '>');
			if (!e)
				return 0;
			int closing = p[1] == '/';
			char name[8] = {0};
			const char *q = p + 1 + closing;
			for (int i = 0; i < 7 && q[i] >= 'a' && q[i] <= 'z'; i++)
				name[i] = q[i];
			if (closing) {
				if (!depth || strcmp(stack[depth - 1], name))
					return 0;
				depth--;
			} else if (strcmp(name, "a") || !strstr(p, "></a>") || strstr(p, "></a>") != e) {
				if (depth == 64)
					return 0;
				memcpy(stack[depth++], name, 8);
			} else {
				e += 4; /* an empty anchor: <a ...></a> */
			}
			p = e + 1;
			continue;
		}
		if (*p == '&') {
			const char *e = strchr(p, ';');
			if (!e)
				return 0;
			char c = 0;
			if (!strncmp(p, "&amp;", 5)) c = '&';
			else if (!strncmp(p, "&lt;", 4)) c = '<';
			else if (!strncmp(p, "&gt;", 4)) c = '>';
			else if (!strncmp(p, "&quot;", 6)) c = '"';
			else if (!strncmp(p, "&#39;", 5)) c = '\'';
			else return 0;
			if (n + 1 < cap)
				out[n++] = c;
			p = e + 1;
			continue;
		}
		if (n + 1 < cap)
			out[n++] = *p;
		p++;
	}
	out[n] = '\0';
	return depth == 0;
}

static void golden(void)
{
	const char *t = "# Acme wins a contract\nSource: https://example.org/\n\n"
	                "Acme Corp supplied drones to the Ministry of Defense in 2023. Then more.\n"
	                "- **Acme** sells to the army.\n";
	rcp_mark m[4] = {
		claim(7, t, "Acme Corp supplied drones to the Ministry of Defense in 2023."),
		mention(1, t, "Acme Corp"),
		mention(2, t, "Ministry of Defense"),
		claim(8, t, "Acme wins a contract"),
	};
	char *h = render(t, m, 4);
	/* one continuous highlight with the names inside it */
	CHECK(strstr(h, "<mark class=\"claim accepted\" data-claim=\"7\" id=\"claim-7\">"
	                "<span class=\"mention\" title=\"X\">Acme Corp</span> supplied drones to the "
	                "<span class=\"mention\" title=\"X\">Ministry of Defense</span> in 2023.</mark>") != NULL);
	CHECK_INT(count(h, "data-claim=\"7\""), 1);
	/* a heading: no hashes, a heading span around the claim in it */
	CHECK(strstr(h, "<span class=\"md-h md-h1\"><mark class=\"claim accepted\" data-claim=\"8\""
	                " id=\"claim-8\">Acme wins a contract</mark></span>") != NULL);
	CHECK(strstr(h, "# ") == NULL);
	/* a list item: a bullet, no ** */
	CHECK(strstr(h, "\xE2\x80\xA2 Acme sells to the army.") != NULL);
	CHECK(strstr(h, "**") == NULL);
	free(h);

	/* overlapping claims: one region, the second claim's anchor inside it */
	const char *u = "Beta Ltd built the wall. It was paid EUR 5 million for it.";
	rcp_mark o[2] = {claim(3, u, "Beta Ltd built the wall. It was paid"),
	                 claim(4, u, "It was paid EUR 5 million for it.")};
	o[1].status = "candidate";
	h = render(u, o, 2);
	CHECK_INT(count(h, "<mark"), 1);
	CHECK(strstr(h, "id=\"claim-3\"") != NULL);
	CHECK(strstr(h, "<a class=\"anchor\" id=\"claim-4\"></a>It was paid") != NULL);
	CHECK(strstr(h, "class=\"claim accepted\"") != NULL);
	free(h);

	/* a claim across a heading's end is cut there, anchored once */
	const char *v = "# Gamma SA\nsells tanks.";
	rcp_mark g[1] = {claim(9, v, "Gamma SA\nsells tanks.")};
	h = render(v, g, 1);
	CHECK_INT(count(h, "<mark"), 2);
	CHECK_INT(count(h, "id=\"claim-9\""), 1);
	free(h);

	/* ** without its pair, and a lone # word, are text */
	h = render("Price ** high and #hashtag here", NULL, 0);
	CHECK_STR(h, "Price ** high and #hashtag here");
	free(h);
	h = render("", NULL, 0);
	CHECK_STR(h, "");
	free(h);
}

/* Random texts of words, Markdown and newlines; random claims and
 * mentions, overlapping as they like. */
static void property(void)
{
	static const char *const words[] = {"Acme", "drones", "# ", "- ", "**", "__", "\n", " ",
	                                    "Ministry", "<b>", "&", "é", "x", "2023.", "\n\n"};
	srand(20261206);
	for (int round = 0; round < 3000; round++) {
		char text[600];
		size_t n = 0;
		int nw = rand() % 40;
		for (int i = 0; i < nw; i++) {
			const char *w = words[rand() % (int)(sizeof words / sizeof words[0])];
			size_t k = strlen(w);
			if (n + k + 1 >= sizeof text)
				break;
			memcpy(text + n, w, k);
			n += k;
		}
		text[n] = '\0';
		rcp_mark m[12];
		int nm = n ? rand() % 12 : 0;
		for (int i = 0; i < nm; i++) {
			int64_t a = rand() % (int64_t)n, b = a + 1 + rand() % (int64_t)(n - a);
			m[i] = (rcp_mark){.kind = rand() % 2 ? "claim" : "mention", .id = i + 1,
			                  .start = a, .end = b, .entity = "e", .name = "N",
			                  .status = rand() % 2 ? "accepted" : "candidate"};
		}
		char *h = render(text, m, (size_t)nm);
		char shown[1400];
		int ok = nests(h, shown, sizeof shown);
		CHECK(ok);
		/* every claim is reachable by its anchor exactly once */
		for (int i = 0; i < nm; i++) {
			if (strcmp(m[i].kind, "claim"))
				continue;
			char id[32];
			snprintf(id, sizeof id, "id=\"claim-%lld\"", (long long)m[i].id);
			CHECK_INT(count(h, id), 1);
		}
		/* the text shown is the source's, in order, with at most Markdown
		 * syntax taken out (and bullets put in) */
		if (ok) {
			size_t j = 0;
			for (size_t i = 0; shown[i]; i++) {
				if (!strncmp(shown + i, "\xE2\x80\xA2", 3)) {
					i += 2;
					continue;
				}
				while (j < n && text[j] != shown[i])
					j++;
				if (j == n) {
					CHECK(!"shown text is not a subsequence of the source");
					fprintf(stderr, "text: %s\nhtml: %s\n", text, h);
					break;
				}
				j++;
			}
		}
		free(h);
	}
}

int main(void)
{
	golden();
	property();
	TEST_END();
}
