#!/usr/bin/env python3
"""Self-check a generated twenty-second corpus on disk and regenerate it byte for byte.

usage: verify.py OUT_DIR [--no-regen]     (exits 1 on any problem)"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build22  # noqa: E402
import checks22  # noqa: E402
from generate import dumps  # noqa: E402


def read_tree(root):
    files, empty_dirs = {}, []
    for dp, dns, fns in os.walk(root):
        dns.sort()
        if not dns and not fns:
            empty_dirs.append(dp)
        for f in sorted(fns):
            full = os.path.join(dp, f)
            with open(full, "rb") as fh:
                files[os.path.relpath(full, root)] = fh.read()
    return files, empty_dirs


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out")
    ap.add_argument("--no-regen", action="store_true")
    a = ap.parse_args()
    out = os.path.abspath(a.out.rstrip("/"))
    with open(out + ".labels.json", "rb") as fh:
        lbytes = fh.read()
    with open(out + ".values.json", "rb") as fh:
        vbytes = fh.read()
    ldoc, vdoc = json.loads(lbytes), json.loads(vbytes)
    files, empty = read_tree(out)
    probs = checks22.check_all(files, ldoc, vdoc)
    probs += ["empty directory: %s" % d for d in empty]
    if ldoc["files"] != len(files):
        probs.append("labels say %d files, %d on disk" % (ldoc["files"], len(files)))
    recount = build22.count(files, ldoc["labels"], vdoc["values"], {k: None for k in ldoc["counts"]["themes"]})
    if recount != ldoc["counts"]:
        probs.append("stored counts differ from recomputed counts")
    try:
        import importlib.util  # bench/quality/score.py is loaded by path for its Labels class; nothing is run
        spec = importlib.util.spec_from_file_location("score22_labels", os.path.join(HERE, "..", "quality", "score.py"))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        sl = mod.Labels(out + ".labels.json")
        if len(sl.secrets) != ldoc["counts"]["secrets"]:
            probs.append("score.py sees %d secrets" % len(sl.secrets))
        owned = sum(l.get("span", [l["line"]] * 2)[1] - l.get("span", [l["line"]] * 2)[0] + 1 for l in ldoc["labels"])
        if len(sl.line_owner) != owned:
            probs.append("score.py owns %d lines, labels cover %d" % (len(sl.line_owner), owned))
    except (ImportError, OSError):
        probs.append("could not import bench/quality/score.py")
    if not a.no_regen:
        f2, l2, v2 = build22.build(ldoc["seed"])
        if dumps(l2) != lbytes:
            probs.append("regenerated labels differ")
        if dumps(v2) != vbytes:
            probs.append("regenerated values differ")
        if sorted(f2) != sorted(files):
            probs.append("regenerated file list differs")
        for p in sorted(f2):
            if files.get(p) != f2[p]:
                probs.append("regenerated file differs: %s" % p)
    for p in probs[:100]:
        print("problem:", p)
    c = ldoc["counts"]
    print("%s: seed %d, %d files, %d secrets, %d negatives: %s" % (out, ldoc["seed"], c["files"], c["secrets"], c["negatives"],
                                                                   "OK" if not probs else "%d problems" % len(probs)))
    sys.exit(1 if probs else 0)


if __name__ == "__main__":
    main()
