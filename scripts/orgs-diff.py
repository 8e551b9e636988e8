#!/usr/bin/env python3
"""List the organizations `receipts extract` misses and invents, by document.

usage: scripts/orgs-diff.py [BUILD_DIR] [--shared DIR] [--set dev|tune]

Runs the build's extractor over the set's documents with the builtin registry
and matches its organizations to the gold's as score.py does (a system
organization matches the first gold one sharing a name or a mention). Prints,
per document, each gold organization no system one matches (MISS, with its
first mentions) and each system organization that matches none (FP). There is
no --set check on purpose: the check half is scored (scripts/eval.sh), never
read.
"""
import json
import os
import subprocess
import sys

here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
args = sys.argv[1:]
build, shared, which = os.path.join(here, "build"), os.path.join(here, "..", "shared"), "dev"
i = 0
while i < len(args):
    if args[i] == "--shared":
        shared, i = args[i + 1], i + 2
    elif args[i] == "--set":
        which, i = args[i + 1], i + 2
    else:
        build, i = args[i], i + 1
if which not in ("dev", "tune"):
    sys.exit("orgs-diff.py: --set is dev or tune")
base = os.path.join(shared, "eval", "dev") if which == "dev" else os.path.join(here, "tests", "data", "eval", "tune")
sys.path.insert(0, os.path.join(shared, "eval"))
from score import load_jsonl, match_orgs  # noqa: E402

docs = sorted(os.path.join(base, "docs", d) for d in os.listdir(os.path.join(base, "docs")))
out = subprocess.run([os.path.join(build, "receipts"), "extract", "--format", "jsonl"] + docs,
                     check=True, capture_output=True, text=True).stdout
pred = {os.path.basename(p["file"]): p for p in (json.loads(l) for l in out.splitlines() if l)}
for g in load_jsonl(os.path.join(base, "gold.jsonl")):
    p = pred.get(g["doc"], {"orgs": []})
    mp = match_orgs(g["orgs"], p["orgs"])
    found = {v for v in mp.values() if v}
    miss = [o for o in g["orgs"] if o["name"] not in found]
    fps = [o for o in p["orgs"] if not mp.get(o.get("id") or o.get("name"))]
    if not miss and not fps:
        continue
    print(g["doc"])
    for o in miss:
        print("  MISS", o["name"], o.get("mentions", [])[:2])
    for o in fps:
        print("  FP  ", o["name"])
