"""Parse private keys written by keys18.py and check that they are internally consistent."""
import base64
import hashlib
import hmac
import json
import struct

from crypto18 import (EL, N, OID_EC, OID_ED25519, OID_RSA, der_children, der_parse, ed25519_public, p256_mul,
                      pem_body)


def _ints(body):
    return [int.from_bytes(v, "big") for t, v in der_children(body)]


def check_rsa(n, e, d, p, q, dp=None, dq=None, qi=None):
    assert n == p * q, "n != p*q"
    lam = (p - 1) * (q - 1)
    assert (e * d) % ((p - 1) * (q - 1) // _gcd(p - 1, q - 1)) == 1 or (e * d) % lam == 1, "e*d != 1"
    if dp is not None:
        assert dp == d % (p - 1) and dq == d % (q - 1) and (qi * q) % p == 1, "CRT"
    assert n.bit_length() >= 1024


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def check_pkcs1(der):
    tag, body, _ = der_parse(der)
    v = _ints(body)
    assert v[0] == 0 and len(v) == 9
    check_rsa(*v[1:])
    return "rsa"


def check_sec1(der):
    tag, body, _ = der_parse(der)
    ch = der_children(body)
    assert ch[0][1] == b"\x01"
    d = int.from_bytes(ch[1][1], "big")
    assert 0 < d < N
    Q = p256_mul(d)
    for t, v in ch[2:]:
        if t == 0xA1:
            _, bits, _ = der_parse(v)
            pt = bits[1:]
            assert pt[0] == 4 and int.from_bytes(pt[1:33], "big") == Q[0] and int.from_bytes(pt[33:], "big") == Q[1]
    return "ec"


def _oid_bytes(dotted):
    from crypto18 import oid
    return oid(dotted)[2:]


def check_pkcs8(der):
    tag, body, _ = der_parse(der)
    ch = der_children(body)
    alg = der_children(ch[1][1])
    inner = ch[2][1]
    if alg[0][1] == _oid_bytes(OID_RSA):
        return check_pkcs1(inner)
    if alg[0][1] == _oid_bytes(OID_EC):
        return check_sec1(inner)
    if alg[0][1] == _oid_bytes(OID_ED25519):
        t, seed, _ = der_parse(inner)
        assert len(seed) == 32
        return "ed25519"
    raise AssertionError("unknown pkcs8 algorithm")


class _R:
    def __init__(self, b):
        self.b, self.p = b, 0

    def u32(self):
        v = struct.unpack(">I", self.b[self.p:self.p + 4])[0]
        self.p += 4
        return v

    def s(self):
        n = self.u32()
        v = self.b[self.p:self.p + n]
        assert len(v) == n
        self.p += n
        return v

    def mp(self):
        return int.from_bytes(self.s(), "big")


def check_openssh(text):
    blob = pem_body(text)
    assert blob.startswith(b"openssh-key-v1\x00")
    r = _R(blob[15:])
    assert r.s() == b"none" and r.s() == b"none" and r.s() == b"" and r.u32() == 1
    pub = r.s()
    priv = _R(r.s())
    c1, c2 = priv.u32(), priv.u32()
    assert c1 == c2, "check ints"
    kt = priv.s()
    if kt == b"ssh-ed25519":
        pk = priv.s()
        sk = priv.s()
        assert sk[32:] == pk and ed25519_public(sk[:32]) == pk
        assert pub == struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + pk
        kind = "ed25519"
    elif kt == b"ssh-rsa":
        n, e, d, qi, p, q = [priv.mp() for _ in range(6)]
        check_rsa(n, e, d, p, q)
        assert (qi * q) % p == 1
        kind = "rsa"
    elif kt == b"ecdsa-sha2-nistp256":
        assert priv.s() == b"nistp256"
        Qb = priv.s()
        d = priv.mp()
        Q = p256_mul(d)
        assert int.from_bytes(Qb[1:33], "big") == Q[0] and int.from_bytes(Qb[33:], "big") == Q[1]
        kind = "ec"
    else:
        raise AssertionError("key type")
    priv.s()  # comment
    pad = priv.b[priv.p:]
    assert pad == bytes(range(1, len(pad) + 1)) and len(priv.b) % 8 == 0, "padding"
    return kind


def check_ppk2(text):
    lines = text.strip().splitlines()
    hdr = dict(l.split(": ", 1) for l in lines if ": " in l)
    assert lines[0] == "PuTTY-User-Key-File-2: ssh-rsa" and hdr["Encryption"] == "none"
    i = [j for j, l in enumerate(lines) if l.startswith("Public-Lines:")][0]
    npub = int(hdr["Public-Lines"])
    pub = base64.b64decode("".join(lines[i + 1:i + 1 + npub]))
    j = i + 1 + npub
    nprv = int(lines[j].split(": ")[1])
    prv = base64.b64decode("".join(lines[j + 1:j + 1 + nprv]))
    mac = lines[j + 1 + nprv].split(": ")[1]

    def ss(b):
        return struct.pack(">I", len(b)) + b
    data = ss(b"ssh-rsa") + ss(b"none") + ss(hdr["Comment"].encode()) + ss(pub) + ss(prv)
    key = hashlib.sha1(b"putty-private-key-file-mac-key").digest()
    assert hmac.new(key, data, hashlib.sha1).hexdigest() == mac, "PPK MAC"
    rp = _R(pub)
    assert rp.s() == b"ssh-rsa"
    e, n = rp.mp(), rp.mp()
    rv = _R(prv)
    d, p, q, qi = rv.mp(), rv.mp(), rv.mp(), rv.mp()
    check_rsa(n, e, d, p, q)
    return "rsa"


def _bu(s):
    return int.from_bytes(base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)), "big")


def check_jwk(text):
    d = json.loads(text)
    if d["kty"] == "RSA":
        check_rsa(*[_bu(d[f]) for f in ("n", "e", "d", "p", "q", "dp", "dq", "qi")])
        return "rsa"
    if d["kty"] == "EC":
        Q = p256_mul(_bu(d["d"]))
        assert Q == (_bu(d["x"]), _bu(d["y"]))
        return "ec"
    seed = base64.urlsafe_b64decode(d["d"] + "=" * (-len(d["d"]) % 4))
    assert ed25519_public(seed) == base64.urlsafe_b64decode(d["x"] + "=" * (-len(d["x"]) % 4))
    return "ed25519"


def check_key(fmt, raw):
    """fmt in pkcs1, sec1, pkcs8, openssh, ppk2, jwk. Raises AssertionError on any inconsistency."""
    if fmt == "pkcs1":
        assert "BEGIN RSA PRIVATE KEY" in raw
        return check_pkcs1(pem_body(raw))
    if fmt == "sec1":
        assert "BEGIN EC PRIVATE KEY" in raw
        return check_sec1(pem_body(raw))
    if fmt == "pkcs8":
        assert "BEGIN PRIVATE KEY" in raw
        return check_pkcs8(pem_body(raw))
    if fmt == "openssh":
        return check_openssh(raw)
    if fmt == "ppk2":
        return check_ppk2(raw)
    if fmt == "jwk":
        return check_jwk(raw)
    raise AssertionError("unknown format " + fmt)
