#!/usr/bin/env python3
"""Generate the sixteenth blind secret-scanning corpus.

usage: generate.py OUT_DIR --seed N

Writes the tree to OUT_DIR and OUT_DIR.labels.json / OUT_DIR.values.json next to it (never inside).
Refuses to write inside a git repository; replaces an existing OUT_DIR only if OUT_DIR.labels.json
exists beside it.  Python 3.9+ standard library only; the same seed gives a byte-identical output."""

import argparse
import collections
import importlib
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import frame16  # noqa: E402
import keys16  # noqa: E402
import layer16  # noqa: E402
import layer16b  # noqa: E402
import keywrap16  # noqa: E402
import negfiles16  # noqa: E402
import prose16  # noqa: E402
import prov16  # noqa: E402
import second16  # noqa: E402
import syntax16  # noqa: E402
from themes16.common16 import Ctx  # noqa: E402

THEMES = ["t_tyre16", "t_additive16", "t_stats16", "t_cro16", "t_carbon16", "t_organic16", "t_quantum16",
          "t_calib16", "t_skydive16", "t_radio16", "t_relief16"]


def in_git(path):
    p = os.path.abspath(path)
    while True:
        if os.path.exists(os.path.join(p, ".git")):
            return p
        parent = os.path.dirname(p)
        if parent == p:
            return None
        p = parent


def deal(rng, items, per, n):
    """Deal `per` items to each of n hands, cycling through shuffled copies without repeats in a hand."""
    pool, hands = [], []
    for _ in range(n):
        hand = []
        while len(hand) < per:
            if not pool:
                pool = list(items)
                rng.shuffle(pool)
            x = pool.pop()
            if x in hand:
                pool.insert(0, x)
                if all(y in hand for y in pool):
                    pool = []
                continue
            hand.append(x)
        hands.append(hand)
    return hands


def build(seed):
    rng = random.Random("sixteenth-deal:%d" % seed)
    corpus = frame16.Corpus(seed)
    ca = keys16.Key("rsa", random.Random("sixteenth-ca:%d" % seed))
    n = len(THEMES)
    provs = deal(rng, prov16.provider_names(), 13, n)
    pairs = deal(rng, sorted(prov16.PAIRS), 1, n)
    syns = deal(rng, sorted(syntax16.SYNTAX), 3, n)
    wraps = deal(rng, keywrap16.WRAPS, 5, n)
    dots = deal(rng, layer16b.DOTFILES, 2, n)
    hosts = deal(rng, layer16b.HOSTFILES, 3, n)
    negs = deal(rng, list(range(len(negfiles16.NEGFILES))), 2, n)
    layers = deal(rng, layer16.LAYER_DIRS, 1, n)
    fmts = {k: deal(rng, lst, 1, n) for k, lst in (("chat", prose16.CHAT_FORMATS), ("ticket", prose16.TICKET_FORMATS),
                                                     ("wiki", prose16.WIKI_FORMATS), ("history", prose16.HISTORY_FORMATS))}
    extra = [rng.sample(prov16.provider_names(), 8) for _ in range(n)]
    stats = collections.OrderedDict()
    for i, name in enumerate(THEMES):
        mod = importlib.import_module("themes16." + name)
        ctx = Ctx(corpus, seed, mod, provs[i], ca)
        ctx.pairs, ctx.syntaxes, ctx.wraps = pairs[i], syns[i], wraps[i]
        ctx.dotfiles, ctx.hostfiles = dots[i], hosts[i]
        ctx.negfiles = [negfiles16.NEGFILES[j] for j in sorted(negs[i])]
        ctx.layer_dir = layers[i][0]
        ctx.formats = {k: fmts[k][i][0] for k in fmts}
        ctx.extra_prov = extra[i]
        before_items, before_docs = len(corpus.items), len(corpus.docs)
        mod.build(ctx)
        second16.second_layer(ctx)
        its = corpus.items[before_items:]
        stats[mod.NAME] = dict(files=len(corpus.docs) - before_docs,
                               secrets=sum(1 for x in its if x.kind == "secret"),
                               negatives=sum(1 for x in its if x.kind == "negative"),
                               free=sum(1 for x in its if x.kind == "secret" and x.free),
                               deal=dict(providers=provs[i], pair=pairs[i][0], syntaxes=syns[i], wraps=wraps[i], dotfiles=dots[i],
                                         hostfiles=hosts[i], formats=ctx.formats, layer=ctx.layer_dir, org=ctx.org))
    return corpus, stats


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    out = os.path.abspath(a.out_dir).rstrip("/")
    repo = in_git(out)
    if repo:
        sys.exit("refusing to write inside a git repository (%s)" % repo)
    if os.path.exists(out):
        if not os.path.exists(out + ".labels.json"):
            sys.exit("refusing to replace %s: no %s.labels.json beside it" % (out, os.path.basename(out)))
        shutil.rmtree(out)
    corpus, stats = build(a.seed)
    labels, vals, bodies = corpus.build(out)
    with open(out + ".labels.json", "w") as fh:
        json.dump({"generator": "bench/sixteenth/generate.py", "seed": a.seed, "files": len(bodies), "labels": labels}, fh, indent=1)
    with open(out + ".values.json", "w") as fh:
        json.dump({"seed": a.seed, "values": vals}, fh, indent=1)
    if a.quiet:
        return
    sec = [x for x in corpus.items if x.kind == "secret"]
    groups = collections.Counter(x.group for x in sec)
    print("seed %d: %d files, %d secrets, %d negatives, %d secrets in free text (%d %%)" % (
        a.seed, len(bodies), len(sec), len(corpus.items) - len(sec), sum(x.free for x in sec),
        round(100 * sum(x.free for x in sec) / len(sec))))
    print("mix: provider %d (%d %%), generic %d (%d %%), key %d (%d %%)" % tuple(
        y for g in ("provider", "generic", "key") for y in (groups[g], round(100 * groups[g] / len(sec)))))
    cats = collections.Counter(x.cat for x in sec)
    ncats = collections.Counter(x.cat for x in corpus.items if x.kind == "negative")
    spans = sum(1 for l in labels if "span" in l)
    vendors = {prov16.SHAPES[n][1] for n in prov16.SHAPES if any(prov16.SHAPES[n][0] == x.cat for x in sec)}
    vendors |= {p[1] for p in prov16.PAIRS.values() if any(p[0] == x.cat for x in sec)}
    print("%d secret categories, %d negative categories, %d spans, %d provider vendors" % (len(cats), len(ncats), spans, len(vendors)))
    print("| directory | files | secrets | negatives | in free text |")
    for k, s in stats.items():
        print("| `%s/` | %d | %d | %d | %d |" % (k, s["files"], s["secrets"], s["negatives"], s["free"]))


if __name__ == "__main__":
    main()
