#!/usr/bin/env python3
"""Generate the seventh independent secret-scanning corpus.

usage: generate.py OUT_DIR [--seed N]

Writes OUT_DIR/ (the corpus), OUT_DIR.labels.json and OUT_DIR.values.json, then prints a table of
files/secrets/negatives per theme and the secret mix. Python 3.9+ standard library only.
"""

import argparse
import collections
import importlib
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from frame7 import Corpus  # noqa: E402

THEMES = ["broadcast", "mining", "mro", "vet", "brewery", "property", "sportsbook", "groundstation", "library",
          "pharmacy", "maritime", "creditunion"]
THEMES = [t for t in THEMES if os.path.exists(os.path.join(HERE, "themes", t + ".py"))]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=41)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    corpus = Corpus()
    dirs = []
    for name in THEMES:
        mod = importlib.import_module("themes." + name)
        corpus.theme = mod.DIR
        dirs.append(mod.DIR)
        mod.build(corpus, rng)
    labels, _ = corpus.write(a.out)
    report(corpus, labels, dirs)


def group(cat):
    return cat.split(".")[0]


def report(corpus, labels, dirs):
    files = collections.Counter(p.split("/")[0] for p in corpus.files)
    sec = collections.Counter(l["path"].split("/")[0] for l in labels if l["kind"] == "secret")
    neg = collections.Counter(l["path"].split("/")[0] for l in labels if l["kind"] == "negative")
    print("| directory | files | secrets | negatives |")
    print("|---|---:|---:|---:|")
    for d in dirs:
        print("| `%s/` | %d | %d | %d |" % (d, files[d], sec[d], neg[d]))
    print("| **total** | **%d** | **%d** | **%d** |" % (sum(files.values()), sum(sec.values()), sum(neg.values())))
    secrets = [l for l in labels if l["kind"] == "secret"]
    mix = collections.Counter(group(l["category"]) for l in secrets)
    prose = sum(1 for l in secrets if corpus.files[l["path"]].prose)
    n = len(secrets) or 1
    print()
    print("mix: " + ", ".join("%s %d (%.0f%%)" % (g, mix[g], 100.0 * mix[g] / n) for g in ("provider", "generic", "key")))
    print("free text: %d secrets (%.0f%%)" % (prose, 100.0 * prose / n))
    cats = collections.Counter((l["kind"], l["category"]) for l in labels)
    print("categories: %d secret, %d negative; spans: %d; providers: %d" % (
        sum(1 for k, _ in cats if k == "secret"), sum(1 for k, _ in cats if k == "negative"),
        sum(1 for l in labels if "span" in l),
        len({l["category"].split(".")[1].replace("-pair", "") for l in secrets if l["category"].startswith("provider.")})))


if __name__ == "__main__":
    main()
