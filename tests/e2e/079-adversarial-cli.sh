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

finish
