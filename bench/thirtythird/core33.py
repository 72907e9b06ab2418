"""Seeded streams, labelled items, Doc (inline-labelled lines, pairs, spans), encodings."""

import base64
import binascii
import hashlib
import json
import random
import string

SALT = "thirtythird"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
B64URL = string.ascii_uppercase + string.ascii_lowercase + string.digits + "-_"


class Rng(random.Random):
    """random.Random seeded from SHA-512 of a string, so PYTHONHASHSEED plays no part."""

    def __init__(self, key):
        self.key = key
        super().__init__(int.from_bytes(hashlib.sha512(key.encode("utf-8")).digest(), "big"))

    def s(self, alphabet, n):
        return "".join(self.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.s(HEX, n)

    def b62(self, n):
        return self.s(B62, n)

    def alnum(self, n):
        return self.s(ALNUM, n)

    def b64bytes(self, n, urlsafe=False, pad=True):
        raw = bytes(self.getrandbits(8) for _ in range(n))
        out = (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()
        return out if pad else out.rstrip("=")

    def raw(self, n):
        return bytes(self.getrandbits(8) for _ in range(n))

    def pick(self, seq):
        return seq[self.randrange(len(seq))]

    def chance(self, p):
        return self.random() < p

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.choice("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def sample_sorted(self, seq, k):
        return sorted(self.sample(list(seq), k))


def stream(seed, *parts):
    return Rng(":".join([SALT, str(seed)] + [str(p) for p in parts]))


# ---------------------------------------------------------------- checksums / encodings
def b62enc(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_tail(body):
    return b62enc(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6)


def b64(s):
    if isinstance(s, str):
        s = s.encode("utf-8")
    return base64.b64encode(s).decode()


def b64url_nopad(b):
    if isinstance(b, str):
        b = b.encode("utf-8")
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


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


def convertbits(data, frombits, tobits, pad=True):
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
    data = convertbits(data_bytes, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


def bech32_verify(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], s[pos + 1:]
    try:
        vals = [BECH.index(c) for c in data]
    except ValueError:
        return False
    return _polymod(_hrp_expand(hrp) + vals) == 1


def jwt(header, payload, sig_bytes):
    h = b64url_nopad(json.dumps(header, separators=(",", ":")))
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")))
    return "%s.%s.%s" % (h, p, b64url_nopad(sig_bytes))


# ---------------------------------------------------------------- escaping
def esc_json(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def esc_xml(s, quote=True):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
    return s


def esc_csv(s):
    return s.replace('"', '""')


def esc_troff(s):
    return s.replace("\\", "\\e")


ESCAPERS = {"json": esc_json, "xml": esc_xml, "html": esc_xml, "csv": esc_csv, "troff": esc_troff,
            "none": lambda s: s}


# ---------------------------------------------------------------- labelled items and documents
class It:
    """A labelled value inside a line. kind: secret / negative; role 'id' marks the ID half of a pair
    (not labelled by itself)."""

    __slots__ = ("value", "kind", "category", "extra", "pid", "role")

    def __init__(self, value, kind, category, pid=None, role=None, **extra):
        self.value = value
        self.kind = kind
        self.category = category
        self.extra = extra
        self.pid = pid
        self.role = role

    def escaped(self, fn):
        it = It(fn(self.value), self.kind, self.category, self.pid, self.role, **self.extra)
        return it


def S(value, category, **extra):
    return It(value, "secret", category, **extra)


def N(value, category, **extra):
    return It(value, "negative", category, **extra)


def PID(value, pid):
    """The ID half of a pair (or the first copy of a repeated value)."""
    return It(value, "id", "pair-id", pid=pid, role="id")


class Doc:
    def __init__(self, path, crlf=False, free_text=False, lang="en", bom=False):
        self.path = path
        self.crlf = crlf
        self.free_text = free_text
        self.lang = lang
        self.lines = []
        self.labels = []
        self.anchors = {}  # pid -> (line, value)
        self.pending = []  # secret labels waiting for an anchor
        self.meta = {}

    # one physical line made of str and It parts (at most one labelled It)
    def __call__(self, *parts):
        text = ""
        found = []
        for p in parts:
            if isinstance(p, It):
                found.append((len(text) + 1, p))
                text += p.value
            else:
                text += p
        if "\n" in text or "\r" in text:
            raise ValueError("line break inside a line: %r in %s" % (text, self.path))
        self.lines.append(text)
        n = len(self.lines)
        lab = [f for f in found if f[1].role != "id"]
        if len(lab) > 1:
            raise ValueError("two labels on one line of %s: %r" % (self.path, text))
        for col, it in found:
            if it.role == "id":
                self.anchors[it.pid] = (n, it.value)
            else:
                self._label(n, col, it)
        return n

    def _label(self, n, col, it, span=None, value=None):
        lab = {"path": self.path, "line": n, "column": col, "kind": it.kind, "category": it.category,
               "value": it.value if value is None else value}
        if span:
            lab["span"] = span
        lab.update(it.extra)
        if it.pid is not None:
            lab["_pid"] = it.pid
        self.labels.append(lab)
        return lab

    def text(self, block):
        for line in block.split("\n"):
            self(line)

    def blank(self):
        self("")

    def multi(self, item, lines, prefix="", indent="", suffix="", first_alone=False):
        """A multi-line value (key text): lines are the value's lines; prefix goes before the first one,
        indent before the others, suffix after the last one. The label's value is the joined lines."""
        start = len(self.lines) + 1
        for i, ln in enumerate(lines):
            pre = prefix if i == 0 else indent
            post = suffix if i == len(lines) - 1 else ""
            self.lines.append(pre + ln + post)
        end = len(self.lines)
        col = len(prefix) + 1
        return self._label(start, col, item, span=[start, end] if end > start else None, value="\n".join(lines))

    def finish(self):
        out = []
        for lab in self.labels:
            pid = lab.pop("_pid", None)
            if pid is not None:
                if pid not in self.anchors:
                    raise ValueError("pair without id in %s: %s" % (self.path, pid))
                aline, aval = self.anchors[pid]
                a, b = sorted([aline, lab["line"]])
                if "span" in lab:
                    a = min(a, lab["span"][0])
                    b = max(b, lab["span"][1])
                lab["span"] = [a, b]
                if aval != lab["value"]:
                    lab["id_value"] = aval
            lab["free_text"] = self.free_text
            lab["lang"] = self.lang
            out.append(lab)
        self.labels = out
        return self

    def render(self):
        nl = "\r\n" if self.crlf else "\n"
        return (nl.join(self.lines) + nl).encode("utf-8")


def esc_parts(parts, fn):
    return [p.escaped(fn) if isinstance(p, It) else fn(p) for p in parts]


def plain(parts):
    return "".join(p.value if isinstance(p, It) else p for p in parts)
