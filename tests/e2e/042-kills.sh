# A hundred kill -9s at random moments: 25 each during `add` (sources,
# mentions, claims), `import-registry` (entities, then their mentions in
# the stored sources), claim reviews, and `serve` in the middle of editors'
# reviews and screenings. After every kill the database passes
# integrity_check and verify; at the end, re-running each command
# completes the work. RCP_KILLS sets the number of kills (default 100).
. "$(dirname "$0")/lib.sh"
. "$ROOT/tests/e2e/web.sh"

export ROOT
KILLS=${RCP_KILLS:-100}
per=$((KILLS / 4))
r init >/dev/null
r import-registry "$ROOT/examples/registry.jsonl" >/dev/null
mkdir corpus
python3 - <<'PY'
import os, random
random.seed(11)
notes = sorted(os.listdir(os.environ["ROOT"] + "/examples/corpus"))
texts = [open(os.environ["ROOT"] + "/examples/corpus/" + n, encoding="utf-8").read() for n in notes]
for i in range(400):
    t = texts[i % len(texts)]
    with open(f"corpus/n{i:04d}.md", "w", encoding="utf-8") as f:
        f.write(f"# Note {i}\n\n" + t + f"\n\nRevision {i}: " + str(random.random()) + "\n")
PY
# registries that change every round: new names the stored sources mention
python3 - <<'PY'
import json, random
random.seed(5)
words = ["Arden", "Brisk", "Corvel", "Dunmore", "Eskar", "Falk", "Gorran", "Halvex"]
for k in range(4):
    with open(f"reg{k}.jsonl", "w") as f:
        for i in range(3000):
            name = f"{random.choice(words)} {random.choice(words)} Systems {k}-{i}"
            f.write(json.dumps({"id": f"gen-{i}", "name": name, "kind": "company",
                                "categories": ["military"]}) + "\n")
        # a name the example notes mention, on a changing company
        f.write(json.dumps({"id": "gen-elbit", "name": "Elbit", "kind": "company",
                            "aliases": [f"Elbit alias {k}"], "categories": ["military"]}) + "\n")
PY

bad=0
# after_kill WHAT: the checks every kill is followed by
after_kill() {
	local ic
	ic=$(sql 'PRAGMA integrity_check' 2>&1)
	if [ "$ic" != ok ]; then bad=$((bad + 1)); echo "$1: integrity_check: $ic"; fi
	if ! r verify > verify.out 2>&1; then
		bad=$((bad + 1)); echo "$1: verify failed"; sed 's/^/    | /' verify.out | head
	fi
}
# kill_after CMD...: run CMD in the background, kill -9 it after a random
# 0.05 to 1 s (it may have finished)
kill_after() {
	"$@" > /dev/null 2>&1 &
	local pid=$!
	sleep "0.$(printf '%02d' $((RANDOM % 95 + 5)))"
	kill -9 "$pid" 2>/dev/null
	{ wait "$pid"; } 2>/dev/null
}

RANDOM=42
for i in $(seq "$per"); do
	kill_after "$RECEIPTS" add -q corpus
	after_kill "add kill $i"
done
check_eq "$per kills during add: sound each time" 0 "$bad"
stored=$(sql 'SELECT count(*) FROM source')
check_out "a re-run of add completes" "0 failed" r add -q corpus
check_eq "every file stored" 400 "$(sql 'SELECT count(*) FROM source')"

bad=0
for i in $(seq "$per"); do
	kill_after "$RECEIPTS" import-registry "reg$((i % 4)).jsonl"
	after_kill "import kill $i"
done
check_eq "$per kills during import-registry: sound each time" 0 "$bad"
check "a re-run of import-registry completes" r import-registry reg0.jsonl
check "and again, unchanged" r import-registry reg0.jsonl
# the mentions of the imported companies are those a fresh store finds
want=$(sql "SELECT count(*) FROM mention WHERE entity = 'gen-elbit'")
check "the re-imported company has its mentions ($want)" test "$want" -gt 0

bad=0
ids=$(sql "SELECT id FROM claim ORDER BY id LIMIT 40" | tr '\n' ' ')
review_loop() {
	while :; do
		for id in $ids; do
			"$RECEIPTS" claims accept "$id" >/dev/null 2>&1
			"$RECEIPTS" claims reopen "$id" >/dev/null 2>&1
			"$RECEIPTS" claims reject "$id" >/dev/null 2>&1
			"$RECEIPTS" claims reopen "$id" >/dev/null 2>&1
		done
	done
}
check "there are claims to review" test -n "$ids"
for i in $(seq "$per"); do
	review_loop &
	loop=$!
	sleep "0.$(printf '%02d' $((RANDOM % 95 + 5)))"
	# stop the loop (it starts nothing more), kill the review it runs
	kill -STOP "$loop" 2>/dev/null
	kids=$(pgrep -P "$loop")
	pkill -9 -P "$loop" 2>/dev/null
	kill -9 "$loop" 2>/dev/null
	{ wait "$loop"; } 2>/dev/null
	# the review is not our child, so nothing waited for it: a killed
	# process keeps its locks until the kernel has torn it down (slow for
	# a sanitizer build's mappings), so wait until it is gone
	for k in $kids; do timeout 5 tail --pid="$k" -f /dev/null 2>/dev/null; done
	after_kill "review kill $i"
done
check_eq "$per kills during reviews: sound each time" 0 "$bad"
first=$(echo "$ids" | awk '{print $1}')
check "a review after them completes" r claims accept "$first"

bad=0
echo "editor pass 1" | r user add ed --role editor >/dev/null
printf 'Name,Weight\nLockheed Martin Corp,5\nElbit Systems,3\nMicrosoft,2\nUnknown Co,90\n' > h.csv
for i in $(seq "$per"); do
	serve
	login ed "editor pass 1" ed.jar
	for id in $ids; do
		curl -s -o /dev/null -b ed.jar --data "action=accept&csrf=$CSRF" "${URL}review/$id" &
		curl -s -o /dev/null --data-binary @h.csv "${URL}api/v1/screen" &
	done
	sleep "0.$(printf '%02d' $((RANDOM % 50 + 5)))"
	kill -9 "$SERVER_PID" 2>/dev/null
	wait "$SERVER_PID" 2>/dev/null
	SERVER_PID=
	wait 2>/dev/null
	after_kill "serve kill $i"
	r claims reopen $ids >/dev/null 2>&1
done
check_eq "$per kills of serve mid-request: sound each time" 0 "$bad"
serve
check_eq "the server starts again and answers" 200 "$(status api/v1/screen --data-binary @h.csv)"
finish
