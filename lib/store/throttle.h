/*
 * throttle.h — the login throttle: rate limits on failed logins that an
 * attacker cannot evict (lib/store/throttle.c).
 *
 * Four kinds of bucket, each a GCRA ("leaky bucket as a meter"): a key may
 * fail `burst` times at once and once more every `interval` seconds after
 * that; a refused attempt changes nothing. So in any span of W seconds a
 * key records at most burst + W / interval failures, whatever else happens.
 *
 *   account          one per existing user (keyed by user id). Only names
 *                    that exist get one, so a flood of made-up names cannot
 *                    push a real account out: this table is never evicted.
 *   account+address  per user, a few slots for the addresses that failed
 *                    on it: one address guessing at one account is slowed
 *                    long before the account's own bucket runs dry, so it
 *                    cannot lock the account for everyone else.
 *   address          one per client address, for every failure from it,
 *                    real names and made-up ones alike (one shared bucket).
 *                    It also keeps a few slots for made-up names that failed
 *                    from it, throttled as account+address is, so that one
 *                    address cannot tell a real name from a made-up one by
 *                    when it is refused; a slot still counting is never
 *                    given up.
 *                    Bounded; when full the entry nearest to recovery goes,
 *                    which can only help an attacker who already holds many
 *                    addresses, and the account buckets still bound them.
 *   device           one per device cookie (a browser that logged in to the
 *                    account before). An attempt that brings a valid device
 *                    cookie for the account is judged by this bucket alone,
 *                    so an attack on the account or from a shared address
 *                    (a proxy) does not lock its owner out.
 *
 * Not thread-safe: the caller holds a lock. Times are whole seconds.
 */
#ifndef RCP_STORE_THROTTLE_H
#define RCP_STORE_THROTTLE_H

#include <stddef.h>
#include <stdint.h>

typedef struct rcp_throttle rcp_throttle;

typedef struct rcp_throttle_rate {
	int burst;        /* failures allowed at once */
	int64_t interval; /* seconds until one more is allowed */
} rcp_throttle_rate;

/* The rates of lib/store/user.c (docs/security.md, "Web server"). */
#define RCP_THROTTLE_ACCOUNT ((rcp_throttle_rate){10, 90})
#define RCP_THROTTLE_ACCOUNT_ADDRESS ((rcp_throttle_rate){5, 180})
#define RCP_THROTTLE_ADDRESS ((rcp_throttle_rate){20, 45})
#define RCP_THROTTLE_DEVICE ((rcp_throttle_rate){5, 180})

/* Addresses remembered (address table) and per account. */
#define RCP_THROTTLE_ADDRESSES 4096
#define RCP_THROTTLE_ACCOUNT_SLOTS 8
#define RCP_THROTTLE_DEVICES 4096

/* A login attempt as the throttle sees it. user is 0 for a name that does
 * not exist (then name is the name tried); address is the client's (any string, compared whole; the
 * caller folds IPv6 to its /64); device is the id of a valid device cookie
 * for this user, or NULL. */
typedef struct rcp_throttle_attempt {
	int64_t user;
	const char *address;
	const char *device;
	const char *name; /* the name tried, when user is 0 (may be NULL) */
} rcp_throttle_attempt;

/* A throttle with the given rates (the four RCP_THROTTLE_* by default):
 * returns owned (free with rcp__throttle_free). */
rcp_throttle *rcp__throttle_new(void);
void rcp__throttle_free(rcp_throttle *t);
/* Override a rate, for tests: which is 0 account, 1 account+address,
 * 2 address, 3 device. */
void rcp__throttle_set_rate(rcp_throttle *t, int which, rcp_throttle_rate rate);

/* 0 when the attempt may go ahead at time now; else the seconds until it
 * may (at least 1). Changes nothing. */
int64_t rcp__throttle_check(const rcp_throttle *t, const rcp_throttle_attempt *a, int64_t now);
/* Record a failed attempt (one that was allowed). */
void rcp__throttle_fail(rcp_throttle *t, const rcp_throttle_attempt *a, int64_t now);
/* Record a success: the account+address and device buckets of this
 * attempt start afresh (the account and address buckets do not: a
 * success elsewhere must not hand an attacker more guesses). */
void rcp__throttle_succeed(rcp_throttle *t, const rcp_throttle_attempt *a, int64_t now);

#endif
