# Investor actions: a pension fund's divestment, once accepted, shows on the
# company's profile, in the screening report's entry for it and on its web
# page; a candidate never does.
. "$(dirname "$0")/lib.sh"
. "$ROOT/tests/e2e/web.sh"

r init >/dev/null
cat > reg.jsonl <<'J'
{"id": "elbit-systems", "name": "Elbit Systems Ltd", "aliases": ["Elbit Systems"], "country": "IL", "tickers": ["NASDAQ:ESLT"], "categories": ["military"], "tier": "1"}
{"id": "klp", "name": "KLP", "aliases": ["Kommunal Landspensjonskasse"], "country": "NO"}
{"id": "blackrock", "name": "BlackRock Inc", "aliases": ["BlackRock"], "country": "US"}
J
check_out "registry imports" "3 created" r import-registry reg.jsonl
echo "Norway's pension fund KLP sold its stake in Elbit Systems in 2021." > klp.txt
echo "BlackRock holds shares in Elbit Systems." > blackrock.txt
check "the notes are added" r add klp.txt blackrock.txt
DIV=$(sql "SELECT id FROM claim WHERE company = 'klp' AND relation = 'divested' AND counterparty = 'elbit-systems'")
INV=$(sql "SELECT id FROM claim WHERE company = 'blackrock' AND relation = 'invested' AND counterparty = 'elbit-systems'")
check "the divestment is a candidate" test -n "$DIV"
check "the holding is a candidate" test -n "$INV"
SHA=$(sql "SELECT sha256 FROM source WHERE title = 'klp.txt'")

# candidates never show
r profile elbit-systems --format json > p0.json
check "no investor actions before review" python3 -c "
import json; assert json.load(open('p0.json'))['investor_actions'] == []"
check "editors' profile still shows no candidate action" python3 -c "
import json, subprocess, os
p = json.loads(subprocess.check_output([os.environ['RECEIPTS'], 'profile', 'elbit-systems', '--candidates']))
assert p['investor_actions'] == [], p['investor_actions']"

check "accept the divestment" r claims accept "$DIV"
r profile elbit-systems --format json > p.json
check "the profile lists the accepted divestment with its quote" python3 -c "
import json
a = json.load(open('p.json'))['investor_actions']
assert len(a) == 1, a
a = a[0]
assert a['claim'] == $DIV and a['investor'] == 'klp' and a['investor_name'] == 'KLP', a
assert a['action'] == 'divested' and a['year'] == 2021, a
assert a['quote'] == \"Norway's pension fund KLP sold its stake in Elbit Systems in 2021.\", a
assert a['source_sha256'] == '$SHA' and a['source_title'] == 'klp.txt', a
"
r profile klp --format json > pk.json
check "the investor's own profile lists nothing done to it" python3 -c "
import json; assert json.load(open('pk.json'))['investor_actions'] == []"

# the screening report's entry for the company
printf 'Name,Ticker,Weight (%%)\nELBIT SYSTEMS LTD,ESLT,2.0\nAPPLE INC,AAPL,98.0\n' > fund.csv
r screen fund.csv --format json > s.json
check "the flagged entry carries the investor action" python3 -c "
import json
d = json.load(open('s.json'))
f = [f for f in d['flagged'] if f['id'] == 'elbit-systems']
assert len(f) == 1, d['flagged']
a = f[0]['investor_actions']
assert [(x['investor'], x['action'], x['claim']) for x in a] == [('klp', 'divested', $DIV)], a
assert a[0]['quote'].startswith(\"Norway's pension fund KLP\"), a
"
check_out "the text report lists it" "investor: KLP divested" r screen fund.csv
check "the fund is stored" r funds add fund.csv --fund-name "Test Fund" --ticker TSTFX
r funds show TSTFX --format json > f.json
check "funds show's flagged entry carries it too" python3 -c "
import json
f = json.load(open('f.json'))['report']['flagged']
assert [(x['investor'], x['action']) for e in f for x in e['investor_actions']] == [('klp', 'divested')], f
"
check_out "the HTML report lists it" "What investors did" r screen fund.csv --format html
check_no "the HTML report leaves the candidate out" "BlackRock holds shares" r screen fund.csv --format html

# the web profile: a section, each quote linked to its claim in the source
serve
get companies/elbit-systems > page.html
check_out "the web profile has the section" "What investors did" cat page.html
check_out "the quote links to its claim" "/sources/$SHA#claim-$DIV" cat page.html
check_out "the quote is shown" "sold its stake in Elbit Systems in 2021." cat page.html
check_no "the candidate is not shown" "BlackRock holds shares" cat page.html
# the web screening report: the same entry with its linked quote
get screen -c jar -b jar > form.html
CSRF=$(sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' form.html | head -1)
curl -s -b jar -c jar --data "csrf=$CSRF" --data-urlencode "holdings@fund.csv" "${URL}screen" > report.html
check_out "the web report shows the divestment" "KLP divested" cat report.html
check_out "the web report links the quote to its claim" "/sources/$SHA#claim-$DIV" cat report.html
stop_server

# accepting the holding too; rejecting the divestment takes it away
check "accept the holding" r claims accept "$INV"
check "reject the divestment" r claims reject "$DIV"
r profile elbit-systems --format json > p2.json
check "only the accepted holding remains" python3 -c "
import json
a = json.load(open('p2.json'))['investor_actions']
assert [(x['investor'], x['action']) for x in a] == [('blackrock', 'invested')], a"
finish
