"""Real Ed25519 / P-256 / RSA-2048 keys in pure Python, and their wrappings.

DER (PKCS#1, SEC1, PKCS#8, SPKI), PEM, OpenSSH (openssh-key-v1, unencrypted), PuTTY PPK version 3
(unencrypted, RSA), JWK, and a self-signed Ed25519 X.509 certificate.  All randomness comes from the
random.Random passed in; openssl / ssh-keygen are only used by verify.py to check the results.
"""

import base64
import hashlib
import hmac
import struct

from core34 import b64

# ---------------------------------------------------------------- Ed25519 (RFC 8032)
_P = 2 ** 255 - 19
_Q = 2 ** 252 + 27742317777372353535851937790883648493
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


def _eadd(p, q):
    x1, y1, z1, t1 = p
    x2, y2, z2, t2 = q
    a = (y1 - x1) * (y2 - x2) % _P
    b = (y1 + x1) * (y2 + x2) % _P
    c = t1 * 2 * _D * t2 % _P
    dd = z1 * 2 * z2 % _P
    e, f, g, h = b - a, dd - c, dd + c, b + a
    return (e * f % _P, g * h % _P, f * g % _P, e * h % _P)


def _emul(p, k):
    q = (0, 1, 1, 0)
    while k:
        if k & 1:
            q = _eadd(q, p)
        p = _eadd(p, p)
        k >>= 1
    return q


def _eenc(p):
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
    return _eenc(_emul(_B, _clamp(hashlib.sha512(seed).digest())))


def ed25519_sign(seed, msg):
    h = hashlib.sha512(seed).digest()
    a = _clamp(h)
    pub = _eenc(_emul(_B, a))
    r = int.from_bytes(hashlib.sha512(h[32:] + msg).digest(), "little") % _Q
    rr = _eenc(_emul(_B, r))
    k = int.from_bytes(hashlib.sha512(rr + pub + msg).digest(), "little") % _Q
    s = (r + k * a) % _Q
    return rr + s.to_bytes(32, "little")


# ---------------------------------------------------------------- P-256
_EP = 0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF
_EN = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
_EB = 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B
_EG = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
       0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)


def _padd(p, q):
    if p is None:
        return q
    if q is None:
        return p
    if p[0] == q[0]:
        if (p[1] + q[1]) % _EP == 0:
            return None
        lam = (3 * p[0] * p[0] - 3) * pow(2 * p[1], _EP - 2, _EP) % _EP
    else:
        lam = (q[1] - p[1]) * pow(q[0] - p[0], _EP - 2, _EP) % _EP
    x = (lam * lam - p[0] - q[0]) % _EP
    return (x, (lam * (p[0] - x) - p[1]) % _EP)


def p256_pub(d):
    q, p = None, _EG
    while d:
        if d & 1:
            q = _padd(q, p)
        p = _padd(p, p)
        d >>= 1
    return q


def p256_point(q):
    return b"\x04" + q[0].to_bytes(32, "big") + q[1].to_bytes(32, "big")


# ---------------------------------------------------------------- RSA
_SMALL = [p for p in range(3, 2000) if all(p % d for d in range(2, int(p ** 0.5) + 1))]


def _probable_prime(n, r, rounds=8):
    for sp in _SMALL:
        if n % sp == 0:
            return n == sp
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
        n = r.getrandbits(bits) | (3 << (bits - 2)) | 1
        if (n - 1) % 65537 and _probable_prime(n, r):
            return n


def rsa_key(r, bits=2048):
    e = 65537
    while True:
        p, q = _prime(r, bits // 2), _prime(r, bits // 2)
        if p == q:
            continue
        if p < q:
            p, q = q, p
        n = p * q
        if n.bit_length() != bits:
            continue
        phi = (p - 1) * (q - 1)
        d = pow(e, -1, phi)
        return {"n": n, "e": e, "d": d, "p": p, "q": q, "dp": d % (p - 1), "dq": d % (q - 1),
                "qi": pow(q, -1, p)}


# ---------------------------------------------------------------- DER
def _len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, content):
    return bytes([tag]) + _len(len(content)) + content


def dint(x):
    b = x.to_bytes(max(1, (x.bit_length() + 8) // 8), "big")
    return tlv(0x02, b)


def dseq(*items):
    return tlv(0x30, b"".join(items))


def dset(*items):
    return tlv(0x31, b"".join(items))


def doct(b):
    return tlv(0x04, b)


def dbits(b):
    return tlv(0x03, b"\x00" + b)


def dnull():
    return b"\x05\x00"


def doid(s):
    parts = [int(x) for x in s.split(".")]
    out = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7F))
            p >>= 7
        out += bytes(reversed(enc))
    return tlv(0x06, out)


def dctx(n, content):
    return tlv(0xA0 + n, content)


OID_ED25519 = "1.3.101.112"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_RSA = "1.2.840.113549.1.1.1"


def pem(label, der, width=64):
    s = base64.b64encode(der).decode()
    return ["-----BEGIN %s-----" % label] + [s[i:i + width] for i in range(0, len(s), width)] + \
        ["-----END %s-----" % label]


class Key:
    """One private key with its encodings."""

    def __init__(self, kind, r, comment="key"):
        self.kind, self.comment = kind, comment
        if kind == "ed25519":
            self.seed = bytes(r.getrandbits(8) for _ in range(32))
            self.pub = ed25519_pub(self.seed)
        elif kind == "p256":
            self.d = r.randrange(1, _EN)
            self.q = p256_pub(self.d)
            self.pub = p256_point(self.q)
        elif kind == "rsa":
            self.k = rsa_key(r)
        else:
            raise ValueError(kind)
        self.check = r.getrandbits(32)

    # DER forms
    def pkcs1(self):
        k = self.k
        return dseq(dint(0), dint(k["n"]), dint(k["e"]), dint(k["d"]), dint(k["p"]), dint(k["q"]),
                    dint(k["dp"]), dint(k["dq"]), dint(k["qi"]))

    def sec1(self, params=True):
        items = [dint(1), doct(self.d.to_bytes(32, "big"))]
        if params:
            items.append(dctx(0, doid(OID_P256)))
        items.append(dctx(1, dbits(self.pub)))
        return dseq(*items)

    def pkcs8(self):
        if self.kind == "ed25519":
            return dseq(dint(0), dseq(doid(OID_ED25519)), doct(doct(self.seed)))
        if self.kind == "p256":
            return dseq(dint(0), dseq(doid(OID_EC), doid(OID_P256)), doct(self.sec1(params=False)))
        return dseq(dint(0), dseq(doid(OID_RSA), dnull()), doct(self.pkcs1()))

    def spki(self):
        if self.kind == "ed25519":
            return dseq(dseq(doid(OID_ED25519)), dbits(self.pub))
        if self.kind == "p256":
            return dseq(dseq(doid(OID_EC), doid(OID_P256)), dbits(self.pub))
        return dseq(dseq(doid(OID_RSA), dnull()), dbits(dseq(dint(self.k["n"]), dint(self.k["e"]))))

    def pem_pkcs8(self):
        return pem("PRIVATE KEY", self.pkcs8())

    def pem_traditional(self):
        if self.kind == "rsa":
            return pem("RSA PRIVATE KEY", self.pkcs1())
        if self.kind == "p256":
            return pem("EC PRIVATE KEY", self.sec1())
        return self.pem_pkcs8()

    def pem_spki(self):
        return pem("PUBLIC KEY", self.spki())

    def raw_b64_pkcs8(self):
        return base64.b64encode(self.pkcs8()).decode()

    def raw_b64_spki(self):
        return base64.b64encode(self.spki()).decode()

    # OpenSSH
    def _ssh_type(self):
        return {"ed25519": "ssh-ed25519", "p256": "ecdsa-sha2-nistp256", "rsa": "ssh-rsa"}[self.kind]

    def ssh_pub_blob(self):
        t = self._ssh_type()
        if self.kind == "ed25519":
            return sstr(t) + sstr(self.pub)
        if self.kind == "p256":
            return sstr(t) + sstr("nistp256") + sstr(self.pub)
        return sstr(t) + mpint(self.k["e"]) + mpint(self.k["n"])

    def ssh_pub_line(self):
        return "%s %s %s" % (self._ssh_type(), base64.b64encode(self.ssh_pub_blob()).decode(), self.comment)

    def openssh(self):
        t = self._ssh_type()
        if self.kind == "ed25519":
            body = sstr(t) + sstr(self.pub) + sstr(self.seed + self.pub)
        elif self.kind == "p256":
            body = sstr(t) + sstr("nistp256") + sstr(self.pub) + mpint(self.d)
        else:
            k = self.k
            body = sstr(t) + mpint(k["n"]) + mpint(k["e"]) + mpint(k["d"]) + mpint(k["qi"]) + mpint(k["p"]) + \
                mpint(k["q"])
        priv = struct.pack(">II", self.check, self.check) + body + sstr(self.comment)
        i = 1
        while len(priv) % 8:
            priv += bytes([i])
            i += 1
        blob = b"openssh-key-v1\x00" + sstr("none") + sstr("none") + sstr(b"") + struct.pack(">I", 1) + \
            sstr(self.ssh_pub_blob()) + sstr(priv)
        s = base64.b64encode(blob).decode()
        return ["-----BEGIN OPENSSH PRIVATE KEY-----"] + [s[i:i + 70] for i in range(0, len(s), 70)] + \
            ["-----END OPENSSH PRIVATE KEY-----"]

    # PuTTY PPK v3 (unencrypted; RSA only here)
    def ppk3(self):
        assert self.kind == "rsa"
        k = self.k
        pub = self.ssh_pub_blob()
        priv = mpint(k["d"]) + mpint(k["p"]) + mpint(k["q"]) + mpint(k["qi"])
        alg, enc = "ssh-rsa", "none"
        mac = hmac.new(b"", sstr(alg) + sstr(enc) + sstr(self.comment) + sstr(pub) + sstr(priv),
                       hashlib.sha256).hexdigest()
        pb, vb = base64.b64encode(pub).decode(), base64.b64encode(priv).decode()
        pl = [pb[i:i + 64] for i in range(0, len(pb), 64)]
        vl = [vb[i:i + 64] for i in range(0, len(vb), 64)]
        head = ["PuTTY-User-Key-File-3: " + alg, "Encryption: " + enc, "Comment: " + self.comment,
                "Public-Lines: %d" % len(pl)] + pl
        return head, ["Private-Lines: %d" % len(vl)] + vl + ["Private-MAC: " + mac]

    # JWK
    def jwk(self, kid):
        if self.kind == "ed25519":
            return {"kty": "OKP", "crv": "Ed25519", "kid": kid, "x": b64(self.pub, url=True, pad=False),
                    "d": b64(self.seed, url=True, pad=False)}
        if self.kind == "p256":
            return {"kty": "EC", "crv": "P-256", "kid": kid,
                    "x": b64(self.q[0].to_bytes(32, "big"), url=True, pad=False),
                    "y": b64(self.q[1].to_bytes(32, "big"), url=True, pad=False),
                    "d": b64(self.d.to_bytes(32, "big"), url=True, pad=False)}
        raise ValueError("jwk for rsa not used")

    def fingerprint(self):
        return "SHA256:" + base64.b64encode(hashlib.sha256(self.ssh_pub_blob()).digest()).decode().rstrip("=")


def sstr(x):
    if isinstance(x, str):
        x = x.encode()
    return struct.pack(">I", len(x)) + x


def mpint(x):
    if x == 0:
        return sstr(b"")
    b = x.to_bytes((x.bit_length() + 8) // 8, "big")
    return sstr(b)


# ---------------------------------------------------------------- self-signed Ed25519 certificate
def _name(cn, org):
    return dseq(dset(dseq(doid("2.5.4.10"), tlv(0x0C, org.encode()))),
                dset(dseq(doid("2.5.4.3"), tlv(0x0C, cn.encode()))))


def ed25519_cert(key, cn, org, serial, days=825):
    assert key.kind == "ed25519"
    nb = "250101000000Z"
    y = 25 + days // 365
    na = "%02d0101000000Z" % y
    tbs = dseq(dctx(0, dint(2)), dint(serial), dseq(doid(OID_ED25519)), _name(cn, org),
               dseq(tlv(0x17, nb.encode()), tlv(0x17, na.encode())), _name(cn, org), key.spki())
    sig = ed25519_sign(key.seed, tbs)
    return pem("CERTIFICATE", dseq(tbs, dseq(doid(OID_ED25519)), dbits(sig)))
