"""Pure-Python key material: RSA, P-256, Ed25519 and their encodings.

RFC 8017 (PKCS#1), SEC 1, RFC 5208/5958 (PKCS#8), RFC 5280 (SPKI, X.509), RFC 7517/7518/8037 (JWK),
RFC 8032 (Ed25519; self-test against test vector 1 at import), OpenSSH PROTOCOL.key.
"""

import base64
import hashlib
import json
import struct

from vals11 import b64u

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


def octet(b):
    return tlv(0x04, b)


def bitstr(b):
    return tlv(0x03, b"\x00" + b)


def null():
    return b"\x05\x00"


def oid(dotted):
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


def ctx(n, body, constructed=True):
    return tlv((0xA0 if constructed else 0x80) | n, body)


OID_RSA = "1.2.840.113549.1.1.1"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_ED25519 = "1.3.101.112"
OID_ECDSA_SHA256 = "1.2.840.10045.4.3.2"
OID_CN = "2.5.4.3"
OID_O = "2.5.4.10"


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + width] for i in range(0, len(b), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


# ------------------------------------------------------------------ RSA
_SMALL = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _is_probable_prime(n, rng, rounds=24):
    for p in _SMALL:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        a = rng.r.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(bits, rng, e=65537):
    while True:
        c = rng.r.getrandbits(bits) | (3 << (bits - 2)) | 1
        if c % e != 1 and _is_probable_prime(c, rng):
            return c


class RSAKey:
    kind = "rsa"

    def __init__(self, rng, bits=2048):
        e = 65537
        while True:
            p, q = _prime(bits // 2, rng), _prime(bits // 2, rng)
            if p != q:
                break
        if p < q:
            p, q = q, p
        self.n, self.e, self.p, self.q = p * q, e, p, q
        phi = (p - 1) * (q - 1)
        self.d = pow(e, -1, phi)
        self.dp, self.dq, self.qi = self.d % (p - 1), self.d % (q - 1), pow(q, -1, p)
        self.bits = self.n.bit_length()

    def pkcs1(self):
        return seq(der_int(0), der_int(self.n), der_int(self.e), der_int(self.d), der_int(self.p), der_int(self.q),
                   der_int(self.dp), der_int(self.dq), der_int(self.qi))

    def pkcs8(self):
        return seq(der_int(0), seq(oid(OID_RSA), null()), octet(self.pkcs1()))

    def spki(self):
        return seq(seq(oid(OID_RSA), null()), bitstr(seq(der_int(self.n), der_int(self.e))))

    def pem_private(self, fmt="pkcs1"):
        return pem("RSA PRIVATE KEY", self.pkcs1()) if fmt == "pkcs1" else pem("PRIVATE KEY", self.pkcs8())

    def jwk(self, kid=None):
        f = lambda n: b64u(n.to_bytes((n.bit_length() + 7) // 8, "big"))
        j = {"kty": "RSA", "n": f(self.n), "e": f(self.e), "d": f(self.d), "p": f(self.p), "q": f(self.q),
             "dp": f(self.dp), "dq": f(self.dq), "qi": f(self.qi)}
        if kid:
            j["kid"] = kid
        return j

    def public_jwk(self, kid=None):
        j = {k: v for k, v in self.jwk(kid).items() if k in ("kty", "n", "e", "kid")}
        j.update({"use": "sig", "alg": "RS256"})
        return j

    def rsakeyvalue(self):
        f = lambda n, ln=None: base64.b64encode(n.to_bytes(ln or (n.bit_length() + 7) // 8, "big")).decode()
        k = self.bits // 8
        h = k // 2
        return ("<RSAKeyValue><Modulus>%s</Modulus><Exponent>%s</Exponent><P>%s</P><Q>%s</Q><DP>%s</DP>"
                "<DQ>%s</DQ><InverseQ>%s</InverseQ><D>%s</D></RSAKeyValue>" % (
                    f(self.n, k), f(self.e), f(self.p, h), f(self.q, h), f(self.dp, h), f(self.dq, h),
                    f(self.qi, h), f(self.d, k)))

    def ssh_pub_blob(self):
        return _sshstr(b"ssh-rsa") + _mpint(self.e) + _mpint(self.n)

    def ssh_priv_fields(self):
        return (_sshstr(b"ssh-rsa") + _mpint(self.n) + _mpint(self.e) + _mpint(self.d) + _mpint(self.qi)
                + _mpint(self.p) + _mpint(self.q))


# ------------------------------------------------------------------ P-256
P = 2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1
A = P - 3
B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b
N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
G = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
     0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def _jadd(p1, p2):
    if p1 is None:
        return p2
    if p2 is None:
        return p1
    X1, Y1, Z1 = p1
    X2, Y2, Z2 = p2
    Z1Z1, Z2Z2 = Z1 * Z1 % P, Z2 * Z2 % P
    U1, U2 = X1 * Z2Z2 % P, X2 * Z1Z1 % P
    S1, S2 = Y1 * Z2 * Z2Z2 % P, Y2 * Z1 * Z1Z1 % P
    if U1 == U2:
        return _jdbl(p1) if S1 == S2 else None
    H, R = (U2 - U1) % P, (S2 - S1) % P
    H2 = H * H % P
    H3 = H * H2 % P
    X3 = (R * R - H3 - 2 * U1 * H2) % P
    Y3 = (R * (U1 * H2 - X3) - S1 * H3) % P
    return X3, Y3, H * Z1 * Z2 % P


def _jdbl(p1):
    if p1 is None:
        return None
    X, Y, Z = p1
    if Y == 0:
        return None
    YY = Y * Y % P
    S = 4 * X * YY % P
    ZZ = Z * Z % P
    M = 3 * (X - ZZ) * (X + ZZ) % P
    X3 = (M * M - 2 * S) % P
    Y3 = (M * (S - X3) - 8 * YY * YY) % P
    return X3, Y3, 2 * Y * Z % P


def ec_mul(k, pt=G):
    acc, add = None, (pt[0], pt[1], 1)
    while k:
        if k & 1:
            acc = _jadd(acc, add)
        add = _jdbl(add)
        k >>= 1
    X, Y, Z = acc
    zi = pow(Z, -1, P)
    return X * zi * zi % P, Y * zi * zi * zi % P


def ec_add_affine(p1, p2):
    X, Y, Z = _jadd((p1[0], p1[1], 1), (p2[0], p2[1], 1))
    zi = pow(Z, -1, P)
    return X * zi * zi % P, Y * zi * zi * zi % P


class ECKey:
    kind = "ec"

    def __init__(self, rng):
        self.d = rng.r.randrange(1, N)
        self.Q = ec_mul(self.d)

    def point(self):
        return b"\x04" + self.Q[0].to_bytes(32, "big") + self.Q[1].to_bytes(32, "big")

    def sec1(self, with_params=True):
        items = [der_int(1), octet(self.d.to_bytes(32, "big"))]
        if with_params:
            items.append(ctx(0, oid(OID_P256)))
        items.append(ctx(1, bitstr(self.point())))
        return seq(*items)

    def pkcs8(self):
        return seq(der_int(0), seq(oid(OID_EC), oid(OID_P256)), octet(self.sec1(with_params=False)))

    def spki(self):
        return seq(seq(oid(OID_EC), oid(OID_P256)), bitstr(self.point()))

    def pem_private(self, fmt="sec1"):
        return pem("EC PRIVATE KEY", self.sec1()) if fmt == "sec1" else pem("PRIVATE KEY", self.pkcs8())

    def jwk(self, kid=None):
        j = {"kty": "EC", "crv": "P-256", "x": b64u(self.Q[0].to_bytes(32, "big")),
             "y": b64u(self.Q[1].to_bytes(32, "big")), "d": b64u(self.d.to_bytes(32, "big"))}
        if kid:
            j["kid"] = kid
        return j

    def public_jwk(self, kid=None):
        j = {k: v for k, v in self.jwk(kid).items() if k != "d"}
        j.update({"use": "sig", "alg": "ES256"})
        return j

    def sign(self, msg, rng):
        z = int.from_bytes(hashlib.sha256(msg).digest(), "big")
        while True:
            k = rng.r.randrange(1, N)
            r = ec_mul(k)[0] % N
            s = pow(k, -1, N) * (z + r * self.d) % N
            if r and s:
                return seq(der_int(r), der_int(s))

    def ssh_pub_blob(self):
        return _sshstr(b"ecdsa-sha2-nistp256") + _sshstr(b"nistp256") + _sshstr(self.point())

    def ssh_priv_fields(self):
        return (_sshstr(b"ecdsa-sha2-nistp256") + _sshstr(b"nistp256") + _sshstr(self.point())
                + _mpint(self.d))


def ecdsa_verify(Q, msg, sig_der):
    from kcheck11 import der_read
    (_, body), _ = der_read(sig_der, 0)
    (_, rb), off = der_read(body, 0)
    (_, sb), _ = der_read(body, off)
    r, s = int.from_bytes(rb, "big"), int.from_bytes(sb, "big")
    z = int.from_bytes(hashlib.sha256(msg).digest(), "big")
    w = pow(s, -1, N)
    pt = ec_add_affine(ec_mul(z * w % N), ec_mul(r * w % N, Q))
    return pt[0] % N == r


# ------------------------------------------------------------------ Ed25519
EP = 2 ** 255 - 19
EL = 2 ** 252 + 27742317777372353535851937790883648493
ED = -121665 * pow(121666, EP - 2, EP) % EP
_I = pow(2, (EP - 1) // 4, EP)


def _xrecover(y):
    xx = (y * y - 1) * pow(ED * y * y + 1, EP - 2, EP)
    x = pow(xx, (EP + 3) // 8, EP)
    if (x * x - xx) % EP:
        x = x * _I % EP
    return EP - x if x % 2 else x


_BY = 4 * pow(5, EP - 2, EP) % EP
_BASE = (_xrecover(_BY), _BY, 1, _xrecover(_BY) * _BY % EP)


def _eadd(p1, p2):
    X1, Y1, Z1, T1 = p1
    X2, Y2, Z2, T2 = p2
    a = (Y1 - X1) * (Y2 - X2) % EP
    b = (Y1 + X1) * (Y2 + X2) % EP
    c = T1 * 2 * ED * T2 % EP
    d = Z1 * 2 * Z2 % EP
    e, f, g, h = b - a, d - c, d + c, b + a
    return e * f % EP, g * h % EP, f * g % EP, e * h % EP


def _emul(k, pt=_BASE):
    acc = (0, 1, 1, 0)
    while k:
        if k & 1:
            acc = _eadd(acc, pt)
        pt = _eadd(pt, pt)
        k >>= 1
    return acc


def _eenc(pt):
    X, Y, Z, _ = pt
    zi = pow(Z, EP - 2, EP)
    x, y = X * zi % EP, Y * zi % EP
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def ed25519_public(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    return _eenc(_emul(a))


assert ed25519_public(bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")).hex() == \
    "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "Ed25519 self-test failed"


class EdKey:
    kind = "ed25519"

    def __init__(self, rng):
        self.seed = rng.bytes(32)
        self.pub = ed25519_public(self.seed)

    def pkcs8(self):
        return seq(der_int(0), seq(oid(OID_ED25519)), octet(octet(self.seed)))

    def spki(self):
        return seq(seq(oid(OID_ED25519)), bitstr(self.pub))

    def pem_private(self, fmt="pkcs8"):
        return pem("PRIVATE KEY", self.pkcs8())

    def jwk(self, kid=None):
        j = {"kty": "OKP", "crv": "Ed25519", "x": b64u(self.pub), "d": b64u(self.seed)}
        if kid:
            j["kid"] = kid
        return j

    def public_jwk(self, kid=None):
        j = {k: v for k, v in self.jwk(kid).items() if k != "d"}
        j.update({"use": "sig", "alg": "EdDSA"})
        return j

    def ssh_pub_blob(self):
        return _sshstr(b"ssh-ed25519") + _sshstr(self.pub)

    def ssh_priv_fields(self):
        return _sshstr(b"ssh-ed25519") + _sshstr(self.pub) + _sshstr(self.seed + self.pub)


# ------------------------------------------------------------------ OpenSSH
def _sshstr(b):
    return struct.pack(">I", len(b)) + b


def _mpint(n):
    b = n.to_bytes((n.bit_length() + 8) // 8, "big") if n else b""
    return _sshstr(b)


def openssh_private(key, rng, comment):
    check = rng.bytes(4)
    body = check + check + key.ssh_priv_fields() + _sshstr(comment.encode())
    pad = 1
    while len(body) % 8:
        body += bytes([pad])
        pad += 1
    blob = (b"openssh-key-v1\x00" + _sshstr(b"none") + _sshstr(b"none") + _sshstr(b"") + struct.pack(">I", 1)
            + _sshstr(key.ssh_pub_blob()) + _sshstr(body))
    b = base64.b64encode(blob).decode()
    lines = [b[i:i + 70] for i in range(0, len(b), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % "\n".join(lines)


def openssh_public(key, comment):
    name = {"rsa": "ssh-rsa", "ec": "ecdsa-sha2-nistp256", "ed25519": "ssh-ed25519"}[key.kind]
    return "%s %s %s" % (name, base64.b64encode(key.ssh_pub_blob()).decode(), comment)


def public_pem(key):
    return pem("PUBLIC KEY", key.spki())


# ------------------------------------------------------------------ X.509
def _name(cn, org):
    return seq(tlv(0x31, seq(oid(OID_O), tlv(0x0C, org.encode()))),
               tlv(0x31, seq(oid(OID_CN), tlv(0x0C, cn.encode()))))


def certificate(subject_key, ca_key, cn, org, rng, ca_cn=None, year=2025):
    """X.509 v3 certificate for subject_key, ECDSA-SHA256-signed by the P-256 ca_key."""
    alg = seq(oid(OID_ECDSA_SHA256))
    serial = rng.r.getrandbits(63) | (1 << 62)
    validity = seq(tlv(0x17, ("%02d0101000000Z" % (year % 100)).encode()),
                   tlv(0x17, ("%02d0101000000Z" % ((year + 2) % 100)).encode()))
    bc = seq(oid("2.5.29.19"), tlv(0x01, b"\xff"), octet(seq()))
    tbs = seq(ctx(0, der_int(2)), der_int(serial), alg, _name(ca_cn or cn, org), validity, _name(cn, org),
              subject_key.spki(), ctx(3, seq(bc)))
    sig = ca_key.sign(tbs, rng)
    return seq(tbs, alg, bitstr(sig)), tbs, sig


def cert_pem(der):
    return pem("CERTIFICATE", der)


def make_key(rng, kind):
    if kind == "rsa2048":
        return RSAKey(rng, 2048)
    if kind == "rsa1024":
        return RSAKey(rng, 1024)
    if kind == "ec":
        return ECKey(rng)
    return EdKey(rng)


def jwk_json(j, indent=None):
    return json.dumps(j, indent=indent)
