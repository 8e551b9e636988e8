# A claim's company side may be an organization the registry does not hold:
# the candidate is stored with the source's own words, shown unlinked, never
# accepted (nor screened, nor exported) until an editor links it to an entity
# or adds the words as a new company, from the CLI or the review page. And
# migration 13, which rebuilds the claim table for it, keeps an older
# database whole: ids, responses, the audit chain, indexes and triggers.
. "$(dirname "$0")/lib.sh"
. "$ROOT/tests/e2e/web.sh"

r init >/dev/null
r import-registry "$ROOT/examples/registry.jsonl" >/dev/null
cat >s.txt <<'EOF'
Krauss Defence Systems GmbH supplied armoured vehicles to the Israeli Ministry of Defense in 2021, under a contract worth $12 million.
The Israel Prison Service awarded a contract to Securitas Iberia S.A. in 2022.
EOF
check_out "extract shows a company the registry lacks" '"company_name": "Krauss Defence Systems GmbH"' \
	r extract s.txt --format json
r add -q s.txt 2>/dev/null
K=$(sql "SELECT id FROM claim WHERE company_text = 'Krauss Defence Systems GmbH'")
S=$(sql "SELECT id FROM claim WHERE company_text = 'Securitas Iberia S.A.'")
check "add stores the candidate with the source's words" test -n "$K"
check "(and the other one)" test -n "$S"
check_eq "unlinked: no company entity" "candidate|" "$(sql "SELECT status, company FROM claim WHERE id = $K")"
check_out "claims list --unlinked lists it as the source's words" '"Krauss Defence Systems GmbH" (unlinked)' \
	r claims list --unlinked
check_eq "--unlinked lists only unlinked claims" 2 "$(r claims list --unlinked --format jsonl | grep -c '"company":null')"
check_out "claims show says so" 'company      "Krauss Defence Systems GmbH" (unlinked)' r claims show "$K"
check_out "JSON: company null, company_name the words" '"company_name": "Krauss Defence Systems GmbH"' \
	r claims show "$K" --format json

# never accepted, screened or exported before it is linked
check_fail_out "accept before linking is refused" "company not linked" r claims accept "$K"
check_eq "(still a candidate)" candidate "$(sql "SELECT status FROM claim WHERE id = $K")"
check_fail "the schema refuses it too" sql "UPDATE claim SET status = 'accepted' WHERE id = $K"
check_fail "the schema wants the words or the entity, not both" \
	sql "UPDATE claim SET company = 'elbit-systems' WHERE id = $K"
check_fail "(nor neither)" sql "UPDATE claim SET company_text = NULL WHERE id = $K"
check_no "an FtM export passes over an unlinked claim" "Krauss Defence" r export --format ftm
printf 'Name\nKrauss Defence Systems\n' >h.csv

# claims by hand: the words must be the source's
check_fail_out "words that are not in the source are refused" "not in the source" \
	r claims add --source 1 --span 0-10 --company-text "Nowhere Holdings GmbH" --relation supplies
check_fail_out "an unlinked claim is not added accepted" "company not linked" \
	r claims add --source 1 --span 0-10 --company-text "Krauss Defence Systems GmbH" --relation supplies \
	--status accepted
check_fail_out "company and words together are refused" "usage" \
	r claims add --source 1 --span 0-10 --company elbit-systems --company-text "Krauss" --relation supplies
check_out "words in the source make an unlinked candidate" "added" \
	r claims add --source 1 --span 0-10 --company-text "Krauss Defence Systems" --relation supplies
H=$(sql "SELECT max(id) FROM claim")

# link to an entity by name, then accept: screening counts it
r entity add krauss-defence --name "Krauss Defence Systems" --category military >/dev/null
check_out "screening before the link: no accepted claim" "0 accepted claims" r screen h.csv
check_fail_out "linking to an unknown entity is refused" "no such entity" r claims edit "$K" --company "Nobody Ltd"
check_out "link by name" "claim $K edited" r claims edit "$K" --company "Krauss Defence Systems"
check_eq "linked: the entity in place of the words" "krauss-defence|" \
	"$(sql "SELECT company, company_text FROM claim WHERE id = $K")"
check_eq "the link is audited with the words before" 1 \
	"$(sql "SELECT count(*) FROM audit WHERE object = 'claim/$K' AND action = 'claim.edit' AND payload LIKE '%\"company_text\":\"Krauss Defence Systems GmbH\"%'")"
check "accept once linked" r claims accept "$K"
check_out "screening counts it" "1 accepted claim" r screen h.csv
check_out "the FtM export has it now" "Krauss Defence" r export --format ftm
check_fail_out "--add-company of words the registry has is refused: link them" "it is entity krauss-defence" \
	r claims edit "$H" --add-company
check_out "link by id works too" "claim $H edited" r claims edit "$H" --company krauss-defence

# add the words as a new company and link it, in one step
check_fail_out "--company and --add-company together are refused" "give one of them" \
	r claims edit "$S" --company krauss-defence --add-company
check_out "--add-company adds the company" "company 'securitas-iberia-s-a' added" r claims edit "$S" --add-company
check_eq "a company named by the source's words" "company|Securitas Iberia S.A." \
	"$(sql "SELECT kind, name FROM entity WHERE id = 'securitas-iberia-s-a'")"
check_eq "and the claim linked to it" "securitas-iberia-s-a" "$(sql "SELECT company FROM claim WHERE id = $S")"
check_eq "the new company is audited" 1 \
	"$(sql "SELECT count(*) FROM audit_change WHERE object = 'entity/securitas-iberia-s-a' AND action = 'entity.create'")"
check "the sources were re-scanned for it" test "$(sql "SELECT count(*) FROM mention WHERE entity = 'securitas-iberia-s-a'")" -ge 1
check_fail_out "--add-company on a linked claim is refused" "already linked" r claims edit "$S" --add-company
check_out "verify: spans, records and the chain hold" "all good" r verify
# words that are not in the source (written past the store) are named by verify
cp "$RECEIPTS_DB" "$WORK/tampered.db"
sqlite3 "$WORK/tampered.db" "UPDATE claim SET counterparty = NULL, counterparty_text = 'Nowhere Arms Ltd' WHERE id = $S"
check_fail_out "verify names a counterparty whose words are not in its source" \
	"claim $S: its counterparty's words are not in source" r --db "$WORK/tampered.db" verify

# the review page: the words shown unlinked, a link field and an add button
r add -q --title "second" - <<'EOF' 2>/dev/null
Hensoldt Optronics GmbH supplied night sights to the Israel Prison Service in 2020.
Vigilant Towers AG supplied watchtowers to the Israel Prison Service in 2019.
EOF
A=$(sql "SELECT id FROM claim WHERE company_text = 'Hensoldt Optronics GmbH'")
B=$(sql "SELECT id FROM claim WHERE company_text = 'Vigilant Towers AG'")
check "the second source gives two unlinked candidates" test -n "$A" -a -n "$B"
echo "editor pass 1" | r user add ed --role editor >/dev/null
serve
login ed "editor pass 1" ed.jar
check_eq "the queue filters the unlinked ones" 2 "$(get '/review?unlinked=1' -b ed.jar | grep -c 'class="claim-card"')"
check_out "(the filter form keeps it)" 'name="unlinked" value="1" checked' get '/review?unlinked=1' -b ed.jar
check_eq "a bad unlinked value is 400" 400 "$(status '/review?unlinked=yes' -b ed.jar)"
card=$(get "/review?company=" -b ed.jar | tr '\n' ' ' | sed -n "s/.*id=\"r$A\"\(.*\)/\1/p" | sed 's#</article>.*##')
check "the card shows the source's words, unlinked" sh -c "printf '%s' \"\$1\" | grep -q 'class=\"company unlinked\"'" _ "$card"
check "a link field" sh -c "printf '%s' \"\$1\" | grep -q 'name=\"company\"'" _ "$card"
check "an add-as-new-company button" sh -c "printf '%s' \"\$1\" | grep -q 'value=\"add_company\"'" _ "$card"
check "accept waits for the link" sh -c "printf '%s' \"\$1\" | grep -q 'class=\"accept\" disabled'" _ "$card"
check_eq "accepting it is refused" 400 "$(status "/review/$A" -b ed.jar --data "action=accept&csrf=$CSRF")"
check_eq "a link without the CSRF token is refused" 403 \
	"$(status "/review/$A" -b ed.jar --data "action=link&company=krauss-defence")"
check_eq "(and changes nothing)" "" "$(sql "SELECT company FROM claim WHERE id = $A")"
check_eq "link an unknown name: refused" 404 \
	"$(status "/review/$A" -b ed.jar --data "action=link&company=Nobody%20Ltd&csrf=$CSRF")"
check_eq "link by name" 303 \
	"$(status "/review/$A" -b ed.jar --data "action=link&company=Krauss%20Defence%20Systems&csrf=$CSRF")"
check_eq "(linked)" "krauss-defence" "$(sql "SELECT company FROM claim WHERE id = $A")"
check_eq "then accept" 303 "$(status "/review/$A" -b ed.jar --data "action=accept&csrf=$CSRF")"
check_eq "add as a new company" 303 "$(status "/review/$B" -b ed.jar --data "action=add_company&csrf=$CSRF")"
check_eq "(added and linked)" "vigilant-towers-ag|Vigilant Towers AG" \
	"$(sql "SELECT c.company, e.name FROM claim c JOIN entity e ON e.id = c.company WHERE c.id = $B")"
check_eq "the web's changes are audited as the editor" 2 \
	"$(sql "SELECT count(*) FROM audit WHERE actor = 'ed' AND object IN ('claim/$A', 'claim/$B') AND action = 'claim.edit'")"
stop_server
check_out "verify after the web's changes" "all good" r verify

# migration 13 on databases an older receipts made: a fixture (schema 7,
# with an accepted claim, a candidate and a response to the claim) and,
# when it is there, a database the old binary makes now
migrated() { # $1 database: verify passes and the claim table is whole
	local db=$1 what=$2
	check_out "$what: verify passes after the migration" "all good" r --db "$db" verify
	check_eq "$what: at the latest schema" "$(sqlite3 "$RECEIPTS_DB" 'PRAGMA user_version')" \
		"$(sqlite3 "$db" 'PRAGMA user_version')"
	check_eq "$what: indexes and the fund triggers made again" \
		"claim_company claim_investee claim_source claim_unlinked fund_stale_claim_ins fund_stale_claim_upd" \
		"$(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE tbl_name = 'claim' AND type IN ('index', 'trigger') ORDER BY name" | tr '\n' ' ' | sed 's/ $//')"
	check_eq "$what: no foreign key broken" "" "$(sqlite3 "$db" 'PRAGMA foreign_key_check')"
	check_eq "$what: no claim lost" "$3" "$(sqlite3 "$db" 'SELECT count(*) FROM claim')"
}
cp "$ROOT/tests/data/db/schema7.sqlite" old7.db
check_eq "the fixture is at schema 7" 7 "$(sqlite3 old7.db 'PRAGMA user_version')"
migrated old7.db "fixture" 2
check_eq "fixture: ids, status and the response to the claim kept" "1|hexacorp|accepted|1" \
	"$(sqlite3 old7.db "SELECT c.id, c.company, c.status, r.id FROM claim c JOIN response r ON r.claim = c.id")"
check_out "fixture: the response still answers its claim" "hexacorp" r --db old7.db responses list
OLD=${RECEIPTS_OLD:-$ROOT/../base/build/receipts}
if [ -x "$OLD" ]; then
	export RECEIPTS_DB="$WORK/old.db"
	"$OLD" init >/dev/null 2>&1
	"$OLD" import-registry "$ROOT/examples/registry.jsonl" >/dev/null 2>&1
	"$OLD" add -q "$ROOT/examples/corpus" >/dev/null 2>&1
	"$OLD" claims accept "$(sqlite3 old.db 'SELECT min(id) FROM claim')" >/dev/null 2>&1
	n=$(sqlite3 old.db 'SELECT count(*) FROM claim')
	export RECEIPTS_DB="$WORK/test.db"
	check "the old binary made a database with claims" test "$n" -gt 0
	migrated old.db "old binary" "$n"
fi
finish
