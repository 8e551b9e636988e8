/*
 * names.h — the compiled name index (names_file.c owns its layout and its
 * file on disk; match.c, above it, builds blocks and reads them): flat tables addressed by 32-bit indices and string
 * offsets, the same bytes in memory and on disk, so an index built here
 * and one mapped from "<db>.names" answer through the same code.
 *
 * Layout (docs/formats.md): a header of NX_HEADER bytes, then sections,
 * each 8-aligned, in the order of the NX_* enum. Maps from a string
 * (word, key, compact key, identifier) are bucketed hash tables: bucket b
 * holds slots boff[b]..boff[b+1], two on average, each a value whose
 * string is compared with the key looked up. Everything is as small as it
 * can be: a screening of thousands of holdings touches most pages of the
 * file (and the kernel maps pages around each one it faults), so its
 * resident memory is the file's size.
 */
#ifndef RCP_SCREEN_NAMES_H
#define RCP_SCREEN_NAMES_H

#include "internal.h"

#define NX_NONE UINT32_MAX
#define NX_SINGLE 0x80000000u /* a map's slot holding its one value itself */
#define NX_MAGIC "RCPNAMES"
#define NX_VERSION 2 /* 2: written-out legal forms removed from keys */
#define NX_HEADER 512
#define NX_BYTE_ORDER 0x01020304u

typedef struct nx_ent {
	uint32_t id, name, tier; /* string offsets; tier NX_NONE */
	uint32_t parent;         /* entity index, NX_NONE */
	uint32_t first_name, nnames; /* its names are contiguous */
	uint16_t cats; /* RCP_CAT_* */
	uint8_t forms, pad; /* RCP__FORM_* its names carry */
} nx_ent;

typedef struct nx_name {
	uint32_t ent;
	uint32_t text, key; /* string offsets: as written, normalized (names of one key share it) */
	uint32_t tok;       /* its ntok word ids start at toks[tok] */
	uint16_t klen, clen; /* clen: of the key without its spaces, not stored */
	uint8_t ntok, exact_only, flags, forms;
	float wsum; /* sum of its words' weights */
} nx_name;

typedef struct nx_word {
	uint32_t text, df; /* string offset; names it is posted for */
	float weight;
	uint16_t len;
	uint8_t org, pad; /* org: an organizational word ("holdings") */
} nx_word;

typedef struct nx_slot {
	uint32_t val; /* word id, or a map's value or list */
} nx_slot;

enum {
	NX_ENTS, NX_NAMES, NX_TOKS, NX_WORDS, NX_POST_OFF, NX_POST,
	NX_WORD_B, NX_WORD_S,                              /* word -> word id */
	NX_KEY_B, NX_KEY_S, NX_KEY_OFF, NX_KEY_POST,       /* key -> names */
	NX_COMP_B, NX_COMP_S, NX_COMP_OFF, NX_COMP_POST,   /* compact key -> names */
	NX_ID_B, NX_ID_S, NX_ID_KEY, NX_ID_OFF, NX_ID_POST, /* "isin:.." -> entities */
	NX_STRINGS,
	NX_NSEC
};

typedef struct nx_header {
	char magic[8];
	uint32_t version, header_size, byte_order, pad;
	uint64_t block_len; /* the whole block, header included */
	uint64_t checksum;  /* of the block with this field zero */
	char stamp[48];     /* rcp_registry_stamp() it was built at, "" when none */
	uint64_t off[NX_NSEC], n[NX_NSEC]; /* each section's byte offset and elements */
} nx_header;

_Static_assert(sizeof(nx_header) <= NX_HEADER, "name index header fits");

/* Bytes of one element of each section. */
extern const size_t rcp__nx_elem[NX_NSEC];

/* The sections of a block, typed. */
typedef struct nx_view {
	const nx_ent *ents;
	const nx_name *names;
	const uint32_t *toks;
	const nx_word *words;
	const uint32_t *post_off, *post;
	const uint32_t *sec32[NX_NSEC]; /* the uint32 sections by NX_* */
	const nx_slot *word_s, *key_s, *comp_s, *id_s;
	const char *strings;
	uint64_t n[NX_NSEC];
	uint32_t nents, nnames, nwords;
} nx_view;

/* Point v at the sections of the block whose header h describes. */
void rcp__nx_view(nx_view *v, const unsigned char *block);
/* NULL when a header's sizes and offsets describe a well-formed block of
 * len bytes, else why not. */
const char *rcp__nx_header_check(const nx_header *h, size_t len);

/* Write a compiled block of len bytes, its header stamped with stamp, to
 * path: a temporary file renamed over it (names_file.c). */
rcp_status rcp__nx_save(const void *block, size_t len, const char *stamp, const char *path,
                        rcp_error *err);
/* Map the block that rcp__nx_save() wrote to path, checked; its length in
 * *len and its stamp in stamp (when not NULL). Unmap with rcp__nx_unmap(). */
void *rcp__nx_map(const char *path, char stamp[48], size_t *len, rcp_error *err);
/* Unmap a mapped block. */
void rcp__nx_unmap(void *p, size_t n);

#endif
