# The held-out evaluation set (tests/data/eval, issue 19): its annotations are
# well formed (every mention, money text and evidence is a verbatim substring
# of its document, claims name listed organizations), the committed tune and
# check halves are what build.py writes from annot/, adding a batch of documents
# moved no document of an earlier batch to the other half (rules were tuned on
# the earlier tune half), and scripts/eval.sh scores a binary on both halves.
. "$(dirname "$0")/lib.sh"

EVAL=$ROOT/tests/data/eval
check "the annotations are well formed" python3 "$EVAL/build.py" --check-only
python3 "$EVAL/build.py" --out "$WORK/halves" >/dev/null 2>&1
check "the committed tune half is build.py's" diff -r "$WORK/halves/tune" "$EVAL/tune"
check "the committed check half is build.py's" diff -r "$WORK/halves/check" "$EVAL/check"
full=$(python3 "$EVAL/build.py" --list)
for b in $(printf '%s\n' "$full" | cut -d' ' -f1 | sort -un); do
	check_eq "batches up to $b keep their halves with later batches added" \
		"$(python3 "$EVAL/build.py" --upto "$b" --list)" \
		"$(printf '%s\n' "$full" | awk -v b="$b" '$1 <= b')"
done
check_eq "every document is in one half" \
	"$(ls "$EVAL/tune/docs" "$EVAL/check/docs" | grep -c '\.txt$')" \
	"$(cat "$EVAL/tune/gold.jsonl" "$EVAL/check/gold.jsonl" | wc -l)"
check_eq "no document is in both halves" \
	"$(cat "$EVAL/tune/docs.jsonl" "$EVAL/check/docs.jsonl" | python3 -c 'import json,sys; print(len({json.loads(l)["url"] for l in sys.stdin}))')" \
	"$(cat "$EVAL/tune/gold.jsonl" "$EVAL/check/gold.jsonl" | wc -l)"
if [ -f "$SHARED/eval/score.py" ]; then
	check_out "eval.sh scores tune and check" "claims R" bash "$ROOT/scripts/eval.sh" "$RECEIPTS"
fi
finish
