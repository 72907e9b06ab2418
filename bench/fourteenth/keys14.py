"""Real key material in pure Python, generated from a seeded RNG: RSA, EC P-256, Ed25519; PKCS#1, PKCS#8,
SEC1, SPKI, OpenSSH, JWK, X.509 (RSA-signed by a per-corpus CA); bech32 for age keys."""

import base64
import hashlib
import json
import struct

# ------------------------------------------------------------------ DER
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


def seq(*parts):
    return tlv(0x30, b"".join(parts))


def der_set(*parts):
    return tlv(0x31, b"".join(parts))


def octet(b):
    return tlv(0x04, b)


def bitstr(b):
    return tlv(0x03, b"\x00" + b)


def null():
    return b"\x05\x00"


def oid(dotted):
    p = [int(x) for x in dotted.split(".")]
    out = bytes([40 * p[0] + p[1]])
    for v in p[2:]:
        enc = [v & 0x7F]
        v >>= 7
        while v:
            enc.append(0x80 | (v & 0x7F))
            v >>= 7
        out += bytes(reversed(enc))
    return tlv(0x06, out)


def ctx(n, body, constructed=True):
    return tlv((0xA0 if constructed else 0x80) | n, body)


OID_RSA = "1.2.840.113549.1.1.1"
OID_SHA256RSA = "1.2.840.113549.1.1.11"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_ED25519 = "1.3.101.112"


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + width] for i in range(0, len(b), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def b64u_int(n, size=None):
    b = n.to_bytes(size or (n.bit_length() + 7) // 8, "big")
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


# ------------------------------------------------------------------ RSA
SMALL_PRIMES = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _is_probable_prime(n, rng, rounds=24):
    for p in SMALL_PRIMES:
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


def _prime(rng, bits):
    while True:
        c = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if (c - 1) % 65537 and _is_probable_prime(c, rng, 1) and _is_probable_prime(c, rng):
            return c


class RSAKey:
    kind = "rsa"

    def __init__(self, rng, bits=2048):
        while True:
            p, q = _prime(rng, bits // 2), _prime(rng, bits // 2)
            if p != q:
                break
        if p < q:
            p, q = q, p
        self.p, self.q, self.e = p, q, 65537
        self.n = p * q
        self.d = pow(self.e, -1, (p - 1) * (q - 1))
        self.dp, self.dq, self.qi = self.d % (p - 1), self.d % (q - 1), pow(q, -1, p)

    def pkcs1(self):
        return seq(der_int(0), *[der_int(x) for x in (self.n, self.e, self.d, self.p, self.q, self.dp, self.dq,
                                                       self.qi)])

    def pkcs8(self):
        return seq(der_int(0), seq(oid(OID_RSA), null()), octet(self.pkcs1()))

    def spki(self):
        return seq(seq(oid(OID_RSA), null()), bitstr(seq(der_int(self.n), der_int(self.e))))

    def pem_trad(self):
        return pem("RSA PRIVATE KEY", self.pkcs1())

    def pem8(self):
        return pem("PRIVATE KEY", self.pkcs8())

    def pub_pem(self):
        return pem("PUBLIC KEY", self.spki())

    def ssh_pub_blob(self):
        return sstr(b"ssh-rsa") + mpint(self.e) + mpint(self.n)

    def ssh_priv_fields(self):
        return (sstr(b"ssh-rsa") + mpint(self.n) + mpint(self.e) + mpint(self.d) + mpint(self.qi) + mpint(self.p)
                + mpint(self.q))

    def jwk(self, kid=None, private=True):
        j = {"kty": "RSA", "n": b64u_int(self.n), "e": b64u_int(self.e)}
        if kid:
            j["kid"] = kid
        if private:
            j.update({"d": b64u_int(self.d), "p": b64u_int(self.p), "q": b64u_int(self.q),
                      "dp": b64u_int(self.dp), "dq": b64u_int(self.dq), "qi": b64u_int(self.qi)})
        return j

    def sign_sha256(self, msg):
        digest_info = seq(seq(oid("2.16.840.1.101.3.4.2.1"), null()), octet(hashlib.sha256(msg).digest()))
        k = (self.n.bit_length() + 7) // 8
        em = b"\x00\x01" + b"\xff" * (k - 3 - len(digest_info)) + b"\x00" + digest_info
        return pow(int.from_bytes(em, "big"), self.d, self.n).to_bytes(k, "big")

    def check(self):
        return self.p * self.q == self.n and (self.d * self.e) % ((self.p - 1) * (self.q - 1)) == 1


# ------------------------------------------------------------------ EC P-256
P256_P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
P256_A = P256_P - 3
P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
P256_G = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
          0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def _ec_add(P, Q):
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
    return x, (lam * (P[0] - x) - P[1]) % p


def ec_mul(k, P=P256_G):
    R = None
    while k:
        if k & 1:
            R = _ec_add(R, P)
        P = _ec_add(P, P)
        k >>= 1
    return R


class ECKey:
    kind = "ec"

    def __init__(self, rng):
        self.d = rng.randrange(1, P256_N)
        self.Q = ec_mul(self.d)

    def point(self):
        return b"\x04" + self.Q[0].to_bytes(32, "big") + self.Q[1].to_bytes(32, "big")

    def sec1(self, params=True):
        parts = [der_int(1), octet(self.d.to_bytes(32, "big"))]
        if params:
            parts.append(ctx(0, oid(OID_P256)))
        parts.append(ctx(1, bitstr(self.point())))
        return seq(*parts)

    def pkcs8(self):
        return seq(der_int(0), seq(oid(OID_EC), oid(OID_P256)), octet(self.sec1(params=False)))

    def spki(self):
        return seq(seq(oid(OID_EC), oid(OID_P256)), bitstr(self.point()))

    def pem_trad(self):
        return pem("EC PRIVATE KEY", self.sec1())

    def pem8(self):
        return pem("PRIVATE KEY", self.pkcs8())

    def pub_pem(self):
        return pem("PUBLIC KEY", self.spki())

    def ssh_pub_blob(self):
        return sstr(b"ecdsa-sha2-nistp256") + sstr(b"nistp256") + sstr(self.point())

    def ssh_priv_fields(self):
        return sstr(b"ecdsa-sha2-nistp256") + sstr(b"nistp256") + sstr(self.point()) + mpint(self.d)

    def jwk(self, kid=None, private=True):
        j = {"kty": "EC", "crv": "P-256", "x": b64u_int(self.Q[0], 32), "y": b64u_int(self.Q[1], 32)}
        if kid:
            j["kid"] = kid
        if private:
            j["d"] = b64u_int(self.d, 32)
        return j

    def check(self):
        return ec_mul(self.d) == self.Q


# ------------------------------------------------------------------ Ed25519
ED_P = 2 ** 255 - 19
ED_L = 2 ** 252 + 27742317777372353535851937790883648493
ED_D = -121665 * pow(121666, -1, ED_P) % ED_P
ED_I = pow(2, (ED_P - 1) // 4, ED_P)


def _ed_xrecover(y):
    xx = (y * y - 1) * pow(ED_D * y * y + 1, -1, ED_P)
    x = pow(xx, (ED_P + 3) // 8, ED_P)
    if (x * x - xx) % ED_P:
        x = x * ED_I % ED_P
    if x % 2:
        x = ED_P - x
    return x


ED_BY = 4 * pow(5, -1, ED_P) % ED_P
ED_B = (_ed_xrecover(ED_BY), ED_BY, 1, _ed_xrecover(ED_BY) * ED_BY % ED_P)


def _ed_add(P, Q):
    x1, y1, z1, t1 = P
    x2, y2, z2, t2 = Q
    a = (y1 - x1) * (y2 - x2) % ED_P
    b = (y1 + x1) * (y2 + x2) % ED_P
    c = t1 * 2 * ED_D * t2 % ED_P
    dd = z1 * 2 * z2 % ED_P
    e, f, g, h = b - a, dd - c, dd + c, b + a
    return e * f % ED_P, g * h % ED_P, f * g % ED_P, e * h % ED_P


def _ed_mul(k, P=ED_B):
    R = (0, 1, 1, 0)
    while k:
        if k & 1:
            R = _ed_add(R, P)
        P = _ed_add(P, P)
        k >>= 1
    return R


def ed_public(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    x, y, z, _ = _ed_mul(a)
    zi = pow(z, -1, ED_P)
    x, y = x * zi % ED_P, y * zi % ED_P
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


class EdKey:
    kind = "ed25519"

    def __init__(self, rng):
        self.seed = rng.randbytes(32)
        self.pub = ed_public(self.seed)

    def pkcs8(self):
        return seq(der_int(0), seq(oid(OID_ED25519)), octet(octet(self.seed)))

    def spki(self):
        return seq(seq(oid(OID_ED25519)), bitstr(self.pub))

    def pem8(self):
        return pem("PRIVATE KEY", self.pkcs8())

    pem_trad = pem8

    def pub_pem(self):
        return pem("PUBLIC KEY", self.spki())

    def ssh_pub_blob(self):
        return sstr(b"ssh-ed25519") + sstr(self.pub)

    def ssh_priv_fields(self):
        return sstr(b"ssh-ed25519") + sstr(self.pub) + sstr(self.seed + self.pub)

    def jwk(self, kid=None, private=True):
        j = {"kty": "OKP", "crv": "Ed25519", "x": b64u(self.pub)}
        if kid:
            j["kid"] = kid
        if private:
            j["d"] = b64u(self.seed)
        return j

    def check(self):
        return ed_public(self.seed) == self.pub


# ------------------------------------------------------------------ OpenSSH
def sstr(b):
    return struct.pack(">I", len(b)) + b


def mpint(n):
    b = n.to_bytes((n.bit_length() + 8) // 8, "big") if n else b""
    return sstr(b)


SSH_TYPES = {"rsa": "ssh-rsa", "ec": "ecdsa-sha2-nistp256", "ed25519": "ssh-ed25519"}


def openssh_private(key, comment, rng):
    check = rng.getrandbits(32)
    priv = struct.pack(">II", check, check) + key.ssh_priv_fields() + sstr(comment.encode())
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
    return "%s %s %s" % (SSH_TYPES[key.kind], base64.b64encode(key.ssh_pub_blob()).decode(), comment)


def ssh_fingerprint(key):
    return "SHA256:" + base64.b64encode(hashlib.sha256(key.ssh_pub_blob()).digest()).decode().rstrip("=")


# ------------------------------------------------------------------ X.509
def _name(cn, org):
    return seq(der_set(seq(oid("2.5.4.6"), tlv(0x13, b"US"))),
               der_set(seq(oid("2.5.4.10"), tlv(0x0C, org.encode()))),
               der_set(seq(oid("2.5.4.3"), tlv(0x0C, cn.encode()))))


def certificate(subject_key, cn, org, ca, rng, ca_cn="Internal Issuing CA 2"):
    """A v1 X.509 certificate for subject_key, signed by the RSA key `ca` (a negative: public material)."""
    y = rng.randint(2023, 2025)
    validity = seq(tlv(0x17, ("%02d%02d%02d000000Z" % (y % 100, rng.randint(1, 12), rng.randint(1, 28))).encode()),
                   tlv(0x17, ("%02d%02d%02d000000Z" % ((y + 2) % 100, rng.randint(1, 12), rng.randint(1, 28))).encode()))
    alg = seq(oid(OID_SHA256RSA), null())
    tbs = seq(der_int(rng.getrandbits(63) + 1), alg, _name(ca_cn, org), validity, _name(cn, org), subject_key.spki())
    return pem("CERTIFICATE", seq(tbs, alg, bitstr(ca.sign_sha256(tbs))))


# ------------------------------------------------------------------ bech32 (age)
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
    return chk


def bech32_encode(hrp, data8):
    acc, bits, out = 0, 0, []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    hv = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = _polymod(hv + out + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in out + chk)


def bech32_valid(s):
    s = s.lower()
    hrp, _, data = s.rpartition("1")
    try:
        vals = [BECH.index(c) for c in data]
    except ValueError:
        return False
    hv = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    return _polymod(hv + vals) == 1


def age_secret(rng):
    return bech32_encode("age-secret-key-", rng.randbytes(32)).upper()


def age_public(rng):
    return bech32_encode("age", rng.randbytes(32))


# ------------------------------------------------------------------ helpers used by themes
def gen_key(rng, kind):
    return {"rsa": RSAKey, "ec": ECKey, "ed25519": EdKey}[kind](rng) if kind != "rsa" else RSAKey(rng)


def jwk_json(key, kid, private=True):
    return json.dumps(key.jwk(kid, private), separators=(",", ":"))
