#!/usr/bin/env python3
"""Verify a corpus written by generate.py: on-disk self-checks plus byte-for-byte regeneration.

usage: verify.py OUT_DIR [--no-regen] [--no-tools]
Exit status 1 on any problem.
"""

import argparse
import importlib.util
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks26  # noqa: E402
import generate  # noqa: E402


def load_score_labels(labels_path):
    """Load score.py's Labels class by path (runs nothing) and build it on our labels file."""
    sp = os.path.join(HERE, "..", "quality", "score.py")
    spec = importlib.util.spec_from_file_location("score_for_verify26", sp)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.Labels(labels_path)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--no-regen", action="store_true")
    ap.add_argument("--no-tools", action="store_true")
    a = ap.parse_args()
    out = os.path.abspath(a.out.rstrip("/"))
    probs = []
    with open(out + ".labels.json", encoding="utf-8") as fh:
        ldoc = json.load(fh)
    with open(out + ".values.json", encoding="utf-8") as fh:
        vdoc = json.load(fh)
    labels, values, formats = ldoc["labels"], vdoc["values"], vdoc["formats"]

    texts = {}
    for root, dirs, files in os.walk(out):
        if not files and not dirs:
            probs.append("empty directory %s" % os.path.relpath(root, out))
        for f in files:
            full = os.path.join(root, f)
            rel = os.path.relpath(full, out)
            with open(full, "rb") as fh:
                raw = fh.read()
            try:
                texts[rel] = raw.decode("utf-8")
            except UnicodeDecodeError:
                probs.append("%s: not UTF-8" % rel)
    if len(texts) != ldoc["files"]:
        probs.append("file count %d on disk, %d in labels" % (len(texts), ldoc["files"]))

    p2, n_tool = checks26.check_all(texts, labels, values, formats, use_tools=not a.no_tools)
    probs += p2

    sl = load_score_labels(out + ".labels.json")
    owned = sum((l.get("span", [l["line"], l["line"]])[1] - l.get("span", [l["line"], l["line"]])[0] + 1) for l in labels)
    if len(sl.secrets) != sum(1 for l in labels if l["kind"] == "secret") or len(sl.line_owner) != owned:
        probs.append("score.py Labels disagrees with the labels file")

    if not a.no_regen:
        texts2, _, _, _, _, lj, vj = generate.render(ldoc["seed"])
        if sorted(texts2) != sorted(texts):
            probs.append("regeneration gives a different file list")
        for p in sorted(texts2):
            full = os.path.join(out, p)
            if os.path.exists(full):
                with open(full, "rb") as fh:
                    if fh.read() != texts2[p].encode("utf-8"):
                        probs.append("regeneration differs: %s" % p)
        with open(out + ".labels.json", "rb") as fh:
            if fh.read() != lj.encode("utf-8"):
                probs.append("regeneration differs: labels file")
        with open(out + ".values.json", "rb") as fh:
            if fh.read() != vj.encode("utf-8"):
                probs.append("regeneration differs: values file")

    for p in probs[:100]:
        print("FAIL: " + p)
    if probs:
        print("%d problems" % len(probs))
        sys.exit(1)
    print("OK: %d files, %d labels (%d secrets), %d external tool runs%s" % (
        len(texts), len(labels), len(sl.secrets), n_tool, "" if a.no_regen else ", regeneration byte-identical"))


if __name__ == "__main__":
    main()
