# Fault injection (lib/store/fault.c, in the sanitizer build): the Nth
# allocation SQLite makes, or the Nth write or fsync, fails, swept over N
# for add, import-registry, a claim review, a screening and a batch of
# fund filings (whose batch a failed store rolls back whole), until the
# command runs past every point it could fail at. After each failure:
# no crash, a clear error when the command failed, a database that passes
# integrity_check and verify; and the same command run again completes.
# In a build without fault injection (RCP_FAULT is ignored) it checks that
# and stops: the sanitizer build (make asan) is where it runs.
. "$(dirname "$0")/lib.sh"

r init >/dev/null
mkdir in
cp "$ROOT/examples/corpus/"0[1-2]*.md in/
# an import that changes the registry: two companies more, one renamed
{ sed -n '1,3p' "$ROOT/examples/registry.jsonl" | sed 's/"Elbit Systems Ltd"/"Elbit Systems Ltd (renamed)"/'
  echo '{"id": "zyfex-arms", "name": "Zyfex Arms Ltd", "kind": "company", "categories": ["military"]}'
  echo '{"id": "quorvo-detention", "name": "Quorvo Detention Services", "kind": "company", "categories": ["prisons"]}'
} > more.jsonl
r import-registry "$ROOT/examples/registry.jsonl" >/dev/null
r add -q in/01*.md >/dev/null 2>&1
claim=$(sql "SELECT id FROM claim ORDER BY id LIMIT 1")
check "the base has a claim to review" test -n "$claim"
sqlite3 test.db "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
cp test.db base.db
printf 'Name,Weight\nLockheed Martin Corp,5\nMicrosoft Corp,3\nUnknown Co,92\n' > h.csv
. "$ROOT/tests/e2e/funds.sh"
make_filings
rm filings/broken.xml

RCP_FAULT=write:1 r add -q in/02*.md > probe.out 2>&1
if ! grep -q 'fault injected' probe.out; then
	check_no "a build without fault injection ignores RCP_FAULT" 'fault injected' cat probe.out
	finish
fi
cp base.db test.db; rm -f test.db-wal test.db-shm

# sweep NAME KIND CMD...: run CMD with the KIND fault at N = 1, 2, ... 12,
# then growing by half, on a fresh copy of base.db each time
sweep() {
	local name=$1 kind=$2; shift 2
	local n=1 runs=0 bad=0 fired
	while :; do
		cp base.db test.db; rm -f test.db-wal test.db-shm
		RCP_FAULT=$kind:$n "$@" > run.out 2> run.err
		local rc=$?
		runs=$((runs + 1))
		fired=$(grep -c 'fault injected' run.err)
		if [ $rc -ge 128 ] || grep -q 'Sanitizer\|runtime error' run.err; then
			bad=$((bad + 1)); echo "$name $kind:$n crashed (exit $rc)"; sed 's/^/    | /' run.err | head -20
		elif [ $rc -ne 0 ] && ! grep -v 'fault injected' run.err | grep -q '^receipts: '; then
			bad=$((bad + 1)); echo "$name $kind:$n failed without an error message"
		fi
		local ic
		ic=$(sqlite3 test.db "PRAGMA integrity_check" 2>&1)
		if [ "$ic" != ok ]; then
			bad=$((bad + 1)); echo "$name $kind:$n integrity_check: $ic"
		fi
		# an import whose re-scan failed is committed with its re-scan
		# pending, which verify reports by design and the next writer
		# finishes (docs/architecture.md): then verify must pass after the
		# re-run instead
		local pending=0
		if ! r verify > verify.out 2>&1; then
			if [ "$(grep -c '^problem: ' verify.out)" -eq 1 ] &&
			   grep -q '^problem: registry import interrupted: .* await a re-scan' verify.out; then
				pending=1
			else
				bad=$((bad + 1)); echo "$name $kind:$n verify failed"; sed 's/^/    | /' verify.out | head
			fi
		fi
		# the same command again, without a fault, completes
		if ! "$@" > again.out 2>&1; then
			bad=$((bad + 1)); echo "$name $kind:$n re-run failed"; sed 's/^/    | /' again.out | head
		fi
		if [ $pending -eq 1 ] && ! r verify > verify.out 2>&1; then
			bad=$((bad + 1)); echo "$name $kind:$n verify failed after the re-run"; sed 's/^/    | /' verify.out | head
		fi
		[ "$fired" -eq 0 ] && break
		if [ $n -lt 12 ]; then n=$((n + 1)); else n=$((n * 3 / 2)); fi
		[ $runs -gt 60 ] && { echo "$name $kind: still failing at $n"; bad=$((bad + 1)); break; }
	done
	echo "$name $kind: $runs runs, up to $n"
	check_eq "$name under $kind faults: clean errors, database intact ($runs runs)" 0 "$bad"
}

for kind in write full sync malloc; do
	sweep add $kind r add -q in/02*.md
	sweep import $kind r import-registry more.jsonl
	sweep review $kind r claims accept "$claim"
	sweep screen $kind r screen h.csv
	sweep funds $kind r funds add -q filings
done
finish
