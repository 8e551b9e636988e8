#!/usr/bin/env bash
# Extraction benchmark: MB/s of text through the whole `receipts extract`
# pipeline (read, sniff and decode, language, words, registry scan, money,
# dates, claims, JSON out) on one core, over a generated corpus of ~100 MB
# (bench/extract/gen.py, written once into bench/extract/data/, not in git).
#   bash bench/extract/run.sh [BUILD_DIR...]      (default: build)
# Env: MB (corpus size, default 100), RUNS (default 3), SHARED (../shared).
# Prints one line per figure and build: corpus, median MB/s of CPU time (min
# and max; the machine may be shared, CPU time is what one core spends), MB/s
# of wall time, documents/s, peak RSS. Several builds compare them.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -gt 0 ] || set -- build
mb=${MB:-100}
runs=${RUNS:-3}
shared=${SHARED:-../shared}
[ -d "$shared/eval" ] || shared=/work/shared
data=bench/extract/data/$mb
if [ ! -f "$data/.done" ]; then
	echo "generating a ${mb} MB corpus into $data" >&2
	rm -rf "$data"
	python3 bench/extract/gen.py "$data" "$shared" "$mb"
	touch "$data/.done"
fi
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)
for b in "$@"; do
	ninja -C "$b" receipts >/dev/null
	python3 - "$b/receipts" "$data" "$runs" "${pin[@]}" <<'PY'
import os, resource, statistics, subprocess, sys, time
exe, data, runs, pin = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
files = sorted(os.path.join(data, f) for f in os.listdir(data) if f.endswith(".txt"))
size = sum(os.path.getsize(f) for f in files)
cmd = pin + [exe, "extract", "--format", "jsonl"] + files
cpu, wall = [], []
for i in range(runs):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    with open(os.devnull, "wb") as null:
        subprocess.run(cmd, stdout=null, check=True)
    t1 = time.perf_counter()
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu.append(size / 1e6 / (r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime))
    wall.append(size / 1e6 / (t1 - t0))
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
med = statistics.median(cpu)
print(f"extract {exe}: corpus {size / 1e6:.1f} MB in {len(files)} documents")
print(f"extract {exe}: {med:.2f} MB/s of CPU time, median of {runs} (min {min(cpu):.2f}, max {max(cpu):.2f}), one core")
print(f"extract {exe}: {statistics.median(wall):.2f} MB/s of wall time, median of {runs} (shared machine: load counts)")
print(f"extract {exe}: {med * 1e6 / (size / len(files)):.0f} documents/s of CPU time")
print(f"extract {exe}: peak RSS {rss:.0f} MB")
PY
done
