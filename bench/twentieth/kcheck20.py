"""Parse private keys in every format the corpus writes and check that each one is internally consistent."""

import base64
import hashlib
import hmac
import json
import math
import re
import struct

import crypto20 as C
import keys20 as K


class KeyError20(Exception):
    pass


def _need(cond, msg):
    if not cond:
        raise KeyError20(msg)


def _rsa_ok(n, e, d, p, q, dp=None, dq=None, qi=None):
    _need(n == p * q, "RSA n != p*q")
    lam = (p - 1) * (q - 1) // math.gcd(p - 1, q - 1)
    _need(e * d % lam == 1, "RSA e*d != 1 mod lambda")
    if dp is not None:
        _need(dp == d % (p - 1) and dq == d % (q - 1), "RSA CRT exponents")
        _need(qi * q % p == 1, "RSA qi")
    _need(n.bit_length() >= 2048, "RSA modulus too small")
    return ("rsa", n)


def _ec_ok(d, Q=None):
    _need(0 < d < C.P256_N, "EC scalar range")
    R = C.p256_mul(d)
    if Q is not None:
        _need(R == Q, "EC Q != d*G")
    return ("ec", R)


def _ed_ok(seed, pub=None):
    _need(len(seed) == 32, "Ed25519 seed length")
    P = C.ed25519_public(seed)
    if pub is not None:
        _need(P == pub, "Ed25519 public key mismatch")
    return ("ed25519", P)


def _point(b):
    _need(len(b) == 65 and b[0] == 4, "EC point encoding")
    Q = (C.b2i(b[1:33]), C.b2i(b[33:]))
    _need(C.p256_on_curve(Q), "EC point not on curve")
    return Q


def parse_pkcs1(der):
    tag, body, end = C.der_parse(der)
    _need(tag == 0x30 and end == len(der), "PKCS#1 outer")
    f = [C.b2i(v) for t, v in C.der_children(body)]
    _need(len(f) == 9 and f[0] == 0, "PKCS#1 fields")
    return _rsa_ok(f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8])


def parse_sec1(der, need_params=True):
    tag, body, end = C.der_parse(der)
    _need(tag == 0x30 and end == len(der), "SEC1 outer")
    ch = C.der_children(body)
    _need(ch[0] == (0x02, b"\x01"), "SEC1 version")
    _need(ch[1][0] == 0x04 and len(ch[1][1]) == 32, "SEC1 scalar")
    d = C.b2i(ch[1][1])
    Q = None
    seen_params = False
    for t, v in ch[2:]:
        if t == 0xA0:
            _, oid, _ = C.der_parse(v)
            _need(C.der_oid_decode(oid) == K.OID_P256, "SEC1 curve")
            seen_params = True
        elif t == 0xA1:
            _, bits, _ = C.der_parse(v)
            Q = _point(bits[1:])
    if need_params:
        _need(seen_params, "SEC1 parameters missing")
    return _ec_ok(d, Q)


def parse_pkcs8(der):
    tag, body, end = C.der_parse(der)
    _need(tag == 0x30 and end == len(der), "PKCS#8 outer")
    ch = C.der_children(body)
    _need(ch[0] == (0x02, b"\x00"), "PKCS#8 version")
    alg = C.der_children(ch[1][1])
    oid = C.der_oid_decode(alg[0][1])
    _need(ch[2][0] == 0x04, "PKCS#8 octets")
    if oid == K.OID_RSA:
        return parse_pkcs1(ch[2][1])
    if oid == K.OID_EC:
        _need(C.der_oid_decode(alg[1][1]) == K.OID_P256, "PKCS#8 curve")
        return parse_sec1(ch[2][1], need_params=False)
    if oid == K.OID_ED25519:
        t, seed, _ = C.der_parse(ch[2][1])
        _need(t == 0x04, "PKCS#8 Ed25519 inner")
        return _ed_ok(seed)
    raise KeyError20("PKCS#8 unknown algorithm " + oid)


PEM_RE = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----\n(.*?)\n-----END \1-----", re.S)


def parse_pem(text):
    m = PEM_RE.search(text)
    _need(m, "no PEM block")
    label, body = m.group(1), m.group(2)
    for ln in body.split("\n"):
        _need(len(ln) <= 76, "PEM line too long")
    raw = base64.b64decode("".join(body.split()), validate=True)
    if label == "PRIVATE KEY":
        return "pkcs8", parse_pkcs8(raw)
    if label == "RSA PRIVATE KEY":
        return "pkcs1", parse_pkcs1(raw)
    if label == "EC PRIVATE KEY":
        return "sec1", parse_sec1(raw)
    if label == "OPENSSH PRIVATE KEY":
        return "openssh", parse_openssh_blob(raw)
    raise KeyError20("unexpected PEM label " + label)


class _R:
    def __init__(self, b):
        self.b, self.i = b, 0

    def u32(self):
        v = struct.unpack(">I", self.b[self.i:self.i + 4])[0]
        self.i += 4
        return v

    def s(self):
        n = self.u32()
        v = self.b[self.i:self.i + n]
        _need(len(v) == n, "truncated SSH string")
        self.i += n
        return v

    def mp(self):
        return C.b2i(self.s())

    def done(self):
        return self.i == len(self.b)


def _pub_from_blob(blob):
    r = _R(blob)
    alg = r.s().decode()
    if alg == "ssh-rsa":
        e, n = r.mp(), r.mp()
        return alg, ("rsa", n)
    if alg == "ecdsa-sha2-nistp256":
        _need(r.s() == b"nistp256", "curve name")
        return alg, ("ec", _point(r.s()))
    if alg == "ssh-ed25519":
        return alg, ("ed25519", r.s())
    raise KeyError20("ssh alg " + alg)


def parse_openssh_blob(raw):
    _need(raw.startswith(b"openssh-key-v1\x00"), "openssh magic")
    r = _R(raw[15:])
    _need(r.s() == b"none" and r.s() == b"none" and r.s() == b"", "openssh cipher/kdf")
    _need(r.u32() == 1, "openssh key count")
    pub = r.s()
    priv = _R(r.s())
    _need(r.done(), "openssh trailing data")
    c1, c2 = priv.u32(), priv.u32()
    _need(c1 == c2, "openssh check-ints")
    alg = priv.s().decode()
    if alg == "ssh-rsa":
        n, e, d, qi, p, q = (priv.mp() for _ in range(6))
        res = _rsa_ok(n, e, d, p, q)
        _need(qi * q % p == 1, "openssh iqmp")
    elif alg == "ecdsa-sha2-nistp256":
        _need(priv.s() == b"nistp256", "curve")
        Q = _point(priv.s())
        res = _ec_ok(priv.mp(), Q)
    elif alg == "ssh-ed25519":
        pk = priv.s()
        sk = priv.s()
        _need(sk[32:] == pk, "ed25519 sk tail")
        res = _ed_ok(sk[:32], pk)
    else:
        raise KeyError20("openssh alg " + alg)
    priv.s()  # comment
    rest = priv.b[priv.i:]
    _need(rest == bytes(range(1, len(rest) + 1)), "openssh padding")
    _need(len(priv.b) % 8 == 0, "openssh block size")
    _need(_pub_from_blob(pub)[1] == res, "openssh public blob mismatch")
    return res


def parse_ppk(text):
    lines = text.replace("\r\n", "\n").strip("\n").split("\n")
    m = re.match(r"PuTTY-User-Key-File-([23]): (\S+)$", lines[0])
    _need(m, "PPK header")
    ver, alg = int(m.group(1)), m.group(2)
    _need(lines[1] == "Encryption: none", "PPK encryption")
    _need(lines[2].startswith("Comment: "), "PPK comment")
    comment = lines[2][9:]
    i = 3
    npub = int(lines[i].split(": ")[1])
    pub = base64.b64decode("".join(lines[i + 1:i + 1 + npub]))
    i += 1 + npub
    npriv = int(lines[i].split(": ")[1])
    priv = base64.b64decode("".join(lines[i + 1:i + 1 + npriv]))
    i += 1 + npriv
    mac = lines[i].split(": ")[1]
    _need(i == len(lines) - 1, "PPK trailing lines")
    _need(K.ppk_mac(ver, alg, comment, pub, priv) == mac, "PPK MAC")
    palg, pk = _pub_from_blob(pub)
    _need(palg == alg, "PPK algorithm")
    r = _R(priv)
    if alg == "ssh-rsa":
        rp = _R(pub)
        rp.s()
        e, n = rp.mp(), rp.mp()
        d, p, q, qi = r.mp(), r.mp(), r.mp(), r.mp()
        res = _rsa_ok(n, e, d, p, q)
        _need(qi * q % p == 1, "PPK iqmp")
    elif alg == "ecdsa-sha2-nistp256":
        res = _ec_ok(r.mp(), pk[1])
    else:
        res = _ed_ok(r.s(), pk[1])
    _need(res == pk, "PPK public mismatch")
    return "ppk%d" % ver, res


def _ub(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def parse_jwk(d):
    if isinstance(d, str):
        d = json.loads(d)
    kty = d.get("kty")
    if kty == "RSA":
        f = {k: C.b2i(_ub(d[k])) for k in ("n", "e", "d", "p", "q", "dp", "dq", "qi")}
        return "jwk", _rsa_ok(f["n"], f["e"], f["d"], f["p"], f["q"], f["dp"], f["dq"], f["qi"])
    if kty == "EC":
        _need(d.get("crv") == "P-256", "JWK curve")
        Q = (C.b2i(_ub(d["x"])), C.b2i(_ub(d["y"])))
        return "jwk", _ec_ok(C.b2i(_ub(d["d"])), Q)
    if kty == "OKP":
        _need(d.get("crv") == "Ed25519", "JWK OKP curve")
        return "jwk", _ed_ok(_ub(d["d"]), _ub(d["x"]))
    raise KeyError20("JWK kty")


def parse_any(raw):
    """raw: canonical text of a key (PEM, OpenSSH, PPK, JWK JSON). Returns (format, (kind, public))."""
    s = raw.lstrip()
    if s.startswith("PuTTY-User-Key-File"):
        return parse_ppk(raw)
    if s.startswith("{"):
        return parse_jwk(raw)
    if s.startswith("-----BEGIN"):
        return parse_pem(raw)
    if re.fullmatch(r"[A-Za-z0-9+/=\s]+", s):  # bare base64 DER (PKCS#8)
        return "der-b64", parse_pkcs8(base64.b64decode("".join(s.split())))
    raise KeyError20("unrecognised key text")
