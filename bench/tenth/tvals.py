"""Random values for the tenth corpus: a seeded RNG with helpers for token alphabets, passwords in
several human styles, password hashes, look-alike identifiers, CRC32-checksummed tokens and bech32.

Everything is drawn from the RNG handed in; nothing here reads the clock or the environment."""

import base64
import binascii
import hashlib
import hmac
import json
import random
import string

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase   # GitHub/npm checksum alphabet
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
B64U = string.ascii_uppercase + string.ascii_lowercase + string.digits + "-_"
B32 = string.ascii_uppercase + "234567"
BCRYPT64 = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
CRYPT64 = "./" + string.digits + string.ascii_uppercase + string.ascii_lowercase
PW_SPECIAL = "!@#%^*-_+=.~?$"

WORDS = ("amber", "basil", "cobalt", "delta", "ember", "falcon", "garnet", "harbor", "indigo", "juniper",
         "kestrel", "lantern", "maple", "nectar", "orbit", "pepper", "quartz", "raven", "saffron", "tundra",
         "umber", "velvet", "willow", "yarrow", "zephyr", "birch", "canyon", "dune", "fjord", "glacier",
         "heron", "island", "jasper", "koala", "lagoon", "meadow", "nimbus", "otter", "prairie", "quill",
         "ripple", "sierra", "thistle", "urchin", "vortex", "walnut", "cedar", "pebble", "copper", "sparrow")
FIRST = ("Aisha", "Bram", "Carmen", "Dmitri", "Elif", "Farah", "Gustav", "Hana", "Ivo", "Jonas", "Keiko",
         "Luca", "Mira", "Nils", "Oksana", "Priya", "Quentin", "Rosa", "Sanjay", "Tove", "Uma", "Viktor",
         "Wen", "Yusuf", "Zofia", "Andre", "Beatriz", "Colm", "Dana", "Emeka", "Freya", "Gareth", "Ines",
         "Jamal", "Kirsi", "Lars", "Marisol", "Nadia", "Oren", "Paula")
LAST = ("Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak", "Haddad", "Brennan", "Castillo", "Dubois",
        "Eriksen", "Fischer", "Gallo", "Horvat", "Ivanova", "Jensen", "Kowalski", "Larsen", "Mbeki", "Nakamura",
        "Oliveira", "Petrov", "Quinn", "Rossi", "Schmidt", "Thorne", "Usman", "Varga", "Walsh", "Yilmaz",
        "Zhang", "Abbott", "Byrne", "Costa", "Duarte", "Ferreira", "Grant", "Hughes", "Iqbal", "Kaur", "Lopez")


def b62(n):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out or "0"


def crc_b62(body):
    return b62(binascii.crc32(body.encode()) & 0xFFFFFFFF).rjust(6, "0")


def crc_token_ok(tok, prefix):
    """True when tok = prefix + 30 base62 + CRC32(body) base62 (GitHub/npm scheme)."""
    if not tok.startswith(prefix):
        return False
    rest = tok[len(prefix):]
    return len(rest) == 36 and all(c in B62 for c in rest) and crc_b62(rest[:30]) == rest[30:]


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


# ---------------------------------------------------------------- bech32 (BIP-173)
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = (0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((top >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _to5(data):
    acc, bits, out = 0, 0, []
    for b in data:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    return out


def bech32_encode(hrp, data):
    d5 = _to5(data)
    pm = _polymod(_hrp_expand(hrp) + d5 + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[x] for x in d5 + chk)


def bech32_ok(s):
    s = s.lower()
    hrp, _, data = s.rpartition("1")
    if not hrp or len(data) < 6 or any(c not in BECH for c in data):
        return False
    return _polymod(_hrp_expand(hrp) + [BECH.index(c) for c in data]) == 1


class V(random.Random):
    """Seeded RNG with value helpers."""
    ALPH_GL = ALNUM + "_-"
    ALPH_ENTRA = ALNUM + "_~.-"

    def s(self, alphabet, n):
        return "".join(self.choice(alphabet) for _ in range(n))

    def al(self, n): return self.s(ALNUM, n)
    def hx(self, n): return self.s(HEX, n)
    def HX(self, n): return self.s(HEX.upper(), n)
    def lo(self, n): return self.s(LOWER_ALNUM, n)
    def up(self, n): return self.s(UPPER_ALNUM, n)
    def b64(self, n): return self.s(B64, n)
    def b64u(self, n): return self.s(B64U, n)
    def b32(self, n): return self.s(B32, n)
    def dig(self, n): return self.choice("123456789") + self.s(string.digits, n - 1)
    def letters(self, n): return self.s(string.ascii_letters, n)

    def bytes_(self, n):
        return bytes(self.getrandbits(8) for _ in range(n))

    def b64bytes(self, n):
        return base64.b64encode(self.bytes_(n)).decode()

    def uuid(self):
        h = self.hx(32)
        h = h[:12] + "4" + h[13:16] + self.choice("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def pick(self, seq, k=None):
        return self.choice(seq) if k is None else self.sample(list(seq), k)

    # ------------------------------------------------------------ names
    def person(self):
        return "%s %s" % (self.choice(FIRST), self.choice(LAST))

    def handle(self, person):
        f, l = person.split()
        return self.choice(["%s.%s", "%s%s", "%s_%s"]) % (f.lower(), l.lower()) if self.random() < .5 \
            else (f[0] + l).lower()

    # ------------------------------------------------------------ passwords
    def pw_strong(self, n=None):
        n = n or self.randint(14, 24)
        while True:
            body = [self.choice(string.ascii_letters)] + [self.choice(ALNUM + PW_SPECIAL * 2) for _ in range(n - 1)]
            v = "".join(body)
            if any(c.isdigit() for c in v) and any(c in PW_SPECIAL for c in v) and any(c.isupper() for c in v):
                return v

    def pw_human(self, words=()):
        pool = list(words) + list(WORDS)
        w1, w2 = self.choice(pool), self.choice(WORDS)
        st = self.randint(0, 3)
        if st == 0:
            return "%s%s%s%d" % (w1.capitalize(), self.choice("!#@$*"), w2.capitalize(), self.randint(1, 99))
        if st == 1:
            return "%s%d%s" % (w1.capitalize(), self.randint(2015, 2026), self.choice("!?#*"))
        if st == 2:
            return "%s_%s%d" % (w1.capitalize(), w2, self.randint(10, 999))
        return "%s%s%s" % (w1.capitalize(), self.randint(100, 9999), w2.capitalize())

    def pw_phrase(self):
        sep = self.choice("-.+_")
        ws = [self.choice(WORDS) for _ in range(self.randint(3, 4))]
        return sep.join(ws) + sep + str(self.randint(1, 99))

    def pw_uri(self, n=None):
        n = n or self.randint(14, 22)
        return self.choice(string.ascii_letters) + self.s(ALNUM + "-_.~", n - 2) + self.choice(ALNUM)

    def pw(self, words=()):
        r = self.random()
        if r < .45:
            return self.pw_strong()
        if r < .85:
            return self.pw_human(words)
        return self.pw_phrase()

    def secret_hex(self, nbytes=32): return self.hx(nbytes * 2)
    def secret_b64(self, nbytes=32): return self.b64bytes(nbytes)

    # ------------------------------------------------------------ hashes and look-alikes
    def bcrypt(self, cost=None):
        return "$2%s$%02d$%s" % (self.choice("aby"), cost or self.choice((10, 11, 12)), self.s(BCRYPT64, 53))

    def sha512crypt(self):
        return "$6$%s$%s" % (self.s(CRYPT64, 16), self.s(CRYPT64, 86))

    def md5crypt(self):
        return "$1$%s$%s" % (self.s(CRYPT64, 8), self.s(CRYPT64, 22))

    def argon2(self):
        return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (b64u_nopad(self.bytes_(16)).replace("-", "+").replace("_", "/"),
                                                        b64u_nopad(self.bytes_(32)).replace("-", "+").replace("_", "/"))

    def ssha(self):
        return "{SSHA}" + base64.b64encode(self.bytes_(24)).decode()

    def git_sha(self): return self.hx(40)
    def sha256(self): return self.hx(64)
    def md5(self): return self.hx(32)
    def trace_id(self): return self.hx(32)
    def digest(self): return "sha256:" + self.hx(64)

    def sri(self):
        return "sha384-" + base64.b64encode(self.bytes_(48)).decode()

    # ------------------------------------------------------------ checksummed and structured tokens
    def crc_token(self, prefix):
        body = self.al(30)
        return prefix + body + crc_b62(body)

    def crc_token_bad(self, prefix):
        good = self.crc_token(prefix)
        last = good[-1]
        return good[:-1] + self.choice([c for c in B62 if c != last])

    def jwt(self, payload, key=None):
        head = b64u_nopad(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
        body = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
        sig = hmac.new(key or self.bytes_(32), (head + "." + body).encode(), hashlib.sha256).digest()
        return head + "." + body + "." + b64u_nopad(sig)

    def age_key(self):
        return bech32_encode("age-secret-key-", self.bytes_(32)).upper()

    def ts(self, year=2025):
        return "%d-%02d-%02dT%02d:%02d:%02dZ" % (year, self.randint(1, 12), self.randint(1, 28), self.randint(0, 23),
                                                 self.randint(0, 59), self.randint(0, 59))

    def date(self, year=2025):
        return "%d-%02d-%02d" % (year, self.randint(1, 12), self.randint(1, 28))

    def ip(self, net="10"):
        return "%s.%d.%d.%d" % (net, self.randint(0, 254), self.randint(0, 254), self.randint(2, 250))


# ---------------------------------------------------------------- masking helpers (negatives)
def mask(v, keep=4):
    return "*" * 8 + v[-keep:] if len(v) > keep + 4 else "********"


DOC_AWS_ID = "AKIAIOSFODNN7EXAMPLE"
DOC_AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
DOC_STRIPE = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
DOC_JWT = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5"
           "MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
