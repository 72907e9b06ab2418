"""Theme context: organisation variant, people, corpus-wide decks, value helpers with uniqueness, quoting,
and the marking helpers that turn values into labelled items."""
import random
import re

import prov19 as P
import vals19 as V

FIRST = {
    "en": ["Olivia", "Liam", "Amelia", "Noah", "Isla", "Oscar", "Freya", "Jack", "Ruby", "Harvey", "Maya", "Ethan"],
    "de": ["Lena", "Jonas", "Mia", "Lukas", "Hannah", "Felix", "Leonie", "Moritz", "Clara", "Tobias", "Greta", "Jan"],
    "fr": ["Camille", "Louis", "Chloé", "Hugo", "Manon", "Théo", "Inès", "Arthur", "Léa", "Gabriel", "Jade", "Jules"],
    "es": ["Lucía", "Mateo", "Sofía", "Hugo", "Martina", "Pablo", "Carmen", "Diego", "Elena", "Álvaro", "Paula", "Javier"],
    "it": ["Giulia", "Lorenzo", "Chiara", "Matteo", "Francesca", "Davide", "Sara", "Alessandro", "Elisa", "Marco", "Anna", "Luca"],
    "pt": ["Beatriz", "João", "Mariana", "Tiago", "Inês", "Rafael", "Catarina", "Duarte", "Leonor", "Miguel", "Rita", "Gonçalo"],
    "nl": ["Sanne", "Daan", "Fleur", "Bram", "Lotte", "Sem", "Noor", "Thijs", "Eva", "Ruben", "Iris", "Jesse"],
    "pl": ["Zofia", "Jakub", "Maja", "Kacper", "Hanna", "Szymon", "Julia", "Filip", "Natalia", "Wojciech", "Alicja", "Piotr"],
    "sv": ["Elsa", "William", "Astrid", "Hugo", "Ebba", "Oskar", "Saga", "Axel", "Wilma", "Linnea", "Nils", "Ingrid"],
    "cs": ["Tereza", "Jakub", "Eliška", "Tomáš", "Klára", "Ondřej", "Barbora", "Vojtěch", "Adéla", "Matěj", "Lucie", "Petr"],
    "da": ["Freja", "Magnus", "Ida", "Emil", "Clara", "Frederik", "Sofie", "Mads", "Anna", "Rasmus", "Karla", "Søren"],
    "fi": ["Aino", "Eino", "Helmi", "Väinö", "Sofia", "Leo", "Emilia", "Onni", "Aada", "Juho", "Venla", "Mikko"],
    "tr": ["Zeynep", "Emre", "Elif", "Mehmet", "Defne", "Can", "Ayşe", "Burak", "Ecrin", "Kerem", "Nehir", "Oğuz"],
    "ja": ["Yui", "Haruto", "Aoi", "Sota", "Hina", "Ren", "Mio", "Yuto", "Sakura", "Kaito", "Rin", "Daiki"],
}
LAST = {
    "en": ["Hughes", "Patel", "Whitfield", "O'Connor", "Barnes", "Kaur", "Fletcher", "Osei", "Marsh", "Lloyd"],
    "de": ["Becker", "Hoffmann", "Schuster", "Wagner", "Krüger", "Lehmann", "Vogt", "Brandt", "Keller", "Roth"],
    "fr": ["Moreau", "Lefèvre", "Garnier", "Rousseau", "Chevalier", "Faure", "Mercier", "Blanc", "Girard", "Perrin"],
    "es": ["García", "Navarro", "Romero", "Serrano", "Molina", "Ortega", "Delgado", "Castro", "Vidal", "Herrera"],
    "it": ["Bianchi", "Esposito", "Ferrari", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti"],
    "pt": ["Silva", "Ferreira", "Costa", "Martins", "Sousa", "Pereira", "Carvalho", "Ribeiro", "Lopes", "Almeida"],
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "de Boer", "Dekker", "Bos"],
    "pl": ["Nowak", "Kowalczyk", "Wiśniewska", "Lewandowski", "Zieliński", "Wójcik", "Kamińska", "Mazur", "Krawczyk", "Dudek"],
    "sv": ["Lindqvist", "Berg", "Sandberg", "Holm", "Lundgren", "Nyström", "Ek", "Forsberg", "Åberg", "Sjöberg"],
    "cs": ["Novák", "Dvořáková", "Svoboda", "Černý", "Procházková", "Kučera", "Veselá", "Horák", "Němec", "Pokorná"],
    "da": ["Jensen", "Nielsen", "Hansen", "Kristensen", "Larsen", "Sørensen", "Rasmussen", "Mortensen", "Poulsen", "Bach"],
    "fi": ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen", "Koskinen", "Laine", "Järvinen", "Lehtonen", "Saarinen"],
    "tr": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan", "Doğan", "Kılıç"],
    "ja": ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Nakamura", "Kobayashi", "Yamamoto", "Kato"],
}
_ASCII = str.maketrans("áàâäãåçčďéèêëěíìîïñňóòôöõøřšťúùûüůýžłśźżąęćńőűßæøåğışÁÉÍÓÚÅÄÖØÆÇŠŽČŘĎŤŇŮŁŚŹŻĄĘĆŃ'",
                       "aaaaaaccdeeeeeiiiinnoooooorstuuuuuyzlszzaecnouseoagisAEIOUAAOOACSZCRDTNULSZZAECN ")


def asciify(s):
    s = s.translate(_ASCII).replace("ß", "ss")
    return re.sub(r"[^A-Za-z0-9]", "", s)


class Deck:
    """Deals items without repetition until the deck is exhausted, then reshuffles."""

    def __init__(self, rng, items):
        self.rng, self.items, self.pool = rng, list(items), []

    def next(self, avoid=()):
        for _ in range(3):
            if not self.pool:
                self.pool = list(self.items)
                self.rng.shuffle(self.pool)
            for i in range(len(self.pool) - 1, -1, -1):
                if self.pool[i] not in avoid:
                    return self.pool.pop(i)
            self.pool = []
        return self.items[self.rng.randrange(len(self.items))]


class Shared:
    """Corpus-wide state: decks keyed by name, each with its own seeded RNG."""

    def __init__(self, seed):
        self.seed = seed
        self.decks = {}

    def deck(self, name, items):
        if name not in self.decks:
            self.decks[name] = Deck(random.Random("nineteenth:%d:deck:%s" % (self.seed, name)), items)
        return self.decks[name]


# ------------------------------------------------------------------ quoting
_PLAIN_YAML = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/+=@~^-]*$")
_YAML_WORDS = {"true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"}
_PLAIN_ENV = re.compile(r"^[A-Za-z0-9_./:@+=,~^-]+$")
_PLAIN_SH = re.compile(r"^[A-Za-z0-9_./:@+=,-]+$")


def needs_yaml_quote(v):
    return (not _PLAIN_YAML.match(v)) or v.lower() in _YAML_WORDS or re.fullmatch(r"[0-9._+-eE]+", v) is not None


def quote(q, marked, raw):
    """Wrap an already-marked value in the quoting style q (the raw value decides whether quoting is needed)."""
    if q is None:
        return marked
    if q in ("dq", "json", "toml"):
        return '"%s"' % marked
    if q == "sq":
        return "'%s'" % marked
    if q == "yaml":
        return '"%s"' % marked if needs_yaml_quote(raw) else marked
    if q == "env":
        return marked if _PLAIN_ENV.match(raw) else '"%s"' % marked
    if q == "sh":
        return marked if _PLAIN_SH.match(raw) else "'%s'" % marked
    if q == "ini":
        return '"%s"' % marked if ("#" in raw or ";" in raw or raw != raw.strip()) else marked
    raise ValueError(q)


class Ctx:
    def __init__(self, corpus, shared, seed, theme):
        self.corpus, self.shared, self.seed = corpus, shared, seed
        self.theme = theme                     # dict from themes19.THEMES
        self.tdir = theme["dir"]
        self.rng = random.Random("nineteenth:%d:%s" % (seed, theme["dir"]))
        var = theme["variants"][self.rng.randrange(len(theme["variants"]))]
        self.org = var["org"]
        self.slug = var["slug"]
        self.domain = var["domain"]
        self.city = var["city"]
        self.langs = var["langs"]              # first is the main working language
        self.suffix = var.get("suffix", "lan")
        self.oinfo = {"slug": self.slug}
        self.people = []
        used = set()
        for i in range(10):
            lang = self.langs[i % len(self.langs)] if i < 8 else "en"
            while True:
                f = FIRST[lang][self.rng.randrange(len(FIRST[lang]))]
                l_ = LAST[lang][self.rng.randrange(len(LAST[lang]))]
                if (f, l_) not in used:
                    used.add((f, l_))
                    break
            handle = (asciify(f)[0] + asciify(l_)).lower()
            self.people.append({"first": f, "last": l_, "name": "%s %s" % (f, l_), "lang": lang, "handle": handle,
                                "email": "%s.%s@%s" % (asciify(f).lower(), asciify(l_).lower(), self.domain)})
        self.words = theme["words"]

    # -------------------------------------------------------------- randomness
    def choice(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p):
        return self.rng.random() < p

    def randint(self, a, b):
        return self.rng.randint(a, b)

    def shuffle(self, seq):
        seq = list(seq)
        self.rng.shuffle(seq)
        return seq

    def sample(self, seq, k):
        return self.shuffle(seq)[:k]

    def deal(self, name, items, avoid=()):
        return self.shared.deck(name, items).next(avoid)

    def person(self, lang=None):
        ps = [p for p in self.people if lang is None or p["lang"] == lang] or self.people
        return self.choice(ps)

    def host(self, role):
        return "%s%02d.%s.%s" % (role, self.randint(1, 12), self.slug.split("-")[0], self.suffix)

    def lang(self, english_share=0.3):
        return "en" if self.chance(english_share) else self.langs[0] if self.chance(0.7) else self.choice(self.langs)

    # -------------------------------------------------------------- unique values
    def uniq(self, fn):
        for _ in range(200):
            v = fn()
            if v not in self.corpus.used_values and len(v) >= 6:
                self.corpus.used_values.add(v)
                return v
        raise RuntimeError("could not make a unique value")

    def pw(self, style=None, uri=False, space_ok=False, sym=V.SYM, minlen=8):
        def make():
            while True:
                v = V.password(self.rng, style, self.words + V.COMMON_WORDS[:8], space_ok, sym, uri)
                if len(v) >= minlen:
                    return v
        return self.uniq(make)

    def hexkey(self, n=64):
        return self.uniq(lambda: V.hexs(self.rng, n))

    def b64key(self, nbytes=32, urlsafe=False, pad=True):
        return self.uniq(lambda: V.b64s(self.rng, nbytes, urlsafe, pad))

    def alnum(self, n=32):
        return self.uniq(lambda: V.alnum(self.rng, n))

    def vendor_key(self, vendor=None):
        vendor = vendor or self.choice(self.theme["vendors"])
        pre = vendor[1]
        return vendor[0], self.uniq(lambda: pre + V.alnum(self.rng, self.randint(28, 40)))

    def tok(self, cat=None, pool=None):
        if cat is None:
            cat = self.deal("provider" if pool is None else "provider:" + ",".join(pool),
                            pool or [s[0] for s in P.SHAPES])
        s = P.SHAPE_BY_CAT[cat]
        v = self.uniq(lambda: s[3](self.rng, self.oinfo))
        return {"cat": cat, "vendor": s[1], "env": s[2], "value": v}

    def pair(self, cat=None):
        if cat is None:
            cat = self.deal("pair", [p[0] for p in P.PAIRS])
        p = P.PAIR_BY_CAT[cat]
        idv = p[4](self.rng, self.oinfo)
        if p[0] != "azure-storage-account-pair":
            idv = self.uniq(lambda: p[4](self.rng, self.oinfo))
        sec = self.uniq(lambda: p[5](self.rng, self.oinfo))
        return {"cat": cat, "vendor": p[1], "idname": p[2], "secname": p[3], "id": idv, "secret": sec}

    def public(self, cat=None):
        if cat is None:
            cat = self.deal("public", [p[0] for p in P.PUBLIC])
        p = [x for x in P.PUBLIC if x[0] == cat][0]
        return {"cat": cat, "env": p[1], "value": p[2](self.rng, self.oinfo)}

    # -------------------------------------------------------------- marking
    def S(self, cat, value, q=None, group="generic"):
        it = self.corpus.item("secret", cat, group)
        return quote(q, self.corpus.wrap(it, value), value)

    def SP(self, cat, value, q=None):
        return self.S(cat, value, q, group="provider")

    def T(self, t, q=None):
        """Mark a provider token dict from tok()."""
        return self.SP(t["cat"], t["value"], q)

    def PW(self, cat="password", q=None, **kw):
        return self.S(cat, self.pw(**kw), q)

    def N(self, cat, value, q=None):
        it = self.corpus.item("negative", cat)
        return quote(q, self.corpus.wrap(it, value), value)

    def PR(self, pr, qid=None, qsec=None):
        """A key-ID + secret pair: returns (marked id, marked secret); one label spans both lines."""
        it = self.corpus.item("secret", pr["cat"], "provider", pair=True)
        return (quote(qid, self.corpus.wrap_id(it, pr["id"]), pr["id"]),
                quote(qsec, self.corpus.wrap(it, pr["secret"]), pr["secret"]))

    def K(self, cat, shown, fmt, raw, wrap=None):
        it = self.corpus.item("secret", cat, "key", check=fmt, raw=raw, wrap=wrap)
        return self.corpus.wrap(it, shown)

    # -------------------------------------------------------------- files
    def file(self, rel, text, crlf=False, free=False):
        self.corpus.add_file(self.tdir + "/" + rel, text, crlf=crlf, free=free)
