# receipts serve: pages, the JSON API, headers, parameters
. "$(dirname "$0")/lib.sh"
. "$ROOT/tests/e2e/web.sh"
load_examples
serve

check_eq "home page" 200 "$(status /)"
check_out "home counts accepted claims" 'id="n-accepted">1<' get /
check_out "home shows the latest accepted claim" 'Microsoft supplied cloud storage' get /
check_eq "search page" 200 "$(status '/search?q=Azure')"
check_out "search finds the Azure article" 'Unit 8200 stored intercepted Palestinian calls on Microsoft Azure' get '/search?q=Azure'
check_out "search is case-insensitive and marks the hit" '<mark>Azure</mark>' get '/search?q=azure'
check_out "an empty result says what to try" 'Try a prefix, such as &#39;zzyzxq*&#39;' \
	get '/search?q=zzyzxquux'
check_out "a prefix of a whole word finds its sources" 'Unit 8200' get '/search?q=surveillance*'
check_out "search facets name companies" '/search?q=Azure&amp;company=microsoft' get '/search?q=Azure'
check_out "a facet filters" '1 source match' get '/search?q=Azure&category=military'
check_out "anonymous facets count accepted claims only" '0 sources match' get '/search?q=Azure&category=surveillance'
check_out "companies list" 'href="/companies/microsoft"' get /companies
check_out "companies by category" 'href="/companies/elbit-systems"' get '/companies?category=borders'
check_no "a category filter leaves others out" 'href="/companies/microsoft"' get '/companies?category=policing'
check_eq "an unknown category is 400" 400 "$(status '/companies?category=weather')"
check_eq "profile" 200 "$(status /companies/microsoft)"
check_out "a company on a divestment list says so, not 'none set'" \
	'on the list afsc-divestment-shortlist' get /companies/elbit-systems
check_out "profile shows the accepted claim with a link to its quote" "/sources/$AZURE_SHA#claim-1" get /companies/microsoft
check_no "profile hides the candidate" 'mass surveillance tool' get /companies/microsoft
check_out "profile draws the timeline" '<svg viewBox=' get /companies/microsoft
check_out "profile offers exports" '/api/v1/companies/microsoft/claims.csv' get /companies/microsoft
check_eq "no such company is 404" 404 "$(status /companies/nope)"
check_eq "a bad id is 404" 404 "$(status /companies/..%2F..%2Fetc)"
check_eq "an id the registry never stores is 404" 404 "$(status /companies/-x)"
check_eq "an upper-case id is 404" 404 "$(status /companies/Lockheed)"
check_eq "source page" 200 "$(status "/sources/$AZURE_SHA")"
check_out "the claim's quote is marked with its anchor" '<mark class="claim accepted" data-claim="1" id="claim-1">' get "/sources/$AZURE_SHA"
check_eq "a short hash is 404" 404 "$(status "/sources/${AZURE_SHA:0:8}")"
check_out "the screening page has its form" 'name="holdings"' get screen
check_eq "unknown path is 404" 404 "$(status /nope)"
check_eq "wrong method is 405" 405 "$(status /companies -X DELETE)"
check_eq "unknown query parameter is 400" 400 "$(status '/?debug=1')"
check_eq "unknown query parameter on the API is 400" 400 "$(status '/api/v1/companies?x=1')"
check_out "400 on the API is JSON" '"code":400' get '/api/v1/stats?x=1'
check_out "static CSS" 'font' get /static/style.css
check_out "static JS" 'keydown' get /static/app.js

# headers
curl -s -D headers.txt -o /dev/null "$URL"
check_out "CSP header" "Content-Security-Policy: default-src 'none'; script-src 'self'" cat headers.txt
check_out "nosniff" 'X-Content-Type-Options: nosniff' cat headers.txt
check_out "no framing" 'X-Frame-Options: DENY' cat headers.txt
check_out "no referrer" 'Referrer-Policy: no-referrer' cat headers.txt
get / >pages.txt; get /companies/microsoft >>pages.txt; get "/sources/$AZURE_SHA" >>pages.txt; get /static/style.css >>pages.txt
check_no "no external scripts, styles or fonts" 'src="http' cat pages.txt
check_no "no external stylesheets" 'rel="stylesheet" href="http' cat pages.txt
check_no "no url() in CSS" 'url(' cat pages.txt

# the API has the CLI's shapes, less account names for anonymous callers
# (reviewer, added_by, actor: docs/formats.md)
cat > anon.py <<'PY'
import json, sys
def drop(v):
    if isinstance(v, dict):
        return {k: drop(x) for k, x in v.items() if k not in ('reviewer', 'added_by', 'actor')}
    if isinstance(v, list):
        return [drop(x) for x in v]
    return v
print(json.dumps(drop(json.load(open(sys.argv[1]))), sort_keys=True))
PY
check_out "stats" '"sources":16' get /api/v1/stats
get /api/v1/companies/microsoft > api.json
r profile microsoft --format jsonl > cli.json
check_eq "profile JSON is the CLI's" "$(python3 -c 'import json,sys; print(json.dumps(json.load(open("api.json")), sort_keys=True))')" "$(python3 anon.py cli.json)"
get '/api/v1/claims?company=microsoft' > claims.json
r claims list --company microsoft --status accepted --format json > cli-claims.json
check_eq "claims API is claims --format json" "$(python3 -c 'import json; print(json.dumps(json.load(open("claims.json")), sort_keys=True))')" "$(python3 anon.py cli-claims.json)"
check_eq "anonymous API callers see no candidates" 403 "$(status '/api/v1/claims?status=candidate')"
check_out "search API" '"total":3' get '/api/v1/search?q=Azure'
check_out "web search folds accents and stems, as the CLI does" "Microsoft retire" get '/api/v1/search?q=unite+8200+retirer'
check_out "every hit in the passage is marked" '"hits":[[' get '/api/v1/search?q=Azure'
check_out "phrases and exclusions" '"total":1' get '/api/v1/search?q=%22mass+surveillance+tool%22+-Netherlands'
check_eq "a malformed query is a 400" 400 "$(status '/api/v1/search?q=%22unclosed')"
check_out "and says where" 'unclosed' get '/search?q=%22unclosed'
check_eq "search API needs q" 400 "$(status '/api/v1/search')"
check_out "source API has the text and the marks" '"kind":"claim"' get "/api/v1/sources/$AZURE_SHA"
check_out "companies API" '"id":"microsoft"' get '/api/v1/companies?category=surveillance'
check_out "CSV export" 'id,company,relation,counterparty,category,amount,currency,year,date,source_sha256,start,end,evidence' get /api/v1/companies/microsoft/claims.csv
check_out "CSV has the claim" 'microsoft,supplies,unit-8200,military' get /api/v1/companies/microsoft/claims.csv

# claims add refuses a span outside its source
check_fail_out "claims add checks the span" "span outside its source" r claims add --source "$AZURE" --span 0-99999999 --company microsoft --relation supplies
check_fail_out "claims add needs a company" "usage" r claims add --source "$AZURE" --span 0-5 --relation supplies
stop_server
check "verify after serving" r verify
finish
