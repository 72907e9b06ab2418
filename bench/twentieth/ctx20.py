"""Theme context: seeded RNG, organisation variant, people, corpus-wide decks and unique values, shorthand
helpers that register labelled items and return their placeholders."""

import random
import unicodedata

import frame20 as F
import keys20 as K
import phr20
import prov20
import vals20 as V


class Deck:
    """Deals without repetition until exhausted, then reshuffles; never repeats an item within one deal."""

    def __init__(self, rng, items):
        self.rng, self.items, self.pool = rng, list(items), []

    def deal(self, n, ok=None):
        if not self.items:
            return []
        n = min(n, len([x for x in self.items if ok is None or ok(x)]))
        out, skipped = [], []
        guard = 0
        while len(out) < n:
            guard += 1
            if guard > 10000:
                raise RuntimeError("deck cannot deal %d distinct items" % n)
            if not self.pool:
                self.pool = list(self.items)
                self.rng.shuffle(self.pool)
            x = self.pool.pop()
            if x in out or (ok is not None and not ok(x)):
                skipped.append(x)
                continue
            out.append(x)
        self.pool[0:0] = skipped
        return out

    def one(self):
        return self.deal(1)[0]


class Corpus:
    def __init__(self, seed):
        self.seed = seed
        self.used = set()
        self.decks = {}

    def deck(self, name, items):
        if name not in self.decks:
            self.decks[name] = Deck(random.Random("twentieth:%d:deck:%s" % (self.seed, name)), items)
        return self.decks[name]


class Person:
    def __init__(self, first, last, domain, lang):
        self.first, self.last, self.lang = first, last, lang
        if lang == "zh":
            a, b = phr20.ASCII.get(first, "x"), phr20.ASCII.get(last, "y")
            self.name = last + first
            self.email = "%s.%s@%s" % (b, a, domain)
            self.handle = b + a
        else:
            self.name = "%s %s" % (first, last)
            fa = _ascii(first).lower()
            la = _ascii(last).lower().replace(" ", "")
            self.email = "%s.%s@%s" % (fa, la, domain)
            self.handle = fa[0] + la if len(la) > 3 else fa + la
        self.short = first


def _ascii(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("'", "")


class Ctx:
    def __init__(self, corpus, theme):
        self.corpus = corpus
        self.theme = theme
        self.rng = random.Random("twentieth:%d:%s" % (corpus.seed, theme["dir"]))
        self.reg = F.Registry()
        self.v = self.rng.choice(theme["variants"])
        self.langs = self.v["langs"]
        self.lang = self.langs[0]
        self.domain = self.v["domain"]
        self.suffix = self.v["suffix"]
        self.docs = []
        self.paths = set()
        self.people = []
        seen = set()
        for i in range(14):
            lang = self.langs[0] if i % 3 != 2 or len(self.langs) == 1 else self.rng.choice(self.langs)
            firsts, lasts = phr20.NAMES[lang]
            for _ in range(50):
                f, l = self.rng.choice(firsts), self.rng.choice(lasts)
                if (f, l) not in seen:
                    break
            seen.add((f, l))
            self.people.append(Person(f, l, self.domain, lang))

    # ------------------------------------------------------------ basics
    def choice(self, seq):
        return self.rng.choice(seq)

    def randint(self, a, b):
        return self.rng.randint(a, b)

    def chance(self, p):
        return self.rng.random() < p

    def sample(self, seq, k):
        return self.rng.sample(list(seq), k)

    def person(self, lang=None):
        ps = [p for p in self.people if lang is None or p.lang == lang] or self.people
        return self.rng.choice(ps)

    def persons(self, k, lang=None):
        ps = [p for p in self.people if lang is None or p.lang == lang]
        if len(ps) < k:
            ps = self.people
        return self.rng.sample(ps, k)

    def host(self, name):
        return "%s.%s" % (name, self.suffix)

    def pick_lang(self, english_share=0.25):
        if "en" not in self.langs and self.chance(english_share):
            return "en"
        return self.rng.choice(self.langs + [self.langs[0]])

    def deck(self, name, items):
        return self.corpus.deck(name, items)

    # ------------------------------------------------------------ unique values
    def uniq(self, fn):
        for _ in range(1000):
            v = fn()
            if v not in self.corpus.used and v not in prov20.DOCUMENTED_VALUES:
                self.corpus.used.add(v)
                return v
        raise RuntimeError("cannot draw a unique value")

    def pw(self, style=None, avoid="", lang=None, spaces=False, minlen=9):
        lang = lang or self.lang
        return self.uniq(lambda: V.password(self.rng, style, lang, avoid, spaces, minlen))

    def rand(self, kind, n=None):
        r = self.rng
        f = {"hex": lambda: V.hexs(r, n or 64), "b64": lambda: V.b64e(V.rbytes(r, n or 32)),
             "alnum": lambda: V.rstr(r, V.ALNUM, n or 40), "urlsafe": lambda: V.rstr(r, V.URLSAFE, n or 43),
             "b64u": lambda: V.b64u(V.rbytes(r, n or 32))}[kind]
        return self.uniq(f)

    def token(self, name):
        return self.uniq(lambda: prov20.SHAPES[name][2](self.rng))

    def pair_values(self, name):
        gen = prov20.PAIRS[name][3]
        while True:
            a, b = gen(self.rng)
            if a not in self.corpus.used and b not in self.corpus.used:
                self.corpus.used.update((a, b))
                return a, b

    # ------------------------------------------------------------ labelled items (placeholders)
    def S(self, value, cat, group="generic", check=None, raw=None):
        return self.reg.secret(value, cat, group, check, raw)

    def N(self, value, cat):
        return self.reg.negative(value, cat)

    def spw(self, cat="password", **kw):
        return self.S(self.pw(**kw), cat)

    def stok(self, name):
        return self.S(self.token(name), name, "provider")

    def spair(self, name):
        a, b = self.pair_values(name)
        return self.reg.pair(a, b, name, "provider")

    def sgen(self, cat, kind, n=None, prefix=""):
        return self.S(prefix + self.rand(kind, n), cat)

    def esc(self, text, fn):
        return self.reg.escape(text, fn)

    # ------------------------------------------------------------ documents
    def add(self, path, text, crlf=False, free=False):
        full = "%s/%s" % (self.theme["dir"], path)
        if full in self.paths:
            raise F.BuildError("duplicate path " + full)
        self.paths.add(full)
        self.docs.append(F.Doc(full, text, crlf, free))
        return full

    def has(self, path):
        return "%s/%s" % (self.theme["dir"], path) in self.paths

    # ------------------------------------------------------------ keys
    def key(self, kind=None):
        if kind is None:
            kind = self.rng.choice(["rsa", "rsa", "rsa", "ec", "ec", "ed25519", "ed25519"])
        return K.Key.generate(kind, self.rng)
