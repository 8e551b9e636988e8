/*
 * fuzz_text.c — libFuzzer target for plain text: encoding detection and
 * transcoding (BOMs, UTF-16 with and without a BOM, Windows-1252), the
 * whole extraction path with format sniffing and note metadata, then the
 * language detector, the sentence splitter and the index tokenizer over
 * the text, as `receipts add` runs them. Input that sniffs as PDF is left
 * to fuzz_pdf (poppler is slow), HTML and CSV go through their readers.
 */
#include "fuzz.h"

static rcp_tokenizer *tok;

static int on_sentence(size_t start, size_t end, void *ctx)
{
	size_t len = *(size_t *)ctx;
	FUZZ_CHECK(start <= end && end <= len);
	return 0;
}

typedef struct tok_ctx {
	size_t len;
	size_t last_start;
} tok_ctx;

static int on_token(void *ctx, const char *t, size_t n, size_t start, size_t end, int colocated)
{
	tok_ctx *c = ctx;
	FUZZ_CHECK(n > 0 && t != NULL);
	FUZZ_CHECK(start < end && end <= c->len);
	FUZZ_CHECK(rcp__utf8_valid(t, n));
	if (!colocated)
		FUZZ_CHECK(start >= c->last_start);
	c->last_start = start;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!tok)
		tok = rcp__tokenizer_new(); /* lives for the process, as in the store */
	rcp_error err;

	/* the decoder alone: UTF-8 out, or a refusal with a reason */
	char *dec = NULL;
	size_t dn = 0;
	const char *enc = NULL;
	int replaced = 0;
	if (rcp__text_decode(data, size, &dec, &dn, &enc, &replaced, &err) == RCP_OK) {
		FUZZ_CHECK(dec && enc && strlen(dec) == dn);
		FUZZ_CHECK(rcp__utf8_valid(dec, dn));
		free(dec);
	}

	if (size >= 5 && !memcmp(data, "%PDF-", 5))
		return 0;
	static const char *const names[] = {"note.txt", "note.md"};
	rcp_text t;
	memset(&t, 0, sizeof t);
	if (rcp_text_extract(data, size, names[size & 1], &t, &err) != RCP_OK)
		return 0;
	fuzz_check_text(&t, size);
	static const char *const langs[] = {"en", "fr", "es", "de", "ar", "he", "xx", NULL};
	const char *lang = t.lang ? t.lang : langs[size % 8];
	rcp__sentences(t.text, t.len, lang, on_sentence, &t.len);
	static const int modes[] = {RCP_TOK_STEM, RCP_TOK_FOLD, RCP_TOK_QUERY_ALL};
	tok_ctx c = {t.len, 0};
	rcp__tokenize(tok, t.text, t.len, lang, modes[size % 3], on_token, &c);
	rcp_text_release(&t);
	return 0;
}
