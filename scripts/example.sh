#!/usr/bin/env bash
# The main job on the bundled example data: install what is missing, build,
# load the example registry and corpus into a fresh database, verify it and
# print what is known, screen the example portfolio, then serve the web app
# (LISTEN=host:port, default 127.0.0.1:8080; SERVE=0 stops before serving).
set -euo pipefail
cd "$(dirname "$0")/.."
# NO_SETUP=1 skips installing and building (the end-to-end test runs this
# script against the binary it tests, given as RECEIPTS)
if [ "${NO_SETUP:-0}" != 1 ]; then
	bash scripts/install-deps.sh
	make
fi
R=${RECEIPTS:-build/receipts}
export RECEIPTS_DB=${RECEIPTS_DB:-$PWD/examples.db}
rm -f "$RECEIPTS_DB" "$RECEIPTS_DB-wal" "$RECEIPTS_DB-shm"
echo "== database $RECEIPTS_DB"
$R init
echo "== registry"
$R import-registry examples/registry.jsonl
echo "== corpus"
$R add examples/corpus
echo "== sources"
$R sources
echo "== candidate claims found in the corpus (for an editor to review)"
$R claims list --limit 15
echo "== an editor's recorded decisions on them (examples/reviews.tsv)"
python3 scripts/apply-reviews.py "$R" examples/reviews.tsv
echo "== verify"
$R verify
echo "== screening report for examples/portfolio.csv"
$R screen examples/portfolio.csv
echo "== web app"
if [ "${SERVE:-1}" = 0 ]; then
	exit 0
fi
# an editor account for the review queue, with a fresh password each run
PASS=$(head -c 12 /dev/urandom | base64 | tr -d '/+=')
echo "$PASS" | $R user add editor --role editor >/dev/null
LISTEN=${LISTEN:-127.0.0.1:8080}
echo "open http://$LISTEN/ — log in as 'editor' with password '$PASS' to review candidate claims"
echo "(Ctrl-C stops the server)"
exec $R serve --listen "$LISTEN"
