"""Key containers: PKCS#1, SEC1, PKCS#8, SPKI, OpenSSH, PuTTY PPK v2/v3, JWK, SSH public lines, X.509."""

import base64
import hashlib
import hmac
import json
import struct

import crypto20 as C

OID_RSA = "1.2.840.113549.1.1.1"
OID_SHA256_RSA = "1.2.840.113549.1.1.11"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_ECDSA_SHA256 = "1.2.840.10045.4.3.2"
OID_ED25519 = "1.3.101.112"


class Key:
    """kind: rsa | ec | ed25519; holds the numbers."""

    def __init__(self, kind, nums):
        self.kind = kind
        self.k = nums

    @staticmethod
    def generate(kind, rng):
        if kind == "rsa":
            return Key("rsa", C.rsa_generate(rng))
        if kind == "ec":
            return Key("ec", C.ec_generate(rng))
        return Key("ed25519", C.ed_generate(rng))


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def pem(label, der):
    s = b64(der)
    body = "\n".join(s[i:i + 64] for i in range(0, len(s), 64))
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, body, label)


# ---------------------------------------------------------------- DER structures

def pkcs1_der(key):
    k = key.k
    return C.der_seq(*(C.der_int(x) for x in (0, k["n"], k["e"], k["d"], k["p"], k["q"], k["dp"], k["dq"], k["qi"])))


def rsa_pub_der(key):
    return C.der_seq(C.der_int(key.k["n"]), C.der_int(key.k["e"]))


def sec1_der(key, params=True, pub=True):
    parts = [C.der_int(1), C.der_octets(C.i2b(key.k["d"], 32))]
    if params:
        parts.append(C.der_ctx(0, C.der_oid(OID_P256)))
    if pub:
        parts.append(C.der_ctx(1, C.der_bits(C.ec_point_bytes(key.k["Q"]))))
    return C.der_seq(*parts)


def pkcs8_der(key):
    if key.kind == "rsa":
        alg = C.der_seq(C.der_oid(OID_RSA), C.der_null())
        inner = pkcs1_der(key)
    elif key.kind == "ec":
        alg = C.der_seq(C.der_oid(OID_EC), C.der_oid(OID_P256))
        inner = sec1_der(key, params=False, pub=True)
    else:
        alg = C.der_seq(C.der_oid(OID_ED25519))
        inner = C.der_octets(key.k["seed"])
    return C.der_seq(C.der_int(0), alg, C.der_octets(inner))


def spki_der(key):
    if key.kind == "rsa":
        return C.der_seq(C.der_seq(C.der_oid(OID_RSA), C.der_null()), C.der_bits(rsa_pub_der(key)))
    if key.kind == "ec":
        return C.der_seq(C.der_seq(C.der_oid(OID_EC), C.der_oid(OID_P256)), C.der_bits(C.ec_point_bytes(key.k["Q"])))
    return C.der_seq(C.der_seq(C.der_oid(OID_ED25519)), C.der_bits(key.k["pub"]))


def pem_private(key, fmt):
    """fmt: pkcs8 | pkcs1 | sec1"""
    if fmt == "pkcs8":
        return pem("PRIVATE KEY", pkcs8_der(key))
    if fmt == "pkcs1":
        assert key.kind == "rsa"
        return pem("RSA PRIVATE KEY", pkcs1_der(key))
    if fmt == "sec1":
        assert key.kind == "ec"
        return pem("EC PRIVATE KEY", sec1_der(key))
    raise ValueError(fmt)


def pem_public(key):
    return pem("PUBLIC KEY", spki_der(key))


# ---------------------------------------------------------------- SSH wire format

def s_str(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def s_mpint(n):
    if n == 0:
        return s_str(b"")
    b = C.i2b(n)
    if b[0] & 0x80:
        b = b"\x00" + b
    return s_str(b)


def ssh_alg(key):
    return {"rsa": "ssh-rsa", "ec": "ecdsa-sha2-nistp256", "ed25519": "ssh-ed25519"}[key.kind]


def ssh_pub_blob(key):
    if key.kind == "rsa":
        return s_str("ssh-rsa") + s_mpint(key.k["e"]) + s_mpint(key.k["n"])
    if key.kind == "ec":
        return s_str("ecdsa-sha2-nistp256") + s_str("nistp256") + s_str(C.ec_point_bytes(key.k["Q"]))
    return s_str("ssh-ed25519") + s_str(key.k["pub"])


def ssh_pub_line(key, comment):
    return "%s %s %s" % (ssh_alg(key), b64(ssh_pub_blob(key)), comment)


def ssh_fingerprint(key):
    return "SHA256:" + base64.b64encode(hashlib.sha256(ssh_pub_blob(key)).digest()).decode().rstrip("=")


def openssh_private(key, comment, checkint):
    k = key.k
    if key.kind == "rsa":
        body = s_str("ssh-rsa") + b"".join(s_mpint(k[x]) for x in ("n", "e", "d", "qi", "p", "q"))
    elif key.kind == "ec":
        body = s_str("ecdsa-sha2-nistp256") + s_str("nistp256") + s_str(C.ec_point_bytes(k["Q"])) + s_mpint(k["d"])
    else:
        body = s_str("ssh-ed25519") + s_str(k["pub"]) + s_str(k["seed"] + k["pub"])
    priv = struct.pack(">II", checkint, checkint) + body + s_str(comment)
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = (b"openssh-key-v1\x00" + s_str("none") + s_str("none") + s_str(b"") + struct.pack(">I", 1)
            + s_str(ssh_pub_blob(key)) + s_str(priv))
    s = b64(blob)
    lines = [s[i:i + 70] for i in range(0, len(s), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def ppk_private_blob(key):
    k = key.k
    if key.kind == "rsa":
        return s_mpint(k["d"]) + s_mpint(k["p"]) + s_mpint(k["q"]) + s_mpint(k["qi"])
    if key.kind == "ec":
        return s_mpint(k["d"])
    return s_str(k["seed"])


def ppk_mac(version, alg, comment, pub, priv):
    data = s_str(alg) + s_str("none") + s_str(comment) + s_str(pub) + s_str(priv)
    if version == 2:
        mk = hashlib.sha1(b"putty-private-key-file-mac-key").digest()
        return hmac.new(mk, data, hashlib.sha1).hexdigest()
    return hmac.new(b"", data, hashlib.sha256).hexdigest()


def ppk(key, comment, version):
    alg = ssh_alg(key)
    pub = ssh_pub_blob(key)
    priv = ppk_private_blob(key)

    def wrap(b):
        s = b64(b)
        return [s[i:i + 64] for i in range(0, len(s), 64)]

    pl, vl = wrap(pub), wrap(priv)
    out = ["PuTTY-User-Key-File-%d: %s" % (version, alg), "Encryption: none", "Comment: " + comment,
           "Public-Lines: %d" % len(pl)] + pl + ["Private-Lines: %d" % len(vl)] + vl
    out.append("Private-MAC: " + ppk_mac(version, alg, comment, pub, priv))
    return "\n".join(out)


# ---------------------------------------------------------------- JWK

def jwk_private(key, kid=None, extra=None):
    k = key.k
    if key.kind == "rsa":
        d = {"kty": "RSA", "n": b64u(C.i2b(k["n"])), "e": b64u(C.i2b(k["e"])), "d": b64u(C.i2b(k["d"])),
             "p": b64u(C.i2b(k["p"])), "q": b64u(C.i2b(k["q"])), "dp": b64u(C.i2b(k["dp"])),
             "dq": b64u(C.i2b(k["dq"])), "qi": b64u(C.i2b(k["qi"]))}
    elif key.kind == "ec":
        d = {"kty": "EC", "crv": "P-256", "x": b64u(C.i2b(k["Q"][0], 32)), "y": b64u(C.i2b(k["Q"][1], 32)),
             "d": b64u(C.i2b(k["d"], 32))}
    else:
        d = {"kty": "OKP", "crv": "Ed25519", "x": b64u(k["pub"]), "d": b64u(k["seed"])}
    if kid:
        d["kid"] = kid
    if extra:
        d.update(extra)
    return d


def jwk_public(key, kid=None, extra=None):
    d = jwk_private(key, kid, extra)
    for f in ("d", "p", "q", "dp", "dq", "qi"):
        d.pop(f, None)
    return d


def jwk_alg(key):
    return {"rsa": "RS256", "ec": "ES256", "ed25519": "EdDSA"}[key.kind]


# ---------------------------------------------------------------- X.509

def _name(cn, org=None, country=None):
    rdns = []
    if country:
        rdns.append(C.der_set(C.der_seq(C.der_oid("2.5.4.6"), C.der_printable(country))))
    if org:
        rdns.append(C.der_set(C.der_seq(C.der_oid("2.5.4.10"), C.der_utf8(org))))
    rdns.append(C.der_set(C.der_seq(C.der_oid("2.5.4.3"), C.der_utf8(cn))))
    return C.der_seq(*rdns)


def sig_alg(key):
    if key.kind == "rsa":
        return C.der_seq(C.der_oid(OID_SHA256_RSA), C.der_null())
    if key.kind == "ec":
        return C.der_seq(C.der_oid(OID_ECDSA_SHA256))
    return C.der_seq(C.der_oid(OID_ED25519))


def sign(key, msg):
    if key.kind == "rsa":
        return C.rsa_sign_sha256(key.k, msg)
    if key.kind == "ec":
        r, s = C.ecdsa_sign_sha256(key.k, msg)
        return C.der_seq(C.der_int(r), C.der_int(s))
    return C.ed25519_sign(key.k["seed"], msg)


def certificate(key, cn, serial, not_before, not_after, org=None, country=None, sans=(), issuer_key=None,
                issuer_cn=None, ca=False):
    """Self-signed (or signed by issuer_key) v3 certificate; dates as YYMMDDHHMMSSZ."""
    signer = issuer_key or key
    issuer = _name(issuer_cn or cn, org, country)
    exts = [C.der_seq(C.der_oid("2.5.29.19"), b"\x01\x01\xff", C.der_octets(
        C.der_seq(b"\x01\x01\xff") if ca else C.der_seq()))]
    if sans:
        names = b"".join(C.tlv(0x82, s.encode()) for s in sans)
        exts.append(C.der_seq(C.der_oid("2.5.29.17"), C.der_octets(C.der_seq(names))))
    ski = hashlib.sha1(spki_der(key)).digest()
    exts.append(C.der_seq(C.der_oid("2.5.29.14"), C.der_octets(C.der_octets(ski))))
    tbs = C.der_seq(
        C.der_ctx(0, C.der_int(2)), C.der_int(serial), sig_alg(signer), issuer,
        C.der_seq(C.der_utctime(not_before), C.der_utctime(not_after)),
        _name(cn, org, country), spki_der(key), C.der_ctx(3, C.der_seq(*exts)))
    return C.der_seq(tbs, sig_alg(signer), C.der_bits(sign(signer, tbs)))


def cert_pem(der):
    return pem("CERTIFICATE", der)


def json_compact(d):
    return json.dumps(d, separators=(",", ":"))
