/*
 * assets.c — the stylesheet and the script, compiled into the binary from
 * web/static/ (arrays generated at build time by web/gen_asset.py), so the
 * server needs no files and no outside fonts, scripts or CDNs.
 */
#include <string.h>

#include "web.h"

extern const unsigned char asset_style_css[];
extern const size_t asset_style_css_len;
extern const unsigned char asset_app_js[];
extern const size_t asset_app_js_len;

void asset_css(web_req *r)
{
	r->ctype = "text/css; charset=utf-8";
	web_buf_put(&r->out, (const char *)asset_style_css, asset_style_css_len);
}

void asset_js(web_req *r)
{
	r->ctype = "text/javascript; charset=utf-8";
	web_buf_put(&r->out, (const char *)asset_app_js, asset_app_js_len);
}

/* A small mark for the tab, so browsers do not ask for a missing file. */
void asset_icon(web_req *r)
{
	r->ctype = "image/svg+xml";
	web_puts(&r->out, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 16\">"
	                  "<rect x=\"3\" y=\"3\" width=\"10\" height=\"10\" fill=\"#8c2f1c\"/></svg>");
}
