/*
 * cmd_verify.c — `receipts verify` and `receipts audit`.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void print_problem(const char *problem, void *ctx)
{
	json_t *list = ctx;
	if (list)
		json_array_append_new(list, json_string(problem));
	else
		printf("problem: %s\n", problem);
}

int cmd_verify(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"head", required_argument, NULL, 'H'},
		{0},
	};
	int c;
	const char *anchor = NULL;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c == 'H') {
			anchor = optarg;
			continue;
		}
		cli_usage(cli_find_command("verify"), stderr);
		return EXIT_USAGE;
	}
	if (!cli_no_operands(argc, argv))
		return EXIT_USAGE;
	/* as it is (the table's CLI_OPEN_AS_IS): an interrupted import's
	 * re-scan is reported, not finished */
	rcp_db *db = ctx->db;
	int fmt = ctx->format;
	rcp_error err;
	rcp_error_clear(&err);
	rcp_error ierr;
	rcp_error_clear(&ierr);
	rcp_status ist = rcp_db_integrity(db, &ierr);
	json_t *problems = fmt == FMT_JSON ? json_array() : NULL;
	rcp_verify_report r;
	rcp_status st = rcp_verify(db, &r, print_problem, problems, &err);
	rcp_error herr;
	rcp_error_clear(&herr);
	rcp_status hst = anchor ? rcp_verify_head(db, anchor, &herr) : RCP_OK;
	if (st != RCP_OK && st != RCP_ECORRUPT) {
		cli_error(&err);
		json_decref(problems);
		return 1;
	}
	if (hst == RCP_EINVAL) {
		cli_error(&herr);
		json_decref(problems);
		return EXIT_USAGE;
	}
	if (hst != RCP_OK) {
		char hbuf[600];
		rcp_error_format(&herr, hbuf, sizeof hbuf);
		print_problem(hbuf, problems);
		r.problems++;
	}
	int ok = st == RCP_OK && ist == RCP_OK && hst == RCP_OK;
	if (fmt == FMT_JSON) {
		char ibuf[600];
		rcp_error_format(&ierr, ibuf, sizeof ibuf);
		json_t *o = json_pack("{s:b, s:s, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:o}",
		                      "ok", ok, "integrity", ist == RCP_OK ? "ok" : ibuf,
		                      "sources", (json_int_t)r.sources,
		                      "sources_bad", (json_int_t)r.sources_bad,
		                      "spans", (json_int_t)r.spans, "spans_bad", (json_int_t)r.spans_bad,
		                      "audit_entries", (json_int_t)r.audit_entries,
		                      "audit_first_bad", (json_int_t)r.audit_first_bad,
		                      "records", (json_int_t)r.records,
		                      "records_bad", (json_int_t)r.records_bad,
		                      "pending_rescans", (json_int_t)r.pending_rescans,
		                      "problems", problems);
		if (anchor)
			json_object_set_new(o, "head", json_string(hst == RCP_OK ? "ok" : "broken"));
		cli_json_print(o, 1);
		json_decref(o);
	} else {
		if (ist != RCP_OK)
			cli_error(&ierr);
		printf("%lld records replayed against the audit log%s\n", (long long)r.records,
		       anchor ? ", head anchor checked" : "");
		printf("%lld sources, %lld spans, %lld audit entries checked: %s\n",
		       (long long)r.sources, (long long)r.spans, (long long)r.audit_entries,
		       ok ? "all good" : "PROBLEMS FOUND");
	}
	if (!ok && st != RCP_OK)
		cli_error(&err);
	return ok ? 0 : 1;
}

static int audit_row(const rcp_audit_entry *e, void *ctx)
{
	cli_table *t = ctx;
	json_t *payload = json_loads(e->payload, 0, NULL);
	json_t *o = json_pack("{s:I, s:s, s:s, s:s, s:s, s:o, s:s, s:s}",
	                      "seq", (json_int_t)e->seq, "time", e->time, "actor", e->actor,
	                      "action", e->action, "object", e->object,
	                      "payload", payload ? payload : json_string(e->payload),
	                      "prev_hash", e->prev_hash, "hash", e->hash);
	if (t->fmt == FMT_TEXT || t->fmt == FMT_CSV) {
		/* payload as compact JSON text in a column */
		json_object_set_new(o, "payload", json_string(e->payload));
		if (t->fmt == FMT_TEXT) {
			char h[13];
			snprintf(h, sizeof h, "%.12s", e->hash);
			json_object_set_new(o, "hash", json_string(h));
		}
	}
	cli_table_row(t, o);
	json_decref(o);
	return 0;
}

/* `audit --head`: SEQ:HASH of the newest entry, an anchor to keep
 * elsewhere for `verify --head`. Closes db. */
static int print_head(rcp_db *db, int fmt)
{
	rcp_error err;
	rcp_error_clear(&err);
	int64_t seq;
	char hash[65];
	rcp_status st = rcp_audit_head(db, &seq, hash, &err);
	if (st != RCP_OK) {
		cli_error(&err);
		return 1;
	}
	if (fmt == FMT_JSON || fmt == FMT_JSONL) {
		json_t *o = json_pack("{s:I, s:s}", "seq", (json_int_t)seq, "hash", hash);
		cli_json_print(o, fmt == FMT_JSON);
		json_decref(o);
	} else {
		printf("%lld:%s\n", (long long)seq, hash);
	}
	return 0;
}

int cmd_audit(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"after", required_argument, NULL, 'a'},
		{"head", no_argument, NULL, 'H'},
		{"changes", required_argument, NULL, 'C'},
		{0},
	};
	int c, head = 0;
	long long after = 0, changes = 0;
	char *end;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'a':
			after = strtoll(optarg, &end, 10);
			if (*end || after < 0) {
				cli_errorf("invalid sequence number '%s'", optarg);
				return EXIT_USAGE;
			}
			break;
		case 'H':
			head = 1;
			break;
		case 'C':
			changes = strtoll(optarg, &end, 10);
			if (*end || changes <= 0) {
				cli_errorf("invalid sequence number '%s'", optarg);
				return EXIT_USAGE;
			}
			break;
		default:
			cli_usage(cli_find_command("audit"), stderr);
			return EXIT_USAGE;
		}
	}
	rcp_db *db = ctx->db;
	int fmt = ctx->format;
	if (head)
		return print_head(db, fmt);
	static const char *const text_cols[] = {"seq", "time", "actor", "action", "object", "hash", NULL};
	static const char *const all_cols[] = {"seq", "time", "actor", "action", "object", "payload",
	                                       "prev_hash", "hash", NULL};
	cli_table t;
	cli_table_begin(&t, (cli_format)fmt, fmt == FMT_TEXT ? text_cols : all_cols, NULL);
	rcp_error err;
	rcp_error_clear(&err);
	rcp_status st = changes ? rcp_audit_changes(db, changes, audit_row, &t, &err)
	                        : rcp_audit_each(db, after, audit_row, &t, &err);
	cli_table_end(&t);
	if (st != RCP_OK) {
		cli_error(&err);
		return 1;
	}
	return 0;
}
