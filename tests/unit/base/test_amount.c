/* Amounts in minor units by ISO 4217 exponent: a golden table of what a
 * person types, and the property that formatting then parsing gives the
 * same integer for any amount in any currency. */
#include "internal.h"
#include "test.h"

int main(void)
{
	CHECK_INT(rcp_currency_exponent("JPY"), 0);
	CHECK_INT(rcp_currency_exponent("USD"), 2);
	CHECK_INT(rcp_currency_exponent("EUR"), 2);
	CHECK_INT(rcp_currency_exponent("BHD"), 3);
	CHECK_INT(rcp_currency_exponent("KWD"), 3);
	CHECK_INT(rcp_currency_exponent("CLF"), 4);
	CHECK_INT(rcp_currency_exponent("KRW"), 0);
	CHECK_INT(rcp_currency_exponent(NULL), 2);

	static const struct {
		const char *in, *cur;
		rcp_status st;
		int64_t minor;
		const char *out;
	} golden[] = {
		{"500000000", "JPY", RCP_OK, 500000000, "500000000"},
		{"500,000,000", "JPY", RCP_OK, 500000000, "500000000"},
		{"1700000", "USD", RCP_OK, 170000000, "1700000.00"},
		{"1,700,000.5", "USD", RCP_OK, 170000050, "1700000.50"},
		{"12.345", "BHD", RCP_OK, 12345, "12.345"},
		{"12.3456", "BHD", RCP_EINVAL, 0, NULL},
		{"0.5", "JPY", RCP_EINVAL, 0, NULL},
		{"12.5", "JPY", RCP_EINVAL, 0, NULL},
		{" 42 ", "EUR", RCP_OK, 4200, "42.00"},
		{"", "EUR", RCP_EINVAL, 0, NULL},
		{".5", "EUR", RCP_EINVAL, 0, NULL},
		{"5.", "EUR", RCP_EINVAL, 0, NULL},
		{"-5", "EUR", RCP_EINVAL, 0, NULL},
		{"1,00", "EUR", RCP_EINVAL, 0, NULL},
		{"1,0000", "EUR", RCP_EINVAL, 0, NULL},
		{",100", "EUR", RCP_EINVAL, 0, NULL},
		{"1e6", "EUR", RCP_EINVAL, 0, NULL},
		{"10 million", "EUR", RCP_EINVAL, 0, NULL},
		{"92233720368547758", "EUR", RCP_OK, 9223372036854775800, "92233720368547758.00"},
		{"92233720368547759", "EUR", RCP_ETOOBIG, 0, NULL},
		{"9223372036854775807", "JPY", RCP_OK, INT64_MAX, "9223372036854775807"},
		{"9223372036854775808", "JPY", RCP_ETOOBIG, 0, NULL},
		{"1.2345", "CLF", RCP_OK, 12345, "1.2345"},
	};
	for (size_t i = 0; i < sizeof golden / sizeof golden[0]; i++) {
		int64_t m = -1;
		rcp_status st = rcp_amount_parse(golden[i].in, golden[i].cur, &m);
		if (st != golden[i].st)
			fprintf(stderr, "'%s' %s: status %d\n", golden[i].in, golden[i].cur, (int)st);
		CHECK_INT(st, golden[i].st);
		if (st != RCP_OK)
			continue;
		CHECK_INT(m, golden[i].minor);
		char buf[64];
		rcp_amount_format(m, golden[i].cur, buf, sizeof buf);
		CHECK_STR(buf, golden[i].out);
	}

	/* any amount a claim can hold (not negative), any exponent: format
	 * then parse is the identity */
	static const char *const curs[] = {"JPY", "USD", "BHD", "CLF", "XYZ"};
	uint64_t rng = 0x9e3779b97f4a7c15ull;
	int bad = 0;
	for (int i = 0; i < 200000; i++) {
		test_rand(&rng, 2);
		int64_t m = (int64_t)((rng >> 1) >> (rng % 63));
		const char *cur = curs[i % 5];
		char buf[64];
		size_t n = rcp_amount_format(m, cur, buf, sizeof buf);
		int64_t back = -1;
		if (n != strlen(buf) || rcp_amount_parse(buf, cur, &back) != RCP_OK || back != m) {
			if (bad++ < 5)
				fprintf(stderr, "round trip %lld %s: '%s' -> %lld\n", (long long)m, cur, buf,
				        (long long)back);
		}
	}
	CHECK_INT(bad, 0);
	/* a small buffer: cut but terminated, the length needed returned */
	char small[4];
	CHECK_INT(rcp_amount_format(123456, "USD", small, sizeof small), 7);
	CHECK_STR(small, "123");
	TEST_END();
}
