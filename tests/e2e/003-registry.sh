# import-registry and entity list
. "$(dirname "$0")/lib.sh"

check_out "shared registry imports" "181 created" r import-registry "$SHARED/data/registry.jsonl"
check_out "re-import changes nothing" "0 created, 0 updated, 181 unchanged" r import-registry "$SHARED/data/registry.jsonl"
check_out "example registry imports" "entities" r import-registry "$ROOT/examples/registry.jsonl"
n=$(sql 'SELECT count(*) FROM entity'); audit=$(sql 'SELECT count(*) FROM audit')

# a broken line: named by number, nothing imported
{ head -n 5 "$SHARED/data/registry.jsonl"
  printf '{"id": "new-co", "name": "New Co"}\n'
  printf '{"id": "broken-co", "name": "Broken", "isin": ["US0000000001"]}\n'
  printf '{"id": "later-co", "name": "Later Co"}\n'; } > broken.jsonl
check_fail_out "bad ISIN named by line and field" "line 7: field 'isin'" r import-registry broken.jsonl
check_fail_out "the error says nothing was imported" "nothing was imported" r import-registry broken.jsonl
check_eq "no entity added" "$n" "$(sql 'SELECT count(*) FROM entity')"
check_eq "new-co not imported" 0 "$(sql "SELECT count(*) FROM entity WHERE id='new-co'")"
check_eq "no audit entry added" "$audit" "$(sql 'SELECT count(*) FROM audit')"
printf '{"id": "x-co", "name": "X"}\n{"id": "y-co", "name": \n' > badjson.jsonl
check_fail_out "bad JSON named by line" "line 2: not valid JSON" r import-registry badjson.jsonl

# entity list
r entity list --format jsonl > entities.jsonl
check_eq "entity list has every entity" "$n" "$(wc -l < entities.jsonl)"
check "entity list lines carry id, name, aliases, identifiers" python3 -c "
import json,sys
for l in open('entities.jsonl'):
    e=json.loads(l)
    assert {'id','name','aliases','identifiers','kind','categories'} <= set(e), e
e={json.loads(l)['id']:json.loads(l) for l in open('entities.jsonl')}
m=e['microsoft']
assert any(i['scheme']=='isin' and i['value']=='US5949181045' for i in m['identifiers'])
assert any(a['text']=='Microsoft Corporation' for a in m['aliases']) or m['aliases']
"
check_out "entity show" "elbit-systems" r entity show elbit-systems
check_fail_out "entity show of a missing id" "no such entity 'nobody'" r entity show nobody
check_out "filter by category" "geo-group" r entity list --category prisons
check_eq "kind filter" 0 "$(r entity list --kind police --format jsonl | grep -c '"kind": "company"')"

# the export re-imports unchanged: the canonical shape round-trips
check_out "entity list output re-imports unchanged" "0 created, 0 updated" r import-registry entities.jsonl
check_out "verify" "all good" r verify
finish
