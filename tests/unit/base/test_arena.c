#include <stdint.h>

#include "internal.h"
#include "test.h"

int main(void)
{
	rcp_arena a;
	rcp__arena_init(&a, 128);
	char *p = rcp_arena_alloc(&a, 3);
	char *q = rcp_arena_alloc(&a, 5);
	CHECK(((uintptr_t)p & 15) == 0);
	CHECK(((uintptr_t)q & 15) == 0);
	CHECK(q != p);
	/* larger than a block: its own block */
	char *big = rcp_arena_alloc(&a, 1000);
	memset(big, 1, 1000);
	CHECK(((uintptr_t)big & 15) == 0);
	char *s = rcp_arena_strndup(&a, "receipts!", 8);
	CHECK_STR(s, "receipts");
	CHECK(a.total >= 1000 + 16 + 16 + 16);
	rcp_arena_release(&a);
	CHECK(a.head == NULL);
	rcp_arena_release(NULL); /* accepts NULL */
	TEST_END();
}
