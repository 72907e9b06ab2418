"""Pure-Python primitives for the twentieth corpus: DER, RSA, P-256/ECDSA, Ed25519, base62/CRC32, bech32.

Everything takes its randomness from a caller-supplied random.Random, so key generation is deterministic.
"""

import hashlib
import zlib

# ---------------------------------------------------------------- integers


def inv(a, m):
    return pow(a, -1, m)


def i2b(n, length=None):
    if length is None:
        length = max(1, (n.bit_length() + 7) // 8)
    return n.to_bytes(length, "big")


def b2i(b):
    return int.from_bytes(b, "big")


_SMALL = []


def _small_primes():
    if not _SMALL:
        lim = 20000
        sieve = bytearray([1]) * lim
        sieve[0] = sieve[1] = 0
        for i in range(2, int(lim ** 0.5) + 1):
            if sieve[i]:
                sieve[i * i::i] = bytearray(len(sieve[i * i::i]))
        _SMALL.extend(i for i in range(3, lim) if sieve[i])
    return _SMALL


def is_probable_prime(n, rng, rounds=24):
    if n < 2:
        return False
    for p in _small_primes()[:200]:
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
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def gen_prime(bits, rng, e=65537):
    primes = _small_primes()
    while True:
        base = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        rems = [base % p for p in primes]
        for delta in range(0, 20000, 2):
            ok = True
            for p, r in zip(primes, rems):
                if (r + delta) % p == 0:
                    ok = False
                    break
            if not ok:
                continue
            cand = base + delta
            if cand.bit_length() != bits:
                break
            if (cand - 1) % e == 0:
                continue
            if is_probable_prime(cand, rng, rounds=1) and is_probable_prime(cand, rng, rounds=20):
                return cand
        # fall through: draw a fresh base


def lcm(a, b):
    from math import gcd
    return a // gcd(a, b) * b


def rsa_generate(rng, bits=2048, e=65537):
    while True:
        p = gen_prime(bits // 2, rng, e)
        q = gen_prime(bits // 2, rng, e)
        if p == q:
            continue
        if p < q:
            p, q = q, p
        n = p * q
        if n.bit_length() != bits:
            continue
        lam = lcm(p - 1, q - 1)
        d = inv(e, lam)
        return {"n": n, "e": e, "d": d, "p": p, "q": q, "dp": d % (p - 1), "dq": d % (q - 1), "qi": inv(q, p)}


def rsa_sign_sha256(key, msg):
    digest_info = bytes.fromhex("3031300d060960864801650304020105000420") + hashlib.sha256(msg).digest()
    k = (key["n"].bit_length() + 7) // 8
    em = b"\x00\x01" + b"\xff" * (k - len(digest_info) - 3) + b"\x00" + digest_info
    m = b2i(em)
    s1 = pow(m, key["dp"], key["p"])
    s2 = pow(m, key["dq"], key["q"])
    h = key["qi"] * (s1 - s2) % key["p"]
    s = s2 + h * key["q"]
    assert pow(s, key["e"], key["n"]) == m
    return i2b(s, k)


# ---------------------------------------------------------------- P-256

P256_P = 2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1
P256_A = P256_P - 3
P256_B = 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B
P256_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
P256_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
          0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)


def _jdouble(X, Y, Z):
    p = P256_P
    if Y == 0:
        return (0, 1, 0)
    YY = Y * Y % p
    S = 4 * X * YY % p
    ZZ = Z * Z % p
    M = 3 * (X - ZZ) * (X + ZZ) % p
    X3 = (M * M - 2 * S) % p
    Y3 = (M * (S - X3) - 8 * YY * YY) % p
    Z3 = 2 * Y * Z % p
    return (X3, Y3, Z3)


def _jadd(P1, P2):
    p = P256_P
    X1, Y1, Z1 = P1
    X2, Y2, Z2 = P2
    if Z1 == 0:
        return P2
    if Z2 == 0:
        return P1
    Z1Z1 = Z1 * Z1 % p
    Z2Z2 = Z2 * Z2 % p
    U1 = X1 * Z2Z2 % p
    U2 = X2 * Z1Z1 % p
    S1 = Y1 * Z2 * Z2Z2 % p
    S2 = Y2 * Z1 * Z1Z1 % p
    if U1 == U2:
        if S1 != S2:
            return (0, 1, 0)
        return _jdouble(X1, Y1, Z1)
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
    for bit in bin(k)[2:]:
        R = _jdouble(*R)
        if bit == "1":
            R = _jadd(R, Q)
    X, Y, Z = R
    if Z == 0:
        return None
    zi = inv(Z, P256_P)
    return (X * zi * zi % P256_P, Y * zi * zi * zi % P256_P)


def p256_on_curve(pt):
    x, y = pt
    return (y * y - (x * x * x + P256_A * x + P256_B)) % P256_P == 0


def ec_generate(rng):
    d = rng.randrange(1, P256_N)
    return {"d": d, "Q": p256_mul(d)}


def ec_point_bytes(Q):
    return b"\x04" + i2b(Q[0], 32) + i2b(Q[1], 32)


def ecdsa_sign_sha256(key, msg):
    z = b2i(hashlib.sha256(msg).digest())
    ctr = 0
    while True:
        k = b2i(hashlib.sha256(i2b(key["d"], 32) + msg + bytes([ctr])).digest()) % P256_N
        ctr += 1
        if k == 0:
            continue
        R = p256_mul(k)
        r = R[0] % P256_N
        if r == 0:
            continue
        s = inv(k, P256_N) * (z + r * key["d"]) % P256_N
        if s == 0:
            continue
        return r, s


def ecdsa_verify_sha256(Q, msg, r, s):
    z = b2i(hashlib.sha256(msg).digest())
    w = inv(s, P256_N)
    u1, u2 = z * w % P256_N, r * w % P256_N
    a = p256_mul(u1)
    b = p256_mul(u2, Q)
    R = _jadd((a[0], a[1], 1), (b[0], b[1], 1))
    zi = inv(R[2], P256_P)
    return (R[0] * zi * zi % P256_P) % P256_N == r


# ---------------------------------------------------------------- Ed25519

ED_P = 2 ** 255 - 19
ED_L = 2 ** 252 + 27742317777372353535851937790883648493
ED_D = -121665 * inv(121666, ED_P) % ED_P
ED_I = pow(2, (ED_P - 1) // 4, ED_P)


def _ed_xrecover(y):
    xx = (y * y - 1) * inv(ED_D * y * y + 1, ED_P)
    x = pow(xx, (ED_P + 3) // 8, ED_P)
    if (x * x - xx) % ED_P != 0:
        x = x * ED_I % ED_P
    if x % 2 != 0:
        x = ED_P - x
    return x


_BY = 4 * inv(5, ED_P) % ED_P
_BX = _ed_xrecover(_BY)
ED_B = (_BX, _BY, 1, _BX * _BY % ED_P)


def _ed_add(P1, P2):
    p = ED_P
    X1, Y1, Z1, T1 = P1
    X2, Y2, Z2, T2 = P2
    A = (Y1 - X1) * (Y2 - X2) % p
    B = (Y1 + X1) * (Y2 + X2) % p
    C = T1 * 2 * ED_D * T2 % p
    Dd = Z1 * 2 * Z2 % p
    E, F, G, H = B - A, Dd - C, Dd + C, B + A
    return (E * F % p, G * H % p, F * G % p, E * H % p)


def _ed_mul(s, P):
    Q = (0, 1, 1, 0)
    while s > 0:
        if s & 1:
            Q = _ed_add(Q, P)
        P = _ed_add(P, P)
        s >>= 1
    return Q


def _ed_encode(P):
    X, Y, Z, _ = P
    zi = inv(Z, ED_P)
    x, y = X * zi % ED_P, Y * zi % ED_P
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def _ed_expand(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    return a, h[32:]


def ed25519_public(seed):
    a, _ = _ed_expand(seed)
    return _ed_encode(_ed_mul(a, ED_B))


def ed25519_sign(seed, msg):
    a, prefix = _ed_expand(seed)
    A = _ed_encode(_ed_mul(a, ED_B))
    r = int.from_bytes(hashlib.sha512(prefix + msg).digest(), "little") % ED_L
    R = _ed_encode(_ed_mul(r, ED_B))
    k = int.from_bytes(hashlib.sha512(R + A + msg).digest(), "little") % ED_L
    S = (r + k * a) % ED_L
    return R + S.to_bytes(32, "little")


def ed_generate(rng):
    seed = bytes(rng.getrandbits(8) for _ in range(32))
    return {"seed": seed, "pub": ed25519_public(seed)}


def _selftest_ed25519():
    seed = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
    pub = bytes.fromhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
    sig = bytes.fromhex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                        "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b")
    assert ed25519_public(seed) == pub, "Ed25519 public key self-test failed"
    assert ed25519_sign(seed, b"") == sig, "Ed25519 signature self-test failed"


# ---------------------------------------------------------------- DER


def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = i2b(n)
    return bytes([0x80 | len(b)]) + b


def tlv(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int(n):
    b = i2b(n) if n else b"\x00"
    if b[0] & 0x80:
        b = b"\x00" + b
    return tlv(0x02, b)


def der_seq(*parts):
    return tlv(0x30, b"".join(parts))


def der_set(*parts):
    return tlv(0x31, b"".join(parts))


def der_octets(b):
    return tlv(0x04, b)


def der_bits(b):
    return tlv(0x03, b"\x00" + b)


def der_null():
    return b"\x05\x00"


def der_oid(dotted):
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


def der_utf8(s):
    return tlv(0x0C, s.encode())


def der_printable(s):
    return tlv(0x13, s.encode())


def der_utctime(s):
    return tlv(0x17, s.encode())


def der_ctx(n, body, constructed=True):
    return tlv((0xA0 if constructed else 0x80) | n, body)


def der_parse(b, pos=0):
    """Parse one TLV at pos; return (tag, body, next_pos)."""
    tag = b[pos]
    ln = b[pos + 1]
    pos += 2
    if ln & 0x80:
        k = ln & 0x7F
        ln = b2i(b[pos:pos + k])
        pos += k
    return tag, b[pos:pos + ln], pos + ln


def der_children(body):
    out, pos = [], 0
    while pos < len(body):
        tag, val, pos = der_parse(body, pos)
        out.append((tag, val))
    return out


def der_oid_decode(body):
    parts = [body[0] // 40, body[0] % 40]
    v = 0
    for c in body[1:]:
        v = (v << 7) | (c & 0x7F)
        if not c & 0x80:
            parts.append(v)
            v = 0
    return ".".join(str(p) for p in parts)


# ---------------------------------------------------------------- base62 / CRC32 / bech32

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def base62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc32_b62(s):
    return base62(zlib.crc32(s.encode()) & 0xFFFFFFFF, 6)


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frm, to):
    acc, bits, out = 0, 0, []
    maxv = (1 << to) - 1
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & maxv)
    if bits:
        out.append((acc << (to - bits)) & maxv)
    return out


def bech32_encode(hrp, data):
    d5 = _convertbits(data, 8, 5)
    poly = _bech_polymod(_hrp_expand(hrp) + d5 + [0] * 6) ^ 1
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[x] for x in d5 + chk)


def bech32_valid(s):
    s = s.lower()
    pos = s.rfind("1")
    if pos < 1 or pos + 7 > len(s):
        return False
    hrp, data = s[:pos], s[pos + 1:]
    if any(c not in BECH for c in data):
        return False
    return _bech_polymod(_hrp_expand(hrp) + [BECH.index(c) for c in data]) == 1
