#!/usr/bin/env python3
"""List the claims `receipts extract` misses and invents on the shared dev set.

usage: scripts/eval-diff.py [BUILD_DIR] [--shared DIR] [--set dev|tune] [--doc SUBSTR] [--fn] [--fp] [--cat]

--set tune reads tests/data/eval/tune instead of the shared dev set. There is no
--set check on purpose: the check half is scored (scripts/eval.sh), never read.

Runs the build's extractor over SHARED/eval/dev/docs with the builtin registry
(as tests/e2e/008-extract.sh does), prints the scorer's lines, then every false
negative (a gold claim no output claim matches: company, relation, counterparty
and overlapping evidence) with what the extractor said about that sentence,
and every false positive with its sentence. A false positive is marked
"pair-ok" when a gold claim has the same pair and span but another relation,
"dup" when it duplicates a gold claim already matched; --cat lists matched
claims whose category differs from the gold's. The scorer's matching
is greedy in gold order, as here.
"""
import json
import os
import subprocess
import sys
import tempfile

args = sys.argv[1:]


def opt(name, default=None):
    if name in args:
        i = args.index(name)
        v = args[i + 1]
        del args[i:i + 2]
        return v
    return default


def flag(name):
    if name in args:
        args.remove(name)
        return True
    return False


shared = opt("--shared", os.environ.get("RCP_SHARED", "/work/shared"))
only = opt("--doc")
show_fn, show_fp, show_cat = flag("--fn"), flag("--fp"), flag("--cat")
if not show_fn and not show_fp:
    show_fn = show_fp = True
build = args[0] if args else "build"
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rcp = os.path.join(root, build, "receipts") if not os.path.isabs(build) else os.path.join(build, "receipts")
ev = os.path.join(shared, "eval")
sys.path.insert(0, ev)
import score  # noqa: E402

which = opt("--set", "dev")
if which not in ("dev", "tune"):
    sys.exit("eval-diff.py: --set is dev or tune (the check half is never read)")
set_dir = os.path.join(ev, "dev") if which == "dev" else os.path.join(root, "tests/data/eval/tune")
docs_dir = os.path.join(set_dir, "docs")
tmp = tempfile.mkdtemp()
env = dict(os.environ, RECEIPTS_DB=os.path.join(tmp, "r.db"))
subprocess.run([rcp, "import-registry", os.path.join(root, "examples/registry.jsonl")],
               env=env, check=True, stdout=subprocess.DEVNULL)
ents = os.path.join(tmp, "entities.jsonl")
with open(ents, "w") as f:
    subprocess.run([rcp, "entity", "list", "--format", "jsonl"], env=env, check=True, stdout=f)
docs = sorted(os.path.join(docs_dir, d) for d in os.listdir(docs_dir) if d.endswith(".txt"))
out = os.path.join(tmp, "x.jsonl")
with open(out, "w") as f:
    subprocess.run([rcp, "extract", "--format", "jsonl"] + docs, check=True, stdout=f)
gold_path = os.path.join(set_dir, "gold.jsonl")
subprocess.run([sys.executable, os.path.join(ev, "score.py"), gold_path, out,
                "--docs", docs_dir, "--registry", ents], check=True)

gold = {g["doc"]: g for g in score.load_jsonl(gold_path)}
pred = {os.path.basename(p["file"]): p for p in score.load_jsonl(out)}
nfn = nfp = 0
for doc, g in gold.items():
    if only and only not in doc:
        continue
    p = pred.get(doc, {"orgs": [], "claims": []})
    text = open(os.path.join(docs_dir, doc), encoding="utf-8").read()
    raw = text.encode()
    mapping = score.match_orgs(g.get("orgs", []), p.get("orgs", []))
    sc = []
    for c in p.get("claims", []):
        sc.append(dict(c, gco=score.resolve(c["company"], c["company_name"], mapping, g["orgs"]),
                       gcp=score.resolve(c["counterparty"], c["counterparty_name"], mapping, g["orgs"])))

    def overlap(gcl, s):
        gs = score.evidence_span(text, gcl["evidence"])
        return gs is not None and s["start"] < gs[1] and gs[0] < s["end"]

    used, fns = set(), []
    for gcl in g["claims"]:
        for j, s in enumerate(sc):
            if j not in used and s["gco"] == gcl["company"] and s["gcp"] == gcl["counterparty"] \
                    and s["relation"] == gcl["relation"] and overlap(gcl, s):
                used.add(j)
                if show_cat and s.get("category") != gcl.get("category"):
                    print(f"  CAT {doc}: {gcl['company']} -{gcl['relation']}-> {gcl['counterparty']}: "
                          f"gold {gcl.get('category')}, said {s.get('category')}")
                break
        else:
            fns.append(gcl)
    lines = []
    if show_fn:
        for gcl in fns:
            nfn += 1
            near = [s for s in sc if overlap(gcl, s)]
            lines.append(f"  FN {gcl['company']} -{gcl['relation']}-> {gcl['counterparty']} [{gcl['category']}]")
            lines.append(f"     gold: {gcl['evidence'][:300]}")
            for s in near:
                lines.append(f"     said: {s['gco']} -{s['relation']}-> {s['gcp']} "
                             f"({s['company']}/{s['counterparty']})")
            if not near:
                lines.append("     said: nothing on this span")
                gs = score.evidence_span(text, gcl["evidence"])
                if gs:
                    lo = raw.rfind(b"\n", 0, gs[0]) + 1
                    ms = sorted((m["start"], m["text"], o["id"]) for o in p.get("orgs", [])
                                for m in o["mentions"] if lo <= m["start"] < gs[1])
                    lines.append("     orgs: " + ", ".join(f"{t}={i}" for _, t, i in ms))
    if show_fp:
        for j, s in enumerate(sc):
            if j in used:
                continue
            nfp += 1
            tag = ""
            for gcl in g["claims"]:
                if s["gco"] == gcl["company"] and s["gcp"] == gcl["counterparty"]:
                    tag = "pair-ok" if overlap(gcl, s) else "pair-elsewhere"
                    if overlap(gcl, s) and gcl not in fns:
                        tag = "dup"
                    break
            ev_ = raw[s["start"]:s["end"]].decode(errors="replace").replace("\n", " ")
            lines.append(f"  FP {s['company']} -{s['relation']}-> {s['counterparty']} "
                         f"(gold names: {s['gco']} / {s['gcp']}) {tag}")
            lines.append(f"     text: {ev_[:300]}")
    if lines:
        print(f"== {doc}")
        print("\n".join(lines))
print(f"false negatives {nfn}, false positives {nfp}")
