#!/usr/bin/env python3
"""Build the twenty-seventh blind benchmark corpus.

usage: generate.py OUT_DIR [--seed N] [--per-theme] [--no-tools]

Writes OUT_DIR/ (the corpus), OUT_DIR.labels.json (bench/quality/score.py format) and OUT_DIR.values.json beside
it. Refuses to write inside a git repository, and replaces a non-empty OUT_DIR only when OUT_DIR.labels.json
exists beside it. Runs every check in memory first; writes nothing if one fails.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build27  # noqa: E402
import checks27  # noqa: E402

GENERATOR = "bench/twentyseventh/generate.py"


def inside_git(path):
    p = os.path.abspath(path)
    while True:
        if os.path.exists(os.path.join(p, ".git")):
            return p
        parent = os.path.dirname(p)
        if parent == p:
            return None
        p = parent


def dumps(obj):
    return json.dumps(obj, indent=1, ensure_ascii=False) + "\n"


def render(seed):
    files, labels, values, meta = build27.assemble(seed)
    labels_doc = {"generator": GENERATOR, "seed": seed, "files": len(files), "counts": meta["counts"],
                  "labels": labels}
    values_doc = {"seed": seed, "formats": meta["formats"], "deals": meta["deals"], "values": values}
    return files, labels, values, meta, dumps(labels_doc), dumps(values_doc)


def write_tree(out, files):
    for path in sorted(files):
        full = os.path.join(out, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as fh:
            fh.write(files[path])


def summary(counts, per_theme=False):
    c = counts
    sec = c["secrets"]
    print("files %d, secrets %d, negatives %d, secrets in free text %d (%.0f %%)" % (
        c["files"], sec, c["negatives"], c["free_text_secrets"], 100.0 * c["free_text_secrets"] / sec))
    print("groups: " + ", ".join("%s %d (%.0f %%)" % (k, v, 100.0 * v / sec) for k, v in c["groups"].items()))
    print("roles: " + ", ".join("%s %d" % kv for kv in c["roles"].items()))
    print("secret categories %d, negative categories %d, pairs %d, key spans %d, negative spans %d" % (
        c["secret_categories"], c["negative_categories"], c["pairs"], c["key_spans"], c["negative_spans"]))
    print("key types: " + ", ".join("%s %d" % kv for kv in c["key_types"].items()))
    print("notes: " + ", ".join("%s %d" % kv for kv in c["notes"].items()))
    print("free-text files %d (%d in English), CRLF files %d" % (
        c["free_text_files"], c["free_text_files_english"], c["crlf_files"]))
    if per_theme:
        for t, v in c["per_theme"].items():
            print("  %-24s files %3d  secrets %3d  negatives %3d  free text %3d" % (
                t, v["files"], v["secrets"], v["negatives"], v["free_text"]))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=241)
    ap.add_argument("--per-theme", action="store_true")
    ap.add_argument("--no-tools", action="store_true", help="skip the openssl/ssh-keygen key checks")
    a = ap.parse_args()
    out = os.path.abspath(a.out.rstrip("/"))
    repo = inside_git(out)
    if repo:
        sys.exit("refusing to write inside a git repository (%s)" % repo)
    labels_path, values_path = out + ".labels.json", out + ".values.json"
    if os.path.isdir(out) and os.listdir(out) and not os.path.exists(labels_path):
        sys.exit("%s is not empty and %s does not exist; not replacing it" % (out, labels_path))
    if os.path.exists(out) and not os.path.isdir(out):
        sys.exit("%s exists and is not a directory" % out)

    files, labels, values, meta, labels_text, values_text = render(a.seed)
    problems = checks27.run_all(files, labels, values, meta["formats"], tools=not a.no_tools)
    if problems:
        for msg in problems:
            print("problem: " + msg, file=sys.stderr)
        sys.exit("%d problem(s); nothing written" % len(problems))

    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    write_tree(out, files)
    with open(labels_path, "w", encoding="utf-8") as fh:
        fh.write(labels_text)
    with open(values_path, "w", encoding="utf-8") as fh:
        fh.write(values_text)
    print("wrote %s (+ .labels.json, .values.json), seed %d" % (out, a.seed))
    summary(meta["counts"], a.per_theme)


if __name__ == "__main__":
    main()
