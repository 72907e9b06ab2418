#!/usr/bin/env python3
"""Generate the fortieth corpus: generate.py OUT_DIR --seed N  ->  OUT_DIR/ and OUT_DIR.labels.json

Measured seeds: 371 and 372.  Refuses an OUT_DIR inside a git repository or a non-empty OUT_DIR (exit 2); runs all
checks in memory first and writes nothing if one fails (exit 1)."""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build40  # noqa: E402
import checks40  # noqa: E402


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
    ctx, deals = build40.build(seed)
    labels = sorted((l for d in ctx.docs for l in d.labels), key=lambda l: (l["path"], l["line"], l["column"]))
    texts = {d.path: d.clean for d in ctx.docs}
    errs = []
    for d in ctx.docs:
        errs += checks40.file_problems(d.path, d.data().decode("utf-8").lstrip("\ufeff"))
    errs += checks40.label_problems(labels, texts)
    free = sorted(d.path for d in ctx.docs if d.free)
    c = checks40.counts(labels, [d.path for d in ctx.docs], free, sum(d.crlf for d in ctx.docs),
                        sum(d.bom for d in ctx.docs))
    errs += checks40.range_problems(c)
    per_theme = c.pop("per_theme")
    out = {"generator": "bench/fortieth/generate.py", "seed": seed, "files": c["files"],
           "free_text_files": c["free_text_files"], "free_text_paths": free, "counts": c, "per_theme": per_theme,
           "deals": deals, "labels": labels}
    return ctx, out, errs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--per-theme", action="store_true", help="print the counts per theme too")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--no-tools", action="store_true", help="accepted; keys are always made in pure Python")
    a = ap.parse_args()
    out = a.out.rstrip("/")
    if in_git(out):
        print("refusing: %s is inside a git repository" % out, file=sys.stderr)
        return 2
    if os.path.exists(out) and (not os.path.isdir(out) or os.listdir(out)):
        print("refusing: %s exists and is not an empty directory" % out, file=sys.stderr)
        return 2
    ctx, data, errs = make(a.seed)
    if errs:
        for e in errs[:60]:
            print("check failed:", e, file=sys.stderr)
        print("%d problems; nothing written" % len(errs), file=sys.stderr)
        return 1
    for d in ctx.docs:
        p = os.path.join(out, d.path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as fh:
            fh.write(d.data())
    with open(out + ".labels.json", "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    if not a.quiet:
        c = data["counts"]
        print(json.dumps({k: v for k, v in c.items()}, ensure_ascii=False))
        if a.per_theme:
            for k, v in data["per_theme"].items():
                print(k, json.dumps(v))
    return 0


if __name__ == "__main__":
    sys.exit(main())
