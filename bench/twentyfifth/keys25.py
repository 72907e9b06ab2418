"""Genuine key material in pure Python: RSA, P-256, Ed25519, secp256k1; DER/PEM, OpenSSH, OpenPGP, NKeys, text dumps."""

import base64
import hashlib
import struct

from core25 import b58, bech32_encode, crc16_xmodem, rbytes

# ------------------------------------------------------------------ DER
def _len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, body):
    return bytes([tag]) + _len(len(body)) + body


def d_int(v):
    b = v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big")
    return tlv(0x02, b)


def d_seq(*parts):
    return tlv(0x30, b"".join(parts))


def d_oct(b):
    return tlv(0x04, b)


def d_bits(b):
    return tlv(0x03, b"\x00" + b)


def d_oid(s):
    p = [int(x) for x in s.split(".")]
    out = bytes([40 * p[0] + p[1]])
    for v in p[2:]:
        enc = [v & 0x7F]
        v >>= 7
        while v:
            enc.append(0x80 | (v & 0x7F))
            v >>= 7
        out += bytes(reversed(enc))
    return tlv(0x06, out)


NULL = b"\x05\x00"
OID_RSA, OID_EC, OID_P256, OID_ED = "1.2.840.113549.1.1.1", "1.2.840.10045.2.1", "1.2.840.10045.3.1.7", "1.3.101.112"


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    return "\n".join(["-----BEGIN %s-----" % label] + [b[i:i + width] for i in range(0, len(b), width)] +
                     ["-----END %s-----" % label])


# ------------------------------------------------------------------ RSA
_SMALL = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _probable_prime(n, r):
    for p in _SMALL:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(24):
        a = r.randrange(2, n - 2)
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


def _prime(r, bits):
    while True:
        c = r.getrandbits(bits) | (3 << (bits - 2)) | 1
        if _probable_prime(c, r) and (c - 1) % 65537:
            return c


def rsa_key(r, bits=2048):
    e = 65537
    while True:
        p, q = _prime(r, bits // 2), _prime(r, bits // 2)
        if p != q:
            break
    if p < q:
        p, q = q, p
    n, phi = p * q, (p - 1) * (q - 1)
    d = pow(e, -1, phi)
    return {"type": "rsa", "n": n, "e": e, "d": d, "p": p, "q": q, "dp": d % (p - 1), "dq": d % (q - 1), "qi": pow(q, -1, p)}


def rsa_pkcs1(k):
    return d_seq(d_int(0), *[d_int(k[x]) for x in ("n", "e", "d", "p", "q", "dp", "dq", "qi")])


def rsa_spki(k):
    return d_seq(d_seq(d_oid(OID_RSA), NULL), d_bits(d_seq(d_int(k["n"]), d_int(k["e"]))))


# ------------------------------------------------------------------ short Weierstrass curves
P256 = dict(p=2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1, a=-3,
            n=0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551,
            G=(0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
               0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5))
K256 = dict(p=2 ** 256 - 2 ** 32 - 977, a=0, n=0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141,
            G=(0x79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798,
               0x483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8))


def _add(c, P, Q):
    p = c["p"]
    if P is None:
        return Q
    if Q is None:
        return P
    if P[0] == Q[0]:
        if (P[1] + Q[1]) % p == 0:
            return None
        lam = (3 * P[0] * P[0] + c["a"]) * pow(2 * P[1], -1, p) % p
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, p) % p
    x = (lam * lam - P[0] - Q[0]) % p
    return (x, (lam * (P[0] - x) - P[1]) % p)


def ec_mul(c, k, P=None):
    P = P or c["G"]
    R = None
    while k:
        if k & 1:
            R = _add(c, R, P)
        P = _add(c, P, P)
        k >>= 1
    return R


def ec_key(r, curve=P256):
    d = r.randrange(1, curve["n"])
    x, y = ec_mul(curve, d)
    return {"type": "p256" if curve is P256 else "k256", "d": d, "pub": b"\x04" + x.to_bytes(32, "big") + y.to_bytes(32, "big")}


def ec_sec1(k, params=True):
    parts = [d_int(1), d_oct(k["d"].to_bytes(32, "big"))]
    if params:
        parts.append(tlv(0xA0, d_oid(OID_P256)))
    parts.append(tlv(0xA1, d_bits(k["pub"])))
    return d_seq(*parts)


def ec_spki(k):
    return d_seq(d_seq(d_oid(OID_EC), d_oid(OID_P256)), d_bits(k["pub"]))


# ------------------------------------------------------------------ Ed25519 (RFC 8032)
_Q = 2 ** 255 - 19
_L = 2 ** 252 + 27742317777372353535851937790883648493
_D = -121665 * pow(121666, -1, _Q) % _Q
_I = pow(2, (_Q - 1) // 4, _Q)


def _xrec(y):
    xx = (y * y - 1) * pow(_D * y * y + 1, -1, _Q)
    x = pow(xx, (_Q + 3) // 8, _Q)
    if (x * x - xx) % _Q:
        x = x * _I % _Q
    return _Q - x if x % 2 else x


_BY = 4 * pow(5, -1, _Q) % _Q
_B = (_xrec(_BY), _BY, 1, _xrec(_BY) * _BY % _Q)


def _eadd(P, Q):
    A = (P[1] - P[0]) * (Q[1] - Q[0]) % _Q
    B = (P[1] + P[0]) * (Q[1] + Q[0]) % _Q
    C = 2 * P[3] * Q[3] * _D % _Q
    D = 2 * P[2] * Q[2] % _Q
    E, F, G, H = B - A, D - C, D + C, B + A
    return (E * F % _Q, G * H % _Q, F * G % _Q, E * H % _Q)


def _emul(s, P):
    R = (0, 1, 1, 0)
    while s:
        if s & 1:
            R = _eadd(R, P)
        P = _eadd(P, P)
        s >>= 1
    return R


def _enc(P):
    zi = pow(P[2], -1, _Q)
    x, y = P[0] * zi % _Q, P[1] * zi % _Q
    return int.to_bytes(y | ((x & 1) << 255), 32, "little")


def _clamp(h):
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    return a | (1 << 254)


def ed_pub(seed):
    return _enc(_emul(_clamp(hashlib.sha512(seed).digest()), _B))


def ed_sign(seed, msg):
    h = hashlib.sha512(seed).digest()
    a = _clamp(h)
    A = _enc(_emul(a, _B))
    rr = int.from_bytes(hashlib.sha512(h[32:] + msg).digest(), "little") % _L
    R = _enc(_emul(rr, _B))
    k = int.from_bytes(hashlib.sha512(R + A + msg).digest(), "little") % _L
    return R + int.to_bytes((rr + k * a) % _L, 32, "little")


def ed_key(r):
    seed = rbytes(r, 32)
    return {"type": "ed25519", "seed": seed, "pub": ed_pub(seed)}


def ed_pkcs8(k):
    return d_seq(d_int(0), d_seq(d_oid(OID_ED)), d_oct(d_oct(k["seed"])))


def ed_spki(k):
    return d_seq(d_seq(d_oid(OID_ED)), d_bits(k["pub"]))


# ------------------------------------------------------------------ PKCS#8 for any key
def pkcs8(k):
    if k["type"] == "rsa":
        return d_seq(d_int(0), d_seq(d_oid(OID_RSA), NULL), d_oct(rsa_pkcs1(k)))
    if k["type"] == "p256":
        return d_seq(d_int(0), d_seq(d_oid(OID_EC), d_oid(OID_P256)), d_oct(ec_sec1(k, params=False)))
    return ed_pkcs8(k)


def spki(k):
    return {"rsa": rsa_spki, "p256": ec_spki, "ed25519": ed_spki}[k["type"]](k)


# ------------------------------------------------------------------ OpenSSH
def _s(b):
    b = b.encode() if isinstance(b, str) else b
    return struct.pack(">I", len(b)) + b


def _mp(v):
    return _s(v.to_bytes((v.bit_length() + 8) // 8, "big") if v else b"")


def ssh_pub_blob(k):
    if k["type"] == "ed25519":
        return _s("ssh-ed25519") + _s(k["pub"])
    if k["type"] == "p256":
        return _s("ecdsa-sha2-nistp256") + _s("nistp256") + _s(k["pub"])
    return _s("ssh-rsa") + _mp(k["e"]) + _mp(k["n"])


SSH_NAME = {"ed25519": "ssh-ed25519", "p256": "ecdsa-sha2-nistp256", "rsa": "ssh-rsa"}


def ssh_pub(k, comment):
    return "%s %s %s" % (SSH_NAME[k["type"]], base64.b64encode(ssh_pub_blob(k)).decode(), comment)


def openssh_private(k, comment, r):
    chk = r.getrandbits(32)
    priv = struct.pack(">II", chk, chk)
    if k["type"] == "ed25519":
        priv += _s("ssh-ed25519") + _s(k["pub"]) + _s(k["seed"] + k["pub"])
    elif k["type"] == "p256":
        priv += _s("ecdsa-sha2-nistp256") + _s("nistp256") + _s(k["pub"]) + _mp(k["d"])
    else:
        priv += _s("ssh-rsa") + _mp(k["n"]) + _mp(k["e"]) + _mp(k["d"]) + _mp(k["qi"]) + _mp(k["p"]) + _mp(k["q"])
    priv += _s(comment)
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = b"openssh-key-v1\x00" + _s("none") + _s("none") + _s(b"") + struct.pack(">I", 1) + _s(ssh_pub_blob(k)) + _s(priv)
    return pem("OPENSSH PRIVATE KEY", blob, 70)


# ------------------------------------------------------------------ OpenPGP (v4, legacy EdDSA, unprotected)
_ED_OID = bytes.fromhex("2b06010401da470f01")


def _pkt(tag, body):
    n = len(body)
    if n < 192:
        ln = bytes([n])
    elif n < 8384:
        n -= 192
        ln = bytes([(n >> 8) + 192, n & 0xFF])
    else:
        ln = b"\xff" + struct.pack(">I", n)
    return bytes([0xC0 | tag]) + ln + body


def _pmpi(b):
    b = b.lstrip(b"\x00")
    return struct.pack(">H", int.from_bytes(b, "big").bit_length()) + b


def _crc24(data):
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def armor(kind, data):
    b = base64.b64encode(data).decode()
    crc = base64.b64encode(_crc24(data).to_bytes(3, "big")).decode()
    return "\n".join(["-----BEGIN PGP %s-----" % kind, ""] + [b[i:i + 64] for i in range(0, len(b), 64)] +
                     ["=" + crc, "-----END PGP %s-----" % kind])


def pgp_key(k, uid, created):
    pub_body = b"\x04" + struct.pack(">I", created) + bytes([22, len(_ED_OID)]) + _ED_OID + _pmpi(b"\x40" + k["pub"])
    fpr = hashlib.sha1(b"\x99" + struct.pack(">H", len(pub_body)) + pub_body).digest()
    sub = lambda t, d: bytes([len(d) + 1, t]) + d
    hashed = (sub(33, b"\x04" + fpr) + sub(2, struct.pack(">I", created)) + sub(27, b"\x03") + sub(11, b"\x09\x08\x07")
              + sub(21, b"\x0a\x09\x08") + sub(22, b"\x02\x03\x01") + sub(30, b"\x01"))
    head = b"\x04\x13\x16\x08" + struct.pack(">H", len(hashed)) + hashed
    uidb = uid.encode()
    h = hashlib.sha256(b"\x99" + struct.pack(">H", len(pub_body)) + pub_body + b"\xb4" + struct.pack(">I", len(uidb)) + uidb
                       + head + b"\x04\xff" + struct.pack(">I", len(head))).digest()
    sig = ed_sign(k["seed"], h)
    unhashed = sub(16, fpr[-8:])
    sig_body = head + struct.pack(">H", len(unhashed)) + unhashed + h[:2] + _pmpi(sig[:32]) + _pmpi(sig[32:])
    secmpi = _pmpi(k["seed"])
    sec_body = pub_body + b"\x00" + secmpi + struct.pack(">H", sum(secmpi) & 0xFFFF)
    secret = _pkt(5, sec_body) + _pkt(13, uidb) + _pkt(2, sig_body)
    public = _pkt(6, pub_body) + _pkt(13, uidb) + _pkt(2, sig_body)
    return armor("PRIVATE KEY BLOCK", secret), armor("PUBLIC KEY BLOCK", public), fpr.hex().upper()


# ------------------------------------------------------------------ text dumps, NKeys, Solana, Nostr, Synapse
def hexdump_lines(b, indent="    ", pad=False):
    if pad and b[0] >= 0x80:
        b = b"\x00" + b
    hx = ["%02x" % x for x in b]
    rows = [hx[i:i + 15] for i in range(0, len(hx), 15)]
    return [indent + ":".join(row) + (":" if i < len(rows) - 1 else "") for i, row in enumerate(rows)]


def nkey_seed(seed, prefix=20 << 3):
    raw = bytes([(18 << 3) | (prefix >> 5), (prefix & 31) << 3]) + seed
    raw += struct.pack("<H", crc16_xmodem(raw))
    return base64.b32encode(raw).decode().rstrip("=")


def nkey_public(pub, prefix=20 << 3):
    raw = bytes([prefix]) + pub
    raw += struct.pack("<H", crc16_xmodem(raw))
    return base64.b32encode(raw).decode().rstrip("=")


def nkey_decode(s):
    raw = base64.b32decode(s + "=" * (-len(s) % 8))
    body, crc = raw[:-2], struct.unpack("<H", raw[-2:])[0]
    return body, crc16_xmodem(body) == crc


def solana_keypair(k):
    return "[" + ",".join(str(x) for x in k["seed"] + k["pub"]) + "]"


def solana_address(k):
    return b58(k["pub"])


def nostr_pair(k):
    return bech32_encode("nsec", k["d"].to_bytes(32, "big")), bech32_encode("npub", k["pub"][1:33])


def synapse_line(k, kid):
    return "ed25519 %s %s" % (kid, base64.b64encode(k["seed"]).decode().rstrip("="))
