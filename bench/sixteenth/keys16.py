"""Private and public keys in many encodings: PKCS#1, SEC1, PKCS#8 (plain and PBES2-encrypted),
legacy encrypted PEM, OpenSSH, PuTTY PPK v2, JWK; SPKI and OpenSSH public keys; X.509 certificates
signed by a per-corpus CA.  All values are real and parseable."""

import base64
import hashlib
import hmac
import json
import struct

from crypto16 import (BIT, CTX, INT, NULL, OCT, OID, PRINTABLE, SEQ, SET, UTCTIME, UTF8, P256_N, P256_G,
                      cbc_encrypt, ed25519_public, evp_bytes_to_key, gen_prime, p256_mul)

O_RSA, O_EC, O_P256, O_ED = "1.2.840.113549.1.1.1", "1.2.840.10045.2.1", "1.2.840.10045.3.1.7", "1.3.101.112"
O_SHA256RSA = "1.2.840.113549.1.1.11"


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(b[i:i + width] for i in range(0, len(b), width)), label)


def b64u_int(n, size=None):
    b = n.to_bytes(size or (n.bit_length() + 7) // 8, "big")
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def _s(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def _mp(n):
    if n == 0:
        return _s(b"")
    b = n.to_bytes((n.bit_length() + 8) // 8, "big")
    return _s(b)


class Key:
    """kind: rsa | ec | ed25519"""

    def __init__(self, kind, rng, bits=2048):
        self.kind = kind
        if kind == "rsa":
            e = 65537
            while True:
                p, q = gen_prime(bits // 2, rng), gen_prime(bits // 2, rng)
                if p != q and (p * q).bit_length() == bits:
                    break
            if p < q:
                p, q = q, p
            lam = (p - 1) * (q - 1) // _gcd(p - 1, q - 1)
            self.n, self.e, self.p, self.q = p * q, e, p, q
            self.d = pow(e, -1, lam)
            self.dp, self.dq, self.qi = self.d % (p - 1), self.d % (q - 1), pow(q, -1, p)
        elif kind == "ec":
            self.d = rng.randrange(1, P256_N)
            self.Q = p256_mul(self.d, P256_G)
        else:
            self.seed = bytes(rng.getrandbits(8) for _ in range(32))
            self.pub = ed25519_public(self.seed)

    # ------------------------------------------------------------ DER
    def pkcs1(self):
        return SEQ(INT(0), INT(self.n), INT(self.e), INT(self.d), INT(self.p), INT(self.q), INT(self.dp),
                   INT(self.dq), INT(self.qi))

    def ec_point(self):
        return b"\x04" + self.Q[0].to_bytes(32, "big") + self.Q[1].to_bytes(32, "big")

    def sec1(self, params=True):
        parts = [INT(1), OCT(self.d.to_bytes(32, "big"))]
        if params:
            parts.append(CTX(0, OID(O_P256)))
        parts.append(CTX(1, BIT(self.ec_point())))
        return SEQ(*parts)

    def pkcs8(self):
        if self.kind == "rsa":
            return SEQ(INT(0), SEQ(OID(O_RSA), NULL), OCT(self.pkcs1()))
        if self.kind == "ec":
            return SEQ(INT(0), SEQ(OID(O_EC), OID(O_P256)), OCT(self.sec1(params=False)))
        return SEQ(INT(0), SEQ(OID(O_ED)), OCT(OCT(self.seed)))

    def spki(self):
        if self.kind == "rsa":
            return SEQ(SEQ(OID(O_RSA), NULL), BIT(SEQ(INT(self.n), INT(self.e))))
        if self.kind == "ec":
            return SEQ(SEQ(OID(O_EC), OID(O_P256)), BIT(self.ec_point()))
        return SEQ(SEQ(OID(O_ED)), BIT(self.pub))

    # ------------------------------------------------------------ PEM forms
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

    def pem_pkcs8_encrypted(self, passphrase, rng, iters=2048):
        salt = bytes(rng.getrandbits(8) for _ in range(16))
        iv = bytes(rng.getrandbits(8) for _ in range(16))
        key = hashlib.pbkdf2_hmac("sha256", passphrase.encode(), salt, iters, 32)
        ct = cbc_encrypt(key, iv, self.pkcs8())
        alg = SEQ(OID("1.2.840.113549.1.5.13"), SEQ(
            SEQ(OID("1.2.840.113549.1.5.12"), SEQ(OCT(salt), INT(iters), SEQ(OID("1.2.840.113549.2.9"), NULL))),
            SEQ(OID("2.16.840.1.101.3.4.1.42"), OCT(iv))))
        return pem("ENCRYPTED PRIVATE KEY", SEQ(alg, OCT(ct)))

    def pem_legacy_encrypted(self, passphrase, rng):
        iv = bytes(rng.getrandbits(8) for _ in range(16))
        key = evp_bytes_to_key(passphrase.encode(), iv[:8], 32)
        der = self.pkcs1() if self.kind == "rsa" else self.sec1()
        label = "RSA PRIVATE KEY" if self.kind == "rsa" else "EC PRIVATE KEY"
        body = pem(label, cbc_encrypt(key, iv, der))
        head, rest = body.split("\n", 1)
        return "%s\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,%s\n\n%s" % (head, iv.hex().upper(), rest)

    # ------------------------------------------------------------ OpenSSH
    def ssh_name(self):
        return {"rsa": "ssh-rsa", "ec": "ecdsa-sha2-nistp256", "ed25519": "ssh-ed25519"}[self.kind]

    def ssh_pub_blob(self):
        if self.kind == "rsa":
            return _s("ssh-rsa") + _mp(self.e) + _mp(self.n)
        if self.kind == "ec":
            return _s("ecdsa-sha2-nistp256") + _s("nistp256") + _s(self.ec_point())
        return _s("ssh-ed25519") + _s(self.pub)

    def ssh_public(self, comment):
        return "%s %s %s" % (self.ssh_name(), base64.b64encode(self.ssh_pub_blob()).decode(), comment)

    def openssh(self, comment, rng):
        check = struct.pack(">I", rng.getrandbits(32)) * 2
        if self.kind == "rsa":
            priv = _s("ssh-rsa") + _mp(self.n) + _mp(self.e) + _mp(self.d) + _mp(self.qi) + _mp(self.p) + _mp(self.q)
        elif self.kind == "ec":
            priv = _s("ecdsa-sha2-nistp256") + _s("nistp256") + _s(self.ec_point()) + _mp(self.d)
        else:
            priv = _s("ssh-ed25519") + _s(self.pub) + _s(self.seed + self.pub)
        body = check + priv + _s(comment)
        i = 1
        while len(body) % 8:
            body += bytes([i])
            i += 1
        blob = (b"openssh-key-v1\x00" + _s("none") + _s("none") + _s(b"") + struct.pack(">I", 1)
                + _s(self.ssh_pub_blob()) + _s(body))
        b = base64.b64encode(blob).decode()
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % "\n".join(
            b[i:i + 70] for i in range(0, len(b), 70))

    def ppk(self, comment):
        if self.kind == "rsa":
            priv = _mp(self.d) + _mp(self.p) + _mp(self.q) + _mp(self.qi)
        elif self.kind == "ed25519":
            priv = _s(self.seed)
        else:
            priv = _mp(self.d)
        pub = self.ssh_pub_blob()
        mackey = hashlib.sha1(b"putty-private-key-file-mac-key").digest()
        data = _s(self.ssh_name()) + _s("none") + _s(comment) + _s(pub) + _s(priv)
        mac = hmac.new(mackey, data, hashlib.sha1).hexdigest()
        pb, vb = base64.b64encode(pub).decode(), base64.b64encode(priv).decode()
        pl = [pb[i:i + 64] for i in range(0, len(pb), 64)]
        vl = [vb[i:i + 64] for i in range(0, len(vb), 64)]
        return "\n".join(["PuTTY-User-Key-File-2: " + self.ssh_name(), "Encryption: none", "Comment: " + comment,
                          "Public-Lines: %d" % len(pl)] + pl + ["Private-Lines: %d" % len(vl)] + vl
                         + ["Private-MAC: " + mac])

    # ------------------------------------------------------------ JWK
    def jwk(self, kid, private=True):
        if self.kind == "rsa":
            j = {"kty": "RSA", "kid": kid, "n": b64u_int(self.n), "e": b64u_int(self.e)}
            if private:
                j.update(d=b64u_int(self.d), p=b64u_int(self.p), q=b64u_int(self.q), dp=b64u_int(self.dp),
                         dq=b64u_int(self.dq), qi=b64u_int(self.qi))
        elif self.kind == "ec":
            j = {"kty": "EC", "crv": "P-256", "kid": kid, "x": b64u_int(self.Q[0], 32), "y": b64u_int(self.Q[1], 32)}
            if private:
                j["d"] = b64u_int(self.d, 32)
        else:
            j = {"kty": "OKP", "crv": "Ed25519", "kid": kid,
                 "x": base64.urlsafe_b64encode(self.pub).rstrip(b"=").decode()}
            if private:
                j["d"] = base64.urlsafe_b64encode(self.seed).rstrip(b"=").decode()
        return json.dumps(j, separators=(",", ":"))

    # ------------------------------------------------------------ signing (RSA only, for the CA)
    def sign(self, data):
        di = SEQ(SEQ(OID("2.16.840.1.101.3.4.2.1"), NULL), OCT(hashlib.sha256(data).digest()))
        k = (self.n.bit_length() + 7) // 8
        em = b"\x00\x01" + b"\xff" * (k - len(di) - 3) + b"\x00" + di
        return pow(int.from_bytes(em, "big"), self.d, self.n).to_bytes(k, "big")


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def _country(org):
    return {"GmbH": "DE", "Ltd": "GB", "SAS": "FR", "SA": "FR", "BV": "NL", "AG": "CH", "Lda": "PT", "AS": "NO", "hf": "IS",
            "SL": "ES", "e.V.": "DE", "mbH": "DE"}.get(org.split()[-1], "US")


def _name(cn, org):
    return SEQ(SET(SEQ(OID("2.5.4.6"), PRINTABLE(_country(org)))), SET(SEQ(OID("2.5.4.10"), UTF8(org))),
               SET(SEQ(OID("2.5.4.3"), UTF8(cn))))


def certificate(subject_key, cn, org, ca_key, ca_cn, serial, year=2025):
    tbs = SEQ(CTX(0, INT(2)), INT(serial), SEQ(OID(O_SHA256RSA), NULL), _name(ca_cn, org),
              SEQ(UTCTIME("%02d0101000000Z" % (year % 100)), UTCTIME("%02d0101000000Z" % ((year + 2) % 100))),
              _name(cn, org), subject_key.spki())
    return pem("CERTIFICATE", SEQ(tbs, SEQ(OID(O_SHA256RSA), NULL), BIT(ca_key.sign(tbs))))
