"""Core helpers for the twenty-seventh corpus: seeded streams, labelled documents, encodings."""

import base64
import hashlib
import hmac
import json
import random
import zlib

TAG = "twentyseventh"

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
ALNUM = B62
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIG = "0123456789"
B64 = UPPER + LOWER + DIG + "+/"
B64U = UPPER + LOWER + DIG + "-_"
B32 = UPPER + "234567"


def stream(seed, *parts):
    return random.Random(":".join([TAG, str(seed)] + [str(p) for p in parts]))


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b62(num, width):
    out = ""
    while num:
        num, r = divmod(num, 62)
        out = B62[r] + out
    return out.rjust(width, "0")[-width:]


def crc_b62(body):
    return b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def b64(data):
    return base64.b64encode(data).decode()


def jwt(rng, payload, header=None, sig_len=32, key=None):
    header = header or {"alg": "HS256", "typ": "JWT"}
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    if key is not None:
        sig = key(("%s.%s" % (h, p)).encode())
    elif header.get("alg") == "HS256":
        sig = hmac.new(bytes(rng.randrange(256) for _ in range(32)), ("%s.%s" % (h, p)).encode(),
                       hashlib.sha256).digest()
    else:
        sig = bytes(rng.randrange(256) for _ in range(sig_len))
    return "%s.%s.%s" % (h, p, b64u(sig))


# ---- bech32 (age keys)
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


def _convertbits(data, frm, to):
    acc, bits, out = 0, 0, []
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & ((1 << to) - 1))
    if bits:
        out.append((acc << (to - bits)) & ((1 << to) - 1))
    return out


def bech32_encode(hrp, data):
    d5 = _convertbits(data, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + d5 + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[x] for x in d5 + chk)


def bech32_verify(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], [_BECH.find(c) for c in s[pos + 1:]]
    return -1 not in data and _polymod(_hrp_expand(hrp) + data) == 1


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


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def jstr(s):
    """JSON string body (without quotes), UTF-8 kept."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def sh_quote(s):
    if all(c.isalnum() or c in "@%_+=:,./-" for c in s):
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


class Doc:
    """A file built line by line; labelled values remember their line (1-based)."""

    def __init__(self, path, role, crlf=False, fmt=None):
        self.path = path
        self.role = role
        self.crlf = crlf
        self.fmt = fmt
        self.lines = []
        self.items = []

    def __len__(self):
        return len(self.lines)

    def add(self, *lines):
        for ln in lines:
            for part in str(ln).split("\n"):
                self.lines.append(part)
        return self

    def _item(self, kind, line, value, category, extra):
        it = {"kind": kind, "line": line, "value": value, "category": category}
        it.update(extra)
        self.items.append(it)
        return it

    def sec(self, text, value, category, group="generic", **extra):
        assert value and value in text, (self.path, value, text)
        assert "\n" not in text
        self.lines.append(text)
        extra.setdefault("group", group)
        return self._item("secret", len(self.lines), value, category, extra)

    def neg(self, text, value, category, **extra):
        assert value and value in text, (self.path, value, text)
        assert "\n" not in text
        self.lines.append(text)
        return self._item("negative", len(self.lines), value, category, extra)

    def pair(self, first, second, id_value, secret_value, category, group="provider", **extra):
        """Two adjacent lines; one label spanning both; its line is the secret's line."""
        assert id_value in first or id_value in second
        self.lines.append(first)
        a = len(self.lines)
        self.lines.append(second)
        b = len(self.lines)
        sline = a if secret_value in first else b
        assert secret_value in (first if sline == a else second)
        idline = b if sline == a else a
        extra.setdefault("group", group)
        extra["anchors"] = [[idline, id_value, "id"], [sline, secret_value, "secret"]]
        return self._item("secret", sline, secret_value, category, dict(extra, span=[a, b]))

    def block(self, lines, category, kind="secret", value=None, first_value_line=0, **extra):
        """Multi-line value: lines[first_value_line:] hold the value; the span covers all of lines."""
        start = len(self.lines) + 1
        for ln in lines:
            assert "\n" not in ln
            self.lines.append(ln)
        end = len(self.lines)
        if value is None:
            value = "\n".join(lines[first_value_line:])
        if kind == "secret":
            extra.setdefault("group", "key")
        return self._item(kind, start + first_value_line, value, category, dict(extra, span=[start, end]))

    def text(self):
        nl = "\r\n" if self.crlf else "\n"
        return nl.join(self.lines) + nl


class Registry:
    """Corpus-wide uniqueness of values (membership only)."""

    def __init__(self):
        self.seen = set()

    def fresh(self, fn, tries=200):
        for _ in range(tries):
            v = fn()
            if v not in self.seen:
                self.seen.add(v)
                return v
        raise RuntimeError("could not draw a unique value")

    def claim(self, v):
        if v in self.seen:
            return False
        self.seen.add(v)
        return True


def weekday_name(d):
    return ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][d.weekday()]
