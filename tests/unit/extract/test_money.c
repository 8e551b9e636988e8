#include "internal.h"
#include "test.h"

typedef struct out {
	const char *text;
	char buf[1024];
} out;

static int add(const rcp_money *m, void *p)
{
	out *o = p;
	size_t n = strlen(o->buf);
	char amount[64];
	/* whole units, and the minor units past them by the currency's exponent
	 * (a percentage in hundredths) */
	int exp = m->percent ? 2 : rcp_currency_exponent(m->currency);
	int64_t scale = exp == 0 ? 1 : exp == 3 ? 1000 : exp == 4 ? 10000 : 100;
	int64_t whole = m->minor / scale, frac = m->minor % scale;
	if (frac)
		snprintf(amount, sizeof amount, "%lld.%0*lld", (long long)whole, exp, (long long)frac);
	else
		snprintf(amount, sizeof amount, "%lld", (long long)whole);
	static const char *const q[] = {"", " at_least", " up_to", " about"};
	snprintf(o->buf + n, sizeof o->buf - n, "%s%.*s=%s %s%s", n ? " ; " : "",
	         (int)(m->end - m->start), o->text + m->start, amount,
	         m->percent ? "%" : m->currency, q[m->qualifier]);
	return 0;
}

int main(void)
{
	FILE *f = test_open_table("extract/money.tsv");
	char line[2048], *fl[3];
	int rows = 0;
	while (test_next_row(f, line, sizeof line, fl, 3) == 3) {
		out o = {fl[1], ""};
		rcp_money_scan(fl[1], strlen(fl[1]), fl[0][0] == '-' ? NULL : fl[0], add, &o);
		const char *got = o.buf[0] ? o.buf : "-";
		if (!strcmp(got, fl[2]))
			t_pass++;
		else {
			t_fail++;
			fprintf(stderr, "money [%s] '%s':\n   want %s\n   got  %s\n", fl[0], fl[1], fl[2], got);
		}
		rows++;
	}
	fclose(f);
	CHECK(rows >= 100);

	/* rcp_money_parse: the whole string or an error with its offset */
	rcp_money m;
	rcp_error err;
	CHECK_INT(rcp_money_parse("$1.7 million", 12, "en", &m, &err), RCP_OK);
	CHECK_INT(m.minor, 170000000);
	CHECK_STR(m.currency, "USD");
	CHECK_INT(rcp_money_parse("12,3x", 5, "en", &m, &err), RCP_EPARSE);
	CHECK_INT(rcp_money_parse("$1.2.3 million", 14, "en", &m, &err), RCP_EPARSE);
	CHECK_INT(rcp_money_parse("$", 1, "en", &m, &err), RCP_EPARSE);
	CHECK_INT(rcp_money_parse("", 0, "en", &m, &err), RCP_EPARSE);
	TEST_END();
}
