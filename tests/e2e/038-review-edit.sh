# The review queue fixes what extraction most often gets wrong: an editor
# changes a candidate's counterparty (a registry entity by id or name, the
# source's own words, or none), its year and its quoted span (the receipt is
# re-pinned to the source's bytes there), and pages and filters the queue.
. "$(dirname "$0")/lib.sh"
. "$ROOT/tests/e2e/web.sh"
r init >/dev/null
r import-registry "$ROOT/examples/registry.jsonl" >/dev/null
r add -q "$ROOT/examples/corpus" 2>/dev/null
echo "editor pass 1" | r user add ed --role editor >/dev/null
serve
login ed "editor pass 1" ed.jar

total=$(sql "SELECT count(*) FROM claim WHERE status = 'candidate'")
check "the example corpus gives more than one page of candidates" test "$total" -gt 20
check_out "the first page says how many" "1–20 of $total candidates" get /review -b ed.jar
check_eq "a page holds 20" 20 "$(get /review -b ed.jar | grep -c 'class="claim-card"')"
last=$(( (total + 19) / 20 ))
check_out "a pager links the next page" 'rel="next" href="&#x2F;review&#x3F;page&#x3D;2"' get /review -b ed.jar
check_eq "the last page holds the rest" $((total - (last - 1) * 20)) \
	"$(get "/review?page=$last" -b ed.jar | grep -c 'class="claim-card"')"
check_out "past the end: nothing on this page" "No candidates on this page" get "/review?page=$((last + 1))" -b ed.jar
check_eq "a bad page is 400" 400 "$(status '/review?page=0' -b ed.jar)"

# filters: language, category, company, confidence
fr=$(sql "SELECT count(*) FROM claim c JOIN source s ON s.id = c.source WHERE c.status = 'candidate' AND s.lang = 'fr'")
check "some candidates are French" test "$fr" -gt 0
check_eq "lang=fr lists exactly the French candidates" "$fr" \
	"$(get '/review?lang=fr' -b ed.jar | grep -c 'class="claim-card"')"
pr=$(sql "SELECT count(*) FROM claim WHERE status = 'candidate' AND category = 'prisons'")
check_eq "category=prisons lists the prison candidates" "$pr" \
	"$(get '/review?category=prisons' -b ed.jar | grep -c 'class="claim-card"')"
ms=$(sql "SELECT count(*) FROM claim WHERE status = 'candidate' AND company = 'microsoft'")
check_eq "company=microsoft lists Microsoft's" "$ms" \
	"$(get '/review?company=microsoft' -b ed.jar | grep -c 'class="claim-card"')"
hi=$(sql "SELECT count(*) FROM claim WHERE status = 'candidate' AND confidence >= 0.8")
check_out "confidence=0.8 counts those at 0.8 or more" "of $hi candidates" get '/review?confidence=0.8' -b ed.jar
check "(fewer than all)" test "$hi" -lt "$total"
check_eq "a bad confidence is 400" 400 "$(status '/review?confidence=2' -b ed.jar)"
check_eq "a bad language is 400" 400 "$(status '/review?lang=%3Cx' -b ed.jar)"
check_out "the filter form keeps its values" '<option selected>fr</option>' get '/review?lang=fr' -b ed.jar

# a decision returns to the page and filters it came from, and only there
id=$(sql "SELECT c.id FROM claim c JOIN source s ON s.id = c.source WHERE c.status = 'candidate' AND s.lang = 'fr' ORDER BY c.id LIMIT 1")
check_out "after a decision, back to the filtered queue" 'Location: /review?lang=fr&page=1' \
	curl -s -D - -o /dev/null -b ed.jar --data "action=reopen&csrf=$CSRF&back=%2Freview%3Flang%3Dfr%26page%3D1" "${URL}review/$id"
check_out "never anywhere else" 'Location: /review' \
	curl -s -D - -o /dev/null -b ed.jar --data "action=reopen&csrf=$CSRF&back=https%3A%2F%2Fevil.example%2F" "${URL}review/$id"
check_no "(not the foreign URL)" 'evil' \
	curl -s -D - -o /dev/null -b ed.jar --data "action=reopen&csrf=$CSRF&back=%2F%2Fevil.example%2F" "${URL}review/$id"

# the claim to fix: a candidate with a counterparty
c=$(sql "SELECT id FROM claim WHERE status = 'candidate' AND counterparty IS NOT NULL ORDER BY id LIMIT 1")
src=$(sql "SELECT source FROM claim WHERE id = $c")
page=$(( ($(sql "SELECT count(*) FROM claim WHERE status = 'candidate' AND id < $c") / 20) + 1 ))
form=$(get "/review?page=$page" -b ed.jar | tr '\n' ' ' | sed -n "s/.*id=\"r$c\"\(.*\)/\1/p" | sed 's#</article>.*##')
check "the claim's card has an edit form with year, counterparty and quote" \
	sh -c "printf '%s' '$(printf '%s' "$form" | tr -d "'")' | grep -q 'name=\"year\"' &&
	       printf '%s' '$(printf '%s' "$form" | tr -d "'")' | grep -q 'name=\"counterparty\"' &&
	       printf '%s' '$(printf '%s' "$form" | tr -d "'")' | grep -q 'name=\"span\"'"
# another sentence of the source offered in the quote's select
span=$(printf '%s' "$form" | grep -o '<option value="[0-9]*-[0-9]*">' | head -1 | grep -o '[0-9]*-[0-9]*')
check "another sentence is offered" test -n "$span"
before_ev=$(sql "SELECT evidence FROM claim WHERE id = $c")

edit() { status "/review/$c" -b ed.jar --data "action=edit&csrf=$CSRF&$1"; }
check_eq "edit: the year" 303 "$(edit 'year=2019')"
check_eq "stored" 2019 "$(sql "SELECT year FROM claim WHERE id = $c")"
check_eq "a bad year is 400" 400 "$(edit 'year=19')"
check_eq "and changes nothing" 2019 "$(sql "SELECT year FROM claim WHERE id = $c")"
check_eq "an empty year clears it" 303 "$(edit 'year=')"
check_eq "cleared" "" "$(sql "SELECT year FROM claim WHERE id = $c")"

check_eq "edit: the counterparty by a registry name" 303 \
	"$(edit 'counterparty=U.S.+Immigration+and+Customs+Enforcement&counterparty_was=x')"
check_eq "linked to the entity" "ice|" "$(sql "SELECT counterparty || '|' || coalesce(counterparty_text, '') FROM claim WHERE id = $c")"
check_eq "by a registry id" 303 "$(edit 'counterparty=unit-8200&counterparty_was=ice')"
check_eq "linked" "unit-8200" "$(sql "SELECT counterparty FROM claim WHERE id = $c")"
words=$(sql "SELECT substr(text, 1, 12) FROM source WHERE id = $src" | head -1)
check_eq "by the source's own words" 303 "$(edit "counterparty=$(printf '%s' "$words" | sed 's/ /+/g')&counterparty_was=unit-8200")"
check_eq "kept unlinked, in the source's words" "|$words" \
	"$(sql "SELECT coalesce(counterparty, '') || '|' || counterparty_text FROM claim WHERE id = $c")"
check_out "shown unlinked in the queue" 'class="party unlinked"' get "/review?page=$page" -b ed.jar
check_eq "words the source does not have are refused" 404 \
	"$(edit 'counterparty=Acme+Nowhere+Holdings+Zzyzx&counterparty_was=')"
check_eq "and change nothing" "$words" "$(sql "SELECT counterparty_text FROM claim WHERE id = $c")"
check_eq "none removes it" 303 "$(edit "counterparty=none&counterparty_was=x")"
check_eq "removed" "|" "$(sql "SELECT coalesce(counterparty, '') || '|' || coalesce(counterparty_text, '') FROM claim WHERE id = $c")"
check_eq "an unchanged field is left alone" 303 "$(edit 'counterparty=Acme&counterparty_was=Acme')"

check_eq "edit: the span, to another sentence" 303 "$(edit "span=$span")"
s0=${span%-*}; s1=${span#*-}
check_eq "the receipt is re-pinned to those bytes" \
	"$(sql "SELECT hex(substr(CAST(text AS BLOB), $((s0 + 1)), $((s1 - s0)))) FROM source WHERE id = $src")" \
	"$(sql "SELECT hex(CAST(evidence AS BLOB)) FROM claim WHERE id = $c")"
check_eq "with the new offsets" "$span" "$(sql "SELECT start || '-' || end FROM claim WHERE id = $c")"
check "and the evidence changed" test "$(sql "SELECT evidence FROM claim WHERE id = $c")" != "$before_ev"
check_eq "a span outside the source is refused" 400 "$(edit 'span=0-99999999')"
check_eq "a malformed span is 400" 400 "$(edit 'span=5-2')"
check_eq "every edit audited as claim.edit" 8 "$(sql "SELECT count(*) FROM audit WHERE action = 'claim.edit' AND object = 'claim/$c'")"
stop_server
# the CLI does the same
check "claims edit --counterparty NAME links the one entity of that name" \
	r claims edit "$c" --counterparty "U.S. Customs and Border Protection"
check_eq "linked" cbp "$(sql "SELECT counterparty FROM claim WHERE id = $c")"
check "claims edit --counterparty-text WORDS keeps the source's words" \
	r claims edit "$c" --counterparty-text "$words"
check_out "shown unlinked" "counterparty \"$words\" (unlinked)" r claims show "$c"
check_fail "words not in the source are refused" r claims edit "$c" --counterparty-text "Zzyzx Nowhere"
check_fail "an unknown name is refused" r claims edit "$c" --counterparty "Zzyzx Nowhere"
check "verify passes after the edits" r verify
finish
