# the fuzz targets' corpora (tests/fuzz/corpus/<target>/: seeds and every
# input a fuzzer ever crashed on) replayed through the readers, the query
# parser and the holdings screen, in whichever build is under test
. "$(dirname "$0")/lib.sh"
BUILD=$(dirname "$RECEIPTS")
for f in html pdf csv text query holdings money dates nport; do
	if [ ! -x "$BUILD/fuzz_$f" ]; then
		check "fuzz_$f is built" false
		continue
	fi
	n=$(find "$ROOT/tests/fuzz/corpus/$f" -type f | wc -l)
	check "corpus $f has seeds" test "$n" -gt 0
	check_out "corpus $f replays without a crash ($n inputs)" "$n passed, 0 failed" \
		timeout 300 "$BUILD/fuzz_$f" "$ROOT/tests/fuzz/corpus/$f"
done
finish
