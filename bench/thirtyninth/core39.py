"""Seeded streams, marks and Doc, the secret registry, CRC32/base62, escapers."""
import base64
import binascii
import hashlib
import json
import random
import re
import string

S0, S1, S2 = "\ue000", "\ue001", "\ue002"
MARK_RE = re.compile("\ue000(\\d+)\ue001(.*?)\ue002", re.S)
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
GEN = "thirtyninth"


def stream(*parts):
    """A random.Random seeded with SHA-512 of 'thirtyninth:<parts...>'."""
    key = ":".join([GEN] + [str(p) for p in parts])
    return random.Random(int.from_bytes(hashlib.sha512(key.encode()).digest(), "big"))


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_token(rng, prefix, body=30):
    """GitHub / npm style: prefix + 30 base62 + base62(CRC32(random part)), 6 chars."""
    rnd = rs(rng, ALNUM, body)
    return prefix + rnd + b62(binascii.crc32(rnd.encode()) & 0xffffffff, 6)


def crc_ok(tok):
    body = tok.split("_", 1)[1]
    rnd, tail = body[:-6], body[-6:]
    return b62(binascii.crc32(rnd.encode()) & 0xffffffff, 6) == tail


def b64(data):
    return base64.b64encode(data).decode()


def b64url(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


# ------------------------------------------------------------------ marks
class Marks:
    """Labelled values are wrapped as U+E000 id U+E001 value U+E002 until Doc.resolve."""

    def __init__(self):
        self.n = 0
        self.pending = {}
        self.pairs = 0

    def mark(self, value, kind, category, **extra):
        self.n += 1
        self.pending[self.n] = dict(kind=kind, category=category, _raw=value, **extra)
        return "%s%d%s%s%s" % (S0, self.n, S1, value, S2)

    def s(self, value, category, **extra):
        return self.mark(value, "secret", category, **extra)

    def n_(self, value, category, **extra):
        return self.mark(value, "negative", category, **extra)

    def pair(self, id_value, secret_value, category, **extra):
        """Returns (id_text, secret_text); one label spanning both lines, line on the secret."""
        self.pairs += 1
        key = "%s#%d" % (category, self.pairs)
        a = self.mark(id_value, "pairid", category, pair=key)
        b = self.mark(secret_value, "secret", category, pair=key, id_value=id_value, **extra)
        return a, b


def line_col(text, pos):
    line = text.count("\n", 0, pos) + 1
    start = text.rfind("\n", 0, pos) + 1
    return line, pos - start + 1


class Doc:
    def __init__(self, path, text, crlf=False, bom=False, free_text=False, lang="en", theme=""):
        self.path, self.text, self.crlf, self.bom = path, text, crlf, bom
        self.free_text, self.lang, self.theme = free_text, lang, theme
        self.labels = []

    def resolve(self, marks):
        out, last, found = [], 0, []
        plain_len = 0
        for m in MARK_RE.finditer(self.text):
            out.append(self.text[last:m.start()])
            plain_len += m.start() - last
            found.append((int(m.group(1)), plain_len, m.group(2)))
            out.append(m.group(2))
            plain_len += len(m.group(2))
            last = m.end()
        out.append(self.text[last:])
        text = "".join(out)
        if S0 in text or S1 in text or S2 in text:
            raise ValueError("stray sentinel in %s" % self.path)
        if not text.endswith("\n"):
            text += "\n"
        self.text = text
        byid, pairids = {}, {}
        for mid, pos, val in found:
            info = marks.pending.pop(mid, None)
            if info is None:
                raise ValueError("mark %d placed twice (%s)" % (mid, self.path))
            line, col = line_col(text, pos)
            endline = line + val.count("\n")
            if info["kind"] == "pairid":
                pairids[info["pair"]] = (line, val)
                continue
            lab = {k: v for k, v in info.items() if not k.startswith("_") and v is not None}
            lab.update(path=self.path, line=line, column=col, value=val, free_text=self.free_text,
                       theme=self.theme)
            lab.setdefault("lang", self.lang)
            if endline != line:
                lab["span"] = [line, endline]
            byid[mid] = lab
            self.labels.append(lab)
        for lab in self.labels:
            if "pair" in lab:
                il, iv = pairids.pop(lab["pair"])
                a, b = lab.get("span", [lab["line"], lab["line"]])
                lo, hi = min(a, il), max(b, il)
                if lo != hi:
                    lab["span"] = [lo, hi]
                lab["id_value"] = iv
        if pairids:
            raise ValueError("pair id without secret in %s" % self.path)
        return self

    def data(self):
        t = self.text.replace("\n", "\r\n") if self.crlf else self.text
        return (("\ufeff" if self.bom else "") + t).encode("utf-8")


# ------------------------------------------------------------------ registry
class Registry:
    """Corpus-wide: every secret unique, none of 6+ chars inside another, no negative equal to a secret."""

    def __init__(self):
        self.secrets = []
        self.sset = set()
        self.negs = set()

    def ok(self, v):
        if v in self.sset or v in self.negs:
            return False
        if len(v) >= 6:
            for s in self.secrets:
                if (len(s) >= 6 and (s in v or v in s)):
                    return False
        return True

    def take(self, v):
        self.secrets.append(v)
        self.sset.add(v)
        return v

    def fresh(self, rng, fn, *a):
        for _ in range(200):
            v = fn(rng, *a)
            if self.ok(v):
                return self.take(v)
        raise RuntimeError("registry could not find a fresh value")

    def neg(self, v):
        self.negs.add(v)
        return v


# ------------------------------------------------------------------ escapers
def jdump(obj, indent=2):
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def jstr(s):
    return json.dumps(s, ensure_ascii=False)


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def csvq(s):
    return '"' + s.replace('"', '""') + '"' if any(c in s for c in ',"\n') else s


def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


COMMENT = {"#": "# %s", "//": "// %s", "--": "-- %s", ";": "; %s", "%": "%% %s", "rem": "REM %s"}


def jitter(rng, text, style, people):
    """About half of config files get an owner / ticket / date comment on top."""
    if style is None or rng.random() < 0.5:
        return text
    fmt = COMMENT[style]
    lines = [fmt % ("owner: %s" % rng.choice(people))]
    if rng.random() < 0.6:
        lines.append(fmt % ("ticket OPS-%d, reviewed 2025-%02d-%02d" % (rng.randint(100, 9999),
                                                                     rng.randint(1, 12), rng.randint(1, 28))))
    if text.startswith("#!"):
        first, rest = text.split("\n", 1)
        return first + "\n" + "\n".join(lines) + "\n" + rest
    return "\n".join(lines) + "\n" + text
