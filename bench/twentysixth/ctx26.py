"""Per-theme context: organisation, people, hosts, a corpus-wide uniqueness registry and value styles."""

import datetime
import hashlib
import string

import prov26
from core26 import ALNUM, HEX, UPPER_ALNUM, stream
from lang26a import LANGS
from lang26b import PHRASES

SYM = "!#%*+-.=?@^_~"
URL_SYM = "-._~!*"
BAT_SYM = "-_.#+=@"


class Person:
    def __init__(self, native, latin, handle, email, female):
        self.native = native
        self.latin = latin
        self.handle = handle
        self.email = email
        self.female = female


class Registry:
    """Corpus-wide: every labelled value is unique (membership only, never iterated)."""

    def __init__(self):
        self.seen = set()

    def take(self, value):
        if value in self.seen:
            return False
        self.seen.add(value)
        return True


class Ctx:
    def __init__(self, seed, theme, registry, variant_idx):
        self.seed = seed
        self.theme = theme
        self.slug = theme["slug"]
        self.lang = theme["lang"]
        self.r = stream(seed, self.slug)
        self.reg = registry
        self.L = LANGS[self.lang]
        self.P = PHRASES[self.lang]
        self.EN = PHRASES["en"]
        v = theme["variants"][variant_idx]
        self.org_native, self.org_latin, self.domain, self.city = v
        self.internal = self.domain.split(".")[0] + "." + theme["internal"]
        vr = stream(seed, self.slug, "variant")
        self.people = self._people(vr)
        self.years = [2023, 2024, 2025]

    # ------------------------------------------------------------ people
    def _people(self, r):
        L = self.L
        out, used = [], set()
        while len(out) < 10:
            female = r.random() < 0.5
            g = r.choice(L["given_f"] if female else L["given_m"])
            f = r.choice(L["family"])
            if isinstance(f[0], tuple):
                fam_n, fam_l = (f[0][1], f[1][1]) if female else (f[0][0], f[1][0])
            else:
                fam_n, fam_l = f
            if (g[1], fam_l) in used:
                continue
            used.add((g[1], fam_l))
            if L["family_first"]:
                native, latin = fam_n + " " + g[0], fam_l + " " + g[1]
            else:
                native, latin = g[0] + " " + fam_n, g[1] + " " + fam_l
            gl = g[1].lower().replace("-", "").replace("'", "")
            fl = fam_l.lower().replace("-", "").replace("'", "")
            handle = r.choice([gl + "." + fl, gl[0] + fl, gl + fl[0], gl + "_" + fl[:3]])
            out.append(Person(native, latin, handle, handle + "@" + self.domain, female))
        return out

    def person(self, exclude=None):
        while True:
            p = self.r.choice(self.people)
            if exclude is None or p is not exclude:
                return p

    def two(self):
        a = self.person()
        return a, self.person(exclude=a)

    # ------------------------------------------------------------ hosts and dates
    def host(self, role):
        return "%s%02d.%s" % (role, self.r.randrange(1, 20), self.internal)

    def ip(self):
        return "10.%d.%d.%d" % (self.r.randrange(10, 60), self.r.randrange(0, 255), self.r.randrange(2, 250))

    def date(self, year=None):
        y = year or self.r.choice(self.years)
        d = datetime.date(y, 1, 1) + datetime.timedelta(days=self.r.randrange(0, 364))
        return d

    def ds(self, year=None):
        return self.date(year).isoformat()

    def ts(self, year=None):
        return "%sT%02d:%02d:%02d" % (self.ds(year), self.r.randrange(6, 22), self.r.randrange(60), self.r.randrange(60))

    def epoch_ms(self):
        return 1704067200000 + self.r.randrange(0, 60000000000)

    # ------------------------------------------------------------ uniqueness
    def uniq(self, fn, tries=200):
        for _ in range(tries):
            v = fn()
            if self.reg.take(v):
                return v
        raise RuntimeError("could not draw a unique value in %s" % self.slug)

    def claim(self, value):
        """Register a value built elsewhere (e.g. a sentence); returns False if already used."""
        return self.reg.take(value)

    # ------------------------------------------------------------ random pieces
    def rs(self, n, alphabet=ALNUM):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n):
        return self.rs(n, HEX)

    def uuid(self):
        return self.uniq(lambda: prov26.uuid4(self.r))

    def sha256(self):
        return self.uniq(lambda: hashlib.sha256(self.rs(24).encode()).hexdigest())

    def gitsha(self):
        return self.uniq(lambda: self.hexs(40))

    def reqid(self):
        return self.uniq(lambda: self.r.choice(["req_", "rid-", "", "trace-"]) + self.hexs(self.r.choice([16, 24, 32])))

    def serial(self, prefix=""):
        return self.uniq(lambda: prefix + self.rs(self.r.choice([8, 10, 12]), UPPER_ALNUM))

    def imei(self):
        from core26 import luhn_digit
        return self.uniq(lambda: (lambda d: d + luhn_digit(d))("35" + "".join(self.r.choice(string.digits)
                                                                              for _ in range(12))))

    def masked(self, value, keep=4):
        import re
        m = re.match(r"^[A-Za-z0-9]{1,12}[_-]", value)
        head = m.group(0) if m else value[:3]
        return self.uniq(lambda: head + self.r.choice(["****", "…", "********", "xxxx", "•••••"]) + value[-keep:])

    # ------------------------------------------------------------ secret values
    def pw(self, style=None, sym=SYM, native=False, min_len=8):
        styles = ["strong", "strong", "human", "human", "leet", "phrase", "punct", "weak", "year"]
        return self.uniq(lambda: self._pw(style or self.r.choice(styles), sym, native, min_len))

    def _pw(self, style, sym, native, min_len):
        r = self.r
        words = self.L["words"]
        s = r.choice(sym)
        if native and self.L["native_words"]:
            return r.choice(self.L["native_words"]) + str(r.randrange(10, 2100)) + r.choice("!.#")
        if style == "strong":
            n = r.randrange(max(min_len, 14), 25)
            while True:
                v = "".join(r.choice(ALNUM + sym) for _ in range(n))
                if any(c.isdigit() for c in v) and any(c in sym for c in v) and v[0] not in "-=#":
                    return v
        if style == "human":
            return r.choice(words) + str(r.randrange(10, 999)) + s
        if style == "leet":
            w = r.choice(words)
            table = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"}
            w = "".join(table.get(c, c) if r.random() < 0.6 else c for c in w)
            return w + s + str(r.randrange(10, 99))
        if style == "phrase":
            ws = r.sample(words, 3)
            sep = r.choice([c for c in "-._+" if c in sym] or ["-"])
            return sep.join(w.lower() for w in ws) + sep + str(r.randrange(100, 999))
        if style == "punct":
            c = r.choice([x for x in "#!%*@" if x in sym] or [s])
            return c + r.choice(words) + str(r.randrange(100, 99999)) + r.choice("xyzqk")
        if style == "weak":
            return r.choice(words).lower() + str(r.randrange(1000, 9999))
        if style == "year":
            y = r.choice(self.years)
            cal = self.L.get("year")
            if cal and r.random() < 0.7:
                y = y + cal[1]
            return r.choice(words) + "@" + str(y) if "@" in sym else r.choice(words) + "_" + str(y)
        raise ValueError(style)

    def pin(self, n=6):
        return self.uniq(lambda: "".join(self.r.choice(string.digits) for _ in range(n)))

    def key_hex(self, n=32):
        return self.uniq(lambda: self.hexs(n))

    def key_b64(self, nbytes=32):
        import base64
        return self.uniq(lambda: base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(nbytes))).decode())

    def api_key(self, n=None, alphabet=ALNUM):
        return self.uniq(lambda: self.rs(n or self.r.choice([24, 32, 40]), alphabet))

    def prov(self, cat):
        gen = prov26.SHAPE[cat][2]
        return self.uniq(lambda: gen(self.r))

    def prov_pair(self, cat):
        for c, idn, secn, gen in prov26.PAIRS:
            if c == cat:
                while True:
                    a, b = gen(self.r)
                    if a not in self.reg.seen and b not in self.reg.seen:
                        self.reg.take(a)
                        self.reg.take(b)
                        return a, b
        raise KeyError(cat)

    def public(self, kind):
        return self.uniq(lambda: prov26.public_value(self.r, kind))

    # ------------------------------------------------------------ phrases
    def ph(self, key, en=False, **kw):
        table = self.EN if en else self.P
        t = table[key]
        if isinstance(t, list):
            t = self.r.choice(t)
        return t.format(**kw)

    def sentence(self, key, en=False, **kw):
        """A labelled sentence that must be unique corpus-wide; retries with other parameters."""
        for _ in range(60):
            params = dict(kw)
            if "n" in params and params["n"] is None:
                params["n"] = self.r.randrange(8, 21)
            if "d" in params and params["d"] is None:
                params["d"] = self.r.choice([30, 45, 60, 90, 120, 180])
            if "sys" in params and params["sys"] is None:
                params["sys"] = self.system()
            s = self.ph(key, en=en, **params)
            if self.claim(s):
                return s
        raise RuntimeError("no unique sentence for %s in %s" % (key, self.slug))

    def system(self):
        return self.r.choice(self.theme["systems"])

    def word(self):
        return self.r.choice(self.L["words"])

    def one(self, options):
        """A value from a fixed list that no other label has used yet."""
        free = [o for o in options if o not in self.reg.seen]
        if not free:
            raise RuntimeError("options exhausted in %s: %r" % (self.slug, options[0]))
        v = self.r.choice(free)
        self.reg.take(v)
        return v

    def neg_once(self, d, text, value, cat, **kw):
        """Label a fixed documented value the first time it appears in the corpus; later copies stay unlabelled."""
        if self.claim(value):
            return d.neg(text, value, cat, **kw)
        d.add(text)
        return None
