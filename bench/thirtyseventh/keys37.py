"""Real private keys in pure Python: Ed25519, P-256, RSA-2048, and their wrappings.

DER (PKCS#1, SEC1, PKCS#8, SPKI), PEM, OpenSSH (openssh-key-v1), PuTTY PPK v3, JWK, and a self-signed Ed25519
X.509 certificate.  Everything is drawn from a seeded random.Random, so the keys are reproducible.
"""

import base64
import hashlib
import hmac
import struct

# ------------------------------------------------------------------ Ed25519 (RFC 8032)
P25519 = 2 ** 255 - 19
L25519 = 2 ** 252 + 27742317777372353535851937790883648493
D25519 = (-121665 * pow(121666, P25519 - 2, P25519)) % P25519
SQRTM1 = pow(2, (P25519 - 1) // 4, P25519)


def _ed_add(P, Q):
    p = P25519
    x1, y1, z1, t1 = P
    x2, y2, z2, t2 = Q
    a = (y1 - x1) * (y2 - x2) % p
    b = (y1 + x1) * (y2 + x2) % p
    c = 2 * t1 * t2 * D25519 % p
    d = 2 * z1 * z2 % p
    e, f, g, h = b - a, d - c, d + c, b + a
    return (e * f % p, g * h % p, f * g % p, e * h % p)


def _ed_mul(s, P):
    Q = (0, 1, 1, 0)
    while s:
        if s & 1:
            Q = _ed_add(Q, P)
        P = _ed_add(P, P)
        s >>= 1
    return Q


def _ed_recover_x(y, sign):
    p = P25519
    x2 = (y * y - 1) * pow(D25519 * y * y + 1, p - 2, p)
    x = pow(x2, (p + 3) // 8, p)
    if (x * x - x2) % p:
        x = x * SQRTM1 % p
    if (x & 1) != sign:
        x = p - x
    return x


_GY = 4 * pow(5, P25519 - 2, P25519) % P25519
_GX = _ed_recover_x(_GY, 0)
ED_B = (_GX, _GY, 1, _GX * _GY % P25519)


def _ed_encode(P):
    x, y, z, _ = P
    zi = pow(z, P25519 - 2, P25519)
    x, y = x * zi % P25519, y * zi % P25519
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
    r = int.from_bytes(hashlib.sha512(prefix + msg).digest(), "little") % L25519
    R = _ed_encode(_ed_mul(r, ED_B))
    k = int.from_bytes(hashlib.sha512(R + A + msg).digest(), "little") % L25519
    S = (r + k * a) % L25519
    return R + S.to_bytes(32, "little")


# ------------------------------------------------------------------ P-256
P256_P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
P256_A = P256_P - 3
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
        lam = (3 * P[0] * P[0] + P256_A) * pow(2 * P[1], p - 2, p) % p
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], p - 2, p) % p
    x = (lam * lam - P[0] - Q[0]) % p
    return (x, (lam * (P[0] - x) - P[1]) % p)


def p256_public(d):
    R, P = None, P256_G
    while d:
        if d & 1:
            R = _ec_add(R, P)
        P = _ec_add(P, P)
        d >>= 1
    return R


# ------------------------------------------------------------------ RSA
SMALL_PRIMES = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _probable_prime(n, r):
    for q in SMALL_PRIMES:
        if n % q == 0:
            return n == q
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


def _prime(r, bits, e):
    while True:
        n = r.getrandbits(bits) | (3 << (bits - 2)) | 1
        if (n - 1) % e and _probable_prime(n, r):
            return n


def rsa_generate(r, bits=2048, e=65537):
    while True:
        p, q = _prime(r, bits // 2, e), _prime(r, bits // 2, e)
        if p == q:
            continue
        if p < q:
            p, q = q, p
        n = p * q
        if n.bit_length() != bits:
            continue
        phi = (p - 1) * (q - 1)
        d = pow(e, -1, phi)
        return {"n": n, "e": e, "d": d, "p": p, "q": q, "dp": d % (p - 1), "dq": d % (q - 1), "qi": pow(q, -1, p)}


# ------------------------------------------------------------------ DER
def _len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, body):
    return bytes([tag]) + _len(len(body)) + body


def seq(*items):
    return tlv(0x30, b"".join(items))


def der_int(n):
    b = n.to_bytes(max(1, (n.bit_length() + 8) // 8), "big")
    return tlv(0x02, b)


def der_oid(dotted):
    parts = [int(x) for x in dotted.split(".")]
    body = bytes([40 * parts[0] + parts[1]])
    for v in parts[2:]:
        enc = [v & 0x7f]
        v >>= 7
        while v:
            enc.insert(0, 0x80 | (v & 0x7f))
            v >>= 7
        body += bytes(enc)
    return tlv(0x06, body)


def octets(b):
    return tlv(0x04, b)


def bits(b):
    return tlv(0x03, b"\x00" + b)


NULL = b"\x05\x00"
OID_ED25519 = "1.3.101.112"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_RSA = "1.2.840.113549.1.1.1"


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + width] for i in range(0, len(b), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


class Key:
    """A generated key with every wrapping the corpus uses."""

    def __init__(self, kind, r):
        self.kind = kind
        if kind == "ed25519":
            self.seed = bytes(r.getrandbits(8) for _ in range(32))
            self.pub = ed25519_public(self.seed)
        elif kind == "p256":
            self.d = r.randrange(1, P256_N)
            self.Q = p256_public(self.d)
            self.pub = b"\x04" + self.Q[0].to_bytes(32, "big") + self.Q[1].to_bytes(32, "big")
        elif kind == "rsa":
            self.rsa = rsa_generate(r)
        else:
            raise ValueError(kind)

    # -- private
    def pkcs1(self):
        k = self.rsa
        return seq(der_int(0), *[der_int(k[x]) for x in ("n", "e", "d", "p", "q", "dp", "dq", "qi")])

    def sec1(self, with_params=True):
        body = [der_int(1), octets(self.d.to_bytes(32, "big"))]
        if with_params:
            body.append(tlv(0xa0, der_oid(OID_P256)))
        body.append(tlv(0xa1, bits(self.pub)))
        return seq(*body)

    def pkcs8(self):
        if self.kind == "ed25519":
            return seq(der_int(0), seq(der_oid(OID_ED25519)), octets(octets(self.seed)))
        if self.kind == "p256":
            return seq(der_int(0), seq(der_oid(OID_EC), der_oid(OID_P256)), octets(self.sec1(False)))
        return seq(der_int(0), seq(der_oid(OID_RSA), NULL), octets(self.pkcs1()))

    def spki(self):
        if self.kind == "ed25519":
            return seq(seq(der_oid(OID_ED25519)), bits(self.pub))
        if self.kind == "p256":
            return seq(seq(der_oid(OID_EC), der_oid(OID_P256)), bits(self.pub))
        k = self.rsa
        return seq(seq(der_oid(OID_RSA), NULL), bits(seq(der_int(k["n"]), der_int(k["e"]))))

    def pem_private(self, fmt="pkcs8"):
        if fmt == "pkcs1":
            return pem("RSA PRIVATE KEY", self.pkcs1())
        if fmt == "sec1":
            return pem("EC PRIVATE KEY", self.sec1())
        return pem("PRIVATE KEY", self.pkcs8())

    def pem_public(self):
        return pem("PUBLIC KEY", self.spki())

    # -- OpenSSH
    def ssh_pub_blob(self):
        return _sshstr(b"ssh-ed25519") + _sshstr(self.pub)

    def openssh_public(self, comment):
        return "ssh-ed25519 %s %s" % (base64.b64encode(self.ssh_pub_blob()).decode(), comment)

    def openssh_private(self, comment, r):
        check = struct.pack(">I", r.getrandbits(32))
        priv = (check + check + _sshstr(b"ssh-ed25519") + _sshstr(self.pub) + _sshstr(self.seed + self.pub)
                + _sshstr(comment.encode()))
        i = 1
        while len(priv) % 8:
            priv += bytes([i])
            i += 1
        blob = (b"openssh-key-v1\x00" + _sshstr(b"none") + _sshstr(b"none") + _sshstr(b"") + struct.pack(">I", 1)
                + _sshstr(self.ssh_pub_blob()) + _sshstr(priv))
        b = base64.b64encode(blob).decode()
        lines = [b[i:i + 70] for i in range(0, len(b), 70)]
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % "\n".join(lines)

    def fingerprint_sha256(self):
        return "SHA256:" + base64.b64encode(hashlib.sha256(self.ssh_pub_blob()).digest()).decode().rstrip("=")

    # -- PuTTY PPK v3 (unencrypted: the MAC key is empty)
    def ppk(self, comment):
        pub = self.ssh_pub_blob()
        priv = _sshstr(self.seed)
        mac = hmac.new(b"", _sshstr(b"ssh-ed25519") + _sshstr(b"none") + _sshstr(comment.encode()) + _sshstr(pub)
                       + _sshstr(priv), hashlib.sha256).hexdigest()

        def lines(b):
            s = base64.b64encode(b).decode()
            return [s[i:i + 64] for i in range(0, len(s), 64)]
        pl, vl = lines(pub), lines(priv)
        return "\n".join(["PuTTY-User-Key-File-3: ssh-ed25519", "Encryption: none", "Comment: " + comment,
                          "Public-Lines: %d" % len(pl)] + pl + ["Private-Lines: %d" % len(vl)] + vl
                         + ["Private-MAC: " + mac])

    # -- JWK (P-256)
    def jwk(self, kid, private=True):
        def b(n):
            return base64.urlsafe_b64encode(n.to_bytes(32, "big")).decode().rstrip("=")
        d = {"kty": "EC", "crv": "P-256", "x": b(self.Q[0]), "y": b(self.Q[1]), "kid": kid, "use": "sig",
             "alg": "ES256"}
        if private:
            d["d"] = b(self.d)
        return d

    # -- self-signed certificate (Ed25519)
    def self_signed_cert(self, cn, org, serial):
        def name():
            return seq(tlv(0x31, seq(der_oid("2.5.4.10"), tlv(0x0c, org.encode()))),
                       tlv(0x31, seq(der_oid("2.5.4.3"), tlv(0x0c, cn.encode()))))
        ski = hashlib.sha1(self.pub).digest()
        exts = seq(
            seq(der_oid("2.5.29.19"), b"\x01\x01\xff", octets(seq(b"\x01\x01\xff"))),
            seq(der_oid("2.5.29.15"), b"\x01\x01\xff", octets(b"\x03\x02\x01\x86")),
            seq(der_oid("2.5.29.14"), octets(octets(ski))))
        tbs = seq(tlv(0xa0, der_int(2)), der_int(serial), seq(der_oid(OID_ED25519)), name(),
                  seq(tlv(0x17, b"240101000000Z"), tlv(0x17, b"441231235959Z")), name(), self.spki(),
                  tlv(0xa3, exts))
        sig = ed25519_sign(self.seed, tbs)
        return pem("CERTIFICATE", seq(tbs, seq(der_oid(OID_ED25519)), bits(sig)))


def _sshstr(b):
    return struct.pack(">I", len(b)) + b


# ------------------------------------------------------------------ checks used by verify.py (pure Python)
def ppk_check(text):
    """Recompute the PPK v3 MAC and derive the Ed25519 public key from the private blob."""
    lines = text.split("\n")
    hdr = {}
    i = 0
    pub = priv = b""
    while i < len(lines):
        k, _, v = lines[i].partition(": ")
        if k in ("Public-Lines", "Private-Lines"):
            n = int(v)
            data = base64.b64decode("".join(lines[i + 1:i + 1 + n]))
            if k == "Public-Lines":
                pub = data
            else:
                priv = data
            i += n + 1
            continue
        hdr[k] = v
        i += 1
    mac = hmac.new(b"", _sshstr(b"ssh-ed25519") + _sshstr(hdr["Encryption"].encode())
                   + _sshstr(hdr["Comment"].encode()) + _sshstr(pub) + _sshstr(priv), hashlib.sha256).hexdigest()
    if mac != hdr.get("Private-MAC"):
        return "PPK MAC mismatch"
    seed = priv[4:4 + struct.unpack(">I", priv[:4])[0]]
    if pub[-32:] != ed25519_public(seed):
        return "PPK public key does not match private"
    return None


def jwk_check(d):
    def i(s):
        return int.from_bytes(base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)), "big")
    Q = p256_public(i(d["d"]))
    if Q != (i(d["x"]), i(d["y"])):
        return "JWK d does not match x/y"
    return None
