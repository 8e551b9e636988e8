/*
 * backup.c — `receipts backup`: a consistent copy of a database in use.
 *
 * A plain copy of a WAL database while it is written is not a database:
 * the main file and its -wal change under cp, and committed pages may
 * still live only in the -wal. SQLite's online backup API reads every
 * page inside one read transaction, so the copy is the database as of
 * one moment, whatever writers do meanwhile (in WAL mode they are not
 * blocked). The copy is written beside the destination and renamed into
 * place, so a reader never sees half of it.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

/* Make the rename durable: sync the directory that holds path. */
static void sync_dir(const char *path)
{
	char dir[4096];
	rcp__path_dir(path, dir, sizeof dir);
	int fd = open(dir, O_RDONLY);
	if (fd >= 0) {
		(void)fsync(fd);
		close(fd);
	}
}

rcp_status rcp_db_backup(rcp_db *db, const char *dest, int force, rcp_error *err)
{
	struct stat to, from;
	int exists = lstat(dest, &to) == 0;
	if (exists && stat(db->path, &from) == 0 && to.st_dev == from.st_dev &&
	    to.st_ino == from.st_ino)
		return rcp__error_set(err, RCP_EINVAL, "cannot back up", dest,
		                      "that is the database itself");
	if (exists && !force)
		return rcp__error_set(err, RCP_EINVAL, "cannot back up", dest,
		                      "the file exists (--force replaces it)");
	if (exists && !S_ISREG(to.st_mode))
		return rcp__error_set(err, RCP_EINVAL, "cannot back up", dest, "not a regular file");
	/* A -wal beside dest belongs to a database someone may have open, or
	 * holds its last commits: replacing the file under it would mix the
	 * two. The operator decides. */
	char side[4300];
	snprintf(side, sizeof side, "%s-wal", dest);
	if (access(side, F_OK) == 0)
		return rcp__error_set(err, RCP_EINVAL, "cannot back up", dest,
		                      "%s exists: the file is in use or was not closed; not replacing it",
		                      side);

	char tmp[4200];
	snprintf(tmp, sizeof tmp, "%s.tmp.%ld", dest, (long)getpid());
	unlink(tmp);
	sqlite3 *out = NULL;
	rcp_status rc = RCP_OK;
	if (sqlite3_open_v2(tmp, &out, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
	    SQLITE_OK) {
		rc = rcp__error_set(err, RCP_EIO, "cannot write", tmp, "%s",
		                    out ? sqlite3_errmsg(out) : "out of memory");
		goto out;
	}
	sqlite3_backup *b = sqlite3_backup_init(out, "main", db->sql, "main");
	if (!b) {
		rc = rcp__error_db(err, out, "cannot back up");
		goto out;
	}
	/* all pages in one step: one read transaction, one moment */
	int r;
	for (int tries = 0; tries < 100; tries++) {
		r = sqlite3_backup_step(b, -1);
		if (r != SQLITE_BUSY && r != SQLITE_LOCKED)
			break;
		sqlite3_sleep(100);
	}
	sqlite3_backup_finish(b);
	if (r != SQLITE_DONE) {
		rc = rcp__error_set(err, RCP_EIO, "cannot back up", dest, "%s", sqlite3_errstr(r));
		goto out;
	}
	if (sqlite3_close(out) != SQLITE_OK) {
		rc = rcp__error_set(err, RCP_EIO, "cannot back up", dest, "closing the copy failed");
		out = NULL;
		goto out;
	}
	out = NULL;
	if (rename(tmp, dest) != 0) {
		rc = rcp__error_set(err, RCP_EIO, "cannot back up", dest, "%s", strerror(errno));
		goto out;
	}
	sync_dir(dest);
out:
	sqlite3_close(out);
	if (rc != RCP_OK) {
		unlink(tmp);
		snprintf(side, sizeof side, "%s-journal", tmp);
		unlink(side);
	}
	return rc;
}
