#!/usr/bin/env python3
"""Verify a corpus written by generate.py.

usage: verify.py OUT_DIR [--no-regen] [--no-tools]

Checks on disk: every labelled value is on its labelled line (multi-line values inside their span), labels are
unique and own disjoint lines, no negative equals a secret, no secret value occurs on a line its label does not own,
token checksums / decodings, key parsing (openssl, ssh-keygen), file encodings and formats, agreement with
bench/quality/score.py's Labels, and determinism: the corpus is generated twice more from the recorded seed into
temporary directories outside any git repository and compared byte for byte. Prints counts per category.
Exit 1 on any problem.
"""

import argparse
import collections
import filecmp
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks29  # noqa: E402
from generate import inside_git  # noqa: E402


def load_corpus(out):
    files, fmts = {}, {}
    for root, dirs, names in os.walk(out):
        dirs.sort()
        if not names and not dirs:
            yield_problem = "empty directory %s" % os.path.relpath(root, out)
            files.setdefault("__problems__", []).append(yield_problem)
        for n in sorted(names):
            full = os.path.join(root, n)
            rel = os.path.relpath(full, out)
            with open(full, "rb") as fh:
                raw = fh.read()
            files[rel] = raw
    return files


def guess_fmt(path):
    if path.endswith((".json", ".arb")) or path.endswith("/preferences"):
        return "json"
    if path.endswith((".xml", ".opml", ".xlf")) and "Posts" not in path or path.endswith("Posts.xml"):
        return "xml"
    if path.endswith(".toml") or path.endswith("Cargo.lock"):
        return "toml"
    return None


def score_labels(labels_path):
    spec = importlib.util.spec_from_file_location("score29_probe", os.path.join(HERE, "..", "quality", "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.Labels(labels_path)


def same_tree(a, b):
    diffs = []
    cmp = filecmp.dircmp(a, b)
    stack = [cmp]
    while stack:
        d = stack.pop()
        diffs += [os.path.join(d.left, x) for x in d.left_only + d.right_only + d.funny_files]
        _, mismatch, errors = filecmp.cmpfiles(d.left, d.right, d.common_files, shallow=False)
        diffs += [os.path.join(d.left, x) for x in mismatch + errors]
        stack += list(d.subdirs.values())
    return diffs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--no-regen", action="store_true", help="skip the determinism check")
    ap.add_argument("--no-tools", action="store_true", help="skip openssl / ssh-keygen")
    a = ap.parse_args()
    out = os.path.abspath(a.out.rstrip("/"))
    labels_path = out + ".labels.json"
    with open(labels_path, encoding="utf-8") as fh:
        data = json.load(fh)
    labels = data["labels"]
    problems = []

    raw = load_corpus(out)
    problems += raw.pop("__problems__", [])
    files = {}
    for p, b in raw.items():
        try:
            files[p] = b.decode("utf-8")
        except UnicodeDecodeError:
            problems.append("%s: not UTF-8" % p)
    if len(files) != data["files"]:
        problems.append("file count %d on disk, %d recorded" % (len(files), data["files"]))
    fmts = {p: guess_fmt(p) for p in files}
    # ini files recorded by the generator are parsed in memory there; on disk, parse the obvious ones too
    for p in files:
        if p.endswith(".ini") and ("controller.ini" in p or "Cumulus.ini" in p or "server.ini" in p
                                   or "prusa_printer" in p or "KFGame" in p or "KFWeb" in p):
            fmts[p] = "ini"
    problems += checks29.run_all(files, fmts, labels, tools=not a.no_tools)

    # score.py agreement
    try:
        L = score_labels(labels_path)
        secrets = [l for l in labels if l["kind"] == "secret"]
        if len(L.secrets) != len(secrets):
            problems.append("score.py sees %d secrets, labels have %d" % (len(L.secrets), len(secrets)))
        owned = sum((l.get("span", [l["line"]] * 2)[1] - l.get("span", [l["line"]] * 2)[0] + 1) for l in labels)
        if len(L.line_owner) != owned:
            problems.append("score.py owns %d lines, labels span %d" % (len(L.line_owner), owned))
        for (path, line), l in L.line_owner.items():
            if not (l["line"] == line or l.get("span", [0, 0])[0] <= line <= l.get("span", [0, 0])[1]):
                problems.append("score.py owner mismatch at %s:%d" % (path, line))
    except Exception as e:  # noqa: BLE001
        problems.append("could not load score.py Labels: %s" % e)

    # determinism
    if not a.no_regen:
        base = tempfile.mkdtemp(prefix="verify29-")
        if inside_git(base):
            problems.append("temporary directory %s is inside a git repository" % base)
        else:
            outs = []
            for k in range(2):
                o = os.path.join(base, "run%d" % k)
                p = subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), o, "--seed", str(data["seed"])]
                                   + (["--no-tools"] if a.no_tools else []), capture_output=True, text=True)
                if p.returncode:
                    problems.append("regeneration failed: %s" % p.stderr.strip()[-500:])
                outs.append(o)
            if len(outs) == 2 and all(os.path.isdir(o) for o in outs):
                for o in outs:
                    d = same_tree(out, o)
                    if d:
                        problems.append("regenerated tree differs: %s" % d[:5])
                    with open(o + ".labels.json", "rb") as f1, open(labels_path, "rb") as f2:
                        if f1.read() != f2.read():
                            problems.append("regenerated labels differ")
            subprocess.run(["rm", "-rf", base])

    sec = [l for l in labels if l["kind"] == "secret"]
    neg = [l for l in labels if l["kind"] == "negative"]
    print("corpus %s (seed %s): %d files, %d secrets, %d negatives, %d labels" % (
        out, data["seed"], len(files), len(sec), len(neg), len(labels)))
    c = data["counts"]
    print("free-text files %d (%.0f%%), secrets in free text %d, revoked %d, rotated %d, private keys %d, pairs %d" % (
        c["free_text_files"], 100.0 * c["free_text_files"] / max(1, len(files)), c["secrets_in_free_text"],
        c["revoked"], c["rotated"], c["private_keys"], c["pairs"]))
    print("\nsecrets by category:")
    for cat, n in sorted(collections.Counter(l["category"] for l in sec).items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %5d  %s" % (n, cat))
    print("\nnegatives by category:")
    for cat, n in sorted(collections.Counter(l["category"] for l in neg).items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %5d  %s" % (n, cat))
    if problems:
        print("\n%d PROBLEMS:" % len(problems))
        for p in problems[:100]:
            print("  - " + p)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
