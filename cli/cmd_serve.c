/*
 * cmd_serve.c — `receipts serve`: parse options, run the web server in
 * web/ until SIGINT or SIGTERM.
 */
#include <getopt.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "../web/web.h"
#include "cli.h"

static volatile int stop;

static void on_signal(int sig)
{
	stop = 1;
}

static void ready(const char *url, void *ctx)
{
	printf("serving %s\n", url);
	fflush(stdout);
}

int cmd_serve(cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{"listen", required_argument, NULL, 'l'},
		{"public", no_argument, NULL, 'p'},
		{"threads", required_argument, NULL, 't'},
		{"trust-proxy", no_argument, NULL, 'x'},
		{"secure-cookies", no_argument, NULL, 's'},
		{0},
	};
	web_config cfg = {.db_path = ctx->db_path, .listen = "127.0.0.1:8080", .stop = &stop,
	                  .ready = ready};
	int c;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'l': cfg.listen = optarg; break;
		case 'p': cfg.public_mode = 1; break;
		case 'x': cfg.trust_proxy = 1; break;
		case 's': cfg.secure_cookies = 1; break;
		case 't':
			cfg.threads = atoi(optarg);
			if (cfg.threads < 1 || cfg.threads > 10000) {
				cli_errorf("invalid thread count '%s'", optarg);
				return EXIT_USAGE;
			}
			break;
		default:
			cli_usage(cli_find_command("serve"), stderr);
			return EXIT_USAGE;
		}
	}
	if (optind != argc) {
		cli_usage(cli_find_command("serve"), stderr);
		return EXIT_USAGE;
	}
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	rcp_error err;
	rcp_error_clear(&err);
	if (web_serve(&cfg, &err) != RCP_OK) {
		cli_error(&err);
		return 1;
	}
	return 0;
}
