#!/usr/bin/env python3
"""Generate the ninth independent secret-scanning corpus.

usage: generate.py OUT_DIR [--seed S]
Writes OUT_DIR/ (the corpus), OUT_DIR.labels.json and OUT_DIR.values.json. Same seed -> byte-identical output.
Seeds 61 and 62 are the measured ones. Python 3.9+ standard library only.
"""

import argparse
import collections
import os
import shutil
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from nframe import BuildError, Corpus  # noqa: E402
from themes import more, more2, more3  # noqa: E402
from themes import (t_airport, t_colo, t_contact, t_dealer, t_ev, t_fab, t_fitness,  # noqa: E402
                    t_label, t_stadium, t_staffing, t_translate)
from themes.common import Theme  # noqa: E402

THEMES = [t_dealer, t_stadium, t_colo, t_fab, t_ev, t_label, t_fitness, t_translate, t_contact, t_airport, t_staffing]
SUBS = ["platform", "infra", "shared", "it-ops", "devops", "integration"]


def build(seed):
    c = Corpus()
    for mod in THEMES:
        T = Theme(c, mod.NAME, seed)
        mod.build(T)
        sub = T.pick(SUBS)
        more.integrations(T, sub)
        more.manifest(T, sub)
        more.keys(T, sub)
        more2.legacy(T, sub)
        more2.hosts(T, sub)
        more2.startup_log(T, sub)
        more2.fixtures(T, sub)
        if T.chance(0.5):
            more2.id_inventory(T, sub)
        more2.hashes(T, sub)
        more2.i18n(T, sub)
        more3.build(T, sub)
    c.leak_check()
    return c


def stats(c):
    rows = collections.OrderedDict((m.NAME, [0, 0, 0, 0]) for m in THEMES)
    for p in c.files:
        rows[p.split("/")[0]][0] += 1
    mix = collections.Counter()
    ft = 0
    for lab, rec in c.labels:
        r = rows[lab["path"].split("/")[0]]
        if lab["kind"] == "secret":
            r[1] += 1
            mix[rec["group"]] += 1
            if rec.get("free_text"):
                r[3] += 1
                ft += 1
        else:
            r[2] += 1
    print("| directory | files | secrets | negatives | in free text |")
    print("|---|---:|---:|---:|---:|")
    tot = [0, 0, 0, 0]
    for name, r in rows.items():
        print("| `%s/` | %d | %d | %d | %d |" % (name, r[0], r[1], r[2], r[3]))
        tot = [a + b for a, b in zip(tot, r)]
    print("| **total** | **%d** | **%d** | **%d** | **%d** |" % tuple(tot))
    n = tot[1] or 1
    print("mix: provider %d (%d%%), generic %d (%d%%), key %d (%d%%); free text %d (%d%%)" % (
        mix["provider"], round(100 * mix["provider"] / n), mix["generic"], round(100 * mix["generic"] / n),
        mix["key"], round(100 * mix["key"] / n), ft, round(100 * ft / n)))
    cats = collections.Counter(l["category"] for l, _ in c.labels if l["kind"] == "secret")
    negs = collections.Counter(l["category"] for l, _ in c.labels if l["kind"] == "negative")
    spans = sum(1 for l, _ in c.labels if "span" in l)
    print("%d secret categories, %d negative categories, %d spans" % (len(cats), len(negs), spans))
    print("negatives: " + ", ".join("%s %d" % kv for kv in negs.most_common()))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=61)
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    here = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    if out.startswith(here + os.sep):
        sys.exit("refusing to write inside the repository: %s" % out)
    t0 = time.monotonic()
    try:
        c = build(a.seed)
    except BuildError as e:
        sys.exit("build error: %s" % e)
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    c.write(out)
    stats(c)
    print("seed %d: wrote %s in %.1f s" % (a.seed, out, time.monotonic() - t0))


if __name__ == "__main__":
    main()
