"""Key checks used by verify.py: a small DER reader and consistency checks for every private-key wrapping used
in the corpus (PEM PKCS#1/PKCS#8/SEC1, OpenSSH, base64 PEM/DER, JWK, .NET RSAKeyValue)."""
import base64
import json
import re

import keys13

PEM_RE = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \1-----", re.S)
PRIVATE_LABELS = {"RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"}


class KeyError_(Exception):
    pass


def der(b, i=0):
    """(tag, value, next_index) of the TLV at i."""
    tag, ln = b[i], b[i + 1]
    j = i + 2
    if ln & 0x80:
        n = ln & 0x7F
        ln = int.from_bytes(b[j:j + n], "big")
        j += n
    if j + ln > len(b):
        raise KeyError_("truncated DER")
    return tag, b[j:j + ln], j + ln


def children(b):
    out, i = [], 0
    while i < len(b):
        tag, val, i = der(b, i)
        out.append((tag, val))
    return out


def _int(v):
    return int.from_bytes(v, "big")


def _oid(v):
    first = v[0]
    parts, n = [first // 40, first % 40], 0
    for c in v[1:]:
        n = (n << 7) | (c & 0x7F)
        if not c & 0x80:
            parts.append(n)
            n = 0
    return ".".join(map(str, parts))


def check_rsa_ints(n, e, d, p, q, dp=None, dq=None, qi=None):
    if n != p * q:
        raise KeyError_("RSA n != p*q")
    lam = (p - 1) * (q - 1)
    if (d * e) % lam != 1 and (d * e) % (lam // _gcd(p - 1, q - 1)) != 1:
        raise KeyError_("RSA d*e != 1")
    if dp is not None and (dp != d % (p - 1) or dq != d % (q - 1) or (qi * q) % p != 1):
        raise KeyError_("RSA CRT values wrong")
    return "rsa-%d" % n.bit_length()


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def check_pkcs1(b):
    tag, body, end = der(b)
    if tag != 0x30 or end != len(b):
        raise KeyError_("PKCS#1 not a SEQUENCE")
    ints = [_int(v) for t, v in children(body)]
    if len(ints) != 9 or ints[0] != 0:
        raise KeyError_("PKCS#1 shape")
    return check_rsa_ints(*ints[1:])


def check_sec1(b, curve_known=False):
    tag, body, _ = der(b)
    kids = children(body)
    if _int(kids[0][1]) != 1 or kids[1][0] != 0x04:
        raise KeyError_("SEC1 shape")
    d = _int(kids[1][1])
    pub = None
    for t, v in kids[2:]:
        if t == 0xA0 and _oid(der(v)[1]) != keys13.OID_P256:
            raise KeyError_("SEC1 curve")
        if t == 0xA1:
            pub = der(v)[1][1:]
    if pub is not None:
        Q = keys13.P256.mul(d)
        if pub != b"\x04" + Q[0].to_bytes(32, "big") + Q[1].to_bytes(32, "big"):
            raise KeyError_("EC public point != d*G")
    return "ec-p256"


def check_pkcs8(b):
    tag, body, _ = der(b)
    kids = children(body)
    if _int(kids[0][1]) != 0:
        raise KeyError_("PKCS#8 version")
    alg = children(kids[1][1])
    oid = _oid(alg[0][1])
    inner = kids[2][1]
    if oid == keys13.OID_RSA:
        return check_pkcs1(inner)
    if oid == keys13.OID_EC:
        return check_sec1(inner)
    if oid == keys13.OID_ED25519:
        seed = der(inner)[1]
        if len(seed) != 32:
            raise KeyError_("Ed25519 seed length")
        keys13.ed25519_public(seed)
        return "ed25519"
    raise KeyError_("PKCS#8 algorithm " + oid)


def _sshstr(b, i):
    n = int.from_bytes(b[i:i + 4], "big")
    return b[i + 4:i + 4 + n], i + 4 + n


def check_openssh(b):
    if not b.startswith(b"openssh-key-v1\x00"):
        raise KeyError_("OpenSSH magic")
    i = 15
    cipher, i = _sshstr(b, i)
    kdf, i = _sshstr(b, i)
    _, i = _sshstr(b, i)
    if cipher != b"none" or kdf != b"none":
        raise KeyError_("OpenSSH key is encrypted")
    i += 4
    pubblob, i = _sshstr(b, i)
    priv, i = _sshstr(b, i)
    if priv[:4] != priv[4:8]:
        raise KeyError_("OpenSSH check-ints differ")
    j = 8
    ktype, j = _sshstr(priv, j)
    if ktype == b"ssh-ed25519":
        pub, j = _sshstr(priv, j)
        sk, j = _sshstr(priv, j)
        if keys13.ed25519_public(sk[:32]) != pub or sk[32:] != pub:
            raise KeyError_("OpenSSH Ed25519 public != f(seed)")
        if pubblob != keys13.sshstr(b"ssh-ed25519") + keys13.sshstr(pub):
            raise KeyError_("OpenSSH public blob mismatch")
        kind = "ed25519"
    elif ktype == b"ssh-rsa":
        vals = []
        for _ in range(6):
            v, j = _sshstr(priv, j)
            vals.append(_int(v))
        n, e, d, qi, p, q = vals
        kind = check_rsa_ints(n, e, d, p, q)
        if (qi * q) % p != 1:
            raise KeyError_("OpenSSH RSA iqmp")
    elif ktype == b"ecdsa-sha2-nistp256":
        _, j = _sshstr(priv, j)
        point, j = _sshstr(priv, j)
        dd, j = _sshstr(priv, j)
        Q = keys13.P256.mul(_int(dd))
        if point != b"\x04" + Q[0].to_bytes(32, "big") + Q[1].to_bytes(32, "big"):
            raise KeyError_("OpenSSH ECDSA point")
        kind = "ec-p256"
    else:
        raise KeyError_("OpenSSH key type %r" % ktype)
    _, j = _sshstr(priv, j)
    pad = priv[j:]
    if pad != bytes(range(1, len(pad) + 1)) or len(priv) % 8:
        raise KeyError_("OpenSSH padding")
    return kind


def check_pem_text(text):
    """Check every PEM block in text; return list of (label, kind). Raises on a broken private key."""
    out = []
    for m in PEM_RE.finditer(text):
        label, body = m.group(1), re.sub(r"\s+", "", m.group(2))
        raw = base64.b64decode(body, validate=True)
        if label == "RSA PRIVATE KEY":
            out.append((label, check_pkcs1(raw)))
        elif label == "PRIVATE KEY":
            out.append((label, check_pkcs8(raw)))
        elif label == "EC PRIVATE KEY":
            out.append((label, check_sec1(raw)))
        elif label == "OPENSSH PRIVATE KEY":
            out.append((label, check_openssh(raw)))
        elif label in ("CERTIFICATE", "PUBLIC KEY"):
            tag, _, end = der(raw)
            if tag != 0x30 or end != len(raw):
                raise KeyError_(label + " DER")
            out.append((label, "public"))
        else:
            raise KeyError_("unexpected PEM label " + label)
    return out


def unwrap(value, check):
    """Turn a labelled key value into PEM text (or a dict for JWK/RSAKeyValue checks)."""
    if check == "pem":
        return value
    if check == "pem-escaped":
        return value.replace("\\n", "\n")
    if check == "pem-indented":
        return "\n".join(x.strip() for x in value.split("\n"))
    if check == "b64pem":
        return base64.b64decode(value).decode()
    if check == "b64der":
        return keys13.pem("PRIVATE KEY", base64.b64decode(value))
    raise KeyError_("unknown key check " + check)


def check_key_value(value, check):
    if check == "jwk":
        j = json.loads(value)
        return check_jwk(j)
    if check == "rsaxml":
        return check_rsaxml(value)
    if check == "gcp-sa":
        return check_key_value(value, "pem-escaped")
    blocks = check_pem_text(unwrap(value, check))
    priv = [b for b in blocks if b[0] in PRIVATE_LABELS]
    if len(priv) != 1:
        raise KeyError_("expected exactly one private key, got %d" % len(priv))
    return priv[0][1]


def _b64u_int(s):
    return int.from_bytes(base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)), "big")


def check_jwk(j):
    if j["kty"] == "RSA":
        f = {k: _b64u_int(j[k]) for k in ("n", "e", "d", "p", "q", "dp", "dq", "qi")}
        return check_rsa_ints(f["n"], f["e"], f["d"], f["p"], f["q"], f["dp"], f["dq"], f["qi"])
    if j["kty"] == "EC":
        Q = keys13.P256.mul(_b64u_int(j["d"]))
        if (Q[0], Q[1]) != (_b64u_int(j["x"]), _b64u_int(j["y"])):
            raise KeyError_("JWK EC point")
        return "ec-p256"
    if j["kty"] == "OKP":
        seed = base64.urlsafe_b64decode(j["d"] + "=" * (-len(j["d"]) % 4))
        if keys13.b64u(keys13.ed25519_public(seed)) != j["x"]:
            raise KeyError_("JWK Ed25519 x")
        return "ed25519"
    raise KeyError_("JWK kty")


def check_rsaxml(x):
    def g(tag):
        m = re.search("<%s>([^<]+)</%s>" % (tag, tag), x)
        return int.from_bytes(base64.b64decode(m.group(1)), "big")
    return check_rsa_ints(g("Modulus"), g("Exponent"), g("D"), g("P"), g("Q"), g("DP"), g("DQ"), g("InverseQ"))
