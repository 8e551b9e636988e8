/*
 * hash.c — sha256 through libsodium.
 */
#include <sodium.h>

#include "internal.h"

void rcp_sha256_hex(const void *bytes, size_t len, char hex[65])
{
	unsigned char h[crypto_hash_sha256_BYTES];
	crypto_hash_sha256(h, bytes, len);
	sodium_bin2hex(hex, 65, h, sizeof h);
}
