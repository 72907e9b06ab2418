"""Parse and check private keys shown in the corpus (PKCS#1, SEC1, PKCS#8, OpenSSH, PPK v2/v3, JWK)."""

import base64
import hashlib
import hmac
import json
import math
import struct

import crypto21 as C


class KeyError21(Exception):
    pass


def _need(cond, msg):
    if not cond:
        raise KeyError21(msg)


def pem_body(text, label):
    lines = [ln.strip() for ln in text.strip().splitlines()]
    _need(lines[0] == "-----BEGIN %s-----" % label and lines[-1] == "-----END %s-----" % label, "PEM armour " + label)
    return base64.b64decode("".join(lines[1:-1]), validate=True)


def check_rsa(n, e, d, p, q, dp=None, dq=None, qi=None):
    _need(n == p * q, "RSA n != p*q")
    lam = (p - 1) * (q - 1) // math.gcd(p - 1, q - 1)
    _need(e * d % lam == 1, "RSA e*d != 1 mod lambda")
    if dp is not None:
        _need(dp == d % (p - 1) and dq == d % (q - 1) and qi * q % p == 1, "RSA CRT values")
    _need(n.bit_length() >= 2048, "RSA size")


def parse_pkcs1(der):
    tag, body, _ = C.der_parse(der)
    kids = [C.der_to_int(b) for t, b in C.der_children(body)]
    _need(len(kids) == 9 and kids[0] == 0, "PKCS#1 shape")
    check_rsa(*kids[1:])
    return "rsa"


def parse_sec1(der, need_params=True):
    tag, body, _ = C.der_parse(der)
    kids = C.der_children(body)
    _need(kids[0] == (0x02, b"\x01"), "SEC1 version")
    d = C.der_to_int(kids[1][1])
    pub = None
    for t, b in kids[2:]:
        if t == 0xA1:
            _, bits, _ = C.der_parse(b)
            pub = bits[1:]
        if t == 0xA0:
            _need(C.der_parse(b)[1] == C.der_oid(C.OID_P256)[2:], "SEC1 curve")
    _need(pub is not None, "SEC1 public point")
    Q = C.p256_mul(d)
    _need(pub == C.p256_point_bytes(Q), "EC Q != d*G")
    return "ec"


def parse_pkcs8(der):
    tag, body, _ = C.der_parse(der)
    kids = C.der_children(body)
    _need(kids[0] == (0x02, b"\x00"), "PKCS#8 version")
    alg = C.der_children(kids[1][1])
    oid = C.der(alg[0][0], alg[0][1])
    inner = kids[2][1]
    if oid == C.der_oid(C.OID_RSA):
        return parse_pkcs1(inner)
    if oid == C.der_oid(C.OID_EC):
        return parse_sec1(inner, need_params=False)
    if oid == C.der_oid(C.OID_ED25519):
        _, seed, _ = C.der_parse(inner)
        _need(len(seed) == 32, "Ed25519 seed length")
        return "ed25519"
    raise KeyError21("PKCS#8 algorithm")


class Reader:
    def __init__(self, b):
        self.b, self.i = b, 0

    def u32(self):
        v = struct.unpack(">I", self.b[self.i:self.i + 4])[0]
        self.i += 4
        return v

    def s(self):
        n = self.u32()
        v = self.b[self.i:self.i + n]
        _need(len(v) == n, "short SSH string")
        self.i += n
        return v

    def mp(self):
        return int.from_bytes(self.s(), "big")


def parse_openssh(text):
    blob = pem_body(text, "OPENSSH PRIVATE KEY")
    _need(blob.startswith(b"openssh-key-v1\x00"), "openssh magic")
    r = Reader(blob[15:])
    _need(r.s() == b"none" and r.s() == b"none" and r.s() == b"" and r.u32() == 1, "openssh header")
    pub = r.s()
    priv = Reader(r.s())
    c1, c2 = priv.u32(), priv.u32()
    _need(c1 == c2, "openssh check-ints")
    kt = priv.s().decode()
    if kt == "ssh-ed25519":
        pk = priv.s()
        sk = priv.s()
        _need(sk[32:] == pk and C.ed25519_public(sk[:32]) == pk, "openssh ed25519 public from seed")
        kind = "ed25519"
    elif kt == "ssh-rsa":
        n, e, d, qi, p, q = priv.mp(), priv.mp(), priv.mp(), priv.mp(), priv.mp(), priv.mp()
        check_rsa(n, e, d, p, q)
        _need(qi * q % p == 1, "openssh iqmp")
        kind = "rsa"
    elif kt == "ecdsa-sha2-nistp256":
        _need(priv.s() == b"nistp256", "openssh curve")
        Q = priv.s()
        d = priv.mp()
        _need(Q == C.p256_point_bytes(C.p256_mul(d)), "openssh EC Q")
        kind = "ec"
    else:
        raise KeyError21("openssh key type")
    priv.s()  # comment
    pad = priv.b[priv.i:]
    _need(pad == bytes(range(1, len(pad) + 1)) and len(priv.b) % 8 == 0, "openssh padding")
    _need(Reader(pub).s().decode() == kt, "openssh public type")
    return kind


def parse_ppk(text):
    lines = text.strip().splitlines()
    hdr = lines[0].split(": ")
    version = int(hdr[0][-1])
    alg = hdr[1]
    fields, i = {}, 1
    while i < len(lines):
        k, v = lines[i].split(": ", 1)
        if k in ("Public-Lines", "Private-Lines"):
            n = int(v)
            fields[k] = base64.b64decode("".join(lines[i + 1:i + 1 + n]))
            i += 1 + n
        else:
            fields[k] = v
            i += 1
    _need(fields["Encryption"] == "none", "ppk encryption")
    pub, priv = fields["Public-Lines"], fields["Private-Lines"]
    data = C_sstr(alg) + C_sstr("none") + C_sstr(fields["Comment"]) + C_sstr(pub) + C_sstr(priv)
    if version == 2:
        mac = hmac.new(hashlib.sha1(b"putty-private-key-file-mac-key").digest(), data, hashlib.sha1).hexdigest()
    else:
        mac = hmac.new(b"", data, hashlib.sha256).hexdigest()
    _need(mac == fields["Private-MAC"], "ppk MAC")
    pr, vr = Reader(pub), Reader(priv)
    _need(pr.s().decode() == alg, "ppk alg")
    if alg == "ssh-rsa":
        e, n = pr.mp(), pr.mp()
        d, p, q, qi = vr.mp(), vr.mp(), vr.mp(), vr.mp()
        check_rsa(n, e, d, p, q)
        _need(qi * q % p == 1, "ppk iqmp")
        return "rsa"
    if alg == "ssh-ed25519":
        pk = pr.s()
        _need(C.ed25519_public(vr.s()) == pk, "ppk ed25519")
        return "ed25519"
    pr.s()
    Q = pr.s()
    _need(C.p256_point_bytes(C.p256_mul(vr.mp())) == Q, "ppk ec")
    return "ec"


def C_sstr(x):
    if isinstance(x, str):
        x = x.encode()
    return struct.pack(">I", len(x)) + x


def _b64i(s):
    return int.from_bytes(base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)), "big")


def parse_jwk(text):
    j = json.loads(text)
    if j["kty"] == "RSA":
        check_rsa(*[_b64i(j[k]) for k in ("n", "e", "d", "p", "q", "dp", "dq", "qi")])
        return "rsa"
    if j["kty"] == "EC":
        Q = C.p256_mul(_b64i(j["d"]))
        _need(Q == (_b64i(j["x"]), _b64i(j["y"])), "JWK EC")
        return "ec"
    seed = base64.urlsafe_b64decode(j["d"] + "=" * (-len(j["d"]) % 4))
    _need(base64.urlsafe_b64encode(C.ed25519_public(seed)).decode().rstrip("=") == j["x"], "JWK OKP")
    return "ed25519"


def parse_raw(fmt, raw):
    """fmt like 'pkcs8-rsa', 'pkcs1-rsa', 'sec1-ec', 'openssh-ed25519', 'ppk3-ec', 'jwk-rsa'. Returns key kind."""
    base, kind = fmt.split("-")
    if base == "pkcs8":
        got = parse_pkcs8(pem_body(raw, "PRIVATE KEY"))
    elif base == "pkcs1":
        got = parse_pkcs1(pem_body(raw, "RSA PRIVATE KEY"))
    elif base == "sec1":
        got = parse_sec1(pem_body(raw, "EC PRIVATE KEY"))
    elif base == "openssh":
        got = parse_openssh(raw)
    elif base in ("ppk2", "ppk3"):
        got = parse_ppk(raw)
        _need(raw.startswith("PuTTY-User-Key-File-%s:" % base[-1]), "ppk version")
    elif base == "jwk":
        got = parse_jwk(raw)
    else:
        raise KeyError21("format " + fmt)
    _need(got == kind, "key kind %s != %s" % (got, kind))
    return got


def carries(value, raw):
    """The shown text carries the raw key: every raw line appears, in order (as shown, or after undoing \\n escapes)."""
    return _carries(value, raw) or _carries(value.replace("\\n", "\n").replace("\\/", "/"), raw)


def _carries(text, raw):
    pos = 0
    for line in raw.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("{") or line.startswith('"'):
            continue
        k = text.find(line, pos)
        if k < 0:
            return False
        pos = k + len(line)
    return True
