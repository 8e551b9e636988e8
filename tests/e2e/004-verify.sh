# verify: catches altered sources, altered spans and a broken audit chain
. "$(dirname "$0")/lib.sh"

for i in 1 2 3 4; do printf 'Document %s: Elbit Systems supplied drones to the Israeli military.\n' $i > d$i.txt; done
r add d1.txt d2.txt d3.txt d4.txt >/dev/null 2>&1
check_out "a sound store verifies" "4 sources, 0 spans, 4 audit entries checked: all good" r verify
check "verify --format json" python3 -c "import json,subprocess; d=json.loads(subprocess.check_output(['$RECEIPTS','verify','--format','json'])); assert d['ok'] and d['sources']==4 and d['integrity']=='ok'"

cp test.db pristine.db

# an altered extracted text
sql "UPDATE source SET text = replace(text, 'drones', 'flowers') WHERE id = 2"
check_fail_out "altered text caught" "source 2" r verify
check_fail_out "altered text explained" "extracted text was altered" r verify

# altered original bytes
cp pristine.db test.db; rm -f test.db-wal test.db-shm
sql "UPDATE source SET original = CAST('forged' AS BLOB) WHERE id = 3"
check_fail_out "altered original caught" "original bytes do not match their sha256" r verify

# text and its hash altered together: the audit log still knows
cp pristine.db test.db; rm -f test.db-wal test.db-shm
h=$(printf 'forged' | sha256sum | cut -c1-64)
sql "UPDATE source SET text = 'forged', text_sha256 = '$h' WHERE id = 1"
check_fail_out "text and hash forged together caught" "differ from the audit log" r verify

# an altered audit entry: the first break is named
cp pristine.db test.db; rm -f test.db-wal test.db-shm
check_fail "the audit log refuses an UPDATE" sql "UPDATE audit SET actor = 'mallory' WHERE seq = 3"
sql "DROP TRIGGER audit_no_update; UPDATE audit SET actor = 'mallory' WHERE seq = 3"
check_fail_out "altered audit entry caught at entry 3" "chain breaks at entry 3" r verify
cp pristine.db test.db; rm -f test.db-wal test.db-shm
sql "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq = 2"
check_fail_out "removed audit entry caught" "chain breaks at entry 3" r verify

# a claim whose quote no longer matches its source
cp pristine.db test.db; rm -f test.db-wal test.db-shm
r import-registry "$SHARED/data/registry.jsonl" >/dev/null
r claims add --source 1 --span 12-25 --company elbit-systems --relation supplies >/dev/null
check_out "a true quote verifies" "all good" r verify
sql "INSERT INTO claim(company, relation, source, start, end, evidence, created_at, updated_at) VALUES ('elbit-systems', 'supplies', 1, 12, 25, 'Elbit Sistems', 't', 't')"
check_fail_out "a false quote is caught" "claim 2: quote is not the text at bytes 12-25 of source 1" r verify

# a file that is not a database
printf 'not a database at all, just some text that is long enough to look like a file\n' > junk.db
check_fail_out "a non-database is refused clearly" "cannot open database 'junk.db'" r --db junk.db verify
finish
