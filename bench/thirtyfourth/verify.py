#!/usr/bin/env python3
"""Verify a corpus written by generate.py.

usage: verify.py OUT_DIR [--no-tools] [--no-regen]

On-disk checks (labels against files, line ownership as score.py computes it, token checksums, decoded
values, counts and sanity ranges), private keys with openssl / ssh-keygen (skip with --no-tools), and
determinism: the corpus is generated twice more into temporary directories outside any git repository,
with PYTHONHASHSEED 1 and 4242, and every file and the labels file are compared byte for byte (skip with
--no-regen).  Exit 1 on any problem.
"""

import argparse
import base64
import collections
import hashlib
import hmac
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks34  # noqa: E402
from core34 import bech32_ok, crc_ok  # noqa: E402
from keys34 import ed25519_pub, p256_pub  # noqa: E402

RANGES = {"files": (500, 620), "secrets": (680, 800), "negatives": (640, 760), "private_keys": (45, 62),
          "pairs": (15, 60), "revoked": (5, 40), "rotated": (15, 60), "crlf_files": (25, 90),
          "free_text_share": (0.32, 0.40)}


def read_corpus(out):
    files, texts, raw = {}, {}, {}
    for root, dirs, names in os.walk(out):
        dirs.sort()
        for n in sorted(names):
            full = os.path.join(root, n)
            rel = os.path.relpath(full, out)
            with open(full, "rb") as fh:
                b = fh.read()
            raw[rel] = b
            try:
                t = b.decode("utf-8")
            except UnicodeDecodeError:
                t = None
            texts[rel] = t
            files[rel] = checks34.split_lines(t) if t else []
    return files, texts, raw


def run(cmd, data=None):
    p = subprocess.run(cmd, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace")


def _pem_wrap(label, b64body):
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (
        label, "\n".join(b64body[i:i + 64] for i in range(0, len(b64body), 64)), label)


def _read_ssh_string(b, i):
    n = struct.unpack(">I", b[i:i + 4])[0]
    return b[i + 4:i + 4 + n], i + 4 + n


def check_ppk3(text):
    lines = text.split("\n")
    probs = []
    if not lines[0].startswith("PuTTY-User-Key-File-3: ssh-rsa") or lines[1] != "Encryption: none":
        return ["ppk header"]
    comment = lines[2][len("Comment: "):]
    np_ = int(lines[3].split(": ")[1])
    pub = base64.b64decode("".join(lines[4:4 + np_]))
    nv = int(lines[4 + np_].split(": ")[1])
    priv = base64.b64decode("".join(lines[5 + np_:5 + np_ + nv]))
    mac = lines[5 + np_ + nv].split(": ")[1]

    def s(x):
        return struct.pack(">I", len(x)) + x
    want = hmac.new(b"", s(b"ssh-rsa") + s(b"none") + s(comment.encode()) + s(pub) + s(priv), hashlib.sha256).hexdigest()
    if want != mac:
        probs.append("ppk MAC")
    t, i = _read_ssh_string(pub, 0)
    e, i = _read_ssh_string(pub, i)
    n, i = _read_ssh_string(pub, i)
    vals = []
    j = 0
    for _ in range(4):
        v, j = _read_ssh_string(priv, j)
        vals.append(int.from_bytes(v, "big"))
    d, p, q, iqmp = vals
    n = int.from_bytes(n, "big")
    e = int.from_bytes(e, "big")
    if p * q != n or (q * iqmp) % p != 1 or pow(pow(7, e, n), d, n) != 7:
        probs.append("ppk RSA numbers inconsistent")
    return probs


def check_jwk(l):
    j = l["jwk"]
    d = base64.urlsafe_b64decode(l["value"] + "=" * (-len(l["value"]) % 4))
    if j["kty"] == "OKP":
        x = base64.urlsafe_b64encode(ed25519_pub(d)).decode().rstrip("=")
        return [] if x == j["x"] else ["jwk ed25519 x mismatch"]
    q = p256_pub(int.from_bytes(d, "big"))
    x = base64.urlsafe_b64encode(q[0].to_bytes(32, "big")).decode().rstrip("=")
    y = base64.urlsafe_b64encode(q[1].to_bytes(32, "big")).decode().rstrip("=")
    return [] if (x, y) == (j["x"], j["y"]) else ["jwk p256 point mismatch"]


def check_keys(out, labels, use_tools):
    probs = []
    have_ossl = use_tools and shutil.which("openssl")
    have_ssh = use_tools and shutil.which("ssh-keygen")
    tmp = tempfile.mkdtemp(prefix="v34k-")
    n = collections.Counter()
    try:
        for i, l in enumerate(labels):
            kc = l.get("key_check")
            if not kc:
                continue
            where = "%s:%d" % (l["path"], l["line"])
            f = os.path.join(tmp, "k%d" % i)
            kind, _, form = kc.partition("/")
            if form in ("pkcs8", "pkcs1", "sec1", "pkcs8-raw"):
                body = l["value"] if form != "pkcs8-raw" else _pem_wrap("PRIVATE KEY", l["value"])
                if not body.endswith("\n"):
                    body += "\n"
                if have_ossl:
                    with open(f, "w") as fh:
                        fh.write(body)
                    cmd = ["openssl", "pkey", "-in", f, "-noout"] + (["-check"] if kind in ("rsa", "p256") else [])
                    rc, so, se = run(cmd)
                    if rc:
                        probs.append("openssl rejects key %s: %s" % (where, se.strip()[:200]))
                    n["openssl-private"] += 1
            elif form == "openssh":
                if have_ssh:
                    with open(f, "w") as fh:
                        fh.write(l["value"] + "\n")
                    os.chmod(f, 0o600)
                    rc, so, se = run(["ssh-keygen", "-y", "-f", f])
                    if rc:
                        probs.append("ssh-keygen rejects %s: %s" % (where, se.strip()[:200]))
                    else:
                        pubp = os.path.join(out, l["path"] + ".pub")
                        with open(pubp) as fh:
                            pub = fh.read().split()
                        if so.split()[:2] != pub[:2]:
                            probs.append("openssh key and .pub disagree: " + where)
                    n["ssh-keygen-private"] += 1
            elif form == "ppk3":
                probs += ["%s: %s" % (where, p) for p in check_ppk3(l["value"])]
                n["ppk3"] += 1
            elif form == "jwk":
                probs += ["%s: %s" % (where, p) for p in check_jwk(l)]
                n["jwk"] += 1
            elif kc == "x509" and have_ossl:
                with open(f, "w") as fh:
                    fh.write(l["value"] + "\n")
                rc, so, se = run(["openssl", "x509", "-in", f, "-noout"])
                if rc:
                    probs.append("openssl rejects certificate %s" % where)
                n["x509"] += 1
            elif kc in ("spki", "spki-raw") and have_ossl:
                body = l["value"] if kc == "spki" else _pem_wrap("PUBLIC KEY", l["value"])
                with open(f, "w") as fh:
                    fh.write(body.rstrip("\n") + "\n")
                rc, so, se = run(["openssl", "pkey", "-pubin", "-in", f, "-noout"])
                if rc:
                    probs.append("openssl rejects public key %s" % where)
                n["spki"] += 1
            elif kc == "openssh-pub" and have_ssh:
                with open(f, "w") as fh:
                    fh.write(l["value"] + "\n")
                rc, so, se = run(["ssh-keygen", "-l", "-f", f])
                if rc:
                    probs.append("ssh-keygen -l rejects %s" % where)
                n["openssh-pub"] += 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return probs, n


def check_tokens(labels):
    probs = []
    for l in labels:
        v, where = l["value"], "%s:%d" % (l["path"], l["line"])
        m = re.match(r"^(gh[pousr]_|npm_)[A-Za-z0-9]{36}$", v)
        if m:
            ok = crc_ok(v, m.group(1))
            if l.get("fixture_crc_wrong"):
                if ok:
                    probs.append("fixture CRC unexpectedly right " + where)
            elif l["kind"] == "secret" and not ok:
                probs.append("CRC32 wrong " + where)
        if (l["kind"] == "secret" and v.startswith("AGE-SECRET-KEY-1")) or l["category"] == "age-recipient":
            if not bech32_ok(v):
                probs.append("bech32 wrong " + where)
        if l["kind"] == "secret" and v.startswith("pypi-"):
            b = base64.urlsafe_b64decode(v[5:] + "=" * (-len(v[5:]) % 4))
            if not b.startswith(b"\x02\x01\x08pypi.org"):
                probs.append("pypi macaroon header " + where)
        if "decoded" in l:
            if base64.b64encode(l["decoded"].encode()).decode() != v:
                probs.append("decoded value does not re-encode " + where)
    return probs


def recount(labels, files, texts):
    sec = [l for l in labels if l["kind"] == "secret"]
    neg = [l for l in labels if l["kind"] == "negative"]
    keys = collections.Counter(l["key_check"].split("/")[0] for l in sec if "key_check" in l)
    return {"files": len(files), "secrets": len(sec), "negatives": len(neg),
            "free_text_secrets": sum(1 for l in sec if l["free_text"]),
            "free_text_negatives": sum(1 for l in neg if l["free_text"]),
            "revoked": sum(1 for l in sec if l.get("note") == "revoked"),
            "rotated": sum(1 for l in sec if l.get("note") == "rotated"),
            "private_keys": sum(keys.values()), "pairs": sum(1 for l in sec if "id_value" in l),
            "crlf_files": sum(1 for p, t in texts.items() if t and "\r\n" in t)}


def regen(out, seed, raw, labels_bytes):
    probs = []
    gen = os.path.join(HERE, "generate.py")
    for hs in ("1", "4242"):
        tmp = tempfile.mkdtemp(prefix="v34r-")
        try:
            target = os.path.join(tmp, "corpus")
            env = dict(os.environ, PYTHONHASHSEED=hs)
            p = subprocess.run([sys.executable, gen, target, "--seed", str(seed)], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
            if p.returncode:
                probs.append("regeneration failed (PYTHONHASHSEED=%s): %s" % (hs, p.stderr.decode()[-400:]))
                continue
            _, _, raw2 = read_corpus(target)
            if sorted(raw2) != sorted(raw):
                probs.append("regenerated file list differs (PYTHONHASHSEED=%s)" % hs)
            for k in sorted(raw):
                if raw2.get(k) != raw[k]:
                    probs.append("regenerated %s differs (PYTHONHASHSEED=%s)" % (k, hs))
            with open(target + ".labels.json", "rb") as fh:
                if fh.read() != labels_bytes:
                    probs.append("regenerated labels differ (PYTHONHASHSEED=%s)" % hs)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return probs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--no-tools", action="store_true")
    ap.add_argument("--no-regen", action="store_true")
    a = ap.parse_args()
    out = os.path.abspath(a.out.rstrip("/"))
    with open(out + ".labels.json", "rb") as fh:
        labels_bytes = fh.read()
    data = json.loads(labels_bytes)
    labels = data["labels"]
    probs = []
    files, texts, raw = read_corpus(out)
    for p, t in texts.items():
        if t is None:
            probs.append("not UTF-8: " + p)
        else:
            probs += checks34.check_file_text(p, t)
    empty_dirs = [r for r, ds, fs in os.walk(out) if not ds and not fs]
    if empty_dirs:
        probs.append("empty directories: %r" % empty_dirs[:3])
    if labels != sorted(labels, key=lambda l: (l["path"], l["line"])):
        probs.append("labels not sorted by (path, line)")
    probs += checks34.check_labels(files, labels)
    # score.py agreement: its line_owner keeps the last label per line; ours must be unambiguous
    own = {}
    for l in labels:
        a_, b_ = l.get("span", [l["line"], l["line"]])
        for n in range(a_, b_ + 1):
            own.setdefault((l["path"], n), []).append(l)
    if any(len(v) > 1 for v in own.values()):
        probs.append("score.py line ownership ambiguous")
    skeys = collections.Counter((l["path"], l["line"]) for l in labels if l["kind"] == "secret")
    if any(v > 1 for v in skeys.values()):
        probs.append("two secrets on one key")
    probs += check_tokens(labels)
    kp, kn = check_keys(out, labels, not a.no_tools)
    probs += kp
    rc = recount(labels, files, texts)
    c = data["counts"]
    for k, v in rc.items():
        if c.get(k) != v:
            probs.append("count %s: labels file says %r, corpus has %r" % (k, c.get(k), v))
    if data["files"] != len(files):
        probs.append("file count differs")
    for k, (lo, hi) in RANGES.items():
        v = c.get(k)
        if v is None or not (lo <= v <= hi):
            probs.append("count %s=%r outside [%s, %s]" % (k, v, lo, hi))
    share = c["free_text_secrets"] / c["secrets"]
    if not 0.25 <= share <= 0.45:
        probs.append("share of secrets in free text %.2f outside [0.25, 0.45]" % share)
    if not a.no_regen:
        probs += regen(out, data["seed"], raw, labels_bytes)
    for p in probs[:80]:
        print("PROBLEM: " + p)
    print("%s: %d files, %d labels (%d secrets), key checks %s, %s" % (
        out, len(files), len(labels), c["secrets"], dict(sorted(kn.items())),
        "OK" if not probs else "%d problems" % len(probs)))
    return 1 if probs else 0


if __name__ == "__main__":
    sys.exit(main())
