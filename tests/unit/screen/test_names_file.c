/* The name index file of a store, "<db>.names": written by the first
 * load, mapped by the next while the registry's version is the one it
 * was built at, rebuilt when the registry changes (an import, a merge) and
 * when it is truncated, damaged or not ours; a temporary file a killed
 * writer left is removed at the next open. And the registry's version
 * itself: it changes with every registry write (an import that changes
 * something, a merge) and with nothing else. */
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "internal.h"
#include "test.h"

static const char registry[] =
	"{\"id\":\"lockheed-martin\",\"kind\":\"company\",\"name\":\"Lockheed Martin Corp\","
	"\"categories\":[\"military\"],\"identifiers\":[{\"scheme\":\"isin\",\"value\":\"US5398301094\"}]}\n"
	"{\"id\":\"elbit\",\"kind\":\"company\",\"name\":\"Elbit Systems Ltd\","
	"\"categories\":[\"military\"]}\n"
	"{\"id\":\"elbit-america\",\"kind\":\"company\",\"name\":\"Elbit America\"}\n";

static char dir[256], dbpath[300], names[320];

static rcp_db *open_db(void)
{
	rcp_error err;
	rcp_db *db = rcp_db_open(dbpath, 0, &err);
	CHECK(db != NULL);
	return db;
}

static void stamp_of(rcp_db *db, char out[48])
{
	rcp_registry_stamp(db, out);
}

/* The registry's version: O(1), and changed by every registry write. */
static void version(rcp_db *db)
{
	char a[48], b[48];
	rcp_error err;
	stamp_of(db, a);
	stamp_of(db, b);
	CHECK_STR(a, b);
	rcp_import_report rep;
	CHECK_INT(rcp_registry_import_text(db, registry, strlen(registry), "reg", &rep, &err), RCP_OK);
	stamp_of(db, b);
	CHECK(strcmp(a, b) != 0);
	/* the same registry again changes nothing */
	CHECK_INT(rcp_registry_import_text(db, registry, strlen(registry), "reg", &rep, &err), RCP_OK);
	stamp_of(db, a);
	CHECK_STR(a, b);
	/* a source is not the registry */
	rcp_source_meta meta = {.title = "t", .kind = "article"};
	rcp_add_result ar;
	const char *text = "Elbit Systems supplies drones.";
	stamp_of(db, a);
	CHECK_INT(rcp_source_add(db, (const uint8_t *)text, strlen(text), &meta, 0, &ar, &err), RCP_OK);
	stamp_of(db, b);
	CHECK_STR(a, b);
	/* a merge is */
	CHECK_INT(rcp_entity_merge(db, "elbit-america", "elbit", &err), RCP_OK);
	stamp_of(db, b);
	CHECK(strcmp(a, b) != 0);
}

static int mapped_ok(void)
{
	rcp_error err;
	rcp_name_index *m = rcp_name_index_map(names, NULL, &err);
	int ok = m != NULL;
	rcp_name_index_free(m);
	return ok;
}

/* Damage the file one way; the next load refuses it, rebuilds, rewrites. */
static void damaged(rcp_db *db, const char *how)
{
	struct stat sb;
	CHECK(stat(names, &sb) == 0);
	int fd = open(names, O_RDWR);
	CHECK(fd >= 0);
	if (!strcmp(how, "truncated")) {
		CHECK(ftruncate(fd, sb.st_size / 2) == 0);
	} else if (!strcmp(how, "flipped")) {
		unsigned char c;
		off_t at = sb.st_size * 2 / 3;
		CHECK(pread(fd, &c, 1, at) == 1);
		c ^= 0x10;
		CHECK(pwrite(fd, &c, 1, at) == 1);
	} else if (!strcmp(how, "stamp")) { /* the header's stamp, not its checksum */
		CHECK(pwrite(fd, "v2:0:0000", 9, 48) == 9);
	} else { /* foreign: another file under its name */
		CHECK(ftruncate(fd, 0) == 0);
		static const char other[] = "SQLite format 3\0 and then some bytes of nothing at all";
		CHECK(write(fd, other, sizeof other) == (ssize_t)sizeof other);
	}
	close(fd);
	rcp_error err;
	rcp_name_index *m = rcp_name_index_map(names, NULL, &err);
	CHECK(m == NULL);
	if (m == NULL)
		CHECK_INT(err.code, RCP_ECORRUPT);
	rcp_name_index_free(m);
	int current = 1;
	m = rcp_name_index_open_file(db, &current, &err);
	CHECK(m == NULL);
	m = rcp_name_index_load(db, &err);
	CHECK(m != NULL);
	if (m) {
		CHECK_INT(rcp_name_index_size(m), 3);
		rcp_name_match out;
		rcp_match_name(m, "Lockheed Martin", &out);
		CHECK_STR(out.id ? out.id : "-", "lockheed-martin");
	}
	rcp_name_index_free(m);
	CHECK(mapped_ok()); /* and written again */
	fprintf(stderr, "  %s file: refused and rebuilt\n", how);
}

static void file(rcp_db *db)
{
	rcp_error err;
	unlink(names);
	char stamp[48];
	stamp_of(db, stamp);
	rcp_name_index *m = rcp_name_index_load(db, &err);
	CHECK(m != NULL);
	CHECK_STR(rcp_name_index_stamp(m), stamp);
	CHECK_INT(rcp_name_index_size(m), 2); /* elbit-america is merged */
	rcp_name_index_free(m);
	CHECK(access(names, F_OK) == 0);
	/* the next one maps it */
	int current = 0;
	m = rcp_name_index_open_file(db, &current, &err);
	CHECK(m != NULL);
	CHECK_INT(current, 1);
	if (m) {
		rcp_name_match out;
		rcp_match_name(m, "US5398301094", &out);
		CHECK_STR(out.id ? out.id : "-", "lockheed-martin");
		rcp_match_name(m, "Elbit America", &out); /* a merged entity's name is an alias */
		CHECK_STR(out.id ? out.id : "-", "elbit");
		const char *why = rcp__name_index_check(m);
		CHECK_STR(why ? why : "ok", "ok");
	}
	rcp_name_index_free(m);

	/* the registry changes: the file is stale, the load rebuilds it */
	static const char more[] =
		"{\"id\":\"geo-group\",\"kind\":\"company\",\"name\":\"The GEO Group Inc\","
		"\"categories\":[\"prisons\"]}\n";
	rcp_import_report rep;
	CHECK_INT(rcp_registry_import_text(db, more, strlen(more), "more", &rep, &err), RCP_OK);
	m = rcp_name_index_open_file(db, &current, &err);
	CHECK(m != NULL);
	CHECK_INT(current, 0);
	CHECK_INT(rcp_name_index_size(m), 2); /* the old one, as it was */
	rcp_name_index_free(m);
	m = rcp_name_index_load(db, &err);
	CHECK(m != NULL);
	CHECK_INT(rcp_name_index_size(m), 3);
	rcp_name_index_free(m);
	m = rcp_name_index_open_file(db, &current, &err);
	CHECK_INT(current, 1);
	rcp_name_index_free(m);

	/* a rebuild another thread can run: its own handle */
	rcp_name_rebuild *rb = rcp_name_rebuild_new(db);
	m = rcp_name_rebuild_run(rb, &err);
	rcp_name_rebuild_free(rb);
	CHECK(m != NULL);
	CHECK_INT(rcp_name_index_size(m), 3);
	rcp_name_index_free(m);

	damaged(db, "truncated");
	damaged(db, "flipped");
	damaged(db, "stamp");
	damaged(db, "foreign");
}

/* A writer killed before its rename leaves "<db>.names.tmp.<pid>": the
 * next open removes it when that process is gone, not while it lives. */
static void stray_tmp(void)
{
	char dead[400], alive[400];
	/* a pid that is no process: a child that has exited and been reaped */
	pid_t pid = fork();
	if (pid == 0)
		_exit(0);
	waitpid(pid, NULL, 0);
	snprintf(dead, sizeof dead, "%s.tmp.%ld", names, (long)pid);
	snprintf(alive, sizeof alive, "%s.tmp.%ld", names, (long)getpid());
	FILE *f = fopen(dead, "w");
	CHECK(f != NULL);
	if (f)
		fclose(f);
	f = fopen(alive, "w");
	CHECK(f != NULL);
	if (f)
		fclose(f);
	rcp_db *db = open_db();
	CHECK(access(dead, F_OK) != 0);
	CHECK(access(alive, F_OK) == 0);
	rcp_db_close(db);
	unlink(alive);
}

int main(void)
{
	const char *tmp = getenv("TMPDIR");
	snprintf(dir, sizeof dir, "%s/test_names_file.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 1;
	}
	snprintf(dbpath, sizeof dbpath, "%s/r.db", dir);
	snprintf(names, sizeof names, "%s.names", dbpath);
	rcp_db *db = open_db();
	if (db) {
		version(db);
		file(db);
		rcp_db_close(db);
	}
	stray_tmp();
	char cmd[600];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	CHECK(system(cmd) == 0);
	TEST_END();
}
