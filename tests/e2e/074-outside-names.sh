#!/bin/bash
# Names from outside as they come: file names in Latin-1 (an old archive),
# arguments typed in it, fund names in every script and longer than a key,
# a holdings header naming one known column among others. Each was stored
# as bytes that are not UTF-8 (verify then took an honest source for a
# tampered one; JSON showed the fund unnamed), or cut so that two funds
# were one, or read as a plain list that matched nothing.
. "$(dirname "$0")/lib.sh"

r init >/dev/null 2>&1
r import-registry "$ROOT/examples/registry.jsonl" >/dev/null 2>&1

# --- sources: a Latin-1 file name, Latin-1 arguments
latin=$(printf 'Note_\xe9t\xe9.txt')
printf 'Lockheed Martin won a contract from the Ministry of Defence in 2024.\n' >"$latin"
check "add a file with a Latin-1 name" r add "$latin"
check_eq "its title is its name, read as Windows-1252" "Note_été.txt" \
	"$(r sources --format jsonl | jq -r 'select(.id == 1) | .title')"
printf 'Elbit Systems supplies drones.\n' >plain.txt
check "add with Latin-1 --title and --publisher" \
	r add --title "$(printf 'T\xedtulo')" --publisher "$(printf '\xc9ditions')" plain.txt
check_eq "title and publisher as UTF-8" "Título Éditions" \
	"$(r sources --format jsonl | jq -r 'select(.id == 2) | "\(.title) \(.publisher)"')"
check_out "verify: the rows are what the audit log recorded" "all good" r verify

# --- funds: names in every script, long ones, a Latin-1 file name
printf 'Name,Weight\nLockheed Martin,50\nBoeing,50\n' >h.csv
i=0
while IFS= read -r n; do
	i=$((i + 1))
	check "funds add --fund-name #$i" r funds add h.csv --fund-name "$n" --date "2026-01-$(printf %02d $i)" -q
done <<'NAMES'
Вангард Индекс Фонд Общего Рынка Акций России и Восточной Европы Класс А
中国工商银行全球精选股票型证券投资基金（QDII）人民币份额类别
صندوق الاستثمارات العامة للمملكة العربية السعودية للأسهم العالمية
קרן הפנסיה המקיפה של עובדי המדינה מסלול כללי לעמיתים
🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀
ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé
NAMES
r funds list --format jsonl >funds.jsonl
check_eq "six funds" 6 "$(wc -l <funds.jsonl)"
check_eq "every fund has a name and a key (UTF-8, cut between characters)" 0 \
	"$(jq -r 'select(.name == null or .series == null) | .id' funds.jsonl | wc -l)"
long=$(printf 'Fonds %.0s' $(seq 20))
check "a long name ending in A" r funds add h.csv --fund-name "${long}A" --date 2026-02-01 -q
check "the same long name ending in B, same date" r funds add h.csv --fund-name "${long}B" --date 2026-02-01 -q
check_eq "two funds, not one (the key was cut at 74 bytes)" 2 \
	"$(r funds list --query Fonds --format jsonl | wc -l)"
check_out "the same long name again is already stored" "already stored" \
	r funds add h.csv --fund-name "${long}B" --date 2026-02-01
fl=$(printf 'Fonds_soci\xe9t\xe9.csv')
cp h.csv "$fl"
check "funds add of a file with a Latin-1 name" r funds add "$fl" --date 2026-03-01 -q
check_eq "named after the file, as UTF-8, its file kept" "Fonds_société Fonds_société.csv" \
	"$(r funds show 'name:Fonds_société' --format json | jq -r '"\(.name) \(.report.filing.file)"')"

# --- a header with one column we know and others we do not
printf 'Name,Sector\nLockheed Martin Corp,Aerospace\nApple Inc,Technology\n' >sector.csv
r screen sector.csv --format json --rows >sector.json 2>&1
check_eq "Name,Sector is a header: two holdings" 2 "$(jq '.rows | length' sector.json)"
check_eq "Lockheed is matched, not 'Lockheed Martin Corp,Aerospace'" "lockheed-martin" \
	"$(jq -r '.rows[0].match' sector.json)"
printf 'Company Name;Country;Sector\nElbit Systems Ltd;IL;Defence\n' >semi.csv
check_eq "Company Name;Country;Sector is a header too" "elbit-systems" "$(r screen semi.csv --format json | jq -r '.flagged[0].id')"
# a pasted list where one name has commas of its own is still a list
printf 'Apple Inc\nToyota Motor Corp., ADR, sponsored\nLockheed Martin Corp\n' >pasted.txt
check_eq "a list with one comma-laden name: three holdings" 3 \
	"$(r screen pasted.txt --format json --rows | jq '.rows | length')"
printf 'Lockheed,5,US\nBoeing,3,US\n' >noheader.csv
check_fail_out "a table without a header is still an error" "no name or identifier column" r screen noheader.csv
# --- arguments typed in Latin-1: entity add, alias, match, extract's file
lat=$(printf 'Soci\xe9t\xe9')
check_out "entity add --name in Latin-1 is created, not 'missing'" "created" \
	r entity add societe-test --name "$lat Corp" --alias "$lat Holdings"
check_eq "its name and alias as UTF-8" "Société Corp Société Holdings" \
	"$(r entity show societe-test --format json | jq -r '"\(.name) \(.aliases[0].text)"')"
check_out "entity alias in Latin-1 is stored, not 'unchanged'" "updated" r entity alias lockheed-martin "$lat LM"
check_eq "match keeps a Latin-1 query" "Société Corp" "$(r match "$lat Corp" | jq -r .query)"
check_eq "extract names a Latin-1 file" "Note_été.txt" "$(r extract "$latin" | jq -r .file)"
check_out "verify after all of it" "all good" r verify
finish
