/*
 * user.c — users, sessions, CSRF tokens and login rate limiting.
 *
 * Passwords are stored as libsodium's argon2id strings (crypto_pwhash_str),
 * which carry their own salt and cost. A session cookie is 32 random bytes
 * in hex; the store keeps only its sha256, so a copy of the database does
 * not hand out live sessions. Each session has its own CSRF token, which
 * the server puts in every form and checks on every POST.
 *
 * Failed logins are throttled per account, per account and address, per
 * address and per device cookie (throttle.h): in memory, behind a mutex,
 * in tables a flood of made-up names cannot evict. A browser that logged
 * in before carries a device cookie, signed here, that lets its owner in
 * while the account is under attack. Pre-session CSRF tokens (the login
 * and screening forms) are signed by a per-process secret, so only tokens
 * this server issued pass.
 */
#include <pthread.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "internal.h"
#include "store/throttle.h"

static const char *const role_names[] = {"anonymous", "reader", "editor", "admin"};

const char *rcp_role_name(rcp_role r)
{
	return r >= RCP_ROLE_NONE && r <= RCP_ROLE_ADMIN ? role_names[r] : "anonymous";
}

rcp_role rcp_role_parse(const char *s)
{
	for (int i = RCP_ROLE_READER; s && i <= RCP_ROLE_ADMIN; i++)
		if (!strcmp(s, role_names[i]))
			return (rcp_role)i;
	return RCP_ROLE_NONE;
}

static void ensure_sodium(void)
{
	if (sodium_init() < 0)
		abort(); /* no randomness: nothing safe to do */
}

void rcp_token_new(char out[65])
{
	unsigned char b[32];
	ensure_sodium();
	randombytes_buf(b, sizeof b);
	sodium_bin2hex(out, 65, b, sizeof b);
}

int rcp_token_equal(const char *expected, const char *given)
{
	if (!expected || !given || !*expected)
		return 0;
	size_t n = strlen(expected);
	if (strlen(given) != n)
		return 0;
	return sodium_memcmp(expected, given, n) == 0;
}

static int name_valid(const char *s)
{
	size_t n = s ? strlen(s) : 0;
	if (n < 1 || n > 64)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '.' || c == '_' || c == '-'))
			return 0;
	}
	return 1;
}

rcp_status rcp_user_add(rcp_db *db, const char *name, rcp_role role, const char *password,
                        rcp_error *err)
{
	if (!name_valid(name))
		return rcp__error_set(err, RCP_EINVAL, "invalid user name", name ? name : "",
		                      "use 1-64 letters, digits, '.', '_' or '-'");
	if (role < RCP_ROLE_READER || role > RCP_ROLE_ADMIN)
		return rcp__error_set(err, RCP_EINVAL, "invalid role", name,
		                      "use reader, editor or admin");
	if (!password || strlen(password) < 8)
		return rcp__error_set(err, RCP_EINVAL, "password too short", name,
		                      "use at least 8 characters");
	ensure_sodium();
	char hash[crypto_pwhash_STRBYTES];
	if (crypto_pwhash_str(hash, password, strlen(password), crypto_pwhash_OPSLIMIT_INTERACTIVE,
	                      crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
		return rcp__error_set(err, RCP_EIO, "cannot hash password", name, "out of memory");
	rcp_status rc = rcp__db_begin(db, err);
	if (rc != RCP_OK)
		return rc;
	static const char q[] =
		"INSERT INTO user(name, role, pwhash, created_at) VALUES (?1, ?2, ?3, ?4)"
		" ON CONFLICT(name) DO NOTHING";
	sqlite3_stmt *st;
	char now[21];
	rcp_now_iso(now);
	if ((rc = rcp__db_stmt(db, q, &st, err)) != RCP_OK)
		goto fail;
	rcp__bind_text(st, 1, name);
	rcp__bind_text(st, 2, rcp_role_name(role));
	rcp__bind_text(st, 3, hash);
	rcp__bind_text(st, 4, now);
	if ((rc = rcp__db_step_done(db, st, "cannot add user", err)) != RCP_OK)
		goto fail;
	if (sqlite3_changes(db->sql) == 0) {
		rc = rcp__error_set(err, RCP_EPERM, "user exists", name, NULL);
		goto fail;
	}
	char object[96];
	snprintf(object, sizeof object, "user/%s", name);
	json_t *payload = json_pack("{s:s, s:s}", "name", name, "role", rcp_role_name(role));
	rc = rcp__audit_append(db, "user.add", object, payload, err);
	json_decref(payload);
	if (rc != RCP_OK)
		goto fail;
	sodium_memzero(hash, sizeof hash);
	return rcp__db_commit(db, err);
fail:
	sodium_memzero(hash, sizeof hash);
	rcp__db_rollback(db);
	return rc;
}

rcp_status rcp_user_each(rcp_db *db, int (*fn)(const rcp_user *u, void *ctx), void *ctx,
                         rcp_error *err)
{
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_prepare(
		db, "SELECT id, name, role, created_at, disabled FROM user ORDER BY name", &st, err);
	if (rc != RCP_OK)
		return rc;
	while (sqlite3_step(st) == SQLITE_ROW) {
		rcp_user u = {
			.id = sqlite3_column_int64(st, 0),
			.name = rcp__col_text(st, 1),
			.role = rcp_role_parse(rcp__col_text(st, 2)),
			.created_at = rcp__col_text(st, 3),
			.disabled = sqlite3_column_int(st, 4),
		};
		if (fn(&u, ctx))
			break;
	}
	sqlite3_finalize(st);
	return RCP_OK;
}

/* ------------------------------------------------------------------ */
/* Login throttle, device cookies, pre-session CSRF tokens             */
/* ------------------------------------------------------------------ */

/* One throttle for the process (throttle.h): the server calls in from
 * several threads. A restart forgets it; an attacker cannot cause one. */
static rcp_throttle *throttle;
static pthread_mutex_t throttle_lock = PTHREAD_MUTEX_INITIALIZER;

static rcp_throttle *throttle_get(void)
{
	if (!throttle)
		throttle = rcp__throttle_new();
	return throttle;
}

/* HMAC-SHA256 of msg under key, its first 16 bytes as 32 hex digits. */
static void mac_hex(const unsigned char key[32], const void *msg, size_t n, char out[33])
{
	unsigned char mac[crypto_auth_hmacsha256_BYTES];
	crypto_auth_hmacsha256(mac, msg, n, key);
	sodium_bin2hex(out, 33, mac, 16);
}

static int hex_shape(const char *t, size_t n)
{
	if (!t || strlen(t) != n)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!((t[i] >= '0' && t[i] <= '9') || (t[i] >= 'a' && t[i] <= 'f')))
			return 0;
	return 1;
}

/* A device cookie is 32 hex digits of randomness (its id) and 32 of a MAC
 * over the user id and that id, keyed by a hash of the user's argon2id
 * string: the store keeps nothing per device, a copy of the cookie works
 * for that one account only, and a new password revokes every device. */
static void device_key(const char *pwhash, unsigned char key[32])
{
	static const unsigned char ctx[] = "receipts device cookie v1";
	crypto_generichash(key, 32, (const unsigned char *)pwhash, strlen(pwhash), ctx,
	                   sizeof ctx - 1);
}

static void device_mac(const char *pwhash, int64_t user, const char id[33], char out[33])
{
	unsigned char key[32], msg[8 + 32];
	device_key(pwhash, key);
	for (int i = 0; i < 8; i++)
		msg[i] = (unsigned char)((uint64_t)user >> (56 - 8 * i));
	memcpy(msg + 8, id, 32);
	mac_hex(key, msg, sizeof msg, out);
	sodium_memzero(key, sizeof key);
}

static void device_new(const char *pwhash, int64_t user, char out[65])
{
	unsigned char b[16];
	randombytes_buf(b, sizeof b);
	sodium_bin2hex(out, 33, b, sizeof b);
	device_mac(pwhash, user, out, out + 32);
}

/* 1 when cookie is a device cookie issued to this user (its id in id). */
static int device_valid(const char *pwhash, int64_t user, const char *cookie, char id[33])
{
	if (!user || !hex_shape(cookie, 64))
		return 0;
	char want[33];
	memcpy(id, cookie, 32);
	id[32] = '\0';
	device_mac(pwhash, user, id, want);
	return sodium_memcmp(want, cookie + 32, 32) == 0;
}

/* The secret behind pre-session CSRF tokens: random per process, so a
 * restart voids forms that are open (they reload). */
static unsigned char csrf_secret[32];
static pthread_once_t csrf_once = PTHREAD_ONCE_INIT;

static void csrf_secret_make(void)
{
	ensure_sodium();
	randombytes_buf(csrf_secret, sizeof csrf_secret);
}

void rcp_csrf_new(char out[65])
{
	pthread_once(&csrf_once, csrf_secret_make);
	unsigned char nonce[12];
	randombytes_buf(nonce, sizeof nonce);
	snprintf(out, 9, "%08x", (unsigned)(uint32_t)time(NULL));
	sodium_bin2hex(out + 8, 25, nonce, sizeof nonce);
	mac_hex(csrf_secret, out, 32, out + 32);
}

int rcp_csrf_valid(const char *token)
{
	pthread_once(&csrf_once, csrf_secret_make);
	if (!hex_shape(token, 64))
		return 0;
	char want[33];
	mac_hex(csrf_secret, token, 32, want);
	if (sodium_memcmp(want, token + 32, 32) != 0)
		return 0;
	unsigned long t = strtoul((char[9]){token[0], token[1], token[2], token[3], token[4],
	                                    token[5], token[6], token[7], '\0'},
	                          NULL, 16);
	int64_t age = (int64_t)(uint32_t)time(NULL) - (int64_t)t;
	return age >= -60 && age <= RCP_CSRF_SECONDS;
}

/* ------------------------------------------------------------------ */
/* Sessions                                                            */
/* ------------------------------------------------------------------ */

/* now + secs as an ISO timestamp, honouring RECEIPTS_NOW. */
static void iso_after(long secs, char out[21])
{
	char now[21];
	rcp_now_iso(now);
	struct tm tm = {0};
	if (sscanf(now, "%4d-%2d-%2dT%2d:%2d:%2dZ", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
	           &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 6) {
		memcpy(out, now, 21);
		return;
	}
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	time_t t = timegm(&tm) + secs;
	gmtime_r(&t, &tm);
	strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* An argon2id string to verify against when the user does not exist, so a
 * wrong name costs as long as a wrong password. */
static char dummy[crypto_pwhash_STRBYTES];
static pthread_once_t dummy_once = PTHREAD_ONCE_INIT;

static void dummy_make(void)
{
	if (crypto_pwhash_str(dummy, "not a password", 14, crypto_pwhash_OPSLIMIT_INTERACTIVE,
	                      crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
		abort();
}

static const char *dummy_hash(void)
{
	pthread_once(&dummy_once, dummy_make);
	return dummy;
}

rcp_status rcp_session_login(rcp_db *db, const char *name, const char *password,
                             const char *client, rcp_session *out, rcp_error *err)
{
	return rcp_session_login_device(db, name, password, client, NULL, out, err);
}

rcp_status rcp_session_login_device(rcp_db *db, const char *name, const char *password,
                                    const char *client, const char *device, rcp_session *out,
                                    rcp_error *err)
{
	ensure_sodium();
	int64_t now = (int64_t)time(NULL);
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_stmt(
		db, "SELECT id, name, role, pwhash FROM user WHERE name = ?1 AND disabled = 0", &st, err);
	if (rc != RCP_OK)
		return rc;
	rcp__bind_text(st, 1, name ? name : "");
	int64_t uid = 0;
	char uname[72] = "", role[16] = "", hash[crypto_pwhash_STRBYTES] = "";
	if (sqlite3_step(st) == SQLITE_ROW) {
		uid = sqlite3_column_int64(st, 0);
		snprintf(uname, sizeof uname, "%s", rcp__col_text(st, 1));
		snprintf(role, sizeof role, "%s", rcp__col_text(st, 2));
		const char *h = rcp__col_text(st, 3);
		snprintf(hash, sizeof hash, "%s", h ? h : "");
	}
	sqlite3_reset(st);

	/* the throttle judges the attempt before the password is looked at:
	 * a refused attempt costs no hashing and changes nothing */
	char device_id[33];
	rcp_throttle_attempt ta = {
		.user = uid,
		.address = client ? client : "",
		.device = uid && device && device_valid(hash, uid, device, device_id) ? device_id : NULL,
		.name = name ? name : "",
	};
	pthread_mutex_lock(&throttle_lock);
	int64_t wait = rcp__throttle_check(throttle_get(), &ta, now);
	pthread_mutex_unlock(&throttle_lock);
	if (wait > 0) {
		sodium_memzero(hash, sizeof hash);
		return rcp__error_set(err, RCP_EBUSY, "too many failed logins", name ? name : "",
		                      "try again in %lld seconds", (long long)wait);
	}

	const char *pw = password ? password : "";
	int ok = crypto_pwhash_str_verify(uid ? hash : dummy_hash(), pw, strlen(pw)) == 0 && uid;
	if (!ok) {
		sodium_memzero(hash, sizeof hash);
		pthread_mutex_lock(&throttle_lock);
		rcp__throttle_fail(throttle_get(), &ta, now);
		pthread_mutex_unlock(&throttle_lock);
		return rcp__error_set(err, RCP_EPERM, "login failed", name ? name : "",
		                      "wrong name or password");
	}

	rcp_session s = {0};
	s.user = uid;
	snprintf(s.name, sizeof s.name, "%s", uname);
	s.role = rcp_role_parse(role);
	rcp_token_new(s.token);
	rcp_token_new(s.csrf);
	iso_after(RCP_SESSION_SECONDS, s.expires_at);
	char token_hash[65], created[21];
	rcp_sha256_hex(s.token, 64, token_hash);
	rcp_now_iso(created);

	if ((rc = rcp__db_begin(db, err)) != RCP_OK) {
		sodium_memzero(hash, sizeof hash);
		return rc;
	}
	static const char q[] = "INSERT INTO session(token_hash, user, csrf, created_at, expires_at)"
	                        " VALUES (?1, ?2, ?3, ?4, ?5)";
	if ((rc = rcp__db_stmt(db, q, &st, err)) != RCP_OK)
		goto fail;
	rcp__bind_text(st, 1, token_hash);
	sqlite3_bind_int64(st, 2, uid);
	rcp__bind_text(st, 3, s.csrf);
	rcp__bind_text(st, 4, created);
	rcp__bind_text(st, 5, s.expires_at);
	if ((rc = rcp__db_step_done(db, st, "cannot open session", err)) != RCP_OK)
		goto fail;
	/* expired sessions are swept here rather than by a timer */
	sqlite3_stmt *sweep;
	if (rcp__db_stmt(db, "DELETE FROM session WHERE expires_at < ?1", &sweep, NULL) == RCP_OK) {
		rcp__bind_text(sweep, 1, created);
		sqlite3_step(sweep);
		sqlite3_reset(sweep);
	}
	char saved[128], object[96];
	snprintf(saved, sizeof saved, "%s", db->actor);
	snprintf(db->actor, sizeof db->actor, "%s", uname);
	snprintf(object, sizeof object, "user/%s", uname);
	json_t *payload = json_pack("{s:s, s:s}", "session", token_hash + 48, "expires_at",
	                            s.expires_at);
	rc = rcp__audit_append(db, "session.login", object, payload, err);
	json_decref(payload);
	snprintf(db->actor, sizeof db->actor, "%s", saved);
	if (rc != RCP_OK)
		goto fail;
	if ((rc = rcp__db_commit(db, err)) != RCP_OK) {
		sodium_memzero(hash, sizeof hash);
		return rc;
	}
	pthread_mutex_lock(&throttle_lock);
	rcp__throttle_succeed(throttle_get(), &ta, now);
	pthread_mutex_unlock(&throttle_lock);
	device_new(hash, uid, s.device);
	sodium_memzero(hash, sizeof hash);
	*out = s;
	return RCP_OK;
fail:
	sodium_memzero(hash, sizeof hash);
	rcp__db_rollback(db);
	return rc;
}

static int token_shape(const char *t)
{
	if (!t || strlen(t) != 64)
		return 0;
	for (int i = 0; i < 64; i++)
		if (!((t[i] >= '0' && t[i] <= '9') || (t[i] >= 'a' && t[i] <= 'f')))
			return 0;
	return 1;
}

rcp_status rcp_session_check(rcp_db *db, const char *token, rcp_session *out, rcp_error *err)
{
	if (!token_shape(token))
		return rcp__error_set(err, RCP_ENOTFOUND, "no such session", NULL, NULL);
	char token_hash[65], now[21];
	rcp_sha256_hex(token, 64, token_hash);
	rcp_now_iso(now);
	static const char q[] =
		"SELECT u.id, u.name, u.role, s.csrf, s.expires_at FROM session s"
		" JOIN user u ON u.id = s.user"
		" WHERE s.token_hash = ?1 AND s.expires_at > ?2 AND u.disabled = 0";
	sqlite3_stmt *st;
	rcp_status rc = rcp__db_stmt(db, q, &st, err);
	if (rc != RCP_OK)
		return rc;
	rcp__bind_text(st, 1, token_hash);
	rcp__bind_text(st, 2, now);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		return rcp__error_set(err, RCP_ENOTFOUND, "no such session", NULL, NULL);
	}
	rcp_session s = {0};
	s.user = sqlite3_column_int64(st, 0);
	snprintf(s.name, sizeof s.name, "%s", rcp__col_text(st, 1));
	s.role = rcp_role_parse(rcp__col_text(st, 2));
	snprintf(s.csrf, sizeof s.csrf, "%s", rcp__col_text(st, 3));
	snprintf(s.expires_at, sizeof s.expires_at, "%s", rcp__col_text(st, 4));
	sqlite3_reset(st);
	*out = s;
	return RCP_OK;
}

rcp_status rcp_session_logout(rcp_db *db, const char *token, rcp_error *err)
{
	rcp_session s;
	if (rcp_session_check(db, token, &s, NULL) != RCP_OK)
		return RCP_OK;
	char token_hash[65];
	rcp_sha256_hex(token, 64, token_hash);
	rcp_status rc = rcp__db_begin(db, err);
	if (rc != RCP_OK)
		return rc;
	sqlite3_stmt *st;
	if ((rc = rcp__db_stmt(db, "DELETE FROM session WHERE token_hash = ?1", &st, err)) != RCP_OK)
		goto fail;
	rcp__bind_text(st, 1, token_hash);
	if ((rc = rcp__db_step_done(db, st, "cannot end session", err)) != RCP_OK)
		goto fail;
	char saved[128], object[96];
	snprintf(saved, sizeof saved, "%s", db->actor);
	snprintf(db->actor, sizeof db->actor, "%s", s.name);
	snprintf(object, sizeof object, "user/%s", s.name);
	json_t *payload = json_pack("{s:s}", "session", token_hash + 48);
	rc = rcp__audit_append(db, "session.logout", object, payload, err);
	json_decref(payload);
	snprintf(db->actor, sizeof db->actor, "%s", saved);
	if (rc != RCP_OK)
		goto fail;
	return rcp__db_commit(db, err);
fail:
	rcp__db_rollback(db);
	return rc;
}
