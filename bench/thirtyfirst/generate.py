#!/usr/bin/env python3
"""Generate the thirty-first blind benchmark corpus.

usage: generate.py OUT_DIR [--seed N] [--per-theme] [--no-tools]

Writes the corpus into OUT_DIR and the labels into OUT_DIR.labels.json (the format bench/quality/score.py reads).
Deterministic: the same seed gives byte-identical output. Refuses any OUT_DIR inside a git repository.
"""

import argparse
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build31  # noqa: E402
import checks31  # noqa: E402


def inside_git(path):
    p = os.path.abspath(path)
    while True:
        if os.path.exists(os.path.join(p, ".git")):
            return p
        parent = os.path.dirname(p)
        if parent == p:
            return None
        p = parent


def make(seed):
    docs, deals = build31.build(seed)
    files, labels, bypath = build31.collect(docs)
    counts = build31.counts(files, labels, bypath)
    data = {"generator": "bench/thirtyfirst/generate.py", "seed": seed, "files": len(files), "counts": counts,
            "deals": deals, "labels": labels}
    return files, labels, data


def write(out, files, data):
    labels_path = os.path.abspath(out).rstrip("/") + ".labels.json"
    if os.path.isdir(out) and os.listdir(out):
        if not os.path.exists(labels_path):
            sys.exit("refusing to replace non-empty %s (no %s beside it)" % (out, labels_path))
        shutil.rmtree(out)
    os.makedirs(out, exist_ok=True)
    for p in sorted(files):
        full = os.path.join(out, p)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as fh:
            fh.write(files[p].encode("utf-8"))
    with open(labels_path, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return labels_path


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=281)
    ap.add_argument("--per-theme", action="store_true", help="print per-theme counts")
    ap.add_argument("--no-tools", action="store_true", help="accepted for symmetry; keys are pure Python anyway")
    a = ap.parse_args()
    repo = inside_git(a.out)
    if repo:
        print("refusing to write into %s: it is inside the git repository %s" % (a.out, repo), file=sys.stderr)
        sys.exit(2)
    files, labels, data = make(a.seed)
    probs = checks31.check_all(files, labels)
    if probs:
        for p in probs[:50]:
            print("problem:", p, file=sys.stderr)
        print("%d problems; nothing written" % len(probs), file=sys.stderr)
        sys.exit(1)
    lp = write(a.out, files, data)
    c = data["counts"]
    print("seed %d: %d files (%d free text), %d secrets, %d negatives -> %s, %s" % (
        a.seed, c["files"], c["free_text_files"], c["secrets"], c["negatives"], a.out, lp))
    if a.per_theme:
        for k, v in c["per_theme"].items():
            print("  %-22s files %3d  secrets %3d  negatives %3d  free-text secrets %3d" % (
                k, v["files"], v["secrets"], v["negatives"], v["secrets_free_text"]))
        print(json.dumps({k: v for k, v in c.items() if k != "per_theme"}, indent=1))


if __name__ == "__main__":
    main()
