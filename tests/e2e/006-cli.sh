# the CLI's shape: help, errors in git's style, exit codes, --db, formats
. "$(dirname "$0")/lib.sh"

check_out "top-level help lists commands" "import-registry" r --help
check_out "version" "receipts " r --version
for c in init add sources show verify audit import-registry entity; do
	check_out "help for $c" "usage: receipts" r "$c" --help
done
"$RECEIPTS" frobnicate 2>err.txt; rc=$?
check_eq "unknown command exits 2" 2 "$rc"
check_eq "errors are 'receipts: ...' on stderr" "receipts: unknown command 'frobnicate'; see 'receipts --help'" "$(cat err.txt)"
check_out "--db chooses the file" "other.db: schema version" r --db other.db init
check "the other file exists" test -f other.db
RECEIPTS_DB=env.db "$RECEIPTS" init >/dev/null
check "RECEIPTS_DB is honoured" test -f env.db
printf 'x\n' > x.txt
r --as alice add x.txt >/dev/null
check_eq "--as names the actor in the audit log" alice "$(sql 'SELECT actor FROM audit WHERE seq = 1')"
check_eq "added_by too" alice "$(sql 'SELECT added_by FROM source WHERE id = 1')"
check_out "audit as jsonl" '"action":"source.add"' r audit --format jsonl
check_out "audit as csv" "seq,time,actor,action,object,payload,prev_hash,hash" r audit --format csv
check_fail_out "an option without its value" "needs a value" r --db
mkdir ro && chmod 500 ro
if [ "$(id -u)" -ne 0 ]; then
	check_fail_out "an unwritable place is a clear error" "cannot open database" r --db ro/x.db init
fi
check_fail_out "a database from a newer receipts is refused" "newer than this receipts" sh -c "sqlite3 new.db 'PRAGMA user_version = 999' && '$RECEIPTS' --db new.db init"
finish
