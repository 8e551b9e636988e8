#!/usr/bin/env bash
# Screening benchmark: generate (once) a registry of 1,000,000 companies and
# 10,000 holdings into bench/screen/data/, build bench_screen, run it.
#   bash bench/screen/run.sh [BUILD_DIR] [N_ENTITIES] [N_HOLDINGS]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
n=${2:-1000000}
nh=${3:-10000}
data=bench/screen/data/$n-$nh
if [ ! -s "$data/holdings.csv" ]; then
	echo "generating $n companies and $nh holdings into $data" >&2
	python3 bench/screen/gen.py "$data" "$n" "$nh"
fi
ninja -C "$build" bench_screen >/dev/null
"$build/bench_screen" "$data/registry.jsonl" "$data/holdings.csv"
