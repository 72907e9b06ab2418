#!/usr/bin/env python3
"""Verify a corpus made by generate.py, on disk.

usage: verify.py OUT_DIR [--no-tools] [--no-regen]

Checks labels against the bytes on disk (fields, line/column, spans, one owner per line, values on their lines,
secret values nowhere else, placeholders never secret), files (UTF-8, line endings, parse), token checksums,
private keys with openssl / ssh-keygen (unless --no-tools), agreement with bench/quality/score.py's Labels,
counts, and determinism: the corpus is regenerated twice into temporary directories outside any git
repository and compared byte for byte (unless --no-regen). Exit 1 on any problem."""

import argparse
import collections
import filecmp
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks30  # noqa: E402
from generate import inside_git  # noqa: E402


def read_tree(out, probs):
    files = {}
    for root, dirs, names in os.walk(out):
        dirs.sort()
        if not names and not dirs:
            probs.append("empty directory %s" % os.path.relpath(root, out))
        for n in sorted(names):
            full = os.path.join(root, n)
            rel = os.path.relpath(full, out).replace(os.sep, "/")
            with open(full, "rb") as fh:
                raw = fh.read()
            try:
                files[rel] = raw.decode("utf-8")
            except UnicodeDecodeError:
                probs.append("%s: not UTF-8" % rel)
    return files


def key_pem(l):
    v = l["value"]
    if "\\n" in v and "\n" not in v:
        v = v.replace("\\n", "\n")
    return v.strip() + "\n"


def tool_checks(labels, files, probs):
    tmp = tempfile.mkdtemp(prefix="v30keys-")
    try:
        n = 0
        for l in labels:
            path = os.path.join(tmp, "k%d" % n)
            n += 1
            if l["kind"] == "secret" and "key_check" in l:
                with open(path, "w") as fh:
                    fh.write(key_pem(l))
                os.chmod(path, 0o600)
                if "OPENSSH PRIVATE KEY" in l["value"]:
                    p = subprocess.run(["ssh-keygen", "-y", "-f", path], capture_output=True, text=True)
                    if p.returncode:
                        probs.append("%s:%d ssh-keygen cannot read the key" % (l["path"], l["line"]))
                        continue
                    pub = l["path"] + ".pub"
                    if pub in files and files[pub].split()[:2] != p.stdout.split()[:2]:
                        probs.append("%s: .pub does not match its private key" % pub)
                else:
                    p = subprocess.run(["openssl", "pkey", "-in", path, "-noout"], capture_output=True, text=True)
                    if p.returncode:
                        probs.append("%s:%d openssl cannot read the key: %s" % (l["path"], l["line"], p.stderr[:80]))
            elif l["kind"] == "negative" and l["category"] in ("certificate", "public-key-spki"):
                with open(path, "w") as fh:
                    fh.write(l["value"] + "\n")
                cmd = (["openssl", "x509", "-in", path, "-noout"] if l["category"] == "certificate"
                       else ["openssl", "pkey", "-pubin", "-in", path, "-noout"])
                if subprocess.run(cmd, capture_output=True).returncode:
                    probs.append("%s:%d openssl cannot read the public material" % (l["path"], l["line"]))
    finally:
        shutil.rmtree(tmp)


def score_agreement(labels_path, labels, probs):
    sp = os.path.join(HERE, "..", "quality", "score.py")
    spec = importlib.util.spec_from_file_location("score_for_verify", sp)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    L = mod.Labels(labels_path)
    ours = [l for l in labels if l["kind"] == "secret"]
    if len(L.secrets) != len(ours):
        probs.append("score.py sees %d secrets, we have %d" % (len(L.secrets), len(ours)))
    owned = set()
    for l in labels:
        a, b = l.get("span", [l["line"], l["line"]])
        owned.update((l["path"], n) for n in range(a, b + 1))
    if set(L.line_owner) != owned:
        probs.append("score.py's owned lines differ from ours")
    if len({L.key(l) for l in L.secrets}) != len(L.secrets):
        probs.append("two secrets share a (path, line) key in score.py")


def regen(out, seed, probs):
    for i in range(2):
        tmp = tempfile.mkdtemp(prefix="v30regen-")
        if inside_git(tmp):
            probs.append("temporary directory %s is inside a git repository; skipping regeneration" % tmp)
            shutil.rmtree(tmp)
            return
        target = os.path.join(tmp, "corpus")
        try:
            p = subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), target, "--seed", str(seed), "--quiet"],
                               capture_output=True, text=True)
            if p.returncode:
                probs.append("regeneration %d failed: %s" % (i + 1, p.stderr[-300:]))
                continue
            with open(out.rstrip("/") + ".labels.json", "rb") as a, open(target + ".labels.json", "rb") as b:
                if a.read() != b.read():
                    probs.append("regeneration %d: labels differ" % (i + 1))
            cmp = filecmp.dircmp(out, target)
            diffs = []

            def walk(dc, pre=""):
                diffs.extend(pre + x for x in dc.left_only + dc.right_only + dc.diff_files + dc.funny_files)
                for name, sub in dc.subdirs.items():
                    walk(sub, pre + name + "/")
            walk(cmp)
            # dircmp compares shallowly (size + mtime) first; compare every file's bytes too
            for root, _, names in os.walk(out):
                for n in names:
                    rel = os.path.relpath(os.path.join(root, n), out)
                    other = os.path.join(target, rel)
                    if os.path.exists(other) and not filecmp.cmp(os.path.join(root, n), other, shallow=False):
                        diffs.append(rel)
            if diffs:
                probs.append("regeneration %d differs: %s" % (i + 1, ", ".join(sorted(set(diffs))[:5])))
        finally:
            shutil.rmtree(tmp)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--no-tools", action="store_true", help="skip openssl / ssh-keygen checks")
    ap.add_argument("--no-regen", action="store_true", help="skip the two regenerations")
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    labels_path = out.rstrip("/") + ".labels.json"
    probs = []
    with open(labels_path, encoding="utf-8") as fh:
        data = json.load(fh)
    labels = data["labels"]
    files = read_tree(out, probs)
    if len(files) != data["files"]:
        probs.append("%d files on disk, labels say %d" % (len(files), data["files"]))
    if labels != sorted(labels, key=lambda l: (l["path"], l["line"])):
        probs.append("labels are not sorted by (path, line)")
    checks30.check(files, labels, probs)
    sec = [l for l in labels if l["kind"] == "secret"]
    neg = [l for l in labels if l["kind"] == "negative"]
    c = data["counts"]
    for name, got in (("secrets", len(sec)), ("negatives", len(neg)), ("files", len(files))):
        if c[name] != got:
            probs.append("count %s: labels file says %d, found %d" % (name, c[name], got))
    free = sum(1 for p, t in files.items() if any(l.get("free_text") for l in labels if l["path"] == p))
    ranges = {"files": (450, 650, len(files)), "secrets": (650, 850, len(sec)), "negatives": (600, 800, len(neg)),
              "private keys": (36, 50, c["private_keys"]), "pairs": (20, 60, c["pairs"]), "crlf files": (30, 60, c["crlf_files"])}
    for name, (lo, hi, got) in ranges.items():
        if not lo <= got <= hi:
            probs.append("%s = %d outside the expected %d..%d" % (name, got, lo, hi))
    if not 0.30 <= c["free_text_files"] / len(files) <= 0.40:
        probs.append("free-text share %.2f outside 0.30..0.40" % (c["free_text_files"] / len(files)))
    score_agreement(labels_path, labels, probs)
    if not a.no_tools:
        tool_checks(labels, files, probs)
    if not a.no_regen:
        regen(out, data["seed"], probs)
    cats = collections.Counter(l["category"] for l in sec)
    print("%s: %d files (%d free text, %d with labels in free text), %d secrets in %d categories, %d negatives" % (
        out, len(files), c["free_text_files"], free, len(sec), len(cats), len(neg)))
    if probs:
        for p in probs[:60]:
            print("PROBLEM:", p)
        print("%d problems" % len(probs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
