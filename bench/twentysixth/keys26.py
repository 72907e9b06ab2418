"""Real private keys from a seeded stream: Ed25519, X25519, P-256, RSA; DER, PEM, PKCS#1/#8, SEC1, OpenSSH,
JWK and a self-signed Ed25519 X.509 certificate (pure Python, so everything parses in openssl/ssh-keygen)."""

import base64
import hashlib
import struct

# ---------------------------------------------------------------- Ed25519 (RFC 8032)
_P = 2 ** 255 - 19
_L = 2 ** 252 + 27742317777372353535851937790883648493
_D = -121665 * pow(121666, _P - 2, _P) % _P
_I = pow(2, (_P - 1) // 4, _P)


def _xrecover(y):
    xx = (y * y - 1) * pow(_D * y * y + 1, _P - 2, _P)
    x = pow(xx, (_P + 3) // 8, _P)
    if (x * x - xx) % _P:
        x = x * _I % _P
    if x % 2:
        x = _P - x
    return x


_BY = 4 * pow(5, _P - 2, _P) % _P
_B = (_xrecover(_BY), _BY, 1, _xrecover(_BY) * _BY % _P)


def _add(p, q):
    x1, y1, z1, t1 = p
    x2, y2, z2, t2 = q
    a = (y1 - x1) * (y2 - x2) % _P
    b = (y1 + x1) * (y2 + x2) % _P
    c = 2 * t1 * t2 * _D % _P
    d = 2 * z1 * z2 % _P
    e, f, g, h = b - a, d - c, d + c, b + a
    return (e * f % _P, g * h % _P, f * g % _P, e * h % _P)


def _mul(s, p):
    q = (0, 1, 1, 0)
    while s:
        if s & 1:
            q = _add(q, p)
        p = _add(p, p)
        s >>= 1
    return q


def _enc(p):
    x, y, z, _ = p
    zi = pow(z, _P - 2, _P)
    x, y = x * zi % _P, y * zi % _P
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def _clamp(h):
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    return a


def ed25519_public(seed):
    return _enc(_mul(_clamp(hashlib.sha512(seed).digest()), _B))


def ed25519_sign(seed, msg):
    h = hashlib.sha512(seed).digest()
    a = _clamp(h)
    pub = _enc(_mul(a, _B))
    r = int.from_bytes(hashlib.sha512(h[32:] + msg).digest(), "little") % _L
    rb = _enc(_mul(r, _B))
    k = int.from_bytes(hashlib.sha512(rb + pub + msg).digest(), "little") % _L
    s = (r + k * a) % _L
    return rb + s.to_bytes(32, "little")


# ---------------------------------------------------------------- X25519 (RFC 7748)
def x25519_public(k):
    k = bytearray(k)
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    n = int.from_bytes(k, "little")
    x1, x2, z2, x3, z3, swap = 9, 1, 0, 9, 1, 0
    for t in reversed(range(255)):
        kt = (n >> t) & 1
        swap ^= kt
        if swap:
            x2, x3, z2, z3 = x3, x2, z3, z2
        swap = kt
        a, b = (x2 + z2) % _P, (x2 - z2) % _P
        aa, bb = a * a % _P, b * b % _P
        e = (aa - bb) % _P
        c, d = (x3 + z3) % _P, (x3 - z3) % _P
        da, cb = d * a % _P, c * b % _P
        x3 = (da + cb) ** 2 % _P
        z3 = x1 * (da - cb) ** 2 % _P
        x2 = aa * bb % _P
        z2 = e * (aa + 121665 * e) % _P
    if swap:
        x2, z2 = x3, z3
    return (x2 * pow(z2, _P - 2, _P) % _P).to_bytes(32, "little")


# ---------------------------------------------------------------- P-256
_EP = 2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1
_EA = _EP - 3
_EN = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
_EG = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
       0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)


def _ec_add(p, q):
    if p is None:
        return q
    if q is None:
        return p
    if p[0] == q[0] and (p[1] + q[1]) % _EP == 0:
        return None
    if p == q:
        lam = (3 * p[0] * p[0] + _EA) * pow(2 * p[1], _EP - 2, _EP) % _EP
    else:
        lam = (q[1] - p[1]) * pow(q[0] - p[0], _EP - 2, _EP) % _EP
    x = (lam * lam - p[0] - q[0]) % _EP
    return (x, (lam * (p[0] - x) - p[1]) % _EP)


def p256_public(d):
    q, p = None, _EG
    while d:
        if d & 1:
            q = _ec_add(q, p)
        p = _ec_add(p, p)
        d >>= 1
    return b"\x04" + q[0].to_bytes(32, "big") + q[1].to_bytes(32, "big")


# ---------------------------------------------------------------- RSA
_SMALL = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _probable_prime(n, rng):
    for p in _SMALL:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(24):
        a = rng.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(bits, rng):
    while True:
        n = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if _probable_prime(n, rng):
            return n


def rsa_generate(rng, bits=2048):
    e = 65537
    while True:
        p, q = _prime(bits // 2, rng), _prime(bits // 2, rng)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        if phi % e == 0:
            continue
        if p < q:
            p, q = q, p
        n = p * q
        if n.bit_length() != bits:
            continue
        d = pow(e, -1, phi)
        return {"n": n, "e": e, "d": d, "p": p, "q": q, "dp": d % (p - 1), "dq": d % (q - 1), "qi": pow(q, -1, p)}


# ---------------------------------------------------------------- DER
def _len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, body):
    return bytes([tag]) + _len(len(body)) + body


def der_int(n):
    b = n.to_bytes(max(1, (n.bit_length() + 8) // 8), "big")
    return tlv(0x02, b)


def seq(*parts):
    return tlv(0x30, b"".join(parts))


def octet(b):
    return tlv(0x04, b)


def bitstr(b):
    return tlv(0x03, b"\x00" + b)


def oid(dotted):
    nums = [int(x) for x in dotted.split(".")]
    out = bytes([40 * nums[0] + nums[1]])
    for n in nums[2:]:
        enc = [n & 0x7F]
        n >>= 7
        while n:
            enc.append(0x80 | (n & 0x7F))
            n >>= 7
        out += bytes(reversed(enc))
    return tlv(0x06, out)


NULL = b"\x05\x00"
OID_RSA = "1.2.840.113549.1.1.1"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_ED25519 = "1.3.101.112"
OID_X25519 = "1.3.101.110"


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    return ["-----BEGIN %s-----" % label] + [b[i:i + width] for i in range(0, len(b), width)] + \
           ["-----END %s-----" % label]


# ---------------------------------------------------------------- key objects
class Key:
    """type: ed25519 / p256 / rsa; priv: seed bytes, scalar int or RSA dict."""

    def __init__(self, ktype, priv):
        self.type = ktype
        self.priv = priv
        if ktype == "ed25519":
            self.pub = ed25519_public(priv)
        elif ktype == "p256":
            self.pub = p256_public(priv)
        else:
            self.pub = None

    # PKCS#1 / SEC1
    def pkcs1_der(self):
        k = self.priv
        return seq(der_int(0), der_int(k["n"]), der_int(k["e"]), der_int(k["d"]), der_int(k["p"]), der_int(k["q"]),
                   der_int(k["dp"]), der_int(k["dq"]), der_int(k["qi"]))

    def sec1_der(self, with_params=True):
        parts = [der_int(1), octet(self.priv.to_bytes(32, "big"))]
        if with_params:
            parts.append(tlv(0xA0, oid(OID_P256)))
        parts.append(tlv(0xA1, bitstr(self.pub)))
        return seq(*parts)

    def pkcs8_der(self):
        if self.type == "ed25519":
            return seq(der_int(0), seq(oid(OID_ED25519)), octet(octet(self.priv)))
        if self.type == "p256":
            return seq(der_int(0), seq(oid(OID_EC), oid(OID_P256)), octet(self.sec1_der(with_params=False)))
        return seq(der_int(0), seq(oid(OID_RSA), NULL), octet(self.pkcs1_der()))

    def spki_der(self):
        if self.type == "ed25519":
            return seq(seq(oid(OID_ED25519)), bitstr(self.pub))
        if self.type == "p256":
            return seq(seq(oid(OID_EC), oid(OID_P256)), bitstr(self.pub))
        return seq(seq(oid(OID_RSA), NULL), bitstr(seq(der_int(self.priv["n"]), der_int(self.priv["e"]))))

    def pem_traditional(self):
        if self.type == "rsa":
            return pem("RSA PRIVATE KEY", self.pkcs1_der())
        if self.type == "p256":
            return pem("EC PRIVATE KEY", self.sec1_der())
        return pem("PRIVATE KEY", self.pkcs8_der())

    def pem_pkcs8(self):
        return pem("PRIVATE KEY", self.pkcs8_der())

    def pem_public(self):
        return pem("PUBLIC KEY", self.spki_der())

    # OpenSSH
    def _ssh_pub_blob(self):
        if self.type == "ed25519":
            return _s(b"ssh-ed25519") + _s(self.pub)
        if self.type == "p256":
            return _s(b"ecdsa-sha2-nistp256") + _s(b"nistp256") + _s(self.pub)
        return _s(b"ssh-rsa") + _mpint(self.priv["e"]) + _mpint(self.priv["n"])

    def ssh_public(self, comment):
        name = {"ed25519": "ssh-ed25519", "p256": "ecdsa-sha2-nistp256", "rsa": "ssh-rsa"}[self.type]
        return "%s %s %s" % (name, base64.b64encode(self._ssh_pub_blob()).decode(), comment)

    def ssh_fingerprint(self):
        return "SHA256:" + base64.b64encode(hashlib.sha256(self._ssh_pub_blob()).digest()).decode().rstrip("=")

    def openssh_private(self, comment, check):
        if self.type == "ed25519":
            body = _s(b"ssh-ed25519") + _s(self.pub) + _s(self.priv + self.pub)
        elif self.type == "p256":
            body = _s(b"ecdsa-sha2-nistp256") + _s(b"nistp256") + _s(self.pub) + _mpint(self.priv)
        else:
            k = self.priv
            body = _s(b"ssh-rsa") + _mpint(k["n"]) + _mpint(k["e"]) + _mpint(k["d"]) + _mpint(k["qi"]) + \
                   _mpint(k["p"]) + _mpint(k["q"])
        inner = struct.pack(">II", check, check) + body + _s(comment.encode())
        pad = 1
        while len(inner) % 8:
            inner += bytes([pad])
            pad += 1
        blob = b"openssh-key-v1\x00" + _s(b"none") + _s(b"none") + _s(b"") + struct.pack(">I", 1) + \
               _s(self._ssh_pub_blob()) + _s(inner)
        b = base64.b64encode(blob).decode()
        return ["-----BEGIN OPENSSH PRIVATE KEY-----"] + [b[i:i + 70] for i in range(0, len(b), 70)] + \
               ["-----END OPENSSH PRIVATE KEY-----"]

    # JWK
    def jwk_private(self, kid):
        if self.type == "ed25519":
            return {"kty": "OKP", "crv": "Ed25519", "kid": kid, "x": _b64u(self.pub), "d": _b64u(self.priv)}
        if self.type == "p256":
            return {"kty": "EC", "crv": "P-256", "kid": kid, "x": _b64u(self.pub[1:33]), "y": _b64u(self.pub[33:]),
                    "d": _b64u(self.priv.to_bytes(32, "big"))}
        k = self.priv
        return {"kty": "RSA", "kid": kid, "n": _b64u(_ib(k["n"])), "e": _b64u(_ib(k["e"])), "d": _b64u(_ib(k["d"])),
                "p": _b64u(_ib(k["p"])), "q": _b64u(_ib(k["q"])), "dp": _b64u(_ib(k["dp"])),
                "dq": _b64u(_ib(k["dq"])), "qi": _b64u(_ib(k["qi"]))}

    def jwk_public(self, kid):
        full = self.jwk_private(kid)
        return {k: v for k, v in full.items() if k not in ("d", "p", "q", "dp", "dq", "qi")}


def _s(b):
    return struct.pack(">I", len(b)) + b


def _ib(n):
    return n.to_bytes((n.bit_length() + 7) // 8, "big")


def _mpint(n):
    b = _ib(n)
    if b and b[0] & 0x80:
        b = b"\x00" + b
    return _s(b)


def _b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def new_key(rng, ktype):
    if ktype == "ed25519":
        return Key("ed25519", bytes(rng.getrandbits(8) for _ in range(32)))
    if ktype == "p256":
        return Key("p256", rng.randrange(1, _EN))
    return Key("rsa", rsa_generate(rng, 2048))


# ---------------------------------------------------------------- X.509 (self-signed Ed25519)
def _name(cn, org, country):
    def rdn(o, val, tag=0x0C):
        return tlv(0x31, seq(oid(o), tlv(tag, val.encode())))
    return seq(rdn("2.5.4.6", country, 0x13), rdn("2.5.4.10", org), rdn("2.5.4.3", cn))


def _utc(y, m, d):
    return tlv(0x17, ("%02d%02d%02d000000Z" % (y % 100, m, d)).encode())


def self_signed_cert(key, rng, cn, org, country, year):
    serial = rng.getrandbits(120) | (1 << 119)
    alg = seq(oid(OID_ED25519))
    san = seq(oid("2.5.29.17"), octet(seq(tlv(0x82, cn.encode()))))
    tbs = seq(tlv(0xA0, der_int(2)), der_int(serial), alg, _name(cn, org, country),
              seq(_utc(year, 1 + rng.randrange(12), 1 + rng.randrange(28)), _utc(year + 2, 6, 30)),
              _name(cn, org, country), key.spki_der(), tlv(0xA3, seq(san)))
    sig = ed25519_sign(key.priv, tbs)
    return pem("CERTIFICATE", seq(tbs, alg, bitstr(sig)))
