#!/usr/bin/env python3
"""List the dictionary words each prefix cue of data/cues/ matches.

usage: scripts/cue-audit.py [LANG ...]   (en fr es de; default all)

A cue written with a trailing '*' ("invest*") matches every word that begins
so, and some of those are other words ("investigation", "Biden" for "bid*",
"confirmé" for "confi*"). This prints, per prefix cue, how many words of the
system's word list it matches and the first of them, so that a prefix can be
replaced by its verb's or noun's forms. It needs Debian's word lists, which
the project does not install (a tool for whoever edits the cue tables):
    apt-get install -y wamerican wfrench wspanish wngerman
Words are folded as the cue tables are (lower case, no accents, ss for ß).
"""
import os
import sys
import unicodedata

here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
lists = {"en": "american-english", "fr": "french", "es": "spanish", "de": "ngerman"}


def fold(w):
    w = unicodedata.normalize("NFKD", w.lower().replace("ß", "ss"))
    return "".join(c for c in w if not unicodedata.combining(c))


for lang in sys.argv[1:] or list(lists):
    path = "/usr/share/dict/" + lists[lang]
    if not os.path.exists(path):
        sys.exit(f"cue-audit.py: no {path} (apt-get install -y w{lists[lang].split('-')[0]})")
    with open(path, encoding="utf-8", errors="replace") as f:
        words = sorted({fold(l.strip()) for l in f if l.strip() and "'" not in l})
    with open(os.path.join(here, "data/cues", lang + ".tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            rel, voice, phrase = line.rstrip("\n").split("\t")[:3]
            first = phrase.split()[0]
            if not first.endswith("*"):
                continue
            m = [w for w in words if w.startswith(first[:-1])]
            print(f"{lang}\t{rel}\t{voice}\t{phrase}\t{len(m)}\t{' '.join(m[:40])}")
