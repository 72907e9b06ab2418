#!/usr/bin/env python3
"""Generate the twenty-ninth blind secret-scanning corpus.

usage: generate.py OUT_DIR [--seed N] [--no-tools] [--per-theme]

Writes OUT_DIR/ (the corpus) and OUT_DIR.labels.json (labels in the format bench/quality/score.py reads).
Refuses to write inside a git repository. Deterministic: the same seed gives byte-identical output.
"""

import argparse
import json
import os
import shutil
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build29  # noqa: E402
import checks29  # noqa: E402

DEFAULT_SEED = 261


def inside_git(path):
    p = os.path.abspath(path)
    while True:
        if os.path.exists(os.path.join(p, ".git")):
            return p
        parent = os.path.dirname(p)
        if parent == p:
            return None
        p = parent


def render_corpus(seed):
    """Build in memory: {path: bytes}, {path: fmt}, labels, deals, counts."""
    docs, labels, deals = build29.build(seed)
    files = {d.path: d.text() for d in docs}
    fmts = {d.path: d.fmt for d in docs}
    counts = build29.counts(docs, labels)
    return docs, files, fmts, labels, deals, counts


def labels_json(seed, labels, deals, counts):
    data = {"generator": "bench/twentyninth/generate.py", "seed": seed, "files": counts["files"],
            "counts": counts, "deals": deals, "labels": labels}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--no-tools", action="store_true", help="skip the openssl / ssh-keygen key checks")
    ap.add_argument("--per-theme", action="store_true", help="print per-theme counts")
    a = ap.parse_args()

    out = os.path.abspath(a.out.rstrip("/"))
    repo = inside_git(out)
    if repo:
        print("error: %s is inside the git repository %s; write the corpus outside any repository" % (out, repo),
              file=sys.stderr)
        sys.exit(2)
    labels_path = out + ".labels.json"
    if os.path.exists(out) and os.listdir(out) and not os.path.exists(labels_path):
        print("error: %s exists, is not empty and has no %s beside it; refusing to replace it" % (out, labels_path),
              file=sys.stderr)
        sys.exit(2)

    docs, files, fmts, labels, deals, counts = render_corpus(a.seed)
    text_files = {p: t for p, t in files.items()}
    problems = checks29.run_all(text_files, fmts, labels, tools=not a.no_tools)
    if problems:
        for p in problems[:50]:
            print("check failed: " + p, file=sys.stderr)
        print("%d problems; nothing written" % len(problems), file=sys.stderr)
        sys.exit(1)

    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    for path in sorted(files):
        full = os.path.join(out, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as fh:
            fh.write(files[path])
    with open(labels_path, "w", encoding="utf-8") as fh:
        fh.write(labels_json(a.seed, labels, deals, counts))

    c = counts
    print("seed %d: %d files (%d free text), %d secrets (%d in free text), %d negatives; %d revoked, %d rotated, "
          "%d private keys, %d pairs, %d CRLF files" % (a.seed, c["files"], c["free_text_files"], c["secrets"],
                                                        c["secrets_in_free_text"], c["negatives"], c["revoked"],
                                                        c["rotated"], c["private_keys"], c["pairs"], c["crlf_files"]))
    print("wrote %s and %s" % (out, labels_path))
    if a.per_theme:
        for t, v in c["per_theme"].items():
            print("  %-22s files %3d  secrets %3d  negatives %3d  free-text secrets %3d" % (
                t, v["files"], v["secrets"], v["negatives"], v["secrets_in_free_text"]))


if __name__ == "__main__":
    main()
