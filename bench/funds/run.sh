#!/usr/bin/env bash
# The fund universe at scale: a registry of C companies (default 100,000,
# bench/screen/gen.py) and F N-PORT filings of H holdings each (default
# 3,000 x 500 = 1.5M holdings), loaded and graded with `funds add DIR
# --tickers`, then one company changed (a claim accepted against the
# company most funds hold) and the list sorted by exposure. One line per
# figure: wall and CPU seconds of the load, holdings per CPU second, peak
# RSS; the regrade (the whole `claims accept`, process included) and the
# funds it regraded; `funds list --sort exposure` (process included) and
# the same query in the library, timed inside the process. The data is
# generated under $TMPDIR, never kept.
#   bash bench/funds/run.sh [FUNDS] [HOLDINGS] [COMPANIES] [BUILD]
set -euo pipefail
cd "$(dirname "$0")/../.."
funds=${1:-3000}
hold=${2:-500}
comps=${3:-100000}
build=${4:-build}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rcp-bench-funds.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
python3 bench/screen/gen.py "$tmp" "$comps" 10 >/dev/null
python3 bench/funds/gen.py "$tmp/registry.jsonl" "$tmp" "$funds" "$hold"
export RECEIPTS_DB=$tmp/bench.db
"$build/receipts" import-registry "$tmp/registry.jsonl" >/dev/null
now() { date +%s.%N; }
start=$(now)
/usr/bin/time -f '%M %U %S' -o "$tmp/rss" "$build/receipts" funds add -q "$tmp/nport" \
	--tickers "$tmp/tickers.json" 2>"$tmp/err" || { cat "$tmp/err"; exit 1; }
end=$(now)
read -r rss user sys <"$tmp/rss"
cpu=$(echo "$user + $sys" | bc)
nh=$(sqlite3 "$RECEIPTS_DB" 'SELECT count(*) FROM fund_holding')
printf 'funds add: %d funds, %d holdings in %.1f s wall\n' "$funds" "$nh" "$(echo "$end - $start" | bc)"
printf 'cpu: %.1f s (user %.1f, system %.1f)\n' "$cpu" "$user" "$sys"
printf 'holdings per cpu second: %.0f\n' "$(echo "$nh / $cpu" | bc -l)"
printf 'peak RSS: %d MiB\n' $((rss / 1024))
printf 'holdings matched: %s\n' "$(sqlite3 "$RECEIPTS_DB" 'SELECT count(*) FROM fund_holding WHERE entity IS NOT NULL')"
printf 'database: %d MiB\n' $(($(stat -c %s "$RECEIPTS_DB") / 1048576))

# one company changes: the company held by most funds gets an accepted claim
top=$(sqlite3 "$RECEIPTS_DB" "SELECT entity FROM fund_holding WHERE entity IS NOT NULL GROUP BY entity ORDER BY count(*) DESC LIMIT 1")
name=$(sqlite3 "$RECEIPTS_DB" "SELECT name FROM entity WHERE id = '$top'")
printf '%s supplies the military.\n' "$name" >"$tmp/claim.txt"
"$build/receipts" add --no-claims "$tmp/claim.txt" >/dev/null
src=$(sqlite3 "$RECEIPTS_DB" 'SELECT max(id) FROM source')
len=$(printf '%s supplies the military.' "$name" | wc -c)
"$build/receipts" claims add --source "$src" --span "0-$len" --company "$top" --relation supplies \
	--category military >/dev/null
cid=$(sqlite3 "$RECEIPTS_DB" 'SELECT max(id) FROM claim')
seq0=$(sqlite3 "$RECEIPTS_DB" 'SELECT max(seq) FROM audit')
start=$(now)
"$build/receipts" claims accept "$cid" >/dev/null
end=$(now)
printf 'regrade after one company change: %.3f s (funds regraded: %s of %s)\n' \
	"$(echo "$end - $start" | bc)" \
	"$(sqlite3 "$RECEIPTS_DB" "SELECT count(*) FROM fund WHERE graded_seq > $seq0")" "$funds"
start=$(now)
"$build/receipts" funds list --sort exposure --desc --format jsonl >"$tmp/list"
end=$(now)
printf 'funds list --sort exposure: %.3f s for %d funds (process included)\n' \
	"$(echo "$end - $start" | bc)" "$(wc -l <"$tmp/list")"
ninja -C "$build" bench_funds >/dev/null && "$build/bench_funds" "$RECEIPTS_DB"
