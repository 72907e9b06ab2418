"""Real Ed25519 / P-256 / RSA-2048 keys in pure Python, DER, PEM, OpenSSH, JWK, self-signed X.509."""
import hashlib
import struct

from core39 import b64, b64url, rbytes

# ------------------------------------------------------------------ Ed25519
P25 = 2 ** 255 - 19
L25 = 2 ** 252 + 27742317777372353535851937790883648493
D25 = -121665 * pow(121666, P25 - 2, P25) % P25
I25 = pow(2, (P25 - 1) // 4, P25)


def _xrecover(y):
    xx = (y * y - 1) * pow(D25 * y * y + 1, P25 - 2, P25)
    x = pow(xx, (P25 + 3) // 8, P25)
    if (x * x - xx) % P25:
        x = x * I25 % P25
    if x % 2:
        x = P25 - x
    return x


_BY = 4 * pow(5, P25 - 2, P25) % P25
_B = (_xrecover(_BY), _BY, 1, _xrecover(_BY) * _BY % P25)


def _eadd(p, q):
    x1, y1, z1, t1 = p
    x2, y2, z2, t2 = q
    a = (y1 - x1) * (y2 - x2) % P25
    b = (y1 + x1) * (y2 + x2) % P25
    c = t1 * 2 * D25 * t2 % P25
    d = z1 * 2 * z2 % P25
    e, f, g, h = b - a, d - c, d + c, b + a
    return (e * f % P25, g * h % P25, f * g % P25, e * h % P25)


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
    zi = pow(z, P25 - 2, P25)
    x, y = x * zi % P25, y * zi % P25
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def _ed_scalar(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    return a, h[32:]


def ed25519_pub(seed):
    return _eenc(_emul(_ed_scalar(seed)[0], _B))


def ed25519_sign(seed, msg):
    a, prefix = _ed_scalar(seed)
    pub = _eenc(_emul(a, _B))
    r = int.from_bytes(hashlib.sha512(prefix + msg).digest(), "little") % L25
    R = _eenc(_emul(r, _B))
    k = int.from_bytes(hashlib.sha512(R + pub + msg).digest(), "little") % L25
    return R + ((r + k * a) % L25).to_bytes(32, "little")


# ------------------------------------------------------------------ P-256
PP = 2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1
PN = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
PB = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b
PG = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
      0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def _padd(p, q):
    if p is None:
        return q
    if q is None:
        return p
    if p[0] == q[0]:
        if (p[1] + q[1]) % PP == 0:
            return None
        lam = (3 * p[0] * p[0] - 3) * pow(2 * p[1], PP - 2, PP) % PP
    else:
        lam = (q[1] - p[1]) * pow(q[0] - p[0], PP - 2, PP) % PP
    x = (lam * lam - p[0] - q[0]) % PP
    return (x, (lam * (p[0] - x) - p[1]) % PP)


def p256_mul(k, p=PG):
    r = None
    while k:
        if k & 1:
            r = _padd(r, p)
        p = _padd(p, p)
        k >>= 1
    return r


def p256_key(rng):
    while True:
        d = int.from_bytes(rbytes(rng, 32), "big")
        if 1 <= d < PN:
            return d, p256_mul(d)


def p256_point(pub):
    return b"\x04" + pub[0].to_bytes(32, "big") + pub[1].to_bytes(32, "big")


def ecdsa_sign(d, msg, rng):
    z = int.from_bytes(hashlib.sha256(msg).digest(), "big")
    while True:
        k = int.from_bytes(rbytes(rng, 32), "big") % PN
        if not k:
            continue
        r = p256_mul(k)[0] % PN
        s = pow(k, PN - 2, PN) * (z + r * d) % PN
        if r and s:
            return seq(integer(r), integer(s))


# ------------------------------------------------------------------ RSA
_SMALL = [p for p in range(3, 2000, 2) if all(p % q for q in range(3, int(p ** 0.5) + 1, 2))]


def _probable_prime(n, rng):
    for p in _SMALL:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
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


def _prime(rng, bits):
    while True:
        n = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if (n - 1) % 65537 and _probable_prime(n, rng):
            return n


def rsa_key(rng):
    while True:
        p, q = _prime(rng, 1024), _prime(rng, 1024)
        if p == q:
            continue
        if p < q:
            p, q = q, p
        n, e = p * q, 65537
        phi = (p - 1) * (q - 1)
        d = pow(e, -1, phi)
        return dict(n=n, e=e, d=d, p=p, q=q, dp=d % (p - 1), dq=d % (q - 1), qi=pow(q, -1, p))


def rsa_sign(k, msg):
    di = bytes.fromhex("3031300d060960864801650304020105000420") + hashlib.sha256(msg).digest()
    nl = (k["n"].bit_length() + 7) // 8
    em = b"\x00\x01" + b"\xff" * (nl - len(di) - 3) + b"\x00" + di
    return pow(int.from_bytes(em, "big"), k["d"], k["n"]).to_bytes(nl, "big")


# ------------------------------------------------------------------ DER
def _len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, body):
    return bytes([tag]) + _len(len(body)) + body


def seq(*items):
    return tlv(0x30, b"".join(items))


def integer(n):
    b = n.to_bytes(max(1, (n.bit_length() + 8) // 8), "big")
    return tlv(0x02, b)


def octet(b):
    return tlv(0x04, b)


def bitstr(b):
    return tlv(0x03, b"\x00" + b)


def oid(dotted):
    parts = [int(x) for x in dotted.split(".")]
    body = bytes([parts[0] * 40 + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7f]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7f))
            p >>= 7
        body += bytes(reversed(enc))
    return tlv(0x06, body)


NULL = b"\x05\x00"
O_RSA, O_EC, O_P256, O_ED = "1.2.840.113549.1.1.1", "1.2.840.10045.2.1", "1.2.840.10045.3.1.7", "1.3.101.112"
O_RSASHA256, O_ECDSASHA256 = "1.2.840.113549.1.1.11", "1.2.840.10045.4.3.2"


def pem(label, der):
    b = b64(der)
    body = "\n".join(b[i:i + 64] for i in range(0, len(b), 64))
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, body, label)


def rsa_pkcs1(k):
    return seq(*[integer(x) for x in (0, k["n"], k["e"], k["d"], k["p"], k["q"], k["dp"], k["dq"], k["qi"])])


def rsa_spki(k):
    return seq(seq(oid(O_RSA), NULL), bitstr(seq(integer(k["n"]), integer(k["e"]))))


def rsa_pkcs8(k):
    return seq(integer(0), seq(oid(O_RSA), NULL), octet(rsa_pkcs1(k)))


def ec_sec1(d, pub, params=True):
    items = [integer(1), octet(d.to_bytes(32, "big"))]
    if params:
        items.append(tlv(0xa0, oid(O_P256)))
    items.append(tlv(0xa1, bitstr(p256_point(pub))))
    return seq(*items)


def ec_spki(pub):
    return seq(seq(oid(O_EC), oid(O_P256)), bitstr(p256_point(pub)))


def ec_pkcs8(d, pub):
    return seq(integer(0), seq(oid(O_EC), oid(O_P256)), octet(ec_sec1(d, pub, params=False)))


def ed_pkcs8(seed):
    return seq(integer(0), seq(oid(O_ED)), octet(octet(seed)))


def ed_spki(pub):
    return seq(seq(oid(O_ED)), bitstr(pub))


# ------------------------------------------------------------------ OpenSSH
def _sshstr(b):
    return struct.pack(">I", len(b)) + b


def openssh_ed25519(seed, comment, rng):
    pub = ed25519_pub(seed)
    pubblob = _sshstr(b"ssh-ed25519") + _sshstr(pub)
    check = rbytes(rng, 4)
    priv = check + check + pubblob + _sshstr(seed + pub) + _sshstr(comment.encode())
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = (b"openssh-key-v1\x00" + _sshstr(b"none") + _sshstr(b"none") + _sshstr(b"") +
            struct.pack(">I", 1) + _sshstr(pubblob) + _sshstr(priv))
    b = b64(blob)
    body = "\n".join(b[i:i + 70] for i in range(0, len(b), 70))
    text = "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % body
    return text, "ssh-ed25519 %s %s" % (b64(pubblob), comment)


# ------------------------------------------------------------------ JWK
def _i2b64(n, size=None):
    size = size or (n.bit_length() + 7) // 8
    return b64url(n.to_bytes(size, "big"))


def jwk_p256(d, pub, kid):
    return {"kty": "EC", "crv": "P-256", "kid": kid, "x": _i2b64(pub[0], 32), "y": _i2b64(pub[1], 32),
            "d": _i2b64(d, 32)}


def jwk_check(j):
    def dec(s):
        import base64
        return int.from_bytes(base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)), "big")
    pt = p256_mul(dec(j["d"]))
    return pt == (dec(j["x"]), dec(j["y"]))


# ------------------------------------------------------------------ X.509
def _name(cn, org):
    def rdn(o, v):
        return tlv(0x31, seq(oid(o), tlv(0x0c, v.encode())))
    return seq(rdn("2.5.4.6", "XX"), rdn("2.5.4.10", org), rdn("2.5.4.3", cn))


def self_signed(kind, key, cn, org, rng, serial):
    """kind: rsa (key dict), p256 ((d, pub)), ed25519 (seed)."""
    if kind == "rsa":
        spki, alg = rsa_spki(key), seq(oid(O_RSASHA256), NULL)
    elif kind == "p256":
        spki, alg = ec_spki(key[1]), seq(oid(O_ECDSASHA256))
    else:
        spki, alg = ed_spki(ed25519_pub(key)), seq(oid(O_ED))
    name = _name(cn, org)
    validity = seq(tlv(0x17, b"250301000000Z"), tlv(0x17, b"350227000000Z"))
    bc = seq(oid("2.5.29.19"), tlv(0x01, b"\xff"), octet(seq(tlv(0x01, b"\xff"))))
    ku = seq(oid("2.5.29.15"), tlv(0x01, b"\xff"), octet(tlv(0x03, b"\x01\x06")))
    ski = seq(oid("2.5.29.14"), octet(octet(hashlib.sha1(spki).digest())))
    exts = tlv(0xa3, seq(bc, ku, ski))
    tbs = seq(tlv(0xa0, integer(2)), integer(serial), alg, name, validity, name, spki, exts)
    if kind == "rsa":
        sig = rsa_sign(key, tbs)
    elif kind == "p256":
        sig = ecdsa_sign(key[0], tbs, rng)
    else:
        sig = ed25519_sign(key, tbs)
    return pem("CERTIFICATE", seq(tbs, alg, bitstr(sig)))
