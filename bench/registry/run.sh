#!/usr/bin/env bash
# The FtM registry import on a generated file: N organizations (default
# 1,000,000) with persons and ownerships mixed in, into a fresh database.
# Prints one line per figure: wall and CPU seconds (user + system: what one
# core spends, whatever else the machine runs), organizations per CPU
# second, peak RSS, audit rows written. The data is generated under
# $TMPDIR, never kept.
#   bash bench/registry/run.sh [N] [BUILD]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-1000000}
build=${2:-build}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rcp-bench-registry.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
python3 bench/registry/gen_ftm.py "$n" >"$tmp/orgs.ftm"
export RECEIPTS_DB=$tmp/bench.db
"$build/receipts" init >/dev/null
start=$(date +%s.%N)
/usr/bin/time -f '%M %U %S' -o "$tmp/rss" "$build/receipts" import-registry --format ftm "$tmp/orgs.ftm" >"$tmp/out"
end=$(date +%s.%N)
secs=$(echo "$end - $start" | bc)
read -r rss user sys <"$tmp/rss"
cpu=$(echo "$user + $sys" | bc)
printf 'import-registry --format ftm: %d organizations in %.1f s wall\n' "$n" "$secs"
printf 'cpu: %.1f s (user %.1f, system %.1f)\n' "$cpu" "$user" "$sys"
printf 'organizations per cpu second: %.0f\n' "$(echo "$n / $cpu" | bc -l)"
printf 'peak RSS: %d MiB\n' $((rss / 1024))
printf 'audit entries: %s (changes in change sets: %s)\n' "$(sqlite3 "$RECEIPTS_DB" 'SELECT count(*) FROM audit')" "$(sqlite3 "$RECEIPTS_DB" 'SELECT count(*) FROM audit_change')"
printf 'persons stored: %s\n' "$(sqlite3 "$RECEIPTS_DB" "SELECT count(*) FROM entity WHERE name LIKE 'Person %'")"
sed 's/^/  /' "$tmp/out"
