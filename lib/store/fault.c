/*
 * fault.c — fault injection for tests: the Nth allocation SQLite makes,
 * or the Nth write or sync it asks of the file system, fails.
 *
 * Compiled in only with -Dfault=true (the sanitizer build, make asan);
 * elsewhere rcp__fault_install() does nothing. Armed by the environment:
 *
 *     RCP_FAULT=malloc:N   the Nth allocation through SQLite fails (NOMEM)
 *     RCP_FAULT=write:N    the Nth file write fails (an I/O error)
 *     RCP_FAULT=full:N     the Nth file write fails as a full disk
 *     RCP_FAULT=sync:N     the Nth fsync fails (an I/O error)
 *
 * N counts from the first database opened. The fault fires once, and
 * says so on stderr ("receipts: fault injected: write #N"), so a sweep
 * over N (tests/e2e/041-faults.sh) knows when the command ran past every
 * point it could fail at. receipts' own allocations are not failed: the
 * library aborts on an allocation failure by design, which a test of
 * kills already covers.
 *
 * The writes and syncs are those of a VFS that wraps the default one and
 * is registered as the default; every other call goes straight through.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#ifndef RCP_FAULT_INJECTION

void rcp__fault_install(void)
{
}

#else

enum { F_NONE, F_MALLOC, F_WRITE, F_FULL, F_SYNC };

static int f_kind;
static long f_at;      /* the call that fails, counted from 1 */
static long f_count;   /* calls of that kind so far */

/* 1 when this call of the armed kind is the one to fail. */
static int fire(int kind)
{
	if (f_kind != kind)
		return 0;
	long n = __atomic_add_fetch(&f_count, 1, __ATOMIC_SEQ_CST);
	if (n != f_at)
		return 0;
	static const char *const names[] = {"", "malloc", "write", "full", "sync"};
	fprintf(stderr, "receipts: fault injected: %s #%ld\n", names[kind], n);
	return 1;
}

/* ---- SQLite's allocator ---- */

static sqlite3_mem_methods real_mem;

static void *f_malloc(int n)
{
	return fire(F_MALLOC) ? NULL : real_mem.xMalloc(n);
}

static void *f_realloc(void *p, int n)
{
	return fire(F_MALLOC) ? NULL : real_mem.xRealloc(p, n);
}

/* ---- the file system ---- */

typedef struct f_file {
	sqlite3_file base;  /* our methods */
	sqlite3_file *real; /* the wrapped VFS's file, just after this struct */
} f_file;

static sqlite3_vfs *real_vfs;

#define REAL(f) (((f_file *)(f))->real)

static int f_close(sqlite3_file *f)
{
	return REAL(f)->pMethods->xClose(REAL(f));
}
static int f_read(sqlite3_file *f, void *b, int n, sqlite3_int64 off)
{
	return REAL(f)->pMethods->xRead(REAL(f), b, n, off);
}
static int f_write(sqlite3_file *f, const void *b, int n, sqlite3_int64 off)
{
	if (fire(F_WRITE))
		return SQLITE_IOERR_WRITE;
	if (fire(F_FULL))
		return SQLITE_FULL;
	return REAL(f)->pMethods->xWrite(REAL(f), b, n, off);
}
static int f_truncate(sqlite3_file *f, sqlite3_int64 size)
{
	return REAL(f)->pMethods->xTruncate(REAL(f), size);
}
static int f_sync(sqlite3_file *f, int flags)
{
	if (fire(F_SYNC))
		return SQLITE_IOERR_FSYNC;
	return REAL(f)->pMethods->xSync(REAL(f), flags);
}
static int f_size(sqlite3_file *f, sqlite3_int64 *size)
{
	return REAL(f)->pMethods->xFileSize(REAL(f), size);
}
static int f_lock(sqlite3_file *f, int l)
{
	return REAL(f)->pMethods->xLock(REAL(f), l);
}
static int f_unlock(sqlite3_file *f, int l)
{
	return REAL(f)->pMethods->xUnlock(REAL(f), l);
}
static int f_check_lock(sqlite3_file *f, int *out)
{
	return REAL(f)->pMethods->xCheckReservedLock(REAL(f), out);
}
static int f_control(sqlite3_file *f, int op, void *arg)
{
	return REAL(f)->pMethods->xFileControl(REAL(f), op, arg);
}
static int f_sector(sqlite3_file *f)
{
	return REAL(f)->pMethods->xSectorSize(REAL(f));
}
static int f_dev(sqlite3_file *f)
{
	return REAL(f)->pMethods->xDeviceCharacteristics(REAL(f));
}
static int f_shm_map(sqlite3_file *f, int pg, int sz, int extend, void volatile **pp)
{
	return REAL(f)->pMethods->xShmMap(REAL(f), pg, sz, extend, pp);
}
static int f_shm_lock(sqlite3_file *f, int off, int n, int flags)
{
	return REAL(f)->pMethods->xShmLock(REAL(f), off, n, flags);
}
static void f_shm_barrier(sqlite3_file *f)
{
	REAL(f)->pMethods->xShmBarrier(REAL(f));
}
static int f_shm_unmap(sqlite3_file *f, int del)
{
	return REAL(f)->pMethods->xShmUnmap(REAL(f), del);
}
static int f_fetch(sqlite3_file *f, sqlite3_int64 off, int n, void **pp)
{
	return REAL(f)->pMethods->xFetch(REAL(f), off, n, pp);
}
static int f_unfetch(sqlite3_file *f, sqlite3_int64 off, void *p)
{
	return REAL(f)->pMethods->xUnfetch(REAL(f), off, p);
}

static const sqlite3_io_methods f_methods = {
	3, f_close, f_read, f_write, f_truncate, f_sync, f_size, f_lock, f_unlock,
	f_check_lock, f_control, f_sector, f_dev, f_shm_map, f_shm_lock, f_shm_barrier,
	f_shm_unmap, f_fetch, f_unfetch,
};

/* The real file's methods of version 1 or 2 lack what version 3 adds:
 * the same methods table, offered only as far as the real one goes. */
static sqlite3_io_methods f_methods_v1, f_methods_v2;

static int f_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags,
                  int *out_flags)
{
	f_file *ff = (f_file *)file;
	ff->real = (sqlite3_file *)(ff + 1);
	int rc = real_vfs->xOpen(real_vfs, name, ff->real, flags, out_flags);
	if (rc != SQLITE_OK || !ff->real->pMethods) {
		ff->base.pMethods = NULL;
		return rc;
	}
	int v = ff->real->pMethods->iVersion;
	ff->base.pMethods = v >= 3 ? &f_methods : v == 2 ? &f_methods_v2 : &f_methods_v1;
	return rc;
}

static sqlite3_vfs f_vfs;

void rcp__fault_install(void)
{
	static int done;
	if (done)
		return;
	done = 1;
	const char *spec = getenv("RCP_FAULT");
	if (!spec || !*spec)
		return;
	static const struct {
		const char *name;
		int kind;
	} kinds[] = {{"malloc:", F_MALLOC}, {"write:", F_WRITE}, {"full:", F_FULL},
	             {"sync:", F_SYNC}};
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (!strncmp(spec, kinds[i].name, strlen(kinds[i].name))) {
			f_kind = kinds[i].kind;
			f_at = strtol(spec + strlen(kinds[i].name), NULL, 10);
		}
	if (!f_kind || f_at < 1) {
		fprintf(stderr, "receipts: RCP_FAULT '%s' not understood\n", spec);
		f_kind = F_NONE;
		return;
	}
	if (f_kind == F_MALLOC) {
		sqlite3_config(SQLITE_CONFIG_GETMALLOC, &real_mem);
		sqlite3_mem_methods m = real_mem;
		m.xMalloc = f_malloc;
		m.xRealloc = f_realloc;
		if (sqlite3_config(SQLITE_CONFIG_MALLOC, &m) != SQLITE_OK)
			fprintf(stderr, "receipts: RCP_FAULT: SQLite already started, not armed\n");
		return;
	}
	real_vfs = sqlite3_vfs_find(NULL);
	f_vfs = *real_vfs;
	f_vfs.zName = "rcp-fault";
	f_vfs.szOsFile = (int)sizeof(f_file) + real_vfs->szOsFile;
	f_vfs.xOpen = f_open;
	f_vfs.pNext = NULL;
	f_methods_v2 = f_methods;
	f_methods_v2.iVersion = 2;
	f_methods_v2.xFetch = NULL;
	f_methods_v2.xUnfetch = NULL;
	f_methods_v1 = f_methods_v2;
	f_methods_v1.iVersion = 1;
	f_methods_v1.xShmMap = NULL;
	f_methods_v1.xShmLock = NULL;
	f_methods_v1.xShmBarrier = NULL;
	f_methods_v1.xShmUnmap = NULL;
	sqlite3_vfs_register(&f_vfs, 1);
}

#endif
