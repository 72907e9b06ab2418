"""Seeded streams, marks and Doc, the secret registry, CRC32/base62, escapers, comment jitter."""

import hashlib
import json
import random
import re
import zlib

M0, M1, M2, MP = "\ue000", "\ue001", "\ue002", "\ue003"
MARK_RE = re.compile("([\ue000\ue003])(\\d+)\ue001(.*?)\ue002", re.S)
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
HEX = "0123456789abcdef"
ALNUM = UPPER + LOWER + DIGITS
B64 = UPPER + LOWER + DIGITS + "+/"
B64URL = UPPER + LOWER + DIGITS + "-_"


def stream(seed, *parts):
    """A random.Random seeded from SHA-512 of 'fortieth:<seed>:<parts...>' (no hash() anywhere)."""
    key = "fortieth:%d:%s" % (seed, ":".join(str(p) for p in parts))
    return random.Random(int.from_bytes(hashlib.sha512(key.encode()).digest(), "big"))


def rs(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(rng, n):
    return rs(rng, n, HEX)


def b62(num, width):
    out = ""
    while num:
        num, r = divmod(num, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_tail(body):
    """GitHub / npm style checksum: base62 of the CRC32 of the random part, 6 characters."""
    return b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def uuid4(rng):
    h = hexs(rng, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


# ---------------------------------------------------------------- escapers (sentinels pass through)
def jstr(s):
    return json.dumps(s, ensure_ascii=False)


def jdump(obj, indent=2):
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def xesc(s, quote=True):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return s.replace('"', "&quot;") if quote else s


def csvf(s):
    if any(c in s for c in ',"\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def icsesc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


# ---------------------------------------------------------------- registry
class Registry:
    """Corpus-wide: no secret equals, contains or is contained in another (6+ chars)."""

    def __init__(self):
        self.exact = set()
        self.long = []

    def ok(self, v):
        if v in self.exact:
            return False
        if len(v) >= 6:
            for e in self.long:
                if v in e or e in v:
                    return False
        return True

    def add(self, v):
        self.exact.add(v)
        if len(v) >= 6:
            self.long.append(v)
        return v

    def uniq(self, fn, tries=200):
        for _ in range(tries):
            v = fn()
            if self.ok(v):
                return self.add(v)
        raise RuntimeError("registry: could not draw a unique value")


# ---------------------------------------------------------------- documents and marks
class Doc:
    def __init__(self, ctx, theme, path, free=False, lang="en", crlf=False, bom=False):
        self.ctx, self.theme, self.path = ctx, theme, path
        self.free, self.lang, self.crlf, self.bom = free, lang, crlf, bom
        self.items = {}
        self.text = None
        self.labels = []

    def m(self, value, kind, category, **kw):
        i = self.ctx.next_id()
        self.items[i] = dict(kind=kind, category=category, **kw)
        return "%s%d%s%s%s" % (M0, i, M1, value, M2)

    def s(self, value, category, **kw):
        return self.m(value, "secret", category, **kw)

    def n(self, value, category, **kw):
        return self.m(value, "negative", category, **kw)

    def pair(self, id_value, secret, category, **kw):
        """Key-ID + secret: one label spanning both (line on the secret)."""
        sm = self.s(secret, category, pair=True, **kw)
        i = int(sm[1:sm.index(M1)])
        return "%s%d%s%s%s" % (MP, i, M1, id_value, M2), sm

    def set(self, text):
        if not text.endswith("\n"):
            text += "\n"
        self.text = text
        return self

    def resolve(self):
        out, pos, line, col0 = [], 0, 1, 0   # col0: index in clean text where the current line starts
        clean_len = 0
        found, pairs = {}, {}
        for mo in MARK_RE.finditer(self.text):
            chunk = self.text[pos:mo.start()]
            out.append(chunk)
            nl = chunk.count("\n")
            if nl:
                line += nl
                col0 = clean_len + chunk.rindex("\n") + 1
            clean_len += len(chunk)
            val = mo.group(3)
            if M0 in val or MP in val:
                raise ValueError("%s: nested mark" % self.path)
            i = int(mo.group(2))
            where = (line, clean_len - col0 + 1, val)
            book = found if mo.group(1) == M0 else pairs
            if i in book:
                raise ValueError("%s: mark %d placed twice" % (self.path, i))
            book[i] = where
            out.append(val)
            nl = val.count("\n")
            if nl:
                line += nl
                col0 = clean_len + val.rindex("\n") + 1
            clean_len += len(val)
            pos = mo.end()
        out.append(self.text[pos:])
        clean = "".join(out)
        if any(c in clean for c in (M0, M1, M2, MP)):
            raise ValueError("%s: stray sentinel" % self.path)
        if "\r" in clean:
            raise ValueError("%s: CR in built text" % self.path)
        for i, meta in self.items.items():
            if i not in found:
                raise ValueError("%s: mark %d (%s) not placed" % (self.path, i, meta["category"]))
            ln, col, val = found[i]
            lab = dict(path=self.path, line=ln, column=col, kind=meta["kind"], category=meta["category"],
                       value=val, free_text=self.free, lang=meta.get("lang", self.lang), theme=self.theme)
            for k, v in meta.items():
                if k not in ("kind", "category", "lang", "pair"):
                    lab[k] = v
            last = ln + val.count("\n")
            if meta.get("pair"):
                if i not in pairs:
                    raise ValueError("%s: pair id for mark %d missing" % (self.path, i))
                pl, _, pv = pairs[i]
                lab["pair"] = True
                lab["id_value"] = pv
                first, last = min(pl, ln), max(last, pl + pv.count("\n"))
                if first != last:
                    lab["span"] = [first, last]
            elif last != ln:
                lab["span"] = [ln, last]
            self.labels.append(lab)
        extra = set(pairs) - set(self.items)
        if extra:
            raise ValueError("%s: orphan pair ids" % self.path)
        self.clean = clean
        return self

    def data(self):
        body = self.clean.replace("\n", "\r\n") if self.crlf else self.clean
        return (b"\xef\xbb\xbf" if self.bom else b"") + body.encode("utf-8")


# ---------------------------------------------------------------- comment jitter
OWNERS = ["ops", "platform", "integrations", "backoffice", "field-it", "data", "payments", "web"]
STYLES = {"#": ("# ", ""), "//": ("// ", ""), "--": ("-- ", ""), ";": ("; ", ""), "%": ("% ", ""),
          "xml": ("<!-- ", " -->"), "ml": ("(* ", " *)"), "rem": ("REM ", ""), "'": ("' ", "")}


def jitter(rng, style, people):
    """0-2 owner / ticket / date comment lines in the file's own comment syntax (about half of the files)."""
    if style is None or rng.random() < 0.5:
        return ""
    a, b = STYLES[style]
    lines = []
    opts = [lambda: "owner: %s (%s)" % (rng.choice(people), rng.choice(OWNERS)),
            lambda: "ticket %s-%d" % (rng.choice(["OPS", "INT", "IT", "PAY", "WEB"]), rng.randint(100, 9999)),
            lambda: "last reviewed 20%d-%02d-%02d" % (rng.randint(23, 25), rng.randint(1, 12), rng.randint(1, 28))]
    for f in rng.sample(opts, rng.randint(1, 2)):
        lines.append(a + f() + b)
    return "\n".join(lines) + "\n"
