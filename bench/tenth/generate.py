#!/usr/bin/env python3
"""Generate the tenth independent secret-scanning corpus.

usage: generate.py OUT_DIR [--seed S]
Writes OUT_DIR/ (the corpus), OUT_DIR.labels.json and OUT_DIR.values.json. Same seed, same bytes.
Seeds 71 and 72 are the measured ones."""

import argparse
import collections
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import tkeys  # noqa: E402
import tprov  # noqa: E402
from tframe import Corpus  # noqa: E402
from themes import layer2  # noqa: E402
from themes.common import Ctx  # noqa: E402
from themes import (t_dental, t_funeral, t_textile, t_schoolphoto, t_observatory, t_museum,  # noqa: E402
                    t_storage, t_print, t_elevator, t_cannabis, t_auction)
from tvals import V  # noqa: E402

THEMES = [t_dental, t_funeral, t_textile, t_schoolphoto, t_observatory, t_museum, t_storage, t_print, t_elevator,
          t_cannabis, t_auction]


def repo_root():
    d = HERE
    while d != os.path.dirname(d):
        if os.path.exists(os.path.join(d, ".git")):
            return d
        d = os.path.dirname(d)
    return None


def deal(seed, n):
    r = V("tenth-deal:%d" % seed)
    cats = [c for c, *_ in tprov.T]
    r.shuffle(cats)
    pairs = [c for c, _ in tprov.PAIRS]
    r.shuffle(pairs)
    per = len(cats) // n
    out = []
    for i in range(n):
        toks = cats[i * per:(i + 1) * per]
        if i < len(cats) - per * n:
            toks.append(cats[per * n + i])
        out.append((toks, [pairs[(2 * i) % len(pairs)], pairs[(2 * i + 1) % len(pairs)]]))
    return out


def build(seed):
    corpus = Corpus()
    for mod, (toks, prs) in zip(THEMES, deal(seed, len(THEMES))):
        corpus.set_theme(mod.NAME)
        C = Ctx(corpus, mod.NAME, seed, mod.WORDS)
        C.deal_tokens, C.deal_pairs = toks, prs
        mod.setup(C)
        C.ca = tkeys.ECKey(C.r)
        mod.build(C)
        layer2.run(C)
    return corpus


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=71)
    a = ap.parse_args()
    out = os.path.abspath(a.out.rstrip("/"))
    root = repo_root()
    if root and (out + "/").startswith(os.path.realpath(root) + "/"):
        sys.exit("refusing to write inside the repository: %s" % out)
    if os.path.exists(out):
        if os.listdir(out) and not os.path.exists(out + ".labels.json"):
            sys.exit("%s exists, is not empty and is not a previous corpus" % out)
        shutil.rmtree(out)
    os.makedirs(out)
    corpus = build(a.seed)
    labels = corpus.write(out)
    report(corpus, labels, a.seed)


def report(corpus, labels, seed):
    rows = collections.OrderedDict((t, [0, 0, 0, 0]) for t in corpus.themes)
    for p in corpus.order:
        rows[p.split("/")[0]][0] += 1
    mix = collections.Counter()
    free = 0
    for l in labels:
        t = rows[l.path.split("/")[0]]
        if l.kind == "secret":
            t[1] += 1
            mix[l.grp] += 1
            if l.free:
                t[3] += 1
                free += 1
        else:
            t[2] += 1
    print("seed %d\n" % seed)
    print("| directory | files | secrets | negatives | in free text |\n|---|---:|---:|---:|---:|")
    for t, (f, s, n, ft) in rows.items():
        print("| `%s/` | %d | %d | %d | %d |" % (t, f, s, n, ft))
    tot = [sum(v[i] for v in rows.values()) for i in range(4)]
    print("| **total** | **%d** | **%d** | **%d** | **%d** |" % tuple(tot))
    s = tot[1] or 1
    print("\nmix: provider %d (%d%%), generic %d (%d%%), key %d (%d%%); free text %d (%d%%)" % (
        mix["provider"], round(100 * mix["provider"] / s), mix["generic"], round(100 * mix["generic"] / s), mix["key"],
        round(100 * mix["key"] / s), free, round(100 * free / s)))
    cats_s = {l.cat for l in labels if l.kind == "secret"}
    cats_n = collections.Counter(l.cat for l in labels if l.kind == "negative")
    spans = sum(1 for l in labels if l.end > l.line)
    print("%d secret categories, %d negative categories, %d spans" % (len(cats_s), len(cats_n), spans))
    print("negatives: " + ", ".join("%s %d" % kv for kv in cats_n.most_common()))


if __name__ == "__main__":
    main()
