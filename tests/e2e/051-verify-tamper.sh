# verify against an operator with database access: each tampering below is
# done with the sqlite3 CLI on a copy (dropping the audit triggers where an
# attacker would) and each must be caught and named. Untampered example
# data, with reviews, edits, a response, a user and a merge, verifies.
. "$(dirname "$0")/lib.sh"

r import-registry "$ROOT/examples/registry.jsonl" >/dev/null
r add -q "$ROOT/examples/corpus" 2>/dev/null
python3 "$ROOT/scripts/apply-reviews.py" "$RECEIPTS" "$ROOT/examples/reviews.tsv" >/dev/null 2>&1
ACC=$(sql "SELECT min(id) FROM claim WHERE status = 'accepted'")
CAND=$(sql "SELECT min(id) FROM claim WHERE status = 'candidate'")
check "there are accepted ($ACC) and candidate ($CAND) claims" test -n "$ACC" -a -n "$CAND"
r claims edit "$CAND" --year 2021 >/dev/null
printf 'Microsoft said it never supplied the unit.\n' > reply.txt
r add -q --kind response reply.txt 2>/dev/null
RSRC=$(sql "SELECT id FROM source WHERE kind = 'response'")
r responses add --company microsoft --source "$RSRC" --quote "Microsoft said it never supplied the unit" >/dev/null
echo 'a long password' | r user add ed --role editor >/dev/null
r entity add zz-test-co --name "Zz Test Co" --alias "Zz Testco" >/dev/null
r entity add zz-test-dup --name "Zz Test Dup" >/dev/null
r entity merge zz-test-dup zz-test-co >/dev/null
check_out "the untampered example data verifies" "all good" r verify
check_out "every kind of row is replayed" '"records_bad": 0' r verify --format json
ANCHOR=$(r audit --head)
check_out "audit --head prints SEQ:HASH" "$(sql 'SELECT seq || ":" || hash FROM audit ORDER BY seq DESC LIMIT 1')" r audit --head
check_out "verify --head accepts the current head" "all good" r verify --head "$ANCHOR"
check_out "and the hash alone" "all good" r verify --head "${ANCHOR#*:}"
check_fail_out "a malformed anchor is a usage error" "invalid anchor" r verify --head 12:nothex
cp "$RECEIPTS_DB" pristine.db

# tamper SQL: run on a fresh copy, then verify must fail naming NEEDLE
tamper() { # DESC NEEDLE SQL [verify args]
	local d=$1 n=$2 q=$3; shift 3
	cp pristine.db t.db; rm -f t.db-wal t.db-shm
	sqlite3 t.db "$q" || { _report 1 "$d (the tampering SQL failed)"; return; }
	check_fail_out "$d" "$n" r --db t.db verify "$@"
}
S=$(sql "SELECT source FROM claim WHERE id = $ACC")
tamper "a source deleted with its mentions and claims" "source $S was added (audit entry" \
	"DELETE FROM response WHERE source = $S; DELETE FROM mention WHERE source = $S;
	 DELETE FROM claim WHERE source = $S; DELETE FROM source_page WHERE source = $S;
	 DELETE FROM source WHERE id = $S"
tamper "a claim accepted behind the log's back" "status is \"accepted\" (recorded \"candidate\")" \
	"UPDATE claim SET status = 'accepted', reviewer = 'mallory' WHERE id = $CAND"
tamper "an accepted claim given another reviewer" "reviewer is \"mallory\" (recorded" \
	"UPDATE claim SET reviewer = 'mallory' WHERE id = $ACC"
tamper "a claim moved to another company" "claim $ACC: company is \"zz-test-co\"" \
	"UPDATE claim SET company = 'zz-test-co' WHERE id = $ACC"
tamper "a claim's amount changed" "claim $ACC: amount is 1" \
	"UPDATE claim SET amount = 1, currency = 'USD' WHERE id = $ACC"
tamper "a source's URL changed" "source $S (" "UPDATE source SET url = 'https://example.org/forged' WHERE id = $S"
tamper "and the field is named" "its url differs from the audit log's record" \
	"UPDATE source SET url = 'https://example.org/forged' WHERE id = $S"
tamper "a source's title changed" "its title differs" "UPDATE source SET title = 'Forged' WHERE id = $S"
tamper "a source's date changed" "its published differs" "UPDATE source SET published = '1999-01-01' WHERE id = $S"
tamper "an entity renamed" "entity 'microsoft': name is \"Macrohard\"" \
	"UPDATE entity SET name = 'Macrohard' WHERE id = 'microsoft'"
tamper "an alias slipped in" "entity 'microsoft': aliases is" \
	"INSERT INTO alias(entity, text, flags) VALUES ('microsoft', 'Forged Alias', 0)"
tamper "an entity deleted" "entity zz-test-co was added" \
	"PRAGMA foreign_keys = OFF; DELETE FROM alias WHERE entity = 'zz-test-co';
	 UPDATE entity SET merged_into = NULL WHERE id = 'zz-test-dup'; DELETE FROM entity WHERE id = 'zz-test-co'"
tamper "a merge undone" "entity 'zz-test-dup': merged into '(nothing)'" \
	"UPDATE entity SET merged_into = NULL WHERE id = 'zz-test-dup'"
tamper "a response moved to another company" "response 1: company is \"google\"" \
	"UPDATE response SET company = 'google' WHERE id = 1"
tamper "a user made admin" "user 'ed': role is \"admin\"" "UPDATE user SET role = 'admin' WHERE name = 'ed'"
tamper "a user slipped in" "user 'mallory': no audit entry records it" \
	"INSERT INTO user(name, role, pwhash, created_at) VALUES ('mallory', 'admin', 'x', 't')"
tamper "a claim slipped in" "no audit entry records it" \
	"INSERT INTO claim(company, relation, source, start, end, evidence, created_at, updated_at)
	 SELECT company, relation, source, start, end, evidence, 't', 't' FROM claim WHERE id = $ACC"
# the tail of the log cut: the anchor kept elsewhere catches it
tamper "the last audit entries deleted (anchor)" "entries were removed from its end" \
	"DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq > (SELECT max(seq) - 3 FROM audit)" \
	--head "$ANCHOR"
tamper "the last entry rewritten with its hash (anchor)" "audit log rewritten" \
	"DROP TRIGGER audit_no_update; UPDATE audit SET hash = '$(printf '%064d' 0)' WHERE seq = (SELECT max(seq) FROM audit)" \
	--head "$ANCHOR"
# and the replay catches a cut tail on its own when rows outlive their entries
tamper "the last audit entries deleted (replay)" "have no audit entry that vouches for them" \
	"DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq > (SELECT max(seq) - 3 FROM audit)"
# a registry import's change set: one entry in the chain vouches for every change
tamper "a change of an import's change set rewritten" "do not match" \
	"DROP TRIGGER audit_change_no_update; UPDATE audit_change SET payload = replace(payload, 'Microsoft', 'Macrosoft') WHERE object = 'entity/microsoft'"
tamper "a change removed from a change set" "do not match" \
	"DROP TRIGGER audit_change_no_delete; DELETE FROM audit_change WHERE object = 'entity/palantir'"
tamper "a change slipped into a change set" "do not match" \
	"INSERT INTO audit_change SELECT seq, 'entity/zzz', action, payload FROM audit_change LIMIT 1"
finish
