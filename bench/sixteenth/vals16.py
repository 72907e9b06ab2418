"""Seeded value helpers for the sixteenth corpus: random strings, password styles, checksummed
tokens, JWTs, hashes and identifiers.  Everything goes through one random.Random per caller."""

import base64
import hashlib
import hmac
import json
import random
import string
import zlib

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = DIG + UP + LO
B62 = DIG + UP + LO                 # GitHub/npm checksum alphabet, 0-9A-Za-z
HEX = "0123456789abcdef"
B32 = UP + "234567"
B64 = UP + LO + DIG + "+/"
B64U = UP + LO + DIG + "-_"
BCRYPT64 = "./" + UP + LO + DIG
SAFE_SYM = "!@%^*-_+=.~"            # survives every syntax used here (no quotes, $, #, ;, &, <, \)

WORDS = """amber anchor apple arrow aspen autumn badger bamboo basil beacon birch bison blossom bramble
breeze bronze buckle cactus canyon carbon cedar cherry cinder cobalt comet copper coral cosmos cotton
crane crater cricket crystal cypress dahlia delta denim desert dingo dolphin dragon drift eagle ember
falcon fennel fern fiddle fjord flint forest fossil fox garnet gecko ginger glacier granite gravel harbor
hazel heron hickory horizon husky indigo iris ivory jackal jade jasmine juniper kayak kestrel kiwi lagoon
lantern larch lemon lichen lilac linen lotus lynx magnet mango maple marble meadow mercury meteor mint
monsoon moss nectar nickel nutmeg oasis ocean olive onyx orbit orchid osprey otter oyster paddle panther
pebble pepper pine planet plum polar poppy prairie prism puffin quail quartz quill rabbit radish raven reef
ribbon river robin rocket saffron salmon sapphire shadow sierra silver sparrow spruce stone sumac summit
sunset swallow tango thistle thunder tiger timber topaz tulip tundra turtle umber valley velvet violet
walnut willow winter wombat yarrow zephyr zinc""".split()
SEASONS = ["Winter", "Spring", "Summer", "Autumn", "Fruehling", "Sommer", "Herbst", "Invierno", "Verano", "Hiver"]
FIRST = """Aino Ama Anders Ayo Bea Bilal Birgit Caio Chen Dara Dmitri Eero Elif Emeka Esra Farid Femi Freya
Goran Hana Hugo Imani Ines Ivo Jana Jonas Kai Kalinda Kofi Lale Lars Leila Lior Mads Mara Mateo Mei Nadia
Nia Noor Oskar Pia Priya Quinn Rafa Rania Rhys Rosa Sami Sanne Selin Sven Tariq Tove Uma Vera Wren Yara
Yusuf Zofia""".split()
LAST = """Abara Achterberg Bakker Balogun Cardoso Castell Dahl Demir Ekwueme Engstrom Falk Farouk Garcia
Haddad Halvorsen Ibarra Ivanova Jensen Kamau Kaya Keane Lindqvist Lopes Mbeki Moreau Nakamura Nilsen Okafor
Olsen Petrov Quist Rahman Reyes Sato Schaller Sorensen Takahashi Tan Uddin Varga Vogel Wachira Weber Yilmaz
Zapata""".split()


def crc_b62(s):
    """GitHub/npm token checksum: CRC32 of the random part, base62 0-9A-Za-z, left-padded to 6."""
    n = zlib.crc32(s.encode()) & 0xFFFFFFFF
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(6, "0")


def b64u(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class Vals:
    def __init__(self, seed):
        self.r = random.Random(seed)

    # ------------------------------------------------------------ basics
    def choice(self, seq):
        return self.r.choice(seq)

    def randint(self, a, b):
        return self.r.randint(a, b)

    def chance(self, p):
        return self.r.random() < p

    def shuffle(self, seq):
        self.r.shuffle(seq)
        return seq

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.chars(HEX, n)

    def HEXU(self, n):
        return self.chars("0123456789ABCDEF", n)

    def alnum(self, n):
        return self.chars(ALNUM, n)

    def lower_alnum(self, n):
        return self.chars(LO + DIG, n)

    def upper_alnum(self, n):
        return self.chars(UP + DIG, n)

    def digits(self, n):
        return self.r.choice("123456789") + self.chars(DIG, n - 1)

    def rbytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def b64(self, nbytes):
        return base64.b64encode(self.rbytes(nbytes)).decode()

    def b64url(self, nbytes):
        return b64u(self.rbytes(nbytes))

    def word(self):
        return self.r.choice(WORDS)

    def name(self):
        return "%s %s" % (self.r.choice(FIRST), self.r.choice(LAST))

    def uuid(self):
        h = list(self.hex(32))
        h[12] = "4"
        h[16] = self.r.choice("89ab")
        h = "".join(h)
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    # ------------------------------------------------------------ passwords
    def strong(self, n=None, sym=SAFE_SYM):
        n = n or self.r.randint(14, 26)
        while True:
            s = self.chars(ALNUM + sym * 2, n)
            if any(c in DIG for c in s) and any(c in UP for c in s) and any(c in sym for c in s):
                return s

    def weak(self, hint=None):
        w = (hint or self.word()).capitalize()
        pat = self.r.randint(0, 6)
        yr = str(self.r.randint(2019, 2026))
        if pat == 0:
            return w + yr + self.r.choice("!?#*")
        if pat == 1:
            return self.r.choice(SEASONS) + yr + self.r.choice("!.@")
        if pat == 2:
            leet = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
            return leet + str(self.r.randint(10, 99)) + self.r.choice("!$%")[0].replace("$", "!")
        if pat == 3:
            return w + self.r.choice("_.-*") + self.word() + str(self.r.randint(1, 999))
        if pat == 4:
            return w + str(self.r.randint(100, 9999))
        if pat == 5:
            return self.word() + self.r.choice("@#") + w + str(self.r.randint(1, 99))
        return w + self.r.choice("!*") + self.word().capitalize() + str(self.r.randint(1, 9))

    def phrase(self, sep=None, n=None):
        sep = sep if sep is not None else self.r.choice(["-", ".", "_", " ", "-", "+"])
        words = [self.word() for _ in range(n or self.r.randint(3, 5))]
        if self.chance(0.4):
            words[self.r.randrange(len(words))] += str(self.r.randint(2, 99))
        if self.chance(0.3):
            words = [w.capitalize() for w in words]
        return sep.join(words)

    def urisafe(self, n=None):
        return self.chars(ALNUM + "-._~", n or self.r.randint(18, 32))

    def password(self, style=None):
        style = style or self.r.choice(["strong", "strong", "weak", "weak", "phrase", "uri"])
        if style == "strong":
            return self.strong()
        if style == "weak":
            return self.weak()
        if style == "phrase":
            return self.phrase(sep=self.r.choice(["-", ".", "_", "+"]))
        return self.urisafe()

    def apikey(self, style=None):
        style = style or self.r.choice(["hex32", "hex40", "hex64", "b62", "b64", "b64u", "dashed", "upper"])
        if style == "hex32":
            return self.hex(32)
        if style == "hex40":
            return self.hex(40)
        if style == "hex64":
            return self.hex(64)
        if style == "b62":
            return self.alnum(self.r.randint(28, 44))
        if style == "b64":
            return self.b64(self.r.choice([24, 32, 33, 48]))
        if style == "b64u":
            return self.b64url(self.r.choice([24, 32, 40]))
        if style == "dashed":
            return "-".join(self.upper_alnum(5) for _ in range(self.r.randint(4, 6)))
        return self.upper_alnum(self.r.randint(24, 36))

    def prefixed(self, prefix, n=32, alphabet=ALNUM):
        return prefix + self.chars(alphabet, n)

    # ------------------------------------------------------------ structured tokens
    def gh_token(self, prefix):
        body = self.alnum(30)
        return prefix + body + crc_b62(body)

    def gh_bad(self, prefix):
        body = self.alnum(30)
        good = crc_b62(body)
        bad = good[:-1] + ("A" if good[-1] != "A" else "B")
        return prefix + body + bad

    def jwt(self, payload, key=None, alg="HS256"):
        hdr = {"alg": alg, "typ": "JWT"}
        h = b64u(json.dumps(hdr, separators=(",", ":")).encode())
        p = b64u(json.dumps(payload, separators=(",", ":")).encode())
        key = key or self.rbytes(32)
        sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
        if alg != "HS256":
            sig = self.rbytes(256 if alg.startswith("RS") else 64)
        return h + "." + p + "." + b64u(sig)

    # ------------------------------------------------------------ hashes and identifiers (negatives)
    def sha256(self):
        return hashlib.sha256(self.rbytes(40)).hexdigest()

    def sha1(self):
        return hashlib.sha1(self.rbytes(40)).hexdigest()

    def md5(self):
        return hashlib.md5(self.rbytes(40)).hexdigest()

    def bcrypt(self, cost=None):
        return "$2b$%02d$%s" % (cost or self.r.choice([10, 11, 12, 12, 13]), self.chars(BCRYPT64, 53))

    def argon2(self):
        return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (self.b64(16).rstrip("="), self.b64(32).rstrip("="))

    def sha512crypt(self):
        return "$6$%s$%s" % (self.chars(BCRYPT64, 16), self.chars(BCRYPT64, 86))

    def yescrypt(self):
        return "$y$j9T$%s$%s" % (self.chars(BCRYPT64, 22), self.chars(BCRYPT64, 43))

    def apr1(self):
        return "$apr1$%s$%s" % (self.chars(BCRYPT64, 8), self.chars(BCRYPT64, 22))

    def django_hash(self):
        return "pbkdf2_sha256$720000$%s$%s" % (self.alnum(22), self.b64(32))

    def scram(self):
        return "SCRAM-SHA-256$4096:%s$%s:%s" % (self.b64(16), self.b64(32), self.b64(32))

    def mysql_hash(self):
        return "*" + self.HEXU(40)

    def sri(self, alg="sha512"):
        n = {"sha256": 32, "sha384": 48, "sha512": 64}[alg]
        return alg + "-" + self.b64(n)

    def objectid(self):
        return self.hex(24)

    def ulid(self):
        return self.chars("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 26)

    def traceparent(self):
        return "00-%s-%s-01" % (self.hex(32), self.hex(16))

    def mac(self):
        return ":".join(self.HEXU(2) for _ in range(6))

    def imei(self):
        d = [int(c) for c in self.digits(14)]
        s = 0
        for i, x in enumerate(d):
            if i % 2 == 1:
                x *= 2
                x = x - 9 if x > 9 else x
            s += x
        return "".join(map(str, d)) + str((10 - s % 10) % 10)

    def ip(self, private=True):
        if private:
            return "10.%d.%d.%d" % (self.randint(0, 254), self.randint(0, 254), self.randint(2, 250))
        return "%d.%d.%d.%d" % (self.choice([81, 85, 91, 145, 185, 193]), self.randint(0, 254),
                                self.randint(0, 254), self.randint(2, 250))

    def date(self, year=None):
        return "%04d-%02d-%02d" % (year or self.r.choice([2024, 2025]), self.randint(1, 12), self.randint(1, 28))

    def time(self):
        return "%02d:%02d" % (self.randint(6, 22), self.randint(0, 59))

    def epoch(self):
        return self.randint(1704067200, 1767225600)
