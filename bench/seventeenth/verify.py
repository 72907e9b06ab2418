#!/usr/bin/env python3
"""Self-check a corpus made by generate.py.

usage: verify.py OUT_DIR

Reads OUT_DIR, OUT_DIR.labels.json and OUT_DIR.values.json and checks that every label's value is at its
labelled place, that no secret value appears outside a secret label, that negatives hold no secret, that
every private key parses and is consistent, that checksummed tokens are labelled by their checksum, and the
counts. Exits 1 on any problem.
"""
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import checks17  # noqa: E402


def load_score_labels(path):
    """Use score.py's own Labels class when it is there, so both read the labels the same way."""
    sp = os.path.join(HERE, "..", "quality", "score.py")
    if not os.path.exists(sp):
        return None
    spec = importlib.util.spec_from_file_location("score_for_verify", sp)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.Labels(path)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = os.path.abspath(sys.argv[1].rstrip("/"))
    lab_path, val_path = out + ".labels.json", out + ".values.json"
    problems = []
    with open(lab_path, encoding="utf-8") as fh:
        ldata = json.load(fh)
    with open(val_path, encoding="utf-8") as fh:
        vdata = json.load(fh)
    labels, values = ldata["labels"], vdata["values"]
    if ldata.get("seed") != vdata.get("seed"):
        problems.append("labels and values have different seeds")
    files = {}
    for root, dirs, names in os.walk(out):
        dirs.sort()
        if "__pycache__" in dirs or ".git" in dirs:
            problems.append("unexpected directory under %s" % root)
        for n in sorted(names):
            full = os.path.join(root, n)
            rel = os.path.relpath(full, out)
            with open(full, "rb") as fh:
                raw = fh.read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                problems.append("not UTF-8: %s" % rel)
                continue
            crlf = text.count("\r\n")
            lf = text.count("\n")
            if crlf and crlf != lf:
                problems.append("mixed line endings: %s" % rel)
            if "\r" in text.replace("\r\n", ""):
                problems.append("bare CR in %s" % rel)
            text = text.replace("\r\n", "\n")
            if text.endswith("\n"):
                text = text[:-1]
            files[rel] = text
    sl = load_score_labels(lab_path)
    if sl is not None:
        mine = {}
        for l in labels:
            a, b = l.get("span", [l["line"], l["line"]])
            for n in range(a, b + 1):
                mine[(l["path"], n)] = (l["path"], l["line"])
        theirs = {k: (v["path"], v["line"]) for k, v in sl.line_owner.items()}
        if mine != theirs:
            problems.append("score.py sees different line owners")
        if len(sl.secrets) != sum(1 for l in labels if l["kind"] == "secret"):
            problems.append("score.py counts a different number of secrets")
    else:
        print("note: bench/quality/score.py not found; skipped the Labels cross-check")
    p2, st = checks17.check(files, labels, values, expect_files=ldata.get("files"))
    problems += p2
    for p in problems[:60]:
        print("PROBLEM:", p)
    if len(problems) > 60:
        print("... and %d more" % (len(problems) - 60))
    print("%s: %d files, %d secrets (provider %d, generic %d, keys %d; %d in free text), %d negatives; "
          "%d secret / %d negative categories; %d multi-line spans, %d pairs, %d negative spans; %d vendors in %d shapes" % (
              os.path.basename(out), st.get("files", 0), st.get("secrets", 0), st.get("g_provider", 0), st.get("g_generic", 0),
              st.get("g_key", 0), st.get("free", 0), st.get("negatives", 0), st.get("secret_categories", 0),
              st.get("negative_categories", 0), st.get("spans", 0), st.get("pairs", 0), st.get("neg_spans", 0),
              st.get("vendors", 0), st.get("shapes", 0)))
    if problems:
        print("FAILED: %d problems" % len(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
