#!/usr/bin/env python3
"""Generate the eleventh labelled secret-scanning corpus.

usage: generate.py OUT_DIR [--seed S]
Writes OUT_DIR/ (the corpus), OUT_DIR.labels.json and OUT_DIR.values.json. Seeds 81 and 82 are measured.
"""

import argparse
import collections
import importlib
import os
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import prov11  # noqa: E402
from frame11 import Corpus  # noqa: E402
from themes import layer2  # noqa: E402
from themes.common import SYNTAX_NAMES, Theme  # noqa: E402
from vals11 import Rng  # noqa: E402

THEMES = ["aquarium", "alarm_monitoring", "vending_ops", "shortline_rail", "golf_club", "performing_arts",
          "scrap_metal", "home_health", "expo_organizer", "realty_brokerage", "fun_center"]


def build(seed):
    rng = Rng("eleventh-corpus/%d" % seed)
    corpus = Corpus()
    for cat, *_ in prov11.TOKENS:
        pass
    toks = rng.shuffle(prov11.TOKENS)
    pairs = rng.shuffle(prov11.PAIRS)
    syn = rng.shuffle(SYNTAX_NAMES)
    n = len(THEMES)
    per = len(toks) // n
    for i, mod_name in enumerate(THEMES):
        mod = importlib.import_module("themes.t_" + mod_name)
        trng = rng.fork(mod_name)
        org, slug, domain, city = mod.identity(trng)
        t = Theme(corpus, mod.DIRNAME, trng, toks[i * per:(i + 1) * per], pairs[2 * i:2 * i + 2], org, slug, domain,
                  city)
        mod.build(t)
        layer2.run(t, [syn[(2 * i) % len(syn)], syn[(2 * i + 1) % len(syn)]])
    corpus.leak_check()
    return corpus


def summary(corpus):
    per = collections.OrderedDict()
    files = collections.Counter(p.split("/")[0] for p in corpus.files)
    for d in sorted(files):
        per[d] = [files[d], 0, 0, 0]
    groups = collections.Counter()
    for l, v in corpus.labels:
        row = per[l["path"].split("/")[0]]
        if l["kind"] == "secret":
            row[1] += 1
            groups[v["group"]] += 1
            if v["free_text"]:
                row[3] += 1
        else:
            row[2] += 1
    print("| directory | files | secrets | negatives | in free text |")
    print("|---|---:|---:|---:|---:|")
    tot = [0, 0, 0, 0]
    for d, row in per.items():
        print("| `%s/` | %d | %d | %d | %d |" % (d, *row))
        tot = [a + b for a, b in zip(tot, row)]
    print("| **total** | **%d** | **%d** | **%d** | **%d** |" % tuple(tot))
    s = tot[1]
    print("\nmix: provider %d (%d%%), generic %d (%d%%), key %d (%d%%); free text %d (%d%%)" % (
        groups["provider"], round(100 * groups["provider"] / s), groups["generic"],
        round(100 * groups["generic"] / s), groups["key"], round(100 * groups["key"] / s), tot[3],
        round(100 * tot[3] / s)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, default=81)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    out = os.path.abspath(a.out_dir).rstrip("/")
    repo = os.path.abspath(os.path.join(HERE, "..", ".."))
    if out == repo or out.startswith(repo + os.sep):
        sys.exit("refusing to write inside the repository: %s" % out)
    t0 = time.time()
    corpus = build(a.seed)
    if os.path.exists(out):
        if not os.path.exists(out + ".labels.json") and os.listdir(out):
            sys.exit("%s exists and does not look like a generated corpus" % out)
        shutil.rmtree(out)
    os.makedirs(out)
    corpus.write(out)
    if not a.quiet:
        summary(corpus)
        print("\n%d files, %d labels in %.1f s" % (len(corpus.files), len(corpus.labels), time.time() - t0))


if __name__ == "__main__":
    main()
