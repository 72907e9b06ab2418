"""Seeded value helpers for the twelfth corpus (standard library only).

Every value is synthetic and comes from random.Random seeded with a string, so the same seed gives the
same corpus.  Nothing here is a real credential.
"""
import base64
import binascii
import hashlib
import hmac
import json
import random
import string
import uuid as _uuid

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
SPECIAL = "!#*+-.?^_~"
BCRYPT64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

WORDS = ("amber anchor aspen atlas badger basalt beacon birch bison bramble breeze brook cactus canyon cedar "
         "cinder clover cobalt comet coral cricket dahlia delta drift ember falcon fennel fern fjord flint "
         "garnet glacier granite harbor hazel heron hollow indigo iris jasper juniper kestrel lagoon lantern "
         "larch lemon lilac lobster lumen magpie maple marble meadow mesa meteor mint moss nectar nimbus "
         "oak ocelot olive onyx orchid otter pebble pepper pine plover poplar quartz quill raven reef ridge "
         "river rowan saffron salmon sequoia shale sierra sparrow spruce summit talon thistle thunder tidal "
         "topaz tulip tundra umber valley velvet walnut willow wren yarrow zephyr").split()


def crc32_b62(s):
    n = binascii.crc32(s.encode()) & 0xFFFFFFFF
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(6, "0")


def crc_token_ok(tok):
    """True when a gh?_ / npm_ token's last 6 chars are the base62 CRC32 of its 30-char body."""
    body = tok.split("_", 1)[1]
    if len(body) != 36:
        return False
    return crc32_b62(body[:30]) == body[30:]


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


class V:
    """Value factory around one random.Random."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    # -- primitives
    def s(self, n, cs=ALNUM):
        return "".join(self.r.choice(cs) for _ in range(n))

    def an(self, n):
        return self.s(n, ALNUM)

    def hx(self, n):
        return self.s(n, HEX)

    def HX(self, n):
        return self.s(n, HEX.upper())

    def dg(self, n):
        return self.r.choice("123456789") + self.s(n - 1, DIG)

    def lo(self, n):
        return self.s(n, LOWER)

    def lodg(self, n):
        return self.s(n, LOWER + DIG)

    def updg(self, n):
        return self.s(n, UPPER + DIG)

    def b64(self, nbytes):
        return base64.b64encode(self.bytes(nbytes)).decode()

    def b64url(self, nbytes):
        return b64u(self.bytes(nbytes))

    def bytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def uuid(self):
        return str(_uuid.UUID(int=self.r.getrandbits(128), version=4))

    def choice(self, seq):
        return self.r.choice(list(seq))

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def shuffle(self, seq):
        seq = list(seq)
        self.r.shuffle(seq)
        return seq

    def randint(self, a, b):
        return self.r.randint(a, b)

    def chance(self, p):
        return self.r.random() < p

    def word(self):
        return self.r.choice(WORDS)

    # -- passwords
    def strong(self, n=None):
        n = n or self.r.randint(16, 24)
        while True:
            p = self.s(n, ALNUM + SPECIAL * 2)
            if (any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c.islower() for c in p)
                    and any(c in SPECIAL for c in p) and p[0].isalnum()):
                return p

    def human(self):
        w1 = self.word().capitalize()
        w2 = self.word().capitalize()
        pat = self.r.randint(0, 4)
        if pat == 0:
            return "%s!%s%d" % (w1, w2, self.r.randint(10, 99))
        if pat == 1:
            return "%s%d%s" % (w1, self.r.randint(1970, 2025), self.r.choice("*!?.#"))
        if pat == 2:
            return "%s_%s%d" % (w1, w2.lower(), self.r.randint(2, 9))
        if pat == 3:
            return "%s%s%s%d" % (w1, self.r.choice("@.+"), w2, self.r.randint(100, 999))
        return "%s%d%s%s" % (w1, self.r.randint(1, 99), w2, self.r.choice("!?#"))

    def phrase(self):
        k = self.r.randint(4, 5)
        sep = self.r.choice("-.")
        return sep.join(self.word() for _ in range(k))

    def urisafe(self, n=None):
        return self.an(n or self.r.randint(16, 22))

    def pw(self, style=None):
        style = style or self.r.choice(["strong", "strong", "human", "phrase", "urisafe"])
        return getattr(self, style)()

    # -- structured tokens
    def gh(self, prefix, valid=True):
        body = self.s(30, B62)
        c = crc32_b62(body)
        if not valid:
            c = c[:-1] + B62[(B62.index(c[-1]) + 1 + self.r.randint(0, 60)) % 62]
        return prefix + body + c

    def jwt(self, payload, alg="HS256", sig_bytes=32):
        h = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
        p = b64u(json.dumps(payload, separators=(",", ":")).encode())
        return "%s.%s.%s" % (h, p, self.b64url(sig_bytes))

    def ts(self):
        return self.r.randint(1_700_000_000, 1_790_000_000)

    # -- hashes (negatives)
    def bcrypt(self):
        return "$2b$%02d$%s" % (self.r.choice([10, 12, 12, 14]), self.s(53, BCRYPT64))

    def sha512crypt(self):
        return "$6$%s$%s" % (self.s(16, BCRYPT64), self.s(86, BCRYPT64))

    def argon2(self):
        return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (self.b64(16).rstrip("="), self.b64(32).rstrip("="))

    def nt(self):
        return self.HX(32)

    def sha256(self, data=None):
        return hashlib.sha256((data or self.an(20)).encode()).hexdigest()

    def sha1(self):
        return hashlib.sha1(self.an(20).encode()).hexdigest()

    def md5(self):
        return hashlib.md5(self.an(20).encode()).hexdigest()

    def sri(self):
        return "sha384-" + base64.b64encode(hashlib.sha384(self.an(30).encode()).digest()).decode()

    def trace(self):
        return self.hx(32)

    def serial(self, prefix):
        return "%s%s" % (prefix, self.updg(self.r.randint(8, 11)))


# --- documented examples (negatives) -------------------------------------------------------------
AWS_EXAMPLE_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
STRIPE_DOC_TEST = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
          ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")


def hmac_hex(key, msg):
    return hmac.new(key.encode(), msg.encode(), hashlib.sha256).hexdigest()
