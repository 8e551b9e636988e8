/*
 * names_file.c — the compiled name index's layout (names.h) and the block
 * on disk, "<db>.names", mapped back with mmap (the model is
 * lib/match/matcher_file.c). It knows blocks, not indexes: match.c, above
 * it, compiles a block and wraps a mapped one.
 *
 * The file is the block match.c compiles, byte for byte: a header (magic,
 * version, byte order, the registry stamp it was built at, each section's
 * offset and size, a checksum) and the sections. It is written to
 * "<db>.names.tmp.<pid>" and renamed over the old one, so a reader sees
 * the old file or the new one, never half of one; a process killed while
 * writing leaves the temporary file, which the next open removes (db.c).
 *
 * Mapping reads the header and checks that the sections tile the file
 * exactly, then checks the whole file's checksum, dropping each piece
 * from the process's memory once read, so the pages a screening never
 * needs do not stay resident. A truncated, damaged or foreign file is refused, never
 * followed: the caller rebuilds.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "names.h"

/* ---- the layout ---- */

const size_t rcp__nx_elem[NX_NSEC] = {
	[NX_ENTS] = sizeof(nx_ent), [NX_NAMES] = sizeof(nx_name), [NX_TOKS] = 4,
	[NX_WORDS] = sizeof(nx_word), [NX_POST_OFF] = 4, [NX_POST] = 4,
	[NX_WORD_B] = 4, [NX_WORD_S] = sizeof(nx_slot),
	[NX_KEY_B] = 4, [NX_KEY_S] = sizeof(nx_slot), [NX_KEY_OFF] = 4, [NX_KEY_POST] = 4,
	[NX_COMP_B] = 4, [NX_COMP_S] = sizeof(nx_slot), [NX_COMP_OFF] = 4, [NX_COMP_POST] = 4,
	[NX_ID_B] = 4, [NX_ID_S] = sizeof(nx_slot), [NX_ID_KEY] = 4, [NX_ID_OFF] = 4,
	[NX_ID_POST] = 4, [NX_STRINGS] = 1,
};

void rcp__nx_view(nx_view *v, const unsigned char *block)
{
	const nx_header *h = (const nx_header *)block;
	memset(v, 0, sizeof *v);
	for (int i = 0; i < NX_NSEC; i++) {
		v->n[i] = h->n[i];
		if (rcp__nx_elem[i] == 4)
			v->sec32[i] = (const uint32_t *)(block + h->off[i]);
	}
	v->ents = (const nx_ent *)(block + h->off[NX_ENTS]);
	v->names = (const nx_name *)(block + h->off[NX_NAMES]);
	v->toks = v->sec32[NX_TOKS];
	v->words = (const nx_word *)(block + h->off[NX_WORDS]);
	v->post_off = v->sec32[NX_POST_OFF];
	v->post = v->sec32[NX_POST];
	v->word_s = (const nx_slot *)(block + h->off[NX_WORD_S]);
	v->key_s = (const nx_slot *)(block + h->off[NX_KEY_S]);
	v->comp_s = (const nx_slot *)(block + h->off[NX_COMP_S]);
	v->id_s = (const nx_slot *)(block + h->off[NX_ID_S]);
	v->strings = (const char *)(block + h->off[NX_STRINGS]);
	v->nents = (uint32_t)h->n[NX_ENTS];
	v->nnames = (uint32_t)h->n[NX_NAMES];
	v->nwords = (uint32_t)h->n[NX_WORDS];
}

void rcp__nx_unmap(void *p, size_t n)
{
	if (p)
		munmap(p, n);
}

/* ---- the checksum: eight lanes of xor-rotate-multiply, 64 bytes a step,
 * as fast as memory delivers them (it catches damage, not an attacker) ---- */

#define P1 0x9E3779B185EBCA87ull
#define P2 0xC2B2AE3D27D4EB4Full
#define LANES 8

typedef struct nx_sum {
	uint64_t h[LANES];
	uint64_t len;
} nx_sum;

static uint64_t rotl(uint64_t x, int r)
{
	return (x << r) | (x >> (64 - r));
}

static void sum_init(nx_sum *s)
{
	for (int k = 0; k < LANES; k++)
		s->h[k] = P1 + (uint64_t)k * P2;
	s->len = 0;
}

static void sum_step(nx_sum *s, const unsigned char *p)
{
	for (int k = 0; k < LANES; k++) {
		uint64_t w;
		memcpy(&w, p + 8 * k, 8);
		s->h[k] = rotl(s->h[k] ^ w, 29) * P1;
	}
}

/* n is a multiple of 8 * LANES except in the last call. */
static void sum_update(nx_sum *s, const unsigned char *p, size_t n)
{
	size_t i = 0;
	for (; i + 8 * LANES <= n; i += 8 * LANES)
		sum_step(s, p + i);
	if (i < n) {
		unsigned char tail[8 * LANES] = {0};
		memcpy(tail, p + i, n - i);
		sum_step(s, tail);
	}
	s->len += n;
}

static uint64_t sum_final(const nx_sum *s)
{
	uint64_t h = s->len * P2;
	for (int k = 0; k < LANES; k++)
		h = rotl(h ^ (s->h[k] * P2), 27) * P1;
	h ^= h >> 33;
	h *= P2;
	h ^= h >> 29;
	return h;
}

/* The header as summed: its checksum field zero. */
static void header_for_sum(const unsigned char *block, unsigned char out[NX_HEADER])
{
	memcpy(out, block, NX_HEADER);
	nx_header h;
	memcpy(&h, out, sizeof h);
	h.checksum = 0;
	memcpy(out, &h, sizeof h);
}

/* The checksum of a mapped file, read through the mapping a piece at a
 * time, each piece dropped from this process's memory once summed (the
 * pages stay in the page cache): checking a large file does not make it
 * resident, only what screenings then touch is. */
static uint64_t mapped_checksum(const unsigned char *map, size_t len)
{
	nx_sum s;
	sum_init(&s);
	unsigned char head[NX_HEADER];
	header_for_sum(map, head);
	sum_update(&s, head, NX_HEADER);
	const size_t piece = (size_t)4 << 20; /* a multiple of the page size and of 64 */
	for (size_t at = 0; at < len; at += piece) {
		size_t n = len - at < piece ? len - at : piece;
		size_t from = at ? at : NX_HEADER;
		sum_update(&s, map + from, at + n - from);
		madvise((void *)(map + at), n, MADV_DONTNEED);
	}
	return sum_final(&s);
}

/* ---- the header ---- */

const char *rcp__nx_header_check(const nx_header *h, size_t len)
{
	if (memcmp(h->magic, NX_MAGIC, 8))
		return "wrong magic number";
	if (h->byte_order != NX_BYTE_ORDER)
		return "written on a machine of another byte order";
	if (h->version != NX_VERSION || h->header_size != NX_HEADER)
		return "made by another version of receipts";
	if (h->block_len != len)
		return "truncated or padded";
	uint64_t at = NX_HEADER;
	for (int i = 0; i < NX_NSEC; i++) {
		if (h->off[i] != at || h->n[i] > len / rcp__nx_elem[i])
			return "sections do not add up";
		at += (h->n[i] * rcp__nx_elem[i] + 7) & ~(uint64_t)7;
		if (at > len)
			return "sections do not add up";
	}
	if (at != len)
		return "sections do not add up";
	/* the counts that tie sections together: each lookup's bounds */
	const uint64_t *n = h->n;
	if (n[NX_ENTS] >= NX_NONE || n[NX_NAMES] >= NX_NONE || n[NX_WORDS] >= NX_NONE ||
	    n[NX_STRINGS] == 0 || n[NX_STRINGS] >= NX_NONE || n[NX_POST_OFF] != n[NX_WORDS] + 1 ||
	    n[NX_WORD_S] != n[NX_WORDS] || n[NX_KEY_OFF] < 1 || n[NX_KEY_OFF] > n[NX_KEY_S] + 1 ||
	    n[NX_COMP_OFF] < 1 || n[NX_COMP_OFF] > n[NX_COMP_S] + 1 || n[NX_ID_OFF] < 1 ||
	    n[NX_ID_OFF] > n[NX_ID_S] + 1 || n[NX_ID_KEY] != n[NX_ID_S] ||
	    n[NX_NAMES] >= NX_SINGLE || n[NX_ENTS] >= NX_SINGLE)
		return "table sizes do not agree";
	static const int buckets[] = {NX_WORD_B, NX_KEY_B, NX_COMP_B, NX_ID_B};
	for (size_t i = 0; i < 4; i++) {
		uint64_t nb = n[buckets[i]] - 1;
		if (n[buckets[i]] < 2 || (nb & (nb - 1)))
			return "hash table size not a power of two";
	}
	return NULL;
}

/* ---- writing ---- */

rcp_status rcp__nx_save(const void *data, size_t len, const char *stamp, const char *path,
                       rcp_error *err)
{
	const unsigned char *block = data;
	nx_header h;
	memcpy(&h, block, sizeof h);
	memset(h.stamp, 0, sizeof h.stamp);
	snprintf(h.stamp, sizeof h.stamp, "%s", stamp ? stamp : "");
	h.checksum = 0;
	unsigned char head[NX_HEADER];
	memcpy(head, block, NX_HEADER);
	memcpy(head, &h, sizeof h);
	/* the checksum of the block with this header */
	nx_sum s;
	sum_init(&s);
	sum_update(&s, head, NX_HEADER);
	sum_update(&s, block + NX_HEADER, len - NX_HEADER);
	h.checksum = sum_final(&s);
	memcpy(head, &h, sizeof h);

	char tmp[4200];
	snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)getpid());
	FILE *f = fopen(tmp, "wb");
	if (!f)
		return rcp__error_set(err, RCP_EIO, "cannot write", tmp, "%s", strerror(errno));
	int ok = fwrite(head, 1, NX_HEADER, f) == NX_HEADER &&
	         fwrite(block + NX_HEADER, 1, len - NX_HEADER, f) == len - NX_HEADER;
	ok = (fflush(f) == 0) && ok;
	ok = (fsync(fileno(f)) == 0) && ok;
	ok = (fclose(f) == 0) && ok;
	rcp__test_kill_point("names-written");
	if (!ok || rename(tmp, path) != 0) {
		int e = errno;
		unlink(tmp);
		return rcp__error_set(err, RCP_EIO, "cannot write", path, "%s", strerror(e));
	}
	return RCP_OK;
}

/* ---- mapping ---- */

static void *refuse(rcp_error *err, const char *path, const char *why, void *map, size_t n)
{
	rcp__nx_unmap(map, n);
	rcp__error_set(err, RCP_ECORRUPT, "not a usable name index file", path, "%s", why);
	return NULL;
}

void *rcp__nx_map(const char *path, char stamp[48], size_t *len, rcp_error *err)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		rcp__error_set(err, errno == ENOENT ? RCP_ENOTFOUND : RCP_EIO, "cannot open", path,
		               "%s", strerror(errno));
		return NULL;
	}
	struct stat sb;
	if (fstat(fd, &sb) < 0 || sb.st_size < NX_HEADER) {
		close(fd);
		return refuse(err, path, "too short", NULL, 0);
	}
	size_t n = (size_t)sb.st_size;
	void *map = mmap(NULL, n, PROT_READ, MAP_PRIVATE, fd, 0);
	if (map == MAP_FAILED) {
		int e = errno;
		close(fd);
		rcp__error_set(err, RCP_EIO, "cannot map", path, "%s", strerror(e));
		return NULL;
	}
	nx_header h;
	memcpy(&h, map, sizeof h);
	const char *why = rcp__nx_header_check(&h, n);
	close(fd);
	if (!why && mapped_checksum(map, n) != h.checksum)
		why = "checksum does not match: the file is damaged";
	if (!why && ((const char *)map)[h.off[NX_STRINGS] + h.n[NX_STRINGS] - 1] != '\0')
		why = "string pool not terminated";
	if (why)
		return refuse(err, path, why, map, n);
	/* a screening reads a few places of a large file: no read-ahead */
	madvise(map, n, MADV_RANDOM);
	if (stamp) {
		memcpy(stamp, h.stamp, 48);
		stamp[47] = '\0';
	}
	*len = n;
	return map;
}
