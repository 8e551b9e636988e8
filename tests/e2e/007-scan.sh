# scan: a stream filter over lines, CSV columns and JSON lines
. "$(dirname "$0")/lib.sh"

REG="$ROOT/tests/data/match/registry.jsonl"
printf 'Microsoft supplied the IDF.\nNothing here.\nElbit Systems of America and Elbit.\n' > lines.txt
r scan --registry "$REG" lines.txt > out.jsonl 2> err.txt
check_eq "one JSON line per mention" 4 "$(wc -l < out.jsonl)"
check "the shape of a line" python3 -c "
import json
rows=[json.loads(l) for l in open('out.jsonl')]
assert rows[0]=={'record':1,'entity':'microsoft','start':0,'end':9,'text':'Microsoft'}, rows[0]
assert rows[1]['entity']=='idf' and rows[1]['record']==1
assert rows[2]=={'record':3,'entity':'elbit-america','start':0,'end':24,'text':'Elbit Systems of America'}, rows[2]
assert rows[3]['entity']=='elbit-systems' and rows[3]['start']==29
"
check_eq "nothing on stderr without a terminal" "" "$(cat err.txt)"
cat lines.txt | r scan --registry "$REG" - > stdin.jsonl
check "stdin gives the same" cmp out.jsonl stdin.jsonl

# two processes over two halves give the output of one, records renumbered
python3 -c "
import random
random.seed(3)
w='Microsoft Elbit IDF supplied army the of drones cloud to and Systems America IMOD'.split()
with open('big.txt','w') as f:
    for i in range(4000): f.write(' '.join(random.choice(w) for _ in range(30))+'\n')
"
r scan --registry "$REG" big.txt > all.jsonl
head -n 2000 big.txt > h1.txt; tail -n 2000 big.txt > h2.txt
r scan --registry "$REG" h1.txt > p1.jsonl; r scan --registry "$REG" h2.txt > p2.jsonl
python3 -c "
import json
out=[l for l in open('p1.jsonl')]
for l in open('p2.jsonl'):
    d=json.loads(l); d['record']+=2000; out.append(json.dumps(d,separators=(',',':'),ensure_ascii=False)+'\n')
open('joined.jsonl','w').write(''.join(out))
"
check "two halves give the same mentions as one pass" cmp all.jsonl joined.jsonl

# --count: the records with a mention, as many as the full output names
check_eq "--count counts the records with a mention" \
	"$(python3 -c "import json; print(len({json.loads(l)['record'] for l in open('all.jsonl')}))")" \
	"$(r scan --registry "$REG" --count big.txt)"
check_eq "--count on the first sample" 2 "$(r scan --registry "$REG" --count lines.txt)"
check_eq "--count of nothing" 0 "$(printf 'nothing\n' | r scan --registry "$REG" --count -)"

# CSV column, with quoted newlines and commas
printf 'id,title,body\n1,"A, B","Microsoft, the firm"\n2,x,"line one\nElbit won"\n3,"broken\n' > t.csv
r scan --registry "$REG" --csv-column 3 t.csv > csv.jsonl 2> csv.err
check "CSV column mentions" python3 -c "
import json
rows=[json.loads(l) for l in open('csv.jsonl')]
assert [(r['record'],r['entity'],r['start']) for r in rows]==[(2,'microsoft',0),(3,'elbit-systems',9)], rows
"
check_out "broken CSV quoting is reported" "broken CSV quoting" cat csv.err
printf '{"id": 1, "body": "IMOD and the IDF"}\n{"id": 2}\nnot json\n{"id": 3, "body": 5}\n' > t.jsonl
r scan --registry "$REG" --json-field body t.jsonl > js.jsonl 2> js.err; rc=$?
check_eq "JSON field mentions" 2 "$(wc -l < js.jsonl)"
check_eq "bad JSON lines make the exit status 1" 1 "$rc"
check_out "bad JSON line named" "invalid JSON line '3'" cat js.err

# lines are read in 128 KiB blocks: a longer line, CRLF, no final newline,
# and --max-record at its edge (a line of max bytes passes, max + 1 not)
python3 -c "
open('long.txt','w').write('IDF\\n' + 'x' * 3000000 + ' Microsoft\\nElbit\\n')
M = 1100000
open('edge.txt','w', newline='').write('x' * (M - 10) + ' Microsoft\\r\\n' + 'x' * (M - 9) + ' Microsoft\\n' + 'IMOD')
"
r scan --registry "$REG" long.txt > long.jsonl
check "a line longer than the read block" python3 -c "
import json
rows=[json.loads(l) for l in open('long.jsonl')]
assert [(r['record'],r['entity'],r['start']) for r in rows]==[(1,'idf',0),(2,'microsoft',3000001),(3,'elbit-systems',0)], rows
"
r scan --registry "$REG" --max-record 1100000 edge.txt > edge.jsonl 2> edge.err; rc=$?
check "a line of max bytes (CRLF) passes, one of max + 1 is skipped, the last line has no newline" python3 -c "
import json
rows=[json.loads(l) for l in open('edge.jsonl')]
assert [(r['record'],r['entity'],r['end']) for r in rows]==[(1,'microsoft',1100000),(3,'israel-mod',4)], rows
"
check_out "the long record is named" "record too large '2'" cat edge.err
check_eq "a skipped record makes the exit status 1" 1 "$rc"

# a compiled matcher file gives the same answers
r compile-matcher --registry "$REG" -o reg.matcher 2>/dev/null
r scan --matcher reg.matcher lines.txt > m.jsonl
check "compiled matcher gives the same output" cmp out.jsonl m.jsonl
printf 'garbage' > bad.matcher
check_fail_out "a damaged matcher file is refused" "not a usable matcher file" r scan --matcher bad.matcher lines.txt
check_fail_out "conflicting options" "exclude each other" r scan --csv-column 2 --json-field x lines.txt

# ids short enough for the printer's per-entity slot (15 bytes) and longer,
# a mention that needs an escape after one that does not, mentions at the
# end of a record with no newline: the lines are jansson's
printf '%s\n' '{"id":"a-very-long-entity-identifier-0001","name":"Kaer Xi"}' \
	'{"id":"s1","name":"Zorblax"}' '{"id":"exactly15chars_","name":"Wumbo"}' \
	'{"id":"sixteen_chars_xx","name":"Pelican"}' > ids.jsonl
printf 'Kaer Xi met Zorblax and Wumbo with Pelican.\nZorblax Kaer\tXi Wumbo\nend Wumbo Pelican Zorblax' > ids.txt
r scan --registry ids.jsonl ids.txt > ids.out
check "ids of every length, escapes, a record's last mention" python3 -c "
import json
want = []
text = open('ids.txt').read().split('\\n')
ids = {'Kaer Xi': 'a-very-long-entity-identifier-0001', 'Kaer\\tXi': 'a-very-long-entity-identifier-0001',
       'Zorblax': 's1', 'Wumbo': 'exactly15chars_', 'Pelican': 'sixteen_chars_xx'}
import re
for n, line in enumerate(text, 1):
    for m in re.finditer(r'Kaer[ \\t]Xi|Zorblax|Wumbo|Pelican', line):
        want.append(json.dumps({'record': n, 'entity': ids[m.group()], 'start': m.start(), 'end': m.end(),
                                'text': m.group()}, separators=(',', ':'), ensure_ascii=False))
got = open('ids.out').read().splitlines()
assert got == want, (got, want)
"
finish
