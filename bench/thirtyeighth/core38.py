"""Seeded streams, marks, documents, the secret registry and small encoders (thirty-eighth corpus)."""
import base64
import binascii
import hashlib
import hmac
import json
import random
import string

SO, SM, SC = "\ue000", "\ue001", "\ue002"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"


class BuildError(Exception):
    pass


def stream(seed, *parts):
    key = "thirtyeighth:%s:%s" % (seed, ":".join(str(p) for p in parts))
    return random.Random(int.from_bytes(hashlib.sha512(key.encode()).digest(), "big"))


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rhex(rng, n, upper=False):
    s = rs(rng, HEX, n)
    return s.upper() if upper else s


def ruuid(rng, upper=False):
    h = rhex(rng, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def base62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_token(prefix, body30):
    return prefix + body30 + base62(binascii.crc32(body30.encode()) & 0xFFFFFFFF, 6)


def crc_ok(tok):
    prefix, rest = tok.split("_", 1)
    body, tail = rest[:-6], rest[-6:]
    return base62(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6) == tail


def jwt_hs256(header, payload, key):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64u(sig)


# ---------------------------------------------------------------- escapers (leave the sentinels alone)
def xml_esc(s, quote=True):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
    return s


def json_str(s):
    return json.dumps(s, ensure_ascii=False)


def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in (SO, SM, SC):
            out.append(ch)
        elif ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif o < 128:
            out.append(ch)
        elif o < 0x10000:
            v = o if o < 0x8000 else o - 0x10000
            out.append("\\u%d?" % v)
        else:
            o -= 0x10000
            for u in (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)):
                out.append("\\u%d?" % (u - 0x10000))
    return "".join(out)


# ---------------------------------------------------------------- registry
class Registry:
    """Corpus-wide uniqueness of secret values; refuses containment either way (6+ characters)."""

    def __init__(self):
        self.values = []
        self.seen = set()

    def ok(self, v):
        if v in self.seen:
            return False
        if len(v) >= 6:
            for o in self.values:
                if len(o) >= 6 and (v in o or o in v):
                    return False
        return True

    def add(self, v):
        self.values.append(v)
        self.seen.add(v)

    def fresh(self, make, tries=200):
        for _ in range(tries):
            v = make()
            if self.ok(v):
                self.add(v)
                return v
        raise BuildError("registry: could not draw a fresh value")


# ---------------------------------------------------------------- documents and marks
class Doc:
    """A file under construction. Labelled values are wrapped as SO id SM value SC."""

    def __init__(self, path, theme, lang="en", free_text=False, crlf=False, bom=False, fmt=None):
        self.path, self.theme, self.lang = path, theme, lang
        self.free_text, self.crlf, self.bom, self.fmt = free_text, crlf, bom, fmt
        self.marks = {}
        self.n = 0
        self.text = None

    def _mark(self, kind, value, category, **kw):
        if not value:
            raise BuildError("empty mark in %s" % self.path)
        self.n += 1
        mid = str(self.n)
        kw = {k: v for k, v in kw.items() if v is not None}
        self.marks[mid] = dict(kind=kind, category=category, **kw)
        return SO + mid + SM + value + SC

    def s(self, value, category, **kw):
        return self._mark("secret", value, category, **kw)

    def neg(self, value, category, **kw):
        return self._mark("negative", value, category, **kw)

    def pid(self, value, pair):
        """The identifier half of a pair: no label of its own, it widens the pair label's span."""
        return self._mark("pair-id", value, None, pair=pair)

    def resolve(self):
        text = self.text
        if text is None:
            raise BuildError("no text for %s" % self.path)
        out, labels = [], []
        line, col = 1, 1
        i = 0
        found = {}
        while i < len(text):
            ch = text[i]
            if ch == SO:
                j = text.index(SM, i)
                k = text.index(SC, j)
                mid = text[i + 1:j]
                value = text[j + 1:k]
                if SO in value or mid in found:
                    raise BuildError("nested or repeated mark in %s" % self.path)
                nl = value.count("\n")
                found[mid] = (line, col, value, nl)
                out.append(value)
                if nl:
                    line += nl
                    col = len(value) - value.rfind("\n")
                else:
                    col += len(value)
                i = k + 1
                continue
            out.append(ch)
            if ch == "\n":
                line += 1
                col = 1
            else:
                col += 1
            i += 1
        if set(found) != set(self.marks):
            raise BuildError("marks placed %d, declared %d in %s" % (len(found), len(self.marks), self.path))
        pair_ids = {}
        for mid, m in self.marks.items():
            if m["kind"] == "pair-id":
                pair_ids[m["pair"]] = found[mid]
        for mid in sorted(self.marks, key=int):
            m = self.marks[mid]
            if m["kind"] == "pair-id":
                continue
            ln, cl, value, nl = found[mid]
            lab = {"path": self.path, "line": ln, "column": cl, "kind": m["kind"], "category": m["category"],
                   "value": value, "free_text": self.free_text, "lang": m.get("lang", self.lang),
                   "theme": self.theme}
            for k, v in m.items():
                if k not in ("kind", "category", "lang", "pair"):
                    lab[k] = v
            first, last = ln, ln + nl
            if "pair" in m:
                pl, pc, pv, pnl = pair_ids.pop(m["pair"])
                lab["id_value"] = pv
                first, last = min(first, pl), max(last, pl + pnl)
                lab["pair"] = True
            if last != first or nl:
                lab["span"] = [first, last]
            labels.append(lab)
        if pair_ids:
            raise BuildError("unmatched pair id in %s" % self.path)
        clean = "".join(out)
        if not clean.endswith("\n"):
            clean += "\n"
        return clean, labels


def encode_file(clean, crlf, bom):
    data = clean.replace("\n", "\r\n") if crlf else clean
    raw = data.encode("utf-8")
    return (b"\xef\xbb\xbf" + raw) if bom else raw


def comment_jitter(rng, style, people, date):
    """One or two owner / ticket lines in the file's comment syntax (about half the files)."""
    if rng.random() < 0.5:
        return ""
    who = rng.choice(people)
    lines = ["owner: %s" % who, "reviewed %s" % date, "ticket OPS-%d" % rng.randrange(100, 999)]
    pick = lines[:rng.choice([1, 2])] if rng.random() < 0.5 else [lines[rng.randrange(3)]]
    if style == "xml":
        return "".join("<!-- %s -->\n" % l for l in pick)
    if style == "ini":
        return "".join("; %s\n" % l for l in pick)
    if style == "slash":
        return "".join("// %s\n" % l for l in pick)
    if style == "dash":
        return "".join("-- %s\n" % l for l in pick)
    if style == "bang":
        return "".join("! %s\n" % l for l in pick)
    return "".join("# %s\n" % l for l in pick)
