"""Key encodings: PKCS#1, SEC1, PKCS#8, SPKI, OpenSSH, PuTTY PPK v2/v3, JWK, SSH public lines, X.509."""

import base64
import hashlib
import hmac
import json
import struct

import crypto21 as C


def b64(b):
    return base64.b64encode(b).decode()


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def int_bytes(v, n=None):
    if n is None:
        n = max(1, (v.bit_length() + 7) // 8)
    return v.to_bytes(n, "big")


def pem(label, der_bytes):
    body = b64(der_bytes)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


# ---------------------------------------------------------------- key objects
class Key:
    """kind: rsa | ec | ed25519; params from crypto21 generators."""

    def __init__(self, kind, params, comment=""):
        self.kind = kind
        self.p = params
        self.comment = comment

    # ------------------------------------------------ DER forms
    def pkcs1_der(self):
        p = self.p
        return C.der_seq(C.der_int(0), C.der_int(p["n"]), C.der_int(p["e"]), C.der_int(p["d"]), C.der_int(p["p"]),
                         C.der_int(p["q"]), C.der_int(p["dp"]), C.der_int(p["dq"]), C.der_int(p["qi"]))

    def sec1_der(self, with_params=True):
        d, Q = self.p["d"], self.p["Q"]
        parts = [C.der_int(1), C.der_octets(int_bytes(d, 32))]
        if with_params:
            parts.append(C.der_ctx(0, C.der_oid(C.OID_P256)))
        parts.append(C.der_ctx(1, C.der_bits(C.p256_point_bytes(Q))))
        return C.der_seq(*parts)

    def pkcs8_der(self):
        if self.kind == "rsa":
            alg = C.der_seq(C.der_oid(C.OID_RSA), C.der_null())
            inner = self.pkcs1_der()
        elif self.kind == "ec":
            alg = C.der_seq(C.der_oid(C.OID_EC), C.der_oid(C.OID_P256))
            inner = self.sec1_der(with_params=False)
        else:
            alg = C.der_seq(C.der_oid(C.OID_ED25519))
            inner = C.der_octets(self.p["seed"])
        return C.der_seq(C.der_int(0), alg, C.der_octets(inner))

    def spki_der(self):
        if self.kind == "rsa":
            alg = C.der_seq(C.der_oid(C.OID_RSA), C.der_null())
            bits = C.der_seq(C.der_int(self.p["n"]), C.der_int(self.p["e"]))
        elif self.kind == "ec":
            alg = C.der_seq(C.der_oid(C.OID_EC), C.der_oid(C.OID_P256))
            bits = C.p256_point_bytes(self.p["Q"])
        else:
            alg = C.der_seq(C.der_oid(C.OID_ED25519))
            bits = self.p["pub"]
        return C.der_seq(alg, C.der_bits(bits))

    # ------------------------------------------------ PEM forms
    def pem(self, fmt):
        if fmt == "pkcs8":
            return pem("PRIVATE KEY", self.pkcs8_der())
        if fmt == "pkcs1":
            return pem("RSA PRIVATE KEY", self.pkcs1_der())
        if fmt == "sec1":
            return pem("EC PRIVATE KEY", self.sec1_der())
        if fmt == "openssh":
            return self.openssh_private()
        raise ValueError(fmt)

    def spki_pem(self):
        return pem("PUBLIC KEY", self.spki_der())

    # ------------------------------------------------ SSH wire
    def ssh_type(self):
        return {"rsa": "ssh-rsa", "ec": "ecdsa-sha2-nistp256", "ed25519": "ssh-ed25519"}[self.kind]

    def ssh_pub_blob(self):
        t = self.ssh_type()
        if self.kind == "rsa":
            return sstr(t) + mpint(self.p["e"]) + mpint(self.p["n"])
        if self.kind == "ec":
            return sstr(t) + sstr("nistp256") + sstr(C.p256_point_bytes(self.p["Q"]))
        return sstr(t) + sstr(self.p["pub"])

    def ssh_pub_line(self, comment=None):
        c = self.comment if comment is None else comment
        return ("%s %s %s" % (self.ssh_type(), b64(self.ssh_pub_blob()), c)).rstrip()

    def ssh_fingerprint(self):
        return "SHA256:" + base64.b64encode(hashlib.sha256(self.ssh_pub_blob()).digest()).decode().rstrip("=")

    def openssh_private(self, checkint=None):
        t = self.ssh_type()
        if checkint is None:
            checkint = int.from_bytes(hashlib.sha256(self.ssh_pub_blob()).digest()[:4], "big")
        priv = struct.pack(">II", checkint, checkint) + sstr(t)
        if self.kind == "rsa":
            p = self.p
            priv += mpint(p["n"]) + mpint(p["e"]) + mpint(p["d"]) + mpint(p["qi"]) + mpint(p["p"]) + mpint(p["q"])
        elif self.kind == "ec":
            priv += sstr("nistp256") + sstr(C.p256_point_bytes(self.p["Q"])) + mpint(self.p["d"])
        else:
            priv += sstr(self.p["pub"]) + sstr(self.p["seed"] + self.p["pub"])
        priv += sstr(self.comment)
        i = 1
        while len(priv) % 8:
            priv += bytes([i])
            i += 1
        blob = (b"openssh-key-v1\x00" + sstr("none") + sstr("none") + sstr(b"") + struct.pack(">I", 1)
                + sstr(self.ssh_pub_blob()) + sstr(priv))
        body = b64(blob)
        lines = [body[i:i + 70] for i in range(0, len(body), 70)]
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % "\n".join(lines)

    # ------------------------------------------------ PuTTY
    def ppk_private_blob(self):
        if self.kind == "rsa":
            p = self.p
            return mpint(p["d"]) + mpint(p["p"]) + mpint(p["q"]) + mpint(p["qi"])
        if self.kind == "ec":
            return mpint(self.p["d"])
        return sstr(self.p["seed"])

    def ppk(self, version=3, crlf=False):
        t = self.ssh_type()
        pub, priv = self.ppk_pub_priv()
        mac_data = sstr(t) + sstr("none") + sstr(self.comment) + sstr(pub) + sstr(priv)
        if version == 2:
            mac = hmac.new(hashlib.sha1(b"putty-private-key-file-mac-key").digest(), mac_data, hashlib.sha1).hexdigest()
        else:
            mac = hmac.new(b"", mac_data, hashlib.sha256).hexdigest()
        pl, vl = _wrap64(b64(pub)), _wrap64(b64(priv))
        out = ["PuTTY-User-Key-File-%d: %s" % (version, t), "Encryption: none", "Comment: %s" % self.comment,
               "Public-Lines: %d" % len(pl)] + pl + ["Private-Lines: %d" % len(vl)] + vl + ["Private-MAC: %s" % mac]
        return "\n".join(out)

    def ppk_pub_priv(self):
        return self.ssh_pub_blob(), self.ppk_private_blob()

    # ------------------------------------------------ JWK
    def jwk(self, kid=None, private=True):
        if self.kind == "rsa":
            p = self.p
            j = {"kty": "RSA", "n": b64url(int_bytes(p["n"])), "e": b64url(int_bytes(p["e"]))}
            if private:
                for k in ("d", "p", "q", "dp", "dq", "qi"):
                    j[k] = b64url(int_bytes(p[k]))
        elif self.kind == "ec":
            Q = self.p["Q"]
            j = {"kty": "EC", "crv": "P-256", "x": b64url(int_bytes(Q[0], 32)), "y": b64url(int_bytes(Q[1], 32))}
            if private:
                j["d"] = b64url(int_bytes(self.p["d"], 32))
        else:
            j = {"kty": "OKP", "crv": "Ed25519", "x": b64url(self.p["pub"])}
            if private:
                j["d"] = b64url(self.p["seed"])
        if kid:
            j["kid"] = kid
        return j


def _wrap64(s):
    return [s[i:i + 64] for i in range(0, len(s), 64)]


def sstr(x):
    if isinstance(x, str):
        x = x.encode()
    return struct.pack(">I", len(x)) + x


def mpint(v):
    if v == 0:
        return struct.pack(">I", 0)
    b = v.to_bytes((v.bit_length() + 8) // 8, "big")
    return struct.pack(">I", len(b)) + b


def make_key(kind, rng, comment=""):
    if kind == "rsa":
        return Key("rsa", C.rsa_generate(rng), comment)
    if kind == "ec":
        return Key("ec", C.p256_generate(rng), comment)
    return Key("ed25519", C.ed25519_generate(rng), comment)


# ---------------------------------------------------------------- X.509
def _name(cn, org=None, country=None):
    rdns = []
    if country:
        rdns.append(C.der_set(C.der_seq(C.der_oid("2.5.4.6"), C.der_printable(country))))
    if org:
        rdns.append(C.der_set(C.der_seq(C.der_oid("2.5.4.10"), C.der_utf8(org))))
    rdns.append(C.der_set(C.der_seq(C.der_oid("2.5.4.3"), C.der_utf8(cn))))
    return C.der_seq(*rdns)


def certificate(subject_key, issuer_ec, subject_cn, issuer_cn, org, serial, not_before, not_after, ca=False,
                sans=(), country=None):
    """X.509 v3 certificate for subject_key, signed with ECDSA-SHA256 by issuer_ec (a Key of kind ec)."""
    sig_alg = C.der_seq(C.der_oid(C.OID_ECDSA_SHA256))
    exts = [C.der_seq(C.der_oid("2.5.29.19"), b"\x01\x01\xff", C.der_octets(C.der_seq(b"\x01\x01\xff") if ca else C.der_seq()))]
    if sans:
        names = b"".join(C.der(0x82, s.encode()) for s in sans)
        exts.append(C.der_seq(C.der_oid("2.5.29.17"), C.der_octets(C.der_seq(names))))
    ski = hashlib.sha1(subject_key.spki_der()).digest()
    exts.append(C.der_seq(C.der_oid("2.5.29.14"), C.der_octets(C.der_octets(ski))))
    tbs = C.der_seq(
        C.der_ctx(0, C.der_int(2)),
        C.der_int(serial),
        sig_alg,
        _name(issuer_cn, org, country),
        C.der_seq(C.der_utctime(not_before), C.der_utctime(not_after)),
        _name(subject_cn, org, country),
        subject_key.spki_der(),
        C.der_ctx(3, C.der_seq(*exts)),
    )
    r, s = C.ecdsa_sign(issuer_ec.p["d"], tbs)
    sig = C.der_seq(C.der_int(r), C.der_int(s))
    return C.der_seq(tbs, sig_alg, C.der_bits(sig))


def cert_pem(der_bytes):
    return pem("CERTIFICATE", der_bytes)


def cert_fingerprint(der_bytes, alg="sha256"):
    h = hashlib.new(alg, der_bytes).hexdigest().upper()
    return ":".join(h[i:i + 2] for i in range(0, len(h), 2))


def jwk_json(j, indent=2):
    return json.dumps(j, indent=indent)
