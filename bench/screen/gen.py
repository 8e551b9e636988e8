#!/usr/bin/env python3
"""Generate a registry of N companies and a holdings file for bench/screen.

usage: gen.py [--holdings STYLE] DIR [N_ENTITIES] [N_HOLDINGS] [SEED]

Writes DIR/registry.jsonl (the registry import format: id, name, kind,
aliases, isin, tickers, categories), DIR/holdings.csv (Name, Ticker,
Exchange, ISIN, Weight) and DIR/holdings.csv.expected (the id each holding
must match, - for none, one a line). Names are made of invented distinctive words,
industry words and legal forms in several languages, so they look and
tokenize like real company names; half of the companies carry an ISIN and
a ticker. Holdings mix registry companies written as funds write them
(capitals, other legal forms, share classes, abbreviations), companies by
identifier only, and companies that are not in the registry.

--holdings STYLE writes other holdings against the same registry (the
registry is the same bytes for the same N and SEED; the default, "plain",
is the file described above):
  noisy     every holding names a registry company by name only, written the
            way data vendors garble it: case, punctuation (commas, periods,
            "&" for "and"), legal forms spelled out, abbreviated or swapped
            for another of the same family, abbreviations (INTL, TECH, SYS,
            GRP, HLDGS), share classes and the words a distinctive word
            drops or gains a letter in (one in ten)
  nearmiss  a third registry companies as funds write them, two thirds
            near misses: a registry name with one distinctive word changed
            by a letter, a distinctive word swapped for an invented one, or
            its words in another company's order (none of them in the
            registry, so each should match nothing)
  fund      realistic holdings of a fund of funds and a multi-asset fund:
            ETF and fund names ("iShares Core MSCI World UCITS ETF USD
            (Acc)"), government bonds, cash and FX lines, and a fifth
            registry companies as funds write them
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
    args = sys.argv[1:]
    style = 'plain'
    if len(args) > 1 and args[0] == '--holdings':
        style = args[1]
        args = args[2:]
    if style not in HOLDINGS or not args:
        sys.exit('usage: gen.py [--holdings plain|noisy|nearmiss|fund] DIR [N] [N_HOLDINGS] [SEED]')
    out = args[0]
    n = int(args[1]) if len(args) > 1 else 1000000
    nh = int(args[2]) if len(args) > 2 else 10000
    rng = random.Random(int(args[3]) if len(args) > 3 else 42)
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
        HOLDINGS[style](f, exp, rng, names, seen, nh)
    exp.close()


def plain_holdings(f, exp, rng, names, seen, nh):
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


# how vendors write a legal form: spelled out, dotted, or another of its family
FORM_VARIANTS = {
    'Inc': ('Inc.', 'Incorporated', 'INC'), 'Corp': ('Corp.', 'Corporation', 'CORP'),
    'Co': ('Co.', 'Company', 'CO'), 'Ltd': ('Ltd.', 'Limited', 'LTD'),
    'PLC': ('plc', 'P.L.C.', 'Public Limited Company'), 'AG': ('A.G.', 'Aktiengesellschaft'),
    'SA': ('S.A.', 'S A', 'Societe Anonyme'), 'NV': ('N.V.', 'Naamloze Vennootschap'),
    'SE': ('S.E.', 'SE'), 'SpA': ('S.p.A.', 'SPA'), 'GmbH': ('G.m.b.H.', 'GMBH'),
    'AB': ('(publ)', 'AB (publ)'), 'ASA': ('A.S.A.',), 'Oyj': ('OYJ', 'Abp'),
    'Ltee': ('Ltée', 'LTEE'), 'LLC': ('L.L.C.', 'LLC'), 'KK': ('K.K.', 'Kabushiki Kaisha'),
    'Bhd': ('Berhad', 'BHD'), 'Tbk': ('PT Tbk', 'TBK'),
}
ABBREV = (('Technologies', 'Tech'), ('International', 'Intl'), ('Systems', 'Sys'),
          ('Group', 'Grp'), ('Holdings', 'Hldgs'), ('Industries', 'Inds'),
          ('Communications', 'Comms'), ('Pharmaceuticals', 'Pharma'))


def typo(rng, w):
    """w with one letter dropped, doubled or changed (never the first)."""
    i = rng.randrange(1, len(w))
    op = rng.randrange(3)
    if op == 0 and len(w) > 4:
        return w[:i] + w[i + 1:]
    if op == 1:
        return w[:i] + w[i] + w[i:]
    return w[:i] + rng.choice([c for c in 'aeioulnrst' if c != w[i].lower()]) + w[i + 1:]


def garble(rng, base, form):
    words = base.split()
    if rng.random() < 0.1:
        words[0] = typo(rng, words[0])
    nm = ' '.join(words)
    for full, short in ABBREV:
        if rng.random() < 0.5:
            nm = nm.replace(full, short)
    f = rng.random()
    if f < 0.3:
        nm += ' ' + form
    elif f < 0.7:
        nm += (',' if rng.random() < 0.5 else '') + ' ' + rng.choice(FORM_VARIANTS[form])
    nm += rng.choice(('', '', '', ' CL A', ' ADR', ' Class B', ' ORD', ' REG S', ' /THE/'))
    if rng.random() < 0.2:
        nm = nm.replace(' ', ', ', 1) if ' ' in nm else nm
    if rng.random() < 0.2:
        nm = nm.replace(' and ', ' & ') if ' and ' in nm else nm + '.'
    c = rng.random()
    return nm.upper() if c < 0.5 else nm.title() if c < 0.6 else nm.lower() if c < 0.7 else nm


def noisy_holdings(f, exp, rng, names, seen, nh):
    f.write('Name,Weight\n')
    w = 100.0 / nh
    for k in range(nh):
        eid, base, form, ident, tk = rng.choice(names)
        exp.write(eid + '\n')
        f.write('"%s",%.6f\n' % (garble(rng, base, form).replace('"', '""'), w))


def nearmiss_holdings(f, exp, rng, names, seen, nh):
    f.write('Name,Weight\n')
    w = 100.0 / nh
    k = 0
    while k < nh:
        eid, base, form, ident, tk = rng.choice(names)
        words = base.split()
        r = rng.random()
        if r < 1 / 3:
            nm, want = base.upper() + ' ' + form.upper(), eid
        else:
            if r < 5 / 9:
                words[0] = typo(rng, words[0])
            elif r < 7 / 9:
                words[0] = word(rng)
            elif len(words) > 1:
                other = rng.choice(names)[1].split()
                words = other[:1] + words[1:] if other[0] != words[0] else words[::-1]
            else:
                words = [words[0], rng.choice(INDUSTRY)]
            nm = ' '.join(words)
            if nm in seen:  # it is a registry name after all: draw again
                continue
            want = '-'
            nm = nm.upper() + ' ' + form.upper()
        exp.write(want + '\n')
        f.write('"%s",%.6f\n' % (nm, w))
        k += 1


FUND_HOUSES = ("iShares", "Vanguard", "SPDR", "Xtrackers", "Amundi", "Invesco", "Lyxor",
               "Fidelity", "BlackRock", "Schroder", "UBS", "HSBC", "JPMorgan", "Franklin")
FUND_BODIES = ("Core MSCI World", "MSCI Emerging Markets", "S&P 500", "Total Stock Market Index",
               "FTSE All-World", "Global Aggregate Bond", "Euro Stoxx 50", "MSCI EM Asia",
               "Core Euro Govt Bond", "USD Treasury Bond 7-10yr", "Russell 2000",
               "Global Clean Energy", "MSCI Japan", "Nasdaq 100", "Short Duration High Yield")
FUND_TAILS = ("UCITS ETF USD (Acc)", "UCITS ETF", "ETF", "Index Fund Admiral Shares",
              "Fund Class I", "Trust", "UCITS ETF 1C", "Fund Inst Acc", "ETF Shs")


def fund_holdings(f, exp, rng, names, seen, nh):
    f.write('Name,Ticker,ISIN,Weight\n')
    w = 100.0 / nh
    for k in range(nh):
        r = rng.random()
        if r < 0.2:
            eid, base, form, ident, tk = rng.choice(names)
            exp.write(eid + '\n')
            f.write('"%s",,,%.6f\n' % (base.upper() + ' ' + form.upper(), w))
            continue
        exp.write('-\n')
        if r < 0.7:
            nm = '%s %s %s' % (rng.choice(FUND_HOUSES), rng.choice(FUND_BODIES), rng.choice(FUND_TAILS))
        elif r < 0.85:
            nm = '%s %.3f%% %02d/%02d/20%02d' % (
                rng.choice(("United States Treasury Note/Bond", "Bundesrepublik Deutschland",
                            "Japan Government Ten Year Bond", "United Kingdom Gilt",
                            "French Republic Government Bond OAT")),
                rng.randrange(0, 6000) / 1000, rng.randrange(1, 13), rng.randrange(1, 29),
                rng.randrange(25, 55))
        else:
            nm = rng.choice(("USD CASH", "EUR Cash Collateral", "FWD EUR/USD", "BlackRock ICS USD Liquidity Fund",
                             "S&P500 EMINI FUT MAR27", "CASH COLLATERAL USD GSCO", "GBP/USD FX SPOT"))
        nm = nm.upper() if rng.random() < 0.5 else nm
        f.write('"%s",,,%.6f\n' % (nm, w))


HOLDINGS = {'plain': plain_holdings, 'noisy': noisy_holdings, 'nearmiss': nearmiss_holdings,
            'fund': fund_holdings}

if __name__ == '__main__':
    main()
