/*
 * throttle.c — the login throttle (see throttle.h for the design).
 *
 * Each bucket keeps one number, its "theoretical arrival time" (tat): the
 * time at which it will have forgotten every failure it holds. A failure
 * pushes it interval seconds further; an attempt is refused while tat lies
 * more than (burst - 1) intervals ahead of now. A bucket whose tat has
 * passed holds nothing, so dropping it loses nothing: that is the only
 * entry the bounded tables give up freely.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "throttle.h"

typedef struct keyed {
	char key[64];
	int64_t tat;
} keyed;

/* An address, with the made-up names it failed on: from one address a
 * made-up name is throttled as a real account would be (5, then one per
 * 180 s), so that the throttle does not tell which names exist. */
typedef struct address {
	keyed k;
	keyed names[RCP_THROTTLE_ACCOUNT_SLOTS];
} address;

typedef struct account {
	int64_t user;
	int64_t tat;
	keyed slots[RCP_THROTTLE_ACCOUNT_SLOTS]; /* per address */
} account;

struct rcp_throttle {
	rcp_throttle_rate rate[4];
	account *accounts; /* one per user that failed: never evicted */
	size_t naccounts, cap;
	address addresses[RCP_THROTTLE_ADDRESSES];
	keyed devices[RCP_THROTTLE_DEVICES];
};

enum { R_ACCOUNT, R_ACCOUNT_ADDRESS, R_ADDRESS, R_DEVICE };

rcp_throttle *rcp__throttle_new(void)
{
	rcp_throttle *t = calloc(1, sizeof *t);
	if (!t) {
		fputs("receipts: out of memory\n", stderr);
		abort();
	}
	t->rate[R_ACCOUNT] = RCP_THROTTLE_ACCOUNT;
	t->rate[R_ACCOUNT_ADDRESS] = RCP_THROTTLE_ACCOUNT_ADDRESS;
	t->rate[R_ADDRESS] = RCP_THROTTLE_ADDRESS;
	t->rate[R_DEVICE] = RCP_THROTTLE_DEVICE;
	return t;
}

void rcp__throttle_free(rcp_throttle *t)
{
	if (!t)
		return;
	free(t->accounts);
	free(t);
}

void rcp__throttle_set_rate(rcp_throttle *t, int which, rcp_throttle_rate rate)
{
	if (which >= 0 && which < 4 && rate.burst > 0 && rate.interval > 0)
		t->rate[which] = rate;
}

/* Seconds until a bucket at tat may fail once more (0: now). */
static int64_t wait_for(int64_t tat, rcp_throttle_rate r, int64_t now)
{
	int64_t ahead = (tat > now ? tat : now) - now;
	int64_t w = ahead - (int64_t)(r.burst - 1) * r.interval;
	return w > 0 ? w : 0;
}

static void charge(int64_t *tat, rcp_throttle_rate r, int64_t now)
{
	*tat = (*tat > now ? *tat : now) + r.interval;
}

static account *find_account(const rcp_throttle *t, int64_t user)
{
	for (size_t i = 0; i < t->naccounts; i++)
		if (t->accounts[i].user == user)
			return &t->accounts[i];
	return NULL;
}

static account *add_account(rcp_throttle *t, int64_t user)
{
	account *a = find_account(t, user);
	if (a)
		return a;
	if (t->naccounts == t->cap) {
		size_t cap = t->cap ? 2 * t->cap : 16;
		account *n = realloc(t->accounts, cap * sizeof *n);
		if (!n) {
			fputs("receipts: out of memory\n", stderr);
			abort();
		}
		t->accounts = n;
		t->cap = cap;
	}
	a = &t->accounts[t->naccounts++];
	memset(a, 0, sizeof *a);
	a->user = user;
	return a;
}

static const keyed *find_keyed(const keyed *tab, size_t n, const char *key)
{
	for (size_t i = 0; i < n; i++)
		if (tab[i].key[0] && !strcmp(tab[i].key, key))
			return &tab[i];
	return NULL;
}

/* The entry for key, made if need be: an empty or recovered slot, else
 * the one nearest to recovery (the least a loss can give back). */
static keyed *take_keyed(keyed *tab, size_t n, const char *key, int64_t now)
{
	keyed *k = (keyed *)find_keyed(tab, n, key);
	if (k)
		return k;
	size_t pick = 0;
	for (size_t i = 0; i < n; i++) {
		if (!tab[i].key[0] || tab[i].tat <= now) {
			pick = i;
			break;
		}
		if (tab[i].tat < tab[pick].tat)
			pick = i;
	}
	k = &tab[pick];
	snprintf(k->key, sizeof k->key, "%s", key);
	k->tat = 0;
	return k;
}

static const address *find_address(const rcp_throttle *t, const char *key)
{
	for (size_t i = 0; i < RCP_THROTTLE_ADDRESSES; i++)
		if (t->addresses[i].k.key[0] && !strcmp(t->addresses[i].k.key, key))
			return &t->addresses[i];
	return NULL;
}

/* Like take_keyed, for the address table (an entry dropped takes its
 * names along: they held no more than the address did). */
static address *take_address(rcp_throttle *t, const char *key, int64_t now)
{
	address *ad = (address *)find_address(t, key);
	if (ad)
		return ad;
	size_t pick = 0;
	for (size_t i = 0; i < RCP_THROTTLE_ADDRESSES; i++) {
		const address *e = &t->addresses[i];
		if (!e->k.key[0] || e->k.tat <= now) {
			pick = i;
			break;
		}
		if (e->k.tat < t->addresses[pick].k.tat)
			pick = i;
	}
	ad = &t->addresses[pick];
	memset(ad, 0, sizeof *ad);
	snprintf(ad->k.key, sizeof ad->k.key, "%s", key);
	return ad;
}

/* A made-up name as a slot key: a hash, so that any name fits. */
static void name_key(const char *name, char out[17])
{
	uint64_t h = 1469598103934665603ull;
	for (const unsigned char *p = (const unsigned char *)name; *p; p++)
		h = (h ^ *p) * 1099511628211ull;
	snprintf(out, 17, "%016llx", (unsigned long long)h);
}

static int64_t max64(int64_t a, int64_t b)
{
	return a > b ? a : b;
}

int64_t rcp__throttle_check(const rcp_throttle *t, const rcp_throttle_attempt *a, int64_t now)
{
	const char *addr = a->address ? a->address : "";
	if (a->device && a->user) {
		const keyed *d = find_keyed(t->devices, RCP_THROTTLE_DEVICES, a->device);
		return d ? wait_for(d->tat, t->rate[R_DEVICE], now) : 0;
	}
	int64_t w = 0;
	const keyed *k;
	const address *ad = find_address(t, addr);
	if (ad) {
		w = wait_for(ad->k.tat, t->rate[R_ADDRESS], now);
		if (!a->user && a->name) {
			char nk[17];
			name_key(a->name, nk);
			k = find_keyed(ad->names, RCP_THROTTLE_ACCOUNT_SLOTS, nk);
			if (k)
				w = max64(w, wait_for(k->tat, t->rate[R_ACCOUNT_ADDRESS], now));
		}
	}
	const account *acc = a->user ? find_account(t, a->user) : NULL;
	if (acc) {
		w = max64(w, wait_for(acc->tat, t->rate[R_ACCOUNT], now));
		k = find_keyed(acc->slots, RCP_THROTTLE_ACCOUNT_SLOTS, addr);
		if (k)
			w = max64(w, wait_for(k->tat, t->rate[R_ACCOUNT_ADDRESS], now));
	}
	return w;
}

void rcp__throttle_fail(rcp_throttle *t, const rcp_throttle_attempt *a, int64_t now)
{
	const char *addr = a->address ? a->address : "";
	if (a->device && a->user) {
		charge(&take_keyed(t->devices, RCP_THROTTLE_DEVICES, a->device, now)->tat,
		       t->rate[R_DEVICE], now);
		return;
	}
	address *ad = take_address(t, addr, now);
	charge(&ad->k.tat, t->rate[R_ADDRESS], now);
	if (!a->user) {
		/* a made-up name: the address's bucket, and a slot of its own
		 * there while one is free or recovered (never taking a slot
		 * still counting, which would reset that name's count) */
		if (!a->name)
			return;
		char nk[17];
		name_key(a->name, nk);
		keyed *k = (keyed *)find_keyed(ad->names, RCP_THROTTLE_ACCOUNT_SLOTS, nk);
		for (size_t i = 0; !k && i < RCP_THROTTLE_ACCOUNT_SLOTS; i++)
			if (!ad->names[i].key[0] || ad->names[i].tat <= now) {
				k = &ad->names[i];
				snprintf(k->key, sizeof k->key, "%s", nk);
				k->tat = 0;
			}
		if (k)
			charge(&k->tat, t->rate[R_ACCOUNT_ADDRESS], now);
		return;
	}
	account *acc = add_account(t, a->user);
	charge(&acc->tat, t->rate[R_ACCOUNT], now);
	charge(&take_keyed(acc->slots, RCP_THROTTLE_ACCOUNT_SLOTS, addr, now)->tat,
	       t->rate[R_ACCOUNT_ADDRESS], now);
}

void rcp__throttle_succeed(rcp_throttle *t, const rcp_throttle_attempt *a, int64_t now)
{
	const char *addr = a->address ? a->address : "";
	if (a->device && a->user) {
		keyed *d = (keyed *)find_keyed(t->devices, RCP_THROTTLE_DEVICES, a->device);
		if (d)
			d->tat = 0;
		return;
	}
	account *acc = a->user ? find_account(t, a->user) : NULL;
	if (acc) {
		keyed *k = (keyed *)find_keyed(acc->slots, RCP_THROTTLE_ACCOUNT_SLOTS, addr);
		if (k)
			k->tat = 0;
	}
}
