#!/usr/bin/env python3
"""Score `receipts match --format jsonl` output against names-dev.csv.

usage: score_names.py NAMES_DEV_CSV MATCH_JSONL [-v]

MATCH_JSONL is what `cut -d, -f1 | receipts match` printed for the names of
the CSV, in order (one {"query", "match", ...} a line). Prints precision,
recall and the hard negatives that matched.
"""
import csv
import json
import sys


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    verbose = '-v' in argv
    gold = list(csv.DictReader(open(argv[1], encoding='utf-8')))
    got = {}
    for line in open(argv[2], encoding='utf-8'):
        o = json.loads(line)
        got[o['query']] = o
    tp = pred = exp = neg_hit = 0
    for r in gold:
        name, want = r['name_as_written'].strip(), r['expected_registry_id'] or None
        o = got.get(name, {})
        have = o.get('match')
        pred += bool(have)
        exp += bool(want)
        if have and have == want:
            tp += 1
        else:
            if have and not want:
                neg_hit += 1
            if verbose and (have or want):
                print(f'  {name!r} [{r["variant_type"]}]: want {want} got {have} '
                      f'({o.get("why")} {o.get("score")})')
    p = tp / pred if pred else 1.0
    rc = tp / exp if exp else 1.0
    print(f'names: precision {p:.4f} ({tp}/{pred}) recall {rc:.4f} ({tp}/{exp}) '
          f'hard negatives matched {neg_hit}')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
