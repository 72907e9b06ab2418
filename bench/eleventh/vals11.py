"""Seeded random values for the eleventh corpus: passwords, tokens, hashes, look-alikes.

Every value is synthetic and made here from the seeded RNG. Python 3.9+ standard library only.
"""

import base64
import hashlib
import json
import random
import string
import struct
import zlib

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
AN = DIG + UP + LO
B62 = DIG + UP + LO                       # GitHub/npm checksum alphabet: 0-9A-Za-z
HEX = "0123456789abcdef"
B64 = UP + LO + DIG + "+/"
B64U = UP + LO + DIG + "-_"
B32 = UP + "234567"
SYMS = "!*-_.+^~@"                        # safe in JSON, XML, CSV, INI, shell single quotes
URISAFE = AN + "-_.~"
BCRYPT = "./" + UP + LO + DIG

WORDS = """amber anchor anvil apricot arbor arctic aspen atlas autumn badger bamboo banjo barley basalt
beacon beetle birch bison blossom bonfire boulder bramble breeze brook buckle cactus calico camel canyon
cardinal cargo cedar cello chalk cherry chestnut cinder citrus clover cobalt comet copper coral cosmos cougar
crane cricket crimson crystal cypress dahlia delta denim dingo dolphin dove dragon driftwood dune eagle ember
emerald falcon fennel fern fiddle fjord flannel flint fossil fox galaxy garnet gecko ginger glacier granite
gravel harbor hazel heron hickory honey horizon hornet indigo iris ivory jackal jade jasmine juniper kayak
kestrel kiwi lagoon lantern larch lava lemon lilac linen lobster lotus lynx magnet mango maple marble marlin
meadow mesa meteor mint mocha monsoon moss nectar nickel nimbus nutmeg oasis obsidian ocelot olive onyx orchid
osprey otter oyster paddle panther papaya parsley pebble pelican pepper pewter pine pistachio plum polar poplar
prairie quartz quill quince rafter raven reef ripple river robin rocket rosemary ruby saffron sage salmon
sapphire sequoia shadow sierra silver sparrow spruce squall starling stone storm sumac summit sunset swift
tango tansy thistle thunder tiger timber topaz tulip tundra turtle umber valley velvet violet walnut walrus
willow wombat yarrow zephyr zinnia""".split()


def crc32_b62(s):
    n = zlib.crc32(s.encode()) & 0xFFFFFFFF
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(6, "0")


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def b64s(b):
    return base64.b64encode(b).decode()


# bech32 (BIP-173) for age keys
_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def bech32_encode(hrp, data8):
    acc, bits, five = 0, 0, []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            five.append((acc >> bits) & 31)
    if bits:
        five.append((acc << (5 - bits)) & 31)
    poly = _bech_polymod(_hrp_expand(hrp) + five + [0] * 6) ^ 1
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in five + chk)


def bech32_ok(s):
    s = s.lower()
    hrp, _, data = s.rpartition("1")
    if not hrp or len(data) < 6 or any(c not in _BECH for c in data):
        return False
    return _bech_polymod(_hrp_expand(hrp) + [_BECH.index(c) for c in data]) == 1


class Rng:
    """Seeded value factory. Seeded with a string: identical across CPython 3.2+."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    # ---- basics
    def fork(self, label):
        return Rng("%s/%d" % (label, self.r.getrandbits(64)))

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

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

    def bytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def s(self, alphabet, n):
        return "".join(alphabet[self.r.randrange(len(alphabet))] for _ in range(n))

    def an(self, n):
        return self.s(AN, n)

    def hex(self, n):
        return self.s(HEX, n)

    def HEX(self, n):
        return self.s(HEX.upper(), n)

    def dig(self, n):
        return self.s(DIG[1:], 1) + self.s(DIG, n - 1) if n > 1 else self.s(DIG, 1)

    def lo(self, n):
        return self.s(LO, n)

    def lan(self, n):
        return self.s(LO + DIG, n)

    def uan(self, n):
        return self.s(UP + DIG, n)

    def b64(self, n):
        return self.s(B64, n)

    def b64u(self, n):
        return self.s(B64U, n)

    def b32(self, n):
        return self.s(B32, n)

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.pick("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def b64bytes(self, n):
        return b64s(self.bytes(n))

    def word(self):
        return self.pick(WORDS)

    # ---- checksummed tokens
    def gh(self, prefix):
        body = self.an(30)
        return prefix + body + crc32_b62(body)

    def gh_bad(self, prefix):
        tok = self.gh(prefix)
        while True:
            bad = tok[:-6] + self.an(6)
            if bad != tok:
                return bad

    # ---- passwords
    def strong(self, n=None):
        n = n or self.randint(16, 24)
        while True:
            p = self.s(AN + SYMS + SYMS, n)
            if (any(c in UP for c in p) and any(c in LO for c in p) and any(c in DIG for c in p)
                    and any(c in SYMS for c in p) and p[0] in AN):
                return p

    def human(self):
        w1, w2 = self.word(), self.word()
        k = self.randint(0, 5)
        if k == 0:
            return "%s%s%s%d" % (w1.capitalize(), self.pick("!#*@._-"), w2.capitalize(), self.randint(2, 99))
        if k == 1:
            return "%s%d%s" % (w1.capitalize(), self.randint(1970, 2031), self.pick("!*#@$"))
        if k == 2:
            leet = w1.replace("o", "0").replace("e", "3").replace("a", "@")
            return "%s%s%d" % (leet.capitalize(), self.pick("_-."), self.randint(10, 9999))
        if k == 3:
            return "%s%s%d%s" % (w1.capitalize(), w2, self.randint(100, 999), self.pick("!?*"))
        if k == 4:
            return "%s_%s%d" % (w1.capitalize(), w2.capitalize(), self.randint(1, 99))
        return "%s%d%s" % (w1.capitalize(), self.randint(1000, 9999), w2.capitalize())

    def phrase(self, n=4, sep=None):
        sep = sep or self.pick("-.")
        ws = [self.word() for _ in range(n)]
        if self.chance(0.4):
            ws[self.randint(0, n - 1)] += str(self.randint(2, 99))
        return sep.join(ws)

    def uri_pw(self, n=None):
        n = n or self.randint(14, 22)
        while True:
            p = self.s(AN + "-_.~", n)
            if any(c in DIG for c in p) and any(c in UP for c in p) and p[0] in AN:
                return p

    def pw(self, style=None):
        style = style or self.pick(["strong", "strong", "human", "human", "phrase"])
        return {"strong": self.strong, "human": self.human, "phrase": self.phrase, "uri": self.uri_pw}[style]()

    # ---- hashes (negatives)
    def bcrypt(self):
        return "$2%s$%02d$%s" % (self.pick("aby"), self.pick([10, 11, 12]), self.s(BCRYPT, 53))

    def sha512crypt(self):
        return "$6$%s$%s" % (self.s(BCRYPT, 16), self.s(BCRYPT, 86))

    def md5crypt(self):
        return "$1$%s$%s" % (self.s(BCRYPT, 8), self.s(BCRYPT, 22))

    def argon2(self):
        return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (b64s(self.bytes(16)).rstrip("="),
                                                           b64s(self.bytes(32)).rstrip("="))

    def ssha(self):
        return "{SSHA}" + b64s(self.bytes(24))

    def scram(self):
        return "SCRAM-SHA-256$4096:%s$%s:%s" % (b64s(self.bytes(16)), b64s(self.bytes(32)), b64s(self.bytes(32)))

    def pg_md5(self):
        return "md5" + self.hex(32)

    def mysql_native(self):
        return "*" + self.HEX(40)

    # ---- look-alikes (negatives)
    def git_sha(self):
        return self.hex(40)

    def sha256(self):
        return self.hex(64)

    def image_digest(self):
        return "sha256:" + self.hex(64)

    def sri(self):
        return "sha384-" + b64s(self.bytes(48))

    def trace_id(self):
        return self.hex(32)

    def ga4(self):
        return "G-" + self.uan(10)

    def pk_live(self):
        return "pk_live_51" + self.an(97)

    def google_client_id(self):
        return "%s-%s.apps.googleusercontent.com" % (self.dig(12), self.lan(32))

    def sentry_dsn(self):
        return "https://%s@o%s.ingest.%ssentry.io/%s" % (self.hex(32), self.dig(6), self.pick(["", "us.", "de."]),
                                                       self.dig(7))

    def arn(self, svc="s3", res=None):
        if svc == "s3":
            return "arn:aws:s3:::%s" % (res or "bucket-" + self.lan(8))
        return "arn:aws:%s:%s:%s:%s" % (svc, self.pick(["us-east-1", "eu-west-1", "us-west-2"]), self.dig(12),
                                        res or "role/" + self.word())

    def azure_rid(self, kind="vaults", name=None):
        prov = {"vaults": "Microsoft.KeyVault/vaults", "sites": "Microsoft.Web/sites",
                "storage": "Microsoft.Storage/storageAccounts"}[kind]
        return "/subscriptions/%s/resourceGroups/rg-%s/providers/%s/%s" % (self.uuid(), self.word(), prov,
                                                                           name or self.word() + self.dig(2))

    def serial(self, prefix=None):
        return (prefix or self.uan(2)) + self.dig(8)

    def imei(self):
        digits = [int(c) for c in "35" + self.dig(12)]
        tot = 0
        for i, d in enumerate(digits):
            if i % 2 == 1:
                d *= 2
                d = d - 9 if d > 9 else d
            tot += d
        return "".join(map(str, digits)) + str((10 - tot % 10) % 10)

    def mac(self):
        return ":".join(self.hex(2) for _ in range(6)).upper()

    # ---- JWT
    def jwt(self, payload, alg="HS256"):
        head = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
        body = b64u(json.dumps(payload, separators=(",", ":")).encode())
        return "%s.%s.%s" % (head, body, b64u(self.bytes(32)))

    def pypi(self):
        ident = self.uuid().encode()
        cav = json.dumps({"version": 1, "permissions": self.pick(["user", {"projects": [self.word()]}])},
                         separators=(",", ":")).encode()
        mac = (b"\x02" + b"\x01\x08pypi.org" + b"\x02" + bytes([len(ident)]) + ident + b"\x00"
               + b"\x02" + bytes([len(cav)]) + cav + b"\x00" + b"\x00" + b"\x06\x20" + self.bytes(32))
        return "pypi-" + b64u(mac)

    def age_secret(self):
        return bech32_encode("age-secret-key-", self.bytes(32)).upper()

    def age_public(self):
        return bech32_encode("age", self.bytes(32))


# ---- documented examples (negatives, shared with verify.py)
AWS_DOC_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
STRIPE_DOC = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2"
          "MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")


def gh_crc_ok(tok):
    body = tok.split("_", 1)[1] if not tok.startswith("github_pat_") else None
    if body is None or len(body) != 36:
        return False
    return crc32_b62(body[:30]) == body[30:]


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            d = d - 9 if d > 9 else d
        tot += d
    return tot % 10 == 0


def sha1hex(s):
    return hashlib.sha1(s.encode()).hexdigest()


_ = struct  # kept for callers that pack binary blobs
