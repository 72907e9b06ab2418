#!/usr/bin/env python3
"""Generate the thirty-eighth blind benchmark corpus.

usage: generate.py OUT_DIR --seed N [--per-theme] [--no-tools]
Writes OUT_DIR/ and OUT_DIR.labels.json. Standard library only; the keys are pure Python (--no-tools is accepted
for symmetry with verify.py: nothing here runs openssl or ssh-keygen).
"""
import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import collections  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build38  # noqa: E402
import checks38  # noqa: E402
from core38 import BuildError, encode_file  # noqa: E402


def inside_git(path):
    p = os.path.abspath(path)
    while True:
        if os.path.exists(os.path.join(p, ".git")):
            return True
        parent = os.path.dirname(p)
        if parent == p:
            return False
        p = parent


def make(seed):
    docs, deals = build38.build(seed)
    raw, labels, free = {}, [], []
    for d in docs:
        clean, labs = d.resolve()
        if d.path in raw:
            raise BuildError("two files at %s" % d.path)
        raw[d.path] = encode_file(clean, d.crlf, d.bom)
        labels += labs
        if d.free_text:
            free.append(d.path)
    labels.sort(key=lambda l: (l["path"], l["line"], l["column"]))
    texts, probs = checks38.decode_files(raw)
    probs += checks38.check_labels(texts, labels)
    cn = checks38.counts(labels, raw, free, raw)
    probs += checks38.range_problems(cn)
    per_theme = collections.OrderedDict()
    for d in docs:
        t = per_theme.setdefault(d.path.split("/")[0], dict(files=0, free_text_files=0, secrets=0, negatives=0, free_text_secrets=0))
        t["files"] += 1
        t["free_text_files"] += d.free_text
    for l in labels:
        t = per_theme[l["path"].split("/")[0]]
        t["secrets" if l["kind"] == "secret" else "negatives"] += 1
        if l["kind"] == "secret" and l["free_text"]:
            t["free_text_secrets"] += 1
    meta = {"generator": "bench/thirtyeighth/generate.py", "seed": seed, "files": sorted(raw), "free_text_files": sorted(free),
            "counts": cn, "per_theme": per_theme, "deals": deals, "labels": labels}
    lab_bytes = (json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()
    return raw, lab_bytes, probs, cn, per_theme


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--per-theme", action="store_true")
    ap.add_argument("--no-tools", action="store_true")
    a = ap.parse_args()
    out = os.path.abspath(a.out.rstrip("/"))
    if inside_git(out):
        print("refusing to write inside a git repository: %s" % out, file=sys.stderr)
        return 2
    if os.path.exists(out) and (not os.path.isdir(out) or os.listdir(out)):
        print("refusing a non-empty OUT_DIR: %s" % out, file=sys.stderr)
        return 2
    try:
        raw, lab_bytes, probs, cn, per_theme = make(a.seed)
    except BuildError as e:
        print("build failed: %s" % e, file=sys.stderr)
        return 1
    if probs:
        for p in probs[:60]:
            print("problem: %s" % p, file=sys.stderr)
        print("%d problems; nothing written" % len(probs), file=sys.stderr)
        return 1
    for p, b in sorted(raw.items()):
        fp = os.path.join(out, p)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "wb") as fh:
            fh.write(b)
    with open(out + ".labels.json", "wb") as fh:
        fh.write(lab_bytes)
    print("wrote %d files, %d secrets, %d negatives to %s" % (cn["files"], cn["secrets"], cn["negatives"], out))
    if a.per_theme:
        print("| directory | files | free-text files | secrets | negatives | secrets in free text |")
        print("|---|---:|---:|---:|---:|---:|")
        for k, t in per_theme.items():
            print("| `%s/` | %d | %d | %d | %d | %d |" % (k, t["files"], t["free_text_files"], t["secrets"], t["negatives"], t["free_text_secrets"]))
        print(json.dumps(cn, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
