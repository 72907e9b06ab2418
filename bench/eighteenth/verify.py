#!/usr/bin/env python3
"""Self-check a corpus written by generate.py: exits 1 on any problem.

usage: verify.py OUT_DIR
"""
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks18  # noqa: E402


def load_score_labels():
    path = os.path.join(HERE, "..", "quality", "score.py")
    if not os.path.exists(path):
        return None
    spec = importlib.util.spec_from_file_location("quality_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.Labels


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = os.path.abspath(sys.argv[1].rstrip("/"))
    problems = []
    with open(out + ".labels.json", encoding="utf-8") as fh:
        data = json.load(fh)
    with open(out + ".values.json", encoding="utf-8") as fh:
        vdata = json.load(fh)
    labels, values = data["labels"], vdata["values"]
    if data.get("seed") != vdata.get("seed"):
        problems.append("labels and values files disagree on the seed")
    files = {}
    for root, dirs, names in os.walk(out):
        for n in names:
            full = os.path.join(root, n)
            rel = os.path.relpath(full, out)
            try:
                with open(full, encoding="utf-8", newline="") as fh:
                    files[rel] = fh.read()
            except UnicodeDecodeError:
                problems.append("%s: not UTF-8" % rel)
        for dname in dirs:
            full = os.path.join(root, dname)
            if not any(os.scandir(full)):
                problems.append("%s: empty directory" % os.path.relpath(full, out))
    problems += checks18.run(files, labels, values, expected_files=data.get("files"))
    Labels = load_score_labels()
    if Labels is not None:
        L = Labels(out + ".labels.json")
        owned = sum((l.get("span", [l["line"]] * 2)[1] - l.get("span", [l["line"]] * 2)[0] + 1) for l in labels)
        if len(L.line_owner) != owned:
            problems.append("score.py sees %d owned lines, expected %d" % (len(L.line_owner), owned))
        if len(L.secrets) != sum(1 for l in labels if l["kind"] == "secret"):
            problems.append("score.py counts a different number of secrets")
    for p in problems[:100]:
        print("FAIL:", p)
    if problems:
        print("%d problems" % len(problems))
        sys.exit(1)
    n_sec = sum(1 for l in labels if l["kind"] == "secret")
    print("OK: %d files, %d secrets, %d negatives" % (len(files), n_sec, len(labels) - n_sec))


if __name__ == "__main__":
    main()
