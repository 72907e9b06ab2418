"""Core helpers for the twenty-eighth corpus: seeded streams, labelled documents, encodings."""

import base64
import binascii
import hashlib
import json
import random
import string
import zlib

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
B64URL = string.ascii_letters + string.digits + "-_"
B64STD = string.ascii_letters + string.digits + "+/"
HEXL = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
# symbols allowed inside generated secrets: none of them needs escaping in JSON, XML, HTML, YAML
# double quotes, INI, CSV, shell double quotes (no $ ` \ " ' < > & , ; # or space)
SYMS = "!%*+-.=?@^_~"
URLSAFE_SYMS = "-._~!*"


def stream(*parts):
    """A random.Random seeded with a string (sha512 of the text, stable across runs)."""
    return random.Random(":".join(str(p) for p in parts))


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b62_encode(num, width=0):
    out = ""
    while num:
        num, r = divmod(num, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_token(rng, prefix):
    """GitHub/npm style: prefix + 30 random base62 + 6 base62 CRC32 of the random part."""
    body = rstr(rng, B62, 30)
    return prefix + body + b62_encode(zlib.crc32(body.encode()), 6)


def crc_ok(token):
    i = token.index("_") + 1
    body, tail = token[i:i + 30], token[i + 30:]
    return len(tail) == 6 and b62_encode(zlib.crc32(body.encode()), 6) == tail


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def b64(data):
    return base64.b64encode(data).decode()


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def uuid4(rng):
    h = list(rstr(rng, HEXL, 32))
    h[12] = "4"
    h[16] = rng.choice("89ab")
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def sha256hex(s):
    return hashlib.sha256(s.encode() if isinstance(s, str) else s).hexdigest()


def jwt(header, payload, sigbytes):
    def enc(o):
        return b64u(json.dumps(o, separators=(",", ":")).encode())
    return enc(header) + "." + enc(payload) + "." + b64u(sigbytes)


# ------------------------------------------------------------------ bech32 (age keys)
_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
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


def bech32_encode(hrp, data):
    d5 = _convertbits(data, 8, 5)
    poly = _polymod(_hrp_expand(hrp) + d5 + [0] * 6) ^ 1
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in d5 + chk)


def bech32_ok(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], s[pos + 1:]
    if any(c not in _BECH for c in data):
        return False
    return _polymod(_hrp_expand(hrp) + [_BECH.index(c) for c in data]) == 1


# ------------------------------------------------------------------ documents
class Doc:
    """A file being written line by line, with labels attached to lines.

    role: config, prose, code, key, log, history, theme, negonly, common
    """

    def __init__(self, path, role, crlf=False, fmt=None, theme=None):
        self.path = path
        self.role = role
        self.crlf = crlf
        self.fmt = fmt
        self.theme = theme
        self.lines = []
        self.items = []
        self.owned = set()

    def _own(self, a, b):
        for n in range(a, b + 1):
            assert n not in self.owned, (self.path, n)
            self.owned.add(n)

    def add(self, *texts):
        for t in texts:
            for ln in t.split("\n"):
                assert "\r" not in ln
                self.lines.append(ln)
        return len(self.lines)

    def _item(self, kind, line, value, cat, span=None, **kw):
        it = {"line": line, "kind": kind, "category": cat, "value": value}
        if span:
            it["span"] = list(span)
        it.update({k: v for k, v in kw.items() if v is not None})
        self.items.append(it)
        return it

    def sec(self, text, value, cat, group="generic", **kw):
        assert value and value in text, (self.path, value, text)
        assert "\n" not in text
        n = self.add(text)
        self._own(n, n)
        return self._item("secret", n, value, cat, group=group, **kw)

    def neg(self, text, value, cat, **kw):
        assert value and value in text, (self.path, value, text)
        assert "\n" not in text
        n = self.add(text)
        self._own(n, n)
        return self._item("negative", n, value, cat, **kw)

    def pair(self, id_text, id_value, text, value, cat, group="provider", **kw):
        assert id_value in id_text and value in text
        a = self.add(id_text)
        b = self.add(text)
        self._own(a, b)
        return self._item("secret", b, value, cat, span=(a, b), group=group,
                          anchors=[[a, id_value, "id"], [b, value, "secret"]], **kw)

    def block(self, lines, kind, cat, value=None, group="key", **kw):
        """A multi-line value. `lines` are the file lines; value defaults to all of them joined."""
        a = len(self.lines) + 1
        for ln in lines:
            self.add(ln)
        b = len(self.lines)
        self._own(a, b)
        v = value if value is not None else "\n".join(lines)
        if kind == "secret":
            return self._item(kind, a, v, cat, span=(a, b), group=group, **kw)
        return self._item(kind, a, v, cat, span=(a, b), **kw)

    def text(self):
        eol = "\r\n" if self.crlf else "\n"
        return eol.join(self.lines) + eol

    def data(self):
        return self.text().encode("utf-8")


def json_str(s):
    """JSON string literal that keeps UTF-8 (no \\u escapes)."""
    return json.dumps(s, ensure_ascii=False)


class Registry:
    """Corpus-wide uniqueness of labelled values (membership only, never iterated)."""

    def __init__(self):
        self.seen = set()

    def take(self, make, tries=50):
        for _ in range(tries):
            v = make()
            if v not in self.seen and len(v) > 0:
                self.seen.add(v)
                return v
        raise RuntimeError("could not draw a unique value")

    def mark(self, v):
        self.seen.add(v)


def hexdump_crc(data):
    return binascii.crc32(data) & 0xffffffff
