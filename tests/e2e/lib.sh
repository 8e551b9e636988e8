# Sourced by every end-to-end test. Gives each test a fresh directory and
# database, and check helpers that count; `finish` prints the tally.
set -u
: "${RECEIPTS:?set RECEIPTS to the receipts binary}"
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
WORK=$(mktemp -d /tmp/rcp-e2e.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
export RECEIPTS_DB="$WORK/test.db"
export RECEIPTS_USER=tester
unset RECEIPTS_NOW
PASS=0 FAIL=0

r() { "$RECEIPTS" "$@"; }

_report() { # $1 status, $2 description
	if [ "$1" -eq 0 ]; then PASS=$((PASS + 1)); else
		FAIL=$((FAIL + 1)); echo "FAIL: $2"
		[ -s "$WORK/.out" ] && sed 's/^/    | /' "$WORK/.out" | head -20
	fi
}

# check DESC CMD...        CMD exits 0
check() { local d=$1; shift; "$@" >"$WORK/.out" 2>&1; _report $? "$d"; }
# check_fail DESC CMD...   CMD exits non-zero (and is not killed by a sanitizer)
check_fail() {
	local d=$1; shift; "$@" >"$WORK/.out" 2>&1; local rc=$?
	if [ $rc -ne 0 ] && [ $rc -lt 128 ] && ! grep -q 'Sanitizer' "$WORK/.out"; then _report 0 "$d"; else _report 1 "$d (exit $rc)"; fi
}
# check_out DESC NEEDLE CMD...   CMD exits 0 and its output holds NEEDLE
check_out() {
	local d=$1 n=$2; shift 2; "$@" >"$WORK/.out" 2>&1; local rc=$?
	if [ $rc -eq 0 ] && grep -qF -- "$n" "$WORK/.out"; then _report 0 "$d"; else _report 1 "$d (exit $rc, wanted '$n')"; fi
}
# check_fail_out DESC NEEDLE CMD...   CMD fails cleanly and its output holds NEEDLE
check_fail_out() {
	local d=$1 n=$2; shift 2; "$@" >"$WORK/.out" 2>&1; local rc=$?
	if [ $rc -ne 0 ] && [ $rc -lt 128 ] && grep -qF -- "$n" "$WORK/.out" && ! grep -q 'Sanitizer' "$WORK/.out"; then _report 0 "$d"
	else _report 1 "$d (exit $rc, wanted '$n')"; fi
}
# check_eq DESC WANT GOT
# check_no DESC NEEDLE CMD...   CMD exits 0 and its output lacks NEEDLE
check_no() {
	local d=$1 n=$2; shift 2; "$@" >"$WORK/.out" 2>&1; local rc=$?
	if [ $rc -eq 0 ] && ! grep -qF -- "$n" "$WORK/.out"; then _report 0 "$d"; else _report 1 "$d (exit $rc, did not want '$n')"; fi
}

check_eq() {
	if [ "$2" = "$3" ]; then _report 0 "$1"; else echo "  want: $2" >"$WORK/.out"; echo "  got:  $3" >>"$WORK/.out"; _report 1 "$1"; fi
}
# sql QUERY: one value from the test database
sql() { sqlite3 "$RECEIPTS_DB" "$1"; }

# The browser walks need Debian's chromium, node and the npm packages
# (scripts/test.sh installs all three). Missing, a walk fails, in CI and
# out of it: a walk that quietly skips proves nothing.
have_browser() {
	[ -x /usr/bin/chromium ] && command -v node >/dev/null &&
		[ -d "$ROOT/tests/browser/node_modules/playwright-core" ] && return 0
	_report 1 "$1 needs /usr/bin/chromium, node and tests/browser/node_modules: run scripts/test.sh, or apt-get install chromium nodejs npm and npm ci in tests/browser"
	return 1
}

finish() { echo "$PASS passed, $FAIL failed"; [ "$FAIL" -eq 0 ]; exit $?; }
