# The learned scorer of candidate pairs (lib/extract/pair_candidates.c): the
# committed weights are what scripts/train-pairs.py makes from the committed
# training data (dev and tune gold, tests/data/extract/pairs-train.tsv), and
# `extract --pair-features` writes each candidate's features, the file's name
# first, in the columns the script reads.
. "$(dirname "$0")/lib.sh"

check "train-pairs.py trains from the committed data" \
	python3 "$ROOT/scripts/train-pairs.py" train "$ROOT/tests/data/extract/pairs-train.tsv" "$WORK/w.c"
check "the committed weights are the script's" cmp "$WORK/w.c" "$ROOT/lib/extract/pair_weights.c"
nf=$(grep -c '/\* [a-z0-9_]* \*/$' "$ROOT/lib/extract/pair_weights.c")
printf 'Thales supplies radios to the Bundeswehr.\n' > "$WORK/t.txt"
check "extract --pair-features" "$RECEIPTS" extract --lang en --pair-features "$WORK/p.tsv" "$WORK/t.txt"
check_eq "the file's line first" "$(head -1 "$WORK/p.tsv")" "$(printf 'F\t%s' "$WORK/t.txt")"
check_eq "a candidate: company, counterparty, relation, features" \
	"$(awk -F'\t' '$1 == "P" { print $3 "/" $5 "/" $8 "/" length($10) }' "$WORK/p.tsv")" \
	"Thales/Bundeswehr/supplies/$nf"
finish
