#!/usr/bin/env python3
"""Generate the thirty-fifth benchmark corpus.

usage: generate.py OUT_DIR --seed N [--per-theme] [--no-tools]
Writes OUT_DIR/ and OUT_DIR.labels.json.  Refuses OUT_DIR inside a git repository or non-empty."""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build35   # noqa: E402
import checks35  # noqa: E402


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
    docs, per_theme, deals = build35.build(seed)
    files = {d.path: d.text() for d in docs}
    labels = sorted((lab for d in docs for lab in d.labels), key=lambda lb: (lb["path"], lb["line"]))
    return docs, files, labels, per_theme, deals


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--per-theme", action="store_true", help="print per-theme counts")
    ap.add_argument("--no-tools", action="store_true", help="accepted for symmetry; keys are pure Python")
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    repo = inside_git(out)
    if repo:
        print("refusing to write %s: it is inside the git repository at %s" % (out, repo), file=sys.stderr)
        return 2
    if os.path.exists(out) and (not os.path.isdir(out) or os.listdir(out)):
        print("refusing to write %s: it exists and is not an empty directory" % out, file=sys.stderr)
        return 2
    docs, files, labels, per_theme, deals = make(a.seed)
    bad = checks35.all_checks(files, labels)
    if bad and not os.environ.get("GEN35_DEBUG_WRITE"):
        print("\n".join(bad[:50]), file=sys.stderr)
        print("%d problems; nothing written" % len(bad), file=sys.stderr)
        return 1
    for path, text in files.items():
        full = os.path.join(out, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    data = {"generator": "bench/thirtyfifth/generate.py", "seed": a.seed, "files": len(files),
            "counts": build35.counts(docs), "per_theme": per_theme, "deals": deals, "labels": labels}
    with open(out + ".labels.json", "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    c = data["counts"]
    print("%s: %d files (%d free text), %d secrets, %d negatives" % (out, c["files"], c["free_text_files"],
                                                                     c["secrets"], c["negatives"]))
    if a.per_theme:
        for k, v in per_theme.items():
            print("%-20s %s" % (k, json.dumps(v, ensure_ascii=False, sort_keys=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
