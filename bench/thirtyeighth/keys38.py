"""Real Ed25519, P-256 and RSA-2048 keys in pure Python, and their usual wrappings (thirty-eighth corpus)."""
import base64
import hashlib
import struct

# ---------------------------------------------------------------- DER
def _len(n):
    if n < 128:
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


NULL = b"\x05\x00"
OID_ED25519 = oid("1.3.101.112")
OID_EC = oid("1.2.840.10045.2.1")
OID_P256 = oid("1.2.840.10045.3.1.7")
OID_RSA = oid("1.2.840.113549.1.1.1")


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    body = "\n".join(b[i:i + width] for i in range(0, len(b), width))
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, body, label)


# ---------------------------------------------------------------- Ed25519 (RFC 8032)
P = 2 ** 255 - 19
L = 2 ** 252 + 27742317777372353535851937790883648493
D = -121665 * pow(121666, P - 2, P) % P
I = pow(2, (P - 1) // 4, P)


def _xrecover(y):
    xx = (y * y - 1) * pow(D * y * y + 1, P - 2, P)
    x = pow(xx, (P + 3) // 8, P)
    if (x * x - xx) % P:
        x = x * I % P
    if x % 2:
        x = P - x
    return x


BY = 4 * pow(5, P - 2, P) % P
BX = _xrecover(BY)
B = (BX, BY, 1, BX * BY % P)


def _add(p, q):
    x1, y1, z1, t1 = p
    x2, y2, z2, t2 = q
    a = (y1 - x1) * (y2 - x2) % P
    b = (y1 + x1) * (y2 + x2) % P
    c = t1 * 2 * D * t2 % P
    d = z1 * 2 * z2 % P
    e, f, g, h = b - a, d - c, d + c, b + a
    return (e * f % P, g * h % P, f * g % P, e * h % P)


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
    zi = pow(z, P - 2, P)
    x, y = x * zi % P, y * zi % P
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def _clamp(h):
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    return a


def ed25519_pub(seed):
    h = hashlib.sha512(seed).digest()
    return _enc(_mul(_clamp(h), B))


def ed25519_sign(seed, msg):
    h = hashlib.sha512(seed).digest()
    a = _clamp(h)
    A = _enc(_mul(a, B))
    r = int.from_bytes(hashlib.sha512(h[32:] + msg).digest(), "little") % L
    R = _enc(_mul(r, B))
    k = int.from_bytes(hashlib.sha512(R + A + msg).digest(), "little") % L
    S = (r + k * a) % L
    return R + S.to_bytes(32, "little")


# ---------------------------------------------------------------- P-256
EP = 2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1
EA = EP - 3
EN = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
GX = 0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296
GY = 0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5


def _jdbl(p):
    x, y, z = p
    if not y:
        return (0, 0, 0)
    ysq = y * y % EP
    s = 4 * x * ysq % EP
    m = (3 * x * x + EA * pow(z, 4, EP)) % EP
    nx = (m * m - 2 * s) % EP
    ny = (m * (s - nx) - 8 * ysq * ysq) % EP
    return (nx, ny, 2 * y * z % EP)


def _jadd(p, q):
    if not p[2]:
        return q
    if not q[2]:
        return p
    x1, y1, z1 = p
    x2, y2, z2 = q
    z1s, z2s = z1 * z1 % EP, z2 * z2 % EP
    u1, u2 = x1 * z2s % EP, x2 * z1s % EP
    s1, s2 = y1 * z2s * z2 % EP, y2 * z1s * z1 % EP
    if u1 == u2:
        return _jdbl(p) if s1 == s2 else (0, 0, 0)
    h, r = (u2 - u1) % EP, (s2 - s1) % EP
    h2 = h * h % EP
    h3 = h * h2 % EP
    u1h2 = u1 * h2 % EP
    nx = (r * r - h3 - 2 * u1h2) % EP
    ny = (r * (u1h2 - nx) - s1 * h3) % EP
    return (nx, ny, h * z1 * z2 % EP)


def p256_pub(d):
    q, p = (0, 0, 0), (GX, GY, 1)
    while d:
        if d & 1:
            q = _jadd(q, p)
        p = _jdbl(p)
        d >>= 1
    zi = pow(q[2], EP - 2, EP)
    return q[0] * zi * zi % EP, q[1] * zi * zi * zi % EP


def p256_point(x, y):
    return b"\x04" + x.to_bytes(32, "big") + y.to_bytes(32, "big")


# ---------------------------------------------------------------- RSA
SMALL_PRIMES = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _probable_prime(n, rng):
    for p in SMALL_PRIMES:
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
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(rng, bits_):
    while True:
        n = rng.getrandbits(bits_) | (3 << (bits_ - 2)) | 1
        if (n - 1) % 65537 and _probable_prime(n, rng):
            return n


def rsa_generate(rng, bits_=2048):
    e = 65537
    while True:
        p, q = _prime(rng, bits_ // 2), _prime(rng, bits_ // 2)
        if p == q:
            continue
        if p < q:
            p, q = q, p
        n = p * q
        if n.bit_length() != bits_:
            continue
        phi = (p - 1) * (q - 1)
        d = pow(e, -1, phi)
        return dict(n=n, e=e, d=d, p=p, q=q, dp=d % (p - 1), dq=d % (q - 1), qi=pow(q, -1, p))


# ---------------------------------------------------------------- key objects
class Key:
    def __init__(self, kind, rng):
        self.kind = kind
        if kind == "ed25519":
            self.seed = bytes(rng.randrange(256) for _ in range(32))
            self.pub = ed25519_pub(self.seed)
        elif kind == "p256":
            self.d = rng.randrange(1, EN)
            self.x, self.y = p256_pub(self.d)
            self.pub = p256_point(self.x, self.y)
        elif kind == "rsa":
            self.r = rsa_generate(rng)
        else:
            raise ValueError(kind)

    # private
    def pkcs8_der(self):
        if self.kind == "ed25519":
            return seq(der_int(0), seq(OID_ED25519), octets(octets(self.seed)))
        if self.kind == "p256":
            inner = seq(der_int(1), octets(self.d.to_bytes(32, "big")), tlv(0xA1, bits(self.pub)))
            return seq(der_int(0), seq(OID_EC, OID_P256), octets(inner))
        return seq(der_int(0), seq(OID_RSA, NULL), octets(self.pkcs1_der()))

    def pkcs1_der(self):
        r = self.r
        return seq(*[der_int(v) for v in (0, r["n"], r["e"], r["d"], r["p"], r["q"], r["dp"], r["dq"], r["qi"])])

    def sec1_der(self):
        return seq(der_int(1), octets(self.d.to_bytes(32, "big")), tlv(0xA0, OID_P256), tlv(0xA1, bits(self.pub)))

    def spki_der(self):
        if self.kind == "ed25519":
            return seq(seq(OID_ED25519), bits(self.pub))
        if self.kind == "p256":
            return seq(seq(OID_EC, OID_P256), bits(self.pub))
        return seq(seq(OID_RSA, NULL), bits(seq(der_int(self.r["n"]), der_int(self.r["e"]))))

    def pem_pkcs8(self):
        return pem("PRIVATE KEY", self.pkcs8_der())

    def pem_pkcs1(self):
        return pem("RSA PRIVATE KEY", self.pkcs1_der())

    def pem_sec1(self):
        return pem("EC PRIVATE KEY", self.sec1_der())

    def pem_spki(self):
        return pem("PUBLIC KEY", self.spki_der())

    # OpenSSH (Ed25519 only here)
    def ssh_pub_blob(self):
        return _sstr(b"ssh-ed25519") + _sstr(self.pub)

    def ssh_pub(self, comment):
        return "ssh-ed25519 %s %s" % (base64.b64encode(self.ssh_pub_blob()).decode(), comment)

    def openssh_private(self, comment, checkint):
        pubblob = self.ssh_pub_blob()
        priv = struct.pack(">II", checkint, checkint) + _sstr(b"ssh-ed25519") + _sstr(self.pub) + \
            _sstr(self.seed + self.pub) + _sstr(comment.encode())
        pad = 1
        while len(priv) % 8:
            priv += bytes([pad])
            pad += 1
        blob = b"openssh-key-v1\x00" + _sstr(b"none") + _sstr(b"none") + _sstr(b"") + struct.pack(">I", 1) + \
            _sstr(pubblob) + _sstr(priv)
        b = base64.b64encode(blob).decode()
        body = "\n".join(b[i:i + 70] for i in range(0, len(b), 70))
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % body

    def ssh_fingerprint(self):
        return "SHA256:" + base64.b64encode(hashlib.sha256(self.ssh_pub_blob()).digest()).decode().rstrip("=")

    def jwk(self, kid):
        b = lambda n: base64.urlsafe_b64encode(n.to_bytes(32, "big")).decode().rstrip("=")
        return dict(kty="EC", crv="P-256", kid=kid, x=b(self.x), y=b(self.y), d=b(self.d))


def _sstr(b):
    return struct.pack(">I", len(b)) + b


def _name(cn, org):
    def rdn(o, v):
        return tlv(0x31, seq(oid(o), tlv(0x0C, v.encode())))
    return seq(rdn("2.5.4.10", org), rdn("2.5.4.3", cn))


def selfsigned_ed25519(key, cn, org, serial, not_before, not_after, ca=True):
    """A self-signed Ed25519 X.509 v3 certificate (not_before / not_after as YYMMDDHHMMSSZ)."""
    name = _name(cn, org)
    exts = []
    if ca:
        exts.append(seq(oid("2.5.29.19"), tlv(0x01, b"\xff"), octets(seq(tlv(0x01, b"\xff")))))
        exts.append(seq(oid("2.5.29.15"), tlv(0x01, b"\xff"), octets(tlv(0x03, b"\x01\x06"))))
    ski = hashlib.sha1(key.pub).digest()
    exts.append(seq(oid("2.5.29.14"), octets(octets(ski))))
    tbs = seq(tlv(0xA0, der_int(2)), der_int(serial), seq(OID_ED25519), name,
              seq(tlv(0x17, not_before.encode()), tlv(0x17, not_after.encode())), name, key.spki_der(),
              tlv(0xA3, seq(*exts)))
    sig = ed25519_sign(key.seed, tbs)
    return pem("CERTIFICATE", seq(tbs, seq(OID_ED25519), bits(sig)))


def _ecdsa_sign(key, msg, rng):
    z = int.from_bytes(hashlib.sha256(msg).digest(), "big")
    while True:
        k = rng.randrange(1, EN)
        x, _ = p256_pub(k)
        r = x % EN
        s = pow(k, -1, EN) * (z + r * key.d) % EN
        if r and s:
            return seq(der_int(r), der_int(s))


def _rsa_sign(key, msg):
    n, d = key.r["n"], key.r["d"]
    di = bytes.fromhex("3031300d060960864801650304020105000420") + hashlib.sha256(msg).digest()
    k = (n.bit_length() + 7) // 8
    em = b"\x00\x01" + b"\xff" * (k - len(di) - 3) + b"\x00" + di
    return pow(int.from_bytes(em, "big"), d, n).to_bytes(k, "big")


def selfsigned(key, cn, org, serial, not_before, not_after, rng, ca=True):
    """A self-signed X.509 v3 certificate for any of the three key kinds."""
    if key.kind == "ed25519":
        return selfsigned_ed25519(key, cn, org, serial, not_before, not_after, ca)
    name = _name(cn, org)
    if key.kind == "p256":
        alg = seq(oid("1.2.840.10045.4.3.2"))
        pubbytes = key.pub
    else:
        alg = seq(oid("1.2.840.113549.1.1.11"), NULL)
        pubbytes = key.pkcs1_der()
    exts = []
    if ca:
        exts.append(seq(oid("2.5.29.19"), tlv(0x01, b"\xff"), octets(seq(tlv(0x01, b"\xff")))))
        exts.append(seq(oid("2.5.29.15"), tlv(0x01, b"\xff"), octets(tlv(0x03, b"\x01\x06"))))
    exts.append(seq(oid("2.5.29.14"), octets(octets(hashlib.sha1(pubbytes).digest()))))
    tbs = seq(tlv(0xA0, der_int(2)), der_int(serial), alg, name,
              seq(tlv(0x17, not_before.encode()), tlv(0x17, not_after.encode())), name, key.spki_der(),
              tlv(0xA3, seq(*exts)))
    sig = _ecdsa_sign(key, tbs, rng) if key.kind == "p256" else _rsa_sign(key, tbs)
    return pem("CERTIFICATE", seq(tbs, alg, bits(sig)))
