#!/usr/bin/env python3
"""Generate a fund universe for bench/funds: N-PORT-shaped filings.

usage: gen.py REGISTRY.jsonl DIR [N_FUNDS] [HOLDINGS] [SEED]

Reads the companies of a registry (bench/screen/gen.py writes one) and
writes DIR/nport/fund-NNNNN.xml, one N-PORT filing per fund (genInfo with
registrant, CIK, series name and id, report date; each holding with name,
ISIN when the company has one, valUSD and pctVal), and DIR/tickers.json
in the SEC's mutual-fund ticker layout (two share classes a fund). Each
fund holds HOLDINGS companies drawn from the registry with a skew (a few
large companies are in most funds, as in real indexes), and one holding in
twenty is a company the registry does not know.
"""
import json
import os
import random
import sys


def main():
    reg, out = sys.argv[1], sys.argv[2]
    n_funds = int(sys.argv[3]) if len(sys.argv) > 3 else 3000
    n_hold = int(sys.argv[4]) if len(sys.argv) > 4 else 500
    rng = random.Random(int(sys.argv[5]) if len(sys.argv) > 5 else 7)
    companies = []
    with open(reg) as f:
        for line in f:
            o = json.loads(line)
            if o.get('kind', 'company') != 'company':
                continue
            isin = (o.get('isin') or [None])[0]
            companies.append((o['name'], isin))
    os.makedirs(os.path.join(out, 'nport'), exist_ok=True)
    esc = lambda s: s.replace('&', '&amp;').replace('<', '&lt;')
    data = []
    n = len(companies)
    for i in range(n_funds):
        sid = 'S%09d' % (100000 + i)
        cik = '%010d' % (5000 + i // 10)
        data.append([5000 + i // 10, sid, 'C%09d' % (2 * i), 'FA%04dX' % i])
        data.append([5000 + i // 10, sid, 'C%09d' % (2 * i + 1), 'FB%04dX' % i])
        picks = set()
        while len(picks) < n_hold:
            # a skew: low indexes are drawn far more often
            picks.add(int(n * rng.random() ** 3))
        w = [rng.random() for _ in picks]
        s = sum(w)
        parts = ['<?xml version="1.0" encoding="UTF-8"?>\n'
                 '<edgarSubmission xmlns="http://www.sec.gov/edgar/nport"><formData>\n'
                 '<genInfo><regName>Bench Trust %d</regName><regCik>%s</regCik>'
                 '<seriesName>Bench Fund %05d</seriesName><seriesId>%s</seriesId>'
                 '<repPdEnd>2026-12-31</repPdEnd><repPdDate>2026-10-31</repPdDate>'
                 '</genInfo>\n<invstOrSecs>\n' % (i // 10, cik, i, sid)]
        for k, (j, wj) in enumerate(zip(picks, w)):
            pct = wj / s * 100
            if k % 20 == 19:
                name, isin = 'Unlisted Holding %d-%d Corp' % (i, k), None
            else:
                name, isin = companies[j]
            ident = '<identifiers><isin value="%s"/></identifiers>' % isin if isin else ''
            parts.append('<invstOrSec><name>%s</name>%s<valUSD>%.2f</valUSD>'
                         '<pctVal>%.6f</pctVal><assetCat>EC</assetCat></invstOrSec>\n'
                         % (esc(name), ident, pct * 1e5, pct))
        parts.append('</invstOrSecs></formData></edgarSubmission>\n')
        with open(os.path.join(out, 'nport', 'fund-%05d.xml' % i), 'w') as f:
            f.write(''.join(parts))
    with open(os.path.join(out, 'tickers.json'), 'w') as f:
        json.dump({'fields': ['cik', 'seriesId', 'classId', 'symbol'], 'data': data}, f)


if __name__ == '__main__':
    main()
