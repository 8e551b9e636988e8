/*
 * file.c — read a whole file or stdin, refusing anything over a cap
 * before reading it when the size is known, and as soon as the cap is
 * passed when it is not (pipes); and the directory that holds a path.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

rcp_status rcp_file_read(const char *path, size_t max, uint8_t **out, size_t *len,
                         rcp_error *err)
{
	int is_stdin = strcmp(path, "-") == 0;
	int fd = is_stdin ? 0 : open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return rcp__error_set(err, RCP_EIO, "cannot open", path, "%s", strerror(errno));
	if (!max)
		max = RCP_DEFAULT_MAX_BYTES;

	rcp_status st = RCP_OK;
	struct stat sb;
	if (fstat(fd, &sb) < 0) {
		st = rcp__error_set(err, RCP_EIO, "cannot stat", path, "%s", strerror(errno));
		goto done;
	}
	if (S_ISDIR(sb.st_mode)) {
		st = rcp__error_set(err, RCP_EIO, "cannot read", path, "is a directory");
		goto done;
	}
	if (S_ISREG(sb.st_mode) && (uint64_t)sb.st_size > (uint64_t)max) {
		st = rcp__error_set(err, RCP_ETOOBIG, "file too large", path,
		                    "%lld bytes is over the limit of %zu bytes",
		                    (long long)sb.st_size, max);
		goto done;
	}

	rcp_buf b;
	rcp__buf_init(&b, max);
	if (S_ISREG(sb.st_mode) && sb.st_size > 0) {
		/* reserve once; files may still grow while read, the cap holds */
		b.data = rcp__xmalloc((size_t)sb.st_size + 1);
		b.cap = (size_t)sb.st_size + 1;
		b.data[0] = '\0';
	}
	char chunk[65536];
	for (;;) {
		ssize_t n = read(fd, chunk, sizeof chunk);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			st = rcp__error_set(err, RCP_EIO, "cannot read", path, "%s", strerror(errno));
			break;
		}
		if (n == 0)
			break;
		if (rcp__buf_append(&b, chunk, (size_t)n) != RCP_OK) {
			st = rcp__error_set(err, RCP_ETOOBIG, "file too large", path,
			                    "over the limit of %zu bytes", max);
			break;
		}
	}
	if (st != RCP_OK) {
		rcp__buf_release(&b);
		goto done;
	}
	*out = (uint8_t *)rcp__buf_detach(&b, len);
done:
	if (!is_stdin)
		close(fd);
	return st;
}

size_t rcp__path_dir(const char *path, char *dir, size_t cap)
{
	snprintf(dir, cap, "%s", path);
	char *slash = strrchr(dir, '/');
	if (!slash) {
		snprintf(dir, cap, ".");
		return 0;
	}
	size_t name = (size_t)(slash - dir) + 1;
	if (slash == dir)
		dir[1] = '\0';
	else
		*slash = '\0';
	return name;
}
