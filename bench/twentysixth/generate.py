#!/usr/bin/env python3
"""Generate the twenty-sixth blind benchmark corpus.

usage: generate.py OUT_DIR --seed N [--per-theme] [--no-tools]

Writes OUT_DIR/ (the corpus), OUT_DIR.labels.json and OUT_DIR.values.json (beside it, never inside).
Measured seeds: 231 and 232. Standard library only; Python 3.11+.
"""

import argparse
import json
import os
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build26  # noqa: E402
import checks26  # noqa: E402

GENERATOR = "bench/twentysixth/generate.py"


def inside_git(path):
    p = os.path.abspath(path)
    while True:
        if os.path.exists(os.path.join(p, ".git")):
            return p
        parent = os.path.dirname(p)
        if parent == p:
            return None
        p = parent


def render(seed):
    texts, labels, values, formats, deals, crlf = build26.assemble(seed)
    counts = build26.counts(labels, values, texts, crlf)
    labels_doc = {"generator": GENERATOR, "seed": seed, "files": len(texts), "counts": counts, "labels": labels}
    values_doc = {"seed": seed, "formats": formats, "deals": deals, "values": values}
    lj = json.dumps(labels_doc, indent=1, ensure_ascii=False, sort_keys=False) + "\n"
    vj = json.dumps(values_doc, indent=1, ensure_ascii=False, sort_keys=False) + "\n"
    return texts, labels, values, formats, counts, lj, vj


def write(out, texts, lj, vj):
    if os.path.exists(out):
        shutil.rmtree(out)
    for path in sorted(texts):
        full = os.path.join(out, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as fh:
            fh.write(texts[path])
    with open(out + ".labels.json", "w", encoding="utf-8", newline="") as fh:
        fh.write(lj)
    with open(out + ".values.json", "w", encoding="utf-8", newline="") as fh:
        fh.write(vj)


def summary(counts, per_theme=False):
    c = counts
    g = c["groups"]
    print("files %d, secrets %d, negatives %d, free-text secrets %d (%.0f %%)" % (
        c["files"], c["secrets"], c["negatives"], c["free_text_secrets"], 100.0 * c["free_text_secrets"] / c["secrets"]))
    print("groups: " + ", ".join("%s %d (%.0f %%)" % (k, v, 100.0 * v / c["secrets"]) for k, v in g.items()))
    print("roles: " + ", ".join("%s %d" % kv for kv in c["roles"].items()))
    print("pairs %d, key spans %d, negative spans %d, revoked/rotated shown in full %d, CRLF files %d" % (
        c["pairs"], c["multiline_key_spans"], c["negative_spans"], c["revoked_or_rotated_shown_in_full"], c["crlf_files"]))
    print("key types: " + ", ".join("%s %d" % kv for kv in c["key_types"].items()))
    print("categories: %d secret, %d negative" % (c["secret_categories"], c["negative_categories"]))
    if per_theme:
        for slug, t in c["per_theme"].items():
            print("  %-24s files %3d  secrets %3d  negatives %3d  free text %3d" % (
                slug, t["files"], t["secrets"], t["negatives"], t["free_text"]))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--per-theme", action="store_true", help="print per-theme counts")
    ap.add_argument("--no-tools", action="store_true", help="skip openssl/ssh-keygen key checks")
    a = ap.parse_args()
    out = os.path.abspath(a.out.rstrip("/"))
    repo = inside_git(out)
    if repo:
        sys.exit("refusing to write inside a git repository (%s)" % repo)
    if os.path.isdir(out) and os.listdir(out) and not os.path.exists(out + ".labels.json"):
        sys.exit("refusing to replace non-empty %s: no %s.labels.json beside it" % (out, os.path.basename(out)))
    if os.path.exists(out) and not os.path.isdir(out):
        sys.exit("%s exists and is not a directory" % out)
    texts, labels, values, formats, counts, lj, vj = render(a.seed)
    probs, n_tool = checks26.check_all(texts, labels, values, formats, use_tools=not a.no_tools)
    if probs:
        for p in probs[:50]:
            print("CHECK FAILED: " + p, file=sys.stderr)
        sys.exit("%d problems; nothing written" % len(probs))
    write(out, texts, lj, vj)
    summary(counts, a.per_theme)
    print("checks passed (%d external tool runs); wrote %s and %s.{labels,values}.json" % (n_tool, out, out))


if __name__ == "__main__":
    main()
