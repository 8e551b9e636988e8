#!/usr/bin/env bash
# The main job on the bundled example data: install what is missing, build,
# load the example registry and corpus into a fresh database, verify it and
# print what is known. Later stages (screening, the web app) join as they land.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
make
R=build/receipts
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
echo "== verify"
$R verify
echo "== screening report for examples/portfolio.csv"
$R screen examples/portfolio.csv
