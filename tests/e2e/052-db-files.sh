# Databases and files: only receipts databases are opened (PRAGMA
# application_id), only init/add/import-registry create one, an archive on
# read-only media can be read, a full disk stops a batch with one error, and
# a killed writer's matcher temporary file is cleaned up.
. "$(dirname "$0")/lib.sh"

# a missing path: a clear error, and no file appears
for cmd in verify "sources" "search elbit" "claims list" "audit" "screen x.csv" "entity list"; do
	check_fail_out "$cmd on a missing database" "no database at" r --db missing.db $cmd
done
check "no file was created" test ! -e missing.db -a ! -e missing.db-wal
check_fail_out "serve on a missing database" "no database at" r --db missing.db serve --listen nowhere
check "still no file" test ! -e missing.db

# init creates, and marks the file as receipts'
check_out "init creates" "schema version" r init
check_eq "application_id is 'RCPT'" 1380143188 "$(sql 'PRAGMA application_id')"

# another application's SQLite file is refused and left untouched
sqlite3 other.db "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes(body) VALUES ('mine')"
before=$(sha256sum other.db | cut -c1-64)
check_fail_out "verify refuses another application's file" "another application's tables" r --db other.db verify
check_fail_out "import-registry refuses it too" "not a receipts database" r --db other.db import-registry "$ROOT/examples/registry.jsonl"
check_fail_out "so does init" "not a receipts database" r --db other.db init
check_eq "the file is unchanged" "$before" "$(sha256sum other.db | cut -c1-64)"
check_eq "no receipts table was added" notes "$(sqlite3 other.db "SELECT group_concat(name) FROM sqlite_schema WHERE type = 'table'")"
sqlite3 tagged.db "PRAGMA application_id = 1234; CREATE TABLE t(x)"
check_fail_out "a file with another application_id" "application_id 0x000004d2" r --db tagged.db verify

# a receipts database from before the application_id gets it at migration
r add -q "$ROOT/examples/corpus" 2>/dev/null
sql "DROP TABLE pending_rescan; DROP TABLE registry_version; PRAGMA user_version = 6; PRAGMA application_id = 0"
check_out "an older receipts database opens" "all good" r verify
check_eq "and is marked on migration" 1380143188 "$(sql 'PRAGMA application_id')"
# the latest is what a new database gets (migrations are added by branches)
r --db "$WORK/fresh.db" init >/dev/null
check_eq "at the latest schema" "$(sqlite3 "$WORK/fresh.db" 'PRAGMA user_version')" "$(sql 'PRAGMA user_version')"

# an archive on read-only media: read-only commands work
r import-registry "$ROOT/examples/registry.jsonl" >/dev/null
mkdir archive && cp "$RECEIPTS_DB" archive/a.db && chmod 444 archive/a.db && chmod 555 archive
chmod 755 "$WORK"
as_reader() { # run as a user who cannot write the archive
	if [ "$(id -u)" -eq 0 ]; then
		setpriv --reuid=65534 --regid=65534 --clear-groups env RECEIPTS_DB="$WORK/archive/a.db" "$@"
	else
		env RECEIPTS_DB="$WORK/archive/a.db" "$@"
	fi
}
if [ "$(id -u)" -ne 0 ] || command -v setpriv >/dev/null; then
	check_out "verify on read-only media" "all good" as_reader "$RECEIPTS" verify
	check_out "search on read-only media" "Elbit" as_reader "$RECEIPTS" search elbit
	check_out "sources on read-only media" "Unit 8200" as_reader "$RECEIPTS" sources
	check_out "claims list on read-only media" "STATUS" as_reader "$RECEIPTS" claims list --limit 3
	printf 'name\nElbit Systems\n' > "$WORK/h.csv"
	check_out "screen on read-only media" "Elbit" as_reader "$RECEIPTS" screen "$WORK/h.csv"
	check_fail_out "a write says why" "readonly" as_reader "$RECEIPTS" add "$WORK/h.csv"
	check "nothing was written beside it" test ! -e archive/a.db-shm -a ! -e archive/a.db-wal
fi
chmod 755 archive

# a stale temporary matcher of a dead process is removed; a live one stays
sleep 30 & live=$!
dead=999999; while kill -0 $dead 2>/dev/null; do dead=$((dead - 1)); done
touch "$RECEIPTS_DB.matcher.tmp.$dead" "$RECEIPTS_DB.matcher.tmp.$live"
touch "$RECEIPTS_DB.names.tmp.$dead" "$RECEIPTS_DB.names.tmp.$live"
r sources --limit 1 >/dev/null
check "a dead process's temporary matcher is removed" test ! -e "$RECEIPTS_DB.matcher.tmp.$dead"
check "a live process's is kept" test -e "$RECEIPTS_DB.matcher.tmp.$live"
check "a dead process's temporary name index is removed" test ! -e "$RECEIPTS_DB.names.tmp.$dead"
check "a live process's is kept too" test -e "$RECEIPTS_DB.names.tmp.$live"
kill $live; wait $live 2>/dev/null

# a full disk (here: a file size limit) stops a batch with one error
mkdir many
for i in $(seq 1 200); do head -c 30000 /dev/urandom | base64 > many/f$i.txt; done
limit=$(( $(stat -c %s "$RECEIPTS_DB") / 1024 + 300 ))
( trap '' XFSZ; ulimit -f $limit; "$RECEIPTS" add -q many ) > full.out 2>&1
check_eq "one error line for the whole batch" 1 "$(grep -c '^receipts: cannot' full.out)"
check_out "and the tally says how far it got" "failed" cat full.out
check_out "what was committed verifies" "all good" r verify
finish
