"""Real Ed25519 / P-256 / RSA keys from a seeded stream, DER encodings, PEM, OpenSSH, self-signed X.509."""
import base64
import hashlib
import struct

# ---------------------------------------------------------------- DER
def _len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, content):
    return bytes([tag]) + _len(len(content)) + content


def seq(*items):
    return der(0x30, b"".join(items))


def dint(n):
    b = n.to_bytes(max(1, (n.bit_length() + 8) // 8), "big")
    return der(0x02, b)


def oid(dotted):
    parts = [int(x) for x in dotted.split(".")]
    out = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7f]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7f))
            p >>= 7
        out += bytes(reversed(enc))
    return der(0x06, out)


def octs(b):
    return der(0x04, b)


def bits(b):
    return der(0x03, b"\x00" + b)


NULL = b"\x05\x00"
OID_RSA, OID_EC, OID_P256, OID_ED = "1.2.840.113549.1.1.1", "1.2.840.10045.2.1", "1.2.840.10045.3.1.7", "1.3.101.112"


def pem(label, blob):
    s = base64.b64encode(blob).decode()
    return ["-----BEGIN %s-----" % label] + [s[i:i + 64] for i in range(0, len(s), 64)] + ["-----END %s-----" % label]


# ---------------------------------------------------------------- Ed25519 (RFC 8032)
P = 2 ** 255 - 19
L = 2 ** 252 + 27742317777372353535851937790883648493
D = -121665 * pow(121666, P - 2, P) % P
_GY = 4 * pow(5, P - 2, P) % P


def _recover_x(y):
    x2 = (y * y - 1) * pow(D * y * y + 1, P - 2, P) % P
    x = pow(x2, (P + 3) // 8, P)
    if (x * x - x2) % P:
        x = x * pow(2, (P - 1) // 4, P) % P
    return P - x if x & 1 else x


G = (_recover_x(_GY), _GY, 1, _recover_x(_GY) * _GY % P)


def _add(p, q):
    a = (p[1] - p[0]) * (q[1] - q[0]) % P
    b = (p[1] + p[0]) * (q[1] + q[0]) % P
    c = 2 * p[3] * q[3] * D % P
    d = 2 * p[2] * q[2] % P
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
    zi = pow(p[2], P - 2, P)
    x, y = p[0] * zi % P, p[1] * zi % P
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def _expand(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    return a, h[32:]


def ed_public(seed):
    return _enc(_mul(_expand(seed)[0], G))


def ed_sign(seed, msg):
    a, prefix = _expand(seed)
    A = _enc(_mul(a, G))
    r = int.from_bytes(hashlib.sha512(prefix + msg).digest(), "little") % L
    R = _enc(_mul(r, G))
    k = int.from_bytes(hashlib.sha512(R + A + msg).digest(), "little") % L
    return R + ((r + k * a) % L).to_bytes(32, "little")


# ---------------------------------------------------------------- P-256
EP = 2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1
EN = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
EA = EP - 3
EG = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
      0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def _eadd(p, q):
    if p is None:
        return q
    if q is None:
        return p
    if p[0] == q[0] and (p[1] + q[1]) % EP == 0:
        return None
    if p == q:
        lam = (3 * p[0] * p[0] + EA) * pow(2 * p[1], -1, EP) % EP
    else:
        lam = (q[1] - p[1]) * pow(q[0] - p[0], -1, EP) % EP
    x = (lam * lam - p[0] - q[0]) % EP
    return (x, (lam * (p[0] - x) - p[1]) % EP)


def ec_public(d):
    q, p = None, EG
    while d:
        if d & 1:
            q = _eadd(q, p)
        p = _eadd(p, p)
        d >>= 1
    return q


# ---------------------------------------------------------------- RSA
_SMALL = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _probable_prime(n, r):
    if any(n % p == 0 for p in _SMALL):
        return False
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    for _ in range(24):
        x = pow(r.randrange(2, n - 2), d, n)
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


def rsa_key(r, nbits=2048):
    while True:
        p, q = _prime(r, nbits // 2), _prime(r, nbits // 2)
        if p != q:
            break
    if p < q:
        p, q = q, p
    e, n = 65537, p * q
    d = pow(e, -1, (p - 1) * (q - 1))
    return {"n": n, "e": e, "d": d, "p": p, "q": q}


# ---------------------------------------------------------------- key objects
class Key:
    def __init__(self, kind, r, comment="key"):
        self.kind, self.comment = kind, comment
        if kind == "ed25519":
            self.seed = bytes(r.getrandbits(8) for _ in range(32))
            self.pub = ed_public(self.seed)
        elif kind == "p256":
            self.d = r.randrange(1, EN)
            x, y = ec_public(self.d)
            self.pub = b"\x04" + x.to_bytes(32, "big") + y.to_bytes(32, "big")
        else:
            self.rsa = rsa_key(r)

    # private encodings
    def traditional(self):
        if self.kind == "rsa":
            k = self.rsa
            body = seq(dint(0), dint(k["n"]), dint(k["e"]), dint(k["d"]), dint(k["p"]), dint(k["q"]),
                       dint(k["d"] % (k["p"] - 1)), dint(k["d"] % (k["q"] - 1)), dint(pow(k["q"], -1, k["p"])))
            return pem("RSA PRIVATE KEY", body)
        if self.kind == "p256":
            body = seq(dint(1), octs(self.d.to_bytes(32, "big")), der(0xa0, oid(OID_P256)), der(0xa1, bits(self.pub)))
            return pem("EC PRIVATE KEY", body)
        return self.pkcs8()

    def pkcs8(self):
        if self.kind == "rsa":
            inner = base64.b64decode("".join(self.traditional()[1:-1]))
            body = seq(dint(0), seq(oid(OID_RSA), NULL), octs(inner))
        elif self.kind == "p256":
            inner = seq(dint(1), octs(self.d.to_bytes(32, "big")), der(0xa1, bits(self.pub)))
            body = seq(dint(0), seq(oid(OID_EC), oid(OID_P256)), octs(inner))
        else:
            body = seq(dint(0), seq(oid(OID_ED)), octs(octs(self.seed)))
        return pem("PRIVATE KEY", body)

    def spki_der(self):
        if self.kind == "rsa":
            return seq(seq(oid(OID_RSA), NULL), bits(seq(dint(self.rsa["n"]), dint(self.rsa["e"]))))
        if self.kind == "p256":
            return seq(seq(oid(OID_EC), oid(OID_P256)), bits(self.pub))
        return seq(seq(oid(OID_ED)), bits(self.pub))

    def spki(self):
        return pem("PUBLIC KEY", self.spki_der())

    def pkcs8_oneline(self):
        return "".join(self.pkcs8()[1:-1])

    # OpenSSH (Ed25519 only)
    def openssh(self, r):
        def s(b):
            return struct.pack(">I", len(b)) + b
        pubblob = s(b"ssh-ed25519") + s(self.pub)
        chk = struct.pack(">I", r.getrandbits(32))
        priv = chk + chk + s(b"ssh-ed25519") + s(self.pub) + s(self.seed + self.pub) + s(self.comment.encode())
        pad = 1
        while len(priv) % 8:
            priv += bytes([pad])
            pad += 1
        blob = b"openssh-key-v1\x00" + s(b"none") + s(b"none") + s(b"") + struct.pack(">I", 1) + s(pubblob) + s(priv)
        t = base64.b64encode(blob).decode()
        return (["-----BEGIN OPENSSH PRIVATE KEY-----"] + [t[i:i + 70] for i in range(0, len(t), 70)]
                + ["-----END OPENSSH PRIVATE KEY-----"])

    def openssh_pub(self):
        blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + self.pub
        return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + self.comment

    def cert(self, cn, serial):
        """Self-signed X.509 v3 certificate for an Ed25519 key."""
        name = seq(der(0x31, seq(oid("2.5.4.3"), der(0x0c, cn.encode()))))
        validity = seq(der(0x17, b"250101000000Z"), der(0x17, b"350101000000Z"))
        tbs = seq(der(0xa0, dint(2)), dint(serial), seq(oid(OID_ED)), name, validity, name, self.spki_der())
        return pem("CERTIFICATE", seq(tbs, seq(oid(OID_ED)), bits(ed_sign(self.seed, tbs))))
