"""Real key material in pure Python: Ed25519, P-256, RSA-2048; DER, PEM, OpenSSH, JWK, X.509, PBES2."""

import base64
import hashlib
import struct

from core27 import b64u

# ------------------------------------------------------------------ DER
def _len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, body):
    return bytes([tag]) + _len(len(body)) + body


def seq(*parts):
    return tlv(0x30, b"".join(parts))


def der_int(n):
    b = n.to_bytes(max(1, (n.bit_length() + 8) // 8), "big")
    return tlv(0x02, b)


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


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    return ["-----BEGIN %s-----" % label] + [b[i:i + width] for i in range(0, len(b), width)] + \
        ["-----END %s-----" % label]


OID_ED25519 = "1.3.101.112"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_RSA = "1.2.840.113549.1.1.1"

# ------------------------------------------------------------------ Ed25519
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


def ed_pub(seed):
    return _enc(_mul(_clamp(hashlib.sha512(seed).digest()), _B))


def ed_sign(seed, msg):
    h = hashlib.sha512(seed).digest()
    a = _clamp(h)
    pub = _enc(_mul(a, _B))
    r = int.from_bytes(hashlib.sha512(h[32:] + msg).digest(), "little") % _L
    rb = _enc(_mul(r, _B))
    k = int.from_bytes(hashlib.sha512(rb + pub + msg).digest(), "little") % _L
    return rb + ((r + k * a) % _L).to_bytes(32, "little")


# RFC 8032 test 1
assert ed_pub(bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")).hex() == \
    "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"

# ------------------------------------------------------------------ P-256
_p = 0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF
_n = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
_a = _p - 3
_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
      0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)


def _jdbl(P):
    X, Y, Z = P
    if Y == 0:
        return (0, 1, 0)
    S = 4 * X * Y * Y % _p
    M = (3 * X * X + _a * pow(Z, 4, _p)) % _p
    X2 = (M * M - 2 * S) % _p
    return (X2, (M * (S - X2) - 8 * pow(Y, 4, _p)) % _p, 2 * Y * Z % _p)


def _jadd(P, Q):
    if P[2] == 0:
        return Q
    if Q[2] == 0:
        return P
    X1, Y1, Z1 = P
    X2, Y2, Z2 = Q
    U1, U2 = X1 * Z2 * Z2 % _p, X2 * Z1 * Z1 % _p
    S1, S2 = Y1 * pow(Z2, 3, _p) % _p, Y2 * pow(Z1, 3, _p) % _p
    if U1 == U2:
        return _jdbl(P) if S1 == S2 else (0, 1, 0)
    H, R = U2 - U1, S2 - S1
    H2, H3 = H * H % _p, pow(H, 3, _p)
    X3 = (R * R - H3 - 2 * U1 * H2) % _p
    return (X3, (R * (U1 * H2 - X3) - S1 * H3) % _p, H * Z1 * Z2 % _p)


def p256_pub(d):
    R, Q = (0, 1, 0), (_G[0], _G[1], 1)
    while d:
        if d & 1:
            R = _jadd(R, Q)
        Q = _jdbl(Q)
        d >>= 1
    zi = pow(R[2], _p - 2, _p)
    return (R[0] * zi * zi % _p, R[1] * pow(zi, 3, _p) % _p)


# ------------------------------------------------------------------ RSA
_SMALL = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _probable_prime(n, rng):
    for p in _SMALL:
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


def _prime(rng, bits):
    while True:
        c = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if (c - 1) % 65537 and _probable_prime(c, rng):
            return c


class Key:
    """type: 'ed25519' | 'p256' | 'rsa'."""

    def __init__(self, kind, rng, comment="key"):
        self.kind = kind
        self.comment = comment
        if kind == "ed25519":
            self.seed = bytes(rng.randrange(256) for _ in range(32))
            self.pub = ed_pub(self.seed)
        elif kind == "p256":
            self.d = rng.randrange(1, _n)
            self.Q = p256_pub(self.d)
            self.pub = b"\x04" + self.Q[0].to_bytes(32, "big") + self.Q[1].to_bytes(32, "big")
        else:
            e = 65537
            while True:
                p, q = _prime(rng, 1024), _prime(rng, 1024)
                if p != q and (p * q).bit_length() == 2048:
                    break
            if p < q:
                p, q = q, p
            self.n, self.e, self.p, self.q = p * q, e, p, q
            self.d = pow(e, -1, (p - 1) * (q - 1))
            self.dp, self.dq, self.qi = self.d % (p - 1), self.d % (q - 1), pow(q, -1, p)
        self.checkint = rng.getrandbits(32)

    # --- DER forms
    def pkcs1(self):
        return seq(der_int(0), der_int(self.n), der_int(self.e), der_int(self.d), der_int(self.p),
                   der_int(self.q), der_int(self.dp), der_int(self.dq), der_int(self.qi))

    def sec1(self, params=True):
        parts = [der_int(1), octet(self.d.to_bytes(32, "big"))]
        if params:
            parts.append(ctx(0, oid(OID_P256)))
        parts.append(ctx(1, bitstr(self.pub)))
        return seq(*parts)

    def pkcs8(self):
        if self.kind == "ed25519":
            return seq(der_int(0), seq(oid(OID_ED25519)), octet(octet(self.seed)))
        if self.kind == "p256":
            return seq(der_int(0), seq(oid(OID_EC), oid(OID_P256)), octet(self.sec1(params=False)))
        return seq(der_int(0), seq(oid(OID_RSA), null()), octet(self.pkcs1()))

    def spki(self):
        if self.kind == "ed25519":
            return seq(seq(oid(OID_ED25519)), bitstr(self.pub))
        if self.kind == "p256":
            return seq(seq(oid(OID_EC), oid(OID_P256)), bitstr(self.pub))
        return seq(seq(oid(OID_RSA), null()), bitstr(seq(der_int(self.n), der_int(self.e))))

    def native_pem(self):
        """Traditional form: PKCS#1 for RSA, SEC1 for EC, PKCS#8 for Ed25519."""
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

    def openssh_pub(self):
        return "%s %s %s" % (self.ssh_type(), base64.b64encode(self._ssh_pub_blob()).decode(), self.comment)

    def openssh(self):
        ci = struct.pack(">II", self.checkint, self.checkint)
        if self.kind == "ed25519":
            body = _s(b"ssh-ed25519") + _s(self.pub) + _s(self.seed + self.pub)
        elif self.kind == "p256":
            body = _s(b"ecdsa-sha2-nistp256") + _s(b"nistp256") + _s(self.pub) + _mp(self.d)
        else:
            body = _s(b"ssh-rsa") + _mp(self.n) + _mp(self.e) + _mp(self.d) + _mp(self.qi) + \
                _mp(self.p) + _mp(self.q)
        priv = ci + body + _s(self.comment.encode())
        i = 1
        while len(priv) % 8:
            priv += bytes([i])
            i += 1
        blob = b"openssh-key-v1\x00" + _s(b"none") + _s(b"none") + _s(b"") + struct.pack(">I", 1) + \
            _s(self._ssh_pub_blob()) + _s(priv)
        b = base64.b64encode(blob).decode()
        return ["-----BEGIN OPENSSH PRIVATE KEY-----"] + [b[i:i + 70] for i in range(0, len(b), 70)] + \
            ["-----END OPENSSH PRIVATE KEY-----"]

    # --- JWK
    def jwk(self, kid, private=True):
        if self.kind == "ed25519":
            j = {"kty": "OKP", "crv": "Ed25519", "x": b64u(self.pub)}
            if private:
                j["d"] = b64u(self.seed)
        elif self.kind == "p256":
            j = {"kty": "EC", "crv": "P-256", "x": b64u(self.pub[1:33]), "y": b64u(self.pub[33:])}
            if private:
                j["d"] = b64u(self.d.to_bytes(32, "big"))
        else:
            j = {"kty": "RSA", "n": _ub(self.n), "e": _ub(self.e)}
            if private:
                j.update(d=_ub(self.d), p=_ub(self.p), q=_ub(self.q), dp=_ub(self.dp), dq=_ub(self.dq),
                         qi=_ub(self.qi))
        j["kid"] = kid
        j["use"] = "sig"
        return j


def _s(b):
    return struct.pack(">I", len(b)) + b


def _mp(n):
    if n == 0:
        return _s(b"")
    b = n.to_bytes((n.bit_length() + 8) // 8, "big")
    return _s(b)


def _ub(n):
    return b64u(n.to_bytes((n.bit_length() + 7) // 8, "big"))


# ------------------------------------------------------------------ X.509 (self-signed Ed25519)
def _name(cn, org, country):
    def rdn(o, v, tag=0x0C):
        return tlv(0x31, seq(oid(o), tlv(tag, v.encode())))
    return seq(rdn("2.5.4.6", country, 0x13), rdn("2.5.4.10", org), rdn("2.5.4.3", cn))


_DI_SHA256 = bytes.fromhex("3031300d060960864801650304020105000420")


def sign(key, msg, rng):
    """Ed25519, RSASSA-PKCS1-v1_5/SHA-256 or ECDSA/SHA-256 (k from rng); returns (algorithm DER, signature)."""
    if key.kind == "ed25519":
        return seq(oid(OID_ED25519)), ed_sign(key.seed, msg)
    h = hashlib.sha256(msg).digest()
    if key.kind == "rsa":
        k = (key.n.bit_length() + 7) // 8
        em = b"\x00\x01" + b"\xff" * (k - 3 - len(_DI_SHA256) - 32) + b"\x00" + _DI_SHA256 + h
        return seq(oid("1.2.840.113549.1.1.11"), null()), pow(int.from_bytes(em, "big"), key.d, key.n).to_bytes(k, "big")
    z = int.from_bytes(h, "big")
    while True:
        k = rng.randrange(1, _n)
        r = p256_pub(k)[0] % _n
        s = pow(k, -1, _n) * (z + r * key.d) % _n
        if r and s:
            return seq(oid("1.2.840.10045.4.3.2")), seq(der_int(r), der_int(s))


def self_signed(key, cn, org, country, serial, not_before, not_after, rng):
    """Self-signed CA certificate for any key kind; dates as 'YYMMDDhhmmssZ'."""
    name = _name(cn, org, country)
    bc = seq(oid("2.5.29.19"), tlv(0x01, b"\xff"), octet(seq(tlv(0x01, b"\xff"))))
    ku = seq(oid("2.5.29.15"), tlv(0x01, b"\xff"), octet(tlv(0x03, b"\x01\x86")))
    alg = sign(key, b"", rng)[0]
    tbs = seq(ctx(0, der_int(2)), der_int(serial), alg, name,
              seq(tlv(0x17, not_before.encode()), tlv(0x17, not_after.encode())), name, key.spki(),
              ctx(3, seq(bc, ku)))
    alg, sig = sign(key, tbs, rng)
    return pem("CERTIFICATE", seq(tbs, alg, bitstr(sig)))


# ------------------------------------------------------------------ AES-256-CBC + PBES2
_SBOX = []


def _init_sbox():
    p = q = 1
    sbox = [0] * 256
    while True:
        p = p ^ ((p << 1) & 0xFF) ^ (0x1B if p & 0x80 else 0)
        q ^= q << 1
        q ^= q << 2
        q ^= q << 4
        q &= 0xFF
        if q & 0x80:
            q ^= 0x09
        x = q ^ ((q << 1) | (q >> 7)) ^ ((q << 2) | (q >> 6)) ^ ((q << 3) | (q >> 5)) ^ ((q << 4) | (q >> 4))
        sbox[p] = (x ^ 0x63) & 0xFF
        if p == 1:
            break
    sbox[0] = 0x63
    _SBOX.extend(sbox)


_init_sbox()


def _xt(a):
    return ((a << 1) ^ 0x1B) & 0xFF if a & 0x80 else a << 1


def _expand(key):
    nk, rounds = len(key) // 4, len(key) // 4 + 6
    w = [list(key[4 * i:4 * i + 4]) for i in range(nk)]
    rcon = 1
    for i in range(nk, 4 * (rounds + 1)):
        t = list(w[i - 1])
        if i % nk == 0:
            t = [_SBOX[b] for b in t[1:] + t[:1]]
            t[0] ^= rcon
            rcon = _xt(rcon)
        elif nk > 6 and i % nk == 4:
            t = [_SBOX[b] for b in t]
        w.append([a ^ b for a, b in zip(w[i - nk], t)])
    return [sum(w[4 * r:4 * r + 4], []) for r in range(rounds + 1)]


def _encrypt_block(rk, block):
    s = [a ^ b for a, b in zip(block, rk[0])]
    for r in range(1, len(rk)):
        s = [_SBOX[b] for b in s]
        s = [s[(i + 4 * (i % 4)) % 16] for i in range(16)]
        if r != len(rk) - 1:
            out = []
            for c in range(4):
                a = s[4 * c:4 * c + 4]
                t = a[0] ^ a[1] ^ a[2] ^ a[3]
                out += [a[i] ^ t ^ _xt(a[i] ^ a[(i + 1) % 4]) for i in range(4)]
            s = out
        s = [a ^ b for a, b in zip(s, rk[r])]
    return bytes(s)


assert _encrypt_block(_expand(bytes(range(32))), bytes.fromhex("00112233445566778899aabbccddeeff")).hex() == \
    "8ea2b7ca516745bfeafc49904b496089"


def aes256_cbc(key, iv, data):
    pad = 16 - len(data) % 16
    data += bytes([pad]) * pad
    rk, prev, out = _expand(key), iv, b""
    for i in range(0, len(data), 16):
        prev = _encrypt_block(rk, bytes(a ^ b for a, b in zip(data[i:i + 16], prev)))
        out += prev
    return out


def encrypted_pkcs8_pem(key, passphrase, rng, iterations=2048):
    salt = bytes(rng.randrange(256) for _ in range(16))
    iv = bytes(rng.randrange(256) for _ in range(16))
    dk = hashlib.pbkdf2_hmac("sha256", passphrase.encode(), salt, iterations, 32)
    enc = aes256_cbc(dk, iv, key.pkcs8())
    alg = seq(oid("1.2.840.113549.1.5.13"),
              seq(seq(oid("1.2.840.113549.1.5.12"),
                      seq(octet(salt), der_int(iterations), seq(oid("1.2.840.113549.2.9"), null()))),
                  seq(oid("2.16.840.1.101.3.4.1.42"), octet(iv))))
    return pem("ENCRYPTED PRIVATE KEY", seq(alg, octet(enc)))
