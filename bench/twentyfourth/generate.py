#!/usr/bin/env python3
"""Generate the twentyfourth benchmark corpus.

usage: generate.py OUT_DIR --seed N [--per-theme]

Writes OUT_DIR/ (the corpus), OUT_DIR.labels.json and OUT_DIR.values.json beside it. Standard library only
(Python 3.11+). Refuses to write inside a git repository, replaces an existing non-empty OUT_DIR only when
OUT_DIR.labels.json exists beside it, and runs every content check in memory before writing anything.
"""
import argparse
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build24  # noqa: E402
import checks24  # noqa: E402


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
    return (json.dumps(obj, indent=1, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")


def labels_doc(seed, res):
    return {"generator": "bench/twentyfourth/generate.py", "seed": seed, "files": len(res["files"]),
            "counts": res["counts"], "labels": res["labels"]}


def values_doc(seed, res):
    return {"seed": seed, "formats": res["formats"], "deals": res["deals"], "values": res["values"]}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--per-theme", action="store_true", help="print per-theme counts")
    a = ap.parse_args(argv)
    out = os.path.abspath(a.out_dir.rstrip("/"))
    g = inside_git(out)
    if g:
        sys.exit("refusing to write inside a git repository (%s)" % g)
    labels_path, values_path = out + ".labels.json", out + ".values.json"
    if os.path.isdir(out) and os.listdir(out) and not os.path.exists(labels_path):
        sys.exit("%s exists and is not empty, and %s does not exist: refusing to replace it" % (out, labels_path))
    if os.path.exists(out) and not os.path.isdir(out):
        sys.exit("%s exists and is not a directory" % out)
    res = build24.build(a.seed)
    errs = checks24.check_all(res)
    if errs:
        for e in errs[:50]:
            print("CHECK FAILED:", e, file=sys.stderr)
        sys.exit("%d problems; nothing written" % len(errs))
    if os.path.isdir(out):
        shutil.rmtree(out)
    for rel, data in res["files"].items():
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as fh:
            fh.write(data)
    with open(labels_path, "wb") as fh:
        fh.write(dump(labels_doc(a.seed, res)))
    with open(values_path, "wb") as fh:
        fh.write(dump(values_doc(a.seed, res)))
    c = res["counts"]
    print("seed %d: %d files, %d secrets, %d negatives, %d secrets in free text (%.0f %%)" % (
        a.seed, c["files"], c["secrets"], c["negatives"], c["free_text_secrets"], 100.0 * c["free_text_secrets"] / c["secrets"]))
    print("groups %s; %d secret / %d negative categories; %d pairs; %d multi-line key spans; %d negative spans; %d CRLF files" % (
        c["groups"], c["secret_categories"], c["negative_categories"], c["pairs"], c["multi_line_key_spans"],
        c["negative_spans"], c["crlf_files"]))
    print("key formats %s; key types %s" % (c["key_formats"], c["key_types"]))
    if a.per_theme:
        for k, v in c["per_theme"].items():
            print("  %-22s %-12s files %3d  secrets %3d  negatives %3d  free text %3d" % (
                k, v["language"], v["files"], v["secrets"], v["negatives"], v["free_text"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
