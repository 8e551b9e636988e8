/*
 * fuzz_ftm.c — libFuzzer target for the FtM registry reader: any bytes as
 * FollowTheMoney JSON lines, imported into a database in memory.
 *
 * Checked: an import that fails leaves no entity behind (all or nothing);
 * one that succeeds reports as many lines as it created, updated and left
 * unchanged, and stores no more entities than it read organizations; its
 * FtM export imports into a fresh database, and that database exports the
 * same entities again (the round trip of `export --format ftm` and
 * `import-registry --format ftm`).
 *
 * Built by meson: `make fuzz` (libFuzzer, clang) and, with replay.c's
 * main(), in every build, where it replays tests/fuzz/corpus/ftm/.
 */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	rcp_error err;
	rcp_db *db = fuzz_memory_db();
	rcp_registry_options o = {RCP_REGISTRY_FTM, NULL};
	rcp_import_report rep;
	memset(&rep, 0, sizeof rep);
	rcp_status st = rcp_registry_import_bytes(db, (const char *)data, size, "fuzz", &o, &rep,
	                                          &err);
	if (st != RCP_OK) {
		FUZZ_CHECK(rcp_entity_count(db) == 0); /* nothing imported */
		rcp_db_close(db);
		return 0;
	}
	FUZZ_CHECK(rep.created + rep.updated + rep.unchanged == rep.lines);
	FUZZ_CHECK(rcp_entity_count(db) == rep.created);

	fuzz_dump one = {.flags = JSON_COMPACT}, two = {.flags = JSON_COMPACT};
	FUZZ_CHECK(rcp_export_ftm(db, 0, fuzz_dump_line, &one, &err) == RCP_OK);
	rcp_db_close(db);
	if (!one.n) {
		free(one.text);
		return 0;
	}
	db = fuzz_memory_db();
	memset(&rep, 0, sizeof rep);
	st = rcp_registry_import_bytes(db, one.text, one.len, "export", &o, &rep, &err);
	if (st != RCP_OK) {
		fprintf(stderr, "fuzz: the export does not import: %s '%s': %s\n", err.what,
		        err.subject, err.why);
		abort();
	}
	FUZZ_CHECK(rep.persons == 0);
	FUZZ_CHECK(rcp_export_ftm(db, 0, fuzz_dump_line, &two, &err) == RCP_OK);
	if (one.len != two.len || memcmp(one.text, two.text, one.len)) {
		fprintf(stderr, "fuzz: the round trip changed the export:\n%s---\n%s", one.text,
		        two.text);
		abort();
	}
	free(one.text);
	free(two.text);
	rcp_db_close(db);
	return 0;
}
