#!/usr/bin/env python3
"""Generate a registry of N companies and a holdings file for bench/screen.

usage: gen.py DIR [N_ENTITIES] [N_HOLDINGS] [SEED]

Writes DIR/registry.jsonl (the registry import format: id, name, kind,
aliases, isin, tickers, categories), DIR/holdings.csv (Name, Ticker,
Exchange, ISIN, Weight) and DIR/holdings.csv.expected (the id each holding
must match, - for none, one a line). Names are made of invented distinctive words,
industry words and legal forms in several languages, so they look and
tokenize like real company names; half of the companies carry an ISIN and
a ticker. Holdings mix registry companies written as funds write them
(capitals, other legal forms, share classes, abbreviations), companies by
identifier only, and companies that are not in the registry.
"""
import json
import os
import random
import sys

SYL = ("al ar ba be bor ca cor da del den do el en fa fer ga gal gen ha hel in "
       "ka kal kor la len lo ma mar mer mi mon na nor no or pa pel por ra ren ro "
       "sa sel sen so ta tel ter to tra va vel ven vi vor xa ze zen zo").split()
INDUSTRY = ("Aerospace Analytics Bio Capital Chemical Communications Construction "
            "Data Defense Digital Electric Electronics Energy Engineering Financial Foods "
            "Health Industrial Insurance Logistics Marine Materials Media Medical Mining "
            "Motors Networks Oil Pharmaceuticals Power Resources Robotics Security "
            "Semiconductor Shipping Software Steel Systems Technologies Telecom "
            "Transport Water").split()
ORG = "Holdings Group International Global Industries Partners Enterprises".split()
FORMS = ("Inc Corp Co Ltd PLC AG SA NV SE SpA GmbH AB ASA Oyj Ltee LLC "
         "Co Ltd KK Bhd Tbk").split()
EXCH = [("NYSE", "New York Stock Exchange Inc."), ("NASDAQ", "NASDAQ"),
        ("LSE", "London Stock Exchange"), ("ETR", "Xetra"), ("PAR", "Euronext Paris"),
        ("TKS", "Tokyo Stock Exchange"), ("KRX", "Korea Exchange (Stock Market)"),
        ("TASE", "Tel Aviv Stock Exchange")]
CATS = "military occupation borders prisons policing surveillance".split()


def isin(cc, body):
    s = ''.join(str(int(c, 36)) for c in cc + body)
    total = 0
    for i, d in enumerate(reversed(s)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
        total += n // 10 + n % 10
    return cc + body + str((10 - total % 10) % 10)


def word(rng):
    w = ''.join(rng.choice(SYL) for _ in range(rng.choice((2, 3, 3, 4))))
    return w.capitalize()


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000000
    nh = int(sys.argv[3]) if len(sys.argv) > 3 else 10000
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 42)
    os.makedirs(out, exist_ok=True)
    names, seen = [], {}
    with open(os.path.join(out, 'registry.jsonl'), 'w') as f:
        i = 0
        while i < n:
            parts = [word(rng)]
            if rng.random() < 0.35:
                parts.append(word(rng))
            if rng.random() < 0.6:
                parts.append(rng.choice(INDUSTRY))
            if rng.random() < 0.3:
                parts.append(rng.choice(ORG))
            base = ' '.join(parts)
            if base in seen:
                continue
            seen[base] = 'c%07d' % i
            form = rng.choice(FORMS)
            e = {'id': 'c%07d' % i, 'name': base + ' ' + form, 'kind': 'company',
                 'aliases': [base.upper() + ' ' + form.upper()] if rng.random() < 0.3 else [],
                 'categories': [rng.choice(CATS)] if rng.random() < 0.1 else []}
            ident = None
            if i % 2 == 0:
                cc = rng.choice(('US', 'GB', 'DE', 'FR', 'JP', 'KR', 'IL'))
                ident = isin(cc, '%09d' % (i // 2) if cc != 'US' else 'B%08d' % (i // 2))
                e['isin'] = [ident]
                code, _ = rng.choice(EXCH)
                tk = ''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(4))
                e['tickers'] = ['%s:%s' % (code, tk)]
            f.write(json.dumps(e) + '\n')
            names.append((e['id'], base, form, ident, e.get('tickers', [None])[0]))
            i += 1
    exp = open(os.path.join(out, 'holdings.csv.expected'), 'w')
    with open(os.path.join(out, 'holdings.csv'), 'w') as f:
        f.write('Name,Ticker,Exchange,ISIN,Weight\n')
        w = 100.0 / nh
        for k in range(nh):
            r = rng.random()
            if r < 0.45:  # a registry company written as a fund writes it
                eid, base, form, ident, tk = rng.choice(names)
                exp.write(eid + '\n')
                nm = base.upper().replace('TECHNOLOGIES', 'TECH').replace('INTERNATIONAL', 'INTL')
                # the issuer's own legal form, or none: funds abbreviate, they
                # do not turn an AG into a Corp
                nm += ' ' + rng.choice((form.upper(), form.upper(), ''))
                nm += rng.choice(('', '', ' CL A', ' ADR', ' CLASS B'))
                f.write('"%s",,,,%.6f\n' % (nm.strip(), w))
            elif r < 0.70:  # by identifier and ticker
                eid, base, form, ident, tk = rng.choice(names)
                exp.write(eid + '\n')
                ticker, exch = '', ''
                if tk:
                    code, sym = tk.split(':')
                    ticker, exch = sym, dict(EXCH)[code]
                f.write('"%s",%s,"%s",%s,%.6f\n' % (base.upper(), ticker, exch, ident or '', w))
            else:  # not in the registry (unless the words happen to make a name in it)
                base = word(rng) + ' ' + rng.choice(INDUSTRY)
                nm = base + ' ' + rng.choice(FORMS)
                exp.write(seen.get(base, '-') + '\n')
                f.write('"%s",,,,%.6f\n' % (nm.upper(), w))
    exp.close()


if __name__ == '__main__':
    main()
