#!/usr/bin/env bash
# Screening benchmark: generate (once) a registry of 1,000,000 companies and
# 10,000 holdings into bench/screen/data/, build bench_screen, run it.
#   bash bench/screen/run.sh [BUILD_DIR] [N_ENTITIES] [N_HOLDINGS]
# HOLDINGS=noisy|nearmiss|fund screens gen.py's other holdings against the
# same registry (data in bench/screen/data/N-NH-STYLE).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
n=${2:-1000000}
nh=${3:-10000}
style=${HOLDINGS:-plain}
data=bench/screen/data/$n-$nh$([ "$style" = plain ] || echo "-$style")
if [ ! -s "$data/holdings.csv" ]; then
	echo "generating $n companies and $nh $style holdings into $data" >&2
	python3 bench/screen/gen.py --holdings "$style" "$data" "$n" "$nh"
fi
ninja -C "$build" bench_screen >/dev/null
"$build/bench_screen" "$data/registry.jsonl" "$data/holdings.csv"
