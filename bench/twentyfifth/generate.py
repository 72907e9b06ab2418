#!/usr/bin/env python3
"""Generate the twenty-fifth labelled secret-scanning corpus.

usage: generate.py OUT_DIR --seed N [--per-theme]

Writes OUT_DIR/ (the tree), OUT_DIR.labels.json (the format bench/quality/score.py reads) and OUT_DIR.values.json.
Refuses to write inside a git repository, and replaces a non-empty OUT_DIR only when OUT_DIR.labels.json exists beside
it. All checks run in memory first; nothing is written if any fails.
"""

import argparse
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build25   # noqa: E402
import checks25  # noqa: E402


def side_paths(out):
    base = os.path.abspath(out).rstrip("/")
    return base, base + ".labels.json", base + ".values.json"


def inside_git(path):
    p = os.path.abspath(path)
    while True:
        if os.path.exists(os.path.join(p, ".git")):
            return p
        parent = os.path.dirname(p)
        if parent == p:
            return None
        p = parent


def dump(obj):
    return json.dumps(obj, indent=1, ensure_ascii=False) + "\n"


def write(out, files, lab, vals):
    base, lp, vp = side_paths(out)
    if os.path.isdir(base):
        shutil.rmtree(base)
    for path, text in files.items():
        full = os.path.join(base, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as fh:
            fh.write(text.encode("utf-8"))
    with open(lp, "wb") as fh:
        fh.write(dump(lab).encode("utf-8"))
    with open(vp, "wb") as fh:
        fh.write(dump(vals).encode("utf-8"))


def summary(lab, per_theme=False):
    c = lab["counts"]
    print("seed %d: %d files, %d secrets, %d negatives, %d secrets in free text (%d%%)" % (
        lab["seed"], c["files"], c["secrets"], c["negatives"], c["free_text_secrets"], round(100 * c["free_text_secrets"] / c["secrets"])))
    g = c["groups"]
    print("  provider %d (%d%%), generic %d (%d%%), private keys %d (%d%%)" % (
        g["provider"], round(100 * g["provider"] / c["secrets"]), g["generic"], round(100 * g["generic"] / c["secrets"]),
        g["key"], round(100 * g["key"] / c["secrets"])))
    print("  %d secret categories, %d negative categories, %d pairs, %d multi-line secrets, %d negative spans, %d CRLF files" % (
        len(c["secret_categories"]), len(c["negative_categories"]), c["pairs"], c["multi_line_secrets"], c["negative_spans"], c["crlf_files"]))
    if per_theme:
        for t, row in c["per_theme"].items():
            print("  %-24s %3d files %3d secrets %3d negatives %3d free text" % (t, row["files"], row["secrets"], row["negatives"], row["free_text"]))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--per-theme", action="store_true")
    a = ap.parse_args()
    base, lp, vp = side_paths(a.out)
    repo = inside_git(base)
    if repo:
        sys.exit("refusing to write inside a git repository (%s)" % repo)
    if os.path.isdir(base) and os.listdir(base) and not os.path.exists(lp):
        sys.exit("refusing to replace non-empty %s: no %s beside it" % (base, os.path.basename(lp)))
    if os.path.exists(base) and not os.path.isdir(base):
        sys.exit("%s exists and is not a directory" % base)
    files, lab, vals = build25.build(a.seed)
    problems = checks25.run(files, lab, vals)
    if problems:
        for p in problems[:50]:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit("%d problems; nothing written" % len(problems))
    write(a.out, files, lab, vals)
    summary(lab, a.per_theme)
    print("wrote %s/, %s, %s" % (base, os.path.basename(lp), os.path.basename(vp)))


if __name__ == "__main__":
    main()
