#!/bin/bash
# The fund pages over HTTP: /funds (search, sort, category, grade badges),
# a fund's page by id and by ticker, compare, the changelog and the
# downloads; bad parameters are 400s and markup in a fund's name is text.
. "$(dirname "$0")/lib.sh"
. "$ROOT/tests/e2e/web.sh"
. "$ROOT/tests/e2e/funds.sh"
r import-registry "$ROOT/tests/data/screen/registry.jsonl" >/dev/null 2>&1
make_filings
rm filings/broken.xml
nport filings/xss.xml S000000104 '&lt;script&gt;alert(1)&lt;/script&gt; Fund' 2026-10-31 \
	"Apple Inc:US0378331005:100"
r funds add -q filings --tickers tickers.json >/dev/null 2>&1
serve

check_eq "/funds is a page" 200 "$(status /funds)"
get /funds >funds.html
check_out "every fund is listed" "Gamma Defense Fund" cat funds.html
check_out "with grade badges" 'class="grade grade-F"' cat funds.html
check_no "a fund's name is text, not markup" "<script>alert" cat funds.html
check_out "search by ticker" "Alpha Growth Fund" get "/funds?q=ALPIX"
check_no "search by ticker leaves out the rest" "Beta Income Fund" get "/funds?q=ALPIX"
check_out "search by manager" "Beta Income Fund" get "/funds?q=example%20trust"
check_no "category filter" "Beta Income Fund" get "/funds?category=military"
check_out "sorted by exposure, highest first" "Gamma Defense Fund" sh -c "curl -s '${URL}funds?sort=exposure&desc=1' | grep -o 'Gamma Defense Fund\|Beta Income Fund' | head -1"
check_eq "a bad category is a 400" 400 "$(status '/funds?category=weapons')"
check_eq "a bad sort is a 400" 400 "$(status '/funds?sort=random')"
check_eq "an undeclared parameter is a 400" 400 "$(status '/funds?x=1')"
check_out "a fund's page by id" "Lockheed Martin Corp" get /funds/1
check_out "a fund's page by ticker" "Gamma Defense Fund" get /funds/GAMMX
check_out "with its grade-history chart" 'id="grade-history"' get /funds/GAMMX
check_eq "an unknown fund is a 404" 404 "$(status /funds/NOPE)"
check_out "compare" 'id="compare-holdings"' get "/funds/compare?funds=ALPAX,GAMMX"
check_out "compare names the difference" "Lockheed Martin Corp" get "/funds/compare?funds=ALPAX,BETAX"
check_out "the changelog" "filing of 2026-10-31 added" get /funds/changes
check_out "the table as CSV" "ALPAX,ALPAX ALPIX,Alpha Growth Fund" get /funds.csv
check_eq "the table as JSON, with the changelog" "4 4" "$(get /funds.json | jq -r '"\(.funds | length) \(.changes | length)"')"
check_out "JSON is served as JSON" "application/json" curl -s -D - -o /dev/null "${URL}funds.json"
stop_server
finish
