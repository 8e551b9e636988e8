/*
 * Golden cases for organizations the registry does not know
 * (companies.c, bodies.c, found by orgs.c): tests/data/extract/orgs.tsv
 * gives a language, a text, the names extraction must report (each an
 * organization's name or one of its mentions, " ; " between; "Name/kind"
 * checks its kind too; "-" for none) and the names it must not: no
 * organization's name or mention may contain one ("=Name": be one) (private
 * persons, places, pieces of a longer name).
 */
#include "internal.h"
#include "test.h"

/* "\n" in a table cell is a line break of the text. */
static void unescape(char *s)
{
	char *o = s;
	for (; *s; s++) {
		if (s[0] == '\\' && s[1] == 'n') {
			*o++ = '\n';
			s++;
		} else
			*o++ = *s;
	}
	*o = '\0';
}

/* Does an organization of j have name (or a mention) want, of kind (NULL:
 * any)? */
static int has_org(json_t *j, const char *want, size_t wl, const char *kind)
{
	size_t i, k;
	json_t *o, *m;
	json_array_foreach(json_object_get(j, "orgs"), i, o)
	{
		const char *ok = json_string_value(json_object_get(o, "kind"));
		if (kind && (!ok || strcmp(ok, kind)))
			continue;
		const char *nm = json_string_value(json_object_get(o, "name"));
		if (nm && strlen(nm) == wl && !memcmp(nm, want, wl))
			return 1;
		json_array_foreach(json_object_get(o, "mentions"), k, m)
		{
			const char *t = json_string_value(json_object_get(m, "text"));
			if (t && strlen(t) == wl && !memcmp(t, want, wl))
				return 1;
		}
	}
	return 0;
}

/* Does any organization's name or mention contain bad ("=bad": equal
 * it)? */
static const char *contains_org(json_t *j, const char *bad)
{
	if (bad[0] == '=') {
		static char hit[256];
		snprintf(hit, sizeof hit, "%s", bad + 1);
		return has_org(j, bad + 1, strlen(bad + 1), NULL) ? hit : NULL;
	}
	size_t i, k;
	json_t *o, *m;
	json_array_foreach(json_object_get(j, "orgs"), i, o)
	{
		const char *nm = json_string_value(json_object_get(o, "name"));
		if (nm && strstr(nm, bad))
			return nm;
		json_array_foreach(json_object_get(o, "mentions"), k, m)
		{
			const char *t = json_string_value(json_object_get(m, "text"));
			if (t && strstr(t, bad))
				return t;
		}
	}
	return NULL;
}

int main(void)
{
	rcp_error err;
	rcp_matcher *m = rcp_matcher_builtin(&err);
	CHECK(m != NULL);
	if (!m)
		TEST_END();
	rcp_extractor *x = rcp_extractor_new(m, &err);
	FILE *f = test_open_table("extract/orgs.tsv");
	char line[4096], *fl[4];
	int rows = 0, nf, langs[4] = {0, 0, 0, 0};
	static const char *const codes[] = {"en", "fr", "es", "de"};
	while ((nf = test_next_row(f, line, sizeof line, fl, 4)) >= 3) {
		unescape(fl[1]);
		rcp_extract_opts o = {fl[0], 0};
		json_t *j = rcp_extract_json(x, fl[1], strlen(fl[1]), &o);
		for (int l = 0; l < 4; l++)
			langs[l] += !strcmp(fl[0], codes[l]);
		/* the names it must find */
		for (char *p = fl[2]; strcmp(fl[2], "-") && *p;) {
			char *sep = strstr(p, " ; ");
			size_t l = sep ? (size_t)(sep - p) : strlen(p);
			char want[256];
			snprintf(want, sizeof want, "%.*s", (int)l, p);
			char *slash = strrchr(want, '/');
			const char *kind = NULL;
			if (slash && slash[1] >= 'a' && slash[1] <= 'z') {
				*slash = '\0';
				kind = slash + 1;
			}
			if (has_org(j, want, strlen(want), kind))
				t_pass++;
			else {
				t_fail++;
				fprintf(stderr, "orgs [%s] '%s':\n   missing %s%s%s\n", fl[0], fl[1], want,
				        kind ? " of kind " : "", kind ? kind : "");
			}
			p += l;
			if (sep)
				p += 3;
		}
		/* the names it must not */
		for (char *p = nf == 4 ? fl[3] : ""; *p && strcmp(p, "-");) {
			char *sep = strstr(p, " ; ");
			size_t l = sep ? (size_t)(sep - p) : strlen(p);
			char bad[256];
			snprintf(bad, sizeof bad, "%.*s", (int)l, p);
			const char *got = contains_org(j, bad);
			if (!got)
				t_pass++;
			else {
				t_fail++;
				fprintf(stderr, "orgs [%s] '%s':\n   %s is no organization (got '%s')\n",
				        fl[0], fl[1], bad, got);
			}
			p += l;
			if (sep)
				p += 3;
		}
		json_decref(j);
		rows++;
	}
	fclose(f);
	CHECK(rows >= 40);
	for (int l = 0; l < 4; l++) {
		if (getenv("RCP_GOLDEN_PRINT"))
			printf("rows %s %d\n", codes[l], langs[l]);
		CHECK(langs[l] >= 10); /* every language is tested */
	}
	rcp_extractor_free(x);
	rcp_matcher_free(m);
	TEST_END();
}
