#!/usr/bin/env python3
"""Generate the thirty-fourth blind secret-scanning corpus.

usage: generate.py OUT_DIR --seed N [--per-theme] [--no-tools]

Writes OUT_DIR/ and OUT_DIR.labels.json (the format bench/quality/score.py reads).  Refuses an OUT_DIR
inside a git repository and a non-empty OUT_DIR.  All checks run in memory first; nothing is written if
any fails.  Pure standard library; deterministic for a seed, whatever PYTHONHASHSEED is.
"""

import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build34  # noqa: E402
import checks34  # noqa: E402


def in_git(path):
    p = os.path.abspath(path)
    while True:
        if os.path.exists(os.path.join(p, ".git")):
            return p
        parent = os.path.dirname(p)
        if parent == p:
            return None
        p = parent


def make(seed):
    docs, deals = build34.build(seed)
    labels = []
    files = {}
    texts = {}
    for d in docs:
        texts[d.path] = d.render()
        files[d.path] = d.lines
        labels.extend(d.labels)
    labels.sort(key=lambda l: (l["path"], l["line"]))
    probs = checks34.check_labels(files, labels)
    for p, t in texts.items():
        probs += checks34.check_file_text(p, t)
    counts, per = build34.counts(docs, labels, deals)
    data = {"generator": "bench/thirtyfourth/generate.py", "seed": seed, "files": len(docs), "counts": counts,
            "per_theme": per, "deals": deals, "labels": labels}
    return texts, data, probs, docs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--per-theme", action="store_true", help="print per-theme counts")
    ap.add_argument("--no-tools", action="store_true", help="accepted for symmetry with verify.py (keys are pure Python)")
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    repo = in_git(out)
    if repo:
        print("refusing to write inside a git repository (%s)" % repo, file=sys.stderr)
        return 2
    if os.path.isdir(out) and os.listdir(out):
        print("refusing to overwrite non-empty %s" % out, file=sys.stderr)
        return 2
    if os.path.exists(out) and not os.path.isdir(out):
        print("%s exists and is not a directory" % out, file=sys.stderr)
        return 2
    texts, data, probs, _ = make(a.seed)
    if probs:
        for p in probs[:60]:
            print("CHECK: " + p, file=sys.stderr)
        print("%d problems; nothing written" % len(probs), file=sys.stderr)
        return 1
    os.makedirs(out, exist_ok=True)
    for p in sorted(texts):
        full = os.path.join(out, p)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as fh:
            fh.write(texts[p])
    with open(out + ".labels.json", "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    c = data["counts"]
    print("%s: %d files (%d free text, %.1f%%), %d secrets, %d negatives" % (
        out, c["files"], c["free_text_files"], 100 * c["free_text_share"], c["secrets"], c["negatives"]))
    if a.per_theme:
        for k, v in data["per_theme"].items():
            print("  %-20s %3d files %3d secrets %3d negatives %3d free-text secrets (%s)" % (
                k, v["files"], v["secrets"], v["negatives"], v["free_text_secrets"], v["lang"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
