/*
 * formats.c — import-registry's formats: receipts' JSON lines (import.c),
 * FollowTheMoney (ftm.c) and CSV (csv_registry.c). Each reader turns its
 * input into registry lines; import.c validates, upserts and audits them,
 * so every format is checked and stored alike.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

int rcp_registry_format_parse(const char *s)
{
	if (!strcmp(s, "jsonl") || !strcmp(s, "json") || !strcmp(s, "receipts"))
		return RCP_REGISTRY_JSONL;
	if (!strcmp(s, "ftm"))
		return RCP_REGISTRY_FTM;
	if (!strcmp(s, "csv"))
		return RCP_REGISTRY_CSV;
	return -1;
}

/* FtM or CSV over f; the reader's own counts join the report. */
static rcp_status import_with(rcp_db *db, FILE *f, const char *name,
                              const rcp_registry_options *o, size_t max_line,
                              rcp_status (*finish)(void *ctx, rcp_db *db, rcp_error *err),
                              void *finish_ctx, rcp_import_report *report, rcp_error *err)
{
	rcp_import_report extra, rep;
	memset(&extra, 0, sizeof extra);
	memset(&rep, 0, sizeof rep);
	rcp__registry_reader rd = {0};
	rcp_status rc;
	if (o->format == RCP_REGISTRY_FTM)
		rc = rcp__ftm_reader_new(f, name, &extra, &rd);
	else
		rc = rcp__csv_registry_reader_new(f, name, o->columns, &extra, &rd, err);
	if (rc != RCP_OK)
		return rc;
	if (max_line && o->format == RCP_REGISTRY_FTM)
		rcp__ftm_reader_max_line(&rd, max_line);
	rd.finish = finish;
	rd.finish_ctx = finish_ctx;
	rc = rcp__registry_import_reader(db, name, &rd, &rep, err);
	if (o->format == RCP_REGISTRY_FTM)
		rcp__ftm_reader_free(&rd);
	else
		rcp__csv_registry_reader_free(&rd);
	if (rc != RCP_OK)
		return rc;
	rep.persons = extra.persons;
	rep.other = extra.other;
	rep.dropped = extra.dropped;
	memcpy(rep.dropped_first, extra.dropped_first, sizeof rep.dropped_first);
	rep.dropped_line = extra.dropped_line;
	if (!rep.unknown_fields && extra.unknown_fields) {
		rep.unknown_fields = extra.unknown_fields;
		memcpy(rep.unknown_field, extra.unknown_field, sizeof rep.unknown_field);
		rep.unknown_line = extra.unknown_line;
	}
	if (report)
		*report = rep;
	return RCP_OK;
}

rcp_status rcp_registry_import_file(rcp_db *db, const char *path, const rcp_registry_options *o,
                                    rcp_import_report *report, rcp_error *err)
{
	if (!o || o->format == RCP_REGISTRY_JSONL)
		return rcp_registry_import(db, path, report, err);
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	if (!f)
		return rcp__error_set(err, RCP_EIO, "cannot open", path, "%s", strerror(errno));
	rcp_status rc = import_with(db, f, path, o, 0, NULL, NULL, report, err);
	if (f != stdin)
		fclose(f);
	return rc;
}

rcp_status rcp_registry_import_bytes(rcp_db *db, const char *bytes, size_t len, const char *name,
                                     const rcp_registry_options *o, rcp_import_report *report,
                                     rcp_error *err)
{
	if (!o || o->format == RCP_REGISTRY_JSONL)
		return rcp_registry_import_text(db, bytes, len, name, report, err);
	if (!len)
		return rcp__error_set(err, RCP_EINVAL, "nothing to import", name, NULL);
	FILE *f = fmemopen((void *)bytes, len, "r");
	if (!f)
		return rcp__error_set(err, RCP_EIO, "cannot read", name, "%s", strerror(errno));
	rcp_status rc = import_with(db, f, name, o, 0, NULL, NULL, report, err);
	fclose(f);
	return rc;
}

rcp_status rcp__registry_import_ftm(rcp_db *db, FILE *f, const char *name, size_t max_line,
                                    rcp_status (*finish)(void *ctx, rcp_db *db, rcp_error *err),
                                    void *finish_ctx, rcp_import_report *report,
                                    rcp_error *err)
{
	rcp_registry_options o = {RCP_REGISTRY_FTM, NULL};
	return import_with(db, f, name, &o, max_line, finish, finish_ctx, report, err);
}
