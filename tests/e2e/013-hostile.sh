# hostile inputs: clear errors or partial text with a warning; never a
# crash, never a hang (each command runs under a 60 s timeout)
. "$(dirname "$0")/lib.sh"
DATA=$ROOT/tests/data/text
t() { timeout 60 "$RECEIPTS" "$@"; }

# a truncated PDF
head -c 700 "$DATA/two-pages.pdf" > truncated.pdf
check_fail_out "truncated PDF: a clear error" "receipts: " t add truncated.pdf
check "truncated PDF: no crash" sh -c "timeout 60 '$RECEIPTS' add truncated.pdf 2>&1 | grep -qv Sanitizer"
head -c 300 "$DATA/two-pages.pdf" > stub.pdf
check_fail_out "PDF cut in its header" "cannot read PDF" t add stub.pdf
printf '%%PDF-1.7\n%s\n' "$(head -c 3000 /dev/urandom | base64 -w0)" > garbage.pdf
check_fail_out "PDF of garbage" "PDF" t add garbage.pdf

# HTML with 100,000 nested tags: partial text with a warning, or a clear error
python3 -c "import sys; sys.stdout.write('<html><body><p>Elbit towers at the top.</p>' + '<div>' * 100000 + 'deep inside' + '</div>' * 100000 + '</body></html>')" > nested.html
start=$(date +%s)
t add nested.html > nested.out 2>&1; rc=$?
check "nested HTML: finished, not killed" test "$rc" -lt 2
check "nested HTML: quick" test $(( $(date +%s) - start )) -lt 30
check "nested HTML: no sanitizer report" sh -c "! grep -q Sanitizer nested.out"
if [ "$rc" -eq 0 ]; then
	check_out "nested HTML: the text before the depth limit is searchable" "Elbit" t search towers
	# all of the text, or a warning that it is partial
	check "nested HTML: whole text or a partial-text warning" sh -c "grep -q \"warning: 'nested.html': HTML read in part\" nested.out || test \"\$(sqlite3 '$RECEIPTS_DB' \"SELECT instr(text, 'deep inside') > 0 FROM source WHERE filename = 'nested.html'\")\" = 1"
fi
python3 -c "import sys; sys.stdout.write('<!DOCTYPE html>' + '<b>' * 200000 + 'x')" > bold.html
check "200,000 unclosed inline tags" sh -c "timeout 60 '$RECEIPTS' add bold.html >/dev/null 2>&1; test \$? -lt 2"

# empty and nearly empty files
: > empty.html
check_fail_out "empty file" "the file is empty" t add empty.html
printf '<!DOCTYPE html><html><head><title>t</title></head><body></body></html>' > blank.html
check_fail_out "HTML without text" "holds no text" t add blank.html
printf 'a,b\n' > header-only.csv
check_out "one line with commas is text, not CSV" "added" t add header-only.csv

# CSV with broken quoting
printf 'supplier,description\nElbit,"towers\nSerco,detention\n' > broken.csv
check_fail_out "broken CSV quoting named" "opens a quote that never closes" t add broken.csv
printf 'a,b\n"1","2"x,3\n"",""\n' > odd.csv
check "odd quoting does not crash" sh -c "timeout 60 '$RECEIPTS' add odd.csv >/dev/null 2>&1; test \$? -lt 2"

# hostile queries
check_fail_out "deeply nested query" "nested too deeply" t search "$(python3 -c "print('(' * 500 + 'x' + ')' * 500)")"
check_fail_out "huge query" "query too long" t search "$(python3 -c "print('a ' * 5000)")"
check "a query of every operator" sh -c "timeout 60 '$RECEIPTS' search 'a OR b AND NOT c -d \"e f\"* g*' >/dev/null 2>&1; test \$? -lt 2"
check_out "verify passes after all that" "all good" t verify
finish
