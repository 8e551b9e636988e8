/*
 * fuzz_registry.c — libFuzzer target for the registry importer: any bytes
 * as registry JSON lines, imported into a database in memory.
 *
 * Checked: an import that fails leaves no entity behind (all or nothing);
 * one that succeeds reports as many lines as it created, updated and left
 * unchanged; and its canonical export (rcp_entity_each, what `entity list
 * --format jsonl` prints) imports again with every entity unchanged.
 *
 * Built by meson: `make fuzz` (libFuzzer, clang) and, with replay.c's
 * main(), in every build, where it replays tests/fuzz/corpus/registry/.
 */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	rcp_error err;
	rcp_db *db = fuzz_memory_db();
	rcp_import_report rep;
	memset(&rep, 0, sizeof rep);
	rcp_status st = rcp_registry_import_text(db, (const char *)data, size, "fuzz", &rep, &err);
	if (st != RCP_OK) {
		FUZZ_CHECK(rcp_entity_count(db) == 0); /* nothing imported */
		rcp_db_close(db);
		return 0;
	}
	FUZZ_CHECK(rep.created + rep.updated + rep.unchanged == rep.lines);
	FUZZ_CHECK(rcp_entity_count(db) == rep.created);

	/* the export imports unchanged */
	fuzz_dump d = {.flags = JSON_COMPACT | JSON_SORT_KEYS};
	FUZZ_CHECK(rcp_entity_each(db, NULL, fuzz_dump_line, &d, &err) == RCP_OK);
	FUZZ_CHECK(d.n == rcp_entity_count(db));
	if (!d.n) { /* blank lines only: nothing to export */
		rcp_db_close(db);
		return 0;
	}
	rcp_import_report again;
	memset(&again, 0, sizeof again);
	st = rcp_registry_import_text(db, d.text ? d.text : "", d.len, "export", &again, &err);
	if (st != RCP_OK) {
		fprintf(stderr, "fuzz: the export does not import: %s '%s': %s (line %lld)\n",
		        err.what, err.subject, err.why, (long long)err.offset);
		abort();
	}
	if (again.created || again.updated || again.unchanged != d.n) {
		fprintf(stderr, "fuzz: the export changed on import: %lld created, %lld updated\n",
		        (long long)again.created, (long long)again.updated);
		abort();
	}
	free(d.text);
	rcp_db_close(db);
	return 0;
}
