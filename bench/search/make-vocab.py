#!/usr/bin/env python3
"""Word frequencies per language from real documents, for the search
benchmark's generator. Usage: make-vocab.py DOCS.jsonl DOCDIR [MORE_DIR:lang...] > vocab.tsv
Output lines: lang<TAB>count<TAB>word, most frequent first per language."""
import collections
import json
import os
import re
import sys

counts = collections.defaultdict(collections.Counter)
word = re.compile(r"[^\W_]+", re.UNICODE)


def add(lang, path):
    with open(path, encoding='utf-8', errors='replace') as f:
        for w in word.findall(f.read()):
            if not w.isdigit() and len(w) < 24:
                counts[lang][w.lower()] += 1


with open(sys.argv[1], encoding='utf-8') as f:
    for line in f:
        d = json.loads(line)
        add(d['lang'], os.path.join(sys.argv[2], d['doc']))
for extra in sys.argv[3:]:
    path, lang = extra.rsplit(':', 1)
    add(lang, path)
for lang in sorted(counts):
    for w, c in counts[lang].most_common():
        print('%s\t%d\t%s' % (lang, c, w))
