"""Seeded value generators: password styles, tokens, identifiers, hashes."""
import base64
import hashlib
import string
import uuid

from crypto18 import b64, b64u, crc_suffix

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
B32 = string.ascii_uppercase + "234567"
# punctuation that survives every syntax we render (no quotes, backslash, backtick, $ or #)
PUNCT = "!%*+-.:=?@^_~,;&"
WORDS = ("amber anchor april basil birch bramble breeze cactus canyon cedar cinder clover cobalt comet copper coral "
         "cricket crimson dahlia delta ember falcon fennel fjord flint garnet ginger glacier granite harbor hazel "
         "heron indigo iris jasper juniper kestrel lagoon lantern lemon lilac linden lotus lunar magnet maple meadow "
         "mercury meteor mint monsoon mosaic nectar nickel nutmeg oak oasis olive onyx orbit orchid otter pebble "
         "pepper pine plum polar poppy prairie quartz quill raven reef ripple river saffron sage salmon sapphire "
         "sequoia shadow sierra silver slate sorrel spruce squall sumac summit tamarind thistle thunder tidal timber "
         "topaz tulip tundra umber velvet violet walnut willow winter yarrow zephyr").split()
WORDS_DE = "Apfel Brunnen Eiche Falke Garten Hafen Insel Kompass Laterne Mond Nebel Rabe Sonne Tanne Wolke".split()
WORDS_FR = "abeille bougie cerise falaise hibou lavande marmotte nuage olivier papillon renard sapin".split()
WORDS_ES = "abeja bosque canela estrella girasol lluvia mariposa naranja paloma sirena tormenta".split()


class Vals:
    def __init__(self, rng, words=()):
        self.r = rng
        self.words = list(words)

    def choice(self, seq):
        return seq[self.r.randrange(len(seq))]

    def s(self, n, alphabet=ALNUM):
        return "".join(alphabet[self.r.randrange(len(alphabet))] for _ in range(n))

    def hexs(self, n):
        return self.s(n, HEX)

    def bytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def digits(self, n, lead_nonzero=True):
        d = self.s(n, string.digits)
        if lead_nonzero and d[0] == "0":
            d = str(self.r.randint(1, 9)) + d[1:]
        return d

    # ------------------------------------------------------------ passwords
    def strong(self, lo=16, hi=30):
        n = self.r.randint(lo, hi)
        while True:
            v = self.s(n, ALNUM + PUNCT[:8])
            if any(c.isdigit() for c in v) and any(c.islower() for c in v) and any(c.isupper() for c in v):
                return v

    def alnum(self, lo=20, hi=40):
        return self.s(self.r.randint(lo, hi))

    def human(self):
        w = self.choice(self.words or WORDS)
        w = w[0].upper() + w[1:]
        pat = self.r.randrange(7)
        year = str(self.r.randint(2019, 2026))
        if pat == 0:
            return w + year + self.choice("!?.#*@")
        if pat == 1:
            return w + self.choice("@#!") + str(self.r.randint(10, 999))
        if pat == 2:
            return w.lower() + str(self.r.randint(100, 9999))
        if pat == 3:
            return self.choice(["Summer", "Winter", "Spring", "Autumn", "Welcome", "Sommer", "Herbst", "Invierno",
                                "Printemps"]) + year + self.choice("!#")
        if pat == 4:
            return w.replace("a", "@").replace("o", "0").replace("e", "3") + str(self.r.randint(1, 99))
        if pat == 5:
            return w + "_" + self.choice(WORDS) + str(self.r.randint(1, 9))
        return w[:1].lower() + w[1:] + str(self.r.randint(1, 12)).zfill(2) + self.choice(["!", "!!", "$"])[:1].replace("$", "&")

    def phrase(self):
        n = self.r.randint(3, 5)
        ws = [self.choice(WORDS + self.words) for _ in range(n)]
        sep = self.choice(["-", " ", ".", "_", ""])
        if sep == "":
            ws = [w[:1].upper() + w[1:] for w in ws]
        elif self.r.random() < 0.4:
            ws = [w[:1].upper() + w[1:] for w in ws]
        v = sep.join(ws)
        if self.r.random() < 0.6:
            v += (sep if sep.strip() else "") + str(self.r.randint(1, 99))
        return v

    def urisafe(self, lo=18, hi=32):
        return self.s(self.r.randint(lo, hi), ALNUM + "-._~")

    def punct_start(self, lo=14, hi=26):
        return self.choice("!%*+-.:=?@^~&;,") + self.strong(lo, hi)

    def b64val(self, nbytes=None):
        return b64(self.bytes(nbytes or self.choice([24, 32, 33, 48])))

    def hexval(self, n=None):
        return self.hexs(n or self.choice([32, 40, 48, 64]))

    STYLES = ("strong", "human", "phrase", "urisafe", "punct", "b64", "hex", "alnum")

    def password(self, style=None):
        style = style or self.choice(["strong", "strong", "human", "human", "human", "phrase", "urisafe", "punct",
                                      "alnum", "b64", "hex"])
        return {"strong": self.strong, "human": self.human, "phrase": self.phrase, "urisafe": self.urisafe,
                "punct": self.punct_start, "b64": self.b64val, "hex": self.hexval, "alnum": self.alnum}[style]()

    def uri_password(self):
        return self.choice([self.urisafe, self.human_uri, self.alnum])()

    def human_uri(self):
        v = self.human()
        return "".join(c for c in v if c.isalnum() or c in "-._~") or self.alnum()

    def simple_password(self):
        """No characters that need quoting anywhere (INI, env, shell words, CSV)."""
        return self.choice([self.alnum, self.human_uri, self.urisafe, self.hexval])()

    # ------------------------------------------------------------ tokens
    def api_key(self):
        return self.choice([lambda: self.s(32), lambda: self.hexs(40), lambda: self.s(40, B64U),
                            lambda: self.hexs(32), lambda: self.s(24) + "." + self.s(16),
                            lambda: self.s(48, LOWER_ALNUM)])()

    def crc_token(self, prefix):
        body = self.s(30)
        return prefix + body + crc_suffix(body)

    def bad_crc_token(self, prefix):
        body = self.s(30)
        good = crc_suffix(body)
        while True:
            bad = self.s(6)
            if bad != good:
                return prefix + body + bad

    def jwt(self, payload, header=None, sig_bytes=32):
        import json
        h = header or {"alg": "HS256", "typ": "JWT"}
        return "%s.%s.%s" % (b64u(json.dumps(h, separators=(",", ":")).encode()),
                             b64u(json.dumps(payload, separators=(",", ":")).encode()), b64u(self.bytes(sig_bytes)))

    # ------------------------------------------------------------ identifiers / negatives
    def uuid(self):
        return str(uuid.UUID(bytes=self.bytes(16), version=4))

    def sha1(self):
        return hashlib.sha1(self.bytes(20)).hexdigest()

    def sha256(self):
        return hashlib.sha256(self.bytes(32)).hexdigest()

    def sri(self):
        return "sha512-" + b64(hashlib.sha512(self.bytes(32)).digest())

    def ulid(self):
        return self.s(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    def trace_id(self):
        return self.hexs(32)

    def mac(self):
        return ":".join(self.hexs(2) for _ in range(6)).upper()

    def serial(self, prefix=""):
        return prefix + self.s(self.r.randint(8, 12), string.ascii_uppercase + string.digits)
