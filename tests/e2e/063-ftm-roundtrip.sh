# The FollowTheMoney round trip, sources and claims too: the example
# database (with an HTML source besides its notes) exported with
# --with-text, imported into a fresh database with `import --format ftm`,
# exported again: the same entities, sources and claims (ids, names,
# identifiers, texts, quotes, amounts, statuses), and `verify` passes on
# the import. A tampered text or quote is refused with its line and
# nothing is stored; persons are skipped and counted; without the texts
# the claims are skipped and counted, never stored without a receipt.
. "$(dirname "$0")/lib.sh"
# keep: the output of the check just run, for a second look (the next
# check writes .out before its command reads it)
keep() { cp "$WORK/.out" "$WORK/kept.out"; }

# the example database, as scripts/example.sh loads it (060-ftm.sh too)
r init >/dev/null
check "registry" r import-registry "$ROOT/examples/registry.jsonl"
check "corpus" r add -q "$ROOT/examples/corpus"
check "reviews" python3 "$ROOT/scripts/apply-reviews.py" "$RECEIPTS" "$ROOT/examples/reviews.tsv"
# and a web page, whose text is not its bytes
cat > page.html <<'EOF'
<!doctype html><html><head><meta charset="utf-8"><title>Drone deal</title></head><body><h1>Drone deal</h1><p>Elbit Systems won a contract worth $120 million from the Israel Ministry of Defense to supply Hermes 900 drones in 2024.</p><p>Caf&eacute; &amp; more.</p></body></html>
EOF
check "an HTML source" r add page.html
hclaim=$(sql "SELECT c.id FROM claim c JOIN source s ON s.id = c.source WHERE s.format = 'html' LIMIT 1")
check "  with a claim, accepted" r claims accept "$hclaim"

check "export --format ftm --with-text" sh -c '"$RECEIPTS" export --format ftm --with-text > all.ftm'
# every schema and property is the FtM model's: 060-ftm.sh's list, and
# the schemas that hold a text (followthemoney/schema/Document.yaml:
# PlainText bodyText; HyperText bodyText, bodyHtml)
python3 - <<'EOF'
import json, sys
ok = True
for n, line in enumerate(open("all.ftm"), 1):
    e = json.loads(line)
    if e["schema"] in ("PlainText", "HyperText"):
        extra = set(e["properties"]) - {"name", "title", "contentHash", "publisher", "sourceUrl",
            "publishedAt", "language", "fileName", "mimeType", "fileSize", "keywords",
            "bodyText", "bodyHtml" if e["schema"] == "HyperText" else "bodyText"}
        if extra:
            print("line %d: %s" % (n, extra)); ok = False
sys.exit(not ok)
EOF
check_eq "a text schema has only the model's properties" "0" "$?"
check_eq "every source carries its text" "$(sql 'SELECT count(*) FROM source')" \
	"$(grep -c '"schema":"\(PlainText\|HyperText\)"' all.ftm)"
check_out "a web page as HyperText with its bytes" '"bodyHtml":["<!doctype html>' \
	grep '"schema":"HyperText"' all.ftm

# the round trip
export RECEIPTS_DB="$WORK/fresh.db"
# (a claim whose company is not linked to an entity is not exported: it has no
# organization to point at until an editor links it)
ncl=$(sqlite3 "$WORK/test.db" "SELECT count(*) FROM claim WHERE status != 'rejected' AND company IS NOT NULL")
nsrc=$(sqlite3 "$WORK/test.db" "SELECT count(*) FROM source")
check_out "import --format ftm into a fresh database" \
	"$nsrc sources: $nsrc added, 0 already stored, 0 without their text" r import --format ftm all.ftm
keep
check_out "  every claim but the rejected" "$ncl claims: $ncl added, 0 unchanged, 0 with a new id" cat "$WORK/kept.out"
check "export the fresh database" sh -c '"$RECEIPTS" export --format ftm --with-text > again.ftm'
check_eq "the two exports are the same, line for line (sorted)" \
	"$(sort all.ftm | md5sum)" "$(sort again.ftm | md5sum)"
check_out "  and so are their organizations, sources and claims" "same 286 17 $ncl" python3 -c '
import json
def load(f):
    return {e["id"]: e for e in map(json.loads, open(f))}
a, b = load("all.ftm"), load("again.ftm")
orgs = [k for k in a if a[k]["schema"] in ("Company", "PublicBody", "Organization")]
srcs = [k for k in a if k.startswith("rcp-src-")]
docs = [k for k in a if a[k]["schema"] == "Documentation"]
print("same" if a == b else "differ", len(orgs), len(srcs), len(docs))'
q="SELECT c.id, c.company, c.relation, coalesce(c.counterparty, ''), coalesce(c.counterparty_text, ''),
   coalesce(c.category, ''), coalesce(c.amount, ''), coalesce(c.currency, ''), coalesce(c.date, ''),
   coalesce(c.year, ''), s.sha256, c.start, c.end, c.evidence, c.status
   FROM claim c JOIN source s ON s.id = c.source WHERE c.status != 'rejected' AND c.company IS NOT NULL
   ORDER BY c.id"
check_eq "the claims' rows: ids, spans, quotes, amounts, statuses" \
	"$(sqlite3 "$WORK/test.db" "$q" | md5sum)" "$(sql "$q" | md5sum)"
check_eq "accepted stays accepted" \
	"$(sqlite3 "$WORK/test.db" "SELECT count(*) FROM claim WHERE status = 'accepted' AND company IS NOT NULL")" \
	"$(sql "SELECT count(*) FROM claim WHERE status = 'accepted'")"
check_eq "  reviewed by whoever imported, in the audit log" "tester" \
	"$(sql "SELECT DISTINCT reviewer FROM claim WHERE status = 'accepted'")"
check_eq "every claim has its claim.add entry" "$ncl" \
	"$(sql "SELECT count(*) FROM audit WHERE action = 'claim.add'")"
s="SELECT sha256, kind, title, url, publisher, published, lang, format, filename, text_sha256 FROM source ORDER BY sha256"
check_eq "the sources: bytes, texts and what is known of them" \
	"$(sqlite3 "$WORK/test.db" "$s" | md5sum)" "$(sql "$s" | md5sum)"
check_out "verify passes on the imported database" "all good" r verify
check_out "importing it again changes nothing" "0 added, $ncl unchanged" r import --format ftm all.ftm
keep
check_out "  (its organizations neither)" "0 created, 0 updated, 286 unchanged" cat "$WORK/kept.out"
check_out "stdin" "$ncl unchanged" sh -c '"$RECEIPTS" import --format ftm - < all.ftm'
check_out "into the database it came from: nothing new" "0 added, $ncl unchanged" \
	env RECEIPTS_DB="$WORK/test.db" "$RECEIPTS" import --format ftm all.ftm

# tampering: a text that is not its contentHash, a quote not in its text
python3 - <<'EOF'
import json
lines = open("all.ftm").read().splitlines()
def tamper(schema, prop, out):
    done = False
    with open(out, "w") as f:
        for n, l in enumerate(lines, 1):
            e = json.loads(l)
            if not done and e["schema"] == schema:
                v = e["properties"][prop][0]
                i = v.index(" ") # one space made two: the least change
                e["properties"][prop][0] = v[:i] + " " + v[i:]
                l = json.dumps(e, separators=(",", ":"), ensure_ascii=False)
                open(out + ".line", "w").write(str(n))
                done = True
            f.write(l + "\n")
tamper("PlainText", "bodyText", "text.ftm")
tamper("Documentation", "summary", "quote.ftm")
EOF
export RECEIPTS_DB="$WORK/tampered.db"
check_fail_out "a tampered text is refused, named by its line" \
	"line $(cat text.ftm.line): field 'properties.bodyText': the text's sha256 is" r import --format ftm text.ftm
keep
check_out "  and not its contentHash" "not its contentHash" cat "$WORK/kept.out"
check_eq "  nothing is stored" "0|0|0" \
	"$(sql "SELECT (SELECT count(*) FROM entity), (SELECT count(*) FROM source), (SELECT count(*) FROM claim)")"
check_fail_out "a tampered quote is refused, named by its line" \
	"line $(cat quote.ftm.line): field 'properties.summary': the quote is not in its source's text" \
	r import --format ftm quote.ftm
check_eq "  nothing is stored" "0|0|0" \
	"$(sql "SELECT (SELECT count(*) FROM entity), (SELECT count(*) FROM source), (SELECT count(*) FROM claim)")"

# persons: skipped, counted, never stored
export RECEIPTS_DB="$WORK/persons.db"
{ cat all.ftm; echo '{"id":"p-1","schema":"Person","properties":{"name":["Jane Roe"]}}'; } > persons.ftm
check_out "a person in the file is skipped and counted" "1 persons skipped (never stored)" \
	r import --format ftm persons.ftm
check_eq "  never stored" "0" "$(sql "SELECT count(*) FROM entity WHERE name = 'Jane Roe'")"

# without the texts: the organizations, and the claims counted, not stored
export RECEIPTS_DB="$WORK/notext.db"
env RECEIPTS_DB="$WORK/test.db" "$RECEIPTS" export --format ftm > notext.ftm
check_out "an export without --with-text" "$ncl claims skipped: source text not in the file" \
	r import --format ftm notext.ftm
keep
check_out "  its sources are listed, not stored" "$nsrc without their text (not stored)" cat "$WORK/kept.out"
check_eq "  no claim and no source stored" "0|0|286" \
	"$(sql "SELECT (SELECT count(*) FROM claim), (SELECT count(*) FROM source), (SELECT count(*) FROM entity)")"
check_fail_out "another format is a usage error" "use ftm" r import --format csv all.ftm

finish
