#!/usr/bin/env python3
"""Verify a corpus written by generate.py: on-disk label and file checks, key checks with openssl / ssh-keygen,
agreement with bench/quality/score.py, count sanity, and two regenerations compared byte for byte.

usage: verify.py OUT_DIR [--no-tools] [--no-regen]        (exit 1 on any problem)
"""

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

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks31  # noqa: E402
from generate import inside_git  # noqa: E402

RANGES = {"files": (500, 620), "secrets": (680, 800), "negatives": (640, 790), "private_keys": (38, 52),
          "pairs": (30, 80), "crlf_files": (25, 70), "revoked_shown": (5, 40), "rotated_shown": (5, 40)}


def read_corpus(out):
    files, empty_dirs = {}, []
    for root, dirs, names in os.walk(out):
        if not dirs and not names:
            empty_dirs.append(root)
        for n in names:
            full = os.path.join(root, n)
            rel = os.path.relpath(full, out)
            with open(full, "rb") as fh:
                raw = fh.read()
            try:
                files[rel] = raw.decode("utf-8")
            except UnicodeDecodeError:
                files[rel] = None
    return files, empty_dirs


def key_checks(out, labels, probs):
    tmp = tempfile.mkdtemp(prefix="thirtyfirst-keys-")
    n = 0
    try:
        for i, l in enumerate(labels):
            kc = l.get("key_check")
            if not kc:
                continue
            text = l["value"].replace("\\n", "\n") if "\\n" in l["value"] else l["value"]
            f = os.path.join(tmp, "k%d" % i)
            with open(f, "w") as fh:
                fh.write(text.strip("\n") + "\n")
            os.chmod(f, 0o600)
            if l["kind"] == "secret" and "OPENSSH PRIVATE KEY" in text:
                p = subprocess.run(["ssh-keygen", "-y", "-f", f], capture_output=True, text=True)
                if p.returncode:
                    probs.append("%s: ssh-keygen -y failed: %s" % (l["path"], p.stderr.strip()))
                else:
                    pub = os.path.join(out, l["path"] + ".pub")
                    if os.path.exists(pub):
                        with open(pub) as fh:
                            if fh.read().split()[1] != p.stdout.split()[1]:
                                probs.append("%s: .pub does not match the private key" % l["path"])
            elif l["kind"] == "secret":
                p = subprocess.run(["openssl", "pkey", "-in", f, "-noout"], capture_output=True, text=True)
                if p.returncode:
                    probs.append("%s:%d openssl pkey failed: %s" % (l["path"], l["line"], p.stderr.strip()[:200]))
            elif "CERTIFICATE" in text:
                p = subprocess.run(["openssl", "x509", "-in", f, "-noout"], capture_output=True, text=True)
                if p.returncode:
                    probs.append("%s: openssl x509 failed" % l["path"])
            else:
                p = subprocess.run(["openssl", "pkey", "-pubin", "-in", f, "-noout"], capture_output=True, text=True)
                if p.returncode:
                    probs.append("%s: openssl pkey -pubin failed" % l["path"])
            n += 1
    finally:
        shutil.rmtree(tmp)
    return n


def score_agreement(labels_path, labels, owner, probs):
    spec = importlib.util.spec_from_file_location("score", os.path.join(HERE, "..", "quality", "score.py"))
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    L = score.Labels(labels_path)
    if len(L.secrets) != sum(1 for l in labels if l["kind"] == "secret"):
        probs.append("score.py sees a different number of secrets")
    if set(L.line_owner) != set(owner):
        probs.append("score.py owns different lines (%d vs %d)" % (len(L.line_owner), len(owner)))
    keys = collections.Counter(score.Labels.key(l) for l in L.secrets)
    dup = [k for k, v in keys.items() if v > 1]
    if dup:
        probs.append("two secrets share a key: %r" % dup[:3])


def regen(seed, out, labels_path, probs):
    for attempt in (1, 2):
        tmp = tempfile.mkdtemp(prefix="thirtyfirst-regen-")
        if inside_git(tmp):
            probs.append("temporary directory %s is inside a git repository; regeneration skipped" % tmp)
            shutil.rmtree(tmp)
            return
        try:
            dest = os.path.join(tmp, "corpus")
            p = subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), dest, "--seed", str(seed)],
                               capture_output=True, text=True, env=dict(os.environ, PYTHONHASHSEED=str(attempt * 7919)))
            if p.returncode:
                probs.append("regeneration %d failed: %s" % (attempt, p.stderr[-500:]))
                continue
            cmp = filecmp.dircmp(out, dest)
            diffs = []

            def walk(c, prefix=""):
                diffs.extend(prefix + x for x in c.left_only + c.right_only + c.diff_files + c.funny_files)
                for name, sub in c.subdirs.items():
                    walk(sub, prefix + name + "/")
            walk(cmp)
            # dircmp compares shallowly by stat; compare every file's bytes explicitly
            for root, _, names in os.walk(out):
                for n in names:
                    a = os.path.join(root, n)
                    b = os.path.join(dest, os.path.relpath(a, out))
                    if not os.path.exists(b) or open(a, "rb").read() != open(b, "rb").read():
                        diffs.append(os.path.relpath(a, out))
            if open(labels_path, "rb").read() != open(dest + ".labels.json", "rb").read():
                diffs.append("labels.json")
            if diffs:
                probs.append("regeneration %d differs: %s" % (attempt, sorted(set(diffs))[:10]))
        finally:
            shutil.rmtree(tmp)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--no-tools", action="store_true", help="skip the openssl / ssh-keygen checks")
    ap.add_argument("--no-regen", action="store_true", help="skip the two regenerations")
    a = ap.parse_args()
    out = os.path.abspath(a.out).rstrip("/")
    labels_path = out + ".labels.json"
    probs = []
    with open(labels_path, encoding="utf-8") as fh:
        data = json.load(fh)
    labels = data["labels"]
    files, empty = read_corpus(out)
    for p, t in files.items():
        if t is None:
            probs.append("%s: not UTF-8" % p)
    files = {p: t for p, t in files.items() if t is not None}
    probs += ["empty directory %s" % d for d in empty]
    if len(files) != data["files"]:
        probs.append("labels file says %d files, %d on disk" % (data["files"], len(files)))
    if labels != sorted(labels, key=lambda l: (l["path"], l["line"])):
        probs.append("labels are not sorted by (path, line)")
    probs += checks31.check_files(files)
    lp, owner = checks31.check_labels(files, labels)
    probs += lp
    # counts
    c = data["counts"]
    sec = [l for l in labels if l["kind"] == "secret"]
    got = {"files": len(files), "secrets": len(sec), "negatives": len(labels) - len(sec),
           "private_keys": sum(1 for l in sec if "key_check" in l), "pairs": sum(1 for l in sec if "id_value" in l),
           "crlf_files": sum(1 for t in files.values() if "\r\n" in t),
           "revoked_shown": sum(1 for l in sec if l.get("note") == "revoked"),
           "rotated_shown": sum(1 for l in sec if l.get("note") == "rotated")}
    for k, v in got.items():
        if c.get(k) != v:
            probs.append("count %s: labels file %s, recomputed %s" % (k, c.get(k), v))
        lo, hi = RANGES[k]
        if not lo <= v <= hi:
            probs.append("count %s = %d outside the sanity range %d-%d" % (k, v, lo, hi))
    free = {l["path"] for l in labels if l.get("free_text")}
    share = len(free) / max(1, len(files))
    if not .30 <= share <= .42:
        probs.append("free-text share %.2f outside 0.30-0.42" % share)
    sec_free = sum(1 for l in sec if l.get("free_text")) / max(1, len(sec))
    if not .25 <= sec_free <= .42:
        probs.append("share of secrets in free text %.2f outside 0.25-0.42" % sec_free)
    score_agreement(labels_path, labels, owner, probs)
    nkeys = 0 if a.no_tools else key_checks(out, labels, probs)
    if not a.no_regen:
        regen(data["seed"], out, labels_path, probs)
    for p in probs:
        print("PROBLEM:", p)
    print("%s: %d files, %d secrets, %d negatives, %d key artefacts checked with tools, regeneration %s: %s" % (
        out, len(files), len(sec), len(labels) - len(sec), nkeys, "skipped" if a.no_regen else "done",
        "OK" if not probs else "%d problems" % len(probs)))
    sys.exit(1 if probs else 0)


if __name__ == "__main__":
    main()
