# Adversarial input on the command line's front ends: each gives a clear
# error or a correct result, never a crash, a hang or a silent loss.
. "$(dirname "$0")/lib.sh"

# --- argument text: every Latin-1 argument is converted to UTF-8 --------
# (a table of 64 converted ones passed the 65th on as it was, and extract
# then printed its line without the "file" key)
mkdir latin
for i in $(seq 1 80); do printf 'Thales supplies.\n' > "latin/$(printf 'soci\xe9t\xe9-%02d.txt' "$i")"; done
r extract --format jsonl latin/* > latin.jsonl
check_eq "extract: a line for each of 80 Latin-1 file names" 80 "$(wc -l < latin.jsonl)"
check_eq "each names its file in UTF-8" 80 "$(python3 -c "
import json, sys
n = 0
for l in open('latin.jsonl', 'rb'):
    f = json.loads(l.decode('utf-8')).get('file', '')
    n += f.startswith('latin/société-') and f.endswith('.txt')
print(n)")"
check_eq "all 80 names, none twice" 80 "$(python3 -c "
import json
print(len({json.loads(l)['file'] for l in open('latin.jsonl', encoding='utf-8')}))")"

# --- holdings: long lines, binary, unclosed quotes, numbers -------------
r init >/dev/null
r import-registry "$ROOT/examples/registry.jsonl" >/dev/null
python3 - <<'PY'
cols = ["Extra column %d %s" % (i, "x" * 200) for i in range(400)]   # ~85 KB
with open("wide.csv", "w") as f:
    f.write(",".join(cols + ["Name", "Weight"]) + "\n")
    for n in ("Lockheed Martin Corp", "Thales", "Apple Inc"):
        f.write(",".join(["x"] * 400 + [n, "2"]) + "\n")
with open("nul.csv", "wb") as f:
    f.write(b"Name,Weight\n" + b"Apple Inc,1\n" * 10000 + b"Lock\0heed Martin,1\nThales,2\n")
with open("unclosed.csv", "w") as f:
    f.write("Name,Weight\nThales,1\n\"Lockheed Martin,2\nApple Inc,3\n")
with open("numbers.csv", "w") as f:
    f.write("Name,Weight\nThales,5-3\nLockheed Martin Corp,\"1,2,3\"\nApple Inc,12 %\n")
PY
check_out "a header line of 85 KB is found" '"holdings": 3' r screen --format json wide.csv
check_out "and its rows are holdings" '"name": "Lockheed Martin Corp"' r screen --format json wide.csv
check_fail_out "a NUL byte past the read-ahead is an error, not a cut name" \
	"record 10002: binary data" r screen nul.csv
check_fail_out "a quote never closed is an error naming its record" \
	"record 3 opens a quoted field" r screen unclosed.csv
r screen --format json numbers.csv > numbers.json 2>/dev/null
check_eq "'5-3' and '1,2,3' are no weights, '12 %' is 12" "None None 12.0" "$(python3 -c "
import json
print(*[r.get('weight') for r in json.load(open('numbers.json'))['rows']])")"

# --- search: a word repeated in the query is read once ------------------
python3 -c "import sys; sys.stdout.write('Thales and Elbit. ' * 300000)" > many.txt
r add -q many.txt 2>/dev/null
for op in " OR " " "; do
	q=$(python3 -c "print('$op'.join(['Thales', 'THALES', 'thales'] * 100))")
	start=$(date +%s)
	check_out "'Thales${op}Thales...' 300 times finds the source" "many.txt" timeout 60 "$RECEIPTS" search "$q"
	took=$(( $(date +%s) - start ))
	check "in seconds, as one word ($took s)" test "$took" -lt 20
done

# --- documents: UTF-8 with one stray byte stays UTF-8 -------------------
printf 'Soci\xc3\xa9t\xc3\xa9 G\xc3\xa9n\xc3\xa9rale a fourni Thales en 2023. \xff fin.\n' > stray.txt
check_out "one stray byte: replaced and said" "1 invalid sequence replaced" r add stray.txt
check_eq "the rest kept as written, not read as Windows-1252" \
	"Société Générale a fourni Thales en 2023. � fin." \
	"$(sql "SELECT trim(text, char(10)) FROM source WHERE filename = 'stray.txt'")"
check_eq "offsets into that text: Thales at byte 30" "30" \
	"$(sql "SELECT m.start FROM mention m JOIN source s ON s.id = m.source WHERE s.filename = 'stray.txt' AND m.entity = 'thales'")"

finish
