"""Theme context, corpus-wide decks and unique values."""

import datetime
import random

import frame21
import lang21
import themes21
import vals21 as V


class Registry:
    """Corpus-wide bookkeeping: every labelled value is unique, every path is unique."""

    def __init__(self):
        self.values = set()
        self.paths = set()

    def take(self, v):
        if v in self.values:
            return False
        self.values.add(v)
        return True


class Deck:
    """Deals items without repetition until exhausted (corpus-wide), never twice in one theme."""

    def __init__(self, name, items, seed):
        self.name = name
        self.items = list(items)
        self.rng = random.Random("twentyfirst:%d:deck:%s" % (seed, name))
        self.queue = []

    def _refill(self):
        q = list(self.items)
        self.rng.shuffle(q)
        self.queue.extend(q)

    def deal(self, k, used=None, ok=None):
        used = set() if used is None else used
        out, refills = [], 0
        while len(out) < k:
            pick = None
            for idx, cand in enumerate(self.queue):
                key = cand if isinstance(cand, str) else cand[0]
                if key in used or (ok and not ok(cand)):
                    continue
                pick = idx
                break
            if pick is None:
                if refills >= 2:
                    if ok is None and used:
                        used.clear()   # every item already used in this theme: allow repeats
                        refills = 0
                        continue
                    raise RuntimeError("deck %s cannot deal %d" % (self.name, k))
                self._refill()
                refills += 1
                continue
            cand = self.queue.pop(pick)
            used.add(cand if isinstance(cand, str) else cand[0])
            out.append(cand)
        return out

    def one(self, used=None, ok=None):
        return self.deal(1, used, ok)[0]


class Person:
    def __init__(self, first, last, domain):
        self.first, self.last = first, last
        self.name = "%s %s" % (first, last)
        f, l = lang21.ascii_fold(first).lower(), lang21.ascii_fold(last).lower().replace(" ", "")
        self.handle = f + "." + l
        self.short = f[0] + l[:7]
        self.email = "%s@%s" % (self.handle, domain)


class Ctx:
    def __init__(self, seed, theme, reg, decks):
        self.seed = seed
        self.theme = theme
        self.rng = random.Random("twentyfirst:%d:%s" % (seed, theme))
        self.t = themes21.THEMES[theme]
        self.v = self.rng.choice(self.t["variants"])
        self.code = self.v["lang"]
        self.lang = lang21.get(self.code)
        self.en = lang21.get("en")
        self.reg = reg
        self.decks = decks
        self.docs = []
        self.used = {}
        firsts = self.rng.sample(self.lang["first"], 8)
        lasts = self.rng.sample(range(len(self.lang["last"])), 8)
        female = set(self.lang.get("female", ()))
        self.people = [Person(f, self.lang["last_f" if f in female else "last"][i], self.v["domain"])
                       for f, i in zip(firsts, lasts)]
        base = datetime.datetime(2025, 1, 6, 7, 0) + datetime.timedelta(days=self.rng.randint(0, 300))
        self.clock = base
        self.words = list(self.lang["words"])
        self.phrase_words = list(self.lang["phrase"])

    # ------------------------------------------------ docs
    def doc(self, rel, crlf=False, ft=False):
        path = "%s/%s" % (self.theme, rel)
        if path in self.reg.paths:
            raise RuntimeError("duplicate path " + path)
        self.reg.paths.add(path)
        d = frame21.Doc(path, crlf=crlf, ft=ft, theme=self.theme)
        self.docs.append(d)
        return d

    def dealt(self, deck):
        return self.used.setdefault(deck, set())

    # ------------------------------------------------ values
    def uniq(self, fn, *a, **kw):
        for _ in range(200):
            v = fn(*a, **kw)
            if self.reg.take(v):
                return v
        raise RuntimeError("no unique value")

    def pw(self, style=None, forbid="", space=False, minlen=8):
        return self.uniq(V.password, self.rng, self.words, self.phrase_words, style, forbid, space, minlen)

    def upw(self):
        return self.uniq(V.uri_password, self.rng, self.words, self.phrase_words)

    def safe_pw(self, style=None):
        """A password with no quotes, backslashes, spaces, #, ; or $ (fits almost any syntax unquoted)."""
        return self.pw(style=style, forbid="\"'\\ #;$`&<>%{}=,:@/|()[]!")

    def rs(self, n, alphabet=V.ALNUM, prefix="", suffix=""):
        return self.uniq(lambda: prefix + V.rs(self.rng, n, alphabet) + suffix)

    def mixed(self, n, prefix=""):
        return self.uniq(lambda: prefix + V.mixed(self.rng, n))

    def hexs(self, n, prefix=""):
        return self.uniq(lambda: prefix + V.rhex(self.rng, n))

    def b64(self, nbytes):
        return self.uniq(lambda: V.b64s(V.rbytes(self.rng, nbytes)))

    def b64u(self, nbytes):
        return self.uniq(lambda: V.b64u(V.rbytes(self.rng, nbytes)))

    def vendor_token(self, i=None):
        name, prefix = self.t["vendors"][self.rng.randrange(3) if i is None else i]
        return name, self.uniq(lambda: prefix + V.mixed(self.rng, self.rng.choice([32, 36, 40])))

    # ------------------------------------------------ identifiers (unique too, so they never collide)
    def uuid(self):
        return self.uniq(V.uuid4, self.rng)

    def serial(self, prefix=""):
        return self.uniq(V.serial, self.rng, prefix)

    def imei(self):
        return self.uniq(V.imei, self.rng)

    def iccid(self):
        cc = {"DK": "45", "FI": "35", "EE": "37", "ES": "34", "HR": "38", "TR": "90", "CZ": "42", "SI": "38",
              "IE": "35", "IS": "35", "GB": "44", "ID": "62"}[self.v["country"]]
        return self.uniq(V.iccid, self.rng, cc)

    def mac(self, sep=":"):
        return self.uniq(V.mac, self.rng, sep)

    def sha(self):
        return self.uniq(V.git_sha, self.rng)

    def sha256(self):
        return self.uniq(V.sha256_hex, self.rng)

    # ------------------------------------------------ people, hosts, time
    def person(self):
        return self.rng.choice(self.people)

    def two(self):
        return self.rng.sample(self.people, 2)

    def sys(self):
        return self.rng.choice(self.t["systems"])

    def host(self, name):
        return "%s.%s.%s" % (name, self.v["short"], self.v["suffix"])

    def tick(self, minutes=None):
        self.clock += datetime.timedelta(minutes=self.rng.randint(2, 240) if minutes is None else minutes)
        return self.clock

    def day(self):
        self.clock += datetime.timedelta(days=self.rng.randint(1, 9), minutes=self.rng.randint(0, 600))
        return self.clock

    def ssid(self):
        return self.rng.choice(self.t["ssids"])

    def say(self, kind, en=False, **kw):
        lang = self.en if en else self.lang
        return self.rng.choice(lang[kind]).format(**kw)

    def w(self, key, en=False):
        return (self.en if en else self.lang)["w"][key]

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p
