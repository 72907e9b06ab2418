"""Documents with labelled lines, value styles and the per-theme context (twentyfourth corpus)."""
import base64
import datetime
import hashlib
import json
import random
import string
import zlib

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEXD = "0123456789abcdef"
SAFE_SYM = "!*+-.:?@^_~"
URI_SYM = "-._~!*"


class Doc:
    """One file: a list of lines plus labels. Every label owns whole lines; at most one label per line."""

    def __init__(self, path, crlf=False, fmt=None, free=False):
        self.path, self.crlf, self.fmt, self.free = path, crlf, fmt, free
        self.lines = []
        self.items = []

    def __len__(self):
        return len(self.lines)

    def t(self, text=""):
        for ln in text.split("\n"):
            self.lines.append(ln)
        return self

    def _label(self, kind, first, last, value, cat, **extra):
        it = {"kind": kind, "line": first, "category": cat, "value": value}
        if last != first:
            it["span"] = [first, last]
        it.update(extra)
        self.items.append(it)
        return it

    def _one(self, kind, text, value, cat, **extra):
        if "@@" in text:
            text = text.replace("@@", value, 1)
        if value not in text:
            raise ValueError("value %r not in line %r (%s)" % (value, text, self.path))
        if "\n" in text:
            raise ValueError("newline in labelled line: %r" % text)
        self.lines.append(text)
        n = len(self.lines)
        return self._label(kind, n, n, value, cat, **extra)

    def s(self, text, value, cat, group="generic", **extra):
        """A secret on one line; '@@' in text is replaced by the value."""
        return self._one("secret", text, value, cat, group=group, free_text=self.free, **extra)

    def n(self, text, value, cat):
        """A negative on one line."""
        return self._one("negative", text, value, cat)

    def pair(self, id_text, id_value, sec_text, sec_value, cat, group="provider"):
        """Key ID line then secret line: one label, line = secret line, span covers both."""
        id_text = id_text.replace("@@", id_value, 1)
        sec_text = sec_text.replace("@@", sec_value, 1)
        assert id_value in id_text and sec_value in sec_text, (id_text, sec_text)
        self.lines.append(id_text)
        a = len(self.lines)
        self.lines.append(sec_text)
        b = len(self.lines)
        it = {"kind": "secret", "line": b, "span": [a, b], "category": cat, "value": sec_value,
              "group": group, "free_text": self.free,
              "anchors": [[a, id_value, "id"], [b, sec_value, "secret"]]}
        self.items.append(it)
        return it

    def block(self, lines, kind, cat, value=None, **extra):
        """Several lines owned by one label (line = first, span = [first, last])."""
        a = len(self.lines) + 1
        self.lines.extend(lines)
        b = len(self.lines)
        if value is None:
            value = "\n".join(lines)
        if kind == "secret":
            extra.setdefault("group", "key")
            extra.setdefault("free_text", self.free)
        return self._label(kind, a, b, value, cat, **extra)

    def render(self):
        nl = "\r\n" if self.crlf else "\n"
        return nl.join(self.lines) + nl


# ---------------------------------------------------------------- encodings and checksums
def b62encode(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc32_b62(body):
    return b62encode(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def b64(data):
    return base64.b64encode(data).decode()


def b64url(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def cjson(obj):
    return json.dumps(obj, separators=(",", ":"), sort_keys=False)


def jdump(obj, indent=2):
    return json.dumps(obj, indent=indent, ensure_ascii=False)


def jstr(s):
    """A JSON string literal body (without quotes)."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "g": "9", "b": "8"}


# ---------------------------------------------------------------- context
class Ctx:
    """Per-theme random stream, people, hosts and value styles."""

    def __init__(self, seed, theme, lang, variant, used):
        self.seed = seed
        self.theme = theme
        self.lang = lang
        self.v = variant
        self.rng = random.Random("twentyfourth:%d:%s" % (seed, theme.key))
        self.used = used            # corpus-wide set of values (membership only)
        self.people = [self._person() for _ in range(9)]
        base = datetime.date(2024, 1, 1).toordinal() + self.rng.randrange(0, 520)
        self.base_day = base
        self.day_i = 0

    # ---- basic random
    def r(self, a, b):
        return self.rng.randint(a, b)

    def choice(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def sample(self, seq, k):
        return self.rng.sample(list(seq), k)

    def chance(self, p):
        return self.rng.random() < p

    def chars(self, alphabet, n):
        return "".join(alphabet[self.rng.randrange(len(alphabet))] for _ in range(n))

    def hexs(self, n):
        return self.chars(HEXD, n)

    def alnum(self, n):
        return self.chars(ALNUM, n)

    def digits(self, n):
        return self.chars(string.digits, n)

    def rbytes(self, n):
        return bytes(self.rng.randrange(256) for _ in range(n))

    def uuid(self):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + "89ab"[self.rng.randrange(4)] + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def ulid(self):
        return self.chars("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 26).replace("8", "0", 0)

    def sha(self, n=40):
        return self.hexs(n)

    def uniq(self, fn, *a):
        for _ in range(100):
            v = fn(*a)
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("cannot draw a unique value")

    # ---- dates
    def date(self, step=None):
        self.day_i += step if step is not None else self.r(0, 3)
        return datetime.date.fromordinal(self.base_day + self.day_i)

    def ts(self):
        d = self.date(0)
        return "%sT%02d:%02d:%02dZ" % (d.isoformat(), self.r(6, 19), self.r(0, 59), self.r(0, 59))

    def epoch(self):
        d = self.date(0)
        return (d.toordinal() - datetime.date(1970, 1, 1).toordinal()) * 86400 + self.r(21600, 68000)

    # ---- people and hosts
    def _person(self):
        L = self.lang
        female = self.chance(0.5)
        given = self.choice(L.given_f if female else L.given_m)
        sur = self.choice(L.surnames)
        if L.fem_surname and female:
            sur = L.fem_surname(sur)
        full = L.fullname(given[0], sur[0])
        handle = (given[1] + "." + sur[1]).lower()
        return {"given": given[0], "g_ascii": given[1], "full": full, "handle": handle,
                "user": (given[1][0] + sur[1]).lower().replace("'", ""),
                "email": handle + "@" + self.v["domain"]}

    def person(self, i=None):
        return self.people[i] if i is not None else self.choice(self.people)

    def host(self, role=None):
        role = role or self.choice(self.theme.systems)
        return "%s-%02d.%s" % (role, self.r(1, 24), self.v["internal"])

    def svc_user(self):
        return self.choice(["svc_", "app_", "sys", "", "int_"]) + self.choice(self.theme.systems).replace("-", "_")

    # ---- password styles
    def word(self):
        return self.choice(self.lang.words)

    def _strong(self, n=None, sym=SAFE_SYM):
        n = n or self.r(14, 24)
        al = ALNUM + sym
        while True:
            s = self.chars(al, n)
            if any(c in sym for c in s) and any(c.isdigit() for c in s) and s[0] not in "-:?":
                return s

    def _weak(self):
        w = self.word().capitalize()
        tail = self.choice([str(self.r(1970, 2025)), str(self.r(10, 99)), str(self.r(100, 999))])
        s = w + tail + self.choice(["", "!", "*", ".", "?", "#"[:0]])
        return s if len(s) >= 8 else s + self.digits(8 - len(s))

    def _leet(self):
        w = "".join(LEET.get(c, c) if self.chance(0.7) else c for c in (self.word() + self.word()))
        return w + str(self.r(10, 99)) + self.choice("!*?.+")

    def _phrase(self, spaces=False):
        ws = [self.word() for _ in range(self.r(3, 4))]
        sep = " " if spaces else self.choice(["-", ".", "_", "+"])
        return sep.join(ws) + sep + str(self.r(10, 999))

    def _punct(self):
        return self.choice([".", "!", "+", "_", "~"]) + self.word().capitalize() + self.digits(self.r(3, 5)) + self.choice(["", "z", "q", "x"])

    def pw(self, style=None, spaces=False, uri=False, n=None):
        styles = ["strong", "strong", "weak", "weak", "leet", "phrase", "punct", "b64", "alnum"]
        if spaces:
            styles.append("space")
        def draw():
            st = style or self.choice(styles)
            if st == "strong":
                return self._strong(n, URI_SYM if uri else SAFE_SYM)
            if st == "weak":
                return self._weak()
            if st == "leet":
                return self._leet()
            if st == "phrase":
                return self._phrase()
            if st == "space":
                return self._phrase(True)
            if st == "punct":
                return self._punct()
            if st == "b64":
                v = b64(self.rbytes(self.choice([18, 24, 30])))
                return v.replace("/", "_").replace("+", "-") if uri else v
            if st == "hex":
                return self.hexs(n or 32)
            return self.alnum(n or self.r(16, 32))
        if uri:
            raw = draw
            def draw():
                while True:
                    x = raw()
                    if not any(c in x for c in "@:/?#% "):
                        return x
        v = self.uniq(draw)
        if uri:
            assert not any(c in v for c in "@:/?#% "), v
        return v

    def hexkey(self, n=32):
        return self.uniq(self.hexs, n)

    def b64key(self, nbytes=32):
        return self.uniq(lambda: b64(self.rbytes(nbytes)))

    def token(self, n=32, alphabet=ALNUM):
        return self.uniq(self.chars, alphabet, n)

    def serial(self, prefix=""):
        return prefix + self.chars(string.ascii_uppercase, 2) + self.digits(6)

    def day(self):
        return self.date().isoformat()


def sha256_hex(s):
    return hashlib.sha256(s.encode()).hexdigest()


# ---------------------------------------------------------------- hash-shaped negatives
BCRYPT_AL = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits


def h_bcrypt(ctx, v="$2y$"):
    return v + "%02d$" % ctx.choice([10, 11, 12]) + ctx.chars(BCRYPT_AL, 53)


def h_sha512crypt(ctx):
    return "$6$" + ctx.chars(BCRYPT_AL, 16) + "$" + ctx.chars(BCRYPT_AL, 86)


def h_pbkdf2(ctx):
    return "pbkdf2_sha256$720000$%s$%s" % (ctx.alnum(22), b64(ctx.rbytes(32)))


def path(ctx, sub):
    return ctx.theme.key + "/" + sub
