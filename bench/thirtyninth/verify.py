#!/usr/bin/env python3
"""Verify a generated thirty-ninth corpus on disk: verify.py OUT_DIR [--no-tools] [--no-regen].

Checks labels against the files, file hygiene, token checksums, decoded values, private keys (openssl /
ssh-keygen if present, pure-Python JWK check always), counts, and regenerates the corpus twice (PYTHONHASHSEED 1 and
4242) into temporary directories outside any git repository, comparing every byte. Exit 1 on any problem.
"""
import argparse
import base64
import binascii
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks39  # noqa: E402
from core39 import crc_ok  # noqa: E402
from keys39 import jwk_check  # noqa: E402


def read_tree(root):
    files, dirs_empty = {}, []
    for dp, dns, fns in os.walk(root):
        if not dns and not fns:
            dirs_empty.append(dp)
        for fn in fns:
            full = os.path.join(dp, fn)
            with open(full, "rb") as fh:
                files[os.path.relpath(full, root)] = fh.read()
    return files, dirs_empty


def run(cmd, data=None):
    p = subprocess.run(cmd, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace")


def bech32_ok(s):
    CH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    s = s.lower()
    hrp, data = s.rsplit("1", 1)
    vals = [CH.index(x) for x in data]
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp] + vals:
        top = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((top >> i) & 1) else 0
    return chk == 1


def check_tokens(labels):
    probs = []
    for lab in labels:
        v, where = lab["value"], "%s:%d" % (lab["path"], lab["line"])
        if lab["kind"] == "secret" and v[:4] in ("ghp_", "gho_", "ghs_", "npm_") and len(v) == 40 and not crc_ok(v):
            probs.append("%s: CRC32 tail wrong on a secret token" % where)
        if lab.get("fixture_crc_wrong") and crc_ok(v):
            probs.append("%s: fixture token has a correct CRC32" % where)
        if lab["kind"] == "secret" and v.startswith("AGE-SECRET-KEY-1") and not bech32_ok(v):
            probs.append("%s: age key bech32 checksum wrong" % where)
        if "decoded" in lab:
            try:
                if base64.b64decode(v).decode() != lab["decoded"]:
                    probs.append("%s: decoded value differs" % where)
            except (binascii.Error, UnicodeDecodeError):
                probs.append("%s: value is not base64" % where)
        if "secret_part" in lab and lab["secret_part"] not in v:
            probs.append("%s: secret_part not inside the value" % where)
    return probs


def from_file(lab, files):
    """The labelled value as it stands in the file (not as the labels file says)."""
    ls = files[lab["path"]][0].split("\n")
    if "span" in lab and "\n" in lab["value"]:
        a, b = lab["span"]
        return "\n".join(ls[a - 1:b])
    c = lab["column"] - 1
    return ls[lab["line"] - 1][c:c + len(lab["value"])]


def check_keys(labels, files, root, tools):
    probs, n = [], 0
    have_ssl, have_ssh = tools and shutil.which("openssl"), tools and shutil.which("ssh-keygen")
    tmp = tempfile.mkdtemp(prefix="v39keys-")
    try:
        for lab in labels:
            kc = lab.get("key_check")
            if not kc:
                continue
            where = "%s:%d" % (lab["path"], lab["line"])
            f = os.path.join(tmp, "k%d" % n)
            n += 1
            disk = from_file(lab, files)
            val = disk.replace("\\n", "\n") if kc == "rsa:pkcs8:escaped" else disk
            with open(f, "w") as fh:
                fh.write(val.rstrip("\n") + "\n")
            os.chmod(f, 0o600)
            if kc == "p256:jwk":
                j = {"d": disk, "x": lab["jwk_x"], "y": lab["jwk_y"]}
                if not jwk_check(j):
                    probs.append("%s: JWK d does not give x, y" % where)
            elif kc == "jwk-x":
                continue
            elif kc == "ed25519:openssh" and have_ssh:
                rc, out, err = run(["ssh-keygen", "-y", "-f", f])
                with open(os.path.join(root, lab["path"] + ".pub")) as fh:
                    pub = fh.read().split()
                if rc or out.split()[:2] != pub[:2]:
                    probs.append("%s: ssh-keygen -y failed or differs from .pub (%s)" % (where, err.strip()))
                if run(["ssh-keygen", "-l", "-f", f])[0]:
                    probs.append("%s: ssh-keygen -l failed" % where)
            elif kc == "openssh-pub" and have_ssh:
                if run(["ssh-keygen", "-l", "-f", f])[0]:
                    probs.append("%s: ssh-keygen -l failed on the public key" % where)
            elif kc == "x509" and have_ssl:
                rc, out, err = run(["openssl", "verify", "-CAfile", f, f])
                if rc:
                    probs.append("%s: openssl verify failed: %s" % (where, (out + err).strip()[:120]))
            elif kc == "spki" and have_ssl:
                if run(["openssl", "pkey", "-pubin", "-in", f, "-noout"])[0]:
                    probs.append("%s: openssl pkey -pubin failed" % where)
            elif kc.split(":")[0] in ("rsa", "p256", "ed25519") and have_ssl and kc != "ed25519:openssh":
                rc, out, err = run(["openssl", "pkey", "-in", f, "-check", "-noout"])
                if rc or "valid" not in (out + err):
                    probs.append("%s: openssl pkey -check failed: %s" % (where, (out + err).strip()[:120]))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return probs


def regen(root, seed):
    probs = []
    want, _ = read_tree(root)
    with open(root + ".labels.json", "rb") as fh:
        want_labels = fh.read()
    for hs in ("1", "4242"):
        base = tempfile.mkdtemp(prefix="v39regen-", dir="/tmp")
        try:
            out = os.path.join(base, "corpus")
            env = dict(os.environ, PYTHONHASHSEED=hs)
            p = subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), out, "--seed", str(seed), "--quiet"],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            if p.returncode:
                probs.append("regeneration (PYTHONHASHSEED=%s) failed: %s" % (hs, p.stderr.decode()[-300:]))
                continue
            got, _ = read_tree(out)
            if sorted(got) != sorted(want):
                probs.append("regeneration (PYTHONHASHSEED=%s): file lists differ" % hs)
            for k in sorted(want):
                if got.get(k) != want[k]:
                    probs.append("regeneration (PYTHONHASHSEED=%s): %s differs" % (hs, k))
            with open(out + ".labels.json", "rb") as fh:
                if fh.read() != want_labels:
                    probs.append("regeneration (PYTHONHASHSEED=%s): labels differ" % hs)
        finally:
            shutil.rmtree(base, ignore_errors=True)
    return probs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--no-tools", action="store_true", help="skip openssl / ssh-keygen")
    ap.add_argument("--no-regen", action="store_true", help="skip the two regenerations")
    a = ap.parse_args()
    root = os.path.abspath(a.out.rstrip("/"))
    with open(root + ".labels.json", encoding="utf-8") as fh:
        data = json.load(fh)
    labels = data["labels"]
    raw, empty = read_tree(root)
    probs = ["empty directory %s" % d for d in empty]
    free = set(data["free_text_paths"])
    files = {}
    for path, b in raw.items():
        text, crlf, bom, fp = checks39.decode_file(b)
        probs += ["%s: %s" % (path, p) for p in fp]
        files[path] = (text, crlf, bom, path in free)
    if free - set(files):
        probs.append("free-text paths missing on disk")
    probs += checks39.check_files(files)
    probs += checks39.check_labels(labels, files)
    probs += check_tokens(labels)
    probs += check_keys(labels, files, root, not a.no_tools)
    cn = checks39.counts(labels, files)
    probs += checks39.check_counts(cn)
    stored = data["counts"]
    for k, v in cn.items():
        if k != "per_theme" and stored.get(k) != v:
            probs.append("count %s: stored %r, recomputed %r" % (k, stored.get(k), v))
    if json.loads(json.dumps(cn["per_theme"])) != data["per_theme"]:
        probs.append("per-theme counts differ from the labels file")
    if cn["files"] != data["files"] or cn["free_text_files"] != data["free_text_files"]:
        probs.append("file counts differ from the labels file")
    if not a.no_regen:
        probs += regen(root, data["seed"])
    for p in probs[:80]:
        print("PROBLEM:", p)
    nk = sum(1 for lab in labels if lab.get("key_check"))
    print("%s: %d files, %d labels (%d secrets, %d negatives), %d key checks, %d problems" % (
        root, cn["files"], len(labels), cn["secrets"], cn["negatives"], nk, len(probs)))
    return 1 if probs else 0


if __name__ == "__main__":
    sys.exit(main())
