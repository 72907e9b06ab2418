#!/usr/bin/env python3
"""Generate the thirty-third blind secret-scanning corpus.

usage: generate.py OUT_DIR [--seed N] [--per-theme] [--no-tools]

Writes OUT_DIR/ (the corpus) and OUT_DIR.labels.json (labels in the format bench/quality/score.py reads).
Standard library only; output is byte-identical for a given seed whatever PYTHONHASHSEED is.
Refuses to write inside a git repository."""

import argparse
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build33  # noqa: E402
import checks33  # noqa: E402


def inside_git(path):
    p = os.path.abspath(path)
    while True:
        if os.path.exists(os.path.join(p, ".git")):
            return p
        parent = os.path.dirname(p)
        if parent == p:
            return None
        p = parent


def labels_path(out):
    return os.path.abspath(out).rstrip("/") + ".labels.json"


def make(seed):
    files, labels, deals, free, crlf = build33.assemble(seed)
    counts = build33.counts(files, labels, free, crlf)
    problems = (checks33.check_labels(files, labels) + checks33.check_files(files) + checks33.check_tokens(labels) +
                checks33.check_counts(counts))
    data = {"generator": "bench/thirtythird/generate.py", "seed": seed, "files": len(files), "counts": counts,
            "per_theme": build33.per_theme(files, labels, free), "deals": deals, "labels": labels}
    return files, data, problems


def write(out, files, data):
    lp = labels_path(out)
    if os.path.exists(out) and os.listdir(out):
        if not os.path.exists(lp):
            sys.exit("refusing to replace non-empty %s (no %s beside it)" % (out, lp))
        shutil.rmtree(out)
    os.makedirs(out, exist_ok=True)
    for p in sorted(files):
        full = os.path.join(out, p)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as fh:
            fh.write(files[p])
    with open(lp, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=301)
    ap.add_argument("--per-theme", action="store_true", help="print per-theme counts")
    ap.add_argument("--no-tools", action="store_true", help="accepted for symmetry with verify.py (keys are pure Python)")
    a = ap.parse_args()
    git = inside_git(a.out)
    if git:
        print("refusing to write %s: it is inside the git repository at %s" % (a.out, git), file=sys.stderr)
        sys.exit(2)
    files, data, problems = make(a.seed)
    if problems:
        print("in-memory checks failed, nothing written:", file=sys.stderr)
        for p in problems[:50]:
            print("  " + p, file=sys.stderr)
        sys.exit(1)
    write(a.out, files, data)
    c = data["counts"]
    print("%s: %d files (%d free text, %.1f %%), %d secrets, %d negatives, %d private keys, %d pairs" % (
        a.out, c["files"], c["free_text_files"], c["free_text_share"], c["secrets"], c["negatives"],
        c["private_keys"], c["pairs"]))
    if a.per_theme:
        for k, v in data["per_theme"].items():
            print("  %-22s files %3d  secrets %3d  negatives %3d  secrets in free text %3d" % (
                k, v["files"], v["secrets"], v["negatives"], v["secrets_free_text"]))


if __name__ == "__main__":
    main()
