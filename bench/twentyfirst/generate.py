#!/usr/bin/env python3
"""Generate the twentyfirst secret-scanning benchmark corpus.

usage: generate.py OUT_DIR --seed S [--per-theme]

Writes OUT_DIR/ (the corpus), OUT_DIR.labels.json and OUT_DIR.values.json beside it. Refuses to write inside a
git repository, replaces an existing OUT_DIR only when OUT_DIR.labels.json exists beside it, and runs every check
in memory before writing anything.
"""

import argparse
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build21  # noqa: E402
import checks21  # noqa: E402
import frame21  # noqa: E402

GENERATOR = "bench/twentyfirst/generate.py"


def inside_git(path):
    p = os.path.abspath(path)
    while True:
        if os.path.exists(os.path.join(p, ".git")):
            return p
        parent = os.path.dirname(p)
        if parent == p:
            return None
        p = parent


def render_all(seed):
    files, labels, values, counts = build21.build(seed)
    labels_doc = {"generator": GENERATOR, "seed": seed, "files": counts["files"], "counts": counts, "labels": labels}
    values_doc = {"seed": seed, "values": values}
    return files, labels, values, counts, frame21.dump_json(labels_doc), frame21.dump_json(values_doc)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--per-theme", action="store_true", help="print per-theme counts")
    a = ap.parse_args()
    out = os.path.abspath(a.out.rstrip("/"))
    repo = inside_git(out)
    if repo:
        sys.exit("refusing to write inside a git repository (%s)" % repo)
    labels_path, values_path = out + ".labels.json", out + ".values.json"
    if os.path.exists(out) and not os.path.exists(labels_path):
        sys.exit("refusing to replace %s: it exists and %s does not" % (out, labels_path))
    files, labels, values, counts, lbytes, vbytes = render_all(a.seed)
    problems = checks21.check(files, labels, values, counts)
    if problems:
        for p in problems[:60]:
            print("CHECK:", p, file=sys.stderr)
        sys.exit("%d problems; nothing written" % len(problems))
    if os.path.exists(out):
        shutil.rmtree(out)
    for rel in sorted(files):
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as fh:
            fh.write(files[rel])
    with open(labels_path, "wb") as fh:
        fh.write(lbytes)
    with open(values_path, "wb") as fh:
        fh.write(vbytes)
    g = counts["groups"]
    s = counts["secrets"]
    print("seed %d: %d files, %d secrets, %d negatives, %d in free text (%d%%)" % (
        a.seed, counts["files"], s, counts["negatives"], counts["free_text"], round(100 * counts["free_text"] / s)))
    print("  provider %d (%d%%), generic %d (%d%%), key %d (%d%%); pairs %d; CRLF files %d" % (
        g.get("provider", 0), round(100 * g.get("provider", 0) / s), g.get("generic", 0),
        round(100 * g.get("generic", 0) / s), g.get("key", 0), round(100 * g.get("key", 0) / s), counts["pairs"],
        counts["crlf_files"]))
    if a.per_theme:
        for t, c in counts["themes"].items():
            print("  %-22s files %3d  secrets %3d  negatives %3d  free text %3d" % (
                t, c["files"], c["secrets"], c["negatives"], c["free_text"]))


if __name__ == "__main__":
    main()
