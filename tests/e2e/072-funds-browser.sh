#!/bin/bash
# The fund walk (tests/browser/funds_walk.js) in Debian's chromium: /funds,
# sorting, a category filter, search by ticker, a fund's page and the
# compare view. Fails without a browser, as 039 does.
. "$(dirname "$0")/lib.sh"
. "$ROOT/tests/e2e/web.sh"
. "$ROOT/tests/e2e/funds.sh"
have_browser "the fund walk" || finish
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
