"""Real key material in pure Python: RSA, P-256 ECDSA, Ed25519.

Encodings: PKCS#1, SEC1, PKCS#8 (RFC 5208/5958), SPKI and X.509 (RFC 5280) in DER/PEM, JWK (RFC 7517/
7518/8037), OpenSSH private/public keys (PROTOCOL.key, RFC 4253/5656/8709). Parsers used by verify.py
check the keys structurally (RSA n = p*q, CRT values, d*e = 1 mod lcm; EC Q = d*G; Ed25519 public key
derived from the seed). Everything is driven by a caller-supplied random.Random, so it is deterministic.
"""

import base64
import hashlib
import struct

# ------------------------------------------------------------------ DER
OID_RSA = "1.2.840.113549.1.1.1"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_ED25519 = "1.3.101.112"
OID_ECDSA_SHA256 = "1.2.840.10045.4.3.2"
OID_CN, OID_O, OID_C = "2.5.4.3", "2.5.4.10", "2.5.4.6"


def _len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, body):
    return bytes([tag]) + _len(len(body)) + body


def d_int(x):
    b = x.to_bytes(x.bit_length() // 8 + 1, "big") if x else b"\x00"
    return tlv(0x02, b)


def d_oid(s):
    p = [int(x) for x in s.split(".")]
    out = bytes([40 * p[0] + p[1]])
    for v in p[2:]:
        enc = [v & 0x7F]
        v >>= 7
        while v:
            enc.append(0x80 | (v & 0x7F))
            v >>= 7
        out += bytes(reversed(enc))
    return tlv(0x06, out)


def d_seq(*xs):
    return tlv(0x30, b"".join(xs))


def d_set(*xs):
    return tlv(0x31, b"".join(xs))


def d_oct(b):
    return tlv(0x04, b)


def d_bits(b):
    return tlv(0x03, b"\x00" + b)


D_NULL = b"\x05\x00"


def d_parse(b, i=0):
    """Parse one TLV at i -> (tag, body_bytes, next_index)."""
    tag = b[i]
    n = b[i + 1]
    j = i + 2
    if n & 0x80:
        k = n & 0x7F
        if k == 0 or k > 4:
            raise ValueError("bad DER length")
        n = int.from_bytes(b[j:j + k], "big")
        j += k
    if j + n > len(b):
        raise ValueError("DER overrun")
    return tag, b[j:j + n], j + n


def d_items(body):
    out, i = [], 0
    while i < len(body):
        t, v, i = d_parse(body, i)
        out.append((t, v))
    return out


def d_whole(b):
    t, v, j = d_parse(b, 0)
    if j != len(b):
        raise ValueError("trailing bytes after DER")
    return t, v


def oid_str(v):
    p = [v[0] // 40, v[0] % 40]
    x = 0
    for c in v[1:]:
        x = (x << 7) | (c & 0x7F)
        if not c & 0x80:
            p.append(x)
            x = 0
    return ".".join(map(str, p))


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (
        label, "\n".join(b[i:i + width] for i in range(0, len(b), width)), label)


# ------------------------------------------------------------------ RSA
_SMALL = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _probable_prime(n, rng, rounds=24):
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


def _prime(bits, rng, e=65537):
    while True:
        c = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if c % e != 1 and _probable_prime(c, rng):
            return c


def _lcm(a, b):
    from math import gcd
    return a // gcd(a, b) * b


class RSAKey:
    kty = "RSA"

    def __init__(self, rng, bits=2048):
        e = 65537
        while True:
            p, q = _prime(bits // 2, rng), _prime(bits // 2, rng)
            if p == q:
                continue
            if p < q:
                p, q = q, p
            n = p * q
            if n.bit_length() == bits:
                break
        self.n, self.e, self.p, self.q = n, e, p, q
        self.d = pow(e, -1, _lcm(p - 1, q - 1))
        self.bits = bits

    def pkcs1_der(self):
        p, q, d = self.p, self.q, self.d
        return d_seq(d_int(0), d_int(self.n), d_int(self.e), d_int(d), d_int(p), d_int(q),
                     d_int(d % (p - 1)), d_int(d % (q - 1)), d_int(pow(q, -1, p)))

    def alg(self):
        return d_seq(d_oid(OID_RSA), D_NULL)

    def pub_der(self):
        return d_seq(d_int(self.n), d_int(self.e))

    def spki_der(self):
        return d_seq(self.alg(), d_bits(self.pub_der()))

    def pkcs8_der(self):
        return d_seq(d_int(0), self.alg(), d_oct(self.pkcs1_der()))

    def trad_pem(self):
        return pem("RSA PRIVATE KEY", self.pkcs1_der())

    def jwk(self, kid=None):
        p, q, d = self.p, self.q, self.d
        j = {"kty": "RSA", "n": b64u_int(self.n), "e": b64u_int(self.e), "d": b64u_int(d), "p": b64u_int(p),
             "q": b64u_int(q), "dp": b64u_int(d % (p - 1)), "dq": b64u_int(d % (q - 1)), "qi": b64u_int(pow(q, -1, p))}
        return _kid(j, kid)

    def jwk_pub(self, kid=None):
        return _kid({"kty": "RSA", "n": b64u_int(self.n), "e": b64u_int(self.e)}, kid)

    def ssh_pub_blob(self):
        return ssh_str(b"ssh-rsa") + ssh_mpint(self.e) + ssh_mpint(self.n)

    def ssh_priv_fields(self):
        return (ssh_str(b"ssh-rsa") + ssh_mpint(self.n) + ssh_mpint(self.e) + ssh_mpint(self.d)
                + ssh_mpint(pow(self.q, -1, self.p)) + ssh_mpint(self.p) + ssh_mpint(self.q))

    ssh_type = "ssh-rsa"


# ------------------------------------------------------------------ P-256
P = 2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1
A = P - 3
B = 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B
GX = 0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296
GY = 0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5
N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551


def _jdbl(pt):
    x, y, z = pt
    if not y:
        return (0, 1, 0)
    yy = y * y % P
    s = 4 * x * yy % P
    zz = z * z % P
    m = 3 * (x - zz) * (x + zz) % P
    x3 = (m * m - 2 * s) % P
    return (x3, (m * (s - x3) - 8 * yy * yy) % P, 2 * y * z % P)


def _jadd(p1, p2):
    if not p1[2]:
        return p2
    if not p2[2]:
        return p1
    x1, y1, z1 = p1
    x2, y2, z2 = p2
    z1z1, z2z2 = z1 * z1 % P, z2 * z2 % P
    u1, u2 = x1 * z2z2 % P, x2 * z1z1 % P
    s1, s2 = y1 * z2 * z2z2 % P, y2 * z1 * z1z1 % P
    if u1 == u2:
        return _jdbl(p1) if s1 == s2 else (0, 1, 0)
    h, r = (u2 - u1) % P, (s2 - s1) % P
    hh = h * h % P
    hhh = h * hh % P
    v = u1 * hh % P
    x3 = (r * r - hhh - 2 * v) % P
    return (x3, (r * (v - x3) - s1 * hhh) % P, h * z1 * z2 % P)


def ec_mul(k, x=GX, y=GY):
    r, q = (0, 1, 0), (x, y, 1)
    while k:
        if k & 1:
            r = _jadd(r, q)
        q = _jdbl(q)
        k >>= 1
    if not r[2]:
        return None
    zi = pow(r[2], -1, P)
    return (r[0] * zi * zi % P, r[1] * zi * zi * zi % P)


def on_curve(x, y):
    return (y * y - (x * x * x + A * x + B)) % P == 0


def i2b(x, n):
    return x.to_bytes(n, "big")


class ECKey:
    kty = "EC"
    ssh_type = "ecdsa-sha2-nistp256"

    def __init__(self, rng):
        self.d = rng.randrange(1, N)
        self.x, self.y = ec_mul(self.d)

    def point(self):
        return b"\x04" + i2b(self.x, 32) + i2b(self.y, 32)

    def alg(self):
        return d_seq(d_oid(OID_EC), d_oid(OID_P256))

    def sec1_der(self, params=True):
        parts = [d_int(1), d_oct(i2b(self.d, 32))]
        if params:
            parts.append(tlv(0xA0, d_oid(OID_P256)))
        parts.append(tlv(0xA1, d_bits(self.point())))
        return d_seq(*parts)

    def pkcs8_der(self):
        return d_seq(d_int(0), self.alg(), d_oct(self.sec1_der(params=False)))

    def spki_der(self):
        return d_seq(self.alg(), d_bits(self.point()))

    def trad_pem(self):
        return pem("EC PRIVATE KEY", self.sec1_der())

    def jwk(self, kid=None):
        return _kid({"kty": "EC", "crv": "P-256", "x": b64u(i2b(self.x, 32)), "y": b64u(i2b(self.y, 32)),
                     "d": b64u(i2b(self.d, 32))}, kid)

    def jwk_pub(self, kid=None):
        return _kid({"kty": "EC", "crv": "P-256", "x": b64u(i2b(self.x, 32)), "y": b64u(i2b(self.y, 32))}, kid)

    def ssh_pub_blob(self):
        return ssh_str(b"ecdsa-sha2-nistp256") + ssh_str(b"nistp256") + ssh_str(self.point())

    def ssh_priv_fields(self):
        return (ssh_str(b"ecdsa-sha2-nistp256") + ssh_str(b"nistp256") + ssh_str(self.point())
                + ssh_mpint(self.d))

    def sign(self, msg, rng):
        z = int.from_bytes(hashlib.sha256(msg).digest(), "big")
        while True:
            k = rng.randrange(1, N)
            r = ec_mul(k)[0] % N
            s = pow(k, -1, N) * (z + r * self.d) % N
            if r and s:
                return d_seq(d_int(r), d_int(s))


# ------------------------------------------------------------------ Ed25519 (RFC 8032)
EP = 2 ** 255 - 19
ED = -121665 * pow(121666, -1, EP) % EP
EL = 2 ** 252 + 27742317777372353535851937790883648493


def _xrecover(y):
    xx = (y * y - 1) * pow(ED * y * y + 1, -1, EP) % EP
    x = pow(xx, (EP + 3) // 8, EP)
    if (x * x - xx) % EP:
        x = x * pow(2, (EP - 1) // 4, EP) % EP
    return EP - x if x & 1 else x


_EBY = 4 * pow(5, -1, EP) % EP
_EB = (_xrecover(_EBY), _EBY, 1, _xrecover(_EBY) * _EBY % EP)


def _eadd(p, q):
    x1, y1, z1, t1 = p
    x2, y2, z2, t2 = q
    a = (y1 - x1) * (y2 - x2) % EP
    b = (y1 + x1) * (y2 + x2) % EP
    c = 2 * t1 * t2 * ED % EP
    d = 2 * z1 * z2 % EP
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
    x, y, z, _ = p
    zi = pow(z, -1, EP)
    x, y = x * zi % EP, y * zi % EP
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def ed25519_public(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    return _eenc(_emul(a, _EB))


assert ed25519_public(bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")).hex() == \
    "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "Ed25519 self-test failed"


class EdKey:
    kty = "OKP"
    ssh_type = "ssh-ed25519"

    def __init__(self, rng):
        self.seed = bytes(rng.getrandbits(8) for _ in range(32))
        self.pub = ed25519_public(self.seed)

    def alg(self):
        return d_seq(d_oid(OID_ED25519))

    def pkcs8_der(self):
        return d_seq(d_int(0), self.alg(), d_oct(d_oct(self.seed)))

    def spki_der(self):
        return d_seq(self.alg(), d_bits(self.pub))

    def trad_pem(self):
        return pem("PRIVATE KEY", self.pkcs8_der())

    def jwk(self, kid=None):
        return _kid({"kty": "OKP", "crv": "Ed25519", "x": b64u(self.pub), "d": b64u(self.seed)}, kid)

    def jwk_pub(self, kid=None):
        return _kid({"kty": "OKP", "crv": "Ed25519", "x": b64u(self.pub)}, kid)

    def ssh_pub_blob(self):
        return ssh_str(b"ssh-ed25519") + ssh_str(self.pub)

    def ssh_priv_fields(self):
        return ssh_str(b"ssh-ed25519") + ssh_str(self.pub) + ssh_str(self.seed + self.pub)


# ------------------------------------------------------------------ shared encodings
def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def b64u_int(x):
    return b64u(x.to_bytes((x.bit_length() + 7) // 8 or 1, "big"))


def ub64u(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def _kid(j, kid):
    if kid:
        j["kid"] = kid
    return j


def pkcs8_pem(k):
    return pem("PRIVATE KEY", k.pkcs8_der())


def spki_pem(k):
    return pem("PUBLIC KEY", k.spki_der())


def ssh_str(b):
    return struct.pack(">I", len(b)) + b


def ssh_mpint(x):
    b = x.to_bytes(x.bit_length() // 8 + 1, "big") if x else b""
    return ssh_str(b)


def openssh_pub(k, comment=""):
    s = "%s %s" % (k.ssh_type, base64.b64encode(k.ssh_pub_blob()).decode())
    return s + (" " + comment if comment else "")


def openssh_priv(k, rng, comment=""):
    chk = rng.getrandbits(32)
    body = struct.pack(">II", chk, chk) + k.ssh_priv_fields() + ssh_str(comment.encode())
    i = 1
    while len(body) % 8:
        body += bytes([i])
        i += 1
    blob = (b"openssh-key-v1\x00" + ssh_str(b"none") + ssh_str(b"none") + ssh_str(b"") + struct.pack(">I", 1)
            + ssh_str(k.ssh_pub_blob()) + ssh_str(body))
    b = base64.b64encode(blob).decode()
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % (
        "\n".join(b[i:i + 70] for i in range(0, len(b), 70)))


def _name(cn, org, country="US"):
    return d_seq(d_set(d_seq(d_oid(OID_C), tlv(0x13, country.encode()))),
                 d_set(d_seq(d_oid(OID_O), tlv(0x0C, org.encode()))),
                 d_set(d_seq(d_oid(OID_CN), tlv(0x0C, cn.encode()))))


def certificate(subject_key, cn, org, ca_key, ca_cn, rng, year=2025):
    """X.509 v3 certificate for subject_key, signed by the P-256 ca_key (ecdsa-with-SHA256)."""
    sig_alg = d_seq(d_oid(OID_ECDSA_SHA256))
    m = rng.randrange(1, 12)
    nb = "%02d%02d%02d%02d0000Z" % (year % 100, m, rng.randrange(1, 28), rng.randrange(0, 24))
    na = "%02d%02d%02d%02d0000Z" % ((year + rng.choice([1, 2, 3])) % 100, m, rng.randrange(1, 28), 12)
    tbs = d_seq(tlv(0xA0, d_int(2)), d_int(rng.getrandbits(120) | (1 << 119)), sig_alg, _name(ca_cn, org),
                d_seq(tlv(0x17, nb.encode()), tlv(0x17, na.encode())), _name(cn, org), subject_key.spki_der())
    return pem("CERTIFICATE", d_seq(tbs, sig_alg, d_bits(ca_key.sign(tbs, rng))))
