"""Seeded streams, inline-labelled documents, and small encoders (CRC32/base62, bech32, JWT, escaping)."""

import base64
import hashlib
import hmac
import json
import random
import zlib

PREFIX = "thirtyfourth"
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789"
HEX = "0123456789abcdef"
B64 = UPPER + LOWER + DIGITS + "+/"
B64URL = UPPER + LOWER + DIGITS + "-_"
B32 = UPPER + "234567"
EPOCH = 1735689600  # 2025-01-01T00:00:00Z, fixed; nothing reads the clock


def rng(*parts):
    """A random.Random seeded from SHA-512 of the joined parts (independent of PYTHONHASHSEED)."""
    h = hashlib.sha512(":".join(str(p) for p in parts).encode("utf-8")).digest()
    return random.Random(int.from_bytes(h, "big"))


def rs(r, n, alphabet=B62):
    return "".join(r.choice(alphabet) for _ in range(n))


def rhex(r, n, upper=False):
    s = rs(r, n, HEX)
    return s.upper() if upper else s


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(data, url=False, pad=True):
    s = base64.urlsafe_b64encode(data).decode() if url else base64.b64encode(data).decode()
    return s if pad else s.rstrip("=")


def b62_int(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def crc_token(prefix, r, body=30):
    """GitHub / npm style: prefix + 30 random base62 + 6-char base62 CRC32 of the random part."""
    rand = rs(r, body)
    return prefix + rand + b62_int(zlib.crc32(rand.encode()) & 0xFFFFFFFF, 6)


def crc_ok(token, prefix):
    rand, tail = token[len(prefix):-6], token[-6:]
    return b62_int(zlib.crc32(rand.encode()) & 0xFFFFFFFF, 6) == tail


# ---------------------------------------------------------------- bech32 (BIP-173), for age keys
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


def _convertbits(data, frombits, tobits, pad=True):
    acc = bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_encode(hrp, data_bytes):
    data = _convertbits(data_bytes, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    checksum = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + checksum)


def bech32_ok(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], s[pos + 1:]
    try:
        vals = [_BECH.index(c) for c in data]
    except ValueError:
        return False
    return _polymod(_hrp_expand(hrp) + vals) == 1


# ---------------------------------------------------------------- JWT
def jwt_hs256(header, payload, key):
    h = b64(json.dumps(header, separators=(",", ":")).encode(), url=True, pad=False)
    p = b64(json.dumps(payload, separators=(",", ":")).encode(), url=True, pad=False)
    sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64(sig, url=True, pad=False)


# ---------------------------------------------------------------- escaping
def json_esc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def iso(t):
    """Seconds after EPOCH as an ISO-8601 UTC timestamp, computed without the time module's clock."""
    import datetime
    return (datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)
            + datetime.timedelta(seconds=t)).strftime("%Y-%m-%dT%H:%M:%SZ")


def dt(t):
    import datetime
    return datetime.datetime(2025, 1, 1) + datetime.timedelta(seconds=t)


# ---------------------------------------------------------------- labels and documents
class L:
    """A labelled value inside a line."""
    __slots__ = ("kind", "value", "cat", "meta")

    def __init__(self, kind, value, cat, meta):
        self.kind, self.value, self.cat, self.meta = kind, value, cat, dict(meta)

    def mapped(self, fn):
        m = dict(self.meta)
        if fn is not None:
            v = fn(self.value)
            if v != self.value and "raw" not in m:
                m["raw"] = self.value
            return L(self.kind, v, self.cat, m)
        return L(self.kind, self.value, self.cat, m)


class PID:
    """The key-ID half of a pair: not labelled by itself, opens the pair's span."""
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def mapped(self, fn):
        return PID(fn(self.value) if fn else self.value)


def S(value, cat, **meta):
    return L("secret", value, cat, meta)


def N(value, cat, **meta):
    return L("negative", value, cat, meta)


def map_parts(parts, fn):
    """Apply an escaping function to every string and labelled value of a parts list."""
    out = []
    for p in parts:
        if isinstance(p, (L, PID)):
            out.append(p.mapped(fn))
        else:
            out.append(fn(p) if fn else p)
    return out


def plain(parts):
    return "".join(p.value if isinstance(p, (L, PID)) else p for p in parts)


class Doc:
    def __init__(self, path, lang="en", free=False, crlf=False, fmt=None):
        self.path, self.lang, self.free, self.crlf, self.fmt = path, lang, free, crlf, fmt
        self.lines = []
        self.labels = []
        self._pair = None

    def add(self, *parts):
        text = ""
        lab = None
        for p in parts:
            if isinstance(p, list):
                raise TypeError("nested parts list in " + self.path)
            if isinstance(p, L):
                if lab is not None:
                    raise ValueError("two labels on one line in %s: %r" % (self.path, text))
                lab = (p, len(text) + 1)
                text += p.value
            elif isinstance(p, PID):
                if self._pair is not None:
                    raise ValueError("pair opened twice in " + self.path)
                self._pair = (len(self.lines) + 1, p.value)
                text += p.value
            else:
                text += p
        if "\n" in text or "\r" in text:
            raise ValueError("newline inside a line of %s: %r" % (self.path, text))
        self.lines.append(text)
        n = len(self.lines)
        if lab:
            self._record(lab[0], n, lab[1], None)
        return n

    def addp(self, parts):
        return self.add(*parts)

    def text(self, s):
        for ln in s.split("\n"):
            self.add(ln)

    def _record(self, lab, line, col, span):
        d = {"path": self.path, "line": line, "column": col, "kind": lab.kind, "category": lab.cat,
             "value": lab.value, "free_text": self.free, "lang": self.lang}
        meta = dict(lab.meta)
        pair = meta.pop("pair", False)
        meta.pop("raw", None)
        if pair:
            if self._pair is None:
                raise ValueError("pair secret without an ID in " + self.path)
            first, idv = self._pair
            self._pair = None
            d["span"] = [first, line]
            d["id_value"] = idv
        if span:
            d["span"] = span
        for k, v in meta.items():
            d[k] = v
        self.labels.append(d)

    def block(self, keylines, lab, prefix="", first_prefix=None, last_suffix=""):
        """Add a multi-line value (key text) with one label spanning all its lines."""
        first = len(self.lines) + 1
        for i, kl in enumerate(keylines):
            pre = first_prefix if (i == 0 and first_prefix is not None) else prefix
            suf = last_suffix if i == len(keylines) - 1 else ""
            self.lines.append(pre + kl + suf)
        last = len(self.lines)
        fp = first_prefix if first_prefix is not None else prefix
        lab2 = L(lab.kind, "\n".join(keylines), lab.cat, lab.meta)
        self._record(lab2, first, len(fp) + 1, [first, last] if last > first else None)
        return first, last

    def render(self):
        if self._pair is not None:
            raise ValueError("unclosed pair in " + self.path)
        nl = "\r\n" if self.crlf else "\n"
        return nl.join(self.lines) + nl
