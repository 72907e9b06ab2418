"""Parse and check the private keys of the seventeenth corpus (used by verify.py)."""
import base64
import hashlib
import hmac
import json
import math
import re
import struct

import crypto17 as C
import keys17 as K


def _ints(body):
    return [int.from_bytes(b, "big") for t, b in C.der_items(body) if t == 0x02]


def check_rsa(n, e, d, p, q, dp=None, dq=None, qi=None):
    lam = (p - 1) * (q - 1) // math.gcd(p - 1, q - 1)
    ok = n == p * q and (e * d) % lam == 1
    if dp is not None:
        ok = ok and dp == d % (p - 1) and dq == d % (q - 1) and (qi * q) % p == 1
    return ok


def check_pkcs1(der):
    _, body, _ = C.der_read(der)
    v, n, e, d, p, q, dp, dq, qi = _ints(body)[:9]
    return check_rsa(n, e, d, p, q, dp, dq, qi)


def check_sec1(der, need_point=True):
    _, body, _ = C.der_read(der)
    items = C.der_items(body)
    d = int.from_bytes(items[1][1], "big")
    Q = C.ec_mul(d)
    for t, b in items[2:]:
        if t == 0xA1:
            _, bs, _ = C.der_read(b)
            pt = bs[1:]
            return pt == b"\x04" + K.ib(Q[0], 32) + K.ib(Q[1], 32)
    return not need_point


def check_pkcs8(der):
    _, body, _ = C.der_read(der)
    items = C.der_items(body)
    alg = C.der_items(items[1][1])
    algoid = alg[0][1]
    inner = items[2][1]
    if algoid == C.oid(K.OID_RSA)[2:]:
        return check_pkcs1(inner)
    if algoid == C.oid(K.OID_EC)[2:]:
        return check_sec1(inner, need_point=False)
    if algoid == C.oid(K.OID_ED)[2:]:
        _, seed, _ = C.der_read(inner)
        return len(seed) == 32
    return False


def decrypt_pkcs8(der, passphrase):
    _, body, _ = C.der_read(der)
    algid, ct = C.der_items(body)
    params = C.der_items(algid[1])[1][1]
    kdf, enc = C.der_items(params)
    kdfp = C.der_items(C.der_items(kdf[1])[1][1])
    salt, iters = kdfp[0][1], int.from_bytes(kdfp[1][1], "big")
    iv = C.der_items(enc[1])[1][1]
    key = hashlib.pbkdf2_hmac("sha256", passphrase.encode(), salt, iters, 32)
    return C.cbc_decrypt(key, iv, ct[1])


def _pem_parts(text):
    m = re.search(r"-----BEGIN ([A-Z0-9 ]+)-----\n(.*?)\n-----END \1-----", text, re.S)
    if not m:
        raise ValueError("no PEM block")
    label, body = m.group(1), m.group(2)
    headers = {}
    if "Proc-Type:" in body:
        head, _, body = body.partition("\n\n")
        for ln in head.splitlines():
            k, _, v = ln.partition(": ")
            headers[k] = v
    return label, headers, base64.b64decode("".join(body.split()))


def _sread(buf, pos):
    n = struct.unpack(">I", buf[pos:pos + 4])[0]
    return buf[pos + 4:pos + 4 + n], pos + 4 + n


def check_openssh(blob):
    assert blob.startswith(b"openssh-key-v1\x00")
    pos = 15
    cipher, pos = _sread(blob, pos)
    _, pos = _sread(blob, pos)
    _, pos = _sread(blob, pos)
    pos += 4
    pub, pos = _sread(blob, pos)
    priv, pos = _sread(blob, pos)
    if cipher != b"none":
        return False
    c1, c2 = struct.unpack(">II", priv[:8])
    p = 8
    kt, p = _sread(priv, p)
    if c1 != c2:
        return False
    if kt == b"ssh-ed25519":
        pk, p = _sread(priv, p)
        sk, p = _sread(priv, p)
        ok = C.ed25519_public(sk[:32]) == pk and sk[32:] == pk
    elif kt == b"ssh-rsa":
        vals = []
        for _ in range(6):
            v, p = _sread(priv, p)
            vals.append(int.from_bytes(v, "big"))
        n, e, d, qi, pp, q = vals
        ok = check_rsa(n, e, d, pp, q) and (qi * q) % pp == 1
    else:
        _, p = _sread(priv, p)
        pt, p = _sread(priv, p)
        d, p = _sread(priv, p)
        Q = C.ec_mul(int.from_bytes(d, "big"))
        ok = pt == b"\x04" + K.ib(Q[0], 32) + K.ib(Q[1], 32)
    _, p = _sread(priv, p)
    pad = priv[p:]
    return ok and pad == bytes(range(1, len(pad) + 1))


def check_ppk(text):
    lines = text.splitlines()
    alg = lines[0].split(": ", 1)[1]
    comment = lines[2].split(": ", 1)[1]
    npub = int(lines[3].split(": ")[1])
    pub = base64.b64decode("".join(lines[4:4 + npub]))
    nprv = int(lines[4 + npub].split(": ")[1])
    prv = base64.b64decode("".join(lines[5 + npub:5 + npub + nprv]))
    mac = lines[5 + npub + nprv].split(": ")[1]
    data = K.sstr(alg) + K.sstr("none") + K.sstr(comment) + K.sstr(pub) + K.sstr(prv)
    if hmac.new(b"", data, hashlib.sha256).hexdigest() != mac:
        return False
    if alg == "ssh-ed25519":
        pk, _ = _sread(pub, _sread(pub, 0)[1])
        sk, _ = _sread(prv, 0)
        return C.ed25519_public(sk) == pk
    if alg == "ssh-rsa":
        p = _sread(pub, 0)[1]
        e, p = _sread(pub, p)
        n, p = _sread(pub, p)
        vals, p = [], 0
        for _ in range(4):
            v, p = _sread(prv, p)
            vals.append(int.from_bytes(v, "big"))
        d, pp, q, qi = vals
        return check_rsa(int.from_bytes(n, "big"), int.from_bytes(e, "big"), d, pp, q) and (qi * q) % pp == 1
    return False


def check_jwk(text):
    d = json.loads(text)

    def n(x):
        return int.from_bytes(base64.urlsafe_b64decode(d[x] + "=" * (-len(d[x]) % 4)), "big")
    if d["kty"] == "RSA":
        return check_rsa(n("n"), n("e"), n("d"), n("p"), n("q"), n("dp"), n("dq"), n("qi"))
    if d["kty"] == "EC":
        Q = C.ec_mul(n("d"))
        return Q == (n("x"), n("y"))
    seed = base64.urlsafe_b64decode(d["d"] + "==")
    return C.ed25519_public(seed) == base64.urlsafe_b64decode(d["x"] + "==")


def check_key(raw, chk):
    """raw is the canonical key text; chk is the values.json check dict. Returns True when consistent."""
    fmt = chk["format"]
    if fmt == "ppk3":
        return check_ppk(raw)
    if fmt == "jwk":
        return check_jwk(raw)
    label, headers, der = _pem_parts(raw)
    if fmt == "openssh":
        return check_openssh(der)
    if fmt == "pkcs8-enc":
        return check_pkcs8(decrypt_pkcs8(der, chk["passphrase"]))
    if fmt == "legacy-enc":
        iv = bytes.fromhex(headers["DEK-Info"].split(",")[1])
        plain = C.cbc_decrypt(K.legacy_key(chk["passphrase"], iv[:8]), iv, der)
        return check_pkcs1(plain) if label.startswith("RSA") else check_sec1(plain)
    if fmt == "pkcs8":
        return check_pkcs8(der)
    if label == "RSA PRIVATE KEY":
        return check_pkcs1(der)
    return check_sec1(der)
