# receipts add / sources / show: storing, re-adding, listing, lookups
. "$(dirname "$0")/lib.sh"

printf 'Microsoft supplied Azure cloud services to Unit 8200.\n' > a.txt
printf '# Elbit towers\n\nSource: https://example.org/elbit\nPublished: 2024-03-01\nPublisher: Example\n\nCBP bought Elbit towers.\n' > note.md

check_out "add prints the hash" "added $(sha256sum a.txt | cut -c1-64) a.txt" r add a.txt
check_out "same bytes twice: already stored" "already stored as $(sha256sum a.txt | cut -c1-64)" r add a.txt
check_eq "one source after a re-add" 1 "$(sql 'SELECT count(*) FROM source')"
check_eq "one audit entry after a re-add" 1 "$(sql 'SELECT count(*) FROM audit')"
cp a.txt copy-of-a.txt
check_out "a copy under another name is the same source" "already stored" r add copy-of-a.txt

check_out "markdown note metadata" "added" r add note.md --kind report
check_eq "title from the heading" "Elbit towers" "$(sql "SELECT title FROM source WHERE filename='note.md'")"
check_eq "url from the note" "https://example.org/elbit" "$(sql "SELECT url FROM source WHERE filename='note.md'")"
check_eq "published from the note" "2024-03-01" "$(sql "SELECT published FROM source WHERE filename='note.md'")"
check_eq "kind from the option" "report" "$(sql "SELECT kind FROM source WHERE filename='note.md'")"

printf 'From stdin: ICE contract.\n' | r add - --title "Piped" --lang en --published 2025 >/dev/null
check_eq "stdin source stored with options" "Piped|en|2025" "$(sql "SELECT title||'|'||lang||'|'||published FROM source WHERE text LIKE 'From stdin%'")"

mkdir -p tree/sub && printf 'one\n' > tree/1.txt && printf 'two\n' > tree/sub/2.txt && printf 'hidden\n' > tree/.hidden
check_out "a directory is read recursively" "2 added, 0 already stored, 0 failed" r add tree
check_eq "hidden files skipped" 0 "$(sql "SELECT count(*) FROM source WHERE text = 'hidden'||char(10)")"

printf 'tree/1.txt\na.txt\n' > list.txt
check_out "--from reads file names" "0 added, 2 already stored" r add --from list.txt

# listing and lookup
check_out "sources lists titles" "Elbit towers" r sources
check_out "filter by kind" "Elbit towers" r sources --kind report
check_eq "filter by kind excludes others" 1 "$(r sources --kind report --format jsonl | wc -l)"
check_eq "published range" 1 "$(r sources --after 2024 --before 2025 --format jsonl | wc -l)"
check_fail_out "bad date in a filter" "invalid date '2024-99'" r sources --after 2024-99
check_fail_out "bad format" "invalid format 'xml'" r sources --format xml
check "json output parses" python3 -c "import json,subprocess,sys; d=json.loads(subprocess.check_output(['$RECEIPTS','sources','--format','json'])); sys.exit(0 if len(d)==5 and all(len(x['sha256'])==64 for x in d) else 1)"
check "csv output has a header and quoted fields" python3 -c "import csv,subprocess,sys,io; rows=list(csv.DictReader(io.StringIO(subprocess.check_output(['$RECEIPTS','sources','--format','csv']).decode()))); sys.exit(0 if len(rows)==5 and rows[0]['sha256'] else 1)"

hash=$(sha256sum a.txt | cut -c1-64)
check_out "show by hash prefix" "Microsoft supplied Azure" r show "${hash:0:8}"
check_out "show by id" "sha256     $hash" r show 1
check_fail_out "show a missing source" "no such source '999'" r show 999
check_fail_out "show a malformed reference" "invalid source reference" r show "x'; DROP TABLE source;--"
check_eq "the source table survives SQL metacharacters" 5 "$(sql 'SELECT count(*) FROM source')"
r show 1 --original > orig.out
check "show --original gives the exact bytes" cmp orig.out a.txt
check "show --format json has the text" python3 -c "import json,subprocess,sys; d=json.loads(subprocess.check_output(['$RECEIPTS','show','1','--format','json'])); sys.exit(0 if d['text'].startswith('Microsoft') and d['sha256']=='$hash' else 1)"

check_fail_out "missing file" "cannot open 'nope.txt'" r add nope.txt
check_fail_out "no arguments" "nothing to add" r add
check_fail_out "unknown command" "unknown command 'frobnicate'" r frobnicate
check_out "help for a command" "usage: receipts [--db PATH] add" r add --help
check_out "audit lists entries" "source.add" r audit
check_out "verify passes" "all good" r verify
finish
