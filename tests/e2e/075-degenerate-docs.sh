#!/bin/bash
# Documents nobody writes but anybody can send: one registry name a
# hundred thousand times with nothing between ("Lockheed Lockheed ..."),
# the same joined by no-break spaces. Extraction stays linear: the run of
# side-by-side names was rescanned from each of its names (minutes for
# such a file, a hang for a million), now a long run is a list.
. "$(dirname "$0")/lib.sh"

r init >/dev/null 2>&1
r import-registry "$ROOT/examples/registry.jsonl" >/dev/null 2>&1
awk 'BEGIN { for (i = 0; i < 150000; i++) printf "Lockheed "; print "" }' >rep.txt
check "extract of one name 150,000 times ends within 90 s" timeout 90 "$RECEIPTS" extract rep.txt
check_eq "every telling is a mention" 150000 \
	"$(timeout 90 "$RECEIPTS" extract rep.txt | jq '[.orgs[] | select(.id == "lockheed-martin") | .mentions | length] | add')"
check "add of it ends within 120 s" timeout 120 "$RECEIPTS" add rep.txt
check_eq "its mentions are stored" 150000 "$(sql 'SELECT count(*) FROM mention')"
# a run of up to eight names is still read as one name after a company noun
printf 'The Israeli company Elbit Systems Lockheed signed.\n' >short.txt
check "a short run is still read" r extract short.txt
finish
