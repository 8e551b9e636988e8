/*
 * doclen.c — document lengths for ranking, kept where a query reads them
 * in a few page reads.
 *
 * BM25 scales a match by its document's length. FTS5 keeps the length of
 * each row in source_fts_docsize, and xColumnSize reads it with a b-tree
 * seek and a statement step per scored row: a third of the time of a
 * query that scores its 2,000 newest matches. search_doclen (migration 6)
 * holds the lengths of DOCLEN_DOCS consecutive sources in one 2 KiB blob,
 * a 16-bit count each (tokens + 1, up to 65,535; 0: not noted), so the
 * matches of a query, which come in rowid order, are covered by a few
 * blobs. rcp_rank() (rank.c) keeps the blobs it has read per connection
 * and drops them when the database changes; a length not noted there is
 * read with xColumnSize, so scores are the same either way.
 *
 * Writers note the sources they indexed with RCP_DOCLEN_NOTE (one
 * statement for a range of rowids: rcp__search_index notes one source, a
 * bulk load a batch; a statement per row in a bulk load would cost more
 * than the indexing, as each write makes FTS5 write out its pending
 * terms). SQL functions:
 *   rcp_doclen_chunk(id, sz[, lens])  aggregate: the blob of a chunk,
 *                                     from lens (its blob so far) and
 *                                     the rows' docsize records sz
 *   rcp_doclen_put(lens, id, sz)      lens (or an empty blob) with the
 *                                     entry for id set
 */
#include <string.h>

#include "internal.h"

/* The tokens a docsize record counts: one SQLite varint per column (most
 * significant seven bits first; a ninth byte gives eight). */
static int64_t docsize_total(const unsigned char *p, int n)
{
	int64_t total = 0;
	int i = 0;
	while (i < n) {
		uint64_t v = 0;
		for (int k = 0; i < n; k++) {
			unsigned char c = p[i++];
			if (k == 8) {
				v = v << 8 | c;
				break;
			}
			v = v << 7 | (c & 0x7F);
			if (!(c & 0x80))
				break;
		}
		total += (int64_t)(v > INT32_MAX ? INT32_MAX : v);
	}
	return total;
}

uint16_t rcp__doclen_code(int64_t tokens)
{
	return tokens < 0 ? 0 : tokens >= 65534 ? 65535 : (uint16_t)(tokens + 1);
}

/* Set the entry of id in the chunk blob b (DOCLEN_BYTES) from docsize. */
static void put_entry(unsigned char *b, int64_t id, sqlite3_value *sz)
{
	if (sqlite3_value_type(sz) != SQLITE_BLOB)
		return;
	uint16_t code = rcp__doclen_code(
		docsize_total(sqlite3_value_blob(sz), sqlite3_value_bytes(sz)));
	size_t off = 2 * (size_t)(id & (RCP_DOCLEN_DOCS - 1));
	b[off] = (unsigned char)(code & 0xFF);
	b[off + 1] = (unsigned char)(code >> 8);
}

static void put_fn(sqlite3_context *c, int argc, sqlite3_value **argv)
{
	(void)argc;
	unsigned char b[RCP_DOCLEN_BYTES];
	memset(b, 0, sizeof b);
	if (sqlite3_value_type(argv[0]) == SQLITE_BLOB &&
	    sqlite3_value_bytes(argv[0]) == RCP_DOCLEN_BYTES)
		memcpy(b, sqlite3_value_blob(argv[0]), sizeof b);
	put_entry(b, sqlite3_value_int64(argv[1]), argv[2]);
	sqlite3_result_blob(c, b, sizeof b, SQLITE_TRANSIENT);
}

typedef struct chunk_acc {
	int started;
	unsigned char b[RCP_DOCLEN_BYTES];
} chunk_acc;

static void chunk_step(sqlite3_context *c, int argc, sqlite3_value **argv)
{
	chunk_acc *a = sqlite3_aggregate_context(c, sizeof *a);
	if (!a) {
		sqlite3_result_error_nomem(c);
		return;
	}
	if (!a->started) {
		/* the chunk's blob so far, when there is one */
		a->started = 1;
		if (argc > 2 && sqlite3_value_type(argv[2]) == SQLITE_BLOB &&
		    sqlite3_value_bytes(argv[2]) == RCP_DOCLEN_BYTES)
			memcpy(a->b, sqlite3_value_blob(argv[2]), RCP_DOCLEN_BYTES);
	}
	put_entry(a->b, sqlite3_value_int64(argv[0]), argv[1]);
}

static void chunk_final(sqlite3_context *c)
{
	chunk_acc *a = sqlite3_aggregate_context(c, 0);
	if (a)
		sqlite3_result_blob(c, a->b, RCP_DOCLEN_BYTES, SQLITE_TRANSIENT);
	else
		sqlite3_result_zeroblob(c, RCP_DOCLEN_BYTES);
}

rcp_status rcp__search_register_doclen(sqlite3 *db, rcp_error *err)
{
	if (sqlite3_create_function(db, "rcp_doclen_put", 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
	                            NULL, put_fn, NULL, NULL) != SQLITE_OK ||
	    sqlite3_create_function(db, "rcp_doclen_chunk", 2, SQLITE_UTF8, NULL, NULL,
	                            chunk_step, chunk_final) != SQLITE_OK ||
	    sqlite3_create_function(db, "rcp_doclen_chunk", 3, SQLITE_UTF8, NULL, NULL,
	                            chunk_step, chunk_final) != SQLITE_OK)
		return rcp__error_db(err, db, "cannot register the search functions");
	return RCP_OK;
}
