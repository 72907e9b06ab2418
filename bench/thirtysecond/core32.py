"""Seeded streams, the Doc model (inline-labelled lines), checksums and small encoders."""
import base64
import datetime
import hashlib
import json
import random
import string
import zlib

TAG = "thirtysecond"
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
B64URL = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
EPOCH = datetime.datetime(2025, 3, 3, 8, 0, 0)


def stream(seed, *parts):
    """A random.Random seeded by a string: str seeds go through SHA-512, so PYTHONHASHSEED is irrelevant."""
    return random.Random(":".join([TAG, str(seed)] + [str(p) for p in parts]))


def rstr(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def rhex(r, n):
    return rstr(r, n, HEX)


def base62(n, width):
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = B62[m] + out
    return out.rjust(width, "0")


def crc_token(r, prefix):
    """GitHub / npm style: 30 random base62 characters and a 6-character base62 CRC32 of them."""
    body = rstr(r, 30)
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def crc_ok(token):
    body, tail = token[-36:-6], token[-6:]
    return base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6) == tail


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64(b):
    return base64.b64encode(b).decode()


def uuid4(r):
    h = rhex(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def sha256hex(r):
    return hashlib.sha256(rstr(r, 40).encode()).hexdigest()


def sha1hex(r):
    return hashlib.sha1(rstr(r, 40).encode()).hexdigest()


def md5hex(r):
    return hashlib.md5(rstr(r, 40).encode()).hexdigest()


def when(r, days=120):
    return EPOCH + datetime.timedelta(days=r.randrange(days), seconds=r.randrange(86400))


def bcrypt_like(r, cost=12):
    return "$2b$%02d$%s" % (cost, rstr(r, 53, string.ascii_letters + string.digits + "./"))


def sha512crypt_like(r):
    salt = rstr(r, 16, string.ascii_letters + string.digits + "./")
    return "$6$%s$%s" % (salt, rstr(r, 86, string.ascii_letters + string.digits + "./"))


def jwt(r, payload, alg="HS256"):
    head = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return head + "." + body + "." + b64u(bytes(r.randrange(256) for _ in range(32)))


# ------------------------------------------------------------------ bech32 (age keys)
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


def bech32_encode(hrp, data_bytes):
    data = _convertbits(data_bytes, 8, 5)
    poly = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + chk)


def bech32_ok(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], [_BECH.find(c) for c in s[pos + 1:]]
    return -1 not in data and _polymod(_hrp_expand(hrp) + data) == 1


# ------------------------------------------------------------------ documents
class Doc:
    """A file built line by line; labels are attached to the line that holds the value."""

    def __init__(self, path, crlf=False, free_text=False, lang=None, fmt=None):
        self.path = path
        self.crlf = crlf
        self.free_text = free_text
        self.lang = lang
        self.fmt = fmt
        self.lines = []
        self.labels = []
        self.raw = None            # bytes, for files that are not line-built

    def __len__(self):
        return len(self.lines)

    def add(self, *lines):
        for l in lines:
            self.lines.extend(l.split("\n"))
        return self

    def _label(self, idx, kind, value, cat, span=None, col_line=None, **kw):
        text = self.lines[idx]
        first = value.split("\n")[0]
        col = text.find(first)
        if col < 0:
            raise ValueError("%s: value %r not on line %d %r" % (self.path, first, idx + 1, text))
        lab = {"path": self.path, "line": idx + 1, "column": col + 1, "kind": kind, "category": cat,
               "value": value}
        if span is not None:
            lab["span"] = [span[0] + 1, span[1] + 1]
        for k, v in kw.items():
            if v is not None:
                lab[k] = v
        if self.free_text:
            lab["free_text"] = True
        if self.lang and "lang" not in lab:
            lab["lang"] = self.lang
        self.labels.append(lab)
        return lab

    def s(self, line, value, cat, **kw):
        self.add(line)
        return self._label(len(self.lines) - 1, "secret", value, cat, **kw)

    def n(self, line, value, cat, **kw):
        self.add(line)
        return self._label(len(self.lines) - 1, "negative", value, cat, **kw)

    def lab(self, kind, line, value, cat, **kw):
        return (self.s if kind == "secret" else self.n)(line, value, cat, **kw)

    def mark(self, kind, value, cat, back=1, **kw):
        """Label a line already added (back=1: the last one)."""
        return self._label(len(self.lines) - back, kind, value, cat, **kw)

    def pair(self, id_lines, sec_line, id_value, value, cat, kind="secret", **kw):
        """A key ID and its secret: one label whose span runs from the ID line to the secret line."""
        start = len(self.lines)
        for l in ([id_lines] if isinstance(id_lines, str) else id_lines):
            self.add(l)
        self.add(sec_line)
        end = len(self.lines) - 1
        if id_value not in "\n".join(self.lines[start:end]):
            raise ValueError("%s: pair id %r not in span" % (self.path, id_value))
        return self._label(end, kind, value, cat, span=(start, end), id_value=id_value, **kw)

    def block(self, lines, value, cat, kind="secret", at=0, **kw):
        """Multi-line value: `lines` are appended, the label starts on lines[at] and spans all of them."""
        start = len(self.lines)
        for l in lines:
            self.lines.append(l)
        end = len(self.lines) - 1
        return self._label(start + at, kind, value, cat, span=(start, end), **kw)

    def text(self):
        nl = "\r\n" if self.crlf else "\n"
        return nl.join(self.lines) + nl

    def data(self):
        if self.raw is not None:
            return self.raw
        return self.text().encode("utf-8")


def jstr(s):
    """A JSON string literal that keeps non-ASCII text readable."""
    return json.dumps(s, ensure_ascii=False)


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def hesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
