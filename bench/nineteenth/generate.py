#!/usr/bin/env python3
"""Generate the nineteenth benchmark corpus.

usage: generate.py OUT_DIR --seed N [--per-theme]

Writes the corpus tree OUT_DIR, and OUT_DIR.labels.json and OUT_DIR.values.json beside it (never inside).
Refuses to write inside a git repository, refuses to replace an existing OUT_DIR unless OUT_DIR.labels.json
exists beside it, and runs every check before anything is written.
"""
import argparse
import collections
import json
import os
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cfg19a  # noqa: E402
import cfg19b  # noqa: E402
import cfg19c  # noqa: E402
import checks19  # noqa: E402
import crypto19  # noqa: E402
import ctx19  # noqa: E402
import bespoke19  # noqa: E402
import frame19  # noqa: E402
import integ19  # noqa: E402
import keywrap19  # noqa: E402
import negf19  # noqa: E402
import prose19a  # noqa: E402
import prose19b  # noqa: E402
import themes19  # noqa: E402

GENERATOR = "bench/nineteenth/generate.py"
CONFIG_KINDS = cfg19a.KINDS + cfg19b.KINDS + cfg19c.KINDS
N_CONFIG = 14
N_INTEG = 4
N_KEYS = 7
N_NEGF = 6
FREE_SLOTS = prose19a.SLOTS + prose19b.SLOTS   # (slot name, function)


def build_theme(c):
    bespoke19.BESPOKE[c.tdir](c)
    names = [k[0] for k in CONFIG_KINDS]
    fn = dict(CONFIG_KINDS)
    got = []
    for _ in range(N_CONFIG):
        k = c.deal("config-kinds", names, avoid=got)
        got.append(k)
        fn[k](c)
    for i in range(N_INTEG):
        integ19.integration(c, i)
    kw = dict(keywrap19.WRAPS)
    got = []
    for _ in range(N_KEYS):
        k = c.deal("key-wraps", [w[0] for w in keywrap19.WRAPS], avoid=got)
        got.append(k)
        kw[k](c)
    nf = dict(negf19.KINDS)
    got = []
    for _ in range(N_NEGF):
        k = c.deal("neg-files", [w[0] for w in negf19.KINDS], avoid=got)
        got.append(k)
        nf[k](c)
    for slot, f in FREE_SLOTS:
        f(c)


def build(seed):
    crypto19.ed25519_selftest()
    corpus = frame19.Corpus(seed)
    shared = ctx19.Shared(seed)
    per_theme = collections.OrderedDict()
    for t in themes19.THEMES:
        c = ctx19.Ctx(corpus, shared, seed, t)
        n0, f0 = len(corpus.labels), len(corpus.files)
        build_theme(c)
        per_theme[t["dir"]] = (n0, f0)
    corpus.finish()
    files = {p: corpus.file_bytes(p) for p in sorted(corpus.files)}
    labels_doc = {"generator": GENERATOR, "seed": seed, "files": sorted(files), "labels": corpus.labels}
    values_doc = {"seed": seed, "values": corpus.values}
    labels_doc["counts"] = checks19.counts_of(labels_doc, values_doc)
    return files, labels_doc, values_doc


def per_theme_table(labels_doc, values_doc):
    rows = collections.OrderedDict((d, [set(), 0, 0, 0]) for d in themes19.THEME_DIRS)
    for p in labels_doc["files"]:
        rows[p.split("/")[0]][0].add(p)
    for l, v in zip(labels_doc["labels"], values_doc["values"]):
        r = rows[l["path"].split("/")[0]]
        if l["kind"] == "secret":
            r[1] += 1
            r[3] += 1 if v.get("free_text") else 0
        else:
            r[2] += 1
    return [(d, len(r[0]), r[1], r[2], r[3]) for d, r in sorted(rows.items())]


def in_git_repo(path):
    p = os.path.abspath(path)
    while True:
        if os.path.exists(os.path.join(p, ".git")):
            return p
        parent = os.path.dirname(p)
        if parent == p:
            return None
        p = parent


def dumps(doc):
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--per-theme", action="store_true", help="also print per-theme counts")
    a = ap.parse_args()
    out = os.path.abspath(a.out_dir.rstrip("/"))
    repo = in_git_repo(out)
    if repo:
        sys.exit("refusing to write inside a git repository (%s)" % repo)
    lab_path, val_path = out + ".labels.json", out + ".values.json"
    if os.path.exists(out) and not os.path.exists(lab_path):
        sys.exit("refusing to replace %s: %s does not exist beside it" % (out, os.path.basename(lab_path)))
    if os.path.exists(out) and not os.path.isdir(out):
        sys.exit("%s exists and is not a directory" % out)

    t0 = time.monotonic()
    files, labels_doc, values_doc = build(a.seed)
    probs = checks19.run(files, labels_doc, values_doc)
    if probs:
        print("checks failed; nothing written:", file=sys.stderr)
        for p in probs:
            print("  - " + p, file=sys.stderr)
        sys.exit(1)

    if os.path.exists(out):
        shutil.rmtree(out)
    for rel, data in files.items():
        dst = os.path.join(out, rel)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        with open(dst, "wb") as fh:
            fh.write(data)
    with open(lab_path, "w", encoding="utf-8") as fh:
        fh.write(dumps(labels_doc))
    with open(val_path, "w", encoding="utf-8") as fh:
        fh.write(dumps(values_doc))
    secs = time.monotonic() - t0
    cn = labels_doc["counts"]
    print("seed %d: %d files, %d secrets (provider %d, generic %d, key %d), %d negatives, %d secrets in free text "
          "(%.0f%%); %.1f s" % (a.seed, cn["files"], cn["secrets"], cn["provider"], cn["generic"], cn["key"],
                                cn["negatives"], cn["free_text_secrets"], 100.0 * cn["free_text_secrets"] / cn["secrets"],
                                secs))
    if a.per_theme:
        print("| directory | files | secrets | negatives | in free text |")
        print("|---|---:|---:|---:|---:|")
        for row in per_theme_table(labels_doc, values_doc):
            print("| `%s/` | %d | %d | %d | %d |" % row)


if __name__ == "__main__":
    main()
