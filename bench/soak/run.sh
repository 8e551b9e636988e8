#!/usr/bin/env bash
# A soak of `receipts serve` (bench/soak/soak.py): the example registry and
# corpus with their candidate claims, an editor, and SECONDS (default 600)
# of mixed traffic: readers, an editor's reviews, screenings by the API
# and the form. Prints one line per figure; exits 1 on any error.
#   bash bench/soak/run.sh [BUILD_DIR] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
secs=${2:-600}
R="$PWD/$build/receipts"
[ -x "$R" ] || { echo "no binary at $R: make first" >&2; exit 2; }
work=$(mktemp -d /tmp/rcp-soak.XXXXXX)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
export RECEIPTS_DB="$work/soak.db" RECEIPTS_USER=soak
"$R" init >/dev/null
"$R" import-registry examples/registry.jsonl >/dev/null
"$R" add -q examples/corpus >/dev/null 2>&1 || true
echo "soak pass 1" | "$R" user add soak-editor --role editor >/dev/null
claims=$(sqlite3 "$RECEIPTS_DB" "SELECT group_concat(id) FROM (SELECT id FROM claim WHERE status = 'candidate' ORDER BY id LIMIT 30)")
"$R" serve --listen 127.0.0.1:0 >"$work/serve.out" 2>"$work/serve.err" &
pid=$!
for _ in $(seq 100); do grep -q '^serving ' "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/^serving //p' "$work/serve.out")
[ -n "$url" ] || { echo "the server did not start" >&2; cat "$work/serve.err" >&2; exit 1; }
echo "soak server $R, $("$R" --version 2>/dev/null | head -1)"
rc=0
python3 bench/soak/soak.py "$url" "$pid" "$secs" soak-editor "soak pass 1" \
	examples/portfolio.csv "$claims" || rc=$?
# the database grows with every audited review; the server maps it
# (RCP_MMAP_SIZE), so its pages count in the resident memory above
db_mib=$(du -m "$RECEIPTS_DB" | cut -f1)
wal_mib=$(du -m "$RECEIPTS_DB-wal" 2>/dev/null | cut -f1)
echo "soak database MiB       ${db_mib} (+ ${wal_mib:-0} WAL)"
echo "soak audit entries      $(sqlite3 "$RECEIPTS_DB" 'SELECT count(*) FROM audit')"
exit $rc
