"""DER reader and key-consistency checks used by verify.py (and by the generator's self-test)."""
import base64
import re
import struct

from keys12 import P256_G, P256_N, ec_mul, ed25519_public


def der_read(b, off):
    tag = b[off]
    ln = b[off + 1]
    off += 2
    if ln & 0x80:
        k = ln & 0x7F
        ln = int.from_bytes(b[off:off + k], "big")
        off += k
    return (tag, b[off:off + ln]), off + ln


def der_seq(b):
    out, off = [], 0
    while off < len(b):
        item, off = der_read(b, off)
        out.append(item)
    return out


def _int(x):
    return int.from_bytes(x[1], "big")


def check_rsa_ints(n, e, d, p, q, dp=None, dq=None, qi=None):
    if p * q != n:
        return "n != p*q"
    if (d * e) % ((p - 1) * (q - 1) // _gcd(p - 1, q - 1)) != 1:
        return "d*e != 1"
    if dp is not None and (dp != d % (p - 1) or dq != d % (q - 1) or (qi * q) % p != 1):
        return "CRT"
    return None


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def check_pkcs1(der):
    (t, body), _ = der_read(der, 0)
    f = [_int(x) for x in der_seq(body)]
    return check_rsa_ints(f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8])


def check_sec1(der, pub=None):
    (t, body), _ = der_read(der, 0)
    items = der_seq(body)
    d = _int(items[1])
    Q = ec_mul(d)
    for tag, val in items[2:]:
        if tag == 0xA1:
            (_, bits), _ = der_read(val, 0)
            pt = bits[1:]
            if pt != b"\x04" + Q[0].to_bytes(32, "big") + Q[1].to_bytes(32, "big"):
                return "EC public point mismatch"
    return None


def check_pkcs8(der):
    (t, body), _ = der_read(der, 0)
    items = der_seq(body)
    algseq = der_seq(items[1][1])
    oid = algseq[0][1]
    inner = items[2][1]
    if oid == bytes.fromhex("2a864886f70d010101"):
        return check_pkcs1(inner)
    if oid == bytes.fromhex("2a8648ce3d0201"):
        return check_sec1(inner)
    if oid == bytes.fromhex("2b6570"):
        (_, seed), _ = der_read(inner, 0)
        return None if len(seed) == 32 else "ed25519 seed length"
    return "unknown key OID"


def check_pem(text):
    """text: one PEM block (any indentation already removed). Returns None if the key is consistent."""
    m = re.search(r"-----BEGIN ([A-Z ]+)-----(.*?)-----END \1-----", text, re.S)
    if not m:
        return "no PEM block"
    label, body = m.group(1), re.sub(r"\s+", "", m.group(2))
    raw = base64.b64decode(body)
    if label == "RSA PRIVATE KEY":
        return check_pkcs1(raw)
    if label == "EC PRIVATE KEY":
        return check_sec1(raw)
    if label == "PRIVATE KEY":
        return check_pkcs8(raw)
    if label == "OPENSSH PRIVATE KEY":
        return check_openssh(raw)
    if label in ("CERTIFICATE", "PUBLIC KEY"):
        der_read(raw, 0)
        return None
    return "unexpected label " + label


def _sshs(b, off):
    n = struct.unpack(">I", b[off:off + 4])[0]
    return b[off + 4:off + 4 + n], off + 4 + n


def check_openssh(raw):
    if not raw.startswith(b"openssh-key-v1\x00"):
        return "magic"
    off = 15
    cipher, off = _sshs(raw, off)
    kdf, off = _sshs(raw, off)
    _, off = _sshs(raw, off)
    nkeys = struct.unpack(">I", raw[off:off + 4])[0]
    off += 4
    pub, off = _sshs(raw, off)
    priv, off = _sshs(raw, off)
    if cipher != b"none" or nkeys != 1:
        return "encrypted or multi-key"
    c1, c2 = struct.unpack(">II", priv[:8])
    if c1 != c2:
        return "check-ints"
    p = 8
    ktype, p = _sshs(priv, p)
    if ktype == b"ssh-ed25519":
        pk, p = _sshs(priv, p)
        sk, p = _sshs(priv, p)
        if ed25519_public(sk[:32]) != pk or sk[32:] != pk:
            return "ed25519 public"
        if pub != _sshstr(b"ssh-ed25519") + _sshstr(pk):
            return "ed25519 outer public"
    elif ktype == b"ssh-rsa":
        vals = []
        for _ in range(6):
            x, p = _sshs(priv, p)
            vals.append(int.from_bytes(x, "big"))
        n, e, d, qi, pp, qq = vals
        err = check_rsa_ints(n, e, d, pp, qq)
        if err:
            return err
        if (qi * qq) % pp != 1:
            return "iqmp"
    elif ktype == b"ecdsa-sha2-nistp256":
        _, p = _sshs(priv, p)
        pt, p = _sshs(priv, p)
        dd, p = _sshs(priv, p)
        Q = ec_mul(int.from_bytes(dd, "big"))
        if pt != b"\x04" + Q[0].to_bytes(32, "big") + Q[1].to_bytes(32, "big"):
            return "ecdsa public"
    else:
        return "key type"
    _, p = _sshs(priv, p)
    pad = priv[p:]
    if pad != bytes(range(1, len(pad) + 1)):
        return "padding"
    return None


def _sshstr(b):
    return struct.pack(">I", len(b)) + b


def _b64u(s):
    return int.from_bytes(base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)), "big")


def check_jwk(j):
    if j["kty"] == "RSA":
        f = [_b64u(j[k]) for k in ("n", "e", "d", "p", "q", "dp", "dq", "qi")]
        return check_rsa_ints(*f)
    if j["kty"] == "EC":
        Q = ec_mul(_b64u(j["d"]))
        return None if (Q[0], Q[1]) == (_b64u(j["x"]), _b64u(j["y"])) else "EC JWK"
    if j["kty"] == "OKP":
        seed = base64.urlsafe_b64decode(j["d"] + "=" * (-len(j["d"]) % 4))
        x = base64.urlsafe_b64decode(j["x"] + "=" * (-len(j["x"]) % 4))
        return None if ed25519_public(seed) == x else "OKP JWK"
    return "kty"


def check_rsakeyvalue(xml):
    g = lambda t: int.from_bytes(base64.b64decode(re.search(r"<%s>([^<]+)</%s>" % (t, t), xml).group(1)), "big")
    return check_rsa_ints(g("Modulus"), g("Exponent"), g("D"), g("P"), g("Q"), g("DP"), g("DQ"), g("InverseQ"))
