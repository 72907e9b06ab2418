#!/usr/bin/env python3
"""Generate the thirtieth blind benchmark corpus.

usage: generate.py OUT_DIR [--seed N] [--per-theme] [--quiet]

Writes OUT_DIR/ (the corpus) and OUT_DIR.labels.json (labels in the format bench/quality/score.py reads).
Refuses any OUT_DIR inside a git repository. Deterministic: the same seed gives byte-identical output."""

import argparse
import json
import os
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build30  # noqa: E402
import checks30  # noqa: E402


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
    docs, deals = build30.build(seed)
    labels = build30.all_labels(docs)
    files = {d.path: d.text() for d in docs}
    if len(files) != len(docs):
        raise SystemExit("duplicate file paths")
    probs = checks30.check(files, labels)
    counts = build30.counts(docs, labels)
    data = {"generator": "bench/thirtieth/generate.py", "seed": seed, "files": len(files), "counts": counts, "deals": deals,
            "labels": labels}
    return files, data, probs


def write(out, files, data):
    if os.path.exists(out) and os.listdir(out):
        if not os.path.exists(out.rstrip("/") + ".labels.json"):
            raise SystemExit("%s is not empty and has no labels file beside it; refusing to replace it" % out)
        shutil.rmtree(out)
    os.makedirs(out, exist_ok=True)
    for rel in sorted(files):
        full = os.path.join(out, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as fh:
            fh.write(files[rel])
    with open(out.rstrip("/") + ".labels.json", "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=False)
        fh.write("\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=271)
    ap.add_argument("--per-theme", action="store_true", help="print per-theme counts")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--no-tools", action="store_true", help="accepted for symmetry with verify.py; keys are pure Python")
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    repo = inside_git(out)
    if repo:
        print("refusing to write inside a git repository (%s)" % repo, file=sys.stderr)
        sys.exit(2)
    files, data, probs = make(a.seed)
    if probs:
        for pr in probs[:50]:
            print("problem:", pr, file=sys.stderr)
        print("%d problems; nothing written" % len(probs), file=sys.stderr)
        sys.exit(1)
    write(out, files, data)
    c = data["counts"]
    if not a.quiet:
        print("seed %d: %d files (%d free text), %d secrets, %d negatives -> %s" % (
            a.seed, c["files"], c["free_text_files"], c["secrets"], c["negatives"], out))
    if a.per_theme:
        for k, v in c["per_theme"].items():
            print("  %-20s files %3d  secrets %3d  negatives %3d  secrets in free text %3d" % (
                k, v["files"], v["secrets"], v["negatives"], v["secrets_free_text"]))


if __name__ == "__main__":
    main()
