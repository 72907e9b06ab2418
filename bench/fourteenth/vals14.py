"""Seeded random values for the fourteenth corpus: passwords in human styles, random strings,
checksummed tokens, hashes (negatives), identifiers with check digits, documented examples."""

import base64
import hashlib
import hmac
import json
import random
import string
import zlib

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase   # GitHub's base62 order
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64URL = ALNUM + "-_"
BCRYPT64 = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
CRYPT64 = "./" + string.digits + string.ascii_uppercase + string.ascii_lowercase

# Documented example values (negatives wherever they appear).
AWS_EXAMPLE_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
STRIPE_DOC_TEST = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5"
          "MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
SLACK_DOC = "xoxb-not-a-real-token-this-will-not-work"
GITHUB_DOC = "gho_16C7e42F292c6912E7710c838347Ae178B4a"
AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
RECAPTCHA_TEST_SECRET = "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe"
RECAPTCHA_TEST_SITE = "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"
DOC_EXAMPLES = [AWS_EXAMPLE_ID, AWS_EXAMPLE_SECRET, STRIPE_DOC_TEST, JWT_IO, SLACK_DOC, GITHUB_DOC, AZURITE_KEY,
                RECAPTCHA_TEST_SECRET]


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def crc_b62(body):
    n = zlib.crc32(body.encode()) & 0xFFFFFFFF
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(6, "0")


def gh_valid(tok):
    """True if a gh?_/npm_ token's last 6 characters are the base62 CRC32 of its 30-character body."""
    body = tok.split("_", 1)[1]
    return len(body) == 36 and crc_b62(body[:30]) == body[30:]


def luhn_digit(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(vin):
    s = sum(VIN_MAP[c] * w for c, w in zip(vin, VIN_W))
    r = s % 11
    return "X" if r == 10 else str(r)


WORDS = ("harbor lantern cobalt meadow falcon granite willow ember summit orchid tundra copper maple raven "
         "saffron thistle juniper canyon glacier marble pepper indigo walnut cedar comet velvet prairie "
         "beacon quartz harvest timber violet osprey badger ferret otter heron pelican lynx bison moose "
         "sparrow tulip clover fennel barley sorrel pebble ripple cinder thunder breeze ").split()
SEASONS = ["Spring", "Summer", "Autumn", "Fall", "Winter"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
FIRST = ("Ana Ben Carla Dario Elif Femi Greta Hiro Ines Jonas Kofi Lena Mateo Nadia Omar Priya Quinn Rosa Sven "
         "Tariq Uma Viktor Wen Yusuf Zoe Amara Bruno Chloe Dmitri Esme Farid Gwen Hamid Ilse Jae Kasia Luca "
         "Maren Nico Oona Pavel Rania Soren Tomas Ulla Vera Willem Ximena Yara").split()
LAST = ("Okafor Lindqvist Moreau Tanaka Brennan Haddad Novak Ferreira Kowalski Nakamura Osei Petrov Quist "
        "Rahman Schulz Torres Ueda Varga Whitfield Yilmaz Zielinski Abara Baptiste Castell Duarte Eriksen "
        "Fontaine Gallo Horvat Ivers Jansen Kaur Laine Mbeki Nordin Oyelaran Pires Rocha Sandoval").split()


class V(random.Random):
    """random.Random seeded with a string, plus value helpers."""

    def __init__(self, seed):
        super().__init__(str(seed))

    # ---- raw strings
    def s(self, alphabet, n):
        return "".join(self.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.s(HEX, n)

    def HEX(self, n):
        return self.s(HEX.upper(), n)

    def alnum(self, n):
        return self.s(ALNUM, n)

    def lower(self, n):
        return self.s(LOWER_ALNUM, n)

    def upper(self, n):
        return self.s(UPPER_ALNUM, n)

    def digits(self, n):
        return self.choice("123456789") + self.s(string.digits, n - 1)

    def b64url(self, n):
        return self.s(B64URL, n)

    def b64bytes(self, nbytes):
        return base64.b64encode(self.randbytes(nbytes)).decode()

    def randbytes(self, n):
        return bytes(self.getrandbits(8) for _ in range(n))

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.choice("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    # ---- checksummed tokens
    def gh(self, prefix):
        body = self.s(B62, 30)
        return prefix + body + crc_b62(body)

    def gh_broken(self, prefix):
        tok = self.gh(prefix)
        while True:
            bad = tok[:-6] + self.s(B62, 6)
            if not gh_valid(bad):
                return bad

    # ---- human passwords
    def word(self):
        return self.choice(WORDS)

    def pw(self, style=None, words=None):
        """A password a person chose. `words` are theme words mixed into the styles."""
        pool = list(words or []) + WORDS
        w = lambda: self.choice(pool)
        cap = lambda x: x[:1].upper() + x[1:]
        style = style if style is not None else self.randrange(12)
        yr = str(self.choice([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]))
        sym = self.choice("!@#.*?+")
        if style == 0:
            return cap(w()) + yr + sym
        if style == 1:
            return "%s%d%s" % (cap(w()), self.randint(1, 99), cap(w()))
        if style == 2:
            return "-".join(w() for _ in range(3)) + "-" + str(self.randint(10, 99))
        if style == 3:
            return self.choice(SEASONS) + yr[2:] + sym + cap(w())
        if style == 4:
            leet = w().replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
            return cap(leet) + "!" + str(self.randint(10, 999))
        if style == 5:
            return cap(w()) + "_" + cap(w()) + "_" + str(self.randint(100, 9999))
        if style == 6:
            return self.s(ALNUM, self.randint(14, 22))
        if style == 7:
            return self.s(ALNUM + "!#%*+-=?@^_", self.randint(16, 24))
        if style == 8:
            return cap(w()) + cap(w()) + str(self.randint(1, 9)) + sym
        if style == 9:
            return self.choice(MONTHS) + yr + sym
        if style == 10:
            return w() + "." + w() + "." + str(self.randint(1000, 9999))
        return "Welcome" + str(self.randint(1, 9)) + cap(w())

    def phrase(self, n=4):
        return " ".join(self.choice(WORDS) for _ in range(n))

    def randpw(self, n=20):
        return self.s(ALNUM + "!#%*+-=?@^_", n)

    def person(self):
        return self.choice(FIRST), self.choice(LAST)

    # ---- JWT
    def jwt(self, payload, key=None, alg="HS256"):
        header = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
        body = b64u(json.dumps(payload, separators=(",", ":")).encode())
        key = key or self.randbytes(32)
        sig = hmac.new(key, (header + "." + body).encode(), hashlib.sha256).digest()
        return header + "." + body + "." + b64u(sig)

    # ---- hashes (negatives)
    def bcrypt(self, cost=12):
        return "$2b$%02d$%s" % (cost, self.s(BCRYPT64, 53))

    def apr1(self):
        return "$apr1$%s$%s" % (self.s(CRYPT64, 8), self.s(CRYPT64, 22))

    def sha512crypt(self):
        return "$6$%s$%s" % (self.s(CRYPT64, 16), self.s(CRYPT64, 86))

    def yescrypt(self):
        return "$y$j9T$%s$%s" % (self.s(CRYPT64, 22), self.s(CRYPT64, 43))

    def argon2(self):
        return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (b64u(self.randbytes(16)), b64u(self.randbytes(32)))

    def scram(self):
        return "SCRAM-SHA-256$4096:%s$%s:%s" % (self.b64bytes(16), self.b64bytes(32), self.b64bytes(32))

    def mysql_native(self):
        return "*" + self.HEX(40)

    def pg_md5(self):
        return "md5" + self.hex(32)

    def django_pbkdf2(self):
        return "pbkdf2_sha256$600000$%s$%s" % (self.alnum(22), self.b64bytes(32))

    def mssql_hash(self):
        return "0x0200" + self.HEX(136)

    def sha256(self):
        return self.hex(64)

    def sha1(self):
        return self.hex(40)

    # ---- identifiers (negatives)
    def mac(self, sep=":"):
        return sep.join("%02X" % self.randrange(256) for _ in range(6))

    def imei(self):
        body = self.choice(["35", "86", "01", "49"]) + self.s(string.digits, 12)
        return body + luhn_digit(body)

    def vin(self):
        alph = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        v = self.choice(["1FT", "3C6", "1HG", "WDB", "5YJ", "1GC", "JN8"]) + self.s(alph, 5) + "0" + \
            self.choice("LMNPRST") + self.s(alph, 1) + self.s(string.digits, 6)
        return v[:8] + vin_check(v) + v[9:]

    def serial(self, prefix=""):
        return prefix + self.upper(self.randint(8, 12))
