"""Shared machinery for the twenty-fifth corpus: seeded streams, labelled documents, encodings, value styles."""

import base64
import binascii
import hashlib
import random
import string

SALT = "twentyfifth"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase      # GitHub/npm checksum alphabet
B62_SYNAPSE = string.digits + string.ascii_letters                         # Synapse's base62 (lower case first)
ALNUM = string.ascii_letters + string.digits
HEXL = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def rng(seed, *parts):
    """A random.Random seeded from a string; str seeds are hashed with SHA-512, not hash()."""
    return random.Random(":".join([SALT, str(seed)] + [str(p) for p in parts]))


# ------------------------------------------------------------------ encodings
def b62(num, width=6, alphabet=B62):
    out = ""
    while num:
        num, rem = divmod(num, 62)
        out = alphabet[rem] + out
    return out.rjust(width, alphabet[0])


def crc32(data):
    return binascii.crc32(data.encode() if isinstance(data, str) else data) & 0xFFFFFFFF


def b64(data):
    return base64.b64encode(data).decode()


def b64u(data, pad=False):
    s = base64.urlsafe_b64encode(data).decode()
    return s if pad else s.rstrip("=")


def crc16_xmodem(data):
    crc = 0
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58(data):
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


# bech32 (BIP-173), used by Nostr nsec/npub
_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def bech32_encode(hrp, data):
    bits, acc, out = 0, 0, []
    for b in data:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    poly = _polymod(_hrp_expand(hrp) + out + [0] * 6) ^ 1
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in out + chk)


def bech32_verify(s):
    hrp, _, data = s.rpartition("1")
    try:
        vals = [_BECH.index(c) for c in data]
    except ValueError:
        return False
    return _polymod(_hrp_expand(hrp) + vals) == 1


# ------------------------------------------------------------------ documents
class Doc:
    """A file built line by line; secrets and negatives are labelled on the line where they start."""

    def __init__(self, path, crlf=False, fmt=None, free=False, kind=""):
        self.path, self.crlf, self.fmt, self.free, self.kind = path, crlf, fmt, free, kind
        self.lines, self.items = [], []

    def add(self, *texts):
        for t in texts:
            self.lines.extend(t.split("\n"))
        return self

    def _label(self, kind, line, cat, value, span=None, **extra):
        it = {"line": line, "kind": kind, "category": cat, "value": value}
        if span and span[1] != span[0]:
            it["span"] = [span[0], span[1]]
        it.update(extra)
        self.items.append(it)
        return it

    def s(self, text, value, cat, group="generic", free=None, **extra):
        """Append one line holding a secret value."""
        assert "\n" not in text and value in text, (self.path, text, value)
        self.lines.append(text)
        return self._label("secret", len(self.lines), cat, value, group=group,
                           free_text=self.free if free is None else free, **extra)

    def n(self, text, value, cat, **extra):
        """Append one line holding a negative (a value that looks secret-ish but is not)."""
        assert "\n" not in text and value in text, (self.path, text, value)
        self.lines.append(text)
        return self._label("negative", len(self.lines), cat, value, **extra)

    def pair(self, first, second, id_value, secret, cat, group="provider", id_first=True, free=None):
        """Key-ID and secret on two adjacent lines: one label on the secret's line spanning both."""
        self.lines.append(first)
        a = len(self.lines)
        self.lines.append(second)
        b = a + 1
        sec_line = b if id_first else a
        assert secret in self.lines[sec_line - 1] and id_value in self.lines[(a if id_first else b) - 1]
        anchors = [[a if id_first else b, id_value, "id"], [sec_line, secret, "secret"]]
        it = self._label("secret", sec_line, cat, secret, group=group,
                         free_text=self.free if free is None else free, anchors=anchors)
        it["span"] = [a, b]
        return it

    def block(self, text, value, kind, cat, group="key", free=None, **extra):
        """Append a multi-line value; the label spans every line of it. value must be a substring of text."""
        first = len(self.lines) + 1
        self.add(text)
        pre = text[:text.index(value)]
        start = first + pre.count("\n")
        end = start + value.count("\n")
        if kind == "secret":
            extra.setdefault("free_text", self.free if free is None else free)
            extra["group"] = group
        return self._label(kind, start, cat, value, span=[start, end], **extra)

    def render(self):
        eol = "\r\n" if self.crlf else "\n"
        return eol.join(self.lines) + eol


# ------------------------------------------------------------------ random pieces
def rand_str(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def rhex(r, n):
    return rand_str(r, n, HEXL)


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def ruuid(r):
    h = rhex(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rulid(r):
    return rand_str(r, 26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def sha256_hex(r):
    return hashlib.sha256(rbytes(r, 24)).hexdigest()


def sha1_hex(r):
    return hashlib.sha1(rbytes(r, 24)).hexdigest()


def date(r, y0=2023, y1=2025):
    return "%04d-%02d-%02d" % (r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def ts(r, y0=2024, y1=2025):
    return "%sT%02d:%02d:%02d" % (date(r, y0, y1), r.randint(6, 21), r.randint(0, 59), r.randint(0, 59))


def mask(v, keep=4):
    """A masked rendering that keeps a short tail (never the whole value)."""
    head = v.split("_")[0] + "_" if "_" in v[:12] else ""
    return head + "*" * 8 + v[-keep:]


STRONG = string.ascii_letters + string.digits + "!#%*+-=?@^_~"
SYMS = "!#$%*+?@.-_&"
