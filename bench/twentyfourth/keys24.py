"""Pure-Python key material: DER, RSA, P-256, Ed25519 and their serialisations (twentyfourth corpus)."""
import base64
import hashlib
import hmac
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


def octet(b):
    return tlv(0x04, b)


def bitstr(b):
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


NULL = b"\x05\x00"
OID_RSA = oid("1.2.840.113549.1.1.1")
OID_EC = oid("1.2.840.10045.2.1")
OID_P256 = oid("1.2.840.10045.3.1.7")
OID_ED25519 = oid("1.3.101.112")


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    return ["-----BEGIN %s-----" % label] + [b[i:i + width] for i in range(0, len(b), width)] + ["-----END %s-----" % label]


# ---------------------------------------------------------------- RSA
SMALL_PRIMES = [p for p in range(3, 2000) if all(p % d for d in range(2, int(p ** 0.5) + 1))]


def _probable_prime(n, rng):
    for p in SMALL_PRIMES:
        if n % p == 0:
            return n == p
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


def _prime(bits, rng):
    while True:
        c = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if c % 65537 != 1 and _probable_prime(c, rng):
            return c


class RSAKey:
    kind = "rsa"

    def __init__(self, rng, bits=2048):
        e = 65537
        while True:
            p, q = _prime(bits // 2, rng), _prime(bits // 2, rng)
            if p == q:
                continue
            if p < q:
                p, q = q, p
            phi = (p - 1) * (q - 1)
            try:
                d = pow(e, -1, phi)
            except ValueError:
                continue
            break
        self.n, self.e, self.d, self.p, self.q = p * q, e, d, p, q
        self.dp, self.dq, self.qi = d % (p - 1), d % (q - 1), pow(q, -1, p)

    def pkcs1(self):
        return seq(*[der_int(x) for x in (0, self.n, self.e, self.d, self.p, self.q, self.dp, self.dq, self.qi)])

    def pkcs8(self):
        return seq(der_int(0), seq(OID_RSA, NULL), octet(self.pkcs1()))

    def spki(self):
        return seq(seq(OID_RSA, NULL), bitstr(seq(der_int(self.n), der_int(self.e))))

    def ssh_pub_blob(self):
        return sshstr(b"ssh-rsa") + mpint(self.e) + mpint(self.n)

    def ssh_priv_fields(self):
        return (sshstr(b"ssh-rsa") + mpint(self.n) + mpint(self.e) + mpint(self.d) + mpint(self.qi)
                + mpint(self.p) + mpint(self.q))

    def xml(self):
        k = (self.n.bit_length() + 7) // 8
        h = k // 2
        f = lambda v, ln: base64.b64encode(v.to_bytes(ln, "big")).decode()
        return [("Modulus", f(self.n, k)), ("Exponent", f(self.e, 3)), ("P", f(self.p, h)), ("Q", f(self.q, h)),
                ("DP", f(self.dp, h)), ("DQ", f(self.dq, h)), ("InverseQ", f(self.qi, h)), ("D", f(self.d, k))]

    ssh_type = "ssh-rsa"


# ---------------------------------------------------------------- P-256
P = 2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1
A = P - 3
B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b
N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
G = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
     0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def _jdouble(X, Y, Z):
    if Y == 0:
        return (0, 1, 0)
    S = 4 * X * Y * Y % P
    M = (3 * X * X + A * pow(Z, 4, P)) % P
    X2 = (M * M - 2 * S) % P
    return (X2, (M * (S - X2) - 8 * pow(Y, 4, P)) % P, 2 * Y * Z % P)


def _jadd(p1, p2):
    X1, Y1, Z1 = p1
    X2, Y2, Z2 = p2
    if Z1 == 0:
        return p2
    if Z2 == 0:
        return p1
    U1, U2 = X1 * Z2 * Z2 % P, X2 * Z1 * Z1 % P
    S1, S2 = Y1 * pow(Z2, 3, P) % P, Y2 * pow(Z1, 3, P) % P
    if U1 == U2:
        return _jdouble(X1, Y1, Z1) if S1 == S2 else (0, 1, 0)
    H, R = (U2 - U1) % P, (S2 - S1) % P
    H2, H3 = H * H % P, pow(H, 3, P)
    X3 = (R * R - H3 - 2 * U1 * H2) % P
    return (X3, (R * (U1 * H2 - X3) - S1 * H3) % P, H * Z1 * Z2 % P)


def p256_mul(k, pt=G):
    R = (0, 1, 0)
    Q = (pt[0], pt[1], 1)
    while k:
        if k & 1:
            R = _jadd(R, Q)
        Q = _jdouble(*Q)
        k >>= 1
    X, Y, Z = R
    zi = pow(Z, -1, P)
    return (X * zi * zi % P, Y * pow(zi, 3, P) % P)


class ECKey:
    kind = "p256"
    ssh_type = "ecdsa-sha2-nistp256"

    def __init__(self, rng):
        self.d = rng.randrange(1, N)
        self.x, self.y = p256_mul(self.d)

    def point(self):
        return b"\x04" + self.x.to_bytes(32, "big") + self.y.to_bytes(32, "big")

    def sec1(self, params=True):
        parts = [der_int(1), octet(self.d.to_bytes(32, "big"))]
        if params:
            parts.append(tlv(0xA0, OID_P256))
        parts.append(tlv(0xA1, bitstr(self.point())))
        return seq(*parts)

    def pkcs8(self):
        return seq(der_int(0), seq(OID_EC, OID_P256), octet(self.sec1(params=False)))

    def spki(self):
        return seq(seq(OID_EC, OID_P256), bitstr(self.point()))

    def ssh_pub_blob(self):
        return sshstr(b"ecdsa-sha2-nistp256") + sshstr(b"nistp256") + sshstr(self.point())

    def ssh_priv_fields(self):
        return self.ssh_pub_blob() + mpint(self.d)

    def sign(self, msg, rng):
        z = int.from_bytes(hashlib.sha256(msg).digest(), "big")
        while True:
            k = rng.randrange(1, N)
            r = p256_mul(k)[0] % N
            s = pow(k, -1, N) * (z + r * self.d) % N
            if r and s:
                return seq(der_int(r), der_int(s))


# ---------------------------------------------------------------- Ed25519
EP = 2 ** 255 - 19
EL = 2 ** 252 + 27742317777372353535851937790883648493
ED = -121665 * pow(121666, -1, EP) % EP
EI = pow(2, (EP - 1) // 4, EP)


def _xrecover(y):
    xx = (y * y - 1) * pow(ED * y * y + 1, -1, EP)
    x = pow(xx, (EP + 3) // 8, EP)
    if (x * x - xx) % EP:
        x = x * EI % EP
    return EP - x if x % 2 else x


_BY = 4 * pow(5, -1, EP) % EP
EB = (_xrecover(_BY), _BY, 1, _xrecover(_BY) * _BY % EP)


def _eadd(p, q):
    X1, Y1, Z1, T1 = p
    X2, Y2, Z2, T2 = q
    a = (Y1 - X1) * (Y2 - X2) % EP
    b = (Y1 + X1) * (Y2 + X2) % EP
    c = T1 * 2 * ED * T2 % EP
    d = Z1 * 2 * Z2 % EP
    e, f, g, h = b - a, d - c, d + c, b + a
    return (e * f % EP, g * h % EP, f * g % EP, e * h % EP)


def ed_mul(s, pt=EB):
    q = (0, 1, 1, 0)
    while s:
        if s & 1:
            q = _eadd(q, pt)
        pt = _eadd(pt, pt)
        s >>= 1
    return q


def ed_encode(pt):
    X, Y, Z, _ = pt
    zi = pow(Z, -1, EP)
    x, y = X * zi % EP, Y * zi % EP
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


class EdKey:
    kind = "ed25519"
    ssh_type = "ssh-ed25519"

    def __init__(self, rng):
        self.seed = bytes(rng.randrange(256) for _ in range(32))
        h = hashlib.sha512(self.seed).digest()
        a = int.from_bytes(h[:32], "little")
        a &= (1 << 254) - 8
        a |= 1 << 254
        self.a, self.prefix = a, h[32:]
        self.pub = ed_encode(ed_mul(a))

    def pkcs8(self):
        return seq(der_int(0), seq(OID_ED25519), octet(octet(self.seed)))

    def spki(self):
        return seq(seq(OID_ED25519), bitstr(self.pub))

    def ssh_pub_blob(self):
        return sshstr(b"ssh-ed25519") + sshstr(self.pub)

    def ssh_priv_fields(self):
        return sshstr(b"ssh-ed25519") + sshstr(self.pub) + sshstr(self.seed + self.pub)


# ---------------------------------------------------------------- SSH / PuTTY / JWK / minisign / signify
def sshstr(b):
    return struct.pack(">I", len(b)) + b


def mpint(v):
    if v == 0:
        return sshstr(b"")
    b = v.to_bytes((v.bit_length() + 8) // 8, "big")
    return sshstr(b)


def openssh_private(key, comment, rng):
    check = rng.getrandbits(32)
    priv = struct.pack(">II", check, check) + key.ssh_priv_fields() + sshstr(comment.encode())
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = (b"openssh-key-v1\x00" + sshstr(b"none") + sshstr(b"none") + sshstr(b"") + struct.pack(">I", 1)
            + sshstr(key.ssh_pub_blob()) + sshstr(priv))
    b = base64.b64encode(blob).decode()
    return ["-----BEGIN OPENSSH PRIVATE KEY-----"] + [b[i:i + 70] for i in range(0, len(b), 70)] + \
        ["-----END OPENSSH PRIVATE KEY-----"]


def openssh_public(key, comment):
    return "%s %s %s" % (key.ssh_type, base64.b64encode(key.ssh_pub_blob()).decode(), comment)


def ssh_fingerprint(key):
    return "SHA256:" + base64.b64encode(hashlib.sha256(key.ssh_pub_blob()).digest()).decode().rstrip("=")


def ppk(key, comment, version):
    """Unencrypted PuTTY key (ECDSA P-256 or RSA). Returns lines."""
    alg = key.ssh_type
    pub = key.ssh_pub_blob()
    if key.kind == "rsa":
        priv = mpint(key.d) + mpint(key.p) + mpint(key.q) + mpint(key.qi)
    else:
        priv = mpint(key.d)
    macdata = sshstr(alg.encode()) + sshstr(b"none") + sshstr(comment.encode()) + sshstr(pub) + sshstr(priv)
    if version == 2:
        mk = hashlib.sha1(b"putty-private-key-file-mac-key").digest()
        mac = hmac.new(mk, macdata, hashlib.sha1).hexdigest()
    else:
        mac = hmac.new(b"", macdata, hashlib.sha256).hexdigest()
    pb, vb = base64.b64encode(pub).decode(), base64.b64encode(priv).decode()
    pl = [pb[i:i + 64] for i in range(0, len(pb), 64)]
    vl = [vb[i:i + 64] for i in range(0, len(vb), 64)]
    out = ["PuTTY-User-Key-File-%d: %s" % (version, alg), "Encryption: none", "Comment: " + comment,
           "Public-Lines: %d" % len(pl)] + pl + ["Private-Lines: %d" % len(vl)] + vl + ["Private-MAC: " + mac]
    return out


def _u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwk(key, kid=None, private=True):
    if key.kind == "p256":
        j = {"kty": "EC", "crv": "P-256", "x": _u(key.x.to_bytes(32, "big")), "y": _u(key.y.to_bytes(32, "big"))}
        if private:
            j["d"] = _u(key.d.to_bytes(32, "big"))
    elif key.kind == "ed25519":
        j = {"kty": "OKP", "crv": "Ed25519", "x": _u(key.pub)}
        if private:
            j["d"] = _u(key.seed)
    else:
        ib = lambda v: _u(v.to_bytes((v.bit_length() + 7) // 8, "big"))
        j = {"kty": "RSA", "n": ib(key.n), "e": ib(key.e)}
        if private:
            j.update({"d": ib(key.d), "p": ib(key.p), "q": ib(key.q), "dp": ib(key.dp), "dq": ib(key.dq),
                      "qi": ib(key.qi)})
    if kid:
        j["kid"] = kid
    return j


def minisign_pair(key, keynum):
    """keynum: 8 bytes. Unencrypted minisign secret key (kdf 0x0000) and public key."""
    sk = key.seed + key.pub
    chk = hashlib.blake2b(b"Ed" + keynum + sk, digest_size=32).digest()
    blob = b"Ed" + b"\x00\x00" + b"B2" + bytes(32) + bytes(8) + bytes(8) + keynum + sk + chk
    kid = "%016X" % int.from_bytes(keynum, "little")
    sec = ["untrusted comment: minisign secret key " + kid, base64.b64encode(blob).decode()]
    pub = ["untrusted comment: minisign public key " + kid, base64.b64encode(b"Ed" + keynum + key.pub).decode()]
    return sec, pub


def signify_pair(key, keynum, comment):
    sk = key.seed + key.pub
    chk = hashlib.sha512(sk).digest()[:8]
    blob = b"Ed" + b"BK" + struct.pack(">I", 0) + bytes(16) + chk + keynum + sk
    sec = ["untrusted comment: %s secret key" % comment, base64.b64encode(blob).decode()]
    pub = ["untrusted comment: %s public key" % comment, base64.b64encode(b"Ed" + keynum + key.pub).decode()]
    return sec, pub


def ed_check(seed, pub):
    k = EdKey.__new__(EdKey)
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    return ed_encode(ed_mul(a)) == pub


# ---------------------------------------------------------------- a self-signed certificate (negative)
def _name(cn, o, c):
    def rdn(o_, v, tag=0x0C):
        return tlv(0x31, seq(oid(o_), tlv(tag, v.encode())))
    return seq(rdn("2.5.4.6", c, 0x13), rdn("2.5.4.10", o), rdn("2.5.4.3", cn))


def self_signed_cert(key, cn, org, country, serial, not_before, not_after, rng):
    """ECDSA P-256 certificate; dates as 'YYMMDDhhmmssZ'."""
    alg = seq(oid("1.2.840.10045.4.3.2"))
    name = _name(cn, org, country)
    validity = seq(tlv(0x17, not_before.encode()), tlv(0x17, not_after.encode()))
    tbs = seq(tlv(0xA0, der_int(2)), der_int(serial), alg, name, validity, name, key.spki())
    sig = key.sign(tbs, rng)
    return seq(tbs, alg, bitstr(sig))
