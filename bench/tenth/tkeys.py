"""Key material for the tenth corpus, pure Python: RSA, P-256 ECDSA and Ed25519 keys, and their
encodings (PKCS#1, SEC1, PKCS#8, SPKI, PEM, JWK, OpenSSH PROTOCOL.key, ECDSA-signed X.509).

Written from RFC 8017, SEC 1 / SEC 2, RFC 5208/5958, RFC 5280, RFC 7517/7518/8037, RFC 8032 and
OpenSSH PROTOCOL.key. All randomness comes from the RNG passed in."""

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


def INT(v):
    b = v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big")
    return tlv(0x02, b)


def SEQ(*items): return tlv(0x30, b"".join(items))
def SET(*items): return tlv(0x31, b"".join(items))
def OCT(b): return tlv(0x04, b)
def BIT(b): return tlv(0x03, b"\x00" + b)
def NULL(): return b"\x05\x00"
def UTF8(s): return tlv(0x0C, s.encode())
def PRINT(s): return tlv(0x13, s.encode())
def CTX(n, body): return tlv(0xA0 | n, body)


def OID(dotted):
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


OID_RSA = "1.2.840.113549.1.1.1"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_ED25519 = "1.3.101.112"
OID_ECDSA_SHA256 = "1.2.840.10045.4.3.2"


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (
        label, "\n".join(b[i:i + width] for i in range(0, len(b), width)), label)


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def ibytes(v, n=None):
    n = n or max(1, (v.bit_length() + 7) // 8)
    return v.to_bytes(n, "big")


# ---------------------------------------------------------------- RSA
_SMALL = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** .5) + 1))]


def _probable_prime(n, rng, rounds=12):
    for p in _SMALL:
        if n % p == 0:
            return n == p
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
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(bits, rng):
    while True:
        c = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if (c - 1) % 65537 and _probable_prime(c, rng):
            return c


class RSAKey:
    kind = "rsa"

    def __init__(self, rng, bits=2048):
        e = 65537
        while True:
            p, q = _prime(bits // 2, rng), _prime(bits // 2, rng)
            if p != q and (p * q).bit_length() == bits:
                break
        if p < q:
            p, q = q, p
        self.bits, self.n, self.e, self.p, self.q = bits, p * q, e, p, q
        self.d = pow(e, -1, (p - 1) * (q - 1))
        self.dp, self.dq, self.qi = self.d % (p - 1), self.d % (q - 1), pow(q, -1, p)

    def pkcs1(self):
        return SEQ(INT(0), INT(self.n), INT(self.e), INT(self.d), INT(self.p), INT(self.q), INT(self.dp),
                   INT(self.dq), INT(self.qi))

    def pkcs8(self):
        return SEQ(INT(0), SEQ(OID(OID_RSA), NULL()), OCT(self.pkcs1()))

    def spki(self):
        return SEQ(SEQ(OID(OID_RSA), NULL()), BIT(SEQ(INT(self.n), INT(self.e))))

    def pem_trad(self): return pem("RSA PRIVATE KEY", self.pkcs1())

    def ssh_pub_blob(self):
        return sstr(b"ssh-rsa") + mpint(self.e) + mpint(self.n)

    def ssh_priv_fields(self):
        return (sstr(b"ssh-rsa") + mpint(self.n) + mpint(self.e) + mpint(self.d) + mpint(self.qi) + mpint(self.p)
                + mpint(self.q))

    ssh_type = "ssh-rsa"

    def jwk_pub(self):
        return {"kty": "RSA", "n": b64u(ibytes(self.n)), "e": b64u(ibytes(self.e))}

    def jwk_priv(self):
        j = self.jwk_pub()
        for k, v in (("d", self.d), ("p", self.p), ("q", self.q), ("dp", self.dp), ("dq", self.dq), ("qi", self.qi)):
            j[k] = b64u(ibytes(v))
        return j


# ---------------------------------------------------------------- P-256
P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
A = P - 3
B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b
N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
G = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
     0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def _jdbl(p):
    X, Y, Z = p
    if not Y:
        return (0, 1, 0)
    YY = Y * Y % P
    S = 4 * X * YY % P
    ZZ = Z * Z % P
    M = 3 * (X - ZZ) * (X + ZZ) % P
    X3 = (M * M - 2 * S) % P
    return (X3, (M * (S - X3) - 8 * YY * YY) % P, 2 * Y * Z % P)


def _jadd(p, q):
    if not p[2]:
        return q
    if not q[2]:
        return p
    X1, Y1, Z1 = p
    X2, Y2, Z2 = q
    Z1Z1, Z2Z2 = Z1 * Z1 % P, Z2 * Z2 % P
    U1, U2 = X1 * Z2Z2 % P, X2 * Z1Z1 % P
    S1, S2 = Y1 * Z2 * Z2Z2 % P, Y2 * Z1 * Z1Z1 % P
    if U1 == U2:
        return _jdbl(p) if S1 == S2 else (0, 1, 0)
    H, R = (U2 - U1) % P, (S2 - S1) % P
    HH = H * H % P
    HHH = H * HH % P
    V = U1 * HH % P
    X3 = (R * R - HHH - 2 * V) % P
    return (X3, (R * (V - X3) - S1 * HHH) % P, H * Z1 * Z2 % P)


def ec_mul(k, pt=G):
    acc, add = (0, 1, 0), (pt[0], pt[1], 1)
    while k:
        if k & 1:
            acc = _jadd(acc, add)
        add = _jdbl(add)
        k >>= 1
    X, Y, Z = acc
    zi = pow(Z, -1, P)
    return (X * zi * zi % P, Y * zi * zi * zi % P)


def on_curve(x, y):
    return (y * y - (x * x * x + A * x + B)) % P == 0


class ECKey:
    kind = "ec"
    ssh_type = "ecdsa-sha2-nistp256"

    def __init__(self, rng):
        self.d = rng.randrange(1, N)
        self.Q = ec_mul(self.d)

    def point(self):
        return b"\x04" + ibytes(self.Q[0], 32) + ibytes(self.Q[1], 32)

    def sec1(self, params=True):
        parts = [INT(1), OCT(ibytes(self.d, 32))]
        if params:
            parts.append(CTX(0, OID(OID_P256)))
        parts.append(CTX(1, BIT(self.point())))
        return SEQ(*parts)

    def pkcs8(self):
        return SEQ(INT(0), SEQ(OID(OID_EC), OID(OID_P256)), OCT(self.sec1(params=False)))

    def spki(self):
        return SEQ(SEQ(OID(OID_EC), OID(OID_P256)), BIT(self.point()))

    def pem_trad(self): return pem("EC PRIVATE KEY", self.sec1())

    def ssh_pub_blob(self):
        return sstr(b"ecdsa-sha2-nistp256") + sstr(b"nistp256") + sstr(self.point())

    def ssh_priv_fields(self):
        return sstr(b"ecdsa-sha2-nistp256") + sstr(b"nistp256") + sstr(self.point()) + mpint(self.d)

    def jwk_pub(self):
        return {"kty": "EC", "crv": "P-256", "x": b64u(ibytes(self.Q[0], 32)), "y": b64u(ibytes(self.Q[1], 32))}

    def jwk_priv(self):
        j = self.jwk_pub()
        j["d"] = b64u(ibytes(self.d, 32))
        return j

    def sign(self, msg, rng):
        z = int.from_bytes(hashlib.sha256(msg).digest(), "big")
        while True:
            k = rng.randrange(1, N)
            r = ec_mul(k)[0] % N
            s = pow(k, -1, N) * (z + r * self.d) % N
            if r and s:
                return SEQ(INT(r), INT(s))


# ---------------------------------------------------------------- Ed25519 (RFC 8032)
EP = 2 ** 255 - 19
EL = 2 ** 252 + 27742317777372353535851937790883648493
ED = -121665 * pow(121666, -1, EP) % EP
_I = pow(2, (EP - 1) // 4, EP)


def _xrecover(y):
    xx = (y * y - 1) * pow(ED * y * y + 1, -1, EP)
    x = pow(xx, (EP + 3) // 8, EP)
    if (x * x - xx) % EP:
        x = x * _I % EP
    return EP - x if x % 2 else x


_BY = 4 * pow(5, -1, EP) % EP
EB = (_xrecover(_BY), _BY, 1, _xrecover(_BY) * _BY % EP)


def _eadd(p, q):
    x1, y1, z1, t1 = p
    x2, y2, z2, t2 = q
    a = (y1 - x1) * (y2 - x2) % EP
    b = (y1 + x1) * (y2 + x2) % EP
    c = 2 * t1 * t2 * ED % EP
    d = 2 * z1 * z2 % EP
    e, f, g, h = b - a, d - c, d + c, b + a
    return (e * f % EP, g * h % EP, f * g % EP, e * h % EP)


def ed_mul(s, p=EB):
    q = (0, 1, 1, 0)
    while s:
        if s & 1:
            q = _eadd(q, p)
        p = _eadd(p, p)
        s >>= 1
    return q


def ed_encode(p):
    x, y, z, _ = p
    zi = pow(z, -1, EP)
    x, y = x * zi % EP, y * zi % EP
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def ed_public(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    return ed_encode(ed_mul(a))


assert ed_public(bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")).hex() == \
    "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "Ed25519 self-test failed"


class EdKey:
    kind = "ed"
    ssh_type = "ssh-ed25519"

    def __init__(self, rng):
        self.seed = bytes(rng.getrandbits(8) for _ in range(32))
        self.pub = ed_public(self.seed)

    def pkcs8(self):
        return SEQ(INT(0), SEQ(OID(OID_ED25519)), OCT(OCT(self.seed)))

    def spki(self):
        return SEQ(SEQ(OID(OID_ED25519)), BIT(self.pub))

    def pem_trad(self): return pem("PRIVATE KEY", self.pkcs8())

    def ssh_pub_blob(self):
        return sstr(b"ssh-ed25519") + sstr(self.pub)

    def ssh_priv_fields(self):
        return sstr(b"ssh-ed25519") + sstr(self.pub) + sstr(self.seed + self.pub)

    def jwk_pub(self):
        return {"kty": "OKP", "crv": "Ed25519", "x": b64u(self.pub)}

    def jwk_priv(self):
        j = self.jwk_pub()
        j["d"] = b64u(self.seed)
        return j


# ---------------------------------------------------------------- OpenSSH
def sstr(b): return struct.pack(">I", len(b)) + b


def mpint(v):
    return sstr(v.to_bytes((v.bit_length() + 8) // 8, "big") if v else b"")


def openssh_private(key, comment, rng):
    chk = rng.getrandbits(32)
    body = struct.pack(">II", chk, chk) + key.ssh_priv_fields() + sstr(comment.encode())
    pad = 1
    while len(body) % 8:
        body += bytes([pad])
        pad += 1
    blob = (b"openssh-key-v1\x00" + sstr(b"none") + sstr(b"none") + sstr(b"") + struct.pack(">I", 1)
            + sstr(key.ssh_pub_blob()) + sstr(body))
    b = base64.b64encode(blob).decode()
    return ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(b[i:i + 70] for i in range(0, len(b), 70))
            + "\n-----END OPENSSH PRIVATE KEY-----\n")


def openssh_public(key, comment):
    return "%s %s %s" % (key.ssh_type, base64.b64encode(key.ssh_pub_blob()).decode(), comment)


def ssh_fingerprint(key):
    return "SHA256:" + base64.b64encode(hashlib.sha256(key.ssh_pub_blob()).digest()).decode().rstrip("=")


# ---------------------------------------------------------------- private / public PEM in one place
def private_pem(key, fmt):
    """fmt: 'trad' (PKCS#1 for RSA, SEC1 for EC, PKCS#8 for Ed25519) or 'pkcs8'."""
    if fmt == "pkcs8":
        return pem("PRIVATE KEY", key.pkcs8())
    return key.pem_trad()


def public_pem(key):
    return pem("PUBLIC KEY", key.spki())


# ---------------------------------------------------------------- X.509 (ECDSA-SHA256 signed)
def _name(cn, org):
    return SEQ(SET(SEQ(OID("2.5.4.6"), PRINT("US"))), SET(SEQ(OID("2.5.4.10"), UTF8(org))),
               SET(SEQ(OID("2.5.4.3"), UTF8(cn))))


def _utc(y, m, d):
    return tlv(0x17, ("%02d%02d%02d000000Z" % (y % 100, m, d)).encode())


def certificate(subject_key, cn, org, ca_key, ca_cn, rng, year=2025, days_years=2, san=None):
    serial = rng.getrandbits(120) | (1 << 119)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    exts = []
    if san:
        gn = b"".join(tlv(0x82, s.encode()) for s in san)
        exts.append(SEQ(OID("2.5.29.17"), OCT(SEQ(gn))))
    exts.append(SEQ(OID("2.5.29.19"), OCT(SEQ())))
    tbs = SEQ(CTX(0, INT(2)), INT(serial), SEQ(OID(OID_ECDSA_SHA256)), _name(ca_cn, org),
              SEQ(_utc(year, m, d), _utc(year + days_years, m, d)), _name(cn, org), subject_key.spki(),
              CTX(3, SEQ(*exts)))
    sig = ca_key.sign(tbs, rng)
    return pem("CERTIFICATE", SEQ(tbs, SEQ(OID(OID_ECDSA_SHA256)), BIT(sig)))


def new_key(rng, kind):
    if kind == "rsa2048":
        return RSAKey(rng, 2048)
    if kind == "rsa1024":
        return RSAKey(rng, 1024)
    if kind == "ec":
        return ECKey(rng)
    return EdKey(rng)
