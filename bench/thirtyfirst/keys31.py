"""Real Ed25519, P-256 and RSA-2048 keys generated in pure Python from a seeded stream, with their DER / PEM /
OpenSSH encodings and a self-signed Ed25519 X.509 certificate (a public, negative artefact)."""

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


def der_int(v):
    b = v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big")
    return tlv(0x02, b)


def seq(*parts):
    return tlv(0x30, b"".join(parts))


def der_set(*parts):
    return tlv(0x31, b"".join(parts))


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


def octets(b):
    return tlv(0x04, b)


def bits(b):
    return tlv(0x03, b"\x00" + b)


NULL = b"\x05\x00"
OID_RSA = "1.2.840.113549.1.1.1"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_ED = "1.3.101.112"


def pem(label, der, width=64):
    s = base64.b64encode(der).decode()
    return ["-----BEGIN %s-----" % label] + [s[i:i + width] for i in range(0, len(s), width)] + ["-----END %s-----" % label]


# ---------------------------------------------------------------- Ed25519 (RFC 8032)
EP = 2 ** 255 - 19
EL = 2 ** 252 + 27742317777372353535851937790883648493
ED = -121665 * pow(121666, EP - 2, EP) % EP
EI = pow(2, (EP - 1) // 4, EP)


def _recover_x(y, sign):
    x2 = (y * y - 1) * pow(ED * y * y + 1, EP - 2, EP) % EP
    x = pow(x2, (EP + 3) // 8, EP)
    if (x * x - x2) % EP:
        x = x * EI % EP
    if x & 1 != sign:
        x = EP - x
    return x


_BY = 4 * pow(5, EP - 2, EP) % EP
_BX = _recover_x(_BY, 0)
EB = (_BX, _BY, 1, _BX * _BY % EP)


def _eadd(p, q):
    a = (p[1] - p[0]) * (q[1] - q[0]) % EP
    b = (p[1] + p[0]) * (q[1] + q[0]) % EP
    c = p[3] * 2 * ED * q[3] % EP
    d = p[2] * 2 * q[2] % EP
    e, f, g, h = b - a, d - c, d + c, b + a
    return (e * f % EP, g * h % EP, f * g % EP, e * h % EP)


def _emul(s, p):
    q = (0, 1, 1, 0)
    while s:
        if s & 1:
            q = _eadd(q, p)
        p = _eadd(p, p)
        s >>= 1
    return q


def _eenc(p):
    zi = pow(p[2], EP - 2, EP)
    x, y = p[0] * zi % EP, p[1] * zi % EP
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def _clamp(h):
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    return a | (1 << 254)


def ed_public(seed):
    return _eenc(_emul(_clamp(hashlib.sha512(seed).digest()), EB))


def ed_sign(seed, msg):
    h = hashlib.sha512(seed).digest()
    a = _clamp(h)
    pub = _eenc(_emul(a, EB))
    r = int.from_bytes(hashlib.sha512(h[32:] + msg).digest(), "little") % EL
    rr = _eenc(_emul(r, EB))
    k = int.from_bytes(hashlib.sha512(rr + pub + msg).digest(), "little") % EL
    return rr + ((r + k * a) % EL).to_bytes(32, "little")


# ---------------------------------------------------------------- P-256
PP = 2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1
PN = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
PG = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
      0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)


def _padd(p, q):
    if p is None:
        return q
    if q is None:
        return p
    if p[0] == q[0]:
        if (p[1] + q[1]) % PP == 0:
            return None
        lam = (3 * p[0] * p[0] - 3) * pow(2 * p[1], PP - 2, PP) % PP
    else:
        lam = (q[1] - p[1]) * pow(q[0] - p[0], PP - 2, PP) % PP
    x = (lam * lam - p[0] - q[0]) % PP
    return (x, (lam * (p[0] - x) - p[1]) % PP)


def p256_public(d):
    q, p = None, PG
    while d:
        if d & 1:
            q = _padd(q, p)
        p = _padd(p, p)
        d >>= 1
    return b"\x04" + q[0].to_bytes(32, "big") + q[1].to_bytes(32, "big")


# ---------------------------------------------------------------- RSA
_SMALL = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


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


def _prime(r, nbits):
    while True:
        c = r.getrandbits(nbits) | (3 << (nbits - 2)) | 1
        if c % 65537 != 1 and _probable_prime(c, r):
            return c


class Key:
    """kind: 'ed25519' | 'p256' | 'rsa'."""

    def __init__(self, kind, r):
        self.kind = kind
        if kind == "ed25519":
            self.seed = bytes(r.getrandbits(8) for _ in range(32))
            self.pub = ed_public(self.seed)
        elif kind == "p256":
            self.d = r.randrange(1, PN)
            self.pub = p256_public(self.d)
        else:
            while True:
                p, q = _prime(r, 1024), _prime(r, 1024)
                n = p * q
                if p != q and n.bit_length() == 2048:
                    break
            if p < q:
                p, q = q, p
            self.e = 65537
            self.p, self.q, self.n = p, q, n
            self.d = pow(self.e, -1, (p - 1) * (q - 1))
            self.dp, self.dq, self.qi = self.d % (p - 1), self.d % (q - 1), pow(q, -1, p)

    # -- DER
    def pkcs1_der(self):
        return seq(*[der_int(v) for v in (0, self.n, self.e, self.d, self.p, self.q, self.dp, self.dq, self.qi)])

    def sec1_der(self, with_params=True):
        parts = [der_int(1), octets(self.d.to_bytes(32, "big"))]
        if with_params:
            parts.append(tlv(0xA0, oid(OID_P256)))
        parts.append(tlv(0xA1, bits(self.pub)))
        return seq(*parts)

    def pkcs8_der(self):
        if self.kind == "ed25519":
            return seq(der_int(0), seq(oid(OID_ED)), octets(octets(self.seed)))
        if self.kind == "p256":
            return seq(der_int(0), seq(oid(OID_EC), oid(OID_P256)), octets(self.sec1_der(False)))
        return seq(der_int(0), seq(oid(OID_RSA), NULL), octets(self.pkcs1_der()))

    def spki_der(self):
        if self.kind == "ed25519":
            return seq(seq(oid(OID_ED)), bits(self.pub))
        if self.kind == "p256":
            return seq(seq(oid(OID_EC), oid(OID_P256)), bits(self.pub))
        return seq(seq(oid(OID_RSA), NULL), bits(seq(der_int(self.n), der_int(self.e))))

    # -- PEM
    def pkcs8_pem(self):
        return pem("PRIVATE KEY", self.pkcs8_der())

    def trad_pem(self):
        if self.kind == "rsa":
            return pem("RSA PRIVATE KEY", self.pkcs1_der())
        if self.kind == "p256":
            return pem("EC PRIVATE KEY", self.sec1_der())
        return self.pkcs8_pem()

    def spki_pem(self):
        return pem("PUBLIC KEY", self.spki_der())

    # -- OpenSSH
    def _ssh_type(self):
        return {"ed25519": "ssh-ed25519", "p256": "ecdsa-sha2-nistp256", "rsa": "ssh-rsa"}[self.kind]

    def ssh_pub_blob(self):
        t = self._ssh_type()
        if self.kind == "ed25519":
            return _s(t) + _s(self.pub)
        if self.kind == "p256":
            return _s(t) + _s("nistp256") + _s(self.pub)
        return _s(t) + _mp(self.e) + _mp(self.n)

    def ssh_pub_line(self, comment):
        return "%s %s %s" % (self._ssh_type(), base64.b64encode(self.ssh_pub_blob()).decode(), comment)

    def openssh_private(self, comment, r):
        t = self._ssh_type()
        check = r.getrandbits(32)
        body = struct.pack(">II", check, check) + _s(t)
        if self.kind == "ed25519":
            body += _s(self.pub) + _s(self.seed + self.pub)
        elif self.kind == "p256":
            body += _s("nistp256") + _s(self.pub) + _mp(self.d)
        else:
            body += _mp(self.n) + _mp(self.e) + _mp(self.d) + _mp(self.qi) + _mp(self.p) + _mp(self.q)
        body += _s(comment)
        i = 1
        while len(body) % 8:
            body += bytes([i])
            i += 1
        blob = (b"openssh-key-v1\x00" + _s("none") + _s("none") + _s(b"") + struct.pack(">I", 1)
                + _s(self.ssh_pub_blob()) + _s(body))
        return pem("OPENSSH PRIVATE KEY", blob, 70)

    def fingerprint(self):
        return "SHA256:" + base64.b64encode(hashlib.sha256(self.ssh_pub_blob()).digest()).decode().rstrip("=")


def _s(v):
    if isinstance(v, str):
        v = v.encode()
    return struct.pack(">I", len(v)) + v


def _mp(v):
    b = v.to_bytes((v.bit_length() + 8) // 8, "big") if v else b""
    return _s(b)


def _name(cn, org):
    return seq(der_set(seq(oid("2.5.4.10"), tlv(0x0C, org.encode()))),
               der_set(seq(oid("2.5.4.3"), tlv(0x0C, cn.encode()))))


def ed_certificate(key, cn, org, r, year=2025):
    """Self-signed Ed25519 X.509 v3 certificate (public material)."""
    serial = int.from_bytes(bytes([r.randrange(1, 0x7F)]) + bytes(r.getrandbits(8) for _ in range(15)), "big")
    nb = ("%02d0%d01000000Z" % (year % 100, r.randrange(1, 9))).encode()
    na = ("%02d0%d01000000Z" % ((year + 3) % 100, r.randrange(1, 9))).encode()
    tbs = seq(tlv(0xA0, der_int(2)), der_int(serial), seq(oid(OID_ED)), _name(cn, org),
              seq(tlv(0x17, nb), tlv(0x17, na)), _name(cn, org), key.spki_der())
    return pem("CERTIFICATE", seq(tbs, seq(oid(OID_ED)), bits(ed_sign(key.seed, tbs))))
