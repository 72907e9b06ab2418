#!/usr/bin/env python3
"""Generate the thirty-seventh blind secret-scanning corpus.

usage: generate.py OUT_DIR --seed N [--per-theme] [--no-tools]

Writes OUT_DIR/ (the corpus) and OUT_DIR.labels.json (the labels bench/quality/score.py reads).  Refuses an
OUT_DIR inside a git repository or a non-empty OUT_DIR (exit 2).  All checks run in memory first; if any fails,
nothing is written (exit 1).  Only the Python standard library is used.
"""

import argparse
import json
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build37  # noqa: E402
import checks37  # noqa: E402


def inside_git(path):
    p = os.path.abspath(path)
    while True:
        if os.path.exists(os.path.join(p, ".git")):
            return p
        parent = os.path.dirname(p)
        if parent == p:
            return None
        p = parent


def generate(seed):
    docs, labels, deals = build37.build(seed)
    files = {d.path: d.data() for d in docs}
    texts, probs = checks37.file_checks(files)
    probs += checks37.label_checks(texts, labels)
    probs += checks37.token_checks(labels)
    c, per = build37.counts(docs, labels)
    probs += checks37.count_checks(c)
    data = {"generator": "bench/thirtyseventh/generate.py", "seed": seed, "files": sorted(files), "counts": c,
            "free_text_files": sorted(d.path for d in docs if d.free_text), "per_theme": per, "deals": deals,
            "labels": labels}
    return files, data, probs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--per-theme", action="store_true", help="print per-theme counts")
    ap.add_argument("--no-tools", action="store_true", help="accepted for symmetry; keys are pure Python anyway")
    a = ap.parse_args()
    out = os.path.abspath(a.out.rstrip("/"))
    repo = inside_git(out)
    if repo:
        print("refusing to write inside the git repository %s" % repo, file=sys.stderr)
        return 2
    if os.path.exists(out) and (not os.path.isdir(out) or os.listdir(out)):
        print("refusing: %s exists and is not an empty directory" % out, file=sys.stderr)
        return 2
    files, data, probs = generate(a.seed)
    if probs:
        for p in probs[:60]:
            print("problem: " + p, file=sys.stderr)
        print("%d problems; nothing written" % len(probs), file=sys.stderr)
        return 1
    for rel, b in sorted(files.items()):
        path = os.path.join(out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(b)
    with open(out + ".labels.json", "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    c = data["counts"]
    print("wrote %d files, %d secrets, %d negatives to %s" % (c["files"], c["secrets"], c["negatives"], out))
    if a.per_theme:
        for th, v in data["per_theme"].items():
            print("%-22s files %3d  secrets %3d  negatives %3d  secrets in free text %3d" % (
                th, v["files"], v["secrets"], v["negatives"], v["secrets_free_text"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
