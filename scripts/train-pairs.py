#!/usr/bin/env python3
"""Train the scorer of candidate claim pairs (lib/extract/pair_candidates.c).

usage:
  scripts/train-pairs.py dump RECEIPTS [OUT.tsv]
      Run RECEIPTS extract --pair-features on ../shared/eval/dev, the tune
      half of tests/data/eval (never check) and the rows of the golden tables
      (tests/data/extract/claims.tsv, claims-constructions.tsv), label each
      candidate from the gold and write the training data (default
      tests/data/extract/pairs-train.tsv).
  scripts/train-pairs.py train [DATA.tsv] [OUT.c] [--cv]
      Fit logistic weights on the training data, choose the L2 strength, the
      threshold of additions and the veto of rules' pairs by
      leave-documents-out cross-validation (5 folds grouped by document;
      scored on dev and tune, a veto must lose no golden row's claim), and write the C file of weights (default
      lib/extract/pair_weights.c). --cv prints the folds' numbers.

A candidate is positive when the gold has a claim of that company and
counterparty whose evidence overlaps the candidate's sentence (a golden
row: the row's claims have that pair). The dump is of the rules alone: the
weights in the binary change nothing in it. Deterministic:
no randomness, the same data gives the same file byte for byte.
"""
import importlib.util
import json
import math
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(HERE, "tests/data/extract/pairs-train.tsv")
OUT_C = os.path.join(HERE, "lib/extract/pair_weights.c")
FOLDS = 5
VETOES = (0.02, 0.05, 0.1, 0.15, 0.2)
LAMBDAS = (0.3, 1.0, 3.0, 10.0, 30.0)
THRESHOLDS = tuple(t / 20 for t in range(1, 20))  # probability 0.05 .. 0.95


# ---- dump: candidates and labels ----

def load_score(shared):
    spec = importlib.util.spec_from_file_location("score", os.path.join(shared, "eval/score.py"))
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def dump(binary, out):
    shared = os.environ.get("SHARED", os.path.join(HERE, "../shared"))
    score = load_score(shared)
    sets = [("dev", os.path.join(shared, "eval/dev")), ("tune", os.path.join(HERE, "tests/data/eval/tune"))]
    rows = []
    for name, d in sets:
        docs = sorted(f for f in os.listdir(os.path.join(d, "docs")) if f.endswith(".txt"))
        with tempfile.TemporaryDirectory() as tmp:
            pf = os.path.join(tmp, "pairs.tsv")
            res = subprocess.run([binary, "extract", "--format", "jsonl", "--pair-features", pf]
                                 + [os.path.join(d, "docs", f) for f in docs],
                                 check=True, capture_output=True, text=True)
            pred = {os.path.basename(json.loads(l)["file"]): json.loads(l)
                    for l in res.stdout.splitlines() if l.strip()}
            cands, doc = {}, None
            with open(pf, encoding="utf-8") as f:
                for line in f:
                    p = line.rstrip("\n").split("\t")
                    if p[0] == "F":
                        doc = os.path.basename(p[1])
                        cands[doc] = []
                    else:
                        cands[doc].append(p[1:])
        gold = {g["doc"]: g for g in score.load_jsonl(os.path.join(d, "gold.jsonl"))}
        for doc in docs:
            g, p = gold.get(doc), pred.get(doc)
            if g is None or p is None:
                continue
            with open(os.path.join(d, "docs", doc), encoding="utf-8") as f:
                text = f.read()
            gorgs = g.get("orgs", [])
            mapping = score.match_orgs(gorgs, p.get("orgs", []))
            gc = g.get("claims", [])
            spans = [score.evidence_span(text, c.get("evidence")) for c in gc]

            def matches(co, cp, s0, s1, rel):
                out = []
                for k, c in enumerate(gc):
                    sp = spans[k]
                    if (c["company"] == co and c["counterparty"] == cp and sp
                            and s0 < sp[1] and sp[0] < s1 and (rel is None or c["relation"] == rel)):
                        out.append(k)
                return out
            # the rules' claims: which gold claims they find, and their facts
            rule_gold, rule_facts = set(), set()
            for c in p.get("claims", []):
                co = score.resolve(c.get("company"), c.get("company_name"), mapping, gorgs)
                cp = score.resolve(c.get("counterparty"), c.get("counterparty_name"), mapping, gorgs)
                rule_facts.add((co, cp, c.get("relation")))
                for k in matches(co, cp, c["start"], c["end"], c.get("relation")):
                    if k not in rule_gold:
                        rule_gold.add(k)
                        break
            rows.append(["D", name, doc, str(len(gc)), str(len(p.get("claims", []))),
                         ",".join(map(str, sorted(rule_gold)))])
            for cid, cname, pid, pname, s0, s1, rel, rule, bits in cands.get(doc, []):
                co = score.resolve(cid or None, cname, mapping, gorgs)
                cp = score.resolve(pid or None, pname, mapping, gorgs)
                s0, s1 = int(s0), int(s1)
                pair = matches(co, cp, s0, s1, None)
                right = matches(co, cp, s0, s1, rel)
                fact = "1" if (co, cp, rel) in rule_facts and co and cp else "0"
                rows.append(["C", name, doc, "1" if pair else "0", ",".join(map(str, right)),
                             fact, rule, bits])
    rows += dump_golden(binary)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# made by scripts/train-pairs.py dump: D set doc gold rule_claims rule_found;"
                " C set doc positive gold_right rule_fact rule features\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


RELATIONS = ("supplies", "contract", "acquired", "invested", "divested", "partnered", "owns",
             "restricted")


def unescape(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            c = s[i + 1]
            if c == "t":
                out.append(b"\t"); i += 2
            elif c == "n":
                out.append(b"\n"); i += 2
            elif c == "x" and i + 3 < len(s) + 1:
                out.append(bytes([int(s[i + 2:i + 4], 16)])); i += 4
            else:
                out.append(c.encode()); i += 2
        else:
            out.append(s[i].encode()); i += 1
    return b"".join(out).decode("utf-8", "replace")


def parse_claims(col):
    """"company relation counterparty ; ..." (a [name] for one the registry
    lacks) as (company, relation, counterparty) triples."""
    out = []
    if col.strip() == "-":
        return out
    for part in col.split(" ; "):
        words = part.split(" ")
        for k, w in enumerate(words):
            if w in RELATIONS and k:
                co = " ".join(words[:k])
                if co.count("[") == co.count("]"):
                    out.append((co, w, " ".join(words[k + 1:])))
                    break
    return out


def dump_golden(binary):
    """The golden tables' rows (tests/data/extract/claims.tsv and
    claims-constructions.tsv: constructions of each language, positives and
    negatives) as documents of one sentence or two, labeled by their claims."""
    rows = []
    for table in ("claims.tsv", "claims-constructions.tsv"):
        items = []
        with open(os.path.join(HERE, "tests/data/extract", table), encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                p = line.split("\t")
                if len(p) >= 3:
                    items.append((p[0], unescape(p[1]), parse_claims(p[2])))
        with tempfile.TemporaryDirectory() as tmp:
            for lang in ("en", "fr", "es", "de"):
                idx = [k for k, it in enumerate(items) if it[0] == lang]
                if not idx:
                    continue
                files = []
                for k in idx:
                    fn = os.path.join(tmp, f"{k:05d}.txt")
                    with open(fn, "w", encoding="utf-8") as f:
                        f.write(items[k][1])
                    files.append(fn)
                pf = os.path.join(tmp, f"pairs-{lang}.tsv")
                res = subprocess.run([binary, "extract", "--lang", lang, "--format", "jsonl",
                                      "--pair-features", pf] + files,
                                     check=True, capture_output=True, text=True)
                pred = {os.path.basename(json.loads(l)["file"]): json.loads(l)
                        for l in res.stdout.splitlines() if l.strip()}
                cands, doc = {}, None
                with open(pf, encoding="utf-8") as f:
                    for line in f:
                        p = line.rstrip("\n").split("\t")
                        if p[0] == "F":
                            doc = os.path.basename(p[1])
                            cands[doc] = []
                        else:
                            cands[doc].append(p[1:])
                for k in idx:
                    doc = f"{k:05d}.txt"
                    gold = items[k][2]
                    name = f"{table}:{k}"

                    def side(i, n):
                        return i if i else f"[{n}]"
                    made = [(side(c.get("company"), c.get("company_name")), c.get("relation"),
                             side(c.get("counterparty"), c.get("counterparty_name")))
                            for c in pred.get(doc, {}).get("claims", [])]
                    found = [g for g, t in enumerate(gold) if t in made]
                    rows.append(["D", "golden", name, str(len(gold)), str(len(made)),
                                 ",".join(map(str, found))])
                    for cid, cname, pid, pname, s0, s1, rel, rule, bits in cands.get(doc, []):
                        co, cp = side(cid, cname), side(pid, pname)
                        pair = [g for g, t in enumerate(gold) if t[0] == co and t[2] == cp]
                        right = [g for g, t in enumerate(gold) if t == (co, rel, cp)]
                        fact = "1" if (co, rel, cp) in made else "0"
                        rows.append(["C", "golden", name, "1" if pair else "0",
                                     ",".join(map(str, right)), fact, rule, bits])
    return rows


# ---- train ----

def read_data(path):
    docs, cands = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            p = line.rstrip("\n").split("\t")
            if p[0] == "D":
                docs[(p[1], p[2])] = (int(p[3]), int(p[4]), {int(x) for x in p[5].split(",") if x})
            else:
                cands.append({"doc": (p[1], p[2]), "y": int(p[3]),
                              "right": [int(x) for x in p[4].split(",") if x],
                              "fact": int(p[5]), "rule": int(p[6]),
                              "x": [k for k, c in enumerate(p[7]) if c == "1"]})
    return docs, cands


def sigmoid(z):
    if z < -40:
        return 0.0
    if z > 40:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))


def solve(a, b):
    """Solve a x = b (a symmetric positive definite) by Gaussian elimination."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for i in range(n):
        piv = max(range(i, n), key=lambda r: abs(m[r][i]))
        m[i], m[piv] = m[piv], m[i]
        d = m[i][i]
        for r in range(i + 1, n):
            f = m[r][i] / d
            if f:
                for c in range(i, n + 1):
                    m[r][c] -= f * m[i][c]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        x[i] = (m[i][n] - sum(m[i][c] * x[c] for c in range(i + 1, n))) / m[i][i]
    return x


def fit(cands, nf, lam, iters=25):
    """L2-regularized logistic regression by Newton's method (the bias
    unpenalized), on the candidates no rule made: those are the ones the
    scorer may add."""
    w = [0.0] * nf
    for _ in range(iters):
        g = [lam * w[k] if k else 0.0 for k in range(nf)]
        h = [[0.0] * nf for _ in range(nf)]
        for k in range(1, nf):
            h[k][k] = lam
        h[0][0] = 1e-6
        for c in cands:
            x = c["x"]
            p = sigmoid(sum(w[k] for k in x))
            e = p - c["y"]
            s = p * (1 - p)
            for i in x:
                g[i] += e
                hi = h[i]
                for j in x:
                    hi[j] += s
        step = solve(h, g)
        w = [w[k] - step[k] for k in range(nf)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return w


def folds_of(docs):
    """Documents into FOLDS groups, in order of (set, name): the fold of
    the i-th document is i mod FOLDS."""
    return {d: i % FOLDS for i, d in enumerate(sorted(docs))}


def evaluate(docs, cands, prob, t):
    """Claims P/R/F of the rules plus the candidates over probability t
    that no rule made. A gold claim counts once; an added candidate that
    repeats a rule's fact merges into it (no new prediction)."""
    gold = sum(v[0] for v in docs.values())
    pred = sum(v[1] for v in docs.values())
    found = {(d, k) for d, v in docs.items() for k in v[2]}
    base_found, added, added_true = len(found), 0, 0
    seen = set()
    for c, p in zip(cands, prob):
        if c["rule"] or p <= t or c["fact"]:
            continue
        key = (c["doc"], tuple(c["right"]))
        new = [(c["doc"], k) for k in c["right"] if (c["doc"], k) not in found]
        if c["right"] and not new:
            continue  # a repeat of a found fact: merged
        if key in seen and c["right"]:
            continue
        seen.add(key)
        added += 1
        if new:
            found.add(new[0])
            added_true += 1
    tp = len(found)
    P = tp / (pred + added) if pred + added else 0
    R = tp / gold if gold else 0
    F = 2 * P * R / (P + R) if P + R else 0
    return P, R, F, added, added_true, base_found


def evaluate_veto(docs, cands, prob, v):
    """Claims P/R/F of the rules when a rule's pair scored under v is
    dropped: a rule claim less, and its gold claim lost if it found one."""
    gold = sum(x[0] for x in docs.values())
    pred = sum(x[1] for x in docs.values())
    found = {(d, k) for d, x in docs.items() for k in x[2]}
    dropped = lost = 0
    for c, p in zip(cands, prob):
        if not c["rule"] or p >= v:
            continue
        dropped += 1
        for k in c["right"]:
            if (c["doc"], k) in found:
                found.discard((c["doc"], k))
                lost += 1
                break
    P = len(found) / (pred - dropped) if pred > dropped else 0
    R = len(found) / gold if gold else 0
    F = 2 * P * R / (P + R) if P + R else 0
    return P, R, F, dropped, lost


def cross_validate(docs, cands, nf, lam):
    fold = folds_of(docs)
    prob = [0.0] * len(cands)
    for k in range(FOLDS):
        tr = [c for c in cands if fold[c["doc"]] != k]
        w = fit(tr, nf, lam)
        for i, c in enumerate(cands):
            if fold[c["doc"]] == k:
                prob[i] = sigmoid(sum(w[j] for j in c["x"]))
    return prob


def feature_names():
    src = open(os.path.join(HERE, "lib/extract/pair_candidates.c"), encoding="utf-8").read()
    body = src.split("rcp__pair_feature_names[RCP_PAIR_FEATURES] = {", 1)[1].split("};", 1)[0]
    return [s.strip().strip('"') for s in body.replace("\n", " ").split(",") if s.strip()]


def subset(docs, cands, prob, golden):
    """The documents of the golden tables (golden) or of dev and tune."""
    keep = [i for i, c in enumerate(cands) if (c["doc"][0] == "golden") == golden]
    return ({d: v for d, v in docs.items() if (d[0] == "golden") == golden},
            [cands[i] for i in keep], [prob[i] for i in keep])


def train(data, out, show):
    """Fit on dev, tune and the golden tables' rows; choose by the held-out
    folds' claims on dev and tune, a veto losing no golden row's claim."""
    docs, cands = read_data(data)
    names = feature_names()
    nf = len(names)
    probs = {lam: cross_validate(docs, cands, nf, lam) for lam in LAMBDAS}
    ed, ec, _ = subset(docs, cands, [0.0] * len(cands), False)
    P0, R0, F0, _, _, base = evaluate(ed, ec, [0.0] * len(ec), 2.0)
    lines = [f"rules alone (dev+tune): P {P0:.3f} R {R0:.3f} F {F0:.3f}"]
    best = None
    for lam in LAMBDAS:
        _, _, ep = subset(docs, cands, probs[lam], False)
        for t in THRESHOLDS:
            P, R, F, added, added_true, _ = evaluate(ed, ec, ep, t)
            lines.append(f"add lambda {lam:g} over {t:.2f}: P {P:.3f} R {R:.3f} F {F:.3f} "
                         f"added {added} right {added_true}")
            if added and added_true * 2 < added:
                continue
            if best is None or F > best[4] + 1e-12:
                best = (lam, t, P, R, F, added, added_true)
    vbest = None
    for lam in LAMBDAS:
        _, _, ep = subset(docs, cands, probs[lam], False)
        gd, gc, gp = subset(docs, cands, probs[lam], True)
        for v in VETOES:
            P, R, F, d, lost = evaluate_veto(ed, ec, ep, v)
            _, _, _, gdrop, glost = evaluate_veto(gd, gc, gp, v)
            lines.append(f"veto lambda {lam:g} under {v:.2f}: P {P:.3f} R {R:.3f} F {F:.3f} "
                         f"dropped {d} lost {lost}; golden rows: dropped {gdrop} lost {glost}")
            if (lost * 100 <= base and not glost and F > F0 and
                    (vbest is None or F > vbest[4] + 1e-12)):
                vbest = (lam, v, P, R, F, d, lost)
    if show:
        print("\n".join(lines))
    # additions: only when held-out folds show them right (3 or more more
    # found, F up); the veto: the best F that loses under 1% of the claims
    # the rules find on dev and tune, and none of the golden rows'
    if best is None or best[4] <= F0 or best[6] < 3:
        t = None
        print(f"cross-validation: no addition threshold beats the rules (F {F0:.3f}); "
              "the scorer adds nothing")
    else:
        t = best[1]
        print(f"cross-validation additions: lambda {best[0]:g} threshold {t:.2f}: P {best[2]:.3f} "
              f"R {best[3]:.3f} F {best[4]:.3f}, {best[5]} added, {best[6]} right (rules alone F {F0:.3f})")
    if vbest is None:
        veto = None
        lam = best[0] if t is not None else LAMBDAS[-1]
        print("cross-validation: no veto helps")
    else:
        lam, veto = vbest[0], vbest[1]
        if t is not None and best[0] != lam:
            t = None
            print("(the additions' L2 differs from the veto's: additions off)")
        print(f"cross-validation veto: lambda {lam:g} under {veto:.2f}: P {vbest[2]:.3f} R {vbest[3]:.3f} "
              f"F {vbest[4]:.3f}, {vbest[5]} rule claims dropped, {vbest[6]} found lost "
              f"(rules alone P {P0:.3f} R {R0:.3f} F {F0:.3f})")
    w = fit(cands, nf, lam)
    logit = "1e9" if t is None else f"{math.log(t / (1 - t)):.6f}"
    vlogit = "-1e9" if veto is None else f"{math.log(veto / (1 - veto)):.6f}"
    with open(out, "w", encoding="utf-8") as f:
        f.write("/*\n * pair_weights.c — generated by scripts/train-pairs.py from\n"
                " * tests/data/extract/pairs-train.tsv (dev and tune gold, the golden tables'\n"
                " * rows): do not edit.\n"
                " * Regenerate: python3 scripts/train-pairs.py dump build/receipts &&\n"
                " *             python3 scripts/train-pairs.py train\n"
                f" * Chosen by 5-fold leave-documents-out cross-validation: L2 {lam:g},\n"
                f" * threshold {'none (the scorer adds nothing)' if t is None else f'{t:.2f}'},\n"
                f" * veto under {'none' if veto is None else f'{veto:.2f}'}.\n */\n"
                '#include "pair_weights.h"\n\n'
                "const double rcp__pair_weights[RCP_PAIR_FEATURES] = {\n")
        for k in range(nf):
            f.write(f"\t{0.0 if abs(w[k]) < 5e-7 else w[k]:.6f}, /* {names[k]} */\n")
        f.write("};\n")
        f.write(f"const double rcp__pair_threshold = {logit};\n")
        f.write(f"const double rcp__pair_veto = {vlogit};\n")


def main(argv):
    if len(argv) >= 2 and argv[0] == "dump":
        dump(argv[1], argv[2] if len(argv) > 2 else DATA)
    elif argv and argv[0] == "train":
        rest = [a for a in argv[1:] if not a.startswith("--")]
        train(rest[0] if rest else DATA, rest[1] if len(rest) > 1 else OUT_C, "--cv" in argv)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
