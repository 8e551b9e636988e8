#include <unistd.h>

#include "internal.h"
#include "test.h"

static int count_cb(const rcp_source *s, void *ctx)
{
	(void)s;
	(*(int *)ctx)++;
	return 0;
}

static int title_cb(const rcp_source *s, void *ctx)
{
	snprintf(ctx, 128, "%s|%s|%s", s->title ? s->title : "", s->text ? s->text : "(no text)",
	         s->lang ? s->lang : "");
	return 1;
}

static int64_t audit_count(rcp_db *db)
{
	sqlite3_stmt *st;
	sqlite3_prepare_v2(db->sql, "SELECT count(*) FROM audit", -1, &st, NULL);
	sqlite3_step(st);
	int64_t n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

int main(void)
{
	char path[] = "/tmp/rcp-test-store-XXXXXX";
	rcp_db *db = test_db_new(path);
	rcp_error err;
	rcp_error_clear(&err);
	CHECK_INT(rcp_db_schema_version(db), rcp__schema_latest());

	rcp_add_result r;
	rcp_source_meta m = {.filename = "dir/one.txt", .lang = "en", .published = "2024-05"};
	const char *one = "Microsoft supplied Azure to Unit 8200.\n";
	CHECK_INT(rcp_source_add(db, (const uint8_t *)one, strlen(one), &m, 0, &r, &err), RCP_OK);
	CHECK(!r.existed);
	CHECK_INT(r.id, 1);
	char sha[65];
	rcp_sha256_hex(one, strlen(one), sha);
	CHECK_STR(r.sha256, sha);
	CHECK_INT(audit_count(db), 1);

	/* same bytes again: a no-op that says so */
	CHECK_INT(rcp_source_add(db, (const uint8_t *)one, strlen(one), &m, 0, &r, &err), RCP_OK);
	CHECK(r.existed);
	CHECK_INT(r.id, 1);
	CHECK_INT(rcp_source_count(db), 1);
	CHECK_INT(audit_count(db), 1);

	/* Latin-1 stored as UTF-8 */
	rcp_source_meta m2 = {.filename = "latin.txt", .kind = "report"};
	CHECK_INT(rcp_source_add(db, (const uint8_t *)"minist\xE8re de la D\xE9" "fense", 23, &m2, 0,
	                         &r, &err), RCP_OK);
	CHECK(r.transcoded);
	CHECK_STR(r.encoding, "windows-1252");
	char buf[128];
	CHECK_INT(rcp_source_get(db, "2", title_cb, buf, &err), RCP_OK);
	CHECK_STR(buf, "latin.txt|minist\xC3\xA8re de la D\xC3\xA9" "fense|");

	/* refusals change nothing */
	int64_t before = audit_count(db);
	CHECK_INT(rcp_source_add(db, (const uint8_t *)"\x7f" "ELF\x02\x01", 6, &m, 0, &r, &err), RCP_EBINARY);
	CHECK_INT(rcp_source_add(db, (const uint8_t *)"", 0, &m, 0, &r, &err), RCP_EINVAL);
	CHECK_INT(rcp_source_add(db, (const uint8_t *)"  \n\n ", 5, &m, 0, &r, &err), RCP_EINVAL);
	CHECK_INT(rcp_source_add(db, (const uint8_t *)"0123456789abc", 13, &m, 10, &r, &err), RCP_ETOOBIG);
	rcp_source_meta bad = {.kind = "rumour"};
	CHECK_INT(rcp_source_add(db, (const uint8_t *)"text", 4, &bad, 0, &r, &err), RCP_EINVAL);
	rcp_source_meta bad_date = {.published = "2024-02-30"};
	CHECK_INT(rcp_source_add(db, (const uint8_t *)"text", 4, &bad_date, 0, &r, &err), RCP_EINVAL);
	CHECK_INT(rcp_source_count(db), 2);
	CHECK_INT(audit_count(db), before);

	/* lookups: by id, by hash prefix, missing, malformed */
	CHECK_INT(rcp_source_get(db, sha, title_cb, buf, &err), RCP_OK);
	CHECK_STR(buf, "one.txt|Microsoft supplied Azure to Unit 8200.\n|en");
	char prefix[7];
	memcpy(prefix, sha, 6);
	prefix[6] = 0;
	CHECK_INT(rcp_source_get(db, prefix, title_cb, buf, &err), RCP_OK);
	prefix[0] = (char)(prefix[0] >= 'a' ? prefix[0] - 32 : prefix[0]); /* upper case works */
	CHECK_INT(rcp_source_get(db, prefix, title_cb, buf, &err), RCP_OK);
	CHECK_INT(rcp_source_get(db, "99", title_cb, buf, &err), RCP_ENOTFOUND);
	CHECK_INT(rcp_source_get(db, "zz'; DROP TABLE source; --", title_cb, buf, &err), RCP_EINVAL);
	CHECK_INT(rcp_source_get(db, "abc", title_cb, buf, &err), RCP_EINVAL);

	/* original bytes come back exactly */
	uint8_t *orig;
	size_t olen;
	CHECK_INT(rcp_source_original(db, 2, &orig, &olen, &err), RCP_OK);
	CHECK_INT(olen, 23);
	CHECK(!memcmp(orig, "minist\xE8re", 9));
	free(orig);

	/* filters */
	int n = 0;
	rcp_source_filter f = {.kind = "report"};
	CHECK_INT(rcp_source_each(db, &f, count_cb, &n, &err), RCP_OK);
	CHECK_INT(n, 1);
	n = 0;
	rcp_source_filter f2 = {.after = "2024", .before = "2025"};
	CHECK_INT(rcp_source_each(db, &f2, count_cb, &n, &err), RCP_OK);
	CHECK_INT(n, 1);
	n = 0;
	rcp_source_filter f3 = {.contains = "LATIN"};
	CHECK_INT(rcp_source_each(db, &f3, count_cb, &n, &err), RCP_OK);
	CHECK_INT(n, 1);
	rcp_source_filter f4 = {.after = "May 2024"};
	CHECK_INT(rcp_source_each(db, &f4, count_cb, &n, &err), RCP_EINVAL);

	rcp_verify_report vr;
	CHECK_INT(rcp_verify(db, &vr, NULL, NULL, &err), RCP_OK);
	CHECK_INT(vr.sources, 2);
	CHECK_INT(vr.audit_entries, 2);
	CHECK_INT(rcp_db_integrity(db, &err), RCP_OK);
	rcp_db_close(db);

	/* reopening applies no migration twice */
	db = rcp_db_open(path, RCP_OPEN_READONLY, &err);
	CHECK(db != NULL);
	CHECK_INT(rcp_source_count(db), 2);
	rcp_db_close(db);
	/* marked as ours; the head of the chain and anchors */
	db = rcp_db_open(path, 0, &err);
	CHECK(db != NULL);
	sqlite3_stmt *st;
	sqlite3_prepare_v2(db->sql, "PRAGMA application_id", -1, &st, NULL);
	sqlite3_step(st);
	CHECK_INT(sqlite3_column_int64(st, 0), RCP_APPLICATION_ID);
	sqlite3_finalize(st);
	int64_t head;
	char hash[65], anchor[100];
	CHECK_INT(rcp_audit_head(db, &head, hash, &err), RCP_OK);
	CHECK_INT(head, 2);
	CHECK_INT((int64_t)strlen(hash), 64);
	snprintf(anchor, sizeof anchor, "2:%s", hash);
	CHECK_INT(rcp_verify_head(db, anchor, &err), RCP_OK);
	CHECK_INT(rcp_verify_head(db, hash, &err), RCP_OK);
	snprintf(anchor, sizeof anchor, "3:%s", hash);
	CHECK_INT(rcp_verify_head(db, anchor, &err), RCP_ECORRUPT);
	CHECK(strstr(err.why, "removed from its end") != NULL);
	snprintf(anchor, sizeof anchor, "1:%s", hash);
	CHECK_INT(rcp_verify_head(db, anchor, &err), RCP_ECORRUPT);
	CHECK_INT(rcp_verify_head(db, "2:xyz", &err), RCP_EINVAL);

	/* a backup is a database with the same head; no overwrite without force */
	char copy[] = "/tmp/rcp-test-store-copy-XXXXXX";
	close(mkstemp(copy));
	CHECK_INT(rcp_db_backup(db, copy, 0, &err), RCP_EINVAL);
	CHECK_INT(rcp_db_backup(db, copy, 1, &err), RCP_OK);
	CHECK_INT(rcp_db_backup(db, path, 1, &err), RCP_EINVAL);
	rcp_db_close(db);
	db = rcp_db_open(copy, RCP_OPEN_READONLY, &err);
	CHECK(db != NULL);
	CHECK_INT(rcp_source_count(db), 2);
	int64_t chead;
	char chash[65];
	CHECK_INT(rcp_audit_head(db, &chead, chash, &err), RCP_OK);
	CHECK_STR(chash, hash);
	rcp_db_close(db);
	unlink(copy);

	/* no database at a path: nothing is created when it must exist */
	char none[] = "/tmp/rcp-test-store-none-XXXXXX";
	close(mkstemp(none));
	unlink(none);
	CHECK(rcp_db_open(none, RCP_OPEN_EXISTING, &err) == NULL);
	CHECK_INT(err.code, RCP_ENOTFOUND);
	CHECK(access(none, F_OK) != 0);

	/* another application's SQLite file is refused and left as it was */
	sqlite3 *other;
	sqlite3_open(none, &other);
	sqlite3_exec(other, "CREATE TABLE notes(x)", NULL, NULL, NULL);
	sqlite3_close(other);
	CHECK(rcp_db_open(none, 0, &err) == NULL);
	CHECK_INT(err.code, RCP_EFORMAT);
	sqlite3_open(none, &other);
	sqlite3_prepare_v2(other, "SELECT count(*) FROM sqlite_schema", -1, &st, NULL);
	sqlite3_step(st);
	CHECK_INT(sqlite3_column_int64(st, 0), 1);
	sqlite3_finalize(st);
	sqlite3_close(other);
	unlink(none);

	/* a file that is not a database */
	FILE *junk = fopen(path, "w");
	fputs("this is not sqlite, just text that goes on for a while .....................", junk);
	fclose(junk);
	char wal[300];
	snprintf(wal, sizeof wal, "%s-wal", path);
	unlink(wal);
	snprintf(wal, sizeof wal, "%s-shm", path);
	unlink(wal);
	db = rcp_db_open(path, 0, &err);
	CHECK(db == NULL);
	CHECK_INT(err.code, RCP_ECORRUPT);
	CHECK_STR(err.why, "not a receipts database (file is not a database)");
	unlink(path);
	TEST_END();
}
