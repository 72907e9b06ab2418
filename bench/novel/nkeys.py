"""Real key material for the novel corpus, written from the public specifications.

RSA (PKCS#1 / PKCS#8 / SPKI / JWK / OpenSSH), NIST P-256 and secp256k1 (SEC1, PKCS#8, SPKI,
ECDSA signatures, JWK, OpenSSH), Ed25519 (RFC 8032) and X25519 (RFC 7748), X.509 certificates,
bech32 (age), Keccak-256 (Ethereum addresses, EIP-55) and Base58Check (WIF).
Standard library only; every random draw comes from the caller's random.Random.
"""

import base64
import hashlib
import struct

# ------------------------------------------------------------------ DER
def _len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, content):
    return bytes([tag]) + _len(len(content)) + content


def d_int(n):
    if n == 0:
        return tlv(0x02, b"\x00")
    b = n.to_bytes((n.bit_length() + 8) // 8, "big")  # keeps a leading 0 when the top bit is set
    return tlv(0x02, b)


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


def d_ctx(n, content, constructed=True):
    return tlv((0xA0 if constructed else 0x80) | n, content)


def d_utf8(s):
    return tlv(0x0C, s.encode())


def d_time(y, mo, d):
    if y < 2050:
        return tlv(0x17, ("%02d%02d%02d000000Z" % (y % 100, mo, d)).encode())
    return tlv(0x18, ("%04d%02d%02d000000Z" % (y, mo, d)).encode())


def der_read(buf, pos=0):
    """Return (tag, content_start, content_end) of the TLV at pos; raises on malformed input."""
    tag = buf[pos]
    ln = buf[pos + 1]
    pos += 2
    if ln & 0x80:
        k = ln & 0x7F
        if k == 0 or k > 4:
            raise ValueError("bad DER length")
        ln = int.from_bytes(buf[pos:pos + k], "big")
        pos += k
    if pos + ln > len(buf):
        raise ValueError("DER overrun")
    return tag, pos, pos + ln


def der_children(buf, start, end):
    out = []
    while start < end:
        t, a, b = der_read(buf, start)
        out.append((t, a, b))
        start = b
    if start != end:
        raise ValueError("DER children overrun")
    return out


OID_RSA = "1.2.840.113549.1.1.1"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_K1 = "1.3.132.0.10"
OID_ED25519 = "1.3.101.112"
OID_ECDSA_SHA256 = "1.2.840.10045.4.3.2"


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + width] for i in range(0, len(b), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def i2b(n, size=None):
    if size is None:
        size = max(1, (n.bit_length() + 7) // 8)
    return n.to_bytes(size, "big")


# ------------------------------------------------------------------ RSA
_SMALL = [p for p in range(3, 3000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _mr(n, rng, rounds=12):
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


def gen_prime(bits, rng):
    span = 4096
    while True:
        base = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        sieve = bytearray(span)  # sieve[i] marks base + 2*i as composite
        for p in _SMALL:
            r = base % p
            # smallest i with base + 2i = 0 (mod p)
            i = ((p - r) * pow(2, -1, p)) % p
            sieve[i::p] = b"\x01" * len(range(i, span, p))
        for i in range(span):
            if sieve[i]:
                continue
            c = base + 2 * i
            if c.bit_length() != bits:
                break
            if pow(2, c - 1, c) == 1 and _mr(c, rng, 5):
                return c


class RSAKey:
    def __init__(self, rng, bits=2048):
        e = 65537
        while True:
            p = gen_prime(bits // 2, rng)
            q = gen_prime(bits // 2, rng)
            if p == q:
                continue
            if p < q:
                p, q = q, p
            n = p * q
            if n.bit_length() != bits:
                continue
            lam = (p - 1) * (q - 1) // _gcd(p - 1, q - 1)
            if _gcd(e, lam) != 1:
                continue
            break
        self.n, self.e, self.p, self.q = n, e, p, q
        self.d = pow(e, -1, lam)
        self.dp, self.dq, self.qi = self.d % (p - 1), self.d % (q - 1), pow(q, -1, p)
        self.bits = bits

    def pkcs1(self):
        return d_seq(*(d_int(x) for x in (0, self.n, self.e, self.d, self.p, self.q, self.dp, self.dq, self.qi)))

    def pkcs8(self):
        return d_seq(d_int(0), d_seq(d_oid(OID_RSA), d_null()), d_oct(self.pkcs1()))

    def spki(self):
        return d_seq(d_seq(d_oid(OID_RSA), d_null()), d_bits(d_seq(d_int(self.n), d_int(self.e))))

    def pem1(self):
        return pem("RSA PRIVATE KEY", self.pkcs1())

    def pem8(self):
        return pem("PRIVATE KEY", self.pkcs8())

    def pub_pem(self):
        return pem("PUBLIC KEY", self.spki())

    def pub_pem1(self):
        return pem("RSA PUBLIC KEY", d_seq(d_int(self.n), d_int(self.e)))

    def jwk(self, kid=None, private=True):
        j = {"kty": "RSA"}
        if kid:
            j["kid"] = kid
        j["n"] = b64u(i2b(self.n))
        j["e"] = b64u(i2b(self.e))
        if private:
            for k, v in (("d", self.d), ("p", self.p), ("q", self.q), ("dp", self.dp), ("dq", self.dq), ("qi", self.qi)):
                j[k] = b64u(i2b(v))
        return j

    def ssh_pub_blob(self):
        return _sstr(b"ssh-rsa") + _mpint(self.e) + _mpint(self.n)

    def ssh_priv_fields(self):
        return (_sstr(b"ssh-rsa") + _mpint(self.n) + _mpint(self.e) + _mpint(self.d) + _mpint(self.qi)
                + _mpint(self.p) + _mpint(self.q))

    ssh_type = "ssh-rsa"


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


# ------------------------------------------------------------------ Weierstrass curves
class Curve:
    def __init__(self, name, p, a, b, gx, gy, n, oid, ssh_name=None):
        self.name, self.p, self.a, self.b, self.G, self.n, self.oid = name, p, a, b, (gx, gy), n, oid
        self.ssh_name = ssh_name

    def on_curve(self, P):
        x, y = P
        return (y * y - (x * x * x + self.a * x + self.b)) % self.p == 0

    def add(self, P, Q):
        if P is None:
            return Q
        if Q is None:
            return P
        p = self.p
        if P[0] == Q[0]:
            if (P[1] + Q[1]) % p == 0:
                return None
            lam = (3 * P[0] * P[0] + self.a) * pow(2 * P[1], -1, p) % p
        else:
            lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, p) % p
        x = (lam * lam - P[0] - Q[0]) % p
        return (x, (lam * (P[0] - x) - P[1]) % p)

    def mul(self, k, P=None):
        # Jacobian double-and-add; converts back to affine at the end.
        P = P or self.G
        p = self.p
        R = None
        Qj = (P[0], P[1], 1)
        for bit in bin(k)[2:]:
            R = self._jdbl(R) if R else None
            if bit == "1":
                R = self._jadd(R, Qj) if R else Qj
        if R is None:
            return None
        X, Y, Z = R
        zi = pow(Z, -1, p)
        return (X * zi * zi % p, Y * zi * zi * zi % p)

    def _jdbl(self, P):
        X, Y, Z = P
        p = self.p
        if Y == 0:
            return None
        S = 4 * X * Y * Y % p
        M = (3 * X * X + self.a * pow(Z, 4, p)) % p
        X3 = (M * M - 2 * S) % p
        Y3 = (M * (S - X3) - 8 * pow(Y, 4, p)) % p
        return (X3, Y3, 2 * Y * Z % p)

    def _jadd(self, P, Q):
        p = self.p
        X1, Y1, Z1 = P
        X2, Y2, Z2 = Q
        Z1s, Z2s = Z1 * Z1 % p, Z2 * Z2 % p
        U1, U2 = X1 * Z2s % p, X2 * Z1s % p
        S1, S2 = Y1 * Z2s * Z2 % p, Y2 * Z1s * Z1 % p
        if U1 == U2:
            if S1 != S2:
                return None
            return self._jdbl(P)
        H, R = (U2 - U1) % p, (S2 - S1) % p
        H2 = H * H % p
        H3 = H * H2 % p
        X3 = (R * R - H3 - 2 * U1 * H2) % p
        Y3 = (R * (U1 * H2 - X3) - S1 * H3) % p
        return (X3, Y3, H * Z1 * Z2 % p)


P256 = Curve("P-256", 2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1, -3,
             0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b,
             0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
             0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5,
             0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551, OID_P256, "nistp256")
K1 = Curve("secp256k1", 2 ** 256 - 2 ** 32 - 977, 0, 7,
           0x79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798,
           0x483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8,
           0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141, OID_K1)


class ECKey:
    def __init__(self, rng, curve=P256, d=None):
        self.c = curve
        self.d = d if d is not None else rng.randrange(1, curve.n)
        self.Q = curve.mul(self.d)

    def point(self):
        return b"\x04" + i2b(self.Q[0], 32) + i2b(self.Q[1], 32)

    def sec1(self, params=True):
        items = [d_int(1), d_oct(i2b(self.d, 32))]
        if params:
            items.append(d_ctx(0, d_oid(self.c.oid)))
        items.append(d_ctx(1, d_bits(self.point())))
        return d_seq(*items)

    def pkcs8(self):
        return d_seq(d_int(0), d_seq(d_oid(OID_EC), d_oid(self.c.oid)), d_oct(self.sec1(params=False)))

    def spki(self):
        return d_seq(d_seq(d_oid(OID_EC), d_oid(self.c.oid)), d_bits(self.point()))

    def pem_sec1(self):
        return pem("EC PRIVATE KEY", self.sec1())

    def pem8(self):
        return pem("PRIVATE KEY", self.pkcs8())

    def pub_pem(self):
        return pem("PUBLIC KEY", self.spki())

    def jwk(self, kid=None, private=True):
        j = {"kty": "EC", "crv": self.c.name}
        if kid:
            j["kid"] = kid
        j["x"] = b64u(i2b(self.Q[0], 32))
        j["y"] = b64u(i2b(self.Q[1], 32))
        if private:
            j["d"] = b64u(i2b(self.d, 32))
        return j

    def sign(self, msg, rng):
        h = int.from_bytes(hashlib.sha256(msg).digest(), "big")
        n = self.c.n
        while True:
            k = rng.randrange(1, n)
            r = self.c.mul(k)[0] % n
            if r == 0:
                continue
            s = pow(k, -1, n) * (h + r * self.d) % n
            if s:
                return d_seq(d_int(r), d_int(s))

    @property
    def ssh_type(self):
        return "ecdsa-sha2-nistp256"

    def ssh_pub_blob(self):
        return _sstr(b"ecdsa-sha2-nistp256") + _sstr(b"nistp256") + _sstr(self.point())

    def ssh_priv_fields(self):
        return self.ssh_pub_blob() + _mpint(self.d)


def ecdsa_verify(curve, Q, msg, sig_der):
    _, a, b = der_read(sig_der)
    (t1, r0, r1), (t2, s0, s1) = der_children(sig_der, a, b)
    r, s = int.from_bytes(sig_der[r0:r1], "big"), int.from_bytes(sig_der[s0:s1], "big")
    n = curve.n
    h = int.from_bytes(hashlib.sha256(msg).digest(), "big")
    w = pow(s, -1, n)
    P = curve.add(curve.mul(h * w % n), curve.mul(r * w % n, Q))
    return P is not None and P[0] % n == r


# ------------------------------------------------------------------ Ed25519 / X25519
_EP = 2 ** 255 - 19
_EL = 2 ** 252 + 27742317777372353535851937790883648493
_ED = -121665 * pow(121666, -1, _EP) % _EP
_I = pow(2, (_EP - 1) // 4, _EP)


def _xrecover(y):
    xx = (y * y - 1) * pow(_ED * y * y + 1, -1, _EP)
    x = pow(xx, (_EP + 3) // 8, _EP)
    if (x * x - xx) % _EP != 0:
        x = x * _I % _EP
    if x % 2 != 0:
        x = _EP - x
    return x


_BY = 4 * pow(5, -1, _EP) % _EP
_B = (_xrecover(_BY), _BY, 1, _xrecover(_BY) * _BY % _EP)


def _eadd(P, Q):
    X1, Y1, Z1, T1 = P
    X2, Y2, Z2, T2 = Q
    A = (Y1 - X1) * (Y2 - X2) % _EP
    B = (Y1 + X1) * (Y2 + X2) % _EP
    C = T1 * 2 * _ED * T2 % _EP
    D = Z1 * 2 * Z2 % _EP
    E, F, G, H = B - A, D - C, D + C, B + A
    return (E * F % _EP, G * H % _EP, F * G % _EP, E * H % _EP)


def _emul(k, P):
    R = (0, 1, 1, 0)
    while k:
        if k & 1:
            R = _eadd(R, P)
        P = _eadd(P, P)
        k >>= 1
    return R


def _eenc(P):
    X, Y, Z, _ = P
    zi = pow(Z, -1, _EP)
    x, y = X * zi % _EP, Y * zi % _EP
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def ed25519_pub(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    return _eenc(_emul(a, _B))


def x25519(k, u):
    k = bytearray(k)
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    k = int.from_bytes(k, "little")
    u = int.from_bytes(u, "little") & ((1 << 255) - 1)
    x1, x2, z2, x3, z3, swap = u, 1, 0, u, 1, 0
    a24 = 121665
    for t in reversed(range(255)):
        kt = (k >> t) & 1
        swap ^= kt
        if swap:
            x2, x3, z2, z3 = x3, x2, z3, z2
        swap = kt
        A = (x2 + z2) % _EP
        AA = A * A % _EP
        B = (x2 - z2) % _EP
        BB = B * B % _EP
        E = (AA - BB) % _EP
        C = (x3 + z3) % _EP
        D = (x3 - z3) % _EP
        DA = D * A % _EP
        CB = C * B % _EP
        x3 = (DA + CB) ** 2 % _EP
        z3 = x1 * (DA - CB) ** 2 % _EP
        x2 = AA * BB % _EP
        z2 = E * (AA + a24 * E) % _EP
    if swap:
        x2, x3, z2, z3 = x3, x2, z3, z2
    return (x2 * pow(z2, _EP - 2, _EP) % _EP).to_bytes(32, "little")


X25519_BASE = (9).to_bytes(32, "little")


class EdKey:
    ssh_type = "ssh-ed25519"

    def __init__(self, rng):
        self.seed = bytes(rng.getrandbits(8) for _ in range(32))
        self.pub = ed25519_pub(self.seed)

    def pkcs8(self):
        return d_seq(d_int(0), d_seq(d_oid(OID_ED25519)), d_oct(d_oct(self.seed)))

    def spki(self):
        return d_seq(d_seq(d_oid(OID_ED25519)), d_bits(self.pub))

    def pem8(self):
        return pem("PRIVATE KEY", self.pkcs8())

    def pub_pem(self):
        return pem("PUBLIC KEY", self.spki())

    def jwk(self, kid=None, private=True):
        j = {"kty": "OKP", "crv": "Ed25519"}
        if kid:
            j["kid"] = kid
        j["x"] = b64u(self.pub)
        if private:
            j["d"] = b64u(self.seed)
        return j

    def ssh_pub_blob(self):
        return _sstr(b"ssh-ed25519") + _sstr(self.pub)

    def ssh_priv_fields(self):
        return self.ssh_pub_blob() + _sstr(self.seed + self.pub)


def wg_keypair(rng):
    k = bytearray(rng.getrandbits(8) for _ in range(32))
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    k = bytes(k)
    return base64.b64encode(k).decode(), base64.b64encode(x25519(k, X25519_BASE)).decode()


# ------------------------------------------------------------------ OpenSSH
def _sstr(b):
    return struct.pack(">I", len(b)) + b


def _mpint(n):
    if n == 0:
        return _sstr(b"")
    return _sstr(n.to_bytes((n.bit_length() + 8) // 8, "big"))


def openssh_private(key, comment, rng):
    check = rng.getrandbits(32)
    priv = struct.pack(">II", check, check) + key.ssh_priv_fields() + _sstr(comment.encode())
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = (b"openssh-key-v1\x00" + _sstr(b"none") + _sstr(b"none") + _sstr(b"") + struct.pack(">I", 1)
            + _sstr(key.ssh_pub_blob()) + _sstr(priv))
    b = base64.b64encode(blob).decode()
    body = "\n".join(b[i:i + 70] for i in range(0, len(b), 70))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % body


def openssh_public(key, comment=None):
    s = "%s %s" % (key.ssh_type, base64.b64encode(key.ssh_pub_blob()).decode())
    return s + (" " + comment if comment else "")


def ssh_fingerprint(key):
    return "SHA256:" + base64.b64encode(hashlib.sha256(key.ssh_pub_blob()).digest()).decode().rstrip("=")


# ------------------------------------------------------------------ X.509
def _name(cn, o=None, c=None):
    rdns = []
    if c:
        rdns.append(d_set(d_seq(d_oid("2.5.4.6"), tlv(0x13, c.encode()))))
    if o:
        rdns.append(d_set(d_seq(d_oid("2.5.4.10"), d_utf8(o))))
    rdns.append(d_set(d_seq(d_oid("2.5.4.3"), d_utf8(cn))))
    return d_seq(*rdns)


def certificate(subject_key, subject_cn, issuer_key, issuer_cn, rng, org=None, ca=False, years=(2024, 2027),
                dns=None):
    serial = rng.getrandbits(120) | (1 << 118)
    alg = d_seq(d_oid(OID_ECDSA_SHA256))
    exts = []
    if ca:
        exts.append(d_seq(d_oid("2.5.29.19"), tlv(0x01, b"\xff"), d_oct(d_seq(tlv(0x01, b"\xff")))))
    else:
        exts.append(d_seq(d_oid("2.5.29.19"), d_oct(d_seq())))
    if dns:
        exts.append(d_seq(d_oid("2.5.29.17"), d_oct(d_seq(*(tlv(0x82, h.encode()) for h in dns)))))
    tbs = d_seq(d_ctx(0, d_int(2)), d_int(serial), alg, _name(issuer_cn, org),
                d_seq(d_time(years[0], rng.randint(1, 12), rng.randint(1, 28)),
                      d_time(years[1], rng.randint(1, 12), rng.randint(1, 28))),
                _name(subject_cn, org), subject_key.spki(), d_ctx(3, d_seq(*exts)))
    sig = issuer_key.sign(tbs, rng)
    return d_seq(tbs, alg, d_bits(sig))


def cert_pem(*a, **k):
    return pem("CERTIFICATE", certificate(*a, **k))


# ------------------------------------------------------------------ bech32 (age)
_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(vals):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in vals:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_exp(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def _conv(data, frm, to):
    acc, bits, out = 0, 0, []
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & ((1 << to) - 1))
    if bits:
        out.append((acc << (to - bits)) & ((1 << to) - 1))
    return out


def bech32_encode(hrp, data):
    d5 = _conv(data, 8, 5)
    pm = _polymod(_hrp_exp(hrp) + d5 + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[x] for x in d5 + chk)


def bech32_ok(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], s[pos + 1:]
    try:
        vals = [_B32.index(ch) for ch in data]
    except ValueError:
        return False
    return _polymod(_hrp_exp(hrp) + vals) == 1


def age_keypair(rng):
    k = bytes(rng.getrandbits(8) for _ in range(32))
    return bech32_encode("age-secret-key-", k).upper(), bech32_encode("age", x25519(k, X25519_BASE))


# ------------------------------------------------------------------ Keccak-256 / Ethereum / Base58
_RC = [0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000, 0x000000000000808B,
       0x0000000080000001, 0x8000000080008081, 0x8000000000008009, 0x000000000000008A, 0x0000000000000088,
       0x0000000080008009, 0x000000008000000A, 0x000000008000808B, 0x800000000000008B, 0x8000000000008089,
       0x8000000000008003, 0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
       0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008]
_ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56], [27, 20, 39, 8, 14]]
_M64 = (1 << 64) - 1


def _rol(v, n):
    return ((v << n) | (v >> (64 - n))) & _M64 if n else v


def _keccak_f(A):
    for rc in _RC:
        C = [A[x][0] ^ A[x][1] ^ A[x][2] ^ A[x][3] ^ A[x][4] for x in range(5)]
        D = [C[(x - 1) % 5] ^ _rol(C[(x + 1) % 5], 1) for x in range(5)]
        A = [[A[x][y] ^ D[x] for y in range(5)] for x in range(5)]
        B = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                B[y][(2 * x + 3 * y) % 5] = _rol(A[x][y], _ROT[x][y])
        A = [[B[x][y] ^ ((~B[(x + 1) % 5][y]) & B[(x + 2) % 5][y]) for y in range(5)] for x in range(5)]
        A[0][0] ^= rc
    return A


def keccak256(data):
    rate = 136
    msg = bytearray(data) + b"\x01"
    while len(msg) % rate:
        msg += b"\x00"
    msg[-1] |= 0x80
    A = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        block = msg[off:off + rate]
        for i in range(rate // 8):
            x, y = i % 5, i // 5
            A[x][y] ^= int.from_bytes(block[8 * i:8 * i + 8], "little")
        A = _keccak_f(A)
    out = b""
    for i in range(4):
        out += A[i % 5][i // 5].to_bytes(8, "little")
    return out


def eth_address(eckey):
    raw = keccak256(i2b(eckey.Q[0], 32) + i2b(eckey.Q[1], 32))[-20:].hex()
    h = keccak256(raw.encode()).hex()
    return "0x" + "".join(ch.upper() if ch.isalpha() and int(h[i], 16) >= 8 else ch for i, ch in enumerate(raw))


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(payload):
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = _B58[r] + s
    return "1" * (len(data) - len(data.lstrip(b"\x00"))) + s


def b58check_ok(s):
    n = 0
    for ch in s:
        n = n * 58 + _B58.index(ch)
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    raw = b"\x00" * (len(s) - len(s.lstrip("1"))) + raw
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def wif(eckey):
    return b58check(b"\x80" + i2b(eckey.d, 32) + b"\x01")


# ------------------------------------------------------------------ self-tests (run at import; cheap)
def _selftest():
    seed = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
    assert ed25519_pub(seed).hex() == "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "ed25519"
    k = bytes.fromhex("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4")
    u = bytes.fromhex("e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c")
    assert x25519(k, u).hex() == "c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552", "x25519"
    assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470", "keccak"
    assert P256.on_curve(P256.G) and K1.on_curve(K1.G)


_selftest()
