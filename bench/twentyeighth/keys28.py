"""Real key material in pure Python: Ed25519, ECDSA P-256, RSA-2048, their DER/PEM/OpenSSH/JWK
encodings, and self-signed Ed25519 certificates (used as negatives)."""

import base64
import hashlib
import struct

from core28 import b64u


# ------------------------------------------------------------------ DER
def _len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, content):
    return bytes([tag]) + _len(len(content)) + content


def d_int(n):
    b = n.to_bytes(max(1, (n.bit_length() + 8) // 8), "big")
    return tlv(0x02, b)


def d_seq(*parts):
    return tlv(0x30, b"".join(parts))


def d_set(*parts):
    return tlv(0x31, b"".join(parts))


def d_oid(dotted):
    nums = [int(x) for x in dotted.split(".")]
    out = bytes([40 * nums[0] + nums[1]])
    for n in nums[2:]:
        enc = [n & 0x7f]
        n >>= 7
        while n:
            enc.append(0x80 | (n & 0x7f))
            n >>= 7
        out += bytes(reversed(enc))
    return tlv(0x06, out)


def d_oct(b):
    return tlv(0x04, b)


def d_bits(b):
    return tlv(0x03, b"\x00" + b)


def d_null():
    return b"\x05\x00"


def d_ctx(n, content):
    return tlv(0xa0 + n, content)


def d_utf8(s):
    return tlv(0x0c, s.encode())


def d_utctime(s):
    return tlv(0x17, s.encode())


OID_ED25519 = "1.3.101.112"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_RSA = "1.2.840.113549.1.1.1"


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    return ["-----BEGIN %s-----" % label] + [b[i:i + width] for i in range(0, len(b), width)] + \
        ["-----END %s-----" % label]


def pem_body(lines):
    return base64.b64decode("".join(l for l in lines if not l.startswith("-----")))


# ------------------------------------------------------------------ Ed25519
P = 2 ** 255 - 19
L = 2 ** 252 + 27742317777372353535851937790883648493
D = -121665 * pow(121666, P - 2, P) % P
I_ = pow(2, (P - 1) // 4, P)


def _xrecover(y):
    xx = (y * y - 1) * pow(D * y * y + 1, P - 2, P)
    x = pow(xx, (P + 3) // 8, P)
    if (x * x - xx) % P:
        x = x * I_ % P
    if x % 2:
        x = P - x
    return x


_BY = 4 * pow(5, P - 2, P) % P
_B = (_xrecover(_BY), _BY, 1, _xrecover(_BY) * _BY % P)


def _eadd(p, q):
    x1, y1, z1, t1 = p
    x2, y2, z2, t2 = q
    a = (y1 - x1) * (y2 - x2) % P
    b = (y1 + x1) * (y2 + x2) % P
    c = t1 * 2 * D * t2 % P
    dd = z1 * 2 * z2 % P
    e, f, g, h = b - a, dd - c, dd + c, b + a
    return (e * f % P, g * h % P, f * g % P, e * h % P)


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
    zi = pow(z, P - 2, P)
    x, y = x * zi % P, y * zi % P
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def _ed_expand(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    return a, h[32:]


def ed_pub(seed):
    a, _ = _ed_expand(seed)
    return _eenc(_emul(a, _B))


def ed_sign(seed, msg):
    a, prefix = _ed_expand(seed)
    A = _eenc(_emul(a, _B))
    r = int.from_bytes(hashlib.sha512(prefix + msg).digest(), "little") % L
    R = _eenc(_emul(r, _B))
    k = int.from_bytes(hashlib.sha512(R + A + msg).digest(), "little") % L
    S = (r + k * a) % L
    return R + S.to_bytes(32, "little")


# ------------------------------------------------------------------ P-256
EP = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
EA = EP - 3
EN = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
EG = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
      0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def _padd(p, q):
    if p is None:
        return q
    if q is None:
        return p
    if p[0] == q[0]:
        if (p[1] + q[1]) % EP == 0:
            return None
        lam = (3 * p[0] * p[0] + EA) * pow(2 * p[1], EP - 2, EP) % EP
    else:
        lam = (q[1] - p[1]) * pow(q[0] - p[0], EP - 2, EP) % EP
    x = (lam * lam - p[0] - q[0]) % EP
    return (x, (lam * (p[0] - x) - p[1]) % EP)


def p256_mul(k, pt=EG):
    r = None
    while k:
        if k & 1:
            r = _padd(r, pt)
        pt = _padd(pt, pt)
        k >>= 1
    return r


# ------------------------------------------------------------------ RSA
_SMALL = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _is_prime(n, rng):
    for p in _SMALL:
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
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(bits, rng, e=65537):
    while True:
        n = rng.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if (n - 1) % e and _is_prime(n, rng):
            return n


# ------------------------------------------------------------------ key objects
class Key:
    """type: ed25519 | p256 | rsa"""

    def __init__(self, ktype, rng, comment="key"):
        self.type = ktype
        self.comment = comment
        if ktype == "ed25519":
            self.seed = bytes(rng.getrandbits(8) for _ in range(32))
            self.pub = ed_pub(self.seed)
        elif ktype == "p256":
            self.d = rng.randrange(1, EN)
            self.Q = p256_mul(self.d)
        elif ktype == "rsa":
            e = 65537
            while True:
                p, q = _prime(1024, rng), _prime(1024, rng)
                if p != q and (p * q).bit_length() == 2048:
                    break
            if p < q:
                p, q = q, p
            self.n, self.e = p * q, e
            phi = (p - 1) * (q - 1)
            self.dd = pow(e, -1, phi)
            self.p, self.q = p, q
        else:
            raise ValueError(ktype)

    # ---- public
    def ec_point(self):
        return b"\x04" + self.Q[0].to_bytes(32, "big") + self.Q[1].to_bytes(32, "big")

    def rsa_pub_der(self):
        return d_seq(d_int(self.n), d_int(self.e))

    def spki_der(self):
        if self.type == "ed25519":
            return d_seq(d_seq(d_oid(OID_ED25519)), d_bits(self.pub))
        if self.type == "p256":
            return d_seq(d_seq(d_oid(OID_EC), d_oid(OID_P256)), d_bits(self.ec_point()))
        return d_seq(d_seq(d_oid(OID_RSA), d_null()), d_bits(self.rsa_pub_der()))

    # ---- private
    def pkcs1_der(self):
        p, q, d = self.p, self.q, self.dd
        return d_seq(d_int(0), d_int(self.n), d_int(self.e), d_int(d), d_int(p), d_int(q),
                     d_int(d % (p - 1)), d_int(d % (q - 1)), d_int(pow(q, -1, p)))

    def sec1_der(self, params=True):
        parts = [d_int(1), d_oct(self.d.to_bytes(32, "big"))]
        if params:
            parts.append(d_ctx(0, d_oid(OID_P256)))
        parts.append(d_ctx(1, d_bits(self.ec_point())))
        return d_seq(*parts)

    def pkcs8_der(self):
        if self.type == "ed25519":
            return d_seq(d_int(0), d_seq(d_oid(OID_ED25519)), d_oct(d_oct(self.seed)))
        if self.type == "p256":
            return d_seq(d_int(0), d_seq(d_oid(OID_EC), d_oid(OID_P256)), d_oct(self.sec1_der(params=False)))
        return d_seq(d_int(0), d_seq(d_oid(OID_RSA), d_null()), d_oct(self.pkcs1_der()))

    def private_pem(self, fmt="pkcs8"):
        if fmt == "pkcs1":
            return pem("RSA PRIVATE KEY", self.pkcs1_der())
        if fmt == "sec1":
            return pem("EC PRIVATE KEY", self.sec1_der())
        if fmt == "openssh":
            return self.openssh_private()
        return pem("PRIVATE KEY", self.pkcs8_der())

    def public_pem(self):
        return pem("PUBLIC KEY", self.spki_der())

    # ---- OpenSSH (Ed25519 only)
    def ssh_pub_blob(self):
        assert self.type == "ed25519"
        return _sshstr(b"ssh-ed25519") + _sshstr(self.pub)

    def ssh_pub_line(self):
        return "ssh-ed25519 " + base64.b64encode(self.ssh_pub_blob()).decode() + " " + self.comment

    def openssh_private(self, check=None):
        blob = self.ssh_pub_blob()
        ci = check if check is not None else int.from_bytes(hashlib.sha256(self.seed).digest()[:4], "big")
        priv = struct.pack(">II", ci, ci) + _sshstr(b"ssh-ed25519") + _sshstr(self.pub) + \
            _sshstr(self.seed + self.pub) + _sshstr(self.comment.encode())
        i = 1
        while len(priv) % 8:
            priv += bytes([i])
            i += 1
        body = b"openssh-key-v1\x00" + _sshstr(b"none") + _sshstr(b"none") + _sshstr(b"") + \
            struct.pack(">I", 1) + _sshstr(blob) + _sshstr(priv)
        b = base64.b64encode(body).decode()
        return ["-----BEGIN OPENSSH PRIVATE KEY-----"] + [b[i:i + 70] for i in range(0, len(b), 70)] + \
            ["-----END OPENSSH PRIVATE KEY-----"]

    # ---- JWK
    def jwk_private(self, kid):
        if self.type == "p256":
            return {"kty": "EC", "crv": "P-256", "kid": kid,
                    "x": b64u(self.Q[0].to_bytes(32, "big")), "y": b64u(self.Q[1].to_bytes(32, "big")),
                    "d": b64u(self.d.to_bytes(32, "big"))}
        if self.type == "ed25519":
            return {"kty": "OKP", "crv": "Ed25519", "kid": kid, "x": b64u(self.pub), "d": b64u(self.seed)}
        raise ValueError("jwk for rsa not used")

    def jwk_public(self, kid):
        j = self.jwk_private(kid)
        j.pop("d")
        return j

    def fingerprint(self):
        return hashlib.sha256(self.spki_der()).hexdigest()


def _sshstr(b):
    return struct.pack(">I", len(b)) + b


# ------------------------------------------------------------------ certificates (Ed25519, self-signed)
def _name(cn, org, country):
    def rdn(oid, val):
        return d_set(d_seq(d_oid(oid), d_utf8(val)))
    return d_seq(tlv(0x31, d_seq(d_oid("2.5.4.6"), tlv(0x13, country.encode()))),
                 rdn("2.5.4.10", org), rdn("2.5.4.3", cn))


def self_signed_cert(key, cn, org, country, serial, not_before, not_after):
    """key must be ed25519. Dates as YYMMDDHHMMSSZ."""
    assert key.type == "ed25519"
    alg = d_seq(d_oid(OID_ED25519))
    name = _name(cn, org, country)
    bc = d_seq(d_oid("2.5.29.19"), tlv(0x01, b"\xff"), d_oct(d_seq(tlv(0x01, b"\xff"))))
    ski = d_seq(d_oid("2.5.29.14"), d_oct(d_oct(hashlib.sha1(key.pub).digest())))
    tbs = d_seq(d_ctx(0, d_int(2)), d_int(serial), alg, name,
                d_seq(d_utctime(not_before), d_utctime(not_after)), name, key.spki_der(),
                tlv(0xa3, d_seq(bc, ski)))
    sig = ed_sign(key.seed, tbs)
    return d_seq(tbs, alg, d_bits(sig))


def cert_pem(der):
    return pem("CERTIFICATE", der)


# ------------------------------------------------------------------ checks
def parse_check(raw_lines, key):
    """True if the PEM/OpenSSH text decodes to the exact DER this key produces."""
    first = raw_lines[0]
    body = pem_body(raw_lines) if "OPENSSH" not in first else None
    if "OPENSSH" in first:
        return raw_lines == key.openssh_private()
    if first == "-----BEGIN RSA PRIVATE KEY-----":
        return body == key.pkcs1_der()
    if first == "-----BEGIN EC PRIVATE KEY-----":
        return body == key.sec1_der()
    if first == "-----BEGIN PRIVATE KEY-----":
        return body == key.pkcs8_der()
    return False


def ed_verify(pub, msg, sig):
    """Ed25519 verification (used by checks on certificates)."""
    def dec(b):
        y = int.from_bytes(b, "little") & ((1 << 255) - 1)
        x = _xrecover(y)
        if (x & 1) != (b[31] >> 7):
            x = P - x
        return (x, y, 1, x * y % P)
    R, S = sig[:32], int.from_bytes(sig[32:], "little")
    A = dec(pub)
    k = int.from_bytes(hashlib.sha512(R + pub + msg).digest(), "little") % L
    return _eenc(_emul(S, _B)) == _eenc(_eadd(dec(R), _emul(k, A)))
