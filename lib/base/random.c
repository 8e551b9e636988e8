/*
 * random.c — unguessable tokens for callers outside the store (the web
 * server's report downloads), from libsodium's system generator.
 */
#include <sodium.h>
#include <stdlib.h>

#include "internal.h"

void rcp_random_hex(char *out, size_t bytes)
{
	static const char hex[] = "0123456789abcdef";
	if (sodium_init() < 0)
		abort(); /* no randomness: nothing safe to do */
	for (size_t i = 0; i < bytes; i++) {
		unsigned char c;
		randombytes_buf(&c, 1);
		out[2 * i] = hex[c >> 4];
		out[2 * i + 1] = hex[c & 15];
	}
	out[2 * bytes] = '\0';
}
