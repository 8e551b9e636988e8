#!/usr/bin/env bash
# Scanning benchmark: receipts scan against Hyperscan, ripgrep and GNU grep
# on the same corpus and alias lists, one line per figure.
#   bash bench/scan/run.sh [BUILD_DIR]
# Environment: RUNS (3; figures are medians), SIZES (alias-list sizes, default
# "1000 10000 100000 1000000"), MIB (corpus size, 1024), BUDGET (seconds a
# peer may take per run, 60: slower peers run on a slice of the corpus),
# PEERS ("hyperscan rg grep").
# Then the same on a vocabulary-dense corpus (gen --dense: a share of the
# text's words are the names' words, so most capitalised words pass the
# matcher's filter): DENSE (that share, 0.5; 0 skips the corpus), DENSE_MIB
# (64), DENSE_SIZES (SIZES), DENSE_PEERS ("hyperscan"). A summary at the end
# puts receipts and Hyperscan side by side per corpus and list size.
# Data is generated once into bench/scan/data/ (not in git): see gen.c.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
runs=${RUNS:-3}
sizes=${SIZES:-1000 10000 100000 1000000}
mib=${MIB:-1024}
budget=${BUDGET:-60}
peers=${PEERS:-hyperscan rg grep}
dense=${DENSE:-0.5}
dense_mib=${DENSE_MIB:-64}
dense_sizes=${DENSE_SIZES:-$sizes}
dense_peers=${DENSE_PEERS:-hyperscan}
data=bench/scan/data
receipts=$build/receipts
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C

ninja -C "$build" receipts >/dev/null
mkdir -p "$data"

# peers from Debian, installed when missing (the main build needs none of them)
if ! pkg-config --exists libhs 2>/dev/null || ! command -v rg >/dev/null; then
	echo "installing libhyperscan-dev and ripgrep (apt-get)" >&2
	apt-get install -y libhyperscan-dev ripgrep >/dev/null 2>&1 ||
		apt-get install -y libvectorscan-dev ripgrep >/dev/null 2>&1 ||
		echo "note: could not install the peers; those missing are skipped" >&2
fi

if [ ! -x "$data/gen" ] || [ bench/scan/gen.c -nt "$data/gen" ]; then
	cc -O2 -std=c11 -o "$data/gen" bench/scan/gen.c -lm
fi
if [ ! -s "$data/planted.tsv" ]; then
	echo "generating a $mib MiB corpus and alias lists into $data" >&2
	"$data/gen" "$data" "$mib"
fi
if pkg-config --exists libhs 2>/dev/null &&
	{ [ ! -x "$data/hs_scan" ] || [ bench/scan/hs_scan.c -nt "$data/hs_scan" ]; }; then
	cc -O2 -std=gnu11 -o "$data/hs_scan" bench/scan/hs_scan.c $(pkg-config --cflags --libs libhs)
fi
if [ "$dense" != 0 ] && [ ! -s "$data/dense-$dense/planted.tsv" ]; then
	echo "generating a $dense_mib MiB dense corpus (share $dense) into $data/dense-$dense" >&2
	mkdir -p "$data/dense-$dense"
	"$data/gen" --dense "$dense" "$data/dense-$dense" "$dense_mib"
fi

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
bytes() { stat -c %s "$1"; }
mbps() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.1f", (s > 0 ? b / s / 1e6 : 0) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
mib_of() { awk -v b="$1" 'BEGIN { printf "%.0f", b / 1048576 }'; }
# distinct records in receipts scan output (records come in order)
records() { cut -d, -f1 "$1" | uniq | wc -l; }

# The machine is shared: times are CPU seconds (user + system) of the
# command, which other processes do not inflate as they do wall time.
# timed CMD...: stdout to $tmp/out; echoes CPU seconds, or "timeout";
# leaves "wall user sys peak_kb" in $tmp/time
timed() {
	local rc=0
	/usr/bin/time -f '%e %U %S %M' -o "$tmp/time" timeout "$budget" "$@" >"$tmp/out" 2>"$tmp/err" || rc=$?
	if [ "$rc" = 124 ]; then echo timeout; else awk '{ printf "%.3f", $2 + $3 }' "$tmp/time"; fi
}
peak_mib() { awk '{ printf "%d", $4 / 1024 }' "$tmp/time"; }

# pick the largest file a peer gets through in $budget seconds, from its
# time on the 1 MiB slice (compile included); echoes the file or nothing
pick() {
	local t
	t=$(timed "$@" "$cdir/slice-1.txt")
	[ "$t" = timeout ] && return 0
	for f in "$corpus" "$cdir/slice-64.txt" "$cdir/slice-8.txt" "$cdir/slice-1.txt"; do
		if awk -v t="$t" -v b="$(bytes "$f")" -v s="$(bytes "$cdir/slice-1.txt")" \
			-v lim="$budget" 'BEGIN { exit !(t * b / s <= lim * 0.7) }'; then
			echo "$f"
			return 0
		fi
	done
}

declare -A rec_lines
receipts_lines() { # FILE MATCHER: lines with a match, cached
	local key="$1:$2"
	if [ -z "${rec_lines[$key]:-}" ]; then
		"$receipts" scan --matcher "$2" "$1" >"$tmp/rl"
		rec_lines[$key]=$(records "$tmp/rl")
	fi
	echo "${rec_lines[$key]}"
}

summary=()

# bench_corpus TAG DIR SIZES PEERS: every figure on DIR/corpus.txt. The
# alias lists, matchers and Hyperscan databases are the main data's (gen
# writes the same lists for every corpus); compile and load are printed on
# the first corpus only.
bench_corpus() {
local tag=$1 sizes=$3 peers=$4
cdir=$2
corpus=$cdir/corpus.txt
# slices for the slow peers: whole lines, about 64, 8 and 1 MiB
for k in 64 8 1; do
	[ -s "$cdir/slice-$k.txt" ] || head -n $((k * 985)) "$corpus" >"$cdir/slice-$k.txt"
done
total=$(bytes "$corpus")
nlines=$(wc -l <"$corpus")
echo "$tag corpus: $(mib_of "$total") MiB, $nlines lines$( [ "$tag" = scan ] || echo ", a share of $dense of the words drawn from the names' words"); medians of $runs runs, one thread, CPU time (user + system)"

for n in $sizes; do
	reg=$data/names-$n.jsonl
	list=$data/names-$n.txt
	mf=$tmp/names-$n.matcher
	label=$(printf '%s %7s aliases' "$tag" "$n")

	if [ ! -s "$mf" ]; then
	# compile
	ts=()
	for ((r = 0; r < runs; r++)); do
		rm -f "$mf"
		ts+=("$(budget=600 timed "$receipts" compile-matcher --registry "$reg" -o "$mf")")
	done
	echo "$label  receipts compile      $(median "${ts[@]}") s  peak $(peak_mib) MiB  matcher file $(mib_of "$(bytes "$mf")") MiB ($(bytes "$mf") bytes)"

	# load: a whole scan of an empty input (process start, mmap, checks)
	ts=()
	for ((r = 0; r < 5; r++)); do
		ts+=("$(timed "$receipts" scan --matcher "$mf" /dev/null)")
	done
	echo "$label  receipts load         $(awk -v s="$(median "${ts[@]}")" 'BEGIN { printf "%.1f", s * 1000 }') ms  (a scan of no input: process start, map, checks; median of 5)"
	fi

	# Hyperscan's database, and the file it gets through within the budget:
	# settled first, so that its runs go side by side with receipts' below
	hs_f=
	if [[ " $peers " == *" hyperscan "* ]] && [ -x "$data/hs_scan" ]; then
		db=$data/hs-$n.db
		if [ ! -s "$db" ] || [ ! -s "$db.compile" ]; then
			rm -f "$db"
			"$data/hs_scan" "$list" "$data/slice-1.txt" 1 "$db" >"$tmp/hs"
			echo "$label  hyperscan compile     $(sed -n 's/^compile_s=//p' "$tmp/hs") s  peak $(($(sed -n 's/^peak_rss_kb=//p' "$tmp/hs") / 1024)) MiB  database $(mib_of "$(sed -n 's/^db_bytes=//p' "$tmp/hs")") MiB (one run, kept in $db)" >"$db.compile"
		fi
		"$data/hs_scan" "$list" "$cdir/slice-8.txt" 1 "$db" >"$tmp/hs"
		s=$(sed -n 's/^scan_s=//p' "$tmp/hs")
		hs_f=$corpus
		awk -v s="$s" -v t="$total" -v b="$(bytes "$cdir/slice-8.txt")" -v lim="$budget" \
			'BEGIN { exit !(s * t / b > lim * 0.7) }' && hs_f=$cdir/slice-64.txt
	fi

	# Round by round: receipts scan (every mention, as JSON lines), receipts
	# count (lines with a mention, a line's scan stopping at its first: the
	# work of grep -c and of the Hyperscan harness's default), and Hyperscan
	# counting lines and finding every match. The VM's speed drifts by tens
	# of percent within minutes; runs taken side by side give steadier ratios.
	ts=() cs=() hc=() ha=()
	for ((r = 0; r < runs; r++)); do
		ts+=("$(budget=3600 timed "$receipts" scan --matcher "$mf" "$corpus")")
		scan_peak=$(peak_mib)
		mv "$tmp/out" "$tmp/scan"
		cs+=("$(budget=3600 timed "$receipts" scan --count --matcher "$mf" "$corpus")")
		count_peak=$(peak_mib)
		count_lines=$(cat "$tmp/out")
		if [ -n "$hs_f" ]; then
			"$data/hs_scan" "$list" "$hs_f" 1 "$db" >"$tmp/hs"
			hc+=("$(sed -n 's/^scan_s=//p' "$tmp/hs")")
			hs_lines=$(sed -n 's/^matched=//p' "$tmp/hs")
			hs_load=$(sed -n 's/^load_s=//p' "$tmp/hs")
			"$data/hs_scan" "$list" "$hs_f" 1 "$db" all >"$tmp/hs"
			ha+=("$(sed -n 's/^scan_s=//p' "$tmp/hs")")
			hs_matches=$(sed -n 's/^matches=//p' "$tmp/hs")
		fi
	done
	rt=$(median "${ts[@]}")
	rl=$(records "$tmp/scan")
	rec_lines["$corpus:$mf"]=$rl
	rrate=$(mbps "$total" "$rt")
	echo "$label  receipts scan         $rrate MB/s  ($rt s)  lines matched $rl  matches $(wc -l <"$tmp/scan")  peak $scan_peak MiB  (every mention, as JSON lines)"
	ct=$(median "${cs[@]}")
	crate=$(mbps "$total" "$ct")
	echo "$label  receipts count        $crate MB/s  ($ct s)  lines matched $count_lines  peak $count_peak MiB  (scan --count)"
	echo "$label  planted lines         $(awk -v n="$n" '$1 == n { printf "%s (all forms), %s (ASCII case only), %s (Unicode case, no diacritics)", $3, $4, $5 }' "$cdir/planted.tsv")"
	srow="$(printf '%-5s %7s aliases  receipts scan %7s MB/s' "$tag" "$n" "$rrate")"

	for peer in $peers; do
		case $peer in
		hyperscan)
			if [ -z "$hs_f" ]; then
				echo "$label  hyperscan             skipped: libhs not installed"
				continue
			fi
			[ "$tag" = scan ] && cat "$db.compile"
			f=$hs_f
			s=$(median "${hc[@]}")
			rate=$(mbps "$(bytes "$f")" "$s")
			echo "$label  hyperscan load        $hs_load s (serialized database)"
			echo "$label  hyperscan count       $rate MB/s  ($s s on $(mib_of "$(bytes "$f")") MiB, a line's scan stops at its first match)  lines matched $hs_lines (receipts $(receipts_lines "$f" "$mf"))  receipts count/hyperscan count $(ratio "$crate" "$rate")  receipts scan/hyperscan count $(ratio "$rrate" "$rate")"
			# every match, the work of receipts scan printing every mention
			s=$(median "${ha[@]}")
			rate=$(mbps "$(bytes "$f")" "$s")
			echo "$label  hyperscan all         $rate MB/s  ($s s on $(mib_of "$(bytes "$f")") MiB, every match)  matches $hs_matches (overlapping ones included)  receipts scan/hyperscan all $(ratio "$rrate" "$rate")"
			srow+="$(printf '  hyperscan all %7s MB/s  receipts/hyperscan %5s' "$rate" "$(ratio "$rrate" "$rate")")"
			;;
		rg | grep)
			if [ "$peer" = rg ]; then
				cmd=(rg --no-config -F -i -w -c -f "$list")
				command -v rg >/dev/null || { echo "$label  rg                    skipped: ripgrep not installed"; continue; }
				# ripgrep's default size limits refuse the large lists
				cmd+=(--regex-size-limit 4G --dfa-size-limit 4G)
			else
				cmd=(grep -F -i -w -c -f "$list")
			fi
			f=$(pick "${cmd[@]}")
			if [ -z "$f" ]; then
				echo "$label  $(printf '%-21s' "$peer") skipped: over ${budget}s on a 1 MiB slice"
				continue
			fi
			ts=()
			for ((r = 0; r < runs; r++)); do
				t=$(timed "${cmd[@]}" "$f")
				[ "$t" = timeout ] && break
				ts+=("$t")
			done
			if [ ${#ts[@]} = 0 ]; then
				echo "$label  $(printf '%-21s' "$peer") skipped: over ${budget}s on $(mib_of "$(bytes "$f")") MiB"
				continue
			fi
			t=$(median "${ts[@]}")
			pl=$(cat "$tmp/out")
			rate=$(mbps "$(bytes "$f")" "$t")
			echo "$label  $(printf '%-21s' "$peer scan") $rate MB/s  ($t s on $(mib_of "$(bytes "$f")") MiB, patterns compiled in the run)  lines matched $pl (receipts $(receipts_lines "$f" "$mf"))  receipts/$peer $(ratio "$rrate" "$rate")"
			;;
		esac
	done
	summary+=("$srow")
done
}

bench_corpus scan "$data" "$sizes" "$peers"
if [ "$dense" != 0 ]; then
	bench_corpus dense "$data/dense-$dense" "$dense_sizes" "$dense_peers"
fi
echo "summary: receipts scan (every mention printed) and Hyperscan finding every match, CPU time, medians of $runs runs"
for row in "${summary[@]}"; do
	echo "summary $row"
done
