#!/usr/bin/env python3
"""Self-check a corpus written by generate.py.

usage: verify.py OUT_DIR [-v]

Reads OUT_DIR.labels.json and OUT_DIR.values.json and checks that:
  - every label names an existing file and a line inside it; kinds are "secret"/"negative";
  - no line is covered by two labels (so no line carries both kinds);
  - the planted value (or, for multi-line regions, every anchor) is on the labelled line(s);
  - format checks pass: GitHub/npm CRC32 (and fail for the bad-checksum look-alikes), AWS key
    ID alphabet, JWT structure, RSA/EC/OpenSSH/PuTTY/PGP key structure, X.509 signatures of
    self-signed certificates, age bech32, PyPI macaroons, Discord snowflakes, base64 payload
    lengths, GPP cpassword / WinSCP / Cisco type 7 / FileZilla / unattend encodings;
  - every GitHub/npm-style token anywhere in the corpus with a valid checksum is on a secret
    line, and every one with an invalid checksum is on a negative line.
Exits 1 on any failure.
"""

import base64
import collections
import json
import os
import re
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import keys  # noqa: E402

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def b64any(s):
    s = s.strip()
    s += "=" * (-len(s) % 4)
    if "-" in s or "_" in s:
        return base64.urlsafe_b64decode(s)
    return base64.b64decode(s)


def crc_ok(token):
    body, chk = token.split("_", 1)[1][:30], token[-6:]
    n = 0
    for ch in chk:
        n = n * 62 + B62.index(ch)
    return zlib.crc32(body.encode()) & 0xFFFFFFFF == n


def pem_blocks(text):
    text = text.replace("\\n", "\n")
    return re.findall(r"-----BEGIN ([A-Z0-9 ]+)-----\n(.*?)\n-----END \1-----", text, re.S)


def check_pkcs8(der):
    _, content, _ = keys.der_parse(der)
    kids = keys.der_children(content)
    alg = keys.der_children(kids[1][1])
    oid = alg[0][1]
    if oid == keys.d_oid(keys.OID_RSA)[2:]:
        return keys.rsa_check_pkcs1(kids[2][1])
    if oid == keys.d_oid(keys.OID_EC)[2:]:
        return check_sec1(kids[2][1])
    return False


def check_sec1(der):
    _, content, _ = keys.der_parse(der)
    kids = keys.der_children(content)
    d = int.from_bytes(kids[1][1], "big")
    pub = [c for t, c in kids if t == 0xA1][0]
    _, bits, _ = keys.der_parse(pub)
    pt = bits[1:]
    x, y = int.from_bytes(pt[1:33], "big"), int.from_bytes(pt[33:65], "big")
    return pt[0] == 4 and keys.p256_on_curve(x, y) and keys.ec_mul(d) == (x, y)


def check_spki(der):
    _, content, _ = keys.der_parse(der)
    kids = keys.der_children(content)
    alg = keys.der_children(kids[0][1])
    bits = kids[1][1][1:]
    if alg[0][1] == keys.d_oid(keys.OID_RSA)[2:]:
        _, c, _ = keys.der_parse(bits)
        n, e = [int.from_bytes(v, "big") for _, v in keys.der_children(c)]
        return n.bit_length() >= 1024 and e == 65537
    x, y = int.from_bytes(bits[1:33], "big"), int.from_bytes(bits[33:65], "big")
    return keys.p256_on_curve(x, y)


def rsa_pub_from_spki(der):
    _, content, _ = keys.der_parse(der)
    kids = keys.der_children(content)
    _, c, _ = keys.der_parse(kids[1][1][1:])
    return [int.from_bytes(v, "big") for _, v in keys.der_children(c)]


def check_cert(der):
    import hashlib
    _, content, _ = keys.der_parse(der)
    kids = keys.der_children(content)
    tbs_tag, tbs = kids[0]
    tbs_der = keys.der(tbs_tag, tbs)
    sig = int.from_bytes(kids[2][1][1:], "big")
    fields = keys.der_children(tbs)
    issuer, subject = fields[3][1], fields[5][1]
    spki = keys.der(0x30, fields[6][1])
    if not check_spki(spki):
        return False
    if issuer != subject:
        return True                     # not self-signed: structure only
    n, e = rsa_pub_from_spki(spki)
    em = pow(sig, e, n).to_bytes((n.bit_length() + 7) // 8, "big")
    return em.endswith(hashlib.sha256(tbs_der).digest()) and em.startswith(b"\x00\x01\xff")


def check_pem_text(text):
    blocks = pem_blocks(text)
    if not blocks:
        return False
    for label, body in blocks:
        der = base64.b64decode("".join(body.split()))
        if label == "RSA PRIVATE KEY":
            ok = keys.rsa_check_pkcs1(der)
        elif label == "PRIVATE KEY":
            ok = check_pkcs8(der)
        elif label == "EC PRIVATE KEY":
            ok = check_sec1(der)
        elif label == "PUBLIC KEY":
            ok = check_spki(der)
        elif label == "CERTIFICATE":
            ok = check_cert(der)
        else:
            ok = False
        if not ok:
            return False
    return True


def check_jwt(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    h, p = json.loads(b64any(parts[0])), json.loads(b64any(parts[1]))
    return "alg" in h and isinstance(p, dict) and len(b64any(parts[2])) in (32, 256)


def run_check(chk, value, region_text):
    typ = chk["type"]
    v = chk.get("value", value)
    if typ == "github":
        return crc_ok(v)
    if typ in ("github-bad", "npm-bad"):
        return not crc_ok(v)
    if typ == "npm":
        return crc_ok(v)
    if typ == "aws-id":
        return re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v) is not None
    if typ == "b64len":
        s = v[len(chk.get("strip", "")):] if v.startswith(chk.get("strip", "\x00")) else v
        raw = base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)) if chk.get("urlsafe") else base64.b64decode(s)
        return len(raw) == chk["n"]
    if typ == "jwt":
        return check_jwt(v)
    if typ == "pem":
        return check_pem_text(v)
    if typ == "pem-b64":
        return check_pem_text(base64.b64decode(v).decode())
    if typ == "der-b64":
        return check_pkcs8(base64.b64decode(v))
    if typ == "gcp-sa":
        d = json.loads(region_text)
        return d["type"] == "service_account" and re.fullmatch(r"[0-9a-f]{40}", d["private_key_id"]) \
            and check_pem_text(d["private_key"])
    if typ == "x509":
        return check_pem_text(v)
    if typ == "openssh":
        return keys.openssh_check(v)
    if typ == "ppk":
        return keys.ppk_check(v)
    if typ == "pgp":
        return keys.pgp_check(v)
    if typ == "age":
        return keys.bech32_check(v)
    if typ == "gpp":
        return keys.gpp_cpassword(chk["plain"]) == v
    if typ == "winscp":
        return keys.winscp_decrypt(v, chk["user"], chk["host"]) == chk["plain"]
    if typ == "cisco7":
        return keys.cisco_type7_decode(v) == chk["plain"]
    if typ == "base64-plain":
        return base64.b64decode(v).decode() == chk["plain"]
    if typ == "unattend":
        return base64.b64decode(v).decode("utf-16-le") == chk["plain"] + "AdministratorPassword"
    if typ == "dockerconfigjson-b64":
        d = json.loads(base64.b64decode(v))
        auth = list(d["auths"].values())[0]["auth"]
        return ":" in base64.b64decode(auth).decode()
    if typ == "pypi":
        raw = b64any(v[len("pypi-"):])
        return raw.startswith(b"\x02\x01") and (b"pypi.org" in raw[:20])
    if typ == "discord":
        return b64any(v.split(".")[0]).decode().isdigit()
    if typ == "sentry-org":
        payload = v[len("sntrys_"):].rsplit("_", 1)[0]
        return "org" in json.loads(b64any(payload))
    if typ == "elastic-sa":
        raw = b64any(v)
        return raw.startswith(b"\x00\x01\x00\x01") and raw[4:].startswith(b"elastic/")
    if typ == "prefixed-b64json":
        return isinstance(json.loads(b64any(v[len(chk["prefix"]):])), dict)
    raise ValueError("unknown check type %r" % typ)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    if len(args) != 1:
        sys.exit(__doc__)
    root = os.path.abspath(args[0]).rstrip("/")
    labels = json.load(open(root + ".labels.json"))
    vals = json.load(open(root + ".values.json"))["items"]
    fails = []
    if len(labels) != len(vals):
        sys.exit("labels and values differ in length")

    cache = {}

    def lines_of(path):
        if path not in cache:
            with open(os.path.join(root, path), encoding="utf-8", newline="") as fh:
                cache[path] = fh.read().splitlines()
        return cache[path]

    owner = {}
    checks = collections.Counter()
    for lab, val in zip(labels, vals):
        where = "%s:%d" % (lab["path"], lab["line"])
        if set(lab) - {"path", "line", "kind", "category", "span"}:
            fails.append("%s: unexpected label keys %s" % (where, sorted(lab)))
        if lab["kind"] not in ("secret", "negative"):
            fails.append("%s: bad kind %r" % (where, lab["kind"]))
        if (val["path"], val["line"]) != (lab["path"], lab["line"]):
            fails.append("%s: values file out of step" % where)
            continue
        if not os.path.isfile(os.path.join(root, lab["path"])):
            fails.append("%s: file missing" % where)
            continue
        lines = lines_of(lab["path"])
        a, b = lab.get("span", [lab["line"], lab["line"]])
        if not (1 <= a <= b <= len(lines)) or a != lab["line"]:
            fails.append("%s: line/span out of range" % where)
            continue
        for k in range(a, b + 1):
            if (lab["path"], k) in owner:
                fails.append("%s:%d covered by two labels" % (lab["path"], k))
            owner[(lab["path"], k)] = lab
        region_text = "\n".join(lines[a - 1:b])
        if val["value"] is not None:
            first, last = val["value"].split("\n")[0], val["value"].split("\n")[-1]
            if first not in lines[a - 1] or last not in lines[b - 1]:
                fails.append("%s: value not on its line(s)" % where)
        else:
            for anc in val["anchors"]:
                if anc not in region_text:
                    fails.append("%s: anchor %r not in span" % (where, anc[:40]))
        if val["check"]:
            try:
                ok = run_check(val["check"], val["value"], region_text)
            except Exception as e:  # noqa: BLE001
                ok = False
                if verbose:
                    print("check error at %s: %s" % (where, e))
            checks[(val["check"]["type"], ok)] += 1
            if not ok:
                fails.append("%s: %s check failed (%s)" % (where, val["check"]["type"], lab["category"]))

    # corpus-wide: checksummed tokens must be labelled according to their checksum
    tok_re = re.compile(r"(?<![A-Za-z0-9_])(gh[pousr]|npm)_[A-Za-z0-9]{36}(?![A-Za-z0-9_])")
    n_tok = 0
    for dirpath, _, files in os.walk(root):
        for fn in files:
            path = os.path.relpath(os.path.join(dirpath, fn), root)
            with open(os.path.join(root, path), encoding="utf-8", newline="") as fh:
                text = fh.read()
            if "\x00" in text:
                fails.append("%s: NUL byte in file" % path)
            for i, line in enumerate(text.splitlines(), 1):
                for m in tok_re.finditer(line):
                    n_tok += 1
                    lab = owner.get((path, i))
                    want = "secret" if crc_ok(m.group(0)) else "negative"
                    if not lab or lab["kind"] != want:
                        fails.append("%s:%d: %s token with %s checksum is labelled %s" % (
                            path, i, m.group(1), "valid" if want == "secret" else "invalid",
                            lab["kind"] if lab else "nothing"))

    kinds = collections.Counter(l["kind"] for l in labels)
    print("labels: %d secrets, %d negatives, %d secret categories, %d files" % (
        kinds["secret"], kinds["negative"], len({l["category"] for l in labels if l["kind"] == "secret"}),
        sum(len(f) for _, _, f in os.walk(root))))
    print("format checks: %d passed, %d failed (%s)" % (
        sum(v for (t, ok), v in checks.items() if ok), sum(v for (t, ok), v in checks.items() if not ok),
        ", ".join("%s=%d" % (t, v) for (t, ok), v in sorted(checks.items()) if ok)))
    print("GitHub/npm-style tokens found in the corpus: %d (labels agree with checksums)" % n_tok
          if not any("checksum is labelled" in f for f in fails) else "")
    print("AES self-test (FIPS-197): %s" % ("ok" if keys.aes_selftest() else "FAILED"))
    if not keys.aes_selftest():
        fails.append("AES self-test failed")
    if fails:
        print("\n%d problem(s):" % len(fails))
        for f in fails:
            print("  " + f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
