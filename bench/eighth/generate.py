#!/usr/bin/env python3
"""Eighth corpus generator.  usage: generate.py OUT_DIR --seed N
Writes OUT_DIR/ (corpus), OUT_DIR.labels.json and OUT_DIR.values.json. Deterministic per seed."""

import argparse
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from eframe import Corpus  # noqa: E402
from themes.common import Ctx  # noqa: E402
from themes import more  # noqa: E402
from themes import t_isp, t_transit, t_ski, t_courier, t_sapint, t_esports, t_cad, t_embedded, t_cinema, t_agri, t_aec  # noqa: E402

THEMES = [
    ("isp-radius", t_isp), ("transit-agency", t_transit), ("ski-resort", t_ski), ("courier-lastmile", t_courier),
    ("sap-integration", t_sapint), ("esports-org", t_esports), ("cad-rms-vendor", t_cad),
    ("embedded-linux", t_embedded), ("cinema-chain", t_cinema), ("agritech", t_agri), ("aec-firm", t_aec),
]


def build(seed):
    corpus = Corpus()
    rng = random.Random(seed)
    for name, mod in THEMES:
        r = random.Random("%d/%s" % (seed, name))
        org, domain = r.choice(mod.ORGS)
        ctx = Ctx(corpus, r, name, org, domain)
        svc = mod.build(ctx)
        base = r.choice(["platform", "services", "tools", "ops", "integration"])
        more.second_layer(ctx, base, svc)
    return corpus


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=51)
    a = ap.parse_args()
    t0 = time.time()
    c = build(a.seed)
    c.write(a.out)
    print("| directory | files | secrets | negatives | in free text |")
    print("|---|---:|---:|---:|---:|")
    tot = [0, 0, 0, 0]
    for name, _ in THEMES:
        st = c.theme_stats.get(name, [0, 0, 0, 0])
        tot = [x + y for x, y in zip(tot, st)]
        print("| `%s/` | %d | %d | %d | %d |" % (name, *st))
    print("| **total** | **%d** | **%d** | **%d** | **%d** |" % tuple(tot))
    mix = {"provider": 0, "generic": 0, "key": 0}
    for l in c.labels:
        if l["kind"] == "secret":
            mix[c.classify(l["category"])] += 1
    n = sum(mix.values())
    print("mix: " + ", ".join("%s %d (%.0f%%)" % (k, v, 100.0 * v / n) for k, v in mix.items()))
    sc = sorted({l["category"] for l in c.labels if l["kind"] == "secret"})
    nc = sorted({l["category"] for l in c.labels if l["kind"] == "negative"})
    spans = sum(1 for l in c.labels if "span" in l)
    print("secret categories %d, negative categories %d, spans %d, free-text secrets %d (%.0f%%), %.1fs"
          % (len(sc), len(nc), spans, tot[3], 100.0 * tot[3] / max(1, tot[1]), time.time() - t0))


if __name__ == "__main__":
    main()
