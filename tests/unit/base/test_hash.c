#include "internal.h"
#include "test.h"

int main(void)
{
	char h[65];
	rcp_sha256_hex("", 0, h);
	CHECK_STR(h, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	rcp_sha256_hex("abc", 3, h);
	CHECK_STR(h, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	/* the audit hash separates fields: moving a byte between fields changes it */
	char a[65], b[65];
	rcp__audit_hash("00", 1, "t", "ab", "c", "o", "{}", a);
	rcp__audit_hash("00", 1, "t", "a", "bc", "o", "{}", b);
	CHECK(strcmp(a, b) != 0);
	rcp__audit_hash("00", 1, "t", "ab", "c", "o", "{}", b);
	CHECK_STR(a, b);
	TEST_END();
}
