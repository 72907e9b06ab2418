"""Seeded randomness and encoding helpers for the hold-out corpus.

Everything random in the corpus flows through one `random.Random` instance, so a
given seed always produces the same tree.  Only the Python standard library is used.
"""
import base64
import binascii
import hashlib
import random
import string
import uuid as _uuid
import zlib

DIGITS = string.digits
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B62 = DIGITS + UPPER + LOWER          # the GitHub checksum alphabet order (0-9A-Za-z)
ALNUM = UPPER + LOWER + DIGITS
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"
B32 = UPPER + "234567"


class R:
    """Thin wrapper around random.Random with generator helpers."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    # basic -------------------------------------------------------------
    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.s(HEX, n)

    def b62(self, n):
        return self.s(ALNUM, n)

    def mixed(self, alphabet, n, need=(UPPER, LOWER, DIGITS)):
        """Random string guaranteed to contain a char from each class in `need`."""
        while True:
            v = self.s(alphabet, n)
            if all(any(c in cls for c in v) for cls in need):
                return v

    def bytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def b64(self, nbytes, url=False, pad=True):
        raw = self.bytes(nbytes)
        out = base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)
        out = out.decode()
        return out if pad else out.rstrip("=")

    def choice(self, seq):
        return self.r.choice(seq)

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

    def uuid(self):
        return str(_uuid.UUID(int=self.r.getrandbits(128), version=4))

    def digits(self, n, lead_nonzero=True):
        d = self.s(DIGITS, n)
        if lead_nonzero and d[0] == "0":
            d = self.choice("123456789") + d[1:]
        return d

    def ip(self, private=True):
        if private:
            return "10.%d.%d.%d" % (self.randint(0, 250), self.randint(0, 250), self.randint(2, 250))
        return "%d.%d.%d.%d" % (self.randint(11, 220), self.randint(0, 255),
                                self.randint(0, 255), self.randint(1, 254))

    # human-ish passwords ----------------------------------------------
    WORDS = ["falcon", "ridge", "harbor", "copper", "lantern", "meadow", "orbit", "quartz",
             "saffron", "tundra", "velvet", "walnut", "cobalt", "ember", "glacier", "juniper",
             "marble", "nimbus", "pepper", "raven", "summit", "thistle", "willow", "zephyr",
             "breeze", "canyon", "dynamo", "fjord", "granite", "hollow", "island", "jasper"]
    SYMS = "!@#$%^&*-_+=?"

    def password(self, style=None):
        style = style or self.choice(["words", "strong", "human", "pin-ish", "phrase"])
        if style == "words":
            a, b = self.sample(self.WORDS, 2)
            return "%s%s%s%d" % (a.capitalize(), self.choice(self.SYMS), b.capitalize(),
                                 self.randint(10, 9999))
        if style == "strong":
            return self.mixed(ALNUM + "!#%&*+-=?@^_", self.randint(16, 28),
                              need=(UPPER, LOWER, DIGITS, "!#%&*+-=?@^_"))
        if style == "human":
            w = self.choice(self.WORDS)
            return "%s%s%d%s" % (w[0].upper(), w[1:], self.randint(1970, 2025), self.choice(self.SYMS))
        if style == "phrase":
            ws = self.sample(self.WORDS, 4)
            return "-".join(ws) + str(self.randint(2, 99))
        return self.mixed(ALNUM, self.randint(12, 20))

    def username(self):
        return self.choice(["svc_etl", "deploy", "app_rw", "analytics", "jenkins", "airflow",
                            "dbt_runner", "grafana", "backup", "replicator", "gamesrv",
                            "mobile_api", "ops", "admin_ro", "loader", "superset"])

    def person(self):
        first = self.choice(["ana", "ben", "chloe", "dmitri", "elif", "farah", "goran", "hana",
                             "ivan", "jules", "kenji", "lena", "mateo", "nadia", "oskar",
                             "priya", "quinn", "rosa", "sven", "tariq", "uma", "vik", "wen"])
        last = self.choice(["alvarez", "brandt", "costa", "dubois", "eriksen", "fischer",
                            "gupta", "haas", "ito", "jensen", "kowalski", "lindqvist",
                            "moreau", "novak", "okafor", "petrov", "rossi", "silva"])
        return first, last


# ---------------------------------------------------------------------------
# checksummed token helpers

def base62_fixed(n, width=6):
    out = ""
    while n:
        n, rem = divmod(n, 62)
        out = B62[rem] + out
    return out.rjust(width, "0")


def crc_token(prefix, body30):
    """GitHub/npm style token: prefix + 30 random base62 + base62(crc32(body30)) (6 chars)."""
    return prefix + body30 + base62_fixed(zlib.crc32(body30.encode()) & 0xFFFFFFFF)


def crc_token_bad(prefix, body30):
    good = crc_token(prefix, body30)
    tail = good[-6:]
    # change the final checksum char so the checksum no longer matches
    last = B62[(B62.index(tail[-1]) + 7) % 62]
    return good[:-1] + last


# bech32 ----------------------------------------------------------------------
_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frombits, tobits):
    acc = bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_encode(hrp, data_bytes):
    data = _convertbits(data_bytes, 8, 5)
    polymod = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + checksum)


def bech32_verify(s):
    s = s.lower()
    hrp, _, data = s.rpartition("1")
    return _polymod(_hrp_expand(hrp) + [_BECH.index(c) for c in data]) == 1


# misc ------------------------------------------------------------------------

def b64(data):
    if isinstance(data, str):
        data = data.encode()
    return base64.b64encode(data).decode()


def b64url_nopad(data):
    if isinstance(data, str):
        data = data.encode()
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def wrap(s, width=64):
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def sha256_hex(data):
    if isinstance(data, str):
        data = data.encode()
    return hashlib.sha256(data).hexdigest()


def hexlify(b):
    return binascii.hexlify(b).decode()
