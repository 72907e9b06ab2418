"""Real key material for the sixth corpus, written from the specifications.

RSA (RFC 8017), P-256 ECDSA (SEC 1, FIPS 186), Ed25519 (RFC 8032), X25519 (RFC 7748),
PKCS#8 (RFC 5208/5958), SPKI and X.509 (RFC 5280), JWK (RFC 7517/7518/8037),
OpenSSH private keys (PROTOCOL.key), PuTTY .ppk version 2, OpenPGP v4 secret-key
packets with ASCII armour (RFC 4880), .NET <RSAKeyValue> XML, bech32 (BIP-173, for age).
Everything draws from a caller-supplied random.Random, so output is deterministic per seed.
Self-tests against the RFC 8032 / RFC 7748 vectors run at import.
"""
import base64
import hashlib
import hmac
import math
import struct

# ---------------------------------------------------------------- encoding helpers

def b64(b):
    return base64.b64encode(b).decode()


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def i2b(n, length=None):
    if length is None:
        length = max(1, (n.bit_length() + 7) // 8)
    return n.to_bytes(length, "big")


def b2i(b):
    return int.from_bytes(b, "big")


def wrap(s, width=64):
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def pem(label, der, width=64):
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, wrap(b64(der), width), label)


# ---------------------------------------------------------------- DER

def _dlen(n):
    if n < 0x80:
        return bytes([n])
    b = i2b(n)
    return bytes([0x80 | len(b)]) + b


def tlv(tag, content):
    return bytes([tag]) + _dlen(len(content)) + content


def d_int(n):
    if n == 0:
        return tlv(0x02, b"\x00")
    b = i2b(n)
    if b[0] & 0x80:
        b = b"\x00" + b
    return tlv(0x02, b)


def d_seq(*items):
    return tlv(0x30, b"".join(items))


def d_set(*items):
    return tlv(0x31, b"".join(items))


def d_oct(b):
    return tlv(0x04, b)


def d_bits(b):
    return tlv(0x03, b"\x00" + b)


def d_null():
    return b"\x05\x00"


def d_bool(v):
    return tlv(0x01, b"\xff" if v else b"\x00")


def d_oid(dotted):
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


def d_utf8(s):
    return tlv(0x0C, s.encode())


def d_printable(s):
    return tlv(0x13, s.encode())


def d_utctime(s):          # "YYMMDDHHMMSSZ"
    return tlv(0x17, s.encode())


def d_ctx(n, content, constructed=True):
    return tlv((0xA0 if constructed else 0x80) | n, content)


def der_read(buf, pos=0):
    """Return (tag, content, next_pos). Raises ValueError on malformed input."""
    if pos + 2 > len(buf):
        raise ValueError("truncated DER")
    tag = buf[pos]
    ln = buf[pos + 1]
    pos += 2
    if ln & 0x80:
        k = ln & 0x7F
        if k == 0 or k > 4 or pos + k > len(buf):
            raise ValueError("bad DER length")
        ln = b2i(buf[pos:pos + k])
        pos += k
    if pos + ln > len(buf):
        raise ValueError("DER content overruns buffer")
    return tag, buf[pos:pos + ln], pos + ln


def der_children(content):
    out, pos = [], 0
    while pos < len(content):
        tag, c, pos = der_read(content, pos)
        out.append((tag, c))
    return out


def der_whole(buf):
    tag, c, end = der_read(buf, 0)
    if end != len(buf):
        raise ValueError("trailing bytes after DER")
    return tag, c


OID_RSA = "1.2.840.113549.1.1.1"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_ED25519 = "1.3.101.112"
OID_ECDSA_SHA256 = "1.2.840.10045.4.3.2"

# ---------------------------------------------------------------- primes / RSA

_SIEVE = bytearray([1]) * 30000
_SIEVE[0:2] = b"\x00\x00"
for _i in range(2, 174):
    if _SIEVE[_i]:
        _SIEVE[_i * _i::_i] = bytearray(len(_SIEVE[_i * _i::_i]))
_SMALL = [_i for _i in range(3, 30000) if _SIEVE[_i]]
_PRIMORIAL = 1
for _p in _SMALL:
    _PRIMORIAL *= _p


def is_probable_prime(n, rng, rounds=8):
    if n < 2:
        return False
    for p in _SMALL[:50]:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
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


def gen_prime(bits, rng, e=65537):
    while True:
        c = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        for _ in range(2000):
            if math.gcd(c, _PRIMORIAL) == 1 and (c - 1) % e != 0 and is_probable_prime(c, rng, 4):
                return c
            c += 2


class RSAKey:
    kind = "rsa"

    def __init__(self, rng, bits=2048):
        e = 65537
        while True:
            p = gen_prime(bits // 2, rng)
            q = gen_prime(bits - bits // 2, rng)
            if p == q:
                continue
            n = p * q
            if n.bit_length() != bits:
                continue
            break
        if p < q:                     # conventional p > q for PKCS#1; PGP wants p < q (handled there)
            p, q = q, p
        lam = (p - 1) * (q - 1) // math.gcd(p - 1, q - 1)
        self.n, self.e, self.p, self.q = n, e, p, q
        self.d = pow(e, -1, lam)
        self.dp, self.dq, self.qi = self.d % (p - 1), self.d % (q - 1), pow(q, -1, p)
        self.bits = bits

    # DER / PEM
    def pkcs1(self):
        return d_seq(d_int(0), d_int(self.n), d_int(self.e), d_int(self.d), d_int(self.p), d_int(self.q),
                     d_int(self.dp), d_int(self.dq), d_int(self.qi))

    def pkcs8(self):
        return d_seq(d_int(0), d_seq(d_oid(OID_RSA), d_null()), d_oct(self.pkcs1()))

    def spki(self):
        return d_seq(d_seq(d_oid(OID_RSA), d_null()), d_bits(d_seq(d_int(self.n), d_int(self.e))))

    def pem_pkcs1(self):
        return pem("RSA PRIVATE KEY", self.pkcs1())

    def pem_pkcs8(self):
        return pem("PRIVATE KEY", self.pkcs8())

    def pem_public(self):
        return pem("PUBLIC KEY", self.spki())

    def pem_public_pkcs1(self):
        return pem("RSA PUBLIC KEY", d_seq(d_int(self.n), d_int(self.e)))

    def jwk(self, kid=None, private=True, use="sig", alg="RS256"):
        j = {"kty": "RSA"}
        if kid:
            j["kid"] = kid
        j.update({"use": use, "alg": alg, "n": b64url(i2b(self.n)), "e": b64url(i2b(self.e))})
        if private:
            j.update({"d": b64url(i2b(self.d)), "p": b64url(i2b(self.p)), "q": b64url(i2b(self.q)),
                      "dp": b64url(i2b(self.dp)), "dq": b64url(i2b(self.dq)), "qi": b64url(i2b(self.qi))})
        return j

    # SSH
    def ssh_pub_blob(self):
        return ssh_str(b"ssh-rsa") + ssh_mpint(self.e) + ssh_mpint(self.n)

    def ssh_public(self, comment=""):
        return ("ssh-rsa " + b64(self.ssh_pub_blob()) + (" " + comment if comment else "")).strip()

    def openssh(self, comment, rng):
        priv = (ssh_str(b"ssh-rsa") + ssh_mpint(self.n) + ssh_mpint(self.e) + ssh_mpint(self.d)
                + ssh_mpint(self.qi) + ssh_mpint(self.p) + ssh_mpint(self.q))
        return _openssh_wrap(self.ssh_pub_blob(), priv, comment, rng)

    def ppk2(self, comment):
        pub = self.ssh_pub_blob()
        iqmp = pow(self.q, -1, self.p)
        priv = ssh_mpint(self.d) + ssh_mpint(self.p) + ssh_mpint(self.q) + ssh_mpint(iqmp)
        mac = ppk2_mac(b"ssh-rsa", b"none", comment.encode(), pub, priv)
        pl, vl = wrap(b64(pub), 64).split("\n"), wrap(b64(priv), 64).split("\n")
        return "\n".join(["PuTTY-User-Key-File-2: ssh-rsa", "Encryption: none", "Comment: " + comment,
                          "Public-Lines: %d" % len(pl)] + pl + ["Private-Lines: %d" % len(vl)] + vl
                         + ["Private-MAC: " + mac])

    def dotnet_xml(self):
        f = lambda n, ln=None: b64(i2b(n, ln))
        half = (self.bits // 2 + 7) // 8
        return ("<RSAKeyValue><Modulus>%s</Modulus><Exponent>%s</Exponent><P>%s</P><Q>%s</Q><DP>%s</DP>"
                "<DQ>%s</DQ><InverseQ>%s</InverseQ><D>%s</D></RSAKeyValue>") % (
            f(self.n), f(self.e), f(self.p, half), f(self.q, half), f(self.dp, half), f(self.dq, half),
            f(self.qi, half), f(self.d, (self.bits + 7) // 8))

    def pgp_secret(self, uid, created):
        return pgp_rsa_secret_armor(self, uid, created)


# ---------------------------------------------------------------- SSH / PuTTY helpers

def ssh_str(b):
    return struct.pack(">I", len(b)) + b


def ssh_mpint(n):
    if n == 0:
        return ssh_str(b"")
    b = i2b(n)
    if b[0] & 0x80:
        b = b"\x00" + b
    return ssh_str(b)


def _openssh_wrap(pub_blob, priv_fields, comment, rng):
    check = rng.getrandbits(32)
    body = struct.pack(">II", check, check) + priv_fields + ssh_str(comment.encode())
    i = 1
    while len(body) % 8:
        body += bytes([i])
        i += 1
    blob = (b"openssh-key-v1\x00" + ssh_str(b"none") + ssh_str(b"none") + ssh_str(b"") + struct.pack(">I", 1)
            + ssh_str(pub_blob) + ssh_str(body))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % wrap(b64(blob), 70)


def ppk2_mac(alg, enc, comment, pub, priv):
    key = hashlib.sha1(b"putty-private-key-file-mac-key").digest()
    data = ssh_str(alg) + ssh_str(enc) + ssh_str(comment) + ssh_str(pub) + ssh_str(priv)
    return hmac.new(key, data, hashlib.sha1).hexdigest()


def ssh_fingerprint(pub_blob):
    return "SHA256:" + base64.b64encode(hashlib.sha256(pub_blob).digest()).decode().rstrip("=")


# ---------------------------------------------------------------- OpenPGP

def _pgp_mpi(n):
    return struct.pack(">H", n.bit_length()) + i2b(n)


def _pgp_packet(tag, body):
    n = len(body)
    if n < 192:
        ln = bytes([n])
    elif n < 8384:
        n2 = n - 192
        ln = bytes([(n2 >> 8) + 192, n2 & 0xFF])
    else:
        ln = b"\xff" + struct.pack(">I", n)
    return bytes([0xC0 | tag]) + ln + body


def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_rsa_secret_armor(k, uid, created):
    p, q = (k.p, k.q) if k.p < k.q else (k.q, k.p)
    u = pow(p, -1, q)
    pub = b"\x04" + struct.pack(">I", created) + b"\x01" + _pgp_mpi(k.n) + _pgp_mpi(k.e)
    sec = _pgp_mpi(k.d) + _pgp_mpi(p) + _pgp_mpi(q) + _pgp_mpi(u)
    body = pub + b"\x00" + sec + struct.pack(">H", sum(sec) & 0xFFFF)
    data = _pgp_packet(5, body) + _pgp_packet(13, uid.encode())
    c = crc24(data)
    return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n%s\n=%s\n-----END PGP PRIVATE KEY BLOCK-----"
            % (wrap(b64(data), 64), b64(struct.pack(">I", c)[1:])))


# ---------------------------------------------------------------- P-256

P256_P = 2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1
P256_A = P256_P - 3
P256_B = 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B
P256_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
P256_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
          0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)


def _jdouble(P):
    X, Y, Z = P
    if Y == 0:
        return (0, 1, 0)
    p = P256_P
    YY = Y * Y % p
    S = 4 * X * YY % p
    ZZ = Z * Z % p
    M = 3 * (X - ZZ) * (X + ZZ) % p
    X3 = (M * M - 2 * S) % p
    Y3 = (M * (S - X3) - 8 * YY * YY) % p
    Z3 = 2 * Y * Z % p
    return (X3, Y3, Z3)


def _jadd(P, Q):
    if P[2] == 0:
        return Q
    if Q[2] == 0:
        return P
    p = P256_P
    X1, Y1, Z1 = P
    X2, Y2, Z2 = Q
    Z1Z1, Z2Z2 = Z1 * Z1 % p, Z2 * Z2 % p
    U1, U2 = X1 * Z2Z2 % p, X2 * Z1Z1 % p
    S1, S2 = Y1 * Z2 * Z2Z2 % p, Y2 * Z1 * Z1Z1 % p
    if U1 == U2:
        if S1 != S2:
            return (0, 1, 0)
        return _jdouble(P)
    H = (U2 - U1) % p
    R = (S2 - S1) % p
    HH = H * H % p
    HHH = H * HH % p
    V = U1 * HH % p
    X3 = (R * R - HHH - 2 * V) % p
    Y3 = (R * (V - X3) - S1 * HHH) % p
    Z3 = H * Z1 * Z2 % p
    return (X3, Y3, Z3)


def p256_mul(k, P=P256_G):
    R = (0, 1, 0)
    A = (P[0], P[1], 1)
    for bit in bin(k)[2:]:
        R = _jdouble(R)
        if bit == "1":
            R = _jadd(R, A)
    if R[2] == 0:
        return None
    zi = pow(R[2], -1, P256_P)
    return (R[0] * zi * zi % P256_P, R[1] * zi * zi * zi % P256_P)


def p256_on_curve(P):
    x, y = P
    return (y * y - (x * x * x + P256_A * x + P256_B)) % P256_P == 0


class ECKey:
    kind = "ec"

    def __init__(self, rng):
        self.d = rng.randrange(1, P256_N)
        self.Q = p256_mul(self.d)

    def point(self):
        return b"\x04" + i2b(self.Q[0], 32) + i2b(self.Q[1], 32)

    def sec1(self, params=True):
        items = [d_int(1), d_oct(i2b(self.d, 32))]
        if params:
            items.append(d_ctx(0, d_oid(OID_P256)))
        items.append(d_ctx(1, d_bits(self.point())))
        return d_seq(*items)

    def pkcs8(self):
        return d_seq(d_int(0), d_seq(d_oid(OID_EC), d_oid(OID_P256)), d_oct(self.sec1(params=False)))

    def spki(self):
        return d_seq(d_seq(d_oid(OID_EC), d_oid(OID_P256)), d_bits(self.point()))

    def pem_sec1(self):
        return pem("EC PRIVATE KEY", self.sec1())

    def pem_pkcs8(self):
        return pem("PRIVATE KEY", self.pkcs8())

    def pem_public(self):
        return pem("PUBLIC KEY", self.spki())

    def jwk(self, kid=None, private=True, use="sig"):
        j = {"kty": "EC"}
        if kid:
            j["kid"] = kid
        j.update({"use": use, "alg": "ES256", "crv": "P-256", "x": b64url(i2b(self.Q[0], 32)),
                  "y": b64url(i2b(self.Q[1], 32))})
        if private:
            j["d"] = b64url(i2b(self.d, 32))
        return j

    def ssh_pub_blob(self):
        return ssh_str(b"ecdsa-sha2-nistp256") + ssh_str(b"nistp256") + ssh_str(self.point())

    def ssh_public(self, comment=""):
        return ("ecdsa-sha2-nistp256 " + b64(self.ssh_pub_blob()) + (" " + comment if comment else "")).strip()

    def openssh(self, comment, rng):
        priv = ssh_str(b"ecdsa-sha2-nistp256") + ssh_str(b"nistp256") + ssh_str(self.point()) + ssh_mpint(self.d)
        return _openssh_wrap(self.ssh_pub_blob(), priv, comment, rng)

    def sign(self, msg, rng):
        z = b2i(hashlib.sha256(msg).digest())
        while True:
            k = rng.randrange(1, P256_N)
            r = p256_mul(k)[0] % P256_N
            if r == 0:
                continue
            s = pow(k, -1, P256_N) * (z + r * self.d) % P256_N
            if s:
                return d_seq(d_int(r), d_int(s))


def ecdsa_verify(Q, msg, sig_der):
    _, c = der_whole(sig_der)
    (t1, r), (t2, s) = der_children(c)
    r, s = b2i(r), b2i(s)
    if not (0 < r < P256_N and 0 < s < P256_N):
        return False
    z = b2i(hashlib.sha256(msg).digest())
    w = pow(s, -1, P256_N)
    A = p256_mul(z * w % P256_N)
    B = p256_mul(r * w % P256_N, Q)
    R = _jadd((A[0], A[1], 1), (B[0], B[1], 1))
    zi = pow(R[2], -1, P256_P)
    return (R[0] * zi * zi % P256_P) % P256_N == r


# ---------------------------------------------------------------- Ed25519 / X25519

ED_P = 2 ** 255 - 19
ED_D = -121665 * pow(121666, -1, ED_P) % ED_P
ED_L = 2 ** 252 + 27742317777372353535851937790883648493
_ED_GY = 4 * pow(5, -1, ED_P) % ED_P


def _ed_recover_x(y, sign):
    x2 = (y * y - 1) * pow(ED_D * y * y + 1, -1, ED_P) % ED_P
    x = pow(x2, (ED_P + 3) // 8, ED_P)
    if (x * x - x2) % ED_P:
        x = x * pow(2, (ED_P - 1) // 4, ED_P) % ED_P
    if x % 2 != sign:
        x = ED_P - x
    return x


_ED_GX = _ed_recover_x(_ED_GY, 0)
ED_G = (_ED_GX, _ED_GY, 1, _ED_GX * _ED_GY % ED_P)


def _ed_add(P, Q):
    p = ED_P
    A = (P[1] - P[0]) * (Q[1] - Q[0]) % p
    B = (P[1] + P[0]) * (Q[1] + Q[0]) % p
    C = 2 * P[3] * Q[3] * ED_D % p
    D = 2 * P[2] * Q[2] % p
    E, F, G, H = B - A, D - C, D + C, B + A
    return (E * F % p, G * H % p, F * G % p, E * H % p)


def _ed_mul(s, P=ED_G):
    Q = (0, 1, 1, 0)
    while s:
        if s & 1:
            Q = _ed_add(Q, P)
        P = _ed_add(P, P)
        s >>= 1
    return Q


def _ed_encode(P):
    zi = pow(P[2], -1, ED_P)
    x, y = P[0] * zi % ED_P, P[1] * zi % ED_P
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def ed25519_public(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    return _ed_encode(_ed_mul(a))


class Ed25519Key:
    kind = "ed25519"

    def __init__(self, rng):
        self.seed = bytes(rng.getrandbits(8) for _ in range(32))
        self.pub = ed25519_public(self.seed)

    def pkcs8(self):
        return d_seq(d_int(0), d_seq(d_oid(OID_ED25519)), d_oct(d_oct(self.seed)))

    def spki(self):
        return d_seq(d_seq(d_oid(OID_ED25519)), d_bits(self.pub))

    def pem_pkcs8(self):
        return pem("PRIVATE KEY", self.pkcs8())

    def pem_public(self):
        return pem("PUBLIC KEY", self.spki())

    def jwk(self, kid=None, private=True):
        j = {"kty": "OKP", "crv": "Ed25519"}
        if kid:
            j["kid"] = kid
        j["x"] = b64url(self.pub)
        if private:
            j["d"] = b64url(self.seed)
        return j

    def ssh_pub_blob(self):
        return ssh_str(b"ssh-ed25519") + ssh_str(self.pub)

    def ssh_public(self, comment=""):
        return ("ssh-ed25519 " + b64(self.ssh_pub_blob()) + (" " + comment if comment else "")).strip()

    def openssh(self, comment, rng):
        priv = ssh_str(b"ssh-ed25519") + ssh_str(self.pub) + ssh_str(self.seed + self.pub)
        return _openssh_wrap(self.ssh_pub_blob(), priv, comment, rng)


def x25519(k, u):
    k = bytearray(k)
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    k = int.from_bytes(k, "little")
    u = int.from_bytes(u, "little") & ((1 << 255) - 1)
    p, a24 = ED_P, 121665
    x1, x2, z2, x3, z3, swap = u, 1, 0, u, 1, 0
    for t in reversed(range(255)):
        kt = (k >> t) & 1
        swap ^= kt
        if swap:
            x2, x3, z2, z3 = x3, x2, z3, z2
        swap = kt
        A, B = (x2 + z2) % p, (x2 - z2) % p
        AA, BB = A * A % p, B * B % p
        E = (AA - BB) % p
        C, D = (x3 + z3) % p, (x3 - z3) % p
        DA, CB = D * A % p, C * B % p
        x3 = (DA + CB) ** 2 % p
        z3 = x1 * (DA - CB) ** 2 % p
        x2 = AA * BB % p
        z2 = E * (AA + a24 * E) % p
    if swap:
        x2, z2 = x3, z3
    return (x2 * pow(z2, p - 2, p) % p).to_bytes(32, "little")


def x25519_public(k):
    return x25519(k, (9).to_bytes(32, "little"))


# ---------------------------------------------------------------- bech32 (age)

_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def _to5(data):
    acc, bits, out = 0, 0, []
    for b in data:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    return out


def bech32_encode(hrp, data):
    d5 = _to5(data)
    pm = _polymod(_hrp_expand(hrp) + d5 + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[x] for x in d5 + chk)


def bech32_verify(s):
    s = s.lower()
    pos = s.rfind("1")
    if pos < 1 or pos + 7 > len(s):
        return False
    hrp, data = s[:pos], s[pos + 1:]
    if any(c not in _B32 for c in data):
        return False
    return _polymod(_hrp_expand(hrp) + [_B32.index(c) for c in data]) == 1


class AgeKey:
    def __init__(self, rng):
        self.k = bytes(rng.getrandbits(8) for _ in range(32))
        self.secret = bech32_encode("age-secret-key-", self.k).upper()
        self.public = bech32_encode("age", x25519_public(self.k))


# ---------------------------------------------------------------- X.509

def _name(cn, o=None, c=None):
    rdns = []
    if c:
        rdns.append(d_set(d_seq(d_oid("2.5.4.6"), d_printable(c))))
    if o:
        rdns.append(d_set(d_seq(d_oid("2.5.4.10"), d_utf8(o))))
    rdns.append(d_set(d_seq(d_oid("2.5.4.3"), d_utf8(cn))))
    return d_seq(*rdns)


def make_cert(subject_cn, spki_der, issuer_key, issuer_cn, serial, rng, org=None, country="US",
              not_before="250101000000Z", not_after="280101000000Z", ca=False, dns=None):
    exts = [d_seq(d_oid("2.5.29.19"), d_bool(True), d_oct(d_seq(d_bool(True)) if ca else d_seq()))]
    if dns:
        exts.append(d_seq(d_oid("2.5.29.17"), d_oct(d_seq(*[tlv(0x82, h.encode()) for h in dns]))))
    alg = d_seq(d_oid(OID_ECDSA_SHA256))
    tbs = d_seq(d_ctx(0, d_int(2)), d_int(serial), alg, _name(issuer_cn, org, country),
                d_seq(d_utctime(not_before), d_utctime(not_after)), _name(subject_cn, org, country), spki_der,
                d_ctx(3, d_seq(*exts)))
    sig = issuer_key.sign(tbs, rng)
    return d_seq(tbs, alg, d_bits(sig))


def cert_pem(der):
    return pem("CERTIFICATE", der)


# ---------------------------------------------------------------- token checksums

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def base62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_token_ok(tok):
    """GitHub gh*_ / npm_ tokens: last 6 chars are base62(CRC32(the 30 random chars))."""
    import zlib
    body = tok.split("_", 1)[1]
    if len(body) != 36:
        return False
    return base62(zlib.crc32(body[:30].encode()) & 0xFFFFFFFF, 6) == body[30:]


# ---------------------------------------------------------------- self-tests

def _selftest():
    seed = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
    assert ed25519_public(seed).hex() == "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
    k = bytes.fromhex("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4")
    u = bytes.fromhex("e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c")
    assert x25519(k, u).hex() == "c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552"
    a = bytes.fromhex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")
    assert x25519_public(a).hex() == "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"
    assert p256_on_curve(P256_G) and p256_mul(P256_N - 1)[0] == P256_G[0]
    assert bech32_verify(bech32_encode("age", bytes(32)))
    assert crc24(b"") == 0xB704CE


_selftest()
