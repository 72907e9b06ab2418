#!/usr/bin/env python3
"""Build the fifteenth benchmark corpus.

usage: generate.py OUT_DIR --seed S

Writes the corpus tree to OUT_DIR and OUT_DIR.labels.json / OUT_DIR.values.json next to it. Refuses to
write inside a git repository, and replaces an existing OUT_DIR only if OUT_DIR.labels.json exists beside it.
The same seed gives byte-identical output. Python 3.9+ standard library only.
"""

import argparse
import collections
import importlib
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from frame15 import Corpus, BuildError                     # noqa: E402
from keys15 import CA                                        # noqa: E402
from prov15 import TOKENS, PAIRS                             # noqa: E402
import syntax15                                              # noqa: E402
from vals15 import Rng                                       # noqa: E402
from themes.common import Theme                              # noqa: E402
from themes import layer, layerneg, ltext                    # noqa: E402

THEMES = [
    # (key, directory, module)
    ("pyro", "pyro-drone-shows", "t_pyro"),
    ("typefoundry", "type-foundry", "t_type"),
    ("dive", "dive-center", "t_dive"),
    ("gemlab", "gem-lab", "t_gem"),
    ("chess", "chess-federation", "t_chess"),
    ("fragrance", "fragrance-house", "t_fragrance"),
    ("range", "shooting-range", "t_range"),
    ("seedbank", "seed-bank", "t_seed"),
    ("bullion", "bullion-refinery", "t_bullion"),
    ("antidoping", "anti-doping-agency", "t_antidoping"),
    ("apiary", "apiary-coop", "t_apiary"),
]
GENERATOR = "bench/fifteenth/generate.py"


def in_git_repo(path):
    p = os.path.abspath(path)
    while True:
        if os.path.exists(os.path.join(p, ".git")):
            return True
        parent = os.path.dirname(p)
        if parent == p:
            return False
        p = parent


def deal(seed):
    r = Rng("fifteenth:%d:deal" % seed)
    toks = [t[0] for t in TOKENS]
    r.shuffle(toks)
    pairs = [p[0] for p in PAIRS]
    r.shuffle(pairs)
    syn = sorted(syntax15.SYNTAX)
    r.shuffle(syn)
    wraps = list(layer.WRAPPINGS)
    r.shuffle(wraps)
    out = []
    per = len(toks) // len(THEMES)
    for i in range(len(THEMES)):
        mine = toks[i * per:(i + 1) * per]
        mine += r.sample([x for x in toks if x not in mine], 3)
        out.append({"tokens": mine, "pair": pairs[i % len(pairs)],
                    "syntaxes": [syn[(2 * i) % len(syn)], syn[(2 * i + 1) % len(syn)]],
                    "wrappings": [wraps[(6 * i + j) % len(wraps)] for j in range(6)]})
    return out


def build(seed):
    c = Corpus()
    ca = CA(Rng("fifteenth:%d:ca" % seed), "Fifteenth Group")
    deals = deal(seed)
    for i, (key, dirname, modname) in enumerate(THEMES):
        mod = importlib.import_module("themes." + modname)
        t = Theme(c, seed, key, dirname, ca, deals[i], mod.ORGS)
        t.ca.org = t.org
        mod.build(t)
        d = layer.layer(t)
        layerneg.layer_negatives(t, d)
        ltext.layer_text(t, d)
    files, _ = c.finish()
    labels, values = c.outputs()
    return c, files, labels, values


def table(c, labels, values):
    rows = collections.OrderedDict((d, collections.Counter()) for _, d, _ in THEMES)
    files_per = collections.Counter(p.split("/")[0] for p in c.files)
    mix = collections.Counter()
    for lb, v in zip(labels, values):
        top = lb["path"].split("/")[0]
        if lb["kind"] == "secret":
            rows[top]["secrets"] += 1
            rows[top]["free"] += v["free_text"]
            mix[v["group"]] += 1
        else:
            rows[top]["negatives"] += 1
    print("| directory | files | secrets | negatives | in free text |")
    print("|---|---:|---:|---:|---:|")
    tot = collections.Counter()
    for d, cnt in rows.items():
        print("| `%s/` | %d | %d | %d | %d |" % (d, files_per[d], cnt["secrets"], cnt["negatives"], cnt["free"]))
        tot.update(cnt)
        tot["files"] += files_per[d]
    print("| **total** | **%d** | **%d** | **%d** | **%d** |" % (tot["files"], tot["secrets"], tot["negatives"],
                                                                 tot["free"]))
    s = tot["secrets"]
    print("\nmix: provider %d (%.0f%%), generic %d (%.0f%%), key %d (%.0f%%); free text %.0f%%" % (
        mix["provider"], 100.0 * mix["provider"] / s, mix["generic"], 100.0 * mix["generic"] / s,
        mix["key"], 100.0 * mix["key"] / s, 100.0 * tot["free"] / s))
    cats = collections.Counter((lb["kind"], lb["category"]) for lb in labels)
    print("categories: %d secret, %d negative" % (sum(1 for k, _ in cats if k == "secret"),
                                                  sum(1 for k, _ in cats if k != "secret")))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    out = os.path.abspath(a.out_dir.rstrip("/"))
    labels_path, values_path = out + ".labels.json", out + ".values.json"
    if in_git_repo(out) or in_git_repo(os.path.dirname(out)):
        sys.exit("refusing to write inside a git repository: %s" % out)
    if os.path.exists(out):
        if not os.path.isfile(labels_path):
            sys.exit("%s exists and %s does not: not replacing it" % (out, labels_path))
    try:
        c, files, labels, values = build(a.seed)
    except BuildError as e:
        sys.exit("build error: %s" % e)
    if os.path.exists(out):
        shutil.rmtree(out)
    for path in sorted(files):
        full = os.path.join(out, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as fh:
            fh.write(files[path])
    with open(labels_path, "w", encoding="utf-8") as fh:
        json.dump({"generator": GENERATOR, "seed": a.seed, "files": len(files), "labels": labels}, fh, indent=1,
                  ensure_ascii=False)
        fh.write("\n")
    with open(values_path, "w", encoding="utf-8") as fh:
        json.dump({"seed": a.seed, "values": values}, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    if not a.quiet:
        print("wrote %s (%d files), %s, %s\n" % (out, len(files), labels_path, values_path))
        table(c, labels, values)


if __name__ == "__main__":
    main()
