"""Seeded values: password styles, random strings, identifiers and hashes (twenty-second corpus)."""
import base64
import hashlib
import string
import uuid as _uuid

from lang22 import L

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
STYLES = ["strong", "weak", "leet", "phrase", "punct", "b64", "hex", "alnum"]


class Vals:
    def __init__(self, rng, lang, used):
        self.r, self.lang, self.used = rng, lang, used   # used: corpus-wide set of values (membership only)

    def uniq(self, fn):
        for _ in range(200):
            v = fn()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("could not draw a unique value")

    # ---------------- raw strings
    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def alnum(self, n):
        while True:
            v = self.s(ALNUM, n)
            if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
                return v

    def hex(self, n):
        return self.s(HEX, n)

    def b64(self, nbytes, url=False):
        raw = bytes(self.r.getrandbits(8) for _ in range(nbytes))
        return (base64.urlsafe_b64encode(raw).decode().rstrip("=") if url else base64.b64encode(raw).decode())

    def rbytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def uuid(self):
        return str(_uuid.UUID(int=self.r.getrandbits(128), version=4))

    def digits(self, n):
        return str(self.r.randint(1, 9)) + self.s("0123456789", n - 1)

    # ---------------- passwords
    def word(self):
        return self.r.choice(L[self.lang]["weak"])

    def password(self, style=None, uri=False, spaces=False):
        r = self.r
        style = style or r.choice(STYLES)
        punct = "-._~!*" if uri else "!*+-._~^?="
        if style == "strong":
            body = [r.choice(ALNUM) for _ in range(r.randint(16, 24))]
            for _ in range(3):
                body[r.randrange(len(body))] = r.choice(punct)
            v = "".join(body)
        elif style == "weak":
            v = self.word() + str(r.randint(1960, 2025)) + r.choice(punct[:4] + "!")
        elif style == "leet":
            w = "".join(LEET.get(c, c) for c in (self.word() + r.choice(L[self.lang]["words"])).lower())
            v = w[0].upper() + w[1:] + str(r.randint(10, 99)) + r.choice(punct)
        elif style == "phrase":
            ws = r.sample(L[self.lang]["words"], 4)
            sep = " " if spaces else r.choice(["-", "_", "."])
            v = sep.join(ws) + sep + str(r.randint(10, 999))
        elif style == "punct":
            v = r.choice(punct) + self.word() + str(r.randint(100, 9999)) + r.choice(ALNUM)
        elif style == "b64":
            v = self.b64(18, url=uri)
        elif style == "hex":
            v = self.hex(32)
        else:
            v = self.alnum(r.randint(20, 32))
        v = v.replace("ø", "o").replace("å", "a").replace("æ", "ae")
        return v

    def pw(self, **kw):
        return self.uniq(lambda: self.password(**kw))

    # ---------------- identifiers (negatives)
    def imei(self):
        body = "35" + self.s("0123456789", 12)
        return body + luhn(body)

    def iccid(self):
        body = "8947" + self.s("0123456789", 14)
        return body + luhn(body)

    def mac(self):
        return ":".join("%02x" % self.r.getrandbits(8) for _ in range(6))

    def serial(self, prefix="SN"):
        return prefix + self.s(string.ascii_uppercase + string.digits, 10)

    def sha256(self):
        return hashlib.sha256(self.rbytes(32)).hexdigest()

    def sha1(self):
        return hashlib.sha1(self.rbytes(20)).hexdigest()

    def bcrypt_like(self):
        return "$2b$12$" + self.s("./" + ALNUM, 53)

    def sha512crypt_like(self):
        return "$6$" + self.s("./" + ALNUM, 16) + "$" + self.s("./" + ALNUM, 86)

    def argon2_like(self):
        return "$argon2id$v=19$m=65536,t=3,p=4$" + self.b64(16).rstrip("=") + "$" + self.b64(32).rstrip("=")

    def django_pbkdf2(self, password):
        salt = self.s(ALNUM, 22)
        dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), 1000)  # real algorithm, low count
        return "pbkdf2_sha256$1000$%s$%s" % (salt, base64.b64encode(dk).decode())

    def fingerprint(self):
        return "SHA256:" + base64.b64encode(self.rbytes(32)).decode().rstrip("=")


def luhn(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)
