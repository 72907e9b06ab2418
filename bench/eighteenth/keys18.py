"""Private/public key encodings: PKCS#1, SEC1, PKCS#8, OpenSSH, PuTTY PPK v2, JWK; SPKI, OpenSSH public, X.509."""
import datetime
import hashlib
import hmac
import json
import struct

from crypto18 import (OID_EC, OID_ECDSA_SHA256, OID_ED25519, OID_P256, OID_RSA, OID_SHA256_RSA, b64, b64u,
                      bitstr, ctx, der_int, der_set, ec_point_bytes, ecdsa_sign, ib, null, octet, oid, pem, rsa_sign_sha256,
                      seq, tlv)


# ------------------------------------------------------------------ DER bodies
def pkcs1(k):
    return seq(*[der_int(x) for x in (0, k["n"], k["e"], k["d"], k["p"], k["q"], k["dp"], k["dq"], k["qi"])])


def sec1(k, with_params=True):
    parts = [der_int(1), octet(ib(k["d"], 32))]
    if with_params:
        parts.append(ctx(0, oid(OID_P256)))
    parts.append(ctx(1, bitstr(ec_point_bytes(k["Q"]))))
    return seq(*parts)


def pkcs8(k):
    if k["type"] == "rsa":
        return seq(der_int(0), seq(oid(OID_RSA), null()), octet(pkcs1(k)))
    if k["type"] == "ec":
        return seq(der_int(0), seq(oid(OID_EC), oid(OID_P256)), octet(sec1(k, with_params=False)))
    return seq(der_int(0), seq(oid(OID_ED25519)), octet(octet(k["seed"])))


def spki(k):
    if k["type"] == "rsa":
        return seq(seq(oid(OID_RSA), null()), bitstr(seq(der_int(k["n"]), der_int(k["e"]))))
    if k["type"] == "ec":
        return seq(seq(oid(OID_EC), oid(OID_P256)), bitstr(ec_point_bytes(k["Q"])))
    return seq(seq(oid(OID_ED25519)), bitstr(k["pub"]))


def pem_pkcs1(k):
    return pem("RSA PRIVATE KEY", pkcs1(k))


def pem_sec1(k):
    return pem("EC PRIVATE KEY", sec1(k))


def pem_pkcs8(k):
    return pem("PRIVATE KEY", pkcs8(k))


def pem_public(k):
    return pem("PUBLIC KEY", spki(k))


def pem_rsa_public(k):
    return pem("RSA PUBLIC KEY", seq(der_int(k["n"]), der_int(k["e"])))


# ------------------------------------------------------------------ SSH wire format
def sstr(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def mpint(n):
    if n == 0:
        return sstr(b"")
    b = n.to_bytes((n.bit_length() + 8) // 8, "big")
    return sstr(b)


def ssh_type(k):
    return {"rsa": "ssh-rsa", "ec": "ecdsa-sha2-nistp256", "ed25519": "ssh-ed25519"}[k["type"]]


def ssh_pub_blob(k):
    if k["type"] == "rsa":
        return sstr("ssh-rsa") + mpint(k["e"]) + mpint(k["n"])
    if k["type"] == "ec":
        return sstr("ecdsa-sha2-nistp256") + sstr("nistp256") + sstr(ec_point_bytes(k["Q"]))
    return sstr("ssh-ed25519") + sstr(k["pub"])


def ssh_public_line(k, comment):
    return "%s %s %s" % (ssh_type(k), b64(ssh_pub_blob(k)), comment)


def ssh_fingerprint(k):
    return "SHA256:" + b64(hashlib.sha256(ssh_pub_blob(k)).digest()).rstrip("=")


def openssh_private(k, comment, rng):
    check = rng.getrandbits(32)
    body = struct.pack(">II", check, check)
    if k["type"] == "rsa":
        body += sstr("ssh-rsa") + mpint(k["n"]) + mpint(k["e"]) + mpint(k["d"]) + mpint(k["qi"]) + mpint(k["p"]) + mpint(k["q"])
    elif k["type"] == "ec":
        body += sstr("ecdsa-sha2-nistp256") + sstr("nistp256") + sstr(ec_point_bytes(k["Q"])) + mpint(k["d"])
    else:
        body += sstr("ssh-ed25519") + sstr(k["pub"]) + sstr(k["seed"] + k["pub"])
    body += sstr(comment)
    i = 1
    while len(body) % 8:
        body += bytes([i])
        i += 1
    blob = b"openssh-key-v1\x00" + sstr("none") + sstr("none") + sstr(b"") + struct.pack(">I", 1) + sstr(ssh_pub_blob(k)) + sstr(body)
    s = b64(blob)
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----\n" % "\n".join(
        s[i:i + 70] for i in range(0, len(s), 70))


def ppk_private_blob(k):
    return mpint(k["d"]) + mpint(k["p"]) + mpint(k["q"]) + mpint(k["qi"])


def ppk_mac(k, comment, passphrase=b""):
    key = hashlib.sha1(b"putty-private-key-file-mac-key" + passphrase).digest()
    data = sstr("ssh-rsa") + sstr("none") + sstr(comment) + sstr(ssh_pub_blob(k)) + sstr(ppk_private_blob(k))
    return hmac.new(key, data, hashlib.sha1).hexdigest()


def ppk_v2(k, comment):
    """PuTTY-User-Key-File-2, unencrypted, RSA only."""
    pub = b64(ssh_pub_blob(k))
    prv = b64(ppk_private_blob(k))
    pl = [pub[i:i + 64] for i in range(0, len(pub), 64)]
    rl = [prv[i:i + 64] for i in range(0, len(prv), 64)]
    return ("PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: %s\nPublic-Lines: %d\n%s\nPrivate-Lines: %d\n%s\n"
            "Private-MAC: %s\n") % (comment, len(pl), "\n".join(pl), len(rl), "\n".join(rl), ppk_mac(k, comment))


def jwk_private(k, kid):
    if k["type"] == "rsa":
        d = {"kty": "RSA", "kid": kid, "use": "sig", "alg": "RS256", "n": b64u(ib(k["n"])), "e": b64u(ib(k["e"])),
             "d": b64u(ib(k["d"])), "p": b64u(ib(k["p"])), "q": b64u(ib(k["q"])), "dp": b64u(ib(k["dp"])),
             "dq": b64u(ib(k["dq"])), "qi": b64u(ib(k["qi"]))}
    elif k["type"] == "ec":
        d = {"kty": "EC", "kid": kid, "use": "sig", "alg": "ES256", "crv": "P-256", "x": b64u(ib(k["Q"][0], 32)),
             "y": b64u(ib(k["Q"][1], 32)), "d": b64u(ib(k["d"], 32))}
    else:
        d = {"kty": "OKP", "kid": kid, "crv": "Ed25519", "x": b64u(k["pub"]), "d": b64u(k["seed"])}
    return d


def jwk_public(k, kid):
    d = jwk_private(k, kid)
    for f in ("d", "p", "q", "dp", "dq", "qi"):
        d.pop(f, None)
    return d


# ------------------------------------------------------------------ X.509
def _name(cn, org, country):
    def rdn(o, v, tag=0x0C):
        return der_set(seq(oid(o), tlv(tag, v.encode())))
    return seq(rdn("2.5.4.6", country, 0x13), rdn("2.5.4.10", org), rdn("2.5.4.3", cn))


def _time(dt):
    if dt.year < 2050:
        return tlv(0x17, dt.strftime("%y%m%d%H%M%SZ").encode())
    return tlv(0x18, dt.strftime("%Y%m%d%H%M%SZ").encode())


def certificate(subject_key, issuer_key, cn, org, country, rng, issuer_cn=None, days=825, start=None, ca=False):
    start = start or datetime.datetime(2024, 1, 1) + datetime.timedelta(days=rng.randrange(0, 700))
    serial = rng.getrandbits(127) | (1 << 120)
    alg = seq(oid(OID_ECDSA_SHA256)) if issuer_key["type"] == "ec" else seq(oid(OID_SHA256_RSA), null())
    exts = []
    if ca:
        exts.append(seq(oid("2.5.29.19"), tlv(0x01, b"\xff"), octet(seq(tlv(0x01, b"\xff")))))
    else:
        exts.append(seq(oid("2.5.29.17"), octet(seq(tlv(0x82, cn.encode())))))
    tbs = seq(ctx(0, der_int(2)), der_int(serial), alg, _name(issuer_cn or cn, org, country),
              seq(_time(start), _time(start + datetime.timedelta(days=days))), _name(cn, org, country),
              spki(subject_key), ctx(3, seq(*exts)))
    if issuer_key["type"] == "ec":
        sig = ecdsa_sign(issuer_key, tbs, rng)
    else:
        sig = rsa_sign_sha256(issuer_key, tbs)
    return pem("CERTIFICATE", seq(tbs, alg, bitstr(sig)))


def json_compact(d):
    return json.dumps(d, separators=(",", ":"))
