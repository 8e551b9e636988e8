/*
 * records.c — the streaming record reader behind `receipts scan`.
 *
 * Lines: each line (without its end of line) is a record. CSV (RFC 4180):
 * quoted fields may hold separators, doubled quotes and newlines; a record
 * spans lines until its quotes close; the chosen column is the record's
 * text. JSON lines: one object per line, the chosen top-level string field
 * is the text. Memory is bounded by max: a longer record is skipped with an
 * error naming its number, and reading goes on. CSV is read byte by byte
 * from the same blocks as lines, so a record of any length (a 1 GB line)
 * takes max bytes, not its length (getline took it whole).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

/* Lines and JSON lines are read in blocks of this much with read(2) and
 * split in place (small enough that the scan finds the bytes read still in
 * the L2 cache); a longer line grows the block up to max + 2 bytes. */
#define BLOCK_SIZE ((size_t)1 << 17)

struct rcp_records {
	FILE *f;
	rcp_records_mode mode;
	int column;
	char *field;
	size_t max;
	/* the file's bytes blk[head..tail), of blk_cap (plus one for a
	 * terminating NUL) */
	char *blk;
	size_t blk_cap, head, tail;
	int eof;
	rcp_buf rec;    /* the current record's text */
	json_t *json;
	int64_t number;
	uint64_t bytes;
};

rcp_records *rcp_records_open(FILE *f, rcp_records_mode mode, int column, const char *field,
                              size_t max)
{
	rcp_records *r = rcp__xcalloc(1, sizeof *r);
	r->f = f;
	r->mode = mode;
	r->column = column > 0 ? column : 1;
	r->field = field ? rcp__xstrdup(field) : NULL;
	r->max = max ? max : ((size_t)16 << 20);
	rcp__buf_init(&r->rec, 0);
	r->blk_cap = BLOCK_SIZE;
	r->blk = rcp__xmalloc(r->blk_cap + 1);
	return r;
}

void rcp_records_free(rcp_records *r)
{
	if (!r)
		return;
	free(r->field);
	free(r->blk);
	rcp__buf_release(&r->rec);
	json_decref(r->json);
	free(r);
}

uint64_t rcp_records_bytes(const rcp_records *r)
{
	return r->bytes;
}

/* More bytes after blk[tail], as many as one read gives (a terminal or a
 * pipe gives what it has: a stream filter must not wait for a block);
 * sets eof at the end or on an error. */
static void fill(rcp_records *r)
{
	int fd = fileno(r->f);
	/* a block at a time, also into a block grown for a long line: what
	 * is read is scanned while it is still in the cache */
	size_t room = r->blk_cap - r->tail < BLOCK_SIZE ? r->blk_cap - r->tail : BLOCK_SIZE;
	if (fd < 0) {
		/* a stream without a descriptor (fmemopen): through stdio */
		size_t got = fread(r->blk + r->tail, 1, room, r->f);
		r->tail += got;
		r->eof = got == 0;
		return;
	}
	for (;;) {
		ssize_t got = read(fd, r->blk + r->tail, room);
		if (got > 0) {
			r->tail += (size_t)got;
			return;
		}
		if (got < 0 && errno == EINTR)
			continue;
		r->eof = 1;
		return;
	}
}

/* What a block must hold for the rest of a regular file to fit after
 * the bytes it holds (plus one, to see the end), or 0: a line longer than
 * the block then grows it once, not by doubling, each doubling a copy of
 * what was read (a text of 64 MiB with no line break took a third more
 * CPU for those copies and the memory they faulted in). */
static size_t file_rest(const rcp_records *r)
{
	int fd = fileno(r->f);
	struct stat st;
	off_t at;
	if (fd < 0 || fstat(fd, &st) || !S_ISREG(st.st_mode) || (at = lseek(fd, 0, SEEK_CUR)) < 0 ||
	    st.st_size <= at)
		return 0;
	return r->tail + (size_t)(st.st_size - at) + 1;
}

/* Next line from the blocks, like next_line() but without a copy: *line
 * points into the block, valid until the next call. A line that does not
 * fit in max + 2 bytes (its end of line included) is read past and
 * reported with a length over max, its bytes dropped: memory stays
 * bounded. -1 at the end. */
static ssize_t next_block_line(rcp_records *r, char **line)
{
	size_t scanned = 0, dropped = 0;
	for (;;) {
		char *p = r->blk + r->head;
		size_t avail = r->tail - r->head;
		char *nl = scanned < avail ? memchr(p + scanned, '\n', avail - scanned) : NULL;
		if (nl || (r->eof && (avail || dropped))) {
			size_t n = nl ? (size_t)(nl - p) : avail, used = n + (nl != NULL);
			r->head += used;
			r->bytes += used;
			if (dropped) {
				*line = p;
				return (ssize_t)(r->max + 1 > dropped + n ? r->max + 1 : dropped + n);
			}
			if (n && p[n - 1] == '\r')
				n--;
			p[n] = '\0'; /* blk has a byte past blk_cap for this */
			*line = p;
			return (ssize_t)n;
		}
		if (r->eof)
			return -1;
		scanned = avail;
		if (r->head) { /* the partial line to the front */
			memmove(r->blk, p, avail);
			r->head = 0;
			r->tail = avail;
		}
		if (r->tail == r->blk_cap) {
			size_t limit = r->max + 2 > BLOCK_SIZE ? r->max + 2 : BLOCK_SIZE;
			if (r->blk_cap < limit) {
				size_t want = file_rest(r);
				if (want < r->blk_cap * 2)
					want = r->blk_cap * 2;
				r->blk_cap = want < limit ? want : limit;
				r->blk = rcp__xrealloc(r->blk, r->blk_cap + 1);
			} else {
				/* over max whatever follows: drop what is read */
				r->bytes += r->tail;
				dropped += r->tail;
				r->tail = 0;
				scanned = 0;
			}
		}
		fill(r);
	}
}

static int too_big(rcp_records *r, rcp_error *err)
{
	char num[32];
	snprintf(num, sizeof num, "%lld", (long long)r->number);
	rcp__error_set(err, RCP_ETOOBIG, "record too large", num, "over %zu bytes; skipped", r->max);
	if (err)
		err->offset = r->number;
	return -1;
}

/* The next byte of the file, left unread, or -1 at its end (CSV). */
static int peek_byte(rcp_records *r)
{
	if (r->head == r->tail) {
		r->head = r->tail = 0;
		if (r->eof)
			return -1;
		fill(r);
		if (r->head == r->tail)
			return -1;
	}
	return (unsigned char)r->blk[r->head];
}

/* The next byte of the file, read, or -1 at its end (CSV). */
static int next_byte(rcp_records *r)
{
	int c = peek_byte(r);
	if (c >= 0) {
		r->head++;
		r->bytes++;
	}
	return c;
}

/* One CSV record: the chosen column's text into r->rec, at most max + 1
 * bytes of it kept. A CR before a LF is dropped, inside quotes too. */
static int next_csv(rcp_records *r, rcp_error *err)
{
	int c = next_byte(r);
	if (c < 0)
		return 0;
	r->number++;
	r->rec.len = 0;
	if (r->rec.data)
		r->rec.data[0] = '\0';
	int col = 1, quoted = 0, at_start = 1;
	for (; c >= 0; c = next_byte(r)) {
		if (c == '\r' && (peek_byte(r) == '\n' || peek_byte(r) < 0))
			continue;
		if (quoted) {
			if (c == '"') {
				if (peek_byte(r) != '"') {
					quoted = 0;
					continue;
				}
				next_byte(r);
			}
		} else if (c == '\n') {
			break;
		} else if (c == ',') {
			col++;
			at_start = 1;
			continue;
		} else if (c == '"' && at_start) {
			quoted = 1;
			at_start = 0;
			continue;
		}
		at_start = 0;
		if (col == r->column && r->rec.len <= r->max)
			(void)rcp__buf_putc(&r->rec, (char)c);
	}
	if (quoted) {
		char num[32];
		snprintf(num, sizeof num, "%lld", (long long)r->number);
		rcp__error_set(err, RCP_EPARSE, "broken CSV quoting", num,
		               "a quoted field is not closed before the end of input");
		if (err)
			err->offset = r->number;
		return -1;
	}
	if (r->rec.len > r->max)
		return too_big(r, err);
	return 1;
}

int rcp_records_next(rcp_records *r, const char **text, size_t *len, int64_t *number,
                     rcp_error *err)
{
	for (;;) {
		int got;
		if (r->mode == RCP_RECORDS_CSV) {
			got = next_csv(r, err);
			if (got <= 0)
				return got;
			*text = r->rec.data ? r->rec.data : "";
			*len = r->rec.len;
			*number = r->number;
			return 1;
		}
		char *line;
		ssize_t n = next_block_line(r, &line);
		if (n < 0)
			return 0;
		r->number++;
		if ((size_t)n > r->max)
			return too_big(r, err);
		if (r->mode == RCP_RECORDS_LINES) {
			*text = line;
			*len = (size_t)n;
			*number = r->number;
			return 1;
		}
		/* JSON lines */
		if (n == 0)
			continue;
		json_decref(r->json);
		json_error_t je;
		r->json = json_loadb(line, (size_t)n, 0, &je);
		char num[32];
		snprintf(num, sizeof num, "%lld", (long long)r->number);
		if (!r->json || !json_is_object(r->json)) {
			rcp__error_set(err, RCP_EPARSE, "invalid JSON line", num, "%s",
			               r->json ? "not an object" : je.text);
			if (err)
				err->offset = r->number;
			return -1;
		}
		json_t *v = json_object_get(r->json, r->field ? r->field : "text");
		if (!v || json_is_null(v))
			continue; /* nothing to scan in this record */
		if (!json_is_string(v)) {
			rcp__error_set(err, RCP_EPARSE, "invalid JSON line", num, "field '%s' is not a string",
			               r->field ? r->field : "text");
			if (err)
				err->offset = r->number;
			return -1;
		}
		*text = json_string_value(v);
		*len = json_string_length(v);
		*number = r->number;
		return 1;
	}
}

/* ---- output lines ---- */

/* Can s[0..n) go between quotes as it is? Bytes of 0x20-0x7F other than
 * the quote and the backslash, or valid UTF-8: what jansson's dump copies
 * without an escape. */
#if defined(__GNUC__)
#define OUT_INLINE static inline __attribute__((always_inline))
#else
#define OUT_INLINE static inline
#endif

OUT_INLINE int plain_json(const char *s, size_t n)
{
	const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
	uint64_t high8 = 0;
	size_t i = 0;
	/* eight bytes at a time: a byte under 0x20, a quote or a backslash
	 * (the has-less and has-zero bit tricks; exact about whether there is
	 * one), and the high bits */
	for (; i + 8 <= n; i += 8) {
		uint64_t x, q, b;
		memcpy(&x, s + i, 8);
		q = x ^ (ones * '"');
		b = x ^ (ones * '\\');
		if ((((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((b - ones) & ~b)) & highs)
			return 0;
		high8 |= x & highs;
	}
	/* the rest (most ids and mentions are shorter than eight bytes):
	 * eight bytes again, overlapping what was checked, or two fours, or
	 * what there is padded with spaces */
	if (i < n) {
		uint64_t x, q, b;
		if (n >= 8) {
			memcpy(&x, s + n - 8, 8);
		} else if (n >= 4) {
			uint32_t lo, hi;
			memcpy(&lo, s, 4);
			memcpy(&hi, s + n - 4, 4);
			x = lo | (uint64_t)hi << 32;
		} else {
			x = ones * ' ';
			for (size_t j = 0; j < n; j++)
				x = (x & ~(0xFFull << (8 * j))) | (uint64_t)(unsigned char)s[j] << (8 * j);
		}
		q = x ^ (ones * '"');
		b = x ^ (ones * '\\');
		if ((((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((b - ones) & ~b)) & highs)
			return 0;
		high8 |= x & highs;
	}
	int high = high8 != 0;
	return !high || rcp__utf8_valid(s, n);
}

int rcp_scan_plain(const char *s, size_t n)
{
	return plain_json(s, n);
}

/* A short string (most ids and mentions) without a call to memcpy: two
 * overlapping moves of eight or four bytes. */
OUT_INLINE char *put_str(char *o, const char *s, size_t n)
{
	if (n >= 8 && n <= 16) {
		uint64_t x, y;
		memcpy(&x, s, 8);
		memcpy(&y, s + n - 8, 8);
		memcpy(o, &x, 8);
		memcpy(o + n - 8, &y, 8);
	} else if (n >= 4 && n < 8) {
		uint32_t x, y;
		memcpy(&x, s, 4);
		memcpy(&y, s + n - 4, 4);
		memcpy(o, &x, 4);
		memcpy(o + n - 4, &y, 4);
	} else if (n < 4) {
		for (size_t i = 0; i < n; i++)
			o[i] = s[i];
	} else {
		memcpy(o, s, n);
	}
	return o + n;
}

/* Two digits at a time, written in place from the last: offsets and
 * record numbers are most of a line's figures, and a division per digit
 * was a tenth of printing one. */
static const char digits2[201] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                 "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                 "8081828384858687888990919293949596979899";

/* The eight digits of v < 10^8, most significant first in memory (ASCII
 * less '0'): the two halves of four digits, each split in two of two, in
 * lanes of one word, each split again (divisions by a multiply and a
 * shift; Lemire's and Khuong's way). */
OUT_INLINE uint64_t digits8(uint32_t v)
{
	uint64_t merged = (uint64_t)(v / 10000) | (uint64_t)(v % 10000) << 32;
	uint64_t top = ((merged * 10486ull) >> 20) & (0x7Full << 32 | 0x7Full);
	uint64_t bot = merged - 100ull * top;
	uint64_t hundreds = (bot << 16) + top;
	uint64_t tens = (hundreds * 103ull) >> 10;
	tens &= 0xFull << 48 | 0xFull << 32 | 0xFull << 16 | 0xFull;
	tens += (hundreds - 10ull * tens) << 8;
	return tens;
}

/* v in decimal at o. Under 10^8 (offsets, record numbers): eight digits
 * made at once, the leading zeros shifted out, eight bytes stored (the
 * caller leaves room: a line's budget counts twenty per figure) and no
 * branch on the length, which a division per digit had. */
OUT_INLINE char *put_u64(char *o, uint64_t v)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (v < 100000000) {
		unsigned n = 1 + (v >= 10) + (v >= 100) + (v >= 1000) + (v >= 10000) + (v >= 100000) +
		             (v >= 1000000) + (v >= 10000000);
		uint64_t d = (digits8((uint32_t)v) + 0x3030303030303030ull) >> (8 * (8 - n));
		memcpy(o, &d, 8);
		return o + n;
	}
#endif
	unsigned n = 1;
	for (uint64_t p = 10; n < 20 && v >= p; p *= 10)
		n++;
	char *e = o + n;
	while (v >= 100) {
		unsigned r = (unsigned)(v % 100);
		v /= 100;
		e -= 2;
		e[0] = digits2[2 * r];
		e[1] = digits2[2 * r + 1];
	}
	if (v >= 10) {
		e[-2] = digits2[2 * v];
		e[-1] = digits2[2 * v + 1];
	} else {
		e[-1] = (char)('0' + v);
	}
	return o + n;
}

size_t rcp_scan_head(char *out, int64_t record)
{
	if (record < 0)
		return 0;
	char *o = out;
	o = put_str(o, "{\"record\":", 10);
	o = put_u64(o, (uint64_t)record);
	o = put_str(o, ",\"entity\":\"", 11);
	return (size_t)(o - out);
}

size_t rcp_scan_line_parts(char *out, size_t cap, const char *head, size_t head_len,
                           const char *entity, size_t elen, uint32_t start, uint32_t end,
                           const char *text, size_t len)
{
	/* the rest of the keys and punctuation take 29 bytes, the offsets at
	 * most 20 */
	if (len > cap || elen > cap || head_len > RCP_SCAN_HEAD_MAX ||
	    len + elen + head_len + 64 > cap || !plain_json(text, len))
		return 0;
	char *o = out;
	o = put_str(o, head, head_len);
	o = put_str(o, entity, elen);
	o = put_str(o, "\",\"start\":", 10);
	o = put_u64(o, start);
	o = put_str(o, ",\"end\":", 7);
	o = put_u64(o, end);
	o = put_str(o, ",\"text\":\"", 9);
	o = put_str(o, text, len);
	o = put_str(o, "\"}\n", 3);
	return (size_t)(o - out);
}

size_t rcp_scan_line(char *out, size_t cap, int64_t record, const char *entity,
                     uint32_t start, uint32_t end, const char *text, size_t len)
{
	char head[RCP_SCAN_HEAD_MAX];
	size_t elen = strlen(entity), hlen = rcp_scan_head(head, record);
	if (!hlen || elen > cap || !plain_json(entity, elen))
		return 0;
	return rcp_scan_line_parts(out, cap, head, hlen, entity, elen, start, end, text, len);
}
