/* Users, sessions, CSRF tokens and login rate limiting (lib/store/user.c). */
#include <unistd.h>

#include "internal.h"
#include "store/throttle.h"
#include "test.h"

static char listed[256];
static int list_cb(const rcp_user *u, void *ctx)
{
	(void)ctx;
	size_t n = strlen(listed);
	snprintf(listed + n, sizeof listed - n, "%s:%s;", u->name, rcp_role_name(u->role));
	return 0;
}

int main(void)
{
	char path[] = "/tmp/rcp-test-user-XXXXXX";
	rcp_db *db = test_db_new(path);
	rcp_error err;
	rcp_error_clear(&err);
	rcp_db_set_actor(db, "admin-cli");

	CHECK_INT(rcp_role_parse("editor"), RCP_ROLE_EDITOR);
	CHECK_INT(rcp_role_parse("root"), RCP_ROLE_NONE);
	CHECK_STR(rcp_role_name(RCP_ROLE_ADMIN), "admin");

	CHECK_INT(rcp_user_add(db, "ed", RCP_ROLE_EDITOR, "correct horse", &err), RCP_OK);
	CHECK_INT(rcp_user_add(db, "ed", RCP_ROLE_READER, "another one", &err), RCP_EPERM);
	CHECK_INT(rcp_user_add(db, "bad name", RCP_ROLE_READER, "long enough", &err), RCP_EINVAL);
	CHECK_INT(rcp_user_add(db, "x'; DROP TABLE user;--", RCP_ROLE_READER, "long enough", &err),
	          RCP_EINVAL);
	CHECK_INT(rcp_user_add(db, "short", RCP_ROLE_READER, "1234567", &err), RCP_EINVAL);
	CHECK_INT(rcp_user_add(db, "nobody", RCP_ROLE_NONE, "long enough", &err), RCP_EINVAL);
	CHECK_INT(rcp_user_each(db, list_cb, NULL, &err), RCP_OK);
	CHECK_STR(listed, "ed:editor;");
	/* the hash is argon2id, never the password */
	sqlite3_stmt *st;
	sqlite3_prepare_v2(db->sql, "SELECT pwhash FROM user WHERE name = 'ed'", -1, &st, NULL);
	sqlite3_step(st);
	CHECK(!strncmp((const char *)sqlite3_column_text(st, 0), "$argon2id$", 10));
	CHECK(!strstr((const char *)sqlite3_column_text(st, 0), "correct horse"));
	sqlite3_finalize(st);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM audit WHERE action = 'user.add'"), 1);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM audit WHERE payload LIKE '%argon%'"), 0);

	/* login: right password opens a session whose token is stored hashed */
	rcp_session s;
	CHECK_INT(rcp_session_login(db, "ed", "correct horse", "10.0.0.1", &s, &err), RCP_OK);
	CHECK_INT(strlen(s.token), 64);
	CHECK_INT(strlen(s.csrf), 64);
	CHECK_INT(s.role, RCP_ROLE_EDITOR);
	CHECK_STR(s.name, "ed");
	char q[200];
	snprintf(q, sizeof q, "SELECT count(*) FROM session WHERE token_hash = '%s'", s.token);
	CHECK_INT(test_scalar(db, q), 0);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM session"), 1);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM audit WHERE action = 'session.login' AND actor = 'ed'"), 1);

	rcp_session chk;
	CHECK_INT(rcp_session_check(db, s.token, &chk, &err), RCP_OK);
	CHECK_STR(chk.name, "ed");
	CHECK_STR(chk.csrf, s.csrf);
	CHECK_STR(chk.token, "");
	CHECK_INT(rcp_session_check(db, "0000000000000000000000000000000000000000000000000000000000000000", &chk, &err), RCP_ENOTFOUND);
	CHECK_INT(rcp_session_check(db, "' OR 1=1 --", &chk, &err), RCP_ENOTFOUND);
	CHECK_INT(rcp_session_check(db, NULL, &chk, &err), RCP_ENOTFOUND);

	/* CSRF tokens compare in constant time and refuse the empty token */
	CHECK(rcp_token_equal(s.csrf, chk.csrf));
	CHECK(!rcp_token_equal(s.csrf, ""));
	CHECK(!rcp_token_equal(s.csrf, NULL));
	CHECK(!rcp_token_equal("", ""));
	char other[65];
	rcp_token_new(other);
	CHECK(!rcp_token_equal(s.csrf, other));

	/* an expired session is gone */
	setenv("RECEIPTS_NOW", "2999-01-01T00:00:00Z", 1);
	CHECK_INT(rcp_session_check(db, s.token, &chk, &err), RCP_ENOTFOUND);
	unsetenv("RECEIPTS_NOW");
	CHECK_INT(rcp_session_check(db, s.token, &chk, &err), RCP_OK);

	/* logout ends it, and is audited; a second logout is harmless */
	CHECK_INT(rcp_session_logout(db, s.token, &err), RCP_OK);
	CHECK_INT(rcp_session_check(db, s.token, &chk, &err), RCP_ENOTFOUND);
	CHECK_INT(rcp_session_logout(db, s.token, &err), RCP_OK);
	CHECK_INT(test_scalar(db, "SELECT count(*) FROM audit WHERE action = 'session.logout'"), 1);

	/* wrong name and wrong password fail alike */
	CHECK_INT(rcp_session_login(db, "ed", "wrong", "10.0.0.2", &s, &err), RCP_EPERM);
	CHECK_STR(err.why, "wrong name or password");
	CHECK_INT(rcp_session_login(db, "ghost", "correct horse", "10.0.0.2", &s, &err), RCP_EPERM);
	CHECK_STR(err.why, "wrong name or password");

	/* throttling (tests/unit/store/test_throttle.c has the structure):
	 * one address guessing at ed is refused, even with the right password */
	rcp_throttle_rate aa = RCP_THROTTLE_ACCOUNT_ADDRESS, ad = RCP_THROTTLE_ADDRESS;
	for (int i = 0; i < aa.burst; i++)
		rcp_session_login(db, "ed", "wrong", "10.0.0.3", &s, &err);
	CHECK_INT(rcp_session_login(db, "ed", "correct horse", "10.0.0.3", &s, &err), RCP_EBUSY);
	CHECK(strstr(err.why, "seconds") != NULL);
	/* but ed from another address is not locked out, and gets a device cookie */
	CHECK_INT(rcp_session_login(db, "ed", "correct horse", "10.0.0.4", &s, &err), RCP_OK);
	CHECK_INT(strlen(s.device), 64);
	char device[65];
	snprintf(device, sizeof device, "%s", s.device);
	/* that cookie lets ed in from the spent address; a forged one does not */
	CHECK_INT(rcp_session_login_device(db, "ed", "correct horse", "10.0.0.3", device, &s, &err),
	          RCP_OK);
	char forged[65];
	snprintf(forged, sizeof forged, "%.32s%032d", device, 0);
	CHECK_INT(rcp_session_login_device(db, "ed", "correct horse", "10.0.0.3", forged, &s, &err),
	          RCP_EBUSY);
	/* a device cookie is for its account only */
	CHECK_INT(rcp_user_add(db, "rita", RCP_ROLE_READER, "reader pass", &err), RCP_OK);
	for (int i = 0; i < aa.burst; i++)
		rcp_session_login(db, "rita", "wrong", "10.0.0.3", &s, &err);
	CHECK_INT(rcp_session_login_device(db, "rita", "reader pass", "10.0.0.3", device, &s, &err),
	          RCP_EBUSY);
	CHECK_INT(rcp_session_login(db, "rita", "reader pass", "10.0.0.5", &s, &err), RCP_OK);
	CHECK_INT(s.role, RCP_ROLE_READER);
	/* one client hammering made-up names spends its own bucket */
	for (int i = 0; i < ad.burst; i++) {
		char name[16];
		snprintf(name, sizeof name, "guess%d", i);
		rcp_session_login(db, name, "x", "10.0.0.9", &s, &err);
	}
	CHECK_INT(rcp_session_login(db, "rita", "reader pass", "10.0.0.9", &s, &err), RCP_EBUSY);

	/* pre-session CSRF tokens: only ones this process issued pass */
	char pre[65];
	rcp_csrf_new(pre);
	CHECK_INT(strlen(pre), 64);
	CHECK(rcp_csrf_valid(pre));
	CHECK(!rcp_csrf_valid("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
	CHECK(!rcp_csrf_valid(NULL));
	CHECK(!rcp_csrf_valid(""));
	pre[40] = pre[40] == '0' ? '1' : '0';
	CHECK(!rcp_csrf_valid(pre));

	rcp_error_clear(&err);
	CHECK_INT(rcp_verify(db, NULL, NULL, NULL, &err), RCP_OK);
	rcp_db_close(db);
	unlink(path);
	TEST_END();
}
