#include "internal.h"
#include "test.h"

int main(void)
{
	rcp_buf b;
	rcp__buf_init(&b, 10);
	CHECK_INT(rcp__buf_append(&b, "hello", 5), RCP_OK);
	CHECK_INT(rcp__buf_append(&b, "world", 5), RCP_OK);
	CHECK_INT(b.len, 10);
	CHECK_STR(b.data, "helloworld");
	/* past the cap: refused, nothing appended */
	CHECK_INT(rcp__buf_append(&b, "!", 1), RCP_ETOOBIG);
	CHECK_INT(b.len, 10);
	CHECK_STR(b.data, "helloworld");
	rcp__buf_release(&b);

	rcp__buf_init(&b, 0);
	int ok = 1;
	for (int i = 0; i < 1000; i++)
		ok &= rcp__buf_printf(&b, "%04d", i) == RCP_OK;
	CHECK(ok);
	CHECK_INT(b.len, 4000);
	CHECK(!memcmp(b.data + 3996, "0999", 4));
	/* printf longer than the small stack buffer */
	char big[1000];
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = 0;
	rcp__buf_release(&b);
	CHECK_INT(rcp__buf_printf(&b, "[%s]", big), RCP_OK);
	CHECK_INT(b.len, 1001);
	size_t n;
	char *d = rcp__buf_detach(&b, &n);
	CHECK_INT(n, 1001);
	CHECK(b.data == NULL && b.len == 0);
	free(d);
	/* detach of an empty buffer is an empty string, not NULL */
	d = rcp__buf_detach(&b, &n);
	CHECK(d && !*d && n == 0);
	free(d);
	TEST_END();
}
