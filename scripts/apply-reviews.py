#!/usr/bin/env python3
"""Apply an editor's recorded decisions (examples/reviews.tsv) to the
candidate claims of a database, through the receipts CLI, so every decision
is audited as any review is.

usage: apply-reviews.py RECEIPTS_BINARY REVIEWS_TSV
(the database is $RECEIPTS_DB or the binary's default)
"""
import json
import subprocess
import sys


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    binary, path = sys.argv[1], sys.argv[2]
    out = subprocess.run([binary, 'claims', 'list', '--status', 'candidate', '--format', 'jsonl'],
                         check=True, capture_output=True, text=True).stdout
    claims = [json.loads(line) for line in out.splitlines() if line.strip()]
    todo = {'accept': [], 'reject': []}
    missed = 0
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            parts = line.split('\t')
            if len(parts) != 4 or parts[0] not in todo:
                print(f'{path}:{n}: want decision, company, counterparty, quote', file=sys.stderr)
                return 1
            decision, company, counterparty, quote = parts
            hits = [c['id'] for c in claims
                    if c['company'] == company and c.get('counterparty') == counterparty
                    and quote in c['evidence']]
            if not hits:
                missed += 1
                print(f'{path}:{n}: no candidate claim of {company} and {counterparty} quotes "{quote}"',
                      file=sys.stderr)
            todo[decision] += hits
    for decision, ids in todo.items():
        ids = sorted(set(ids))
        if ids:
            subprocess.run([binary, 'claims', decision] + [str(i) for i in ids], check=True,
                           stdout=subprocess.DEVNULL)
        print(f'{decision}ed {len(ids)} claims')
    if missed:
        print(f'{missed} decisions met no candidate (the extractor has changed)')
    return 0


if __name__ == '__main__':
    sys.exit(main())
