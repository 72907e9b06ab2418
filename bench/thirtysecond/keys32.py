"""Real Ed25519, P-256 and RSA-2048 keys from a seeded stream, in pure Python, with DER / PEM / OpenSSH encoders.

openssl and ssh-keygen are only used by verify.py to check the results."""
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


def der_int(n):
    b = n.to_bytes(max(1, (n.bit_length() + 8) // 8), "big")
    return tlv(0x02, b)


def seq(*items):
    return tlv(0x30, b"".join(items))


def octets(b):
    return tlv(0x04, b)


def bits(b):
    return tlv(0x03, b"\x00" + b)


def null():
    return b"\x05\x00"


def oid(dotted):
    parts = [int(x) for x in dotted.split(".")]
    body = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7F))
            p >>= 7
        body += bytes(reversed(enc))
    return tlv(0x06, body)


def ctx(n, body, constructed=True):
    return tlv((0xA0 if constructed else 0x80) | n, body)


OID_ED25519 = "1.3.101.112"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_RSA = "1.2.840.113549.1.1.1"


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    body = [b[i:i + width] for i in range(0, len(b), width)]
    return ["-----BEGIN %s-----" % label] + body + ["-----END %s-----" % label]


# ------------------------------------------------------------------ Ed25519 (RFC 8032)
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


def ed25519_public(seed):
    return _enc(_mul(_clamp(hashlib.sha512(seed).digest()), _B))


def ed25519_sign(seed, msg):
    h = hashlib.sha512(seed).digest()
    a = _clamp(h)
    pub = _enc(_mul(a, _B))
    r = int.from_bytes(hashlib.sha512(h[32:] + msg).digest(), "little") % _L
    R = _enc(_mul(r, _B))
    k = int.from_bytes(hashlib.sha512(R + pub + msg).digest(), "little") % _L
    S = (r + k * a) % _L
    return R + S.to_bytes(32, "little")


# ------------------------------------------------------------------ P-256
_EP = 0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF
_EA = _EP - 3
_EN = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
_EG = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
       0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)


def _ec_add(p, q):
    if p is None:
        return q
    if q is None:
        return p
    if p[0] == q[0] and (p[1] + q[1]) % _EP == 0:
        return None
    if p == q:
        l = (3 * p[0] * p[0] + _EA) * pow(2 * p[1], _EP - 2, _EP) % _EP
    else:
        l = (q[1] - p[1]) * pow(q[0] - p[0], _EP - 2, _EP) % _EP
    x = (l * l - p[0] - q[0]) % _EP
    return (x, (l * (p[0] - x) - p[1]) % _EP)


def p256_public(d):
    q, p = None, _EG
    while d:
        if d & 1:
            q = _ec_add(q, p)
        p = _ec_add(p, p)
        d >>= 1
    return b"\x04" + q[0].to_bytes(32, "big") + q[1].to_bytes(32, "big")


# ------------------------------------------------------------------ RSA
_SMALL = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _probable_prime(n, r):
    for p in _SMALL:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(24):
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


def _prime(r, nbits):
    while True:
        c = r.getrandbits(nbits) | (3 << (nbits - 2)) | 1
        if (c - 1) % 65537 and _probable_prime(c, r):
            return c


class Key:
    def __init__(self, kind, r):
        self.kind = kind
        if kind == "ed25519":
            self.seed = bytes(r.getrandbits(8) for _ in range(32))
            self.pub = ed25519_public(self.seed)
        elif kind == "p256":
            self.d = r.randrange(1, _EN)
            self.pub = p256_public(self.d)
        elif kind == "rsa":
            while True:
                p, q = _prime(r, 1024), _prime(r, 1024)
                if p != q and (p * q).bit_length() == 2048:
                    break
            if p < q:
                p, q = q, p
            self.p, self.q, self.e = p, q, 65537
            self.n = p * q
            self.d = pow(self.e, -1, (p - 1) * (q - 1))
        else:
            raise ValueError(kind)
        self.checkint = r.getrandbits(32)

    # --- DER
    def pkcs8(self):
        if self.kind == "ed25519":
            return seq(der_int(0), seq(oid(OID_ED25519)), octets(octets(self.seed)))
        if self.kind == "p256":
            inner = seq(der_int(1), octets(self.d.to_bytes(32, "big")), ctx(1, bits(self.pub)))
            return seq(der_int(0), seq(oid(OID_EC), oid(OID_P256)), octets(inner))
        return seq(der_int(0), seq(oid(OID_RSA), null()), octets(self.pkcs1()))

    def pkcs1(self):
        p, q, d = self.p, self.q, self.d
        return seq(der_int(0), der_int(self.n), der_int(self.e), der_int(d), der_int(p), der_int(q),
                   der_int(d % (p - 1)), der_int(d % (q - 1)), der_int(pow(q, -1, p)))

    def sec1(self):
        return seq(der_int(1), octets(self.d.to_bytes(32, "big")), ctx(0, oid(OID_P256)), ctx(1, bits(self.pub)))

    def spki(self):
        if self.kind == "ed25519":
            return seq(seq(oid(OID_ED25519)), bits(self.pub))
        if self.kind == "p256":
            return seq(seq(oid(OID_EC), oid(OID_P256)), bits(self.pub))
        return seq(seq(oid(OID_RSA), null()), bits(seq(der_int(self.n), der_int(self.e))))

    def traditional_pem(self):
        """PKCS#1 for RSA, SEC1 for P-256, PKCS#8 for Ed25519 (it has no other form)."""
        if self.kind == "rsa":
            return pem("RSA PRIVATE KEY", self.pkcs1())
        if self.kind == "p256":
            return pem("EC PRIVATE KEY", self.sec1())
        return pem("PRIVATE KEY", self.pkcs8())

    def pkcs8_pem(self):
        return pem("PRIVATE KEY", self.pkcs8())

    def spki_pem(self):
        return pem("PUBLIC KEY", self.spki())

    # --- OpenSSH
    def _ssh_pub_blob(self):
        if self.kind == "ed25519":
            return _s(b"ssh-ed25519") + _s(self.pub)
        if self.kind == "p256":
            return _s(b"ecdsa-sha2-nistp256") + _s(b"nistp256") + _s(self.pub)
        return _s(b"ssh-rsa") + _mp(self.e) + _mp(self.n)

    def ssh_type(self):
        return {"ed25519": "ssh-ed25519", "p256": "ecdsa-sha2-nistp256", "rsa": "ssh-rsa"}[self.kind]

    def openssh_pub(self, comment):
        return "%s %s %s" % (self.ssh_type(), base64.b64encode(self._ssh_pub_blob()).decode(), comment)

    def openssh_private(self, comment):
        ck = struct.pack(">II", self.checkint, self.checkint)
        if self.kind == "ed25519":
            body = _s(b"ssh-ed25519") + _s(self.pub) + _s(self.seed + self.pub)
        elif self.kind == "p256":
            body = _s(b"ecdsa-sha2-nistp256") + _s(b"nistp256") + _s(self.pub) + _mp(self.d)
        else:
            body = (_s(b"ssh-rsa") + _mp(self.n) + _mp(self.e) + _mp(self.d) + _mp(pow(self.q, -1, self.p))
                    + _mp(self.p) + _mp(self.q))
        priv = ck + body + _s(comment.encode())
        i = 1
        while len(priv) % 8:
            priv += bytes([i])
            i += 1
        blob = (b"openssh-key-v1\x00" + _s(b"none") + _s(b"none") + _s(b"") + struct.pack(">I", 1)
                + _s(self._ssh_pub_blob()) + _s(priv))
        b = base64.b64encode(blob).decode()
        return (["-----BEGIN OPENSSH PRIVATE KEY-----"] + [b[i:i + 70] for i in range(0, len(b), 70)]
                + ["-----END OPENSSH PRIVATE KEY-----"])

    def fingerprint(self):
        return "SHA256:" + base64.b64encode(hashlib.sha256(self._ssh_pub_blob()).digest()).decode().rstrip("=")


def _s(b):
    return struct.pack(">I", len(b)) + b


def _mp(n):
    b = n.to_bytes((n.bit_length() + 8) // 8, "big") if n else b""
    return _s(b)


# ------------------------------------------------------------------ self-signed Ed25519 certificate (a negative)
def _name(cn, org):
    def rdn(o, v):
        return tlv(0x31, seq(oid(o), tlv(0x0C, v.encode())))
    return seq(rdn("2.5.4.6", "XX"), rdn("2.5.4.10", org), rdn("2.5.4.3", cn))


def _utc(dt):
    return tlv(0x17, dt.strftime("%y%m%d%H%M%SZ").encode())


def certificate(key, cn, org, not_before, not_after, serial):
    """An X.509 v3 certificate for an Ed25519 key, self-signed with it."""
    assert key.kind == "ed25519"
    name = _name(cn, org)
    tbs = seq(ctx(0, der_int(2)), der_int(serial), seq(oid(OID_ED25519)), name,
              seq(_utc(not_before), _utc(not_after)), name, key.spki())
    return pem("CERTIFICATE", seq(tbs, seq(oid(OID_ED25519)), bits(ed25519_sign(key.seed, tbs))))
