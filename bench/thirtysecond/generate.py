#!/usr/bin/env python3
"""Thirty-second corpus: an independent, blind secret-scanning benchmark.

usage: generate.py OUT_DIR --seed N [--per-theme] [--no-tools]

Writes OUT_DIR/ (the corpus) and OUT_DIR.labels.json (labels in bench/quality/score.py's format).
Refuses any OUT_DIR inside a git repository. All checks run in memory first; nothing is written if one fails."""
import argparse
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build32  # noqa: E402
import checks32  # noqa: E402


def inside_git(path):
    p = os.path.abspath(path)
    while True:
        if os.path.exists(os.path.join(p, ".git")):
            return p
        parent = os.path.dirname(p)
        if parent == p:
            return None
        p = parent


def labels_json(seed, docs, labels, deals):
    return {"generator": "bench/thirtysecond/generate.py", "seed": seed, "files": len(docs),
            "counts": build32.counts(docs, labels), "per_theme": build32.per_theme(docs, labels), "deals": deals,
            "labels": labels}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--per-theme", action="store_true", help="print per-theme counts")
    ap.add_argument("--no-tools", action="store_true", help="accepted for symmetry with verify.py; keys are pure Python")
    a = ap.parse_args()

    out = os.path.abspath(a.out.rstrip("/"))
    repo = inside_git(out)
    if repo:
        print("refusing to write %s: it is inside the git repository %s" % (out, repo), file=sys.stderr)
        sys.exit(2)
    lab_path = out + ".labels.json"
    if os.path.exists(out) and os.listdir(out) and not os.path.exists(lab_path):
        print("refusing to replace %s: not empty and no %s beside it" % (out, os.path.basename(lab_path)), file=sys.stderr)
        sys.exit(2)

    docs, labels, deals = build32.build(a.seed)
    files = {d.path: d.data() for d in docs}
    problems = checks32.check(files, labels)
    if problems:
        for p in problems[:50]:
            print("problem:", p, file=sys.stderr)
        print("%d problems; nothing written" % len(problems), file=sys.stderr)
        sys.exit(1)

    if os.path.exists(out):
        shutil.rmtree(out)
    for path, data in files.items():
        full = os.path.join(out, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as fh:
            fh.write(data)
    with open(lab_path, "w", encoding="utf-8") as fh:
        json.dump(labels_json(a.seed, docs, labels, deals), fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    c = build32.counts(docs, labels)
    print("%s: %d files (%d free text, %.1f %%), %d secrets, %d negatives" % (
        out, c["files"], c["free_text_files"], 100 * c["free_text_share"], c["secrets"], c["negatives"]))
    if a.per_theme:
        for t, v in build32.per_theme(docs, labels).items():
            print("  %-22s files %3d  secrets %3d  negatives %3d  free-text secrets %3d" % (
                t, v["files"], v["secrets"], v["negatives"], v["secrets_free_text"]))


if __name__ == "__main__":
    main()
