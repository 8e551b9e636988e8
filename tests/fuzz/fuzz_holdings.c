/*
 * fuzz_holdings.c — libFuzzer target for the holdings reader and the
 * matcher: any bytes as a holdings file (CSV layouts, N-PORT XML, lists),
 * every row matched against a small registry and the report built.
 *
 * Built by meson: `make fuzz` (libFuzzer, clang) and, with replay.c's
 * main(), in every build, where it replays tests/fuzz/corpus/holdings/.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"

static rcp_name_index *matcher(void)
{
	static rcp_name_index *m;
	if (m)
		return m;
	m = rcp_name_index_new();
	static const char *const al[] = {"LOCKHEED MARTIN CORPORATION", "Lockheed"};
	static const char *const ids[] = {"isin:US5398301094", "ticker:NYSE:LMT"};
	rcp_name_entity e = {.id = "lockheed-martin", .name = "Lockheed Martin Corp",
	                      .aliases = al, .naliases = 2, .identifiers = ids, .nidentifiers = 2,
	                      .categories = 1};
	rcp_error err;
	rcp_name_index_add(m, &e, &err);
	static const char *const al2[] = {"GEO Group Inc"};
	rcp_name_entity g = {.id = "geo-group", .name = "The GEO Group Inc", .aliases = al2,
	                      .naliases = 1, .categories = 8};
	rcp_name_index_add(m, &g, &err);
	rcp_name_index_build(m);
	return m;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[] = "/tmp/rcp-fuzz-XXXXXX";
	int fd = mkstemp(path);
	if (fd < 0)
		return 0;
	if (size && write(fd, data, size) != (ssize_t)size) {
		close(fd);
		unlink(path);
		return 0;
	}
	close(fd);
	rcp_error err;
	json_t *rep = NULL;
	if (rcp_screen_file(NULL, matcher(), path, NULL, NULL, &rep, &err) == RCP_OK) {
		char *html = rcp_screen_html(rep);
		free(html);
		json_decref(rep);
	}
	unlink(path);
	return 0;
}
