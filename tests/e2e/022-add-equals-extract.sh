# What `add` stores for a document is exactly what `extract` prints for it:
# for every document of ../shared/eval/dev (and two notes with amounts in
# currencies of other exponents), each candidate claim's company, relation,
# counterparty, category, year, span, amount and currency, for a company the
# registry lacks (stored in the source's words) as for a linked one. Amounts are
# compared in minor units by ISO 4217 exponent (JPY 0, USD 2, BHD 3): a
# yen amount was once stored a hundred times too large.
. "$(dirname "$0")/lib.sh"

DEV="$SHARED/eval/dev/docs"
[ -d "$DEV" ] || { check "shared eval corpus at $DEV" false; finish; }
r init >/dev/null
r import-registry "$ROOT/examples/registry.jsonl" >/dev/null
mkdir docs
cp "$DEV"/* docs/
cat > docs/yen.txt <<'TXT'
Elbit Systems signed a contract worth ¥500 million with the Israel Ministry of Defense in 2023.
TXT
cat > docs/dinar.txt <<'TXT'
Elbit Systems signed a contract worth BHD 12.345 million with the Israel Ministry of Defense in 2024.
TXT
cat > docs/unlinked.txt <<'TXT'
Acme Wehrtechnik GmbH delivered 300 rifles to the Bundeswehr in 2023.
TXT
mkdir ext
for f in docs/*; do
	r extract "$f" --format json > "ext/$(basename "$f").extract.json" 2>/dev/null
done
check "add stores every document" r add -q docs/
check_eq "no document left out" "$(ls docs | wc -l)" "$(sql 'SELECT count(*) FROM source')"
r claims list --format jsonl --limit 100000 > stored.jsonl
check "the stored claims are the extracted ones, amounts exact" python3 - <<'PY'
import glob, json, os, sqlite3
db = sqlite3.connect(os.environ["RECEIPTS_DB"])
by_file = dict(db.execute("SELECT filename, id FROM source"))
stored = {}
for line in open("stored.jsonl"):
    c = json.loads(line)
    stored.setdefault(c["source"], []).append(c)
def key(c):
    return repr((c["company"], c.get("company_name"), c["relation"], c.get("counterparty"), c.get("counterparty_name"),
                 c.get("category"), c.get("year"), c["start"], c["end"], c.get("amount_minor"),
                 c.get("currency")))
bad = 0
n = 0
for ex in sorted(glob.glob("ext/*.extract.json")):
    doc = ex[:-len(".extract.json")]
    src = [v for k, v in by_file.items() if k and k.endswith(os.path.basename(doc))]
    assert len(src) == 1, (doc, src)
    want = sorted(key(c) for c in json.load(open(ex))["claims"]
                  if (c.get("company") or c.get("company_name"))
                  and (c.get("counterparty") or c.get("counterparty_name")))
    have = sorted(key(c) for c in stored.get(src[0], []))
    n += len(want)
    if want != have:
        bad += 1
        print(doc, "\n  extract:", want, "\n  stored: ", have)
print(n, "claims compared")
assert n > 0
yen = [c for c in stored.get([v for k, v in by_file.items() if k.endswith("yen.txt")][0], [])]
assert any(c["currency"] == "JPY" and c["amount_minor"] == 500000000 and c["amount"] == 500000000
           for c in yen), yen
dinar = [c for c in stored.get([v for k, v in by_file.items() if k.endswith("dinar.txt")][0], [])]
assert any(c["currency"] == "BHD" and c["amount_minor"] == 12345000000 for c in dinar), dinar
unl = stored.get([v for k, v in by_file.items() if k.endswith("unlinked.txt")][0], [])
assert any(c["company"] is None and c["company_name"] == "Acme Wehrtechnik GmbH" for c in unl), unl
assert bad == 0, bad
PY
check_out "claims show the yen amount in yen" "500000000 JPY" r claims list --company elbit-systems
finish
