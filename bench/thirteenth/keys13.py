"""Real key material in pure Python: RSA, P-256, secp256k1, Ed25519 and their encodings.

Written from RFC 8017 (RSA, PKCS#1), SEC 1 / RFC 5915 (EC keys), RFC 5208/5958 (PKCS#8), RFC 5280 (X.509),
RFC 8032 (Ed25519, checked against test vector 1 at import), RFC 7517/7518/8037 (JWK)
and OpenSSH PROTOCOL.key. Base58Check/BIP-32/bech32 live in enc13.py (re-exported here).
"""
import base64
import hashlib
import json

# ------------------------------------------------------------------ DER
def _dlen(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, body):
    return bytes([tag]) + _dlen(len(body)) + body


def INT(n):
    return tlv(0x02, n.to_bytes((n.bit_length() + 8) // 8, "big") if n else b"\x00")


def SEQ(*xs):
    return tlv(0x30, b"".join(xs))


def SET(*xs):
    return tlv(0x31, b"".join(xs))


def OCT(b):
    return tlv(0x04, b)


def BIT(b):
    return tlv(0x03, b"\x00" + b)


NULL = b"\x05\x00"


def OID(dotted):
    parts = [int(x) for x in dotted.split(".")]
    out = bytearray([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        chunk = [p & 0x7F]
        p >>= 7
        while p:
            chunk.append(0x80 | (p & 0x7F))
            p >>= 7
        out += bytes(reversed(chunk))
    return tlv(0x06, bytes(out))


def CTX(n, body):
    return tlv(0xA0 + n, body)


OID_RSA = "1.2.840.113549.1.1.1"
OID_SHA256_RSA = "1.2.840.113549.1.1.11"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_ECDSA_SHA256 = "1.2.840.10045.4.3.2"
OID_ED25519 = "1.3.101.112"
OID_SHA256 = "2.16.840.1.101.3.4.2.1"


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + width] for i in range(0, len(b), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def b64u(n_or_bytes, size=None):
    if isinstance(n_or_bytes, int):
        size = size or (n_or_bytes.bit_length() + 7) // 8
        n_or_bytes = n_or_bytes.to_bytes(size, "big")
    return base64.urlsafe_b64encode(n_or_bytes).rstrip(b"=").decode()


# ------------------------------------------------------------------ RSA
_SMALL = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


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
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(rng, bits):
    while True:
        c = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if _probable_prime(c, rng):
            return c


class RSAKey:
    def __init__(self, rng, bits=2048):
        e = 65537
        while True:
            p, q = _prime(rng, bits // 2), _prime(rng, bits // 2)
            if p == q or (p - 1) % e == 0 or (q - 1) % e == 0:
                continue
            if p < q:
                p, q = q, p
            n = p * q
            if n.bit_length() == bits:
                break
        self.n, self.e, self.p, self.q = n, e, p, q
        self.d = pow(e, -1, (p - 1) * (q - 1))
        self.dp, self.dq, self.qi = self.d % (p - 1), self.d % (q - 1), pow(q, -1, p)
        self.kind = "rsa"

    def pkcs1(self):
        return SEQ(INT(0), INT(self.n), INT(self.e), INT(self.d), INT(self.p), INT(self.q), INT(self.dp),
                   INT(self.dq), INT(self.qi))

    def pkcs8(self):
        return SEQ(INT(0), SEQ(OID(OID_RSA), NULL), OCT(self.pkcs1()))

    def spki(self):
        return SEQ(SEQ(OID(OID_RSA), NULL), BIT(SEQ(INT(self.n), INT(self.e))))

    def pem_pkcs1(self):
        return pem("RSA PRIVATE KEY", self.pkcs1())

    def pem_pkcs8(self):
        return pem("PRIVATE KEY", self.pkcs8())

    def pem_public(self):
        return pem("PUBLIC KEY", self.spki())

    def sign(self, msg):
        h = hashlib.sha256(msg).digest()
        di = SEQ(SEQ(OID(OID_SHA256), NULL), OCT(h))
        k = (self.n.bit_length() + 7) // 8
        em = b"\x00\x01" + b"\xff" * (k - len(di) - 3) + b"\x00" + di
        return pow(int.from_bytes(em, "big"), self.d, self.n).to_bytes(k, "big")

    def sig_alg(self):
        return SEQ(OID(OID_SHA256_RSA), NULL)

    def jwk(self, kid=None, private=True):
        j = {"kty": "RSA", "n": b64u(self.n), "e": b64u(self.e)}
        if private:
            j.update(d=b64u(self.d), p=b64u(self.p), q=b64u(self.q), dp=b64u(self.dp), dq=b64u(self.dq),
                     qi=b64u(self.qi))
        if kid:
            j["kid"] = kid
        return j

    def ssh_pub_blob(self):
        return sshstr(b"ssh-rsa") + mpint(self.e) + mpint(self.n)

    def ssh_priv_fields(self):
        return (sshstr(b"ssh-rsa") + mpint(self.n) + mpint(self.e) + mpint(self.d) + mpint(self.qi) + mpint(self.p)
                + mpint(self.q))

    ssh_type = "ssh-rsa"


# ------------------------------------------------------------------ short Weierstrass curves
class Curve:
    def __init__(self, p, a, b, gx, gy, n):
        self.p, self.a, self.b, self.G, self.n = p, a, b, (gx, gy), n

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
        P = P or self.G
        R = None
        while k:
            if k & 1:
                R = self.add(R, P)
            P = self.add(P, P)
            k >>= 1
        return R

    def on_curve(self, P):
        x, y = P
        return (y * y - x * x * x - self.a * x - self.b) % self.p == 0


P256 = Curve(2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1, -3,
             0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b,
             0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
             0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5,
             0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551)
K256 = Curve(2 ** 256 - 2 ** 32 - 977, 0, 7,
             0x79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798,
             0x483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8,
             0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141)


class ECKey:
    def __init__(self, rng):
        self.d = rng.randrange(1, P256.n)
        self.Q = P256.mul(self.d)
        self.kind = "ec"
        self._rng = rng

    def point(self):
        return b"\x04" + self.Q[0].to_bytes(32, "big") + self.Q[1].to_bytes(32, "big")

    def sec1(self, params=True):
        parts = [INT(1), OCT(self.d.to_bytes(32, "big"))]
        if params:
            parts.append(CTX(0, OID(OID_P256)))
        parts.append(CTX(1, BIT(self.point())))
        return SEQ(*parts)

    def pkcs8(self):
        return SEQ(INT(0), SEQ(OID(OID_EC), OID(OID_P256)), OCT(self.sec1(params=False)))

    def spki(self):
        return SEQ(SEQ(OID(OID_EC), OID(OID_P256)), BIT(self.point()))

    def pem_sec1(self):
        return pem("EC PRIVATE KEY", self.sec1())

    def pem_pkcs8(self):
        return pem("PRIVATE KEY", self.pkcs8())

    def pem_public(self):
        return pem("PUBLIC KEY", self.spki())

    def sign(self, msg):
        z = int.from_bytes(hashlib.sha256(msg).digest(), "big")
        while True:
            k = self._rng.randrange(1, P256.n)
            r = P256.mul(k)[0] % P256.n
            s = pow(k, -1, P256.n) * (z + r * self.d) % P256.n
            if r and s:
                return SEQ(INT(r), INT(s))

    def sig_alg(self):
        return SEQ(OID(OID_ECDSA_SHA256))

    def jwk(self, kid=None, private=True):
        j = {"kty": "EC", "crv": "P-256", "x": b64u(self.Q[0], 32), "y": b64u(self.Q[1], 32)}
        if private:
            j["d"] = b64u(self.d, 32)
        if kid:
            j["kid"] = kid
        return j

    def ssh_pub_blob(self):
        return sshstr(b"ecdsa-sha2-nistp256") + sshstr(b"nistp256") + sshstr(self.point())

    def ssh_priv_fields(self):
        return (sshstr(b"ecdsa-sha2-nistp256") + sshstr(b"nistp256") + sshstr(self.point()) + mpint(self.d))

    ssh_type = "ecdsa-sha2-nistp256"


# ------------------------------------------------------------------ Ed25519 (RFC 8032)
_EQ = 2 ** 255 - 19
_ED = -121665 * pow(121666, -1, _EQ) % _EQ
_EL = 2 ** 252 + 27742317777372353535851937790883648493


def _ed_add(P, Q):
    x1, y1 = P
    x2, y2 = Q
    t = _ED * x1 * x2 * y1 * y2 % _EQ
    x3 = (x1 * y2 + x2 * y1) * pow(1 + t, -1, _EQ) % _EQ
    y3 = (y1 * y2 + x1 * x2) * pow(1 - t, -1, _EQ) % _EQ
    return (x3, y3)


def _ed_mul(k, P):
    R = (0, 1)
    while k:
        if k & 1:
            R = _ed_add(R, P)
        P = _ed_add(P, P)
        k >>= 1
    return R


def _ed_x(y, sign):
    xx = (y * y - 1) * pow(_ED * y * y + 1, -1, _EQ) % _EQ
    x = pow(xx, (_EQ + 3) // 8, _EQ)
    if (x * x - xx) % _EQ:
        x = x * pow(2, (_EQ - 1) // 4, _EQ) % _EQ
    if x & 1 != sign:
        x = _EQ - x
    return x


_EB = (_ed_x(4 * pow(5, -1, _EQ) % _EQ, 0), 4 * pow(5, -1, _EQ) % _EQ)


def ed25519_public(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    x, y = _ed_mul(a, _EB)
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


assert ed25519_public(bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")) == \
    bytes.fromhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"), "Ed25519 self-test"


class EdKey:
    def __init__(self, rng):
        self.seed = bytes(rng.getrandbits(8) for _ in range(32))
        self.pub = ed25519_public(self.seed)
        self.kind = "ed25519"

    def pkcs8(self):
        return SEQ(INT(0), SEQ(OID(OID_ED25519)), OCT(OCT(self.seed)))

    def spki(self):
        return SEQ(SEQ(OID(OID_ED25519)), BIT(self.pub))

    def pem_pkcs8(self):
        return pem("PRIVATE KEY", self.pkcs8())

    def pem_public(self):
        return pem("PUBLIC KEY", self.spki())

    def jwk(self, kid=None, private=True):
        j = {"kty": "OKP", "crv": "Ed25519", "x": b64u(self.pub)}
        if private:
            j["d"] = b64u(self.seed)
        if kid:
            j["kid"] = kid
        return j

    def ssh_pub_blob(self):
        return sshstr(b"ssh-ed25519") + sshstr(self.pub)

    def ssh_priv_fields(self):
        return sshstr(b"ssh-ed25519") + sshstr(self.pub) + sshstr(self.seed + self.pub)

    ssh_type = "ssh-ed25519"


# ------------------------------------------------------------------ OpenSSH
def sshstr(b):
    return len(b).to_bytes(4, "big") + b


def mpint(n):
    return sshstr(n.to_bytes((n.bit_length() + 8) // 8, "big") if n else b"")


def openssh_private(key, comment, rng):
    check = rng.getrandbits(32).to_bytes(4, "big")
    priv = check + check + key.ssh_priv_fields() + sshstr(comment.encode())
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = (b"openssh-key-v1\x00" + sshstr(b"none") + sshstr(b"none") + sshstr(b"") + (1).to_bytes(4, "big")
            + sshstr(key.ssh_pub_blob()) + sshstr(priv))
    return pem("OPENSSH PRIVATE KEY", blob, width=70)


def openssh_public(key, comment):
    return "%s %s %s" % (key.ssh_type, base64.b64encode(key.ssh_pub_blob()).decode(), comment)


def ssh_fingerprint(key):
    d = hashlib.sha256(key.ssh_pub_blob()).digest()
    return "SHA256:" + base64.b64encode(d).decode().rstrip("=")


# ------------------------------------------------------------------ X.509
def _name(cn, org):
    return SEQ(SET(SEQ(OID("2.5.4.6"), tlv(0x13, b"US"))), SET(SEQ(OID("2.5.4.10"), tlv(0x0C, org.encode()))),
               SET(SEQ(OID("2.5.4.3"), tlv(0x0C, cn.encode()))))


def certificate(subject_key, signer_key, cn, org, serial, year=2025, dns=None, issuer_cn=None):
    """An X.509 v3 certificate for subject_key, signed by signer_key (self-signed when they are the same)."""
    validity = SEQ(tlv(0x17, ("%02d0101000000Z" % (year % 100)).encode()),
                   tlv(0x17, ("%02d0101000000Z" % ((year + 2) % 100)).encode()))
    exts = [SEQ(OID("2.5.29.19"), OCT(SEQ()))]
    if dns:
        exts.append(SEQ(OID("2.5.29.17"), OCT(SEQ(*[tlv(0x82, d.encode()) for d in dns]))))
    tbs = SEQ(CTX(0, INT(2)), INT(serial), signer_key.sig_alg(), _name(issuer_cn or cn, org), validity,
              _name(cn, org), subject_key.spki(), CTX(3, SEQ(*exts)))
    sig = signer_key.sign(tbs)
    return pem("CERTIFICATE", SEQ(tbs, signer_key.sig_alg(), BIT(sig)))


def jwk_json(j, indent=None):
    return json.dumps(j, indent=indent)


from enc13 import (b58check, b58decode, b58check_ok, bip32_pair, wif, bech32, bech32_ok, age_key,  # noqa: E402,F401
                   age_recipient)
