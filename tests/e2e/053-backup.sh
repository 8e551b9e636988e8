# receipts backup: a consistent copy through SQLite's online backup API,
# taken while another process keeps adding; the copy verifies. An existing
# file is replaced only with --force.
. "$(dirname "$0")/lib.sh"

r import-registry "$ROOT/examples/registry.jsonl" >/dev/null
r add -q "$ROOT/examples/corpus" 2>/dev/null
mkdir docs
for i in $(seq 1 400); do
	printf 'Note %s: Elbit Systems supplied surveillance towers to CBP under contract %s.\n' "$i" "$i" > docs/n$i.txt
done
# a writer: one add per file, so it commits all the time
( for f in docs/*.txt; do "$RECEIPTS" add -q "$f" 2>/dev/null; done ) &
writer=$!
sleep 0.5
ok=0
for i in 1 2 3; do
	rm -f copy$i.db
	if r backup copy$i.db >backup$i.out 2>&1; then ok=$((ok + 1)); fi
	sleep 0.3
done
during=$(kill -0 $writer 2>/dev/null && echo yes || echo no)
wait $writer
check_eq "three backups while the writer ran (still running: $during)" 3 "$ok"
for i in 1 2 3; do
	check_out "backup $i verifies" "all good" r --db copy$i.db verify
	check_eq "backup $i passes integrity_check" ok "$(sqlite3 copy$i.db 'PRAGMA integrity_check')"
done
n1=$(sqlite3 copy1.db 'SELECT count(*) FROM source'); n3=$(sqlite3 copy3.db 'SELECT count(*) FROM source')
check "the copies are snapshots of a growing database ($n1 <= $n3)" test "$n1" -le "$n3"
check_out "backup prints the copy's audit head" "audit head $(sqlite3 copy3.db 'SELECT seq || ":" || hash FROM audit ORDER BY seq DESC LIMIT 1')" cat backup3.out
check_out "the printed head is an anchor for the copy" "all good" \
	r --db copy3.db verify --head "$(sed 's/.*audit head //' backup3.out)"
check "no -wal is needed beside a copy" test ! -s copy1.db-wal

# an existing file is kept unless --force
echo precious > keep.db
check_fail_out "an existing file is refused" "the file exists (--force replaces it)" r backup keep.db
check_eq "and left as it was" precious "$(cat keep.db)"
check_out "--force replaces it" "backup of" r backup --force keep.db
check_out "the replaced copy verifies" "all good" r --db keep.db verify
check_fail_out "the database itself is refused" "that is the database itself" r backup --force "$RECEIPTS_DB"
check_fail_out "backup of a missing database" "no database at" r --db nothing.db backup x.db
check "and no file appears" test ! -e nothing.db -a ! -e x.db
finish
