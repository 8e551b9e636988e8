# bounded memory and time on hostile inputs (issue 21): directory loops,
# entity bombs in holdings files, quadratic readers, huge single lines.
# Every command runs under a timeout: a hang guard, not a speed test.
. "$(dirname "$0")/lib.sh"
t() { timeout 60 "$RECEIPTS" "$@"; }

# add DIR: two links back up make 2^depth paths unless directories are
# remembered by (device, inode)
mkdir -p top/tree/a
printf 'Elbit Systems supplies drones.\n' > top/tree/a/one.txt
printf 'Palantir signs a contract.\n' > top/tree/two.txt
ln -s .. top/tree/a/up
ln -s ../.. top/tree/a/upup
t add top > loop.out 2>&1; rc=$?
check_eq "add DIR with links back up: exits 0" 0 "$rc"
check_eq "add DIR with links back up: each file once" 2 "$(grep -c '^added ' loop.out)"
check "add DIR with links back up: the loop is reported" grep -q "already walked" loop.out
check_eq "add DIR with links back up: stored 2 sources" 2 "$(sql 'SELECT count(*) FROM source')"

# scan --csv-column with --max-record: a 300 MB record is read past in
# bounded memory (getline took it whole), skipped and reported
python3 -c "
import sys
o = sys.stdout
o.write('id,text\n1,Elbit Systems makes drones\n2,\"')
for i in range(300): o.write('x' * (1 << 20))
o.write('\"\n3,Palantir works with ICE\n')" > bigrec.csv
/usr/bin/time -f '%M' -o rss.txt timeout 60 "$RECEIPTS" scan --registry "$ROOT/examples/registry.jsonl" --csv-column 2 --max-record 1M bigrec.csv > scan.out 2> scan.err
check "scan: the records around the big one are scanned" sh -c 'grep -q "\"record\":2,\"entity\":\"elbit-systems\"" scan.out && grep -q "\"record\":4,\"entity\":\"palantir\"" scan.out'
check "scan: the big record is reported" grep -q "record too large '3'" scan.err
check "scan: memory stays under 200 MB for a 300 MB record" test "$(tail -1 rss.txt)" -lt 200000

# add of one 4 MB line with no full stop, and of 100,000 sentences each
# with an amount: sentences are cut, amounts found per sentence
python3 -c "
import sys
w = 'Elbit Systems supplied drones to the Israeli military for \$5 million in 2023 and'.split()
sys.stdout.write(' '.join(w[i % len(w)] for i in range(600000)))" > line.txt
check "add: a 4 MB line with no full stop" t add line.txt
python3 -c "
import sys
sys.stdout.write(''.join('Acme paid \$%d million to Zed in 2020. ' % (i % 90 + 1) for i in range(100000)))" > amounts.txt
check "add: 100,000 sentences with amounts" t add amounts.txt
check_out "extract: a cut sentence is said" '"sentences_cut":' t extract line.txt

# an HTML tag with 200,000 attributes (libxml2 compares each with all
# before it)
python3 -c "
import sys
sys.stdout.write('<html><body><p ' + ' '.join('a%d=\"x\"' % i for i in range(200000)) + '>Palantir works with ICE.</p></body></html>')" > attrs.html
check_out "add: a tag of 200,000 attributes, with a warning" "over 256 attributes" t add attrs.html

# N-PORT entity bombs: refused with a clear error, nothing expanded
python3 -c "
ents = ['<!ENTITY a0 \"lol lol lol lol lol lol lol lol lol lol\">']
for i in range(1, 6): ents.append('<!ENTITY a%d \"%s\">' % (i, ('&a%d;' % (i - 1)) * 10))
print('<?xml version=\"1.0\"?>\n<!DOCTYPE edgarSubmission [' + ''.join(ents) + ']>\n<edgarSubmission><invstOrSec><name>' + '&a5;' * 100 + '</name></invstOrSec></edgarSubmission>')" > laughs.xml
python3 -c "
print('<?xml version=\"1.0\"?>\n<!DOCTYPE edgarSubmission [<!ENTITY e \"' + 'x' * 100000 + '\">]>\n<edgarSubmission><invstOrSec><name>' + '&e;' * 10000 + '</name></invstOrSec></edgarSubmission>')" > quadratic.xml
check_fail_out "screen: billion laughs refused" "declares entities" t screen laughs.xml
check_fail_out "screen: one entity referenced 10,000 times refused" "declares entities" t screen quadratic.xml

# a 16 KB PDF whose compressed page shows 128,000 characters at one place:
# poppler's layout compares every word with every other (past 90 s);
# poppler runs in a child with a CPU budget, and the file gets a clear error
python3 - > crowded.pdf <<'PY'
import sys, zlib
c = b"BT /F1 12 Tf " + b"".join(b"1 0 0 1 72 700 Tm (%c) Tj " % (65 + i % 26) for i in range(128000)) + b"ET"
data = zlib.compress(c)
objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
out, offs = b"%PDF-1.4\n", []
for i, o in enumerate(objs):
    offs.append(len(out))
    out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
x = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs)
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
sys.stdout.buffer.write(out)
PY
check_fail_out "add: a crowded PDF page stops at the reader's time budget" "a page with too much text at one place" t add crowded.pdf

# screen --format json of a 2 MiB list (130,000 rows): the rows are kept as
# text, not as JSON trees (an 8 MiB list took 845 MB); a small ASan
# quarantine so that freed memory is not counted
python3 -c "
import sys
w = ['Lockheed', 'Martin', 'Systems', 'Acme', 'Global', 'Holdings', 'Palantir']
sys.stdout.write(''.join('%s %s %d\n' % (w[i % 7], w[i * 3 % 7], i) for i in range(130000)))" > list.txt
ASAN_OPTIONS="${ASAN_OPTIONS:-}:quarantine_size_mb=1" /usr/bin/time -f '%M' -o rss.txt timeout 120 "$RECEIPTS" screen list.txt --format json > list.json 2>/dev/null
check "screen --format json: every row, valid JSON" python3 -c "
import json
d = json.load(open('list.json'))
assert d['holdings'] == 130000 == len(d['rows']), (d['holdings'], len(d['rows']))
assert list(d)[:7] == ['holdings', 'rated', 'rated_pct', 'flagged', 'exposure', 'grade', 'rows']
"
check "screen --format json: memory under 150 MB for 130,000 rows" test "$(tail -1 rss.txt)" -lt 150000

finish
