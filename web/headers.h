/*
 * headers.h — the security headers every response carries (headers.c).
 */
#ifndef RCP_WEB_HEADERS_H
#define RCP_WEB_HEADERS_H

#include <microhttpd.h>

void web_security_headers(struct MHD_Response *resp);

#endif
