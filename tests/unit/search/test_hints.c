/* rcp_search_hints: what an empty result suggests, from the query and
 * the filters. */
#include "internal.h"
#include "test.h"

static int has(const char *h, const char *needle)
{
	return strstr(h, needle) != NULL;
}

int main(void)
{
	char h[1024];
	size_t n = rcp_search_hints("\"border surveillance\" Guatemala", "en", 1, h, sizeof h);
	CHECK_INT(n, strlen(h));
	CHECK(has(h, "Remove the filter"));
	CHECK(has(h, "not only 'en'"));
	CHECK(has(h, "Drop the quotes"));
	CHECK(has(h, "put OR"));
	CHECK(has(h, "'Guatem*'"));
	CHECK(h[n - 1] != '\n');

	/* one word, no filter: a prefix and the language, nothing else */
	rcp_search_hints("surveillance", NULL, 0, h, sizeof h);
	CHECK(has(h, "'surveilla*'"));
	CHECK(!has(h, "filter") && !has(h, "quotes") && !has(h, "OR"));
	CHECK(has(h, "own language"));

	/* OR given, a prefix given, an excluded word: no such hints */
	rcp_search_hints("drones OR towers* -babel", NULL, 2, h, sizeof h);
	CHECK(!has(h, "put OR"));
	CHECK(has(h, "Remove some filters"));
	CHECK(!has(h, "'towers"));
	CHECK(!has(h, "'babel"));

	/* a prefix never ends inside a character */
	rcp_search_hints("Überwachungs", NULL, 0, h, sizeof h);
	CHECK(has(h, "'\xc3\x9c" "berwachu*'"));
	rcp_search_hints("ééééééé", NULL, 0, h, sizeof h);
	CHECK(rcp__utf8_valid(h, strlen(h)));

	/* a small buffer: cut and terminated; none at all: nothing written */
	char small[20];
	n = rcp_search_hints("a b c", "fr", 3, small, sizeof small);
	CHECK(n < sizeof small && strlen(small) == n);
	CHECK_INT(rcp_search_hints("x", NULL, 0, small, 0), 0);
	/* an empty query still has a hint */
	CHECK(rcp_search_hints("", NULL, 0, h, sizeof h) > 0);
	TEST_END();
}
