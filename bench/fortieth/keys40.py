"""Pure-Python Ed25519, P-256 and RSA-2048 keys, DER, PKCS#1 / SEC1 / PKCS#8 / SPKI, OpenSSH, JWK, X.509."""

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


def d_int(v):
    b = v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big")
    return tlv(0x02, b)


def d_seq(*items):
    return tlv(0x30, b"".join(items))


def d_oid(s):
    p = [int(x) for x in s.split(".")]
    out = bytes([40 * p[0] + p[1]])
    for v in p[2:]:
        enc = [v & 0x7F]
        v >>= 7
        while v:
            enc.insert(0, 0x80 | (v & 0x7F))
            v >>= 7
        out += bytes(enc)
    return tlv(0x06, out)


def d_oct(b):
    return tlv(0x04, b)


def d_bits(b):  # BIT STRING with no unused bits
    return tlv(0x03, b"\x00" + b)


NULL = b"\x05\x00"
OID_RSA, OID_EC, OID_P256, OID_ED = "1.2.840.113549.1.1.1", "1.2.840.10045.2.1", "1.2.840.10045.3.1.7", "1.3.101.112"


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(b[i:i + width] for i in range(0, len(b), width)), label)


# ---------------------------------------------------------------- Ed25519
P25 = 2 ** 255 - 19
L25 = 2 ** 252 + 27742317777372353535851937790883648493
D25 = -121665 * pow(121666, P25 - 2, P25) % P25
I25 = pow(2, (P25 - 1) // 4, P25)


def _xrecover(y):
    xx = (y * y - 1) * pow(D25 * y * y + 1, P25 - 2, P25)
    x = pow(xx, (P25 + 3) // 8, P25)
    if (x * x - xx) % P25:
        x = x * I25 % P25
    return P25 - x if x % 2 else x


_BY = 4 * pow(5, P25 - 2, P25) % P25
BASE25 = (_xrecover(_BY), _BY, 1, _xrecover(_BY) * _BY % P25)


def _eadd(a, b):
    x1, y1, z1, t1 = a
    x2, y2, z2, t2 = b
    A = (y1 - x1) * (y2 - x2) % P25
    B = (y1 + x1) * (y2 + x2) % P25
    C = t1 * 2 * D25 * t2 % P25
    Dd = z1 * 2 * z2 % P25
    E, F, G, H = B - A, Dd - C, Dd + C, B + A
    return (E * F % P25, G * H % P25, F * G % P25, E * H % P25)


def _emul(k, pt):
    q = (0, 1, 1, 0)
    while k:
        if k & 1:
            q = _eadd(q, pt)
        pt = _eadd(pt, pt)
        k >>= 1
    return q


def _eenc(pt):
    x, y, z, _ = pt
    zi = pow(z, P25 - 2, P25)
    x, y = x * zi % P25, y * zi % P25
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


class Ed25519:
    def __init__(self, seed):
        self.seed = seed
        h = hashlib.sha512(seed).digest()
        a = int.from_bytes(h[:32], "little")
        a &= (1 << 254) - 8
        a |= 1 << 254
        self.a, self.prefix = a, h[32:]
        self.pub = _eenc(_emul(a, BASE25))

    def sign(self, msg):
        r = int.from_bytes(hashlib.sha512(self.prefix + msg).digest(), "little") % L25
        R = _eenc(_emul(r, BASE25))
        k = int.from_bytes(hashlib.sha512(R + self.pub + msg).digest(), "little") % L25
        return R + ((r + k * self.a) % L25).to_bytes(32, "little")

    def pkcs8(self):
        return d_seq(d_int(0), d_seq(d_oid(OID_ED)), d_oct(d_oct(self.seed)))

    def spki(self):
        return d_seq(d_seq(d_oid(OID_ED)), d_bits(self.pub))

    sigalg = d_seq(d_oid(OID_ED))


# ---------------------------------------------------------------- P-256
PP = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
PN = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
PB = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b
PG = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
      0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def _jdbl(p):
    x, y, z = p
    if not y:
        return (0, 1, 0)
    yy = y * y % PP
    s = 4 * x * yy % PP
    zz = z * z % PP
    m = 3 * (x - zz) * (x + zz) % PP
    x3 = (m * m - 2 * s) % PP
    return (x3, (m * (s - x3) - 8 * yy * yy) % PP, 2 * y * z % PP)


def _jadd(p, q):
    if not p[2]:
        return q
    if not q[2]:
        return p
    z1z1, z2z2 = p[2] * p[2] % PP, q[2] * q[2] % PP
    u1, u2 = p[0] * z2z2 % PP, q[0] * z1z1 % PP
    s1, s2 = p[1] * q[2] * z2z2 % PP, q[1] * p[2] * z1z1 % PP
    if u1 == u2:
        return _jdbl(p) if s1 == s2 else (0, 1, 0)
    h, r = (u2 - u1) % PP, (s2 - s1) % PP
    hh = h * h % PP
    hhh = h * hh % PP
    v = u1 * hh % PP
    x3 = (r * r - hhh - 2 * v) % PP
    return (x3, (r * (v - x3) - s1 * hhh) % PP, h * p[2] * q[2] % PP)


def p256_mul(k, pt=PG):
    acc, cur = (0, 1, 0), (pt[0], pt[1], 1)
    while k:
        if k & 1:
            acc = _jadd(acc, cur)
        cur = _jdbl(cur)
        k >>= 1
    zi = pow(acc[2], PP - 2, PP)
    return (acc[0] * zi * zi % PP, acc[1] * zi * zi * zi % PP)


class P256:
    def __init__(self, d):
        self.d = d
        self.x, self.y = p256_mul(d)
        self.point = b"\x04" + self.x.to_bytes(32, "big") + self.y.to_bytes(32, "big")

    def sign(self, msg):
        e = int.from_bytes(hashlib.sha256(msg).digest(), "big")
        ctr = 0
        while True:
            k = int.from_bytes(hashlib.sha256(self.d.to_bytes(32, "big") + msg + bytes([ctr])).digest(), "big") % PN
            ctr += 1
            if not k:
                continue
            r = p256_mul(k)[0] % PN
            s = pow(k, PN - 2, PN) * (e + r * self.d) % PN
            if r and s:
                return d_seq(d_int(r), d_int(s))

    def sec1(self, with_params=True):
        parts = [d_int(1), d_oct(self.d.to_bytes(32, "big"))]
        if with_params:
            parts.append(tlv(0xA0, d_oid(OID_P256)))
        parts.append(tlv(0xA1, d_bits(self.point)))
        return d_seq(*parts)

    def pkcs8(self):
        return d_seq(d_int(0), d_seq(d_oid(OID_EC), d_oid(OID_P256)), d_oct(self.sec1(False)))

    def spki(self):
        return d_seq(d_seq(d_oid(OID_EC), d_oid(OID_P256)), d_bits(self.point))

    sigalg = d_seq(d_oid("1.2.840.10045.4.3.2"))


# ---------------------------------------------------------------- RSA-2048
SMALL = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _probable_prime(n, rng):
    for p in SMALL:
        if n % p == 0:
            return False
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    for _ in range(24):
        x = pow(rng.randrange(2, n - 2), d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(rng, bits):
    while True:
        c = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if (c - 1) % 65537 and _probable_prime(c, rng):
            return c


class RSA:
    def __init__(self, rng, bits=2048):
        while True:
            p, q = _prime(rng, bits // 2), _prime(rng, bits // 2)
            if p != q and (p * q).bit_length() == bits:
                break
        if p < q:
            p, q = q, p
        self.p, self.q, self.n, self.e = p, q, p * q, 65537
        self.d = pow(self.e, -1, (p - 1) * (q - 1))
        self.dp, self.dq, self.qi = self.d % (p - 1), self.d % (q - 1), pow(q, -1, p)

    def pkcs1(self):
        return d_seq(*[d_int(v) for v in (0, self.n, self.e, self.d, self.p, self.q, self.dp, self.dq, self.qi)])

    def pkcs8(self):
        return d_seq(d_int(0), d_seq(d_oid(OID_RSA), NULL), d_oct(self.pkcs1()))

    def spki(self):
        return d_seq(d_seq(d_oid(OID_RSA), NULL), d_bits(d_seq(d_int(self.n), d_int(self.e))))

    def sign(self, msg):
        info = bytes.fromhex("3031300d060960864801650304020105000420") + hashlib.sha256(msg).digest()
        k = (self.n.bit_length() + 7) // 8
        em = b"\x00\x01" + b"\xff" * (k - len(info) - 3) + b"\x00" + info
        return pow(int.from_bytes(em, "big"), self.d, self.n).to_bytes(k, "big")

    sigalg = d_seq(d_oid("1.2.840.113549.1.1.11"), NULL)


# ---------------------------------------------------------------- X.509 (self-signed CA)
def _name(cn, org, country):
    def rdn(oid, val, tag):
        return tlv(0x31, d_seq(d_oid(oid), tlv(tag, val.encode())))
    return d_seq(rdn("2.5.4.6", country, 0x13), rdn("2.5.4.10", org, 0x0C), rdn("2.5.4.3", cn, 0x0C))


def _utc(y, mo, d):
    return tlv(0x17, ("%02d%02d%02d000000Z" % (y % 100, mo, d)).encode())


def certificate(key, rng, cn, org, country):
    serial = rng.getrandbits(120) | (1 << 119)
    y, mo, d = 2024 + rng.randint(0, 1), rng.randint(1, 12), rng.randint(1, 28)
    name = _name(cn, org, country)
    spki = key.spki()
    ski = hashlib.sha1(spki).digest()   # subjectKeyIdentifier: SHA-1 of the whole SPKI (any stable value is allowed)
    exts = d_seq(
        d_seq(d_oid("2.5.29.19"), b"\x01\x01\xff", d_oct(d_seq(b"\x01\x01\xff"))),
        d_seq(d_oid("2.5.29.15"), b"\x01\x01\xff", d_oct(tlv(0x03, b"\x01\x86"))),
        d_seq(d_oid("2.5.29.14"), d_oct(d_oct(ski))))
    tbs = d_seq(tlv(0xA0, d_int(2)), d_int(serial), key.sigalg, name,
                d_seq(_utc(y, mo, d), _utc(y + 10, mo, d)), name, spki, tlv(0xA3, exts))
    return d_seq(tbs, key.sigalg, d_bits(key.sign(tbs)))


# ---------------------------------------------------------------- OpenSSH
def _s(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def _mp(v):
    b = v.to_bytes((v.bit_length() + 8) // 8, "big") if v else b""
    return _s(b)


def ssh_pub_blob(key):
    if isinstance(key, Ed25519):
        return _s("ssh-ed25519") + _s(key.pub)
    if isinstance(key, RSA):
        return _s("ssh-rsa") + _mp(key.e) + _mp(key.n)
    return _s("ecdsa-sha2-nistp256") + _s("nistp256") + _s(key.point)


def ssh_pub_line(key, comment):
    t = {Ed25519: "ssh-ed25519", RSA: "ssh-rsa", P256: "ecdsa-sha2-nistp256"}[type(key)]
    return "%s %s %s" % (t, base64.b64encode(ssh_pub_blob(key)).decode(), comment)


def openssh_private(key, comment, rng):
    check = rng.getrandbits(32)
    priv = struct.pack(">II", check, check)
    if isinstance(key, Ed25519):
        priv += _s("ssh-ed25519") + _s(key.pub) + _s(key.seed + key.pub)
    elif isinstance(key, RSA):
        priv += _s("ssh-rsa") + _mp(key.n) + _mp(key.e) + _mp(key.d) + _mp(key.qi) + _mp(key.p) + _mp(key.q)
    else:
        priv += _s("ecdsa-sha2-nistp256") + _s("nistp256") + _s(key.point) + _mp(key.d)
    priv += _s(comment)
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = b"openssh-key-v1\x00" + _s("none") + _s("none") + _s(b"") + struct.pack(">I", 1)
    blob += _s(ssh_pub_blob(key)) + _s(priv)
    b = base64.b64encode(blob).decode()
    body = "\n".join(b[i:i + 70] for i in range(0, len(b), 70))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % body


def jwk_parts(key):
    b = lambda v: base64.urlsafe_b64encode(v.to_bytes(32, "big")).decode().rstrip("=")  # noqa: E731
    return b(key.x), b(key.y), b(key.d)
