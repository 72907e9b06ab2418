#!/usr/bin/env python3
"""Re-check a written nineteenth corpus. Exits 1 on any problem.

usage: verify.py OUT_DIR [--no-regen]

Reads OUT_DIR, OUT_DIR.labels.json and OUT_DIR.values.json and runs every check of checks19.py on the files as
they are on disk (labels point at lines containing their values, spans, one label per line, negatives never on
secret lines, no secret text outside its labels, CRC32/bech32 tokens, private keys parse, score.py's Labels
agrees), compares the stored counts with recomputed ones, looks for stray files and empty directories, and
(unless --no-regen) regenerates the corpus in memory from the recorded seed and compares it byte for byte.
"""
import argparse
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks19  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir")
    ap.add_argument("--no-regen", action="store_true", help="skip the byte-for-byte regeneration check")
    a = ap.parse_args()
    out = os.path.abspath(a.out_dir.rstrip("/"))
    t0 = time.monotonic()
    probs = []
    try:
        with open(out + ".labels.json", encoding="utf-8") as fh:
            labels_doc = json.load(fh)
        with open(out + ".values.json", encoding="utf-8") as fh:
            values_doc = json.load(fh)
    except (OSError, ValueError) as e:
        print("cannot read labels/values: %s" % e)
        sys.exit(1)

    files, empty_dirs = {}, []
    for root, dirs, names in os.walk(out):
        dirs.sort()
        if not dirs and not names:
            empty_dirs.append(os.path.relpath(root, out))
        for n in sorted(names):
            p = os.path.join(root, n)
            with open(p, "rb") as fh:
                files[os.path.relpath(p, out)] = fh.read()
    if empty_dirs:
        probs.append("empty directories: %s" % empty_dirs[:3])
    if labels_doc.get("generator") != "bench/nineteenth/generate.py":
        probs.append("labels were not written by bench/nineteenth/generate.py")
    if labels_doc.get("seed") != values_doc.get("seed"):
        probs.append("labels and values have different seeds")

    probs += checks19.run(files, labels_doc, values_doc)
    counts = checks19.counts_of(labels_doc, values_doc)
    if dict(counts) != labels_doc.get("counts"):
        probs.append("stored counts differ from recomputed counts")

    if not a.no_regen and not probs:
        import generate
        g_files, g_labels, g_values = generate.build(labels_doc["seed"])
        if sorted(g_files) != sorted(files):
            probs.append("regenerated file list differs")
        else:
            diff = [p for p in sorted(files) if files[p] != g_files[p]]
            if diff:
                probs.append("regenerated files differ, e.g. %s" % diff[:3])
        if generate.dumps(g_labels) != generate.dumps(labels_doc) or generate.dumps(g_values) != generate.dumps(values_doc):
            probs.append("regenerated labels/values differ")

    c = counts
    print("%s: seed %s, %d files, %d secrets (provider %d, generic %d, key %d), %d negatives, %d in free text; "
          "%d secret and %d negative categories; %d pairs; %d secret spans; %.1f s" % (
              out, labels_doc.get("seed"), c["files"], c["secrets"], c["provider"], c["generic"], c["key"],
              c["negatives"], c["free_text_secrets"], c["secret_categories"], c["negative_categories"], c["pairs"],
              c["secret_spans"], time.monotonic() - t0))
    if probs:
        print("PROBLEMS:")
        for p in probs:
            print("  - " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
