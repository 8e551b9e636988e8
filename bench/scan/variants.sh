#!/usr/bin/env bash
# receipts scan against Hyperscan on corpora and alias lists shaped unlike
# bench/scan's own (gen.c's knobs), so that a lead is not one corpus's.
#   bash bench/scan/variants.sh [BUILD_DIR]
# Environment: VARIANTS (names from the table below, default all), SIZES
# ("1000 10000 100000"), MIB (64), RUNS (3; medians), RECEIPTS (the binary,
# default BUILD_DIR/receipts), KEEP (a directory: each scan's output is kept
# there as VARIANT-N.jsonl, to compare two builds byte for byte), HS_MIB
# (Hyperscan scans the first HS_MIB MiB from HS_FROM aliases on, 8 and
# 1000000: it runs at a few MB/s there), BEFORE (another receipts binary,
# timed in the same rounds: its rate and whether its output is the same).
# One line per variant and list size: receipts scan (every mention printed,
# whole process, CPU time) and Hyperscan finding every match (in process,
# CPU time of the scan alone), their ratio, the mentions and a checksum of
# receipts' output. Data goes to bench/scan/data/var-VARIANT/ (not in git).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
runs=${RUNS:-3}
sizes=${SIZES:-1000 10000 100000}
mib=${MIB:-64}
receipts=${RECEIPTS:-$build/receipts}
data=bench/scan/data
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C

# name | gen options | seed | scan options
table='
seed7|--dense 0.5|7|
dense90|--dense 0.9|42|
long|--names long --dense 0.5|42|
common|--names common --dense 0.5|42|
short|--names short --dense 0.5|42|
script|--names script --dense 0.5|42|
longlines|--dense 0.5 --repeat 0.3 --line 1048576|42|
oneline|--dense 0.5 --line 0|42|--max-record 1G
'
variants=${VARIANTS:-$(awk -F'|' 'NF > 1 { printf "%s ", $1 }' <<<"$table")}

mkdir -p "$data"
if [ ! -x "$data/gen" ] || [ bench/scan/gen.c -nt "$data/gen" ]; then
	cc -O2 -std=c11 -o "$data/gen" bench/scan/gen.c -lm
fi
if [ ! -x "$data/hs_scan" ] || [ bench/scan/hs_scan.c -nt "$data/hs_scan" ]; then
	cc -O2 -std=gnu11 -o "$data/hs_scan" bench/scan/hs_scan.c $(pkg-config --cflags --libs libhs)
fi

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
mbps() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.1f", (s > 0 ? b / s / 1e6 : 0) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
cpu() { # CMD...: stdout to $tmp/out, echoes CPU seconds (user + system)
	/usr/bin/time -f '%U %S' -o "$tmp/time" "$@" >"$tmp/out"
	awk '{ printf "%.3f", $1 + $2 }' "$tmp/time"
}

for v in $variants; do
	row=$(awk -F'|' -v v="$v" '$1 == v' <<<"$table")
	[ -n "$row" ] || { echo "variants.sh: no variant '$v'" >&2; exit 2; }
	IFS='|' read -r _ genopts seed scanopts <<<"$row"
	read -r -a g <<<"$genopts"
	dir=$data/var-$v
	if [ ! -s "$dir/planted.tsv" ]; then
		mkdir -p "$dir"
		echo "generating $v ($genopts) into $dir" >&2
		"$data/gen" "${g[@]}" "$dir" "$mib" "$seed" >/dev/null
		[ "$(stat -c %s "$dir/corpus.txt")" -ge $((mib << 20)) ] || {
			echo "variants.sh: $dir holds another size; remove it" >&2
			exit 1
		}
	fi
	corpus=$dir/corpus.txt
	total=$(stat -c %s "$corpus")
	read -r -a so <<<"$scanopts"
	for n in $sizes; do
		mf=$dir/names-$n.matcher db=$dir/hs-$n.db
		[ -s "$mf" ] || "$receipts" compile-matcher --registry "$dir/names-$n.jsonl" -o "$mf" >/dev/null
		[ -s "$db" ] || "$data/hs_scan" "$dir/names-$n.txt" "$dir/names-1000.txt" 1 "$db" >/dev/null
		hs_f=$corpus
		if [ "$n" -ge "${HS_FROM:-1000000}" ]; then
			hs_f=$dir/slice-${HS_MIB:-8}.txt
			[ -s "$hs_f" ] || head -c $((${HS_MIB:-8} << 20)) "$corpus" >"$hs_f"
		fi
		rt=() ht=() bt=()
		for ((r = 0; r < runs; r++)); do
			if [ -n "${BEFORE:-}" ]; then
				bt+=("$(cpu "$BEFORE" scan "${so[@]}" --matcher "$mf" "$corpus")")
				bsum=$(sha256sum <"$tmp/out" | cut -c1-12)
			fi
			rt+=("$(cpu "$receipts" scan "${so[@]}" --matcher "$mf" "$corpus")")
			"$data/hs_scan" "$dir/names-$n.txt" "$hs_f" 1 "$db" all >"$tmp/hs"
			ht+=("$(sed -n 's/^scan_s=//p' "$tmp/hs")")
		done
		mentions=$(wc -l <"$tmp/out")
		sum=$(sha256sum <"$tmp/out" | cut -c1-12)
		[ -z "${KEEP:-}" ] || cp "$tmp/out" "$KEEP/$v-$n.jsonl"
		r=$(mbps "$total" "$(median "${rt[@]}")") h=$(mbps "$(stat -c %s "$hs_f")" "$(median "${ht[@]}")")
		before=
		if [ -n "${BEFORE:-}" ]; then
			b=$(mbps "$total" "$(median "${bt[@]}")")
			before="  before $b MB/s ($(ratio "$b" "$h")), output $([ "$bsum" = "$sum" ] && echo same || echo DIFFERS)"
		fi
		printf '%-9s %7s aliases  receipts scan %7s MB/s  hyperscan all %7s MB/s  receipts/hyperscan %5s  mentions %s (hyperscan %s on %s MiB)  output %s%s\n' \
			"$v" "$n" "$r" "$h" "$(ratio "$r" "$h")" "$mentions" "$(sed -n 's/^matches=//p' "$tmp/hs")" "$(($(stat -c %s "$hs_f") >> 20))" "$sum" "$before"
	done
done
