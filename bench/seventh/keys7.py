"""Real key material in pure Python (standard library only), written from the specifications:
RFC 8017 (RSA), SEC 1 / RFC 5915 (EC private keys), RFC 5208/5958 (PKCS#8), RFC 5280 (X.509),
RFC 8032 (Ed25519), RFC 7748 (X25519), RFC 7517/7518/8037 (JWK), OpenSSH PROTOCOL.key,
the PuTTY .ppk v2 format and BIP-173 bech32 (age keys).

Every function takes an explicit random.Random so that output is deterministic per seed.
"""

import base64
import hashlib
import hmac
import struct

# ------------------------------------------------------------------ DER
def _len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, body):
    return bytes([tag]) + _len(len(body)) + body


def der_int(v):
    if v == 0:
        return tlv(0x02, b"\x00")
    b = v.to_bytes((v.bit_length() + 8) // 8, "big")
    return tlv(0x02, b)


def der_seq(*items):
    return tlv(0x30, b"".join(items))


def der_set(*items):
    return tlv(0x31, b"".join(items))


def der_oct(b):
    return tlv(0x04, b)


def der_bits(b):
    return tlv(0x03, b"\x00" + b)


def der_null():
    return b"\x05\x00"


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


def der_ctx(n, body, constructed=True):
    return tlv((0xA0 if constructed else 0x80) | n, body)


def der_utf8(s):
    return tlv(0x0C, s.encode())


def der_print(s):
    return tlv(0x13, s.encode())


def der_utctime(s):
    return tlv(0x17, s.encode())


def der_parse(b, i=0):
    """Parse one TLV at i -> (tag, body, next_index)."""
    tag = b[i]
    ln = b[i + 1]
    j = i + 2
    if ln & 0x80:
        k = ln & 0x7F
        ln = int.from_bytes(b[j:j + k], "big")
        j += k
    return tag, b[j:j + ln], j + ln


def der_children(body):
    out, i = [], 0
    while i < len(body):
        t, v, i = der_parse(body, i)
        out.append((t, v))
    return out


def der_to_int(v):
    return int.from_bytes(v, "big")


OID_RSA = "1.2.840.113549.1.1.1"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_ED25519 = "1.3.101.112"
OID_ECDSA_SHA256 = "1.2.840.10045.4.3.2"


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    lines = ["-----BEGIN %s-----" % label]
    lines += [b[i:i + width] for i in range(0, len(b), width)]
    lines.append("-----END %s-----" % label)
    return "\n".join(lines)


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def i2b(v, n=None):
    if n is None:
        n = max(1, (v.bit_length() + 7) // 8)
    return v.to_bytes(n, "big")


# ------------------------------------------------------------------ RSA
_SMALL = []
for _n in range(3, 2000, 2):
    if all(_n % p for p in _SMALL if p * p <= _n):
        _SMALL.append(_n)


def _is_probable_prime(n, rng, rounds=12):
    for p in _SMALL:
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


def _prime(rng, bits, e):
    while True:
        c = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if any(c % p == 0 for p in _SMALL):
            continue
        if (c - 1) % e == 0:
            continue
        if _is_probable_prime(c, rng):
            return c


class RSAKey:
    def __init__(self, rng, bits=2048):
        e = 65537
        while True:
            p = _prime(rng, bits // 2, e)
            q = _prime(rng, bits // 2, e)
            if p != q and (p * q).bit_length() == bits:
                break
        if p < q:
            p, q = q, p
        self.n, self.e, self.p, self.q = p * q, e, p, q
        phi = (p - 1) * (q - 1)
        self.d = pow(e, -1, phi)
        self.dp, self.dq, self.qi = self.d % (p - 1), self.d % (q - 1), pow(q, -1, p)
        self.kind = "rsa"

    def pkcs1(self):
        return der_seq(der_int(0), der_int(self.n), der_int(self.e), der_int(self.d), der_int(self.p),
                       der_int(self.q), der_int(self.dp), der_int(self.dq), der_int(self.qi))

    def algid(self):
        return der_seq(der_oid(OID_RSA), der_null())

    def pkcs8(self):
        return der_seq(der_int(0), self.algid(), der_oct(self.pkcs1()))

    def spki(self):
        return der_seq(self.algid(), der_bits(der_seq(der_int(self.n), der_int(self.e))))

    def pem_trad(self):
        return pem("RSA PRIVATE KEY", self.pkcs1())

    def pem_pkcs8(self):
        return pem("PRIVATE KEY", self.pkcs8())

    def pem_public(self):
        return pem("PUBLIC KEY", self.spki())

    def jwk(self, kid=None, public=False):
        d = {"kty": "RSA"}
        if kid:
            d["kid"] = kid
        d["n"] = b64u(i2b(self.n))
        d["e"] = b64u(i2b(self.e))
        if not public:
            for k, v in (("d", self.d), ("p", self.p), ("q", self.q), ("dp", self.dp), ("dq", self.dq),
                         ("qi", self.qi)):
                d[k] = b64u(i2b(v))
        return d

    def ssh_pub_blob(self):
        return ssh_str(b"ssh-rsa") + ssh_mpint(self.e) + ssh_mpint(self.n)

    def ssh_priv_fields(self):
        return (ssh_str(b"ssh-rsa") + ssh_mpint(self.n) + ssh_mpint(self.e) + ssh_mpint(self.d) +
                ssh_mpint(self.qi) + ssh_mpint(self.p) + ssh_mpint(self.q))

    ssh_type = "ssh-rsa"


# ------------------------------------------------------------------ P-256
P256_P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
P256_A = P256_P - 3
P256_B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b
P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
P256_G = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
          0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def _jdbl(P):
    X, Y, Z = P
    if Y == 0:
        return (0, 1, 0)
    p = P256_P
    S = 4 * X * Y * Y % p
    M = (3 * X * X + P256_A * pow(Z, 4, p)) % p
    X2 = (M * M - 2 * S) % p
    Y2 = (M * (S - X2) - 8 * pow(Y, 4, p)) % p
    Z2 = 2 * Y * Z % p
    return (X2, Y2, Z2)


def _jadd(P, Q):
    if P[2] == 0:
        return Q
    if Q[2] == 0:
        return P
    p = P256_P
    X1, Y1, Z1 = P
    X2, Y2, Z2 = Q
    U1 = X1 * Z2 * Z2 % p
    U2 = X2 * Z1 * Z1 % p
    S1 = Y1 * pow(Z2, 3, p) % p
    S2 = Y2 * pow(Z1, 3, p) % p
    if U1 == U2:
        if S1 != S2:
            return (0, 1, 0)
        return _jdbl(P)
    H = U2 - U1
    R = S2 - S1
    H2 = H * H % p
    H3 = H * H2 % p
    X3 = (R * R - H3 - 2 * U1 * H2) % p
    Y3 = (R * (U1 * H2 - X3) - S1 * H3) % p
    Z3 = H * Z1 * Z2 % p
    return (X3, Y3, Z3)


def p256_mul(k, P=P256_G):
    R = (0, 1, 0)
    Q = (P[0], P[1], 1)
    for bit in bin(k)[2:]:
        R = _jdbl(R)
        if bit == "1":
            R = _jadd(R, Q)
    if R[2] == 0:
        return None
    zi = pow(R[2], -1, P256_P)
    return (R[0] * zi * zi % P256_P, R[1] * zi * zi * zi % P256_P)


def p256_on_curve(Q):
    x, y = Q
    return (y * y - (x * x * x + P256_A * x + P256_B)) % P256_P == 0


class ECKey:
    ssh_type = "ecdsa-sha2-nistp256"

    def __init__(self, rng):
        self.d = rng.randrange(1, P256_N)
        self.Q = p256_mul(self.d)
        self.kind = "ec"

    def point(self):
        return b"\x04" + i2b(self.Q[0], 32) + i2b(self.Q[1], 32)

    def sec1(self, with_params=True):
        items = [der_int(1), der_oct(i2b(self.d, 32))]
        if with_params:
            items.append(der_ctx(0, der_oid(OID_P256)))
        items.append(der_ctx(1, der_bits(self.point())))
        return der_seq(*items)

    def algid(self):
        return der_seq(der_oid(OID_EC), der_oid(OID_P256))

    def pkcs8(self):
        return der_seq(der_int(0), self.algid(), der_oct(self.sec1(with_params=False)))

    def spki(self):
        return der_seq(self.algid(), der_bits(self.point()))

    def pem_trad(self):
        return pem("EC PRIVATE KEY", self.sec1())

    def pem_pkcs8(self):
        return pem("PRIVATE KEY", self.pkcs8())

    def pem_public(self):
        return pem("PUBLIC KEY", self.spki())

    def jwk(self, kid=None, public=False):
        d = {"kty": "EC", "crv": "P-256"}
        if kid:
            d["kid"] = kid
        d["x"] = b64u(i2b(self.Q[0], 32))
        d["y"] = b64u(i2b(self.Q[1], 32))
        if not public:
            d["d"] = b64u(i2b(self.d, 32))
        return d

    def sign(self, rng, msg):
        z = int.from_bytes(hashlib.sha256(msg).digest(), "big")
        while True:
            k = rng.randrange(1, P256_N)
            r = p256_mul(k)[0] % P256_N
            if not r:
                continue
            s = pow(k, -1, P256_N) * (z + r * self.d) % P256_N
            if s:
                return der_seq(der_int(r), der_int(s))

    def ssh_pub_blob(self):
        return ssh_str(b"ecdsa-sha2-nistp256") + ssh_str(b"nistp256") + ssh_str(self.point())

    def ssh_priv_fields(self):
        return (ssh_str(b"ecdsa-sha2-nistp256") + ssh_str(b"nistp256") + ssh_str(self.point()) +
                ssh_mpint(self.d))


# ------------------------------------------------------------------ Ed25519 / X25519
ED_P = 2 ** 255 - 19
ED_L = 2 ** 252 + 27742317777372353535851937790883648493
ED_D = -121665 * pow(121666, -1, ED_P) % ED_P
ED_I = pow(2, (ED_P - 1) // 4, ED_P)


def _ed_xrecover(y):
    xx = (y * y - 1) * pow(ED_D * y * y + 1, -1, ED_P)
    x = pow(xx, (ED_P + 3) // 8, ED_P)
    if (x * x - xx) % ED_P:
        x = x * ED_I % ED_P
    if x % 2:
        x = ED_P - x
    return x


_ED_BY = 4 * pow(5, -1, ED_P) % ED_P
ED_B = (_ed_xrecover(_ED_BY), _ED_BY, 1, _ed_xrecover(_ED_BY) * _ED_BY % ED_P)


def _ed_add(P, Q):
    p = ED_P
    A = (P[1] - P[0]) * (Q[1] - Q[0]) % p
    B = (P[1] + P[0]) * (Q[1] + Q[0]) % p
    C = 2 * P[3] * Q[3] * ED_D % p
    D = 2 * P[2] * Q[2] % p
    E, F, G, H = B - A, D - C, D + C, B + A
    return (E * F % p, G * H % p, F * G % p, E * H % p)


def _ed_mul(s, P):
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
    return _ed_encode(_ed_mul(a, ED_B))


def x25519(k, u):
    k = bytearray(k)
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    k = int.from_bytes(bytes(k), "little")
    u = int.from_bytes(u, "little") & ((1 << 255) - 1)
    p = ED_P
    x1, x2, z2, x3, z3, swap = u, 1, 0, u, 1, 0
    for t in reversed(range(255)):
        kt = (k >> t) & 1
        swap ^= kt
        if swap:
            x2, x3, z2, z3 = x3, x2, z3, z2
        swap = kt
        A = x2 + z2
        AA = A * A % p
        B = x2 - z2
        BB = B * B % p
        E = AA - BB
        C = x3 + z3
        D = x3 - z3
        DA = D * A % p
        CB = C * B % p
        x3 = (DA + CB) ** 2 % p
        z3 = x1 * (DA - CB) ** 2 % p
        x2 = AA * BB % p
        z2 = E * (AA + 121665 * E) % p
    if swap:
        x2, x3, z2, z3 = x3, x2, z3, z2
    return (x2 * pow(z2, p - 2, p) % p).to_bytes(32, "little")


X25519_BASE = (9).to_bytes(32, "little")


class EdKey:
    ssh_type = "ssh-ed25519"

    def __init__(self, rng):
        self.seed = bytes(rng.getrandbits(8) for _ in range(32))
        self.pub = ed25519_public(self.seed)
        self.kind = "ed25519"

    def pkcs8(self):
        return der_seq(der_int(0), der_seq(der_oid(OID_ED25519)), der_oct(der_oct(self.seed)))

    def spki(self):
        return der_seq(der_seq(der_oid(OID_ED25519)), der_bits(self.pub))

    def pem_trad(self):
        return self.pem_pkcs8()

    def pem_pkcs8(self):
        return pem("PRIVATE KEY", self.pkcs8())

    def pem_public(self):
        return pem("PUBLIC KEY", self.spki())

    def jwk(self, kid=None, public=False):
        d = {"kty": "OKP", "crv": "Ed25519"}
        if kid:
            d["kid"] = kid
        d["x"] = b64u(self.pub)
        if not public:
            d["d"] = b64u(self.seed)
        return d

    def ssh_pub_blob(self):
        return ssh_str(b"ssh-ed25519") + ssh_str(self.pub)

    def ssh_priv_fields(self):
        return ssh_str(b"ssh-ed25519") + ssh_str(self.pub) + ssh_str(self.seed + self.pub)


def _selftest():
    # RFC 8032 section 7.1, test 1
    seed = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
    assert ed25519_public(seed).hex() == "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
    # RFC 7748 section 6.1
    a = bytes.fromhex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")
    assert x25519(a, X25519_BASE).hex() == "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"
    # P-256: n*G is infinity, 2G on curve
    assert p256_on_curve(p256_mul(2))


_selftest()


# ------------------------------------------------------------------ SSH wire format
def ssh_str(b):
    return struct.pack(">I", len(b)) + b


def ssh_mpint(v):
    if v == 0:
        return ssh_str(b"")
    b = v.to_bytes((v.bit_length() + 8) // 8, "big")
    return ssh_str(b)


def openssh_private(key, rng, comment):
    pub = key.ssh_pub_blob()
    ci = rng.getrandbits(32)
    body = struct.pack(">II", ci, ci) + key.ssh_priv_fields() + ssh_str(comment.encode())
    pad = 1
    while len(body) % 8:
        body += bytes([pad])
        pad += 1
    blob = (b"openssh-key-v1\x00" + ssh_str(b"none") + ssh_str(b"none") + ssh_str(b"") +
            struct.pack(">I", 1) + ssh_str(pub) + ssh_str(body))
    return pem("OPENSSH PRIVATE KEY", blob, width=70)


def openssh_public(key, comment):
    return "%s %s %s" % (key.ssh_type, base64.b64encode(key.ssh_pub_blob()).decode(), comment)


def ssh_fingerprint(key):
    return "SHA256:" + base64.b64encode(hashlib.sha256(key.ssh_pub_blob()).digest()).decode().rstrip("=")


def ppk2(key, comment):
    """PuTTY-User-Key-File-2, unencrypted, RSA only."""
    assert key.kind == "rsa"
    pub = key.ssh_pub_blob()
    priv = ssh_mpint(key.d) + ssh_mpint(key.p) + ssh_mpint(key.q) + ssh_mpint(key.qi)
    mackey = hashlib.sha1(b"putty-private-key-file-mac-key").digest()
    data = ssh_str(b"ssh-rsa") + ssh_str(b"none") + ssh_str(comment.encode()) + ssh_str(pub) + ssh_str(priv)
    mac = hmac.new(mackey, data, hashlib.sha1).hexdigest()
    pb = base64.b64encode(pub).decode()
    vb = base64.b64encode(priv).decode()
    pl = [pb[i:i + 64] for i in range(0, len(pb), 64)]
    vl = [vb[i:i + 64] for i in range(0, len(vb), 64)]
    lines = ["PuTTY-User-Key-File-2: ssh-rsa", "Encryption: none", "Comment: " + comment,
             "Public-Lines: %d" % len(pl)] + pl + ["Private-Lines: %d" % len(vl)] + vl + ["Private-MAC: " + mac]
    return lines


# ------------------------------------------------------------------ X.509
def _name(cn, org):
    return der_seq(der_set(der_seq(der_oid("2.5.4.6"), der_print("US"))),
                   der_set(der_seq(der_oid("2.5.4.10"), der_utf8(org))),
                   der_set(der_seq(der_oid("2.5.4.3"), der_utf8(cn))))


def certificate(rng, subject_key, ca_key, cn, org, issuer_cn=None, year=25):
    """X.509 v3 certificate for subject_key, signed with ECDSA P-256 ca_key."""
    serial = rng.getrandbits(63) | 1
    alg = der_seq(der_oid(OID_ECDSA_SHA256))
    validity = der_seq(der_utctime("%02d%02d%02d000000Z" % (year, rng.randint(1, 12), rng.randint(1, 28))),
                       der_utctime("%02d%02d%02d000000Z" % (year + 2, rng.randint(1, 12), rng.randint(1, 28))))
    ext = der_ctx(3, der_seq(der_seq(der_oid("2.5.29.19"), der_oct(der_seq()))))
    tbs = der_seq(der_ctx(0, der_int(2)), der_int(serial), alg, _name(issuer_cn or cn, org), validity,
                  _name(cn, org), subject_key.spki(), ext)
    sig = ca_key.sign(rng, tbs)
    return pem("CERTIFICATE", der_seq(tbs, alg, der_bits(sig)))


# ------------------------------------------------------------------ bech32 / age
_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
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
    hrp, data = s[:pos], s[pos + 1:]
    try:
        vals = [_B32.index(c) for c in data]
    except ValueError:
        return False
    return _polymod(_hrp_expand(hrp) + vals) == 1


def age_pair(rng):
    k = bytes(rng.getrandbits(8) for _ in range(32))
    sec = bech32_encode("age-secret-key-", k).upper()
    pub = bech32_encode("age", x25519(k, X25519_BASE))
    return sec, pub


def wg_pair(rng):
    k = bytearray(rng.getrandbits(8) for _ in range(32))
    k[0] &= 248
    k[31] = (k[31] & 127) | 64
    k = bytes(k)
    return base64.b64encode(k).decode(), base64.b64encode(x25519(k, X25519_BASE)).decode()
