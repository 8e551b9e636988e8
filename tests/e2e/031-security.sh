# receipts serve against hostile input: markup in data, CSRF, big bodies,
# unknown parameters, SQL metacharacters everywhere, cookies, rate limits
. "$(dirname "$0")/lib.sh"
. "$ROOT/tests/e2e/web.sh"
load_examples
printf 'A note about <b>markup</b> & "quotes".\n' > xss.txt
r add --title '<script>alert(1)</script>' --publisher '"><img src=x onerror=alert(2)>' xss.txt >/dev/null
XSS_SHA=$(sql "SELECT sha256 FROM source WHERE filename = 'xss.txt'")
XSS_ID=$(sql "SELECT id FROM source WHERE filename = 'xss.txt'")
r claims add --source "$XSS_ID" --span 0-6 --company microsoft --relation supplies --status accepted >/dev/null
serve

# a source titled <script>alert(1)</script> renders as text
get "/sources/$XSS_SHA" > src.html
check_out "the title is escaped" '&lt;script&gt;alert(1)&lt;/script&gt;' cat src.html
check_no "no live script tag from data" '<script>alert' cat src.html
check_no "no live img tag from data" '<img src=x' cat src.html
check_out "the text is escaped" ' about &lt;b&gt;markup&lt;/b&gt; &amp; &quot;quotes&quot;.' cat src.html
get / > home.html
check_no "home: no live script tag" '<script>alert' cat home.html
check_out "home: the title shows as text" '&lt;script&gt;alert(1)&lt;/script&gt;' cat home.html
get '/search?q=markup' > search.html
check_no "search: no live script tag" '<script>alert' cat search.html
check_no "search: the query is escaped in the page" '<script>x' get '/search?q=%3Cscript%3Ex'
check_out "search: the query is escaped in the input" 'value="&#x3C;script&#x3E;x"' get '/search?q=%3Cscript%3Ex'
check_out "API: JSON escapes it" '"title":"<script>alert(1)</script>"' get "/api/v1/sources/$XSS_SHA"
check_out "API is served as JSON" 'application/json' curl -s -D - -o /dev/null "${URL}api/v1/sources/$XSS_SHA"

# CSRF
check_eq "POST /login without a CSRF token is 403" 403 "$(status /login --data 'name=ed&password=editor+pass+1')"
login ed "editor pass 1" ed.jar
check_eq "the editor is logged in" 200 "$(status /review -b ed.jar)"
check_eq "POST /review without a CSRF token is 403" 403 "$(status /review/2 -b ed.jar --data 'action=accept')"
check_eq "POST /review with a wrong token is 403" 403 "$(status /review/2 -b ed.jar --data "action=accept&csrf=${CSRF//[0-9]/a}")"
check_eq "POST /review with an empty token is 403" 403 "$(status /review/2 -b ed.jar --data 'action=accept&csrf=')"
check_eq "POST /logout without a CSRF token is 403" 403 "$(status /logout -b ed.jar -X POST -H 'Content-Type: application/x-www-form-urlencoded')"
check_eq "nothing was accepted" candidate "$(sql 'SELECT status FROM claim WHERE id = 2')"
check_eq "a JSON body is not a form" 415 "$(status /review/2 -b ed.jar -H 'Content-Type: application/json' --data "{\"csrf\":\"$CSRF\"}")"

# cookies
curl -s -o /dev/null -D cookie-headers.txt -c c2.jar "${URL}login"
check_out "the pre-session cookie is HttpOnly and SameSite=Strict" 'rcp_csrf=' grep -i 'set-cookie: rcp_csrf=[0-9a-f]*; Path=/; HttpOnly; SameSite=Strict' cookie-headers.txt
pre=$(sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' <(get login -b c2.jar) | head -1)
curl -s -o /dev/null -D login-headers.txt -b c2.jar --data "name=rita&password=reader+pass+1&csrf=$(awk '$6=="rcp_csrf"{print $7}' c2.jar)" "${URL}login"
check_out "the session cookie is HttpOnly and SameSite=Strict" 'HttpOnly; SameSite=Strict' grep -i 'set-cookie: rcp_session=[0-9a-f]\{64\}; Path=/; HttpOnly; SameSite=Strict' login-headers.txt
check_eq "the session token is not stored" 0 "$(sql "SELECT count(*) FROM session WHERE token_hash = '$(sed -n 's/.*rcp_session=\([0-9a-f]*\).*/\1/p' login-headers.txt)'")"
check_out "login is audited" 'session.login' sql "SELECT action FROM audit WHERE actor = 'rita'"

# body size
head -c 10485760 /dev/zero | tr '\0' 'a' > big.txt
check_eq "a 10 MB body is refused" 413 "$(status /login -b ed.jar -H 'Content-Type: application/x-www-form-urlencoded' --data-binary @big.txt)"
check_eq "a 10 MB chunked body is refused" 413 "$(status /login -b ed.jar -H 'Content-Type: application/x-www-form-urlencoded' -H 'Transfer-Encoding: chunked' --data-binary @big.txt)"
check_eq "the server still answers" 200 "$(status /)"

# unknown query parameters
for p in / /search /companies /companies/microsoft "/sources/$XSS_SHA" /screen /login /api/v1/stats /api/v1/search /api/v1/companies /api/v1/claims; do
	check_eq "unknown parameter on $p is 400" 400 "$(status "$p?utm_source=x")"
done
check_eq "a known parameter twice with an unknown one is 400" 400 "$(status '/search?q=a&q=b&zzz=1')"

# SQL metacharacters in every parameter and path segment
before=$(sql "SELECT (SELECT count(*) FROM claim) || '/' || (SELECT count(*) FROM source) || '/' || (SELECT count(*) FROM user) || '/' || (SELECT count(*) FROM entity)")
bad=0
for v in "' OR '1'='1" '"; DROP TABLE claim; --' "%" "_" '\' "1) UNION SELECT pwhash FROM user --" "microsoft' --" "0x00" "1e9999" "-1"; do
	for u in "search?q=" "search?lang=" "search?category=" "search?company=" "search?year=" \
		"companies?category=" "companies?all=" "api/v1/search?q=" "api/v1/companies?category=" \
		"api/v1/claims?status=" "api/v1/claims?company=" "api/v1/claims?source=" \
		"api/v1/claims?category=" "api/v1/claims?limit=" "api/v1/claims?offset=" "review?company=" \
		"companies/" "sources/" "api/v1/companies/" "api/v1/sources/"; do
		code=$(curl -s -o body.txt -w '%{http_code}' -b ed.jar "$URL$u$(printf %s "$v" | python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.stdin.read(), safe=""))')")
		case $code in 200|400|403|404) ;; *) bad=$((bad + 1)); echo "  $code for $u$v" ;; esac
		if grep -q 'argon2' body.txt; then bad=$((bad + 1)); echo "  hash leaked for $u$v"; fi
	done
	for f in name password; do
		code=$(status /login -b c2.jar --data-urlencode "$f=$v" --data "csrf=$(awk '$6=="rcp_csrf"{print $7}' c2.jar)")
		case $code in 401|429) ;; *) bad=$((bad + 1)); echo "  $code for login $f=$v" ;; esac
	done
	for f in action relation category amount currency; do
		code=$(status /review/2 -b ed.jar --data-urlencode "$f=$v" --data "action=edit&csrf=$CSRF")
		case $code in 303|400|404) ;; *) bad=$((bad + 1)); echo "  $code for review $f=$v" ;; esac
	done
	code=$(status "/review/$(printf %s "$v" | python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.stdin.read(), safe=""))')" -b ed.jar --data "action=accept&csrf=$CSRF")
	case $code in 404|400) ;; *) bad=$((bad + 1)); echo "  $code for review id $v" ;; esac
done
check_eq "SQL metacharacters get 200/400/403/404, never an error or a leak" 0 "$bad"
after=$(sql "SELECT (SELECT count(*) FROM claim) || '/' || (SELECT count(*) FROM source) || '/' || (SELECT count(*) FROM user) || '/' || (SELECT count(*) FROM entity)")
check_eq "nothing was added or dropped" "$before" "$after"
check_eq "the candidate is still a candidate" candidate "$(sql 'SELECT status FROM claim WHERE id = 2')"

# login rate limiting (after the failures above, a fresh name from this client is blocked)
for i in 1 2 3 4 5 6; do status /login -b c2.jar --data "name=ed&password=wrong&csrf=$(awk '$6=="rcp_csrf"{print $7}' c2.jar)" >/dev/null; done
check_eq "too many failures: even the right password is refused" 429 "$(status /login -b c2.jar --data "name=ed&password=editor+pass+1&csrf=$(awk '$6=="rcp_csrf"{print $7}' c2.jar)")"
stop_server
check "verify after the attacks" r verify

# public read-only mode
serve --public
check_eq "public: no login page" 404 "$(status /login)"
check_eq "public: login refused" 403 "$(status /login --data 'name=ed&password=editor+pass+1&csrf=x')"
check_eq "public: no review" 403 "$(status /review)"
check_eq "public: a session cookie does not count" 403 "$(status /review -b ed.jar)"
check_no "public: candidate counts are not shown" 'n-candidate' get /
check_no "public: candidates are not marked in sources" 'mass surveillance tool</mark>' get "/sources/$AZURE_SHA"
check_out "public: accepted claims are" 'id="claim-1"' get "/sources/$AZURE_SHA"
check_no "public: stats carry accepted claims only" 'candidate' get /api/v1/stats
check_no "public: a profile counts accepted claims only" 'candidate' get /api/v1/companies/microsoft
check_out "public: a profile counts its accepted claims" '"counts":{"accepted":2}' get /api/v1/companies/microsoft
finish
