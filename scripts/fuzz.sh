#!/usr/bin/env bash
# A short fuzzing run: builds the libFuzzer targets (make fuzz: clang,
# ASan, UBSan) and runs each for SECONDS from its seed corpus in
# tests/fuzz/corpus/<target>/. New inputs go to build-fuzz/corpus/ (kept
# between runs on one machine, never in git); a crash, a leak, a hang over
# 10 s or 2 GiB of memory fails the run, and its input is left in
# build-fuzz/artifacts/ with the command that replays it.
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]     (default 20; all targets)
# Add a crashing input to tests/fuzz/corpus/<target>/ once it is fixed:
# tests/e2e/014-fuzz-corpus.sh replays the corpora in every build.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-20}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(html pdf csv text query holdings money dates nport)

make fuzz >/dev/null
out=build-fuzz/artifacts
mkdir -p "$out"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=()
for t in "${targets[@]}"; do
	bin=build-fuzz/fuzz_$t
	[ -x "$bin" ] || { echo "fuzz: no target '$t'" >&2; exit 2; }
	corpus=build-fuzz/corpus/$t
	mkdir -p "$corpus"
	max_len=16384
	[ "$t" = pdf ] && max_len=8192   # poppler is slow: keep inputs small
	[ "$t" = query ] && max_len=512
	opts=(-max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len"
	      -print_final_stats=1 -artifact_prefix="$out/$t-")
	[ -f "tests/fuzz/$t.dict" ] && opts+=(-dict="tests/fuzz/$t.dict")
	log=build-fuzz/fuzz_$t.log
	# the target's own chatter (poppler's syntax errors) goes to the log
	if "$bin" "${opts[@]}" "$corpus" "tests/fuzz/corpus/$t" >"$log" 2>&1; then
		runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo '?')
		cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -1 | grep -Eo '[0-9]+' || echo '?')
		printf 'fuzz_%-9s ok: %s runs in %s s, %s edges covered, corpus %s inputs\n' \
			"$t" "$runs" "$secs" "$cov" "$(find "$corpus" -type f | wc -l)"
	else
		failed+=("$t")
		echo "fuzz_$t FAILED:"
		grep -E 'ERROR|SUMMARY|check failed|refused|Test unit written|#[0-9]+ 0x.* in .*/(lib|tests)/' "$log" | head -30 | sed 's/^/    /'
		art=$(grep -Eo 'Test unit written to [^ ]+' "$log" | awk '{print $5}' | tail -1)
		[ -n "$art" ] && echo "    replay: $bin $art"
	fi
done
if [ ${#failed[@]} -gt 0 ]; then
	echo "fuzz: ${#failed[@]} target(s) failed: ${failed[*]} (logs in build-fuzz/fuzz_*.log)"
	exit 1
fi
