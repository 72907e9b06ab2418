"""Per-theme context: organisation, people, hosts, value generators, and the corpus-wide registry."""

import lang34a
import lang34b
import prov34
from core34 import B62, DIGITS, LOWER, PREFIX, Doc, rhex, rng, rs

LANGS = {"en": lang34a.EN, "dz": lang34a.DZ, "emk": lang34a.EMK, "jje": lang34a.JJE, "ryu": lang34a.RYU,
         "wuu": lang34a.WUU, "mh": lang34b.MH, "naq": lang34b.NAQ, "tyv": lang34b.TYV, "kri": lang34b.KRI,
         "min": lang34b.MIN}

SPECIAL = {"std": "!@^*-_=+.~?", "uri": "-_.~!*", "alnum": "", "shell": "@^*-_=+.~", "xml": "!@^*-_=+.~?"}
PHRASE_WORDS = ["amber", "basket", "cedar", "drum", "ember", "falcon", "garnet", "harbor", "island", "juniper",
                "kettle", "lagoon", "meadow", "nectar", "opal", "pepper", "quartz", "river", "saffron", "timber",
                "velvet", "willow", "zephyr", "copper", "thistle", "marble", "canyon", "sparrow", "lantern", "pebble"]
STYLES = [("strong", 30), ("human", 20), ("leet", 9), ("phrase", 12), ("weak", 9), ("year", 9), ("native", 11)]
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


class Registry:
    """Every secret value is unique corpus-wide; no secret of 6+ characters contains another one of 6+."""

    def __init__(self):
        self.secrets = set()
        self.order = []
        self.negs = set()

    def can(self, v):
        if not v or v in self.secrets or v in self.negs:
            return False
        for s in self.order:
            if len(s) >= 6 and s in v:
                return False
            if len(v) >= 6 and v in s:
                return False
        return True

    def add(self, v):
        self.secrets.add(v)
        self.order.append(v)

    def neg(self, v):
        if v in self.secrets:
            raise ValueError("negative equals a secret: %r" % v)
        self.negs.add(v)


class Person:
    def __init__(self, native, latin, domain):
        self.native, self.latin = native, latin
        parts = latin.lower().replace("'", "").split()
        self.handle = parts[0] if len(parts) == 1 else parts[0] + "." + parts[-1]
        self.email = self.handle + "@" + domain
        self.first = latin.split()[0]


class Ctx:
    def __init__(self, seed, theme, reg):
        self.seed, self.T, self.reg = seed, theme, reg
        self.key = theme["dir"]
        self.L = LANGS[theme["lang"]]
        self.EN = LANGS["en"]
        r = self.r("variant")
        self.org_native, self.org, self.domain = theme["orgs"][r.randrange(3)]
        self.slug = self.domain.split(".")[0]
        self.people = [Person(n, l, self.domain) for n, l in r.sample(theme["people"], 6)]
        self.systems = theme["systems"]
        self.docs = []
        self.t0 = 86400 * r.randint(20, 150) + 3600 * r.randint(7, 10)

    def doc(self, rel, lang="en", free=False, crlf=False, fmt=None):
        d = Doc(self.key + "/" + rel, lang, free, crlf, fmt)
        self.docs.append(d)
        return d

    # streams
    def r(self, *parts):
        return rng(PREFIX, self.seed, self.key, *parts)

    # naming
    def host(self, sysname, internal=True):
        return ("%s.int.%s" % (sysname, self.domain)) if internal else ("%s.%s" % (sysname, self.domain))

    def person(self, r):
        return r.choice(self.people)

    def lang(self, code=None):
        return LANGS[code or self.T["lang"]]

    # registry
    def uniq(self, fn, tries=400):
        for _ in range(tries):
            v = fn()
            if self.reg.can(v):
                self.reg.add(v)
                return v
        raise RuntimeError("could not make a unique value in " + self.key)

    def neg(self, v):
        self.reg.neg(v)
        return v

    # passwords
    def pw(self, r, style=None, safe="std"):
        if style is None:
            style = _weighted(r, STYLES)
            if style == "native" and safe not in ("std", "shell", "xml"):
                style = "human"
        return self.uniq(lambda: self._pw(r, style, safe))

    def _pw(self, r, style, safe):
        sp = SPECIAL[safe]
        words = self.T["words"]
        if style == "strong":
            n = r.randint(16, 24)
            alpha = B62 + sp
            while True:
                s = rs(r, n, alpha)
                if any(c.isdigit() for c in s) and any(c.isupper() for c in s):
                    return s
        if style == "human":
            w = r.choice(words)
            tail = str(r.choice([r.randint(10, 99), r.randint(1960, 2025), r.randint(100, 9999)]))
            return w + tail + (r.choice(sp) if sp else str(r.randint(0, 9)))
        if style == "leet":
            w = "".join(LEET.get(c, c) if r.random() < 0.7 else c for c in r.choice(words).lower())
            return w + str(r.randint(10, 99)) + (r.choice(sp) if sp else "x")
        if style == "phrase":
            sep = r.choice("-.") if "-" in sp or "." in sp else ""
            ws = r.sample(PHRASE_WORDS, r.randint(3, 4))
            return sep.join(ws) + sep + str(r.randint(10, 99)) if sep else "".join(w.capitalize() for w in ws) + \
                str(r.randint(10, 99))
        if style == "weak":
            return r.choice(words).lower() + str(r.randint(1000, 9999))
        if style == "year":
            return r.choice(words) + str(r.randint(1960, 2025))
        if style == "native":
            return self._native(r, sp)
        raise ValueError(style)

    def _native(self, r, sp="!@*-_.?"):
        w = r.choice(self.T["native"])
        num = str(r.randint(10, 9999))
        dig = self.L.get("digits")
        if dig and r.random() < 0.6:
            num = "".join(dig[int(c)] for c in num)
        s = w + num
        if sp and r.random() < 0.6:
            s += r.choice(sp)
        return s

    def native_pw(self, r):
        return self.uniq(lambda: self._native(r))

    def pin(self, r, n=None):
        n = n or r.choice([4, 4, 5, 6])
        return self.uniq(lambda: str(r.randint(10 ** (n - 1), 10 ** n - 1)))

    def token(self, r, kind):
        return self.uniq(lambda: prov34.TOKENS[kind][0](r))

    def pair(self, r, kind):
        out = {}

        def gen():
            a, b, name = prov34.pair(r, kind)
            out["id"], out["name"] = a, name
            return b
        sec = self.uniq(gen)
        return out["id"], sec, out["name"]

    def hexs(self, r, n, upper=False):
        return self.uniq(lambda: rhex(r, n, upper))

    def rnd(self, r, n, alphabet=B62):
        return self.uniq(lambda: rs(r, n, alphabet))

    def word_user(self, r):
        return r.choice(["svc", "app", "ops", "deploy", "backup", "report"]) + "_" + self.systems[r.randrange(6)]


def _weighted(r, items):
    total = sum(w for _, w in items)
    x = r.uniform(0, total)
    for name, w in items:
        x -= w
        if x <= 0:
            return name
    return items[-1][0]


def lower_alnum(r, n):
    return rs(r, n, LOWER + DIGITS)
