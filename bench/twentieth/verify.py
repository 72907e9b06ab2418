#!/usr/bin/env python3
"""Self-check a corpus written by generate.py.

usage: verify.py OUT_DIR [--no-regen]

Checks labels and values against the files on disk (every value on its labelled line(s), one label per line, no
secret value also labelled negative or left on an unlabelled line, checksums, private keys parse and are
consistent, score.py's Labels sees the same extents), that the stored counts and file list match, that there are
no stray files, and - unless --no-regen - that regenerating from the recorded seed gives the same bytes.
Exits 1 on any problem.
"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build20  # noqa: E402
import checks20  # noqa: E402
import generate  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir")
    ap.add_argument("--no-regen", action="store_true")
    a = ap.parse_args()
    out = os.path.abspath(a.out_dir.rstrip("/"))
    lpath, vpath = out + ".labels.json", out + ".values.json"
    probs = []
    with open(lpath, "rb") as fh:
        lraw = fh.read()
    with open(vpath, "rb") as fh:
        vraw = fh.read()
    ldoc, vdoc = json.loads(lraw), json.loads(vraw)
    labels, values = ldoc["labels"], vdoc["values"]
    files = {}
    for root, dirs, names in os.walk(out):
        for n in names:
            full = os.path.join(root, n)
            with open(full, "rb") as fh:
                files[os.path.relpath(full, out)] = fh.read()
        for d in dirs:
            if not os.listdir(os.path.join(root, d)):
                probs.append("empty directory " + os.path.relpath(os.path.join(root, d), out))
    stray = sorted(set(files) - set(ldoc["files"]))
    missing = sorted(set(ldoc["files"]) - set(files))
    probs += ["stray file " + p for p in stray] + ["missing file " + p for p in missing]
    if ldoc.get("seed") != vdoc.get("seed"):
        probs.append("labels and values carry different seeds")
    probs += checks20.run_all(files, labels, values, lpath)
    if build20.counts(files, labels, values) != ldoc.get("counts"):
        probs.append("stored counts differ from recomputed counts")
    if not a.no_regen:
        gfiles, _, _, gl, gv = generate.make(ldoc["seed"])
        if gl != lraw:
            probs.append("regenerated labels differ")
        if gv != vraw:
            probs.append("regenerated values differ")
        for p in sorted(set(gfiles) | set(files)):
            if gfiles.get(p) != files.get(p):
                probs.append("regenerated file differs: " + p)
    for p in probs[:80]:
        print("FAIL:", p)
    if probs:
        print("%d problems" % len(probs))
        sys.exit(1)
    c = ldoc["counts"]
    print("OK: %s - %d files, %d secrets, %d negatives (seed %d)" % (out, c["files"], c["secrets"], c["negatives"], ldoc["seed"]))


if __name__ == "__main__":
    main()
