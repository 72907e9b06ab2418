"""Pure-Python crypto building blocks for the eighteenth corpus: DER, RSA, P-256, Ed25519, bech32, base62/CRC32.

Everything takes a seeded random.Random, so keys are deterministic per seed.
"""
import base64
import hashlib
import zlib

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def base62(n, width=0):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


def crc_suffix(body):
    """GitHub/npm style checksum: CRC32 of the random part, base62, 6 chars."""
    return base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def crc_ok(token):
    body = token.split("_", 1)[1]
    return len(body) == 36 and crc_suffix(body[:30]) == body[30:]


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def ib(n, length=None):
    if length is None:
        length = max(1, (n.bit_length() + 7) // 8)
    return n.to_bytes(length, "big")


# ------------------------------------------------------------------ DER
def _len(n):
    if n < 0x80:
        return bytes([n])
    b = ib(n)
    return bytes([0x80 | len(b)]) + b


def tlv(tag, body):
    return bytes([tag]) + _len(len(body)) + body


def der_int(n):
    b = n.to_bytes((n.bit_length() + 8) // 8 or 1, "big", signed=False)
    if len(b) > 1 and b[0] == 0 and not (b[1] & 0x80):
        b = b[1:]
    return tlv(0x02, b)


def seq(*items):
    return tlv(0x30, b"".join(items))


def der_set(*items):
    return tlv(0x31, b"".join(items))


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
        chunk = [p & 0x7F]
        p >>= 7
        while p:
            chunk.append(0x80 | (p & 0x7F))
            p >>= 7
        out += bytes(reversed(chunk))
    return tlv(0x06, out)


def ctx(n, body, constructed=True):
    return tlv((0xA0 if constructed else 0x80) | n, body)


def der_parse(b, pos=0):
    """Parse one TLV; returns (tag, body, next_pos)."""
    tag = b[pos]
    ln = b[pos + 1]
    pos += 2
    if ln & 0x80:
        k = ln & 0x7F
        ln = int.from_bytes(b[pos:pos + k], "big")
        pos += k
    return tag, b[pos:pos + ln], pos + ln


def der_children(body):
    out, pos = [], 0
    while pos < len(body):
        tag, val, pos = der_parse(body, pos)
        out.append((tag, val))
    return out


def pem(label, der, width=64):
    s = b64(der)
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (
        label, "\n".join(s[i:i + width] for i in range(0, len(s), width)), label)


def pem_body(text):
    lines = [l.strip() for l in text.strip().splitlines()]
    return base64.b64decode("".join(l for l in lines if l and not l.startswith("-----")))


OID_RSA = "1.2.840.113549.1.1.1"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_ED25519 = "1.3.101.112"
OID_ECDSA_SHA256 = "1.2.840.10045.4.3.2"
OID_SHA256_RSA = "1.2.840.113549.1.1.11"

# ------------------------------------------------------------------ RSA
_SMALL = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def is_probable_prime(n, rng, rounds=24):
    if n < 2:
        return False
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
        if c % e == 1:
            continue
        if is_probable_prime(c, rng):
            return c


def rsa_key(rng, bits=2048, e=65537):
    while True:
        p = _prime(rng, bits // 2, e)
        q = _prime(rng, bits // 2, e)
        if p == q:
            continue
        if p < q:
            p, q = q, p
        n = p * q
        if n.bit_length() != bits:
            continue
        lam = (p - 1) * (q - 1) // _gcd(p - 1, q - 1)
        d = pow(e, -1, lam)
        return {"type": "rsa", "n": n, "e": e, "d": d, "p": p, "q": q,
                "dp": d % (p - 1), "dq": d % (q - 1), "qi": pow(q, -1, p), "bits": bits}


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def rsa_sign_sha256(k, msg):
    digest_info = bytes.fromhex("3031300d060960864801650304020105000420") + hashlib.sha256(msg).digest()
    klen = (k["n"].bit_length() + 7) // 8
    em = b"\x00\x01" + b"\xff" * (klen - len(digest_info) - 3) + b"\x00" + digest_info
    return ib(pow(int.from_bytes(em, "big"), k["d"], k["n"]), klen)


# ------------------------------------------------------------------ P-256
P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
A = P - 3
B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b
N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
G = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
     0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def _jdouble(p):
    x, y, z = p
    if y == 0:
        return (0, 1, 0)
    yy = y * y % P
    s = 4 * x * yy % P
    zz = z * z % P
    m = 3 * (x - zz) * (x + zz) % P
    x3 = (m * m - 2 * s) % P
    return (x3, (m * (s - x3) - 8 * yy * yy) % P, 2 * y * z % P)


def _jadd(p, q):
    if p[2] == 0:
        return q
    if q[2] == 0:
        return p
    x1, y1, z1 = p
    x2, y2, z2 = q
    z1z1, z2z2 = z1 * z1 % P, z2 * z2 % P
    u1, u2 = x1 * z2z2 % P, x2 * z1z1 % P
    s1, s2 = y1 * z2 * z2z2 % P, y2 * z1 * z1z1 % P
    if u1 == u2:
        return _jdouble(p) if s1 == s2 else (0, 1, 0)
    h, r = (u2 - u1) % P, (s2 - s1) % P
    hh = h * h % P
    hhh = h * hh % P
    v = u1 * hh % P
    x3 = (r * r - hhh - 2 * v) % P
    return (x3, (r * (v - x3) - s1 * hhh) % P, h * z1 * z2 % P)


def p256_mul(k, pt=G):
    r = (0, 1, 0)
    q = (pt[0], pt[1], 1)
    while k:
        if k & 1:
            r = _jadd(r, q)
        q = _jdouble(q)
        k >>= 1
    if r[2] == 0:
        return None
    zi = pow(r[2], -1, P)
    return (r[0] * zi * zi % P, r[1] * zi * zi * zi % P)


def p256_on_curve(pt):
    x, y = pt
    return (y * y - (x * x * x + A * x + B)) % P == 0


def ec_key(rng):
    d = rng.randrange(1, N)
    return {"type": "ec", "d": d, "Q": p256_mul(d)}


def ec_point_bytes(Q):
    return b"\x04" + ib(Q[0], 32) + ib(Q[1], 32)


def ecdsa_sign(k, msg, rng):
    h = int.from_bytes(hashlib.sha256(msg).digest(), "big")
    while True:
        kk = rng.randrange(1, N)
        r = p256_mul(kk)[0] % N
        s = pow(kk, -1, N) * (h + r * k["d"]) % N
        if r and s:
            return seq(der_int(r), der_int(s))


# ------------------------------------------------------------------ Ed25519
EP = 2 ** 255 - 19
ED = -121665 * pow(121666, -1, EP) % EP
EL = 2 ** 252 + 27742317777372353535851937790883648493


def _xrecover(y):
    xx = (y * y - 1) * pow(ED * y * y + 1, -1, EP)
    x = pow(xx, (EP + 3) // 8, EP)
    if (x * x - xx) % EP != 0:
        x = x * pow(2, (EP - 1) // 4, EP) % EP
    if x % 2 != 0:
        x = EP - x
    return x


_EBy = 4 * pow(5, -1, EP) % EP
EB = (_xrecover(_EBy), _EBy)


def _eadd(p, q):
    (x1, y1), (x2, y2) = p, q
    t = ED * x1 * x2 * y1 * y2 % EP
    x3 = (x1 * y2 + x2 * y1) * pow(1 + t, -1, EP)
    y3 = (y1 * y2 + x1 * x2) * pow(1 - t, -1, EP)
    return (x3 % EP, y3 % EP)


def _emul(k, pt):
    r = (0, 1)
    while k:
        if k & 1:
            r = _eadd(r, pt)
        pt = _eadd(pt, pt)
        k >>= 1
    return r


def ed25519_public(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    x, y = _emul(a, EB)
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def ed_key(rng):
    seed = bytes(rng.getrandbits(8) for _ in range(32))
    return {"type": "ed25519", "seed": seed, "pub": ed25519_public(seed)}


def x25519_private(rng):
    b = bytearray(rng.getrandbits(8) for _ in range(32))
    b[0] &= 248
    b[31] &= 127
    b[31] |= 64
    return bytes(b)


# ------------------------------------------------------------------ bech32 (age)
_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
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


def bech32_encode(hrp, data):
    d = _convertbits(data, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + d + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[x] for x in d + chk)


def bech32_ok(s):
    s = s.lower()
    hrp, _, rest = s.rpartition("1")
    try:
        vals = [_BECH.index(c) for c in rest]
    except ValueError:
        return False
    return _polymod(_hrp_expand(hrp) + vals) == 1


def self_test():
    seed = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
    assert ed25519_public(seed).hex() == "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
    assert p256_on_curve(G) and p256_on_curve(p256_mul(12345))
    assert crc_ok("ghp_" + "a" * 30 + crc_suffix("a" * 30))
