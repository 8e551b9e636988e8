#!/usr/bin/env python3
"""Generate the extraction benchmark's corpus.

usage: gen.py OUT_DIR SHARED_DIR [MEGABYTES]

Reads the shared eval documents (eval/dev/docs, with their language from
eval/dev/docs.jsonl) and the seed documents (corpus/seeds), splits them into
sentences and writes documents of 10 to 120 sentences drawn (seeded, so every
run writes the same bytes) from documents of one language, until MEGABYTES
(default 100) are written. The mix of languages is the dev set's: mostly
English, then French, Spanish, German. Real sentences, real organization names,
money and dates, so every stage of the pipeline does its real work.
"""
import json
import os
import random
import re
import sys


def sentences(text):
    out = []
    for para in re.split(r"\n\s*\n|\n", text):
        para = para.strip()
        if not para:
            continue
        out += [s for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý«“\"])", para) if s.strip()]
    return out


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out, shared = sys.argv[1], sys.argv[2]
    megabytes = float(sys.argv[3]) if len(sys.argv) > 3 else 100.0
    docs_dir = os.path.join(shared, "eval", "dev", "docs")
    lang_of = {}
    with open(os.path.join(shared, "eval", "dev", "docs.jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            lang_of[d["doc"]] = d.get("lang") or "en"
    pools = {}
    for name in sorted(os.listdir(docs_dir)):
        with open(os.path.join(docs_dir, name), encoding="utf-8") as f:
            pools.setdefault(lang_of.get(name, "en"), []).extend(sentences(f.read()))
    seeds = os.path.join(shared, "corpus", "seeds")
    if os.path.isdir(seeds):
        for name in sorted(os.listdir(seeds)):
            with open(os.path.join(seeds, name), encoding="utf-8", errors="replace") as f:
                text = f.read()
            lang = "fr" if re.search(r"\b(les|des|une|avec)\b", text) else "en"
            pools.setdefault(lang, []).extend(sentences(text))
    langs = sorted(pools)
    weights = [len(pools[l]) for l in langs]
    rng = random.Random(8)
    os.makedirs(out, exist_ok=True)
    total, n = 0, 0
    limit = int(megabytes * 1e6)
    while total < limit:
        lang = rng.choices(langs, weights)[0]
        pool = pools[lang]
        k = rng.randint(10, 120)
        paras, para = [], []
        for _ in range(k):
            para.append(rng.choice(pool))
            if rng.random() < 0.25:
                paras.append(" ".join(para))
                para = []
        if para:
            paras.append(" ".join(para))
        data = ("\n\n".join(paras) + "\n").encode("utf-8")
        with open(os.path.join(out, f"doc{n:06d}-{lang}.txt"), "wb") as f:
            f.write(data)
        total += len(data)
        n += 1
    print(f"{n} documents, {total} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
