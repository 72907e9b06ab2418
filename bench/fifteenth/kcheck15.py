"""Offline private-key checks used by verify.py.

check_key(value) takes a labelled private-key value as it appears in the corpus (PEM, indented PEM,
JSON-escaped PEM, base64 of a PEM, base64 DER, compact JWK) and returns a list of problems (empty = the
key parses and is internally consistent: RSA n = p*q, d*e = 1 mod lcm, CRT values; EC Q = d*G;
Ed25519 public from seed; OpenSSH check-ints and padding).
"""

import base64
import json
import math
import re
import struct

from curves15 import (P256_N, ec_mul, ec_on_curve, ed25519_public, der_read, der_children, der_oid, der_int,
                      OID_RSA, OID_EC, OID_P256, OID_ED25519)


def _rsa(n, e, d, p, q, dp=None, dq=None, qi=None):
    errs = []
    if n != p * q:
        errs.append("rsa n != p*q")
    lam = (p - 1) * (q - 1) // math.gcd(p - 1, q - 1)
    if d * e % lam != 1:
        errs.append("rsa d*e != 1")
    if dp is not None and (dp != d % (p - 1) or dq != d % (q - 1) or qi * q % p != 1):
        errs.append("rsa CRT values wrong")
    if n.bit_length() < 1024:
        errs.append("rsa modulus too small")
    return errs


def _ec(d, point):
    if not 0 < d < P256_N:
        return ["ec d out of range"]
    if point[0] != 4 or len(point) != 65:
        return ["ec point not uncompressed"]
    Q = (int.from_bytes(point[1:33], "big"), int.from_bytes(point[33:], "big"))
    if not ec_on_curve(Q) or ec_mul(d) != Q:
        return ["ec Q != d*G"]
    return []


def check_pkcs1(der):
    t, body, _ = der_read(der)
    f = [der_int(b) for _, b in der_children(body)]
    if len(f) != 9:
        return ["pkcs1: %d fields" % len(f)]
    return _rsa(f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8])


def check_sec1(der, need_params=True):
    _, body, _ = der_read(der)
    ch = der_children(body)
    d = int.from_bytes(ch[1][1], "big")
    point = None
    for tag, b in ch[2:]:
        if tag == 0xa0 and der_oid(der_read(b)[1]) != OID_P256:
            return ["sec1: curve is not P-256"]
        if tag == 0xa1:
            point = der_read(b)[1][1:]
    if point is None:
        return ["sec1: no public key to compare"]
    return _ec(d, point)


def check_pkcs8(der):
    _, body, _ = der_read(der)
    ch = der_children(body)
    alg = der_children(ch[1][1])
    oid = der_oid(alg[0][1])
    inner = ch[2][1]
    if oid == OID_RSA:
        return check_pkcs1(inner)
    if oid == OID_EC:
        return check_sec1(inner)
    if oid == OID_ED25519:
        seed = der_read(inner)[1]
        return [] if len(seed) == 32 else ["ed25519 seed length"]
    return ["pkcs8: unknown algorithm " + oid]


def _ssh_str(buf, pos):
    n = struct.unpack(">I", buf[pos:pos + 4])[0]
    return buf[pos + 4:pos + 4 + n], pos + 4 + n


def check_openssh(blob):
    if not blob.startswith(b"openssh-key-v1\x00"):
        return ["openssh magic"]
    pos = 15
    cipher, pos = _ssh_str(blob, pos)
    kdf, pos = _ssh_str(blob, pos)
    _, pos = _ssh_str(blob, pos)
    if cipher != b"none" or kdf != b"none":
        return ["openssh key is encrypted"]
    pos += 4
    pub, pos = _ssh_str(blob, pos)
    priv, pos = _ssh_str(blob, pos)
    c1, c2 = struct.unpack(">II", priv[:8])
    if c1 != c2:
        return ["openssh check-ints differ"]
    p = 8
    kt, p = _ssh_str(priv, p)
    fields = []
    counts = {b"ssh-rsa": 6, b"ecdsa-sha2-nistp256": 3, b"ssh-ed25519": 2}
    if kt not in counts:
        return ["openssh key type %r" % kt]
    for _ in range(counts[kt]):
        v, p = _ssh_str(priv, p)
        fields.append(v)
    _, p = _ssh_str(priv, p)                      # comment
    pad = priv[p:]
    if pad != bytes(range(1, len(pad) + 1)) or len(priv) % 8:
        return ["openssh padding"]
    if kt == b"ssh-rsa":
        n, e, d, iqmp, pp, q = [int.from_bytes(x, "big") for x in fields]
        errs = _rsa(n, e, d, pp, q)
        return errs + ([] if iqmp * q % pp == 1 else ["openssh iqmp"])
    if kt == b"ssh-ed25519":
        return [] if ed25519_public(fields[1][:32]) == fields[0] and fields[1][32:] == fields[0] else ["ed25519 pub"]
    return _ec(int.from_bytes(fields[2], "big"), fields[1])


PEM_RE = re.compile(r"-----BEGIN ([A-Z ]+)-----(.*?)-----END \1-----", re.S)


def check_pem(text):
    blocks = PEM_RE.findall(text)
    if not blocks:
        return ["no PEM block"]
    errs = []
    for label, body in blocks:
        b64 = "".join(line.strip() for line in body.strip().splitlines())
        try:
            der = base64.b64decode(b64, validate=True)
        except ValueError:
            return ["bad base64 in " + label]
        if label == "RSA PRIVATE KEY":
            errs += check_pkcs1(der)
        elif label == "EC PRIVATE KEY":
            errs += check_sec1(der)
        elif label == "PRIVATE KEY":
            errs += check_pkcs8(der)
        elif label == "OPENSSH PRIVATE KEY":
            errs += check_openssh(der)
        elif "PRIVATE" in label:
            errs.append("unexpected label " + label)
    return errs


def _b64d(s):
    s = s.strip()
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def check_jwk(text):
    j = json.loads(text)
    i = lambda k: int.from_bytes(_b64d(j[k]), "big")
    if j["kty"] == "RSA":
        return _rsa(i("n"), i("e"), i("d"), i("p"), i("q"), i("dp"), i("dq"), i("qi"))
    if j["kty"] == "EC":
        return _ec(i("d"), b"\x04" + _b64d(j["x"]) + _b64d(j["y"]))
    if j["kty"] == "OKP":
        return [] if ed25519_public(_b64d(j["d"])) == _b64d(j["x"]) else ["okp x != pub(d)"]
    return ["jwk kty"]


def check_dotnet_xml(text):
    f = dict(re.findall(r"<(\w+)>([^<]*)</\1>", text))
    i = lambda k: int.from_bytes(base64.b64decode(f[k]), "big")
    return _rsa(i("Modulus"), i("Exponent"), i("D"), i("P"), i("Q"), i("DP"), i("DQ"), i("InverseQ"))


def check_key(value):
    """Return a list of problems for one labelled private-key value."""
    try:
        v = value
        if "-----BEGIN" in v:
            if "\\n" in v and "\n" not in v:
                v = v.replace("\\n", "\n")
            return check_pem(v)
        if v.lstrip().startswith("<RSAKeyValue>"):
            return check_dotnet_xml(v)
        if v.lstrip().startswith("{"):
            return check_jwk(v)
        raw = base64.b64decode(v.strip(), validate=True)
        if raw.startswith(b"-----BEGIN"):
            return check_pem(raw.decode())
        if raw.startswith(b"openssh-key-v1"):
            return check_openssh(raw)
        errs = check_pkcs8(raw)
        return errs if not errs or errs[0].startswith("rsa") else check_pkcs1(raw)
    except (ValueError, KeyError, IndexError, struct.error, TypeError) as e:
        return ["key does not parse: %s" % e]
