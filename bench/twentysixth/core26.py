"""Seeded streams, the labelled document model and small encoders (standard library only)."""

import base64
import hashlib
import hmac
import json
import random
import string
import zlib

CORPUS = "twentysixth"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64URL = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def stream(seed, *parts):
    """A random.Random seeded from a string, never from the clock or hash()."""
    return random.Random("%s:%s:%s" % (CORPUS, seed, ":".join(str(p) for p in parts)))


# ---------------------------------------------------------------- encoders
def b62(n, width=0):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0") if width else (out or "0")


def crc32_b62(body):
    return b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def b64u(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64(data):
    return base64.b64encode(data).decode()


def b64u_json(obj):
    return b64u(json.dumps(obj, separators=(",", ":")).encode())


_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((top >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frm, to, pad=True):
    acc, bits, ret, maxv = 0, 0, [], (1 << to) - 1
    for value in data:
        acc = (acc << frm) | value
        bits += frm
        while bits >= to:
            bits -= to
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (to - bits)) & maxv)
    return ret


def bech32_encode(hrp, data8):
    data = _convertbits(data8, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + chk)


def bech32_verify(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], [_BECH.find(c) for c in s[pos + 1:]]
    if -1 in data:
        return False
    return _polymod(_hrp_expand(hrp) + data) == 1


def varint(n):
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def jwt_hs256(header, payload, key):
    h = b64u_json(header)
    p = b64u_json(payload)
    sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64u(sig)


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


def gs1_digit(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


# ---------------------------------------------------------------- documents
class Doc:
    """A file built line by line. Secrets and negatives are labelled on the line that holds them;
    multi-line values and key-ID + secret pairs get a span."""

    def __init__(self, path, crlf=False, fmt=None, role="config"):
        self.path = path
        self.crlf = crlf
        self.fmt = fmt            # json / xml / toml / ini / None: formats that verify.py parses
        self.role = role          # default role of values in this file
        self.lines = []
        self.items = []

    # plain lines
    def add(self, text=""):
        if "\n" in text or "\r" in text:
            raise ValueError("line with a newline in %s: %r" % (self.path, text))
        self.lines.append(text)
        return len(self.lines)

    def extend(self, lines):
        for t in lines:
            self.add(t)

    def text(self):
        nl = "\r\n" if self.crlf else "\n"
        return nl.join(self.lines) + nl

    # labelled lines
    def _item(self, kind, line, end, value, cat, **extra):
        it = {"kind": kind, "line": line, "end": end, "value": value, "category": cat}
        it.update(extra)
        self.items.append(it)
        return it

    def sec(self, text, value, cat, group, role=None, free=False, **extra):
        if value not in text:
            raise ValueError("secret %r not in line %r (%s)" % (value, text, self.path))
        n = self.add(text)
        return self._item("secret", n, n, value, cat, group=group, role=role or self.role, free_text=free, **extra)

    def neg(self, text, value, cat, role=None, **extra):
        if value not in text:
            raise ValueError("negative %r not in line %r (%s)" % (value, text, self.path))
        n = self.add(text)
        return self._item("negative", n, n, value, cat, role=role or self.role, **extra)

    def block(self, lines, value, cat, kind="secret", group="key", role=None, free=False, **extra):
        start = len(self.lines) + 1
        self.extend(lines)
        end = len(self.lines)
        if kind == "secret":
            return self._item(kind, start, end, value, cat, group=group, role=role or self.role, free_text=free,
                              **extra)
        return self._item(kind, start, end, value, cat, role=role or self.role, **extra)

    def pair(self, lines, id_idx, sec_idx, id_value, sec_value, cat, group="provider", role=None, free=False):
        """Lines of which one holds an ID and one the secret; one label spans them, `line` is the secret's."""
        start = len(self.lines) + 1
        self.extend(lines)
        end = len(self.lines)
        if id_value not in lines[id_idx] or sec_value not in lines[sec_idx]:
            raise ValueError("pair anchors missing in %s" % self.path)
        it = self._item("secret", start + sec_idx, end, sec_value, cat, group=group, role=role or self.role,
                        free_text=free)
        it["start"] = start
        it["anchors"] = [[start + id_idx, id_value, "id"], [start + sec_idx, sec_value, "secret"]]
        return it

    def labels(self):
        out = []
        for it in self.items:
            first = it.get("start", it["line"])
            lab = {"path": self.path, "line": it["line"], "kind": it["kind"], "category": it["category"]}
            if first != it["line"] or it["end"] != it["line"]:
                lab["span"] = [first, it["end"]]
            out.append(lab)
        return out


# ---------------------------------------------------------------- quoting helpers
_YAML_PLAIN = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-+/=")


def yq(v):
    """YAML scalar: plain when safe, else double-quoted (values never contain quotes or backslashes)."""
    if v and all(c in _YAML_PLAIN for c in v) and v[0] not in "-+." and not v.isdigit() and \
            v.lower() not in ("yes", "no", "true", "false", "on", "off", "null"):
        return v
    return '"%s"' % v


def jq(v):
    return json.dumps(v, ensure_ascii=False)
