"""Real Ed25519, P-256 and RSA-2048 keys in pure Python, from a seeded stream; PEM / OpenSSH / JWK encodings,
SPKI public keys and a self-signed Ed25519 certificate (negative material)."""

import base64
import hashlib
import struct

from core29 import b64u

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


def seq(*items):
    return tlv(0x30, b"".join(items))


def octets(b):
    return tlv(0x04, b)


def bits(b):
    return tlv(0x03, b"\x00" + b)


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


def pem(label, der):
    b = base64.b64encode(der).decode()
    body = "\n".join(b[i:i + 64] for i in range(0, len(b), 64))
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, body, label)


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


def _clamp(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    return a, h[32:]


def ed25519_pub(seed):
    a, _ = _clamp(seed)
    return _enc(_mul(a, _B))


def ed25519_sign(seed, msg):
    a, prefix = _clamp(seed)
    pub = _enc(_mul(a, _B))
    r = int.from_bytes(hashlib.sha512(prefix + msg).digest(), "little") % _L
    R = _enc(_mul(r, _B))
    k = int.from_bytes(hashlib.sha512(R + pub + msg).digest(), "little") % _L
    s = (r + k * a) % _L
    return R + s.to_bytes(32, "little")


# ---------------------------------------------------------------- P-256
_p = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
_a = _p - 3
_n = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
_G = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
      0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def _ec_add(P, Q):
    if P is None:
        return Q
    if Q is None:
        return P
    if P[0] == Q[0] and (P[1] + Q[1]) % _p == 0:
        return None
    if P == Q:
        lam = (3 * P[0] * P[0] + _a) * pow(2 * P[1], _p - 2, _p) % _p
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], _p - 2, _p) % _p
    x = (lam * lam - P[0] - Q[0]) % _p
    return (x, (lam * (P[0] - x) - P[1]) % _p)


def p256_pub(d):
    R, Q = None, _G
    while d:
        if d & 1:
            R = _ec_add(R, Q)
        Q = _ec_add(Q, Q)
        d >>= 1
    return b"\x04" + R[0].to_bytes(32, "big") + R[1].to_bytes(32, "big")


# ---------------------------------------------------------------- RSA
_SMALL = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _probable_prime(n, r):
    if any(n % p == 0 for p in _SMALL):
        return n in _SMALL
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


def _prime(r, bitlen):
    while True:
        c = r.getrandbits(bitlen) | (1 << (bitlen - 1)) | (1 << (bitlen - 2)) | 1
        if _probable_prime(c, r):
            return c


def rsa_key(r, bitlen=2048):
    e = 65537
    while True:
        p, q = _prime(r, bitlen // 2), _prime(r, bitlen // 2)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        try:
            d = pow(e, -1, phi)
        except ValueError:
            continue
        n = p * q
        if n.bit_length() != bitlen:
            continue
        if p < q:
            p, q = q, p
        return {"n": n, "e": e, "d": d, "p": p, "q": q,
                "dp": d % (p - 1), "dq": d % (q - 1), "qi": pow(q, -1, p)}


# ---------------------------------------------------------------- keys
OID_ED25519 = "1.3.101.112"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_RSA = "1.2.840.113549.1.1.1"


class Key:
    def __init__(self, kind, r):
        self.kind = kind
        if kind == "ed25519":
            self.seed = bytes(r.getrandbits(8) for _ in range(32))
            self.pub = ed25519_pub(self.seed)
        elif kind == "p256":
            self.d = r.randrange(1, _n)
            self.pub = p256_pub(self.d)
        elif kind == "rsa":
            self.rsa = rsa_key(r)
        else:
            raise ValueError(kind)
        self.check = r.getrandbits(32)

    # private encodings
    def pkcs8_der(self):
        if self.kind == "ed25519":
            return seq(der_int(0), seq(oid(OID_ED25519)), octets(octets(self.seed)))
        if self.kind == "p256":
            inner = seq(der_int(1), octets(self.d.to_bytes(32, "big")), tlv(0xa1, bits(self.pub)))
            return seq(der_int(0), seq(oid(OID_EC), oid(OID_P256)), octets(inner))
        return seq(der_int(0), seq(oid(OID_RSA), b"\x05\x00"), octets(self.pkcs1_der()))

    def pkcs1_der(self):
        k = self.rsa
        return seq(*[der_int(x) for x in (0, k["n"], k["e"], k["d"], k["p"], k["q"], k["dp"], k["dq"], k["qi"])])

    def sec1_der(self):
        return seq(der_int(1), octets(self.d.to_bytes(32, "big")), tlv(0xa0, oid(OID_P256)), tlv(0xa1, bits(self.pub)))

    def pem_pkcs8(self):
        return pem("PRIVATE KEY", self.pkcs8_der())

    def pem_traditional(self):
        if self.kind == "rsa":
            return pem("RSA PRIVATE KEY", self.pkcs1_der())
        if self.kind == "p256":
            return pem("EC PRIVATE KEY", self.sec1_der())
        return self.pem_pkcs8()

    def spki_der(self):
        if self.kind == "ed25519":
            return seq(seq(oid(OID_ED25519)), bits(self.pub))
        if self.kind == "p256":
            return seq(seq(oid(OID_EC), oid(OID_P256)), bits(self.pub))
        k = self.rsa
        return seq(seq(oid(OID_RSA), b"\x05\x00"), bits(seq(der_int(k["n"]), der_int(k["e"]))))

    def pem_public(self):
        return pem("PUBLIC KEY", self.spki_der())

    # OpenSSH
    def _ssh_pub_blob(self):
        if self.kind == "ed25519":
            return _sstr(b"ssh-ed25519") + _sstr(self.pub)
        if self.kind == "p256":
            return _sstr(b"ecdsa-sha2-nistp256") + _sstr(b"nistp256") + _sstr(self.pub)
        k = self.rsa
        return _sstr(b"ssh-rsa") + _mpint(k["e"]) + _mpint(k["n"])

    def ssh_type(self):
        return {"ed25519": "ssh-ed25519", "p256": "ecdsa-sha2-nistp256", "rsa": "ssh-rsa"}[self.kind]

    def openssh_public(self, comment):
        return "%s %s %s" % (self.ssh_type(), base64.b64encode(self._ssh_pub_blob()).decode(), comment)

    def openssh_private(self, comment):
        pub = self._ssh_pub_blob()
        ck = struct.pack(">II", self.check, self.check)
        if self.kind == "ed25519":
            priv = _sstr(b"ssh-ed25519") + _sstr(self.pub) + _sstr(self.seed + self.pub)
        elif self.kind == "p256":
            priv = _sstr(b"ecdsa-sha2-nistp256") + _sstr(b"nistp256") + _sstr(self.pub) + _mpint(self.d)
        else:
            k = self.rsa
            priv = _sstr(b"ssh-rsa") + b"".join(_mpint(k[x]) for x in ("n", "e", "d", "qi", "p", "q"))
        body = ck + priv + _sstr(comment.encode())
        pad = 1
        while len(body) % 8:
            body += bytes([pad])
            pad += 1
        blob = (b"openssh-key-v1\x00" + _sstr(b"none") + _sstr(b"none") + _sstr(b"") + struct.pack(">I", 1)
                + _sstr(pub) + _sstr(body))
        b = base64.b64encode(blob).decode()
        lines = [b[i:i + 70] for i in range(0, len(b), 70)]
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % "\n".join(lines)

    def fingerprint(self):
        return "SHA256:" + base64.b64encode(hashlib.sha256(self._ssh_pub_blob()).digest()).decode().rstrip("=")

    # JWK
    def jwk(self, kid, private=True):
        if self.kind == "ed25519":
            j = {"kty": "OKP", "crv": "Ed25519", "x": b64u(self.pub)}
            if private:
                j["d"] = b64u(self.seed)
        elif self.kind == "p256":
            j = {"kty": "EC", "crv": "P-256", "x": b64u(self.pub[1:33]), "y": b64u(self.pub[33:])}
            if private:
                j["d"] = b64u(self.d.to_bytes(32, "big"))
        else:
            k = self.rsa
            i2b = lambda n: b64u(n.to_bytes((n.bit_length() + 7) // 8, "big"))
            j = {"kty": "RSA", "n": i2b(k["n"]), "e": i2b(k["e"])}
            if private:
                for a, b_ in (("d", "d"), ("p", "p"), ("q", "q"), ("dp", "dp"), ("dq", "dq"), ("qi", "qi")):
                    j[a] = i2b(k[b_])
        j["kid"] = kid
        return j


def _sstr(b):
    return struct.pack(">I", len(b)) + b


def _mpint(n):
    b = n.to_bytes((n.bit_length() + 8) // 8, "big") if n else b""
    return _sstr(b)


def _name(cn, org):
    def rdn(o, v):
        return tlv(0x31, seq(oid(o), tlv(0x0c, v.encode())))
    return seq(rdn("2.5.4.10", org), rdn("2.5.4.3", cn))


def self_signed_cert(key, cn, org, serial, not_before, not_after):
    """A self-signed X.509 v3 certificate for an Ed25519 key (a public, negative item)."""
    assert key.kind == "ed25519"
    alg = seq(oid(OID_ED25519))
    name = _name(cn, org)
    validity = seq(tlv(0x17, not_before.encode()), tlv(0x17, not_after.encode()))
    tbs = seq(tlv(0xa0, der_int(2)), der_int(serial), alg, name, validity, name, key.spki_der())
    sig = ed25519_sign(key.seed, tbs)
    return pem("CERTIFICATE", seq(tbs, alg, bits(sig)))
