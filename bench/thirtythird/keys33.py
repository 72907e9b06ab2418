"""Pure-Python Ed25519 / P-256 / RSA-2048 keys from a seeded stream, DER, PEM and OpenSSH encodings,
and a self-signed Ed25519 X.509 certificate. openssl / ssh-keygen only check the results (verify.py)."""

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


def der_int(n):
    b = n.to_bytes(max(1, (n.bit_length() + 7) // 8), "big")
    if b[0] & 0x80:
        b = b"\x00" + b
    return tlv(0x02, b)


def der_oid(dotted):
    parts = [int(x) for x in dotted.split(".")]
    out = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        chunk = [p & 0x7F]
        p >>= 7
        while p:
            chunk.append(0x80 | (p & 0x7F))
            p >>= 7
        out += bytes(reversed(chunk))
    return tlv(0x06, out)


def seq(*items):
    return tlv(0x30, b"".join(items))


def octets(b):
    return tlv(0x04, b)


def bits(b):
    return tlv(0x03, b"\x00" + b)


NULL = b"\x05\x00"
OID_ED25519 = "1.3.101.112"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_RSA = "1.2.840.113549.1.1.1"


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    return ["-----BEGIN %s-----" % label] + [b[i:i + width] for i in range(0, len(b), width)] + \
        ["-----END %s-----" % label]


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
BASE = (BX, BY, 1, BX * BY % P)


def _add(p1, p2):
    x1, y1, z1, t1 = p1
    x2, y2, z2, t2 = p2
    a = (y1 - x1) * (y2 - x2) % P
    b = (y1 + x1) * (y2 + x2) % P
    c = t1 * 2 * D * t2 % P
    dd = z1 * 2 * z2 % P
    e, f, g, h = b - a, dd - c, dd + c, b + a
    return (e * f % P, g * h % P, f * g % P, e * h % P)


def _mul(s, pt):
    q = (0, 1, 1, 0)
    while s:
        if s & 1:
            q = _add(q, pt)
        pt = _add(pt, pt)
        s >>= 1
    return q


def _enc(pt):
    x, y, z, _ = pt
    zi = pow(z, P - 2, P)
    x, y = x * zi % P, y * zi % P
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def _clamp(h):
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    return a


def ed25519_pub(seed):
    return _enc(_mul(_clamp(hashlib.sha512(seed).digest()), BASE))


def ed25519_sign(seed, msg):
    h = hashlib.sha512(seed).digest()
    a = _clamp(h)
    pub = _enc(_mul(a, BASE))
    r = int.from_bytes(hashlib.sha512(h[32:] + msg).digest(), "little") % L
    R = _enc(_mul(r, BASE))
    k = int.from_bytes(hashlib.sha512(R + pub + msg).digest(), "little") % L
    s = (r + k * a) % L
    return R + s.to_bytes(32, "little")


# ---------------------------------------------------------------- P-256
EP = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
EA = EP - 3
EB = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b
EN = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
EG = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
      0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def _padd(a, b):
    if a is None:
        return b
    if b is None:
        return a
    if a[0] == b[0] and (a[1] + b[1]) % EP == 0:
        return None
    if a == b:
        lam = (3 * a[0] * a[0] + EA) * pow(2 * a[1], EP - 2, EP) % EP
    else:
        lam = (b[1] - a[1]) * pow(b[0] - a[0], EP - 2, EP) % EP
    x = (lam * lam - a[0] - b[0]) % EP
    return (x, (lam * (a[0] - x) - a[1]) % EP)


def p256_pub(d):
    q, pt = None, EG
    while d:
        if d & 1:
            q = _padd(q, pt)
        pt = _padd(pt, pt)
        d >>= 1
    return b"\x04" + q[0].to_bytes(32, "big") + q[1].to_bytes(32, "big")


# ---------------------------------------------------------------- RSA
SMALL = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _probable_prime(n, rng):
    for p in SMALL:
        if n % p == 0:
            return n == p
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for _ in range(24):
        a = rng.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(rng, nbits, e):
    while True:
        c = rng.getrandbits(nbits) | (3 << (nbits - 2)) | 1
        if (c - 1) % e == 0:
            continue
        if _probable_prime(c, rng):
            return c


def rsa_gen(rng, nbits=2048, e=65537):
    while True:
        p = _prime(rng, nbits // 2, e)
        q = _prime(rng, nbits // 2, e)
        if p == q:
            continue
        if p < q:
            p, q = q, p
        n = p * q
        if n.bit_length() != nbits:
            continue
        phi = (p - 1) * (q - 1)
        d = pow(e, -1, phi)
        return {"n": n, "e": e, "d": d, "p": p, "q": q, "dp": d % (p - 1), "dq": d % (q - 1),
                "qi": pow(q, -1, p)}


# ---------------------------------------------------------------- keys
class Key:
    """kind: ed25519 / p256 / rsa."""

    def __init__(self, kind, rng, comment):
        self.kind = kind
        self.comment = comment
        self.check = rng.getrandbits(32)
        if kind == "ed25519":
            self.seed = rng.raw(32)
            self.pub = ed25519_pub(self.seed)
        elif kind == "p256":
            self.d = rng.randrange(1, EN)
            self.pub = p256_pub(self.d)
        elif kind == "rsa":
            self.r = rsa_gen(rng)
        else:
            raise ValueError(kind)

    # --- DER
    def pkcs8(self):
        if self.kind == "ed25519":
            return seq(der_int(0), seq(der_oid(OID_ED25519)), octets(octets(self.seed)))
        if self.kind == "p256":
            inner = seq(der_int(1), octets(self.d.to_bytes(32, "big")), tlv(0xA1, bits(self.pub)))
            return seq(der_int(0), seq(der_oid(OID_EC), der_oid(OID_P256)), octets(inner))
        return seq(der_int(0), seq(der_oid(OID_RSA), NULL), octets(self.pkcs1()))

    def pkcs1(self):
        r = self.r
        return seq(*[der_int(x) for x in (0, r["n"], r["e"], r["d"], r["p"], r["q"], r["dp"], r["dq"], r["qi"])])

    def sec1(self):
        return seq(der_int(1), octets(self.d.to_bytes(32, "big")), tlv(0xA0, der_oid(OID_P256)),
                   tlv(0xA1, bits(self.pub)))

    def spki(self):
        if self.kind == "ed25519":
            return seq(seq(der_oid(OID_ED25519)), bits(self.pub))
        if self.kind == "p256":
            return seq(seq(der_oid(OID_EC), der_oid(OID_P256)), bits(self.pub))
        return seq(seq(der_oid(OID_RSA), NULL), bits(seq(der_int(self.r["n"]), der_int(self.r["e"]))))

    # --- PEM
    def pem_private(self, traditional=False):
        if traditional and self.kind == "rsa":
            return pem("RSA PRIVATE KEY", self.pkcs1())
        if traditional and self.kind == "p256":
            return pem("EC PRIVATE KEY", self.sec1())
        return pem("PRIVATE KEY", self.pkcs8())

    def pem_public(self):
        return pem("PUBLIC KEY", self.spki())

    def wrapping(self, traditional=False):
        if traditional and self.kind == "rsa":
            return "pkcs1"
        if traditional and self.kind == "p256":
            return "sec1"
        return "pkcs8"

    # --- OpenSSH
    def ssh_type(self):
        return {"ed25519": "ssh-ed25519", "p256": "ecdsa-sha2-nistp256", "rsa": "ssh-rsa"}[self.kind]

    def ssh_pub_blob(self):
        t = self.ssh_type()
        if self.kind == "ed25519":
            return sstr(t) + sstr(self.pub)
        if self.kind == "p256":
            return sstr(t) + sstr("nistp256") + sstr(self.pub)
        return sstr(t) + mpint(self.r["e"]) + mpint(self.r["n"])

    def ssh_pub_line(self):
        return "%s %s %s" % (self.ssh_type(), base64.b64encode(self.ssh_pub_blob()).decode(), self.comment)

    def openssh_private(self):
        t = self.ssh_type()
        if self.kind == "ed25519":
            body = sstr(t) + sstr(self.pub) + sstr(self.seed + self.pub)
        elif self.kind == "p256":
            body = sstr(t) + sstr("nistp256") + sstr(self.pub) + mpint(self.d)
        else:
            r = self.r
            body = sstr(t) + mpint(r["n"]) + mpint(r["e"]) + mpint(r["d"]) + mpint(r["qi"]) + mpint(r["p"]) + \
                mpint(r["q"])
        priv = struct.pack(">II", self.check, self.check) + body + sstr(self.comment)
        i = 1
        while len(priv) % 8:
            priv += bytes([i])
            i += 1
        blob = b"openssh-key-v1\x00" + sstr("none") + sstr("none") + sstr(b"") + struct.pack(">I", 1) + \
            sstr(self.ssh_pub_blob()) + sstr(priv)
        b = base64.b64encode(blob).decode()
        return ["-----BEGIN OPENSSH PRIVATE KEY-----"] + [b[i:i + 70] for i in range(0, len(b), 70)] + \
            ["-----END OPENSSH PRIVATE KEY-----"]

    def ppk2(self):
        """PuTTY-User-Key-File-2, unencrypted (Ed25519 only)."""
        assert self.kind == "ed25519"
        pub = self.ssh_pub_blob()
        priv = sstr(self.seed)
        mac_key = hashlib.sha1(b"putty-private-key-file-mac-key").digest()
        macdata = sstr("ssh-ed25519") + sstr("none") + sstr(self.comment) + sstr(pub) + sstr(priv)
        mac = hmac.new(mac_key, macdata, hashlib.sha1).hexdigest()
        pb = base64.b64encode(pub).decode()
        vb = base64.b64encode(priv).decode()
        publ = [pb[i:i + 64] for i in range(0, len(pb), 64)]
        privl = [vb[i:i + 64] for i in range(0, len(vb), 64)]
        return (["PuTTY-User-Key-File-2: ssh-ed25519", "Encryption: none", "Comment: " + self.comment,
                 "Public-Lines: %d" % len(publ)] + publ + ["Private-Lines: %d" % len(privl)] + privl +
                ["Private-MAC: " + mac])

    def fingerprint(self):
        return "SHA256:" + base64.b64encode(hashlib.sha256(self.ssh_pub_blob()).digest()).decode().rstrip("=")


def sstr(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def mpint(n):
    b = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    if b and b[0] & 0x80:
        b = b"\x00" + b
    return sstr(b)


# ---------------------------------------------------------------- self-signed Ed25519 certificate
def _name(cn, org):
    return seq(tlv(0x31, seq(der_oid("2.5.4.10"), tlv(0x0C, org.encode()))),
               tlv(0x31, seq(der_oid("2.5.4.3"), tlv(0x0C, cn.encode()))))


def _utc(ts):
    return tlv(0x17, ts.encode())


def selfsigned_cert(rng, cn, org, not_before="250101000000Z", not_after="280101000000Z"):
    """A self-signed Ed25519 certificate for a fresh key (whose private half is not written anywhere)."""
    seed = rng.raw(32)
    pub = ed25519_pub(seed)
    serial = rng.getrandbits(63) | (1 << 62)
    alg = seq(der_oid(OID_ED25519))
    name = _name(cn, org)
    bc = seq(der_oid("2.5.29.19"), tlv(0x01, b"\xff"), octets(seq(tlv(0x01, b"\xff"))))
    exts = tlv(0xA3, seq(bc))
    tbs = seq(tlv(0xA0, der_int(2)), der_int(serial), alg, name, seq(_utc(not_before), _utc(not_after)), name,
              seq(alg, bits(pub)), exts)
    sig = ed25519_sign(seed, tbs)
    return pem("CERTIFICATE", seq(tbs, alg, bits(sig)))
