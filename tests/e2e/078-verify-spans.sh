# verify on a source with many mentions: each source's text is read once,
# not once per span (a million mentions in one 9 MB source took over ten
# minutes, each span re-reading the whole text in SQL; now seconds). The
# spans are still each checked: a changed quote, a span past the text's
# end and a span whose source is gone are each named, and only they.
. "$(dirname "$0")/lib.sh"

r init >/dev/null
r import-registry "$ROOT/examples/registry.jsonl" >/dev/null
# 2 MB of text, and Thales and Elbit in it
python3 -c "
import sys
sys.stdout.write('Thales and Elbit Systems signed. ' + 'filler words here. ' * 100000 + 'Thales again.\n')" > big.txt
r add -q big.txt 2>/dev/null
S=$(sql "SELECT id FROM source")
M=$(sql "SELECT count(*) FROM mention WHERE source = $S")
check "the source has its mentions ($M)" test "$M" -ge 2
# 300,000 more spans on it, copies of its mentions (no audit entry covers
# mentions one by one: verify checks each against the text)
sql "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
     INSERT INTO mention (source, entity, start, end, text)
     SELECT m.source, m.entity, m.start, m.end, m.text FROM n, mention m WHERE m.source = $S"
N=$(sql "SELECT count(*) FROM mention")
check "hundreds of thousands of spans ($N)" test "$N" -ge 200000
start=$(date +%s)
check_out "verify checks them all" "$N spans" timeout 120 "$RECEIPTS" verify
took=$(( $(date +%s) - start ))
echo "verify of $N spans: $took s"
check "in well under a minute ($took s)" test "$took" -lt 60

cp "$RECEIPTS_DB" pristine.db
MID=$(sql "SELECT id FROM mention ORDER BY id LIMIT 1 OFFSET 150000")
tamper() { # DESC NEEDLE SQL
	cp pristine.db t.db; rm -f t.db-wal t.db-shm
	sqlite3 t.db "$3" || { _report 1 "$1 (the tampering SQL failed)"; return; }
	check_fail_out "$1" "$2" timeout 120 "$RECEIPTS" --db t.db verify
	check_eq "$1: that one problem only" 1 "$(grep -c '^problem:' "$WORK/.out")"
}
tamper "a quote changed in the middle" "mention $MID: quote is not the text" \
	"UPDATE mention SET text = 'Thalès' WHERE id = $MID"
tamper "a span past the text's end" "mention $MID: quote is not the text at bytes 9999990-9999996" \
	"UPDATE mention SET start = 9999990, end = 9999996 WHERE id = $MID"
tamper "a span one byte off" "mention $MID: quote is not the text" \
	"UPDATE mention SET start = start + 1, end = end + 1 WHERE id = $MID"
tamper "a span whose source is gone" "mention $MID: its source 999 is missing" \
	"UPDATE mention SET source = 999 WHERE id = $MID"
finish
