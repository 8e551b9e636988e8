#!/bin/bash
# The server against requests nobody sends on purpose: hostile headers,
# cookies, paths and percent-encoding, a form without its token, and a
# holdings upload of many rows, under the upload cap, whose report was
# over the answer's cap (a 500 after minutes of work).
. "$(dirname "$0")/lib.sh"
. "$ROOT/tests/e2e/web.sh"
r init >/dev/null
r import-registry "$ROOT/examples/registry.jsonl" >/dev/null
serve

check_eq "a cookie of 0xFF bytes is no session: the page is served" 200 \
	"$(status / -H "Cookie: rcp_session=$(printf '\xff%.0s' $(seq 300)); rcp_csrf=;;;===")"
check_eq "a dotted path is not found" 404 "$(status '/static/%2e%2e/%2e%2e/etc/passwd' --path-as-is)"
check_eq "a bad percent-escape is a 400" 400 "$(status '/search?q=%zz%c3%28')"
check_eq "a NUL in a query is a 400" 400 "$(status '/search?q=a%00b')"
check_eq "a form without its CSRF token is a 403" 403 \
	"$(status /login --data 'name=ed&password=x')"
{ printf 'X-A: '; head -c 200000 /dev/zero | tr '\0' a; echo; } >big.hdr
check_eq "a header of 200 KB is refused" 431 "$(status / -H @big.hdr)"

# a header naming one known column: screened as a table
printf 'Name,Sector\nLockheed Martin Corp,Aerospace\n' >sector.csv
check_eq "Name,Sector over the API: Lockheed flagged" lockheed-martin \
	"$(get api/v1/screen --data-binary @sector.csv | jq -r '.flagged[0].id')"

# 100,500 rows: the answer carries the first 100,000 and counts the rest
awk 'BEGIN { print "Name"; for (i = 0; i < 100500; i++) printf "Holding %d Corp\n", i }' >many.csv
get api/v1/screen --data-binary @many.csv -o many.json -w '%{http_code}' >many.code
check_eq "a 100,500-row file is answered" 200 "$(cat many.code)"
check_eq "its rows: the first 100,000" 100000 "$(jq '.rows | length' many.json)"
check_eq "and the others counted" 500 "$(jq '.rows_omitted' many.json)"
check_eq "the totals cover every row" 100500 "$(jq '.holdings' many.json)"
check_eq "the server still answers" 200 "$(status /)"
finish
