#!/usr/bin/env python3
"""Verify a twentyfourth corpus on disk: self-checks and byte-for-byte regeneration.

usage: verify.py OUT_DIR [--no-regen]      exit status 1 on any problem
"""
import argparse
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build24  # noqa: E402
import checks24  # noqa: E402
import generate  # noqa: E402


def load_tree(root):
    files = {}
    empty_dirs = []
    for dp, dns, fns in os.walk(root):
        dns.sort()
        if not dns and not fns:
            empty_dirs.append(os.path.relpath(dp, root))
        for fn in sorted(fns):
            p = os.path.join(dp, fn)
            with open(p, "rb") as fh:
                files[os.path.relpath(p, root)] = fh.read()
    return dict(sorted(files.items())), empty_dirs


def score_labels(labels_path):
    spec = importlib.util.spec_from_file_location("score_q", os.path.join(HERE, "..", "quality", "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.Labels(labels_path)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("out_dir")
    ap.add_argument("--no-regen", action="store_true")
    a = ap.parse_args(argv)
    out = os.path.abspath(a.out_dir.rstrip("/"))
    lp, vp = out + ".labels.json", out + ".values.json"
    problems = []
    with open(lp, "rb") as fh:
        lraw = fh.read()
    with open(vp, "rb") as fh:
        vraw = fh.read()
    ldoc, vdoc = json.loads(lraw), json.loads(vraw)
    files, empty = load_tree(out)
    problems += ["empty directory %s" % e for e in empty]
    if ldoc["files"] != len(files):
        problems.append("labels file says %d files, %d on disk" % (ldoc["files"], len(files)))
    res = {"files": files, "labels": ldoc["labels"], "values": vdoc["values"], "formats": vdoc["formats"]}
    problems += checks24.check_all(res)
    recount = build24.summarize(ldoc["labels"], vdoc["values"], files, ldoc["counts"]["per_theme"])
    if json.dumps(recount, sort_keys=True) != json.dumps(ldoc["counts"], sort_keys=True):
        problems.append("stored counts differ from recomputed counts")
    for l in ldoc["labels"]:
        if {"path", "line", "kind", "category"} - set(l):
            problems.append("label missing fields: %r" % l)
    try:
        L = score_labels(lp)
        if len(L.secrets) != sum(1 for l in ldoc["labels"] if l["kind"] == "secret"):
            problems.append("score.py sees a different number of secrets")
        owned = sum((l.get("span", [l["line"]] * 2)[1] - l.get("span", [l["line"]] * 2)[0] + 1) for l in ldoc["labels"])
        if len(L.line_owner) != owned:
            problems.append("score.py line_owner size %d != %d owned lines" % (len(L.line_owner), owned))
    except Exception as e:  # noqa: BLE001
        problems.append("could not load score.py Labels: %s" % e)
    if not a.no_regen:
        seed = ldoc["seed"]
        again = build24.build(seed)
        if again["files"] != files:
            diff = sorted(set(again["files"]) ^ set(files)) or [p for p in files if again["files"].get(p) != files[p]]
            problems.append("regeneration differs: %s" % diff[:5])
        if generate.dump(generate.labels_doc(seed, again)) != lraw:
            problems.append("regenerated labels file differs")
        if generate.dump(generate.values_doc(seed, again)) != vraw:
            problems.append("regenerated values file differs")
    for p in problems[:80]:
        print("PROBLEM:", p)
    c = ldoc["counts"]
    print("%s: %d files, %d secrets, %d negatives, %d problems%s" % (
        out, len(files), c["secrets"], c["negatives"], len(problems), "" if a.no_regen else " (regeneration compared)"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
