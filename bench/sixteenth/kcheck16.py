"""Private-key parsing and consistency checks for verify.py (stdlib only)."""

import base64
import hashlib
import hmac
import json
import re
import struct

from crypto16 import (P256_G, P256_N, cbc_decrypt, der_children, der_int, der_read, ed25519_public, evp_bytes_to_key,
                      p256_mul)

PEM_RE = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----\n(.*?)\n-----END \1-----", re.S)


class KeyError_(Exception):
    pass


def _need(cond, msg):
    if not cond:
        raise KeyError_(msg)


def check_rsa(n, e, d, p, q, dp=None, dq=None, qi=None):
    _need(n == p * q, "RSA n != p*q")
    lam = (p - 1) * (q - 1)
    _need((d * e) % lam == 1 or (d * e) % (lam // _gcd(p - 1, q - 1)) == 1, "RSA d*e != 1 mod lambda")
    if dp is not None:
        _need(dp == d % (p - 1) and dq == d % (q - 1) and (qi * q) % p == 1, "RSA CRT values wrong")


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def check_pkcs1(der):
    t, body, _ = der_read(der)
    f = [der_int(v) for _, v in der_children(body)]
    _need(len(f) == 9 and f[0] == 0, "PKCS#1 shape")
    check_rsa(f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8])
    return "rsa"


def check_sec1(der):
    _, body, _ = der_read(der)
    ch = der_children(body)
    _need(der_int(ch[0][1]) == 1, "SEC1 version")
    dd = der_int(ch[1][1])
    pub = [v for t, v in ch if t == 0xA1]
    _need(0 < dd < P256_N, "EC scalar range")
    if pub:
        _, bits, _ = der_read(pub[0])
        Q = p256_mul(dd, P256_G)
        _need(bits[1:] == b"\x04" + Q[0].to_bytes(32, "big") + Q[1].to_bytes(32, "big"), "EC public point mismatch")
    return "ec"


def check_pkcs8(der):
    _, body, _ = der_read(der)
    ch = der_children(body)
    _need(der_int(ch[0][1]) in (0, 1), "PKCS#8 version")
    alg = der_children(ch[1][1])
    oid = alg[0][1]
    inner = ch[2][1]
    if oid == bytes.fromhex("2a864886f70d010101"):
        return check_pkcs1(inner)
    if oid == bytes.fromhex("2a8648ce3d0201"):
        return check_sec1(inner)
    if oid == bytes.fromhex("2b6570"):
        _, seed, _ = der_read(inner)
        _need(len(seed) == 32, "Ed25519 seed length")
        return "ed25519"
    raise KeyError_("unknown PKCS#8 algorithm")


def check_pbes2(der, passphrase):
    _, body, _ = der_read(der)
    alg, ct = der_children(body)
    a = der_children(alg[1])
    params = der_children(a[1][1])
    kdf = der_children(params[0][1])
    kp = der_children(kdf[1][1])
    salt, iters = kp[0][1], der_int(kp[1][1])
    enc = der_children(params[1][1])
    iv = enc[1][1]
    key = hashlib.pbkdf2_hmac("sha256", passphrase.encode(), salt, iters, 32)
    return check_pkcs8(cbc_decrypt(key, iv, ct[1]))


def check_pem_block(label, b64, headers, passphrase):
    if headers:
        m = re.search(r"DEK-Info: AES-256-CBC,([0-9A-F]+)", headers)
        _need(m and passphrase, "encrypted PEM without passphrase")
        iv = bytes.fromhex(m.group(1))
        der = cbc_decrypt(evp_bytes_to_key(passphrase.encode(), iv[:8], 32), iv, base64.b64decode(b64))
    else:
        der = base64.b64decode(b64)
    if label == "RSA PRIVATE KEY":
        return check_pkcs1(der)
    if label == "EC PRIVATE KEY":
        return check_sec1(der)
    if label == "PRIVATE KEY":
        return check_pkcs8(der)
    if label == "ENCRYPTED PRIVATE KEY":
        _need(passphrase, "encrypted PKCS#8 without passphrase")
        return check_pbes2(der, passphrase)
    if label == "OPENSSH PRIVATE KEY":
        return check_openssh(base64.b64decode(b64))
    raise KeyError_("unexpected PEM label " + label)


def _rd(b, i):
    n = struct.unpack(">I", b[i:i + 4])[0]
    return b[i + 4:i + 4 + n], i + 4 + n


def _mpi(b):
    return int.from_bytes(b, "big")


def check_openssh(blob):
    _need(blob.startswith(b"openssh-key-v1\x00"), "OpenSSH magic")
    i = 15
    cipher, i = _rd(blob, i)
    kdf, i = _rd(blob, i)
    _, i = _rd(blob, i)
    _need(cipher == b"none" and kdf == b"none", "OpenSSH key is encrypted")
    i += 4
    pub, i = _rd(blob, i)
    priv, i = _rd(blob, i)
    _need(priv[:4] == priv[4:8], "OpenSSH check-ints differ")
    j = 8
    kt, j = _rd(priv, j)
    if kt == b"ssh-ed25519":
        pk, j = _rd(priv, j)
        sk, j = _rd(priv, j)
        _need(ed25519_public(sk[:32]) == pk and sk[32:] == pk, "Ed25519 public key mismatch")
        kind = "ed25519"
    elif kt == b"ssh-rsa":
        f = []
        for _ in range(6):
            x, j = _rd(priv, j)
            f.append(_mpi(x))
        n, e, d, qi, p, q = f
        check_rsa(n, e, d, p, q)
        _need((qi * q) % p == 1, "OpenSSH iqmp wrong")
        kind = "rsa"
    elif kt == b"ecdsa-sha2-nistp256":
        _, j = _rd(priv, j)
        point, j = _rd(priv, j)
        dd, j = _rd(priv, j)
        Q = p256_mul(_mpi(dd), P256_G)
        _need(point == b"\x04" + Q[0].to_bytes(32, "big") + Q[1].to_bytes(32, "big"), "OpenSSH EC point mismatch")
        kind = "ec"
    else:
        raise KeyError_("OpenSSH key type")
    _, j = _rd(priv, j)
    pad = priv[j:]
    _need(pad == bytes(range(1, len(pad) + 1)) and len(priv) % 8 == 0, "OpenSSH padding")
    return kind


def check_ppk(text):
    lines = text.split("\n")
    algo = lines[0].split(": ", 1)[1]
    enc = lines[1].split(": ", 1)[1]
    comment = lines[2].split(": ", 1)[1]
    np_ = int(lines[3].split(": ")[1])
    pub = base64.b64decode("".join(lines[4:4 + np_]))
    nv = int(lines[4 + np_].split(": ")[1])
    priv = base64.b64decode("".join(lines[5 + np_:5 + np_ + nv]))
    mac = lines[5 + np_ + nv].split(": ")[1]
    s = lambda x: struct.pack(">I", len(x)) + x  # noqa: E731
    data = s(algo.encode()) + s(enc.encode()) + s(comment.encode()) + s(pub) + s(priv)
    key = hashlib.sha1(b"putty-private-key-file-mac-key").digest()
    _need(hmac.new(key, data, hashlib.sha1).hexdigest() == mac, "PPK MAC mismatch")
    if algo == "ssh-rsa":
        _, i = _rd(pub, 0)
        e, i = _rd(pub, i)
        n, i = _rd(pub, i)
        f, j = [], 0
        for _ in range(4):
            x, j = _rd(priv, j)
            f.append(_mpi(x))
        d, p, q, qi = f
        check_rsa(_mpi(n), _mpi(e), d, p, q)
        return "rsa"
    _, i = _rd(pub, 0)
    pk, _ = _rd(pub, i)
    seed, _ = _rd(priv, 0)
    _need(ed25519_public(seed) == pk, "PPK Ed25519 mismatch")
    return "ed25519"


def _b64u(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def check_jwk(text):
    j = json.loads(text)
    if j["kty"] == "RSA":
        g = {k: _mpi(_b64u(j[k])) for k in ("n", "e", "d", "p", "q", "dp", "dq", "qi")}
        check_rsa(g["n"], g["e"], g["d"], g["p"], g["q"], g["dp"], g["dq"], g["qi"])
        return "rsa"
    if j["kty"] == "EC":
        Q = p256_mul(_mpi(_b64u(j["d"])), P256_G)
        _need(Q == (_mpi(_b64u(j["x"])), _mpi(_b64u(j["y"]))), "JWK EC mismatch")
        return "ec"
    _need(ed25519_public(_b64u(j["d"])) == _b64u(j["x"]), "JWK Ed25519 mismatch")
    return "ed25519"


def check_value(value, check):
    """Parse a labelled private-key value; returns the key type or raises KeyError_."""
    fmt = check.get("format")
    pp = check.get("passphrase")
    text = value
    if fmt == "escaped":
        text = value.replace("\\n", "\n")
    elif fmt == "base64-pem":
        text = base64.b64decode(value).decode()
    elif fmt == "base64-der":
        return check_pkcs8(base64.b64decode(value))
    elif fmt == "jwk":
        return check_jwk(value)
    elif fmt == "ppk":
        return check_ppk(value)
    text = "\n".join(ln.strip() for ln in text.split("\n"))
    text = text.replace("```\n", "")
    m = re.search(r"-----BEGIN ([A-Z0-9 ]+)-----\n(.*?)-----END \1-----", text, re.S)
    _need(m, "no PEM block")
    label, body = m.group(1), m.group(2)
    headers = ""
    if "Proc-Type:" in body:
        headers, body = body.split("\n\n", 1)
    return check_pem_block(label, "".join(body.split()), headers, pp)
