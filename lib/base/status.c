/*
 * status.c — the status table and the error struct.
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"

static const struct {
	const char *name;
	const char *message;
	int http;
} status_table[RCP__STATUS_COUNT] = {
	[RCP_OK] = {"ok", "success", 200},
	[RCP_EINVAL] = {"invalid", "invalid argument", 400},
	[RCP_EIO] = {"io", "input/output error", 500},
	[RCP_EDB] = {"database", "database error", 500},
	[RCP_ENOTFOUND] = {"not_found", "not found", 404},
	[RCP_EAMBIGUOUS] = {"ambiguous", "ambiguous reference", 409},
	[RCP_EBINARY] = {"binary", "binary input refused", 415},
	[RCP_ETOOBIG] = {"too_big", "input too large", 413},
	[RCP_EFORMAT] = {"format", "unsupported format", 415},
	[RCP_EPARSE] = {"parse", "malformed input", 400},
	[RCP_ECORRUPT] = {"corrupt", "integrity check failed", 500},
	[RCP_EVERSION] = {"version", "database is from a newer receipts", 500},
	[RCP_EPERM] = {"forbidden", "not allowed", 403},
	[RCP_EBUSY] = {"busy", "database is busy", 503},
};

static int status_known(rcp_status st)
{
	return (int)st >= 0 && st < RCP__STATUS_COUNT;
}

const char *rcp_status_name(rcp_status st)
{
	return status_known(st) ? status_table[st].name : "unknown";
}

const char *rcp_status_message(rcp_status st)
{
	return status_known(st) ? status_table[st].message : "unknown error";
}

int rcp_status_http(rcp_status st)
{
	return status_known(st) ? status_table[st].http : 500;
}

void rcp_error_clear(rcp_error *err)
{
	if (!err)
		return;
	memset(err, 0, sizeof *err);
	err->offset = -1;
}

rcp_status rcp__error_set(rcp_error *err, rcp_status code, const char *what,
                          const char *subject, const char *why_fmt, ...)
{
	if (!err)
		return code;
	rcp_error_clear(err);
	err->code = code;
	snprintf(err->what, sizeof err->what, "%s", what ? what : rcp_status_message(code));
	if (subject)
		snprintf(err->subject, sizeof err->subject, "%s", subject);
	if (why_fmt) {
		va_list ap;
		va_start(ap, why_fmt);
		vsnprintf(err->why, sizeof err->why, why_fmt, ap);
		va_end(ap);
	}
	return code;
}

rcp_status rcp__error_db(rcp_error *err, sqlite3 *db, const char *what)
{
	int ec = db ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
	rcp_status code = RCP_EDB;
	if ((ec & 0xff) == SQLITE_BUSY || (ec & 0xff) == SQLITE_LOCKED)
		code = RCP_EBUSY;
	else if ((ec & 0xff) == SQLITE_CORRUPT || (ec & 0xff) == SQLITE_NOTADB)
		code = RCP_ECORRUPT;
	else if ((ec & 0xff) == SQLITE_FULL || (ec & 0xff) == SQLITE_IOERR)
		code = RCP_EIO;
	return rcp__error_set(err, code, what, NULL, "%s", db ? sqlite3_errmsg(db) : "no database");
}

void rcp_error_format(const rcp_error *err, char *out, size_t cap)
{
	if (!cap)
		return;
	if (!err || err->code == RCP_OK) {
		snprintf(out, cap, "no error");
		return;
	}
	const char *what = err->what[0] ? err->what : rcp_status_message(err->code);
	if (err->subject[0] && err->why[0])
		snprintf(out, cap, "%s '%s': %s", what, err->subject, err->why);
	else if (err->subject[0])
		snprintf(out, cap, "%s '%s'", what, err->subject);
	else if (err->why[0])
		snprintf(out, cap, "%s: %s", what, err->why);
	else
		snprintf(out, cap, "%s", what);
}
