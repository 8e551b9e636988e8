/*
 * routes.c — the route table: every path the server answers, its method,
 * the query parameters it takes, the least role that may call it and what
 * kind of request it is (routes.h). The daemon looks a request up here
 * and checks it against the route before its handler runs.
 */
#include <string.h>

#include "routes.h"

static const char *const p_none[] = {NULL};
static const char *const p_search[] = {"q", "lang", "category", "company", "year", NULL};
static const char *const p_companies[] = {"category", "all", NULL};
static const char *const p_claims[] = {"status", "company", "source", "category", "limit",
                                       "offset", NULL};
static const char *const p_review[] = {"company", "lang", "category", "confidence", "page",
                                       "unlinked", NULL};
static const char *const p_funds[] = {"q", "category", "grade", "sort", "desc", "scale", NULL};
static const char *const p_fund[] = {"funds", "scale", NULL};

static const web_route routes[] = {
	{"GET", "/", page_home, p_none, RCP_ROLE_NONE, 0, NULL},
	{"GET", "/search", page_search, p_search, RCP_ROLE_NONE, 0, NULL},
	{"GET", "/companies", page_companies, p_companies, RCP_ROLE_NONE, 0, NULL},
	{"GET", "/companies/", page_company, p_none, RCP_ROLE_NONE, ROUTE_PREFIX, NULL},
	{"GET", "/sources/", page_source, p_none, RCP_ROLE_NONE, ROUTE_PREFIX, NULL},
	{"GET", "/screen", page_screen, p_none, RCP_ROLE_NONE, ROUTE_ANON_FORM, NULL},
	{"GET", "/funds", page_funds, p_funds, RCP_ROLE_NONE, 0, NULL},
	{"GET", "/funds.csv", page_funds_csv, p_funds, RCP_ROLE_NONE, 0, NULL},
	{"GET", "/funds.json", page_funds_json, p_funds, RCP_ROLE_NONE, 0, NULL},
	{"GET", "/funds/", page_fund, p_fund, RCP_ROLE_NONE, ROUTE_PREFIX, NULL},
	{"POST", "/screen", post_screen, p_none, RCP_ROLE_NONE, ROUTE_UPLOAD, NULL},
	{"GET", "/screen/report/", page_screen_report, p_none, RCP_ROLE_NONE,
	 ROUTE_PREFIX | ROUTE_NOCACHE, NULL},
	{"GET", "/review", page_review, p_review, RCP_ROLE_EDITOR, 0, NULL},
	{"POST", "/review/", post_review, p_none, RCP_ROLE_EDITOR, ROUTE_PREFIX | ROUTE_WRITE, NULL},
	{"GET", "/login", page_login, p_none, RCP_ROLE_NONE, ROUTE_ANON_FORM, NULL},
	{"POST", "/login", post_login, p_none, RCP_ROLE_NONE, ROUTE_WRITE, NULL},
	{"POST", "/logout", post_logout, p_none, RCP_ROLE_NONE, ROUTE_WRITE, NULL},
	{"GET", "/static/style.css", asset_css, p_none, RCP_ROLE_NONE, 0, NULL},
	{"GET", "/static/app.js", asset_js, p_none, RCP_ROLE_NONE, 0, NULL},
	{"GET", "/favicon.ico", asset_icon, p_none, RCP_ROLE_NONE, 0, NULL},
	{"GET", "/api/v1/stats", api_stats, p_none, RCP_ROLE_NONE, 0, NULL},
	{"GET", "/api/v1/search", api_search, p_search, RCP_ROLE_NONE, 0, NULL},
	{"GET", "/api/v1/companies", api_companies, p_companies, RCP_ROLE_NONE, 0, NULL},
	{"GET", "/api/v1/companies/", api_company, p_none, RCP_ROLE_NONE, ROUTE_PREFIX, NULL},
	{"GET", "/api/v1/companies/", api_company_csv, p_none, RCP_ROLE_NONE, ROUTE_PREFIX,
	 "/claims.csv"},
	{"GET", "/api/v1/sources/", api_source, p_none, RCP_ROLE_NONE, ROUTE_PREFIX, NULL},
	{"GET", "/api/v1/claims", api_claims, p_claims, RCP_ROLE_NONE, 0, NULL},
	{"POST", "/api/v1/screen", api_screen, p_none, RCP_ROLE_NONE, ROUTE_RAW | ROUTE_UPLOAD, NULL},
};

/* Does path match rt? *tail gets a prefix route's segment. */
static int path_matches(const web_route *rt, const char *path, const char **tail)
{
	size_t n = strlen(rt->path);
	if (!(rt->flags & ROUTE_PREFIX))
		return !strcmp(path, rt->path);
	if (strncmp(path, rt->path, n) || !path[n])
		return 0;
	const char *seg = path + n, *slash = strchr(seg, '/');
	if (!rt->suffix) {
		if (slash)
			return 0;
	} else if (!slash || slash == seg || strcmp(slash, rt->suffix)) {
		return 0;
	}
	*tail = seg;
	return 1;
}

const web_route *web_route_find(const char *method, const char *path, const char **tail,
                                int *path_ok)
{
	*path_ok = 0;
	*tail = NULL;
	for (size_t i = 0; i < sizeof routes / sizeof routes[0]; i++) {
		const web_route *rt = &routes[i];
		const char *seg = NULL;
		if (!path_matches(rt, path, &seg))
			continue;
		if (strcmp(method, rt->method) && !(!strcmp(method, "HEAD") && !strcmp(rt->method, "GET"))) {
			*path_ok = 1;
			continue;
		}
		*tail = seg;
		return rt;
	}
	return NULL;
}
