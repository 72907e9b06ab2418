#!/usr/bin/env python3
"""Build the fourteenth labelled secret-scanning corpus.

usage: generate.py OUT_DIR [--seed S]

Writes OUT_DIR/ (the corpus), OUT_DIR.labels.json and OUT_DIR.values.json next to it. Refuses to write inside
a git repository; replaces an existing OUT_DIR only if OUT_DIR.labels.json exists next to it.
"""

import argparse
import collections
import importlib
import json
import os
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import frame14  # noqa: E402
import keys14  # noqa: E402
import prov14  # noqa: E402
import syntax14  # noqa: E402
from themes import layer  # noqa: E402
from themes.common import Ctx  # noqa: E402
from vals14 import V  # noqa: E402

THEMES = ["motorsport-team", "book-publisher", "political-campaign", "fish-farm", "seismic-network",
          "race-timing", "solar-installer", "iron-foundry", "county-jail", "equestrian-center", "youth-sports-league"]


def inside_git(path):
    p = os.path.abspath(path)
    while True:
        if os.path.exists(os.path.join(p, ".git")):
            return p
        parent = os.path.dirname(p)
        if parent == p:
            return None
        p = parent


def deal(seed):
    v = V("%s/deal" % seed)
    names = sorted(prov14.SINGLE)
    slots = []
    while len(slots) < 10 * len(THEMES):
        batch = names[:]
        v.shuffle(batch)
        slots += batch
    pairs = prov14.PAIRS[:]
    v.shuffle(pairs)
    pairs = (pairs * 2)[:2 * len(THEMES)]
    syn = sorted(syntax14.RENDER)
    v.shuffle(syn)
    out = {}
    for i, t in enumerate(THEMES):
        provs = []
        for p in slots[i * 10:(i + 1) * 10]:
            if p not in provs:
                provs.append(p)
        out[t] = {"providers": provs, "pairs": pairs[2 * i:2 * i + 2], "syntaxes": syn[2 * i:2 * i + 2]}
    return out


def build(seed):
    corpus = frame14.Corpus()
    shared = {"ca": keys14.RSAKey(V("%s/ca" % seed)),
              "force_gcp": [i % 2 == 0 for i in range(len(THEMES))]}
    dealt = deal(seed)
    for t in THEMES:
        mod = importlib.import_module("themes.t_" + t.replace("-", "_"))
        ctx = Ctx(corpus, seed, t, shared)
        mod.build(ctx)
        layer.build(ctx, dealt[t])
    return corpus


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir")
    ap.add_argument("--seed", default="111")
    a = ap.parse_args()
    out = os.path.abspath(a.out_dir.rstrip("/"))
    repo = inside_git(out)
    if repo:
        sys.exit("refusing to write inside a git repository (%s)" % repo)
    labels_path, values_path = out + ".labels.json", out + ".values.json"
    if os.path.exists(out):
        if not os.path.exists(labels_path):
            sys.exit("%s exists and %s does not: not replacing it" % (out, labels_path))
        shutil.rmtree(out)
    corpus = build(a.seed)
    os.makedirs(out)
    files, labels, values = corpus.write(out)
    with open(labels_path, "w") as fh:
        json.dump({"generator": "bench/fourteenth/generate.py", "seed": a.seed, "files": len(files),
                   "labels": labels}, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(values_path, "w") as fh:
        json.dump({"seed": a.seed, "values": values}, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    report(files, labels, values)


def report(files, labels, values):
    per = collections.OrderedDict((t, collections.Counter()) for t in THEMES)
    for p in files:
        per[p.split("/")[0]]["files"] += 1
    groups = collections.Counter()
    for lab, val in zip(labels, values):
        c = per[lab["path"].split("/")[0]]
        if lab["kind"] == "secret":
            c["secrets"] += 1
            groups[val["group"]] += 1
            if val["free_text"]:
                c["free"] += 1
        else:
            c["negatives"] += 1
    tot = collections.Counter()
    print("| directory | files | secrets | negatives | in free text |")
    print("|---|---:|---:|---:|---:|")
    for t, c in per.items():
        tot.update(c)
        print("| `%s/` | %d | %d | %d | %d |" % (t, c["files"], c["secrets"], c["negatives"], c["free"]))
    print("| **total** | **%d** | **%d** | **%d** | **%d** |" % (tot["files"], tot["secrets"], tot["negatives"],
                                                                 tot["free"]))
    s = tot["secrets"] or 1
    print("\nmix: provider %d (%.0f %%), generic %d (%.0f %%), key %d (%.0f %%); free text %.0f %%" % (
        groups["provider"], 100 * groups["provider"] / s, groups["generic"], 100 * groups["generic"] / s,
        groups["key"], 100 * groups["key"] / s, 100 * tot["free"] / s))
    cats = collections.Counter((l["kind"], l["category"]) for l in labels)
    print("%d secret categories, %d negative categories, %d spans" % (
        sum(1 for k, _ in cats if k == "secret"), sum(1 for k, _ in cats if k == "negative"),
        sum(1 for l in labels if "span" in l)))


if __name__ == "__main__":
    main()
