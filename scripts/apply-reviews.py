#!/usr/bin/env python3
"""Apply an editor's recorded decisions (examples/reviews.tsv) to the
candidate claims of a database, and record the company responses it lists,
through the receipts CLI, so every decision is audited as any review is.

usage: apply-reviews.py RECEIPTS_BINARY REVIEWS_TSV
(the database is $RECEIPTS_DB or the binary's default)
"""
import json
import subprocess
import sys


def accepted(binary):
    out = subprocess.run([binary, 'claims', 'list', '--status', 'accepted', '--format', 'jsonl'],
                         check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    binary, path = sys.argv[1], sys.argv[2]
    out = subprocess.run([binary, 'claims', 'list', '--status', 'candidate', '--format', 'jsonl'],
                         check=True, capture_output=True, text=True).stdout
    claims = [json.loads(line) for line in out.splitlines() if line.strip()]
    todo = {'accept': [], 'reject': []}
    responses = []
    missed = 0
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            parts = line.split('\t')
            if len(parts) == 4 and parts[0] == 'response':
                responses.append((n, parts[1], parts[2], parts[3]))
                continue
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
    texts = None
    answerable = None
    added = 0
    for n, company, claim_quote, quote in responses:
        if texts is None:  # every source's text, to find where a response is quoted from
            out = subprocess.run([binary, 'sources', '--format', 'jsonl', '--limit', '100000'],
                                 check=True, capture_output=True, text=True).stdout
            texts = []
            for line in out.splitlines():
                sid = json.loads(line)['sha256']
                show = subprocess.run([binary, 'show', sid, '--format', 'json'], check=True,
                                      capture_output=True, text=True).stdout
                texts.append((sid, json.loads(show).get('text') or ''))
        where = [sid for sid, text in texts if quote in text]
        cmd = [binary, 'responses', 'add', '--company', company, '--quote', quote]
        if claim_quote != '-':
            if answerable is None:  # the claims as they are after the decisions
                answerable = claims + accepted(binary)
            answered = [c['id'] for c in answerable
                        if c['company'] == company and claim_quote in c['evidence']]
            if answered:
                cmd += ['--claim', str(answered[0])]
            else:
                where = []
        if not where:
            missed += 1
            print(f'{path}:{n}: no source quotes "{quote}" (or no claim for it)', file=sys.stderr)
            continue
        subprocess.run(cmd + ['--source', where[0]], check=True, stdout=subprocess.DEVNULL)
        added += 1
    if responses:
        print(f'recorded {added} company responses')
    if missed:
        print(f'{missed} decisions met no candidate (the extractor has changed)')
    return 0


if __name__ == '__main__':
    sys.exit(main())
