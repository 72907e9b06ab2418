#!/usr/bin/env python3
"""Self-check of a corpus written by generate.py.

usage: verify.py OUT_DIR        (reads OUT_DIR.labels.json and OUT_DIR.values.json)

Checks, exit status 1 on any problem:
  * every planted value (or every anchor of a multi-line region) is on its labelled line,
    and spans lie inside their files;
  * no line carries two labels;
  * offline format checks: GitHub/npm CRC32 (and bad-checksum look-alikes fail it), JWTs decode,
    PyPI macaroons name pypi.org, Basic/Docker auth decode to user:password, Azure storage keys
    decode to 64 bytes, age keys pass bech32;
  * every PEM block parses as DER; every private-key block lies inside a secret label and no
    certificate / public-key block does;
  * leak check: a secret value never appears on a line that is not part of a secret label, and
    any GitHub/npm-shaped token with a valid checksum anywhere in the corpus is labelled secret.
"""

import base64
import binascii
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fkeys import bech32_ok  # noqa: E402

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
TOKEN = re.compile(r"\b(?:gh[pousr]|npm)_[A-Za-z0-9]{36}\b")
PEM = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----")


def crc_ok(tok):
    body = tok.split("_", 1)[1]
    n = binascii.crc32(body[:-6].encode()) & 0xFFFFFFFF
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(6, "0") == body[-6:]


def b64d(s):
    s = s.strip()
    s += "=" * (-len(s) % 4)
    return base64.urlsafe_b64decode(s.replace("+", "-").replace("/", "_"))


def check_format(kind, val):
    if kind == "gh-crc" or kind == "npm-crc":
        return crc_ok(val)
    if kind == "gh-crc-bad":
        return not crc_ok(val)
    if kind == "jwt":
        h, p, _ = val.split(".")
        return "alg" in json.loads(b64d(h)) and isinstance(json.loads(b64d(p)), dict)
    if kind == "pypi":
        raw = b64d(val[len("pypi-"):])
        return raw[:3] == b"\x02\x01\x08" and raw[3:11] == b"pypi.org" or b"test.pypi.org" in raw[:20]
    if kind == "basic":
        return b":" in b64d(val)
    if kind == "azure-conn":
        key = re.search(r"AccountKey=([^;]+)", val).group(1)
        return len(base64.b64decode(key)) == 64
    if kind == "age":
        return bech32_ok(val)
    return False


def der_ok(b64text):
    try:
        der = base64.b64decode("".join(b64text.split()), validate=True)
    except (binascii.Error, ValueError):
        return False
    if len(der) < 2 or der[0] != 0x30:
        return False
    n = der[1]
    if n < 0x80:
        return n + 2 == len(der)
    k = n & 0x7F
    return int.from_bytes(der[2:2 + k], "big") + 2 + k == len(der)


def openssh_ok(b64text):
    """openssh-key-v1 magic, unencrypted, one key, matching check integers."""
    try:
        raw = base64.b64decode("".join(b64text.split()), validate=True)
    except (binascii.Error, ValueError):
        return False
    if not raw.startswith(b"openssh-key-v1\x00"):
        return False
    off = len(b"openssh-key-v1\x00")
    fields = []
    for _ in range(3):                      # cipher, kdf, kdf options
        n = int.from_bytes(raw[off:off + 4], "big")
        fields.append(raw[off + 4:off + 4 + n])
        off += 4 + n
    if fields[0] != b"none" or int.from_bytes(raw[off:off + 4], "big") != 1:
        return False
    off += 4
    n = int.from_bytes(raw[off:off + 4], "big")
    off += 4 + n                            # public key blob
    n = int.from_bytes(raw[off:off + 4], "big")
    priv = raw[off + 4:off + 4 + n]
    return len(priv) % 8 == 0 and priv[:4] == priv[4:8]


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = os.path.abspath(sys.argv[1]).rstrip("/")
    labels = json.load(open(root + ".labels.json"))
    values = json.load(open(root + ".values.json"))
    errors = []
    if len(labels) != len(values):
        errors.append("labels/values length mismatch")

    files = {}
    for dp, _, fns in os.walk(root):
        for fn in fns:
            full = os.path.join(dp, fn)
            with open(full, encoding="utf-8", newline="") as fh:
                files[os.path.relpath(full, root)] = fh.read().split("\n")

    owner = {}
    checks = 0
    for lab, rec in zip(labels, values):
        p = lab["path"]
        if p not in files:
            errors.append("missing file %s" % p)
            continue
        lines = files[p]
        a, b = lab.get("span", [lab["line"], lab["line"]])
        if not (1 <= a <= b <= len(lines)):
            errors.append("%s:%d: span out of range" % (p, a))
            continue
        for n in range(a, b + 1):
            if (p, n) in owner:
                errors.append("%s:%d: two labels" % (p, n))
            owner[(p, n)] = lab
        if "value" in rec:
            if rec["value"] not in lines[lab["line"] - 1]:
                errors.append("%s:%d: value not on its line" % (p, lab["line"]))
        else:
            for n, anchor in rec["anchors"]:
                if not (a <= n <= b) or anchor not in lines[n - 1]:
                    errors.append("%s:%d: anchor not on line %d" % (p, a, n))
        if rec.get("check"):
            checks += 1
            try:
                ok = check_format(rec["check"], rec["checked"])
            except Exception:  # noqa: BLE001
                ok = False
            if not ok:
                errors.append("%s:%d: format check %s failed" % (p, lab["line"], rec["check"]))

    def is_secret(p, n):
        o = owner.get((p, n))
        return o is not None and o["kind"] == "secret"

    # PEM blocks
    pem_blocks = 0
    for p, lines in files.items():
        i = 0
        while i < len(lines):
            m = PEM.search(lines[i])
            if not m:
                i += 1
                continue
            kind = m.group(1)
            if "\\n" in lines[i]:            # JSON-escaped PEM on one line
                body = lines[i].split("-----BEGIN %s-----" % kind, 1)[1].split("-----END", 1)[0]
                body = body.replace("\\n", "")
                end = i
            else:
                end = i
                while end < len(lines) and "-----END %s-----" % kind not in lines[end]:
                    end += 1
                if end == len(lines):
                    errors.append("%s:%d: unterminated PEM" % (p, i + 1))
                    break
                body = "".join(re.sub(r"^[\s`@\"]*", "", l).strip() for l in lines[i + 1:end])
            pem_blocks += 1
            if kind == "OPENSSH PRIVATE KEY":
                if not openssh_ok(body):
                    errors.append("%s:%d: OpenSSH key does not parse" % (p, i + 1))
            elif not der_ok(body):
                errors.append("%s:%d: PEM %s does not parse as DER" % (p, i + 1, kind))
            inside = all(is_secret(p, n) for n in range(i + 1, end + 2))
            if "PRIVATE KEY" in kind and not inside:
                errors.append("%s:%d: private key not fully inside a secret label" % (p, i + 1))
            if kind in ("CERTIFICATE", "PUBLIC KEY") and any(is_secret(p, n) for n in range(i + 1, end + 2)):
                if not any(PEM.search(lines[k]) and "PRIVATE" in lines[k] for k in range(max(0, i - 40), i)):
                    errors.append("%s:%d: %s inside a secret label" % (p, i + 1, kind))
            i = end + 1

    # leak check
    secrets = set()
    for lab, rec in zip(labels, values):
        if lab["kind"] != "secret":
            continue
        if "value" in rec and len(rec["value"]) >= 8:
            secrets.add(rec["value"])
        for _, anchor in rec.get("anchors", []):
            if len(anchor) >= 16 and "-----" not in anchor:
                secrets.add(anchor)
    leaks = 0
    for p, lines in files.items():
        text = "\n".join(lines)
        for s in secrets:
            if s in text:
                for n, line in enumerate(lines, 1):
                    if s in line and not is_secret(p, n):
                        errors.append("%s:%d: secret value outside a secret label" % (p, n))
                        leaks += 1
        for n, line in enumerate(lines, 1):
            for tok in TOKEN.findall(line):
                if crc_ok(tok) != is_secret(p, n):
                    errors.append("%s:%d: token checksum %s but line is %slabelled secret" % (
                        p, n, "valid" if crc_ok(tok) else "invalid", "" if is_secret(p, n) else "not "))

    sec = sum(1 for l in labels if l["kind"] == "secret")
    print("%s: %d files, %d labels (%d secret, %d negative), %d format checks, %d PEM blocks" % (
        root, len(files), len(labels), sec, len(labels) - sec, checks, pem_blocks))
    for e in errors[:50]:
        print("ERROR", e)
    if errors:
        print("%d problem(s)" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
