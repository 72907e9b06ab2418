"""Deterministic private keys (RSA-2048, P-256, Ed25519) and their encodings: PKCS#1, SEC1, PKCS#8, SPKI,
OpenSSH, PuTTY PPK v2/v3, JWK, plus raw 32/64-byte wrappings. Pure standard library."""

import base64
import hashlib
import hmac
import math
import struct


# ---------------------------------------------------------------- DER
def _len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, body):
    return bytes([tag]) + _len(len(body)) + body


def der_int(x):
    b = x.to_bytes(max(1, (x.bit_length() + 8) // 8), "big")
    return tlv(0x02, b)


def seq(*items):
    return tlv(0x30, b"".join(items))


def octet(b):
    return tlv(0x04, b)


def bitstr(b):
    return tlv(0x03, b"\x00" + b)


def oid(dotted):
    parts = [int(p) for p in dotted.split(".")]
    out = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7F))
            p >>= 7
        out += bytes(reversed(enc))
    return tlv(0x06, out)


NULL = b"\x05\x00"
OID_RSA = oid("1.2.840.113549.1.1.1")
OID_EC = oid("1.2.840.10045.2.1")
OID_P256 = oid("1.2.840.10045.3.1.7")
OID_ED = oid("1.3.101.112")


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(b[i:i + width] for i in range(0, len(b), width)), label)


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def i2b(x, n=None):
    n = n or (x.bit_length() + 7) // 8
    return x.to_bytes(n, "big")


# ---------------------------------------------------------------- RSA
def _small_primes(limit):
    sieve = bytearray([1]) * limit
    sieve[0:2] = b"\x00\x00"
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytearray(len(sieve[i * i::i]))
    return [i for i in range(3, limit) if sieve[i]]


SMALL_PRIMES = _small_primes(40000)
PRIMORIAL = 1
for _p in SMALL_PRIMES:
    PRIMORIAL *= _p


def _probable_prime(rng, n):
    if math.gcd(n, PRIMORIAL) != 1:
        return False
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(12):
        a = rng.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(rng, bits, e):
    while True:
        c = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if (c - 1) % e and _probable_prime(rng, c):
            return c


class RSAKey:
    kind = "rsa"

    def __init__(self, rng, bits=2048):
        e = 65537
        while True:
            p, q = _prime(rng, bits // 2, e), _prime(rng, bits // 2, e)
            if p != q and (p * q).bit_length() == bits:
                break
        if p < q:
            p, q = q, p
        self.n, self.e, self.p, self.q = p * q, e, p, q
        self.d = pow(e, -1, (p - 1) * (q - 1))
        self.dp, self.dq, self.qi = self.d % (p - 1), self.d % (q - 1), pow(q, -1, p)

    def pkcs1(self):
        return seq(*[der_int(x) for x in (0, self.n, self.e, self.d, self.p, self.q, self.dp, self.dq, self.qi)])

    def pkcs8(self):
        return seq(der_int(0), seq(OID_RSA, NULL), octet(self.pkcs1()))

    def spki(self):
        return seq(seq(OID_RSA, NULL), bitstr(seq(der_int(self.n), der_int(self.e))))

    def ssh_type(self):
        return "ssh-rsa"

    def ssh_pub_blob(self):
        return sstr(b"ssh-rsa") + mpint(self.e) + mpint(self.n)

    def ssh_priv_part(self):
        return sstr(b"ssh-rsa") + mpint(self.n) + mpint(self.e) + mpint(self.d) + mpint(self.qi) + mpint(self.p) + mpint(self.q)

    def ppk_priv_blob(self):
        return mpint(self.d) + mpint(self.p) + mpint(self.q) + mpint(self.qi)

    def jwk(self, kid):
        f = lambda x: b64u(i2b(x))
        return {"kty": "RSA", "kid": kid, "n": f(self.n), "e": f(self.e), "d": f(self.d), "p": f(self.p), "q": f(self.q),
                "dp": f(self.dp), "dq": f(self.dq), "qi": f(self.qi)}

    def jwk_public(self, kid):
        return {"kty": "RSA", "kid": kid, "use": "sig", "alg": "RS256", "n": b64u(i2b(self.n)), "e": b64u(i2b(self.e))}


# ---------------------------------------------------------------- P-256
P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
A = P - 3
N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
G = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
     0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def _ec_add(p1, p2):
    if p1 is None:
        return p2
    if p2 is None:
        return p1
    (x1, y1), (x2, y2) = p1, p2
    if x1 == x2:
        if (y1 + y2) % P == 0:
            return None
        lam = (3 * x1 * x1 + A) * pow(2 * y1, P - 2, P) % P
    else:
        lam = (y2 - y1) * pow(x2 - x1, P - 2, P) % P
    x3 = (lam * lam - x1 - x2) % P
    return x3, (lam * (x1 - x3) - y1) % P


def _jdouble(p):
    x, y, z = p
    if not y:
        return (0, 1, 0)
    ysq = y * y % P
    s = 4 * x * ysq % P
    zz = z * z % P
    m = 3 * (x - zz) * (x + zz) % P
    nx = (m * m - 2 * s) % P
    ny = (m * (s - nx) - 8 * ysq * ysq) % P
    return (nx, ny, 2 * y * z % P)


def _jadd(p, q):
    if not p[2]:
        return q
    if not q[2]:
        return p
    x1, y1, z1 = p
    x2, y2, z2 = q
    z1z1, z2z2 = z1 * z1 % P, z2 * z2 % P
    u1, u2 = x1 * z2z2 % P, x2 * z1z1 % P
    s1, s2 = y1 * z2 * z2z2 % P, y2 * z1 * z1z1 % P
    if u1 == u2:
        return _jdouble(p) if s1 == s2 else (0, 1, 0)
    h, rr = (u2 - u1) % P, (s2 - s1) % P
    hh = h * h % P
    hhh = h * hh % P
    v = u1 * hh % P
    nx = (rr * rr - hhh - 2 * v) % P
    ny = (rr * (v - nx) - s1 * hhh) % P
    return (nx, ny, h * z1 * z2 % P)


def ec_mul(k, pt=G):
    r, q = (0, 1, 0), (pt[0], pt[1], 1)
    while k:
        if k & 1:
            r = _jadd(r, q)
        q = _jdouble(q)
        k >>= 1
    if not r[2]:
        return None
    zi = pow(r[2], P - 2, P)
    return r[0] * zi * zi % P, r[1] * zi * zi * zi % P


class ECKey:
    kind = "p256"

    def __init__(self, rng):
        while True:
            self.d = rng.getrandbits(256)
            if 1 <= self.d < N and self.d >> 248:
                break
        self.x, self.y = ec_mul(self.d)

    def point(self):
        return b"\x04" + i2b(self.x, 32) + i2b(self.y, 32)

    def sec1(self, with_params=True):
        items = [der_int(1), octet(i2b(self.d, 32))]
        if with_params:
            items.append(tlv(0xA0, OID_P256))
        items.append(tlv(0xA1, bitstr(self.point())))
        return seq(*items)

    def pkcs8(self):
        return seq(der_int(0), seq(OID_EC, OID_P256), octet(self.sec1(with_params=False)))

    def spki(self):
        return seq(seq(OID_EC, OID_P256), bitstr(self.point()))

    def ssh_type(self):
        return "ecdsa-sha2-nistp256"

    def ssh_pub_blob(self):
        return sstr(b"ecdsa-sha2-nistp256") + sstr(b"nistp256") + sstr(self.point())

    def ssh_priv_part(self):
        return sstr(b"ecdsa-sha2-nistp256") + sstr(b"nistp256") + sstr(self.point()) + mpint(self.d)

    def ppk_priv_blob(self):
        return mpint(self.d)

    def jwk(self, kid):
        return {"kty": "EC", "crv": "P-256", "kid": kid, "x": b64u(i2b(self.x, 32)), "y": b64u(i2b(self.y, 32)),
                "d": b64u(i2b(self.d, 32))}

    def jwk_public(self, kid):
        return {"kty": "EC", "crv": "P-256", "kid": kid, "use": "sig", "alg": "ES256", "x": b64u(i2b(self.x, 32)),
                "y": b64u(i2b(self.y, 32))}


# ---------------------------------------------------------------- Ed25519
EQ = 2 ** 255 - 19
EL = 2 ** 252 + 27742317777372353535851937790883648493
ED_D = -121665 * pow(121666, EQ - 2, EQ) % EQ
_I = pow(2, (EQ - 1) // 4, EQ)


def _xrecover(y):
    xx = (y * y - 1) * pow(ED_D * y * y + 1, EQ - 2, EQ)
    x = pow(xx, (EQ + 3) // 8, EQ)
    if (x * x - xx) % EQ:
        x = x * _I % EQ
    return EQ - x if x % 2 else x


_BY = 4 * pow(5, EQ - 2, EQ) % EQ
_B = (_xrecover(_BY) % EQ, _BY % EQ)


def _ed_add(p, q):
    (x1, y1), (x2, y2) = p, q
    t = ED_D * x1 * x2 * y1 * y2
    return ((x1 * y2 + x2 * y1) * pow(1 + t, EQ - 2, EQ) % EQ, (y1 * y2 + x1 * x2) * pow(1 - t, EQ - 2, EQ) % EQ)


def _ext_add(p, q):
    x1, y1, z1, t1 = p
    x2, y2, z2, t2 = q
    a = (y1 - x1) * (y2 - x2) % EQ
    b = (y1 + x1) * (y2 + x2) % EQ
    c = 2 * t1 * t2 * ED_D % EQ
    d = 2 * z1 * z2 % EQ
    e, f, g, h = b - a, d - c, d + c, b + a
    return e * f % EQ, g * h % EQ, f * g % EQ, e * h % EQ


def _ed_mul(k, pt=_B):
    r = (0, 1, 1, 0)
    q = (pt[0], pt[1], 1, pt[0] * pt[1] % EQ)
    while k:
        if k & 1:
            r = _ext_add(r, q)
        q = _ext_add(q, q)
        k >>= 1
    zi = pow(r[2], EQ - 2, EQ)
    return r[0] * zi % EQ, r[1] * zi % EQ


def ed_public(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    x, y = _ed_mul(a)
    enc = y | ((x & 1) << 255)
    return enc.to_bytes(32, "little")


class EdKey:
    kind = "ed25519"

    def __init__(self, rng):
        while True:
            self.seed = bytes(rng.randrange(256) for _ in range(32))
            if self.seed[31]:
                break
        self.pub = ed_public(self.seed)

    def pkcs8(self):
        return seq(der_int(0), seq(OID_ED), octet(octet(self.seed)))

    def spki(self):
        return seq(seq(OID_ED), bitstr(self.pub))

    def ssh_type(self):
        return "ssh-ed25519"

    def ssh_pub_blob(self):
        return sstr(b"ssh-ed25519") + sstr(self.pub)

    def ssh_priv_part(self):
        return sstr(b"ssh-ed25519") + sstr(self.pub) + sstr(self.seed + self.pub)

    def ppk_priv_blob(self):
        return sstr(self.seed[::-1].lstrip(b"\x00")[::-1])

    def jwk(self, kid):
        return {"kty": "OKP", "crv": "Ed25519", "kid": kid, "x": b64u(self.pub), "d": b64u(self.seed)}

    def jwk_public(self, kid):
        return {"kty": "OKP", "crv": "Ed25519", "kid": kid, "use": "sig", "alg": "EdDSA", "x": b64u(self.pub)}


# ---------------------------------------------------------------- SSH wire helpers, OpenSSH and PPK
def sstr(b):
    return struct.pack(">I", len(b)) + b


def mpint(x):
    if x == 0:
        return sstr(b"")
    b = x.to_bytes((x.bit_length() + 8) // 8, "big")
    return sstr(b)


def openssh_private(key, comment, rng):
    check = rng.getrandbits(32)
    priv = struct.pack(">II", check, check) + key.ssh_priv_part() + sstr(comment.encode())
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = (b"openssh-key-v1\x00" + sstr(b"none") + sstr(b"none") + sstr(b"") + struct.pack(">I", 1)
            + sstr(key.ssh_pub_blob()) + sstr(priv))
    b = base64.b64encode(blob).decode()
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % "\n".join(
        b[i:i + 70] for i in range(0, len(b), 70))


def openssh_public(key, comment):
    return "%s %s %s" % (key.ssh_type(), base64.b64encode(key.ssh_pub_blob()).decode(), comment)


def ppk_mac(version, algo, comment, pub, priv):
    data = sstr(algo.encode()) + sstr(b"none") + sstr(comment.encode()) + sstr(pub) + sstr(priv)
    if version == 2:
        k = hashlib.sha1(b"putty-private-key-file-mac-key").digest()
        return hmac.new(k, data, hashlib.sha1).hexdigest()
    return hmac.new(b"", data, hashlib.sha256).hexdigest()


def ppk(key, comment, version):
    algo = key.ssh_type()
    pub, priv = key.ssh_pub_blob(), key.ppk_priv_blob()
    pb, vb = base64.b64encode(pub).decode(), base64.b64encode(priv).decode()
    pl = [pb[i:i + 64] for i in range(0, len(pb), 64)]
    vl = [vb[i:i + 64] for i in range(0, len(vb), 64)]
    lines = ["PuTTY-User-Key-File-%d: %s" % (version, algo), "Encryption: none", "Comment: %s" % comment,
             "Public-Lines: %d" % len(pl)] + pl + ["Private-Lines: %d" % len(vl)] + vl
    lines.append("Private-MAC: %s" % ppk_mac(version, algo, comment, pub, priv))
    return "\n".join(lines)


def ppk_check(text):
    """Recompute the MAC of an unencrypted PPK text; True when it matches."""
    lines = text.replace("\r\n", "\n").strip("\n").split("\n")
    head = lines[0]
    version = 2 if head.startswith("PuTTY-User-Key-File-2:") else 3
    algo = head.split(": ", 1)[1]
    comment = lines[2].split(": ", 1)[1]
    npub = int(lines[3].split(": ")[1])
    pub = base64.b64decode("".join(lines[4:4 + npub]))
    npriv = int(lines[4 + npub].split(": ")[1])
    priv = base64.b64decode("".join(lines[5 + npub:5 + npub + npriv]))
    mac = lines[5 + npub + npriv].split(": ")[1]
    return ppk_mac(version, algo, comment, pub, priv) == mac


def make_key(rng, kind):
    if kind == "rsa":
        return RSAKey(rng)
    if kind == "p256":
        return ECKey(rng)
    return EdKey(rng)


# ---------------------------------------------------------------- self-signed P-256 certificate (a negative)
OID_ECDSA_SHA256 = oid("1.2.840.10045.4.3.2")


def _name(cn, org):
    return seq(tlv(0x31, seq(oid("2.5.4.6"), tlv(0x13, b"XX"))),
               tlv(0x31, seq(oid("2.5.4.10"), tlv(0x0C, org.encode()))),
               tlv(0x31, seq(oid("2.5.4.3"), tlv(0x0C, cn.encode()))))


def ecdsa_sign(key, msg, rng):
    z = int.from_bytes(hashlib.sha256(msg).digest(), "big")
    while True:
        k = rng.randrange(1, N)
        r = ec_mul(k)[0] % N
        s = pow(k, -1, N) * (z + r * key.d) % N
        if r and s:
            return seq(der_int(r), der_int(s))


def self_signed_cert(rng, cn, org, year):
    key = ECKey(rng)
    tbs = seq(tlv(0xA0, der_int(2)), der_int(rng.getrandbits(63) | 1 << 62), seq(OID_ECDSA_SHA256),
              _name(cn, org), seq(tlv(0x17, ("%02d0101000000Z" % (year % 100)).encode()),
                                  tlv(0x17, ("%02d0101000000Z" % ((year + 3) % 100)).encode())),
              _name(cn, org), key.spki())
    sig = ecdsa_sign(key, tbs, rng)
    return pem("CERTIFICATE", seq(tbs, seq(OID_ECDSA_SHA256), bitstr(sig)))
