"""Structural checks of key material for verify.py: PKCS#1 (n = p*q, CRT values, d*e = 1 mod lcm), SEC1 and
PKCS#8 EC (Q = d*G), PKCS#8 Ed25519 (seed length), SPKI and X.509 DER structure, OpenSSH private keys
(check-ints, padding, public parts match) and private JWKs."""

import base64
import json
import struct

from nkeys import (OID_EC, OID_ED25519, OID_RSA, _lcm, d_items, d_parse, d_whole, ec_mul, ed25519_public, oid_str,
                   on_curve, ssh_mpint, ssh_str, tlv, ub64u)


def _ints(body):
    return [int.from_bytes(v, "big") for t, v in d_items(body) if t == 0x02]


def check_pkcs1(der):
    t, body = d_whole(der)
    v, n, e, d, p, q, dp, dq, qi = _ints(body)[:9]
    assert t == 0x30 and v == 0 and n == p * q, "RSA n != p*q"
    assert d * e % _lcm(p - 1, q - 1) == 1, "RSA d does not invert e"
    assert dp == d % (p - 1) and dq == d % (q - 1) and qi * q % p == 1, "RSA CRT values"
    return "rsa%d" % n.bit_length()


def _check_sec1(body, params_required=False):
    items = d_items(body)
    assert items[0] == (0x02, b"\x01"), "SEC1 version"
    d = int.from_bytes(items[1][1], "big")
    pt = [v for t, v in items if t == 0xA1]
    assert pt, "SEC1 without public key"
    _, bits = d_parse(pt[0], 0)[:2]
    x, y = int.from_bytes(bits[2:34], "big"), int.from_bytes(bits[34:66], "big")
    assert bits[1] == 4 and on_curve(x, y) and ec_mul(d) == (x, y), "EC Q != d*G"
    return "p256"


def check_sec1(der):
    t, body = d_whole(der)
    return _check_sec1(body)


def check_pkcs8(der):
    t, body = d_whole(der)
    items = d_items(body)
    alg = d_items(items[1][1])
    oid = oid_str(alg[0][1])
    inner = items[2][1]
    if oid == OID_RSA:
        return check_pkcs1(inner)
    if oid == OID_EC:
        return _check_sec1(d_whole(inner)[1])
    if oid == OID_ED25519:
        t, seed = d_whole(inner)
        assert t == 0x04 and len(seed) == 32, "Ed25519 seed length"
        return "ed25519"
    raise AssertionError("unknown PKCS#8 algorithm " + oid)


def check_spki(der):
    t, body = d_whole(der)
    items = d_items(body)
    assert items[1][0] == 0x03, "SPKI bit string"
    return oid_str(d_items(items[0][1])[0][1])


def check_cert(der):
    t, body = d_whole(der)
    items = d_items(body)
    assert len(items) == 3 and items[2][0] == 0x03, "certificate structure"
    tbs = d_items(items[0][1])
    return check_spki(tlv(0x30, tbs[6][1]))


def _ssh_read(b, i):
    n = struct.unpack(">I", b[i:i + 4])[0]
    return b[i + 4:i + 4 + n], i + 4 + n


def check_openssh(text):
    body = "".join(l.strip() for l in text.strip().splitlines()[1:-1])
    blob = base64.b64decode(body)
    assert blob.startswith(b"openssh-key-v1\x00"), "openssh magic"
    i = 15
    cipher, i = _ssh_read(blob, i)
    kdf, i = _ssh_read(blob, i)
    _, i = _ssh_read(blob, i)
    assert cipher == b"none" and kdf == b"none", "encrypted openssh key"
    assert struct.unpack(">I", blob[i:i + 4])[0] == 1
    pub, i = _ssh_read(blob, i + 4)
    priv, i = _ssh_read(blob, i)
    assert i == len(blob) and len(priv) % 8 == 0, "openssh length/padding"
    c1, c2 = struct.unpack(">II", priv[:8])
    assert c1 == c2, "openssh check-ints"
    kt, j = _ssh_read(priv, 8)
    ktp, _ = _ssh_read(pub, 0)
    assert kt == ktp, "openssh key type"
    f = []
    while len(f) < 6:
        try:
            x, j2 = _ssh_read(priv, j)
        except struct.error:
            break
        if j2 > len(priv):
            break
        f.append(x)
        j = j2
    if kt == b"ssh-rsa":
        n, e, d, iqmp, p, q = [int.from_bytes(x, "big") for x in f[:6]]
        assert n == p * q and d * e % _lcm(p - 1, q - 1) == 1 and iqmp * q % p == 1, "openssh RSA"
        assert pub == ssh_str(b"ssh-rsa") + ssh_mpint(e) + ssh_mpint(n), "openssh RSA public"
        return "rsa%d" % n.bit_length()
    if kt == b"ssh-ed25519":
        pk, sk = f[0], f[1]
        assert len(sk) == 64 and sk[32:] == pk and ed25519_public(sk[:32]) == pk, "openssh Ed25519"
        return "ed25519"
    if kt == b"ecdsa-sha2-nistp256":
        pt, d = f[1], int.from_bytes(f[2], "big")
        assert ec_mul(d) == (int.from_bytes(pt[1:33], "big"), int.from_bytes(pt[33:65], "big")), "openssh EC"
        return "p256"
    raise AssertionError("unknown openssh key type")


def check_jwk(j):
    if isinstance(j, str):
        j = json.loads(j)
    if j["kty"] == "RSA":
        n, e, d, p, q = [int.from_bytes(ub64u(j[k]), "big") for k in ("n", "e", "d", "p", "q")]
        assert n == p * q and d * e % _lcm(p - 1, q - 1) == 1, "JWK RSA"
        return "rsa"
    if j["kty"] == "EC":
        x, y, d = [int.from_bytes(ub64u(j[k]), "big") for k in ("x", "y", "d")]
        assert ec_mul(d) == (x, y), "JWK EC"
        return "p256"
    if j["kty"] == "OKP":
        assert ed25519_public(ub64u(j["d"])) == ub64u(j["x"]), "JWK Ed25519"
        return "ed25519"
    raise AssertionError("JWK kty")


LABELS = {"RSA PRIVATE KEY": check_pkcs1, "EC PRIVATE KEY": check_sec1, "PRIVATE KEY": check_pkcs8,
          "PUBLIC KEY": check_spki, "CERTIFICATE": check_cert}
PRIVATE_LABELS = ("RSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY")


def check_pem(text):
    """text = one PEM block (BEGIN..END, lines may be indented). Returns (label, kind)."""
    lines = [l.strip() for l in text.strip().splitlines()]
    label = lines[0][11:-5]
    assert lines[0] == "-----BEGIN %s-----" % label and lines[-1] == "-----END %s-----" % label, "PEM armour"
    if label == "OPENSSH PRIVATE KEY":
        return label, check_openssh("\n".join(lines))
    der = base64.b64decode("".join(lines[1:-1]), validate=True)
    return label, LABELS[label](der)
