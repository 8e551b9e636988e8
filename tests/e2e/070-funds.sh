#!/bin/bash
# The fund universe: a folder of N-PORT filings with the SEC's ticker map,
# listed one line per fund, shown by ticker, and regraded in the
# transaction that accepts a claim against a company they hold: exactly
# the funds that hold it.
. "$(dirname "$0")/lib.sh"

r import-registry "$ROOT/tests/data/screen/registry.jsonl" >/dev/null 2>&1

. "$ROOT/tests/e2e/funds.sh"
make_filings

check_fail_out "a broken filing is reported, the batch goes on" "malformed N-PORT XML" \
	r funds add filings --tickers tickers.json
check_eq "three funds stored" 3 "$(sql 'SELECT count(*) FROM fund')"
check_out "the same filings again are already stored" "already stored" r funds add filings/alpha.xml

r funds list --format jsonl >list.jsonl 2>&1
check_eq "one line per fund" 3 "$(wc -l <list.jsonl)"
check_eq "grade, exposure and ticker on each line" "ALPAX D 3.5
BETAX A 0
GAMMX F 10" "$(jq -r '"\(.ticker) \(.grade) \(.exposure_pct)"' list.jsonl | sort)"
check_out "funds list --sort exposure: cleanest first" "BETAX" sh -c "'$RECEIPTS' funds list --sort exposure --format csv | sed -n 2p"
check_out "funds list --grade F" "GAMMX" r funds list --grade F --format csv
check_no "funds list --grade F leaves out the others" "ALPAX" r funds list --grade F --format csv
check_out "relative scale: the exposed funds in bands" '"scale":"relative"' r funds list --scale relative --format jsonl
check_eq "relative: A for none, the exposed split into bands" "ALPAX B
BETAX A
GAMMX D" "$(r funds list --scale relative --format jsonl | jq -r '"\(.ticker) \(.grade)"' | sort)"
check_out "funds list --query by manager" "Beta Income Fund" r funds list --query "example trust"
check_out "funds show TICKER" "Lockheed Martin Corp" r funds show alpix
check_out "funds show --format json: the report" '"flagged"' r funds show ALPAX --format json
check_fail_out "funds show of an unknown ticker" "no such fund" r funds show NOPE
check_out "funds compare" "Lockheed Martin Corp" r funds compare ALPAX BETAX GAMMX

# a claim accepted against Lockheed regrades Alpha and Gamma, not Beta
before=$(sql "SELECT group_concat(id || ':' || graded_seq, ' ') FROM fund ORDER BY id")
printf 'Lockheed Martin supplies F-35 jets to the Israeli military.\n' >f35.txt
r add --no-claims --title F-35 f35.txt >/dev/null 2>&1
src=$(sql "SELECT id FROM source LIMIT 1")
r claims add --source "$src" --span 0-59 --company lockheed-martin --relation supplies \
	--category military >/dev/null 2>&1
cid=$(sql "SELECT id FROM claim LIMIT 1")
check "the claim is accepted" r claims accept "$cid"
regraded=$(sqlite3 "$RECEIPTS_DB" "SELECT name FROM fund WHERE graded_seq = (SELECT max(seq) FROM audit) ORDER BY name" | tr '\n' ,)
check_eq "exactly the funds holding Lockheed are regraded" "Alpha Growth Fund,Gamma Defense Fund," "$regraded"
check_eq "Beta is untouched" "$(echo "$before" | tr ' ' '\n' | grep '^2:')" \
	"$(sql "SELECT id || ':' || graded_seq FROM fund WHERE id = 2")"
check_eq "the claim counts on Alpha" 1 "$(r funds show ALPAX --format json | jq .claims)"
check_out "the changelog names the cause" "claims of lockheed-martin" r funds changes --format jsonl
check_eq "two regrades in the changelog" 2 \
	"$(r funds changes --format jsonl | jq -r 'select(.cause | test("claims")) | .name' | wc -l)"
check_out "history over the fund's gradings" "claims of lockheed-martin" r funds show GAMMX
check "verify passes" r verify
finish
