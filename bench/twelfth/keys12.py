"""Pure-Python key material for the twelfth corpus: RSA, P-256 (ECDSA), Ed25519 and their encodings
(PKCS#1, SEC1, PKCS#8, SPKI, OpenSSH, JWK, .NET <RSAKeyValue>) plus ECDSA-signed X.509 certificates.
Follows RFC 8017, SEC 1, RFC 5208/5958, RFC 5280, RFC 7517/7518/8037, RFC 8032, OpenSSH PROTOCOL.key.
Randomness comes from the caller's random.Random, so output is deterministic per seed.
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


def tlv(tag, body):
    return bytes([tag]) + _len(len(body)) + body


def INT(n):
    b = n.to_bytes(max(1, (n.bit_length() + 8) // 8), "big")
    return tlv(0x02, b)


def SEQ(*items):
    return tlv(0x30, b"".join(items))


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


def OCT(b):
    return tlv(0x04, b)


def BIT(b):
    return tlv(0x03, b"\x00" + b)


NULL = b"\x05\x00"
OID_RSA = "1.2.840.113549.1.1.1"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_ED25519 = "1.3.101.112"
OID_ECDSA_SHA256 = "1.2.840.10045.4.3.2"


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + width] for i in range(0, len(b), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def b64u(n_or_b, length=None):
    if isinstance(n_or_b, int):
        n_or_b = n_or_b.to_bytes(length or (n_or_b.bit_length() + 7) // 8, "big")
    return base64.urlsafe_b64encode(n_or_b).decode().rstrip("=")


# ------------------------------------------------------------------ RSA
_SMALL = [p for p in range(3, 2000, 2) if all(p % q for q in range(3, int(p ** 0.5) + 1, 2))]


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
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(bits, rng, e):
    while True:
        c = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if (c - 1) % e and _probable_prime(c, rng):
            return c


class RSAKey:
    kind = "rsa"

    def __init__(self, rng, bits=2048):
        self.e = 65537
        while True:
            p = _prime(bits // 2, rng, self.e)
            q = _prime(bits // 2, rng, self.e)
            if p != q and (p * q).bit_length() == bits:
                break
        if p < q:
            p, q = q, p
        self.p, self.q, self.n = p, q, p * q
        phi = (p - 1) * (q - 1)
        self.d = pow(self.e, -1, phi)
        self.dp, self.dq, self.qi = self.d % (p - 1), self.d % (q - 1), pow(q, -1, p)
        self.bits = bits

    def pkcs1(self):
        return SEQ(INT(0), INT(self.n), INT(self.e), INT(self.d), INT(self.p), INT(self.q), INT(self.dp), INT(self.dq), INT(self.qi))

    def pkcs8(self):
        return SEQ(INT(0), SEQ(OID(OID_RSA), NULL), OCT(self.pkcs1()))

    def spki(self):
        return SEQ(SEQ(OID(OID_RSA), NULL), BIT(SEQ(INT(self.n), INT(self.e))))

    def pem_private(self, fmt="pkcs1"):
        return pem("RSA PRIVATE KEY", self.pkcs1()) if fmt == "pkcs1" else pem("PRIVATE KEY", self.pkcs8())

    def pem_public(self):
        return pem("PUBLIC KEY", self.spki())

    def jwk(self, kid, private=True):
        j = {"kty": "RSA", "kid": kid, "use": "sig", "alg": "RS256", "n": b64u(self.n), "e": b64u(self.e)}
        if private:
            j.update({"d": b64u(self.d), "p": b64u(self.p), "q": b64u(self.q), "dp": b64u(self.dp), "dq": b64u(self.dq), "qi": b64u(self.qi)})
        return j

    def ssh_pub_blob(self):
        return sshstr(b"ssh-rsa") + sshmpint(self.e) + sshmpint(self.n)

    def ssh_priv_body(self):
        return (sshstr(b"ssh-rsa") + sshmpint(self.n) + sshmpint(self.e) + sshmpint(self.d) + sshmpint(self.qi)
                + sshmpint(self.p) + sshmpint(self.q))

    def rsakeyvalue(self, crlf=False):
        f = lambda n: base64.b64encode(n.to_bytes((n.bit_length() + 7) // 8, "big")).decode()
        parts = [("Modulus", self.n), ("Exponent", self.e), ("P", self.p), ("Q", self.q), ("DP", self.dp), ("DQ", self.dq),
                 ("InverseQ", self.qi), ("D", self.d)]
        return "<RSAKeyValue>" + "".join("<%s>%s</%s>" % (k, f(v), k) for k, v in parts) + "</RSAKeyValue>"


# ------------------------------------------------------------------ P-256
P256_P = 2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1
P256_A = P256_P - 3
P256_B = 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B
P256_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
P256_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
          0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)


def ec_add(P, Q):
    if P is None:
        return Q
    if Q is None:
        return P
    p = P256_P
    if P[0] == Q[0]:
        if (P[1] + Q[1]) % p == 0:
            return None
        lam = (3 * P[0] * P[0] + P256_A) * pow(2 * P[1], -1, p) % p
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, p) % p
    x = (lam * lam - P[0] - Q[0]) % p
    return (x, (lam * (P[0] - x) - P[1]) % p)


def ec_mul(k, P=P256_G):
    R = None
    while k:
        if k & 1:
            R = ec_add(R, P)
        P = ec_add(P, P)
        k >>= 1
    return R


class ECKey:
    kind = "ec"

    def __init__(self, rng):
        self.d = rng.randrange(1, P256_N)
        self.Q = ec_mul(self.d)

    def point(self):
        return b"\x04" + self.Q[0].to_bytes(32, "big") + self.Q[1].to_bytes(32, "big")

    def sec1(self, with_params=True):
        body = INT(1) + OCT(self.d.to_bytes(32, "big"))
        if with_params:
            body += tlv(0xA0, OID(OID_P256))
        body += tlv(0xA1, BIT(self.point()))
        return tlv(0x30, body)

    def pkcs8(self):
        return SEQ(INT(0), SEQ(OID(OID_EC), OID(OID_P256)), OCT(self.sec1(with_params=False)))

    def spki(self):
        return SEQ(SEQ(OID(OID_EC), OID(OID_P256)), BIT(self.point()))

    def pem_private(self, fmt="sec1"):
        return pem("EC PRIVATE KEY", self.sec1()) if fmt == "sec1" else pem("PRIVATE KEY", self.pkcs8())

    def pem_public(self):
        return pem("PUBLIC KEY", self.spki())

    def jwk(self, kid, private=True):
        j = {"kty": "EC", "kid": kid, "use": "sig", "alg": "ES256", "crv": "P-256",
             "x": b64u(self.Q[0], 32), "y": b64u(self.Q[1], 32)}
        if private:
            j["d"] = b64u(self.d, 32)
        return j

    def ssh_pub_blob(self):
        return sshstr(b"ecdsa-sha2-nistp256") + sshstr(b"nistp256") + sshstr(self.point())

    def ssh_priv_body(self):
        return self.ssh_pub_blob() + sshmpint(self.d)

    def sign(self, msg, rng):
        z = int.from_bytes(hashlib.sha256(msg).digest(), "big")
        while True:
            k = rng.randrange(1, P256_N)
            r = ec_mul(k)[0] % P256_N
            s = pow(k, -1, P256_N) * (z + r * self.d) % P256_N
            if r and s:
                return SEQ(INT(r), INT(s))


def ecdsa_verify(Q, msg, sig_der):
    from kcheck12 import der_read
    (_, body), _ = der_read(sig_der, 0)
    (t1, rb), off = der_read(body, 0)
    (t2, sb), _ = der_read(body, off)
    r, s = int.from_bytes(rb, "big"), int.from_bytes(sb, "big")
    z = int.from_bytes(hashlib.sha256(msg).digest(), "big")
    w = pow(s, -1, P256_N)
    X = ec_add(ec_mul(z * w % P256_N), ec_mul(r * w % P256_N, Q))
    return X is not None and X[0] % P256_N == r


# ------------------------------------------------------------------ Ed25519 (RFC 8032)
ED_P = 2 ** 255 - 19
ED_D = -121665 * pow(121666, -1, ED_P) % ED_P
ED_L = 2 ** 252 + 27742317777372353535851937790883648493


def _ed_add(P, Q):
    x1, y1, z1, t1 = P
    x2, y2, z2, t2 = Q
    a = (y1 - x1) * (y2 - x2) % ED_P
    b = (y1 + x1) * (y2 + x2) % ED_P
    c = t1 * 2 * ED_D * t2 % ED_P
    dd = z1 * 2 * z2 % ED_P
    e, f, g, h = b - a, dd - c, dd + c, b + a
    return (e * f % ED_P, g * h % ED_P, f * g % ED_P, e * h % ED_P)


def _ed_mul(s, P):
    Q = (0, 1, 1, 0)
    while s:
        if s & 1:
            Q = _ed_add(Q, P)
        P = _ed_add(P, P)
        s >>= 1
    return Q


def _ed_recover_x(y, sign):
    x2 = (y * y - 1) * pow(ED_D * y * y + 1, -1, ED_P)
    x = pow(x2, (ED_P + 3) // 8, ED_P)
    if (x * x - x2) % ED_P:
        x = x * pow(2, (ED_P - 1) // 4, ED_P) % ED_P
    if x & 1 != sign:
        x = ED_P - x
    return x


_GY = 4 * pow(5, -1, ED_P) % ED_P
_GX = _ed_recover_x(_GY, 0)
ED_G = (_GX, _GY, 1, _GX * _GY % ED_P)


def ed25519_public(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    X, Y, Z, _ = _ed_mul(a, ED_G)
    zi = pow(Z, -1, ED_P)
    x, y = X * zi % ED_P, Y * zi % ED_P
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


# RFC 8032 test vector 1
assert ed25519_public(bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")).hex() == \
    "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"


class EdKey:
    kind = "ed25519"

    def __init__(self, rng):
        self.seed = bytes(rng.getrandbits(8) for _ in range(32))
        self.pub = ed25519_public(self.seed)

    def pkcs8(self):
        return SEQ(INT(0), SEQ(OID(OID_ED25519)), OCT(OCT(self.seed)))

    def spki(self):
        return SEQ(SEQ(OID(OID_ED25519)), BIT(self.pub))

    def pem_private(self, fmt="pkcs8"):
        return pem("PRIVATE KEY", self.pkcs8())

    def pem_public(self):
        return pem("PUBLIC KEY", self.spki())

    def jwk(self, kid, private=True):
        j = {"kty": "OKP", "crv": "Ed25519", "kid": kid, "alg": "EdDSA", "x": b64u(self.pub)}
        if private:
            j["d"] = b64u(self.seed)
        return j

    def ssh_pub_blob(self):
        return sshstr(b"ssh-ed25519") + sshstr(self.pub)

    def ssh_priv_body(self):
        return sshstr(b"ssh-ed25519") + sshstr(self.pub) + sshstr(self.seed + self.pub)


# ------------------------------------------------------------------ OpenSSH
def sshstr(b):
    return struct.pack(">I", len(b)) + b


def sshmpint(n):
    b = n.to_bytes((n.bit_length() + 8) // 8, "big") if n else b""
    return sshstr(b)


SSH_TYPE = {"rsa": "ssh-rsa", "ec": "ecdsa-sha2-nistp256", "ed25519": "ssh-ed25519"}


def openssh_private(key, comment, rng):
    check = rng.getrandbits(32)
    priv = struct.pack(">II", check, check) + key.ssh_priv_body() + sshstr(comment.encode())
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = (b"openssh-key-v1\x00" + sshstr(b"none") + sshstr(b"none") + sshstr(b"") + struct.pack(">I", 1)
            + sshstr(key.ssh_pub_blob()) + sshstr(priv))
    b = base64.b64encode(blob).decode()
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % "\n".join(
        b[i:i + 70] for i in range(0, len(b), 70))


def openssh_public(key, comment):
    return "%s %s %s" % (SSH_TYPE[key.kind], base64.b64encode(key.ssh_pub_blob()).decode(), comment)


def ssh_fingerprint(key):
    return "SHA256:" + base64.b64encode(hashlib.sha256(key.ssh_pub_blob()).digest()).decode().rstrip("=")


# ------------------------------------------------------------------ X.509
def _name(cn, org):
    def rdn(oid, val):
        return tlv(0x31, SEQ(OID(oid), tlv(0x0C, val.encode())))
    return SEQ(rdn("2.5.4.6", "US"), rdn("2.5.4.10", org), rdn("2.5.4.3", cn))


def _time(y, m, d):
    return tlv(0x17, ("%02d%02d%02d000000Z" % (y % 100, m, d)).encode())


def certificate(subject_key, cn, org, ca_key, ca_cn, rng, serial=None):
    """An X.509 v3 certificate for subject_key, ECDSA-SHA256-signed by ca_key (a P-256 ECKey)."""
    serial = serial or rng.getrandbits(63) + 1
    san = SEQ(OID("2.5.29.17"), OCT(SEQ(tlv(0x82, cn.encode()))))
    bc = SEQ(OID("2.5.29.19"), tlv(0x01, b"\xff"), OCT(SEQ()))
    tbs = SEQ(tlv(0xA0, INT(2)), INT(serial), SEQ(OID(OID_ECDSA_SHA256)), _name(ca_cn, org),
              SEQ(_time(2025, 1, 6), _time(2027, 1, 6)), _name(cn, org), subject_key.spki(),
              tlv(0xA3, SEQ(san, bc)))
    sig = ca_key.sign(tbs, rng)
    return SEQ(tbs, SEQ(OID(OID_ECDSA_SHA256)), BIT(sig)), tbs, sig
