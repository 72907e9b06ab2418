"""Pure-Python primitives for the twentyfirst corpus: DER, RSA, P-256, Ed25519, base62/CRC32, bech32.

Everything takes a seeded random.Random so the corpus is reproducible.
"""

import hashlib
import hmac
import zlib

# ---------------------------------------------------------------- DER
def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int(v):
    if v == 0:
        return der(0x02, b"\x00")
    b = v.to_bytes((v.bit_length() + 8) // 8, "big")
    return der(0x02, b)


def der_seq(*parts):
    return der(0x30, b"".join(parts))


def der_set(*parts):
    return der(0x31, b"".join(parts))


def der_octets(b):
    return der(0x04, b)


def der_bits(b):
    return der(0x03, b"\x00" + b)


def der_null():
    return b"\x05\x00"


def der_oid(dotted):
    parts = [int(x) for x in dotted.split(".")]
    out = bytearray([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        chunk = [p & 0x7F]
        p >>= 7
        while p:
            chunk.append(0x80 | (p & 0x7F))
            p >>= 7
        out.extend(reversed(chunk))
    return der(0x06, bytes(out))


def der_ctx(n, body, constructed=True):
    return der((0xA0 if constructed else 0x80) | n, body)


def der_utf8(s):
    return der(0x0C, s.encode("utf-8"))


def der_printable(s):
    return der(0x13, s.encode("ascii"))


def der_utctime(s):
    return der(0x17, s.encode("ascii"))


def der_parse(data, pos=0):
    """Return (tag, body, next_pos) for the element at pos."""
    tag = data[pos]
    ln = data[pos + 1]
    pos += 2
    if ln & 0x80:
        k = ln & 0x7F
        ln = int.from_bytes(data[pos:pos + k], "big")
        pos += k
    return tag, data[pos:pos + ln], pos + ln


def der_children(body):
    out, pos = [], 0
    while pos < len(body):
        tag, b, pos = der_parse(body, pos)
        out.append((tag, b))
    return out


def der_to_int(b):
    return int.from_bytes(b, "big")


OID_RSA = "1.2.840.113549.1.1.1"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_ED25519 = "1.3.101.112"
OID_ECDSA_SHA256 = "1.2.840.10045.4.3.2"


# ---------------------------------------------------------------- primes / RSA
SMALL_PRIMES = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def is_probable_prime(n, rng, rounds=24):
    if n < 2:
        return False
    for p in SMALL_PRIMES:
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


SIEVE_PRIMES = [p for p in range(3, 20000, 2) if all(p % q for q in range(3, int(p ** 0.5) + 1, 2))]


def gen_prime(bits, rng, e=65537):
    window = 8192
    while True:
        c = rng.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        mark = bytearray(window)
        for p in SIEVE_PRIMES:
            start = (-c) % p
            if start % 2:
                start += p
            mark[start:window:2 * p] = b"\x01" * len(range(start, window, 2 * p))
        for off in range(0, window, 2):
            if mark[off]:
                continue
            n = c + off
            if (n - 1) % e == 0:
                continue
            if pow(2, n - 1, n) != 1:
                continue
            if is_probable_prime(n, rng, rounds=5):
                return n


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
        d = pow(e, -1, lam)
        return {"n": n, "e": e, "d": d, "p": p, "q": q, "dp": d % (p - 1), "dq": d % (q - 1), "qi": pow(q, -1, p)}


# ---------------------------------------------------------------- P-256
P256_P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
P256_A = P256_P - 3
P256_B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b
P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
P256_G = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
          0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def _jac_double(P):
    X, Y, Z = P
    if Y == 0:
        return (0, 1, 0)
    p = P256_P
    ysq = Y * Y % p
    s = 4 * X * ysq % p
    zz = Z * Z % p
    m = 3 * (X - zz) * (X + zz) % p
    nx = (m * m - 2 * s) % p
    ny = (m * (s - nx) - 8 * ysq * ysq) % p
    nz = 2 * Y * Z % p
    return (nx, ny, nz)


def _jac_add(P, Q):
    if P[2] == 0:
        return Q
    if Q[2] == 0:
        return P
    p = P256_P
    X1, Y1, Z1 = P
    X2, Y2, Z2 = Q
    z1z1 = Z1 * Z1 % p
    z2z2 = Z2 * Z2 % p
    u1 = X1 * z2z2 % p
    u2 = X2 * z1z1 % p
    s1 = Y1 * Z2 * z2z2 % p
    s2 = Y2 * Z1 * z1z1 % p
    if u1 == u2:
        if s1 != s2:
            return (0, 1, 0)
        return _jac_double(P)
    h = (u2 - u1) % p
    r = (s2 - s1) % p
    h2 = h * h % p
    h3 = h * h2 % p
    u1h2 = u1 * h2 % p
    nx = (r * r - h3 - 2 * u1h2) % p
    ny = (r * (u1h2 - nx) - s1 * h3) % p
    nz = h * Z1 * Z2 % p
    return (nx, ny, nz)


def p256_mul(k, point=P256_G):
    R = (0, 1, 0)
    Q = (point[0], point[1], 1)
    for bit in bin(k)[2:]:
        R = _jac_double(R)
        if bit == "1":
            R = _jac_add(R, Q)
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


def ecdsa_sign(d, msg):
    """Deterministic ECDSA-SHA256 (k from HMAC of key and digest; RFC 6979 in spirit)."""
    h = int.from_bytes(hashlib.sha256(msg).digest(), "big")
    ctr = 0
    while True:
        k = int.from_bytes(hmac.new(d.to_bytes(32, "big"), msg + bytes([ctr]), hashlib.sha256).digest(), "big") % P256_N
        ctr += 1
        if k == 0:
            continue
        R = p256_mul(k)
        r = R[0] % P256_N
        if r == 0:
            continue
        s = pow(k, -1, P256_N) * (h + r * d) % P256_N
        if s == 0:
            continue
        return r, s


def ecdsa_verify(Q, msg, r, s):
    h = int.from_bytes(hashlib.sha256(msg).digest(), "big")
    w = pow(s, -1, P256_N)
    u1, u2 = h * w % P256_N, r * w % P256_N
    p1 = p256_mul(u1)
    p2 = p256_mul(u2, Q)
    J = _jac_add((p1[0], p1[1], 1), (p2[0], p2[1], 1))
    zi = pow(J[2], -1, P256_P)
    x = J[0] * zi * zi % P256_P
    return x % P256_N == r


# ---------------------------------------------------------------- Ed25519 (RFC 8032)
ED_P = 2 ** 255 - 19
ED_L = 2 ** 252 + 27742317777372353535851937790883648493
ED_D = -121665 * pow(121666, -1, ED_P) % ED_P
ED_I = pow(2, (ED_P - 1) // 4, ED_P)


def _ed_xrecover(y):
    xx = (y * y - 1) * pow(ED_D * y * y + 1, -1, ED_P)
    x = pow(xx, (ED_P + 3) // 8, ED_P)
    if (x * x - xx) % ED_P != 0:
        x = x * ED_I % ED_P
    if x % 2 != 0:
        x = ED_P - x
    return x


ED_BY = 4 * pow(5, -1, ED_P) % ED_P
ED_B = (_ed_xrecover(ED_BY), ED_BY, 1, _ed_xrecover(ED_BY) * ED_BY % ED_P)


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
    while s > 0:
        if s & 1:
            Q = _ed_add(Q, P)
        P = _ed_add(P, P)
        s >>= 1
    return Q


def _ed_encode(P):
    zi = pow(P[2], -1, ED_P)
    x = P[0] * zi % ED_P
    y = P[1] * zi % ED_P
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def ed25519_public(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    return _ed_encode(_ed_mul(a, ED_B))


def ed25519_selftest():
    # RFC 8032 section 7.1, test 1
    seed = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
    pub = bytes.fromhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
    return ed25519_public(seed) == pub


def ed25519_generate(rng):
    seed = bytes(rng.getrandbits(8) for _ in range(32))
    return {"seed": seed, "pub": ed25519_public(seed)}


# ---------------------------------------------------------------- base62 / CRC32 / bech32
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def base62(n, width=6):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc32_b62(body):
    return base62(zlib.crc32(body.encode("ascii")) & 0xFFFFFFFF, 6)


def crc_token_valid(token):
    """GitHub gh*_ and npm_ tokens: last 6 chars are base62(CRC32(random part))."""
    prefix, _, rest = token.partition("_")
    if len(rest) != 36:
        return False
    return crc32_b62(rest[:30]) == rest[30:]


BECH32_CHARS = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frombits, tobits):
    acc, bits, out = 0, 0, []
    maxv = (1 << tobits) - 1
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            out.append((acc >> bits) & maxv)
    if bits:
        out.append((acc << (tobits - bits)) & maxv)
    return out


def bech32_encode(hrp, data_bytes):
    data = _convertbits(data_bytes, 8, 5)
    poly = _bech32_polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32_CHARS[d] for d in data + chk)


def bech32_valid(s):
    s = s.lower()
    hrp, _, data = s.rpartition("1")
    if not hrp or len(data) < 6 or any(c not in BECH32_CHARS for c in data):
        return False
    vals = [BECH32_CHARS.index(c) for c in data]
    return _bech32_polymod(_hrp_expand(hrp) + vals) == 1


def x25519(k, u=9):
    """RFC 7748 scalar multiplication on Curve25519 (k: 32 bytes, clamped here)."""
    k = bytearray(k)
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    kn = int.from_bytes(k, "little")
    p, a24 = 2 ** 255 - 19, 121665
    x1, x2, z2, x3, z3, swap = u, 1, 0, u, 1, 0
    for t in reversed(range(255)):
        kt = (kn >> t) & 1
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
        z2 = E * (AA + a24 * E) % p
    if swap:
        x2, x3, z2, z3 = x3, x2, z3, z2
    return (x2 * pow(z2, p - 2, p) % p).to_bytes(32, "little")


def x25519_selftest():
    # RFC 7748 section 6.1 (Alice)
    a = bytes.fromhex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")
    return x25519(a).hex() == "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"


def age_keypair(rng):
    """age X25519 identity (AGE-SECRET-KEY-1…, valid bech32) and its public recipient (age1…)."""
    sk = bytes(rng.getrandbits(8) for _ in range(32))
    pub = x25519(sk)
    return bech32_encode("age-secret-key-", sk).upper(), bech32_encode("age", pub)


def wg_keypair(rng):
    import base64
    sk = bytearray(rng.getrandbits(8) for _ in range(32))
    sk[0] &= 248
    sk[31] &= 127
    sk[31] |= 64
    return base64.b64encode(bytes(sk)).decode(), base64.b64encode(x25519(bytes(sk))).decode()
