"""Per-theme context: organisation, people, hosts, value generators, and the corpus-wide registry of secrets."""
import string

import lang32a
import lang32b
import prov32
from core32 import ALNUM, HEX, rhex, rstr, stream, uuid4

LANGS = {"br": lang32a.BR, "rm": lang32a.RM, "sco": lang32a.SCO, "cv": lang32a.CV, "as": lang32a.AS,
         "en": lang32a.EN, "sd": lang32b.SD, "nan": lang32b.NAN, "pap": lang32b.PAP, "om": lang32b.OM,
         "su": lang32b.SU}

SYM = "-._~!*+"          # safe in URIs (userinfo), .env, YAML (never first), INI, XML, JSON
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
EXTRA_WORDS = ["harbour", "copper", "meadow", "lantern", "thistle", "pebble", "falcon", "juniper", "saffron", "walnut",
               "cobalt", "maple", "otter", "quartz", "ember", "willow", "basalt", "heron", "cedar", "tundra", "orchid",
               "marble", "bramble", "coral", "plover", "sorrel", "kestrel", "hazel", "fennel", "larch"]


class Registry:
    """Every secret value is unique corpus-wide and no secret contains another."""

    def __init__(self):
        self.values = []
        self._set = set()

    def ok(self, v):
        if v in self._set:
            return False
        if len(v) >= 6:
            for o in self.values:
                if len(o) >= 6 and (o in v or v in o):
                    return False
        return True

    def add(self, v):
        self.values.append(v)
        self._set.add(v)


class Ctx:
    def __init__(self, seed, theme, reg):
        self.seed = seed
        self.t = theme
        self.dir = theme["dir"]
        self.reg = reg
        r = self.rng("variant")
        self.org_native, self.org, self.domain = theme["orgs"][r.randrange(3)]
        people = list(theme["people"])
        r.shuffle(people)
        self.people = people[:6]
        self.L = LANGS[theme["lang"]]
        self.lang = theme["lang"]
        self.short = self.domain.split(".")[0].split("-")[0]
        self.octet = r.randrange(10, 250)

    def rng(self, *parts):
        return stream(self.seed, self.dir, *parts)

    # ------------------------------------------------------------ names
    def person(self, r):
        return r.choice(self.people)

    def handle(self, r):
        return self.person(r)[1]

    def email(self, p):
        return "%s@%s" % (p[1], self.domain)

    def sysname(self, r):
        return r.choice(self.t["systems"])

    def host(self, r, sys=None):
        return "%s.int.%s" % (sys or self.sysname(r), self.domain)

    def ip(self, r):
        return "10.%d.%d.%d" % (self.octet, r.randrange(1, 40), r.randrange(2, 250))

    def user(self, r):
        return r.choice(["svc_" + self.sysname(r), self.handle(r).split(".")[0], "admin_" + self.short,
                         self.sysname(r) + "_app", "ops"])

    # ------------------------------------------------------------ uniqueness
    def uniq(self, gen, r, tries=200):
        for _ in range(tries):
            v = gen(r)
            if self.reg.ok(v):
                self.reg.add(v)
                return v
        raise RuntimeError("could not find a unique value")

    # ------------------------------------------------------------ passwords
    def _word(self, r):
        return r.choice(self.t["words"] + EXTRA_WORDS[:8] if r.random() < 0.2 else self.t["words"])

    def _digits(self, r, n):
        return "".join(r.choice(string.digits) for _ in range(n))

    def password(self, r, style=None, native=False, maxlen=None):
        styles = ["strong", "strong", "human", "leet", "phrase", "weak", "year", "strong-sym"]
        if native:
            styles += ["native", "native"]

        def gen(r):
            st = style or r.choice(styles)
            w = self._word(r)
            if st == "strong":
                v = r.choice(string.ascii_letters) + rstr(r, r.randrange(15, 23))
            elif st == "strong-sym":
                v = r.choice(string.ascii_letters) + "".join(
                    r.choice(ALNUM + SYM) if i % 5 else r.choice(SYM) for i in range(1, r.randrange(14, 21))) + r.choice(ALNUM)
            elif st == "human":
                v = w + self._digits(r, r.randrange(2, 5)) + r.choice("!*.+")
            elif st == "leet":
                v = "".join(LEET.get(c, c) if r.random() < 0.7 else c for c in w) + r.choice(SYM[:5]) + self._digits(r, 2)
                v = v[0].upper() + v[1:]
            elif st == "phrase":
                ws = [self._word(r).lower(), r.choice(EXTRA_WORDS), self._word(r).lower()]
                v = r.choice("-.") .join(ws) + self._digits(r, 2)
            elif st == "weak":
                v = w.lower() + self._digits(r, r.randrange(3, 5))
            elif st == "year":
                v = w + str(r.randrange(2019, 2027)) + r.choice(["", "!", "*"])
            elif st == "native":
                nw = r.choice(self.t["native"])
                digs = self.t.get("digits")
                d = self._digits(r, r.randrange(3, 5))
                if digs and r.random() < 0.6:
                    d = "".join(digs[int(c)] for c in d)
                v = nw + d + r.choice(["", "!", "*"])
            else:
                raise ValueError(st)
            if maxlen:
                v = v[:maxlen]
            return v
        return self.uniq(gen, r)

    def passphrase(self, r, sep=None):
        def gen(r):
            s = sep if sep is not None else r.choice([" ", "-", "."])
            ws = [r.choice(EXTRA_WORDS), self._word(r).lower(), r.choice(EXTRA_WORDS), r.choice(EXTRA_WORDS)]
            return s.join(ws) + s + self._digits(r, 2)
        return self.uniq(gen, r)

    def pin(self, r, n=None):
        return self.uniq(lambda r: self._digits(r, n or r.choice([4, 4, 5, 6])), r, tries=2000)

    def hexkey(self, r, n=32):
        return self.uniq(lambda r: rhex(r, n), r)

    def randkey(self, r, n=32, alphabet=ALNUM):
        return self.uniq(lambda r: rstr(r, n, alphabet), r)

    def b64key(self, r, nbytes=32):
        import base64
        return self.uniq(lambda r: base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode(), r)

    def uuid_secret(self, r):
        return self.uniq(uuid4, r)

    def wifi(self, r):
        return self.password(r, style=r.choice(["phrase", "human", "strong", "year"]))

    # ------------------------------------------------------------ providers
    def token(self, r, name):
        cat, gen, env = prov32.TOKENS[name]
        return self.uniq(gen, r), cat, env

    def pair(self, r, name):
        cat, gid, gsec, eid, esec = prov32.PAIRS[name]
        return self.uniq(gid, r), self.uniq(gsec, r), cat, eid, esec

    # ------------------------------------------------------------ negatives (not registered)
    def vault(self, r, sys=None):
        return prov32.vaultref(r, (self.short, sys or self.sysname(r)))

    def L_for(self, code):
        return LANGS[code]
