"""Per-theme context: organisation, people, hosts, value generators, and the corpus-wide registry."""

import unicodedata

import prov30
from core30 import ALNUM, SYMS, URI_SYMS, Doc, Stream
from lang30 import L, native_digits
from themes30 import BY_KEY

EXTRA_WORDS = ["river", "lantern", "copper", "harbor", "maple", "orbit", "basalt", "willow", "ember", "cobalt", "meadow",
               "falcon", "quartz", "saddle", "tundra", "pepper"]
LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -")).strip()


class Registry:
    def __init__(self):
        self.secrets = set()

    def take(self, v):
        if v in self.secrets:
            return False
        self.secrets.add(v)
        return True


class Ctx:
    def __init__(self, seed, key, reg):
        self.seed, self.key, self.reg = seed, key, reg
        th = BY_KEY[key]
        self.th, self.lang = th, th["lang"]
        self.L = L[self.lang]
        r = self.r("variant")
        v = r.pick(th["variants"])
        self.org_native, self.org, self.domain, self.city = v
        self.suffix = r.pick(["lan", "corp", "internal", "office", "local"])
        people = []
        given = r.sample_list(th["given"], 6)
        for g in given:
            f = r.pick(th["family"])
            gn, gl = g
            fn, fl = f
            if self.lang == "ce" and gl in ("Zarema", "Madina", "Khava", "Liana"):
                fn, fl = fn + "а", fl + "a"
            handle = (fold(gl)[0] + fold(fl)).lower().replace(" ", "")
            people.append({"given": gl, "family": fl, "native": "%s %s" % (gn, fn), "name": "%s %s" % (gl, fl),
                           "handle": handle, "email": "%s.%s@%s" % (fold(gl).lower(), fold(fl).lower().replace(" ", ""),
                                                                    self.domain)})
        self.people = people
        self.systems = th["systems"]
        self.docs = []

    # streams and documents
    def r(self, part):
        return Stream(self.seed, self.key, part)

    def doc(self, path, **kw):
        d = Doc(self.key + "/" + path, **kw)
        self.docs.append(d)
        return d

    def host(self, sys_name):
        return "%s.%s.%s" % (sys_name, self.domain.split(".")[0], self.suffix)

    def person(self, r):
        return r.pick(self.people)

    # values
    def fresh(self, fn, tries=200):
        for _ in range(tries):
            v = fn()
            if len(v) >= 6 and self.reg.take(v):
                return v
        raise RuntimeError("could not draw a fresh value")

    def pw(self, r, style=None, uri=False):
        styles = ["strong", "strong", "human", "leet", "phrase", "weak", "year"]
        if self.th.get("native_words") and not uri:
            styles.append("native")
        style = style or r.pick(styles)
        words = [fold(w) for w in self.th["words"]]
        syms = URI_SYMS if uri else SYMS

        def gen():
            if style == "strong":
                n = r.randrange(16, 25)
                s = r.chars(ALNUM + syms, n)
                return r.pick("ABCDEFGHJKLMNPQRSTUVWXYZ") + s + r.pick(syms) + r.digits(1, False)
            if style == "human":
                return r.pick(words) + r.digits(r.randrange(3, 5), False) + r.pick(syms)
            if style == "leet":
                w = r.pick(words).lower() + r.pick(EXTRA_WORDS)
                return w.translate(LEET) + r.digits(2, False) + r.pick(syms)
            if style == "phrase":
                sep = "." if uri else r.pick([".", "-", "_"])
                ws = [r.pick(words).lower(), r.pick(EXTRA_WORDS), r.pick(words).lower(), r.digits(3, False)]
                return sep.join(ws)
            if style == "weak":
                return r.pick(words).lower() + r.digits(4, False)
            if style == "year":
                return r.pick(words) + str(r.randrange(1975, 2026)) + r.pick("!.?*")
            w = r.pick(self.th["native_words"])
            num = r.digits(4, False)
            return w + (native_digits(self.lang, num) if r.chance(0.5) else num) + r.pick("!.*")
        return self.fresh(gen)

    def pin(self, r):
        return self.fresh(lambda: r.digits(r.choice([6, 7, 8])))

    def tok(self, r, name):
        fn, cat, var = prov30.TOKENS[name]
        return self.fresh(lambda: fn(r)), cat, var

    def pair(self, r, name):
        while True:
            i, s, cat, iv, sv = prov30.pair(r, name)
            if self.reg.take(s):
                return i, s, cat, iv, sv

    def rand(self, r, fn):
        return self.fresh(fn)

    def hexs(self, r, n):
        return self.fresh(lambda: r.hex(n))

    def alnum(self, r, n):
        return self.fresh(lambda: r.alnum(n))

    def b64(self, r, nbytes):
        return self.fresh(lambda: r.b64(nbytes))
