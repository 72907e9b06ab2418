#!/usr/bin/env python3
"""Verify a thirty-eighth corpus on disk; exit 1 on any problem.

usage: verify.py OUT_DIR [--no-tools] [--no-regen]
Checks labels against the files, file hygiene, tokens, keys (openssl / ssh-keygen when available, pure Python
always for JWKs), line ownership as score.py computes it, counts, and regenerates the corpus twice (PYTHONHASHSEED
1 and 4242) into temporary directories outside any git repository, comparing every byte.
"""
import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import base64  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import checks38  # noqa: E402
import keys38  # noqa: E402


def read_corpus(out):
    raw = {}
    for root, dirs, files in os.walk(out):
        if not files and not dirs:
            raw.setdefault("__empty_dirs__", []).append(root)
        for f in files:
            fp = os.path.join(root, f)
            with open(fp, "rb") as fh:
                raw[os.path.relpath(fp, out)] = fh.read()
    return raw


def score_line_owner(labels):
    """score.py's Labels.line_owner, re-implemented: the last label listed wins a line."""
    owner = {}
    for l in labels:
        a, b = l.get("span", [l["line"], l["line"]])
        for n in range(a, b + 1):
            owner[(l["path"], n)] = l
    return owner


def b64url_int(s):
    return int.from_bytes(base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)), "big")


def file_value(texts, l):
    """The labelled text as it is on disk (not as the labels file says)."""
    rows = texts.get(l["path"], "").split("\n")
    a, b = l.get("span", [l["line"], l["line"]])
    n = l["value"].count("\n")
    first = l["line"] - 1
    part = rows[first:first + n + 1]
    if not part:
        return ""
    part[0] = part[0][l["column"] - 1:]
    if n == 0:
        return part[0][:len(l["value"])]
    last = l["value"].split("\n")[-1]
    part[-1] = part[-1][:len(last)] if part[-1].startswith(last[:5]) else part[-1]
    return "\n".join(part)


def key_checks(out, labels, texts, use_tools):
    probs = []
    have_openssl = use_tools and shutil.which("openssl")
    have_ssh = use_tools and shutil.which("ssh-keygen")
    tmp = tempfile.mkdtemp(prefix="v38keys-")
    try:
        for i, l in enumerate(labels):
            kc = l.get("key_check")
            if not kc:
                continue
            v = file_value(texts, l)
            if kc == "p256:jwk":
                d = b64url_int(v)
                x, y = keys38.p256_pub(d)
                if x != b64url_int(l["jwk_x"]) or y != b64url_int(l["jwk_y"]):
                    probs.append("%s:%d JWK d does not give x/y" % (l["path"], l["line"]))
                continue
            if kc.endswith(":escaped"):
                v = v.replace("\\n", "\n")
            lines = [ln.strip() for ln in v.split("\n")]
            body = "\n".join(lines) + "\n"
            fp = os.path.join(tmp, "k%d" % i)
            with open(fp, "w") as fh:
                fh.write(body)
            os.chmod(fp, 0o600)
            if kc == "openssh-pub":
                if have_ssh:
                    p = subprocess.run(["ssh-keygen", "-l", "-f", fp], capture_output=True)
                    if p.returncode:
                        probs.append("%s:%d ssh-keygen -l rejects the public key" % (l["path"], l["line"]))
                continue
            if kc == "ed25519:openssh":
                if have_ssh:
                    p = subprocess.run(["ssh-keygen", "-y", "-f", fp], capture_output=True, text=True)
                    if p.returncode:
                        probs.append("%s:%d ssh-keygen -y rejects the key" % (l["path"], l["line"]))
                    else:
                        pub = l["path"] + ".pub"
                        if pub in texts and p.stdout.split()[:2] != texts[pub].split()[:2]:
                            probs.append("%s: .pub does not match the private key" % l["path"])
                continue
            if not have_openssl:
                continue
            if kc == "x509":
                p = subprocess.run(["openssl", "verify", "-CAfile", fp, fp], capture_output=True)
                if p.returncode:
                    probs.append("%s:%d openssl verify fails on the certificate" % (l["path"], l["line"]))
                continue
            if kc == "spki":
                p = subprocess.run(["openssl", "pkey", "-pubin", "-in", fp, "-noout"], capture_output=True)
                if p.returncode:
                    probs.append("%s:%d openssl rejects the public key" % (l["path"], l["line"]))
                continue
            cmd = ["openssl", "pkey", "-in", fp, "-noout"]
            if kc.startswith(("rsa", "p256")):
                cmd.append("-check")
            p = subprocess.run(cmd, capture_output=True)
            if p.returncode:
                probs.append("%s:%d openssl rejects the private key (%s)" % (l["path"], l["line"], kc))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return probs


def inside_git(path):
    p = os.path.abspath(path)
    while True:
        if os.path.exists(os.path.join(p, ".git")):
            return True
        if os.path.dirname(p) == p:
            return False
        p = os.path.dirname(p)


def regen(out, seed, hashseed):
    probs = []
    base = tempfile.mkdtemp(prefix="v38regen-")
    try:
        if inside_git(base):
            return ["temporary directory %s is inside a git repository" % base]
        target = os.path.join(base, "corpus")
        env = dict(os.environ, PYTHONHASHSEED=str(hashseed), PYTHONDONTWRITEBYTECODE="1")
        p = subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), target, "--seed", str(seed)], env=env,
                           capture_output=True, text=True)
        if p.returncode:
            return ["regeneration with PYTHONHASHSEED=%d failed: %s" % (hashseed, p.stderr[-400:])]
        a, b = read_corpus(out), read_corpus(target)
        if sorted(a) != sorted(b):
            probs.append("PYTHONHASHSEED=%d: different file lists" % hashseed)
        for k in sorted(set(a) & set(b)):
            if a[k] != b[k]:
                probs.append("PYTHONHASHSEED=%d: %s differs" % (hashseed, k))
        with open(out + ".labels.json", "rb") as f1, open(target + ".labels.json", "rb") as f2:
            if f1.read() != f2.read():
                probs.append("PYTHONHASHSEED=%d: labels file differs" % hashseed)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return probs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--no-tools", action="store_true")
    ap.add_argument("--no-regen", action="store_true")
    a = ap.parse_args()
    out = os.path.abspath(a.out.rstrip("/"))
    with open(out + ".labels.json") as fh:
        meta = json.load(fh)
    labels = meta["labels"]
    raw = read_corpus(out)
    probs = ["empty directory %s" % d for d in raw.pop("__empty_dirs__", [])]
    if sorted(raw) != meta["files"]:
        probs.append("file list differs from the labels file")
    texts, p = checks38.decode_files(raw)
    probs += p
    probs += checks38.check_labels(texts, labels)
    owner, _ = checks38.line_owner(labels)
    if score_line_owner(labels) != owner:
        probs.append("line ownership differs from score.py's")
    probs += key_checks(out, labels, texts, not a.no_tools)
    cn = checks38.counts(labels, raw, meta["free_text_files"], raw)
    if cn != meta["counts"]:
        probs.append("counts differ from the labels file: %r" % {k: (v, meta["counts"].get(k)) for k, v in cn.items() if meta["counts"].get(k) != v})
    probs += checks38.range_problems(cn)
    if not a.no_regen:
        for hs in (1, 4242):
            probs += regen(out, meta["seed"], hs)
    for pr in probs[:80]:
        print("problem:", pr)
    print("%s: %d files, %d secrets, %d negatives, %d problems" % (out, cn["files"], cn["secrets"], cn["negatives"], len(probs)))
    return 1 if probs else 0


if __name__ == "__main__":
    sys.exit(main())
