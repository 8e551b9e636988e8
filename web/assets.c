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
