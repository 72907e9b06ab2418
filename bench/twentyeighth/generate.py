#!/usr/bin/env python3
"""Generate the twenty-eighth blind benchmark corpus.

usage: generate.py OUT_DIR --seed N [--per-theme] [--no-tools]

Writes the corpus tree into OUT_DIR, the labels to OUT_DIR.labels.json and the values to OUT_DIR.values.json
(beside OUT_DIR, in the format bench/quality/score.py reads). Refuses to write inside a git repository.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build28  # noqa: E402
import checks28  # noqa: E402


def dump(obj):
    return (json.dumps(obj, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


def render(seed):
    """Everything generate.py writes, in memory: (files, labels_bytes, values_bytes, counts, problems-input)."""
    files, labels, values, counts, formats, deals = build28.build(seed)
    lab = {"generator": build28.GEN, "seed": seed, "files": len(files), "counts": counts, "labels": labels}
    val = {"seed": seed, "formats": formats, "deals": deals, "values": values}
    return files, labels, values, formats, counts, dump(lab), dump(val)


def inside_git(path):
    p = os.path.abspath(path)
    while True:
        if os.path.exists(os.path.join(p, ".git")):
            return p
        parent = os.path.dirname(p)
        if parent == p:
            return None
        p = parent


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--per-theme", action="store_true", help="print per-theme counts")
    ap.add_argument("--no-tools", action="store_true", help="skip the openssl/ssh-keygen key checks")
    a = ap.parse_args()
    out = os.path.abspath(a.out.rstrip("/"))
    repo = inside_git(out)
    if repo:
        sys.exit("refusing to write inside a git repository (%s)" % repo)
    if os.path.isdir(out) and os.listdir(out) and not os.path.exists(out + ".labels.json"):
        sys.exit("refusing to replace non-empty %s: no %s.labels.json beside it" % (out, out))
    files, labels, values, formats, counts, lab_b, val_b = render(a.seed)
    probs = checks28.check_all(files, labels, values, formats, use_tools=not a.no_tools)
    if probs:
        for p in probs[:60]:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit("%d problems; nothing written" % len(probs))
    if os.path.isdir(out):
        shutil.rmtree(out)
    for path, data in files.items():
        full = os.path.join(out, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as fh:
            fh.write(data)
    with open(out + ".labels.json", "wb") as fh:
        fh.write(lab_b)
    with open(out + ".values.json", "wb") as fh:
        fh.write(val_b)
    print("seed %d: %d files, %d secrets, %d negatives, %d secrets in free text (%.0f %%)" % (
        a.seed, counts["files"], counts["secrets"], counts["negatives"], counts["secrets_in_free_text"],
        100 * counts["free_text_share"]))
    print("groups: %s; pairs: %d; key types: %s; CRLF files: %d" % (
        counts["groups"], counts["pairs"], counts["key_types"], counts["crlf_files"]))
    if a.per_theme:
        for t, c in counts["per_theme"].items():
            print("  %-22s files %3d  secrets %3d  negatives %3d  free text %3d" % (
                t, c["files"], c["secrets"], c["negatives"], c["free_text"]))


if __name__ == "__main__":
    main()
