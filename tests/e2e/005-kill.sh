# kill -9 during a 10,000-file add: the database stays sound and a re-run adds the rest
. "$(dirname "$0")/lib.sh"

N=${RCP_KILL_FILES:-10000}
mkdir corpus
python3 - "$N" <<'PY'
import sys, random
n = int(sys.argv[1])
random.seed(7)
words = "Elbit Systems supplied drones surveillance towers to CBP ICE prison contract million".split()
for i in range(n):
    with open(f"corpus/doc{i:05d}.txt", "w") as f:
        f.write(f"Document {i}. " + " ".join(random.choice(words) for _ in range(60)) + "\n")
PY
r init >/dev/null
"$RECEIPTS" add -q corpus >add1.out 2>&1 &
pid=$!
# wait until a few hundred are in, then kill without warning
for _ in $(seq 1 600); do
	n=$(sqlite3 "$RECEIPTS_DB" 'SELECT count(*) FROM source' 2>/dev/null || echo 0)
	[ "${n:-0}" -ge 300 ] && break
	sleep 0.05
done
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
stored=$(sql 'SELECT count(*) FROM source')
check "killed part-way (stored $stored of $N)" test "$stored" -gt 0 -a "$stored" -lt "$N"
check_eq "integrity_check after kill -9" ok "$(sql 'PRAGMA integrity_check')"
check_out "verify after kill -9" "all good" r verify
# the words make claims too (Elbit Systems, a company by its shape, and the
# bodies ICE and CBP), each with its own claim.add entry
check_eq "one source.add audit entry per stored source" "$stored" "$(sql "SELECT count(*) FROM audit WHERE action = 'source.add'")"
check_eq "one claim.add audit entry per stored claim" "$(sql 'SELECT count(*) FROM claim')" "$(sql "SELECT count(*) FROM audit WHERE action = 'claim.add'")"
check_out "a re-run adds the rest" "$((N - stored)) added, $stored already stored, 0 failed" r add -q corpus
check_eq "all files stored" "$N" "$(sql 'SELECT count(*) FROM source')"
check_out "verify after the re-run" "$N sources" r verify
finish
