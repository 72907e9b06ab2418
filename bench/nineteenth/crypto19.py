"""Pure-Python primitives for the nineteenth corpus: DER, RSA, P-256, Ed25519, base62/CRC32, bech32.

Everything takes an explicit random.Random so that output depends only on the seed.
"""
import hashlib
import zlib

# ------------------------------------------------------------------ DER encoding
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
    b = v.to_bytes((v.bit_length() + 8) // 8, "big")  # always room for a sign bit
    while len(b) > 1 and b[0] == 0 and b[1] < 0x80:
        b = b[1:]
    return tlv(0x02, b)


def der_seq(*items):
    return tlv(0x30, b"".join(items))


def der_set(*items):
    return tlv(0x31, b"".join(items))


def der_octet(b):
    return tlv(0x04, b)


def der_bits(b):
    return tlv(0x03, b"\x00" + b)


def der_null():
    return b"\x05\x00"


def der_oid(dotted):
    parts = [int(x) for x in dotted.split(".")]
    out = bytearray([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7F))
            p >>= 7
        out += bytes(reversed(enc))
    return tlv(0x06, bytes(out))


def der_ctx(n, body, constructed=True):
    return tlv((0xA0 if constructed else 0x80) | n, body)


def der_utf8(s):
    return tlv(0x0C, s.encode())


def der_printable(s):
    return tlv(0x13, s.encode())


def der_utctime(s):
    return tlv(0x17, s.encode())


def der_bool(v):
    return tlv(0x01, b"\xff" if v else b"\x00")


# ------------------------------------------------------------------ DER decoding
class DerError(ValueError):
    pass


def der_read(buf, pos=0):
    """Return (tag, body, next_pos)."""
    if pos + 2 > len(buf):
        raise DerError("truncated header")
    tag = buf[pos]
    ln = buf[pos + 1]
    pos += 2
    if ln & 0x80:
        k = ln & 0x7F
        if k == 0 or k > 4 or pos + k > len(buf):
            raise DerError("bad length")
        ln = int.from_bytes(buf[pos:pos + k], "big")
        if ln < 0x80:
            raise DerError("non-minimal length")
        pos += k
    if pos + ln > len(buf):
        raise DerError("truncated body")
    return tag, buf[pos:pos + ln], pos + ln


def der_children(body):
    out, pos = [], 0
    while pos < len(body):
        tag, b, pos = der_read(body, pos)
        out.append((tag, b))
    return out


def der_parse_all(buf, tag):
    t, body, end = der_read(buf, 0)
    if t != tag or end != len(buf):
        raise DerError("unexpected outer tag or trailing data")
    return body


def der_to_int(body):
    if not body or (len(body) > 1 and ((body[0] == 0 and body[1] < 0x80) or (body[0] == 0xFF and body[1] >= 0x80))):
        raise DerError("non-minimal integer")
    if body[0] & 0x80:
        raise DerError("negative integer")
    return int.from_bytes(body, "big")


def oid_to_str(body):
    vals, cur = [], 0
    for b in body:
        cur = (cur << 7) | (b & 0x7F)
        if not b & 0x80:
            vals.append(cur)
            cur = 0
    first = vals[0]
    a = min(first // 40, 2)
    return ".".join(str(x) for x in [a, first - 40 * a] + vals[1:])


# ------------------------------------------------------------------ numbers
_SMALL = [p for p in range(3, 2000, 2) if all(p % q for q in range(3, int(p ** 0.5) + 1, 2))]


def is_probable_prime(n, rng, rounds=24):
    if n < 2:
        return False
    for p in _SMALL:
        if n == p:
            return True
        if n % p == 0:
            return False
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
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def gen_prime(rng, bits, e=65537):
    while True:
        c = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        # cheap sieve by incrementing
        for k in range(0, 2000, 2):
            n = c + k
            if n.bit_length() != bits:
                break
            if any(n % p == 0 for p in _SMALL):
                continue
            if (n - 1) % e == 0:
                continue
            if is_probable_prime(n, rng, 12):
                return n


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def rsa_generate(rng, bits=2048, e=65537):
    while True:
        p = gen_prime(rng, bits // 2, e)
        q = gen_prime(rng, bits // 2, e)
        if p == q:
            continue
        if p < q:
            p, q = q, p
        n = p * q
        if n.bit_length() != bits:
            continue
        lam = (p - 1) * (q - 1) // gcd(p - 1, q - 1)
        if gcd(e, lam) != 1:
            continue
        d = pow(e, -1, lam)
        return {"n": n, "e": e, "d": d, "p": p, "q": q,
                "dp": d % (p - 1), "dq": d % (q - 1), "qi": pow(q, -1, p)}


# ------------------------------------------------------------------ P-256
P256_P = 0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF
P256_A = P256_P - 3
P256_B = 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B
P256_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
P256_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
          0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)


def _jdouble(P):
    X, Y, Z = P
    if Y == 0 or Z == 0:
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
    Z1Z1 = Z1 * Z1 % p
    Z2Z2 = Z2 * Z2 % p
    U1 = X1 * Z2Z2 % p
    U2 = X2 * Z1Z1 % p
    S1 = Y1 * Z2 * Z2Z2 % p
    S2 = Y2 * Z1 * Z1Z1 % p
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


def p256_mul(k, point=P256_G):
    R = (0, 1, 0)
    Q = (point[0], point[1], 1)
    while k:
        if k & 1:
            R = _jadd(R, Q)
        Q = _jdouble(Q)
        k >>= 1
    if R[2] == 0:
        return None
    zi = pow(R[2], -1, P256_P)
    return (R[0] * zi * zi % P256_P, R[1] * zi * zi * zi % P256_P)


def p256_on_curve(pt):
    x, y = pt
    return (y * y - (x * x * x + P256_A * x + P256_B)) % P256_P == 0


def p256_generate(rng):
    d = rng.randrange(1, P256_N)
    return {"d": d, "Q": p256_mul(d)}


def p256_point_bytes(Q):
    return b"\x04" + Q[0].to_bytes(32, "big") + Q[1].to_bytes(32, "big")


def ecdsa_sign(rng, d, msg):
    h = int.from_bytes(hashlib.sha256(msg).digest(), "big")
    while True:
        k = rng.randrange(1, P256_N)
        R = p256_mul(k)
        r = R[0] % P256_N
        if r == 0:
            continue
        s = pow(k, -1, P256_N) * (h + r * d) % P256_N
        if s:
            return r, s


def ecdsa_verify(Q, msg, r, s):
    if not (0 < r < P256_N and 0 < s < P256_N):
        return False
    h = int.from_bytes(hashlib.sha256(msg).digest(), "big")
    w = pow(s, -1, P256_N)
    u1, u2 = h * w % P256_N, r * w % P256_N
    A = p256_mul(u1)
    B = p256_mul(u2, Q)
    if A is None or B is None:
        return False
    S = _jadd((A[0], A[1], 1), (B[0], B[1], 1))
    if S[2] == 0:
        return False
    zi = pow(S[2], -1, P256_P)
    return (S[0] * zi * zi % P256_P) % P256_N == r


# ------------------------------------------------------------------ Ed25519 (RFC 8032)
ED_P = 2 ** 255 - 19
ED_L = 2 ** 252 + 27742317777372353535851937790883648493
ED_D = -121665 * pow(121666, ED_P - 2, ED_P) % ED_P
_ED_I = pow(2, (ED_P - 1) // 4, ED_P)


def _ed_xrecover(y):
    xx = (y * y - 1) * pow(ED_D * y * y + 1, ED_P - 2, ED_P)
    x = pow(xx, (ED_P + 3) // 8, ED_P)
    if (x * x - xx) % ED_P:
        x = x * _ED_I % ED_P
    if x % 2:
        x = ED_P - x
    return x


_ED_BY = 4 * pow(5, ED_P - 2, ED_P) % ED_P
_ED_B = (_ed_xrecover(_ED_BY), _ED_BY, 1, _ed_xrecover(_ED_BY) * _ED_BY % ED_P)


def _ed_add(P, Q):
    p = ED_P
    A = (P[1] - P[0]) * (Q[1] - Q[0]) % p
    B = (P[1] + P[0]) * (Q[1] + Q[0]) % p
    C = 2 * P[3] * Q[3] * ED_D % p
    D = 2 * P[2] * Q[2] % p
    E, F, G, H = B - A, D - C, D + C, B + A
    return (E * F % p, G * H % p, F * G % p, E * H % p)


def _ed_mul(k, P):
    R = (0, 1, 1, 0)
    while k:
        if k & 1:
            R = _ed_add(R, P)
        P = _ed_add(P, P)
        k >>= 1
    return R


def _ed_encode(P):
    zi = pow(P[2], ED_P - 2, ED_P)
    x, y = P[0] * zi % ED_P, P[1] * zi % ED_P
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def ed25519_public(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    return _ed_encode(_ed_mul(a, _ED_B))


def ed25519_selftest():
    seed = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
    want = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
    if ed25519_public(seed).hex() != want:
        raise AssertionError("Ed25519 self-test failed")


def x25519_clamp(b):
    b = bytearray(b)
    b[0] &= 248
    b[31] &= 127
    b[31] |= 64
    return bytes(b)


def x25519_base(k):
    """X25519 scalar multiplication with the base point u=9 (RFC 7748)."""
    p = 2 ** 255 - 19
    kk = int.from_bytes(x25519_clamp(k), "little")
    x1, x2, z2, x3, z3, swap = 9, 1, 0, 9, 1, 0
    for t in reversed(range(255)):
        kt = (kk >> t) & 1
        swap ^= kt
        if swap:
            x2, x3, z2, z3 = x3, x2, z3, z2
        swap = kt
        A = (x2 + z2) % p
        AA = A * A % p
        B = (x2 - z2) % p
        BB = B * B % p
        E = (AA - BB) % p
        C = (x3 + z3) % p
        D = (x3 - z3) % p
        DA = D * A % p
        CB = C * B % p
        x3 = (DA + CB) ** 2 % p
        z3 = x1 * (DA - CB) ** 2 % p
        x2 = AA * BB % p
        z2 = E * (AA + 121665 * E) % p
    if swap:
        x2, x3, z2, z3 = x3, x2, z3, z2
    return (x2 * pow(z2, p - 2, p) % p).to_bytes(32, "little")


# ------------------------------------------------------------------ base62 / CRC32
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def base62(n, width=6):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_suffix(body30):
    return base62(zlib.crc32(body30.encode()) & 0xFFFFFFFF, 6)


def crc_token_valid(token):
    """gh?_/npm_ tokens: the last 6 chars are base62(CRC32(the 30 random chars))."""
    body = token.split("_", 1)[1]
    if len(body) != 36:
        return False
    return crc_suffix(body[:30]) == body[30:]


# ------------------------------------------------------------------ bech32 (BIP-173)
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frm, to):
    acc, bits, out = 0, 0, []
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & ((1 << to) - 1))
    if bits:
        out.append((acc << (to - bits)) & ((1 << to) - 1))
    return out


def bech32_encode(hrp, data_bytes):
    data = _convertbits(data_bytes, 8, 5)
    poly = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[d] for d in data + chk)


def bech32_valid(s):
    s = s.lower()
    pos = s.rfind("1")
    if pos < 1 or pos + 7 > len(s):
        return False
    hrp, data = s[:pos], s[pos + 1:]
    if any(c not in BECH32 for c in data):
        return False
    return _polymod(_hrp_expand(hrp) + [BECH32.index(c) for c in data]) == 1
