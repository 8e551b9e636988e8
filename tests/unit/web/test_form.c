/* The web server's body parsers (web/form.c): urlencoded and multipart
 * forms, NUL bytes refused rather than cut short, media types exactly. */
#include "form.h"
#include "test.h"

static const char *parse(web_arena *a, const char *body, size_t n, web_field **f, size_t *nf)
{
	return web_form_urlencoded(a, body, n, f, nf);
}

int main(void)
{
	web_arena a = {0};
	web_field *f;
	size_t n;

	/* urlencoded: + and %XX decoded, empty pairs skipped, a bare name */
	const char *b1 = "name=ed&password=a+b%21&&flag&csrf=";
	CHECK(parse(&a, b1, strlen(b1), &f, &n) == NULL);
	CHECK_INT(n, 4);
	CHECK_STR(f[0].name, "name");
	CHECK_STR(f[0].value, "ed");
	CHECK_STR(f[1].value, "a b!");
	CHECK_INT(f[1].len, 4);
	CHECK_STR(f[2].name, "flag");
	CHECK_STR(f[2].value, "");
	CHECK_STR(f[3].name, "csrf");
	/* a % without two hex digits stays as it is */
	CHECK(parse(&a, "q=100%&r=%zz", 12, &f, &n) == NULL);
	CHECK_STR(f[0].value, "100%");
	CHECK_STR(f[1].value, "%zz");
	/* NUL, encoded or raw, in a value or a name: refused */
	CHECK(parse(&a, "name=ed%00junk", 14, &f, &n) != NULL);
	CHECK(parse(&a, "name=ed\0junk", 12, &f, &n) != NULL);
	CHECK(parse(&a, "na%00me=ed", 10, &f, &n) != NULL);
	/* not UTF-8: refused; UTF-8 passes */
	CHECK(parse(&a, "q=%C3%A9", 8, &f, &n) == NULL);
	CHECK_STR(f[0].value, "\xC3\xA9");
	CHECK(parse(&a, "q=%C3", 5, &f, &n) != NULL);
	CHECK(parse(&a, "q=%C0%80", 8, &f, &n) != NULL);     /* overlong NUL */
	CHECK(parse(&a, "q=%ED%A0%80", 11, &f, &n) != NULL); /* a surrogate */
	/* at most 1,000 fields */
	char many[4000];
	memset(many, '&', sizeof many);
	CHECK(parse(&a, many, sizeof many, &f, &n) != NULL);
	CHECK(parse(&a, many, 999, &f, &n) == NULL);
	CHECK_INT(n, 0);

	/* multipart: text parts checked, file parts any bytes */
	static const char mp[] = "--XyZ\r\n"
	                         "Content-Disposition: form-data; name=\"csrf\"\r\n\r\n"
	                         "tok\r\n--XyZ\r\n"
	                         "Content-Disposition: form-data; name=\"file\"; filename=\"f.csv\"\r\n"
	                         "Content-Type: text/csv\r\n\r\n"
	                         "a\0b\xff\r\n--XyZ--\r\n";
	const char *ct = "multipart/form-data; boundary=XyZ";
	CHECK(web_form_multipart(&a, ct, mp, sizeof mp - 1, &f, &n) == NULL);
	CHECK_INT(n, 2);
	CHECK_STR(f[0].name, "csrf");
	CHECK_STR(f[0].value, "tok");
	CHECK_STR(f[1].filename, "f.csv");
	CHECK_INT(f[1].len, 4);
	CHECK(!memcmp(f[1].value, "a\0b\xff", 4));
	static const char mpnul[] = "--XyZ\r\n"
	                            "Content-Disposition: form-data; name=\"csrf\"\r\n\r\n"
	                            "t\0k\r\n--XyZ--\r\n";
	CHECK(web_form_multipart(&a, ct, mpnul, sizeof mpnul - 1, &f, &n) != NULL);
	static const char mpbad[] = "--XyZ\r\nno end of headers";
	CHECK(web_form_multipart(&a, ct, mpbad, sizeof mpbad - 1, &f, &n) != NULL);
	CHECK(web_form_multipart(&a, "multipart/form-data", mp, sizeof mp - 1, &f, &n) != NULL);

	/* media types: exactly, then nothing or parameters */
	CHECK(web_media_type_is("application/x-www-form-urlencoded", "application/x-www-form-urlencoded"));
	CHECK(web_media_type_is("Application/X-WWW-Form-Urlencoded; charset=UTF-8",
	                        "application/x-www-form-urlencoded"));
	CHECK(web_media_type_is("multipart/form-data ; boundary=x", "multipart/form-data"));
	CHECK(!web_media_type_is("application/x-www-form-urlencodedjunk",
	                         "application/x-www-form-urlencoded"));
	CHECK(!web_media_type_is("multipart/form-dataX; boundary=x", "multipart/form-data"));
	CHECK(!web_media_type_is(NULL, "multipart/form-data"));
	CHECK(!web_media_type_is("text/plain", "multipart/form-data"));

	web_arena_release(&a);
	TEST_END();
}
