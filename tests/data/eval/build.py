#!/usr/bin/env python3
"""Check the hand annotations in annot/ and write the tune and check halves.

usage: tests/data/eval/build.py [--check-only] [--out DIR] [--upto N] [--list]

annot/{en,fr,es,de}.py each hold DOCS: the document text as stored (with its URL,
language and title) and its gold annotation in the format of
../shared/eval/README.md. This script checks that every mention, money text and
claim evidence is an exact substring of its document, that every claim names
organizations the document's "orgs" list holds, and that relations and
categories are from the fixed sets; then it splits the documents into tune/ and
check/ (per batch and language: sorted by number of gold claims, then by a hash of the
URL, and alternated, so each half holds about half of each language's documents and
claims, the split never depends on the order the documents are listed in, and a new
batch of documents never moves one of an earlier batch) and writes docs/, gold.jsonl and docs.jsonl for
each, in the layout of ../shared/eval/dev, so score.py runs on them unchanged.
--out DIR writes the halves under DIR instead (tests/e2e compares them with the
committed ones). --upto N keeps only batches 1..N (as the set stood then); --list
prints "batch half document" for each document instead of the counts and writes
nothing, so tests/e2e can check that no later batch moved an earlier document.
"""
import hashlib
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "annot"))

RELATIONS = {"supplies", "contract", "acquired", "invested", "divested", "partnered", "owns", "restricted"}
CATEGORIES = {"military", "occupation", "borders", "prisons", "policing", "surveillance"}


def load():
    docs = []
    for lang in ("en", "fr", "es", "de"):
        try:
            mod = __import__(lang)
        except ModuleNotFoundError:
            continue
        docs.extend(mod.DOCS)
    return docs


def check(d):
    """Return a list of problems with one annotated document."""
    errs = []
    text = d["text"].strip() + "\n"
    names = set()
    for o in d["orgs"]:
        if o["name"] in names:
            errs.append(f"org listed twice: {o['name']}")
        names.add(o["name"])
        for m in o["mentions"]:
            if m not in text:
                errs.append(f"mention not in text: {m!r}")
    seen = set()
    for m in d["money"]:
        if m["text"] not in text:
            errs.append(f"money text not in text: {m['text']!r}")
        key = (m["amount"], m["currency"])
        if key in seen:
            errs.append(f"money listed twice: {key}")
        seen.add(key)
    for c in d["claims"]:
        for side in ("company", "counterparty"):
            if c[side] not in names:
                errs.append(f"claim {side} not an org of the document: {c[side]!r}")
        if c["relation"] not in RELATIONS:
            errs.append(f"bad relation {c['relation']!r}")
        if c["category"] not in CATEGORIES:
            errs.append(f"bad category {c['category']!r}")
        if c["evidence"] not in text:
            errs.append(f"evidence not in text: {c['evidence'][:80]!r}")
        if c["year"] is not None and str(c["year"]) not in text:
            errs.append(f"year not in text: {c['year']}")
    return errs


def half(d):
    """tune or check: a stable function of the URL, balanced within a language below."""
    return hashlib.sha256(d["url"].encode("utf-8")).hexdigest()


def split(docs):
    """Per batch and language, sort by number of gold claims then URL hash and alternate,
    so each half gets half of each language and about half of its claims. Batches are
    split separately: rules were tuned on the tune half of earlier batches, so adding a
    batch must leave every earlier document where it was."""
    out = {}
    for batch, lang in sorted({(d.get("batch", 1), d["lang"]) for d in docs}):
        ds = sorted((d for d in docs if d.get("batch", 1) == batch and d["lang"] == lang),
                    key=lambda d: (len(d["claims"]), half(d)))
        for i, d in enumerate(ds):
            out[d["doc"]] = "tune" if i % 2 == 0 else "check"
    return out


def write(docs, where, out):
    for h in ("tune", "check"):
        root = os.path.join(out, h)
        shutil.rmtree(root, ignore_errors=True)
        os.makedirs(os.path.join(root, "docs"))
        with open(os.path.join(root, "gold.jsonl"), "w", encoding="utf-8") as g, \
                open(os.path.join(root, "docs.jsonl"), "w", encoding="utf-8") as meta:
            for d in sorted(docs, key=lambda d: d["doc"]):
                if where[d["doc"]] != h:
                    continue
                with open(os.path.join(root, "docs", d["doc"]), "w", encoding="utf-8") as f:
                    f.write(d["text"].strip() + "\n")
                g.write(json.dumps({"doc": d["doc"], "orgs": d["orgs"], "money": d["money"],
                                    "claims": d["claims"]}, ensure_ascii=False) + "\n")
                meta.write(json.dumps({"doc": d["doc"], "url": d["url"], "lang": d["lang"],
                                       "title": d["title"], "published": None},
                                      ensure_ascii=False) + "\n")


def main(argv):
    docs = load()
    if "--upto" in argv:
        upto = int(argv[argv.index("--upto") + 1])
        docs = [d for d in docs if d.get("batch", 1) <= upto]
    bad = 0
    names = set()
    for d in docs:
        if d["doc"] in names:
            print(f"{d['doc']}: duplicate document name")
            bad += 1
        names.add(d["doc"])
        for e in check(d):
            print(f"{d['doc']}: {e}")
            bad += 1
    if bad:
        sys.exit(f"build.py: {bad} problem(s)")
    where = split(docs)
    if "--list" in argv:
        for d in sorted(docs, key=lambda d: d["doc"]):
            print(f"{d.get('batch', 1)} {where[d['doc']]} {d['doc']}")
        return
    counts = {}
    for d in docs:
        k = (d.get("batch", 1), d["lang"], where[d["doc"]])
        n = counts.setdefault(k, [0, 0])
        n[0] += 1
        n[1] += len(d["claims"])
    for k in sorted(counts):
        print(f"batch {k[0]} {k[1]} {k[2]:5s} docs {counts[k][0]:3d} claims {counts[k][1]:3d}")
    out = argv[argv.index("--out") + 1] if "--out" in argv else HERE
    if "--check-only" not in argv:
        write(docs, where, out)


if __name__ == "__main__":
    main(sys.argv[1:])
