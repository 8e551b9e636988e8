/*
 * vocabulary.c — the names of entity kinds and of the six categories, and
 * their bits: the words every layer reads and writes (the store's checks,
 * the matcher, extraction, screening, funds), so they live at the bottom.
 */
#include <string.h>

#include "internal.h"

int rcp_kind_parse(const char *s)
{
	static const char *const kinds[] = {"company", "public_body", "military_unit", "police",
	                                    "prison_service", "agency", "other_org", NULL};
	for (int i = 0; s && kinds[i]; i++)
		if (!strcmp(s, kinds[i]))
			return i;
	return -1;
}

const char *rcp_kind_name(int kind)
{
	static const char *const kinds[] = {"company", "public_body", "military_unit", "police",
	                                    "prison_service", "agency", "other_org"};
	return kind >= 0 && kind <= RCP_KIND_OTHER_ORG ? kinds[kind] : "other_org";
}

static const char *const cat_names[] = {"military", "occupation", "borders", "prisons",
                                        "policing", "surveillance"};

unsigned rcp_category_parse(const char *s)
{
	for (unsigned i = 0; s && i < 6; i++)
		if (!strcmp(s, cat_names[i]))
			return 1u << i;
	return 0;
}

const char *rcp_category_at(int i)
{
	return i >= 0 && i < 6 ? cat_names[i] : NULL;
}

const char *rcp_category_name(unsigned bit)
{
	for (unsigned i = 0; i < 6; i++)
		if (bit & (1u << i))
			return cat_names[i];
	return NULL;
}

json_t *rcp__categories_json(unsigned cats)
{
	json_t *a = json_array();
	for (int i = 0; i < RCP_CATEGORY_COUNT; i++)
		if (cats & (1u << i))
			json_array_append_new(a, json_string(rcp_category_at(i)));
	return a;
}

unsigned rcp_category_parse_list(const char *s)
{
	unsigned bits = 0;
	char one[32];
	while (s && *s) {
		size_t n = strcspn(s, ",");
		if (n < sizeof one) {
			memcpy(one, s, n);
			one[n] = '\0';
			bits |= rcp_category_parse(one);
		}
		s += n + (s[n] == ',');
	}
	return bits;
}
