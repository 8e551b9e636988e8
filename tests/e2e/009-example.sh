# The README's first command, without its set-up: scripts/example.sh against
# the binary under test, stopping before it serves.
. "$(dirname "$0")/lib.sh"
export NO_SETUP=1 SERVE=0 RECEIPTS_DB="$WORK/example.db"
(cd "$ROOT" && bash scripts/example.sh) > example.out 2> example.err
check_eq "example.sh exits 0" 0 $?
check_out "the corpus is stored" "16 added" cat example.out example.err
check_out "candidate claims are listed" "candidate" cat example.out
check_out "every recorded decision meets its candidate" "accepted 13 claims" cat example.out
check_no "no decision is left over" "met no candidate" cat example.out example.err
check_out "verify passes" "all good" cat example.out
check_out "the screening report has its grade" "grade       F" cat example.out
check_out "a flag carries an accepted quote" '"Microsoft supplied cloud storage and computing on Azure to Unit 8200 from 2022."' cat example.out
# every flag says why, on the example portfolio (accepted claims first)
r screen "$ROOT/examples/portfolio.csv" --format json > flagged.json
check "every flagged company has reasons" python3 -c "
import json
d = json.load(open('flagged.json'))
assert d['flagged']
for f in d['flagged']:
    assert f['reasons'], f['id']
ms = [f for f in d['flagged'] if f['id'] == 'microsoft'][0]
assert ms['reasons'][0]['kind'] == 'claim', ms['reasons'][0]
"
finish
