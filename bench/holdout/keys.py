"""Structurally valid key material, generated in pure Python from the seeded RNG.

- RSA (PKCS#1 and PKCS#8 PEM, OpenSSH), EC P-256 (SEC1 and PKCS#8), Ed25519 (OpenSSH, PKCS#8)
- public halves: SubjectPublicKeyInfo PEM, ssh-rsa / ssh-ed25519 / ecdsa lines,
  self-signed X.509 certificates, an OpenPGP public key block.
Every PEM body is a DER SEQUENCE whose length header matches the content; every OpenSSH
private key starts with "openssh-key-v1\\0" followed by an SSH string cipher name.
"""
import base64
import hashlib
import struct

from hrand import wrap

# ---------------------------------------------------------------- DER ----


def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, content):
    return bytes([tag]) + der_len(len(content)) + content


def der_int(i):
    b = i.to_bytes(max(1, (i.bit_length() + 8) // 8), "big")  # keeps a leading 0 for sign
    return tlv(0x02, b)


def seq(*items):
    return tlv(0x30, b"".join(items))


def der_set(*items):
    return tlv(0x31, b"".join(items))


def oid(dotted):
    parts = [int(p) for p in dotted.split(".")]
    out = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7F))
            p >>= 7
        out += bytes(reversed(enc))
    return tlv(0x06, out)


NULL = b"\x05\x00"


def octet(b):
    return tlv(0x04, b)


def bitstr(b):
    return tlv(0x03, b"\x00" + b)


def ctx(n, content):
    return tlv(0xA0 | n, content)


def utf8(s):
    return tlv(0x0C, s.encode())


def utctime(s):
    return tlv(0x17, s.encode())


def pem(label, der, width=64):
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (
        label, wrap(base64.b64encode(der).decode(), width), label)


# ---------------------------------------------------------------- RSA ----

_SMALL = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _is_probable_prime(n, rng):
    for p in _SMALL:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(12):
        a = rng.r.randrange(2, n - 2)
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
        c = rng.r.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if _is_probable_prime(c, rng):
            return c


class RSAKey:
    def __init__(self, rng, bits=2048):
        e = 65537
        while True:
            p, q = _prime(bits // 2, rng), _prime(bits // 2, rng)
            if p == q:
                continue
            phi = (p - 1) * (q - 1)
            if phi % e:
                break
        self.n, self.e, self.p, self.q = p * q, e, p, q
        self.d = pow(e, -1, phi)
        self.dp, self.dq, self.qinv = self.d % (p - 1), self.d % (q - 1), pow(q, -1, p)

    def pkcs1_der(self):
        return seq(der_int(0), der_int(self.n), der_int(self.e), der_int(self.d), der_int(self.p),
                   der_int(self.q), der_int(self.dp), der_int(self.dq), der_int(self.qinv))

    def pkcs1_pem(self):
        return pem("RSA PRIVATE KEY", self.pkcs1_der())

    def pkcs8_pem(self):
        return pem("PRIVATE KEY", seq(der_int(0), seq(oid("1.2.840.113549.1.1.1"), NULL),
                                      octet(self.pkcs1_der())))

    def spki_der(self):
        return seq(seq(oid("1.2.840.113549.1.1.1"), NULL),
                   bitstr(seq(der_int(self.n), der_int(self.e))))

    def public_pem(self):
        return pem("PUBLIC KEY", self.spki_der())

    def ssh_public(self, comment):
        blob = sshstr(b"ssh-rsa") + mpint(self.e) + mpint(self.n)
        return "ssh-rsa %s %s" % (base64.b64encode(blob).decode(), comment)

    def sign_sha256(self, data):
        digest_info = seq(seq(oid("2.16.840.1.101.3.4.2.1"), NULL), octet(hashlib.sha256(data).digest()))
        k = (self.n.bit_length() + 7) // 8
        em = b"\x00\x01" + b"\xff" * (k - 3 - len(digest_info)) + b"\x00" + digest_info
        return pow(int.from_bytes(em, "big"), self.d, self.n).to_bytes(k, "big")

    def openssh_private(self, rng, comment):
        pub = sshstr(b"ssh-rsa") + mpint(self.e) + mpint(self.n)
        priv = (sshstr(b"ssh-rsa") + mpint(self.n) + mpint(self.e) + mpint(self.d) +
                mpint(self.qinv) + mpint(self.p) + mpint(self.q) + sshstr(comment.encode()))
        return _openssh_container(rng, pub, priv)

    def self_signed_cert(self, rng, cn, org="Example Corp", nb="240101000000Z", na="340101000000Z"):
        name = seq(der_set(seq(oid("2.5.4.6"), tlv(0x13, b"US"))),
                   der_set(seq(oid("2.5.4.10"), utf8(org))),
                   der_set(seq(oid("2.5.4.3"), utf8(cn))))
        alg = seq(oid("1.2.840.113549.1.1.11"), NULL)
        tbs = seq(ctx(0, der_int(2)), der_int(rng.r.getrandbits(63)), alg, name,
                  seq(utctime(nb), utctime(na)), name, self.spki_der())
        return pem("CERTIFICATE", seq(tbs, alg, bitstr(self.sign_sha256(tbs))))


# ---------------------------------------------------------------- P-256 --
_P = 0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF
_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
_A = _P - 3
_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
      0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)


def _ec_add(p1, p2):
    if p1 is None:
        return p2
    if p2 is None:
        return p1
    if p1[0] == p2[0] and (p1[1] + p2[1]) % _P == 0:
        return None
    if p1 == p2:
        lam = (3 * p1[0] * p1[0] + _A) * pow(2 * p1[1], -1, _P) % _P
    else:
        lam = (p2[1] - p1[1]) * pow(p2[0] - p1[0], -1, _P) % _P
    x = (lam * lam - p1[0] - p2[0]) % _P
    return x, (lam * (p1[0] - x) - p1[1]) % _P


def _ec_mul(k, pt):
    acc = None
    while k:
        if k & 1:
            acc = _ec_add(acc, pt)
        pt = _ec_add(pt, pt)
        k >>= 1
    return acc


class ECKey:
    def __init__(self, rng):
        self.d = rng.r.randrange(1, _N)
        x, y = _ec_mul(self.d, _G)
        self.pub = b"\x04" + x.to_bytes(32, "big") + y.to_bytes(32, "big")

    def _sec1(self, with_params=True):
        items = [der_int(1), octet(self.d.to_bytes(32, "big"))]
        if with_params:
            items.append(ctx(0, oid("1.2.840.10045.3.1.7")))
        items.append(ctx(1, bitstr(self.pub)))
        return seq(*items)

    def sec1_pem(self):
        return pem("EC PRIVATE KEY", self._sec1())

    def pkcs8_pem(self):
        return pem("PRIVATE KEY", seq(der_int(0), seq(oid("1.2.840.10045.2.1"), oid("1.2.840.10045.3.1.7")),
                                      octet(self._sec1(False))))

    def public_pem(self):
        return pem("PUBLIC KEY", seq(seq(oid("1.2.840.10045.2.1"), oid("1.2.840.10045.3.1.7")),
                                     bitstr(self.pub)))

    def ssh_public(self, comment):
        blob = sshstr(b"ecdsa-sha2-nistp256") + sshstr(b"nistp256") + sshstr(self.pub)
        return "ecdsa-sha2-nistp256 %s %s" % (base64.b64encode(blob).decode(), comment)


# ---------------------------------------------------------------- Ed25519
_q = 2 ** 255 - 19
_l = 2 ** 252 + 27742317777372353535851937790883648493
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


def _ed_add(p, q):
    x1, y1 = p
    x2, y2 = q
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


class Ed25519Key:
    def __init__(self, rng):
        self.seed = rng.bytes(32)
        h = hashlib.sha512(self.seed).digest()
        a = int.from_bytes(h[:32], "little")
        a &= (1 << 254) - 8
        a |= 1 << 254
        x, y = _ed_mul(a, _B)
        self.pub = (y | ((x & 1) << 255)).to_bytes(32, "little")

    def _pubblob(self):
        return sshstr(b"ssh-ed25519") + sshstr(self.pub)

    def ssh_public(self, comment):
        return "ssh-ed25519 %s %s" % (base64.b64encode(self._pubblob()).decode(), comment)

    def openssh_private(self, rng, comment):
        priv = (sshstr(b"ssh-ed25519") + sshstr(self.pub) + sshstr(self.seed + self.pub) +
                sshstr(comment.encode()))
        return _openssh_container(rng, self._pubblob(), priv)

    def pkcs8_pem(self):
        return pem("PRIVATE KEY", seq(der_int(0), seq(oid("1.3.101.112")), octet(octet(self.seed))))


# ---------------------------------------------------------------- SSH ----

def sshstr(b):
    return struct.pack(">I", len(b)) + b


def mpint(i):
    return sshstr(i.to_bytes((i.bit_length() + 8) // 8, "big"))


def _openssh_container(rng, pubblob, privbody):
    check = rng.bytes(4)
    inner = check + check + privbody
    pad = 1
    while len(inner) % 8:
        inner += bytes([pad])
        pad += 1
    blob = (b"openssh-key-v1\x00" + sshstr(b"none") + sshstr(b"none") + sshstr(b"") +
            struct.pack(">I", 1) + sshstr(pubblob) + sshstr(inner))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % wrap(
        base64.b64encode(blob).decode(), 70)


# ---------------------------------------------------------------- OpenPGP (public only)

def _crc24(data):
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_public_block(rsa, uid, created=1700000000):
    def mpi(i):
        return struct.pack(">H", i.bit_length()) + i.to_bytes((i.bit_length() + 7) // 8, "big")
    body = b"\x04" + struct.pack(">I", created) + b"\x01" + mpi(rsa.n) + mpi(rsa.e)
    pkt = b"\x99" + struct.pack(">H", len(body)) + body
    u = uid.encode()
    pkt += b"\xb4" + bytes([len(u)]) + u
    crc = base64.b64encode(_crc24(pkt).to_bytes(3, "big")).decode()
    return ("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n%s\n=%s\n-----END PGP PUBLIC KEY BLOCK-----"
            % (wrap(base64.b64encode(pkt).decode(), 64), crc))


class KeyPool:
    """Lazily generated, cached keys so the corpus needs only a handful of RSA key generations."""

    def __init__(self, rng):
        self.rng = rng
        self._rsa = []

    def rsa(self, bits=2048):
        k = RSAKey(self.rng, bits)
        self._rsa.append(k)
        return k

    def ec(self):
        return ECKey(self.rng)

    def ed(self):
        return Ed25519Key(self.rng)
