"""Per-theme context: organisation variant, people, hosts, and value styles drawn from the theme's seeded stream."""

import prov25
from core25 import ALNUM, STRONG, b64, rand_str, rbytes, rhex, rng, ruuid
from lang25a import NAMES, WORDS, YEARS, on_latin_layout
from lang25b import P

SYMS = "!#%*+?@.-_"
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


class Ctx:
    def __init__(self, seed, theme, registry):
        self.seed, self.t, self.registry = seed, theme, registry
        self.dir, self.lang = theme["dir"], theme["lang"]
        self.r = rng(seed, self.dir)
        vr = rng(seed, self.dir, "variant")
        self.org, self.org_latin, self.domain, self.city, self.suffix = vr.choice(theme["variants"])
        self.slug = self.domain.split(".")[0]
        self.inner = self.slug + "." + self.suffix
        self.P = P[self.lang]
        self.people = self._people(vr)
        self.deals = {}

    # ---------------------------------------------------------- people and places
    def _people(self, vr):
        given, surnames = NAMES[self.lang]
        out, seen = [], set()
        order = list(range(len(given)))
        vr.shuffle(order)
        for gi in order[:6]:
            g = given[gi]
            sm, sf, lm, lf = vr.choice(surnames)
            fem = g[2] == "f"
            native = "%s %s" % (g[0], sf if fem else sm)
            if self.lang == "hy" and vr.random() < 0.3:
                native = g[0] + " " + (sf if fem else sm)
            latin_sur = (lf if fem else lm).replace(" ", "")
            handle = "%s.%s" % (g[1], latin_sur)
            if handle in seen:
                continue
            seen.add(handle)
            out.append({"name": native, "first": g[0], "latin": g[1], "handle": handle,
                        "email": "%s@%s" % (handle, self.domain), "fem": fem})
        return out

    def person(self, exclude=None):
        pool = [p for p in self.people if p is not exclude]
        return self.r.choice(pool)

    def host(self, role):
        return "%s%02d.%s" % (role, self.r.randint(1, 9), self.inner)

    def ip(self):
        return "10.%d.%d.%d" % (self.r.randint(10, 60), self.r.randint(0, 254), self.r.randint(2, 250))

    def system(self):
        return self.r.choice(self.t["systems"])

    def date(self):
        return "%04d-%02d-%02d" % (self.r.randint(2023, 2025), self.r.randint(1, 12), self.r.randint(1, 28))

    # ---------------------------------------------------------- uniqueness
    def uniq(self, fn):
        for _ in range(200):
            v = fn()
            if v not in self.registry:
                self.registry.add(v)
                return v
        raise RuntimeError("could not draw a unique value")

    # ---------------------------------------------------------- value styles
    def _word(self):
        return self.r.choice(WORDS[self.lang])

    def _year(self):
        lo, hi = YEARS.get(self.lang, (1975, 2025))
        if self.r.random() < 0.3 and self.lang in YEARS:
            lo, hi = 1985, 2025
        return str(self.r.randint(lo, hi))

    URI = "@:/?#%+&;=[] "

    def pw(self, style=None, spaces=False, native=False, avoid=""):
        """A password in one of several human or generated styles; avoid lists characters the context cannot hold."""
        r = self.r
        if style is None:
            styles = ["human"] * 4 + ["strong"] * 3 + ["leet", "phrase", "weak", "punct"]
            if self.lang in ("ru", "he", "ar"):
                styles += ["layout", "layout"]
            style = r.choice(styles)
        if native:
            style = "native"

        def make():
            w = self._word()
            if style == "human":
                a = w[0].capitalize()
                return r.choice(["%s%s%s", "%s%s%s", "%s@%s%s"]) % (a, self._year(), r.choice(SYMS)) if r.random() < 0.7 \
                    else "%s_%s%s" % (a, self._year()[-2:], r.choice(SYMS))
            if style == "strong":
                return rand_str(r, r.randint(14, 22), STRONG)
            if style == "leet":
                s = "".join(LEET.get(c, c) for c in w[0])
                return s + r.choice(SYMS) + str(r.randint(10, 999))
            if style == "phrase":
                sep = r.choice([" ", "-", ".", "_"] if spaces else ["-", ".", "_", "+"])
                ws = [w2[0] for w2 in r.sample(WORDS[self.lang], r.randint(3, 4))]
                return sep.join(ws) + sep + str(r.randint(10, 999))
            if style == "weak":
                return w[0] + str(r.randint(100, 9999))
            if style == "punct":
                return r.choice("!#+@") + w[0].capitalize() + str(r.randint(10, 99999)) + r.choice("xyzq")
            if style == "layout":
                typed = on_latin_layout(self.lang, w[1])
                if not typed or not typed.isascii():
                    return w[0].capitalize() + self._year()
                return typed + (self._year() if len(typed) < 5 else self._year()[-2:]) + r.choice("!?#")
            if style == "native":
                return w[1][:1].upper() + w[1][1:] + self._year() + r.choice(SYMS)
            raise KeyError(style)

        def clean():
            nonlocal style
            for i in range(100):
                v = make()
                if not any(ch in v for ch in avoid):
                    return v
                if i % 20 == 19:                 # this style cannot fit the context: fall back to a plainer one
                    style = r.choice(["weak", "human", "leet"])
            raise RuntimeError("no password without " + avoid)
        return self.uniq(clean)

    def strong(self, lo=16, hi=24, alphabet=STRONG, avoid=""):
        alphabet = "".join(ch for ch in alphabet if ch not in avoid)
        return self.uniq(lambda: rand_str(self.r, self.r.randint(lo, hi), alphabet))

    def alnum(self, n):
        return self.uniq(lambda: rand_str(self.r, n, ALNUM))

    def hexs(self, n):
        return self.uniq(lambda: rhex(self.r, n))

    def b64s(self, nbytes):
        return self.uniq(lambda: b64(rbytes(self.r, nbytes)))

    def uuid(self):
        return self.uniq(lambda: ruuid(self.r))

    def user(self):
        return self.r.choice(["svc_" + self.slug[:6].replace("-", ""), "etl", "app", "ops", "deploy", "backup", "report",
                              "svc-sync", "integration", "lims"])

    def tok(self, shape, **cx):
        cx.setdefault("slug", self.slug)
        box = {}

        def make():
            v, c, n = prov25.token(self.r, shape, cx)
            box["c"], box["n"] = c, n
            return v
        v = self.uniq(make)
        return v, box["c"], box["n"]

    def pair(self, kind):
        while True:
            i, s, c, idn, secn = prov25.pair(self.r, kind)
            if i not in self.registry and s not in self.registry:
                self.registry.add(i)
                self.registry.add(s)
                return i, s, c, idn, secn

    def public(self, kind):
        box = {}

        def make():
            v, c = prov25.public_value(self.r, kind)
            box["c"] = c
            return v
        return self.uniq(make), box["c"]

    def neg(self, fn):
        return self.uniq(fn)

    def phrase(self, key, **kw):
        pat = self.P[key]
        if isinstance(pat, list):
            pat = self.r.choice(pat)
        kw.setdefault("sys", self.system())
        kw.setdefault("who", self.person()["first"])
        kw.setdefault("ssid", self.r.choice(self.t["ssids"]))
        kw.setdefault("date", self.date())
        return pat.format(**kw)
