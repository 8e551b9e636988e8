/* The login throttle (lib/store/throttle.c): per account, per account and
 * address, per address, per device; nothing an attacker does to other
 * names or addresses buys more guesses at an account. */
#include "store/throttle.h"
#include "test.h"

/* One attempt: allowed (and then failed) or refused. Returns 1 if allowed. */
static int attempt_as(rcp_throttle *t, int64_t user, const char *name, const char *addr,
                      const char *dev, int64_t now)
{
	rcp_throttle_attempt a = {user, addr, dev, name};
	if (rcp__throttle_check(t, &a, now) > 0)
		return 0;
	rcp__throttle_fail(t, &a, now);
	return 1;
}

/* A made-up name each time for user 0. */
static int attempt(rcp_throttle *t, int64_t user, const char *addr, const char *dev, int64_t now)
{
	static unsigned serial;
	char name[32];
	snprintf(name, sizeof name, "made-up-%u", serial++);
	rcp_throttle_attempt a = {user, addr, dev, user ? NULL : name};
	if (rcp__throttle_check(t, &a, now) > 0)
		return 0;
	rcp__throttle_fail(t, &a, now);
	return 1;
}

int main(void)
{
	const rcp_throttle_rate acc = RCP_THROTTLE_ACCOUNT, aa = RCP_THROTTLE_ACCOUNT_ADDRESS;
	const rcp_throttle_rate ad = RCP_THROTTLE_ADDRESS, dv = RCP_THROTTLE_DEVICE;

	/* one address at one account: the account+address burst, then refused */
	rcp_throttle *t = rcp__throttle_new();
	int n = 0;
	for (int i = 0; i < 100; i++)
		n += attempt(t, 1, "10.0.0.1", NULL, 1000);
	CHECK_INT(n, aa.burst);
	/* ... and a fresh address is not locked out of that account */
	CHECK(attempt(t, 1, "10.0.0.2", NULL, 1000));
	/* once an interval has passed, the first address may try once more */
	CHECK(!attempt(t, 1, "10.0.0.1", NULL, 1000 + aa.interval - 1));
	CHECK(attempt(t, 1, "10.0.0.1", NULL, 1000 + aa.interval));
	CHECK(!attempt(t, 1, "10.0.0.1", NULL, 1000 + aa.interval));
	rcp__throttle_free(t);

	/* many addresses at one account: the account's own bucket holds */
	t = rcp__throttle_new();
	n = 0;
	for (int i = 0; i < 1000; i++) {
		char addr[32];
		snprintf(addr, sizeof addr, "10.1.%d.%d", i / 256, i % 256);
		n += attempt(t, 7, addr, NULL, 5000);
	}
	CHECK_INT(n, acc.burst);
	/* a browser with a device cookie for the account still gets in, up to
	 * its own limit, and other accounts are untouched */
	n = 0;
	for (int i = 0; i < 50; i++)
		n += attempt(t, 7, "10.1.0.1", "devicea", 5000);
	CHECK_INT(n, dv.burst);
	CHECK(attempt(t, 7, "10.1.0.1", "deviceb", 5000));
	CHECK(attempt(t, 8, "10.9.9.9", NULL, 5000));
	/* a device id without a user (a made-up name) counts as no device */
	for (int i = 0; i < ad.burst; i++)
		attempt(t, 0, "10.1.9.9", NULL, 5000);
	rcp_throttle_attempt nodev = {0, "10.1.9.9", "devicea", "nobody"};
	CHECK(rcp__throttle_check(t, &nodev, 5000) > 0);
	rcp__throttle_free(t);

	/* made-up names from one address share one bucket: the address's */
	t = rcp__throttle_new();
	n = 0;
	for (int i = 0; i < 500; i++)
		n += attempt(t, 0, "10.2.0.1", NULL, 100);
	CHECK_INT(n, ad.burst);
	/* and that bucket also refuses real names from the address */
	CHECK(!attempt(t, 3, "10.2.0.1", NULL, 100));
	/* refused attempts change nothing: the bucket recovers on time */
	for (int i = 0; i < 500; i++)
		attempt(t, 0, "10.2.0.1", NULL, 100 + ad.interval - 1);
	CHECK(attempt(t, 0, "10.2.0.1", NULL, 100 + ad.interval));
	rcp__throttle_free(t);

	/* flooding the address table (more addresses than it holds) neither
	 * resets an account nor its account+address slots' effect */
	t = rcp__throttle_new();
	for (int i = 0; i < acc.burst; i++) {
		char addr[32];
		snprintf(addr, sizeof addr, "10.3.0.%d", i);
		attempt(t, 9, addr, NULL, 0);
	}
	for (int i = 0; i < 3 * RCP_THROTTLE_ADDRESSES; i++) {
		char addr[32];
		snprintf(addr, sizeof addr, "172.16.%d.%d", i / 256, i % 256);
		attempt(t, 0, addr, NULL, 0);
	}
	CHECK(!attempt(t, 9, "10.4.0.1", NULL, 0));
	CHECK(!attempt(t, 9, "10.3.0.1", NULL, 0));
	rcp__throttle_free(t);

	/* success resets the account+address slot, not the account */
	t = rcp__throttle_new();
	for (int i = 0; i < aa.burst; i++)
		attempt(t, 4, "10.5.0.1", NULL, 0);
	CHECK(!attempt(t, 4, "10.5.0.1", NULL, 0));
	rcp_throttle_attempt ok = {4, "10.5.0.1", NULL, NULL};
	rcp__throttle_succeed(t, &ok, 0);
	CHECK(attempt(t, 4, "10.5.0.1", NULL, 0));
	rcp__throttle_free(t);

	/* from one address, a made-up name is refused just when a real one
	 * would be: the throttle does not tell which names exist */
	t = rcp__throttle_new();
	int real = 0, fake = 0;
	for (int i = 0; i < 20; i++) {
		real += attempt_as(t, 11, NULL, "10.6.0.1", NULL, 0);
		fake += attempt_as(t, 0, "ghost", "10.6.0.2", NULL, 0);
	}
	CHECK_INT(real, aa.burst);
	CHECK_INT(fake, aa.burst);
	/* other made-up names cannot push "ghost" out while it still counts */
	for (int i = 0; i < 3; i++)
		attempt(t, 0, "10.6.0.2", NULL, 0);
	CHECK(!attempt_as(t, 0, "ghost", "10.6.0.2", NULL, 0));
	rcp__throttle_free(t);

	/* the property: whatever sequence of attempts on other names, from any
	 * addresses, at any times, the target account records at most
	 * burst + W / interval guesses (without a device cookie) in any W
	 * seconds. Random sequences, checked over every window. */
	uint64_t seed = 0x9E3779B97F4A7C15ull;
	const int64_t W = 900;
	const long bound = acc.burst + W / acc.interval;
	int worst = 0;
	for (int round = 0; round < 40; round++) {
		t = rcp__throttle_new();
		enum { N = 6000 };
		static int64_t hits[N];
		size_t nh = 0;
		int64_t now = 0;
		for (int i = 0; i < N; i++) {
			now += test_rand(&seed, 4); /* bursts and pauses */
			if (test_rand(&seed, 50) == 0)
				now += test_rand(&seed, 600);
			unsigned kind = test_rand(&seed, 10);
			char addr[32];
			unsigned nad = 1 + test_rand(&seed, 3) * 500; /* 1, 501 or 1001 addresses */
			snprintf(addr, sizeof addr, "a%u", test_rand(&seed, nad));
			if (kind < 3) { /* the target */
				if (attempt(t, 1, addr, NULL, now))
					hits[nh++] = now;
			} else if (kind < 8) { /* made-up names */
				attempt(t, 0, addr, NULL, now);
			} else { /* other real accounts, some with devices of theirs */
				int64_t u = 2 + test_rand(&seed, 50);
				char dev[16];
				snprintf(dev, sizeof dev, "d%u", test_rand(&seed, 20));
				attempt(t, u, addr, kind == 9 ? dev : NULL, now);
			}
		}
		for (size_t i = 0, j = 0; i < nh; i++) {
			while (hits[i] - hits[j] > W)
				j++;
			if ((int)(i - j + 1) > worst)
				worst = (int)(i - j + 1);
		}
		rcp__throttle_free(t);
	}
	printf("most guesses at one account in any %lld s: %d (bound %ld)\n", (long long)W, worst,
	       bound);
	CHECK(worst <= bound);
	CHECK(worst >= acc.burst); /* the test did reach the limit */
	TEST_END();
}
