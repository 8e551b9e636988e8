# receipts responses: a company's answer, quoted from a stored source like a
# claim, shown on its profile; bad input is refused and nothing changes.
. "$(dirname "$0")/lib.sh"
r init >/dev/null
r import-registry "$ROOT/examples/registry.jsonl" >/dev/null
r add -q --no-claims "$ROOT/examples/corpus/06-microsoft-azure-unit-8200.md" \
	"$ROOT/examples/corpus/16-microsoft-response-unit-8200.md" "$ROOT/examples/corpus/01-palantir-immigrationos-ice.md" 2>/dev/null
AZ=$(sql "SELECT sha256 FROM source WHERE title LIKE 'Unit 8200 stored%'")
RESP=$(sql "SELECT sha256 FROM source WHERE title LIKE 'Microsoft says%'")
PAL=$(sql "SELECT id FROM source WHERE title LIKE 'Palantir%'")
q="Microsoft supplied cloud storage and computing on Azure to Unit 8200 from 2022."
s=$(sql "SELECT instr(CAST(text AS BLOB), CAST('$q' AS BLOB)) - 1 FROM source WHERE sha256 = '$AZ'")
r claims add --source "$AZ" --span "$s-$((s + ${#q}))" --company microsoft --relation supplies \
	--counterparty unit-8200 --status accepted >/dev/null
q2="Palantir builds ImmigrationOS for ICE"
s=$(sql "SELECT instr(CAST(text AS BLOB), CAST('$q2' AS BLOB)) - 1 FROM source WHERE id = $PAL")
r claims add --source "$PAL" --span "$s-$((s + ${#q2}))" --company palantir --relation supplies >/dev/null

check_out "a response by its quote, answering a claim" "response 1 added" \
	r responses add --company microsoft --source "${RESP:0:8}" --claim 1 \
	--quote "the company had ceased and disabled a set of services to a unit within the Israel Ministry of Defense"
check_eq "its span is the quote's bytes" \
	"the company had ceased and disabled a set of services to a unit within the Israel Ministry of Defense" \
	"$(sql "SELECT substr(CAST(s.text AS BLOB), r.start + 1, r.end - r.start) FROM response r JOIN source s ON s.id = r.source WHERE r.id = 1")"
check_out "a response by its span, for the whole profile" "response 2 added" \
	r responses add --company microsoft --source "$RESP" --span 0-10
before=$(sql "SELECT count(*) FROM response")
audit_before=$(sql "SELECT count(*) FROM audit")
check_fail_out "a quote that is not in the source" "quote not in its source" \
	r responses add --company microsoft --source "$RESP" --quote "Microsoft apologised"
check_fail_out "a quote that occurs twice" "quote is ambiguous" \
	r responses add --company microsoft --source "$RESP" --quote "Microsoft"
check_fail_out "a claim about another company" "not a claim about this company" \
	r responses add --company microsoft --source "$RESP" --span 0-10 --claim 2
check_fail_out "an unknown company" "no such entity" \
	r responses add --company nobody --source "$RESP" --span 0-10
check_fail_out "a span outside the text" "span outside its source" \
	r responses add --company microsoft --source "$RESP" --span 0-999999
check_fail_out "span and quote together are a usage error" "usage" \
	r responses add --company microsoft --source "$RESP" --span 0-10 --quote x
check_eq "nothing stored by the refusals" "$before $audit_before" \
	"$(sql "SELECT count(*) FROM response") $(sql "SELECT count(*) FROM audit")"
check_out "list" "ceased and disabled" r responses list --company microsoft
check_out "list as json carries the claim it answers" '"claim": 1' r responses list --format json
check_out "each response is audited" "response.add" r audit
check_out "the profile carries the responses" "ceased and disabled" r profile microsoft
check_out "verify re-checks response spans" "all good" r verify
finish
