/*
 * buf.h — the capped buffer's inline fast path, for writers of many small
 * pieces (JSON text). The buffer itself (rcp_buf) and its functions are
 * in internal.h; this header sits in lib/base beside buf.c so that the
 * inline call down to rcp__buf_append stays inside the base layer, and
 * only the hot writers that want it include it.
 */
#ifndef RCP_BASE_BUF_H
#define RCP_BASE_BUF_H

#include <string.h>

#include "internal.h"

/* rcp__buf_append inline when the bytes fit the room allocated. */
static inline rcp_status rcp__buf_add(rcp_buf *b, const void *p, size_t n)
{
	if (n < b->cap - b->len && (!b->max || b->len + n <= b->max)) {
		memcpy(b->data + b->len, p, n);
		b->len += n;
		b->data[b->len] = '\0';
		return RCP_OK;
	}
	return rcp__buf_append(b, p, n);
}

static inline rcp_status rcp__buf_addc(rcp_buf *b, char c)
{
	return rcp__buf_add(b, &c, 1);
}

#endif
