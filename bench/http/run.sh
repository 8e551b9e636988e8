#!/usr/bin/env bash
# HTTP benchmark: wrk against `receipts serve` (a company profile page and the
# search API) and, in the same run, against nginx serving the same profile
# page saved as a static file.
#   bash bench/http/run.sh [BUILD_DIR]
# Environment: RUNS (rounds, default 3; the figures printed are medians),
# DURATION (seconds per measurement, default 30), CONNECTIONS (default 64),
# THREADS (wrk threads, default 2), SERVE_THREADS (receipts serve --threads,
# its connection cap, a thread each; default 1000). Past 64 CONNECTIONS
# from one address meet serve's per-address cap.
# Installs wrk and nginx from Debian with apt-get when they are missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
build=${1:-build}
runs=${RUNS:-3}
duration=${DURATION:-30}
conns=${CONNECTIONS:-64}
wthreads=${THREADS:-2}

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx)
if [ ${#need[@]} -gt 0 ]; then
	echo "installing ${need[*]} from Debian" >&2
	sudo=; [ "$(id -u)" -eq 0 ] || sudo=sudo
	$sudo apt-get install -y "${need[@]}" >/dev/null ||
		{ $sudo apt-get update >/dev/null && $sudo apt-get install -y "${need[@]}" >/dev/null; }
fi
nginx=$(command -v nginx || echo /usr/sbin/nginx)

ninja -C "$build" receipts >/dev/null
bin=$(cd "$build" && pwd)/receipts

tmp=$(mktemp -d /tmp/rcp-bench-http.XXXXXX)
server_pid= nginx_pid=
cleanup() {
	[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
	[ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null
	wait 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT

# ---- the database: the examples, as tests/e2e/web.sh loads them ----------
export RECEIPTS_DB=$tmp/bench.db RECEIPTS_USER=bench
r() { "$bin" "$@"; }
sql() { sqlite3 "$RECEIPTS_DB" "$1"; }
r init >/dev/null
r import-registry examples/registry.jsonl >/dev/null
r add -q --no-claims examples/corpus 2>/dev/null
azure=$(sql "SELECT id FROM source WHERE title LIKE 'Unit 8200 stored%'")
# claim QUOTE ARGS...: an accepted claim on the Azure article
claim() {
	local q=$1 s; shift
	s=$(sql "SELECT instr(CAST(text AS BLOB), CAST('$q' AS BLOB)) - 1 FROM source WHERE id = $azure")
	[ "$s" -ge 0 ] || { echo "quote not found: $q" >&2; exit 1; }
	r claims add --source "$azure" --span "$s-$((s + ${#q}))" --company microsoft \
		--counterparty unit-8200 --year 2022 --status accepted "$@" >/dev/null
}
claim "Microsoft supplied cloud storage and computing on Azure to Unit 8200 from 2022." \
	--relation supplies --category military
claim "the unit built a mass surveillance tool" --relation supplies --category surveillance
echo "bench reader pass" | r user add reader --role reader >/dev/null

# ---- the servers -----------------------------------------------------------
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port=$(free_port)
serve_args=(--listen "127.0.0.1:$port")
[ -n "${SERVE_THREADS:-}" ] && serve_args+=(--threads "$SERVE_THREADS")
"$bin" serve "${serve_args[@]}" >"$tmp/serve.out" 2>"$tmp/serve.err" &
server_pid=$!
for _ in $(seq 100); do grep -q '^serving ' "$tmp/serve.out" 2>/dev/null && break; sleep 0.1; done
grep -q '^serving ' "$tmp/serve.out" || { echo "receipts serve did not start" >&2; cat "$tmp/serve.err" >&2; exit 1; }
url=http://127.0.0.1:$port

profile=/companies/microsoft
search='/api/v1/search?q=Azure'
mkdir -p "$tmp/www/companies" "$tmp/nginx" "$tmp/res"
curl -sf -o "$tmp/www/companies/microsoft" "$url$profile"

nport=$(free_port)
user_line=
[ "$(id -u)" -eq 0 ] && user_line="user root root;" # workers would drop to nobody
cat >"$tmp/nginx/nginx.conf" <<EOF
$user_line
worker_processes auto;
daemon off;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/error.log warn;
events { worker_connections 1024; }
http {
	access_log off;
	client_body_temp_path $tmp/nginx/body;
	proxy_temp_path $tmp/nginx/proxy;
	fastcgi_temp_path $tmp/nginx/fastcgi;
	uwsgi_temp_path $tmp/nginx/uwsgi;
	scgi_temp_path $tmp/nginx/scgi;
	# tuned for one small file, so that the peer is at its best: a single
	# write beats sendfile and TCP_CORK for 5 KB, the open file is kept, and
	# keep-alive connections are never closed (libmicrohttpd does not close
	# them either). About 40% more requests/s than Debian's defaults here.
	sendfile off;
	open_file_cache max=64;
	keepalive_requests 1000000;
	server {
		listen 127.0.0.1:$nport;
		root $tmp/www;
		default_type "text/html; charset=utf-8";
	}
}
EOF
"$nginx" -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf" -e "$tmp/nginx/error.log" &
nginx_pid=$!
for _ in $(seq 50); do curl -sf -o /dev/null "http://127.0.0.1:$nport$profile" && break; sleep 0.1; done
cmp -s "$tmp/www/companies/microsoft" <(curl -sf "http://127.0.0.1:$nport$profile") ||
	{ echo "nginx does not serve the saved page" >&2; cat "$tmp/nginx/error.log" >&2; exit 1; }

# A reader's session, for the uncached figure: the page cache serves
# anonymous visitors only, so a session cookie makes every request render.
jar=$tmp/cookies
pre=$(curl -s -c "$jar" -b "$jar" "$url/login" | sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$jar" -b "$jar" --data "name=reader&password=bench+reader+pass&csrf=$pre" "$url/login"
session=$(awk '$6 == "rcp_session" {print $7}' "$jar")
[ -n "$session" ] || { echo "cannot log in as the bench reader" >&2; exit 1; }

# Every target must answer 200 before it is measured: wrk's status error
# count below covers 4xx and 5xx only.
for u in "$url$profile" "$url$search" "http://127.0.0.1:$nport$profile"; do
	code=$(curl -s -o /dev/null -w '%{http_code}' "$u")
	[ "$code" = 200 ] || { echo "$u answered $code" >&2; exit 1; }
done
grep -q 'Log out' <(curl -s -H "Cookie: rcp_session=$session" "$url$profile") ||
	{ echo "the session cookie does not log in" >&2; exit 1; }
echo "profile page: $(wc -c <"$tmp/www/companies/microsoft") bytes; search API: $(curl -s "$url$search" | wc -c) bytes" >&2

cat >"$tmp/report.lua" <<'EOF'
done = function(summary, latency, requests)
	local e = summary.errors
	io.write(string.format("RESULT %.1f %.3f %.3f %d %d\n",
		summary.requests / (summary.duration / 1e6),
		latency:percentile(50) / 1000, latency:percentile(99) / 1000,
		e.status, e.connect + e.read + e.write + e.timeout))
end
EOF

# measure NAME URL ROUND [WRK ARGS...]: one wrk run; appends
# "rps p50 p99 non2xx sockerr" to $tmp/res/NAME
measure() {
	local line
	line=$(wrk -t"$wthreads" -c"$conns" -d"${duration}s" --latency -s "$tmp/report.lua" "${@:4}" "$2" |
		sed -n 's/^RESULT //p')
	echo "$line" >>"$tmp/res/$1"
	read -r rps p50 p99 bad sock <<<"$line"
	printf '  round %d %-8s %10.0f req/s  p50 %7.2f ms  p99 %7.2f ms  errors %d non-2xx, %d socket\n' \
		"$3" "$1" "$rps" "$p50" "$p99" "$bad" "$sock" >&2
}

for i in $(seq "$runs"); do
	measure profile "$url$profile" "$i"
	measure search "$url$search" "$i"
	measure nginx "http://127.0.0.1:$nport$profile" "$i"
	measure uncached "$url$profile" "$i" -H "Cookie: rcp_session=$session"
done

# median of column N of a file
median() { awk -v c="$2" '{print $c}' "$1" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
errors=0
printf 'wrk %ds, %d connections, %d threads, median of %d rounds\n' "$duration" "$conns" "$wthreads" "$runs"
for name in profile search nginx uncached; do
	bad=$(awk '{s += $4 + $5} END {print s + 0}' "$tmp/res/$name")
	errors=$((errors + bad))
	printf '%-8s %10.0f req/s  p50 %7.2f ms  p99 %7.2f ms  errors %d\n' "$name" \
		"$(median "$tmp/res/$name" 1)" "$(median "$tmp/res/$name" 2)" "$(median "$tmp/res/$name" 3)" "$bad"
done
awk -v a="$(median "$tmp/res/profile" 1)" -v b="$(median "$tmp/res/nginx" 1)" \
	'BEGIN {printf "ratio    profile/nginx %.2f (target: at least 0.50)\n", a / b}'
[ "$errors" -eq 0 ] || { echo "errors: $errors (must be zero)" >&2; exit 1; }
