"""Real private keys from seeded randomness: RSA, P-256, Ed25519; PKCS#1, SEC1, PKCS#8, SPKI, OpenSSH,
PuTTY PPK v2/v3, JWK; bech32 age keys (twenty-second corpus). Pure standard library."""
import base64
import hashlib
import hmac
import struct

# ------------------------------------------------------------------ DER
def _len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, body):
    return bytes([tag]) + _len(len(body)) + body


def der_int(x):
    b = x.to_bytes(max(1, (x.bit_length() + 8) // 8), "big")
    return tlv(0x02, b)


def seq(*parts):
    return tlv(0x30, b"".join(parts))


def oid(dotted):
    p = [int(x) for x in dotted.split(".")]
    out = bytes([40 * p[0] + p[1]])
    for n in p[2:]:
        enc = [n & 0x7F]
        n >>= 7
        while n:
            enc.append(0x80 | (n & 0x7F))
            n >>= 7
        out += bytes(reversed(enc))
    return tlv(0x06, out)


def pem(label, der):
    b = base64.b64encode(der).decode()
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(b[i:i + 64] for i in range(0, len(b), 64)), label)


# ------------------------------------------------------------------ RSA
def _is_probable_prime(n, rng):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(24):
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


SMALL = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _prime(bits, rng):
    while True:
        c = rng.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if any(c % p == 0 for p in SMALL):
            continue
        if (c - 1) % 65537 and _is_probable_prime(c, rng):
            return c


def rsa_key(rng, bits=2048):
    e = 65537
    while True:
        p, q = _prime(bits // 2, rng), _prime(bits // 2, rng)
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
                "dp": d % (p - 1), "dq": d % (q - 1), "qi": pow(q, -1, p)}


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


# ------------------------------------------------------------------ P-256
P256 = dict(p=2**256 - 2**224 + 2**192 + 2**96 - 1, a=-3,
            b=0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b,
            n=0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551,
            G=(0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
               0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5))


def _ec_add(P, Q):
    p = P256["p"]
    if P is None:
        return Q
    if Q is None:
        return P
    if P[0] == Q[0] and (P[1] + Q[1]) % p == 0:
        return None
    if P == Q:
        lam = (3 * P[0] * P[0] + P256["a"]) * pow(2 * P[1], -1, p) % p
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, p) % p
    x = (lam * lam - P[0] - Q[0]) % p
    return (x, (lam * (P[0] - x) - P[1]) % p)


def ec_mul(k, P=None):
    P = P or P256["G"]
    R = None
    while k:
        if k & 1:
            R = _ec_add(R, P)
        P = _ec_add(P, P)
        k >>= 1
    return R


def ec_key(rng):
    d = rng.randrange(1, P256["n"])
    x, y = ec_mul(d)
    return {"type": "ec", "d": d, "x": x, "y": y}


def ec_point(k):
    return b"\x04" + k["x"].to_bytes(32, "big") + k["y"].to_bytes(32, "big")


# ------------------------------------------------------------------ Ed25519 (RFC 8032)
_q = 2**255 - 19
_l = 2**252 + 27742317777372353535851937790883648493
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


def _edadd(P, Q):
    x1, y1 = P
    x2, y2 = Q
    t = _d * x1 * x2 * y1 * y2
    return ((x1 * y2 + x2 * y1) * pow(1 + t, -1, _q) % _q, (y1 * y2 + x1 * x2) * pow(1 - t, -1, _q) % _q)


def _edmul(P, e):
    R = (0, 1)
    while e:
        if e & 1:
            R = _edadd(R, P)
        P = _edadd(P, P)
        e >>= 1
    return R


def ed25519_public(seed):
    h = hashlib.sha512(seed).digest()
    a = 2**254 + sum(2**i * ((h[i // 8] >> (i % 8)) & 1) for i in range(3, 254))
    x, y = _edmul(_B, a)
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def ed_key(rng):
    seed = bytes(rng.getrandbits(8) for _ in range(32))
    return {"type": "ed25519", "seed": seed, "pub": ed25519_public(seed)}


# ------------------------------------------------------------------ encodings
def pkcs1(k):
    return pem("RSA PRIVATE KEY", seq(der_int(0), *[der_int(k[x]) for x in ("n", "e", "d", "p", "q", "dp", "dq", "qi")]))


def sec1(k):
    body = seq(der_int(1), tlv(0x04, k["d"].to_bytes(32, "big")), tlv(0xA0, oid("1.2.840.10045.3.1.7")),
               tlv(0xA1, tlv(0x03, b"\x00" + ec_point(k))))
    return pem("EC PRIVATE KEY", body)


def pkcs8(k):
    if k["type"] == "rsa":
        alg = seq(oid("1.2.840.113549.1.1.1"), b"\x05\x00")
        inner = seq(der_int(0), *[der_int(k[x]) for x in ("n", "e", "d", "p", "q", "dp", "dq", "qi")])
    elif k["type"] == "ec":
        alg = seq(oid("1.2.840.10045.2.1"), oid("1.2.840.10045.3.1.7"))
        inner = seq(der_int(1), tlv(0x04, k["d"].to_bytes(32, "big")), tlv(0xA1, tlv(0x03, b"\x00" + ec_point(k))))
    else:
        alg = seq(oid("1.3.101.112"))
        inner = tlv(0x04, k["seed"])
    return pem("PRIVATE KEY", seq(der_int(0), alg, tlv(0x04, inner)))


def spki(k):
    if k["type"] == "rsa":
        alg = seq(oid("1.2.840.113549.1.1.1"), b"\x05\x00")
        bits = seq(der_int(k["n"]), der_int(k["e"]))
    elif k["type"] == "ec":
        alg = seq(oid("1.2.840.10045.2.1"), oid("1.2.840.10045.3.1.7"))
        bits = ec_point(k)
    else:
        alg = seq(oid("1.3.101.112"))
        bits = k["pub"]
    return pem("PUBLIC KEY", seq(alg, tlv(0x03, b"\x00" + bits)))


def _s(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def _mp(x):
    b = x.to_bytes((x.bit_length() + 8) // 8, "big") if x else b""
    return _s(b)


def ssh_name(k):
    return {"rsa": "ssh-rsa", "ec": "ecdsa-sha2-nistp256", "ed25519": "ssh-ed25519"}[k["type"]]


def ssh_pub_blob(k):
    if k["type"] == "rsa":
        return _s("ssh-rsa") + _mp(k["e"]) + _mp(k["n"])
    if k["type"] == "ec":
        return _s("ecdsa-sha2-nistp256") + _s("nistp256") + _s(ec_point(k))
    return _s("ssh-ed25519") + _s(k["pub"])


def ssh_pub_line(k, comment):
    return "%s %s %s" % (ssh_name(k), base64.b64encode(ssh_pub_blob(k)).decode(), comment)


def openssh(k, comment, rng):
    chk = rng.getrandbits(32)
    priv = struct.pack(">II", chk, chk)
    if k["type"] == "rsa":
        priv += _s("ssh-rsa") + _mp(k["n"]) + _mp(k["e"]) + _mp(k["d"]) + _mp(k["qi"]) + _mp(k["p"]) + _mp(k["q"])
    elif k["type"] == "ec":
        priv += _s("ecdsa-sha2-nistp256") + _s("nistp256") + _s(ec_point(k)) + _mp(k["d"])
    else:
        priv += _s("ssh-ed25519") + _s(k["pub"]) + _s(k["seed"] + k["pub"])
    priv += _s(comment)
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = b"openssh-key-v1\x00" + _s("none") + _s("none") + _s(b"") + struct.pack(">I", 1) + _s(ssh_pub_blob(k)) + _s(priv)
    b = base64.b64encode(blob).decode()
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % "\n".join(
        b[i:i + 70] for i in range(0, len(b), 70))


def ppk(k, comment, version=3):
    name = ssh_name(k)
    pub = ssh_pub_blob(k)
    if k["type"] == "rsa":
        priv = _mp(k["d"]) + _mp(k["p"]) + _mp(k["q"]) + _mp(k["qi"])
    elif k["type"] == "ec":
        priv = _mp(k["d"])
    else:
        priv = _s(k["seed"])
    macdata = _s(name) + _s("none") + _s(comment) + _s(pub) + _s(priv)
    if version == 2:
        mac = hmac.new(hashlib.sha1(b"putty-private-key-file-mac-key").digest(), macdata, hashlib.sha1).hexdigest()
    else:
        mac = hmac.new(b"", macdata, hashlib.sha256).hexdigest()

    def lines(b):
        t = base64.b64encode(b).decode()
        return [t[i:i + 64] for i in range(0, len(t), 64)]
    pl, vl = lines(pub), lines(priv)
    out = ["PuTTY-User-Key-File-%d: %s" % (version, name), "Encryption: none", "Comment: %s" % comment,
           "Public-Lines: %d" % len(pl)] + pl + ["Private-Lines: %d" % len(vl)] + vl + ["Private-MAC: %s" % mac]
    return "\n".join(out)


def _b64u_int(x, size=None):
    b = x.to_bytes(size or (x.bit_length() + 7) // 8, "big")
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def _b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwk(k, kid, private=True):
    if k["type"] == "rsa":
        j = {"kty": "RSA", "kid": kid, "use": "sig", "alg": "RS256", "n": _b64u_int(k["n"]), "e": _b64u_int(k["e"])}
        if private:
            j.update({x: _b64u_int(k[y]) for x, y in (("d", "d"), ("p", "p"), ("q", "q"), ("dp", "dp"), ("dq", "dq"), ("qi", "qi"))})
    elif k["type"] == "ec":
        j = {"kty": "EC", "kid": kid, "use": "sig", "alg": "ES256", "crv": "P-256", "x": _b64u_int(k["x"], 32), "y": _b64u_int(k["y"], 32)}
        if private:
            j["d"] = _b64u_int(k["d"], 32)
    else:
        j = {"kty": "OKP", "kid": kid, "use": "sig", "alg": "EdDSA", "crv": "Ed25519", "x": _b64u(k["pub"])}
        if private:
            j["d"] = _b64u(k["seed"])
    return j


# ------------------------------------------------------------------ bech32 (age)
_CH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def bech32(hrp, data8):
    acc, bits, data = 0, 0, []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    return hrp + "1" + "".join(_CH[d] for d in data + [(pm >> 5 * (5 - i)) & 31 for i in range(6)])


def bech32_ok(s):
    s = s.lower()
    hrp, data = s.rsplit("1", 1)
    return _polymod(_hrp_expand(hrp) + [_CH.index(c) for c in data]) == 1


def age_secret(rng):
    return bech32("age-secret-key-", bytes(rng.getrandbits(8) for _ in range(32))).upper()


def age_public(rng):
    return bech32("age", bytes(rng.getrandbits(8) for _ in range(32)))
