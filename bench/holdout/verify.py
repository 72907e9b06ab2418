#!/usr/bin/env python3
"""Self-check a generated hold-out corpus.

usage: verify.py OUT_DIR

Checks that
  - every label points at an existing line, with no secret/negative overlap;
  - every GitHub (gh[pousr]_) and npm_ token labeled secret has a valid CRC32/base62 checksum,
    and every one labeled bad-checksum does not;
  - every AGE-SECRET-KEY-1... labeled secret is valid bech32 (and bad-checksum ones are not);
  - every PEM block in the corpus is base64 of a DER SEQUENCE whose length header matches
    the body, and every OPENSSH PRIVATE KEY starts with "openssh-key-v1\\0" + an SSH string
    cipher name.
"""
import base64
import json
import os
import re
import struct
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hrand import base62_fixed, bech32_verify  # noqa: E402

CRC_RE = re.compile(r"\b(gh[pousr]_|npm_)([A-Za-z0-9]{36})\b")
AGE_RE = re.compile(r"AGE-SECRET-KEY-1[0-9A-Z]{58}")
PEM_RE = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----\s*\n(.*?)\n\s*-----END \1-----", re.S)


def crc_ok(body36):
    return base62_fixed(zlib.crc32(body36[:30].encode()) & 0xFFFFFFFF) == body36[30:]


def der_ok(der):
    if not der or der[0] != 0x30:
        return False
    ln = der[1]
    if ln < 0x80:
        return 2 + ln == len(der)
    k = ln & 0x7F
    return 2 + k + int.from_bytes(der[2:2 + k], "big") == len(der)


def main(argv):
    root = argv[1].rstrip("/")
    labels = json.load(open(root + ".labels.json"))
    errors = []
    lines_of = {}
    for lab in labels:
        p = os.path.join(root, lab["path"])
        if p not in lines_of:
            lines_of[p] = open(p, encoding="utf-8").read().split("\n")
        if not 1 <= lab["line"] <= len(lines_of[p]):
            errors.append("label out of range: %r" % lab)
    by_line = {}
    for lab in labels:
        first, last = lab.get("span", [lab["line"], lab["line"]])
        for ln in range(first, last + 1):
            k = (lab["path"], ln)
            if k in by_line and by_line[k] != lab["kind"]:
                errors.append("overlap at %s:%d" % k)
            by_line[k] = lab["kind"]

    stats = {"crc_good": 0, "crc_bad": 0, "age_good": 0, "age_bad": 0, "pem": 0, "openssh": 0}
    for lab in labels:
        p = os.path.join(root, lab["path"])
        line = lines_of[p][lab["line"] - 1]
        for m in CRC_RE.finditer(line):
            ok = crc_ok(m.group(2))
            if lab["kind"] == "secret":
                stats["crc_good"] += 1
                if not ok:
                    errors.append("bad checksum on secret %s:%d" % (lab["path"], lab["line"]))
            elif lab["category"] == "bad-checksum":
                stats["crc_bad"] += 1
                if ok:
                    errors.append("valid checksum on bad-checksum %s:%d" % (lab["path"], lab["line"]))
        for m in AGE_RE.finditer(line):
            ok = bech32_verify(m.group(0))
            if lab["kind"] == "secret":
                stats["age_good"] += 1
                if not ok:
                    errors.append("invalid age key %s:%d" % (lab["path"], lab["line"]))
            elif lab["category"] == "bad-checksum":
                stats["age_bad"] += 1
                if ok:
                    errors.append("valid age key labeled bad-checksum %s:%d" % (lab["path"], lab["line"]))

    for dirpath, _, files in os.walk(root):
        for fn in files:
            p = os.path.join(dirpath, fn)
            text = open(p, encoding="utf-8").read()
            # JSON files carry PEMs with escaped newlines; unescape them for the check
            if "\\n" in text and "-----BEGIN" in text:
                text = text + "\n" + text.replace("\\n", "\n").replace('\\"', '"')
            for m in PEM_RE.finditer(text):
                label, body = m.group(1), m.group(2)
                body = re.sub(r'^\s*"|\\n"\s*$|\s', "", body, flags=re.M)
                if label.startswith("PGP") or label.startswith("AGE"):
                    continue
                try:
                    raw = base64.b64decode(body, validate=False)
                except Exception:
                    errors.append("undecodable PEM %s in %s" % (label, p))
                    continue
                if label == "OPENSSH PRIVATE KEY":
                    stats["openssh"] += 1
                    magic = b"openssh-key-v1\x00"
                    if not raw.startswith(magic):
                        errors.append("bad openssh magic in %s" % p)
                    else:
                        (n,) = struct.unpack(">I", raw[len(magic):len(magic) + 4])
                        name = raw[len(magic) + 4:len(magic) + 4 + n]
                        if name not in (b"none", b"aes256-ctr", b"aes256-gcm@openssh.com"):
                            errors.append("bad openssh cipher %r in %s" % (name, p))
                else:
                    stats["pem"] += 1
                    if not der_ok(raw):
                        errors.append("DER length mismatch in %s block of %s" % (label, p))
    print("labels: %d (%d secret, %d negative)" % (
        len(labels), sum(l["kind"] == "secret" for l in labels), sum(l["kind"] == "negative" for l in labels)))
    print("checked: %s" % stats)
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
