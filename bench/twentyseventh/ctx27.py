"""Per-theme context: organisation variant, people, hosts, value styles, uniqueness."""

import datetime
import hashlib

from core27 import ALNUM, DIG, HEX, LOWER, UPPER, rs, stream, uuid4
from lang27a import LANGS, native_digits
from lang27b import P
import lang27c  # noqa: F401  (fills P for the second five languages)

SYMS = "!#%&*+-_=?@^~."
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
STYLES = ["strong", "human", "leet", "phrase", "punct", "weak", "year"]
WEIGHTS = [30, 20, 10, 10, 8, 8, 8]


class Person:
    def __init__(self, native, latin, handle, email, gender):
        self.native, self.latin, self.handle, self.email, self.gender = native, latin, handle, email, gender

    def name(self, english=False):
        return self.latin if english else self.native


class Ctx:
    def __init__(self, seed, theme, reg):
        self.seed = seed
        self.t = theme
        self.dir = theme["dir"]
        self.lang = theme["lang"]
        self.L = LANGS[self.lang]
        self.r = stream(seed, self.dir)
        vr = stream(seed, self.dir, "variant")
        self.kr = stream(seed, self.dir, "keys")
        self.er = stream(seed, self.dir, "english")
        self.reg = reg
        o = vr.choice(theme["orgs"])
        self.org_native, self.org, self.domain, self.city = o
        self.internal = theme["internal"]
        self.people = []
        used = set()
        while len(self.people) < 12:
            g = vr.choice(["m", "f"])
            gn, gl = vr.choice(self.L["given_m"] if g == "m" else self.L["given_f"])
            fn, fl = vr.choice(self.L["family"])
            if (gl, fl) in used:
                continue
            used.add((gl, fl))
            gend = self.L["gendered"]
            if gend == "ky":
                if vr.random() < 0.6:
                    vowel = fn[-1] in "аеыоуэюя"
                    stem, lstem = (fn[:-1] + "и", fl[:-1] + "i") if fn[-1] == "ы" else (fn, fl)
                    suf = ("ев", "ev") if vowel else ("ов", "ov")
                    fem = ("а", "a") if g == "f" else ("", "")
                    fn, fl = stem + suf[0] + fem[0], lstem + suf[1] + fem[1]
                else:
                    fn, fl = fn + (" уулу" if g == "m" else " кызы"), fl + (" uulu" if g == "m" else " kyzy")
            elif gend:
                mid = gend[0] if g == "m" else gend[1]
                fn, fl = mid[0] + " " + fn, mid[1] + " " + fl
            native, latin = gn + " " + fn, gl + " " + fl
            last = fl.split()[-1].lower()
            handle = "%s.%s" % (gl.lower(), last) if vr.random() < 0.6 else "%s%s" % (gl[0].lower(), last)
            self.people.append(Person(native, latin, handle, handle + "@" + self.domain, g))
        start = datetime.date(2024, 3, 1) + datetime.timedelta(days=vr.randrange(0, 420))
        self.day0 = start

    # ------------------------------------------------------------ helpers
    def person(self, rng=None):
        return (rng or self.r).choice(self.people)

    def persons(self, k, rng=None):
        return (rng or self.r).sample(self.people, k)

    def sysname(self, rng=None):
        return (rng or self.r).choice(self.t["systems"])

    def word(self, rng=None):
        return (rng or self.r).choice(self.L["words"])

    def host(self, prefix=None, external=False, rng=None):
        r = rng or self.r
        prefix = prefix or r.choice(self.t["hosts"])
        if external:
            return "%s.%s" % (prefix, self.domain)
        return "%s%02d.%s" % (prefix, r.randrange(1, 20), self.internal)

    def ip(self, rng=None):
        r = rng or self.r
        return "10.%d.%d.%d" % (r.randrange(1, 250), r.randrange(0, 250), r.randrange(2, 250))

    def date(self, offset=None, rng=None):
        r = rng or self.r
        return self.day0 + datetime.timedelta(days=offset if offset is not None else r.randrange(0, 60))

    def stamp(self, d=None, rng=None):
        r = rng or self.r
        d = d or self.date(rng=r)
        return "%sT%02d:%02d:%02d" % (d.isoformat(), r.randrange(7, 20), r.randrange(60), r.randrange(60))

    def phrase(self, key, english=False, **kw):
        d = P["en" if english else self.lang]
        s = d[key]
        return s.format(**kw) if isinstance(s, str) else s

    def phrases(self, key, english=False):
        return P["en" if english else self.lang][key]

    def english_slot(self):
        """One free-text file in five is in English instead of the theme's language."""
        return self.er.random() < 0.2

    # ------------------------------------------------------------ uniqueness
    def uniq(self, fn):
        return self.reg.fresh(fn)

    def claim(self, v):
        if not self.reg.claim(v):
            raise RuntimeError("duplicate fixed value %r" % v)
        return v

    # ------------------------------------------------------------ negatives that look like secrets
    def hexid(self, n, rng=None):
        r = rng or self.r
        return self.uniq(lambda: rs(r, HEX, n))

    def uuid(self, rng=None):
        r = rng or self.r
        return self.uniq(lambda: uuid4(r))

    def sha256(self, rng=None):
        r = rng or self.r
        return self.uniq(lambda: hashlib.sha256(rs(r, ALNUM, 24).encode()).hexdigest())

    def masked(self, v, rng=None):
        r = rng or self.r

        def f():
            k = r.randrange(4)
            if k == 0:
                return "****" + v[-4:]
            if k == 1:
                return v[:min(8, len(v) // 3)] + "…" + "X" * 4
            if k == 2:
                return v[:min(8, len(v) // 3)] + "…" + v[-4:]
            return v[:4] + "*" * 12 + v[-3:]
        return self.uniq(f)

    # ------------------------------------------------------------ generic secret values
    def pw(self, style=None, native=False, rng=None, min_len=8):
        r = rng or self.r
        if native and self.L["native_words"] and r.random() < 0.5:
            style = "native"
        style = style or r.choices(STYLES, WEIGHTS)[0]
        return self.uniq(lambda: self._pw(style, r, min_len))

    def _pw(self, style, r, min_len):
        w = r.choice(self.L["words"])
        if style == "strong":
            n = r.randrange(max(14, min_len), 23)
            s = [r.choice(ALNUM + SYMS if r.random() < 0.85 else SYMS) for _ in range(n)]
            s[0] = r.choice(ALNUM)
            return "".join(s)
        if style == "human":
            tail = r.choice(["", r.choice(SYMS)])
            return (w if r.random() < 0.7 else w.lower()) + str(r.randrange(10, 9999)) + tail + \
                ("" if tail else r.choice(SYMS))
        if style == "leet":
            s = "".join(LEET.get(c, c) if r.random() < 0.6 else c for c in w.lower())
            return s[0].upper() + s[1:] + r.choice(SYMS) + str(r.randrange(10, 999))
        if style == "phrase":
            ws = r.sample(self.L["words"], 3)
            sep = r.choice("-.+_")
            return sep.join(x.lower() for x in ws) + sep + str(r.randrange(10, 999))
        if style == "punct":
            return r.choice(SYMS) + w[:r.randrange(3, 6)] + str(r.randrange(1000, 99999)) + r.choice(LOWER)
        if style == "weak":
            return w.lower() + str(r.randrange(1000, 9999))
        if style == "year":
            era, y = self.L["year"](self.day0.year)
            return w + r.choice("@#!_") + str(y)
        if style == "native":
            nw = r.choice(self.L["native_words"])
            digits = str(r.randrange(100, 9999))
            if self.L["digits"] and r.random() < 0.3:
                digits = native_digits(self.lang, digits)
            return nw + digits + r.choice("!#.@")
        raise ValueError(style)

    def pin(self, n=6, rng=None):
        r = rng or self.r
        return self.uniq(lambda: rs(r, DIG, n))

    def key_hex(self, n, rng=None, upper=False):
        r = rng or self.r
        return self.uniq(lambda: rs(r, HEX.upper() if upper else HEX, n))

    def key_alnum(self, n, rng=None):
        r = rng or self.r
        return self.uniq(lambda: rs(r, ALNUM, n))

    def user(self, rng=None):
        r = rng or self.r
        return r.choice(["svc_", "app_", "", "", "ops_"]) + r.choice(self.t["users"])

    def upper_code(self, n, rng=None):
        r = rng or self.r
        return self.uniq(lambda: rs(r, UPPER + DIG, n))
