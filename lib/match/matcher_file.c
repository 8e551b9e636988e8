/*
 * matcher_file.c — a compiled matcher on disk, mapped back with mmap.
 *
 * Layout: a 128-byte header (magic, version, table sizes, the registry
 * stamp it was built from, the block length) and the block of tables
 * exactly as build.c lays them out. Loading checks every size and every
 * index, so a truncated or damaged file is refused, never followed.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "match_internal.h"

#define MAGIC "RCPMATCH"
#define VERSION 6
#define HEADER 128

typedef struct file_header {
	char magic[8];
	uint32_t version, header_size;
	uint32_t n_tokens, vocab_cap, n_nodes, n_terms, n_aliases, n_entities;
	uint32_t strings_len, max_tokens, filter_words, pair_words;
	uint64_t block_len;
	char stamp[48];
} file_header;

_Static_assert(sizeof(file_header) <= HEADER, "matcher header fits");

void rcp__unmap(void *p, size_t n)
{
	if (p)
		munmap(p, n);
}

static size_t align8(size_t n)
{
	return (n + 7) & ~(size_t)7;
}

rcp_status rcp_matcher_save(const rcp_matcher *m, const char *path, rcp_error *err)
{
	/* the file is renamed into place: over a device or a pipe that would
	 * replace it (`-o /dev/null` run as root took /dev/null away) */
	struct stat sb;
	if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode))
		return rcp__error_set(err, RCP_EIO, "cannot write", path, "not a regular file");
	char tmp[4096];
	snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)getpid());
	FILE *f = fopen(tmp, "wb");
	if (!f)
		return rcp__error_set(err, RCP_EIO, "cannot write", tmp, "%s", strerror(errno));
	unsigned char head[HEADER];
	memset(head, 0, sizeof head);
	file_header h;
	memset(&h, 0, sizeof h);
	memcpy(h.magic, MAGIC, 8);
	h.version = VERSION;
	h.header_size = HEADER;
	h.n_tokens = m->n_tokens;
	h.vocab_cap = m->vocab_cap;
	h.n_nodes = m->n_nodes;
	h.n_terms = m->n_terms;
	h.n_aliases = m->n_aliases;
	h.n_entities = m->n_entities;
	h.strings_len = m->strings_len;
	h.max_tokens = m->max_tokens;
	h.filter_words = m->filter_words;
	h.pair_words = m->pair_words;
	memcpy(h.stamp, m->stamp, sizeof h.stamp);
	/* a mapped matcher's block starts after the file's own header */
	const char *block = (const char *)m->block + (m->mapped ? HEADER : 0);
	size_t block_len = m->block_len - (m->mapped ? HEADER : 0);
	h.block_len = block_len;
	memcpy(head, &h, sizeof h);
	int ok = fwrite(head, 1, HEADER, f) == HEADER &&
	         fwrite(block, 1, block_len, f) == block_len;
	ok = (fflush(f) == 0) && ok;
	ok = (fsync(fileno(f)) == 0) && ok;
	ok = (fclose(f) == 0) && ok;
	if (!ok || rename(tmp, path) != 0) {
		int e = errno;
		unlink(tmp);
		return rcp__error_set(err, RCP_EIO, "cannot write", path, "%s", strerror(e));
	}
	return RCP_OK;
}

static rcp_matcher *bad(rcp_error *err, const char *path, const char *why, void *map, size_t n)
{
	rcp__unmap(map, n);
	rcp__error_set(err, RCP_ECORRUPT, "not a usable matcher file", path, "%s", why);
	return NULL;
}

rcp_matcher *rcp_matcher_load(const char *path, rcp_error *err)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		rcp__error_set(err, RCP_EIO, "cannot open", path, "%s", strerror(errno));
		return NULL;
	}
	struct stat sb;
	if (fstat(fd, &sb) < 0 || sb.st_size < HEADER) {
		close(fd);
		rcp__error_set(err, RCP_ECORRUPT, "not a usable matcher file", path, "too short");
		return NULL;
	}
	size_t n = (size_t)sb.st_size;
	void *map = mmap(NULL, n, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (map == MAP_FAILED) {
		rcp__error_set(err, RCP_EIO, "cannot map", path, "%s", strerror(errno));
		return NULL;
	}
	file_header h;
	memcpy(&h, map, sizeof h);
	if (memcmp(h.magic, MAGIC, 8))
		return bad(err, path, "wrong magic number", map, n);
	if (h.version != VERSION || h.header_size != HEADER)
		return bad(err, path, "made by another version of receipts", map, n);
	if (h.block_len != n - HEADER)
		return bad(err, path, "truncated or padded", map, n);
	size_t sz_filter = (size_t)h.filter_words * 8;
	size_t sz_pairs = (size_t)h.pair_words * 8;
	size_t sz_vocab = align8((size_t)h.vocab_cap * sizeof(mt_vocab));
	size_t sz_cstart = align8(((size_t)h.n_nodes + 1) * 4);
	size_t sz_label = align8((size_t)h.n_nodes * 4);
	size_t sz_tstart = align8(((size_t)h.n_nodes + 1) * 4);
	size_t sz_terms = align8((size_t)h.n_terms * 4);
	size_t sz_aliases = align8((size_t)h.n_aliases * sizeof(mt_alias));
	size_t sz_ents = align8((size_t)h.n_entities * sizeof(mt_entity));
	size_t sz_strings = align8(h.strings_len);
	if (h.filter_words < 8 || (h.filter_words & (h.filter_words - 1)) ||
	    h.pair_words < 8 || (h.pair_words & (h.pair_words - 1)) ||
	    sz_filter + sz_pairs + sz_vocab + sz_cstart + sz_label + sz_tstart + sz_terms + sz_aliases +
	        sz_ents + sz_strings != h.block_len ||
	    h.vocab_cap < 16 || (h.vocab_cap & (h.vocab_cap - 1)) || h.vocab_cap <= h.n_tokens ||
	    h.n_nodes == 0 || h.n_nodes > MT_ROOT_NODE || h.strings_len == 0 || h.max_tokens > 64)
		return bad(err, path, "table sizes do not add up", map, n);

	rcp_matcher *m = rcp__xcalloc(1, sizeof *m);
	const char *p = (const char *)map + HEADER;
	m->filter = (const uint64_t *)p; p += sz_filter;
	m->pairs = (const uint64_t *)p; p += sz_pairs;
	m->vocab = (const mt_vocab *)p; p += sz_vocab;
	m->child_start = (const uint32_t *)p; p += sz_cstart;
	m->label = (const uint32_t *)p; p += sz_label;
	m->term_start = (const uint32_t *)p; p += sz_tstart;
	m->terms = (const uint32_t *)p; p += sz_terms;
	m->aliases = (const mt_alias *)p; p += sz_aliases;
	m->entities = (const mt_entity *)p; p += sz_ents;
	m->strings = p;
	m->n_tokens = h.n_tokens;
	m->vocab_cap = h.vocab_cap;
	m->n_nodes = h.n_nodes;
	m->n_terms = h.n_terms;
	m->n_aliases = h.n_aliases;
	m->n_entities = h.n_entities;
	m->strings_len = h.strings_len;
	m->max_tokens = h.max_tokens;
	m->filter_words = h.filter_words;
	m->pair_words = h.pair_words;
	m->pair_shift = 64 - mt_log2(h.pair_words);
	m->vocab_shift = 64 - mt_log2(h.vocab_cap);
	m->filter_shift = 64 - mt_log2(h.filter_words);
	memcpy(m->stamp, h.stamp, sizeof m->stamp);
	m->stamp[sizeof m->stamp - 1] = '\0';
	m->block = map;
	m->block_len = n;
	m->mapped = 1;

	/* every index in range: a damaged file is refused here, not followed */
	const char *why = NULL;
	if (m->strings[m->strings_len - 1] != '\0')
		why = "string pool not terminated";
	uint32_t empty = 0;
	for (uint32_t i = 0; !why && i < m->vocab_cap; i++) {
		const mt_vocab *v = &m->vocab[i];
		if (!v->id)
			empty++;
		else if (v->id > m->n_tokens || (v->root & MT_ROOT_NODE) >= m->n_nodes)
			why = "vocabulary entry out of range";
	}
	if (!why && !empty)
		why = "vocabulary table full"; /* a lookup would never end */
	/* children: consecutive ranges that never go back, each after its
	 * parent, so a walk only goes down */
	if (!why && m->child_start[m->n_nodes] > m->n_nodes)
		why = "trie edge out of range";
	for (uint32_t i = 0; !why && i < m->n_nodes; i++)
		if (m->child_start[i] > m->child_start[i + 1] || m->child_start[i] <= i ||
		    m->label[i] > m->n_tokens)
			why = "trie out of order";
	for (uint32_t i = 0; !why && i < m->n_nodes; i++)
		if (m->term_start[i] > m->term_start[i + 1])
			why = "node tables out of order";
	if (!why && m->term_start[m->n_nodes] != m->n_terms)
		why = "node tables do not end where they should";
	for (uint32_t i = 0; !why && i < m->n_terms; i++)
		if (m->terms[i] >= m->n_aliases)
			why = "alias index out of range";
	for (uint32_t i = 0; !why && i < m->n_aliases; i++) {
		const mt_alias *a = &m->aliases[i];
		if (a->entity >= m->n_entities || a->text_off >= m->strings_len ||
		    (uint64_t)a->text_off + a->text_len >= m->strings_len || a->ntok > m->max_tokens)
			why = "alias out of range";
	}
	for (uint32_t i = 0; !why && i < m->n_entities; i++) {
		const mt_entity *e = &m->entities[i];
		if (e->id_off >= m->strings_len || e->name_off >= m->strings_len ||
		    e->parent >= (int32_t)m->n_entities || e->parent < -1)
			why = "entity out of range";
	}
	if (why) {
		free(m);
		return bad(err, path, why, map, n);
	}
	return m;
}
