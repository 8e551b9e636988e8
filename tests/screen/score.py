#!/usr/bin/env python3
"""Score `receipts screen --format jsonl` output against match-dev.csv.

usage: score.py MATCH_DEV_CSV OUT_DIR [--min-precision P] [--min-recall R] [-v]

OUT_DIR holds one FILE.jsonl per holdings file named in the CSV (FILE being
the holdings file's name), as `receipts screen FILE --format jsonl` prints
it: one row object per holding ({"row", "match", ...}), then the report.
Prints precision and recall per file and overall; exits 1 when the overall
figures are under the minimums given.
"""
import csv
import json
import os
import sys


def main(argv):
    args = [a for a in argv[1:] if not a.startswith('-')]
    opts = {}
    it = iter(argv[1:])
    for a in it:
        if a in ('--min-precision', '--min-recall'):
            opts[a] = float(next(it))
            args.remove(str(opts[a])) if str(opts[a]) in args else None
    verbose = '-v' in argv
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    gold_path, out_dir = args[0], args[1]
    gold = {}
    for r in csv.DictReader(open(gold_path, encoding='utf-8')):
        gold.setdefault(r['holdings_file'], {})[int(r['row'])] = (
            r['expected_registry_id'] or None, r['holding_name'])
    total = [0, 0, 0]  # true positives, predicted, expected
    for f in sorted(gold):
        path = os.path.join(out_dir, f + '.jsonl')
        if not os.path.exists(path):
            print(f'{f}: no output at {path}', file=sys.stderr)
            return 1
        got = {}
        for line in open(path, encoding='utf-8'):
            o = json.loads(line)
            if 'row' in o and 'match' in o:
                got[int(o['row'])] = o
        tp = pred = exp = 0
        for row, (want, name) in sorted(gold[f].items()):
            o = got.get(row, {})
            have = o.get('match')
            if have:
                pred += 1
            if want:
                exp += 1
            if have and have == want:
                tp += 1
            elif verbose and (have or want):
                print(f'  {f}:{row} {name!r}: want {want} got {have} '
                      f'({o.get("why")} {o.get("score")})')
        if len(got) != len(gold[f]):
            print(f'{f}: {len(got)} rows read, {len(gold[f])} expected', file=sys.stderr)
        p = tp / pred if pred else 1.0
        r = tp / exp if exp else 1.0
        print(f'{f}: precision {p:.4f} ({tp}/{pred}) recall {r:.4f} ({tp}/{exp})')
        total[0] += tp
        total[1] += pred
        total[2] += exp
    p = total[0] / total[1] if total[1] else 1.0
    r = total[0] / total[2] if total[2] else 1.0
    print(f'overall: precision {p:.4f} ({total[0]}/{total[1]}) '
          f'recall {r:.4f} ({total[0]}/{total[2]})')
    if p < opts.get('--min-precision', 0) or r < opts.get('--min-recall', 0):
        print('under the minimum', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
