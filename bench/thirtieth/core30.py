"""Seeded streams, the Doc builder with inline labels, and small encoders (CRC32/base62, bech32, JWT, base64)."""

import base64
import binascii
import hashlib
import json
import random
import string

GEN = "thirtieth"
MARK = "\u00a7"          # the value's place in a line template ("§")
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
SYMS = "!*-_+.?~^"
URI_SYMS = "-_.~"


class Stream(random.Random):
    """A random stream seeded by a string; random.Random hashes strings with SHA-512, so it is stable."""

    def __init__(self, *parts):
        super().__init__(GEN + ":" + ":".join(str(p) for p in parts))

    def chars(self, alphabet, n):
        return "".join(self.choice(alphabet) for _ in range(n))

    def alnum(self, n):
        return self.chars(ALNUM, n)

    def lower(self, n):
        return self.chars(LOWER_ALNUM, n)

    def hex(self, n, upper=False):
        h = self.chars(HEX, n)
        return h.upper() if upper else h

    def digits(self, n, first_nonzero=True):
        s = self.chars(string.digits, n)
        if first_nonzero and s[0] == "0":
            s = self.choice("123456789") + s[1:]
        return s

    def raw(self, n):
        return bytes(self.getrandbits(8) for _ in range(n))

    def b64(self, nbytes):
        return base64.b64encode(self.raw(nbytes)).decode()

    def b64url(self, nbytes, pad=False):
        s = base64.urlsafe_b64encode(self.raw(nbytes)).decode()
        return s if pad else s.rstrip("=")

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.choice("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def chance(self, p):
        return self.random() < p

    def pick(self, seq):
        return seq[self.randrange(len(seq))]

    def sample_list(self, seq, k):
        return self.sample(list(seq), k)


# ---------------------------------------------------------------- encoders
def base62(num, width=0):
    out = ""
    while num:
        num, r = divmod(num, 62)
        out = B62[r] + out
    return out.rjust(width, "0") if width else (out or "0")


def gh_checksummed(prefix, r, body_len=30):
    """GitHub/npm style: random base62 body + 6-char base62 CRC32 of the body."""
    body = r.chars(B62, body_len)
    return prefix + body + base62(binascii.crc32(body.encode()), 6)


def gh_checksum_ok(tok):
    body, tail = tok.split("_", 1)[1][:-6], tok[-6:]
    return base62(binascii.crc32(body.encode()), 6) == tail


BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


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
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[d] for d in data + chk)


def bech32_ok(s):
    s = s.lower()
    hrp, data = s.rsplit("1", 1)
    return _polymod(_hrp_expand(hrp) + [BECH32.index(c) for c in data]) == 1


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(r, payload, key_bytes=32):
    head = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = b64u(r.raw(key_bytes))
    return "%s.%s.%s" % (head, body, sig)


def sha256_hex(s):
    return hashlib.sha256(s.encode() if isinstance(s, str) else s).hexdigest()


def b64s(s):
    return base64.b64encode(s.encode()).decode()


# ---------------------------------------------------------------- documents
class Doc:
    """One corpus file: lines plus labels that point into them."""

    def __init__(self, path, crlf=False, free=False, lang=None, family=None):
        self.path, self.crlf, self.free, self.lang, self.family = path, crlf, free, lang, family
        self.lines, self.labels = [], []

    def __len__(self):
        return len(self.lines)

    def t(self, *lines):
        for block in lines:
            for ln in str(block).split("\n"):
                self.lines.append(ln)
        return self

    def _label(self, kind, lineno, value, cat, **kw):
        text = self.lines[lineno - 1]
        col = text.find(value.split("\n")[0])
        if col < 0:
            raise ValueError("%s:%d value %r not in %r" % (self.path, lineno, value, text))
        lab = {"path": self.path, "line": lineno, "column": col + 1, "kind": kind, "category": cat, "value": value}
        for k, v in kw.items():
            if v is not None:
                lab[k] = v
        if self.free:
            lab["free_text"] = True
        if self.lang:
            lab["lang"] = self.lang
        self.labels.append(lab)
        return lab

    def lab(self, kind, tpl, value, cat, **kw):
        if MARK not in tpl:
            raise ValueError("template without mark: %r" % tpl)
        line = tpl.replace(MARK, value, 1)
        if "\n" in line:
            raise ValueError("newline in labelled line %r" % line)
        self.lines.append(line)
        return self._label(kind, len(self.lines), value, cat, **kw)

    def s(self, tpl, value, cat, **kw):
        return self.lab("secret", tpl, value, cat, **kw)

    def n(self, tpl, value, cat, **kw):
        return self.lab("negative", tpl, value, cat, **kw)

    def pair(self, id_tpl, id_value, sec_tpl, sec_value, cat, between=(), secret_first=False, **kw):
        """Key-ID + secret on separate lines: one label, line on the secret, span over both."""
        first = len(self.lines) + 1
        if secret_first:
            self.lines.append(sec_tpl.replace(MARK, sec_value, 1))
            sec_line = len(self.lines)
            self.t(*between)
            self.lines.append(id_tpl.replace(MARK, id_value, 1))
        else:
            self.lines.append(id_tpl.replace(MARK, id_value, 1))
            self.t(*between)
            self.lines.append(sec_tpl.replace(MARK, sec_value, 1))
            sec_line = len(self.lines)
        last = len(self.lines)
        if id_value not in self.lines[(first - 1) if not secret_first else (last - 1)]:
            raise ValueError("pair id not on its line")
        return self._label("secret", sec_line, sec_value, cat, span=[first, last], id_value=id_value, **kw)

    def block(self, kind, lines, value, cat, **kw):
        """A multi-line value (PEM and the like): line on the first line, span over all of them."""
        first = len(self.lines) + 1
        for ln in lines:
            self.lines.append(ln)
        last = len(self.lines)
        lab = self._label(kind, first, value, cat, **kw)
        if last > first:
            lab["span"] = [first, last]
        return lab

    def text(self):
        nl = "\r\n" if self.crlf else "\n"
        return nl.join(self.lines) + nl


def join_path(*parts):
    return "/".join(p.strip("/") for p in parts if p)
