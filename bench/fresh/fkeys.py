"""Real key material in pure Python (stdlib only), driven by a seeded random.Random.

RSA (PKCS#1 / PKCS#8 / OpenSSH), EC P-256 (SEC1 / PKCS#8), Ed25519 (OpenSSH / PKCS#8),
X25519 (WireGuard), self-signed / CA-signed X.509 certificates (ECDSA P-256), age keys (bech32).
Everything here is generated at random for the benchmark; nothing is a real credential.
"""

import base64
import hashlib
import math
import struct

# ---------------------------------------------------------------- DER
def _len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, content):
    return bytes([tag]) + _len(len(content)) + content


def d_int(x):
    return tlv(0x02, x.to_bytes(x.bit_length() // 8 + 1, "big"))


def d_seq(*items):
    return tlv(0x30, b"".join(items))


def d_set(*items):
    return tlv(0x31, b"".join(items))


def d_oct(b):
    return tlv(0x04, b)


def d_bits(b):
    return tlv(0x03, b"\x00" + b)


def d_null():
    return b"\x05\x00"


def d_oid(dotted):
    parts = [int(p) for p in dotted.split(".")]
    out = bytearray([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7F))
            p >>= 7
        out += bytes(reversed(enc))
    return tlv(0x06, bytes(out))


def d_utf8(s):
    return tlv(0x0C, s.encode())


def d_ctx(n, content):
    return tlv(0xA0 + n, content)


def d_utctime(y, mo, d):
    return tlv(0x17, ("%02d%02d%02d000000Z" % (y % 100, mo, d)).encode())


OID_RSA = "1.2.840.113549.1.1.1"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_ECDSA_SHA256 = "1.2.840.10045.4.3.2"
OID_ED25519 = "1.3.101.112"
OID_CN = "2.5.4.3"
OID_O = "2.5.4.10"
OID_C = "2.5.4.6"
OID_BC = "2.5.29.19"
OID_SAN = "2.5.29.17"


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    body = "\n".join(b[i:i + width] for i in range(0, len(b), width))
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, body, label)


# ---------------------------------------------------------------- RSA
_SMALL = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


_SMALL_PROD = 1
for _p in _SMALL:
    _SMALL_PROD *= _p


def _probable_prime(n, rng, rounds=6):
    if math.gcd(n, _SMALL_PROD) != 1:
        return n in _SMALL
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
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


def _prime(bits, rng, e=65537):
    while True:
        c = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if (c - 1) % e and _probable_prime(c, rng):
            return c


class RSAKey:
    def __init__(self, rng, bits=2048):
        e = 65537
        while True:
            p, q = _prime(bits // 2, rng), _prime(bits // 2, rng)
            if p != q:
                break
        if p < q:
            p, q = q, p
        self.n, self.e, self.p, self.q = p * q, e, p, q
        self.d = pow(e, -1, (p - 1) * (q - 1))
        self.dp, self.dq, self.qi = self.d % (p - 1), self.d % (q - 1), pow(q, -1, p)

    def pkcs1(self):
        return d_seq(d_int(0), d_int(self.n), d_int(self.e), d_int(self.d), d_int(self.p), d_int(self.q),
                     d_int(self.dp), d_int(self.dq), d_int(self.qi))

    def pkcs8(self):
        return d_seq(d_int(0), d_seq(d_oid(OID_RSA), d_null()), d_oct(self.pkcs1()))

    def pem_pkcs1(self):
        return pem("RSA PRIVATE KEY", self.pkcs1())

    def pem_pkcs8(self):
        return pem("PRIVATE KEY", self.pkcs8())

    def spki(self):
        return d_seq(d_seq(d_oid(OID_RSA), d_null()), d_bits(d_seq(d_int(self.n), d_int(self.e))))

    def pem_public(self):
        return pem("PUBLIC KEY", self.spki())

    def jwk(self, kid):
        b = lambda x: base64.urlsafe_b64encode(x.to_bytes((x.bit_length() + 7) // 8, "big")).decode().rstrip("=")
        return {"kty": "RSA", "kid": kid, "n": b(self.n), "e": b(self.e), "d": b(self.d), "p": b(self.p),
                "q": b(self.q), "dp": b(self.dp), "dq": b(self.dq), "qi": b(self.qi)}

    def openssh(self, rng, comment):
        pub = _sstr(b"ssh-rsa") + _mpint(self.e) + _mpint(self.n)
        priv = _sstr(b"ssh-rsa") + _mpint(self.n) + _mpint(self.e) + _mpint(self.d) + _mpint(self.qi) + \
            _mpint(self.p) + _mpint(self.q) + _sstr(comment.encode())
        return _openssh_wrap(rng, pub, priv), "ssh-rsa " + base64.b64encode(pub).decode() + " " + comment


# ---------------------------------------------------------------- P-256
P = 0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF
B = 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B
GX = 0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296
GY = 0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5
N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551


def _jdbl(pt):
    X, Y, Z = pt
    if Y == 0:
        return (0, 1, 0)
    ZZ = Z * Z % P
    M = 3 * (X - ZZ) * (X + ZZ) % P
    YY = Y * Y % P
    S = 4 * X * YY % P
    X3 = (M * M - 2 * S) % P
    Y3 = (M * (S - X3) - 8 * YY * YY) % P
    return (X3, Y3, 2 * Y * Z % P)


def _jadd(p1, p2):
    if p1[2] == 0:
        return p2
    if p2[2] == 0:
        return p1
    X1, Y1, Z1 = p1
    X2, Y2, Z2 = p2
    Z1Z1, Z2Z2 = Z1 * Z1 % P, Z2 * Z2 % P
    U1, U2 = X1 * Z2Z2 % P, X2 * Z1Z1 % P
    S1, S2 = Y1 * Z2 * Z2Z2 % P, Y2 * Z1 * Z1Z1 % P
    if U1 == U2:
        return _jdbl(p1) if S1 == S2 else (0, 1, 0)
    H, R = (U2 - U1) % P, (S2 - S1) % P
    HH = H * H % P
    HHH = H * HH % P
    V = U1 * HH % P
    X3 = (R * R - HHH - 2 * V) % P
    Y3 = (R * (V - X3) - S1 * HHH) % P
    return (X3, Y3, H * Z1 * Z2 % P)


def p256_mul(k, pt=(GX, GY)):
    acc, add = (0, 1, 0), (pt[0], pt[1], 1)
    while k:
        if k & 1:
            acc = _jadd(acc, add)
        add = _jdbl(add)
        k >>= 1
    X, Y, Z = acc
    zi = pow(Z, -1, P)
    return (X * zi * zi % P, Y * zi * zi * zi % P)


class ECKey:
    def __init__(self, rng):
        self.d = rng.randrange(1, N)
        self.x, self.y = p256_mul(self.d)

    def point(self):
        return b"\x04" + self.x.to_bytes(32, "big") + self.y.to_bytes(32, "big")

    def sec1(self, params=True):
        items = [d_int(1), d_oct(self.d.to_bytes(32, "big"))]
        if params:
            items.append(d_ctx(0, d_oid(OID_P256)))
        items.append(d_ctx(1, d_bits(self.point())))
        return d_seq(*items)

    def pkcs8(self):
        return d_seq(d_int(0), d_seq(d_oid(OID_EC), d_oid(OID_P256)), d_oct(self.sec1(params=False)))

    def pem_sec1(self):
        return pem("EC PRIVATE KEY", self.sec1())

    def pem_pkcs8(self):
        return pem("PRIVATE KEY", self.pkcs8())

    def spki(self):
        return d_seq(d_seq(d_oid(OID_EC), d_oid(OID_P256)), d_bits(self.point()))

    def pem_public(self):
        return pem("PUBLIC KEY", self.spki())

    def openssh(self, rng, comment):
        kt, curve = b"ecdsa-sha2-nistp256", b"nistp256"
        pub = _sstr(kt) + _sstr(curve) + _sstr(self.point())
        priv = _sstr(kt) + _sstr(curve) + _sstr(self.point()) + _mpint(self.d) + _sstr(comment.encode())
        return _openssh_wrap(rng, pub, priv), "ecdsa-sha2-nistp256 " + base64.b64encode(pub).decode() + " " + comment

    def jwk(self, kid):
        b = lambda x: base64.urlsafe_b64encode(x.to_bytes(32, "big")).decode().rstrip("=")
        return {"kty": "EC", "crv": "P-256", "kid": kid, "x": b(self.x), "y": b(self.y), "d": b(self.d)}

    def sign(self, rng, msg):
        h = int.from_bytes(hashlib.sha256(msg).digest(), "big")
        while True:
            k = rng.randrange(1, N)
            r = p256_mul(k)[0] % N
            s = pow(k, -1, N) * (h + r * self.d) % N
            if r and s:
                return d_seq(d_int(r), d_int(s))


def _name(cn, org=None, country=None):
    rdns = []
    if country:
        rdns.append(d_set(d_seq(d_oid(OID_C), tlv(0x13, country.encode()))))
    if org:
        rdns.append(d_set(d_seq(d_oid(OID_O), d_utf8(org))))
    rdns.append(d_set(d_seq(d_oid(OID_CN), d_utf8(cn))))
    return d_seq(*rdns)


def certificate(rng, key, cn, org=None, issuer_key=None, issuer_cn=None, ca=False, sans=(), year=2025):
    """X.509 v3 certificate for `key` (ECKey), signed by issuer_key (default: self-signed)."""
    issuer_key = issuer_key or key
    issuer = _name(issuer_cn or cn, org)
    exts = [d_seq(d_oid(OID_BC), tlv(0x01, b"\xff"), d_oct(d_seq(tlv(0x01, b"\xff")) if ca else d_seq()))]
    if sans:
        exts.append(d_seq(d_oid(OID_SAN), d_oct(d_seq(*[tlv(0x82, s.encode()) for s in sans]))))
    tbs = d_seq(d_ctx(0, d_int(2)), d_int(rng.getrandbits(63) | 1), d_seq(d_oid(OID_ECDSA_SHA256)), issuer,
                d_seq(d_utctime(year, rng.randint(1, 12), rng.randint(1, 28)),
                      d_utctime(year + (10 if ca else 1), rng.randint(1, 12), rng.randint(1, 28))),
                _name(cn, org), key.spki(), d_ctx(3, d_seq(*exts)))
    sig = issuer_key.sign(rng, tbs)
    return pem("CERTIFICATE", d_seq(tbs, d_seq(d_oid(OID_ECDSA_SHA256)), d_bits(sig)))


# ---------------------------------------------------------------- Ed25519 / X25519
_Q = 2 ** 255 - 19
_D = -121665 * pow(121666, -1, _Q) % _Q
_I = pow(2, (_Q - 1) // 4, _Q)


def _xrecover(y):
    xx = (y * y - 1) * pow(_D * y * y + 1, -1, _Q)
    x = pow(xx, (_Q + 3) // 8, _Q)
    if (x * x - xx) % _Q:
        x = x * _I % _Q
    if x % 2:
        x = _Q - x
    return x


_BY = 4 * pow(5, -1, _Q) % _Q
_BX = _xrecover(_BY)


def _eadd(p1, p2):
    X1, Y1, Z1, T1 = p1
    X2, Y2, Z2, T2 = p2
    A = (Y1 - X1) * (Y2 - X2) % _Q
    Bv = (Y1 + X1) * (Y2 + X2) % _Q
    C = T1 * 2 * _D * T2 % _Q
    Dv = Z1 * 2 * Z2 % _Q
    E, F, G, H = Bv - A, Dv - C, Dv + C, Bv + A
    return (E * F % _Q, G * H % _Q, F * G % _Q, E * H % _Q)


def _emul(k):
    acc, add = (0, 1, 1, 0), (_BX, _BY, 1, _BX * _BY % _Q)
    while k:
        if k & 1:
            acc = _eadd(acc, add)
        add = _eadd(add, add)
        k >>= 1
    return acc


def ed25519_public(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    X, Y, Z, _ = _emul(a)
    zi = pow(Z, -1, _Q)
    x, y = X * zi % _Q, Y * zi % _Q
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def x25519_public(priv):
    k = bytearray(priv)
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    k = int.from_bytes(k, "little")
    x1, x2, z2, x3, z3, swap = 9, 1, 0, 9, 1, 0
    for t in reversed(range(255)):
        kt = (k >> t) & 1
        swap ^= kt
        if swap:
            x2, x3, z2, z3 = x3, x2, z3, z2
        swap = kt
        A, AA = x2 + z2, (x2 + z2) ** 2 % _Q
        Bv = x2 - z2
        BB = Bv * Bv % _Q
        E = AA - BB
        C, Dv = x3 + z3, x3 - z3
        DA, CB = Dv * A % _Q, C * Bv % _Q
        x3 = (DA + CB) ** 2 % _Q
        z3 = x1 * (DA - CB) ** 2 % _Q
        x2 = AA * BB % _Q
        z2 = E * (AA + 121665 * E) % _Q
    if swap:
        x2, z2 = x3, z3
    return (x2 * pow(z2, _Q - 2, _Q) % _Q).to_bytes(32, "little")


def _sstr(b):
    return struct.pack(">I", len(b)) + b


def _mpint(x):
    return _sstr(x.to_bytes(x.bit_length() // 8 + 1, "big") if x else b"")


def _openssh_wrap(rng, pub, privbody):
    ci = rng.getrandbits(32)
    priv = struct.pack(">II", ci, ci) + privbody
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = b"openssh-key-v1\x00" + _sstr(b"none") + _sstr(b"none") + _sstr(b"") + struct.pack(">I", 1) + \
        _sstr(pub) + _sstr(priv)
    b = base64.b64encode(blob).decode()
    body = "\n".join(b[i:i + 70] for i in range(0, len(b), 70))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % body


class EdKey:
    def __init__(self, rng):
        self.seed = bytes(rng.getrandbits(8) for _ in range(32))
        self.pub = ed25519_public(self.seed)

    def openssh(self, rng, comment):
        pubblob = _sstr(b"ssh-ed25519") + _sstr(self.pub)
        priv = _sstr(b"ssh-ed25519") + _sstr(self.pub) + _sstr(self.seed + self.pub) + _sstr(comment.encode())
        return _openssh_wrap(rng, pubblob, priv), "ssh-ed25519 " + base64.b64encode(pubblob).decode() + " " + comment

    def pkcs8(self):
        return pem("PRIVATE KEY", d_seq(d_int(0), d_seq(d_oid(OID_ED25519)), d_oct(d_oct(self.seed))))


def wireguard_pair(rng):
    priv = bytearray(rng.getrandbits(8) for _ in range(32))
    priv[0] &= 248
    priv[31] = (priv[31] & 127) | 64
    return base64.b64encode(bytes(priv)).decode(), base64.b64encode(x25519_public(bytes(priv))).decode()


# ---------------------------------------------------------------- bech32 (age)
_CS = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
    return chk


def _hrp_expand(h):
    return [ord(c) >> 5 for c in h] + [0] + [ord(c) & 31 for c in h]


def _to5(data):
    acc, bits, out = 0, 0, []
    for b in data:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    return out


def bech32(hrp, data):
    d5 = _to5(data)
    pm = _polymod(_hrp_expand(hrp) + d5 + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CS[v] for v in d5 + chk)


def bech32_ok(s):
    s = s.lower()
    hrp, _, data = s.rpartition("1")
    try:
        vals = [_CS.index(c) for c in data]
    except ValueError:
        return False
    return _polymod(_hrp_expand(hrp) + vals) == 1


def age_pair(rng):
    priv = bytes(rng.getrandbits(8) for _ in range(32))
    pub = x25519_public(priv)
    return bech32("age-secret-key-", priv).upper(), bech32("age", pub)
