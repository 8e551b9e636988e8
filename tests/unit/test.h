/*
 * test.h — the smallest harness that does the job: CHECK macros count
 * passes and failures, each failure prints file:line and the values,
 * and TEST_END prints "N passed, N failed" and sets the exit status.
 */
#ifndef RCP_TEST_H
#define RCP_TEST_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "receipts.h"

static int t_pass, t_fail;

/* A pseudo-random number below n from *state (xorshift64, non-zero
 * seed), so that a random test gives the same inputs every run. */
static inline unsigned test_rand(uint64_t *state, unsigned n)
{
	*state ^= *state << 13;
	*state ^= *state >> 7;
	*state ^= *state << 17;
	return (unsigned)(*state % n);
}

#define CHECK(cond)                                                                  \
	do {                                                                         \
		if (cond)                                                            \
			t_pass++;                                                    \
		else {                                                               \
			t_fail++;                                                    \
			fprintf(stderr, "%s:%d: FAIL: %s\n", __FILE__, __LINE__, #cond); \
		}                                                                    \
	} while (0)

#define CHECK_INT(a, b)                                                              \
	do {                                                                         \
		long long a_ = (long long)(a), b_ = (long long)(b);                  \
		if (a_ == b_)                                                        \
			t_pass++;                                                    \
		else {                                                               \
			t_fail++;                                                    \
			fprintf(stderr, "%s:%d: FAIL: %s == %s (%lld != %lld)\n", __FILE__, \
			        __LINE__, #a, #b, a_, b_);                           \
		}                                                                    \
	} while (0)

#define CHECK_STR(a, b)                                                              \
	do {                                                                         \
		const char *a_ = (a), *b_ = (b);                                     \
		if (a_ && b_ && !strcmp(a_, b_))                                     \
			t_pass++;                                                    \
		else {                                                               \
			t_fail++;                                                    \
			fprintf(stderr, "%s:%d: FAIL: %s == %s ('%s' != '%s')\n", __FILE__, \
			        __LINE__, #a, #b, a_ ? a_ : "(null)", b_ ? b_ : "(null)"); \
		}                                                                    \
	} while (0)

#define TEST_END()                                                                   \
	do {                                                                         \
		printf("%s: %d passed, %d failed\n", __FILE__, t_pass, t_fail);       \
		return t_fail ? 1 : 0;                                               \
	} while (0)

/* A new database for a test: path, a mkstemp template such as
 * "/tmp/rcp-test-NAME-XXXXXX", becomes the name of its file (the test
 * reopens and unlinks it). Exits when it cannot be made: a broken test,
 * not a failed check. */
static inline rcp_db *test_db_new(char *path)
{
	int fd = mkstemp(path);
	if (fd < 0) {
		perror(path);
		exit(2);
	}
	close(fd);
	unlink(path); /* rcp_db_open makes the file, with the schema */
	rcp_error err;
	rcp_error_clear(&err);
	rcp_db *db = rcp_db_open(path, 0, &err);
	if (!db) {
		char msg[600];
		rcp_error_format(&err, msg, sizeof msg);
		fprintf(stderr, "cannot make a test database at %s: %s\n", path, msg);
		exit(2);
	}
	return db;
}

/* The built-in matcher and an extractor over it, the extract tests'
 * setup: free the extractor, then *m. Exits when either cannot be made
 * (a broken build, not a failed check), as test_db_new does. */
static inline rcp_extractor *test_extractor_new(rcp_matcher **m)
{
	rcp_error err;
	rcp_error_clear(&err);
	*m = rcp_matcher_builtin(&err);
	rcp_extractor *x = *m ? rcp_extractor_new(*m, &err) : NULL;
	if (!x) {
		char msg[600];
		rcp_error_format(&err, msg, sizeof msg);
		fprintf(stderr, "cannot make the built-in extractor: %s\n", msg);
		exit(2);
	}
	return x;
}

/* SQL past the API, for tests that include internal.h (before this
 * header) and so see db->sql. A statement that does not run is a broken
 * test: it exits, as test_db_new does. */
#ifdef RCP_INTERNAL_H
/* Run sql, one or more statements with no parameters. */
static inline void test_exec(rcp_db *db, const char *sql)
{
	char *msg = NULL;
	if (sqlite3_exec(db->sql, sql, NULL, NULL, &msg) != SQLITE_OK) {
		fprintf(stderr, "sql failed: %s: %s\n", sql, msg);
		sqlite3_free(msg);
		exit(2);
	}
}

/* The first column of the first row of q, a query with no parameters,
 * as an integer (0 when there is no row): counts and flags. */
static inline int64_t test_scalar(rcp_db *db, const char *q)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db->sql, q, -1, &st, NULL) != SQLITE_OK) {
		fprintf(stderr, "sql failed: %s: %s\n", q, sqlite3_errmsg(db->sql));
		exit(2);
	}
	sqlite3_step(st);
	int64_t n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}
#endif

/* Directory of golden tables (tests/data), overridable for out-of-tree runs. */
static inline const char *test_data_dir(void)
{
	const char *d = getenv("RCP_TEST_DATA");
	return d && *d ? d : "tests/data";
}

/* Open a golden table tests/data/<rel>; exits if missing (a broken test). */
static inline FILE *test_open_table(const char *rel)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", test_data_dir(), rel);
	FILE *f = fopen(path, "r");
	if (!f) {
		fprintf(stderr, "cannot open golden table %s\n", path);
		exit(2);
	}
	return f;
}

/* Next table row split on tabs into fields (max n); skips blanks and #
 * comments. Returns the number of fields, 0 at end. Unescapes \t \n \\ \xHH. */
static inline int test_next_row(FILE *f, char *line, size_t cap, char **fields, int n)
{
	while (fgets(line, (int)cap, f)) {
		size_t len = strlen(line);
		while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (!len || line[0] == '#')
			continue;
		int k = 0;
		char *p = line;
		fields[k++] = p;
		for (; *p && k < n; p++)
			if (*p == '\t') {
				*p = '\0';
				fields[k++] = p + 1;
			}
		for (int i = 0; i < k; i++) {
			char *r = fields[i], *w = fields[i];
			while (*r) {
				if (*r == '\\' && r[1]) {
					r++;
					if (*r == 't') *w++ = '\t', r++;
					else if (*r == 'n') *w++ = '\n', r++;
					else if (*r == 'x' && r[1] && r[2]) {
						char hex[3] = {r[1], r[2], 0};
						*w++ = (char)strtol(hex, NULL, 16);
						r += 3;
					} else *w++ = *r++;
				} else {
					*w++ = *r++;
				}
			}
			*w = '\0';
		}
		return k;
	}
	return 0;
}

#endif
