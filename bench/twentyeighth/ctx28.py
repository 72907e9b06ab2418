"""Per-theme context: organisation variant, people, hosts and the value styles."""

import datetime
import string

from core28 import stream, rstr, SYMS, URLSAFE_SYMS, HEXL, B62, uuid4
from lang28 import LANGS
import prov28

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


class Ctx:
    def __init__(self, seed, theme, registry):
        self.seed = seed
        self.t = theme
        self.dir = theme["dir"]
        self.L = LANGS[theme["lang"]]
        self.EN = LANGS["en"]
        self.reg = registry
        v = self.rng("variant")
        self.org_native, self.org, slug, self.town = v.choice(theme["orgs"])
        self.slug = slug
        self.tld = v.choice(theme["tlds"])
        self.domain = slug + "." + self.tld
        self.internal = slug[:10] + "." + theme["suffix"]
        self.people = []
        given = list(self.L["given"])
        v.shuffle(given)
        for g in given[:6]:
            fam = v.choice(self.L["family"])
            fn, fl = fam
            if g[2] == "f" and "fem" in self.L:
                fn, fl = fn + self.L["fem"][0], fl + self.L["fem"][1]
            handle = (g[1].split("-")[0] + "." + fl).lower().replace("'", "")
            self.people.append({"native": g[0] + " " + fn, "latin": g[1] + " " + fl, "first": g[0],
                                "handle": handle, "email": handle + "@" + self.domain})
        self.start = datetime.datetime(2025, 1, 6, 8, 0) + datetime.timedelta(days=v.randrange(0, 420))

    # ---------------------------------------------------------------- streams and small helpers
    def rng(self, *parts):
        return stream("twentyeighth", self.seed, self.dir, *parts)

    def person(self, r):
        return r.choice(self.people)

    def host(self, r, role):
        return "%s%02d.%s" % (role, r.randrange(1, 20), self.internal)

    def system(self, r):
        i = r.randrange(len(self.t["systems"]))
        return self.t["systems"][i], self.t["sysid"][i]

    def when(self, r, days=60):
        return self.start + datetime.timedelta(days=r.randrange(days), minutes=r.randrange(0, 600))

    def uniq(self, make):
        return self.reg.take(make)

    # ---------------------------------------------------------------- secret values (registered, unique)
    def pw(self, r, style=None, url=False, native=False):
        styles = ["strong", "strong", "human", "leet", "phrase", "weak", "year", "dot"]
        st = style or r.choice(styles)
        if native and self.L["native"]:
            st = "native"
        syms = URLSAFE_SYMS if url else SYMS
        words = self.L["words"]

        def make():
            if st == "strong":
                n = r.randrange(14, 23)
                while True:
                    s = rstr(r, string.ascii_letters + string.digits + syms, n)
                    if any(c in syms for c in s) and any(c.isdigit() for c in s) and s[0] not in "-=":
                        return s
            if st == "human":
                return words[r.randrange(len(words))].capitalize() + str(r.randrange(10, 9999)) + r.choice(syms)
            if st == "leet":
                w = "".join(LEET.get(c, c) for c in r.choice(words))
                return w.capitalize() + "-" + str(r.randrange(100, 9999))
            if st == "phrase":
                sep = r.choice(".-_")
                ws = r.sample(words, 3)
                return sep.join(ws) + sep + str(r.randrange(10, 999))
            if st == "weak":
                return r.choice(words) + str(r.randrange(1000, 99999))
            if st == "year":
                era, off = self.L.get("era", ("Gregorian", 0))
                return r.choice(words).capitalize() + r.choice("@_#"[:2]) + str(2025 + off + r.randrange(-1, 2))
            if st == "dot":
                return r.choice(".__") + r.choice(words).capitalize() + str(r.randrange(1000, 99999)) + r.choice("xyzqk")
            if st == "native":
                d = str(r.randrange(100, 9999))
                dg = self.L.get("digits")
                if dg and r.random() < 0.4:
                    d = "".join(dg[int(c)] for c in d)
                return r.choice(self.L["native"]) + d + r.choice("!@*")
            raise ValueError(st)
        v = self.uniq(make)
        if len(v) < 8:
            return self.pw(r, "strong", url=url)
        return v

    def token(self, r, shape):
        return self.uniq(lambda: prov28.make(shape, r))

    def hexs(self, r, n):
        return self.uniq(lambda: rstr(r, HEXL, n))

    def b62s(self, r, n):
        return self.uniq(lambda: rstr(r, B62, n))

    def alnum(self, r, n, alphabet=string.ascii_letters + string.digits):
        return self.uniq(lambda: rstr(r, alphabet, n))

    def pair(self, r, kind):
        pr = prov28.PAIRS[kind]
        out = self.uniq(lambda: "\x00".join(pr(r)))
        return tuple(out.split("\x00"))

    def pin(self, r):
        return self.uniq(lambda: str(r.randrange(10 ** 7, 10 ** 8)))

    # ---------------------------------------------------------------- negative values (not registered)
    def uuid(self, r):
        return uuid4(r)

    def sha(self, r, n=40):
        return rstr(r, HEXL, n)

    def reqid(self, r):
        return "REQ-" + rstr(r, string.ascii_uppercase + string.digits, 10)

    def vaultref(self, r):
        sysid = self.system(r)[1]
        return r.choice(["secret/data/%s/%s" % (self.slug, sysid), "op://%s/%s/password" % (self.slug, sysid),
                         "kv/%s/%s#password" % (self.t["suffix"].replace(".", "-"), sysid)])

    def masked(self, r):
        shape = r.choice(prov28.DEALABLE)
        return prov28.masked(prov28.make(shape, r), r)
