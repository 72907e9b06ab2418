#!/usr/bin/env python3
"""Generate the twentieth benchmark corpus.

usage: generate.py OUT_DIR --seed N [--per-theme]

Writes OUT_DIR/ (the corpus), OUT_DIR.labels.json and OUT_DIR.values.json beside it. Refuses to write inside a git
repository, replaces an existing OUT_DIR only when OUT_DIR.labels.json exists beside it, and runs every check of
verify.py in memory before writing anything. The same seed gives byte-identical output.
"""

import argparse
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build20  # noqa: E402
import checks20  # noqa: E402

GENERATOR = "bench/twentieth/generate.py"


def in_git_repo(path):
    p = os.path.abspath(path)
    while True:
        if os.path.exists(os.path.join(p, ".git")):
            return p
        parent = os.path.dirname(p)
        if parent == p:
            return None
        p = parent


def labels_doc(seed, files, labels, values):
    c = build20.counts(files, labels, values)
    head = {"generator": GENERATOR, "seed": seed, "files": sorted(files), "counts": c}
    out = ["{"]
    for k, v in head.items():
        out.append("%s: %s," % (json.dumps(k), json.dumps(v, ensure_ascii=False)))
    out.append('"labels": [')
    out.append(",\n".join(json.dumps(l, ensure_ascii=False) for l in labels))
    out.append("]}")
    return ("\n".join(out) + "\n").encode("utf-8")


def values_doc(seed, values):
    out = ['{"seed": %d, "values": [' % seed]
    out.append(",\n".join(json.dumps(v, ensure_ascii=False, sort_keys=True) for v in values))
    out.append("]}")
    return ("\n".join(out) + "\n").encode("utf-8")


def make(seed, per_theme=None):
    files, labels, values = build20.build(seed, per_theme)
    ldoc = labels_doc(seed, files, labels, values)
    vdoc = values_doc(seed, values)
    return files, labels, values, ldoc, vdoc


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--per-theme", action="store_true", help="print per-theme counts")
    a = ap.parse_args()

    out = os.path.abspath(a.out_dir.rstrip("/"))
    repo = in_git_repo(out)
    if repo:
        sys.exit("refusing to write inside a git repository (%s)" % repo)
    lpath, vpath = out + ".labels.json", out + ".values.json"
    if os.path.exists(out) and not os.path.exists(lpath):
        sys.exit("refusing to replace %s: %s does not exist beside it" % (out, os.path.basename(lpath)))

    per = {} if a.per_theme else None
    files, labels, values, ldoc, vdoc = make(a.seed, per)
    probs = checks20.run_all(files, labels, values, json.loads(ldoc))
    if probs:
        for p in probs[:60]:
            print("FAIL:", p, file=sys.stderr)
        sys.exit("%d problems; nothing written" % len(probs))

    if os.path.exists(out):
        shutil.rmtree(out)
    for path in sorted(files):
        full = os.path.join(out, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as fh:
            fh.write(files[path])
    with open(lpath, "wb") as fh:
        fh.write(ldoc)
    with open(vpath, "wb") as fh:
        fh.write(vdoc)

    c = build20.counts(files, labels, values)
    print("seed %d: %d files, %d secrets (%d free text, %.0f%%), %d negatives; provider %d / generic %d / key %d; "
          "%d CRLF files" % (a.seed, c["files"], c["secrets"], c["free_text_secrets"],
                             100.0 * c["free_text_secrets"] / max(1, c["secrets"]), c["negatives"], c["group_provider"],
                             c["group_generic"], c["group_key"], c["crlf_files"]))
    if per is not None:
        print("| directory | files | secrets | negatives | in free text |")
        for d in sorted(per):
            s = per[d]
            print("| `%s/` | %d | %d | %d | %d |" % (d, s["files"], s["secrets"], s["negatives"], s["free"]))


if __name__ == "__main__":
    main()
