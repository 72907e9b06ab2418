#!/usr/bin/env python3
"""Generate the twenty-third blind secret-scanning corpus.

usage: generate.py OUT_DIR [--seed S] [--per-theme]

Writes OUT_DIR/ (the corpus), OUT_DIR.labels.json and OUT_DIR.values.json next to it (never inside).
Refuses to write inside a git repository, and replaces an existing non-empty OUT_DIR only when
OUT_DIR.labels.json exists beside it. Runs all content checks in memory first; writes nothing if one fails.
"""

import argparse
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build23  # noqa: E402
import checks23  # noqa: E402


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
    return json.dumps(obj, indent=1, ensure_ascii=False, sort_keys=False) + "\n"


def serialise(b):
    labels = {"generator": "bench/twentythird/generate.py", "seed": b["seed"], "files": len(b["files"]),
              "counts": b["counts"], "labels": b["labels"]}
    values = {"seed": b["seed"], "formats": dict(sorted(b["fmts"].items())), "values": b["values"]}
    return dump(labels), dump(values)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=201)
    ap.add_argument("--per-theme", action="store_true")
    a = ap.parse_args()
    out = os.path.abspath(a.out.rstrip("/"))
    repo = inside_git(out)
    if repo:
        sys.exit("refusing to write inside a git repository (%s)" % repo)
    lab_path, val_path = out + ".labels.json", out + ".values.json"
    if os.path.isdir(out) and os.listdir(out) and not os.path.exists(lab_path):
        sys.exit("%s exists and is not empty, and %s does not exist: refusing to replace it" % (out, lab_path))
    if os.path.exists(out) and not os.path.isdir(out):
        sys.exit("%s exists and is not a directory" % out)

    b = build23.build(a.seed)
    probs = checks23.check(b["files"], b["labels"], b["values"], b["fmts"])
    if probs:
        for p in probs[:50]:
            print("problem:", p, file=sys.stderr)
        sys.exit("%d problems; nothing written" % len(probs))

    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    for rel, text in b["files"].items():
        full = os.path.join(out, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    lj, vj = serialise(b)
    with open(lab_path, "w", encoding="utf-8") as fh:
        fh.write(lj)
    with open(val_path, "w", encoding="utf-8") as fh:
        fh.write(vj)

    c = b["counts"]
    g = c["groups"]
    print("seed %d: %d files, %d secrets, %d negatives, %d secrets in free text (%.0f %%)" % (
        a.seed, c["files"], c["secrets"], c["negatives"], c["free_text_secrets"], 100 * c["free_text_share"]))
    print("  provider %d (%.0f %%), generic %d (%.0f %%), private keys %d (%.0f %%)" % (
        g["provider"], 100 * g["provider"] / c["secrets"], g["generic"], 100 * g["generic"] / c["secrets"],
        g["key"], 100 * g["key"] / c["secrets"]))
    print("  %d secret categories, %d negative categories, %d pairs, %d key spans, %d negative spans, %d CRLF files" % (
        c["secret_categories"], c["negative_categories"], c["pairs"], c["secret_spans"], c["negative_spans"],
        c["crlf_files"]))
    print("  key formats %s; key types %s" % (c["key_formats"], c["key_types"]))
    if a.per_theme:
        for t, v in c["themes"].items():
            print("  %-20s files %3d  secrets %3d  negatives %3d  free text %3d" % (
                t, v["files"], v["secrets"], v["negatives"], v["free_text"]))
    print("wrote %s, %s, %s" % (out, lab_path, val_path))


if __name__ == "__main__":
    main()
