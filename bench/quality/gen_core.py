"""Core helpers for the secret-scanner quality corpus.

Everything here is standard library only and fully deterministic given a
random.Random instance: alphabets, encoders (base62, base64, bech32, DER),
synthetic key material (RSA, EC P-256, Ed25519), PEM / OpenSSH wrapping, JWTs,
and the FileBuilder / Corpus classes that record labels while files are written.
"""

import base64
import hashlib
import json
import math
import os
import string
import zlib

DIGITS = string.digits
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B62 = DIGITS + UPPER + LOWER            # GitHub checksum alphabet order
ALNUM = UPPER + LOWER + DIGITS
B64 = UPPER + LOWER + DIGITS + "+/"
B64URL = UPPER + LOWER + DIGITS + "-_"
B32 = UPPER + "234567"


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rhex(rng, n):
    return rstr(rng, HEX, n)


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(data, pad=True):
    s = base64.b64encode(data).decode()
    return s if pad else s.rstrip("=")


def b64url(data, pad=False):
    s = base64.urlsafe_b64encode(data).decode()
    return s if pad else s.rstrip("=")


def base62(n, width=0):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_token(rng, prefix, body_len=30):
    """Prefix + 30 random base62 chars + base62(CRC32(random part)), 6 chars."""
    body = rstr(rng, ALNUM, body_len)
    return prefix + body + base62(zlib.crc32(body.encode()), 6)


def bad_crc_token(rng, prefix, body_len=30):
    """Same shape as crc_token but with a checksum that does not match."""
    body = rstr(rng, ALNUM, body_len)
    good = base62(zlib.crc32(body.encode()), 6)
    while True:
        bad = rstr(rng, ALNUM, 6)
        if bad != good:
            return prefix + body + bad


def entropy(s):
    if not s:
        return 0.0
    counts = {}
    for c in s:
        counts[c] = counts.get(c, 0) + 1
    return -sum(v / len(s) * math.log2(v / len(s)) for v in counts.values())


def uuid4(rng):
    h = rhex(rng, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


# ---------------------------------------------------------------- bech32 (age)
_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            if (b >> i) & 1:
                chk ^= gen[i]
    return chk


def bech32_encode(hrp, data8):
    acc, bits, data = 0, 0, []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    exp = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _polymod(exp + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + chk)


# ---------------------------------------------------------------- DER
def der_len(n):
    if n < 0x80:
        return bytes([n])
    if n < 0x100:
        return b"\x81" + bytes([n])
    return b"\x82" + n.to_bytes(2, "big")


def der(tag, content):
    return bytes([tag]) + der_len(len(content)) + content


def der_seq(*parts):
    return der(0x30, b"".join(parts))


def der_int(i):
    return der(0x02, i.to_bytes(i.bit_length() // 8 + 1, "big"))


def der_oid(dotted):
    nums = [int(x) for x in dotted.split(".")]
    out = bytes([nums[0] * 40 + nums[1]])
    for n in nums[2:]:
        chunk = [n & 0x7F]
        n >>= 7
        while n:
            chunk.append(0x80 | (n & 0x7F))
            n >>= 7
        out += bytes(reversed(chunk))
    return der(0x06, out)


DER_NULL = b"\x05\x00"
OID_RSA = "1.2.840.113549.1.1.1"
OID_SHA256_RSA = "1.2.840.113549.1.1.11"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"


def pem(label, data, width=64):
    body = b64(data)
    lines = ["-----BEGIN %s-----" % label]
    lines += [body[i:i + width] for i in range(0, len(body), width)]
    lines.append("-----END %s-----" % label)
    return lines


# ---------------------------------------------------------------- RSA
_SMALL = [p for p in range(3, 3000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _probable_prime(n, rng):
    for p in _SMALL:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(8):
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


def _prime(bits, rng):
    while True:
        c = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if _probable_prime(c, rng):
            return c


def rsa_key(rng, bits=2048):
    e = 65537
    while True:
        p, q = _prime(bits // 2, rng), _prime(bits // 2, rng)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        if math.gcd(e, phi) != 1:
            continue
        if p < q:
            p, q = q, p
        d = pow(e, -1, phi)
        return dict(n=p * q, e=e, d=d, p=p, q=q, dp=d % (p - 1), dq=d % (q - 1), qinv=pow(q, -1, p))


def rsa_pkcs1_der(k):
    return der_seq(*(der_int(x) for x in (0, k["n"], k["e"], k["d"], k["p"], k["q"], k["dp"], k["dq"], k["qinv"])))


def rsa_pkcs8_der(k):
    return der_seq(der_int(0), der_seq(der_oid(OID_RSA), DER_NULL), der(0x04, rsa_pkcs1_der(k)))


def rsa_public_der(n, e=65537):
    """SubjectPublicKeyInfo for an RSA public key."""
    return der_seq(der_seq(der_oid(OID_RSA), DER_NULL), der(0x03, b"\x00" + der_seq(der_int(n), der_int(e))))


def random_modulus(rng, bits=2048):
    return rng.getrandbits(bits) | (1 << (bits - 1)) | 1


# ---------------------------------------------------------------- EC P-256
_P = 0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF
_A = _P - 3
_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
      0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)


def _ec_add(p1, p2):
    if p1 is None:
        return p2
    if p2 is None:
        return p1
    (x1, y1), (x2, y2) = p1, p2
    if x1 == x2 and (y1 + y2) % _P == 0:
        return None
    if p1 == p2:
        lam = (3 * x1 * x1 + _A) * pow(2 * y1, -1, _P) % _P
    else:
        lam = (y2 - y1) * pow(x2 - x1, -1, _P) % _P
    x3 = (lam * lam - x1 - x2) % _P
    return x3, (lam * (x1 - x3) - y1) % _P


def _ec_mul(k, pt):
    acc = None
    while k:
        if k & 1:
            acc = _ec_add(acc, pt)
        pt = _ec_add(pt, pt)
        k >>= 1
    return acc


def ec_p256_der(rng):
    d = rng.randrange(1, _N)
    x, y = _ec_mul(d, _G)
    pub = b"\x04" + x.to_bytes(32, "big") + y.to_bytes(32, "big")
    return der_seq(der_int(1), der(0x04, d.to_bytes(32, "big")),
                   der(0xA0, der_oid(OID_P256)), der(0xA1, der(0x03, b"\x00" + pub)))


# ---------------------------------------------------------------- Ed25519 (RFC 8032)
_q = 2 ** 255 - 19
_d = -121665 * pow(121666, -1, _q) % _q
_I = pow(2, (_q - 1) // 4, _q)


def _xrecover(y):
    xx = (y * y - 1) * pow(_d * y * y + 1, -1, _q)
    x = pow(xx, (_q + 3) // 8, _q)
    if (x * x - xx) % _q:
        x = x * _I % _q
    return _q - x if x % 2 else x


_By = 4 * pow(5, -1, _q) % _q
_B = (_xrecover(_By), _By)


def _ed_add(p, r):
    (x1, y1), (x2, y2) = p, r
    t = _d * x1 * x2 * y1 * y2
    return ((x1 * y2 + x2 * y1) * pow(1 + t, -1, _q) % _q,
            (y1 * y2 + x1 * x2) * pow(1 - t, -1, _q) % _q)


def _ed_mul(k, p):
    acc = (0, 1)
    while k:
        if k & 1:
            acc = _ed_add(acc, p)
        p = _ed_add(p, p)
        k >>= 1
    return acc


def ed25519_keypair(rng):
    seed = rbytes(rng, 32)
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    x, y = _ed_mul(a, _B)
    pk = (y | ((x & 1) << 255)).to_bytes(32, "little")
    return seed, pk


# ---------------------------------------------------------------- OpenSSH
def _sshstr(b):
    if isinstance(b, str):
        b = b.encode()
    return len(b).to_bytes(4, "big") + b


def _mpint(i):
    return _sshstr(i.to_bytes(i.bit_length() // 8 + 1, "big") if i else b"")


def openssh_private(rng, kind="ed25519", comment="dev@laptop", rsa=None):
    """Unencrypted openssh-key-v1 blob wrapped in PEM-style armour (70 cols)."""
    check = rbytes(rng, 4)
    if kind == "ed25519":
        seed, pk = ed25519_keypair(rng)
        pub = _sshstr("ssh-ed25519") + _sshstr(pk)
        priv = _sshstr("ssh-ed25519") + _sshstr(pk) + _sshstr(seed + pk)
    else:
        k = rsa or rsa_key(rng)
        pub = _sshstr("ssh-rsa") + _mpint(k["e"]) + _mpint(k["n"])
        priv = (_sshstr("ssh-rsa") + _mpint(k["n"]) + _mpint(k["e"]) + _mpint(k["d"]) +
                _mpint(k["qinv"]) + _mpint(k["p"]) + _mpint(k["q"]))
    sec = check + check + priv + _sshstr(comment)
    pad = 1
    while len(sec) % 8:
        sec += bytes([pad])
        pad += 1
    blob = (b"openssh-key-v1\x00" + _sshstr("none") + _sshstr("none") + _sshstr(b"") +
            (1).to_bytes(4, "big") + _sshstr(pub) + _sshstr(sec))
    return pem("OPENSSH PRIVATE KEY", blob, width=70)


def ssh_public_line(rng, kind="ed25519", comment="dev@laptop"):
    if kind == "ed25519":
        _, pk = ed25519_keypair(rng)
        blob = _sshstr("ssh-ed25519") + _sshstr(pk)
        return "ssh-ed25519 %s %s" % (b64(blob), comment)
    blob = _sshstr("ssh-rsa") + _mpint(65537) + _mpint(random_modulus(rng))
    return "ssh-rsa %s %s" % (b64(blob), comment)


# ---------------------------------------------------------------- X.509 (negatives)
def _name(cn, org):
    def rdn(oid, val):
        return der(0x31, der_seq(der_oid(oid), der(0x0C, val.encode())))
    return der_seq(rdn("2.5.4.6", "US"), rdn("2.5.4.10", org), rdn("2.5.4.3", cn))


def certificate_der(rng, cn="api.internal.example", issuer="Example Internal CA", org="Example Corp"):
    alg = der_seq(der_oid(OID_SHA256_RSA), DER_NULL)
    y = rng.randrange(21, 25)
    validity = der_seq(der(0x17, ("%02d0115000000Z" % y).encode()), der(0x17, ("%02d0115000000Z" % (y + 2)).encode()))
    tbs = der_seq(der(0xA0, der_int(2)), der_int(rng.getrandbits(120)), alg, _name(issuer, org), validity,
                  _name(cn, org), rsa_public_der(random_modulus(rng)))
    return der_seq(tbs, alg, der(0x03, b"\x00" + rbytes(rng, 256)))


# ---------------------------------------------------------------- JWT
def jwt(rng, payload, alg="HS256", kid=None):
    hdr = {"alg": alg, "typ": "JWT"}
    if kid:
        hdr["kid"] = kid
    sig = rbytes(rng, 32 if alg.startswith("HS") else 256)
    enc = lambda o: b64url(json.dumps(o, separators=(",", ":")).encode())
    return "%s.%s.%s" % (enc(hdr), enc(payload), b64url(sig))


# ---------------------------------------------------------------- PNG (negatives)
def tiny_png(rng, w=8, h=8):
    def chunk(t, d):
        return len(d).to_bytes(4, "big") + t + d + zlib.crc32(t + d).to_bytes(4, "big")
    raw = b"".join(b"\x00" + rbytes(rng, w * 3) for _ in range(h))
    ihdr = w.to_bytes(4, "big") + h.to_bytes(4, "big") + b"\x08\x02\x00\x00\x00"
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


# ---------------------------------------------------------------- files + labels
class FileBuilder:
    """Accumulates the lines of one file and the labels of planted items."""

    def __init__(self, corpus, rel, crlf=False, trailing_newline=True):
        self.corpus, self.rel, self.crlf, self.trailing = corpus, rel, crlf, trailing_newline
        self.lines, self.labels = [], []

    @property
    def next_line(self):
        return len(self.lines) + 1

    def add(self, *chunks):
        """Plain (unlabeled) text; each chunk may contain newlines."""
        for c in chunks:
            self.lines.extend(c.split("\n"))
        return self

    def item(self, lines, kind, category, at=0, indent="", span=True, note=None):
        """Append an item; `at` is the index (within `lines`) where the value starts.
        With span=True every line of the item counts as the item's extent."""
        if isinstance(lines, str):
            lines = lines.split("\n")
        start = self.next_line
        self.lines.extend(indent + l if l else l for l in lines)
        lab = {"path": self.rel, "line": start + at, "kind": kind, "category": category}
        if span and len(lines) > 1:
            lab["span"] = [start, start + len(lines) - 1]
        if note:
            lab["note"] = note
        self.labels.append(lab)
        return lab

    def secret(self, lines, category, **kw):
        return self.item(lines, "secret", category, **kw)

    def neg(self, lines, category, **kw):
        return self.item(lines, "negative", category, **kw)

    def write(self):
        self.corpus.commit(self)


class Corpus:
    def __init__(self, out_dir):
        self.out = out_dir
        self.labels = []
        self.files = []

    def file(self, rel, crlf=False, trailing_newline=True):
        return FileBuilder(self, rel, crlf, trailing_newline)

    def commit(self, fb):
        path = os.path.join(self.out, fb.rel)
        if fb.rel in self.files:
            raise ValueError("duplicate file " + fb.rel)
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        nl = "\r\n" if fb.crlf else "\n"
        text = nl.join(fb.lines) + (nl if fb.trailing else "")
        with open(path, "w", newline="") as f:
            f.write(text)
        self.files.append(fb.rel)
        self.labels.extend(fb.labels)

    def raw(self, rel, text):
        """Unlabeled file written verbatim (must contain nothing secret-like)."""
        fb = FileBuilder(self, rel)
        fb.lines = text.rstrip("\n").split("\n")
        self.commit(fb)
