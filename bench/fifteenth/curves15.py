"""Curve and DER primitives shared by the key generator and verify.py.

Written from the specifications: SEC 2 (P-256), RFC 8032 (Ed25519), X.690 (DER).
Pure Python, no third-party code.
"""

import hashlib

# ---------------------------------------------------------------- P-256 (SEC 2, FIPS 186-4)
P256_P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
P256_A = P256_P - 3
P256_B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b
P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
P256_G = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
          0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def ec_add(p1, p2):
    if p1 is None:
        return p2
    if p2 is None:
        return p1
    (x1, y1), (x2, y2) = p1, p2
    P = P256_P
    if x1 == x2:
        if (y1 + y2) % P == 0:
            return None
        lam = (3 * x1 * x1 + P256_A) * pow(2 * y1, -1, P) % P
    else:
        lam = (y2 - y1) * pow(x2 - x1, -1, P) % P
    x3 = (lam * lam - x1 - x2) % P
    return x3, (lam * (x1 - x3) - y1) % P


def ec_mul(k, pt=P256_G):
    acc = None
    while k:
        if k & 1:
            acc = ec_add(acc, pt)
        pt = ec_add(pt, pt)
        k >>= 1
    return acc


def ec_on_curve(pt):
    x, y = pt
    return (y * y - (x * x * x + P256_A * x + P256_B)) % P256_P == 0


# ---------------------------------------------------------------- Ed25519 (RFC 8032 section 5.1)
ED_P = 2 ** 255 - 19
ED_D = -121665 * pow(121666, ED_P - 2, ED_P) % ED_P
ED_SQRT_M1 = pow(2, (ED_P - 1) // 4, ED_P)


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


def _recover_x(y, sign):
    p = ED_P
    x2 = (y * y - 1) * pow(ED_D * y * y + 1, p - 2, p)
    x = pow(x2, (p + 3) // 8, p)
    if (x * x - x2) % p != 0:
        x = x * ED_SQRT_M1 % p
    if (x & 1) != sign:
        x = p - x
    return x


_GY = 4 * pow(5, ED_P - 2, ED_P) % ED_P
_GX = _recover_x(_GY, 0)
ED_G = (_GX, _GY, 1, _GX * _GY % ED_P)


def ed25519_public(seed):
    """32-byte seed -> 32-byte public key."""
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    P = _ed_mul(a, ED_G)
    zi = pow(P[2], ED_P - 2, ED_P)
    x, y = P[0] * zi % ED_P, P[1] * zi % ED_P
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


assert ed25519_public(bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")) == \
    bytes.fromhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"), "RFC 8032 test 1"


# ---------------------------------------------------------------- DER writer
def _dlen(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, body):
    return bytes([tag]) + _dlen(len(body)) + body


def d_int(x):
    return tlv(0x02, x.to_bytes((x.bit_length() + 8) // 8 or 1, "big"))


def d_seq(*parts):
    return tlv(0x30, b"".join(parts))


def d_set(*parts):
    return tlv(0x31, b"".join(parts))


def d_oct(b):
    return tlv(0x04, b)


def d_bit(b):
    return tlv(0x03, b"\x00" + b)


D_NULL = b"\x05\x00"


def d_oid(dotted):
    nums = [int(x) for x in dotted.split(".")]
    out = bytearray([40 * nums[0] + nums[1]])
    for n in nums[2:]:
        enc = [n & 0x7f]
        n >>= 7
        while n:
            enc.append(0x80 | (n & 0x7f))
            n >>= 7
        out += bytes(reversed(enc))
    return tlv(0x06, bytes(out))


def d_ctx(n, body):
    return tlv(0xa0 | n, body)


OID_RSA = "1.2.840.113549.1.1.1"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_ED25519 = "1.3.101.112"
OID_ECDSA_SHA256 = "1.2.840.10045.4.3.2"


# ---------------------------------------------------------------- DER reader
def der_read(buf, pos=0):
    """-> (tag, body, next_pos)."""
    tag = buf[pos]
    ln = buf[pos + 1]
    pos += 2
    if ln & 0x80:
        k = ln & 0x7f
        ln = int.from_bytes(buf[pos:pos + k], "big")
        pos += k
    body = buf[pos:pos + ln]
    if len(body) != ln:
        raise ValueError("truncated DER")
    return tag, body, pos + ln


def der_children(body):
    out, pos = [], 0
    while pos < len(body):
        t, b, pos = der_read(body, pos)
        out.append((t, b))
    return out


def der_oid(body):
    nums = [body[0] // 40, body[0] % 40]
    n = 0
    for c in body[1:]:
        n = (n << 7) | (c & 0x7f)
        if not c & 0x80:
            nums.append(n)
            n = 0
    return ".".join(str(x) for x in nums)


def der_int(body):
    return int.from_bytes(body, "big", signed=True)
