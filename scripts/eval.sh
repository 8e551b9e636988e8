#!/bin/sh
# Score a receipts binary's extraction on the shared dev set (when present) and on
# the held-out set's tune and check halves, side by side. Builds nothing.
#
# usage: scripts/eval.sh [RECEIPTS] [--json]
#   RECEIPTS  the binary to score (default: build/receipts)
#   SHARED    environment: the shared directory holding eval/dev (default: ../shared)
#
# Extraction runs with the built-in registry (no database named), as score.py's
# README says; --registry is passed the same examples/registry.jsonl so the
# "orgs_covered" line means the same on every set. Never change a rule because
# of a check-half document (issue 19): look at tune, report check.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$here/build/receipts}
shared=${SHARED:-$here/../shared}
score=$shared/eval/score.py
[ -x "$bin" ] || { echo "eval.sh: no receipts binary at $bin" >&2; exit 2; }
[ -f "$score" ] || { echo "eval.sh: no score.py at $score (set SHARED)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

sets=""
[ -d "$shared/eval/dev/docs" ] && sets="dev=$shared/eval/dev"
sets="$sets tune=$here/tests/data/eval/tune check=$here/tests/data/eval/check"

for s in $sets; do
    name=${s%%=*}
    dir=${s#*=}
    "$bin" extract --format jsonl "$dir"/docs/*.txt > "$tmp/$name.jsonl"
    python3 "$score" "$dir/gold.jsonl" "$tmp/$name.jsonl" --docs "$dir/docs" \
        --registry "$here/examples/registry.jsonl" --json > "$tmp/$name.json"
done

python3 - "$tmp" $sets <<'PY'
import json, sys
tmp, sets = sys.argv[1], [s.split("=", 1)[0] for s in sys.argv[2:]]
r = {s: json.load(open(f"{tmp}/{s}.json")) for s in sets}
print(f"{'':22s}" + "".join(f"{s:>22s}" for s in sets))
print(f"{'documents':22s}" + "".join(f"{r[s]['docs']:>22d}" for s in sets))
for k in ("orgs", "orgs_covered", "money", "claim_pairs", "claims"):
    for m in ("precision", "recall", "f1"):
        row = f"{k + ' ' + m[0].upper():22s}"
        for s in sets:
            row += f"{r[s][k][m]:>22.3f}"
        print(row)
    print(f"{k + ' pred/gold':22s}" + "".join(f"{str(r[s][k]['predicted']) + '/' + str(r[s][k]['gold']):>22s}" for s in sets))
print(f"{'category accuracy':22s}" + "".join(f"{r[s]['category_accuracy']:>22.3f}" for s in sets))
PY
