#!/usr/bin/env python3
"""Verify a corpus written by generate.py: on-disk self-checks and byte-for-byte regeneration.

usage: verify.py OUT_DIR [--no-regen] [--no-tools]      exit 1 on any problem
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks28  # noqa: E402
import generate  # noqa: E402


def score_labels_class():
    path = os.path.join(HERE, "..", "quality", "score.py")
    spec = importlib.util.spec_from_file_location("score_for_verify28", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # defines functions and classes only; main() is not run
    return mod.Labels


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--no-regen", action="store_true")
    ap.add_argument("--no-tools", action="store_true")
    a = ap.parse_args()
    out = os.path.abspath(a.out.rstrip("/"))
    probs = []
    with open(out + ".labels.json", "rb") as fh:
        lab_b = fh.read()
    with open(out + ".values.json", "rb") as fh:
        val_b = fh.read()
    lab = json.loads(lab_b)
    val = json.loads(val_b)
    files = {}
    empty_dirs = []
    for root, dirs, names in os.walk(out):
        dirs.sort()
        if not dirs and not names:
            empty_dirs.append(os.path.relpath(root, out))
        for n in sorted(names):
            full = os.path.join(root, n)
            with open(full, "rb") as fh:
                files[os.path.relpath(full, out)] = fh.read()
    files = dict(sorted(files.items()))
    if empty_dirs:
        probs.append("empty directories: %s" % empty_dirs[:5])
    if len(files) != lab["files"]:
        probs.append("file count %d differs from the labels' %d" % (len(files), lab["files"]))
    probs += checks28.check_all(files, lab["labels"], val["values"], val["formats"], use_tools=not a.no_tools)
    # score.py's own reading of the labels
    try:
        L = score_labels_class()(out + ".labels.json")
        nsec = sum(1 for l in lab["labels"] if l["kind"] == "secret")
        owned = sum(l.get("span", [l["line"], l["line"]])[1] - l.get("span", [l["line"], l["line"]])[0] + 1
                    for l in lab["labels"])
        if len(L.secrets) != nsec or len(L.line_owner) != owned:
            probs.append("score.py's Labels disagrees: %d secrets / %d owned lines vs %d / %d" % (
                len(L.secrets), len(L.line_owner), nsec, owned))
    except Exception as e:  # noqa: BLE001
        probs.append("score.py's Labels could not be loaded: %s" % e)
    if not a.no_regen:
        g_files, _, _, _, _, g_lab, g_val = generate.render(lab["seed"])
        if list(g_files) != list(files):
            probs.append("regenerated file list differs (%d vs %d files)" % (len(g_files), len(files)))
        for p, b in g_files.items():
            if files.get(p) != b:
                probs.append("regenerated %s differs" % p)
        if g_lab != lab_b:
            probs.append("regenerated labels differ")
        if g_val != val_b:
            probs.append("regenerated values differ")
    for p in probs[:80]:
        print("PROBLEM:", p)
    c = lab["counts"]
    print("%s: seed %d, %d files, %d secrets, %d negatives, %d in free text: %s" % (
        out, lab["seed"], len(files), c["secrets"], c["negatives"], c["secrets_in_free_text"],
        "OK" if not probs else "%d PROBLEMS" % len(probs)))
    sys.exit(1 if probs else 0)


if __name__ == "__main__":
    main()
