"""Offline structural checks for verify.py: a small DER reader, private-key consistency checks (RSA,
P-256, Ed25519 in PKCS#1/SEC1/PKCS#8, OpenSSH, JWK, .NET XML) and token checks (CRC32, PyPI macaroon,
JFrog reference token, base64 JSON, Discord, OpenAI marker, UUID, age bech32, Azure Storage key, JWT).
Each check returns None when fine, or a string describing the problem."""

import base64
import binascii
import json
import re
import struct

import tkeys as K
from tvals import bech32_ok, crc_token_ok


# ---------------------------------------------------------------- DER
def der(b, i=0):
    """Read one TLV at i; returns (tag, content bytes, next index)."""
    tag = b[i]
    n = b[i + 1]
    i += 2
    if n & 0x80:
        k = n & 0x7F
        if k == 0 or k > 4:
            raise ValueError("bad length")
        n = int.from_bytes(b[i:i + k], "big")
        i += k
    if i + n > len(b):
        raise ValueError("truncated DER")
    return tag, b[i:i + n], i + n


def seq(b):
    out, i = [], 0
    while i < len(b):
        t, c, i = der(b, i)
        out.append((t, c))
    return out


def top(b):
    t, c, j = der(b)
    if j != len(b):
        raise ValueError("trailing bytes after DER")
    return t, c


def ival(c):
    return int.from_bytes(c, "big")


def _rsa_ok(n, e, d, p, q, dp=None, dq=None, qi=None):
    if p * q != n:
        return "RSA n != p*q"
    if (d * e) % ((p - 1) * (q - 1) // _gcd(p - 1, q - 1)) != 1:
        return "RSA d*e != 1"
    if dp is not None and (dp != d % (p - 1) or dq != d % (q - 1) or (qi * q) % p != 1):
        return "RSA CRT parameters inconsistent"
    return None


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def check_pkcs1(b):
    t, c = top(b)
    f = [ival(x) for tg, x in seq(c)]
    if t != 0x30 or len(f) != 9 or f[0] != 0:
        return "not an RSAPrivateKey"
    return _rsa_ok(*f[1:])


def check_sec1(b):
    t, c = top(b)
    parts = seq(c)
    if t != 0x30 or ival(parts[0][1]) != 1 or parts[1][0] != 0x04:
        return "not an ECPrivateKey"
    d = ival(parts[1][1])
    if not 0 < d < K.N:
        return "EC scalar out of range"
    for tg, x in parts[2:]:
        if tg == 0xA1:
            _, bits = top(x)
            pt = bits[1:]
            Q = K.ec_mul(d)
            if pt != b"\x04" + K.ibytes(Q[0], 32) + K.ibytes(Q[1], 32):
                return "EC public point != d*G"
    return None


def check_pkcs8(b):
    t, c = top(b)
    parts = seq(c)
    if t != 0x30 or ival(parts[0][1]) not in (0, 1):
        return "not a PrivateKeyInfo"
    alg = seq(parts[1][1])
    oid = alg[0][1]
    inner = parts[2][1]
    if oid == K.OID(K.OID_RSA)[2:]:
        return check_pkcs1(inner)
    if oid == K.OID(K.OID_EC)[2:]:
        return check_sec1(inner)
    if oid == K.OID(K.OID_ED25519)[2:]:
        tg, seed = top(inner)
        return None if tg == 0x04 and len(seed) == 32 else "bad Ed25519 seed"
    return "unknown key algorithm"


def check_public_der(b):
    t, c = top(b)
    if t != 0x30:
        return "not a SEQUENCE"
    seq(c)
    return None


# ---------------------------------------------------------------- PEM and OpenSSH
PEM_RE = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \1-----", re.S)


def pem_blocks(text):
    """PEM blocks in text: (label, der bytes). Accepts indentation and JSON-style \\n escapes."""
    t = text.replace("\\n", "\n").replace("\\r", "")
    out = []
    for m in PEM_RE.finditer(t):
        body = re.sub(r"[^A-Za-z0-9+/=]", "", "".join(l.strip().strip('"\',') for l in m.group(2).split("\n")))
        out.append((m.group(1), base64.b64decode(body, validate=True)))
    return out


def check_private_block(label, raw):
    try:
        if label == "RSA PRIVATE KEY":
            return check_pkcs1(raw)
        if label == "EC PRIVATE KEY":
            return check_sec1(raw)
        if label == "PRIVATE KEY":
            return check_pkcs8(raw)
        if label == "OPENSSH PRIVATE KEY":
            return check_openssh(raw)
    except (ValueError, IndexError, struct.error, binascii.Error) as e:
        return "unparseable %s: %s" % (label, e)
    return "unexpected PEM label %s" % label


def _sstr(b, i):
    n = struct.unpack(">I", b[i:i + 4])[0]
    if i + 4 + n > len(b):
        raise ValueError("truncated string")
    return b[i + 4:i + 4 + n], i + 4 + n


def check_openssh(b):
    magic = b"openssh-key-v1\x00"
    if not b.startswith(magic):
        return "bad OpenSSH magic"
    i = len(magic)
    cipher, i = _sstr(b, i)
    kdf, i = _sstr(b, i)
    _, i = _sstr(b, i)
    if cipher != b"none" or kdf != b"none":
        return "encrypted OpenSSH key"
    if struct.unpack(">I", b[i:i + 4])[0] != 1:
        return "not one key"
    pub, i = _sstr(b, i + 4)
    priv, i = _sstr(b, i)
    if i != len(b) or len(priv) % 8:
        return "bad OpenSSH framing"
    c1, c2 = struct.unpack(">II", priv[:8])
    if c1 != c2:
        return "OpenSSH check-ints differ"
    kt, j = _sstr(priv, 8)
    pkt, _ = _sstr(pub, 0)
    if kt != pkt:
        return "OpenSSH key types differ"
    if kt == b"ssh-ed25519":
        pk, j = _sstr(priv, j)
        sk, j = _sstr(priv, j)
        if len(sk) != 64 or sk[32:] != pk or K.ed_public(sk[:32]) != pk:
            return "Ed25519 public part inconsistent"
    elif kt == b"ssh-rsa":
        f = []
        for _ in range(6):
            v, j = _sstr(priv, j)
            f.append(int.from_bytes(v, "big"))
        n, e, d, qi, p, q = f
        err = _rsa_ok(n, e, d, p, q)
        if err or (qi * q) % p != 1:
            return err or "RSA iqmp wrong"
    elif kt == b"ecdsa-sha2-nistp256":
        _, j = _sstr(priv, j)
        pt, j = _sstr(priv, j)
        dv, j = _sstr(priv, j)
        Q = K.ec_mul(int.from_bytes(dv, "big"))
        if pt != b"\x04" + K.ibytes(Q[0], 32) + K.ibytes(Q[1], 32):
            return "ECDSA public point != d*G"
    else:
        return "unknown OpenSSH key type"
    _, j = _sstr(priv, j)           # comment
    pad = priv[j:]
    if pad != bytes(range(1, len(pad) + 1)):
        return "bad OpenSSH padding"
    return None


def _b64u(s):
    return int.from_bytes(base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)), "big")


def check_jwk(text):
    j = json.loads(text)
    if j["kty"] == "RSA":
        return _rsa_ok(*[_b64u(j[k]) for k in ("n", "e", "d", "p", "q", "dp", "dq", "qi")])
    if j["kty"] == "EC":
        Q = K.ec_mul(_b64u(j["d"]))
        return None if (Q[0], Q[1]) == (_b64u(j["x"]), _b64u(j["y"])) else "EC JWK inconsistent"
    if j["kty"] == "OKP":
        d = base64.urlsafe_b64decode(j["d"] + "=" * (-len(j["d"]) % 4))
        x = base64.urlsafe_b64decode(j["x"] + "=" * (-len(j["x"]) % 4))
        return None if K.ed_public(d) == x else "OKP JWK inconsistent"
    return "unknown kty"


def check_rsa_xml(text):
    f = {k: int.from_bytes(base64.b64decode(v), "big") for k, v in re.findall(r"<(\w+)>([A-Za-z0-9+/=]+)</\1>", text)}
    return _rsa_ok(f["Modulus"], f["Exponent"], f["D"], f["P"], f["Q"], f["DP"], f["DQ"], f["InverseQ"])


# ---------------------------------------------------------------- value checks by name
def _b64json_ok(v):
    if v.startswith("sntrys_"):
        s = v[7:].rsplit("_", 1)[0]
    elif v.startswith(("glc_", "ops_")):
        s = v[4:]
    elif v.startswith("sk."):
        s = v.split(".")[1]
    else:
        return "no base64 JSON part"
    if not s.startswith("eyJ"):
        return "base64 JSON part does not start with eyJ"
    json.loads(base64.urlsafe_b64decode(s.replace("+", "-").replace("/", "_") + "=" * (-len(s) % 4)))
    return None


def _pypi_ok(v):
    s = v[len("pypi-"):]
    b = base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))
    return None if b.startswith(b"\x02\x01\x08pypi.org") and b[-34:-32] == b"\x06\x20" else "bad PyPI macaroon"


def _jwt_ok(v):
    h, p, s = v.split(".")
    for part in (h, p):
        json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    return None


def _single_pem(v, want_private=True):
    blocks = pem_blocks(v)
    if len(blocks) != 1:
        return "expected one PEM block, found %d" % len(blocks)
    return check_private_block(*blocks[0])


def check_value(check, v):
    try:
        if check == "crc":
            return None if crc_token_ok(v, v[:4]) else "bad CRC32 checksum"
        if check == "pypi":
            return _pypi_ok(v)
        if check == "jfrog-ref":
            return None if base64.b64decode(v + "=" * (-len(v) % 4))[:7] == b"reftkn:" else "bad JFrog reference token"
        if check == "b64json":
            return _b64json_ok(v)
        if check == "discord":
            p = v.split(".")[0]
            return None if base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)).isdigit() else "bad Discord snowflake"
        if check == "openai":
            return None if "T3BlbkFJ" in v else "no OpenAI marker"
        if check == "uuid":
            return None if re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", v) else "bad UUID"
        if check == "age":
            return None if v.startswith("AGE-SECRET-KEY-1") and bech32_ok(v) else "bad age key"
        if check == "azure-storage":
            k = re.search(r"AccountKey=([A-Za-z0-9+/=]+)", v).group(1)
            return None if len(base64.b64decode(k)) == 64 else "Azure key is not 64 bytes"
        if check == "jwt":
            return _jwt_ok(v)
        if check == "pub-pem":
            blocks = pem_blocks(v)
            return check_public_der(blocks[0][1]) if len(blocks) == 1 and "PRIVATE" not in blocks[0][0] else "bad public PEM"
        if check in ("pem", "pem-json"):
            return _single_pem(v)
        if check == "pem-b64":
            return _single_pem(base64.b64decode(v).decode())
        if check == "der-b64":
            return check_pkcs8(base64.b64decode(v))
        if check == "openssh":
            return _single_pem("\n".join(l.strip() for l in v.split("\n")))
        if check == "jwk":
            return check_jwk(v)
        if check == "rsa-xml":
            return check_rsa_xml(v)
    except Exception as e:  # noqa: BLE001 - any parse failure is a verify failure
        return "%s check raised %s: %s" % (check, type(e).__name__, e)
    return "unknown check %r" % check
