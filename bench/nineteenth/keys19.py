"""Key encodings: PKCS#1, SEC1, PKCS#8, OpenSSH, PuTTY PPK v2/v3, JWK, SPKI, SSH public lines, X.509."""
import base64
import hashlib
import hmac
import json
import struct

import crypto19 as C

OID_RSA = "1.2.840.113549.1.1.1"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_ED25519 = "1.3.101.112"
OID_ECDSA_SHA256 = "1.2.840.10045.4.3.2"


def gen_key(rng, kind):
    if kind == "rsa":
        k = C.rsa_generate(rng, 2048)
        k["type"] = "rsa"
        return k
    if kind == "ec":
        k = C.p256_generate(rng)
        k["type"] = "ec"
        return k
    if kind == "ed25519":
        seed = bytes(rng.getrandbits(8) for _ in range(32))
        return {"type": "ed25519", "seed": seed, "pub": C.ed25519_public(seed)}
    raise ValueError(kind)


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def ib(v, n=None):
    if n is None:
        n = max(1, (v.bit_length() + 7) // 8)
    return v.to_bytes(n, "big")


def pem(label, der, width=64):
    s = b64(der)
    lines = [s[i:i + width] for i in range(0, len(s), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


# ------------------------------------------------------------------ DER structures
def pkcs1_der(k):
    return C.der_seq(*[C.der_int(x) for x in (0, k["n"], k["e"], k["d"], k["p"], k["q"], k["dp"], k["dq"], k["qi"])])


def rsa_pub_der(k):
    return C.der_seq(C.der_int(k["n"]), C.der_int(k["e"]))


def sec1_der(k, with_params=True):
    parts = [C.der_int(1), C.der_octet(ib(k["d"], 32))]
    if with_params:
        parts.append(C.der_ctx(0, C.der_oid(OID_P256)))
    parts.append(C.der_ctx(1, C.der_bits(C.p256_point_bytes(k["Q"]))))
    return C.der_seq(*parts)


def algid(k):
    if k["type"] == "rsa":
        return C.der_seq(C.der_oid(OID_RSA), C.der_null())
    if k["type"] == "ec":
        return C.der_seq(C.der_oid(OID_EC), C.der_oid(OID_P256))
    return C.der_seq(C.der_oid(OID_ED25519))


def pkcs8_der(k):
    if k["type"] == "rsa":
        inner = pkcs1_der(k)
    elif k["type"] == "ec":
        inner = sec1_der(k, with_params=False)
    else:
        inner = C.der_octet(k["seed"])
    return C.der_seq(C.der_int(0), algid(k), C.der_octet(inner))


def spki_der(k):
    if k["type"] == "rsa":
        bits = rsa_pub_der(k)
    elif k["type"] == "ec":
        bits = C.p256_point_bytes(k["Q"])
    else:
        bits = k["pub"]
    return C.der_seq(algid(k), C.der_bits(bits))


def pkcs1_pem(k):
    return pem("RSA PRIVATE KEY", pkcs1_der(k))


def sec1_pem(k):
    return pem("EC PRIVATE KEY", sec1_der(k))


def pkcs8_pem(k):
    return pem("PRIVATE KEY", pkcs8_der(k))


def spki_pem(k):
    return pem("PUBLIC KEY", spki_der(k))


def rsa_pub_pem(k):
    return pem("RSA PUBLIC KEY", rsa_pub_der(k))


# ------------------------------------------------------------------ SSH wire format
def s_str(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def s_mpint(v):
    if v == 0:
        return s_str(b"")
    b = v.to_bytes((v.bit_length() + 8) // 8, "big")
    if len(b) > 1 and b[0] == 0 and b[1] < 0x80:
        b = b[1:]
    return s_str(b)


def ssh_alg(k):
    return {"rsa": "ssh-rsa", "ec": "ecdsa-sha2-nistp256", "ed25519": "ssh-ed25519"}[k["type"]]


def ssh_pub_blob(k):
    if k["type"] == "rsa":
        return s_str("ssh-rsa") + s_mpint(k["e"]) + s_mpint(k["n"])
    if k["type"] == "ec":
        return s_str("ecdsa-sha2-nistp256") + s_str("nistp256") + s_str(C.p256_point_bytes(k["Q"]))
    return s_str("ssh-ed25519") + s_str(k["pub"])


def ssh_pub_line(k, comment):
    return "%s %s %s" % (ssh_alg(k), b64(ssh_pub_blob(k)), comment)


def ssh_fingerprint(k):
    return "SHA256:" + base64.b64encode(hashlib.sha256(ssh_pub_blob(k)).digest()).decode().rstrip("=")


def openssh_pem(k, comment, rng):
    check = rng.getrandbits(32)
    priv = struct.pack(">II", check, check)
    if k["type"] == "rsa":
        priv += (s_str("ssh-rsa") + s_mpint(k["n"]) + s_mpint(k["e"]) + s_mpint(k["d"]) + s_mpint(k["qi"])
                 + s_mpint(k["p"]) + s_mpint(k["q"]))
    elif k["type"] == "ec":
        priv += (s_str("ecdsa-sha2-nistp256") + s_str("nistp256") + s_str(C.p256_point_bytes(k["Q"]))
                 + s_mpint(k["d"]))
    else:
        priv += s_str("ssh-ed25519") + s_str(k["pub"]) + s_str(k["seed"] + k["pub"])
    priv += s_str(comment)
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = (b"openssh-key-v1\x00" + s_str("none") + s_str("none") + s_str(b"") + struct.pack(">I", 1)
            + s_str(ssh_pub_blob(k)) + s_str(priv))
    s = b64(blob)
    lines = [s[i:i + 70] for i in range(0, len(s), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % "\n".join(lines)


def ppk_private_blob(k):
    if k["type"] == "rsa":
        return s_mpint(k["d"]) + s_mpint(k["p"]) + s_mpint(k["q"]) + s_mpint(k["qi"])
    if k["type"] == "ec":
        return s_mpint(k["d"])
    return s_str(k["seed"])


def ppk_mac(version, alg, comment, pub, priv):
    data = s_str(alg) + s_str("none") + s_str(comment) + s_str(pub) + s_str(priv)
    if version == 2:
        key = hashlib.sha1(b"putty-private-key-file-mac-key").digest()
        return hmac.new(key, data, hashlib.sha1).hexdigest()
    return hmac.new(b"", data, hashlib.sha256).hexdigest()


def ppk(k, comment, version=3):
    alg = ssh_alg(k)
    pub = ssh_pub_blob(k)
    priv = ppk_private_blob(k)

    def wrap(b):
        s = b64(b)
        return [s[i:i + 64] for i in range(0, len(s), 64)]
    pl, vl = wrap(pub), wrap(priv)
    out = ["PuTTY-User-Key-File-%d: %s" % (version, alg), "Encryption: none", "Comment: %s" % comment,
           "Public-Lines: %d" % len(pl)] + pl + ["Private-Lines: %d" % len(vl)] + vl
    out.append("Private-MAC: %s" % ppk_mac(version, alg, comment, pub, priv))
    return "\n".join(out)


# ------------------------------------------------------------------ JWK
def jwk(k, kid=None, private=True):
    if k["type"] == "rsa":
        d = {"kty": "RSA", "n": b64u(ib(k["n"])), "e": b64u(ib(k["e"]))}
        if private:
            for name, v in (("d", k["d"]), ("p", k["p"]), ("q", k["q"]), ("dp", k["dp"]), ("dq", k["dq"]),
                            ("qi", k["qi"])):
                d[name] = b64u(ib(v))
    elif k["type"] == "ec":
        d = {"kty": "EC", "crv": "P-256", "x": b64u(ib(k["Q"][0], 32)), "y": b64u(ib(k["Q"][1], 32))}
        if private:
            d["d"] = b64u(ib(k["d"], 32))
    else:
        d = {"kty": "OKP", "crv": "Ed25519", "x": b64u(k["pub"])}
        if private:
            d["d"] = b64u(k["seed"])
    if kid:
        d["kid"] = kid
    return d


# ------------------------------------------------------------------ X.509
def _name(cn, org=None, country=None):
    rdns = []
    if country:
        rdns.append(C.der_set(C.der_seq(C.der_oid("2.5.4.6"), C.der_printable(country))))
    if org:
        rdns.append(C.der_set(C.der_seq(C.der_oid("2.5.4.10"), C.der_utf8(org))))
    rdns.append(C.der_set(C.der_seq(C.der_oid("2.5.4.3"), C.der_utf8(cn))))
    return C.der_seq(*rdns)


def x509_der(rng, subject_key, cn, org, ca_key, ca_cn, not_before="250101000000Z", not_after="280101000000Z",
             is_ca=False):
    serial = rng.getrandbits(63) | (1 << 62)
    sigalg = C.der_seq(C.der_oid(OID_ECDSA_SHA256))
    exts = [C.der_seq(C.der_oid("2.5.29.19"), C.der_bool(True), C.der_octet(C.der_seq(C.der_bool(True)) if is_ca
                                                                              else C.der_seq()))]
    tbs = C.der_seq(C.der_ctx(0, C.der_int(2)), C.der_int(serial), sigalg, _name(ca_cn, org),
                    C.der_seq(C.der_utctime(not_before), C.der_utctime(not_after)), _name(cn, org),
                    spki_der(subject_key), C.der_ctx(3, C.der_seq(*exts)))
    r, s = C.ecdsa_sign(rng, ca_key["d"], tbs)
    sig = C.der_seq(C.der_int(r), C.der_int(s))
    return C.der_seq(tbs, sigalg, C.der_bits(sig))


def x509_pem(rng, subject_key, cn, org, ca_key, ca_cn, **kw):
    return pem("CERTIFICATE", x509_der(rng, subject_key, cn, org, ca_key, ca_cn, **kw))


def jwk_json(d, indent=None):
    return json.dumps(d, indent=indent)
