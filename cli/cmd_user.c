/*
 * cmd_user.c — `receipts user add|list`: accounts for the web application.
 */
#include <getopt.h>
#include <string.h>

#include "cli.h"

/* First line of path ("-" is stdin) into buf, without its newline. */
static int read_password(const char *path, char *buf, size_t cap)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "r") : stdin;
	if (!f) {
		cli_errorf("cannot read password file '%s'", path);
		return 0;
	}
	int ok = fgets(buf, (int)cap, f) != NULL;
	if (f != stdin)
		fclose(f);
	if (!ok) {
		cli_errorf("no password given on '%s'", path);
		return 0;
	}
	buf[strcspn(buf, "\r\n")] = '\0';
	return 1;
}

static int user_add(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"role", required_argument, NULL, 'r'},
		{"password-file", required_argument, NULL, 'p'},
		{0},
	};
	const char *role = NULL, *pwfile = "-";
	int c;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c == 'r')
			role = optarg;
		else if (c == 'p')
			pwfile = optarg;
		else
			goto usage;
	}
	if (optind + 1 != argc || !role)
		goto usage;
	rcp_role r = rcp_role_parse(role);
	if (r == RCP_ROLE_NONE) {
		cli_errorf("invalid role '%s': use reader, editor or admin", role);
		return EXIT_USAGE;
	}
	char pw[1024];
	if (!read_password(pwfile, pw, sizeof pw))
		return 1;
	rcp_db *db = ctx->db;
	rcp_error err;
	rcp_error_clear(&err);
	rcp_status st = rcp_user_add(db, argv[optind], r, pw, &err);
	memset(pw, 0, sizeof pw);
	if (st != RCP_OK) {
		cli_error(&err);
		return 1;
	}
	printf("user %s added (%s)\n", argv[optind], role);
	return 0;
usage:
	cli_errorf("usage: receipts user add NAME --role reader|editor|admin [--password-file FILE]");
	return EXIT_USAGE;
}

static int list_row(const rcp_user *u, void *ctx)
{
	json_t *o = json_pack("{s:I, s:s, s:s, s:s, s:b}", "id", (json_int_t)u->id, "name", u->name,
	                      "role", rcp_role_name(u->role), "created_at", u->created_at,
	                      "disabled", u->disabled);
	cli_table_row(ctx, o);
	json_decref(o);
	return 0;
}

static int user_list(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {{0}};
	int fmt = ctx->format;
	while (getopt_long(argc, argv, "", opts, NULL) != -1) {
		cli_errorf("usage: receipts user list [--format text|json|jsonl|csv]");
		return EXIT_USAGE;
	}
	rcp_db *db = ctx->db;
	static const char *const cols[] = {"id", "name", "role", "created_at", "disabled", NULL};
	cli_table t;
	cli_table_begin(&t, (cli_format)fmt, cols, NULL);
	rcp_error err;
	rcp_error_clear(&err);
	rcp_status st = rcp_user_each(db, list_row, &t, &err);
	cli_table_end(&t);
	if (st != RCP_OK) {
		cli_error(&err);
		return 1;
	}
	return 0;
}

int cmd_user(cli_ctx *ctx, int argc, char **argv)
{
	if (argc >= 2 && !strcmp(argv[1], "add"))
		return user_add(ctx, argc - 1, argv + 1);
	if (argc >= 2 && !strcmp(argv[1], "list"))
		return user_list(ctx, argc - 1, argv + 1);
	cli_usage(cli_find_command("user"), stderr);
	return EXIT_USAGE;
}
