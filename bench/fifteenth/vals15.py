"""Seeded RNG with value helpers: strings, passwords in human styles, checksummed tokens, JWTs, hashes,
identifiers with check digits, names. Every value in the corpus comes from here or from keys15/prov15."""

import base64
import hashlib
import hmac
import json
import random
import zlib

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
LOWER = "abcdefghijklmnopqrstuvwxyz"
LOWNUM = LOWER + "0123456789"
UPNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
BCRYPT64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
SYMS = "!*-._~@+=?"
URI_SYMS = "-._~!*"

WORDS = ("amber anchor aspen basalt beacon birch bramble cedar cinder clover cobalt comet copper coral cove "
         "crane dune ember falcon fennel fern fjord flint garnet glacier granite harbor hazel heron indigo "
         "juniper kestrel lagoon lantern larch lichen linden lupin maple marlin meadow mistral moss nettle "
         "nimbus oak onyx orchid osprey otter pebble pepper pine plover poppy quartz quill raven reed ridge "
         "rowan saffron sage sorrel spruce starling summit swift tamarack thistle thunder timber topaz "
         "tundra umber walnut willow wren yarrow zephyr").split()
FIRST = ("Aiko Amara Anders Ayla Bastien Beatriz Callum Chiara Dagny Dario Eamon Elif Farah Fintan Greta "
         "Hamid Ines Ivo Jonas Kalani Keziah Lior Lucia Malik Maren Nadia Niamh Odile Oren Priya Quentin "
         "Rafael Rosa Sanna Silas Tamsin Teodor Ulla Vikram Wanda Xavi Yusuf Zofia Bruno Carys Dmitri Esme "
         "Gideon Hedda Ismael Jovana Kofi Linnea Mateo Noor Osk Pavla Renske Soren").split()
LAST = ("Abernathy Bakshi Castell Dufresne Ekwueme Fairbanks Galloway Haugland Ibarra Jansen Kowalczyk "
        "Lindqvist Moreau Nakashima Okafor Petrakis Quintero Rasmussen Szabo Takahashi Ueda Valdivia "
        "Whitlock Xiong Yilmaz Zeller Brannigan Coutinho Delacroix Esposito Fonseca Grimaldi Holloway "
        "Iwasaki Jablonski Kavanagh Lemaire Mbatha Novak Oyelaran Pellegrini Ruiz Sato Thorsen Varga").split()


def crc32_b62(s, width=6):
    n = zlib.crc32(s.encode()) & 0xffffffff
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def luhn_digit(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def b64u_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).rstrip(b"=").decode()


class Rng(random.Random):
    def s(self, n, alphabet=ALNUM):
        return "".join(self.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.s(n, HEX)

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.getrandbits(8) for _ in range(nbytes))).decode()

    def b64u(self, nbytes):
        return base64.urlsafe_b64encode(bytes(self.getrandbits(8) for _ in range(nbytes))).rstrip(b"=").decode()

    def raw(self, n):
        return bytes(self.getrandbits(8) for _ in range(n))

    def digits(self, n):
        return str(self.randint(1, 9)) + self.s(n - 1, "0123456789")

    def uuid(self):
        h = list(self.hex(32))
        h[12] = "4"
        h[16] = self.choice("89ab")
        h = "".join(h)
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def word(self):
        return self.choice(WORDS)

    def person(self):
        return self.choice(FIRST), self.choice(LAST)

    # ---- passwords (no quote, backslash, dollar, percent, ampersand, angle bracket, comma, colon, hash,
    # slash or space, so that every syntax can hold them literally and the value stays findable)
    def pw_strong(self, n=None):
        n = n or self.randint(14, 22)
        while True:
            p = self.s(n, ALNUM + SYMS)
            if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c in SYMS for c in p[1:-1]):
                return p

    def pw_uri(self, n=None):
        n = n or self.randint(14, 20)
        while True:
            p = self.s(n, ALNUM + URI_SYMS)
            if any(c.isdigit() for c in p) and any(c in URI_SYMS for c in p[1:-1]):
                return p

    def pw_human(self):
        w = self.word().capitalize()
        style = self.randint(0, 5)
        if style == 0:
            return "%s%d%s" % (w, self.randint(2015, 2026), self.choice("!?*."))
        if style == 1:
            return "%s%s%d" % (w, self.word().capitalize(), self.randint(1, 99))
        if style == 2:
            return "%s%s%s%d" % (w, self.choice("@*!"), self.word(), self.randint(10, 999))
        if style == 3:
            return "%s_%s_%d" % (w, self.word(), self.randint(100, 9999))
        if style == 4:
            return "%s%d%s%s" % (w, self.randint(1, 9), self.word().capitalize(), self.choice("!?."))
        return w[:1] + w[1:].replace("o", "0").replace("a", "@").replace("e", "3") + str(self.randint(10, 99)) + "!"

    def pw_phrase(self, sep=None):
        sep = sep or self.choice("-._")
        return sep.join(self.word() for _ in range(self.randint(4, 5)))

    def pw(self, uri=False):
        if uri:
            return self.choice([self.pw_uri, self.pw_uri,
                                lambda: self.pw_human().replace("@", "-").replace("?", "!")])()
        return self.choice([self.pw_strong, self.pw_strong, self.pw_human, self.pw_human, self.pw_phrase])()

    # ---- tokens
    def crc_token(self, prefix, valid=True):
        body = self.s(30, B62)
        cs = crc32_b62(body)
        if not valid:
            while True:
                bad = self.s(6, B62)
                if bad != cs:
                    cs = bad
                    break
        return prefix + body + cs

    def jwt(self, payload, key=None, alg="HS256"):
        head = b64u_json({"alg": alg, "typ": "JWT"})
        body = b64u_json(payload)
        key = key or self.raw(32)
        sig = hmac.new(key, (head + "." + body).encode(), hashlib.sha256).digest()
        return head + "." + body + "." + base64.urlsafe_b64encode(sig).rstrip(b"=").decode()

    # ---- hashes and digests (hard negatives)
    def bcrypt(self, cost=None):
        return "$2%s$%02d$%s" % (self.choice("aby"), cost or self.choice([10, 11, 12]), self.s(53, BCRYPT64))

    def sha512crypt(self):
        return "$6$%s$%s" % (self.s(16, BCRYPT64), self.s(86, BCRYPT64))

    def yescrypt(self):
        return "$y$j9T$%s$%s" % (self.s(22, BCRYPT64), self.s(43, BCRYPT64))

    def apr1(self):
        return "$apr1$%s$%s" % (self.s(8, BCRYPT64), self.s(22, BCRYPT64))

    def argon2(self):
        return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (self.b64(16).rstrip("="), self.b64(32).rstrip("="))

    def pbkdf2_django(self):
        return "pbkdf2_sha256$%d$%s$%s" % (self.choice([600000, 720000, 870000]), self.s(22, ALNUM), self.b64(32))

    def scram(self):
        return "SCRAM-SHA-256$4096:%s$%s:%s" % (self.b64(16), self.b64(32), self.b64(32))

    def sha256(self):
        return self.hex(64)

    def git_sha(self):
        return self.hex(40)

    def sri(self):
        return "sha512-" + self.b64(64)

    # ---- identifiers with check digits
    def imei(self):
        d = self.choice(["35", "86", "01"]) + self.s(12, "0123456789")
        return d + luhn_digit(d)

    def mac(self):
        return ":".join(self.hex(2) for _ in range(6)).upper()

    def serial(self, prefix=""):
        return prefix + self.s(self.randint(8, 12), UPNUM)
