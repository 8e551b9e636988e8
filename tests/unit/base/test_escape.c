/* The library's HTML escapers (lib/base/escape.c): one per context. */
#include "internal.h"
#include "test.h"

static char *esc(void (*fn)(rcp_buf *, const char *), const char *s)
{
	static char out[256];
	rcp_buf b;
	rcp__buf_init(&b, 0);
	rcp__buf_append(&b, "", 0);
	fn(&b, s);
	snprintf(out, sizeof out, "%s", b.data ? b.data : "");
	rcp__buf_release(&b);
	return out;
}

int main(void)
{
	CHECK_STR(esc(rcp__html_text, "a<b>&\"c'd"), "a&lt;b&gt;&amp;&quot;c&#39;d");
	CHECK_STR(esc(rcp__html_text, "plain é"), "plain é");
	CHECK_STR(esc(rcp__html_text, NULL), "");
	CHECK_STR(esc(rcp__html_attr, "a b\"<x>é"), "a&#x20;b&#x22;&#x3C;x&#x3E;é");
	CHECK_STR(esc(rcp__html_attr, "ok,.-_9"), "ok,.-_9");
	CHECK_STR(esc(rcp__html_url, "a b/é?"), "a%20b%2F%C3%A9%3F");

	rcp_buf b;
	rcp__buf_init(&b, 0);
	rcp__html_textn(&b, "a\0b", 3);
	CHECK_INT((long long)b.len, 5);
	CHECK(b.data && !memcmp(b.data, "a\xEF\xBF\xBD" "b", 5));
	rcp__buf_release(&b);
	TEST_END();
}
