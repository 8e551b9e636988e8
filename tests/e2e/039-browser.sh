# The browser walk (tests/browser/walk.js): Debian's chromium driven by
# playwright-core. It fails when chromium, node or the npm packages (npm ci in
# tests/browser, done by scripts/test.sh) are missing.
. "$(dirname "$0")/lib.sh"
. "$ROOT/tests/e2e/web.sh"
have_browser "the browser walk" || finish
load_examples
# a candidate whose company the registry lacks: the walk adds it and links it
CUT=$(sql "SELECT id FROM source WHERE title LIKE 'Microsoft says it has cut off%'")
w="an external review by the law firm Covington & Burling"
s=$(sql "SELECT instr(CAST(text AS BLOB), CAST('$w' AS BLOB)) - 1 FROM source WHERE id = $CUT")
r claims add --source "$CUT" --span "$s-$((s + ${#w}))" --company-text "Covington & Burling" \
	--relation partnered --counterparty microsoft >/dev/null
serve
ART="$ROOT/tests/artifacts/$(basename "$(dirname "$RECEIPTS")")"
node "$ROOT/tests/browser/walk.js" "$URL" "$ART" >walk.out 2>&1
rc=$?
cat walk.out
grep -Eq '^[0-9]+ passed, [0-9]+ failed$' walk.out || _report 1 "the walk printed no tally (exit $rc)"
stop_server
check_eq "the walk's edit is stored: year and counterparty" "2021|military-intelligence-directorate" \
	"$(sql 'SELECT year || "|" || counterparty FROM claim WHERE id = 2')"
check_out "and the receipt is re-pinned to the whole sentence" 'The investigation presents Azure' \
	sql 'SELECT evidence FROM claim WHERE id = 2'
check_eq "the walk added the unlinked company, linked and accepted its claim" "covington-burling|accepted" \
	"$(sql "SELECT company || '|' || status FROM claim WHERE company_text IS NULL AND company = 'covington-burling'")"
check "verify after the walk" r verify
finish
