#!/usr/bin/env python3
"""Generate the twelfth labelled secret-scanning corpus.

usage: generate.py OUT_DIR [--seed N]
Writes OUT_DIR/ (the corpus), OUT_DIR.labels.json and OUT_DIR.values.json (next to it, never inside).
Refuses to write inside a git repository; replaces an existing OUT_DIR only if OUT_DIR.labels.json exists.
"""
import argparse
import collections
import importlib
import os
import random
import shutil
import subprocess
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from frame12 import Corpus  # noqa: E402
import prov12  # noqa: E402
from themes import common, layer2  # noqa: E402

THEMES = ["marina", "parking-garages", "court-reporting", "linen-service", "sawmill", "billboard-dooh",
          "grain-elevator", "plasma-center", "casino-floor", "driving-school", "poultry-hatchery"]


def inside_repo(path):
    p = os.path.abspath(path)
    while True:
        if os.path.exists(os.path.join(p, ".git")):
            return p
        parent = os.path.dirname(p)
        if parent == p:
            return None
        p = parent


def build(seed):
    rnd = random.Random("twelfth-deal:%s" % seed)
    pool = list(prov12.P)
    rnd.shuffle(pool)
    pairs = list(prov12.PAIRS)
    rnd.shuffle(pairs)
    leaky = [prov12.P_BY_CAT[c] for c in prov12.LEAKY]
    syn = [s.name for s in common.SYNTAXES]
    rnd.shuffle(syn)
    corpus = Corpus()
    per = len(pool) // len(THEMES)
    stats = []
    for i, name in enumerate(THEMES):
        deal = pool[i * per:(i + 1) * per]
        tp = pairs[2 * i:2 * i + 2]
        lk = list(leaky)
        rnd.shuffle(lk)
        mod = importlib.import_module("themes.t_" + name.replace("-", "_"))
        ctx = common.Ctx(corpus, seed, name, deal, tp, lk[:10])
        mod.setup(ctx)
        ctx.base_day = "2025-%02d-%02d" % (ctx.v.randint(2, 11), ctx.v.randint(1, 28))
        ctx.base_min = ctx.v.randint(0, 59)
        ctx.uidn = lambda w: zlib.crc32(w.encode()) % 10 ** 9
        ctx.uid = lambda w: "%08X" % zlib.crc32(w.encode())
        ctx.corpus_has = (lambda c, n: lambda rel: ("%s/%s" % (n, rel)) in c.files)(corpus, name)
        before = set(corpus.files)
        mod.run(ctx)
        layer2.run(ctx, syn[2 * i:2 * i + 2])
        stats.append((name, ctx, set(corpus.files) - before))
    corpus.leak_check()
    return corpus, stats


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", default="91")
    a = ap.parse_args()
    out = os.path.abspath(a.out.rstrip("/"))
    repo = inside_repo(out) or inside_repo(os.path.dirname(out))
    if repo:
        sys.exit("refusing to write inside the repository %s" % repo)
    if os.path.exists(out):
        if not os.path.exists(out + ".labels.json"):
            sys.exit("%s exists and has no .labels.json next to it; not replacing it" % out)
        shutil.rmtree(out)
    corpus, stats = build(a.seed)
    os.makedirs(out)
    ents = corpus.write(out)
    # table
    per = collections.defaultdict(lambda: [0, 0, 0, 0])
    for lab, rec in ents:
        t = lab["path"].split("/")[0]
        if lab["kind"] == "secret":
            per[t][1] += 1
            per[t][3] += bool(rec.get("free_text"))
        else:
            per[t][2] += 1
    for p in corpus.files:
        per[p.split("/")[0]][0] += 1
    print("| directory | files | secrets | negatives | in free text |")
    print("|---|---:|---:|---:|---:|")
    tot = [0, 0, 0, 0]
    for t in sorted(per):
        print("| `%s/` | %d | %d | %d | %d |" % ((t,) + tuple(per[t])))
        tot = [x + y for x, y in zip(tot, per[t])]
    print("| **total** | **%d** | **%d** | **%d** | **%d** |" % tuple(tot))
    grp = collections.Counter(rec.get("group") for lab, rec in ents if lab["kind"] == "secret")
    n = sum(grp.values())
    print("\nmix: provider %d (%d%%), generic %d (%d%%), key %d (%d%%); free text %d (%d%%)" % (
        grp["provider"], round(100 * grp["provider"] / n), grp["generic"], round(100 * grp["generic"] / n), grp["key"],
        round(100 * grp["key"] / n), tot[3], round(100 * tot[3] / n)))
    negc = collections.Counter(lab["category"] for lab, rec in ents if lab["kind"] == "negative")
    print("negatives: " + ", ".join("%s %d" % kv for kv in negc.most_common()))
    used = set()
    for _, ctx, _ in stats:
        used.update(ctx.used)
    print("providers used: %d of %d token types, %d of %d pairs" % (
        len(used & set(prov12.P_BY_CAT)), len(prov12.P), len(used & {p[0] for p in prov12.PAIRS}), len(prov12.PAIRS)))
    spans = sum(1 for lab, _ in ents if "span" in lab)
    cats = collections.Counter(lab["kind"] for lab in {(l["category"], l["kind"]): l for l, _ in ents}.values())
    print("categories: %d secret, %d negative; %d spans" % (cats["secret"], cats["negative"], spans))


if __name__ == "__main__":
    main()
