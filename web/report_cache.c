/*
 * report_cache.c — screening reports kept a while for download.
 *
 * A report shown on /screen can be downloaded as CSV, JSON or HTML from
 * /screen/report/TOKEN.EXT without uploading the file again. The report
 * stays in memory under a random 128-bit token (the link is the only way
 * to it, as with any unguessable download link) for REPORT_TTL seconds;
 * at most REPORT_MAX reports and REPORT_ROWS holdings rows are kept, the
 * oldest dropped first, so anonymous screenings cannot grow the server.
 */
#include <pthread.h>
#include <string.h>
#include <time.h>

#include "web.h"

#define REPORT_MAX 32
#define REPORT_ROWS 100000
#define REPORT_TTL (30 * 60)

typedef struct kept {
	char token[33];
	json_t *rep;
	size_t rows;
	time_t at;
} kept;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static kept slots[REPORT_MAX];

/* Drop slot i (lock held). */
static void drop(int i)
{
	json_decref(slots[i].rep);
	memset(&slots[i], 0, sizeof slots[i]);
}

int web_report_keep(json_t *rep, char token[33])
{
	size_t rows = json_array_size(json_object_get(rep, "rows"));
	if (rows > REPORT_ROWS)
		return 0;
	rcp_random_hex(token, 16);
	time_t now = time(NULL);
	pthread_mutex_lock(&lock);
	size_t total = rows;
	for (int i = 0; i < REPORT_MAX; i++) {
		if (slots[i].rep && now - slots[i].at > REPORT_TTL)
			drop(i);
		total += slots[i].rows;
	}
	/* the oldest go until there is a free slot and room for the rows */
	for (;;) {
		int free_slot = -1, oldest = -1;
		for (int i = 0; i < REPORT_MAX; i++) {
			if (!slots[i].rep) {
				if (free_slot < 0)
					free_slot = i;
			} else if (oldest < 0 || slots[i].at < slots[oldest].at) {
				oldest = i;
			}
		}
		if (free_slot >= 0 && total <= REPORT_ROWS) {
			memcpy(slots[free_slot].token, token, 33);
			slots[free_slot].rep = json_incref(rep);
			slots[free_slot].rows = rows;
			slots[free_slot].at = now;
			break;
		}
		total -= slots[oldest].rows;
		drop(oldest);
	}
	pthread_mutex_unlock(&lock);
	return 1;
}

json_t *web_report_get(const char *token)
{
	json_t *rep = NULL;
	time_t now = time(NULL);
	pthread_mutex_lock(&lock);
	for (int i = 0; i < REPORT_MAX; i++)
		if (slots[i].rep && !strcmp(slots[i].token, token) && now - slots[i].at <= REPORT_TTL)
			rep = json_incref(slots[i].rep);
	pthread_mutex_unlock(&lock);
	return rep;
}
