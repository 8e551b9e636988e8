#!/usr/bin/env bash
# Runs every test: the unit tests of each build given (default: build), then
# the numbered end-to-end scripts against that build's binary. Prints one
# line per test file and a closing "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
builds=("$@")
[ ${#builds[@]} -gt 0 ] || builds=(build)
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:halt_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export RCP_TEST_DATA="$PWD/tests/data"
total_pass=0 total_fail=0
failed_files=()

count() { # $1 = output file; adds its "N passed, N failed" lines
	local p f
	p=$(grep -Eo '[0-9]+ passed, [0-9]+ failed' "$1" | awk '{p+=$1} END {print p+0}')
	f=$(grep -Eo '[0-9]+ passed, [0-9]+ failed' "$1" | awk '{f+=$3} END {print f+0}')
	echo "$p $f"
}

for b in "${builds[@]}"; do
	if [ ! -x "$b/receipts" ]; then
		echo "no binary at $b/receipts: build first (make, make asan)" >&2
		exit 2
	fi
	echo "== $b"
	for t in "$b"/unit_*; do
		[ -f "$t" ] && [ -x "$t" ] || continue
		out=$(mktemp)
		"$t" >"$out" 2>&1
		rc=$?
		read -r p f < <(count "$out")
		if [ $rc -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi # crashed before counting
		total_pass=$((total_pass + p)); total_fail=$((total_fail + f))
		printf '%-40s %4d passed, %d failed\n' "$(basename "$t")" "$p" "$f"
		if [ "$f" -ne 0 ]; then cat "$out"; failed_files+=("$b/$(basename "$t")"); fi
		rm -f "$out"
	done
	for t in tests/e2e/[0-9]*.sh; do
		out=$(mktemp)
		RECEIPTS="$PWD/$b/receipts" timeout 600 bash "$t" >"$out" 2>&1
		rc=$?
		read -r p f < <(count "$out")
		if [ $rc -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
		total_pass=$((total_pass + p)); total_fail=$((total_fail + f))
		printf '%-40s %4d passed, %d failed\n' "$(basename "$t")" "$p" "$f"
		if [ "$f" -ne 0 ]; then cat "$out"; failed_files+=("$b/$(basename "$t")"); fi
		rm -f "$out"
	done
done
if [ ${#failed_files[@]} -gt 0 ]; then
	echo "failing: ${failed_files[*]}"
fi
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
