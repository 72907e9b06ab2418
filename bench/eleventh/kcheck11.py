"""DER reader and structural key / token checks used by verify.py (and the generator's self-checks)."""

import base64
import json
import re
import struct

from keys11 import ec_mul, ed25519_public, N as P256_N

PEM_RE = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----\n(.*?)\n-----END \1-----", re.S)


def der_read(buf, off):
    tag = buf[off]
    ln = buf[off + 1]
    off += 2
    if ln & 0x80:
        k = ln & 0x7F
        ln = int.from_bytes(buf[off:off + k], "big")
        off += k
    if off + ln > len(buf):
        raise ValueError("DER length past end")
    return (tag, buf[off:off + ln]), off + ln


def der_items(body):
    out, off = [], 0
    while off < len(body):
        item, off = der_read(body, off)
        out.append(item)
    return out


def _int(item):
    tag, b = item
    if tag != 0x02:
        raise ValueError("expected INTEGER")
    return int.from_bytes(b, "big")


def _oid_bytes(dotted):
    from keys11 import oid
    return oid(dotted)[2:]


def check_rsa_ints(n, e, d, p, q, dp=None, dq=None, qi=None):
    if p * q != n:
        raise ValueError("RSA n != p*q")
    if (e * d) % ((p - 1) * (q - 1) // _gcd(p - 1, q - 1)) != 1:
        raise ValueError("RSA e*d != 1")
    if dp is not None and (dp != d % (p - 1) or dq != d % (q - 1) or (qi * q) % p != 1):
        raise ValueError("RSA CRT mismatch")
    return "rsa%d" % n.bit_length()


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def check_pkcs1(der):
    (tag, body), end = der_read(der, 0)
    if tag != 0x30 or end != len(der):
        raise ValueError("PKCS#1 not a SEQUENCE")
    it = der_items(body)
    if len(it) != 9 or _int(it[0]) != 0:
        raise ValueError("PKCS#1 field count")
    return check_rsa_ints(*[_int(x) for x in it[1:]])


def check_sec1(der, need_params=True):
    (tag, body), _ = der_read(der, 0)
    it = der_items(body)
    if _int(it[0]) != 1 or it[1][0] != 0x04 or len(it[1][1]) != 32:
        raise ValueError("SEC1 header")
    d = int.from_bytes(it[1][1], "big")
    pub = None
    for tag, b in it[2:]:
        if tag == 0xA1:
            (_, bits), _ = der_read(b, 0)
            pub = bits[1:]
    if pub is None:
        raise ValueError("SEC1 without public key")
    return check_ec(d, pub)


def check_ec(d, point):
    if not 0 < d < P256_N:
        raise ValueError("EC scalar out of range")
    Q = ec_mul(d)
    if point != b"\x04" + Q[0].to_bytes(32, "big") + Q[1].to_bytes(32, "big"):
        raise ValueError("EC Q != d*G")
    return "p256"


def check_pkcs8(der):
    (tag, body), end = der_read(der, 0)
    if tag != 0x30 or end != len(der):
        raise ValueError("PKCS#8 not a SEQUENCE")
    it = der_items(body)
    if _int(it[0]) != 0:
        raise ValueError("PKCS#8 version")
    alg = der_items(it[1][1])
    algoid = alg[0][1]
    inner = it[2][1]
    if algoid == _oid_bytes("1.2.840.113549.1.1.1"):
        return check_pkcs1(inner)
    if algoid == _oid_bytes("1.2.840.10045.2.1"):
        if alg[1][1] != _oid_bytes("1.2.840.10045.3.1.7"):
            raise ValueError("EC curve not P-256")
        return check_sec1(inner, need_params=False)
    if algoid == _oid_bytes("1.3.101.112"):
        (t2, seed), _ = der_read(inner, 0)
        if t2 != 0x04 or len(seed) != 32:
            raise ValueError("Ed25519 seed")
        return "ed25519"
    raise ValueError("PKCS#8 unknown algorithm")


def _sshs(buf, off):
    ln = struct.unpack(">I", buf[off:off + 4])[0]
    if off + 4 + ln > len(buf):
        raise ValueError("ssh string past end")
    return buf[off + 4:off + 4 + ln], off + 4 + ln


def check_openssh(b64body):
    blob = base64.b64decode(b64body)
    if not blob.startswith(b"openssh-key-v1\x00"):
        raise ValueError("OpenSSH magic")
    off = 15
    cipher, off = _sshs(blob, off)
    kdf, off = _sshs(blob, off)
    _, off = _sshs(blob, off)
    nkeys = struct.unpack(">I", blob[off:off + 4])[0]
    off += 4
    if cipher != b"none" or kdf != b"none" or nkeys != 1:
        raise ValueError("OpenSSH encrypted or multi-key")
    pub, off = _sshs(blob, off)
    priv, off = _sshs(blob, off)
    if off != len(blob) or len(priv) % 8:
        raise ValueError("OpenSSH trailing data or padding")
    if priv[:4] != priv[4:8]:
        raise ValueError("OpenSSH check-ints")
    o = 8
    ktype, o = _sshs(priv, o)
    if ktype == b"ssh-ed25519":
        pk, o = _sshs(priv, o)
        sk, o = _sshs(priv, o)
        if sk[32:] != pk or ed25519_public(sk[:32]) != pk:
            raise ValueError("Ed25519 public != f(seed)")
        kind = "ed25519"
    elif ktype == b"ssh-rsa":
        vals = []
        for _ in range(6):
            v, o = _sshs(priv, o)
            vals.append(int.from_bytes(v, "big"))
        n, e, d, qi, p, q = vals
        kind = check_rsa_ints(n, e, d, p, q)
        if (qi * q) % p != 1:
            raise ValueError("RSA iqmp")
    elif ktype == b"ecdsa-sha2-nistp256":
        _, o = _sshs(priv, o)
        point, o = _sshs(priv, o)
        dv, o = _sshs(priv, o)
        kind = check_ec(int.from_bytes(dv, "big"), point)
    else:
        raise ValueError("OpenSSH key type")
    _, o = _sshs(priv, o)                       # comment
    padding = priv[o:]
    if padding != bytes(range(1, len(padding) + 1)):
        raise ValueError("OpenSSH padding")
    # public blob must match the private part's public fields
    if pub[:4 + len(ktype)] != struct.pack(">I", len(ktype)) + ktype:
        raise ValueError("OpenSSH public type")
    return kind


def check_pem_block(label, body):
    """Checks one private-key PEM block; returns the key kind or raises."""
    b64 = "".join(body.split())
    if label == "OPENSSH PRIVATE KEY":
        return check_openssh(b64)
    der = base64.b64decode(b64, validate=True)
    if label == "RSA PRIVATE KEY":
        return check_pkcs1(der)
    if label == "EC PRIVATE KEY":
        return check_sec1(der)
    if label == "PRIVATE KEY":
        return check_pkcs8(der)
    raise ValueError("unknown private-key label %s" % label)


def check_public_block(label, body):
    der = base64.b64decode("".join(body.split()), validate=True)
    (tag, _), end = der_read(der, 0)
    if tag != 0x30 or end != len(der):
        raise ValueError("%s is not one DER SEQUENCE" % label)
    return label


def is_private_label(label):
    return label.endswith("PRIVATE KEY")


def _b64i(s):
    return int.from_bytes(base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)), "big")


def _b64b(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def check_jwk(j):
    if j["kty"] == "RSA":
        return check_rsa_ints(*[_b64i(j[k]) for k in ("n", "e", "d", "p", "q", "dp", "dq", "qi")])
    if j["kty"] == "EC":
        return check_ec(_b64i(j["d"]), b"\x04" + _b64b(j["x"]) + _b64b(j["y"]))
    if j["kty"] == "OKP":
        if ed25519_public(_b64b(j["d"])) != _b64b(j["x"]):
            raise ValueError("OKP x != f(d)")
        return "ed25519"
    raise ValueError("JWK kty")


def check_rsakeyvalue(xml):
    g = lambda t: int.from_bytes(base64.b64decode(re.search("<%s>([^<]+)</%s>" % (t, t), xml).group(1)), "big")
    return check_rsa_ints(g("Modulus"), g("Exponent"), g("D"), g("P"), g("Q"), g("DP"), g("DQ"), g("InverseQ"))


def find_pem_blocks(text):
    """PEM blocks in text, unwrapping JSON-escaped (\\n) blocks too. Yields (label, body, start_index)."""
    for m in PEM_RE.finditer(text):
        yield m.group(1), m.group(2), m.start()
    esc = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----\\n(.*?)\\n-----END \1-----", re.S)
    for m in esc.finditer(text):
        yield m.group(1), m.group(2).replace("\\n", "\n"), m.start()


def check_key_value(value):
    """Checks a labelled key value in whatever wrapping it was written; returns kinds found."""
    kinds = []
    v = value
    # base64-wrapped PEM (k8s tls Secret, env files)
    for m in re.finditer(r"LS0tLS1CRUdJTi[A-Za-z0-9+/=]+", v):
        inner = base64.b64decode(m.group(0)).decode()
        for label, body, _ in find_pem_blocks(inner):
            if is_private_label(label):
                kinds.append(check_pem_block(label, body))
    # plain and JSON-escaped PEM; strip common indentation / quoting in literals
    def _clean(ln):
        s = ln.strip()
        if s.endswith(("\" +", "' +")):
            s = s[:-2].strip()
        return s.strip('"').strip("'").rstrip(",").strip().strip('"')

    cleaned = "\n".join(_clean(ln) for ln in v.split("\n"))
    for src in (v, cleaned):
        for label, body, _ in find_pem_blocks(src):
            if is_private_label(label):
                body = "\n".join(x.strip() for x in body.split("\n"))
                kinds.append(check_pem_block(label, body))
        if kinds:
            break
    if "<RSAKeyValue>" in v:
        xml = re.sub(r"\s+", "", v[v.index("<RSAKeyValue>"):v.index("</RSAKeyValue>") + 14])
        kinds.append(check_rsakeyvalue(xml))
    if not kinds:
        m = re.search(r"\{[^{}]*\"kty\"[^{}]*\}", v, re.S)
        if m:
            kinds.append(check_jwk(json.loads(m.group(0))))
    if not kinds:
        m = re.search(r"MI[A-Za-z0-9+/]{60,}={0,2}", v)
        if m:
            kinds.append(check_pkcs8(base64.b64decode(m.group(0))))
    if not kinds:
        raise ValueError("no key found in labelled key value")
    return kinds
