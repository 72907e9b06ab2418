"""Private/public key encodings: PKCS#1, SEC1, PKCS#8, PBES2 PKCS#8, legacy encrypted PEM, OpenSSH,
PuTTY PPK v3, JWK, SPKI and X.509 certificates signed by a per-corpus CA."""
import base64
import hashlib
import hmac
import json
import struct

import crypto17 as C

OID_RSA = "1.2.840.113549.1.1.1"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_ED = "1.3.101.112"


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def ib(n, size=None):
    size = size or (n.bit_length() + 7) // 8
    return n.to_bytes(size, "big")


def pem(label, der, headers=None, width=64):
    body = b64(der)
    lines = ["-----BEGIN %s-----" % label]
    if headers:
        lines += ["%s: %s" % kv for kv in headers] + [""]
    lines += [body[i:i + width] for i in range(0, len(body), width)]
    lines.append("-----END %s-----" % label)
    return "\n".join(lines)


# ---------------------------------------------------------------- DER bodies
def rsa_pkcs1(k):
    return C.seq(*[C.der_int(v) for v in (0, k["n"], k["e"], k["d"], k["p"], k["q"], k["dp"], k["dq"], k["qi"])])


def ec_point(k):
    return b"\x04" + ib(k["x"], 32) + ib(k["y"], 32)


def ec_sec1(k, params=True):
    parts = [C.der_int(1), C.octets(ib(k["d"], 32))]
    if params:
        parts.append(C.ctx(0, C.oid(OID_P256)))
    parts.append(C.ctx(1, C.bits(ec_point(k))))
    return C.seq(*parts)


def pkcs8(k):
    if k["kty"] == "RSA":
        alg, inner = C.seq(C.oid(OID_RSA), C.NULL), rsa_pkcs1(k)
    elif k["kty"] == "EC":
        alg, inner = C.seq(C.oid(OID_EC), C.oid(OID_P256)), ec_sec1(k, params=False)
    else:
        alg, inner = C.seq(C.oid(OID_ED)), C.octets(k["seed"])
    return C.seq(C.der_int(0), alg, C.octets(inner))


def spki(k):
    if k["kty"] == "RSA":
        return C.seq(C.seq(C.oid(OID_RSA), C.NULL), C.bits(C.seq(C.der_int(k["n"]), C.der_int(k["e"]))))
    if k["kty"] == "EC":
        return C.seq(C.seq(C.oid(OID_EC), C.oid(OID_P256)), C.bits(ec_point(k)))
    return C.seq(C.seq(C.oid(OID_ED)), C.bits(k["pub"]))


def rand_bytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def pkcs8_encrypted(k, passphrase, rng, iters=2048):
    salt, iv = rand_bytes(rng, 16), rand_bytes(rng, 16)
    key = hashlib.pbkdf2_hmac("sha256", passphrase.encode(), salt, iters, 32)
    ct = C.cbc_encrypt(key, iv, pkcs8(k))
    kdf = C.seq(C.oid("1.2.840.113549.1.5.12"),
                C.seq(C.octets(salt), C.der_int(iters), C.seq(C.oid("1.2.840.113549.2.9"), C.NULL)))
    enc = C.seq(C.oid("2.16.840.1.101.3.4.1.42"), C.octets(iv))
    return C.seq(C.seq(C.oid("1.2.840.113549.1.5.13"), C.seq(kdf, enc)), C.octets(ct))


def legacy_key(passphrase, salt):
    return hashlib.md5(passphrase.encode() + salt).digest()


# ---------------------------------------------------------------- OpenSSH / PPK
def sstr(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def mpint(n):
    b = n.to_bytes((n.bit_length() + 8) // 8, "big") if n else b""
    return sstr(b)


def ssh_pub_blob(k):
    if k["kty"] == "RSA":
        return sstr("ssh-rsa") + mpint(k["e"]) + mpint(k["n"])
    if k["kty"] == "EC":
        return sstr("ecdsa-sha2-nistp256") + sstr("nistp256") + sstr(ec_point(k))
    return sstr("ssh-ed25519") + sstr(k["pub"])


def ssh_type(k):
    return {"RSA": "ssh-rsa", "EC": "ecdsa-sha2-nistp256", "OKP": "ssh-ed25519"}[k["kty"]]


def ssh_pub_line(k, comment):
    return "%s %s %s" % (ssh_type(k), b64(ssh_pub_blob(k)), comment)


def openssh_private(k, comment, rng):
    chk = rng.getrandbits(32)
    priv = struct.pack(">II", chk, chk) + sstr(ssh_type(k))
    if k["kty"] == "RSA":
        priv += b"".join(mpint(k[x]) for x in ("n", "e", "d", "qi", "p", "q"))
    elif k["kty"] == "EC":
        priv += sstr("nistp256") + sstr(ec_point(k)) + mpint(k["d"])
    else:
        priv += sstr(k["pub"]) + sstr(k["seed"] + k["pub"])
    priv += sstr(comment)
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = b"openssh-key-v1\x00" + sstr("none") + sstr("none") + sstr(b"") + struct.pack(">I", 1) \
        + sstr(ssh_pub_blob(k)) + sstr(priv)
    return pem("OPENSSH PRIVATE KEY", blob, width=70)


def ppk_private_blob(k):
    if k["kty"] == "RSA":
        return mpint(k["d"]) + mpint(k["p"]) + mpint(k["q"]) + mpint(k["qi"])
    if k["kty"] == "EC":
        return mpint(k["d"])
    return sstr(k["seed"])


def ppk3(k, comment):
    alg = ssh_type(k)
    pub, priv = ssh_pub_blob(k), ppk_private_blob(k)
    mac = hmac.new(b"", sstr(alg) + sstr("none") + sstr(comment) + sstr(pub) + sstr(priv), hashlib.sha256).hexdigest()

    def wrap(b):
        s = b64(b)
        return [s[i:i + 64] for i in range(0, len(s), 64)]
    pl, vl = wrap(pub), wrap(priv)
    lines = ["PuTTY-User-Key-File-3: " + alg, "Encryption: none", "Comment: " + comment,
             "Public-Lines: %d" % len(pl)] + pl + ["Private-Lines: %d" % len(vl)] + vl + ["Private-MAC: " + mac]
    return "\n".join(lines)


# ---------------------------------------------------------------- JWK
def jwk(k, kid, private=True):
    if k["kty"] == "RSA":
        d = {"kty": "RSA", "kid": kid, "n": b64u(ib(k["n"])), "e": b64u(ib(k["e"]))}
        if private:
            d.update({x: b64u(ib(k[x])) for x in ("d", "p", "q", "dp", "dq", "qi")})
    elif k["kty"] == "EC":
        d = {"kty": "EC", "kid": kid, "crv": "P-256", "x": b64u(ib(k["x"], 32)), "y": b64u(ib(k["y"], 32))}
        if private:
            d["d"] = b64u(ib(k["d"], 32))
    else:
        d = {"kty": "OKP", "kid": kid, "crv": "Ed25519", "x": b64u(k["pub"])}
        if private:
            d["d"] = b64u(k["seed"])
    return d


# ---------------------------------------------------------------- render
def private_text(k, fmt, rng, passphrase=None, comment="key"):
    """Return the private key text in one of the formats; the check dict goes into values.json."""
    chk = {"format": fmt}
    if fmt == "pkcs1":
        txt = pem("RSA PRIVATE KEY", rsa_pkcs1(k)) if k["kty"] == "RSA" else pem("EC PRIVATE KEY", ec_sec1(k))
    elif fmt == "pkcs8":
        txt = pem("PRIVATE KEY", pkcs8(k))
    elif fmt == "pkcs8-enc":
        txt = pem("ENCRYPTED PRIVATE KEY", pkcs8_encrypted(k, passphrase, rng))
        chk["passphrase"] = passphrase
    elif fmt == "legacy-enc":
        iv = rand_bytes(rng, 16)
        body = rsa_pkcs1(k) if k["kty"] == "RSA" else ec_sec1(k)
        ct = C.cbc_encrypt(legacy_key(passphrase, iv[:8]), iv, body)
        label = "RSA PRIVATE KEY" if k["kty"] == "RSA" else "EC PRIVATE KEY"
        txt = pem(label, ct, headers=[("Proc-Type", "4,ENCRYPTED"), ("DEK-Info", "AES-128-CBC," + iv.hex().upper())])
        chk["passphrase"] = passphrase
    elif fmt == "openssh":
        txt = openssh_private(k, comment, rng)
    elif fmt == "ppk3":
        txt = ppk3(k, comment)
    elif fmt == "jwk":
        txt = json.dumps(jwk(k, comment), indent=2)
    else:
        raise ValueError(fmt)
    return txt, chk


def public_pem(k):
    return pem("PUBLIC KEY", spki(k))


# ---------------------------------------------------------------- X.509
def _name(cn, org):
    def rdn(o, v):
        return C.tlv(0x31, C.seq(C.oid(o), C.tlv(0x0C, v.encode())))
    return C.seq(rdn("2.5.4.10", org), rdn("2.5.4.3", cn))


def _utc(y, m, d):
    return C.tlv(0x17, ("%02d%02d%02d000000Z" % (y % 100, m, d)).encode())


def certificate(subject_key, cn, org, ca_key, ca_cn, serial, year=2025):
    sig_alg = C.seq(C.oid("1.2.840.113549.1.1.11"), C.NULL)
    tbs = C.seq(C.ctx(0, C.der_int(2)), C.der_int(serial), sig_alg, _name(ca_cn, org),
                C.seq(_utc(year, 3, 1), _utc(year + 2, 3, 1)), _name(cn, org), spki(subject_key))
    digest = hashlib.sha256(tbs).digest()
    info = C.seq(C.seq(C.oid("2.16.840.1.101.3.4.2.1"), C.NULL), C.octets(digest))
    nlen = (ca_key["n"].bit_length() + 7) // 8
    em = b"\x00\x01" + b"\xff" * (nlen - len(info) - 3) + b"\x00" + info
    sig = pow(int.from_bytes(em, "big"), ca_key["d"], ca_key["n"]).to_bytes(nlen, "big")
    return C.seq(tbs, sig_alg, C.bits(sig))


def cert_pem(der):
    return pem("CERTIFICATE", der)


def fingerprint(der):
    h = hashlib.sha256(der).hexdigest().upper()
    return ":".join(h[i:i + 2] for i in range(0, len(h), 2))


def ssh_fingerprint(k):
    return "SHA256:" + base64.b64encode(hashlib.sha256(ssh_pub_blob(k)).digest()).decode().rstrip("=")
