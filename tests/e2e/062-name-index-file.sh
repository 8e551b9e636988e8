# The screening name index lives in "<db>.names": the CLI writes it at its
# first screening and maps it at the next; a registry import makes it
# stale and the next screening rebuilds it; a damaged file is rebuilt. The
# server screens with a stale index while one thread rebuilds it, and then
# with the new one; screenings never wait for that rebuild.
. "$(dirname "$0")/lib.sh"
. "$ROOT/tests/e2e/web.sh"
load_examples

printf 'Name\nElbit Systems Ltd\nQuuxbar Widgetry Ltd\nZyxwv Frobnicators Inc\n' > h.csv
r screen --format json h.csv > first.json
check "the first screening writes the index file" test -s "$RECEIPTS_DB.names"
check_eq "the file starts with its magic" RCPNAMES "$(head -c 8 "$RECEIPTS_DB.names")"
before=$(stat -c %Y.%s "$RECEIPTS_DB.names")
sleep 1
r screen --format json h.csv > second.json
check_eq "the next one maps it, unchanged" "$before" "$(stat -c %Y.%s "$RECEIPTS_DB.names")"
check_eq "with the same report" "$(cat first.json)" "$(cat second.json)"
check_eq "an unknown company is not matched" null \
	"$(python3 -c 'import json; print(json.dumps(json.load(open("second.json"))["rows"][2]["match"]))')"

printf '{"id":"zyxwv","kind":"company","name":"Zyxwv Frobnicators Inc","categories":["military"]}\n' > more.jsonl
r import-registry more.jsonl >/dev/null
r screen --format json h.csv > third.json
check_eq "after an import the CLI rebuilds it and matches the new company" '"zyxwv"' \
	"$(python3 -c 'import json; print(json.dumps(json.load(open("third.json"))["rows"][2]["match"]))')"

# damaged: refused, rebuilt, the same report
printf 'garbage' | dd of="$RECEIPTS_DB.names" bs=1 seek=4096 conv=notrunc 2>/dev/null
r screen --format json h.csv > fourth.json
check_eq "a damaged file is rebuilt, with the same report" "$(cat third.json)" "$(cat fourth.json)"
head -c 1000 "$RECEIPTS_DB.names" > cut && mv cut "$RECEIPTS_DB.names"
r screen --format json h.csv > fifth.json
check_eq "a truncated one too" "$(cat third.json)" "$(cat fifth.json)"

# the server: a stale index serves while it is rebuilt in the background
serve
api_match() { # the match of row $1 of a screening through the API
	curl -s --data-binary @h.csv -H 'Content-Type: text/csv' "${URL}api/v1/screen" |
		python3 -c "import json,sys; print(json.dumps(json.load(sys.stdin)['rows'][$1]['match']))"
}
check_eq "the server screens with the file" '"zyxwv"' "$(api_match 2)"
printf '{"id":"quuxbar","kind":"company","name":"Quuxbar Widgetry Ltd","categories":["prisons"]}\n' > quuxbar.jsonl
r import-registry quuxbar.jsonl >/dev/null
first=$(api_match 1)
case "$first" in
'"quuxbar"' | null) check "a screening after an import answers at once, old or new" true ;;
*) check "a screening after an import answers at once, old or new (got $first)" false ;;
esac
got=
for _ in $(seq 150); do # up to 30 s: the rebuild runs in a thread
	got=$(api_match 1)
	[ "$got" = '"quuxbar"' ] && break
	sleep 0.2
done
check_eq "and once rebuilt, the new company is matched" '"quuxbar"' "$got"
check_eq "the server wrote the rebuilt file" '"quuxbar"' \
	"$(r screen --format json h.csv | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)["rows"][1]["match"]))')"
check "no temporary file is left" test -z "$(ls "$RECEIPTS_DB".names.tmp.* 2>/dev/null)"
finish
