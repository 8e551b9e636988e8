#!/bin/bash
# The fund walk (tests/browser/funds_walk.js) in Debian's chromium: /funds,
# sorting, a category filter, search by ticker, a fund's page and the
# compare view. Skipped, with a notice, as 039 is.
. "$(dirname "$0")/lib.sh"
. "$ROOT/tests/e2e/web.sh"
. "$ROOT/tests/e2e/funds.sh"
if [ ! -x /usr/bin/chromium ] || ! command -v node >/dev/null || [ ! -d "$ROOT/tests/browser/node_modules/playwright-core" ]; then
	if [ "${CI:-}" = true ]; then _report 1 "CI must run the browser walk: chromium, node or tests/browser/node_modules missing"; finish; fi
	echo "notice: fund walk skipped (needs /usr/bin/chromium, node and npm ci in tests/browser)"
	finish
fi
r import-registry "$ROOT/tests/data/screen/registry.jsonl" >/dev/null 2>&1
make_filings
rm filings/broken.xml
r funds add -q filings --tickers tickers.json >/dev/null 2>&1
serve
ART="$ROOT/tests/artifacts/$(basename "$(dirname "$RECEIPTS")")"
node "$ROOT/tests/browser/funds_walk.js" "$URL" "$ART" >walk.out 2>&1
rc=$?
cat walk.out
grep -Eq '^[0-9]+ passed, [0-9]+ failed$' walk.out || _report 1 "the walk printed no tally (exit $rc)"
[ $rc -eq 0 ]; _report $? "the fund walk passes"
stop_server
check "verify after the walk" r verify
finish
