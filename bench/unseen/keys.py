"""Real key material built with the standard library only.

Everything here is deterministic given the `random.Random` passed in, so a seed
reproduces the same corpus.  Keys are structurally valid (they parse, RSA n = p*q,
EC/Ed25519/X25519 public points are derived from the private scalar) so that a
scanner which validates key structure is measured fairly.
"""

import base64
import hashlib
import hmac
import math
import struct

# ----------------------------------------------------------------- DER helpers


def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, content):
    return bytes([tag]) + der_len(len(content)) + content


def d_int(x):
    return der(0x02, x.to_bytes(max(1, (x.bit_length() + 8) // 8), "big"))


def d_seq(*items):
    return der(0x30, b"".join(items))


def d_set(*items):
    return der(0x31, b"".join(items))


def d_oct(b):
    return der(0x04, b)


def d_bits(b):
    return der(0x03, b"\x00" + b)


def d_null():
    return b"\x05\x00"


def d_oid(dotted):
    parts = [int(p) for p in dotted.split(".")]
    out = bytearray([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        chunk = [p & 0x7F]
        p >>= 7
        while p:
            chunk.append(0x80 | (p & 0x7F))
            p >>= 7
        out.extend(reversed(chunk))
    return der(0x06, bytes(out))


def d_utf8(s):
    return der(0x0C, s.encode())


def d_utctime(s):
    return der(0x17, s.encode())


def d_ctx(n, content, constructed=True):
    return der((0xA0 if constructed else 0x80) + n, content)


def der_parse(b, off=0):
    """Parse one TLV; returns (tag, content, next_offset)."""
    tag = b[off]
    ln = b[off + 1]
    off += 2
    if ln & 0x80:
        k = ln & 0x7F
        ln = int.from_bytes(b[off:off + k], "big")
        off += k
    return tag, b[off:off + ln], off + ln


def der_children(content):
    out, off = [], 0
    while off < len(content):
        tag, c, off = der_parse(content, off)
        out.append((tag, c))
    return out


def pem(label, der_bytes, width=64):
    b = base64.b64encode(der_bytes).decode()
    lines = [b[i:i + width] for i in range(0, len(b), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


OID_RSA = "1.2.840.113549.1.1.1"
OID_SHA256_RSA = "1.2.840.113549.1.1.11"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"

# ----------------------------------------------------------------- RSA

_SMALL = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _probable_prime(n, rng, rounds=8):
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


def _prime(bits, rng):
    while True:
        c = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if _probable_prime(c, rng):
            return c


class RSAKey:
    def __init__(self, rng, bits=2048):
        e = 65537
        while True:
            p, q = _prime(bits // 2, rng), _prime(bits // 2, rng)
            if p == q or math.gcd(e, (p - 1) * (q - 1)) != 1:
                continue
            n = p * q
            if n.bit_length() == bits:
                break
        if p < q:
            p, q = q, p
        self.n, self.e, self.p, self.q = n, e, p, q
        self.d = pow(e, -1, (p - 1) * (q - 1))
        self.dp, self.dq, self.qi = self.d % (p - 1), self.d % (q - 1), pow(q, -1, p)
        self.bits = bits

    def pkcs1_der(self):
        return d_seq(*[d_int(x) for x in (0, self.n, self.e, self.d, self.p, self.q, self.dp, self.dq, self.qi)])

    def pkcs8_der(self):
        return d_seq(d_int(0), d_seq(d_oid(OID_RSA), d_null()), d_oct(self.pkcs1_der()))

    def spki_der(self):
        return d_seq(d_seq(d_oid(OID_RSA), d_null()), d_bits(d_seq(d_int(self.n), d_int(self.e))))

    def pem_pkcs1(self):
        return pem("RSA PRIVATE KEY", self.pkcs1_der())

    def pem_pkcs8(self):
        return pem("PRIVATE KEY", self.pkcs8_der())

    def pem_public(self):
        return pem("PUBLIC KEY", self.spki_der())

    def sign_sha256(self, msg):
        digest_info = bytes.fromhex("3031300d060960864801650304020105000420") + hashlib.sha256(msg).digest()
        k = (self.n.bit_length() + 7) // 8
        em = b"\x00\x01" + b"\xff" * (k - len(digest_info) - 3) + b"\x00" + digest_info
        return pow(int.from_bytes(em, "big"), self.d, self.n).to_bytes(k, "big")

    def ssh_public_blob(self):
        return ssh_str(b"ssh-rsa") + ssh_mpint(self.e) + ssh_mpint(self.n)

    def ssh_public(self, comment):
        return "ssh-rsa %s %s" % (base64.b64encode(self.ssh_public_blob()).decode(), comment)


def rsa_check_pkcs1(der_bytes):
    """True if an RSAPrivateKey DER is self-consistent."""
    tag, content, _ = der_parse(der_bytes)
    ints = [int.from_bytes(c, "big") for t, c in der_children(content)]
    _, n, e, d, p, q, dp, dq, qi = ints
    return n == p * q and (e * d) % math.lcm(p - 1, q - 1) == 1 and dp == d % (p - 1) and qi * q % p == 1


def self_signed_cert(key, signer, subject_cn, issuer_cn, serial, not_before="240101000000Z",
                     not_after="340101000000Z", org=None, ca=False):
    """An X.509 v3 certificate for `key`, signed by `signer` (both RSAKey)."""
    def name(cn):
        rdns = []
        if org:
            rdns.append(d_set(d_seq(d_oid("2.5.4.10"), d_utf8(org))))
        rdns.append(d_set(d_seq(d_oid("2.5.4.3"), d_utf8(cn))))
        return d_seq(*rdns)
    alg = d_seq(d_oid(OID_SHA256_RSA), d_null())
    ext = d_seq(d_oid("2.5.29.19"), der(0x01, b"\xff"), d_oct(d_seq(der(0x01, b"\xff") if ca else b"")))
    tbs = d_seq(d_ctx(0, d_int(2)), d_int(serial), alg, name(issuer_cn),
                d_seq(d_utctime(not_before), d_utctime(not_after)), name(subject_cn), key.spki_der(),
                d_ctx(3, d_seq(ext)))
    return pem("CERTIFICATE", d_seq(tbs, alg, d_bits(signer.sign_sha256(tbs))))


# ----------------------------------------------------------------- P-256

P256_P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
P256_B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b
P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
P256_G = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
          0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def _ec_add(P, Q):
    p = P256_P
    if P is None:
        return Q
    if Q is None:
        return P
    if P[0] == Q[0] and (P[1] + Q[1]) % p == 0:
        return None
    if P == Q:
        lam = (3 * P[0] * P[0] - 3) * pow(2 * P[1], -1, p) % p
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, p) % p
    x = (lam * lam - P[0] - Q[0]) % p
    return x, (lam * (P[0] - x) - P[1]) % p


def ec_mul(k, P=P256_G):
    R = None
    while k:
        if k & 1:
            R = _ec_add(R, P)
        P = _ec_add(P, P)
        k >>= 1
    return R


def p256_on_curve(x, y):
    p = P256_P
    return (y * y - (x * x * x - 3 * x + P256_B)) % p == 0


class ECKey:
    def __init__(self, rng):
        self.d = rng.randrange(1, P256_N)
        self.x, self.y = ec_mul(self.d)

    def point(self):
        return b"\x04" + self.x.to_bytes(32, "big") + self.y.to_bytes(32, "big")

    def sec1_der(self, with_params=True):
        items = [d_int(1), d_oct(self.d.to_bytes(32, "big"))]
        if with_params:
            items.append(d_ctx(0, d_oid(OID_P256)))
        items.append(d_ctx(1, d_bits(self.point())))
        return d_seq(*items)

    def pem_sec1(self):
        return pem("EC PRIVATE KEY", self.sec1_der())

    def pem_pkcs8(self):
        return pem("PRIVATE KEY", d_seq(d_int(0), d_seq(d_oid(OID_EC), d_oid(OID_P256)),
                                        d_oct(self.sec1_der(with_params=False))))

    def pem_public(self):
        return pem("PUBLIC KEY", d_seq(d_seq(d_oid(OID_EC), d_oid(OID_P256)), d_bits(self.point())))


# ----------------------------------------------------------------- Ed25519 / X25519 (RFC 8032 / 7748)

_P = 2 ** 255 - 19
_D = -121665 * pow(121666, _P - 2, _P) % _P
_I = pow(2, (_P - 1) // 4, _P)


def _recover_x(y, sign):
    x2 = (y * y - 1) * pow(_D * y * y + 1, _P - 2, _P)
    x = pow(x2, (_P + 3) // 8, _P)
    if (x * x - x2) % _P:
        x = x * _I % _P
    if x % 2 != sign:
        x = _P - x
    return x


_GY = 4 * pow(5, _P - 2, _P) % _P
_GX = _recover_x(_GY, 0)
_G = (_GX, _GY, 1, _GX * _GY % _P)


def _padd(P, Q):
    A = (P[1] - P[0]) * (Q[1] - Q[0]) % _P
    B = (P[1] + P[0]) * (Q[1] + Q[0]) % _P
    C = 2 * P[3] * Q[3] * _D % _P
    D = 2 * P[2] * Q[2] % _P
    E, F, G, H = B - A, D - C, D + C, B + A
    return E * F % _P, G * H % _P, F * G % _P, E * H % _P


def _smul(s, P):
    Q = (0, 1, 1, 0)
    while s:
        if s & 1:
            Q = _padd(Q, P)
        P = _padd(P, P)
        s >>= 1
    return Q


def ed25519_public(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    P = _smul(a, _G)
    zi = pow(P[2], _P - 2, _P)
    x, y = P[0] * zi % _P, P[1] * zi % _P
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def x25519(k, u=9):
    k = bytearray(k)
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    k = int.from_bytes(k, "little")
    x1, x2, z2, x3, z3, swap = u, 1, 0, u, 1, 0
    for t in reversed(range(255)):
        kt = (k >> t) & 1
        swap ^= kt
        if swap:
            x2, x3, z2, z3 = x3, x2, z3, z2
        swap = kt
        A = x2 + z2
        AA = A * A
        B = x2 - z2
        BB = B * B
        E = AA - BB
        C = x3 + z3
        D = x3 - z3
        DA = D * A
        CB = C * B
        x3 = (DA + CB) ** 2 % _P
        z3 = x1 * (DA - CB) ** 2 % _P
        x2 = AA * BB % _P
        z2 = E * (AA + 121665 * E) % _P
    if swap:
        x2, z2 = x3, z3
    return (x2 * pow(z2, _P - 2, _P) % _P).to_bytes(32, "little")


# ----------------------------------------------------------------- OpenSSH / PuTTY


def ssh_str(b):
    return struct.pack(">I", len(b)) + b


def ssh_mpint(x):
    return ssh_str(x.to_bytes(max(1, (x.bit_length() + 8) // 8), "big") if x else b"")


def openssh_ed25519(rng, comment):
    """Returns (private_key_text, public_line)."""
    seed = bytes(rng.getrandbits(8) for _ in range(32))
    pub = ed25519_public(seed)
    blob = ssh_str(b"ssh-ed25519") + ssh_str(pub)
    check = rng.getrandbits(32)
    priv = struct.pack(">II", check, check) + ssh_str(b"ssh-ed25519") + ssh_str(pub) + ssh_str(seed + pub) \
        + ssh_str(comment.encode())
    return _openssh_wrap(blob, priv), "ssh-ed25519 %s %s" % (base64.b64encode(blob).decode(), comment)


def openssh_rsa(rng, key, comment):
    blob = key.ssh_public_blob()
    check = rng.getrandbits(32)
    priv = struct.pack(">II", check, check) + ssh_str(b"ssh-rsa") + ssh_mpint(key.n) + ssh_mpint(key.e) \
        + ssh_mpint(key.d) + ssh_mpint(key.qi) + ssh_mpint(key.p) + ssh_mpint(key.q) + ssh_str(comment.encode())
    return _openssh_wrap(blob, priv)


def _openssh_wrap(blob, priv):
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    body = b"openssh-key-v1\x00" + ssh_str(b"none") + ssh_str(b"none") + ssh_str(b"") + struct.pack(">I", 1) \
        + ssh_str(blob) + ssh_str(priv)
    b = base64.b64encode(body).decode()
    lines = [b[i:i + 70] for i in range(0, len(b), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % "\n".join(lines)


def openssh_check(text):
    """True if an unencrypted openssh-key-v1 blob has matching check ints and public key."""
    lines = [l for l in text.strip().splitlines() if not l.startswith("-----")]
    body = base64.b64decode("".join(lines))
    if not body.startswith(b"openssh-key-v1\x00"):
        return False
    off = len(b"openssh-key-v1\x00")

    def rd(o):
        n = struct.unpack(">I", body[o:o + 4])[0]
        return body[o + 4:o + 4 + n], o + 4 + n
    cipher, off = rd(off)
    _, off = rd(off)
    _, off = rd(off)
    off += 4
    blob, off = rd(off)
    priv, off = rd(off)
    c1, c2 = struct.unpack(">II", priv[:8])
    ktype_len = struct.unpack(">I", priv[8:12])[0]
    ktype = priv[12:12 + ktype_len]
    if ktype == b"ssh-ed25519":
        o = 12 + ktype_len
        pub_len = struct.unpack(">I", priv[o:o + 4])[0]
        pub = priv[o + 4:o + 4 + pub_len]
        o += 4 + pub_len + 4
        seed = priv[o:o + 32]
        if ed25519_public(seed) != pub:
            return False
    return cipher == b"none" and c1 == c2 and blob[4:4 + ktype_len] == ktype


def putty_ppk_rsa(key, comment):
    """PuTTY-User-Key-File-2, unencrypted, with a correct Private-MAC."""
    pub = key.ssh_public_blob()
    prv = ssh_mpint(key.d) + ssh_mpint(key.p) + ssh_mpint(key.q) + ssh_mpint(key.qi)
    mac = ppk2_mac("ssh-rsa", "none", comment, pub, prv)

    def lines(b):
        s = base64.b64encode(b).decode()
        return [s[i:i + 64] for i in range(0, len(s), 64)]
    pl, vl = lines(pub), lines(prv)
    out = ["PuTTY-User-Key-File-2: ssh-rsa", "Encryption: none", "Comment: " + comment,
           "Public-Lines: %d" % len(pl)] + pl + ["Private-Lines: %d" % len(vl)] + vl + ["Private-MAC: " + mac]
    return "\n".join(out)


def ppk2_mac(alg, enc, comment, pub, prv, passphrase=b""):
    key = hashlib.sha1(b"putty-private-key-file-mac-key" + passphrase).digest()
    data = ssh_str(alg.encode()) + ssh_str(enc.encode()) + ssh_str(comment.encode()) + ssh_str(pub) + ssh_str(prv)
    return hmac.new(key, data, hashlib.sha1).hexdigest()


def ppk_check(text):
    fields, cur, buf = {}, None, []
    lines = text.strip().splitlines()
    alg = lines[0].split(":", 1)[1].strip()
    i = 1
    while i < len(lines):
        k, v = lines[i].split(":", 1)
        v = v.strip()
        if k in ("Public-Lines", "Private-Lines"):
            n = int(v)
            fields[k] = base64.b64decode("".join(lines[i + 1:i + 1 + n]))
            i += 1 + n
        else:
            fields[k] = v
            i += 1
    return ppk2_mac(alg, fields["Encryption"], fields["Comment"], fields["Public-Lines"],
                    fields["Private-Lines"]) == fields["Private-MAC"]


# ----------------------------------------------------------------- OpenPGP armour


def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def _pgp_packet(tag, body):
    n = len(body)
    if n < 192:
        ln = bytes([n])
    elif n < 8384:
        n -= 192
        ln = bytes([(n >> 8) + 192, n & 0xFF])
    else:
        ln = b"\xff" + struct.pack(">I", n)
    return bytes([0xC0 | tag]) + ln + body


def _mpi(b):
    x = int.from_bytes(b, "big")
    return struct.pack(">H", x.bit_length()) + b.lstrip(b"\x00")


def pgp_ed25519(rng, uid, created, secret=True):
    seed = bytes(rng.getrandbits(8) for _ in range(32))
    pub = ed25519_public(seed)
    oid = bytes.fromhex("2b06010401da470f01")
    body = b"\x04" + struct.pack(">I", created) + b"\x16" + bytes([len(oid)]) + oid + _mpi(b"\x40" + pub)
    if secret:
        m = _mpi(seed)
        body += b"\x00" + m + struct.pack(">H", sum(m) & 0xFFFF)
        pkt = _pgp_packet(5, body)
        label = "PGP PRIVATE KEY BLOCK"
    else:
        pkt = _pgp_packet(6, body)
        label = "PGP PUBLIC KEY BLOCK"
    data = pkt + _pgp_packet(13, uid.encode())
    b = base64.b64encode(data).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    crc = base64.b64encode(crc24(data).to_bytes(3, "big")).decode()
    return "-----BEGIN %s-----\n\n%s\n=%s\n-----END %s-----" % (label, "\n".join(lines), crc, label)


def pgp_check(text):
    lines = text.strip().splitlines()
    body = [l for l in lines[1:-1] if l and not l.startswith("=") and ":" not in l]
    crcl = [l for l in lines if l.startswith("=")][0]
    data = base64.b64decode("".join(body))
    return base64.b64encode(crc24(data).to_bytes(3, "big")).decode() == crcl[1:]


# ----------------------------------------------------------------- bech32 (age)

_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
    return chk


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


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
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data + chk)


def bech32_check(s):
    s = s.lower()
    hrp, _, rest = s.rpartition("1")
    try:
        data = [_B32.index(c) for c in rest]
    except ValueError:
        return False
    return _polymod(_hrp_expand(hrp) + data) == 1


def age_keypair(rng):
    k = bytes(rng.getrandbits(8) for _ in range(32))
    return bech32_encode("age-secret-key-", k).upper(), bech32_encode("age", x25519(k))


# ----------------------------------------------------------------- AES-256 (for GPP cpassword)


def _xt(a):
    return ((a << 1) ^ 0x1B) & 0xFF if a & 0x80 else a << 1


def _gmul(a, b):
    r = 0
    while b:
        if b & 1:
            r ^= a
        a = _xt(a)
        b >>= 1
    return r


def _build_sbox():
    sbox = [0] * 256
    for i in range(256):
        inv = 0
        if i:
            for j in range(1, 256):
                if _gmul(i, j) == 1:
                    inv = j
                    break
        s = inv
        for k in range(1, 5):
            s ^= ((inv << k) | (inv >> (8 - k))) & 0xFF
        sbox[i] = s ^ 0x63
    return sbox


_SBOX = None


def _expand_key(key):
    global _SBOX
    if _SBOX is None:
        _SBOX = _build_sbox()
    nk, nr = len(key) // 4, len(key) // 4 + 6
    w = [list(key[4 * i:4 * i + 4]) for i in range(nk)]
    rcon = 1
    for i in range(nk, 4 * (nr + 1)):
        t = list(w[i - 1])
        if i % nk == 0:
            t = [_SBOX[b] for b in t[1:] + t[:1]]
            t[0] ^= rcon
            rcon = _xt(rcon)
        elif nk > 6 and i % nk == 4:
            t = [_SBOX[b] for b in t]
        w.append([a ^ b for a, b in zip(w[i - nk], t)])
    return [sum(w[4 * r:4 * r + 4], []) for r in range(nr + 1)]


def aes_encrypt_block(rk, block):
    s = [a ^ b for a, b in zip(block, rk[0])]
    for r in range(1, len(rk)):
        s = [_SBOX[b] for b in s]
        s = [s[(i + 4 * (i % 4)) % 16] for i in range(16)]          # ShiftRows (column-major state)
        if r != len(rk) - 1:
            t = []
            for c in range(4):
                a = s[4 * c:4 * c + 4]
                t += [_gmul(a[0], 2) ^ _gmul(a[1], 3) ^ a[2] ^ a[3],
                      a[0] ^ _gmul(a[1], 2) ^ _gmul(a[2], 3) ^ a[3],
                      a[0] ^ a[1] ^ _gmul(a[2], 2) ^ _gmul(a[3], 3),
                      _gmul(a[0], 3) ^ a[1] ^ a[2] ^ _gmul(a[3], 2)]
            s = t
        s = [a ^ b for a, b in zip(s, rk[r])]
    return bytes(s)


def aes_cbc_encrypt(key, iv, data):
    rk = _expand_key(key)
    pad = 16 - len(data) % 16
    data += bytes([pad]) * pad
    out, prev = b"", iv
    for i in range(0, len(data), 16):
        prev = aes_encrypt_block(rk, bytes(a ^ b for a, b in zip(data[i:i + 16], prev)))
        out += prev
    return out


# Microsoft's published Group Policy Preferences key ([MS-GPPREF] 2.2.1.1.4).
GPP_KEY = bytes.fromhex("4e9906e8fcb66cc9faf49310620ffee8f496e806cc057990209b09a433b66c1b")


def gpp_cpassword(password):
    ct = aes_cbc_encrypt(GPP_KEY, b"\x00" * 16, password.encode("utf-16-le"))
    return base64.b64encode(ct).decode().rstrip("=")


def aes_selftest():
    """FIPS-197 appendix C.3 vector."""
    rk = _expand_key(bytes(range(32)))
    return aes_encrypt_block(rk, bytes.fromhex("00112233445566778899aabbccddeeff")).hex() == \
        "8ea2b7ca516745bfeafc49904b496089"


# ----------------------------------------------------------------- reversible "obfuscations"

_WINSCP_MAGIC = 0xA3


def winscp_encrypt(rng, user, host, password):
    def ch(c):
        c = (~c ^ _WINSCP_MAGIC) & 0xFF
        return "%02X" % c
    pw = (user + host + password).encode()
    shift = rng.randrange(50 - len(pw)) if len(pw) < 50 else 0
    out = ch(0xFF) + ch(0) + ch(len(pw)) + ch(shift)
    out += "".join(ch(rng.getrandbits(8)) for _ in range(shift))
    out += "".join(ch(b) for b in pw)
    while len(out) < 100:
        out += ch(rng.getrandbits(8))
    return out


def winscp_decrypt(hexs, user, host):
    vals = [(~int(hexs[i:i + 2], 16) ^ _WINSCP_MAGIC) & 0xFF for i in range(0, len(hexs), 2)]
    if vals[0] != 0xFF:
        return None
    ln, shift = vals[2], vals[3]
    pw = bytes(vals[4 + shift:4 + shift + ln]).decode()
    key = user + host
    return pw[len(key):] if pw.startswith(key) else None


_XLAT = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87"


def cisco_type7(password, seed):
    return "%02d" % seed + "".join("%02X" % (ord(c) ^ ord(_XLAT[(seed + i) % len(_XLAT)]))
                                   for i, c in enumerate(password))


def cisco_type7_decode(s):
    seed = int(s[:2])
    return "".join(chr(int(s[2 + 2 * i:4 + 2 * i], 16) ^ ord(_XLAT[(seed + i) % len(_XLAT)]))
                   for i in range((len(s) - 2) // 2))
