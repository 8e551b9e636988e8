# FollowTheMoney out and in, on the example database: export --format ftm
# [--accepted] (every line parses, every schema and property name is the
# FtM model's, candidates only without --accepted), import-registry
# --format ftm into a fresh database and export again (the same
# organizations: ids, names, identifiers), persons never stored, and the
# spreadsheet import.
. "$(dirname "$0")/lib.sh"

# the example database, as scripts/example.sh loads it
r init >/dev/null
check "registry" r import-registry "$ROOT/examples/registry.jsonl"
check "corpus" r add -q "$ROOT/examples/corpus"
check "reviews" python3 "$ROOT/scripts/apply-reviews.py" "$RECEIPTS" "$ROOT/examples/reviews.tsv"

check "export --format ftm" sh -c '"$RECEIPTS" export --format ftm > all.ftm'
check "export --format ftm --accepted" sh -c '"$RECEIPTS" export --format ftm --accepted > pub.ftm'
check_fail_out "another format is a usage error" "use ftm" r export --format csv

# The FtM model's schemas and, per schema, every property name it allows
# (its own and inherited), as followthemoney/schema/*.yaml define them
# (Thing, LegalEntity, Organization, Company, PublicBody, Asset, Value,
# Interval, Interest, Ownership, ContractAward, Contract, Payment,
# UnknownLink, Documentation, Document, Article); leiCode, authority and
# title as the model's defaultModel.json gives them.
cat > model.py <<'EOF'
THING = {"name", "summary", "description", "country", "alias", "previousName",
         "weakAlias", "sourceUrl", "publisher", "publisherUrl", "alephUrl",
         "wikipediaUrl", "wikidataId", "keywords", "topics", "address",
         "addressEntity", "program", "notes", "proof", "indexText", "modifiedAt",
         "retrievedAt"}
LEGAL_ENTITY = THING | {"email", "phone", "website", "legalForm", "incorporationDate",
         "dissolutionDate", "taxStatus", "status", "sector", "classification",
         "registrationNumber", "idNumber", "taxNumber", "vatCode", "jurisdiction",
         "mainCountry", "opencorporatesUrl", "bvdId", "icijId", "okpoCode", "innCode",
         "dunsCode", "swiftBic", "parent", "subsidiaries", "passport", "leiCode"}
ORGANIZATION = LEGAL_ENTITY | {"cageCode", "permId", "imoNumber", "giiNumber"}
VALUE = {"amount", "currency", "amountUsd", "amountEur"}
ASSET = THING | VALUE
COMPANY = ORGANIZATION | ASSET | {"jurisdiction", "registrationNumber", "capital",
         "voenCode", "coatoCode", "irsCode", "ipoCode", "cikCode", "jibCode", "mbsCode",
         "ibcRuc", "caemCode", "kppCode", "okvedCode", "okopfCode", "fnsCode", "fssCode",
         "bikCode", "pfrNumber", "oksmCode", "isinCode", "ticker"}
INTERVAL = {"startDate", "endDate", "date", "summary", "recordId", "sourceUrl"}
INTEREST = INTERVAL | {"role", "status"}
DOCUMENT = THING | {"contentHash", "title", "author", "generator", "crawler", "fileSize",
         "fileName", "extension", "encoding", "messageId", "mimeType", "language",
         "detectedLanguage", "date", "authoredAt", "publishedAt", "parent", "ancestors",
         "namesMentioned", "ibanMentioned", "ipMentioned", "locationMentioned",
         "phoneMentioned", "emailMentioned", "processingStatus", "processingError"}
MODEL = {
    "Company": COMPANY,
    "Organization": ORGANIZATION,
    "PublicBody": ORGANIZATION,
    "Ownership": INTEREST | {"owner", "asset", "percentage", "sharesCount", "sharesValue",
                             "sharesCurrency", "sharesType", "legalBasis", "ownershipType"},
    "ContractAward": INTEREST | VALUE | {"supplier", "contract", "callForTenders",
                             "lotNumber", "documentNumber", "documentType",
                             "decisionReason", "cpvCode", "nutsCode", "amended"},
    "Contract": ASSET | {"authority", "title", "contractDate", "type", "procedureNumber",
                         "status", "classification"},
    "Payment": INTERVAL | VALUE | {"sequenceNumber", "transactionNumber", "purpose",
                                   "programme", "payer", "payerAccount", "beneficiary",
                                   "beneficiaryAccount"},
    "UnknownLink": INTEREST | {"subject", "object"},
    "Documentation": INTEREST | {"document", "entity"},
    "Document": DOCUMENT,
    "Article": DOCUMENT,
}
EOF

cat > check.py <<'EOF'
import json, sys
sys.path.insert(0, ".")
from model import MODEL
bad = 0
ids = set()
for n, line in enumerate(open(sys.argv[1]), 1):
    e = json.loads(line)
    if set(e) != {"id", "schema", "properties"}:
        print("line %d: keys %s" % (n, sorted(e))); bad += 1
    if e["schema"] not in MODEL:
        print("line %d: schema %s" % (n, e["schema"])); bad += 1; continue
    if e["id"] in ids:
        print("line %d: id %s twice" % (n, e["id"])); bad += 1
    ids.add(e["id"])
    for k, v in e["properties"].items():
        if k not in MODEL[e["schema"]]:
            print("line %d: %s has no property %s" % (n, e["schema"], k)); bad += 1
        if not (isinstance(v, list) and v and all(isinstance(x, str) and x for x in v)):
            print("line %d: %s is not a list of strings" % (n, k)); bad += 1
print("%d lines, %d problems" % (n, bad))
sys.exit(bad != 0)
EOF
check_out "every line parses; every schema and property is the model's" "0 problems" \
	python3 check.py all.ftm
check_out "the public export too" "0 problems" python3 check.py pub.ftm

# candidates: only without --accepted, and marked; rejected claims never
# (a claim whose company is not linked to an entity is not exported: it has no
# organization to point at until an editor links it)
ncand=$(sql "SELECT count(*) FROM claim WHERE status = 'candidate' AND company IS NOT NULL")
nacc=$(sql "SELECT count(*) FROM claim WHERE status = 'accepted' AND company IS NOT NULL")
check "the example has candidate and accepted claims" test "$ncand" -gt 0 -a "$nacc" -gt 0
check_eq "every claim but the rejected has its Documentation" "$((ncand + nacc))" \
	"$(grep -c '"schema":"Documentation"' all.ftm)"
check_eq "--accepted: the accepted claims only" "$nacc" \
	"$(grep -c '"schema":"Documentation"' pub.ftm)"
check_eq "no candidate in the public export" "0" "$(grep -c 'candidate' pub.ftm)"
check_eq "candidates are marked status candidate" "$ncand" \
	"$(grep '"schema":"Documentation"' all.ftm | grep -c '"status":\["candidate"\]')"
rej=$(sql "SELECT id FROM claim WHERE status = 'rejected' LIMIT 1")
check "a rejected claim is never exported" test -n "$rej"
check_eq "  (claim $rej)" "0" "$(grep -c "\"rcp-claim-$rej\"" all.ftm)"
q=$(sql "SELECT evidence FROM claim WHERE status = 'accepted' ORDER BY id LIMIT 1")
check "the quote is verbatim in its Documentation" python3 -c '
import json, sys
q = sys.argv[1]
docs = [json.loads(l) for l in open("pub.ftm") if "\"Documentation\"" in l]
sys.exit(not any(q in d["properties"]["summary"] for d in docs))' "$q"
sha=$(sql "SELECT s.sha256 FROM claim c JOIN source s ON s.id = c.source WHERE c.status = 'accepted' LIMIT 1")
check_out "a source carries its sha256 as contentHash" "\"contentHash\":[\"$sha\"]" cat pub.ftm
check_out "ids are stable: the same export twice" "same" sh -c \
	'"$RECEIPTS" export --format ftm | cmp -s - all.ftm && echo same'
check_out "an organization's identifiers" '"isinCode":["IL0010811243"]' grep '"rcp-org-elbit-systems"' all.ftm
check_out "a subsidiary's parent Ownership" '"asset":["rcp-org-adallom"]' grep '"rcp-parent-adallom"' all.ftm

# the round trip: export, import into a fresh database, export again
check_out "import-registry --format ftm" "286 created" \
	env RECEIPTS_DB="$WORK/fresh.db" "$RECEIPTS" import-registry --format ftm all.ftm
check "export the fresh database" env RECEIPTS_DB="$WORK/fresh.db" sh -c \
	'"$RECEIPTS" export --format ftm > again.ftm'
check_out "the same organizations, names, identifiers and parents" "same" python3 -c '
import json
def orgs(f):
    return {e["id"]: e for e in map(json.loads, open(f))
            if e["schema"] in ("Company", "PublicBody", "Organization")
            or e["id"].startswith("rcp-parent-")}
a, b = orgs("all.ftm"), orgs("again.ftm")
print("same" if a == b and len(a) == 315 else "differ: %d %d" % (len(a), len(b)))'
check_eq "entity ids survive" "$(r entity list --format csv | cut -d, -f1 | sort | md5sum)" \
	"$(RECEIPTS_DB=$WORK/fresh.db r entity list --format csv | cut -d, -f1 | sort | md5sum)"
check_out "importing it again changes nothing" "0 created, 0 updated, 286 unchanged" \
	env RECEIPTS_DB="$WORK/fresh.db" "$RECEIPTS" import-registry --format ftm all.ftm

# persons are skipped, counted, never stored; Ownership makes a parent
cat > os.ftm <<'EOF'
{"id":"NK-acme","schema":"Company","properties":{"name":["Acme Defense Ltd"],"alias":["Acme"],"weakAlias":["ACM"],"jurisdiction":["gb"],"isinCode":["US0378331005"],"leiCode":["5493001KJTIIGC8Y1R12"]}}
{"id":"NK-jdoe","schema":"Person","properties":{"name":["Jane Roe"],"nationality":["gb"]}}
{"id":"NK-hold","schema":"Organization","properties":{"name":["Acme Holdings"],"country":["us"]}}
{"id":"own-1","schema":"Ownership","properties":{"owner":["NK-hold"],"asset":["NK-acme"]}}
{"id":"own-2","schema":"Ownership","properties":{"owner":["NK-jdoe"],"asset":["NK-hold"],"percentage":["100"]}}
{"id":"addr-1","schema":"Address","properties":{"full":["1 Main Street"]}}
EOF
export RECEIPTS_DB="$WORK/os.db"
check_out "an OpenSanctions-style file" "1 persons skipped (never stored)" \
	r import-registry --format ftm os.ftm
check_eq "no person stored" "0" "$(sql "SELECT count(*) FROM entity WHERE name = 'Jane Roe'")"
check_eq "two organizations" "2" "$(sql 'SELECT count(*) FROM entity')"
check_eq "ids are slugs of the FtM ids" "nk-acme nk-hold" "$(sql 'SELECT id FROM entity ORDER BY id' | tr '\n' ' ' | sed 's/ $//')"
check_eq "the owner is the parent" "nk-hold" "$(sql "SELECT parent FROM entity WHERE id = 'nk-acme'")"
check_eq "weakAlias is an ambiguous alias" "2" "$(sql "SELECT flags FROM alias WHERE text = 'ACM'")"
check_eq "identifiers" "isin lei" "$(sql "SELECT group_concat(scheme, ' ') FROM (SELECT scheme FROM identifier WHERE entity = 'nk-acme' ORDER BY scheme)")"
check_eq "audited as one change set of two creations" "1|2" \
	"$(sql "SELECT count(*) || '|' || (SELECT count(*) FROM audit_change WHERE action = 'entity.create') FROM audit WHERE action = 'registry.import'")"
printf '{"id":"x","schema":"Company","properties":{"name":["A"]}}\n{"id":"y","schema":"Company","properties":{"alias":["B"]}}\n' > bad.ftm
check_fail_out "a bad line is named with its number and field" \
	"line 2: field 'properties.name': missing or empty" r import-registry --format ftm bad.ftm
check_eq "  and nothing is imported" "2" "$(sql 'SELECT count(*) FROM entity')"
printf '{"id":"x","schema":"Company","properties":{"name":"A"}}\n{"schema":"Company"}\n' > bad2.ftm
check_fail_out "a line without a schema or id" "line 2: field 'id'" \
	r import-registry --format ftm bad2.ftm

# spreadsheets: header names in French, Spanish, German; --columns
export RECEIPTS_DB="$WORK/csv.db"
printf 'Nom;Pays;Code ISIN;Catégorie;Alias;Liste\nThales SA;FR;FR0000121329;military;Thales|Thalès;afsc-2025-07\n' > fr.csv
check_out "a French sheet" "1 created" r import-registry --format csv fr.csv
check_eq "  its columns" "thales-sa|Thales SA|FR" "$(sql "SELECT id, name, country FROM entity")"
check_eq "  its identifier, category, aliases, list" "FR0000121329|military|2|afsc-2025-07" \
	"$(sql "SELECT (SELECT value FROM identifier), (SELECT category FROM entity_category), (SELECT count(*) FROM alias), (SELECT list FROM entity_list)")"
printf 'Nombre,País,LEI\n"Indra Sistemas, S.A.",ES,959800AWFYJQ5DG7SY70\n' > es.csv
check_out "a Spanish sheet" "1 created" r import-registry --format csv es.csv
printf 'Name\tLand\tTicker\nRheinmetall AG\tDE\tXETRA:RHM\n' > de.csv
check_out "a German sheet (tabs)" "1 created" r import-registry --format csv de.csv
printf 'a,b,c\nx,Leonardo SpA,IT\n' > cols.csv
check_out "--columns" "1 created" r import-registry --format csv --columns name=2,country=3 cols.csv
check_eq "  by number" "IT" "$(sql "SELECT country FROM entity WHERE id = 'leonardo-spa'")"
printf 'Nom;Pays\nA;FR\nB;France\n' > badc.csv
check_fail_out "a bad record named with its line and field" "line 3: field 'country'" \
	r import-registry --format csv badc.csv
printf 'x;y\n1;2\n' > noname.csv
check_fail_out "a sheet without a name column" "no name column" r import-registry --format csv noname.csv
check_fail_out "--columns without csv" "--columns goes with --format csv" \
	r import-registry --format ftm --columns name=1 noname.csv
# registration numbers: read from JSON lines, CSV and FtM, written as FtM registrationNumber
printf '{"id":"reg-co","name":"Reg Co GmbH","registration":["HRB 12345"]}\n' > reg.jsonl
check "a registration number in a registry line" env RECEIPTS_DB="$WORK/reg.db" "$RECEIPTS" import-registry reg.jsonl
check_out "exported as registrationNumber" '"registrationNumber":["HRB 12345"]' \
	env RECEIPTS_DB="$WORK/reg.db" "$RECEIPTS" export --format ftm
env RECEIPTS_DB="$WORK/reg.db" "$RECEIPTS" export --format ftm > reg.ftm
check "and read back from FtM" env RECEIPTS_DB="$WORK/reg2.db" "$RECEIPTS" import-registry --format ftm reg.ftm
check_eq "the same identifier" "registration|HRB 12345" \
	"$(sqlite3 "$WORK/reg2.db" "SELECT scheme || '|' || value FROM identifier WHERE scheme = 'registration'")"
printf 'Name,Handelsregisternummer\nZweite GmbH,HRB 999\n' > reg.csv
check "a CSV column named in German" env RECEIPTS_DB="$WORK/reg3.db" "$RECEIPTS" import-registry --format csv reg.csv
check_eq "is a registration number" "HRB 999" \
	"$(sqlite3 "$WORK/reg3.db" "SELECT value FROM identifier WHERE scheme = 'registration'")"
printf '{"id":"bad-reg","name":"Bad Reg","registration":["<script>"]}\n' > badreg.jsonl
check_fail_out "a malformed one is refused, naming the field" "field 'registration'" \
	env RECEIPTS_DB="$WORK/reg4.db" "$RECEIPTS" import-registry badreg.jsonl
finish
