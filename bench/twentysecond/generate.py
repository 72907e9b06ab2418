#!/usr/bin/env python3
"""Generate the twenty-second blind corpus.

usage: generate.py OUT_DIR --seed N [--per-theme]
Writes OUT_DIR/ plus OUT_DIR.labels.json and OUT_DIR.values.json beside it (never inside)."""
import argparse
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build22  # noqa: E402
import checks22  # noqa: E402


def inside_git(path):
    p = os.path.abspath(path)
    while True:
        if os.path.exists(os.path.join(p, ".git")):
            return p
        parent = os.path.dirname(p)
        if parent == p:
            return None
        p = parent


def dumps(obj):
    return (json.dumps(obj, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--per-theme", action="store_true")
    a = ap.parse_args()
    out = os.path.abspath(a.out.rstrip("/"))
    g = inside_git(out)
    if g:
        sys.exit("refusing to write inside a git repository (%s)" % g)
    labels_path, values_path = out + ".labels.json", out + ".values.json"
    if os.path.exists(out) and (not os.path.isdir(out) or os.listdir(out)) and not os.path.exists(labels_path):
        sys.exit("refusing to replace %s: it exists and %s does not" % (out, labels_path))
    files, ldoc, vdoc = build22.build(a.seed)
    probs = checks22.check_all(files, ldoc, vdoc)
    if probs:
        for p in probs[:50]:
            print("problem:", p, file=sys.stderr)
        sys.exit("%d problems; nothing written" % len(probs))
    if os.path.exists(out):
        shutil.rmtree(out)
    for p in sorted(files):
        full = os.path.join(out, p)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as fh:
            fh.write(files[p])
    with open(labels_path, "wb") as fh:
        fh.write(dumps(ldoc))
    with open(values_path, "wb") as fh:
        fh.write(dumps(vdoc))
    c = ldoc["counts"]
    print("seed %d: %d files, %d secrets (%d provider, %d generic, %d key; %d in free text), %d negatives, %d CRLF files"
          % (a.seed, c["files"], c["secrets"], c["groups"]["provider"], c["groups"]["generic"], c["groups"]["key"],
             c["free_text_secrets"], c["negatives"], c["crlf_files"]))
    if a.per_theme:
        for name, t in c["themes"].items():
            print("  %-20s files %3d secrets %3d negatives %3d free text %3d" % (name, t["files"], t["secrets"], t["negatives"], t["free_text"]))


if __name__ == "__main__":
    main()
