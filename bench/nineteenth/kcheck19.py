"""Parse private keys back and check that they are consistent (used by checks19 / verify.py)."""
import base64
import json
import re
import struct

import crypto19 as C
import keys19 as K


class KeyError19(ValueError):
    pass


def _need(cond, msg):
    if not cond:
        raise KeyError19(msg)


def pem_decode(text):
    m = re.search(r"-----BEGIN ([A-Z0-9 ]+)-----\n(.*?)\n-----END \1-----", text, re.S)
    _need(m, "no PEM block")
    body = m.group(2).replace("\n", "")
    _need(re.fullmatch(r"[A-Za-z0-9+/]+=*", body), "bad base64 in PEM")
    return m.group(1), base64.b64decode(body)


def _ints(body, n):
    kids = C.der_children(body)
    _need(len(kids) == n and all(t == 0x02 for t, _ in kids), "expected %d integers" % n)
    return [C.der_to_int(b) for _, b in kids]


def check_rsa(n, e, d, p, q, dp=None, dq=None, qi=None):
    _need(n == p * q, "RSA n != p*q")
    _need(n.bit_length() >= 2048, "RSA modulus too short")
    lam = (p - 1) * (q - 1) // C.gcd(p - 1, q - 1)
    _need(e * d % lam == 1, "RSA e*d != 1 mod lambda")
    if dp is not None:
        _need(dp == d % (p - 1) and dq == d % (q - 1), "RSA CRT exponents wrong")
        _need(qi * q % p == 1, "RSA qInv wrong")


def check_pkcs1_der(der):
    body = C.der_parse_all(der, 0x30)
    v = _ints(body, 9)
    _need(v[0] == 0, "PKCS#1 version")
    check_rsa(*v[1:])
    return {"n": v[1], "e": v[2]}


def check_sec1_der(der, need_params):
    body = C.der_parse_all(der, 0x30)
    kids = C.der_children(body)
    _need(kids[0][0] == 0x02 and C.der_to_int(kids[0][1]) == 1, "SEC1 version")
    _need(kids[1][0] == 0x04 and len(kids[1][1]) == 32, "SEC1 private octets")
    d = int.from_bytes(kids[1][1], "big")
    _need(0 < d < C.P256_N, "SEC1 d out of range")
    rest = dict((t, b) for t, b in kids[2:])
    if need_params:
        _need(0xA0 in rest, "SEC1 parameters missing")
    if 0xA0 in rest:
        t, oid, _ = C.der_read(rest[0xA0])
        _need(t == 0x06 and C.oid_to_str(oid) == K.OID_P256, "SEC1 curve")
    _need(0xA1 in rest, "SEC1 public key missing")
    t, bits, _ = C.der_read(rest[0xA1])
    _need(t == 0x03 and bits[0] == 0 and bits[1] == 4 and len(bits) == 66, "SEC1 public key")
    Q = (int.from_bytes(bits[2:34], "big"), int.from_bytes(bits[34:66], "big"))
    _need(C.p256_on_curve(Q), "SEC1 point not on curve")
    _need(C.p256_mul(d) == Q, "SEC1 Q != d*G")
    return {"Q": Q}


def check_pkcs8_der(der):
    body = C.der_parse_all(der, 0x30)
    kids = C.der_children(body)
    _need(len(kids) >= 3 and kids[0][0] == 0x02 and C.der_to_int(kids[0][1]) == 0, "PKCS#8 version")
    alg = C.der_children(kids[1][1])
    oid = C.oid_to_str(alg[0][1])
    _need(kids[2][0] == 0x04, "PKCS#8 octet string")
    inner = kids[2][1]
    if oid == K.OID_RSA:
        return "rsa", check_pkcs1_der(inner)
    if oid == K.OID_EC:
        _need(C.oid_to_str(alg[1][1]) == K.OID_P256, "PKCS#8 curve")
        return "ec", check_sec1_der(inner, False)
    if oid == K.OID_ED25519:
        t, seed, end = C.der_read(inner)
        _need(t == 0x04 and len(seed) == 32 and end == len(inner), "PKCS#8 Ed25519 seed")
        return "ed25519", {"pub": C.ed25519_public(seed)}
    raise KeyError19("PKCS#8 unknown algorithm " + oid)


class _R:
    def __init__(self, b):
        self.b, self.p = b, 0

    def u32(self):
        _need(self.p + 4 <= len(self.b), "truncated uint32")
        v = struct.unpack(">I", self.b[self.p:self.p + 4])[0]
        self.p += 4
        return v

    def s(self):
        n = self.u32()
        _need(self.p + n <= len(self.b), "truncated string")
        v = self.b[self.p:self.p + n]
        self.p += n
        return v

    def mp(self):
        v = self.s()
        _need(not v or v[0] < 0x80, "negative mpint")
        return int.from_bytes(v, "big")

    def done(self):
        return self.p == len(self.b)


def parse_pub_blob(blob):
    r = _R(blob)
    alg = r.s().decode()
    if alg == "ssh-rsa":
        e, n = r.mp(), r.mp()
        out = {"type": "rsa", "e": e, "n": n}
    elif alg == "ecdsa-sha2-nistp256":
        _need(r.s() == b"nistp256", "ecdsa curve name")
        q = r.s()
        _need(len(q) == 65 and q[0] == 4, "ecdsa point")
        out = {"type": "ec", "Q": (int.from_bytes(q[1:33], "big"), int.from_bytes(q[33:], "big"))}
    elif alg == "ssh-ed25519":
        pk = r.s()
        _need(len(pk) == 32, "ed25519 public length")
        out = {"type": "ed25519", "pub": pk}
    else:
        raise KeyError19("unknown ssh alg " + alg)
    _need(r.done(), "trailing data in public blob")
    return out


def check_openssh(text):
    m = re.search(r"-----BEGIN OPENSSH PRIVATE KEY-----\n(.*?)\n-----END OPENSSH PRIVATE KEY-----", text, re.S)
    _need(m, "no OpenSSH block")
    blob = base64.b64decode(m.group(1).replace("\n", ""))
    _need(blob.startswith(b"openssh-key-v1\x00"), "OpenSSH magic")
    r = _R(blob[15:])
    _need(r.s() == b"none" and r.s() == b"none" and r.s() == b"", "OpenSSH cipher/kdf")
    _need(r.u32() == 1, "OpenSSH nkeys")
    pubblob = r.s()
    pub = parse_pub_blob(pubblob)
    priv = _R(r.s())
    _need(r.done(), "OpenSSH trailing data")
    c1, c2 = priv.u32(), priv.u32()
    _need(c1 == c2, "OpenSSH check-ints differ")
    alg = priv.s().decode()
    if alg == "ssh-rsa":
        n, e, d, qi, p, q = [priv.mp() for _ in range(6)]
        check_rsa(n, e, d, p, q)
        _need(qi * q % p == 1, "OpenSSH iqmp")
        _need(pub["type"] == "rsa" and pub["n"] == n and pub["e"] == e, "OpenSSH public/private mismatch")
    elif alg == "ecdsa-sha2-nistp256":
        _need(priv.s() == b"nistp256", "curve")
        qb = priv.s()
        d = priv.mp()
        Q = (int.from_bytes(qb[1:33], "big"), int.from_bytes(qb[33:], "big"))
        _need(C.p256_mul(d) == Q and pub.get("Q") == Q, "OpenSSH EC mismatch")
    elif alg == "ssh-ed25519":
        pk = priv.s()
        sk = priv.s()
        _need(len(sk) == 64 and sk[32:] == pk and C.ed25519_public(sk[:32]) == pk and pub.get("pub") == pk,
              "OpenSSH Ed25519 mismatch")
    else:
        raise KeyError19("OpenSSH alg " + alg)
    priv.s()  # comment
    pad = priv.b[priv.p:]
    _need(pad == bytes(range(1, len(pad) + 1)) and len(priv.b) % 8 == 0, "OpenSSH padding")
    return pub


def check_ppk(text):
    lines = text.replace("\r\n", "\n").split("\n")
    m = re.match(r"PuTTY-User-Key-File-([23]): (\S+)$", lines[0])
    _need(m, "PPK header")
    version, alg = int(m.group(1)), m.group(2)
    _need(lines[1] == "Encryption: none", "PPK encryption")
    _need(lines[2].startswith("Comment: "), "PPK comment")
    comment = lines[2][9:]
    _need(lines[3].startswith("Public-Lines: "), "PPK public lines")
    npub = int(lines[3].split(": ")[1])
    pub = base64.b64decode("".join(lines[4:4 + npub]))
    i = 4 + npub
    _need(lines[i].startswith("Private-Lines: "), "PPK private lines")
    npriv = int(lines[i].split(": ")[1])
    priv = base64.b64decode("".join(lines[i + 1:i + 1 + npriv]))
    macline = lines[i + 1 + npriv]
    _need(macline.startswith("Private-MAC: "), "PPK MAC line")
    _need(K.ppk_mac(version, alg, comment, pub, priv) == macline[13:], "PPK MAC wrong")
    pk = parse_pub_blob(pub)
    r = _R(priv)
    if pk["type"] == "rsa":
        d, p, q, qi = r.mp(), r.mp(), r.mp(), r.mp()
        check_rsa(pk["n"], pk["e"], d, p, q)
        _need(qi * q % p == 1, "PPK iqmp")
    elif pk["type"] == "ec":
        _need(C.p256_mul(r.mp()) == pk["Q"], "PPK EC mismatch")
    else:
        seed = r.s()
        _need(C.ed25519_public(seed) == pk["pub"], "PPK Ed25519 mismatch")
    return pk


def _b64u_int(s):
    return int.from_bytes(base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)), "big")


def check_jwk(text):
    d = json.loads(text)
    if d["kty"] == "RSA":
        v = {k: _b64u_int(d[k]) for k in ("n", "e", "d", "p", "q", "dp", "dq", "qi")}
        check_rsa(v["n"], v["e"], v["d"], v["p"], v["q"], v["dp"], v["dq"], v["qi"])
    elif d["kty"] == "EC":
        _need(d["crv"] == "P-256", "JWK curve")
        Q = (_b64u_int(d["x"]), _b64u_int(d["y"]))
        _need(C.p256_mul(_b64u_int(d["d"])) == Q, "JWK EC mismatch")
    elif d["kty"] == "OKP":
        _need(d["crv"] == "Ed25519", "JWK OKP curve")
        seed = base64.urlsafe_b64decode(d["d"] + "=" * (-len(d["d"]) % 4))
        x = base64.urlsafe_b64decode(d["x"] + "=" * (-len(d["x"]) % 4))
        _need(len(seed) == 32 and C.ed25519_public(seed) == x, "JWK Ed25519 mismatch")
    else:
        raise KeyError19("JWK kty")


def check_key(fmt, raw):
    """fmt is e.g. pkcs8-rsa, pkcs1-rsa, sec1-ec, openssh-ed25519, ppk3-rsa, jwk-ec."""
    family, kt = fmt.split("-", 1)
    if family == "pkcs1":
        label, der = pem_decode(raw)
        _need(label == "RSA PRIVATE KEY", "PKCS#1 label")
        check_pkcs1_der(der)
    elif family == "sec1":
        label, der = pem_decode(raw)
        _need(label == "EC PRIVATE KEY", "SEC1 label")
        check_sec1_der(der, True)
    elif family == "pkcs8":
        label, der = pem_decode(raw)
        _need(label == "PRIVATE KEY", "PKCS#8 label")
        got, _ = check_pkcs8_der(der)
        _need(got == kt, "PKCS#8 key type")
    elif family == "openssh":
        _need(check_openssh(raw)["type"] == kt, "OpenSSH key type")
    elif family in ("ppk2", "ppk3"):
        _need(raw.startswith("PuTTY-User-Key-File-" + family[3]), "PPK version")
        _need(check_ppk(raw)["type"] == kt, "PPK key type")
    elif family == "jwk":
        check_jwk(raw)
        _need({"rsa": "RSA", "ec": "EC", "ed25519": "OKP"}[kt] == json.loads(raw)["kty"], "JWK kty")
    else:
        raise KeyError19("unknown format " + fmt)


_STRIP = re.compile(r"\\r\\n|\\n|\\r|\\\\n|[\s\"',\\|>+]|&#10;|&#xA;")


def norm(s):
    """Remove wrapping noise (indentation, quotes, escaped newlines, commas, + continuation)."""
    # '+' is stripped from both sides, so base64 '+' characters cancel out
    return _STRIP.sub("", s)


def carries(shown, raw, wrap=None):
    if wrap == "urlenc":
        import urllib.parse
        return norm(raw) in norm(urllib.parse.unquote(shown))
    if wrap == "b64":
        m = re.sub(r"\s", "", shown)
        try:
            dec = base64.b64decode(m).decode()
        except Exception:
            return False
        return norm(raw) in norm(dec)
    return norm(raw) in norm(shown)
