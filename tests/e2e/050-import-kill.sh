# A registry import killed between its commit and its re-scan of the
# sources: the mentions are not lost. The entities carry a durable record of
# the re-scan they need; verify reports it, the next command that writes
# finishes it, and a re-run of the import finishes it too.
. "$(dirname "$0")/lib.sh"

reg="$ROOT/examples/registry.jsonl"
r add -q --no-claims "$ROOT/examples/corpus" 2>/dev/null
check_eq "no mentions before the registry" 0 "$(sql 'SELECT count(*) FROM mention')"

# RCP_TEST_KILL_AT is a test hook: SIGKILL right after the entities commit
RCP_TEST_KILL_AT=registry-rescan "$RECEIPTS" import-registry "$reg" >/dev/null 2>&1
check_eq "the import was killed" 137 "$?"
n_ent=$(sql 'SELECT count(*) FROM entity')
check "the entities were committed ($n_ent)" test "$n_ent" -gt 0
check_eq "the re-scan is recorded as pending" "$n_ent" "$(sql 'SELECT count(*) FROM pending_rescan')"
check_fail_out "verify reports the pending re-scan" "await a re-scan" r verify
check_out "verify --format json counts it" "\"pending_rescans\": $n_ent" sh -c "'$RECEIPTS' verify --format json; true"
check_eq "verify left it pending" "$n_ent" "$(sql 'SELECT count(*) FROM pending_rescan')"

# a re-run of the import finds nothing to change, and still finishes it
cp "$RECEIPTS_DB" rerun.db
[ -f "$RECEIPTS_DB-wal" ] && cp "$RECEIPTS_DB-wal" rerun.db-wal
check_out "a re-run says unchanged" "0 created, 0 updated, $n_ent unchanged" \
	r --db rerun.db import-registry "$reg"
check_eq "the re-run found the mentions" 0 "$(sqlite3 rerun.db 'SELECT count(*) = 0 FROM mention')"
check_eq "the re-run cleared the record" 0 "$(sqlite3 rerun.db 'SELECT count(*) FROM pending_rescan')"

# the next command that writes finishes it
check "the next command runs" r sources --limit 1
m=$(sql 'SELECT count(*) FROM mention')
check "the mentions are found ($m)" test "$m" -gt 0
check_eq "nothing is pending" 0 "$(sql 'SELECT count(*) FROM pending_rescan')"
check_out "verify is content" "all good" r verify
check_eq "the same mentions as the re-run" "$(sqlite3 rerun.db 'SELECT count(*) FROM mention')" "$m"

# the same mentions as an import that was never interrupted
mkdir clean && (cd clean && RECEIPTS_DB="$WORK/clean/c.db" "$RECEIPTS" add -q --no-claims "$ROOT/examples/corpus" 2>/dev/null \
	&& RECEIPTS_DB="$WORK/clean/c.db" "$RECEIPTS" import-registry "$reg" >/dev/null)
check_eq "as many mentions as an uninterrupted import" "$(sqlite3 clean/c.db 'SELECT count(*) FROM mention')" "$m"

finish
