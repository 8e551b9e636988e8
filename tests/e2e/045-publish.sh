# receipts publish DIR: the public edition as a static site. Every link on
# every page resolves when a plain static file server serves the directory;
# candidates and account names never appear; the data file is FtM; a
# second publish replaces the first; a foreign directory is refused. Then a
# browser reads it.
. "$(dirname "$0")/lib.sh"
r init >/dev/null
r import-registry "$ROOT/examples/registry.jsonl" >/dev/null
r add -q "$ROOT/examples/corpus" 2>/dev/null
python3 "$ROOT/scripts/apply-reviews.py" "$RECEIPTS" "$ROOT/examples/reviews.tsv" >/dev/null
check "publish writes the site" r publish site --url https://example.org/
check_out "published again unchanged, it rewrites nothing" '0 files written' r publish site --url https://example.org/
check_out "the sitemap has absolute addresses" '<loc>https://example.org/companies/microsoft/</loc>' cat site/sitemap.xml
check_fail "a --url that is not http(s) is refused" r publish site --url 'javascript:x'
check "the search index parses and has companies with claims" python3 -c "
import json
d = json.load(open('site/search-index.json'))
assert any(c['claims'] for c in d['companies'])
assert any(c['id'] == 'microsoft' for c in d['companies'])"
check_no "no candidate's quote in the search index" "$(sql "SELECT evidence FROM claim WHERE status = 'candidate' AND source NOT IN (SELECT source FROM claim WHERE status = 'accepted') LIMIT 1")" cat site/search-index.json
for f in index.html search/index.html search-index.json sitemap.xml companies/index.html companies/microsoft/index.html companies/microsoft/profile.json \
	companies/microsoft/claims.csv companies/microsoft/entity.ftm.jsonl categories/prisons/index.html static/style.css static/app.js \
	favicon.ico data/receipts.ftm.jsonl; do
	check "site has $f" test -s "site/$f"
done
acc=$(sql "SELECT count(DISTINCT source) FROM claim WHERE status = 'accepted'")
check "every source an accepted claim cites has its page" test "$(ls site/sources | wc -l)" -ge "$acc"
cand=$(sql "SELECT evidence FROM claim WHERE status = 'candidate' AND source NOT IN (SELECT source FROM claim WHERE status = 'accepted') LIMIT 1")
check_no "no candidate claim's quote on the profiles" "$cand" sh -c 'cat site/companies/*/index.html'
check "no account names (reviewer, added_by) in the JSON" python3 -c "
import glob, json
def walk(v):
    if isinstance(v, dict):
        for k, x in v.items():
            assert not (k in ('reviewer', 'added_by') and x), (k, x)
            walk(x)
    elif isinstance(v, list):
        for x in v: walk(x)
for f in glob.glob('site/companies/*/profile.json'): walk(json.load(open(f)))"
check_no "no links to the server's search, screening or login" 'href="/search\|href="/screen\|href="/login\|href="/review' \
	sh -c 'cat site/index.html site/companies/microsoft/index.html'
check "a company's FtM part holds it, its claims and their documents, all in the whole export" python3 -c "
import json
whole = {json.loads(l)['id'] for l in open('site/data/receipts.ftm.jsonl')}
part = [json.loads(l) for l in open('site/companies/palantir/entity.ftm.jsonl')]
ids = {e['id'] for e in part}
assert 'rcp-org-palantir' in ids and ids <= whole, ids - whole
schemas = {e['schema'] for e in part}
assert 'Documentation' in schemas and ('Article' in schemas or 'Document' in schemas), schemas
# every claim in the part is one of Palantir's: it names the company
for e in part:
    if e['id'].startswith('rcp-claim-'):
        assert 'rcp-org-palantir' in sum(e['properties'].values(), []), e"
check "the data file is FtM JSON lines" python3 -c "
import json,sys
n=0
for line in open('site/data/receipts.ftm.jsonl'):
    e=json.loads(line); assert e['id'] and e['schema'] and isinstance(e['properties'], dict); n+=1
assert n > 10, n"

# every link and asset on every page resolves under a plain static server
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
(cd site && exec python3 -m http.server --bind 127.0.0.1 "$port" >/dev/null 2>&1) &
SITE_PID=$!
trap 'kill $SITE_PID 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
check "every internal link resolves (crawl from /)" python3 - "http://127.0.0.1:$port" <<'PY'
import re, sys, urllib.request, urllib.parse
base = sys.argv[1]
seen, todo, bad = set(), ['/'], []
while todo:
    path = todo.pop()
    if path in seen:
        continue
    seen.add(path)
    try:
        with urllib.request.urlopen(base + path) as r:
            body = r.read().decode('utf-8', 'replace')
            ctype = r.headers.get('Content-Type', '')
    except Exception as e:
        bad.append((path, str(e)))
        continue
    if 'html' not in ctype:
        continue
    for href in re.findall(r'(?:href|src)="([^"]+)"', body):
        href = href.replace('&#x2F;', '/').replace('&#x3F;', '?').replace('&#x3D;', '=')
        if href.startswith('http') or href.startswith('#') or href.startswith('mailto:'):
            continue
        href = urllib.parse.urljoin(path, href.split('#')[0])
        if href not in seen:
            todo.append(href)
print(len(seen), 'pages and files,', len(bad), 'broken')
for b in bad[:10]:
    print('broken:', b)
sys.exit(1 if bad or len(seen) < 50 else 0)
PY

# a browser reads the site
if have_browser "the site walk"; then
	ART="$ROOT/tests/artifacts/$(basename "$(dirname "$RECEIPTS")")/site"
	node "$ROOT/tests/browser/site.js" "http://127.0.0.1:$port/" "$ART" >walk.out 2>&1
	cat walk.out
	grep -Eq '^[0-9]+ passed, [0-9]+ failed$' walk.out || _report 1 "the site walk printed no tally"
fi

# publishing again replaces the site; a foreign directory is refused
r claims reject "$(sql "SELECT id FROM claim WHERE status = 'accepted' AND company = 'microsoft' LIMIT 1")" >/dev/null
check "publish over its own site" r publish site
mkdir other && echo mine > other/notes.txt
check_fail_out "a directory it did not make is refused" 'not an empty directory' r publish other
check_eq "and left as it was" mine "$(cat other/notes.txt)"
touch plainfile
check_fail "a file is not a directory" r publish plainfile
finish
