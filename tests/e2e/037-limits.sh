# Anonymous requests must not exhaust the server (issue 21, item 5): idle
# sockets from one address, concurrent screenings of big files, oversize
# anonymous uploads. Each check times a normal request while the abuse
# goes on.
. "$(dirname "$0")/lib.sh"
. "$ROOT/tests/e2e/web.sh"
load_examples
serve

# holdings.py FILE MIB: a holdings CSV of about MIB MiB
python3 - big.csv 8 <<'PY'
import sys
with open(sys.argv[1], 'w') as f:
    f.write('Name,ISIN,Weight\n')
    i = 0
    while f.tell() < int(sys.argv[2]) << 20:
        i += 1
        f.write('Company Number %d Holdings Inc,XS%010d,0.001\n' % (i, i))
PY

# 1,010 idle sockets from one address
cat > hold.py <<'PY'
import resource, socket, sys, time
host, port = sys.argv[1].split(':')
n = int(sys.argv[2])
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, n + 100), hard))
held = []
for _ in range(n):
    s = socket.socket()
    s.settimeout(2)
    try:
        s.connect((host, int(port)))
        s.send(b'GET / HTTP/1.1\r\nHost: x\r\n')  # never finished
    except OSError:
        pass
    held.append(s)
open(sys.argv[3], 'w').write('ready\n')
time.sleep(60)
PY
hostport=${URL#http://}; hostport=${hostport%/}
python3 hold.py "$hostport" 1010 held.txt &
HOLD=$!
for _ in $(seq 200); do [ -s held.txt ] && break; sleep 0.1; done
t=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time 5 --interface 127.0.0.2 "${URL}api/v1/stats")
echo "  with 1,010 idle sockets from 127.0.0.1: $t (status, seconds) from 127.0.0.2"
check_eq "another address is answered at once" 200 "${t% *}"
check_eq "within a second" 1 "$(awk -v s="${t#* }" 'BEGIN {print (s < 1.0) ? 1 : 0}')"
check_eq "the holding address gets no 65th connection" 000 \
	"$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "${URL}api/v1/stats")"
kill "$HOLD"
wait "$HOLD" 2>/dev/null
sleep 0.5
check_eq "once they close, that address is served again" 200 "$(status /api/v1/stats)"

# four 8 MiB screenings at once: two are screened, the others told to come
# back (503, Retry-After), and pages are answered meanwhile
pids=()
for i in 1 2 3 4; do
	curl -s -o "s$i.json" -D "h$i.txt" -w '%{http_code}' --data-binary @big.csv "${URL}api/v1/screen" > "c$i.txt" &
	pids+=($!)
done
sleep 0.3
slow=0 worst=0
while kill -0 "${pids[@]}" 2>/dev/null; do
	t=$(curl -s -o /dev/null -w '%{time_total}' --max-time 20 "${URL}companies/microsoft")
	worst=$(awk -v a="$worst" -v b="$t" 'BEGIN {print (b > a) ? b : a}')
	awk -v s="$t" 'BEGIN {exit !(s >= 1.0)}' && slow=$((slow + 1))
	t=$(curl -s -o /dev/null -w '%{time_total}' --max-time 20 "${URL}search?q=azure")
	awk -v s="$t" 'BEGIN {exit !(s >= 1.0)}' && slow=$((slow + 1))
	sleep 0.2
done
wait "${pids[@]}"
codes=$(cat c1.txt c2.txt c3.txt c4.txt | tr -d '\n' | fold -w3 | sort | tr '\n' ' ')
echo "  four 8 MiB screenings at once: statuses $codes; slowest page meanwhile ${worst}s"
check_eq "at least two were screened" 1 "$([ "$(grep -c 200 c[1-4].txt | awk -F: '{s+=$2} END {print s}')" -ge 2 ] && echo 1 || echo 0)"
check_eq "the rest were told 503" "" "$(cat c[1-4].txt | tr -d '\n' | fold -w3 | grep -v -e 200 -e 503)"
check_eq "no more than two were screened at once" 1 "$(cat c[1-4].txt | grep -c 503 | awk '{print ($1 >= 1) ? 1 : 0}')"
check_eq "a 503 says when to come back" "" \
	"$(for i in 1 2 3 4; do grep -q ' 503 ' "h$i.txt" && ! grep -qi '^retry-after: [0-9]' "h$i.txt" && echo "h$i"; done)"
check_eq "no page took a second while they ran" 0 "$slow"
check_eq "afterwards a screening is served" 200 \
	"$(status /api/v1/screen --data-binary @"$ROOT/examples/portfolio.csv")"

# anonymous uploads are capped at 16 MiB
head -c 17825792 /dev/zero | tr '\0' 'x' > 17m.txt
check_eq "an anonymous 17 MiB upload is 413" 413 "$(status /api/v1/screen --data-binary @17m.txt)"
check_eq "chunked too" 413 "$(status /api/v1/screen -H 'Transfer-Encoding: chunked' --data-binary @17m.txt)"
check_eq "the server still answers" 200 "$(status /)"
finish
