# The login throttle against the two attacks issue 21 found: guessing at
# one account while interleaving attempts on throwaway names (which used to
# evict the account's entry from a 256-slot table), and locking a real user
# out with a few wrong passwords (from anywhere, for everyone, even behind
# a proxy where all users share one address).
. "$(dirname "$0")/lib.sh"
. "$ROOT/tests/e2e/web.sh"
load_examples
serve

# attack.py HOST:PORT SRC XFF < LINES: POST /login once per line of stdin
# (NAME:PASSWORD) from source address SRC (and an X-Forwarded-For header
# unless XFF is -) over one connection, with an issued pre-session token;
# prints the name, the status and any Retry-After per attempt
cat > attack.py <<'PY'
import http.client, re, sys, urllib.parse
host, port = sys.argv[1].split(':')
src = sys.argv[2]
xff = sys.argv[3] if sys.argv[3] != '-' else None
def conn():
    return http.client.HTTPConnection(host, int(port), timeout=30, source_address=(src, 0))
c = conn()
c.request('GET', '/login')
r = c.getresponse()
page = r.read().decode()
cookie = re.search(r'rcp_csrf=([0-9a-f]+)', r.getheader('Set-Cookie')).group(1)
token = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)
for pair in sys.stdin.read().splitlines():
    name, pw = pair.split(':', 1)
    body = urllib.parse.urlencode({'name': name, 'password': pw, 'csrf': token})
    h = {'Content-Type': 'application/x-www-form-urlencoded', 'Cookie': 'rcp_csrf=' + cookie}
    if xff:
        h['X-Forwarded-For'] = xff
    try:
        c.request('POST', '/login', body, h)
        r = c.getresponse(); r.read()
    except (http.client.HTTPException, OSError):
        c = conn(); c.request('POST', '/login', body, h); r = c.getresponse(); r.read()
    print(name, r.status, r.getheader('Retry-After') or '-')
PY
hostport=${URL#http://}; hostport=${hostport%/}

# a browser that logged in as ed before the attack holds a device cookie
curl -s -o /dev/null -c dev.jar -b dev.jar --interface 127.0.0.5 "${URL}login"
pre=$(awk '$6=="rcp_csrf"{print $7}' dev.jar)
curl -s -o /dev/null -D dev-headers.txt -c dev.jar -b dev.jar --interface 127.0.0.5 \
	--data "name=ed&password=editor+pass+1&csrf=$pre" "${URL}login"
check_out "login sets a device cookie for /login" 'rcp_device=' \
	grep -i 'set-cookie: rcp_device=[0-9a-f]\{64\}; Path=/login; HttpOnly; SameSite=Strict; Max-Age=' dev-headers.txt

# the lockout, plainly: a few wrong passwords from one address used to
# lock the account for every address for 15 minutes
for i in $(seq 8); do echo "rita:wrong$i"; done | python3 attack.py "$hostport" 127.0.0.3 - > rita.txt
check_eq "eight wrong passwords from one address: that address is refused" 429 "$(tail -1 rita.txt | awk '{print $2}')"
check_eq "rita still logs in from another address" 303 \
	"$(echo 'rita:reader pass 1' | python3 attack.py "$hostport" 127.0.0.4 - | awk '{print $2}')"

# the bypass, as the attacker ran it: guess at ed; when refused, spray
# throwaway names (which used to push the throttle's entries out of its
# table) and try ed again every 25 of them; for 12 seconds
cat > adaptive.py <<'PY'
import http.client, re, sys, time, urllib.parse
host, port = sys.argv[1].split(':')
c = http.client.HTTPConnection(host, int(port), timeout=30)
c.request('GET', '/login')
r = c.getresponse(); page = r.read().decode()
cookie = re.search(r'rcp_csrf=([0-9a-f]+)', r.getheader('Set-Cookie')).group(1)
token = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)
def post(name, pw):
    body = urllib.parse.urlencode({'name': name, 'password': pw, 'csrf': token})
    c.request('POST', '/login', body, {'Content-Type': 'application/x-www-form-urlencoded',
                                       'Cookie': 'rcp_csrf=' + cookie})
    r = c.getresponse(); r.read(); return r.status
end = time.time() + float(sys.argv[2])
tries = checked = total = n = 0
while time.time() < end:
    tries += 1; total += 1
    if post('ed', 'guess%d' % tries) == 401:
        checked += 1
        continue
    for _ in range(25):
        n += 1; total += 1
        post('throwaway%d' % n, 'x')
print(checked, tries, total)
PY
read -r guesses tries total < <(python3 adaptive.py "$hostport" 12)
echo "  bypass: $guesses of $tries guesses at ed were checked, in $total attempts over 12 s"
check_eq "interleaved throwaway names do not reset the throttle (ed guesses checked <= 5)" 1 \
	"$([ "$guesses" -le 5 ] && echo 1 || echo 0)"
check_eq "the attacking address is refused ed's right password" 429 \
	"$(echo 'ed:editor pass 1' | python3 attack.py "$hostport" 127.0.0.1 - | awk '{print $2}')"
check_eq "a refusal says when to come back" 1 \
	"$(python3 attack.py "$hostport" 127.0.0.1 - <<<'ed:x' | awk '$2 == 429 && $3 > 0 {print 1}')"

# device_login CURL-ARGS...: log in as ed with the device cookie only (no
# session), with a fresh pre-session token; prints the status
device_login() {
	grep -v -e rcp_session -e rcp_csrf dev.jar > d.jar
	curl -s -o /dev/null -c d.jar -b d.jar "$@" "${URL}login"
	local t
	t=$(awk '$6=="rcp_csrf"{print $7}' d.jar)
	status /login -c d.jar -b d.jar "$@" --data "name=ed&password=editor+pass+1&csrf=$t"
}

# the lockout: the attack did not lock ed out elsewhere
check_eq "a fresh address still logs in as ed" 303 \
	"$(echo 'ed:editor pass 1' | python3 attack.py "$hostport" 127.0.0.2 - | awk '{print $2}')"
check_eq "the browser with ed's device cookie logs in from the attacking address" 303 \
	"$(device_login --interface 127.0.0.1)"
stop_server

# behind a proxy every connection comes from one address: with
# --trust-proxy the throttle keys on the address the proxy appends
serve --trust-proxy
hostport=${URL#http://}; hostport=${hostport%/}
for i in $(seq 8); do echo "ed:wrong$i"; done | python3 attack.py "$hostport" 127.0.0.1 '203.0.113.9' > proxy.txt
check_eq "behind the proxy, the attacker's address is throttled" 429 "$(tail -1 proxy.txt | awk '{print $2}')"
check_eq "behind the proxy, another user still logs in as ed" 303 \
	"$(echo 'ed:editor pass 1' | python3 attack.py "$hostport" 127.0.0.1 '198.51.100.7' | awk '{print $2}')"
check_eq "a spoofed first X-Forwarded-For entry does not help the attacker" 429 \
	"$(echo 'ed:wrong' | python3 attack.py "$hostport" 127.0.0.1 '198.51.100.7, 203.0.113.9' | awk '{print $2}')"
# a distributed attack (many addresses) spends ed's own bucket: untrusted
# browsers are refused, the one with a device cookie is not
for a in $(seq 1 12); do
	echo 'ed:wrong' | python3 attack.py "$hostport" 127.0.0.1 "192.0.2.$a" >/dev/null
done
check_eq "after a distributed attack, a new address is refused ed" 429 \
	"$(echo 'ed:editor pass 1' | python3 attack.py "$hostport" 127.0.0.1 '198.51.100.99' | awk '{print $2}')"
check_eq "but the browser with ed's device cookie logs in" 303 \
	"$(device_login -H 'X-Forwarded-For: 198.51.100.99')"
check_eq "and other accounts are untouched" 303 \
	"$(echo 'rita:reader pass 1' | python3 attack.py "$hostport" 127.0.0.1 '198.51.100.98' | awk '{print $2}')"
finish
