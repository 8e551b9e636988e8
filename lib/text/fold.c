/*
 * fold.c — the one folding used for matching and search, so that an alias,
 * a query and a document meet in the same form:
 *
 *   compatibility decomposition (NFKD: "ﬁ" -> "fi", full-width -> ASCII),
 *   Unicode case folding ("MICROSOFT" -> "microsoft", "ß" -> "ss"),
 *   marks removed ("Défense" -> "defense", Hebrew points, Arabic harakat),
 *   look-alike punctuation lumped (’ -> ', – -> -, no-break space -> space).
 *
 * Every output byte can be mapped back to the byte offset in the input of
 * the code point it came from, so a match in folded text is a span in the
 * original. ASCII takes a table lookup; everything else goes through utf8proc.
 */
#include <pthread.h>
#include <string.h>

#include <utf8proc.h>

#include "internal.h"

void rcp__offsets_push(rcp_offsets *o, uint32_t v)
{
	if (o->n == o->cap) {
		o->cap = o->cap ? o->cap * 2 : 256;
		o->v = rcp__xrealloc(o->v, o->cap * sizeof *o->v);
	}
	o->v[o->n++] = v;
}

void rcp__offsets_release(rcp_offsets *o)
{
	if (!o)
		return;
	free(o->v);
	o->v = NULL;
	o->n = o->cap = 0;
}

static const utf8proc_option_t fold_options =
	UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_LUMP |
	UTF8PROC_DECOMPOSE;

/* Decode one code point at s[i..n); returns its length (>= 1); invalid -> U+FFFD. */
size_t rcp__utf8_next(const char *str, size_t n, size_t i, int32_t *cp)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)str + i,
	                                      (utf8proc_ssize_t)(n - i), &c);
	if (k <= 0) {
		*cp = 0xFFFD;
		return 1;
	}
	*cp = c;
	return (size_t)k;
}

size_t rcp__utf8_put(int32_t cp, char out[4])
{
	return (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out);
}

int rcp__is_word_cp(int32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
	case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
	case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
		return 1;
	default:
		return 0;
	}
}

/* Latin letters with no decomposition that readers still take for their
 * base letters (as search engines' ASCII folding does). Already case-folded. */
static const char *latin_extra(int32_t cp)
{
	switch (cp) {
	case 0x0131: return "i";  /* dotless i */
	case 0x00F8: return "o";  /* o with stroke */
	case 0x0142: return "l";  /* l with stroke */
	case 0x0111: return "d";  /* d with stroke */
	case 0x00F0: return "d";  /* eth */
	case 0x0127: return "h";  /* h with stroke */
	case 0x0167: return "t";  /* t with stroke */
	case 0x00E6: return "ae";
	case 0x0153: return "oe";
	case 0x00FE: return "th"; /* thorn */
	default: return NULL;
	}
}

size_t rcp__fold_cp(int32_t cp, char out[RCP_FOLD_CP_MAX])
{
	if (cp < 0x80) {
		out[0] = (char)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
		return 1;
	}
	utf8proc_int32_t dst[16];
	int last = 0;
	utf8proc_ssize_t m = utf8proc_decompose_char(cp, dst, 16, fold_options, &last);
	if (m < 0 || m > 16) {
		dst[0] = cp;
		m = 1;
	}
	size_t n = 0;
	for (utf8proc_ssize_t j = 0; j < m; j++) {
		const char *lat = latin_extra(dst[j]);
		if (lat) {
			size_t k = strlen(lat);
			memcpy(out + n, lat, k);
			n += k;
		} else {
			n += rcp__utf8_put(dst[j], out + n);
		}
	}
	return n;
}

int rcp__is_upper_cp(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	utf8proc_category_t c = utf8proc_category(cp);
	return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

static rcp_fold2 fold2[0x800];
static pthread_once_t fold2_once = PTHREAD_ONCE_INIT;

static void fold2_make(void)
{
	for (int32_t cp = 0x80; cp < 0x800; cp++) {
		rcp_fold2 *e = &fold2[cp];
		char out[RCP_FOLD_CP_MAX];
		size_t n = rcp__fold_cp(cp, out);
		e->flags = (uint8_t)((rcp__is_word_cp(cp) ? RCP_FOLD2_WORD : 0) |
		                     (rcp__is_upper_cp(cp) ? RCP_FOLD2_UPPER : 0));
		if (n > sizeof e->bytes) {
			e->len = RCP_FOLD2_LONG;
		} else {
			e->len = (uint8_t)n;
			memcpy(e->bytes, out, n);
		}
	}
}

const rcp_fold2 *rcp__fold2_table(void)
{
	pthread_once(&fold2_once, fold2_make);
	return fold2;
}

void rcp__fold(const char *s, size_t n, rcp_buf *out, rcp_offsets *map)
{
	size_t i = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			char f = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			(void)rcp__buf_putc(out, f);
			if (map)
				rcp__offsets_push(map, (uint32_t)i);
			i++;
			continue;
		}
		int32_t cp;
		size_t k = rcp__utf8_next(s, n, i, &cp);
		utf8proc_int32_t dst[32];
		int last = 0;
		utf8proc_ssize_t m = utf8proc_decompose_char(cp, dst, 32, fold_options, &last);
		if (m < 0 || m > 32) {
			dst[0] = cp;
			m = 1;
		}
		for (utf8proc_ssize_t j = 0; j < m; j++) {
			char enc[4];
			const char *lat = latin_extra(dst[j]);
			size_t e;
			if (lat) {
				e = strlen(lat);
				memcpy(enc, lat, e);
			} else {
				e = rcp__utf8_put(dst[j], enc);
			}
			(void)rcp__buf_append(out, enc, e);
			if (map)
				for (size_t b = 0; b < e; b++)
					rcp__offsets_push(map, (uint32_t)i);
		}
		i += k;
	}
	if (map)
		rcp__offsets_push(map, (uint32_t)n);
}

char *rcp__fold_dup(const char *s, size_t n, size_t *out_len)
{
	rcp_buf b;
	rcp__buf_init(&b, 0);
	rcp__fold(s, n, &b, NULL);
	return rcp__buf_detach(&b, out_len);
}
