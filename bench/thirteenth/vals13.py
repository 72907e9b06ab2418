"""Seeded value helpers for the thirteenth corpus (standard library only).

Every random value in the corpus comes from a `V` instance, a `random.Random` seeded with a string.
Only format facts (prefix, length, alphabet, checksum, structure) are used; no real credential is copied.
"""
import base64
import hashlib
import hmac
import json
import random
import string
import zlib

DIGITS = string.digits
UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
ALNUM = UPPER + LOWER + DIGITS
B62 = DIGITS + UPPER + LOWER            # GitHub/npm checksum alphabet
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
B32L = "abcdefghijklmnopqrstuvwxyz234567"
B32U = B32L.upper()
SYM = "!@*-_+=.?~^"                     # symbols that survive every syntax used here
BCRYPT_ALPHA = "./" + UPPER + LOWER + DIGITS
CRYPT_ALPHA = "./" + DIGITS + UPPER + LOWER

WORDS = """
acorn amber anchor apple arrow aspen autumn badger bamboo banjo barley basil beacon birch biscuit blossom
bramble breeze brook bucket cabin cactus candle canyon carbon cedar cellar chalk cherry chimney cider
citrus clover cobalt comet copper coral cotton cricket crystal cypress daisy delta denim desert dolphin
dragon drift dune eagle ember falcon fennel fern fiddle field fig flint forest fossil fox garnet ginger
glacier granite grape gravel harbor hazel heron hickory honey horizon indigo iris ivory jasper juniper
kettle kiwi lagoon lantern larch lemon lilac linen lotus lumber magnet mango maple marble meadow melon
mesa meteor mint mistral molasses moss nectar nickel nutmeg oak oasis ocean olive onyx orbit orchid otter
paddle panther papaya parsley pebble pepper pigeon pine plaza plum poppy prairie prism quartz quill
rabbit radish raven reef ridge river robin rocket rosemary ruby saffron sage salmon sapphire satin
scarlet shadow shell sierra silver slate sparrow spruce squirrel stone summit sunset swallow tango thistle
thunder tiger timber topaz tulip tundra turnip umber valley velvet violet walnut willow winter wren yarrow
zephyr zinnia
""".split()

FIRST = """Aaliyah Abel Ada Aiden Alma Amir Ana Anders Anika Arturo Beatriz Bjorn Brenda Caleb Camila Carmen
Cedric Chen Chioma Clara Dario Dawit Delia Dmitri Elena Elif Emeka Esther Fatima Felix Fiona Gareth Greta
Hamid Hana Hector Ines Ivan Jada Jalen Janelle Jonas Joy Kai Kamala Keanu Kenji Lars Leila Lena Lucia
Malik Mara Marcus Mei Milan Mira Nadia Naveen Nia Noor Omar Paloma Pavel Priya Quinn Rafael Rana Rhys Rosa
Sade Samir Sana Selma Soren Tamsin Teo Thandiwe Tomas Uma Valeria Wen Xavier Yara Yusuf Zane Zofia""".split()
LAST = """Abara Alvarez Andersen Banerjee Becker Bianchi Brennan Castillo Chowdhury Costa Dalton Dubois
Eriksen Esposito Farouk Fischer Garza Gomez Haddad Hansen Hughes Ibrahim Ivanova Jensen Kaur Kim Kowalski
Laine Larsen Lindqvist Lopez Mahlangu Marsh Medina Moreau Murphy Nakamura Novak Nwosu Okafor Olsen Ortiz
Park Patel Petrov Quispe Ramos Reyes Rossi Sandoval Santos Schmidt Silva Sorensen Suzuki Tanaka Torres
Vance Varga Vasquez Walsh Weber Yilmaz Zhang Zielinski""".split()
CITIES = """Ashford Bellmont Brookhaven Cedar-Falls Clearwater Dunmore Eastbrook Fairview Glenwood Harlow
Hillsdale Kingsport Lakeview Maplewood Millbrook Northfield Oakridge Pinecrest Riverton Rockport Sandpoint
Springdale Stonebridge Westfield Willowbrook Windham""".split()

# Documented example values from public documentation: planted only as negatives.
DOC = {
    "aws_id": "AKIAIOSFODNN7EXAMPLE",
    "aws_secret": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "stripe_test": "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
    "jwt_io": ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2"
               "MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
    "slack_fake": "xoxb-not-a-real-token-this-will-not-work",
    "azurite": "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
    "recaptcha_secret": "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe",
    "recaptcha_site": "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI",
    "hcaptcha_secret": "0x0000000000000000000000000000000000000000",
    "turnstile_secret": "1x0000000000000000000000000000000AA",
    "github_docs": "gho_16C7e42F292c6912E7710c838347Ae178B4a",
}
DOC_VALUES = set(DOC.values())


def b62enc(n, width=6):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


def crc_suffix(body):
    return b62enc(zlib.crc32(body.encode()) & 0xFFFFFFFF)


def gh_valid(tok):
    """GitHub (gh?_) / npm_ checksum: CRC32 of the 30-char random part, base62, 6 chars."""
    if len(tok) != 40:
        return False
    return crc_suffix(tok[4:34]) == tok[34:]


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


class V(random.Random):
    """A seeded RNG with value helpers."""

    def s(self, alphabet, n):
        return "".join(self.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.s(HEX, n)

    def HEX(self, n):
        return self.s(HEXU, n)

    def alnum(self, n):
        return self.s(ALNUM, n)

    def lower(self, n):
        return self.s(LOWER + DIGITS, n)

    def upper(self, n):
        return self.s(UPPER + DIGITS, n)

    def digits(self, n):
        return self.choice("123456789") + self.s(DIGITS, n - 1)

    def b64u(self, n):
        return self.s(B64U, n)

    def raw(self, n):
        return bytes(self.getrandbits(8) for _ in range(n))

    def b64bytes(self, n):
        return base64.b64encode(self.raw(n)).decode()

    def b64ubytes(self, n):
        return b64u_nopad(self.raw(n))

    def pick(self, seq, k=None):
        return self.choice(seq) if k is None else self.sample(list(seq), k)

    def uuid4(self):
        h = list(self.hex(32))
        h[12] = "4"
        h[16] = self.choice("89ab")
        h = "".join(h)
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    # ------------------------------------------------------------ passwords
    def pw_strong(self, n=None):
        n = n or self.randint(14, 24)
        while True:
            pw = self.s(ALNUM + SYM + DIGITS, n)
            if (any(c in UPPER for c in pw) and any(c in LOWER for c in pw) and any(c in DIGITS for c in pw)
                    and any(c in SYM for c in pw) and pw[0] not in SYM):
                return pw

    def pw_human(self, words=None):
        w = self.choice(words or WORDS)
        w = w.replace(" ", "")
        cap = w[:1].upper() + w[1:]
        year = str(self.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025]))
        sym = self.choice("!@*")
        form = self.randrange(7)
        if form == 0:
            return cap + year + sym
        if form == 1:
            return cap + self.choice(["@", "!", "*"]) + str(self.randint(10, 99))
        if form == 2:
            leet = cap.replace("o", "0").replace("a", "@").replace("e", "3").replace("i", "1")
            return leet + str(self.randint(1, 99))
        if form == 3:
            return self.choice(["Winter", "Summer", "Spring", "Autumn", "Fall"]) + year + sym
        if form == 4:
            w2 = self.choice(WORDS)
            return cap + w2[:1].upper() + w2[1:] + str(self.randint(1, 999))
        if form == 5:
            return "Welcome" + self.choice(["1", "2", "123", "2024", "!", "@1"]) + cap[:4]
        return cap + "#" + year[-2:] + self.choice(["!", "*", "."]) + self.choice(UPPER)

    def pw_phrase(self, sep=None):
        sep = sep if sep is not None else self.choice(["-", ".", "_", "-"])
        ws = self.sample(WORDS, self.randint(4, 5))
        if self.random() < 0.4:
            ws[-1] = ws[-1] + str(self.randint(2, 99))
        return sep.join(ws)

    def pw_uri(self, n=None):
        n = n or self.randint(16, 26)
        while True:
            pw = self.s(ALNUM + "-_.~", n)
            if any(c in DIGITS for c in pw) and any(c in UPPER for c in pw) and pw[0] in ALNUM:
                return pw

    def pw(self, style=None, words=None):
        style = style or self.choice(["strong", "strong", "human", "phrase", "uri"])
        if style == "strong":
            return self.pw_strong()
        if style == "human":
            return self.pw_human(words)
        if style == "phrase":
            return self.pw_phrase()
        return self.pw_uri()

    def pw_device(self):
        """Appliance password: alphanumerics, sometimes with one symbol."""
        base = self.alnum(self.randint(10, 14))
        return base if self.random() < 0.5 else base[:6] + self.choice("!*-_.") + base[6:]

    def secret_hex(self, nbytes=32):
        return self.hex(nbytes * 2)

    def secret_b64(self, nbytes=32):
        return self.b64bytes(nbytes)

    # ------------------------------------------------------------ tokens with checksums
    def gh(self, prefix):
        body = self.s(B62, 30)
        return prefix + body + crc_suffix(body)

    def gh_bad(self, prefix):
        while True:
            body = self.s(B62, 30)
            suf = self.s(B62, 6)
            if suf != crc_suffix(body):
                return prefix + body + suf

    def jwt(self, payload, key=None, header=None):
        header = header or {"alg": "HS256", "typ": "JWT"}
        key = key or self.raw(32)
        h = b64u_nopad(json.dumps(header, separators=(",", ":")).encode())
        p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
        sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
        return h + "." + p + "." + b64u_nopad(sig)

    # ------------------------------------------------------------ hashes and identifiers (negatives)
    def bcrypt(self, cost=12):
        return "$2b$%02d$%s" % (cost, self.s(BCRYPT_ALPHA, 53))

    def sha512crypt(self):
        return "$6$%s$%s" % (self.s(CRYPT_ALPHA, 16), self.s(CRYPT_ALPHA, 86))

    def md5crypt(self):
        return "$1$%s$%s" % (self.s(CRYPT_ALPHA, 8), self.s(CRYPT_ALPHA, 22))

    def argon2(self):
        return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (self.b64bytes(16).rstrip("="), self.b64bytes(32).rstrip("="))

    def md5role(self):
        return "md5" + self.hex(32)

    def mysql_native(self):
        return "*" + self.HEX(40)

    def scram(self):
        return "SCRAM-SHA-256$4096:%s$%s:%s" % (self.b64bytes(16), self.b64bytes(32), self.b64bytes(32))

    def mssql_hash(self):
        return "0x0200" + self.HEX(136)

    def ssha(self):
        return "{SSHA}" + self.b64bytes(24)

    def git_sha(self):
        return self.hex(40)

    def sha256(self):
        return self.hex(64)

    def sri(self, alg="sha512"):
        return "%s-%s" % (alg, self.b64bytes(64 if alg == "sha512" else 48))

    def gosum(self):
        return "h1:" + self.b64bytes(32)

    def image_digest(self):
        return "sha256:" + self.hex(64)

    def mac(self):
        return ":".join(self.HEX(2) for _ in range(6))

    def imei(self):
        d = [int(c) for c in "35" + self.s(DIGITS, 12)]
        tot = 0
        for i, x in enumerate(d):
            if i % 2 == 1:
                x *= 2
                x = x - 9 if x > 9 else x
            tot += x
        return "".join(map(str, d)) + str((10 - tot % 10) % 10)

    def vin(self):
        trans = {c: i for i, c in enumerate("0123456789")}
        trans.update(dict(zip("ABCDEFGH", range(1, 9))))
        trans.update(dict(zip("JKLMN", range(1, 6))))
        trans.update({"P": 7, "R": 9})
        trans.update(dict(zip("STUVWXYZ", range(2, 10))))
        weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        alpha = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        while True:
            v = list(self.choice(["1", "2", "3", "4", "5", "J", "W"]) + self.s(alpha, 16))
            tot = sum(trans[c] * w for c, w in zip(v, weights))
            chk = tot % 11
            v[8] = "X" if chk == 10 else str(chk)
            return "".join(v)

    def aba(self):
        while True:
            d = [int(c) for c in "0" + self.s(DIGITS, 7)]
            d[0] = self.choice([0, 1, 2, 3])
            for c in range(10):
                x = d + [c]
                if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                    return "".join(map(str, x))

    def serial(self, prefix="", n=8):
        return prefix + self.upper(n)

    def person(self):
        return self.choice(FIRST), self.choice(LAST)

    def ip10(self):
        return "10.%d.%d.%d" % (self.randint(0, 40), self.randint(0, 254), self.randint(2, 250))

    def ts(self, year=2025):
        return "%d-%02d-%02d %02d:%02d" % (year, self.randint(1, 12), self.randint(1, 28), self.randint(7, 19),
                                            self.randint(0, 59))
