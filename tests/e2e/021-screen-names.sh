# Registries whose names repeat a word, and screenings against them, by
# the command and by an anonymous POST to the server. A name that posted
# a word twice left an unwritten slot in the name index: `receipts screen`
# exited 139 and one request to /api/v1/screen killed the server.
. "$(dirname "$0")/lib.sh"
. "$ROOT/tests/e2e/web.sh"

r init >/dev/null
cat > reg.jsonl <<'JSON'
{"id": "pimco-gb", "name": "PIMCO Funds Global Investors Series plc - PIMCO Global Bond Fund", "kind": "company", "categories": ["military"]}
{"id": "pimco-ga", "name": "PIMCO Global Advisors", "kind": "company", "categories": ["military"]}
{"id": "bond-bond", "name": "Bond Bond Bond Global Global Bond", "kind": "company", "aliases": ["Global Global"], "categories": ["prisons"]}
{"id": "a-a", "name": "A A A A", "kind": "company", "categories": ["prisons"]}
JSON
check "a registry with repeated words imports" r import-registry reg.jsonl
printf 'Name\nPIMCO Global\nBond Global\nGlobal Global Global\nA A\nPIMCO Global Advisors\n' > h.csv
check "screen of names against repeated words exits 0" r screen h.csv
check_out "an exact registry name is flagged" "\"pimco-ga\"" r screen h.csv --format json

serve --public
code=$(curl -s -o api.json -w '%{http_code}' -H 'Content-Type: text/plain' \
	--data-binary $'Name\nPIMCO Global\n' "${URL}api/v1/screen")
check_eq "POST /api/v1/screen with the crashing body answers" 200 "$code"
check "the server is still up after it" kill -0 "$SERVER_PID"
check_eq "and answers the next request" 200 "$(status api/v1/screen --data-binary @h.csv)"
finish
