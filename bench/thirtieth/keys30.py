"""Real Ed25519, P-256 and RSA-2048 keys made in pure Python from a seeded stream, and their encodings:
PKCS#1, SEC1, PKCS#8, SPKI (PEM), OpenSSH private/public keys and a self-signed Ed25519 X.509 certificate."""

import base64
import hashlib
import struct

# ---------------------------------------------------------------- DER
def _len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, body):
    return bytes([tag]) + _len(len(body)) + body


def seq(*items):
    return tlv(0x30, b"".join(items))


def integer(n):
    b = n.to_bytes(max(1, (n.bit_length() + 8) // 8), "big")
    return tlv(0x02, b)


def octets(b):
    return tlv(0x04, b)


def bitstr(b):
    return tlv(0x03, b"\x00" + b)


def null():
    return b"\x05\x00"


def oid(dotted):
    parts = [int(x) for x in dotted.split(".")]
    out = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7F))
            p >>= 7
        out += bytes(reversed(enc))
    return tlv(0x06, out)


def ctx(n, body, constructed=True):
    return tlv((0xA0 if constructed else 0x80) | n, body)


def utf8(s):
    return tlv(0x0C, s.encode())


def gtime(s):
    return tlv(0x18, s.encode())


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    return ["-----BEGIN %s-----" % label] + [b[i:i + width] for i in range(0, len(b), width)] + ["-----END %s-----" % label]


# ---------------------------------------------------------------- Ed25519 (RFC 8032)
P25519 = 2 ** 255 - 19
L25519 = 2 ** 252 + 27742317777372353535851937790883648493
D25519 = -121665 * pow(121666, P25519 - 2, P25519) % P25519
I25519 = pow(2, (P25519 - 1) // 4, P25519)


def _xrecover(y):
    xx = (y * y - 1) * pow(D25519 * y * y + 1, P25519 - 2, P25519)
    x = pow(xx, (P25519 + 3) // 8, P25519)
    if (x * x - xx) % P25519:
        x = x * I25519 % P25519
    if x % 2:
        x = P25519 - x
    return x


_BY = 4 * pow(5, P25519 - 2, P25519) % P25519
_B = (_xrecover(_BY), _BY, 1, _xrecover(_BY) * _BY % P25519)


def _edd(P, Q):
    x1, y1, z1, t1 = P
    x2, y2, z2, t2 = Q
    a = (y1 - x1) * (y2 - x2) % P25519
    b = (y1 + x1) * (y2 + x2) % P25519
    c = t1 * 2 * D25519 * t2 % P25519
    d = z1 * 2 * z2 % P25519
    e, f, g, h = b - a, d - c, d + c, b + a
    return (e * f % P25519, g * h % P25519, f * g % P25519, e * h % P25519)


def _edmul(s, P):
    Q = (0, 1, 1, 0)
    while s:
        if s & 1:
            Q = _edd(Q, P)
        P = _edd(P, P)
        s >>= 1
    return Q


def _edenc(P):
    x, y, z, _ = P
    zi = pow(z, P25519 - 2, P25519)
    x, y = x * zi % P25519, y * zi % P25519
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def _clamp(h):
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    return a


def ed25519_pub(seed):
    return _edenc(_edmul(_clamp(hashlib.sha512(seed).digest()), _B))


def ed25519_sign(seed, msg):
    h = hashlib.sha512(seed).digest()
    a = _clamp(h)
    A = _edenc(_edmul(a, _B))
    r = int.from_bytes(hashlib.sha512(h[32:] + msg).digest(), "little") % L25519
    R = _edenc(_edmul(r, _B))
    k = int.from_bytes(hashlib.sha512(R + A + msg).digest(), "little") % L25519
    S = (r + k * a) % L25519
    return R + S.to_bytes(32, "little")


# ---------------------------------------------------------------- P-256
PP = 0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF
PA = PP - 3
PN = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
PG = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
      0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)


def _padd(P, Q):
    if P is None:
        return Q
    if Q is None:
        return P
    if P[0] == Q[0] and (P[1] + Q[1]) % PP == 0:
        return None
    if P == Q:
        lam = (3 * P[0] * P[0] + PA) * pow(2 * P[1], -1, PP) % PP
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, PP) % PP
    x = (lam * lam - P[0] - Q[0]) % PP
    return (x, (lam * (P[0] - x) - P[1]) % PP)


def p256_pub(d):
    R, P = None, PG
    while d:
        if d & 1:
            R = _padd(R, P)
        P = _padd(P, P)
        d >>= 1
    return b"\x04" + R[0].to_bytes(32, "big") + R[1].to_bytes(32, "big")


# ---------------------------------------------------------------- RSA
_SMALL = [p for p in range(3, 2000, 2) if all(p % q for q in range(3, int(p ** 0.5) + 1, 2))]


def _probable_prime(n, r):
    for p in _SMALL:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(24):
        a = r.randrange(2, n - 2)
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


def _prime(r, bits, e):
    while True:
        n = r.getrandbits(bits) | (3 << (bits - 2)) | 1
        if n % e != 1 and _probable_prime(n, r):
            return n


def rsa_key(r, bits=2048, e=65537):
    while True:
        p, q = _prime(r, bits // 2, e), _prime(r, bits // 2, e)
        if p == q:
            continue
        if p < q:
            p, q = q, p
        n = p * q
        if n.bit_length() != bits:
            continue
        d = pow(e, -1, (p - 1) * (q - 1))
        return {"n": n, "e": e, "d": d, "p": p, "q": q}


# ---------------------------------------------------------------- key objects
OID_ED25519 = "1.3.101.112"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_RSA = "1.2.840.113549.1.1.1"


class Key:
    def __init__(self, kind, r):
        self.kind = kind
        if kind == "ed25519":
            self.seed = r.raw(32)
            self.pub = ed25519_pub(self.seed)
        elif kind == "p256":
            self.d = r.randrange(1, PN)
            self.pub = p256_pub(self.d)
        else:
            self.rsa = rsa_key(r)

    # DER bodies
    def pkcs1(self):
        k = self.rsa
        return seq(integer(0), integer(k["n"]), integer(k["e"]), integer(k["d"]), integer(k["p"]), integer(k["q"]),
                   integer(k["d"] % (k["p"] - 1)), integer(k["d"] % (k["q"] - 1)), integer(pow(k["q"], -1, k["p"])))

    def sec1(self, with_params=True):
        parts = [integer(1), octets(self.d.to_bytes(32, "big"))]
        if with_params:
            parts.append(ctx(0, oid(OID_P256)))
        parts.append(ctx(1, bitstr(self.pub)))
        return seq(*parts)

    def pkcs8(self):
        if self.kind == "ed25519":
            return seq(integer(0), seq(oid(OID_ED25519)), octets(octets(self.seed)))
        if self.kind == "p256":
            return seq(integer(0), seq(oid(OID_EC), oid(OID_P256)), octets(self.sec1(with_params=False)))
        return seq(integer(0), seq(oid(OID_RSA), null()), octets(self.pkcs1()))

    def spki(self):
        if self.kind == "ed25519":
            return seq(seq(oid(OID_ED25519)), bitstr(self.pub))
        if self.kind == "p256":
            return seq(seq(oid(OID_EC), oid(OID_P256)), bitstr(self.pub))
        return seq(seq(oid(OID_RSA), null()), bitstr(seq(integer(self.rsa["n"]), integer(self.rsa["e"]))))

    # PEM forms
    def pem_pkcs8(self):
        return pem("PRIVATE KEY", self.pkcs8())

    def pem_native(self):
        if self.kind == "rsa":
            return pem("RSA PRIVATE KEY", self.pkcs1())
        if self.kind == "p256":
            return pem("EC PRIVATE KEY", self.sec1())
        return self.pem_pkcs8()

    def pem_public(self):
        return pem("PUBLIC KEY", self.spki())

    # OpenSSH
    @staticmethod
    def _s(b):
        if isinstance(b, str):
            b = b.encode()
        return struct.pack(">I", len(b)) + b

    @staticmethod
    def _mp(n):
        b = n.to_bytes((n.bit_length() + 8) // 8, "big") if n else b""
        return Key._s(b)

    def ssh_type(self):
        return {"ed25519": "ssh-ed25519", "p256": "ecdsa-sha2-nistp256", "rsa": "ssh-rsa"}[self.kind]

    def ssh_pub_blob(self):
        if self.kind == "ed25519":
            return self._s("ssh-ed25519") + self._s(self.pub)
        if self.kind == "p256":
            return self._s("ecdsa-sha2-nistp256") + self._s("nistp256") + self._s(self.pub)
        return self._s("ssh-rsa") + self._mp(self.rsa["e"]) + self._mp(self.rsa["n"])

    def ssh_public(self, comment):
        return "%s %s %s" % (self.ssh_type(), base64.b64encode(self.ssh_pub_blob()).decode(), comment)

    def ssh_private(self, comment, checkint):
        if self.kind == "ed25519":
            body = self._s("ssh-ed25519") + self._s(self.pub) + self._s(self.seed + self.pub)
        elif self.kind == "p256":
            body = self._s("ecdsa-sha2-nistp256") + self._s("nistp256") + self._s(self.pub) + self._mp(self.d)
        else:
            k = self.rsa
            body = (self._s("ssh-rsa") + self._mp(k["n"]) + self._mp(k["e"]) + self._mp(k["d"])
                    + self._mp(pow(k["q"], -1, k["p"])) + self._mp(k["p"]) + self._mp(k["q"]))
        priv = struct.pack(">II", checkint, checkint) + body + self._s(comment)
        i = 1
        while len(priv) % 8:
            priv += bytes([i])
            i += 1
        blob = (b"openssh-key-v1\x00" + self._s("none") + self._s("none") + self._s(b"") + struct.pack(">I", 1)
                + self._s(self.ssh_pub_blob()) + self._s(priv))
        b = base64.b64encode(blob).decode()
        return (["-----BEGIN OPENSSH PRIVATE KEY-----"] + [b[i:i + 70] for i in range(0, len(b), 70)]
                + ["-----END OPENSSH PRIVATE KEY-----"])

    def jwk_private(self, kid):
        def u(n, size=None):
            b = n.to_bytes(size or (n.bit_length() + 7) // 8, "big")
            return base64.urlsafe_b64encode(b).decode().rstrip("=")
        if self.kind == "ed25519":
            return {"kty": "OKP", "crv": "Ed25519", "kid": kid,
                    "x": base64.urlsafe_b64encode(self.pub).decode().rstrip("="),
                    "d": base64.urlsafe_b64encode(self.seed).decode().rstrip("=")}
        if self.kind == "p256":
            return {"kty": "EC", "crv": "P-256", "kid": kid, "x": u(int.from_bytes(self.pub[1:33], "big"), 32),
                    "y": u(int.from_bytes(self.pub[33:], "big"), 32), "d": u(self.d, 32)}
        k = self.rsa
        return {"kty": "RSA", "kid": kid, "n": u(k["n"]), "e": u(k["e"]), "d": u(k["d"]), "p": u(k["p"]),
                "q": u(k["q"]), "dp": u(k["d"] % (k["p"] - 1)), "dq": u(k["d"] % (k["q"] - 1)),
                "qi": u(pow(k["q"], -1, k["p"]))}


def ed25519_cert(key, cn, serial, not_before="20250101000000Z", not_after="20351231235959Z"):
    """A self-signed X.509 v3 certificate for an Ed25519 key (public material, a negative)."""
    name = seq(tlv(0x31, seq(oid("2.5.4.3"), utf8(cn))))
    alg = seq(oid(OID_ED25519))
    tbs = seq(ctx(0, integer(2)), integer(serial), alg, name, seq(gtime(not_before), gtime(not_after)), name,
              key.spki())
    sig = ed25519_sign(key.seed, tbs)
    return pem("CERTIFICATE", seq(tbs, alg, bitstr(sig)))
