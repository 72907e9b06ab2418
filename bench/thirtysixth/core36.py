"""Seeded streams, the Doc builder (lines + labels), checksums, encodings, escaping."""
import base64
import hashlib
import hmac
import json
import random
import re
import zlib

TAG = "thirtysixth"
DIGITS = "0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
B62 = DIGITS + UPPER + LOWER
HEX = "0123456789abcdef"
B64 = UPPER + LOWER + DIGITS + "+/"
B64URL = UPPER + LOWER + DIGITS + "-_"
B32 = UPPER + "234567"


def stream(seed, *parts):
    """A random.Random seeded from SHA-512 of 'thirtysixth:<seed>:<parts...>'."""
    s = "%s:%d:%s" % (TAG, seed, ":".join(str(p) for p in parts))
    return random.Random(int.from_bytes(hashlib.sha512(s.encode("utf-8")).digest(), "big"))


def rs(r, n, alphabet=B62):
    return "".join(r.choice(alphabet) for _ in range(n))


def rhex(r, n):
    return rs(r, n, HEX)


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def ruuid(r):
    h = rhex(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64(data):
    return base64.b64encode(data).decode("ascii")


def b64u(data, pad=False):
    s = base64.urlsafe_b64encode(data).decode("ascii")
    return s if pad else s.rstrip("=")


def base62(n, width=0):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0") if width else (out or "0")


def crc_tail(body):
    """GitHub / npm style: base62 of CRC32(body), left-padded to 6."""
    return base62(zlib.crc32(body.encode("ascii")) & 0xFFFFFFFF, 6)


def gh_token(r, prefix="ghp_"):
    body = rs(r, 30)
    return prefix + body + crc_tail(body)


def crc_ok(tok):
    i = tok.index("_") + 1
    body, tail = tok[i:i + 30], tok[i + 30:]
    return len(tail) == 6 and crc_tail(body) == tail


def jwt(r, payload, key=None, alg="HS256", header_extra=None):
    header = {"alg": alg, "typ": "JWT"}
    if header_extra:
        header.update(header_extra)
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    key = key if key is not None else rbytes(r, 32)
    sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64u(sig)


# ---------------------------------------------------------------- bech32 (age)
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


def bech32_encode(hrp, data8):
    data = _convertbits(data8, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + chk)


def bech32_ok(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], s[pos + 1:]
    if any(c not in _BECH for c in data) or len(data) < 6:
        return False
    return _polymod(_hrp_expand(hrp) + [_BECH.index(c) for c in data]) == 1


# ---------------------------------------------------------------- escaping
def esc_json(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def esc_xml(s, quotes=True):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quotes:
        s = s.replace('"', "&quot;").replace("'", "&apos;")
    return s


def esc_html(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def esc_sql(s):
    return s.replace("'", "''")


def esc_ics(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def esc_troff(s):
    return s.replace("\\", "\\e").replace("-", "\\-")


def ident(s):
    return s


# ---------------------------------------------------------------- Doc
class GenError(Exception):
    pass


_WORD = re.compile(r"\w", re.UNICODE)


def _boundary_ok(line, i, value):
    if value[:1] and _WORD.match(value[0]) and i > 0 and _WORD.match(line[i - 1]):
        return False
    j = i + len(value)
    if value[-1:] and _WORD.match(value[-1]) and j < len(line) and _WORD.match(line[j]):
        return False
    return True


def find_col(line, value):
    """1-based column of value in line, preferring boundary-clean occurrences; 0 if absent."""
    start = 0
    first = 0
    while True:
        i = line.find(value, start)
        if i < 0:
            return first
        if _boundary_ok(line, i, value):
            return i + 1
        if not first:
            first = -(i + 1)
        start = i + 1


class Doc:
    """A file: lines, and marks resolved into labels when the file is finished."""

    def __init__(self, path, *, crlf=False, bom=False, free_text=False, lang="en", theme=""):
        self.path = path
        self.crlf = crlf
        self.bom = bom
        self.free_text = free_text
        self.lang = lang
        self.theme = theme
        self.lines = []
        self.marks = []
        self.labels = []

    def __len__(self):
        return len(self.lines)

    def add(self, *chunks):
        for c in chunks:
            self.lines.extend(c.split("\n"))
        return self

    def here(self):
        return len(self.lines) + 1

    # marks: values are as shown in the file
    def mark(self, kind, value, category, *, line=None, span=None, lang=None, **extra):
        self.marks.append(dict(kind=kind, value=value, category=category, line=line, span=span,
                               lang=lang, extra=extra))
        return value

    def s(self, value, category, **kw):
        return self.mark("secret", value, category, **kw)

    def n(self, value, category, **kw):
        return self.mark("negative", value, category, **kw)

    def sl(self, text, value, category, **kw):
        """Add a line holding a secret value and mark it on that line."""
        ln = self.here()
        self.add(text)
        return self.mark("secret", value, category, line=ln, **kw)

    def nl(self, text, value, category, **kw):
        ln = self.here()
        self.add(text)
        return self.mark("negative", value, category, line=ln, **kw)

    def pair(self, id_value, value, category, kind="secret", **kw):
        """Key-ID + secret on nearby lines; one label spanning both, line on the secret."""
        self.marks.append(dict(kind=kind, value=value, category=category, line=kw.pop("line", None),
                               span=None, lang=kw.pop("lang", None), pair=id_value, extra=kw))

    def block(self, first, last, value, category, kind="secret", **kw):
        """A multi-line value occupying lines first..last (1-based); label on first."""
        self.marks.append(dict(kind=kind, value=value, category=category, line=first,
                               span=[first, last], lang=kw.pop("lang", None), extra=kw))

    def emit(self, lines, marks, esc=ident):
        """Add lines (a list) and mark the raw values of marks (from prose36) within them."""
        start = len(self.lines)
        self.lines.extend(lines)
        for m in marks:
            shown = esc(m["raw"])
            ln = self._find_in(shown, start, len(self.lines))
            extra = dict(m["extra"])
            pid = extra.pop("pair_id", None)
            if pid is not None:
                self.marks.append(dict(kind=m["kind"], value=shown, category=m["cat"], line=ln, span=None, lang=None,
                                       pair=esc(pid), extra=extra))
            else:
                self.mark(m["kind"], shown, m["cat"], line=ln, **extra)

    def insert_top(self, new_lines):
        """Insert lines near the top (after a shebang / <?php / XML declaration) and shift the marks."""
        at = 1 if self.lines and self.lines[0].startswith(("#!", "<?php", "<?xml")) else 0
        k = len(new_lines)
        self.lines[at:at] = list(new_lines)
        for m in self.marks:
            if m.get("line") is not None and m["line"] > at:
                m["line"] += k
            if m.get("span"):
                a, b = m["span"]
                if a > at:
                    m["span"] = [a + k, b + k]
        return self

    def _find_in(self, value, a, b):
        for i in range(a, b):
            if find_col(self.lines[i], value) > 0:
                return i + 1
        raise GenError("%s: %r not in the lines just added: %r" % (self.path, value, self.lines[a:b]))

    def _locate(self, value, hint=None):
        if hint is not None:
            c = find_col(self.lines[hint - 1], value)
            if c <= 0:
                raise GenError("%s:%d: value %r not on its line: %r" % (self.path, hint, value, self.lines[hint - 1]))
            return hint, c
        hits = []
        for i, ln in enumerate(self.lines):
            c = find_col(ln, value)
            if c > 0:
                hits.append((i + 1, c))
        if len(hits) != 1:
            raise GenError("%s: value %r found on %d lines" % (self.path, value, len(hits)))
        return hits[0]

    def finish(self):
        self.labels = []
        for m in self.marks:
            v = m["value"]
            lang = m["lang"] or (self.lang if self.free_text else "en")
            lab = dict(path=self.path, kind=m["kind"], category=m["category"], free_text=self.free_text,
                       lang=lang)
            if m.get("span"):
                a, b = m["span"]
                first_line = v.split("\n")[0]
                c = find_col(self.lines[a - 1], first_line)
                if c <= 0:
                    raise GenError("%s:%d: block start %r missing" % (self.path, a, first_line))
                lab.update(line=a, column=c, span=[a, b], value=v)
            elif "pair" in m:
                iv = m["pair"]
                li, ci = self._locate(iv)
                ls, cs = self._locate(v, m["line"])
                a, b = min(li, ls), max(li, ls)
                lab.update(line=ls, column=cs, span=[a, b], value=v, id_value=iv)
            else:
                ln, c = self._locate(v, m["line"])
                lab.update(line=ln, column=c, value=v)
            for k, x in m["extra"].items():
                if x is not None:
                    lab[k] = x
            self.labels.append(lab)
        return self

    def text(self):
        nl = "\r\n" if self.crlf else "\n"
        body = nl.join(self.lines) + nl
        return ("\ufeff" + body) if self.bom else body

    def data(self):
        return self.text().encode("utf-8")
