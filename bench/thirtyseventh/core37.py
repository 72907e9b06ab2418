"""Core of the thirty-seventh corpus: seeded streams, marks and documents, encoders.

A *mark* is a value wrapped in private-use sentinels.  File builders put marked values anywhere in their text
(escapers leave the sentinels alone), and `Doc.resolve` turns them into labels with an exact line and column.
"""

import base64
import binascii
import hashlib
import hmac
import json
import random
import re
import string

PREFIX = "thirtyseventh"
M_START, M_SEP, M_END = "\ue000", "\ue001", "\ue002"
_DIG0 = 0xE100
MARK_RE = re.compile("\ue000([\ue100-\ue1ff]+)\ue001(.*?)\ue002", re.S)
SENTINELS = re.compile("[\ue000-\ue002\ue100-\ue1ff]")

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64URL = string.ascii_letters + string.digits + "-_"
B64STD = string.ascii_letters + string.digits + "+/"
UPPER_NUM = string.ascii_uppercase + string.digits
B32 = string.ascii_uppercase + "234567"


class GenError(Exception):
    pass


def stream(seed, *parts):
    """A random.Random seeded with SHA-512 of 'thirtyseventh:<seed>:<parts...>'."""
    key = ":".join([PREFIX, str(seed)] + [str(p) for p in parts])
    return random.Random(int.from_bytes(hashlib.sha512(key.encode()).digest(), "big"))


def draw(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r, n):
    return draw(r, HEX, n)


def uuid4(r):
    h = list(hexs(r, 32))
    h[12] = "4"
    h[16] = r.choice("89ab")
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(data):
    return base64.b64encode(data if isinstance(data, bytes) else data.encode()).decode()


def b64url_nopad(data):
    return base64.urlsafe_b64encode(data if isinstance(data, bytes) else data.encode()).decode().rstrip("=")


# ------------------------------------------------------------------ checksummed tokens
def base62(n, width=0):
    s = ""
    while n:
        n, d = divmod(n, 62)
        s = B62[d] + s
    return s.rjust(width, "0") if width else (s or "0")


def crc_token(prefix, r):
    """GitHub / npm style: prefix + 30 base62 + 6-char base62 CRC32 of the 30 random characters."""
    body = draw(r, ALNUM, 30)
    return prefix + body + base62(binascii.crc32(body.encode()), 6)


def crc_ok(token):
    i = token.index("_") + 1
    body, tail = token[i:i + 30], token[i + 30:]
    return len(tail) == 6 and base62(binascii.crc32(body.encode()), 6) == tail


def crc_broken(prefix, r):
    t = crc_token(prefix, r)
    tail = t[-6:]
    bad = tail[:-1] + B62[(B62.index(tail[-1]) + 1 + r.randrange(60)) % 62]
    return t[:-6] + bad


# ------------------------------------------------------------------ bech32 (BIP-173)
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1ffffff) << 5) ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frombits, tobits):
    acc = bits = 0
    out = []
    maxv = (1 << tobits) - 1
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            out.append((acc >> bits) & maxv)
    if bits:
        out.append((acc << (tobits - bits)) & maxv)
    return out


def bech32_encode(hrp, data):
    d = _convertbits(data, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + d + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[x] for x in d + chk)


def bech32_ok(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], s[pos + 1:]
    try:
        vals = [BECH.index(c) for c in data]
    except ValueError:
        return False
    return _polymod(_hrp_expand(hrp) + vals) == 1


def age_secret(r):
    return bech32_encode("age-secret-key-", rbytes(r, 32)).upper()


def age_recipient(r):
    return bech32_encode("age", rbytes(r, 32))


# ------------------------------------------------------------------ JWT
def jwt_hs256(payload, key, header=None):
    h = b64url_nopad(json.dumps(header or {"alg": "HS256", "typ": "JWT"}, separators=(",", ":")))
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")))
    sig = hmac.new(key, ("%s.%s" % (h, p)).encode(), hashlib.sha256).digest()
    return "%s.%s.%s" % (h, p, b64url_nopad(sig))


# ------------------------------------------------------------------ escapers
def json_str(s):
    return json.dumps(s, ensure_ascii=False)


def xml_esc(s, quote=True):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return s.replace('"', "&quot;") if quote else s


def sql_str(s):
    return "'" + s.replace("'", "''") + "'"


def yaml_dq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def sh_sq(s):
    return "'" + s.replace("'", "'\\''") + "'"


# ------------------------------------------------------------------ marks and documents
class Marks:
    """All marks of one build.  Each mark must be placed in exactly one document."""

    def __init__(self):
        self.info = []
        self.used = []

    def _new(self, value, kind, category, extra):
        if not isinstance(value, str) or not value:
            raise GenError("empty mark value for %s" % category)
        if SENTINELS.search(value):
            raise GenError("nested mark in %s" % category)
        idx = len(self.info)
        d = {"kind": kind, "category": category}
        d.update({k: v for k, v in extra.items() if v is not None})
        self.info.append(d)
        self.used.append(0)
        enc, n = "", idx
        while True:
            n, dgt = divmod(n, 256)
            enc = chr(_DIG0 + dgt) + enc
            if not n:
                break
        return M_START + enc + M_SEP + value + M_END

    def s(self, value, category, **extra):
        return self._new(value, "secret", category, extra)

    def n(self, value, category, **extra):
        return self._new(value, "negative", category, extra)

    def pair(self, id_value, secret_value, category, **extra):
        key = "p%d" % len(self.info)
        a = self._new(id_value, "pairid", category, {"pair": key})
        extra = dict(extra)
        extra["pair"] = key
        b = self._new(secret_value, "secret", category, extra)
        return a, b

    @staticmethod
    def decode(enc):
        n = 0
        for ch in enc:
            n = n * 256 + (ord(ch) - _DIG0)
        return n

    def unused(self):
        return [i for i, u in enumerate(self.used) if u != 1]


class Doc:
    def __init__(self, path, text, free_text=False, lang="en", crlf=False, bom=False, theme=None, family=""):
        self.path, self.text = path, text
        self.free_text, self.lang, self.crlf, self.bom = free_text, lang, crlf, bom
        self.theme, self.family = theme, family
        self.clean, self.labels = None, []

    def resolve(self, marks):
        text = self.text
        if not text.endswith("\n"):
            text += "\n"
        out, pos, line, out_len, line_start = [], 0, 1, 0, 0
        raw = []
        for m in MARK_RE.finditer(text):
            seg = text[pos:m.start()]
            out.append(seg)
            nl = seg.count("\n")
            if nl:
                line += nl
                line_start = out_len + seg.rfind("\n") + 1
            out_len += len(seg)
            idx = marks.decode(m.group(1))
            val = m.group(2)
            col = out_len - line_start + 1
            sline = line
            out.append(val)
            nl = val.count("\n")
            if nl:
                line += nl
                line_start = out_len + val.rfind("\n") + 1
            out_len += len(val)
            marks.used[idx] += 1
            raw.append((idx, sline, line, col, val))
            pos = m.end()
        out.append(text[pos:])
        clean = "".join(out)
        if SENTINELS.search(clean):
            raise GenError("stray sentinel in %s" % self.path)
        self.clean = clean
        pairs, labels = {}, []
        for idx, a, b, col, val in raw:
            info = marks.info[idx]
            if info["kind"] == "pairid":
                pairs.setdefault(info["pair"], {})["id"] = (a, b, val)
                continue
            lab = {"path": self.path, "line": a, "column": col, "kind": info["kind"],
                   "category": info["category"], "value": val, "free_text": self.free_text,
                   "lang": info.get("lang", self.lang)}
            for k, v in info.items():
                if k not in ("kind", "category", "lang", "pair"):
                    lab[k] = v
            if b != a:
                lab["span"] = [a, b]
            if "pair" in info:
                pairs.setdefault(info["pair"], {})["sec"] = (lab, b)
            labels.append(lab)
        for key, p in pairs.items():
            if "id" not in p or "sec" not in p:
                raise GenError("half a pair in %s" % self.path)
            (ia, ib, ival), (lab, sb) = p["id"], p["sec"]
            lab["id_value"] = ival
            lo, hi = min(ia, lab["line"]), max(ib, sb)
            if hi != lo:
                lab["span"] = [lo, hi]
        self.labels = labels
        return self

    def data(self):
        t = self.clean
        if self.crlf:
            t = t.replace("\n", "\r\n")
        b = t.encode("utf-8")
        return (b"\xef\xbb\xbf" + b) if self.bom else b


# ------------------------------------------------------------------ registry of secret values
class Registry:
    """Corpus-wide uniqueness: no repeated secret, no secret (6+) inside another."""

    def __init__(self):
        self.values = set()
        self.order = []
        self.negs = set()

    def ok(self, v):
        if v in self.values or v in self.negs:
            return False
        for e in self.order:
            if (len(e) >= 6 and e in v) or (len(v) >= 6 and v in e):
                return False
        return True

    def take(self, gen, tries=200):
        for _ in range(tries):
            v = gen()
            if self.ok(v):
                self.values.add(v)
                self.order.append(v)
                return v
        raise GenError("registry: no fresh value after %d tries" % tries)

    def neg(self, v):
        if v in self.values:
            raise GenError("negative equals a secret: %r" % v)
        self.negs.add(v)
        return v


def comment_jitter(r, style, owner, ticket, date):
    """One or two header comments so two themes sharing a template differ."""
    c = {"#": "# %s", "//": "// %s", ";": "; %s", "--": "-- %s", "rem": "REM %s", "xml": "<!-- %s -->",
         "%": "%% %s", "none": None}[style]
    if c is None or r.random() < 0.45:
        return ""
    lines = [c % ("maintained by %s" % owner)]
    if r.random() < 0.5:
        lines.append(c % ("%s, last touched %s" % (ticket, date)))
    return "\n".join(lines) + "\n"
