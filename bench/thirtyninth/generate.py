#!/usr/bin/env python3
"""Generate the thirty-ninth blind corpus: generate.py OUT_DIR --seed N [--per-theme] [--no-tools].

Writes OUT_DIR/ (the corpus) and OUT_DIR.labels.json beside it. Refuses an OUT_DIR inside a git repository or a
non-empty OUT_DIR (exit 2); runs every check in memory first and writes nothing if one fails (exit 1).
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build39  # noqa: E402
import checks39  # noqa: E402


def in_git(path):
    p = os.path.abspath(path)
    while True:
        if os.path.exists(os.path.join(p, ".git")):
            return True
        parent = os.path.dirname(p)
        if parent == p:
            return False
        p = parent


def make(seed):
    docs, deals = build39.build(seed)
    files, labels = {}, []
    for d in docs:
        if d.path in files:
            raise RuntimeError("duplicate path %s" % d.path)
        files[d.path] = (d.text, d.crlf, d.bom, d.free_text)
        labels += d.labels
    labels.sort(key=lambda lab: (lab["path"], lab["line"], lab["column"]))
    return docs, files, labels, deals


def run_checks(files, labels):
    probs = checks39.check_files(files) + checks39.check_labels(labels, files)
    cn = checks39.counts(labels, files)
    probs += checks39.check_counts(cn)
    return probs, cn


def labels_json(seed, labels, cn, deals, files):
    data = {"generator": "bench/thirtyninth/generate.py", "seed": seed, "files": cn["files"],
            "free_text_files": cn["free_text_files"], "counts": {k: v for k, v in cn.items() if k != "per_theme"},
            "per_theme": cn["per_theme"], "deals": deals, "labels": labels,
            "free_text_paths": sorted(p for p, t in files.items() if t[3])}
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def print_counts(cn, per_theme):
    for k, v in cn.items():
        if k != "per_theme":
            print("%-22s %s" % (k, v))
    if per_theme:
        for th, d in cn["per_theme"].items():
            print("  %-22s files %3d  secrets %3d  negatives %3d  free-text secrets %3d" % (
                th, d["files"], d["secrets"], d["negatives"], d["free_secrets"]))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--per-theme", action="store_true")
    ap.add_argument("--no-tools", action="store_true", help="accepted; keys are always made in pure Python")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    out = os.path.abspath(a.out.rstrip("/"))
    if in_git(out):
        print("refusing: %s is inside a git repository" % out, file=sys.stderr)
        return 2
    if os.path.exists(out) and (not os.path.isdir(out) or os.listdir(out)):
        print("refusing: %s exists and is not an empty directory" % out, file=sys.stderr)
        return 2
    docs, files, labels, deals = make(a.seed)
    probs, cn = run_checks(files, labels)
    if probs and not a.quiet:
        print_counts(cn, a.per_theme)
    if probs:
        for p in probs[:50]:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problems; nothing written" % len(probs), file=sys.stderr)
        return 1
    for d in docs:
        full = os.path.join(out, d.path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as fh:
            fh.write(d.data())
    with open(out + ".labels.json", "w", encoding="utf-8") as fh:
        fh.write(labels_json(a.seed, labels, cn, deals, files))
    if not a.quiet:
        print_counts(cn, a.per_theme)
    return 0


if __name__ == "__main__":
    sys.exit(main())
