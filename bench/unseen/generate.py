#!/usr/bin/env python3
"""Generate the "unseen" labeled secret-scanning corpus.

usage: generate.py OUT_DIR [--seed N]

Writes the tree OUT_DIR, OUT_DIR.labels.json (the list bench/quality/score.py reads) and
OUT_DIR.values.json (same order as the labels: the planted values and the offline checks
verify.py runs).  Both JSON files sit next to OUT_DIR, never inside it, so scanners do not
see them.

How labels are computed: a scenario builds each file's text with markers returned by
F.s(value, category) (a secret), F.n(value, category) (a hard negative) or a region
F.sb()/F.nb() ... F.e() around several lines.  When the file is rendered the markers are
replaced by the values and their line numbers are recorded; after the file is written it is
read back and every value is looked up again on its line.  Generation fails loudly if a value
is missing, a marker is left over, a region is unclosed, or two labels share a line.
"""

import argparse
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from core import Corpus, GenError  # noqa: E402


def generate(out_dir, seed):
    from scenarios import SCENARIOS
    base = out_dir.rstrip("/")
    if os.path.exists(out_dir) and os.listdir(out_dir):
        # Only replace a directory that holds an earlier corpus (never an arbitrary tree).
        if not os.path.exists(base + ".labels.json"):
            raise GenError("%s exists, is not empty and has no %s.labels.json next to it; refusing to delete it"
                           % (out_dir, os.path.basename(base)))
        shutil.rmtree(out_dir)
    elif os.path.exists(out_dir):
        os.rmdir(out_dir)
    os.makedirs(out_dir)
    c = Corpus(out_dir, seed)
    for build in SCENARIOS:
        build(c)
    c.finish()
    pairs = c.labels()
    with open(base + ".labels.json", "w") as fh:
        json.dump([p[0] for p in pairs], fh, indent=1)
    with open(base + ".values.json", "w") as fh:
        json.dump({"seed": seed, "items": [p[1] for p in pairs]}, fh, indent=1)
    return c


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    try:
        c = generate(os.path.abspath(a.out_dir), a.seed)
    except GenError as e:
        sys.exit("generate.py: " + str(e))
    sec = sum(1 for i in c.items if i.kind == "secret")
    print("wrote %d files, %d secrets, %d negatives, %d secret categories -> %s(.labels.json)" % (
        len(c.files), sec, len(c.items) - sec, len({i.category for i in c.items if i.kind == "secret"}),
        a.out_dir.rstrip("/")))


if __name__ == "__main__":
    main()
