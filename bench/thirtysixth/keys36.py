"""Real private keys in pure Python: Ed25519, P-256, RSA-2048; DER/PEM/OpenSSH wrappings; a
self-signed Ed25519 X.509 certificate. Randomness comes only from the caller's seeded stream."""
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


def der_int(n):
    b = n.to_bytes(max(1, (n.bit_length() + 8) // 8), "big")
    return tlv(0x02, b)


def der_seq(*items):
    return tlv(0x30, b"".join(items))


def der_oid(dotted):
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


def der_octets(b):
    return tlv(0x04, b)


def der_bits(b):
    return tlv(0x03, b"\x00" + b)


def der_null():
    return b"\x05\x00"


def ctx(n, body, constructed=True):
    return tlv((0xA0 if constructed else 0x80) | n, body)


def pem(label, der, width=64):
    s = base64.b64encode(der).decode()
    lines = [s[i:i + width] for i in range(0, len(s), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


OID_ED25519 = "1.3.101.112"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_RSA = "1.2.840.113549.1.1.1"

# ---------------------------------------------------------------- Ed25519 (RFC 8032)
_P = 2 ** 255 - 19
_L = 2 ** 252 + 27742317777372353535851937790883648493
_D = -121665 * pow(121666, _P - 2, _P) % _P
_I = pow(2, (_P - 1) // 4, _P)


def _xrecover(y):
    xx = (y * y - 1) * pow(_D * y * y + 1, _P - 2, _P)
    x = pow(xx, (_P + 3) // 8, _P)
    if (x * x - xx) % _P:
        x = x * _I % _P
    if x % 2:
        x = _P - x
    return x


_BY = 4 * pow(5, _P - 2, _P) % _P
_B = (_xrecover(_BY), _BY, 1, _xrecover(_BY) * _BY % _P)


def _add(p, q):
    x1, y1, z1, t1 = p
    x2, y2, z2, t2 = q
    a = (y1 - x1) * (y2 - x2) % _P
    b = (y1 + x1) * (y2 + x2) % _P
    c = t1 * 2 * _D * t2 % _P
    d = z1 * 2 * z2 % _P
    e, f, g, h = b - a, d - c, d + c, b + a
    return (e * f % _P, g * h % _P, f * g % _P, e * h % _P)


def _mul(s, p):
    q = (0, 1, 1, 0)
    while s:
        if s & 1:
            q = _add(q, p)
        p = _add(p, p)
        s >>= 1
    return q


def _enc(p):
    x, y, z, _ = p
    zi = pow(z, _P - 2, _P)
    x, y = x * zi % _P, y * zi % _P
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def _clamp(h):
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    return a


def ed25519_pub(seed):
    return _enc(_mul(_clamp(hashlib.sha512(seed).digest()), _B))


def ed25519_sign(seed, msg):
    h = hashlib.sha512(seed).digest()
    a = _clamp(h)
    A = _enc(_mul(a, _B))
    r = int.from_bytes(hashlib.sha512(h[32:] + msg).digest(), "little") % _L
    R = _enc(_mul(r, _B))
    k = int.from_bytes(hashlib.sha512(R + A + msg).digest(), "little") % _L
    S = (r + k * a) % _L
    return R + S.to_bytes(32, "little")


# ---------------------------------------------------------------- P-256
_p = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
_a = _p - 3
_n = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
_G = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
      0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def _ec_add(P, Q):
    if P is None:
        return Q
    if Q is None:
        return P
    if P[0] == Q[0]:
        if (P[1] + Q[1]) % _p == 0:
            return None
        l = (3 * P[0] * P[0] + _a) * pow(2 * P[1], _p - 2, _p) % _p
    else:
        l = (Q[1] - P[1]) * pow(Q[0] - P[0], _p - 2, _p) % _p
    x = (l * l - P[0] - Q[0]) % _p
    return (x, (l * (P[0] - x) - P[1]) % _p)


def _ec_mul(k, P):
    R = None
    while k:
        if k & 1:
            R = _ec_add(R, P)
        P = _ec_add(P, P)
        k >>= 1
    return R


def p256_key(r):
    while True:
        d = r.getrandbits(256)
        if 1 <= d < _n:
            break
    X, Y = _ec_mul(d, _G)
    return d, b"\x04" + X.to_bytes(32, "big") + Y.to_bytes(32, "big")


# ---------------------------------------------------------------- RSA-2048
_SMALL = [p for p in range(3, 2000, 2) if all(p % q for q in range(3, int(p ** 0.5) + 1, 2))]


def _probable_prime(n, r, rounds=24):
    for q in _SMALL:
        if n % q == 0:
            return n == q
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        a = r.randrange(2, n - 2)
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


def _prime(r, bits):
    while True:
        c = r.getrandbits(bits) | (3 << (bits - 2)) | 1
        if (c - 1) % 65537 and _probable_prime(c, r):
            return c


def rsa_key(r, bits=2048):
    e = 65537
    while True:
        p = _prime(r, bits // 2)
        q = _prime(r, bits // 2)
        if p == q:
            continue
        if p < q:
            p, q = q, p
        n = p * q
        if n.bit_length() != bits:
            continue
        phi = (p - 1) * (q - 1)
        d = pow(e, -1, phi)
        return dict(n=n, e=e, d=d, p=p, q=q, dp=d % (p - 1), dq=d % (q - 1), qi=pow(q, -1, p))


# ---------------------------------------------------------------- containers
class Key:
    """kind: ed25519 | p256 | rsa."""

    def __init__(self, kind, r):
        self.kind = kind
        if kind == "ed25519":
            self.seed = bytes(r.getrandbits(8) for _ in range(32))
            self.pub = ed25519_pub(self.seed)
        elif kind == "p256":
            self.d, self.pub = p256_key(r)
        elif kind == "rsa":
            self.rsa = rsa_key(r)
        else:
            raise ValueError(kind)

    # private
    def pkcs8_der(self):
        if self.kind == "ed25519":
            return der_seq(der_int(0), der_seq(der_oid(OID_ED25519)), der_octets(der_octets(self.seed)))
        if self.kind == "p256":
            inner = der_seq(der_int(1), der_octets(self.d.to_bytes(32, "big")), ctx(1, der_bits(self.pub)))
            return der_seq(der_int(0), der_seq(der_oid(OID_EC), der_oid(OID_P256)), der_octets(inner))
        return der_seq(der_int(0), der_seq(der_oid(OID_RSA), der_null()), der_octets(self.pkcs1_der()))

    def pkcs1_der(self):
        k = self.rsa
        return der_seq(*[der_int(x) for x in (0, k["n"], k["e"], k["d"], k["p"], k["q"], k["dp"], k["dq"], k["qi"])])

    def sec1_der(self):
        return der_seq(der_int(1), der_octets(self.d.to_bytes(32, "big")), ctx(0, der_oid(OID_P256)),
                       ctx(1, der_bits(self.pub)))

    def pkcs8_pem(self):
        return pem("PRIVATE KEY", self.pkcs8_der())

    def traditional_pem(self):
        if self.kind == "rsa":
            return pem("RSA PRIVATE KEY", self.pkcs1_der())
        if self.kind == "p256":
            return pem("EC PRIVATE KEY", self.sec1_der())
        return self.pkcs8_pem()

    # public
    def spki_der(self):
        if self.kind == "ed25519":
            return der_seq(der_seq(der_oid(OID_ED25519)), der_bits(self.pub))
        if self.kind == "p256":
            return der_seq(der_seq(der_oid(OID_EC), der_oid(OID_P256)), der_bits(self.pub))
        k = self.rsa
        return der_seq(der_seq(der_oid(OID_RSA), der_null()), der_bits(der_seq(der_int(k["n"]), der_int(k["e"]))))

    def spki_pem(self):
        return pem("PUBLIC KEY", self.spki_der())

    # OpenSSH
    def _ssh_pub_blob(self):
        if self.kind == "ed25519":
            return _sstr(b"ssh-ed25519") + _sstr(self.pub)
        if self.kind == "p256":
            return _sstr(b"ecdsa-sha2-nistp256") + _sstr(b"nistp256") + _sstr(self.pub)
        k = self.rsa
        return _sstr(b"ssh-rsa") + _mpint(k["e"]) + _mpint(k["n"])

    def ssh_pub(self, comment):
        t = {"ed25519": "ssh-ed25519", "p256": "ecdsa-sha2-nistp256", "rsa": "ssh-rsa"}[self.kind]
        return "%s %s %s" % (t, base64.b64encode(self._ssh_pub_blob()).decode(), comment)

    def openssh_private(self, r, comment):
        check = r.getrandbits(32)
        if self.kind == "ed25519":
            priv = _sstr(b"ssh-ed25519") + _sstr(self.pub) + _sstr(self.seed + self.pub)
        elif self.kind == "p256":
            priv = _sstr(b"ecdsa-sha2-nistp256") + _sstr(b"nistp256") + _sstr(self.pub) + _mpint(self.d)
        else:
            k = self.rsa
            priv = (_sstr(b"ssh-rsa") + _mpint(k["n"]) + _mpint(k["e"]) + _mpint(k["d"]) + _mpint(k["qi"])
                    + _mpint(k["p"]) + _mpint(k["q"]))
        body = struct.pack(">II", check, check) + priv + _sstr(comment.encode())
        i = 1
        while len(body) % 8:
            body += bytes([i])
            i += 1
        blob = (b"openssh-key-v1\x00" + _sstr(b"none") + _sstr(b"none") + _sstr(b"") + struct.pack(">I", 1)
                + _sstr(self._ssh_pub_blob()) + _sstr(body))
        s = base64.b64encode(blob).decode()
        lines = [s[i:i + 70] for i in range(0, len(s), 70)]
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % "\n".join(lines)

    def jwk_thumb(self):
        return hashlib.sha256(self.spki_der()).hexdigest()


def _sstr(b):
    return struct.pack(">I", len(b)) + b


def _mpint(n):
    b = n.to_bytes((n.bit_length() + 8) // 8, "big") if n else b""
    return _sstr(b)


def ssh_fingerprint(pub_line):
    blob = base64.b64decode(pub_line.split()[1])
    return "SHA256:" + base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")


# ---------------------------------------------------------------- self-signed Ed25519 certificate
def _name(cn, org):
    def rdn(oid, val):
        return tlv(0x31, der_seq(der_oid(oid), tlv(0x0C, val.encode())))
    return der_seq(rdn("2.5.4.10", org), rdn("2.5.4.3", cn))


def self_signed_cert(key, r, cn, org, not_before="240301000000Z", not_after="290301000000Z"):
    assert key.kind == "ed25519"
    serial = r.getrandbits(63) | (1 << 62)
    alg = der_seq(der_oid(OID_ED25519))
    name = _name(cn, org)
    validity = der_seq(tlv(0x17, not_before.encode()), tlv(0x17, not_after.encode()))
    bc = der_seq(der_oid("2.5.29.19"), tlv(0x01, b"\xff"), der_octets(der_seq(tlv(0x01, b"\xff"))))
    ski = der_seq(der_oid("2.5.29.14"), der_octets(der_octets(hashlib.sha1(key.pub).digest())))
    exts = ctx(3, der_seq(bc, ski))
    tbs = der_seq(ctx(0, der_int(2)), der_int(serial), alg, name, validity, name, key.spki_der(), exts)
    sig = ed25519_sign(key.seed, tbs)
    return pem("CERTIFICATE", der_seq(tbs, alg, der_bits(sig)))
