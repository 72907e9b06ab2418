"""Random values for the ninth corpus: provider tokens, passwords, hashes, identifiers and look-alikes.

Every value is drawn from a caller-supplied random.Random. Provider shapes follow the providers' public
documentation (and /work/shared/research/secrets-anchors.md); the GitHub/npm checksum is CRC32 of the
30 random characters, base62 (0-9A-Za-z), left-padded to 6.
"""

import base64
import binascii
import hashlib
import json
import string

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
HEX = "0123456789abcdef"
LOWER, UPPER, DIGITS = string.ascii_lowercase, string.ascii_uppercase, string.digits
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"
PW_SYMS = "!#%*-_.+=~^@?"
URI_SYMS = "-_.~!*"
BCRYPT = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
WORDS = ("harbor lantern copper falcon meadow glacier thunder velvet orbit cactus maple ember quartz willow "
         "rocket saffron tundra pepper marble cobalt summit garnet hollow prairie raven canyon juniper beacon "
         "cinder sparrow ivory oyster mosaic nebula pylon walnut tango violet anchor basalt cedar dynamo "
         "fjord gravel hazel indigo jasper kestrel lagoon mantis nickel obsidian paprika quill rhubarb").split()
NAMES = ("Ana Ben Carla Dev Elif Femi Gus Hana Ivan Jana Kofi Lena Milo Nadia Omar Priya Quinn Rosa Sami Tomas "
         "Uma Vik Wen Xena Yusuf Zoe Arjun Bea Chen Dario Esme Farid Greta Hugo Ines Jonas Kai Luz Marek Noor").split()
SURNAMES = ("Okafor Lindqvist Moreau Tanaka Novak Haddad Silva Kowalski Brennan Ferreira Nguyen Petrov Mensah "
            "Castillo Weber Sato Rahman Costa Byrne Jansen Aydin Morales Fischer Kaur Dubois Ortiz Larsen").split()


def crc_b62(s):
    c = binascii.crc32(s.encode()) & 0xFFFFFFFF
    out = ""
    while c:
        c, r = divmod(c, 62)
        out = B62[r] + out
    return out.rjust(6, "0")


def b64e(b):
    return base64.b64encode(b).decode()


def b64ue(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


class V:
    def __init__(self, rng):
        self.r = rng

    # ---------------------------------------------------------- primitives
    def pick(self, seq):
        return self.r.choice(seq)

    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.chars(HEX, n)

    def HEX(self, n):
        return self.chars("0123456789ABCDEF", n)

    def b62(self, n):
        return self.chars(B62, n)

    def alnum_lower(self, n):
        return self.chars(LOWER + DIGITS, n)

    def b64(self, nbytes):
        return b64e(bytes(self.r.getrandbits(8) for _ in range(nbytes)))

    def b64u(self, n):
        return self.chars(B64U, n)

    def rbytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.pick("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def digits(self, n):
        return self.pick("123456789") + self.chars(DIGITS, n - 1)

    def word(self):
        return self.pick(WORDS)

    def person(self):
        return "%s %s" % (self.pick(NAMES), self.pick(SURNAMES))

    # ---------------------------------------------------------- passwords
    def pw(self, n=None, syms=PW_SYMS):
        """Strong random password; starts with a letter, has all classes, no quote/space/backslash/$/&."""
        n = n or self.r.randrange(14, 25)
        while True:
            s = self.pick(string.ascii_letters) + self.chars(string.ascii_letters + DIGITS + syms * 2, n - 1)
            if (any(c in LOWER for c in s) and any(c in UPPER for c in s) and any(c in DIGITS for c in s)
                    and any(c in syms for c in s)):
                return s

    def pw_uri(self, n=None):
        return self.pw(n, URI_SYMS)

    def pw_alnum(self, n=None):
        n = n or self.r.randrange(16, 29)
        while True:
            s = self.pick(string.ascii_letters) + self.b62(n - 1)
            if any(c in DIGITS for c in s) and any(c in UPPER for c in s) and any(c in LOWER for c in s):
                return s

    def pw_human(self, words=None):
        """Weak, human-style: Word + year/number + symbol, or leet word."""
        w = self.pick(words or WORDS)
        w = w[0].upper() + w[1:]
        k = self.r.randrange(5)
        if k == 0:
            return "%s%d%s" % (w, self.r.choice([2019, 2021, 2022, 2023, 2024, 2025]), self.pick("!#*?"))
        if k == 1:
            leet = w.replace("a", "@", 1).replace("o", "0").replace("e", "3", 1).replace("i", "1", 1)
            return leet + str(self.r.randrange(10, 99))
        if k == 2:
            return "%s%s%s%d" % (w, self.pick("#*!-_."), self.pick(WORDS).capitalize(), self.r.randrange(1, 9))
        if k == 3:
            return "%s%s%d" % (w, self.pick("@#"), self.r.randrange(100, 9999))
        return "%s%s!%s" % (w, self.pick(["Spring", "Winter", "Autumn", "Summer"]), self.r.randrange(19, 26))

    def passphrase(self):
        return "-".join(self.pick(WORDS) for _ in range(4)) + str(self.r.randrange(10, 99))

    def mainframe_pw(self):
        return self.pick(UPPER) + self.chars(UPPER + DIGITS + "#@", 7)

    def pin_hex_key(self, nbytes=16):
        return self.HEX(2 * nbytes)

    # ---------------------------------------------------------- structured secrets
    def jwt(self, payload, alg="HS256"):
        h = b64ue(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
        p = b64ue(json.dumps(payload, separators=(",", ":")).encode())
        return "%s.%s.%s" % (h, p, b64ue(self.rbytes(32 if alg.startswith("HS") else 64)))

    def basic(self, user, pw):
        return b64e(("%s:%s" % (user, pw)).encode())

    def github(self, prefix="ghp_"):
        body = self.b62(30)
        return prefix + body + crc_b62(body)

    def github_bad(self, prefix="ghp_"):
        body = self.b62(30)
        good = crc_b62(body)
        bad = good
        while bad == good:
            bad = self.b62(6)
        return prefix + body + bad

    def age_key(self):
        return bech32_encode("age-secret-key-", list(self.rbytes(32))).upper()

    # ---------------------------------------------------------- negatives
    def bcrypt(self):
        return "$2b$%02d$%s%s" % (self.r.choice([10, 12]), self.chars(BCRYPT, 22), self.chars(BCRYPT, 31))

    def sha512crypt(self):
        return "$6$%s$%s" % (self.chars(BCRYPT, 16), self.chars(BCRYPT, 86))

    def argon2(self):
        return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (self.b64(16).rstrip("="), self.b64(32).rstrip("="))

    def git_sha(self):
        return self.hex(40)

    def sha256(self):
        return self.hex(64)

    def sri(self):
        return "sha384-" + self.b64(48)

    def image_digest(self):
        return "sha256:" + self.hex(64)

    def fingerprint_colon(self, n=20):
        return ":".join(self.HEX(2) for _ in range(n))

    def masked(self, tok, keep=4):
        p = next((tok[:i + 1] for i in range(min(len(tok), 14)) if tok[i] in "_-."), "")
        return p + "*" * 8 + tok[-keep:]


# ---------------------------------------------------------------- bech32 (BIP-173), for age keys
_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
    return chk


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


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
    return hrp + "1" + "".join(_BECH[x] for x in d5 + [(pm >> 5 * (5 - i)) & 31 for i in range(6)])


def bech32_ok(s):
    s = s.lower()
    hrp, data = s[:s.rfind("1")], s[s.rfind("1") + 1:]
    return _polymod(_hrp_expand(hrp) + [_BECH.index(c) for c in data]) == 1


def sha1hex(s):
    return hashlib.sha1(s.encode()).hexdigest()
