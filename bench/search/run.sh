#!/usr/bin/env bash
# Search benchmark: receipts' FTS5 tokenizer (folding + Snowball stemming in
# each document's language, exact top-10 BM25 ranking) against SQLite's stock
# `unicode61 remove_diacritics 2` on the same generated corpus, and Xapian
# on a slice of it.
#   bash bench/search/run.sh [BUILD_DIR] [N_DOCS]      (default build, 1000000)
# N_DOCS documents of about 1 KB (1,000,000 is about 1 GiB); XAPIAN_DOCS
# (default N_DOCS/8) for the slice, on which receipts and stock FTS5 are
# measured again so the three compare on the same documents. The
# vocabulary comes from ../shared/eval/dev (bench/search/make-vocab.py);
# indexes go to bench/search/data/ (not in git, or DATA=DIR) and are
# removed after, unless KEEP=1; REUSE=1 queries the indexes a KEEP=1 run
# left there instead of building them (no indexing figures then; KEEP=1
# skips FTS5 'optimize', which would change the kept index).
# MERGE=2 (the default) ends each build with rcp__search_merge, as
# receipts add ends a bulk add; MERGE=0 leaves the index as FTS5 wrote it.
# One thread; one line per figure, then the ratios.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
n=${2:-1000000}
slice=${XAPIAN_DOCS:-$((n / 8))}
data=${DATA:-bench/search/data}
keep=${KEEP:-0} reuse=${REUSE:-0} merge=${MERGE:-2}
[ "$reuse" = 1 ] && keep=1
mkdir -p "$data/full" "$data/slice"

vocab=${VOCAB:-$data/vocab.tsv}
if [ ! -s "$vocab" ]; then
	dev=../shared/eval/dev
	if [ -f "$dev/docs.jsonl" ]; then
		python3 bench/search/make-vocab.py "$dev/docs.jsonl" "$dev/docs" >"$vocab"
	else
		echo "bench: no $dev: the vocabulary is made-up words only" >&2
		: >"$vocab"
	fi
fi

targets=(bench_search)
have_xapian=0
if grep -q '^bench_xapian:' <<<"$(ninja -C "$build" -t targets all 2>/dev/null)"; then
	targets+=(bench_xapian)
	have_xapian=1
fi
ninja -C "$build" "${targets[@]}" >/dev/null

full=$data/results-full.txt sl=$data/results-slice.txt
echo "== $n documents: receipts vs unicode61"
"$build/bench_search" "$vocab" "$data/full" --docs "$n" --queries 1000 --reuse "$reuse" \
	--merge "$merge" | tee "$full"
if [ "$keep" = 1 ]; then
	echo "== FTS5 'optimize' skipped: KEEP=1 keeps the indexes as built"
else
	echo "== the same indexes merged into one segment each (FTS5 'optimize')"
	"$build/bench_search" "$vocab" "$data/full" --docs "$n" --queries 1000 --check 0 --reuse 1 \
		--optimize 1 | grep -E '^(optimize|query)' | sed '/^query/s/^/optimized /' | tee -a "$full"
fi
[ "$keep" = 1 ] || rm -f "$data"/full/*.db*
echo "== slice of $slice documents: receipts, unicode61, xapian"
"$build/bench_search" "$vocab" "$data/slice" --docs "$slice" --queries 1000 --check 0 --reuse "$reuse" \
	--merge "$merge" 2>/dev/null |
	grep -E '^(index|query)' | sed 's/^/slice /' | tee "$sl"
[ "$keep" = 1 ] || rm -f "$data"/slice/*.db*
if [ "$have_xapian" = 1 ]; then
	"$build/bench_xapian" "$vocab" "$data/slice" --docs "$slice" --queries 1000 --reuse "$reuse" |
		tee -a "$sl"
	echo "xapian index size: $(du -sm "$data/slice/xapian-db" | cut -f1) MB" | tee -a "$sl"
	[ "$keep" = 1 ] || rm -rf "$data/slice/xapian-db"
else
	echo "xapian: not built (libxapian-dev and a C++ compiler are needed)"
fi

# the ratios, from the lines above
python3 - "$full" "$sl" <<'PY'
import re, sys
full, sl = open(sys.argv[1]).read(), open(sys.argv[2]).read()
def num(pat, text):
    m = re.search(pat, text)
    return float(m.group(1)) if m else None
def ratio(a, b):
    return '%.2fx' % (a / b) if a and b else 'n/a'
mb = r'([\d.]+) MB/s wall'
ri, si = num('index receipts.*?' + mb, full), num('index unicode61.*?' + mb, full)
rs, ss = num(r'index receipts.*index file (\d+) MB', full), num(r'index unicode61.*index file (\d+) MB', full)
print('ratio indexing MB/s receipts / unicode61: %s (%s vs %s MB/s)' % (ratio(ri, si), ri, si))
print('ratio index size receipts / unicode61: %s' % ratio(rs, ss))
for kind in ('words by frequency', 'words from the vocabulary', 'words either way', 'held-out shapes', 'second held-out'):
    line = re.search('(?m)^query receipts.*%s:.*$' % kind, full)
    if line:
        l = line.group(0)
        p50, p99 = num(r'p50 ([\d.]+)', l), num(r'p99 ([\d.]+)', l)
        ov = num(r'overlap with exact BM25 top 10 ([\d.]+)%', l)
        print('receipts %s: p50 %s ms, p99 %s ms, overlap with exact BM25 top 10 %s%%'
              % (kind, p50, p99, ov if ov is not None else 'n/a'))
for pre in ('', 'optimized '):
    for kind in ('words by frequency', 'words from the vocabulary', 'words either way', 'held-out shapes', 'second held-out'):
        for fig in ('p50', 'p99'):
            r = num('(?m)^%squery receipts.*%s:.*? %s ([\\d.]+)' % (pre, kind, fig), full)
            u = num('(?m)^%squery unicode61.*%s:.*? %s ([\\d.]+)' % (pre, kind, fig), full)
            print('ratio %squery %s %s unicode61 / receipts: %s (%.3f vs %.3f ms)'
                  % (pre, kind, fig, ratio(u, r), u or 0, r or 0))
xi = num(r'index xapian.*?: ([\d.]+) MB/s', sl)
if xi:
    sri, ssi = num('slice index receipts.*?' + mb, sl), num('slice index unicode61.*?' + mb, sl)
    srs, sss = num(r'slice index receipts.*index file (\d+) MB', sl), num(r'slice index unicode61.*index file (\d+) MB', sl)
    xs = num(r'xapian index size: (\d+) MB', sl)
    print('ratio slice indexing MB/s receipts / xapian: %s, unicode61 / xapian: %s' % (ratio(sri, xi), ratio(ssi, xi)))
    print('ratio slice index size xapian / receipts: %s, xapian / unicode61: %s' % (ratio(xs, srs), ratio(xs, sss)))
    for kind in ('words by frequency', 'words from the vocabulary', 'words either way', 'held-out shapes', 'second held-out'):
        for fig in ('p50', 'p99'):
            x = num('(?m)^query xapian.*%s:.*? %s ([\\d.]+)' % (kind, fig), sl)
            r = num('(?m)^slice query receipts.*%s:.*? %s ([\\d.]+)' % (kind, fig), sl)
            u = num('(?m)^slice query unicode61.*%s:.*? %s ([\\d.]+)' % (kind, fig), sl)
            print('ratio slice query %s %s receipts / xapian: %s, unicode61 / xapian: %s' % (kind, fig, ratio(r, x), ratio(u, x)))
PY
