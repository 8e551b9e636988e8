# receipts search over the example corpus and ../shared/eval/dev: stems,
# diacritics, phrases, exclusion, OR, prefixes, filters, snippets, errors
. "$(dirname "$0")/lib.sh"

r add -q "$ROOT/examples/corpus" >/dev/null 2>&1
[ -d "$SHARED/eval/dev/docs" ] && r add -q "$SHARED/eval/dev/docs" >/dev/null 2>&1
[ -d "$SHARED/corpus/seeds" ] && r add -q "$SHARED/corpus/seeds" >/dev/null 2>&1
n=$(sql 'SELECT count(*) FROM source')
check "corpus stored" test "$n" -ge 15
check_eq "every source is indexed" "$n" "$(sql 'SELECT count(*) FROM source_fts_docsize')"
check_eq "languages detected or given" 0 "$(sql "SELECT count(*) FROM source WHERE lang IS NULL")"
check "French sources detected as French" test "$(sql "SELECT count(*) FROM source WHERE lang='fr'")" -ge 4
check_eq "the index counts its sources per language" "$n" "$(sql 'SELECT sum(docs) FROM search_lang')"
check_eq "the count per language is the sources'" "$(sql "SELECT group_concat(lang || ':' || n) FROM (SELECT coalesce(lang, '') lang, count(*) n FROM source GROUP BY 1 ORDER BY 1)")" \
	"$(sql "SELECT group_concat(lang || ':' || docs) FROM (SELECT * FROM search_lang ORDER BY lang)")"
# a database from before the count (schema 2, so without migration 4's
# column either) gets it when it is opened
sql "DROP TABLE search_lang; ALTER TABLE claim DROP COLUMN counterparty_text; DELETE FROM source_fts_config WHERE k = 'hashsize'; DROP TABLE search_doclen; PRAGMA user_version = 2" >/dev/null
check "a schema 2 database is migrated" r search --limit 1 elbit
check_eq "the migration counts the sources" "$n" "$(sql 'SELECT sum(docs) FROM search_lang')"
check_eq "and the later migrations run too" 1 "$(sql "SELECT count(*) FROM pragma_table_info('claim') WHERE name = 'counterparty_text'")"
check_eq "the index gathers 64 MiB before it writes a segment" 67108864 "$(sql "SELECT v FROM source_fts_config WHERE k = 'hashsize'")"
check_eq "document lengths are noted for every block of sources" "$(sql 'SELECT count(DISTINCT id >> 10) FROM source_fts_docsize')" "$(sql 'SELECT count(*) FROM search_doclen')"
check_eq "and the index still answers" 1 "$(r search --format jsonl --limit 1 elbit | wc -l)"

ids() { r search --format jsonl --limit 50 "$@" | python3 -c 'import json,sys; print(" ".join(str(json.loads(l)["id"]) for l in sys.stdin))'; }
titles() { r search --format jsonl --limit 50 "$@" | python3 -c 'import json,sys; print("\n".join(json.loads(l)["title"] or "" for l in sys.stdin))'; }

# the issue's example: every source that ties Elbit to border towers
check_out "Elbit and towers" "surveillance towers for CBP" r search Elbit towers
# the words a query's hits mark, lower-cased, one a line
hitwords() { r search --format jsonl --limit 50 "$@" | python3 -c '
import json, subprocess, sys
for l in sys.stdin:
    r = json.loads(l)
    t = json.loads(subprocess.check_output([sys.argv[1], "show", str(r["id"]), "--format", "json"]))["text"].encode()
    for h in r["hits"]:
        print(t[h["start"]:h["end"]].decode().lower())' "$RECEIPTS" | sort -u; }
check_out "stems: contracts finds contracted" "contracted" hitwords contracts
check_out "stems: contracted finds contracts" "contracts" hitwords contracted
check "contracts and contracted reach the same sources" test "$(ids contracts | wc -w)" -eq "$(ids contracted | wc -w)"
check_out "diacritics: defense finds Défense" "défense" hitwords defense --lang fr
check_out "diacritics: DEFENSE finds Defensa (Spanish)" "defensa" hitwords DEFENSE
check_out "diacritics: défense finds defense (English)" "defense" hitwords défense
check_out "a French query finds English stems too" "Microsoft" r search "Microsoft" --lang en
check_out "phrase" "**Integrated** **Fixed** **Towers**" r search '"integrated fixed towers"'
check_eq "a phrase in the wrong order matches less" "" "$(ids '"towers fixed integrated"')"
all=$(ids elbit | wc -w); without=$(ids elbit -towers | wc -w)
check "exclusion removes sources" test "$without" -lt "$all"
check "NOT and - exclude alike" test "$(ids elbit NOT towers | wc -w)" -eq "$without"
check "no excluded word in what is left" sh -c "! $RECEIPTS search --format jsonl --limit 50 elbit -towers | grep -qi 'towers'"
check "OR widens" test "$(ids palantir OR clearview | wc -w)" -gt "$(ids palantir | wc -w)"
check "prefix" test "$(ids 'surveil*' | wc -w)" -ge "$(ids surveillance | wc -w)"
printf 'אלביט מערכות חתמה על חוזה עם משרד הביטחון.\n' > he.txt
printf 'وزارة الدفاع الإسرائيلية وقعت عقدا مع شركة إلبيت.\n' > ar.txt
r add he.txt ar.txt >/dev/null 2>&1
check_out "Hebrew: found and shown unharmed" "**אלביט** מערכות" r search אלביט
check_eq "Hebrew detected" "he" "$(sql "SELECT lang FROM source WHERE filename='he.txt'")"
check_out "Arabic: found" "**الدفاع**" r search الدفاع
check_eq "Arabic stored byte for byte" "$(cat ar.txt)" "$(sql "SELECT text FROM source WHERE filename='ar.txt'")"

# filters
check_eq "--lang es gives Spanish sources only" "es" "$(r search --format jsonl --lang es elbit | python3 -c 'import json,sys; print(",".join(sorted({json.loads(l)["lang"] for l in sys.stdin})))')"
check_eq "--after/--before on the published date" "" "$(r search --format jsonl --after 2025 --before 2026 elbit | python3 -c 'import json,sys; print(",".join(json.loads(l)["published"] for l in sys.stdin if not "2025" <= (json.loads(l)["published"] or "") < "2026"))')"
check_eq "--kind" 0 "$(r search --format jsonl --kind report elbit | wc -l)"
check_eq "--limit" 2 "$(r search --format jsonl --limit 2 contract | wc -l)"

# JSON: byte offsets of the passage and hits are offsets into the source text
cat > offsets.py <<'PY'
import json, subprocess, sys
exe = sys.argv[1]
res = [json.loads(l) for l in subprocess.check_output([exe, "search", "--format", "jsonl", "--limit", "20"] + sys.argv[2:]).decode().splitlines()]
assert res, "no results"
for r in res:
    src = json.loads(subprocess.check_output([exe, "show", str(r["id"]), "--format", "json"]))
    text = src["text"].encode()
    sn = r["snippet"]
    assert text[sn["start"]:sn["end"]].decode() == sn["text"], ("snippet", r["id"])
    for h in r["hits"]:
        assert sn["start"] <= h["start"] < h["end"] <= sn["end"], ("hit outside", r["id"])
        word = text[h["start"]:h["end"]].decode().lower()
        assert word, ("empty hit", r["id"])
print("ok", len(res))
PY
check_out "snippet and hit offsets point into the source text" "ok" python3 offsets.py "$RECEIPTS" contract
check_out "offsets with accents and stems" "ok" python3 offsets.py "$RECEIPTS" défense
check_out "hits are the words searched for" "elbit" sh -c "$RECEIPTS search --format jsonl elbit | python3 -c 'import json,sys,subprocess
r=json.loads(sys.stdin.readline()); t=json.loads(subprocess.check_output([\"$RECEIPTS\",\"show\",str(r[\"id\"]),\"--format\",\"json\"]))[\"text\"].encode()
print(\" \".join(t[h[\"start\"]:h[\"end\"]].decode().lower() for h in r[\"hits\"]))'"
check_out "text output marks hits" "**Elbit**" r search elbit towers
check_out "text output shows title, date, url" "https://" r search elbit towers
check_out "csv output" "id,sha256,title,published,url,score,page" r search --format csv elbit

# errors: clear, with the position
check_fail_out "unclosed quote, with its byte" "malformed query 'elbit \"border': unclosed quote at byte 6" r search 'elbit "border'
check_fail_out "dangling OR" "'OR' needs a term on each side at byte 6" r search 'elbit OR'
check_fail_out "only exclusions" "nothing to exclude from" r search -- -elbit
check_fail_out "unmatched parenthesis" "unmatched ')' at byte 5" r search 'elbit)'
check_fail_out "bad date filter" "invalid date '2024-13'" r search --after 2024-13 elbit
check_fail_out "no query" "nothing to search for" r search
check_out "no match is not an error" "no match" r search zzyzxqwv
check_out "--explain shows the index expression" '("elbit" AND "border towers")' r search --explain 'elbit "border towers"'
check_out "FTS5 syntax is not passed through" "no match" r search 'text:elbit'

# --optimize merges the index into one segment; results stay the same
before=$(ids contracts) before2=$(ids '"border towers"')
check "the index has several segments" test "$(sql 'SELECT count(DISTINCT segid) FROM source_fts_idx')" -gt 1
check_out "--optimize says what it did" "merged into one segment" r search --optimize
check_eq "one segment after --optimize" 1 "$(sql 'SELECT count(DISTINCT segid) FROM source_fts_idx')"
check_eq "the same results after --optimize" "$before" "$(ids contracts)"
check_eq "the same phrase results after --optimize" "$before2" "$(ids '"border towers"')"
check_fail_out "--optimize takes no query" "--optimize takes no query" r search --optimize elbit
# an empty result says what to try, on stderr
check_out "no match: hints" "Try a prefix, such as 'zzyzxq*'" r search zzyzxquux
check_out "no match with a language: search every language" "not only 'fr'" \
	r search zzyzxquux --lang fr
# a whole word as a prefix finds what its stem does
check_eq "surveillance* finds what surveillance does" "$(ids surveillance)" "$(ids 'surveillance*')"
finish
