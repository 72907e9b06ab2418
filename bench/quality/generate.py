#!/usr/bin/env python3
"""Generate a labeled secret-scanner quality corpus.

usage: generate.py OUT_DIR [--seed N] [--scale K]

Writes a tree of realistic-looking projects to OUT_DIR and the labels to
OUT_DIR + ".labels.json" (outside the scanned tree).  Every planted positive
("secret") and hard negative ("negative") is listed with its path (relative to
OUT_DIR), the 1-based line where its value starts, and a category.  Items that
occupy several lines (PEM blocks, key-id + secret pairs, GCP key files) carry
"span": [first, last]; a finding on any line of the span counts for the item.
"""

import argparse
import collections
import json
import os
import random
import shutil
import sys

sys.dont_write_bytecode = True  # keep bench/quality free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gen_deploy  # noqa: E402
import gen_docs  # noqa: E402
import gen_dotfiles  # noqa: E402
import gen_extra  # noqa: E402
import gen_go  # noqa: E402
import gen_hardneg  # noqa: E402
import gen_java  # noqa: E402
import gen_misc  # noqa: E402
import gen_node  # noqa: E402
import gen_python  # noqa: E402
from gen_core import Corpus  # noqa: E402
from gen_plant import Ctx  # noqa: E402
from gen_tokens import Deck  # noqa: E402

MODULES = [gen_python, gen_node, gen_go, gen_java, gen_deploy, gen_dotfiles, gen_docs, gen_misc, gen_extra, gen_hardneg]


def check(corpus):
    """Sanity checks: labels point at existing lines, no duplicate label lines."""
    seen = {}
    for lab in corpus.labels:
        key = (lab["path"], lab["line"])
        if key in seen:
            raise SystemExit("duplicate label at %s:%d (%s / %s)" % (key[0], key[1], seen[key], lab["category"]))
        seen[key] = lab["category"]
        with open(os.path.join(corpus.out, lab["path"]), newline="") as f:
            lines = f.read().splitlines()
        if lab["line"] > len(lines) or not lines[lab["line"] - 1].strip():
            raise SystemExit("label points at an empty/missing line: %r" % lab)
    spans = collections.defaultdict(list)
    for lab in corpus.labels:
        a, b = lab.get("span", [lab["line"], lab["line"]])
        spans[lab["path"]].append((a, b, lab["category"]))
    for path, items in spans.items():
        items.sort()
        for (a1, b1, c1), (a2, b2, c2) in zip(items, items[1:]):
            if a2 <= b1:
                raise SystemExit("overlapping items in %s: %s %d-%d / %s %d-%d" % (path, c1, a1, b1, c2, a2, b2))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scale", type=int, default=1, help="number of copies of the project set (default 1)")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()

    out = os.path.abspath(a.out_dir.rstrip("/"))
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    rng = random.Random(a.seed)
    corpus = Corpus(out)
    deck = Deck(rng)
    for k in range(a.scale):
        ctx = Ctx(corpus, rng, deck, k)
        for m in MODULES:
            m.build(ctx)
    check(corpus)

    labels = sorted(corpus.labels, key=lambda l: (l["path"], l["line"]))
    meta = {"generator": "bench/quality/generate.py", "seed": a.seed, "scale": a.scale,
            "files": len(corpus.files), "labels": labels}
    with open(out + ".labels.json", "w") as f:
        json.dump(meta, f, indent=1)
        f.write("\n")

    if not a.quiet:
        pos = [l for l in labels if l["kind"] == "secret"]
        negs = [l for l in labels if l["kind"] == "negative"]
        print("wrote %d files to %s" % (len(corpus.files), out))
        print("labels: %d secrets in %d categories, %d negatives in %d categories -> %s.labels.json" % (
            len(pos), len({l["category"] for l in pos}), len(negs), len({l["category"] for l in negs}), out))


if __name__ == "__main__":
    main()
