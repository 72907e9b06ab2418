"""Seeded streams, encodings and the Doc class (lines with inline labels) for the thirty-first corpus."""

import base64
import binascii
import hashlib
import hmac
import json
import random
import string
import zlib

GEN = "thirtyfirst"
DIGITS = string.digits
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
ALNUM = DIGITS + UPPER + LOWER
B62 = DIGITS + UPPER + LOWER
HEX = "0123456789abcdef"
B64 = UPPER + LOWER + DIGITS + "+/"
B64URL = UPPER + LOWER + DIGITS + "-_"
B32 = UPPER + "234567"

CHARSETS = {
    "plain": "-_.!",
    "uri": "-_.~",
    "xml": "-_.!#%*+=?@^~",
    "shell": "-_.%+=@^~",
    "ini": "-_.!%*+=?@^~",
}


def rng(*parts):
    """A random.Random seeded from a string (sha512 seeding; independent of PYTHONHASHSEED)."""
    return random.Random(":".join([GEN] + [str(p) for p in parts]))


def rstr(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def rhex(r, n):
    return rstr(r, n, HEX)


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(data):
    return base64.b64encode(data).decode()


def b64u(data, pad=False):
    s = base64.urlsafe_b64encode(data).decode()
    return s if pad else s.rstrip("=")


def ruuid(r):
    h = rhex(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def base62(n, width):
    out = ""
    while n:
        n, k = divmod(n, 62)
        out = B62[k] + out
    return out.rjust(width, "0")


def crc_token(prefix, body):
    """GitHub / npm style: prefix + 30 random + 6-char base62 CRC32 of the random part."""
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def crc_ok(token):
    for p in ("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "npm_"):
        if token.startswith(p) and len(token) == 40:
            body = token[4:34]
            return base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6) == token[34:]
    return None


# ---------------------------------------------------------------- bech32 (age keys)
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


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
    acc, bits, ret, maxv = 0, 0, [], (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_encode(hrp, data):
    d = _convertbits(data, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + d + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[x] for x in d + chk)


def bech32_ok(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], [BECH.find(c) for c in s[pos + 1:]]
    return -1 not in data and _polymod(_hrp_expand(hrp) + data) == 1


# ---------------------------------------------------------------- JWT
def jwt(r, payload, key=None):
    header = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64u(json.dumps(payload, separators=(",", ":")).encode())
    key = key or rbytes(r, 32)
    sig = b64u(hmac.new(key, (header + "." + body).encode(), hashlib.sha256).digest())
    return header + "." + body + "." + sig


# ---------------------------------------------------------------- escaping
def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def json_str(s):
    return json.dumps(s, ensure_ascii=False)


def csv_cell(s):
    if any(c in s for c in ',"\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


# ---------------------------------------------------------------- items and documents
class Item:
    """A labelled value. kind is 'secret' or 'negative'. shown is the text as it appears (default value)."""

    def __init__(self, value, kind, cat, **extra):
        self.value = value
        self.kind = kind
        self.cat = cat
        self.extra = extra
        self.id_line = None

    def shown(self):
        return self.extra.get("shown", self.value)


def S(value, cat, **extra):
    return Item(value, "secret", cat, **extra)


def N(value, cat, **extra):
    return Item(value, "negative", cat, **extra)


def pair(id_value, secret, cat, **extra):
    return Item(secret, "secret", cat, id_value=id_value, **extra)


class IdMark:
    def __init__(self, item):
        self.item = item


class Doc:
    def __init__(self, path, crlf=False, free_text=False, lang=None):
        self.path = path
        self.crlf = crlf
        self.free_text = free_text
        self.lang = lang
        self.lines = []
        self.marks = []        # (line index, item, n lines)

    def add(self, text="", item=None):
        if "\n" in text or "\r" in text:
            raise ValueError("line break inside a line of %s: %r" % (self.path, text))
        self.lines.append(text)
        if isinstance(item, IdMark):
            item.item.id_line = len(self.lines) - 1
        elif item is not None:
            self.marks.append((len(self.lines) - 1, item, 1))
        return len(self.lines) - 1

    def text(self, block):
        for ln in block.split("\n"):
            self.add(ln)

    def block(self, lines, item):
        first = len(self.lines)
        for ln in lines:
            self.add(ln)
        self.marks.append((first, item, len(lines)))

    def items(self):
        return [m[1] for m in self.marks]

    def render(self):
        nl = "\r\n" if self.crlf else "\n"
        return nl.join(self.lines) + nl

    def labels(self):
        out = []
        for idx, it, n in self.marks:
            line = self.lines[idx]
            shown = it.shown()
            first = shown.split("\n")[0]
            col = line.find(first)
            if col < 0:
                raise ValueError("%s:%d value %r not on its line %r" % (self.path, idx + 1, first, line))
            lab = {"path": self.path, "line": idx + 1, "column": col + 1, "kind": it.kind,
                   "category": it.cat, "value": shown}
            if n > 1:
                lab["span"] = [idx + 1, idx + n]
            if "id_value" in it.extra:
                if it.id_line is None:
                    raise ValueError("%s: pair %r without its id line" % (self.path, it.extra["id_value"]))
                a, b = sorted((it.id_line + 1, idx + 1))
                lab["span"] = [a, b]
                lab["id_value"] = it.extra["id_value"]
            for k in ("note", "decoded", "key_check", "cite"):
                if k in it.extra:
                    lab[k] = it.extra[k]
            if self.free_text:
                lab["free_text"] = True
            if self.lang:
                lab["lang"] = self.lang
            out.append(lab)
        return out


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def chance(r, p):
    return r.random() < p
