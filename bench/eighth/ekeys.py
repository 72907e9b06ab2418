"""Real key material in pure Python (written from RFC 8017, SEC 1, RFC 5208/5958, RFC 5280,
RFC 8032 and OpenSSH PROTOCOL.key). Deterministic: every random choice comes from the caller's
random.Random."""

import base64
import hashlib
import json
import struct

# ------------------------------------------------------------------ DER
def _len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, body):
    return bytes([tag]) + _len(len(body)) + body


def der_int(v):
    b = v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big")
    return tlv(0x02, b)


def seq(*parts):
    return tlv(0x30, b"".join(parts))


def octet(b):
    return tlv(0x04, b)


def bitstr(b):
    return tlv(0x03, b"\x00" + b)


NULL = b"\x05\x00"


def oid(dotted):
    parts = [int(x) for x in dotted.split(".")]
    out = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7F))
            p >>= 7
        out += bytes(reversed(enc))
    return tlv(0x06, out)


def ctx(n, body, constructed=True):
    return tlv((0xA0 if constructed else 0x80) | n, body)


def der_parse(data, pos=0):
    """Returns (tag, body, next_pos)."""
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
        t, b, pos = der_parse(body, pos)
        out.append((t, b))
    return out


OID_RSA = "1.2.840.113549.1.1.1"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_ED25519 = "1.3.101.112"
OID_ECDSA_SHA256 = "1.2.840.10045.4.3.2"


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + width] for i in range(0, len(b), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def i2b(v, n=None):
    n = n or max(1, (v.bit_length() + 7) // 8)
    return v.to_bytes(n, "big")


# ------------------------------------------------------------------ RSA
_SMALL = [p for p in range(3, 2000, 2) if all(p % q for q in range(3, int(p ** 0.5) + 1, 2))]


def _probable_prime(n, rng, rounds=12):
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


def _prime(bits, rng, e=65537):
    while True:
        c = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if (c - 1) % e and _probable_prime(c, rng):
            return c


class RSAKey:
    kind = "rsa"

    def __init__(self, rng, bits=2048):
        e = 65537
        while True:
            p, q = _prime(bits // 2, rng), _prime(bits // 2, rng)
            if p != q:
                break
        if p < q:
            p, q = q, p
        self.p, self.q, self.e, self.n = p, q, e, p * q
        self.d = pow(e, -1, (p - 1) * (q - 1))
        self.dp, self.dq, self.qi = self.d % (p - 1), self.d % (q - 1), pow(q, -1, p)

    def pkcs1(self):
        return seq(*[der_int(v) for v in (0, self.n, self.e, self.d, self.p, self.q, self.dp, self.dq, self.qi)])

    def pkcs8(self):
        return seq(der_int(0), seq(oid(OID_RSA), NULL), octet(self.pkcs1()))

    def spki(self):
        return seq(seq(oid(OID_RSA), NULL), bitstr(seq(der_int(self.n), der_int(self.e))))

    def pem_pkcs1(self):
        return pem("RSA PRIVATE KEY", self.pkcs1())

    def pem_pkcs8(self):
        return pem("PRIVATE KEY", self.pkcs8())

    def pem_public(self):
        return pem("PUBLIC KEY", self.spki())

    def jwk(self, kid=None, private=True):
        j = {"kty": "RSA", "n": b64u(i2b(self.n)), "e": b64u(i2b(self.e))}
        if kid:
            j["kid"] = kid
        if private:
            for k, v in (("d", self.d), ("p", self.p), ("q", self.q), ("dp", self.dp), ("dq", self.dq), ("qi", self.qi)):
                j[k] = b64u(i2b(v))
        return j

    def ssh_pub_blob(self):
        return sshstr(b"ssh-rsa") + mpint(self.e) + mpint(self.n)

    def ssh_priv_part(self):
        return (sshstr(b"ssh-rsa") + mpint(self.n) + mpint(self.e) + mpint(self.d) + mpint(self.qi)
                + mpint(self.p) + mpint(self.q))

    ssh_type = "ssh-rsa"


# ------------------------------------------------------------------ P-256
P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
A = P - 3
B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b
N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
G = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
     0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def ec_add(p1, p2):
    if p1 is None:
        return p2
    if p2 is None:
        return p1
    (x1, y1), (x2, y2) = p1, p2
    if x1 == x2:
        if (y1 + y2) % P == 0:
            return None
        lam = (3 * x1 * x1 + A) * pow(2 * y1, -1, P) % P
    else:
        lam = (y2 - y1) * pow(x2 - x1, -1, P) % P
    x3 = (lam * lam - x1 - x2) % P
    return x3, (lam * (x1 - x3) - y1) % P


def ec_mul(k, pt=G):
    r = None
    while k:
        if k & 1:
            r = ec_add(r, pt)
        pt = ec_add(pt, pt)
        k >>= 1
    return r


def on_curve(pt):
    x, y = pt
    return (y * y - (x * x * x + A * x + B)) % P == 0


class ECKey:
    kind = "ec"
    ssh_type = "ecdsa-sha2-nistp256"

    def __init__(self, rng):
        self.d = rng.randrange(1, N)
        self.Q = ec_mul(self.d)

    def point(self):
        return b"\x04" + i2b(self.Q[0], 32) + i2b(self.Q[1], 32)

    def sec1(self, with_params=True):
        parts = [der_int(1), octet(i2b(self.d, 32))]
        if with_params:
            parts.append(ctx(0, oid(OID_P256)))
        parts.append(ctx(1, bitstr(self.point())))
        return seq(*parts)

    def pkcs8(self):
        return seq(der_int(0), seq(oid(OID_EC), oid(OID_P256)), octet(self.sec1(False)))

    def spki(self):
        return seq(seq(oid(OID_EC), oid(OID_P256)), bitstr(self.point()))

    def pem_sec1(self):
        return pem("EC PRIVATE KEY", self.sec1())

    def pem_pkcs8(self):
        return pem("PRIVATE KEY", self.pkcs8())

    def pem_public(self):
        return pem("PUBLIC KEY", self.spki())

    def jwk(self, kid=None, private=True):
        j = {"kty": "EC", "crv": "P-256", "x": b64u(i2b(self.Q[0], 32)), "y": b64u(i2b(self.Q[1], 32))}
        if kid:
            j["kid"] = kid
        if private:
            j["d"] = b64u(i2b(self.d, 32))
        return j

    def sign(self, msg, rng):
        z = int.from_bytes(hashlib.sha256(msg).digest(), "big")
        while True:
            k = rng.randrange(1, N)
            r = ec_mul(k)[0] % N
            s = pow(k, -1, N) * (z + r * self.d) % N
            if r and s:
                return seq(der_int(r), der_int(s))

    def ssh_pub_blob(self):
        return sshstr(b"ecdsa-sha2-nistp256") + sshstr(b"nistp256") + sshstr(self.point())

    def ssh_priv_part(self):
        return sshstr(b"ecdsa-sha2-nistp256") + sshstr(b"nistp256") + sshstr(self.point()) + mpint(self.d)


# ------------------------------------------------------------------ Ed25519 (RFC 8032)
EP = 2 ** 255 - 19
ED = -121665 * pow(121666, -1, EP) % EP
EQ = 2 ** 252 + 27742317777372353535851937790883648493


def _xrecover(y):
    xx = (y * y - 1) * pow(ED * y * y + 1, -1, EP)
    x = pow(xx, (EP + 3) // 8, EP)
    if (x * x - xx) % EP:
        x = x * pow(2, (EP - 1) // 4, EP) % EP
    if x % 2:
        x = EP - x
    return x


_BY = 4 * pow(5, -1, EP) % EP
EB = (_xrecover(_BY), _BY, 1, _xrecover(_BY) * _BY % EP)


def _ed_add(p1, p2):
    x1, y1, z1, t1 = p1
    x2, y2, z2, t2 = p2
    a = (y1 - x1) * (y2 - x2) % EP
    b = (y1 + x1) * (y2 + x2) % EP
    c = t1 * 2 * ED * t2 % EP
    d = z1 * 2 * z2 % EP
    e, f, g, h = b - a, d - c, d + c, b + a
    return e * f % EP, g * h % EP, f * g % EP, e * h % EP


def _ed_mul(s, pt):
    q = (0, 1, 1, 0)
    while s:
        if s & 1:
            q = _ed_add(q, pt)
        pt = _ed_add(pt, pt)
        s >>= 1
    return q


def ed25519_public(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    x, y, z, _ = _ed_mul(a, EB)
    zi = pow(z, -1, EP)
    x, y = x * zi % EP, y * zi % EP
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


assert ed25519_public(bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")).hex() == \
    "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "RFC 8032 test vector 1"


class EdKey:
    kind = "ed25519"
    ssh_type = "ssh-ed25519"

    def __init__(self, rng):
        self.seed = bytes(rng.getrandbits(8) for _ in range(32))
        self.pub = ed25519_public(self.seed)

    def pkcs8(self):
        return seq(der_int(0), seq(oid(OID_ED25519)), octet(octet(self.seed)))

    def spki(self):
        return seq(seq(oid(OID_ED25519)), bitstr(self.pub))

    def pem_pkcs8(self):
        return pem("PRIVATE KEY", self.pkcs8())

    def pem_public(self):
        return pem("PUBLIC KEY", self.spki())

    def jwk(self, kid=None, private=True):
        j = {"kty": "OKP", "crv": "Ed25519", "x": b64u(self.pub)}
        if kid:
            j["kid"] = kid
        if private:
            j["d"] = b64u(self.seed)
        return j

    def ssh_pub_blob(self):
        return sshstr(b"ssh-ed25519") + sshstr(self.pub)

    def ssh_priv_part(self):
        return sshstr(b"ssh-ed25519") + sshstr(self.pub) + sshstr(self.seed + self.pub)


# ------------------------------------------------------------------ OpenSSH
def sshstr(b):
    return struct.pack(">I", len(b)) + b


def mpint(v):
    b = v.to_bytes((v.bit_length() + 8) // 8, "big") if v else b""
    return sshstr(b)


def openssh_private(key, comment, rng):
    check = rng.getrandbits(32)
    priv = struct.pack(">II", check, check) + key.ssh_priv_part() + sshstr(comment.encode())
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = (b"openssh-key-v1\x00" + sshstr(b"none") + sshstr(b"none") + sshstr(b"") + struct.pack(">I", 1)
            + sshstr(key.ssh_pub_blob()) + sshstr(priv))
    b = base64.b64encode(blob).decode()
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % "\n".join(
        b[i:i + 70] for i in range(0, len(b), 70))


def openssh_public(key, comment):
    return "%s %s %s" % (key.ssh_type, base64.b64encode(key.ssh_pub_blob()).decode(), comment)


# ------------------------------------------------------------------ X.509
def _name(cn, org):
    def rdn(o, v):
        return tlv(0x31, seq(oid(o), tlv(0x0C, v.encode())))
    return seq(rdn("2.5.4.6", "US"), rdn("2.5.4.10", org), rdn("2.5.4.3", cn))


def certificate(subject_key, cn, org, signer, rng, years=(2024, 2027)):
    serial = rng.getrandbits(63) | (1 << 62)
    alg = seq(oid(OID_ECDSA_SHA256))
    validity = seq(tlv(0x17, ("%02d0301000000Z" % (years[0] % 100)).encode()),
                   tlv(0x17, ("%02d0301000000Z" % (years[1] % 100)).encode()))
    tbs = seq(ctx(0, der_int(2)), der_int(serial), alg, _name(cn + " CA", org), validity, _name(cn, org),
              subject_key.spki())
    sig = signer.sign(tbs, rng)
    return pem("CERTIFICATE", seq(tbs, alg, bitstr(sig)))


def fingerprint(der):
    return hashlib.sha256(der).hexdigest()


# ------------------------------------------------------------------ structural checks (used by verify.py)
def pem_blocks(text):
    """Yields (label, der) for PEM blocks in text; tolerates indentation and literal \\n."""
    import re
    t = text.replace("\\n", "\n").replace("\\r", "")
    for m in re.finditer(r"-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \1-----", t, re.S):
        body = re.sub(r"[^A-Za-z0-9+/=]", "", re.sub(r"^[ \t]*[\"'`]|[\"'`,;+]*[ \t]*$", "", m.group(2), flags=re.M))
        body = "".join(ch for ch in m.group(2) if ch.isalnum() or ch in "+/=")
        yield m.group(1), base64.b64decode(body)


def check_private_der(label, der):
    """Raises on an inconsistent key. Returns a short description."""
    if label == "RSA PRIVATE KEY":
        return _check_pkcs1(der)
    if label == "EC PRIVATE KEY":
        return _check_sec1(der, None)
    if label == "PRIVATE KEY":
        t, body, _ = der_parse(der)
        ch = der_children(body)
        alg = der_children(ch[1][1])
        algo = tlv(alg[0][0], alg[0][1])
        if algo == oid(OID_RSA):
            return _check_pkcs1(ch[2][1])
        if algo == oid(OID_EC):
            return _check_sec1(ch[2][1], None)
        if algo == oid(OID_ED25519):
            t2, seed, _ = der_parse(ch[2][1])
            assert len(seed) == 32
            return "ed25519"
        raise ValueError("unknown PKCS#8 algorithm")
    if label == "OPENSSH PRIVATE KEY":
        return check_openssh(der)
    raise ValueError("unknown private label " + label)


def _ints(body):
    return [int.from_bytes(b, "big") for t, b in der_children(body) if t == 0x02]


def _check_pkcs1(der):
    t, body, _ = der_parse(der)
    v, n, e, d, p, q, dp, dq, qi = _ints(body)
    assert n == p * q and d * e % ((p - 1) * (q - 1) // _gcd(p - 1, q - 1)) == 1
    assert dp == d % (p - 1) and dq == d % (q - 1) and qi * q % p == 1
    return "rsa%d" % n.bit_length()


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def _check_sec1(der, _):
    t, body, _ = der_parse(der)
    ch = der_children(body)
    d = int.from_bytes(ch[1][1], "big")
    pub = [b for t, b in ch if t == 0xA1][0]
    _, bits, _ = der_parse(pub)
    pt = bits[1:]
    assert pt[0] == 4 and ec_mul(d) == (int.from_bytes(pt[1:33], "big"), int.from_bytes(pt[33:], "big"))
    return "p256"


def check_openssh(blob):
    assert blob.startswith(b"openssh-key-v1\x00")
    pos = 15

    def rd():
        nonlocal pos
        ln = struct.unpack(">I", blob[pos:pos + 4])[0]
        pos += 4
        v = blob[pos:pos + ln]
        pos += ln
        return v
    assert rd() == b"none" and rd() == b"none"
    rd()
    pos += 4
    pubblob = rd()
    priv = rd()
    c1, c2 = struct.unpack(">II", priv[:8])
    assert c1 == c2
    p2 = 8

    def rp():
        nonlocal p2
        ln = struct.unpack(">I", priv[p2:p2 + 4])[0]
        p2 += 4
        v = priv[p2:p2 + ln]
        p2 += ln
        return v
    typ = rp()
    if typ == b"ssh-ed25519":
        pub = rp()
        sk = rp()
        assert sk[32:] == pub and ed25519_public(sk[:32]) == pub
        assert pubblob == sshstr(typ) + sshstr(pub)
        return "openssh-ed25519"
    if typ == b"ssh-rsa":
        n, e, d, iqmp, p, q = [int.from_bytes(rp(), "big") for _ in range(6)]
        assert n == p * q and iqmp * q % p == 1
        assert pubblob == sshstr(typ) + mpint(e) + mpint(n)
        return "openssh-rsa"
    if typ == b"ecdsa-sha2-nistp256":
        rp()
        pt = rp()
        d = int.from_bytes(rp(), "big")
        assert ec_mul(d) == (int.from_bytes(pt[1:33], "big"), int.from_bytes(pt[33:], "big"))
        return "openssh-ecdsa"
    raise ValueError("unknown openssh type")


def check_jwk(j):
    if j["kty"] == "RSA":
        f = lambda k: int.from_bytes(base64.urlsafe_b64decode(j[k] + "=" * (-len(j[k]) % 4)), "big")
        assert f("n") == f("p") * f("q")
    elif j["kty"] == "EC":
        f = lambda k: int.from_bytes(base64.urlsafe_b64decode(j[k] + "=" * (-len(j[k]) % 4)), "big")
        assert ec_mul(f("d")) == (f("x"), f("y"))
    elif j["kty"] == "OKP":
        dd = base64.urlsafe_b64decode(j["d"] + "=" * (-len(j["d"]) % 4))
        assert b64u(ed25519_public(dd)) == j["x"]
    else:
        raise ValueError("kty")
    return j["kty"]
