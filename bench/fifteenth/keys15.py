"""Real, parseable key material from a seeded RNG: RSA, P-256, Ed25519.

Encodings: PKCS#1, PKCS#8, SEC1, SPKI, OpenSSH (openssh-key-v1, cipher none), JWK, X.509 (ECDSA-signed
by a per-corpus CA). Written from RFC 8017, RFC 5915, RFC 5208, RFC 5280, RFC 8032, OpenSSH PROTOCOL.key.
"""

import base64
import hashlib
import json
import struct

from curves15 import (P256_G, P256_N, ec_mul, ed25519_public, d_int, d_seq, d_set, d_oct, d_bit, D_NULL,
                      d_oid, d_ctx, tlv, OID_RSA, OID_EC, OID_P256, OID_ED25519, OID_ECDSA_SHA256)

_SMALL = [p for p in range(3, 3000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _probable_prime(n, rng):
    for p in _SMALL:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(24):
        a = rng.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(rng, bits, e=65537):
    while True:
        c = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if (c - 1) % e and _probable_prime(c, rng):
            return c


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def _ib(x, n=None):
    return x.to_bytes(n or (x.bit_length() + 7) // 8, "big")


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    body = "\n".join(b[i:i + width] for i in range(0, len(b), width))
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, body, label)


# ---------------------------------------------------------------- SSH wire helpers
def _s(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def _mp(x):
    if x == 0:
        return _s(b"")
    return _s(x.to_bytes((x.bit_length() + 8) // 8, "big"))


class Key:
    """kind: 'rsa' | 'ec' | 'ed25519'."""

    def __init__(self, kind, rng, bits=2048):
        self.kind = kind
        if kind == "rsa":
            e = 65537
            while True:
                p, q = _prime(rng, bits // 2), _prime(rng, bits // 2)
                if p != q and (p * q).bit_length() == bits:
                    break
            if p < q:
                p, q = q, p
            self.n, self.e, self.p, self.q = p * q, e, p, q
            self.d = pow(e, -1, (p - 1) * (q - 1))
        elif kind == "ec":
            self.d = rng.randrange(1, P256_N)
            self.Q = ec_mul(self.d)
        elif kind == "ed25519":
            self.seed = bytes(rng.getrandbits(8) for _ in range(32))
            self.pub = ed25519_public(self.seed)
        else:
            raise ValueError(kind)

    # ---- DER
    def ec_point(self):
        return b"\x04" + _ib(self.Q[0], 32) + _ib(self.Q[1], 32)

    def pkcs1(self):
        p, q, d = self.p, self.q, self.d
        return d_seq(d_int(0), d_int(self.n), d_int(self.e), d_int(d), d_int(p), d_int(q),
                     d_int(d % (p - 1)), d_int(d % (q - 1)), d_int(pow(q, -1, p)))

    def sec1(self, params=True):
        parts = [d_int(1), d_oct(_ib(self.d, 32))]
        if params:
            parts.append(d_ctx(0, d_oid(OID_P256)))
        parts.append(d_ctx(1, d_bit(self.ec_point())))
        return d_seq(*parts)

    def pkcs8(self):
        if self.kind == "rsa":
            return d_seq(d_int(0), d_seq(d_oid(OID_RSA), D_NULL), d_oct(self.pkcs1()))
        if self.kind == "ec":
            return d_seq(d_int(0), d_seq(d_oid(OID_EC), d_oid(OID_P256)), d_oct(self.sec1(params=False)))
        return d_seq(d_int(0), d_seq(d_oid(OID_ED25519)), d_oct(d_oct(self.seed)))

    def spki(self):
        if self.kind == "rsa":
            return d_seq(d_seq(d_oid(OID_RSA), D_NULL), d_bit(d_seq(d_int(self.n), d_int(self.e))))
        if self.kind == "ec":
            return d_seq(d_seq(d_oid(OID_EC), d_oid(OID_P256)), d_bit(self.ec_point()))
        return d_seq(d_seq(d_oid(OID_ED25519)), d_bit(self.pub))

    # ---- PEM
    def pem_traditional(self):
        if self.kind == "rsa":
            return pem("RSA PRIVATE KEY", self.pkcs1())
        if self.kind == "ec":
            return pem("EC PRIVATE KEY", self.sec1())
        return self.pem_pkcs8()

    def pem_pkcs8(self):
        return pem("PRIVATE KEY", self.pkcs8())

    def pem_public(self):
        return pem("PUBLIC KEY", self.spki())

    # ---- OpenSSH
    def _ssh_pub_blob(self):
        if self.kind == "rsa":
            return _s("ssh-rsa") + _mp(self.e) + _mp(self.n)
        if self.kind == "ec":
            return _s("ecdsa-sha2-nistp256") + _s("nistp256") + _s(self.ec_point())
        return _s("ssh-ed25519") + _s(self.pub)

    def ssh_type(self):
        return {"rsa": "ssh-rsa", "ec": "ecdsa-sha2-nistp256", "ed25519": "ssh-ed25519"}[self.kind]

    def openssh_public(self, comment):
        return "%s %s %s" % (self.ssh_type(), base64.b64encode(self._ssh_pub_blob()).decode(), comment)

    def openssh_private(self, comment, rng):
        check = rng.getrandbits(32)
        priv = struct.pack(">II", check, check)
        if self.kind == "rsa":
            priv += (_s("ssh-rsa") + _mp(self.n) + _mp(self.e) + _mp(self.d) + _mp(pow(self.q, -1, self.p)) +
                     _mp(self.p) + _mp(self.q))
        elif self.kind == "ec":
            priv += _s("ecdsa-sha2-nistp256") + _s("nistp256") + _s(self.ec_point()) + _mp(self.d)
        else:
            priv += _s("ssh-ed25519") + _s(self.pub) + _s(self.seed + self.pub)
        priv += _s(comment)
        i = 1
        while len(priv) % 8:
            priv += bytes([i])
            i += 1
        blob = (b"openssh-key-v1\x00" + _s("none") + _s("none") + _s(b"") + struct.pack(">I", 1) +
                _s(self._ssh_pub_blob()) + _s(priv))
        return pem("OPENSSH PRIVATE KEY", blob, width=70)

    def dotnet_xml(self):
        p, q, d = self.p, self.q, self.d
        b = lambda x, n=None: base64.b64encode(_ib(x, n)).decode()
        half = (self.n.bit_length() + 15) // 16
        return ("<RSAKeyValue><Modulus>%s</Modulus><Exponent>%s</Exponent><P>%s</P><Q>%s</Q><DP>%s</DP><DQ>%s</DQ>"
                "<InverseQ>%s</InverseQ><D>%s</D></RSAKeyValue>" % (
                    b(self.n), b(self.e), b(p, half), b(q, half), b(d % (p - 1), half), b(d % (q - 1), half),
                    b(pow(q, -1, p), half), b(d, (self.n.bit_length() + 7) // 8)))

    def dotnet_xml_public(self):
        return "<RSAKeyValue><Modulus>%s</Modulus><Exponent>%s</Exponent></RSAKeyValue>" % (
            base64.b64encode(_ib(self.n)).decode(), base64.b64encode(_ib(self.e)).decode())

    # ---- JWK
    def jwk_private(self, kid):
        if self.kind == "rsa":
            p, q, d = self.p, self.q, self.d
            j = {"kty": "RSA", "kid": kid, "n": b64u(_ib(self.n)), "e": b64u(_ib(self.e)), "d": b64u(_ib(d)),
                 "p": b64u(_ib(p)), "q": b64u(_ib(q)), "dp": b64u(_ib(d % (p - 1))), "dq": b64u(_ib(d % (q - 1))),
                 "qi": b64u(_ib(pow(q, -1, p)))}
        elif self.kind == "ec":
            j = {"kty": "EC", "kid": kid, "crv": "P-256", "x": b64u(_ib(self.Q[0], 32)),
                 "y": b64u(_ib(self.Q[1], 32)), "d": b64u(_ib(self.d, 32))}
        else:
            j = {"kty": "OKP", "kid": kid, "crv": "Ed25519", "x": b64u(self.pub), "d": b64u(self.seed)}
        return json.dumps(j, separators=(",", ":"))

    def jwk_public(self, kid):
        j = json.loads(self.jwk_private(kid))
        for k in ("d", "p", "q", "dp", "dq", "qi"):
            j.pop(k, None)
        return json.dumps(j, separators=(",", ":"))


# ---------------------------------------------------------------- X.509 (public, hard negatives)
def _name(cn, org):
    return d_seq(d_set(d_seq(d_oid("2.5.4.10"), tlv(0x0c, org.encode()))),
                 d_set(d_seq(d_oid("2.5.4.3"), tlv(0x0c, cn.encode()))))


class CA:
    def __init__(self, rng, org):
        self.rng, self.org = rng, org
        self.key = Key("ec", rng)

    def sign(self, data):
        z = int.from_bytes(hashlib.sha256(data).digest(), "big")
        while True:
            k = self.rng.randrange(1, P256_N)
            r = ec_mul(k)[0] % P256_N
            s = pow(k, -1, P256_N) * (z + r * self.key.d) % P256_N
            if r and s:
                return d_seq(d_int(r), d_int(s))

    def cert(self, subject_key, cn, year=2025):
        serial = self.rng.getrandbits(120) | (1 << 119)
        alg = d_seq(d_oid(OID_ECDSA_SHA256))
        validity = d_seq(tlv(0x17, ("%02d0301000000Z" % (year % 100)).encode()),
                         tlv(0x17, ("%02d0301000000Z" % ((year + 2) % 100)).encode()))
        tbs = d_seq(d_ctx(0, d_int(2)), d_int(serial), alg, _name(self.org + " Internal CA", self.org), validity,
                    _name(cn, self.org), subject_key.spki())
        return pem("CERTIFICATE", d_seq(tbs, alg, d_bit(self.sign(tbs))))
