/*
 * publish.c — `receipts publish DIR`: the public edition as a static site.
 *
 * The pages are the server's own, drawn by the same handlers in public
 * mode (accepted claims only, no account names) without a connection, and
 * written where a static web server (nginx, any file host) finds them by
 * the same URLs: DIR/index.html for /, DIR/companies/ID/index.html for
 * /companies/ID, DIR/sources/SHA256/index.html, one page per category under
 * DIR/categories/, each profile's JSON and CSV beside it, the stylesheet
 * and script, and DIR/data/receipts.ftm.jsonl (the accepted data as
 * FollowTheMoney). Search and screening need the server and are left out.
 *
 * A site is written into a fresh directory, or over one that a previous
 * publish made (it holds .receipts-site); anything else is refused, so a
 * mistyped path cannot scatter files into someone's home directory.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "web.h"

#define MARKER ".receipts-site"

typedef struct site {
	rcp_db *db;
	const char *dir;
	const char *base_url;  /* for the sitemap's absolute URLs; NULL: paths */
	web_buf urls;          /* every page's path, a line each, for the sitemap */
	json_t *ftm;           /* the accepted data as FtM entities, in order */
	json_t *ftm_by_id;     /* FtM id -> index in ftm */
	json_t *ftm_refby;     /* FtM id -> [indexes of the entities naming it] */
	web_publish_report *rep;
	void (*progress)(const web_publish_report *rep, void *ctx);
	void *ctx;
	rcp_error *err;
	rcp_status st;
} site;

static rcp_status fail(site *s, rcp_status code, const char *what, const char *path, int e)
{
	if (s->err) {
		rcp_error_clear(s->err);
		s->err->code = code;
		snprintf(s->err->what, sizeof s->err->what, "%s", what);
		snprintf(s->err->subject, sizeof s->err->subject, "%s", path ? path : "");
		snprintf(s->err->why, sizeof s->err->why, "%s", e ? strerror(e) : "");
	}
	s->st = code;
	return code;
}

/* mkdir -p for the directories of DIR/rel (rel's last part is a file). */
static rcp_status make_dirs(site *s, const char *rel)
{
	char path[4096];
	int n = snprintf(path, sizeof path, "%s/%s", s->dir, rel);
	if (n < 0 || (size_t)n >= sizeof path)
		return fail(s, RCP_EINVAL, "path too long", rel, 0);
	for (char *p = path + strlen(s->dir) + 1; (p = strchr(p, '/')); p++) {
		*p = '\0';
		if (mkdir(path, 0755) != 0 && errno != EEXIST) {
			int e = errno;
			*p = '/';
			return fail(s, RCP_EIO, "cannot make a directory", path, e);
		}
		*p = '/';
	}
	return RCP_OK;
}

/* Does the file at path hold exactly data? */
static int same_file(const char *path, const char *data, size_t len)
{
	struct stat st;
	if (stat(path, &st) != 0 || !S_ISREG(st.st_mode) || (size_t)st.st_size != len)
		return 0;
	FILE *f = fopen(path, "rb");
	if (!f)
		return 0;
	char buf[65536];
	size_t off = 0, n;
	int same = 1;
	while (same && (n = fread(buf, 1, sizeof buf, f)) > 0) {
		same = off + n <= len && !memcmp(buf, data + off, n);
		off += n;
	}
	fclose(f);
	return same && off == len;
}

/* Write DIR/rel whole, unless it already holds these bytes: a site
 * published again rewrites only what changed (static hosts and rsync see
 * the rest untouched). */
static rcp_status write_file(site *s, const char *rel, const char *data, size_t len)
{
	if (make_dirs(s, rel) != RCP_OK)
		return s->st;
	char path[4096], tmp[4200];
	snprintf(path, sizeof path, "%s/%s", s->dir, rel);
	if (same_file(path, data, len)) {
		s->rep->unchanged++;
		return RCP_OK;
	}
	snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)getpid());
	FILE *f = fopen(tmp, "wb");
	if (!f)
		return fail(s, RCP_EIO, "cannot write", tmp, errno);
	int ok = fwrite(data, 1, len, f) == len;
	ok = (fclose(f) == 0) && ok;
	if (!ok || rename(tmp, path) != 0) {
		int e = errno;
		unlink(tmp);
		return fail(s, RCP_EIO, "cannot write", path, e);
	}
	s->rep->files++;
	s->rep->bytes += len;
	return RCP_OK;
}

/* Draw one page with handler fn (tail: its path segment; one query
 * parameter when qname is set) and write it to DIR/rel. A page the
 * handler refuses (a 404 for an entity without a profile) is counted and
 * skipped. */
static rcp_status draw(site *s, web_handler fn, const char *tail, const char *qname,
                       const char *qvalue, const char *rel)
{
	web_req r;
	memset(&r, 0, sizeof r);
	web_field q = {.name = qname, .value = qvalue, .len = qvalue ? strlen(qvalue) : 0};
	r.db = s->db;
	r.tail = tail;
	r.method = "GET";
	r.url = rel;
	r.public_mode = 1;
	r.static_site = 1;
	r.query = qname ? &q : NULL;
	r.nquery = qname ? 1 : 0;
	r.csrf = "";
	r.status = 200;
	r.ctype = "text/html; charset=utf-8";
	r.out.max = (size_t)64 << 20;
	fn(&r);
	rcp_status st = RCP_OK;
	if (r.status == 200 && !r.out.toobig) {
		st = write_file(s, rel, r.out.data ? r.out.data : "", r.out.len);
		size_t n = strlen(rel);
		if (n >= 10 && !strcmp(rel + n - 10, "index.html")) { /* a page: its URL */
			web_puts(&s->urls, "/");
			web_buf_put(&s->urls, rel, n - 10);
			web_puts(&s->urls, "\n");
		}
	} else {
		s->rep->skipped++;
	}
	web_buf_release(&r.out);
	web_arena_release(&r.arena);
	return st;
}

static void tick(site *s)
{
	if (s->progress)
		s->progress(s->rep, s->ctx);
}

static int ftm_cb(json_t *e, void *ctx);

/* ---- FtM: the whole export, and each company's part of it ---- */

static int ftm_collect(json_t *e, void *ctx)
{
	site *s = ctx;
	json_t *id = json_object_get(e, "id");
	if (json_is_string(id))
		json_object_set_new(s->ftm_by_id, json_string_value(id),
		                    json_integer((json_int_t)json_array_size(s->ftm)));
	json_array_append(s->ftm, e);
	return 0;
}

/* Index which entities name which: every property value that is the id
 * of an exported entity is a link. */
static void ftm_links(site *s)
{
	size_t i;
	json_t *e;
	json_array_foreach(s->ftm, i, e) {
		const char *k;
		json_t *vals;
		json_object_foreach(json_object_get(e, "properties"), k, vals) {
			size_t j;
			json_t *v;
			json_array_foreach(vals, j, v) {
				const char *id = json_string_value(v);
				if (!id || !json_object_get(s->ftm_by_id, id))
					continue;
				json_t *list = json_object_get(s->ftm_refby, id);
				if (!list) {
					list = json_array();
					json_object_set_new(s->ftm_refby, id, list);
				}
				json_array_append_new(list, json_integer((json_int_t)i));
			}
		}
	}
}

/* Add entity at index i to the bundle (once), and what it names, to depth. */
static void ftm_take(site *s, json_t *taken, json_t *order, size_t i, int depth)
{
	json_t *e = json_array_get(s->ftm, i);
	const char *id = json_string_value(json_object_get(e, "id"));
	if (!e || !id || json_object_get(taken, id))
		return;
	json_object_set_new(taken, id, json_true());
	json_array_append_new(order, json_integer((json_int_t)i));
	if (depth == 0)
		return;
	const char *k;
	json_t *vals;
	json_object_foreach(json_object_get(e, "properties"), k, vals) {
		size_t j;
		json_t *v;
		json_array_foreach(vals, j, v) {
			json_t *at = json_is_string(v) ? json_object_get(s->ftm_by_id, json_string_value(v))
			                               : NULL;
			if (at)
				ftm_take(s, taken, order, (size_t)json_integer_value(at), depth - 1);
		}
	}
}

static int cmp_index(const void *a, const void *b)
{
	json_int_t x = json_integer_value(*(json_t *const *)a);
	json_int_t y = json_integer_value(*(json_t *const *)b);
	return x < y ? -1 : x > y;
}

/* A company's part of the FtM export: the company, what names it (its
 * claims, their documentation, ownerships), and what those name (the
 * counterparty, the contract and its authority, the source documents), in
 * export order. */
static rcp_status write_company_ftm(site *s, const char *id, const char *rel)
{
	char fid[200];
	snprintf(fid, sizeof fid, "rcp-org-%s", id);
	json_t *at = json_object_get(s->ftm_by_id, fid);
	if (!at)
		return RCP_OK; /* not exported: nothing accepted about it */
	json_t *taken = json_object(), *order = json_array();
	ftm_take(s, taken, order, (size_t)json_integer_value(at), 1);
	size_t i;
	json_t *x;
	json_array_foreach(json_object_get(s->ftm_refby, fid), i, x)
		ftm_take(s, taken, order, (size_t)json_integer_value(x), 2);
	size_t n = json_array_size(order);
	json_t **v = calloc(n ? n : 1, sizeof *v);
	if (!v)
		abort();
	for (i = 0; i < n; i++)
		v[i] = json_array_get(order, i);
	qsort(v, n, sizeof *v, cmp_index);
	web_buf b = {0};
	for (i = 0; i < n; i++)
		ftm_cb(json_array_get(s->ftm, (size_t)json_integer_value(v[i])), &b);
	free(v);
	rcp_status st = write_file(s, rel, b.data ? b.data : "", b.len);
	web_buf_release(&b);
	json_decref(taken);
	json_decref(order);
	return st;
}

static int entity_cb(json_t *e, void *ctx)
{
	site *s = ctx;
	const char *id = json_string_value(json_object_get(e, "id"));
	if (!id || !rcp_id_valid(id))
		return 0;
	char rel[300], tail[300];
	snprintf(rel, sizeof rel, "companies/%s/index.html", id);
	if (draw(s, page_company, id, NULL, NULL, rel) != RCP_OK)
		return 1;
	snprintf(rel, sizeof rel, "companies/%s/profile.json", id);
	if (draw(s, api_company, id, NULL, NULL, rel) != RCP_OK)
		return 1;
	snprintf(rel, sizeof rel, "companies/%s/claims.csv", id);
	snprintf(tail, sizeof tail, "%s/claims.csv", id);
	if (draw(s, api_company_csv, tail, NULL, NULL, rel) != RCP_OK)
		return 1;
	snprintf(rel, sizeof rel, "companies/%s/entity.ftm.jsonl", id);
	if (write_company_ftm(s, id, rel) != RCP_OK)
		return 1;
	s->rep->companies++;
	tick(s);
	return 0;
}

/* The sources the public edition cites: those of accepted claims and of
 * responses, each once. */
typedef struct shas {
	char (*v)[65];
	size_t n, cap;
} shas;

static void sha_add(shas *h, const char *sha)
{
	if (!sha || strlen(sha) != 64)
		return;
	for (size_t i = 0; i < h->n; i++) /* a site's sources: thousands, not millions */
		if (!strcmp(h->v[i], sha))
			return;
	if (h->n == h->cap) {
		size_t cap = h->cap ? h->cap * 2 : 64;
		char (*v)[65] = realloc(h->v, cap * sizeof *v);
		if (!v)
			abort();
		h->v = v;
		h->cap = cap;
	}
	memcpy(h->v[h->n++], sha, 65);
}

static int claim_cb(const rcp_claim *c, void *ctx)
{
	sha_add(ctx, c->source_sha256);
	return 0;
}

static int response_cb(const rcp_response *r, void *ctx)
{
	sha_add(ctx, r->source_sha256);
	return 0;
}

static int ftm_cb(json_t *e, void *ctx)
{
	web_buf *b = ctx;
	char *line = json_dumps(e, JSON_COMPACT | JSON_SORT_KEYS);
	if (!line)
		return 1;
	web_puts(b, line);
	web_puts(b, "\n");
	free(line);
	return b->toobig;
}

/* ---- the in-browser search: an index of companies and claims ---- */

/* search-index.json: {"companies": [{"id", "name", "cats", "aliases",
 * "claims": [{"id", "q", "rel", "party", "year", "src"}]}]} for the
 * companies that have categories or accepted claims; app.js loads it on
 * /search/ and filters it as the visitor types. Quotes are cut at 300
 * bytes (on a character boundary): the source page has them whole. */
typedef struct index_ctx {
	json_t *by_id; /* company id -> its object */
	json_t *list;
} index_ctx;

static json_t *company_obj(index_ctx *x, json_t *e)
{
	const char *id = json_string_value(json_object_get(e, "id"));
	json_t *o = json_object_get(x->by_id, id);
	if (o)
		return o;
	o = json_pack("{s:s, s:O, s:O, s:[]}", "id", id, "name", json_object_get(e, "name"),
	              "cats", json_object_get(e, "categories"), "claims");
	json_t *aliases = json_array();
	size_t i;
	json_t *a;
	json_array_foreach(json_object_get(e, "aliases"), i, a)
		json_array_append(aliases, json_object_get(a, "text"));
	json_object_set_new(o, "aliases", aliases);
	json_object_set_new(x->by_id, id, o);
	json_array_append(x->list, o);
	return o;
}

static int index_entity(json_t *e, void *ctx)
{
	const char *kind = json_string_value(json_object_get(e, "kind"));
	if (json_array_size(json_object_get(e, "categories")) && kind && !strcmp(kind, "company"))
		company_obj(ctx, e);
	return 0;
}

typedef struct index_claims {
	index_ctx *x;
	rcp_db *db;
} index_claims;

static int index_claim(const rcp_claim *c, void *ctx)
{
	index_claims *ic = ctx;
	json_t *o = json_object_get(ic->x->by_id, c->company);
	if (!o) {
		json_t *e = rcp_entity_json(ic->db, c->company, NULL);
		if (!e)
			return 0;
		o = company_obj(ic->x, e);
		json_decref(e);
	}
	size_t n = c->evidence ? strlen(c->evidence) : 0, cut = n;
	if (cut > 300) {
		cut = 300;
		while (cut > 0 && ((unsigned char)c->evidence[cut] & 0xC0) == 0x80)
			cut--;
	}
	json_t *q = json_stringn(c->evidence ? c->evidence : "", cut);
	json_array_append_new(json_object_get(o, "claims"),
	                      json_pack("{s:I, s:o, s:s, s:s?, s:i, s:s}", "id", (json_int_t)c->id,
	                                "q", q ? q : json_string(""), "rel", c->relation, "party",
	                                c->counterparty_name, "year", c->year, "src",
	                                c->source_sha256));
	return 0;
}

static rcp_status write_search(site *s, rcp_error *err)
{
	index_ctx x = {json_object(), json_array()};
	index_claims ic = {&x, s->db};
	rcp_claim_filter f = {.status = "accepted"};
	rcp_status st = rcp_entity_each(s->db, NULL, index_entity, &x, err);
	if (st == RCP_OK)
		st = rcp_claim_each(s->db, &f, index_claim, &ic, err);
	if (st == RCP_OK) {
		json_t *doc = json_pack("{s:O}", "companies", x.list);
		char *text = json_dumps(doc, JSON_COMPACT | JSON_PRESERVE_ORDER);
		json_decref(doc);
		st = text ? write_file(s, "search-index.json", text, strlen(text))
		          : fail(s, RCP_ETOOBIG, "cannot write the search index", NULL, 0);
		free(text);
	}
	json_decref(x.by_id);
	json_decref(x.list);
	return st;
}

/* The search page: a form, and a list app.js fills from the index. */
static void page_site_search(web_req *r)
{
	page_begin(r, "Search");
	web_puts(&r->out, "<h1>Search companies and claims</h1>"
	                  "<form class=\"bigsearch\" role=\"search\" action=\"/search/\">"
	                  "<label for=\"q\" class=\"vh\">Search companies and claims</label>"
	                  "<input id=\"q\" name=\"q\" type=\"search\" autofocus"
	                  " placeholder=\"a company, an agency, a place\">"
	                  "<button type=\"submit\">Search</button></form>"
	                  "<p class=\"help\" id=\"site-search-status\">This search runs in your browser"
	                  " over the published companies and their reviewed claims.</p>"
	                  "<ol id=\"site-search\" class=\"hits\" data-index=\"/search-index.json\"></ol>");
	page_end(r);
}

/* ---- the sitemap ---- */

static rcp_status write_sitemap(site *s)
{
	web_buf b = {0};
	web_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	             "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
	const char *p = s->urls.data ? s->urls.data : "";
	size_t blen = s->base_url ? strlen(s->base_url) : 0;
	while (blen && s->base_url[blen - 1] == '/')
		blen--;
	while (*p) {
		const char *e = strchr(p, '\n');
		web_puts(&b, "<url><loc>");
		if (blen)
			html_textn(&b, s->base_url, blen);
		html_textn(&b, p, (size_t)(e - p));
		web_puts(&b, "</loc></url>\n");
		p = e + 1;
	}
	web_puts(&b, "</urlset>\n");
	rcp_status st = write_file(s, "sitemap.xml", b.data, b.len);
	web_buf_release(&b);
	return st;
}

/* Is dir fresh (absent or empty) or one of our sites? */
static rcp_status check_dir(site *s)
{
	struct stat st;
	if (stat(s->dir, &st) != 0) {
		if (errno != ENOENT)
			return fail(s, RCP_EIO, "cannot read", s->dir, errno);
		if (mkdir(s->dir, 0755) != 0)
			return fail(s, RCP_EIO, "cannot make a directory", s->dir, errno);
		return RCP_OK;
	}
	if (!S_ISDIR(st.st_mode))
		return fail(s, RCP_EINVAL, "not a directory", s->dir, 0);
	char marker[4200];
	snprintf(marker, sizeof marker, "%s/" MARKER, s->dir);
	if (access(marker, F_OK) == 0)
		return RCP_OK;
	/* empty? (. and .. only) */
	int empty = 1;
	DIR *d = opendir(s->dir);
	if (!d)
		return fail(s, RCP_EIO, "cannot read", s->dir, errno);
	struct dirent *de;
	while ((de = readdir(d)))
		if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
			empty = 0;
	closedir(d);
	if (!empty) {
		fail(s, RCP_EINVAL, "not an empty directory", s->dir, 0);
		if (s->err)
			snprintf(s->err->why, sizeof s->err->why,
			         "publish writes into a new or empty directory, or over a site it made");
		return s->st;
	}
	return RCP_OK;
}

static rcp_status publish(site *s)
{
	rcp_db *db = s->db;
	web_publish_report *rep = s->rep;
	rcp_error *err = s->err;
	if (check_dir(s) != RCP_OK || write_file(s, MARKER, "receipts static site\n", 21) != RCP_OK)
		return s->st;
	/* the frame's files, then the pages */
	if (draw(s, asset_css, NULL, NULL, NULL, "static/style.css") != RCP_OK ||
	    draw(s, asset_js, NULL, NULL, NULL, "static/app.js") != RCP_OK ||
	    draw(s, asset_icon, NULL, NULL, NULL, "favicon.ico") != RCP_OK ||
	    draw(s, page_home, NULL, NULL, NULL, "index.html") != RCP_OK ||
	    draw(s, page_companies, NULL, NULL, NULL, "companies/index.html") != RCP_OK)
		return s->st;
	for (int i = 0; web_categories[i]; i++) {
		char rel[80];
		snprintf(rel, sizeof rel, "categories/%s/index.html", web_categories[i]);
		if (draw(s, page_companies, NULL, "category", web_categories[i], rel) != RCP_OK)
			return s->st;
	}
	/* the accepted data as FtM, kept for each company's part of it */
	rcp_status fst = rcp_export_ftm(db, RCP_EXPORT_ACCEPTED, ftm_collect, s, err);
	if (fst != RCP_OK)
		return fst;
	ftm_links(s);
	rcp_error e2;
	rcp_error_clear(&e2);
	if (rcp_entity_each(db, NULL, entity_cb, s, &e2) != RCP_OK) {
		if (err)
			*err = e2;
		return e2.code;
	}
	if (s->st != RCP_OK)
		return s->st;
	shas h = {0};
	rcp_claim_filter f = {.status = "accepted"};
	rcp_status st = rcp_claim_each(db, &f, claim_cb, &h, err);
	if (st == RCP_OK)
		st = rcp_response_each(db, NULL, response_cb, &h, err);
	for (size_t i = 0; st == RCP_OK && i < h.n; i++) {
		char rel[100];
		snprintf(rel, sizeof rel, "sources/%s/index.html", h.v[i]);
		st = draw(s, page_source, h.v[i], NULL, NULL, rel);
		if (st == RCP_OK) {
			rep->sources++;
			tick(s);
		}
	}
	free(h.v);
	if (st != RCP_OK)
		return st;
	/* the accepted data as FollowTheMoney, for whoever builds on it */
	web_buf b = {.max = (size_t)1 << 30};
	size_t fi;
	json_t *fe;
	json_array_foreach(s->ftm, fi, fe)
		if (ftm_cb(fe, &b))
			break;
	if (st == RCP_OK && b.toobig)
		st = fail(s, RCP_ETOOBIG, "the data export is over 1 GiB", "data/receipts.ftm.jsonl", 0);
	if (st == RCP_OK)
		st = write_file(s, "data/receipts.ftm.jsonl", b.data ? b.data : "", b.len);
	web_buf_release(&b);
	/* the search that runs in the browser, and the sitemap (last: it
	 * lists every page written before it) */
	if (st == RCP_OK)
		st = write_search(s, err);
	if (st == RCP_OK)
		st = draw(s, page_site_search, NULL, NULL, NULL, "search/index.html");
	if (st == RCP_OK)
		st = write_sitemap(s);
	return st;
}

rcp_status web_publish(rcp_db *db, const char *dir, const char *base_url, web_publish_report *rep,
                       void (*progress)(const web_publish_report *rep, void *ctx), void *ctx,
                       rcp_error *err)
{
	memset(rep, 0, sizeof *rep);
	site s = {.db = db, .dir = dir, .base_url = base_url, .rep = rep, .progress = progress,
	          .ctx = ctx, .err = err, .ftm = json_array(), .ftm_by_id = json_object(),
	          .ftm_refby = json_object()};
	rcp_status st = publish(&s);
	web_buf_release(&s.urls);
	json_decref(s.ftm);
	json_decref(s.ftm_by_id);
	json_decref(s.ftm_refby);
	return st;
}
