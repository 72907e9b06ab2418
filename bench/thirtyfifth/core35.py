"""Seeded streams, documents with inline labels, encodings (CRC32/base62, bech32, base64, JWT)."""
import base64
import hashlib
import hmac
import json
import random
import string
import zlib

TAG = "thirtyfifth"
MARK = "\u2060\u2060"          # value marker inside line templates (never left in output)
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
B64URL = string.ascii_uppercase + string.ascii_lowercase + string.digits + "-_"


def stream(seed, *parts):
    key = ":".join([TAG, str(seed)] + [str(p) for p in parts])
    return random.Random(int.from_bytes(hashlib.sha512(key.encode()).digest(), "big"))


def rs(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def base62(n, width=6):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def crc_token(prefix, r):
    body = rs(r, 30)
    return prefix + body + base62(zlib.crc32(body.encode()))


def crc_ok(tok):
    i = tok.index("_") + 1
    body, tail = tok[i:i + 30], tok[i + 30:]
    return len(tail) == 6 and base62(zlib.crc32(body.encode())) == tail


# ---- bech32 (BIP-173), used by age keys and recipients
_CH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def _bits(data):
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


def bech32(hrp, data):
    d = _bits(data)
    pm = _polymod(_hrp_expand(hrp) + d + [0] * 6) ^ 1
    return hrp + "1" + "".join(_CH[c] for c in d + [(pm >> 5 * (5 - i)) & 31 for i in range(6)])


def bech32_ok(s):
    s = s.lower()
    hrp, _, data = s.rpartition("1")
    try:
        vals = [_CH.index(c) for c in data]
    except ValueError:
        return False
    return _polymod(_hrp_expand(hrp) + vals) == 1


def jwt(r, payload, key=None):
    hdr = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64u(json.dumps(payload, separators=(",", ":"), sort_keys=True).encode())
    key = key or rbytes(r, 32)
    sig = b64u(hmac.new(key, (hdr + "." + body).encode(), hashlib.sha256).digest())
    return hdr + "." + body + "." + sig


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def json_esc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


class Doc:
    """A file under construction: lines plus labels attached to them."""

    def __init__(self, path, free_text=False, lang="en", crlf=False):
        self.path, self.free_text, self.lang, self.crlf = path, free_text, lang, crlf
        self.lines, self.labels = [], []

    def add(self, *lines):
        for ln in lines:
            for part in ln.split("\n"):
                self.lines.append(part)
        return self

    def n(self):
        return len(self.lines)

    def _lab(self, kind, cat, value, line, col, **kw):
        lab = {"path": self.path, "line": line, "column": col, "kind": kind, "category": cat, "value": value,
               "free_text": self.free_text, "lang": kw.pop("lang", None) or (self.lang if self.free_text else "en")}
        for k, v in kw.items():
            if v is not None:
                lab[k] = v
        self.labels.append(lab)
        return lab

    def put(self, kind, tpl, value, cat, **kw):
        if MARK not in tpl:
            raise ValueError("template without marker: %r" % tpl)
        head, sep, tail = tpl.partition(MARK)
        if "\n" in head:                       # leading context lines written before the value's line
            pre, head = head.rsplit("\n", 1)
            self.add(pre)
            tpl = head + sep + tail
        line = tpl.replace(MARK, value)
        col = tpl.index(MARK) + 1
        self.lines.append(line)
        return self._lab(kind, cat, value, len(self.lines), col, **kw)

    def sec(self, tpl, value, cat, **kw):
        return self.put("secret", tpl, value, cat, **kw)

    def neg(self, tpl, value, cat, **kw):
        return self.put("negative", tpl, value, cat, **kw)

    def pair(self, id_tpl, id_value, sec_tpl, value, cat, **kw):
        first = len(self.lines) + 1
        self.lines.append(id_tpl.replace(MARK, id_value))
        lab = self.put("secret", sec_tpl, value, cat, id_value=id_value, **kw)
        lab["span"] = [first, lab["line"]]
        return lab

    def block(self, kind, rows, value, cat, prefix="", suffix_last="", **kw):
        """rows: the value's own lines; each written with prefix; label spans them all."""
        first = len(self.lines) + 1
        for i, row in enumerate(rows):
            self.lines.append(prefix + row + (suffix_last if i == len(rows) - 1 else ""))
        lab = self._lab(kind, cat, value, first, len(prefix) + 1, **kw)
        if len(rows) > 1:
            lab["span"] = [first, first + len(rows) - 1]
        return lab

    def text(self):
        nl = "\r\n" if self.crlf else "\n"
        return nl.join(self.lines) + nl


def V(tpl_before, tpl_after=""):
    return tpl_before + MARK + tpl_after
