#!/usr/bin/env python3
"""Generate the thirty-sixth blind benchmark corpus.

usage: generate.py OUT_DIR --seed N [--per-theme] [--no-tools]

Writes the corpus to OUT_DIR and the labels to OUT_DIR.labels.json. Refuses an OUT_DIR inside a git
repository or a non-empty OUT_DIR (exit 2). All checks run in memory first; nothing is written if one fails.
Measured seeds: 331 and 332.
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import build36  # noqa: E402
import checks36  # noqa: E402


def inside_git(path):
    p = os.path.abspath(path)
    while True:
        if os.path.exists(os.path.join(p, ".git")):
            return p
        parent = os.path.dirname(p)
        if parent == p:
            return None
        p = parent


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--per-theme", action="store_true", help="print per-theme counts")
    ap.add_argument("--no-tools", action="store_true", help="accepted for symmetry with verify.py; keys are pure Python")
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    repo = inside_git(out)
    if repo:
        print("refusing to write inside the git repository %s" % repo, file=sys.stderr)
        return 2
    if os.path.exists(out) and (not os.path.isdir(out) or os.listdir(out)):
        print("refusing a non-empty OUT_DIR: %s" % out, file=sys.stderr)
        return 2

    docs, deals, per_theme, _reg = build36.build(a.seed)
    files = {}
    errors = []
    for d in docs:
        if d.path in files:
            errors.append("duplicate path %s" % d.path)
        files[d.path] = d.data()
    labels = sorted((l for d in docs for l in d.labels), key=lambda l: (l["path"], l["line"]))
    texts = {}
    for p, b in files.items():
        t = checks36.check_file_bytes(p, b, errors)
        if t is not None:
            texts[p] = t
    checks36.check_labels(texts, labels, errors)
    counts = build36.counts(docs)
    checks36.sanity(counts, errors)
    if errors:
        for e in errors[:60]:
            print("error:", e, file=sys.stderr)
        print("%d problems; nothing written" % len(errors), file=sys.stderr)
        return 1

    os.makedirs(out, exist_ok=True)
    for p in sorted(files):
        fp = os.path.join(out, p)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "wb") as fh:
            fh.write(files[p])
    pt = {}
    for k, ds in per_theme.items():
        c = build36.counts(ds)
        pt[k] = {"files": c["files"], "secrets": c["secrets"], "negatives": c["negatives"],
                 "free_text_secrets": c["free_text_secrets"], "free_text_files": c["free_text_files"]}
    data = {"generator": "bench/thirtysixth/generate.py", "seed": a.seed, "files": len(files), "counts": counts,
            "per_theme": pt, "deals": {k: v for k, v in deals.items()}, "labels": labels}
    with open(out.rstrip("/") + ".labels.json", "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %d files, %d secrets, %d negatives to %s" % (len(files), counts["secrets"], counts["negatives"], out))
    if a.per_theme:
        print("| directory | files | secrets | negatives | secrets in free text |")
        for k, c in pt.items():
            print("| `%s/` | %d | %d | %d | %d |" % (k, c["files"], c["secrets"], c["negatives"], c["free_text_secrets"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
