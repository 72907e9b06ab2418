"""Theme context: organisation, people, decks and value helpers with corpus-wide uniqueness."""
import random
import re

import neg18
import prov18
from vals18 import Vals

NAMES = {
    "en": (["Olivia", "Liam", "Priya", "Marcus", "Hannah", "Tom", "Aisha", "Gareth", "Fiona", "Dev", "Rachel", "Owen",
            "Chloe", "Sam", "Niamh", "Ravi"],
           ["Whitfield", "Okafor", "Patel", "Brennan", "Holloway", "Garner", "Lindqvist", "McAllister", "Osei", "Turner",
            "Ferris", "Kaur", "Doyle", "Pemberton"]),
    "de": (["Jonas", "Lena", "Matthias", "Katrin", "Florian", "Anja", "Tobias", "Sabine", "Lukas", "Miriam"],
           ["Brandt", "Vogel", "Hartmann", "Krüger", "Lehmann", "Schäfer", "Wolff", "Zimmermann", "Bauer"]),
    "fr": (["Camille", "Julien", "Élodie", "Mathieu", "Sophie", "Antoine", "Manon", "Yannick"],
           ["Lefèvre", "Moreau", "Girard", "Rousseau", "Bonnet", "Fontaine", "Chevalier"]),
    "es": (["Lucía", "Javier", "Carmen", "Diego", "Marta", "Álvaro", "Nuria", "Pablo"],
           ["García", "Romero", "Navarro", "Iglesias", "Castillo", "Ortega", "Serrano"]),
    "nl": (["Sanne", "Daan", "Femke", "Joost", "Lotte", "Bram", "Eva"],
           ["de Vries", "Jansen", "Visser", "Bakker", "Smit", "Mulder", "van Dijk"]),
    "it": (["Giulia", "Marco", "Chiara", "Luca", "Francesca", "Davide"], ["Rossi", "Bianchi", "Ferrari", "Conti", "Greco"]),
    "pt": (["Beatriz", "João", "Inês", "Tiago", "Mariana", "Rui"], ["Silva", "Costa", "Ferreira", "Almeida", "Sousa"]),
    "pl": (["Agnieszka", "Piotr", "Kasia", "Tomasz", "Magda", "Paweł"], ["Nowak", "Kowalski", "Wiśniewska", "Zieliński"]),
    "sv": (["Elin", "Johan", "Sara", "Erik", "Maja", "Oskar"], ["Lindberg", "Nyström", "Holm", "Berg", "Ekström"]),
    "ja": (["Yuki", "Haruto", "Aoi", "Sota", "Mei"], ["Sato", "Tanaka", "Suzuki", "Kobayashi", "Ito"]),
}


def slug(s):
    s = s.lower()
    for a, b in (("ä", "a"), ("ö", "o"), ("ü", "u"), ("é", "e"), ("è", "e"), ("á", "a"), ("í", "i"), ("ó", "o"),
                 ("ú", "u"), ("ñ", "n"), ("ç", "c"), ("ś", "s"), ("ł", "l"), ("å", "a"), ("ã", "a"), ("ê", "e"), ("ß", "ss")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "", s)


class Person:
    def __init__(self, first, last, lang, domain):
        self.first, self.last, self.lang = first, last, lang
        self.name = first + " " + last
        self.handle = slug(first) + "." + slug(last.split()[-1])
        self.short = slug(first)
        self.email = self.handle + "@" + domain
        self.initials = (first[0] + last.split()[-1][0]).upper()


class Deck:
    """Deals items without repetition until exhausted, then reshuffles."""

    def __init__(self, items, rng):
        self.items, self.r, self.pile = list(items), rng, []

    def deal(self):
        if not self.pile:
            self.pile = list(self.items)
            self.r.shuffle(self.pile)
        return self.pile.pop()


class Shared:
    """Corpus-level decks, so every shape is used about equally across themes."""

    def __init__(self, seed):
        self.rng = random.Random("eighteenth:%d:shared" % seed)
        self.prov = Deck(range(len(prov18.shapes("x"))), self.rng)
        self.pair = Deck(range(len(prov18.pairs("x"))), self.rng)
        self.docex = Deck(range(len(prov18.DOC_EXAMPLES)), self.rng)
        self.public = Deck(range(len(prov18.public_values(Vals(random.Random("0")), "x"))), self.rng)
        self.decks = {}

    def deck(self, name, items):
        if name not in self.decks:
            self.decks[name] = Deck(items, self.rng)
        return self.decks[name]


class Prov:
    def __init__(self, cat, vendor, env, value):
        self.cat, self.vendor, self.env, self.value = cat, vendor, env, value
        self.bearer = cat in prov18.BEARER


class Ctx:
    def __init__(self, corpus, shared, seed, theme):
        self.corpus, self.shared, self.seed, self.t = corpus, shared, seed, theme
        self.r = random.Random("eighteenth:%d:%s" % (seed, theme["dir"]))
        var = theme["variants"][self.r.randrange(len(theme["variants"]))]
        self.org, self.short, self.domain, self.city, self.country = var["org"], var["short"], var["domain"], var["city"], var["cc"]
        self.langs = var["langs"]
        self.lang = self.langs[0]
        self.internal = self.short + "." + self.r.choice(["internal", "lan", "corp", "local", "intra", "site"])
        self.v = Vals(self.r, theme["words"])
        self.dir = theme["dir"]
        self.people = []
        seen = set()
        for lang in self.langs + ["en"]:
            firsts, lasts = NAMES[lang]
            for _ in range(4):
                p = Person(self.r.choice(firsts), self.r.choice(lasts), lang, self.domain)
                if p.handle not in seen:
                    seen.add(p.handle)
                    self.people.append(p)
        self.systems = list(theme["systems"])
        self.vendors = list(theme["vendors"])

    # -------------------------------------------------------------- paths and docs
    def doc(self, sub, free=False, crlf=False):
        path = self.dir + "/" + sub
        n = 2
        while self.corpus.has(path):
            base, dot, ext = sub.rpartition(".")
            path = self.dir + "/" + (("%s-%d.%s" % (base, n, ext)) if dot and "/" not in ext else "%s-%d" % (sub, n))
            n += 1
        return self.corpus.doc(path, free=free, crlf=crlf, theme=self.dir)

    def choice(self, seq):
        return seq[self.r.randrange(len(seq))]

    def person(self, lang=None):
        ps = [p for p in self.people if lang is None or p.lang == lang] or self.people
        return self.choice(ps)

    def persons(self, n):
        ps = list(self.people)
        self.r.shuffle(ps)
        return ps[:n]

    def system(self):
        return self.choice(self.systems)

    def host(self, name=None):
        return "%s.%s" % (name or self.choice(self.systems)[0], self.internal)

    # -------------------------------------------------------------- values
    def fresh(self, fn, *a):
        return self.corpus.fresh(fn, *a)

    def pw(self, style=None):
        return self.fresh(self.v.password, style)

    def upw(self):
        return self.fresh(self.v.uri_password)

    def spw(self):
        return self.fresh(self.v.simple_password)

    def token(self, n=40, alphabet=None):
        from vals18 import ALNUM
        return self.fresh(self.v.s, n, alphabet or ALNUM)

    def vendor_key(self):
        """A key for one of the theme's fictional vendors: (vendor, env name, value)."""
        name, prefix = self.choice(self.vendors)
        style = self.r.randrange(4)
        if style == 0 and prefix:
            val = prefix + self.v.s(self.r.randint(28, 40))
        elif style == 1:
            val = self.v.hexs(self.choice([32, 40, 64]))
        elif style == 2:
            val = self.v.s(self.r.randint(24, 48))
        else:
            val = (prefix or "") + self.v.s(20) + "." + self.v.s(self.r.randint(16, 28))
        val = self.fresh(lambda: val if val not in self.corpus.taken else val + self.v.s(4))
        return name, name.upper().replace(" ", "_").replace("-", "_") + "_API_KEY", val

    def prov(self):
        cat, vendor, env, gen, b = prov18.shapes(self.short)[self.shared.prov.deal()]
        return Prov(cat, vendor, env, self.fresh(gen, self.v))

    def prov_bearer(self):
        shapes = prov18.shapes(self.short)
        cands = [i for i, s in enumerate(shapes) if s[4]]
        deck = self.shared.deck("bearer", cands)
        cat, vendor, env, gen, b = shapes[deck.deal()]
        return Prov(cat, vendor, env, self.fresh(gen, self.v))

    def pair(self):
        cat, vendor, idn, secn, gid, gsec = prov18.pairs(self.short)[self.shared.pair.deal()]
        return cat, vendor, idn, secn, self.fresh(gid, self.v), self.fresh(gsec, self.v)

    def public(self):
        lst = prov18.public_values(self.v, self.short)
        cat, env, val = lst[self.shared.public.deal()]
        return cat, env, self.fresh(lambda: val)

    def docex(self):
        return prov18.DOC_EXAMPLES[self.shared.docex.deal()]

    def ph(self):
        return neg18.placeholder(self.v)

    def ref(self, style, name, path=None):
        return neg18.ref(style, name, path or "%s/%s" % (self.short, self.choice(self.systems)[0]), self.short)

    def uuid(self):
        return self.fresh(self.v.uuid)

    def sha256(self):
        return self.fresh(self.v.sha256)

    def sha1(self):
        return self.fresh(self.v.sha1)

    def rid(self):
        return self.fresh(neg18.request_id, self.v)

    def jwt_bearer(self, sub=None):
        now = 1735000000 + self.r.randint(0, 5 * 10 ** 7)
        pay = {"sub": sub or self.person().email, "iss": "https://auth.%s" % self.domain, "aud": self.choice(self.systems)[0],
               "iat": now, "exp": now + self.choice([3600, 86400, 604800, 31536000]),
               "scope": self.choice(["read write", "admin", "ingest", "ops:all"])}
        return self.fresh(self.v.jwt, pay)

    def generic(self, kind=None):
        """(category, value) of a generic secret."""
        v = self.v
        kind = kind or self.choice(["api-key", "webhook-secret", "signing-secret", "session-secret", "encryption-key",
                                    "bearer-token", "oauth-client-secret"])
        gen = {
            "api-key": v.api_key,
            "webhook-secret": lambda: self.choice(["", "whk_", "hook_", "wh_"]) + v.s(self.r.randint(24, 40)),
            "signing-secret": lambda: self.choice([lambda: v.hexs(64), lambda: v.b64val(32), lambda: v.s(48)])(),
            "session-secret": lambda: self.choice([lambda: v.hexs(128), lambda: v.s(64), lambda: v.b64val(48)])(),
            "encryption-key": lambda: self.choice([lambda: v.b64val(32), lambda: v.hexs(64), lambda: "base64:" + v.b64val(32)])(),
            "bearer-token": lambda: self.choice([lambda: v.s(40), lambda: v.hexs(48), lambda: v.s(32, "abcdefghijklmnopqrstuvwxyz0123456789")])(),
            "oauth-client-secret": lambda: self.choice([lambda: v.s(40), lambda: v.s(32, "abcdefghijklmnopqrstuvwxyz0123456789-_"), lambda: v.hexs(64)])(),
            "lorawan-app-key": lambda: v.hexs(32).upper(),
            "stream-key": lambda: "live_%s_%s" % (v.digits(9), v.s(30)),
            "wifi-psk": v.phrase,
            "snmp-community": lambda: self.choice([v.human_uri, v.alnum])(),
        }[kind]
        return kind, self.fresh(gen)


def env_quote(val):
    return val if re.fullmatch(r"[A-Za-z0-9_./:@+=,-]+", val) else "'%s'" % val


def yaml_quote(val):
    if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_./+=-]*", val) and not re.fullmatch(r"[0-9.eE+-]+|true|false|yes|no|on|off|null", val, re.I):
        return val
    return "'%s'" % val


def yq(doc, val, cat, group="generic", **kw):
    """YAML scalar with a secret token inside quotes as needed."""
    q = yaml_quote(val)
    tok = doc.S(val, cat, group, **kw)
    return q.replace(val, tok) if q != val else tok


def eq(doc, val, cat, group="generic", **kw):
    q = env_quote(val)
    tok = doc.S(val, cat, group, **kw)
    return q.replace(val, tok) if q != val else tok
