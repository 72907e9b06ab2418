#!/usr/bin/env python3
"""Verify a corpus written by generate.py: on-disk checks, key checks with openssl / ssh-keygen, agreement with
score.py's line ownership, count sanity, and two regenerations (PYTHONHASHSEED 1 and 4242) compared byte for byte.

usage: verify.py DIR [--no-tools] [--no-regen]     exit 1 on any problem"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import checks35  # noqa: E402
from generate import inside_git  # noqa: E402


def read_corpus(d):
    files, empty_dirs = {}, []
    for root, dirs, fs in os.walk(d):
        if not dirs and not fs:
            empty_dirs.append(root)
        for f in sorted(fs):
            p = os.path.join(root, f)
            with open(p, "rb") as fh:
                raw = fh.read()
            try:
                files[os.path.relpath(p, d)] = raw.decode("utf-8")
            except UnicodeDecodeError:
                files[os.path.relpath(p, d)] = None
    return files, empty_dirs


def score_owner(labels):
    """Re-implementation of score.py's Labels.line_owner."""
    owner = {}
    for lb in labels:
        a, b = lb.get("span", [lb["line"], lb["line"]])
        for n in range(a, b + 1):
            owner[(lb["path"], n)] = lb
    return owner


def run(cmd, data=None):
    return subprocess.run(cmd, input=data, capture_output=True)


def key_checks(d, labels):
    bad, n = [], 0
    tmp = tempfile.mkdtemp(prefix="v35k-")
    try:
        for lb in labels:
            kc = lb.get("key_check")
            if not kc:
                continue
            n += 1
            f = os.path.join(tmp, "k")
            with open(f, "w") as fh:
                fh.write(lb["value"] + "\n")
            os.chmod(f, 0o600)
            where = "%s:%d" % (lb["path"], lb["line"])
            if kc.endswith("-openssh"):
                p = run(["ssh-keygen", "-y", "-f", f])
                pub_path = os.path.join(d, lb["path"] + ".pub")
                if p.returncode:
                    bad.append("%s: ssh-keygen -y failed" % where)
                elif os.path.exists(pub_path):
                    with open(pub_path) as fh:
                        if fh.read().split()[:2] != p.stdout.decode().split()[:2]:
                            bad.append("%s: .pub does not match the private key" % where)
            elif kc == "openssh-pub":
                if run(["ssh-keygen", "-l", "-f", f]).returncode:
                    bad.append("%s: ssh-keygen -l failed" % where)
            elif kc == "x509":
                if run(["openssl", "x509", "-in", f, "-noout"]).returncode or \
                        run(["openssl", "verify", "-CAfile", f, f]).returncode:
                    bad.append("%s: certificate does not parse / verify" % where)
            elif kc == "spki":
                if run(["openssl", "pkey", "-pubin", "-in", f, "-noout"]).returncode:
                    bad.append("%s: SPKI does not parse" % where)
            else:
                cmd = ["openssl", "pkey", "-in", f, "-noout"] + (["-check"] if not kc.startswith("ed25519") else [])
                if run(cmd).returncode:
                    bad.append("%s: private key does not parse (%s)" % (where, kc))
    finally:
        shutil.rmtree(tmp)
    return bad, n


def regen(d, data):
    bad = []
    with open(d + ".labels.json", "rb") as fh:
        want_labels = fh.read()
    want, _ = read_corpus(d)
    for hs in ("1", "4242"):
        base = tempfile.mkdtemp(prefix="v35r-")
        try:
            if inside_git(base):
                return ["temporary directory %s is inside a git repository" % base]
            out = os.path.join(base, "c")
            env = dict(os.environ, PYTHONHASHSEED=hs)
            p = subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), out, "--seed", str(data["seed"])],
                               env=env, capture_output=True)
            if p.returncode:
                bad.append("regeneration failed: %s" % p.stderr.decode()[-500:])
                continue
            got, _ = read_corpus(out)
            if sorted(got) != sorted(want):
                bad.append("PYTHONHASHSEED=%s: different file list" % hs)
            for k in sorted(want):
                if got.get(k) != want[k]:
                    bad.append("PYTHONHASHSEED=%s: %s differs" % (hs, k))
            with open(out + ".labels.json", "rb") as fh:
                if fh.read() != want_labels:
                    bad.append("PYTHONHASHSEED=%s: labels differ" % hs)
        finally:
            shutil.rmtree(base)
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir")
    ap.add_argument("--no-tools", action="store_true", help="skip openssl / ssh-keygen")
    ap.add_argument("--no-regen", action="store_true", help="skip the determinism step")
    a = ap.parse_args()
    d = os.path.abspath(a.dir.rstrip("/"))
    with open(d + ".labels.json", encoding="utf-8") as fh:
        data = json.load(fh)
    labels = data["labels"]
    files, empty = read_corpus(d)
    bad = ["%s: not UTF-8" % p for p, t in files.items() if t is None]
    files = {p: t for p, t in files.items() if t is not None}
    bad += ["empty directory %s" % e for e in empty]
    if len(files) != data["files"]:
        bad.append("file count %d != labels file %d" % (len(files), data["files"]))
    bad += checks35.all_checks(files, labels)
    for lb in labels:
        for f in ("path", "line", "column", "kind", "category", "value", "free_text", "lang"):
            if f not in lb:
                bad.append("%s:%s label without %s" % (lb.get("path"), lb.get("line"), f))
        if lb.get("kind") not in ("secret", "negative"):
            bad.append("%s:%d bad kind" % (lb["path"], lb["line"]))
    if labels != sorted(labels, key=lambda lb: (lb["path"], lb["line"])):
        bad.append("labels not sorted by (path, line)")
    owner = score_owner(labels)
    for lb in labels:
        a_, b_ = lb.get("span", [lb["line"], lb["line"]])
        if any(owner[(lb["path"], n)] is not lb for n in range(a_, b_ + 1)):
            bad.append("%s:%d: score.py would give this line to another label" % (lb["path"], lb["line"]))
    sec = [lb for lb in labels if lb["kind"] == "secret"]
    c = data["counts"]
    if c["secrets"] != len(sec) or c["negatives"] != len(labels) - len(sec):
        bad.append("counts in the labels file do not match the labels")
    ft = c["free_text_files"] / max(1, c["files"])
    for name, val, lo, hi in (("files", c["files"], 550, 650), ("secrets", c["secrets"], 680, 800),
                              ("negatives", c["negatives"], 640, 760), ("free-text share", ft, 0.30, 0.40),
                              ("private keys", c["private_keys"], 40, 70), ("pairs", c["pairs"], 20, 70),
                              ("revoked", c["revoked"], 5, 40), ("rotated", c["rotated"], 10, 60),
                              ("CRLF files", c["crlf_files"], 20, 80)):
        if not lo <= val <= hi:
            bad.append("%s = %s outside [%s, %s]" % (name, val, lo, hi))
    nkeys = 0
    if not a.no_tools:
        if shutil.which("openssl") and shutil.which("ssh-keygen"):
            kb, nkeys = key_checks(d, labels)
            bad += kb
        else:
            print("openssl / ssh-keygen not found: key checks skipped")
    if not a.no_regen:
        bad += regen(d, data)
    for b in bad[:100]:
        print("PROBLEM:", b)
    print("%s: %d files, %d secrets, %d negatives, %d key items checked with tools, %s" % (
        d, len(files), len(sec), len(labels) - len(sec), nkeys,
        "regeneration skipped" if a.no_regen else "regenerated twice, byte-identical" if not bad else "see problems"))
    print("OK" if not bad else "FAILED (%d problems)" % len(bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
