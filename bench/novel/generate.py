#!/usr/bin/env python3
"""Build the novel secret-scanning corpus.

usage: generate.py OUT_DIR [--seed N] [--quiet]

Writes OUT_DIR/ (the corpus), OUT_DIR.labels.json (what score.py reads) and OUT_DIR.values.json
(planted values and offline checks, in label order; read by verify.py). The same seed gives a
byte-identical result.
"""

import argparse
import collections
import os
import random
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from nframe import Corpus  # noqa: E402
from nvals import Gen, MIX  # noqa: E402
from themes import common, more  # noqa: E402
from themes import (hospital, voip, gamedev, hpc, newsroom, logistics, secops, homelab, netops, trading,  # noqa: E402
                    legacy)

THEMES = [("hospital-it", hospital), ("voip-telecom", voip), ("game-backend", gamedev), ("hpc-cluster", hpc),
          ("newsroom", newsroom), ("logistics", logistics), ("secops", secops), ("homelab", homelab),
          ("netops-mail", netops), ("trading-bots", trading), ("legacy-dotnet", legacy)]


class ThemeCtx:
    """What a theme sees: the corpus markers, the value generator, keys, and add() under its directory."""

    def __init__(self, c, g, keys, name):
        self.c, self.g, self.K, self.name = c, g, keys, name
        self.S, self.N, self.B, self.A, self.E = c.S, c.N, c.B, c.A, c.E

    def add(self, rel, text, crlf=False):
        self.c.add(self.name + "/" + rel, text, crlf=crlf, theme=self.name)


def build(out_dir, seed, quiet=False):
    t0 = time.monotonic()
    rng = random.Random(seed)
    g = Gen(rng)
    c = Corpus(g)
    keys = common.Keys(g)
    for idx, (name, mod) in enumerate(THEMES):
        ctx = ThemeCtx(c, g, keys, name)
        mod.build(ctx)
        more.build(ctx, idx)
    if os.path.exists(out_dir):
        shutil.rmtree(out_dir)
    os.makedirs(out_dir)
    labels = c.finish(out_dir)
    if quiet:
        return labels
    per = collections.OrderedDict((n, [0, 0, 0]) for n, _ in THEMES)
    for p in c.files:
        per[p.split("/")[0]][0] += 1
    for l in labels:
        per[l["path"].split("/")[0]][1 if l["kind"] == "secret" else 2] += 1
    print("| theme | files | secrets | negatives |")
    print("|---|---:|---:|---:|")
    for n, (f, s, ng) in per.items():
        print("| %s | %d | %d | %d |" % (n, f, s, ng))
    tot = [sum(v[i] for v in per.values()) for i in range(3)]
    print("| total | %d | %d | %d |" % tuple(tot))
    sec = [l for l in labels if l["kind"] == "secret"]
    mix = collections.Counter(MIX[l["category"]] for l in sec)
    print("mix: " + ", ".join("%s %.0f%%" % (k, 100.0 * v / len(sec)) for k, v in sorted(mix.items())))
    print("secret categories: %d, negative categories: %d, spans: %d, RSA keys: %d" % (
        len({l["category"] for l in sec}), len({l["category"] for l in labels if l["kind"] != "secret"}),
        sum(1 for l in labels if "span" in l), keys.n_rsa))
    print("built in %.1f s" % (time.monotonic() - t0))
    return labels


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    build(os.path.abspath(a.out_dir).rstrip("/"), a.seed, a.quiet)


if __name__ == "__main__":
    main()
