#!/usr/bin/env python3
"""Self-check of a corpus made by generate.py. Exits 1 on any problem.

usage: verify.py OUT_DIR      (reads OUT_DIR/, OUT_DIR.labels.json, OUT_DIR.values.json)

Checks:
  * labels load the way bench/quality/score.py loads them; kinds, fields, spans inside files;
    no line carries two labels; values.json is parallel to labels.json;
  * every planted value / region anchor is on its labelled line(s);
  * the offline format check named for each value passes (checksums, decodes, real keys);
  * every PEM block in the corpus parses and its key material is consistent; private-key blocks
    lie inside secret labels, certificates and public keys never do;
  * leak check: no secret value appears on a line outside a secret label; any GitHub/npm-shaped
    token anywhere is labelled secret exactly when its CRC32 checksum is valid.
"""

import base64
import binascii
import json
import os
import re
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import nkeys  # noqa: E402  (curve arithmetic, bech32, keccak, base58 are reused; parsers below are separate)

ERRORS = []


def err(msg):
    ERRORS.append(msg)


# ---------------------------------------------------------------- key parsers
def ints_of(buf, a, b):
    out = []
    for t, s, e in nkeys.der_children(buf, a, b):
        if t != 0x02:
            raise ValueError("expected INTEGER")
        out.append(int.from_bytes(buf[s:e], "big"))
    return out


def check_pkcs1(der):
    t, a, b = nkeys.der_read(der)
    if t != 0x30 or b != len(der):
        raise ValueError("PKCS#1 outer")
    v, n, e, d, p, q, dp, dq, qi = ints_of(der, a, b)
    if n != p * q or dp != d % (p - 1) or dq != d % (q - 1) or (qi * q) % p != 1:
        raise ValueError("RSA values inconsistent")
    if pow(pow(12345, e, n), d, n) != 12345:
        raise ValueError("RSA d does not invert e")
    return "rsa"


def _oid(buf, s, e):
    return buf[s:e]


OIDS = {nkeys.d_oid(o)[2:]: o for o in (nkeys.OID_RSA, nkeys.OID_EC, nkeys.OID_P256, nkeys.OID_K1, nkeys.OID_ED25519)}
CURVES = {nkeys.OID_P256: nkeys.P256, nkeys.OID_K1: nkeys.K1}


def check_sec1(der, curve=None):
    t, a, b = nkeys.der_read(der)
    if t != 0x30 or b != len(der):
        raise ValueError("SEC1 outer")
    kids = nkeys.der_children(der, a, b)
    d = int.from_bytes(der[kids[1][1]:kids[1][2]], "big")
    pub = None
    for tt, s, e in kids[2:]:
        if tt == 0xA0:
            _, os_, oe = nkeys.der_read(der, s)
            curve = CURVES[OIDS[der[os_:oe]]]
        if tt == 0xA1:
            _, bs, be = nkeys.der_read(der, s)
            pub = der[bs + 1:be]
    if curve is None:
        raise ValueError("EC key without curve")
    Q = curve.mul(d)
    if pub is not None and pub != b"\x04" + nkeys.i2b(Q[0], 32) + nkeys.i2b(Q[1], 32):
        raise ValueError("EC public point != d*G")
    return "ec"


def check_pkcs8(der):
    t, a, b = nkeys.der_read(der)
    if t != 0x30 or b != len(der):
        raise ValueError("PKCS#8 outer")
    kids = nkeys.der_children(der, a, b)
    alg = nkeys.der_children(der, kids[1][1], kids[1][2])
    oid = OIDS.get(der[alg[0][1]:alg[0][2]])
    inner = der[kids[2][1]:kids[2][2]]
    if oid == nkeys.OID_RSA:
        return check_pkcs1(inner)
    if oid == nkeys.OID_EC:
        return check_sec1(inner, CURVES[OIDS[der[alg[1][1]:alg[1][2]]]])
    if oid == nkeys.OID_ED25519:
        _, s, e = nkeys.der_read(inner)
        if e - s != 32:
            raise ValueError("Ed25519 seed length")
        return "ed25519"
    raise ValueError("unknown PKCS#8 algorithm")


def check_spki(der):
    t, a, b = nkeys.der_read(der)
    if t != 0x30 or b != len(der):
        raise ValueError("SPKI outer")
    kids = nkeys.der_children(der, a, b)
    if len(kids) != 2 or kids[1][0] != 0x03:
        raise ValueError("SPKI shape")
    return "spki"


def check_cert(der):
    t, a, b = nkeys.der_read(der)
    if t != 0x30 or b != len(der):
        raise ValueError("certificate outer")
    kids = nkeys.der_children(der, a, b)
    if len(kids) != 3:
        raise ValueError("certificate shape")
    return "cert"


def _take(buf, pos):
    n = struct.unpack(">I", buf[pos:pos + 4])[0]
    return buf[pos + 4:pos + 4 + n], pos + 4 + n


def check_openssh(blob):
    if not blob.startswith(b"openssh-key-v1\x00"):
        raise ValueError("openssh magic")
    pos = 15
    cipher, pos = _take(blob, pos)
    kdf, pos = _take(blob, pos)
    _, pos = _take(blob, pos)
    if cipher != b"none" or kdf != b"none":
        raise ValueError("encrypted OpenSSH key")
    pos += 4
    pub, pos = _take(blob, pos)
    priv, pos = _take(blob, pos)
    c1, c2 = struct.unpack(">II", priv[:8])
    if c1 != c2:
        raise ValueError("checkint mismatch")
    p = 8
    kt, p = _take(priv, p)
    if kt == b"ssh-ed25519":
        pk, p = _take(priv, p)
        sk, p = _take(priv, p)
        if nkeys.ed25519_pub(sk[:32]) != pk or sk[32:] != pk:
            raise ValueError("ed25519 public != seed")
        return "ed25519"
    if kt == b"ssh-rsa":
        vals = []
        for _ in range(6):
            v, p = _take(priv, p)
            vals.append(int.from_bytes(v, "big"))
        n, e, d, qi, pp, q = vals
        if n != pp * q or (qi * q) % pp != 1 or pow(pow(7, e, n), d, n) != 7:
            raise ValueError("ssh-rsa inconsistent")
        return "rsa"
    if kt == b"ecdsa-sha2-nistp256":
        _, p = _take(priv, p)
        Q, p = _take(priv, p)
        d, p = _take(priv, p)
        P = nkeys.P256.mul(int.from_bytes(d, "big"))
        if Q != b"\x04" + nkeys.i2b(P[0], 32) + nkeys.i2b(P[1], 32):
            raise ValueError("ecdsa point")
        return "ec"
    raise ValueError("unknown OpenSSH key type")


PEM_RE = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \1-----", re.S)
PRIVATE = {"RSA PRIVATE KEY": check_pkcs1, "PRIVATE KEY": check_pkcs8, "EC PRIVATE KEY": check_sec1,
           "OPENSSH PRIVATE KEY": check_openssh}
PUBLIC = {"CERTIFICATE": check_cert, "PUBLIC KEY": check_spki, "RSA PUBLIC KEY": lambda d: "rsa-pub"}


def parse_pem_block(label, body):
    body = re.sub(r"\\n|\\r|[\s\"']", "", body)
    der = base64.b64decode(body, validate=True)
    fn = PRIVATE.get(label) or PUBLIC.get(label)
    if fn is None:
        raise ValueError("unknown PEM label %s" % label)
    return fn(der)


def parse_pem_text(text):
    m = PEM_RE.search(text.replace("\\n", "\n"))
    if not m:
        raise ValueError("no PEM block")
    return parse_pem_block(m.group(1), m.group(2))


# ---------------------------------------------------------------- value checks
def b64any(s):
    s = s.strip()
    s += "=" * (-len(s) % 4)
    if "-" in s or "_" in s:
        return base64.urlsafe_b64decode(s)
    return base64.b64decode(s, validate=True)


def crc_ok(tok):
    if tok.startswith("npm_"):
        body, chk = tok[4:34], tok[34:]
    else:
        body, chk = tok[4:34], tok[34:]
    c = binascii.crc32(body.encode()) & 0xFFFFFFFF
    alpha = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    out = ""
    while c:
        c, r = divmod(c, 62)
        out = alpha[r] + out
    return out.rjust(6, "0") == chk


def chk_jwt(v):
    v = v.strip()
    h, p, s = v.split(".")
    json.loads(b64any(h))
    json.loads(b64any(p))
    b64any(s)


def chk_jwk(v):
    j = json.loads(v)
    i = lambda k: int.from_bytes(b64any(j[k]), "big")
    if j["kty"] == "RSA":
        n, e, d, p, q = i("n"), i("e"), i("d"), i("p"), i("q")
        assert n == p * q and pow(pow(99, e, n), d, n) == 99
    elif j["kty"] == "EC":
        curve = {"P-256": nkeys.P256, "secp256k1": nkeys.K1}[j["crv"]]
        assert curve.mul(i("d")) == (i("x"), i("y"))
    else:
        assert nkeys.ed25519_pub(b64any(j["d"])) == b64any(j["x"])


def chk_basic(v):
    d = base64.b64decode(v, validate=True).decode()
    assert ":" in d and len(d.split(":", 1)[1]) >= 3


def chk_wif(v):
    assert nkeys.b58check_ok(v) and v[0] in "KL5"


def chk_eth_key(v):
    d = int(v[2:] if v.startswith("0x") else v, 16)
    assert 0 < d < nkeys.K1.n


def chk_eth_addr(v):
    raw = v[2:].lower()
    h = nkeys.keccak256(raw.encode()).hex()
    want = "".join(ch.upper() if ch.isalpha() and int(h[k], 16) >= 8 else ch for k, ch in enumerate(raw))
    assert v[2:] == want, "EIP-55 checksum"


def chk_cisco7(v):
    salt = int(v[:2])
    x = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87"
    out = "".join(chr(int(v[k:k + 2], 16) ^ ord(x[(salt + k // 2 - 1) % 53])) for k in range(2, len(v), 2))
    assert out.isprintable() and len(out) >= 4


def chk_matrix(v):
    alg, ver, key = v.split()
    assert alg == "ed25519" and len(b64any(key)) == 32


CHECKS = {
    "gh": lambda v: assert_(crc_ok(v)),
    "gh-bad": lambda v: assert_(not crc_ok(v)),
    "jwt": chk_jwt,
    "jwk": chk_jwk,
    "basic": chk_basic,
    "pem": parse_pem_text,
    "pem-json": parse_pem_text,
    "pem-b64": lambda v: parse_pem_text(base64.b64decode(v).decode()),
    "der-b64": lambda v: check_pkcs8(base64.b64decode(v)),
    "der1-b64": lambda v: check_pkcs1(base64.b64decode(v)),
    "age": lambda v: assert_(nkeys.bech32_ok(v)),
    "age-pub": lambda v: assert_(nkeys.bech32_ok(v)),
    "wg": lambda v: assert_(len(base64.b64decode(v, validate=True)) == 32),
    "b64-32": lambda v: assert_(len(b64any(v)) == 32),
    "b64-64": lambda v: assert_(len(base64.b64decode(v, validate=True)) == 64),
    "azure-key": lambda v: assert_(len(base64.b64decode(v, validate=True)) == 64),
    "wif": chk_wif,
    "eth-key": chk_eth_key,
    "eth-addr": chk_eth_addr,
    "cisco7": chk_cisco7,
    "matrix": chk_matrix,
    "sntrys": lambda v: json.loads(b64any(v[7:].rsplit("_", 1)[0])),
    "glc": lambda v: json.loads(base64.b64decode(v[4:])),
    "ops": lambda v: json.loads(b64any(v[4:])),
    "mapbox": lambda v: json.loads(b64any(v.split(".")[1])),
    "intercom": lambda v: assert_(base64.b64decode(v).startswith(b"tok:")),
    "elastic": lambda v: assert_(b":" in base64.b64decode(v, validate=True)),
    "discord": lambda v: assert_(b64any(v.split(".")[0]).isdigit()),
    "tsig": lambda v: assert_(len(base64.b64decode(v, validate=True)) >= 16),
    "json": lambda v: json.loads(v),
    "id": lambda v: None,   # an identifier anchor inside a secret region: not itself a secret
}


def assert_(cond):
    if not cond:
        raise AssertionError("check failed")


# ---------------------------------------------------------------- main
def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = os.path.abspath(sys.argv[1]).rstrip("/")
    with open(out + ".labels.json") as fh:
        data = json.load(fh)
    items = data["labels"] if isinstance(data, dict) else data     # as score.py's Labels
    with open(out + ".values.json") as fh:
        values = json.load(fh)
    if len(items) != len(values):
        err("labels.json and values.json differ in length")
        return finish()

    files = {}
    for root, _, names in os.walk(out):
        for n in names:
            full = os.path.join(root, n)
            rel = os.path.relpath(full, out)
            with open(full, encoding="utf-8", newline="") as fh:
                files[rel] = fh.read()
    lines = {p: t.splitlines() for p, t in files.items()}
    for p, t in files.items():
        if len(lines[p]) != t.count("\n") + (0 if t.endswith("\n") or not t else 1):
            err("%s: line breaks other than \\n / \\r\\n" % p)

    owner = {}
    n_checks = 0
    for lab, val in zip(items, values):
        for k in ("path", "line", "kind", "category"):
            if k not in lab:
                err("label without %s: %r" % (k, lab))
        if lab["kind"] not in ("secret", "negative"):
            err("bad kind %r" % lab)
        p = lab["path"]
        if p not in files:
            err("label for a missing file %s" % p)
            continue
        a, b = lab.get("span", [lab["line"], lab["line"]])
        if not (1 <= a <= b <= len(lines[p])) or a != lab["line"]:
            err("%s:%d: span outside the file" % (p, lab["line"]))
        for n in range(a, b + 1):
            if (p, n) in owner:
                err("%s:%d: two labels on one line" % (p, n))
            owner[(p, n)] = lab
        anchors = [[lab["line"], val["value"]]] if "value" in val else [x[:2] for x in val["anchors"]]
        for ln, v in anchors:
            if not found_at(lines[p], ln, v):
                err("%s:%d: value not on its line: %r" % (p, ln, v[:50]))
        if val.get("check"):
            vs = [val["value"]] if "value" in val else [x[1] for x in val["anchors"]]
            try:
                CHECKS[val["check"]]("\n".join(vs) if val["check"] in ("pem",) else vs[-1])
                n_checks += 1
            except Exception as e:  # noqa: BLE001
                err("%s:%d: check %s failed: %s" % (p, lab["line"], val["check"], e))
        if "anchors" in val:
            for x in val["anchors"]:
                if len(x) > 2:
                    try:
                        CHECKS[x[2]](x[1])
                        n_checks += 1
                    except Exception as e:  # noqa: BLE001
                        err("%s:%d: anchor check %s failed: %s" % (p, x[0], x[2], e))

    # PEM blocks anywhere (raw multi-line, or JSON-escaped on one line)
    n_pem = 0
    for p, t in files.items():
        for m in PEM_RE.finditer(t):
            start = t.count("\n", 0, m.start()) + 1
            end = t.count("\n", 0, m.end()) + 1
            n_pem += 1
            lbl = m.group(1)
            try:
                parse_pem_block(lbl, m.group(2))
            except Exception as e:  # noqa: BLE001
                err("%s:%d: PEM %s does not parse: %s" % (p, start, lbl, e))
            kinds = {owner.get((p, n), {}).get("kind") for n in range(start, end + 1)}
            if lbl in PRIVATE:
                if kinds != {"secret"}:
                    err("%s:%d: private key block not fully inside a secret label" % (p, start))
            elif "secret" in kinds:
                err("%s:%d: %s block inside a secret label" % (p, start, lbl))
        for i, line in enumerate(lines[p], 1):
            if "PRIVATE KEY-----" in line and "\\n" in line and "BEGIN" in line:
                n_pem += 1
                try:
                    parse_pem_text(line[line.index("-----BEGIN"):])
                except Exception as e:  # noqa: BLE001
                    err("%s:%d: escaped PEM does not parse: %s" % (p, i, e))
                if owner.get((p, i), {}).get("kind") != "secret":
                    err("%s:%d: escaped private key outside a secret label" % (p, i))

    # leak check
    secrets = set()
    for lab, val in zip(items, values):
        if lab["kind"] != "secret":
            continue
        vs = [val["value"]] if "value" in val else [x[1] for x in val["anchors"] if x[2:] != ["id"]]
        for v in vs:
            # single-line values only; key blocks are covered by the PEM rule above
            if "\n" not in v and len(v.strip()) >= 8:
                secrets.add(v.strip())
    for p, t in files.items():
        for s in secrets:
            pos = t.find(s)
            while pos != -1:
                ln = t.count("\n", 0, pos) + 1
                if owner.get((p, ln), {}).get("kind") != "secret":
                    err("%s:%d: secret value %r outside a secret label" % (p, ln, s[:40]))
                pos = t.find(s, pos + 1)
    gh = re.compile(r"\b(?:gh[pousr]_|npm_)[A-Za-z0-9]{36}\b")
    n_gh = 0
    for p, ls in lines.items():
        for i, line in enumerate(ls, 1):
            for m in gh.finditer(line):
                n_gh += 1
                kind = owner.get((p, i), {}).get("kind")
                want = "secret" if crc_ok(m.group(0)) else "negative"
                if kind != want:
                    err("%s:%d: %s token labelled %s, checksum says %s" % (p, i, m.group(0)[:8], kind, want))
    print("verify: %d files, %d labels (%d secret), %d format checks, %d PEM blocks, %d GitHub/npm tokens" % (
        len(files), len(items), sum(1 for l in items if l["kind"] == "secret"), n_checks, n_pem, n_gh))
    return finish()


def found_at(ls, ln, val):
    vl = val.split("\n")
    if ln < 1 or ln - 1 + len(vl) > len(ls):
        return False
    if len(vl) == 1:
        return vl[0] in ls[ln - 1]
    if not ls[ln - 1].endswith(vl[0]):
        return False
    if any(ls[ln - 1 + k] != vl[k] for k in range(1, len(vl) - 1)):
        return False
    return ls[ln - 2 + len(vl)].startswith(vl[-1])


def finish():
    if ERRORS:
        for e in ERRORS[:50]:
            print("FAIL", e)
        print("verify: %d problem(s)" % len(ERRORS))
        sys.exit(1)
    print("verify: OK")


if __name__ == "__main__":
    main()
